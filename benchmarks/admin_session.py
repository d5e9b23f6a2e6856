"""A logged-in editor for the benchmark's admin rows (run with the site's environment).

    python -m benchmarks.admin_session

Creates a superuser if missing, logs it in (a real session, in the site's session store) and
prints one JSON line: {"cookie": "sessionid=...", "paths": {row name: admin path}}.
"""

import json

from benchmarks.django_environment import set_up_django


def main():
    set_up_django()
    from django.contrib.auth import get_user_model
    from django.test import Client
    from django.urls import reverse
    from wagtail.models import Page

    user, _created = get_user_model().objects.get_or_create(
        username="benchmark-editor", defaults={"is_staff": True, "is_superuser": True}
    )
    client = Client()
    client.force_login(user)

    def first(model, language="en"):
        page = Page.objects.filter(content_type__model=model, locale__language_code=language)
        return page.order_by("pk").first().pk

    paths = {
        "story edit view": f"/admin/pages/{first('storypage')}/edit/",
        "toolkit edit view": f"/admin/pages/{first('toolkitpage')}/edit/",
        # A synced French story: wagtail-localize's translation editor.
        "translation editor (fr story)": f"/admin/pages/{first('storypage', 'fr')}/edit/",
        "admin page search": "/admin/pages/search/?q=cooperative",
        "translation status report": reverse("translation_status"),
    }
    cookie = f"sessionid={client.cookies['sessionid'].value}"
    print(json.dumps({"cookie": cookie, "paths": paths, "pages": Page.objects.count()}))


if __name__ == "__main__":
    main()
