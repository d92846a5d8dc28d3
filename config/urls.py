from django.conf import settings
from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path

from config import signin
from reviews import views as review_views
from worker.health import healthz

urlpatterns = [
    path("", review_views.home, name="home"),
    path("", include("plans.urls")),
    path("", include("reviews.urls")),
    path("api/", include("api.urls")),
    path("accounts/login/", signin.SignInView.as_view(), name="login"),
    path("accounts/logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("start/", signin.start, name="start"),
    path("accounts/password/change/", auth_views.PasswordChangeView.as_view(), name="password_change"),
    path(
        "accounts/password/change/done/",
        auth_views.PasswordChangeDoneView.as_view(),
        name="password_change_done",
    ),
    path("accounts/password/reset/", signin.PasswordResetView.as_view(), name="password_reset"),
    path(
        "accounts/password/reset/sent/",
        auth_views.PasswordResetDoneView.as_view(),
        name="password_reset_done",
    ),
    path(
        "accounts/password/reset/<uidb64>/<token>/",
        signin.PasswordResetConfirmView.as_view(),
        name="password_reset_confirm",
    ),
    path(
        "accounts/password/reset/complete/",
        auth_views.PasswordResetCompleteView.as_view(),
        name="password_reset_complete",
    ),
    path("i18n/", include("django.conf.urls.i18n")),
    path("admin/", admin.site.urls),
    path("healthz", healthz, name="healthz"),
]

admin.site.site_header = "Plangranskning"
admin.site.site_title = "Plangranskning"
if settings.DEBUG:
    admin.site.site_header = "Plangranskning (development)"


def handler404(request, exception=None):  # type: ignore[no-untyped-def]
    """Unknown addresses under /api/ answer in the API's error shape; pages get Django's 404."""
    from django.views.defaults import page_not_found

    from api.errors import not_found_view

    if request.path.startswith("/api/"):
        return not_found_view(request, exception)
    return page_not_found(request, exception)


def handler400(request, exception=None):  # type: ignore[no-untyped-def]
    from config.failures import bad_request

    return bad_request(request, exception)


def handler500(request):  # type: ignore[no-untyped-def]
    """A database that cannot be reached, a full file store, a body nested too deep: named, with
    the status that fits (config/failures.py); anything else a logged 500."""
    from config.failures import server_error

    return server_error(request)
