"""The taxonomy snippets, grouped under one admin menu item."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from taxonomy.models import Sector, TargetGroup, Theme, WorkAxis


class TaxonomyViewSet(SnippetViewSet):
    list_display = ["name", "slug"]
    search_fields = ["name"]


class WorkAxisViewSet(TaxonomyViewSet):
    model = WorkAxis
    icon = "pick"
    list_display = ["number", "name", "slug"]


class ThemeViewSet(TaxonomyViewSet):
    model = Theme
    icon = "tag"


class SectorViewSet(TaxonomyViewSet):
    model = Sector
    icon = "folder-open-1"


class TargetGroupViewSet(TaxonomyViewSet):
    model = TargetGroup
    icon = "group"


class TaxonomyGroup(SnippetViewSetGroup):
    menu_label = _("Taxonomy")
    menu_icon = "tag"
    menu_order = 300
    items = [WorkAxisViewSet, ThemeViewSet, SectorViewSet, TargetGroupViewSet]


register_snippet(TaxonomyGroup)
