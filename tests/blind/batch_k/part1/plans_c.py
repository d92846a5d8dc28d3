"""Plans k1_09 – k1_12."""
from common import Doc, expected, reasons, keys, meta, logo_png


# ------------------------------------------------------------------ k1_09
def plan09():
    d = Doc("Plan against discrimination and degrading treatment 2026/27 – Lakeby International School",
            lang="en-GB", author="Sarah Whitfield")
    logo = d.add_image(logo_png((20, 60, 140)), "logo")
    d.p(d.pic(logo, 2.2, 2.2, name="School crest", decorative=True), align="center")
    d.p("Plan against discrimination and degrading treatment", style="Title")
    d.p("Lakeby International School (Primary) – Foundation Stage to Year 6", style="Subtitle")

    d.h("Basic information")
    d.table([
        ["School", "Lakeby International School (Primary), Ekeby"],
        ["Forms covered", "Foundation Stage (förskoleklass), Years 1–6 (grundskola), After-School Club (fritidshem)"],
        ["Valid from", "1 September 2026"],
        ["Valid until", "31 August 2027"],
        ["Responsible for the plan", "Headteacher Sarah Whitfield"],
        ["Organiser (huvudman)", "Lakeby Education Foundation, org. no. 802456-7896"],
    ], header=False, widths=[3000, 6000])

    d.h("Roles and responsibilities")
    d.p("The Headteacher, Sarah Whitfield, is responsible for making sure that this plan is drawn up, "
        "followed and evaluated every year, and that every report of degrading treatment, harassment "
        "or sexual harassment is investigated. The Pastoral Lead, Johan Eriksson, coordinates the "
        "Wellbeing Team (Pastoral Lead, school counsellor, school nurse and one teacher from each key "
        "stage) and the day-to-day work with the plan. The Deputy Head, Amina Noor, is the Designated "
        "Safeguarding Lead (DSL) and receives all reports. All staff are responsible for acting at "
        "once and reporting. The Board of the Lakeby Education Foundation is the school's huvudman "
        "and is responsible for making sure that the plan exists and that incidents are investigated.")

    d.h("Student participation")
    d.p("Pupils have taken part in drawing up the plan in several ways, adapted to their age:")
    d.bullets([
        "In Foundation Stage and Year 1, children drew maps of “happy places” and “worried places” "
        "during circle time in May 2026.",
        "Pupils in Years 2–6 answered the Pupil Wellbeing Survey in March 2026.",
        "The School Council (two representatives from each class, Years 1–6) did a safety walk with "
        "the Pastoral Lead in May 2026 and discussed the draft plan on 8 September 2026. Their "
        "suggestions about the toilets and the lunch queue are in the action plan.",
        "Class councils discussed the class rules against the plan in the first two weeks of term.",
        "The School Council reviews the actions in February and May.",
    ])

    d.h("Evaluation of last year's plan")
    d.p("Last year's plan was reviewed by staff at the end of the school year. Overall the plan worked "
        "well and most of the actions were completed. Staff felt that the playground was calmer than "
        "the year before.")

    d.h("Current situation")
    d.p("Sources: the Pupil Wellbeing Survey (March 2026, Years 2–6, 164 of 181 pupils answered), the "
        "parent survey (April 2026, 203 families), the School Council's safety walk, the incident log "
        "(22 reported incidents in 2025/26) and the children's maps from Foundation Stage.")
    d.p("Results: 90 % of pupils say they feel safe at school and 87 % in the After-School Club. The "
        "upstairs toilets and the lunch queue were the places most often marked as unsafe. Eight of the "
        "22 incidents happened in online games outside school but continued at school, mostly in "
        "Years 5–6. In Foundation Stage, rough play in the sandpit worried several children. Our "
        "analysis is that problems arise where adults are not present (toilets, queue) and that older "
        "pupils need more support with online behaviour.")

    d.h("Promotive work")
    d.p("Our aim is that every pupil feels that they belong and are treated with equal respect. This "
        "work is for everyone and is not based on any particular problem:")
    d.bullets([
        "Weekly PSHE lessons on friendship, feelings and respect – class teachers, every Friday.",
        "Kindness Week in week 46, led by the Pastoral Lead, with activities in mixed-age groups.",
        "The library buys and displays books that show different families, religions, disabilities "
        "and backgrounds; the librarian updates the display every term.",
        "International Day in March, when families share their languages and traditions – organised "
        "by the PTA and the Wellbeing Team.",
    ])

    d.h("Action plan")
    d.table([
        ["Risk", "Action", "Goal", "Responsible", "When", "Follow-up"],
        ["Upstairs toilets", "Duty teacher checks the toilets at every break", "No pupil feels unsafe there",
         "Deputy Head (duty rota)", "From 1 September 2026", "Survey March 2027"],
        ["Lunch queue", "Year groups go to lunch at fixed times; an adult stands in the queue",
         "Calm queue, fewer incidents", "Pastoral Lead", "From week 36", "Incident log each half term"],
        ["Online gaming (Years 5–6)", "Three lessons on online behaviour; parent evening",
         "Fewer incidents that start online", "ICT teacher and Year 5–6 teachers", "October 2026",
         "School Council in February"],
        ["Rough play in the sandpit (Foundation Stage)", "Sandpit rules made with the children; adult nearby",
         "Children feel safe in the sandpit", "Foundation Stage teachers", "September 2026",
         "Circle time in December"],
    ], widths=[1500, 2100, 1500, 1500, 1300, 1100])

    d.h("Procedure in case of an incident – Always act")
    n = d.new_list("decimal")
    for t in [
        "Any adult who sees or hears about degrading treatment, harassment or sexual harassment steps "
        "in immediately.",
        "The adult reports it to the DSL or the Pastoral Lead on the same day in the incident log.",
        "The DSL informs the Headteacher, who reports the case to the Board (huvudman) within 24 hours.",
        "The Wellbeing Team investigates promptly: talks with the pupil who was hurt, the pupil(s) "
        "involved and witnesses. Parents are informed the same day.",
        "The Headteacher decides on actions to stop the behaviour.",
        "Everything is documented in the incident log: report, investigation, actions and follow-up.",
        "Follow-up with the pupil and parents after two weeks; the case is closed when the behaviour "
        "has stopped.",
        "If a member of staff is suspected of treating a pupil badly, the Headteacher investigates with "
        "HR support and reports to the Board.",
    ]:
        d.p(t, style="ListParagraph", num=(n, 0))

    d.h("Who should I turn to?")
    d.p("Any adult at school. You can also contact the Pastoral Lead Johan Eriksson "
        "(johan.eriksson@lakeby-is.se, +46 31 780 22 14), the DSL Amina Noor (+46 31 780 22 11) or the "
        "school office (+46 31 780 22 10).")

    d.h("Definitions")
    d.p("Degrading treatment is behaviour that violates a pupil's dignity without being connected to a "
        "ground of discrimination. Harassment is behaviour that violates dignity and is connected to one "
        "of the grounds; sexual harassment is behaviour of a sexual nature that violates dignity. "
        "Discrimination is when a pupil is disadvantaged in connection with one of the seven grounds: "
        "sex, transgender identity or expression, ethnicity, religion or other belief, disability, "
        "sexual orientation and age.")

    d.h("Monitoring and evaluation")
    d.p("The Wellbeing Team follows up the action plan every half term. The School Council evaluates "
        "the plan in a workshop in May 2027 and Foundation Stage children repeat their maps. Staff "
        "evaluate the plan at the INSET day in June 2027. The Headteacher is responsible for the "
        "evaluation and for using it in next year's plan.")

    d.h("Parents and guardians")
    d.p("The PTA read the draft plan in September 2026 and suggested the parent evening on online "
        "gaming. Parents answer the parent survey every spring and can give comments on the plan to "
        "their class representative or directly to the Headteacher. The plan is published on the "
        "school website and in the parent app.")

    exp = expected(V="met", R="met", S="met", P="partial", Su="met", Pr="met", Pm="met", A="met",
                   D="met", M="missing", E="met", G="met")
    why = reasons(
        R="Headteacher responsible for the plan, Pastoral Lead, DSL, all staff and the Board each given a role.",
        S="Children's maps, School Council safety walk and review of the draft, class councils, follow-up in Feb/May.",
        P="Only a general statement ('worked well', 'most of the actions were completed'); no measure-by-measure "
          "account.",
        A="Always-act routine: intervene, report to DSL, Headteacher reports to the Board (huvudman) within 24 h, "
          "investigate, act, document, follow up, staff-on-pupil case.",
        D="English rendering of all seven grounds in the definitions.",
        M="National minorities are not mentioned (International Day is about families' cultures, not minorities).",
        G="PTA commented on the draft, parent survey, comments via class reps, website and app.",
    )
    m = meta("2026/27", "en", ["förskoleklass", "grundskola", "fritidshem"],
             "English plan of an international primary school (Foundation Stage to Year 6) with Pastoral "
             "Lead, School Council, PTA and an 'Always act' routine led by a Designated Safeguarding Lead.",
             exp, why, decoys=["802456-7896", "+46 31 780 22 14", "+46 31 780 22 11", "+46 31 780 22 10"],
             images_ok=1)
    return d, m


# ------------------------------------------------------------------ k1_10
def plan10():
    d = Doc("Plan mot kränkande behandling och diskriminering – Granbackens skola 2025/26",
            author="Annika Fors")
    d.p("Plan mot kränkande behandling och diskriminering", style="Title")
    d.p("Granbackens skola åk 4–9, Åbyholms kommun", style="Subtitle")
    d.toc([(1, "1 Inledning", 1), (1, "2 Juridisk bakgrund", 2), (1, "3 Planens giltighetstid", 3),
           (1, "4 Ansvar", 3), (1, "5 Elevernas delaktighet", 4), (1, "6 Utvärdering av förra årets plan", 4),
           (1, "7 Kartläggning och analys", 5), (1, "8 Främjande arbete", 6), (1, "9 Förebyggande åtgärder", 6),
           (1, "10 Rutiner för akuta situationer", 7), (1, "11 Uppföljning av planen", 8),
           (1, "12 Vårdnadshavare", 8), (1, "Bilaga 1 – Aktuella bestämmelser", 9)],
          heading="Innehållsförteckning", field=False)

    d.h("1 Inledning")
    d.p("Den här planen beskriver hur Granbackens skola arbetar mot kränkande behandling, "
        "trakasserier och diskriminering. Planen bygger på lagstiftningen som redovisas i avsnitt 2 och "
        "i bilaga 1.")

    d.h("2 Juridisk bakgrund")
    d.p("Arbetet mot kränkande behandling regleras i 6 kap. skollagen (2010:800). Av 6 kap. 8 § "
        "framgår att huvudmannen varje år ska se till att det upprättas en plan:")
    d.p("”Huvudmannen ska se till att det varje år upprättas en plan med en översikt över de åtgärder "
        "som behövs för att förebygga och förhindra kränkande behandling av barn och elever. Planen ska "
        "innehålla en redogörelse för vilka av dessa åtgärder som avses att påbörjas eller genomföras "
        "under det kommande året. En redogörelse för hur de planerade åtgärderna har genomförts ska tas "
        "in i efterföljande års plan.”", style="Quote")
    d.p("Enligt 6 kap. 10 § skollagen är en lärare, förskollärare eller annan personal som får "
        "kännedom om att ett barn eller en elev anser sig ha blivit utsatt för kränkande behandling i "
        "samband med verksamheten skyldig att anmäla detta till rektorn. Rektorn är i sin tur skyldig "
        "att anmäla till huvudmannen, som skyndsamt ska utreda omständigheterna och i förekommande fall "
        "vidta de åtgärder som skäligen kan krävas för att förhindra kränkande behandling i framtiden. "
        "Enligt 6 kap. 11 § får huvudmannen eller personalen inte utsätta ett barn eller en elev för "
        "repressalier på grund av att hen anmält eller medverkat i en utredning.")
    d.p("Diskrimineringslagen (2008:567) förbjuder diskriminering och ålägger utbildningsanordnaren "
        "att arbeta med aktiva åtgärder. Enligt 3 kap. 2 § ska arbetet bedrivas i fyra steg: undersöka "
        "om det finns risker för diskriminering eller repressalier eller andra hinder för enskildas "
        "lika rättigheter och möjligheter, analysera orsaker till upptäckta risker och hinder, vidta de "
        "förebyggande och främjande åtgärder som skäligen kan krävas samt följa upp och utvärdera "
        "arbetet. Enligt 3 kap. 18 § ska utbildningsanordnaren ha riktlinjer och rutiner för att "
        "förhindra trakasserier och sexuella trakasserier, och enligt 3 kap. 19 § ska arbetet ske i "
        "samverkan med barnen eller eleverna och med personalen. Enligt 3 kap. 20 § ska arbetet "
        "dokumenteras varje år.")
    d.p("Förordningen (2006:1083) om barns och elevers deltagande i arbetet med en plan mot kränkande "
        "behandling anger i 2 §:")
    d.p("”En plan mot kränkande behandling enligt 6 kap. 8 § skollagen (2010:800) ska upprättas, följas "
        "upp och ses över under medverkan av barnen eller eleverna vid den verksamhet som planen gäller "
        "för. Utformningen och omfattningen av barnens eller elevernas deltagande ska anpassas efter "
        "deras ålder och mognad.”", style="Quote")
    d.p("Skolinspektionen och Barn- och elevombudet (BEO) utövar tillsyn över skollagens bestämmelser, "
        "och Diskrimineringsombudsmannen (DO) över diskrimineringslagen. BEO kan företräda en elev och "
        "föra talan om skadestånd. Lagtexterna i sin helhet finns i bilaga 1.")

    d.h("3 Planens giltighetstid")
    d.p("Planen gäller 2025-09-15 – 2026-09-14.")

    d.h("4 Ansvar")
    d.p("Rektor Annika Fors ansvarar för att planen upprättas, följs upp och revideras, att all "
        "personal känner till den och att anmälningar utreds och anmäls till huvudmannen. "
        "Trygghetsteamet (biträdande rektor Leo Hägg, kurator Sofia Nyberg, skolsköterska Tove Ask och "
        "två lärare) samordnar arbetet och utreder på rektors uppdrag. Mentorerna ansvarar för "
        "arbetet med planen i klasserna. Huvudmannen är grundskolenämnden i Åbyholms kommun.")

    d.h("5 Elevernas delaktighet")
    d.p("Elevrådet och klassråden har diskuterat risker och åtgärder under augusti och september 2025. "
        "Elevskyddsombuden i åk 7–9 gick en trygghetsvandring med trygghetsteamet i maj 2025. Två "
        "elevrepresentanter deltar i trygghetsteamets möten en gång per månad och är med när åtgärderna "
        "följs upp. En elevversion av planen har tagits fram av elevrådet.")

    d.h("6 Utvärdering av förra årets plan")
    d.table([
        ["Åtgärd", "Genomförande", "Resultat"],
        ["Vuxna i korridorerna vid lektionsbyten", "Schema för korridorvakter, hela året",
         "Anmälningar från korridorerna minskade från 18 till 7"],
        ["Lektioner om näthat i åk 6–7", "Genomförda i november 2024",
         "Andelen som utsatts för elakheter på nätet minskade från 21 % till 14 %"],
        ["Elevledda rastaktiviteter åk 4–6", "Startade i mars 2025, tre dagar i veckan",
         "Anmälningar från mellanstadiets raster april–juni: 4, mot 9 samma period året innan. Fortsätter i år"],
    ], widths=[3000, 2800, 3200])

    d.h("7 Kartläggning och analys")
    d.p("Kartläggningen bygger på skolans trygghetsenkät (april 2025, 402 av 455 elever), "
        "elevskyddsombudens trygghetsvandring, elevhälsosamtal i åk 4 och 7 samt anmälningarna om "
        "kränkande behandling (41 under 2024/25). 86 % av eleverna känner sig trygga i skolan. Mest "
        "otryggt upplevs omklädningsrummen och skolgården bakom B-huset. Två anmälningar gällde "
        "trakasserier med koppling till kön och en till funktionsnedsättning. Vi bedömer att riskerna "
        "finns där vuxna inte är närvarande och att jargongen i åk 8 behöver uppmärksammas.")

    d.h("8 Främjande arbete")
    d.p("Ur läroplanen (Lgr22): ”Skolan ska främja förståelse för andra människor och förmåga till "
        "inlevelse. Omsorg om den enskildes välbefinnande och utveckling ska prägla verksamheten.”")
    d.p("Vi arbetar utifrån läroplanens värdegrund i all undervisning.")

    d.h("9 Förebyggande åtgärder")
    d.table([
        ["Risk", "Mål", "Åtgärd", "Ansvarig", "När", "Uppföljning"],
        ["Omklädningsrummen", "Färre än 10 % otrygga", "Vuxen närvarande före och efter idrotten",
         "Idrottslärarna", "Från v. 38", "Enkät april 2026"],
        ["Skolgården bakom B-huset", "Inga anmälningar därifrån", "Rastvakt och bättre belysning",
         "Biträdande rektor", "Oktober 2025", "Trygghetsteamet i december"],
        ["Jargong i åk 8", "Minskat kränkande språkbruk", "MVP-lektioner varannan vecka",
         "Kurator och mentorer åk 8", "Ht 2025–vt 2026", "Elevskyddsombuden i mars"],
    ], widths=[1600, 1500, 2100, 1500, 1200, 1100])

    d.h("10 Rutiner för akuta situationer")
    n = d.new_list("decimal")
    for t in [
        "Personal som får kännedom om att en elev upplever sig kränkt eller trakasserad ingriper direkt.",
        "Personalen anmäler till rektor samma dag.",
        "Rektor anmäler till huvudmannen inom två arbetsdagar.",
        "Trygghetsteamet utreder skyndsamt och kontaktar vårdnadshavare.",
        "Rektor beslutar om åtgärder.",
        "Anmälan, utredning, åtgärder och uppföljning dokumenteras i kommunens system.",
        "Uppföljning efter två och sex veckor.",
        "Om personal kränker en elev utreder rektor, med stöd av HR; gäller det rektor utreder "
        "huvudmannen.",
    ]:
        d.p(t, style="ListParagraph", num=(n, 0))
    d.p("Kontakt: kurator Sofia Nyberg, tel. 0141-22 53 18; rektor Annika Fors, tel. 0141-22 53 00.")

    d.h("11 Uppföljning av planen")
    d.p("Planen utvärderas årligen.")

    d.h("12 Vårdnadshavare")
    d.p("Skolrådet, där vårdnadshavare från varje årskurs ingår, har gått igenom utkastet och lämnat "
        "synpunkter i september 2025. Vårdnadshavare kan alltid lämna synpunkter på planen till rektor. "
        "Planen presenteras på föräldramötena och finns på skolans webbplats.")

    d.pagebreak()
    d.h("Bilaga 1 – Aktuella bestämmelser")
    d.h("Diskrimineringslagen (2008:567)", 2)
    d.p("1 kap. 1 §: ”Denna lag har till ändamål att motverka diskriminering och på andra sätt främja "
        "lika rättigheter och möjligheter oavsett kön, könsöverskridande identitet eller uttryck, etnisk "
        "tillhörighet, religion eller annan trosuppfattning, funktionsnedsättning, sexuell läggning eller "
        "ålder.”", style="Quote")
    d.p("1 kap. 5 § (i sammandrag): Kön: att någon är kvinna eller man. Könsöverskridande identitet "
        "eller uttryck: att någon inte identifierar sig som kvinna eller man eller genom sin klädsel "
        "eller på annat sätt ger uttryck för att tillhöra ett annat kön. Etnisk tillhörighet: nationellt "
        "eller etniskt ursprung, hudfärg eller annat liknande förhållande. Funktionsnedsättning: "
        "varaktiga fysiska, psykiska eller begåvningsmässiga begränsningar av en persons "
        "funktionsförmåga. Sexuell läggning: homosexuell, bisexuell eller heterosexuell läggning. "
        "Ålder: uppnådd levnadslängd.", style="Quote")
    d.h("Skollagen (2010:800) 6 kap.", 2)
    d.p("3 §: Kränkande behandling är ett uppträdande som, utan att vara diskriminering enligt "
        "diskrimineringslagen, kränker ett barns eller en elevs värdighet.", style="Quote")
    d.h("Lag (2009:724) om nationella minoriteter och minoritetsspråk", 2)
    d.p("2 §: Nationella minoriteter är judar, romer, samer, sverigefinnar och tornedalingar. De "
        "nationella minoritetsspråken är jiddisch, romani chib, samiska, finska och meänkieli.",
        style="Quote")
    d.p("4 §: Det allmänna har ett särskilt ansvar för att skydda och främja de nationella "
        "minoritetsspråken. Det allmänna ska även i övrigt främja de nationella minoriteternas "
        "möjligheter att behålla och utveckla sin kultur i Sverige. Barns utveckling av en kulturell "
        "identitet och användning av det egna minoritetsspråket ska främjas särskilt.", style="Quote")

    exp = expected(V="met", R="met", S="met", P="met", Su="met", Pr="partial", Pm="met", A="met",
                   D="partial", M="partial", E="partial", G="met")
    why = reasons(
        Pr="Only a quotation from the curriculum and 'Vi arbetar utifrån läroplanens värdegrund'; no activities.",
        D="All seven grounds appear only in the law extract in Bilaga 1; the body mentions only kön and "
          "funktionsnedsättning.",
        M="National minorities appear only in the quoted minorities act in the appendix; nothing on what the "
          "school does.",
        E="Only 'Planen utvärderas årligen'.",
        A="Steps written out in the plan (not only the law background): report to rektor, huvudman, investigate, "
          "measures, documentation, follow-up, staff case.",
        G="Skolrådet with guardians commented on the draft; guardians can give views; föräldramöten and website.",
    )
    m = meta("2025/26", "sv", ["grundskola"],
             "Plan with a typed table of contents, a long 'Juridisk bakgrund' section quoting the "
             "Education Act, Discrimination Act and ordinance, and an appendix quoting the seven grounds "
             "and the minorities act, while the body barely names them.",
             exp, why, decoys=["0141-22 53 18", "0141-22 53 00", "2010:800", "2008:567"])
    return d, m


# ------------------------------------------------------------------ k1_11
def plan11():
    d = Doc("Plan mot diskriminering och kränkande behandling – Lärkängsskolan 2025/26 (reviderad)",
            author="Henrik Malm")
    LAW = "Eva Sundin, skoljurist"
    d.p("Plan mot diskriminering och kränkande behandling", style="Title")
    d.p("Lärkängsskolan F–9, Stenå kommun – reviderad version 2", style="Subtitle")

    d.h("Giltighetstid")
    d.p("Planen gäller läsåret 2025/26, från 2025-08-18 till 2026-08-17.")

    d.h("Ansvarsfördelning")
    d.p("Rektor Henrik Malm ansvarar för planen och för att den följs upp och utvärderas. "
        "Biträdande rektor Sara Vik leder trygghetsteamet, som samordnar arbetet och utreder "
        "anmälningar. Mentorer och fritidspersonal ansvarar för att arbeta med planen i sina grupper, "
        "och all personal ansvarar för att ingripa och anmäla. Huvudmannen är utbildningsnämnden i "
        "Stenå kommun.")

    d.h("Elevernas delaktighet")
    d.p("Elevrådet har deltagit i två workshoppar (maj och augusti 2025) där årets åtgärder "
        "prioriterades. Alla klassråd har diskuterat resultatet av trygghetsenkäten. Elevskyddsombuden "
        "i åk 7–9 gick trygghetsvandring i maj och deltar i trygghetsteamets uppföljning i januari.")

    c1 = d.comment(["Effekt saknas – vad blev resultatet av åtgärderna? Redovisa effekten för varje "
                    "åtgärd, inte bara om den genomfördes."], LAW, "ES", "2025-10-02T09:12:00Z")
    d.p(d.cstart(c1), d.r("Utvärdering av föregående års plan"), d.cend(c1), style="Heading1")
    d.table([
        ["Åtgärd 2024/25", "Genomförd?"],
        ["Rastvärdar vid fotbollsplanen", "Ja"],
        ["Värdegrundslektioner åk 4–6", "Delvis"],
        ["Vuxen i omklädningsrummen", "Ja"],
        ["Kompisstödjare i åk 7–9", "Nej"],
    ], widths=[5000, 4000])

    d.h("Kartläggning och analys")
    d.p("Vi har använt trygghetsenkäten (mars 2025, 512 av 588 elever), Skolinspektionens skolenkät, "
        "elevskyddsombudens trygghetsvandring och anmälningarna om kränkande behandling (47 under "
        "2024/25). 87 % av eleverna känner sig trygga. Omklädningsrummen och matsalskön upplevs som mest "
        "otrygga, och i åk 8 har flera elever blivit utsatta för sexuella kommentarer i chattar.")
    c2 = d.comment(["Gäller eleven 20090623-5510 – ska vi verkligen ha med detta här? /Jonas"],
                   "Jonas Falk", "JF", "2025-09-22T14:03:00Z")
    c3 = d.comment(["Ta inte med uppgifter som kan identifiera elever. Se förvaltningens rutin, "
                    "dnr UF 2025/1187."], LAW, "ES", "2025-10-02T09:20:00Z")
    d.p(d.cstart(c2), d.cstart(c3),
        "Ett ärende under våren (KR-2025-0142) gällde upprepade kränkningar av en elev i åk 8.",
        d.cend(c2), d.cend(c3),
        " Vår analys är att riskerna är störst där vuxna saknas och i digitala miljöer.")

    d.h("Främjande arbete")
    d.p("Alla klasser har värdegrundslektioner en gång i månaden, som mentorerna planerar utifrån ett "
        "gemensamt material om allas lika värde och diskrimineringsgrunderna. Fritidshemmet har "
        "”alla-leker”-pass varje dag som fritidspersonalen leder. Biblioteket visar litteratur om olika "
        "familjer, religioner och funktionsnedsättningar, och under FN-veckan i oktober arbetar "
        "högstadiet med mänskliga rättigheter. Målet är att alla elever ska känna sig respekterade.")

    c4 = d.comment(["Vem ansvarar? Ange ansvarig för varje åtgärd."], LAW, "ES", "2025-10-02T09:25:00Z")
    d.p(d.cstart(c4), d.r("Förebyggande åtgärder"), d.cend(c4), style="Heading1")
    d.table([
        ["Mål", "Åtgärd", "När"],
        ["Tryggare omklädningsrum", "Vuxen närvaro före och efter idrotten", "Från v. 34"],
        ["Lugn matsalskö", "Fasta tider per klass och vuxen vid kön", "Från 2025-09-01"],
        ["Färre sexuella kommentarer i chattar", "Lektioner om sexuella trakasserier i åk 8", "v. 44–46"],
        ["Fler elever har någon att vara med", "Kompisstödjare i åk 7–9 startas", "Januari 2026"],
    ], widths=[3000, 4000, 2000])

    c5 = d.comment(["Saknas huvudmannens steg. Rektor ska anmäla till huvudmannen enligt 6 kap. 10 § "
                    "skollagen."], LAW, "ES", "2025-10-02T09:31:00Z")
    d.p(d.cstart(c5), d.r("Rutiner för akuta situationer"), d.cend(c5), style="Heading1")
    n = d.new_list("decimal")
    for t in [
        "Personal som ser eller får veta att en elev upplever sig kränkt, trakasserad eller sexuellt "
        "trakasserad ingriper direkt.",
        "Personalen anmäler samma dag till rektor i incidentsystemet.",
        "Trygghetsteamet utreder skyndsamt: samtal med de inblandade; vårdnadshavare informeras.",
        "Rektor beslutar om åtgärder.",
        "Utredning och åtgärder dokumenteras i incidentsystemet.",
        "Uppföljning efter två veckor.",
        "Om personal kränker en elev utreder rektor tillsammans med HR.",
    ]:
        d.p(t, style="ListParagraph", num=(n, 0))
    d.p("Elever och vårdnadshavare kan vända sig till mentor, kurator Rut Lehto (tel. 0650-55 14 27) "
        "eller rektor (tel. 0650-55 14 00).")

    d.h("Diskrimineringsgrunderna")
    d.p("De sju diskrimineringsgrunderna är kön, könsöverskridande identitet eller uttryck, etnisk "
        "tillhörighet, religion eller annan trosuppfattning, funktionsnedsättning, sexuell läggning och "
        "ålder.")

    d.h("Nationella minoriteter")
    d.p("Skolan har ett särskilt ansvar för elever som tillhör någon av de nationella minoriteterna – "
        "judar, romer, samer, sverigefinnar och tornedalingar. Vid inskrivningen informerar "
        "skoladministratören om rätten till modersmålsundervisning i minoritetsspråken finska, "
        "meänkieli, samiska, romani chib och jiddisch. I åk 4–6 undervisar SO-lärarna om "
        "minoriteternas historia och kultur under vårterminen, och vi uppmärksammar samernas "
        "nationaldag och romernas nationaldag på skolan.")

    d.h("Uppföljning och utvärdering av årets plan")
    d.p("Trygghetsteamet följer upp åtgärderna i januari 2026 tillsammans med elevskyddsombuden. I maj "
        "2026 utvärderar elevrådet och klassråden planen med stöd av en enkät som elevrådet tar fram, "
        "och personalen utvärderar på arbetsplatsträffen i juni. Rektor ansvarar för utvärderingen.")

    c6 = d.comment(["Avsnittet är inte ifyllt."], LAW, "ES", "2025-10-02T09:40:00Z")
    d.p(d.cstart(c6), d.r("Vårdnadshavarnas delaktighet"), d.cend(c6), style="Heading1")
    d.guidance("[Beskriv hur vårdnadshavarna har varit delaktiga i arbetet med planen och hur planen "
               "görs känd för dem.]")

    exp = expected(V="met", R="met", S="met", P="partial", Su="met", Pr="met", Pm="partial",
                   A="partial", D="met", M="met", E="met", G="missing")
    why = reasons(
        P="Table gives only Ja/Delvis/Nej per measure, no effects (the lawyer's comment says so and was not fixed).",
        Pm="Four measures with goal and time, but no owner for any (lawyer's comment 'Vem ansvarar?' left "
           "unresolved).",
        A="Act, report to rektor, investigate, measures, documentation and follow-up, but rektor → huvudman is "
          "missing (comment 'Saknas huvudmannens steg' left in).",
        G="Heading with bracketed template guidance only; the lawyer's comment says it is not filled in.",
        E="Jan follow-up with elevskyddsombud, May evaluation by elevråd/klassråd with a survey, APT in June, "
          "rektor responsible.",
    )
    m = meta("2025/26", "sv", ["förskoleklass", "grundskola", "fritidshem"],
             "Revised plan (version 2) with the district lawyer's Word comments still anchored to "
             "headings ('Saknas huvudmannens steg', 'Vem ansvarar?', 'Effekt saknas') and the text not yet "
             "changed; a staff comment quotes a student's identity number.",
             exp, why, guidance=keys("G"), ids={"20090623-5510": "comment"},
             decoys=["UF 2025/1187", "KR-2025-0142", "0650-55 14 27", "0650-55 14 00"])
    return d, m


# ------------------------------------------------------------------ k1_12
def plan12():
    d = Doc("Plan mot kränkande behandling och diskriminering – Hagtornets skola 2025/26",
            author="Malin Rask")
    d.p("Plan mot kränkande behandling och diskriminering", style="Title")
    d.p("Hagtornets skola F–6 med fritidshem och anpassad grundskola åk 1–6, Ekeby kommun", style="Subtitle")

    def klart(done, date):
        box = "\u2611" if done else "\u2610"
        d.p(d.r("Klart? ", b=True), d.r(box, font="Segoe UI Symbol"), "   Datum: %s" % date)

    d.h("Planens giltighetstid")
    d.p("Planen gäller läsåret 2025/26, 2025-08-19 – 2026-08-18.")
    klart(True, "2025-09-18")

    d.h("Ansvarsfördelning")
    d.p("Rektor Malin Rask ansvarar för att planen upprättas, följs och utvärderas och för att "
        "anmälningar utreds och anmäls till huvudmannen. Trygghetsgruppen (kurator, specialpedagog, en "
        "lärare från F–3, en från 4–6, en från anpassad grundskola och en fritidspedagog) samordnar "
        "arbetet. All personal ansvarar för att ingripa och anmäla. Huvudmannen är barn- och "
        "utbildningsnämnden i Ekeby kommun.")
    klart(True, "2025-09-18")

    d.h("Elevernas delaktighet")
    d.p("Elevrådet har gått igenom förslaget till åtgärder på två möten i september 2025. I anpassad "
        "grundskola har eleverna med hjälp av bildstöd visat var de känner sig trygga och otrygga. "
        "Klassråden har diskuterat trivselregler, och elevrådet följer upp åtgärderna i december och "
        "maj.")
    klart(True, "2025-09-18")

    d.h("Utvärdering av förra årets plan")
    d.p("Kommer att kompletteras.")
    klart(False, "–")

    d.h("Kartläggning")
    d.p("Trygghetsenkäten genomförs vecka 46 i alla klasser. Trygghetsvandring med elevrådet "
        "planeras till november 2025.")
    klart(False, "–")

    d.h("Främjande arbete")
    d.p("Målet är att alla elever ska känna till sina rättigheter och känna sig delaktiga. Varje "
        "tisdag har alla klasser en gemensam samling om värdegrund, som klasslärarna leder. Elever från "
        "grundskolan och anpassad grundskola har gemensamma rastaktiviteter och temadagar två gånger per "
        "termin, som fritidspersonalen planerar. Biblioteket har böcker och bildstöd om olika familjer, "
        "funktionsnedsättningar och kulturer.")
    klart(True, "2025-09-18")

    d.h("Förebyggande åtgärder")
    d.p("Åtgärderna utgår från förra årets anmälningar om kränkande behandling och elevrådets förslag.")
    d.table([
        ["Åtgärd", "Mål", "Ansvarig", "När", "Uppföljning"],
        ["Rastvakt vid klätterställningen", "Färre knuffar och bråk", "Biträdande rektor (schema)",
         "Från 2025-08-25", "Trygghetsgruppen i december"],
        ["Stöd vid övergångar i anpassad grundskola", "Lugnare förflyttningar mellan lokaler",
         "Lärarna i anpassad grundskola", "Från v. 35", "Elevernas bildstödsutvärdering i maj"],
        ["Samtal om kroppen och gränser i åk 3–6", "Alla elever vet vad sexuella trakasserier är",
         "Kurator och skolsköterska", "v. 40–43", "Elevrådet i december"],
        ["Vuxen i kapprummet vid skoldagens slut", "Inga anmälningar från kapprummet",
         "Fritidspersonalen", "Från 2025-09-01", "Anmälningsstatistik i januari"],
    ], widths=[2300, 1900, 1800, 1400, 1600])
    klart(True, "2025-09-18")

    d.h("Rutiner för akuta situationer")
    n = d.new_list("decimal")
    for t in [
        "Den vuxne som ser eller får veta att en elev känner sig kränkt eller trakasserad ingriper direkt.",
        "Anmälan till rektor samma dag i kommunens system.",
        "Rektor anmäler till huvudmannen inom två dagar.",
        "Trygghetsgruppen utreder skyndsamt, med anpassad kommunikation för elever i anpassad "
        "grundskola; vårdnadshavare kontaktas.",
        "Rektor beslutar om åtgärder.",
        "Allt dokumenteras i kommunens system.",
        "Uppföljning efter två veckor.",
        "Om en vuxen kränker en elev utreder rektor med stöd av HR.",
    ]:
        d.p(t, style="ListParagraph", num=(n, 0))
    d.p("Kontakt: kurator Li Andersson, tel. 0451-86 30 44; expeditionen 0451-86 30 00.")
    klart(True, "2025-09-18")

    d.h("Diskrimineringsgrunderna")
    d.p("Diskrimineringsgrunderna är kön, könsöverskridande identitet eller uttryck, etnisk "
        "tillhörighet, religion eller annan trosuppfattning, funktionsnedsättning, sexuell läggning och "
        "ålder.")
    klart(True, "2025-09-18")

    d.h("Nationella minoriteter")
    d.p("Ej klart – TBD.")
    klart(False, "–")

    d.h("Utvärdering av årets plan")
    d.p("Trygghetsgruppen följer upp åtgärderna i december 2025. I maj 2026 utvärderar elevrådet och "
        "klassråden planen, och eleverna i anpassad grundskola utvärderar med bildstöd. Personalen "
        "utvärderar på arbetsplatsträff i juni. Rektor ansvarar för att utvärderingen sammanställs.")
    klart(True, "2025-09-18")

    d.h("Vårdnadshavarnas delaktighet")
    d.guidance("[Beskriv hur vårdnadshavarna görs delaktiga i arbetet med planen, t.ex. via "
               "föräldraråd eller enkät.]")
    klart(True, "2025-09-18")

    exp = expected(V="met", R="met", S="met", P="missing", Su="partial", Pr="met", Pm="met", A="met",
                   D="met", M="missing", E="met", G="missing")
    why = reasons(
        P="Only 'Kommer att kompletteras.' with an unticked box and no date.",
        Su="Only planned future surveys (vecka 46, november); no results. Partial at most.",
        M="Only 'Ej klart – TBD.'",
        G="Bracketed template guidance only, although the box is ticked (☑) – the tick is not content.",
        Pm="Table with measure, goal, owner, time and follow-up for all rows.",
    )
    m = meta("2025/26", "sv", ["förskoleklass", "grundskola", "anpassad grundskola", "fritidshem"],
             "Checklist-style plan where every section ends with a 'Klart? ☑/☐ Datum:' line; ticks do "
             "not match content (a ticked section holds template guidance, unticked ones say it will be "
             "done later).",
             exp, why, guidance=keys("G"), not_done=keys("P", "Su", "M"),
             decoys=["0451-86 30 44", "0451-86 30 00"])
    return d, m


PLANS = [plan09, plan10, plan11, plan12]
