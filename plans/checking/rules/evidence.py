"""Evidence and the choice between candidates: the best-supported section decides a status."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from plans.checking.rules.guidance import is_law_extract
from plans.checking.rules.results import MET, MISSING, PARTIAL, Evidence, Part, RuleResult
from plans.checking.rules.units import Context, Unit, heading_score, subtree_text
from plans.checking.spec import RequirementSpec
from plans.checking.text import Text, normalise, text_of


def quote(text: str, limit: int = 200) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"


def evidence(unit: Unit, text: str | None = None) -> tuple[Evidence, ...]:
    return (located(unit, text),)


def located(unit: Unit, text: str | None = None) -> Evidence:
    """The quote and the block that holds it (the whole section when no block holds it alone)."""
    if not unit.blocks:
        return Evidence(unit.path, unit.section.start, unit.section.start, quote(text or unit.heading))
    shown = text if text else unit.blocks[0].text
    probe = shown[:60]  # the reader keeps single spaces, so a sentence is a slice of its block
    for block in unit.blocks:
        if probe and probe in block.text:
            return Evidence(unit.path, block.index, block.index, quote(shown))
    return Evidence(unit.path, unit.blocks[0].index, unit.blocks[-1].index, quote(shown))


def part(name: str, unit: Unit | None, text: str | None, **params: str | int) -> Part:
    """A part found (with the text that shows it) or not (unit or text None)."""
    if unit is None or not text:
        return Part(name, False, None, params)
    return Part(name, True, located(unit, text), params)


def empty_reason(ctx: Context, requirement: RequirementSpec, key: str) -> RuleResult:
    """Missing: say whether a heading existed with only guidance or a 'not done' statement."""

    def own(unit: Unit) -> int:
        # A heading the requirement's variants match, or one whose subject it is ("Hur gick det
        # förra året?" is last year's account by its words, not by a listed variant).
        score = heading_score(unit, requirement)
        return score or (1 if requirement.key in ctx.owner(unit)[1] else 0)

    # The listed variants first (cheap, and the common case); the heading's subject only after.
    ranked = sorted((u for u in ctx.units if not u.blocks), key=lambda u: -heading_score(u, requirement))
    for unit in sorted(ranked, key=lambda u: 0 if heading_score(u, requirement) else 1):
        if own(unit):
            if unit.dropped_not_done and _says_when(unit.not_done_text):
                # BRIEF §6.0.4: "not done" with a concrete date or plan for doing it is partial.
                return RuleResult(key, PARTIAL, "generic.not_done_planned", {}, evidence(unit))
            if unit.dropped_not_done:
                return RuleResult(key, MISSING, "generic.not_done", {}, evidence(unit))
            if unit.dropped_guidance:
                return RuleResult(key, MISSING, "generic.guidance_only", {}, evidence(unit))
            return RuleResult(key, MISSING, "generic.empty_section", {}, evidence(unit))
    return RuleResult(key, MISSING, "generic.not_found")


_WHEN = re.compile(
    r"\b20\d{2}-\d{2}-\d{2}\b|\b\d{1,2} (?:jan|feb|mar|apr|maj|jun|jul|aug|sep|okt|nov|dec)\w* 20\d{2}\b"
    r"|\b(?:v\.?|vecka) ?\d{1,2}\b|\b(?:senast|klart|by|before) \w+ 20\d{2}\b"
)


def _says_when(text: str) -> bool:
    return _WHEN.search(normalise(text)) is not None


@dataclass
class Scored:
    rank: int
    reason: str
    unit: Unit
    quote_text: str = ""
    params: dict[str, str | int] = field(default_factory=dict)
    explicit: bool = False  # says the thing in so many words ("Ansvarig för planen: rektor")
    parts: list[Part] = field(default_factory=list)
    # Parts that cost a search of their own are made for the winning candidate only.
    make_parts: Callable[[], list[Part]] | None = None
    quote_part: bool = False


def best(key: str, candidates: list[Scored], ctx: Context, requirement: RequirementSpec) -> RuleResult:
    if not candidates:
        return empty_reason(ctx, requirement, key)
    for scored in candidates:
        if scored.rank == 2 and not scored.explicit and ctx.foreign(scored.unit, requirement):
            # Found only in another requirement's section: evidence, but not the account.
            scored.rank, scored.reason = 1, "generic.elsewhere"
            scored.params = {"section": scored.unit.heading}
    top = max(candidates, key=lambda s: (s.rank, heading_score(s.unit, requirement)))
    if top.rank == 0:
        return empty_reason(ctx, requirement, key)
    if top.rank == 1 and not top.explicit and _own_section_empty(ctx, requirement, top.unit):
        # BRIEF §6.0: the requirement's own section holds only guidance, only "not done" or nothing;
        # a passing mention elsewhere does not make it partial.
        return empty_reason(ctx, requirement, key)
    status = MET if top.rank == 2 else PARTIAL
    parts = top.parts or (top.make_parts() if top.make_parts else [])
    # A candidate may quote its first part found ("the sources named") when that is made late.
    shown = top.quote_text or (
        next((p.evidence.quote for p in parts if p.evidence), "") if top.quote_part else ""
    )
    return RuleResult(key, status, top.reason, top.params, evidence(top.unit, shown), tuple(parts))


def _own_section_empty(ctx: Context, requirement: RequirementSpec, found_in: Unit) -> bool:
    own = [u for u in ctx.units if heading_score(u, requirement) == 2]
    if not own or any(u is found_in for u in own):
        return False
    return all(not subtree_text(ctx, u).raw.strip() for u in own)


def content_units(
    ctx: Context, requirement: RequirementSpec | None = None, *, with_definitions: bool = False
) -> list[Unit]:
    """Sections with content; with a requirement, without the sections that belong to another one."""
    return [
        u
        for u in ctx.units
        if u.blocks
        and (with_definitions or not u.definitions)
        and (requirement is None or not ctx.foreign(u, requirement))
    ]


def first_sentence(sentences_: list[str], predicate: Callable[[Text], bool]) -> str | None:
    for sentence in sentences_:
        if predicate(text_of(sentence)):
            return sentence
    return None


def law_only(ctx: Context, names_it: Callable[[str], bool]) -> tuple[Evidence, ...] | None:
    """Where a quoted law extract (dropped from the content) names the thing, if one does: BRIEF
    §6.9 and §6.10 call a mention only there partial."""
    for section in ctx.document.sections:
        blocks = ctx.document.content_blocks(section)
        text = "\n".join(b.text for b in blocks)
        if is_law_extract(section, blocks) and names_it(text):
            heading = section.heading.text if section.heading else ""
            return (
                Evidence(section.path, section.start, max(section.end - 1, section.start), quote(heading)),
            )
    return None
