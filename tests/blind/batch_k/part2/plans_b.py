"""Plans k2_09 - k2_16."""
from k2lib import Plan, img_boxes, img_circle, img_stripes, img_wheel, label

SY = "2025/26"


# ==========================================================================
# k2_09  English plan, international school with an American curriculum
# ==========================================================================
def k2_09():
    b = Plan("Plan against Discrimination and Degrading Treatment – Lakeside International School",
             heading_mode="style", author="Marcus Lindqvist", lang="en-GB")
    logo = img_circle(120, 120, (255, 255, 255), (31, 78, 121), 0.45)
    b.image(logo, 3, alt="Lakeside International School logo")
    b.title("Plan against Discrimination and Degrading Treatment",
            "Lakeside International School Stockholm · Grades 6–9 · Academic Year 2025–2026")
    b.set_footer("Lakeside International School Stockholm · Equal Treatment Plan 2025–2026")

    b.h("Basic information", 1)
    b.table([
        ["School", "Lakeside International School Stockholm, an independent compulsory school "
                   "(grundskola, Grades 6–9) following an American curriculum"],
        ["Governing body (huvudman)", "Lakeside Education AB, org. no. 556712-3459"],
        ["Valid", "Academic Year 2025–2026"],
        ["Responsible", "Head of School Dr. Rebecca Stone; Dean of Students Marcus Lindqvist"],
    ], header=False, bold_first_col=True, widths=[5, 10.5])

    b.h("Responsibilities", 1)
    b.bullets([
        "**The governing body** ensures that a plan is drawn up every year and that every report of "
        "degrading treatment is investigated promptly.",
        "**The Head of School** is responsible for the plan, for its follow-up and evaluation, and for "
        "making sure that all staff know it.",
        "**The Dean of Students** leads the Safety Team and coordinates investigations.",
        "**Advisors** (each student's homeroom teacher in Advisory) go through the plan with their "
        "Advisory group and are the first contact for families.",
        "**All staff** must intervene when they see or hear about degrading treatment or harassment and "
        "report it to the Head of School the same day.",
    ])

    b.h("Student participation", 1)
    b.p("The Student Council (two representatives per grade) reviewed the draft plan on September 9, "
        "2025 and proposed more staff presence at the lockers and a clearer list of people to turn to. "
        "Every Advisory group discussed the draft in week 37, and the comments were collected by the "
        "Dean of Students. Grade 8 students carried out a safety walk with the Safety Team in April 2025. "
        "Two Student Council members take part in the spring review of the plan.")

    b.h("Parents and guardians", 1)
    b.p("Parents are informed about the plan through the Friday newsletter, and the plan is available "
        "on the school website.")

    b.h("Evaluation of last year's plan", 1)
    b.p("Last year's plan was evaluated by the Safety Team in June 2025. Most of the planned actions were "
        "implemented and the school climate has improved.")

    b.h("Survey and analysis", 1)
    b.p("The school's well-being survey was answered in March 2025 by 212 of 240 students in Grades 6–9. "
        "84% of students feel safe at school (79% the year before). Students name the locker area before "
        "first period, the bus stop on Sjövägen after school and online group chats as places where "
        "they feel less safe. In Grade 7, 14 students report name-calling related to ethnicity. Incident "
        "reports (37 in 2024–2025) confirm that most incidents happen in unsupervised spaces.")
    b.p("Analysis: risks are highest where adults are absent and online. The Grade 7 answers show a risk "
        "of harassment linked to ethnicity that needs targeted work.")

    b.h("Promotive work", 1)
    b.bullets([
        "Weekly Advisory lessons on social and emotional learning, including the seven grounds of "
        "discrimination. Responsible: Advisors. Every Wednesday, all year.",
        "Diversity Week in February with student-led presentations on languages and cultures in our "
        "community. Responsible: Student Council with the Dean of Students.",
        "Mixed-grade House teams for sports day and service projects, so students meet across grades. "
        "Responsible: PE department. September and May.",
    ])

    b.h("Action plan 2025–2026", 1)
    b.table([
        ["Area", "Action", "Responsible", "Timeline"],
        ["Locker area", "Staff supervision at the lockers before first period and at lunch",
         "Dean of Students", "From August 25, 2025"],
        ["Bus stop on Sjövägen", "A staff member at the bus stop after the last lesson", "", ""],
        ["Group chats", "Digital citizenship unit in Advisory", "Advisors", ""],
        ["Name-calling related to ethnicity (Grade 7)", "Restorative circles and class discussions",
         "School Counselor Hanna Berg", "Fall semester 2025"],
    ])

    b.h("Reporting procedure – Always act", 1)
    b.bullets([
        "Any staff member who sees or hears of degrading treatment, harassment or sexual harassment "
        "intervenes immediately.",
        "The staff member reports to the Head of School the same day using the incident form.",
        "The Head of School reports to the governing body (huvudman) within 24 hours.",
        "The Dean of Students investigates promptly, talking to the students involved and any witnesses; "
        "parents are contacted the same day.",
        "The Head of School decides on measures to stop the treatment.",
        "The report, investigation and measures are documented in the school's incident system.",
        "The Safety Team follows up after two weeks and closes the case when the treatment has stopped.",
    ], numbered=True)
    b.p("If a staff member offends a student, the Head of School investigates together with HR. If the "
        "Head of School is involved, the governing body investigates.")
    b.text_box([
        "Who should I turn to?",
        "Your Advisor or any teacher you trust",
        "Dean of Students Marcus Lindqvist, +46 8 123 456 70",
        "School Counselor Hanna Berg, +46 8 123 456 72",
        "Note: follow up open case for student 120914-5711 (Grade 8) before publishing.",
    ], width_pt=300, height_pt=120)

    b.h("Discrimination grounds", 1)
    b.p("The Swedish Discrimination Act protects against discrimination linked to sex, transgender "
        "identity or expression, ethnicity, religion or other belief, disability, sexual orientation and "
        "age. The plan also covers harassment, sexual harassment and degrading treatment that is not "
        "linked to any ground.")

    b.h("National minorities", 1)
    b.p("Sweden's national minorities are Jews, Roma, the Sami, Sweden Finns and Tornedalians, and the "
        "national minority languages are Yiddish, Romani Chib, Sami, Finnish and Meänkieli. Students "
        "belonging to a national minority have the right to mother tongue tuition in their minority "
        "language. The school informs families of this right at enrolment and in the August newsletter "
        "(responsible: Head of School). Social Studies in Grades 6 and 8 teaches the history and culture "
        "of the minorities, and Sami National Day on February 6 is marked in Advisory.")

    b.h("Follow-up and evaluation", 1)
    b.p("The plan is reviewed annually.")

    lab = label(
        SY, ["grundskola"], language="en",
        shape="English plan of an international Grades 6–9 school with an American curriculum (Dean of "
              "Students, Advisory), validity 'Academic Year 2025–2026', an action-plan table with gaps and "
              "a text box of contacts.",
        status={
            "previous_year_evaluation": "partial",
            "preventive_measures": "partial",
            "evaluation_plan": "partial",
            "guardian_involvement": "partial",
        },
        reasons={
            "validity_period": "'Academic Year 2025–2026' equals the school year.",
            "previous_year_evaluation": "Only a general statement that most actions were implemented and the climate improved; no measure-by-measure account.",
            "preventive_measures": "Four actions; only two have both responsible and timeline (bus stop has neither, group chats has no timeline).",
            "acute_routines": "Intervene, report to Head of School, report to huvudman within 24 h, investigate, measures, documentation, follow-up; staff-on-student case.",
            "evaluation_plan": "Only 'The plan is reviewed annually'; other sections add that the Head of School is responsible and two Council members join a spring review, but no method or date.",
            "guardian_involvement": "Parents are only informed via the newsletter and the website.",
        },
        ids={"120914-5711": "text_box"},
        decoys=["556712-3459", "+46 8 123 456 70", "+46 8 123 456 72"],
        images_ok=1,
    )
    return b, lab


# ==========================================================================
# k2_10  Swedish plan with a lättläst version for students appended
# ==========================================================================
def k2_10():
    b = Plan("Plan mot diskriminering och kränkande behandling – Hagaskolan 2025/26",
             heading_mode="style", author="Amira Karlsson")
    b.title("Plan mot diskriminering och kränkande behandling",
            "Hagaskolan F–6 och fritidshem · Läsåret 2025/26")
    b.set_footer("Hagaskolan · Läsåret 2025/26")

    b.h("Ansvar", 1)
    b.p("Rektor Amira Karlsson ansvarar för planen och för att varje "
        "anmälan om kränkande behandling utreds. Trygghetsteamet (kurator, specialpedagog och två lärare) "
        "samordnar arbetet. All personal ska ingripa och anmäla till rektor. Huvudmannen, "
        "utbildningsnämnden, ansvarar för att planen finns och att anmälningar utreds skyndsamt.")

    b.h("Elevernas delaktighet", 1)
    b.p("Klassråden i åk 1–6 diskuterade förra årets trygghetsarbete i augusti. Elevrådet gick igenom "
        "utkastet till planen den 4 september 2025 och hjälpte till att skriva den lättlästa versionen i "
        "slutet av planen. Förskoleklassen har ritat bilder av trygga och otrygga platser.")

    b.h("Vårdnadshavarnas delaktighet", 1)
    b.p("Planen presenteras på föräldramötena i september, där vårdnadshavarna kan lämna synpunkter. "
        "Vårdnadshavarna i skolrådet läste utkastet i augusti och föreslog att planen ska finnas på fler "
        "språk på skolans webbplats.")

    b.h("Utvärdering av förra årets plan", 1)
    b.p("Någon utvärdering av förra årets plan har inte gjorts eftersom planen har skrivits om helt i år.")

    b.h("Kartläggning och analys", 1)
    b.p("Trivselenkät i åk 1–6 i april 2025 (172 av 185 elever svarade), trygghetsvandring med elevrådet "
        "i maj 2025 och fritidspersonalens iakttagelser. 90 % av eleverna känner sig trygga. Otrygga "
        "platser är toaletterna vid gympasalen, hörnet bakom förrådet och kön till matsalen. Elever i "
        "åk 4 berättar att de inte får vara med i fotbollen om de är tjejer. Analys: de otrygga platserna "
        "saknar vuxna, och fotbollen visar att vi behöver arbeta med normer om kön.")

    b.h("Främjande arbete", 1)
    b.bullets([
        "Kompislektioner varannan vecka i alla klasser om vänskap, olikheter och de sju "
        "diskrimineringsgrunderna. Ansvarig: klasslärarna. Hela läsåret.",
        "Fritidshemmet har språkveckor där barnen lär varandra ord på sina språk. Ansvarig: "
        "fritidspersonalen. Vecka 41 och vecka 10.",
        "Alla elever kan låna böcker om olika familjer och funktionsnedsättningar i klassrumsbiblioteken. "
        "Ansvarig: skolbibliotekarien. Från oktober 2025.",
    ])

    b.h("Förebyggande åtgärder", 1)
    b.bullets([
        "Toaletterna vid gympasalen: tillsyn varje rast. Ansvarig: fritidspersonalen. När: från vecka 35.",
        "Hörnet bakom förrådet: rastvakten går dit varje rast, och hörnet får belysning. Ansvarig: rektor. "
        "När: klart i oktober 2025.",
        "Fotbollen i åk 4: lagindelning görs av en vuxen och alla får vara med. Ansvarig: rastvakterna och "
        "klassläraren i åk 4. När: från vecka 36, följs upp i december.",
        "Kön till matsalen: klasserna går till matsalen på fasta tider. Ansvarig: rektor och kökschefen. "
        "När: från 1 september 2025.",
    ])

    b.h("Rutiner för akuta situationer", 1)
    b.bullets([
        "Den vuxna som ser eller får veta att en elev blir kränkt ingriper direkt.",
        "Den vuxna anmäler till rektor samma dag.",
        "Rektor anmäler till huvudmannen samma dag.",
        "Trygghetsteamet utreder och pratar med alla inblandade. Vårdnadshavarna kontaktas samma dag.",
        "Rektor beslutar om åtgärder.",
        "Allt dokumenteras i skolans ärendesystem.",
        "Trygghetsteamet följer upp efter två veckor.",
    ], numbered=True)
    b.p("Om en vuxen kränker en elev utreder rektor. Gäller det rektor utreder skolchefen.")

    b.h("Diskrimineringsgrunderna", 1)
    b.p("De sju diskrimineringsgrunderna är kön, könsöverskridande identitet eller uttryck, etnisk "
        "tillhörighet, religion eller annan trosuppfattning, funktionsnedsättning, sexuell läggning och "
        "ålder. Till diskrimineringsgrunden etnisk tillhörighet hör också de nationella minoriteterna: "
        "judar, romer, samer, sverigefinnar och tornedalingar.")

    b.h("Utvärdering av årets plan", 1)
    b.guide("[Beskriv hur och när årets plan ska utvärderas, vem som ansvarar och hur eleverna deltar.]")

    # ---------- lättläst version ----------
    b.page_break()
    border = img_stripes(240, 16, (250, 200, 80), (255, 240, 200), step=5)
    pict_safe = img_circle(80, 80, (255, 255, 255), (76, 175, 80), 0.42)
    talk = img_boxes(160, 100, (255, 255, 255), [(20, 30, 60, 95, (66, 133, 244)),
                                                 (100, 45, 130, 95, (244, 180, 0))])
    b.image(border, 15.5, decorative=True)
    b.h("Planen på lätt svenska – till dig som är elev", 1)
    b.image(pict_safe, 2)
    b.p("Alla ska känna sig trygga på Hagaskolan. Ingen får vara dum mot någon annan.")
    b.p("Du och dina kompisar har varit med och skrivit planen i klassrådet och i elevrådet.")
    b.h("Om någon är dum mot dig", 2)
    b.image(talk, 5, alt="En vuxen och ett barn som pratar med varandra")
    b.bullets([
        "Säg till en vuxen på skolan. Det kan vara din lärare, någon på fritids eller rektor.",
        "Den vuxna berättar för rektor samma dag.",
        "Rektor berättar för de som bestämmer över skolan.",
        "Vi pratar med alla som var med och ser till att det slutar.",
        "Vi skriver ner vad som hände.",
        "Efter två veckor frågar vi dig hur det går.",
    ])
    b.h("Det här ska vi göra i år", 2)
    b.image(pict_safe, 2)
    b.bullets([
        "En vuxen tittar till toaletterna vid gympasalen på varje rast.",
        "Alla får vara med i fotbollen.",
        "Vi går till matsalen på bestämda tider så att kön blir kortare.",
    ])
    b.h("Ingen får behandlas illa för att", 2)
    b.p("man är tjej eller kille, för hur man visar vem man är, för vilket land man eller ens familj "
        "kommer ifrån, för vilken religion man har, för att man har en funktionsnedsättning, för vem man "
        "blir kär i eller för hur gammal man är.")
    b.p("Efter ett år frågar vi er vad ni tycker om planen.")

    lab = label(
        SY, ["förskoleklass", "grundskola", "fritidshem"],
        "Swedish F–6 plan followed by a one-page lättläst version for students with pictograms (one "
        "pictogram shown twice from one relationship, one decorative border, one picture with alt text); "
        "the evaluation section holds only template guidance.",
        status={
            "previous_year_evaluation": "missing",
            "minority_rights": "partial",
            "evaluation_plan": "partial",
        },
        reasons={
            "previous_year_evaluation": "Only says no evaluation was made because the plan was rewritten; no date or plan given.",
            "minority_rights": "The five minorities are named inside the grounds section without any measure.",
            "evaluation_plan": "The section is only bracketed guidance, but the lättläst part says the students will be asked what they think of the plan after a year (students' part, vague time); no who or method.",
            "acute_routines": "Steps incl. rektor reports to huvudman the same day, investigation, measures, documentation, follow-up; repeated in the lättläst part.",
        },
        guidance_keys=["evaluation_plan"],
        not_done_keys=["previous_year_evaluation"],
        images_without_alt=1, images_ok=2,
    )
    return b, lab


# ==========================================================================
# k2_11  measures table: every row "Löpande", owner "All personal"
# ==========================================================================
def k2_11():
    b = Plan("Plan mot kränkande behandling och diskriminering – Furulunds skola", heading_mode="bold",
             author="Björn Alm")
    b.title("Plan mot kränkande behandling och diskriminering", "Furulunds skola F–9 och fritidshem")
    b.p("Planen gäller från 2025-08-01 och tills vidare. Den revideras när behov uppstår.")
    b.set_footer("Furulunds skola · Plan mot kränkande behandling och diskriminering")

    b.h("Ansvarsfördelning")
    b.p("Rektor Björn Alm ansvarar för planen och för att den följs upp och utvärderas. Biträdande rektor "
        "Sara Holm leder trygghetsteamet, som också består av kurator, skolsköterska och en lärare från "
        "varje stadium. Trygghetsteamet utreder anmälningar på rektors uppdrag. Mentorerna ansvarar för "
        "att planen gås igenom i klasserna. Huvudmannen ansvarar för att planen finns och för att "
        "anmälningar utreds.")

    b.h("Elevernas delaktighet")
    b.p("Elevrådet gick igenom förra årets plan och resultaten av trivselenkäten på två möten i augusti "
        "2025 och föreslog ändringar. Klassråden i åk 4–9 diskuterade utkastet i vecka 36. Elever i åk 3, "
        "6 och 9 genomförde trygghetsvandringar med trygghetsteamet i maj 2025.")

    b.h("Vårdnadshavarnas delaktighet")
    b.p("Skolrådet, med vårdnadshavare från alla stadier, läste utkastet och lämnade synpunkter den "
        "28 augusti 2025. Vårdnadshavarenkäten i februari har frågor om trygghet, och planen presenteras "
        "på föräldramötena i september.")

    b.h("Utvärdering av förra årets plan")
    b.table([
        ["Åtgärd", "Genomförande", "Effekt"],
        ["Rastvärdar vid fotbollsplanen", "Genomfört från september 2024",
         "Konflikterna vid fotbollsplanen halverades (22 till 11 anmälningar)"],
        ["Nätlektioner i åk 5–6", "Två lektioner per klass under ht 2024",
         "Fler elever vet var de får hjälp (78 % mot 60 %)"],
        ["Vuxen vid skåpen i högstadiet", "Genomfört under vt 2025",
         "Otryggheten vid skåpen minskade från 21 % till 13 %"],
    ])

    b.h("Kartläggning")
    b.p("Trivselenkät i åk 2–9 i mars 2025 (svarsfrekvens 84 %), trygghetsvandringar i maj och "
        "anmälningarna i skolans system. 86 % känner sig trygga. Otrygga platser: omklädningsrummen, "
        "skolbussen och matsalen. I åk 8 uppger var femte elev att de fått kränkande kommentarer på nätet. "
        "Elever med funktionsnedsättning i åk 7–9 känner sig mindre trygga än andra (71 % mot 86 %). "
        "Analys: det finns för få vuxna på platserna, och eleverna med funktionsnedsättning upplever att "
        "de blir utanför på rasterna.")

    b.h("Främjande arbete")
    b.bullets([
        "Värdegrundsdagar i början av varje termin för hela skolan. Ansvarig: trygghetsteamet. Vecka 34 "
        "och vecka 2.",
        "Faddersystem mellan åk 9 och åk 3. Ansvarig: mentorerna i åk 3 och 9. Hela läsåret.",
        "Biblioteket lyfter böcker som speglar alla diskrimineringsgrunder. Ansvarig: bibliotekarien. "
        "Varje månad.",
    ])

    b.h("Förebyggande åtgärder")
    b.table([
        ["Åtgärd", "Mål", "Ansvarig", "När"],
        ["Vuxna i omklädningsrummen", "Trygga omklädningsrum", "All personal", "Löpande"],
        ["Vuxna på skolbussen", "Inga kränkningar på bussen", "All personal", "Löpande"],
        ["Tydliga regler i matsalen", "Lugn i matsalen", "All personal", "Löpande"],
        ["Samtal om nätet i åk 8", "Färre kränkningar på nätet", "All personal", "Löpande"],
        ["Rastaktiviteter för alla elever", "Ingen ska vara utanför", "All personal", "Löpande"],
        ["Vara goda förebilder", "Ett tryggt klimat", "All personal", "Löpande"],
    ])

    b.h("Rutiner för akuta situationer")
    b.bullets([
        "Den vuxna som ser eller får veta att en elev blir kränkt ingriper direkt.",
        "Anmälan till rektor samma dag.",
        "Rektor anmäler till huvudmannen inom 24 timmar.",
        "Trygghetsteamet utreder skyndsamt och kontaktar vårdnadshavarna.",
        "Rektor beslutar om åtgärder.",
        "Utredning och åtgärder dokumenteras i skolans ärendesystem.",
        "Uppföljning efter två veckor och vid behov efter sex veckor.",
    ], numbered=True)
    b.p("Om en vuxen kränker en elev utreder rektor tillsammans med HR.")

    b.h("Diskrimineringsgrunderna")
    b.p("Diskriminering kan ha samband med kön, könsöverskridande identitet eller uttryck, etnisk "
        "tillhörighet, religion eller annan trosuppfattning, funktionsnedsättning, sexuell läggning eller "
        "ålder. Skolan arbetar särskilt med funktionsnedsättning i år, se kartläggningen.")

    b.h("Uppföljning och utvärdering av planen")
    b.p("Trygghetsteamet ansvarar för att planen utvärderas i maj 2026. Elevrådet och klassråden går "
        "igenom åtgärderna och trivselenkätens resultat och föreslår ändringar. Personalen utvärderar på "
        "APT i juni.")

    b.page_break()
    b.h("Bilaga – Aktuella bestämmelser")
    b.p("**Skollagen (2010:800) 6 kap. 8 §**")
    b.quote("”Huvudmannen ska se till att det varje år upprättas en plan med en översikt över de åtgärder "
            "som behövs för att förebygga och förhindra kränkande behandling av barn och elever. Planen "
            "ska innehålla en redogörelse för vilka av dessa åtgärder som avses att påbörjas eller "
            "genomföras under det kommande året. En redogörelse för hur de planerade åtgärderna har "
            "genomförts ska tas in i efterföljande års plan.”")
    b.p("**Diskrimineringslagen (2008:567) 1 kap. 1 §**")
    b.quote("”Denna lag har till ändamål att motverka diskriminering och på andra sätt främja lika "
            "rättigheter och möjligheter oavsett kön, könsöverskridande identitet eller uttryck, etnisk "
            "tillhörighet, religion eller annan trosuppfattning, funktionsnedsättning, sexuell läggning "
            "eller ålder.”")
    b.p("**Lagen (2009:724) om nationella minoriteter och minoritetsspråk, 2 och 4 §§**")
    b.quote("”Nationella minoriteter enligt denna lag är judar, romer, samer, sverigefinnar och "
            "tornedalingar. Nationella minoritetsspråk enligt denna lag är jiddisch, romani chib, samiska, "
            "finska och meänkieli.”")
    b.quote("”Det allmänna har ett särskilt ansvar för att skydda och främja de nationella "
            "minoritetsspråken. Det allmänna ska även i övrigt främja de nationella minoriteternas "
            "möjligheter att behålla och utveckla sin kultur i Sverige. Barns utveckling av en kulturell "
            "identitet och användning av det egna minoritetsspråket ska särskilt främjas.”")

    lab = label(
        SY, ["förskoleklass", "grundskola", "fritidshem"],
        "Bold-heading F–9 plan valid 'tills vidare', whose measures table gives 'All personal' and "
        "'Löpande' in every row, and whose only mention of national minorities is a law extract in an "
        "appendix.",
        status={
            "validity_period": "partial",
            "preventive_measures": "partial",
            "minority_rights": "partial",
        },
        reasons={
            "validity_period": "Start date 2025-08-01 but valid 'tills vidare' – no end.",
            "preventive_measures": "Six measures, each with owner 'All personal' and time 'Löpande'; 'löpande' for every row is too weak to count as time-planned.",
            "minority_rights": "National minorities appear only in the quoted law text in the appendix.",
            "discrimination_grounds": "All seven grounds in the body (not only in the appendix law extract).",
        },
    )
    return b, lab


# ==========================================================================
# k2_12  survey two years old; comment with an identity number
# ==========================================================================
def k2_12():
    b = Plan("Plan mot diskriminering och kränkande behandling – Västanviks skola", heading_mode="style",
             author="Eva Ström")
    b.title("Plan mot diskriminering och kränkande behandling",
            "Västanviks skola F–3 och fritidshem")
    b.p("Planen gäller 1 september 2025 – 31 augusti 2026.")
    b.p("Huvudman: barn- och utbildningsnämnden i Kustbygdens kommun (org.nr 212000-1355)")
    b.set_footer("Västanviks skola · Skolvägen 4 · tel. 0480-123 45")

    b.h("Om skolan", 1)
    par = b.p("Västanviks skola har 84 elever i förskoleklass till åk 3 och ett fritidshem. Skolan firar "
              "100 år den 3 oktober 2025 (1925–2025), och eleverna förbereder jubileet under hösten.")
    b.comment(par, "Vi har bjudit in skolans äldsta före detta elev, Elsa Nordin (250312+0426), som "
                   "klipper bandet 2025-10-03. Ta bort innan planen publiceras! /Eva",
              author="Eva Ström", initials="ES")

    b.h("Ansvar", 1)
    b.p("Rektor Eva Ström ansvarar för att planen tas fram, följs upp och utvärderas och att alla "
        "anmälningar utreds. Trygghetsgruppen (kurator Jenny Ask, lärarna Lars Mo och Fatima Said och "
        "fritidspedagogen Kim Öst) hjälper rektor att utreda och samordnar kartläggningen. All personal "
        "ska ingripa och berätta för rektor. Huvudmannen ansvarar för att planen finns.")

    b.h("Elevernas delaktighet", 1)
    b.p("Eleverna har klassråd varannan vecka. I Kompisrådet sitter två elever från varje klass. "
        "Kompisrådet gick igenom utkastet till planen i september 2025 med hjälp av bilder och "
        "föreslog att det ska finnas en vuxen vid klätterställningen. Eleverna i åk 2–3 har ritat kartor "
        "över skolgården där de har markerat var de känner sig trygga och otrygga.")

    b.h("Vårdnadshavarnas delaktighet", 1)
    b.p("Planen finns på skolans webbplats. Vårdnadshavarna får information om planen i veckobrevet i "
        "september.")

    b.h("Utvärdering av förra årets plan", 1)
    for txt in [
        "**Rastvakt vid klätterställningen.** Genomfördes från september 2024. Antalet anmälningar från "
        "klätterställningen minskade från åtta till två, och Kompisrådet säger att det känns tryggare.",
        "**Kompisgrupper i förskoleklass.** Genomfördes varje tisdag under läsåret. Klassläraren ser att "
        "alla barn har någon att leka med; inga anmälningar från förskoleklassen under vårterminen.",
        "**Ny ordning i kapprummet.** Genomfördes bara delvis eftersom ombyggnaden blev försenad. "
        "Konflikterna i kapprummet är ungefär lika många som förut, och åtgärden fortsätter.",
    ]:
        b.p(txt)

    b.h("Kartläggning", 1)
    b.p("Den senaste trivselenkäten genomfördes i april 2023. Då uppgav 91 % av eleverna att de känner "
        "sig trygga i skolan, och kapprummet och klätterställningen nämndes som otrygga platser. En ny "
        "trivselenkät planeras i november 2025.")

    b.h("Främjande arbete", 1)
    b.bullets([
        "Jubileumsarbetet: alla klasser gör en utställning om hur skolan har förändrats på 100 år och om "
        "barn från olika delar av världen som gått här. Ansvarig: klasslärarna. September–oktober 2025.",
        "Kompislektioner varje vecka om att vara en bra kamrat och om de sju diskrimineringsgrunderna på "
        "barnens nivå. Ansvarig: klasslärarna. Hela läsåret.",
        "Fritids har gemensamma lekar för alla åldrar på fredagar. Ansvarig: fritidspersonalen.",
    ])

    b.h("Förebyggande åtgärder", 1)
    b.table([
        ["Åtgärd", "Mål", "Ansvarig", "När"],
        ["Rastvakt vid klätterställningen fortsätter", "Inga kränkningar vid klätterställningen",
         "Fritidspersonalen", "Varje rast, hela läsåret"],
        ["Ny ordning i kapprummet när ombyggnaden är klar", "Lugna ombyten", "Rektor och klasslärarna",
         "November 2025"],
        ["Kompisgrupper i förskoleklass och åk 1", "Alla har någon att leka med", "Klasslärarna i F–1",
         "Varje tisdag från vecka 36"],
    ])

    b.h("Rutiner för akuta situationer", 1)
    b.bullets([
        "Den vuxna som ser att ett barn blir kränkt ingriper direkt.",
        "Den vuxna berättar för rektor samma dag.",
        "Rektor anmäler till huvudmannen samma dag.",
        "Rektor ber trygghetsgruppen ta reda på vad som har hänt genom samtal med barnen.",
        "Vårdnadshavarna kontaktas samma dag.",
        "Rektor beslutar om åtgärder.",
        "Trygghetsgruppen följer upp efter två veckor.",
    ], numbered=True)
    b.p("Om en vuxen kränker ett barn utreder rektor. Barn och vårdnadshavare kan vända sig till "
        "klassläraren, fritidspersonalen eller rektor.")

    b.h("Diskrimineringsgrunderna", 1)
    b.p("Skolan arbetar mot diskriminering och trakasserier som har samband med kön, könsöverskridande "
        "identitet eller uttryck, etnisk tillhörighet, religion eller annan trosuppfattning, "
        "funktionsnedsättning och sexuell läggning.")

    b.h("Nationella minoriteter", 1)
    b.guide("[Beskriv hur skolan arbetar med de nationella minoriteternas rättigheter. Exempel: "
            "information om modersmålsundervisning, uppmärksamma minoriteternas nationaldagar.]")

    b.h("Uppföljning och utvärdering av årets plan", 1)
    b.p("Planen utvärderas i maj 2026. Rektor ansvarar. Kompisrådet och klassråden samtalar om vad som "
        "har blivit bättre, och personalen utvärderar på APT i juni med hjälp av den nya trivselenkäten.")

    lab = label(
        SY, ["förskoleklass", "grundskola", "fritidshem"],
        "F–3 plan of a school celebrating its centenary; its survey reports a trivselenkät from April "
        "2023 and plans a new one, a Word comment holds a centenarian's personnummer, and the minorities "
        "section is template guidance only.",
        status={
            "guardian_involvement": "partial",
            "survey": "partial",
            "acute_routines": "partial",
            "discrimination_grounds": "partial",
            "minority_rights": "missing",
        },
        reasons={
            "validity_period": "1 september 2025 – 31 augusti 2026.",
            "discrimination_grounds": "Six grounds listed; ålder is missing.",
            "guardian_involvement": "Only information (website, weekly letter).",
            "survey": "Results are from April 2023, more than 18 months old; the new survey is only planned.",
            "acute_routines": "Act, tell rektor, rektor reports to huvudman, investigate, measures, follow-up – but no documentation step.",
            "minority_rights": "Section holds only bracketed template guidance; no other mention.",
        },
        guidance_keys=["minority_rights"],
        ids={"250312+0426": "comment"},
        decoys=["212000-1355", "0480-123 45", "1925–2025", "2025-10-03"],
    )
    return b, lab


# ==========================================================================
# k2_13  Årshjul table incl. evaluation with elevrådet in May
# ==========================================================================
def k2_13():
    b = Plan("Plan mot diskriminering och kränkande behandling – Kvarnbackens skola 2025/2026",
             heading_mode="style", author="Henrik Sjö")
    b.title("Plan mot diskriminering och kränkande behandling",
            "Kvarnbackens skola åk 7–9 och anpassad grundskola · Läsåret 2025/2026")
    b.set_footer("Kvarnbackens skola · Läsåret 2025/2026")

    b.h("Ansvar", 1)
    b.p("Rektor Henrik Sjö ansvarar för att planen upprättas, följs upp och utvärderas. Biträdande rektor "
        "Malin Åkesson ansvarar för anpassade grundskolan och leder trygghetsteamet tillsammans med "
        "kuratorn. Mentorerna ansvarar för att planen gås igenom i mentorsgrupperna. All personal ska "
        "ingripa och anmäla. Huvudmannen ansvarar för att planen finns och att anmälningar utreds.")

    b.h("Elevernas delaktighet", 1)
    b.p("Elevrådet (en elev per klass, två från anpassade grundskolan) och klassråden gick igenom "
        "utkastet till planen i september. Elever i anpassade grundskolan har deltagit med stöd av "
        "bildstöd och samtal med sina lärare. Elevrådet genomför trygghetsvandringen i oktober och "
        "utvärderar planen i maj (se årshjulet).")

    b.h("Utvärdering av förra årets plan", 1)
    b.p("Förra årets plan hade fyra åtgärder: rastvärdar i korridor B, lektioner om nätet i åk 8, "
        "ny gruppindelning i idrotten och samarbete med fritidsgården.")
    b.p("Rastvärdarna i korridor B fanns på plats från september 2024. Anmälningarna från korridoren "
        "minskade från 14 till 5. Lektionerna om nätet hölls i november 2024; i trivselenkäten uppgav "
        "färre elever i åk 8 att de blivit kränkta på nätet (18 % mot 26 %). De två övriga åtgärderna "
        "har inte följts upp.")

    b.h("Kartläggning", 1)
    b.p("Trivselenkät i februari 2025 (svarsfrekvens 88 %), trygghetsvandring med elevrådet i oktober 2024 "
        "och anmälningarna i Prorenata. 82 % av eleverna känner sig trygga. Otrygga platser är "
        "omklädningsrummen, skolgården bakom matsalen och trapphuset vid slöjdsalarna. Elever i anpassade "
        "grundskolan uppger att de ibland blir hånade på de gemensamma rasterna. Analys: risken är störst "
        "där eleverna från de två skolformerna möts utan vuxna.")

    b.h("Främjande arbete", 1)
    b.bullets([
        "Gemensamma aktiviteter för grundskolans och anpassade grundskolans elever varje fredag. "
        "Ansvarig: fritidsledarna. Hela läsåret.",
        "Temavecka i november om normer, funktionsnedsättning och de andra diskrimineringsgrunderna. "
        "Ansvarig: trygghetsteamet. Vecka 46.",
    ])

    b.h("Förebyggande åtgärder", 1)
    b.table([
        ["Område", "Åtgärd", "Ansvarig", "När", "Uppföljning"],
        ["Omklädningsrummen", "Vuxen närvaro före och efter idrotten", "Idrottslärarna", "Från vecka 34",
         "Trivselenkäten februari 2026"],
        ["Skolgården bakom matsalen", "Rastvärd under lunchen", "Arbetslag 8", "Från vecka 35",
         "Trygghetsvandringen oktober 2025"],
        ["Trapphuset vid slöjden", "Lärarna möter eleverna i trapphuset", "Slöjdlärarna", "Från vecka 35",
         "Trygghetsvandringen oktober 2025"],
        ["Gemensamma raster", "Elevassistent och fritidsledare på rasterna",
         "Biträdande rektor Malin Åkesson", "Från 1 september 2025", "Halvårsuppföljning januari 2026"],
    ])

    b.h("Rutiner för akuta situationer", 1)
    b.table([
        ["Steg", "Vem", "När", "Dokumenteras i"],
        ["1. Ingripa", "Den vuxna som ser eller får veta", "Direkt", "–"],
        ["2. Anmäla till rektor", "Personalen", "Samma dag", "Prorenata"],
        ["3. Utreda", "Trygghetsteamet", "Inom två skoldagar", "Prorenata"],
        ["4. Kontakta vårdnadshavare", "Mentor", "Samma dag", "Prorenata"],
        ["5. Besluta om åtgärder", "Rektor", "Efter utredningen", "Prorenata"],
        ["6. Följa upp", "Trygghetsteamet", "Efter två veckor", "Prorenata"],
    ])
    b.p("Om en vuxen kränker en elev utreder rektor tillsammans med HR.")

    b.h("Diskrimineringsgrunderna", 1)
    b.p("Kön, könsöverskridande identitet eller uttryck, etnisk tillhörighet, religion eller annan "
        "trosuppfattning, funktionsnedsättning, sexuell läggning och ålder.")

    b.h("Nationella minoriteter", 1)
    b.p("De nationella minoriteterna är judar, romer, samer, sverigefinnar och tornedalingar. Skolan "
        "informerar om rätten till modersmålsundervisning i minoritetsspråken i välkomstbrevet i augusti. "
        "Vi uppmärksammar samernas nationaldag och romernas nationaldag (se årshjulet), och i åk 9 ingår "
        "minoriteternas historia och rättigheter i samhällskunskapen. Ansvarig: rektor och SO-lärarna.")

    b.h("Årshjul", 1)
    wheel = img_wheel(160, [(91, 155, 213), (237, 125, 49), (165, 165, 165), (255, 192, 0),
                            (68, 114, 196), (112, 173, 71), (38, 68, 120), (158, 72, 14),
                            (99, 99, 99), (153, 115, 0)])
    b.image(wheel, 6, alt="Årshjul för trygghetsarbetet augusti–juni. Samma aktiviteter som i tabellen "
                          "nedan.")
    b.table([
        ["Månad", "Aktivitet", "Ansvarig"],
        ["Augusti", "Planen fastställs och gås igenom med all personal", "Rektor"],
        ["September", "Klassråd och elevråd går igenom planen", "Mentorerna och trygghetsteamet"],
        ["Oktober", "Trygghetsvandring med elevrådet", "Trygghetsteamet"],
        ["November", "Temavecka mot kränkningar (vecka 46)", "Trygghetsteamet"],
        ["Januari", "Halvårsuppföljning av åtgärderna", "Trygghetsteamet"],
        ["Februari", "Trivselenkät; samernas nationaldag 6 februari", "Kurator; SO-lärarna"],
        ["Mars", "Analys av trivselenkäten", "Trygghetsteamet"],
        ["April", "Romernas nationaldag 8 april", "SO-lärarna"],
        ["Maj", "Utvärdering av planen med elevrådet: elevrådet går igenom åtgärderna och "
                "enkätresultaten och föreslår ändringar", "Rektor och trygghetsteamet"],
        ["Juni", "Personalen utvärderar planen på APT; rektor sammanställer utvärderingen", "Rektor"],
    ])

    lab = label(
        SY, ["grundskola", "anpassad grundskola"],
        "Plan of a 7–9 school with anpassad grundskola, with an Årshjul table (Månad | Aktivitet | "
        "Ansvarig) and an annual-wheel picture with alt text; its acute routine table has no huvudman "
        "step and guardians appear only as an acute-routine contact.",
        status={
            "previous_year_evaluation": "partial",
            "acute_routines": "partial",
            "guardian_involvement": "missing",
        },
        reasons={
            "previous_year_evaluation": "Two of last year's four measures are accounted for with effects; the other two 'har inte följts upp'.",
            "acute_routines": "Table covers intervene, report to rektor, investigate, guardians, measures, documentation, follow-up, but no step where rektor reports to the huvudman.",
            "evaluation_plan": "The årshjul gives when and how (May: elevrådet reviews measures and survey results; June: APT) and who (rektor, trygghetsteamet).",
            "guardian_involvement": "Guardians appear only as 'Kontakta vårdnadshavare' in the acute routine; nothing on informing or involving them in the plan.",
        },
        images_ok=1,
    )
    return b, lab


# ==========================================================================
# k2_14  template guidance (grey italic) followed by the school's own text
# ==========================================================================
def k2_14():
    b = Plan("Plan mot diskriminering och kränkande behandling – Granbergsskolan", heading_mode="style",
             author="Lena Granlund")
    b.title("Plan mot diskriminering och kränkande behandling", "Granbergsskolan F–6 och fritidshem")
    b.set_footer("Mall: Utbildningsförvaltningen, version 2025 · Granbergsskolan")

    b.h("Planens giltighetstid", 1)
    b.guide("[Ange planens giltighetstid, till exempel läsåret 20XX/20XX eller ÅÅÅÅ-MM-DD – ÅÅÅÅ-MM-DD.]")
    b.p("Planen gäller 2025-08-20 – 2026-08-19.")

    b.h("Ansvar", 1)
    b.guide("Beskriv vem som ansvarar för planen och vad rektor, personal och huvudman ansvarar för.")
    b.p("Rektor Lena Granlund ansvarar för att planen upprättas, följs upp och utvärderas och för att "
        "anmälningar utreds. Trygghetsteamet (kurator, specialpedagog och två lärare) samordnar "
        "arbetet. All personal ska ingripa och anmäla till rektor samma dag. Huvudmannen ansvarar för att "
        "planen finns och att anmälningar utreds.")

    b.h("Elevernas delaktighet", 1)
    b.guide("Beskriv hur eleverna har deltagit i att ta fram, följa upp och se över planen. Exempel: "
            "klassråd, elevråd, trygghetsvandring.")
    b.p("Eleverna har besvarat trivselenkäten i mars.")

    b.h("Vårdnadshavarnas delaktighet", 1)
    b.guide("Beskriv hur vårdnadshavarna har informerats och kunnat påverka planen.")
    b.p("Planen presenteras på föräldramötet i september, och vårdnadshavarna kan lämna synpunkter via "
        "mentor eller i skolrådet, som diskuterar planen den 14 oktober 2025.")

    b.h("Utvärdering av förra årets plan", 1)
    b.guide("Redogör för hur förra årets planerade åtgärder har genomförts och vilken effekt de har haft. "
            "Exempel: Åtgärd – Genomförande – Resultat.")

    b.h("Kartläggning och analys", 1)
    b.guide("Beskriv vilka metoder som har använts, vad kartläggningen visade och er analys av orsakerna.")
    b.p("Trivselenkät i åk 2–6 i mars 2025 (svarsfrekvens 91 %) och rastvärdarnas "
        "iakttagelser i april. 86 % av eleverna känner sig trygga; jämfört med förra året har "
        "andelen trygga elever ökat från 82 % till 86 %. Otrygga platser är toaletterna i källaren och "
        "skogsdungen bakom skolan. Elever i åk 5 beskriver att de blir retade för sina kläder. Analys: "
        "platserna ligger långt från rastvakterna, och kommentarerna om kläder handlar ofta om vad som "
        "anses vara ”killigt” och ”tjejigt”.")

    b.h("Främjande arbete", 1)
    b.guide("Beskriv det främjande arbetet som riktar sig till alla elever. Ange ansvarig och tidpunkt.")
    b.bullets([
        "Värdegrundsarbete i alla klasser varannan vecka med material från DO om de sju "
        "diskrimineringsgrunderna. Ansvarig: klasslärarna. Hela läsåret.",
        "Fritidshemmet erbjuder aktiviteter som alla barn kan delta i oavsett kön och "
        "funktionsnedsättning. Ansvarig: fritidspersonalen. Från vecka 35.",
    ])

    b.h("Förebyggande åtgärder", 1)
    b.guide("Fyll i tabellen. Åtgärderna ska utgå från kartläggningen och ha ansvarig och tidplan.")
    b.table([
        ["Risk", "Åtgärd", "Ansvarig", "När"],
        ["Toaletterna i källaren", "Tillsyn under rasterna och nya lås", "Rektor och vaktmästaren",
         "Oktober 2025"],
        ["Skogsdungen", "Rastvakt placeras vid skogsdungen", "Fritidspersonalen", "Från vecka 35"],
        ["Kommentarer om kläder i åk 5", "Samtal om normer och kön i klassen",
         "Klasslärarna i åk 5 och kuratorn", "November 2025"],
    ])

    b.h("Rutiner för akuta situationer", 1)
    b.guide("Beskriv stegen när personal får kännedom om att en elev kränks.")
    b.bullets([
        "Den vuxna ingriper direkt och anmäler till rektor samma dag.",
        "Rektor anmäler till huvudmannen samma dag.",
        "Trygghetsteamet utreder och kontaktar vårdnadshavarna.",
        "Rektor beslutar om åtgärder.",
        "Allt dokumenteras i förvaltningens system.",
        "Uppföljning efter två veckor.",
    ], numbered=True)

    b.h("Diskrimineringsgrunderna", 1)
    b.guide("Ange de sju diskrimineringsgrunderna.")
    b.p("Kön, könsöverskridande identitet eller uttryck, etnisk tillhörighet, religion eller annan "
        "trosuppfattning, funktionsnedsättning, sexuell läggning och ålder.")

    b.h("Nationella minoriteter", 1)
    b.guide("Beskriv hur skolan arbetar med de nationella minoriteternas rättigheter (judar, romer, samer, "
            "sverigefinnar och tornedalingar). Exempel: information om modersmålsundervisning, "
            "uppmärksamma minoriteternas nationaldagar.")

    b.h("Utvärdering av årets plan", 1)
    b.guide("Beskriv när, hur och av vem årets plan ska utvärderas och hur eleverna deltar.")
    b.p("Planen utvärderas i juni.")

    lab = label(
        SY, ["förskoleklass", "grundskola", "fritidshem"],
        "District template with real heading styles where every heading is followed by grey italic "
        "guidance and then the school's own text, except two sections (last year's evaluation, national "
        "minorities) that hold only the guidance.",
        status={
            "student_involvement": "partial",
            "previous_year_evaluation": "missing",
            "minority_rights": "missing",
            "evaluation_plan": "partial",
        },
        reasons={
            "student_involvement": "The school's text says only that students answered the survey (respondents, no role in drawing up).",
            "previous_year_evaluation": "Only template guidance; the survey's comparison 82 % → 86 % is a survey trend, not an account of last year's measures.",
            "minority_rights": "Only template guidance (which itself lists the minorities); the school wrote nothing.",
            "evaluation_plan": "School text is only 'Planen utvärderas i juni' (when); the Ansvar section names rektor, but there is no method and no students' part.",
            "guardian_involvement": "Presented at the parents' meeting, comments via mentor and skolråd discussion on a set date.",
        },
        guidance_keys=["previous_year_evaluation", "minority_rights"],
    )
    return b, lab


# ==========================================================================
# k2_15  tracked changes pending: measures inserted, identity number deleted
# ==========================================================================
def k2_15():
    b = Plan("Plan mot diskriminering och kränkande behandling – Tallbackaskolan", heading_mode="style",
             author="Karin Wall")
    b.track_revisions_on()
    A, D = "Karin Wall", "2025-09-08T13:20:00Z"
    b.title("Plan mot diskriminering och kränkande behandling")
    b.tracked_p([("n", "Tallbackaskolan F–6 och fritidshem · Läsåret "), ("del", "2024/25"),
                 ("ins", "2025/26")], author=A, date=D)
    b.tracked_p([("n", "Planen gäller "), ("del", "2024-08-26 – 2025-08-25"),
                 ("ins", "2025-08-25 – 2026-08-24")], author=A, date=D)
    b.set_header("Tallbackaskolan · Dnr BUN-2025-00312")
    b.set_footer("Dokument-ID TB-20250825 · Utkast med spårade ändringar")

    b.h("Ansvar", 1)
    b.p("Alla i personalen ansvarar för att arbeta enligt planen och för att ingripa när någon blir kränkt.")

    b.h("Elevernas delaktighet", 1)
    b.p("Elevrådet gick igenom förra årets plan och förslaget till nya åtgärder på sitt möte den "
        "28 augusti 2025. Klassråden i åk 1–6 diskuterade utkastet i vecka 36, och förskoleklassen ritade "
        "bilder av trygga platser. Elevrådet deltog i trygghetsvandringen i maj.")

    b.h("Vårdnadshavarnas delaktighet", 1)
    b.p("Planen presenterades på föräldramötena i september 2025, där vårdnadshavarna kunde lämna "
        "synpunkter. Föräldrarådet går igenom planen i oktober, och vårdnadshavarenkäten i mars har "
        "frågor om trygghet.")

    b.h("Utvärdering av förra årets plan", 1)
    for txt in [
        "**Rastvärdar vid fotbollsplanen.** Genomfördes hela läsåret. Anmälningarna från fotbollsplanen "
        "minskade från tolv till fyra.",
        "**Kompisgrupper i åk 1.** Genomfördes varje vecka. Klasslärarna ser färre barn som går ensamma på "
        "rasterna, och i enkäten har alla elever i åk 1 någon att vara med.",
        "**Lektioner om nätet i åk 5.** Genomfördes bara under vårterminen. Fler elever säger att de vet "
        "var de kan få hjälp, men kränkningar i gruppchattar kvarstår – åtgärden utökas till åk 4–6.",
    ]:
        b.p(txt)

    b.h("Kartläggning", 1)
    b.p("Kartläggningen gjordes under våren 2025 med trivselenkät i åk 1–6, trygghetsvandring med "
        "elevrådet och samtal i klassråden.")

    b.h("Främjande arbete", 1)
    b.p("Vi vill att alla barn ska känna sig trygga och välkomna. På Tallbackaskolan är alla lika mycket "
        "värda, och vi accepterar inga kränkningar.")

    b.h("Förebyggande åtgärder 2025/26", 1)
    b.tracked_p([("del", "Extra vuxenstöd på rasterna för elev 201608173942 (åk 3) efter händelsen i "
                         "maj. Ansvarig: mentor.")], author=A, date=D)
    for txt in [
        "Rastvärdar vid klätterställningen och bakom gympasalen varje rast. **Ansvarig:** "
        "fritidspersonalen enligt rastschema. **När:** från vecka 35.",
        "Tillsyn av toaletterna vid matsalen under lunchrasten. **Ansvarig:** rektor Karin Wall fördelar "
        "uppdraget. **När:** från 1 september 2025.",
        "Lektioner om nätet och gruppchattar i åk 4–6. **Ansvarig:** kuratorn. **När:** oktober 2025.",
        "Kompisgrupper i förskoleklass och åk 1 så att alla har någon att leka med. **Ansvarig:** "
        "klasslärarna i F–1. **När:** varje tisdag från vecka 36.",
    ]:
        b.tracked_p([("ins", txt)], author=A, date=D, whole_inserted=True, style="List Bullet")

    b.h("Rutiner för akuta situationer", 1)
    b.bullets([
        "Den vuxna som ser eller får veta att en elev blir kränkt ingriper direkt.",
        "Den vuxna anmäler till rektor samma dag.",
        "Rektor anmäler till huvudmannen samma dag via kommunens e-tjänst.",
        "Trygghetsteamet utreder genom samtal med de inblandade; vårdnadshavarna kontaktas samma dag.",
        "Rektor beslutar om åtgärder.",
        "Utredning och åtgärder dokumenteras i e-tjänsten.",
        "Uppföljning efter två veckor.",
    ], numbered=True)
    b.p("Om en vuxen kränker en elev utreder rektor tillsammans med HR. Elever och vårdnadshavare kan "
        "vända sig till mentor eller kurator Nora Lind, mobil 0701234567.")

    b.h("Diskrimineringsgrunderna", 1)
    b.p("Skolan arbetar mot diskriminering och trakasserier som har samband med kön, könsöverskridande "
        "identitet eller uttryck, etnisk tillhörighet, religion eller annan trosuppfattning, "
        "funktionsnedsättning, sexuell läggning och ålder.")

    b.h("Uppföljning och utvärdering av årets plan", 1)
    b.tracked_p([("del", "Planen utvärderas i juni 2025 av rektor."),
                 ("ins", "Planen utvärderas i maj 2026 av trygghetsteamet tillsammans med elevrådet, genom "
                         "trivselenkäten i april och samtal i klassråden om vilka åtgärder som har "
                         "fungerat.")],
                author=A, date=D)

    lab = label(
        SY, ["förskoleklass", "grundskola", "fritidshem"],
        "Draft saved with pending tracked changes: the year and validity are replaced by insertions, "
        "the coming year's measures are inserted paragraphs (w:ins) and a deleted run (w:del) holds an "
        "old measure naming a student's personnummer.",
        status={
            "responsible": "partial",
            "survey": "partial",
            "promotive_work": "partial",
            "minority_rights": "missing",
        },
        reasons={
            "validity_period": "Inserted text gives 2025/26 and 2025-08-25 – 2026-08-24; the deleted 2024/25 dates do not count.",
            "responsible": "Only 'Alla i personalen ansvarar…' – generic all-staff responsibility.",
            "survey": "Methods named (trivselenkät, trygghetsvandring, klassråd) but no results.",
            "promotive_work": "Only vision/slogan sentences.",
            "preventive_measures": "Four inserted (pending) measures, each with Ansvarig and När; the deleted old measure is not counted.",
            "minority_rights": "Not mentioned.",
            "evaluation_plan": "Inserted text: May 2026, trygghetsteamet with elevrådet, trivselenkät in April and klassråd talks; the deleted June 2025 sentence does not count.",
        },
        ids={"201608173942": "tracked_deletion"},
        decoys=["Dnr BUN-2025-00312", "TB-20250825", "0701234567"],
    )
    return b, lab


# ==========================================================================
# k2_16  footnotes, endnotes, a comment; identity number in section 2 header
# ==========================================================================
def k2_16():
    b = Plan("Plan mot diskriminering och kränkande behandling – Sjöstadens gymnasium",
             heading_mode="style", author="Helena Sund")
    b.title("Plan mot diskriminering och kränkande behandling",
            "Sjöstadens gymnasium · Planen gäller 2025-07-01 – 2027-06-30")
    b.set_header("Sjöstadens gymnasium · Plan mot diskriminering och kränkande behandling")
    b.set_footer("Utbildningsförvaltningen, Sjöstadens kommun (org.nr 212000-1785)")

    b.h("Inledning", 1)
    par = b.p("Enligt skollagen ska huvudmannen se till att det varje år upprättas en plan mot kränkande "
              "behandling.")
    b.footnote(par, "Skollagen (2010:800) 6 kap. 8 §.")
    par = b.p("Skolan ska också arbeta med aktiva åtgärder mot diskriminering i fyra steg: undersöka, "
              "analysera, åtgärda och följa upp.")
    b.footnote(par, "Diskrimineringslagen (2008:567) 3 kap. 2 §.")
    b.endnote(par, "Diskrimineringsombudsmannen, Aktiva åtgärder i skolan – handledning (www.do.se).")
    b.p("Planen gäller 2025-07-01 – 2027-06-30 och revideras inför läsåret 2027/28. Den omfattar "
        "skolans nationella program och introduktionsprogrammen.")

    b.h("Ansvar", 1)
    b.p("Rektor Helena Sund ansvarar för att planen tas fram, följs upp och utvärderas och för att varje "
        "anmälan utreds. Biträdande rektor Johan Ek leder trygghetsgruppen, där kurator, skolsköterska, "
        "två lärare och elevkårens ordförande ingår. Mentorerna ansvarar för att planen gås igenom i "
        "klasserna. All personal ska ingripa och anmäla. Huvudmannen, utbildningsnämnden, ansvarar för att "
        "planen finns och att anmälningar utreds.")

    b.h("Elevernas delaktighet", 1)
    b.p("Elevkårens styrelse höll en workshop om planen med trygghetsgruppen den 4 september 2025 och "
        "föreslog vuxna i caféet och en workshop om sexuella trakasserier. Klassråden i alla klasser "
        "diskuterade utkastet under mentorstiden i vecka 37. Elevskyddsombuden deltar i "
        "trygghetsvandringen och elevkårens styrelse i utvärderingen i maj.")

    b.h("Vårdnadshavarnas delaktighet", 1)
    b.p("Vårdnadshavare till elever under 18 år informeras om planen via Schoolsoft.")

    b.h("Utvärdering av förra årets plan", 1)
    b.table([
        ["Åtgärd", "Genomförande", "Effekt"],
        ["Vuxna i korridoren vid aulan", "Genomförd från oktober 2024",
         "Anmälningarna från korridoren minskade från 9 till 3"],
        ["MVP i åk 1", "Genomförd i alla klasser i åk 1 under vt 2025",
         "Fler elever i åk 1 säger att de skulle säga ifrån vid kränkningar (64 % mot 47 %)"],
        ["Genomgång av anmälningsrutinen på APT", "Genomförd i augusti 2024",
         "Alla anmälningar gjordes samma dag, enligt rektors granskning i juni 2025"],
    ])
    b.endnote(b.p("Effekterna bygger på anmälningsstatistiken och elevkårens enkät."),
              "Sjöstadens gymnasium, Elevkårens trygghetsenkät maj 2025 (intern sammanställning).")

    b.h("Kartläggning och analys", 1)
    par = b.p("Underlag är Skolenkäten vårterminen 2025, elevkårens trygghetsenkät i maj 2025 och "
              "hälsosamtalen i åk 1. 81 % av eleverna känner sig trygga i skolan. Otrygga platser är "
              "caféet under lunchen och omklädningsrummen i idrottshallen. 11 % av eleverna i åk 2 har "
              "fått oönskade sexuella kommentarer, oftare flickor än pojkar.")
    b.footnote(par, "Skolinspektionen, Skolenkäten vårterminen 2025, resultat för Sjöstadens gymnasium.")
    b.comment(par, "Stämmer siffrorna från Skolenkäten? Kolla med EHT innan publicering.",
              author="Johan Ek", initials="JE")
    b.p("Analys: Riskerna finns där många elever samlas utan vuxna, och sexuella trakasserier är det "
        "största problemet i åk 2.")

    b.h("Främjande arbete", 1)
    par = b.p("MVP – Mentorer i våldsprevention – i alla klasser i åk 1 under vårterminen. Ansvarig: "
              "kurator och mentorerna. Temadag om mänskliga rättigheter och de sju "
              "diskrimineringsgrunderna i oktober. Ansvarig: samhällskunskapslärarna.")
    b.endnote(par, "Skolverket (2019), Främja, förebygga, upptäcka och åtgärda. Hur skolan kan arbeta mot "
                   "trakasserier och kränkande behandling.")

    b.h("Förebyggande åtgärder", 1)
    b.bullets([
        "Vuxen närvaro i caféet och korridoren vid aulan under lunchen. Ansvarig: biträdande rektor "
        "Johan Ek. När: från vecka 34.",
        "Workshop om sexuella trakasserier för alla klasser i åk 2. Ansvarig: kurator och skolsköterska.",
        "Gruppindelning i grupparbeten görs alltid av läraren. Ansvarig: programlagen.",
        "Genomgång av planen med alla mentorer på APT. Ansvarig: rektor. När: 2025-09-03.",
        "Tillsyn av omklädningsrummen i idrottshallen. Ansvarig: idrottslärarna.",
    ])

    b.h("Rutiner för akuta situationer", 1)
    b.p("Arbetsgången vid kränkande behandling, trakasserier och sexuella trakasserier finns i Bilaga 1.")

    b.h("Diskrimineringsgrunderna", 1)
    par = b.p("Skolan ska motverka diskriminering och trakasserier som har samband med kön, "
              "könsöverskridande identitet eller uttryck, etnisk tillhörighet, religion eller annan "
              "trosuppfattning, funktionsnedsättning, sexuell läggning och ålder.")
    b.footnote(par, "Diskrimineringslagen (2008:567) 1 kap. 5 §.")

    b.h("Nationella minoriteter", 1)
    b.p("Sjöstadens gymnasium välkomnar elever från de nationella minoriteterna: judar, romer, samer, "
        "sverigefinnar och tornedalingar.")

    b.h("Uppföljning och utvärdering av årets plan", 1)
    b.p("Planen följs upp i januari 2026 och utvärderas i maj 2026 av trygghetsgruppen tillsammans med "
        "elevkårens styrelse. Underlag är Skolenkäten, elevkårens enkät och en workshop med personalen på "
        "APT. Rektor ansvarar för utvärderingen.")

    # ---- section 2: appendix with its own header (copied from a filled-in form) ----
    b.new_section(header="Bilaga 1 · Anmälan om kränkande behandling · Elev: Ella Svensson, 080412-6639 · "
                         "Dnr UN 2025/1187 · 2025-09-22",
                  footer="Sjöstadens gymnasium · Bilaga 1")
    b.h("Bilaga 1 – Arbetsgång vid kränkande behandling, trakasserier och sexuella trakasserier", 1)
    b.bullets([
        "Den vuxna som ser eller får veta att en elev upplever sig kränkt ingriper direkt.",
        "Den vuxna anmäler till rektor samma dag via formuläret i Prorenata.",
        "Rektor anmäler till huvudmannen samma dag, senast inom 24 timmar.",
        "Trygghetsgruppen utreder skyndsamt: samtal med den utsatta, den eller de som utövat kränkningen "
        "och vittnen. Vårdnadshavare till elever under 18 år informeras.",
        "Rektor beslutar om åtgärder.",
        "Anmälan, utredning och åtgärder dokumenteras i Prorenata.",
        "Uppföljning efter två veckor; ärendet avslutas när kränkningarna har upphört.",
    ], numbered=True)
    b.p("Om en vuxen kränker en elev utreder rektor tillsammans med HR. Gäller det rektor utreder "
        "gymnasiechefen. Elever kan vända sig till mentor, kurator, skolsköterska, elevkårens ordförande "
        "eller rektor.")

    lab = label(
        SY, ["gymnasieskola"],
        "Gymnasieskola plan with footnotes and endnotes citing statutes and sources, a reviewer comment, "
        "a two-year validity period, and an appendix in a second section whose header was copied from a "
        "filled-in incident form with a student's personnummer.",
        status={
            "validity_period": "partial",
            "guardian_involvement": "partial",
            "preventive_measures": "partial",
            "minority_rights": "partial",
        },
        reasons={
            "validity_period": "2025-07-01 – 2027-06-30 is a two-year period (longer than ~13 months).",
            "guardian_involvement": "Only information via Schoolsoft.",
            "preventive_measures": "Five measures, all with owners, but only two with a time (2 of 5).",
            "acute_routines": "Main text refers to Bilaga 1 in the same file, which has all steps incl. huvudman within 24 h and documentation in Prorenata.",
            "minority_rights": "Lists the minorities ('välkomnar elever från…') without any measure.",
            "evaluation_plan": "January/May 2026, trygghetsgruppen with elevkårens styrelse, Skolenkäten/enkät/APT workshop, rektor responsible.",
        },
        ids={"080412-6639": "header"},
        decoys=["212000-1785", "Dnr UN 2025/1187", "2025-09-22", "2025-07-01 – 2027-06-30"],
    )
    return b, lab


PLANS = [k2_09, k2_10, k2_11, k2_12, k2_13, k2_14, k2_15, k2_16]
