"""Lineage: a toolkit or a policy adapted from another shows where it came from and where it went,
a toolkit lists the stories that used it, the country dossier counts adaptations as tools that
travelled, and the atlas's exchange flows list the journeys between countries."""

import re
import xml.etree.ElementTree as ElementTree

import pytest
from django.utils.html import escape

from atlas import world_map
from policies.factories import PolicyPageFactory
from stories.factories import StoryPageFactory, StoryRelatedToolkitFactory
from toolkits.factories import ToolkitPageFactory

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("no_page_cache")]


@pytest.fixture
def journey(site_tree, publish):
    """A Brazilian toolkit of 2019 adapted in Senegal (2022) and in Mexico (2024)."""
    parent = site_tree.toolkit_index
    original = publish(
        ToolkitPageFactory(parent=parent, title="Guia de conselhos", countries=["BR"], year=2019)
    )
    senegal = publish(
        ToolkitPageFactory(
            parent=parent,
            title="Guide des conseils",
            countries=["SN"],
            year=2022,
            adapted_from=original,
            adaptation_notes="Translated into French; the OHADA law replaces Brazil's.",
        )
    )
    mexico = publish(
        ToolkitPageFactory(
            parent=parent,
            title="Guía de consejos",
            countries=["MX"],
            year=2024,
            adapted_from=original,
        )
    )
    draft = ToolkitPageFactory(
        parent=parent, title="Unfinished adaptation", countries=["PE"], year=2025, live=False
    )
    draft.adapted_from = original
    draft.save()
    return original, senegal, mexico


def test_the_adaptation_says_where_it_came_from_and_what_changed(client, journey):
    original, senegal, _mexico = journey
    html = client.get(senegal.url).content.decode()
    assert "Adapted from" in html
    assert f'href="{original.url}">Guia de conselhos</a> (Brazil, 2019)' in html
    assert escape("the OHADA law replaces Brazil's") in html


def test_the_original_says_where_it_was_adapted_and_never_a_draft(client, journey):
    original, senegal, mexico = journey
    html = client.get(original.url).content.decode()
    assert "Adapted in:" in html
    assert f'<a href="{senegal.url}">Senegal 2022</a>' in html
    assert f'<a href="{mexico.url}">Mexico 2024</a>' in html
    assert html.index("Senegal 2022") < html.index("Mexico 2024")
    assert "Peru" not in html


def test_a_policy_adapted_from_another(client, site_tree, publish):
    model = publish(PolicyPageFactory(parent=site_tree.policy_index, country="EC", year=2011))
    adapted = publish(
        PolicyPageFactory(
            parent=site_tree.policy_index, country="MX", year=2012, adapted_from=model
        )
    )
    assert "(Ecuador, 2011)" in client.get(adapted.url).content.decode()
    assert "Mexico 2012" in client.get(model.url).content.decode()


def test_a_toolkit_lists_the_stories_that_used_it(client, site_tree, journey, publish):
    original = journey[0]
    story = StoryPageFactory(parent=site_tree.story_index, title="Bakers of Dakar", live=False)
    StoryRelatedToolkitFactory(page=story, toolkit=original)
    publish(story)
    html = client.get(original.url).content.decode()
    assert "Stories of its use" in html
    assert "Bakers of Dakar" in html


def test_the_dossier_shows_tools_that_travelled_in_and_out(client, site_tree, journey):
    atlas = site_tree.country_index.url
    senegal = client.get(f"{atlas}SN/").content.decode()
    travelled = senegal[senegal.index("Tools that travelled") :]
    assert "Guia de conselhos" in travelled  # came in from Brazil
    brazil = client.get(f"{atlas}BR/").content.decode()
    travelled = brazil[brazil.index("Tools that travelled") :]
    assert "Guia de conselhos" in travelled  # went out to Senegal and Mexico


def test_the_exchange_flows_list_each_journey(client, site_tree, journey):
    response = client.get(f"{site_tree.country_index.url}flows/")
    assert response.status_code == 200
    rows = {(row["from_code"], row["to_code"]): row for row in response.context["flows"]}
    assert set(rows) == {("BR", "SN"), ("BR", "MX")}
    html = response.content.decode()
    assert '<th scope="col">From</th>' in html
    assert "Guía de consejos" in html
    assert "Unfinished adaptation" not in html


SVG = "{http://www.w3.org/2000/svg}"


def flow_arrows(html):
    """{(from, to): (start point, end point, width class)} of the flows the map draws."""
    svg = ElementTree.fromstring(
        re.search(r'<svg class="world-map__svg flow-map".*?</svg>', html, re.S)[0]
    )
    arrows = {}
    for path in svg.iter(f"{SVG}path"):
        if "flow-map__flow" in path.get("class", ""):
            numbers = [float(n) for n in re.findall(r"-?[\d.]+", path.get("d"))]
            width = re.search(r"flow-map__width-(\d)", path.get("class"))[1]
            arrows[path.get("data-from"), path.get("data-to")] = (
                tuple(numbers[:2]),
                tuple(numbers[-2:]),
                int(width),
            )
    return arrows


def inside(point, code):
    """Whether the point lies within one of the country's outlines (ray casting)."""
    x, y = point
    for ring in world_map.outline_rings(world_map.shapes()["countries"][code]):
        crossings = 0
        for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1], strict=True):
            if (y0 > y) != (y1 > y) and x < x0 + (y - y0) * (x1 - x0) / (y1 - y0):
                crossings += 1
        if crossings % 2:
            return True
    return False


def test_the_exchange_flows_are_drawn_on_the_world_map(client, site_tree, journey, publish):
    original = journey[0]
    publish(
        ToolkitPageFactory(
            parent=site_tree.toolkit_index,
            title="Deuxième guide",
            countries=["SN"],
            year=2023,
            adapted_from=original,
        )
    )
    html = client.get(f"{site_tree.country_index.url}flows/").content.decode()
    arrows = flow_arrows(html)
    assert set(arrows) == {("BR", "SN"), ("BR", "MX")}
    for (origin, destination), (start, end, _width) in arrows.items():
        assert inside(start, origin), f"the {origin}→{destination} arrow starts outside {origin}"
        assert inside(end, destination), f"it ends outside {destination}"
    # Two tools went from Brazil to Senegal, one to Mexico: the first arrow is wider.
    assert arrows["BR", "SN"][2] == 2
    assert arrows["BR", "MX"][2] == 1
    # A picture with a title, whose caption links the table that says the same in text.
    assert 'role="img" aria-labelledby="flow-map-title"' in html
    assert '<a href="#flows-heading">' in html
    assert 'id="flows-heading"' in html
    assert "style=" not in re.search(r"<svg.*?</svg>", html, re.S)[0]  # CSP: no inline style


def test_no_flow_no_map(client, site_tree):
    html = client.get(f"{site_tree.country_index.url}flows/").content.decode()
    assert "flow-map" not in html
