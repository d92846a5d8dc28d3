"""A plain HTTP client of the REST API over loopback (the standard library only): uploads as
multipart, JSON otherwise, and a record of every answer so a scenario can judge them all at the end."""

from __future__ import annotations

import http.client
import json
import threading
import time
import uuid
from dataclasses import dataclass, field
from typing import Any

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


@dataclass
class Answer:
    method: str
    path: str
    status: int  # 0: no HTTP answer at all (connection refused or reset)
    headers: dict[str, str]
    body: bytes
    at: float  # time.monotonic() when the answer came
    error: str = ""

    def json(self) -> Any:
        return json.loads(self.body)

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "")

    def __str__(self) -> str:
        return f"{self.method} {self.path} → {self.status or self.error} {self.body[:300]!r}"


@dataclass
class Api:
    port: int
    token: str
    answers: list[Answer] = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def request(
        self, method: str, path: str, body: bytes = b"", content_type: str = "", timeout: float = 60
    ) -> Answer:
        headers = {"Authorization": f"Token {self.token}", "Accept-Language": "en"}
        if content_type:
            headers["Content-Type"] = content_type
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=timeout)
        try:
            connection.request(method, path, body=body or None, headers=headers)
            response = connection.getresponse()
            answer = Answer(
                method,
                path,
                response.status,
                {k.lower(): v for k, v in response.getheaders()},
                response.read(),
                time.monotonic(),
            )
        except OSError as error:
            answer = Answer(
                method, path, 0, {}, b"", time.monotonic(), error=f"{type(error).__name__}: {error}"
            )
        finally:
            connection.close()
        with self._lock:
            self.answers.append(answer)
        return answer

    def get(self, path: str) -> Answer:
        return self.request("GET", path)

    def post(self, path: str, data: dict[str, Any] | None = None) -> Answer:
        return self.request("POST", path, json.dumps(data or {}).encode(), "application/json")

    def upload(self, school: str, content: bytes, year: str = "2025/26", name: str = "plan.docx") -> Answer:
        boundary = uuid.uuid4().hex
        parts = [
            _field(boundary, "school", school),
            _field(boundary, "school_year", year),
            (
                f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="{name}"\r\n'
                f"Content-Type: {DOCX}\r\n\r\n"
            ).encode()
            + content
            + b"\r\n",
            f"--{boundary}--\r\n".encode(),
        ]
        return self.request(
            "POST", "/api/v1/plan-versions/", b"".join(parts), f"multipart/form-data; boundary={boundary}"
        )

    def as_(self, token: str) -> Api:
        """The same server and record, another user."""
        other = Api(self.port, token)
        other.answers = self.answers
        other._lock = self._lock
        return other


def _field(boundary: str, name: str, value: str) -> bytes:
    return f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'.encode()


def healthz(port: int) -> int:
    """The status /healthz answers (0 when nothing answers)."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    try:
        connection.request("GET", "/healthz")
        response = connection.getresponse()
        response.read()
        return response.status
    except OSError:
        return 0
    finally:
        connection.close()
