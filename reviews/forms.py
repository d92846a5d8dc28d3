"""Forms of the review pages. They parse input; reviews.services decides."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from plans.models import RequirementStatus
from reviews.models import Severity

PLAN_ANCHOR = "plan"


def anchor_choices(
    requirements: Sequence[tuple[str, str]],
    sections: Sequence[tuple[str, ...]],
    findings: Sequence[tuple[str, str]],
) -> list[tuple[Any, Any]]:
    """Anchor options, grouped: requirement:<key>, section:<index into sections>, finding:<code>."""
    return [
        (PLAN_ANCHOR, _("The plan as a whole")),
        (_("Requirements"), [(f"requirement:{key}", title) for key, title in requirements]),
        (_("Sections"), [(f"section:{i}", " › ".join(path)) for i, path in enumerate(sections)]),
        (_("Findings"), [(f"finding:{code}", label) for code, label in findings]),
    ]


class FeedbackForm(forms.Form):
    anchor = forms.ChoiceField(label=_("About"))
    severity = forms.ChoiceField(label=_("Severity"), choices=Severity.choices, initial=Severity.SHOULD_FIX)
    text = forms.CharField(label=_("Feedback"), widget=forms.Textarea(attrs={"rows": 4}), max_length=5000)

    def __init__(self, *args: Any, choices: list[tuple[Any, Any]], **kwargs: Any) -> None:
        kwargs.setdefault("label_suffix", "")  # labels without a trailing colon, like the other forms
        super().__init__(*args, **kwargs)
        field = self.fields["anchor"]
        assert isinstance(field, forms.ChoiceField)  # noqa: S101 - declared above
        field.choices = choices


class ReplyForm(forms.Form):
    text = forms.CharField(label=_("Reply"), widget=forms.Textarea(attrs={"rows": 3}), max_length=5000)
    version = forms.TypedChoiceField(
        label=_("Addressed in version"), coerce=int, required=False, empty_value=None
    )

    def __init__(self, *args: Any, versions: Sequence[int] = (), **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields["version"]
        assert isinstance(field, forms.ChoiceField)  # noqa: S101 - declared above
        field.choices = [("", _("— no version —")), *((n, str(n)) for n in versions)]


class DecisionForm(forms.Form):
    note = forms.CharField(
        label=_("Note for the school (goes into the letter)"),
        widget=forms.Textarea(attrs={"rows": 3}),
        required=False,
        max_length=5000,
    )
    # The version on the reviewer's screen: a decision on another one than the one handed in is refused.
    version = forms.IntegerField(widget=forms.HiddenInput, required=False)
    confirm = forms.BooleanField(
        label=_("I have read the open problems above and approve the plan all the same"), required=False
    )


class AssessmentForm(forms.Form):
    """The reviewer's status for one requirement; the rules (reason when it differs) are the service's."""

    key = forms.SlugField(max_length=50, widget=forms.HiddenInput)
    status = forms.ChoiceField(label=_("Assessment"), choices=RequirementStatus.choices)
    reason = forms.CharField(label=_("Reason"), max_length=500, required=False)
