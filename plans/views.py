"""Pages for schools, plans, upload and versions. Thin: parse, fetch visible, call one service, render."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import FileResponse, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from plans import permissions, selectors, services
from plans.errors import DuplicateVersion, NotAllowed, UploadRejected
from plans.forms import UploadForm
from plans.models import CheckStatus, PlanVersion, SchoolYear
from plans.permissions import Action


@login_required
@require_GET
def home(request: HttpRequest) -> HttpResponse:
    """Each role's start page: the schools they see, this year's plan of each and its state."""
    districts = list(permissions.visible_districts(request.user))
    years = permissions.visible_school_years(request.user).select_related("district").order_by("-starts_on")
    year = None
    wanted = request.GET.get("year")
    if wanted:
        year = years.filter(label=wanted).first()
    if year is None and districts:
        year = selectors.current_school_year(districts[0])
    area_id = request.GET.get("area")
    rows = selectors.school_rows(
        request.user, school_year=year, area_id=int(area_id) if area_id and area_id.isdigit() else None
    )
    return render(
        request,
        "plans/home.html",
        {
            "rows": rows,
            "year": year,
            "years": years,
            "areas": permissions.visible_areas(request.user).order_by("name"),
            "roles": permissions.role_names(request.user),
            "districts": districts,
        },
    )


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
    form = UploadForm(school_years=years) if can_upload else None
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
    if form.is_valid():
        uploaded = form.cleaned_data["file"]
        try:
            plan = services.get_or_create_plan(
                school=school, school_year=form.cleaned_data["school_year"], by=request.user
            )
            version = services.upload_version(
                plan=plan,
                file=uploaded,
                original_name=uploaded.name,
                by=request.user,
                declared_size=uploaded.size,
            )
        except (UploadRejected, DuplicateVersion, NotAllowed) as refused:
            form.add_error("file", refused.message)
        else:
            return redirect(version)
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
    check_run = selectors.latest_check_run(version)
    results, findings = selectors.check_report(check_run, language=get_language()) if check_run else ([], [])
    return render(
        request,
        "plans/version_detail.html",
        {
            "version": version,
            "plan": version.plan,
            "check_run": check_run,
            "results": results,
            "findings": findings,
            "counts": {s: sum(1 for r in results if r.status == s) for s in ("met", "partial", "missing")},
            "outline": check_run.outline if check_run else {},
        },
    )


@login_required
@require_GET
def version_status(request: HttpRequest, pk: int) -> JsonResponse:
    """What the version page polls while the check runs."""
    version = get_object_or_404(permissions.visible_versions(request.user), pk=pk)
    return JsonResponse(
        {
            "status": version.check_status,
            "label": str(CheckStatus(version.check_status).label),
            "settled": version.is_settled,
        }
    )


@login_required
@require_GET
def version_download(request: HttpRequest, pk: int) -> FileResponse:
    """The original file, only through this view: plans are never served from a public URL."""
    version: PlanVersion = get_object_or_404(permissions.visible_versions(request.user), pk=pk)
    return FileResponse(version.file.open("rb"), as_attachment=True, filename=version.original_name)
