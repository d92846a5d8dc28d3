"""The school year's default milestones and reminder dates: pure date arithmetic, no database."""

from __future__ import annotations

import datetime

import pytest

from reviews import timeline
from reviews.timeline import PLAN_DUE, RESULT_DIALOGUE, WRITTEN_FEEDBACK, MilestoneDate

D = datetime.date
STARTS, ENDS = D(2025, 8, 1), D(2026, 7, 31)
OFFSETS = (14, 3, -1, -14)
DUE = D(2025, 9, 30)


def by_form(dates: list[MilestoneDate]) -> dict[str, dict[str, datetime.date]]:
    table: dict[str, dict[str, datetime.date]] = {}
    for date in dates:
        table.setdefault(date.school_form, {})[date.kind] = date.due_on
    return table


def test_grundskola_has_the_plan_due_in_september_and_written_feedback_in_june() -> None:
    dates = by_form(timeline.default_milestones(["grundskola"], STARTS, ENDS))
    assert dates == {"grundskola": {PLAN_DUE: D(2025, 9, 30), WRITTEN_FEEDBACK: D(2026, 6, 10)}}


def test_anpassad_grundskola_gets_the_written_feedback_like_grundskola() -> None:
    dates = by_form(timeline.default_milestones(["anpassad_grundskola"], STARTS, ENDS))
    assert dates == {"anpassad_grundskola": {PLAN_DUE: D(2025, 9, 30), WRITTEN_FEEDBACK: D(2026, 6, 10)}}


@pytest.mark.parametrize("form", ["gymnasieskola", "anpassad_gymnasieskola"])
def test_gymnasieskola_has_the_result_dialogue_in_the_autumn(form: str) -> None:
    dates = by_form(timeline.default_milestones([form], STARTS, ENDS))
    assert dates == {form: {PLAN_DUE: D(2025, 9, 30), RESULT_DIALOGUE: D(2025, 11, 30)}}


def test_other_school_forms_get_only_the_plan_due_date() -> None:
    dates = by_form(timeline.default_milestones(["forskoleklass", "fritidshem"], STARTS, ENDS))
    assert dates == {"forskoleklass": {PLAN_DUE: DUE}, "fritidshem": {PLAN_DUE: DUE}}


def test_no_forms_give_no_milestones() -> None:
    assert timeline.default_milestones([], STARTS, ENDS) == []


def test_a_school_year_starting_after_september_clamps_the_plan_due_date_to_its_first_day() -> None:
    dates = by_form(timeline.default_milestones(["grundskola"], D(2025, 10, 15), ENDS))
    assert dates["grundskola"][PLAN_DUE] == D(2025, 10, 15)


def test_a_school_year_ending_before_june_clamps_the_written_feedback_to_its_last_day() -> None:
    dates = by_form(timeline.default_milestones(["grundskola"], STARTS, D(2026, 5, 31)))
    assert dates["grundskola"][WRITTEN_FEEDBACK] == D(2026, 5, 31)


def test_a_school_year_starting_in_december_clamps_the_result_dialogue_to_its_first_day() -> None:
    dates = by_form(timeline.default_milestones(["gymnasieskola"], D(2025, 12, 1), ENDS))
    assert dates["gymnasieskola"][RESULT_DIALOGUE] == D(2025, 12, 1)
    assert dates["gymnasieskola"][PLAN_DUE] == D(2025, 12, 1)


def test_a_school_with_several_forms_is_due_at_the_earliest_of_their_dates() -> None:
    assert timeline.school_due_date([D(2025, 10, 1), D(2025, 9, 15), D(2025, 9, 30)]) == D(2025, 9, 15)


def test_a_school_without_forms_has_no_due_date() -> None:
    assert timeline.school_due_date([]) is None


def test_the_review_is_due_review_days_after_submission() -> None:
    assert timeline.review_due_date(D(2025, 9, 20), 21) == D(2025, 10, 11)
    assert timeline.review_due_date(D(2025, 12, 20), 21) == D(2026, 1, 10)


def test_a_date_is_overdue_only_after_the_day_itself() -> None:
    assert timeline.is_overdue(DUE, D(2025, 9, 29)) is False
    assert timeline.is_overdue(DUE, DUE) is False
    assert timeline.is_overdue(DUE, D(2025, 10, 1)) is True


def test_nothing_is_overdue_without_a_date() -> None:
    assert timeline.is_overdue(None, D(2030, 1, 1)) is False


@pytest.mark.parametrize(
    ("today", "expected"),
    [
        (D(2025, 9, 1), []),
        (D(2025, 9, 15), []),
        (D(2025, 9, 16), [14]),  # 14 days before
        (D(2025, 9, 26), [14]),
        (D(2025, 9, 27), [3]),  # 3 days before
        (D(2025, 9, 30), [3]),  # the due date itself
        (D(2025, 10, 1), [-1]),  # 1 day after
        (D(2025, 10, 13), [-1]),
        (D(2025, 10, 14), [-14]),  # 14 days after
        (D(2026, 3, 1), [-14]),
    ],
)
def test_the_reminder_due_today_is_the_latest_whose_day_has_come(
    today: datetime.date, expected: list[int]
) -> None:
    assert timeline.reminder_offsets_due(DUE, today, OFFSETS) == expected


def test_a_missed_reminder_day_is_still_due_the_day_after() -> None:
    # The beat was down on 16 September: the 14-days-before reminder goes out on the 17th.
    assert timeline.reminder_offsets_due(DUE, D(2025, 9, 17), OFFSETS) == [14]


def test_several_missed_reminder_days_give_only_the_latest_reminder() -> None:
    # Down from 15 September to 2 October: one e-mail (1 day late), not a burst of three.
    assert timeline.reminder_offsets_due(DUE, D(2025, 10, 2), OFFSETS) == [-1]


def test_the_offsets_may_come_in_any_order() -> None:
    assert timeline.reminder_offsets_due(DUE, D(2025, 9, 28), (-14, 3, -1, 14)) == [3]


def test_no_offsets_give_no_reminders() -> None:
    assert timeline.reminder_offsets_due(DUE, D(2025, 10, 30), ()) == []
