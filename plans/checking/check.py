"""check_document: a Document and a TemplateSpec in, requirement results and findings out. Pure."""

from __future__ import annotations

import datetime
import re
import time
from collections.abc import Sequence
from dataclasses import dataclass, field

from plans.checking.document import Document
from plans.checking.measures import PlannedMeasure, unaccounted_measures
from plans.checking.personal_data import find_identity_numbers
from plans.checking.rules import (
    OUTDATED_DISABILITY,
    Context,
    Evidence,
    RuleResult,
    build_units,
    check_requirement,
    quote,
)
from plans.checking.rules.validity_period import stated_school_years
from plans.checking.spec import TemplateSpec
from plans.checking.text import tokens

HIGH, MEDIUM, LOW = "high", "medium", "low"


@dataclass(frozen=True)
class Finding:
    code: str  # stable: personal_identity_number, image_without_alt_text, school_year_mismatch, …
    severity: str
    text: str  # the matched text as written (for identity numbers: the number; never logged)
    masked: str  # what a page may show
    evidence: tuple[Evidence, ...] = ()
    params: dict[str, str | int] = field(default_factory=dict)


@dataclass(frozen=True)
class CheckResult:
    requirements: tuple[RuleResult, ...]
    findings: tuple[Finding, ...]
    language: str
    duration_ms: int


SWEDISH_WORDS = {"och", "att", "som", "för", "med", "eleverna", "barnen", "planen", "är", "på", "av", "har"}
ENGLISH_WORDS = {"and", "the", "to", "of", "students", "plan", "is", "are", "with", "for", "have", "school"}


def detect_language(document: Document) -> str:
    sample: list[str] = []
    length = 0
    for block in document.blocks:  # the first 20,000 characters are enough to tell
        sample.append(block.text)
        length += len(block.text)
        if length > 20_000:
            break
    words = tokens(" ".join(sample))
    swedish = sum(1 for w in words if w in SWEDISH_WORDS)
    english = sum(1 for w in words if w in ENGLISH_WORDS)
    return "en" if english > swedish * 1.2 else "sv"


PRESCHOOL = re.compile(r"\bförskola|\bförskolan|\bpreschool", re.IGNORECASE)


def check_document(
    document: Document,
    template: TemplateSpec,
    *,
    school_year: str | None = None,
    today: datetime.date | None = None,
    previous_measures: Sequence[PlannedMeasure] = (),
) -> CheckResult:
    """Check a document against a template. `previous_measures` are the measures last year's plan
    planned (measures.planned_measures); each this year's plan does not account for is a finding."""
    started = time.perf_counter()
    units = build_units(document)
    ctx = Context(
        document=document,
        units=units,
        school_year=school_year,
        today=today or datetime.date.today(),  # noqa: DTZ011 - a date, no time zone involved
        requirements=template.requirements,
    )
    results = tuple(check_requirement(ctx, requirement) for requirement in template.requirements)
    findings = [
        *_identity_numbers(document, ctx.today),
        *_images_without_alt(document),
        *_outdated_wording(ctx),
    ]
    findings.extend(_school_year_mismatch(ctx))
    findings.extend(_unaccounted_measures(document, previous_measures))
    duration = round((time.perf_counter() - started) * 1000)
    return CheckResult(results, tuple(findings), detect_language(document), duration)


def _path_of(document: Document, index: int) -> tuple[str, ...]:
    for section in reversed(document.sections):
        if section.start <= index:
            return section.path
    return ()


def _identity_numbers(document: Document, today: datetime.date) -> list[Finding]:
    """Every personal identity number in the file, wherever it sits (BRIEF §10): the body, tables,
    text boxes and content controls, and the headers, footers, footnotes, endnotes, comments and
    tracked deletions a published .docx carries along. Each finding says where."""
    notes = {a.anchor: a.place for a in document.asides if a.place in NOTE_PLACES and a.anchor >= 0}
    texts: list[tuple[int, str, str]] = [(b.index, notes.get(b.index, BODY), b.text) for b in document.blocks]
    texts += [
        (a.anchor, a.place, a.text) for a in document.asides if not (a.place in NOTE_PLACES and a.anchor >= 0)
    ]
    findings = []
    seen: set[tuple[str, str, int]] = set()
    for index, place, text in texts:
        for match in find_identity_numbers(text, today=today):
            if (match.text, place, index) in seen:
                continue
            seen.add((match.text, place, index))
            where = _path_of(document, index) if index >= 0 else ()
            context = quote(text.replace(match.text, match.masked), 120)
            findings.append(
                Finding(
                    "personal_identity_number",
                    HIGH,
                    match.text,
                    match.masked,
                    (Evidence(where, max(index, 0), max(index, 0), context),),
                    {"kind": match.kind, "place": place},
                )
            )
    return findings


BODY = "body"
NOTE_PLACES = ("footnote", "endnote")


def _images_without_alt(document: Document) -> list[Finding]:
    """One finding per picture that needs a text and has none (BRIEF §11): a picture shown twice is
    one picture; one Word marks decorative needs no text; headers, footers and notes count too."""
    findings = []
    seen: set[str] = set()
    for image in document.images:
        if image.decorative or image.alt or image.key in seen:
            continue
        seen.add(image.key)
        where = _path_of(document, image.anchor) if image.anchor >= 0 else ()
        at = max(image.anchor, 0)
        findings.append(
            Finding(
                "image_without_alt_text",
                MEDIUM,
                "",
                "",
                (Evidence(where, at, at, ""),),
                {"place": image.place},
            )
        )
    return findings


def _outdated_wording(ctx: Context) -> list[Finding]:
    for unit in ctx.units:
        match = OUTDATED_DISABILITY.search(unit.text.normalised)
        if match:
            raw, normalised = unit.text.raw, unit.text.normalised
            word = raw[match.start() : match.end()] if len(raw) == len(normalised) else match.group(0)
            return [
                Finding(
                    "outdated_ground_wording",
                    LOW,
                    word,
                    word,
                    (Evidence(unit.path, unit.blocks[0].index, unit.blocks[-1].index, quote(unit.text.raw)),),
                    {"word": word},
                )
            ]
    return []


def _unaccounted_measures(document: Document, measures: Sequence[PlannedMeasure]) -> list[Finding]:
    return [
        Finding(
            "previous_measure_not_accounted",
            MEDIUM,
            measure.text,
            measure.text,
            (),
            {"measure": measure.text, "last_year_section": " › ".join(measure.path)},
        )
        for measure in unaccounted_measures(measures, document)
    ]


def _school_year_mismatch(ctx: Context) -> list[Finding]:
    if not ctx.school_year:
        return []
    stated = stated_school_years(ctx)
    if stated and ctx.school_year not in stated:
        return [
            Finding(
                "school_year_mismatch",
                MEDIUM,
                stated[0],
                stated[0],
                (),
                {"stated": stated[0], "expected": ctx.school_year},
            )
        ]
    return []
