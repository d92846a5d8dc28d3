"""Pages for schools, plans, upload and versions. Thin: parse, fetch visible, call one service, render."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import FileResponse, HttpRequest, HttpResponse, JsonResponse
from django.http.response import HttpResponseBase
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from plans import permissions, selectors, uploads
from plans.errors import DuplicateVersion, FilePurged, NotAllowed, StorageUnavailable, UploadRejected
from plans.forms import UploadForm
from plans.models import CheckStatus, PlanVersion, SchoolYear
from plans.permissions import Action


@login_required
@require_GET
def school_detail(request: HttpRequest, pk: int) -> HttpResponse:
    school = get_object_or_404(
        permissions.visible_schools(request.user)
        .select_related("district", "area")
        .prefetch_related("forms"),
        pk=pk,
    )
    can_upload = permissions.can(request.user, Action.UPLOAD_VERSION, school)
    years = SchoolYear.objects.filter(district_id=school.district_id).order_by("-starts_on")
    current = selectors.current_school_year(school.district_id)
    form = UploadForm(school_years=years, initial={"school_year": current}) if can_upload else None
    return render(
        request,
        "plans/school_detail.html",
        {"school": school, "plans": selectors.plans_of_school(school), "form": form},
    )


@login_required
@require_http_methods(["GET", "POST"])
def upload(request: HttpRequest, school_pk: int) -> HttpResponse:
    school = get_object_or_404(permissions.visible_schools(request.user), pk=school_pk)
    if not permissions.can(request.user, Action.UPLOAD_VERSION, school):
        message = _("Only the school's principal or a district administrator may upload its plan.")
        return render(request, "plans/not_allowed.html", {"message": message}, status=403)
    years = SchoolYear.objects.filter(district_id=school.district_id).order_by("-starts_on")
    initial_year = years.filter(label=request.GET.get("year", "")).first() or selectors.current_school_year(
        school.district_id
    )
    form = UploadForm(
        request.POST or None, request.FILES or None, school_years=years, initial={"school_year": initial_year}
    )
    if request.method == "GET":
        return render(request, "plans/upload.html", {"school": school, "form": form})
    wants_json = "application/json" in request.headers.get("Accept", "")
    if form.is_valid():
        uploaded = form.cleaned_data["file"]
        try:
            version = uploads.submit_plan(
                school=school,
                school_year=form.cleaned_data["school_year"],
                file=uploaded,
                original_name=uploaded.name,
                by=request.user,
                declared_size=uploaded.size,
            )
        except (UploadRejected, DuplicateVersion, NotAllowed) as refused:
            form.add_error("file", refused.message)
        except StorageUnavailable as unavailable:
            # Nothing was stored: the page says so in its own words, with the status that fits.
            form.add_error("file", unavailable.message)
            code = 507 if unavailable.code == "storage_full" else 503
            if wants_json:
                return JsonResponse({"errors": {"file": [unavailable.message]}}, status=code)
            return render(request, "plans/upload.html", {"school": school, "form": form}, status=code)
        else:
            if wants_json:  # the page's script follows the check on the same page
                return JsonResponse(_status_payload(version), status=201)
            return redirect(version)
    if wants_json:
        errors = {field: [str(e) for e in errs] for field, errs in form.errors.items()}
        return JsonResponse({"errors": errors}, status=400)
    return render(request, "plans/upload.html", {"school": school, "form": form}, status=400)


@login_required
@require_GET
def plan_detail(request: HttpRequest, pk: int) -> HttpResponse:
    plan = get_object_or_404(
        permissions.visible_plans(request.user).select_related("school__district", "school_year"), pk=pk
    )
    return render(
        request,
        "plans/plan_detail.html",
        {
            "plan": plan,
            "versions": selectors.plan_versions(plan),
            "events": selectors.plan_events(plan),
            "can_upload": permissions.can(request.user, Action.UPLOAD_VERSION, plan),
        },
    )


@login_required
@require_GET
def version_detail(request: HttpRequest, pk: int) -> HttpResponse:
    version = get_object_or_404(selectors.version_detail(request.user), pk=pk)
    # ?run=: one of the version's earlier runs, e.g. the one a decision saw before a re-check.
    asked = request.GET.get("run", "")
    check_run = selectors.check_run_of(version, int(asked) if asked.isdigit() else None)
    results, findings = selectors.check_report(check_run, language=get_language()) if check_run else ([], [])
    counts = selectors.run_counts([check_run.pk]).get(check_run.pk) if check_run else None
    return render(
        request,
        "plans/version_detail.html",
        {
            "version": version,
            "plan": version.plan,
            "check_run": check_run,
            "is_current_run": check_run is not None and check_run.pk == version.current_run_id,
            "runs": sorted(version.check_runs.all(), key=lambda r: (r.created_at, r.pk), reverse=True),
            "records": selectors.version_records(version),
            "results": results,
            "findings": findings,
            "counts": counts or selectors.ResultCounts(),
            "outline": check_run.outline if check_run else {},
        },
    )


@login_required
@require_GET
def version_status(request: HttpRequest, pk: int) -> JsonResponse:
    """What the version page polls while the check runs."""
    version = get_object_or_404(permissions.visible_versions(request.user), pk=pk)
    return JsonResponse(_status_payload(version))


def _status_payload(version: PlanVersion) -> dict[str, object]:
    """The check's state in words, and once checked how the plan fared: what the pages show live."""
    payload: dict[str, object] = {
        "status": version.shown_check_status,
        "label": str(CheckStatus(version.shown_check_status).label),
        "settled": version.is_settled,
        "url": version.get_absolute_url(),
        "status_url": reverse("plans:version-status", args=[version.pk]),
    }
    if version.check_status == CheckStatus.CHECKED:
        payload["counts"] = selectors.result_counts(version)
    elif version.check_status == CheckStatus.FAILED:
        payload["failure"] = version.get_check_failure_display()
    return payload


@login_required
@require_GET
def version_download(request: HttpRequest, pk: int) -> HttpResponseBase:
    """The original file, only through this view: plans are never served from a public URL."""
    version: PlanVersion = get_object_or_404(permissions.visible_versions(request.user), pk=pk)
    if version.purged_at is not None:  # removed under the retention rule: gone for good, and said so
        message = FilePurged(version.purged_at).message
        return render(request, "plans/file_purged.html", {"message": message, "back": version}, status=410)
    return FileResponse(version.file.open("rb"), as_attachment=True, filename=version.original_name)
