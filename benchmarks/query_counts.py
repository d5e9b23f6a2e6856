"""SQL queries of each page, uncached and cached, with the demo content and with much more.

Run by benchmarks/run.py in its own process, on a copy of the demo database; prints JSON:
{"demo": {name: {"uncached": n, "cached": n}}, "more": {...}, "added": {...}}.
"More" adds stories and toolkits (with related toolkits and files) in a transaction that is
rolled back: a page whose query count grows with the content has an N+1.

    python -m benchmarks.query_counts home=/en/ story=/en/stories/x/ ...
"""

import json
import sys

from benchmarks.django_environment import set_up_django

ADDED_PAGES = 40
ADDED_POLICIES = 10


def count(client, url):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    if response.status_code != 200:
        raise SystemExit(f"{url} answered {response.status_code}")
    return len(queries)


def measure(urls):
    from django.test import Client, override_settings

    counts = {}
    for name, url in urls.items():
        with override_settings(PAGE_CACHE_ENABLED=False):
            count(Client(), url)  # renditions and other first-view work
            uncached = count(Client(), url)
        with override_settings(PAGE_CACHE_ENABLED=True):
            count(Client(), url)  # stored
            cached = count(Client(), url)
        counts[name] = {"uncached": uncached, "cached": cached}
    return counts


def add_content():
    """ADDED_PAGES more stories and toolkits, and ADDED_POLICIES policies in Senegal, under the
    demo's listings."""
    from policies.factories import PolicyPageFactory, PolicyRelatedToolkitFactory
    from policies.models import PolicyIndexPage
    from stories.factories import StoryPageFactory, StoryRelatedToolkitFactory
    from stories.models import StoryIndexPage, StoryPage
    from toolkits.factories import ToolkitFileFactory, ToolkitPageFactory
    from toolkits.models import ToolkitIndexPage

    story_index = StoryIndexPage.objects.filter(locale__language_code="en").first()
    toolkit_index = ToolkitIndexPage.objects.filter(locale__language_code="en").first()
    toolkits = [ToolkitPageFactory(parent=toolkit_index) for _ in range(ADDED_PAGES)]
    for toolkit in toolkits[:10]:
        ToolkitFileFactory(page=toolkit, language="fr")
    for _ in range(ADDED_PAGES):
        StoryPageFactory(parent=story_index)
    for story in StoryPage.objects.filter(locale__language_code="en"):
        for number, toolkit in enumerate(toolkits[:10]):
            StoryRelatedToolkitFactory(page=story, toolkit=toolkit, sort_order=100 + number)
    # Policies for the dossier the benchmark reads (Senegal), each linked to toolkits.
    policy_index = PolicyIndexPage.objects.filter(locale__language_code="en").first()
    for number in range(ADDED_POLICIES):
        policy = PolicyPageFactory(parent=policy_index, country="SN", year=2000 + number)
        for toolkit in toolkits[:3]:
            PolicyRelatedToolkitFactory(page=policy, toolkit=toolkit)
    return {
        "stories": ADDED_PAGES,
        "toolkits": ADDED_PAGES,
        "related_toolkits_per_story": 10,
        "policies_in_senegal": ADDED_POLICIES,
    }


def main():
    set_up_django()
    from django.db import transaction

    urls = dict(argument.split("=", 1) for argument in sys.argv[1:])
    result = {"demo": measure(urls)}
    with transaction.atomic():
        result["added"] = add_content()
        result["more"] = measure(urls)
        transaction.set_rollback(True)
    print(json.dumps(result))


if __name__ == "__main__":
    main()
