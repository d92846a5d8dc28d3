"""Plans j2_13 - j2_16."""
from docxkit import Doc, r
from common import label, front_table, M, P, X, LOGO_BLUE, LOGO_GREEN


# --------------------------------------------------------------------------- j2_13
def plan13():
    d = Doc(lang="sv-SE", title="Plan mot diskriminering och kränkande behandling Kronängsgymnasiet "
            "2025/26", author="Jenny Sjöberg", company="Storvreta stad",
            created="2025-08-29T11:00:00Z", modified="2025-10-03T14:45:00Z")
    d.set_header("Kronängsgymnasiet · Dnr UTB 2025/1187")
    d.set_footer("Kronängsgymnasiet – Plan mot diskriminering och kränkande behandling 2025/26")
    d.image("kronang_logo.png", LOGO_GREEN, 3.5, 1.75, title="Kronängsgymnasiets logotyp")
    d.title_p("Plan mot diskriminering och kränkande behandling")
    d.subtitle("Kronängsgymnasiet – gymnasieskola, läsåret 2025/26")
    front_table(d, [
        ("Skolform", "Gymnasieskola: naturvetenskaps-, samhällsvetenskaps-, el- och energi- samt "
                     "vård- och omsorgsprogrammet, introduktionsprogram"),
        ("Giltighet", "Läsåret 2025/26 (2025-08-15 – 2026-08-14)"),
        ("Rektor", "Jenny Sjöberg"),
        ("Diarienummer", "UTB 2025/1187"),
    ])
    d.h(1, "1. Ansvar och delegering")
    d.p("Rektor Jenny Sjöberg har det övergripande ansvaret för planen och för att skolan arbetar "
        "mot diskriminering och kränkande behandling. Enligt rektors delegationsordning gäller "
        "följande:")
    d.bullets([
        "Biträdande rektor Omar Nasser ansvarar för att anmälningar om kränkande behandling mellan "
        "elever utreds och för att de anmäls vidare till huvudmannen.",
        "Kurator Linnea Krantz samordnar skolans trygghetsgrupp och ansvarar för att planen tas "
        "fram och följs upp tillsammans med elevkåren.",
        "Programansvariga lärare ansvarar för att åtgärderna genomförs på sina program.",
        "Mentorerna ansvarar för att planen gås igenom med klasserna och för mentorssamtalen.",
        "All personal ansvarar för att ingripa och anmäla.",
    ])
    d.p("Anmälningar där personal misstänks kränka en elev delegeras inte; dem utreder rektor själv.")
    d.h(1, "2. Elevernas delaktighet")
    d.p("Elevkårens styrelse och dess trygghetsutskott har arbetat med planen sedan maj. "
        "Trygghetsutskottet gick igenom enkätresultaten med trygghetsgruppen den 27 augusti och "
        "föreslog tre av åtgärderna. Skolans elevskyddsombud, ett per program, deltog i "
        "trygghetsvandringen i april och i arbetsmiljöronden. Utkastet till planen skickades till "
        "elevkårens styrelse, som lämnade skriftliga synpunkter den 15 september. Elevkåren och "
        "elevskyddsombuden deltar i uppföljningen varje termin.")
    d.h(1, "3. Utvärdering av förra årets plan")
    d.p("Förra årets plan innehöll fyra åtgärder. Två av dem har utvärderats:")
    d.bullets([
        "Vuxennärvaro i caféet under lunch – genomfördes från oktober 2024. Andelen elever som "
        "känner sig trygga i caféet ökade från 72 % till 84 %.",
        "Introduktionsdagar med blandade program – genomfördes i augusti 2024. Eleverna i åk 1 "
        "svarade i större utsträckning (91 %) att de har någon att vara med.",
    ])
    d.p("Mentorssamtalen om trygghet och översynen av schemat för praktiska program har inte följts "
        "upp.")
    d.h(1, "4. Kartläggning och analys")
    d.p("Underlag: skolans trygghetsenkät i mars 2025 (besvarad av 612 av 790 elever), "
        "Skolenkäten för åk 2, trygghetsvandringen med elevskyddsombuden i april, "
        "mentorssamtalen och de 31 anmälningarna till huvudmannen under läsåret.")
    d.p(["92 % av eleverna känner sig trygga på skolan. De platser som pekas ut som otrygga är "
         "omklädningsrummen i idrottshallen, trappan vid el-programmets verkstäder och "
         "parkeringen vid busshållplatsen på kvällar. Elever på introduktionsprogrammen känner sig "
         "mindre trygga (81 %) och uppger oftare kommentarer om sin bakgrund. Var tionde elev har "
         "blivit utsatt för sexuella kommentarer på nätet. ",
         d.commented(r("En elev i åk 2 på naturvetenskapsprogrammet utsattes under våren för "
                       "upprepade kränkningar i en gruppchatt, vilket ledde till en anmälan till "
                       "huvudmannen."),
                     "Gäller detta eleven 081130+2470 på NA2b? Ärendet har Dnr UTB 2025/0944 – "
                     "bör vi verkligen beskriva det i planen? /Jonas", "Jonas Ekman", "JE")])
    d.p("Analysen är att riskerna är störst på platser där elever från olika program möts utan "
        "vuxna, och att elever på introduktionsprogrammen riskerar trakasserier kopplade till "
        "etnisk tillhörighet.")
    d.h(1, "5. Främjande och förebyggande arbete")
    d.p(r("Främjande insatser för alla elever", b=True))
    d.bullets([
        "Introduktionsdagar i augusti där åk 1 från alla program arbetar i blandade grupper "
        "(programansvariga).",
        "Temadag om demokrati och mänskliga rättigheter i november, planerad med elevkåren "
        "(SO-lärarna).",
        "Elevkårens Pride-vecka och Mångkulturella veckan med stöd av skolan (kurator, vt 2026).",
        "Lokalerna ses över så att elever med funktionsnedsättning kan delta i alla aktiviteter "
        "(rektor, löpande med arbetsmiljöronden).",
    ])
    d.p(r("Förebyggande åtgärder utifrån kartläggningen", b=True))
    d.table([
        ["Risk", "Åtgärd", "Ansvarig", "Tid", "Uppföljning"],
        ["Omklädningsrummen", "Enskilda omklädningsrum och vuxen i korridoren", "Idrottslärarna",
         "Ht 2025", "Elevskyddsombuden i december"],
        ["Trappan vid verkstäderna", "Lärarna på el-programmet har tillsyn vid lektionsbyten",
         "Programansvarig EE", "Från v. 35", "Trygghetsvandring april 2026"],
        ["Introduktionsprogrammen", "Gemensamma aktiviteter med nationella program och samtal om "
         "språkbruk", "Biträdande rektor", "Oktober 2025 – mars 2026", "Enkät mars 2026"],
        ["Sexuella kommentarer på nätet", "Lektioner om sexuella trakasserier och samtycke i åk 1",
         "Mentorer åk 1 och kurator", "November 2025", "Trygghetsenkät mars 2026"],
    ], [1900, 3000, 1600, 1500, 1072])
    d.h(1, "6. Rutiner för akuta situationer")
    d.numbered([
        "Personal som får kännedom om kränkande behandling, trakasserier eller sexuella trakasserier "
        "ingriper direkt.",
        "Personalen anmäler till rektor samma dag via skolans anmälningsformulär.",
        "Biträdande rektor anmäler, på rektors delegation, till huvudmannen inom två arbetsdagar.",
        "Trygghetsgruppen utreder skyndsamt: samtal med den som upplever sig kränkt, den som "
        "utpekas och vittnen. Vårdnadshavare till elever under 18 år kontaktas.",
        "Biträdande rektor beslutar om åtgärder.",
        "Utredning och åtgärder dokumenteras i ärendesystemet.",
        "Uppföljning sker efter två och sex veckor.",
    ])
    d.p("Elever kan vända sig till mentor, kurator Linnea Krantz (08-508 334 10), skolsköterska "
        "eller elevkårens trygghetsutskott.")
    d.h(1, "7. Diskrimineringsgrunderna")
    d.p("Planen omfattar kön, könsöverskridande identitet eller uttryck, etnisk tillhörighet, "
        "religion eller annan trosuppfattning, funktionsnedsättning, sexuell läggning och ålder.")
    d.h(1, "8. Nationella minoriteter")
    d.p("Avsnittet kompletteras under höstterminen.")
    d.h(1, "9. Uppföljning och utvärdering av årets plan")
    d.p("Trygghetsgruppen följer upp åtgärderna i december 2025 tillsammans med elevkårens "
        "trygghetsutskott och elevskyddsombuden. Planen utvärderas i maj 2026 vid en "
        "utvärderingsworkshop med trygghetsgruppen, elevkåren och programansvariga, med "
        "trygghetsenkäten och anmälningsstatistiken som underlag. Kurator Linnea Krantz ansvarar.")
    d.h(1, "10. Vårdnadshavare")
    d.p("Vårdnadshavare informeras om planen via skolans webbplats.")
    lab = label(
        "j2_13.docx", "2025/26", "sv", ["gymnasieskola"],
        "Swedish gymnasieskola plan: responsibility delegated from rektor to named roles in a "
        "bullet list, student part through elevkåren and elevskyddsombud, merged heading "
        "'Främjande och förebyggande arbete' with both kinds of items, a Word comment on a survey "
        "sentence, and a logo that has a title but no description.",
        dict(validity_period=M, responsible=M, student_involvement=M, previous_year_evaluation=P,
             survey=M, promotive_work=M, preventive_measures=M, acute_routines=M,
             discrimination_grounds=M, minority_rights=X, evaluation_plan=M,
             guardian_involvement=P),
        reasons={
            "responsible": "rektor responsible; delegation to biträdande rektor, kurator, "
                           "programansvariga and mentors with what each does",
            "student_involvement": "elevkårens trygghetsutskott proposed measures, styrelsen commented "
                                   "on the draft, elevskyddsombud in the safety walk and follow-up",
            "previous_year_evaluation": "only two of last year's four measures are evaluated",
            "promotive_work": "merged heading: general items for all students with owner/time",
            "preventive_measures": "merged heading: table tied to the survey, every row with owner "
                                   "and time",
            "minority_rights": "'Avsnittet kompletteras under höstterminen' – not done, no content",
            "guardian_involvement": "guardians only informed via the website",
        },
        not_done_keys=["minority_rights"],
        identity_numbers={"081130+2470": "comment"},
        decoys=["UTB 2025/1187", "UTB 2025/0944", "08-508 334 10"],
        images_without_alt=0, images_ok=1)
    return d, lab


# --------------------------------------------------------------------------- j2_14
def plan14():
    d = Doc(lang="sv-SE", title="Plan mot kränkande behandling och diskriminering Ängsbacka skola",
            author="Robert Fält", company="Grönköpings kommun",
            created="2025-08-20T08:00:00Z", modified="2025-09-15T10:30:00Z")
    d.set_header("Ängsbacka skola F–9 och fritidshem")
    d.set_footer("Plan mot kränkande behandling och diskriminering 2025/26")
    d.title_p("Plan mot kränkande behandling och diskriminering")
    d.subtitle("Ängsbacka skola – förskoleklass, grundskola åk 1–9 och fritidshem")
    front_table(d, [
        ("Planen gäller", "2025-08-20 – 2026-08-19"),
        ("Ansvarig för planen", "Rektor Robert Fält"),
        ("Trygghetsteam", "Biträdande rektor Tove Lindahl (sammankallande), kurator, skolsköterska, "
                          "specialpedagog, fritidspedagog, en lärare per stadium"),
    ])
    d.h(1, "Ansvar")
    d.p("Rektor Robert Fält ansvarar för planen och för att alla anmälningar utreds. Trygghetsteamet "
        "utreder ärenden på rektors uppdrag och samordnar de förebyggande åtgärderna. Arbetslagen "
        "ansvarar för att genomföra åtgärderna, och all personal för att ingripa och anmäla.")
    d.h(1, "Elevernas delaktighet")
    d.p("Eleverna har inte varit delaktiga i framtagandet av årets plan, eftersom arbetet gjordes "
        "under sommaren. Vi kommer att komplettera.")
    d.h(1, "Utvärdering av förra årets plan")
    d.p("Av förra årets fyra åtgärder har rastvärdarna vid fotbollsplanen och den nya "
        "omklädningsrutinen utvärderats. Rastvärdarna minskade antalet anmälda konflikter vid "
        "fotbollsplanen från 18 till 6. Omklädningsrutinen har gjort att fler elever i åk 7–9 "
        "känner sig trygga i omklädningsrummen (från 64 % till 75 %).")
    d.h(1, "Kartläggning")
    d.p("Kartläggningen har gjorts med följande metoder:")
    d.bullets([
        "enkät i oktober 2024 till eleverna i åk 2–9 och till vårdnadshavarna,",
        "trygghetsvandring med eleverna i åk 4 och 8 i november,",
        "samtal: hälsosamtal, mentorssamtal och samtal i förskoleklassen.",
    ])
    d.h(1, "Resultat och analys")
    d.p("Enkäten besvarades av 389 av 441 elever (88 %). 86 % känner sig trygga i skolan. "
        "Följande framkom:")
    d.bullets([
        "Toaletterna i C-huset och gången bakom matsalen upplevs som otrygga av en fjärdedel av "
        "eleverna i åk 4–6.",
        "På fritids känner sig 14 % av eleverna i åk 1–2 utanför i leken i gympasalen.",
        "I åk 8 har 19 % fått kränkande kommentarer om sitt ursprung eller sin religion, oftast i "
        "sociala medier.",
        "Elever med funktionsnedsättning svarar oftare (22 % mot 9 %) att de blir retade.",
        "Vårdnadshavarnas enkät pekar på bussen från Norrby.",
    ])
    d.p("Vi tolkar resultaten så att riskerna ligger i utrymmen som saknar vuxna och i digitala "
        "miljöer. Kommentarerna i åk 8 och utsattheten för elever med funktionsnedsättning visar "
        "risker för trakasserier kopplade till etnisk tillhörighet, religion och "
        "funktionsnedsättning.")
    d.h(1, "Främjande arbete")
    d.bullets([
        "Värdegrundslektioner på mentorstid varannan vecka (mentorerna).",
        "Friends-programmet med kamratstödjare i åk 4–9; utbildning i september (kurator).",
        "Temavecka om mänskliga rättigheter och de nationella minoriteterna i februari (SO-lärarna).",
        "Fritidshemmets lekar planeras så att elever med olika funktionsförmåga kan vara med "
        "(fritidspersonal, hela året).",
    ])
    d.h(1, "Förebyggande åtgärder")
    d.table([
        ["Mål", "Åtgärd", "Ansvarig", "Tidplan", "Uppföljning"],
        ["Trygga toaletter i C-huset", "Tillsyn varje rast och nya lås", "Vaktmästare, "
         "biträdande rektor", "v. 36–38", "Trygghetsvandring november"],
        ["Ingen ska känna sig utanför på fritids", "Vuxenledda lekar i gympasalen", "Fritidspersonal",
         "Från 2025-09-01", "Samtal med eleverna i december"],
        ["Minska kränkningar om ursprung och religion", "Lektioner om rasism och nätvett i åk 8",
         "Mentorer åk 8, kurator", "Oktober–november 2025", "Enkät oktober 2025"],
        ["Elever med funktionsnedsättning ska inte retas", "Handledning för personalen och "
         "anpassade rastaktiviteter", "Specialpedagog", "Ht 2025", "Elevhälsan i januari"],
        ["Trygg skolbuss från Norrby", "Bussvärd och samtal med bussbolaget", "Rektor",
         "September 2025", "Vårdnadshavarenkät"],
    ], [2000, 2600, 1700, 1500, 1272])
    d.h(1, "Rutiner för akuta situationer")
    d.bullets([
        "Ingripa direkt och stoppa kränkningen.",
        "Anmäla till rektor samma dag i Prorenata.",
        "Rektor anmäler till huvudmannen samma dag, också via Prorenata.",
        "Trygghetsteamet utreder skyndsamt och kontaktar vårdnadshavare.",
        "Rektor beslutar om åtgärder.",
        "Allt dokumenteras i Prorenata.",
        "Uppföljning efter två veckor och avslut när kränkningarna har upphört.",
        "Om personal kränker en elev utreder rektor tillsammans med HR.",
    ])
    d.h(1, "Diskrimineringsgrunderna")
    d.p("Kön, könsöverskridande identitet eller uttryck, etnisk tillhörighet, religion eller annan "
        "trosuppfattning, funktionsnedsättning, sexuell läggning och ålder.")
    d.h(1, "Nationella minoriteter")
    d.p("Judar, romer, samer, sverigefinnar och tornedalingar är nationella minoriteter med "
        "minoritetsspråken jiddisch, romani chib, samiska, finska och meänkieli. Skolan informerar "
        "vårdnadshavare om rätten till modersmålsundervisning i minoritetsspråken, undervisar om "
        "minoriteterna i temaveckan i februari och tar upp antiziganism och antisemitism i "
        "lektionerna om rasism.")
    d.h(1, "Utvärdering av årets plan")
    d.p("Planen utvärderas i maj 2026.")
    d.h(1, "Vårdnadshavarnas delaktighet")
    d.p("Vårdnadshavarna svarar på enkäten i oktober och kan lämna synpunkter på planen i Unikum. "
        "Planen presenteras på föräldramötena i september, och skolrådet diskuterar uppföljningen i "
        "december.")
    lab = label(
        "j2_14.docx", "2025/26", "sv", ["förskoleklass", "grundskola", "fritidshem"],
        "Swedish F–9 plan where 'Kartläggning' lists only methods and a separate 'Resultat och "
        "analys' section carries the findings (places, percentages, groups); the students' section "
        "only says they were not involved.",
        dict(validity_period=M, responsible=M, student_involvement=P, previous_year_evaluation=P,
             survey=M, promotive_work=M, preventive_measures=M, acute_routines=M,
             discrimination_grounds=M, minority_rights=M, evaluation_plan=P,
             guardian_involvement=M),
        reasons={
            "student_involvement": "own section only says students were not involved ('vi kommer "
                                   "att komplettera', no date); elsewhere students only answered "
                                   "the survey and took part in a safety walk – partial",
            "previous_year_evaluation": "only two of four measures accounted for",
            "survey": "methods under 'Kartläggning', concrete findings and analysis under "
                      "'Resultat och analys'",
            "evaluation_plan": "only when (May 2026)",
        },
        not_done_keys=["student_involvement"],
        decoys=["2025-08-20 – 2026-08-19", "2025-09-01"])
    return d, lab


# --------------------------------------------------------------------------- j2_15
def plan15():
    d = Doc(lang="sv-SE", title="Plan mot diskriminering och kränkande behandling Förskolan Lärkan "
            "2026", author="Sofia Rask", company="Sjöbacka kommun",
            created="2025-10-20T09:00:00Z", modified="2025-11-05T13:20:00Z")
    d.set_header("Förskolan Lärkan")
    d.set_footer("Plan mot diskriminering och kränkande behandling 2026")
    d.title_p("Plan mot diskriminering och kränkande behandling 2026")
    d.subtitle("Förskolan Lärkan – avdelningarna Blåbär, Lingon och Hjortron")
    front_table(d, [
        ("Verksamhetsform", "Förskola"),
        ("Planen gäller", "2026-01-01 – 2026-12-31"),
        ("Rektor", "Sofia Rask"),
        ("Likabehandlingsgrupp", "En förskollärare och en barnskötare från varje avdelning"),
    ])
    d.h(1, "Ansvar")
    d.p("Rektor Sofia Rask ansvarar för att planen upprättas, följs och utvärderas och för att "
        "kränkningar utreds. Likabehandlingsgruppen driver arbetet på avdelningarna. Alla pedagoger "
        "ansvarar för att se, ingripa och berätta för rektor.")
    d.h(1, "Barnens delaktighet")
    d.p("Barnen har varit med i arbetet på ett sätt som passar deras ålder. Under oktober och "
        "november 2025 gjorde de äldre barnen på Blåbär och Lingon husmodellen, där de färgade "
        "platser där de trivs och inte trivs. Pedagogerna höll barnintervjuer två och två om vad "
        "en bra kompis gör. På Hjortron, där de yngsta barnen går, observerade pedagogerna leken och "
        "tog bilder som barnen sedan pekade på. Barnrådet på Blåbär fick välja vilken av åtgärderna "
        "som skulle göras först.")
    d.h(1, "Uppföljning och utvärdering")
    d.h(2, "Så gick det med 2025 års åtgärder")
    d.table([
        ["Åtgärd 2025", "Genomfört", "Effekt"],
        ["Pedagog i hallen vid hämtning", "Ja, från februari", "Konflikterna i hallen minskade, "
         "från flera i veckan till någon enstaka i månaden"],
        ["Alla barn får prova alla roller i rollek", "Ja, pedagogerna turas om att leda rolleken",
         "Fler pojkar leker i hemvrån och fler flickor i bygghörnan, enligt observationerna i maj"],
        ["Bildstöd för barn med annat modersmål", "Delvis, på två av tre avdelningar",
         "Barnen på Blåbär och Lingon kommer in i leken snabbare; Hjortron gör det i år"],
    ], [2800, 2600, 3672])
    d.h(2, "Så utvärderas årets plan")
    d.p("Planen utvärderas i november 2026 av rektor och likabehandlingsgruppen genom "
        "observationer och en genomgång av dokumentationen från året.")
    d.h(1, "Kartläggning och analys")
    d.p("Underlag: husmodellen (oktober 2025, 31 barn på Blåbär och Lingon), barnintervjuerna, "
        "pedagogernas observationer och förskolans incidentblanketter från 2025.")
    d.p("Husmodellen visar att barnen på Blåbär och Lingon tycker att toaletten och platsen bakom "
        "förrådet på gården är otrygga. I barnintervjuerna säger flera barn att de inte får vara med "
        "när de äldre barnen cyklar. Observationerna visar att det är flest konflikter vid "
        "cykelbanan och vid övergången från lunch till vila. Av årets 9 incidentblanketter gällde 6 "
        "händelser på gården.")
    d.p("Vi ser att det finns en risk för utestängning när åldrarna blandas ute, och att "
        "övergångarna behöver mer struktur.")
    d.h(1, "Främjande arbete")
    d.bullets([
        "Pedagogerna arbetar normmedvetet: alla barn erbjuds alla lekar och material, och vi "
        "undviker att dela barnen efter kön (alla pedagoger, hela året).",
        "Böcker och bilder visar olika familjer, hudfärger och funktionsförmågor; "
        "likabehandlingsgruppen ser över materialet i mars.",
        "Vi uppmärksammar samernas nationaldag och Sverigefinnarnas dag med sånger och sagor.",
    ])
    d.h(1, "Förebyggande åtgärder 2026")
    d.table([
        ["Område", "Mål", "Åtgärd", "Ansvarig", "När"],
        ["Toaletten", "Alla barn ska känna sig trygga på toaletten", "En pedagog finns nära "
         "toaletten och barnen får gå två och två", "Pedagogerna på Blåbär och Lingon",
         "Från januari 2026"],
        ["Bakom förrådet", "Ingen plats på gården ska vara utan vuxen", "Zonindelning av gården "
         "med en pedagog per zon", "Likabehandlingsgruppen", "Februari 2026"],
        ["Cykelbanan", "Alla barn får cykla", "Cykeltider för yngre och äldre barn",
         "Pedagogerna på Lingon", "Från april 2026"],
        ["Övergång lunch–vila", "Lugna övergångar", "Bildschema och fasta uppgifter för barnen",
         "Förskollärarna", "Januari–mars 2026"],
    ], [1500, 2100, 2500, 1700, 1272])
    d.h(1, "Rutiner för akuta situationer")
    d.numbered([
        "Den pedagog som ser att ett barn blir kränkt går in direkt och stoppar det.",
        "Pedagogen berättar för rektor samma dag.",
        "Rektor ser till att händelsen utreds: pedagogerna pratar med barnen och vårdnadshavarna "
        "kontaktas samma dag.",
        "Åtgärder sätts in för att kränkningarna ska upphöra.",
        "Händelsen och åtgärderna dokumenteras på förskolans blankett.",
        "Rektor och pedagogerna följer upp inom två veckor.",
    ])
    d.p("Om en pedagog kränker ett barn utreder rektor. Vårdnadshavare kan alltid kontakta rektor "
        "Sofia Rask, tel. 0431-47 36 02.")
    d.h(1, "Diskrimineringsgrunderna")
    d.p("Ingen får diskrimineras på grund av kön, könsöverskridande identitet eller uttryck, etnisk "
        "tillhörighet, religion eller annan trosuppfattning, funktionsnedsättning, sexuell läggning "
        "eller ålder. I förskolan kan diskriminering också handla om barnets familj.")
    d.h(1, "Nationella minoriteter")
    d.p("Sveriges fem nationella minoriteter är judar, romer, samer, sverigefinnar och "
        "tornedalingar. Vi informerar alla vårdnadshavare vid inskolningen om barnens rätt att "
        "utveckla sitt minoritetsspråk och sin kulturella identitet, och om rätten till förskola "
        "helt eller delvis på finska, meänkieli eller samiska i förvaltningsområden. På Lingon finns "
        "sånger och böcker på finska och meänkieli.")
    d.h(1, "Vårdnadshavarnas delaktighet")
    d.p("Vårdnadshavarna informeras om planen på höstens föräldramöte.")
    lab = label(
        "j2_15.docx", "2025/26", "sv", ["förskola"],
        "Swedish förskola plan with a calendar-year validity (2026-01-01 – 2026-12-31) collected for "
        "2025/26; one heading 'Uppföljning och utvärdering' holds both last year's evaluation table "
        "and this year's evaluation plan; numbered acute routine without the huvudman step.",
        dict(validity_period=M, responsible=M, student_involvement=M, previous_year_evaluation=M,
             survey=M, promotive_work=M, preventive_measures=M, acute_routines=P,
             discrimination_grounds=M, minority_rights=M, evaluation_plan=P,
             guardian_involvement=P),
        reasons={
            "validity_period": "calendar year 2026: twelve months, legitimate per §0.9; overlaps the "
                               "spring term of 2025/26",
            "student_involvement": "förskola: husmodellen, barnintervjuer, observationer, barnråd",
            "previous_year_evaluation": "under the shared heading: table of 2025 measures with "
                                        "effect",
            "acute_routines": "intervene, tell rektor, investigate, measures, document, follow up – "
                              "but no report from rektor to huvudman",
            "evaluation_plan": "when (November 2026), who (rektor, likabehandlingsgruppen) and how "
                               "(observations, documentation) but no children's part",
            "guardian_involvement": "guardians are only informed at the parent meeting",
        },
        decoys=["2026-01-01 – 2026-12-31", "0431-47 36 02"])
    return d, lab


# --------------------------------------------------------------------------- j2_16
def plan16():
    d = Doc(lang="sv-SE", title="Plan mot kränkande behandling Gläntans skola", author="Anna Berg",
            company="Gläntans skola", created="2025-09-09T07:00:00Z", modified="2025-09-09T07:40:00Z")
    d.set_footer("Gläntans skola F–6 · Läsåret 2025/26")
    d.image("glantan.png", LOGO_GREEN, 2.5, 1.25, alt="Gläntans skolas logotyp med ett grönt träd",
            align="left")
    d.title_p("Plan mot kränkande behandling och diskriminering")
    d.p(r("Gläntans skola, förskoleklass, åk 1–6 och fritidshem – läsåret 2025/26", b=True))
    front_table(d, [
        ("Skola", "Gläntans skola, Hällby"),
        ("Verksamhetsformer", "Förskoleklass, grundskola åk 1–6, fritidshem"),
        ("Antal elever", "64"),
        ("Rektor", "Anna Berg"),
    ])
    d.p("Planen är kort eftersom vi är en liten skola där alla känner alla.")
    d.h(1, "Ansvar")
    d.p("Rektor Anna Berg ansvarar för planen och för att kränkningar utreds. All personal ska "
        "ingripa när något händer.")
    d.h(1, "Elevernas delaktighet")
    d.p("Eleverna är delaktiga i värdegrundsarbetet.")
    d.h(1, "Förra årets plan")
    d.p("Förra årets plan har följts upp och fungerade bra.")
    d.h(1, "Kartläggning")
    d.p("Trivselenkäten i mars 2025 besvarades av 58 av 64 elever och visade att 91 % känner sig "
        "trygga, men att kapprummet och fotbollsplanen upplevs som otrygga. Vi tror att det beror "
        "på trängsel och på att vuxna sällan finns där.")
    d.h(1, "Främjande arbete")
    d.p("Vi arbetar för allas lika värde och för att alla ska känna sig välkomna på Gläntan.")
    d.h(1, "Förebyggande åtgärder")
    d.p("Från vecka 36 har fritidspersonalen rastvakt vid fotbollsplanen varje lunchrast. "
        "Klasslärarna inför en ny kapprumsrutin med en vuxen på plats under september.")
    d.h(1, "Om något händer")
    d.p("Den som ser eller hör en kränkning ingriper direkt och berättar för rektor, som utreder och "
        "ser till att det blir åtgärder.")
    d.h(1, "Diskriminering")
    d.p("Vi accepterar ingen form av diskriminering.")
    d.h(1, "Utvärdering")
    d.p("Planen utvärderas i juni 2026 av rektor.")
    d.h(1, "Vårdnadshavare")
    d.p("Planen finns på skolans hemsida.")
    d.h(1, "Kontakt")
    d.p("Rektor Anna Berg, tel. 0910-58 22 40, anna.berg@glantan.example.se")
    d.p("Fritidshemmet, tel. 0910-58 22 45")
    lab = label(
        "j2_16.docx", "2025/26", "sv", ["förskoleklass", "grundskola", "fritidshem"],
        "Short Swedish plan of a small F–6 school: a small front table and twelve Heading 1 sections of one or two sentences "
        "each, several of them generic promises; logo picture with alt text.",
        dict(validity_period=M, responsible=M, student_involvement=P, previous_year_evaluation=P,
             survey=M, promotive_work=P, preventive_measures=M, acute_routines=P,
             discrimination_grounds=X, minority_rights=X, evaluation_plan=P,
             guardian_involvement=P),
        reasons={
            "responsible": "rektor named as responsible for the plan and for investigations",
            "student_involvement": "generic 'delaktiga i värdegrundsarbetet' without any forum",
            "previous_year_evaluation": "general 'fungerade bra', no measures",
            "survey": "named survey with response rate, percentage, places and a short analysis",
            "promotive_work": "slogan only ('allas lika värde')",
            "preventive_measures": "two measures, each with owner and time",
            "acute_routines": "intervene, tell rektor, rektor investigates/acts – no huvudman step, "
                              "no documentation",
            "discrimination_grounds": "no ground named",
            "minority_rights": "not mentioned",
            "evaluation_plan": "when and who only",
            "guardian_involvement": "information only (website)",
        },
        decoys=["0910-58 22 40", "0910-58 22 45"],
        images_without_alt=0, images_ok=1)
    return d, lab


PLANS = [plan13, plan14, plan15, plan16]
