"""The pages every organisation needs: About, Join, Contact, legal notice, privacy.

One general page type with a StreamField body; each block has its own template.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.search import index

from base.models import SitePage
from general.blocks import GeneralBodyBlock
from search.documents import streamfield_text
from search.registry import SearchContent, first_published_date


class GeneralPage(SitePage):
    introduction = models.TextField(
        _("introduction"),
        blank=True,
        help_text=_("A sentence or two under the title; also the page's description."),
    )
    body = StreamField(GeneralBodyBlock(), verbose_name=_("body"), blank=True)

    content_panels = SitePage.content_panels + [FieldPanel("introduction"), FieldPanel("body")]
    search_fields = SitePage.search_fields + [
        index.SearchField("introduction"),
        index.SearchField("body"),
    ]

    # Shows no story (pages its text links to are loaded, and so recorded):
    # a story's publish leaves its cached pages true (caching/dependencies.py).
    cache_independent_of = ["stories.storypage"]
    parent_page_types = ["home.HomePage", "general.GeneralPage"]
    subpage_types = ["general.GeneralPage"]

    class Meta:
        verbose_name = _("general page")
        verbose_name_plural = _("general pages")

    country_codes = ()

    def search_content(self):
        """About, Join, Contact…: found by their words (search/registry.py)."""
        return SearchContent(
            body=streamfield_text(self, "body"), published=first_published_date(self)
        )
