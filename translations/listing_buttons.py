"""wagtail-localize's "Translate this page" and "Sync translated pages" buttons, in one query
instead of two to four.

The admin asks for them on each row of every page listing and search (20 rows a page) and in
the header of each page's edit view. The buttons and their conditions are wagtail-localize's
(wagtail_localize/wagtail_hooks.py, 1.14): a locale the page is not yet in, and a translation
source with an enabled translation.
"""

from urllib.parse import urlencode

from django.contrib.contenttypes.models import ContentType
from django.db.models import Exists, Subquery
from django.urls import reverse
from django.utils.translation import gettext as _
from wagtail.admin.widgets import ListingButton
from wagtail.models import Locale, Page
from wagtail_localize.models import TranslationSource


def page_listing_more_buttons(page, user, view_name=None, next_url=None):
    if page.is_root() or not user.has_perm("wagtail_localize.submit_translation"):
        return
    in_locales = (
        page.get_translations(inclusive=True)
        .exclude(alias_of__isnull=False)
        .values_list("locale_id", flat=True)
    )
    synced_source = TranslationSource.objects.filter(
        object__translation_key=page.translation_key,
        object__content_type=ContentType.objects.get_for_model(page.get_translation_model()),
        locale_id=page.locale_id,
        translations__enabled=True,
    ).values("pk")[:1]
    untranslated, source_id = Page.objects.filter(pk=page.pk).values_list(
        Exists(Locale.objects.exclude(id__in=in_locales)), Subquery(synced_source)
    )[0]
    if untranslated:
        # An alias is translated through the page it is an alias of.
        page_id = page.alias_of_id or page.id
        url = reverse("wagtail_localize:submit_page_translation", args=[page_id])
        yield ListingButton(
            _("Translate this page"), url, priority=60, icon_name="wagtail-localize-language"
        )
    if source_id is not None:
        url = reverse("wagtail_localize:update_translations", args=[source_id])
        if next_url is not None:
            url += "?" + urlencode({"next": next_url})
        yield ListingButton(_("Sync translated pages"), url, priority=60, icon_name="resubmit")
