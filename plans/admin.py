"""The admin, scoped by plans.permissions: a district admin manages their own district only."""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib import admin, messages
from django.contrib.admin import helpers
from django.contrib.auth.admin import UserAdmin
from django.contrib.auth.models import Group, User
from django.db.models import Count, ForeignKey, Model, Q, QuerySet
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import URLPattern, path
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from plans import permissions, selectors, services
from plans.checking import SpecError
from plans.forms import SchoolImportForm
from plans.models import (
    Area,
    CheckStatus,
    District,
    Plan,
    PlanEvent,
    PlanTemplate,
    PlanVersion,
    Requirement,
    RoleGrant,
    School,
    SchoolYear,
)
from plans.permissions import Action


def _limit_to_districts(db_field: ForeignKey[Any, Any], request: HttpRequest, kwargs: dict[str, Any]) -> None:
    """Offer only the administered district's districts, areas and schools in foreign-key menus."""
    districts = permissions.administered_districts(request.user)
    model = db_field.related_model
    if model is District:
        kwargs["queryset"] = districts
    elif model is Area:
        kwargs["queryset"] = Area.objects.filter(district__in=districts)
    elif model is School:
        kwargs["queryset"] = School.objects.filter(district__in=districts)
    elif model is SchoolYear:
        kwargs["queryset"] = SchoolYear.objects.filter(district__in=districts)


class DistrictScopedAdmin(admin.ModelAdmin):  # type: ignore[type-arg]
    """Rows of the user's administered districts; rights decided by plans.permissions, not Django perms."""

    district_lookup = "district"

    def get_queryset(self, request: HttpRequest) -> QuerySet[Any]:
        queryset = super().get_queryset(request)
        return queryset.filter(
            **{f"{self.district_lookup}__in": permissions.administered_districts(request.user)}
        )

    def has_module_permission(self, request: HttpRequest) -> bool:
        return permissions.is_district_admin(request.user)

    def has_view_permission(self, request: HttpRequest, obj: Model | None = None) -> bool:
        if obj is None:
            return permissions.is_district_admin(request.user)
        return permissions.can(request.user, Action.ADMINISTER, obj)

    def has_change_permission(self, request: HttpRequest, obj: Model | None = None) -> bool:
        return self.has_view_permission(request, obj)

    def has_add_permission(self, request: HttpRequest, *args: Any) -> bool:
        return permissions.is_district_admin(request.user)

    def has_delete_permission(self, request: HttpRequest, obj: Model | None = None) -> bool:
        return self.has_view_permission(request, obj)

    def formfield_for_foreignkey(
        self, db_field: ForeignKey[Any, Any], request: HttpRequest, **kwargs: Any
    ) -> Any:
        _limit_to_districts(db_field, request, kwargs)
        return super().formfield_for_foreignkey(db_field, request, **kwargs)


class ReadOnlyScopedAdmin(DistrictScopedAdmin):
    """Plans, versions and the audit trail are written by services only; the admin shows them."""

    def has_add_permission(self, request: HttpRequest, *args: Any) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Model | None = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Model | None = None) -> bool:
        return False


@admin.register(District)
class DistrictAdmin(DistrictScopedAdmin):
    district_lookup = "pk"
    list_display = ["name", "organisation_number", "keep_school_years"]
    fields = ["name", "organisation_number", "keep_school_years"]
    search_fields = ["name", "organisation_number"]

    def has_add_permission(self, request: HttpRequest, *args: Any) -> bool:
        return request.user.is_superuser  # a new district is the platform operator's decision

    def has_delete_permission(self, request: HttpRequest, obj: Model | None = None) -> bool:
        return request.user.is_superuser


@admin.register(Area)
class AreaAdmin(DistrictScopedAdmin):
    list_display = ["name", "district"]
    list_filter = [("district", admin.RelatedOnlyFieldListFilter)]
    search_fields = ["name"]


@admin.register(School)
class SchoolAdmin(DistrictScopedAdmin):
    list_display = ["name", "skolenhetskod", "area", "school_forms", "is_active"]
    list_filter = [
        ("area", admin.RelatedOnlyFieldListFilter),  # only what the scoped list holds: no other district's
        "forms",
        "is_active",
        ("district", admin.RelatedOnlyFieldListFilter),
    ]
    search_fields = ["name", "skolenhetskod"]
    filter_horizontal = ["forms"]
    list_select_related = ["area"]
    change_list_template = "admin/plans/school/change_list.html"

    def get_queryset(self, request: HttpRequest) -> QuerySet[Any]:
        return super().get_queryset(request).prefetch_related("forms")

    @admin.display(description=gettext_lazy("school forms"))
    def school_forms(self, school: School) -> str:
        return ", ".join(str(form) for form in school.forms.all())

    def get_urls(self) -> list[URLPattern]:
        custom = [path("import/", self.admin_site.admin_view(self.import_view), name="plans_school_import")]
        return custom + super().get_urls()

    def import_view(self, request: HttpRequest) -> HttpResponse:
        """Bulk import from CSV with a dry run that lists errors by line."""
        if not permissions.is_district_admin(request.user):
            return HttpResponse(status=403)
        districts = permissions.administered_districts(request.user)
        form = SchoolImportForm(request.POST or None, request.FILES or None)
        form.fields["district"] = forms.ModelChoiceField(
            queryset=districts, label=_("District"), initial=districts.first()
        )
        report = None
        if request.method == "POST" and form.is_valid():
            raw = form.cleaned_data["file"].read()
            report = services.import_schools(
                district=form.cleaned_data["district"],
                text=services.decode_csv(raw),
                by=request.user,
                dry_run=form.cleaned_data["dry_run"],
            )
            if report.applied:
                messages.success(
                    request,
                    _("%(created)s schools created and %(updated)s updated.")
                    % {"created": len(report.created), "updated": len(report.updated)},
                )
        context = {
            **self.admin_site.each_context(request),
            "form": form,
            "report": report,
            "opts": self.model._meta,
            "title": _("Import schools from CSV"),
        }
        return render(request, "admin/plans/school/import.html", context)


@admin.register(SchoolYear)
class SchoolYearAdmin(DistrictScopedAdmin):
    list_display = ["label", "district", "starts_on", "ends_on", "template"]
    list_filter = [("district", admin.RelatedOnlyFieldListFilter)]
    search_fields = ["label"]
    actions = ["recheck_plans"]

    def formfield_for_foreignkey(
        self, db_field: ForeignKey[Any, Any], request: HttpRequest, **kwargs: Any
    ) -> Any:
        if db_field.name == "template":
            kwargs["queryset"] = permissions.visible_templates(request.user)
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def get_urls(self) -> list[URLPattern]:
        custom = [
            path(
                "<int:pk>/checks/",
                self.admin_site.admin_view(self.check_progress),
                name="plans_schoolyear_checks",
            )
        ]
        return custom + super().get_urls()

    @admin.action(description=gettext_lazy("Check every plan of the school year again"))
    def recheck_plans(self, request: HttpRequest, queryset: QuerySet[SchoolYear]) -> HttpResponse | None:
        """First a page that asks whether versions already decided on are included (default: no)."""
        if "apply" not in request.POST:
            context = {
                **self.admin_site.each_context(request),
                "opts": self.model._meta,
                "title": _("Check the plans again"),
                "years": [(year, selectors.decided_versions(school_year=year).count()) for year in queryset],
                "selected": request.POST.getlist(helpers.ACTION_CHECKBOX_NAME),
            }
            return render(request, "admin/plans/schoolyear/recheck.html", context)
        include_decided = request.POST.get("include_decided") == "1"
        last = None
        for year in queryset:
            count = services.recheck_school_year(
                school_year=year, by=request.user, include_decided=include_decided
            )
            messages.success(
                request,
                _("%(count)s versions of %(year)s queued for a new check.") % {"count": count, "year": year},
            )
            last = year
        if last is not None and queryset.count() == 1:
            return redirect("admin:plans_schoolyear_checks", pk=last.pk)
        return None

    def check_progress(self, request: HttpRequest, pk: int) -> HttpResponse:
        """How far the bulk check has come: versions of the school year by check status."""
        year = get_object_or_404(self.get_queryset(request), pk=pk)
        counts = PlanVersion.objects.filter(plan__school_year=year).aggregate(
            **{status: Count("pk", filter=Q(check_status=status)) for status in CheckStatus.values}
        )
        total = sum(counts.values())
        done = counts[CheckStatus.CHECKED] + counts[CheckStatus.FAILED]
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "title": _("Checks of %(year)s") % {"year": year},
            "year": year,
            "rows": [(CheckStatus(s).label, counts[s]) for s in CheckStatus.values],
            "total": total,
            "done": done,
            "finished": done == total,
        }
        return render(request, "admin/plans/schoolyear/checks.html", context)


class VersionInline(admin.TabularInline):  # type: ignore[type-arg]
    model = PlanVersion
    fields = ("number", "original_name", "size", "uploaded_by", "uploaded_at", "check_status", "purged_at")
    readonly_fields = fields
    extra = 0
    can_delete = False
    show_change_link = True

    def has_add_permission(self, request: HttpRequest, obj: Model | None = None) -> bool:
        return False


@admin.register(Plan)
class PlanAdmin(ReadOnlyScopedAdmin):
    district_lookup = "school__district"
    list_display = ["school", "school_year", "created_at"]
    list_filter = ["school_year__label", ("school__area", admin.RelatedOnlyFieldListFilter)]
    search_fields = ["school__name", "school__skolenhetskod"]
    list_select_related = ["school", "school_year"]
    inlines = [VersionInline]


@admin.register(PlanVersion)
class PlanVersionAdmin(ReadOnlyScopedAdmin):
    district_lookup = "plan__school__district"
    list_display = [
        "plan",
        "number",
        "original_name",
        "check_status",
        "uploaded_at",
        "uploaded_by",
        "purged_at",
    ]
    list_filter = ["check_status", "plan__school_year__label", ("purged_at", admin.EmptyFieldListFilter)]
    search_fields = ["plan__school__name", "plan__school__skolenhetskod", "original_name", "sha256"]
    list_select_related = ["plan__school", "plan__school_year", "uploaded_by"]


@admin.register(PlanEvent)
class PlanEventAdmin(ReadOnlyScopedAdmin):
    district_lookup = "plan__school__district"
    list_display = ["at", "plan", "event", "version", "actor_label"]
    list_filter = ["kind"]
    search_fields = ["plan__school__name", "actor_label"]
    list_select_related = ["plan__school", "plan__school_year", "version"]

    @admin.display(description=gettext_lazy("event"), ordering="kind")
    def event(self, event: PlanEvent) -> str:
        return event.kind_label


class RoleGrantInline(admin.TabularInline):  # type: ignore[type-arg]
    model = RoleGrant
    fk_name = "user"
    extra = 1
    fields = ["role", "district", "area", "school", "is_deputy"]

    def get_queryset(self, request: HttpRequest) -> QuerySet[Any]:
        return (
            super()
            .get_queryset(request)
            .filter(district__in=permissions.administered_districts(request.user))
        )

    def formfield_for_foreignkey(
        self, db_field: ForeignKey[Any, Any], request: HttpRequest, **kwargs: Any
    ) -> Any:
        _limit_to_districts(db_field, request, kwargs)
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def has_view_permission(self, request: HttpRequest, obj: Model | None = None) -> bool:
        return permissions.is_district_admin(request.user)

    has_change_permission = has_add_permission = has_delete_permission = has_view_permission


admin.site.unregister(User)
admin.site.unregister(Group)


@admin.register(User)
class ScopedUserAdmin(UserAdmin):  # type: ignore[type-arg]
    """Users and their roles; a district admin cannot touch superuser rights or other districts."""

    inlines = [RoleGrantInline]
    list_display = ["username", "first_name", "last_name", "email", "is_active"]

    def get_queryset(self, request: HttpRequest) -> QuerySet[User]:
        return permissions.administered_users(request.user)

    def get_fieldsets(self, request: HttpRequest, obj: Any = None) -> Any:
        fieldsets = super().get_fieldsets(request, obj)
        if request.user.is_superuser or obj is None:
            return fieldsets
        # Only Django's own rights are hidden: our roles come from the inline grants.
        return [
            (
                name,
                {
                    **options,
                    "fields": [
                        f
                        for f in options["fields"]
                        if f not in ("is_superuser", "groups", "user_permissions")
                    ],
                },
            )
            for name, options in fieldsets
        ]

    def has_module_permission(self, request: HttpRequest) -> bool:
        return permissions.is_district_admin(request.user)

    def has_view_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        if not permissions.is_district_admin(request.user):
            return False
        return obj is None or permissions.administered_users(request.user).filter(pk=obj.pk).exists()

    has_change_permission = has_delete_permission = has_view_permission

    def has_add_permission(self, request: HttpRequest, *args: Any) -> bool:
        return permissions.is_district_admin(request.user)


class RequirementInline(admin.StackedInline):  # type: ignore[type-arg]
    model = Requirement
    extra = 0
    fields = (
        ("order", "key", "required"),
        ("title_sv", "title_en"),
        "legal_basis",
        "headings",
        "signals",
        ("advice_sv", "advice_en"),
    )

    def has_view_permission(self, request: HttpRequest, obj: Model | None = None) -> bool:
        return permissions.is_district_admin(request.user)

    def has_change_permission(self, request: HttpRequest, obj: Model | None = None) -> bool:
        return obj is None or _template_editable(request, obj)

    has_add_permission = has_delete_permission = has_change_permission


def _template_editable(request: HttpRequest, template: Model) -> bool:
    """A template is edited only by its district's admins, and only until it has checked a plan."""
    if not isinstance(template, PlanTemplate):
        parent = getattr(template, "template", None)
        if not isinstance(parent, PlanTemplate):
            return False
        template = parent
    if template.district_id is None and not request.user.is_superuser:
        return False
    return permissions.can(request.user, Action.ADMINISTER, template) and not template.check_runs.exists()


@admin.register(PlanTemplate)
class PlanTemplateAdmin(DistrictScopedAdmin):
    """Templates: the shipped default is read-only; a used version is frozen; copy to make a new one."""

    list_display = ["name", "district", "key", "version", "created_at", "requirement_count"]
    list_filter = [("district", admin.RelatedOnlyFieldListFilter), "key"]
    search_fields = ["name", "key"]
    inlines = [RequirementInline]
    actions = ["copy_as_new_version"]

    def get_queryset(self, request: HttpRequest) -> QuerySet[Any]:
        return (
            permissions.visible_templates(request.user)
            .select_related("district")
            .annotate(requirements_total=Count("requirements"))
        )

    @admin.display(description=gettext_lazy("requirements"), ordering="requirements_total")
    def requirement_count(self, template: PlanTemplate) -> int:
        return int(getattr(template, "requirements_total", 0))

    def has_view_permission(self, request: HttpRequest, obj: Model | None = None) -> bool:
        if obj is None:
            return permissions.is_district_admin(request.user)
        return permissions.visible_templates(request.user).filter(pk=obj.pk).exists()

    def has_change_permission(self, request: HttpRequest, obj: Model | None = None) -> bool:
        return (obj is None and permissions.is_district_admin(request.user)) or (
            obj is not None and _template_editable(request, obj)
        )

    def has_delete_permission(self, request: HttpRequest, obj: Model | None = None) -> bool:
        return obj is not None and _template_editable(request, obj)

    def save_formset(self, request: HttpRequest, form: Any, formset: Any, change: bool) -> None:
        super().save_formset(request, form, formset, change)
        template = form.instance
        try:
            selectors.template_spec(template)
        except SpecError as error:  # pragma: no cover - model validation catches the shapes first
            messages.error(request, str(error))

    @admin.action(description=gettext_lazy("Copy as a new version for my district"))
    def copy_as_new_version(self, request: HttpRequest, queryset: QuerySet[PlanTemplate]) -> None:
        districts = list(permissions.administered_districts(request.user)[:2])
        if len(districts) != 1:
            messages.error(request, _("Choose the district in the template itself: you administer several."))
            return
        for template in queryset:
            copy = services.copy_template(template=template, district=districts[0], by=request.user)
            messages.success(request, _("Created %(template)s.") % {"template": copy})
