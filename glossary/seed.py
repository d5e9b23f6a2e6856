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


def load_glossary(term_model, locale_model):
    """Bring the seed into the glossary, additively; returns how many entries it created.

    A seed entry missing from the glossary (by English term) is created in the four languages.
    An existing entry gets the seed's names it lacks as synonyms, and a language version it
    lacks: names added to the seed after a database was seeded ("SCOP"'s French full name)
    reach it too. Nothing a translator wrote is changed or removed, terms and definitions
    included; a name is missing when no name of that version is the same once folded.
    """
    locales = {
        code: locale_model.objects.get_or_create(language_code=code)[0] for code in LANGUAGES
    }
    existing = {
        term.term: term.translation_key for term in term_model.objects.filter(locale=locales["en"])
    }
    created = 0
    for entry in seed_entries():
        key = existing.get(entry["en"][0])
        if key is None:
            key = uuid.uuid4()
            created += 1
        for language in LANGUAGES:
            _add_missing_names(term_model, key, locales[language], entry, language)
    return created


def _add_missing_names(term_model, key, locale, entry, language):
    term, *synonyms = entry[language]
    version = term_model.objects.filter(translation_key=key, locale=locale).first()
    if version is None:
        term_model.objects.create(
            translation_key=key,
            locale=locale,
            term=term,
            synonyms="\n".join(synonyms),
            definition=entry["definition"] if language == "en" else "",
        )
        return
    held = [version.term] + version.synonyms.splitlines()
    held_folded = {fold(name.strip()) for name in held if name.strip()}
    missing = [name for name in entry[language] if fold(name) not in held_folded]
    if missing:
        version.synonyms = "\n".join([*(line for line in held[1:] if line.strip()), *missing])
        version.save(update_fields=["synonyms"])
