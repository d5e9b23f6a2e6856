"""Visitors in four languages: the switcher, hreflang, the sitemap, and the fallback to the
original when a page has no translation in the visitor's language."""

import re
from pathlib import Path

import pytest
from django.template.defaultfilters import filesizeformat
from django.test import override_settings
from django.utils import translation
from wagtail.models import Locale

from stories.factories import StoryPageFactory, StoryRelatedToolkitFactory
from taxonomy.models import Theme
from toolkits.factories import ToolkitFileFactory, ToolkitPageFactory


@pytest.fixture
def french_site(site_tree, translate):
    translate(site_tree.home, "fr", title="Échange de politiques ESS")
    translate(site_tree.story_index, "fr", title="Récits")
    translate(site_tree.toolkit_index, "fr", title="Boîtes à outils")
    return site_tree


@pytest.fixture
def translated_story(french_site, publish, translate):
    story = publish(StoryPageFactory(parent=french_site.story_index, title="Seed banks"))
    french = translate(story, "fr", title="Banques de semences")
    return story, french


@pytest.fixture
def untranslated_story(french_site, publish):
    return publish(StoryPageFactory(parent=french_site.story_index, title="Waste pickers"))


def alternates(html):
    return dict(re.findall(r'<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"', html))


def test_switcher_and_hreflang_lead_to_the_same_page_in_another_language(client, translated_story):
    story, french = translated_story

    html = client.get(story.url).content.decode()

    links = alternates(html)
    assert links["en"].endswith(story.url)
    assert links["fr"].endswith(french.url)
    assert links["x-default"].endswith(story.url)
    assert "es" not in links and "pt" not in links
    switcher = html[html.index('class="language-nav"') :]
    assert f"next={french.url.replace('/', '%2F')}" in switcher


def test_switcher_says_when_a_page_is_not_translated(client, untranslated_story):
    html = client.get(untranslated_story.url).content.decode()

    links = alternates(html)
    assert set(links) == {"en", "x-default"}
    switcher = html[
        html.index('class="language-nav"') : html.index(
            "</nav>", html.index('class="language-nav"')
        )
    ]
    assert switcher.count("(not translated)") == 3  # fr, es, pt
    assert "next=%2Ffr%2F" in switcher  # to the French home page


def test_listing_shows_originals_when_no_translation_exists(
    client, french_site, translated_story, untranslated_story
):
    story, french = translated_story
    listing = french_site.story_index.get_translation(Locale.objects.get(language_code="fr"))

    html = client.get(listing.url).content.decode()

    assert "Banques de semences" in html and french.url in html
    assert "Seed banks" not in html
    assert "Waste pickers" in html
    # Opened from the French listing, the English story keeps the French interface.
    assert f'href="{listing.url}{untranslated_story.slug}/"' in html
    assert 'lang="en"' in html  # the untranslated card is marked as English
    assert "anglais" in html  # and labelled with its language, named in French


def test_every_page_says_which_languages_it_exists_in(client, translated_story):
    _story, french = translated_story

    html = client.get(french.url).content.decode()
    available = html[html.index('class="available-languages"') :]
    available = available[: available.index("</p>")]

    assert "English" in available and "Français" in available
    assert "Español" not in available
    assert available.count(" · ") == 1  # between the two, never after the last


def test_missing_translation_never_404s(client, french_site, untranslated_story):
    for language in ["fr", "es", "pt"]:
        assert client.get(f"/{language}/").status_code == 200
        assert client.get(f"/{language}/search/", {"q": "waste"}).status_code == 200
    assert client.get(untranslated_story.url).status_code == 200


def test_sitemap_lists_each_page_with_its_language_alternates(client, translated_story):
    story, french = translated_story

    xml = client.get("/sitemap.xml").content.decode()

    site = "http://testserver"  # the address the sitemap was asked for
    assert f"<loc>{site}{story.url}</loc>" in xml
    assert f"<loc>{site}{french.url}</loc>" in xml
    assert f'hreflang="fr" href="{site}{french.url}"' in xml
    assert f'hreflang="x-default" href="{site}{story.url}"' in xml


def test_first_visit_follows_the_browser_then_the_remembered_choice(client, french_site):
    response = client.get("/", headers={"accept-language": "es-ES,es;q=0.9,en;q=0.5"})
    assert response.status_code == 302 and response["Location"] == "/es/"

    choice = client.get("/language/pt/", {"next": "/pt/"})
    assert choice.status_code == 302 and choice["Location"] == "/pt/"

    response = client.get("/", headers={"accept-language": "es"})
    assert response["Location"] == "/pt/"


def test_only_page_addresses_are_sent_to_a_language_prefix(client, french_site, superuser):
    response = client.get("/stories/", headers={"accept-language": "fr"})
    assert response.status_code == 302 and response["Location"] == "/fr/stories/"

    # The admin (its API included), documents and files keep their own 404.
    client.force_login(superuser)
    for path in [
        "/admin/api/main/pages/999999/",
        "/admin/pages/999999/edit/",
        "/admin/no-such-view/",
        "/documents/999999/missing.pdf",
        "/documents/no-such-document",
        "/static/no-such-file.css",
        "/sitemap.xml/extra",
    ]:
        response = client.get(path, headers={"accept-language": "fr"})
        assert response.status_code == 404, path
    assert client.get("/admin/api/main/pages/999999/")["Content-Type"] == "application/json"


def test_language_choice_never_redirects_off_site(client, db):
    response = client.get("/language/fr/", {"next": "https://evil.example/"})

    assert response["Location"] == "/fr/"
    assert client.get("/language/xx/", follow=True).status_code == 404


def test_a_right_to_left_language_added_in_settings_renders_rtl(client, site_tree):
    languages = [("en", "English"), ("ar", "العربية")]
    with override_settings(LANGUAGES=languages, WAGTAIL_CONTENT_LANGUAGES=languages):
        html = client.get("/ar/search/").content.decode()

    assert '<html lang="ar" dir="rtl">' in html


# Physical sides in CSS: a right-to-left page would keep them on the wrong side.
PHYSICAL_CSS = re.compile(
    r"(?:margin|padding|border|inset)-(?:left|right)\b"
    r"|(?<![-\w])(?:left|right)\s*:"
    r"|(?:text-align|float|clear)\s*:\s*(?:left|right)\b"
    r"|border-(?:top|bottom)-(?:left|right)-radius"
)


def test_the_sites_css_uses_logical_sides_so_right_to_left_pages_mirror():
    from django.conf import settings

    stylesheets = [
        path for folder in settings.STATICFILES_DIRS for path in Path(folder).rglob("*.css")
    ]
    assert stylesheets
    for stylesheet in stylesheets:
        # Comments out, their lines kept: the line numbers reported stay the file's.
        css = re.sub(
            r"/\*.*?\*/",
            lambda comment: "\n" * comment.group().count("\n"),
            stylesheet.read_text(),
            flags=re.S,
        )
        physical = [
            f"{stylesheet.name}:{css[: match.start()].count(chr(10)) + 1}: {match.group()}"
            for match in PHYSICAL_CSS.finditer(css)
        ]
        assert not physical, physical
    # The sides a page's padding and asymmetric borders take: logical ones.
    css = "\n".join(stylesheet.read_text() for stylesheet in stylesheets)
    assert "border-inline-start" in css and "padding-inline-start" in css


def test_search_shows_one_version_per_page_in_the_visitors_language(
    client, translated_story, untranslated_story
):
    story, french = translated_story

    results = client.get("/fr/search/api/").json()["results"]
    every_language = client.get("/fr/search/api/", {"languages": "all"}).json()["results"]

    assert {(hit["page_id"], hit["language"]) for hit in results} == {
        (french.pk, "fr"),
        (untranslated_story.pk, "en"),
    }
    assert results[0]["page_id"] == french.pk  # the visitor's language first
    by_id = {hit["page_id"]: hit for hit in results}
    assert by_id[french.pk]["available_languages"] == ["en", "fr"]
    assert {hit["page_id"] for hit in every_language} == {
        story.pk,
        french.pk,
        untranslated_story.pk,
    }


def test_a_translated_story_links_to_the_toolkit_in_its_own_language(
    client, french_site, publish, translate
):
    toolkits = french_site.toolkit_index
    guide = publish(ToolkitPageFactory(parent=toolkits, title="Council guide"))
    french_guide = translate(guide, "fr", title="Guide des conseils")
    untranslated = publish(ToolkitPageFactory(parent=toolkits, title="Seed law model"))
    story = StoryPageFactory(
        parent=french_site.story_index,
        body=[
            {"type": "toolkit", "value": {"toolkit": guide.pk, "note": ""}},
            {"type": "toolkit", "value": {"toolkit": untranslated.pk, "note": ""}},
        ],
    )
    french_story = translate(publish(story), "fr", title="Banques de semences")

    french_html = client.get(french_story.url).content.decode()
    english_html = client.get(story.url).content.decode()

    assert f'href="{french_guide.url}"' in french_html and "Guide des conseils" in french_html
    # No French version: the original, marked as English for screen readers.
    # No French version: the original, marked as English for screen readers, under the French
    # prefix so that the visitor keeps the French interface.
    fallback_url = untranslated.url.replace("/en/", "/fr/", 1)
    assert f'href="{fallback_url}" lang="en" hreflang="en"' in french_html
    assert f'href="{french_guide.url}">' in french_html
    assert f'href="{guide.url}"' in english_html and "Guide des conseils" not in english_html


def test_a_translated_story_lists_its_related_toolkits_in_its_own_language(
    client, french_site, publish, translate
):
    toolkits = french_site.toolkit_index
    guide = publish(ToolkitPageFactory(parent=toolkits, title="Council guide"))
    french_guide = translate(guide, "fr", title="Guide des conseils")
    untranslated = publish(ToolkitPageFactory(parent=toolkits, title="Seed law model"))
    story = StoryPageFactory(parent=french_site.story_index)
    for order, toolkit in enumerate((guide, untranslated)):
        StoryRelatedToolkitFactory(page=story, toolkit=toolkit, sort_order=order)
    french_story = translate(publish(story), "fr", title="Banques de semences")

    # Outside a request the language is English: the originals, in the editor's order.
    assert french_story.live_related_toolkits() == [guide, untranslated]
    french_html = client.get(french_story.url).content.decode()

    assert f'href="{french_guide.url}"' in french_html
    assert f'href="{untranslated.url.replace("/en/", "/fr/", 1)}"' in french_html
    assert f'href="{guide.url}"' not in french_html


def french(page):
    return page.get_translation(Locale.objects.get(language_code="fr"))


def test_a_french_visitor_reads_an_english_only_story_with_the_french_interface(
    client, french_site, untranslated_story
):
    url = f"{french(french_site.story_index).url}{untranslated_story.slug}/"

    response = client.get(url)

    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="fr"' in html
    assert 'aria-label="Langues"' in html  # the French interface
    assert '<h1 lang="en">Waste pickers</h1>' in html
    assert re.search(r'<p class="lead" lang="en">', html)
    assert re.search(r'<div class="detail__body stream" lang="en">', html)
    assert "Cette page n'est pas encore traduite en français : voici sa version en anglais." in html
    # The canonical address is the original's (seo/ gives every page one, at the host asked).
    assert f'<link rel="canonical" href="http://testserver{untranslated_story.url}">' in html
    # The French version of a translated page is its own canonical address, with no notice.
    french_index = french(french_site.story_index)
    french_html = client.get(french_index.url).content.decode()
    assert f'<link rel="canonical" href="http://testserver{french_index.url}">' in french_html
    assert "Cette page n'est pas encore traduite" not in french_html


def test_an_english_only_toolkit_keeps_french_units_and_is_never_a_404(
    client, french_site, publish
):
    toolkit = publish(ToolkitPageFactory(parent=french_site.toolkit_index, title="Model laws"))
    document = ToolkitFileFactory(page=toolkit).document
    path = f"toolkits/{toolkit.slug}/"

    html = client.get(f"{french(french_site.toolkit_index).url}{toolkit.slug}/").content.decode()

    assert '<h1 lang="en">Model laws</h1>' in html
    with translation.override("fr"):
        french_size = filesizeformat(document.get_file_size())
    with translation.override("en"):
        assert filesizeformat(document.get_file_size()) != french_size  # "1.7 KB", "1,7 Kio"
    assert french_size in html  # French units
    for language in ["fr", "es", "pt"]:
        assert client.get(f"/{language}/{path}").status_code == 200, language


def test_a_french_only_story_is_served_under_every_prefix(client, french_site, publish):
    story = publish(
        StoryPageFactory(
            parent=french(french_site.story_index),
            locale=Locale.objects.get(language_code="fr"),
            title="Les ressourceries",
        )
    )

    response = client.get(f"/en/stories/{story.slug}/")

    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="en"' in html, re.findall(r"<h1.*?</h1>", html)
    assert '<h1 lang="fr">Les ressourceries</h1>' in html, re.findall(r"<h1.*?</h1>", html)


def test_an_address_with_english_slugs_leads_to_the_french_version(client, translated_story):
    story, french_version = translated_story
    french_version.slug = "banques-de-semences"
    french_version.save_revision().publish()

    response = client.get(f"/fr/stories/{story.slug}/")

    assert response.status_code == 301
    assert response["Location"] == "/fr/stories/banques-de-semences/"
    assert client.get("/fr/stories/no-such-story/").status_code == 404


def test_translated_section_slugs_keep_fallbacks_and_old_addresses_in_the_language(
    client, no_page_cache, french_site, translated_story, untranslated_story
):
    story, french_story = translated_story
    french_index = french(french_site.story_index)
    french_index.slug = "recits"
    french_index.save_revision().publish()
    french_story.refresh_from_db()
    assert french_story.url == f"/fr/recits/{french_story.slug}/"

    # The listing links the English-only story under the French section's address...
    listing = client.get("/fr/recits/").content.decode()
    fallback = f"/fr/recits/{untranslated_story.slug}/"
    assert f'href="{fallback}"' in listing
    response = client.get(fallback)
    assert response.status_code == 200 and '<html lang="fr"' in response.content.decode()
    # ...and the English section's slugs under /fr/ lead there, permanently.
    for old, new in (
        ("/fr/stories/", "/fr/recits/"),
        (f"/fr/stories/{untranslated_story.slug}/", fallback),
        (f"/fr/stories/{story.slug}/", french_story.url),
    ):
        response = client.get(old)
        assert (response.status_code, response.get("Location")) == (301, new), old
    assert client.get("/en/stories/").status_code == 200  # English keeps its own


def test_a_renamed_translation_leaves_a_permanent_redirect(client, translated_story):
    _story, french_story = translated_story
    old = french_story.url
    french_story.slug = "banques-de-graines"
    french_story.save_revision().publish()

    response = client.get(old)

    assert (response.status_code, response.get("Location")) == (
        301,
        "/fr/stories/banques-de-graines/",
    )


def test_an_english_only_storys_card_and_facts_name_its_terms_in_the_visitors_language(
    client, no_page_cache, french_site, untranslated_story
):
    fr = Locale.objects.get(language_code="fr")
    theme = Theme.objects.get(slug="environment", locale__language_code="en")
    untranslated_story.themes.set([theme])
    untranslated_story.save_revision().publish()
    axis = untranslated_story.work_axis
    french_theme, french_axis = theme.get_translation(fr), axis.get_translation(fr)
    assert french_theme.name != theme.name and french_axis.name != axis.name

    listing = client.get(french(french_site.story_index).url).content.decode()
    card = listing[listing.index('<article class="card card--story" lang="en"') :]
    card = card[: card.index("</article>")]
    tags = re.search(r'<ul class="tags"[^>]*lang="fr"[^>]*>(.*?)</ul>', card, re.S)
    assert tags, card
    assert french_theme.name in tags[1] and french_axis.name in tags[1]
    assert theme.name not in tags[1] and axis.name not in tags[1]

    page = client.get(f"{french(french_site.story_index).url}{untranslated_story.slug}/")
    facts = page.content.decode()
    facts = facts[facts.index('class="facts__list"') :]
    assert f"?theme={theme.slug}" in facts and french_theme.name in facts
    assert f">{theme.name}<" not in facts
    # The English listing keeps the English terms.
    english = client.get(french_site.story_index.url).content.decode()
    assert f'<li class="tag">{theme.name}</li>' in english


def test_a_search_hit_for_an_english_only_page_leads_to_its_address_in_the_visitors_language(
    client, french_site, untranslated_story
):
    html = client.get("/fr/search/", {"q": "waste pickers"}).content.decode()

    fallback = f"{french(french_site.story_index).url}{untranslated_story.slug}/"
    assert f'href="{fallback}" hreflang="en"' in html
    assert f'href="{untranslated_story.url}"' not in html
    assert client.get(fallback).status_code == 200


def test_an_english_only_policys_card_leads_to_its_address_in_the_visitors_language(
    client, french_site, translate, publish
):
    from policies.factories import PolicyPageFactory

    french_policies = translate(french_site.policy_index, "fr", title="Politiques")
    policy = publish(PolicyPageFactory(parent=french_site.policy_index, title="Seed law"))

    html = client.get(french_policies.url).content.decode()

    assert f'href="{french_policies.url}{policy.slug}/"' in html
    assert client.get(f"{french_policies.url}{policy.slug}/").status_code == 200
