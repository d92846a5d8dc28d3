"""Webhooks: an outbox over the plans' audit trail (PlanEvent), signed and delivered at least once.

1. `collect` (Celery beat, every minute) reads each active endpoint's district's PlanEvents after the
   endpoint's cursor, writes one WebhookDelivery per event of a type the endpoint chose, and moves the
   cursor, all in one transaction holding the endpoint's row lock. After commit it sends one
   `api.deliver_webhook` task per new delivery.
2. `deliver` claims a due pending delivery (compare-and-set), checks the URL again (SSRF guard),
   connects to the vetted address and POSTs the stored body with an HMAC-SHA256 signature.
   2xx: delivered. Anything else (including a redirect, which is never followed): the error is
   recorded and `DeliveryFailed` says when to try again (exponential backoff, jittered, at most an
   hour), until WEBHOOK_MAX_ATTEMPTS attempts: then failed.
3. `requeue_overdue` (same beat run) sends again what is pending but overdue: a lost message or a
   worker that died mid-attempt delays a delivery, it does not lose it.
4. `replay` makes a delivered or failed delivery pending again, with the same event id and body.

The delivery row is the truth; a Celery message only asks for an attempt, so duplicates are harmless.
"""

from __future__ import annotations

import datetime
import enum
import hashlib
import hmac
import http.client
import ipaddress
import json
import random
import socket
import ssl
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Final
from urllib.parse import urlsplit

from django.conf import settings
from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _

from api.models.webhooks import DeliveryStatus, WebhookDelivery, WebhookEndpoint, WebhookEventType
from plans import permissions
from plans.errors import PlansError
from plans.models import EventKind, PlanEvent
from plans.permissions import Action, Actor
from reviews.models import ReviewEventKind

COLLECT_WEBHOOKS: Final = "api.collect_webhooks"
DELIVER_WEBHOOK: Final = "api.deliver_webhook"
ALL_JOBS: Final = (COLLECT_WEBHOOKS, DELIVER_WEBHOOK)

SIGNATURE_HEADER: Final = "X-Plangranskning-Signature"
TIMESTAMP_HEADER: Final = "X-Plangranskning-Timestamp"
EVENT_HEADER: Final = "X-Plangranskning-Event"
DELIVERY_HEADER: Final = "X-Plangranskning-Delivery"
USER_AGENT: Final = "Plangranskning-Webhooks/1"

TIMEOUT_SECONDS: Final = 10.0
BATCH: Final = 500  # events per endpoint and run; the rest follow in the next run
# Rows committed late with an id below the cursor (concurrent transactions on PostgreSQL) are
# picked up if they are at most this old.
LOOK_BACK: Final = datetime.timedelta(minutes=5)
# A claimed attempt holds the delivery this long; a worker dying mid-attempt frees it after that.
LEASE: Final = datetime.timedelta(seconds=60)
# A pending delivery this far past its time is sent again (its message was lost).
OVERDUE: Final = datetime.timedelta(minutes=5)
BACKOFF_FIRST: Final = datetime.timedelta(seconds=60)
BACKOFF_MAX: Final = datetime.timedelta(hours=1)
ERROR_MAX_CHARS: Final = 500

EVENT_TYPES: Final[dict[str, str]] = {
    EventKind.CHECK_FINISHED: WebhookEventType.CHECK_FINISHED,
    EventKind.CHECK_FAILED: WebhookEventType.CHECK_FINISHED,
    ReviewEventKind.SUBMITTED: WebhookEventType.STATUS_CHANGED,
    ReviewEventKind.REVIEW_STARTED: WebhookEventType.STATUS_CHANGED,
    ReviewEventKind.CHANGES_REQUESTED: WebhookEventType.STATUS_CHANGED,
    ReviewEventKind.APPROVED: WebhookEventType.STATUS_CHANGED,
    ReviewEventKind.FEEDBACK_ADDED: WebhookEventType.FEEDBACK_CHANGED,
    ReviewEventKind.FEEDBACK_REPLIED: WebhookEventType.FEEDBACK_CHANGED,
    ReviewEventKind.FEEDBACK_ADDRESSED: WebhookEventType.FEEDBACK_CHANGED,
    ReviewEventKind.FEEDBACK_RESOLVED: WebhookEventType.FEEDBACK_CHANGED,
    ReviewEventKind.FEEDBACK_REOPENED: WebhookEventType.FEEDBACK_CHANGED,
    ReviewEventKind.FEEDBACK_DROPPED: WebhookEventType.FEEDBACK_CHANGED,
}


class Outcome(enum.StrEnum):
    DELIVERED = "delivered"
    FAILED = "failed"  # the last attempt failed; visible in the admin, replayable
    SKIPPED = "skipped"  # not pending, not due yet, or the endpoint is inactive: nothing sent


class DeliveryFailed(Exception):
    """An attempt failed and another is due in `retry_in` seconds (the task asks Celery to retry)."""

    def __init__(self, error: str, retry_in: float) -> None:
        super().__init__(error)
        self.retry_in = retry_in


class UrlRefused(PlansError):
    """A webhook URL we will not send to."""

    code = "url_refused"


# --- Events and payloads ---


def event_type_of(kind: str) -> str | None:
    return EVENT_TYPES.get(kind)


def kinds_for(event_types: Iterable[str]) -> list[str]:
    chosen = set(event_types)
    return [kind for kind, event_type in EVENT_TYPES.items() if event_type in chosen]


def _iso(moment: datetime.datetime) -> str:
    return moment.astimezone(datetime.UTC).isoformat().replace("+00:00", "Z")


def payload_for(event: PlanEvent, *, event_id: uuid.UUID) -> dict[str, Any]:
    """What a receiver gets. PlanEvent data holds no identity numbers (findings are stored masked),
    and the actor is left out: receivers learn what happened to a plan, not who clicked."""
    plan = event.plan
    school = plan.school
    version = event.version
    return {
        "id": str(event_id),
        "type": event_type_of(event.kind),
        "kind": event.kind,
        "timestamp": _iso(event.at),
        "district": {"id": school.district_id, "name": school.district.name},
        "school": {"skolenhetskod": school.skolenhetskod, "name": school.name},
        "school_year": plan.school_year.label,
        "plan": plan.pk,
        "version": {"id": version.pk, "number": version.number} if version is not None else None,
        "data": event.data,
    }


def body_of(payload: dict[str, Any]) -> str:
    """Serialised once, stored, and sent as is on every attempt: the signature covers these bytes."""
    return json.dumps(payload, ensure_ascii=False, separators=(",", ":"), sort_keys=True)


def sign(secret: str, timestamp: str, body: bytes) -> str:
    """HMAC-SHA256, hex, keyed with the endpoint's secret, over b"<timestamp>." + body."""
    return hmac.new(secret.encode(), f"{timestamp}.".encode() + body, hashlib.sha256).hexdigest()


# --- Collecting: the outbox ---


def collect(now: datetime.datetime | None = None) -> int:
    """Write deliveries for events not yet considered; returns how many were written."""
    now = now or timezone.now()
    endpoint_ids = list(WebhookEndpoint.objects.filter(is_active=True).values_list("pk", flat=True))
    return sum(_collect_for(endpoint_id, now) for endpoint_id in endpoint_ids)


@transaction.atomic
def _collect_for(endpoint_id: int, now: datetime.datetime) -> int:
    # The row lock makes a second run wait, then see the moved cursor; the unique constraint on
    # (endpoint, plan_event) backs it up.
    endpoint = WebhookEndpoint.objects.select_for_update().filter(pk=endpoint_id, is_active=True).first()
    if endpoint is None:
        return 0
    mine = PlanEvent.objects.filter(
        plan__school__district_id=endpoint.district_id, kind__in=kinds_for(endpoint.events)
    ).select_related("plan__school__district", "plan__school_year", "version")
    after_cursor = list(mine.filter(pk__gt=endpoint.last_event_id).order_by("pk")[:BATCH])
    since = max(now - LOOK_BACK, endpoint.created_at)
    already = WebhookDelivery.objects.filter(endpoint=endpoint, plan_event__at__gte=since)
    late = list(
        mine.filter(pk__lte=endpoint.last_event_id, at__gte=since)
        .exclude(pk__in=already.values("plan_event_id"))
        .order_by("pk")[:BATCH]
    )
    deliveries = []
    for event in late + after_cursor:
        event_id = uuid.uuid4()
        deliveries.append(
            WebhookDelivery(
                endpoint=endpoint,
                event_id=event_id,
                event_type=EVENT_TYPES[event.kind],
                plan_event=event,
                body=body_of(payload_for(event, event_id=event_id)),
                next_attempt_at=now,
                created_at=now,
            )
        )
    created = WebhookDelivery.objects.bulk_create(deliveries)
    if after_cursor:
        WebhookEndpoint.objects.filter(pk=endpoint.pk).update(last_event_id=after_cursor[-1].pk)
    for delivery in created:
        enqueue_delivery(delivery.pk)
    return len(created)


def requeue_overdue(now: datetime.datetime | None = None) -> int:
    """Send again the pending deliveries whose attempt is long overdue (a lost message, a dead worker)."""
    now = now or timezone.now()
    overdue = list(
        WebhookDelivery.objects.filter(
            status=DeliveryStatus.PENDING, next_attempt_at__lte=now - OVERDUE, endpoint__is_active=True
        )
        .order_by("next_attempt_at")
        .values_list("pk", flat=True)[:BATCH]
    )
    WebhookDelivery.objects.filter(pk__in=overdue, status=DeliveryStatus.PENDING).update(next_attempt_at=now)
    for delivery_id in overdue:
        enqueue_delivery(delivery_id)
    return len(overdue)


def enqueue_delivery(delivery_id: int) -> None:
    """Ask for an attempt once committed; if the broker is down, requeue_overdue sends it later."""
    transaction.on_commit(lambda: _send(delivery_id), robust=True)


def _send(delivery_id: int) -> None:
    # Imported here: api.tasks imports this module. Importing it registers the task in this process.
    from api.tasks import deliver_webhook

    deliver_webhook.delay(delivery_id)


# --- The SSRF guard ---


@dataclass(frozen=True)
class Target:
    """A vetted URL: connect to `addresses` (as resolved and checked), speak to `host`."""

    scheme: str
    host: str
    port: int
    path: str
    addresses: tuple[str, ...]


_NAT64 = ipaddress.IPv6Network("64:ff9b::/96")


def _is_public(address: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    if isinstance(address, ipaddress.IPv6Address):
        if address.ipv4_mapped is not None:
            return _is_public(address.ipv4_mapped)
        if address in _NAT64:
            return _is_public(ipaddress.IPv4Address(int(address) & 0xFFFFFFFF))
    # is_global is false for loopback, private, link-local, reserved, unspecified, shared (CGNAT)
    # and documentation ranges; multicast is refused too.
    return address.is_global and not address.is_multicast


def check_url(url: str) -> Target:
    """Refuse what is not http(s), or resolves to any non-public address (unless WEBHOOK_ALLOW_PRIVATE)."""
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError:
        raise UrlRefused(_("The webhook URL is not a valid address.")) from None
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https"):
        raise UrlRefused(_("Webhook URLs must start with http:// or https://."))
    host = parts.hostname
    if not host:
        raise UrlRefused(_("The webhook URL has no host name."))
    if parts.username is not None or parts.password is not None:
        raise UrlRefused(
            _("Put no user name or password in the webhook URL; the signature authenticates us.")
        )
    port = port or (443 if scheme == "https" else 80)
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (OSError, UnicodeError):
        raise UrlRefused(_("The host name %(host)s could not be resolved.") % {"host": host}) from None
    addresses: list[str] = []
    for _family, _type, _proto, _name, sockaddr in infos:
        text = str(sockaddr[0])
        address = ipaddress.ip_address(text.split("%", 1)[0])
        if not settings.WEBHOOK_ALLOW_PRIVATE and not _is_public(address):
            raise UrlRefused(
                _(
                    "The webhook URL leads to %(address)s, a local or private address: "
                    "webhooks go to public addresses only."
                )
                % {"address": address}
            )
        if text not in addresses:
            addresses.append(text)
    if not addresses:
        raise UrlRefused(_("The host name %(host)s could not be resolved.") % {"host": host})
    path = parts.path or "/"
    if parts.query:
        path = f"{path}?{parts.query}"
    return Target(scheme=scheme, host=host, port=port, path=path, addresses=tuple(addresses))


def _connect(addresses: Sequence[str], port: int, timeout: float | None) -> socket.socket:
    """Connect to one of the vetted addresses, never to a name resolved again (DNS rebinding)."""
    last: OSError | None = None
    for address in addresses:
        try:
            return socket.create_connection((address, port), timeout=timeout)
        except OSError as error:
            last = error
    raise last or OSError("no address to connect to")


class _PinnedHTTPConnection(http.client.HTTPConnection):
    def __init__(self, target: Target, timeout: float) -> None:
        super().__init__(target.host, target.port, timeout=timeout)
        self.addresses = target.addresses

    def connect(self) -> None:
        self.sock = _connect(self.addresses, self.port, self.timeout)


class _PinnedHTTPSConnection(http.client.HTTPSConnection):
    """TLS to a vetted address; the certificate is verified against the URL's host name (SNI too)."""

    def __init__(self, target: Target, timeout: float) -> None:
        self.tls = ssl.create_default_context()
        super().__init__(target.host, target.port, timeout=timeout, context=self.tls)
        self.addresses = target.addresses

    def connect(self) -> None:
        raw = _connect(self.addresses, self.port, self.timeout)
        self.sock = self.tls.wrap_socket(raw, server_hostname=self.host)


def _post(target: Target, body: bytes, headers: dict[str, str]) -> tuple[int, str]:
    """POST once; no redirects (http.client follows none), no proxies; returns status and a snippet."""
    connection_class = _PinnedHTTPSConnection if target.scheme == "https" else _PinnedHTTPConnection
    connection = connection_class(target, TIMEOUT_SECONDS)
    try:
        connection.request("POST", target.path, body=body, headers=headers)
        response = connection.getresponse()
        snippet = response.read(ERROR_MAX_CHARS).decode("utf-8", "replace")
        location = response.getheader("Location")
        if 300 <= response.status < 400:
            snippet = _("Redirect to %(location)s not followed.") % {"location": location or "?"}
        return response.status, snippet
    finally:
        connection.close()


# --- Delivering ---


def backoff(attempts: int) -> datetime.timedelta:
    """Wait after the n-th failed attempt: 1, 2, 4 … minutes, at most an hour, less up to a quarter."""
    ceiling: datetime.timedelta = min(BACKOFF_FIRST * 2 ** max(attempts - 1, 0), BACKOFF_MAX)
    return ceiling * random.uniform(0.75, 1.0)  # noqa: S311 - spreading retries, not a secret


def deliver(*, delivery_id: int, now: datetime.datetime | None = None) -> Outcome:
    """One attempt, if the delivery is pending and due. Raises DeliveryFailed when another is due."""
    now = now or timezone.now()
    claimed = WebhookDelivery.objects.filter(
        pk=delivery_id, status=DeliveryStatus.PENDING, next_attempt_at__lte=now, endpoint__is_active=True
    ).update(attempts=F("attempts") + 1, last_attempt_at=now, next_attempt_at=now + LEASE)
    if claimed != 1:  # not due, settled, or another worker has it
        return Outcome.SKIPPED
    delivery = WebhookDelivery.objects.select_related("endpoint").get(pk=delivery_id)
    endpoint = delivery.endpoint
    body = delivery.body.encode()
    timestamp = str(int(now.timestamp()))
    headers = {
        "Content-Type": "application/json",
        "User-Agent": USER_AGENT,
        EVENT_HEADER: delivery.event_type,
        DELIVERY_HEADER: str(delivery.event_id),
        TIMESTAMP_HEADER: timestamp,
        SIGNATURE_HEADER: "sha256=" + sign(endpoint.secret, timestamp, body),
    }
    status: int | None = None
    try:
        status, detail = _post(check_url(endpoint.url), body, headers)
    except UrlRefused as refused:
        detail = refused.message
    except (OSError, http.client.HTTPException) as trouble:
        detail = f"{type(trouble).__name__}: {trouble}"
    # Only the attempt that claimed it records the result (a replay meanwhile resets the count).
    mine = WebhookDelivery.objects.filter(
        pk=delivery_id, status=DeliveryStatus.PENDING, attempts=delivery.attempts
    )
    if status is not None and 200 <= status < 300:
        mine.update(
            status=DeliveryStatus.DELIVERED,
            delivered_at=now,
            response_status=status,
            last_error="",
            next_attempt_at=None,
        )
        return Outcome.DELIVERED
    error = (f"HTTP {status}: {detail}" if status is not None else detail)[:ERROR_MAX_CHARS]
    if delivery.attempts >= settings.WEBHOOK_MAX_ATTEMPTS:
        mine.update(
            status=DeliveryStatus.FAILED, response_status=status, last_error=error, next_attempt_at=None
        )
        return Outcome.FAILED
    wait = backoff(delivery.attempts)
    mine.update(response_status=status, last_error=error, next_attempt_at=now + wait)
    raise DeliveryFailed(error, retry_in=wait.total_seconds())


def replay(*, delivery: WebhookDelivery, by: Actor, now: datetime.datetime | None = None) -> bool:
    """Send a delivered or failed delivery again: same event id, same body, a fresh set of attempts."""
    permissions.require(by, Action.ADMINISTER, delivery.endpoint.district)
    now = now or timezone.now()
    changed = WebhookDelivery.objects.filter(
        pk=delivery.pk, status__in=[DeliveryStatus.DELIVERED, DeliveryStatus.FAILED]
    ).update(status=DeliveryStatus.PENDING, attempts=0, next_attempt_at=now, delivered_at=None)
    if changed:
        enqueue_delivery(delivery.pk)
    return bool(changed)
