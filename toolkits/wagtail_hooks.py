"""Documents are downloads that a browser never renders nor runs.

Wagtail's own `before_serve_document` hook refuses the documents of private collections to
visitors who may not see them. This one runs after it (order 100), so it only sees documents
that are about to be served, and marks the request: config/security_headers.py then makes the
response an attachment with `nosniff` and a sandboxing Content-Security-Policy.
"""

from wagtail import hooks


@hooks.register("before_serve_document", order=100)
def mark_document_response(document, request):
    request.document_being_served = document
