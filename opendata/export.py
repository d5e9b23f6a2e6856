"""The exchange as open data: one dataset per registered page type, as CSV and JSON.

A page type joins by naming its dataset and columns (`open_data_dataset`, `open_data_columns`)
and giving its own values (`open_data_values()`; `open_data_queryset()` may prefetch what they
read). Each row is one page with all its live language versions: the original's values, then
its languages, titles and addresses in each. Only live, public pages are read (no draft, no
page under a privacy restriction, no untranslated alias).

Rows are read with a database iterator and written as they come, to both files at once, each
hashed (SHA-256) while it is written: memory stays flat whatever the number of pages. The files
and their manifest (date, licence, rows, sizes, checksums) replace the previous ones only once
complete, so a reader never gets half a file.
"""

import csv
import datetime
import hashlib
import io
import json
import os
import tempfile
from dataclasses import dataclass, field
from itertools import groupby
from operator import attrgetter
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from wagtail.models import Page

MANIFEST = "manifest.json"
COMMON_COLUMNS = (
    "id",  # the translation key: the same for every language version of a page
    "kind",
    "original_language",
    "languages",
    "title",
    "url",
    "titles",
    "urls",
    "description",
    "first_published",
    "last_published",
)
ITERATOR_CHUNK = 500


@dataclass
class Dataset:
    name: str
    model: type
    columns: tuple = field(default=())


def registered_datasets():
    """The datasets of every page type that declares one, by name, in a stable order."""
    found = {}
    for model in apps.get_models():
        name = getattr(model, "open_data_dataset", None)
        if name and issubclass(model, Page) and not model._meta.abstract:
            found[name] = Dataset(name, model, COMMON_COLUMNS + tuple(model.open_data_columns))
    return dict(sorted(found.items()))


def base_url():
    return (getattr(settings, "OPEN_DATA_BASE_URL", "") or settings.WAGTAILADMIN_BASE_URL).rstrip(
        "/"
    )


def page_versions(model):
    """Lists of the live, public versions of each page (the original first), streamed."""
    pages = (
        model.objects.live()
        .public()
        .filter(alias_of__isnull=True)
        .select_related("locale")
        .order_by("translation_key", "pk")
    )
    if hasattr(model, "open_data_queryset"):
        pages = model.open_data_queryset(pages)
    for _key, versions in groupby(
        pages.iterator(chunk_size=ITERATOR_CHUNK), key=attrgetter("translation_key")
    ):
        yield list(versions)


def page_rows(dataset):
    root = base_url()
    for versions in page_versions(dataset.model):
        original = versions[0]
        urls = {}
        for version in versions:
            _site, _root, path = version.get_url_parts() or (None, None, None)
            if path is not None:
                urls[version.locale.language_code] = root + path
        row = {
            "id": str(original.translation_key),
            "kind": dataset.name,
            "original_language": original.locale.language_code,
            "languages": [version.locale.language_code for version in versions],
            "title": original.title,
            "url": urls.get(original.locale.language_code, ""),
            "titles": {version.locale.language_code: version.title for version in versions},
            "urls": urls,
            "description": original.description_text(),
            "first_published": original.first_published_at,
            "last_published": max(
                (version.last_published_at for version in versions if version.last_published_at),
                default=None,
            ),
        }
        row.update(original.open_data_values(root))
        yield row


def csv_cell(value):
    """Lists as space-separated words, objects as JSON, dates in ISO 8601."""
    if isinstance(value, list) and all(isinstance(item, str) for item in value):
        return " ".join(value)
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False, cls=DjangoJSONEncoder)
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.isoformat()
    return "" if value is None else value


class HashedFile:
    """A text file written in UTF-8 whose SHA-256 and size are known when it is closed."""

    def __init__(self, path):
        self.file = open(path, "wb")  # noqa: SIM115 - closed by close()
        self.sha256 = hashlib.sha256()
        self.size = 0

    def write(self, text):
        data = text.encode("utf-8")
        self.sha256.update(data)
        self.size += len(data)
        self.file.write(data)

    def close(self):
        self.file.close()


def write_dataset(name, columns, rows, folder):
    """Write `rows` (an iterable of dicts) to folder/name.csv and folder/name.json in one pass.
    Returns what the manifest says of them."""
    csv_file = HashedFile(folder / f"{name}.csv")
    json_file = HashedFile(folder / f"{name}.json")
    line = io.StringIO()
    writer = csv.DictWriter(line, fieldnames=columns, extrasaction="ignore")
    writer.writeheader()
    count = 0
    try:
        for row in rows:
            writer.writerow({column: csv_cell(row.get(column)) for column in columns})
            if count == 0:
                json_file.write("[\n")
            else:
                json_file.write(",\n")
            json_file.write(json.dumps(row, ensure_ascii=False, cls=DjangoJSONEncoder))
            count += 1
            if line.tell() > 64 * 1024 or count % 100 == 0:
                csv_file.write(line.getvalue())
                line.seek(0)
                line.truncate()
        csv_file.write(line.getvalue())
        json_file.write("\n]\n" if count else "[]\n")
    finally:
        csv_file.close()
        json_file.close()
    return {
        "name": name,
        "rows": count,
        "columns": list(columns),
        "files": {
            kind: {"file": f"{name}.{kind}", "bytes": file.size, "sha256": file.sha256.hexdigest()}
            for kind, file in (("csv", csv_file), ("json", json_file))
        },
    }


def licence():
    return getattr(
        settings,
        "OPEN_DATA_LICENCE",
        {"name": "CC BY 4.0", "url": "https://creativecommons.org/licenses/by/4.0/"},
    )


def export_folder():
    return Path(getattr(settings, "OPEN_DATA_ROOT", Path(settings.MEDIA_ROOT) / "open-data"))


def export_open_data(folder=None, datasets=None):
    """Write every dataset and the manifest into `folder`, replacing the previous export only
    once the new one is complete. Returns the manifest."""
    folder = Path(folder or export_folder())
    folder.mkdir(parents=True, exist_ok=True)
    datasets = registered_datasets() if datasets is None else datasets
    with tempfile.TemporaryDirectory(dir=folder, prefix=".export-") as scratch:
        scratch = Path(scratch)
        entries = [
            write_dataset(name, dataset.columns, page_rows(dataset), scratch)
            for name, dataset in datasets.items()
        ]
        manifest = {
            "title": "SSE Policy Exchange open data",
            "generated": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
            "licence": licence(),
            "source": base_url() + "/",
            "datasets": entries,
        }
        (scratch / MANIFEST).write_text(json.dumps(manifest, indent=2, ensure_ascii=False))
        for entry in entries:
            for described in entry["files"].values():
                os.replace(scratch / described["file"], folder / described["file"])
        os.replace(scratch / MANIFEST, folder / MANIFEST)
    return manifest


def read_manifest(folder=None):
    path = Path(folder or export_folder()) / MANIFEST
    try:
        return json.loads(path.read_text())
    except (FileNotFoundError, json.JSONDecodeError):
        return None
