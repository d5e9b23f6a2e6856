"""Translations of some of the demo's organisations and events into French, Spanish and
Portuguese (the others stay in English, so the fallback to the original shows). An
organisation's name and acronym are its own in every language (never translated); its summary
and its logo's description are."""

ORGANISATION_SUMMARIES = {
    "raess": {
        "fr": "Le réseau continental des réseaux africains de l'ESS.",
        "es": "La red continental de las redes africanas de ESS.",
        "pt": "A rede continental das redes africanas de ESS.",
    },
    "reness": {
        "fr": "Le réseau national des acteurs de l'ESS du Sénégal.",
        "es": "La red nacional de los actores de la ESS de Senegal.",
        "pt": "A rede nacional dos atores da ESS do Senegal.",
    },
    "remess": {
        "fr": "Le réseau national de l'ESS du Maroc.",
        "es": "La red nacional de ESS de Marruecos.",
        "pt": "A rede nacional de ESS de Marrocos.",
    },
    "kessen": {
        "fr": "Coopératives, groupes d'entraide et associations de travailleurs informels du "
        "Kenya.",
        "es": "Cooperativas, grupos de autoayuda y asociaciones de trabajadores informales de "
        "Kenia.",
        "pt": "Cooperativas, grupos de entreajuda e associações de trabalhadores informais do "
        "Quénia.",
    },
    "fbes-demo": {
        "fr": "Le forum brésilien des entreprises d'économie solidaire, de leurs structures "
        "d'appui et des gestionnaires publics.",
        "es": "El foro brasileño de emprendimientos de economía solidaria, entidades de apoyo "
        "y gestores públicos.",
        "pt": "O fórum brasileiro dos empreendimentos de economia solidária, entidades de "
        "apoio e gestores públicos.",
    },
    "rqes": {
        "fr": "Le réseau québécois des coopératives, organismes sans but lucratif et "
        "entreprises communautaires.",
        "es": "La red de Quebec de cooperativas, organizaciones sin fines de lucro y empresas "
        "comunitarias.",
        "pt": "A rede do Quebeque de cooperativas, organizações sem fins lucrativos e empresas "
        "comunitárias.",
    },
}

# "{acronym} in white letters in a circle" (network_builder.NetworkBuilder.create_organisation)
LOGO_DESCRIPTIONS = {
    "fr": "{acronym} en lettres blanches dans un cercle",
    "es": "{acronym} en letras blancas dentro de un círculo",
    "pt": "{acronym} em letras brancas num círculo",
}

# slug -> language -> (title, summary, arena)
EVENT_TEXTS = {
    "hlpf-side-event": {
        "fr": (
            "L'ESS et les ODD : événement parallèle au Forum politique de haut niveau",
            "Les réseaux membres montrent comment les politiques publiques d'ESS localisent "
            "les objectifs de développement durable.",
            "Forum politique de haut niveau des Nations unies",
        ),
        "es": (
            "La ESS y los ODS: evento paralelo en el Foro Político de Alto Nivel",
            "Las redes miembro muestran cómo las políticas públicas de ESS localizan los "
            "Objetivos de Desarrollo Sostenible.",
            "Foro Político de Alto Nivel de las Naciones Unidas",
        ),
        "pt": (
            "A ESS e os ODS: evento paralelo no Fórum Político de Alto Nível",
            "As redes membro mostram como as políticas públicas de ESS localizam os Objetivos "
            "de Desenvolvimento Sustentável.",
            "Fórum Político de Alto Nível das Nações Unidas",
        ),
    },
    "cop-just-transition": {
        "fr": (
            "Les réponses de l'économie solidaire à la crise climatique",
            "Deux jours d'échanges sur une transition juste menée par les coopératives et les "
            "communautés.",
            "Conférence des Nations unies sur les changements climatiques (COP)",
        ),
        "es": (
            "Respuestas de la economía solidaria a la crisis climática",
            "Dos días de intercambios sobre una transición justa liderada por cooperativas y "
            "comunidades.",
            "Conferencia de las Naciones Unidas sobre el Cambio Climático (COP)",
        ),
        "pt": (
            "Respostas da economia solidária à crise climática",
            "Dois dias de trocas sobre uma transição justa liderada por cooperativas e "
            "comunidades.",
            "Conferência das Nações Unidas sobre as Alterações Climáticas (COP)",
        ),
    },
    "webinar-social-protection": {
        "fr": (
            "Webinaire : la protection sociale des travailleurs informels",
            "Comment les mutuelles de santé et les coopératives étendent la protection sociale "
            "aux travailleurs informels.",
            "",
        ),
        "es": (
            "Seminario web: protección social para los trabajadores informales",
            "Cómo las mutuales de salud y las cooperativas extienden la protección social a los "
            "trabajadores informales.",
            "",
        ),
        "pt": (
            "Webinário: proteção social para os trabalhadores informais",
            "Como as mútuas de saúde e as cooperativas alargam a proteção social aos "
            "trabalhadores informais.",
            "",
        ),
    },
    "africa-sse-forum": {
        "fr": (
            "Forum africain de l'ESS",
            "Le forum continental des réseaux africains de l'ESS, avec des ministres et des "
            "collectivités locales.",
            "Forum africain de l'ESS",
        ),
        "es": (
            "Foro Africano de la ESS",
            "El foro continental de las redes africanas de ESS, con ministros y gobiernos locales.",
            "Foro Africano de la ESS",
        ),
        "pt": (
            "Fórum Africano da ESS",
            "O fórum continental das redes africanas de ESS, com ministros e governos locais.",
            "Fórum Africano da ESS",
        ),
    },
    "cfs-plenary": {
        "fr": (
            "Les voix de l'ESS au Comité de la sécurité alimentaire mondiale",
            "Notre position sur les achats publics auprès des exploitations familiales et des "
            "marchés solidaires.",
            "Comité de la sécurité alimentaire mondiale",
        ),
        "es": (
            "Las voces de la ESS en el Comité de Seguridad Alimentaria Mundial",
            "Nuestra posición sobre las compras públicas a la agricultura familiar y los "
            "mercados solidarios.",
            "Comité de Seguridad Alimentaria Mundial",
        ),
        "pt": (
            "As vozes da ESS no Comité de Segurança Alimentar Mundial",
            "A nossa posição sobre as compras públicas à agricultura familiar e aos mercados "
            "solidários.",
            "Comité de Segurança Alimentar Mundial",
        ),
    },
}

TRANSLATED = set(ORGANISATION_SUMMARIES) | set(EVENT_TEXTS)
