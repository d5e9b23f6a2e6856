from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from access.views import authenticate_with_password
from base.views import choose_language
from opendata.views import data_file, vocabularies
from seo.sitemap import ExchangeSitemap
from seo.views import robots_txt

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": ExchangeSitemap}}, name="sitemap"),
    path("robots.txt", robots_txt, name="robots_txt"),
    path("data/files/<str:name>", data_file, name="open_data_file"),
    path("data/vocabularies", vocabularies, name="open_data_vocabulary_concepts"),
    path("data/vocabularies.<str:extension>", vocabularies, name="open_data_vocabularies"),
    path("language/<str:code>/", choose_language, name="choose_language"),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Every public page carries its language in the URL (/fr/...), including the default one.
urlpatterns += i18n_patterns(
    path("search/", include("search.urls")),
    # Wagtail's page-password view, throttled (the same URL and name, found first).
    path(
        "_util/authenticate_with_password/<int:page_view_restriction_id>/<int:page_id>/",
        authenticate_with_password,
        name="wagtailcore_authenticate_with_password",
    ),
    path("feeds/", include("feeds.urls")),
    path("contribute/", include("contributions.urls")),
    path("data/", include("opendata.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
