"""More of the demo's public policies: fictional ones, written as one line each so the atlas
shows a policy timeline in many countries (issue: ≥ 40 policies in ≥ 25 countries). Every one
is labelled fictional on its page, like the rest of the demo; each names the network and the
government that co-constructed it, two dated steps, and a demo toolkit that helped.
"""

import datetime

NETWORK, GOVERNMENT = "network", "government"  # a participant's role (policies/blocks.py)

# (slug, title, original title, its language, summary, kind, status, level, country, place,
#  year, sector or "", toolkit slug, network, government body)
# fmt: off
CATALOGUE = (
    ("argentina-recovered-enterprises-programme", "Recovered enterprises programme",
     "Programa de empresas recuperadas por sus trabajadores", "es",
     "Credit and technical help for factories taken over by their workers as cooperatives.",
     "programme", "in-force", "national", "AR", "", 2015, "", "citizen-shareholding-guide",
     "Federation of worker-recovered enterprises", "Ministry of Social Development"),
    ("rosario-local-food-ordinance", "Ordinance on local food markets",
     "Ordenanza de mercados de alimentos de cercanía", "es",
     "Municipal markets reserve stalls for agroecological producers' cooperatives.",
     "local-ordinance", "in-force", "local", "AR", "Rosario", 2019, "food-sovereignty",
     "community-seed-banks", "Rosario agroecology network", "City council"),
    ("bolivia-community-economy-strategy", "Strategy for the community economy",
     "Estrategia de economía comunitaria", "es",
     "A national strategy recognising community and indigenous forms of enterprise.",
     "strategy", "adopted", "national", "BO", "", 2021, "",
     "indigenous-led-enterprises-case-studies", "Network of community economic organisations",
     "Ministry of Productive Development"),
    ("chile-cooperatives-procurement-rule", "Rule on cooperatives in public purchasing",
     "Norma sobre cooperativas en compras públicas", "es",
     "Public buyers must publish lots small enough for cooperatives to bid.",
     "procurement-rule", "under-debate", "national", "CL", "", 2024, "",
     "reserved-procurement-brief", "Chilean cooperative confederation",
     "Public procurement agency"),
    ("peru-solidarity-finance-fund", "Solidarity finance guarantee fund",
     "Fondo de garantía para las finanzas solidarias", "es",
     "A public fund that guarantees loans made by savings and credit cooperatives.",
     "fund", "in-force", "national", "PE", "", 2018, "ethical-finance",
     "public-guarantees-ethical-finance", "Peruvian solidarity finance network",
     "Ministry of Economy"),
    ("guatemala-women-cooperatives-bill", "Bill on women's cooperatives",
     "Iniciativa de ley de cooperativas de mujeres", "es",
     "A bill giving women-led cooperatives simpler registration and a seat on councils.",
     "law", "proposed", "national", "GT", "", 2025, "", "domestic-workers-cooperative-guide",
     "Guatemalan women's cooperative federation", "Congress committee on women"),
    ("cameroon-sse-framework-bill-decree", "Decree implementing the SSE framework law",
     "Décret d'application de la loi-cadre sur l'économie sociale", "fr",
     "Sets up the register of SSE organisations and the national SSE council.",
     "decree", "in-force", "national", "CM", "", 2020, "", "sse-framework-law-model",
     "Cameroonian SSE network", "Ministry of Small and Medium-sized Enterprises"),
    ("mali-sse-national-policy", "National SSE policy and action plan",
     "Politique nationale de promotion de l'économie sociale et solidaire", "fr",
     "A ten-year policy and action plan written with the national SSE network.",
     "strategy", "adopted", "national", "ML", "", 2014, "", "african-sse-advocacy-agenda",
     "Malian SSE network", "Ministry of Solidarity"),
    ("burkina-faso-mutual-health-law", "Law on mutual health insurance",
     "Loi portant régime juridique de la mutualité sociale", "fr",
     "Recognises mutual health societies and their role in universal health coverage.",
     "law", "in-force", "national", "BF", "", 2017, "social-protection",
     "trade-unions-and-sse", "National federation of mutual societies", "Ministry of Labour"),
    ("ghana-cooperative-bill", "Cooperatives bill",
     "Cooperatives bill", "en",
     "A new cooperatives law to replace the colonial-era decree, debated in parliament.",
     "law", "under-debate", "national", "GH", "", 2023, "", "sse-framework-law-model",
     "Ghana cooperative council", "Parliament's employment committee"),
    ("kigali-youth-cooperatives-programme", "Youth cooperatives programme",
     "Youth cooperatives programme", "en",
     "Start-up grants and training for cooperatives founded by young people in Kigali.",
     "programme", "in-force", "local", "RW", "Kigali", 2022, "",
     "youth-cooperative-starter-kit", "Rwandan youth cooperative network", "City of Kigali"),
    ("dakar-informal-traders-ordinance", "Ordinance on street traders' cooperatives",
     "Arrêté sur les coopératives de vendeurs de rue", "fr",
     "Market spaces allocated to street traders organised in cooperatives.",
     "local-ordinance", "adopted", "local", "SN", "Dakar", 2023, "",
     "domestic-workers-cooperative-guide", "Dakar street traders' union", "City of Dakar"),
    ("indonesia-village-enterprises-regulation", "Regulation on village-owned enterprises",
     "Peraturan tentang badan usaha milik desa", "id",
     "Village enterprises run with the villagers' assembly, with a share of profits to the "
     "village fund.", "decree", "in-force", "national", "ID", "", 2021, "",
     "local-sse-council-bylaws", "Indonesian village economy network", "Ministry of Villages"),
    ("vietnam-cooperative-law-revision", "Revised law on cooperatives",
     "Luật Hợp tác xã (sửa đổi)", "vi",
     "The revised cooperative law, with a chapter on cooperative groups and federations.",
     "law", "in-force", "national", "VN", "", 2023, "", "sse-framework-law-model",
     "Vietnam cooperative alliance", "National Assembly"),
    ("nepal-community-forestry-fund", "Community forestry enterprise fund",
     "Community forestry enterprise fund", "en",
     "Loans for enterprises run by community forest user groups.",
     "fund", "repealed", "national", "NP", "", 2012, "", "community-bank-handbook",
     "Federation of community forestry users", "Ministry of Forests"),
    ("kerala-kudumbashree-procurement-order", "Order on women's groups in public catering",
     "Order on women's groups in public catering", "en",
     "State canteens buy from women's neighbourhood groups first.",
     "procurement-rule", "in-force", "regional", "IN", "Kerala", 2016, "food-sovereignty",
     "social-procurement-training", "Women's neighbourhood groups' federation",
     "State government of Kerala"),
    ("italy-social-cooperatives-regional-law", "Regional law on social cooperatives",
     "Legge regionale sulla cooperazione sociale", "it",
     "Reserved contracts and a regional register for social cooperatives.",
     "law", "in-force", "regional", "IT", "Emilia-Romagna", 2014, "social-protection",
     "reserved-procurement-brief", "Regional federation of social cooperatives",
     "Regional assembly"),
    ("belgium-social-economy-decree", "Decree on social economy approval",
     "Décret relatif à l'agrément des entreprises d'économie sociale", "fr",
     "How a social economy enterprise is approved and which aid it may then receive.",
     "decree", "in-force", "regional", "BE", "Wallonia", 2019, "", "sse-framework-law-model",
     "Walloon social economy concertation", "Walloon government"),
    ("poland-social-economy-act", "Act on the social economy",
     "Ustawa o ekonomii społecznej", "pl",
     "Status of social enterprise, with tax relief for those hiring people excluded from work.",
     "framework-law", "in-force", "national", "PL", "", 2022, "",
     "sse-framework-law-model", "Polish social economy network", "Ministry of Family and Labour"),
    ("barcelona-sse-impulse-plan", "Plan to boost the social and solidarity economy",
     "Pla d'impuls de l'economia social i solidària", "ca",
     "A city plan co-written with the SSE network: premises, procurement and training.",
     "strategy", "adopted", "local", "ES", "Barcelona", 2016, "", "municipal-sse-council-guide",
     "Catalan SSE network", "Barcelona City Council"),
    ("new-zealand-social-procurement-guidance", "Social procurement guidance",
     "Social procurement guidance", "en",
     "Guidance asking agencies to buy from Māori and Pasifika enterprises and social "
     "enterprises.", "procurement-rule", "in-force", "national", "NZ", "", 2020, "",
     "social-procurement-training", "Social enterprise network of Aotearoa",
     "Procurement office"),
    ("quebec-collective-enterprise-fund", "Collective entrepreneurship fund",
     "Fonds d'entrepreneuriat collectif", "fr",
     "A regional fund investing patient capital in cooperatives and non-profit enterprises.",
     "fund", "in-force", "regional", "CA", "Quebec", 2018, "ethical-finance",
     "public-guarantees-ethical-finance", "Quebec social economy network",
     "Government of Quebec"),
)
# fmt: on

STEPS = {
    # status: (first step, second step) of the timeline
    "proposed": ("Networks draft the proposal", "Proposal tabled"),
    "under-debate": ("Networks draft the proposal", "Debate opens"),
    "adopted": ("Networks draft the proposal", "Adopted"),
    "in-force": ("Networks draft the proposal", "Comes into force"),
    "repealed": ("Comes into force", "Repealed"),
}


def catalogue_policies(policy_content):
    """CATALOGUE as `policy_content` (demo.policy_content.PolicyContent) instances."""
    policies = []
    for number, row in enumerate(CATALOGUE):
        (
            slug,
            title,
            original_title,
            language,
            summary,
            kind,
            status,
            level,
            country,
            place,
            year,
            sector,
            toolkit,
            network,
            government,
        ) = row
        month = 1 + number % 12
        adopted_on = datetime.date(year, month, 15)
        repealed_on = datetime.date(year + 6, month, 15) if status == "repealed" else None
        first, second = STEPS[status]
        if repealed_on:
            steps = ((adopted_on, first), (repealed_on, second))
        else:
            steps = ((datetime.date(year - 1, month, 1), first), (adopted_on, second))
        policies.append(
            policy_content(
                slug=slug,
                title=title,
                original_title=original_title,
                original_language=language,
                summary=summary,
                policy_type=kind,
                status=status,
                government_level=level,
                country=country,
                place=place,
                year=year,
                adopted_on=adopted_on if status in ("adopted", "in-force", "repealed") else None,
                repealed_on=repealed_on,
                sectors=(sector,) if sector else (),
                participants=(
                    (network, NETWORK, "Proposed the text and took part in every draft"),
                    (government, GOVERNMENT, "Wrote the final text with the networks"),
                ),
                steps=steps,
                toolkits=(toolkit,),
            )
        )
    return tuple(policies)
