"""The district's page on the engine measured against its reviewers (issue 14.2): per requirement of
a school year, how often the reviewers changed the engine's status, with agreement, F1 and the
engine-by-reviewer table — where the check can be trusted, and where a lawyer should look twice."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import get_language
from django.views.decorators.http import require_GET

from plans import permissions
from plans.agreement import STATUSES, Agreement
from plans.models import RequirementStatus
from reviews import selectors
from reviews.views import overview_refused


@login_required
@require_GET
def engine_agreement(request: HttpRequest) -> HttpResponse:
    if not permissions.may_see_overview(request.user):
        return overview_refused(request)
    years = permissions.visible_school_years(request.user).order_by("-starts_on")
    label = request.GET.get("year", "")
    year = years.filter(label=label).first() if label else years.first()
    report = selectors.engine_against_reviewers(year, language=get_language() or "sv") if year else None
    labels = {str(value): str(label) for value, label in RequirementStatus.choices}
    return render(
        request,
        "reviews/engine.html",
        {
            "years": years,
            "year": year,
            "report": report,
            "statuses": [(s, labels[s]) for s in STATUSES],
            "rows": [
                (title, agreement, _table(agreement, labels))
                for title, agreement in (report.requirements if report else [])
            ],
        },
    )


def _table(agreement: Agreement, labels: dict[str, str]) -> list[tuple[str, list[int]]]:
    """The engine's status by row, the reviewers' by column."""
    return [
        (labels[engine], [agreement.table[(engine, wanted)] for wanted in STATUSES]) for engine in STATUSES
    ]
