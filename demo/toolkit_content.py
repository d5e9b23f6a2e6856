"""The demo's toolkits: fictional publishers, real kinds of SSE advocacy tools.

Each toolkit has its text in one to four languages; every language version becomes a generated
booklet (PDF unless said otherwise) attached to the page as its own ToolkitFile.
"""

from dataclasses import dataclass, field


@dataclass(frozen=True)
class ToolkitText:
    title: str
    sections: tuple[tuple[str, str], ...]  # (heading, paragraph), each on its own page


@dataclass(frozen=True)
class ToolkitFileSpec:
    language: str
    format: str = "pdf"
    label: str = ""


@dataclass(frozen=True, kw_only=True)
class ToolkitContent:
    slug: str
    title: str
    summary: str
    description: str
    toolkit_type: str
    government_level: str
    publisher: str
    year: int
    licence: str
    work_axis: str
    countries: tuple[str, ...] = ()
    is_international: bool = False
    themes: tuple[str, ...] = ()
    sectors: tuple[str, ...] = ()
    target_groups: tuple[str, ...] = ()
    texts: dict[str, ToolkitText] = field(default_factory=dict)
    extra_files: tuple[ToolkitFileSpec, ...] = ()  # besides one PDF per language

    @property
    def files(self):
        return tuple(ToolkitFileSpec(language) for language in self.texts) + self.extra_files


def text(title, *sections):
    return ToolkitText(title, sections)


EDITABLE = "Editable template (DOCX)"

TOOLKITS = (
    ToolkitContent(
        slug="municipal-sse-council-guide",
        title="Setting up a municipal SSE council: a step-by-step guide",
        summary="How SSE networks and city halls in the Southern Cone created joint councils "
        "that meet every month, share a budget line and co-write local SSE policy.",
        description="Written by member networks after ten years of municipal councils in "
        "Uruguay, Argentina and Brazil, the guide walks through the founding charter, the "
        "election of representatives and the yearly work plan. Two city halls used it to turn "
        "informal round tables into councils written into municipal law.",
        toolkit_type="advocacy-guide",
        government_level="local",
        countries=("UY", "AR", "BR"),
        publisher="Southern Cone Network of Solidarity Municipalities",
        year=2022,
        licence="cc-by-sa-4.0",
        work_axis="public-policy",
        themes=("policy-co-construction", "local-development"),
        texts={
            "en": text(
                "Setting up a municipal SSE council: a step-by-step guide",
                (
                    "Why a joint council",
                    "A municipal SSE council gives cooperatives, associations and mutuals a "
                    "permanent seat where local economic policy is decided. In the cities "
                    "studied, councils with a written mandate, a fixed meeting calendar and a "
                    "small budget line outlived changes of mayor; informal round tables did not.",
                ),
                (
                    "Five steps to a working council",
                    "Map the SSE organisations of the territory; agree a founding charter with "
                    "the mayor's office; elect representatives by sector and neighbourhood; "
                    "adopt a yearly work plan with measurable commitments; publish minutes and a "
                    "short annual report so that residents can follow what the council achieved.",
                ),
            ),
            "fr": text(
                "Créer un conseil municipal de l'ESS : guide pas à pas",
                (
                    "Pourquoi un conseil conjoint",
                    "Un conseil municipal de l'ESS donne aux coopératives, associations et "
                    "mutuelles une place permanente là où se décide la politique économique "
                    "locale. Dans les villes étudiées, les conseils dotés d'un mandat écrit, d'un "
                    "calendrier de réunions et d'une petite ligne budgétaire ont survécu aux "
                    "changements de maire ; les tables rondes informelles, non.",
                ),
                (
                    "Cinq étapes vers un conseil qui fonctionne",
                    "Cartographier les organisations de l'ESS du territoire ; convenir d'une "
                    "charte fondatrice avec la mairie ; élire des représentants par secteur et "
                    "par quartier ; adopter un plan de travail annuel aux engagements "
                    "mesurables ; publier les comptes rendus et un bref rapport annuel.",
                ),
            ),
            "es": text(
                "Crear un consejo municipal de ESS: guía paso a paso",
                (
                    "Por qué un consejo mixto",
                    "Un consejo municipal de economía social y solidaria da a cooperativas, "
                    "asociaciones y mutuales un lugar permanente donde se decide la política "
                    "económica local. Los consejos con mandato escrito, calendario fijo y una "
                    "pequeña partida presupuestaria sobrevivieron a los cambios de intendente; "
                    "las mesas informales, no.",
                ),
                (
                    "Cinco pasos hacia un consejo que funcione",
                    "Mapear las organizaciones de la ESS del territorio; acordar una carta "
                    "fundacional con la intendencia; elegir representantes por sector y por "
                    "barrio; adoptar un plan de trabajo anual con compromisos medibles; publicar "
                    "actas y un breve informe anual para que la ciudadanía siga los resultados.",
                ),
            ),
            "pt": text(
                "Criar um conselho municipal de ESS: guia passo a passo",
                (
                    "Por que um conselho conjunto",
                    "Um conselho municipal de economia solidária dá a cooperativas, associações e "
                    "mútuas um assento permanente onde se decide a política econômica local. Os "
                    "conselhos com mandato escrito, calendário fixo e uma pequena rubrica "
                    "orçamentária sobreviveram às trocas de prefeito; as mesas informais, não.",
                ),
                (
                    "Cinco passos para um conselho que funcione",
                    "Mapear as organizações de ESS do território; pactuar uma carta de fundação "
                    "com a prefeitura; eleger representantes por setor e por bairro; adotar um "
                    "plano de trabalho anual com compromissos mensuráveis; publicar atas e um "
                    "breve relatório anual para que a população acompanhe os resultados.",
                ),
            ),
        },
    ),
    ToolkitContent(
        slug="sse-framework-law-model",
        title="Model framework law on the social and solidarity economy",
        summary="An annotated model of a national SSE framework law: definitions, registration, "
        "a national SSE council, access to public procurement and to finance.",
        description="Drafted by lawyers from five member networks, the model law sets out what "
        "most framework laws adopted since 2010 have in common and where they differ. Each "
        "article comes with a commentary and with the choices left to national legislators. "
        "The Spanish version is also offered as an editable document for drafting sessions.",
        toolkit_type="legal-model",
        government_level="national",
        is_international=True,
        publisher="SSE Policy Exchange",
        year=2021,
        licence="cc-by-4.0",
        work_axis="public-policy",
        themes=("policy-co-construction", "transformative-economies"),
        texts={
            "en": text(
                "Model framework law on the social and solidarity economy",
                (
                    "Article 1: Definition",
                    "The social and solidarity economy is made up of organisations that pursue a "
                    "collective or general interest, are governed democratically, limit the "
                    "distribution of surpluses and keep their reserves indivisible. The law "
                    "names cooperatives, mutuals, associations and foundations, and lets other "
                    "enterprises join when they meet these principles.",
                ),
                (
                    "Article 7: A national SSE council",
                    "A national council brings together elected representatives of SSE "
                    "organisations and of the ministries concerned. It gives opinions on every "
                    "bill that affects the sector, follows a multi-year SSE plan and reports to "
                    "parliament once a year. Half of its seats are reserved for SSE actors.",
                ),
            ),
            "fr": text(
                "Loi-cadre type sur l'économie sociale et solidaire",
                (
                    "Article 1 : Définition",
                    "L'économie sociale et solidaire regroupe des organisations qui poursuivent un "
                    "intérêt collectif ou général, sont gouvernées démocratiquement, limitent la "
                    "distribution des excédents et gardent leurs réserves impartageables. La loi "
                    "cite les coopératives, mutuelles, associations et fondations.",
                ),
                (
                    "Article 7 : Un conseil national de l'ESS",
                    "Un conseil national réunit des représentants élus des organisations de l'ESS "
                    "et des ministères concernés. Il rend un avis sur tout projet de loi touchant "
                    "le secteur, suit un plan pluriannuel de l'ESS et rend compte chaque année au "
                    "parlement. La moitié des sièges revient aux acteurs de l'ESS.",
                ),
            ),
            "es": text(
                "Ley marco modelo de economía social y solidaria",
                (
                    "Artículo 1: Definición",
                    "La economía social y solidaria está formada por organizaciones que persiguen "
                    "un interés colectivo o general, se gobiernan democráticamente, limitan el "
                    "reparto de excedentes y mantienen sus reservas como irrepartibles. La ley "
                    "nombra a cooperativas, mutuales, asociaciones y fundaciones.",
                ),
                (
                    "Artículo 7: Un consejo nacional de ESS",
                    "Un consejo nacional reúne a representantes electos de las organizaciones de "
                    "la ESS y de los ministerios involucrados. Opina sobre todo proyecto de ley "
                    "que afecte al sector, sigue un plan plurianual y rinde cuentas al "
                    "parlamento cada año. La mitad de los asientos corresponde a la ESS.",
                ),
            ),
        },
        extra_files=(ToolkitFileSpec("es", "docx", EDITABLE),),
    ),
    ToolkitContent(
        slug="reserved-procurement-brief",
        title="Reserving public contracts for SSE enterprises",
        summary="Why and how national and city governments can reserve part of their purchases "
        "for cooperatives and work-integration enterprises, with legal options that respect "
        "procurement rules.",
        description="The brief compares reserved lots, social clauses and direct awards below "
        "thresholds in Colombia and Spain. It was presented to a parliamentary committee in "
        "Bogotá and to purchasing officers of three Spanish regions.",
        toolkit_type="policy-brief",
        government_level="national",
        countries=("CO", "ES"),
        publisher="Ibero-American SSE Procurement Observatory",
        year=2023,
        licence="cc-by-4.0",
        work_axis="public-policy",
        themes=("local-development", "policy-co-construction"),
        target_groups=("informal-workers",),
        texts={
            "en": text(
                "Reserving public contracts for SSE enterprises",
                (
                    "What reservation means",
                    "A reserved contract is open only to a defined group of bidders, such as "
                    "work-integration enterprises or cooperatives of people who were excluded "
                    "from employment. Bidders still compete on price and quality among "
                    "themselves, so the public buyer keeps value for money.",
                ),
                (
                    "Three legal options",
                    "Governments can reserve whole lots, add social clauses that score local "
                    "employment and democratic governance, or award small contracts directly "
                    "below legal thresholds. The brief recommends starting with cleaning, "
                    "catering and green-space maintenance, where SSE suppliers already exist.",
                ),
            ),
            "es": text(
                "Reservar contratos públicos para empresas de la ESS",
                (
                    "Qué significa reservar",
                    "Un contrato reservado solo está abierto a un grupo definido de oferentes, "
                    "como empresas de inserción o cooperativas de personas excluidas del empleo. "
                    "Las ofertas siguen compitiendo en precio y calidad entre sí, de modo que el "
                    "comprador público conserva la buena relación calidad-precio.",
                ),
                (
                    "Tres opciones jurídicas",
                    "Los gobiernos pueden reservar lotes completos, añadir cláusulas sociales que "
                    "puntúen el empleo local y la gestión democrática, o adjudicar directamente "
                    "contratos menores. La nota recomienda empezar por limpieza, comedores y "
                    "mantenimiento de espacios verdes.",
                ),
            ),
        },
    ),
    ToolkitContent(
        slug="recycling-cooperative-contract-template",
        title="Service contract template between a municipality and a recycling cooperative",
        summary="An editable contract that pays recycling cooperatives for the collection "
        "service they provide, not only for the materials they sell.",
        description="Negotiated by recycling cooperatives and two municipalities on the River "
        "Plate, the template sets a monthly fee per household served, health and safety "
        "duties on both sides, and a joint committee that reviews the service each quarter.",
        toolkit_type="legal-model",
        government_level="local",
        countries=("UY", "CL"),
        publisher="Alliance of Recycling Cooperatives of the River Plate",
        year=2020,
        licence="cc0-1.0",
        work_axis="public-policy",
        themes=("environment", "local-development"),
        sectors=("social-protection",),
        target_groups=("informal-workers",),
        texts={
            "es": text(
                "Contrato tipo de servicio entre un municipio y una cooperativa de reciclaje",
                (
                    "Cláusula 3: Remuneración del servicio",
                    "El municipio paga a la cooperativa una suma mensual por cada hogar atendido "
                    "por la recolección selectiva, revisada cada año según el índice de precios. "
                    "La venta de los materiales recuperados sigue siendo ingreso propio de la "
                    "cooperativa.",
                ),
                (
                    "Cláusula 8: Salud y seguridad",
                    "El municipio entrega equipos de protección, vacunas y un lugar de "
                    "clasificación techado. La cooperativa organiza la formación de sus "
                    "integrantes y lleva el registro de accidentes, que se revisa en el comité "
                    "mixto trimestral.",
                ),
            ),
            "en": text(
                "Service contract template: municipality and recycling cooperative",
                (
                    "Clause 3: Paying for the service",
                    "The municipality pays the cooperative a monthly sum for each household "
                    "served by separate collection, updated every year with the price index. "
                    "Income from selling the recovered materials remains the cooperative's own.",
                ),
                (
                    "Clause 8: Health and safety",
                    "The municipality provides protective equipment, vaccinations and a covered "
                    "sorting site. The cooperative trains its members and keeps an accident "
                    "register, which the joint committee reviews every quarter.",
                ),
            ),
        },
        extra_files=(ToolkitFileSpec("es", "docx", EDITABLE),),
    ),
    ToolkitContent(
        slug="community-bank-handbook",
        title="Launching a community development bank and local currency",
        summary="A handbook from Brazil's north-east on community banks that lend at low cost "
        "and issue a local currency accepted by neighbourhood shops.",
        description="Community banks in the north-east of Brazil wrote this handbook for "
        "neighbourhood associations that want to start their own. It covers the community "
        "assembly, the credit committee, the printing and backing of a local currency and the "
        "partnership with a public bank.",
        toolkit_type="training-material",
        government_level="local",
        countries=("BR",),
        publisher="North-East Network of Community Banks",
        year=2019,
        licence="cc-by-nc-sa-4.0",
        work_axis="information-and-tools",
        themes=("local-development", "transformative-economies"),
        sectors=("ethical-finance",),
        target_groups=("women",),
        texts={
            "pt": text(
                "Criar um banco comunitário de desenvolvimento e uma moeda social",
                (
                    "A assembleia do bairro",
                    "O banco nasce de uma assembleia de moradores que define quem pode tomar "
                    "crédito, a que taxa e com que garantias. O aval solidário entre vizinhos "
                    "substitui as garantias exigidas pelos bancos comerciais.",
                ),
                (
                    "A moeda social circulante",
                    "Cada cédula de moeda social é lastreada em reais depositados no banco. Os "
                    "comerciantes que a aceitam oferecem descontos, e o dinheiro gasto no bairro "
                    "volta a circular nele em vez de sair para as grandes redes.",
                ),
            ),
            "en": text(
                "Launching a community development bank and local currency",
                (
                    "The neighbourhood assembly",
                    "The bank is born in an assembly of residents who decide who may borrow, at "
                    "what rate and with what guarantees. Solidarity guarantees between "
                    "neighbours replace the collateral that commercial banks require.",
                ),
                (
                    "The local currency",
                    "Every note of local currency is backed by reais deposited with the bank. "
                    "Shops that accept it offer discounts, and money spent in the neighbourhood "
                    "keeps circulating there instead of leaving for supermarket chains.",
                ),
            ),
        },
    ),
    ToolkitContent(
        slug="womens-savings-groups-manual",
        title="Running a women's savings and credit group: trainer's manual",
        summary="A trainer's manual for savings groups of twenty to thirty women: weekly "
        "meetings, a locked cash box, a solidarity fund and records that everyone can read.",
        description="Trainers from women's unions in Senegal and Burkina Faso wrote the manual "
        "in French and tested it with groups where few members read. It uses coloured tokens "
        "and spoken record-keeping, and ends with a session on federating groups into a mutual.",
        toolkit_type="training-material",
        government_level="local",
        countries=("SN", "BF"),
        publisher="West African Women's SSE Platform",
        year=2021,
        licence="cc-by-sa-4.0",
        work_axis="information-and-tools",
        themes=("local-development",),
        sectors=("ethical-finance", "social-protection"),
        target_groups=("women", "informal-workers"),
        texts={
            "fr": text(
                "Animer un groupement d'épargne et de crédit de femmes : manuel du formateur",
                (
                    "Séance 2 : La caisse à trois clés",
                    "L'épargne est gardée dans une caisse fermée par trois cadenas dont les clés "
                    "sont confiées à trois membres différents. La caisse n'est ouverte qu'en "
                    "réunion, devant toutes, et chaque dépôt est annoncé à voix haute.",
                ),
                (
                    "Séance 5 : Le fonds de solidarité",
                    "Chaque membre verse une petite somme fixe à chaque réunion dans un fonds "
                    "séparé, qui aide sans intérêt celles qui font face à une maladie, un décès ou "
                    "une mauvaise récolte. Le groupe décide ensemble des règles d'attribution.",
                ),
            ),
            "en": text(
                "Running a women's savings and credit group: trainer's manual",
                (
                    "Session 2: The three-key cash box",
                    "Savings are kept in a box closed by three padlocks whose keys are held by "
                    "three different members. The box is opened only at meetings, in front of "
                    "everyone, and each deposit is announced aloud.",
                ),
                (
                    "Session 5: The solidarity fund",
                    "Each member pays a small fixed sum at every meeting into a separate fund "
                    "that helps, without interest, those facing illness, a death or a poor "
                    "harvest. The group decides together how the fund is used.",
                ),
            ),
        },
    ),
    ToolkitContent(
        slug="informal-workers-social-protection-brief",
        title="Extending social protection to informal workers through mutuals",
        summary="How mutual health funds run by informal workers' organisations can be linked "
        "to national social insurance, with examples from the Philippines, Kenya and South "
        "Africa.",
        description="The brief draws on the experience of mutuals of street vendors, "
        "motorcycle-taxi riders and market porters. It proposes a subsidised contribution paid "
        "through the mutual, recognised by the national health insurer.",
        toolkit_type="policy-brief",
        government_level="national",
        countries=("PH", "KE", "ZA"),
        publisher="Asia Solidarity Economy Learning Circle",
        year=2023,
        licence="cc-by-4.0",
        work_axis="international-advocacy",
        themes=("sdgs",),
        sectors=("social-protection",),
        target_groups=("informal-workers",),
        texts={
            "en": text(
                "Extending social protection to informal workers through mutuals",
                (
                    "The gap",
                    "Most informal workers earn too much to qualify for social assistance and "
                    "too irregularly to pay monthly insurance contributions. Mutuals run by "
                    "their own organisations collect small, frequent contributions that match "
                    "daily incomes.",
                ),
                (
                    "Recommendations",
                    "Recognise member-run mutuals as collecting agents of national health "
                    "insurance; subsidise part of the contribution for the lowest incomes; count "
                    "days of contribution rather than months; and give mutuals a seat on the "
                    "insurer's board.",
                ),
            ),
        },
    ),
    ToolkitContent(
        slug="domestic-workers-cooperative-guide",
        title="Starting a domestic workers' cooperative",
        summary="A practical guide for domestic workers who want to own their agency: "
        "setting fair rates, sharing clients, and providing sick pay and training to members.",
        description="Written with domestic workers' cooperatives in California and Mexico City, "
        "the guide explains how to register, how to price services so that members earn a "
        "living wage, and how to negotiate with unions and city programmes.",
        toolkit_type="training-material",
        government_level="local",
        countries=("US", "MX"),
        publisher="Cooperative Care Workers' Network",
        year=2022,
        licence="cc-by-nc-sa-4.0",
        work_axis="alliances",
        themes=("transformative-economies",),
        sectors=("social-protection",),
        target_groups=("women", "migrants", "informal-workers"),
        texts={
            "en": text(
                "Starting a domestic workers' cooperative",
                (
                    "Setting fair rates",
                    "Start from the yearly income members need, add social contributions, "
                    "training, insurance and the cooperative's costs, then divide by the hours "
                    "members can really work. Publish the rate so that clients know why it is "
                    "higher than the informal market.",
                ),
                (
                    "Sharing work fairly",
                    "A rota decided in the members' meeting shares new clients, and a small "
                    "part of every hour paid goes into a fund for sick days and holidays. "
                    "Disputes with clients are handled by the cooperative, never by the worker "
                    "alone.",
                ),
            ),
            "es": text(
                "Cómo crear una cooperativa de trabajadoras del hogar",
                (
                    "Fijar tarifas justas",
                    "Partan del ingreso anual que necesitan las socias, sumen cotizaciones, "
                    "formación, seguros y gastos de la cooperativa, y dividan entre las horas "
                    "que realmente pueden trabajar. Publiquen la tarifa para que la clientela "
                    "entienda por qué es más alta que en el mercado informal.",
                ),
                (
                    "Repartir el trabajo con justicia",
                    "Un turno decidido en asamblea reparte a la nueva clientela, y una parte de "
                    "cada hora pagada alimenta un fondo para días de enfermedad y vacaciones. "
                    "Los conflictos con la clientela los atiende la cooperativa, nunca la "
                    "trabajadora sola.",
                ),
            ),
        },
    ),
    ToolkitContent(
        slug="csa-municipal-partnerships",
        title="Community-supported agriculture partnerships with municipalities",
        summary="How community-supported agriculture groups and town halls can work together: "
        "municipal land for new farmers, delivery points in public buildings and CSA baskets "
        "for low-income households.",
        description="Prepared by a French network of community-supported agriculture groups "
        "with partners in Belgium and Italy, the guide collects the agreements signed with "
        "town halls and explains how to propose one.",
        toolkit_type="advocacy-guide",
        government_level="local",
        countries=("FR", "BE", "IT"),
        publisher="Terres Partagées, network of CSA groups",
        year=2020,
        licence="cc-by-sa-4.0",
        work_axis="public-policy",
        themes=("environment", "local-development"),
        sectors=("food-sovereignty",),
        texts={
            "fr": text(
                "AMAP et collectivités : construire des partenariats",
                (
                    "Du foncier pour installer des paysans",
                    "Plusieurs communes ont mis en location, à bail rural environnemental, des "
                    "terres dont elles étaient propriétaires. L'AMAP garantit au nouveau paysan "
                    "un revenu par les contrats de ses adhérents dès la première saison.",
                ),
                (
                    "Des paniers solidaires",
                    "Le centre communal d'action sociale prend en charge une partie du prix du "
                    "panier pour les foyers à faibles revenus, qui deviennent adhérents comme "
                    "les autres et participent aux distributions et aux visites de ferme.",
                ),
            ),
            "en": text(
                "Community-supported agriculture and local councils: building partnerships",
                (
                    "Land for new farmers",
                    "Several town halls have leased land they own to new farmers under "
                    "environmental leases. The CSA group guarantees the farmer an income from "
                    "its members' contracts from the very first season.",
                ),
                (
                    "Solidarity baskets",
                    "The municipal social services pay part of the basket price for low-income "
                    "households, who join as full members and take part in distributions and "
                    "farm visits like everyone else.",
                ),
            ),
        },
    ),
    ToolkitContent(
        slug="participatory-sse-mapping",
        title="Mapping the SSE in your territory: a participatory method",
        summary="A method and spreadsheet model for mapping the cooperatives, associations and "
        "informal collectives of a territory with the people who run them.",
        description="The method has been used in a dozen cities on four continents. Volunteers "
        "and SSE organisations fill in a shared form; the results feed an open map and the "
        "evidence that networks bring to local governments.",
        toolkit_type="data-tool",
        government_level="local",
        is_international=True,
        publisher="SSE Policy Exchange",
        year=2022,
        licence="cc-by-sa-4.0",
        work_axis="information-and-tools",
        themes=("local-development", "sdgs"),
        texts={
            "en": text(
                "Mapping the SSE in your territory: a participatory method",
                (
                    "What to record",
                    "For each initiative record its legal or informal form, activity, number of "
                    "members and workers, share of women and young people, and whether it "
                    "wants to appear on the public map. Keep personal data out of the open "
                    "version.",
                ),
                (
                    "Mapping days",
                    "Pair an SSE organisation with a volunteer who knows the neighbourhood, and "
                    "visit initiatives during their working hours. A mapping day ends with a "
                    "shared meal where the first results are read aloud and corrected.",
                ),
            ),
            "fr": text(
                "Cartographier l'ESS de votre territoire : une méthode participative",
                (
                    "Ce qu'il faut relever",
                    "Pour chaque initiative, notez sa forme juridique ou informelle, son "
                    "activité, le nombre de membres et de salariés, la part de femmes et de "
                    "jeunes, et si elle souhaite figurer sur la carte publique. Les données "
                    "personnelles restent hors de la version ouverte.",
                ),
                (
                    "Les journées de cartographie",
                    "Associez une organisation de l'ESS à un bénévole qui connaît le quartier et "
                    "rendez visite aux initiatives pendant leurs heures d'activité. La journée "
                    "se termine par un repas partagé où les premiers résultats sont lus et "
                    "corrigés.",
                ),
            ),
            "es": text(
                "Mapear la ESS de tu territorio: un método participativo",
                (
                    "Qué registrar",
                    "De cada iniciativa registren su forma jurídica o informal, su actividad, el "
                    "número de integrantes y de trabajadores, la proporción de mujeres y "
                    "jóvenes, y si quiere aparecer en el mapa público. Los datos personales "
                    "quedan fuera de la versión abierta.",
                ),
                (
                    "Las jornadas de mapeo",
                    "Formen parejas entre una organización de la ESS y una persona voluntaria "
                    "que conozca el barrio, y visiten las iniciativas en su horario de trabajo. "
                    "La jornada termina con una comida compartida donde se leen y corrigen los "
                    "primeros resultados.",
                ),
            ),
            "pt": text(
                "Mapear a ESS do seu território: um método participativo",
                (
                    "O que registrar",
                    "Para cada iniciativa, registrem a forma jurídica ou informal, a atividade, o "
                    "número de membros e de trabalhadores, a proporção de mulheres e jovens, e "
                    "se ela quer aparecer no mapa público. Os dados pessoais ficam fora da "
                    "versão aberta.",
                ),
                (
                    "Os dias de mapeamento",
                    "Formem duplas entre uma organização de ESS e um voluntário que conheça o "
                    "bairro, e visitem as iniciativas no horário em que funcionam. O dia termina "
                    "com uma refeição partilhada em que os primeiros resultados são lidos e "
                    "corrigidos.",
                ),
            ),
        },
        extra_files=(ToolkitFileSpec("en", "docx", "Survey form (DOCX)"),),
    ),
    ToolkitContent(
        slug="fair-trade-school-canteens-campaign",
        title="Fair and solidarity trade in school canteens: campaign kit",
        summary="Posters, a letter to mayors and a step-by-step plan for a campaign to bring "
        "fair-trade and local cooperative products into school canteens.",
        description="Fair-trade networks in France, Burkina Faso and Peru ran the campaign "
        "together, linking producers' cooperatives with the canteens of partner towns. The kit "
        "includes the letter sent to mayors and the calendar of the campaign week.",
        toolkit_type="campaign-kit",
        government_level="local",
        countries=("FR", "BF", "PE"),
        publisher="Fair Canteens Campaign Coalition",
        year=2024,
        licence="cc-by-nc-4.0",
        work_axis="alliances",
        themes=("sdgs", "transformative-economies"),
        sectors=("food-sovereignty",),
        target_groups=("youth",),
        texts={
            "fr": text(
                "Commerce équitable et solidaire dans les cantines : kit de campagne",
                (
                    "Lettre aux maires",
                    "Madame la Maire, Monsieur le Maire, les enfants de votre commune prennent "
                    "chaque jour un repas préparé par la cantine. Nous vous proposons d'y "
                    "introduire, dès la rentrée, des produits issus de coopératives paysannes "
                    "d'ici et d'ailleurs, payés à un prix juste.",
                ),
                (
                    "La semaine de campagne",
                    "Lundi, une classe rencontre un producteur par visioconférence ; mercredi, "
                    "un menu équitable est servi ; vendredi, les parents et les élus sont "
                    "invités à goûter et à signer l'engagement de la commune.",
                ),
            ),
            "es": text(
                "Comercio justo y solidario en los comedores escolares: kit de campaña",
                (
                    "Carta a las autoridades municipales",
                    "Cada día, los niños y niñas de su municipio almuerzan en el comedor escolar. "
                    "Les proponemos incorporar, desde el próximo año lectivo, productos de "
                    "cooperativas campesinas de aquí y de otros países, pagados a un precio "
                    "justo.",
                ),
                (
                    "La semana de campaña",
                    "El lunes, un curso conversa con un productor por videollamada; el "
                    "miércoles se sirve un menú de comercio justo; el viernes se invita a "
                    "familias y autoridades a probarlo y a firmar el compromiso del municipio.",
                ),
            ),
        },
    ),
    ToolkitContent(
        slug="indigenous-led-enterprises-case-studies",
        title="Indigenous-led enterprises: eight case studies",
        summary="Eight enterprises owned and governed by indigenous communities, from Andean "
        "textile networks to Pacific fisheries, and what public policy helped or hindered them.",
        description="Each case study was written with the community concerned and approved by "
        "its own governing body before publication. The collection ends with policy lessons on "
        "land rights, collective ownership and access to public markets.",
        toolkit_type="case-studies",
        government_level="international",
        countries=("BO", "GT", "IN", "NZ", "AU"),
        publisher="SSE Policy Exchange",
        year=2023,
        licence="cc-by-nc-4.0",
        work_axis="information-and-tools",
        themes=("transformative-economies", "environment"),
        target_groups=("indigenous-peoples",),
        texts={
            "en": text(
                "Indigenous-led enterprises: eight case studies",
                (
                    "How the cases were written",
                    "Each community chose what to tell and who would tell it. Drafts were read "
                    "aloud in community assemblies, corrected, and approved by the community's "
                    "own authorities. Figures were provided by the enterprises themselves.",
                ),
                (
                    "Policy lessons",
                    "Enterprises thrived where collective land rights were secure and where "
                    "public buyers accepted collective ownership. They struggled where "
                    "registration forms assumed an individual owner and where credit required "
                    "land titles the community could not pledge.",
                ),
            ),
            "es": text(
                "Empresas lideradas por pueblos indígenas: ocho estudios de caso",
                (
                    "Cómo se escribieron los casos",
                    "Cada comunidad eligió qué contar y quién lo contaría. Los borradores se "
                    "leyeron en asambleas comunitarias, se corrigieron y fueron aprobados por "
                    "las propias autoridades de la comunidad.",
                ),
                (
                    "Lecciones para las políticas públicas",
                    "Las empresas prosperaron donde los derechos colectivos sobre la tierra "
                    "estaban asegurados y donde los compradores públicos aceptaban la propiedad "
                    "colectiva. Tuvieron dificultades donde los registros suponían un dueño "
                    "individual.",
                ),
            ),
        },
    ),
    ToolkitContent(
        slug="youth-cooperative-starter-kit",
        title="Youth cooperative starter kit",
        summary="Six workshops for groups of young people who want to start a cooperative: "
        "from the idea and the first members to statutes, a simple budget and a first client.",
        description="Youth cooperatives in Tunisia, Kenya and Indonesia tested the workshops "
        "with groups of fifteen to twenty-five year olds. Facilitators' notes explain how to "
        "run each workshop in half a day with no equipment but a flip chart.",
        toolkit_type="training-material",
        government_level="national",
        countries=("TN", "KE", "ID"),
        publisher="Youth Cooperative Exchange",
        year=2024,
        licence="cc-by-sa-4.0",
        work_axis="information-and-tools",
        themes=("local-development",),
        target_groups=("youth",),
        texts={
            "en": text(
                "Youth cooperative starter kit",
                (
                    "Workshop 1: From an idea to a group",
                    "Participants list the skills in the room and the needs of their "
                    "neighbourhood, then look for matches. A cooperative starts when at least "
                    "five people commit to the same project and agree how decisions will be "
                    "made.",
                ),
                (
                    "Workshop 4: A first budget",
                    "Using real prices collected by the group, participants build a budget for "
                    "the first six months: equipment, materials, registration fees and what "
                    "each member needs to earn. They leave with a list of three possible first "
                    "clients.",
                ),
            ),
            "fr": text(
                "Kit de démarrage des coopératives de jeunes",
                (
                    "Atelier 1 : De l'idée au groupe",
                    "Les participants listent les compétences présentes dans la salle et les "
                    "besoins de leur quartier, puis cherchent les correspondances. Une "
                    "coopérative démarre quand au moins cinq personnes s'engagent sur le même "
                    "projet et s'accordent sur la façon de décider.",
                ),
                (
                    "Atelier 4 : Un premier budget",
                    "À partir de prix réels relevés par le groupe, les participants construisent "
                    "le budget des six premiers mois : matériel, fournitures, frais "
                    "d'enregistrement et revenu nécessaire à chaque membre.",
                ),
            ),
        },
    ),
    ToolkitContent(
        slug="sse-and-sdg-localisation",
        title="The SSE and the localisation of the Sustainable Development Goals",
        summary="A brief for local and regional governments on using SSE organisations to "
        "deliver and report on the Sustainable Development Goals in their territory.",
        description="Prepared for a global meeting of local governments, the brief shows how "
        "cooperatives and associations already deliver services counted under several SDGs, "
        "and proposes indicators for voluntary local reviews.",
        toolkit_type="policy-brief",
        government_level="international",
        is_international=True,
        publisher="SSE Policy Exchange",
        year=2021,
        licence="cc-by-4.0",
        work_axis="international-advocacy",
        themes=("sdgs", "local-development"),
        texts={
            "en": text(
                "The SSE and the localisation of the Sustainable Development Goals",
                (
                    "Why it matters",
                    "Most of the SDG targets depend on services delivered locally: water, "
                    "food, care, waste, housing. SSE organisations deliver many of them on a "
                    "not-for-profit basis and under democratic control, which makes their "
                    "results easier to report.",
                ),
                (
                    "Indicators for local reviews",
                    "We propose four indicators for voluntary local reviews: jobs in SSE "
                    "organisations, share of public purchasing from the SSE, number of "
                    "residents who are members of a cooperative or mutual, and existence of a "
                    "joint SSE council.",
                ),
            ),
            "fr": text(
                "L'ESS et la localisation des Objectifs de développement durable",
                (
                    "Pourquoi c'est important",
                    "La plupart des cibles des ODD dépendent de services rendus localement : "
                    "eau, alimentation, soins, déchets, logement. Les organisations de l'ESS en "
                    "assurent beaucoup, sans but lucratif et sous contrôle démocratique.",
                ),
                (
                    "Des indicateurs pour les revues locales",
                    "Nous proposons quatre indicateurs : emplois dans l'ESS, part des achats "
                    "publics auprès de l'ESS, nombre d'habitants membres d'une coopérative ou "
                    "d'une mutuelle, et existence d'un conseil conjoint de l'ESS.",
                ),
            ),
            "es": text(
                "La ESS y la localización de los Objetivos de Desarrollo Sostenible",
                (
                    "Por qué importa",
                    "La mayoría de las metas de los ODS dependen de servicios prestados "
                    "localmente: agua, alimentación, cuidados, residuos, vivienda. Las "
                    "organizaciones de la ESS prestan muchos de ellos sin fines de lucro y bajo "
                    "control democrático.",
                ),
                (
                    "Indicadores para los informes locales",
                    "Proponemos cuatro indicadores: empleo en la ESS, parte de las compras "
                    "públicas a la ESS, número de habitantes socios de una cooperativa o mutual, "
                    "y existencia de un consejo mixto de ESS.",
                ),
            ),
        },
    ),
    ToolkitContent(
        slug="african-sse-advocacy-agenda",
        title="A continental advocacy agenda for the SSE in Africa",
        summary="Ten priorities agreed by national SSE networks from across Africa, to be "
        "carried to the African Union, regional economic communities and national governments.",
        description="The agenda was adopted at a continental forum after a year of national "
        "consultations. It covers framework laws, informal economy, women's access to finance, "
        "youth employment and food sovereignty, with a timetable of advocacy moments.",
        toolkit_type="advocacy-guide",
        government_level="continental",
        countries=("SN", "CM", "MA", "TN", "KE", "ZA", "BF"),
        publisher="Pan-African SSE Advocacy Platform",
        year=2022,
        licence="cc-by-sa-4.0",
        work_axis="international-advocacy",
        themes=("policy-co-construction", "sdgs"),
        sectors=("food-sovereignty", "social-protection"),
        target_groups=("women", "youth", "informal-workers"),
        texts={
            "fr": text(
                "Un agenda continental de plaidoyer pour l'ESS en Afrique",
                (
                    "Nos dix priorités",
                    "Parmi les priorités retenues : une loi-cadre de l'ESS dans chaque pays, la "
                    "reconnaissance des organisations de l'économie informelle, un accès des "
                    "femmes au crédit sans garantie foncière, et des marchés publics ouverts aux "
                    "coopératives de jeunes.",
                ),
                (
                    "Le calendrier du plaidoyer",
                    "Chaque sous-région a ses spécificités et ses acteurs clés. L'agenda fixe, "
                    "pour chacune, les rendez-vous où porter ces priorités : sommets "
                    "régionaux, sessions parlementaires et revues nationales des ODD.",
                ),
            ),
            "en": text(
                "A continental advocacy agenda for the SSE in Africa",
                (
                    "Our ten priorities",
                    "Among the priorities agreed: an SSE framework law in every country, "
                    "recognition of informal economy organisations, access to credit for women "
                    "without land collateral, and public procurement open to youth "
                    "cooperatives.",
                ),
                (
                    "The advocacy calendar",
                    "Each sub-region has its own specificities and key actors. For each one, the "
                    "agenda lists the moments to carry these priorities: regional summits, "
                    "parliamentary sessions and national SDG reviews.",
                ),
            ),
            "pt": text(
                "Uma agenda continental de advocacy para a ESS em África",
                (
                    "As nossas dez prioridades",
                    "Entre as prioridades acordadas: uma lei-quadro da ESS em cada país, o "
                    "reconhecimento das organizações da economia informal, o acesso das "
                    "mulheres ao crédito sem garantia de terra, e compras públicas abertas às "
                    "cooperativas de jovens.",
                ),
                (
                    "O calendário de advocacy",
                    "Cada sub-região tem as suas especificidades e os seus atores-chave. A "
                    "agenda indica, para cada uma, os momentos em que levar estas prioridades: "
                    "cimeiras regionais, sessões parlamentares e revisões nacionais dos ODS.",
                ),
            ),
        },
    ),
    ToolkitContent(
        slug="latin-american-sse-policy-tracker",
        title="Latin American SSE public policy tracker",
        summary="A spreadsheet and method for following SSE laws, programmes and budgets across "
        "ten Latin American countries, updated each year by national networks.",
        description="National networks update the tracker every March. It records laws and "
        "decrees, the government office in charge, the yearly budget and whether SSE "
        "organisations take part in a formal dialogue body.",
        toolkit_type="data-tool",
        government_level="continental",
        countries=("AR", "BO", "BR", "CL", "CO", "EC", "GT", "MX", "PE", "UY"),
        publisher="Latin American SSE Policy Observatory",
        year=2024,
        licence="cc-by-4.0",
        work_axis="information-and-tools",
        themes=("policy-co-construction",),
        texts={
            "es": text(
                "Monitor de políticas públicas de ESS en América Latina",
                (
                    "Qué registra el monitor",
                    "Para cada país: leyes y decretos vigentes, organismo responsable, "
                    "presupuesto anual ejecutado, existencia de un espacio formal de diálogo con "
                    "la ESS y número de organizaciones registradas.",
                ),
                (
                    "Cómo se actualiza",
                    "Cada marzo, la red nacional revisa su fila con fuentes oficiales y la "
                    "comparte con la red regional, que verifica la coherencia y publica la "
                    "nueva versión con un resumen de los cambios del año.",
                ),
            ),
            "pt": text(
                "Monitor de políticas públicas de ESS na América Latina",
                (
                    "O que o monitor registra",
                    "Para cada país: leis e decretos em vigor, órgão responsável, orçamento "
                    "anual executado, existência de um espaço formal de diálogo com a ESS e "
                    "número de organizações registradas.",
                ),
                (
                    "Como é atualizado",
                    "Todo mês de março, a rede nacional revisa sua linha com fontes oficiais e a "
                    "compartilha com a rede regional, que verifica a coerência e publica a nova "
                    "versão com um resumo das mudanças do ano.",
                ),
            ),
        },
    ),
    ToolkitContent(
        slug="asia-social-protection-dialogue",
        title="Social protection for informal workers in Asia: a regional dialogue",
        summary="Case studies and joint recommendations from a regional dialogue between "
        "informal workers' cooperatives, mutuals and labour ministries in five Asian countries.",
        description="The dialogue brought together home-based workers, street vendors, "
        "fisherfolk and waste pickers with officials from labour and health ministries. Its "
        "recommendations were carried to a regional ministerial meeting.",
        toolkit_type="case-studies",
        government_level="continental",
        countries=("PH", "IN", "NP", "ID", "KR"),
        publisher="Asia Solidarity Economy Learning Circle",
        year=2024,
        licence="cc-by-sa-4.0",
        work_axis="international-advocacy",
        themes=("sdgs",),
        sectors=("social-protection",),
        target_groups=("informal-workers", "women"),
        texts={
            "en": text(
                "Social protection for informal workers in Asia: a regional dialogue",
                (
                    "Who took part",
                    "Fifty-two delegates from cooperatives and mutuals of home-based workers, "
                    "street vendors, fisherfolk and waste pickers met officials from labour and "
                    "health ministries for three days of structured dialogue.",
                ),
                (
                    "Joint recommendations",
                    "Delegates and officials agreed on portable benefits that follow workers "
                    "between jobs, on enrolment through member-based organisations, and on "
                    "maternity benefits for women in informal work.",
                ),
            ),
        },
    ),
    ToolkitContent(
        slug="cooperatives-with-migrants-guide",
        title="Cooperatives with and for migrants: a guide for municipalities",
        summary="How municipalities can support cooperatives founded by migrants: recognising "
        "foreign qualifications, opening incubators and removing barriers to registration.",
        description="Based on migrant-led cooperatives in Lisbon, Valparaíso and Barcelona, "
        "the guide lists the administrative obstacles migrants meet when starting a "
        "cooperative and what city halls did to remove them.",
        toolkit_type="advocacy-guide",
        government_level="local",
        countries=("PT", "CL", "ES"),
        publisher="Solidarity Cities Migration Network",
        year=2023,
        licence="cc-by-sa-4.0",
        work_axis="alliances",
        themes=("local-development", "transformative-economies"),
        target_groups=("migrants", "women"),
        texts={
            "en": text(
                "Cooperatives with and for migrants: a guide for municipalities",
                (
                    "Obstacles to remove",
                    "Migrant founders told us about registration forms that require a national "
                    "identity number, bank accounts refused without a residence card, and "
                    "qualifications that are not recognised. Each obstacle has a municipal "
                    "workaround described in this guide.",
                ),
                (
                    "A cooperative incubator",
                    "An incubator offers a shared kitchen or workshop, legal advice in several "
                    "languages and a first contract with the city. In the cities studied, most "
                    "cooperatives that went through one were still active three years later.",
                ),
            ),
            "pt": text(
                "Cooperativas com e para migrantes: guia para municípios",
                (
                    "Obstáculos a remover",
                    "As pessoas migrantes fundadoras falaram-nos de formulários que exigem um "
                    "número de identificação nacional, contas bancárias recusadas sem "
                    "autorização de residência e qualificações não reconhecidas. Cada obstáculo "
                    "tem uma solução municipal descrita neste guia.",
                ),
                (
                    "Uma incubadora de cooperativas",
                    "Uma incubadora oferece uma cozinha ou oficina partilhada, apoio jurídico em "
                    "várias línguas e um primeiro contrato com a câmara municipal.",
                ),
            ),
        },
    ),
    ToolkitContent(
        slug="public-guarantees-ethical-finance",
        title="Public guarantees for ethical finance",
        summary="A policy note proposing public guarantee funds that let ethical banks and "
        "solidarity savings cooperatives lend to SSE enterprises without excessive collateral.",
        description="Written in French by ethical finance cooperatives from Belgium and France, "
        "with an Ecuadorian savings cooperative federation, the note compares three guarantee "
        "schemes and their default rates.",
        toolkit_type="policy-brief",
        government_level="national",
        countries=("BE", "FR", "EC"),
        publisher="European Ethical Finance Cooperative Forum",
        year=2021,
        licence="all-rights-reserved",
        work_axis="public-policy",
        themes=("transformative-economies",),
        sectors=("ethical-finance",),
        texts={
            "fr": text(
                "Des garanties publiques pour la finance éthique",
                (
                    "Le problème des garanties",
                    "Les entreprises de l'ESS ont peu de fonds propres et des actifs souvent "
                    "collectifs. Les banques éthiques qui leur prêtent doivent immobiliser des "
                    "réserves importantes, ce qui limite le nombre de projets financés.",
                ),
                (
                    "Trois modèles de fonds de garantie",
                    "La note compare un fonds régional couvrant la moitié du risque, une "
                    "contre-garantie nationale des coopératives d'épargne et un fonds abondé par "
                    "l'épargne solidaire des citoyens. Les taux de défaut observés restent "
                    "inférieurs à ceux du crédit aux petites entreprises.",
                ),
            ),
        },
    ),
    ToolkitContent(
        slug="local-sse-council-bylaws",
        title="Bylaws template for a local SSE council",
        summary="Editable bylaws for a council of SSE organisations that advises a city or "
        "district government: membership, elections, quorum and the right to be consulted.",
        description="Adapted from bylaws used by district SSE councils in Seoul and in Quebec, "
        "the template is offered as an editable document so that councils can fill in their "
        "own names, numbers and procedures.",
        toolkit_type="legal-model",
        government_level="local",
        countries=("KR", "CA"),
        publisher="SSE Policy Exchange",
        year=2022,
        licence="cc0-1.0",
        work_axis="public-policy",
        themes=("policy-co-construction",),
        texts={
            "en": text(
                "Bylaws template for a local SSE council",
                (
                    "Article 3: Membership",
                    "Any cooperative, mutual, association or social enterprise with its "
                    "registered office or main activity in the district may join the council. "
                    "Informal collectives may join as observers until they register.",
                ),
                (
                    "Article 9: Right to be consulted",
                    "The district government submits to the council, at least thirty days in "
                    "advance, every draft plan, budget line or procurement policy that concerns "
                    "the social economy. The council's opinion is published with the decision.",
                ),
            ),
            "fr": text(
                "Modèle de règlement pour un conseil local de l'ESS",
                (
                    "Article 3 : Membres",
                    "Toute coopérative, mutuelle, association ou entreprise sociale ayant son "
                    "siège ou son activité principale dans l'arrondissement peut adhérer au "
                    "conseil. Les collectifs informels y participent comme observateurs.",
                ),
                (
                    "Article 9 : Droit d'être consulté",
                    "L'arrondissement soumet au conseil, au moins trente jours à l'avance, tout "
                    "projet de plan, de ligne budgétaire ou de politique d'achat concernant "
                    "l'économie sociale. L'avis du conseil est publié avec la décision.",
                ),
            ),
        },
        extra_files=(
            ToolkitFileSpec("en", "docx", EDITABLE),
            ToolkitFileSpec("fr", "docx", "Modèle modifiable (DOCX)"),
        ),
    ),
    ToolkitContent(
        slug="social-procurement-training",
        title="Social procurement for municipal buyers: training course",
        summary="A one-day course for municipal purchasing officers on buying from social "
        "economy enterprises, with exercises based on real tender documents.",
        description="A Canadian social procurement lab designed the course with purchasing "
        "officers from three cities. Exercises ask participants to rewrite a tender for "
        "catering so that social enterprises can bid.",
        toolkit_type="training-material",
        government_level="local",
        countries=("CA",),
        publisher="Canadian Social Procurement Lab",
        year=2023,
        licence="cc-by-nc-sa-4.0",
        work_axis="information-and-tools",
        themes=("local-development",),
        target_groups=("indigenous-peoples",),
        texts={
            "en": text(
                "Social procurement for municipal buyers: training course",
                (
                    "Module 1: What you are allowed to do",
                    "Most municipal procurement rules already allow social criteria, set-aside "
                    "contracts below thresholds and contracts with Indigenous-owned businesses. "
                    "This module walks through the clauses that buyers most often believe are "
                    "forbidden, and are not.",
                ),
                (
                    "Module 3: Rewriting a tender",
                    "Working in pairs, participants take a real catering tender and split it "
                    "into lots, lower the turnover requirement, add a social value criterion "
                    "worth fifteen per cent of the score and plan a meeting with potential "
                    "suppliers.",
                ),
            ),
            "fr": text(
                "Achats sociaux pour les acheteurs municipaux : formation",
                (
                    "Module 1 : Ce que vous avez le droit de faire",
                    "La plupart des règles d'achat municipales permettent déjà des critères "
                    "sociaux, des contrats réservés sous les seuils et des contrats avec des "
                    "entreprises autochtones. Ce module passe en revue les clauses que les "
                    "acheteurs croient interdites et qui ne le sont pas.",
                ),
                (
                    "Module 3 : Réécrire un appel d'offres",
                    "En binômes, les participants reprennent un vrai appel d'offres de "
                    "restauration : découpage en lots, seuil de chiffre d'affaires abaissé, "
                    "critère de valeur sociale pesant quinze pour cent de la note.",
                ),
            ),
        },
        extra_files=(ToolkitFileSpec("en", "docx", "Exercises (DOCX)"),),
    ),
    ToolkitContent(
        slug="climate-justice-sse-campaign",
        title="Climate justice and the SSE: a joint campaign kit",
        summary="A kit for joint actions by SSE networks and climate movements: shared demands, "
        "a model press release and ideas for public events on energy, food and waste.",
        description="Produced with climate justice groups for a week of action, the kit "
        "proposes three shared demands on community energy, agroecology and zero-waste "
        "cooperatives, and a model press release to adapt locally.",
        toolkit_type="campaign-kit",
        government_level="international",
        is_international=True,
        publisher="SSE Policy Exchange",
        year=2023,
        licence="cc-by-sa-4.0",
        work_axis="alliances",
        themes=("environment", "transformative-economies"),
        sectors=("food-sovereignty",),
        target_groups=("youth",),
        texts={
            "en": text(
                "Climate justice and the SSE: a joint campaign kit",
                (
                    "Three shared demands",
                    "Public support for citizen-owned renewable energy cooperatives; public "
                    "procurement of agroecological food from farmers' cooperatives; and "
                    "municipal waste contracts for recycling cooperatives, which cut emissions "
                    "and create decent work.",
                ),
                (
                    "Model press release",
                    "Today, climate groups and social and solidarity economy networks stand "
                    "together in [city] to show that the transition can be fair: energy, food "
                    "and waste services owned and run by the people who use them.",
                ),
            ),
            "fr": text(
                "Justice climatique et ESS : kit de campagne commune",
                (
                    "Trois revendications communes",
                    "Un soutien public aux coopératives citoyennes d'énergie renouvelable ; des "
                    "achats publics d'alimentation agroécologique auprès de coopératives "
                    "paysannes ; des contrats municipaux de gestion des déchets confiés aux "
                    "coopératives de recyclage.",
                ),
                (
                    "Communiqué de presse type",
                    "Aujourd'hui, les mouvements pour le climat et les réseaux de l'économie "
                    "sociale et solidaire se retrouvent à [ville] pour montrer que la transition "
                    "peut être juste.",
                ),
            ),
            "es": text(
                "Justicia climática y ESS: kit de campaña conjunta",
                (
                    "Tres demandas comunes",
                    "Apoyo público a las cooperativas ciudadanas de energía renovable; compras "
                    "públicas de alimentos agroecológicos a cooperativas campesinas; y contratos "
                    "municipales de residuos para las cooperativas de reciclaje.",
                ),
                (
                    "Comunicado de prensa modelo",
                    "Hoy, los movimientos por el clima y las redes de economía social y "
                    "solidaria se reúnen en [ciudad] para mostrar que la transición puede ser "
                    "justa.",
                ),
            ),
        },
    ),
    ToolkitContent(
        slug="feminist-economy-workshops",
        title="Feminist economics and the SSE: a guide for joint workshops",
        summary="A facilitation guide for workshops that bring feminist organisations and SSE "
        "networks together around care work, unpaid labour and women's leadership.",
        description="Feminist collectives and SSE networks from Latin America designed the "
        "workshops. They start from a time-use exercise and end with joint proposals on public "
        "care services run by cooperatives.",
        toolkit_type="training-material",
        government_level="international",
        is_international=True,
        publisher="Feminist Solidarity Economy Collective",
        year=2022,
        licence="cc-by-nc-sa-4.0",
        work_axis="alliances",
        themes=("transformative-economies",),
        sectors=("social-protection",),
        target_groups=("women",),
        texts={
            "es": text(
                "Economía feminista y ESS: guía para talleres conjuntos",
                (
                    "Ejercicio del reloj",
                    "Cada participante dibuja un reloj de veinticuatro horas y colorea el tiempo "
                    "dedicado al trabajo pagado, al trabajo de cuidados no pagado y al descanso. "
                    "La comparación entre hombres y mujeres abre la conversación.",
                ),
                (
                    "Propuestas conjuntas",
                    "El taller termina con propuestas para que los gobiernos locales financien "
                    "servicios de cuidado gestionados por cooperativas, con salarios dignos para "
                    "quienes cuidan.",
                ),
            ),
            "en": text(
                "Feminist economics and the SSE: a guide for joint workshops",
                (
                    "The clock exercise",
                    "Each participant draws a twenty-four hour clock and colours the time spent "
                    "on paid work, unpaid care work and rest. Comparing the clocks of men and "
                    "women opens the conversation.",
                ),
                (
                    "Joint proposals",
                    "The workshop ends with proposals for local governments to fund care "
                    "services run by cooperatives, with decent pay for the people who provide "
                    "care.",
                ),
            ),
            "pt": text(
                "Economia feminista e ESS: guia para oficinas conjuntas",
                (
                    "O exercício do relógio",
                    "Cada participante desenha um relógio de vinte e quatro horas e pinta o "
                    "tempo dedicado ao trabalho pago, ao trabalho de cuidado não pago e ao "
                    "descanso. A comparação entre homens e mulheres abre a conversa.",
                ),
                (
                    "Propostas conjuntas",
                    "A oficina termina com propostas para que os governos locais financiem "
                    "serviços de cuidado geridos por cooperativas, com remuneração digna para "
                    "quem cuida.",
                ),
            ),
        },
    ),
    ToolkitContent(
        slug="trade-unions-and-sse",
        title="Trade unions and the SSE: building common advocacy",
        summary="How trade unions and SSE networks can campaign together on worker buyouts, "
        "platform cooperatives and the rights of workers in cooperatives.",
        description="Union federations and SSE networks from Argentina, South Africa, the "
        "United States and Italy compare their joint campaigns, including negotiated worker "
        "buyouts of closing firms.",
        toolkit_type="advocacy-guide",
        government_level="national",
        countries=("AR", "ZA", "US", "IT"),
        publisher="Labour and Solidarity Economy Dialogue",
        year=2021,
        licence="cc-by-sa-4.0",
        work_axis="alliances",
        themes=("transformative-economies",),
        sectors=("social-protection",),
        target_groups=("informal-workers",),
        texts={
            "en": text(
                "Trade unions and the SSE: building common advocacy",
                (
                    "Common ground",
                    "Unions and cooperatives both exist to give working people a voice. Where "
                    "they cooperated, unions helped workers buy closing firms, and cooperatives "
                    "opened their books to union representatives.",
                ),
                (
                    "Joint demands",
                    "A right of first refusal for workers when a firm is sold or closed, "
                    "severance pay usable as start-up capital for a cooperative, and social "
                    "protection for members of worker cooperatives equal to that of employees.",
                ),
            ),
            "es": text(
                "Sindicatos y ESS: construir una incidencia común",
                (
                    "Un terreno común",
                    "Sindicatos y cooperativas existen para dar voz a quienes trabajan. Donde "
                    "cooperaron, los sindicatos ayudaron a recuperar empresas en cierre y las "
                    "cooperativas abrieron sus cuentas a la representación sindical.",
                ),
                (
                    "Demandas conjuntas",
                    "Derecho de preferencia de los trabajadores cuando una empresa se vende o "
                    "cierra, indemnizaciones utilizables como capital inicial de una "
                    "cooperativa y protección social para las personas socias de cooperativas "
                    "de trabajo.",
                ),
            ),
        },
    ),
    ToolkitContent(
        slug="local-food-councils-brief",
        title="Local food councils and the SSE: policy options",
        summary="Policy options for cities that want a food council in which farmers' "
        "cooperatives, community kitchens and consumers help set local food policy.",
        description="The brief compares food councils in Canada, Brazil and Senegal, and the "
        "powers they hold over school meals, market halls and land. It closes with a model "
        "municipal resolution.",
        toolkit_type="policy-brief",
        government_level="local",
        countries=("CA", "BR", "SN"),
        publisher="Cities for Food Sovereignty",
        year=2025,
        licence="cc-by-4.0",
        work_axis="public-policy",
        themes=("local-development", "environment"),
        sectors=("food-sovereignty",),
        texts={
            "en": text(
                "Local food councils and the SSE: policy options",
                (
                    "What a food council can decide",
                    "The strongest councils advise on school meal purchasing, manage market "
                    "halls and propose uses for public land. Weaker ones only organise events. "
                    "The difference lies in the resolution that created them.",
                ),
                (
                    "A model resolution",
                    "The city council establishes a food council of twenty members, at least "
                    "half from farmers' cooperatives, community kitchens and consumer groups, "
                    "and consults it on every food procurement above a set amount.",
                ),
            ),
            "pt": text(
                "Conselhos municipais de segurança alimentar e ESS: opções de política",
                (
                    "O que um conselho pode decidir",
                    "Os conselhos mais fortes opinam sobre as compras da alimentação escolar, "
                    "gerem mercados públicos e propõem usos para terras públicas. A diferença "
                    "está na lei municipal que os criou.",
                ),
                (
                    "Um modelo de resolução",
                    "A câmara municipal cria um conselho de vinte membros, pelo menos metade "
                    "vindos de cooperativas de agricultores, cozinhas comunitárias e grupos de "
                    "consumidores, consultado sobre toda compra pública de alimentos.",
                ),
            ),
        },
    ),
    ToolkitContent(
        slug="worker-buyouts-legal-pathways",
        title="Worker buyouts and recovered enterprises: legal pathways",
        summary="The legal routes by which workers can take over a closing or bankrupt firm as "
        "a cooperative, compared across Argentina, Italy and France.",
        description="Lawyers who accompanied recovered enterprises describe the bankruptcy, "
        "lease and purchase routes, the role of courts and public funds, and the pitfalls that "
        "ended some recoveries.",
        toolkit_type="legal-model",
        government_level="national",
        countries=("AR", "IT", "FR"),
        publisher="Recovered Enterprises Legal Clinic",
        year=2020,
        licence="cc-by-nc-4.0",
        work_axis="information-and-tools",
        themes=("transformative-economies",),
        texts={
            "es": text(
                "Empresas recuperadas: caminos jurídicos",
                (
                    "Tres caminos",
                    "Los trabajadores pueden pedir al juez de la quiebra la continuidad de la "
                    "explotación, alquilar las instalaciones con opción de compra o comprar la "
                    "empresa con sus indemnizaciones y préstamos solidarios.",
                ),
                (
                    "Errores que evitar",
                    "Las recuperaciones que fracasaron solían heredar deudas que no les "
                    "correspondían o depender de un único cliente. Conviene separar claramente "
                    "los activos de la nueva cooperativa desde el primer día.",
                ),
            ),
            "en": text(
                "Worker buyouts and recovered enterprises: legal pathways",
                (
                    "Three pathways",
                    "Workers can ask the bankruptcy court to let them keep the business "
                    "running, lease the premises with an option to buy, or buy the firm with "
                    "their severance pay and solidarity loans.",
                ),
                (
                    "Mistakes to avoid",
                    "Recoveries that failed often inherited debts that were not theirs or "
                    "depended on a single client. Separate the new cooperative's assets clearly "
                    "from the first day.",
                ),
            ),
        },
    ),
    ToolkitContent(
        slug="measuring-the-sse-statistics",
        title="Measuring the SSE: a guide for national statistics offices",
        summary="How national statistics offices can count SSE organisations, jobs and value "
        "added, with a satellite-account approach that SSE networks can ask for.",
        description="Statisticians and SSE researchers explain which registers to combine, how "
        "to count informal collectives, and what a first SSE satellite account costs. Networks "
        "used the guide to ask their statistics offices for regular data.",
        toolkit_type="data-tool",
        government_level="national",
        is_international=True,
        publisher="SSE Statistics Working Group",
        year=2025,
        licence="cc-by-4.0",
        work_axis="information-and-tools",
        themes=("sdgs", "policy-co-construction"),
        texts={
            "en": text(
                "Measuring the SSE: a guide for national statistics offices",
                (
                    "Which registers to combine",
                    "Cooperative and mutual registers, association registers, tax records and "
                    "social security records each cover part of the SSE. Matching them on a "
                    "common identifier gives a first count of organisations and paid jobs.",
                ),
                (
                    "Counting the informal part",
                    "Savings groups, informal cooperatives and community kitchens rarely appear "
                    "in registers. A module added to the labour force survey, asking about "
                    "membership of collective enterprises, fills much of the gap.",
                ),
            ),
            "fr": text(
                "Mesurer l'ESS : guide pour les instituts nationaux de statistique",
                (
                    "Quels registres croiser",
                    "Registres des coopératives et mutuelles, des associations, données "
                    "fiscales et de sécurité sociale couvrent chacun une partie de l'ESS. Les "
                    "rapprocher par un identifiant commun donne un premier décompte.",
                ),
                (
                    "Compter la part informelle",
                    "Tontines, coopératives informelles et cuisines communautaires figurent "
                    "rarement dans les registres. Un module ajouté à l'enquête emploi comble une "
                    "grande partie de ce manque.",
                ),
            ),
        },
    ),
    ToolkitContent(
        slug="community-seed-banks",
        title="Community seed banks run as cooperatives",
        summary="How farming communities can keep native seeds in a cooperative seed bank: "
        "collecting, storing, lending seeds and defending farmers' rights to save them.",
        description="Seed guardians from the Andes, eastern India and Nepal wrote the guide "
        "together after exchange visits. It covers storage without electricity, seed loans "
        "repaid in seed, and advocacy on seed laws.",
        toolkit_type="training-material",
        government_level="local",
        countries=("PE", "IN", "NP"),
        publisher="Seed Guardians Exchange",
        year=2021,
        licence="cc-by-sa-4.0",
        work_axis="information-and-tools",
        themes=("environment",),
        sectors=("food-sovereignty",),
        target_groups=("indigenous-peoples", "women"),
        texts={
            "es": text(
                "Bancos comunitarios de semillas gestionados como cooperativas",
                (
                    "Guardar sin electricidad",
                    "Las semillas se secan a la sombra, se guardan en vasijas de barro selladas "
                    "con ceniza y se revisan cada luna nueva. Cada variedad lleva una ficha con "
                    "su origen, la familia que la entregó y el año de cosecha.",
                ),
                (
                    "Prestar semillas",
                    "Una familia recibe semillas en préstamo y devuelve el doble después de la "
                    "cosecha. Así el banco crece cada año y las variedades siguen sembrándose "
                    "en las chacras.",
                ),
            ),
            "en": text(
                "Community seed banks run as cooperatives",
                (
                    "Storing without electricity",
                    "Seeds are dried in the shade, stored in clay jars sealed with ash and "
                    "checked every new moon. Each variety has a card with its origin, the family "
                    "that gave it and the harvest year.",
                ),
                (
                    "Lending seeds",
                    "A family borrows seed and returns twice the amount after harvest. The bank "
                    "grows every year and the varieties stay in the fields.",
                ),
            ),
        },
    ),
    ToolkitContent(
        slug="pacific-community-enterprise-brief",
        title="Community enterprise in the Pacific: policy recommendations",
        summary="Recommendations to Pacific governments on recognising village and customary "
        "enterprises, women's market associations and community fisheries as part of the SSE.",
        description="The brief was prepared for a regional forum of Pacific governments. It "
        "argues that customary and community enterprises need a legal form of their own, and "
        "that market vendors' associations should run municipal markets.",
        toolkit_type="policy-brief",
        government_level="continental",
        countries=("FJ", "NZ", "AU", "WS"),
        publisher="Pacific Community Enterprise Forum",
        year=2024,
        licence="cc-by-4.0",
        work_axis="international-advocacy",
        themes=("local-development", "environment"),
        sectors=("food-sovereignty",),
        target_groups=("women", "indigenous-peoples"),
        texts={
            "en": text(
                "Community enterprise in the Pacific: policy recommendations",
                (
                    "Customary enterprises",
                    "Many Pacific enterprises are owned by a village or clan under customary "
                    "rules. Company law forces them into forms that ignore collective "
                    "ownership. A community enterprise form would let them contract, borrow and "
                    "sell to governments.",
                ),
                (
                    "Markets run by vendors",
                    "Women sell most of the fresh food in Pacific towns. Where vendors' "
                    "associations manage the market with the town council, stalls are cleaner, "
                    "fees are lower and vendors have a say in opening hours.",
                ),
            ),
        },
    ),
    ToolkitContent(
        slug="citizen-shareholding-guide",
        title="Citizen shareholding and crowdfunding for SSE enterprises",
        summary="How cooperatives and social enterprises can raise capital from their members "
        "and neighbours, and what public rules make it safe and simple.",
        description="Cooperatives from Belgium and Portugal share the share offers, community "
        "bonds and crowdfunding campaigns they used, and the rules they ask governments to "
        "adopt to protect small savers.",
        toolkit_type="advocacy-guide",
        government_level="national",
        countries=("BE", "PT"),
        publisher="European Ethical Finance Cooperative Forum",
        year=2024,
        licence="cc-by-sa-4.0",
        work_axis="public-policy",
        themes=("transformative-economies", "local-development"),
        sectors=("ethical-finance",),
        texts={
            "fr": text(
                "Actionnariat citoyen et financement participatif pour l'ESS",
                (
                    "Lever du capital auprès de ses membres",
                    "Une coopérative peut proposer à ses membres et à ses voisins des parts "
                    "sociales de faible montant. Chaque coopérateur garde une voix, quel que "
                    "soit le nombre de parts, ce qui protège le projet d'une prise de contrôle.",
                ),
                (
                    "Ce que nous demandons aux pouvoirs publics",
                    "Une dispense de prospectus pour les petites offres, un avantage fiscal pour "
                    "l'épargne placée dans les coopératives et une plateforme publique qui "
                    "recense les offres vérifiées.",
                ),
            ),
            "pt": text(
                "Acionistas cidadãos e financiamento colaborativo para a ESS",
                (
                    "Angariar capital junto dos membros",
                    "Uma cooperativa pode oferecer aos seus membros e vizinhos títulos de capital "
                    "de pequeno valor. Cada cooperador mantém um voto, seja qual for o número de "
                    "títulos, o que protege o projeto de uma tomada de controlo.",
                ),
                (
                    "O que pedimos aos poderes públicos",
                    "Dispensa de prospeto para pequenas ofertas, um benefício fiscal para a "
                    "poupança aplicada em cooperativas e uma plataforma pública que reúna as "
                    "ofertas verificadas.",
                ),
            ),
        },
    ),
    ToolkitContent(
        slug="un-advocacy-kit",
        title="Speaking up at the United Nations: an advocacy kit for SSE networks",
        summary="How SSE networks can take part in UN processes: which meetings matter, how to "
        "register, how to prepare a two-minute statement and how to follow up at home.",
        description="The kit distils the network's experience of UN commissions, regional "
        "forums and review processes. It includes a calendar template, a model statement and "
        "advice on working with friendly governments and UN agencies.",
        toolkit_type="campaign-kit",
        government_level="international",
        is_international=True,
        publisher="SSE Policy Exchange",
        year=2023,
        licence="cc-by-4.0",
        work_axis="international-advocacy",
        themes=("sdgs", "policy-co-construction"),
        target_groups=("youth", "women", "migrants", "informal-workers", "indigenous-peoples"),
        texts={
            "en": text(
                "Speaking up at the United Nations: an advocacy kit for SSE networks",
                (
                    "Which meetings matter",
                    "Thematic platforms (environment, SDGs, local development), sectoral ones "
                    "(food sovereignty, social protection, ethical finance) and those centred "
                    "on groups (youth, women, migrants, informal workers, indigenous peoples) "
                    "each have their calendar. Choose two a year and prepare them well.",
                ),
                (
                    "A two-minute statement",
                    "Open with one story from a member organisation, state one precise request "
                    "addressed to governments, and end with an offer: what the SSE networks "
                    "will do if the request is met. Send the text to delegations the day before.",
                ),
            ),
            "fr": text(
                "Prendre la parole aux Nations unies : kit de plaidoyer pour les réseaux de l'ESS",
                (
                    "Les rencontres qui comptent",
                    "Il s'agit de promouvoir l'ESS dans les plateformes et arènes internationales "
                    "où participent les États, les agences de l'ONU, les universités et d'autres "
                    "mouvements sociaux. Ces plateformes peuvent être thématiques, sectorielles "
                    "ou centrées sur certains groupes.",
                ),
                (
                    "Une déclaration de deux minutes",
                    "Commencez par l'histoire d'une organisation membre, formulez une demande "
                    "précise adressée aux gouvernements et terminez par une offre : ce que les "
                    "réseaux de l'ESS feront si la demande est satisfaite.",
                ),
            ),
            "es": text(
                "Tomar la palabra en Naciones Unidas: kit de incidencia para redes de ESS",
                (
                    "Las reuniones que importan",
                    "Las plataformas temáticas, sectoriales o centradas en grupos específicos "
                    "tienen cada una su calendario. Elijan dos al año y prepárenlas bien.",
                ),
                (
                    "Una declaración de dos minutos",
                    "Empiecen con la historia de una organización miembro, formulen un pedido "
                    "preciso dirigido a los gobiernos y terminen con una oferta: lo que harán "
                    "las redes de la ESS si el pedido se cumple.",
                ),
            ),
            "pt": text(
                "Tomar a palavra nas Nações Unidas: kit de advocacy para redes de ESS",
                (
                    "As reuniões que importam",
                    "As plataformas temáticas, setoriais ou centradas em grupos específicos têm "
                    "cada uma o seu calendário. Escolham duas por ano e preparem-nas bem.",
                ),
                (
                    "Uma declaração de dois minutos",
                    "Comecem com a história de uma organização membro, formulem um pedido "
                    "preciso dirigido aos governos e terminem com uma oferta: o que as redes de "
                    "ESS farão se o pedido for atendido.",
                ),
            ),
        },
    ),
    ToolkitContent(
        slug="peer-exchange-visits-guide",
        title="Organising peer exchange visits between SSE networks",
        summary="A guide to exchange visits that let SSE practitioners learn from each other "
        "across countries: choosing hosts, preparing questions, and turning visits into tools.",
        description="Drawn from exchange visits between networks on four continents, the guide "
        "covers budgets, interpretation, safeguarding and the short report that each visiting "
        "group writes for the network's library.",
        toolkit_type="training-material",
        government_level="international",
        is_international=True,
        publisher="SSE Policy Exchange",
        year=2025,
        licence="cc-by-sa-4.0",
        work_axis="information-and-tools",
        themes=("transformative-economies", "local-development"),
        target_groups=("youth",),
        texts={
            "en": text(
                "Organising peer exchange visits between SSE networks",
                (
                    "Choosing hosts",
                    "Good hosts are organisations that have solved a problem the visitors still "
                    "face, and that are willing to talk about their failures. Ask hosts what "
                    "they want to learn in return.",
                ),
                (
                    "From visit to tool",
                    "Each visiting group writes a four-page report: what they saw, what they "
                    "will try at home, and one tool or document the hosts agreed to share. The "
                    "reports feed the network's library.",
                ),
            ),
            "fr": text(
                "Organiser des visites d'échange entre réseaux de l'ESS",
                (
                    "Choisir les hôtes",
                    "Les bons hôtes sont des organisations qui ont résolu un problème que les "
                    "visiteurs rencontrent encore, et qui acceptent de parler de leurs échecs. "
                    "Demandez aux hôtes ce qu'ils veulent apprendre en retour.",
                ),
                (
                    "De la visite à l'outil",
                    "Chaque groupe rédige un rapport de quatre pages : ce qu'il a vu, ce qu'il "
                    "essaiera chez lui, et un outil que les hôtes acceptent de partager. Les "
                    "rapports alimentent la bibliothèque du réseau.",
                ),
            ),
            "es": text(
                "Organizar visitas de intercambio entre redes de ESS",
                (
                    "Elegir a quién visitar",
                    "Las buenas anfitrionas son organizaciones que resolvieron un problema que "
                    "las visitantes todavía enfrentan, y que aceptan hablar de sus fracasos. "
                    "Pregunten qué quieren aprender a cambio.",
                ),
                (
                    "De la visita a la herramienta",
                    "Cada grupo visitante escribe un informe de cuatro páginas: qué vio, qué "
                    "probará en casa y una herramienta que las anfitrionas aceptan compartir.",
                ),
            ),
        },
    ),
)
