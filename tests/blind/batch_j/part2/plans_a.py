"""Plans j2_01 - j2_04."""
from docxkit import Doc, r
from common import label, front_table, M, P, X, LOGO_BLUE, PHOTO, DRAWING, LOGO_GREEN


# --------------------------------------------------------------------------- j2_01
def plan01():
    d = Doc(lang="en-GB", title="Plan against discrimination and degrading treatment 2025/26",
            author="Tomas Lindqvist", company="Northbridge Education AB",
            created="2025-09-03T09:12:00Z", modified="2025-09-19T15:40:00Z")
    d.set_header("Northbridge International School – Upper Secondary")
    d.set_footer("Plan against discrimination and degrading treatment 2025/26", lang_sv=False)
    d.image("nis_crest.png", LOGO_BLUE, 3.2, 1.6,
            alt="Northbridge International School crest: a blue shield with a white bridge")
    d.title_p("Plan against discrimination and degrading treatment")
    d.subtitle("Northbridge International School – IB Diploma Programme, academic year 2025/26")
    front_table(d, [
        ("School", "Northbridge International School, Upper Secondary (IB Diploma Programme, "
                   "years 1–3, including the Pre-DP year)"),
        ("School form", "Gymnasieskola (upper secondary school)"),
        ("School unit code", "48213975"),
        ("Organiser (huvudman)", "Northbridge Education AB, org. no. 556677-8899"),
        ("Period of validity", "1 September 2025 – 31 August 2026"),
        ("Responsible for the plan", "Dr Helen Marsh, Principal (rektor)"),
        ("Coordinator", "Tomas Lindqvist, Head of Pastoral Care"),
    ])
    d.h(1, "1. Our vision")
    d.p("Northbridge is a community of more than forty nationalities. We want every student to feel "
        "that they belong here, whatever their background, and to leave us as principled, open-minded "
        "and caring young adults, in the spirit of the IB learner profile.")
    d.h(1, "2. Responsibility")
    d.p("The Principal, Dr Helen Marsh, is responsible for the plan being drawn up, followed up and "
        "reviewed every year, for investigating reports of degrading treatment, harassment and "
        "discrimination, and for reporting every case to the organiser. The day-to-day work is "
        "delegated to the Head of Pastoral Care, Tomas Lindqvist, who leads the school's Safety Team.")
    d.p("The Safety Team consists of the Head of Pastoral Care, the four Heads of House, the school "
        "counsellor (kurator), the school nurse and the DP Coordinator. The team meets every second "
        "week, investigates reported cases on behalf of the Principal and coordinates the action plan.")
    d.bullets([
        "All staff are responsible for intervening when they witness degrading treatment and for "
        "reporting it to the Principal the same day.",
        "Tutors are responsible for discussing the plan with their tutor groups and for the "
        "recurring well-being check-ins.",
        "The organiser, Northbridge Education AB, is responsible for ensuring that the plan exists, "
        "that reported cases are investigated and that the necessary measures are taken.",
    ])
    d.h(1, "3. Student participation")
    d.p("Students have taken part in drawing up this plan in several ways:")
    d.bullets([
        "On 4 September 2025 the Student Council (two representatives per year group) and the eight "
        "House Captains held a workshop with the Head of Pastoral Care. They went through the results "
        "of the Wellbeing Survey and proposed the priorities that now form the action plan in section 7.",
        "In week 37 every tutor group discussed the draft during tutor time and sent comments to the "
        "Student Council; the changes to the changing-room routine came from these comments.",
        "In April 2025 the Student Council walked through the building with the Head of Pastoral "
        "Care and marked the places where students feel unsafe (see section 5).",
        "A student-friendly summary of the plan is published on the student portal and presented at "
        "the House assemblies.",
    ])
    d.h(1, "4. Evaluation of last year's plan")
    d.p("The 2024/25 plan was evaluated by the pastoral team in June 2025. Overall, the plan worked "
        "well and most of the planned actions were carried out during the year.")
    d.p("The peer mentoring scheme for new students was launched as planned in September 2024, and the "
        "Heads of House held the planned assemblies on respect and inclusion each term. The planned "
        "review of supervision in the changing rooms was postponed and has been moved to this year's "
        "plan.")
    d.h(1, "5. Survey and analysis")
    d.p("The Wellbeing Survey was carried out in March 2025 and was answered by 212 of 265 students "
        "(80 %). It asks about safety, well-being, degrading treatment and each of the grounds of "
        "discrimination. We have also analysed the 14 incident reports submitted to the Principal "
        "during 2024/25, the school nurse's health talks with DP1 students and the Student Council's "
        "safety walk of the building in April 2025.")
    d.p("88 % of the students say that they feel safe at school, which is about the same as the year "
        "before (87 %). Students feel least safe in the changing rooms at the sports hall, in the "
        "stairwell by the library, and in class group chats in the evenings. DP1 girls stand out: only "
        "79 % of them say they feel safe, and a quarter of them have received unwanted comments about "
        "their appearance online. Six of the fourteen incident reports concerned comments about "
        "ethnicity or religion, and three concerned sexual harassment in group chats.")
    d.p("Our analysis is that the risks are greatest where adults are rarely present and in the first "
        "months after students join the school, when friendship groups are forming and many students "
        "are still learning English or Swedish. The comments about ethnicity and religion were often "
        "described as 'jokes', which suggests that students do not always recognise them as harassment. "
        "We see a risk that the online behaviour spills over into school.")
    d.h(1, "6. Promotive work")
    d.p("The promotive work is directed at all students and aims to strengthen respect for everyone's "
        "equal value. Its backbone is the House system: every student belongs to one of four Houses "
        "(Aurora, Borealis, Cassiopeia and Draco), which mix year groups, nationalities and "
        "programmes.")
    d.bullets([
        "House Day in October and the House Cup run through the year; the Heads of House plan the "
        "events with the House Captains so that they include students with disabilities and students "
        "who do not do sports.",
        "International Week (February) lets students present their languages and cultures; the "
        "Language Department is responsible.",
        "In Theory of Knowledge, the DP1 unit 'Knowledge and identity' deals with norms about gender, "
        "sexuality, ethnicity and religion (TOK teachers, autumn term).",
        "CAS projects on equality are encouraged and presented at the CAS fair in May.",
        "The library's 'Read the world' collection is reviewed each year so that it reflects "
        "different families, faiths and identities.",
    ])
    d.image("house_day.png", PHOTO, 8.0, 5.3)
    d.p(r("House Day 2024.", i=True, color="595959"), align="center")
    d.h(1, "7. Preventive measures – action plan 2025/26")
    d.p("The actions below follow from the survey and analysis in section 5.")
    d.table([
        ["Risk identified", "Action", "Responsible", "When", "Follow-up"],
        ["Changing rooms at the sports hall", "PE staff present outside the changing rooms before "
         "and after every lesson; new routine written with the Student Council",
         "Head of PE", "From week 36", "Safety walk with the Student Council, November 2025"],
        ["Stairwell by the library", "Supervision rota at breaks and lunch; the 'quiet corner' moved "
         "into the library", "Head of Pastoral Care", "From 15 September 2025",
         "Incident reports compared each term"],
        ["Harassment in class group chats", "Two tutor-time sessions on online behaviour and "
         "consent; agreement on group-chat rules in each tutor group", "Tutors, supported by the "
         "counsellor", "October 2025", "Wellbeing Survey, March 2026"],
        ["Comments about ethnicity and religion", "Workshop 'It's not a joke' for DP1 and Pre-DP "
         "students with an external organisation", "Heads of House", "January 2026",
         "Short evaluation form after the workshop; incident reports"],
        ["DP1 girls feel less safe", "Focus groups with DP1 girls led by the school nurse and the "
         "counsellor, followed by actions agreed with them", "School nurse and counsellor",
         "November–December 2025", "Review at the Safety Team meeting in February 2026"],
    ], [2000, 2900, 1500, 1300, 1372])
    d.h(1, "8. Procedure in case of an incident – \"Always act\"")
    d.p("All staff must act when they see or hear about degrading treatment, harassment or sexual "
        "harassment, or when a student says that they feel offended.")
    for step in [
        "Step 1 – Intervene at once. Stop the behaviour and make it clear that it is not accepted.",
        "Step 2 – Report to the Principal the same day using the incident form in the school's "
        "reporting system.",
        "Step 3 – The Principal reports the case to the organiser (Northbridge Education AB) within "
        "24 hours.",
        "Step 4 – Investigate promptly. The Safety Team talks to the student who has been offended, "
        "to the student(s) who may have offended and to witnesses. Parents of students under 18 are "
        "informed the same day.",
        "Step 5 – Take measures to stop the degrading treatment, for example talks, changed groups, "
        "increased supervision or involvement of the student health team.",
        "Step 6 – Document every step in the reporting system.",
        "Step 7 – Follow up with the students involved after two weeks and again after six weeks "
        "before the case is closed.",
    ]:
        d.p(step)
    d.p("If a member of staff is suspected of degrading treatment of a student, the Principal "
        "investigates the case personally together with HR. If the Principal is involved, the report "
        "goes directly to the organiser's CEO.")
    d.h(2, "Who should I turn to?")
    d.bullets([
        "Your tutor or Head of House",
        "Tomas Lindqvist, Head of Pastoral Care – tomas.lindqvist@northbridge.example.se, "
        "+46 31 365 40 12",
        "Amira Hassan, school counsellor – amira.hassan@northbridge.example.se",
        "Reception: +46 31 365 40 00",
    ])
    d.h(1, "9. The grounds of discrimination")
    d.p("The Discrimination Act (2008:567) protects students against discrimination associated with "
        "seven grounds: sex, transgender identity or expression, ethnicity, religion or other belief, "
        "disability, sexual orientation and age. Harassment is conduct that violates a student's "
        "dignity and is associated with one of these grounds; sexual harassment is conduct of a sexual "
        "nature that violates someone's dignity. Degrading treatment under the Education Act "
        "(2010:800) is conduct that violates a student's dignity without being linked to a ground.")
    d.p("Our survey asks about all seven grounds. We also work actively against racism, antisemitism, "
        "islamophobia and homophobia, which students mention in the survey.")
    d.h(1, "10. Review of this year's plan")
    d.p("The plan will be reviewed in May 2026 by the Head of Pastoral Care.")
    d.h(1, "11. Information to parents")
    d.p("Parents are informed about the plan in the ManageBac newsletter at the start of the year, and "
        "the plan is published on the school website.")
    lab = label(
        "j2_01.docx", "2025/26", "en", ["gymnasieskola"],
        "English IB Diploma school plan in British spelling: front-page table, numbered Heading 1 "
        "sections, House-system promotive work, survey results in prose, five-column action plan "
        "table and a seven-step 'Always act' procedure as plain paragraphs.",
        dict(validity_period=M, responsible=M, student_involvement=M, previous_year_evaluation=P,
             survey=M, promotive_work=M, preventive_measures=M, acute_routines=M,
             discrimination_grounds=M, minority_rights=X, evaluation_plan=P,
             guardian_involvement=P),
        reasons={
            "previous_year_evaluation": "only 'worked well' plus done/postponed per measure; no effect "
                                        "of any measure is reported",
            "minority_rights": "national minorities are not mentioned anywhere",
            "evaluation_plan": "says when (May 2026) and who (Head of Pastoral Care) but not how or "
                               "the students' part",
            "guardian_involvement": "parents are only informed (newsletter, website); no way to take part",
            "survey": "named sources with response rate, percentages, places and groups plus analysis",
        },
        decoys=["48213975", "556677-8899", "+46 31 365 40 12", "+46 31 365 40 00", "2008:567",
                "2010:800"],
        images_without_alt=1, images_ok=1)
    return d, lab


# --------------------------------------------------------------------------- j2_02
def plan02():
    d = Doc(lang="en-GB", title="Plan against discrimination and degrading treatment – Little Harbour "
            "International Preschool", author="Maria Santos", company="Little Harbour Förskola AB",
            created="2025-09-22T07:30:00Z", modified="2025-10-01T12:05:00Z")
    d.set_header("Little Harbour International Preschool")
    d.set_footer("Equal treatment plan 2025–2026", lang_sv=False)
    d.title_p("Plan against discrimination and degrading treatment")
    d.subtitle("Little Harbour International Preschool · English-Swedish förskola")
    front_table(d, [
        ("Preschool", "Little Harbour International Preschool (förskola), departments Otter, Seal "
                      "and Bear"),
        ("Organiser (huvudman)", "Little Harbour Förskola AB"),
        ("Principal (rektor)", "Maria Santos"),
        ("The plan is valid", "1 October 2025 – 30 September 2026"),
        ("Adopted", "29 September 2025"),
    ])
    d.h(1, "Who is responsible?")
    d.p("The principal, Maria Santos, is responsible for this plan: that it is drawn up every year "
        "together with the educators and the children, that it is followed up, and that every "
        "suspicion of degrading treatment or discrimination is investigated and reported to the "
        "organiser. The principal leads the equal treatment group, which has one educator from each "
        "department (Otter, Seal and Bear).")
    d.p("All educators are responsible for knowing the plan, for being present in the children's play "
        "and for acting at once if a child is treated badly. Each child has a key person, who has a "
        "special responsibility for that child's well-being and for the daily contact with the family.")
    d.h(1, "Children's participation")
    d.p("Our children are between one and five years old, so their participation is adapted to their "
        "age and maturity:")
    d.bullets([
        "In September the four- and five-year-olds in Bear went on a safety walk with their educators "
        "and took photos of the places they like and places where they feel unsure.",
        "The children in Seal drew the 'house model': a picture of the preschool where they coloured "
        "happy and sad places.",
        "Each key person held short child interviews in groups of two or three children about "
        "friendship and about what to do when somebody is sad.",
        "With the youngest children in Otter the educators observed play and routines and noted "
        "how the children show that they feel safe.",
        "In May the children's council in Bear looked at their photos again and told the educators "
        "what had become better, which was part of the follow-up of last year's plan.",
    ])
    d.h(1, "Evaluation of last year's plan")
    d.p("The 2024–2025 plan was evaluated at the educators' planning day on 12 June 2025, using "
        "observations, the children's council and the parent survey.")
    d.table([
        ["Planned measure 2024–2025", "What we did", "Effect"],
        ["More educators present in the cloakroom at drop-off and pick-up",
         "Done from October 2024: one educator per department is always in the cloakroom at these "
         "times.", "Fewer conflicts: the educators' notes show roughly one conflict a fortnight "
         "instead of about three a week in the autumn of 2024."],
        ["Gender-aware play corners", "The construction and home corners in Seal were rebuilt and "
         "joined in January 2025.", "Mixed groups of boys and girls now play together in the corner "
         "most days, according to the observations in March and May."],
        ["Books that show different families and languages", "40 new picture books were bought, "
         "among them books in Finnish, Arabic and Polish.", "The books are among the most borrowed, and "
         "several guardians have told the key persons that their child recognises their own family."],
    ], [2900, 3100, 3072])
    d.h(1, "Mapping and survey")
    d.p("To find out whether there are risks of degrading treatment or discrimination we have used "
        "observations of play and routines during the autumn, the house model, child interviews, the "
        "photos from the safety walk and the parent survey from spring 2025.")
    d.p("The results have been compiled by the equal treatment group and discussed at the staff "
        "meeting in August.")
    d.h(1, "Promotive work")
    d.p("Our promotive work is for all children and aims to make the preschool a place where every "
        "child is seen and valued:")
    d.bullets([
        "All toys, costumes and play areas are open to all children, and educators avoid dividing "
        "children into 'boys' and 'girls'. The equal treatment group checks this at each "
        "department twice a term.",
        "During Family Week in November families are invited to share a song, a story or a dish from "
        "home; responsible: the key persons.",
        "We use signs (TAKK) and picture support with all children so that children with a "
        "disability or a different first language can take part on equal terms.",
        "Books, songs and pictures show different kinds of families, skin colours, faiths and "
        "functional abilities.",
    ])
    d.h(1, "Preventive measures for 2025–2026")
    d.bullets([
        "Educators will be more present during outdoor play.",
        "We will keep working with emotions and friendship using the 'Start' material.",
        "Transitions between activities will be planned more carefully.",
        "We will talk more with the children about how to be a good friend.",
    ])
    d.h(1, "Routines for acute situations")
    d.p("When an educator sees or is told that a child has been treated badly by another child or by "
        "an adult, these steps are followed:")
    d.numbered([
        "The educator intervenes at once, stops what is happening and comforts the child.",
        "The educator informs the principal the same day.",
        "The principal reports the case to the organiser (Little Harbour Förskola AB) promptly, using "
        "the incident form.",
        "The principal makes sure the case is investigated: the educators talk with the children "
        "involved in a way that suits their age, and the guardians of all children involved are "
        "contacted the same day.",
        "Measures are decided to stop the degrading treatment, for example more adult support in "
        "certain situations or changed groups.",
        "Everything is documented on the preschool's incident form and kept by the principal.",
        "The principal and the key person follow up with the child and the guardians within two "
        "weeks.",
    ])
    d.p("If an educator is suspected of treating a child badly, the principal investigates "
        "personally and contacts HR at the organiser. If the principal is concerned, guardians "
        "contact the organiser directly.")
    d.p("Guardians can always contact the principal, Maria Santos, on 08-508 123 45, or their "
        "child's key person.")
    d.h(1, "The grounds of discrimination")
    d.p("According to the Discrimination Act no child may be discriminated against because of sex, "
        "transgender identity or expression, ethnicity, religion or other belief, disability, sexual "
        "orientation or age. In preschool, discrimination can also concern the child's family, for "
        "example a child with two mothers or parents of a particular faith.")
    d.h(1, "National minorities")
    d.p("Sweden has five national minorities: Jews, Roma, Sami, Sweden Finns and Tornedalians, and "
        "five national minority languages: Yiddish, Romani Chib, Sami, Finnish and Meänkieli. Our "
        "municipality is part of the administrative area for Finnish.")
    d.bullets([
        "At the introduction meeting we inform all guardians about the right to preschool partly in "
        "Finnish, Meänkieli or Sami and to support in the child's minority language.",
        "We celebrate the Sami National Day on 6 February and Sweden Finns' Day on 24 February with "
        "songs, stories and food.",
        "Our library has picture books in Finnish, Sami and Romani Chib.",
    ])
    d.h(1, "Evaluation of this year's plan")
    d.p("The plan will be evaluated in May 2026. The principal is responsible and leads the work "
        "together with the equal treatment group. The educators evaluate each measure at a staff "
        "meeting using their observations; the children take part through child interviews and "
        "the children's council in Bear, who look back at their photos from the safety walk; the "
        "guardians answer the parent survey in April. The results are put together at the planning "
        "day in June and used for the 2026–2027 plan.")
    d.h(1, "Parents and guardians")
    d.p("Guardians are involved in several ways. The parent survey in April asks about safety and "
        "equal treatment, and the answers are part of the mapping. The parent council, which meets "
        "twice a term, read the draft of this plan on 17 September 2025 and suggested the Family "
        "Week. The plan is presented at the autumn parent meetings, published in the Tyra app, and "
        "guardians are invited to send comments to the principal at any time.")
    d.image("safe_places_map.png", DRAWING, 7.0, 4.9)
    d.p(r("The children's map of safe and less safe places, September 2025.", i=True, color="595959"),
        align="center")
    lab = label(
        "j2_02.docx", "2025/26", "en", ["förskola"],
        "English plan of an international förskola (children, educators, key person) with an "
        "Oct–Oct validity, a three-column evaluation table, bullet-list measures, a numbered "
        "seven-step acute routine and a children's drawing at the end.",
        dict(validity_period=M, responsible=M, student_involvement=M, previous_year_evaluation=M,
             survey=P, promotive_work=M, preventive_measures=P, acute_routines=M,
             discrimination_grounds=M, minority_rights=M, evaluation_plan=M,
             guardian_involvement=M),
        reasons={
            "validity_period": "1 October 2025 – 30 September 2026: twelve months, Oct–Oct",
            "student_involvement": "förskola: safety walk with photos, house model, child interviews, "
                                   "children's council in the follow-up",
            "survey": "methods are named but the section says only that the results 'have been "
                      "compiled'; nothing about what they showed",
            "preventive_measures": "four bullet measures with no owner and no time",
            "evaluation_plan": "when (May 2026), who (principal, equal treatment group), how (staff "
                               "meeting, parent survey) and children's part (interviews, council)",
        },
        decoys=["08-508 123 45"],
        images_without_alt=1, images_ok=0)
    return d, lab


# --------------------------------------------------------------------------- j2_03
def plan03():
    d = Doc(lang="sv-SE", title="Plan mot diskriminering och kränkande behandling Ekbackens skola "
            "2025/2026", author="Karin Öberg", company="Sjöbacka kommun",
            created="2025-08-28T13:00:00Z", modified="2025-09-26T09:45:00Z")
    d.set_header("Sjöbacka kommun · Barn- och utbildningsförvaltningen · Dnr BUN-2025-00123")
    d.set_footer("Ekbackens skola – Plan mot diskriminering och kränkande behandling 2025/2026")
    d.title_p("Plan mot diskriminering och kränkande behandling")
    d.subtitle("Ekbackens skola – grundskola F–9, anpassad grundskola och fritidshem")
    front_table(d, [
        ("Skolenhet", "Ekbackens skola"),
        ("Verksamhetsformer som omfattas av planen", "Förskoleklass, grundskola åk 1–9, anpassad "
         "grundskola åk 1–9 och fritidshem"),
        ("Ansvarig för planen", "Rektor Karin Öberg"),
        ("Planens giltighetstid", "Läsåret 2025/2026"),
        ("Fastställd", "2025-09-26"),
    ])
    d.toc_typed([
        (1, "1. Ansvar", 2), (1, "2. Elevernas delaktighet", 2),
        (1, "3. Utvärdering av förra årets plan", 3), (1, "4. Kartläggning och analys", 4),
        (1, "5. Främjande arbete", 5), (1, "6. Förebyggande åtgärder", 5),
        (2, "6.1 Grundskola, förskoleklass och fritidshem", 5), (2, "6.2 Anpassad grundskola", 6),
        (1, "7. Rutiner för akuta situationer", 6), (1, "8. Diskrimineringsgrunderna", 7),
        (1, "9. Nationella minoriteter", 7), (1, "10. Uppföljning och utvärdering av årets plan", 8),
        (1, "11. Vårdnadshavarnas delaktighet", 8)])
    d.page_break()
    d.h(1, "1. Ansvar")
    d.guidance("Ange vem som ansvarar för planen och hur ansvaret är fördelat.")
    d.p("Rektor Karin Öberg ansvarar för att planen upprättas, följs upp och revideras varje år och "
        "för att alla anmälningar om kränkande behandling utreds. Biträdande rektor Jonas Lind har "
        "delegerat ansvar för arbetet i anpassad grundskola. Skolans trygghetsteam – kurator, "
        "specialpedagog, två lärare från grundskolan, en lärare från anpassad grundskola och en "
        "fritidspedagog – samordnar arbetet och utreder ärenden på rektors uppdrag.")
    d.p("All personal ansvarar för att känna till planen, ingripa vid kränkningar och anmäla dem till "
        "rektor. Huvudmannen, barn- och utbildningsnämnden i Sjöbacka kommun, ansvarar för att "
        "anmälda ärenden utreds skyndsamt och att nödvändiga åtgärder vidtas.")
    d.h(1, "2. Elevernas delaktighet")
    d.guidance("Beskriv hur eleverna har varit delaktiga i att ta fram, följa upp och se över planen.")
    d.p("Eleverna i åk 3–9 har besvarat skolans trygghetsenkät i mars. Eleverna i anpassad grundskola "
        "har svarat på en bildstödd version av enkäten tillsammans med sin lärare. Planen presenteras "
        "för eleverna på klassråden i september.")
    d.h(1, "3. Utvärdering av förra årets plan")
    d.guidance("Redogör för hur förra årets planerade åtgärder har genomförts och vilken effekt de fick.")
    d.p("Utvärderingen gjordes i trygghetsteamet och arbetslagen i juni 2025 med stöd av "
        "trygghetsenkäten och incidentstatistiken.")
    d.p([r("Åtgärd 1: Rastvärdar på den bortre skolgården. ", b=True),
         r("Genomförd från september 2024 med två vuxna per rast. Andelen elever i åk 4–6 som känner "
           "sig trygga på rasterna ökade från 78 % till 86 %.")])
    d.p([r("Åtgärd 2: Värdegrundslektioner om språkbruk i åk 7–8. ", b=True),
         r("Genomförda under vårterminen, sex lektioner per klass. Antalet anmälda kränkningar med "
           "nedsättande ord minskade från 19 till 11, men eleverna i åk 8 beskriver fortfarande ett "
           "hårt språk i omklädningsrummen.")])
    d.p([r("Åtgärd 3: Individuellt rastschema och rastvakt för elever som behöver extra stöd. ", b=True),
         r("Genomfördes för de elever som behövde det. Efter ärendet gällande elev 20140316-2389 i åk 5 "
           "förstärktes rastvakten vid klätterställningen. Inga nya ärenden har anmälts därifrån.")])
    d.p([r("Åtgärd 4 (anpassad grundskola): Trygga övergångar mellan lektion och fritids. ", b=True),
         r("Bildscheman och en fast vuxen vid övergångarna infördes i oktober. Personalens "
           "observationer visar färre utbrott och konflikter i korridoren, från flera per vecka till "
           "enstaka per månad.")])
    d.p([r("Åtgärd 5: Kapprumsrutin i förskoleklass. ", b=True),
         r("Inte genomförd fullt ut eftersom personalen byttes ut under hösten. Åtgärden finns kvar i "
           "årets plan.")])
    d.h(1, "4. Kartläggning och analys")
    d.p("Kartläggningen bygger på skolans trygghetsenkät i mars 2025 (besvarad av 412 av 468 elever i "
        "åk 3–9), den bildstödda enkäten i anpassad grundskola (22 av 26 elever), personalens "
        "observationer, incidentrapporterna i Prorenata (47 anmälningar under läsåret) och "
        "skolsköterskans hälsosamtal i åk 4 och 7.")
    d.p("89 % av eleverna i grundskolan känner sig trygga i skolan (88 % förra året). Otryggast "
        "upplevs toaletterna vid idrottshallen, matsalskön och Snapchat-grupper på kvällar och helger. "
        "Flickor i åk 7 känner sig minst trygga (76 %), och 14 % av dem har fått kommentarer om sin "
        "kropp. I anpassad grundskola visar observationerna och enkäten att skolbussen och väntan "
        "före skolstart är de mest otrygga situationerna.")
    d.p("Vi ser att riskerna är störst där vuxna inte finns naturligt och i övergångar. Kommentarerna "
        "till flickorna i åk 7 tolkar vi som ett tecken på risk för sexuella trakasserier, och vi "
        "behöver arbeta med normer kring kön och kropp.")
    d.h(1, "5. Främjande arbete")
    d.p("Det främjande arbetet riktar sig till alla elever och ska stärka respekten för allas lika "
        "värde.")
    d.bullets([
        "Gemensamma temadagar för grundskola och anpassad grundskola i oktober och april, där "
        "eleverna arbetar i blandade grupper (ansvar: trygghetsteamet).",
        "Normkritisk genomgång av läromedel och skönlitteratur i svenska och SO (ämneslagen, "
        "höstterminen).",
        "Fadderverksamhet där elever i åk 6 är faddrar för förskoleklassen.",
        "Fritidshemmet erbjuder ledda rastaktiviteter varje dag.",
    ])
    d.h(1, "6. Förebyggande åtgärder")
    d.p("Åtgärderna utgår från kartläggningen. Grundskolan och anpassad grundskola har var sin tabell.")
    d.h(2, "6.1 Grundskola, förskoleklass och fritidshem")
    d.table([
        ["Område/risk", "Mål", "Åtgärd", "Ansvarig", "När", "Uppföljning"],
        ["Toaletterna vid idrottshallen", "Inga elever ska känna sig otrygga på toaletterna",
         "Toaletterna låses upp av personal och tillsyn sker varje rast", "Vaktmästare och "
         "idrottslärare", "Från v. 36", "Tillsynslistan följs upp i november"],
        ["Matsalskön", "Lugn och trygg lunch", "Fasta lunchvärdar och ny kösortering", "Rektor",
         "September 2025", "Trygghetsteamet december 2025"],
        ["Kommentarer om kropp, åk 7", "Minska andelen flickor som får kommentarer om sin kropp",
         "Lektionsserie om sexuella trakasserier och samtycke", "Mentorer åk 7 och kurator",
         "Oktober–november 2025", "Enkät till åk 7 i december"],
        ["Snapchat-grupper", "Eleverna vet hur de gör och vem de vänder sig till vid nätkränkningar",
         "Temavecka om nätvett åk 4–9", "Trygghetsteamet", "v. 47", "Trygghetsenkät mars 2026"],
        ["Kapprummet i förskoleklass", "Lugn start och slut på dagen", "Kapprumsrutin med en vuxen "
         "på plats", "Förskoleklassens lärare", "Från 1 september 2025", "Observationer, oktober"],
    ], [1500, 1550, 1900, 1450, 1250, 1422])
    d.h(2, "6.2 Anpassad grundskola")
    d.table([
        ["Åtgärd", "Ansvarig", "Tid", "Uppföljning"],
        ["Fast personal vid skolbussen morgon och eftermiddag", "Biträdande rektor Jonas Lind",
         "Från v. 34", "Observationer, månadsvis"],
        ["Bildstöd om trygghet och vem man kan prata med i varje klassrum", "Specialpedagog",
         "September 2025", "Personalens uppföljning i oktober"],
        ["Lugn väntan före skolstart i anpassat rum", "Elevassistenterna", "Hela läsåret, start "
         "2025-08-20", "Utvärderas i arbetslaget i december"],
    ], [3600, 2100, 1700, 1672])
    d.h(1, "7. Rutiner för akuta situationer")
    d.p("Skolans rutin gäller kränkande behandling, trakasserier och sexuella trakasserier.")
    d.bullets([
        "Den vuxne som ser eller får veta att en elev känner sig kränkt ingriper direkt och säger "
        "ifrån.",
        "Händelsen anmäls till rektor samma dag i Prorenata.",
        "Rektor anmäler skyndsamt vidare till huvudmannen, vilket sker i samma system.",
        "Trygghetsteamet utreder på rektors uppdrag: samtal med den utsatta eleven, den eller de "
        "som utövat kränkningen och vittnen. Vårdnadshavare informeras samma dag.",
        "Rektor beslutar om åtgärder för att kränkningarna ska upphöra.",
        "Allt dokumenteras i Prorenata.",
        "Uppföljning sker efter två veckor och efter sex veckor innan ärendet avslutas.",
    ])
    d.p("Om personal misstänks kränka en elev utreder rektor själv, i samråd med HR. Gäller det "
        "rektor anmäls ärendet direkt till skolchefen.")
    d.p("Elever och vårdnadshavare kan vända sig till mentor, trygghetsteamet eller kurator Elin "
        "Sandberg, tel. 0431-47 20 15. Skolans expedition: 0431-47 20 00.")
    d.h(1, "8. Diskrimineringsgrunderna")
    d.p("Enligt diskrimineringslagen finns sju diskrimineringsgrunder: kön, könsöverskridande "
        "identitet eller uttryck, etnisk tillhörighet, religion eller annan trosuppfattning, "
        "funktionshinder, sexuell läggning och ålder.")
    d.h(1, "9. Nationella minoriteter")
    d.p("Skolan uppmärksammar de nationella minoriteterna i undervisningen.")
    d.h(1, "10. Uppföljning och utvärdering av årets plan")
    d.p("Planen följs upp i december 2025 och utvärderas i maj 2026. Trygghetsteamet ansvarar för "
        "uppföljningen och rektor för utvärderingen. Arbetslagen utvärderar varje åtgärd utifrån "
        "incidentstatistiken och personalens observationer, och resultatet sammanställs vid "
        "planeringsdagarna i juni.")
    d.h(1, "11. Vårdnadshavarnas delaktighet")
    d.p("Vårdnadshavarna besvarar kommunens vårdnadshavarenkät varje vår, och resultatet ingår i "
        "kartläggningen. Skolrådet, där vårdnadshavare från alla stadier och från anpassad grundskola "
        "ingår, diskuterade utkastet till planen den 9 september 2025 och föreslog temaveckan om "
        "nätvett. Planen presenteras på höstens föräldramöten och finns på Vklass och skolans "
        "webbplats, där vårdnadshavare kan lämna synpunkter.")
    lab = label(
        "j2_03.docx", "2025/26", "sv", ["förskoleklass", "grundskola", "anpassad grundskola",
                                        "fritidshem"],
        "Swedish plan for a school with grundskola and anpassad grundskola: typed table of contents "
        "with dot leaders, grey template instructions kept above the school's own text, "
        "measure-by-measure evaluation, and two separate measures tables (six and four columns).",
        dict(validity_period=M, responsible=M, student_involvement=P, previous_year_evaluation=M,
             survey=M, promotive_work=M, preventive_measures=M, acute_routines=M,
             discrimination_grounds=P, minority_rights=P, evaluation_plan=P,
             guardian_involvement=M),
        reasons={
            "student_involvement": "students only answered the survey and are informed at klassråd; "
                                   "no role in drawing up or following up (guidance line is followed "
                                   "by the school's own text, which is what is judged)",
            "discrimination_grounds": "lists seven grounds but uses the outdated 'funktionshinder', so "
                                      "only six current grounds (§6.9)",
            "minority_rights": "one sentence in passing; minorities not named, no concrete action",
            "evaluation_plan": "when, who and how are given, but no part for the students",
            "preventive_measures": "both tables: every row has owner and time",
        },
        identity_numbers={"20140316-2389": "body"},
        decoys=["BUN-2025-00123", "0431-47 20 15", "0431-47 20 00", "2025-09-26", "2025-08-20"])
    return d, lab


# --------------------------------------------------------------------------- j2_04
def plan04():
    d = Doc(lang="sv-SE", title="Likabehandlingsplan och plan mot kränkande behandling – "
            "Tallbackaskolan", author="Per Hallgren", company="Norrviks kommun",
            created="2025-09-01T10:00:00Z", modified="2025-09-12T14:20:00Z")
    d.set_header("Tallbackaskolan åk 4–9")
    d.set_footer("Norrviks kommun · Tallbackaskolan")
    d.image("tallbacka_logo.png", LOGO_GREEN, 3.0, 1.5, alt="Tallbackaskolans logotyp, en grön tall")
    d.title_p("Likabehandlingsplan och plan mot kränkande behandling")
    d.subtitle("Tallbackaskolan, grundskola åk 4–9")
    d.p([r("Fastställd: ", b=True), r("2025-09-12 av rektor Per Hallgren. Planen gäller tills en ny "
                                      "plan har fastställts.")])
    d.h(1, "Ansvar")
    d.p("Rektor Per Hallgren är ytterst ansvarig för planen och för att alla anmälningar om "
        "kränkande behandling, trakasserier och diskriminering utreds. Rektor har gett skolans "
        "trygghetsteam – kurator Sofia Nyberg (sammankallande), specialpedagog Ali Karimi och en "
        "lärare från varje arbetslag – i uppdrag att samordna arbetet med planen och att utreda "
        "ärenden. Mentorerna ansvarar för att planen gås igenom i klasserna och all personal för att "
        "ingripa och anmäla.")
    d.h(1, "Elevernas delaktighet")
    d.p("Elevrådet har haft en arbetsdag den 3 september 2025 där de gick igenom trivselenkätens "
        "resultat och gav förslag på åtgärder; förslagen om bussvärdar och faddrar kom därifrån. Alla "
        "klasser diskuterade utkastet på klassrådet vecka 36. Skolans elevskyddsombud deltog i "
        "trygghetsvandringen i maj och markerade otrygga platser på en karta. Elevrådet följer upp "
        "åtgärderna vid sitt sista möte varje termin tillsammans med trygghetsteamet.")
    d.h(1, "Utvärdering av förra årets plan")
    d.bullets([
        "Rastvärdar på skolgården – genomfört.",
        "Friends-utbildning för kamratstödjare – genomfört.",
        "Trygghetsvandring i januari – ej genomförd, flyttades till maj.",
        "Värdegrundslektioner i åk 7 – delvis genomfört.",
    ])
    d.h(1, "Kartläggning")
    d.p("Vi har använt Friends-enkäten (oktober 2024 och mars 2025), trygghetsvandringen i maj 2025, "
        "elevhälsosamtalen i åk 4 och 7 samt statistik över anmälda kränkningar.")
    d.p("I mars svarade 318 av 362 elever (88 %). 84 % känner sig trygga i skolan, men bara 71 % i "
        "omklädningsrummen. Eleverna pekar också ut korridoren vid matsalen och skolbussen från "
        "Östby som otrygga. Pojkar i åk 8 rapporterar mest nedsättande språk, och 11 av de 29 "
        "anmälningarna under läsåret gällde kränkningar i sociala medier. Nya elever som börjar mitt "
        "i läsåret svarar oftare att de saknar någon att vara med.")
    d.p("Analys: otryggheten finns där vuxna sällan är och där elever från flera klasser möts. Vi ser "
        "en risk att det hårda språket bland pojkarna i åk 8 normaliseras och att nätkränkningarna "
        "följer med in i skolan.")
    d.h(1, "Främjande arbete")
    d.p("På Tallbackaskolan ska alla känna sig trygga och välkomna. Vi har nolltolerans mot "
        "kränkningar och arbetar för allas lika värde. Alla vuxna ska vara goda förebilder och "
        "bemöta eleverna med respekt.")
    d.h(1, "Förebyggande åtgärder")
    d.p("Åtgärderna utgår från kartläggningen. Tidpunkt anges i veckor.")
    vs, vc = "restart", "continue"
    d.table([
        ["Område", "Åtgärd", "Ansvarig", "Tid", "Uppföljning"],
        ["Omklädningsrummen", "Idrottslärare finns i anslutning till omklädningsrummen före och "
         "efter varje lektion", "Idrottslärarna", "v. 34–51", "Elevrådets enkät v. 50"],
        ["Korridoren vid matsalen", "Schemalagda rastvärdar vid matsalen under lunch",
         {"text": "Trygghetsteamet", "vmerge": vs}, "v. 36–24", "Incidentstatistik varje månad"],
        ["Skolbussen från Östby", "Bussvärdar bland eleverna i åk 9 och samtal med bussbolaget",
         {"text": "", "vmerge": vc}, "v. 38–42", "Trygghetsteamet v. 44"],
        ["Språkbruk, pojkar åk 8", "Värdegrundslektioner om språk och normer i åk 8",
         {"text": "", "vmerge": vc}, "v. 38–42", "Enkät till åk 8 v. 43"],
        ["Sociala medier", "Föreläsning och klassrådstema om nätkränkningar",
         {"text": "Mentorerna", "vmerge": vs}, "v. 45–47", "Klassråd v. 48"],
        ["Nya elever", "Faddrar i klassen för varje ny elev och mentorssamtal efter tre veckor",
         {"text": "", "vmerge": vc}, "v. 33–35 och vid varje nyinskrivning", "Mentorssamtal v. 40"],
    ], [1700, 3000, 1600, 1400, 1372])
    d.h(1, "Rutiner för akuta situationer")
    d.p("Rutinen gäller kränkande behandling, trakasserier och sexuella trakasserier, mellan elever "
        "och när vuxna kränker elever.")
    d.table([
        ["Steg", "Vad görs", "Vem"],
        ["1", "Ingripa direkt och avbryta kränkningen", "Den vuxne som ser eller får veta"],
        ["2", "Anmäla till rektor samma dag via anmälningsblanketten", "Den vuxne"],
        ["3", "Anmäla vidare till huvudmannen (utbildningsförvaltningen) inom en vecka", "Rektor"],
        ["4", "Utreda skyndsamt: samtal med inblandade elever och vittnen, kontakt med "
              "vårdnadshavare", "Trygghetsteamet på rektors uppdrag"],
        ["5", "Besluta om och genomföra åtgärder", "Rektor och trygghetsteamet"],
        ["6", "Dokumentera utredning och åtgärder i ärendehanteringssystemet", "Trygghetsteamet"],
        ["7", "Följa upp efter två veckor och avsluta ärendet när kränkningarna har upphört",
         "Trygghetsteamet"],
    ], [800, 5400, 2872])
    d.p("Om en elev kränks av personal utreder rektor ärendet. Gäller det rektor utreder "
        "verksamhetschefen.")
    d.h(1, "Diskrimineringsgrunderna")
    d.p("Diskrimineringsgrunderna är kön, könsöverskridande identitet eller uttryck, etnisk "
        "tillhörighet, religion eller annan trosuppfattning, funktionsnedsättning, sexuell läggning "
        "och ålder. I enkäten frågar vi om eleverna har blivit illa behandlade utifrån någon av dem.")
    d.h(1, "Nationella minoriteter")
    d.guidance("[Beskriv hur skolan arbetar för att främja de nationella minoriteternas rättigheter, "
               "t.ex. modersmålsundervisning och kulturell identitet.]")
    d.h(1, "Utvärdering av årets plan")
    d.p("En första uppföljning görs vecka 50 och utvärderingen sker i maj 2026. Trygghetsteamet "
        "ansvarar. Underlag är Friends-enkäten i mars, incidentstatistiken och en workshop med "
        "elevrådet, där eleverna bedömer om åtgärderna har gjort skillnad. Klassråden lämnar "
        "synpunkter innan den nya planen skrivs.")
    d.h(1, "Vårdnadshavare")
    d.p("Planen publiceras på skolans webbplats och skickas ut i höstens första nyhetsbrev.")
    lab = label(
        "j2_04.docx", "2025/26", "sv", ["grundskola"],
        "Swedish 4–9 plan whose measures table merges the owner column vertically (vMerge) over "
        "several rows and gives every time as weeks ('v. 38–42'); acute routine as a three-column "
        "step table; the national-minorities section holds only the bracketed template instruction.",
        dict(validity_period=P, responsible=M, student_involvement=M, previous_year_evaluation=P,
             survey=M, promotive_work=P, preventive_measures=M, acute_routines=M,
             discrimination_grounds=M, minority_rights=X, evaluation_plan=M,
             guardian_involvement=P),
        reasons={
            "validity_period": "only an adoption date, 'gäller tills en ny plan har fastställts' – no "
                               "end date",
            "previous_year_evaluation": "list of done / not done without any effect",
            "promotive_work": "slogans only (trygga, nolltolerans, goda förebilder)",
            "preventive_measures": "six rows; owner cells merged vertically so every row has an owner "
                                   "(Trygghetsteamet covers three rows, Mentorerna two) and a week "
                                   "span",
            "minority_rights": "section holds only bracketed template guidance",
            "guardian_involvement": "information only (website, newsletter)",
        },
        guidance_keys=["minority_rights"],
        decoys=["2025-09-12"],
        images_without_alt=0, images_ok=1)
    return d, lab


PLANS = [plan01, plan02, plan03, plan04]
