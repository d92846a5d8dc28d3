"""The plan's own text, section by section, for the review screen: the reviewer reads the sections
beside the requirements, findings and feedback, and anchors feedback to a section by choosing it."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from plans.checking.document import Block
from plans.checking.reader import DocumentUnreadable, read_document
from plans.models import CheckRun, PlanVersion
from reviews.selectors.feedback import heading_paths


@dataclass(frozen=True)
class SectionText:
    number: int  # position on the page: the HTML id
    anchor: int | None  # index into heading_paths(run): the feedback form's "section:<anchor>"
    level: int
    heading: str
    path: tuple[str, ...]
    blocks: tuple[Block, ...]
    requirements: list[str] = field(default_factory=list)  # keys whose evidence lies here
    findings: list[str] = field(default_factory=list)  # finding codes found here

    @property
    def heading_tag(self) -> str:
        """h3 for top-level sections down to h5, under the page's own h2 ("The plan")."""
        return f"h{min(max(self.level, 1), 3) + 2}"


@dataclass(frozen=True)
class PlanText:
    sections: list[SectionText]
    unreadable: bool = False

    def number_of(self, path: tuple[str, ...]) -> int | None:
        return next((s.number for s in self.sections if s.path == path and path), None)


def plan_text(version: PlanVersion, run: CheckRun | None) -> PlanText:
    """Read the stored file again (the check keeps only an outline) and split it into sections,
    each marked with the requirements whose evidence and the findings that lie in it."""
    if version.purged_at is not None:  # removed under the retention rule; the page says so
        return PlanText([], unreadable=True)
    try:
        with version.file.open("rb") as stored:
            document = read_document(stored.read())
    except (DocumentUnreadable, FileNotFoundError, OSError):
        return PlanText([], unreadable=True)
    anchors: dict[tuple[str, ...], int] = {}
    for index, path in enumerate(heading_paths(run)):
        anchors.setdefault(path, index)
    requirements_at: dict[int, list[str]] = defaultdict(list)
    findings_at: dict[int, list[str]] = defaultdict(list)
    if run is not None:
        for result in run.results.all():
            for evidence in result.evidence[:3]:
                if "first_block" in evidence and result.key not in requirements_at[evidence["first_block"]]:
                    requirements_at[int(evidence["first_block"])].append(result.key)
        for finding in run.findings.all():
            for evidence in finding.evidence[:1]:
                if "first_block" in evidence:
                    findings_at[int(evidence["first_block"])].append(finding.code)
    sections: list[SectionText] = []
    for number, section in enumerate(document.sections):
        heading = section.heading
        if heading is not None and heading.in_toc:
            continue
        body_start = section.start + 1 if heading is not None else section.start
        in_range = range(section.start, section.end)
        sections.append(
            SectionText(
                number=number,
                anchor=anchors.get(tuple(t[:300] for t in section.path)) if heading is not None else None,
                level=section.level,
                heading=heading.text if heading is not None else "",
                path=section.path,
                blocks=document.blocks[body_start : section.end],
                requirements=sorted({k for i in in_range for k in requirements_at.get(i, [])}),
                findings=sorted({c for i in in_range for c in findings_at.get(i, [])}),
            )
        )
    return PlanText(sections)
