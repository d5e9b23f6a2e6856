"""`manage.py translate_tree --locale fr [--machine]`: the whole page tree into a locale.

For large trees, where wagtail-localize's "Include subtree" would run inside one admin request.
"""

from django.core.management.base import BaseCommand, CommandError
from wagtail.models import Locale, Page, Site

from translations.operations import translate_tree
from translations.permissions import setup_translator_group


class Command(BaseCommand):
    help = (
        "Translate into a locale the taxonomy terms it lacks, then the default site's page "
        "tree, with wagtail-localize, page by page. Untranslated text shows the source "
        "language until translators translate it (--machine: machine translated first). "
        "Pages already translated are skipped, so an interrupted run can be started again."
    )

    def add_arguments(self, parser):
        parser.add_argument("--locale", required=True, help="Language code, e.g. fr.")
        parser.add_argument(
            "--machine",
            action="store_true",
            help="Machine translate the text first (WAGTAILLOCALIZE_MACHINE_TRANSLATOR).",
        )
        parser.add_argument(
            "--root", type=int, help="Id of the page to start from (default: the site root)."
        )

    def handle(self, *args, locale, machine, root, verbosity, **options):
        target = Locale.objects.filter(language_code=locale).first()
        if target is None:
            raise CommandError(f"There is no {locale!r} locale; add it in Settings > Locales.")
        if root:
            start = Page.objects.filter(pk=root).first()
        else:
            site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
            start = site and site.root_page
        if start is None:
            raise CommandError("No page to start from.")
        if start.locale_id == target.pk:
            raise CommandError(f"{start.title!r} is already in {locale!r}.")

        def progress(position, total, page):
            if verbosity >= 2:
                self.stdout.write(f"  [{position}/{total}] {page.title}")

        try:
            result = translate_tree(
                start, target, machine=machine, taxonomy=True, progress=progress
            )
        except ValueError as error:
            raise CommandError(str(error)) from error
        setup_translator_group(target)
        self.stdout.write(
            f"{result.terms} taxonomy terms and "
            f"{len(result.translated)} pages translated into {locale}, "
            f"{len(result.skipped)} already translated, "
            f"{result.machine_strings} texts machine translated, in {result.seconds:.1f} s"
        )
