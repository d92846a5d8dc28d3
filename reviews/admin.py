"""The review workflow in the admin, scoped by plans.permissions like the rest of it.

Milestone dates and letterheads are district data, edited here. Reviews, feedback, decisions and
reminders sent are shown read-only: their state changes only through reviews.services.
"""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib import admin
from django.core.files.uploadedfile import UploadedFile
from django.db.models import Model, QuerySet
from django.http import HttpRequest
from django.utils.translation import gettext as _

from plans import permissions
from plans.admin import DistrictScopedAdmin, ReadOnlyScopedAdmin
from plans.checking.package import PackageRejected, open_package
from plans.errors import rejection_message
from plans.permissions import Action
from reviews.models import Decision, FeedbackItem, Letterhead, Milestone, PlanReview, ReminderSent


class OwnedByPlansObject:
    """plans.permissions knows plans' models; a review row is judged by the plans object it belongs to."""

    def owner(self, obj: Any) -> Model | None:
        owner: Model | None = getattr(obj, "plan", None)
        return owner

    def has_view_permission(self, request: HttpRequest, obj: Model | None = None) -> bool:
        if obj is None:
            return permissions.is_district_admin(request.user)
        owner = self.owner(obj)
        if owner is None:  # a reminder about a school without a plan row names no district
            return request.user.is_superuser
        return permissions.can(request.user, Action.ADMINISTER, owner)


@admin.register(Milestone)
class MilestoneAdmin(OwnedByPlansObject, DistrictScopedAdmin):
    district_lookup = "school_year__district"
    list_display = ["school_year", "school_form", "kind", "due_on"]
    list_editable = ["due_on"]
    list_filter = ["school_year__label", "school_form", "kind"]
    list_select_related = ["school_year", "school_form"]
    ordering = ["school_year__starts_on", "school_form", "due_on"]

    def owner(self, obj: Any) -> Model | None:
        year: Model = obj.school_year
        return year


class LetterheadForm(forms.ModelForm):  # type: ignore[type-arg]
    class Meta:
        model = Letterhead
        fields = ["district", "administration", "file"]
        # Plan storage has no public URLs, so the default widget's "currently: <link>" cannot render.
        widgets = {"file": forms.FileInput}

    def clean_file(self) -> Any:
        """Only a safe, plain .docx becomes the letterhead every letter is rendered on."""
        file = self.cleaned_data["file"]
        if isinstance(file, UploadedFile):  # a new upload; an unchanged form keeps the stored file
            data = file.read()
            file.seek(0)
            try:
                open_package(data)
            except PackageRejected as rejected:
                reason = rejection_message(rejected.code, rejected.params)
                raise forms.ValidationError(
                    _("The letterhead was not accepted: %(reason)s") % {"reason": reason}
                ) from None
        return file


@admin.register(Letterhead)
class LetterheadAdmin(OwnedByPlansObject, DistrictScopedAdmin):
    form = LetterheadForm
    list_display = ["district", "administration", "uploaded_at"]
    list_select_related = ["district"]

    def owner(self, obj: Any) -> Model | None:
        district: Model = obj.district
        return district


@admin.register(PlanReview)
class PlanReviewAdmin(OwnedByPlansObject, ReadOnlyScopedAdmin):
    district_lookup = "plan__school__district"
    list_display = ["plan", "status", "submitted_version", "submitted_at", "changed_at"]
    list_filter = ["status", "plan__school_year__label"]
    search_fields = ["plan__school__name", "plan__school__skolenhetskod"]
    list_select_related = ["plan__school", "plan__school_year", "submitted_version"]


@admin.register(FeedbackItem)
class FeedbackItemAdmin(OwnedByPlansObject, ReadOnlyScopedAdmin):
    district_lookup = "plan__school__district"
    list_display = ["plan", "severity", "anchor_kind", "state", "version", "created_by", "created_at"]
    list_filter = ["state", "severity", "anchor_kind", "plan__school_year__label"]
    search_fields = ["plan__school__name", "plan__school__skolenhetskod", "text"]
    list_select_related = ["plan__school", "plan__school_year", "version", "created_by"]


@admin.register(Decision)
class DecisionAdmin(OwnedByPlansObject, ReadOnlyScopedAdmin):
    district_lookup = "plan__school__district"
    list_display = ["at", "plan", "kind", "version", "by"]
    list_filter = ["kind", "plan__school_year__label"]
    search_fields = ["plan__school__name", "plan__school__skolenhetskod", "note"]
    list_select_related = ["plan__school", "plan__school_year", "version", "by"]


@admin.register(ReminderSent)
class ReminderSentAdmin(OwnedByPlansObject, ReadOnlyScopedAdmin):
    district_lookup = "plan__school__district"
    list_display = ["sent_at", "kind", "plan", "key"]
    list_filter = ["kind"]
    search_fields = ["key", "plan__school__name"]
    list_select_related = ["plan__school", "plan__school_year"]

    def get_queryset(self, request: HttpRequest) -> QuerySet[Any]:
        # A reminder about a school that has no plan row yet names no district; only superusers see it.
        if request.user.is_superuser:
            return ReminderSent.objects.select_related("plan__school", "plan__school_year")
        return super().get_queryset(request)
