"""Builds the demo site from the project's factories, creating only what is missing.

Pages are found by slug under their parent, documents and images by title, users by username,
so a second run creates nothing. Every page is published through a revision, as an editor would,
with publication dates spread over the years the content describes. The English site is then
translated into French, Spanish and Portuguese (translator.py), leaving out on purpose the pages
translations.py names.
"""

import datetime
import hashlib
import random
import uuid
from collections import Counter

import factory
import factory.random
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.management.base import CommandError
from django.utils import timezone
from django.utils.html import escape
from wagtail.images import get_image_model
from wagtail.models import Locale, Page, PageLogEntry, Revision, Site

from base.bulk_changes import page_changes_held
from base.factories import ImageFactory
from demo.booklets import (
    COVER_LABELS,
    SHARED_SECTIONS,
    Booklet,
    booklet_docx,
    booklet_pdf,
)
from demo.content_checks import document_title, image_title
from demo.contribution_builder import adapt_toolkits, build_members
from demo.glossary_definitions import fill_glossary_definitions
from demo.illustrations import draw_illustration
from demo.network_builder import NetworkBuilder
from demo.policy_content import build_policies, translate_policies
from demo.story_content import STORIES
from demo.toolkit_content import TOOLKITS
from demo.translator import DemoTranslator
from home.factories import HomePageFactory
from home.models import HomeFeaturedStory, HomeFeaturedToolkit, HomePage
from stories.factories import StoryIndexPageFactory, StoryPageFactory, StoryRelatedToolkitFactory
from stories.models import StoryIndexPage, StoryPage
from taxonomy.models import Sector, TargetGroup, Theme, WorkAxis
from toolkits.factories import (
    ToolkitDocumentFactory,
    ToolkitFileFactory,
    ToolkitIndexPageFactory,
    ToolkitPageFactory,
)
from toolkits.models import Licence, ToolkitDocument, ToolkitIndexPage, ToolkitPage

FEATURED_COUNT = 3
SITE_OPENED = datetime.datetime(2019, 1, 1, 9, 0, tzinfo=datetime.UTC)
WELCOME_TITLE = "Welcome to your new Wagtail site!"

HOME_INTRODUCTION = (
    "<p>The <b>SSE Policy Exchange</b> gathers stories of local Social and Solidarity Economy "
    "work and the advocacy toolkits behind it, so that networks on every continent can learn "
    "from each other and co-construct public policy with their governments.</p>"
    "<p><i>This is demonstration content: the organisations, people, quotes and figures are "
    "fictional; the places and the kinds of work are real.</i></p>"
)

USERS = (
    # username, Wagtail group (None: superuser), full name
    ("admin", None, "Demo administrator"),
    ("editor", "Editors", "Demo editor"),
    ("moderator", "Moderators", "Demo moderator"),
)

KEY_FIGURE_HEADINGS = ("In figures", "At a glance", "The numbers", "")


class ToolkitBookletFactory(ToolkitDocumentFactory):
    """A toolkit document whose file is a booklet: a cover page, then a page per section."""

    class Params:
        booklet = None
        filename = "toolkit"

    @factory.lazy_attribute
    def file(self):
        if self.docx:
            return ContentFile(booklet_docx(self.booklet), name=f"{self.filename}.docx")
        return ContentFile(booklet_pdf(self.booklet), name=f"{self.filename}.pdf")


class DemoBuilder:
    def __init__(self, *, seed, password=None, write=print):
        """`password` None skips the demo users; `write` receives one line per step."""
        self.seed = seed
        self.password = password
        self.write = write
        self.tally = Counter()  # (kind, "created" | "found" | ...) -> count
        self.saved_files = []  # storage names, to remove if the transaction is rolled back
        self.user = None
        self.locale = Locale.get_default()
        self.now = timezone.now()
        self.translator = DemoTranslator(self, HOME_INTRODUCTION)

    def rng(self, *keys):
        """A random generator of its own for each item, so that an item looks the same
        whether or not the items before it were created in this run."""
        return random.Random(":".join(str(key) for key in (self.seed, *keys)))

    def note(self, kind, outcome, label, position=None, detail=""):
        self.tally[kind, outcome] += 1
        counter = f"[{position[0]:>2}/{position[1]}] " if position else ""
        detail = f" ({detail})" if detail else ""
        self.write(f"  {counter}{kind:<8} {outcome:<8} {label}{detail}")

    def build(self):
        # A page is published several times during the build (each translation publishes its
        # original's language list again): the search and the open data follow the finished
        # site once, at the end, rather than after every publication.
        with page_changes_held():
            self.build_everything()

    def build_everything(self):
        factory.random.reseed_random(self.seed)
        self.terms = {
            model: {term.slug: term for term in model.objects.filter(locale=self.locale)}
            for model in (WorkAxis, Theme, Sector, TargetGroup)
        }
        if self.password is not None:
            self.write("Users")
            self.create_users()
        self.write("Site")
        home, home_created = self.create_home()
        story_index = self.create_index(home, StoryIndexPage, StoryIndexPageFactory, "stories")
        toolkit_index = self.create_index(
            home, ToolkitIndexPage, ToolkitIndexPageFactory, "toolkits"
        )
        self.write("Toolkits")
        toolkits = {}
        for number, content in enumerate(TOOLKITS, 1):
            toolkits[content.slug] = self.create_toolkit(
                toolkit_index, content, (number, len(TOOLKITS))
            )
        self.write("Stories")
        stories = {}
        for number, content in enumerate(STORIES, 1):
            stories[content.slug] = self.create_story(
                story_index, content, toolkits, (number, len(STORIES))
            )
        self.write("Public policies and the atlas")
        policy_index, country_index, policies = build_policies(self, home, toolkits, stories)
        self.write("Home page")
        self.feature_on_home(home, home_created, stories, toolkits)
        network = NetworkBuilder(self)
        network.pages.update(policies=policy_index, countries=country_index)
        network.build(home, story_index, toolkit_index)
        # After the English site is complete: a translation copies the featured pages too.
        self.translator.translate(home, story_index, toolkit_index, stories, toolkits)
        translate_policies(self, policy_index, country_index, policies)
        network.translate()
        self.write("Journeys of the toolkits, members and their contributions")
        adapt_toolkits(self, toolkits)
        build_members(self)
        self.write("Glossary definitions in French, Spanish and Portuguese")
        fill_glossary_definitions(self)

    # Users

    def create_users(self):
        for username, group_name, full_name in USERS:
            user = self.create_user(username, group_name, full_name)
            if group_name is None:
                self.user = user

    def create_user(self, username, group_name, full_name):
        """Find or create a demo user, a superuser when `group_name` is None."""
        User = get_user_model()
        user = User.objects.filter(username=username).first()
        outcome = "found"
        if user is None:
            outcome = "created"
            email = f"{username}@example.org"
            if group_name is None:
                user = User.objects.create_superuser(username, email, self.password)
            else:
                user = User.objects.create_user(username, email, self.password)
            user.first_name, user.last_name = full_name.split(" ", 1)
            user.save(update_fields=["first_name", "last_name"])
        elif not user.check_password(self.password):
            outcome = "updated"  # DEMO_ADMIN_PASSWORD changed since the last run
            user.set_password(self.password)
            user.save(update_fields=["password"])
        if group_name:
            group = Group.objects.filter(name=group_name).first()
            if group is None:
                raise CommandError(f"The {group_name!r} group is missing.")
            user.groups.add(group)
        self.note("user", outcome, username, detail=group_name or "superuser")
        return user

    # Site and listing pages

    def create_home(self):
        root = Page.get_first_root_node()
        home = HomePage.objects.child_of(root).filter(slug="home").first()
        home = home or HomePage.objects.child_of(root).first()
        site = Site.objects.filter(is_default_site=True).first()
        welcome_pages = [
            page
            for page in Page.objects.child_of(root).filter(title=WELCOME_TITLE, numchild=0)
            if page.specific_class is Page
        ]
        if site and site.root_page_id not in {home and home.pk, *(p.pk for p in welcome_pages)}:
            raise CommandError(
                f"The default site's root page is {site.root_page.title!r}, neither a home page "
                "nor Wagtail's welcome page; load_demo will not replace it."
            )
        if site and home is None:
            site.root_page = root  # for a moment, so that deleting the welcome page keeps the site
            site.save()
        for page in welcome_pages:
            page.delete()
            self.note("page", "deleted", f"Wagtail's welcome page (id {page.pk})")
        created = home is None
        if created:
            home = HomePageFactory(
                parent=root, slug="home", live=False, introduction=HOME_INTRODUCTION
            )
        self.note("page", "created" if created else "found", f"{home.title} (home page)")
        if site is None:
            site = Site.objects.create(
                hostname="localhost", port=80, is_default_site=True, root_page=home
            )
        site.root_page = home
        site.site_name = settings.WAGTAIL_SITE_NAME
        site.save()
        return home, created

    def create_index(self, home, model, page_factory, slug):
        page = model.objects.child_of(home).filter(slug=slug).first()
        if page:
            self.note("page", "found", f"{page.title} (/{slug}/)")
            return page
        page = page_factory(parent=home, slug=slug, live=False)
        self.publish(page, SITE_OPENED)
        self.note("page", "created", f"{page.title} (/{slug}/)")
        return page

    # Toolkits

    def create_toolkit(self, index, content, position):
        page = ToolkitPage.objects.child_of(index).filter(slug=content.slug).first()
        if page:
            self.note("toolkit", "found", content.title, position)
            return page
        rng = self.rng("toolkit", content.slug)
        # Every language version carries the same sections, as translations do; how many of
        # the network's shared sections follow the toolkit's own varies between toolkits.
        shared = sorted(rng.sample(range(len(SHARED_SECTIONS["en"])), rng.randint(0, 5)))
        documents = [self.document(content, file, shared) for file in content.files]
        page = ToolkitPageFactory(
            parent=index,
            live=False,
            files=None,  # added below, one per language version
            slug=content.slug,
            title=content.title,
            summary=content.summary,
            description=self.toolkit_description(content, rng),
            toolkit_type=content.toolkit_type,
            countries=list(content.countries),
            is_international=content.is_international,
            government_level=content.government_level,
            publisher=content.publisher,
            year=content.year,
            licence=content.licence,
            work_axis=self.terms[WorkAxis][content.work_axis],
            themes=[self.terms[Theme][slug] for slug in content.themes],
            sectors=[self.terms[Sector][slug] for slug in content.sectors],
            target_groups=[self.terms[TargetGroup][slug] for slug in content.target_groups],
        )
        for order, (file, document) in enumerate(zip(content.files, documents, strict=True)):
            ToolkitFileFactory(
                page=page,
                document=document,
                language=file.language,
                label=file.label,
                sort_order=order,
            )
        published = datetime.datetime(content.year, 1, 1, 10, tzinfo=datetime.UTC)
        self.publish(page, published + datetime.timedelta(days=rng.randint(0, 330)))
        files = ", ".join(
            f"{file.language} {document.file_extension}"
            + (f" {document.page_count} p." if document.page_count else "")
            for file, document in zip(content.files, documents, strict=True)
        )
        self.note("toolkit", "created", content.title, position, files)
        return page

    def document(self, content, file, shared):
        title = document_title(content, file)
        document = ToolkitDocument.objects.filter(title=title).first()
        if document:
            self.tally["document", "found"] += 1
            return document
        text = content.texts[file.language]
        booklet = Booklet(
            title=text.title,
            language=file.language,
            toolkit_type=content.toolkit_type,
            publisher=content.publisher,
            year=content.year,
            licence=COVER_LABELS[file.language].get(content.licence)
            or str(Licence(content.licence).label),
            sections=text.sections + tuple(SHARED_SECTIONS[file.language][i] for i in shared),
        )
        document = ToolkitBookletFactory(
            title=title,
            booklet=booklet,
            docx=file.format == "docx",
            filename=f"{content.slug}-{file.language}",
        )
        self.saved_files.append(document.file.name)
        self.tally["document", "created"] += 1
        return document

    def toolkit_description(self, content, rng):
        language = "en" if "en" in content.texts else next(iter(content.texts))
        headings = "".join(
            f"<li>{escape(heading)}</li>" for heading, _text in content.texts[language].sections
        )
        blocks = [
            ("paragraph", f"<p>{escape(content.description)}</p>"),
            ("heading", {"text": "What's inside", "level": "h2"}),
            ("paragraph", f"<p>Among the sections:</p><ul>{headings}</ul>"),
        ]
        return self.stream(blocks, rng)

    # Stories

    def create_story(self, index, content, toolkits, position):
        page = StoryPage.objects.child_of(index).filter(slug=content.slug).first()
        if page:
            self.note("story", "found", content.title, position)
            return page
        rng = self.rng("story", content.slug)
        hero = self.image(content, *content.hero, role="cover")
        figure = self.image(content, *content.figure, role="figure") if content.figure else None
        page = StoryPageFactory(
            parent=index,
            live=False,
            slug=content.slug,
            title=content.title,
            summary=content.summary,
            hero_image=hero,
            body=self.story_body(content, figure, toolkits, rng),
            country=content.country,
            locality=content.locality,
            organisation=content.organisation,
            date=content.date,
            work_axis=self.terms[WorkAxis][content.work_axis],
            themes=[self.terms[Theme][slug] for slug in content.themes],
            sectors=[self.terms[Sector][slug] for slug in content.sectors],
            target_groups=[self.terms[TargetGroup][slug] for slug in content.target_groups],
        )
        for order, slug in enumerate(content.toolkits):
            StoryRelatedToolkitFactory(page=page, toolkit=toolkits[slug], sort_order=order)
        published = datetime.datetime.combine(
            content.date, datetime.time(rng.randint(8, 17), rng.choice((0, 15, 30, 45)))
        ).replace(tzinfo=datetime.UTC)
        self.publish(page, published + datetime.timedelta(days=rng.randint(3, 40)))
        self.note(
            "story", "created", content.title, position, f"{content.locality}, {content.country}"
        )
        return page

    def image(self, content, scene, palette, role):
        """A generated illustration; its description, used as alt text, says what it shows."""
        title = image_title(content, scene, palette, role)
        Image = get_image_model()
        image = Image.objects.filter(title=title).first()
        if image:
            self.tally["image", "found"] += 1
            return image
        drawing = draw_illustration(scene, palette, self.rng("image", title))
        image = ImageFactory(
            title=title,
            description=f"Illustration: {drawing.description}"[:255],
            file=ContentFile(drawing.jpeg, name=f"{content.slug}-{scene}-{palette}.jpg"),
            file_size=len(drawing.jpeg),
            file_hash=hashlib.sha1(drawing.jpeg).hexdigest(),
        )
        self.saved_files.append(image.file.name)
        self.tally["image", "created"] += 1
        return image

    def story_body(self, content, figure, toolkits, rng):
        (first_heading, first_text), (second_heading, second_text) = content.sections
        quote_words, who, role = content.quote
        quote = ("quote", {"quote": quote_words, "attribution": who, "role": role})
        ids = self.rng("story", content.slug, "figures")
        key_figures = (
            "key_figures",
            {
                "heading": rng.choice(KEY_FIGURE_HEADINGS),
                # In block format, with ids of their own, so that wagtail-localize translates
                # them (it skips list items stored the older way, as bare values).
                "figures": [
                    {
                        "type": "item",
                        "value": {"value": value, "label": label},
                        "id": self.block_id(ids),
                    }
                    for value, label in content.figures
                ],
            },
        )
        blocks = [("paragraph", f"<p>{escape(content.introduction)}</p>")]
        if rng.random() < 0.3:
            blocks.append(key_figures)
        blocks += [
            ("heading", {"text": first_heading, "level": "h2"}),
            ("paragraph", f"<p>{escape(first_text)}</p>"),
        ]
        if figure:
            blocks.append(
                (
                    "image",
                    {
                        "image": {
                            "image": figure.pk,
                            "alt_text": figure.description,
                            "decorative": False,
                        },
                        "caption": content.caption,
                        "credit": "SSE Policy Exchange (generated illustration)",
                    },
                )
            )
        quote_first = rng.random() < 0.6
        if quote_first:
            blocks.append(quote)
        blocks += [
            ("heading", {"text": second_heading, "level": "h2"}),
            ("paragraph", f"<p>{escape(second_text)}</p>"),
        ]
        if not quote_first:
            blocks.append(quote)
        if key_figures not in blocks:
            blocks.append(key_figures)
        toolkit = toolkits[content.toolkits[0]]
        blocks.append(("toolkit", {"toolkit": toolkit.pk, "note": content.toolkit_note}))
        return self.stream(blocks, rng)

    @staticmethod
    def block_id(rng):
        """A block id drawn from `rng`, so reruns give the same ids."""
        return str(uuid.UUID(int=rng.getrandbits(128), version=4))

    @classmethod
    def stream(cls, blocks, rng):
        """StreamField data with block ids drawn from `rng`."""
        return [{"type": kind, "value": value, "id": cls.block_id(rng)} for kind, value in blocks]

    # Home page

    def feature_on_home(self, home, home_created, stories, toolkits):
        if home.featured_stories.exists() or home.featured_toolkits.exists():
            self.note(
                "featured",
                "found",
                f"{home.featured_stories.count()} stories, "
                f"{home.featured_toolkits.count()} toolkits",
            )
            return
        rng = self.rng("featured")
        chosen_stories = rng.sample(sorted(stories), FEATURED_COUNT)
        chosen_toolkits = rng.sample(sorted(toolkits), FEATURED_COUNT)
        home.featured_stories = [
            HomeFeaturedStory(story=stories[slug], sort_order=order)
            for order, slug in enumerate(chosen_stories)
        ]
        home.featured_toolkits = [
            HomeFeaturedToolkit(toolkit=toolkits[slug], sort_order=order)
            for order, slug in enumerate(chosen_toolkits)
        ]
        # A new home page goes live with its first revision; an existing one gets a new one.
        self.publish(home, SITE_OPENED if home_created else self.now)
        self.note("featured", "created", f"{FEATURED_COUNT} stories, {FEATURED_COUNT} toolkits")

    # Publishing

    def publish(self, page, when, revision=None, user=None):
        """Publish `revision` (by default a new revision of `page`), dated `when` (never later
        than now), as `user` (by default the demo administrator)."""
        when = min(when, self.now - datetime.timedelta(hours=1))
        user = user or self.user
        if revision is None:
            if page.first_published_at is None:
                page.first_published_at = when
            revision = page.save_revision(user=user)
        else:
            if page.first_published_at is None:
                Page.objects.filter(pk=page.pk).update(first_published_at=when)
            # Loaded afresh: publishing applies the revision to the page as it is in the database.
            revision = Revision.objects.get(pk=revision.pk)
        revision.publish(user=user, skip_permission_checks=True)
        Revision.objects.filter(pk=revision.pk).update(created_at=when)
        Page.objects.filter(pk=page.pk).update(
            last_published_at=when, latest_revision_created_at=when
        )
        PageLogEntry.objects.filter(page=page, revision=revision).update(timestamp=when)
        page.refresh_from_db()

    def remove_saved_files(self):
        for name in self.saved_files:
            default_storage.delete(name)
