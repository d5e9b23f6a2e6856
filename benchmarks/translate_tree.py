"""Measure `translate_tree` (translations/operations.py): pages translated per second.

    .venv/bin/python -m benchmarks.translate_tree [--stories 32] [--toolkits 32]

Builds a site tree with the tests' factories in a fresh SQLite database
(.cache/benchmarks/translate_tree.sqlite3, dev settings, database search), then translates it
into Portuguese as `manage.py translate_tree --locale pt` does, each page committed on its own.
Target: at least 5 pages per second (issue 18: it took ~80 s for 67 pages).
"""

import argparse
import cProfile
import os
import pstats
import time

from benchmarks.django_environment import REPOSITORY, set_up_django

TARGET_PAGES_PER_SECOND = 5
DATABASE = REPOSITORY / ".cache" / "benchmarks" / "translate_tree.sqlite3"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stories", type=int, default=32)
    parser.add_argument("--toolkits", type=int, default=32)
    parser.add_argument("--profile", action="store_true", help="Print where the time goes.")
    arguments = parser.parse_args()

    DATABASE.parent.mkdir(parents=True, exist_ok=True)
    DATABASE.unlink(missing_ok=True)
    os.environ["DATABASE_URL"] = f"sqlite:///{DATABASE}"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")
    os.environ.pop("ELASTICSEARCH_URL", None)
    set_up_django()

    from django.core.management import call_command
    from wagtail.models import Locale, Page, Site

    from home.factories import HomePageFactory
    from stories.factories import StoryIndexPageFactory, StoryPageFactory
    from toolkits.factories import ToolkitIndexPageFactory, ToolkitPageFactory
    from translations.operations import translate_tree

    call_command("migrate", verbosity=0)
    home = HomePageFactory(parent=Page.get_first_root_node())
    Site.objects.filter(is_default_site=True).update(root_page=home)
    story_index = StoryIndexPageFactory(parent=home)
    toolkit_index = ToolkitIndexPageFactory(parent=home)
    for _number in range(arguments.stories):
        StoryPageFactory(parent=story_index).save_revision().publish()
    for _number in range(arguments.toolkits):
        ToolkitPageFactory(parent=toolkit_index).save_revision().publish()

    profile = cProfile.Profile() if arguments.profile else None
    started, cpu_started = time.monotonic(), time.process_time()
    if profile:
        profile.enable()
    result = translate_tree(home, Locale.objects.get(language_code="pt"))
    seconds, cpu_seconds = time.monotonic() - started, time.process_time() - cpu_started
    if profile:
        profile.disable()
        pstats.Stats(profile).sort_stats("cumulative").print_stats(40)
    rate = len(result.translated) / seconds
    verdict = "meets" if rate >= TARGET_PAGES_PER_SECOND else "misses"
    print(
        f"translate_tree: {len(result.translated)} pages in {seconds:.1f} s "
        f"({cpu_seconds:.1f} s of CPU: the rest is waiting for a shared machine), "
        f"{rate:.1f} pages/s ({verdict} the target of {TARGET_PAGES_PER_SECOND} pages/s)"
    )


if __name__ == "__main__":
    main()
