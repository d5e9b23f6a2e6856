"""Project-wide checks: Django's checks, migrations in step with the models, the layout of
site/, and the UN M49 geography the filters rely on."""

import io
from pathlib import Path

import pytest
from django.core.management import call_command
from django.utils import translation
from django_countries import countries

from base import geography

REPOSITORY = Path(__file__).resolve().parents[1]

pytestmark = pytest.mark.usefixtures("no_page_cache")


def test_django_system_checks_pass(db):
    output = io.StringIO()

    call_command("check", fail_level="WARNING", stdout=output, stderr=output)

    assert "no issues" in output.getvalue()


def test_migrations_are_in_step_with_the_models(db):
    output = io.StringIO()

    try:
        call_command("makemigrations", "--check", "--dry-run", stdout=output, stderr=output)
    except SystemExit:  # raised by --check when a migration is missing
        pytest.fail(f"Missing migrations:\n{output.getvalue()}")


def test_site_folder_is_not_a_package():
    # The stdlib module `site` would shadow it: configuration lives in site/config instead.
    assert (REPOSITORY / "site" / "config" / "__init__.py").exists()
    assert not (REPOSITORY / "site" / "__init__.py").exists()


def test_sitemap_lists_published_stories(client, site_tree):
    from stories.factories import StoryPageFactory

    published = StoryPageFactory(parent=site_tree.story_index)
    draft = StoryPageFactory(parent=site_tree.story_index, live=False)

    response = client.get("/sitemap.xml")

    assert response.status_code == 200
    content = response.content.decode()
    # At the address the sitemap was asked for (the test client's), not the Site record's.
    assert f"<loc>http://testserver{published.url}</loc>" in content
    assert draft.slug not in content


# Geography (UN M49) -------------------------------------------------------------------------

# Facts from the UN Statistics Division's M49 table, not from the code under test.
M49 = [
    # country, continent, sub-region
    ("BR", "019", "005"),  # Brazil: Americas, South America
    ("PE", "019", "005"),  # Peru: Americas, South America
    ("MX", "019", "013"),  # Mexico: Americas, Central America
    ("CA", "019", "021"),  # Canada: Americas, Northern America
    ("SN", "002", "011"),  # Senegal: Africa, Western Africa
    ("MA", "002", "015"),  # Morocco: Africa, Northern Africa
    ("ZA", "002", "018"),  # South Africa: Africa, Southern Africa
    ("FR", "150", "155"),  # France: Europe, Western Europe
    ("ES", "150", "039"),  # Spain: Europe, Southern Europe
    ("GB", "150", "154"),  # United Kingdom: Europe, Northern Europe
    ("GR", "150", "039"),  # Greece: Europe, Southern Europe
    ("JP", "142", "030"),  # Japan: Asia, Eastern Asia
    ("IN", "142", "034"),  # India: Asia, Southern Asia
    ("PH", "142", "035"),  # Philippines: Asia, South-eastern Asia
    ("AU", "009", "053"),  # Australia: Oceania, Australia and New Zealand
    ("FJ", "009", "054"),  # Fiji: Oceania, Melanesia
]


@pytest.mark.parametrize(("country", "continent", "subregion"), M49)
def test_continent_and_subregion_of_a_country(country, continent, subregion):
    assert geography.continent_of(country) == continent
    assert geography.subregion_of(country) == subregion


@pytest.mark.parametrize(("country", "continent", "subregion"), M49)
def test_a_country_is_listed_in_its_continent_and_subregion(country, continent, subregion):
    assert country in geography.countries_in(continent)
    assert country in geography.countries_in(subregion)


def test_every_inhabited_country_has_a_continent():
    # Only Antarctica and uninhabited islands may lack one.
    uninhabited = {"AQ", "BV", "HM", "GS"}

    without_continent = {code for code in dict(countries) if not geography.continent_of(code)}

    assert without_continent <= uninhabited


def test_continents_do_not_overlap():
    seen = {}
    for continent in geography.CONTINENTS:
        for country in geography.countries_in(continent):
            assert country not in seen, f"{country} in {seen.get(country)} and {continent}"
            seen[country] = continent


def test_unknown_country_has_no_region():
    assert geography.continent_of("ZZ") == ""
    assert geography.subregion_of("ZZ") == ""
    assert geography.countries_in("999") == []
    assert not geography.is_region("999")
    assert geography.is_region("005")


def test_the_five_inhabited_continents_are_offered():
    assert [code for code, _name in geography.continent_choices("en")] == [
        "002",
        "019",
        "142",
        "150",
        "009",
    ]


@pytest.mark.parametrize(
    ("code", "language", "name"),
    [
        # CLDR's names of the regions
        ("002", "en", "Africa"),
        ("002", "fr", "Afrique"),
        ("002", "pt", "África"),
        ("150", "es", "Europa"),
        ("142", "fr", "Asie"),
        ("005", "en", "South America"),
        ("011", "fr", "Afrique occidentale"),
    ],
)
def test_region_names_are_in_the_visitors_language(code, language, name):
    assert geography.region_name(code, language) == name


def test_region_name_follows_the_active_language():
    with translation.override("fr"):
        assert geography.region_name("002") == "Afrique"
    with translation.override("es"):
        assert dict(geography.continent_choices())["002"] == "África"


def test_region_name_of_an_unknown_language_falls_back_to_english():
    assert geography.region_name("002", "zz-unknown") == "Africa"


def test_every_stylesheet_is_well_formed():
    """A rule left open by a merge swallows every rule after it: browsers drop them silently
    (it once hid the contribution table's phone layout and the honeypot's hiding)."""
    import re

    from django.conf import settings

    stylesheets = [
        path for folder in settings.STATICFILES_DIRS for path in Path(folder).rglob("*.css")
    ]
    assert stylesheets
    for stylesheet in stylesheets:
        css = re.sub(r"/\*.*?\*/", "", stylesheet.read_text(), flags=re.S)
        open_blocks = []  # True for an at-rule's block (which may hold rules), False for a rule's
        for match in re.finditer(r"[{}]", css):
            line = css[: match.start()].count("\n") + 1
            if match.group() == "{":
                prelude = css[: match.start()].rsplit("}", 1)[-1].rsplit("{", 1)[-1].strip()
                assert not open_blocks or open_blocks[-1], (
                    f"{stylesheet.name}:{line}: a rule opened inside a rule ({prelude!r})"
                )
                open_blocks.append(prelude.startswith("@"))
            else:
                assert open_blocks, f"{stylesheet.name}:{line}: a '}}' closes nothing"
                open_blocks.pop()
        assert not open_blocks, f"{stylesheet.name}: {len(open_blocks)} block(s) never closed"
