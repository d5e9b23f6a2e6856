"""Who may do what: visitors, contributors (members who send contributions from the public
site, contributions/), editors, moderators and administrators against every action.

Every allowed action works and every forbidden one is refused, through the same HTTP views a
browser uses. Then, for visitors and signed-in people alike: drafts, unpublished changes and
private pages never show in listings, the search page, its JSON API, autocomplete or the
sitemap. (Translators, limited to one locale, are covered by
tests/translations/test_translators.py.)
"""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import transaction
from django.test import Client
from django.urls import reverse
from wagtail.models import (
    Collection,
    CollectionViewRestriction,
    Locale,
    Page,
    PageViewRestriction,
)

from contributions.models import Membership
from organisations.factories import OrganisationIndexPageFactory, OrganisationPageFactory
from tests.conftest import SiteTree, make_site_tree
from toolkits.factories import ToolkitDocumentFactory, ToolkitPageFactory
from toolkits.generated_documents import make_pdf
from toolkits.models import ToolkitDocument
from translations.operations import translate

pytestmark = pytest.mark.django_db

ROLES = ["anonymous", "contributor", "editor", "moderator", "admin"]
STAFF = ROLES[2:]
# Signed in or not, neither may open the admin.
NO_ADMIN = {"anonymous", "contributor"}


class Content:
    """One page or document in each state that matters for access."""

    def __init__(self, site_tree):
        parent = site_tree.toolkit_index
        self.public = ToolkitPageFactory(parent=parent, title="Zebrafinch public toolkit")
        self.public.save_revision().publish()
        self.draft = ToolkitPageFactory(
            parent=parent, title="Yellowhammer draft toolkit", live=False
        )
        self.draft.save_revision()
        # A live page whose newer draft holds words nobody may see yet.
        self.changed = ToolkitPageFactory(parent=parent, title="Waxwing toolkit")
        self.changed.save_revision().publish()
        self.changed.title = "Waxwing unannounced merger"
        self.changed.save_revision()
        self.members_only = self._private(parent, "Vireo members toolkit", "login")
        self.password = self._private(parent, "Tanager password toolkit", "password")
        collection = Collection.get_first_root_node().add_child(name="Board papers")
        CollectionViewRestriction.objects.create(
            collection=collection, restriction_type=CollectionViewRestriction.LOGIN
        )
        self.private_document = ToolkitDocumentFactory(title="Board minutes", collection=collection)

    def _private(self, parent, title, restriction_type):
        page = ToolkitPageFactory(parent=parent, title=title, live=False)
        PageViewRestriction.objects.create(
            page=page, restriction_type=restriction_type, password="cooperative"
        )
        page.save_revision().publish()
        return page

    def fresh(self):
        """A copy whose pages and document are read anew: a test may change the objects it is
        given, and only the database is undone after it."""
        copy = object.__new__(Content)
        for name in ("public", "draft", "changed", "members_only", "password", "private_document"):
            item = getattr(self, name)
            setattr(copy, name, type(item).objects.get(pk=item.pk))
        return copy

    # Words of drafts and private pages, searched for; their titles must never reach a visitor.
    hidden_words = ["Yellowhammer", "unannounced merger", "Vireo", "Tanager"]

    @property
    def hidden_titles(self):
        return [
            self.draft.title,
            self.members_only.title,
            self.password.title,
            "Waxwing unannounced merger",
        ]


def make_contributor(site_tree):
    """A member whose membership a moderator approved: no group, no page permission."""
    directory = OrganisationIndexPageFactory(parent=site_tree.home)
    user = get_user_model().objects.create_user("contributor", "c@example.org", "password")
    Membership.objects.create(
        user=user, organisation=OrganisationPageFactory(parent=directory), status="approved"
    )
    return user


def make_member_of(group_name, username):
    user = get_user_model().objects.create_user(username, f"{username}@example.org", "password")
    user.groups.add(Group.objects.get(name=group_name))
    return user


@pytest.fixture(scope="module")
def built(django_db_setup, django_db_blocker):
    """The site, the people of every role and the content, built once for the module's tests
    (about 2 s each time, for some 75 tests) in a transaction undone after them. Each test runs
    in a savepoint of it, undone after the test, and gets fresh copies (the fixtures below)."""
    with django_db_blocker.unblock(), transaction.atomic():
        site_tree = make_site_tree()
        users = {
            "admin": get_user_model().objects.create_superuser(
                username="admin", email="admin@example.org", password="password"
            ),
            "editor": make_member_of("Editors", "editor"),
            "moderator": make_member_of("Moderators", "moderator"),
            "contributor": make_contributor(site_tree),
        }
        yield {"site_tree": site_tree, "users": users, "content": Content(site_tree)}
        transaction.set_rollback(True)


@pytest.fixture
def site_tree(built, db):
    built = built["site_tree"]
    pages = (built.home, built.story_index, built.toolkit_index)
    pages += (built.policy_index, built.country_index)
    return SiteTree(*(type(page).objects.get(pk=page.pk) for page in pages))


@pytest.fixture
def content(built, db):
    return built["content"].fresh()


def fresh_user_fixture(name, role):
    """A fixture giving the role's user of `built`, read anew."""

    @pytest.fixture(name=name)
    def fresh_user(built, db):
        return get_user_model().objects.get(pk=built["users"][role].pk)

    return fresh_user


superuser = fresh_user_fixture("superuser", "admin")
editor = fresh_user_fixture("editor", "editor")
moderator = fresh_user_fixture("moderator", "moderator")
contributor = fresh_user_fixture("contributor", "contributor")


@pytest.fixture(params=ROLES)
def role(request):
    return request.param


@pytest.fixture
def user_of(django_user_model, superuser, contributor, editor, moderator):
    return {
        "anonymous": None,
        "contributor": contributor,
        "editor": editor,
        "moderator": moderator,
        "admin": superuser,
    }


@pytest.fixture
def browser(role, user_of):
    client = Client()
    if user_of[role] is not None:
        client.force_login(user_of[role])
    return client


def assert_sent_to_login(response):
    assert response.status_code == 302
    assert "login" in response["Location"]


def assert_kept_out_of_the_admin(response):
    """Wagtail sends whoever may not use the admin to its sign-in page."""
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]


# The matrix ---------------------------------------------------------------------------------


def test_view_a_draft_on_the_public_site(browser, content):
    # Nobody sees a draft at its public address, not even an administrator.
    assert browser.get(content.draft.url).status_code == 404


def test_view_a_draft_in_the_admin(browser, role, content):
    response = browser.get(reverse("wagtailadmin_pages:view_draft", args=[content.draft.pk]))
    if role in NO_ADMIN:
        assert_kept_out_of_the_admin(response)
    else:
        assert response.status_code == 200
        assert b"Yellowhammer" in response.content


def test_view_a_page_restricted_to_logged_in_users(browser, role, content):
    response = browser.get(content.members_only.url)
    if role == "anonymous":
        assert_sent_to_login(response)
        assert b"Vireo" not in response.content
    else:
        assert response.status_code == 200
        assert b"Vireo members toolkit" in response.content


def test_view_a_password_protected_page(browser, content):
    # Wagtail asks everyone for the password, administrators included.
    response = browser.get(content.password.url)
    assert response.status_code == 200
    assert b"Tanager" not in response.content
    assert b'name="password"' in response.content

    restriction = PageViewRestriction.objects.get(page=content.password)
    url = reverse(
        "wagtailcore_authenticate_with_password", args=[restriction.pk, content.password.pk]
    )
    wrong = browser.post(url, {"password": "wrong", "return_url": content.password.url})
    assert b"Tanager" not in wrong.content

    browser.post(url, {"password": "cooperative", "return_url": content.password.url})
    assert b"Tanager password toolkit" in browser.get(content.password.url).content


def test_edit_a_page(browser, role, content):
    response = browser.get(reverse("wagtailadmin_pages:edit", args=[content.public.pk]))
    if role in NO_ADMIN:
        assert_kept_out_of_the_admin(response)
    else:
        assert response.status_code == 200


def test_publish_a_page(browser, role, content):
    url = reverse("wagtail_bulk_action", args=["wagtailcore", "page", "publish"])
    browser.post(f"{url}?id={content.draft.pk}", {"include_descendants": ""})

    published = Page.objects.get(pk=content.draft.pk).live
    assert published is (role in ("moderator", "admin")), role


def test_translate_a_live_page_which_makes_its_translation_live(
    browser, role, content, site_tree, superuser, django_capture_on_commit_callbacks
):
    """wagtail-localize publishes the translation of a live page at once, with no moderation:
    submitting one is publishing, refused to whoever may not publish."""
    french = Locale.objects.get(language_code="fr")
    for page in (site_tree.home, site_tree.toolkit_index):
        with django_capture_on_commit_callbacks(execute=True):
            translate(page, [french], user=superuser)
    url = reverse("wagtail_localize:submit_page_translation", args=[content.public.pk])

    with django_capture_on_commit_callbacks(execute=True):
        response = browser.post(url, {"locales": [french.pk]})

    translation = content.public.get_translation_or_none(french)
    if role in NO_ADMIN:
        assert_kept_out_of_the_admin(response)
    may_publish = role in ("moderator", "admin")
    assert (translation is not None and translation.live) is may_publish, role
    if not may_publish:
        assert translation is None


def test_upload_a_document(browser, role, content):
    before = ToolkitDocument.objects.count()
    response = browser.post(
        reverse("wagtaildocs:add"),
        {
            "title": "Minutes",
            "file": SimpleUploadedFile("minutes.pdf", make_pdf("Minutes", ["Agreed."])),
            "collection": Collection.get_first_root_node().pk,
        },
    )
    if role in NO_ADMIN:
        assert_kept_out_of_the_admin(response)
        assert ToolkitDocument.objects.count() == before
    else:
        assert response.status_code == 302
        assert ToolkitDocument.objects.count() == before + 1


def test_delete_a_live_page(browser, role, content):
    browser.post(reverse("wagtailadmin_pages:delete", args=[content.public.pk]))

    deleted = not Page.objects.filter(pk=content.public.pk).exists()
    # Editors may not take down what is published: that is the moderators' call.
    assert deleted is (role in ("moderator", "admin")), role


def test_delete_ones_own_draft(browser, role, user_of, content):
    content.draft.owner = user_of[role]
    content.draft.save()

    browser.post(reverse("wagtailadmin_pages:delete", args=[content.draft.pk]))

    assert Page.objects.filter(pk=content.draft.pk).exists() is (role in NO_ADMIN), role


def test_download_a_document_of_a_private_collection(browser, role, content):
    response = browser.get(content.private_document.url)
    if role == "anonymous":
        assert_sent_to_login(response)
    else:
        assert response.status_code == 200
        assert response["Content-Disposition"].startswith("attachment")


@pytest.mark.parametrize("path", ["/en/search/", "/en/search/api/", "/en/search/autocomplete/"])
def test_search_for_unpublished_or_private_content(browser, content, path):
    for words in content.hidden_words:
        response = browser.get(path, {"q": words})
        assert response.status_code == 200
        assert_no_hidden_titles(response, content)
    # ... while the public page is found.
    assert b"Zebrafinch" in browser.get(path, {"q": "zebrafinch"}).content


def test_the_admin_is_closed_to_visitors(content):
    visitor = Client()
    for url in (
        reverse("wagtailadmin_home"),
        reverse("wagtailadmin_explore", args=[content.public.get_parent().pk]),
        reverse("wagtaildocs:index"),
        reverse("wagtailadmin_pages:search") + "?q=Yellowhammer",
    ):
        assert_sent_to_login(visitor.get(url))


# Nothing hidden anywhere a visitor looks ------------------------------------------------------


def assert_no_hidden_titles(response, content):
    body = response.content.decode()
    for title in content.hidden_titles:
        assert title not in body, (response.request["PATH_INFO"], title)


@pytest.mark.parametrize("role", ["anonymous", "admin"], indirect=True)
def test_listings_sitemap_search_and_api_show_only_public_live_pages(browser, content, site_tree):
    pages = [
        site_tree.home.url,
        site_tree.toolkit_index.url,
        "/sitemap.xml",
        "/en/search/",
        "/en/search/api/",
        "/en/search/api/?languages=all&page_size=50",
        "/en/search/?sort=newest",
        content.public.url,
    ]
    for url in pages:
        response = browser.get(url)
        assert response.status_code == 200, url
        assert_no_hidden_titles(response, content)

    sitemap = browser.get("/sitemap.xml").content.decode()
    assert content.public.url in sitemap
    for hidden in (content.draft, content.members_only, content.password):
        assert hidden.url not in sitemap

    listing = browser.get(site_tree.toolkit_index.url).content.decode()
    assert "Zebrafinch public toolkit" in listing
    assert "Waxwing toolkit" in listing  # the published title, not the draft's


def test_a_live_page_made_private_leaves_the_search_at_once(content, site_tree):
    visitor = Client()
    assert visitor.get("/en/search/api/", {"q": "zebrafinch"}).json()["total"] == 1

    # What the admin's "Privacy" dialog does: a restriction on a page already live.
    PageViewRestriction.objects.create(page=content.public, restriction_type="login")

    assert visitor.get("/en/search/api/", {"q": "zebrafinch"}).json()["total"] == 0
    assert b"Zebrafinch" not in visitor.get("/en/search/autocomplete/", {"q": "zebra"}).content


def test_a_page_under_a_private_section_is_private_too(content, site_tree):
    section = site_tree.toolkit_index
    PageViewRestriction.objects.create(page=section, restriction_type="login")
    child = ToolkitPageFactory(parent=section, title="Xenops toolkit")
    child.save_revision().publish()

    visitor = Client()
    assert_sent_to_login(visitor.get(child.url))
    assert visitor.get("/en/search/api/", {"q": "xenops"}).json()["total"] == 0
    assert b"Xenops" not in visitor.get("/sitemap.xml").content
    assert b"Xenops" not in visitor.get(site_tree.home.url).content


# What a contributor may never do with contributions -------------------------------------------


@pytest.fixture
def contributions_of_two(site_tree, contributor, django_user_model):
    """A draft contribution of the contributor's own, and one of another member."""
    from contributions.models import Contribution

    other = django_user_model.objects.create_user("other", "o@example.org", "password")
    made = {}
    for owner, title in ((contributor, "Ibis own draft"), (other, "Jacana other draft")):
        page = ToolkitPageFactory(parent=site_tree.toolkit_index, title=title, live=False)
        page.save_revision(user=owner)
        page.get_workflow().start(page, owner)
        made[owner.username] = Contribution.objects.create(
            kind="toolkit", page=page, contributor=owner, language="en"
        )
    return made


def test_a_contributor_never_publishes_nor_sees_others_drafts(
    contributor, contributions_of_two, login
):
    member = login(contributor)
    own, others = contributions_of_two["contributor"], contributions_of_two["other"]

    # Only their own contributions are listed; another's is a 404 at every address of it.
    mine = member.get("/en/contribute/").content.decode()
    assert "Ibis own draft" in mine and "Jacana other draft" not in mine
    assert member.get(f"/en/contribute/{others.pk}/answer/").status_code == 404
    assert member.get(others.page.url or "/en/toolkits/jacana-other-draft/").status_code == 404

    # Not even their own draft may they publish, approve or delete.
    task_state = Page.objects.get(pk=own.page_id).current_workflow_task_state
    for action in ("approve", "reject"):
        response = member.post(
            reverse("wagtailadmin_pages:workflow_action", args=(own.page_id, action, task_state.pk))
        )
        assert_kept_out_of_the_admin(response)
    assert_kept_out_of_the_admin(
        member.post(reverse("wagtailadmin_pages:delete", args=[own.page_id]))
    )
    bulk = reverse("wagtail_bulk_action", args=["wagtailcore", "page", "publish"])
    member.post(f"{bulk}?id={own.page_id}&id={others.page_id}", {"include_descendants": ""})
    assert not Page.objects.filter(pk__in=[own.page_id, others.page_id], live=True).exists()
    # Nor decide on a contribution or a membership.
    response = member.post(reverse("contributions_decline", args=[others.pk]))
    assert_kept_out_of_the_admin(response)
    others.refresh_from_db()
    assert others.declined_at is None
