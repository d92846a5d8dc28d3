"""guardian_involvement (BRIEF §6.12): guardians informed, and able to take part and influence.

Met: the plan says how guardians take part or influence it (they give their views, discuss a draft,
answer a guardians' survey, sit in a council that does so). Informed only — the plan on the
website, presented at a parents' meeting — is partial. Outside the guardians' own section a
sentence must name the guardians and the plan or the school's safety work: "guardians are
contacted the same day" in an incident routine is no involvement in the plan, but a plain
sentence in a shared section ("Delaktighet och förankring") that says they discussed the draft is.
"""

from __future__ import annotations

from plans.checking.rules.evidence import Scored, best, content_units, part
from plans.checking.rules.results import RuleResult
from plans.checking.rules.units import Context, Unit, heading_score, sentences
from plans.checking.rules.vocabulary import GUARDIAN_PLAN_CONTEXT, PLAN_REFERENCE, PUBLISHED
from plans.checking.spec import RequirementSpec
from plans.checking.text import Text, text_of

PARTS = ("information", "influence")
# Where guardians meet the school: a channel, not by itself influence ("planen presenteras på
# föräldramötet" informs; "föräldrarna diskuterade utkastet på föräldramötet" takes part).
CHANNELS = (
    "föräldramöte",
    "utvecklingssamtal",
    "föräldraråd",
    "brukarråd",
    "skolråd",
    "parent meeting",
    "parents' meeting",
    "parents evening",
    "council",
)
# Surveys count when the guardians answer them, not when they hear about the students' one.
SURVEYS = ("enkät", "survey", "questionnaire")
TAKING_PART = (
    "diskuter",
    "föreslog",
    "föreslagit",
    "gick igenom",
    "går igenom",
    "gått igenom",
    "fick tycka",
    "får tycka",
    "lämnade",
    "lämnat",
    "lämna ",
    "tyckte",
    "tycka",
    "tyckt",
    "förslag",
    "påverk",
    "synpunkt",
    "samråd",
    "röstade",
    "svarade",
    "svarat",
    "besvar",
    "bidrog",
    "bidra",
    "deltog",
    "deltar",
    "delaktig",
    "medverk",
    "discuss",
    "suggest",
    "views",
    "comment",
    "feedback",
    "took part",
    "take part",
    "involved",
    "answered",
    "responded",
    "contribut",
    "gave their",
    "asked for",
)
CHILDREN = ("elev", "barn", "student", "pupil", "children")
GUARDIAN_SURVEYS = (
    "föräldraenkät",
    "vårdnadshavarenkät",
    "parent survey",
    "parents' survey",
    "parent questionnaire",
)


def guardian_involvement(ctx: Context, req: RequirementSpec) -> RuleResult:
    guardians, influence, info = req.signal("guardians"), req.signal("influence"), req.signal("information")
    influence_words = tuple(s for s in influence if s not in CHANNELS and s not in SURVEYS)
    candidates: list[Scored] = []
    informed: tuple[Unit, str] | None = None
    for unit in content_units(ctx):
        own = heading_score(unit, req) == 2 or text_of(unit.heading).any(guardians)
        # "Elevernas och vårdnadshavarnas delaktighet" and "Delaktighet och förankring" serve both:
        # there the sentence names whom.
        shared = own and (text_of(unit.heading).any(CHILDREN) or len(ctx.owner(unit)[1]) > 1)
        own = own and not shared
        named = own or unit.text.any(guardians)
        if not named and (informed is not None or not unit.text.any(PUBLISHED)):
            continue  # no sentence here names the guardians, and none can publish the plan
        for sentence in sentences(unit):
            text = text_of(sentence)
            if not own and not (named and text.any(guardians)):
                if informed is None and _published(text, info):
                    informed = (unit, sentence)  # "planen finns på hemsidan": information to the homes
                continue
            about_plan = text.any(GUARDIAN_PLAN_CONTEXT) or text.any(PLAN_REFERENCE)
            if not own and not (about_plan or text.any(GUARDIAN_SURVEYS)):
                continue
            takes_part = (
                text.any(influence_words)
                or text.any(GUARDIAN_SURVEYS)
                or ((text.any(CHANNELS) or text.any(SURVEYS)) and text.any(TAKING_PART))
            )
            if takes_part and not _only_told(text):
                parts = [part("influence", unit, sentence)]
                if informed is not None:
                    parts.append(part("information", informed[0], informed[1]))
                explicit = own or about_plan
                candidates.append(
                    Scored(2, "guardian_involvement.met", unit, sentence, explicit=explicit, parts=parts)
                )
                break
            if informed is None and (
                text.any(info) or text.any(CHANNELS) or _published(text, info) or text.any(SENT)
            ):
                informed = (unit, sentence)
    if informed is not None:
        unit, sentence = informed
        candidates.append(
            Scored(
                1,
                "guardian_involvement.information_only",
                unit,
                sentence,
                explicit=True,
                parts=[part("information", unit, sentence)],
            )
        )
    for scored in candidates:
        if scored.rank == 2 and informed is not None and len(scored.parts) == 1:
            scored.parts.append(part("information", informed[0], informed[1]))
    return best("guardian_involvement", candidates, ctx, req)


# The plan handed to the homes: information too (BRIEF §6.12 partial).
SENT = (
    "skickas hem",
    "skickas ut",
    "skickades hem",
    "delas ut",
    "mejlas",
    "sent home",
    "emailed to",
    "sent to",
)


def _published(text: Text, info: tuple[str, ...]) -> bool:
    return text.any(PLAN_REFERENCE) and text.any(PUBLISHED) and text.any(info)


# Being told about the plan ("informeras om", "presenteras för") is information, unless the same
# sentence also gives them a say ("… och kan lämna synpunkter").
TOLD = (
    "informeras",
    "informerades",
    "presenteras",
    "presenterades",
    "are informed",
    "is presented",
    "will be shared",
)


def _only_told(text: Text) -> bool:
    return text.any(TOLD) and not text.any(TAKING_PART)
