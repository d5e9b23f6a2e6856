"""The demo's public policies, their listing and the atlas, and a few of their translations.

Nine are real SSE laws whose country, title and year are certain; their summaries say what the
law is, but the co-construction steps and participants shown with them are illustrative, and
each page says so. The others are fictional, labelled as the rest of the demo is. They link to
the demo's toolkits and stories, so the dossiers show tools that travelled.
"""

import datetime
from dataclasses import dataclass

from atlas.factories import CountryIndexPageFactory
from atlas.models import CountryIndexPage
from demo.policy_catalogue import catalogue_policies
from demo.translator import PageStrings
from policies.factories import (
    PolicyIndexPageFactory,
    PolicyPageFactory,
    PolicyRelatedStoryFactory,
    PolicyRelatedToolkitFactory,
)
from policies.models import PolicyIndexPage, PolicyPage
from taxonomy.models import Sector, Theme, WorkAxis

REAL_NOTE = (
    "Demonstration content: the law, its country and its year are real; the co-construction "
    "steps and participants shown here are illustrative."
)
FICTIONAL_NOTE = "Demonstration content: this policy, its steps and its participants are fictional."


@dataclass(frozen=True, kw_only=True)
class PolicyContent:
    slug: str
    title: str
    original_title: str
    original_language: str
    summary: str
    policy_type: str
    status: str
    government_level: str
    country: str
    year: int
    real: bool = False
    place: str = ""
    adopted_on: datetime.date | None = None
    repealed_on: datetime.date | None = None
    work_axis: str = "public-policy"
    themes: tuple[str, ...] = ("policy-co-construction",)
    sectors: tuple[str, ...] = ()
    participants: tuple[tuple[str, str, str], ...] = ()  # (name, role, contribution)
    steps: tuple[tuple[datetime.date, str], ...] = ()  # (date, what happened)
    toolkits: tuple[str, ...] = ()  # demo toolkit slugs
    stories: tuple[str, ...] = ()  # demo story slugs


def d(year, month=1, day=1):
    return datetime.date(year, month, day)


NETWORK = "network"
GOVERNMENT = "government"
PARLIAMENT = "parliament"

POLICIES = (
    PolicyContent(
        slug="spain-social-economy-law-2011",
        title="Law 5/2011 on the Social Economy",
        original_title="Ley 5/2011, de 29 de marzo, de Economía Social",
        original_language="es",
        summary="Spain's framework law: it defines the social economy, lists the kinds of "
        "entities that belong to it and makes its promotion a task of public authorities.",
        policy_type="framework-law",
        status="in-force",
        government_level="national",
        country="ES",
        year=2011,
        real=True,
        themes=("policy-co-construction", "transformative-economies"),
        participants=(
            ("National social economy confederation", NETWORK, "Drafted the definitions"),
            ("Ministry of Labour", GOVERNMENT, "Carried the bill"),
        ),
        steps=((d(2009, 10), "Networks present a draft"), (d(2011, 3), "Parliament adopts it")),
        toolkits=("sse-framework-law-model", "reserved-procurement-brief"),
        stories=("pamplona-work-integration-enterprises",),
    ),
    PolicyContent(
        slug="france-sse-law-2014",
        title="Law on the Social and Solidarity Economy (2014)",
        original_title="Loi n° 2014-856 du 31 juillet 2014 relative à l'économie sociale et "
        "solidaire",
        original_language="fr",
        summary="France's framework law: it sets out who belongs to the SSE, creates the "
        "ESUS accreditation and gives regions a role in SSE strategies.",
        policy_type="framework-law",
        status="in-force",
        government_level="national",
        country="FR",
        year=2014,
        real=True,
        themes=("policy-co-construction", "transformative-economies"),
        participants=(
            ("Regional SSE chambers", NETWORK, "Asked for a regional SSE strategy"),
            ("Ministry for the SSE", GOVERNMENT, "Wrote the bill"),
            ("Parliament", PARLIAMENT, "Amended and adopted it"),
        ),
        steps=(
            (d(2012, 11), "Consultation of SSE networks opens"),
            (d(2013, 7), "Bill tabled"),
            (d(2014, 7, 31), "Law promulgated"),
        ),
        toolkits=("sse-framework-law-model", "csa-municipal-partnerships"),
        stories=("roubaix-csa-climate-alliance",),
    ),
    PolicyContent(
        slug="ecuador-popular-solidarity-economy-law-2011",
        title="Organic Law on the Popular and Solidarity Economy (2011)",
        original_title="Ley Orgánica de la Economía Popular y Solidaria y del Sector Financiero "
        "Popular y Solidario",
        original_language="es",
        summary="Ecuador's organic law recognising the popular and solidarity economy and its "
        "financial sector, with its own supervisory body.",
        policy_type="framework-law",
        status="in-force",
        government_level="national",
        country="EC",
        year=2011,
        real=True,
        sectors=("ethical-finance",),
        participants=(("Savings bank federations", NETWORK, "Defended community savings"),),
        steps=((d(2010, 6), "Draft discussed with federations"), (d(2011, 5), "Law adopted")),
        toolkits=("community-bank-handbook",),
        stories=("riobamba-community-savings-banks",),
    ),
    PolicyContent(
        slug="mexico-sse-law-2012",
        title="Social and Solidarity Economy Law (2012)",
        original_title="Ley de la Economía Social y Solidaria",
        original_language="es",
        summary="Mexico's federal law on the social sector of the economy, which set up a "
        "national institute to promote it.",
        policy_type="framework-law",
        status="in-force",
        government_level="national",
        country="MX",
        year=2012,
        real=True,
        participants=(("Cooperative federations", NETWORK, "Proposed the institute"),),
        steps=((d(2011, 4), "Networks' proposal"), (d(2012, 5), "Law published")),
        toolkits=("domestic-workers-cooperative-guide",),
        stories=("oaxaca-indigenous-coffee-cooperative",),
    ),
    PolicyContent(
        slug="portugal-social-economy-framework-law-2013",
        title="Framework Law on the Social Economy (2013)",
        original_title="Lei de Bases da Economia Social (Lei n.º 30/2013)",
        original_language="pt",
        summary="Portugal's framework law: the principles of the social economy, its "
        "entities and the state's duty to promote them.",
        policy_type="framework-law",
        status="in-force",
        government_level="national",
        country="PT",
        year=2013,
        real=True,
        participants=(("Social economy confederation", NETWORK, "Co-drafted the principles"),),
        steps=((d(2012, 9), "Joint working group"), (d(2013, 5), "Law adopted")),
        toolkits=("citizen-shareholding-guide", "cooperatives-with-migrants-guide"),
        stories=("lisbon-migrant-women-catering-cooperative",),
    ),
    PolicyContent(
        slug="quebec-social-economy-act-2013",
        title="Social Economy Act (Quebec, 2013)",
        original_title="Loi sur l'économie sociale",
        original_language="fr",
        summary="Quebec's act recognising the social economy and committing the provincial "
        "government to an action plan drawn up with its networks.",
        policy_type="framework-law",
        status="in-force",
        government_level="regional",
        country="CA",
        place="Quebec",
        year=2013,
        real=True,
        participants=(
            ("Provincial social economy network", NETWORK, "Sits on the partners' table"),
            ("Provincial government", GOVERNMENT, "Adopts the action plans"),
        ),
        steps=((d(2012, 5), "Bill tabled"), (d(2013, 10), "Act adopted")),
        toolkits=("social-procurement-training", "local-sse-council-bylaws"),
        stories=("sherbrooke-social-procurement",),
    ),
    PolicyContent(
        slug="senegal-sse-orientation-law-2021",
        title="Orientation Law on the Social and Solidarity Economy (Senegal, 2021)",
        original_title="Loi d'orientation relative à l'économie sociale et solidaire",
        original_language="fr",
        summary="Senegal's orientation law on the SSE, which defines its enterprises and "
        "frames the support of the state and local authorities.",
        policy_type="framework-law",
        status="adopted",
        government_level="national",
        country="SN",
        year=2021,
        real=True,
        themes=("policy-co-construction", "transformative-economies"),
        participants=(
            ("National SSE network", NETWORK, "Led consultations in the regions"),
            ("Ministry in charge of the SSE", GOVERNMENT, "Wrote the bill"),
        ),
        steps=(
            (d(2019, 3), "Regional consultations"),
            (d(2020, 11), "Bill approved by the cabinet"),
            (d(2021, 6), "National Assembly adopts the law"),
        ),
        toolkits=("african-sse-advocacy-agenda", "womens-savings-groups-manual"),
        stories=("thies-womens-savings-groups-mutual",),
    ),
    PolicyContent(
        slug="tunisia-sse-law-2020",
        title="Law on the Social and Solidarity Economy (Tunisia, 2020)",
        original_title="Loi relative à l'économie sociale et solidaire",
        original_language="fr",
        summary="Tunisia's law defining the SSE, its label and a high council to steer it.",
        policy_type="framework-law",
        status="adopted",
        government_level="national",
        country="TN",
        year=2020,
        real=True,
        participants=(("Trade union and SSE networks", NETWORK, "Campaigned for the law"),),
        steps=((d(2018, 6), "Bill drafted with networks"), (d(2020, 6), "Parliament adopts it")),
        toolkits=("youth-cooperative-starter-kit", "african-sse-advocacy-agenda"),
        stories=("sfax-youth-olive-oil-cooperative",),
    ),
    PolicyContent(
        slug="uruguay-sse-law-2019",
        title="Social and Solidarity Economy Law (Uruguay, 2019)",
        original_title="Ley de Economía Social y Solidaria (Ley n.º 19.848)",
        original_language="es",
        summary="Uruguay's law recognising the social and solidarity economy and promoting it "
        "through public policy.",
        policy_type="law",
        status="in-force",
        government_level="national",
        country="UY",
        year=2019,
        real=True,
        participants=(("Cooperative confederation", NETWORK, "Proposed the text"),),
        steps=((d(2018, 8), "Bill tabled"), (d(2019, 12), "Law adopted")),
        toolkits=("municipal-sse-council-guide", "recycling-cooperative-contract-template"),
        stories=("montevideo-recycling-cooperative-contract",),
    ),
    PolicyContent(
        slug="recife-solidarity-fairs-ordinance",
        title="Municipal ordinance on solidarity economy fairs",
        original_title="Lei municipal das feiras de economia solidária",
        original_language="pt",
        summary="A city gives solidarity economy groups free stalls in its markets, managed "
        "with the local forum.",
        policy_type="local-ordinance",
        status="in-force",
        government_level="local",
        country="BR",
        place="Recife",
        year=2018,
        adopted_on=d(2018, 4, 12),
        participants=(
            ("Local solidarity economy forum", NETWORK, "Proposed the fairs"),
            ("City council", PARLIAMENT, "Voted the ordinance"),
        ),
        steps=((d(2017, 2), "Forum petitions the council"), (d(2018, 4, 12), "Ordinance voted")),
        toolkits=("community-bank-handbook",),
        stories=("recife-community-bank-local-currency",),
    ),
    PolicyContent(
        slug="bahia-solidarity-finance-fund",
        title="State revolving fund for solidarity finance",
        original_title="Fundo estadual rotativo de finanças solidárias",
        original_language="pt",
        summary="A state fund that would lend to community banks, which lend on to their "
        "members; still debated in the state assembly.",
        policy_type="fund",
        status="under-debate",
        government_level="regional",
        country="BR",
        place="Bahia",
        year=2024,
        sectors=("ethical-finance",),
        participants=(("Community bank network", NETWORK, "Designed the fund"),),
        steps=((d(2023, 9), "Proposal presented"), (d(2024, 3), "Committee hearings begin")),
        toolkits=("public-guarantees-ethical-finance", "community-bank-handbook"),
    ),
    PolicyContent(
        slug="kisumu-county-sse-strategy",
        title="County strategy for youth cooperatives",
        original_title="County strategy for youth cooperatives",
        original_language="en",
        summary="A county's proposed strategy to help young people start cooperatives in "
        "fishing, farming and services.",
        policy_type="strategy",
        status="proposed",
        government_level="local",
        country="KE",
        place="Kisumu",
        year=2025,
        participants=(("County youth cooperative forum", NETWORK, "Wrote the first draft"),),
        steps=((d(2025, 2), "Draft shared with the county"),),
        toolkits=("youth-cooperative-starter-kit", "municipal-sse-council-guide"),
        stories=("kisumu-youth-fish-farming-cooperative",),
    ),
    PolicyContent(
        slug="odisha-millet-cooperatives-programme",
        title="State programme for millet cooperatives",
        original_title="State programme for millet cooperatives",
        original_language="en",
        summary="A state programme buying millet from women's cooperatives for school meals.",
        policy_type="programme",
        status="in-force",
        government_level="regional",
        country="IN",
        place="Odisha",
        year=2019,
        participants=(("Women's cooperative federation", NETWORK, "Negotiated the prices"),),
        steps=((d(2018, 5), "Pilot in two districts"), (d(2019, 6), "Programme statewide")),
        toolkits=("community-seed-banks", "asia-social-protection-dialogue"),
        stories=("koraput-millet-cooperative",),
    ),
    PolicyContent(
        slug="seoul-district-social-economy-ordinance",
        title="District ordinance on the social economy",
        original_title="구 사회적경제 기본 조례",
        original_language="ko",
        summary="A district ordinance that created a social economy council with networks "
        "and a support centre.",
        policy_type="local-ordinance",
        status="in-force",
        government_level="local",
        country="KR",
        place="Seoul",
        year=2015,
        participants=(("District social economy network", NETWORK, "Co-chairs the council"),),
        steps=((d(2014, 9), "Network proposes a council"), (d(2015, 3), "Ordinance adopted")),
        toolkits=("local-sse-council-bylaws",),
        stories=("seoul-district-social-economy-council",),
    ),
    PolicyContent(
        slug="quezon-city-social-procurement-rule",
        title="City rule reserving contracts for informal workers' cooperatives",
        original_title="City rule reserving contracts for informal workers' cooperatives",
        original_language="en",
        summary="A proposed rule reserving a share of the city's cleaning and catering "
        "contracts for cooperatives of informal workers.",
        policy_type="procurement-rule",
        status="under-debate",
        government_level="local",
        country="PH",
        place="Quezon City",
        year=2024,
        participants=(("Informal workers' alliance", NETWORK, "Drafted the rule"),),
        steps=((d(2024, 1), "Rule filed in the council"),),
        toolkits=("reserved-procurement-brief", "informal-workers-social-protection-brief"),
        stories=("quezon-city-informal-workers-mutual",),
    ),
    PolicyContent(
        slug="south-africa-social-economy-green-paper",
        title="National social economy policy (green paper)",
        original_title="National social economy policy (green paper)",
        original_language="en",
        summary="A proposed national policy on the social economy, open for comments from "
        "networks and trade unions.",
        policy_type="strategy",
        status="proposed",
        government_level="national",
        country="ZA",
        year=2023,
        participants=(("Trade unions and SSE networks", NETWORK, "Sent joint comments"),),
        steps=((d(2023, 3), "Green paper published"), (d(2023, 6), "Comments close")),
        toolkits=("trade-unions-and-sse",),
        stories=("durban-street-traders-bylaw",),
    ),
    PolicyContent(
        slug="northern-territory-community-enterprise-grants",
        title="Community enterprise grants programme",
        original_title="Community enterprise grants programme",
        original_language="en",
        summary="Grants for Aboriginal-led community enterprises, repealed after a change of "
        "government; networks campaign to bring it back.",
        policy_type="programme",
        status="repealed",
        government_level="regional",
        country="AU",
        place="Northern Territory",
        year=2016,
        adopted_on=d(2016, 7, 1),
        repealed_on=d(2021, 6, 30),
        participants=(("Aboriginal community enterprises", NETWORK, "Shaped the criteria"),),
        steps=((d(2016, 7, 1), "Programme opens"), (d(2021, 6, 30), "Programme ends")),
        toolkits=("indigenous-led-enterprises-case-studies",),
        stories=("central-australia-bush-foods-cooperative",),
    ),
    PolicyContent(
        slug="morocco-cooperative-label-decree",
        title="Decree on a label for cooperative crafts",
        original_title="Décret relatif au label des produits de l'artisanat coopératif",
        original_language="fr",
        summary="A decree creating a label for crafts made by cooperatives, awarded with "
        "the cooperatives' own federation.",
        policy_type="decree",
        status="in-force",
        government_level="national",
        country="MA",
        year=2022,
        participants=(("Weavers' cooperative federation", NETWORK, "Co-wrote the criteria"),),
        steps=((d(2021, 4), "Criteria drafted"), (d(2022, 2), "Decree published")),
        toolkits=("participatory-sse-mapping",),
        stories=("chefchaouen-weaving-cooperative-mapping",),
    ),
    PolicyContent(
        slug="colombia-sse-round-table-charter",
        title="Charter of the national SSE round table",
        original_title="Carta de la mesa nacional de economía solidaria",
        original_language="es",
        summary="A charter by which ministries and networks agree to meet and co-write SSE "
        "policy; its status is still discussed.",
        policy_type="other",
        status="under-debate",
        government_level="national",
        country="CO",
        year=2024,
        participants=(
            ("Solidarity economy networks", NETWORK, "Proposed the round table"),
            ("Ministry of Labour", GOVERNMENT, "Hosts the meetings"),
        ),
        steps=((d(2023, 10), "First round table"), (d(2024, 4), "Charter drafted")),
        toolkits=("reserved-procurement-brief",),
        stories=("bogota-school-meals-cooperatives",),
    ),
)
# Fictional policies in more countries, one line each (demo/policy_catalogue.py).
POLICIES += catalogue_policies(PolicyContent)


@dataclass(frozen=True, kw_only=True)
class PolicyTranslation:
    """Every text of a policy page in another language, paired with POLICIES by position:
    each participant's (name, contribution) and each step's title."""

    title: str
    summary: str
    participants: tuple[tuple[str, str], ...]
    steps: tuple[str, ...]


NOTES = {
    # language: (REAL_NOTE, FICTIONAL_NOTE)
    "fr": (
        "Contenu de démonstration : la loi, son pays et son année sont réels ; les étapes de "
        "co-construction et les participants présentés ici sont illustratifs.",
        "Contenu de démonstration : cette politique, ses étapes et ses participants sont fictifs.",
    ),
    "es": (
        "Contenido de demostración: la ley, su país y su año son reales; las etapas de "
        "co-construcción y los participantes que se muestran aquí son ilustrativos.",
        "Contenido de demostración: esta política, sus etapas y sus participantes son ficticios.",
    ),
    "pt": (
        "Conteúdo de demonstração: a lei, o seu país e o seu ano são reais; as etapas de "
        "co-construção e os participantes aqui apresentados são ilustrativos.",
        "Conteúdo de demonstração: esta política, as suas etapas e os seus participantes são "
        "fictícios.",
    ),
}

# A few policies in French, Spanish and Portuguese, by slug; the others stay in English.
TRANSLATIONS = {
    "fr": {
        "france-sse-law-2014": PolicyTranslation(
            title="Loi relative à l'économie sociale et solidaire (2014)",
            summary="La loi-cadre française : elle dit qui fait partie de l'ESS, crée "
            "l'agrément ESUS et donne aux régions un rôle dans les stratégies de l'ESS.",
            participants=(
                ("Chambres régionales de l'ESS", "Ont demandé une stratégie régionale de l'ESS"),
                ("Ministère chargé de l'ESS", "A rédigé le projet de loi"),
                ("Parlement", "L'a amendé et adopté"),
            ),
            steps=(
                "Ouverture de la concertation avec les réseaux de l'ESS",
                "Dépôt du projet de loi",
                "Promulgation de la loi",
            ),
        ),
        "senegal-sse-orientation-law-2021": PolicyTranslation(
            title="Loi d'orientation relative à l'économie sociale et solidaire (Sénégal, 2021)",
            summary="La loi d'orientation sénégalaise sur l'ESS, qui définit ses entreprises "
            "et encadre l'appui de l'État et des collectivités territoriales.",
            participants=(
                ("Réseau national de l'ESS", "A mené les concertations dans les régions"),
                ("Ministère chargé de l'ESS", "A rédigé le projet de loi"),
            ),
            steps=(
                "Concertations régionales",
                "Projet de loi adopté en Conseil des ministres",
                "L'Assemblée nationale adopte la loi",
            ),
        ),
        "quebec-social-economy-act-2013": PolicyTranslation(
            title="Loi sur l'économie sociale (Québec, 2013)",
            summary="La loi québécoise qui reconnaît l'économie sociale et engage le "
            "gouvernement à un plan d'action élaboré avec ses réseaux.",
            participants=(
                ("Réseau provincial de l'économie sociale", "Siège à la table des partenaires"),
                ("Gouvernement provincial", "Adopte les plans d'action"),
            ),
            steps=("Dépôt du projet de loi", "Adoption de la loi"),
        ),
    },
    "es": {
        "spain-social-economy-law-2011": PolicyTranslation(
            title="Ley 5/2011 de Economía Social",
            summary="La ley marco española: define la economía social, enumera sus entidades "
            "y hace de su fomento una tarea de los poderes públicos.",
            participants=(
                ("Confederación nacional de la economía social", "Redactó las definiciones"),
                ("Ministerio de Trabajo", "Impulsó el proyecto de ley"),
            ),
            steps=("Las redes presentan un borrador", "El Parlamento la aprueba"),
        ),
        "uruguay-sse-law-2019": PolicyTranslation(
            title="Ley de Economía Social y Solidaria (Uruguay, 2019)",
            summary="La ley uruguaya que reconoce la economía social y solidaria y la promueve "
            "con políticas públicas.",
            participants=(("Confederación de cooperativas", "Propuso el texto"),),
            steps=("Presentación del proyecto de ley", "Aprobación de la ley"),
        ),
    },
    "pt": {
        "portugal-social-economy-framework-law-2013": PolicyTranslation(
            title="Lei de Bases da Economia Social (2013)",
            summary="A lei de bases portuguesa: os princípios da economia social, as suas "
            "entidades e o dever do Estado de as promover.",
            participants=(("Confederação da economia social", "Co-redigiu os princípios"),),
            steps=("Grupo de trabalho conjunto", "Aprovação da lei"),
        ),
        "recife-solidarity-fairs-ordinance": PolicyTranslation(
            title="Lei municipal das feiras de economia solidária",
            summary="Uma cidade dá aos grupos de economia solidária bancas gratuitas nos seus "
            "mercados, geridas com o fórum local.",
            participants=(
                ("Fórum local de economia solidária", "Propôs as feiras"),
                ("Câmara municipal", "Votou a lei"),
            ),
            steps=("O fórum apresenta uma petição à câmara", "Lei aprovada"),
        ),
    },
}


def policy_strings(content, translation, language):
    """English text -> `language` for every text of a policy page."""
    real_note, fictional_note = NOTES[language]
    strings = {
        content.slug: content.slug,
        content.title: translation.title,
        content.summary: translation.summary,
        REAL_NOTE: real_note,
        FICTIONAL_NOTE: fictional_note,
        content.place: content.place,  # place names are written the same way
    }
    participants = zip(content.participants, translation.participants, strict=True)
    for (name, _role, contribution), (translated_name, translated_contribution) in participants:
        strings[name] = translated_name
        strings[contribution] = translated_contribution
    for (_date, title), translated in zip(content.steps, translation.steps, strict=True):
        strings[title] = translated
    return strings


SECTION_TITLES = {
    # language: (policy listing title, its introduction, atlas title, its introduction)
    "fr": (
        "Politiques publiques",
        "Lois, stratégies et programmes co-construits par les réseaux avec les pouvoirs publics.",
        "Pays",
        "Ce que l'échange contient sur chaque pays.",
    ),
    "es": (
        "Políticas públicas",
        "Leyes, estrategias y programas co-construidos por las redes con los gobiernos.",
        "Países",
        "Lo que el intercambio contiene sobre cada país.",
    ),
    "pt": (
        "Políticas públicas",
        "Leis, estratégias e programas co-construídos pelas redes com os governos.",
        "Países",
        "O que o intercâmbio contém sobre cada país.",
    ),
}


def build_policies(builder, home, toolkits, stories):
    """The policy listing, the atlas and POLICIES under `home`; returns the listing and the
    policies by slug. Idempotent like the rest of the demo."""
    policy_index = builder.create_index(home, PolicyIndexPage, PolicyIndexPageFactory, "policies")
    country_index = builder.create_index(
        home, CountryIndexPage, CountryIndexPageFactory, "countries"
    )
    terms = builder.terms
    policies = {}
    for number, content in enumerate(POLICIES, 1):
        position = (number, len(POLICIES))
        page = PolicyPage.objects.child_of(policy_index).filter(slug=content.slug).first()
        if page:
            builder.note("policy", "found", content.title, position)
            policies[content.slug] = page
            continue
        rng = builder.rng("policy", content.slug)
        note = REAL_NOTE if content.real else FICTIONAL_NOTE
        page = PolicyPageFactory(
            parent=policy_index,
            live=False,
            slug=content.slug,
            title=content.title,
            original_title=content.original_title,
            original_language=content.original_language,
            summary=content.summary,
            body=builder.stream([("paragraph", f"<p><i>{note}</i></p>")], rng),
            policy_type=content.policy_type,
            status=content.status,
            adopted_on=content.adopted_on,
            repealed_on=content.repealed_on,
            government_level=content.government_level,
            country=content.country,
            place=content.place,
            year=content.year,
            participants=builder.stream(
                [
                    ("participant", {"name": name, "role": role, "contribution": contribution})
                    for name, role, contribution in content.participants
                ],
                rng,
            ),
            timeline=builder.stream(
                [
                    ("step", {"date": date, "title": title, "description": ""})
                    for date, title in content.steps
                ],
                rng,
            ),
            work_axis=terms[WorkAxis][content.work_axis],
            themes=[terms[Theme][slug] for slug in content.themes],
            sectors=[terms[Sector][slug] for slug in content.sectors],
        )
        for order, slug in enumerate(content.toolkits):
            PolicyRelatedToolkitFactory(page=page, toolkit=toolkits[slug], sort_order=order)
        for order, slug in enumerate(content.stories):
            PolicyRelatedStoryFactory(page=page, story=stories[slug], sort_order=order)
        published = datetime.datetime(content.year, 1, 1, 10, tzinfo=datetime.UTC)
        builder.publish(page, published + datetime.timedelta(days=rng.randint(30, 300)))
        builder.note("policy", "created", content.title, position, content.country)
        policies[content.slug] = page
    return policy_index, country_index, policies


def translate_policies(builder, policy_index, country_index, policies):
    """The two new sections in every language pack, and the policies TRANSLATIONS names."""
    from wagtail.models import Locale

    for pack in builder.translator.packs:
        locale = Locale.objects.filter(language_code=pack.language).first()
        if locale is None or pack.language not in SECTION_TITLES:
            continue
        user = builder.translator.translator(pack.language, locale)
        listing_title, listing_intro, atlas_title, atlas_intro = SECTION_TITLES[pack.language]
        for page, title, introduction in (
            (policy_index, listing_title, listing_intro),
            (country_index, atlas_title, atlas_intro),
        ):
            strings = {page.slug: page.slug, page.title: title, page.introduction: introduction}
            builder.translator.translate_page(
                page, locale, PageStrings(pack, strings), user, kind="listing"
            )
        for slug, translation in TRANSLATIONS.get(pack.language, {}).items():
            content = next(content for content in POLICIES if content.slug == slug)
            strings = policy_strings(content, translation, pack.language)
            builder.translator.translate_page(
                policies[slug], locale, PageStrings(pack, strings), user, kind="policy"
            )
