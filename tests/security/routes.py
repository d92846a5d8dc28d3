"""What the matrix must cover, read from the project itself: the URLconf's named pages and the
OpenAPI schema's operations. Nothing here needs the database."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from typing import Any

from django.urls import URLPattern, URLResolver, get_resolver, resolve
from drf_spectacular.generators import SchemaGenerator

from tests.security.expectations import SKIPPED_NAMESPACES, SKIPPED_ROUTES

API_METHODS = ("GET", "POST", "PUT", "PATCH", "DELETE")


@dataclass(frozen=True)
class Route:
    name: str  # namespaced, as reverse() takes it
    pattern: str
    object_kwarg: str | None  # the int argument filled with a world object's pk
    is_api_operation: bool  # a router view: covered by the schema's operations instead


def _walk(
    patterns: list[Any], prefix: str = "", namespace: str = ""
) -> Iterator[tuple[str, str, URLPattern]]:
    for entry in patterns:
        if isinstance(entry, URLResolver):
            inner = f"{namespace}{entry.namespace}:" if entry.namespace else namespace
            yield from _walk(entry.url_patterns, prefix + str(entry.pattern), inner)
        elif isinstance(entry, URLPattern):
            yield namespace, prefix + str(entry.pattern), entry


@cache
def web_routes() -> dict[str, Route]:
    """Every named page of the URLconf, minus the skipped ones (a name with a format-suffix twin
    is one route)."""
    routes: dict[str, Route] = {}
    for namespace, pattern, entry in _walk(get_resolver().url_patterns):
        if namespace.rstrip(":") in SKIPPED_NAMESPACES:
            continue
        if not entry.name:
            raise AssertionError(f"the URL {pattern!r} has no name: the matrix cannot address it")
        name = namespace + entry.name
        if name in SKIPPED_ROUTES or name in routes:
            continue
        converters = getattr(entry.pattern, "converters", {})
        ints = [
            kwarg for kwarg, converter in converters.items() if type(converter).__name__ == "IntConverter"
        ]
        routes[name] = Route(
            name=name,
            pattern=pattern,
            object_kwarg=ints[0] if ints else None,
            is_api_operation=hasattr(entry.callback, "actions"),  # a DRF ViewSet's view
        )
    return routes


@cache
def schema() -> dict[str, Any]:
    generated: dict[str, Any] = SchemaGenerator(api_version="v1").get_schema(request=None, public=True)
    return generated


@cache
def api_operations() -> tuple[tuple[str, str], ...]:
    """(method, path) of every operation in the schema, e.g. ("POST", "/api/v1/plans/{id}/submit/")."""
    return tuple(
        (method.upper(), path)
        for path, item in schema()["paths"].items()
        for method in item
        if method.upper() in API_METHODS
    )


def routed_operations() -> set[tuple[str, str]]:
    """(method, URL name) of every router view in the URLconf: what the schema must document."""
    found: set[tuple[str, str]] = set()
    for namespace, _pattern, entry in _walk(get_resolver().url_patterns):
        actions = getattr(entry.callback, "actions", None)
        if actions and entry.name:
            found |= {
                (method.upper(), namespace + entry.name)
                for method in actions
                if method not in ("head", "options")
            }
    return found


def operation_route(method: str, path: str) -> tuple[str, str]:
    """The URL name an operation of the schema resolves to, found by resolving a sample address."""
    sample = path.replace("{id}", "1").replace("{label}", "2025/26")
    return method, resolve(sample).view_name
