"""StreamField blocks for stories and toolkit descriptions; each renders with its own template
under templates/blocks/."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageBlock

RICH_TEXT_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul", "h3", "h4"]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Heading"), max_length=200)
    level = blocks.ChoiceBlock(
        choices=[("h2", _("Section heading")), ("h3", _("Sub-heading"))],
        default="h2",
        help_text=_("Use sub-headings only under a section heading, to keep headings in order."),
    )

    class Meta:
        icon = "title"
        template = "blocks/heading_block.html"


class FigureBlock(blocks.StructBlock):
    image = ImageBlock(
        help_text=_("Describe what the image shows for people who cannot see it."),
    )
    caption = blocks.CharBlock(required=False, max_length=300)
    credit = blocks.CharBlock(required=False, max_length=200, help_text=_("Photographer"))

    class Meta:
        icon = "image"
        template = "blocks/figure_block.html"


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(help_text=_("The words of a person involved, as they said them."))
    attribution = blocks.CharBlock(max_length=200, help_text=_("Who said it."))
    role = blocks.CharBlock(
        required=False, max_length=200, help_text=_("Their role or organisation.")
    )

    class Meta:
        icon = "openquote"
        template = "blocks/quote_block.html"


class KeyFigureBlock(blocks.StructBlock):
    value = blocks.CharBlock(max_length=40, help_text=_("The number, e.g. “1,200” or “35 %”."))
    label = blocks.CharBlock(max_length=160, help_text=_("What it counts."))


class KeyFiguresBlock(blocks.StructBlock):
    heading = blocks.CharBlock(required=False, max_length=200)
    figures = blocks.ListBlock(KeyFigureBlock(), min_num=1, max_num=6)

    class Meta:
        icon = "list-ol"
        template = "blocks/key_figures_block.html"


class VideoBlock(blocks.StructBlock):
    video = EmbedBlock(help_text=_("Address of a video page (e.g. YouTube, Vimeo, PeerTube)."))
    title = blocks.CharBlock(
        max_length=200, help_text=_("A short title, read out by screen readers.")
    )

    class Meta:
        icon = "media"
        template = "blocks/video_block.html"


class ToolkitLinkBlock(blocks.StructBlock):
    toolkit = blocks.PageChooserBlock(page_type="toolkits.ToolkitPage")
    note = blocks.CharBlock(
        required=False, max_length=300, help_text=_("Why this toolkit matters here.")
    )

    class Meta:
        icon = "doc-full"
        template = "blocks/toolkit_link_block.html"

    def get_context(self, value, parent_context=None):
        """`toolkit`: the chosen toolkit in the visitor's language when it is translated, and
        `toolkit_language`, its language (fetched in bulk for the whole page, see
        ClassifiedPage.linked_toolkit_version)."""
        context = super().get_context(value, parent_context=parent_context)
        toolkit = value["toolkit"]
        page = (parent_context or {}).get("page")
        if toolkit and hasattr(page, "linked_toolkit_version"):
            toolkit, context["toolkit_language"] = page.linked_toolkit_version(toolkit)
        context["toolkit"] = toolkit or None
        return context


class BodyBlock(blocks.StreamBlock):
    paragraph = blocks.RichTextBlock(
        features=RICH_TEXT_FEATURES, template="blocks/paragraph_block.html"
    )
    heading = HeadingBlock()
    image = FigureBlock()
    quote = QuoteBlock()
    key_figures = KeyFiguresBlock()
    video = VideoBlock()
    toolkit = ToolkitLinkBlock()
