# ruff: noqa: E501  (prose and one-line content tables read better unwrapped)
"""The demo's network spaces: the pages every organisation needs, the header and footer, the
working groups of the strategic plan (shared/seed), member and allied organisations on every
continent, events past and upcoming, joint statements and campaigns.

All organisations, people and events are fictional. Working groups, general pages, listings
and the header and footer are written in the four languages; some organisations and events
too (network_translations.py), the others and the statements in English (names in their
original language), as translators would leave them until asked.
"""

from dataclasses import dataclass, field

from demo import network_translations

LANGUAGES = ("en", "fr", "es", "pt")

# The listings under the home page: slug -> {language: (title, introduction)}.
SECTIONS = {
    "working-groups": {
        "en": (
            "Working groups",
            "The network's work is organised in groups: thematic, sectoral, by target group and by region.",
        ),
        "fr": (
            "Groupes de travail",
            "Le travail du réseau s’organise en groupes : thématiques, sectoriels, par groupe cible et par région.",
        ),
        "es": (
            "Grupos de trabajo",
            "El trabajo de la red se organiza en grupos: temáticos, sectoriales, por grupo destinatario y por región.",
        ),
        "pt": (
            "Grupos de trabalho",
            "O trabalho da rede organiza-se em grupos: temáticos, setoriais, por grupo-alvo e por região.",
        ),
    },
    "members": {
        "en": (
            "Members and allies",
            "Continental, national and local networks, and the movements and platforms we work with.",
        ),
        "fr": (
            "Membres et alliés",
            "Réseaux continentaux, nationaux et locaux, et les mouvements et plateformes avec qui nous travaillons.",
        ),
        "es": (
            "Miembros y aliados",
            "Redes continentales, nacionales y locales, y los movimientos y plataformas con los que trabajamos.",
        ),
        "pt": (
            "Membros e aliados",
            "Redes continentais, nacionais e locais, e os movimentos e plataformas com quem trabalhamos.",
        ),
    },
    "events": {
        "en": (
            "Events",
            "Where the network speaks: UN forums, regional forums, webinars and campaign days.",
        ),
        "fr": (
            "Évènements",
            "Là où le réseau prend la parole : forums de l’ONU, forums régionaux, webinaires et journées de campagne.",
        ),
        "es": (
            "Eventos",
            "Donde la red toma la palabra: foros de la ONU, foros regionales, seminarios web y jornadas de campaña.",
        ),
        "pt": (
            "Eventos",
            "Onde a rede toma a palavra: fóruns da ONU, fóruns regionais, webinários e dias de campanha.",
        ),
    },
    "statements": {
        "en": (
            "Statements and campaigns",
            "Joint statements signed with our members and allies, and the campaigns that carry them.",
        ),
        "fr": (
            "Déclarations et campagnes",
            "Les déclarations communes signées avec nos membres et alliés, et les campagnes qui les portent.",
        ),
        "es": (
            "Declaraciones y campañas",
            "Las declaraciones conjuntas firmadas con nuestros miembros y aliados, y las campañas que las llevan.",
        ),
        "pt": (
            "Declarações e campanhas",
            "As declarações conjuntas assinadas com os nossos membros e aliados, e as campanhas que as levam.",
        ),
    },
}


@dataclass
class GeneralText:
    title: str
    introduction: str
    paragraphs: tuple


# slug -> {language: GeneralText}; the contact page also gets a contact block.
GENERAL_PAGES = {
    "about": {
        "en": GeneralText(
            "About us",
            "An intercontinental network of Social and Solidarity Economy networks.",
            (
                "We bring together continental networks, which gather national and local networks on every continent.",
                "Our 2021–2023 strategic plan has four work axes: advocacy in international arenas, national and local advocacy for public policy, convergence with other movements, and information and tools.",
            ),
        ),
        "fr": GeneralText(
            "Qui sommes-nous",
            "Un réseau intercontinental de réseaux de l’économie sociale et solidaire.",
            (
                "Nous rassemblons des réseaux continentaux, qui réunissent des réseaux nationaux et locaux sur chaque continent.",
                "Notre plan stratégique 2021-2023 compte quatre axes de travail : le plaidoyer dans les arènes internationales, le plaidoyer national et local pour les politiques publiques, la convergence avec d’autres mouvements, et l’information et les outils.",
            ),
        ),
        "es": GeneralText(
            "Quiénes somos",
            "Una red intercontinental de redes de la economía social y solidaria.",
            (
                "Reunimos redes continentales, que agrupan redes nacionales y locales en cada continente.",
                "Nuestro plan estratégico 2021-2023 tiene cuatro ejes de trabajo: la incidencia en los espacios internacionales, la incidencia nacional y local por políticas públicas, la convergencia con otros movimientos, y la información y las herramientas.",
            ),
        ),
        "pt": GeneralText(
            "Quem somos",
            "Uma rede intercontinental de redes da economia social e solidária.",
            (
                "Reunimos redes continentais, que agrupam redes nacionais e locais em cada continente.",
                "O nosso plano estratégico 2021-2023 tem quatro eixos de trabalho: advocacy nas arenas internacionais, advocacy nacional e local por políticas públicas, convergência com outros movimentos, e informação e ferramentas.",
            ),
        ),
    },
    "join": {
        "en": GeneralText(
            "Join the network",
            "Continental, national and local SSE networks can become members.",
            (
                "A national or local network joins through its continental network; a continental network joins directly.",
                "Members take part in the working groups, sign joint statements and share their stories and toolkits.",
            ),
        ),
        "fr": GeneralText(
            "Adhérer au réseau",
            "Les réseaux d’ESS continentaux, nationaux et locaux peuvent devenir membres.",
            (
                "Un réseau national ou local adhère par son réseau continental ; un réseau continental adhère directement.",
                "Les membres participent aux groupes de travail, signent les déclarations communes et partagent leurs récits et leurs boîtes à outils.",
            ),
        ),
        "es": GeneralText(
            "Unirse a la red",
            "Las redes de ESS continentales, nacionales y locales pueden ser miembros.",
            (
                "Una red nacional o local se une a través de su red continental; una red continental se une directamente.",
                "Los miembros participan en los grupos de trabajo, firman las declaraciones conjuntas y comparten sus relatos y cajas de herramientas.",
            ),
        ),
        "pt": GeneralText(
            "Aderir à rede",
            "As redes de ESS continentais, nacionais e locais podem tornar-se membros.",
            (
                "Uma rede nacional ou local adere através da sua rede continental; uma rede continental adere diretamente.",
                "Os membros participam nos grupos de trabalho, assinam as declarações conjuntas e partilham as suas histórias e kits de ferramentas.",
            ),
        ),
    },
    "contact": {
        "en": GeneralText(
            "Contact",
            "Write to the secretariat, or to a working group from its page.",
            ("Share a story or a toolkit: the editors answer within two weeks.",),
        ),
        "fr": GeneralText(
            "Contact",
            "Écrivez au secrétariat, ou à un groupe de travail depuis sa page.",
            (
                "Partagez un récit ou une boîte à outils : l’équipe éditoriale répond sous deux semaines.",
            ),
        ),
        "es": GeneralText(
            "Contacto",
            "Escriba a la secretaría, o a un grupo de trabajo desde su página.",
            (
                "Comparta un relato o una caja de herramientas: el equipo editorial responde en dos semanas.",
            ),
        ),
        "pt": GeneralText(
            "Contacto",
            "Escreva ao secretariado, ou a um grupo de trabalho a partir da sua página.",
            (
                "Partilhe uma história ou um kit de ferramentas: a equipa editorial responde em duas semanas.",
            ),
        ),
    },
    "legal-notice": {
        "en": GeneralText(
            "Legal notice",
            "Who publishes this site.",
            ("This demonstration site is published by a fictional network for testing purposes.",),
        ),
        "fr": GeneralText(
            "Mentions légales",
            "Qui publie ce site.",
            ("Ce site de démonstration est publié par un réseau fictif, à des fins de test.",),
        ),
        "es": GeneralText(
            "Aviso legal",
            "Quién publica este sitio.",
            ("Este sitio de demostración lo publica una red ficticia, con fines de prueba.",),
        ),
        "pt": GeneralText(
            "Aviso legal",
            "Quem publica este site.",
            ("Este site de demonstração é publicado por uma rede fictícia, para fins de teste.",),
        ),
    },
    "privacy": {
        "en": GeneralText(
            "Privacy",
            "What we keep about visitors: nothing but a language cookie.",
            (
                "The site remembers the language you chose; it sets no other cookie and uses no tracker.",
            ),
        ),
        "fr": GeneralText(
            "Confidentialité",
            "Ce que nous gardons des visiteurs : rien qu’un cookie de langue.",
            (
                "Le site retient la langue que vous avez choisie ; il ne dépose aucun autre cookie et n’utilise aucun traceur.",
            ),
        ),
        "es": GeneralText(
            "Privacidad",
            "Lo que guardamos de los visitantes: solo una cookie de idioma.",
            (
                "El sitio recuerda el idioma que eligió; no instala ninguna otra cookie ni usa rastreadores.",
            ),
        ),
        "pt": GeneralText(
            "Privacidade",
            "O que guardamos dos visitantes: apenas um cookie de língua.",
            (
                "O site lembra a língua que escolheu; não instala nenhum outro cookie nem usa rastreadores.",
            ),
        ),
    },
}
CONTACT = {
    "heading": "Secretariat",
    "email": "secretariat@example.org",
    "phone": "+221 33 000 00 00",
    "address": "12 rue des Coopératives, Dakar, Senegal",
}
CONTACT_HEADINGS = {"fr": "Secrétariat", "es": "Secretaría", "pt": "Secretariado"}

# The header and footer: site name, footer text, then menu labels.
SITE_NAMES = {
    "en": "SSE Policy Exchange",
    "fr": "Échange de politiques ESS",
    "es": "Intercambio de políticas ESS",
    "pt": "Intercâmbio de políticas ESS",
}
FOOTER_TEXTS = {
    "en": "An intercontinental network of Social and Solidarity Economy networks. Demonstration content: every organisation and person is fictional.",
    "fr": "Un réseau intercontinental de réseaux de l’économie sociale et solidaire. Contenu de démonstration : chaque organisation et chaque personne est fictive.",
    "es": "Una red intercontinental de redes de la economía social y solidaria. Contenido de demostración: todas las organizaciones y personas son ficticias.",
    "pt": "Uma rede intercontinental de redes da economia social e solidária. Conteúdo de demonstração: todas as organizações e pessoas são fictícias.",
}
# (label in en, fr, es, pt) -> the page it leads to, by slug under the home page.
MAIN_MENU = [
    (
        ("Working groups", "Groupes de travail", "Grupos de trabajo", "Grupos de trabalho"),
        "working-groups",
    ),
    (
        ("Members and allies", "Membres et alliés", "Miembros y aliados", "Membros e aliados"),
        "members",
    ),
    (("Events", "Évènements", "Eventos", "Eventos"), "events"),
    (("Stories", "Récits", "Relatos", "Histórias"), "stories"),
    (("Toolkits", "Boîtes à outils", "Cajas de herramientas", "Kits de ferramentas"), "toolkits"),
    (
        ("Public policies", "Politiques publiques", "Políticas públicas", "Políticas públicas"),
        "policies",
    ),
    (("Countries", "Pays", "Países", "Países"), "countries"),
    (("About us", "Qui sommes-nous", "Quiénes somos", "Quem somos"), "about"),
]
FOOTER_MENU = [
    (
        (
            "Statements and campaigns",
            "Déclarations et campagnes",
            "Declaraciones y campañas",
            "Declarações e campanhas",
        ),
        "statements",
    ),
    (("Contact", "Contact", "Contacto", "Contacto"), "contact"),
    (("Legal notice", "Mentions légales", "Aviso legal", "Aviso legal"), "legal-notice"),
    (("Privacy", "Confidentialité", "Privacidad", "Privacidade"), "privacy"),
]
# The home page's calls to action: ((label, description) per language), page slug.
CALLS_TO_ACTION = [
    (
        {
            "en": ("Join the network", "Continental, national and local networks are welcome."),
            "fr": (
                "Adhérer au réseau",
                "Les réseaux continentaux, nationaux et locaux sont les bienvenus.",
            ),
            "es": (
                "Unirse a la red",
                "Las redes continentales, nacionales y locales son bienvenidas.",
            ),
            "pt": ("Aderir à rede", "As redes continentais, nacionais e locais são bem-vindas."),
        },
        "join",
    ),
    (
        {
            "en": ("Share a story or a toolkit", "Tell the network what works where you are."),
            "fr": ("Partager un récit ou un outil", "Racontez au réseau ce qui marche chez vous."),
            "es": (
                "Compartir un relato o una herramienta",
                "Cuente a la red lo que funciona donde usted vive.",
            ),
            "pt": (
                "Partilhar uma história ou uma ferramenta",
                "Conte à rede o que funciona onde vive.",
            ),
        },
        "contact",
    ),
    (
        {
            "en": ("Subscribe to our events", "Add the network's calendar to yours."),
            "fr": ("S’abonner à nos évènements", "Ajoutez l’agenda du réseau au vôtre."),
            "es": ("Suscribirse a nuestros eventos", "Añada el calendario de la red al suyo."),
            "pt": ("Subscrever os nossos eventos", "Adicione o calendário da rede ao seu."),
        },
        "events",
    ),
    (
        {
            "en": ("Find members near you", "Members and allies on every continent."),
            "fr": (
                "Trouver des membres près de chez vous",
                "Des membres et alliés sur chaque continent.",
            ),
            "es": ("Encontrar miembros cerca de usted", "Miembros y aliados en cada continente."),
            "pt": ("Encontrar membros perto de si", "Membros e aliados em cada continente."),
        },
        "members",
    ),
]


def home_strings(language):
    """English -> `language` for the calls to action the home page's translation carries."""
    strings = {}
    for texts, _slug in CALLS_TO_ACTION:
        strings.update(zip(texts["en"], texts[language], strict=True))
    return strings


# Working groups -------------------------------------------------------------------------------


@dataclass
class WorkingGroupContent:
    slug: str
    kind: str
    term: tuple = ()  # (taxonomy model name, slug): the group's field, and its name per language
    continent: str = ""  # regional groups
    titles: dict = field(default_factory=dict)  # when the title is not a term's or region's name


# Every group the plan's text names: axis 1's thematic, sectoral and target-group arenas, its
# sub-regional and continental advocacy, and axis 3's convergence with other movements.
WORKING_GROUPS = [
    WorkingGroupContent("environment", "thematic", ("Theme", "environment")),
    WorkingGroupContent("sdgs", "thematic", ("Theme", "sdgs")),
    WorkingGroupContent("local-development", "thematic", ("Theme", "local-development")),
    WorkingGroupContent("food-sovereignty", "sectoral", ("Sector", "food-sovereignty")),
    WorkingGroupContent("social-protection", "sectoral", ("Sector", "social-protection")),
    WorkingGroupContent("ethical-finance", "sectoral", ("Sector", "ethical-finance")),
    WorkingGroupContent("youth", "target-group", ("TargetGroup", "youth")),
    WorkingGroupContent("women", "target-group", ("TargetGroup", "women")),
    WorkingGroupContent("migrants", "target-group", ("TargetGroup", "migrants")),
    WorkingGroupContent("informal-workers", "target-group", ("TargetGroup", "informal-workers")),
    WorkingGroupContent(
        "indigenous-peoples", "target-group", ("TargetGroup", "indigenous-peoples")
    ),
    WorkingGroupContent("africa", "regional", continent="002"),
    WorkingGroupContent("americas", "regional", continent="019"),
    WorkingGroupContent("asia", "regional", continent="142"),
    WorkingGroupContent("europe", "regional", continent="150"),
    WorkingGroupContent("oceania", "regional", continent="009"),
    WorkingGroupContent(
        "convergence",
        "thematic",
        ("Theme", "transformative-economies"),
        titles={
            "en": "Convergence with other movements",
            "fr": "Convergence avec d’autres mouvements",
            "es": "Convergencia con otros movimientos",
            "pt": "Convergência com outros movimentos",
        },
    ),
]
FEATURED_GROUPS = ("food-sovereignty", "women", "africa", "convergence")
REGIONAL_TITLE = {
    "en": "Regional advocacy: {region}",
    "fr": "Plaidoyer régional : {region}",
    "es": "Incidencia regional: {region}",
    "pt": "Advocacy regional: {region}",
}
SUMMARY = {
    "en": "Carries the Social and Solidarity Economy's proposals on “{topic}” to the arenas where states, UN agencies, universities and other movements meet.",
    "fr": "Porte les propositions de l’économie sociale et solidaire sur « {topic} » dans les arènes où se rencontrent États, agences de l’ONU, universités et autres mouvements.",
    "es": "Lleva las propuestas de la economía social y solidaria sobre «{topic}» a los espacios donde se reúnen Estados, agencias de la ONU, universidades y otros movimientos.",
    "pt": "Leva as propostas da economia social e solidária sobre «{topic}» às arenas onde se encontram Estados, agências da ONU, universidades e outros movimentos.",
}
# The plan's words (shared/seed, axis 1, 1st and 2nd paragraphs, and axis 3), then the group's.
MANDATE = {
    "arena": {
        "en": "Promote the SSE in the international platforms and arenas in which many key stakeholders take part, such as states, UN agencies, universities, international networks and platforms, and other social movements.",
        "fr": "Promouvoir l’ESS dans différentes plateformes et arènes internationales auxquelles participent de nombreuses parties prenantes clés, comme les États, les agences de l’ONU, les universités, les réseaux et plateformes internationaux, et d’autres mouvements sociaux.",
        "es": "Promover la ESS en las distintas plataformas y espacios internacionales en los que participan numerosos actores clave, como los Estados, las agencias de la ONU, las universidades, las redes y plataformas internacionales y otros movimientos sociales.",
        "pt": "Promover a ESS nas diferentes plataformas e arenas internacionais em que participam numerosos atores-chave, como os Estados, as agências da ONU, as universidades, as redes e plataformas internacionais e outros movimentos sociais.",
    },
    "regional": {
        "en": "Support and promote sub-regional and continental advocacy for the SSE, since each sub-region has its own specificities and diversity, and its own key actors to address on thematic, sectoral and group-specific challenges.",
        "fr": "Soutenir et promouvoir le travail de plaidoyer sous-régional et continental en faveur de l’ESS, car chaque sous-région a ses propres spécificités et sa propre diversité, ainsi que des acteurs clés à qui s’adresser concernant les défis thématiques, sectoriels et de groupes spécifiques.",
        "es": "Apoyar y promover la incidencia subregional y continental a favor de la ESS, ya que cada subregión tiene sus propias especificidades y diversidad, así como actores clave a quienes dirigirse sobre los desafíos temáticos, sectoriales y de grupos específicos.",
        "pt": "Apoiar e promover o trabalho de advocacy sub-regional e continental a favor da ESS, pois cada sub-região tem as suas próprias especificidades e diversidade, bem como atores-chave a quem se dirigir sobre os desafios temáticos, setoriais e de grupos específicos.",
    },
    "convergence": {
        "en": "Build more alliances with other transformative-economy movements and civil society movements, and with other multi-stakeholder platforms that share a transformative vision, to join forces and have more impact in our advocacy.",
        "fr": "Développer davantage d’alliances avec d’autres mouvements d’économies transformatrices et mouvements de la société civile, ainsi qu’avec d’autres plateformes multi-acteurs ayant une vision transformatrice, afin d’unir nos forces et d’obtenir plus d’impact dans nos actions de plaidoyer.",
        "es": "Desarrollar más alianzas con otros movimientos de economías transformadoras y de la sociedad civil, y con otras plataformas multiactor con una visión transformadora, para unir fuerzas y lograr más impacto en nuestra incidencia.",
        "pt": "Desenvolver mais alianças com outros movimentos de economias transformadoras e da sociedade civil, e com outras plataformas multiatores com uma visão transformadora, para unir forças e ter mais impacto no nosso advocacy.",
    },
    "group": {
        "en": "The group follows the arenas on “{topic}”, prepares the network’s positions with the member networks and reports back to them.",
        "fr": "Le groupe suit les arènes consacrées à « {topic} », prépare les positions du réseau avec les réseaux membres et leur en rend compte.",
        "es": "El grupo sigue los espacios dedicados a «{topic}», prepara las posiciones de la red con las redes miembro y les rinde cuentas.",
        "pt": "O grupo acompanha as arenas dedicadas a «{topic}», prepara as posições da rede com as redes membro e presta-lhes contas.",
    },
}
COORDINATOR_ROLES = {
    "en": "Co-coordinator",
    "fr": "Co-coordinatrice",
    "es": "Cocoordinadora",
    "pt": "Cocoordenadora",
}
# Fictional people, two per group, drawn in order.
COORDINATORS = [
    "Awa Ndiaye",
    "Lucía Quispe",
    "Mei-Ling Tan",
    "Jonas Keller",
    "Aroha Williams",
    "Fatou Camara",
    "Rafael Moreira",
    "Priya Raman",
    "Hélène Dubois",
    "Tomasi Vula",
    "Amina Yusuf",
    "Diego Herrera",
    "Sun-hee Park",
    "Ingrid Larsen",
    "Kofi Mensah",
    "Ana Beatriz Souza",
    "Ravi Thapa",
    "Claire Martin",
    "Noa Hamilton",
    "Zanele Dlamini",
    "Carmen Rojas",
    "Hiroshi Sato",
    "Marta Nowak",
    "Leilani Kealoha",
    "Youssef Benali",
    "Valentina Cruz",
    "Arjun Mehta",
    "Sophie Laurent",
    "Tevita Fifita",
    "Grace Otieno",
    "Miguel Ángel Torres",
    "Nguyen Thi Lan",
    "Elena Rossi",
    "Mereani Tuilagi",
]


# Organisations ----------------------------------------------------------------------------------


@dataclass
class OrganisationContent:
    slug: str
    name: str  # in its own language
    acronym: str
    kind: str
    country: str  # ISO 3166, "" for continental and international bodies
    continent: str = ""  # UN M49, for continental bodies
    member_since: int | None = None
    groups: tuple = ()
    logo: str = ""  # a colour: the organisation has a generated logo
    summary: str = ""


ORGANISATIONS = [
    # Africa
    OrganisationContent(
        "raess",
        "Réseau Africain de l’Économie Sociale et Solidaire",
        "RAESS",
        "continental-network",
        "",
        "002",
        2010,
        ("africa", "informal-workers", "food-sovereignty"),
        "#1b5e20",
        "The continental network of African SSE networks.",
    ),
    OrganisationContent(
        "reness",
        "Réseau National de l’ESS du Sénégal",
        "RENESS",
        "national-network",
        "SN",
        "",
        2012,
        ("africa", "women", "local-development"),
        "#e65100",
        "Senegal's national network of SSE actors.",
    ),
    OrganisationContent(
        "remess",
        "Réseau Marocain de l’Économie Sociale et Solidaire",
        "REMESS",
        "national-network",
        "MA",
        "",
        2011,
        ("africa", "youth"),
        "",
        "Morocco's national SSE network.",
    ),
    OrganisationContent(
        "kessen",
        "Kenya Social Solidarity Economy Network",
        "KESSEN",
        "national-network",
        "KE",
        "",
        2016,
        ("africa", "informal-workers"),
        "",
        "Kenyan cooperatives, self-help groups and informal workers' associations.",
    ),
    OrganisationContent(
        "remes",
        "Rede Moçambicana de Economia Solidária",
        "REMES",
        "national-network",
        "MZ",
        "",
        2018,
        ("africa", "food-sovereignty"),
        "",
        "Mozambican farmers' associations and savings groups.",
    ),
    OrganisationContent(
        "ugft",
        "Union des groupements de femmes de Thiès",
        "UGFT",
        "local-network",
        "SN",
        "",
        2019,
        ("women", "ethical-finance"),
        "#6a1b9a",
        "Women's savings and processing groups around Thiès.",
    ),
    OrganisationContent(
        "sasef",
        "South African Solidarity Economy Forum",
        "SASEF",
        "national-network",
        "ZA",
        "",
        2014,
        ("africa", "social-protection"),
        "",
        "Cooperatives, stokvels and community organisations of South Africa.",
    ),
    OrganisationContent(
        "paiwa",
        "Pan-African Informal Workers Alliance",
        "PAIWA",
        "allied-movement",
        "",
        "002",
        None,
        ("informal-workers", "social-protection"),
        "",
        "Street vendors, waste pickers and domestic workers across Africa.",
    ),
    # Americas
    OrganisationContent(
        "relaces",
        "Red Latinoamericana y del Caribe de Economía Solidaria",
        "RELACES",
        "continental-network",
        "",
        "019",
        2010,
        ("americas", "local-development"),
        "#0d47a1",
        "The continental network of Latin American and Caribbean SSE networks.",
    ),
    OrganisationContent(
        "fbes-demo",
        "Fórum Brasileiro de Economia Solidária",
        "FBES",
        "national-network",
        "BR",
        "",
        2010,
        ("americas", "local-development", "ethical-finance"),
        "#2e7d32",
        "Brazil's forum of solidarity economy enterprises, support bodies and public managers.",
    ),
    OrganisationContent(
        "gresp",
        "Grupo Red de Economía Solidaria del Perú",
        "GRESP",
        "national-network",
        "PE",
        "",
        2013,
        ("americas", "indigenous-peoples"),
        "",
        "Peru's network of solidarity economy organisations.",
    ),
    OrganisationContent(
        "rqes",
        "Réseau québécois d’économie solidaire",
        "RQES",
        "national-network",
        "CA",
        "",
        2011,
        ("americas", "environment"),
        "",
        "Quebec's network of cooperatives, non-profits and community enterprises.",
    ),
    OrganisationContent(
        "ussea",
        "US Solidarity Economy Alliance",
        "USSEA",
        "national-network",
        "US",
        "",
        2015,
        ("americas", "youth"),
        "",
        "Worker co-ops, community land trusts and credit unions of the United States.",
    ),
    OrganisationContent(
        "resob",
        "Red de Economía Solidaria de Bolivia",
        "RESOB",
        "national-network",
        "BO",
        "",
        2017,
        ("indigenous-peoples", "food-sovereignty"),
        "",
        "Bolivian producers' associations and community enterprises.",
    ),
    OrganisationContent(
        "corbo",
        "Cooperativa de Recicladores de Bogotá",
        "CORBO",
        "local-network",
        "CO",
        "",
        2020,
        ("informal-workers", "environment"),
        "#795548",
        "Waste pickers organised as a cooperative in Bogotá.",
    ),
    OrganisationContent(
        "mca",
        "Movimiento Campesino de las Américas",
        "MCA",
        "allied-movement",
        "",
        "019",
        None,
        ("food-sovereignty", "convergence"),
        "",
        "Peasant organisations of the Americas defending food sovereignty.",
    ),
    OrganisationContent(
        "amao",
        "Asociación de Mujeres Artesanas de Oaxaca",
        "AMAO",
        "local-network",
        "MX",
        "",
        2021,
        ("women", "indigenous-peoples"),
        "",
        "Indigenous women artisans selling through their own cooperative.",
    ),
    # Asia
    OrganisationContent(
        "apsec",
        "Asia-Pacific Solidarity Economy Council",
        "APSEC",
        "continental-network",
        "",
        "142",
        2012,
        ("asia", "youth", "sdgs"),
        "#b71c1c",
        "The continental network of Asian SSE networks.",
    ),
    OrganisationContent(
        "psen",
        "Philippine Solidarity Economy Network",
        "PSEN",
        "national-network",
        "PH",
        "",
        2013,
        ("asia", "youth"),
        "",
        "Cooperatives, fair trade groups and social enterprises of the Philippines.",
    ),
    OrganisationContent(
        "ksen",
        "한국사회연대경제네트워크",
        "KSEN",
        "national-network",
        "KR",
        "",
        2015,
        ("asia", "local-development"),
        "",
        "Korea's network of social economy organisations and local governments.",
    ),
    OrganisationContent(
        "ncwf",
        "Nepal Cooperative Women's Forum",
        "NCWF",
        "local-network",
        "NP",
        "",
        2019,
        ("women", "ethical-finance"),
        "",
        "Women's savings and credit cooperatives of Nepal.",
    ),
    OrganisationContent(
        "seni",
        "Solidarity Economy Network of India",
        "SENI",
        "national-network",
        "IN",
        "",
        2014,
        ("asia", "informal-workers", "social-protection"),
        "",
        "Self-employed workers' unions, cooperatives and producer companies of India.",
    ),
    OrganisationContent(
        "jsef",
        "日本連帯経済フォーラム",
        "JSEF",
        "national-network",
        "JP",
        "",
        2016,
        ("asia", "social-protection"),
        "",
        "Japanese workers' cooperatives and community businesses.",
    ),
    OrganisationContent(
        "ipam",
        "Indigenous Peoples' Alliance of the Mekong",
        "IPAM",
        "allied-movement",
        "",
        "142",
        None,
        ("indigenous-peoples", "environment"),
        "",
        "Indigenous communities of the Mekong basin.",
    ),
    # Europe
    OrganisationContent(
        "esen",
        "European Solidarity Economy Network",
        "ESEN",
        "continental-network",
        "",
        "150",
        2010,
        ("europe", "sdgs", "migrants"),
        "#283593",
        "The continental network of European SSE networks.",
    ),
    OrganisationContent(
        "resf",
        "Réseau de l’économie solidaire en France",
        "RESF",
        "national-network",
        "FR",
        "",
        2011,
        ("europe", "local-development"),
        "",
        "French SSE networks, local authorities and citizens' initiatives.",
    ),
    OrganisationContent(
        "redes",
        "Red Española de Economía Solidaria",
        "REDES",
        "national-network",
        "ES",
        "",
        2012,
        ("europe", "ethical-finance", "migrants"),
        "",
        "Spanish networks of alternative and solidarity economy.",
    ),
    OrganisationContent(
        "resit",
        "Rete per l’Economia Solidale in Italia",
        "RESIT",
        "national-network",
        "IT",
        "",
        2015,
        ("europe", "food-sovereignty"),
        "",
        "Solidarity purchasing groups and districts of Italy.",
    ),
    OrganisationContent(
        "sond",
        "Solidarische Ökonomie Netzwerk Deutschland",
        "SÖND",
        "national-network",
        "DE",
        "",
        2017,
        ("europe", "environment"),
        "",
        "German commons, cooperatives and community-supported agriculture.",
    ),
    OrganisationContent(
        "chl",
        "Coopérative Horizons Liège",
        "CHL",
        "local-network",
        "BE",
        "",
        2022,
        ("migrants",),
        "#00695c",
        "A cooperative of migrants and refugees offering catering and training in Liège.",
    ),
    OrganisationContent(
        "efpe",
        "Ethical Finance Platform for Europe",
        "EFPE",
        "platform",
        "",
        "150",
        None,
        ("ethical-finance", "convergence"),
        "",
        "Ethical banks, solidarity investors and regulators working together.",
    ),
    # Oceania
    OrganisationContent(
        "pisen",
        "Pacific Islands Solidarity Economy Network",
        "PISEN",
        "continental-network",
        "",
        "009",
        2014,
        ("oceania", "environment"),
        "#01579b",
        "The network of SSE organisations of the Pacific Islands.",
    ),
    OrganisationContent(
        "acen",
        "Aotearoa Community Economies Network",
        "ACEN",
        "national-network",
        "NZ",
        "",
        2016,
        ("oceania", "indigenous-peoples"),
        "",
        "Māori and community enterprises of Aotearoa New Zealand.",
    ),
    OrganisationContent(
        "assen",
        "Australian Social and Solidarity Economy Network",
        "ASSEN",
        "national-network",
        "AU",
        "",
        2018,
        ("oceania", "youth"),
        "",
        "Australian cooperatives, mutuals and social enterprises.",
    ),
    OrganisationContent(
        "fwcf",
        "Fiji Women's Cooperative Federation",
        "FWCF",
        "local-network",
        "FJ",
        "",
        2020,
        ("women", "oceania"),
        "",
        "Women's handicraft and fishing cooperatives of Fiji.",
    ),
    # International
    OrganisationContent(
        "gpte",
        "Global Platform for Transformative Economies",
        "GPTE",
        "platform",
        "",
        "",
        None,
        ("convergence", "sdgs"),
        "#4a148c",
        "A multi-stakeholder platform of transformative-economy movements.",
    ),
    OrganisationContent(
        "cjc",
        "Climate Justice Coalition for a Just Transition",
        "CJC",
        "allied-movement",
        "",
        "",
        None,
        ("environment", "convergence"),
        "",
        "Trade unions, environmental and social movements for a just transition.",
    ),
]


# Events --------------------------------------------------------------------------------------


@dataclass
class EventContent:
    slug: str
    title: str
    summary: str
    arena: str
    arena_name: str
    days_from_now: int  # the start, counted from the day the demo is built
    length_days: int = 0  # the end date's distance from the start date
    hours: tuple = ()  # (start "HH:MM", end "HH:MM"); empty: whole days
    time_zone: str = "UTC"
    place: str = ""
    country: str = ""
    online: bool = False
    groups: tuple = ()
    organisers: tuple = ()


EVENTS = [
    EventContent(
        "hlpf-side-event",
        "The SSE and the SDGs: side event at the High-Level Political Forum",
        "Member networks show how SSE public policies localise the Sustainable Development Goals.",
        "international",
        "UN High-Level Political Forum",
        40,
        0,
        ("13:15", "14:45"),
        "America/New_York",
        "United Nations Headquarters, New York",
        "US",
        False,
        ("sdgs", "local-development"),
        ("esen", "raess"),
    ),
    EventContent(
        "cop-just-transition",
        "Solidarity economy answers to the climate crisis",
        "Two days of exchanges on a just transition led by cooperatives and communities.",
        "international",
        "UN Climate Change Conference (COP)",
        75,
        1,
        (),
        "America/Belem",
        "Hangar Convention Centre, Belém",
        "BR",
        False,
        ("environment", "convergence"),
        ("cjc", "fbes-demo"),
    ),
    EventContent(
        "webinar-social-protection",
        "Webinar: social protection for informal workers",
        "How mutual health schemes and cooperatives extend social protection to informal workers.",
        "webinar",
        "",
        12,
        0,
        ("14:00", "15:30"),
        "UTC",
        "",
        "",
        True,
        ("social-protection", "informal-workers"),
        ("paiwa", "seni"),
    ),
    EventContent(
        "cooperatives-day",
        "International Day of Cooperatives",
        "A day of actions and messages on social media by member networks on every continent.",
        "campaign-day",
        "International Day of Cooperatives",
        55,
        0,
        (),
        "UTC",
        "",
        "",
        True,
        ("convergence",),
        ("gpte",),
    ),
    EventContent(
        "africa-sse-forum",
        "Africa SSE Forum",
        "The continental forum of African SSE networks, with ministers and local governments.",
        "regional-forum",
        "Africa SSE Forum",
        100,
        2,
        (),
        "Africa/Dakar",
        "Centre international de conférences, Dakar",
        "SN",
        False,
        ("africa", "women"),
        ("raess", "reness"),
    ),
    EventContent(
        "cfs-plenary",
        "SSE voices at the Committee on World Food Security",
        "Our position on public procurement from family farms and solidarity markets.",
        "international",
        "Committee on World Food Security",
        150,
        0,
        ("09:00", "18:00"),
        "Europe/Rome",
        "FAO headquarters, Rome",
        "IT",
        False,
        ("food-sovereignty",),
        ("mca", "resit"),
    ),
    EventContent(
        "webinar-ethical-finance",
        "Webinar: ethical finance for local development",
        "Solidarity finance tools that local governments can support.",
        "webinar",
        "",
        20,
        0,
        ("16:00", "17:30"),
        "America/Sao_Paulo",
        "",
        "",
        True,
        ("ethical-finance", "local-development"),
        ("efpe", "fbes-demo"),
    ),
    EventContent(
        "asia-youth-assembly",
        "Youth SSE assembly of Asia",
        "Young cooperators of Asia prepare their proposals for the region's governments.",
        "regional-forum",
        "Asian SSE Youth Assembly",
        60,
        0,
        ("09:00", "17:00"),
        "Asia/Manila",
        "Quezon City",
        "PH",
        False,
        ("youth", "asia"),
        ("apsec", "psen"),
    ),
    EventContent(
        "csw-caucus",
        "Women's caucus at the Commission on the Status of Women",
        "Women of the SSE bring their demands on care and economic rights.",
        "international",
        "UN Commission on the Status of Women",
        120,
        0,
        ("10:00", "11:30"),
        "America/New_York",
        "Church Center for the United Nations, New York",
        "US",
        False,
        ("women",),
        ("ugft", "amao"),
    ),
    EventContent(
        "pacific-gathering",
        "Pacific SSE gathering",
        "Networks of the Pacific Islands share their work on climate adaptation.",
        "regional-forum",
        "Pacific SSE Gathering",
        -30,
        0,
        (),
        "Pacific/Fiji",
        "Suva",
        "FJ",
        False,
        ("oceania", "environment"),
        ("pisen", "fwcf"),
    ),
    EventContent(
        "webinar-migrants",
        "Webinar: migrants' cooperatives in Europe",
        "Cooperatives founded by migrants and refugees, and the policies that help them.",
        "webinar",
        "",
        -14,
        0,
        ("17:00", "18:30"),
        "Europe/Brussels",
        "",
        "",
        True,
        ("migrants", "europe"),
        ("chl", "redes"),
    ),
    EventContent(
        "permanent-forum",
        "Indigenous peoples and the SSE at the Permanent Forum",
        "Indigenous community enterprises and the right to their own economies.",
        "international",
        "UN Permanent Forum on Indigenous Issues",
        -200,
        0,
        ("13:00", "14:30"),
        "America/New_York",
        "United Nations Headquarters, New York",
        "US",
        False,
        ("indigenous-peoples",),
        ("ipam", "gresp"),
    ),
    EventContent(
        "general-assembly",
        "General assembly of the network",
        "Member networks review the strategic plan and elect the board.",
        "network-meeting",
        "",
        -365,
        2,
        (),
        "America/Toronto",
        "Quebec City",
        "CA",
        False,
        ("convergence",),
        ("rqes",),
    ),
    EventContent(
        "latin-america-policy-forum",
        "Latin American SSE public policy forum",
        "Local governments and SSE networks co-construct public policy.",
        "regional-forum",
        "Latin American SSE Policy Forum",
        -90,
        1,
        (),
        "America/Lima",
        "Lima",
        "PE",
        False,
        ("americas", "local-development"),
        ("relaces", "gresp"),
    ),
    EventContent(
        "procurement-campaign-day",
        "Campaign day: public procurement for the SSE",
        "Members ask their governments to buy from SSE enterprises.",
        "campaign-day",
        "",
        -60,
        0,
        (),
        "UTC",
        "",
        "",
        True,
        ("local-development",),
        ("resf",),
    ),
    EventContent(
        "webinar-sdg-localisation",
        "Webinar: localising the SDGs with local governments",
        "Experiences of municipalities that built their SDG plans with SSE networks.",
        "webinar",
        "",
        -7,
        0,
        ("10:00", "11:30"),
        "Europe/Paris",
        "",
        "",
        True,
        ("sdgs",),
        ("esen", "resf"),
    ),
]


# Statements and campaigns -------------------------------------------------------------------


@dataclass
class StatementContent:
    slug: str
    title: str
    summary: str
    paragraphs: tuple
    days_from_now: int
    arena_name: str
    event: str = ""  # slug
    signatories: tuple = ()
    groups: tuple = ()


STATEMENTS = [
    StatementContent(
        "sdgs-need-sse",
        "The SDGs need the Social and Solidarity Economy",
        "Member networks and allies ask states to recognise the SSE in their voluntary national reviews.",
        (
            "We, networks of the Social and Solidarity Economy of five continents, call on states to recognise the SSE in their voluntary national reviews.",
            "We ask for SSE public policies co-constructed with our networks at every level of government.",
        ),
        -7,
        "UN High-Level Political Forum",
        "webinar-sdg-localisation",
        ("esen", "raess", "relaces", "apsec", "gpte"),
        ("sdgs",),
    ),
    StatementContent(
        "just-transition",
        "No just transition without the people's economy",
        "A call for climate finance that reaches cooperatives and communities.",
        (
            "Climate finance must reach the cooperatives, mutuals and communities that already care for land and water.",
            "We ask for a just transition decided with workers, peasants and indigenous peoples.",
        ),
        -20,
        "UN Climate Change Conference (COP)",
        "",
        ("cjc", "pisen", "fbes-demo", "sond", "ipam"),
        ("environment", "convergence"),
    ),
    StatementContent(
        "seeds-commons",
        "Seeds are commons",
        "Peasant and SSE organisations defend farmers' rights to save and exchange seeds.",
        (
            "Seeds are the commons of peasant communities, not commodities.",
            "We ask for public procurement from family farms and solidarity markets.",
        ),
        -45,
        "Committee on World Food Security",
        "",
        ("mca", "resit", "remes", "resob"),
        ("food-sovereignty",),
    ),
    StatementContent(
        "social-protection-for-all",
        "Social protection for all workers",
        "Informal workers and SSE networks call for social protection floors that include them.",
        (
            "Social protection must reach the workers of the informal economy.",
            "Mutual health schemes and cooperatives are partners of public social protection.",
        ),
        -60,
        "International Labour Conference",
        "",
        ("paiwa", "seni", "sasef", "kessen", "jsef"),
        ("social-protection", "informal-workers"),
    ),
    StatementContent(
        "women-care-economy",
        "Women of the SSE on the care economy",
        "Women's cooperatives ask for public support for community care.",
        (
            "Care work done by women's cooperatives must be recognised and paid.",
            "We ask for public policies that support community care services.",
        ),
        -100,
        "UN Commission on the Status of Women",
        "",
        ("ugft", "amao", "ncwf", "fwcf", "reness"),
        ("women",),
    ),
    StatementContent(
        "migrants-rights",
        "Migrants build the solidarity economy",
        "Networks in Europe and Africa on the rights of migrant cooperators.",
        (
            "Migrants found cooperatives that create jobs and bring communities together.",
            "We ask for legal status that lets them run their own enterprises.",
        ),
        -14,
        "Global Forum on Migration and Development",
        "webinar-migrants",
        ("chl", "redes", "esen", "remess"),
        ("migrants",),
    ),
]


@dataclass
class CampaignContent:
    slug: str
    title: str
    summary: str
    paragraphs: tuple
    events: tuple
    statements: tuple
    toolkit_terms: tuple  # (taxonomy field, slug): toolkits with that term
    groups: tuple


CAMPAIGNS = [
    CampaignContent(
        "sse-for-the-sdgs",
        "The SSE for the Sustainable Development Goals",
        "A year of advocacy for SSE public policies in the SDG reviews.",
        (
            "From the High-Level Political Forum to local governments, our networks show how the SSE localises the SDGs.",
        ),
        ("hlpf-side-event", "webinar-sdg-localisation"),
        ("sdgs-need-sse",),
        ("themes", "sdgs"),
        ("sdgs", "local-development"),
    ),
    CampaignContent(
        "just-transition-campaign",
        "For a just transition",
        "Climate arenas, statements and toolkits for a transition led by communities.",
        ("Our members bring the people's economy to the climate conferences.",),
        ("cop-just-transition", "pacific-gathering"),
        ("just-transition",),
        ("themes", "environment"),
        ("environment", "convergence"),
    ),
]

# Left in English on purpose, like DELIBERATELY_UNTRANSLATED's stories and toolkits: the
# translation status report shows them as missing in the other languages.
LEFT_IN_ENGLISH = {
    item.slug for items in (ORGANISATIONS, EVENTS, STATEMENTS, CAMPAIGNS) for item in items
} - network_translations.TRANSLATED
