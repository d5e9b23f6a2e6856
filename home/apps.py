from django.apps import AppConfig


class HomeConfig(AppConfig):
    """The home page of each language."""

    name = "home"
