# ruff: noqa: E501
"""Held-out plans, English: international schools and an English-language preschool."""

from __future__ import annotations

from tests.heldout.builder import Block, Bullets, H, Look, P, Table
from tests.heldout.model import PlanDef, expect


def lakeside() -> PlanDef:
    """Complete IB-style plan, English, non-standard headings. All met."""
    blocks: list[Block] = [
        H("Lakeside International School – Equal Treatment Plan", 1),
        H("Basic information", 2),
        P(
            "This plan is valid from 1 September 2025 to 31 August 2026 and covers the Primary Years (F–5) and Middle Years (6–9) programmes and the after-school club."
        ),
        H("Who is in charge", 2),
        P(
            "The Principal, Dr Helen Carter, is responsible for the plan, for making sure it is followed and for "
            "reporting every case of degrading treatment to the school's governing body (the huvudman). The "
            "Anti-Bullying Team – the school counsellor, the school nurse and one teacher from each programme – "
            "coordinates the work and investigates cases on the Principal's behalf. Every member of staff is "
            "responsible for intervening and for passing on what they see or hear."
        ),
        H("How students shaped this plan", 2),
        P(
            "In August the Student Council read the draft and proposed two changes, both adopted: a quiet room "
            "open at lunch and clearer rules for phones in the changing rooms. Every homeroom discussed the draft "
            "in its class council in early September and sent comments through its representatives. Two student "
            "representatives sit on the Anti-Bullying Team and take part in the evaluation in May."
        ),
        H("Looking back: 2024/25", 2),
        Table(
            (
                ("Action", "What we did", "Effect"),
                (
                    "Supervision of the changing rooms",
                    "Carried out all year by PE staff",
                    "Students reporting feeling unsafe there fell from 19% to 7%",
                ),
                (
                    "Buddy scheme for new students",
                    "Carried out from September; 34 buddies trained",
                    "New students rated their first month 4.3 of 5, up from 3.6",
                ),
                (
                    "Workshops on online behaviour for Grade 7",
                    "Only one of three workshops held",
                    "No measurable change; moved to this year's plan",
                ),
            )
        ),
        H("What we found", 2),
        P(
            "Our well-being survey in April 2025 was answered by 310 of 342 students, and Grade 5 representatives "
            "led a safety walk with the counsellor in May. 89% of students say they feel safe at school. The "
            "changing rooms by the sports hall and the back stairs were named as unsafe, and several Grade 7 "
            "students reported jokes about their accent or ethnicity in group chats. We think the problems "
            "cluster where adults rarely pass and in online spaces students share outside lessons."
        ),
        H("Building a culture of respect", 2),
        P(
            "All classes have a weekly advisory lesson on the IB learner profile and respect for everyone's equal "
            "value. The library buys books reflecting different families, cultures and abilities; International "
            "Day in March celebrates the 48 nationalities in our community. Sweden recognises five national "
            "minorities – Jews, Roma, Sami, Swedish Finns and Tornedalians – and their languages Yiddish, Romani "
            "Chib, Sami, Finnish and Meänkieli. We inform families at enrolment of the right to mother-tongue "
            "tuition in a minority language, teach about the minorities in Individuals and Societies in Grade 8, "
            "and mark Sami National Day on 6 February. The Head of Pastoral Care plans these activities each term."
        ),
        H("Action plan 2025/26", 2),
        Table(
            (
                ("Risk", "Action", "Responsible", "When"),
                (
                    "Back stairs",
                    "Staff member on the back stairs at every break",
                    "Deputy Head",
                    "From week 35",
                ),
                (
                    "Comments about accent and ethnicity in group chats",
                    "Three online-behaviour workshops for Grade 7",
                    "Counsellor",
                    "October–December 2025",
                ),
                (
                    "Changing rooms",
                    "Phone lockers outside changing rooms",
                    "PE department",
                    "By 1 October 2025",
                ),
            )
        ),
        H("If something happens", 2),
        Bullets(
            (
                "Any adult who sees or hears of degrading treatment or harassment steps in at once.",
                "The adult reports to the Principal the same day using the incident form.",
                "The Principal notifies the governing body within 24 hours.",
                "The Anti-Bullying Team investigates promptly: talks with the students involved and witnesses, and contacts parents.",
                "The Principal decides on measures to stop the treatment.",
                "Everything is documented in the incident log.",
                "The team follows up with the student after two weeks and closes the case when it has stopped.",
                "If a member of staff is involved, the Principal investigates personally with HR.",
            ),
            numbered=True,
        ),
        P("Switchboard: +46 8 123 456 70 (weekdays 8–16)."),
        H("Grounds of discrimination", 2),
        P(
            "The Discrimination Act protects against discrimination linked to sex, transgender identity or expression, ethnicity, religion or other belief, disability, sexual orientation and age."
        ),
        H("Next review", 2),
        P(
            "The plan will be evaluated in May 2026. The counsellor leads the review using the spring well-being survey and a workshop with the Student Council, where students rate each action. The Principal is responsible."
        ),
        H("Parents and guardians", 2),
        P(
            "The Parent Council discussed the draft in September and parents could comment through ManageBac. The plan is presented at the autumn parents' evening and published on the school website."
        ),
    ]
    return PlanDef(
        name="lakeside_international",
        forms=("grundskola", "fritidshem"),
        blocks=blocks,
        expected=expect(),
        language="en",
        look=Look(headings="word", font="Arial", size=10),
        decoys=("+46 8 123 456 70",),
    )


def brightwater_new() -> PlanDef:
    """School opened this year; guidance left in; generic responsibility and slogans."""
    blocks: list[Block] = [
        H("Brightwater International School", 1),
        P("Plan against discrimination and degrading treatment"),
        H("Validity", 2),
        P("School year 2025/26"),
        H("Responsibility", 2),
        # Generic (BRIEF 6.2 partial).
        P("The whole staff is responsible for this plan."),
        H("Student participation", 2),
        P("[Describe how students have been involved in drawing up the plan.]", guidance=True),
        H("Evaluation of last year's plan", 2),
        # A unit that genuinely opened this year and says so (BRIEF 6.4 exception -> partial).
        P("Brightwater opened in August 2025, so there is no previous plan to evaluate."),
        H("Survey", 2),
        P("No survey has been carried out this year."),
        H("Promotive work", 2),
        # Slogans only (BRIEF 6.6 partial).
        P(
            "We have zero tolerance for bullying. Everyone should feel safe, included and respected at Brightwater."
        ),
        H("Preventive measures", 2),
        P("Insert text here", guidance=True),
        H("Procedure in case of an incident", 2),
        # Only 'contact the principal' (BRIEF 6.8 partial).
        P("Students who are treated badly should tell their class teacher, who contacts the principal."),
        H("Grounds of discrimination", 2),
        # Five grounds (BRIEF 6.9 partial).
        P(
            "We do not accept discrimination based on gender, ethnicity, religion, disability or sexual orientation."
        ),
        H("Follow-up", 2),
        # When, how and who, but students only as respondents (BRIEF 6.11 partial).
        P(
            "The plan will be evaluated in June 2026 by the leadership team, using a student questionnaire and the incident log."
        ),
        H("Information to parents", 2),
        P("Click or tap here to enter text.", guidance=True),
    ]
    return PlanDef(
        name="brightwater_new_school",
        forms=("grundskola",),
        blocks=blocks,
        expected=expect(
            responsible="partial",
            student_involvement="missing",
            previous_year_evaluation="partial",
            survey="missing",
            promotive_work="partial",
            preventive_measures="missing",
            acute_routines="partial",
            discrimination_grounds="partial",
            minority_rights="missing",
            evaluation_plan="partial",
            guardian_involvement="missing",
        ),
        guidance_keys=frozenset({"student_involvement", "preventive_measures", "guardian_involvement"}),
        language="en",
        look=Look(headings="bold", font="Georgia", size=11),
    )


def little_oaks() -> PlanDef:
    """English-language preschool (förskola): children, educators; survey methods without results."""
    blocks: list[Block] = [
        H("Little Oaks English Preschool", 1),
        P("Plan against discrimination and offensive treatment · 1 October 2025 – 30 September 2026"),
        H("Who does what", 2),
        P(
            "Our head of preschool (rektor), Emma Wright, is responsible for the plan and for reporting any case "
            "where a child has been offended to the preschool's organiser. Each group has an equality "
            "representative among the educators; all educators are responsible for noticing, stepping in and "
            "telling the head."
        ),
        H("Children's voices", 2),
        P(
            "The children took part in ways suited to their age. In the Acorn group (4–5 years) educators held "
            "small-group child interviews in May, and the children drew maps of the preschool marking happy and "
            "sad places. Their wish for a grown-up by the sandpit is now in the plan. At the children's council "
            "in March they will look at their maps again and tell us whether things have got better."
        ),
        H("Last year's plan: what happened", 2),
        Bullets(
            (
                "Calmer drop-off in the cloakroom: an educator stood in the cloakroom 7.30–8.30 from November; the younger children no longer marked it as a sad place in spring.",
                "Mixed play groups in the block corner: started in January; at our observations in April girls and boys were building together in equal numbers.",
            )
        ),
        H("How we look for risks", 2),
        # Methods named, no results (BRIEF 6.5 partial).
        P(
            "We use observations of play, child interviews, the house model and a parent questionnaire. The results have been compiled by the team."
        ),
        H("Everyday equality", 2),
        P(
            "All children may try all games and materials. Educators read books showing different families, skin "
            "colours and abilities, we sing songs in the children's home languages, and we celebrate Sami "
            "National Day on 6 February with Sami songs and stories. Sami, Swedish Finns, Tornedalians, Jews and "
            "Roma are Sweden's national minorities; families are told at enrolment about their right to preschool "
            "partly in Finnish, Meänkieli or Sami in the administrative areas, and our library bag includes books "
            "in the minority languages. The head follows this up each term."
        ),
        H("This year's actions", 2),
        Table(
            (
                ("Goal", "Action", "Responsible", "When"),
                (
                    "Children feel safe by the sandpit",
                    "One educator always by the sandpit outdoors",
                    "Acorn group team",
                    "From October 2025",
                ),
                (
                    "Every child gets into play",
                    "Play groups with an educator three times a week",
                    "Preschool teachers",
                    "Autumn 2025 and spring 2026",
                ),
            )
        ),
        H("If a child is offended", 2),
        P(
            "The educator steps in at once and comforts the child, and tells the head the same day. The head reports "
            "to the organiser and makes sure the case is investigated: educators talk with the children and with "
            "their parents. Measures are agreed with the team, everything is documented on the preschool's form, "
            "and the team follows up after two weeks. If an adult has offended a child, the head investigates."
        ),
        H("Grounds of discrimination", 2),
        P(
            "Sex, transgender identity or expression, ethnicity, religion or other belief, disability, sexual orientation, age."
        ),
        H("Reviewing the plan", 2),
        P(
            "The plan is followed up in January and evaluated in September 2026 by the head and the equality representatives. The children take part through new child interviews and maps in May."
        ),
        H("Parents", 2),
        P(
            "Parents read the draft in our app and sent comments; at the October parents' meeting we discuss the plan and parents on the parent council can propose changes."
        ),
    ]
    return PlanDef(
        name="little_oaks_preschool_en",
        forms=("förskola",),
        blocks=blocks,
        expected=expect(survey="partial"),
        language="en",
        look=Look(headings="rubrik_outline", font="Verdana", size=10),
    )


def nordic_international() -> PlanDef:
    """English, a case study with identity numbers; four grounds; evaluation only 'every year'."""
    blocks: list[Block] = [
        H("NORDIC INTERNATIONAL SCHOOL", 1),
        H("Plan against discrimination and degrading treatment 2025/2026", 2),
        H("Roles and responsibilities", 2),
        P(
            "The Head of School, Mr Lars Bergman, is responsible for the plan and for reporting incidents to the "
            "organiser. The Safety Team (counsellor, nurse, two teachers) leads the prevention work and "
            "investigates incidents. All staff intervene and report to the Head of School."
        ),
        H("Student voice", 2),
        P(
            "The Student Council held a workshop on the draft in August and class representatives collected "
            "ideas from every class; the council's proposal for a buddy bench is included."
        ),
        H("Assessment of measures", 2),
        P(
            "Last year's three actions were carried out. Break-time supervision on the football pitch reduced "
            "reported conflicts from 23 to 9. The anti-racism week in Year 8 was held in November; in the spring "
            "survey fewer students in Year 8 reported racist jokes (14% compared with 25%). Lockers outside the "
            "changing rooms were installed in January and no incidents with phone photos have been reported since."
        ),
        H("Current situation", 2),
        P(
            "Sources: the spring well-being survey (answered by 402 of 450 students), a safety walk with the "
            "Student Council, and the incident log. 87% feel safe. Unsafe spots named: the bus stop after school "
            "and the corridor outside the canteen. Incidents mostly concern name-calling linked to religion. Our "
            "analysis is that the canteen queue mixes age groups without staff and that religious holidays trigger "
            "comments in class chats."
        ),
        H("Promoting equal rights", 2),
        P(
            "Weekly advisory sessions on respect and inclusion (homeroom teachers); a world religions day in "
            "March organised by the Religious Studies department; mixed seating in the canteen for Years 1–3 "
            "(canteen supervisors)."
        ),
        H("Timeline of actions", 2),
        Table(
            (
                ("Action", "Responsible", "When"),
                ("Staff member at the bus stop 15.00–15.30", "Deputy Head", "From week 34"),
                ("Staggered canteen times by age group", "Head of School", "From 1 September 2025"),
                (
                    "Lessons on religion and respect before major holidays",
                    "RS teachers",
                    "Ahead of each holiday",
                ),
            )
        ),
        H('Procedure in case of an incident – "Always act"', 2),
        Bullets(
            (
                "Stop the behaviour immediately.",
                "Report to the Head of School the same day.",
                "The Head of School reports to the organiser.",
                "The Safety Team investigates and talks to everyone involved; parents are informed.",
                "Measures are decided and documented in the incident log.",
                "Follow-up after two weeks.",
            ),
            numbered=True,
        ),
        H("Case study used in staff training", 3),
        P(
            "A Year 6 student (personal identity number 1407187655) was excluded from a group chat; a new student "
            "with coordination number 130378-2468 was called names in the canteen. Both cases followed the steps above."
        ),
        H("Grounds of discrimination", 2),
        # Four grounds (BRIEF 6.9 partial).
        P(
            "Our school does not tolerate discrimination on the basis of gender, ethnicity, religion or disability."
        ),
        H("Evaluation", 2),
        # 'Every year' only (BRIEF 6.11 partial).
        P("The plan is evaluated every year."),
        H("To parents", 2),
        P(
            "Parents can comment on the plan at the autumn parents' meeting and through the parent survey in February; the plan is on the website."
        ),
    ]
    return PlanDef(
        name="nordic_international_ids",
        forms=("grundskola",),
        blocks=blocks,
        # Validity only as a school year in the title line -> met (BRIEF 6.1: a bare school year is met).
        expected=expect(
            discrimination_grounds="partial", minority_rights="missing", evaluation_plan="partial"
        ),
        language="en",
        look=Look(headings="caps", font="Arial", size=11),
        identity_numbers=("1407187655", "130378-2468"),
    )


PLANS = [lakeside, brightwater_new, little_oaks, nordic_international]
