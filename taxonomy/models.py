"""The strategic plan's taxonomy: work axes, themes, sectors and target groups; and the levels
of government a page addresses.

Editors extend these lists as snippets; translators localize them with wagtail-localize.
The tables keep the names they had when these models lived in the `home` app
(migrations/0001_initial.py moved them without touching a row).
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField


class TaxonomyTerm(TranslatableMixin, index.Indexed, models.Model):
    name = models.CharField(_("name"), max_length=120)
    slug = models.SlugField(
        _("slug"),
        max_length=120,
        help_text=_("Used in addresses and filters; the same in every language."),
    )
    description = models.TextField(
        _("description"), blank=True, help_text=_("One or two sentences shown to visitors.")
    )

    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]
    # Translators translate the name and description; the slug is the same in every language.
    override_translatable_fields = [SynchronizedField("slug", overridable=False)]

    class Meta(TranslatableMixin.Meta):
        abstract = True
        ordering = ["name"]
        unique_together = [("translation_key", "locale"), ("slug", "locale")]

    def __str__(self):
        return self.name


class WorkAxis(TaxonomyTerm):
    number = models.PositiveSmallIntegerField(
        _("number"), help_text=_("The axis number in the strategic plan (1 to 4).")
    )

    class Meta(TaxonomyTerm.Meta):
        db_table = "home_workaxis"
        ordering = ["number"]
        verbose_name = _("work axis")
        verbose_name_plural = _("work axes")

    def __str__(self):
        return f"{self.number}. {self.name}"


class Theme(TaxonomyTerm):
    class Meta(TaxonomyTerm.Meta):
        db_table = "home_theme"
        verbose_name = _("theme")
        verbose_name_plural = _("themes")


class Sector(TaxonomyTerm):
    class Meta(TaxonomyTerm.Meta):
        db_table = "home_sector"
        verbose_name = _("sector")
        verbose_name_plural = _("sectors")


class TargetGroup(TaxonomyTerm):
    class Meta(TaxonomyTerm.Meta):
        db_table = "home_targetgroup"
        verbose_name = _("target group")
        verbose_name_plural = _("target groups")


class GovernmentLevel(models.TextChoices):
    """The level of government a toolkit (or a policy) addresses: a fixed list, not snippets."""

    INTERNATIONAL = "international", _("International")
    CONTINENTAL = "continental", _("Continental")
    NATIONAL = "national", _("National")
    LOCAL = "local", _("Local")
