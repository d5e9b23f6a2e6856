from django.apps import AppConfig
from django.core.validators import slug_unicode_re
from django.utils.translation import gettext_lazy as _

LISTED = 6
FEATURED = 4


class WorkingGroupsConfig(AppConfig):
    name = "workinggroups"
    verbose_name = _("Working groups")

    def ready(self):
        from base import related_pages
        from feeds import feeds
        from search import registry as search
        from translations import status as translation_status
        from workinggroups.models import WorkingGroupIndexPage, WorkingGroupPage

        search.register(
            WorkingGroupPage,
            kind="working-group",
            label=_("Working group"),
            ranking_weight=search.NETWORK_PAGE_WEIGHT,
        )
        translation_status.register_section(
            "working-groups",
            _("Working groups"),
            (WorkingGroupIndexPage, WorkingGroupPage),
            order=40,
        )

        related_pages.register(
            "home.HomePage", "working-groups", _("Working groups"), featured_groups, order=20
        )
        for order, (label, heading) in enumerate(
            [("stories.StoryPage", _("Stories")), ("toolkits.ToolkitPage", _("Toolkits"))]
        ):
            related_pages.register(
                "workinggroups.WorkingGroupPage",
                label.split(".")[0],
                heading,
                sharing_terms(label),
                order=60 + order,
            )
        # /<lang>/feeds/rss/?working_group=<slug>: the group's stories and toolkits.
        feeds.register_source("working_group", group_feed)


def featured_groups(home, language):
    from workinggroups.models import WorkingGroupPage

    groups = WorkingGroupPage.objects.live().public().filter(featured=True)
    return groups.in_language(language).order_by("title").for_listing()[:FEATURED]


FEED_LABELS = ("stories.StoryPage", "toolkits.ToolkitPage")


def pages_sharing_terms(group, label, language):
    """The live pages of this classified type sharing a term with the group, in the language
    (or None when the group has no term)."""
    from django.apps import apps

    terms = group.taxonomy_filter()
    if terms is None:
        return None
    model = apps.get_model(label)
    found = model.objects.live().public().filter(pk__in=model.objects.filter(terms).values("pk"))
    return found.in_language(language)


def sharing_terms(label):
    """The newest pages of this classified type sharing a term with the group."""

    def pages(group, language):
        found = pages_sharing_terms(group, label, language)
        if found is None:
            return []
        model = found.model
        return found.for_listing().order_by(*model.listing_ordering)[:LISTED]

    return pages


def group_feed(slug, language):
    """The feed of a working group (named by its slug in any language): the newest stories and
    toolkits sharing its terms; None when no live group has that slug."""
    from feeds.feeds import FEED_SIZE, PageSource
    from workinggroups.models import WorkingGroupPage

    if not slug_unicode_re.match(slug):
        return None  # never a lookup of what no slug can be (a NUL byte fails on PostgreSQL)
    groups = list(
        WorkingGroupPage.objects.live().public().filter(slug=slug).select_related("locale")
    )
    if not groups:
        return None
    in_language = [group for group in groups if group.locale.language_code == language]
    group = (in_language or groups)[0]
    pages = []
    for label in FEED_LABELS:
        found = pages_sharing_terms(group, label, language)
        if found is not None:
            pages.extend(found.order_by("-first_published_at", "-pk")[:FEED_SIZE])
    pages.sort(key=published_first, reverse=True)
    return PageSource(title=group.title, link=group.url, pages=pages[:FEED_SIZE])


def published_first(page):
    published = page.first_published_at
    return (published is not None, published.timestamp() if published else 0, page.pk)
