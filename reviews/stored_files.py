"""Stored files no row names: the one gap a transaction cannot close (a process killed after the
file was written and before its row committed). Found and removed by the beat, hourly."""

from __future__ import annotations

import datetime

from django.core.files.storage import storages
from django.utils import timezone

from plans.models import PlanVersion
from plans.uploads import sweep_orphan_files
from reviews.models import FeedbackLetter, Letterhead

# The folders the models store under (plans.models.plan_file_name, reviews.models.*_file_name).
FOLDERS = ("plans", "letters", "letterheads")


def sweep_stored_files(*, now: datetime.datetime | None = None) -> list[str]:
    """Remove files older than an hour that no version, letter or letterhead names."""
    known: set[str] = set()
    for model in (PlanVersion, FeedbackLetter, Letterhead):
        known.update(name for name in model.objects.values_list("file", flat=True) if name)
    storage = storages["plans"]
    moment = now or timezone.now()
    removed: list[str] = []
    for folder in FOLDERS:
        removed.extend(sweep_orphan_files(storage=storage, folder=folder, known=known, now=moment))
    return removed
