"""Plans h1_01 - h1_03: vendor plan-builder exports."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from docx.shared import Cm, Pt  # noqa: E402

import wordkit as k  # noqa: E402


def vendor_front(doc, title, subtitle, rows, merged3=False):
    doc.add_paragraph(title, style="Title")
    k.para(doc, subtitle, size=14, color="1F3864")
    if not merged3:
        t = k.table(doc, rows, header=False, widths=[4.5, 11.5], bold_first_col=True)
        for r in t.rows:
            k.shade(r.cells[0], "DEEAF6")
        return t
    # three columns; rows with 2 values are merged across columns 2-3
    t = doc.add_table(rows=0, cols=3)
    t.style = doc.styles["Table Grid"]
    for row in rows:
        cells = t.add_row().cells
        cells[0].paragraphs[0].text = ""
        k.add_runs(cells[0].paragraphs[0], row[0], bold=True)
        k.shade(cells[0], "DEEAF6")
        if len(row) == 2:
            m = cells[1].merge(cells[2])
            m.paragraphs[0].text = ""
            k.add_runs(m.paragraphs[0], row[1])
        else:
            cells[1].paragraphs[0].text = row[1]
            cells[2].paragraphs[0].text = row[2]
    for r in t.rows:
        r.cells[0].width = Cm(4.5)
    return t


def guidance(doc, text):
    """Vendor instruction text: grey italics."""
    return k.para(doc, text, italic=True, color="7F7F7F")


# =====================================================================
def plan01(outdir):
    doc = k.new_doc(
        "Plan mot diskriminering och kränkande behandling – Ekbackens skola 2025/26", "Maria Holmgren"
    )
    hp = doc.sections[0].header.paragraphs[0]
    k.picture(
        hp,
        k.make_png(60, 40, (34, 120, 60), pattern=1),
        1.4,
        alt="Ekbackens skolas logotyp: en grön ek i en cirkel",
        name="Logotyp",
    )
    hp.add_run("   Ekbackens skola · Sörby kommun").font.size = Pt(8)
    k.footer_text(doc, "Utskriven från PlanPortalen 2025-09-12 · Dnr BUN 2025/412")

    vendor_front(
        doc,
        "Plan mot diskriminering och kränkande behandling",
        "Ekbackens skola – läsåret 2025/26",
        [
            ("Skolenhet", "Ekbackens skola (skolenhetskod 48213307)"),
            ("Skolform", "Förskoleklass, grundskola åk 1–6 och fritidshem"),
            ("Ansvarig", "Rektor Maria Holmgren"),
            ("Giltighetstid", "2025-08-18 – 2026-06-12"),
            ("Huvudman", "Sörby kommun, barn- och utbildningsnämnden"),
        ],
    )

    k.heading(doc, "Grunduppgifter", 1)
    k.heading(doc, "Vilka verksamhetsformer omfattas av planen?", 2)
    k.para(doc, "Förskoleklass, grundskola årskurs 1–6 och fritidshemmet Ekorren.")
    k.heading(doc, "Vem ansvarar för planen?", 2)
    k.para(
        doc,
        "Rektor Maria Holmgren ansvarar för att planen upprättas, följs upp och revideras varje år och "
        "för att all personal, alla elever och vårdnadshavare känner till den. Biträdande rektor Johan Falk "
        "leder trygghetsteamet, som samordnar kartläggningen och utreder anmälda kränkningar tillsammans med "
        "mentorerna. All personal ansvarar för att ingripa och anmäla enligt rutinerna nedan. Huvudmannen, "
        "barn- och utbildningsnämnden i Sörby kommun, ansvarar för att det finns en plan och tar emot rektors "
        "anmälningar om kränkande behandling.",
    )
    k.heading(doc, "Trygghetsteamet", 2)
    k.table(
        doc,
        [
            ("Namn", "Funktion", "Telefon", "E-post"),
            ("Johan Falk", "Biträdande rektor, sammankallande", "0271-570 12", "johan.falk@sorby.se"),
            ("Ulrika Sten", "Kurator", "0271-570 18", "ulrika.sten@sorby.se"),
            ("Emma Rask", "Skolsköterska", "0271-570 15", "emma.rask@sorby.se"),
            ("Amir Hosseini", "Fritidspedagog, Ekorren", "0271-570 25", "amir.hosseini@sorby.se"),
            ("Karin Ljung", "Lärare åk 4–6", "0271-570 31", "karin.ljung@sorby.se"),
        ],
        widths=[3.5, 5.5, 3, 4.5],
    )

    k.heading(doc, "Vår vision", 1)
    k.para(
        doc,
        "På Ekbackens skola ska alla barn och vuxna känna sig trygga, bli sedda och bemötas med respekt. "
        "Ingen ska behöva vara rädd för att gå till skolan eller till fritids.",
    )

    k.heading(doc, "Delaktighet", 1)
    k.heading(doc, "Hur har eleverna varit delaktiga?", 2)
    k.para(
        doc,
        "Alla klasser diskuterade förra årets plan och resultatet av trygghetsenkäten på klassråd under "
        "vecka 35. Klassrådens förslag samlades in av elevrådet, som på sitt möte den 3 september valde ut de "
        "tre förslag som finns med bland årets åtgärder: organiserade rastaktiviteter vid skogsbrynet, en vuxen "
        "i kapprummet vid lunch och en kompisbänk. Elevrådets representanter i åk 3–6 genomförde "
        "trygghetsvandringen i maj 2025 tillsammans med trygghetsteamet och markerade otrygga platser på en "
        "karta över skolgården. Barnen på fritidshemmet deltog genom fritidsrådet. Elevrådet följer upp planen "
        "på sina möten i december och maj (se årshjulet).",
    )
    k.heading(doc, "Hur har vårdnadshavarna varit delaktiga?", 2)
    k.para(
        doc,
        "Planen publiceras på skolans webbplats och i Vklass. Vårdnadshavarna informeras om planen och om "
        "vart de kan vända sig vid höstens föräldramöten.",
    )
    k.heading(doc, "Hur har personalen varit delaktig?", 2)
    k.para(
        doc,
        "Personalen gick igenom kartläggningen och förslaget till åtgärder på arbetsplatsträffen den "
        "20 augusti 2025. Fritidshemmets personal har tagit fram åtgärderna för eftermiddagarna.",
    )
    k.heading(doc, "Hur har planen förankrats?", 2)
    k.para(
        doc,
        "Mentorerna går igenom planen med sina klasser under september. Elevrådet har gjort en kortversion "
        "med bilder som sitter uppsatt i alla klassrum och på fritids.",
    )

    k.heading(doc, "Utvärdering", 1)
    k.heading(doc, "Hur har fjolårets plan utvärderats?", 2)
    k.para(
        doc,
        "Planen för läsåret 2024/25 utvärderades i maj–juni 2025 av trygghetsteamet tillsammans med "
        "elevrådet, fritidsrådet och arbetslagen. Underlag var trygghetsenkäten i april 2025, "
        "trygghetsvandringen och anmälningarna om kränkande behandling.",
    )
    k.heading(doc, "Vilka åtgärder genomfördes och vilken effekt fick de?", 2)
    k.table(
        doc,
        [
            ("Åtgärd 2024/25", "Genomförande", "Effekt"),
            (
                "Rastvärdar vid fotbollsplanen och klätterställningen",
                "Genomfört från v. 34; två vuxna per rast i gula västar.",
                "Andelen elever som känner sig otrygga på rasterna minskade från 19 % till 11 %. Anmälda kränkningar "
                "vid fotbollsplanen minskade från 14 till 5.",
            ),
            (
                "Värdegrundslektioner en gång i månaden i alla klasser",
                "Genomfört i F–3. I åk 4–6 hölls sex av tio lektioner.",
                "I F–3 vet fler elever vad de ska göra om någon blir utsatt (81 % → 90 %). I åk 4–6 ingen tydlig "
                "förändring; lektionerna schemaläggs fast i år.",
            ),
            (
                "Vuxen i omklädningsrummen vid idrott åk 4–6",
                "Genomfört från oktober 2024.",
                "Inga anmälningar från omklädningsrummen under vårterminen, mot fyra under hösten.",
            ),
            (
                "Kompisstödjare på fritidshemmet",
                "Inte genomfört; utbildningen ställdes in.",
                "Ingen effekt att redovisa. Åtgärden förs över till 2025/26 i ny form.",
            ),
        ],
        widths=[4.5, 5, 7],
    )

    k.heading(doc, "Kartläggning", 1)
    k.heading(doc, "Vilka metoder har vi använt?", 2)
    k.bullets(
        doc,
        [
            "Trygghetsenkät till alla elever i åk 2–6 i april 2025 (212 av 236 elever svarade, 90 %).",
            "Trygghetsvandring med elevrådet i maj 2025.",
            "Anmälningar om kränkande behandling läsåret 2024/25 (38 st).",
            "Samtal i klassråd och fritidsråd.",
            "Hälsosamtal med skolsköterskan i förskoleklass och åk 4.",
        ],
    )
    k.heading(doc, "Vad visade kartläggningen?", 2)
    k.para(
        doc,
        "88 % av eleverna känner sig trygga i skolan (87 % året innan). De platser som oftast nämns som "
        "otrygga är toaletterna vid matsalen, skogsbrynet bakom idrottshallen och kapprummen vid lunch. "
        "24 av de 38 anmälningarna gällde rasterna, 9 kapprummen och 5 klassrummet. Fler pojkar än flickor i "
        "åk 5–6 uppger att de blivit kallade fula ord, ofta med sexuell innebörd eller om någons ursprung. "
        "Några elever skriver att de inte får vara med i leken för att de talar ett annat språk hemma.",
    )
    k.heading(doc, "Analys – vad beror det på?", 2)
    k.para(
        doc,
        "Vi ser att kränkningarna oftast sker där vuxna inte finns i närheten och i övergångar, som när "
        "eleverna går från lunch till rast. Jargongen i åk 5–6 handlar om kön, sexuell läggning och etnisk "
        "tillhörighet och ska därför hanteras som möjliga trakasserier, inte bara som konflikter. Det finns "
        "en risk att elever med ett annat modersmål blir utestängda i leken när rasterna saknar struktur.",
    )

    k.heading(doc, "Främjande insatser", 1)
    for name, text in [
        (
            "Värdegrundslektioner",
            "Mål: alla elever känner till skolans värdegrund och diskrimineringsgrunderna. "
            "Insats: gemensam lektion första måndagen varje månad. Ansvarig: mentorerna. När: hela läsåret.",
        ),
        (
            "Normmedveten läsning",
            "Skolbiblioteket köper in och lyfter fram böcker där olika familjer, "
            "funktionsnedsättningar, religioner och ursprung syns. Ansvarig: bibliotekarie Sofia Berg. När: ht 2025.",
        ),
        (
            "Blandade grupper på fritids",
            "Fritidshemmets aktiviteter görs i åldersblandade grupper som pedagogerna "
            "sätter ihop, så att alla lär känna varandra. Ansvarig: fritidshemmet Ekorren. När: varje onsdag.",
        ),
        (
            "Tillgänglig skolgård",
            "Rektor går igenom skolgården med fastighetsförvaltningen så att elever med "
            "funktionsnedsättning kan delta i rastaktiviteterna. När: vt 2026.",
        ),
    ]:
        k.para(doc, "**%s.** %s" % (name, text))

    k.heading(doc, "Förebyggande åtgärder", 1)
    k.para(doc, "Åtgärderna utgår från kartläggningen och elevrådets förslag.")
    k.table(
        doc,
        [
            ("Område/risk", "Mål", "Åtgärd", "Ansvarig", "När", "Uppföljning"),
            (
                "Toaletterna vid matsalen",
                "Inga kränkningar vid toaletterna",
                "Vuxen i korridoren vid lunch 11.00–12.30; lås som kan öppnas utifrån",
                "Rektor (lås), arbetslag F–3 (schema)",
                "Från v. 36",
                "Trygghetsenkäten april 2026",
            ),
            (
                "Skogsbrynet",
                "Under 8 % otrygga på rasten",
                "Organiserade rastaktiviteter tisdag och torsdag, rastvärd vid skogsbrynet",
                "Fritidspersonalen, Amir Hosseini",
                "Från 2025-09-01",
                "Trygghetsvandringen maj 2026",
            ),
            (
                "Kapprummen vid lunch",
                "Högst 3 anmälningar (9 i fjol)",
                "En vuxen i kapprummet 11.45–12.15; förskjutna lunchtider åk 4–6",
                "Biträdande rektor Johan Falk",
                "Ht 2025",
                "Anmälningsstatistik varje månad",
            ),
            (
                "Språkbruk åk 5–6",
                "Eleverna kan skilja på skämt och trakasserier",
                "Två lektioner om sexuella trakasserier och rasistiska uttryck; samtal i helklass",
                "Kurator Ulrika Sten, mentorer åk 5–6",
                "Oktober 2025 och mars 2026",
                "Klassråd, enkät",
            ),
            (
                "Utanförskap i leken",
                "Alla elever har någon att vara med",
                "Kompisbänk och kompisstödjare på fritids (ny form)",
                "Fritidshemmet Ekorren",
                "Start november 2025",
                "Fritidsrådet december 2025",
            ),
        ],
        font_size=9,
    )

    k.heading(doc, "Rutiner för akuta situationer", 1)
    k.heading(doc, "Policy", 2)
    k.para(
        doc,
        "På Ekbackens skola accepteras inga former av kränkande behandling, trakasserier eller sexuella "
        "trakasserier – varken mellan elever eller från vuxna.",
    )
    k.heading(doc, "Vart kan elever och vårdnadshavare vända sig?", 2)
    k.para(
        doc,
        "Till mentor, fritidspersonal eller någon i trygghetsteamet (se kontaktuppgifter ovan). Du kan "
        "också kontakta rektor Maria Holmgren, tel. 0271-570 10, maria.holmgren@sorby.se.",
    )
    k.heading(doc, "Arbetsgång när en elev kränks av en annan elev", 2)
    k.numbered(
        doc,
        [
            "Den vuxna som ser eller får veta ingriper direkt och säger ifrån.",
            "Samma dag anmäls händelsen till rektor i kommunens digitala anmälningsformulär.",
            "Rektor anmäler till huvudmannen. Anmälan går via formuläret till förvaltningen inom en vecka.",
            "Mentor eller trygghetsteamet utreder skyndsamt: samtal med den som blivit utsatt, den som kränkt och "
            "eventuella vittnen. Vårdnadshavare informeras samma dag.",
            "Rektor beslutar om åtgärder så att kränkningarna upphör.",
            "Utredningen och åtgärderna dokumenteras i ärendet i anmälningsformuläret.",
            "Uppföljning med de inblandade efter två veckor. Ärendet avslutas när kränkningarna har upphört.",
        ],
    )
    k.heading(doc, "När en vuxen kränker en elev", 2)
    k.para(
        doc,
        "Anmäls till rektor, som anmäler till huvudmannen och utreder. Om anmälan gäller rektor går den till "
        "verksamhetschefen för grundskolan. HR-konsult kopplas in. Samma krav på dokumentation och "
        "uppföljning gäller.",
    )

    k.heading(doc, "Diskrimineringsgrunderna", 1)
    k.para(doc, "Diskrimineringslagen skyddar mot diskriminering som har samband med:")
    k.bullets(
        doc,
        [
            "kön",
            "könsöverskridande identitet eller uttryck",
            "etnisk tillhörighet",
            "religion eller annan trosuppfattning",
            "funktionsnedsättning",
            "sexuell läggning",
            "ålder",
        ],
    )

    k.heading(doc, "Nationella minoriteter", 1)
    k.para(
        doc,
        "I Sverige finns fem nationella minoriteter: judar, romer, samer, sverigefinnar och tornedalingar. "
        "Minoritetsspråken är jiddisch, romani chib, samiska, finska och meänkieli. De nationella "
        "minoriteterna har särskilda rättigheter enligt lagen (2009:724) om nationella minoriteter och "
        "minoritetsspråk.",
    )

    k.heading(doc, "Årshjul", 1)
    k.table(
        doc,
        [
            ("Månad", "Aktivitet", "Ansvarig"),
            ("Augusti", "Personalen går igenom kartläggning och förslag till åtgärder på APT", "Rektor"),
            (
                "September",
                "Klassråd och elevråd om planen; planen fastställs och publiceras",
                "Rektor, elevrådet",
            ),
            ("Oktober", "Lektioner om språkbruk åk 5–6", "Kurator"),
            ("November", "Kompisstödjare startar på fritids", "Fritidshemmet"),
            ("December", "Elevrådet och fritidsrådet följer upp åtgärderna halvvägs", "Trygghetsteamet"),
            ("Februari", "Anmälningsstatistiken följs upp på APT", "Biträdande rektor"),
            ("April", "Trygghetsenkät åk 2–6", "Trygghetsteamet"),
            (
                "Maj",
                "Trygghetsvandring med elevrådet; utvärdering av årets plan i klassråd, elevråd och arbetslag",
                "Trygghetsteamet, mentorer",
            ),
            ("Juni", "Rektor sammanställer utvärderingen och skriver förslag till ny plan", "Rektor"),
        ],
        widths=[3, 9.5, 4],
    )

    name = "h1_01_ekbacken-vendor.docx"
    k.save(doc, str(Path(outdir) / name))
    return name


# =====================================================================
def plan02(outdir):
    doc = k.new_doc("Plan mot diskriminering och kränkande behandling – Lövstaskolan", "PlanPortalen")
    k.header_text(doc, "Lövstaskolan 7–9 · Sörby kommun")
    k.footer_text(doc, "Utskriven från PlanPortalen 2025-09-22")

    vendor_front(
        doc,
        "Plan mot diskriminering och kränkande behandling",
        "Lövstaskolan 7–9 · Läsåret 2025/26",
        [
            ("Skolenhet", "Lövstaskolan"),
            ("Skolform", "Grundskola 7–9"),
            ("Ansvarig", "[Ange namn och titel på den som ansvarar för planen]"),
            ("Giltighetstid", "2025-09-01 – 2026-08-31"),
        ],
    )

    k.heading(doc, "Grunduppgifter", 1)
    k.heading(doc, "Vem ansvarar för planen?", 2)
    guidance(
        doc,
        "Ange vem som ansvarar för att planen upprättas, följs upp och utvärderas, och vilket ansvar "
        "personalen har. Exempel: Rektor NN ansvarar för …",
    )

    k.heading(doc, "Delaktighet", 1)
    k.heading(doc, "Hur har eleverna varit delaktiga?", 2)
    k.para(doc, "Eleverna har besvarat skolans trygghetsenkät i mars 2025 (svarsfrekvens 82 %).")
    k.heading(doc, "Hur har vårdnadshavarna varit delaktiga?", 2)
    guidance(
        doc,
        "Beskriv hur vårdnadshavarna har getts möjlighet att delta i arbetet med planen, till exempel "
        "genom föräldraråd, enkät eller föräldramöte.",
    )
    k.heading(doc, "Hur har personalen varit delaktig?", 2)
    k.para(doc, "Personalen har diskuterat enkätresultaten i arbetslagen i maj 2025.")

    k.heading(doc, "Utvärdering", 1)
    k.heading(doc, "Hur har fjolårets plan utvärderats?", 2)
    guidance(doc, "Beskriv hur fjolårets plan har utvärderats och vilka som har deltagit i utvärderingen.")
    k.heading(doc, "Vilka åtgärder genomfördes och vilken effekt fick de?", 2)
    guidance(
        doc,
        "Redogör för varje åtgärd i förra årets plan: genomfördes den, hur, och vilken effekt fick den? "
        "Exempel: Rastvärdar i korridoren – genomfört – färre incidenter i korridoren.",
    )

    k.heading(doc, "Kartläggning", 1)
    k.heading(doc, "Vilka metoder har vi använt?", 2)
    k.bullets(
        doc,
        [
            "Skolans trygghetsenkät i mars 2025, alla elever åk 7–9 (289 av 352 svarade).",
            "Anmälningar om kränkande behandling under läsåret 2024/25 (41 st).",
            "Elevhälsans samtal med elever i åk 7.",
        ],
    )
    k.heading(doc, "Vad visade kartläggningen?", 2)
    k.para(
        doc,
        "84 % av eleverna känner sig trygga i skolan. I åk 8 är andelen lägre, 76 %. De platser eleverna "
        "oftast anger som otrygga är omklädningsrummen vid idrottshallen, toaletterna vid matsalen och "
        "bussfickan efter skoldagens slut. 17 % har varit med om att någon spridit bilder eller kommentarer "
        "om dem på nätet, oftast i Snapchat-grupper. Flickor i åk 8 uppger i högre grad än andra att de fått "
        "sexuella kommentarer.",
    )
    k.para(doc, "Urval av anmälningar 2024/25:")
    k.table(
        doc,
        [
            ("Månad", "Plats", "Typ", "Ärende"),
            ("Oktober", "Omklädningsrum", "Fysisk kränkning", "Avslutat"),
            (
                "December",
                "Nätet",
                "Kränkande kommentarer i chatt",
                "Ärende 24/25-031, elev 20100512-2385 – avslutat efter uppföljning",
            ),
            ("Januari", "Nätet", "Spridning av bild", "Polisanmält"),
            ("Mars", "Korridor plan 2", "Sexuella kommentarer", "Avslutat"),
        ],
        widths=[2.5, 3.5, 4.5, 6],
    )
    k.heading(doc, "Analys", 2)
    k.para(
        doc,
        "Vi ser att kränkningarna främst sker där vuxna sällan finns: i omklädningsrummen, vid bussarna och "
        "på nätet. Ärendet i januari som gällde spridning av en bild (111103 4623) visar att det som händer i "
        "chattgrupper på kvällen följer med in i skolan dagen efter. Det höga antalet sexuella kommentarer "
        "mot flickor i åk 8 behöver hanteras som sexuella trakasserier.",
    )

    k.heading(doc, "Främjande insatser", 1)
    guidance(
        doc,
        "Beskriv de främjande insatser som ska genomföras under läsåret. Främjande insatser riktar sig "
        "till alla elever och ska omfatta samtliga diskrimineringsgrunder. [Skriv text här]",
    )

    k.heading(doc, "Förebyggande åtgärder", 1)
    k.para(doc, "Utifrån kartläggningen har vi beslutat om följande åtgärder.")
    k.table(
        doc,
        [
            ("Åtgärd", "Mål", "Ansvarig", "När"),
            (
                "Vuxna i omklädningsrummen före och efter idrott",
                "Inga kränkningar i omklädningsrummen",
                "Idrottslärarna",
                "Från v. 36",
            ),
            ("Samtal om nätet och bilder i alla klasser", "Eleverna vet vad som gäller på nätet", "", ""),
            ("Fler vuxna vid bussfickan", "Färre konflikter vid bussarna", "", ""),
            ("Arbete mot sexuella trakasserier i åk 8", "Flickorna i åk 8 ska känna sig trygga", "", ""),
            ("Förbättrad studiero på lektionerna", "Ökad studiero", "", ""),
        ],
        widths=[6, 5, 3, 2.5],
    )

    k.heading(doc, "Rutiner för akuta situationer", 1)
    k.numbered(
        doc,
        [
            "Personal som ser eller får veta att en elev blivit kränkt ingriper direkt.",
            "Händelsen meddelas rektor och mentor samma dag.",
            "Mentor pratar med de inblandade eleverna och tar reda på vad som har hänt.",
            "Vårdnadshavare kontaktas.",
            "Händelsen dokumenteras på skolans blankett ”Anmälan om kränkande behandling”, som lämnas till rektor.",
            "Uppföljande samtal med eleverna efter två veckor.",
        ],
    )
    k.para(doc, "Om en vuxen har kränkt en elev ska rektor kontaktas.")

    k.heading(doc, "Diskrimineringsgrunderna", 1)
    for g, d in [
        ("Kön", "Att någon är kvinna eller man."),
        (
            "Könsöverskridande identitet eller uttryck",
            "Att någon inte identifierar sig som kvinna eller man eller "
            "genom sin klädsel eller på annat sätt ger uttryck för att tillhöra ett annat kön.",
        ),
        (
            "Etnisk tillhörighet",
            "Nationellt eller etniskt ursprung, hudfärg eller annat liknande förhållande.",
        ),
        (
            "Religion eller annan trosuppfattning",
            "Till exempel kristendom, islam, judendom, buddhism eller ateism.",
        ),
        (
            "Funktionsnedsättning",
            "Varaktiga fysiska, psykiska eller begåvningsmässiga begränsningar av en persons "
            "funktionsförmåga.",
        ),
        ("Sexuell läggning", "Homosexuell, bisexuell eller heterosexuell läggning."),
        ("Ålder", "Uppnådd levnadslängd."),
    ]:
        k.para(doc, "**%s** – %s" % (g, d))

    k.heading(doc, "Nationella minoriteter", 1)
    guidance(
        doc,
        "[Beskriv hur skolan arbetar med de nationella minoriteternas rättigheter. Ta bort denna "
        "instruktionstext innan planen publiceras.]",
    )

    k.heading(doc, "Årshjul", 1)
    k.table(
        doc,
        [
            ("Månad", "Aktivitet"),
            ("September", "Planen fastställs"),
            ("Mars", "Trygghetsenkät åk 7–9"),
            ("Maj", "Utvärdering av planen i arbetslagen"),
            ("Juni", "Ny plan skrivs"),
        ],
        widths=[4, 12],
    )

    name = "h1_02_lovsta-vendor-guidance.docx"
    k.save(doc, str(Path(outdir) / name))
    return name


# =====================================================================
def plan03(outdir):
    doc = k.new_doc(
        "Plan mot diskriminering och kränkande behandling – Norrgårdens skola – Läsår 2026/27",
        "Henrik Aalto",
        date=k.FIXED_DATE.replace(year=2026, month=8, day=24),
    )
    k.header_text(doc, "Norrgårdens skola · Åbrinks kommun · Läsår 2026/27")
    k.footer_text(doc, "Export från PlanPortalen 2026-08-24")

    vendor_front(
        doc,
        "Plan mot diskriminering och kränkande behandling",
        "Norrgårdens skola – Läsår 2026/27",
        [
            ("Skolenhet", "Norrgårdens skola, skolenhetskod 29640173"),
            ("Skolform", "Förskoleklass, grundskola åk 1–9, anpassad grundskola åk 1–9 och fritidshem"),
            ("Ansvarig", "Rektor Henrik Aalto"),
            ("Giltighetstid", "Planen gäller från: 2025-08-18", "Till: 2026-06-12"),
        ],
        merged3=True,
    )

    k.typed_toc(
        doc,
        [
            (1, "Grunduppgifter", "2"),
            (1, "Delaktighet", "2"),
            (1, "Utvärdering", "3"),
            (1, "Kartläggning", "4"),
            (1, "Främjande insatser", "4"),
            (1, "Förebyggande åtgärder", "5"),
            (1, "Rutiner för akuta situationer", "6"),
            (1, "Diskrimineringsgrunderna", "7"),
            (1, "Nationella minoriteter", "7"),
            (1, "Årshjul", "8"),
        ],
        title="Innehållsförteckning",
    )
    k.page_break(doc)

    k.heading(doc, "Grunduppgifter", 1)
    k.heading(doc, "Vem ansvarar för planen?", 2)
    k.para(
        doc,
        "Rektor Henrik Aalto ansvarar för att planen tas fram, följs upp och revideras och för att anmälningar "
        "utreds. Biträdande rektor Lina Svensson ansvarar för arbetet i anpassad grundskola. Trygghetsgruppen "
        "(kurator, skolsköterska, specialpedagog och en lärare från varje stadium) samordnar kartläggningen och "
        "utredningarna. Mentorer och fritidspersonal ansvarar för att planen är känd i sina grupper. "
        "Huvudman är utbildningsnämnden i Åbrinks kommun.",
    )
    k.table(
        doc,
        [
            ("Kontakt", "Roll", "Telefon / e-post"),
            ("Henrik Aalto", "Rektor", "0470-41 22 00, henrik.aalto@abrink.se"),
            (
                "Lina Svensson",
                "Biträdande rektor, anpassad grundskola",
                "0470-41 22 05, lina.svensson@abrink.se",
            ),
            ("Peter Nyström", "Kurator, trygghetsgruppen", "0470-41 22 14, peter.nystrom@abrink.se"),
        ],
        widths=[4, 6, 6.5],
    )

    k.heading(doc, "Delaktighet", 1)
    k.heading(doc, "Hur har eleverna varit delaktiga?", 2)
    k.para(
        doc,
        "Under april och maj 2026 diskuterade alla klasser i åk 1–9 trygghet och förra årets åtgärder på "
        "klassråd med ett gemensamt samtalsunderlag. I anpassad grundskola fördes samtalen i små grupper med "
        "bildstöd, och eleverna fick peka ut trygga och otrygga platser på bilder av skolan. Elevrådet gick "
        "trygghetsvandring med trygghetsgruppen och läste förslaget till åtgärder på sitt möte i juni 2026; "
        "förslaget om fler sittplatser vid skåpen kom från elevrådet. Eleverna följer upp planen på klassråd "
        "i december och i elevrådet i maj.",
    )
    k.heading(doc, "Hur har vårdnadshavarna varit delaktiga?", 2)
    k.para(
        doc,
        "Vårdnadshavarna besvarade vårdnadshavarenkäten i februari 2026. Skolrådet, där vårdnadshavare från "
        "varje stadium ingår, diskuterade förslaget till åtgärder i maj 2026 och föreslog en vuxen vid "
        "busshållplatsen på morgonen. Planen publiceras i Unikum och tas upp på höstens föräldramöten, där "
        "vårdnadshavarna kan lämna synpunkter.",
    )
    k.heading(doc, "Hur har personalen varit delaktig?", 2)
    k.para(
        doc,
        "Arbetslagen utvärderade förra årets åtgärder i juni 2026 och gick igenom planen på studiedagen "
        "i augusti.",
    )

    k.heading(doc, "Utvärdering", 1)
    k.heading(doc, "Hur har förra årets plan utvärderats?", 2)
    k.para(
        doc,
        "Planen för läsåret 2025/26 utvärderades i maj–juni 2026 av trygghetsgruppen tillsammans med "
        "elevrådet, klassråden och arbetslagen.",
    )
    k.heading(doc, "Vilka åtgärder genomfördes och vilken effekt fick de?", 2)
    k.table(
        doc,
        [
            ("Åtgärd", "Genomförande", "Effekt"),
            (
                "Vuxna vid skåpen åk 7–9 på raster",
                "Genomfört hela året enligt schema.",
                "Färre konflikter vid skåpen enligt personalens loggbok (22 → 9 noteringar).",
            ),
            (
                "Rastaktiviteter för åk 1–3",
                "Genomfört tre dagar i veckan från oktober.",
                "Eleverna i åk 1–3 säger på klassråden att rasterna blivit lugnare.",
            ),
            (
                "Trygghetsvandring i anpassad grundskola med bildstöd",
                "Genomfört i maj 2026.",
                "Eleverna kunde själva visa var de känner sig otrygga; metoden används även i år.",
            ),
            (
                "Föreläsning om nätet för åk 6",
                "Inte genomfört; föreläsaren blev sjuk.",
                "Förs över till årets plan.",
            ),
        ],
        widths=[5, 5, 6.5],
    )

    k.heading(doc, "Kartläggning", 1)
    k.heading(doc, "Vilka metoder har vi använt?", 2)
    k.bullets(
        doc,
        [
            "Trygghetsenkät för åk 2–9 i februari 2026.",
            "Skolenkäten (Skolinspektionen) för åk 5 och 8, vårterminen 2026.",
            "Vårdnadshavarenkät i februari 2026.",
            "Trygghetsvandring med elevrådet och samtal med bildstöd i anpassad grundskola.",
            "Anmälningar om kränkande behandling under läsåret 2025/26.",
        ],
    )
    k.heading(doc, "Vad visade kartläggningen?", 2)
    k.para(
        doc,
        "Resultaten från enkäterna och trygghetsvandringen har sammanställts av trygghetsgruppen och "
        "redovisats för personalen på arbetsplatsträffen i mars 2026. Sammanställningen finns hos rektor.",
    )

    k.heading(doc, "Främjande insatser", 1)
    k.bullets(
        doc,
        [
            "**Gemensam värdegrundsvecka** vecka 38 för hela skolan med fokus på alla människors lika värde och "
            "diskrimineringsgrunderna. Ansvarig: trygghetsgruppen.",
            "**Faddrar**: elever i åk 6 är faddrar för förskoleklassen under hela läsåret. Ansvarig: mentorer åk 6.",
            "**Samarbete mellan anpassad grundskola och grundskola** i idrott och slöjd varje vecka, så att eleverna "
            "möts i vardagen. Ansvarig: biträdande rektor Lina Svensson.",
            "**Normkritisk genomgång av läromedel** i SO och svenska under höstterminen. Ansvarig: ämneslagen.",
        ],
    )

    k.heading(doc, "Förebyggande åtgärder", 1)
    k.table(
        doc,
        [
            ("Åtgärd", "Mål", "Ansvarig", "Tidplan", "Uppföljning"),
            (
                "Fler sittplatser och en vuxen vid skåpen åk 7–9",
                "Inga kränkningar vid skåpen",
                "Rektor, arbetslag 7–9",
                "Från skolstart augusti 2026",
                "December 2026",
            ),
            (
                "Vuxen vid busshållplatsen 07.45–08.10",
                "Tryggare morgnar för åk 1–6",
                "Fritidshemmet",
                "Från v. 34 2026",
                "Vårdnadshavarenkäten feb 2027",
            ),
            (
                "Föreläsning om nätet och bilder för åk 6",
                "Eleverna vet hur de ska göra om bilder sprids",
                "Kurator Peter Nyström",
                "Oktober 2026",
                "Klassråd november 2026",
            ),
            (
                "Personal i anpassad grundskola utbildas i bildstöd om kränkningar",
                "Alla elever kan berätta om de blir utsatta",
                "Biträdande rektor Lina Svensson",
                "Ht 2026",
                "Utvärdering maj 2027",
            ),
        ],
        font_size=9,
    )

    k.heading(doc, "Rutiner för akuta situationer", 1)
    k.heading(doc, "Arbetsgång", 2)
    k.numbered(
        doc,
        [
            "Personal som får kännedom om att en elev upplever sig kränkt ingriper direkt.",
            "Personalen anmäler samma dag till rektor via kommunens anmälningssystem.",
            "Rektor anmäler skyndsamt till huvudmannen genom samma system.",
            "Trygghetsgruppen eller mentor utreder: samtal med alla inblandade, vårdnadshavare kontaktas.",
            "Rektor beslutar om åtgärder för att kränkningarna ska upphöra.",
            "Utredning, åtgärder och uppföljning dokumenteras i anmälningssystemet.",
            "Uppföljning efter två till tre veckor; ärendet avslutas när kränkningarna har upphört.",
        ],
    )
    k.heading(doc, "Om en vuxen kränker en elev", 2)
    k.para(
        doc,
        "Anmäls till rektor som anmäler till huvudmannen och utreder tillsammans med HR. Gäller anmälan "
        "rektor utreder skolchefen.",
    )
    k.heading(doc, "Vem kan jag vända mig till?", 2)
    k.para(
        doc,
        "Mentor, fritidspersonal, kurator, skolsköterska eller rektor. Kontaktuppgifter finns under "
        "Grunduppgifter.",
    )

    k.heading(doc, "Diskrimineringsgrunderna", 1)
    k.para(
        doc,
        "Diskriminering och trakasserier kan ha samband med kön, könsöverskridande identitet eller uttryck, "
        "etnisk tillhörighet, religion eller annan trosuppfattning, funktionsnedsättning, sexuell läggning "
        "och ålder. Vi uppmärksammar särskilt funktionsnedsättning eftersom skolan har anpassad grundskola.",
    )

    k.heading(doc, "Nationella minoriteter", 1)
    k.para(
        doc,
        "De nationella minoriteterna är judar, romer, samer, sverigefinnar och tornedalingar. På Norrgården "
        "informerar vi alla nya vårdnadshavare om rätten till modersmålsundervisning i finska, meänkieli, "
        "samiska, romani chib och jiddisch, även om eleven inte talar språket hemma. Samernas nationaldag "
        "den 6 februari och Sverigefinnarnas dag den 24 februari uppmärksammas i alla klasser, och i SO i "
        "åk 4–9 undervisar vi om minoriteternas historia, språk och kultur. Antiziganism och antisemitism tas "
        "upp i arbetet mot trakasserier.",
    )

    k.heading(doc, "Årshjul", 1)
    k.table(
        doc,
        [
            ("Månad", "Aktivitet", "Ansvarig"),
            ("Augusti", "Planen gås igenom på studiedagen och fastställs", "Rektor"),
            (
                "September",
                "Planen presenteras i klassråd och elevråd; värdegrundsvecka v. 38",
                "Mentorer, trygghetsgruppen",
            ),
            ("December", "Klassråden följer upp åtgärderna", "Mentorer"),
            ("Februari", "Trygghetsenkät och vårdnadshavarenkät", "Trygghetsgruppen"),
            (
                "Maj",
                "Utvärdering av årets plan med elevrådet, klassråden och skolrådet",
                "Trygghetsgruppen, rektor",
            ),
            ("Juni", "Ny plan skrivs utifrån utvärderingen", "Rektor"),
        ],
        widths=[3, 9.5, 4],
    )

    name = "h1_03_norrgarden-vendor-datemismatch.docx"
    k.save(doc, str(Path(outdir) / name))
    return name
