"""Year over year: the measures last year's plan planned, and whether this year's plan accounts for each.

The Education Act (6 kap. 8 §) wants each year's plan to account for how the measures planned in the
previous plan were carried out (BRIEF §6.4). Last year's measures come from measure columns of
tables ("Åtgärd | Ansvarig | När") and, in sections about measures, from list items and "Åtgärd: …"
paragraphs; evaluations of an even earlier year are left out. A measure counts as accounted for when
one section of this year's plan holds most of its significant words, inflected or in compounds
("rastvärdar" ~ "rastvärdarna", "trygghetsvandring" ~ "trygghetsvandringen").
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass

from plans.checking.document import Block, BlockKind, Document, Section
from plans.checking.rules.guidance import is_guidance_text
from plans.checking.text import Text, normalise, text_of, tokens

MAX_CHARS = 200
STEM_LENGTH = 7
MIN_SHARE = 0.6

# Header cells of a measure column (stems: "åtgärd" also covers "Åtgärder", "Åtgärdsförslag").
MEASURE_COLUMNS = (
    "åtgärd",
    "insats",
    "aktivitet",
    "vad ska göras",
    "vad gör vi",
    "vad ska vi göra",
    "measure",
    "action",
    "activit",
)
# Columns that name a measure but are about something else ("Ansvarig för åtgärden").
OTHER_COLUMNS = (
    "ansvar",
    "vem",
    "när",
    "tidplan",
    "datum",
    "klart",
    "resultat",
    "effekt",
    "utfall",
    "uppföljning",
    "utvärdering",
    "motiver",
    "syfte",
    "responsib",
    "who",
    "when",
    "deadline",
    "result",
    "effect",
    "outcome",
    "follow",
    "evaluat",
    "purpose",
)
OWNER_TIME_COLUMNS = (
    "ansvar",
    "vem",
    "när",
    "tid",
    "datum",
    "klart",
    "vecka",
    "termin",
    "responsib",
    "who",
    "owner",
    "when",
    "date",
    "time",
    "deadline",
)
RESULT_COLUMNS = ("resultat", "effekt", "genomför", "utfall", "result", "effect", "outcome")
LAST_YEAR_COLUMNS = ("förra årets", "föregående", "fjolår", "last year", "previous")

# Headings of an evaluation of an earlier year: strong markers always, weak ones unless the heading
# says the measures are built on that evaluation ("Planerade åtgärder utifrån föregående års ...").
EVALUATION_HEADING = re.compile(
    r"^utvärdering|utvärdering(?:en)? av|uppföljning av|redovisning av|genomförda åtgärder|vad har hänt"
    r"|evaluation|evaluating|review of|carried out|what happened"
)
LAST_YEAR_HEADING = re.compile(
    r"förra år|föregående|förgående|fjolår|last year|previous (?:year|plan)|past year"
)
BUILT_ON = re.compile(r"utifrån|baserat? på|med utgångspunkt|inför|kommande|based on|coming|next year")

MEASURE_WORDS = frozenset(
    {
        "åtgärd",
        "åtgärder",
        "åtgärderna",
        "åtgärdsplan",
        "åtgärdsplanen",
        "insats",
        "insatser",
        "insatserna",
        "handlingsplan",
        "handlingsplanen",
        "measure",
        "measures",
        "action",
        "actions",
    }
)
# Headings with a measure word that are about something else: acute routines, DO-template fields.
NOT_MEASURE_HEADING = re.compile(
    r"akut|rutin|utreda|utredning|anmäl|åtgärdande|motiver|områden som berörs|incident|report|procedure"
)
PROMOTIVE_HEADING = re.compile(r"främja|främjande|promot")
PREVENTIVE_HEADING = re.compile(r"förebygg|prevent")
# A heading that is the measure field itself (the DO-style template): its paragraphs are the measure.
FIELD_HEADING = re.compile(r"^(?:åtgärd|insats|measure|action)\s*\d*:?$")
LABEL = re.compile(
    r"^\s*(?:åtgärd|insats|measure|action)\s*\d*\s*:\s*(?P<text>\S.*)$", re.IGNORECASE | re.DOTALL
)
BARE_LABEL = re.compile(r"^\s*(?:åtgärd|insats|measure|action)\s*\d*\s*:\s*$", re.IGNORECASE)
NEXT_LABEL = re.compile(
    r"\s(?:ansvarig|ansvar|när|tid|tidplan|datum[^:]{0,30}|klart|mål|uppföljning|"
    r"responsible|when|deadline|goal|follow-up)\s*:",
    re.IGNORECASE,
)
_NUMBERING = re.compile(r"^\s*\d{1,2}(?:\.\d{1,2}){0,4}\.?\s+")
_SPACE = re.compile(r"\s+")


# Words that say nothing about which measure it is.
def _word_set(words: str) -> frozenset[str]:
    return frozenset(words.split())


STOP_WORDS = _word_set(
    """
    och att det som en ett för med till av på i om de den dem har hade ska skall kommer kan kunna
    vara blir bli blev under vid samt eller inte från efter över mellan genom varje bland andra även
    mot utan sina sitt sin sig deras dess detta dessa denna dessutom också mer mera mycket hela inom
    både vilka vilket vilken där när hur vad vem varför sedan innan före alltid ofta gärna bara redan
    något några någon många flera olika egen egna eget vissa annat annan själv enligt kring runt
    oss vår våra vårt vi man dag dagar gång gånger del delar sätt samma ännu
    the and for with to of in on at by from will be is are was were been being have has had this
    that these those their they them our ours we you your its it into onto during about more most
    also such which who whom when where how what why than then there here each every other some any
    all both only just very within through between after before over under again further once
    should would could shall must can may might well
    """
)
GENERIC_WORDS = _word_set(
    """
    arbeta arbetar arbetat arbete arbetet arbetas fortsätta fortsätter fortsatt fortsatta fortsättningsvis
    alla allt elever eleverna elevernas elev eleven elevens skola skolan skolans skolor personal
    personalen personalens genomföra genomför genomförs genomföras genomfört genomförts genomfördes
    vuxna vuxen barn barnen barnens använda används öka ökad ökat ökade minska minskad minskat
    förbättra förbättrad bättre goda gott bra tydlig tydligt tydliga tydligare fler flera
    åtgärd åtgärder åtgärden åtgärderna insats insatser insatsen insatserna aktivitet aktiviteter
    läsåret läsår året terminen termin terminer vecka veckor varje löpande kontinuerligt regelbundet
    ansvarig ansvar ansvarar rektor planen plan arbetslag arbetslagen
    work working worked continue continued continuing students student pupils pupil staff school
    schools carry carried implement implemented ensure increase improve improved better good
    measure measures action actions activity activities year term week weekly ongoing regularly
    responsible principal plan teachers
    """
)


@dataclass(frozen=True)
class PlannedMeasure:
    text: str  # the measure as written (the measure cell, list item or labelled paragraph), trimmed
    path: tuple[str, ...]  # the heading path where last year's plan has it


def planned_measures(document: Document) -> tuple[PlannedMeasure, ...]:
    """The measures a plan plans: measure columns of tables and, under measure headings, list items."""
    found: list[PlannedMeasure] = []
    seen: set[str] = set()

    def add(text: str, section: Section) -> None:
        cleaned = _trim(text)
        key = cleaned.casefold()
        if cleaned and key not in seen and not is_guidance_text(cleaned) and _has_letters(cleaned):
            seen.add(key)
            found.append(PlannedMeasure(cleaned, section.path))

    for section in document.sections:
        if section.heading is None or section.heading.level == 0:
            headings: tuple[str, ...] = ()
        else:
            headings = section.path
        if any(_is_evaluation_heading(h) for h in headings):
            continue
        blocks = document.content_blocks(section)
        for block in blocks:
            if block.kind == BlockKind.TABLE:
                for text in _table_measures(block):
                    add(text, section)
        if not _in_measure_section(headings):
            continue
        field = bool(headings) and bool(FIELD_HEADING.match(_heading_text(headings[-1])))
        promotive_only = _promotive_only(headings)
        after_label = False  # "Åtgärd:" alone: the measure is the next paragraph
        for block in blocks:
            if block.kind == BlockKind.TABLE or block.kind == BlockKind.IMAGE:
                after_label = False
                continue
            label = LABEL.match(block.text)
            if label:
                add(NEXT_LABEL.split(label.group("text"), maxsplit=1)[0], section)
            elif (
                after_label
                or (block.kind == BlockKind.LIST_ITEM and not promotive_only)
                or (field and block.kind == BlockKind.PARAGRAPH)
            ):
                add(block.text, section)
            after_label = bool(BARE_LABEL.match(block.text))
    return tuple(found)


def unaccounted_measures(
    measures: Sequence[PlannedMeasure], this_year: Document
) -> tuple[PlannedMeasure, ...]:
    """Last year's measures that this year's account of last year does not mention, in their order."""
    texts = _section_texts(this_year)
    return tuple(m for m in measures if not _accounted(significant_words(m.text), texts))


def significant_words(text: str) -> tuple[str, ...]:
    """The words that tell one measure from another: no stop words, no generic plan words, ≥ 4 letters."""
    words: list[str] = []
    for token in tokens(text):
        for part in token.split("-"):
            word = part.strip("'")
            if (
                len(word) >= 4
                and not word.isdigit()
                and word not in STOP_WORDS
                and word not in GENERIC_WORDS
                and word not in words
            ):
                words.append(word)
    return tuple(words)


# --- Finding last year's measures ---


def _trim(text: str) -> str:
    cleaned = _SPACE.sub(" ", text).strip(" \t\n-–—•*:;,")
    if len(cleaned) <= MAX_CHARS:
        return cleaned
    cut = cleaned[:MAX_CHARS]
    space = cut.rfind(" ")
    return (cut[:space] if space > MAX_CHARS // 2 else cut).rstrip(" ,;:") + "…"


def _has_letters(text: str) -> bool:
    return any(c.isalpha() for c in text)


def _heading_text(heading: str) -> str:
    return _SPACE.sub(" ", _NUMBERING.sub("", normalise(heading))).strip()


def _is_evaluation_heading(heading: str) -> bool:
    text = _heading_text(heading)
    if EVALUATION_HEADING.search(text):
        return True
    return bool(LAST_YEAR_HEADING.search(text)) and not BUILT_ON.search(text)


def _is_measure_heading(heading: str) -> bool:
    text = _heading_text(heading)
    if NOT_MEASURE_HEADING.search(text):
        return False
    return any(word in MEASURE_WORDS or word.endswith(("åtgärder", "insatser")) for word in tokens(text))


def _in_measure_section(headings: tuple[str, ...]) -> bool:
    """The section's heading, or one above it, is about measures (and its own is not a routine)."""
    if not headings or NOT_MEASURE_HEADING.search(_heading_text(headings[-1])):
        return False
    return any(_is_measure_heading(h) for h in headings)


def _promotive_only(headings: tuple[str, ...]) -> bool:
    """Under "Främjande insatser" list items are general intentions, not planned measures."""
    texts = [_heading_text(h) for h in headings]
    return any(PROMOTIVE_HEADING.search(t) for t in texts) and not any(
        PREVENTIVE_HEADING.search(t) for t in texts
    )


def _column(header: Sequence[str]) -> int | None:
    for index, cell in enumerate(header):
        text = text_of(cell)
        if text.any(MEASURE_COLUMNS) and not text.any(OTHER_COLUMNS) and not text.any(LAST_YEAR_COLUMNS):
            return index
    return None


def _table_measures(block: Block) -> list[str]:
    if len(block.rows) < 2:
        return []
    header = block.rows[0]
    column = _column(header)
    if column is None:
        return []
    header_text = text_of(" ".join(header))
    if header_text.any(LAST_YEAR_COLUMNS):
        return []  # "Förra årets åtgärd | Resultat": an evaluation
    if header_text.any(RESULT_COLUMNS) and not any(
        text_of(cell).any(OWNER_TIME_COLUMNS) for i, cell in enumerate(header) if i != column
    ):
        return []  # "Åtgärd | Genomförande | Resultat": last year's outcomes, not planned measures
    return [row[column] for row in block.rows[1:] if column < len(row) and row[column].strip()]


# --- Looking for them in this year's plan ---


@dataclass(frozen=True)
class _SectionText:
    text: Text
    evaluation: bool


def _section_texts(document: Document) -> list[_SectionText]:
    """The sections that give an account of last year (with their subsections).

    Only these count: a measure merely copied into this year's measures table is planned again,
    not accounted for, and the law asks how last year's measures were carried out.
    """
    evaluations: list[_SectionText] = []
    for section in document.sections:
        own = Text(document.section_text(section))
        heading = Text(section.heading.text if section.heading else "")
        if heading.any(_EVALUATION_SIGNALS) or own.any(_EVALUATION_SIGNALS):
            evaluations.append(_SectionText(Text(document.section_text(section, subtree=True)), True))
    return evaluations


_EVALUATION_SIGNALS = (
    "förra årets",
    "förra året",
    "föregående",
    "fjolår",
    "utvärdering",
    "last year",
    "previous year",
    "previous plan",
    "evaluation",
)


def _accounted(words: tuple[str, ...], sections: Sequence[_SectionText]) -> bool:
    if not words:
        return True  # nothing to look for
    stems = tuple(dict.fromkeys(word[:STEM_LENGTH] for word in words))
    needed = max(math.ceil(MIN_SHARE * len(stems) - 1e-9), 1 if len(stems) <= 2 else 2)
    return any(section.text.count(stems) >= needed for section in sections)
