"""student_involvement (BRIEF §6.3): children and students taking part in the plan through a forum."""

from __future__ import annotations

from plans.checking.rules.evidence import (
    Scored,
    best,
    content_units,
    part,
)
from plans.checking.rules.results import RuleResult
from plans.checking.rules.units import (
    Context,
    heading_score,
    sentences,
    without_label,
)
from plans.checking.rules.vocabulary import (
    PLAN_REFERENCE,
)
from plans.checking.spec import RequirementSpec
from plans.checking.text import Text, text_of

PARTS = ("forum", "taking_part")
# Children answering a survey or walking a safety walk: respondents (BRIEF §6.3 partial).
RESPONDED = (
    "svarade",
    "svarat",
    "svarar",
    "besvar",
    "fyllde i",
    "fyllt i",
    "fyller i",
    "genomförde",
    "genomfört",
    "genomför",
    "gjorde",
    "answered",
    "completed",
    "filled in",
    "responded",
    "took the",
    "took part in the survey",
)


# Survey methods the children take part in by being there: "trygghetsvandringar med klassråden".
ACTIVE_METHODS = (
    "trygghetsvandring",
    "fokusgrupp",
    "barnintervju",
    "intervju",
    "husmodell",
    "safety walk",
    "focus group",
    "interview",
)


def _responded(text: Text, children: tuple[str, ...], forums: tuple[str, ...]) -> bool:
    return text.any(children) and ((text.any(forums) and text.any(RESPONDED)) or text.any(ACTIVE_METHODS))


# A heading about the children's voice: "Så har vi lyssnat på barnen", "Barnens röst", "Pupil voice".
LISTENING = (
    "lyssna",
    "delaktig",
    "medverk",
    "inflytande",
    "röst",
    "varit med",
    "tycker",
    "voice",
    "particip",
    "involv",
    "views",
    "say",
)


# What children take part in when the text does not say the plan: the school's work in general.
GENERAL_OBJECTS = (
    "värdegrundsarbet",
    "skolans arbete",
    "trygghetsarbet",
    "likabehandlingsarbet",
    "möjlighet att påverka",
    "möjlighet till inflytande",
    "values work",
    "school life",
    "have a say",
)


# Sentences about another group: "Vårdnadshavarna i skolrådet diskuterade utkastet".
OTHER_GROUPS = ("vårdnadshavar", "förälder", "föräldrar", "personal", "guardian", "parent", "staff")


def _about_others(text: Text, children: tuple[str, ...]) -> bool:
    return text.any(OTHER_GROUPS) and not text.any(children)


def _respondents_only(text: Text, forums: tuple[str, ...], active: tuple[str, ...]) -> bool:
    return text.any(forums) and not text.any(active)


def _generic(text: Text, moments: tuple[str, ...]) -> bool:
    """BRIEF §6.3 partial: participation in the school's work in general, not in this plan."""
    return text.any(GENERAL_OBJECTS) and not text.any(PLAN_REFERENCE) and not text.any(moments)


def _childrens_heading(heading: str, children: tuple[str, ...]) -> bool:
    text = text_of(heading)
    return bool(heading) and text.any(children) and text.any(LISTENING)


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
                or _responded(unit.text, children, forums)
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
            # BRIEF §6.3: taking part needs a forum of the children's own; answering the survey, even
            # "deltagit genom att besvara enkäten", makes them respondents, which is partial.
            if (
                child
                and text.any(active_forums)
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
        own = heading_score(unit, req) > 0 or _childrens_heading(unit.heading, children)
        if strong is None and own and not about_others:
            # The children's own section ("Så har vi lyssnat på barnen") told over several sentences:
            # the method in one, what the children did in the next.
            # Neither being told about the plan nor answering the survey is the children's part.
            method = next(
                (
                    x
                    for x in sentences(unit)
                    if (t := text_of(x)).any(active_forums)
                    and not t.any(inform)
                    and not _about_others(t, children)
                ),
                None,
            )
            if (
                method
                and unit.text.any(children)
                and any(
                    (t := text_of(without_label(x))).any(verbs)
                    and not t.any(inform)
                    and not _respondents_only(t, forums, active_forums)
                    and not _about_others(t, children)
                    for x in sentences(unit)
                )
            ):
                strong = method
        if strong is None and weak is None:
            weak = next((x for x in sentences(unit) if _responded(text_of(x), children, forums)), None)
        if strong and _generic(text_of(strong), moments):
            weak, strong = strong, None  # "eleverna är delaktiga i värdegrundsarbetet": no account
        if strong:
            # Taking part in the plan itself ("klassråden diskuterade utkastet") says so in so many
            # words, under whatever heading it stands.
            said = text_of(strong)
            explicit = said.any(verbs) and (said.any(moments) or said.any(PLAN_REFERENCE))
            parts = [part("forum", unit, strong), part("taking_part", unit, strong)]
            candidates.append(
                Scored(2, "student_involvement.met", unit, strong, explicit=explicit, parts=parts)
            )
        elif weak and (
            own
            # "Planen presenteras för eleverna på klassråd": told about the plan, under any heading.
            or (text_of(weak).any(inform) and text_of(weak).any(PLAN_REFERENCE))
            or (text_of(weak).any(verbs) and (text_of(weak).any(forums) or text_of(weak).any(PLAN_REFERENCE)))
            or _responded(text_of(weak), children, forums)
        ):
            # Outside its own section, a plan moment alone ("följs upp med eleven") is an incident's
            # follow-up, and "those involved" an incident's parties: not participation in the plan.
            weak_text = text_of(weak)
            if weak_text.any(inform):
                reason = "student_involvement.information_only"
            elif _generic(weak_text, moments):
                reason = "student_involvement.general"
            elif _respondents_only(weak_text, forums, active_forums):
                # BRIEF §6.3: answering the survey the plan builds on is taking part only as respondents.
                reason = "student_involvement.respondents_only"
            else:
                reason = "student_involvement.no_forum"
            forum = weak if weak_text.any(forums) else None
            parts = [part("forum", unit, forum), part("taking_part", None, None)]
            candidates.append(Scored(1, reason, unit, weak, parts=parts))
    return best("student_involvement", candidates, ctx, req)
