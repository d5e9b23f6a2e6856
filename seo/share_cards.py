"""Share images: the page's own image, or a card generated once (Pillow) when it has none.

A card is stored under a name made from what it shows (title, kind, site name), so it is drawn
on the first view of that text and read from storage afterwards: a changed title gives a new
card, an unchanged one is never drawn again.
"""

import hashlib
import io
import textwrap
from dataclasses import dataclass

from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from PIL import Image, ImageDraw, ImageFont

CARD_WIDTH, CARD_HEIGHT = 1200, 630  # what Open Graph and Twitter's large card expect
CARD_FOLDER = "share-cards"
CARD_DESIGN = "1"  # change to redraw every card after a change of design
BACKGROUND = "#0b3d2a"  # the site header's colour (static/css/site.css)
ACCENT = "#f2c14e"
TEXT = "#ffffff"


@dataclass
class ShareImage:
    url: str  # relative to the site, or absolute
    width: int
    height: int
    alt: str


def share_image(page, site_name):
    """The page's image at the card's size, or its generated card."""
    image = page.share_image() if hasattr(page, "share_image") else None
    if image is not None:
        rendition = image.get_rendition(f"fill-{CARD_WIDTH}x{CARD_HEIGHT}")
        alt = getattr(page, "hero_image_alt", "") or image.description or ""
        return ShareImage(rendition.url, rendition.width, rendition.height, alt)
    kind = str(page._meta.verbose_name).capitalize()
    return ShareImage(generated_card_url(page.title, kind, site_name), CARD_WIDTH, CARD_HEIGHT, "")


def generated_card_url(title, kind, site_name):
    digest = hashlib.sha256(f"{CARD_DESIGN}|{title}|{kind}|{site_name}".encode()).hexdigest()
    name = f"{CARD_FOLDER}/{digest[:32]}.png"
    if not default_storage.exists(name):
        default_storage.save(name, ContentFile(draw_card(title, kind, site_name)))
    return default_storage.url(name)


def draw_card(title, kind, site_name):
    """A PNG: the kind of page and the site's name above the title, on the header's green."""
    card = Image.new("RGB", (CARD_WIDTH, CARD_HEIGHT), BACKGROUND)
    draw = ImageDraw.Draw(card)
    small = ImageFont.load_default(size=36)
    large = ImageFont.load_default(size=64)
    margin = 80
    draw.rectangle((0, 0, CARD_WIDTH, 16), fill=ACCENT)
    draw.text((margin, margin), kind.upper(), font=small, fill=ACCENT)
    lines = textwrap.wrap(title, width=30)[:5]
    if len(textwrap.wrap(title, width=30)) > 5:
        lines[-1] = lines[-1][:27] + "…"
    draw.multiline_text((margin, margin + 70), "\n".join(lines), font=large, fill=TEXT, spacing=14)
    draw.text((margin, CARD_HEIGHT - margin - 36), site_name, font=small, fill=TEXT)
    output = io.BytesIO()
    card.save(output, format="PNG", optimize=True)
    return output.getvalue()
