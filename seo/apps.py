from django.apps import AppConfig


class SeoConfig(AppConfig):
    name = "seo"
    verbose_name = "Search engines and share previews"

    def ready(self):
        from django.db.models.signals import post_save
        from wagtail_localize.models import StringTranslation

        # A translator marking a machine translation reviewed changes no page, yet lifts its
        # noindex and puts it in the sitemap and hreflang: cached pages must go.
        post_save.connect(
            _translation_changed, sender=StringTranslation, dispatch_uid="seo_translation_changed"
        )


def _translation_changed(sender, instance, **kwargs):
    from caching import page_cache

    page_cache.bump_content_version()
