"""Publishing and translating pages (and translatable snippets) the way editors do."""

from wagtail.models import Locale, Page


def publish(page):
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def translate(instance, language_code, **fields):
    """A translation of a page (published; its parent must be translated already) or of a
    translatable snippet (saved), with `fields` set on it."""
    translation = instance.copy_for_translation(Locale.objects.get(language_code=language_code))
    for name, value in fields.items():
        setattr(translation, name, value)
    if isinstance(translation, Page):
        return publish(translation)
    translation.save()
    return translation
