"""Fixtures of the translators' tests: a site translated into French and Spanish, and a member
of "Translators (fr)"."""

import pytest
from django.core.management import call_command
from wagtail.models import Locale

from stories.factories import StoryPageFactory
from translations.operations import translate


def locale(code):
    return Locale.objects.get(language_code=code)


@pytest.fixture
def translated_site(site_tree, superuser, django_capture_on_commit_callbacks, publish):
    """The English site with a story, translated into French and Spanish by an administrator,
    and the translators' groups set up as a deploy would."""
    story = publish(
        StoryPageFactory(parent=site_tree.story_index, title="Twelve families and a market")
    )
    fr, es = locale("fr"), locale("es")
    for page in (site_tree.home, site_tree.story_index, story):
        # wagtail-localize publishes a translation when its transaction commits: one
        # transaction per page, as in the admin.
        with django_capture_on_commit_callbacks(execute=True):
            translate(page, [fr, es], user=superuser)
    call_command("setup_translator_groups", verbosity=0)
    site_tree.story = story
    site_tree.story_fr = story.get_translation(fr)
    site_tree.story_es = story.get_translation(es)
    site_tree.story_index_fr = site_tree.story_index.get_translation(fr)
    return site_tree


@pytest.fixture
def translator(member_of, translated_site):
    return member_of("Translators (fr)", "traductrice")


@pytest.fixture
def translator_client(login, translator):
    return login(translator)
