"""`manage.py load_demo`: the demo site, built from the same factories as the tests, in English
and translated into French, Spanish and Portuguese with wagtail-localize.

Reproducible (seeded) and idempotent: a second run finds everything and creates nothing.
The demo users are for local use only; see --help.
"""

import os
import time

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from wagtail.models import Locale

from demo.builder import DemoBuilder
from demo.content_checks import content_problems
from demo.translations import DELIBERATELY_UNTRANSLATED
from demo.translator import TRANSLATOR_USERS

DEFAULT_SEED = 2021  # the first year of the strategic plan
DEFAULT_PASSWORD = "admin"
PASSWORD_VARIABLE = "DEMO_ADMIN_PASSWORD"

# What the summary lists, in order, with plural names.
KINDS = {
    "user": "users",
    "group": "groups",
    "page": "other pages",
    "toolkit": "toolkits",
    "document": "documents",
    "story": "stories",
    "image": "images",
    "featured": "home features",
    "snippet": "headers and footers",
    "glossary": "glossary definitions",
    **{language: f"pages in {language}" for language in DELIBERATELY_UNTRANSLATED},
}


class Command(BaseCommand):
    help = (
        "Create the demo site: a home page, 32 stories and 32 toolkits with generated images, "
        "PDF and DOCX files, translated into French, Spanish and Portuguese (a few pages left "
        "untranslated on purpose), the translators' groups, and the demo users admin, editor, "
        "moderator and one translator per language (password "
        f"'{DEFAULT_PASSWORD}' unless {PASSWORD_VARIABLE} is set). Only creates what is missing."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--seed",
            type=int,
            default=DEFAULT_SEED,
            help=f"Seed for the generated images, files and dates (default {DEFAULT_SEED}).",
        )
        parser.add_argument(
            "--skip-users",
            action="store_true",
            help="Do not create or update the demo users.",
        )

    def handle(self, *args, seed, skip_users, verbosity, **options):
        started = time.monotonic()
        password = None
        if not skip_users:
            password = os.environ.get(PASSWORD_VARIABLE) or DEFAULT_PASSWORD
            if not settings.DEBUG and password == DEFAULT_PASSWORD:
                raise CommandError(
                    f"DEBUG is off: set {PASSWORD_VARIABLE} or pass --skip-users rather than "
                    f"create users whose password is '{DEFAULT_PASSWORD}'."
                )
        problems = content_problems(Locale.get_default())
        if problems:
            raise CommandError("The demo content is inconsistent:\n  " + "\n  ".join(problems))

        def write(line):
            if verbosity >= 1:
                self.stdout.write(line)

        builder = DemoBuilder(seed=seed, password=password, write=write)
        try:
            # All or nothing: a failure half-way leaves the database as it was.
            with transaction.atomic():
                builder.build()
        except BaseException:
            builder.remove_saved_files()
            raise
        self.report(builder.tally, time.monotonic() - started, password)

    def report(self, tally, seconds, password):
        outcomes = sorted({outcome for _kind, outcome in tally})
        lines = []
        for kind, plural in KINDS.items():
            counts = [
                f"{tally[kind, outcome]} {outcome}" for outcome in outcomes if tally[kind, outcome]
            ]
            if counts:
                lines.append(f"  {plural:<13} {', '.join(counts)}")
        created = sum(count for (_kind, outcome), count in tally.items() if outcome == "created")
        self.stdout.write(f"Demo content ready in {seconds:.1f} s ({created} objects created):")
        self.stdout.write("\n".join(lines))
        if password is not None:
            shown = (
                f"the password in {PASSWORD_VARIABLE}"
                if os.environ.get(PASSWORD_VARIABLE)
                else f"password '{password}'"
            )
            translators = ", ".join(
                f"{username} ({language})"
                for language, (username, _name) in TRANSLATOR_USERS.items()
            )
            self.stdout.write(
                self.style.SUCCESS(
                    f"Log in at {settings.WAGTAILADMIN_BASE_URL}/admin/ as admin, editor, "
                    f"moderator or a translator ({translators}) with {shown}. "
                    "For local use only."
                )
            )
