"""The OpenAPI 3 schema: valid with no warnings, every operation documented with its errors, and the
Swagger UI and Redoc pages served from local static files."""

from __future__ import annotations

import json
import re
from typing import Any

import pytest
from django.core.management import call_command
from django.test import Client

pytestmark = pytest.mark.django_db

PROBLEM = "application/problem+json"


@pytest.fixture(scope="module")
def schema() -> dict[str, Any]:
    response = Client().get("/api/schema/", HTTP_ACCEPT="application/vnd.oai.openapi+json")
    assert response.status_code == 200
    raw: dict[str, Any] = json.loads(response.content)
    return raw


def operations(schema: dict[str, Any]):  # type: ignore[no-untyped-def]
    for path, item in schema["paths"].items():
        for method, operation in item.items():
            yield path, method, operation


def test_schema_validates_with_no_warnings(tmp_path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "schema.yaml"
    call_command("spectacular", "--validate", "--fail-on-warn", "--file", str(out))
    assert out.read_text().startswith("openapi: 3.")


def test_schema_is_openapi_3_and_names_the_api(schema: dict[str, Any]) -> None:
    assert schema["openapi"].startswith("3.")
    assert schema["info"]["title"] == "Plangranskning API"
    assert schema["components"]["securitySchemes"]["tokenAuth"]["name"] == "Authorization"


def test_every_resource_of_the_issue_is_in_the_schema(schema: dict[str, Any]) -> None:
    paths = set(schema["paths"])
    for expected in [
        "/api/v1/districts/",
        "/api/v1/areas/",
        "/api/v1/schools/",
        "/api/v1/schools/{id}/summary/",
        "/api/v1/school-years/",
        "/api/v1/school-years/{label}/",
        "/api/v1/school-years/{label}/summary/",
        "/api/v1/plans/",
        "/api/v1/plans/{id}/submit/",
        "/api/v1/plans/{id}/start-review/",
        "/api/v1/plans/{id}/request-changes/",
        "/api/v1/plans/{id}/approve/",
        "/api/v1/plans/{id}/events/",
        "/api/v1/plans/{id}/decisions/",
        "/api/v1/plan-versions/",
        "/api/v1/plan-versions/{id}/",
        "/api/v1/plan-versions/{id}/download/",
        "/api/v1/check-runs/",
        "/api/v1/templates/",
        "/api/v1/requirements/",
        "/api/v1/feedback-items/",
        "/api/v1/feedback-items/{id}/reply/",
        "/api/v1/feedback-items/{id}/resolve/",
        "/api/v1/feedback-items/{id}/reopen/",
        "/api/v1/feedback-items/{id}/drop/",
        "/api/v1/tokens/",
        "/api/v1/tokens/{id}/",
    ]:
        assert expected in paths, expected


def test_every_operation_documents_its_errors_as_problem_json(schema: dict[str, Any]) -> None:
    for path, method, operation in operations(schema):
        responses = operation["responses"]
        for code in ("401", "404", "429"):
            assert code in responses, (method, path, code)
        for code, response in responses.items():
            if code.startswith(("4", "5")):
                assert list(response["content"]) == [PROBLEM], (method, path, code)
                assert response["content"][PROBLEM]["schema"] == {"$ref": "#/components/schemas/Problem"}


def test_every_list_and_every_write_documents_400(schema: dict[str, Any]) -> None:
    for path, method, operation in operations(schema):
        if method == "post" and path.endswith(("/resolve/", "/reopen/", "/drop/")):
            continue  # no body, nothing to validate
        if method == "post" or operation["operationId"].endswith("_list"):
            assert "400" in operation["responses"], (method, path)


def test_the_problem_body_is_described(schema: dict[str, Any]) -> None:
    problem = schema["components"]["schemas"]["Problem"]
    assert set(problem["required"]) == {"type", "title", "status", "detail", "code"}
    assert "errors" in problem["properties"]


def test_review_transitions_document_body_answer_and_conflict(schema: dict[str, Any]) -> None:
    for name in ("submit", "start-review", "request-changes", "approve"):
        operation = schema["paths"][f"/api/v1/plans/{{id}}/{name}/"]["post"]
        assert operation["summary"]
        assert "requestBody" in operation
        ok = operation["responses"]["200"]["content"]["application/json"]["schema"]
        assert ok == {"$ref": "#/components/schemas/ReviewStatus"}
        assert {"400", "403", "409"} <= set(operation["responses"])


def test_upload_is_multipart_with_school_year_and_file(schema: dict[str, Any]) -> None:
    operation = schema["paths"]["/api/v1/plan-versions/"]["post"]
    body = operation["requestBody"]["content"]["multipart/form-data"]["schema"]
    upload = schema["components"]["schemas"][body["$ref"].rsplit("/", 1)[1]]
    assert set(upload["required"]) == {"school", "school_year", "file"}
    assert upload["properties"]["file"]["format"] == "binary"
    assert {"201", "400", "403", "409"} <= set(operation["responses"])


def test_enums_are_described(schema: dict[str, Any]) -> None:
    components = schema["components"]["schemas"]
    assert components["CheckStatusEnum"]["enum"] == ["queued", "checking", "checked", "failed"]
    assert set(components["RequirementStatusEnum"]["enum"]) == {"met", "partial", "missing"}
    assert "approved" in components["PlanStatusEnum"]["enum"]
    version = components["PlanVersion"]["properties"]
    assert version["status"] == {
        "allOf": [{"$ref": "#/components/schemas/CheckStatusEnum"}],
        "readOnly": True,
    }


def test_polled_endpoints_document_304_and_if_none_match(schema: dict[str, Any]) -> None:
    for path in ("/api/v1/plan-versions/{id}/", "/api/v1/school-years/{label}/summary/"):
        operation = schema["paths"][path]["get"]
        assert "304" in operation["responses"]
        headers = [p["name"] for p in operation["parameters"] if p["in"] == "header"]
        assert headers == ["If-None-Match"]


@pytest.mark.parametrize("page", ["/api/schema/swagger/", "/api/schema/redoc/"])
def test_documentation_pages_use_local_static_files(page: str) -> None:
    response = Client().get(page)
    assert response.status_code == 200
    html = response.content.decode()
    assert "/api/schema/" in html
    sources = re.findall(r'(?:src|href)="([^"]+)"', html)
    scripts = [s for s in sources if s.endswith(".js")]
    assert scripts, html
    for source in sources:
        assert not source.startswith(("http://", "https://", "//")), source
    assert "cdn" not in html.lower()
