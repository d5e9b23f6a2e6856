"""Bulk operations (translating a whole tree) tell the services that follow page changes to
wait for the end: the search indexes the pages once, with their language versions, rather
than once per publication (and again for each later translation of the same page).

A service connects to `pages_changed_in_bulk` and, in its page-change handler, asks
`defer_page_change(page)` first: True means "held for the end of the bulk operation".
"""

import threading
from contextlib import contextmanager

from django.dispatch import Signal

# Sent with `pages` (the pages changed, each once) when a bulk operation ends.
pages_changed_in_bulk = Signal()

_held = threading.local()


@contextmanager
def page_changes_held():
    """Hold page changes until the block ends, then send them in one `pages_changed_in_bulk`.

    Changes made after the block (publications an outer transaction runs at its commit) are
    handled one by one as usual: nothing is ever held past the block.
    """
    if getattr(_held, "pages", None) is not None:  # nested: the outer block sends them
        yield
        return
    _held.pages = {}
    try:
        yield
    finally:
        pages, _held.pages = _held.pages, None
        if pages:
            pages_changed_in_bulk.send(sender=None, pages=list(pages.values()))


def defer_page_change(page):
    """True when a bulk operation holds this change (it will be sent at its end)."""
    pages = getattr(_held, "pages", None)
    if pages is None:
        return False
    pages[page.pk] = page
    return True
