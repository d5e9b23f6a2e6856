"""Toolkit files laid out like real booklets: a cover page, then one section per page.

toolkits/generated_documents.py repeats the same paragraphs on every page, which suits tests
that need an exact page count; a demo visitor opening a file should read a document instead.
Texts use only Windows-1252 characters, which the PDF standard fonts can show.
"""

import datetime
import io
from dataclasses import dataclass
from xml.sax.saxutils import escape

import docx
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer


@dataclass(frozen=True)
class Booklet:
    title: str
    language: str
    toolkit_type: str  # a ToolkitType value
    publisher: str
    year: int
    licence: str  # the licence's display name
    sections: tuple[tuple[str, str], ...]  # (heading, paragraph)


def booklet_pdf(booklet):
    styles = getSampleStyleSheet()
    labels = COVER_LABELS[booklet.language]
    story = [Spacer(1, 120), Paragraph(escape(booklet.title), styles["Title"]), Spacer(1, 24)]
    story += [Paragraph(escape(line), styles["Heading3"]) for line in _cover_lines(booklet)]
    story += [Spacer(1, 200), Paragraph(escape(labels["notice"]), styles["Italic"])]
    for heading, text in booklet.sections:
        story += [PageBreak(), Paragraph(escape(heading), styles["Heading1"])]
        story.append(Paragraph(escape(text), styles["BodyText"]))
    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        title=booklet.title,
        author=booklet.publisher,
        lang=booklet.language,
        invariant=True,  # no creation date or random id: the same booklet gives the same bytes
    )
    document.build(story)
    return buffer.getvalue()


def booklet_docx(booklet):
    document = docx.Document()
    document.core_properties.title = booklet.title
    document.core_properties.author = booklet.publisher
    document.core_properties.language = booklet.language
    published = datetime.datetime(booklet.year, 1, 1, tzinfo=datetime.UTC)
    document.core_properties.created = document.core_properties.modified = published
    document.add_heading(booklet.title, level=0)
    for line in _cover_lines(booklet):
        document.add_paragraph(line)
    document.add_paragraph(COVER_LABELS[booklet.language]["notice"]).runs[0].italic = True
    for heading, text in booklet.sections:
        document.add_page_break()
        document.add_heading(heading, level=1)
        document.add_paragraph(text)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _cover_lines(booklet):
    labels = COVER_LABELS[booklet.language]
    return [
        labels[booklet.toolkit_type],
        f"{booklet.publisher}, {booklet.year}",
        f"{labels['licence']}: {booklet.licence}",
    ]


COVER_LABELS = {
    "en": {
        "advocacy-guide": "Advocacy guide",
        "policy-brief": "Policy brief",
        "legal-model": "Legal model",
        "training-material": "Training material",
        "campaign-kit": "Campaign kit",
        "case-studies": "Case studies",
        "data-tool": "Data and mapping tool",
        "licence": "Licence",
        "all-rights-reserved": "All rights reserved",
        "notice": "Demonstration document of the SSE Policy Exchange website: the organisations, "
        "places of work and figures it mentions are fictional.",
    },
    "fr": {
        "advocacy-guide": "Guide de plaidoyer",
        "policy-brief": "Note de politique publique",
        "legal-model": "Modèle juridique",
        "training-material": "Matériel de formation",
        "campaign-kit": "Kit de campagne",
        "case-studies": "Études de cas",
        "data-tool": "Outil de données et de cartographie",
        "licence": "Licence",
        "all-rights-reserved": "Tous droits réservés",
        "notice": "Document de démonstration du site SSE Policy Exchange : les organisations, "
        "lieux de travail et chiffres cités sont fictifs.",
    },
    "es": {
        "advocacy-guide": "Guía de incidencia",
        "policy-brief": "Nota de política pública",
        "legal-model": "Modelo jurídico",
        "training-material": "Material de formación",
        "campaign-kit": "Kit de campaña",
        "case-studies": "Estudios de caso",
        "data-tool": "Herramienta de datos y mapeo",
        "licence": "Licencia",
        "all-rights-reserved": "Todos los derechos reservados",
        "notice": "Documento de demostración del sitio SSE Policy Exchange: las organizaciones, "
        "lugares de trabajo y cifras que menciona son ficticios.",
    },
    "pt": {
        "advocacy-guide": "Guia de advocacy",
        "policy-brief": "Nota de política pública",
        "legal-model": "Modelo jurídico",
        "training-material": "Material de formação",
        "campaign-kit": "Kit de campanha",
        "case-studies": "Estudos de caso",
        "data-tool": "Ferramenta de dados e mapeamento",
        "licence": "Licença",
        "all-rights-reserved": "Todos os direitos reservados",
        "notice": "Documento de demonstração do site SSE Policy Exchange: as organizações, "
        "locais de trabalho e números citados são fictícios.",
    },
}

# Sections every toolkit of the network may carry after its own; a seeded draw picks some, so
# booklets differ in length. The French wording follows the 2021-2023 strategic plan.
SHARED_SECTIONS = {
    "en": (
        (
            "How to use this toolkit",
            "Read the whole toolkit once with the people who will carry the advocacy, then "
            "adapt each step to your territory: who decides, which budget lines exist, which "
            "allies you already have. Keep a written record of every meeting with officials; "
            "it becomes the evidence base of your next proposal.",
        ),
        (
            "Co-constructing policy with local governments",
            "Public policy for the social and solidarity economy works best when it is built "
            "jointly by SSE actors and governments. Ask for a standing dialogue rather than a "
            "one-off consultation, agree on shared indicators, and make sure that every "
            "commitment has a responsible office and a date.",
        ),
        (
            "Reaching specific groups",
            "Women, young people, informal workers, migrants and indigenous peoples are often "
            "the first to organise collectively and the last to be heard. Hold meetings at "
            "times and places that suit them, pay for travel and childcare, and let them speak "
            "for their own organisations.",
        ),
        (
            "Sharing what you learn",
            "Advocacy tools travel well between countries and continents when they come with "
            "their story: what worked, what failed and why. Send this toolkit, translated or "
            "adapted, to the network so that others can reuse it, and tell us how you used it.",
        ),
        (
            "The network's four work axes",
            "The network works on four axes: advocacy in international arenas; national and "
            "local advocacy for SSE public policy; alliances with other transformative "
            "movements; and information, tools and educational material that give local SSE "
            "work more visibility worldwide.",
        ),
    ),
    "fr": (
        (
            "Comment utiliser ce kit",
            "Lisez le kit en entier avec les personnes qui porteront le plaidoyer, puis adaptez "
            "chaque étape à votre territoire : qui décide, quelles lignes budgétaires existent, "
            "sur quels alliés vous pouvez déjà compter. Gardez une trace écrite de chaque "
            "rencontre avec les élus ; elle nourrira votre prochaine proposition.",
        ),
        (
            "Co-construire les politiques publiques avec les gouvernements locaux",
            "Il s'agit de soutenir la promotion de l'ESS auprès des gouvernements locaux, au "
            "niveau national et local, dans un esprit de construction conjointe de politiques "
            "publiques et de programmes d'ESS entre les acteurs de l'ESS et les gouvernements "
            "locaux. Demandez un dialogue permanent plutôt qu'une consultation ponctuelle.",
        ),
        (
            "Atteindre des groupes spécifiques",
            "Les femmes, les jeunes, le secteur informel, les migrants et les populations "
            "autochtones s'organisent souvent les premiers et sont entendus les derniers. "
            "Choisissez des horaires et des lieux qui leur conviennent, prenez en charge le "
            "transport et la garde d'enfants, et laissez-les parler au nom de leurs organisations.",
        ),
        (
            "Partager ce que vous apprenez",
            "Le réseau veut donner plus de visibilité au travail local de l'ESS au niveau "
            "mondial et permettre les échanges d'expériences et d'outils entre les acteurs de "
            "l'ESS et entre les réseaux, afin de contribuer au renforcement et à la diffusion "
            "de ces pratiques et innovations.",
        ),
        (
            "Les quatre axes de travail du réseau",
            "Le plan stratégique est mis en œuvre selon quatre axes : le plaidoyer des intérêts "
            "transcontinentaux dans les arènes internationales ; le plaidoyer des réseaux "
            "nationaux et locaux pour des politiques publiques de l'ESS ; la convergence avec "
            "d'autres mouvements ; les informations, outils et matériel éducatif.",
        ),
    ),
    "es": (
        (
            "Cómo usar este kit",
            "Lean el kit completo con las personas que llevarán adelante la incidencia y "
            "adapten cada paso a su territorio: quién decide, qué partidas presupuestarias "
            "existen, con qué aliados cuentan. Registren por escrito cada reunión con "
            "autoridades; será la base de su próxima propuesta.",
        ),
        (
            "Co-construir políticas con los gobiernos locales",
            "Las políticas públicas de economía social y solidaria funcionan mejor cuando las "
            "construyen juntos los actores de la ESS y los gobiernos. Pidan un diálogo "
            "permanente y no una consulta puntual, acuerden indicadores comunes y asegúrense de "
            "que cada compromiso tenga una oficina responsable y una fecha.",
        ),
        (
            "Llegar a grupos específicos",
            "Las mujeres, la juventud, los trabajadores informales, las personas migrantes y los "
            "pueblos indígenas suelen ser los primeros en organizarse y los últimos en ser "
            "escuchados. Elijan horarios y lugares adecuados, cubran transporte y cuidado "
            "infantil, y dejen que hablen por sus propias organizaciones.",
        ),
        (
            "Compartir lo aprendido",
            "Las herramientas de incidencia viajan bien entre países y continentes cuando llevan "
            "consigo su historia: qué funcionó, qué falló y por qué. Envíen este kit, traducido "
            "o adaptado, a la red para que otros puedan reutilizarlo.",
        ),
        (
            "Los cuatro ejes de trabajo de la red",
            "La red trabaja en cuatro ejes: incidencia en los espacios internacionales; "
            "incidencia nacional y local por políticas públicas de ESS; convergencia con otros "
            "movimientos transformadores; e información, herramientas y material educativo.",
        ),
    ),
    "pt": (
        (
            "Como usar este kit",
            "Leiam o kit inteiro com as pessoas que vão conduzir o advocacy e adaptem cada "
            "etapa ao seu território: quem decide, que rubricas orçamentárias existem, com que "
            "aliados já contam. Registrem por escrito cada reunião com autoridades; esse "
            "registro será a base da próxima proposta.",
        ),
        (
            "Co-construir políticas com os governos locais",
            "As políticas públicas de economia social e solidária funcionam melhor quando são "
            "construídas em conjunto por atores da ESS e governos. Peçam um diálogo permanente, "
            "e não uma consulta pontual, combinem indicadores comuns e garantam que cada "
            "compromisso tenha um órgão responsável e um prazo.",
        ),
        (
            "Alcançar grupos específicos",
            "Mulheres, jovens, trabalhadores informais, migrantes e povos indígenas costumam ser "
            "os primeiros a se organizar e os últimos a ser ouvidos. Escolham horários e locais "
            "adequados, paguem transporte e cuidado infantil, e deixem que falem por suas "
            "próprias organizações.",
        ),
        (
            "Compartilhar o que aprenderam",
            "Ferramentas de advocacy viajam bem entre países e continentes quando levam consigo "
            "sua história: o que funcionou, o que falhou e por quê. Enviem este kit, traduzido "
            "ou adaptado, para a rede, para que outros possam reutilizá-lo.",
        ),
        (
            "Os quatro eixos de trabalho da rede",
            "A rede trabalha em quatro eixos: advocacy nas arenas internacionais; advocacy "
            "nacional e local por políticas públicas de ESS; convergência com outros movimentos "
            "transformadores; e informação, ferramentas e material educativo.",
        ),
    ),
}
