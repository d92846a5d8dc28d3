"""Signing in, the start page and password reset: Django's auth views with the project's choices.

- after signing in, a safe `next` wins, else each role's start page (plans/start.py);
- reset links in e-mails use SITE_URL, never the request's Host header;
- a completed reset lifts a sign-in lockout (django-axes) for that user name, so the lockout
  page can honestly point to the reset;
- reset mail is rate limited per address (silently: the page reads the same, so it tells nobody
  whether the address exists) and per client (429), so the form cannot flood a mailbox.
"""

from __future__ import annotations

import logging
from typing import Any

from axes.utils import reset as reset_lockouts  # type: ignore[import-untyped]
from django.conf import settings
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.contrib.auth.forms import PasswordResetForm, SetPasswordForm
from django.contrib.auth.models import User
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.views.decorators.http import require_GET
from django_ratelimit.core import is_ratelimited  # type: ignore[import-untyped]

from plans.start import start_page_for

logger = logging.getLogger(__name__)


class SignInView(auth_views.LoginView):
    redirect_authenticated_user = True

    def get_default_redirect_url(self) -> str:
        """Where to go without a (safe) `next`: the user's start page."""
        return start_page_for(self.request.user)


@login_required
@require_GET
def start(request: HttpRequest) -> HttpResponse:
    """Redirect to the signed-in user's start page."""
    return HttpResponseRedirect(start_page_for(request.user))


class PasswordResetView(auth_views.PasswordResetView):
    email_template_name = "registration/password_reset_email.txt"
    subject_template_name = "registration/password_reset_subject.txt"

    @property
    def extra_email_context(self) -> dict[str, Any]:
        return {"site_url": settings.SITE_URL, "valid_hours": settings.PASSWORD_RESET_TIMEOUT // 3600}

    def form_valid(self, form: PasswordResetForm) -> HttpResponse:
        request = self.request
        if is_ratelimited(
            request,
            group="password-reset:client",
            key="ip",
            rate=settings.PASSWORD_RESET_RATE_PER_CLIENT,
            increment=True,
        ):
            return render(request, "registration/password_reset_limited.html", status=429)
        address = form.cleaned_data["email"].strip().lower()
        if is_ratelimited(
            request,
            group="password-reset:address",
            key=lambda group, request: address,
            rate=settings.PASSWORD_RESET_RATE_PER_ADDRESS,
            increment=True,
        ):
            logger.warning("password reset: too many requests for one address; no mail sent")
            return HttpResponseRedirect(self.get_success_url())
        return super().form_valid(form)


class PasswordResetConfirmView(auth_views.PasswordResetConfirmView):
    def form_valid(self, form: SetPasswordForm[User]) -> HttpResponse:
        response = super().form_valid(form)
        reset_lockouts(username=form.user.get_username())
        return response
