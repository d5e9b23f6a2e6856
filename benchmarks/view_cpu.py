"""CPU ms of pages and edit views, in-process, with Django's test client.

    DJANGO_SETTINGS_MODULE=... python benchmarks/view_cpu.py /en/ edit:storypage ...

Standalone (imports only Django and Wagtail) so that another project's virtualenv can run it
too (benchmarks/bakerydemo.py runs it in bakerydemo and in `wagtail start`). A path is viewed
anonymously; `edit:<model>` is the edit view of that model's first page (lowest pk), viewed by
a superuser. Each: one warming view, then the median time.process_time() of 21 views. The CPU
time of this one process is far less disturbed by other load on the machine than requests/s.
Prints one JSON line {argument: {"path", "cpu_ms_median"}}.
"""

import json
import os
import statistics
import sys
import time

VIEWS = 21


def cpu_ms(client, path):
    if client.get(path).status_code != 200:
        raise SystemExit(f"{path} did not answer 200")
    times = []
    for _view in range(VIEWS):
        started = time.process_time()
        response = client.get(path)
        times.append((time.process_time() - started) * 1000)
        if response.status_code != 200:
            raise SystemExit(f"{path} answered {response.status_code}")
    return round(statistics.median(times), 1)


def main(arguments):
    sys.path.insert(0, os.getcwd())
    import django

    django.setup()
    from django.test import Client

    anonymous = Client(HTTP_HOST="localhost")
    editor = None
    results = {}
    for argument in arguments:
        if argument.startswith("edit:"):
            from django.contrib.auth import get_user_model
            from wagtail.models import Page

            if editor is None:
                user, _created = get_user_model().objects.get_or_create(
                    username="benchmark-editor",
                    defaults={"is_staff": True, "is_superuser": True},
                )
                editor = Client(HTTP_HOST="localhost")
                editor.force_login(user)
            model = argument.removeprefix("edit:")
            page = Page.objects.filter(content_type__model=model).order_by("pk").first()
            path = f"/admin/pages/{page.pk}/edit/"
            results[argument] = {"path": path, "cpu_ms_median": cpu_ms(editor, path)}
        else:
            results[argument] = {"path": argument, "cpu_ms_median": cpu_ms(anonymous, argument)}
    print(json.dumps(results))


if __name__ == "__main__":
    main(sys.argv[1:])
