"""sitemap.xml: every live, public page of every language at the address crawlers reach it by,
with its language alternates. Machine translations no translator has reviewed are left out
(and out of the alternates) until they are reviewed: their pages say noindex meanwhile."""

from django.db.models import Q
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page

from base.languages import default_version, versions_by_translation_key
from seo.addresses import page_address, reviewed


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
        found = versions_by_translation_key(p.translation_key for p in pages)
        indexable = {
            (version.translation_key, version.locale_id)
            for version in reviewed(
                [version for versions in found.values() for version in versions.values()] + pages
            )
        }
        urls = []
        for item in pages:
            if (item.translation_key, item.locale_id) not in indexable:
                continue
            alternates = {
                code: version
                for code, version in found.get(item.translation_key, {}).items()
                if (version.translation_key, version.locale_id) in indexable
            }
            for url_info in item.get_sitemap_urls(self.request):
                url_info["location"] = page_address(item, self.request)
                if len(alternates) > 1:
                    url_info["alternates"] = [
                        {"lang_code": code, "location": page_address(version, self.request)}
                        for code, version in sorted(alternates.items())
                    ] + [
                        {
                            "lang_code": "x-default",
                            "location": page_address(default_version(alternates), self.request),
                        }
                    ]
                urls.append(url_info)
        lastmods = [url.get("lastmod") for url in urls]
        if lastmods and None not in lastmods:
            self.latest_lastmod = max(lastmods)
        return urls
