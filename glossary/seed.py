"""The glossary the site ships with: seed/*.tsv, one entry a line, names per language separated
by ";" (the first is the term, the others its synonyms), and an English definition.

sse_terms.tsv is the project's own; essglobal_terms.tsv holds the concepts of the ESSGlobal
SKOS vocabularies (github.com/essglobal-linked-open-data/map-sse, vocabs/standard/) that are
labelled in the four working languages.
"""

import csv
import uuid
from pathlib import Path

from search.analysis import fold

SEED_FILES = sorted((Path(__file__).parent / "seed").glob("*.tsv"))
LANGUAGES = ["en", "fr", "es", "pt"]


def seed_entries():
    """[{language: (term, [synonyms]), "definition": str}] from the seed files."""
    entries = []
    for path in SEED_FILES:
        with path.open(encoding="utf-8") as file:
            for row in csv.DictReader(file, delimiter="\t"):
                names = {
                    lang: [n.strip() for n in row[lang].split(";") if n.strip()]
                    for lang in LANGUAGES
                }
                if all(names.values()):
                    entries.append({**names, "definition": row.get("definition_en") or ""})
    return entries


def load_glossary(term_model, locale_model, only=None):
    """Create the seed entries missing from the glossary (by English term), or only those of
    the English terms `only`; returns how many. An entry the glossary holds is left as
    translators and editors made it."""
    locales = {
        code: locale_model.objects.get_or_create(language_code=code)[0] for code in LANGUAGES
    }
    existing = set(term_model.objects.filter(locale=locales["en"]).values_list("term", flat=True))
    created = 0
    for entry in seed_entries():
        if entry["en"][0] in existing or (only is not None and entry["en"][0] not in only):
            continue
        key = uuid.uuid4()
        for language in LANGUAGES:
            term, *synonyms = entry[language]
            term_model.objects.create(
                translation_key=key,
                locale=locales[language],
                term=term,
                synonyms="\n".join(synonyms),
                definition=entry["definition"] if language == "en" else "",
            )
        created += 1
    return created


def add_names(term_model, added):
    """Add `added` ({English term: {language: [names]}}: the names a later seed gave entries
    that databases already hold) as synonyms of the versions that exist and lack them (folded).

    Only these names: a name a translator removed from the seed's earlier list stays removed,
    and an entry or a language version an editor deleted or renamed is not made again."""
    for english_term, names_by_language in added.items():
        english = term_model.objects.filter(term=english_term, locale__language_code="en").first()
        if english is None:
            continue
        for language, names in names_by_language.items():
            version = term_model.objects.filter(
                translation_key=english.translation_key, locale__language_code=language
            ).first()
            if version is None:
                continue
            held = [version.term, *(n for n in version.synonyms.splitlines() if n.strip())]
            held_folded = {fold(name.strip()) for name in held}
            missing = [name for name in names if fold(name) not in held_folded]
            if missing:
                version.synonyms = "\n".join([*held[1:], *missing])
                version.save(update_fields=["synonyms"])


def remove_names(term_model, added):
    """Undo add_names(term_model, added): take these names (folded) out of the synonyms of the
    entries' language versions; the term itself and every other synonym stay."""
    for english_term, names_by_language in added.items():
        english = term_model.objects.filter(term=english_term, locale__language_code="en").first()
        if english is None:
            continue
        for language, names in names_by_language.items():
            removed = {fold(name) for name in names}
            for version in term_model.objects.filter(
                translation_key=english.translation_key, locale__language_code=language
            ):
                held = [name for name in version.synonyms.splitlines() if name.strip()]
                kept = [name for name in held if fold(name.strip()) not in removed]
                if kept != held:
                    version.synonyms = "\n".join(kept)
                    version.save(update_fields=["synonyms"])


def remove_entries(term_model, english_terms):
    """Delete the entries (every language version) whose English term is one of these."""
    keys = term_model.objects.filter(
        term__in=english_terms, locale__language_code="en"
    ).values_list("translation_key", flat=True)
    term_model.objects.filter(translation_key__in=list(keys)).delete()


def add_definitions(term_model, definitions):
    """Give the English versions of these entries ({English term: definition}) their seeded
    definition where they have none: a definition an editor wrote stays."""
    for english_term, definition in definitions.items():
        term_model.objects.filter(
            term=english_term, locale__language_code="en", definition=""
        ).update(definition=definition)


def remove_definitions(term_model, definitions):
    """Undo add_definitions: clear the definitions that are still the seeded ones."""
    for english_term, definition in definitions.items():
        term_model.objects.filter(
            term=english_term, locale__language_code="en", definition=definition
        ).update(definition="")
