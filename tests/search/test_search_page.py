"""The search page people expect: suggestions as they type (countries, titles, glossary terms in
their language), a country picker by name, where each result applies, one result per page with
its other languages, and the filters in a drawer on a phone."""

import re

import pytest
from wagtail.models import Locale

from glossary.models import GlossaryTerm
from toolkits.factories import ToolkitPageFactory

pytestmark = pytest.mark.usefixtures("no_page_cache")


def toolkit(site_tree, **fields):
    page = ToolkitPageFactory(parent=site_tree.toolkit_index, **{"summary": "A guide.", **fields})
    page.save_revision().publish()  # as an editor would: the site search indexes it
    return page


def suggestions(client, language, typed):
    response = client.get(f"/{language}/search/autocomplete/", {"q": typed})
    assert response.status_code == 200
    return [(s["kind"], s["label"]) for s in response.json()["suggestions"]]


def test_suggestions_hold_countries_titles_and_glossary_terms_of_the_visitors_language(
    client, site_tree
):
    page = toolkit(site_tree, title="Mutual health insurance in Dakar", countries=["SN"])
    english = GlossaryTerm.objects.create(term="mutual health organisation")
    GlossaryTerm.objects.create(
        term="mutuelle de santé",
        translation_key=english.translation_key,
        locale=Locale.objects.get(language_code="fr"),
    )

    english_suggestions = suggestions(client, "en", "mut")
    french_suggestions = suggestions(client, "fr", "mut")

    assert ("page", "Mutual health insurance in Dakar") in english_suggestions
    assert ("term", "mutual health organisation") in english_suggestions
    assert ("term", "mutuelle de santé") in french_suggestions
    assert ("term", "mutual health organisation") not in french_suggestions
    assert ("country", "Sénégal") in suggestions(client, "fr", "sén")
    assert ("country", "Senegal") in suggestions(client, "en", "Sene")
    chosen = client.get("/en/search/autocomplete/", {"q": "mut"}).json()["suggestions"]
    urls = {s["label"]: s["search_url"] for s in chosen}
    assert urls["Mutual health insurance in Dakar"] == page.url
    assert urls["mutual health organisation"] == "/en/search/?q=mutual+health+organisation"


def test_a_country_suggestion_leads_to_the_search_filtered_by_it(client, site_tree):
    chosen = client.get("/es/search/autocomplete/", {"q": "bras"}).json()["suggestions"]

    assert {"label": "Brasil", "search_url": "/es/search/?country=BR"}.items() <= chosen[0].items()


def test_suggestions_for_nothing_or_punctuation_are_empty(client, site_tree):
    for typed in ["", "   ", "%", "\x00", "-- ''"]:
        assert suggestions(client, "en", typed) == []


def test_the_search_boxes_are_comboboxes_once_their_script_runs_and_plain_forms_before(
    client, site_tree
):
    html = client.get("/en/search/").content.decode()

    # Two boxes (the header's is left out of the search page, which has its own)
    boxes = re.findall(r"<input[^>]*data-suggest=\"/en/search/autocomplete/\"[^>]*>", html)
    assert len(boxes) == 1 and 'name="q"' in boxes[0]
    assert re.search(r'<script src="/static/js/search-suggestions\.[^"]*js" defer>', html)
    assert "<script>" not in html and " style=" not in html  # nothing inline: the CSP holds
    assert 'role="search"' in html  # with no script, a plain GET form
    home = client.get("/en/").content.decode()
    assert 'id="site-search-query"' in home and "data-suggest=" in home


def test_the_country_picker_lists_countries_by_name_in_the_visitors_language(client, site_tree):
    for code in ["DE", "ES", "SN", "BR"]:
        toolkit(site_tree, title=f"Toolkit {code}", countries=[code])

    body = client.get("/fr/search/api/").json()
    country = next(f for f in body["facets"] if f["name"] == "country")
    html = client.get("/fr/search/").content.decode()

    assert [v["label"] for v in country["values"]] == ["Allemagne", "Brésil", "Espagne", "Sénégal"]
    assert '<input id="facet-country-name" type="text" name="country" list=' in html
    assert '<option value="Sénégal"></option>' in html


def test_a_country_typed_by_name_filters_like_its_code(client, site_tree):
    senegal = toolkit(site_tree, title="Savings groups", countries=["SN"])
    toolkit(site_tree, title="Community banks", countries=["BR"])

    by_name = client.get("/fr/search/api/", {"country": "Sénégal"}).json()
    in_english = client.get("/fr/search/api/", {"country": "senegal"}).json()
    unknown = client.get("/fr/search/api/", {"country": "Atlantide"})

    assert [hit["page_id"] for hit in by_name["results"]] == [senegal.pk]
    assert by_name["query"]["filters"] == {"country": ["SN"]}
    assert in_english["query"]["filters"] == {"country": ["SN"]}
    assert unknown.status_code == 200 and unknown.json()["total"] == 0


def test_every_result_card_says_where_it_applies(client, site_tree):
    toolkit(site_tree, title="Savings groups in Senegal", countries=["SN"])
    toolkit(
        site_tree,
        title="West African savings groups",
        countries=["GH", "ML"],
        government_level="continental",
    )
    toolkit(site_tree, title="At the UN", countries=[], is_international=True)

    html = client.get("/en/search/", {"q": "savings groups"}).content.decode()
    world = client.get("/en/search/", {"q": "UN"}).content.decode()

    assert '<span class="card__place">Senegal</span>' in html
    assert '<span class="card__place">Western Africa</span>' in html
    assert '<span class="card__place">International</span>' in world


def test_the_versions_of_a_page_are_one_result_with_the_other_languages_as_badges(
    client, site_tree
):
    french = Locale.objects.get(language_code="fr")
    for page in (site_tree.home, site_tree.toolkit_index):
        page.copy_for_translation(french).save_revision().publish()
    page = toolkit(site_tree, title="Seed banks", countries=["BR"])
    translation = page.copy_for_translation(french)
    translation.title = "Banques de semences"
    translation.save_revision().publish()

    body = client.get("/en/search/api/", {"q": "seed banks"}).json()
    html = client.get("/en/search/", {"q": "seed banks"}).content.decode()

    assert [hit["title"] for hit in body["results"]] == ["Seed banks"]
    assert body["results"][0]["available_languages"] == ["en", "fr"]
    assert '<span class="language-badge">French</span>' in html


def test_on_a_phone_the_filters_wait_in_a_drawer_that_works_without_script(client, site_tree):
    toolkit(site_tree, title="Seed banks", countries=["BR"])

    html = client.get("/en/search/", {"country": "BR"}).content.decode()

    drawer = html.index('<details class="filters-drawer">')
    assert html.index('id="search-page-query"') < drawer  # the words box stays on top
    assert 'Filters <span class="filters-drawer__chosen">(1 chosen)</span>' in html
    assert html.index("</details>", html.index("Apply filters")) < html.index("results-heading")
