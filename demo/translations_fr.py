"""French translation of the demo content (see translation_content.py for its shape).

The wording of the work axes follows the network's strategic plan 2021-2023 in French.
"""

from demo.translation_content import (
    AltText,
    LanguagePack,
    SiteTranslation,
    StoryTranslation,
    ToolkitTranslation,
)

SITE = SiteTranslation(
    home_title="SSE Policy Exchange",  # the network's platform keeps its name in every language
    home_introduction=(
        "Le <b>SSE Policy Exchange</b> rassemble des récits du travail local de l'économie "
        "sociale et solidaire et les outils de plaidoyer qui l'accompagnent, pour que les "
        "réseaux de tous les continents apprennent les uns des autres et construisent "
        "conjointement les politiques publiques avec leurs gouvernements.",
        "Ceci est un contenu de démonstration : les organisations, les personnes, les citations "
        "et les chiffres sont fictifs ; les lieux et les types d'activité sont réels.",
    ),
    stories_title="Récits",
    stories_introduction="Le travail local de l'ESS sur tous les continents, raconté par "
    "celles et ceux qui le font vivre.",
    toolkits_title="Boîtes à outils",
    toolkits_introduction="Des outils de plaidoyer qui ont fait leurs preuves quelque part, "
    "prêts à être repris ailleurs.",
)

PHRASES = {
    "What's inside": "Au sommaire",
    "Among the sections:": "Parmi les sections :",
    "In figures": "En chiffres",
    "At a glance": "En bref",
    "The numbers": "Les chiffres clés",
    "SSE Policy Exchange (generated illustration)": "SSE Policy Exchange (illustration générée)",
    "SSE Policy Exchange": "SSE Policy Exchange",
    "Editable template (DOCX)": "Modèle modifiable (DOCX)",
    "Modèle modifiable (DOCX)": "Modèle modifiable (DOCX)",
    "Survey form (DOCX)": "Formulaire d'enquête (DOCX)",
    "Exercises (DOCX)": "Exercices (DOCX)",
}

ALT_TEXT = AltText(
    template="Illustration : {scene}, dans des tons {land}, sous {sky}",
    template_without_sky="Illustration : {scene}, dans des tons {land}",
    scenes={
        "rolling hills with a low sun": "des collines ondulées et un soleil bas",
        "rolling hills with the sun high above": "des collines ondulées et un soleil au zénith",
        "terraced hillsides": "des coteaux en terrasses",
        "a patchwork of ploughed fields": "une mosaïque de champs labourés",
        "a coastline with waves and a headland": "un littoral avec des vagues et un promontoire",
        "a row of small houses with lit windows in front of hills": "une rangée de petites "
        "maisons aux fenêtres éclairées devant des collines",
        "a woven textile pattern of stripes and diamonds": "un motif tissé de rayures et de "
        "losanges",
    },
    lands={
        "dawn": "de vert, du plus tendre au plus profond",
        "dusk": "prune et aubergine",
        "noon": "ocre et olive",
        "rain": "vert d'eau",
        "desert": "terre cuite et rouille",
        "highland": "mousse et kaki",
        "tropic": "de vert tropical éclatant",
        "night": "bleu d'encre",
        "autumn": "corail et rouge brique",
        "lagoon": "bleu lagon",
    },
    skies={
        "dawn": "un ciel pâle d'aube",
        "dusk": "un ciel crépusculaire violet et orangé",
        "noon": "un ciel bleu dégagé",
        "rain": "un ciel gris de saison des pluies",
        "desert": "un ciel ambré et brûlant",
        "highland": "un ciel froid d'altitude",
        "tropic": "un ciel turquoise",
        "night": "un ciel nocturne bleu profond",
        "autumn": "un ciel doré d'automne",
        "lagoon": "un ciel lumineux de bord de mer",
    },
)

STORIES = {
    "montevideo-recycling-cooperative-contract": StoryTranslation(
        title="Payés pour le service, pas seulement pour les déchets : les recycleurs de "
        "Montevideo signent un contrat",
        summary="Une coopérative d'anciens récupérateurs informels collecte désormais les "
        "déchets triés dans quatre quartiers dans le cadre d'un contrat de service municipal, "
        "avec une rémunération mensuelle, des équipements de protection et un hangar de tri "
        "couvert.",
        organisation="Coopérative de recyclage Reciclar Juntos",
        introduction="Pendant des années, les membres de Reciclar Juntos ont tiré leurs "
        "charrettes dans les rues avant l'aube pour revendre ce qu'ils trouvaient à des "
        "intermédiaires, au prix qu'on voulait bien leur donner. Leur travail évitait la "
        "décharge à des tonnes de carton et de plastique, mais personne ne les payait pour cela.",
        sections=(
            (
                "Trois ans de négociation",
                "Soutenue par le réseau national des recycleurs, la coopérative a demandé à la "
                "ville de reconnaître la collecte sélective comme un service public. Après un "
                "projet pilote dans un quartier et une étude des économies réalisées sur les "
                "coûts de mise en décharge, la ville a signé un contrat qui verse une somme "
                "mensuelle par foyer desservi.",
            ),
            (
                "Ce qui a changé pour les membres",
                "Les membres travaillent désormais de jour, portent des équipements de "
                "protection et bénéficient d'une assurance maladie grâce à leurs cotisations. "
                "La vente des matériaux continue d'alimenter la coopérative, qui a commencé à "
                "acheter une petite presse à balles avec ses premières économies.",
            ),
        ),
        quote=(
            "Nous avons toujours fait un travail de service public. Maintenant, la ville "
            "l'écrit noir sur blanc, et elle le paie.",
            "présidente de Reciclar Juntos",
        ),
        figures=(
            ("48", "membres, dont 31 femmes"),
            ("4", "quartiers desservis sous contrat"),
            ("620 t", "de matériaux récupérés la première année"),
        ),
        toolkit_note="Le contrat signé par la coopérative, sous forme de modèle modifiable.",
        caption="Montevideo, où travaille la coopérative de recyclage Reciclar Juntos.",
    ),
    "durban-street-traders-bylaw": StoryTranslation(
        title="Des vendeurs de rue participent à la réécriture du règlement sur le commerce "
        "informel de Durban",
        summary="Une coopérative de vendeurs de rue a obtenu un siège au comité chargé de "
        "réviser les règles municipales du commerce informel, et a remplacé les confiscations "
        "par un système de permis qu'elle a contribué à concevoir.",
        organisation="Coopérative des commerçants de Berea Road",
        introduction="Les commerçants qui vendent des fruits, des herbes et des plats cuisinés "
        "près de la station de taxis perdaient leur marchandise lors de descentes de police "
        "plusieurs fois par an. Beaucoup sont des femmes, et bon nombre viennent de pays "
        "voisins. En 2019, ils ont formé une coopérative pour acheter leurs stocks ensemble et "
        "parler d'une seule voix.",
        sections=(
            (
                "Un siège à la table",
                "Lorsque la municipalité a annoncé la révision de son règlement sur le commerce, "
                "la coopérative a demandé à y participer et a apporté des cartes de chaque étal, "
                "dessinées par les commerçants eux-mêmes. Le règlement révisé crée des permis "
                "renouvelables en ligne et interdit la confiscation des denrées périssables.",
            ),
            (
                "Au-delà du règlement",
                "La coopérative gère aujourd'hui un petit dispositif d'épargne et une caisse "
                "funéraire pour ses membres, et négocie avec la ville des abris et l'eau "
                "courante sur le marché. Son prochain objectif : la reconnaissance des "
                "organisations de commerçants dans le plan provincial de développement "
                "économique.",
            ),
        ),
        quote=(
            "Avant, on nous comptait comme un problème. Notre carte leur a montré quatre cents "
            "petites entreprises qui nourrissent toute la station.",
            "trésorière de la coopérative des commerçants",
        ),
        figures=(
            ("412", "étals cartographiés par les commerçants"),
            ("0", "confiscation depuis l'entrée en vigueur du nouveau règlement"),
            ("70 %", "des membres sont des femmes"),
        ),
        toolkit_note="Comment les mutuelles peuvent faire entrer les travailleurs informels "
        "dans la protection sociale.",
    ),
    "sherbrooke-social-procurement": StoryTranslation(
        title="Une ville québécoise apprend à acheter auprès de l'économie sociale",
        summary="Après une formation de ses agents d'approvisionnement, une ville moyenne du "
        "Québec a divisé ses contrats de restauration et d'entretien ménager en lots plus "
        "petits, et les entreprises d'économie sociale en ont remporté un tiers.",
        organisation="Pôle d'économie sociale de l'Estrie",
        locality="Sherbrooke (Québec)",
        introduction="Le pôle régional d'économie sociale se plaignait depuis longtemps que les "
        "appels d'offres de la ville étaient écrits pour les grandes entreprises. Plutôt "
        "qu'une lettre de plus, il a proposé au service de l'approvisionnement une formation "
        "d'une journée construite à partir des propres documents d'appel d'offres de la ville.",
        sections=(
            (
                "Réécrire les appels d'offres",
                "Les agents d'approvisionnement ont découvert que l'essentiel de ce qu'ils "
                "croyaient interdit était en réalité permis : des lots plus petits, un critère "
                "de valeur sociale et des rencontres avec les fournisseurs avant un appel "
                "d'offres. L'appel d'offres suivant pour la restauration a été divisé en six "
                "lots.",
            ),
            (
                "Les premiers résultats",
                "Une entreprise d'insertion qui forme des jeunes en cuisine approvisionne "
                "désormais deux centres de la petite enfance, et une coopérative de nettoyage a "
                "décroché le contrat des bibliothèques publiques. La ville a depuis inscrit la "
                "valeur sociale dans sa politique d'approvisionnement.",
            ),
        ),
        quote=(
            "Nous n'avions pas besoin de nouvelles règles. Nous avions besoin de relire celles "
            "que nous avions avec des gens qui connaissaient l'économie sociale.",
            "agent d'approvisionnement",
        ),
        figures=(
            ("6", "lots au lieu d'un seul contrat de restauration"),
            ("34 %", "des lots remportés par des entreprises d'économie sociale"),
            ("22", "jeunes en formation employés sur ces contrats"),
        ),
        toolkit_note="La formation suivie par les agents d'approvisionnement, avec ses exercices.",
        caption="Sherbrooke, où travaille le Pôle d'économie sociale de l'Estrie.",
    ),
    "bogota-school-meals-cooperatives": StoryTranslation(
        title="Des coopératives paysannes au menu des cantines scolaires de Bogotá",
        summary="Un lot réservé dans le programme d'alimentation scolaire permet aux "
        "coopératives paysannes de la savane de Bogotá de livrer fruits, légumes et produits "
        "laitiers aux écoles publiques.",
        organisation="Coopérative paysanne Sabores de la Sabana",
        introduction="À deux heures de la capitale, les petits producteurs peinaient à vendre à "
        "un prix juste, tandis que les écoles de la ville achetaient leurs légumes à de grands "
        "grossistes. Douze associations de producteurs ont formé une coopérative de second "
        "niveau pour changer la donne.",
        sections=(
            (
                "Un lot à eux",
                "La coopérative et le secrétariat à l'éducation de la ville ont conçu un lot "
                "réservé aux organisations de l'agriculture familiale dans l'appel d'offres des "
                "repas scolaires, avec des calendriers de livraison tenables pour les paysans et "
                "un paiement sous trente jours.",
            ),
            (
                "Des enfants qui savent d'où vient leur nourriture",
                "Chaque école cliente de la coopérative reçoit la visite d'un paysan au cours de "
                "l'année. Les élèves ont planté des potagers scolaires avec des semences de la "
                "coopérative, et certaines familles achètent désormais des paniers en direct.",
            ),
        ),
        quote=(
            "Le paiement à trente jours a tout changé. Avant, nous ne pouvions pas attendre "
            "trois mois pour être payés.",
            "productrice laitière et administratrice",
        ),
        figures=(
            ("12", "associations de producteurs dans la coopérative"),
            ("86", "écoles publiques approvisionnées"),
            ("30 jours", "de délai de paiement maximal prévu au contrat"),
        ),
        toolkit_note="Les options juridiques qui permettent de réserver des marchés publics.",
        caption="Bogotá, où travaille la coopérative paysanne Sabores de la Sabana.",
    ),
    "rosario-municipal-sse-council": StoryTranslation(
        title="Le conseil de l'ESS de Rosario fête ses dix ans",
        summary="Un conseil réunissant coopératives, entreprises récupérées et mairie se "
        "réunit chaque mois depuis dix ans. Il a survécu à trois maires parce qu'il est "
        "inscrit dans la réglementation municipale.",
        organisation="Consejo Solidario del Litoral",
        locality="Rosario (Santa Fe)",
        introduction="Le conseil est né d'une table ronde après une vague de fermetures "
        "d'usines, lorsque les salariés de plusieurs entreprises ont formé des coopératives "
        "pour sauver leurs emplois. Dix ans plus tard, il rassemble quarante organisations et "
        "quatre services municipaux.",
        sections=(
            (
                "Inscrit dans la loi",
                "Les membres fondateurs du conseil ont insisté pour obtenir une ordonnance "
                "municipale plutôt qu'un simple arrêté. L'ordonnance fixe une réunion mensuelle, "
                "une ligne budgétaire pour les programmes d'ESS et le droit du conseil de rendre "
                "un avis sur le plan économique de la ville.",
            ),
            (
                "Ce que le conseil a obtenu",
                "Une foire municipale des produits coopératifs, un fonds qui aide les "
                "entreprises récupérées à réparer leurs machines et un programme d'achats qui "
                "commande les uniformes scolaires à des coopératives textiles figurent parmi "
                "ses résultats.",
            ),
        ),
        quote=(
            "Les maires passent. L'ordonnance reste, et le conseil aussi.",
            "membre d'une coopérative métallurgique récupérée",
        ),
        figures=(
            ("120", "réunions mensuelles tenues"),
            ("40", "organisations membres"),
            ("3", "maires avec qui le conseil a travaillé"),
        ),
        toolkit_note="Le guide pas à pas que le conseil a contribué à rédiger.",
    ),
    "pamplona-work-integration-enterprises": StoryTranslation(
        title="Les marchés réservés ouvrent un avenir aux entreprises d'insertion en Navarre",
        summary="Les entreprises d'insertion, qui embauchent des personnes longtemps exclues "
        "de l'emploi, disposent désormais d'une part garantie des marchés régionaux de "
        "nettoyage et d'entretien des espaces verts.",
        organisation="Inserta Navarra, association des entreprises d'insertion",
        locality="Pampelune (Navarre)",
        introduction="Les entreprises d'insertion de la région emploient, pendant deux à trois "
        "ans, des personnes qui sortent d'un long chômage ou de prison, ou qui viennent "
        "d'arriver dans le pays, avant qu'elles ne rejoignent d'autres emplois. Leur "
        "difficulté : des revenus instables, faits de contrats ponctuels.",
        sections=(
            (
                "Une part réservée par la loi",
                "L'association a documenté ce que chaque emploi coûtait aux finances publiques "
                "en allocations et ce qu'il leur rapportait en impôts et en cotisations. Le "
                "parlement régional a alors réservé une part des marchés de nettoyage, "
                "d'espaces verts et de restauration aux entreprises d'insertion et aux ateliers "
                "protégés.",
            ),
            (
                "Des contrats stables, de meilleurs parcours",
                "Avec des contrats pluriannuels, les entreprises peuvent planifier la formation "
                "et accompagner chaque salarié vers un emploi dans le marché du travail "
                "ordinaire. Plus de la moitié des personnes qui en sortent trouvent aujourd'hui "
                "un emploi dans les six mois.",
            ),
        ),
        quote=(
            "Un contrat de trois ans, c'est pouvoir former quelqu'un correctement au lieu de "
            "courir d'un chantier à l'autre.",
            "gérante d'une entreprise d'insertion d'entretien des espaces verts",
        ),
        figures=(
            ("6 %", "des marchés régionaux réservés"),
            ("540", "personnes employées dans des entreprises d'insertion"),
            ("57 %", "trouvent un emploi dans les six mois suivant leur sortie"),
        ),
        toolkit_note="Comment les pouvoirs publics peuvent réserver des marchés publics à l'ESS.",
        caption="Pampelune, où travaille Inserta Navarra, l'association des entreprises "
        "d'insertion.",
    ),
    "liege-ethical-finance-guarantee": StoryTranslation(
        title="Un fonds de garantie régional permet à une coopérative de finance éthique de "
        "prêter davantage",
        summary="La garantie d'un gouvernement régional couvre désormais la moitié du risque "
        "des prêts accordés par une coopérative liégeoise de finance éthique aux entreprises "
        "sociales, ce qui double sa capacité de prêt.",
        organisation="Meuse Solidaire, coopérative de finance éthique",
        locality="Liège (Wallonie)",
        introduction="Meuse Solidaire collecte l'épargne d'environ quatre mille coopérateurs et "
        "la prête à des entreprises sociales que les banques refusent. Chaque prêt devait être "
        "couvert par ses propres réserves, ce qui limitait le nombre de projets qu'elle "
        "pouvait financer.",
        sections=(
            (
                "Faire la preuve",
                "La coopérative a ouvert ses comptes aux responsables régionaux : dix ans de "
                "prêts, des taux de défaut inférieurs à ceux des prêts bancaires aux petites "
                "entreprises, et les emplois créés. La Région a accepté une garantie couvrant la "
                "moitié du risque.",
            ),
            (
                "Ce que la garantie a rendu possible",
                "En deux ans, la garantie a permis à la coopérative de financer un atelier de "
                "réparation de vélos, une épicerie coopérative et un projet de logement pour "
                "personnes âgées. La coopérative demande maintenant que le dispositif soit "
                "étendu à d'autres prêteurs.",
            ),
        ),
        quote=(
            "L'épargne de nos coopérateurs était là. Ce qui nous manquait, c'était un moyen de "
            "partager le risque.",
            "chargée de crédit",
        ),
        figures=(
            ("4 100", "coopérateurs qui y placent leur épargne"),
            ("2,1 %", "de taux de défaut sur dix ans"),
            ("×2", "la capacité de prêt depuis la garantie"),
        ),
        toolkit_note="Trois modèles de fonds de garantie publics, comparés.",
    ),
    "bafoussam-regional-sse-platform": StoryTranslation(
        title="D'une loi-cadre à une plateforme régionale de l'ESS dans l'Ouest du Cameroun",
        summary="Les organisations de l'ESS de la région de l'Ouest ont créé une plateforme "
        "régionale pour faire vivre la loi-cadre nationale sur le terrain : enregistrement, "
        "formation et dialogue avec les communes.",
        organisation="Plateforme ESS de la région de l'Ouest",
        locality="Bafoussam, région de l'Ouest",
        introduction="Une loi-cadre nationale sur l'économie sociale avait été adoptée, mais "
        "peu de groupes de la région de l'Ouest savaient ce qu'elle changeait pour eux. Des "
        "groupes d'initiative commune d'agriculteurs, des associations de femmes et des "
        "coopératives de jeunes ont décidé de s'organiser.",
        sections=(
            (
                "Expliquer la loi village par village",
                "La plateforme a formé trente bénévoles qui ont expliqué la loi dans les langues "
                "locales les jours de marché, et aidé les groupes à s'enregistrer. Les groupes "
                "enregistrés peuvent désormais solliciter l'appui des communes et répondre aux "
                "marchés publics.",
            ),
            (
                "Un dialogue avec les communes",
                "Quatre conseils municipaux ont signé une convention avec la plateforme : une "
                "rencontre annuelle, un interlocuteur dans chaque commune et une part du budget "
                "de développement local réservée aux projets de l'ESS.",
            ),
        ),
        quote=(
            "Une loi votée dans la capitale, ce n'est que du papier. Nous l'avons apportée sur "
            "la place du marché.",
            "coordinatrice de la plateforme",
        ),
        figures=(
            ("30", "formateurs bénévoles"),
            ("215", "groupes enregistrés au titre de la loi"),
            ("4", "communes ayant signé une convention"),
        ),
        toolkit_note="Un modèle commenté de loi-cadre nationale sur l'ESS.",
        caption="Bafoussam, où travaille la Plateforme ESS de la région de l'Ouest.",
    ),
    "thies-womens-savings-groups-mutual": StoryTranslation(
        title="Les groupements d'épargne de Thiès portent leurs propositions au forum continental",
        summary="Des groupements d'épargne de femmes se sont fédérés en mutuelle, puis ont "
        "porté devant un forum continental de l'ESS leur proposition de crédit sans garantie "
        "foncière.",
        organisation="Union des groupements Jappo",
        introduction="Autour de Thiès, des dizaines de groupements de femmes se réunissent "
        "chaque semaine pour épargner, se prêter de l'argent et soutenir les membres dans les "
        "moments difficiles. La plupart font du commerce sur les marchés ou de la "
        "transformation alimentaire ; rares sont celles qui ont un titre foncier à offrir en "
        "garantie à une banque.",
        sections=(
            (
                "Des groupements à la mutuelle",
                "Soixante groupements ont formé une union, puis une mutuelle d'épargne et de "
                "crédit agréée par l'autorité de régulation. La mutuelle prête sur la caution du "
                "groupe plutôt que sur la terre, et maintient un taux de remboursement "
                "supérieur à quatre-vingt-quinze pour cent.",
            ),
            (
                "Une proposition pour tout le continent",
                "Avec le réseau national de l'ESS, l'union a rédigé une proposition : "
                "reconnaître la caution solidaire du groupe dans les règles bancaires de toute "
                "la région. Deux membres l'ont présentée au forum continental de l'ESS, et elle "
                "a été intégrée à l'agenda continental de plaidoyer.",
            ),
        ),
        quote=(
            "Notre garantie, c'est notre groupement. Nous avons demandé au forum de l'inscrire "
            "dans les règles.",
            "présidente de l'union",
        ),
        figures=(
            ("60", "groupements d'épargne dans l'union"),
            ("1 850", "membres"),
            ("96 %", "de taux de remboursement"),
        ),
        toolkit_note="Le manuel du formateur que l'union utilise avec les nouveaux groupements.",
        caption="Thiès, où travaille l'Union des groupements Jappo.",
    ),
    "el-alto-aymara-weavers-un-forum": StoryTranslation(
        title="Des tisserandes aymaras d'El Alto prennent la parole à un forum de l'ONU",
        summary="Un réseau de groupes de tisserandes aymaras a expliqué à un forum de l'ONU "
        "sur les questions autochtones comment les entreprises collectives protègent à la fois "
        "les revenus et les motifs traditionnels.",
        organisation="Réseau des tisserandes aymaras des Andes",
        locality="El Alto (La Paz)",
        introduction="Vingt-deux groupes de tissage d'El Alto et des communautés voisines de "
        "l'Altiplano vendent des textiles en laine d'alpaga et de mouton dans un atelier et "
        "une boutique communs. Des copies de leurs motifs, produites en série ailleurs, leur "
        "faisaient une concurrence déloyale.",
        sections=(
            (
                "Les motifs, un patrimoine collectif",
                "Le réseau a documenté l'origine de chaque motif avec les communautés qui en "
                "sont dépositaires, et a demandé une protection collective plutôt que des "
                "brevets individuels. Une ordonnance municipale reconnaît désormais ces motifs "
                "comme patrimoine collectif.",
            ),
            (
                "Aux Nations unies",
                "Avec l'appui des partenaires internationaux du réseau, deux tisserandes ont "
                "pris la parole à un forum de l'ONU sur les questions autochtones. Elles ont "
                "demandé aux États de reconnaître les entreprises collectives des peuples "
                "autochtones dans les règles du commerce et de la propriété intellectuelle.",
            ),
        ),
        quote=(
            "Chaque motif appartient à une communauté. Nous le tissons, mais il n'est pas à nous "
            "seules.",
            "tisserande et déléguée du réseau",
        ),
        figures=(
            ("22", "groupes de tissage"),
            ("340", "personnes qui tissent, presque toutes des femmes"),
            ("118", "motifs documentés avec leurs communautés"),
        ),
        toolkit_note="Le réseau fait partie des huit études de cas.",
        caption="El Alto, où travaille le Réseau des tisserandes aymaras des Andes.",
    ),
    "sfax-youth-olive-oil-cooperative": StoryTranslation(
        title="Les jeunes oléiculteurs de Sfax trouvent un marché, et une voix",
        summary="Une coopérative de jeunes diplômés qui ont repris les oliveraies familiales "
        "vend désormais une huile certifiée à l'étranger, et a porté la voix des coopératives "
        "de jeunes à un forum méditerranéen.",
        organisation="Coopérative agricole des jeunes Zitouna",
        introduction="De retour dans les oliveraies familiales, de jeunes diplômés ont constaté "
        "qu'ils ne pouvaient vendre leur huile qu'en vrac à de grands exportateurs. "
        "Vingt-quatre d'entre eux ont formé une coopérative dans le cadre de la nouvelle loi "
        "du pays sur l'économie sociale et solidaire.",
        sections=(
            (
                "Presser et vendre ensemble",
                "Pendant la récolte, la coopérative loue un petit moulin, met elle-même son "
                "huile en bouteille et la vend par l'intermédiaire d'importateurs du commerce "
                "équitable. Les membres se partagent le travail de certification, qu'aucun "
                "d'eux n'aurait pu financer seul.",
            ),
            (
                "Une voix pour les coopératives de jeunes",
                "À un forum méditerranéen sur l'économie sociale, le président de la "
                "coopérative a plaidé pour l'accès des jeunes coopérateurs à la terre et au "
                "crédit. Sa demande a été reprise dans l'agenda continental de plaidoyer des "
                "réseaux africains de l'ESS.",
            ),
        ),
        quote=(
            "Seuls, nous avions chacun quelques arbres et une dette. Ensemble, nous avons une "
            "marque.",
            "président de la coopérative",
        ),
        figures=(
            ("24", "jeunes membres"),
            ("38 t", "d'huile mise en bouteille lors de la dernière récolte"),
            ("×3", "le prix du vrac pour l'huile certifiée en bouteille"),
        ),
        toolkit_note="Six ateliers pour les jeunes qui créent une coopérative.",
    ),
    "kisumu-youth-fish-farming-cooperative": StoryTranslation(
        title="Les jeunes pisciculteurs de Kisumu écrivent leur propre formation",
        summary="Une coopérative de jeunes qui élève des tilapias en cages sur le lac Victoria "
        "a fait de son expérience une formation, aujourd'hui utilisée par d'autres groupes de "
        "jeunes autour du lac.",
        organisation="Coopérative aquacole des jeunes de Dunga",
        introduction="Face à la baisse des prises de poisson sauvage, les jeunes des rives du "
        "lac ont cherché un autre moyen de vivre du lac. Trente d'entre eux ont mis en commun "
        "leur épargne et une subvention du comté pour installer leurs premières cages.",
        sections=(
            (
                "Apprendre en faisant",
                "La première année a été rude : une tempête a endommagé deux cages et le prix "
                "des aliments a doublé. La coopérative a commencé à fabriquer ses propres "
                "aliments à partir d'ingrédients locaux et a organisé un roulement pour "
                "surveiller les cages jour et nuit.",
            ),
            (
                "Une formation pour d'autres groupes",
                "Les membres ont consigné ce qu'ils ont appris en six ateliers, de la "
                "constitution du groupe à la vente du poisson. Des groupes de jeunes de trois "
                "autres comtés utilisent désormais cette formation, que le collège coopératif "
                "national a ajoutée à sa bibliothèque.",
            ),
        ),
        quote=(
            "Nous avons fait toutes les erreurs possibles. La formation est là pour que les "
            "autres en fassent moins.",
            "président de la coopérative",
        ),
        figures=(
            ("30", "jeunes membres"),
            ("12", "cages à poissons"),
            ("3", "comtés qui utilisent la formation"),
        ),
        toolkit_note="Le kit de démarrage né de la formation de la coopérative.",
        caption="Kisumu, où travaille la Coopérative aquacole des jeunes de Dunga.",
    ),
    "oakland-domestic-workers-cooperative": StoryTranslation(
        title="Dans la baie de San Francisco, des travailleuses domestiques possèdent leur "
        "propre agence",
        summary="Des migrantes qui faisaient des ménages pour le compte d'agences gèrent "
        "désormais une coopérative qui fixe des tarifs justes, paie les jours de maladie et "
        "fait campagne aux côtés du syndicat des travailleuses domestiques.",
        organisation="Coopérative d'aide à domicile Casa Común",
        locality="Oakland (Californie)",
        introduction="Les agences gardaient jusqu'à la moitié de ce que payaient les clients, "
        "et le travail ne donnait droit ni à des congés maladie ni à une formation. Onze "
        "femmes, pour la plupart originaires du Mexique et d'Amérique centrale, ont décidé de "
        "créer leur propre coopérative avec l'aide d'une structure locale d'accompagnement "
        "des coopératives de travail.",
        sections=(
            (
                "Des tarifs qui tiennent la route",
                "Les membres ont calculé ce qu'elles devaient gagner sur une année, y ont "
                "ajouté l'assurance et la formation, et ont fixé un tarif horaire public. Une "
                "part de chaque heure alimente un fonds pour les jours de maladie, et les "
                "nouveaux clients sont répartis à tour de rôle.",
            ),
            (
                "Avec le syndicat",
                "La coopérative mène avec le syndicat des travailleuses domestiques une "
                "campagne pour un programme municipal qui orienterait les personnes âgées vers "
                "des coopératives d'aide à domicile. Les membres prennent la parole aux "
                "assemblées syndicales, et des organisatrices du syndicat forment les nouvelles "
                "membres.",
            ),
        ),
        quote=(
            "À l'agence, j'étais un numéro. Ici, je vote, et je sais où va chaque dollar.",
            "membre fondatrice",
        ),
        figures=(
            ("38", "travailleuses associées"),
            ("5", "jours de congé maladie payés par an pour chaque membre"),
            ("0", "frais d'agence"),
        ),
        toolkit_note="Le guide que les fondatrices auraient aimé avoir.",
        caption="Oakland, où travaille la coopérative d'aide à domicile Casa Común.",
    ),
    "roubaix-csa-climate-alliance": StoryTranslation(
        title="À Roubaix, une AMAP et des militants du climat font pousser une ferme sur un "
        "terrain municipal",
        summary="Une AMAP s'est alliée à des militants locaux du climat pour convaincre la "
        "mairie de louer une friche à un jeune maraîcher.",
        organisation="AMAP des Trois Ponts",
        locality="Roubaix (Hauts-de-France)",
        introduction="L'AMAP comptait soixante foyers et un paysan à quarante kilomètres. Dans "
        "le même quartier, des militants du climat se mobilisaient contre un parking prévu sur "
        "une bande de friche. Les deux groupes se sont rencontrés lors d'un débat public.",
        sections=(
            (
                "Une proposition commune",
                "Ensemble, ils ont proposé un jardin maraîcher à la place du parking, l'AMAP "
                "garantissant le revenu du maraîcher grâce aux contrats de ses adhérents. La "
                "mairie a accepté un bail environnemental au profit d'un jeune maraîcher.",
            ),
            (
                "Une ferme en ville",
                "Le jardin fournit aujourd'hui des paniers hebdomadaires à quatre-vingt-dix "
                "foyers, dont vingt reçoivent des paniers payés en partie par le centre "
                "communal d'action sociale. Des classes viennent chaque mois, et le collectif "
                "climat anime des ateliers de compostage sur place.",
            ),
        ),
        quote=(
            "Les militants ont apporté l'énergie, l'AMAP un plan pour payer un paysan. Il nous "
            "fallait les deux.",
            "maraîcher",
        ),
        figures=(
            ("1,4 ha", "de friche remise en culture"),
            ("90", "foyers qui reçoivent un panier chaque semaine"),
            ("20", "paniers solidaires"),
        ),
        toolkit_note="Les conventions signées par des AMAP avec des mairies.",
        caption="Roubaix, où travaille l'AMAP des Trois Ponts.",
    ),
    "bobo-dioulasso-shea-butter-agroecology": StoryTranslation(
        title="Au Burkina Faso, les productrices de karité rejoignent le mouvement agroécologique",
        summary="Une union de groupements de productrices de beurre de karité s'est alliée au "
        "mouvement national pour l'agroécologie afin de protéger les parcs à karité et de "
        "faire entrer son beurre dans les cantines scolaires.",
        organisation="Union des productrices de karité du Houet",
        locality="Bobo-Dioulasso (Houet)",
        introduction="Le karité pousse à l'état sauvage dans les champs, et les femmes en "
        "récoltent et transforment les noix depuis des générations. À mesure que les champs "
        "étaient défrichés pour le coton, les arbres disparaissaient, et avec eux une source "
        "essentielle de revenus pour les femmes.",
        sections=(
            (
                "Une cause commune avec les paysans",
                "L'union a rejoint la plateforme nationale d'agroécologie, qui militait pour "
                "des pratiques agricoles qui gardent les arbres dans les champs. Ensemble, "
                "elles ont obtenu un arrêté régional protégeant les parcs à karité.",
            ),
            (
                "Des parcs aux cantines",
                "Avec des partenaires du commerce équitable, l'union fournit désormais du "
                "beurre de karité aux cantines scolaires de la région et à une campagne pour "
                "les cantines à l'étranger. Ses groupements d'épargne financent les presses et "
                "les claies de séchage dont les membres ont besoin.",
            ),
        ),
        quote=(
            "Quand on coupe un karité, c'est le revenu d'une femme qui tombe.",
            "présidente de l'union",
        ),
        figures=(
            ("2 600", "femmes réparties dans 48 groupements"),
            ("95 t", "de beurre de karité vendues en un an"),
            ("1", "arrêté régional protégeant les parcs à karité"),
        ),
        toolkit_note="La campagne qui a fait entrer le beurre de l'union dans les cantines.",
        caption="Bobo-Dioulasso, où travaille l'Union des productrices de karité du Houet.",
    ),
    "lisbon-migrant-women-catering-cooperative": StoryTranslation(
        title="Une coopérative de restauration de femmes migrantes ouvre à Lisbonne",
        summary="Des femmes venues du Cap-Vert, du Brésil, du Népal et de Syrie gèrent une "
        "coopérative de restauration née d'une cuisine de quartier, avec l'appui de collectifs "
        "antiracistes et de l'incubateur de la ville.",
        organisation="Cooperativa Mesa do Mundo",
        locality="Lisbonne",
        introduction="Les femmes se sont rencontrées dans une cuisine de quartier animée par "
        "une association antiraciste, où elles cuisinaient pour les fêtes du quartier. Les "
        "clients demandaient sans cesse s'ils pouvaient commander des repas : l'idée d'une "
        "coopérative est née.",
        sections=(
            (
                "Venir à bout des démarches",
                "Plusieurs fondatrices n'avaient ni titre de séjour ni diplôme reconnu. "
                "L'association et un collectif d'avocats les ont accompagnées dans les "
                "démarches d'enregistrement, et l'incubateur coopératif de la ville leur a "
                "prêté une cuisine professionnelle.",
            ),
            (
                "Grandir avec le quartier",
                "La coopérative a réuni une partie de son capital de départ en vendant de "
                "petites parts sociales aux voisins et aux clients. Elle livre aujourd'hui deux "
                "écoles et une douzaine d'entreprises, et forme d'autres femmes migrantes dans "
                "sa cuisine.",
            ),
        ),
        quote=(
            "Chacune de nous a apporté des recettes de chez elle. Ensemble, nous avons apporté "
            "une entreprise.",
            "cuisinière et présidente de la coopérative",
        ),
        figures=(
            ("14", "travailleuses associées venues de 6 pays"),
            ("230", "voisins et clients devenus sociétaires"),
            ("2", "contrats avec des écoles"),
        ),
        toolkit_note="Ce que les municipalités peuvent faire pour soutenir les coopératives de "
        "personnes migrantes.",
        caption="Lisbonne, où travaille la Cooperativa Mesa do Mundo.",
    ),
    "apennines-community-cooperative": StoryTranslation(
        title="Une coopérative de communauté fait vivre un village des Apennins",
        summary="Les habitants d'un village de montagne près de Bologne ont fondé une "
        "coopérative de communauté qui gère l'épicerie, le ramassage scolaire et l'entretien "
        "des sentiers, avec des associations de randonneurs et de défense de l'environnement.",
        organisation="Cooperativa di comunità Alto Reno",
        locality="Haute vallée du Reno, près de Bologne",
        introduction="Quand la dernière épicerie du village a fermé, les deux cents habitants "
        "restants ont craint que l'école ne soit la suivante. Ils ont créé une coopérative de "
        "communauté dont chaque foyer pouvait acheter une part.",
        sections=(
            (
                "Beaucoup de petits services",
                "La coopérative a rouvert l'épicerie avec un guichet postal, repris le "
                "ramassage scolaire et un petit gîte, et signé une convention avec la commune "
                "pour l'entretien des sentiers et des espaces verts.",
            ),
            (
                "Des alliés dans la vallée et en ville",
                "Des clubs de randonnée et des associations environnementales de Bologne "
                "amènent bénévoles et visiteurs. Deux jeunes familles se sont installées au "
                "village pour travailler pour la coopérative.",
            ),
        ),
        quote=(
            "Nous attendions que quelqu'un sauve le village. Puis nous avons compris que ce "
            "devait être nous.",
            "présidente de la coopérative",
        ),
        figures=(
            ("118", "foyers sociétaires"),
            ("7", "emplois créés"),
            ("45 km", "de sentiers entretenus"),
        ),
        toolkit_note="Les voies juridiques pour que salariés et habitants reprennent une "
        "entreprise.",
        caption="La haute vallée du Reno, où travaille la Cooperativa di comunità Alto Reno.",
    ),
    "recife-community-bank-local-currency": StoryTranslation(
        title="Une banque communautaire et sa monnaie dans un quartier de Recife",
        summary="Les habitants d'un quartier au bord du fleuve gèrent une banque communautaire "
        "qui prête à faible coût et émet une monnaie locale, et ont écrit un manuel pour "
        "d'autres quartiers.",
        organisation="Banco Comunitário Maré Alta",
        locality="Recife (Pernambouc)",
        introduction="Dans un quartier où aucune banque n'avait d'agence, les habitants "
        "empruntaient à des usuriers à des taux ruineux. L'association des habitants a décidé "
        "de créer sa propre banque.",
        sections=(
            (
                "Un crédit fondé sur la confiance",
                "Les voisins se portent garants les uns des autres au lieu d'offrir des "
                "garanties matérielles. La plupart des emprunteuses sont des femmes qui tiennent "
                "chez elles une petite boutique, un atelier de couture ou un stand de "
                "nourriture.",
            ),
            (
                "Une monnaie qui reste dans le quartier",
                "La banque émet une monnaie locale adossée au real. Les commerces qui "
                "l'acceptent accordent des remises, et la municipalité verse dans cette monnaie "
                "une partie d'un programme de transferts monétaires. L'équipe de la banque a "
                "tiré un manuel de son expérience.",
            ),
        ),
        quote=(
            "Avant la banque, l'argent arrivait le jour de paie et repartait l'après-midi même.",
            "fondatrice de l'association des habitants",
        ),
        figures=(
            ("1 600", "prêts accordés"),
            ("180", "commerces qui acceptent la monnaie locale"),
            ("3 %", "des prêts en retard de paiement"),
        ),
        toolkit_note="Le manuel écrit par l'équipe de la banque pour d'autres quartiers.",
        caption="Recife, où travaille le Banco Comunitário Maré Alta.",
    ),
    "chefchaouen-weaving-cooperative-mapping": StoryTranslation(
        title="Cartographier les coopératives de femmes dans le Rif",
        summary="Une coopérative de tissage de femmes près de Chefchaouen a mené une "
        "cartographie participative des coopératives de la province, et s'en est servie pour "
        "obtenir une boutique et un centre de formation communs.",
        organisation="Coopérative féminine de tissage d'Akchour",
        introduction="Les membres de la coopérative tissent des couvertures et des tapis de "
        "laine dans les villages de montagne. Les autorités leur répétaient qu'il y avait trop "
        "peu de coopératives de femmes dans la province pour justifier une boutique commune. "
        "Les membres pensaient le contraire.",
        sections=(
            (
                "Se compter elles-mêmes",
                "Avec des bénévoles d'une association locale, la coopérative a sillonné les "
                "villages de la province en suivant une méthode de cartographie participative. "
                "Elle a recensé trois fois plus de coopératives de femmes que n'en comptaient "
                "les listes officielles.",
            ),
            (
                "De la carte à la boutique",
                "La carte a convaincu le conseil provincial de financer une boutique et un "
                "centre de formation communs en ville, gérés par une union des coopératives. "
                "Les données de la cartographie sont ouvertes aux autres réseaux.",
            ),
        ),
        quote=(
            "On disait que nous étions peu nombreuses. La carte a montré que nous étions partout.",
            "tisserande et trésorière de la coopérative",
        ),
        figures=(
            ("87", "coopératives de femmes cartographiées"),
            ("×3", "le nombre figurant sur les listes officielles"),
            ("1", "boutique et centre de formation communs"),
        ),
        toolkit_note="La méthode de cartographie utilisée par la coopérative.",
        caption="Chefchaouen, où travaille la Coopérative féminine de tissage d'Akchour.",
    ),
    "pisac-native-potato-seed-guardians": StoryTranslation(
        title="Les gardiens des semences de la Vallée sacrée partagent leurs pommes de terre "
        "avec le Népal",
        summary="Des gardiens quechuas de semences, qui conservent des centaines de variétés de "
        "pommes de terre natives, ont accueilli des paysannes du Népal, et les deux groupes ont "
        "écrit un guide des banques de semences communautaires.",
        organisation="Gardiens de la pomme de terre native de Pisac",
        locality="Pisac (Cusco)",
        introduction="Dans six communautés au-dessus de la Vallée sacrée, des familles "
        "conservent des centaines de variétés de pommes de terre natives, cultivées à "
        "différentes altitudes pour répartir les risques de gel et de sécheresse. Leur banque "
        "de semences fonctionne comme une coopérative.",
        sections=(
            (
                "Un échange à l'autre bout du monde",
                "Des paysannes d'une coopérative forestière de femmes du Népal ont passé deux "
                "semaines avec les gardiens, à comparer la conservation des semences, les "
                "terrasses et la manière dont chaque communauté décide qui reçoit des semences.",
            ),
            (
                "Un guide écrit ensemble",
                "Les deux groupes ont écrit en espagnol et en anglais un guide des banques de "
                "semences communautaires, avec des dessins plutôt que de longs textes. Des "
                "réseaux semenciers l'utilisent dans les deux régions.",
            ),
        ),
        quote=(
            "Leurs montagnes sont plus hautes que les nôtres, mais leurs questions étaient les "
            "mêmes.",
            "gardienne de semences",
        ),
        figures=(
            ("6", "communautés"),
            ("420", "variétés de pommes de terre natives conservées"),
            ("2", "semaines d'échange avec des paysannes népalaises"),
        ),
        toolkit_note="Le guide écrit par les gardiens avec leurs visiteuses népalaises.",
        caption="Pisac, où travaillent les Gardiens de la pomme de terre native.",
    ),
    "pokhara-women-forest-cooperative": StoryTranslation(
        title="Près de Pokhara, une coopérative forestière de femmes apprend des gardiens de "
        "semences andins",
        summary="Une coopérative de femmes qui gère une forêt communautaire a rendu visite à "
        "des gardiens de semences au Pérou, puis a créé une banque de semences pour les "
        "cultures de montagne de ses villages.",
        organisation="Coopérative forestière des femmes de la Seti",
        locality="Kaski, près de Pokhara",
        introduction="Les membres de la coopérative gèrent une forêt communautaire, vendent des "
        "assiettes en feuilles et des produits à base de plantes, et animent un dispositif "
        "d'épargne. Beaucoup sont issues de communautés autochtones des collines dont les "
        "cultures traditionnelles disparaissaient.",
        sections=(
            (
                "Deux semaines dans les Andes",
                "Trois membres sont parties au Pérou pour passer deux semaines auprès d'une "
                "banque de semences communautaire. Elles en sont revenues avec des idées pour "
                "conserver les semences sans électricité et pour prêter des semences "
                "remboursées après la récolte.",
            ),
            (
                "Une banque de semences au bureau forestier",
                "Le bureau forestier de la coopérative conserve désormais des variétés locales "
                "d'éleusine, de sarrasin et de haricots. Les membres rendent compte de ce "
                "qu'elles ont appris lors des réunions de district des groupes d'usagers de la "
                "forêt.",
            ),
        ),
        quote=(
            "Nous sommes parties apprendre sur les pommes de terre et nous sommes revenues avec "
            "un plan pour nos propres semences.",
            "présidente de la coopérative",
        ),
        figures=(
            ("310", "membres, toutes des femmes"),
            ("180 ha", "de forêt communautaire gérés"),
            ("26", "variétés locales dans la banque de semences"),
        ),
        toolkit_note="Le guide des banques de semences écrit après l'échange.",
        caption="Kaski, où travaille la Coopérative forestière des femmes de la Seti.",
    ),
}

TOOLKITS = {
    "municipal-sse-council-guide": ToolkitTranslation(
        title="Créer un conseil municipal de l'ESS : guide pas à pas",
        summary="Comment des réseaux de l'ESS et des mairies du Cône Sud ont créé des conseils "
        "conjoints qui se réunissent chaque mois, partagent une ligne budgétaire et "
        "co-écrivent la politique locale de l'ESS.",
        description="Rédigé par des réseaux membres après dix ans de conseils municipaux en "
        "Uruguay, en Argentine et au Brésil, le guide détaille la charte fondatrice, "
        "l'élection des représentants et le plan de travail annuel. Deux mairies s'en sont "
        "servies pour transformer des tables rondes informelles en conseils inscrits dans la "
        "réglementation municipale.",
        publisher="Réseau des municipalités solidaires du Cône Sud",
    ),
    "sse-framework-law-model": ToolkitTranslation(
        title="Loi-cadre type sur l'économie sociale et solidaire",
        summary="Un modèle commenté de loi-cadre nationale sur l'ESS : définitions, "
        "enregistrement, conseil national de l'ESS, accès à la commande publique et au "
        "financement.",
        description="Rédigée par des juristes de cinq réseaux membres, la loi type expose ce "
        "que la plupart des lois-cadres adoptées depuis 2010 ont en commun et ce qui les "
        "distingue. Chaque article est accompagné d'un commentaire et des choix laissés aux "
        "législateurs nationaux. La version espagnole est aussi proposée en document "
        "modifiable pour les séances de rédaction.",
    ),
    "womens-savings-groups-manual": ToolkitTranslation(
        title="Animer un groupement d'épargne et de crédit de femmes : manuel du formateur",
        summary="Un manuel du formateur pour les groupements d'épargne de vingt à trente "
        "femmes : réunions hebdomadaires, caisse fermée à clé, fonds de solidarité et "
        "registres lisibles par toutes.",
        description="Rédigé en français par des formatrices d'unions de femmes du Sénégal et "
        "du Burkina Faso, le manuel a été testé avec des groupements où peu de membres savent "
        "lire. Il s'appuie sur des jetons de couleur et une tenue des comptes à l'oral, et se "
        "termine par une séance sur la fédération des groupements en mutuelle.",
        publisher="Plateforme ouest-africaine des femmes de l'ESS",
    ),
    "csa-municipal-partnerships": ToolkitTranslation(
        title="AMAP et collectivités : construire des partenariats",
        summary="Comment les AMAP et les mairies peuvent travailler ensemble : du foncier "
        "municipal pour installer de nouveaux paysans, des points de livraison dans des "
        "bâtiments publics et des paniers pour les foyers modestes.",
        description="Préparé par un réseau français d'AMAP avec des partenaires en Belgique et "
        "en Italie, le guide rassemble les conventions signées avec des mairies et explique "
        "comment en proposer une.",
        publisher="Terres Partagées, réseau d'AMAP",
    ),
    "participatory-sse-mapping": ToolkitTranslation(
        title="Cartographier l'ESS de votre territoire : une méthode participative",
        summary="Une méthode et un tableur type pour cartographier les coopératives, "
        "associations et collectifs informels d'un territoire avec les personnes qui les font "
        "vivre.",
        description="La méthode a été utilisée dans une douzaine de villes sur quatre "
        "continents. Bénévoles et organisations de l'ESS remplissent un formulaire commun ; "
        "les résultats alimentent une carte ouverte et les données que les réseaux présentent "
        "aux collectivités locales.",
    ),
    "fair-trade-school-canteens-campaign": ToolkitTranslation(
        title="Commerce équitable et solidaire dans les cantines scolaires : kit de campagne",
        summary="Des affiches, une lettre aux maires et un plan pas à pas pour une campagne "
        "qui fait entrer les produits du commerce équitable et des coopératives locales dans "
        "les cantines scolaires.",
        description="Des réseaux de commerce équitable de France, du Burkina Faso et du Pérou "
        "ont mené la campagne ensemble, en reliant des coopératives de producteurs aux "
        "cantines de villes partenaires. Le kit comprend la lettre envoyée aux maires et le "
        "calendrier de la semaine de campagne.",
        publisher="Coalition de la campagne Cantines équitables",
    ),
    "youth-cooperative-starter-kit": ToolkitTranslation(
        title="Kit de démarrage des coopératives de jeunes",
        summary="Six ateliers pour les groupes de jeunes qui veulent créer une coopérative : "
        "de l'idée et des premiers membres aux statuts, à un budget simple et à un premier "
        "client.",
        description="Des coopératives de jeunes de Tunisie, du Kenya et d'Indonésie ont testé "
        "les ateliers avec des groupes de quinze à vingt-cinq ans. Les notes d'animation "
        "expliquent comment conduire chaque atelier en une demi-journée, avec pour seul "
        "matériel un tableau de conférence.",
        publisher="Réseau d'échange des coopératives de jeunes",
    ),
    "sse-and-sdg-localisation": ToolkitTranslation(
        title="L'ESS et la localisation des Objectifs de développement durable",
        summary="Une note à l'intention des collectivités locales et régionales sur le recours "
        "aux organisations de l'ESS pour mettre en œuvre les Objectifs de développement "
        "durable sur leur territoire et en rendre compte.",
        description="Préparée pour une rencontre mondiale des gouvernements locaux, la note "
        "montre comment coopératives et associations fournissent déjà des services "
        "comptabilisés au titre de plusieurs ODD, et propose des indicateurs pour les revues "
        "locales volontaires.",
    ),
    "african-sse-advocacy-agenda": ToolkitTranslation(
        title="Un agenda continental de plaidoyer pour l'ESS en Afrique",
        summary="Dix priorités adoptées par les réseaux nationaux de l'ESS de toute l'Afrique, "
        "à porter auprès de l'Union africaine, des communautés économiques régionales et des "
        "gouvernements nationaux.",
        description="L'agenda a été adopté lors d'un forum continental après une année de "
        "consultations nationales. Il porte sur les lois-cadres, l'économie informelle, "
        "l'accès des femmes au financement, l'emploi des jeunes et la souveraineté "
        "alimentaire, avec un calendrier des temps forts du plaidoyer.",
        publisher="Plateforme panafricaine de plaidoyer pour l'ESS",
    ),
    "public-guarantees-ethical-finance": ToolkitTranslation(
        title="Des garanties publiques pour la finance éthique",
        summary="Une note d'orientation qui propose des fonds de garantie publics permettant "
        "aux banques éthiques et aux coopératives d'épargne solidaire de prêter aux "
        "entreprises de l'ESS sans exiger de garanties excessives.",
        description="Rédigée en français par des coopératives de finance éthique de Belgique "
        "et de France, avec une fédération équatorienne de coopératives d'épargne, la note "
        "compare trois dispositifs de garantie et leurs taux de défaut.",
        publisher="Forum européen des coopératives de finance éthique",
    ),
    "local-sse-council-bylaws": ToolkitTranslation(
        title="Modèle de règlement pour un conseil local de l'ESS",
        summary="Un règlement modifiable pour un conseil d'organisations de l'ESS qui "
        "conseille une ville ou un arrondissement : adhésion, élections, quorum et droit "
        "d'être consulté.",
        description="Adapté des règlements de conseils de l'ESS d'arrondissement à Séoul et au "
        "Québec, le modèle est proposé en document modifiable pour que chaque conseil y "
        "inscrive ses propres noms, chiffres et procédures.",
    ),
    "social-procurement-training": ToolkitTranslation(
        title="Achats sociaux pour les acheteurs municipaux : formation",
        summary="Une formation d'une journée destinée aux agents d'approvisionnement "
        "municipaux sur les achats auprès des entreprises d'économie sociale, avec des "
        "exercices fondés sur de vrais documents d'appel d'offres.",
        description="Un laboratoire canadien de l'approvisionnement social a conçu la "
        "formation avec des agents d'approvisionnement de trois villes. Les exercices "
        "demandent aux participants de réécrire un appel d'offres de restauration pour que "
        "des entreprises sociales puissent soumissionner.",
        publisher="Laboratoire canadien de l'approvisionnement social",
    ),
    "climate-justice-sse-campaign": ToolkitTranslation(
        title="Justice climatique et ESS : kit de campagne commune",
        summary="Un kit pour des actions communes des réseaux de l'ESS et des mouvements pour "
        "le climat : revendications partagées, communiqué de presse type et idées "
        "d'événements publics sur l'énergie, l'alimentation et les déchets.",
        description="Réalisé avec des groupes de justice climatique pour une semaine d'action, "
        "le kit propose trois revendications communes sur l'énergie citoyenne, l'agroécologie "
        "et les coopératives zéro déchet, ainsi qu'un communiqué de presse type à adapter "
        "localement.",
    ),
    "feminist-economy-workshops": ToolkitTranslation(
        title="Économie féministe et ESS : guide pour des ateliers communs",
        summary="Un guide d'animation pour des ateliers qui réunissent organisations "
        "féministes et réseaux de l'ESS autour du travail du care, du travail non rémunéré et "
        "du leadership des femmes.",
        description="Des collectifs féministes et des réseaux de l'ESS d'Amérique latine ont "
        "conçu les ateliers. Ils commencent par un exercice sur l'emploi du temps et se "
        "terminent par des propositions communes de services publics de soins gérés par des "
        "coopératives.",
        publisher="Collectif féministe d'économie solidaire",
        sections=("L'exercice de l'horloge", "Propositions communes"),
    ),
    "trade-unions-and-sse": ToolkitTranslation(
        title="Syndicats et ESS : construire un plaidoyer commun",
        summary="Comment syndicats et réseaux de l'ESS peuvent faire campagne ensemble sur les "
        "reprises d'entreprises par les salariés, les coopératives de plateforme et les droits "
        "des travailleurs en coopérative.",
        description="Des fédérations syndicales et des réseaux de l'ESS d'Argentine, d'Afrique "
        "du Sud, des États-Unis et d'Italie comparent leurs campagnes communes, notamment les "
        "reprises négociées par leurs salariés d'entreprises en fermeture.",
        publisher="Dialogue Travail et économie solidaire",
        sections=("Un terrain commun", "Revendications communes"),
    ),
    "worker-buyouts-legal-pathways": ToolkitTranslation(
        title="Reprises par les salariés et entreprises récupérées : les voies juridiques",
        summary="Les voies juridiques par lesquelles des salariés peuvent reprendre sous forme "
        "de coopérative une entreprise qui ferme ou fait faillite, comparées en Argentine, en "
        "Italie et en France.",
        description="Des avocats qui ont accompagné des entreprises récupérées décrivent les "
        "voies de la faillite, de la location-gérance et du rachat, le rôle des tribunaux et "
        "des fonds publics, ainsi que les écueils qui ont fait échouer certaines reprises.",
        publisher="Clinique juridique des entreprises récupérées",
        sections=("Trois voies", "Les erreurs à éviter"),
    ),
    "measuring-the-sse-statistics": ToolkitTranslation(
        title="Mesurer l'ESS : guide pour les instituts nationaux de statistique",
        summary="Comment les instituts nationaux de statistique peuvent dénombrer les "
        "organisations, les emplois et la valeur ajoutée de l'ESS, avec une approche par "
        "compte satellite que les réseaux de l'ESS peuvent demander.",
        description="Des statisticiens et des chercheurs de l'ESS expliquent quels registres "
        "croiser, comment compter les collectifs informels et ce que coûte un premier compte "
        "satellite de l'ESS. Des réseaux se sont appuyés sur le guide pour demander à leurs "
        "instituts de statistique des données régulières.",
        publisher="Groupe de travail sur les statistiques de l'ESS",
    ),
    "community-seed-banks": ToolkitTranslation(
        title="Des banques de semences communautaires gérées en coopérative",
        summary="Comment les communautés paysannes peuvent conserver leurs semences natives "
        "dans une banque de semences coopérative : collecter, stocker et prêter les semences, "
        "et défendre le droit des paysans à les conserver.",
        description="Des gardiens de semences des Andes, de l'est de l'Inde et du Népal ont "
        "écrit ce guide ensemble après des visites d'échange. Il traite de la conservation "
        "sans électricité, des prêts de semences remboursés en semences et du plaidoyer sur "
        "les lois semencières.",
        publisher="Échange des gardiens de semences",
        sections=("Conserver sans électricité", "Prêter des semences"),
    ),
    "citizen-shareholding-guide": ToolkitTranslation(
        title="Actionnariat citoyen et financement participatif pour les entreprises de l'ESS",
        summary="Comment les coopératives et les entreprises sociales peuvent lever des "
        "capitaux auprès de leurs membres et de leurs voisins, et quelles règles publiques "
        "rendent cela sûr et simple.",
        description="Des coopératives de Belgique et du Portugal présentent les offres de "
        "parts sociales, les obligations citoyennes et les campagnes de financement "
        "participatif qu'elles ont menées, ainsi que les règles qu'elles demandent aux "
        "pouvoirs publics d'adopter pour protéger les petits épargnants.",
        publisher="Forum européen des coopératives de finance éthique",
    ),
    "un-advocacy-kit": ToolkitTranslation(
        title="Prendre la parole aux Nations unies : kit de plaidoyer pour les réseaux de l'ESS",
        summary="Comment les réseaux de l'ESS peuvent participer aux processus de l'ONU : "
        "quelles réunions comptent, comment s'inscrire, comment préparer une déclaration de "
        "deux minutes et comment assurer le suivi dans son pays.",
        description="Le kit condense l'expérience du réseau au sein des commissions de l'ONU, "
        "des forums régionaux et des processus d'examen. Il comprend un modèle de calendrier, "
        "une déclaration type et des conseils pour travailler avec les gouvernements alliés et "
        "les agences de l'ONU.",
    ),
    "peer-exchange-visits-guide": ToolkitTranslation(
        title="Organiser des visites d'échange entre réseaux de l'ESS",
        summary="Un guide des visites d'échange qui permettent aux praticiens de l'ESS "
        "d'apprendre les uns des autres d'un pays à l'autre : choisir les hôtes, préparer les "
        "questions et transformer les visites en outils.",
        description="Tiré de visites d'échange entre réseaux de quatre continents, le guide "
        "aborde les budgets, l'interprétation, la protection des personnes et le court "
        "rapport que chaque groupe rédige pour la bibliothèque du réseau.",
    ),
}

PACK = LanguagePack(
    language="fr",
    site=SITE,
    phrases=PHRASES,
    alt_text=ALT_TEXT,
    stories=STORIES,
    toolkits=TOOLKITS,
)
