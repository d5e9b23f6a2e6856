"""Every page type renders, with all its optional parts and without them.

Assertions look for what proves a part rendered (a quote's words, an image's alt text, a
linked toolkit's address), not only for a 200.
"""

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse

from base.factories import ImageFactory
from home.models import HomeFeaturedStory, HomeFeaturedToolkit
from stories.factories import StoryPageFactory, StoryRelatedToolkitFactory
from taxonomy.factories import ThemeFactory
from toolkits.factories import ToolkitPageFactory

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("no_page_cache")]


def parse(response):
    assert response.status_code == 200, response.status_code
    return BeautifulSoup(response.content, "html.parser")


def links_to(soup, page):
    return soup.find_all("a", href=page.url)


# Home page ----------------------------------------------------------------------------------


def test_home_page_shows_featured_and_latest_stories_and_toolkits(client, site_tree):
    featured_story = StoryPageFactory(parent=site_tree.story_index, title="Featured market")
    latest_story = StoryPageFactory(parent=site_tree.story_index, title="Latest bakery")
    featured_toolkit = ToolkitPageFactory(parent=site_tree.toolkit_index, title="Featured guide")
    HomeFeaturedStory.objects.create(page=site_tree.home, story=featured_story)
    HomeFeaturedToolkit.objects.create(page=site_tree.home, toolkit=featured_toolkit)

    soup = parse(client.get(site_tree.home.url))

    for page in (featured_story, latest_story, featured_toolkit):
        assert links_to(soup, page), f"no link to {page.title}"
    # A featured story is not repeated among the latest ones.
    assert len(links_to(soup, featured_story)) == 1


def test_home_page_leaves_out_unpublished_featured_stories(client, site_tree):
    draft = StoryPageFactory(parent=site_tree.story_index, title="Draft market", live=False)
    HomeFeaturedStory.objects.create(page=site_tree.home, story=draft)

    soup = parse(client.get(site_tree.home.url))

    assert "Draft market" not in soup.get_text()


def test_home_page_renders_with_no_story_no_toolkit_and_no_listings(client, db):
    from wagtail.models import Page, Site

    from home.factories import HomePageFactory

    home = HomePageFactory(parent=Page.get_first_root_node(), title="Bare home")
    site = Site.objects.get(is_default_site=True)
    site.root_page = home
    site.save()

    soup = parse(client.get(home.url))

    assert soup.find("h1").get_text(strip=True) == "Bare home"


# Listings -----------------------------------------------------------------------------------


@pytest.mark.parametrize("listing", ["story_index", "toolkit_index"])
def test_empty_listing_renders(client, site_tree, listing):
    response = client.get(getattr(site_tree, listing).url)

    parse(response)
    assert response.context["page_obj"].paginator.count == 0


def test_story_listing_links_to_its_stories(client, site_tree):
    stories = [StoryPageFactory(parent=site_tree.story_index) for _ in range(3)]

    soup = parse(client.get(site_tree.story_index.url))

    for story in stories:
        assert links_to(soup, story)


def test_toolkit_listing_links_to_its_toolkits(client, site_tree):
    toolkits = [ToolkitPageFactory(parent=site_tree.toolkit_index) for _ in range(3)]

    soup = parse(client.get(site_tree.toolkit_index.url))

    for toolkit in toolkits:
        assert links_to(soup, toolkit)


# Story page ---------------------------------------------------------------------------------


@pytest.fixture
def story_with_every_block(site_tree, video_embed):
    photo = ImageFactory(title="IMG_0042.jpg")
    toolkit = ToolkitPageFactory(parent=site_tree.toolkit_index, title="Municipal council guide")
    draft_toolkit = ToolkitPageFactory(
        parent=site_tree.toolkit_index, title="Unfinished draft guide", live=False
    )
    body = [
        {"type": "paragraph", "value": "<p>It started with <b>twelve families</b>.</p>"},
        {"type": "heading", "value": {"text": "How the market works", "level": "h3"}},
        {
            "type": "image",
            "value": {
                "image": {
                    "image": photo.pk,
                    "alt_text": "Farmers selling vegetables under a tin roof",
                    "decorative": False,
                },
                "caption": "The covered market on a Saturday",
                "credit": "Awa Diop",
            },
        },
        {
            "type": "quote",
            "value": {
                "quote": "We set the prices together, every month.",
                "attribution": "Mariama Sow",
                "role": "Treasurer of the cooperative",
            },
        },
        {
            "type": "key_figures",
            "value": {
                "heading": "In numbers",
                "figures": [
                    {"value": "1,200", "label": "members"},
                    {"value": "35 %", "label": "lower prices"},
                ],
            },
        },
        {"type": "video", "value": {"video": video_embed.url, "title": "A day at the market"}},
        {"type": "toolkit", "value": {"toolkit": toolkit.pk, "note": "Used to draft the bylaw"}},
        {"type": "toolkit", "value": {"toolkit": draft_toolkit.pk, "note": "Not ready"}},
    ]
    story = StoryPageFactory(parent=site_tree.story_index, body=body)
    return story, toolkit, draft_toolkit, video_embed.url


def test_story_page_renders_every_block_type(client, story_with_every_block):
    story, toolkit, _draft_toolkit, video_url = story_with_every_block

    soup = parse(client.get(story.url))
    text = soup.get_text(" ", strip=True)

    assert soup.find("h1").get_text(strip=True) == story.title
    # paragraph: the rich text, with its markup
    assert soup.find("b", string="twelve families")
    # heading: at the level the editor chose
    assert soup.find("h3", string="How the market works")
    # image: the editor's alt text (not the image title), its caption and credit
    assert soup.find("img", alt="Farmers selling vegetables under a tin roof")
    assert not soup.find("img", alt="IMG_0042.jpg")
    assert "The covered market on a Saturday" in text
    assert "Awa Diop" in text
    # quote: the words in a blockquote, the person and their role
    assert "We set the prices together, every month." in soup.find("blockquote").get_text()
    assert "Mariama Sow" in text
    assert "Treasurer of the cooperative" in text
    # key figures: each value with its label
    for value, label in [("1,200", "members"), ("35 %", "lower prices")]:
        assert value in text
        assert label in text
    assert "In numbers" in text
    # video: the provider's player, named by the editor's title, and a link to the video
    iframe = soup.find("iframe")
    assert iframe is not None
    assert iframe["title"] == "A day at the market"
    assert soup.find("a", href=video_url)
    # toolkit link: the toolkit's title, linked to its page, with the editor's note
    link = soup.find("a", href=toolkit.url)
    assert link is not None
    assert toolkit.title in link.get_text()
    assert "Used to draft the bylaw" in text


def test_story_page_leaves_out_a_link_to_an_unpublished_toolkit(client, story_with_every_block):
    story, _toolkit, draft_toolkit, _video_url = story_with_every_block

    soup = parse(client.get(story.url))

    assert draft_toolkit.title not in soup.get_text()
    assert "Not ready" not in soup.get_text()


def test_story_page_decorative_image_has_empty_alt(client, site_tree):
    photo = ImageFactory(title="decorative-pattern.png")
    story = StoryPageFactory(
        parent=site_tree.story_index,
        hero_image=None,
        body=[
            {
                "type": "image",
                "value": {
                    "image": {"image": photo.pk, "alt_text": "ignored", "decorative": True},
                    "caption": "",
                },
            }
        ],
    )

    soup = parse(client.get(story.url))
    images = soup.find_all("img")

    assert len(images) == 1
    assert images[0]["alt"] == ""


def test_story_page_video_from_unknown_provider_falls_back_to_a_link(client, site_tree):
    # No finder accepts this address, so no network is needed and no player can be shown.
    url = "https://video.example.org/watch/42"
    story = StoryPageFactory(
        parent=site_tree.story_index,
        body=[{"type": "video", "value": {"video": url, "title": "Assembly of the network"}}],
    )

    soup = parse(client.get(story.url))

    assert soup.find("iframe") is None
    assert soup.find("a", href=url)
    assert "Assembly of the network" in soup.get_text()


def test_story_page_without_optional_fields(client, site_tree):
    story = StoryPageFactory(
        parent=site_tree.story_index,
        hero_image=None,
        locality="",
        body=[{"type": "paragraph", "value": "<p>Only words.</p>"}],
    )

    soup = parse(client.get(story.url))

    assert soup.find("h1").get_text(strip=True) == story.title
    assert soup.find("img") is None
    assert "Only words." in soup.get_text()
    assert "Senegal" in soup.get_text()  # the country is always shown
    assert "Thiès" not in soup.get_text()


def test_story_page_shows_hero_image_locality_and_classification(client, site_tree):
    theme = ThemeFactory(slug="environment")
    story = StoryPageFactory(parent=site_tree.story_index, locality="Thiès", country="SN")
    story.themes.add(theme)
    story.save()

    soup = parse(client.get(story.url))
    text = soup.get_text(" ", strip=True)

    assert soup.find("img") is not None
    assert "Thiès" in text
    assert "Senegal" in text
    assert story.organisation in text
    assert theme.name in text
    assert story.work_axis.name in text


def test_the_hero_images_alt_text_is_the_pages_else_the_images_description(client, site_tree):
    image = ImageFactory(description="A market hall")
    described = StoryPageFactory(parent=site_tree.story_index, hero_image=image)
    written = StoryPageFactory(
        parent=site_tree.story_index, hero_image=image, hero_image_alt="Farmers at the market"
    )

    assert parse(client.get(described.url)).find("img")["alt"] == "A market hall"
    assert parse(client.get(written.url)).find("img")["alt"] == "Farmers at the market"


def test_story_page_lists_only_published_related_toolkits(client, site_tree):
    story = StoryPageFactory(parent=site_tree.story_index)
    live = ToolkitPageFactory(parent=site_tree.toolkit_index, title="Published related guide")
    draft = ToolkitPageFactory(
        parent=site_tree.toolkit_index, title="Draft related guide", live=False
    )
    StoryRelatedToolkitFactory(page=story, toolkit=live, sort_order=0)
    StoryRelatedToolkitFactory(page=story, toolkit=draft, sort_order=1)

    soup = parse(client.get(story.url))

    assert links_to(soup, live)
    assert draft.title not in soup.get_text()


def test_unpublished_story_is_not_found(client, site_tree):
    story = StoryPageFactory(parent=site_tree.story_index, live=False)

    assert client.get(story.url).status_code == 404


# Toolkit page -------------------------------------------------------------------------------


def test_toolkit_page_renders_its_description_and_facts(client, site_tree):
    toolkit = ToolkitPageFactory(
        parent=site_tree.toolkit_index,
        countries=["BR", "SN"],
        publisher="Rede de Gestores",
        year=2021,
        description=[
            {
                "type": "quote",
                "value": {"quote": "Policy is made with us.", "attribution": "Ana Lima"},
            }
        ],
    )

    soup = parse(client.get(toolkit.url))
    text = soup.get_text(" ", strip=True)

    assert soup.find("h1").get_text(strip=True) == toolkit.title
    assert "Policy is made with us." in text
    assert "Ana Lima" in text
    assert "Rede de Gestores" in text
    assert "2021" in text
    assert "Brazil" in text
    assert "Senegal" in text


def test_toolkit_page_without_optional_fields(client, site_tree):
    toolkit = ToolkitPageFactory(
        parent=site_tree.toolkit_index, description=[], countries=[], is_international=True
    )

    soup = parse(client.get(toolkit.url))

    assert soup.find("h1").get_text(strip=True) == toolkit.title
    # its one file is still offered
    document = toolkit.files.get().document
    assert soup.find("a", href=document.url)


# Search page --------------------------------------------------------------------------------


def test_search_page_without_query_renders(client, site_tree):
    response = client.get(reverse("search:search"))

    parse(response)
    assert response.context["search_query"] == ""


def test_search_page_finds_a_published_story_by_a_word_of_its_summary(client, site_tree):
    story = StoryPageFactory(
        parent=site_tree.story_index,
        summary="Beekeepers of the Casamance sell honey through a cooperative.",
    )
    other = StoryPageFactory(parent=site_tree.story_index)
    for page in (story, other):
        page.save_revision().publish()  # publishing is what puts a page in the search index

    soup = parse(client.get(reverse("search:search"), {"q": "beekeepers"}))

    assert links_to(soup, story)
    assert not links_to(soup, other)


@pytest.mark.parametrize("page_number", ["abc", "0", "-3"])
def test_search_page_refuses_a_page_number_that_is_not_positive_with_a_400(
    client, site_tree, page_number
):
    response = client.get(reverse("search:search"), {"q": "honey", "page": page_number})

    assert response.status_code == 400
    assert response.context["error"]


def test_search_page_past_the_last_page_shows_the_last_page(client, site_tree):
    story = StoryPageFactory(parent=site_tree.story_index, summary="A honey cooperative.")
    story.save_revision().publish()

    soup = parse(client.get(reverse("search:search"), {"q": "honey", "page": "7"}))

    assert links_to(soup, story)
