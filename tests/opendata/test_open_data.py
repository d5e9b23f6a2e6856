"""The open data export: round trip (read back, the same rows as the database), never a draft
or a private page, checksums and licence in the manifest, regenerated on publish, streamed."""

import csv
import hashlib
import json
import tracemalloc

import pytest
from wagtail.models import Collection, CollectionViewRestriction, Locale, PageViewRestriction

from opendata.export import export_open_data, read_manifest, write_dataset
from stories.factories import StoryPageFactory
from toolkits.factories import ToolkitDocumentFactory, ToolkitFileFactory, ToolkitPageFactory

BASE = "https://sse.example.org"


@pytest.fixture(autouse=True)
def own_export_folder(settings, tmp_path):
    """Each test its own export folder: what one test wrote is never another's."""
    settings.OPEN_DATA_ROOT = tmp_path / "served"


@pytest.fixture
def exchange(site_tree, settings, publish):
    settings.OPEN_DATA_BASE_URL = BASE
    french = Locale.objects.get(language_code="fr")
    for page in (site_tree.home, site_tree.story_index):
        publish(page.copy_for_translation(french))
    story = publish(StoryPageFactory(parent=site_tree.story_index, title="Seed banks"))
    story_fr = story.copy_for_translation(french)
    story_fr.title = "Banques de semences"
    publish(story_fr)
    other = publish(StoryPageFactory(parent=site_tree.story_index, title="Recyclers"))
    toolkit = publish(ToolkitPageFactory(parent=site_tree.toolkit_index, title="A model law"))
    private = publish(StoryPageFactory(parent=site_tree.story_index, title="Members only"))
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    draft = StoryPageFactory(parent=site_tree.story_index, title="Not yet", live=False)
    return {
        "story": story,
        "story_fr": story_fr,
        "other": other,
        "toolkit": toolkit,
        "private": private,
        "draft": draft,
    }


def read_back(folder, name):
    with open(folder / f"{name}.csv", newline="", encoding="utf-8") as file:
        csv_rows = {row["id"]: row for row in csv.DictReader(file)}
    json_rows = {row["id"]: row for row in json.loads((folder / f"{name}.json").read_text())}
    return csv_rows, json_rows


def test_export_round_trips_the_database(exchange, tmp_path):
    manifest = export_open_data(tmp_path)

    stories_csv, stories_json = read_back(tmp_path, "stories")
    story, story_fr = exchange["story"], exchange["story_fr"]
    assert set(stories_json) == {str(story.translation_key), str(exchange["other"].translation_key)}
    assert set(stories_csv) == set(stories_json)
    row = stories_json[str(story.translation_key)]
    assert row["languages"] == ["en", "fr"]
    assert row["titles"] == {"en": "Seed banks", "fr": "Banques de semences"}
    assert row["urls"] == {"en": BASE + story.url, "fr": BASE + story_fr.url}
    assert row["url"] == BASE + story.url and row["original_language"] == "en"
    assert row["countries"] == [story.country.code]
    assert row["work_axis"] == story.work_axis.slug
    assert row["date"] == story.date.isoformat()
    assert row["description"] == story.summary
    flat = stories_csv[str(story.translation_key)]
    assert flat["languages"] == "en fr" and json.loads(flat["urls"]) == row["urls"]
    assert flat["title"] == "Seed banks" and flat["organisation"] == story.organisation

    toolkits_csv, toolkits_json = read_back(tmp_path, "toolkits")
    toolkit = exchange["toolkit"]
    (files,) = [toolkits_json[str(toolkit.translation_key)]["files"]]
    expected = [
        (file.language, file.document.file_size, BASE + file.document.url)
        for file in toolkit.files.all()
    ]
    assert [(f["language"], f["bytes"], f["url"]) for f in files] == expected
    assert json.loads(toolkits_csv[str(toolkit.translation_key)]["files"]) == files

    datasets = {dataset["name"]: dataset for dataset in manifest["datasets"]}
    assert list(datasets) == ["events", "organisations", "policies", "stories", "toolkits"]
    assert datasets["stories"]["rows"] == 2 and datasets["events"]["rows"] == 0


def test_no_draft_nor_private_page_nor_private_file_in_any_export(exchange, tmp_path):
    restricted = Collection.get_first_root_node().add_child(name="Members")
    CollectionViewRestriction.objects.create(collection=restricted, restriction_type="login")
    hidden = ToolkitDocumentFactory(title="Internal notes", collection=restricted)
    ToolkitFileFactory(page=exchange["toolkit"], document=hidden, language="fr")

    export_open_data(tmp_path)

    everything = "".join(path.read_text() for path in tmp_path.iterdir() if path.is_file())
    for name in ("private", "draft"):
        page = exchange[name]
        assert str(page.translation_key) not in everything
        assert page.title not in everything
    assert "Internal notes" not in everything and hidden.url not in everything


def test_manifest_states_date_licence_and_checksums(exchange, tmp_path, settings):
    settings.OPEN_DATA_LICENCE = {"name": "CC0 1.0", "url": "https://example.org/cc0"}
    manifest = export_open_data(tmp_path)

    assert read_manifest(tmp_path) == manifest
    assert manifest["licence"] == {"name": "CC0 1.0", "url": "https://example.org/cc0"}
    assert manifest["generated"].endswith("+00:00")
    for dataset in manifest["datasets"]:
        for described in dataset["files"].values():
            data = (tmp_path / described["file"]).read_bytes()
            assert hashlib.sha256(data).hexdigest() == described["sha256"]
            assert len(data) == described["bytes"]
    assert not [path for path in tmp_path.iterdir() if path.name.startswith(".export-")]


def test_publish_regenerates_the_export(exchange, settings, publish):
    settings.OPEN_DATA_REGENERATE_ON_PUBLISH = True
    # publish() runs what waits for the commit, as the end of the editor's request does.
    story = publish(StoryPageFactory(parent=exchange["story"].get_parent(), title="New"))
    _csv, rows = read_back(settings.OPEN_DATA_ROOT, "stories")
    assert str(story.translation_key) in rows


def test_unpublish_regenerates_the_export(exchange, settings, django_capture_on_commit_callbacks):
    export_open_data()
    settings.OPEN_DATA_REGENERATE_ON_PUBLISH = True
    story = exchange["other"]
    with django_capture_on_commit_callbacks(execute=True):
        story.unpublish()
    _csv, rows = read_back(settings.OPEN_DATA_ROOT, "stories")
    assert str(story.translation_key) not in rows
    assert str(exchange["story"].translation_key) in rows


def test_data_page_and_files(client, exchange, settings):
    manifest = export_open_data()

    (stories,) = [dataset for dataset in manifest["datasets"] if dataset["name"] == "stories"]
    html = client.get("/en/data/").content.decode()
    assert "CC BY 4.0" in html and stories["files"]["csv"]["sha256"] in html
    response = client.get("/data/files/stories.csv")
    assert response.status_code == 200 and response.streaming
    assert response["Content-Type"].startswith("text/csv")
    data = b"".join(response.streaming_content)
    assert hashlib.sha256(data).hexdigest() == stories["files"]["csv"]["sha256"]
    for name in ("secret.csv", "..%2Fsettings.py", "manifest.json.bak"):
        assert client.get(f"/data/files/{name}").status_code == 404


def test_data_page_before_any_export(client, db):
    response = client.get("/en/data/")
    assert response.status_code == 200
    assert client.get("/data/files/manifest.json").status_code == 404


def synthetic_rows(count):
    for number in range(count):
        yield {
            "id": f"id-{number}",
            "title": f"Title {number} " * 5,
            "languages": ["en", "fr"],
            "urls": {"en": f"{BASE}/en/{number}/", "fr": f"{BASE}/fr/{number}/"},
        }


def peak_memory(count, folder):
    tracemalloc.start()
    write_dataset("rows", ("id", "title", "languages", "urls"), synthetic_rows(count), folder)
    _current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak


def test_writing_is_streamed_memory_does_not_grow_with_rows(tmp_path):
    small = peak_memory(2_000, tmp_path)
    large = peak_memory(40_000, tmp_path)
    assert large < small * 1.5 + 200_000, (small, large)
    with open(tmp_path / "rows.csv", newline="") as file:
        assert sum(1 for _row in csv.DictReader(file)) == 40_000
    assert len(json.loads((tmp_path / "rows.json").read_text())) == 40_000
