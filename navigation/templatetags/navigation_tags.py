"""{% header_and_footer as frame %}: the site's name, logo, menu and footer links in the
visitor's language, with every linked page in its version in that language."""

from dataclasses import dataclass, field

from django import template
from django.utils.translation import get_language
from wagtail.models import Page

from base.languages import visitor_versions
from caching import dependencies
from caching.content_version import RecentlyUsed, content_version
from navigation.models import HeaderAndFooter

register = template.Library()

# Per (content version, host, language), shared by this process's requests.
recent_frames = RecentlyUsed(size=32)
FRAME_SECONDS = 60 * 60


@dataclass
class MenuLink:
    label: str
    url: str
    page: Page | None = None  # for aria-current


@dataclass
class SiteFrame:
    site_name: str = ""
    logo: object = None
    logo_alt_text: str = ""
    main_links: list = field(default_factory=list)
    footer_text: str = ""
    footer_links: list = field(default_factory=list)
    # The pages it links to: a cached page showing this frame depends on them.
    pages: list = field(default_factory=list)


def _links(stream, versions, request):
    links = []
    for block in stream:
        page = block.value.get("page")
        if page is not None:
            page = versions.get(page.pk, page)
            if not page.live:
                continue
            links.append(MenuLink(block.value["label"], page.get_url(request), page))
        elif block.value.get("url"):
            links.append(MenuLink(block.value["label"], block.value["url"]))
    return links


def build_frame(language, request=None):
    chosen = HeaderAndFooter.for_language(language)
    if chosen is None:
        return None
    pages = [
        block.value["page"]
        for stream in (chosen.main_menu, chosen.footer_menu)
        for block in stream
        if block.value.get("page") is not None
    ]
    versions = visitor_versions(pages, language)  # one query: the chooser gives plain Pages
    return SiteFrame(
        site_name=chosen.site_name,
        logo=chosen.logo,
        logo_alt_text=chosen.logo_alt_text,
        main_links=_links(chosen.main_menu, versions, request),
        footer_text=chosen.footer_text,
        footer_links=_links(chosen.footer_menu, versions, request),
        pages=[*pages, *versions.values()],
    )


@register.simple_tag(takes_context=True)
def header_and_footer(context):
    """The SiteFrame of this request's language, or None when no editor wrote one."""
    request = context.get("request")
    language = get_language()
    own = request.__dict__.setdefault("_site_frames", {}) if request is not None else {}
    if language in own:
        return own[language]
    host = ""
    if request is not None:
        try:
            host = request.get_host()
        except Exception:  # a disallowed host: Django answers it
            host = ""
    key = (content_version(request), host, language)
    frame = recent_frames.get(key)
    if frame is None:
        frame = build_frame(language, request) or SiteFrame()
        recent_frames.set(key, frame, FRAME_SECONDS)
    own[language] = frame
    # Caching/dependencies.py: the menus' own fields and the pages they link to.
    dependencies.record("navigation")
    dependencies.record_pages(frame.pages)
    return frame
