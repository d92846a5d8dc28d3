"""Units: the sections the rules read, with guidance, "not done" lines and law extracts left out.

Each heading's section is one unit; a two-column form on the front page ("Ansvar | Rektor …")
gives a unit per row. The Context holds the units and answers which requirement a heading belongs
to (BRIEF §6.0: content decides, headings only hint).
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, field

from plans.checking.document import Block, BlockKind, Document, Section
from plans.checking.rules.grounds import grounds_in
from plans.checking.rules.guidance import (
    DEFINITION_HEADING,
    is_column_labels,
    is_guidance,
    is_guidance_text,
    is_law_extract,
    is_not_done,
)
from plans.checking.rules.headings import heading_match
from plans.checking.rules.vocabulary import LAST_YEAR, LAST_YEAR_QUESTIONS, PLAN_TITLE, THIS_YEARS_PLAN
from plans.checking.spec import RequirementSpec
from plans.checking.text import Text, normalise, split_sentences, text_of


@dataclass
class Unit:
    section: Section
    blocks: list[Block]  # usable content blocks
    dropped_guidance: int
    dropped_not_done: int
    definitions: bool
    heading: str
    text: Text
    sentence_cache: list[str] | None = None
    subtree_cache: Text | None = None
    grounds_cache: list[str] | None = None
    row: bool = False  # a row of a two-column "label | text" table, read as a section of its own
    title_cache: bool | None = None
    scores: dict[str, int] = field(default_factory=dict)  # heading_score by requirement key
    not_done_text: str = ""  # what the dropped "not done" statements say (a date makes them partial)

    @property
    def path(self) -> tuple[str, ...]:
        return self.section.path


@dataclass
class Context:
    document: Document
    units: list[Unit]
    school_year: str | None
    today: datetime.date
    requirements: tuple[RequirementSpec, ...] = ()
    preschool: bool = False
    _owners: dict[int, tuple[int, tuple[str, ...]]] = field(default_factory=dict)
    _parents: dict[int, Unit] | None = None
    # Answers a rule asks of the whole document once and reuses ("the survey sources it names").
    memo: dict[str, list[str]] = field(default_factory=dict)

    def owner(self, unit: Unit) -> tuple[int, tuple[str, ...]]:
        """The requirements whose heading variants this section's heading matches best, and how well.

        Several when they tie ("Uppföljning och utvärdering" heads last year's account and this
        year's evaluation plan alike): the section belongs to each of them."""
        key = id(unit)
        if key not in self._owners:
            scored = [(heading_score(unit, r), r.key) for r in self.requirements]
            top_score = max((score for score, _key in scored), default=0)
            tied = tuple(k for score, k in scored if score == top_score) if top_score > 0 else ()
            score, subject = self._owner_by_content(unit)
            # A clear subject in the text outweighs a loose heading match; an exact heading wins ties.
            owner = (score, (subject,)) if subject and score > top_score else (top_score, tied)
            if owner[0] <= 1 and (parent := self._parent(unit)) is not None:
                owner = _within_parent(owner, self.owner(parent))
            self._owners[key] = owner
        return self._owners[key]

    def _parent(self, unit: Unit) -> Unit | None:
        if unit.row or unit.section.level <= 1:
            return None
        if self._parents is None:
            self._parents = _parents(self.units)
        return self._parents.get(id(unit))

    def _owner_by_content(self, unit: Unit) -> tuple[int, str | None]:
        """Sections with odd headings still have an obvious subject: last year's account, the grounds.

        A long section of prose that speaks of several of them (a plan written without headings) has
        no single subject, and none owns it."""
        keys = {r.key for r in self.requirements}
        heading = text_of(unit.heading)
        subjects: list[tuple[int, str]] = []
        if (
            "previous_year_evaluation" in keys
            and (
                heading.any(LAST_YEAR)
                or heading.any(LAST_YEAR_QUESTIONS)
                # In the text, last year is the subject only when the section opens with it; a table
                # row "Förra årets åtgärd" among the survey and this year's measures is not.
                or (bool(unit.blocks) and text_of(unit.blocks[0].text[:200]).any(LAST_YEAR))
            )
        ):
            subjects.append((1, "previous_year_evaluation"))
        if "discrimination_grounds" in keys and len(grounds_in(unit.text)) >= 4:
            subjects.append((2, "discrimination_grounds"))
        if "evaluation_plan" in keys and unit.text.any(THIS_YEARS_PLAN):
            subjects.append((1, "evaluation_plan"))
        if not subjects or (len(subjects) > 1 and not heading.any(LAST_YEAR + LAST_YEAR_QUESTIONS)):
            return (0, None)
        return subjects[0]

    def foreign(self, unit: Unit, requirement: RequirementSpec) -> bool:
        """The section belongs to another requirement: its heading matches that one better."""
        score, keys = self.owner(unit)
        return bool(keys) and requirement.key not in keys and heading_score(unit, requirement) <= score


def _parents(units: list[Unit]) -> dict[int, Unit]:
    """Each section's nearest enclosing heading, in one pass over the sections in order."""
    found: dict[int, Unit] = {}
    stack: list[Unit] = []
    for unit in sorted((u for u in units if not u.row), key=lambda u: u.section.start):
        section = unit.section
        while stack and not (
            stack[-1].section.level < section.level and section.start < stack[-1].section.subtree_end
        ):
            stack.pop()
        if stack and stack[-1].section.level > 0:
            found[id(unit)] = stack[-1]
        if section.level > 0:
            stack.append(unit)
    return found


def _within_parent(
    own: tuple[int, tuple[str, ...]], parent: tuple[int, tuple[str, ...]]
) -> tuple[int, tuple[str, ...]]:
    """A sub-heading read under its parent: "Avdelning Humlan" under "Kartläggning" is the survey's,
    and "Kränkande behandling", which loosely fits four requirements, is the measures' under
    "Förebyggande åtgärder per diskrimineringsgrund". A parent that only loosely names one
    requirement ("Vad vi såg och vad vi ska göra") does not claim a sub-heading of its own."""
    score, keys = own
    parent_score, parent_keys = parent
    if not keys:
        return parent if parent_score >= 2 else own
    narrowed = tuple(k for k in keys if k in parent_keys)
    return (score, narrowed) if narrowed and len(narrowed) < len(keys) else own


def build_units(document: Document) -> list[Unit]:
    units: list[Unit] = []
    for section in document.sections:
        own = list(document.content_blocks(section))
        if section.heading is not None and section.heading.level == 0:
            own = [b for b in own]  # the title's front matter is content (validity, responsible)
        # A plan written as one table cites the law beside each requirement; it is no law extract.
        if is_law_extract(section, own) and not any(is_label_table(b) for b in own):
            continue
        guidance = [b for b in own if b.kind != BlockKind.IMAGE and is_guidance(b)]
        not_done = [b for b in own if b not in guidance and b.kind != BlockKind.IMAGE and is_not_done(b)]
        usable = [b for b in own if b not in guidance and b not in not_done]
        heading = section.heading.text if section.heading else ""
        # Only a form that stands for the plan itself (before any heading, under the title or the
        # first heading) is split; a table of roles under "Ansvar" belongs to its heading.
        front = section.heading is None or section.level == 0 or section is document.sections[0]
        front = (
            front or PLAN_TITLE.search(normalise(section.heading.text if section.heading else "")) is not None
        )
        forms = [b for b in usable if front and is_label_table(b)]
        usable = [b for b in usable if b not in forms]
        labelled = _labelled_parts(usable) if front else []
        if labelled:
            usable = usable[: labelled[0][1]]
        units.append(
            Unit(
                section=section,
                blocks=usable,
                dropped_guidance=len(guidance),
                dropped_not_done=len(not_done),
                not_done_text=" ".join(b.text for b in not_done),
                definitions=bool(DEFINITION_HEADING.search(normalise(heading))),
                heading=heading,
                text=Text("\n".join(b.text for b in usable)),
            )
        )
        units.extend(row_unit(section, table, row) for table in forms for row in table.rows)
        units.extend(label_unit(section, label, blocks) for label, _start, blocks in labelled)
    return units


# "Kartläggning: Trivselenkät mars 2025 …", "Åtgärder i år:": a one-page plan's sections as labels.
_LABEL = re.compile(
    r"^\s*(?P<label>[A-ZÅÄÖa-zåäö][^:.!?\d]{2,40}):(?:\s+\S|\s*$)"
    # "Ansvar. Rektor …", "Förra årets plan. Planen …": a short label closed by a full stop.
    r"|^\s*(?P<dotted>[A-ZÅÄÖ][a-zåäö]+(?: [a-zåäö]+){0,3})\.\s+[A-ZÅÄÖ]"
)
# Words that make a short sentence, not a label: "Alla är välkomna. Vi …".
_NOT_LABEL = frozenset({"är", "har", "ska", "kan", "vi", "jag", "det", "den", "var", "blir", "finns", "gör"})


def without_label(sentence: str) -> str:
    """The sentence after a run-in label: "Elevernas delaktighet: Eleverna har svarat …" says only
    what follows the label; the label is the template's word, not the school's."""
    match = _LABEL.match(sentence)
    if match and match.group("label") and len(match.group("label").split()) <= 4:
        return sentence[match.end("label") + 1 :].strip()
    return sentence


def _labelled_parts(blocks: list[Block]) -> list[tuple[str, int, list[Block]]]:
    """A front page or one-page plan written as labelled paragraphs, each label with the blocks
    up to the next label (the list after "Åtgärder i år:" belongs to it); three labels at least."""
    starts = []
    for index, block in enumerate(blocks):
        # A one-page plan's labels may stand as bullets: "• Så har barnen varit med: …".
        labelled_kind = block.kind in (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM)
        match = _LABEL.match(block.text) if labelled_kind else None
        if match and match.group("label"):
            starts.append((index, match.group("label").strip()))
        elif match and not (_NOT_LABEL & set(match.group("dotted").lower().split())):
            starts.append((index, match.group("dotted").strip()))
    if len(starts) < 3:
        return []
    parts = []
    for position, (index, label) in enumerate(starts):
        end = starts[position + 1][0] if position + 1 < len(starts) else len(blocks)
        parts.append((label, index, blocks[index:end]))
    return parts


def label_unit(section: Section, label: str, blocks: list[Block]) -> Unit:
    """One labelled part of a one-page plan as a section headed by its label."""
    return _labelled_unit(section, label, blocks[0].index, blocks[-1].index + 1, blocks, 0, 0)


# A label column of months, weeks, dates or step numbers makes an annual wheel or a routine, not a form.
_SEQUENCE_LABEL = re.compile(
    r"^\s*(?:\d+[.)]?|steg\s*\d+|step\s*\d+|v(?:ecka|\.)?\s*\d+|week\s*\d+|\d{4}-\d{2}(?:-\d{2})?|"
    r"(?:jan|feb|mar|apr|maj|may|jun|jul|aug|sep|okt|oct|nov|dec)[a-z]*\.?(?:\s*-\s*\w+)?)\s*$"
)


_PARENTHESES = re.compile(r"\s*\((?:[^()]|\([^()]*\))*\)")


def label_core(label: str) -> str:
    """A form's label without the law it cites: "Förebyggande åtgärder (6 kap. 8 § skollagen)"."""
    return _PARENTHESES.sub("", label).strip() or label.strip()


def is_label_table(block: Block) -> bool:
    """A two-column form ("Ansvar | Rektor … ansvarar för …"): short labels, the text beside them.

    Plans written as one table (BRIEF §8: front pages and whole plans as tables) put each
    requirement in a row; read as one block, every row would belong to the table's section."""
    if block.kind != BlockKind.TABLE or len(block.rows) < 3:
        return False
    if any(len(row) != 2 for row in block.rows):
        return False
    labels = [normalise(label_core(row[0])).strip() for row in block.rows]
    # Labels are short: a template's requirement titles run to eight words at most.
    if not all(label and len(label.split()) <= 8 for label in labels):
        return False
    if sum(1 for label in labels if _SEQUENCE_LABEL.match(label)) * 2 >= len(labels):
        return False
    words = sum(len(row[1].split()) for row in block.rows)
    return words >= 3 * sum(len(label.split()) for label in labels)


def row_unit(section: Section, table: Block, row: tuple[str, ...]) -> Unit:
    """One row of a label table as a section: the label its heading, the text its content."""
    label, value = label_core(row[0]), row[1].strip()
    # The label stays with its text: "Ansvarig för planen: Rektor Karin Ny".
    body = Block(table.index, BlockKind.PARAGRAPH, f"{label}: {value}")
    guidance = bool(value) and is_guidance_text(value)
    not_done = bool(value) and not guidance and is_not_done(body)
    usable = [body] if value and not guidance and not not_done else []
    return _labelled_unit(section, label, table.index, table.index + 1, usable, int(guidance), int(not_done))


def _labelled_unit(
    section: Section, label: str, start: int, end: int, blocks: list[Block], guidance: int, not_done: int
) -> Unit:
    """A part of a section read as a section of its own, headed by its label (a form's row, a
    one-page plan's "Kartläggning: …")."""
    level = section.level + 1
    heading = Block(start, BlockKind.HEADING, label, level=level)
    return Unit(
        section=Section(heading, level, (*section.path, label), start, end, end),
        blocks=blocks,
        dropped_guidance=guidance,
        dropped_not_done=not_done,
        definitions=bool(DEFINITION_HEADING.search(normalise(label))),
        heading=label,
        text=Text("\n".join(b.text for b in blocks)),
        row=True,
    )


def heading_score(unit: Unit, requirement: RequirementSpec) -> int:
    """2: the heading is one of the variants; 1: it holds one, or is held by one; 0: unrelated."""
    score = unit.scores.get(requirement.key)
    if score is None:
        if not unit.heading or unit.section.level == 0:  # a document title is not a section heading
            score = 0
        elif is_title(unit):
            score = 0  # "Plan mot diskriminering … 2025/26" names the document, not a requirement
        else:
            score = heading_match(unit.heading, requirement.headings)
        unit.scores[requirement.key] = score
    return score


def is_title(unit: Unit) -> bool:
    if unit.title_cache is None:
        unit.title_cache = bool(unit.heading) and PLAN_TITLE.search(normalise(unit.heading)) is not None
    return unit.title_cache


def table_rows(block: Block) -> list[tuple[str, ...]]:
    """A table's rows as sentences: not its header of column labels ("Vem | Hur har de varit
    delaktiga?"), nor a row whose answer is still the template's ("Vårdnadshavare | Klicka eller
    tryck här för att ange text.")."""
    rows = list(block.rows)
    if len(rows) > 1 and is_column_labels(rows[0]):
        rows = rows[1:]
    return [
        row
        for row in rows
        if len(row) < 2
        or not all(is_guidance_text(cell) for cell in row[1:] if cell.strip())
        or not any(row[1:])
    ]


def sentences(unit: Unit) -> list[str]:
    if unit.sentence_cache is not None:
        return unit.sentence_cache
    out: list[str] = []
    for block in unit.blocks:
        if block.kind == BlockKind.TABLE:
            out.extend(" ".join(row) for row in table_rows(block))
        elif block.kind != BlockKind.IMAGE:
            out.extend(part for part in split_sentences(block.text) if part.strip())
    unit.sentence_cache = out
    return out


def subtree_units(ctx: Context, unit: Unit) -> list[Unit]:
    section = unit.section
    if section.level == 0 or unit.row or is_title(unit):
        return [unit]  # the title's "subtree" is the whole document: only its front matter counts
    return [
        u
        for u in ctx.units
        if section.start <= u.section.start < section.subtree_end and (u is unit or not u.definitions)
    ]


def subtree_text(ctx: Context, unit: Unit) -> Text:
    if unit.subtree_cache is None:
        units = subtree_units(ctx, unit)
        unit.subtree_cache = (
            unit.text if units == [unit] else Text("\n".join(b.text for u in units for b in u.blocks))
        )
    return unit.subtree_cache


def subtree_sentences(ctx: Context, unit: Unit) -> list[str]:
    return [s for u in subtree_units(ctx, unit) for s in sentences(u)]


LOOKING_BACK = ("förra", "föregående", "fjolår", "last year", "previous", "förgående")
NOT_LOOKING_BACK = ("årets plan", "åtgärder för", "planerade")


def looks_back(unit: Unit) -> bool:
    """The section's heading is about last year's plan ("Utvärdering av förra årets plan")."""
    heading = normalise(unit.heading)
    return any(w in heading for w in LOOKING_BACK) and not any(w in heading for w in NOT_LOOKING_BACK)
