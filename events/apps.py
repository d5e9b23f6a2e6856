from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

LISTED = 6


class EventsConfig(AppConfig):
    name = "events"
    verbose_name = _("Events")

    def ready(self):
        from base import related_pages
        from events.models import EventIndexPage, EventPage
        from search import registry as search
        from translations import status as translation_status

        search.register(
            EventPage,
            kind="event",
            label=_("Event"),
            ranking_weight=search.NETWORK_PAGE_WEIGHT,
        )
        translation_status.register_section(
            "events", _("Events"), (EventIndexPage, EventPage), order=50
        )

        related_pages.register(
            "home.HomePage", "upcoming-events", _("Upcoming events"), upcoming, order=10
        )
        related_pages.register(
            "workinggroups.WorkingGroupPage",
            "upcoming-events",
            _("Upcoming events"),
            naming_the_group(upcoming=True),
            order=20,
        )
        related_pages.register(
            "workinggroups.WorkingGroupPage",
            "past-events",
            _("Past events"),
            naming_the_group(upcoming=False),
            order=30,
        )
        related_pages.register(
            "organisations.OrganisationPage", "events", _("Events organised"), organised, order=20
        )


def _events(language):
    from events.models import EventPage

    return EventPage.objects.live().public().in_language(language).for_listing()


def upcoming(page, language):
    return _events(language).upcoming()[:3]


def naming_the_group(*, upcoming):
    def events(group, language):
        from base.section_pages import named_group

        found = named_group(_events(language), group)
        return (found.upcoming() if upcoming else found.past())[:LISTED]

    return events


def organised(organisation, language):
    found = _events(language).filter(organisers__translation_key=organisation.translation_key)
    return found.distinct().order_by("-starts_at")[:LISTED]
