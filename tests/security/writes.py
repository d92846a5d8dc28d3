"""Did a request write anything? A fingerprint of every model's rows, and the stored files.

Every installed model is watched (rows counted and hashed, so an update shows too) except those
below, which requests write on purpose whoever asks.
"""

from __future__ import annotations

import hashlib
from functools import cache
from pathlib import Path
from typing import Any

from django.apps import apps
from django.db import connection
from django.db.models import Model

UNWATCHED_APPS: dict[str, str] = {
    "sessions": "signing in and out writes the session: the client's state, not the district's data",
    "axes": "django-axes records every sign-in attempt, refused ones most of all",
}
UNWATCHED_FIELDS: dict[tuple[str, str], str] = {
    ("api.ApiToken", "last_used_at"): "written on use, at most once a minute, by design (api/auth.py)",
}

State = dict[str, tuple[int, str]]


def watched_models() -> list[type[Model]]:
    return [model for model in apps.get_models() if model._meta.app_label not in UNWATCHED_APPS]


@cache
def _tables() -> tuple[tuple[str, str, str, tuple[str, ...]], ...]:
    """(model label, table, pk column, watched columns), quoted for SQL."""
    quote = connection.ops.quote_name
    return tuple(
        (
            model._meta.label,
            quote(model._meta.db_table),
            quote(model._meta.pk.column),
            tuple(
                quote(f.column)
                for f in model._meta.concrete_fields
                if (model._meta.label, f.name) not in UNWATCHED_FIELDS
            ),
        )
        for model in watched_models()
    )


@cache
def _postgresql_query() -> str:
    """Every table's count and digest in one round trip: forty queries a cell would double the run."""
    return " UNION ALL ".join(
        f"SELECT '{label}', count(*), "  # noqa: S608 - model metadata, not input
        f"md5(coalesce(string_agg(ROW({', '.join(columns)})::text, '|' ORDER BY {pk}), '')) FROM {table}"
        for label, table, pk, columns in _tables()
    )


def _plain(value: Any) -> Any:
    # Binary columns may come back as memoryview, whose repr is an address.
    return bytes(value) if isinstance(value, memoryview) else value


def database_state() -> State:
    """Per model: (row count, digest of every row's watched columns). Plain SQL: compiling forty ORM
    queries would cost more than running them, a thousand cells over."""
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(_postgresql_query())
            return {label: (count, digest) for label, count, digest in cursor.fetchall()}
        state: State = {}
        for label, table, pk, columns in _tables():
            cursor.execute(f"SELECT {', '.join(columns)} FROM {table} ORDER BY {pk}")  # noqa: S608
            rows = [tuple(map(_plain, row)) for row in cursor.fetchall()]
            state[label] = (len(rows), hashlib.sha256(repr(rows).encode()).hexdigest())
        return state


def changes(before: State, after: State) -> list[str]:
    """What differs, readably: 'plans.PlanEvent: 14 → 15 rows' or '… rows changed'."""
    out = []
    for label in sorted(before.keys() | after.keys()):
        (n_before, d_before), (n_after, d_after) = before.get(label, (0, "")), after.get(label, (0, ""))
        if n_before != n_after:
            out.append(f"{label}: {n_before} → {n_after} rows")
        elif d_before != d_after:
            out.append(f"{label}: rows changed")
    return out


def stored_files(folder: Path) -> set[Path]:
    return {p for p in folder.rglob("*") if p.is_file()} if folder.exists() else set()
