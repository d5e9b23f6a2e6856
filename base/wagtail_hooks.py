"""Wagtail hooks of the public site's language handling."""

from django.shortcuts import redirect
from wagtail import hooks


@hooks.register("before_serve_page")
def send_visitors_to_the_version_in_their_language(page, request, serve_args, serve_kwargs):
    # Set by HomePage.route when an address made of another language's slugs names a page
    # that has an address in the visitor's language: the old addresses of translated slugs.
    address = getattr(request, "address_in_visitor_language", None)
    if address is not None:
        return redirect(address, permanent=True)
