"""Webhooks: events become signed deliveries, sent at least once, retried, replayable, never inward."""

from __future__ import annotations

import contextlib
import datetime
import functools
import hashlib
import hmac
import json
import shutil
import socket
import ssl
import subprocess
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from celery.exceptions import Retry
from django.contrib.auth.models import User
from django.urls import reverse
from django.utils import timezone

from api import webhooks
from api.models.webhooks import DeliveryStatus, WebhookDelivery, WebhookEndpoint, WebhookEventType
from api.tasks import collect_webhooks, deliver_webhook
from plans import check_pipeline
from plans import services as plan_services
from plans.models import District, Plan, PlanEvent, PlanVersion
from reviews import services as review_services
from reviews.models import Severity
from tests.conftest import World, client_for, in_ci
from tests.factories import PlanFactory, PlanVersionFactory
from worker import celeryconfig
from worker.celery import app

pytestmark = pytest.mark.django_db

EVERYTHING = list(WebhookEventType.values)


# --- A real receiver on 127.0.0.1 ---


@dataclass
class Received:
    path: str
    headers: dict[str, str]
    body: bytes


@dataclass
class Receiver:
    port: int
    requests: list[Received] = field(default_factory=list)
    answers: list[int] = field(default_factory=list)  # statuses to answer, in order; then 200

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/hooks"

    def bodies(self) -> list[dict[str, Any]]:
        return [json.loads(r.body) for r in self.requests if r.path == "/hooks"]


def _handler(state: Receiver) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length", 0))
            state.requests.append(Received(self.path, dict(self.headers.items()), self.rfile.read(length)))
            status = state.answers.pop(0) if state.answers else 200
            self.send_response(status)
            if 300 <= status < 400:
                self.send_header("Location", "/elsewhere")
            self.send_header("Content-Length", "2")
            self.end_headers()
            self.wfile.write(b"ok")

        def log_message(self, format: str, *args: Any) -> None:
            pass

    return Handler


@contextlib.contextmanager
def serving(tls: ssl.SSLContext | None = None) -> Iterator[Receiver]:
    state = Receiver(port=0)
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(state))
    if tls is not None:
        server.socket = tls.wrap_socket(server.socket, server_side=True)
    state.port = server.server_address[1]
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield state
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture
def receiver(settings) -> Iterator[Receiver]:  # type: ignore[no-untyped-def]
    settings.WEBHOOK_ALLOW_PRIVATE = True
    with serving() as state:
        yield state


def verify(secret: str, request: Received, *, tolerance: int = 300) -> bool:
    """What a receiver does: recompute the signature over timestamp + '.' + raw body, compare safely."""
    timestamp = request.headers["X-Plangranskning-Timestamp"]
    expected = hmac.new(secret.encode(), timestamp.encode() + b"." + request.body, hashlib.sha256).hexdigest()
    fresh = abs(timezone.now().timestamp() - int(timestamp)) <= tolerance
    return fresh and hmac.compare_digest("sha256=" + expected, request.headers["X-Plangranskning-Signature"])


def endpoint_for(district: District, url: str, events: list[str] | None = None) -> WebhookEndpoint:
    return WebhookEndpoint.objects.create(district=district, url=url, events=events or EVERYTHING)


def collect(django_capture_on_commit_callbacks, now: datetime.datetime | None = None) -> int:  # type: ignore[no-untyped-def]
    """One beat run; the deliveries it enqueues run eagerly, against the receiver."""
    with django_capture_on_commit_callbacks(execute=True):
        return webhooks.collect(now or timezone.now())


def checked_version(plan: Plan) -> PlanVersion:
    version = PlanVersionFactory(plan=plan, number=plan.versions.count() + 1)
    check_pipeline.run_check(version_id=version.pk)
    version.refresh_from_db()
    return version


@pytest.fixture
def plan(world: World) -> Plan:
    return PlanFactory(school=world.school_a, school_year=world.year)


# --- Events become deliveries ---


def test_a_finished_check_is_delivered_signed_with_an_id_and_a_timestamp(
    receiver: Receiver, world: World, plan: Plan, django_capture_on_commit_callbacks
) -> None:
    endpoint = endpoint_for(world.district, receiver.url)
    version = checked_version(plan)

    assert collect(django_capture_on_commit_callbacks) == 1

    [request] = receiver.requests
    assert verify(endpoint.secret, request)
    assert request.headers["Content-Type"] == "application/json"
    assert request.headers["X-Plangranskning-Event"] == "check.finished"
    payload = json.loads(request.body)
    delivery = WebhookDelivery.objects.get()
    assert payload["id"] == request.headers["X-Plangranskning-Delivery"] == str(delivery.event_id)
    assert payload["type"] == "check.finished" and payload["kind"] == "check_finished"
    event = PlanEvent.objects.get(kind="check_finished")
    assert datetime.datetime.fromisoformat(payload["timestamp"]) == event.at
    assert payload["school"] == {"skolenhetskod": "11111111", "name": "Ekbacken"}
    assert payload["school_year"] == "2025/26"
    assert payload["plan"] == plan.pk
    assert payload["version"] == {"id": version.pk, "number": version.number}
    assert payload["data"] == event.data
    assert delivery.status == DeliveryStatus.DELIVERED and delivery.response_status == 200
    assert delivery.attempts == 1 and delivery.delivered_at is not None


def test_a_tampered_body_or_another_secret_does_not_verify(
    receiver: Receiver, world: World, plan: Plan, django_capture_on_commit_callbacks
) -> None:
    endpoint = endpoint_for(world.district, receiver.url)
    checked_version(plan)
    collect(django_capture_on_commit_callbacks)
    [request] = receiver.requests
    assert verify(endpoint.secret, request)
    assert not verify("another secret", request)
    assert not verify(endpoint.secret, Received(request.path, request.headers, request.body + b" "))
    assert (
        webhooks.sign(endpoint.secret, "1", b"{}")
        == hmac.new(endpoint.secret.encode(), b"1.{}", hashlib.sha256).hexdigest()
    )


def test_review_steps_and_feedback_become_status_and_feedback_events(
    receiver: Receiver,
    world: World,
    plan: Plan,
    principal_a: User,
    reviewer_same_area: User,
    django_capture_on_commit_callbacks,
) -> None:
    version = checked_version(plan)
    endpoint_for(world.district, receiver.url)
    review_services.submit(plan=plan, by=principal_a)
    review_services.start_review(plan=plan, by=reviewer_same_area)
    item = review_services.add_feedback(
        version=version, by=reviewer_same_area, severity=Severity.SHOULD_FIX, text="Förtydliga."
    )

    assert collect(django_capture_on_commit_callbacks) == 3

    bodies = receiver.bodies()
    assert [(b["type"], b["kind"]) for b in bodies] == [
        ("status.changed", "plan_submitted"),
        ("status.changed", "review_started"),
        ("feedback.changed", "feedback_added"),
    ]
    assert bodies[0]["data"]["to"] == "submitted"
    assert bodies[2]["data"]["item"] == item.pk
    # Receivers learn what happened to a plan, not who did it.
    assert all(name not in r.body.decode() for r in receiver.requests for name in ("principal_a", "reviewer"))


def test_endpoints_get_only_the_types_they_chose_and_only_their_districts_events(
    receiver: Receiver,
    world: World,
    plan: Plan,
    principal_a: User,
    django_capture_on_commit_callbacks,
) -> None:
    status_only = endpoint_for(
        world.district, receiver.url + "?only=status", [WebhookEventType.STATUS_CHANGED]
    )
    everything = endpoint_for(world.district, receiver.url + "?all")
    other = endpoint_for(world.other_district, receiver.url + "?other")
    other_plan = PlanFactory(school=world.school_other_district, school_year=world.other_year)
    checked_version(plan)
    checked_version(other_plan)
    review_services.submit(plan=plan, by=principal_a)

    collect(django_capture_on_commit_callbacks)

    def types(endpoint: WebhookEndpoint) -> list[str]:
        return list(endpoint.deliveries.order_by("pk").values_list("event_type", flat=True))

    assert types(status_only) == ["status.changed"]
    assert types(everything) == ["check.finished", "status.changed"]
    assert types(other) == ["check.finished"]
    assert other.deliveries.get().plan_event.plan == other_plan
    assert sorted(r.path for r in receiver.requests) == [
        "/hooks?all",
        "/hooks?all",
        "/hooks?only=status",
        "/hooks?other",
    ]


def test_collecting_twice_creates_no_duplicates(
    receiver: Receiver, world: World, plan: Plan, django_capture_on_commit_callbacks
) -> None:
    endpoint = endpoint_for(world.district, receiver.url)
    checked_version(plan)
    assert collect(django_capture_on_commit_callbacks) == 1
    assert collect(django_capture_on_commit_callbacks) == 0
    assert WebhookDelivery.objects.count() == 1 and len(receiver.requests) == 1
    endpoint.refresh_from_db()
    assert endpoint.last_event_id == PlanEvent.objects.get(kind="check_finished").pk


def test_a_new_endpoint_gets_no_history(
    receiver: Receiver, world: World, plan: Plan, django_capture_on_commit_callbacks
) -> None:
    checked_version(plan)
    endpoint_for(world.district, receiver.url)
    assert collect(django_capture_on_commit_callbacks) == 0
    assert receiver.requests == []


def test_an_event_committed_after_a_newer_one_is_still_collected(
    receiver: Receiver, world: World, plan: Plan, django_capture_on_commit_callbacks
) -> None:
    """On PostgreSQL a transaction may commit a lower id after the cursor passed a higher one."""
    endpoint = endpoint_for(world.district, receiver.url)
    checked_version(plan)
    late = PlanEvent.objects.get(kind="check_finished")
    newer = plan_services.record_event(plan=plan, kind="check_finished", by=None)
    WebhookEndpoint.objects.filter(pk=endpoint.pk).update(last_event_id=newer.pk)  # the cursor passed it
    WebhookDelivery.objects.create(
        endpoint=endpoint, event_type="check.finished", plan_event=newer, body="{}", status="delivered"
    )
    assert collect(django_capture_on_commit_callbacks) == 1
    assert endpoint.deliveries.filter(plan_event=late).exists()
    assert collect(django_capture_on_commit_callbacks) == 0


def test_an_inactive_endpoint_is_paused_and_catches_up_when_active_again(
    receiver: Receiver, world: World, plan: Plan, django_capture_on_commit_callbacks
) -> None:
    endpoint = endpoint_for(world.district, receiver.url)
    endpoint.is_active = False
    endpoint.save()
    checked_version(plan)
    assert collect(django_capture_on_commit_callbacks) == 0
    endpoint.is_active = True
    endpoint.save()
    assert collect(django_capture_on_commit_callbacks) == 1
    assert len(receiver.requests) == 1


# --- Failures, retries, replay ---


def one_pending_delivery(receiver: Receiver, world: World, plan: Plan) -> WebhookDelivery:
    endpoint_for(world.district, receiver.url)
    checked_version(plan)
    webhooks.collect()  # on_commit callbacks are not run: nothing is sent yet
    return WebhookDelivery.objects.get()


def test_a_failing_receiver_is_retried_with_backoff_then_delivered(
    receiver: Receiver, world: World, plan: Plan
) -> None:
    delivery = one_pending_delivery(receiver, world, plan)
    receiver.answers = [500, 503]

    with pytest.raises(Retry) as retry:
        deliver_webhook.delay(delivery.pk)
    delivery.refresh_from_db()
    assert delivery.status == DeliveryStatus.PENDING
    assert delivery.attempts == 1 and delivery.response_status == 500
    assert delivery.last_error.startswith("HTTP 500")
    assert delivery.next_attempt_at and delivery.last_attempt_at
    first_wait = (delivery.next_attempt_at - delivery.last_attempt_at).total_seconds()
    assert 45 <= first_wait <= 60
    assert retry.value.when == pytest.approx(first_wait)

    # Not due yet: a duplicate message does nothing.
    assert webhooks.deliver(delivery_id=delivery.pk) == webhooks.Outcome.SKIPPED

    later = delivery.next_attempt_at
    with pytest.raises(webhooks.DeliveryFailed) as second:
        webhooks.deliver(delivery_id=delivery.pk, now=later)
    assert 90 <= second.value.retry_in <= 120  # doubled
    delivery.refresh_from_db()
    assert (
        webhooks.deliver(delivery_id=delivery.pk, now=delivery.next_attempt_at) == webhooks.Outcome.DELIVERED
    )
    delivery.refresh_from_db()
    assert (delivery.status, delivery.attempts, delivery.response_status) == (
        DeliveryStatus.DELIVERED,
        3,
        200,
    )
    assert delivery.last_error == ""
    ids = {r.headers["X-Plangranskning-Delivery"] for r in receiver.requests}
    assert ids == {str(delivery.event_id)} and len(receiver.requests) == 3


def test_backoff_doubles_up_to_an_hour() -> None:
    assert webhooks.backoff(1) <= datetime.timedelta(minutes=1)
    assert datetime.timedelta(minutes=3) <= webhooks.backoff(3) <= datetime.timedelta(minutes=4)
    assert datetime.timedelta(minutes=45) <= webhooks.backoff(20) <= datetime.timedelta(hours=1)


def test_after_the_last_attempt_the_delivery_is_failed_and_shown_to_the_admin(
    receiver: Receiver, world: World, plan: Plan, settings, district_admin: User
) -> None:
    settings.WEBHOOK_MAX_ATTEMPTS = 3
    delivery = one_pending_delivery(receiver, world, plan)
    receiver.answers = [500, 500, 500]
    now = timezone.now()
    for _attempt in range(2):
        with pytest.raises(webhooks.DeliveryFailed):
            webhooks.deliver(delivery_id=delivery.pk, now=now)
        now += datetime.timedelta(hours=2)
    assert webhooks.deliver(delivery_id=delivery.pk, now=now) == webhooks.Outcome.FAILED
    delivery.refresh_from_db()
    assert (delivery.status, delivery.attempts, delivery.next_attempt_at) == (DeliveryStatus.FAILED, 3, None)
    # Settled: nothing more is sent, however many messages arrive.
    assert webhooks.deliver(delivery_id=delivery.pk, now=now + datetime.timedelta(days=1)) == "skipped"

    page = client_for(district_admin).get(
        reverse("admin:api_webhookdelivery_changelist") + "?status__exact=failed"
    )
    assert page.status_code == 200
    assert "HTTP 500" in page.content.decode()


def test_the_task_retries_at_most_the_configured_attempts_with_late_acks() -> None:
    task = app.tasks[webhooks.DELIVER_WEBHOOK]
    assert task.acks_late and task.reject_on_worker_lost
    assert task.max_retries is not None and task.max_retries >= 7  # WEBHOOK_MAX_ATTEMPTS 8 = 1 + 7 retries
    assert task.time_limit and task.time_limit > webhooks.TIMEOUT_SECONDS * 2


def test_replay_sends_the_same_event_id_again(
    receiver: Receiver, world: World, plan: Plan, district_admin: User, django_capture_on_commit_callbacks
) -> None:
    endpoint_for(world.district, receiver.url)
    checked_version(plan)
    collect(django_capture_on_commit_callbacks)
    delivery = WebhookDelivery.objects.get()
    with django_capture_on_commit_callbacks(execute=True):
        assert webhooks.replay(delivery=delivery, by=district_admin)
    first, second = receiver.requests
    assert first.body == second.body
    assert first.headers["X-Plangranskning-Delivery"] == second.headers["X-Plangranskning-Delivery"]
    delivery.refresh_from_db()
    assert delivery.status == DeliveryStatus.DELIVERED and delivery.attempts == 1


def test_only_the_districts_admin_may_replay(
    receiver: Receiver, world: World, plan: Plan, other_district_admin: User
) -> None:
    from plans.errors import NotAllowed

    delivery = one_pending_delivery(receiver, world, plan)
    WebhookDelivery.objects.filter(pk=delivery.pk).update(status=DeliveryStatus.FAILED)
    with pytest.raises(NotAllowed):
        webhooks.replay(delivery=delivery, by=other_district_admin)


def test_a_lost_message_is_sent_again_by_the_next_beat_run(
    receiver: Receiver, world: World, plan: Plan, django_capture_on_commit_callbacks
) -> None:
    delivery = one_pending_delivery(receiver, world, plan)  # its message never ran
    with django_capture_on_commit_callbacks(execute=True):
        assert webhooks.requeue_overdue() == 0  # not overdue yet
    ten_minutes_ago = timezone.now() - datetime.timedelta(minutes=10)
    WebhookDelivery.objects.filter(pk=delivery.pk).update(next_attempt_at=ten_minutes_ago)
    with django_capture_on_commit_callbacks(execute=True):
        assert webhooks.requeue_overdue() == 1
    delivery.refresh_from_db()
    assert delivery.status == DeliveryStatus.DELIVERED and len(receiver.requests) == 1


def test_the_beat_task_collects_and_delivers(
    receiver: Receiver, world: World, plan: Plan, django_capture_on_commit_callbacks
) -> None:
    endpoint_for(world.district, receiver.url)
    checked_version(plan)
    with django_capture_on_commit_callbacks(execute=True):
        assert collect_webhooks.delay().get() == 1
    assert len(receiver.requests) == 1


def test_the_tasks_are_registered_scheduled_and_loaded_by_every_worker() -> None:
    assert set(webhooks.ALL_JOBS) <= set(app.tasks)
    assert "api.tasks" in celeryconfig.imports
    assert any(entry["task"] == webhooks.COLLECT_WEBHOOKS for entry in app.conf.beat_schedule.values())


# --- Never inward, never redirected ---


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1/hooks",
        "http://10.0.0.1/hooks",
        "http://192.168.1.10/hooks",
        "http://169.254.169.254/latest/meta-data/",
        "http://[::1]/hooks",
        "http://[::ffff:127.0.0.1]/hooks",
        "http://0.0.0.0/hooks",
        "http://localhost:8000/hooks",
        "http://2130706433/hooks",  # 127.0.0.1 as one number
    ],
)
def test_loopback_private_and_link_local_urls_are_refused(url: str) -> None:
    with pytest.raises(webhooks.UrlRefused):
        webhooks.check_url(url)


@pytest.mark.parametrize(
    "url",
    ["ftp://example.com/hooks", "file:///etc/passwd", "gopher://example.com/", "https://user:pw@1.1.1.1/"],
)
def test_only_plain_http_and_https_urls_are_accepted(url: str) -> None:
    with pytest.raises(webhooks.UrlRefused):
        webhooks.check_url(url)


def test_a_public_address_is_accepted() -> None:
    target = webhooks.check_url("https://1.1.1.1:8443/hooks?x=1")
    assert (target.scheme, target.host, target.port, target.path) == ("https", "1.1.1.1", 8443, "/hooks?x=1")
    assert target.addresses == ("1.1.1.1",)


def test_a_name_resolving_to_any_private_address_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    def resolve(host: str, port: int, **kwargs: Any) -> list[Any]:
        return [(2, 1, 6, "", ("1.1.1.1", port)), (2, 1, 6, "", ("10.1.2.3", port))]

    monkeypatch.setattr(socket, "getaddrinfo", resolve)
    with pytest.raises(webhooks.UrlRefused, match=r"10\.1\.2\.3"):
        webhooks.check_url("https://hooks.example.test/")


def test_private_addresses_are_allowed_only_by_the_setting(settings) -> None:  # type: ignore[no-untyped-def]
    settings.WEBHOOK_ALLOW_PRIVATE = True
    assert webhooks.check_url("http://127.0.0.1:9/").addresses == ("127.0.0.1",)


def test_the_url_is_checked_again_before_each_delivery(
    receiver: Receiver, world: World, plan: Plan, settings
) -> None:
    delivery = one_pending_delivery(receiver, world, plan)
    settings.WEBHOOK_ALLOW_PRIVATE = False
    with pytest.raises(webhooks.DeliveryFailed):
        webhooks.deliver(delivery_id=delivery.pk)
    delivery.refresh_from_db()
    assert receiver.requests == []
    assert "127.0.0.1" in delivery.last_error and delivery.response_status is None


def test_the_connection_goes_to_the_vetted_address_with_the_urls_host_name(
    receiver: Receiver, world: World, plan: Plan, monkeypatch: pytest.MonkeyPatch
) -> None:
    looked_up: list[str] = []
    real = socket.getaddrinfo

    def resolve(host: str, port: int, *args: Any, **kwargs: Any) -> list[Any]:
        if host != "receiver.example.test":
            return real(host, port, *args, **kwargs)
        looked_up.append(host)
        return [(2, 1, 6, "", ("127.0.0.1", port))]

    monkeypatch.setattr(socket, "getaddrinfo", resolve)
    endpoint_for(world.district, f"http://receiver.example.test:{receiver.port}/hooks")
    checked_version(plan)
    webhooks.collect()
    assert webhooks.deliver(delivery_id=WebhookDelivery.objects.get().pk) == webhooks.Outcome.DELIVERED
    assert looked_up == ["receiver.example.test"]  # resolved once, by the check
    assert receiver.requests[0].headers["Host"] == f"receiver.example.test:{receiver.port}"


@pytest.fixture
def certificate(tmp_path: Path) -> tuple[Path, Path]:
    """A self-signed certificate for receiver.example.test."""
    if shutil.which("openssl") is None:
        if in_ci():
            pytest.fail("CI must test webhooks over https: install the openssl command")
        pytest.skip("needs the openssl command")
    key, cert = tmp_path / "key.pem", tmp_path / "cert.pem"
    subprocess.run(
        [
            "openssl",
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-days",
            "1",
            "-keyout",
            str(key),
            "-out",
            str(cert),
            "-subj",
            "/CN=receiver.example.test",
            "-addext",
            "subjectAltName=DNS:receiver.example.test",
        ],
        check=True,
        capture_output=True,
    )
    return key, cert


@pytest.mark.parametrize(
    ("host", "delivered"), [("receiver.example.test", True), ("other.example.test", False)]
)
def test_https_goes_to_the_vetted_address_and_verifies_the_urls_host_name(
    world: World,
    plan: Plan,
    settings,
    monkeypatch: pytest.MonkeyPatch,
    certificate: tuple[Path, Path],
    host: str,
    delivered: bool,
) -> None:
    settings.WEBHOOK_ALLOW_PRIVATE = True
    key, cert = certificate
    server_tls = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    server_tls.load_cert_chain(cert, key)
    real = socket.getaddrinfo

    def resolve(name: str, port: int, *args: Any, **kwargs: Any) -> list[Any]:
        if name.endswith(".example.test"):
            return [(2, 1, 6, "", ("127.0.0.1", port))]
        return real(name, port, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", resolve)
    # Our certificate authority is the self-signed certificate; verification stays on.
    trusting = functools.partial(ssl.create_default_context, cafile=str(cert))
    monkeypatch.setattr(ssl, "create_default_context", trusting)
    with serving(server_tls) as tls_receiver:
        endpoint_for(world.district, f"https://{host}:{tls_receiver.port}/hooks")
        checked_version(plan)
        webhooks.collect()
        delivery = WebhookDelivery.objects.get()
        if delivered:
            assert webhooks.deliver(delivery_id=delivery.pk) == webhooks.Outcome.DELIVERED
            assert tls_receiver.requests[0].headers["Host"] == f"{host}:{tls_receiver.port}"
        else:
            with pytest.raises(webhooks.DeliveryFailed, match="certificate"):
                webhooks.deliver(delivery_id=delivery.pk)
            assert tls_receiver.requests == []


def test_redirects_are_not_followed(receiver: Receiver, world: World, plan: Plan) -> None:
    delivery = one_pending_delivery(receiver, world, plan)
    receiver.answers = [302]
    with pytest.raises(webhooks.DeliveryFailed):
        webhooks.deliver(delivery_id=delivery.pk)
    assert [r.path for r in receiver.requests] == ["/hooks"]
    delivery.refresh_from_db()
    assert delivery.response_status == 302 and "/elsewhere" in delivery.last_error
    assert delivery.status == DeliveryStatus.PENDING


def test_a_receiver_that_is_down_is_an_error_to_retry(world: World, plan: Plan, settings) -> None:
    settings.WEBHOOK_ALLOW_PRIVATE = True
    endpoint_for(world.district, "http://127.0.0.1:9/hooks")  # discard port: nothing listens
    checked_version(plan)
    webhooks.collect()
    delivery = WebhookDelivery.objects.get()
    with pytest.raises(webhooks.DeliveryFailed):
        webhooks.deliver(delivery_id=delivery.pk)
    delivery.refresh_from_db()
    assert delivery.last_error.startswith("ConnectionRefusedError") and delivery.attempts == 1


# --- The admin ---


def test_district_admin_sees_and_manages_only_own_endpoints_and_deliveries(
    receiver: Receiver, world: World, plan: Plan, district_admin: User
) -> None:
    mine = endpoint_for(world.district, receiver.url)
    theirs = endpoint_for(world.other_district, "https://1.1.1.1/theirs")
    checked_version(plan)
    webhooks.collect()
    theirs_delivery = WebhookDelivery.objects.create(
        endpoint=theirs,
        event_type="check.finished",
        plan_event=PlanEvent.objects.get(kind="check_finished"),
        body="{}",
    )
    client = client_for(district_admin)

    listing = client.get(reverse("admin:api_webhookendpoint_changelist")).content.decode()
    assert receiver.url in listing and "1.1.1.1/theirs" not in listing
    page = client.get(reverse("admin:api_webhookendpoint_change", args=[mine.pk]))
    assert page.status_code == 200
    assert mine.secret in page.content.decode()  # shown, to configure the receiver
    assert (
        reverse("admin:api_webhookdelivery_change", args=[mine.deliveries.get().pk]) in page.content.decode()
    )
    assert client.get(reverse("admin:api_webhookendpoint_change", args=[theirs.pk])).status_code in (302, 404)
    deliveries = client.get(reverse("admin:api_webhookdelivery_changelist")).content.decode()
    assert "1.1.1.1/theirs" not in deliveries
    assert client.get(reverse("admin:api_webhookdelivery_change", args=[theirs_delivery.pk])).status_code in (
        302,
        404,
    )


def test_principals_and_reviewers_have_no_webhook_admin(principal_a: User, reviewer_same_area: User) -> None:
    for user in (principal_a, reviewer_same_area):
        user.is_staff = True
        user.save()
        response = client_for(user).get(reverse("admin:api_webhookendpoint_changelist"))
        assert response.status_code == 403


def test_the_admin_refuses_an_inward_url_and_saves_a_public_one(
    world: World, district_admin: User, settings
) -> None:
    settings.WEBHOOK_ALLOW_PRIVATE = False
    client = client_for(district_admin)
    form = {
        "district": world.district.pk,
        "name": "Ärendesystem",
        "events": ["check.finished"],
        "is_active": "on",
    }
    for url in ("http://127.0.0.1:8000/hooks", "http://169.254.169.254/", "ftp://1.1.1.1/"):
        response = client.post(reverse("admin:api_webhookendpoint_add"), {**form, "url": url})
        assert response.status_code == 200, url  # the form again, with the error
        assert "errorlist" in response.content.decode()
    assert not WebhookEndpoint.objects.exists()

    response = client.post(reverse("admin:api_webhookendpoint_add"), {**form, "url": "https://1.1.1.1/hooks"})
    assert response.status_code == 302
    endpoint = WebhookEndpoint.objects.get()
    assert endpoint.events == ["check.finished"] and len(endpoint.secret) >= 40
    assert endpoint.last_event_id == (
        PlanEvent.objects.order_by("-pk").values_list("pk", flat=True).first() or 0
    )


def test_the_admin_offers_only_administered_districts(world: World, district_admin: User) -> None:
    body = client_for(district_admin).get(reverse("admin:api_webhookendpoint_add")).content.decode()
    assert world.district.name in body and world.other_district.name not in body


def test_the_replay_action_sends_failed_deliveries_again_within_the_district(
    receiver: Receiver,
    world: World,
    plan: Plan,
    district_admin: User,
    other_district_admin: User,
    django_capture_on_commit_callbacks,
) -> None:
    delivery = one_pending_delivery(receiver, world, plan)
    WebhookDelivery.objects.filter(pk=delivery.pk).update(status=DeliveryStatus.FAILED, attempts=8)
    changelist = reverse("admin:api_webhookdelivery_changelist")
    action = {"action": "replay", "_selected_action": [delivery.pk]}

    with django_capture_on_commit_callbacks(execute=True):
        client_for(other_district_admin).post(changelist, action)
    delivery.refresh_from_db()
    assert delivery.status == DeliveryStatus.FAILED and receiver.requests == []

    with django_capture_on_commit_callbacks(execute=True):
        response = client_for(district_admin).post(changelist, action)
    assert response.status_code == 302
    delivery.refresh_from_db()
    assert delivery.status == DeliveryStatus.DELIVERED and delivery.attempts == 1
    assert [r.headers["X-Plangranskning-Delivery"] for r in receiver.requests] == [str(delivery.event_id)]


def test_an_endpoint_is_deleted_with_its_deliveries_and_its_secret_can_be_replaced(
    receiver: Receiver, world: World, plan: Plan, district_admin: User
) -> None:
    delivery = one_pending_delivery(receiver, world, plan)
    endpoint = delivery.endpoint
    old_secret = endpoint.secret
    client = client_for(district_admin)
    changelist = reverse("admin:api_webhookendpoint_changelist")
    client.post(changelist, {"action": "rotate_secret", "_selected_action": [endpoint.pk]})
    endpoint.refresh_from_db()
    assert endpoint.secret != old_secret

    response = client.post(reverse("admin:api_webhookendpoint_delete", args=[endpoint.pk]), {"post": "yes"})
    assert response.status_code == 302
    assert not WebhookEndpoint.objects.exists() and not WebhookDelivery.objects.exists()
