"""i2_01-i2_03: English plans of international schools (American vocabulary)."""
from wordkit import Plan, label, png


# ------------------------------------------------------------------ i2_01
def plan01(out):
    f = "i2_01_northbridge-international.docx"
    d = Plan("Plan against Discrimination and Degrading Treatment 2025–26", lang="en-US",
             author="Rachel Whitman")
    hdr = d.doc.sections[0].header
    hp = hdr.paragraphs[0]
    d.picture(hp.add_run(), png(48, 24, fg=(20, 60, 120)), width_cm=2.2,
              descr="Northbridge International School logo: a blue bridge over three waves", name="Logo")
    hp.add_run("   Northbridge International School Uppsala")
    d.footer_text("Anti-Bullying Policy and Equal Treatment Plan 2025–26", sv=False)

    d.title("Anti-Bullying Policy and Plan against Discrimination and Degrading Treatment")
    d.p("Northbridge International School Uppsala – Kindergarten (förskoleklass), Grades 1–9 and After-School "
        "Program (fritidshem)", bold=True)
    d.table([
        ["School", "Northbridge International School Uppsala, Kungsgatan 81, 753 21 Uppsala"],
        ["School unit code (skolenhetskod)", "38521946"],
        ["Organizer (huvudman)", "Northbridge Education AB, org. no. 556918-4420"],
        ["Programs covered", "Kindergarten (förskoleklass), Grades 1–9 (grundskola), After-School Program (fritidshem)"],
        ["Plan period", "August 18, 2025 – August 17, 2026"],
        ["Responsible for the plan", "Principal Dr. Rachel Whitman"],
        ["Adopted", "September 12, 2025"],
    ], header=False, bold_first_col=True, widths=[5, 11])

    d.h("1. Purpose", 1)
    d.p("Every student at Northbridge has the right to feel safe and respected. This document is both our "
        "Anti-Bullying Policy and the annual plan required by the Swedish Education Act (Skollagen, SFS 2010:800, "
        "chapter 6) and the documentation of active measures required by the Discrimination Act (SFS 2008:567, "
        "chapter 3). It describes what we found when we surveyed our school, what we will do this school year, "
        "and exactly what every adult does when a student is bullied, harassed or discriminated against.")

    d.h("2. Roles and responsibilities", 1)
    d.bullets([
        "**Principal (rektor) Dr. Rachel Whitman** is responsible for the plan: that it is drawn up, followed, "
        "evaluated and renewed every year, and that every report is investigated.",
        "**Deputy Principal Jonas Albrektsson** leads the Safety Team and is responsible for the Action Plan timeline.",
        "**The Safety Team (trygghetsteam)** – Deputy Principal, School Counselor Maria Ekström, School Nurse "
        "Hanna Lindgren, Grade 7–9 Dean Michael O'Brien and After-School Coordinator Sofia Rask – drafts the plan, "
        "analyzes the surveys and handles investigations.",
        "**Homeroom teachers and advisors** run class meetings and report incidents the same day.",
        "**All staff** intervene, report and follow the routines in section 9.",
        "**The Board of Northbridge Education AB (huvudman)** receives every report from the Principal, "
        "monitors investigations and reviews this plan each fall.",
    ])

    d.h("3. Student participation", 1)
    d.p("Students took part in drawing up this plan and will take part in following it up:")
    d.bullets([
        "All homerooms (Kindergarten–Grade 9) held a class meeting (klassråd) in the first week of September 2025 "
        "on the question “Where and when do you not feel safe?”. Homeroom teachers sent the notes to the Safety Team.",
        "Two Student Council (elevråd) representatives from each grade walked the building and schoolyard with "
        "the Deputy Principal on September 3, 2025 (safety walk) and marked unsafe spots on a map.",
        "The Student Council read the draft on September 10, 2025 and asked for two changes: a quiet room during "
        "lunch recess and clearer rules for group chats. Both are in the Action Plan.",
        "Our Peer Mentors (Grades 7–9) present the student version of the plan to younger grades in October.",
        "In January and May 2026 the Student Council and the homerooms follow up the plan (see section 11).",
    ])

    d.h("4. Parents and guardians", 1)
    d.p("The PTO Board discussed the draft at its meeting on September 8, 2025 and suggested adding "
        "information for parents on how to report concerns; this is now section 9.4. Parents answer our annual "
        "parent survey in February. The plan is published on our website and in SchoolSoft, is presented at "
        "Back-to-School Night, and parents are welcome to send comments to the School Counselor at any time "
        "(maria.ekstrom@northbridge.se).")

    d.h("5. Evaluation of last year's plan (2024–25)", 1)
    d.p("The Safety Team evaluated the 2024–25 plan in June 2025 together with the Student Council and the staff. "
        "Each planned measure is listed below with what was done and what effect we saw.")
    d.table([
        ["Planned measure 2024–25", "What we did", "Effect"],
        ["Adult supervision in the Grade 4–6 locker area before and after PE",
         "Done from October 2024; a PE teacher is posted at the lockers.",
         "Reports from the locker area fell from 9 (2023–24) to 2. In the spring survey 84 % of Grades 4–6 said "
         "they feel safe in the locker area (71 % the year before)."],
        ["Digital citizenship lessons in Grade 6 and 7 (four lessons per class)",
         "Done in Grade 7; only two lessons in Grade 6 because of staff absence.",
         "Fewer reports about group chats in Grade 7 (6 → 3). No clear change in Grade 6; the lessons continue."],
        ["Friendship Week with mixed-grade activities in Week 38",
         "Done as planned.",
         "Students in the survey rated it 4.2 of 5. Teachers noticed more mixed play at recess for some weeks, "
         "but the effect faded by November."],
        ["Training for After-School staff in handling conflicts (two sessions)",
         "One session held in March 2025; the second moved to fall 2025.",
         "Staff say they feel more confident; too early to see an effect on incidents."],
    ], widths=[5, 5, 6])

    d.h("6. Survey and analysis", 1)
    d.p("We used the following sources:")
    d.bullets([
        "The spring well-being survey (Grades 3–9, April 2025): 412 of 468 students answered (88 %).",
        "Skolinspektionen's school survey (Skolenkäten) for Grades 5 and 9, spring 2025.",
        "Our incident reports 2024–25: 38 reports of degrading treatment or harassment.",
        "The safety walk with the Student Council, class-meeting notes, and school nurse health talks.",
    ])
    d.table([
        ["Statement (spring 2025)", "Gr. 3–5", "Gr. 6–9", "All"],
        ["I feel safe at school", "93 %", "89 %", "91 %"],
        ["Adults act if someone is treated badly", "85 %", "72 %", "78 %"],
        ["I have been treated badly online by a classmate this year", "4 %", "14 %", "10 %"],
        ["I have heard comments about someone's religion or skin color", "6 %", "17 %", "12 %"],
    ], widths=[9, 2.3, 2.3, 2.3])
    d.p("**What we see.** Most students feel safe, but trust that adults act is clearly lower in Grades 6–9. "
        "Online treatment in group chats is the main risk in Grade 7 and 8; the incidents start in the evening and "
        "spill into the school day. Bathrooms near the cafeteria and the stairway to the gym are the places students "
        "mark as unsafe, mostly during lunch recess, when fewer adults are around. Seventeen percent of older "
        "students have heard comments about religion or skin color (ethnicity), and six of the 38 reports concerned "
        "sexual comments about girls' appearance in Grade 8. We think the causes are few adults in the transition "
        "spaces, unclear norms for group chats, and that older students do not believe reporting helps.")

    d.h("7. Promotive work", 1)
    d.p("Promotive work is for everyone and is not caused by a specific problem. This year:")
    d.bullets([
        "**Advisory program (Grades 6–9, weekly):** norm-critical lessons on gender roles, sexual orientation, "
        "transgender identity and racism; responsible: the advisors, led by Dean Michael O'Brien.",
        "**Mix-it-up Lunch** once a month where students sit in mixed-grade groups; responsible: the Student Council with the Deputy Principal.",
        "**Diverse library:** the librarian buys books that show different families, religions, disabilities and "
        "languages; goal: at least 40 new titles this year.",
        "**Accessible school:** a ramp to the music room is built during the fall break so that all students can take part.",
        "**Friendship Week** in Week 38 continues for Kindergarten–Grade 5 and the After-School Program.",
    ])

    d.h("8. Action plan (preventive measures 2025–26)", 1)
    d.table([
        ["Risk from the survey", "Goal", "Action", "Responsible", "Timeline", "Follow-up"],
        ["Low trust that adults act (Gr. 6–9)", "“Adults act” above 85 % in Gr. 6–9",
         "Every report gets feedback to the student within a week; advisors explain the process in class.",
         "Deputy Principal", "From Sept 2025", "Survey April 2026"],
        ["Group chats in Grade 7–8", "Fewer online reports (14 % → under 8 %)",
         "Four digital citizenship lessons per class; class agreements for group chats; parent evening on group chats.",
         "School Counselor, advisors Gr. 7–8", "Oct–Dec 2025", "Incident reports in Jan 2026"],
        ["Bathrooms near cafeteria and gym stairway", "No reports from these places",
         "Scheduled adult at the bathrooms and stairway during lunch recess; quiet room open at lunch.",
         "Grade 7–9 Dean", "From Sept 15, 2025", "Safety walk March 2026"],
        ["Comments on religion and skin color", "Under 10 % in survey",
         "Workshops with an external educator on racism for Grades 6–9; teachers always address such comments.",
         "Principal", "Feb 2026", "Survey April 2026"],
        ["Sexual comments in Grade 8", "No repeated cases",
         "Lessons on consent and sexual harassment with the School Nurse; separate talks with the groups involved.",
         "School Nurse, Grade 8 advisors", "Nov 2025", "Student Council in Jan 2026"],
    ], widths=[3, 2.6, 4.4, 2.4, 1.9, 2.2])

    d.h("9. Routines for acute situations", 1)
    d.h("9.1 When a student is bullied, harassed or treated badly by another student", 2)
    d.numbered([
        "Any adult who sees or hears about it **acts at once**: stops the behavior and makes sure the student is safe.",
        "The adult **reports to the Principal the same day** using the incident form in the incident system.",
        "The Principal **reports to the huvudman** (the Head of Education at Northbridge Education AB) within 24 hours.",
        "The Safety Team **investigates** promptly: talks with the student who was affected, the student(s) who acted, "
        "and witnesses; parents of all students involved are contacted the same day.",
        "The Safety Team decides **measures** to stop the behavior (talks, supervision, changed groups, and where "
        "needed support from student health).",
        "Everything is **documented** in the incident system: what happened, the investigation, and the measures.",
        "The Safety Team **follows up** with the students after two weeks and again after six weeks, and closes the "
        "case only when the behavior has stopped.",
    ])
    d.h("9.2 When an adult treats a student badly", 2)
    d.p("Staff who learn that a colleague has treated a student badly report directly to the Principal, who "
        "investigates personally together with HR at Northbridge Education AB and reports to the huvudman. If the "
        "Principal is involved, the report goes straight to the Head of Education.")
    d.h("9.3 Who can I turn to?", 2)
    d.table([
        ["Role", "Name", "Phone", "E-mail"],
        ["Principal", "Dr. Rachel Whitman", "018-44 27 100", "rachel.whitman@northbridge.se"],
        ["Deputy Principal", "Jonas Albrektsson", "018-44 27 102", "jonas.albrektsson@northbridge.se"],
        ["School Counselor (kurator)", "Maria Ekström", "070-318 22 45", "maria.ekstrom@northbridge.se"],
        ["School Nurse", "Hanna Lindgren", "018-44 27 110", "hanna.lindgren@northbridge.se"],
    ], widths=[4, 4, 3, 5])
    d.h("9.4 For parents", 2)
    d.p("If you are worried, contact your child's homeroom teacher or any person above. You can also contact "
        "the Child and School Student Representative (BEO) or the Equality Ombudsman (DO).")

    d.h("10. The grounds of discrimination", 1)
    d.p("Discrimination and harassment are connected to one of the seven grounds in the Discrimination Act: "
        "sex, transgender identity or expression, ethnicity, religion or other belief, disability, sexual "
        "orientation and age. Degrading treatment (kränkande behandling) is behavior that violates a student's "
        "dignity without being connected to a ground. Sexual harassment is unwelcome behavior of a sexual nature. "
        "Our survey asks about all seven grounds, and the Action Plan addresses the risks we found for ethnicity, "
        "religion and sex.")
    d.h("National minorities", 2)
    d.p("Sweden has five recognized national minorities: Jews, Roma, Sami, Sweden Finns and Tornedalians. "
        "All students are welcome at Northbridge regardless of background.")

    d.h("11. Follow-up and evaluation of this plan", 1)
    d.bullets([
        "**January 2026:** mid-year follow-up of the Action Plan by the Safety Team with the Student Council "
        "(incident statistics and a short check-in in every homeroom).",
        "**April 2026:** well-being survey for Grades 3–9.",
        "**May 2026:** evaluation of the whole plan: the Safety Team, the Student Council and one class meeting in "
        "every homeroom assess each measure; staff evaluate at a staff meeting.",
        "**June 2026:** the Principal writes the evaluation into the 2026–27 plan.",
    ])
    d.p("Responsible for the evaluation: Principal Dr. Rachel Whitman.")
    d.p("Uppsala, September 12, 2025")
    d.p("Dr. Rachel Whitman, Principal")
    d.save(out / f)
    return label(f, "2025/26", "en", ["förskoleklass", "grundskola", "fritidshem"],
                 "International school, American vocabulary, policy + plan; front table, action-plan table, "
                 "numbered acute steps; header logo picture with alt text",
                 "m m m m m m m m m p m m",
                 {"minority_rights": "five minorities named, no measure (only 'all students are welcome')",
                  "validity_period": "Aug 18 2025 – Aug 17 2026 on front table"},
                 decoys=["38521946", "556918-4420", "018-44 27 100", "018-44 27 102", "070-318 22 45",
                         "018-44 27 110", "SFS 2010:800", "SFS 2008:567"],
                 ok=1)


# ------------------------------------------------------------------ i2_02
def plan02(out):
    f = "i2_02_brookfield-code-of-conduct.docx"
    d = Plan("Code of Conduct and Anti-Bullying Policy", lang="en-US", author="Leadership Team")
    d.header_text("Brookfield International School Täby – Code of Conduct")
    d.footer_text("Brookfield International School · Enhagsvägen 14, 187 40 Täby · 08-522 418 00", sv=False)
    d.title("Code of Conduct and Anti-Bullying Policy")
    d.p("Brookfield International School Täby · Kindergarten through Grade 8", bold=True)
    d.p("Effective September 1, 2025. This policy remains in effect until revised.", italic=True)

    d.h("Our Values", 1)
    d.p("At Brookfield we live by three words: **Respect, Responsibility, Kindness.** Every student deserves "
        "to learn in a safe and caring environment. We have zero tolerance for bullying of any kind. We believe "
        "that all members of our community should treat each other the way they would like to be treated.")

    d.h("Responsibility", 1)
    d.p("Implementation of this policy is the shared responsibility of the Leadership Team and all faculty and "
        "staff. Everyone at Brookfield is expected to model the Code of Conduct.")

    d.h("Student Expectations", 1)
    d.bullets([
        "Arrive on time and be prepared for class.",
        "Follow the dress code: no hats or hoods indoors, clothing must be appropriate for school.",
        "Cell phones are turned off and stored in lockers from 8:15 until dismissal (Grades 3–8).",
        "Use kind language in person and online.",
        "Respect school property and the property of others.",
        "Report bullying to an adult – being an upstander, not a bystander.",
    ])
    d.p("The Code of Conduct is presented to students in Homeroom at the start of each semester, and students in "
        "Grades 3–8 sign the Code of Conduct agreement, which is kept by the Homeroom teacher.")

    d.h("Definition of Bullying", 1)
    d.p("Bullying is repeated, intentional behavior meant to hurt, frighten or exclude another person. It can be "
        "physical, verbal, social or online (cyberbullying). Discrimination means treating a student unfairly on the "
        "basis of sex, ethnicity, religion, disability or sexual orientation, and is never accepted at Brookfield.")

    d.h("Prevention", 1)
    d.p("To prevent bullying, Brookfield will:")
    d.bullets([
        "Increase adult supervision during recess and lunch.",
        "Hold anti-bullying assemblies during the year.",
        "Teach digital citizenship in the upper grades.",
        "Encourage students to report concerns through the Counselor's “worry box”.",
    ])

    d.h("Reporting and Consequences", 1)
    d.p("When a teacher or staff member witnesses or is told about bullying:")
    d.numbered([
        "Stop the behavior immediately.",
        "Inform the Principal or the Assistant Principal the same day.",
        "The Principal or Assistant Principal investigates by talking to the students involved and any witnesses.",
        "Parents of the students involved are contacted.",
        "Consequences are applied according to the discipline ladder below.",
        "The incident is documented in the student file.",
    ])
    d.table([
        ["Step", "Consequence"],
        ["1", "Verbal warning and conversation with the Homeroom teacher"],
        ["2", "Parent contact and reflection sheet"],
        ["3", "Meeting with the Assistant Principal and parents; lunch detention"],
        ["4", "Behavior contract; possible in-school suspension (avstängning is only used as permitted by the Education Act)"],
    ], widths=[2, 14])

    d.h("Parents and Guardians", 1)
    d.p("Parents are informed about the Code of Conduct and Anti-Bullying Policy through the Parent Handbook, the "
        "school website and at the first PTO meeting of the year.")

    d.h("Review", 1)
    d.p("Last year's policy was reviewed by the faculty in June 2025. Overall the policy worked well and the number "
        "of incidents went down. Some minor changes were made to the discipline ladder. This policy is reviewed "
        "annually by the Leadership Team.")
    d.p("Brookfield International School Täby · org. no. 556874-2291 · office@brookfield-taby.se")
    d.save(out / f)
    return label(f, "2025/26", "en", ["förskoleklass", "grundskola"],
                 "Short American Code of Conduct policy (dress code, phones, discipline ladder) standing in as the plan; "
                 "no survey; mostly slogans",
                 "p p p p x p p p p x p p",
                 {"validity_period": "'Effective September 1, 2025 … remains in effect until revised' = open-ended",
                  "responsible": "only 'shared responsibility of the Leadership Team and all faculty' (group/collective)",
                  "student_involvement": "students only informed in Homeroom and sign the Code (information, not participation)",
                  "previous_year_evaluation": "general 'worked well, incidents went down', no measures",
                  "survey": "no survey or mapping of any kind",
                  "promotive_work": "values slogans and zero tolerance only",
                  "preventive_measures": "four measures without owner or time",
                  "acute_routines": "stop-report-investigate-document, but no report to the huvudman",
                  "discrimination_grounds": "five grounds (sex, ethnicity, religion, disability, sexual orientation)",
                  "evaluation_plan": "only 'reviewed annually by the Leadership Team'",
                  "guardian_involvement": "parents only informed (handbook, website, PTO meeting)"},
                 decoys=["08-522 418 00", "556874-2291"])


# ------------------------------------------------------------------ i2_03
def plan03(out):
    f = "i2_03_eriksberg-policy-swedish-appendix.docx"
    d = Plan("Equal Treatment Policy 2026", lang="en-GB", author="Thomas Greer")
    d.header_text("Eriksberg International School · Equal Treatment Policy 2026")
    d.footer_text("Policy no. EIS-07 · Version 1.0", sv=False)
    d.title("Equal Treatment Policy and Anti-Bullying Policy 2026")
    d.p("Eriksberg International School, Grades 6–9 · Göteborg", bold=True)
    d.table([
        ["Policy owner", "Principal Thomas Greer"],
        ["Applies to", "Grades 6–9 (grundskola)"],
        ["Period", "Calendar year 2026 (January 1 – December 31, 2026)"],
        ["Approved by", "Board of Eriksberg Education AB, December 2, 2025"],
        ["Version", "1.0 (replaces the former owner's likabehandlingsplan)"],
    ], header=False, bold_first_col=True, widths=[4, 12])

    d.h("1. Policy statement", 1)
    d.p("Eriksberg International School does not accept discrimination, harassment, sexual harassment, "
        "bullying or any other degrading treatment. This policy sets out how we work to promote equal treatment, "
        "prevent bullying and act when it happens. It applies to students, staff and visitors on school premises, "
        "on trips and online when the behaviour affects school.")

    d.h("2. Responsibilities", 1)
    d.table([
        ["Who", "Responsibility"],
        ["Principal Thomas Greer", "Owns this policy; ensures it is followed and renewed; receives all reports and "
                                   "reports them to the owner; decides on investigations."],
        ["Head of Wellbeing Aisha Rahman", "Leads the Wellbeing Team; coordinates the survey and the Action Plan."],
        ["School Counselor (kurator) Erik Nordahl", "Investigates reports together with the Head of Wellbeing; supports students."],
        ["Homeroom teachers", "Weekly homeroom, first contact for students and parents."],
        ["All staff", "Intervene, report the same day, follow Appendix 1."],
        ["Eriksberg Education AB (huvudman)", "Receives reports, monitors investigations, approves the policy."],
    ], widths=[5, 11])

    d.h("3. Definitions", 1)
    d.p("**Discrimination** is when a student is disadvantaged, directly or indirectly, for reasons connected to "
        "one of the seven grounds of discrimination: sex, transgender identity or expression, ethnicity, religion or "
        "other belief, disability, sexual orientation or age.")
    d.p("**Harassment** is conduct that violates a person's dignity and is connected to one of the grounds. "
        "**Sexual harassment** is conduct of a sexual nature that violates a person's dignity. **Degrading "
        "treatment** is conduct that violates a student's dignity without being connected to a ground.")

    d.h("4. Student voice", 1)
    d.p("All students in Grades 6–9 answered the Spring Climate Survey in May 2025. Their answers are the basis "
        "of the analysis below.")

    d.h("5. Review of the previous policy", 1)
    d.p("This is the first policy written after the school changed owner in July 2025. No evaluation of the "
        "previous plan has been made.")

    d.h("6. Survey and analysis", 1)
    d.p("Sources: the Spring Climate Survey (May 2025, 287 of 316 students, 91 %), the incident log for the "
        "academic year 2024–25 (27 reports), the Counselor's observations and a staff workshop in August 2025.")
    d.table([
        ["Climate Survey item", "Grade 6", "Grade 7", "Grade 8", "Grade 9"],
        ["I feel safe at school", "94 %", "86 %", "83 %", "90 %"],
        ["I feel safe in the changing rooms", "88 %", "71 %", "69 %", "80 %"],
        ["Someone has made fun of my accent or language", "5 %", "11 %", "13 %", "8 %"],
        ["I have received unwanted sexual comments", "2 %", "6 %", "12 %", "9 %"],
    ], widths=[7, 2.2, 2.2, 2.2, 2.2])
    d.p("Analysis: the changing rooms in the sports hall are the least safe place, especially for Grades 7–8, where "
        "no adult is present. Comments about accent and language are linked to ethnicity; we have many newly "
        "arrived families and students who are still learning English and Swedish. Unwanted sexual comments peak "
        "in Grade 8 and mostly happen on Snapchat. Twelve of 27 reports came from the lunch break.")

    d.h("7. Promoting equal treatment", 1)
    d.bullets([
        "Respect Week in February 2026 with assemblies planned by the Student Council and the Head of Wellbeing.",
        "Homeroom lessons on norms, gender and sexual orientation every second week (homeroom teachers).",
        "International Day in May where families share food, music and languages (PTO and staff).",
        "All new staff complete the owner's course on inclusive teaching by March 2026 (Principal).",
    ])

    d.h("8. Action Plan 2026", 1)
    d.table([
        ["Area", "Action", "Responsible", "When", "Follow-up"],
        ["Changing rooms", "PE staff supervise the changing rooms; separate time slots for Grade 7 and 8",
         "PE department head", "From January 7, 2026", "Climate Survey May 2026"],
        ["Language and accent", "Language-buddy scheme for newly arrived students; staff address comments at once",
         "Head of Wellbeing", "Spring term 2026", "Incident log, June 2026"],
        ["Sexual comments online", "Workshop on consent and online behaviour for Grade 8; parent information evening",
         "School Counselor", "February 2026", "Survey May 2026"],
        ["Lunch break", "Two more adults on duty; games room open", "Principal", "From January 2026", "Incident log monthly"],
    ], widths=[3, 6, 2.7, 2.3, 2.5])

    d.h("9. Parents", 1)
    d.p("The PTO Board reviewed the draft at its meeting on November 18, 2025 and proposed two changes, which we "
        "adopted: the parent information evening on online behaviour, and a clearer list of contacts. Parents answer "
        "the parent survey in March, meet the homeroom teacher at parent-teacher conferences, and can comment on the "
        "policy at any time. The policy is published on the school website.")

    d.h("10. Procedures", 1)
    d.p("The procedure for acting on bullying, harassment and discrimination follows the owner's common routine "
        "and is set out in Swedish in Appendix 1.")

    d.page_break()
    d.h("Bilaga 1 – Rutin vid kränkande behandling, trakasserier och sexuella trakasserier", 1)
    d.p("Denna bilaga är på svenska eftersom den följer huvudmannens gemensamma rutin för alla skolor inom "
        "Eriksberg Education AB.")
    d.numbered([
        "Den vuxna som ser eller får veta att en elev upplever sig kränkt **ingriper direkt** och ser till att det upphör.",
        "Personalen **anmäler samma dag till rektor** via blanketten i incidentsystemet.",
        "Rektor **anmäler till huvudmannen** senast nästa arbetsdag.",
        "Rektor utser utredare (kurator eller Head of Wellbeing) som **skyndsamt utreder**: samtal med den utsatta eleven, "
        "med den eller de som utövat kränkningen och med vittnen. Vårdnadshavare informeras samma dag.",
        "Utifrån utredningen beslutas **åtgärder** för att kränkningarna ska upphöra.",
        "Allt **dokumenteras** i incidentsystemet: anmälan, utredning, åtgärder.",
        "**Uppföljning** sker efter två veckor med eleverna och vårdnadshavarna. Ärendet avslutas när kränkningarna har upphört.",
    ])
    d.p("Om en anställd misstänks ha kränkt en elev utreder rektor ärendet tillsammans med huvudmannens HR-funktion. "
        "Gäller det rektor anmäls ärendet direkt till huvudmannen.")
    d.h("Bilaga 2 – Lagtexter", 1)
    d.p("Skollagen (2010:800) 6 kap. 8 §: ”Huvudmannen ska se till att det varje år upprättas en plan med en "
        "översikt över de åtgärder som behövs för att förebygga och förhindra kränkande behandling av barn och elever. "
        "Planen ska innehålla en redogörelse för vilka av dessa åtgärder som avses att påbörjas eller genomföras under "
        "det kommande året. En redogörelse för hur de planerade åtgärderna har genomförts ska tas in i efterföljande "
        "års plan.”")
    d.p("Skollagen 6 kap. 10 §: En lärare, förskollärare eller annan personal som får kännedom om att ett barn eller en "
        "elev anser sig ha blivit utsatt för kränkande behandling i samband med verksamheten är skyldig att anmäla "
        "detta till förskolechefen eller rektorn. En förskolechef eller rektor som får kännedom om att ett barn eller en "
        "elev anser sig ha blivit utsatt för kränkande behandling är skyldig att anmäla detta till huvudmannen. "
        "Huvudmannen är skyldig att skyndsamt utreda omständigheterna kring de uppgivna kränkningarna och i "
        "förekommande fall vidta de åtgärder som skäligen kan krävas.")
    d.p("Diskrimineringslagen (2008:567) 1 kap. 1 §: Denna lag har till ändamål att motverka diskriminering och på "
        "andra sätt främja lika rättigheter och möjligheter oavsett kön, könsöverskridande identitet eller uttryck, "
        "etnisk tillhörighet, religion eller annan trosuppfattning, funktionsnedsättning, sexuell läggning eller ålder.")
    d.p("Diskrimineringslagen 3 kap. 2 §: Arbetet med aktiva åtgärder innefattar att 1. undersöka om det finns "
        "risker för diskriminering eller repressalier eller om det finns andra hinder för enskildas lika rättigheter och "
        "möjligheter, 2. analysera orsaker till upptäckta risker och hinder, 3. vidta de förebyggande och främjande "
        "åtgärder som skäligen kan krävas, och 4. följa upp och utvärdera arbetet.")
    d.p("Förordning (2006:1083) 2 §: En plan mot kränkande behandling ska upprättas, följas upp och ses över under "
        "medverkan av barnen eller eleverna vid den verksamhet som planen gäller för.")
    d.save(out / f)
    return label(f, "2025/26", "en", ["grundskola"],
                 "Policy-style English document (policy owner table, numbered policy sections) with Swedish appendices: "
                 "acute routine in Swedish, law extracts quoting every keyword",
                 "m m p x m m m m m x x m",
                 {"validity_period": "calendar year 2026 (Jan 1 – Dec 31 2026): a legitimate 12-month period overlapping "
                                     "the spring term of 2025/26",
                  "student_involvement": "students only answered the climate survey",
                  "previous_year_evaluation": "explicit 'No evaluation of the previous plan has been made' (owner change, "
                                              "not a new unit)",
                  "acute_routines": "all steps incl. huvudman and documentation, in the Swedish Bilaga 1",
                  "minority_rights": "no mention (law extract does not cover minorities either)",
                  "evaluation_plan": "no evaluation plan for the policy; 'följas upp och ses över' / "
                                     "'följa upp och utvärdera' appear only in the law extract"},
                 not_done=["previous_year_evaluation"],
                 decoys=["2010:800", "2008:567", "2006:1083"])
