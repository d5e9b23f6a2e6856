from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable

from home import geography
from home.models.base_page import SitePage
from home.models.taxonomy import WorkAxis

LATEST_COUNT = 3


class HomeFeaturedStory(Orderable):
    page = ParentalKey("home.HomePage", on_delete=models.CASCADE, related_name="featured_stories")
    story = models.ForeignKey("stories.StoryPage", on_delete=models.CASCADE, related_name="+")
    panels = [FieldPanel("story")]


class HomeFeaturedToolkit(Orderable):
    page = ParentalKey("home.HomePage", on_delete=models.CASCADE, related_name="featured_toolkits")
    toolkit = models.ForeignKey("toolkits.ToolkitPage", on_delete=models.CASCADE, related_name="+")
    panels = [FieldPanel("toolkit")]


class HomePage(SitePage):
    introduction = RichTextField(
        _("introduction"),
        features=["bold", "italic", "link"],
        help_text=_("Who the network is and what visitors find here, in a few sentences."),
    )

    content_panels = SitePage.content_panels + [
        FieldPanel("introduction"),
        InlinePanel("featured_stories", label=_("Featured stories"), max_num=6),
        InlinePanel("featured_toolkits", label=_("Featured toolkits"), max_num=6),
    ]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["stories.StoryIndexPage", "toolkits.ToolkitIndexPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        from stories.models import StoryIndexPage, StoryPage
        from toolkits.models import ToolkitIndexPage, ToolkitPage

        context = super().get_context(request, *args, **kwargs)
        stories = StoryPage.objects.live().public().descendant_of(self).for_listing()
        toolkits = ToolkitPage.objects.live().public().descendant_of(self).for_listing()
        featured_story_ids = [link.story_id for link in self.featured_stories.all()]
        featured_toolkit_ids = [link.toolkit_id for link in self.featured_toolkits.all()]
        context["featured_stories"] = _in_order(stories, featured_story_ids)
        context["featured_toolkits"] = _in_order(toolkits, featured_toolkit_ids)
        context["latest_stories"] = stories.exclude(pk__in=featured_story_ids).order_by(
            *StoryPage.listing_ordering
        )[:LATEST_COUNT]
        context["latest_toolkits"] = toolkits.exclude(pk__in=featured_toolkit_ids).order_by(
            *ToolkitPage.listing_ordering
        )[:LATEST_COUNT]
        context["story_index"] = StoryIndexPage.objects.child_of(self).live().first()
        context["toolkit_index"] = ToolkitIndexPage.objects.child_of(self).live().first()
        context["work_axes"] = WorkAxis.objects.filter(locale=self.locale)
        context["continents"] = geography.continent_choices()
        return context


def _in_order(pages, ids):
    """The pages whose ids are given, in the editor's order, skipping unpublished ones."""
    by_id = {page.pk: page for page in pages.filter(pk__in=ids)}
    return [by_id[pk] for pk in ids if pk in by_id]
