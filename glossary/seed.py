"""The glossary the site ships with: seed/*.tsv, one entry a line, names per language separated
by ";" (the first is the term, the others its synonyms), and an English definition.

sse_terms.tsv is the project's own; essglobal_terms.tsv holds the concepts of the ESSGlobal
SKOS vocabularies (github.com/essglobal-linked-open-data/map-sse, vocabs/standard/) that are
labelled in the four working languages.
"""

import csv
import uuid
from pathlib import Path

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
    """Create the seed entries missing from the glossary (by English term); returns how many."""
    locales = {
        code: locale_model.objects.get_or_create(language_code=code)[0] for code in LANGUAGES
    }
    existing = set(term_model.objects.filter(locale=locales["en"]).values_list("term", flat=True))
    created = 0
    for entry in seed_entries():
        if entry["en"][0] in existing:
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
