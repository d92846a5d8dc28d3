"""Words several rules share: last year and this year, the plan itself, months, tenses, times."""

from __future__ import annotations

import re

from plans.checking.text import Text

PUBLISHED = ("läggs ut", "publicera", "finns på", "finns i", "posted", "published", "available on")
# What guardians take part in, outside their own section: the plan, its draft, the safety work.
GUARDIAN_PLAN_CONTEXT = ("plan", "värdegrund", "trygghetsarbete", "utkast", "draft")
# The plan itself, as the object of participation ("förslagen tog vi med i planen").
PLAN_REFERENCE = (
    "planen",
    "planens",
    "the plan",
    "this plan",
    "likabehandlingsplanen",
    "trygghetsplanen",
    # An international school's plan is often its "policy".
    "this policy",
    "the policy",
    "the anti-bullying policy",
    "equal treatment plan",
    # The plan before it is adopted: "Föräldrarådet läste utkastet".
    "utkastet",
    "the draft",
)
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
    "this policy is reviewed",
    "policy is reviewed",
    "plan is reviewed",
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
    "återblick",
    "tillbakablick",
    "föregående period",
    "förra perioden",
    "what happened",
    "how did it go",
)
PLAN_TITLE = re.compile(
    r"\bplan (?:mot|för att|för likabehandling|against)\b|likabehandlingsplan\b|trygghetsplan\b"
    r"|equal treatment plan|equal opportunities policy|equality policy|anti-bullying and"
    r"|non-discrimination and|anti-harassment plan"
)
DONE_WORDS = ("genomför", "carried out", "gjorts", "completed", "implemented")
RESULT_LABEL = re.compile(r"\b(?:resultat|effekt|utfall|result|effect|outcome|impact)\w*\s*:\s*\S")
# Past tense by its form: Swedish preterite of the first conjugation (minskade, rapporterades) and
# English regular past (reported, introduced), besides the listed irregular forms.
PAST_FORM = re.compile(
    r"\b[a-zåäö]{3,}(?:ades?|ade)\b|(?<!\bbe )(?<!\bis )(?<!\bare )\b[a-z]{3,}ed\b"
    # The past passive of other verbs: "gjordes", "genomfördes", "användes", "köptes".
    r"|\b[a-zåäö]{2,}(?:rdes|ndes|ldes|gdes|ptes|ktes|stes)\b"
    # The perfect says it is done too: "har utvärderats", "har genomförts", "har fungerat".
    r"|\b(?:har|hade|has|have)\s+(?:\w+\s+)?[a-zåäö]{3,}(?:ats|ts|at|it|tt)\b"
)


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


def has_time(raw: str, text: Text, times: tuple[str, ...]) -> bool:
    if re.search(
        r"\b(?:v\.?|vecka|week)\s?\d{1,2}\b|\b\d{4}-\d{2}(?:-\d{2})?\b|\b(?:ht|vt)\s?-?\d{2,4}\b"
        r"|\b(?:under|i|till|senast|by|in|during)\s+(?:\w+\s+)?20\d{2}\b|\b20\d{2}\)",
        text.normalised,
    ):
        return True
    return text.any(times) or text.any(MONTHS)


EVALUATION_PROPER = ("utvärder", "evaluat", "review", "ses över", "översyn")

YEAR = re.compile(r"\b(20[0-9]{2})\b")
