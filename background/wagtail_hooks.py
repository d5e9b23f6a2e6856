"""Administrators see the background queue on the admin's dashboard: how many tasks wait, run
and failed lately, and the latest failures."""

from datetime import timedelta

from django.utils import timezone
from wagtail import hooks
from wagtail.admin.ui.components import Component

from background import queue

FAILURES_SHOWN_FOR_DAYS = 7


class BackgroundWorkPanel(Component):
    name = "background_work"
    order = 150
    template_name = "background/homepage_panel.html"

    def get_context_data(self, parent_context=None):
        since = timezone.now() - timedelta(days=FAILURES_SHOWN_FOR_DAYS)
        return {
            "counts": queue.queue_counts(since),
            "failures": queue.latest_failures(since),
            "days": FAILURES_SHOWN_FOR_DAYS,
        }


@hooks.register("construct_homepage_panels")
def add_background_work_panel(request, panels):
    if request.user.is_superuser:
        panels.append(BackgroundWorkPanel())
