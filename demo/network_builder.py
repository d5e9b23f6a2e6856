"""Builds the demo's network spaces (network_content.py) with the project's factories, then
translates the general pages, listings, working groups and the header and footer with
wagtail-localize, as DemoTranslator does for stories and toolkits. Idempotent: pages are found
by slug under their parent, the header and footer by locale, logos by title."""

import datetime
import hashlib
import io

from django.core.files.base import ContentFile
from django.utils.html import escape
from PIL import Image, ImageDraw
from wagtail.models import Locale
from wagtail_localize.models import Translation, TranslationSource

from base import geography
from base.factories import ImageFactory
from campaigns.factories import CampaignIndexPageFactory, CampaignPageFactory, StatementPageFactory
from campaigns.models import CampaignIndexPage, CampaignPage, StatementPage
from demo import network_content as content
from demo import network_translations
from demo.booklets import Booklet, booklet_pdf
from events.factories import EventIndexPageFactory, EventPageFactory
from events.models import EventIndexPage, EventPage
from general.factories import GeneralPageFactory
from general.models import GeneralPage
from navigation.models import HeaderAndFooter
from organisations.factories import OrganisationIndexPageFactory, OrganisationPageFactory
from organisations.models import OrganisationIndexPage, OrganisationPage
from taxonomy.models import Sector, TargetGroup, Theme
from toolkits.factories import ToolkitDocumentFactory
from toolkits.models import ToolkitDocument, ToolkitPage
from workinggroups.factories import (
    WorkingGroupCoordinatorFactory,
    WorkingGroupIndexPageFactory,
    WorkingGroupPageFactory,
)
from workinggroups.models import WorkingGroupIndexPage, WorkingGroupPage

TERM_MODELS = {"Theme": Theme, "Sector": Sector, "TargetGroup": TargetGroup}
SECTION_MODELS = {
    "working-groups": (WorkingGroupIndexPage, WorkingGroupIndexPageFactory),
    "members": (OrganisationIndexPage, OrganisationIndexPageFactory),
    "events": (EventIndexPage, EventIndexPageFactory),
    "statements": (CampaignIndexPage, CampaignIndexPageFactory),
}


class NetworkBuilder:
    def __init__(self, builder):
        self.builder = builder  # DemoBuilder: progress lines, publishing, users, translator
        self.pages = {}  # slug -> English page, for menus and links

    # English ------------------------------------------------------------------------------

    def build(self, home, story_index, toolkit_index):
        b = self.builder
        b.write("Network: listings and general pages")
        self.pages.update(stories=story_index, toolkits=toolkit_index)
        for slug, texts in content.SECTIONS.items():
            model, page_factory = SECTION_MODELS[slug]
            title, introduction = texts["en"]
            self.pages[slug] = self.find_or_create(
                home, model, page_factory, slug, title=title, introduction=introduction
            )
        for slug, texts in content.GENERAL_PAGES.items():
            self.pages[slug] = self.find_or_create(
                home,
                GeneralPage,
                GeneralPageFactory,
                slug,
                **self.general_fields(slug, texts["en"]),
            )
        b.write("Network: working groups")
        for group in content.WORKING_GROUPS:
            self.pages[group.slug] = self.create_group(group)
        b.write("Network: organisations")
        for organisation in content.ORGANISATIONS:
            self.pages[organisation.slug] = self.create_organisation(organisation)
        self.add_coordinators()
        b.write("Network: events, statements and campaigns")
        for event in content.EVENTS:
            self.pages[event.slug] = self.create_event(event)
        for statement in content.STATEMENTS:
            self.pages[statement.slug] = self.create_statement(statement)
        for campaign in content.CAMPAIGNS:
            self.create_campaign(campaign)
        self.header_and_footer()
        self.calls_to_action(home)

    def find_or_create(self, parent, model, page_factory, slug, *, when=None, **fields):
        page = model.objects.child_of(parent).filter(slug=slug).first()
        if page is not None:
            self.builder.note("page", "found", page.title)
            return page
        page = page_factory(parent=parent, slug=slug, live=False, **fields)
        self.builder.publish(page, when or self.builder.now - datetime.timedelta(days=30))
        self.builder.note("page", "created", page.title)
        return page

    def general_fields(self, slug, text):
        blocks = [("paragraph", f"<p>{escape(paragraph)}</p>") for paragraph in text.paragraphs]
        if slug == "contact":
            blocks.append(("contact", dict(content.CONTACT)))
        return {
            "title": text.title,
            "introduction": text.introduction,
            "body": self.builder.stream(blocks, self.builder.rng("general", slug)),
        }

    def group_title(self, group, language):
        if group.titles:
            return group.titles[language]
        if group.continent:
            region = geography.region_name(group.continent, language)
            return content.REGIONAL_TITLE[language].format(region=region)
        model, slug = group.term
        return TERM_MODELS[model].objects.get(slug=slug, locale__language_code=language).name

    def group_texts(self, group, language):
        """(title, summary, mandate paragraphs) of a working group in `language`."""
        title = self.group_title(group, language)
        topic = title if not group.continent else geography.region_name(group.continent, language)
        opening = "regional" if group.continent else "arena"
        paragraphs = [content.MANDATE[opening][language]]
        if group.slug == "convergence":
            paragraphs.append(content.MANDATE["convergence"][language])
        paragraphs.append(content.MANDATE["group"][language].format(topic=topic))
        return title, content.SUMMARY[language].format(topic=topic), paragraphs

    def create_group(self, group):
        index = self.pages["working-groups"]
        title, summary, paragraphs = self.group_texts(group, "en")
        terms = {}
        if group.term:
            model, slug = group.term
            field = {"Theme": "themes", "Sector": "sectors", "TargetGroup": "target_groups"}[model]
            terms[field] = [TERM_MODELS[model].objects.get(slug=slug, locale=self.builder.locale)]
        return self.find_or_create(
            index,
            WorkingGroupPage,
            WorkingGroupPageFactory,
            group.slug,
            title=title,
            kind=group.kind,
            summary=summary,
            mandate="".join(f"<p>{escape(paragraph)}</p>" for paragraph in paragraphs),
            continent=group.continent,
            contact_email=f"{group.slug}@example.org",
            featured=group.slug in content.FEATURED_GROUPS,
            **terms,
        )

    def create_organisation(self, organisation):
        logo = self.logo(organisation) if organisation.logo else None
        return self.find_or_create(
            self.pages["members"],
            OrganisationPage,
            OrganisationPageFactory,
            organisation.slug,
            title=organisation.name,
            acronym=organisation.acronym,
            kind=organisation.kind,
            summary=organisation.summary,
            country=organisation.country,
            continent=organisation.continent,
            website=f"https://{organisation.slug}.example.org/",
            member_since=organisation.member_since,
            logo=logo,
            logo_alt_text=f"{organisation.acronym} in white letters in a circle" if logo else "",
            working_groups=[self.pages[slug] for slug in organisation.groups],
        )

    def logo(self, organisation):
        """A generated logo: the acronym in white letters in a circle of the organisation's
        colour."""
        from wagtail.images import get_image_model

        title = f"Logo of {organisation.acronym} (demo)"
        image = get_image_model().objects.filter(title=title).first()
        if image is not None:
            return image
        picture = Image.new("RGB", (240, 240), "white")
        draw = ImageDraw.Draw(picture)
        draw.ellipse((8, 8, 232, 232), fill=organisation.logo)
        draw.text((120, 120), organisation.acronym, fill="white", anchor="mm", font_size=48)
        data = io.BytesIO()
        picture.save(data, "PNG")
        image = ImageFactory(
            title=title,
            description=f"{organisation.acronym} in white letters in a circle",
            file=ContentFile(data.getvalue(), name=f"logo-{organisation.slug}.png"),
            file_size=len(data.getvalue()),
            file_hash=hashlib.sha1(data.getvalue()).hexdigest(),
        )
        self.builder.saved_files.append(image.file.name)
        self.builder.tally["image", "created"] += 1
        return image

    def add_coordinators(self):
        people = iter(content.COORDINATORS)
        members = {}
        for organisation in content.ORGANISATIONS:
            for slug in organisation.groups:
                members.setdefault(slug, []).append(organisation.slug)
        for group in content.WORKING_GROUPS:
            page = self.pages[group.slug]
            if page.coordinators.exists():
                continue
            for order, organisation in enumerate(members.get(group.slug, [])[:2]):
                WorkingGroupCoordinatorFactory(
                    page=page,
                    name=next(people),
                    role=content.COORDINATOR_ROLES["en"],
                    organisation=self.pages[organisation],
                    sort_order=order,
                )
            self.builder.publish(page, page.last_published_at)

    def create_event(self, event):
        start = self.builder.now.date() + datetime.timedelta(days=event.days_from_now)
        times = [datetime.time.fromisoformat(value) for value in event.hours] or [None, None]
        return self.find_or_create(
            self.pages["events"],
            EventPage,
            EventPageFactory,
            event.slug,
            when=self.builder.now + datetime.timedelta(days=min(event.days_from_now, 0) - 40),
            title=event.title,
            summary=event.summary,
            arena=event.arena,
            arena_name=event.arena_name,
            start_date=start,
            end_date=start + datetime.timedelta(days=event.length_days)
            if event.length_days
            else None,
            start_time=times[0],
            end_time=times[1],
            time_zone=event.time_zone,
            place=event.place,
            country=event.country,
            online_url=f"https://meet.example.org/{event.slug}" if event.online else "",
            registration_url=f"https://events.example.org/{event.slug}/register",
            working_groups=[self.pages[slug] for slug in event.groups],
            organisers=[self.pages[slug] for slug in event.organisers],
        )

    def create_statement(self, statement):
        date = self.builder.now.date() + datetime.timedelta(days=statement.days_from_now)
        return self.find_or_create(
            self.pages["statements"],
            StatementPage,
            StatementPageFactory,
            statement.slug,
            when=self.builder.now + datetime.timedelta(days=statement.days_from_now),
            title=statement.title,
            summary=statement.summary,
            date=date,
            arena_name=statement.arena_name,
            event=self.pages.get(statement.event),
            body="".join(f"<p>{escape(paragraph)}</p>" for paragraph in statement.paragraphs),
            file=self.statement_file(statement, date),
            signatories=[self.pages[slug] for slug in statement.signatories],
            working_groups=[self.pages[slug] for slug in statement.groups],
        )

    def statement_file(self, statement, date):
        title = f"{statement.title} (signed statement)"
        document = ToolkitDocument.objects.filter(title=title).first()
        if document is not None:
            return document
        booklet = Booklet(
            title=statement.title,
            language="en",
            toolkit_type="campaign-kit",
            publisher=content.SITE_NAMES["en"],
            year=date.year,
            licence="CC BY 4.0",
            sections=tuple(("", paragraph) for paragraph in statement.paragraphs),
        )
        document = ToolkitDocumentFactory(
            title=title, file=ContentFile(booklet_pdf(booklet), name=f"{statement.slug}.pdf")
        )
        self.builder.saved_files.append(document.file.name)
        self.builder.tally["document", "created"] += 1
        return document

    def create_campaign(self, campaign):
        field, slug = campaign.toolkit_terms
        toolkits = ToolkitPage.objects.filter(
            locale=self.builder.locale, **{f"{field}__slug": slug}
        )
        return self.find_or_create(
            self.pages["statements"],
            CampaignPage,
            CampaignPageFactory,
            campaign.slug,
            title=campaign.title,
            summary=campaign.summary,
            body="".join(f"<p>{escape(paragraph)}</p>" for paragraph in campaign.paragraphs),
            events=[self.pages[slug] for slug in campaign.events],
            statements=[self.pages[slug] for slug in campaign.statements],
            toolkits=list(toolkits.order_by("pk")[:3]),
            working_groups=[self.pages[slug] for slug in campaign.groups],
        )

    def links(self, menu, index, rng):
        return self.builder.stream(
            [
                ("link", {"label": labels[index], "page": self.pages[slug].pk, "url": ""})
                for labels, slug in menu
            ],
            rng,
        )

    def header_and_footer(self):
        found = HeaderAndFooter.objects.filter(locale=self.builder.locale).first()
        if found is not None:
            self.builder.note("snippet", "found", str(found))
            return
        rng = self.builder.rng("header-and-footer")
        frame = HeaderAndFooter.objects.create(
            locale=self.builder.locale,
            site_name=content.SITE_NAMES["en"],
            main_menu=self.links(content.MAIN_MENU, 0, rng),
            footer_text=content.FOOTER_TEXTS["en"],
            footer_menu=self.links(content.FOOTER_MENU, 0, rng),
        )
        self.builder.note("snippet", "created", str(frame))

    def calls_to_action(self, home):
        if home.calls_to_action:
            return
        blocks = [
            (
                "call_to_action",
                {
                    "label": texts["en"][0],
                    "description": texts["en"][1],
                    "page": self.pages[slug].pk,
                    "url": "",
                },
            )
            for texts, slug in content.CALLS_TO_ACTION
        ]
        home.calls_to_action = self.builder.stream(blocks, self.builder.rng("home", "actions"))
        self.builder.publish(home, home.last_published_at or self.builder.now)
        self.builder.note("page", "updated", f"{home.title} (calls to action)")

    # Translations ------------------------------------------------------------------------

    def translate(self):
        translator = self.builder.translator
        for language in content.LANGUAGES[1:]:
            locale = Locale.objects.get(language_code=language)
            user = self.translator_user(language)
            self.builder.write(f"Network translations: {language}")
            for slug, texts in content.SECTIONS.items():
                page = self.pages[slug]
                title, introduction = texts[language]
                strings = {page.slug: page.slug, page.title: title, page.introduction: introduction}
                translator.translate_page(page, locale, strings, user, kind="listing")
            for slug, texts in content.GENERAL_PAGES.items():
                english, translated = texts["en"], texts[language]
                strings = {
                    slug: slug,
                    english.title: translated.title,
                    english.introduction: translated.introduction,
                    content.CONTACT["heading"]: content.CONTACT_HEADINGS[language],
                }
                strings.update(zip(english.paragraphs, translated.paragraphs, strict=True))
                # The secretariat's email, phone and address read the same in every language.
                strings.update(
                    (value, value) for key, value in content.CONTACT.items() if key != "heading"
                )
                translator.translate_page(self.pages[slug], locale, strings, user, kind="general")
            for group in content.WORKING_GROUPS:
                english = self.group_texts(group, "en")
                translated = self.group_texts(group, language)
                strings = {
                    group.slug: group.slug,
                    english[0]: translated[0],
                    english[1]: translated[1],
                    content.COORDINATOR_ROLES["en"]: content.COORDINATOR_ROLES[language],
                }
                strings.update(zip(english[2], translated[2], strict=True))
                translator.translate_page(
                    self.pages[group.slug], locale, strings, user, kind="group"
                )
            self.translate_organisations_and_events(locale, user)
            self.translate_header_and_footer(locale, user)

    def translate_organisations_and_events(self, locale, user):
        """Some organisations and events (network_translations.py); the others stay English."""
        language = locale.language_code
        translate_page = self.builder.translator.translate_page
        for slug, summaries in network_translations.ORGANISATION_SUMMARIES.items():
            page = self.pages[slug]
            strings = {slug: slug, page.summary: summaries[language], page.website: page.website}
            if page.logo_alt_text:
                description = network_translations.LOGO_DESCRIPTIONS[language]
                strings[page.logo_alt_text] = description.format(acronym=page.acronym)
            translate_page(page, locale, strings, user, kind="organisation")
        for slug, texts in network_translations.EVENT_TEXTS.items():
            page = self.pages[slug]
            title, summary, arena = texts[language]
            strings = {slug: slug, page.title: title, page.summary: summary}
            strings |= {page.arena_name: arena} if page.arena_name else {}
            # A place's name, and the links, read the same in every language.
            for same in (page.place, page.online_url, page.registration_url):
                strings[same] = same
            translate_page(page, locale, strings, user, kind="event")

    def translator_user(self, language):
        from django.contrib.auth import get_user_model

        from demo.translator import TRANSLATOR_USERS

        username = TRANSLATOR_USERS.get(language, ("",))[0]
        return get_user_model().objects.filter(username=username).first()

    def translate_header_and_footer(self, locale, user):
        source_frame = HeaderAndFooter.objects.get(locale=self.builder.locale)
        if HeaderAndFooter.objects.filter(
            translation_key=source_frame.translation_key, locale=locale
        ).exists():
            return
        index = content.LANGUAGES.index(locale.language_code)
        strings = {
            content.SITE_NAMES["en"]: content.SITE_NAMES[locale.language_code],
            content.FOOTER_TEXTS["en"]: content.FOOTER_TEXTS[locale.language_code],
        }
        for labels, _slug in content.MAIN_MENU + content.FOOTER_MENU:
            strings[labels[0]] = labels[index]
        source, _created = TranslationSource.update_or_create_from_instance(source_frame)
        translation, _created = Translation.objects.get_or_create(
            source=source, target_locale=locale, defaults={"enabled": True}
        )
        self.builder.translator.record_strings(source, locale, strings, user)
        translation.save_target(user=user)
        self.builder.note(locale.language_code, "created", "header and footer")
