"""Webhooks in the admin, scoped by plans.permissions: a district admin sees only their district's.

Endpoints are district configuration, edited here (the URL is checked by the SSRF guard on save).
Deliveries are written by api.webhooks only; the admin shows them and can replay one.
"""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib import admin, messages
from django.db.models import Model, QuerySet
from django.http import HttpRequest
from django.urls import reverse
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from api import webhooks
from api.models.webhooks import WebhookDelivery, WebhookEndpoint, WebhookEventType, new_secret
from plans import permissions
from plans.admin import DistrictScopedAdmin, ReadOnlyScopedAdmin
from plans.permissions import Action

RECENT_DELIVERIES = 20


def _form_field(db_field: Any, **kwargs: Any) -> Any:
    if db_field.name == "url":
        kwargs["assume_scheme"] = "https"  # a URL typed without a scheme means https
    return db_field.formfield(**kwargs)


class WebhookEndpointForm(forms.ModelForm):  # type: ignore[type-arg]
    events = forms.MultipleChoiceField(
        label=gettext_lazy("Events"),
        choices=WebhookEventType.choices,
        widget=forms.CheckboxSelectMultiple,
        initial=WebhookEventType.values,
    )

    class Meta:
        model = WebhookEndpoint
        fields = ["district", "name", "url", "events", "is_active"]
        formfield_callback = _form_field

    def clean_url(self) -> str:
        url: str = self.cleaned_data["url"]
        try:
            webhooks.check_url(url)
        except webhooks.UrlRefused as refused:
            raise forms.ValidationError(refused.message) from None
        return url


@admin.register(WebhookEndpoint)
class WebhookEndpointAdmin(DistrictScopedAdmin):
    form = WebhookEndpointForm
    list_display = ["__str__", "url", "district", "event_list", "is_active", "created_at"]
    list_filter = ["is_active", ("district", admin.RelatedOnlyFieldListFilter)]
    search_fields = ["name", "url"]
    list_select_related = ["district"]
    readonly_fields = ["secret", "created_at", "last_event_id", "recent_deliveries"]
    actions = ["rotate_secret"]

    def has_view_permission(self, request: HttpRequest, obj: Model | None = None) -> bool:
        if obj is None or not isinstance(obj, WebhookEndpoint):
            return super().has_view_permission(request, obj)
        return permissions.can(request.user, Action.ADMINISTER, obj.district)

    def formfield_for_dbfield(self, db_field: Any, request: HttpRequest, **kwargs: Any) -> Any:
        if db_field.name == "url":
            kwargs["assume_scheme"] = "https"
        return super().formfield_for_dbfield(db_field, request, **kwargs)

    def get_readonly_fields(self, request: HttpRequest, obj: Any = None) -> Any:
        # The secret is shown once the endpoint exists, for the receiver's configuration.
        return self.readonly_fields if obj is not None else []

    @admin.display(description=gettext_lazy("events"))
    def event_list(self, endpoint: WebhookEndpoint) -> str:
        return ", ".join(str(event) for event in endpoint.events)

    @admin.display(description=gettext_lazy("recent deliveries"))
    def recent_deliveries(self, endpoint: WebhookEndpoint) -> SafeString:
        rows = endpoint.deliveries.order_by("-created_at", "-pk")[:RECENT_DELIVERIES]
        table = format_html_join(
            "",
            "<tr><td><a href='{}'>{}</a></td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
            (
                (
                    reverse("admin:api_webhookdelivery_change", args=[d.pk]),
                    d.created_at.strftime("%Y-%m-%d %H:%M"),
                    d.event_type,
                    d.get_status_display(),
                    d.attempts,
                    d.response_status or "",
                    d.last_error[:80],
                )
                for d in rows
            ),
        )
        everything = reverse("admin:api_webhookdelivery_changelist") + f"?endpoint__id__exact={endpoint.pk}"
        return format_html(
            "<table><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr>{}</table>"
            "<p><a href='{}'>{}</a></p>",
            _("created"),
            _("event type"),
            _("status"),
            _("attempts"),
            _("response status"),
            _("last error"),
            table,
            everything,
            _("All deliveries of this endpoint"),
        )

    @admin.action(description=gettext_lazy("Generate a new signing secret"))
    def rotate_secret(self, request: HttpRequest, queryset: QuerySet[WebhookEndpoint]) -> None:
        for endpoint in queryset:
            endpoint.secret = new_secret()
            endpoint.save(update_fields=["secret"])
        messages.success(
            request,
            _("New secrets for %(count)s endpoints: update your receivers.") % {"count": queryset.count()},
        )


@admin.register(WebhookDelivery)
class WebhookDeliveryAdmin(ReadOnlyScopedAdmin):
    district_lookup = "endpoint__district"
    list_display = [
        "created_at",
        "endpoint",
        "event_type",
        "status",
        "attempts",
        "response_status",
        "short_error",
        "delivered_at",
        "next_attempt_at",
    ]
    list_filter = ["status", "event_type", ("endpoint", admin.RelatedOnlyFieldListFilter)]
    search_fields = ["event_id", "endpoint__url", "last_error"]
    list_select_related = ["endpoint"]
    fields = (
        "endpoint",
        "event_id",
        "event_type",
        "plan_event",
        "status",
        "attempts",
        "last_attempt_at",
        "next_attempt_at",
        "response_status",
        "last_error",
        "created_at",
        "delivered_at",
        "body",
    )
    readonly_fields = fields
    actions = ["replay"]

    def has_view_permission(self, request: HttpRequest, obj: Model | None = None) -> bool:
        if obj is None or not isinstance(obj, WebhookDelivery):
            return super().has_view_permission(request, obj)
        return permissions.can(request.user, Action.ADMINISTER, obj.endpoint.district)

    def has_delete_permission(self, request: HttpRequest, obj: Model | None = None) -> bool:
        # Deliveries go with their endpoint when it is deleted; they are a log, not the audit trail.
        return self.has_view_permission(request, obj)

    @admin.display(description=gettext_lazy("last error"))
    def short_error(self, delivery: WebhookDelivery) -> str:
        return delivery.last_error[:80]

    @admin.action(description=gettext_lazy("Replay (send again with the same event id)"))
    def replay(self, request: HttpRequest, queryset: QuerySet[WebhookDelivery]) -> None:
        sent = 0
        for delivery in queryset.select_related("endpoint__district"):
            sent += webhooks.replay(delivery=delivery, by=request.user)
        skipped = queryset.count() - sent
        messages.success(request, _("%(count)s deliveries will be sent again.") % {"count": sent})
        if skipped:
            messages.warning(
                request,
                _("%(count)s deliveries are still pending and were left alone.") % {"count": skipped},
            )
