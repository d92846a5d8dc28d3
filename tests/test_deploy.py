"""Safe production settings: `check --deploy` clean with the documented environment, a
Content-Security-Policy without inline script on every page, counters in Redis when it is there."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from django.test import Client
from django.urls import reverse

from tests.conftest import client_for

ROOT = Path(__file__).resolve().parents[1]
INLINE_SCRIPT = re.compile(r"<script(?![^>]*\bsrc=)[^>]*>", re.IGNORECASE)
EVENT_HANDLER = re.compile(r"<[^>]+\son[a-z]+\s*=", re.IGNORECASE)


def documented_production_environment() -> dict[str, str]:
    """The environment block of docs/deployment.md, as an operator would copy it."""
    text = (ROOT / "docs" / "deployment.md").read_text(encoding="utf-8")
    block = text.split("Environment", 1)[1].split("```", 2)[1]
    environment: dict[str, str] = {}
    for line in block.splitlines():
        line = line.split("#", 1)[0].strip()
        if "=" in line:
            name, value = line.split("=", 1)
            environment[name] = value.replace("…", "placeholder")
    environment["SECRET_KEY"] = "k" * 30 + "-production-like-" + "q" * 30
    return environment


def test_check_deploy_is_clean_with_the_documented_production_settings(tmp_path: Path) -> None:
    environment = documented_production_environment()
    assert environment["DEBUG"] == "false"
    kept = {k: v for k, v in os.environ.items() if k in ("PATH", "HOME", "LANG")}
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env={**kept, **environment, "VAR_DIR": str(tmp_path), "STATIC_ROOT": str(tmp_path / "static")},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_the_cache_is_the_brokers_redis_when_there_is_one() -> None:
    def cache_backend(extra: dict[str, str]) -> str:
        environment = {k: v for k, v in os.environ.items() if k not in ("CACHE_URL", "CELERY_BROKER_URL")}
        result = subprocess.run(
            [
                sys.executable,
                "-c",
                "import django; django.setup(); from django.conf import settings; "
                "c = settings.CACHES['default']; print(c['BACKEND'], c.get('LOCATION', ''))",
            ],
            cwd=ROOT,
            env={**environment, "DJANGO_SETTINGS_MODULE": "config.settings", **extra},
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert result.returncode == 0, result.stderr
        return result.stdout.strip()

    assert cache_backend({}).startswith("django.core.cache.backends.locmem")
    assert cache_backend({"CELERY_BROKER_URL": "redis://queue:6379/0"}) == (
        "django_redis.cache.RedisCache redis://queue:6379/0"
    )
    assert cache_backend(
        {"CELERY_BROKER_URL": "redis://queue:6379/0", "CACHE_URL": "redis://cache:6379/3"}
    ).endswith("redis://cache:6379/3")


def _script_policy(header: str) -> str:
    directives = dict(part.strip().split(" ", 1) for part in header.split(";") if part.strip())
    return directives["script-src"]


@pytest.mark.django_db
def test_pages_carry_a_policy_that_allows_no_inline_script(world: object, principal_a: object) -> None:
    pages = [(Client(), reverse("login")), (client_for(principal_a), reverse("start"))]  # type: ignore[arg-type]
    for client, url in pages:
        response = client.get(url, follow=True)
        assert response.status_code == 200, url
        header = response["Content-Security-Policy"]
        assert _script_policy(header) == "'self'", header
        assert "frame-ancestors 'none'" in header
        assert not INLINE_SCRIPT.search(response.content.decode()), url


@pytest.mark.parametrize("page", ["/api/schema/swagger/", "/api/schema/redoc/"])
def test_the_api_documentation_runs_under_the_policy(page: str) -> None:
    response = Client().get(page)
    assert response.status_code == 200
    assert _script_policy(response["Content-Security-Policy"]) == "'self'"
    assert not INLINE_SCRIPT.search(response.content.decode()), page


def test_no_template_of_ours_has_inline_script_or_event_handlers() -> None:
    templates = [
        path
        for folder in ("templates", "plans", "reviews", "api", "config")
        for path in (ROOT / folder).rglob("*.html")
    ]
    assert len(templates) > 20
    offenders = [
        str(path.relative_to(ROOT))
        for path in templates
        if INLINE_SCRIPT.search(text := path.read_text(encoding="utf-8")) or EVENT_HANDLER.search(text)
    ]
    assert offenders == []
