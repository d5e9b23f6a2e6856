"""The atlas: country dossiers at /<lang>/countries/<ISO>/ and the world map on the index."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from wagtail.models import Locale

from atlas import world_map
from atlas.factories import CountryIntroductionFactory
from organisations.factories import OrganisationPageFactory
from policies.factories import PolicyPageFactory, PolicyRelatedToolkitFactory
from search.applicability import applies_to
from stories.factories import StoryPageFactory, StoryRelatedToolkitFactory
from tests.caching.test_query_counts import MANY, assert_same_cost, measured_queries
from toolkits.factories import ToolkitPageFactory

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("no_page_cache")]


def dossier_url(site_tree, code):
    return f"{site_tree.country_index.url}{code}/"


def test_a_country_dossier_shows_what_the_exchange_holds_there(client, site_tree):
    old = PolicyPageFactory(parent=site_tree.policy_index, country="SN", year=2012)
    new = PolicyPageFactory(parent=site_tree.policy_index, country="SN", year=2021)
    elsewhere = PolicyPageFactory(parent=site_tree.policy_index, country="BR")
    story = StoryPageFactory(parent=site_tree.story_index, country="SN")
    made_here = ToolkitPageFactory(parent=site_tree.toolkit_index, countries=["SN", "ML"])
    international = ToolkitPageFactory(
        parent=site_tree.toolkit_index, countries=[], is_international=True
    )
    continental = ToolkitPageFactory(
        parent=site_tree.toolkit_index, countries=["GH"], government_level="continental"
    )
    # Made for Eastern Africa: not for Senegal (search/applicability.py's rule, one for both).
    other_subregion = ToolkitPageFactory(
        parent=site_tree.toolkit_index, countries=["KE"], government_level="continental"
    )
    national_elsewhere = ToolkitPageFactory(
        parent=site_tree.toolkit_index, countries=["KE"], government_level="national"
    )
    other_continent = ToolkitPageFactory(
        parent=site_tree.toolkit_index, countries=["BR"], government_level="continental"
    )

    response = client.get(dossier_url(site_tree, "SN"))
    html = response.content.decode()

    assert response.status_code == 200
    assert "<h1>Senegal</h1>" in html
    assert html.index(f'href="{old.url}"') < html.index(f'href="{new.url}"')  # a timeline
    assert f'href="{elsewhere.url}"' not in html
    assert f'href="{story.url}"' in html
    assert response.context["dossier"]["toolkits_made_here"] == [made_here]
    assert set(response.context["dossier"]["toolkits_applying"]) == {international, continental}
    toolkits = [made_here, international, continental, other_subregion, national_elsewhere]
    assert {international, continental, made_here} == {
        page
        for page in toolkits + [other_continent]
        if applies_to("SN", page.country_codes, page.government_level, page.is_international)
    }
    for page in (national_elsewhere, other_continent, other_subregion):
        assert f'href="{page.url}"' not in html


def test_a_dossier_with_nothing_says_so(client, site_tree):
    response = client.get(dossier_url(site_tree, "IS"))
    assert response.status_code == 200
    html = response.content.decode()
    assert "No public policy from this country has been published yet." in html
    assert "Toolkits made here" not in html and "Stories</h2>" not in html


def test_a_dossier_shows_the_editors_introduction_in_the_visitors_language(client, site_tree):
    CountryIntroductionFactory(country="SN", text="<p>Une loi cadre depuis 2021.</p>")
    # Made in the default locale (English): shown on the English dossier.
    html = client.get(dossier_url(site_tree, "SN")).content.decode()
    assert "<p>Une loi cadre depuis 2021.</p>" in html
    assert "Une loi" not in client.get(dossier_url(site_tree, "BR")).content.decode()


def test_tools_that_travelled_in_and_out(client, site_tree):
    brazilian = ToolkitPageFactory(parent=site_tree.toolkit_index, countries=["BR"])
    senegalese = ToolkitPageFactory(parent=site_tree.toolkit_index, countries=["SN"])
    policy_sn = PolicyPageFactory(parent=site_tree.policy_index, country="SN")
    PolicyRelatedToolkitFactory(page=policy_sn, toolkit=brazilian, sort_order=0)
    story_br = StoryPageFactory(parent=site_tree.story_index, country="BR")
    StoryRelatedToolkitFactory(page=story_br, toolkit=senegalese, sort_order=0)

    senegal = client.get(dossier_url(site_tree, "SN")).context["dossier"]
    brazil = client.get(dossier_url(site_tree, "BR")).context["dossier"]

    assert senegal["toolkits_travelled_in"] == [brazilian]
    assert senegal["toolkits_travelled_out"] == [senegalese]
    assert brazil["toolkits_travelled_in"] == [senegalese]
    assert brazil["toolkits_travelled_out"] == [brazilian]


@pytest.mark.parametrize("code", ["XX", "ZZ", "QQ", "12", "EU", "BRA", "b", "..", "%00"])
def test_unknown_country_codes_are_not_found(client, site_tree, code):
    assert client.get(dossier_url(site_tree, code)).status_code == 404


def test_a_lower_case_code_redirects_to_the_upper_case_dossier(client, site_tree):
    response = client.get(dossier_url(site_tree, "sn"))
    assert response.status_code in (301, 302)
    assert response["Location"] == dossier_url(site_tree, "SN")


def test_country_names_are_in_the_visitors_language(client, site_tree):
    french = Locale.objects.get(language_code="fr")
    # The French tree, as a translator would make it.
    home = site_tree.home.copy_for_translation(french)
    home.save_revision().publish()
    index = site_tree.country_index.copy_for_translation(french)
    index.save_revision().publish()
    with translation.override("fr"):
        html = client.get(f"{index.url}DE/").content.decode()
    assert "<h1>Allemagne</h1>" in html


def measured(client, url):
    client.get(url)
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response.status_code == 200
    return [query["sql"] for query in context.captured_queries]


def test_a_dossier_costs_the_same_number_of_queries_whatever_it_holds(
    client, site_tree, network_tree, settings
):
    settings.FRAGMENT_CACHE_ENABLED = False
    url = dossier_url(site_tree, "SN")

    def add_one_of_each():
        OrganisationPageFactory(parent=network_tree.organisations, country="SN")
        policy = PolicyPageFactory(parent=site_tree.policy_index, country="SN")
        travelled = ToolkitPageFactory(parent=site_tree.toolkit_index, countries=["BR"])
        PolicyRelatedToolkitFactory(page=policy, toolkit=travelled, sort_order=0)
        story = StoryPageFactory(parent=site_tree.story_index, country="BR")
        made_here = ToolkitPageFactory(parent=site_tree.toolkit_index, countries=["SN"])
        StoryRelatedToolkitFactory(page=story, toolkit=made_here, sort_order=0)
        StoryPageFactory(parent=site_tree.story_index, country="SN")
        ToolkitPageFactory(parent=site_tree.toolkit_index, countries=[], is_international=True)

    add_one_of_each()
    few = measured(client, url)
    for _ in range(8):
        add_one_of_each()
    assert_same_cost(few, measured(client, url))


def test_the_map_page_costs_the_same_number_of_queries_whatever_it_holds(
    client, site_tree, network_tree, settings
):
    settings.FRAGMENT_CACHE_ENABLED = False
    url = site_tree.country_index.url
    PolicyPageFactory(parent=site_tree.policy_index, country="SN")
    few = measured(client, url)
    for code in ["BR", "FR", "ES", "CA", "KE", "IN", "JP", "AU", "MX", "ZA"]:
        PolicyPageFactory(parent=site_tree.policy_index, country=code)
        StoryPageFactory(parent=site_tree.story_index, country=code)
        ToolkitPageFactory(parent=site_tree.toolkit_index, countries=[code])
        OrganisationPageFactory(parent=network_tree.organisations, country=code)
    assert_same_cost(few, measured(client, url))


# The map -------------------------------------------------------------------------------------


def map_links(html):
    """{ISO code: (href, shade)} of every country drawn as a link on the map."""
    svg = html[html.index("<svg") : html.index("</svg>")]
    links = re.findall(
        r'<a href="([^"]+)" aria-label="[^"]+" class="world-map__country" data-country="(\w\w)">'
        r'<path class="world-map__shade-(\d)"',
        svg,
    )
    return {code: (href, int(shade)) for href, code, shade in links}


def test_every_country_with_content_is_a_link_to_its_dossier_shaded_by_its_count(client, site_tree):
    for _ in range(4):
        PolicyPageFactory(parent=site_tree.policy_index, country="BR")
    PolicyPageFactory(parent=site_tree.policy_index, country="SN")
    StoryPageFactory(parent=site_tree.story_index, country="FR")
    ToolkitPageFactory(parent=site_tree.toolkit_index, countries=["SG"])  # too small to draw

    html = client.get(site_tree.country_index.url).content.decode()
    links = map_links(html)

    assert set(links) == {"BR", "SN", "FR"}  # Singapore is not in the 1:110m outlines
    for code, (href, _shade) in links.items():
        assert href == dossier_url(site_tree, code)
    assert links["BR"][1] == world_map.shade_of(4) > links["SN"][1] == world_map.shade_of(1)
    assert links["FR"][1] == 0  # a story but no policy: a link, unshaded for policies
    # Small countries stay reachable from the table.
    assert f'<a href="{dossier_url(site_tree, "SG")}">Singapore</a>' in html


def test_the_visitor_picks_what_the_map_counts(client, site_tree):
    for _ in range(4):
        StoryPageFactory(parent=site_tree.story_index, country="FR")
    html = client.get(f"{site_tree.country_index.url}?measure=stories").content.decode()
    assert map_links(html)["FR"][1] == world_map.shade_of(4)
    assert client.get(f"{site_tree.country_index.url}?measure=../x").status_code == 200


def test_the_table_matches_the_map(client, site_tree):
    PolicyPageFactory(parent=site_tree.policy_index, country="KE")
    PolicyPageFactory(parent=site_tree.policy_index, country="KE")
    StoryPageFactory(parent=site_tree.story_index, country="KE")
    response = client.get(site_tree.country_index.url)
    html = response.content.decode()
    row = re.search(r'<th scope="row"><a href="[^"]+KE/">Kenya</a></th>\s*(.*?)</tr>', html, re.S)
    assert re.findall(r"<td>(\d+)</td>", row.group(1)) == ["2", "0", "1", "0"]
    assert "Eastern Africa" in html and "Africa</h3>" in html


def test_the_map_page_names_no_other_host(client, site_tree):
    PolicyPageFactory(parent=site_tree.policy_index, country="BR")
    html = client.get(site_tree.country_index.url).content.decode()
    svg = html[html.index("<svg") : html.index("</svg>")]
    assert re.findall(r'(?:href|src)="(https?:)?//', svg) == []
    assert 'xmlns="http://www.w3.org/2000/svg"' in svg  # a namespace, not a request


# The loop world_map_countries replaced (atlas/templatetags/atlas_tags.py), kept to compare.
MAP_COUNTRIES_TEMPLATE = (
    "{% for country in atlas.map_countries %}{% if country.path %}{% if country.has_content %}"
    '<a href="{{ atlas_url }}{{ country.code }}/" aria-label="{{ country.name }}: '
    '{{ country.count }}" class="world-map__country" data-country="{{ country.code }}">'
    '<path class="world-map__shade-{{ country.shade }}" d="{{ country.path }}"><title>'
    "{{ country.name }}: {{ country.count }}</title></path></a>{% else %}"
    '<path class="world-map__shade-{{ country.shade }}" d="{{ country.path }}" '
    'data-country="{{ country.code }}" aria-hidden="true"/>{% endif %}{% endif %}\n'
    "{% endfor %}"
)


def test_the_map_tag_writes_what_the_template_loop_wrote(site_tree):
    from django.template import engines

    for _ in range(2):
        PolicyPageFactory(parent=site_tree.policy_index, country="BR")
    StoryPageFactory(parent=site_tree.story_index, country="FR")
    ToolkitPageFactory(parent=site_tree.toolkit_index, countries=["SG"])  # too small to draw
    atlas = site_tree.country_index.atlas_context("policies")
    # A name to escape, as a translation may hold one.
    atlas["map_countries"][0].name = 'Côte <d\'Ivoire> & "Co"'
    atlas["map_countries"][0].has_content = True
    context = {"atlas": atlas, "atlas_url": "/en/countries/?a=1&b=2/"}
    engine = engines["django"]
    looped = engine.from_string(MAP_COUNTRIES_TEMPLATE).render(context)
    written = engine.from_string(
        "{% load atlas_tags %}{% world_map_countries atlas.map_countries atlas_url %}"
    ).render(context)
    assert written == looped
    assert written.count("<path") == sum(1 for c in atlas["map_countries"] if c.path) > 150
    assert written.count('class="world-map__country"') == 3  # Brazil, France, the first


def test_the_shapes_file_is_what_the_world_atlas_package_gives():
    """atlas/world_map_shapes.json is generated (manage.py build_world_map); when the npm
    package is installed, it must be what the package gives today."""
    import json

    if not world_map.TOPOJSON_FILE.exists():
        pytest.fail("node_modules/world-atlas is missing: run `npm ci` (make browser-deps).")
    built = world_map.build_shapes(json.loads(world_map.TOPOJSON_FILE.read_text()))
    assert built == world_map.shapes()
    assert {"BR", "SN", "FR", "IN", "AU", "RU"} <= set(built["countries"])


def test_equal_earth_keeps_the_equator_and_the_antimeridian_where_they_belong():
    assert world_map.equal_earth(0, 0) == (0, 0)
    x, _y = world_map.equal_earth(180, 0)
    assert abs(x - world_map.X_EXTENT) < 0.001
    _x, y = world_map.equal_earth(0, 90)
    assert abs(y - world_map.Y_EXTENT) < 0.001


def test_no_outline_crosses_the_whole_map():
    """Russia and Fiji cross longitude ±180°: drawn unsplit, they would streak across the map."""
    for code, path in world_map.shapes()["countries"].items():
        for ring in path.split("Z"):
            xs = [float(x) for x in re.findall(r"[ML](-?[\d.]+),", ring)]
            jumps = [abs(b - a) for a, b in zip(xs, xs[1:], strict=False)]
            assert max(jumps, default=0) < world_map.MAP_WIDTH / 2, code


def test_editors_write_a_country_introduction_in_the_admin(client, superuser, site_tree):
    from django.urls import reverse

    client.force_login(superuser)
    add = reverse("wagtailsnippets_atlas_countryintroduction:add")
    assert client.get(add).status_code == 200
    response = client.post(
        add,
        {
            "country": "KE",
            "text": '{"blocks": [{"key": "a", "type": "unstyled", "text": "Harambee.", '
            '"depth": 0, "inlineStyleRanges": [], "entityRanges": []}], "entityMap": {}}',
            "locale": Locale.get_default().pk,
        },
    )
    assert response.status_code == 302
    client.logout()
    assert "Harambee." in client.get(dossier_url(site_tree, "KE")).content.decode()


def test_the_home_page_leads_to_the_atlas_and_to_policies_by_continent(client, site_tree):
    html = client.get(site_tree.home.url).content.decode()
    assert f'<a href="{site_tree.country_index.url}">Every country on the world map</a>' in html
    assert f'href="{site_tree.policy_index.url}?continent=002">Public policies in Africa' in html


def test_a_dossier_from_the_fragment_cache_runs_no_content_query_and_shows_a_publish_at_once(
    client, site_tree
):
    url = dossier_url(site_tree, "SN")
    PolicyPageFactory(parent=site_tree.policy_index, country="SN", title="First law")
    client.get(url)
    cached = measured(client, url)
    assert not [sql for sql in cached if "policies_policypage" in sql]

    PolicyPageFactory(parent=site_tree.policy_index, country="SN", title="Second law")
    assert "Second law" in client.get(url).content.decode()


def test_the_organisations_layer_and_the_member_networks_of_a_dossier(client, network_tree):
    site_tree = network_tree.site
    national = OrganisationPageFactory(
        parent=network_tree.organisations, title="Zeta national network", country="KE"
    )
    ally = OrganisationPageFactory(
        parent=network_tree.organisations, title="Alpha platform", kind="platform", country="KE"
    )
    OrganisationPageFactory(parent=network_tree.organisations, title="Other", country="BR")
    continental = OrganisationPageFactory(
        parent=network_tree.organisations, title="RIPESS Africa", country="", continent="002"
    )
    draft = OrganisationPageFactory(
        parent=network_tree.organisations, title="Not yet", country="KE", live=False
    )

    html = client.get(f"{site_tree.country_index.url}?measure=organisations").content.decode()
    links = map_links(html)
    assert set(links) == {"KE", "BR"}
    assert links["KE"][1] == world_map.shade_of(2) > links["BR"][1] == world_map.shade_of(1)
    row = re.search(r'<th scope="row"><a href="[^"]+KE/">Kenya</a></th>\s*(.*?)</tr>', html, re.S)
    assert re.findall(r"<td>(\d+)</td>", row.group(1)) == ["0", "0", "0", "2"]

    response = client.get(dossier_url(site_tree, "KE"))
    # The members first, then the allies; never a draft nor a body without a country.
    assert response.context["dossier"]["organisations"] == [national, ally]
    html = response.content.decode()
    assert "Member networks and allies" in html and f'href="{national.url}"' in html
    for page in (continental, draft):
        assert f'href="{page.url}"' not in html


def home_map(html):
    """The home page's map: the <svg> element and {ISO code: href} of its country links."""
    svg = html[html.index('<svg class="world-map__svg"') :]
    svg = svg[: svg.index("</svg>")]
    links = re.findall(
        r'<a href="([^"]+)" aria-label="[^"]+" class="world-map__country" '
        r'data-country="(\w\w)">',
        svg,
    )
    return svg, {code: href for href, code in links}


def test_the_home_page_draws_the_world_map_with_links_to_the_dossiers(client, site_tree):
    PolicyPageFactory(parent=site_tree.policy_index, country="SN")
    ToolkitPageFactory(parent=site_tree.toolkit_index, countries=["BR"])

    html = client.get(site_tree.home.url).content.decode()
    svg, links = home_map(html)

    assert links == {
        "SN": dossier_url(site_tree, "SN"),
        "BR": dossier_url(site_tree, "BR"),
    }
    assert client.get(links["SN"]).status_code == 200
    # Named for assistive technology; countries without content are not announced.
    assert 'role="group" aria-labelledby="world-map-title"' in svg
    assert '<title id="world-map-title">' in svg
    assert 'data-country="FR" aria-hidden="true"' in svg
    # The table of every country, the map's text alternative, is one link away.
    section = html[html.index('<section class="section section--world-map"') :]
    assert f'href="{site_tree.country_index.url}"' in section[: section.index("</section>")]


def test_the_home_page_has_no_map_without_a_countries_index(client, site_tree):
    site_tree.country_index.unpublish()

    html = client.get(site_tree.home.url).content.decode()

    assert "world-map__svg" not in html


def test_the_home_page_map_costs_the_same_whatever_the_number_of_countries(
    client, site_tree, settings
):
    settings.FRAGMENT_CACHE_ENABLED = False
    codes = [
        "SN",
        "BR",
        "GH",
        "KE",
        "ML",
        "FR",
        "ES",
        "PT",
        "MX",
        "CO",
        "PE",
        "AR",
        "CL",
        "IN",
        "ZA",
        "NG",
        "CA",
        "DE",
        "IT",
        "JP",
    ][:MANY]
    PolicyPageFactory(parent=site_tree.policy_index, country=codes[0])
    few = measured_queries(client, site_tree.home.url)
    for code in codes[1:]:
        PolicyPageFactory(parent=site_tree.policy_index, country=code)  # on no home list

    many = measured_queries(client, site_tree.home.url)

    assert len(home_map(client.get(site_tree.home.url).content.decode())[1]) == len(codes)
    assert_same_cost(few, many)
