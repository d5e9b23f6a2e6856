"""RSS 2.0 and Atom feeds, parsed by a feed library and checked against their formats' rules:
per kind, country, theme and language, linked from the pages they follow, and never holding a
draft or a private page."""

import calendar
import datetime
from email.utils import parsedate_to_datetime

import feedparser
import pytest
from wagtail.models import Locale, PageViewRestriction

from stories.factories import StoryPageFactory
from taxonomy.factories import SectorFactory, ThemeFactory
from toolkits.factories import ToolkitPageFactory
from workinggroups.factories import WorkingGroupPageFactory

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("no_page_cache")]
HOST = "sse.example.org"


def read_feed(client, path, **params):
    response = client.get(path, params, HTTP_HOST=HOST, secure=True)
    assert response.status_code == 200, response.content
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.get("bozo_exception")
    return response, feed


@pytest.fixture
def exchange(site_tree, publish):
    environment = ThemeFactory(slug="environment")
    stories = {
        "senegal": StoryPageFactory(
            parent=site_tree.story_index, title="Seed banks", country="SN", themes=[environment]
        ),
        "brazil": StoryPageFactory(parent=site_tree.story_index, title="Recyclers", country="BR"),
    }
    toolkit = ToolkitPageFactory(parent=site_tree.toolkit_index, title="A model law")
    for page in [*stories.values(), toolkit]:
        publish(page)
    return site_tree, stories, toolkit


def titles(feed):
    return {entry.title for entry in feed.entries}


def check_rss(feed, language):
    assert feed.version == "rss20"
    assert feed.feed.title and feed.feed.link and feed.feed.description  # required
    assert feed.feed.language == language
    assert feed.feed.link.startswith(f"https://{HOST}/")
    for entry in feed.entries:
        assert entry.title and entry.link.startswith(f"https://{HOST}/")
        assert entry.id == entry.link
        assert entry.published_parsed is not None  # RFC 822 date, as RSS requires


def check_atom(feed, raw):
    assert feed.version == "atom10"
    assert feed.feed.id and feed.feed.title and feed.feed.updated_parsed  # required
    assert any(
        link.rel == "self" and link.href.startswith(f"https://{HOST}/") for link in feed.feed.links
    )
    for entry in feed.entries:
        assert entry.id and entry.title and entry.updated_parsed  # required
        assert entry.link.startswith(f"https://{HOST}/")
    assert b'xml:lang="' in raw


def test_rss_and_atom_of_the_whole_exchange_are_valid(client, exchange):
    _site_tree, _stories, _toolkit = exchange

    response, rss = read_feed(client, "/en/feeds/rss/")
    assert response["Content-Type"].startswith("application/rss+xml")
    check_rss(rss, "en")
    assert titles(rss) == {"Seed banks", "Recyclers", "A model law"}
    for entry in rss.entries:
        sent = parsedate_to_datetime(entry.published)
        assert sent.tzinfo is not None
        assert sent <= datetime.datetime.now(datetime.UTC) + datetime.timedelta(seconds=5)

    response, atom = read_feed(client, "/en/feeds/atom/")
    assert response["Content-Type"].startswith("application/atom+xml")
    check_atom(atom, response.content)
    assert titles(atom) == {"Seed banks", "Recyclers", "A model law"}
    newest = max(calendar.timegm(entry.updated_parsed) for entry in atom.entries)
    assert calendar.timegm(atom.feed.updated_parsed) == newest


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"kind": "story"}, {"Seed banks", "Recyclers"}),
        ({"kind": "toolkit"}, {"A model law"}),
        ({"kind": "story", "country": "BR"}, {"Recyclers"}),
        ({"theme": "environment"}, {"Seed banks"}),
    ],
)
def test_feeds_per_kind_country_and_theme(client, exchange, params, expected):
    _response, feed = read_feed(client, "/en/feeds/rss/", **params)
    check_rss(feed, "en")
    assert titles(feed) == expected


def test_feed_title_says_what_it_follows(client, exchange):
    _response, feed = read_feed(client, "/en/feeds/atom/", kind="story", country="BR")
    assert "Story" in feed.feed.title and "Brazil" in feed.feed.title


def test_a_feed_per_language(client, exchange, publish):
    site_tree, stories, _toolkit = exchange
    french = Locale.objects.get(language_code="fr")
    for page in (site_tree.home, site_tree.story_index):
        page.copy_for_translation(french).save_revision().publish()
    translation = stories["senegal"].copy_for_translation(french)
    translation.title = "Banques de semences"
    publish(translation)

    _response, feed = read_feed(client, "/fr/feeds/rss/", kind="story")

    check_rss(feed, "fr")
    assert "Banques de semences" in titles(feed) and "Seed banks" not in titles(feed)
    assert "Recyclers" in titles(feed)  # not translated: the original, as the listing shows


def test_drafts_and_private_pages_never_appear(client, exchange):
    site_tree, stories, _toolkit = exchange
    PageViewRestriction.objects.create(page=stories["brazil"], restriction_type="login")
    stories["senegal"].unpublish()
    StoryPageFactory(parent=site_tree.story_index, title="Draft", live=False)

    for path in ("/en/feeds/rss/", "/en/feeds/atom/"):
        _response, feed = read_feed(client, path)
        assert titles(feed) == {"A model law"}


def test_bad_parameters_are_refused_not_an_error(client, exchange):
    response = client.get("/en/feeds/rss/", {"country": [f"X{number}" for number in range(60)]})
    assert response.status_code == 400
    assert client.get("/en/feeds/atom/", {"page": "x", "q": "\x00"}).status_code == 200


def test_listings_home_and_search_link_to_their_feeds(client, exchange):
    site_tree, _stories, _toolkit = exchange

    html = client.get(site_tree.story_index.url, {"country": "SN"}, HTTP_HOST=HOST).content
    html = html.decode()
    rss = f"http://{HOST}/en/feeds/rss/?country=SN&amp;kind=story"
    assert f'<link rel="alternate" type="application/rss+xml" title="RSS" href="{rss}">' in html
    assert f'<a href="{rss}" type="application/rss+xml">' in html  # the visible link

    _response, feed = read_feed(client, rss.replace("&amp;", "&").replace(f"http://{HOST}", ""))
    assert titles(feed) == {"Seed banks"}

    for url in (site_tree.home.url, "/en/search/?theme=environment"):
        html = client.get(url).content.decode()
        assert 'type="application/atom+xml"' in html and "/en/feeds/atom/" in html


@pytest.fixture
def group(exchange, network_tree, publish):
    """A working group on the environment and waste: the Senegal story (environment) and a
    toolkit on waste are its work; the Brazil story and the model law are not."""
    site_tree, stories, _toolkit = exchange
    waste = SectorFactory(slug="waste", name="Waste")
    publish(ToolkitPageFactory(parent=site_tree.toolkit_index, title="Sorting", sectors=[waste]))
    environment = stories["senegal"].themes.get()
    return WorkingGroupPageFactory(
        parent=network_tree.groups, slug="circular", themes=[environment], sectors=[waste]
    )


def test_a_feed_per_working_group_holds_what_shares_its_terms(client, group):
    for path in ("/en/feeds/rss/", "/en/feeds/atom/"):
        response, feed = read_feed(client, path, working_group="circular")
        assert titles(feed) == {"Seed banks", "Sorting"}
        assert group.title in feed.feed.title
    check_rss(read_feed(client, "/en/feeds/rss/", working_group="circular")[1], "en")
    check_atom(feed, response.content)
    assert feed.feed.link == f"https://{HOST}{group.url}"
    for value in ("no-such-group", "\x00", "a b"):
        assert client.get("/en/feeds/rss/", {"working_group": value}).status_code == 404


def test_a_working_group_page_links_to_its_feed(client, group):
    html = client.get(group.url, HTTP_HOST=HOST).content.decode()

    rss = f"http://{HOST}/en/feeds/rss/?working_group=circular"
    assert f'<link rel="alternate" type="application/rss+xml" title="RSS" href="{rss}">' in html
    assert f'<a href="{rss}" type="application/rss+xml">' in html  # the visible "follow" link
    _response, feed = read_feed(client, rss.replace(f"http://{HOST}", ""))
    assert titles(feed) == {"Seed banks", "Sorting"}
