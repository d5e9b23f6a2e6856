"""wagtail-localize internals the site relies on (wagtail-localize 1.14).

wagtail-localize documents its models, its machine translators and its fields; the functions
below are the parts of its code the site uses without them being documented API. Each is
re-exported from here so that tests/compat/test_wagtail_localize.py pins down what we rely on.
"""

# Translating a page or snippet as the "Translate" view does, with its linked snippets.
# Why: translate_tree and the management command translate a whole tree (the admin's "include
# subtree" times out on large trees), and reuse one creator so a work axis is submitted once.
# Goes when wagtail-localize documents a Python API for translating objects.
from wagtail_localize.operations import TranslationCreator, translate_object

# The strings of a page or snippet, by content path. Why: the translation memory adopts the
# taxonomy translations made without wagtail-localize (migration home/0004).
from wagtail_localize.segments import StringSegmentValue
from wagtail_localize.segments.extract import extract_segments

# Parsing rich text into translatable strings, as wagtail-localize does. Why: the demo writes
# its translations through wagtail-localize's string records (demo/translator.py), so that they
# are what a translator would have typed. Goes when the demo imports PO files instead.
from wagtail_localize.strings import StringValue, extract_strings

# The views the translators' guards wrap (translations/views.py): the guard checks the locale,
# then hands over to them. Goes when wagtail-localize checks per-locale permissions itself.
from wagtail_localize.views import edit_translation, submit_translations, update_translations

__all__ = [
    "StringSegmentValue",
    "StringValue",
    "TranslationCreator",
    "edit_translation",
    "extract_segments",
    "extract_strings",
    "submit_translations",
    "translate_object",
    "update_translations",
]
