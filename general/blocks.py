"""Blocks of the general pages: the story body's blocks, plus contact details and calls to
action (Join, Contact, About)."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from base.blocks import BodyBlock
from navigation.blocks import CallToActionBlock


class ContactBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("heading"), max_length=120, required=False)
    email = blocks.EmailBlock(label=_("email"), required=False)
    phone = blocks.CharBlock(label=_("phone"), max_length=40, required=False)
    address = blocks.TextBlock(label=_("postal address"), required=False)

    class Meta:
        icon = "mail"
        label = _("contact details")
        template = "blocks/contact_block.html"


class GeneralBodyBlock(BodyBlock):
    contact = ContactBlock()
    call_to_action = CallToActionBlock()
