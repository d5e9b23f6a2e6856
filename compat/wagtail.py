"""Wagtail internals the site relies on (Wagtail 8.0)."""

import functools

from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeData, mark_safe

# Wagtail's admin filters send this parameter when they ask for the results fragment only
# (wagtail/admin/views/generic/base.py). Why: the translation status report's actions return to
# the full report, never to the fragment. Goes when Wagtail exposes the fragment URL.
FILTER_FRAGMENT_PARAMETER = "_w_filter_fragment"


def has_request_site(request):
    return hasattr(request, "_wagtail_site")


def set_request_site(request, site):
    """Hand Wagtail the site of a request, so Site.find_for_request does not query it.

    Private: request._wagtail_site, where Site.find_for_request caches its answer. Why: each
    page view would query the site and its home page; the site lookup keeps them per content
    version. Goes when Wagtail lets a middleware set the request's site publicly.
    """
    request._wagtail_site = site


def set_document_file_metadata(document):
    """Fill in the file size and hash of a document whose file was set in code.

    Private: AbstractDocument._set_document_file_metadata. Why: the text of a toolkit file is
    read again only when its hash changes, and a document saved by a script (not the admin form)
    has no hash yet. Goes when Wagtail computes them in save() itself.
    """
    document._set_document_file_metadata()


def replace_private_q(private_q):
    """Make `PageQuerySet.private_q` (what `.public()`, `.private()` and `.not_public()` exclude
    or keep) call `private_q(queryset)` instead.

    Patched: wagtail.query.PageQuerySet.private_q. Why: Wagtail queries every view restriction
    at each call, 7 times for a story page; caching/view_restrictions.py keeps them per content
    version. Goes when Wagtail reads them once per request itself.
    """
    from wagtail.query import PageQuerySet

    def kept_private_q(self):
        return private_q(self)

    PageQuerySet.private_q = kept_private_q


def replace_get_view_restrictions(nothing_private):
    """Make `Page.get_view_restrictions()` answer no restriction without a query when
    `nothing_private()` says no page has one, and ask Wagtail otherwise.

    Patched: wagtail.models.Page.get_view_restrictions. Why: Wagtail queries the page's
    ancestors and then their restrictions before serving every page (two queries), and the
    search engines' head asks again; caching/view_restrictions.py knows, per content version,
    whether any page has a restriction. Goes when Wagtail reads them once per request itself.
    """
    from wagtail.models import Page, PageViewRestriction

    ask_wagtail = Page.get_view_restrictions

    def kept_view_restrictions(self):
        if nothing_private():
            return PageViewRestriction.objects.none()
        return ask_wagtail(self)

    Page.get_view_restrictions = kept_view_restrictions


def keep_block_definitions():
    """Make the page editor pack each StreamField's block definitions once per process and
    language, not at every view.

    Patched: wagtail.blocks.base.BlockWidget._build_block_json (and the private _js_context
    and _block_json it fills). Why: the form of each edit view makes a new widget, which packs
    the whole block tree again for its scripts (20,000 characters, 6 ms of the 110 ms of a
    story's edit view); the definitions depend only on the blocks, fixed when the models load,
    and on the language of their labels. Kept on the block itself, so a block made at run time
    takes its definitions with it. Goes when Wagtail keeps them per block.
    """
    from django.utils.translation import get_language
    from wagtail.blocks.base import BlockWidget

    pack = BlockWidget._build_block_json

    def kept_block_json(self):
        kept = self.block_def.__dict__.setdefault("_definitions_by_language", {})
        language = get_language()
        if language not in kept:
            pack(self)
            kept[language] = (self._js_context, self._block_json)
        self._js_context, self._block_json = kept[language]

    BlockWidget._build_block_json = kept_block_json


def replace_hook(hook_name, upstream, replacement):
    """Register `replacement` for `hook_name` in the place (and order) of `upstream`.

    Private: wagtail.hooks._hooks, the registry. Why: wagtail-localize's page listing buttons
    ask two to four queries per row of every listing, 1 ms a row (translations/listing_buttons.py
    asks one: 0.08 ms), and Wagtail has no way to unregister a hook. Goes when wagtail-localize
    asks less, or Wagtail lets a hook be unregistered. Raises LookupError when `upstream` is no
    longer registered.
    """
    from wagtail import hooks

    # `upstream` was registered when its module was imported, which holding it implies.
    registered = hooks._hooks.get(hook_name, [])
    for index, (function, order) in enumerate(registered):
        if function is upstream:
            registered[index] = (replacement, order)
            return
    raise LookupError(f"{upstream.__qualname__} is not registered for {hook_name}")


# The hook a page listing (explorer, search) calls with its rows' pages and the request before
# rendering them, so that what each row asks for can be read for all rows at once.
BEFORE_PAGE_LISTING_ROWS_HOOK = "before_page_listing_rows"


def share_site_root_paths_in_page_listings():
    """Give every page of an admin page listing (explorer, search) its request's site root paths,
    and call the functions registered for BEFORE_PAGE_LISTING_ROWS_HOOK with its pages.

    Patched: wagtail.admin.views.pages.listing.PageListingMixin.get_context_data, and the
    private attribute Page._get_site_root_paths caches them in (_wagtail_cached_site_root_paths,
    the one Wagtail sets on a request). Why: each row's "View live" button asks `page.url`, with
    no request, so each page reads Site.get_site_root_paths() from the cache again (a file read
    and an unpickling per row in production, 20 to 50 a listing); the request reads them once.
    And Wagtail's listing hooks are asked row by row (translations/listing_buttons.py reads its
    buttons' conditions for all rows in three queries instead of one a row). Goes when Wagtail
    passes the request to the listing's buttons and lets hooks see the listing's rows.
    """
    from wagtail import hooks
    from wagtail.admin.views.pages.listing import PageListingMixin
    from wagtail.models import Site

    list_context = PageListingMixin.get_context_data

    def context_with_site_root_paths(self, **kwargs):
        context = list_context(self, **kwargs)
        request = self.request
        if not hasattr(request, "_wagtail_cached_site_root_paths"):
            request._wagtail_cached_site_root_paths = Site.get_site_root_paths()
        pages = list(context["object_list"])
        for page in pages:
            page._wagtail_cached_site_root_paths = request._wagtail_cached_site_root_paths
        for prepare in hooks.get_hooks(BEFORE_PAGE_LISTING_ROWS_HOOK):
            prepare(pages, request)
        return context

    PageListingMixin.get_context_data = context_with_site_root_paths


def write_admin_buttons():
    """Write the admin's plain buttons (wagtailadmin/shared/button.html) and dropdown buttons
    (wagtailadmin/shared/button_with_dropdown.html, and the page listings' template that only
    extends it) without the templates.

    Patched: wagtail.admin.widgets.button.BaseButton.render_html, for the buttons that keep one
    of these templates (a subclass with its own template is rendered by it). Why: a page listing
    renders 10 plain buttons in each row's "More actions" dropdown, each through two templates
    (the button and its icon), and the dropdown through three: 260 renderings, a fifth of an
    admin page search's CPU time at 10,000 pages. The same markup but for whitespace
    (tests/compat/test_wagtail.py compares it with the templates' for every button of a
    listing, and for its dropdown). Goes when Wagtail writes its buttons in Python.
    """
    from wagtail.admin.widgets.button import (
        BaseButton,
        BaseDropdownMenuButton,
        ButtonWithDropdownFromHook,
    )

    button_template = BaseButton.template_name
    dropdown_templates = {
        BaseDropdownMenuButton.template_name,
        ButtonWithDropdownFromHook.template_name,
    }
    render_by_template = BaseButton.render_html

    def class_names(*names):  # Wagtail's {% classnames %}
        flattened = []
        for name in names:
            if isinstance(name, str):
                flattened.append(name)
            elif hasattr(name, "__iter__"):
                flattened.extend(name)
        return " ".join(name.strip() for name in flattened if name)

    def written_dropdown(self, parent_context):
        label, title = self.label, self.aria_label
        toggle_classes = class_names(
            "w-dropdown__toggle", "" if label else "w-dropdown__toggle--icon", self.classname
        )
        return format_html(
            '<div data-controller="w-dropdown" class="w-dropdown"{}> <button type="button"'
            ' class="{}" data-w-dropdown-target="toggle"{}> {} {} </button>'
            ' <div data-w-dropdown-target="content" class="w-dropdown__content" hidden> {}'
            " </div> </div>",
            self.base_attrs_string,
            toggle_classes,
            format_html(' aria-label="{}"', title) if title else "",
            label,
            admin_icon(self.icon_name or "arrow-down", "w-dropdown__toggle-icon"),
            format_html_join(
                " ",
                "{}",
                ((button.render_html(parent_context),) for button in sorted(self.dropdown_buttons)),
            ),
        )

    def written_html(self, parent_context=None):
        if self.template_name in dropdown_templates:
            return written_dropdown(self, parent_context)
        if self.template_name != button_template:
            return render_by_template(self, parent_context)
        content = self.label
        if self.icon_name:
            content = format_html("{} {}", admin_icon(self.icon_name, "icon"), self.label)
        if self.url:
            return format_html(
                '<a href="{}" class="{}"{}> {} </a>',
                self.url,
                self.classname,
                self.base_attrs_string,
                content,
            )
        return format_html(
            '<button class="{}"{}> {} </button>', self.classname, self.base_attrs_string, content
        )

    written_html.render_by_template = render_by_template
    BaseButton.render_html = written_html


def count_page_search_results_by_their_types():
    """Take the admin page search's two result counts from its count of results per page type.

    Patched: wagtail.admin.views.pages.search.SearchView.get_queryset, and modelsearch's private
    SearchResults._count_cache, where a count is kept once asked. Why: the search counts its
    matches three times, each a pass over them all (8,700 for "cooperative" at 10,000 pages,
    5 ms each): per page type for its "Page types" filter, then all of them ("All (n)", "There
    are n matching pages") and those of the chosen type (the paginator). The two counts are the
    sum of the first and one of its terms: the three searches differ only in their page type
    filter. Goes when Wagtail counts them once.
    """
    from wagtail.admin.views.pages.search import SearchView

    find_pages = SearchView.get_queryset

    def pages_counted_by_type(self):
        pages = find_pages(self)
        if pages.supports_facet:
            count_by_type = {content_type.pk: count for content_type, count in self.content_types}
            self.all_pages._count_cache = sum(count_by_type.values())
            chosen = self.selected_content_type
            pages._count_cache = (
                count_by_type.get(chosen.pk, 0) if chosen else self.all_pages._count_cache
            )
        return pages

    SearchView.get_queryset = pages_counted_by_type


def admin_icon(name=None, classname=None, title=None, wrapped=False):
    """What Wagtail's `{% icon %}` writes (wagtailadmin/shared/icon.html), byte for byte."""
    if not name:
        raise ValueError("You must supply an icon name")
    html = format_html(
        '<svg class="icon icon-{} {}" aria-hidden="true"><use href="#icon-{}"></use></svg>',
        name,
        classname or "icon",
        name,
    )
    if title:
        html = format_html(
            '{}<span class="w-sr-only">\n            {}\n        </span>', html, title
        )
    if wrapped:
        html = format_html('<span class="icon-wrapper">{}</span>', html)
    return html


def write_admin_icons():
    """Write the admin's `{% icon %}` tag (wagtailadmin/shared/icon.html) without the template.

    Patched: the "icon" tag of wagtail.admin.templatetags.wagtailadmin_tags's library, for the
    templates compiled after it (the patch runs when the apps are ready, before any). Why: an
    edit view renders 150 to 250 icons (a toolkit's: 252, two per field for its comments), each
    through an inclusion tag and its template, 9 ms of a toolkit's edit view. The same markup,
    byte for byte (tests/compat/test_wagtail.py compares them). Goes when Wagtail writes its
    icons in Python.
    """
    from wagtail.admin.templatetags import wagtailadmin_tags

    def icon(name=None, classname=None, title=None, wrapped=False):
        return admin_icon(name, classname, title, wrapped)

    icon.render_by_template = wagtailadmin_tags.register.tags["icon"]
    wagtailadmin_tags.register.simple_tag(icon, name="icon")


def write_admin_formatted_fields():
    """Write the admin's form fields (`{% formattedfield %}`, and `{% formattedfieldfromcontext %}`
    that every FieldPanel renders through wagtailadmin/shared/field.html) without their
    template, wagtailadmin/shared/formatted_field.html.

    Patched: those two tags of wagtail.admin.templatetags.wagtailadmin_tags's library, for the
    templates compiled after it (the patch runs when the apps are ready, before any); Wagtail's
    own functions still work out what the template is given. Why: each field costs a template
    and its attributes' template, about 0.25 ms (37 fields on a toolkit's edit view, 9 ms). The
    same markup but for whitespace (tests/compat/test_wagtail.py compares it with the
    template's: labels, help, errors, icons, comments, attributes). Goes when Wagtail writes its
    fields in Python.
    """
    from django.utils.translation import gettext
    from wagtail.admin.templatetags import wagtailadmin_tags

    def attributes(attrs):  # wagtailadmin/shared/attrs.html
        return format_html_join(
            "",
            "{}",
            (
                (
                    format_html(" {}", name)
                    if value is True
                    else format_html(
                        ' {}="{}"', name, value if isinstance(value, SafeData) else str(value)
                    ),
                )
                for name, value in attrs.items()
                if value is not False
            ),
        )

    def written(field):  # field: the template's context, as Wagtail's formattedfield gives it
        label = ""
        if field["show_label"]:
            label = format_html(
                '<label class="w-field__label{}"{}{}>{}{}</label>',
                " w-sr-only" if field["sr_only_label"] else "",
                format_html(' for="{}"', field["label_for"]) if field["label_for"] else "",
                format_html(' id="{}"', field["label_id"]) if field["label_id"] else "",
                field["label_text"],
                mark_safe('<span class="w-required-mark">*</span>') if field["required"] else "",
            )
        errors = ""
        if field["errors"]:
            errors = format_html(
                '{} <p class="error-message">{}</p>',
                admin_icon("warning", "w-field__errors-icon"),
                format_html_join("", "{} ", ((error,) for error in field["errors"])),
            )
        comment_button = ""
        if field["show_add_comment_button"]:
            comment_button = format_html(
                '<button class="w-field__comment-button w-field__comment-button--add"'
                ' type="button" data-component="add-comment-button" data-comment-add'
                ' aria-label="{}"{}> {} {} </button>',
                gettext("Add comment"),
                format_html(' aria-describedby="{}"', field["label_id"])
                if field["label_id"]
                else "",
                admin_icon("comment-add"),
                admin_icon("comment-add-reversed"),
            )
        return format_html(
            '<div class="w-field__wrapper {}"{}{}> {} <div class="w-field {}{}{}" data-field{}>'
            ' <div class="w-field__errors" data-field-errors{}> {} </div>'
            ' <div class="w-field__help"{} data-field-help> {} </div>'
            ' <div class="w-field__input" data-field-input> {} {} {} </div> </div> </div>',
            field["classname"],
            format_html(' id="{}"', field["wrapper_id"]) if field["wrapper_id"] else "",
            attributes(field["attrs"]) if field["attrs"] else "",
            label,
            field["field_classname"],
            " w-field--error" if field["has_errors"] else "",
            " w-field--commentable" if field["show_add_comment_button"] else "",
            format_html(' data-contentpath="{}"', field["contentpath"])
            if field["contentpath"]
            else "",
            format_html(' id="{}"', field["error_message_id"]) if field["error_message_id"] else "",
            errors,
            format_html(' id="{}"', field["help_text_id"]) if field["help_text_id"] else "",
            format_html('<div class="help">{}</div>', field["help_text"])
            if field["help_text"]
            else "",
            admin_icon(field["icon"], "w-field__icon") if field["icon"] else "",
            field["rendered_field"],
            comment_button,
        )

    tags = wagtailadmin_tags.register.tags
    for name, upstream in (
        ("formattedfield", wagtailadmin_tags.formattedfield),
        ("formattedfieldfromcontext", wagtailadmin_tags.formattedfieldfromcontext),
    ):

        @functools.wraps(upstream)  # the tag's arguments are upstream's
        def written_field(*args, _upstream=upstream, **kwargs):
            return written(_upstream(*args, **kwargs))

        written_field.render_by_template = tags[name]
        wagtailadmin_tags.register.simple_tag(
            written_field, name=name, takes_context=name == "formattedfieldfromcontext"
        )


def reverse_page_button_urls_by_pattern():
    """Make the admin's page buttons (listing rows, page headers) build their addresses from one
    reversal per address name, instead of reversing each.

    Patched: the `reverse` that wagtail.admin.ui.menus.pages and wagtail.admin.wagtail_hooks
    import. Why: each row of a page listing reverses 10 addresses by name with the page's id
    (edit, move, copy, delete and its two comparisons, ...), 200 reversals (6 ms) a page
    search; the address of a name with one integer differs only in that integer. Every other
    call is Django's reverse. Goes when Wagtail builds these addresses once per listing.
    """
    from django.urls import NoReverseMatch, get_script_prefix, get_urlconf, reverse
    from django.utils.translation import get_language
    from wagtail.admin import wagtail_hooks
    from wagtail.admin.ui.menus import pages

    marker = 918273645546372819  # an id no address holds already
    patterns = {}

    def reverse_by_pattern(viewname, urlconf=None, args=None, kwargs=None, current_app=None):
        if (
            urlconf is None
            and kwargs is None
            and current_app is None
            and isinstance(viewname, str)
            and args is not None
            and len(args) == 1
            and type(args[0]) is int
            and args[0] >= 0
        ):
            key = (viewname, get_script_prefix(), get_urlconf(), get_language())
            if key not in patterns:
                try:
                    parts = reverse(viewname, args=[marker]).split(str(marker))
                except NoReverseMatch:
                    parts = None
                patterns[key] = parts if parts and len(parts) == 2 else None
            if patterns[key] is not None:
                return str(args[0]).join(patterns[key])
        return reverse(viewname, urlconf, args, kwargs, current_app)

    reverse_by_pattern.patterns = patterns
    for module in (pages, wagtail_hooks):
        module.reverse = reverse_by_pattern
