"""The school year's milestones and reminder dates: pure date arithmetic, no database.

Deadlines are district data (Milestone rows, editable in the admin); these are only the defaults a
new school year starts with (BRIEF §7.2): every plan due at the end of September; grundskolor get the
written feedback at the end of the school year; gymnasieskolor their result dialogue in the autumn.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

PLAN_DUE, WRITTEN_FEEDBACK, RESULT_DIALOGUE = "plan_due", "written_feedback", "result_dialogue"
WRITTEN_FEEDBACK_FORMS = frozenset({"grundskola", "anpassad_grundskola"})
RESULT_DIALOGUE_FORMS = frozenset({"gymnasieskola", "anpassad_gymnasieskola"})


@dataclass(frozen=True)
class MilestoneDate:
    school_form: str
    kind: str
    due_on: datetime.date


def default_milestones(
    forms: Iterable[str], starts_on: datetime.date, ends_on: datetime.date
) -> list[MilestoneDate]:
    plan_due = _within(datetime.date(starts_on.year, 9, 30), starts_on, ends_on)
    feedback = _within(datetime.date(ends_on.year, 6, 10), starts_on, ends_on)
    dialogue = _within(datetime.date(starts_on.year, 11, 30), starts_on, ends_on)
    dates: list[MilestoneDate] = []
    for form in forms:
        dates.append(MilestoneDate(form, PLAN_DUE, plan_due))
        if form in WRITTEN_FEEDBACK_FORMS:
            dates.append(MilestoneDate(form, WRITTEN_FEEDBACK, feedback))
        if form in RESULT_DIALOGUE_FORMS:
            dates.append(MilestoneDate(form, RESULT_DIALOGUE, dialogue))
    return dates


def _within(day: datetime.date, first: datetime.date, last: datetime.date) -> datetime.date:
    return min(max(day, first), last)


def school_due_date(form_dates: Sequence[datetime.date]) -> datetime.date | None:
    """A school with several forms hands in one plan: the earliest of its forms' dates applies."""
    return min(form_dates, default=None)


def review_due_date(submitted_on: datetime.date, review_days: int) -> datetime.date:
    return submitted_on + datetime.timedelta(days=review_days)


def is_overdue(due_on: datetime.date | None, today: datetime.date) -> bool:
    return due_on is not None and today > due_on


def reminder_offsets_due(due_on: datetime.date, today: datetime.date, offsets: Sequence[int]) -> list[int]:
    """Which reminders are due today: an offset n > 0 is n days before the date, n < 0 is -n days
    after it. A reminder whose day has passed is still due (the beat may have missed a day), so the
    caller's sent-reminder keys decide what actually goes out; only the latest of them is returned,
    so one e-mail goes out, not a burst."""
    passed = [n for n in offsets if today >= due_on - datetime.timedelta(days=n)]
    return [min(passed)] if passed else []
