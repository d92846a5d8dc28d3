"""The review screen's assessment form: one requirement at a time. Without JavaScript the form posts
and comes back to the requirement's row with a message; static/js/review.js posts it with fetch
(Accept: application/json) and swaps in the row's new assessment block."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from plans import permissions
from plans.errors import NotAllowed, PlansError
from plans.models import PlanVersion
from reviews import assessments
from reviews.forms import AssessmentForm


def _wants_json(request: HttpRequest) -> bool:
    return "application/json" in request.headers.get("Accept", "")


def assessment_block(request: HttpRequest, *, version: PlanVersion, key: str) -> str:
    """The requirement's assessment block as the review page shows it (one row's fragment)."""
    effective = assessments.effective_results([version.pk]).get(version.pk, {}).get(key)
    return render_to_string(
        "reviews/_assessment.html",
        {
            "key": key,
            "effective": effective,
            "previous": assessments.previous_assessments(version).get(key),
            "latest": version,
            "may_review": True,
        },
        request=request,
    )


@login_required
@require_POST
def assess(request: HttpRequest, pk: int) -> HttpResponse:
    version = get_object_or_404(permissions.visible_versions(request.user).select_related("plan"), pk=pk)
    form = AssessmentForm(request.POST)
    key = form.data.get("key", "")
    error = ""
    status_code = 400
    if not form.is_valid():
        error = _("The assessment was not saved: %(errors)s") % {"errors": form.errors.as_text()}
    else:
        key = form.cleaned_data["key"]
        try:
            assessments.assess(
                version=version,
                key=key,
                status=form.cleaned_data["status"],
                reason=form.cleaned_data["reason"],
                by=request.user,
            )
        except PlansError as refusal:
            error = refusal.message
            status_code = 403 if isinstance(refusal, NotAllowed) else 400
    if _wants_json(request):
        if error:
            return JsonResponse({"error": error}, status=status_code)
        return JsonResponse(
            {"key": key, "html": assessment_block(request, version=version, key=key), "message": _("Saved.")}
        )
    if error:
        messages.error(request, error)
    else:
        messages.success(request, _("Assessment saved."))
    page = reverse("reviews:plan", args=[version.plan_id])
    row = f"requirement-{key}" if form.is_valid() else "requirements-heading"
    return redirect(f"{page}?version={version.number}#{row}")
