"""Feedback items in a later version: where each item's anchor is now (same requirement, same
heading path or the same heading renumbered or moved, or gone)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from django.db.models import Count, QuerySet

from plans.models import CheckRun, Plan
from reviews.models import AnchorKind, FeedbackItem, ItemState


@dataclass(frozen=True)
class Located:
    """Where an item's anchor is in a given version."""

    heading_path: tuple[str, ...]
    gone: bool  # the section or the finding is no longer there
    moved: bool  # found, under another heading path than when the item was written
    requirement_status: str = ""  # for requirement anchors: the requirement's status in this version


_NUMBERING = re.compile(r"^\s*\d+(?:\.\d+)*\.?\s*")


def _heading_key(text: str) -> str:
    return " ".join(_NUMBERING.sub("", text).casefold().split())


def heading_paths(run: CheckRun | None) -> list[tuple[str, ...]]:
    """The heading paths of a checked version, rebuilt from its stored outline."""
    if run is None:
        return []
    paths: list[tuple[str, ...]] = []
    stack: list[tuple[int, str]] = []
    for heading in run.outline.get("headings", []):
        level, text = int(heading.get("level", 1)), str(heading.get("text", ""))
        if level == 0:
            paths.append((text,))
            continue
        while stack and stack[-1][0] >= level:
            stack.pop()
        stack.append((level, text))
        paths.append(tuple(t for _, t in stack))
    return paths


def locate(item: FeedbackItem, run: CheckRun | None) -> Located:
    """Find the item's anchor again in a version's check run: by requirement key, by heading path
    (or the same heading renumbered or moved), or by finding code."""
    written_path = tuple(item.heading_path)
    if run is None:
        return Located(written_path, gone=False, moved=False)
    if item.anchor_kind == AnchorKind.REQUIREMENT:
        result = next((r for r in run.results.all() if r.key == item.requirement_key), None)
        path = tuple(result.evidence[0].get("heading_path", [])) if result and result.evidence else ()
        return Located(path, gone=False, moved=False, requirement_status=result.status if result else "")
    if item.anchor_kind == AnchorKind.SECTION:
        paths = heading_paths(run)
        if written_path in paths:
            return Located(written_path, gone=False, moved=False)
        wanted = _heading_key(written_path[-1]) if written_path else ""
        same = [p for p in paths if p and _heading_key(p[-1]) == wanted]
        if same:
            return Located(same[0], gone=False, moved=True)
        return Located(written_path, gone=True, moved=False)
    if item.anchor_kind == AnchorKind.FINDING:
        findings = [f for f in run.findings.all() if f.code == item.finding_code]
        exact = [f for f in findings if not item.finding_shown_as or f.masked == item.finding_shown_as]
        if exact:
            where = exact[0].evidence[0].get("heading_path", []) if exact[0].evidence else []
            return Located(tuple(where), gone=False, moved=False)
        return Located((), gone=True, moved=False)
    return Located((), gone=False, moved=False)


@dataclass(frozen=True)
class ItemView:
    item: FeedbackItem
    located: Located


def plan_items(plan: Plan, *, run: CheckRun | None) -> list[ItemView]:
    """Every feedback item of the plan, located in a version's check run (normally the latest's)."""
    items = (
        FeedbackItem.objects.filter(plan=plan)
        .select_related("created_by", "version", "addressed_in", "resolved_in")
        .prefetch_related("replies__author", "replies__version")
    )
    return [ItemView(item, locate(item, run)) for item in items]


def items_for_principal(plan: Plan) -> QuerySet[FeedbackItem]:
    return FeedbackItem.objects.filter(plan=plan).exclude(state="dropped")


# Items waiting for the school: addressed ones wait for the reviewer, so they are not "open".
OPEN_STATES = (ItemState.OPEN, ItemState.REOPENED)


def open_item_counts(plan_ids: Iterable[int]) -> dict[int, int]:
    """plan id → feedback items open (or reopened) for the school: one query."""
    return dict(
        FeedbackItem.objects.filter(plan_id__in=list(plan_ids), state__in=OPEN_STATES)
        .values("plan_id")
        .annotate(n=Count("pk"))
        .values_list("plan_id", "n")
    )
