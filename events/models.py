"""Events and advocacy arenas: UN forums and climate conferences, regional forums, webinars,
campaign days. Each has a start and end in its own time zone, a place or an online link, the
working groups taking part and the positions and documents brought there; the listing shows
what is coming and what is past, and both offer iCalendar files (events/calendar.py).
"""

import datetime
import zoneinfo
from functools import cache

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.blocks import CharBlock, StructBlock
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.fields import StreamField
from wagtail.models import PageManager
from wagtail.search import index

from base.blocks import BodyBlock
from base.models import ClassifiedPageQuerySet, SitePage
from base.section_pages import SectionIndexPage, working_groups_field
from search.documents import streamfield_text
from search.registry import SearchContent

PAST_SHOWN = 30


class Arena(models.TextChoices):
    INTERNATIONAL = "international", _("International arena")
    REGIONAL_FORUM = "regional-forum", _("Regional forum")
    WEBINAR = "webinar", _("Webinar")
    CAMPAIGN_DAY = "campaign-day", _("Campaign day")
    NETWORK_MEETING = "network-meeting", _("Network meeting")


@cache
def time_zone_choices():
    return [(name, name.replace("_", " ")) for name in sorted(zoneinfo.available_timezones())]


class DocumentBlock(StructBlock):
    """A position paper or document the network brings to the event."""

    document = DocumentChooserBlock(label=_("document"))
    label = CharBlock(label=_("label"), max_length=200, required=False)

    class Meta:
        icon = "doc-full"
        label = _("document")
        template = "blocks/document_block.html"


class EventBodyBlock(BodyBlock):
    document = DocumentBlock()


class EventPageQuerySet(ClassifiedPageQuerySet):
    def upcoming(self, now=None):
        return self.filter(ends_at__gte=now or timezone.now()).order_by("starts_at", "pk")

    def past(self, now=None):
        return self.filter(ends_at__lt=now or timezone.now()).order_by("-starts_at", "-pk")


class EventPage(RoutablePageMixin, SitePage):
    card_template = "components/event_card.html"
    objects = PageManager.from_queryset(EventPageQuerySet)()
    card_select_related = ["locale"]
    card_prefetch_related = []

    summary = models.TextField(_("summary"), max_length=600)
    arena = models.CharField(_("kind of arena"), max_length=20, choices=Arena.choices)
    arena_name = models.CharField(
        _("arena"),
        max_length=200,
        blank=True,
        help_text=_("E.g. “UN High-Level Political Forum”, “COP30”, “Africa SSE Forum”."),
    )
    # What the editor typed, in the event's own time zone; starts_at/ends_at follow from them.
    start_date = models.DateField(_("start date"))
    start_time = models.TimeField(_("start time"), null=True, blank=True)
    end_date = models.DateField(_("end date"), null=True, blank=True)
    end_time = models.TimeField(_("end time"), null=True, blank=True)
    time_zone = models.CharField(
        _("time zone"),
        max_length=64,
        choices=time_zone_choices,
        default="UTC",
        help_text=_("Where the times above are read: the place's, or the organisers' online."),
    )
    starts_at = models.DateTimeField(editable=False, db_index=True)
    ends_at = models.DateTimeField(editable=False, db_index=True)
    place = models.CharField(_("place"), max_length=200, blank=True)
    country = CountryField(_("country"), blank=True)
    online_url = models.URLField(_("online link"), blank=True)
    registration_url = models.URLField(_("registration link"), blank=True)
    working_groups = working_groups_field()
    organisers = ParentalManyToManyField(
        "organisations.OrganisationPage",
        blank=True,
        related_name="+",
        verbose_name=_("organisers"),
    )
    body = StreamField(
        EventBodyBlock(),
        verbose_name=_("positions and documents"),
        blank=True,
        help_text=_("What the network brings there: positions, toolkits, documents."),
    )

    content_panels = SitePage.content_panels + [
        FieldRowPanel([FieldPanel("arena"), FieldPanel("arena_name")]),
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("start_date"), FieldPanel("start_time")]),
                FieldRowPanel([FieldPanel("end_date"), FieldPanel("end_time")]),
                FieldPanel("time_zone"),
            ],
            heading=_("When"),
            help_text=_("No times: the event lasts whole days."),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("place"), FieldPanel("country")]),
                FieldPanel("online_url"),
                FieldPanel("registration_url"),
            ],
            heading=_("Where"),
        ),
        FieldPanel("working_groups", widget=forms.CheckboxSelectMultiple),
        FieldPanel("organisers"),
        FieldPanel("body"),
    ]
    search_fields = SitePage.search_fields + [
        index.SearchField("summary"),
        index.SearchField("arena_name"),
        index.SearchField("place"),
        index.SearchField("body"),
        index.FilterField("starts_at"),
    ]
    # Shows no story: a story's publish leaves its cached pages true
    # (caching/dependencies.py).
    cache_independent_of = ["stories.storypage"]
    parent_page_types = ["events.EventIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")

    @property
    def zone(self):
        try:
            return zoneinfo.ZoneInfo(self.time_zone)
        except (zoneinfo.ZoneInfoNotFoundError, ValueError):
            return datetime.UTC

    @property
    def all_day(self):
        return self.start_time is None

    def local_start(self):
        """The start in the event's time zone (a date when the event lasts whole days)."""
        if self.all_day:
            return self.start_date
        return datetime.datetime.combine(self.start_date, self.start_time, self.zone)

    def local_end(self):
        """The end in the event's time zone; for whole days, the last day (inclusive)."""
        end_date = self.end_date or self.start_date
        if self.all_day:
            return end_date
        return datetime.datetime.combine(end_date, self.end_time or self.start_time, self.zone)

    def clean(self):
        super().clean()
        if self.time_zone not in dict(time_zone_choices()):
            raise ValidationError({"time_zone": _("Choose a time zone from the list.")})
        if self.end_time and not self.start_time:
            raise ValidationError(
                {"start_time": _("An event with an end time needs a start time.")}
            )
        if self.end_date and self.end_date < self.start_date:
            raise ValidationError({"end_date": _("The event cannot end before it starts.")})
        if self.start_date and self.start_time and self.local_end() < self.local_start():
            raise ValidationError({"end_time": _("The event cannot end before it starts.")})

    def save(self, *args, **kwargs):
        if self.all_day:
            start = datetime.datetime.combine(self.local_start(), datetime.time.min, self.zone)
            end = datetime.datetime.combine(self.local_end(), datetime.time.max, self.zone)
        else:
            start, end = self.local_start(), self.local_end()
        self.starts_at, self.ends_at = start.astimezone(datetime.UTC), end.astimezone(datetime.UTC)
        super().save(*args, **kwargs)

    @property
    def country_codes(self):
        return [self.country.code] if self.country else []

    def search_content(self):
        """Found by its arena, place and documents; `newest` orders events by their start."""
        return SearchContent(
            body=" ".join(
                [str(self.arena_label), self.arena_name, self.place, streamfield_text(self, "body")]
            ),
            published=self.start_date.isoformat(),
            facets={"year": [str(self.start_date.year)]},
        )

    # Structured data (seo/) and open data (opendata/).
    schema_org_type = "Event"
    open_data_dataset = "events"
    open_data_columns = (
        "starts_at",
        "ends_at",
        "time_zone",
        "arena",
        "arena_name",
        "place",
        "country",
        "online_url",
        "registration_url",
        "working_groups",
        "organisers",
    )

    @classmethod
    def open_data_queryset(cls, pages):
        return pages.prefetch_related("working_groups", "organisers")

    def open_data_values(self, base_url):
        """Times in UTC (ISO 8601); working groups and organisers by their translation key,
        the `id` of their own datasets."""
        values = {name: getattr(self, name) for name in self.open_data_columns[:-2]}
        values["country"] = self.country.code if self.country else ""
        for name in ("working_groups", "organisers"):
            values[name] = sorted(str(page.translation_key) for page in getattr(self, name).all())
        return values

    def schema_org_properties(self, request, address):
        """schema.org's Event: start and end with their offset, where (a place, online or
        both), its organisers."""
        places = []
        if self.place or self.country:
            place = {"@type": "Place", "name": self.place or str(self.country.name)}
            if self.country:
                place["address"] = {"@type": "PostalAddress", "addressCountry": self.country.code}
            places.append(place)
        if self.online_url:
            places.append({"@type": "VirtualLocation", "url": self.online_url})
        mode = {
            (True, False): "OfflineEventAttendanceMode",
            (False, True): "OnlineEventAttendanceMode",
            (True, True): "MixedEventAttendanceMode",
        }.get((bool(self.place or self.country), bool(self.online_url)))
        properties = {
            "startDate": self.local_start().isoformat(),
            "endDate": self.local_end().isoformat(),
            "eventStatus": "https://schema.org/EventScheduled",
            "location": places[0] if len(places) == 1 else places,
            "organizer": [
                {
                    "@type": "Organization",
                    "name": organiser.title,
                    "url": address(organiser.get_url(request)),
                }
                for organiser in self.organisers.live().public().order_by("title")
            ],
        }
        if mode:
            properties["eventAttendanceMode"] = f"https://schema.org/{mode}"
        if self.registration_url:
            properties["offers"] = {"@type": "Offer", "url": self.registration_url}
        return properties

    @property
    def is_past(self):
        return self.ends_at < timezone.now()

    @property
    def arena_label(self):
        return Arena(self.arena).label if self.arena else ""

    def get_context(self, request, *args, **kwargs):
        from base.languages import visitor_versions

        context = super().get_context(request, *args, **kwargs)
        language = self.locale.language_code
        context["groups"] = lambda: list(
            visitor_versions(self.working_groups.live().order_by("title"), language).values()
        )
        context["organisers_list"] = lambda: list(
            visitor_versions(self.organisers.live().order_by("title"), language).values()
        )
        return context

    @path("")
    def event(self, request):
        return self.render(request)

    @path("calendar/", name="calendar")
    def calendar(self, request):
        from events.calendar import calendar_response

        return calendar_response([self], self.slug, self.title, request)


class EventIndexPage(RoutablePageMixin, SectionIndexPage):
    listed_kind = "event"  # followed by the feed of this kind (feeds/)
    feed_follows_filters = False
    # Shows no story: a story's publish leaves its cached pages true
    # (caching/dependencies.py).
    cache_independent_of = ["stories.storypage"]
    subpage_types = ["events.EventPage"]

    class Meta:
        verbose_name = _("event listing")

    def events(self):
        """One version of every event under any language's listing, in this page's language."""
        return self.pages_in_every_language(EventPage).for_listing()

    @path("")
    def listing(self, request):
        return self.render(
            request,
            context_overrides={
                "upcoming": list(self.events().upcoming()),
                "past": list(self.events().past()[:PAST_SHOWN]),
            },
        )

    @path("calendar/", name="calendar")
    def calendar(self, request):
        from events.calendar import calendar_response

        return calendar_response(self.events().order_by("starts_at"), "events", self.title, request)

    @path("calendar/<slug:group>/", name="group_calendar")
    def group_calendar(self, request, group):
        from django.http import Http404

        from base.section_pages import named_group
        from events.calendar import calendar_response

        groups = EventPage._meta.get_field("working_groups").related_model
        found = groups.objects.filter(slug=group).live().first()
        if found is None:
            raise Http404
        events = named_group(self.events(), found).order_by("starts_at")
        return calendar_response(events, f"events-{group}", f"{self.title}: {found.title}", request)
