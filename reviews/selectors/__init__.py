"""Reads of the review workflow, one module per concern; import from here.

- dates: status, milestone dates, overdue (computed, never stored)
- assignments: who reviews which school
- results: the version a plan's status refers to and the check run its results come from
- queue: the reviewer's queue
- feedback: where each feedback item sits in a later version
- changes: what changed between two versions
- summaries: the school year's and one school's status (API)
- matrix: schools by requirements (the overview and its exports)
- start: the principal's start page
- review_screen: the plan's review page
- engine: the engine measured against the reviewers' assessments
"""

from reviews.selectors.assignments import Assignment, assignments, reviewer_names
from reviews.selectors.changes import RANK, CheckDelta, VersionDiff, check_delta, version_diff
from reviews.selectors.dates import (
    Overdue,
    OverdueRow,
    milestone_dates,
    overdue,
    overdue_row,
    plan_due_date,
    school_date,
    status_of,
)
from reviews.selectors.engine import EngineReport, engine_against_reviewers
from reviews.selectors.feedback import (
    OPEN_STATES,
    ItemView,
    Located,
    heading_paths,
    items_for_principal,
    locate,
    open_item_counts,
    plan_items,
)
from reviews.selectors.matrix import MatrixRequirement, MatrixRow, YearMatrix, school_year_matrix
from reviews.selectors.queue import QUEUE_STATUSES, QueueRow, reviewer_queue
from reviews.selectors.results import (
    DECIDED_STATUSES,
    NO_PLAN,
    CheckSummary,
    PlanState,
    check_summaries,
    plan_states,
)
from reviews.selectors.review_screen import Anchors, ReviewScreen, anchors_of, review_screen
from reviews.selectors.start import NextStep, StartRow, start_rows
from reviews.selectors.summaries import SchoolSummary, YearSummary, school_summary, school_year_summary

__all__ = [
    "DECIDED_STATUSES",
    "NO_PLAN",
    "OPEN_STATES",
    "QUEUE_STATUSES",
    "RANK",
    "Anchors",
    "Assignment",
    "CheckDelta",
    "CheckSummary",
    "EngineReport",
    "ItemView",
    "Located",
    "MatrixRequirement",
    "MatrixRow",
    "NextStep",
    "Overdue",
    "OverdueRow",
    "PlanState",
    "QueueRow",
    "ReviewScreen",
    "SchoolSummary",
    "StartRow",
    "VersionDiff",
    "YearMatrix",
    "YearSummary",
    "anchors_of",
    "assignments",
    "check_delta",
    "check_summaries",
    "engine_against_reviewers",
    "heading_paths",
    "items_for_principal",
    "locate",
    "milestone_dates",
    "open_item_counts",
    "overdue",
    "overdue_row",
    "plan_due_date",
    "plan_items",
    "plan_states",
    "review_screen",
    "reviewer_names",
    "reviewer_queue",
    "school_date",
    "school_summary",
    "school_year_matrix",
    "school_year_summary",
    "start_rows",
    "status_of",
    "version_diff",
]
