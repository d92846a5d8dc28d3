"""i2_07-i2_09: long grundskola 7-9 plans with heavy analysis, survey-tool tables and one measures
table per discrimination ground."""
from wordkit import Plan, label, png, pnr

MEAS_HEAD = ["Risk/behov från kartläggningen", "Mål", "Åtgärd", "Ansvarig", "När", "Uppföljning"]


def ground_tables(d, grounds, head=MEAS_HEAD, level=2, widths=(3.2, 2.6, 4.3, 2.4, 1.8, 2.2)):
    for title, rows in grounds:
        d.h(title, level)
        d.table([head] + rows, widths=list(widths))


# ------------------------------------------------------------------ i2_07
def plan07(out):
    f = "i2_07_ekbackeskolan-7-9-analys.docx"
    leak = pnr("120914", "238")  # student in åk 7 2025/26, 10 digits with hyphen
    d = Plan("Plan mot diskriminering och kränkande behandling 2025/26 Ekbackeskolan", author="Karin Dahlgren")
    d.header_text("Ekbackeskolan 7–9 · Plan mot diskriminering och kränkande behandling 2025/26 · Dnr BUN 2025/412")
    d.footer_text("Borlänge kommun, Barn- och utbildningsförvaltningen")

    d.title("Plan mot diskriminering och kränkande behandling")
    d.p("Ekbackeskolan årskurs 7–9 · läsåret 2025/26", bold=True, size=14)
    d.table([
        ["Skolenhet", "Ekbackeskolan 7–9, Ekbacksvägen 3, 784 33 Borlänge"],
        ["Skolenhetskod", "20734518"],
        ["Verksamhetsform", "Grundskola årskurs 7–9 (ca 455 elever)"],
        ["Huvudman", "Barn- och utbildningsnämnden, Borlänge kommun (org.nr 212000-2262)"],
        ["Ansvarig för planen", "Rektor Karin Dahlgren"],
        ["Planen gäller", "2025-08-18 – 2026-08-16"],
        ["Läsårsdata", "250818-260612 (höstterminen 18 aug – 19 dec, vårterminen 8 jan – 12 juni)"],
        ["Fastställd", "2025-09-26"],
    ], header=False, bold_first_col=True, widths=[4.5, 11.5])

    d.toc_field([
        (1, "1. Vår vision", 2), (1, "2. Ansvarsfördelning", 2), (1, "3. Elevernas delaktighet", 3),
        (1, "4. Vårdnadshavarnas delaktighet", 3), (1, "5. Personalens delaktighet", 3),
        (1, "6. Utvärdering av förra årets plan (2024/25)", 4), (1, "7. Kartläggning och analys", 5),
        (2, "7.1 Metoder", 5), (2, "7.2 Resultat", 5), (2, "7.3 Analys", 7), (1, "8. Främjande arbete", 8),
        (1, "9. Förebyggande åtgärder per diskrimineringsgrund", 9), (1, "10. Nationella minoriteter", 11),
        (1, "11. Rutiner för akuta situationer", 11), (1, "12. Definitioner", 13),
        (1, "13. Uppföljning och utvärdering av årets plan – årshjul", 14),
    ])
    d.page_break()

    d.h("1. Vår vision", 1)
    d.p("På Ekbackeskolan ska ingen behöva vara rädd, ensam eller utsatt. Alla elever ska mötas av vuxna som ser dem, "
        "lyssnar och agerar. Vi vill vara en skola där olikheter är en tillgång och där eleverna lämnar årskurs 9 med "
        "respekt för alla människors lika värde.")

    d.h("2. Ansvarsfördelning", 1)
    d.p("**Rektor Karin Dahlgren** ansvarar för att planen upprättas, följs upp och revideras varje år, för att all "
        "personal känner till den och för att varje anmälan utreds och anmäls till huvudmannen.")
    d.p("**Biträdande rektor Ola Hedin** leder trygghetsteamet och ansvarar för åtgärdsplanens tidplan.")
    d.p("**Trygghetsteamet** består av biträdande rektor, kurator Linnea Forsberg, skolsköterska Anders Mattsson, "
        "specialpedagog Petra Wall och en lärare från varje arbetslag. Teamet analyserar kartläggningen, skriver fram "
        "planen och utreder anmälningar.")
    d.p("**Mentorerna** håller klassråd och mentorssamtal och är elevernas och vårdnadshavarnas första kontakt. "
        "**All personal** ska ingripa, anmäla samma dag och följa rutinerna i avsnitt 11. **Huvudmannen** tar emot "
        "rektors anmälningar, utreder skyndsamt tillsammans med skolan och följer upp planen i höstens "
        "kvalitetsdialog.")

    d.h("3. Elevernas delaktighet", 1)
    d.p("Eleverna har varit med i alla steg av arbetet med planen:")
    d.bullets([
        "Trygghetsenkäten besvarades av alla klasser i mars 2025, och resultaten diskuterades på klassråd i april.",
        "Trygghetsrådet (två elever per klass) gick trygghetsvandring med biträdande rektor den 4 september 2025 och "
        "markerade otrygga platser på en karta över skolan.",
        "Kurator höll fokusgrupper med elever i åk 7 och 8 om sociala medier och omklädningsrummen (september 2025).",
        "Elevrådet läste utkastet den 17 september 2025 och föreslog tre ändringar: vuxna i matsalskön, ett "
        "”lugnt rum” på lunchen och att eleverna ska få återkoppling när de anmält något. Alla tre finns med i "
        "åtgärderna.",
        "Mentorerna går igenom elevversionen av planen på mentorstid i oktober, och elevrådet och klassråden följer "
        "upp planen i januari och utvärderar den i maj (se årshjulet).",
    ])

    d.h("4. Vårdnadshavarnas delaktighet", 1)
    d.p("Planen publiceras på skolans webbplats och skickas ut via Vklass till alla vårdnadshavare i början av "
        "oktober.")

    d.h("5. Personalens delaktighet", 1)
    d.p("All personal har arbetat med kartläggningens resultat på APT den 21 augusti 2025 och lämnat förslag på "
        "åtgärder i arbetslagen. Nyanställda går igenom planen med biträdande rektor.")

    d.h("6. Utvärdering av förra årets plan (2024/25)", 1)
    d.p("Utvärderingen gjordes i maj–juni 2025 av trygghetsteamet tillsammans med elevrådet, trygghetsrådet och "
        "arbetslagen. Underlag var trygghetsenkäten, incidentrapporterna och elevrådets egen utvärdering.")
    d.table([
        ["Planerad åtgärd 2024/25", "Genomförande", "Resultat/effekt"],
        ["Vuxen närvaro i omklädningsrummen vid idrotten (åk 7–8)", "Genomfört från v. 36; idrottslärare och "
         "elevassistent delar på passen.", "Andelen elever i åk 7 som känner sig otrygga i omklädningsrummen minskade "
         "från 31 % till 19 %. Fortfarande den mest otrygga platsen."],
        ["Lektionsserie om nätkränkningar i åk 7 (fyra lektioner)", "Genomfört i alla fyra klasser.",
         "Anmälningar om kränkningar på nätet i åk 7 gick från 12 till 7. Eleverna i fokusgrupp säger att de nu vet "
         "hur man anmäler i appen."],
        ["Rastaktiviteter i ”Kupolen” tre dagar i veckan", "Genomfört hösten; vårterminen bara två dagar p.g.a. "
         "personalbrist.", "Färre konflikter i korridoren enligt rastvärdarna; ingen mätbar skillnad i enkäten."],
        ["Kompetensutveckling HBTQ+ för personalen (två halvdagar)", "En halvdag genomförd i januari; den andra "
         "flyttad till hösten 2025.", "Personalen anger i utvärderingen att de säger ifrån oftare vid "
         "kommentarer om sexuell läggning; eleverna märker ingen skillnad ännu."],
        ["Återkoppling till elev inom en vecka efter anmälan", "Delvis; gjordes i 60 % av ärendena.",
         "Elever som fått återkoppling är mer nöjda, men målet nåddes inte. Åtgärden fortsätter."],
    ], widths=[5, 5, 6])

    d.h("7. Kartläggning och analys", 1)
    d.h("7.1 Metoder", 2)
    d.bullets([
        "Trygghetsenkäten i kommunens enkätverktyg Insikt, mars 2025, alla klasser (384 av 452 elever, 85 %).",
        "Skolenkäten (Skolinspektionen), åk 8, våren 2025.",
        "Incidentrapporter i Prorenata läsåret 2024/25: 71 anmälningar om kränkande behandling eller trakasserier.",
        "Trygghetsvandring med trygghetsrådet 2025-09-04 och fokusgrupper med kurator.",
        "Hälsosamtal i åk 7 (skolsköterskan), med frågor om trygghet och nätet.",
    ])
    d.h("7.2 Resultat", 2)
    d.p("Tabell 1. Svarsfrekvens och andel som instämmer i ”Jag känner mig trygg i skolan” (export från Insikt).")
    d.table([
        ["Årskurs", "Antal elever", "Svar", "Svarsfrekvens", "Trygg – flickor", "Trygg – pojkar", "Trygg – totalt"],
        ["7", "158", "139", "88 %", "81 %", "86 %", "83 %"],
        ["8", "149", "124", "83 %", "74 %", "85 %", "79 %"],
        ["9", "145", "121", "83 %", "88 %", "90 %", "89 %"],
        ["Totalt", "452", "384", "85 %", "81 %", "87 %", "84 %"],
    ])
    d.p("Tabell 2. ”Var känner du dig otrygg?” (flera svar möjliga, andel av alla som svarat).")
    d.table([
        ["Plats", "Åk 7", "Åk 8", "Åk 9", "Förändring mot 2024"],
        ["Omklädningsrummen", "19 %", "22 %", "9 %", "−8 procentenheter"],
        ["Kön till matsalen", "14 %", "17 %", "6 %", "+5"],
        ["Toaletterna vid B-trappan", "11 %", "13 %", "10 %", "±0"],
        ["På nätet/sociala medier", "18 %", "24 %", "15 %", "+3"],
        ["Skolbussen", "7 %", "3 %", "2 %", "ny fråga"],
    ])
    para = d.p("Diagram 1. Andel elever som känner sig trygga per årskurs 2022–2025 (skärmbild från Insikt):")
    d.picture(d.p().add_run(), png(60, 30, bars=[0.78, 0.81, 0.83, 0.79, 0.84, 0.89]), width_cm=9,
              name="Diagram")
    d.p("Tabell 3. Anmälningar i Prorenata 2024/25 efter typ.")
    d.table([
        ["Typ", "Antal", "Varav åk 7", "Varav åk 8", "Varav åk 9"],
        ["Kränkande behandling (ej kopplat till grund)", "41", "17", "16", "8"],
        ["Trakasserier – kön", "9", "3", "5", "1"],
        ["Trakasserier – etnisk tillhörighet", "8", "2", "4", "2"],
        ["Trakasserier – religion eller annan trosuppfattning", "3", "1", "2", "0"],
        ["Trakasserier – sexuell läggning", "4", "1", "3", "0"],
        ["Trakasserier – funktionsnedsättning", "2", "1", "1", "0"],
        ["Sexuella trakasserier", "4", "0", "3", "1"],
        ["Summa", "71", "25", "34", "12"],
    ])
    d.h("7.3 Analys", 2)
    d.p("Den samlade bilden är att de flesta elever trivs och känner sig trygga, men att tryggheten sjunker i "
        "årskurs 8, särskilt bland flickor (74 %). Nästan hälften av alla anmälningar (34 av 71) gäller åk 8. När vi "
        "lägger enkäten bredvid incidentrapporterna och fokusgrupperna ser vi tre mönster.")
    d.p("**Övergångsplatserna.** Omklädningsrummen, kön till matsalen och toaletterna vid B-trappan är platser där "
        "många elever samlas samtidigt och där vuxna passerar men inte stannar. Omklädningsrummen har blivit bättre "
        "sedan vi satte in vuxna där (−8 procentenheter), vilket tyder på att vuxennärvaro fungerar. Kön till matsalen "
        "har blivit sämre sedan schemat ändrades så att två årskurser äter samtidigt. Orsaken är alltså delvis "
        "organisatorisk och går att åtgärda.")
    d.p("**Nätet.** Kränkningar i gruppchattar står för en allt större del av anmälningarna och börjar ofta på "
        "kvällen. I fokusgrupperna säger eleverna att de inte vill anmäla för att ”det blir värre”. Ett exempel är "
        f"ärende 2025-031, där en elev ({leak}) i åk 7 blev utesluten ur klassens chatt och fick bilder på sig "
        "spridda; eleven berättade först för skolsköterskan vid hälsosamtalet. Fallet visar att hälsosamtalen är en "
        "viktig kanal och att vi måste göra det lättare att berätta tidigt.")
    d.p("**Kön, sexuell läggning och sexuella trakasserier.** Flickor i åk 8 beskriver kommentarer om utseende och "
        "kropp, i korridoren och på nätet, och de fyra anmälningarna om sexuella trakasserier gäller samma "
        "åldersgrupp. Ordet ”bög” används som skällsord enligt både enkätens fritextsvar och personalens iakttagelser. "
        "Vi bedömer att risken för trakasserier kopplade till kön och sexuell läggning är störst i åk 8 och att "
        "normerna i vissa grupper behöver utmanas.")
    d.p("**Etnisk tillhörighet och religion.** 8 respektive 3 anmälningar. Fritextsvaren nämner skämt om hudfärg och "
        "om att fasta under ramadan. Skolan har många flerspråkiga elever, och nyanlända elever i åk 8 säger i "
        "fokusgrupperna att de har svårt att komma in i gemenskapen på rasterna.")
    d.p("**Funktionsnedsättning, könsöverskridande identitet eller uttryck och ålder.** Få anmälningar, men "
        "trygghetsvandringen visade att hissen i A-huset ofta är trasig, så att en elev med rullstol inte kan delta i "
        "musik på övervåningen – en risk för diskriminering genom bristande tillgänglighet. Två elever har i "
        "mentorssamtal berättat om kommentarer kopplade till könsuttryck. Om ålder har vi inte sett några risker, men "
        "frågan finns kvar i enkäten.")

    d.h("8. Främjande arbete", 1)
    d.p("Det främjande arbetet riktar sig till alla elever och ska stärka respekten för allas lika värde:")
    d.bullets([
        "**Värdegrundslektioner** varannan vecka på mentorstid med material från MVP (Mentorer i våldsprevention) i "
        "åk 8 och normkritiska övningar i åk 7 och 9. Ansvar: mentorerna, samordnas av kurator. Hela läsåret.",
        "**Ekbackeveckan** v. 38: blandade åldersgrupper, gemensam friluftsdag och elevrådets ”hälsa på någon ny”. "
        "Ansvar: elevrådet och biträdande rektor.",
        "**Mångfald i undervisningen:** varje ämneslag går igenom att läromedel och exempel speglar olika familjer, "
        "funktionsförmågor, religioner och etniciteter. Ansvar: förstelärarna, klart till december.",
        "**Pridemånaden** uppmärksammas i juni med utställning i biblioteket. Ansvar: bibliotekarien.",
        "**Jämställd idrott:** idrottslärarna planerar så att alla elever får prova alla aktiviteter och att grupperna blandas.",
    ])

    d.h("9. Förebyggande åtgärder per diskrimineringsgrund", 1)
    d.p("Åtgärderna utgår från kartläggningen i avsnitt 7. Varje grund har en egen tabell; åtgärder mot kränkande "
        "behandling som inte är kopplad till någon grund står sist.")
    ground_tables(d, [
        ("Kön", [["Kommentarer om utseende mot flickor i åk 8", "Andelen flickor i åk 8 som känner sig trygga ska "
                  "öka till 85 %", "Samtal i halvklass om jargong och gränser; personalen säger alltid ifrån",
                  "Mentorer åk 8, kurator", "okt–dec 2025", "Enkät mars 2026"]]),
        ("Könsöverskridande identitet eller uttryck", [["Kommentarer om könsuttryck (mentorssamtal)", "Ingen elev ska "
                  "behöva dölja sitt uttryck", "Könsneutralt omklädningsrum och toalett skyltas; info till eleverna",
                  "Rektor", "Klart v. 44", "Trygghetsrådet jan 2026"]]),
        ("Etnisk tillhörighet", [["Skämt om hudfärg; nyanlända utanför gemenskapen", "Inga anmälningar om "
                  "trakasserier kopplade till etnisk tillhörighet", "Faddrar för nyanlända i åk 8; rastaktiviteter med "
                  "blandade grupper", "Specialpedagog, elevrådet", "Från okt 2025", "Incidentrapporter varje månad"]]),
        ("Religion eller annan trosuppfattning", [["Skämt om fasta", "Eleverna visar respekt för olika trosuppfattningar",
                  "Tema om religioner i vardagen i åk 7 (SO); lugn plats i matsalen under ramadan", "SO-lärare åk 7",
                  "feb–mars 2026", "Fritextsvar i enkäten"]]),
        ("Funktionsnedsättning", [["Trasig hiss utesluter elev från musiken", "Alla lokaler tillgängliga",
                  "Felanmälan och tillfällig flytt av musiklektioner till bottenvåningen tills hissen är lagad",
                  "Rektor, fastighetsförvaltaren", "Senast 2025-10-15", "Trygghetsvandring mars 2026"]]),
        ("Sexuell läggning", [["”Bög” som skällsord", "Skällsordet ska inte höras i korridorerna",
                  "Andra halvdagen HBTQ+ för personalen; gemensamt förhållningssätt att alltid säga ifrån",
                  "Biträdande rektor", "Nov 2025", "Personalenkät och enkät mars 2026"]]),
        ("Ålder", [["Inga risker identifierade", "Bevaka frågan", "Frågan ligger kvar i trygghetsenkäten",
                  "Trygghetsteamet", "Mars 2026", "Analys april 2026"]]),
        ("Kränkande behandling (utan koppling till grund)", [
            ["Kön till matsalen", "Otryggheten i kön ska halveras", "Två vuxna i matsalskön; åk 7 och 8 äter på olika tider",
             "Biträdande rektor", "Från v. 40", "Enkät mars 2026"],
            ["Gruppchattar", "Fler elever berättar tidigt", "Anonym anmälningsknapp i elevappen; lektioner om nätet åk 7",
             "Kurator, mentorer åk 7", "ht 2025", "Incidentrapporter jan 2026"],
            ["Återkoppling efter anmälan", "Alla elever får återkoppling inom en vecka",
             "Checklista i Prorenata för återkoppling", "Trygghetsteamet", "Från sept 2025", "Varje månad"]]),
    ])

    d.h("10. Nationella minoriteter", 1)
    d.p("Judar, romer, samer, sverigefinnar och tornedalingar är Sveriges nationella minoriteter, och jiddisch, "
        "romani chib, samiska, finska och meänkieli är nationella minoritetsspråk. Skolan ska främja elevernas "
        "möjlighet att utveckla sin kulturella identitet och sitt minoritetsspråk. Det gör vi så här:")
    d.bullets([
        "Alla vårdnadshavare får i augusti information om rätten till modersmålsundervisning i ett nationellt "
        "minoritetsspråk, även utan grundläggande kunskaper i språket (ansvar: rektor).",
        "Förintelsens minnesdag 27 januari, samernas nationaldag 6 februari och romernas nationaldag 8 april "
        "uppmärksammas i SO-undervisningen (ansvar: SO-lärarna).",
        "Undervisningen i historia och samhällskunskap i åk 9 tar upp minoriteternas historia och rättigheter.",
        "Antisemitism, antiziganism och rasism mot samer är egna frågor i trygghetsenkätens fritextdel.",
    ])

    d.h("11. Rutiner för akuta situationer", 1)
    d.h("11.1 När en elev kränks av en annan elev", 2)
    d.numbered([
        "Personal som ser eller får höra om en kränkning **ingriper direkt** och säger ifrån.",
        "Personalen **anmäler till rektor samma dag** i Prorenata.",
        "Rektor **anmäler till huvudmannen** samma dag via Prorenata.",
        "Trygghetsteamet **utreder skyndsamt**: samtal med den utsatta eleven, med den eller de som kränkt och med "
        "vittnen. Vårdnadshavare kontaktas samma dag.",
        "Rektor beslutar om **åtgärder** utifrån utredningen.",
        "Utredning och åtgärder **dokumenteras** i Prorenata.",
        "**Uppföljning** med eleverna efter en och fyra veckor. Ärendet avslutas när kränkningarna har upphört.",
    ])
    d.h("11.2 När en elev kränks av personal", 2)
    d.p("Anmälan görs direkt till rektor, som själv utreder tillsammans med förvaltningens HR-avdelning och anmäler "
        "till huvudmannen. Gäller anmälan rektor går den till verksamhetschefen.")
    d.h("11.3 Personal som elever och vårdnadshavare kan vända sig till", 2)
    d.table([
        ["Funktion", "Namn", "Telefon", "E-post"],
        ["Rektor", "Karin Dahlgren", "0243-745 10", "karin.dahlgren@borlange.se"],
        ["Biträdande rektor", "Ola Hedin", "0243-745 11", "ola.hedin@borlange.se"],
        ["Kurator", "Linnea Forsberg", "0243-745 24", "linnea.forsberg@borlange.se"],
        ["Skolsköterska", "Anders Mattsson", "0243-745 26", "anders.mattsson@borlange.se"],
    ])

    d.h("12. Definitioner", 1)
    d.p("Definitionerna nedan bygger på Diskrimineringsombudsmannens (DO) texter.")
    d.p("**Diskriminering** är när skolan missgynnar en elev och missgynnandet har samband med någon av "
        "diskrimineringsgrunderna kön, könsöverskridande identitet eller uttryck, etnisk tillhörighet, religion "
        "eller annan trosuppfattning, funktionsnedsättning, sexuell läggning eller ålder. Diskriminering kan vara "
        "direkt eller indirekt, och även bristande tillgänglighet är en form av diskriminering.")
    d.p("**Trakasserier** är ett uppträdande som kränker en elevs värdighet och som har samband med någon av "
        "diskrimineringsgrunderna. **Sexuella trakasserier** är ett uppträdande av sexuell natur som kränker någons "
        "värdighet. **Kränkande behandling** är ett uppträdande som kränker en elevs värdighet men som inte har "
        "samband med någon diskrimineringsgrund (skollagen 6 kap. 3 §).")

    d.h("13. Uppföljning och utvärdering av årets plan – årshjul", 1)
    d.table([
        ["Månad", "Aktivitet", "Ansvarig", "Elevernas del"],
        ["Augusti", "Kartläggningen analyseras på APT; utkast till plan", "Trygghetsteamet", "–"],
        ["September", "Trygghetsvandring; elevrådet läser utkastet; planen fastställs", "Rektor", "Trygghetsråd, elevråd"],
        ["Oktober", "Elevversionen gås igenom på mentorstid", "Mentorer", "Alla klasser"],
        ["Januari", "Halvårsuppföljning av åtgärderna", "Biträdande rektor", "Elevrådet och klassråd"],
        ["Mars", "Trygghetsenkäten i Insikt", "Trygghetsteamet", "Alla elever svarar"],
        ["Maj", "Utvärdering av hela planen: varje åtgärd bedöms mot målen", "Rektor",
         "Elevrådet, trygghetsrådet och klassråd"],
        ["Juni", "Utvärderingen skrivs in i nästa års plan", "Rektor", "–"],
    ])
    d.p("Borlänge 2025-09-26")
    d.p("Karin Dahlgren, rektor")
    d.save(out / f)
    return label(f, "2025/26", "sv", ["grundskola"],
                 "Long 7–9 plan: real TOC field, survey-tool export tables, chart screenshot, long analysis, "
                 "one measures table per ground, årshjul",
                 "m m m m m m m m m m m p",
                 {"guardian_involvement": "only published on website and sent via Vklass",
                  "evaluation_plan": "årshjul with when, activity, owner and students' part",
                  "previous_year_evaluation": "table measure | genomförande | resultat/effekt for five measures"},
                 pnrs={leak: "body"},
                 decoys=["20734518", "212000-2262", "250818-260612", "BUN 2025/412", "2025-08-18",
                         "0243-745 10", "0243-745 11", "0243-745 24", "0243-745 26"],
                 noalt=1)


# ------------------------------------------------------------------ i2_08
def plan08(out):
    f = "i2_08_norrgardsskolan-7-9-genomford-ja-nej.docx"
    d = Plan("Plan mot diskriminering och kränkande behandling Norrgårdsskolan 2026/27", author="Maria Holmgren")
    d.header_text("Norrgårdsskolan · Plan 2026/27")
    d.footer_text("Sandvikens kommun · Norrgårdsskolan 7–9")
    d.title("Plan mot diskriminering och kränkande behandling")
    d.p("Norrgårdsskolan årskurs 7–9", bold=True, size=16)
    d.p("Läsåret 2026/27", bold=True, size=16)
    d.p("Skolenhetskod 61038724 · Sandvikens kommun, Barn- och ungdomsförvaltningen · Dnr BUF 2026/219")
    d.page_break()

    d.h("Grunduppgifter", 1)
    d.p("Verksamhetsform: grundskola årskurs 7–9, cirka 380 elever i 15 klasser.")
    d.p("Planen gäller 2025-08-15 – 2026-06-15.")
    d.h("Ansvariga för planen", 1)
    d.p("Rektor Maria Holmgren ansvarar för planen. Biträdande rektor Sami Koskinen samordnar trygghetsgruppen "
        "(kurator Jenny Åberg, skolsköterska Tove Lind och tre lärare, en per årskurs). Mentorerna ansvarar för "
        "klassrådens arbete med planen, och all personal ansvarar för att ingripa och anmäla.")

    d.h("Elevernas delaktighet", 1)
    d.p("Elevrådet har haft planen som stående punkt på tre möten under augusti–september 2026 och har bidragit med "
        "förslag på åtgärder (bland annat vuxna vid skåpen och regler för mobilen i omklädningsrummet). Alla klasser "
        "har diskuterat kartläggningens resultat på klassråd. Trygghetsgruppen gick trygghetsvandring med två elever "
        "från varje klass den 1 september 2026, och kurator har haft fokusgrupper med elever i åk 8. Elevrådet deltar "
        "också i uppföljningen i januari och utvärderingen i maj.")

    d.h("Utvärdering av förra årets plan", 1)
    d.p("Trygghetsgruppen har gått igenom förra årets åtgärder i juni 2026.")
    d.table([
        ["Åtgärd", "Genomförd ja/nej"],
        ["Vuxna i korridoren vid skåpen under raster", "Ja"],
        ["Lektionsserie om nätkränkningar i åk 7", "Ja"],
        ["Trygghetsvandring med elever två gånger per läsår", "Nej"],
        ["Kompetensutveckling om hedersrelaterat våld och förtryck", "Ja"],
        ["Nya regler för mobiltelefoner i omklädningsrummen", "Ja"],
        ["Samarbete med fritidsgården om kvällstid på nätet", "Nej"],
    ], widths=[11, 5])

    d.h("Kartläggning", 1)
    d.p("Kartläggningen bygger på trygghetsenkäten i verktyget Skolanalys (april 2026), Skolenkäten för åk 8, "
        "incidentrapporter 2025/26, trygghetsvandringen, fokusgrupper och elevhälsans iakttagelser.")
    d.p("Tabell 1. Svarsfrekvens trygghetsenkäten april 2026 (export från Skolanalys).")
    d.table([
        ["Årskurs", "Elever", "Svar", "Svarsfrekvens"],
        ["7", "131", "118", "90 %"], ["8", "126", "101", "80 %"], ["9", "124", "97", "78 %"],
        ["Totalt", "381", "316", "83 %"],
    ])
    d.p("Tabell 2. Andel som svarat ”stämmer helt” eller ”stämmer ganska bra”.")
    d.table([
        ["Påstående", "Åk 7", "Åk 8", "Åk 9", "Totalt 2026", "Totalt 2025"],
        ["Jag känner mig trygg i skolan", "88 %", "79 %", "86 %", "84 %", "82 %"],
        ["Jag känner mig trygg i omklädningsrummet", "72 %", "68 %", "81 %", "73 %", "70 %"],
        ["Jag har blivit kränkt på nätet av någon på skolan", "13 %", "19 %", "11 %", "14 %", "15 %"],
        ["Det förekommer att elever blir retade för sitt ursprung", "21 %", "28 %", "19 %", "23 %", "20 %"],
        ["Jag har hört nedsättande ord om homosexuella", "38 %", "45 %", "36 %", "40 %", "41 %"],
        ["Vuxna på skolan gör något när någon blir illa behandlad", "71 %", "58 %", "64 %", "65 %", "63 %"],
    ])
    d.p("Tabell 3. Incidentrapporter 2025/26 per plats.")
    d.table([
        ["Plats", "Antal", "Andel"],
        ["Korridoren vid skåpen", "17", "27 %"], ["Omklädningsrum", "12", "19 %"], ["Nätet/sociala medier", "15", "24 %"],
        ["Klassrum", "9", "14 %"], ["Skolgården", "6", "10 %"], ["Skolbussen", "4", "6 %"],
        ["Summa", "63", "100 %"],
    ])
    d.h("Analys", 2)
    d.p("Tryggheten har ökat något jämfört med förra året (82 → 84 %) och korridoren vid skåpen har fått färre "
        "anmälningar sedan vi började med rastvärdar där. Den stora skillnaden mellan årskurserna finns i åk 8, där "
        "bara 58 % tycker att vuxna gör något när någon blir illa behandlad. Fokusgrupperna visar att eleverna i åk 8 "
        "uppfattar att anmälningar ”inte leder någonstans”, eftersom de inte får veta vad som händer. Omklädningsrummet "
        "är fortsatt den plats där flest känner sig otrygga; eleverna beskriver filmning med mobil och kommentarer om "
        "kroppar, vilket vi bedömer som en risk för sexuella trakasserier och trakasserier kopplade till kön.")
    d.p("Nästan var fjärde elev uppger att elever blir retade för sitt ursprung, och andelen har ökat. Fritextsvaren "
        "handlar om skämt om hudfärg och om ”invandrare” som skällsord. 40 % har hört nedsättande ord om homosexuella – "
        "en nivå som inte har förändrats på tre år trots att vi har arbetat med frågan, vilket tyder på att lektioner "
        "inte räcker utan att vuxna måste reagera varje gång. Trygghetsvandringen visade att aulan och två "
        "klassrum i C-huset saknar hörslinga, vilket gör att en elev med hörselnedsättning inte kan delta fullt ut. "
        "Två elever har berättat för kurator om kommentarer om sitt könsuttryck. Kommentarer om religion förekommer "
        "i samband med högtider. För ålder har vi inte funnit några risker.")

    d.h("Fördjupad analys per årskurs", 2)
    d.p("**Årskurs 7.** Eleverna i åk 7 är de som känner sig tryggast (88 %), men det är också här nätkränkningarna "
        "börjar. När klasserna sätts samman från fyra olika F–6-skolor bildas nya gruppchattar redan under sommaren, "
        "och flera av höstens ärenden handlar om att elever stängs ute eller att bilder sprids. Elevhälsans "
        "hälsosamtal bekräftar bilden: skolsköterskan har under hösten haft elva samtal där nätet tagits upp. Vi "
        "bedömer att risken är störst under de första åtta veckorna av läsåret.")
    d.p("**Årskurs 8.** Här samlas nästan alla riskerna: lägst trygghet (79 %), lägst förtroende för att vuxna agerar "
        "(58 %), flest anmälningar om omklädningsrummet och den högsta andelen som hört nedsättande ord om homosexuella "
        "(45 %). Årskursen har haft tre mentorsbyten och många vikarier, och i fokusgrupperna säger eleverna att de "
        "inte vet vem de ska gå till. Vi ser detta som den viktigaste förklaringen till att de inte tror att en "
        "anmälan leder någonstans. Att flickorna i åk 8 anger lägre trygghet än pojkarna hänger enligt fritextsvaren "
        "ihop med kommentarer om kroppar och utseende, i omklädningsrummet och på nätet.")
    d.p("**Årskurs 9.** Tryggheten är hög (86 %) och de flesta anmälningarna gäller enstaka konflikter. Det som "
        "sticker ut är skolbussen från Björksätra, där fyra ärenden under våren gällde yngre elever som blivit "
        "retade av äldre. Bussen är ett område där skolan har begränsad kontroll, men där vi kan samarbeta med "
        "bussbolaget.")
    d.h("Jämförelse med Skolenkäten och tidigare år", 2)
    d.table([
        ["Indikator", "2024", "2025", "2026", "Kommentar"],
        ["Trygghet totalt (egen enkät)", "80 %", "82 %", "84 %", "Långsam förbättring"],
        ["Skolenkäten åk 8: ”Jag känner mig trygg i skolan” (index)", "7,1", "7,4", "7,0", "Försämring i åk 8"],
        ["Anmälningar totalt", "71", "68", "63", "Färre anmälningar, men fler rör nätet"],
        ["Andel anmälningar som rör nätet", "15 %", "19 %", "24 %", "Tydlig ökning"],
    ])
    d.p("Jämförelsen visar att de åtgärder som handlar om vuxnas närvaro på fysiska platser har haft effekt, medan "
        "nätet och vuxnas förtroende i åk 8 är de områden där vi inte har kommit framåt. Det är därför dit årets "
        "åtgärder framför allt riktas. Vi ser också att det vi vet om risker kopplade till funktionsnedsättning, "
        "religion och könsöverskridande identitet eller uttryck bygger på få enskilda berättelser; enkätens frågor "
        "fångar dessa grunder dåligt, och trygghetsgruppen har därför lagt till två frågor i vårens enkät.")

    d.h("Främjande arbete", 1)
    d.p("[Beskriv skolans främjande arbete. Det främjande arbetet riktar sig till alla elever, pågår hela tiden och "
        "ska omfatta samtliga diskrimineringsgrunder. Exempel: värdegrundslektioner, temadagar, elevråd.]",
        italic=True, color=(110, 110, 110))

    d.h("Förebyggande åtgärder per diskrimineringsgrund", 1)
    d.p("Åtgärderna bygger på riskerna i kartläggningen ovan.")
    head = ["Risk (från kartläggningen)", "Åtgärd", "Ansvarig", "När", "Uppföljning"]
    w = (3.6, 5.4, 2.6, 2.2, 2.4)
    ground_tables(d, [
        ("Kön", [["Filmning och kroppskommentarer i omklädningsrummen", "Mobilfritt omklädningsrum; vuxen vid dörren "
                  "vid varje idrottslektion", "Idrottslärarna", "Från v. 34", "Enkät april 2027"]]),
        ("Könsöverskridande identitet eller uttryck", [["Kommentarer om könsuttryck (kurator)", "Enskilt omklädningsrum "
                  "tillgängligt för alla som vill; personalen uppmärksammar kommentarer", "Rektor", "Klart sept 2026",
                  "Elevrådet jan 2027"]]),
        ("Etnisk tillhörighet", [["23 % anger att elever retas för sitt ursprung", "Temavecka i åk 8 om rasism utifrån "
                  "fritextsvaren; alla mentorer följer upp i klassråd", "Kurator och mentorer åk 8", "v. 45",
                  "Enkät april 2027"]]),
        ("Religion eller annan trosuppfattning", [["Kommentarer vid högtider", "Mentorerna tar upp kommentarerna i "
                  "klassråd inför högtiderna", "Mentorer", "Inför jul, eid och påsk", "Incidentrapporter"]]),
        ("Funktionsnedsättning", [["Aulan och C-huset saknar hörslinga", "Hörslinga installeras", "Rektor och "
                  "fastighetsavdelningen", "Senast dec 2026", "Trygghetsvandring mars 2027"]]),
        ("Sexuell läggning", [["40 % har hört nedsättande ord om homosexuella", "All personal reagerar varje gång "
                  "enligt gemensam manual; uppföljning på APT", "Biträdande rektor", "Hela läsåret, APT varje månad",
                  "Enkät april 2027"]]),
        ("Ålder", [["Inga risker funna", "Frågan finns kvar i enkäten", "Trygghetsgruppen", "April 2027",
                  "Analys maj 2027"]]),
    ], head=head, widths=w)
    d.h("Kränkande behandling", 2)
    d.table([head,
             ["Elever i åk 8 får inte veta vad som händer efter anmälan", "Återkoppling till eleven inom fem skoldagar",
              "Trygghetsgruppen", "Från sept 2026", "Varje månad"],
             ["Nätkränkningar (24 % av anmälningarna)", "Lektioner om nätet i åk 7 och 8; föreläsning för eleverna",
              "Kurator", "ht 2026", "Incidentrapporter jan 2027"]], widths=list(w))

    d.h("Rutiner för akuta situationer", 1)
    d.numbered([
        "Den vuxna som ser eller får veta att en elev känner sig kränkt ingriper direkt och ser till att det upphör.",
        "Personalen anmäler till rektor samma dag.",
        "Rektor anmäler till huvudmannen (barn- och ungdomsförvaltningen) samma dag.",
        "Trygghetsgruppen utreder skyndsamt genom samtal med den utsatta, med den som kränkt och med vittnen. Mentor "
        "kontaktar vårdnadshavare.",
        "Rektor beslutar om åtgärder, till exempel samtal, schemaändringar, ökad tillsyn eller stöd från elevhälsan.",
        "Trygghetsgruppen följer upp med de inblandade efter två veckor och avslutar ärendet när kränkningarna har upphört.",
    ])
    d.p("Om en vuxen på skolan har kränkt en elev utreder rektor ärendet själv tillsammans med HR.")
    d.p("Elever och vårdnadshavare kan vända sig till mentor, kurator Jenny Åberg (026-24 17 35), skolsköterska Tove "
        "Lind (026-24 17 36) eller rektor Maria Holmgren (026-24 17 30).")

    d.h("Diskrimineringsgrunder", 1)
    d.p("Diskrimineringslagen (2008:567) har sju diskrimineringsgrunder: kön, könsöverskridande identitet eller "
        "uttryck, etnisk tillhörighet, religion eller annan trosuppfattning, funktionsnedsättning, sexuell läggning och "
        "ålder. Skolan arbetar med alla sju, se åtgärdstabellerna ovan.")

    d.h("Nationella minoriteter", 1)
    d.p("De nationella minoriteterna i Sverige är judar, romer, samer, sverigefinnar och tornedalingar. Deras språk är "
        "jiddisch, romani chib, samiska, finska och meänkieli.")

    d.h("Uppföljning och utvärdering av årets plan", 1)
    d.p("Planen följs upp i januari 2027 av trygghetsgruppen tillsammans med elevrådet (halvtidsavstämning av "
        "åtgärderna). Utvärderingen görs i maj 2027: trygghetsgruppen analyserar enkäten från april, och elevrådet och "
        "alla klassråd bedömer varje åtgärd på en gemensam lektion. Personalen utvärderar på APT i maj. Rektor ansvarar "
        "för att utvärderingen görs och skrivs in i nästa års plan.")
    d.save(out / f)
    return label(f, "2026/27", "sv", ["grundskola"],
                 "Long 7–9 DO-template plan: front page says 2026/27 but body period is last year's; survey export "
                 "tables; last year as 'Åtgärd | Genomförd ja/nej'; one table per ground; promotive left as guidance",
                 "p m m p m x m p m p m x",
                 {"validity_period": "front page 'Läsåret 2026/27' but 'Planen gäller 2025-08-15 – 2026-06-15' "
                                     "(contradicts the plan's own school year)",
                  "previous_year_evaluation": "only 'Åtgärd | Genomförd ja/nej', no effect",
                  "promotive_work": "section holds bracketed template guidance only",
                  "acute_routines": "act, rektor, huvudman, investigate, measures, follow-up – no documentation step",
                  "minority_rights": "minorities and languages named, no measure",
                  "guardian_involvement": "no mention of guardians' part in the plan (only contact in incidents)"},
                 guidance=["promotive_work"],
                 decoys=["61038724", "BUF 2026/219", "2025-08-15", "026-24 17 35", "026-24 17 36", "026-24 17 30",
                         "2008:567"])


# ------------------------------------------------------------------ i2_09
def plan09(out):
    f = "i2_09_kvarnbyskolan-7-9-okt-sep.docx"
    sam = pnr("110371", "238")  # samordningsnummer (day 11 + 60), 10 digits with hyphen
    d = Plan("Kvarnbyskolan plan mot diskriminering och kränkande behandling 2026/27", author="Henrik Sandberg")
    d.header_text("Kvarnbyskolan 7–9 · Mölndals stad", align_right=True)
    d.footer_text("Plan mot diskriminering och kränkande behandling 2026-10-01 – 2027-09-30")

    d.title("Plan mot diskriminering och kränkande behandling")
    d.p("Kvarnbyskolan, årskurs 7–9 och grundsärskolans högstadium", bold=True, size=13)
    d.p("Planen gäller från 2026-10-01 till 2027-09-30 (läsåret 2026/27)", bold=True)
    d.p("Skolenhetskod 83302561. Huvudman: Förskole- och grundskolenämnden, Mölndals stad.")

    d.h("1. Ansvar", 1)
    d.p("Rektor Henrik Sandberg har det övergripande ansvaret för planen och för att kränkningar och trakasserier "
        "utreds. Trygghetsteamet – biträdande rektor Elin Svärd (sammankallande), kurator Omid Rezaei, skolsköterska "
        "Karin Berg och specialpedagog Lotta Nyberg – tar fram planen, följer upp åtgärderna och utreder ärenden. "
        "Mentorerna ansvarar för att planen gås igenom i klasserna. Huvudmannen följer upp planen i "
        "kvalitetsdialogen i november.")

    d.h("2. Delaktighet och förankring", 1)
    d.p("**Eleverna** har deltagit genom att besvara trygghetsenkäten i april 2026. Planen presenteras för eleverna "
        "på mentorstid under oktober.")
    d.p("**Vårdnadshavarna** i skolrådet fick utkastet 2026-09-14, diskuterade det på mötet och lämnade synpunkter om "
        "skolvägen och om sociala medier på kvällstid. Båda synpunkterna har förts in i åtgärderna (se Etnisk "
        "tillhörighet och Kränkande behandling). Vårdnadshavare svarar också på stadens vårdnadshavarenkät i mars, och "
        "planen finns på hemsidan och i Unikum.")
    d.p("**Personalen** har arbetat med analysen i arbetslagen och på APT i augusti.")

    d.h("3. Utvärdering av föregående plan 2025/26", 1)
    d.p("Trygghetsteamet utvärderade planen i juni 2026 utifrån vårens enkät och incidentrapporterna.")
    for m, g, r in [
        ("Rastvärdar vid cykelstället och skolans baksida.",
         "Genomförd hela läsåret med två vuxna per rast.",
         "Anmälningarna från baksidan minskade från 11 till 3; 12 % av eleverna anger baksidan som otrygg mot 23 % året innan."),
        ("Föreläsning och lektionsserie om sexuella trakasserier i åk 8.",
         "Föreläsningen genomfördes i november; lektionsserien bara i tre av fem klasser.",
         "I klasserna med lektionsserien minskade andelen flickor som fått ovälkomna kommentarer (19 % → 11 %); i "
         "övriga klasser ingen förändring. Serien genomförs i alla klasser i år."),
        ("Språkvänner för nyanlända elever.",
         "Genomförd från januari med 14 elevpar.",
         "Nyanlända elever säger i samtal med specialpedagogen att de har fått fler kompisar. Två har slutat äta "
         "ensamma. Effekten på enkäten går inte att mäta, gruppen är för liten."),
        ("Tillgänglighetsanpassning av slöjdsalen.",
         "Ej genomförd, fastighetsavdelningen har inte hunnit.",
         "Ingen effekt. Åtgärden förs över till i år med nytt datum."),
    ]:
        d.p(f"**Åtgärd:** {m}")
        d.p(f"**Genomförande:** {g}")
        d.p(f"**Resultat:** {r}")

    d.h("4. Kartläggning och analys", 1)
    d.h("4.1 Underlag", 2)
    d.p("Trygghetsenkäten i Mölndals stads enkätverktyg (april 2026, 401 av 462 elever, 87 %), Skolenkäten åk 8, "
        "incidentrapporter läsåret 2025/26 (58 ärenden), hälsosamtal i åk 7, elevhälsoteamets ärendegenomgång och "
        "vårdnadshavarenkäten (mars 2026, 212 svar).")
    d.h("4.2 Resultat", 2)
    d.table([
        ["Index (0–10) från enkätverktyget", "Åk 7", "Åk 8", "Åk 9", "Staden åk 7–9"],
        ["Trygghet", "8,1", "7,2", "7,9", "7,8"],
        ["Studiero", "6,4", "5,8", "6,9", "6,6"],
        ["Kränkningar (högre = färre)", "8,3", "7,4", "8,2", "8,0"],
        ["Vuxnas agerande", "7,6", "6,5", "7,0", "7,2"],
    ])
    d.table([
        ["Fråga", "Flickor", "Pojkar", "Annat/vill inte ange", "Alla"],
        ["Jag har blivit kränkt minst en gång det här läsåret", "27 %", "21 %", "44 %", "24 %"],
        ["Jag har fått ovälkomna sexuella kommentarer", "16 %", "5 %", "22 %", "11 %"],
        ["Jag har blivit illa behandlad på grund av mitt ursprung", "6 %", "9 %", "11 %", "8 %"],
        ["Jag känner mig trygg på vägen till och från skolan", "82 %", "90 %", "67 %", "86 %"],
    ])
    d.p("Incidentrapporter 2025/26 – urval av ärenden som lett till åtgärder på gruppnivå:")
    d.table([
        ["Ärende", "Typ", "Plats", "Åtgärd på gruppnivå"],
        ["2025-112", "Sexuella trakasserier", "Korridoren åk 8", "Lektionsserie i klassen"],
        [f"2026-014 (elev {sam}, nyanländ)", "Trakasserier – etnisk tillhörighet", "Skolbussen",
         "Samtal med busspersonalen, vuxen på bussen"],
        ["2026-031", "Kränkande behandling", "Gruppchatt åk 7", "Föräldramöte om nätet"],
        ["2026-047", "Trakasserier – funktionsnedsättning", "Idrotten", "Anpassade grupper"],
    ])
    d.h("4.3 Analys", 2)
    d.p("Årskurs 8 ligger under både skolans övriga årskurser och staden på samtliga index. Eleverna i åk 8 beskriver "
        "i hälsosamtalen en hård jargong och att de vuxna ”inte märker något”. Indexet för vuxnas agerande (6,5) hänger "
        "enligt vår analys ihop med att åk 8 har haft många vikarier under våren. Elever som inte vill ange kön eller "
        "anger annat är betydligt mer utsatta än andra: 44 % har blivit kränkta och bara 67 % känner sig trygga på "
        "skolvägen. Det är en liten grupp, men skillnaden är så stor att vi bedömer risken för trakasserier kopplade "
        "till könsöverskridande identitet eller uttryck som hög. De sexuella kommentarerna drabbar främst flickor i åk "
        "8 och sker i korridoren och på nätet. Skolbussen är ny som otrygg plats; den har kommit upp både i enkäten, i "
        "vårdnadshavarenkäten och i ett ärende om trakasserier kopplade till etnisk tillhörighet.")

    d.h("4.4 Var och när händer det?", 2)
    d.table([
        ["Tid på dygnet", "Antal ärenden 2025/26", "Vanligaste plats"],
        ["Före första lektionen", "6", "Skolbussen"],
        ["Lektionstid", "11", "Klassrum, idrotten"],
        ["Raster och lunch", "24", "Korridoren åk 8, matsalen"],
        ["Efter skoltid/kväll", "17", "Gruppchattar, sociala medier"],
    ])
    d.p("Fyra av tio ärenden uppstår på raster och lunch, och korridoren utanför åk 8:s hemklassrum är den enskilt "
        "vanligaste platsen. Korridoren är smal, har skåp på båda sidor och ligger långt från personalrummet, så få "
        "vuxna passerar. Var tredje händelse sker efter skoltid men får följder i skolan nästa dag; många av dem "
        "börjar i klassernas gruppchattar. Här har skolan inte samma möjlighet att ingripa, men vi ser att "
        "vårdnadshavarna är en viktig del av lösningen, vilket också skolrådet påpekade.")
    d.p("Elevhälsoteamets genomgång av ärendena visar att en liten grupp elever förekommer i flera ärenden, både som "
        "utsatta och som de som kränker. För dem räcker inte generella åtgärder; de får individuella insatser genom "
        "elevhälsan. På gruppnivå är slutsatsen att vuxennärvaro i korridoren, en tydligare rastorganisation i åk 8 "
        "och ett samarbete med vårdnadshavarna om nätet ger störst effekt.")
    d.p("Vi har också jämfört med vårdnadshavarenkäten: 89 % av vårdnadshavarna tror att deras barn är tryggt, vilket "
        "är högre än elevernas egna svar i åk 8 (se index). Skillnaden tyder på att vårdnadshavare inte alltid vet vad "
        "som händer i chattarna, något vi tar upp på föräldramötet om nätet.")

    d.h("5. Främjande och förebyggande arbete", 1)
    d.h("5.1 Främjande arbete för alla", 2)
    d.bullets([
        "Gemensamma värdegrundslektioner en gång i månaden på mentorstid (ansvar: mentorerna, material från kurator).",
        "Elevrådets temadag ”Kvarnby för alla” i februari med workshops om normer, funktionsvariationer och "
        "religioner (ansvar: elevrådet och biträdande rektor).",
        "Bibliotekets tema om HBTQ-litteratur i juni och mångspråkiga boktips hela året (ansvar: bibliotekarien).",
        "Alla klasser har blandade grupper vid friluftsdagarna (ansvar: idrottslärarna).",
    ])
    d.h("5.2 Förebyggande åtgärder per diskrimineringsgrund", 2)
    ground_tables(d, [
        ("Kön", [["Sexuella kommentarer mot flickor i åk 8", "Under 8 % i åk 8", "Lektionsserie om gränser och "
                  "sexuella trakasserier i alla klasser åk 8", "Kurator, mentorer åk 8", "okt–dec 2026",
                  "Enkät april 2027"]]),
        ("Könsöverskridande identitet eller uttryck", [["44 % av elever med annat/vill inte ange kön kränkta",
                  "Halvera andelen", "Trygg kontaktperson i elevhälsan; könsneutrala omklädningsrum; personalutbildning",
                  "Biträdande rektor", "Klart nov 2026", "Enkät och EHT-genomgång"]]),
        ("Etnisk tillhörighet", [["Trakasserier på skolbussen", "Inga fler anmälningar från bussen", "Vuxen på "
                  "morgonbussen; dialog med bussbolaget (vårdnadshavarnas förslag)", "Rektor", "Från 2026-10-05",
                  "Incidentrapporter varje månad"]]),
        ("Religion eller annan trosuppfattning", [["Inga ärenden, enstaka fritextsvar", "Bibehålla nivån",
                  "Religionskunskap åk 7 med studiebesök i tre samfund", "SO-lärare åk 7", "vt 2027",
                  "Fritextsvar i enkäten"]]),
        ("Funktionsnedsättning", [["Slöjdsalen otillgänglig; ärende vid idrotten", "Alla elever kan delta i slöjd "
                  "och idrott", "Ombyggnad av slöjdsalen; anpassade grupper vid idrotten", "Rektor, fastighet; "
                  "idrottslärare", "Slöjdsalen senast 2027-01-31", "Trygghetsvandring mars 2027"]]),
        ("Sexuell läggning", [["Skällsord i korridorerna (fritextsvar)", "Personalen reagerar alltid", "Gemensamt "
                  "förhållningssätt, uppföljning på APT", "Biträdande rektor", "Varje APT", "Enkät april 2027"]]),
        ("Ålder", [["Inga risker identifierade", "–", "Frågan finns kvar i enkäten", "Trygghetsteamet", "April 2027",
                  "Analys maj 2027"]]),
        ("Kränkande behandling", [["Låga index i åk 8; gruppchattar (vårdnadshavarnas synpunkt)", "Index vuxnas agerande "
                  "minst 7,2 i åk 8", "Fasta rastvärdar i åk 8-korridoren; föräldramöte om nätet", "Biträdande rektor; "
                  "kurator", "Från okt 2026; föräldramöte nov 2026", "Enkät april 2027"]]),
    ], level=3)

    d.h("6. Nationella minoriteter", 1)
    d.p("Sveriges nationella minoriteter är judar, romer, samer, sverigefinnar och tornedalingar. Skolan informerar "
        "vid terminsstart alla vårdnadshavare om rätten till modersmålsundervisning i finska, meänkieli, samiska, "
        "romani chib och jiddisch. I SO-undervisningen i åk 8 ingår minoriteternas historia och rättigheter, och "
        "skolan uppmärksammar samernas nationaldag 6 februari och Förintelsens minnesdag 27 januari. Trakasserier med "
        "antisemitiska eller antiziganistiska inslag utreds som trakasserier kopplade till etnisk tillhörighet.")

    d.h("7. Rutiner för akuta situationer", 1)
    d.p("Rutinen gäller kränkande behandling, trakasserier och sexuella trakasserier.")
    d.numbered([
        "Ingripa: den vuxna som upptäcker en kränkning ingriper direkt.",
        "Anmälan: personalen anmäler samma dag till rektor i stadens digitala anmälningssystem.",
        "Rektor anmäler till huvudmannen samma dag.",
        "Utredning: trygghetsteamet utreder skyndsamt genom samtal med alla inblandade; vårdnadshavare informeras.",
        "Åtgärder beslutas av rektor utifrån utredningen.",
        "Dokumentation: utredning och åtgärder dokumenteras i anmälningssystemet.",
        "Uppföljning efter två veckor; ärendet avslutas när kränkningarna har upphört.",
    ])
    d.p("Om personal kränker en elev utreder rektor, med stöd av HR. Elever och vårdnadshavare kan vända sig till "
        "mentor, kurator Omid Rezaei (031-315 42 80) eller rektor Henrik Sandberg (031-315 42 70).")

    d.h("8. Diskrimineringsgrunderna", 1)
    d.p("Planen omfattar alla sju diskrimineringsgrunder: kön, könsöverskridande identitet eller uttryck, etnisk "
        "tillhörighet, religion eller annan trosuppfattning, funktionsnedsättning, sexuell läggning och ålder.")

    d.h("9. Uppföljning och utvärdering", 1)
    d.p("Planen utvärderas i juni 2027 av trygghetsteamet och rektor utifrån vårens trygghetsenkät och "
        "incidentrapporterna. Åtgärderna stäms av på trygghetsteamets möten varannan vecka.")
    d.save(out / f)
    return label(f, "2026/27", "sv", ["grundskola", "anpassad grundskola"],
                 "Long 7–9 plan, Oct–Sep validity, merged 'Delaktighet och förankring' (students/guardians/staff), "
                 "index tables from the city's survey tool, prose Åtgärd/Genomförande/Resultat, one table per ground",
                 "m m p m m m m m m m p m",
                 {"validity_period": "2026-10-01 – 2027-09-30 (Oct–Sep, 12 months)",
                  "student_involvement": "students only answered the survey; plan 'presented' at mentorstid (information)",
                  "guardian_involvement": "skolråd discussed the draft and gave input that was adopted; enkät; Unikum",
                  "evaluation_plan": "when, how and who given, but no students' part",
                  "previous_year_evaluation": "four measures each with Genomförande and Resultat"},
                 pnrs={sam: "table"},
                 decoys=["83302561", "2026-10-01", "2027-09-30", "031-315 42 80", "031-315 42 70", "2026-09-14",
                         "2027-01-31"])
