"""evaluation_plan (BRIEF §6.11): when, how and by whom this year's plan is evaluated, with the students."""

from __future__ import annotations

import re
from collections.abc import Callable

from plans.checking.document import BlockKind
from plans.checking.rules.evidence import (
    Scored,
    best,
    content_units,
    part,
)
from plans.checking.rules.results import Part, RuleResult
from plans.checking.rules.units import (
    Context,
    Unit,
    heading_score,
    looks_back,
    sentences,
)
from plans.checking.rules.vocabulary import (
    EVALUATION_PROPER,
    LAST_YEAR,
    MONTHS,
    PAST_FORM,
    THIS_YEARS_PLAN,
    YEAR,
    has_time,
)
from plans.checking.spec import RequirementSpec
from plans.checking.text import Text, text_of


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
    last_year = next((r for r in ctx.requirements if r.key == "previous_year_evaluation"), None)
    end_year = int(ctx.school_year[:4]) + 1 if ctx.school_year and ctx.school_year[:4].isdigit() else None
    found: list[tuple[Unit, list[str], list[str]]] = []
    for unit in content_units(ctx, req):
        heading = heading_score(unit, req)
        if looks_back(unit) and heading < 2:
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
            if not _contact_line(s)
            and not (text_of(s).any(LAST_YEAR) and PAST_FORM.search(text_of(s).normalised) is not None)
            and not (text_of(s).any(LAST_YEAR) and not text_of(s).any(evaluate))
        ]
        if heading and not shared:
            # Under its own heading every sentence tells the evaluation, when one of them speaks of
            # it at all: a contact line alone under guidance ("Eva Nyström, förskollärare") does not.
            speaks = [unit.heading, *ahead]
            relevant = ahead if any(_speaks_of_evaluation(s, evaluate, future, times) for s in speaks) else []
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
    tests: dict[str, Callable[[Text], bool]] = {
        "when": lambda t: has_time(t.raw, t, times),
        "how": lambda t: t.any(how),
        "who": lambda t: t.any(who),
        "students": lambda t: t.any(students) or (t.any(CHILDREN) and t.any(TAKING_PART)),
    }
    # Each part with the sentence that shows it, wherever among the sections it stands.
    shown: dict[str, Part] = {}
    for name, test in tests.items():
        for section, _relevant, pool in found:
            sentence = next(
                (s for s in pool if test(text_of(s)) and _about_evaluation(s, section, evaluate)), None
            )
            if sentence:
                shown[name] = part(name, section, sentence)
                break
    present = [name for name in tests if name in shown]
    missing = ", ".join(name for name in tests if name not in shown)
    unit, relevant, _pool = max(found, key=lambda f: (heading_score(f[0], req), len(f[1])))
    parts = [shown.get(name) or part(name, None, None) for name in PARTS]
    # BRIEF §6.11: when, how and who, with the students' part (förordning 2006:1083 2 §); some of them
    # but not all is partial.
    if len(present) == len(tests):
        candidates = [Scored(2, "evaluation_plan.met", unit, relevant[0], parts=parts)]
    else:
        candidates = [
            Scored(1, "evaluation_plan.incomplete", unit, relevant[0], {"missing": missing}, parts=parts)
        ]
    return best("evaluation_plan", candidates, ctx, req)


PARTS = ("when", "how", "who", "students")

CHILDREN = ("elev", "barn", "student", "pupil", "children", "child")
# The children's part in the evaluation, not children as its subject ("andelen elever som …").
TAKING_PART = (
    "tillsammans med",
    "med eleverna",
    "med barnen",
    "delta",
    "deltar",
    "medverk",
    "delaktig",
    "synpunkt",
    "tycker till",
    "tycka till",
    "får säga",
    "intervju",
    "tankar",
    "åsikt",
    "berätta",
    "röst",
    "ritar",
    "svarar",
    "besvarar",
    "together with",
    "take part",
    "takes part",
    "involv",
    "views",
    "their say",
    "answer",
)


# "Eva Nyström, förskollärare · 0980-706 52": who to call, not who evaluates.
CONTACT = re.compile(r"\b0\d{1,3}[- ]\d{2,3}[ \d]{2,8}\b|@[\w-]+\.\w+|\+46")


def _contact_line(sentence: str) -> bool:
    return CONTACT.search(sentence) is not None and len(sentence.split()) <= 14


def _speaks_of_evaluation(
    sentence: str, evaluate: tuple[str, ...], future: tuple[str, ...], times: tuple[str, ...]
) -> bool:
    text = text_of(sentence)
    return text.any(evaluate) or text.any(future) or has_time(sentence, text, times)


def _about_evaluation(sentence: str, unit: Unit, evaluate: tuple[str, ...]) -> bool:
    """A row of an annual wheel is the year's work ("December | Klassråd om gruppchattarna"); only
    the rows that speak of following up or evaluating the plan describe its evaluation."""
    rows = {" ".join(row) for b in unit.blocks if b.kind == BlockKind.TABLE for row in b.rows}
    return sentence not in rows or text_of(sentence).any(evaluate)


def _names_year_from(sentence: str, year: int | None) -> bool:
    """A date in the school year's last calendar year or later ("i maj 2026", "vt 2026"): ahead."""
    return year is not None and any(int(y) >= year for y in YEAR.findall(sentence))
