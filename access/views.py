"""Throttled page passwords: Wagtail's view for a page's privacy password, behind django-axes.

Wrong passwords count as failed sign-ins, per IP address and per restriction (as if the
restriction were an account), with the limits of the admin login (AXES_* settings); a locked
visitor gets the lockout page and Wagtail's view is not even asked. After the right password the
visitor goes back to the page, never to LOGIN_REDIRECT_URL.
"""

from axes.handlers.proxy import AxesProxyHandler
from axes.helpers import get_lockout_response
from django.contrib.auth.signals import user_login_failed
from django.shortcuts import get_object_or_404, redirect
from django.utils.http import url_has_allowed_host_and_scheme
from wagtail import views as wagtail_views
from wagtail.models import Page


def authenticate_with_password(request, page_view_restriction_id, page_id):
    credentials = {"username": f"page-password-{page_view_restriction_id}"}
    if request.method == "POST" and not AxesProxyHandler.is_allowed(request, credentials):
        return get_lockout_response(request, credentials=credentials)
    response = wagtail_views.authenticate_with_password(request, page_view_restriction_id, page_id)
    if request.method != "POST":
        return response
    if response.status_code != 302:  # the form again: a wrong password
        user_login_failed.send(sender=__name__, credentials=credentials, request=request)
        if not AxesProxyHandler.is_allowed(request, credentials):
            return get_lockout_response(request, credentials=credentials)
        return response
    return_url = request.POST.get("return_url", "")
    if not url_has_allowed_host_and_scheme(return_url, request.get_host(), request.is_secure()):
        return redirect(get_object_or_404(Page, id=page_id).url or "/")
    return response
