"""Plans j2_05 - j2_08."""
from docxkit import Doc, r
from common import label, front_table, M, P, X, LOGO_BLUE, FLOW, BORDER, LOGO_GREEN


# --------------------------------------------------------------------------- j2_05
def plan05():
    d = Doc(lang="sv-SE", title="Plan mot kränkande behandling och diskriminering Björkhagens skola",
            author="Eva Holm", company="Lindeby kommun",
            created="2025-09-05T08:00:00Z", modified="2025-09-29T16:10:00Z")
    d.set_header("Björkhagens skola F–6 och fritidshem · Läsåret 2025/26")
    d.set_footer("Lindeby kommun, org.nr 212000-1355")
    d.title_p("Plan mot kränkande behandling och diskriminering")
    d.subtitle("Björkhagens skola – förskoleklass, grundskola åk 1–6 och fritidshem")
    front_table(d, [
        ("Läsår", "2025/26 (planen gäller 2025-08-18 – 2026-08-16)"),
        ("Verksamhetsformer", "Förskoleklass, grundskola åk 1–6, fritidshem"),
        ("Ansvarig", "Rektor Eva Holm"),
        ("Trygghetsteam", "Kurator Lisa Wiklund, specialpedagog Johan Ek, fritidspedagog Nora Salo, "
                          "lärarna Emma Berg (F–3) och Amir Demir (4–6)"),
    ])
    d.h(1, "1. Ansvarsfördelning")
    d.p("Rektor Eva Holm ansvarar för att planen tas fram, följs upp och utvärderas, och för att "
        "varje anmälan utreds. Trygghetsteamet leds av kurator Lisa Wiklund och genomför utredningar "
        "på rektors uppdrag. Klasslärare och fritidspersonal ansvarar för att arbeta med planen i "
        "sina grupper. Huvudmannen, utbildningsnämnden i Lindeby kommun, ansvarar för att planen "
        "finns och att anmälda ärenden utreds.")
    d.h(1, "2. Delaktighet och förankring")
    d.p([r("Eleverna. ", b=True),
         r("Planen har tagits fram tillsammans med elevrådet, som träffade trygghetsteamet två gånger "
           "i augusti och september 2025 och valde ut de risker som eleverna tycker är viktigast. "
           "Klassråden i åk 1–6 diskuterade elevrådets förslag, och förskoleklassen ritade kartor "
           "över trygga och otrygga platser. Elevrådet följer upp åtgärderna i december och i maj, "
           "och en elevversion av planen sätts upp i varje klassrum.")])
    d.p([r("Vårdnadshavarna. ", b=True),
         r("Vårdnadshavarna har svarat på kommunens vårdnadshavarenkät i februari. Föräldrarådet "
           "läste utkastet den 10 september och lämnade synpunkter på kapprumsrutinen. Planen "
           "presenteras på höstens föräldramöten och finns i Unikum, där vårdnadshavare kan lämna "
           "synpunkter under hela året.")])
    d.p([r("Personalen. ", b=True),
         r("All personal har arbetat med kartläggningen och åtgärderna på studiedagen i augusti.")])
    d.h(1, "3. Utvärdering av förra årets plan")
    d.table([
        ["Åtgärd 2024/25", "Genomförande", "Resultat/effekt"],
        ["Rastvakt vid fotbollsplanen", "Genomfördes hela läsåret, två vuxna varje lunchrast",
         "Anmälda konflikter vid fotbollsplanen minskade från 21 till 9"],
        ["Kompisveckor i åk 1–3", "Genomfördes i oktober och mars", "Andelen elever i åk 1–3 som "
         "har någon att vara med på rasten steg från 85 % till 92 %"],
        ["Nätvett i åk 5", "Genomfördes bara i 5A eftersom läraren i 5B var sjukskriven",
         "Ingen tydlig effekt kunde mätas; åtgärden utvidgas i år till åk 4–6"],
        ["Nya rutiner på fritids för lek inomhus", "Infördes i januari", "Fritidspersonalen ser "
         "lugnare eftermiddagar; färre elever säger att de blir utestängda från leken"],
    ], [2600, 3100, 3372])
    d.h(1, "4. Kartläggning och analys")
    d.p("Underlag: trivselenkäten i mars 2025 (svarade 214 av 236 elever i åk 1–6), förskoleklassens "
        "kartor, trygghetsvandring med elevrådet i maj, incidentrapporter och vårdnadshavarenkäten.")
    d.p("91 % av eleverna trivs i skolan. Otrygga platser är kapprummen vid rastslut, toaletterna i "
        "Lilla huset och fotbollsplanen. I åk 4–6 säger 17 % att de har sett elaka kommentarer i "
        "klassens chattgrupper. Nyanlända elever uppger oftare att de känner sig ensamma. På fritids "
        "upplever några elever att de inte får vara med i leken i byggrummet.")
    d.p("Vi ser att trängsel och få vuxna i kapprum och på toaletter är en risk, och att chattarna "
        "behöver mer uppmärksamhet när eleverna får egna telefoner i åk 4.")
    d.h(1, "5. Främjande arbete")
    d.bullets([
        "Värdegrundslektioner varannan vecka i alla klasser utifrån Skolverkets material om normer "
        "(klasslärarna, hela läsåret).",
        "Faddersystem där åk 5 är faddrar för förskoleklassen (start i september).",
        "Mångfaldsvecka i april med fokus på språk, familjer och funktionsvariationer.",
        "Fritidshemmets lekar väljs så att alla kan delta, även elever med rörelsenedsättning.",
    ])
    d.h(1, "6. Förebyggande åtgärder")
    d.p("Utifrån kartläggningen har vi valt följande åtgärder för läsåret 2025/26:")
    d.table([
        ["Mål", "Insats", "Vem", "Klart senast", "Utvärderas hur"],
        ["Alla elever ska känna sig trygga i kapprummen", "Schemalagd vuxen i kapprummen vid rastslut",
         "Klasslärare åk 1–3", "2025-10-31", "Trygghetsvandring med elevrådet i november"],
        ["Minska konflikterna vid fotbollsplanen", "Rastaktiviteter och spelregler som tas fram "
         "med eleverna", "Fritidspersonalen", "v. 40", "Incidentrapporterna jämförs med förra året"],
        ["Ingen elev ska utsättas för kränkningar i klassens chattgrupper", "Lektionsserie om nätvett "
         "i åk 4–6", "", "Ht 2025", "Trivselenkäten i mars 2026"],
        ["Tryggare toalettmiljö i Lilla huset", "Nya lås och daglig tillsyn", "Rektor och "
         "vaktmästare", "2025-12-15", "Elevrådets uppföljning i december"],
        ["Nyanlända elever ska komma in i gemenskapen", "Kompisstödjare och introduktionsplan, bl.a. "
         "för eleven med samordningsnummer 120463-4172 i åk 4", "Kurator", "",
         "Uppföljningssamtal med eleven och vårdnadshavare"],
        ["Alla elever får vara med i leken på fritids", "Gemensam planering av lekstationer i "
         "byggrummet", "Fritidspedagogerna", "2026-02-28", "Observationer och samtal i fritidsrådet"],
    ], [1900, 2300, 1500, 1300, 2072])
    d.h(1, "7. Rutiner för akuta situationer")
    d.p("Om en elev upplever sig kränkt, trakasserad eller sexuellt trakasserad gör vi så här:")
    d.bullets([
        "Den vuxne som ser eller får veta vad som hänt ingriper direkt.",
        "Den vuxne informerar rektor samma dag.",
        "Rektor anmäler till huvudmannen skyndsamt.",
        "Trygghetsteamet utreder: samtal med de inblandade eleverna och kontakt med vårdnadshavarna "
        "samma dag.",
        "Rektor beslutar om åtgärder så att kränkningarna upphör.",
        "Trygghetsteamet följer upp med eleverna efter två veckor.",
    ])
    d.p("Om en vuxen kränker en elev utreder rektor. Elever och vårdnadshavare kan alltid kontakta "
        "rektor Eva Holm, 070-312 45 88, eller kurator Lisa Wiklund, 070-312 45 90.")
    d.h(1, "8. Diskrimineringsgrunderna")
    d.p("Skolan arbetar mot diskriminering och trakasserier som har samband med kön, "
        "könsidentitet eller könsuttryck, etnisk tillhörighet, religion eller annan trosuppfattning, "
        "funktionsnedsättning, sexuell läggning och ålder.")
    d.h(1, "9. Nationella minoriteter")
    d.p("Judar, romer, samer, sverigefinnar och tornedalingar är Sveriges nationella minoriteter. "
        "Skolan informerar vid inskrivningen om rätten till modersmålsundervisning i finska, "
        "meänkieli, samiska, romani chib och jiddisch. Åk 4–6 läser om minoriteternas historia och "
        "kultur i SO, och vi uppmärksammar samernas nationaldag den 6 februari och Romernas "
        "nationaldag den 8 april i hela skolan.")
    d.h(1, "10. Utvärdering av årets plan")
    d.p("Planen utvärderas årligen.")
    lab = label(
        "j2_05.docx", "2025/26", "sv", ["förskoleklass", "grundskola", "fritidshem"],
        "Swedish F–6 plan with a shared heading 'Delaktighet och förankring' covering students, "
        "guardians and staff, a three-column evaluation table and a five-column measures table "
        "'Mål | Insats | Vem | Klart senast | Utvärderas hur' where two of six rows lack Vem or "
        "Klart senast.",
        dict(validity_period=M, responsible=M, student_involvement=M, previous_year_evaluation=M,
             survey=M, promotive_work=M, preventive_measures=P, acute_routines=P,
             discrimination_grounds=M, minority_rights=M, evaluation_plan=P,
             guardian_involvement=M),
        reasons={
            "student_involvement": "stated plainly under the shared heading 'Delaktighet och "
                                   "förankring': elevråd, klassråd, förskoleklassens kartor, "
                                   "elevrådets uppföljning",
            "guardian_involvement": "same shared heading: enkät, föräldrarådet read the draft, "
                                    "föräldramöten, Unikum with invitation to comment",
            "preventive_measures": "only 4 of 6 rows have both owner and time (67 % < ~80 %)",
            "acute_routines": "act, report to rektor, rektor to huvudman, investigate, measures, "
                              "follow-up – but no documentation step",
            "discrimination_grounds": "seven grounds with DO's 'könsidentitet eller könsuttryck', "
                                      "which is accepted",
            "evaluation_plan": "only 'utvärderas årligen'",
        },
        identity_numbers={"120463-4172": "table"},
        decoys=["212000-1355", "070-312 45 88", "070-312 45 90", "2025-10-31", "2025-12-15",
                "2026-02-28"])
    return d, lab


# --------------------------------------------------------------------------- j2_06
def plan06():
    d = Doc(lang="sv-SE", title="Trygghetsplan Kvarnbyskolan 2025/26", author="Trygghetsgruppen",
            company="Åby kommun", created="2025-09-15T09:00:00Z", modified="2025-10-06T11:30:00Z")
    d.set_header("Kvarnbyskolan åk 7–9")
    d.set_footer("Trygghetsplan 2025/26")
    d.title_p("Trygghetsplan")
    d.subtitle("Plan mot diskriminering och kränkande behandling – Kvarnbyskolan åk 7–9")
    d.p([r("Giltighetstid: ", b=True), r("2025-10-01 – 2026-09-30")])
    d.h(1, "Ansvar för planen")
    d.p("Trygghetsgruppen ansvarar för planen och för att den följs.")
    d.h(1, "Så har eleverna varit delaktiga")
    d.p("Varje klass valde i augusti två trygghetsombud. Trygghetsombuden träffade trygghetsgruppen "
        "tre gånger under september och gick igenom enkätresultaten klass för klass; de skrev "
        "förslagen till åtgärderna mot kränkande kommentarer om kön. Elevrådet godkände utkastet den "
        "29 september 2025. Under året träffas trygghetsombuden en gång i månaden för att följa upp "
        "åtgärderna och vid läsårets slut för att se över planen.")
    d.h(1, "Utvärdering av föregående års plan")
    d.table([
        ["Åtgärd", "Vad gjordes?", "Effekt"],
        ["Vuxna i korridorerna vid lektionsbyten", "Schema med två vuxna per våning från oktober",
         "Andelen elever som känner sig trygga i korridorerna ökade från 74 % till 83 %"],
        ["Samtalsgrupper om maskulinitetsnormer i åk 8 (MVP)", "Genomförda i alla åk 8-klasser "
         "under vårterminen", "Färre anmälningar om kränkande ord om kön (från 15 till 8); eleverna "
         "beskriver i utvärderingen att samtalen var viktiga"],
        ["Tema om rasism i SO åk 9", "Genomfört i november", "Eleverna vet bättre vart de ska "
         "vända sig; tre elever anmälde rasistiska kommentarer efter temat"],
    ], [2800, 3000, 3272])
    d.h(1, "Kartläggning och analys")
    d.p("Vi har använt Skolenkäten (våren 2025, svarsfrekvens 81 %), skolans egen trygghetsenkät i "
        "maj (276 av 331 elever), trygghetsombudens klassamtal och de 38 anmälningar om kränkande "
        "behandling som gjordes under läsåret.")
    d.p("Resultaten visar tre tydliga mönster som kopplar till diskrimineringsgrunderna:")
    d.bullets([
        "Kön: 22 % av flickorna i åk 8 har fått kommentarer om sitt utseende eller sin kropp, oftast "
        "i korridoren vid skåpen och i Snapchat-grupper.",
        "Etnisk tillhörighet: nio anmälningar gällde nedsättande ord om elevers bakgrund, de flesta "
        "på skolgården vid lunch.",
        "Sexuell läggning: ordet 'bög' används som skällsord, och 12 % av eleverna säger att de har "
        "hört det varje vecka.",
    ])
    d.p("Analysen är att språkbruket i korridorerna och på nätet skapar en otrygghet som drabbar "
        "flickor och elever som bryter mot normer mest, och att vuxna inte alltid säger ifrån.")
    d.h(1, "Främjande arbete")
    d.p("Enligt läroplanen ska skolan aktivt och medvetet påverka och stimulera eleverna att omfatta "
        "vårt samhälles gemensamma värderingar och låta dem komma till uttryck i praktisk vardaglig "
        "handling. Ingen ska i skolan utsättas för diskriminering. Skolan ska främja förståelse för "
        "andra människor och förmåga till inlevelse.")
    d.h(1, "Förebyggande åtgärder")
    d.table([
        ["Risk", "Åtgärd", "Ansvarig", "Tidplan", "Uppföljning"],
        ["Kommentarer om kropp och utseende (kön)", "Lektionsserie om sexuella trakasserier och "
         "samtycke i åk 8, skriven med trygghetsombuden", "Mentorer åk 8 och skolsköterska",
         "Oktober–november 2025", "Trygghetsenkät i maj"],
        ["Nedsättande ord om bakgrund (etnisk tillhörighet)", "Fler vuxna på skolgården vid lunch och "
         "gemensamt förhållningssätt för att säga ifrån", "Biträdande rektor", "Från v. 41",
         "Anmälningsstatistik per månad"],
        ["'Bög' som skällsord (sexuell läggning)", "Föreläsning av RFSL Ungdom och uppföljande "
         "klassråd", "Kurator", "Februari 2026", "Klassråd i mars"],
        ["Vuxna säger inte alltid ifrån", "Fortbildning för all personal om att ingripa", "Rektor",
         "Studiedag 2025-10-27", "Medarbetarsamtal och enkät i december"],
    ], [2100, 2700, 1500, 1500, 1272])
    d.h(1, "Rutiner vid kränkningar")
    d.numbered([
        "Personal som ser eller får kännedom om en kränkning ingriper direkt.",
        "Personalen anmäler händelsen till rektor samma dag.",
        "Rektor anmäler till huvudmannen samma vecka.",
        "Trygghetsgruppen utreder: samtal med den utsatta, den som kränkt och vittnen. "
        "Vårdnadshavare informeras.",
        "Åtgärder sätts in och allt dokumenteras i DF Respons.",
        "Uppföljning efter en och fyra veckor.",
    ])
    d.p("Om personal kränker en elev utreder rektor tillsammans med HR. Eleverna kan vända sig till "
        "mentor, kurator, skolsköterska eller någon i trygghetsgruppen.")
    d.h(1, "Nationella minoriteter")
    d.p("Ej aktuellt – skolan har i dag inga elever som tillhör någon nationell minoritet.")
    d.h(1, "Uppföljning och utvärdering av årets plan")
    d.p("Trygghetsgruppen följer upp åtgärderna varje månad tillsammans med trygghetsombuden. Planen "
        "utvärderas i maj–juni 2026 genom trygghetsenkäten, anmälningsstatistiken och en "
        "utvärderingsworkshop med trygghetsombuden och elevrådet. Trygghetsgruppens samordnare, "
        "kurator Maja Lund, ansvarar för att utvärderingen blir gjord.")
    d.page_break()
    d.h(1, "Bilaga 1 – Begrepp och definitioner")
    d.p([r("Diskriminering ", b=True),
         r("är när en elev missgynnas eller kränks och det har samband med någon av de sju "
           "diskrimineringsgrunderna. Diskriminering kan vara direkt eller indirekt.")])
    for ground, text in [
        ("Kön", "att någon är kvinna eller man, eller planerar att ändra eller har ändrat sitt "
                "juridiska kön."),
        ("Könsöverskridande identitet eller uttryck", "att någon inte identifierar sig som kvinna "
         "eller man eller genom sin klädsel eller på annat sätt ger uttryck för att tillhöra ett "
         "annat kön."),
        ("Etnisk tillhörighet", "nationellt eller etniskt ursprung, hudfärg eller annat liknande "
                                "förhållande."),
        ("Religion eller annan trosuppfattning", "till exempel kristendom, islam, judendom, "
                                                 "buddhism eller ateism."),
        ("Funktionsnedsättning", "varaktiga fysiska, psykiska eller begåvningsmässiga begränsningar "
                                 "av en persons funktionsförmåga."),
        ("Sexuell läggning", "homosexuell, bisexuell eller heterosexuell läggning."),
        ("Ålder", "uppnådd levnadslängd."),
    ]:
        d.p([r(ground + ": ", b=True), r(text)])
    d.p([r("Trakasserier ", b=True),
         r("är uppträdande som kränker någons värdighet och som har samband med en "
           "diskrimineringsgrund. "),
         r("Sexuella trakasserier ", b=True), r("är uppträdande av sexuell natur som kränker någons "
                                               "värdighet. "),
         r("Kränkande behandling ", b=True),
         r("är uppträdande som utan att vara diskriminering kränker en elevs värdighet.")])
    lab = label(
        "j2_06.docx", "2025/26", "sv", ["grundskola"],
        "Swedish 7–9 'Trygghetsplan' whose body analysis and measures cover only three grounds "
        "(kön, etnisk tillhörighet, sexuell läggning) while all seven grounds appear only in a "
        "definitions appendix (Bilaga 1); numbered acute routine; two five/three-column tables.",
        dict(validity_period=M, responsible=P, student_involvement=M, previous_year_evaluation=M,
             survey=M, promotive_work=P, preventive_measures=M, acute_routines=M,
             discrimination_grounds=M, minority_rights=X, evaluation_plan=M,
             guardian_involvement=X),
        reasons={
            "responsible": "only 'Trygghetsgruppen ansvarar' – a group name without roles; rektor "
                           "appears only as the recipient of reports in the routine",
            "promotive_work": "only a paraphrase of curriculum text, no activity of the unit",
            "discrimination_grounds": "all seven grounds named in the definitions appendix (a DO-style "
                                      "definitions section, not a law extract) – §6.9 says this is met "
                                      "even though the body's analysis covers three",
            "minority_rights": "'Ej aktuellt' – a negative statement (and a self-identification "
                               "red flag)",
            "guardian_involvement": "no section; guardians appear only as 'informeras' inside the "
                                    "acute routine",
            "evaluation_plan": "when (monthly, May–June 2026), how (enkät, statistik, workshop), who "
                               "(kurator Maja Lund) and students (trygghetsombud, elevråd)",
        },
        not_done_keys=["minority_rights"],
        decoys=["2025-10-01 – 2026-09-30", "2025-10-27"])
    return d, lab


# --------------------------------------------------------------------------- j2_07
def plan07():
    d = Doc(lang="sv-SE", title="Plan mot diskriminering och kränkande behandling – Solängsskolan",
            author="Helena Strand", company="Ljungby kommun",
            created="2025-08-25T07:45:00Z", modified="2025-09-30T13:00:00Z")
    d.set_header("Solängsskolan F–9 med fritidshem")
    d.set_footer("Solängsskolan · Plan mot diskriminering och kränkande behandling")
    d.title_p("Plan mot diskriminering och kränkande behandling")
    d.subtitle("Solängsskolan – förskoleklass, grundskola åk 1–9 och fritidshem")
    front_table(d, [
        ("Planen gäller", "2025-09-01 – 2026-08-31"),
        ("Ansvarig", "Rektor Helena Strand"),
        ("Verksamhetsformer", "Förskoleklass, grundskola och fritidshem"),
    ])
    d.image("avdelare.png", BORDER, 15.0, 0.6, alt="", decorative=True)
    d.h(1, "Grunduppgifter och ansvar")
    d.p("Rektor Helena Strand ansvarar för att planen upprättas och följs upp, att personalen känner "
        "till den och att alla anmälningar utreds. Biträdande rektor Martin Kask leder skolans "
        "likabehandlingsgrupp, där kurator, skolsköterska, en fritidspedagog och en lärare från "
        "varje stadium ingår. Gruppen samordnar arbetet och utreder ärenden på rektors uppdrag. All "
        "personal ansvarar för att ingripa och anmäla.")
    d.h(1, "Elevernas delaktighet")
    d.p("Elevrådet och klassråden har varit med under hela arbetet. I augusti valde elevrådet ut tre "
        "fokusområden, och varje klassråd lämnade förslag på åtgärder. I förskoleklass och åk 1–3 "
        "gjordes kompissamtal i små grupper. Elevrådets ordförande och vice ordförande deltog i "
        "likabehandlingsgruppens möte den 22 september där planen skrevs klart.")
    d.h(1, "Utvärdering av förra årets plan")
    d.p("Förra årets plan har utvärderats i arbetslagen under juni. Utvärderingen visar att planen "
        "har fungerat bra och att personalen upplever att arbetet med trygghet har blivit mer "
        "samordnat.")
    d.h(1, "Kartläggning")
    d.p("Vi har kartlagt risker för kränkningar och diskriminering genom Skolenkäten (åk 5 och 8), "
        "skolans egen trygghetsenkät i åk 2–9, en trygghetsvandring med eleverna i maj, klassråd "
        "och statistik från Prorenata.")
    d.p("Resultaten har sammanställts av likabehandlingsgruppen och diskuterats i arbetslagen.")
    d.h(1, "Främjande insatser")
    d.bullets([
        "Gemensam värdegrundsvecka för hela skolan i september med blandade åldersgrupper "
        "(likabehandlingsgruppen).",
        "Kamratstödjare i åk 4–9 utbildas av kurator i oktober och träffas varannan vecka.",
        "Fritidshemmet arbetar med 'Allas lek' där eleverna turas om att välja aktivitet.",
        "Skolbiblioteket köper in litteratur med normbrytande karaktärer och berättelser från de "
        "nationella minoriteterna (bibliotekarien, ht 2025).",
    ])
    d.h(1, "Förebyggande åtgärder")
    d.table([
        ["Åtgärd", "Ansvarig", "När", "Uppföljning"],
        ["Fler vuxna ute på rasterna med rastvästar och rastschema", "Biträdande rektor",
         "Från v. 35", "Likabehandlingsgruppen i november"],
        ["Nätvettslektioner i åk 4–6", "Klasslärare åk 4–6", "Oktober 2025", "Trygghetsenkät mars 2026"],
        ["Tydligare regler i omklädningsrummen med vuxen i närheten", "Idrottslärarna",
         "Höstterminen 2025", "Elevrådet i december"],
        ["Samtalsgrupper om jämställdhet i åk 7–9", "Kurator och mentorer", "Januari–mars 2026",
         "Utvärdering med eleverna i april"],
    ], [3800, 1900, 1600, 1772])
    d.h(1, "Akut")
    d.p("Så här gör vi när en elev upplever sig kränkt, trakasserad eller sexuellt trakasserad:")
    d.numbered([
        [r("Ingripa direkt. ", b=True),
         r("Den vuxne som ser eller får veta vad som hänt avbryter och pratar med de inblandade.")],
        [r("Anmäla till rektor. ", b=True),
         r("Samma dag via anmälningsblanketten i Prorenata.")],
        [r("Rektor anmäler till huvudmannen. ", b=True),
         r("Rektor anmäler till barn- och utbildningsförvaltningen inom 24 timmar.")],
        [r("Utreda och åtgärda. ", b=True),
         r("Likabehandlingsgruppen utreder skyndsamt genom samtal med den utsatta, den som kränkt och "
           "vittnen. Vårdnadshavare kontaktas samma dag. Rektor beslutar om åtgärder.")],
        [r("Dokumentera och följa upp. ", b=True),
         r("Allt dokumenteras i Prorenata. Uppföljning sker efter två veckor, och ärendet avslutas "
           "först när kränkningarna har upphört.")],
    ])
    d.p("När personal kränker en elev utreder rektor ärendet tillsammans med HR. Gäller det rektor "
        "utreder verksamhetschefen.")
    d.image("flodesschema_akut.png", FLOW, 12.0, 8.5)
    d.p(r("Figur 1. Arbetsgång vid kränkande behandling.", i=True, color="595959"), align="center")
    d.h(1, "Diskrimineringsgrunderna")
    d.p("Planen omfattar de sju diskrimineringsgrunderna: kön, könsöverskridande identitet eller "
        "uttryck, etnisk tillhörighet, religion eller annan trosuppfattning, funktionsnedsättning, "
        "sexuell läggning och ålder.")
    d.h(1, "Nationella minoriteter")
    d.p("De nationella minoriteterna är judar, romer, samer, sverigefinnar och tornedalingar. Skolan "
        "informerar alla vårdnadshavare om rätten till modersmålsundervisning i minoritetsspråken, "
        "även utan grundläggande kunskaper i språket. I SO undervisar vi om minoriteternas historia, "
        "kultur och rättigheter i åk 4–6 och 7–9, och skolan uppmärksammar samernas nationaldag och "
        "Förintelsens minnesdag. Antiziganism och antisemitism tas upp i värdegrundsveckan.")
    d.h(1, "Utvärdering av årets plan")
    d.p("Likabehandlingsgruppen följer upp åtgärderna i december och utvärderar planen i maj 2026. "
        "Biträdande rektor ansvarar. Eleverna deltar genom klassråd och en utvärderingsträff med "
        "elevrådet, och trygghetsenkäten i mars ger underlag.")
    d.h(1, "Vårdnadshavare")
    d.p("Planen finns på skolans webbplats och i Vklass.")
    lab = label(
        "j2_07.docx", "2025/26", "sv", ["förskoleklass", "grundskola", "fritidshem"],
        "Swedish F–9 plan whose 'Akut' section is a five-step numbered list (w:numPr) including the "
        "huvudman report and documentation, followed by a flowchart picture without alt text; a "
        "decorative divider picture under the front table; four-column measures table.",
        dict(validity_period=M, responsible=M, student_involvement=M, previous_year_evaluation=P,
             survey=P, promotive_work=M, preventive_measures=M, acute_routines=M,
             discrimination_grounds=M, minority_rights=M, evaluation_plan=M,
             guardian_involvement=P),
        reasons={
            "previous_year_evaluation": "general 'har fungerat bra' only, no measures or effects",
            "survey": "methods named (Skolenkäten, trygghetsenkät, trygghetsvandring, Prorenata) but "
                      "only 'resultaten har sammanställts' – nothing about what they showed",
            "acute_routines": "numbered steps: act, report to rektor, rektor to huvudman within 24 h, "
                              "investigate/measures, document and follow up; staff-on-student case; "
                              "the steps are in text, the flowchart image is extra",
            "guardian_involvement": "information only (website, Vklass)",
        },
        images_without_alt=1, images_ok=1)
    return d, lab


# --------------------------------------------------------------------------- j2_08
PH = "Klicka eller tryck här för att ange text."


def plan08():
    d = Doc(lang="sv-SE", title="Plan mot kränkande behandling 2025/26 Strandängens skola",
            author="Lena Forsberg", company="Havsby kommun",
            created="2025-09-02T12:00:00Z", modified="2025-09-30T08:55:00Z")
    d.set_header("Havsby kommun – mall för plan mot kränkande behandling (version 2025)")
    d.set_footer("Dokument: Trygghetsplan 250818-260816")
    d.title_p("Plan mot diskriminering och kränkande behandling")
    d.p(r("Fyll i varje avsnitt i innehållskontrollerna. Hjälptexterna under rubrikerna kan tas bort "
          "när planen är klar.", i=True, color="7F7F7F"))
    d.h(2, "Skolenhet")
    d.sdt_block("Skolenhet", ["Strandängens skola, förskoleklass, grundskola åk 1–6 och fritidshem"])
    d.h(2, "Planen gäller")
    d.sdt_block("Giltighet", ["2025-08-18 – 2026-08-16"])
    d.h(1, "Ansvariga för planen")
    d.sdt_block("Ansvar", [
        "Rektor Lena Forsberg ansvarar för planen och för att kränkningar utreds och anmäls till "
        "huvudmannen. Trygghetsteamet (kurator Mikael Ås, specialpedagog Sanna Öhrn, fritidspedagog "
        "Johan Blom och lärarna Anna Ståhl och Kim Berg) samordnar arbetet och gör utredningar. "
        "Mentorerna ansvarar för att planen gås igenom i klasserna."])
    d.h(1, "Elevernas delaktighet")
    d.guidance("Beskriv hur eleverna har deltagit i att ta fram, följa upp och se över planen.")
    d.sdt_block("Elevernas delaktighet", [
        "Elevrådet har gått igenom trivselenkätens resultat och valt de två viktigaste åtgärderna. "
        "Varje klass har haft klassråd om planen i vecka 37, och eleverna i åk 3 och 6 gjorde en "
        "trygghetsvandring med trygghetsteamet den 4 september."])
    d.h(1, "Utvärdering av fjolårets plan")
    d.guidance("Beskriv hur fjolårets plan har utvärderats och vilken effekt åtgärderna fick.")
    d.sdt_block("Utvärdering fjolår", placeholder=PH)
    d.h(1, "Kartläggning och analys")
    d.sdt_block("Kartläggning", [
        "Trivselenkäten i mars 2025 besvarades av 187 av 203 elever. 90 % känner sig trygga. "
        "Otrygga platser är gungorna på den stora skolgården och kapprummet vid matsalen. I åk 5–6 "
        "uppger 15 % att de har blivit utfrysta i spel och chattar. På trygghetsvandringen pekade "
        "eleverna ut toaletterna vid gympasalen.",
        "Vi tror att otryggheten vid gungorna beror på att det saknas turordning och att vuxna "
        "oftast står vid fotbollsplanen."])
    d.h(1, "Främjande arbete")
    d.sdt_block("Främjande", [
        "Vi har värdegrundslektioner varannan vecka i alla klasser (klasslärarna) och kompisveckor i "
        "oktober och mars (trygghetsteamet). Fritidshemmet har ledda lekar som passar alla. Vi "
        "uppmärksammar samernas nationaldag den 6 februari med samisk sagostund i alla klasser."])
    d.h(1, "Förebyggande åtgärder")
    d.sdt_block("Förebyggande", [
        d.para("Åtgärder utifrån kartläggningen:")])
    d.table([
        ["Åtgärd", "Ansvarig", "Klart", "Uppföljning"],
        ["Turordningssystem och vuxen vid gungorna", "Fritidspersonalen", "v. 38", "Trygghetsteamet januari"],
        ["Lektioner om schysst spel och chatt åk 5–6", "Klasslärare åk 5–6", "November 2025",
         "Trivselenkät mars 2026"],
        ["Vuxen i kapprummet vid matsalen vid lunch", "Rektor (schema)", "Från 2025-09-01",
         "Trygghetsteamet oktober"],
        ["Tillsyn av toaletterna vid gympasalen", "Vaktmästare och idrottslärare", "Från v. 37",
         "Trygghetsvandring maj 2026"],
    ], [3800, 2200, 1400, 1672])
    d.h(1, "Rutiner för akuta situationer")
    d.sdt_block("Akuta situationer", [
        "1. Personal som ser eller får veta att en elev känner sig kränkt ingriper direkt.",
        "2. Personalen anmäler till rektor samma dag.",
        "3. Rektor anmäler till huvudmannen samma dag via kommunens e-tjänst.",
        "4. Trygghetsteamet utreder skyndsamt och pratar med alla inblandade; vårdnadshavare "
        "kontaktas.",
        "5. Rektor beslutar om åtgärder.",
        "6. Utredning och åtgärder dokumenteras i e-tjänsten.",
        "7. Uppföljning efter två veckor.",
        "Om en vuxen kränker en elev utreder rektor, och HR kontaktas. Elever och vårdnadshavare kan "
        "vända sig till mentor, kurator Mikael Ås (0346-88 51 20) eller rektor (0346-88 51 00)."])
    d.h(1, "Diskrimineringsgrunderna")
    d.sdt_block("Diskrimineringsgrunder", [
        "Kön, könsöverskridande identitet eller uttryck, etnisk tillhörighet, religion eller annan "
        "trosuppfattning, funktionsnedsättning, sexuell läggning och ålder."])
    d.h(1, "Nationella minoriteters rättigheter")
    d.guidance("Beskriv hur skolan arbetar med de nationella minoriteternas rättigheter.")
    d.sdt_block("Nationella minoriteter", placeholder=PH)
    d.h(1, "Uppföljning och utvärdering av årets plan")
    d.guidance("Ange när, hur och av vem årets plan ska utvärderas och hur eleverna deltar.")
    d.sdt_block("Utvärdering årets plan", placeholder=PH)
    d.h(1, "Vårdnadshavarnas delaktighet")
    d.sdt_block("Vårdnadshavare", ["Planen publiceras på skolans webbplats."])
    lab = label(
        "j2_08.docx", "2025/26", "sv", ["förskoleklass", "grundskola", "fritidshem"],
        "Swedish municipal template plan where every section body is a block content control "
        "(w:sdt); three controls still show Word's placeholder 'Klicka eller tryck här för att ange "
        "text.' under grey guidance, the others are filled; measures table after a filled control.",
        dict(validity_period=M, responsible=M, student_involvement=M, previous_year_evaluation=X,
             survey=M, promotive_work=M, preventive_measures=M, acute_routines=M,
             discrimination_grounds=M, minority_rights=P, evaluation_plan=X,
             guardian_involvement=P),
        reasons={
            "previous_year_evaluation": "content control still shows the placeholder; no account "
                                        "elsewhere",
            "minority_rights": "own section is only a placeholder, but the promotive section mentions "
                               "samernas nationaldag in passing – partial per §6.10",
            "evaluation_plan": "placeholder only; the measures table's follow-up column gives "
                               "follow-ups of single measures, not an evaluation of the plan",
            "guardian_involvement": "information only (published on the website)",
        },
        guidance_keys=["previous_year_evaluation", "minority_rights", "evaluation_plan"],
        decoys=["250818-260816", "0346-88 51 20", "0346-88 51 00", "2025-08-18 – 2026-08-16"])
    return d, lab


PLANS = [plan05, plan06, plan07, plan08]
