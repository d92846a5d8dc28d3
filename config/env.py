"""Typed readers for settings from the environment; they fail loudly at start-up.

Every variable read here must appear in docs/configuration.md (a test checks it).
"""

from __future__ import annotations

import os

from django.core.exceptions import ImproperlyConfigured

# Names read so far, so the configuration table can be compared with the code.
READ: set[str] = set()


def env_str(name: str, default: str) -> str:
    READ.add(name)
    return os.environ.get(name, default)


def env_required(name: str, *, unless: bool, fallback: str) -> str:
    """A secret: required unless `unless` holds (the embedded development set-up)."""
    READ.add(name)
    value = os.environ.get(name, "")
    if value:
        return value
    if unless:
        return fallback
    raise ImproperlyConfigured(
        f"{name} must be set when DEBUG is off or a server database is configured"
        " (no production default for secrets)."
    )


def env_bool(name: str, default: bool) -> bool:
    READ.add(name)
    raw = os.environ.get(name)
    if raw is None or raw == "":
        return default
    lowered = raw.strip().lower()
    if lowered in ("1", "true", "yes", "on"):
        return True
    if lowered in ("0", "false", "no", "off"):
        return False
    raise ImproperlyConfigured(f"{name} must be true or false, not {raw!r}.")


def env_int(name: str, default: int) -> int:
    READ.add(name)
    raw = os.environ.get(name)
    if raw is None or raw == "":
        return default
    try:
        return int(raw)
    except ValueError:
        raise ImproperlyConfigured(f"{name} must be a whole number, not {raw!r}.") from None


def env_list(name: str, default: list[str]) -> list[str]:
    READ.add(name)
    raw = os.environ.get(name)
    if raw is None or raw.strip() == "":
        return default
    return [item.strip() for item in raw.split(",") if item.strip()]
