# ruff: noqa: E501
"""Held-out plans, part D: validity, responsibility and promotive work at their weak ends."""

from __future__ import annotations

from tests.heldout import stock
from tests.heldout.builder import Block, Bullets, H, Look, P, Table
from tests.heldout.model import PlanDef, expect


def vikinga_no_dates() -> PlanDef:
    """No period anywhere, nobody named responsible, promotive work is copied curriculum text."""
    blocks: list[Block] = [
        P("Vikingaskolan", bold=True),
        P("Plan mot kränkande behandling", bold=True),
        H("Eleverna"),
        P(
            "Klassråden diskuterade utkastet i september och elevrådet lämnade förslag som nu finns med bland "
            "åtgärderna. Elevrådet är med när planen utvärderas i maj."
        ),
        H("Hur gick det?"),
        *stock.previous_year(2),
        H("Nuläge"),
        *stock.survey(2),
        H("Värdegrund"),
        # Curriculum text only (BRIEF 6.6 partial).
        P(
            "Skolan ska aktivt och medvetet påverka och stimulera eleverna att omfatta vårt samhälles "
            "gemensamma värderingar. Ingen ska i skolan utsättas för diskriminering. Alla tendenser till "
            "trakasserier och kränkande behandling ska aktivt motverkas."
        ),
        H("Åtgärder"),
        Table(
            (
                ("Åtgärd", "Ansvarig", "När"),
                ("Rastaktiviteter tre dagar i veckan", "Fritidspersonalen", "Ht 2025 och vt 2026"),
                ("Vuxen vid matsalskön", "Mentorerna enligt schema", "Från skolstart"),
            )
        ),
        H("Om något händer"),
        # No rektor, no huvudman (BRIEF 6.8 partial).
        P(
            "Personalen ingriper, pratar med eleverna och kontaktar hemmen. Händelsen dokumenteras och följs upp efter två veckor."
        ),
        H("Diskrimineringsgrunderna"),
        *stock.grounds(1),
        H("Minoriteter"),
        *stock.minorities(1),
        H("Utvärdering"),
        P(
            "Planen utvärderas i maj 2026 av arbetslagen tillsammans med elevrådet, som går igenom varje åtgärd utifrån vårens enkät."
        ),
        H("Hemmen"),
        *stock.guardians(1),
    ]
    return PlanDef(
        name="vikinga_no_dates",
        forms=("grundskola",),
        blocks=blocks,
        # No plan period anywhere (BRIEF 6.1 missing). Measure owners are not responsibility for the plan
        # (BRIEF 6.2 pitfall) -> responsible missing.
        expected=expect(
            validity_period="missing",
            responsible="missing",
            promotive_work="partial",
            acute_routines="partial",
        ),
        look=Look(headings="bold", font="Palatino Linotype", size=11, lists="dash"),
    )


def ornas_adopted_only() -> PlanDef:
    """Only an adoption date; no promotive section; grounds with accepted slips ('och', 'etnicitet')."""
    blocks: list[Block] = [
        H("Ornässkolan 4–9 – Plan mot diskriminering och kränkande behandling", 1),
        P("Beslutad av rektor 2025-09-15"),
        H("Rektors ansvar", 2),
        P("Rektor Jenny Ahlström ansvarar för att planen följs och att kränkningar anmäls till huvudmannen."),
        H("Personalens ansvar", 2),
        P("All personal ska ingripa, anmäla till rektor och medverka i utredningar."),
        H("Elevernas medverkan", 2),
        *stock.students(1),
        H("Uppföljning av föregående års plan", 2),
        *stock.previous_year(1),
        H("Resultat och analys", 2),
        *stock.survey(1),
        H("Åtgärder för läsåret", 2),
        *stock.measures_table(1),
        H("Arbetsgång", 2),
        *stock.acute(2),
        H("Diskrimineringsgrunderna", 2),
        # 'religion och annan trosuppfattning' and 'etnicitet' are accepted variants (BRIEF 2.4).
        Bullets(
            (
                "kön",
                "könsöverskridande identitet eller uttryck",
                "etnicitet",
                "religion och annan trosuppfattning",
                "funktionsnedsättning",
                "sexuell läggning",
                "ålder",
            )
        ),
        H("Nationella minoriteter", 2),
        # Named without any action (BRIEF 6.10 partial); kept action-free so no promotive work leaks in.
        P("De nationella minoriteterna är judar, romer, samer, sverigefinnar och tornedalingar."),
        H("Utvärdering av årets plan", 2),
        *stock.evaluation_plan(2),
        H("Vårdnadshavare", 2),
        *stock.guardians(0),
    ]
    return PlanDef(
        name="ornas_adopted_only",
        forms=("grundskola",),
        blocks=blocks,
        # Only an adoption date, no end (BRIEF 6.1 partial). No promotive work at all (measures are
        # all risk-based) -> missing.
        expected=expect(validity_period="partial", promotive_work="missing", minority_rights="partial"),
        look=Look(headings="rubrik_outline", font="Calibri", size=11),
        decoys=("2025-09-15",),
    )


def northbridge_until_further() -> PlanDef:
    """English upper-secondary plan valid 'until further notice'."""
    blocks: list[Block] = [
        H("Northbridge IB Upper Secondary – Equal Opportunities Policy", 1),
        P("Adopted 15 January 2025. Valid until further notice."),
        H("Roles and responsibilities", 2),
        P(
            "The Principal, Ms Sara Lindgren, is responsible for this policy and for reporting incidents to the "
            "organiser. The Deputy Principal chairs the Equality Team (counsellor, nurse, three teachers), which "
            "investigates cases and leads the preventive work. All staff must intervene and report."
        ),
        H("Student union", 2),
        P(
            "The student union board reviewed the policy in a workshop in September and added a section on "
            "social media; class representatives collected comments from every class. The union takes part in the "
            "spring follow-up."
        ),
        H("Review of last year's measures", 2),
        P(
            "Mentor talks about harassment in Year 1 were held in every mentor group in the autumn; afterwards 82% "
            "of Year 1 students said they knew whom to turn to, up from 61%. Extra lighting at the bike shed was "
            "installed in November and the shed is no longer named as unsafe. The planned staff training on sexual "
            "harassment was postponed and is now in this year's actions."
        ),
        H("Where are the risks?", 2),
        P(
            "The student survey in March (answered by 74%) and the union's safety walk showed that the "
            "stairwell to the gym and group chats are where most students experience unpleasant comments, often "
            "about sex and sexual orientation. We believe the chats lack adult presence and shared norms."
        ),
        H("Promoting equal rights", 2),
        P(
            "A theme week on equal rights in October for all year groups, organised by the social studies teachers, and a yearly Pride seminar led by the student union with staff support."
        ),
        H("Actions", 2),
        Table(
            (
                ("Action", "Responsible", "When"),
                ("Staff training on sexual harassment", "Principal", "Staff day, 24 October 2025"),
                ("Adult presence in the gym stairwell at breaks", "PE department", "From week 36"),
                ("Norms for class chats agreed in each mentor group", "Mentors", "September 2025"),
            )
        ),
        H("Who should I turn to?", 2),
        P(
            "Any adult who learns that a student feels harassed or degraded acts at once and reports to the "
            "Principal the same day. The Principal reports to the organiser, and the Equality Team investigates "
            "promptly, talking with everyone involved. Measures are decided by the Principal, everything is "
            "documented in the case system, and the student is contacted again after two weeks. Cases involving "
            "staff are investigated by the Principal."
        ),
        H("Grounds of discrimination", 2),
        P(
            "Sex, transgender identity or expression, ethnicity, religion or other belief, disability, sexual orientation and age."
        ),
        H("National minorities", 2),
        P(
            "Jews, Roma, Sami, Swedish Finns and Tornedalians are Sweden's national minorities. Students may study "
            "their minority language as mother-tongue tuition; we inform about this at admission, and history "
            "courses include the minorities' history and the harassment they have faced."
        ),
        H("Evaluation", 2),
        P(
            "The Equality Team evaluates the policy in May 2026 together with the student union, using the March survey and the case log; the Principal is responsible."
        ),
        H("Guardians", 2),
        P(
            "Guardians of students under 18 are informed at the Year 1 parents' evening, where they can also give their views; the policy is on the website."
        ),
    ]
    return PlanDef(
        name="northbridge_until_further_notice",
        forms=("gymnasieskola",),
        blocks=blocks,
        # 'Valid until further notice' (BRIEF 6.1 partial).
        expected=expect(validity_period="partial"),
        language="en",
        look=Look(headings="word", font="Cambria", size=11),
    )


PLANS = [vikinga_no_dates, ornas_adopted_only, northbridge_until_further]
