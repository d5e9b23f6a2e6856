"""What the network's section listings share (working groups, organisations, events,
statements and campaigns): one per home page, an introduction, and their pages gathered from
every language's listing."""

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel
from wagtail.search import index

from base.models import SitePage


class SectionIndexPage(SitePage):
    introduction = models.TextField(
        _("introduction"), blank=True, help_text=_("A short paragraph above the list.")
    )

    content_panels = SitePage.content_panels + [FieldPanel("introduction")]
    search_fields = SitePage.search_fields + [index.SearchField("introduction")]
    parent_page_types = ["home.HomePage"]
    max_count_per_parent = 1

    class Meta:
        abstract = True

    def pages_in_every_language(self, model):
        """The live public `model` pages under this listing in any language, one version of
        each: in this listing's language when translated, else the original."""
        trees = Q()
        for version in self.get_translations(inclusive=True):
            trees |= Q(path__startswith=version.path)
        pages = model.objects.filter(trees).live().public()
        return pages.in_language(self.locale.language_code)


def working_groups_field():
    """The working groups a page names: events, statements, campaigns, organisations."""
    return ParentalManyToManyField(
        "workinggroups.WorkingGroupPage",
        blank=True,
        related_name="+",
        verbose_name=_("working groups"),
    )


def named_group(pages, group):
    """The pages (of a model with a `working_groups` field) naming this group, in any of its
    languages: a translated event keeps pointing at the group's original."""
    return pages.filter(working_groups__translation_key=group.translation_key).distinct()
