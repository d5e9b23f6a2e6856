"""What the exchange holds about a country: the querysets behind a country dossier and the map.

Everything here reads one version of each page (the visitor's language when translated, else
the original) and runs a fixed number of queries whatever the content, so a dossier and the
map cost the same with 10 pages or 10,000.
"""

from collections import Counter

from django.db.models import BooleanField, ExpressionWrapper, Q
from django_countries import countries as all_countries

from organisations.models import OrganisationPage
from policies.models import PolicyPage, PolicyRelatedToolkit
from search.applicability import continental_reach
from stories.models import StoryPage, StoryRelatedToolkit
from taxonomy.models import GovernmentLevel
from toolkits.models import ToolkitPage

MEASURES = ("policies", "toolkits", "stories", "organisations")


def is_country(code):
    return code in dict(all_countries)


def _live(model, language):
    return model.objects.live().public().in_language(language)


def _lists_country(code):
    # Toolkit countries are stored as "BR,SN": two-letter codes between commas, so a code
    # can only match a whole code.
    return Q(countries__contains=code)


def toolkits_applying_to(code):
    """Toolkits made elsewhere that apply to a country, by the search's rule
    (search/applicability.py): international ones, and continental ones made in its sub-region
    (or across its whole continent). Toolkits made in the country itself are listed apart
    (`toolkits_made_in`)."""
    neighbours = Q()
    for other in continental_reach(code):
        neighbours |= _lists_country(other)
    rule = Q(is_international=True) | Q(government_level=GovernmentLevel.CONTINENTAL) & neighbours
    return rule & ~_lists_country(code)


def country_dossier(code, language):
    """The pages of a country's dossier, each list fetched for cards in one or two queries."""
    policies = list(
        _live(PolicyPage, language)
        .filter(country=code)
        .for_listing()
        .order_by("year", "adopted_on", "pk")
    )
    stories = list(_live(StoryPage, language).filter(country=code).for_listing().order_by("-date"))
    # The network's members there first (national and local networks), then its allies.
    organisations = sorted(
        _live(OrganisationPage, language).filter(country=code).for_listing(),
        key=lambda organisation: (not organisation.is_member, organisation.title.casefold()),
    )
    toolkits = _live(ToolkitPage, language).for_listing().order_by("-year", "pk")
    applying = list(toolkits.filter(toolkits_applying_to(code))[:12])
    made_here = _lists_country(code)
    used_here, used_elsewhere = toolkit_uses(code)
    # Toolkits made here and those made elsewhere used here in one query (with their cards'
    # prefetches), told apart by what each one is.
    related = list(
        toolkits.filter(made_here | used_here).annotate(
            is_made_here=ExpressionWrapper(made_here, output_field=BooleanField()),
            is_used_elsewhere=ExpressionWrapper(used_elsewhere, output_field=BooleanField()),
        )
    )
    return {
        "policies": policies,
        "stories": stories,
        "organisations": organisations,
        "toolkits_made_here": [toolkit for toolkit in related if toolkit.is_made_here],
        "toolkits_applying": applying,
        "toolkits_travelled_in": [toolkit for toolkit in related if not toolkit.is_made_here],
        "toolkits_travelled_out": [
            toolkit for toolkit in related if toolkit.is_made_here and toolkit.is_used_elsewhere
        ],
    }


def toolkit_uses(code):
    """(used here, used elsewhere): the toolkits live stories or policies of this country (of
    other countries) link to, or that a toolkit made here (elsewhere) was adapted from. Made
    elsewhere and used here, a toolkit travelled in; made here and used elsewhere, it travelled
    out. Links point at one language version: every version matches by key."""
    adapted = ToolkitPage.objects.live().filter(adapted_from__isnull=False)
    used_here = Q(
        translation_key__in=adapted.filter(_lists_country(code)).values(
            "adapted_from__translation_key"
        )
    )
    used_elsewhere = Q(
        translation_key__in=adapted.exclude(_lists_country(code)).values(
            "adapted_from__translation_key"
        )
    )
    for link_model in (PolicyRelatedToolkit, StoryRelatedToolkit):
        links = link_model.objects.filter(page__live=True)
        here = links.filter(page__country=code).values("toolkit__translation_key")
        elsewhere = links.exclude(page__country=code).values("toolkit__translation_key")
        used_here |= Q(translation_key__in=here)
        used_elsewhere |= Q(translation_key__in=elsewhere)
    return used_here, used_elsewhere


def content_counts(language):
    """{measure: Counter(country code -> number of pages)} over the whole exchange, in four
    queries: what the map shades and the countries index lists."""
    policies = Counter(_live(PolicyPage, language).values_list("country", flat=True))
    stories = Counter(_live(StoryPage, language).values_list("country", flat=True))
    # Continental and international bodies have no country: they are on no country's count.
    organisations = Counter(
        _live(OrganisationPage, language).exclude(country="").values_list("country", flat=True)
    )
    toolkits = Counter()
    for countries in _live(ToolkitPage, language).values_list("countries", flat=True):
        toolkits.update(code for code in countries.split(",") if code)
    return {
        "policies": policies,
        "toolkits": toolkits,
        "stories": stories,
        "organisations": organisations,
    }


def exchange_flows(language):
    """The journeys of tools between countries: for each (from, to) pair of countries, the
    toolkits and policies of `to` adapted from one made in `from`, in the visitor's language.
    Sorted by the number of tools, then by the countries' names."""
    from base.languages import visitor_versions

    flows = {}
    for model in (ToolkitPage, PolicyPage):
        adapted = list(
            model.objects.live()
            .public()
            .filter(adapted_from__live=True, alias_of__isnull=True)
            .select_related("adapted_from")
            .order_by("pk")
        )
        originals = {}
        for page in adapted:  # one version of each adaptation
            originals.setdefault(page.translation_key, page)
        shown = visitor_versions(list(originals.values()), language)
        sources = visitor_versions([page.adapted_from for page in originals.values()], language)
        for page in originals.values():
            source = sources[page.adapted_from_id]
            for origin in page.adapted_from.country_codes:
                for destination in page.country_codes:
                    if origin == destination:
                        continue
                    flows.setdefault((origin, destination), []).append(
                        {"adaptation": shown[page.pk], "source": source}
                    )
    rows = [
        {
            "from_code": origin,
            "from_name": str(all_countries.name(origin)),
            "to_code": destination,
            "to_name": str(all_countries.name(destination)),
            "tools": tools,
        }
        for (origin, destination), tools in flows.items()
    ]
    return sorted(rows, key=lambda row: (-len(row["tools"]), row["from_name"], row["to_name"]))
