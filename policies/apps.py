from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PoliciesConfig(AppConfig):
    """Public policies on the SSE, how they were co-constructed, and their listing."""

    name = "policies"

    def ready(self):
        # The shared services never import this app: it registers its page types with them.
        from policies.models import (
            PolicyIndexPage,
            PolicyLevel,
            PolicyPage,
            PolicyStatus,
            PolicyType,
            pages_showing,
        )
        from search import registry as search
        from translations import status as translation_status

        search.register(
            PolicyPage,
            kind="policy",
            label=_("Public policy"),
            facet_choices={"policy_type": PolicyType, "status": PolicyStatus, "level": PolicyLevel},
            pages_using_documents=pages_showing,
        )
        translation_status.register_section(
            "policies", _("Public policies"), (PolicyIndexPage, PolicyPage), order=25
        )
