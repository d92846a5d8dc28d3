"""Private storage for uploaded plans: no URL exists, downloads go through a permission-checked view."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.files.storage import FileSystemStorage


class PlanFileStorage(FileSystemStorage):
    """Files under PLAN_FILES_DIR, read when used (so tests and deployments can point it elsewhere)."""

    def __init__(self, **kwargs: Any) -> None:
        kwargs.pop("location", None)
        kwargs.pop("base_url", None)
        super().__init__(**kwargs)

    @property
    def base_location(self) -> Path:
        return Path(settings.PLAN_FILES_DIR)

    @property
    def location(self) -> str:
        return str(Path(settings.PLAN_FILES_DIR).resolve())

    def url(self, name: str | None) -> str:
        raise ValueError("Plan files have no public URL; use the download view.")
