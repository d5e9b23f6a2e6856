"""Editors' introductions to country dossiers, as translatable snippets."""

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from atlas.models import CountryIntroduction


class CountryIntroductionViewSet(SnippetViewSet):
    model = CountryIntroduction
    icon = "site"
    list_display = ["__str__", "locale"]
    menu_order = 310


register_snippet(CountryIntroductionViewSet)
