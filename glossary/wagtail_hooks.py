"""The glossary in the admin, among the snippets translators translate."""

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from glossary.models import GlossaryTerm


class GlossaryViewSet(SnippetViewSet):
    model = GlossaryTerm
    icon = "doc-full"
    menu_order = 310
    add_to_admin_menu = True
    list_display = ["term", "definition"]
    search_fields = ["term", "synonyms"]


register_snippet(GlossaryViewSet)
