"""django-csp internals the site relies on (django-csp 4)."""


def nonce_was_used(request):
    """True when the response of `request` holds a Content-Security-Policy nonce.

    Private: request._csp_nonce, which django-csp sets only once something reads
    request.csp_nonce. Why: a page holding a per-request nonce must never be shared by the page
    cache. Goes when django-csp offers a public "was the nonce generated" check.
    """
    return isinstance(getattr(request, "_csp_nonce", None), str)
