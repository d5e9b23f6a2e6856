"""Password guessing is throttled (django-axes, access/views.py): the admin login and page
privacy passwords lock after AXES_FAILURE_LIMIT wrong passwords, per account and per IP
address, with a clear page; an administrator unlocks with axes' commands."""

import pytest
from django.core.management import call_command
from wagtail.models import PageViewRestriction

from stories.factories import StoryPageFactory

pytestmark = pytest.mark.django_db

LOCKED = 429


@pytest.fixture(autouse=True)
def limits(settings):
    settings.AXES_FAILURE_LIMIT = 5


def sign_in(client, username, password, address="203.0.113.7"):
    return client.post(
        "/admin/login/", {"username": username, "password": password}, REMOTE_ADDR=address
    )


def test_five_wrong_admin_passwords_lock_the_account_even_for_the_right_one(client, superuser):
    for _ in range(4):
        assert sign_in(client, "admin", "wrong").status_code == 200  # the form again
    assert sign_in(client, "admin", "wrong").status_code == LOCKED

    locked = sign_in(client, "admin", "password")
    assert locked.status_code == LOCKED
    assert "Too many failed attempts" in locked.content.decode()
    assert "ask an administrator" in locked.content.decode()
    # From another address too: the account itself is locked.
    assert sign_in(client, "admin", "password", address="198.51.100.9").status_code == LOCKED

    call_command("axes_reset_username", "admin")
    call_command("axes_reset_ip", "203.0.113.7")

    assert sign_in(client, "admin", "password").status_code == 302


def test_guessing_many_accounts_from_one_address_locks_the_address(client, superuser):
    for number in range(5):
        sign_in(client, f"someone{number}", "wrong")
    assert sign_in(client, "admin", "password").status_code == LOCKED
    assert sign_in(client, "admin", "password", address="198.51.100.9").status_code == 302


@pytest.fixture
def private_story(site_tree):
    story = StoryPageFactory(parent=site_tree.story_index, title="Members' minutes")
    restriction = PageViewRestriction.objects.create(
        page=story, restriction_type=PageViewRestriction.PASSWORD, password="open sesame"
    )
    return story, restriction


def enter(client, story, restriction, password, return_url=None, address="203.0.113.7"):
    return client.post(
        f"/en/_util/authenticate_with_password/{restriction.pk}/{story.pk}/",
        {"password": password, "return_url": return_url or story.url},
        REMOTE_ADDR=address,
    )


def test_page_passwords_lock_after_five_wrong_guesses(client, private_story):
    story, restriction = private_story
    for _ in range(4):
        assert enter(client, story, restriction, "guess").status_code == 200
    assert enter(client, story, restriction, "guess").status_code == LOCKED

    locked = enter(client, story, restriction, "open sesame")
    assert locked.status_code == LOCKED
    assert "Too many failed attempts" in locked.content.decode()

    call_command("axes_reset")
    assert enter(client, story, restriction, "open sesame").status_code == 302


def test_the_right_page_password_leads_back_to_the_page_never_to_a_404(client, private_story):
    story, restriction = private_story
    response = enter(client, story, restriction, "open sesame", return_url="https://evil.test/")
    assert response.status_code == 302
    assert response["Location"] == story.url
    assert client.get(story.url).status_code == 200


def test_the_page_password_form_is_in_the_sites_layout(client, private_story):
    story, _restriction = private_story
    english = client.get(story.url).content.decode()
    assert "Password required" in english
    assert 'class="password-form"' in english
    assert "<footer" in english  # the site's layout, not Wagtail's bare page
