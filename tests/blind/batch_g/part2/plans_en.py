"""Plans 08-11: English plans of international schools in Sweden (10 is bilingual)."""

from docx.enum.text import WD_ALIGN_PARAGRAPH

from wordkit import Plan, png


# ---------------------------------------------------------------------------------- 08
def plan08(out):
    fn = "g2_08_nordic-international-ib.docx"
    pl = Plan(
        "Plan against discrimination and degrading treatment 2025-26", lang="en", author="Claire Whitfield"
    )
    sec = pl.doc.sections[0]
    pl.header_text(
        sec.header,
        "Nordic International School Lindholmen · Plan against discrimination and "
        "degrading treatment 2025–26",
    )
    pl.page_field(sec.footer.paragraphs[0], prefix="Page ")

    logo = png(48, 24, [(0, 70, 127), (255, 205, 0), (0, 70, 127)])
    pl.picture(
        logo,
        4.0,
        alt="Nordic International School Lindholmen logo: a blue and yellow shield",
        name="Logo NISL",
    )
    pl.title("Plan against discrimination and degrading treatment")
    pl.p(
        "Nordic International School Lindholmen – IB Primary Years and Middle Years Programme",
        size=13,
        bold=True,
    )
    pl.p("Preschool class, Grades 1–9 and the after-school programme (fritidshem)")
    pl.p("Valid from 18 August 2025 to 17 August 2026 (school year 2025–26)")
    pl.p("School unit code 45602918 · Nordic International Schools AB, org. no. 556891-2041")

    pl.h("Our commitment", 1)
    pl.p(
        "Nordic International School Lindholmen is an IB World School in Gothenburg with 540 students from "
        "more than 50 countries. The IB learner profile asks our students to be caring, open-minded and "
        "principled, and this plan describes how we make that real in everyday school life: how we find out "
        "whether students are safe, what we will do this year to reduce risks, and what happens when a "
        "student is treated badly. The plan is both our plan against degrading treatment under the Swedish "
        "Education Act (Skollagen 6 kap. 8 §) and our documentation of active measures under the "
        "Discrimination Act (SFS 2008:567)."
    )

    pl.h("Responsibilities", 1)
    pl.p(
        "The Head of School, Claire Whitfield, is responsible for this plan: that it is drawn up, followed up "
        "and revised every year together with students and staff, that all staff know it, and that every "
        "report of degrading treatment is reported to the school's governing body and investigated. The "
        "Pastoral Lead, Daniel Eriksson, chairs the Wellbeing Team (the school counsellor, the school nurse, "
        "the PYP and MYP coordinators and a representative of the after-school programme), which coordinates "
        "the survey and the action plan and investigates reported cases. Homeroom teachers are responsible "
        "for going through the plan with their classes. All staff must intervene when they see a student "
        "being treated badly and report it to the Head of School the same day. Nordic International Schools "
        "AB, as the school's principal organiser (huvudman), is responsible for making sure the plan exists "
        "and that reports are investigated promptly."
    )

    pl.h("How students took part", 1)
    pl.p(
        "Students have been involved in drawing up, following up and reviewing the plan. The Student "
        "Council, with two representatives from each grade 3–9, went through last year's actions in May and "
        "gave their view of what had changed. In April, every homeroom in grades 2–9 did a safety walk and "
        "marked safe and unsafe places on a map of the school; the Student Council's wellbeing committee "
        "summarised the maps and presented them to the Wellbeing Team. In August, the draft plan was "
        "discussed in homeroom meetings (class councils) in all grades, and the younger students in the "
        "preschool class and grade 1 talked about their favourite and least favourite places with pictures. "
        "Three suggestions from the class councils are included in the action plan below. Two students from "
        "the Student Council sit on the Wellbeing Team during the follow-up in December and the evaluation "
        "in May."
    )

    pl.h("Parents and guardians", 1)
    pl.p(
        "The draft plan was presented to the Parent Teacher Association (PTA) at its September meeting, and "
        "the PTA's wellbeing group sent written comments which the Wellbeing Team has considered; one of them "
        "led to the contact list being translated into Swedish and Arabic. Parents answered the school's "
        "annual parent survey in March. The plan is presented at the autumn parent evenings, published on "
        "the school website and in ManageBac, and parents are invited to send comments to the Pastoral Lead "
        "at any time."
    )

    pl.h("Looking back at last year's plan", 1)
    pl.p("The Wellbeing Team and the Student Council evaluated last year's actions in May and June 2025.")
    pl.table(
        [
            ["Action 2024–25", "What we did", "Effect"],
            [
                "Adult supervision in the MYP corridor between lessons",
                "Rota of two teachers at every lesson change from September; kept all year",
                "Students in grades 6–9 who feel safe in the corridor rose "
                "from 74 % to 85 %; reports from the corridor fell from 14 to 6",
            ],
            [
                "Workshops on online behaviour for grades 5–7",
                "Counsellor ran three workshops per class in October–November",
                "Fewer reports about group chats (from 11 to 7); students say they know how to "
                "report, but name-calling in chats continues",
            ],
            [
                "Buddy system for new students arriving mid-year",
                "Started in January; 23 new students got a buddy",
                "New students' wellbeing at the 6-week check was higher than the year before; two buddies did not "
                "work out and were changed",
            ],
            [
                "Swedish-language social activities at lunch",
                "Not carried out – the activity leader left in the autumn",
                "No effect to report; moved to this year's plan",
            ],
        ],
        widths=[4.5, 5.5, 6],
    )

    pl.h("Our survey", 1)
    pl.p(
        "We used the school's wellbeing survey (March 2025, answered by 468 of 512 students in grades 1–9), "
        "the parent survey (211 answers), the safety walks, the 38 reports of degrading treatment in 2024–25 "
        "and the school nurse's health conversations in grades 4 and 7. The survey includes questions on all "
        "seven grounds of discrimination."
    )
    pl.p(
        "Overall, 89 % of students feel safe at school. The lowest figures are for the changing rooms at the "
        "sports hall (71 %), the toilets by the dining hall (76 %) and the after-school programme's outdoor "
        "area at pick-up time (78 %). Nine per cent of students in grades 6–9 say they have been teased "
        "because of their nationality, language or skin colour, and students who do not speak Swedish say "
        "they are left out in mixed games. Girls in grades 7–9 report comments about their bodies more "
        "often than boys. Our analysis is that risks arise where adults are few and students are many – "
        "changing, toilets, pick-up – and that language groups tend to stay together, which makes exclusion "
        "along language lines easy."
    )

    pl.h("Promoting equal rights and opportunities", 1)
    pl.p(
        "Our promotive work is for all students and runs all year. Every homeroom has a weekly wellbeing "
        "lesson based on the IB learner profile, and each grade works with the grounds of discrimination in "
        "a unit of inquiry (PYP) or in Individuals and Societies (MYP). International Day in March lets "
        "students present their languages and cultures; the library buys books in students' home languages "
        "and stories with different families, abilities and beliefs; and MYP students take part in Mentors "
        "in Violence Prevention (MVP) sessions in grade 8. Responsible: homeroom teachers, the librarian and "
        "the MYP coordinator."
    )

    pl.h("Action plan", 1)
    pl.table(
        [
            ["Risk from the survey", "Goal", "Action", "Responsible", "When", "Follow-up"],
            [
                "Changing rooms",
                "At least 85 % feel safe",
                "PE teachers present before and after each lesson; "
                "phones left in a box; single changing cubicles",
                "PE department (Anna Berg)",
                "From week 34",
                "December and May",
            ],
            [
                "Toilets by the dining hall",
                "No reports from the toilets",
                "Lunch supervisor rota includes the toilet corridor",
                "Pastoral Lead",
                "From September",
                "Wellbeing Team, December",
            ],
            [
                "Pick-up time outdoors",
                "Calmer pick-up",
                "Two staff outside 15.30–17.00; clear pick-up zone",
                "After-school coordinator Leila Nasser",
                "October",
                "Parent survey March",
            ],
            [
                "Exclusion along language lines",
                "Mixed-language play at lunch",
                "Swedish-language lunch club twice a week (carried over from last year)",
                "Swedish department",
                "Start week 37",
                "Student Council, May",
            ],
            [
                "Comments about bodies (grades 7–9)",
                "Students recognise sexual harassment and report it",
                "Three lessons on consent and sexual harassment",
                "School counsellor Maya Lind",
                "Weeks 45–48",
                "Survey question, March",
            ],
        ],
        widths=[2.8, 2.6, 3.8, 2.8, 2, 2.2],
    )

    pl.h("Grounds of discrimination", 1)
    pl.p(
        "The Discrimination Act protects against discrimination connected to sex, transgender identity or "
        "expression, ethnicity, religion or other belief, disability, sexual orientation and age. Harassment "
        "and sexual harassment are also forbidden. Degrading treatment is behaviour that violates a student's "
        "dignity without being connected to one of these grounds."
    )

    pl.h("National minorities", 1)
    pl.p(
        "Sweden's five national minorities are Jews, Roma, Sami, Sweden Finns and Tornedalians, and the "
        "minority languages are Yiddish, Romani Chib, Sami, Finnish and Meänkieli."
    )

    pl.h("What we do if something happens", 1)
    pl.numbered(
        [
            "Any adult who sees or hears about degrading treatment, harassment or sexual harassment steps in "
            "straight away and makes it stop.",
            "The adult reports it to the Head of School the same day using the online incident form.",
            "The Head of School reports it to the principal organiser (Nordic International Schools AB) within "
            "24 hours.",
            "The Pastoral Lead or a member of the Wellbeing Team investigates promptly: talks to the student who "
            "was affected, the students involved and witnesses, and contacts parents the same day.",
            "The Head of School decides on measures to stop the behaviour.",
            "Everything is documented in the incident system.",
            "The Pastoral Lead follows up with the student after one week and again after a month.",
        ]
    )
    pl.p(
        "If a student is treated badly by a member of staff, the Head of School investigates; if it concerns "
        "the Head of School, the principal organiser investigates."
    )
    pl.p(
        "Who can I talk to? Your homeroom teacher, Pastoral Lead Daniel Eriksson "
        "(daniel.eriksson@nisl.se, +46 31 762 40 12), counsellor Maya Lind (+46 31 762 40 15), school nurse "
        "Peter Ahl (+46 31 762 40 16) or Head of School Claire Whitfield (+46 31 762 40 00)."
    )

    pl.h("Follow-up and evaluation of this plan", 1)
    pl.p(
        "The Wellbeing Team, with two Student Council representatives, follows up the action plan in December "
        "2025. The plan is evaluated in May 2026: the Student Council and homeroom meetings assess each "
        "action, and the Wellbeing Team compares with the March wellbeing survey and the year's reports. The "
        "Pastoral Lead is responsible for writing the evaluation into next year's plan."
    )
    pl.save(out / fn)
    return fn


# ---------------------------------------------------------------------------------- 09
def plan09(out):
    fn = "g2_09_kingsbridge-british-school.docx"
    pl = Plan("Plan against discrimination and offensive treatment", lang="en", author="Kingsbridge")
    sec = pl.doc.sections[0]
    pl.header_text(sec.header, "Kingsbridge British School Uppsala", align=WD_ALIGN_PARAGRAPH.CENTER)

    pl.title("Plan against discrimination and offensive treatment")
    pl.p("Kingsbridge British School Uppsala – Reception to Year 9", size=13, bold=True)
    pl.p("This plan is valid from 1 September 2025 until a new plan has been adopted.")

    pl.h("Mission and vision", 1)
    pl.p(
        "At Kingsbridge we believe every child deserves to feel safe, happy and valued. We are a caring "
        "community where kindness comes first, and we have zero tolerance of bullying. Our school values – "
        "Respect, Responsibility, Resilience – guide everything we do."
    )

    pl.h("Roles and responsibilities", 1)
    pl.p(
        "The Head of School, Mr Jonathan Pryce, is responsible for the plan and for ensuring that all staff "
        "follow it. The Pastoral Lead, Mrs Sarah Holm, leads the Anti-Bullying Team and is responsible for "
        "investigating reports and keeping records. Form tutors are responsible for their form group's "
        "wellbeing. All staff are responsible for challenging unkind behaviour."
    )

    pl.h("Pupil participation", 1)
    pl.p(
        "Pupils in Years 3–9 complete the school's wellbeing questionnaire every spring. The plan is shared "
        "with pupils at a whole-school assembly in September and form tutors go through the pupil-friendly "
        "version with their forms."
    )

    pl.h("Parents", 1)
    pl.p("The plan is available on the school website and a copy can be requested from the school office.")

    pl.h("Looking back at last year's plan", 1)
    pl.p(
        "Last year's plan was reviewed by the Senior Leadership Team in June. Overall the plan worked well "
        "and the school remains a safe place. Most of the actions were carried out, and staff feel that "
        "playground behaviour has improved. We will continue with the work."
    )

    pl.h("Our survey", 1)
    pl.p(
        "The wellbeing questionnaire was completed in March 2025 by 286 of 310 pupils in Years 3–9. 91 % of "
        "pupils said they feel safe at school. Pupils in Years 7–9 feel least safe in the stairwell by the "
        "science block (73 %) and in the changing rooms (76 %). 18 % of pupils in Years 5–6 said they had "
        "been left out of games at lunchtime, and Year 8 girls reported unkind comments in group chats. We "
        "think the stairwell and the changing rooms are places with little adult presence, and that "
        "lunchtime exclusion is linked to the football pitch being dominated by older boys."
    )

    pl.h("Action plan", 1)
    pl.table(
        [
            ["Area", "Action"],
            ["Stairwell by the science block", "More adult presence at break times"],
            ["Changing rooms", "Review supervision arrangements"],
            ["Lunchtime games", "Introduce a football rota and quiet-area activities"],
            ["Online behaviour", "E-safety lessons for Years 7–9"],
        ],
        widths=[5, 11],
    )

    pl.h("Procedure in case of an incident – “Always act”", 1)
    pl.numbered(
        [
            "Any adult who witnesses or is told about bullying or offensive treatment must intervene immediately.",
            "The adult informs the form tutor and the Pastoral Lead the same day.",
            "The Pastoral Lead investigates by talking to the pupils involved separately. Parents are contacted.",
            "The Pastoral Lead decides on measures together with the Head of School.",
            "The Pastoral Lead records the incident and the measures on the school's incident log.",
            "A follow-up meeting is held with the pupil after two weeks.",
        ]
    )
    pl.p(
        "Who should I turn to? Pupils can talk to any adult they trust, their form tutor, Mrs Sarah Holm "
        "(Pastoral Lead, 018-471 30 22) or the school counsellor, Mr Ali Rezaei (018-471 30 25)."
    )

    pl.h("Equal Opportunities Policy", 1)
    pl.p(
        "Kingsbridge does not accept discrimination or harassment because of gender, ethnicity, religion, "
        "disability or sexual orientation. All pupils have equal access to the curriculum, trips and clubs."
    )

    pl.h("Review of this plan", 1)
    pl.p("The plan is reviewed annually by the Senior Leadership Team.")
    pl.save(out / fn)
    return fn


# ---------------------------------------------------------------------------------- 10
def plan10(out):
    fn = "g2_10_skogsas-tvasprakig.docx"
    pl = Plan(
        "Plan mot diskriminering och kränkande behandling / Plan against discrimination and degrading "
        "treatment 2026/27",
        lang="sv",
        author="Elisabeth Carter",
    )
    sec = pl.doc.sections[0]
    pl.header_text(sec.header, "Skogsåsens internationella skola · Skogsås International School")
    pl.page_field(sec.footer.paragraphs[0], prefix="Sida/Page ")

    def both(sv, en):
        pl.p(sv)
        pl.p(en, italic=True)

    pl.title("Plan mot diskriminering och kränkande behandling")
    pl.p("Plan against discrimination and degrading treatment", size=16, italic=True)
    pl.p("Skogsåsens internationella skola / Skogsås International School, Västerås", size=13, bold=True)
    pl.p(
        "Förskoleklass, grundskola åk 1–9 och fritidshem / Preschool class, Grades 1–9 and after-school centre"
    )
    pl.p("Planen gäller 2026-08-17 – 2027-08-16 · Valid 17 August 2026 – 16 August 2027")
    pl.p("Huvudman: Skogsås Utbildning AB, org.nr 556734-0194 · Skolenhetskod 91827364")

    pl.h("Ansvar / Responsibility", 1)
    both(
        "Rektor Elisabeth Carter ansvarar för att planen upprättas, följs upp och revideras varje år och för "
        "att all personal känner till den. Rektor anmäler kränkningar till huvudmannen och ser till att de "
        "utreds. Trygghetsgruppen – biträdande rektor Jonas Ahlberg (sammankallande), kurator Fatima "
        "Osmani, skolsköterska Karin Bergh och en lärare från varje stadium – samordnar arbetet. All personal "
        "ansvarar för att ingripa och anmäla.",
        "Principal Elisabeth Carter is responsible for drawing up, following up and revising the plan every "
        "year and for making sure all staff know it. The principal reports incidents to the school's owner "
        "and makes sure they are investigated. The Safety Team – deputy principal Jonas Ahlberg (convenor), "
        "counsellor Fatima Osmani, school nurse Karin Bergh and one teacher from each stage – coordinates the "
        "work. All staff must intervene and report.",
    )

    pl.h("Elevernas delaktighet / Student participation", 1)
    both(
        "Elevrådet har deltagit i trygghetsvandringen i april och i att ta fram årets åtgärder. Klassråden i "
        "alla årskurser har diskuterat utkastet i augusti och lämnat förslag, och elevrådet har läst den "
        "färdiga planen innan den fastställdes. De yngsta eleverna har ritat sina "
        "trygga och otrygga platser tillsammans med fritidspersonalen.",
        "The Student Council took part in the safety walk in April and in deciding this year's actions. "
        "Class councils in all grades discussed the draft in August and made suggestions, and the Student "
        "Council read the final plan before it was adopted. The youngest students "
        "drew their safe and unsafe places together with the after-school staff.",
    )

    pl.h("Vårdnadshavare / Parents and guardians", 1)
    both(
        "Utkastet presenterades för skolrådet i september, där vårdnadshavare från båda språkgrupperna "
        "lämnade synpunkter. Vårdnadshavarna svarar på skolans vårdnadshavarenkät i mars och planen "
        "publiceras på skolans webbplats och i SchoolSoft, där man kan lämna kommentarer.",
        "The draft was presented to the School Council in September, where parents from both language "
        "groups gave comments. Parents answer the school's parent survey in March, and the plan is published "
        "on the school website and in SchoolSoft, where comments can be left.",
    )

    pl.h("Utvärdering av förra årets plan / Evaluation of last year's plan", 1)
    both(
        "Ingen utvärdering av förra årets plan har gjorts eftersom skolan bytte huvudman under våren.",
        "No evaluation of last year's plan has been carried out, as the school changed owner during the "
        "spring.",
    )

    pl.h("Kartläggning / Our survey", 1)
    both(
        "Trygghetsenkäten i mars 2026 besvarades av 402 av 455 elever. 86 % känner sig trygga i skolan. Lägst "
        "är tryggheten i omklädningsrummen (69 %) och vid cykelstället efter skoltid (74 %). Elever i åk 4–6 "
        "beskriver att de engelsktalande och svensktalande eleverna leker var för sig och att det ibland "
        "blir gliringar om språket. Bland anmälningarna (29 under 2025/26) gäller nio kränkningar i "
        "chattgrupper. Vi ser att riskerna finns där vuxna saknas och mellan språkgrupperna.",
        "The safety survey in March 2026 was answered by 402 of 455 students. 86 % feel safe at school. The "
        "lowest figures are for the changing rooms (69 %) and the bike racks after school (74 %). Students in "
        "grades 4–6 say English-speaking and Swedish-speaking students play separately and that there are "
        "sometimes jibes about language. Of the 29 reports in 2025/26, nine concerned group chats. We see "
        "that risks arise where adults are absent and between the language groups.",
    )

    pl.h("Främjande arbete / Promotive work", 1)
    both(
        "Alla klasser har veckovisa värdegrundslektioner där diskrimineringsgrunderna tas upp under året. "
        "Vi firar både svenska och internationella högtider, har tvåspråkiga temaveckor och blandade "
        "faddergrupper mellan språkgrupperna. Ansvar: mentorerna och fritidspersonalen, hela läsåret.",
        "All classes have weekly core values lessons where the grounds of discrimination are covered during "
        "the year. We celebrate Swedish and international holidays, run bilingual theme weeks and have mixed "
        "buddy groups across the language groups. Responsible: homeroom teachers and after-school staff, all "
        "year.",
    )

    pl.h("Åtgärder / Action plan", 1)
    pl.table(
        [
            ["Åtgärd / Action", "Ansvarig / Responsible", "När / When"],
            [
                "Vuxen i omklädningsrummen före och efter idrott / Adult in changing rooms before and after PE",
                "Idrottslärarna / PE teachers",
                "Från v. 34 / From week 34",
            ],
            [
                "Rastvakt vid cykelstället 15.00–15.30 / Supervision at the bike racks",
                "Fritidspersonalen / After-school staff",
                "Från 1 september / From 1 September",
            ],
            [
                "Blandade lekgrupper åk 4–6 varje onsdag / Mixed play groups grades 4–6 every Wednesday",
                "Mentorer åk 4–6 / Homeroom teachers 4–6",
                "Oktober–maj / October–May",
            ],
            [
                "Lektioner om chattar och nätvett åk 5–8 / Lessons on chats and online behaviour",
                "Kurator Fatima Osmani",
                "Vecka 40–44 / Weeks 40–44",
            ],
        ],
        widths=[8, 4.5, 3.5],
    )

    pl.h("Om något händer / If something happens", 1)
    both(
        "1) Personal ingriper direkt. 2) Personalen anmäler till rektor samma dag. 3) Rektor anmäler till "
        "huvudmannen samma dag. 4) Trygghetsgruppen utreder skyndsamt och talar med alla inblandade; "
        "vårdnadshavare kontaktas. 5) Rektor beslutar om åtgärder. 6) Allt dokumenteras i SchoolSoft. "
        "7) Uppföljning efter två veckor. Kränks en elev av personal utreder rektor.",
        "1) Staff intervene at once. 2) Staff report to the principal the same day. 3) The principal reports "
        "to the owner the same day. 4) The Safety Team investigates promptly and talks to everyone involved; "
        "parents are contacted. 5) The principal decides on measures. 6) Everything is documented in "
        "SchoolSoft. 7) Follow-up after two weeks. If a member of staff offends a student, the principal "
        "investigates.",
    )
    pl.p(
        "Kontakt / Contact: rektor Elisabeth Carter 021-440 71 00, kurator Fatima Osmani 021-440 71 09, "
        "trygghet@skogsas.se"
    )

    pl.h("Diskrimineringsgrunderna / Grounds of discrimination", 1)
    both(
        "Kön, könsöverskridande identitet eller uttryck, etnisk tillhörighet, religion eller annan "
        "trosuppfattning, funktionsnedsättning, sexuell läggning och ålder.",
        "Sex, transgender identity or expression, ethnicity, religion or other belief, disability, sexual "
        "orientation and age.",
    )

    pl.h("Nationella minoriteter / National minorities", 1)
    both(
        "De nationella minoriteterna är judar, romer, samer, sverigefinnar och tornedalingar. Vi informerar "
        "alla vårdnadshavare om rätten till modersmålsundervisning i minoritetsspråken, uppmärksammar "
        "samernas nationaldag och sverigefinnarnas dag och undervisar om minoriteternas historia och kultur "
        "i SO i åk 4–9.",
        "The national minorities are Jews, Roma, Sami, Sweden Finns and Tornedalians. We inform all parents "
        "about the right to mother-tongue tuition in the minority languages, mark the Sami National Day and "
        "Sweden Finns' Day, and teach the minorities' history and culture in social studies in grades 4–9.",
    )

    pl.h("Uppföljning av årets plan / Follow-up of this year's plan", 1)
    both(
        "Trygghetsgruppen följer upp åtgärderna i december 2026 och utvärderar planen i maj 2027 med "
        "hjälp av trygghetsenkäten.",
        "The Safety Team follows up the actions in December 2026 and evaluates the plan in May 2027 using the "
        "safety survey.",
    )
    pl.save(out / fn)
    return fn


# ---------------------------------------------------------------------------------- 11
def plan11(out):
    fn = "g2_11_little-harbour-onepage.docx"
    pl = Plan("Equal Treatment Plan", lang="en", author="Office")
    sec = pl.doc.sections[0]
    pl.title("Equal Treatment Plan")
    pl.p("Little Harbour International School, Malmö", bold=True)
    pl.p(
        "At Little Harbour everyone is welcome. We want all our pupils to feel safe, happy and respected, and "
        "we do not accept bullying, discrimination or any kind of unkind behaviour. We are a small school "
        "where everybody knows each other, and we treat each other the way we want to be treated."
    )
    pl.h("What is discrimination?", 2)
    pl.p(
        "Discrimination is when someone is treated worse because of their sex, transgender identity or "
        "expression, ethnicity, religion or other belief, disability, sexual orientation or age. These are "
        "the seven grounds of discrimination in the Swedish Discrimination Act. Harassment and degrading "
        "treatment are also not allowed at our school."
    )
    pl.h("If something happens", 2)
    pl.p(
        "If you are treated badly, or see someone else being treated badly, tell your teacher or any adult "
        "you trust. The adult will make sure that it stops and will talk to the pupils involved and their "
        "parents."
    )
    pl.h("Information", 2)
    pl.p(
        "This plan is available on our website and in the school office. School office: 040-611 23 40, "
        "office@littleharbour.se."
    )
    pl.save(out / fn)
    return fn
