"""The header and footer every page shows, written per language by the editors.

One translatable snippet per language: the site's name and logo, the main menu and the
footer. Translators translate it with wagtail-localize like a page; a language without its
own version shows the default language's.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import TranslatableMixin
from wagtail_localize.fields import SynchronizedField

from navigation.blocks import LinkListBlock


class HeaderAndFooter(TranslatableMixin, models.Model):
    # Translators (fr, es, pt) edit their language's version (translations/permissions.py).
    translated_by_translators = True

    site_name = models.CharField(
        _("site name"), max_length=120, help_text=_("Shown in the header and in page titles.")
    )
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    logo_alt_text = models.CharField(
        _("logo alt text"),
        max_length=200,
        blank=True,
        help_text=_(
            "What the logo shows beyond the site name written next to it; empty when it only "
            "shows the name."
        ),
    )
    main_menu = StreamField(
        LinkListBlock(),
        verbose_name=_("main menu"),
        blank=True,
        help_text=_("Empty: the menu lists the stories and the toolkits."),
    )
    footer_text = models.TextField(_("footer text"), blank=True)
    footer_menu = StreamField(
        LinkListBlock(),
        verbose_name=_("footer links"),
        blank=True,
        help_text=_("About, contact, legal notice, privacy…"),
    )

    panels = [
        MultiFieldPanel(
            [FieldPanel("site_name"), FieldPanel("logo"), FieldPanel("logo_alt_text")],
            heading=_("Name and logo"),
        ),
        FieldPanel("main_menu"),
        MultiFieldPanel([FieldPanel("footer_text"), FieldPanel("footer_menu")], _("Footer")),
    ]
    # The logo is the same picture in every language; its alt text is translated.
    override_translatable_fields = [SynchronizedField("logo")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("header and footer")
        verbose_name_plural = _("header and footer")

    def __str__(self):
        return f"{self.site_name} ({self.locale.language_code})"

    def clean(self):
        super().clean()
        others = HeaderAndFooter.objects.filter(locale_id=self.locale_id)
        others = others.exclude(translation_key=self.translation_key)
        if self.locale_id and others.exists():
            raise ValidationError(
                _("This language has its header and footer already: edit that one.")
            )

    @classmethod
    def for_language(cls, language_code):
        """The header and footer in this language, or else the default language's, or None."""
        from django.conf import settings

        found = {
            item.locale.language_code: item
            for item in cls.objects.select_related("locale", "logo").filter(
                locale__language_code__in={language_code, settings.LANGUAGE_CODE}
            )
        }
        return found.get(language_code) or found.get(settings.LANGUAGE_CODE)
