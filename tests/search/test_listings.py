"""The story and toolkit listings: filters, pagination, and what never appears in them."""

import pytest
from django.conf import settings
from wagtail.models import PageViewRestriction

from stories.factories import StoryPageFactory
from taxonomy.factories import ThemeFactory, WorkAxisFactory
from toolkits.factories import ToolkitDocumentFactory, ToolkitPageFactory

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("no_page_cache")]


def listed(client, listing, **params):
    response = client.get(listing.url, params)
    assert response.status_code == 200
    return response


def listed_ids(client, listing, **params):
    page_obj = listed(client, listing, **params).context["page_obj"]
    return {page.pk for page in page_obj.object_list}


@pytest.fixture
def stories(site_tree):
    """Stories from three continents, on two work axes, some with a theme."""
    index = site_tree.story_index
    alliances = WorkAxisFactory(slug="alliances")
    environment = ThemeFactory(slug="environment")
    return {
        "senegal": StoryPageFactory(parent=index, country="SN", themes=[environment]),
        "morocco": StoryPageFactory(parent=index, country="MA", work_axis=alliances),
        "brazil": StoryPageFactory(parent=index, country="BR", themes=[environment]),
        "mexico": StoryPageFactory(parent=index, country="MX", work_axis=alliances),
        "france": StoryPageFactory(parent=index, country="FR"),
    }


def ids(stories, *names):
    return {stories[name].pk for name in names}


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({}, ["senegal", "morocco", "brazil", "mexico", "france"]),
        ({"country": "SN"}, ["senegal"]),
        ({"country": "BR"}, ["brazil"]),
        ({"continent": "002"}, ["senegal", "morocco"]),  # Africa
        ({"continent": "019"}, ["brazil", "mexico"]),  # the Americas
        ({"continent": "150"}, ["france"]),  # Europe
        ({"continent": "142"}, []),  # Asia
        ({"axis": "alliances"}, ["morocco", "mexico"]),
        ({"axis": "public-policy"}, ["senegal", "brazil", "france"]),
        ({"theme": "environment"}, ["senegal", "brazil"]),
        ({"continent": "019", "axis": "alliances"}, ["mexico"]),
        ({"continent": "002", "theme": "environment"}, ["senegal"]),
    ],
)
def test_story_listing_filters(client, site_tree, stories, params, expected):
    assert listed_ids(client, site_tree.story_index, **params) == ids(stories, *expected)


@pytest.mark.parametrize(
    "params",
    [
        {"country": "ZZ"},
        {"country": "sn"},
        {"continent": "999"},
        {"continent": "Africa"},
        {"axis": "no-such-axis"},
        {"theme": "no-such-theme"},
        {"country": "<script>", "axis": "' OR 1=1 --"},
    ],
)
def test_unknown_filter_values_list_nothing_and_offer_to_clear_them(
    client, site_tree, stories, params
):
    response = listed(client, site_tree.story_index, **params)

    assert list(response.context["page_obj"].object_list) == []
    html = response.content.decode()
    assert "No story matches these filters" in html
    assert f'<a href="{site_tree.story_index.url}">Clear all filters</a>' in html
    assert "<script>" not in html


def test_unknown_parameters_are_ignored(client, site_tree, stories):
    assert listed_ids(client, site_tree.story_index, page="1", unknown="value") == ids(
        stories, *stories
    )


def test_filtered_story_listing_links_only_to_matching_stories(client, site_tree, stories):
    response = listed(client, site_tree.story_index, continent="002")

    html = response.content.decode()
    for name in ("senegal", "morocco"):
        assert f'href="{stories[name].url}"' in html
    for name in ("brazil", "mexico", "france"):
        assert f'href="{stories[name].url}"' not in html


def test_toolkit_listing_filters_by_any_of_its_countries(client, site_tree):
    index = site_tree.toolkit_index
    brazil_and_senegal = ToolkitPageFactory(parent=index, countries=["BR", "SN"])
    france = ToolkitPageFactory(parent=index, countries=["FR"])
    international = ToolkitPageFactory(parent=index, countries=[], is_international=True)

    assert listed_ids(client, index, country="SN") == {brazil_and_senegal.pk}
    assert listed_ids(client, index, country="FR") == {france.pk}
    assert listed_ids(client, index, continent="019") == {brazil_and_senegal.pk}
    assert listed_ids(client, index, continent="002") == {brazil_and_senegal.pk}
    assert listed_ids(client, index, continent="150") == {france.pk}
    assert listed_ids(client, index) == {brazil_and_senegal.pk, france.pk, international.pk}


def test_toolkit_listing_filters_by_axis_and_theme(client, site_tree):
    index = site_tree.toolkit_index
    tools = ToolkitPageFactory(
        parent=index,
        work_axis=WorkAxisFactory(slug="information-and-tools"),
        themes=[ThemeFactory(slug="sdgs")],
    )
    other = ToolkitPageFactory(parent=index)

    assert listed_ids(client, index, axis="information-and-tools") == {tools.pk}
    assert listed_ids(client, index, theme="sdgs") == {tools.pk}
    assert listed_ids(client, index, axis="public-policy") == {other.pk}


# Pagination ---------------------------------------------------------------------------------


@pytest.fixture
def many_stories(site_tree):
    """One full page of stories and three more."""
    count = settings.LISTING_PAGE_SIZE + 3
    return [StoryPageFactory(parent=site_tree.story_index) for _ in range(count)]


@pytest.mark.parametrize(
    ("page", "expected_number"),
    [(None, 1), ("1", 1), ("2", 2), ("abc", 1), ("", 1), ("0", 1), ("-1", 1), (str(10**9), 2)],
)
def test_listing_pagination_always_answers_with_a_page_of_items(
    client, site_tree, many_stories, page, expected_number
):
    params = {} if page is None else {"page": page}

    page_obj = listed(client, site_tree.story_index, **params).context["page_obj"]

    expected_size = settings.LISTING_PAGE_SIZE if expected_number == 1 else 3
    assert page_obj.number == expected_number
    assert len(page_obj.object_list) == expected_size


def test_listing_pages_together_list_every_story_once(client, site_tree, many_stories):
    first = listed_ids(client, site_tree.story_index, page="1")
    second = listed_ids(client, site_tree.story_index, page="2")

    assert first.isdisjoint(second)
    assert first | second == {story.pk for story in many_stories}


def test_pagination_links_keep_the_filters(client, site_tree, many_stories):
    response = listed(client, site_tree.story_index, country="SN")

    assert "country=SN&amp;page=2" in response.content.decode()


# What never appears -------------------------------------------------------------------------


def test_drafts_unpublished_and_private_stories_never_appear(client, site_tree):
    index = site_tree.story_index
    published = StoryPageFactory(parent=index)
    draft = StoryPageFactory(parent=index, live=False)
    unpublished = StoryPageFactory(parent=index)
    unpublished.unpublish()
    private = StoryPageFactory(parent=index)
    PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.PASSWORD, password="secret"
    )
    members_only = StoryPageFactory(parent=index)
    PageViewRestriction.objects.create(
        page=members_only, restriction_type=PageViewRestriction.LOGIN
    )

    response = listed(client, index)
    html = response.content.decode()

    assert {page.pk for page in response.context["page_obj"].object_list} == {published.pk}
    for hidden in (draft, unpublished, private, members_only):
        assert hidden.title not in html
    # Filters do not bring them back either.
    assert listed_ids(client, index, country="SN") == {published.pk}


def test_drafts_and_private_toolkits_never_appear(client, site_tree):
    index = site_tree.toolkit_index
    published = ToolkitPageFactory(parent=index)
    ToolkitPageFactory(parent=index, live=False)
    private = ToolkitPageFactory(parent=index)
    PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.PASSWORD, password="secret"
    )

    assert listed_ids(client, index) == {published.pk}
    assert listed_ids(client, index, country="BR") == {published.pk}


def test_home_page_never_shows_drafts_or_private_stories(client, site_tree):
    index = site_tree.story_index
    published = StoryPageFactory(parent=index, title="Published on the home page")
    StoryPageFactory(parent=index, live=False, title="Draft on the home page")
    private = StoryPageFactory(parent=index, title="Private on the home page")
    PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.PASSWORD, password="secret"
    )

    html = client.get(site_tree.home.url).content.decode()

    assert published.title in html
    assert "Draft on the home page" not in html
    assert "Private on the home page" not in html


# Languages ----------------------------------------------------------------------------------


def test_each_language_lists_one_version_of_each_story(client, site_tree, translate):
    translated = StoryPageFactory(parent=site_tree.story_index, title="A bakery")
    untranslated = StoryPageFactory(parent=site_tree.story_index, title="A market")
    french_index = translate(site_tree.story_index, "fr", copy_parents=True)
    french = translate(translated, "fr", title="Une boulangerie", slug="boulangerie")

    assert french.get_parent().pk == french_index.pk
    assert listed_ids(client, site_tree.story_index) == {translated.pk, untranslated.pk}
    # The French version where there is one, the original otherwise.
    assert listed_ids(client, french_index) == {french.pk, untranslated.pk}


# Counted facets and words ---------------------------------------------------------------------


def facet_counts(response):
    return {
        facet["name"]: {value["value"]: value["count"] for value in facet["values"]}
        for facet in response.context["facets"]
    }


def test_toolkit_listing_counts_each_facet_value_as_the_list_it_would_give(client, site_tree):
    index = site_tree.toolkit_index
    ToolkitPageFactory(parent=index, countries=["BR", "SN"], toolkit_type="policy-brief")
    ToolkitPageFactory(parent=index, countries=["BR"])
    ToolkitPageFactory(parent=index, countries=["FR"], files__language="fr")
    StoryPageFactory(parent=site_tree.story_index, country="BR")  # not a toolkit

    counts = facet_counts(listed(client, index))

    assert "kind" not in counts
    assert counts["country"] == {"BR": 2, "SN": 1, "FR": 1}
    assert counts["continent"] == {"019": 2, "002": 1, "150": 1}
    assert counts["file_language"] == {"en": 2, "fr": 1}
    for facet, values in counts.items():
        for value, count in values.items():
            assert len(listed_ids(client, index, **{facet: value})) == count, (facet, value)


def test_toolkit_listing_facets_count_within_the_other_chosen_filters(client, site_tree):
    index = site_tree.toolkit_index
    ToolkitPageFactory(parent=index, countries=["BR"], toolkit_type="policy-brief")
    ToolkitPageFactory(parent=index, countries=["BR"])
    ToolkitPageFactory(parent=index, countries=["SN"])

    response = listed(client, index, type="policy-brief")

    counts = facet_counts(response)
    assert counts["country"] == {"BR": 1}
    # Values of a chosen facet stay on offer, counted without it: choosing several widens.
    assert counts["type"] == {"policy-brief": 1, "advocacy-guide": 2}
    assert 'value="policy-brief" checked' in response.content.decode()


def test_the_listing_finds_a_toolkit_by_a_word_only_its_file_holds(client, site_tree):
    index = site_tree.toolkit_index
    document = ToolkitDocumentFactory(paragraphs=["Participatory budgeting in Porto Alegre."])
    found = ToolkitPageFactory(parent=index, files__document=document)
    ToolkitPageFactory(parent=index)

    response = listed(client, index, q="budgeting")

    assert [page.pk for page in response.context["page_obj"].object_list] == [found.pk]
    assert "<mark>budgeting</mark>" in response.content.decode()


def test_story_listing_offers_the_facets_stories_have(client, site_tree, stories):
    counts = facet_counts(listed(client, site_tree.story_index))

    assert counts["country"] == {"SN": 1, "MA": 1, "BR": 1, "MX": 1, "FR": 1}
    assert counts["theme"] == {"environment": 2}
    assert "type" not in counts and "kind" not in counts
