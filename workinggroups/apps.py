from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

LISTED = 6
FEATURED = 4


class WorkingGroupsConfig(AppConfig):
    name = "workinggroups"
    verbose_name = _("Working groups")

    def ready(self):
        from base import related_pages
        from search import registry as search
        from translations import status as translation_status
        from workinggroups.models import WorkingGroupIndexPage, WorkingGroupPage

        search.register(
            WorkingGroupPage,
            kind="working-group",
            label=_("Working group"),
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


def featured_groups(home, language):
    from workinggroups.models import WorkingGroupPage

    groups = WorkingGroupPage.objects.live().public().filter(featured=True)
    return groups.in_language(language).order_by("title").for_listing()[:FEATURED]


def sharing_terms(label):
    """The newest pages of this classified type sharing a term with the group."""

    def pages(group, language):
        from django.apps import apps

        terms = group.taxonomy_filter()
        if terms is None:
            return []
        model = apps.get_model(label)
        found = (
            model.objects.live().public().filter(pk__in=model.objects.filter(terms).values("pk"))
        )
        found = found.in_language(language).for_listing()
        return found.order_by(*model.listing_ordering)[:LISTED]

    return pages
