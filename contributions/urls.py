from django.contrib.auth import views as auth_views
from django.urls import path, reverse_lazy

from contributions import views

app_name = "contributions"

urlpatterns = [
    path("", views.mine, name="mine"),
    path("join/", views.join, name="join"),
    path("new/<str:kind>/", views.contribute, name="contribute"),
    path("<int:contribution_id>/answer/", views.answer, name="answer"),
    # Django's own views for signing in and passwords; django-axes throttles the sign-in.
    path(
        "login/",
        auth_views.LoginView.as_view(
            template_name="contributions/login.html", redirect_authenticated_user=True
        ),
        name="login",
    ),
    path("logout/", auth_views.LogoutView.as_view(), name="logout"),
    path(
        "password/reset/",
        auth_views.PasswordResetView.as_view(
            template_name="contributions/password_reset.html",
            email_template_name="contributions/mail/password_reset.txt",
            subject_template_name="contributions/mail/password_reset_subject.txt",
            success_url=reverse_lazy("contributions:password_reset_done"),
        ),
        name="password_reset",
    ),
    path(
        "password/reset/sent/",
        auth_views.PasswordResetDoneView.as_view(
            template_name="contributions/password_reset_done.html"
        ),
        name="password_reset_done",
    ),
    path(
        "password/reset/<uidb64>/<token>/",
        auth_views.PasswordResetConfirmView.as_view(
            template_name="contributions/password_reset_confirm.html",
            success_url=reverse_lazy("contributions:password_reset_complete"),
        ),
        name="password_reset_confirm",
    ),
    path(
        "password/reset/done/",
        auth_views.PasswordResetCompleteView.as_view(
            template_name="contributions/password_reset_complete.html"
        ),
        name="password_reset_complete",
    ),
    path(
        "password/change/",
        auth_views.PasswordChangeView.as_view(
            template_name="contributions/password_change.html",
            success_url=reverse_lazy("contributions:mine"),
        ),
        name="password_change",
    ),
]
