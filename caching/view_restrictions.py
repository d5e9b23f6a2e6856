"""The private sections of the site (pages with a view restriction), read once per content
version in each process instead of at every `.public()`.

Wagtail's `PageQuerySet.public()` queries every view restriction each time it is called: a
story page called it 7 times. A restriction's save or deletion, a page's move and a page's
deletion all renew the content version (caching/content_version.py), so during a visitor's
GET request the sections kept for the request's content version are exactly those in the
database. Outside a visitor's GET request (the admin's forms, management commands, tasks),
`.public()` queries them as Wagtail does.
"""

import contextvars

from django.db.models import Q

from caching import content_version
from compat.wagtail import replace_get_view_restrictions, replace_private_q

SECONDS = 60 * 60
recent_sections = content_version.RecentlyUsed(size=8)
_request = contextvars.ContextVar("view_restrictions_request", default=None)


def _read_sections():
    """(path, depth) of every page with a view restriction: it and its descendants are private."""
    from wagtail.models import PageViewRestriction

    return tuple(PageViewRestriction.objects.values_list("page__path", "page__depth").distinct())


def private_sections():
    request = _request.get()
    if request is None or request.method != "GET":
        return _read_sections()
    version = content_version.content_version(request)
    sections = recent_sections.get(version)
    if sections is None:
        sections = _read_sections()
        recent_sections.set(version, sections, SECONDS)
    return sections


def private_q(queryset):
    """Wagtail's `PageQuerySet.private_q`: the pages in a private section (none if none is)."""
    q = Q()
    for path, depth in private_sections():
        q |= Q(path__startswith=path) & Q(depth__gte=depth)
    return q if q else Q(pk__in=[])


def nothing_private():
    """Whether, during a visitor's GET request, the kept sections say that no page has a view
    restriction (then no page's restrictions need a query)."""
    request = _request.get()
    return request is not None and request.method == "GET" and not private_sections()


def use_kept_sections():
    """Make `.public()`, `.private()` and `.not_public()` use the kept sections, and a page's
    `get_view_restrictions()` (asked by Wagtail before serving it and by the search engines'
    head) answer none without a query while no page of the site has one."""
    replace_private_q(private_q)
    replace_get_view_restrictions(nothing_private)


class ViewRestrictionsMiddleware:
    """Makes the request known to `.public()`, wherever in the request it is called."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = _request.set(request)
        try:
            return self.get_response(request)
        finally:
            _request.reset(token)
