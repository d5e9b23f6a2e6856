"""django-csp's nonce, as compat/django_csp.py reads it."""

from csp.middleware import CSPMiddleware
from django.http import HttpResponse
from django.test import RequestFactory

from compat.django_csp import nonce_was_used


def test_a_nonce_counts_only_once_something_read_it():
    middleware = CSPMiddleware(lambda request: HttpResponse())
    unused, used = RequestFactory().get("/"), RequestFactory().get("/")
    middleware.process_request(unused)
    middleware.process_request(used)

    str(used.csp_nonce)  # what {{ request.csp_nonce }} in a template does

    assert not nonce_was_used(unused)
    assert nonce_was_used(used)
