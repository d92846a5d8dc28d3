"""Requirement rules: each requirement of the template gets met, partial or missing, with evidence.

Content decides; headings only hint (BRIEF §6.0). Every section is read without its table-of-
contents lines, unfilled template guidance and bare "not done" statements; law extracts never count,
and definition sections count only for the discrimination grounds. The vocabulary comes from the
template (RequirementSpec.signals); what combination of signals makes `met` is decided here.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from plans.checking.document import Block, BlockKind, Document, Section
from plans.checking.spec import RequirementSpec
from plans.checking.text import Gated, Text, normalise, text_of

MET, PARTIAL, MISSING = "met", "partial", "missing"
RANK = {MISSING: 0, PARTIAL: 1, MET: 2}


@dataclass(frozen=True)
class Evidence:
    heading_path: tuple[str, ...]
    first_block: int
    last_block: int
    quote: str


@dataclass(frozen=True)
class RuleResult:
    key: str
    status: str
    reason: str  # a stable reason code, e.g. "survey.no_results"; texts live outside the engine
    params: dict[str, str | int] = field(default_factory=dict)
    evidence: tuple[Evidence, ...] = ()


# --- Guidance, "not done" statements, law extracts ---

GUIDANCE = re.compile(
    r"^\s*[\[<{(]?\s*(?:beskriv|ange|fyll i|skriv|redogör|här beskriver|infoga|lägg till|ta bort denna|"
    r"klicka här|describe|insert|fill in|enter |click or tap|write |state )"
    r"|skriv (?:er )?text här|klicka (?:eller tryck )?här för att ange text"
    r"|click or tap here|insert text here"
    r"|lorem ipsum|\[[^\]]{3,}\]|<[^>]{3,}>|\b(?:xx|nn)\b|åååå-mm-dd|yyyy-mm-dd|20xx|\bt\.?b\.?d\.?\b",
)
GUIDANCE_START = re.compile(
    r"\s*[\[<{(]?\s*(?:beskriv|ange|fyll i|skriv|redogör|här beskriver|infoga|lägg till|ta bort denna|"
    r"klicka här|describe|insert|fill in|enter |click or tap|write |state )"
)
# Necessary for a GUIDANCE match anywhere but at the start (xx/nn as words are checked apart).
GUIDANCE_NEEDLES = (
    "skriv",
    "klicka",
    "click or tap",
    "insert text",
    "lorem",
    "[",
    "<",
    "åååå",
    "yyyy",
    "20xx",
    "tb",
    "t.b",
)
EXAMPLE_ONLY = re.compile(r"^\s*(?:exempel\b|t\.?\s?ex\b|e\.g\.|for example\b|example\b)[:.]?")
NOT_DONE = Gated(
    r"\b(?:ingen|inga|inget)\b[^.]{0,60}\b(?:har|hade|kunde)\b[^.]{0,30}\b(?:genomförts|gjorts|genomförs|skett|"
    r"tagits fram|upprättats|kunnat)"
    r"|\bhar\s+(?:ännu\s+)?inte\b[^.]{0,40}\b"
    r"(?:genomförts|gjorts|skett|varit delaktiga|deltagit|hunnit|utvärderats|"
    r"följts upp|involverats|kartlagts)"
    r"|\b(?:valt|välja)\s+att\s+inte\b|\bej aktuellt\b|\binte aktuellt\b|\bse föregående års?\b"
    r"|\bkommer att kompletteras\b|\bunder arbete\b"
    r"|\bhas not been\b|\bhave not been\b|\bwas not carried out\b"
    r"|\bno (?:survey|evaluation|assessment)\b[^.]{0,30}\b(?:was|has been)\b|\bnot applicable\b",
    (
        "ingen",
        "inga",
        "inget",
        "inte",
        "valt",
        "välja",
        "ej aktuellt",
        "se föregående",
        "kompletteras",
        "under arbete",
        "not been",
        "not carried out",
        "no survey",
        "no evaluation",
        "no assessment",
        "not applicable",
    ),
)
LAW_HEADING = re.compile(
    r"bestämmelser|lagtext|lagstiftning|juridisk bakgrund|styrdokument|legislation|legal framework|"
    r"lagar och|författning|regelverk",
)
DEFINITION_HEADING = re.compile(r"begrepp|definition|vad är|ordlista|glossary|terms")
SENTENCE = re.compile(r"(?<=[.!?])\s+|\n+|\s+\|\s+")


def split_sentences(text: str) -> list[str]:
    """SENTENCE.split, without the regex for the usual paragraph: single spaces, no line breaks.

    The regex opens with a look-behind and costs microseconds per paragraph; plain replaces give
    the same parts when the only whitespace is single spaces (the reader's paragraphs).
    """
    if "|" in text or "  " in text or not text.isprintable():
        parts = SENTENCE.split(text)
    else:
        parts = text.replace(". ", ".\0").replace("! ", "!\0").replace("? ", "?\0").split("\0")
    if len(parts) > 1 and any(ABBREVIATION.search(part[-6:]) for part in parts[:-1]):
        merged: list[str] = []
        for part in parts:
            if merged and ABBREVIATION.search(merged[-1][-6:]):
                merged[-1] = f"{merged[-1]} {part}"  # "Dr. Reyes", "t.ex. enkäter": one sentence
            else:
                merged.append(part)
        return merged
    return parts


# Titles and abbreviations whose full stop does not end a sentence.
ABBREVIATION = re.compile(
    r"(?:\b(?:dr|mr|mrs|ms|st|nr|ca|resp|bl\.a|t\.ex|e\.g|i\.e|t\.o\.m|fr\.o\.m)\.)$", re.I
)


def is_guidance(block: Block) -> bool:
    if block.kind == BlockKind.TABLE:
        cells = [cell for row in block.rows[1:] for cell in row if cell.strip()]
        return not cells or all(is_guidance_text(cell) for cell in cells)
    return is_guidance_text(block.text)


def is_guidance_text(text: str) -> bool:
    stripped = normalise(text).strip()
    if not stripped:
        return True
    if EXAMPLE_ONLY.match(stripped):
        return True
    if not (
        GUIDANCE_START.match(stripped)
        or any(needle in stripped for needle in GUIDANCE_NEEDLES)
        or _has_word(stripped, "xx")
        or _has_word(stripped, "nn")
    ):
        return False
    match = GUIDANCE.search(stripped)
    if not match:
        return False
    if "lorem ipsum" in stripped:
        return True  # placeholder text, however long
    if match.start() == 0 and SECOND_PERSON.search(stripped) and not FIRST_PERSON.search(stripped):
        return True  # an instruction to "ni"/"you", however long, is the template speaking
    # Instruction text followed by the school's own text: judge the school's text.
    rest = GUIDANCE.sub("", stripped)
    rest = re.sub(r"\[[^\]]*\]|<[^>]*>", "", rest)
    return len(rest.split()) < 12 or (match.start() == 0 and len(stripped.split()) < 25)


SECOND_PERSON = re.compile(r"\b(?:ni|er|era|ert|you|your)\b")
FIRST_PERSON = re.compile(r"\b(?:vi|oss|vår|våra|vårt|we|us|our)\b")


def _has_word(text: str, word: str) -> bool:
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        before = text[at - 1] if at else " "
        after = text[end] if end < len(text) else " "
        if not (before.isalnum() or before == "_" or after.isalnum() or after == "_"):
            return True
        at = text.find(word, at + 1)
    return False


def is_not_done(block: Block) -> bool:
    return len(block.text.split()) < 45 and bool(NOT_DONE.search(normalise(block.text)))


def is_law_extract(section: Section, blocks: Sequence[Block]) -> bool:
    heading = section.heading.text if section.heading else ""
    if LAW_HEADING.search(normalise(heading)):
        return True
    text = " ".join(b.text for b in blocks)
    words = max(len(text.split()), 1)
    return text.count("§") >= 3 and text.count("§") * 40 >= words


# --- Units: what the rules read ---


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
            self._owners[key] = (score, (subject,)) if subject and score > top_score else (top_score, tied)
        return self._owners[key]

    def _owner_by_content(self, unit: Unit) -> tuple[int, str | None]:
        """Sections with odd headings still have an obvious subject: last year's account, the grounds.

        A long section of prose that speaks of several of them (a plan written without headings) has
        no single subject, and none owns it."""
        keys = {r.key for r in self.requirements}
        heading = text_of(unit.heading)
        subjects: list[tuple[int, str]] = []
        if "previous_year_evaluation" in keys and (
            heading.any(LAST_YEAR) or heading.any(LAST_YEAR_QUESTIONS) or unit.text.any(LAST_YEAR)
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
        return bool(keys) and requirement.key not in keys and heading_score(unit, requirement) < score


PUBLISHED = ("läggs ut", "publicera", "finns på", "finns i", "posted", "published", "available on")
# What guardians take part in, outside their own section: the plan, its draft, the safety work.
GUARDIAN_PLAN_CONTEXT = ("plan", "värdegrund", "trygghetsarbete", "utkast", "draft")
# The plan itself, as the object of participation ("förslagen tog vi med i planen").
PLAN_REFERENCE = ("planen", "planens", "the plan", "this plan", "likabehandlingsplanen", "trygghetsplanen")
# Ways of saying "this year's plan will be evaluated", whatever the tense.
THIS_YEARS_PLAN = (
    "årets plan",
    "denna plan",
    "planen utvärderas",
    "planen ska utvärderas",
    "planen följs upp",
    "planen ska följas upp",
    "this plan will",
    "the plan is evaluated",
    "plan will be evaluated",
    "this year's plan",
)
LAST_YEAR = (
    "förra årets",
    "förra året",
    "föregående års",
    "föregående år",
    "fjolårets",
    "förra läsåret",
    "föregående läsår",
    "föregående plan",
    "i fjol",
    "ifjol",
    "last year",
    "previous year",
    "previous plan",
)
# Headings that ask how it went are about last year too; in running text these words are not.
LAST_YEAR_QUESTIONS = (
    "hur gick det",
    "så gick det",
    "hur blev det",
    "vad hände",
    "looking back",
    "what happened",
    "how did it go",
)


def build_units(document: Document) -> list[Unit]:
    units: list[Unit] = []
    for section in document.sections:
        own = list(document.content_blocks(section))
        if section.heading is not None and section.heading.level == 0:
            own = [b for b in own]  # the title's front matter is content (validity, responsible)
        if is_law_extract(section, own):
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
        units.append(
            Unit(
                section=section,
                blocks=usable,
                dropped_guidance=len(guidance),
                dropped_not_done=len(not_done),
                definitions=bool(DEFINITION_HEADING.search(normalise(heading))),
                heading=heading,
                text=Text("\n".join(b.text for b in usable)),
            )
        )
        units.extend(row_unit(section, table, row) for table in forms for row in table.rows)
    return units


# A label column of months, weeks, dates or step numbers makes an annual wheel or a routine, not a form.
_SEQUENCE_LABEL = re.compile(
    r"^\s*(?:\d+[.)]?|steg\s*\d+|step\s*\d+|v(?:ecka|\.)?\s*\d+|week\s*\d+|\d{4}-\d{2}(?:-\d{2})?|"
    r"(?:jan|feb|mar|apr|maj|may|jun|jul|aug|sep|okt|oct|nov|dec)[a-z]*\.?(?:\s*-\s*\w+)?)\s*$"
)


def is_label_table(block: Block) -> bool:
    """A two-column form ("Ansvar | Rektor … ansvarar för …"): short labels, the text beside them.

    Plans written as one table (BRIEF §8: front pages and whole plans as tables) put each
    requirement in a row; read as one block, every row would belong to the table's section."""
    if block.kind != BlockKind.TABLE or len(block.rows) < 3:
        return False
    if any(len(row) != 2 for row in block.rows):
        return False
    labels = [normalise(row[0]).strip() for row in block.rows]
    if not all(label and len(label.split()) <= 5 for label in labels):
        return False
    if sum(1 for label in labels if _SEQUENCE_LABEL.match(label)) * 2 >= len(labels):
        return False
    words = sum(len(row[1].split()) for row in block.rows)
    return words >= 3 * sum(len(label.split()) for label in labels)


def row_unit(section: Section, table: Block, row: tuple[str, ...]) -> Unit:
    """One row of a label table as a section: the label its heading, the text its content."""
    label, value = row[0].strip(), row[1].strip()
    level = section.level + 1
    heading = Block(table.index, BlockKind.HEADING, label, level=level)
    # The label stays with its text: "Ansvarig för planen: Rektor Karin Ny".
    body = Block(table.index, BlockKind.PARAGRAPH, f"{label}: {value}")
    guidance = bool(value) and is_guidance_text(value)
    not_done = bool(value) and not guidance and is_not_done(body)
    usable = [body] if value and not guidance and not not_done else []
    return Unit(
        section=Section(
            heading, level, (*section.path, label), table.index, table.index + 1, table.index + 1
        ),
        blocks=usable,
        dropped_guidance=int(guidance),
        dropped_not_done=int(not_done),
        definitions=bool(DEFINITION_HEADING.search(normalise(label))),
        heading=label,
        text=Text(body.text if usable else ""),
        row=True,
    )


def heading_score(unit: Unit, requirement: RequirementSpec) -> int:
    """2: the heading is one of the variants; 1: it holds one, or is held by one; 0: unrelated."""
    if not unit.heading or unit.section.level == 0:  # a document title is not a section heading
        return 0
    if _is_title(unit):
        return 0  # "Plan mot diskriminering … 2025/26" names the document, not a requirement
    return _heading_score(unit.heading, requirement.headings)


def _is_title(unit: Unit) -> bool:
    return bool(unit.heading) and PLAN_TITLE.search(normalise(unit.heading)) is not None


# The plan's own title (BRIEF §1 lists the usual ones), typed as a heading or a bold line.
PLAN_TITLE = re.compile(
    r"\bplan (?:mot|för att|för likabehandling|against)\b|likabehandlingsplan\b|trygghetsplan\b"
    r"|equal treatment plan|equal opportunities policy|equality policy|anti-bullying and"
    r"|non-discrimination and|anti-harassment plan"
)


@lru_cache(maxsize=65_536)
def _heading_score(heading_text: str, variants: tuple[str, ...]) -> int:
    heading = _heading_words(heading_text)
    best = 0
    for variant in variants:
        words = _heading_words(variant)
        if not words:
            continue
        covered = all(any(_same_word(w, h) for h in heading) for w in words)
        covering = all(any(_same_word(h, w) for w in words) for h in heading)
        if covered and covering:
            return 2
        # "Förebyggande åtgärder 2025/26" holds a variant; "Kartläggning och analys" is held by one.
        if covered or (covering and len(heading) >= 2):
            best = max(best, 1)
    return best


# Inflectional endings (Swedish and English): what may follow a word's stem in a heading.
_ENDINGS = frozenset(
    {
        "a",
        "e",
        "n",
        "r",
        "s",
        "t",
        "ar",
        "at",
        "ed",
        "en",
        "er",
        "es",
        "et",
        "ig",
        "it",
        "na",
        "ns",
        "or",
        "rs",
        "ts",
        "ade",
        "ats",
        "ens",
        "ers",
        "ets",
        "ing",
        "its",
        "nas",
        "nde",
        "ades",
        "ande",
        "arna",
        "erna",
        "ings",
        "ndet",
        "ning",
        "orna",
        "arnas",
        "ernas",
        "ornas",
        "ningen",
    }
)


def _same_word(a: str, b: str) -> bool:
    """Inflections of one word: one is the other's prefix (främja/främjande, plan/planen)."""
    shorter, longer = sorted((a, b), key=len)
    if shorter == longer:
        return True
    # An inflection adds a short ending (elev/elevernas); a compound adds a word (elev/elevhälsoteam).
    if longer.startswith(shorter):
        return len(shorter) >= 4 and longer[len(shorter) :] in _ENDINGS
    # Swedish inflection changes the last letter too: vårdnadshavare / vårdnadshavarnas.
    return len(shorter) >= 6 and longer.startswith(shorter[:-1]) and len(longer) - len(shorter) <= 3


_STOP = {
    "och",
    "av",
    "för",
    "i",
    "på",
    "med",
    "om",
    "de",
    "den",
    "det",
    "till",
    "att",
    "som",
    "the",
    "of",
    "and",
    "for",
    "in",
    "to",
    "a",
    "on",
    "our",
    "vår",
    "våra",
    "vårt",
}


@lru_cache(maxsize=65_536)
def _heading_words(text: str) -> frozenset[str]:
    cleaned = re.sub(r"^\s*\d+(?:\.\d+)*\.?\s*", "", normalise(text))
    return frozenset(w for w in re.findall(r"[a-zåäöéü]+", cleaned) if w not in _STOP)


def sentences(unit: Unit) -> list[str]:
    if unit.sentence_cache is not None:
        return unit.sentence_cache
    out: list[str] = []
    for block in unit.blocks:
        if block.kind == BlockKind.TABLE:
            out.extend(" ".join(row) for row in block.rows)
        elif block.kind != BlockKind.IMAGE:
            out.extend(part for part in split_sentences(block.text) if part.strip())
    unit.sentence_cache = out
    return out


def quote(text: str, limit: int = 200) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"


def evidence(unit: Unit, text: str | None = None) -> tuple[Evidence, ...]:
    if unit.blocks:
        first, last = unit.blocks[0].index, unit.blocks[-1].index
        shown = text if text else unit.blocks[0].text
    else:
        first = last = unit.section.start
        shown = text or unit.heading
    return (Evidence(unit.path, first, last, quote(shown)),)


def empty_reason(ctx: Context, requirement: RequirementSpec, key: str) -> RuleResult:
    """Missing: say whether a heading existed with only guidance or a 'not done' statement."""
    ranked = sorted(ctx.units, key=lambda u: -heading_score(u, requirement))
    for unit in ranked:
        if heading_score(unit, requirement) and not unit.blocks:
            if unit.dropped_not_done:
                return RuleResult(key, MISSING, "generic.not_done", {}, evidence(unit))
            if unit.dropped_guidance:
                return RuleResult(key, MISSING, "generic.guidance_only", {}, evidence(unit))
            return RuleResult(key, MISSING, "generic.empty_section", {}, evidence(unit))
    return RuleResult(key, MISSING, "generic.not_found")


@dataclass
class Scored:
    rank: int
    reason: str
    unit: Unit
    quote_text: str = ""
    params: dict[str, str | int] = field(default_factory=dict)
    explicit: bool = False  # says the thing in so many words ("Ansvarig för planen: rektor")


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
    status = MET if top.rank == 2 else PARTIAL
    return RuleResult(key, status, top.reason, top.params, evidence(top.unit, top.quote_text))


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


def _first(sentences_: list[str], predicate: Callable[[Text], bool]) -> str | None:
    for sentence in sentences_:
        if predicate(text_of(sentence)):
            return sentence
    return None


# --- The twelve rules ---

RuleFunction = Callable[[Context, RequirementSpec], RuleResult]
RULES: dict[str, RuleFunction] = {}


def rule(key: str) -> Callable[[RuleFunction], RuleFunction]:
    def register(function: RuleFunction) -> RuleFunction:
        RULES[key] = function
        return function

    return register


@rule("student_involvement")
def student_involvement(ctx: Context, req: RequirementSpec) -> RuleResult:
    """Met: a sentence where the children or students take part through a named forum or method,
    in the plan's making or follow-up (a participation verb, a moment of the plan, or the plan)."""
    forums, verbs, children = req.signal("forums"), req.signal("participation"), req.signal("children")
    moments = req.signal("moments")
    inform, other = req.signal("information_only"), req.signal("other_groups_headings")
    active_forums = tuple(f for f in forums if not any(w in f for w in ("enkät", "survey", "questionnaire")))
    candidates: list[Scored] = []
    for unit in content_units(ctx):
        if not (
            unit.text.any(children)
            and (
                unit.text.any(verbs)
                or unit.text.any(inform)
                or unit.text.any(moments)
                or unit.text.any(PLAN_REFERENCE)
                or (heading_score(unit, req) > 0 and unit.text.any(forums))
            )
        ):
            continue  # no sentence here can name the children taking part
        about_others = any(text_of(unit.heading).has(s) for s in other) and heading_score(unit, req) < 2
        strong = weak = None
        for sentence in sentences(unit):
            text = text_of(sentence)
            child = text.any(children)
            if about_others and not child:
                continue
            if (
                child
                and text.any(forums)
                and (
                    text.any(verbs)
                    # Answering a survey that the plan builds on makes them respondents, and being
                    # told about the plan makes them an audience: neither is taking part.
                    or (text.any(PLAN_REFERENCE) and text.any(active_forums) and not text.any(inform))
                )
            ):
                strong = sentence
                break
            if (
                child
                and (text.any(verbs) or text.any(inform) or text.any(moments) or text.any(forums))
                and weak is None
            ):
                weak = sentence
        if strong:
            # Taking part in the plan itself ("klassråden diskuterade utkastet") says so in so many
            # words, under whatever heading it stands.
            said = text_of(strong)
            explicit = said.any(verbs) and (said.any(moments) or said.any(PLAN_REFERENCE))
            candidates.append(Scored(2, "student_involvement.met", unit, strong, explicit=explicit))
        elif weak and (
            heading_score(unit, req)
            or (text_of(weak).any(verbs) and (text_of(weak).any(forums) or text_of(weak).any(PLAN_REFERENCE)))
        ):
            # Outside its own section, a plan moment alone ("följs upp med eleven") is an incident's
            # follow-up, and "those involved" an incident's parties: not participation in the plan.
            weak_text = text_of(weak)
            if weak_text.any(inform):
                reason = "student_involvement.information_only"
            elif weak_text.any(forums) and not weak_text.any(verbs):
                reason = "student_involvement.respondents_only"
            else:
                reason = "student_involvement.no_forum"
            candidates.append(Scored(1, reason, unit, weak))
    return best("student_involvement", candidates, ctx, req)


@rule("guardian_involvement")
def guardian_involvement(ctx: Context, req: RequirementSpec) -> RuleResult:
    guardians, influence, info = req.signal("guardians"), req.signal("influence"), req.signal("information")
    candidates: list[Scored] = []
    published = None
    for unit in content_units(ctx):
        if ctx.foreign(unit, req) and not text_of(unit.heading).any(guardians):
            continue  # "guardians are informed" in an incident routine is not involvement in the plan
        heading = heading_score(unit, req) > 0
        if published is None:
            # BRIEF §6.12: "planen finns på hemsidan" is information to the homes, said or not.
            published = _first(
                sentences(unit), lambda t: t.any(PLAN_REFERENCE) and t.any(PUBLISHED) and t.any(info)
            )
            if published:
                candidates.append(Scored(1, "guardian_involvement.information_only", unit, published))
        for sentence in sentences(unit):
            text = text_of(sentence)
            # Guardians informed about an incident are not involved in the plan.
            heading = heading_score(unit, req) == 2 or text_of(unit.heading).any(guardians)
            if not (heading or (text.any(guardians) and text.any(GUARDIAN_PLAN_CONTEXT))):
                continue
            if not heading and not text.any(guardians):
                continue
            if text.any(influence):
                # Under a heading that names the guardians, the section is about them.
                named = text_of(unit.heading).any(guardians)
                candidates.append(Scored(2, "guardian_involvement.met", unit, sentence, explicit=named))
                break
            if text.any(info):
                candidates.append(Scored(1, "guardian_involvement.information_only", unit, sentence))
    return best("guardian_involvement", candidates, ctx, req)


@rule("survey")
def survey(ctx: Context, req: RequirementSpec) -> RuleResult:
    sources, results, exclude = req.signal("sources"), req.signal("results"), req.signal("not_this")
    future, weak, survey_words = req.signal("future"), req.signal("weak_sources"), req.signal("survey_words")
    candidates: list[Scored] = []
    for unit in content_units(ctx):
        if ctx.foreign(unit, req):
            continue  # measures tables and evaluation plans mention surveys; they do not report one
        # Under its own heading the survey may sit in sub-sections; elsewhere only the section counts.
        own = heading_score(unit, req) > 0
        subtree = _subtree_text(ctx, unit) if own else unit.text
        # Talks in class councils are a source only where the text is about surveying.
        surveying = own or subtree.any(survey_words)
        named = subtree.found(sources) + (subtree.found(weak) if surveying else [])
        if not named or (subtree.any(exclude) and not heading_score(unit, req)):
            continue
        result_sentence = None
        scope = _subtree_sentences(ctx, unit) if own else sentences(unit)
        for sentence in scope:
            text = text_of(sentence)
            has_figure = bool(
                re.search(r"\d+\s?%|\d+\s+av\s+\d+|\d+ of \d+|\d+ procent|\d+ percent", sentence)
            )
            # "… för att ta reda på var barnen kan känna sig otrygga" says what a method is for.
            purpose = PURPOSE.search(text.normalised) is not None
            if (has_figure or text.any(results)) and not ((text.any(future) or purpose) and not has_figure):
                result_sentence = sentence
                break
        dated = [result_sentence or ""] + [sentence for sentence in scope if text_of(sentence).any(sources)]
        if result_sentence and _survey_is_old(ctx, " ".join(dated)):
            # BRIEF §6.5: the survey behind this year's plan is last spring's or this autumn's, not
            # one from years ago.
            candidates.append(Scored(1, "survey.outdated", unit, result_sentence))
        elif result_sentence:
            candidates.append(Scored(2, "survey.met", unit, result_sentence))
        else:
            candidates.append(Scored(1, "survey.no_results", unit, "", {"sources": ", ".join(named[:4])}))
    return best("survey", candidates, ctx, req)


PURPOSE = re.compile(
    r"\bför att (?:ta reda på|undersöka|kartlägga|se|få veta)|\bto find out\b|\bin order to\b"
)


def _survey_is_old(ctx: Context, sentence: str) -> bool:
    """The survey and its result name only years two or more before the school year starts."""
    if not ctx.school_year or not ctx.school_year[:4].isdigit():
        return False
    years = [int(y) for y in YEAR.findall(sentence)]
    return bool(years) and max(years) <= int(ctx.school_year[:4]) - 2


def _subtree_units(ctx: Context, unit: Unit) -> list[Unit]:
    section = unit.section
    if section.level == 0 or unit.row or _is_title(unit):
        return [unit]  # the title's "subtree" is the whole document: only its front matter counts
    return [
        u
        for u in ctx.units
        if section.start <= u.section.start < section.subtree_end and (u is unit or not u.definitions)
    ]


def _subtree_text(ctx: Context, unit: Unit) -> Text:
    if unit.subtree_cache is None:
        units = _subtree_units(ctx, unit)
        unit.subtree_cache = (
            unit.text if units == [unit] else Text("\n".join(b.text for u in units for b in u.blocks))
        )
    return unit.subtree_cache


def _subtree_sentences(ctx: Context, unit: Unit) -> list[str]:
    return [s for u in _subtree_units(ctx, unit) for s in sentences(u)]


@rule("previous_year_evaluation")
def previous_year_evaluation(ctx: Context, req: RequirementSpec) -> RuleResult:
    past, last_year, effect = req.signal("past_tense"), req.signal("last_year"), req.signal("effect")
    generic = req.signal("generic")
    previous_label = _previous_label(ctx.school_year)
    candidates: list[Scored] = []
    for unit in content_units(ctx):
        heading = heading_score(unit, req)
        text = _subtree_text(ctx, unit) if heading else unit.text
        about_last_year = (
            heading
            or text.any(last_year)
            or text_of(unit.heading).any(LAST_YEAR)
            or (previous_label and (previous_label in unit.text.raw or previous_label in unit.heading))
        )
        if not about_last_year:
            continue
        scope = _subtree_units(ctx, unit) if heading else [unit]
        outcome_items, example = _outcomes(scope, past, effect)
        tables = [b for u in scope for b in u.blocks if b.kind == BlockKind.TABLE]
        table_outcomes = any(text_of(" ".join(t.rows[0])).any(effect) and len(t.rows) > 1 for t in tables)
        if outcome_items >= 2 or table_outcomes:
            # Last year named and outcomes given: the account, whatever heading it stands under.
            explicit = bool(
                text_of(unit.heading).any(LAST_YEAR)
                or (previous_label and previous_label in unit.heading)
                or unit.text.any(last_year)
                or (previous_label and previous_label in unit.text.raw)
            )
            candidates.append(Scored(2, "previous_year_evaluation.met", unit, example, explicit=explicit))
        elif (
            outcome_items == 1
            or text.any(generic)
            or ((heading or text.any(DONE_WORDS)) and _past(text, past))
        ):
            candidates.append(Scored(1, "previous_year_evaluation.general_only", unit, example))
    return best("previous_year_evaluation", candidates, ctx, req)


def _outcomes(scope: list[Unit], past: tuple[str, ...], effect: tuple[str, ...]) -> tuple[int, str]:
    """Measures of last year told with their effect (BRIEF §6.4): a sentence in the past tense that
    says what changed; or a list item or table row that does so across its sentences ("X infördes
    i oktober. Konflikterna minskade."). "Genomfört" alone says done, not what it led to."""
    count, labelled, example = 0, 0, ""
    for unit in scope:
        for block in unit.blocks:
            if block.kind == BlockKind.IMAGE:
                continue
            if block.kind == BlockKind.TABLE:
                items = [" ".join(row) for row in block.rows[1:]]
            else:
                items = [block.text]
            for item in items:
                said = [s for s in split_sentences(item) if s.strip()]
                hits = [s for s in said if _past(text_of(s), past) and _effect(text_of(s), effect)]
                whole = text_of(item)
                # One measure told across its sentences: a list item, a table row, or a paragraph
                # that names its measure first ("Rastvärdar: infördes … Konflikterna …") or labels
                # its result ("Genomförande: … Resultat: …").
                across = (
                    block.kind != BlockKind.PARAGRAPH
                    or RESULT_LABEL.search(whole.normalised) is not None
                    or MEASURE_LABEL.match(whole.normalised) is not None
                )
                if not hits and across and _past(whole, past) and _effect(whole, effect):
                    hits = [item]
                if not hits and MEASURE_LABEL.match(whole.normalised) and _past(whole, past):
                    labelled += 1  # "Vuxen i omklädningsrum: genomförd ht, ej vt …"
                count += len(hits)
                example = example or (hits[0] if hits else "")
    # Measure by measure with effects for some: the others, named and told, belong to the account.
    return count + (labelled if count else 0), example


# "Done" in so many words: last year's measures were carried out (BRIEF §6.4 partial without effect).
DONE_WORDS = ("genomför", "carried out", "gjorts", "completed", "implemented")
RESULT_LABEL = re.compile(r"\b(?:resultat|effekt|utfall|result|effect|outcome|impact)\w*\s*:\s*\S")
# Past tense by its form: Swedish preterite of the first conjugation (minskade, rapporterades) and
# English regular past (reported, introduced), besides the listed irregular forms.
PAST_FORM = re.compile(r"\b[a-zåäö]{3,}(?:ades?|ade)\b|(?<!\bbe )(?<!\bis )(?<!\bare )\b[a-z]{3,}ed\b")


MEASURE_LABEL = re.compile(r"^[^:.;]{3,70}:\s")
_NUMBER = (
    r"(?:\d+(?:[.,]\d+)?\s?(?:%|procent|percent)?|en|ett|två|tre|fyra|fem|sex|sju|åtta|nio|tio|elva|tolv)"
)
# A change in figures is an effect: "från 14 till 8 procent", "from 18% to 9%".
CHANGE = re.compile(
    rf"\b(?:från|from)\s+{_NUMBER}\b(?:\s+\S+){{0,4}}?\s+(?:till|to)\s+{_NUMBER}"
    rf"|\d\s?(?:%|procent|percent)[^.;]{{0,80}}\b(?:mot|jämfört med|compared with|than)\s+{_NUMBER}"
)


def _effect(text: Text, effect: tuple[str, ...]) -> bool:
    return text.any(effect) or CHANGE.search(text.normalised) is not None


def _past(text: Text, past: tuple[str, ...]) -> bool:
    return text.any(past) or PAST_FORM.search(text.normalised) is not None


def _previous_label(label: str | None) -> str | None:
    if not label or not re.match(r"^\d{4}/\d{2}$", label):
        return None
    start = int(label[:4]) - 1
    return f"{start}/{str(start + 1)[2:]}"


@rule("promotive_work")
def promotive_work(ctx: Context, req: RequirementSpec) -> RuleResult:
    markers, activities, slogans = req.signal("promotive"), req.signal("activities"), req.signal("slogans")
    candidates: list[Scored] = []
    for unit in ctx.units:
        heading = heading_score(unit, req)
        if unit.definitions or not (unit.blocks or heading):
            continue  # a heading with only sub-sections counts through them
        if ctx.foreign(unit, req):
            continue  # measures tied to risks are preventive; that section belongs to them
        # Under its own heading the activities may sit in sub-sections (DO-style "Insats" fields).
        text = _subtree_text(ctx, unit) if heading else unit.text
        if not text.raw.strip():
            continue  # only guidance or nothing under the heading: empty_reason says so
        found = text.found(activities)
        if not heading and not text.any(markers) and len(found) < 3:
            continue
        words = len(text.tokens)
        if len(found) >= 2 and words >= 20:
            quoted = _first(
                _subtree_sentences(ctx, unit) if heading else sentences(unit), lambda t: t.any(activities)
            )
            candidates.append(Scored(2, "promotive_work.met", unit, quoted or ""))
        elif heading or (found and text.any(markers)):
            reason = (
                "promotive_work.slogans_only" if text.any(slogans) or not found else "promotive_work.thin"
            )
            candidates.append(Scored(1, reason, unit))
    return best("promotive_work", candidates, ctx, req)


@dataclass
class Measure:
    text: str
    owner: bool
    time: bool


@rule("preventive_measures")
def preventive_measures(ctx: Context, req: RequirementSpec) -> RuleResult:
    measure_cols, owner_cols, time_cols = (
        req.signal("measure_columns"),
        req.signal("owner_columns"),
        req.signal("time_columns"),
    )
    owners, times, result_cols = req.signal("owners"), req.signal("times"), req.signal("result_columns")
    previous = ctx.document and _requirement_like(ctx, "previous_year_evaluation")
    candidates: list[Scored] = []
    for unit in ctx.units:
        heading = heading_score(unit, req)
        if unit.definitions or not (unit.blocks or heading):
            continue  # a measures heading with only field sub-sections is read through them
        if previous and previous(unit):
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
        if ctx.foreign(unit, req) and not tabled:
            continue
        if not measures and heading:
            for block in unit.blocks:
                if block.kind in (BlockKind.LIST_ITEM, BlockKind.PARAGRAPH) and len(block.text.split()) >= 3:
                    text = Text(block.text)
                    measures.append(Measure(block.text, text.any(owners), _has_time(block.text, text, times)))
            labelled = _labelled_measures(unit, owners, times) or _field_measures(ctx, unit, owners, times)
            if labelled:
                measures = labelled
        if not measures and not ctx.foreign(unit, req):
            measures = _listed_measures(unit, owners, times)
        if not measures:
            continue
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
        if share >= 0.8 and (heading or len(measures) >= 2 or tabled):
            candidates.append(
                Scored(2, "preventive_measures.met", unit, measures[0].text, params, explicit=tabled)
            )
        elif heading or any(m.owner or m.time for m in measures):
            candidates.append(
                Scored(1, "preventive_measures.no_owner_or_time", unit, measures[0].text, params)
            )
    return best("preventive_measures", candidates, ctx, req)


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
        text = text_of(block.text)
        listed.append(Measure(block.text, text.any(owners), _has_time(block.text, text, times)))
    complete = sum(1 for m in listed if m.owner and m.time)
    return listed if len(listed) >= 2 and complete >= 0.8 * len(listed) else []


def _requirement_like(ctx: Context, key: str) -> Callable[[Unit], bool]:
    words = ("förra", "föregående", "fjolår", "last year", "previous", "förgående")

    def predicate(unit: Unit) -> bool:
        heading = normalise(unit.heading)
        return any(w in heading for w in words) and not any(
            w in heading for w in ("årets plan", "åtgärder för", "planerade")
        )

    return predicate


def _column(header: Sequence[str], signals: tuple[str, ...]) -> int | None:
    for index, cell in enumerate(header):
        if text_of(cell).any(signals):
            return index
    return None


def _is_measures_table(
    block: Block, measure_cols: tuple[str, ...], owner_cols: tuple[str, ...], time_cols: tuple[str, ...]
) -> bool:
    """Measure, owner and time columns, the time not first (a month-first table is an annual wheel)."""
    if block.kind != BlockKind.TABLE or len(block.rows) < 2:
        return False
    header = block.rows[0]
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
    header = block.rows[0]
    measure = _column(header, measure_cols)
    if measure is None:
        return []
    owner = _column(header, owner_cols)
    when = _column(header, time_cols)
    if owner is None and when is None and _column(header, result_cols) is not None:
        return []  # last year's outcomes, not this year's measures
    measures = []
    for row in block.rows[1:]:
        if measure >= len(row) or not row[measure].strip() or is_guidance_text(row[measure]):
            continue
        owner_ok = (
            owner is not None
            and owner < len(row)
            and bool(row[owner].strip())
            and not is_guidance_text(row[owner])
        )
        time_ok = (
            when is not None
            and when < len(row)
            and bool(row[when].strip())
            and not is_guidance_text(row[when])
            and not VAGUE_TIME.fullmatch(normalise(row[when]).strip(" .,;"))
        )
        measures.append(Measure(" | ".join(c for c in row if c), owner_ok, time_ok))
    return measures


def _field_measures(
    ctx: Context, unit: Unit, owners: tuple[str, ...], times: tuple[str, ...]
) -> list[Measure]:
    """DO-style fields as sub-headings ("Åtgärd", "Ansvarig", "Datum när det ska vara klart"), each
    with its answer below, read as "Åtgärd: …" lines."""
    lines = [
        f"{u.heading}: {' '.join(b.text for b in u.blocks)}"
        for u in _subtree_units(ctx, unit)
        if u is not unit and u.blocks and len(u.heading.split()) <= 6
    ]
    return _labelled_measures(unit, owners, times, text="\n".join(lines)) if lines else []


def _labelled_measures(
    unit: Unit, owners: tuple[str, ...], times: tuple[str, ...], *, text: str | None = None
) -> list[Measure]:
    """Paragraphs like "Åtgärd: … Ansvarig: … När: …" (the DO-style template)."""
    text = "\n".join(b.text for b in unit.blocks) if text is None else text
    parts = re.split(r"(?im)^(?=\s*(?:åtgärd|insats|measure|action)\s*\d*\s*:)", text)
    measures = []
    for part in parts:
        if not re.match(r"(?i)\s*(?:åtgärd|insats|measure|action)\s*\d*\s*:", part):
            continue
        owner = bool(re.search(r"(?i)\b(?:ansvarig|ansvar|responsible)\s*:\s*\S", part))
        time = bool(re.search(r"(?i)\b(?:när|tid|tidplan|datum[^:]*|klart|when|deadline)\s*:\s*\S", part))
        measures.append(Measure(part.strip(), owner, time))
    return measures


MONTHS = (
    "januari",
    "februari",
    "mars",
    "april",
    "maj",
    "juni",
    "juli",
    "augusti",
    "september",
    "oktober",
    "november",
    "december",
    "january",
    "february",
    "march",
    "may",
    "june",
    "july",
    "august",
    "october",
)


def _has_time(raw: str, text: Text, times: tuple[str, ...]) -> bool:
    if re.search(
        r"\b(?:v\.?|vecka|week)\s?\d{1,2}\b|\b\d{4}-\d{2}(?:-\d{2})?\b|\b(?:ht|vt)\s?-?\d{2,4}\b",
        text.normalised,
    ):
        return True
    return text.any(times) or text.any(MONTHS)


@rule("acute_routines")
def acute_routines(ctx: Context, req: RequirementSpec) -> RuleResult:
    steps = {
        name: req.signal(name)
        for name in ("report_to_principal", "report_to_district", "investigate", "act", "document")
    }
    candidates: list[Scored] = []
    units = content_units(ctx)
    for unit in units:
        text = _subtree_text(ctx, unit) if heading_score(unit, req) else unit.text
        found = [name for name, signals in steps.items() if text.any(signals)]
        if ctx.foreign(unit, req) and (len(found) < 3 or ctx.owner(unit)[0] >= 2):
            continue  # duties listed under responsibilities are not the routine itself
        if heading_score(unit, req):
            if not found:
                continue
        elif len(found) < 3 and not ("report_to_principal" in found and len(found) >= 2):
            continue  # two loose words elsewhere ("anmälan … åtgärdat" in a survey) are no routine
        missing = [name for name in steps if name not in found]
        if not missing:
            candidates.append(Scored(2, "acute_routines.met", unit))
        else:
            candidates.append(
                Scored(1, "acute_routines.steps_missing", unit, "", {"missing": ", ".join(missing)})
            )
    if not candidates:
        images = [
            u
            for u in ctx.units
            if any(b.kind == BlockKind.IMAGE for b in u.blocks)
            and (heading_score(u, req) or u.text.any(("flödesschema", "schema", "flowchart", "bild")))
        ]
        if images:
            return RuleResult("acute_routines", PARTIAL, "acute_routines.image_only", {}, evidence(images[0]))
    return best("acute_routines", candidates, ctx, req)


GROUND_PATTERNS: dict[str, Gated] = {
    "sex": Gated(r"\bkön\b(?!s)|\b(?:sex|gender)\b(?!ual)", ("kön", "sex", "gender")),
    "gender_identity": Gated(
        r"könsöverskridande\s+identitet|könsidentitet|könsuttryck"
        r"|transgender|gender identity|gender expression",
        ("köns", "transgender", "gender"),
    ),
    "ethnicity": Gated(r"etnisk|etnicitet|ethnic", ("etnisk", "ethnic")),
    "religion": Gated(r"\breligion|trosuppfattning|\bbelief", ("religion", "trosuppfattning", "belief")),
    "disability": Gated(
        r"funktionsnedsättning|funktionsvariation|\bdisabilit", ("funktionsn", "funktionsv", "disabilit")
    ),
    "sexual_orientation": Gated(
        r"sexuell\w*\s+läggning|sexual orientation", ("läggning", "sexual orientation")
    ),
    "age": Gated(r"\bålder\b|\bage\b", ("ålder", "age")),
}
OUTDATED_DISABILITY = Gated(r"\bfunktionshinder", ("funktionshinder",))


def grounds_in(text: str | Text) -> list[str]:
    """The grounds named in a text (patterns are lower case: they read the normalised text)."""
    normalised = text.normalised if isinstance(text, Text) else normalise(text)
    return [name for name, pattern in GROUND_PATTERNS.items() if pattern.search(normalised)]


def _law_only(ctx: Context, names_it: Callable[[str], bool]) -> tuple[Evidence, ...] | None:
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


def _grounds_of(units: Sequence[Unit]) -> list[str]:
    """The grounds named across these sections (each section's text is searched once)."""
    found: set[str] = set()
    for unit in units:
        if unit.grounds_cache is None:
            # A ground may be a sub-heading ("7.1 Kön") with its measures below it.
            unit.grounds_cache = grounds_in(f"{unit.heading}\n{unit.text.raw}" if unit.heading else unit.text)
        found.update(unit.grounds_cache)
    return [name for name in GROUND_PATTERNS if name in found]


@rule("discrimination_grounds")
def discrimination_grounds(ctx: Context, req: RequirementSpec) -> RuleResult:
    best_unit: Unit | None = None
    best_found: list[str] = []
    units = content_units(ctx, with_definitions=True)
    for unit in units:
        found = _grounds_of(_subtree_units(ctx, unit) if heading_score(unit, req) else [unit])
        if len(found) > len(best_found):
            best_unit, best_found = unit, found
    everywhere = _grounds_of(units)
    if best_unit is not None and OUTDATED_DISABILITY.search(best_unit.text.normalised):
        # BRIEF §6.9: a list that says "funktionshinder" names six current grounds, whatever a
        # passing "funktionsvariation" elsewhere says.
        everywhere = [g for g in everywhere if g != "disability" or g in best_found]
    if len(everywhere) > len(best_found):
        best_found = everywhere
    if len(best_found) < 4:
        law = _law_only(ctx, lambda text: len(grounds_in(text)) >= 4)
        if law is not None:
            return RuleResult("discrimination_grounds", PARTIAL, "discrimination_grounds.law_only", {}, law)
    if best_unit is None or len(best_found) < 4:
        return (
            empty_reason(ctx, req, "discrimination_grounds")
            if not best_found
            else RuleResult(
                "discrimination_grounds",
                MISSING,
                "discrimination_grounds.too_few",
                {"found": len(best_found)},
            )
        )
    outdated = bool(OUTDATED_DISABILITY.search(best_unit.text.normalised)) and "disability" not in best_found
    params: dict[str, str | int] = {
        "found": len(best_found),
        "missing": ", ".join(n for n in GROUND_PATTERNS if n not in best_found),
    }
    if len(best_found) == 7:
        return RuleResult(
            "discrimination_grounds", MET, "discrimination_grounds.met", params, evidence(best_unit)
        )
    reason = "discrimination_grounds.outdated" if outdated else "discrimination_grounds.some_missing"
    return RuleResult("discrimination_grounds", PARTIAL, reason, params, evidence(best_unit))


@rule("minority_rights")
def minority_rights(ctx: Context, req: RequirementSpec) -> RuleResult:
    groups, phrase, actions = (
        req.signal("minorities"),
        req.signal("national_minorities"),
        req.signal("actions"),
    )
    candidates: list[Scored] = []
    # The minorities are named in so many words, so a paragraph about them counts wherever it
    # stands (often inside the grounds or the promotive work).
    for unit in content_units(ctx):
        named = unit.text.any(phrase) or unit.text.count(groups) >= 3
        if not named:
            continue
        sentence = _first(sentences(unit), lambda t: t.any(actions))
        if sentence:
            candidates.append(Scored(2, "minority_rights.met", unit, sentence, explicit=True))
        else:
            candidates.append(Scored(1, "minority_rights.named_only", unit))
    if not candidates:
        # BRIEF §6.10: mother-tongue tuition in general, or the minorities only in a law extract,
        # is a partial account.
        mother_tongue = req.signal("mother_tongue")
        for unit in content_units(ctx):
            sentence = _first(sentences(unit), lambda t: t.any(mother_tongue))
            if sentence:
                candidates.append(Scored(1, "minority_rights.mother_tongue_only", unit, sentence))
                break
        else:
            law = _law_only(ctx, lambda text: Text(text).any(phrase) or Text(text).count(groups) >= 3)
            if law is not None:
                return RuleResult("minority_rights", PARTIAL, "minority_rights.law_only", {}, law)
    return best("minority_rights", candidates, ctx, req)


@rule("evaluation_plan")
def evaluation_plan(ctx: Context, req: RequirementSpec) -> RuleResult:
    """When, how, by whom and with which part for the students this year's plan is evaluated.

    The parts may be spread over several sections (DO-style field headings: "Årets plan ska
    utvärderas senast", "Beskriv hur årets plan ska utvärderas"), so they are gathered from every
    section that speaks of the coming evaluation."""
    evaluate, future = req.signal("evaluate"), req.signal("future")
    how, who, students, times = (
        req.signal("how"),
        req.signal("who"),
        req.signal("students"),
        req.signal("times"),
    )
    previous = _requirement_like(ctx, "previous_year_evaluation")
    last_year = next((r for r in ctx.requirements if r.key == "previous_year_evaluation"), None)
    end_year = int(ctx.school_year[:4]) + 1 if ctx.school_year and ctx.school_year[:4].isdigit() else None
    found: list[tuple[Unit, list[str], list[str]]] = []
    for unit in content_units(ctx, req):
        heading = heading_score(unit, req)
        if previous(unit) and heading < 2:
            continue
        # A heading that fits last year's account just as well ("Utvärdering") does not say which
        # evaluation the section is about: then its sentences must look ahead.
        shared = last_year is not None and heading_score(unit, last_year) >= heading
        # An annual wheel (a table month → activity) is a plan by its nature.
        planned = {" ".join(row) for b in unit.blocks if b.kind == BlockKind.TABLE for row in b.rows}
        # A sentence about last year is not about the coming evaluation, unless it only compares
        # with last year ("jämför vårens enkät med förra årets") in the present or future.
        ahead = [
            s
            for s in sentences(unit)
            if not (text_of(s).any(LAST_YEAR) and PAST_FORM.search(text_of(s).normalised) is not None)
            and not (text_of(s).any(LAST_YEAR) and not text_of(s).any(evaluate))
        ]
        if heading and not shared:
            relevant = ahead
        else:
            relevant = [
                s
                for s in ahead
                if (heading or text_of(s).any(evaluate))
                and (
                    text_of(s).any(future)
                    or text_of(s).any(THIS_YEARS_PLAN)
                    or s in planned
                    or _names_year_from(s, end_year)
                    # Swedish says the planned in the present: "rektor skriver utvärderingen i juni".
                    or (
                        text_of(s).any(EVALUATION_PROPER)
                        and text_of(s).any(MONTHS)
                        and not PAST_FORM.search(text_of(s).normalised)
                    )
                )
            ]
        if relevant:
            # Under an evaluation heading, or in a short section that speaks of the coming
            # evaluation, the whole section describes it; elsewhere only the sentences about it.
            # A section headed by the students is about their part, not about the evaluation.
            short = (
                len(ahead) <= 3
                and len(relevant) * 3 >= len(ahead)
                and not text_of(unit.heading).any(students)
            )
            found.append((unit, relevant, ahead if heading or short else relevant))
    if not found:
        return best("evaluation_plan", [], ctx, req)
    text = Text(" ".join(s for _unit, _relevant, pool in found for s in pool))
    parts = {
        "when": _has_time(text.raw, text, times),
        "how": text.any(how),
        "who": text.any(who),
        "students": text.any(students),
    }
    present = [name for name, ok in parts.items() if ok]
    missing = ", ".join(name for name, ok in parts.items() if not ok)
    unit, relevant, _pool = max(found, key=lambda f: (heading_score(f[0], req), len(f[1])))
    # Förordning 2006:1083 2 §: the students take part in following up the plan (BRIEF §6.11).
    if parts["when"] and parts["students"] and len(present) >= 3:
        candidates = [Scored(2, "evaluation_plan.met", unit, relevant[0])]
    else:
        candidates = [Scored(1, "evaluation_plan.incomplete", unit, relevant[0], {"missing": missing})]
    return best("evaluation_plan", candidates, ctx, req)


# The evaluation itself, as against following up measures during the year.
EVALUATION_PROPER = ("utvärder", "evaluat", "review", "ses över", "översyn")


def _names_year_from(sentence: str, year: int | None) -> bool:
    """A date in the school year's last calendar year or later ("i maj 2026", "vt 2026"): ahead."""
    return year is not None and any(int(y) >= year for y in YEAR.findall(sentence))


YEAR = re.compile(r"\b(20[0-9]{2})\b")


FOR_THE_PLAN = Gated(
    r"(?:ansvar\w*|responsib\w*)\s+(?:\w+\s+){0,2}(?:för|för att|över|for)\s+(?:att\s+)?(?:\w+\s+){0,2}"
    r"(?:plan(?:en|s)?\b|denna plan|arbetet med planen|likabehandlingsarbete\w*|trygghetsarbete\w*|"
    r"arbetet mot kränk\w*|the plan|this plan)",
    ("ansvar", "responsib"),
)


@rule("responsible")
def responsible(ctx: Context, req: RequirementSpec) -> RuleResult:
    """Met: a role is responsible *for the plan* (the owner column of a measure is another thing)."""
    roles, duty, groups = req.signal("roles"), req.signal("responsibility"), req.signal("groups")
    candidates: list[Scored] = []
    for unit in content_units(ctx):
        heading = heading_score(unit, req)
        if not heading and not FOR_THE_PLAN.possible(unit.text.normalised):
            continue  # outside its own section, only "responsible for the plan" counts
        for block in unit.blocks:
            rows: list[str]
            if block.kind == BlockKind.TABLE:
                header = text_of(" ".join(block.rows[0]))
                if header.any(("åtgärd", "insats", "measure", "action", "aktivitet", "månad")):
                    continue
                rows = [" ".join(row) for row in block.rows]
            else:
                rows = split_sentences(block.text)
            for sentence in rows:
                text = text_of(sentence)
                for_plan = bool(FOR_THE_PLAN.search(text.normalised)) or (heading > 0 and text.any(duty))
                if for_plan and text.any(roles):
                    explicit = FOR_THE_PLAN.search(text.normalised) is not None
                    candidates.append(Scored(2, "responsible.met", unit, sentence, explicit=explicit))
                elif (heading and (text.any(groups) or text.any(duty))) or (for_plan and text.any(groups)):
                    candidates.append(Scored(1, "responsible.group_only", unit, sentence))
    return best("responsible", candidates, ctx, req)


# validity_period lives in periods.py (dates need their own parsing); it registers itself there.


def check_requirement(ctx: Context, requirement: RequirementSpec) -> RuleResult:
    function = RULES.get(requirement.key, generic_rule)
    return function(ctx, requirement)


def generic_rule(ctx: Context, req: RequirementSpec) -> RuleResult:
    """A district's own requirement: its signals in a section, better under one of its headings."""
    signals = tuple(s for group in req.signals.values() for s in group)
    candidates: list[Scored] = []
    for unit in content_units(ctx):
        found = unit.text.count(signals)
        heading = heading_score(unit, req)
        if found >= 2 or (heading and found):
            candidates.append(Scored(2, "generic.met", unit))
        elif heading or found:
            candidates.append(Scored(1, "generic.weak", unit))
    return best(req.key, candidates, ctx, req)
