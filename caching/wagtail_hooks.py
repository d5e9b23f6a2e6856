"""The page being served declares what its cached renderings depend on (dependencies.py)."""

from wagtail import hooks

from caching import dependencies


@hooks.register("before_serve_page")
def declare_page_dependencies(page, request, serve_args, serve_kwargs):
    dependencies.declare(page)
