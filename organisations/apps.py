from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OrganisationsConfig(AppConfig):
    name = "organisations"
    verbose_name = _("Organisations")

    def ready(self):
        from base import related_pages
        from organisations.models import OrganisationIndexPage, OrganisationPage
        from search import registry as search
        from translations import status as translation_status

        search.register(
            OrganisationPage,
            kind="organisation",
            label=_("Organisation"),
            ranking_weight=search.NETWORK_PAGE_WEIGHT,
        )
        translation_status.register_section(
            "organisations",
            _("Organisations"),
            (OrganisationIndexPage, OrganisationPage),
            order=45,
        )

        related_pages.register(
            "workinggroups.WorkingGroupPage",
            "members",
            _("Member organisations"),
            members,
            order=10,
        )


def members(group, language):
    from base.section_pages import named_group
    from organisations.models import OrganisationPage

    organisations = OrganisationPage.objects.live().public()
    return named_group(organisations, group).in_language(language).order_by("title").for_listing()
