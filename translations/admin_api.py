"""The admin API's pages endpoint, readable by translators outside their own locale.

wagtail-localize's editor shows the page a page chooser holds (a story's linked toolkit) by
reading `/admin/api/main/pages/<id>/`. Wagtail answers that only for the pages a user may
explore, which for a translator is her own language's tree; the linked toolkit is usually the
English original, so her editor waited on "Fetching page information..." forever. Translators
read every source text of a page they translate already; here they may also read any page's
details. Listings (the explorer) and actions (copy, move, publish...) stay as Wagtail has them.
"""

from wagtail.admin.api.views import PagesAdminAPIViewSet
from wagtail.models import Page

from translations.permissions import is_translator_or_editor


class TranslatorsPagesAdminAPIViewSet(PagesAdminAPIViewSet):
    def get_base_queryset(self):
        if self.action == "detail_view" and is_translator_or_editor(self.request.user):
            return Page.objects.all()
        return super().get_base_queryset()
