"""CPU ms of one page type's edit view, in-process, for a logged-in superuser.

    DJANGO_SETTINGS_MODULE=... python benchmarks/edit_view_cpu.py storypage [storypage ...]

Standalone (imports only Django and Wagtail) so that bakerydemo's own virtualenv can run it
too (benchmarks/bakerydemo.py). For each model name: the first page of that type (lowest pk),
one warming view, then the median time.process_time() of 21 views with Django's test client.
Prints one JSON line {model: {"path", "cpu_ms_median", "cpu_ms_all"}}.
"""

import json
import os
import statistics
import sys
import time

VIEWS = 21


def main(models):
    sys.path.insert(0, os.getcwd())
    import django

    django.setup()
    from django.contrib.auth import get_user_model
    from django.test import Client
    from wagtail.models import Page

    user, _created = get_user_model().objects.get_or_create(
        username="benchmark-editor", defaults={"is_staff": True, "is_superuser": True}
    )
    client = Client()
    client.force_login(user)
    results = {}
    for model in models:
        page = Page.objects.filter(content_type__model=model).order_by("pk").first()
        path = f"/admin/pages/{page.pk}/edit/"
        if client.get(path).status_code != 200:
            raise SystemExit(f"{path} did not answer 200")
        times = []
        for _view in range(VIEWS):
            started = time.process_time()
            response = client.get(path)
            times.append((time.process_time() - started) * 1000)
            assert response.status_code == 200, (path, response.status_code)
        results[model] = {
            "path": path,
            "cpu_ms_median": round(statistics.median(times), 1),
            "cpu_ms_all": [round(t, 1) for t in times],
        }
    print(json.dumps(results))


if __name__ == "__main__":
    main(sys.argv[1:])
