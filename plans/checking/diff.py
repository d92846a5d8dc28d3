"""What changed between two versions of a plan, section by section.

A section's text is its own content (not its subsections), without its heading or table-of-contents
lines; a line is a paragraph, a list item, an image's alternative text or a table row ("cell | cell").
Sections are matched old → new by heading path, then by heading text with the numbering, case and
whitespace ignored (first under the same parents, then anywhere, then with years ignored too); the
document titles (level 0) match each other.
Matched sections whose text is the same apart from whitespace are not reported; the rest are
"changed", and unmatched sections are "removed" or "added".
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass

from plans.checking.document import BlockKind, Document, Section

ADDED, REMOVED, CHANGED = "added", "removed", "changed"
MAX_LINES = 40
ELLIPSIS = "…"

_NUMBERING = re.compile(
    r"^\s*(?:\d{1,2}(?:\.\d{1,2}){0,4}[.):]?\s+|\d{1,2}\.(?=\S)|(?:[IVX]{1,4}|[A-Za-z])[.)]\s+)"
)
_YEAR = re.compile(r"\b(?:19|20)\d{2}(?:\s*[/-]\s*(?:19|20)?\d{2})?\b")
_SPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class SectionChange:
    kind: str  # "added" | "removed" | "changed"
    path: tuple[str, ...]  # the new document's heading path (the old one's for "removed")
    old_text: str  # the section's own text in the old version ("" when added)
    new_text: str  # ... in the new version ("" when removed)
    lines: tuple[str, ...]  # "changed": "- old line" / "+ new line", at most MAX_LINES, then "…"


def diff_documents(old: Document, new: Document) -> tuple[SectionChange, ...]:
    old_lines = [_section_lines(old, s) for s in old.sections]
    new_lines = [_section_lines(new, s) for s in new.sections]
    matches = _match_sections(old.sections, new.sections)  # old index -> new index

    keyed: list[tuple[tuple[int, int, int], SectionChange]] = []
    matched_new = set(matches.values())
    new_for_old = dict(matches)
    for new_index, section in enumerate(new.sections):
        if new_index not in matched_new:
            change = SectionChange(ADDED, section.path, "", "\n".join(new_lines[new_index]), ())
            keyed.append(((new_index, 0, 0), change))
    for old_index, new_index in matches.items():
        before, after = old_lines[old_index], new_lines[new_index]
        if _squash(before) == _squash(after):
            continue
        change = SectionChange(
            CHANGED,
            new.sections[new_index].path,
            "\n".join(before),
            "\n".join(after),
            _changed_lines(before, after),
        )
        keyed.append(((new_index, 0, 0), change))
    for old_index, section in enumerate(old.sections):
        if old_index in new_for_old:
            continue
        anchor = next(
            (new_for_old[i] for i in range(old_index - 1, -1, -1) if i in new_for_old),
            len(new.sections),
        )
        change = SectionChange(REMOVED, section.path, "\n".join(old_lines[old_index]), "", ())
        keyed.append(((anchor, 1, old_index), change))
    keyed.sort(key=lambda item: item[0])
    return tuple(change for _, change in keyed)


def diff_summary(changes: Iterable[SectionChange]) -> dict[str, int]:
    counts = {ADDED: 0, REMOVED: 0, CHANGED: 0}
    for change in changes:
        counts[change.kind] = counts.get(change.kind, 0) + 1
    return counts


# --- Section text ---


def _section_lines(document: Document, section: Section) -> list[str]:
    lines: list[str] = []
    for block in document.content_blocks(section):
        if block.kind == BlockKind.TABLE:
            for row in block.rows:
                line = " | ".join(cell for cell in row if cell)
                if line:
                    lines.append(line)
        elif block.text:
            lines.append(block.text)
    return lines


def _clean(line: str) -> str:
    return _SPACE.sub(" ", line).strip()


def _squash(lines: list[str]) -> str:
    return _clean(" ".join(lines))


def _changed_lines(before: list[str], after: list[str]) -> tuple[str, ...]:
    old = [line for line in (_clean(line) for line in before) if line]
    new = [line for line in (_clean(line) for line in after) if line]
    out: list[str] = []
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        out.extend(f"- {line}" for line in old[i1:i2])
        out.extend(f"+ {line}" for line in new[j1:j2])
    if len(out) > MAX_LINES:
        out = [*out[:MAX_LINES], ELLIPSIS]
    return tuple(out)


# --- Matching ---


def heading_key(text: str) -> str:
    """A heading without its numbering, case or extra whitespace: "4.1 Kartläggning" → "kartläggning"."""
    stripped = _NUMBERING.sub("", text.strip(), count=1)
    return _clean(stripped or text).casefold()


def _match_sections(old: tuple[Section, ...], new: tuple[Section, ...]) -> dict[int, int]:
    """Old section index → new section index, each section matched at most once, in document order."""
    matches: dict[int, int] = {}
    taken: set[int] = set()
    keys: tuple[Callable[[Section], Hashable], ...] = (
        lambda s: s.path,
        lambda s: tuple(heading_key(part) for part in s.path) if s.heading is not None else None,
        lambda s: heading_key(s.heading.text) if s.heading is not None else None,
        # "Åtgärder 2024/25" ↔ "Åtgärder 2025/26": last year's plan against this year's
        lambda s: _YEAR.sub("#", heading_key(s.heading.text)) if s.heading is not None else None,
    )
    for key in keys:
        waiting: dict[Hashable, list[int]] = {}
        for new_index, section in enumerate(new):
            if new_index in taken:
                continue
            waiting.setdefault(key(section), []).append(new_index)
        for old_index, section in enumerate(old):
            if old_index in matches:
                continue
            value = key(section)
            if value is None or value == "":
                continue
            candidates = waiting.get(value)
            if candidates:
                matches[old_index] = candidates.pop(0)
                taken.add(matches[old_index])
    # The document titles ("Plan … Testskolan, läsåret 2024/25"): one each, whatever their wording.
    old_titles = [i for i, s in enumerate(old) if i not in matches and _is_title(s)]
    new_titles = [i for i, s in enumerate(new) if i not in taken and _is_title(s)]
    if len(old_titles) == 1 and len(new_titles) == 1:
        matches[old_titles[0]] = new_titles[0]
    return dict(sorted(matches.items()))


def _is_title(section: Section) -> bool:
    return section.heading is not None and section.heading.level == 0
