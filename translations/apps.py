from django.apps import AppConfig, apps
from django.db.models.signals import post_migrate


class TranslationsConfig(AppConfig):
    """The translators' side of the site, built on wagtail-localize."""

    name = "translations"

    def ready(self):
        # post_migrate is sent once per app that has models, after every migration has run;
        # this app has none, so it listens to wagtail-localize's.
        post_migrate.connect(adopt_after_migrate, sender=apps.get_app_config("wagtail_localize"))


def adopt_after_migrate(using, **kwargs):
    """Data migrations create taxonomy terms already translated (home/0004): record those
    translations in wagtail-localize's memory once, when they are created, rather than on the
    first translation a translator asks for (which then waited for all of them) or, in the tests,
    on every test that translates a page."""
    from django.db import connections
    from django.db.migrations.executor import MigrationExecutor
    from wagtail.models import Locale

    from translations.memory import adopt_existing_translations

    if not Locale.objects.using(using).exists():
        return  # an emptied database (a test's flush): nothing to adopt
    executor = MigrationExecutor(connections[using])
    if executor.migration_plan(executor.loader.graph.leaf_nodes()):
        return  # migrated to an older state: today's models may not match the tables
    adopt_existing_translations()
