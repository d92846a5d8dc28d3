"""The review status machine and the feedback item lifecycle, as data.

Plan:  not submitted → submitted → in review → changes requested → resubmitted → in review → approved
       (an approved plan that is revised and submitted again is resubmitted and reviewed again).
Item:  open → addressed (the principal answers or names a version) → resolved | reopened; or dropped.

Who may act is a plans.permissions Action per transition; services.py applies both tables.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from plans.permissions import Action
from reviews.models import ItemState, PlanStatus


class Transition(enum.StrEnum):
    SUBMIT = "submit"
    START_REVIEW = "start_review"
    REQUEST_CHANGES = "request_changes"
    APPROVE = "approve"


PLAN_TRANSITIONS: dict[tuple[str, Transition], str] = {
    (PlanStatus.NOT_SUBMITTED, Transition.SUBMIT): PlanStatus.SUBMITTED,
    (PlanStatus.CHANGES_REQUESTED, Transition.SUBMIT): PlanStatus.RESUBMITTED,
    (PlanStatus.APPROVED, Transition.SUBMIT): PlanStatus.RESUBMITTED,
    (PlanStatus.SUBMITTED, Transition.START_REVIEW): PlanStatus.IN_REVIEW,
    (PlanStatus.RESUBMITTED, Transition.START_REVIEW): PlanStatus.IN_REVIEW,
    (PlanStatus.IN_REVIEW, Transition.REQUEST_CHANGES): PlanStatus.CHANGES_REQUESTED,
    (PlanStatus.IN_REVIEW, Transition.APPROVE): PlanStatus.APPROVED,
}

PLAN_ACTORS: dict[Transition, Action] = {
    Transition.SUBMIT: Action.SUBMIT,
    Transition.START_REVIEW: Action.DECIDE,
    Transition.REQUEST_CHANGES: Action.DECIDE,
    Transition.APPROVE: Action.DECIDE,
}

TRANSITION_LABELS = {
    Transition.SUBMIT: gettext_lazy("submit the plan"),
    Transition.START_REVIEW: gettext_lazy("start the review"),
    Transition.REQUEST_CHANGES: gettext_lazy("request changes"),
    Transition.APPROVE: gettext_lazy("approve the plan"),
}

WHO_LABELS = {
    Action.SUBMIT: gettext_lazy("the school's principal or a district administrator"),
    Action.DECIDE: gettext_lazy("the school's reviewer or a district administrator"),
    Action.ANSWER_FEEDBACK: gettext_lazy("the school's principal or a district administrator"),
    Action.REVIEW: gettext_lazy("the school's reviewer or a district administrator"),
}


class ItemAction(enum.StrEnum):
    ADDRESS = "address"
    RESOLVE = "resolve"
    REOPEN = "reopen"
    DROP = "drop"


ITEM_TRANSITIONS: dict[tuple[str, ItemAction], str] = {
    (ItemState.OPEN, ItemAction.ADDRESS): ItemState.ADDRESSED,
    (ItemState.REOPENED, ItemAction.ADDRESS): ItemState.ADDRESSED,
    (ItemState.OPEN, ItemAction.RESOLVE): ItemState.RESOLVED,
    (ItemState.REOPENED, ItemAction.RESOLVE): ItemState.RESOLVED,
    (ItemState.ADDRESSED, ItemAction.RESOLVE): ItemState.RESOLVED,
    (ItemState.ADDRESSED, ItemAction.REOPEN): ItemState.REOPENED,
    (ItemState.RESOLVED, ItemAction.REOPEN): ItemState.REOPENED,
    (ItemState.DROPPED, ItemAction.REOPEN): ItemState.REOPENED,
    (ItemState.OPEN, ItemAction.DROP): ItemState.DROPPED,
    (ItemState.REOPENED, ItemAction.DROP): ItemState.DROPPED,
    (ItemState.ADDRESSED, ItemAction.DROP): ItemState.DROPPED,
}

ITEM_ACTORS: dict[ItemAction, Action] = {
    ItemAction.ADDRESS: Action.ANSWER_FEEDBACK,
    ItemAction.RESOLVE: Action.REVIEW,
    ItemAction.REOPEN: Action.REVIEW,
    ItemAction.DROP: Action.REVIEW,
}

ITEM_ACTION_LABELS = {
    ItemAction.ADDRESS: gettext_lazy("mark as addressed"),
    ItemAction.RESOLVE: gettext_lazy("resolve"),
    ItemAction.REOPEN: gettext_lazy("reopen"),
    ItemAction.DROP: gettext_lazy("drop"),
}


@dataclass(frozen=True)
class Step:
    before: str
    after: str


def plan_step(status: str, transition: Transition) -> Step | None:
    after = PLAN_TRANSITIONS.get((status, transition))
    return Step(status, after) if after else None


def allowed_from(status: str) -> list[Transition]:
    return [t for (s, t) in PLAN_TRANSITIONS if s == status]


def item_step(state: str, action: ItemAction) -> Step | None:
    after = ITEM_TRANSITIONS.get((state, action))
    return Step(state, after) if after else None


def item_actions_from(state: str) -> list[ItemAction]:
    return [a for (s, a) in ITEM_TRANSITIONS if s == state]


def refusal_for_plan(status: str, transition: Transition) -> str:
    """Why a transition cannot happen now, naming what can."""
    allowed = allowed_from(status)
    here = PlanStatus(status).label
    if not allowed:
        return _("The plan is “%(status)s”; nothing can be done to it now, so you cannot %(action)s.") % {
            "status": here,
            "action": TRANSITION_LABELS[transition],
        }
    return _("The plan is “%(status)s”, so you cannot %(action)s. From here one can: %(allowed)s.") % {
        "status": here,
        "action": TRANSITION_LABELS[transition],
        "allowed": ", ".join(f"{TRANSITION_LABELS[t]} ({WHO_LABELS[PLAN_ACTORS[t]]})" for t in allowed),
    }


def refusal_for_item(state: str, action: ItemAction) -> str:
    allowed = item_actions_from(state)
    here = ItemState(state).label
    if not allowed:
        return _("The feedback item is “%(state)s”; you cannot %(action)s it.") % {
            "state": here,
            "action": ITEM_ACTION_LABELS[action],
        }
    return _(
        "The feedback item is “%(state)s”, so you cannot %(action)s it. From here one can: %(allowed)s."
    ) % {
        "state": here,
        "action": ITEM_ACTION_LABELS[action],
        "allowed": ", ".join(f"{ITEM_ACTION_LABELS[a]} ({WHO_LABELS[ITEM_ACTORS[a]]})" for a in allowed),
    }


def not_allowed_message(action: Action, what: str) -> str:
    """The permission refusal, naming who may."""
    return _("Only %(who)s may %(what)s.") % {"who": WHO_LABELS[action], "what": what}
