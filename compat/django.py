"""Django internals the site relies on (Django 5.2)."""

from django.db import transaction


def on_commit_is_pending(callback, using=None):
    """True when `callback` already waits for the current transaction to commit.

    Private: connection.run_on_commit (the list transaction.on_commit appends to). Why: the
    content version is renewed after the commit once per transaction, not once per saved row (a
    search rebuild saves thousands). Goes when Django lets on_commit de-duplicate callbacks.
    """
    connection = transaction.get_connection(using)
    return connection.in_atomic_block and any(
        func is callback for _ids, func, _robust in connection.run_on_commit
    )


def raw_host(request):
    """The Host header (or SERVER_NAME) as sent, before ALLOWED_HOSTS validation.

    Private: HttpRequest._get_raw_host. Why: the site lookup keys its per-process memory by host
    without raising DisallowedHost for a bad one (Wagtail's own lookup answers those).
    Goes when Django offers a public accessor for the unvalidated host.
    """
    return request._get_raw_host()


def is_prefetched(instance, relation):
    """True when `relation` of `instance` was fetched with prefetch_related.

    Private: Model._prefetched_objects_cache. Why: a toolkit card lists its files from the
    listing's prefetch, while a toolkit page fetches them with their documents. Goes when
    Django offers a public way to ask (there is none in 5.2).
    """
    return relation in getattr(instance, "_prefetched_objects_cache", {})


def load_catalogues_of(catalogue_locales):
    """Translate each language code with the catalogues of another locale: the site's "pt"
    (its addresses, hreflang and documents say ISO 639-1 "pt") is written in Brazilian
    Portuguese, so Django, Wagtail and wagtail-localize load their pt_BR catalogues for it,
    with the project's own locale/pt/ (a fallback of pt_BR in gettext's lookup) over them.
    Without this Django loads European Portuguese and Wagtail, which ships only pt_BR and
    pt_PT, shows English.

    Private: django.utils.translation.trans_real.to_locale, the name its DjangoTranslation
    looks catalogues up with. Goes when Django can map a language to a catalogue locale.
    """
    from django.utils.translation import to_locale, trans_real

    def catalogue_locale(language):
        locale = to_locale(language)
        return catalogue_locales.get(locale, locale)

    trans_real.to_locale = catalogue_locale
    trans_real._translations = {}  # catalogues loaded before, under the old names
