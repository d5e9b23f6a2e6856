"""What search engines read: the sitemap at the site's real address, robots.txt, canonical
links, and machine translations kept out of the index until a translator reviews them."""

import re
import xml.etree.ElementTree as ElementTree

import pytest
from wagtail.models import Locale, PageViewRestriction
from wagtail_localize.models import Translation

from stories.factories import StoryPageFactory
from translations.machine import machine_translated, mark_reviewed
from translations.operations import machine_translate, translate

SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
HOST = "sse.example.org"
NOTICE = 'class="machine-translation-notice"'


@pytest.fixture
def machine_site(site_tree, superuser, django_capture_on_commit_callbacks, no_page_cache, publish):
    """A story translated into French by hand and into Spanish by the machine, unreviewed."""
    story = publish(StoryPageFactory(parent=site_tree.story_index, title="Seed banks"))
    french, spanish = (Locale.objects.get(language_code=code) for code in ("fr", "es"))
    for page in (site_tree.home, site_tree.story_index, story):
        with django_capture_on_commit_callbacks(execute=True):
            translate(page, [french, spanish], user=superuser)
    for page in (site_tree.home, site_tree.story_index, story):
        translation = Translation.objects.get(
            source__object_id=page.translation_key, target_locale=spanish
        )
        machine_translate([translation.source], spanish)
        translation.save_target(publish=True)
    site_tree.story = story
    site_tree.story_fr = story.get_translation(french)
    site_tree.story_es = story.get_translation(spanish)
    assert machine_translated(site_tree.story_es) and not machine_translated(site_tree.story_fr)
    return site_tree


def hreflang_links(html):
    return dict(re.findall(r'<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"', html))


def sitemap_urls(client):
    response = client.get("/sitemap.xml", HTTP_HOST=HOST, secure=True)
    root = ElementTree.fromstring(response.content)
    return {
        url.findtext(f"{SITEMAP}loc"): {
            link.get("hreflang"): link.get("href")
            for link in url.findall("{http://www.w3.org/1999/xhtml}link")
        }
        for url in root.findall(f"{SITEMAP}url")
    }


def test_sitemap_uses_the_host_and_scheme_it_is_reached_by(client, machine_site):
    urls = sitemap_urls(client)

    assert urls, "the sitemap lists pages"
    assert all(loc.startswith(f"https://{HOST}/") for loc in urls)
    story = f"https://{HOST}{machine_site.story.url}"
    assert urls[story]["fr"] == f"https://{HOST}{machine_site.story_fr.url}"
    assert all(href.startswith(f"https://{HOST}/") for href in urls[story].values())


def test_unreviewed_machine_translation_is_noindex_and_out_of_sitemap_and_hreflang(
    client, machine_site, superuser
):
    spanish_url = f"https://{HOST}{machine_site.story_es.url}"
    assert spanish_url not in sitemap_urls(client)
    assert "es" not in sitemap_urls(client)[f"https://{HOST}{machine_site.story.url}"]

    spanish = client.get(machine_site.story_es.url).content.decode()
    english = client.get(machine_site.story.url).content.decode()
    assert '<meta name="robots" content="noindex">' in spanish
    assert 'name="robots"' not in english
    assert "es" not in hreflang_links(english) and "fr" in hreflang_links(english)

    translation = Translation.objects.get(
        source__object_id=machine_site.story.translation_key,
        target_locale__language_code="es",
    )
    mark_reviewed(translation, superuser)

    assert spanish_url in sitemap_urls(client)
    assert 'name="robots"' not in client.get(machine_site.story_es.url).content.decode()
    assert "es" in hreflang_links(client.get(machine_site.story.url).content.decode())


def test_reviewing_a_translation_renews_cached_pages(client, machine_site, superuser, settings):
    settings.PAGE_CACHE_ENABLED = True
    url = machine_site.story_es.url
    assert "noindex" in client.get(url).content.decode()
    assert client.get(url)["X-Page-Cache"] == "hit"

    translation = Translation.objects.get(
        source__object_id=machine_site.story.translation_key,
        target_locale__language_code="es",
    )
    mark_reviewed(translation, superuser)

    assert "noindex" not in client.get(url).content.decode()


def test_canonical_link_is_the_page_itself_at_the_real_address(client, machine_site):
    html = client.get(machine_site.story_fr.url, HTTP_HOST=HOST, secure=True).content.decode()

    assert f'<link rel="canonical" href="https://{HOST}{machine_site.story_fr.url}">' in html


def test_private_and_draft_pages_stay_out_of_the_sitemap(client, site_tree, no_page_cache, publish):
    private = publish(StoryPageFactory(parent=site_tree.story_index, title="Members only"))
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    draft = StoryPageFactory(parent=site_tree.story_index, title="Not yet", live=False)
    public = publish(StoryPageFactory(parent=site_tree.story_index, title="For all"))

    urls = sitemap_urls(client)

    assert f"https://{HOST}{public.url}" in urls
    assert not any(private.slug in loc or draft.slug in loc for loc in urls)


def test_robots_txt_points_at_the_sitemap(client, db):
    response = client.get("/robots.txt", HTTP_HOST=HOST, secure=True)

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    lines = response.content.decode().splitlines()
    assert f"Sitemap: https://{HOST}/sitemap.xml" in lines
    assert "Disallow: /admin/" in lines
    assert re.search(r"^User-agent: \*$", response.content.decode(), re.MULTILINE)


def test_the_notice_of_a_page_view_says_what_the_head_says(client, machine_site, superuser):
    # Both answer from the same question about the page's live versions (once per request).
    def viewed(page):
        return client.get(page.url).content.decode()

    spanish, french = viewed(machine_site.story_es), viewed(machine_site.story_fr)
    assert NOTICE in spanish and 'content="noindex"' in spanish
    assert NOTICE not in french and "noindex" not in french

    translation = Translation.objects.get(
        source__object_id=machine_site.story.translation_key,
        target_locale__language_code="es",
    )
    mark_reviewed(translation, superuser)

    spanish = viewed(machine_site.story_es)
    assert NOTICE not in spanish and "noindex" not in spanish
