"""preventive_measures (BRIEF §6.7): this year's measures, each with an owner and a time."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from plans.checking.document import Block, BlockKind
from plans.checking.rules.evidence import (
    Scored,
    best,
    part,
)
from plans.checking.rules.guidance import is_guidance_text
from plans.checking.rules.results import RuleResult
from plans.checking.rules.units import (
    Context,
    Unit,
    heading_score,
    looks_back,
    subtree_units,
)
from plans.checking.rules.vocabulary import (
    has_time,
)
from plans.checking.spec import RequirementSpec
from plans.checking.text import normalise, text_of


@dataclass
class Measure:
    text: str
    owner: bool
    time: bool


def preventive_measures(ctx: Context, req: RequirementSpec) -> RuleResult:
    measure_cols, owner_cols, time_cols = (
        req.signal("measure_columns"),
        req.signal("owner_columns"),
        req.signal("time_columns"),
    )
    owners, times, result_cols = req.signal("owners"), req.signal("times"), req.signal("result_columns")
    # "ansvarig" names the field, not who: the owner is a role or a value after the label.
    owners = tuple(o for o in owners if o != "ansvarig")
    candidates: list[Scored] = []
    for unit in ctx.units:
        heading = heading_score(unit, req)
        if unit.definitions or not (unit.blocks or heading):
            continue  # a measures heading with only field sub-sections is read through them
        if looks_back(unit):
            continue
        measures: list[Measure] = []
        for block in unit.blocks:
            if block.kind == BlockKind.TABLE and len(block.rows) >= 2:
                measures.extend(
                    _table_measures(block, measure_cols, owner_cols, time_cols, result_cols, owners, times)
                )
        # A measures table (measure, owner, time columns) is measures wherever it stands, e.g. one
        # table per ground under the grounds' sub-headings; other content in another requirement's
        # section is not.
        tabled = any(_is_measures_table(b, measure_cols, owner_cols, time_cols) for b in unit.blocks)
        records = [m for b in unit.blocks if (m := _record_measure(b, owner_cols, time_cols)) is not None]
        measures.extend(records)
        tabled = tabled or bool(records)
        if ctx.foreign(unit, req) and not tabled:
            continue
        if not measures and heading:
            # Under the measures heading, the measures may stand in sub-sections, one per risk or ground.
            scope = [u for u in subtree_units(ctx, unit) if not looks_back(u)]
            blocks = [b for u in scope for b in u.blocks]
            for block in blocks if scope != [unit] else []:
                if block.kind == BlockKind.TABLE and len(block.rows) >= 2:
                    measures.extend(
                        _table_measures(
                            block, measure_cols, owner_cols, time_cols, result_cols, owners, times
                        )
                    )
            measures = measures or _grouped_measures(blocks, owners, times)
            labelled = _labelled_measures(unit, owners, times) or _field_measures(ctx, unit, owners, times)
            if labelled:
                measures = labelled
        if not measures and not ctx.foreign(unit, req):
            measures = _listed_measures(unit, owners, times)
        if not measures:
            continue
        if not tabled and _is_routine(ctx, unit, req):
            continue  # BRIEF §6.7: the acute steps ("utreda, dokumentera") are no preventive measures
        promotive = next((r for r in ctx.requirements if r.key == "promotive_work"), None)
        merged = promotive is not None and heading_score(unit, promotive) > 0
        if (
            not any(m.owner or m.time for m in measures)
            and not any(b.kind == BlockKind.TABLE for b in unit.blocks)
            and (heading < 2 or merged)
        ):
            continue  # general intentions under a merged heading are promotive, not measures
        complete = sum(1 for m in measures if m.owner and m.time)
        share = complete / len(measures)
        params: dict[str, str | int] = {"measures": len(measures), "complete": complete}
        first = measures[0].text
        with_owner = [m for m in measures if m.owner]
        with_time = [m for m in measures if m.time]
        parts = [
            part("measures", unit, first, count=len(measures)),
            part(
                "owner",
                unit,
                with_owner[0].text if with_owner else None,
                count=len(with_owner),
                of=len(measures),
            ),
            part(
                "time", unit, with_time[0].text if with_time else None, count=len(with_time), of=len(measures)
            ),
        ]
        if share >= 0.8 and _last_years(measures, ctx.school_year):
            # BRIEF §6.7 partial: "measures are not for the coming year" (times all before it starts).
            candidates.append(
                Scored(
                    1, "preventive_measures.not_this_year", unit, first, params, explicit=tabled, parts=parts
                )
            )
        elif share >= 0.8 and (heading or len(measures) >= 2 or tabled):
            candidates.append(
                Scored(2, "preventive_measures.met", unit, first, params, explicit=tabled, parts=parts)
            )
        elif heading or any(m.owner or m.time for m in measures):
            candidates.append(
                Scored(1, "preventive_measures.no_owner_or_time", unit, first, params, parts=parts)
            )
    return best("preventive_measures", candidates, ctx, req)


PARTS = ("measures", "owner", "time")
# A line that completes the measure above it: "Ansvarig: kuratorn", "Genomförs: från vecka 36".
FIELD_LINE = re.compile(
    r"^\s*(?:ansvarig\w*|ansvar|vem|när|tid|tidplan|tidpunkt|genomförs|genomförande|klart|datum[^:]{0,30}"
    r"|uppföljning|följs upp|mål|syfte|motiv\w*|utvärder\w*|responsible|owner|who|when|timeline|timing"
    r"|deadline|follow-up|follow up|goal|aim|purpose)\s*[:–-]\s*\S",
    re.IGNORECASE,
)
# A line that opens a measure in a repeated template ("Område: rasterna", "Risk: …").
OPENING_LINE = re.compile(r"^\s*(?:områden?[^:]{0,30}|risk\w*|area|issue|problem)\s*:\s*\S", re.IGNORECASE)


def _record_measure(block: Block, owner_cols: tuple[str, ...], time_cols: tuple[str, ...]) -> Measure | None:
    """A DO-style form for one measure: a two-column table "Åtgärd | … / Ansvarig | … / Datum när
    det ska vara klart | …" whose labels stand in the first column."""
    if block.kind != BlockKind.TABLE or len(block.rows) < 3 or any(len(row) != 2 for row in block.rows):
        return None
    labels = [row[0] for row in block.rows]
    measure = next((i for i, label in enumerate(labels) if MEASURE_FIELD.match(normalise(label))), None)
    owner = next((i for i, label in enumerate(labels) if text_of(label).any(owner_cols)), None)
    when = next((i for i, label in enumerate(labels) if i != owner and text_of(label).any(time_cols)), None)
    if measure is None or (owner is None and when is None):
        return None
    rows = block.rows
    if BLANK.match(rows[measure][1]) or is_guidance_text(rows[measure][1]):
        return None
    filled = {i: not BLANK.match(rows[i][1]) and not is_guidance_text(rows[i][1]) for i in range(len(rows))}
    time_ok = (
        when is not None and filled[when] and not VAGUE_TIME.fullmatch(normalise(rows[when][1]).strip(" .,;"))
    )
    return Measure(rows[measure][1], owner is not None and filled[owner], time_ok)


# "Åtgärd", "Årets åtgärd", "Åtgärder 2025/26", "Planerad insats" — not "Förra årets åtgärd".
MEASURE_FIELD = re.compile(
    r"^\s*(?:årets |planerade? |nya? )?(?:åtgärd|insats|aktivitet|measure|action)\w*"
    r"(?:\s+(?:i år|för året|20\d\d(?:/\d\d)?|\(.*\)))?\s*:?\s*$"
)


def _is_routine(ctx: Context, unit: Unit, req: RequirementSpec) -> bool:
    """The section tells the acute routine: its heading is the routine's rather than the measures',
    or it names three of the routine's steps ("åtgärd" alone is both, so it does not count)."""
    acute = next((r for r in ctx.requirements if r.key == "acute_routines"), None)
    if acute is None:
        return False
    if heading_score(unit, acute) > 0 and heading_score(unit, acute) >= heading_score(unit, req):
        return True
    steps = ("report_to_principal", "report_to_district", "investigate", "document")
    return sum(1 for step in steps if unit.text.any(acute.signal(step))) >= 3


def _grouped_measures(
    blocks: Sequence[Block], owners: tuple[str, ...], times: tuple[str, ...]
) -> list[Measure]:
    """Under the measures heading: each paragraph or list item is a measure, with the label lines
    that follow it ("Ansvarig: …", "När: …") as its own; each measure's owner and time are read
    across its lines."""
    groups: list[list[str]] = []
    for block in blocks:
        if block.kind not in (BlockKind.LIST_ITEM, BlockKind.PARAGRAPH) or len(block.text.split()) < 2:
            continue
        if block.text.rstrip().endswith(":"):
            continue  # a lead-in ("Åtgärder i år:", "Det här ska vi göra:"), not a measure
        field = FIELD_LINE.match(block.text) is not None
        opening = OPENING_LINE.match(block.text) is not None
        # A field line ("Uppföljning: trivselenkäten i februari") belongs to the measure above it,
        # unless it is a whole measure of its own ("Mål: … Ansvarig: … När: …").
        whole = (
            _complete([block.text], owners, times) and _complete(groups[-1], owners, times)
            if groups
            else False
        )
        if groups and field and not (whole and not _adds_label(groups[-1], block.text)):
            groups[-1].append(block.text)
        elif len(block.text.split()) >= 3 or opening:
            groups.append([block.text])
    measures = []
    for lines in groups:
        found = [_owner_time(line, owners, times) for line in lines]
        measures.append(Measure(" ".join(lines), any(o for o, _t in found), any(t for _o, t in found)))
    return measures


OWNER_LABEL = re.compile(r"(?i)\b(?:ansvarig\w*|ansvar|vem|responsible|owner|who)\s*:")


def _adds_label(lines: list[str], line: str) -> bool:
    """ "När: september 2026." after "… Ansvarig: klasslärarna.": the measure's own time field,
    even when a word above ("varje klass") already read as a time."""
    for label in (OWNER_LABEL, TIME_LABEL):
        if label.match(line.strip()) and not any(label.search(x) for x in lines):
            return True
    return False


_TERM_YEAR = re.compile(
    r"\b(?:ht|vt|hösten|våren|höstterminen|vårterminen)\s*-?(20\d{2}|\d{2})\b|\b(20\d{2})\b"
)


def _last_years(measures: list[Measure], school_year: str | None) -> bool:
    """Every dated measure is dated before the school year starts ("ht 2025", "vt 2026" in a plan
    for 2026/27): last year's plan carried over, not this year's measures."""
    if not school_year or not school_year[:4].isdigit():
        return False
    start = int(school_year[:4])
    dated = 0
    for measure in measures:
        years = [int(a or b) % 100 + 2000 for a, b in _TERM_YEAR.findall(normalise(measure.text))]
        if not years:
            continue
        dated += 1
        text = normalise(measure.text)
        # "ht 2026" and any later year is this school year; so is "vt 2027".
        if max(years) > start or (
            max(years) == start and not re.search(rf"\bvt\s*-?(?:20)?{start % 100}\b", text)
        ):
            return False
    return dated >= 2


def _complete(lines: list[str], owners: tuple[str, ...], times: tuple[str, ...]) -> bool:
    found = [_owner_time(line, owners, times) for line in lines]
    return any(o for o, _t in found) and any(t for _o, t in found)


# "Ansvarig: Lisa Berg" names an owner; "varje åtgärd ska ha mål, ansvarig och datum" names the field.
OWNER_VALUE = re.compile(r"(?i)\b(?:ansvarig\w*|ansvar|responsible|owner)\s*(?::|är|is)\s*\S")


def _owner_time(line: str, owners: tuple[str, ...], times: tuple[str, ...]) -> tuple[bool, bool]:
    text = text_of(line)
    return text.any(owners) or OWNER_VALUE.search(line) is not None, has_time(line, text, times)


def _listed_measures(unit: Unit, owners: tuple[str, ...], times: tuple[str, ...]) -> list[Measure]:
    """A list whose items each name who does what and when ("Kapprummet töms i två omgångar från
    vecka 35, klasslärarna ansvarar") is a measures list wherever it stands (BRIEF §6.7), like a
    measures table; a list without them is not read as measures outside its own heading."""
    items = [
        b
        for b in unit.blocks
        if (b.kind == BlockKind.LIST_ITEM or (b.kind == BlockKind.PARAGRAPH and b.text.lstrip()[:1] in "–-•"))
        and len(b.text.split()) >= 5
    ]
    listed = []
    for block in items:
        owner, time = _owner_time(block.text, owners, times)
        listed.append(Measure(block.text, owner, time))
    complete = sum(1 for m in listed if m.owner and m.time)
    return listed if len(listed) >= 2 and complete >= 0.8 * len(listed) else []


def _column(header: Sequence[str], signals: tuple[str, ...]) -> int | None:
    """The column whose header names the earliest signal ("Åtgärd" before "Vad"), a short header
    before a long one: "Risk | Mål | Åtgärd | Ansvarig | När" has its measure in the third."""
    cells = [(i, text_of(c)) for i, c in enumerate(header) if len(c.split()) <= 6]
    cells = [(i, t) for i, t in cells if t.any(signals)]
    if len(cells) <= 1:
        return cells[0][0] if cells else None
    for signal in signals:
        for index, text in cells:
            if text.has(signal):
                return index
    return None


def _header(
    block: Block, measure_cols: tuple[str, ...], owner_cols: tuple[str, ...], time_cols: tuple[str, ...]
) -> int:
    """The header row: a title row ("Åtgärdsplan 2025/26") may stand above it."""
    return _header_of(block.rows[:3], measure_cols, owner_cols, time_cols)


@lru_cache(maxsize=4096)
def _header_of(
    rows: tuple[tuple[str, ...], ...],
    measure_cols: tuple[str, ...],
    owner_cols: tuple[str, ...],
    time_cols: tuple[str, ...],
) -> int:
    for index, row in enumerate(rows):
        named = [c for c in row if c.strip()]
        if (
            len(named) >= 2
            and _column(row, measure_cols) is not None
            and (_column(row, owner_cols) is not None or _column(row, time_cols) is not None)
        ):
            return index
    return 0


# A cell that says nothing: "–", "-", "…", "x", "?".
BLANK = re.compile(r"^[\s\-–—…_.?x/]*$")


def _filled(row: Sequence[str], column: int | None) -> bool:
    return (
        column is not None
        and column < len(row)
        and not BLANK.match(row[column])
        and not is_guidance_text(row[column])
    )


def _is_measures_table(
    block: Block, measure_cols: tuple[str, ...], owner_cols: tuple[str, ...], time_cols: tuple[str, ...]
) -> bool:
    """Measure, owner and time columns, the time not first (a month-first table is an annual wheel)."""
    if block.kind != BlockKind.TABLE or len(block.rows) < 2:
        return False
    header = block.rows[_header(block, measure_cols, owner_cols, time_cols)]
    measure, owner, when = (
        _column(header, measure_cols),
        _column(header, owner_cols),
        _column(header, time_cols),
    )
    return measure is not None and owner is not None and when is not None and when > 0


# "Löpande" says when nothing is done; BRIEF §6.7 counts it as no time.
VAGUE_TIME = re.compile(
    r"(?:löpande|kontinuerligt|fortlöpande|vid behov|ongoing|continuous(?:ly)?|as needed)"
)


def _table_measures(
    block: Block,
    measure_cols: tuple[str, ...],
    owner_cols: tuple[str, ...],
    time_cols: tuple[str, ...],
    result_cols: tuple[str, ...],
    owners: tuple[str, ...],
    times: tuple[str, ...],
) -> list[Measure]:
    at = _header(block, measure_cols, owner_cols, time_cols)
    header = block.rows[at]
    measure = _column(header, measure_cols)
    if measure is None:
        return []
    owner = _column(header, owner_cols)
    when = _column(header, time_cols)
    if owner is None and when is None and _column(header, result_cols) is not None:
        return []  # last year's outcomes, not this year's measures
    measures = []
    for row in block.rows[at + 1 :]:
        if not _filled(row, measure) or sum(1 for c in row if c.strip()) < 2 <= len(header):
            continue  # an empty row, or a sub-heading row ("Kön") across the table
        time_ok = _filled(row, when) and not VAGUE_TIME.fullmatch(normalise(row[when or 0]).strip(" .,;"))
        measures.append(Measure(" | ".join(c for c in row if c), _filled(row, owner), time_ok))
    return measures


def _field_measures(
    ctx: Context, unit: Unit, owners: tuple[str, ...], times: tuple[str, ...]
) -> list[Measure]:
    """DO-style fields as sub-headings ("Åtgärd", "Ansvarig", "Datum när det ska vara klart"), each
    with its answer below, read as "Åtgärd: …" lines."""
    lines = [
        f"{u.heading}: {' '.join(b.text for b in u.blocks)}"
        for u in subtree_units(ctx, unit)
        if u is not unit and u.blocks and len(u.heading.split()) <= 6
    ]
    return _labelled_measures(unit, owners, times, text="\n".join(lines)) if lines else []


TIME_LABEL = re.compile(
    r"(?i)\b(?:när|tid|tidplan|tidpunkt|genomförs|datum[^:]*|klart|when|deadline|timeline)\s*:\s*\S"
)


def _labelled_measures(
    unit: Unit, owners: tuple[str, ...], times: tuple[str, ...], *, text: str | None = None
) -> list[Measure]:
    """Paragraphs like "Åtgärd: … Ansvarig: … När: …" (the DO-style template)."""
    text = "\n".join(b.text for b in unit.blocks) if text is None else text
    pieces = re.split(r"(?im)^(?=\s*(?:åtgärd|insats|measure|action)\s*\d*\s*:)", text)
    measures = []
    for piece in pieces:
        if not re.match(r"(?i)\s*(?:åtgärd|insats|measure|action)\s*\d*\s*:", piece):
            continue
        owner = bool(re.search(r"(?i)\b(?:ansvarig|ansvar|responsible)\s*:\s*\S", piece))
        time = TIME_LABEL.search(piece) is not None
        measures.append(Measure(piece.strip(), owner, time))
    return measures
