"""Where each page type may be created: home at the top, one listing of each kind under it,
stories only in the story listing and toolkits only in the toolkit listing."""

import pytest
from django.urls import reverse
from wagtail.models import Page

from home.models import HomePage
from stories.models import StoryIndexPage, StoryPage
from toolkits.models import ToolkitIndexPage, ToolkitPage

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("no_page_cache")]

# (page type, parent, may be created there) — the site's structure, as the editors' guide says.
TREE_RULES = [
    (StoryPage, "story_index", True),
    (StoryPage, "toolkit_index", False),
    (StoryPage, "home", False),
    (StoryPage, "root", False),
    (ToolkitPage, "toolkit_index", True),
    (ToolkitPage, "story_index", False),
    (ToolkitPage, "home", False),
    (StoryIndexPage, "home", False),  # there is one already
    (StoryIndexPage, "story_index", False),
    (StoryIndexPage, "root", False),
    (ToolkitIndexPage, "home", False),  # there is one already
    (ToolkitIndexPage, "toolkit_index", False),
    (HomePage, "root", False),  # there is one already
    (HomePage, "home", False),
    (HomePage, "story_index", False),
]


def parent_page(site_tree, name):
    if name == "root":
        return Page.get_first_root_node()
    return getattr(site_tree, name)


@pytest.mark.parametrize(("page_type", "parent_name", "allowed"), TREE_RULES)
def test_can_create_at(site_tree, page_type, parent_name, allowed):
    parent = parent_page(site_tree, parent_name)

    assert page_type.can_create_at(parent) is allowed


def test_a_home_page_may_be_created_at_the_root_of_an_empty_tree(db):
    assert HomePage.can_create_at(Page.get_first_root_node())


@pytest.mark.parametrize("listing_type", [StoryIndexPage, ToolkitIndexPage])
def test_a_new_home_page_may_have_one_listing_of_each_kind(site_tree, listing_type):
    from home.factories import HomePageFactory

    # A second home page (another site, or a translation) gets its own listings.
    second_home = HomePageFactory(parent=Page.get_first_root_node(), title="Second home")

    assert listing_type.can_create_at(second_home)


def add_url(page_type, parent):
    return reverse(
        "wagtailadmin_pages:add",
        args=(page_type._meta.app_label, page_type._meta.model_name, parent.pk),
    )


@pytest.mark.parametrize(
    ("page_type", "parent_name"),
    [(StoryPage, "toolkit_index"), (ToolkitPage, "story_index"), (StoryPage, "home")],
)
def test_admin_add_view_refuses_a_page_in_the_wrong_place(
    client, superuser, site_tree, page_type, parent_name
):
    parent = parent_page(site_tree, parent_name)
    client.force_login(superuser)
    pages_before = Page.objects.count()

    get_response = client.get(add_url(page_type, parent))
    post_response = client.post(add_url(page_type, parent), {"title": "Misplaced", "slug": "x"})

    for response in (get_response, post_response):
        assert response.status_code in (302, 403)  # Wagtail's "permission denied"
    assert Page.objects.count() == pages_before


@pytest.mark.parametrize(
    ("page_type", "parent_name"), [(StoryPage, "story_index"), (ToolkitPage, "toolkit_index")]
)
def test_admin_add_view_opens_in_the_right_place(
    client, superuser, site_tree, page_type, parent_name
):
    client.force_login(superuser)

    response = client.get(add_url(page_type, parent_page(site_tree, parent_name)))

    assert response.status_code == 200


def test_admin_offers_only_stories_under_the_story_listing(client, superuser, site_tree):
    client.force_login(superuser)

    response = client.get(
        reverse("wagtailadmin_pages:add_subpage", args=(site_tree.story_index.pk,))
    )

    # With a single allowed type Wagtail goes straight to its form.
    assert response.status_code == 302
    assert response["Location"] == add_url(StoryPage, site_tree.story_index)
