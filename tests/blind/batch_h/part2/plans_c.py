"""Plans h2_13 … h2_16: Word structure as Word makes it (sections, text boxes, footnotes,
comments, tracked changes, fields, content controls, pictures)."""
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, Cm

from wordkit import (FIXED_2026, new_doc, P, G, H, bullets, numbered, table, page_break, runs, fake_heading,
                     page_x_of_y, save, picture, png, textbox, footnote, new_section, no_borders, shade,
                     insert_toc_field, deleted_paragraph, deleted_run, inserted_run, inserted_paragraph,
                     sdt_inline, field)

C = WD_ALIGN_PARAGRAPH.CENTER


# =========================================================================== 13
def plan13(path):
    """Two sections with first-page/default headers and footers, header logo without alt text,
    personnummer in a footer and in a text box, measures table nested in a layout table."""
    doc = new_doc("Plan mot diskriminering och kränkande behandling Vallby skola 2026/27", "Sofia Brandt", when=FIXED_2026)
    s1 = doc.sections[0]
    s1.different_first_page_header_footer = True
    hp = s1.first_page_header.paragraphs[0]
    picture(hp.add_run(), png(40, 16, (0, 84, 140)), 3.2, name="Bild 1")
    runs(hp, "   Sörby kommun · Barn och utbildning")
    runs(s1.header.paragraphs[0], "Vallby skola – Plan mot diskriminering och kränkande behandling 2026/27")
    runs(s1.first_page_footer.paragraphs[0], "Vallby skola · Skolgatan 8 · 671 40 Sörby · växel 0570-455 00")
    page_x_of_y(s1.footer.paragraphs[0], "2", "5")

    P(doc, "")
    P(doc, "Plan mot diskriminering och kränkande behandling", style="Title")
    P(doc, "Vallby skola, årskurs 4–9", bold=True, size=16)
    P(doc, "Läsåret 2026/27", size=14)
    P(doc, "Planen gäller 2026-08-17 – 2027-06-11. Ansvarig: rektor Sofia Brandt.")
    page_break(doc)

    H(doc, "Ansvarsfördelning")
    P(doc, "Rektor Sofia Brandt (sofia.brandt@sorby.se, 0570-455 01) ansvarar för att planen upprättas, följs upp "
           "och utvärderas och för att anmälningar utreds. Biträdande rektor Kalle Nygren ansvarar för åk 7–9. "
           "Trygghetsgruppen, med kurator Lisa Hammar som sammankallande, utreder anmälningar och följer upp "
           "åtgärderna. Mentorerna ansvarar för att planen gås igenom i klasserna och all personal ansvarar för "
           "att ingripa och anmäla.")

    H(doc, "Elevernas delaktighet")
    P(doc, "Alla klasser hade klassråd om trygghetsenkätens resultat i maj 2026 och lämnade förslag på åtgärder. "
           "Elevrådet gick igenom förslagen med trygghetsgruppen den 31 augusti 2026. Elever från varje klass i "
           "åk 4–9 deltog i trygghetsvandringen i april.")

    H(doc, "Utvärdering av förra årets plan")
    P(doc, "Rastvärdarna vid bollplanen fanns på plats hela året och konflikterna där minskade enligt "
           "anmälningarna från 15 till 7. Lektionerna om nätvett i åk 6 genomfördes i oktober; eleverna säger att "
           "de vet hur de blockerar och anmäler. De övriga åtgärderna har genomförts enligt plan.")
    tb = doc.add_paragraph()
    textbox(tb, [
        "**Ett exempel från förra året**",
        "En elev i åk 5 (201405222843) blev utfryst i klassens gruppchatt under hösten. Mentorn upptäckte det "
        "tidigt tack vare lektionerna om nätvett, och kränkningarna upphörde efter två samtal.",
    ], width_cm=15.5, height_cm=2.8, fill="E2EFDA", name="Textruta 2")

    H(doc, "Kartläggning och analys")
    P(doc, "Underlaget är trygghetsenkäten (april 2026, åk 4–9, 331 av 368 elever), Skolenkäten (åk 5 och 8), "
           "trygghetsvandringen och anmälningarna om kränkande behandling (39 under 2025/26).")
    P(doc, "88 % av eleverna känner sig trygga i skolan. Otryggast är omklädningsrummen (åk 7–9) och "
           "busskuren vid Vallby torg. I åk 8 säger 16 % att de har hört kommentarer om hur någon ser ut eller "
           "vilket land familjen kommer från. Anmälningarna visar att kränkningarna ofta sker i övergången mellan "
           "lektioner. Vi drar slutsatsen att vuxennärvaron behöver öka i korridorerna och omklädningsrummen och "
           "att vi behöver arbeta med språket kring etnisk tillhörighet och utseende.")

    H(doc, "Främjande arbete")
    bullets(doc, [
        "Värdegrundspass varje vecka på mentorstiden, med ett tema per månad som tar upp alla "
        "diskrimineringsgrunderna (mentorerna, hela läsåret).",
        "Vallbydagen i september med åldersblandade grupper åk 4–9 (trygghetsgruppen).",
        "Skolbiblioteket ställer ut böcker om olika familjer, religioner och funktionsnedsättningar under "
        "hösten (bibliotekarie Lena Dahl).",
    ])

    H(doc, "Förebyggande åtgärder")
    lay = doc.add_table(rows=1, cols=2)
    no_borders(lay)
    left, right = lay.rows[0].cells
    shade(left, "DEEAF6")
    left.width = Cm(4)
    right.width = Cm(13)
    left.paragraphs[0].add_run("Åtgärder 2026/27").bold = True
    left.add_paragraph("Åtgärderna utgår från kartläggningen. Varje åtgärd följs upp av trygghetsgruppen.")
    right.paragraphs[0].add_run("Mål och åtgärder").bold = True
    inner = right.add_table(rows=0, cols=5)
    inner.style = "Table Grid"
    for row in [
        ["Mål", "Åtgärd", "Ansvarig", "När", "Uppföljning"],
        ["Tryggare omklädningsrum", "Vuxen utanför omklädningsrummet vid alla lektioner", "Bitr. rektor Kalle "
         "Nygren", "Från v. 34", "Trygghetsenkät april 2027"],
        ["Lugn vid busskuren", "Rastvärd vid busskuren 14.45–15.15", "Trygghetsgruppen", "Från v. 35",
         "Anmälningsstatistik varje termin"],
        ["Inga kommentarer om ursprung och utseende", "Lektionsserie om rasism och utseendenormer i åk 7–8",
         "Kurator Lisa Hammar, SO-lärarna", "Oktober–november 2026", "Fokusgrupp i december"],
        ["Vuxna i korridorerna", "Schema för personal i korridorerna vid lektionsbyten", "Rektor Sofia Brandt",
         "Klart 2026-09-15", "Trygghetsgruppen, december"],
    ]:
        cells = inner.add_row().cells
        for c, t in zip(cells, row):
            runs(c.paragraphs[0], t, size=9)

    H(doc, "Rutiner för akuta situationer")
    numbered(doc, [
        "Den vuxne som ser eller får veta att en elev har blivit kränkt ingriper direkt.",
        "Den vuxne anmäler till rektor samma dag.",
        "Rektor anmäler till huvudmannen via kommunens e-tjänst inom två dagar.",
        "Trygghetsgruppen utreder skyndsamt genom samtal med de inblandade; vårdnadshavare informeras.",
        "Rektor beslutar om åtgärder.",
        "Utredning och åtgärder dokumenteras på utredningsmallen (bilaga 2) och i e-tjänsten.",
        "Trygghetsgruppen följer upp efter två veckor.",
    ])
    P(doc, "Om en vuxen har kränkt en elev utreder rektor och kontaktar HR. Se också arbetsgången i bilaga 1.")
    tb2 = doc.add_paragraph()
    textbox(tb2, [
        "**Till dig som är elev – hit kan du vända dig**",
        "Din mentor eller någon annan vuxen på skolan.",
        "Kurator Lisa Hammar, 0570-455 20, lisa.hammar@sorby.se",
        "Skolsköterska Jonna Åkesson, 0570-455 21",
        "Rektor Sofia Brandt, 0570-455 01",
    ], width_cm=15.5, height_cm=3.4, name="Textruta 4")

    H(doc, "Definitioner")
    P(doc, "Texten är hämtad från Diskrimineringsombudsmannens webbplats.")
    P(doc, "Diskriminering är när någon missgynnas eller kränks och det har samband med någon av de sju "
           "diskrimineringsgrunderna: kön, könsöverskridande identitet eller uttryck, etnisk tillhörighet, "
           "religion eller annan trosuppfattning, funktionsnedsättning, sexuell läggning och ålder. Trakasserier "
           "är ett beteende som kränker någons värdighet och som har samband med en av diskrimineringsgrunderna. "
           "Sexuella trakasserier är ett beteende av sexuell natur som kränker någons värdighet.")

    H(doc, "Nationella minoriteter")
    P(doc, "Sveriges nationella minoriteter är judar, romer, samer, sverigefinnar och tornedalingar. Skolan "
           "informerar vårdnadshavare om rätten till modersmålsundervisning i minoritetsspråken vid skolstart. "
           "Samernas nationaldag och Sverigefinnarnas dag uppmärksammas på mentorstiden, och SO-undervisningen i "
           "åk 6 och 9 tar upp minoriteternas historia och rättigheter.")

    H(doc, "Utvärdering av årets plan")
    P(doc, "Planen utvärderas i maj 2027 av trygghetsgruppen med hjälp av trygghetsenkäten och "
           "anmälningsstatistiken. Rektor ansvarar för att resultatet förs in i nästa års plan.")

    # ---- section 2: appendices, with its own first-page and default header/footer
    s2 = new_section(doc, first_page=True)
    runs(s2.first_page_header.paragraphs[0], "Bilagor till planen 2026/27")
    runs(s2.header.paragraphs[0], "Vallby skola – Bilagor")
    runs(s2.first_page_footer.paragraphs[0], "Bilaga 2 – Utredning kränkande behandling · Elev 1209185675 · "
                                             "Sparad från e-tjänsten")
    page_x_of_y(s2.footer.paragraphs[0], "5", "5")

    H(doc, "Bilaga 1. Arbetsgång")
    P(doc, "Ingrip → anmäl till rektor samma dag → rektor anmäler till huvudmannen → utredning → åtgärder → "
           "dokumentation → uppföljning efter två veckor → avslut.")
    H(doc, "Bilaga 2. Utredningsmall")
    table(doc, [
        ["Rubrik", "Ifylls av utredaren"],
        ["Datum för anmälan", ""],
        ["Vad har hänt enligt eleven?", ""],
        ["Samtal genomförda med", ""],
        ["Bedömning", ""],
        ["Beslutade åtgärder", ""],
        ["Uppföljning (datum)", ""],
    ], size=9)
    save(doc, path)


# =========================================================================== 14
def plan14(path):
    """Real TOC field listing all sections; the body has only five; footnotes carry real content."""
    doc = new_doc("Plan mot diskriminering och kränkande behandling Älvsunda gymnasium", "Tomas Wik")
    fp = doc.sections[0].footer.paragraphs[0]
    runs(fp, "Älvsunda gymnasium · Dnr BUN 2025/318 · sida ")
    field(fp, "PAGE", "1")

    lp = doc.add_paragraph()
    picture(lp.add_run(), png(36, 18, (150, 30, 40)), 3.5, descr="Älvsunda gymnasiums logotyp", name="Logotyp")
    P(doc, "Plan mot diskriminering och kränkande behandling", style="Title")
    P(doc, "Älvsunda gymnasium och anpassad gymnasieskola", bold=True, size=15)
    bp = doc.add_paragraph()
    picture(bp.add_run(), png(120, 4, (200, 200, 200), stripe=((150, 30, 40), 20)), 16, name="Linje",
            decorative=True)
    P(doc, "Innehåll", bold=True, size=14)
    toc_anchor = doc.add_paragraph()
    page_break(doc)

    H(doc, "2. Ansvar", bookmark="_Toc210400002", doc=doc)
    p = P(doc, "Rektor Tomas Wik ansvarar för att planen upprättas och följs och för att anmälningar om kränkande "
               "behandling utreds. Biträdande rektor Ylva Strid ansvarar för den anpassade gymnasieskolan. "
               "Trygghetsteamet – kurator Amir Hadžić, skolsköterska Karin Lööf och studie- och "
               "yrkesvägledare Per Ulfsson – samordnar utredningarna och följer upp åtgärderna.")
    footnote(doc, p, "Enligt delegationsordningen för barn- och utbildningsnämnden, dnr BUN 2023/77.")
    P(doc, "Kontakt: tomas.wik@alvsunda.se, 0651-299 200; ylva.strid@alvsunda.se, 0651-299 210.")

    H(doc, "6. Kartläggning och analys", bookmark="_Toc210400006", doc=doc)
    P(doc, "Kartläggningen bygger på anmälningarna om kränkande behandling i ärendesystemet läsåret 2024/25, "
           "elevhälsoteamets ärendestatistik, rastvärdarnas rapporter och personalens observationer som samlats "
           "in på arbetsplatsträffar i maj 2025.")
    p = P(doc, "Under 2024/25 kom det in 41 anmälningar: 17 gällde kränkningar i sociala medier, 11 "
               "kommentarer i korridoren vid caféet, 8 händelser i samband med praktik (APL) och 5 händelser i "
               "den anpassade gymnasieskolan. 9 av anmälningarna hade koppling till en diskrimineringsgrund, "
               "oftast etnisk tillhörighet och sexuell läggning.")
    footnote(doc, p, "Ett av ärendena (elev 080917 7918) har också anmälts till socialtjänsten.")
    P(doc, "Analysen visar att riskerna är störst där eleverna är utan vuxna – i sociala medier, i caféet under "
           "håltimmar och på APL-platser där handledarna inte känner till skolans rutiner. Eleverna i den "
           "anpassade gymnasieskolan utsätts framför allt när de delar lokaler med andra program.")

    H(doc, "8. Förebyggande åtgärder", bookmark="_Toc210400008", doc=doc)
    table(doc, [
        ["Risk", "Åtgärd", "Ansvarig", "Tid", "Uppföljning"],
        ["Kränkningar i sociala medier", "Temadag om nätkränkningar för åk 1", "Kurator Amir Hadžić",
         "Vecka 42", "Antal anmälningar, december"],
        ["Caféet under håltimmar", "Vuxen i caféet 10.00–13.00", "Rektor Tomas Wik", "Från vecka 35",
         "Rastvärdarnas rapporter, varje månad"],
        ["APL-platser", "Information till handledarna om rutinen för anmälan", "Programansvariga lärare",
         "Före varje APL-period", "Utvärdering efter APL"],
        ["Anpassad gymnasieskola i gemensamma lokaler", "Egen entré och lunchtid", "Bitr. rektor Ylva Strid",
         "Januari 2026", "Elevhälsoteamet, mars"],
    ], size=9)

    H(doc, "9. Rutiner för akuta situationer", bookmark="_Toc210400009", doc=doc)
    P(doc, "Personal som får veta att en elev upplever sig kränkt, trakasserad eller sexuellt trakasserad gör så här:")
    numbered(doc, [
        "Ingriper direkt och ser till att det som pågår upphör.",
        "Anmäler till rektor samma dag i ärendesystemet.",
        "Trygghetsteamet utreder skyndsamt genom samtal med den utsatta eleven, den som utfört kränkningen och "
        "vittnen. Vårdnadshavare till omyndiga elever informeras.",
        "Rektor beslutar om åtgärder för att kränkningarna ska upphöra.",
        "Trygghetsteamet följer upp med eleven efter två veckor.",
    ])
    pars = doc.paragraphs
    footnote(doc, pars[-4], "Rektor anmäler i sin tur till huvudmannen genom ärendesystemet inom 24 timmar. "
                            "Anmälan går vidare till förvaltningens skoljurist.")
    footnote(doc, pars[-2], "Utredning, bedömning och beslut om åtgärder dokumenteras i ärendesystemet.")
    P(doc, "Om en anställd har kränkt en elev utreder rektor och kontaktar HR. Elever kan vända sig till "
           "mentor, kurator Amir Hadžić (0651-299 230) eller skolsköterska Karin Lööf (0651-299 231).")

    H(doc, "10. Diskrimineringsgrunderna", bookmark="_Toc210400010", doc=doc)
    P(doc, "Skolan arbetar mot diskriminering som har samband med kön, könsöverskridande identitet eller "
           "uttryck, etnisk tillhörighet, religion eller annan trosuppfattning, funktionsnedsättning, sexuell "
           "läggning och ålder.")

    insert_toc_field(doc, toc_anchor, [
        (1, "1. Planens giltighetstid", "_Toc210400001", 2),
        (1, "2. Ansvar", "_Toc210400002", 2),
        (1, "3. Elevernas delaktighet", "_Toc210400003", 3),
        (1, "4. Vårdnadshavarnas delaktighet", "_Toc210400004", 3),
        (1, "5. Utvärdering av föregående års plan", "_Toc210400005", 4),
        (1, "6. Kartläggning och analys", "_Toc210400006", 5),
        (1, "7. Främjande insatser", "_Toc210400007", 6),
        (1, "8. Förebyggande åtgärder", "_Toc210400008", 7),
        (1, "9. Rutiner för akuta situationer", "_Toc210400009", 8),
        (1, "10. Diskrimineringsgrunderna", "_Toc210400010", 9),
        (1, "11. Nationella minoriteter", "_Toc210400011", 10),
        (1, "12. Uppföljning och utvärdering av årets plan", "_Toc210400012", 10),
    ])
    save(doc, path)


# =========================================================================== 15
def plan15(path):
    """Draft with comments (one holding a personnummer), content controls on the cover, one logo used twice."""
    doc = new_doc("Plan mot diskriminering och kränkande behandling Granby skola", "Lena Holmgren", when=FIXED_2026)
    logo = png(32, 32, (20, 110, 70), stripe=((250, 250, 250), 8))
    doc._wk["comment_date"] = "2026-09-10T14:12:00Z"
    fp = doc.sections[0].footer.paragraphs[0]
    runs(fp, "Granby skola F–6 · ")
    page_x_of_y(fp, "1", "3")

    lp = doc.add_paragraph()
    picture(lp.add_run(), logo, 2.5, name="Granbylogga")
    P(doc, "Plan mot diskriminering och kränkande behandling", style="Title")
    for label, val, ph in [
        ("Skola: ", "Granby skola, förskoleklass–åk 6 och fritidshem", False),
        ("Läsår: ", "2026/27", False),
        ("Planen gäller: ", "2026-08-17 – 2027-08-16", False),
        ("Ansvarig för planen: ", "Rektor Lena Holmgren", False),
        ("Kontaktperson fritidshem: ", "Klicka eller tryck här för att ange text.", True),
    ]:
        p = doc.add_paragraph()
        runs(p, label, bold=True)
        sdt_inline(doc, p, label.strip(": ").strip(":"), val, placeholder=ph)
    page_break(doc)

    H(doc, "Ansvar")
    P(doc, "Rektor Lena Holmgren (lena.holmgren@granby.se, 0582-47 10 00) ansvarar för att planen tas fram, följs "
           "och utvärderas. Trygghetsgruppen – kurator Mats Ekholm, lärare Siv Berglund och fritidspedagog "
           "Dragan Petrović – samordnar arbetet och utreder anmälningar.")

    H(doc, "Elevernas delaktighet")
    p = P(doc, "Eleverna i åk 2–6 har besvarat trivselenkäten i maj 2026.")
    doc.add_comment(p.runs, "Räcker det att de svarat på enkäten? Vi borde skriva om klassråden. /Lena",
                    author="Lena Holmgren", initials="LH")

    H(doc, "Vårdnadshavarnas delaktighet")
    P(doc, "Föräldrarådet gick igenom förslaget till plan den 9 september 2026 och föreslog att fritids ska ha en "
           "vuxen vid cykelstället vid hämtning. Vårdnadshavarna svarar på kommunens vårdnadshavarenkät i mars, och "
           "planen läggs på Unikum där vårdnadshavarna kan lämna synpunkter till rektor.")

    H(doc, "Utvärdering av förra årets plan")
    bullets(doc, [
        "Åtgärd: rastvärdar i gula västar. Genomförande: varje rast från september 2025. Resultat: "
        "anmälningarna från skolgården minskade från 18 till 9.",
        "Åtgärd: kompisgrupper på fritids. Genomförande: två gånger i veckan under vårterminen. Resultat: färre "
        "barn leker ensamma enligt fritidspersonalens observationer, och 87 % av fritidsbarnen säger att de har "
        "någon att leka med (80 % året innan).",
        "Åtgärd: nya lås på toaletterna. Genomförande: klart i november 2025. Resultat: andelen elever som "
        "tycker att toaletterna är otrygga sjönk från 25 % till 12 %.",
    ])

    H(doc, "Kartläggning")
    P(doc, "Trivselenkäten (maj 2026) besvarades av 203 av 219 elever i åk 2–6. 90 % känner sig trygga. "
           "Otryggt är fortfarande skogsdungen bakom skolan och omklädningsrummet för åk 5–6. Fritidspersonalens "
           "observationer visar att konflikterna på fritids ökar efter kl. 16 när barngrupperna slås ihop.")
    p = P(doc, "Under läsåret anmäldes 26 kränkningar. I ett ärende i åk 4 blev en elev upprepade gånger "
               "kallad nedsättande ord om sin hudfärg, vilket visar att vi behöver arbeta mer med etnisk "
               "tillhörighet.")
    doc.add_comment(p.runs, "Gäller eleven 150807+2632 – ska detta verkligen stå med? Ta bort innan vi "
                            "publicerar. /Lena", author="Lena Holmgren", initials="LH")

    H(doc, "Främjande arbete")
    bullets(doc, [
        "Värdegrundslektion varje vecka i alla klasser (klasslärarna, hela läsåret), där alla "
        "diskrimineringsgrunderna tas upp under året.",
        "Granbydagen i september med blandade grupper F–6 (trygghetsgruppen).",
        "Fritids har ett lekschema så att alla barn får tillgång till bollplanen och ateljén (fritidspedagog "
        "Dragan Petrović, från augusti).",
    ])

    h = H(doc, "Förebyggande åtgärder")
    doc.add_comment(h.runs, "Tabellen fylls i efter EHT-mötet 14/9.", author="Mats Ekholm", initials="ME")
    table(doc, [["Mål", "Åtgärd", "Ansvarig", "När", "Uppföljning"]])

    h = H(doc, "Rutiner för akuta situationer")
    doc.add_comment(h.runs, "Rutinen ska in här – kopiera från kommunens riktlinje: personal anmäler till rektor "
                            "samma dag, rektor anmäler till huvudmannen, utredning, åtgärder, dokumentation och "
                            "uppföljning.", author="Lena Holmgren", initials="LH")

    H(doc, "Diskrimineringsgrunderna")
    P(doc, "Diskrimineringsgrunderna är kön, könsöverskridande identitet eller uttryck, etnisk tillhörighet, "
           "religion eller annan trosuppfattning, funktionsnedsättning, sexuell läggning och ålder.")

    H(doc, "Utvärdering av årets plan")
    P(doc, "Planen utvärderas i juni 2027.")

    P(doc, "")
    P(doc, "Granby 2026-09-18")
    P(doc, "Lena Holmgren, rektor")
    lp2 = doc.add_paragraph()
    picture(lp2.add_run(), logo, 1.5, name="Granbylogga")
    save(doc, path)


# =========================================================================== 16
def plan16(path):
    """Track changes: a deleted paragraph with a personnummer, the responsible paragraph deleted,
    the huvudman step inserted; a text box drawing without picture (with VML fallback)."""
    doc = new_doc("Plan mot diskriminering och kränkande behandling Strandvägens skola 2025/26", "Maja Ek")
    fp = doc.sections[0].footer.paragraphs[0]
    runs(fp, "Strandvägens skola · Hagby kommun · org.nr 212000-1538 · sida ")
    field(fp, "PAGE", "1")
    AUTH, D1, D2 = "Maja Ek", "2025-09-08T10:14:00Z", "2025-09-11T15:40:00Z"

    lp = doc.add_paragraph()
    picture(lp.add_run(), png(40, 20, (30, 60, 130), stripe=((90, 160, 220), 5)), 3.0,
            descr="Strandvägens skolas logotyp, en blå våg", name="Logotyp")
    P(doc, "Plan mot diskriminering och kränkande behandling", style="Title")
    P(doc, "Strandvägens skola F–9", bold=True, size=16)
    P(doc, "Läsåret 2025/26 · Planen gäller 2025-08-18 – 2026-06-12")
    page_break(doc)

    H(doc, "Ansvar för planen")
    anchor = doc.add_paragraph()
    deleted_paragraph(doc, anchor, "Ansvarig för planen är rektor Göran Sjöholm, som tillsammans med "
                      "trygghetsteamet ser till att planen följs och utvärderas.", AUTH, D1)
    anchor._p.getparent().remove(anchor._p)
    inserted_paragraph(doc, doc, "Uppdateras när ny rektor har utsetts.", AUTH, D1)

    H(doc, "Elevernas delaktighet")
    P(doc, "Klassråden i alla klasser diskuterade i september vad som gör skolan trygg och otrygg, och elevrådet "
           "valde tillsammans med trygghetsteamet ut årets åtgärder den 2 oktober. Elever från åk 4–9 deltog i "
           "trygghetsvandringen i maj. Elevrådet följer upp åtgärderna i februari.")

    H(doc, "Vårdnadshavarnas delaktighet")
    p = P(doc, "Planen publiceras på skolans webbplats")
    deleted_run(doc, p, " och diskuteras på föräldrarådets möte i oktober", AUTH, D2)
    runs(p, ".")

    H(doc, "Utvärdering av förra årets plan")
    P(doc, "Trygghetsvandringen med eleverna genomfördes i maj och ledde till att skolgården fick bättre "
           "belysning vid cykelstället; färre elever markerade platsen som otrygg (från 31 till 12 elever). "
           "Övriga åtgärder har i stort sett genomförts.")

    H(doc, "Kartläggning")
    P(doc, "Vi har använt trivselenkäten (mars 2025, åk 3–9, svarsfrekvens 91 %), trygghetsvandringen i maj och "
           "anmälningarna om kränkande behandling (44 under 2024/25).")
    P(doc, "86 % av eleverna känner sig trygga. Otryggt är omklädningsrummen, cykelstället och toaletterna i "
           "B-huset. I åk 7–9 säger 20 % att de har blivit kränkta på nätet. Vi bedömer att riskerna är störst där "
           "vuxna saknas och på nätet.")
    anchor = doc.add_paragraph()
    deleted_paragraph(doc, anchor, "Exempel: eleven 160229-4181 i klass 2B blev under hösten utsatt för "
                      "upprepade kommentarer i omklädningsrummet, vilket anmäldes till rektor i oktober.", AUTH, D2)
    anchor._p.getparent().remove(anchor._p)

    H(doc, "Främjande arbete")
    P(doc, "Vi arbetar med värdegrunden i alla ämnen. Alla på Strandvägens skola ska behandlas med respekt och "
           "ingen ska behöva känna sig utanför.")

    H(doc, "Förebyggande åtgärder")
    table(doc, [
        ["Mål", "Åtgärd", "Ansvarig", "När", "Uppföljning"],
        ["Tryggare omklädningsrum", "Vuxen i anslutning till omklädningsrummen vid alla lektioner",
         "Idrottslärarna", "Från v. 35", "Trivselenkät mars 2026"],
        ["Trygga toaletter i B-huset", "Nya lås och rastvärd i B-huset", "Bitr. rektor Maja Ek", "Oktober 2025",
         "Trygghetsvandring maj 2026"],
        ["Färre nätkränkningar", "Lektioner om nätvett åk 6–8 och information på föräldramöten", "Kurator "
         "Elias Norén", "Nov 2025", "Elevrådet, februari 2026"],
    ], size=9)

    H(doc, "Rutiner för akuta situationer")
    numbered(doc, [
        "Den vuxne som ser eller får veta något ingriper direkt.",
        "Den vuxne anmäler till rektor samma dag.",
    ])
    p = P(doc, "", style="List Number")
    inserted_run(doc, p, "Rektor anmäler till huvudmannen samma dag i kommunens ärendesystem.", AUTH, D2)
    numbered(doc, [
        "Trygghetsteamet utreder skyndsamt och kontaktar vårdnadshavarna.",
        "Rektor beslutar om åtgärder.",
        "Utredning och åtgärder dokumenteras i ärendesystemet.",
        "Trygghetsteamet följer upp efter två veckor.",
    ])
    P(doc, "Om en vuxen har kränkt en elev utreds det av rektor tillsammans med HR.")
    tb = doc.add_paragraph()
    textbox(tb, [
        "**Har du blivit illa behandlad?**",
        "Prata med en vuxen du litar på – din mentor, kurator Elias Norén (0563-54 12 30) eller skolsköterskan "
        "(0563-54 12 31). Du kan också skriva i elevbrevlådan utanför biblioteket.",
    ], width_cm=15.0, height_cm=2.8, fill="FCE4D6", fallback=True, name="Textruta 1")

    H(doc, "Diskrimineringsgrunderna")
    P(doc, "Se lagtexten i bilagan.")

    H(doc, "Uppföljning och utvärdering av årets plan")
    P(doc, "Planen följs upp i februari 2026 och utvärderas i maj 2026. Trygghetsteamet gör utvärderingen med "
           "trivselenkäten, trygghetsvandringen och anmälningsstatistiken. Elevrådet och "
           "klassråden utvärderar åtgärderna på klassråd i maj.")

    page_break(doc)
    H(doc, "Bilaga – Lagtexter")
    P(doc, "**Diskrimineringslagen (2008:567) 1 kap. 1 §** Denna lag har till ändamål att motverka diskriminering "
           "och på andra sätt främja lika rättigheter och möjligheter oavsett kön, könsöverskridande identitet "
           "eller uttryck, etnisk tillhörighet, religion eller annan trosuppfattning, funktionsnedsättning, "
           "sexuell läggning eller ålder.")
    P(doc, "**Lag (2009:724) om nationella minoriteter och minoritetsspråk 2 och 4 §§** Nationella minoriteter är "
           "judar, romer, samer, sverigefinnar och tornedalingar. Barns utveckling av en kulturell identitet och "
           "användning av det egna minoritetsspråket ska särskilt främjas.")
    P(doc, "**Skollagen (2010:800) 6 kap. 8 §** Huvudmannen ska se till att det varje år upprättas en plan med en "
           "översikt över de åtgärder som behövs för att förebygga och förhindra kränkande behandling av barn och "
           "elever. En redogörelse för hur de planerade åtgärderna har genomförts ska tas in i efterföljande års "
           "plan.")
    P(doc, "**Skollagen 6 kap. 10 §** Rektor som får kännedom om att en elev anser sig ha blivit utsatt för "
           "kränkande behandling är skyldig att anmäla detta till huvudmannen. Huvudmannen är skyldig att "
           "skyndsamt utreda omständigheterna.")
    save(doc, path)
