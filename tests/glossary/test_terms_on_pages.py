"""Glossary terms a page's text names are explained on it ("Terms on this page"), with the
definition in the page's language, and change with the glossary (the page cache included)."""

import re

from wagtail.models import Locale

from glossary.models import GlossaryTerm
from policies.factories import PolicyPageFactory
from stories.factories import StoryPageFactory
from toolkits.factories import ToolkitPageFactory


def paragraph(text):
    return [{"type": "paragraph", "value": f"<p>{text}</p>"}]


def terms_box(html):
    """[(term, definition, definition's lang)] of the "Terms on this page" box."""
    found = re.search(r'<aside class="section glossary-terms".*?</aside>', html, re.S)
    if found is None:
        return []
    return re.findall(
        r'<dt lang="\w+"><dfn>(.*?)</dfn></dt>\s*<dd lang="(\w+)">(.*?)</dd>', found.group(0)
    )


def test_a_story_explains_the_glossary_terms_its_text_names(client, site_tree):
    story = StoryPageFactory(
        parent=site_tree.story_index,
        summary="Twelve market vendors.",
        body=paragraph("They started worker cooperatives with a microcredit loan."),
    )
    story.save_revision().publish()

    box = terms_box(client.get(story.url).content.decode())

    terms = [term for term, _language, _definition in box]
    # The longest names ("market vendors", not "market"), in order; everyday words ("loan")
    # are not explained.
    assert terms == ["market vendors", "worker cooperative", "microcredit"]
    definition = GlossaryTerm.objects.get(term="worker cooperative", locale__language_code="en")
    assert box[1] == ("worker cooperative", "en", definition.definition)
    assert 'aria-labelledby="glossary-terms-heading"' in client.get(story.url).content.decode()


def test_a_page_without_glossary_terms_has_no_box(client, site_tree):
    toolkit = ToolkitPageFactory(
        parent=site_tree.toolkit_index, title="Zzz", summary="Nothing here.", description=[]
    )
    toolkit.save_revision().publish()

    html = client.get(toolkit.url).content.decode()

    assert "glossary-terms" not in html


def test_a_french_page_shows_french_terms_and_the_english_definition_until_translated(
    client, site_tree
):
    french = Locale.objects.get(language_code="fr")
    for page in (site_tree.home, site_tree.policy_index):
        page.copy_for_translation(french).save_revision().publish()
    policy = PolicyPageFactory(parent=site_tree.policy_index)
    policy.save_revision().publish()
    french_policy = policy.copy_for_translation(french)
    french_policy.summary = "Une loi qui reconnaît les coopératives de travail."
    french_policy.save_revision().publish()
    term = GlossaryTerm.objects.get(term="coopérative de travail", locale=french)
    english = GlossaryTerm.objects.get(
        translation_key=term.translation_key, locale__language_code="en"
    )

    before = terms_box(client.get(french_policy.url).content.decode())
    term.definition = "Une coopérative détenue par les personnes qui y travaillent."
    term.save()  # as a translator does in the admin: the cached page is renewed
    after = terms_box(client.get(french_policy.url).content.decode())

    assert ("coopérative de travail", "en", english.definition) in before
    assert ("coopérative de travail", "fr", term.definition) in after
