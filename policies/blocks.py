"""How a policy was co-constructed: who took part, and the dated steps from idea to text.

Each block renders with its own template under templates/blocks/.
"""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

PARTICIPANT_ROLES = [
    ("network", _("SSE network or organisation")),
    ("government", _("Government or public body")),
    ("parliament", _("Parliament or council")),
    ("other", _("Other partner")),
]


class ParticipantBlock(blocks.StructBlock):
    name = blocks.CharBlock(max_length=200, help_text=_("E.g. “National SSE network”."))
    role = blocks.ChoiceBlock(choices=PARTICIPANT_ROLES, default="network")
    contribution = blocks.CharBlock(
        required=False, max_length=300, help_text=_("What they brought, in one sentence.")
    )

    class Meta:
        icon = "group"
        template = "blocks/policy_participant_block.html"

    def get_context(self, value, parent_context=None):
        """`role_label`: the role as the visitor reads it, not its code."""
        context = super().get_context(value, parent_context=parent_context)
        context["role_label"] = dict(PARTICIPANT_ROLES).get(value["role"], value["role"])
        return context


class TimelineStepBlock(blocks.StructBlock):
    date = blocks.DateBlock(help_text=_("When it happened (the first of the month if unsure)."))
    title = blocks.CharBlock(max_length=200, help_text=_("E.g. “First draft tabled”."))
    description = blocks.TextBlock(required=False, help_text=_("What happened, who did it."))

    class Meta:
        icon = "date"
        template = "blocks/policy_timeline_step_block.html"


class ParticipantsBlock(blocks.StreamBlock):
    participant = ParticipantBlock()


class TimelineBlock(blocks.StreamBlock):
    step = TimelineStepBlock()
