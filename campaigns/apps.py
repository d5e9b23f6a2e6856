from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

LISTED = 6


class CampaignsConfig(AppConfig):
    name = "campaigns"
    verbose_name = _("Statements and campaigns")

    def ready(self):
        from base import related_pages
        from campaigns.models import CampaignIndexPage, CampaignPage, StatementPage
        from search import registry as search
        from translations import status as translation_status

        search.register(
            StatementPage,
            kind="statement",
            label=_("Joint statement"),
            pages_using_documents=lambda documents: StatementPage.objects.filter(
                file__in=documents
            ).specific(),
            ranking_weight=search.NETWORK_PAGE_WEIGHT,
        )
        search.register(
            CampaignPage,
            kind="campaign",
            label=_("Campaign"),
            ranking_weight=search.NETWORK_PAGE_WEIGHT,
        )
        translation_status.register_section(
            "campaigns",
            _("Statements and campaigns"),
            (CampaignIndexPage, CampaignPage, StatementPage),
            order=55,
        )

        related_pages.register(
            "workinggroups.WorkingGroupPage",
            "statements",
            _("Statements"),
            statements_of_group,
            order=40,
        )
        related_pages.register(
            "workinggroups.WorkingGroupPage",
            "campaigns",
            _("Campaigns"),
            campaigns_of_group,
            order=50,
        )
        related_pages.register(
            "organisations.OrganisationPage",
            "statements",
            _("Statements signed"),
            signed,
            order=30,
        )


def _live(model_name, language):
    from django.apps import apps

    model = apps.get_model("campaigns", model_name)
    return model.objects.live().public().in_language(language).for_listing()


def statements_of_group(group, language):
    from base.section_pages import named_group

    return named_group(_live("StatementPage", language), group).order_by("-date")[:LISTED]


def campaigns_of_group(group, language):
    from base.section_pages import named_group

    found = named_group(_live("CampaignPage", language), group)
    return found.order_by("-first_published_at")[:LISTED]


def signed(organisation, language):
    found = _live("StatementPage", language).filter(
        signatories__translation_key=organisation.translation_key
    )
    return found.distinct().order_by("-date")[:LISTED]
