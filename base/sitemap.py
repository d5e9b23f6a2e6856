"""sitemap.xml: every live page of every language, each with its language alternates."""

from django.db.models import Q
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page

from base.languages import default_version, versions_by_translation_key


class ExchangeSitemap(Sitemap):
    def items(self):
        homes = self.get_wagtail_site().root_page.get_translations(inclusive=True)
        trees = Q()
        for home in homes:
            trees |= Q(path__startswith=home.path)
        return (
            Page.objects.filter(trees)
            .live()
            .public()
            .filter(alias_of__isnull=True)
            .order_by("path")
            .defer_streamfields()
            .specific()
        )

    def _urls(self, page, protocol, domain):
        pages = list(self.paginator.page(page).object_list)
        versions = versions_by_translation_key(p.translation_key for p in pages)
        urls = []
        for item in pages:
            alternates = versions.get(item.translation_key, {})
            for url_info in item.get_sitemap_urls(self.request):
                if len(alternates) > 1:
                    url_info["alternates"] = [
                        {"lang_code": code, "location": version.get_full_url(self.request)}
                        for code, version in sorted(alternates.items())
                    ] + [
                        {
                            "lang_code": "x-default",
                            "location": default_version(alternates).get_full_url(self.request),
                        }
                    ]
                urls.append(url_info)
        lastmods = [url.get("lastmod") for url in urls]
        if lastmods and None not in lastmods:
            self.latest_lastmod = max(lastmods)
        return urls
