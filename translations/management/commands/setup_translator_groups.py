"""`manage.py setup_translator_groups`: a "Translators (xx)" group per locale but the source one.

Idempotent: run it on every deploy, and again whenever a locale gets its home page (the page
permissions hang from it). Members may translate, edit and publish pages of their locale's
tree, translate the taxonomy into their locale, and nothing else.
"""

from django.core.management.base import BaseCommand
from django.db import transaction

from translations.memory import adopt_existing_translations
from translations.permissions import setup_translator_groups


class Command(BaseCommand):
    help = (
        "Create or complete one 'Translators (xx)' group per non-default locale, with page "
        "permissions on that locale's home page once it exists. Safe to run again."
    )

    @transaction.atomic
    def handle(self, *args, verbosity, **options):
        adopted = adopt_existing_translations()
        for setup in setup_translator_groups():
            if verbosity < 1:
                continue
            pages = ", ".join(f"{page.title} (id {page.pk})" for page in setup.pages)
            where = f"pages under {pages}" if pages else "no home page in this locale yet"
            self.stdout.write(
                f"{setup.group.name}: {'created' if setup.created else 'found'}, "
                f"{where}, {setup.granted} page permissions added"
            )
        if verbosity >= 1 and adopted:
            self.stdout.write(f"{adopted} existing taxonomy translations recorded for translators")
