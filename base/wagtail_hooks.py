"""Wagtail hooks of the public site's language handling."""

from django.shortcuts import redirect
from wagtail import hooks


@hooks.register("before_serve_page")
def send_visitors_to_the_version_in_their_language(page, request, serve_args, serve_kwargs):
    # Set by HomePage.route when an address made of another language's slugs names a page
    # that exists in the visitor's language.
    version = getattr(request, "version_in_visitor_language", None)
    if version is not None:
        return redirect(version.get_url(request))
