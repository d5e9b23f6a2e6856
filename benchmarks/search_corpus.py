"""Synthetic search documents for the benchmark: N stories and toolkits in four languages.

The documents are made directly in the shape search/documents.py builds (the dictionaries both
engines' index_documents take), rather than by creating 100,000 Wagtail pages: building pages
would take hours and measure the page tree, not the search. Text is drawn from word lists of
each working language with a Zipf-like frequency (a few words everywhere, most words rare),
with the synonym phrases of search/analysis.py mixed in; facet values are real ones (countries
with their M49 regions, the taxonomy slugs in the database, toolkit types and levels), and a
page has one to four language versions sharing a translation key, as translated pages do.

Needs Django set up (taxonomy names, country names); seeded, so a size always gives the same
documents.
"""

import hashlib
import json
import random
import uuid
from functools import cache

from search.analysis import analyse, analyse_everywhere

LANGUAGES = ["en", "fr", "es", "pt"]
ORIGINAL_LANGUAGE_WEIGHTS = [40, 25, 25, 10]

# Content words of the network's field, most frequent first in each language.
WORDS = {
    "en": """cooperative network local public policy social solidarity economy municipality
        women workers community development finance market law housing food farmers youth
        training council enterprise fair trade mutual association savings credit health care
        recycling waste pickers energy water land rights reform budget participatory governance
        strategy alliance campaign advocacy guide model procurement tax incentive region city
        rural urban informal formalisation employment income poverty inclusion migrants
        indigenous peoples culture tourism crafts textile seeds agroecology climate transition
        platform digital commons data mapping census statute registration federation union
        dialogue partnership ministry parliament decree ordinance charter plan programme
        evaluation impact indicators research university school education childcare elderly
        disability transport mobility bank fund loan microfinance insurance pension""",
    "fr": """coopérative réseau local politique publique économie sociale solidaire commune
        femmes travailleurs communauté développement finance marché loi logement alimentation
        agriculteurs jeunesse formation conseil entreprise commerce équitable mutuelle
        association épargne crédit santé soins recyclage déchets énergie eau foncier droits
        réforme budget participatif gouvernance stratégie alliance campagne plaidoyer guide
        modèle marchés publics fiscalité incitation région ville rural urbain informel
        formalisation emploi revenu pauvreté inclusion migrants peuples autochtones culture
        tourisme artisanat textile semences agroécologie climat transition plateforme
        numérique communs données cartographie recensement statut enregistrement fédération
        syndicat dialogue partenariat ministère parlement décret arrêté charte plan programme
        évaluation impact indicateurs recherche université école éducation crèche aînés
        handicap transport mobilité banque fonds prêt microfinance assurance retraite""",
    "es": """cooperativa red local política pública economía social solidaria municipio
        mujeres trabajadores comunidad desarrollo finanzas mercado ley vivienda alimentación
        agricultores juventud formación consejo empresa comercio justo mutual asociación
        ahorro crédito salud cuidados reciclaje recicladores residuos energía agua tierra
        derechos reforma presupuesto participativo gobernanza estrategia alianza campaña
        incidencia guía modelo compras públicas impuestos incentivo región ciudad rural urbano
        informal formalización empleo ingresos pobreza inclusión migrantes pueblos indígenas
        cultura turismo artesanía textil semillas agroecología clima transición plataforma
        digital comunes datos mapeo censo estatuto registro federación sindicato diálogo
        alianza ministerio parlamento decreto ordenanza carta plan programa evaluación
        impacto indicadores investigación universidad escuela educación cuidado mayores
        discapacidad transporte movilidad banco fondo préstamo microfinanzas seguro pensión""",
    "pt": """cooperativa rede local política pública economia social solidária município
        mulheres trabalhadores comunidade desenvolvimento finanças mercado lei habitação
        alimentação agricultores juventude formação conselho empresa comércio justo mútua
        associação poupança crédito saúde cuidados reciclagem catadores resíduos energia água
        terra direitos reforma orçamento participativo governança estratégia aliança campanha
        incidência guia modelo compras públicas impostos incentivo região cidade rural urbano
        informal formalização emprego renda pobreza inclusão migrantes povos indígenas cultura
        turismo artesanato têxtil sementes agroecologia clima transição plataforma digital
        comuns dados mapeamento censo estatuto registro federação sindicato diálogo parceria
        ministério parlamento decreto portaria carta plano programa avaliação impacto
        indicadores pesquisa universidade escola educação creche idosos deficiência
        transporte mobilidade banco fundo empréstimo microfinanças seguro previdência""",
}
FUNCTION_WORDS = {
    "en": [
        "the",
        "of",
        "and",
        "to",
        "in",
        "a",
        "for",
        "with",
        "on",
        "by",
        "from",
        "that",
        "is",
        "are",
        "was",
        "as",
        "at",
        "this",
        "their",
        "which",
    ],
    "fr": [
        "le",
        "la",
        "les",
        "de",
        "des",
        "du",
        "et",
        "à",
        "en",
        "un",
        "une",
        "pour",
        "avec",
        "sur",
        "par",
        "qui",
        "que",
        "est",
        "sont",
        "dans",
        "au",
    ],
    "es": [
        "el",
        "la",
        "los",
        "las",
        "de",
        "del",
        "y",
        "a",
        "en",
        "un",
        "una",
        "para",
        "con",
        "por",
        "que",
        "es",
        "son",
        "como",
        "al",
        "se",
        "su",
    ],
    "pt": [
        "o",
        "a",
        "os",
        "as",
        "de",
        "do",
        "da",
        "e",
        "em",
        "um",
        "uma",
        "para",
        "com",
        "por",
        "que",
        "é",
        "são",
        "como",
        "ao",
        "se",
        "sua",
    ],
}
# Written as one word each: search/analysis.py turns them into one synonym token.
PHRASES = {
    "en": ["social and solidarity economy", "local government", "co-operative"],
    "fr": ["économie sociale et solidaire", "économie solidaire", "municipalité"],
    "es": ["economía social y solidaria", "economía solidaria", "municipio"],
    "pt": ["economia social e solidária", "economia solidária", "município"],
}
STORY_COUNTRIES = [
    "BR",
    "AR",
    "UY",
    "CL",
    "CO",
    "MX",
    "PE",
    "BO",
    "EC",
    "SN",
    "ML",
    "BF",
    "CI",
    "CM",
    "MA",
    "TN",
    "DZ",
    "ZA",
    "KE",
    "UG",
    "RW",
    "ET",
    "GH",
    "NG",
    "CA",
    "US",
    "FR",
    "BE",
    "ES",
    "PT",
    "IT",
    "DE",
    "GB",
    "GR",
    "PL",
    "IN",
    "PH",
    "ID",
    "VN",
    "KR",
    "JP",
    "NZ",
    "AU",
    "FJ",
]
TOOLKIT_TYPES = [
    "advocacy-guide",
    "policy-brief",
    "legal-model",
    "training-material",
    "campaign-kit",
    "case-studies",
    "data-tool",
]
GOVERNMENT_LEVELS = ["international", "continental", "national", "local"]


class Vocabulary:
    """Words of one language, their Zipf-like weights, and their index tokens (analysed once)."""

    def __init__(self, language):
        content = WORDS[language].split()
        self.words = content + FUNCTION_WORDS[language] + PHRASES[language]
        self.weights = (
            [1 / (rank + 2) for rank in range(len(content))]
            + [0.5] * len(FUNCTION_WORDS[language])
            + [0.02] * len(PHRASES[language])
        )
        self.language = language
        self._tokens = {}

    def text(self, rng, count):
        return rng.choices(self.words, weights=self.weights, k=count)

    def tokens(self, words):
        """What analyse(" ".join(words), language) gives, from each word's tokens."""
        tokens = set()
        for word in set(words):
            found = self._tokens.get(word)
            if found is None:
                found = self._tokens[word] = analyse(word, self.language)
            tokens |= found
        return tokens


@cache
def vocabularies():
    return {language: Vocabulary(language) for language in LANGUAGES}


@cache
def _taxonomy():
    """slug lists and every-language names of the taxonomy in the database."""
    from taxonomy.models import Sector, TargetGroup, Theme, WorkAxis

    found = {}
    for facet, model in (
        ("axis", WorkAxis),
        ("theme", Theme),
        ("sector", Sector),
        ("group", TargetGroup),
    ):
        names = {}
        for slug, name in model.objects.values_list("slug", "name"):
            names.setdefault(slug, set()).add(name)
        found[facet] = names
    return found


@cache
def _country_labels(code):
    from base import geography
    from search.documents import country_names, region_names

    continent, subregion = geography.continent_of(code), geography.subregion_of(code)
    labels = set(country_names(code))
    for region in (continent, subregion):
        if region:
            labels |= region_names(region)
    return continent, subregion, labels


@cache
def _label_tokens(name):
    return frozenset(analyse_everywhere(name))


def _analysed_labels(names):
    """analyse_everywhere() of the labels, from each name's tokens (names repeat a lot)."""
    return " ".join(sorted(set().union(*(_label_tokens(name) for name in names))))


def _sentence_case(words):
    text = " ".join(words)
    return text[:1].upper() + text[1:]


def _joined(tokens):
    return " ".join(sorted(tokens))


def documents(count, seed=2021, first_page_id=1_000_000):
    """`count` search documents (dicts as search/documents.py builds them), as a generator."""
    rng = random.Random(seed)
    vocabulary = vocabularies()
    taxonomy = _taxonomy()
    page_id = first_page_id
    made = 0
    while made < count:
        kind = rng.choice(["story", "toolkit"])
        original = rng.choices(LANGUAGES, weights=ORIGINAL_LANGUAGE_WEIGHTS)[0]
        others = [language for language in LANGUAGES if language != original]
        translated = rng.sample(others, k=rng.choice([0, 0, 1, 1, 2, 3]))
        languages = [original, *translated][: count - made]
        translation_key = str(uuid.UUID(int=rng.getrandbits(128)))
        facets, labels = _facets(rng, kind, taxonomy)
        files = _files(rng, kind, vocabulary)
        for language in languages:
            yield _document(
                rng,
                vocabulary[language],
                page_id=page_id,
                kind=kind,
                translation_key=translation_key,
                available=sorted(languages),
                is_original=language == original,
                facets=facets,
                labels=labels,
                files=files,
            )
            page_id += 1
            made += 1


def _facets(rng, kind, taxonomy):
    countries = sorted(
        set(rng.sample(STORY_COUNTRIES, k=1 if kind == "story" else rng.randint(1, 3)))
    )
    continents, subregions, labels = set(), set(), set()
    for code in countries:
        continent, subregion, country_labels = _country_labels(code)
        continents.add(continent)
        subregions.add(subregion)
        labels |= country_labels
    chosen = {facet: [rng.choice(sorted(taxonomy[facet]))] for facet in ("axis",)}
    for facet in ("theme", "sector", "group"):
        slugs = sorted(taxonomy[facet])
        chosen[facet] = sorted(rng.sample(slugs, k=min(len(slugs), rng.randint(0, 3))))
    for facet, slugs in chosen.items():
        for slug in slugs:
            labels |= taxonomy[facet][slug]
    facets = {"kind": [kind]}
    if kind == "story":
        facets["year"] = [str(rng.randint(2005, 2025))]
    else:
        facets |= {
            "year": [str(rng.randint(2000, 2025))],
            "type": [rng.choice(TOOLKIT_TYPES)],
            "level": [rng.choice(GOVERNMENT_LEVELS)],
        }
    facets |= {
        "country": countries,
        "continent": sorted(continents - {""}),
        "subregion": sorted(subregions - {""}),
        **chosen,
    }
    return facets, sorted(labels)


def _files(rng, kind, vocabulary):
    """{file language: words} of a toolkit's files (stories have none)."""
    if kind == "story":
        return {}
    languages = rng.sample(LANGUAGES, k=rng.choice([1, 1, 2, 4]))
    return {
        language: vocabulary[language].text(rng, rng.randint(300, 1500)) for language in languages
    }


def _document(
    rng, words, *, page_id, kind, translation_key, available, is_original, facets, labels, files
):
    title_words = words.text(rng, rng.randint(6, 12))
    summary_words = words.text(rng, rng.randint(25, 45))
    body_words = words.text(
        rng, rng.randint(300, 900) if kind == "story" else rng.randint(100, 300)
    )
    title = _sentence_case(title_words)
    summary = _sentence_case(summary_words) + "."
    body = " ".join(body_words)
    files_tokens = set()
    for language, file_words in files.items():
        files_tokens |= vocabularies()[language].tokens(file_words)
    document_facets = dict(facets)
    if files:
        document_facets["file_language"] = sorted(files)
    document = {
        "page_id": page_id,
        "translation_key": translation_key,
        "language": words.language,
        "available_languages": available,
        "is_original": is_original,
        "title": title,
        "summary": summary,
        "body": body,
        "files_text": " ".join(" ".join(file_words) for file_words in files.values()),
        "labels": " ".join(labels),
        "tokens": {
            "title": _joined(words.tokens(title_words)),
            "summary": _joined(words.tokens(summary_words)),
            "body": _joined(words.tokens(body_words)),
            "files": _joined(files_tokens),
            "labels": _analysed_labels(labels),
        },
        "url": f"/{words.language}/{'stories' if kind == 'story' else 'toolkits'}/page-{page_id}/",
        "published": f"{facets['year'][0]}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
        "facets": {name: values for name, values in document_facets.items() if values},
    }
    serialised = json.dumps(document, sort_keys=True, default=str).encode()
    document["fingerprint"] = hashlib.sha256(serialised).hexdigest()
    return document
