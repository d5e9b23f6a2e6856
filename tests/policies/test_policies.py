"""Public policies: where they live in the tree, what their page shows, the links to toolkits
and stories in both directions, their listing's filters and their official text's words."""

import datetime

import pytest
from django.test import Client
from django.urls import reverse
from wagtail.models import Locale, Page
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from home.models import HomePage
from policies.factories import (
    PolicyPageFactory,
    PolicyRelatedStoryFactory,
    PolicyRelatedToolkitFactory,
    timeline,
)
from policies.models import PolicyIndexPage, PolicyPage
from stories.factories import StoryPageFactory
from taxonomy.factories import WorkAxisFactory
from tests.base.test_editorial_workflow import add_url, approve, form_errors, promote_and_settings
from tests.translations.test_translators import put_string, title_segment, translation_of
from toolkits.factories import ToolkitDocumentFactory, ToolkitPageFactory
from translations.operations import translate

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("no_page_cache")]


@pytest.mark.parametrize(
    ("page_type", "parent_name", "allowed"),
    [
        (PolicyPage, "policy_index", True),
        (PolicyPage, "story_index", False),
        (PolicyPage, "home", False),
        (PolicyIndexPage, "home", False),  # there is one already
        (PolicyIndexPage, "policy_index", False),
    ],
)
def test_where_policies_may_be_created(site_tree, page_type, parent_name, allowed):
    parent = getattr(site_tree, parent_name)
    assert page_type.can_create_at(parent) is allowed


def test_a_new_home_page_accepts_a_policy_listing(site_tree):
    home = HomePage(title="Other site", slug="other", introduction="<p>Another site.</p>")
    Page.get_first_root_node().add_child(instance=home)
    assert PolicyIndexPage.can_create_at(home)


def test_policy_page_shows_its_titles_status_place_participants_and_timeline(client, site_tree):
    policy = PolicyPageFactory(
        parent=site_tree.policy_index,
        title="Framework law on the social and solidarity economy",
        original_title="Loi d'orientation relative à l'économie sociale et solidaire",
        original_language="fr",
        policy_type="framework-law",
        status="in-force",
        adopted_on=datetime.date(2021, 6, 21),
        government_level="national",
        country="SN",
        participants=[
            {
                "type": "participant",
                "value": {
                    "name": "Réseau national de l'ESS",
                    "role": "network",
                    "contribution": "Drafted the first text",
                },
            },
            {
                "type": "participant",
                "value": {"name": "Ministry of Microfinance", "role": "government"},
            },
        ],
        timeline=timeline(
            (datetime.date(2019, 3, 8), "Networks table a proposal"),
            (datetime.date(2021, 6, 21), "The National Assembly adopts the law"),
        ),
        official_text_url="https://example.org/loi-ess.pdf",
    )

    html = client.get(policy.url).content.decode()

    assert "Framework law on the social and solidarity economy</h1>" in html
    assert 'lang="fr">Loi d&#x27;orientation relative à l&#x27;économie sociale' in html
    assert "In force" in html and "Framework law" in html
    assert 'datetime="2021-06-21"' in html
    assert "Réseau national de l&#x27;ESS" in html
    assert "(SSE network or organisation)" in html and "(Government or public body)" in html
    assert html.index("Networks table a proposal") < html.index("The National Assembly adopts")
    assert 'href="https://example.org/loi-ess.pdf"' in html
    assert f'href="{site_tree.country_index.url}SN/"' in html


def test_policy_page_offers_its_official_text_file(client, site_tree):
    document = ToolkitDocumentFactory(title="Official text")
    policy = PolicyPageFactory(parent=site_tree.policy_index, official_text_document=document)

    html = client.get(policy.url).content.decode()

    assert f'href="{document.url}"' in html
    assert "PDF" in html


def test_policy_without_optional_fields_renders(client, site_tree):
    policy = PolicyPageFactory(
        parent=site_tree.policy_index,
        participants=[],
        timeline=[],
        adopted_on=None,
        status="proposed",
        government_level="local",
        place="Barcelona",
        country="ES",
    )
    response = client.get(policy.url)
    assert response.status_code == 200
    assert "Barcelona, " in response.content.decode()


def test_related_toolkits_and_stories_show_in_both_directions(client, site_tree):
    toolkit = ToolkitPageFactory(parent=site_tree.toolkit_index, title="Advocacy guide for a law")
    story = StoryPageFactory(parent=site_tree.story_index, title="How the network won the law")
    policy = PolicyPageFactory(parent=site_tree.policy_index, title="The SSE framework law")
    PolicyRelatedToolkitFactory(page=policy, toolkit=toolkit, sort_order=0)
    PolicyRelatedStoryFactory(page=policy, story=story, sort_order=0)
    unrelated = ToolkitPageFactory(parent=site_tree.toolkit_index)

    policy_html = client.get(policy.url).content.decode()
    assert f'href="{toolkit.url}"' in policy_html
    assert f'href="{story.url}"' in policy_html
    for page in (toolkit, story):
        assert f'href="{policy.url}"' in client.get(page.url).content.decode()
    assert f'href="{policy.url}"' not in client.get(unrelated.url).content.decode()


def test_an_unpublished_policy_is_not_listed_on_its_toolkit(client, site_tree):
    toolkit = ToolkitPageFactory(parent=site_tree.toolkit_index)
    policy = PolicyPageFactory(parent=site_tree.policy_index)
    PolicyRelatedToolkitFactory(page=policy, toolkit=toolkit, sort_order=0)
    policy.unpublish()

    assert f'href="{policy.url}"' not in client.get(toolkit.url).content.decode()


def test_policy_listing_filters_by_country_kind_status_level_year_and_theme(client, site_tree):
    index = site_tree.policy_index
    law = PolicyPageFactory(parent=index, country="SN", year=2021, policy_type="framework-law")
    fund = PolicyPageFactory(
        parent=index,
        country="BR",
        year=2015,
        policy_type="fund",
        status="repealed",
        government_level="regional",
    )
    ToolkitPageFactory(parent=site_tree.toolkit_index)  # another kind: never in this listing

    def listed(query):
        response = client.get(f"{index.url}?{query}")
        assert response.status_code == 200
        return {page.pk for page in response.context["page_obj"].object_list}

    assert listed("") == {law.pk, fund.pk}
    assert listed("country=BR") == {fund.pk}
    assert listed("policy_type=framework-law") == {law.pk}
    assert listed("status=repealed") == {fund.pk}
    assert listed("level=regional") == {fund.pk}
    assert listed("year=2021") == {law.pk}
    assert listed("theme=no-such-theme") == set()
    facets = {facet["name"] for facet in client.get(index.url).context["facets"]}
    assert {"country", "policy_type", "status", "level", "year"} <= facets
    assert "kind" not in facets


def test_policy_listing_labels_facets_in_the_visitors_language(client, site_tree):
    PolicyPageFactory(parent=site_tree.policy_index, status="under-debate")
    response = client.get(site_tree.policy_index.url)
    labels = {
        value["label"]
        for facet in response.context["facets"]
        for value in facet["values"]
        if facet["name"] in ("status", "policy_type", "level")
    }
    assert {"Under debate", "Framework law", "National"} <= labels


@pytest.mark.parametrize(
    "query", ["page=abc", "status=%00", "year=99999999999", "level=" + "x" * 500]
)
def test_policy_listing_never_fails_on_odd_parameters(client, site_tree, query):
    assert client.get(f"{site_tree.policy_index.url}?{query}").status_code in (200, 400)


# A policy's whole life through the admin -----------------------------------------------------


def policy_form_data(toolkit):
    data = nested_form_data(
        {
            "title": "Municipal SSE procurement rule",
            "slug": "municipal-sse-procurement-rule",
            "original_title": "Règlement municipal des achats responsables",
            "original_language": "fr",
            "summary": "The city reserves a share of its catering contracts for cooperatives.",
            "body": streamfield([("paragraph", rich_text("<p>Adopted after two years.</p>"))]),
            "participants": streamfield(
                [
                    (
                        "participant",
                        {"name": "Local SSE network", "role": "network", "contribution": ""},
                    )
                ]
            ),
            "timeline": streamfield(
                [("step", {"date": "2022-03-01", "title": "Network's proposal", "description": ""})]
            ),
            "official_text_url": "",
            "official_text_document": "",
            "related_toolkits": inline_formset([{"toolkit": toolkit.pk}]),
            "related_stories": inline_formset([]),
            "policy_type": "procurement-rule",
            "status": "in-force",
            "adopted_on": "2023-01-10",
            "in_force_on": "",
            "repealed_on": "",
            "year": "2023",
            "government_level": "local",
            "country": "FR",
            "place": "Lyon",
            "work_axis": WorkAxisFactory().pk,
            **promote_and_settings(),
        }
    )
    return data


def test_a_policys_life_draft_moderation_publication_and_translation(
    client,
    editor_client,
    moderator_client,
    superuser,
    site_tree,
    django_capture_on_commit_callbacks,
):
    toolkit = ToolkitPageFactory(parent=site_tree.toolkit_index, title="Procurement guide")
    index = site_tree.policy_index
    data = policy_form_data(toolkit)

    response = editor_client.post(add_url(PolicyPage, index), data)  # a draft
    assert response.status_code == 302, form_errors(response)
    policy = PolicyPage.objects.get(slug=data["slug"])
    assert not policy.live
    response = editor_client.post(
        reverse("wagtailadmin_pages:edit", args=(policy.pk,)), {**data, "action-submit": "1"}
    )
    assert response.status_code == 302, form_errors(response)
    assert client.get(policy.url).status_code == 404

    approve(moderator_client, policy)
    policy.refresh_from_db()
    assert policy.live
    html = client.get(policy.url).content.decode()
    assert "Network&#x27;s proposal" in html and f'href="{toolkit.url}"' in html
    assert policy.pk in {page.pk for page in client.get(index.url).context["page_obj"]}

    french = Locale.objects.get(language_code="fr")
    for page in (site_tree.home, index, policy):
        with django_capture_on_commit_callbacks(execute=True):
            translate(page, [french], user=superuser)
    policy_fr = policy.get_translation(french)
    translation = translation_of(policy_fr)
    admin = Client()
    admin.force_login(superuser)
    assert (
        put_string(admin, translation, title_segment(translation), "Règle d'achat").status_code
        == 201
    )
    with django_capture_on_commit_callbacks(execute=True):
        response = admin.post(
            reverse("wagtailadmin_pages:edit", args=[policy_fr.pk]), {"action": "publish"}
        )
    assert response.status_code == 302
    policy_fr.refresh_from_db()
    assert policy_fr.title == "Règle d'achat"
    assert policy_fr.original_title == policy.original_title  # never translated
    assert policy_fr.country.code == "FR" and policy_fr.policy_type == "procurement-rule"
    html = client.get(policy_fr.url).content.decode()
    assert '<html lang="fr"' in html and "Règle d&#x27;achat</h1>" in html
