"""Links an editor writes once and visitors follow in their own language."""

from django.core.exceptions import ValidationError
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks import StructBlockValidationError
from wagtail.models import Locale


class LinkBlock(blocks.StructBlock):
    """A link to a page of the site (shown in the visitor's language) or to another site."""

    label = blocks.CharBlock(label=_("label"), max_length=80)
    page = blocks.PageChooserBlock(label=_("page"), required=False)
    url = blocks.URLBlock(label=_("other address"), required=False)

    class Meta:
        icon = "link"
        label = _("link")

    def clean(self, value):
        value = super().clean(value)
        if bool(value.get("page")) == bool(value.get("url")):
            message = _("Choose a page of the site or write another address, not both.")
            raise StructBlockValidationError(
                block_errors={"page": ValidationError(message), "url": ValidationError(message)}
            )
        return value


class CallToActionBlock(LinkBlock):
    """A prominent invitation (join, contribute, subscribe, see the map) with a sentence."""

    description = blocks.CharBlock(label=_("description"), max_length=200, required=False)

    class Meta:
        icon = "pick"
        label = _("call to action")
        template = "blocks/call_to_action_block.html"

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        page = value.get("page")
        # The page in the visitor's language when it is translated. No page type changes how its
        # URL is made, so the generic page gives it without a query for its specific type.
        if page:
            request = (parent_context or {}).get("request")
            page = localized(page, active_locale(request))
        context["href"] = (page.url if page else None) or value.get("url")
        return context


def active_locale(request):
    """Wagtail's Locale.get_active(), asked once per request: it is a query each time, and
    a home page shows several calls to action."""
    if request is None:
        return _active_locale()
    asked = request.__dict__.setdefault("_active_locales", {})
    language = get_language()
    if language not in asked:
        asked[language] = _active_locale()
    return asked[language]


def _active_locale():
    try:
        return Locale.get_active()
    except (LookupError, Locale.DoesNotExist):
        return None


def localized(page, locale):
    """What Wagtail's Page.localized gives, for a locale already known: the live version of
    `page` in `locale`, or else `page` itself."""
    if locale is None or page.locale_id == locale.pk:
        return page
    version = page.get_translation_or_none(locale)
    return version if version is not None and version.live else page


class LinkListBlock(blocks.StreamBlock):
    link = LinkBlock()


class CallsToActionBlock(blocks.StreamBlock):
    call_to_action = CallToActionBlock()
