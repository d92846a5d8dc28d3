"""The one way a plan file enters the system: checked, then stored with its row, all or nothing.

Web, API, `uploadplan` and the demo call `submit_plan`. The uploader's right and the file are
checked before anything is written; the plan (if new), the file, the version and their events are
then stored in one transaction. When any step fails, no row and no event remain, and a file that
was written is removed again. A file left behind by a process killed between the two (the only
gap no code can close) is found by `sweep_orphan_files`, run by the beat.
"""

from __future__ import annotations

import datetime
import errno
import hashlib
import logging
from typing import IO

from django.conf import settings
from django.contrib.auth.models import User
from django.core.files.base import ContentFile
from django.core.files.storage import Storage
from django.db import IntegrityError, transaction
from django.db.models import Max
from django.db.models.fields.files import FieldFile
from django.utils import timezone
from django.utils.translation import gettext as _

from plans import jobs, permissions
from plans.checking import PackageLimits, PackageRejected, open_package
from plans.errors import DuplicateVersion, NotAllowed, StorageUnavailable, UploadRejected
from plans.models import CheckStatus, EventKind, Plan, PlanVersion, School, SchoolYear
from plans.permissions import Action, Actor
from plans.services import record_event

logger = logging.getLogger(__name__)


def upload_limits() -> PackageLimits:
    return PackageLimits(
        max_bytes=settings.UPLOAD_MAX_BYTES,
        max_members=settings.UPLOAD_MAX_MEMBERS,
        max_uncompressed_bytes=settings.UPLOAD_MAX_UNCOMPRESSED_BYTES,
    )


def read_upload(file: IO[bytes], *, declared_size: int | None = None) -> bytes:
    """Read an uploaded file without ever holding more than the limit (plus one byte) in memory."""
    limit = settings.UPLOAD_MAX_BYTES
    if declared_size is not None and declared_size > limit:
        raise UploadRejected("too_large", {"size": declared_size, "limit": limit})
    if hasattr(file, "seek"):
        file.seek(0)
    data = file.read(limit + 1)
    if len(data) > limit:
        raise UploadRejected("too_large", {"size": declared_size or len(data), "limit": limit})
    return data


def validate_plan_file(data: bytes) -> None:
    """Refuse anything that is not a safe, plain .docx (raises UploadRejected)."""
    try:
        open_package(data, limits=upload_limits())
    except PackageRejected as rejected:
        raise UploadRejected(rejected.code, dict(rejected.params)) from None


def submit_plan(
    *,
    school: School,
    school_year: SchoolYear,
    file: IO[bytes],
    original_name: str,
    by: Actor,
    declared_size: int | None = None,
) -> PlanVersion:
    """Store a new version of the school's plan for the year, creating the plan on first upload,
    and ask for its check once committed. Raises NotAllowed, UploadRejected, DuplicateVersion or
    StorageUnavailable, having written nothing."""
    permissions.require(by, Action.UPLOAD_VERSION, school)
    if school.district_id != school_year.district_id:
        raise NotAllowed(
            _("The school year %(year)s belongs to another district.") % {"year": school_year.label}
        )
    data = read_upload(file, declared_size=declared_size)
    validate_plan_file(data)
    digest = hashlib.sha256(data).hexdigest()
    written: list[tuple[Storage, str]] = []
    try:
        with transaction.atomic():
            version = _store(school, school_year, data, digest, original_name, by, written)
    except BaseException:
        # The rows are rolled back; the file must go with them.
        for storage, name in written:
            remove_stored(storage, name)
        raise
    logger.info("plan %s: version %s stored (%s bytes)", version.plan_id, version.number, len(data))
    return version


def _store(
    school: School,
    school_year: SchoolYear,
    data: bytes,
    digest: str,
    original_name: str,
    by: Actor,
    written: list[tuple[Storage, str]],
) -> PlanVersion:
    plan, created = Plan.objects.get_or_create(school=school, school_year=school_year)
    # Lock the plan row: numbering and the duplicate check must see every earlier upload.
    Plan.objects.select_for_update().filter(pk=plan.pk).first()
    if created:
        record_event(plan=plan, kind=EventKind.PLAN_CREATED, by=by)
    existing = PlanVersion.objects.filter(plan=plan, sha256=digest).first()
    if existing is not None:
        raise DuplicateVersion(existing)
    number = (PlanVersion.objects.filter(plan=plan).aggregate(n=Max("number"))["n"] or 0) + 1
    now = timezone.now()
    version = PlanVersion(
        plan=plan,
        number=number,
        original_name=clean_name(original_name),
        size=len(data),
        sha256=digest,
        uploaded_by=by if isinstance(by, User) else None,
        check_status=CheckStatus.QUEUED,
        check_queued_at=now,
    )
    store_file(version.file, "plan.docx", data, written)
    try:
        with transaction.atomic():
            version.save()
    except IntegrityError:
        # Another upload of the same bytes won the race between our check and our insert.
        raise DuplicateVersion(PlanVersion.objects.get(plan=plan, sha256=digest)) from None
    record_event(
        plan=plan,
        kind=EventKind.VERSION_UPLOADED,
        by=by,
        version=version,
        data={"number": number, "file": version.original_name, "size": version.size, "sha256": digest},
        now=now,
    )
    jobs.enqueue_check(version.pk)
    return version


def clean_name(name: str) -> str:
    base = name.replace("\\", "/").rsplit("/", 1)[-1].strip() or "plan.docx"
    return base[:255]


def store_file(file: FieldFile, filename: str, data: bytes, written: list[tuple[Storage, str]]) -> None:
    """Write `data` as the field's file (as FieldFile.save does, without saving the row).

    The name is chosen and noted in `written` before a byte is written: a write that fails half-way
    (a full disk leaves a truncated file) is removed with the rest by the caller's cleanup."""
    storage = file.storage
    name = storage.get_available_name(
        file.field.generate_filename(file.instance, filename), max_length=file.field.max_length
    )
    written.append((storage, name))
    try:
        stored = storage.save(name, ContentFile(data), max_length=file.field.max_length)
    except OSError as error:  # full, read-only or unreachable: the store's own words are for the log
        raise storage_error(error) from error
    if stored != name:  # another writer took the name in between: that file is not ours to remove
        written[-1] = (storage, stored)
    file.name = stored
    setattr(file.instance, file.field.attname, stored)
    file._committed = True  # type: ignore[attr-defined]  # as FieldFile.save leaves it


def storage_error(error: OSError) -> StorageUnavailable:
    logger.error("file store refused a write: %s", error)
    full = error.errno in (errno.ENOSPC, errno.EDQUOT)
    return StorageUnavailable("storage_full" if full else "storage_unavailable")


def remove_stored(storage: Storage, name: str) -> None:
    try:
        storage.delete(name)
    except Exception:  # the sweep finds it later; the upload's own error is what the user needs
        logger.exception("could not remove %s after a failed upload", name)


# --- Files with no row ---


ORPHAN_AGE = datetime.timedelta(hours=1)


def sweep_orphan_files(
    *, storage: Storage, folder: str, known: set[str], now: datetime.datetime
) -> list[str]:
    """Remove stored files under `folder` that no row names and that are older than an hour (a
    younger one may belong to an upload still committing). Returns what was removed."""
    removed: list[str] = []
    for name in _walk(storage, folder):
        if name in known:
            continue
        try:
            modified = storage.get_modified_time(name)
        except (OSError, NotImplementedError):
            continue
        if timezone.is_naive(modified):
            modified = timezone.make_aware(modified, datetime.UTC)
        if now - modified < ORPHAN_AGE:
            continue
        remove_stored(storage, name)
        removed.append(name)
    if removed:
        logger.warning("removed %d stored files with no row: %s", len(removed), ", ".join(removed[:20]))
    return removed


def _walk(storage: Storage, folder: str) -> list[str]:
    try:
        folders, files = storage.listdir(folder)
    except (FileNotFoundError, NotADirectoryError):
        return []
    names = [f"{folder}/{name}" for name in files]
    for sub in folders:
        names.extend(_walk(storage, f"{folder}/{sub}"))
    return names
