"""What changed between two versions: the check delta and the section-level diff."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from plans.checking.diff import SectionChange, diff_documents
from plans.checking.reader import DocumentUnreadable, read_document
from plans.models import CheckRun, PlanVersion
from plans.selectors import current_check_run


@dataclass(frozen=True)
class CheckDelta:
    newly_met: list[str]
    newly_missing: list[str]
    improved: list[tuple[str, str, str]]  # key, before, after (missing → partial, partial → met, …)
    worsened: list[tuple[str, str, str]]
    findings_gone: list[str]  # "code: shown as"
    findings_new: list[str]


RANK = {"missing": 0, "partial": 1, "met": 2}


def check_delta(before: CheckRun | None, after: CheckRun | None) -> CheckDelta | None:
    if before is None or after is None:
        return None
    old = {r.key: r.status for r in before.results.all()}
    new = {r.key: r.status for r in after.results.all()}
    improved: list[tuple[str, str, str]] = []
    worsened: list[tuple[str, str, str]] = []
    for key, status in new.items():
        previous = old.get(key)
        if previous is None or previous == status:
            continue
        (improved if RANK[status] > RANK[previous] else worsened).append((key, previous, status))

    def finding_keys(run: CheckRun) -> Counter[str]:
        return Counter(f"{f.code}: {f.masked}" if f.masked else f.code for f in run.findings.all())

    old_findings, new_findings = finding_keys(before), finding_keys(after)
    return CheckDelta(
        newly_met=[k for k, b, a in improved if a == "met"],
        newly_missing=[k for k, b, a in worsened if a == "missing"],
        improved=improved,
        worsened=worsened,
        findings_gone=sorted((old_findings - new_findings).elements()),
        findings_new=sorted((new_findings - old_findings).elements()),
    )


@dataclass(frozen=True)
class VersionDiff:
    before: PlanVersion
    after: PlanVersion
    sections: tuple[SectionChange, ...]
    check: CheckDelta | None
    unreadable: bool = False


def version_diff(before: PlanVersion, after: PlanVersion) -> VersionDiff:
    """Section-level changes (reading both files) and the check delta between two versions."""
    if before.purged_at is not None or after.purged_at is not None:  # a file removed by retention
        return VersionDiff(
            before, after, (), check_delta(current_check_run(before), current_check_run(after)), True
        )
    try:
        with before.file.open("rb") as old_file, after.file.open("rb") as new_file:
            sections = diff_documents(read_document(old_file.read()), read_document(new_file.read()))
    except (DocumentUnreadable, FileNotFoundError):
        return VersionDiff(
            before, after, (), check_delta(current_check_run(before), current_check_run(after)), True
        )
    return VersionDiff(
        before, after, sections, check_delta(current_check_run(before), current_check_run(after))
    )
