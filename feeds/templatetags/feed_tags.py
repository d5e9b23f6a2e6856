"""{% follow_feeds as feeds %}: the feeds that follow what the visitor is looking at.

A listing page (any page with a `listed_kind`) is followed by the feed of its kind and of the
filters chosen on it (a network listing, such as the events or the directory, by the feed of
its kind alone); the home page and the search by the feed of the whole exchange or of the
search's filters. {% source_feeds "working_group" page.slug as feeds %}: the feed of what a
page gathers (feeds.register_source).
"""

from dataclasses import dataclass

from django import template
from django.http import QueryDict
from django.urls import reverse

from feeds.feeds import feed_parameters

register = template.Library()


@dataclass
class FollowFeeds:
    rss: str
    atom: str


@register.simple_tag(takes_context=True)
def follow_feeds(context):
    request = context.get("request")
    if request is None:
        return None
    page = context.get("page")
    # A network listing's own filters (a directory's kind, group) are not the search's.
    follows_filters = getattr(page, "feed_follows_filters", True)
    params = feed_parameters(request.GET) if follows_filters else QueryDict(mutable=True)
    kind = getattr(page, "listed_kind", None)
    if kind:
        params.setlist("kind", [kind])
    return _feeds(request, params)


@register.simple_tag(takes_context=True)
def source_feeds(context, parameter, value):
    request = context.get("request")
    if request is None:
        return None
    params = QueryDict(mutable=True)
    params[parameter] = value
    return _feeds(request, params)


def _feeds(request, params):
    query = params.urlencode()
    suffix = f"?{query}" if query else ""
    return FollowFeeds(
        rss=request.build_absolute_uri(reverse("feeds:rss") + suffix),
        atom=request.build_absolute_uri(reverse("feeds:atom") + suffix),
    )
