"""Webhook endpoints a district registers, and each delivery of an event to one of them.

The outbox: api/webhooks.py reads PlanEvent rows after each endpoint's cursor and writes one
WebhookDelivery per event and endpoint; a Celery task sends it. The delivery row is the truth about
the delivery (pending → delivered | failed; a failed or delivered one can be replayed, which makes it
pending again with the same event id).
"""

from __future__ import annotations

import secrets
import uuid

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

__all__ = ["DeliveryStatus", "WebhookDelivery", "WebhookEndpoint", "WebhookEventType"]


class WebhookEventType(models.TextChoices):
    CHECK_FINISHED = "check.finished", _("Check finished (or failed)")
    STATUS_CHANGED = "status.changed", _("Review status changed")
    FEEDBACK_CHANGED = "feedback.changed", _("Feedback changed")


def new_secret() -> str:
    return secrets.token_urlsafe(32)


def newest_event_id() -> int:
    """Where a new endpoint's cursor starts: after the newest event, so it gets no history."""
    from plans.models import PlanEvent

    newest = PlanEvent.objects.order_by("-pk").values_list("pk", flat=True).first()
    return newest or 0


def all_event_types() -> list[str]:
    return list(WebhookEventType.values)


class WebhookEndpoint(models.Model):
    """A URL of a district's own system that is told about its plans' events."""

    district = models.ForeignKey(
        "plans.District", on_delete=models.CASCADE, related_name="+", verbose_name=_("district")
    )
    name = models.CharField(_("name"), max_length=100, blank=True)
    url = models.URLField(
        _("URL"),
        max_length=500,
        help_text=_("An http(s) address of your own system; events are sent to it with POST."),
    )
    secret = models.CharField(
        _("signing secret"),
        max_length=100,
        default=new_secret,
        editable=False,
        help_text=_("Your receiver checks each request's signature with this secret."),
    )
    events = models.JSONField(_("events"), default=all_event_types)
    is_active = models.BooleanField(
        _("active"),
        default=True,
        help_text=_("While inactive nothing is sent; the events in between follow when it is active again."),
    )
    created_at = models.DateTimeField(_("created"), default=timezone.now)
    last_event_id = models.BigIntegerField(
        _("last event considered"),
        default=newest_event_id,
        editable=False,
        help_text=_("The id of the last plan event looked at for this endpoint."),
    )

    class Meta:
        ordering = ["district__name", "url"]
        verbose_name = _("webhook endpoint")
        verbose_name_plural = _("webhook endpoints")

    def __str__(self) -> str:
        return self.name or self.url

    def clean(self) -> None:
        events = self.events
        if (
            not isinstance(events, list)
            or not events
            or not all(isinstance(e, str) and e in WebhookEventType.values for e in events)
        ):
            raise ValidationError(
                {
                    "events": _("Choose at least one of: %(choices)s.")
                    % {"choices": ", ".join(WebhookEventType.values)}
                }
            )


class DeliveryStatus(models.TextChoices):
    PENDING = "pending", _("Pending")
    DELIVERED = "delivered", _("Delivered")
    FAILED = "failed", _("Failed")


class WebhookDelivery(models.Model):
    """One event for one endpoint. `body` holds the exact bytes signed and sent, on every attempt."""

    endpoint = models.ForeignKey(
        WebhookEndpoint, on_delete=models.CASCADE, related_name="deliveries", verbose_name=_("endpoint")
    )
    event_id = models.UUIDField(_("event id"), default=uuid.uuid4, unique=True, editable=False)
    event_type = models.CharField(_("event type"), max_length=32, choices=WebhookEventType.choices)
    plan_event = models.ForeignKey(
        "plans.PlanEvent", on_delete=models.PROTECT, related_name="+", verbose_name=_("plan event")
    )
    body = models.TextField(_("body"))
    status = models.CharField(
        _("status"), max_length=16, choices=DeliveryStatus.choices, default=DeliveryStatus.PENDING
    )
    attempts = models.PositiveIntegerField(_("attempts"), default=0)
    next_attempt_at = models.DateTimeField(_("next attempt"), null=True, blank=True)
    last_attempt_at = models.DateTimeField(_("last attempt"), null=True, blank=True)
    response_status = models.PositiveIntegerField(_("response status"), null=True, blank=True)
    last_error = models.TextField(_("last error"), blank=True)
    created_at = models.DateTimeField(_("created"), default=timezone.now)
    delivered_at = models.DateTimeField(_("delivered"), null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("webhook delivery")
        verbose_name_plural = _("webhook deliveries")
        constraints = [
            models.UniqueConstraint(
                fields=["endpoint", "plan_event"], name="one_delivery_per_event_and_endpoint"
            )
        ]
        indexes = [models.Index(fields=["status", "next_attempt_at"], name="webhook_delivery_due")]

    def __str__(self) -> str:
        return f"{self.event_type} {self.event_id}"
