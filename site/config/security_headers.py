"""Security headers that depend on what is served: public pages, the admin, or a document.

django-csp sends CONTENT_SECURITY_POLICY (strict: the public site runs no inline script or
style). Wagtail's admin needs inline scripts, `new Function` and inline styles, so /admin/ gets
CONTENT_SECURITY_POLICY_ADMIN instead. A document file (marked by the `before_serve_document`
hook in toolkits/wagtail_hooks.py, after Wagtail's privacy check let it through) is always a
download, never sniffed, and sandboxed should a browser open it anyway.
"""

from csp.middleware import CSPMiddleware, PolicyParts
from django.conf import settings

DOCUMENT_CONTENT_SECURITY_POLICY = "default-src 'none'; sandbox"


class SecurityHeadersMiddleware(CSPMiddleware):
    def process_response(self, request, response):
        document = getattr(request, "document_being_served", None)
        if document is not None and response.status_code in (200, 206, 304):
            response["Content-Disposition"] = _attachment(response.get("Content-Disposition"))
            response["Content-Security-Policy"] = DOCUMENT_CONTENT_SECURITY_POLICY
            response["X-Content-Type-Options"] = "nosniff"
            response["Cross-Origin-Resource-Policy"] = "same-origin"
        return super().process_response(request, response)

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if not report_only and parts.config is None and _is_admin(request):
            parts = PolicyParts(
                config=settings.CONTENT_SECURITY_POLICY_ADMIN["DIRECTIVES"],
                update=parts.update,
                replace=parts.replace,
                nonce=parts.nonce,
            )
        if getattr(request, "is_preview", False):
            # Wagtail renders a preview on a dummy request to the page's public address, then
            # frames it in the editor's preview panel: the admin may frame it.
            parts = PolicyParts(
                config=parts.config,
                update=parts.update,
                replace={**(parts.replace or {}), "frame-ancestors": ["'self'"]},
                nonce=parts.nonce,
            )
        return parts


def _is_admin(request):
    return request.path_info.startswith(settings.CONTENT_SECURITY_POLICY_ADMIN["URL_PREFIXES"])


def _attachment(disposition):
    """Wagtail's Content-Disposition, keeping its file name, made an attachment."""
    _kind, _separator, filename = (disposition or "").partition(";")
    return f"attachment;{filename}" if filename else "attachment"
