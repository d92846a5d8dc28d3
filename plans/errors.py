"""Domain errors of plans, each with a translatable message that views show as they are."""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING

from django.template.defaultfilters import filesizeformat
from django.utils import timezone
from django.utils.translation import gettext as _

if TYPE_CHECKING:
    from plans.models import PlanVersion


class PlansError(Exception):
    """A refusal with a message for the person who asked."""

    code = "error"

    @property
    def message(self) -> str:
        return str(self.args[0]) if self.args else self.code

    def __str__(self) -> str:
        return self.message


class UploadRejected(PlansError):
    """The file is not a plan we can accept; nothing was stored."""

    def __init__(self, code: str, params: dict[str, int | str] | None = None) -> None:
        self.code = code
        self.params = params or {}
        super().__init__(code)

    @property
    def message(self) -> str:
        return rejection_message(self.code, self.params)


class DuplicateVersion(PlansError):
    """The same bytes were already uploaded to this plan."""

    code = "duplicate"

    def __init__(self, existing: PlanVersion) -> None:
        self.existing = existing
        super().__init__("duplicate")

    @property
    def message(self) -> str:
        return _(
            "This file is identical to version %(number)s of the plan, uploaded %(date)s. "
            "Nothing new was stored."
        ) % {
            "number": self.existing.number,
            # In the district's time, like every time a person reads (the row holds UTC).
            "date": f"{timezone.localtime(self.existing.uploaded_at):%Y-%m-%d %H:%M}",
        }


class NotAllowed(PlansError):
    """The user may see the object but not do this to it."""

    code = "not_allowed"


class NotFound(PlansError):
    """No such object, or one the user may not see (the message is the same on purpose)."""

    code = "not_found"


class FilePurged(PlansError):
    """The file was removed under the district's retention rule; its row and history remain (410)."""

    code = "file_purged"

    def __init__(self, purged_at: datetime.datetime) -> None:
        self.purged_at = purged_at
        super().__init__("file_purged")

    @property
    def message(self) -> str:
        return _(
            "The file was removed on %(date)s under the district's retention rule (gallring). "
            "Its record and history remain, but the file itself can no longer be downloaded."
        ) % {"date": f"{timezone.localtime(self.purged_at):%Y-%m-%d}"}


class StorageUnavailable(PlansError):
    """The file store could not take the file (full, read-only, unreachable); nothing was stored."""

    def __init__(self, code: str) -> None:
        self.code = code  # "storage_full" or "storage_unavailable"
        super().__init__(code)

    @property
    def message(self) -> str:
        if self.code == "storage_full":
            return _(
                "The file store is full, so the plan could not be saved. Nothing was stored; try again later."
            )
        return _(
            "The file store cannot be written to just now. Nothing was stored; try again in a few minutes."
        )


def _size(params: dict[str, int | str], key: str) -> str:
    value = params.get(key, 0)
    return filesizeformat(int(value)) if isinstance(value, int) else str(value)


def rejection_message(code: str, params: dict[str, int | str]) -> str:
    """The reason a file was refused, in the active language; codes come from plans.checking.package."""
    kind = str(params.get("kind", ""))
    messages: dict[str, str] = {
        "empty": _("The file is empty."),
        "too_large": _("The file is %(size)s; the largest plan accepted is %(limit)s.")
        % {"size": _size(params, "size"), "limit": _size(params, "limit")},
        "legacy_doc": _(
            "This is an old Word document (.doc). Open it in Word and save it as a Word document (.docx)."
        ),
        "encrypted": _(
            "The document is password protected. Remove the password in Word and upload it again."
        ),
        "not_zip": _("This is not a Word document (.docx)%(kind)s. Upload the plan as a .docx file.")
        % {"kind": f" ({kind.upper()})" if kind and kind != "unknown" else ""},
        "corrupt_zip": _("The file is damaged and cannot be opened as a Word document."),
        "zip_encrypted_member": _(
            "Parts of the file are encrypted. Save the plan again as an ordinary .docx."
        ),
        "too_many_members": _("The file holds too many parts (%(count)s, at most %(limit)s are accepted).")
        % {"count": params.get("count", "?"), "limit": params.get("limit", "?")},
        "too_large_uncompressed": _(
            "Unpacked, the file would be larger than %(limit)s, which is not accepted."
        )
        % {"limit": _size(params, "limit")},
        "zip_bomb": _("The file is compressed in a suspicious way (a possible zip bomb) and was refused."),
        "missing_content_types": _(
            "The file is not a valid Word document: its list of content types is missing."
        ),
        "missing_document": _(
            "The file is not a Word document: it has no main document part (word/document.xml)."
        ),
        "not_wordprocessing": _(
            "This is not a Word document but a %(kind)s file. Upload the plan as a .docx."
        )
        % {"kind": kind.upper() or _("different kind of")},
        "macro_enabled": _(
            "The document contains macros (.docm). Save it as a Word document without macros (.docx)."
        ),
        "dtd_forbidden": _("The file contains a document type declaration (DTD), which is not allowed."),
        "xml_malformed": _("The file is damaged: one of its parts is not well-formed XML (%(member)s).")
        % {"member": params.get("member", "?")},
    }
    return messages.get(code, _("The file could not be accepted (%(code)s).") % {"code": code})
