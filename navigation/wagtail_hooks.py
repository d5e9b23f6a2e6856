from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from navigation.models import HeaderAndFooter


class HeaderAndFooterViewSet(SnippetViewSet):
    model = HeaderAndFooter
    icon = "list-ul"
    menu_order = 290
    add_to_admin_menu = True
    list_display = ["site_name", "locale"]


register_snippet(HeaderAndFooterViewSet)
