"""Definitions of the glossary's most used terms in French, Spanish and Portuguese, as the
demo's translators would write them: the glossary ships with English definitions only
(glossary/seed/), and pages explain a term in their own language once it has one.

By English term; `fill_glossary_definitions` writes only definitions still empty.
"""

from glossary.models import GlossaryTerm

DEFINITIONS = {
    "cooperative": (
        "Entreprise détenue et gérée démocratiquement par ses membres.",
        "Empresa de propiedad de sus miembros, que la gestionan democráticamente.",
        "Empresa de propriedade dos seus membros, que a gerem democraticamente.",
    ),
    "worker cooperative": (
        "Coopérative détenue par les personnes qui y travaillent.",
        "Cooperativa de propiedad de quienes trabajan en ella.",
        "Cooperativa de propriedade de quem nela trabalha.",
    ),
    "housing cooperative": (
        "Ses membres possèdent et gèrent ensemble leurs logements.",
        "Sus miembros poseen y gestionan juntos sus viviendas.",
        "Os membros possuem e gerem em conjunto as suas habitações.",
    ),
    "agricultural cooperative": (
        "Des paysans mettent en commun la vente, les intrants ou le matériel.",
        "Campesinos que ponen en común la venta, los insumos o el equipo.",
        "Agricultores que partilham a venda, os insumos ou o equipamento.",
    ),
    "association": (
        "Des personnes réunies autour d'un but commun, sans but lucratif.",
        "Personas unidas por un fin común, sin ánimo de lucro.",
        "Pessoas unidas por um objetivo comum, sem fins lucrativos.",
    ),
    "mutual": (
        "Organisme à but non lucratif qui assure ses membres contre les risques.",
        "Entidad sin ánimo de lucro que asegura a sus miembros contra los riesgos.",
        "Entidade sem fins lucrativos que protege os seus membros contra riscos.",
    ),
    "social economy": (
        "Les coopératives, mutuelles, associations et fondations prises ensemble.",
        "Las cooperativas, mutuales, asociaciones y fundaciones en su conjunto.",
        "As cooperativas, mutualidades, associações e fundações no seu conjunto.",
    ),
    "solidarity economy": (
        "Activité économique organisée autour de la coopération et de la solidarité.",
        "Actividad económica organizada en torno a la cooperación y la solidaridad.",
        "Atividade económica organizada em torno da cooperação e da solidariedade.",
    ),
    "social enterprise": (
        "Entreprise dont le but premier est social ou environnemental.",
        "Empresa cuyo fin principal es social o ambiental.",
        "Empresa cujo objetivo principal é social ou ambiental.",
    ),
    "municipality": (
        "Le gouvernement d'une ville ou d'une commune.",
        "El gobierno de una ciudad o de un pueblo.",
        "O governo de uma cidade ou vila.",
    ),
    "framework law": (
        "Loi qui fixe les règles générales d'un domaine.",
        "Ley que fija las reglas generales de un ámbito.",
        "Lei que fixa as regras gerais de um domínio.",
    ),
    "decree": (
        "Règles adoptées par un gouvernement.",
        "Normas adoptadas por un gobierno.",
        "Normas adotadas por um governo.",
    ),
    "public policy": (
        "Ce qu'un gouvernement décide de faire face à une question.",
        "Lo que un gobierno decide hacer ante un problema.",
        "O que um governo decide fazer perante uma questão.",
    ),
    "advocacy": (
        "Convaincre les décideurs de changer une politique.",
        "Convencer a quienes deciden de cambiar una política.",
        "Convencer os decisores a mudar uma política.",
    ),
    "bylaws": (
        "Les règles fondatrices d'une organisation.",
        "Las reglas fundacionales de una organización.",
        "As regras fundadoras de uma organização.",
    ),
    "informal workers": (
        "Personnes qui travaillent sans contrat ni protection sociale.",
        "Personas que trabajan sin contrato ni protección social.",
        "Pessoas que trabalham sem contrato nem proteção social.",
    ),
    "domestic workers": (
        "Personnes employées dans des foyers privés.",
        "Personas empleadas en hogares particulares.",
        "Pessoas empregadas em casas particulares.",
    ),
    "waste pickers": (
        "Personnes qui collectent et trient les matières recyclables.",
        "Personas que recogen y clasifican materiales reciclables.",
        "Pessoas que recolhem e separam materiais recicláveis.",
    ),
    "social protection": (
        "Assurances et aides face aux risques de la vie.",
        "Seguros y ayudas frente a los riesgos de la vida.",
        "Seguros e apoios perante os riscos da vida.",
    ),
    "microcredit": (
        "Petits prêts à des personnes exclues des banques.",
        "Pequeños préstamos a personas excluidas de los bancos.",
        "Pequenos empréstimos a pessoas excluídas dos bancos.",
    ),
    "savings group": (
        "Groupe dont les membres épargnent et se prêtent entre eux.",
        "Grupo cuyos miembros ahorran y se prestan entre sí.",
        "Grupo cujos membros poupam e emprestam entre si.",
    ),
    "community bank": (
        "Banque gérée par et pour une communauté locale.",
        "Banco gestionado por y para una comunidad local.",
        "Banco gerido por e para uma comunidade local.",
    ),
    "solidarity finance": (
        "Épargne et prêts orientés vers des fins sociales.",
        "Ahorro y préstamos orientados a fines sociales.",
        "Poupança e empréstimos orientados para fins sociais.",
    ),
    "local currency": (
        "Monnaie qui ne circule que sur un territoire.",
        "Moneda que circula solo en un territorio.",
        "Moeda que circula apenas num território.",
    ),
    "public guarantee": (
        "L'État couvre une partie du risque d'un prêt.",
        "El Estado cubre parte del riesgo de un préstamo.",
        "O Estado cobre parte do risco de um empréstimo.",
    ),
    "fair trade": (
        "Commerce qui paie aux producteurs un prix juste.",
        "Comercio que paga a los productores un precio justo.",
        "Comércio que paga aos produtores um preço justo.",
    ),
    "community-supported agriculture": (
        "Des consommateurs paient d'avance la récolte d'un paysan.",
        "Consumidores que pagan por adelantado la cosecha de un campesino.",
        "Consumidores que pagam antecipadamente a colheita de um agricultor.",
    ),
    "agroecology": (
        "Une agriculture qui travaille avec les écosystèmes.",
        "Una agricultura que trabaja con los ecosistemas.",
        "Uma agricultura que trabalha com os ecossistemas.",
    ),
    "food sovereignty": (
        "Le droit des peuples à décider de leurs systèmes alimentaires.",
        "El derecho de los pueblos a decidir sus sistemas alimentarios.",
        "O direito dos povos a decidir os seus sistemas alimentares.",
    ),
    "trade union": (
        "Organisation qui défend les travailleurs.",
        "Organización que defiende a los trabajadores.",
        "Organização que defende os trabalhadores.",
    ),
    "worker buyout": (
        "Des salariés reprennent une entreprise qui allait fermer.",
        "Trabajadores que recuperan una empresa que iba a cerrar.",
        "Trabalhadores que retomam uma empresa que ia fechar.",
    ),
}
LANGUAGES = ("fr", "es", "pt")


def fill_glossary_definitions(builder):
    """Write the definitions above where the glossary has none yet (idempotent)."""
    english = dict(
        GlossaryTerm.objects.filter(locale__language_code="en", term__in=DEFINITIONS).values_list(
            "translation_key", "term"
        )
    )
    terms = GlossaryTerm.objects.filter(
        translation_key__in=english, locale__language_code__in=LANGUAGES
    ).select_related("locale")
    for term in terms:
        definition = DEFINITIONS[english[term.translation_key]][
            LANGUAGES.index(term.locale.language_code)
        ]
        if term.definition.strip():
            builder.tally["glossary", "found"] += 1
            continue
        term.definition = definition
        term.save(update_fields=["definition"])
        builder.tally["glossary", "created"] += 1
