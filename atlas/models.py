"""The atlas: a world map, a countries index and a dossier for every country, at
/<lang>/countries/ and /<lang>/countries/<ISO>/, from one page per language.

No editor creates a page per country: CountryIndexPage routes the ISO codes itself and builds
each dossier from what the exchange holds (atlas/dossier.py). An editor may add an
introduction to a country as a translatable snippet (CountryIntroduction).
"""

from django.db import models
from django.http import Http404
from django.shortcuts import redirect
from django.utils.functional import SimpleLazyObject
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django_countries import countries as all_countries
from django_countries.fields import CountryField
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path
from wagtail.fields import RichTextField
from wagtail.models import TranslatableMixin

from atlas import dossier, world_map
from base import geography
from base.models import SitePage


class CountryIntroduction(TranslatableMixin, models.Model):
    """An editor's introduction to a country's dossier, translated like the taxonomy."""

    # Translators (fr, es, pt) edit their language's version (translations/permissions.py).
    translated_by_translators = True

    country = CountryField(_("country"))
    text = RichTextField(_("introduction"), features=["bold", "italic", "link"])

    panels = [FieldPanel("country"), FieldPanel("text")]

    class Meta(TranslatableMixin.Meta):
        unique_together = [("translation_key", "locale"), ("country", "locale")]
        verbose_name = _("country introduction")
        verbose_name_plural = _("country introductions")

    def __str__(self):
        return str(all_countries.name(self.country.code))


class CountryIndexPage(RoutablePageMixin, SitePage):
    introduction = models.TextField(
        _("introduction"), blank=True, help_text=_("A short paragraph above the map.")
    )

    content_panels = SitePage.content_panels + [FieldPanel("introduction")]

    section = "countries"  # templates: sections.countries
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("countries index (atlas)")

    @path("")
    def index_route(self, request):
        measure = request.GET.get("measure", "")
        if measure not in dossier.MEASURES:
            measure = dossier.MEASURES[0]
        measures = list(zip(dossier.MEASURES, MEASURE_LABELS, strict=True))
        context = {
            "measure": measure,
            "measures": measures,
            # Worked out only when the map's fragment renders (not when it comes from the cache).
            "atlas": SimpleLazyObject(lambda: self.atlas_context(measure)),
        }
        return self.render(request, context_overrides=context)

    @path("flows/", name="flows")
    def flows_route(self, request):
        """The exchange flows: which countries' tools were adapted in which others."""
        flows = SimpleLazyObject(lambda: dossier.exchange_flows(get_language()))
        context = {"flows": flows, "flow_map": SimpleLazyObject(lambda: world_map.flow_map(flows))}
        return self.render(request, context_overrides=context, template="atlas/exchange_flows.html")

    @re_path(r"^(?P<code>[A-Za-z]{2})/$", name="country")
    def country_route(self, request, code):
        if code != code.upper():
            return redirect(self.url + self.reverse_subpage("country", args=[code.upper()]))
        if not dossier.is_country(code):
            raise Http404(f"No country has the code {code}")
        language = get_language()

        def contents():
            introduction = CountryIntroduction.objects.filter(
                country=code, locale__language_code=language
            ).first()
            return {"introduction": introduction, **dossier.country_dossier(code, language)}

        context = {
            "country_code": code,
            "country_name": all_countries.name(code),
            "continent_name": geography.region_name(geography.continent_of(code)),
            "subregion_name": geography.region_name(geography.subregion_of(code)),
            # Worked out only when the dossier's fragment renders.
            "dossier": SimpleLazyObject(contents),
        }
        return self.render(
            request, context_overrides=context, template="atlas/country_dossier.html"
        )

    def atlas_context(self, measure):
        """The map, the legend and the countries grouped by continent and sub-region."""
        counts = dossier.content_counts(get_language())
        shown = counts[measure]
        outlines = world_map.shapes()
        having_content = set().union(*counts.values())
        # One dictionary from django_countries' list kept per language: its name() translates
        # each name anew (~20 ms for the map's 250 countries).
        names = dict(all_countries)
        map_countries = []
        for code in sorted(set(outlines["countries"]) | having_content):
            count = shown.get(code, 0)
            map_countries.append(
                world_map.MapCountry(
                    code=code,
                    name=names.get(code, ""),
                    count=count,
                    shade=world_map.shade_of(count),
                    has_content=code in having_content,
                    path=outlines["countries"].get(code, ""),
                )
            )
        listed = [country for country in map_countries if country.code in having_content]
        groups = {}
        for country in sorted(listed, key=lambda country: country.name):
            continent = geography.continent_of(country.code)
            subregion = geography.subregion_of(country.code)
            groups.setdefault(continent, {}).setdefault(subregion, []).append(
                {
                    "country": country,
                    **{name: counts[name].get(country.code, 0) for name in dossier.MEASURES},
                    # In the order of the table's columns (the measures).
                    "counts": [counts[name].get(country.code, 0) for name in dossier.MEASURES],
                }
            )
        continents = [
            {
                "name": geography.region_name(continent),
                "subregions": [
                    {"name": geography.region_name(subregion), "countries": rows}
                    for subregion, rows in sorted(
                        groups[continent].items(), key=lambda item: geography.region_name(item[0])
                    )
                ],
            }
            for continent in geography.CONTINENTS
            if continent in groups
        ]
        return {
            "map_width": outlines["width"],
            "map_height": outlines["height"],
            "map_countries": map_countries,
            "legend": world_map.legend(),
            "continents": continents,
        }


MEASURE_LABELS = (_("Public policies"), _("Toolkits"), _("Stories"), _("Organisations"))
