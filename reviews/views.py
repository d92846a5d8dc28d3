"""Review pages: the reviewer's queue, a plan's review (for the reviewer and the school), the diff
between versions, the feedback letter, and the district overview with its CSV and XLSX exports. Thin:
fetch what the user may see, call one service or selector."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import Any
from urllib.parse import urlencode

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db.models import QuerySet
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.http.response import HttpResponseBase
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.safestring import SafeString
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from plans import permissions
from plans import selectors as plan_selectors
from plans.errors import FilePurged, PlansError
from plans.models import Area, Plan, RequirementStatus, SchoolFormCode, SchoolYear
from plans.permissions import Action
from reviews import exports, selectors, services, workflow
from reviews.forms import DecisionForm, FeedbackForm, ReplyForm, anchor_choices
from reviews.models import FeedbackItem, FeedbackLetter, PlanStatus
from reviews.reminder_status import plan_reminders
from reviews.workflow import ItemAction, Transition


def _visible_plan(request: HttpRequest, pk: int) -> Plan:
    return get_object_or_404(
        permissions.visible_plans(request.user).select_related("school", "school__district", "school_year"),
        pk=pk,
    )


def _refused(request: HttpRequest, error: PlansError) -> None:
    messages.error(request, error.message)


def _chosen_year(request: HttpRequest, years: QuerySet[SchoolYear]) -> SchoolYear | None:
    """The school year asked for by label (?year=2025/26), else the current one of the user's district."""
    year = years.filter(label=request.GET.get("year", "")).first()
    if year is None:
        district = permissions.visible_districts(request.user).first()
        year = plan_selectors.current_school_year(district) if district else None
    return year


@login_required
@require_GET
def home(request: HttpRequest) -> HttpResponse:
    """The schools the user sees with the school year's plan: its state, what is due and when, and
    what to do next. The principal's start page; everyone's list of schools."""
    years = permissions.visible_school_years(request.user).select_related("district").order_by("-starts_on")
    year = _chosen_year(request, years)
    districts = list(permissions.visible_districts(request.user))
    area = request.GET.get("area", "")
    schools = permissions.visible_schools(request.user).filter(is_active=True)
    if area.isdigit():
        schools = schools.filter(area_id=int(area))
    rows = (
        selectors.start_rows(
            schools,
            permissions.visible_plans(request.user),
            school_year=year,
            today=timezone.localdate(),
        )
        if year
        else []
    )
    return render(
        request,
        "plans/home.html",
        {
            "rows": rows,
            # Offer the upload link only where it works: not to reviewers or the read-only service account.
            "uploads_for": {
                row.school.pk
                for row in rows
                if permissions.can(request.user, Action.UPLOAD_VERSION, row.school)
            },
            "year": year,
            "years": years,
            "areas": permissions.visible_areas(request.user).order_by("name"),
            "districts": districts,
        },
    )


@login_required
@require_GET
def queue(request: HttpRequest) -> HttpResponse:
    years = permissions.visible_school_years(request.user).order_by("-starts_on")
    year = _chosen_year(request, years)
    rows = (
        selectors.reviewer_queue(request.user, school_year=year, today=timezone.localdate()) if year else []
    )
    return render(request, "reviews/queue.html", {"rows": rows, "year": year, "years": years})


def _feedback_choices(anchors: selectors.Anchors) -> list[tuple[Any, Any]]:
    return anchor_choices(anchors.requirements, anchors.sections, anchors.findings)


@login_required
@require_GET
def plan_review(request: HttpRequest, pk: int) -> HttpResponse:
    plan = _visible_plan(request, pk)
    # A page view writes nothing: no review row until a transition.
    # ?version=N: read another version than the one handed in (decisions still apply to that one).
    asked = request.GET.get("version", "")
    screen = selectors.review_screen(
        plan, user=request.user, language=_language(), number=int(asked) if asked.isdigit() else None
    )
    anchor = request.GET.get("anchor", "")
    return render(
        request,
        "reviews/plan_review.html",
        {
            "screen": screen,
            "plan": plan,
            "status": screen.status,
            "status_label": PlanStatus(screen.status).label,
            "state": screen.state,
            "versions": screen.versions,
            "latest": screen.latest,
            "handed_in": screen.handed_in,
            "newest": screen.newest,
            "reading_another": screen.reading_another,
            "approval_problems": screen.approval_problems.sentences() if screen.approval_problems else [],
            "items": [
                (
                    view,
                    [
                        (a.value, workflow.ITEM_ACTION_LABELS[a])
                        for a in workflow.item_actions_from(view.item.state)
                        if a != ItemAction.ADDRESS and screen.may_review
                    ],
                )
                for view in screen.items
            ],
            "transitions": [(t.value, workflow.TRANSITION_LABELS[t]) for t in screen.transitions],
            "may_review": screen.may_review,
            "may_answer": screen.may_answer,
            "feedback_form": FeedbackForm(
                choices=_feedback_choices(screen.anchors), initial={"anchor": anchor}
            )
            if screen.may_review and screen.latest
            else None,
            "results": screen.results,
            "findings": screen.findings,
            "text": screen.text,
            "sections": screen.sections,
            "item_counts": screen.item_counts,
            "reply_form": ReplyForm(versions=[v.number for v in screen.versions]),
            "decision_form": DecisionForm(),
            "decisions": screen.decisions,
            "letters": screen.letters,
            "due_on": screen.due_on,
            "check": screen.check,
            # What the district sees of the reminders: only those who review the plan.
            "reminders": plan_reminders(plan) if screen.may_review else None,
        },
    )


@login_required
@require_POST
def transition(request: HttpRequest, pk: int, name: str) -> HttpResponse:
    plan = _visible_plan(request, pk)
    try:
        step = Transition(name)
    except ValueError:
        raise Http404 from None
    form = DecisionForm(request.POST)
    asked = form.cleaned_data if form.is_valid() else {}
    note = asked.get("note", "")
    reading = plan.versions.filter(pk=asked["version"]).first() if asked.get("version") else None
    try:
        if step == Transition.SUBMIT:
            services.submit(plan=plan, by=request.user)
        elif step == Transition.START_REVIEW:
            services.start_review(plan=plan, by=request.user)
        elif step == Transition.REQUEST_CHANGES:
            services.request_changes(plan=plan, by=request.user, note=note, reading=reading)
        else:
            services.approve(
                plan=plan, by=request.user, note=note, reading=reading, confirmed=bool(asked.get("confirm"))
            )
    except PlansError as error:
        _refused(request, error)
    else:
        messages.success(request, _("Done: %(step)s.") % {"step": workflow.TRANSITION_LABELS[step]})
    return redirect("reviews:plan", plan.pk)


@login_required
@require_POST
def add_feedback(request: HttpRequest, pk: int) -> HttpResponse:
    version = get_object_or_404(permissions.visible_versions(request.user).select_related("plan"), pk=pk)
    anchors = selectors.anchors_of(plan_selectors.current_check_run(version), language=_language())
    sections = anchors.sections
    form = FeedbackForm(request.POST, choices=_feedback_choices(anchors))
    if not form.is_valid():
        messages.error(
            request, _("The feedback was not saved: %(errors)s") % {"errors": form.errors.as_text()}
        )
        return redirect("reviews:plan", version.plan_id)
    anchor = form.cleaned_data["anchor"]
    kind, _sep, value = anchor.partition(":")
    try:
        services.add_feedback(
            version=version,
            by=request.user,
            severity=form.cleaned_data["severity"],
            text=form.cleaned_data["text"],
            requirement_key=value if kind == "requirement" else "",
            heading_path=sections[int(value)] if kind == "section" else (),
            finding_code=value if kind == "finding" else "",
        )
    except PlansError as error:
        _refused(request, error)
    else:
        messages.success(request, _("Feedback saved."))
    return redirect("reviews:plan", version.plan_id)


def _visible_item(request: HttpRequest, pk: int) -> FeedbackItem:
    plans = permissions.visible_plans(request.user)
    return get_object_or_404(FeedbackItem.objects.filter(plan__in=plans).select_related("plan"), pk=pk)


@login_required
@require_POST
def item_action(request: HttpRequest, pk: int, name: str) -> HttpResponse:
    item = _visible_item(request, pk)
    try:
        action = ItemAction(name)
        service = services.ITEM_SERVICES[action]
    except (ValueError, KeyError):
        raise Http404 from None
    try:
        service(item=item, by=request.user)
    except PlansError as error:
        _refused(request, error)
    return redirect(f"{_plan_url(item.plan_id)}#item-{item.pk}")


def _plan_url(plan_id: int) -> str:
    return reverse("reviews:plan", args=[plan_id])


@login_required
@require_POST
def reply(request: HttpRequest, pk: int) -> HttpResponse:
    item = _visible_item(request, pk)
    versions = {v.number: v for v in item.plan.versions.all()}
    form = ReplyForm(request.POST, versions=list(versions))
    if not form.is_valid():
        messages.error(request, _("The reply was not saved: %(errors)s") % {"errors": form.errors.as_text()})
        return redirect(f"{_plan_url(item.plan_id)}#item-{item.pk}")
    try:
        services.reply(
            item=item,
            by=request.user,
            text=form.cleaned_data["text"],
            addressing_version=versions.get(form.cleaned_data["version"])
            if form.cleaned_data["version"]
            else None,
        )
    except PlansError as error:
        _refused(request, error)
    return redirect(f"{_plan_url(item.plan_id)}#item-{item.pk}")


@login_required
@require_GET
def diff(request: HttpRequest, pk: int) -> HttpResponse:
    plan = _visible_plan(request, pk)
    versions = {v.number: v for v in plan.versions.all()}
    if len(versions) < 2:
        raise Http404(_("There is only one version: nothing to compare."))
    newest = max(versions)
    try:
        after = versions[int(request.GET.get("to", newest))]
        before = versions[int(request.GET.get("from", after.number - 1))]
    except (KeyError, ValueError):
        raise Http404 from None
    return render(
        request,
        "reviews/diff.html",
        {"plan": plan, "diff": selectors.version_diff(before, after), "numbers": sorted(versions)},
    )


@login_required
@require_POST
def write_letter(request: HttpRequest, pk: int) -> HttpResponse:
    plan = _visible_plan(request, pk)
    try:
        services.write_letter(plan=plan, by=request.user)
    except PlansError as error:
        _refused(request, error)
    else:
        messages.success(request, _("The feedback letter was written."))
    return redirect("reviews:plan", plan.pk)


@login_required
@require_GET
def letter_download(request: HttpRequest, pk: int) -> HttpResponseBase:
    plans = permissions.visible_plans(request.user)
    letter = get_object_or_404(
        FeedbackLetter.objects.filter(plan__in=plans).select_related("plan__school"), pk=pk
    )
    if not (
        permissions.can(request.user, Action.REVIEW, letter.plan)
        or permissions.can(request.user, Action.ANSWER_FEEDBACK, letter.plan)
    ):
        message = _("Only the school and its reviewers may read the feedback letter.")
        return render(request, "plans/not_allowed.html", {"message": message}, status=403)
    if letter.purged_at is not None:  # removed under the retention rule (reviews.retention)
        message = FilePurged(letter.purged_at).message
        back = reverse("reviews:plan", args=[letter.plan_id])
        return render(request, "plans/file_purged.html", {"message": message, "back": back}, status=410)
    year = letter.plan.school_year.label.replace("/", "-")
    name = f"aterkoppling-{letter.plan.school.skolenhetskod}-{year}.docx"
    return FileResponse(letter.file.open("rb"), as_attachment=True, filename=name)


# --- The district overview: schools × requirements, counts, overdue, chart and exports ---

NOT_CHECKED = exports.NOT_CHECKED
CELL_SYMBOLS = {"met": "✓", "partial": "◐", "missing": "✗", NOT_CHECKED: "–"}


@dataclass(frozen=True)
class OverviewFilters:
    year: SchoolYear | None
    area: int | None
    form: str | None
    status: str | None

    def query(self) -> str:
        """The filters as a query string, for the export links and the count links."""
        year = self.year.label if self.year else None
        params = {"year": year, "area": self.area, "form": self.form, "status": self.status}
        return urlencode({name: value for name, value in params.items() if value})


def _may_see_overview(request: HttpRequest) -> bool:
    return permissions.may_see_overview(request.user)


def overview_refused(request: HttpRequest) -> HttpResponse:
    message = _(
        "Only the district administrators, reviewers and service account may see the district overview."
    )
    return render(request, "plans/not_allowed.html", {"message": message}, status=403)


def _overview_filters(request: HttpRequest, years: QuerySet[SchoolYear]) -> OverviewFilters:
    """The query's filters; a value that is not one of the choices is ignored, not an error."""
    year = _chosen_year(request, years)
    area = request.GET.get("area", "")
    form = request.GET.get("form", "")
    status = request.GET.get("status", "")
    return OverviewFilters(
        year=year,
        area=int(area) if area.isdigit() else None,
        form=form if form in SchoolFormCode.values else None,
        status=status if status in PlanStatus.values else None,
    )


def _overview_matrix(request: HttpRequest, filters: OverviewFilters) -> selectors.YearMatrix | None:
    if filters.year is None:
        return None
    return selectors.school_year_matrix(
        permissions.visible_schools(request.user),
        school_year=filters.year,
        today=timezone.localdate(),
        area=filters.area,
        form=filters.form,
        status=filters.status,
    )


def _language() -> str:
    return get_language() or settings.LANGUAGE_CODE


def _result_labels() -> dict[str, str]:
    labels = {str(value): str(label) for value, label in RequirementStatus.choices}
    return {**labels, NOT_CHECKED: _("Not checked")}


@dataclass(frozen=True)
class ChartBar:
    label: str
    count: int
    y: int
    width: int


@dataclass(frozen=True)
class Chart:
    """Geometry of the bar chart of schools meeting each requirement; the template draws it."""

    bars: list[ChartBar]
    total: int
    height: int
    label_width: int = 330
    bar_space: int = 360
    bar_height: int = 22
    row_height: int = 30

    @property
    def bar_x(self) -> int:
        return self.label_width + 10

    @property
    def width(self) -> int:
        return self.bar_x + self.bar_space + 90


def _chart(matrix: selectors.YearMatrix, language: str) -> Chart:
    total = len(matrix.rows)
    counts = matrix.met_counts()
    bars = [
        ChartBar(
            label=requirement.title(language),
            count=count,
            y=20 + index * Chart.row_height,
            width=round(Chart.bar_space * count / total) if total else 0,
        )
        for index, (requirement, count) in enumerate(counts)
    ]
    return Chart(bars=bars, total=total, height=30 + len(bars) * Chart.row_height)


@login_required
@require_GET
def overview(request: HttpRequest) -> HttpResponse:
    if not _may_see_overview(request):
        return overview_refused(request)
    years = permissions.visible_school_years(request.user).order_by("-starts_on")
    filters = _overview_filters(request, years)
    matrix = _overview_matrix(request, filters)
    language = _language()
    labels = _result_labels()
    # Each cell is one of four fragments, rendered once: a 1,000-school matrix has 12,000 cells.
    cells = {
        result: render_to_string(
            "reviews/_matrix_cell.html", {"result": result, "symbol": symbol, "label": labels[result]}
        )
        for result, symbol in CELL_SYMBOLS.items()
    }
    context: dict[str, Any] = {"filters": filters, "years": years, "query": filters.query()}
    if matrix is not None:
        keys = [r.key for r in matrix.requirements]
        statuses = {str(value): str(label) for value, label in PlanStatus.choices}
        context |= {
            "matrix": matrix,
            "requirements": [(r.key, r.title(language)) for r in matrix.requirements],
            "rows": [
                (
                    row,
                    statuses[row.status],
                    _joined(cells[row.results.get(key, NOT_CHECKED)] for key in keys),
                )
                for row in matrix.rows
            ],
            "overdue": [(late, statuses[late.status]) for late in matrix.overdue],
            "total_schools": sum(matrix.by_status.values()),
            "counts": [
                (value, label, matrix.by_status.get(value, 0), _filter_query(filters, status=value))
                for value, label in PlanStatus.choices
            ],
            "all_statuses_query": _filter_query(filters, status=None),
            "chart": _chart(matrix, language),
            "areas": permissions.visible_areas(request.user)
            .filter(district_id=matrix.school_year.district_id)
            .order_by("name"),
            "forms": SchoolFormCode.choices,
            "statuses": PlanStatus.choices,
            "legend": [(CELL_SYMBOLS[k], labels[k]) for k in CELL_SYMBOLS],
        }
    return render(request, "reviews/overview.html", context)


def _joined(fragments: Iterable[str]) -> SafeString:
    """Template fragments rendered (and escaped) by render_to_string, joined into one: safe because
    each piece is, and far cheaper than a template loop over 12,000 cells."""
    return SafeString("".join(fragments))


def _filter_query(filters: OverviewFilters, *, status: str | None) -> str:
    return replace(filters, status=status).query()


def _export_table(
    matrix: selectors.YearMatrix, filters: OverviewFilters
) -> tuple[list[exports.Row], list[str], list[exports.Row]]:
    """The matrix as plain values in the request's language: what the file shows, a header, rows."""
    area = (
        Area.objects.filter(pk=filters.area).values_list("name", flat=True).first() if filters.area else None
    )
    chosen = exports.OverviewChoices(
        school_year=matrix.school_year.label,
        area=area,
        form=str(SchoolFormCode(filters.form).label) if filters.form else None,
        status=str(PlanStatus(filters.status).label) if filters.status else None,
    )
    return exports.overview_table(
        matrix, chosen=chosen, language=_language(), result_labels=_result_labels(), now=timezone.now()
    )


def _export_name(matrix: selectors.YearMatrix, extension: str) -> str:
    return f"oversikt-{matrix.school_year.label.replace('/', '-')}.{extension}"


def _export_matrix(request: HttpRequest) -> selectors.YearMatrix | HttpResponse:
    if not _may_see_overview(request):
        return overview_refused(request)
    matrix = _overview_matrix(request, _overview_filters(request, _years(request)))
    if matrix is None:
        raise Http404(_("There is no school year to show."))
    return matrix


def _years(request: HttpRequest) -> QuerySet[SchoolYear]:
    return permissions.visible_school_years(request.user).order_by("-starts_on")


@login_required
@require_GET
def overview_csv(request: HttpRequest) -> HttpResponse:
    """UTF-8 with a BOM and `;` between fields: what Excel opens as columns in a Swedish locale,
    where the comma is the decimal sign."""
    matrix = _export_matrix(request)
    if isinstance(matrix, HttpResponse):
        return matrix
    preamble, header, rows = _export_table(matrix, _overview_filters(request, _years(request)))
    response = HttpResponse(
        exports.csv_bytes(header, rows, preamble=preamble), content_type="text/csv; charset=utf-8"
    )
    response["Content-Disposition"] = f'attachment; filename="{_export_name(matrix, "csv")}"'
    return response


@login_required
@require_GET
def overview_xlsx(request: HttpRequest) -> HttpResponse:
    matrix = _export_matrix(request)
    if isinstance(matrix, HttpResponse):
        return matrix
    preamble, header, rows = _export_table(matrix, _overview_filters(request, _years(request)))
    data = exports.xlsx_bytes(
        header, rows, sheet_title=matrix.school_year.label.replace("/", "-"), preamble=preamble
    )
    response = HttpResponse(data, content_type=exports.XLSX)
    response["Content-Disposition"] = f'attachment; filename="{_export_name(matrix, "xlsx")}"'
    return response
