"""{% world_map_countries atlas.map_countries atlas_url %}: the world map's country paths.

Written here rather than by a template loop: the map draws 174 countries, which a
`{% for %}` with its `{% if %}`s and variables rendered in ~4 ms on every view of the home page
and the atlas; this writes the same markup (tests/atlas/test_atlas.py compares the two), the
whole map then taking 1.3 ms.
"""

from django import template
from django.utils.html import conditional_escape
from django.utils.safestring import mark_safe

register = template.Library()


@register.simple_tag
def world_map_countries(map_countries, atlas_url):
    """One path per drawn country, a link to its dossier when the exchange holds anything
    about it (atlas.world_map.MapCountry); a line for each country, drawn or not."""
    address = conditional_escape(atlas_url)
    lines = []
    for country in map_countries:
        if not country.path:
            lines.append("\n")
            continue
        code, shade = conditional_escape(country.code), conditional_escape(country.shade)
        path = conditional_escape(country.path)
        if country.has_content:
            label = f"{conditional_escape(country.name)}: {conditional_escape(country.count)}"
            lines.append(
                f'<a href="{address}{code}/" aria-label="{label}" class="world-map__country"'
                f' data-country="{code}"><path class="world-map__shade-{shade}" d="{path}">'
                f"<title>{label}</title></path></a>\n"
            )
        else:
            lines.append(
                f'<path class="world-map__shade-{shade}" d="{path}" data-country="{code}"'
                ' aria-hidden="true"/>\n'
            )
    return mark_safe("".join(lines))
