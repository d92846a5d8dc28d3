"""Review pages: the reviewer's queue, a plan's review (for the reviewer and the school), the diff
between versions and the feedback letter. Thin: fetch what the user may see, call one service."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.http.response import HttpResponseBase
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from plans import permissions
from plans import selectors as plan_selectors
from plans.errors import PlansError
from plans.finding_texts import finding_text
from plans.models import Plan, PlanVersion
from plans.permissions import Action
from reviews import selectors, services, workflow
from reviews.forms import DecisionForm, FeedbackForm, ReplyForm, anchor_choices
from reviews.models import FeedbackItem, FeedbackLetter, PlanStatus
from reviews.workflow import ItemAction, Transition


def _visible_plan(request: HttpRequest, pk: int) -> Plan:
    return get_object_or_404(
        permissions.visible_plans(request.user).select_related("school", "school__district", "school_year"),
        pk=pk,
    )


def _refused(request: HttpRequest, error: PlansError) -> None:
    messages.error(request, error.message)


@login_required
@require_GET
def queue(request: HttpRequest) -> HttpResponse:
    years = permissions.visible_school_years(request.user).order_by("-starts_on")
    year = years.filter(label=request.GET.get("year", "")).first()
    if year is None:
        district = permissions.visible_districts(request.user).first()
        year = plan_selectors.current_school_year(district) if district else None
    rows = (
        selectors.reviewer_queue(request.user, school_year=year, today=timezone.localdate()) if year else []
    )
    return render(request, "reviews/queue.html", {"rows": rows, "year": year, "years": years})


def _anchor_options(version: PlanVersion | None) -> tuple[list[tuple[Any, Any]], list[tuple[str, ...]]]:
    run = plan_selectors.latest_check_run(version) if version else None
    if run is None:
        return anchor_choices([], [], []), []
    swedish = (get_language() or "sv").startswith("sv")
    requirement_rows = run.template.requirements.all() if run.template else []
    titles = {r.key: (r.title_sv if swedish else r.title_en) for r in requirement_rows}
    requirements = [(r.key, titles.get(r.key, r.key)) for r in run.results.all()]
    sections = selectors.heading_paths(run)
    findings: list[tuple[str, str]] = []
    for finding in run.findings.all():
        if finding.code not in [code for code, _ in findings]:
            findings.append(
                (finding.code, finding_text(finding.code, {**finding.params, "masked": finding.masked}))
            )
    return anchor_choices(requirements, sections, findings), sections


@login_required
@require_GET
def plan_review(request: HttpRequest, pk: int) -> HttpResponse:
    plan = _visible_plan(request, pk)
    versions = list(plan.versions.order_by("-number"))
    latest = versions[0] if versions else None
    review = services.review_of(plan) if permissions.can(request.user, Action.REVIEW, plan) else None
    status = review.status if review else selectors.status_of(plan)
    choices, _sections = _anchor_options(latest)
    may_review = permissions.can(request.user, Action.REVIEW, plan)
    may_answer = permissions.can(request.user, Action.ANSWER_FEEDBACK, plan)
    transitions = [
        t
        for t in workflow.allowed_from(status)
        if permissions.can(request.user, workflow.PLAN_ACTORS[t], plan)
    ]
    items = selectors.plan_items(plan, version=latest)
    return render(
        request,
        "reviews/plan_review.html",
        {
            "plan": plan,
            "status": status,
            "status_label": PlanStatus(status).label,
            "versions": versions,
            "latest": latest,
            "items": [
                (
                    view,
                    [
                        (a.value, workflow.ITEM_ACTION_LABELS[a])
                        for a in workflow.item_actions_from(view.item.state)
                        if a != ItemAction.ADDRESS and may_review
                    ],
                )
                for view in items
            ],
            "transitions": [(t.value, workflow.TRANSITION_LABELS[t]) for t in transitions],
            "may_review": may_review,
            "may_answer": may_answer,
            "feedback_form": FeedbackForm(choices=choices) if may_review and latest else None,
            "reply_form": ReplyForm(versions=[v.number for v in versions]),
            "decision_form": DecisionForm(),
            "decisions": plan.decisions.select_related("by", "version"),
            "letters": plan.letters.select_related("created_by", "version"),
            "due_on": selectors.plan_due_date(plan.school, plan.school_year),
            "check": selectors.check_summaries([latest]).get(latest.pk) if latest else None,
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
    note = form.cleaned_data["note"] if form.is_valid() else ""
    try:
        if step == Transition.SUBMIT:
            services.submit(plan=plan, by=request.user)
        elif step == Transition.START_REVIEW:
            services.start_review(plan=plan, by=request.user)
        elif step == Transition.REQUEST_CHANGES:
            services.request_changes(plan=plan, by=request.user, note=note)
        else:
            services.approve(plan=plan, by=request.user, note=note)
    except PlansError as error:
        _refused(request, error)
    else:
        messages.success(request, _("Done: %(step)s.") % {"step": workflow.TRANSITION_LABELS[step]})
    return redirect("reviews:plan", plan.pk)


@login_required
@require_POST
def add_feedback(request: HttpRequest, pk: int) -> HttpResponse:
    version = get_object_or_404(permissions.visible_versions(request.user).select_related("plan"), pk=pk)
    choices, sections = _anchor_options(version)
    form = FeedbackForm(request.POST, choices=choices)
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
    year = letter.plan.school_year.label.replace("/", "-")
    name = f"aterkoppling-{letter.plan.school.skolenhetskod}-{year}.docx"
    return FileResponse(letter.file.open("rb"), as_attachment=True, filename=name)
