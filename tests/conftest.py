"""Shared fixtures: the page tree every page hangs from, the people who edit it, and what they
do to pages (publish, translate, log in).

The taxonomy terms, the four locales, the Editors and Moderators groups and the
"Moderators approval" workflow all come from migrations, so the plain `db` fixture keeps them.
"""

import os
import uuid

import pytest
from django.contrib.auth.models import Group
from django.test import Client, TestCase
from django.utils import translation
from wagtail.embeds.embeds import get_embed_hash
from wagtail.embeds.models import Embed
from wagtail.models import Locale, Page, Site

from atlas.factories import CountryIndexPageFactory
from home.factories import HomePageFactory
from policies.factories import PolicyIndexPageFactory
from search import word_translation
from search.documents import build_document
from search.engines.base import SearchUnavailable
from search.engines.elasticsearch import ElasticsearchEngine
from stories.factories import StoryIndexPageFactory
from toolkits.factories import ToolkitIndexPageFactory

VIDEO_URL = "https://www.youtube.com/watch?v=sse-policy-exchange"
# As providers often send it: an iframe without a title, which the site must add.
VIDEO_HTML = '<iframe width="640" height="360" src="https://www.youtube.com/embed/x"></iframe>'


class SiteTree:
    """The home page (root of the default Site) with the three listings and the atlas under it."""

    def __init__(self, home, story_index, toolkit_index, policy_index, country_index):
        self.home = home
        self.story_index = story_index
        self.toolkit_index = toolkit_index
        self.policy_index = policy_index
        self.country_index = country_index


@pytest.fixture
def without_apertium(monkeypatch, tmp_path):
    """A machine without Apertium (search/word_translation.py): the visitor's words are not
    translated, as where `make machine-translation` was not run."""
    monkeypatch.setenv("PATH", str(tmp_path))
    monkeypatch.setattr(word_translation, "_cache", {})


@pytest.fixture
def site_tree(db):
    return make_site_tree()


def make_site_tree():
    root = Page.get_first_root_node()
    home = HomePageFactory(parent=root)
    site = Site.objects.get(is_default_site=True)
    site.root_page = home
    site.save()
    return SiteTree(
        home=home,
        story_index=StoryIndexPageFactory(parent=home),
        toolkit_index=ToolkitIndexPageFactory(parent=home),
        policy_index=PolicyIndexPageFactory(parent=home),
        country_index=CountryIndexPageFactory(parent=home),
    )


@pytest.fixture
def no_page_cache(settings):
    """Every request runs its view: the full-page cache (tested in test_page_cache.py) is off,
    so tests see fresh pages, their template context and their real query count."""
    settings.PAGE_CACHE_ENABLED = False


@pytest.fixture
def superuser(django_user_model):
    return django_user_model.objects.create_superuser(
        username="admin", email="admin@example.org", password="password"
    )


@pytest.fixture
def member_of(django_user_model):
    """member_of(group name, username): a new user (password "password") in that group."""

    def member_of(group_name, username):
        user = django_user_model.objects.create_user(
            username=username, email=f"{username}@example.org", password="password"
        )
        user.groups.add(Group.objects.get(name=group_name))
        return user

    return member_of


@pytest.fixture
def login():
    """login(user): a new test client signed in as `user`, so that a test can hold several
    people's sessions at once."""

    def login(user):
        signed_in = Client()
        signed_in.force_login(user)
        return signed_in

    return login


@pytest.fixture
def editor(member_of):
    """A member of Wagtail's "Editors" group: may add and edit pages, not publish them."""
    return member_of("Editors", "editor")


@pytest.fixture
def moderator(member_of):
    """A member of Wagtail's "Moderators" group: approves what editors submit."""
    return member_of("Moderators", "moderator")


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client


@pytest.fixture
def moderator_client(login, moderator):
    return login(moderator)


@pytest.fixture
def publish():
    return publish_now


def publish_now(page):
    """Publish through a revision, as an editor does, then run what waits for the commit
    (search indexing, cache invalidation) as the end of the editor's request does."""
    with TestCase.captureOnCommitCallbacks(execute=True):
        page.save_revision().publish()
    page.refresh_from_db()
    return page


@pytest.fixture
def translate(publish):
    """translate(page, language code, **fields): a published translation of `page`, with these
    fields changed; its parent must be translated already, unless copy_parents=True."""

    def translate(page, language_code, copy_parents=False, **fields):
        locale = Locale.objects.get(language_code=language_code)
        translation = page.copy_for_translation(locale, copy_parents=copy_parents)
        for name, value in fields.items():
            setattr(translation, name, value)
        return publish(translation)

    return translate


@pytest.fixture
def video_embed(db):
    """The embed of VIDEO_URL, cached as Wagtail caches fetched embeds: tests need no network."""
    return Embed.objects.create(
        url=VIDEO_URL,
        hash=get_embed_hash(VIDEO_URL),
        type="video",
        html=VIDEO_HTML,
        title="Video of the cooperative",
        provider_name="YouTube",
        width=640,
        height=360,
    )


@pytest.fixture(autouse=True)
def _default_language_after_each_test():
    """A request for a French page activates French in the test's thread, and Django's
    LocaleMiddleware leaves it active: without this, a later test's labels were French."""
    yield
    translation.deactivate()


# Search ---------------------------------------------------------------------------------------


def elasticsearch_url():
    url = os.environ.get("ELASTICSEARCH_TEST_URL")
    if not url:
        pytest.fail(
            "ELASTICSEARCH_TEST_URL is not set: run the tests with `make test`, which starts "
            "a real Elasticsearch node with scripts/elasticsearch."
        )
    return url


@pytest.fixture
def elasticsearch():
    engine = ElasticsearchEngine(elasticsearch_url(), f"test_{uuid.uuid4().hex[:10]}", timeout=10)
    try:
        engine.ensure_index()
    except SearchUnavailable as error:
        pytest.fail(f"The Elasticsearch node at {elasticsearch_url()} does not answer: {error}")
    yield engine
    for name in engine.client.indices.get(index=f"{engine.alias}_*"):
        engine.client.indices.delete(index=name)


def index(engine, *pages):
    engine.index_documents([build_document(page) for page in pages])
    if isinstance(engine, ElasticsearchEngine):
        engine.refresh()


# The network's spaces ---------------------------------------------------------------------------


class NetworkTree:
    """The listings of working groups, organisations, events and statements under the home."""

    def __init__(self, site_tree):
        from campaigns.factories import CampaignIndexPageFactory
        from events.factories import EventIndexPageFactory
        from organisations.factories import OrganisationIndexPageFactory
        from workinggroups.factories import WorkingGroupIndexPageFactory

        self.site = site_tree
        self.home = site_tree.home
        self.groups = WorkingGroupIndexPageFactory(parent=site_tree.home)
        self.organisations = OrganisationIndexPageFactory(parent=site_tree.home)
        self.events = EventIndexPageFactory(parent=site_tree.home)
        self.campaigns = CampaignIndexPageFactory(parent=site_tree.home)


@pytest.fixture
def network_tree(site_tree):
    return NetworkTree(site_tree)
