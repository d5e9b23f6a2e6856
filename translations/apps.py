from django.apps import AppConfig


class TranslationsConfig(AppConfig):
    """The translators' side of the site, built on wagtail-localize."""

    name = "translations"
