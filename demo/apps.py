from django.apps import AppConfig


class DemoConfig(AppConfig):
    """`manage.py load_demo`: installed only in the development and test settings."""

    name = "demo"
