"""The pages every organisation needs: general pages (About, Join, Contact...), the header and
footer written per language in the admin, the site's name and logo, and the home page's calls
to action."""

import uuid

import pytest
from django.core.exceptions import ValidationError
from wagtail.models import Locale

from base.factories import ImageFactory
from caching import page_cache
from general.factories import GeneralPageFactory
from general.models import GeneralPage
from home.models import HomePage
from navigation.models import HeaderAndFooter
from tests.publishing import publish, translate

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("no_page_cache")]


def link(label, page=None, url=""):
    return {"type": "link", "value": {"label": label, "page": page and page.pk, "url": url}}


@pytest.fixture
def about(site_tree):
    return GeneralPageFactory(
        parent=site_tree.home,
        title="About us",
        slug="about",
        body=[
            {"type": "paragraph", "value": "<p>Networks on five continents.</p>"},
            {
                "type": "contact",
                "value": {
                    "heading": "Write to us",
                    "email": "hello@example.org",
                    "phone": "",
                    "address": "1 Cooperative Street",
                },
            },
            {
                "type": "call_to_action",
                "value": {
                    "label": "Join the network",
                    "page": None,
                    "url": "https://example.org/join",
                    "description": "Members meet yearly.",
                },
            },
        ],
    )


@pytest.fixture
def french_about(site_tree, about):
    translate(site_tree.home, "fr", title="Échange ESS")
    return translate(about, "fr", title="À propos", slug="a-propos")


@pytest.fixture
def frames(site_tree, about, french_about):
    english = HeaderAndFooter.objects.create(
        site_name="SSE Policy Exchange",
        main_menu=[link("About", about), link("Partner map", url="https://map.example.org/")],
        footer_text="An intercontinental network.",
        footer_menu=[link("Legal notice", about)],
    )
    french = translate(
        english,
        "fr",
        site_name="Échange de politiques ESS",
        main_menu=[link("Qui sommes-nous", about)],
        footer_text="Un réseau intercontinental.",
        footer_menu=[link("Mentions légales", about)],
    )
    return english, french


def test_a_general_page_renders_each_block_with_its_template(client, about):
    html = client.get(about.url).content.decode()

    assert "<h1>About us</h1>" in html
    assert "Networks on five continents." in html
    assert 'href="mailto:hello@example.org"' in html and "1 Cooperative Street" in html
    assert 'class="button call-to-action__link" href="https://example.org/join"' in html
    assert "Members meet yearly." in html


def test_the_home_page_accepts_general_pages_and_general_pages_nest(site_tree, about):
    assert GeneralPage.can_create_at(site_tree.home)
    assert GeneralPage.can_create_at(about)
    assert not HomePage.can_create_at(about)


def test_a_call_to_action_needs_a_page_or_an_address_not_both(about, site_tree):
    block = GeneralPage._meta.get_field("body").stream_block.child_blocks["call_to_action"]
    with pytest.raises(ValidationError):
        block.clean(block.to_python({"label": "Join", "page": None, "url": ""}))
    with pytest.raises(ValidationError):
        block.clean(
            block.to_python({"label": "Join", "page": about.pk, "url": "https://example.org/"})
        )


def test_the_menu_and_footer_are_written_per_language(client, frames, about, french_about):
    english = client.get(about.url).content.decode()
    french = client.get(french_about.url).content.decode()

    assert f'<a href="{about.url}" aria-current="page">About</a>' in english
    assert '<a href="https://map.example.org/">Partner map</a>' in english
    assert "An intercontinental network." in english
    assert "· SSE Policy Exchange</title>" in english
    # The French menu leads to the French version of the page the editor chose in English.
    assert f'<a href="{french_about.url}" aria-current="page">Qui sommes-nous</a>' in french
    assert f'<a href="{french_about.url}" aria-current="page">Mentions légales</a>' in french
    assert "Un réseau intercontinental." in french
    assert '<span class="site-name__text">Échange de politiques ESS</span>' in french
    assert "· Échange de politiques ESS</title>" in french
    assert "Partner map" not in french


def test_a_language_without_its_own_header_shows_the_default_one(client, site_tree, about):
    HeaderAndFooter.objects.create(site_name="SSE Policy Exchange", main_menu=[link("Us", about)])
    translate(site_tree.home, "es", title="Intercambio ESS")
    spanish_about = translate(about, "es", title="Quiénes somos", slug="quienes-somos")

    html = client.get(spanish_about.url).content.decode()

    # The English menu, leading to the Spanish version of the page.
    assert f'<a href="{spanish_about.url}" aria-current="page">Us</a>' in html


def test_without_a_menu_the_header_lists_the_stories_and_toolkits(client, site_tree, about):
    html = client.get(about.url).content.decode()

    assert f'href="{site_tree.story_index.url}"' in html
    assert f'href="{site_tree.toolkit_index.url}"' in html


def test_the_logo_is_shown_with_its_alt_text(client, site_tree, about):
    HeaderAndFooter.objects.create(
        site_name="SSE Policy Exchange",
        logo=ImageFactory(title="logo"),
        logo_alt_text="A globe of interlaced hands",
    )

    html = client.get(about.url).content.decode()

    assert 'alt="A globe of interlaced hands" class="site-name__logo"' in html


def test_only_one_header_and_footer_per_language(site_tree):
    HeaderAndFooter.objects.create(site_name="One")
    second = HeaderAndFooter(site_name="Two", locale=Locale.get_default())

    with pytest.raises(ValidationError):
        second.full_clean()


def test_the_home_page_shows_its_calls_to_action(client, site_tree, about):
    home = site_tree.home
    home.calls_to_action = [
        {
            "type": "call_to_action",
            "value": {
                "label": "Join us",
                "page": about.pk,
                "url": "",
                "description": "Networks only.",
            },
        }
    ]
    publish(home)

    html = client.get(home.url).content.decode()

    assert f'href="{about.url}">Join us</a>' in html
    assert "Networks only." in html


def test_editing_the_header_makes_cached_pages_stale(
    client, settings, about, django_capture_on_commit_callbacks
):
    settings.PAGE_CACHE_ENABLED = True
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": f"general-{uuid.uuid4().hex}",
        }
    }
    frame = HeaderAndFooter.objects.create(site_name="Old name")
    client.get(about.url)
    assert client.get(about.url)[page_cache.STATUS_HEADER] == "hit"

    with django_capture_on_commit_callbacks(execute=True):
        frame.site_name = "New name"
        frame.save()

    response = client.get(about.url)
    assert response[page_cache.STATUS_HEADER] == "miss"
    assert "New name" in response.content.decode()


def test_a_call_to_action_leads_a_visitor_to_the_page_in_their_language(
    client, site_tree, about, french_about
):
    french_home = site_tree.home.get_translation(french_about.locale)
    french_home.calls_to_action = [
        {
            "type": "call_to_action",
            "value": {"label": "Rejoignez-nous", "page": about.pk, "url": "", "description": ""},
        }
    ]
    publish(french_home)

    html = client.get(french_home.url).content.decode()

    assert french_about.url != about.url
    assert f'href="{french_about.url}">Rejoignez-nous</a>' in html


def test_a_call_to_action_to_an_unpublished_translation_leads_to_the_original(
    client, site_tree, about, french_about
):
    french_home = site_tree.home.get_translation(french_about.locale)
    french_home.calls_to_action = [
        {
            "type": "call_to_action",
            "value": {"label": "Rejoignez-nous", "page": about.pk, "url": "", "description": ""},
        }
    ]
    publish(french_home)
    french_about.unpublish()

    html = client.get(french_home.url).content.decode()

    assert f'href="{about.url}">Rejoignez-nous</a>' in html
