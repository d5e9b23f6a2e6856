from django.apps import AppConfig


class SeoConfig(AppConfig):
    name = "seo"
    verbose_name = "Search engines and share previews"

    def ready(self):
        from wagtail_localize.models import StringTranslation

        from caching import content_version

        # A translator marking a machine translation reviewed changes no page, yet lifts its
        # noindex and puts it in the sitemap and hreflang: cached pages must go.
        content_version.register(StringTranslation)
