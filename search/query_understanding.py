"""Names in a query that mean a filter: countries, regions and kinds of content.

"guides on social protection in Senegal" is read as the words "guides on social protection",
the country Senegal (a filter that brings what applies there, search/applicability.py) — in any
of the four working languages. The visitor sees each understood name as a removable chip; a
removed chip's words are passed back in `keep` and taken as plain words.
"""

from dataclasses import dataclass
from functools import cache

from django.utils import translation
from django_countries import countries
from symspellpy import SymSpell, Verbosity

from base import geography
from search.analysis import WORD, fold, join_dotted_acronyms
from search.applicability import all_countries
from search.documents import working_languages
from search.places import city_at, city_names, region_at
from search.query_analysis import stop_words, variants
from search.vocabulary import allowed_edits, current_vocabulary

MAX_NAME_WORDS = 5
MIN_MISSPELT_COUNTRY = 6  # letters

# Region names people use that are not UN M49 names, and groups of M49 sub-regions.
REGION_ALIASES = {
    "west africa": ("subregion", ["011"]),
    "afrique de l ouest": ("subregion", ["011"]),
    "africa occidental": ("subregion", ["011"]),
    "africa ocidental": ("subregion", ["011"]),
    "east africa": ("subregion", ["014"]),
    "afrique de l est": ("subregion", ["014"]),
    "africa oriental": ("subregion", ["014"]),
    "north africa": ("subregion", ["015"]),
    "afrique du nord": ("subregion", ["015"]),
    "southern africa": ("subregion", ["018"]),
    "latin america": ("subregion", ["005", "013", "029"]),
    "amerique latine": ("subregion", ["005", "013", "029"]),
    "america latina": ("subregion", ["005", "013", "029"]),
    "south east asia": ("subregion", ["035"]),
    "southeast asia": ("subregion", ["035"]),
    "asie du sud est": ("subregion", ["035"]),
    "sudeste asiatico": ("subregion", ["035"]),
    # M49's Sub-Saharan Africa (202): Africa but its Northern sub-region.
    "sub saharan africa": ("subregion", ["011", "014", "017", "018"]),
    "afrique subsaharienne": ("subregion", ["011", "014", "017", "018"]),
    "afrique sub saharienne": ("subregion", ["011", "014", "017", "018"]),
    "africa subsahariana": ("subregion", ["011", "014", "017", "018"]),
    "africa subsaariana": ("subregion", ["011", "014", "017", "018"]),
    "pacific": ("subregion", ["053", "054", "057", "061"]),
    "pacifique": ("subregion", ["053", "054", "057", "061"]),
    "pacifico": ("subregion", ["053", "054", "057", "061"]),
}

# Words for a kind of content, in the four languages.
KIND_WORDS = {
    "story": [
        "story", "stories", "récit", "récits", "témoignage", "témoignages", "historia",
        "historias", "relato", "relatos", "história", "histórias",
    ],
    "toolkit": [
        "toolkit", "toolkits", "tool kit", "boîte à outils", "boîtes à outils", "outils",
        "caja de herramientas", "herramientas", "kit de ferramentas", "ferramentas",
    ],
}  # fmt: skip


@dataclass(frozen=True)
class Understood:
    words: str  # the folded words of the query that were understood
    facet: str
    values: tuple
    label: str


def _key(text):
    return " ".join(WORD.findall(fold(text)))


@cache
def _names():
    """folded name -> (facet, values, label language-independent key)."""
    names = {}
    for language in working_languages():
        with translation.override(language):
            for code, name in countries:
                names.setdefault(_key(str(name)), ("country", (code,)))
        for code in geography.CONTINENTS:
            names.setdefault(_key(geography.region_name(code, language)), ("continent", (code,)))
        for code in sorted({geography.subregion_of(c) for c in all_countries()}):
            if code:
                names.setdefault(
                    _key(geography.region_name(code, language)), ("subregion", (code,))
                )
    for alias, (facet, values) in REGION_ALIASES.items():
        names.setdefault(_key(alias), (facet, tuple(values)))
    for kind, words in KIND_WORDS.items():
        for word in words:
            names.setdefault(_key(word), ("kind", (kind,)))
    return names


@cache
def _one_word_countries():
    """SymSpell over the folded one-word country names of the working languages."""
    names = SymSpell(max_dictionary_edit_distance=2, prefix_length=7)
    for name, (facet, _values) in _names().items():
        if facet == "country" and " " not in name:
            names.create_dictionary_entry(name, 1)
    return names


def _misspelt_countries(folded, kept):
    """{position: (facet, values)} of the one word of the query no page holds, when it is a
    typo of one country ("Senegl", "Philipines"). Two words no page holds are more likely a
    name ("Angela Davis", "Marta Harnecker") than a misspelt country, and are left alone."""
    vocabulary = current_vocabulary()
    if not vocabulary:
        return {}
    ignored = kept | stop_words()
    unknown = [
        position
        for position, word in enumerate(folded)
        if word.isalpha() and word not in ignored and not vocabulary.holds_any(variants(word))
    ]
    if len(unknown) != 1:
        return {}
    (position,) = unknown
    found = _misspelt_country(folded[position])
    return {position: found} if found else {}


def _misspelt_country(word):
    """(facet, values) of the one country a word is a typo of, within the edits allowed for
    its length; None otherwise. Words under six letters are left to the text search: "mail",
    "basil", "susan" and "samba" are one edit from Mali, Brasil, Sudan and Samoa; so are the
    names of cities ("Lagos", one edit from Laos)."""
    if len(word) < MIN_MISSPELT_COUNTRY or word in city_names():
        return None
    found = _one_word_countries().lookup(
        word, Verbosity.CLOSEST, max_edit_distance=allowed_edits(word)
    )
    # A typo keeps the first and last letters; a word that changes them is another word
    # ("child" is no Chile, "tiger" no Niger), even when no page holds it.
    names = {
        _names()[suggestion.term]
        for suggestion in found
        if suggestion.term[0] == word[0] and suggestion.term[-1] == word[-1]
    }
    return names.pop() if len(names) == 1 else None


def _label(facet, values, language):
    from search.facet_labels import facet_labeller

    label = facet_labeller(language)
    return ", ".join(label(facet, value) for value in values)


def _name_at(folded, position):
    """(length, (facet, values)) of the longest name of a filter starting at `position`, or
    (0, None)."""
    for length in range(min(MAX_NAME_WORDS, len(folded) - position), 0, -1):
        found = _names().get(" ".join(folded[position : position + length]))
        if found:
            return length, found
    return 0, None


def _kept_at(folded, position, kept):
    """The length of the longest name the visitor chose to keep as words starting at
    `position` ("west africa": its "africa" is no continent then), or 0."""
    for length in range(min(MAX_NAME_WORDS, len(folded) - position), 0, -1):
        if " ".join(folded[position : position + length]) in kept:
            return length
    return 0


def understand(text, language, keep=()):
    """(the remaining words, [Understood]) of a query; words in `keep` stay words."""
    # "E.S.S. Senegal": the acronym must survive the words' split and rejoining.
    words = WORD.findall(join_dotted_acronyms(text))
    folded = [fold(word) for word in words]
    kept = {_key(phrase) for phrase in keep}
    misspelt = _misspelt_countries(folded, kept)
    remaining, understood = [], []
    position = 0
    while position < len(words):
        name_length, found = _name_at(folded, position)
        # A longer name than the one kept stays a name ("Guinea" kept, "Guinea-Bissau" not).
        kept_length = _kept_at(folded, position, kept)
        if kept_length and kept_length >= name_length:
            remaining += words[position : position + kept_length]
            position += kept_length
            continue
        # "Horn of Africa" and "Ciudad de México" are words to expand, not the filters
        # "Africa" and "Mexico"; a country's name longer than (or as long as) a city's stays the
        # country ("São Tomé e Príncipe" is no city of São Tomé, "Singapore" is the country).
        expanded = max(region_at(folded, position)[0], city_at(folded, position)[0])
        if expanded > name_length:
            remaining += words[position : position + expanded]
            position += expanded
        elif found or (found := misspelt.get(position)):
            name_length = name_length or 1
            key = " ".join(folded[position : position + name_length])
            facet, values = found
            understood.append(Understood(key, facet, values, _label(facet, values, language)))
            position += name_length
        else:
            remaining.append(words[position])
            position += 1
    if not understood:
        return text, []
    if not remaining and all(u.facet == "kind" for u in understood):
        return text, []  # "stories" alone is a word to look for, not an empty search
    if all(fold(word) in stop_words() for word in remaining):
        remaining = []  # "stories of Brazil": nothing is left to look for but the filters
    return " ".join(remaining), understood
