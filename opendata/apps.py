from django.apps import AppConfig


class OpenDataConfig(AppConfig):
    name = "opendata"
    verbose_name = "Open data"

    def ready(self):
        from opendata import regeneration

        regeneration.connect_signals()
