"""Related toolkits and similar policies are the most alike in content, taxonomy and where they
apply (Elasticsearch's more_like_this; its database equivalent), not the newest.

One test body runs against both engines, as in test_search_contract.py."""

import pytest
from wagtail.models import Locale

from policies.factories import PolicyPageFactory
from search.engines.database import DatabaseEngine
from taxonomy.factories import ThemeFactory
from tests.conftest import index
from toolkits.factories import ToolkitPageFactory


@pytest.fixture(params=["database", pytest.param("elasticsearch", marks=pytest.mark.elasticsearch)])
def engine(request, db):
    if request.param == "database":
        return DatabaseEngine()
    return request.getfixturevalue("elasticsearch")


def paragraph(text):
    return [{"type": "paragraph", "value": f"<p>{text}</p>"}]


@pytest.fixture
def toolkits(site_tree):
    environment, finance = ThemeFactory(slug="environment"), ThemeFactory(slug="finance")

    def toolkit(title, countries, year, text, themes=(environment,)):
        return ToolkitPageFactory(
            parent=site_tree.toolkit_index,
            title=title,
            summary=text,
            description=paragraph(text),
            countries=countries,
            year=year,
            themes=list(themes),
        )

    recycling = "Waste pickers form recycling cooperatives and sign sorting contracts with cities."
    return {
        "origin": toolkit("Recycling cooperatives in Brazil", ["BR"], 2018, recycling),
        "alike_near": toolkit("Recycling cooperatives in Argentina", ["AR"], 2016, recycling),
        "alike_far": toolkit("Recycling cooperatives in India", ["IN"], 2016, recycling),
        "newest": toolkit(
            "Seed banks of the Andes", ["PE"], 2025, "Farmers keep native seeds in village banks."
        ),
        "unrelated": toolkit(
            "Community currencies",
            ["BR"],
            2025,
            "Local money for neighbourhood shops.",
            themes=[finance],
        ),
    }


def test_the_most_alike_come_first_then_the_nearest_not_the_newest(engine, toolkits):
    index(engine, *toolkits.values())
    origin = toolkits["origin"]

    related = engine.related(origin.pk, "en", "toolkit", 3)

    assert related[:2] == [toolkits["alike_near"].pk, toolkits["alike_far"].pk]
    assert origin.pk not in related


def test_a_page_not_in_the_index_has_no_related_pages(engine, toolkits):
    index(engine, *toolkits.values())

    assert engine.related(10**9, "en", "toolkit", 3) == []


def test_the_toolkit_page_lists_its_related_toolkits(client, toolkits):
    for page in toolkits.values():
        page.save_revision().publish()  # as an editor would: the site search indexes them

    html = client.get(toolkits["origin"].url).content.decode()

    assert toolkits["origin"].related_toolkits(2) == [toolkits["alike_near"], toolkits["alike_far"]]
    assert "Related toolkits" in html
    assert html.index("Recycling cooperatives in Argentina") < html.index(
        "Recycling cooperatives in India"
    )


def test_related_toolkits_are_in_the_visitors_language_or_their_original(client, toolkits):
    spanish = Locale.objects.get(language_code="es")
    site = toolkits["origin"].get_parent().get_parent()
    for page in (site, toolkits["origin"].get_parent()):
        page.copy_for_translation(spanish).save_revision().publish()
    for page in toolkits.values():
        page.save_revision().publish()
    spanish_near = toolkits["alike_near"].copy_for_translation(spanish)
    spanish_near.title = "Cooperativas de reciclaje en Argentina"
    spanish_near.save_revision().publish()
    spanish_origin = toolkits["origin"].copy_for_translation(spanish)
    spanish_origin.title = "Cooperativas de reciclaje en Brasil"
    spanish_origin.save_revision().publish()

    related = spanish_origin.related_toolkits(2)

    assert [page.title for page in related] == [
        "Cooperativas de reciclaje en Argentina",
        "Recycling cooperatives in India",
    ]


def test_a_policy_page_lists_similar_policies(client, site_tree):
    def policy(title, country, text):
        page = PolicyPageFactory(
            parent=site_tree.policy_index, title=title, country=country, summary=text
        )
        page.save_revision().publish()
        return page

    law = "A framework law recognising cooperatives and mutual societies, with a national council."
    senegal = policy("SSE framework law of Senegal", "SN", law)
    mali = policy("SSE framework law of Mali", "ML", law)
    policy("Municipal procurement rule of Quito", "EC", "Cities buy food from local farmers.")

    html = client.get(senegal.url).content.decode()

    assert senegal.similar_policies(1) == [mali]
    assert 'id="similar-policies-heading"' in html
