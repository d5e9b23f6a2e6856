"""The Wagtail Site of a request, looked up once per host and content version in each process.

Wagtail finds the Site of every page view with a query, then loads the home page's specific type
with another, before it routes the URL. Both change only when a site, a locale or a page is
saved, which renews the content version (caching/page_cache.py); so each worker keeps the site it
found, with its specific home page, per host, port and content version, and hands every
request a copy of its own (unpickled), never an instance another request could change.
"""

import pickle

from django.http.request import split_domain_port
from wagtail.models import Site
from wagtail.views import serve

from caching import content_version
from compat.django import raw_host
from compat.wagtail import has_request_site, set_request_site

SECONDS = 60 * 60
recent_sites = content_version.RecentlyUsed(size=64)


def site_for_request(request):
    """Site.find_for_request's answer (or None), from this process's memory when it can."""
    try:
        host = split_domain_port(raw_host(request))[0]
        port = request.get_port()
    except Exception:  # a malformed host: let Wagtail's own lookup (and Django) answer it
        return Site.find_for_request(request)
    key = (content_version.content_version(request), host, port)
    pickled = recent_sites.get(key)
    if pickled is None:
        site = Site.find_for_request(request)
        if site is not None:
            site.root_page = site.root_page.specific  # routing needs its specific type
        pickled = pickle.dumps(site)
        recent_sites.set(key, pickled, SECONDS)
    return pickle.loads(pickled)


class SiteLookupMiddleware:
    """Sets the site of a page view where Wagtail looks for it first (request._wagtail_site).

    Only for Wagtail's page views: other views (the search API, documents, the admin) may never
    need a site, and look it up themselves when they do.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if view_func is serve and request.method == "GET" and not has_request_site(request):
            set_request_site(request, site_for_request(request))
