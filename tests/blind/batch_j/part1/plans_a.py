"""Plans j1_01 .. j1_08."""
from ooxml import Doc, png_logo, png_photo
from common import expected, meta, page_footer
import ids


# ---------------------------------------------------------------------------
# j1_01  Google Docs export
# ---------------------------------------------------------------------------
def j1_01():
    d = Doc("google", title="Plan mot diskriminering och kränkande behandling – Ekbackens skola 2026/27",
            creator="", created="2026-09-22T12:00:00Z", modified="2026-09-22T12:00:00Z")
    d.p(d.img("logo", png_logo((20, 110, 70)), 2.5, 2.5))
    d.title("Plan mot diskriminering och kränkande behandling")
    d.subtitle("Ekbackens skola – förskoleklass, årskurs 1–6 och fritidshem – läsåret 2026/27")

    d.h(1, "Grunduppgifter")
    d.p(f"Huvudman: Barn- och utbildningsnämnden i Ekbacka kommun (org.nr {ids.ORG_EKBACKA}).")
    d.p("Verksamhetsformer som omfattas av planen: förskoleklass, grundskola årskurs 1–6 och fritidshem.")
    d.p("Planen gäller från 2026-08-17 till 2027-08-16.")
    d.h(2, "Ansvariga för planen")
    d.p("Rektor Maria Lindqvist är ytterst ansvarig för att planen upprättas, följs upp och revideras varje år. "
        "Biträdande rektor Jonas Berg leder skolans trygghetsteam, som samordnar arbetet och utreder anmälningar "
        "på rektors uppdrag. Alla medarbetare ansvarar för att känna till planen, ingripa vid kränkningar och "
        "anmäla till rektor. Huvudmannen ansvarar för att utreda och vidta åtgärder när rektor har anmält en händelse.")
    d.h(2, "Vår vision")
    d.p("På Ekbackens skola ska alla känna sig trygga, sedda och respekterade – varje dag.")

    d.h(1, "Elevernas delaktighet")
    d.p("Planen har tagits fram tillsammans med eleverna:")
    d.bullets([
        "I september diskuterade alla klassråd förra årets plan och lämnade förslag på nya åtgärder.",
        "Elevrådet gick igenom utkastet till planen den 8 oktober 2026 och ändrade bland annat reglerna för fotbollsplanen.",
        "Elever från årskurs 3–6 gick trygghetsvandring med trygghetsteamet i september och markerade otrygga platser på en karta.",
        "En elevversion av planen har tagits fram av elevrådet och gåtts igenom i alla klasser.",
    ], role="list")

    d.h(1, "Vårdnadshavarnas delaktighet")
    d.p("Planen publiceras på skolans webbplats och i Vklass. Vårdnadshavare får ett meddelande i Vklass när "
        "den nya planen finns på plats.")

    d.h(1, "Utvärdering av förra årets plan")
    d.p("Så här genomfördes åtgärderna i planen för 2025/26 och detta blev effekten:")
    d.table([
        ["Åtgärd 2025/26", "Genomförande", "Effekt"],
        ["Rastvärdar på skolgården varje rast", "Genomfördes från vecka 35 med två vuxna per rast enligt schema.",
         "Incidentrapporterna från rasterna minskade från 41 till 23 jämfört med läsåret innan."],
        ["Trygghetsvandring med elever", "Genomfördes i oktober och i april.",
         "Kapprummet i hus B fick bättre belysning; andelen elever som upplever kapprummet som otryggt sjönk från 19 % till 8 %."],
        ["Värdegrundslektioner i årskurs 4–6 varannan vecka", "Genomfördes bara under höstterminen på grund av personalbrist.",
         "Ingen mätbar effekt ännu. Åtgärden förs vidare till 2026/27."],
    ], widths=[2800, 3100, 3162])

    d.h(1, "Kartläggning och analys")
    d.h(2, "Kartläggningsmetoder")
    d.bullets([
        "Trivselenkät i april 2026 (212 av 246 elever svarade).",
        "Skolenkäten från Skolinspektionen, vårterminen 2026, årskurs 5.",
        "Trygghetsvandring med elever i september 2026.",
        "Incidentrapporter i Prorenata läsåret 2025/26.",
        "Elevhälsosamtal i förskoleklass och årskurs 4.",
    ])
    d.h(2, "Resultat och analys")
    d.p("91 % av eleverna känner sig trygga i skolan (89 % förra året). Lägst trygghet finns i årskurs 5, där "
        "78 % svarar att de känner sig trygga. Eleverna pekar ut toaletterna vid matsalen och klassernas "
        "gruppchattar som otrygga platser. Incidentrapporterna visar att flest kränkningar sker vid lunchrasten "
        "och att ord om utseende och kön är vanligast. Vi ser en risk att kränkningar på nätet inte syns för de "
        "vuxna, eftersom de sker efter skoltid.")

    d.h(1, "Främjande arbete")
    d.p("Det främjande arbetet riktar sig till alla elever och pågår hela året.")
    d.bullets([
        "Gemensamma trivselregler arbetas fram i varje klass under de två första skolveckorna (ansvar: mentorerna).",
        "Fadderverksamhet mellan förskoleklass och årskurs 5 med träffar en gång i månaden.",
        "Normkritisk genomgång av skolbibliotekets böcker så att olika familjer, funktionsnedsättningar och kulturer syns (skolbibliotekarien, höstterminen 2026).",
        "Temadag om allas lika värde i november med fokus på diskrimineringsgrunderna.",
    ], kind="decimal")

    d.h(1, "Förebyggande åtgärder")
    d.p("Åtgärderna utgår från kartläggningen ovan.")
    d.table([
        ["Risk", "Mål", "Åtgärd", "Ansvarig", "Tidplan"],
        ["Otrygga toaletter vid matsalen", "Andelen som upplever toaletterna som otrygga ska halveras",
         "Vuxen rastvakt vid matsalen under lunchen och nya lås på toaletterna", "Biträdande rektor, vaktmästare",
         "Klart v. 38, följs upp i december"],
        ["Kränkningar i klassernas gruppchattar", "Alla elever i årskurs 4–6 vet hur de får hjälp",
         "Lektioner om nätvett och föräldramöte om sociala medier", "Mentorer årskurs 4–6, kurator",
         "Oktober–november 2026"],
        ["Låg trygghet i årskurs 5", "Minst 85 % av eleverna i årskurs 5 känner sig trygga",
         "Gruppstärkande arbete och extra mentorstid", "Mentorer årskurs 5, kurator",
         "Löpande under höstterminen 2026, utvärderas v. 6"],
    ], widths=[1700, 1900, 2300, 1600, 1562])

    d.h(1, "Rutiner för akuta situationer")
    d.bullets([
        "Den vuxna som ser eller får höra om en kränkning ingriper direkt och säger ifrån.",
        "Den vuxna anmäler till rektor samma dag via anmälningsformuläret i Prorenata.",
        "Rektor anmäler skyndsamt till huvudmannen.",
        "Trygghetsteamet utreder: samtal med de inblandade eleverna och eventuella vittnen. Vårdnadshavarna kontaktas.",
        "Rektor beslutar om åtgärder för att stoppa kränkningarna.",
        "Utredning och åtgärder dokumenteras i Prorenata.",
        "Uppföljning med eleverna efter två veckor. Ärendet avslutas när kränkningarna har upphört.",
    ], kind="decimal")
    d.p("Om en vuxen kränker en elev utreder rektor händelsen tillsammans med HR, och huvudmannen informeras direkt. "
        "Trakasserier och sexuella trakasserier hanteras på samma sätt.")
    d.p("Elever och vårdnadshavare kan vända sig till mentor, kurator Sara Ek (tel. 019-76 54 30) eller rektor.")

    d.h(1, "Diskrimineringsgrunderna")
    d.p("Diskrimineringslagen (2008:567) skyddar mot diskriminering som har samband med kön, könsöverskridande "
        "identitet eller uttryck, etnisk tillhörighet, religion eller annan trosuppfattning, funktionsnedsättning, "
        "sexuell läggning och ålder.")

    d.h(1, "Nationella minoriteter")
    d.p("I Sverige finns fem nationella minoriteter: judar, romer, samer, sverigefinnar och tornedalingar. "
        "Minoritetsspråken är jiddisch, romani chib, samiska, finska och meänkieli.")

    d.h(1, "Uppföljning av årets plan")
    d.p("Planen utvärderas årligen i juni.")

    m = meta("2026/27", ["förskoleklass", "grundskola", "fritidshem"],
             "Google Docs export (Title/Subtitle, Heading1/2 without outline levels, numPr lists on Normal paragraphs, "
             "no TOC) with a logo picture lacking alt text and two tables.",
             expected(minority_rights="partial", evaluation_plan="partial", guardian_involvement="partial"),
             reasons={
                 "minority_rights": "Names the five minorities and languages but says nothing the school does.",
                 "evaluation_plan": "Only 'utvärderas årligen i juni': a time, but no method, owner or students' part.",
                 "guardian_involvement": "Guardians are only informed (website, Vklass message); no way to take part.",
             },
             decoys=[ids.ORG_EKBACKA, "019-76 54 30", "2008:567", "2026-08-17", "2027-08-16"],
             images_without_alt=1, images_ok=0)
    return d, m


# ---------------------------------------------------------------------------
# j1_02  LibreOffice Writer export
# ---------------------------------------------------------------------------
def j1_02():
    d = Doc("libre", title="Plan mot kränkande behandling och diskriminering 2026/2027",
            creator="Henrik Ståhl", created="2026-09-03T09:14:00Z", modified="2026-09-29T15:40:00Z")
    hdr = d.header(lambda d: [d.par("Västerslättens skola\tPlan mot kränkande behandling\t2026/2027", role="header")])
    ftr = d.footer(lambda d: [d.par(d.r("Västerslättens skola, Skolvägen 4, 433 31 Västerslätt · tel. 0340-65 12 00\t"),
                                    d.field("PAGE", "1"), role="footer")])
    d.set_final_section(header=hdr, footer=ftr)
    d.title("Västerslättens skola – Plan mot kränkande behandling och diskriminering 2026/2027")
    d.p("Grundskola årskurs 7–9. Planen gäller 2026-09-01 – 2027-08-31.")

    d.h(1, "Ansvarsfördelning")
    d.p("Rektor Henrik Ståhl ansvarar för att planen tas fram, följs och utvärderas. Trygghetsgruppen, som leds av "
        "kurator Elin Nyberg, samordnar det förebyggande arbetet och gör utredningar på rektors uppdrag. Mentorerna "
        "ansvarar för att planen gås igenom i klasserna. All personal är skyldig att anmäla kränkningar till rektor.")

    d.h(1, "Elevernas delaktighet")
    d.p("Eleverna har varit delaktiga genom att besvara skolans trivselenkät i mars. Enkätsvaren har använts av "
        "trygghetsgruppen när planen skrevs.")

    d.h(1, "Utvärdering av föregående års åtgärder")
    d.table([
        ["Åtgärd 2025/26", "Genomfört", "Resultat"],
        ["Vuxen i omklädningsrummen vid idrotten", "Ja, från oktober 2025",
         "Anmälningarna om kränkningar i omklädningsrummen minskade från 9 till 2."],
        ["Mobilfria lektioner", "Ja, hela läsåret", "Färre incidenter med filmning: 3 ärenden mot 11 året innan."],
        ["Mentorssamtal om trygghet med alla elever", "Delvis, årskurs 8 hann inte",
         "Mentorerna bedömer att eleverna i årskurs 7 och 9 vet vem de kan vända sig till."],
    ], widths=[3000, 2400, 3662])

    d.h(1, "Kartläggning")
    d.p("Under läsåret har vi använt följande underlag: trivselenkät för alla elever (mars 2026), Skolinspektionens "
        "skolenkät (vårterminen 2026), vårdnadshavarenkäten och incidentrapporter i Prorenata. "
        "Resultaten har sammanställts och analyserats av trygghetsgruppen.")

    d.h(1, "Främjande insatser")
    d.p("Mentorstid varje vecka med värdegrundsövningar som utgår från diskrimineringsgrunderna (mentorerna, hela läsåret). "
        "Skolan arrangerar en Pride-vecka i september och en temadag kring jämställdhet den 8 mars. Skolan "
        "arbetar med Mentorer i våldsprevention (MVP) i årskurs 8, och alla elever har tillgång till anpassade "
        "lokaler och schemalagda lugna rum.")

    d.h(1, "Förebyggande åtgärder")
    d.table([
        ["Område", "Mål", "Åtgärd", "Ansvarig", "När", "Uppföljning"],
        ["Korridoren vid matsalen", "Inga kränkningar i kön till matsalen", "Schemalagda vuxna i korridoren under lunchen",
         "Arbetslag 8", "Från v. 36", "Trivselenkät mars 2027"],
        ["Sociala medier", "Eleverna vet hur de anmäler kränkningar på nätet", "Temalektioner om nätkränkningar i årskurs 7",
         "Kurator, mentorer årskurs 7", "Oktober 2026", "Kurator, december 2026"],
        ["Sexuella trakasserier", "Alla elever känner till vad sexuella trakasserier är",
         "Lektioner i sex och samlevnad med fokus på samtycke", "Biologilärarna, skolsköterskan", "Vårterminen 2027",
         "Trygghetsgruppen maj 2027"],
    ], widths=[1400, 1700, 1900, 1400, 1200, 1462])

    d.h(1, "Rutiner vid akuta situationer")
    n = d.new_list("decimal")
    for t in ["Personal som får kännedom om att en elev upplever sig kränkt ingriper direkt.",
              "Personalen anmäler samma dag till rektor via Prorenata.",
              "Trygghetsgruppen utreder skyndsamt genom samtal med den utsatta eleven, den eller de som utövat kränkningen och vittnen. Vårdnadshavarna kontaktas.",
              "Åtgärder beslutas utifrån utredningen.",
              "Utredningen och åtgärderna dokumenteras.",
              "Uppföljning sker inom två veckor med berörda elever."]:
        d.li(n, t)
    d.p(f"Senast följdes rutinen i ett ärende i maj (pnr {ids.J02_BODY}), där uppföljningen visade att kränkningarna hade upphört.")
    d.p("Blankett för anmälan (exempel från trygghetsgruppens mapp):")
    d.table([
        ["Elev", "Datum", "Händelse", "Anmäld av"],
        [f"{ids.J02_TABLE}", "2026-03-02", "Kränkande kommentarer i omklädningsrummet", "Idrottslärare"],
    ], widths=[2300, 1500, 3600, 1662])

    d.h(1, "Diskrimineringsgrunder")
    d.p("Diskriminering kan ske på grund av kön, könsöverskridande identitet eller uttryck, etnisk tillhörighet, "
        "religion eller annan trosuppfattning, funktionshinder, sexuell läggning och ålder.")

    d.h(1, "Utvärdering av årets plan")
    d.p("Planen utvärderas i maj 2027. Trygghetsgruppen ansvarar och gör utvärderingen utifrån incidentstatistiken "
        "och en workshop med personalen på studiedagen.")

    d.h(1, "Vårdnadshavare")
    d.p("Vårdnadshavarna har bjudits in att lämna synpunkter på utkastet via skolrådet den 24 september. "
        "Planen presenteras på föräldramötena och finns på skolans webbplats.")

    m = meta("2026/27", ["grundskola"],
             "LibreOffice Writer export (Heading1 ids with 'heading 1' names, Text Body paragraphs, Table Contents cells) "
             "with header/footer, a measures table and a left-over incident form table.",
             expected(student_involvement="partial", survey="partial", acute_routines="partial",
                      discrimination_grounds="partial", minority_rights="missing", evaluation_plan="partial"),
             reasons={
                 "student_involvement": "Students only answered the trivselenkät; no role in drawing up or follow-up.",
                 "survey": "Sources named, but only 'Resultaten har sammanställts och analyserats' – no results.",
                 "acute_routines": "Steps lack the rektor-reports-to-huvudman step.",
                 "discrimination_grounds": "Uses 'funktionshinder' instead of 'funktionsnedsättning' → six current grounds.",
                 "minority_rights": "National minorities are not mentioned anywhere.",
                 "evaluation_plan": "When, who and how are given, but no students' part (staff workshop only).",
             },
             identity_numbers=[ids.J02_TABLE, ids.J02_BODY],
             identity_number_places={ids.J02_TABLE: "table", ids.J02_BODY: "body"},
             decoys=["0340-65 12 00", "433 31", "2026-09-01", "2027-08-31", "2026-03-02"])
    return d, m


# ---------------------------------------------------------------------------
# j1_03  Swedish-localised Word (Rubrik1/Rubrik2/Rubrik, Liststycke), TOC
# ---------------------------------------------------------------------------
def j1_03():
    d = Doc("word_sv", title="Plan mot diskriminering och kränkande behandling 2025/26", subject="Norrgårdsskolan",
            creator="Camilla Öberg", created="2025-08-12T08:00:00Z", modified="2025-09-26T13:22:00Z")
    hdr = d.header(lambda d: [d.par("Norrgårdsskolan\t\tLäsåret 2025/26", role="header")])
    ftr = d.footer(lambda d: page_footer(d, "Norrby kommun, Grundskolenämnden"))
    d.set_final_section(header=hdr, footer=ftr)
    d.title("Plan mot diskriminering och kränkande behandling 2025/26")
    d.p("Norrgårdsskolan – förskoleklass, grundskola årskurs 1–9 och fritidshem")
    d.toc_here("Innehåll")
    d.page_break()

    d.h(1, "1 Grunduppgifter")
    d.table([
        ["Skolenhet", "Norrgårdsskolan (skolenhetskod 48213657)"],
        ["Huvudman", "Grundskolenämnden, Norrby kommun"],
        ["Verksamhetsformer", "Förskoleklass, grundskola årskurs 1–9, fritidshem"],
        ["Läsår", "2025/26 – planen gäller 2025-08-20 – 2026-08-19"],
        ["Ansvarig för planen", "Rektor Camilla Öberg"],
        ["Trygghetsteam", "Kurator Ahmed Rashid, specialpedagog Lisa Holm och en lärare från varje stadium"],
    ], widths=[2800, 6262], header=False)
    d.h(2, "1.1 Ansvarsfördelning")
    d.p("Rektor ansvarar för att planen upprättas och följs upp, att all personal känner till den och att alla "
        "anmälningar utreds. Trygghetsteamet samordnar kartläggningen och det förebyggande arbetet. All personal "
        "ansvarar för att ingripa och anmäla till rektor.")

    d.h(1, "2 Elevernas delaktighet")
    d.p("Eleverna har inte varit delaktiga i framtagandet av planen detta läsår eftersom planen skrevs under sommarlovet.")

    d.h(1, "3 Vårdnadshavarnas delaktighet")
    d.p(d.i("[Beskriv hur vårdnadshavarna har varit delaktiga i arbetet med planen, t.ex. genom föräldraråd eller enkäter.]", color="808080"))

    d.h(1, "4 Utvärdering av förra årets plan")
    d.p("Planen för 2024/25 har utvärderats i arbetslagen i juni 2025. De flesta åtgärderna genomfördes och arbetet "
        "har fungerat bra. Trygghetsteamet bedömer att skolan har blivit lugnare.")

    d.h(1, "5 Kartläggning och analys")
    d.p(d.i("[Beskriv vilka kartläggningsmetoder ni har använt och vad de visade.]", color="808080"))
    d.p("Vi har använt tre underlag: incidentrapporterna i Prorenata (112 anmälningar läsåret 2024/25), "
        "rastvakternas observationsloggar och elevhälsoteamets sammanställning av ärenden. 64 av de 112 "
        "anmälningarna gällde högstadiet, och 38 av dem skedde i omklädningsrummen eller i korridoren vid skåpen. "
        "Ord kopplade till etnisk tillhörighet och sexuell läggning var vanligast bland kränkningarna i årskurs 7–9. "
        "Vi ser att risken är störst där vuxna inte finns i närheten, och att skåpen står i en del av korridoren "
        "som inte syns från personalrummet.")

    d.h(1, "6 Främjande arbete")
    d.bullets([
        "Värdegrundslektioner en gång i månaden i alla klasser (mentorerna).",
        "Rastaktiviteter med fritidspersonalen varje dag för förskoleklass–årskurs 3.",
        "Normkritiskt material om familjer och kön i förskoleklassen.",
        "Temavecka om mänskliga rättigheter i årskurs 7–9 i mars.",
    ])

    d.h(1, "7 Förebyggande åtgärder")
    d.bullets([
        "Vuxen närvaro i omklädningsrummen vid alla idrottslektioner i årskurs 7–9. Ansvarig: idrottslärarna. Från 2025-09-01.",
        "Skåpen i korridoren flyttas till en plats som syns från personalrummet. Ansvarig: rektor. Klart till jullovet 2025.",
        "Vi ska arbeta mer med språkbruket i klasserna.",
        "Fler vuxna ute på rasterna.",
        "Samtalsgrupper för elever som har använt kränkande ord.",
    ], kind="decimal")

    d.h(1, "8 Rutiner för akuta situationer")
    d.h(2, "8.1 När en elev kränks av en annan elev")
    d.bullets([
        "Personal som ser eller får veta att en elev upplever sig kränkt ingriper direkt.",
        "Personalen anmäler samma dag till rektor via Prorenata.",
        "Rektor anmäler till huvudmannen inom 24 timmar.",
        "Trygghetsteamet utreder skyndsamt: samtal med den utsatta, den som utövat och vittnen. Vårdnadshavare informeras.",
        "Rektor beslutar om åtgärder.",
        "Allt dokumenteras i Prorenata.",
        "Uppföljning efter två veckor; ärendet avslutas när kränkningarna har upphört.",
    ], kind="decimal")
    d.h(2, "8.2 När en elev kränks av personal")
    d.p("Anmälan görs till rektor, som utreder tillsammans med HR och anmäler till huvudmannen. Om rektor är "
        "inblandad görs anmälan direkt till grundskolechefen.")
    d.h(2, "8.3 Kontaktpersoner")
    d.p("Elever och vårdnadshavare kan vända sig till mentor, kurator Ahmed Rashid (tel. 0920-45 67 12) eller rektor.")

    d.h(1, "9 Diskrimineringsgrunder")
    for g, t in [("Kön", "att någon är kvinna eller man."),
                 ("Könsöverskridande identitet eller uttryck", "att någon inte identifierar sig som kvinna eller man eller genom sin klädsel eller på annat sätt ger uttryck för att tillhöra ett annat kön."),
                 ("Etnisk tillhörighet", "nationellt eller etniskt ursprung, hudfärg eller annat liknande förhållande."),
                 ("Religion eller annan trosuppfattning", "till exempel kristendom, islam, judendom, buddism eller ateism."),
                 ("Funktionsnedsättning", "varaktiga fysiska, psykiska eller begåvningsmässiga begränsningar av en persons funktionsförmåga."),
                 ("Sexuell läggning", "homosexuell, bisexuell eller heterosexuell läggning."),
                 ("Ålder", "uppnådd levnadslängd.")]:
        d.p(d.b(g + ": "), t)

    d.h(1, "10 Nationella minoriteter")
    d.p("De nationella minoriteterna är judar, romer, samer, sverigefinnar och tornedalingar. Skolan informerar alla "
        "vårdnadshavare vid inskrivningen om rätten till modersmålsundervisning i finska, meänkieli, samiska, romani "
        "chib och jiddisch. I årskurs 4 och årskurs 8 undervisar vi om minoriteternas historia, språk och kultur, och "
        "vi uppmärksammar samernas nationaldag den 6 februari och sverigefinnarnas dag den 24 februari. Kränkningar "
        "som riktar sig mot minoriteterna, till exempel antiziganism och antisemitism, följs upp särskilt i analysen "
        "av anmälningarna.")

    d.h(1, "11 Uppföljning och utvärdering av årets plan")
    d.p("Planen följs upp av trygghetsteamet i januari 2026 och utvärderas i maj 2026 med hjälp av incidentstatistiken "
        "och en enkät till personalen. Rektor ansvarar för utvärderingen.")

    m = meta("2025/26", ["förskoleklass", "grundskola", "fritidshem"],
             "Swedish-localised Word (Rubrik/Rubrik1/Rubrik2, Liststycke lists) with a field TOC, a front-page facts table, "
             "grey bracketed guidance left in two sections (one followed by real text).",
             expected(student_involvement="missing", previous_year_evaluation="partial", preventive_measures="partial",
                      evaluation_plan="partial", guardian_involvement="missing"),
             reasons={
                 "student_involvement": "Section only states the students were not involved this year (no plan for when).",
                 "previous_year_evaluation": "General statement ('de flesta åtgärderna genomfördes', 'fungerat bra'), no measure-by-measure account or effect.",
                 "survey": "Bracketed guidance is followed by the school's own text with sources, figures and analysis (not students' answers).",
                 "preventive_measures": "Only 2 of 5 measures have owner and time.",
                 "evaluation_plan": "When/how/who given, but the students have no part.",
                 "guardian_involvement": "Only the bracketed template instruction.",
             },
             guidance_keys=["guardian_involvement"], not_done_keys=["student_involvement"],
             decoys=["48213657", "0920-45 67 12", "2025-08-20", "2026-08-19", "2025-09-01"])
    return d, m


# ---------------------------------------------------------------------------
# j1_04  Question-and-answer plan (bold questions, no heading styles)
# ---------------------------------------------------------------------------
def j1_04():
    d = Doc("word_en", title="Trygghetsplan Lövängsskolan 2026/27", creator="Lövängsskolan",
            created="2026-09-01T10:00:00Z", modified="2026-09-25T08:45:00Z")
    ftr = d.footer(lambda d: page_footer(d, "Lövängsskolan · Trygghetsplan 2026/27"))
    d.set_final_section(footer=ftr)
    d.title("Trygghetsplan för Lövängsskolan läsåret 2026/27")
    d.p("Plan mot diskriminering och kränkande behandling för grundskolans årskurs 4–6 och fritidshemmet. Planen är "
        "skriven som frågor och svar så att både elever och vuxna ska kunna läsa den.")

    qa = [
        ("Hur länge gäller planen?",
         ["Planen gäller läsåret 2026/27, från skolstarten 2026-08-18 till 2027-06-11."]),
        ("Vem ansvarar för planen?",
         ["Alla vuxna på skolan ansvarar tillsammans för att planen följs och för att ingen blir kränkt."]),
        ("Hur har eleverna varit delaktiga?",
         ["Alla klasser har diskuterat förra årets plan på klassråd i september och skrivit förslag på nya trivselregler. "
          "Elevrådet valde ut de förslag som finns med i planen och läste igenom hela planen innan den blev klar. "
          "Fritidsrådet har bestämt reglerna för lekarna på fritids."]),
        ("Hur gick det med förra årets åtgärder?",
         ["Vi planerade tre åtgärder förra året.",
          "Rastvärdar: genomfördes hela läsåret. Enligt rastvärdarnas loggbok minskade bråken på fotbollsplanen från fem–sex i veckan till en–två.",
          "Mobilförvaring under skoldagen: genomfördes från januari. Klassråden utvärderade åtgärden i maj och tyckte att det blivit lugnare på rasterna och att färre blivit fotade utan lov.",
          "Kompisgrupper på fritids: genomfördes bara under våren, och vi har inte kunnat se någon effekt ännu."]),
        ("Vad visade kartläggningen?",
         ["Vi har inte gjort någon kartläggning i år eftersom trivselenkäten blev försenad."]),
        ("Hur arbetar vi för att alla ska trivas?",
         ["Varje vecka har klasserna en lektion med Friends-material om kamratskap och allas lika värde (mentorerna ansvarar). "
          "På fritids blandar vi grupperna vid lek, och flickor och pojkar turas om att använda fotbollsplanen. "
          "I december har vi en temadag om olika religioner och traditioner."]),
        ("Vilka åtgärder gör vi i år?",
         ["Vi fortsätter med rastvärdar på fotbollsplanen varje lunchrast. Ansvarig: fritidspersonalen. Start v. 34.",
          "Vi inför tydliga regler för klassernas gruppchattar och pratar om dem på föräldramötet. Ansvarig: mentorerna. Oktober 2026.",
          "Kompisgrupperna på fritids fortsätter hela läsåret. Ansvarig: fritidspedagog Ali Demir. Utvärderas i februari 2027."]),
        ("Vad gör vi om någon blir kränkt?",
         ["Den vuxna som ser eller hör något säger ifrån direkt. Den vuxna berättar för rektor samma dag, och rektor "
          "anmäler till huvudmannen. Rektor ser till att det utreds: vi pratar med alla som var med och ringer "
          "vårdnadshavarna. Sedan bestämmer vi åtgärder så att det slutar. Allt skrivs in i kommunens system för "
          "anmälningar (Prorenata). Efter två veckor följer vi upp med eleven.",
          "Om det är en vuxen som har kränkt en elev är det rektor som utreder, och rektor anmäler till huvudmannen.",
          "Du kan alltid prata med din mentor, fritidspersonalen eller kuratorn Ella Nord (tel. 031-366 42 18)."]),
        ("Vilka är diskrimineringsgrunderna?",
         ["Enligt diskrimineringslagen får ingen diskrimineras på grund av kön, könsidentitet eller könsuttryck, etnisk "
          "tillhörighet, religion eller annan trosuppfattning, funktionsnedsättning, sexuell läggning eller ålder."]),
        ("Hur arbetar vi med de nationella minoriteternas rättigheter?",
         ["Detta avsnitt kommer att kompletteras under hösten."]),
        ("Hur följer vi upp planen?",
         ["Trygghetsteamet följer upp planen i december och utvärderar den i maj."]),
        ("Hur kan vårdnadshavare vara med?",
         ["Vårdnadshavare fick lämna synpunkter på förslaget till trivselregler på föräldramötet i september. Planen "
          "finns i Unikum, och synpunkter kan lämnas året runt via skolrådet."]),
    ]
    for q, answers in qa:
        d.bold_para(q)
        for a in answers:
            d.p(a)

    m = meta("2026/27", ["grundskola", "fritidshem"],
             "Question-and-answer plan: every requirement is a bold Normal paragraph question followed by plain answers; "
             "no heading styles, no tables.",
             expected(responsible="partial", survey="missing", minority_rights="missing", evaluation_plan="partial"),
             reasons={
                 "responsible": "Only collective responsibility ('alla vuxna ansvarar tillsammans'); no role or person owns the plan.",
                 "survey": "States no survey was done this year (no date given for when it will be).",
                 "minority_rights": "'Kommer att kompletteras under hösten' only.",
                 "evaluation_plan": "Who and when, but no method and no students' part.",
                 "previous_year_evaluation": "Three measures each with done/not done and effect (or explicit lack of effect).",
             },
             not_done_keys=["survey", "minority_rights"],
             decoys=["2026-08-18", "2027-06-11", "031-366 42 18"])
    return d, m


# ---------------------------------------------------------------------------
# j1_05  One big two-column table
# ---------------------------------------------------------------------------
def j1_05():
    d = Doc("word_en", title="Plan mot kränkande behandling", creator="Johan Ekström",
            created="2026-08-28T07:55:00Z", modified="2026-09-14T16:10:00Z")
    hdr = d.header(lambda d: [d.par(d.img("kvlogo", png_logo((150, 40, 40), 64, 64), 1.2, 1.2,
                                          descr="Kvarnbyskolans logotyp: ett rött kvarnhjul"),
                                    d.r("\tKvarnbyskolan"), role="header")])
    d.set_final_section(header=hdr)
    d.title("Plan mot diskriminering och kränkande behandling")
    d.p("Kvarnbyskolan, förskoleklass–årskurs 6 och fritidshem. Kvarnby kommun, org.nr " + ids.ORG_KVARNBY + ".")
    G = "808080"
    rows = [
        ["Krav enligt lag", "Så gör vi på skolan"],
        ["Planens giltighetstid\n(6 kap. 8 § skollagen (2010:800): planen ska upprättas varje år)",
         [d.par(d.i("Planen gäller från ÅÅÅÅ-MM-DD till ÅÅÅÅ-MM-DD.", color=G))]],
        ["Ansvar för planen",
         "Rektor Johan Ekström ansvarar för planen och för att kränkningar utreds. Skolans likabehandlingsgrupp "
         "(kurator, specialpedagog och en lärare per arbetslag) samordnar arbetet. Alla anställda ska ingripa och anmäla till rektor."],
        ["Barnens och elevernas delaktighet\n(förordning 2006:1083)",
         "Elevrådet och klassråden har lämnat förslag till planen i september. Två elever från varje klass i årskurs 4–6 "
         "deltog i trygghetsvandringen. Fritidsrådet har ritat kartor över trygga och otrygga platser. Klassråden följer "
         "upp planen i februari."],
        ["Redogörelse för hur förra årets åtgärder har genomförts (6 kap. 8 §)",
         "Rastvärdar – genomfört.\nTrygghetsvandring – genomfört.\nNya regler i matsalen – genomfört.\nTemadag om nätvett – inte genomfört."],
        ["Kartläggning och analys\n(3 kap. 2 § diskrimineringslagen (2008:567))",
         "Trivselenkät i mars 2026 (årskurs 2–6, 188 av 205 svarade), trygghetsvandring i april 2026 och fritidsrådets kartor. "
         "87 % känner sig trygga på skolan, men bara 64 % på toaletterna. Fritidsbarnen markerade cykelstället och "
         "baksidan av gympasalen som otrygga. Vi bedömer att det beror på att det saknas vuxna där efter kl. 15."],
        ["Främjande arbete",
         "Alla ska känna sig trygga på Kvarnbyskolan. Vi har nolltolerans mot kränkningar, och alla vuxna är goda förebilder."],
        ["Förebyggande åtgärder\n(6 kap. 8 § skollagen, 3 kap. 3 § diskrimineringslagen)",
         "1. Vuxen vid toaletterna under rasterna – ansvarig: arbetslag F–3 enligt rastvaktsschemat, från v. 35.\n"
         "2. Fritidspersonal vid cykelstället kl. 15–16.30 – ansvarig: fritidsansvarig Nora Lind, från 2026-08-24.\n"
         "3. Bättre belysning bakom gympasalen – ansvarig: rektor i samråd med fastighetsförvaltningen, klart i november 2026."],
        ["Rutiner för akuta situationer\n(6 kap. 10 § skollagen)",
         "Den som ser en kränkning ingriper direkt. Personalen anmäler samma dag till rektor, och rektor anmäler till "
         "huvudmannen. Likabehandlingsgruppen utreder och pratar med de inblandade och deras vårdnadshavare. Rektor "
         "beslutar om åtgärder. Allt dokumenteras på kommunens blankett och sparas. Uppföljning sker efter två veckor. "
         "Om en vuxen kränker en elev utreder rektor. Elever och vårdnadshavare kan kontakta mentor, kurator eller rektor "
         "(tel. 0418-47 20 00)."],
        ["Diskrimineringsgrunderna\n(1 kap. 1 § diskrimineringslagen)",
         "Kön, könsöverskridande identitet eller uttryck, etnisk tillhörighet, religion eller annan trosuppfattning, "
         "funktionsnedsättning, sexuell läggning och ålder. Alla grunder tas upp på värdegrundsdagarna."],
        ["Nationella minoriteters rättigheter",
         [d.par(d.i("[Beskriv hur skolan arbetar med de nationella minoriteternas rättigheter. Exempel: information om "
                    "modersmålsundervisning, uppmärksamma nationaldagar.]", color=G))]],
        ["Uppföljning och utvärdering av årets plan",
         "Planen utvärderas i maj 2027 av likabehandlingsgruppen tillsammans med elevrådet. Underlag: trivselenkäten, "
         "trygghetsvandringen och klassrådens synpunkter."],
        ["Vårdnadshavares delaktighet",
         "Skolrådet, där vårdnadshavare från alla klasser ingår, gick igenom förslaget till planen i september 2026 och "
         "lämnade synpunkter. Planen finns i Vklass."],
    ]
    d.table(rows, widths=[3300, 5762])

    m = meta("2026/27", ["förskoleklass", "grundskola", "fritidshem"],
             "One big two-column table 'Krav enligt lag | Så gör vi på skolan', one row per requirement, no headings; "
             "two rows still hold grey template guidance; header logo with alt text.",
             expected(validity_period="missing", previous_year_evaluation="partial", promotive_work="partial",
                      minority_rights="missing"),
             reasons={
                 "validity_period": "Only the placeholder 'ÅÅÅÅ-MM-DD till ÅÅÅÅ-MM-DD'; no year or period anywhere (other dates are survey/measure dates).",
                 "previous_year_evaluation": "Only done/not done per measure, no effect.",
                 "promotive_work": "Slogans only (trygghet, nolltolerans, goda förebilder).",
                 "minority_rights": "Bracketed template guidance only.",
             },
             guidance_keys=["validity_period", "minority_rights"],
             decoys=[ids.ORG_KVARNBY, "2010:800", "2006:1083", "2008:567", "2026-08-24", "0418-47 20 00"],
             images_without_alt=0, images_ok=1)
    return d, m


# ---------------------------------------------------------------------------
# j1_06  Fritidshem-only plan, informal voice
# ---------------------------------------------------------------------------
def j1_06():
    d = Doc("libre", title="Myrstackens plan mot kränkande behandling", creator="Sanna Ek",
            created="2026-09-05T13:00:00Z", modified="2026-09-19T11:30:00Z")
    d.title("Myrstackens plan mot kränkande behandling och diskriminering")
    d.p("Fritidshemmet Myrstacken på Solbackeskolan – för barnen i förskoleklass till årskurs 3. "
        "Planen gäller från augusti 2026 till augusti 2027.")
    d.p(d.img("drawing", png_photo(5), 8, 5,
              descr="Barnens teckning av fritidsgården med gröna prickar för trygga platser och röda prickar vid förrådet och kapprummet"))
    d.p("Hej! Det här är fritids egen plan. Vi har skrivit den så att både barn, föräldrar och vi som jobbar här ska "
        "förstå den.")

    d.h(1, "Vem ansvarar?")
    d.p("Rektor Per Holm har huvudansvaret för planen och för att allt som händer utreds. Fritidspedagog Sanna Ek "
        "samordnar arbetet med planen på Myrstacken och ser till att den följs upp. Alla vi som jobbar på fritids "
        "ansvarar för att säga ifrån och berätta för rektor.")

    d.h(1, "Så här har barnen varit med")
    d.p("I september hade vi fritidsråd i varje grupp där barnen fick berätta vad som gör fritids bra och vad som känns "
        "läskigt. Barnen ritade kartor över gården och satte gröna och röda prickar. Fritidsrådet har också röstat fram "
        "de tre lekregler som står i planen.")

    d.h(1, "Hur gick det förra året?")
    d.p("Vi hann tyvärr inte utvärdera förra årets plan före sommaren. Det gör vi på personalmötet 2026-10-07, och då "
        "lägger vi till utvärderingen här.")

    d.h(1, "Vad vi har tagit reda på")
    d.p("Kartorna från barnen visade att många tycker att det är otryggt bakom förrådet och i kapprummet när alla ska "
        "gå hem. Elva av 38 barn satte en röd prick vid förrådet. På fritidsrådet berättade flera barn att de inte får "
        "vara med i leken vid klätterställningen. Vi tror att det beror på att vi vuxna oftast står vid ingången och "
        "inte ser baksidan av förrådet.")

    d.h(1, "Så gör vi för att alla ska må bra")
    d.p("Alla-får-vara-med-regeln gäller i alla lekar. Vi har gemensam samling varje måndag där vi pratar om hur man är "
        "en bra kompis. Vi blandar grupperna när vi går på utflykt, och i november har vi en vecka om olika familjer och "
        "traditioner. Då läser vi böcker och pratar om att alla är lika mycket värda.")

    d.h(1, "Det här ska vi göra i år")
    n = d.new_list("bullet")
    d.li(n, "Vi ska ha en vuxen bakom förrådet på eftermiddagarna från och med oktober.")
    d.li(n, "Vi ska dela upp hemgången i kapprummet så att inte alla är där samtidigt, från vecka 36.")
    d.li(n, "Vi ska prata mer om schysst språk.")

    d.h(1, "Om något händer")
    d.p("Om vi ser eller hör att ett barn blir illa behandlat går vi in direkt och säger stopp. Sedan pratar vi med "
        "barnen och berättar för rektor samma dag. Rektor anmäler till huvudmannen och ser till att det utreds. Vi "
        "ringer vårdnadshavarna. Vi bestämmer åtgärder tillsammans med rektor, till exempel att en vuxen är extra nära "
        "barnen i leken. Allt skrivs ner i Prorenata. Efter en vecka pratar vi med barnet igen för att höra om det har "
        "blivit bra.")
    d.p("Om det är en vuxen som har kränkt ett barn är det rektor som utreder. Barn och vårdnadshavare kan alltid prata "
        "med Sanna, någon annan på fritids eller rektor Per Holm (tel. 0532-170 40).")

    d.h(1, "Diskriminering")
    d.p("Ingen får behandlas sämre på grund av sitt kön, sin hudfärg eller var ens familj kommer ifrån, sin religion, "
        "en funktionsnedsättning eller vem man blir kär i.")

    d.h(1, "Nationella minoriteter")
    d.p("Vi uppmärksammar samernas nationaldag den 6 februari med en samisk saga och jojk.")

    d.h(1, "Uppföljning")
    d.p("Vi utvärderar planen i maj.")

    d.h(1, "Till er föräldrar")
    d.p("Ni får information om planen i veckobrevet och på föräldramötet i september. Där kan ni också tycka till om "
        "planen, och vi tar med era synpunkter när vi skriver nästa plan.")

    m = meta("2026/27", ["fritidshem"],
             "Fritidshem-only plan in an informal 'vi/ni' voice, LibreOffice export, short sections with friendly headings and "
             "one drawing photo with alt text.",
             expected(previous_year_evaluation="partial", preventive_measures="partial",
                      discrimination_grounds="partial", minority_rights="partial", evaluation_plan="partial"),
             reasons={
                 "previous_year_evaluation": "Says it was not done, but explains why and gives a concrete date (2026-10-07) → partial per §6.0 rule 4.",
                 "preventive_measures": "Three measures, none with a named owner ('vi'), one without time.",
                 "discrimination_grounds": "Informal wording covers about five grounds (kön, hudfärg/ursprung, religion, funktionsnedsättning, 'vem man blir kär i'); no transgender identity, no age.",
                 "minority_rights": "Only one Sami day activity; minorities not named as a group, no rights.",
                 "evaluation_plan": "Only 'i maj'.",
             },
             not_done_keys=["previous_year_evaluation"],
             decoys=["2026-10-07", "0532-170 40"], images_without_alt=0, images_ok=1)
    return d, m


# ---------------------------------------------------------------------------
# j1_07  Förskoleklass + F–3, numbered measures with "(ansvarig: …, klart: …)"
# ---------------------------------------------------------------------------
def j1_07():
    d = Doc("word_en", title="Likabehandlingsplan Björkhagens skola", creator="Karin Malm",
            created="2026-09-08T08:00:00Z", modified="2026-10-02T09:30:00Z")
    ftr = d.footer(lambda d: page_footer(d, "Björkhagens skola F–3"))
    d.set_final_section(footer=ftr)
    d.title("Likabehandlingsplan och plan mot kränkande behandling")
    d.subtitle("Björkhagens skola, förskoleklass och årskurs 1–3")
    d.p("Planen gäller 2026-10-01 – 2027-09-30.")

    d.h(1, "Ansvar")
    d.p("Rektor Karin Malm ansvarar för planen. Trygghetsgruppen (kurator Omar Farah, specialpedagog Helena Roos och en "
        "lärare från förskoleklassen och från varje årskurs) samordnar arbetet och utreder ärenden på uppdrag av rektor. "
        "All personal ska ingripa och anmäla till rektor.")

    d.h(1, "Barnens och elevernas delaktighet")
    d.p("I förskoleklassen har barnen fått markera trygga och otrygga platser på en bild av skolan (husmodellen). I "
        "årskurs 1–3 har klassråden diskuterat vad som behöver bli bättre, och elevrådet har godkänt trivselreglerna i planen.")

    d.h(1, "Utvärdering av förra årets plan")
    d.p(d.b("Rastvärdar på skolgården: "), "genomfördes hela läsåret. Enligt rastvärdarnas anteckningar minskade "
        "konflikterna vid gungorna tydligt, och i trivselenkäten", d.fn(f"Enkäten genomfördes i maj 2026. En elev ({ids.J07_FOOTNOTE}) svarade på papper och räknades in manuellt."),
        " sjönk andelen som tycker att rasterna är otrygga från 24 % till 12 %.")
    d.p(d.b("Kompisstödjare i årskurs 3: "), "genomfördes från januari. Elevrådet rapporterar att färre elever går "
        "ensamma på rasterna.")
    d.p(d.b("Lugnare matsal med fasta platser: "), "genomfördes. Buller och konflikter i matsalen minskade enligt måltidspersonalen.")

    d.h(1, "Kartläggning")
    d.p("Vi har använt trivselenkäten i maj 2026 (alla elever i förskoleklass–årskurs 3, 141 av 150 svarade), "
        "husmodellen i förskoleklassen, trygghetsvandring med elevrådet i september och incidentrapporterna.",
        d.en(f"Sammanställning av incidenter läsåret 2025/26, bland annat ärendet gällande elev {ids.J07_ENDNOTE} (avslutat i april)."))
    d.p("90 % känner sig trygga i klassrummet men bara 71 % i kapprummet. Förskoleklassens barn markerade kapprummet och "
        "toaletterna vid idrottshallen som otrygga. Incidentrapporterna visar att de flesta konflikter uppstår vid på- "
        "och avklädning. Vi tror att trängseln i kapprummet är huvudorsaken.")

    d.h(1, "Främjande arbete")
    d.p("Alla klasser har gemensamma värdegrundssamlingar varje fredag (klasslärarna). I förskoleklassen arbetar vi "
        "med böcker som visar olika familjer, funktionsnedsättningar och kulturer. Under vårterminen har årskurs 2 ett "
        "tema om barnkonventionen och allas lika rättigheter.")

    d.h(1, "Förebyggande åtgärder")
    d.p("Utifrån kartläggningen gör vi följande under läsåret:")
    d.bullets([
        "Delad hemgång i kapprummet så att högst en klass i taget klär på sig (ansvarig: arbetslag F–1, klart: v. 41).",
        "Vuxen vid toaletterna vid idrottshallen under idrottslektionerna (ansvarig: idrottslärare Mats Åberg, klart: 2026-10-15).",
        "Samtalsmaterial om kroppen och integritet i förskoleklassen (ansvarig: förskoleklasslärarna, klart: december 2026).",
        "Nya bänkar och skåp i kapprummet (ansvarig: rektor).",
        "Fler rastaktiviteter för de yngsta.",
        "Tydligare regler för bollplanen.",
    ], kind="decimal")

    d.h(1, "Rutiner för akuta situationer")
    d.bullets([
        "Ingrip direkt och säg ifrån.",
        "Berätta för rektor samma dag.",
        "Rektor anmäler till huvudmannen.",
        "Trygghetsgruppen utreder genom samtal med eleverna och kontakt med vårdnadshavarna.",
        "Rektor beslutar om åtgärder.",
        "Uppföljning efter två veckor.",
    ], kind="decimal")
    d.p("Elever och vårdnadshavare kan vända sig till klassläraren, kurator Omar Farah (tel. 08-555 123 40) eller rektor.")

    d.h(1, "Diskrimineringsgrunderna")
    d.p("Kön, könsöverskridande identitet eller uttryck, etnisk tillhörighet, religion eller annan trosuppfattning, "
        "funktionsnedsättning, sexuell läggning och ålder.")

    d.h(1, "Nationella minoriteter")
    d.p("Judar, romer, samer, sverigefinnar och tornedalingar är nationella minoriteter med egna språk. Vi informerar "
        "vårdnadshavare om rätten till modersmålsundervisning i minoritetsspråken, skolbiblioteket har böcker på "
        "finska, samiska och meänkieli, och vi uppmärksammar samernas nationaldag och romernas nationaldag med "
        "sagoläsning i alla klasser.")

    d.h(1, "Utvärdering av årets plan")
    d.p("Se föregående år.")

    d.h(1, "Vårdnadshavare")
    d.p("Planen delas ut på höstens föräldramöte och finns på skolans webbplats.")

    m = meta("2026/27", ["förskoleklass", "grundskola"],
             "Word plan for förskoleklass and F–3; measures as a numbered list where only some items carry "
             "'(ansvarig: …, klart: …)'; identity numbers hidden in a footnote and an endnote.",
             expected(preventive_measures="partial", acute_routines="partial", evaluation_plan="missing",
                      guardian_involvement="partial"),
             reasons={
                 "validity_period": "Oct–Oct period (2026-10-01 – 2027-09-30) overlaps most of 2026/27: normal.",
                 "preventive_measures": "Only 3 of 6 measures have both owner and time.",
                 "acute_routines": "No documentation step.",
                 "evaluation_plan": "'Se föregående år' only.",
                 "guardian_involvement": "Information only (handed out, website).",
             },
             not_done_keys=["evaluation_plan"],
             identity_numbers=[ids.J07_FOOTNOTE, ids.J07_ENDNOTE],
             identity_number_places={ids.J07_FOOTNOTE: "footnote", ids.J07_ENDNOTE: "endnote"},
             decoys=["2026-10-01", "2027-09-30", "2026-10-15", "08-555 123 40"])
    return d, m


# ---------------------------------------------------------------------------
# j1_08  Gymnasieskola, English, two-column layout, survey table per programme
# ---------------------------------------------------------------------------
def j1_08():
    d = Doc("word_en", lang="en-GB", title="Plan against discrimination and degrading treatment 2026/27",
            subject="Ådalsgymnasiet", creator="Eva Lundgren", created="2026-09-02T09:00:00Z",
            modified="2026-10-05T12:00:00Z")
    ftr = d.footer(lambda d: [d.par("Ådalsgymnasiet · Dnr BUN 2026/318 · switchboard +46 611 34 80 00", role="footer")])
    d.title("Plan against discrimination and degrading treatment 2026/27")
    d.p("Ådalsgymnasiet (Ådalen Upper Secondary School) – Natural Science, Social Science, Technology, Vehicle and "
        "Transport, and the IB Diploma Programme.")
    d.p("Valid from 1 September 2026 to 31 August 2027.")
    d.end_section(footer=ftr)

    d.h(1, "Responsibility")
    d.p("Principal Eva Lundgren is responsible for drawing up, following up and revising the plan. The deputy "
        "principals are responsible for the work in their programmes. The equal treatment group, led by school "
        "counsellor David Kim, coordinates the work and carries out investigations on the principal's behalf. All "
        "staff must intervene and report to the principal.")
    d.p(d.img("building", png_photo(11), 7, 4.4, descr="The main entrance of Ådalsgymnasiet with students on the steps"))

    d.h(1, "Student participation")
    d.p("The student union (elevkår) board and the programme councils took part in drawing up the plan at two "
        "workshops in September 2026. Student safety representatives walked the premises with the equal treatment "
        "group and marked places that feel unsafe. The student union board read the draft and their changes to the "
        "section on sexual harassment were adopted.")

    d.h(1, "Evaluation of last year's plan")
    d.p("Last year's plan was evaluated by the student health team in June 2026. Most of the planned measures were "
        "completed and the team considers that the school climate has improved.")

    d.h(1, "Survey and analysis")
    d.p("Sources: the school's safety survey in March 2026 (answered by 612 of 780 students), Skolenkäten "
        "(Skolinspektionen, year 2, spring 2026), incident reports in Prorenata and the programme council meetings.")
    d.table([
        ["Programme", "Response rate", "Feel safe at school", "Experienced degrading treatment", "Witnessed harassment"],
        ["Natural Science", "84 %", "94 %", "6 %", "11 %"],
        ["Social Science", "79 %", "91 %", "9 %", "14 %"],
        ["Technology", "76 %", "88 %", "12 %", "19 %"],
        ["Vehicle and Transport", "71 %", "82 %", "17 %", "26 %"],
        ["IB Diploma", "88 %", "95 %", "5 %", "8 %"],
    ], widths=[1180, 700, 760, 770, 770])
    d.p("Students in Vehicle and Transport and in Technology report more degrading treatment than other programmes, "
        "mainly sexist jokes and comments in the workshops and the changing rooms. Incident reports confirm this: 14 of "
        "the 22 reports concerned those two programmes. We consider the cause to be a workshop jargon that staff have "
        "not challenged, and changing rooms without adult presence.")

    d.h(1, "Promotive work")
    d.p("All year 1 classes work with Mentors in Violence Prevention (MVP) during mentor time in the autumn term. "
        "Teachers in Swedish and Social Studies use texts that reflect all grounds of discrimination. The student union "
        "runs a Pride week in September and a week against racism in March, and the library displays literature by "
        "authors with different backgrounds.")

    d.h(1, "Preventive measures")
    d.table([
        ["Risk", "Goal", "Measure", "Responsible", "When"],
        ["Sexist jargon in workshops", "No reports of sexist comments in workshops", "Workshop rules written with students; staff training on intervening",
         "Deputy principal, vocational teachers", "Training week 35; rules by 30 Sept"],
        ["Changing rooms without adults", "Students feel safe in changing rooms", "Staff present at the start and end of PE lessons",
         "PE teachers", "From 24 August 2026"],
        ["Low response rate in Vehicle and Transport", "Response rate above 80 %", "Survey answered during mentor time",
         "Mentors", "March 2027"],
    ], widths=[800, 800, 1000, 880, 700])

    d.h(1, "Routines for acute situations")
    d.p("1. Any member of staff who sees or hears of degrading treatment, harassment or sexual harassment intervenes "
        "at once. 2. The staff member reports to the principal the same day through Prorenata. 3. The principal reports "
        "to the huvudman (the education board) within 24 hours. 4. The equal treatment group investigates promptly and "
        "talks to the students involved and, for students under 18, their guardians. 5. The principal decides on "
        "measures. 6. Everything is documented in Prorenata. 7. The case is followed up after two weeks and closed when "
        "the treatment has stopped.")
    d.p("If a member of staff offends a student, the principal investigates together with HR. Students can turn to "
        "their mentor, the school counsellor (070-312 45 67) or the principal.")

    d.h(1, "Discrimination grounds")
    d.p("The Discrimination Act (2008:567) protects against discrimination linked to sex, transgender identity or "
        "expression, ethnicity, religion or other belief, disability and sexual orientation.")

    d.h(1, "National minorities")
    d.p("The national minorities are Jews, Roma, Sami, Sweden Finns and Tornedalians. The school informs students "
        "about their right to mother-tongue tuition in Finnish, Meänkieli, Sami, Romani Chib and Yiddish, teaches about "
        "the minorities' history and rights in Social Studies 1, marks Sami National Day on 6 February and Roma "
        "National Day on 8 April, and treats antiziganism and antisemitism as specific risks in the safety survey.")

    d.h(1, "Follow-up and evaluation")
    d.p("The plan will be followed up by the equal treatment group together with the student union board, using the "
        "safety survey and a workshop with the programme councils. The principal is responsible.")

    d.h(1, "Guardians")
    d.p("Guardians of students under 18 are informed about the plan via SchoolSoft.")
    d.set_final_section(footer=ftr, cols=2, stype="continuous")

    m = meta("2026/27", ["gymnasieskola"],
             "English-language plan of a multi-programme gymnasieskola; title block in one column, the rest in a continuous "
             "two-column section (w:cols num=2) with survey percentages per programme in a narrow table.",
             expected(previous_year_evaluation="partial", discrimination_grounds="partial", evaluation_plan="partial",
                      guardian_involvement="partial"),
             language="en",
             reasons={
                 "previous_year_evaluation": "General statement ('most measures were completed', 'climate has improved') with no measure-by-measure account.",
                 "discrimination_grounds": "Six grounds; age is missing.",
                 "evaluation_plan": "Who, how and students' part, but no time.",
                 "guardian_involvement": "Information via SchoolSoft only.",
             },
             decoys=["BUN 2026/318", "+46 611 34 80 00", "070-312 45 67", "2008:567"],
             images_without_alt=0, images_ok=1)
    return d, m


PLANS = [j1_01, j1_02, j1_03, j1_04, j1_05, j1_06, j1_07, j1_08]
