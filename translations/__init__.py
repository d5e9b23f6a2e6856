"""The translators' side of the site, built on wagtail-localize.

- `permissions`: which locales a user may translate into, the "Translators (xx)" groups;
- `memory`: keeps wagtail-localize's translation memory aware of translations made without it;
- `operations`: translating a page, a snippet or a whole tree (optionally by machine);
- `machine`: whether a page still shows machine-translated text nobody has reviewed;
- `status`: the translation status report (pages × locales);
- `views`: the admin views, and the guards put in front of wagtail-localize's own views;
- `wagtail_hooks`: their admin hooks (the report in the menu, the guards);

Commands: `manage.py setup_translator_groups`, `manage.py translate_tree --locale xx`.
"""
