"""JSON-LD and share previews on every public page type: parsed by a JSON-LD processor (pyld),
checked for the properties search engines require of each schema.org type; Open Graph and
Twitter cards with an absolute share image; safe against titles that hold markup."""

import io
import json
import re
from html.parser import HTMLParser

import pytest
from django.core.files.storage import default_storage
from PIL import Image
from pyld import jsonld
from wagtail.models import Locale

from seo import share_cards
from stories.factories import StoryPageFactory
from toolkits.factories import ToolkitPageFactory

SCHEMA = "http://schema.org/"
# schema.org's context, as the processor would download it, reduced to what matters here: its
# vocabulary (the tests run offline, and the processor must still expand every term).
SCHEMA_CONTEXT = {"@context": {"@vocab": SCHEMA, "id": "@id", "type": "@type"}}


def offline_loader(url, options=None):
    assert url.rstrip("/") in ("https://schema.org", "http://schema.org"), url
    return {"contextUrl": None, "documentUrl": url, "document": SCHEMA_CONTEXT}


class HeadReader(HTMLParser):
    """The <meta> properties and JSON-LD blocks of a page."""

    def __init__(self):
        super().__init__()
        self.meta, self.json_ld, self._in_json_ld, self.scripts = {}, [], False, []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "meta" and ("property" in attrs or "name" in attrs):
            self.meta.setdefault(attrs.get("property") or attrs["name"], attrs["content"])
        if tag == "script":
            self.scripts.append(attrs)
            self._in_json_ld = attrs.get("type") == "application/ld+json"

    def handle_data(self, data):
        if self._in_json_ld:
            self.json_ld.append(data)

    def handle_endtag(self, tag):
        if tag == "script":
            self._in_json_ld = False


def read_head(client, url):
    response = client.get(url, HTTP_HOST="sse.example.org", secure=True)
    assert response.status_code == 200
    reader = HeadReader()
    reader.feed(response.content.decode())
    return response, reader


def expanded_nodes(reader):
    """Every node of the page's JSON-LD, expanded by pyld: {schema.org type: [node]}."""
    assert len(reader.json_ld) == 1
    document = json.loads(reader.json_ld[0])
    flat = jsonld.flatten(document, options={"documentLoader": offline_loader})
    by_type = {}
    for node in flat:
        for node_type in node.get("@type", []):
            by_type.setdefault(node_type.removeprefix(SCHEMA), []).append(node)
    return by_type, {node["@id"]: node for node in flat}


def value(node, name):
    found = node.get(SCHEMA + name, [])
    assert found, f"{name} missing from {node.get('@type')}"
    first = found[0]
    return first.get("@value", first.get("@id"))


REQUIRED = {
    "Article": ["headline", "datePublished", "dateModified", "author", "image", "inLanguage"],
    "CreativeWork": ["name", "url", "inLanguage", "license", "publisher", "hasPart"],
    "DigitalDocument": ["name", "contentUrl", "encodingFormat", "inLanguage"],
    "CollectionPage": ["name", "url", "inLanguage"],
    "WebPage": ["name", "url", "inLanguage"],
    "WebSite": ["name", "url", "potentialAction"],
    "BreadcrumbList": ["itemListElement"],
    "ListItem": ["position", "name", "item"],
}


def check_required(by_type):
    for schema_type, nodes in by_type.items():
        for node in nodes:
            for name in REQUIRED.get(schema_type, []):
                value(node, name)


@pytest.fixture
def pages(site_tree, no_page_cache, publish):
    story = publish(StoryPageFactory(parent=site_tree.story_index, title="Seed banks"))
    toolkit = publish(ToolkitPageFactory(parent=site_tree.toolkit_index, title="A model law"))
    return site_tree, story, toolkit


def test_every_page_type_has_json_ld_of_its_type_and_a_share_preview(client, pages):
    site_tree, story, toolkit = pages
    expected = {
        site_tree.home.url: "WebPage",
        site_tree.story_index.url: "CollectionPage",
        site_tree.toolkit_index.url: "CollectionPage",
        story.url: "Article",
        toolkit.url: "CreativeWork",
    }
    for url, schema_type in expected.items():
        response, reader = read_head(client, url)
        by_type, _nodes = expanded_nodes(reader)
        check_required(by_type)
        (main,) = by_type[schema_type]
        assert value(main, "url") == f"https://sse.example.org{url}"
        assert value(main, "inLanguage") == "en"
        assert by_type["BreadcrumbList"]
        # Share preview: the same page, an absolute image the site serves.
        assert reader.meta["og:url"] == f"https://sse.example.org{url}"
        assert reader.meta["og:title"] and reader.meta["twitter:card"] == "summary_large_image"
        assert reader.meta["og:locale"] == "en_US"
        image = reader.meta["og:image"]
        assert image.startswith("https://sse.example.org/media/")
        assert reader.meta["twitter:image"] == image
        path = image.removeprefix("https://sse.example.org/media/")
        with default_storage.open(path) as file:
            assert Image.open(file).size == (1200, 630)
        assert int(reader.meta["og:image:width"]) == 1200


def test_home_is_a_website_with_a_search_action(client, pages):
    site_tree, _story, _toolkit = pages
    _response, reader = read_head(client, site_tree.home.url)
    by_type, nodes = expanded_nodes(reader)

    (website,) = by_type["WebSite"]
    action = nodes[website[SCHEMA + "potentialAction"][0]["@id"]]
    target = nodes[action[SCHEMA + "target"][0]["@id"]]
    assert value(target, "urlTemplate") == (
        "https://sse.example.org/en/search/?q={search_term_string}"
    )
    raw = json.loads(reader.json_ld[0])
    assert raw["@graph"][-1]["potentialAction"]["query-input"] == (
        "required name=search_term_string"
    )


def test_story_is_an_article_with_its_image_and_breadcrumbs(client, pages):
    site_tree, story, _toolkit = pages
    _response, reader = read_head(client, story.url)
    by_type, nodes = expanded_nodes(reader)

    (article,) = by_type["Article"]
    assert value(article, "headline") == "Seed banks"
    assert value(article, "image") == reader.meta["og:image"]
    assert "/images/" in reader.meta["og:image"]  # the hero image, not a generated card
    assert reader.meta["og:type"] == "article"
    crumbs = sorted(by_type["ListItem"], key=lambda item: value(item, "position"))
    assert [value(item, "name") for item in crumbs] == [
        site_tree.home.title,
        site_tree.story_index.title,
        "Seed banks",
    ]
    assert value(crumbs[-1], "item") == f"https://sse.example.org{story.url}"


def test_toolkit_lists_its_files_as_digital_documents(client, pages):
    _site_tree, _story, toolkit = pages
    _response, reader = read_head(client, toolkit.url)
    by_type, _nodes = expanded_nodes(reader)

    (work,) = by_type["CreativeWork"]
    (document,) = by_type["DigitalDocument"]
    file = toolkit.files.get()
    assert value(document, "contentUrl") == f"https://sse.example.org{file.document.url}"
    assert value(document, "encodingFormat") == "application/pdf"
    assert value(document, "inLanguage") == file.language
    assert value(work, "license").startswith("https://creativecommons.org/licenses/")
    assert "share-cards/" in reader.meta["og:image"]  # no image of its own: a generated card


def test_translations_link_to_each_other(client, pages, publish):
    site_tree, story, _toolkit = pages
    french = Locale.objects.get(language_code="fr")
    for page in (site_tree.home, site_tree.story_index):
        publish(page.copy_for_translation(french))
    story_fr = story.copy_for_translation(french)
    story_fr.title = "Banques de semences"
    publish(story_fr)

    _response, reader = read_head(client, story_fr.url)
    by_type, _nodes = expanded_nodes(reader)
    (article,) = by_type["Article"]
    assert value(article, "inLanguage") == "fr"
    assert value(article, "translationOfWork") == f"https://sse.example.org{story.url}"

    _response, reader = read_head(client, story.url)
    by_type, _nodes = expanded_nodes(reader)
    (article,) = by_type["Article"]
    assert value(article, "workTranslation") == f"https://sse.example.org{story_fr.url}"
    assert reader.meta["og:locale:alternate"] == "fr_FR"


def test_json_ld_is_a_data_block_no_title_can_break_out_of(
    client, site_tree, no_page_cache, publish
):
    title = '</script><script>alert("x")</script> & <!-- more'
    story = publish(StoryPageFactory(parent=site_tree.story_index, title=title))

    response, reader = read_head(client, story.url)

    html = response.content.decode()
    assert "<script>alert" not in html
    # The only inline script is the data block; the others are files of our own (CSP 'self').
    inline = [script for script in reader.scripts if "src" not in script]
    assert [script.get("type") for script in inline] == ["application/ld+json"]
    assert all(script["src"].startswith("/static/") for script in reader.scripts if "src" in script)
    assert json.loads(reader.json_ld[0])["@graph"][0]["headline"] == title
    # A data block runs nothing: the strict policy needs no nonce nor 'unsafe-inline' for it,
    # so the page stays shareable by the page cache.
    policy = response["Content-Security-Policy"]
    assert "unsafe-inline" not in re.search(r"script-src[^;]*", policy).group(0)
    assert "nonce" not in inline[0]


def test_share_card_is_drawn_once_and_read_from_storage_after(monkeypatch, db):
    first = share_cards.generated_card_url("Une loi-cadre de l'ESS", "Toolkit", "SSE")
    drawn = []
    monkeypatch.setattr(share_cards, "draw_card", lambda *args: drawn.append(args) or b"")

    assert share_cards.generated_card_url("Une loi-cadre de l'ESS", "Toolkit", "SSE") == first
    assert drawn == []
    share_cards.generated_card_url("Another title", "Toolkit", "SSE")
    assert len(drawn) == 1


def test_share_card_is_a_png_of_the_expected_size():
    png = share_cards.draw_card("A very long title " * 20, "Story", "SSE Policy Exchange")
    image = Image.open(io.BytesIO(png))
    assert image.format == "PNG" and image.size == (1200, 630)
