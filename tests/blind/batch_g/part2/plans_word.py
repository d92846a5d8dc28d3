"""Plans 12-14: Word structure (text boxes, nested tables, headers/footers per section, comments, notes)."""
import io

from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm

from wordkit import Plan, png


# ---------------------------------------------------------------------------------- 12
def plan12(out):
    fn = "g2_12_bjorkdalsskolan-textrutor.docx"
    pl = Plan("Plan mot diskriminering och kränkande behandling Björkdalsskolan 2025/26", author="Cecilia Norén")
    doc = pl.doc
    doc.settings.odd_and_even_pages_header_footer = True

    # section 1: front page with its own first-page header (logo without alt text)
    s1 = doc.sections[0]
    s1.different_first_page_header_footer = True
    hp = s1.first_page_header.paragraphs[0]
    hp.add_run().add_picture(io.BytesIO(png(40, 20, [(20, 90, 50), (240, 240, 240), (20, 90, 50)])), width=Cm(3.2))
    hp.add_run("   Granviks kommun · Grundskoleförvaltningen")
    pl.header_text(s1.first_page_footer, "Björkdalsskolan, Björkdalsvägen 12, 456 31 Granvik · Växel 0522-69 70 00")

    pl.p("")
    pl.title("Plan mot diskriminering och kränkande behandling")
    pl.p("Björkdalsskolan F–9 med fritidshem", size=16, bold=True)
    pl.p("Läsåret 2025/26", size=13)
    pl.table([
        ["Planen gäller", "2025-09-01 – 2026-08-31"],
        ["Skolenhetskod", "56238190"],
        ["Rektor", "Cecilia Norén"],
        ["Dnr", "GSN 2025/1187"],
    ], header=False, widths=[5, 11])

    # section 2: body with default (odd) and even headers, footers
    s2 = pl.new_section()
    for hf in (s2.header, s2.even_page_header, s2.footer, s2.even_page_footer):
        hf.is_linked_to_previous = False
    pl.header_text(s2.header, "Björkdalsskolan · Plan mot diskriminering och kränkande behandling 2025/26",
                   align=WD_ALIGN_PARAGRAPH.RIGHT)
    pl.header_text(s2.even_page_header, "Granviks kommun – Grundskoleförvaltningen")
    pl.page_field(s2.footer.paragraphs[0])
    ef = s2.even_page_footer.paragraphs[0]
    ef.add_run("Blankett Utredning kränkande behandling · Elev: 120415+4411 · ")
    pl.page_field(ef, with_total=False)

    pl.h("Ansvar och organisation", 1)
    pl.p("Rektor Cecilia Norén ansvarar för att planen tas fram, följs upp och revideras varje år, för att "
         "personalen känner till den och för att varje anmälan om kränkande behandling anmäls till huvudmannen "
         "och utreds. Biträdande rektor Mikael Sundin leder trygghetsteamet, där kurator Amira Khalil, "
         "specialpedagog Johan Berggren, skolsköterska Lotta Nyman och en representant för varje arbetslag "
         "ingår. Trygghetsteamet ansvarar för kartläggningen, för att föreslå åtgärder och för att utreda "
         "ärenden på rektors uppdrag. All personal ansvarar för att ingripa och anmäla.")

    pl.h("Elevernas delaktighet", 1)
    pl.p("Elevrådet har deltagit i hela arbetet: i april gjorde elevrådet trygghetsvandringen tillsammans med "
         "trygghetsteamet, i maj gick elevrådet igenom förra årets åtgärder och i augusti diskuterades "
         "förslaget till plan i alla klassråd. Eleverna i F–3 har ritat kartor över skolgården där de "
         "markerat trygga och otrygga platser. Elevrådet deltar i uppföljningen i januari och i utvärderingen "
         "i maj.")

    pl.h("Vårdnadshavarna", 1)
    pl.p("Planen presenteras på höstens föräldramöten och finns på skolans webbplats.")

    pl.h("Förra årets åtgärder", 1)
    pl.table([
        ["Åtgärd 2024/25", "Status"],
        ["Rastvärdar på skolgården vid F–3", "Genomförd"],
        ["Vuxen i omklädningsrummen åk 7–9", "Genomförd"],
        ["Lektioner om nätet åk 6", "Delvis genomförd"],
        ["Ny rutin för bussvakter", "Inte genomförd"],
    ], widths=[11, 5])

    pl.h("Kartläggning och analys", 1)
    pl.p("Vi har använt trygghetsenkäten (mars 2025, 498 av 560 elever), trygghetsvandringen, elevhälsans "
         "hälsosamtal och läsårets 57 anmälningar. 87 % av eleverna känner sig trygga. Otryggast är "
         "busshållplatsen efter skoltid (66 %), omklädningsrummen (73 %) och kapprummen i F–3 (78 %). Elever i "
         "åk 7–9 beskriver nedsättande ord om ursprung och sexuell läggning i korridoren, och flickor i åk 8 "
         "kommentarer om utseende i sociala medier. Analysen är att riskerna finns på platser där vuxna inte "
         "finns, och att bussrutinen som inte blev av förra året har lämnat hållplatsen obevakad.")

    pl.h("Främjande arbete", 1)
    pl.p("Alla klasser har värdegrundstid varje vecka där diskrimineringsgrunderna tas upp under läsåret, "
         "ansvar mentorerna. Fritidshemmet har dagligen en ledd lek för alla. Biblioteket köper in böcker på "
         "elevernas språk och om olika familjer. Temadag om mänskliga rättigheter i december (arbetslagen 4–6) "
         "och kamratstödjare i åk 8 som leder rastaktiviteter (kurator).")

    pl.h("Förebyggande åtgärder", 1)
    pl.table([
        ["Risk", "Mål", "Åtgärd", "Ansvarig", "När"],
        ["Busshållplatsen", "Alla trygga vid bussen", "Bussvakt 14.45–15.30 enligt schema", "Bitr. rektor Mikael "
         "Sundin", "Från 1 september"],
        ["Omklädningsrummen", "Minst 85 % trygga", "Vuxen utanför omklädningsrummen, enskilda båsen",
         "Idrottslärarna", "Från v. 36"],
        ["Kapprum F–3", "Lugnare utgång till rast", "Klasserna går ut i två omgångar", "Arbetslag F–3",
         "Oktober"],
        ["Språkbruk åk 7–9", "Färre nedsättande ord", "Lektionsserie om normer och språk", "Kurator Amira Khalil",
         "V. 44–48"],
    ], widths=[3, 3, 4.5, 3, 2.5])

    pl.h("Rutiner för akuta situationer", 1)
    pl.p("Arbetsgången när en elev upplever sig kränkt av en annan elev eller av personal:")
    pl.textbox([
        ("Så gör vi när någon blir kränkt", {"b": True, "size": 12}),
        "1. Den vuxna som ser eller får veta ingriper direkt.",
        "2. Den vuxna anmäler till rektor samma dag (digital blankett).",
        "3. Rektor anmäler till huvudmannen samma dag eller senast nästa arbetsdag.",
        "4. Trygghetsteamet utreder skyndsamt: samtal med alla inblandade, vårdnadshavare kontaktas.",
        "5. Rektor beslutar om åtgärder så att kränkningarna upphör.",
        "6. Utredning och åtgärder dokumenteras i ärendesystemet.",
        "7. Uppföljning med eleven efter två veckor; ärendet avslutas när kränkningarna upphört.",
        "Kränks en elev av personal utreder rektor. Gäller det rektor utreder grundskolechefen.",
    ], height_cm=6.8, fill="FFF2CC", fallback=True, name="Rutin akuta situationer")
    pl.p("")
    pl.textbox([
        ("Vem kan jag vända mig till?", {"b": True, "size": 12}),
        "Rektor Cecilia Norén, 0522-69 70 10, cecilia.noren@granvik.se",
        "Bitr. rektor Mikael Sundin, 0522-69 70 11",
        "Kurator Amira Khalil, 072-514 83 30",
        "Skolsköterska Lotta Nyman, 0522-69 70 25",
        "Du kan också prata med din mentor eller någon annan vuxen du litar på.",
    ], height_cm=4.2, fill="E2EFDA", fallback=True, name="Kontakter")

    pl.h("Diskrimineringsgrunderna", 1)
    pl.p("Planen omfattar alla sju diskrimineringsgrunder: kön, könsöverskridande identitet eller uttryck, "
         "etnisk tillhörighet, religion eller annan trosuppfattning, funktionsnedsättning, sexuell läggning och "
         "ålder, samt trakasserier, sexuella trakasserier och kränkande behandling.")

    pl.h("Uppföljning och utvärdering", 1)
    pl.p("Trygghetsteamet och elevrådet följer upp åtgärderna i januari 2026. Planen utvärderas i maj 2026 "
         "genom att elevrådet och klassråden bedömer varje åtgärd och trygghetsteamet jämför med "
         "trygghetsenkäten i mars. Rektor ansvarar för att utvärderingen förs in i nästa års plan.")

    # section 3: appendix, landscape, own header
    s3 = pl.new_section()
    s3.orientation = WD_ORIENT.LANDSCAPE
    s3.page_width, s3.page_height = Cm(29.7), Cm(21)
    for hf in (s3.header, s3.even_page_header):
        hf.is_linked_to_previous = False
    pl.header_text(s3.header, "Bilaga 1 – Årshjul för trygghetsarbetet")
    pl.header_text(s3.even_page_header, "Bilaga 1 – Årshjul")
    pl.h("Bilaga 1 – Årshjul", 1)
    pl.table([
        ["Aug", "Sep", "Okt", "Nov", "Dec", "Jan", "Feb", "Mar", "Apr", "Maj", "Jun"],
        ["Planen fastställs", "Föräldramöten", "Kamratstödjare utbildas", "", "Temadag", "Uppföljning med "
         "elevrådet", "", "Trygghetsenkät", "Trygghetsvandring", "Utvärdering", "Ny plan skrivs"],
    ])
    pl.save(out / fn)
    return fn


# ---------------------------------------------------------------------------------- 13
def plan13(out):
    fn = "g2_13_hagalunds-skola-nastlade-tabeller.docx"
    pl = Plan("Plan mot kränkande behandling och diskriminering 2026 Hagalunds skola", author="Rasmus Lind")
    sec = pl.doc.sections[0]
    pl.header_text(sec.header, "Hagalunds skola 4–9 · Kalenderår 2026")
    pl.page_field(sec.footer.paragraphs[0])

    pl.title("Plan mot kränkande behandling och diskriminering")
    pl.p("Hagalunds skola, årskurs 4–9", size=15, bold=True)
    pl.p("Planen gäller kalenderåret 2026 (2026-01-01 – 2026-12-31)")
    p = pl.p("Huvudman: Norrvikens kommun, Utbildningsnämnden (org.nr 212000-0621). Skolenhetskod 34981205.")

    pl.h("1. Ansvar", 1)
    p = pl.p("Rektor Rasmus Lind ansvarar för planen och för att den upprättas, följs upp och revideras. "
             "Rektor ansvarar också för att anmälningar om kränkningar anmäls till huvudmannen och utreds. "
             "Skolans elevhälsoteam (kurator Sofie Wall, skolsköterska Leo Marin, specialpedagog Gunilla Ek) "
             "samordnar arbetet och utreder ärenden. Mentorerna ansvarar för att planen gås igenom i klasserna, "
             "och all personal ansvarar för att ingripa och anmäla.")

    pl.h("2. Elevernas delaktighet", 1)
    pl.p("Eleverna är delaktiga i skolans värdegrundsarbete och har möjlighet att påverka genom klassråd och "
         "elevråd.")

    pl.h("3. Så gick det med förra planen", 1)
    outer = pl.table([["Område", "Åtgärder och resultat"],
                      ["Rasterna", ""], ["Omklädningsrummen", ""], ["Nätet", ""]], widths=[3.5, 12.5])
    pl.nested_table(outer.cell(1, 1), [
        ["Åtgärd 2025", "Genomförd", "Effekt"],
        ["Rastvärdar från åk 9 för åk 4–5", "Ja, från mars", "Andelen trygga på rasterna i åk 4–5 ökade från 81 % "
         "till 90 %"],
        ["Fler vuxna på skolgården 12.00–12.40", "Ja", "Anmälningar från skolgården minskade från 18 till 9"],
    ])
    pl.nested_table(outer.cell(2, 1), [
        ["Åtgärd 2025", "Genomförd", "Effekt"],
        ["Idrottslärare i omklädningsrummen", "Ja, hela året", "Inga anmälningar om fotografering; tryggheten "
         "ökade från 70 % till 79 %"],
    ])
    pl.nested_table(outer.cell(3, 1), [
        ["Åtgärd 2025", "Genomförd", "Effekt"],
        ["Nätvettslektioner åk 6", "Delvis – två av tre klasser", "I de två klasserna färre chattkonflikter "
         "enligt mentorerna; i tredje klassen oförändrat"],
    ])

    pl.h("4. Kartläggning", 1)
    p = pl.p("Kartläggningen bygger på Skolinspektionens skolenkät för åk 5 och 9, skolans egen trygghetsenkät i "
             "oktober 2025 (341 av 377 elever) och de 44 anmälningarna under 2025.")
    pl.note(p, "Skolenkäten hösten 2025, Skolinspektionen. Svarsfrekvens åk 5: 88 %, åk 9: 79 %.")
    pl.p("82 % av eleverna känner sig trygga. Lägst är tryggheten på toaletterna i B-huset (64 %) och i "
         "matsalskön (75 %). Elever i åk 7–8 beskriver att ord som anspelar på funktionsnedsättning används "
         "som skällsord, och en del elever med judisk eller romsk bakgrund har berättat för kurator om "
         "kommentarer i korridoren. Analysen är att vuxna saknas på toalettgången och i matsalskön och att "
         "språkbruket inte bemöts konsekvent av personalen.")

    pl.h("5. Främjande arbete", 1)
    pl.p("Skolan ska vara en trygg plats för alla. Skolan ska enligt läroplanen förmedla respekt för de "
         "mänskliga rättigheterna och de grundläggande demokratiska värderingarna, och vi arbetar för allas "
         "lika värde.")

    pl.h("6. Mål och åtgärder 2026", 1)
    outer = pl.table([["Område", "Mål", "Åtgärder"],
                      ["Toaletterna i B-huset", "Minst 80 % trygga", ""],
                      ["Matsalskön", "Lugn kö utan trängsel", ""],
                      ["Språkbruk", "Personalen reagerar alltid", ""]], widths=[3, 3, 10])
    pl.nested_table(outer.cell(1, 2), [
        ["Åtgärd", "Ansvarig", "När"],
        ["Vuxen på toalettgången under raster", "Bitr. rektor Nora Saleh", "Från 12 januari"],
        ["Ny belysning och lås", "Fastighetsansvarig", "Februari"],
    ])
    pl.nested_table(outer.cell(2, 2), [
        ["Åtgärd", "Ansvarig", "När"],
        ["Klassvisa lunchtider", "Rektor Rasmus Lind", "Vårterminen 2026"],
    ])
    pl.nested_table(outer.cell(3, 2), [
        ["Åtgärd", "Ansvarig", "När"],
        ["Gemensam överenskommelse om att alltid säga ifrån", "Rektor, APT", "Februari"],
        ["Lektioner om funktionsnedsättning, antisemitism och antiziganism", "Kurator Sofie Wall och SO-lärarna",
         "Vecka 10–14"],
    ])

    pl.h("7. Rutin vid kränkande behandling", 1)
    pl.numbered([
        "Personal som får veta att en elev upplever sig kränkt ingriper direkt.",
        "Personalen anmäler till rektor samma dag.",
        "Rektor anmäler till huvudmannen inom 24 timmar.",
        "Elevhälsoteamet utreder skyndsamt och talar med de inblandade. Vårdnadshavare kontaktas.",
        "Rektor beslutar om åtgärder.",
        "Uppföljning med eleven efter två veckor.",
    ])
    p = pl.p("Kränks en elev av personal utreder rektor tillsammans med HR.")
    r = pl.run(p, " Gäller det rektor utreder skolchefen.")
    pl.comment(r, "Här saknas steget med dokumentation. Jfr ärendet för 20110623-8734 där utredningen inte "
                  "fanns i systemet.", author="Jurist Karin Ödman", initials="KÖ")

    pl.h("8. Diskrimineringsgrunderna", 1)
    p = pl.p("Diskrimineringsgrunderna är kön, könsöverskridande identitet eller uttryck, etnisk tillhörighet, "
             "religion eller annan trosuppfattning, funktionsnedsättning, sexuell läggning och ålder.")
    pl.note(p, "Diskrimineringslagen (2008:567) 1 kap. 1 §.")

    pl.h("9. Nationella minoriteter", 1)
    p = pl.p("De nationella minoriteterna är judar, romer, samer, sverigefinnar och tornedalingar. Skolan "
             "informerar vårdnadshavare om rätten till modersmålsundervisning i minoritetsspråken och hjälper "
             "till med ansökan. I SO i åk 4–9 undervisar vi om minoriteternas historia, språk och kultur, och "
             "Förintelsens minnesdag 27 januari och romernas nationaldag 8 april uppmärksammas. Trakasserier "
             "som riktar sig mot minoriteterna tas upp i lektionerna i avsnitt 6.")
    r = pl.run(p, " Vi har i dag elever som läser finska och meänkieli.")
    pl.comment(r, "Bra att detta finns med!", author="Jurist Karin Ödman", initials="KÖ")

    pl.h("10. Uppföljning av planen", 1)
    pl.p("Uppföljningen av årets plan kommer att kompletteras.")
    pl.save(out / fn)
    return fn


# ---------------------------------------------------------------------------------- 14
def plan14(out):
    fn = "g2_14_vintergatans-skola-innehallskontroller.docx"
    pl = Plan("Plan mot diskriminering och kränkande behandling Vintergatans skola 2026/27",
              author="Likabehandlingsgruppen")
    sec = pl.doc.sections[0]
    pl.header_text(sec.header, "Vintergatans skola F–3 och fritidshem")
    pl.page_field(sec.footer.paragraphs[0])

    star = png(24, 24, [(30, 40, 110), (250, 215, 60), (30, 40, 110)])
    border = png(60, 4, [(200, 200, 220)])
    pl.picture(border, 16.0, decorative=True, name="Dekorlinje")
    pl.title("Plan mot diskriminering och kränkande behandling")
    pl.p("Vintergatans skola F–3 och fritidshem", size=15, bold=True)
    pl.picture(star, 2.0, name="Bild 3")
    t = pl.table([["Läsår", ""], ["Planen gäller", ""], ["Rektor", ""], ["Ansvarig för planen", ""],
                  ["Diarienummer", ""]], header=False, widths=[5, 11])
    pl.sdt_inline(t.cell(0, 1).paragraphs[0], "2026/27", "Läsår")
    pl.sdt_inline(t.cell(1, 1).paragraphs[0], "ht 2026 – vt 2027", "Giltighet")
    pl.sdt_inline(t.cell(2, 1).paragraphs[0], "Malin Torstensson", "Rektor")
    pl.sdt_inline(t.cell(3, 1).paragraphs[0], "Likabehandlingsgruppen", "Ansvarig")
    pl.sdt_inline(t.cell(4, 1).paragraphs[0], "Klicka eller tryck här för att ange text.", "Diarienummer",
                  placeholder=True)

    pl.h("Ansvar", 1)
    pl.p("Likabehandlingsgruppen ansvarar för planen.")

    pl.h("Delaktighet och förankring", 1)
    pl.p("Eleverna har varit med och tagit fram planen. Elevrådet (två elever från varje klass i åk 1–3) gick i "
         "maj igenom förra årets åtgärder och i augusti diskuterade alla klassråd förslaget till ny plan. "
         "Barnen i förskoleklass har berättat om sina trygga och otrygga platser med hjälp av bilder. "
         "Elevrådet deltar också i uppföljningen i januari och i utvärderingen i maj.")
    pl.p("Vårdnadshavarna har fått förslaget till plan via Vklass i augusti med möjlighet att lämna synpunkter "
         "före den 15 september, och planen diskuterades på skolrådets möte den 9 september där vårdnadshavare "
         "föreslog att kontaktuppgifterna skulle stå tydligare. Vårdnadshavarna svarar också på "
         "vårdnadshavarenkäten i mars.")

    pl.picture(star, 2.0, name="Bild 3")

    pl.h("Utvärdering av förra årets plan", 1)
    pl.table([
        ["Åtgärd 2025/26", "Genomförande", "Effekt"],
        ["Rastvärdar från åk 3 i sandlådan", "Genomfördes från oktober", "Färre bråk i sandlådan (anmälningar "
         "från 8 till 2); F-barnen säger att de vågar be om hjälp"],
        ["Lugn entré till matsalen i två omgångar", "Genomfördes hela året", "Kön har blivit lugnare enligt "
         "personalen och eleverna; inga anmälningar från matsalen"],
        ["Fritids: fasta lekgrupper på fredagar", "Genomfördes vårterminen", "Fler barn uppger att de har någon "
         "att leka med (från 82 % till 90 %)"],
    ], widths=[5, 4.5, 6.5])

    pl.h("Kartläggning", 1)
    p = pl.p("Kartläggningen har gjorts genom trivselenkät i mars, trygghetsvandring med elevrådet i april, "
             "fritidspersonalens observationer och genomgång av anmälningar.")
    pl.note(p, "Trivselenkäten görs i kommunens enkätverktyg; resultaten redovisas på arbetsplatsträff.",
            kind="footnote")
    pl.picture(png(40, 28, [(120, 180, 90), (230, 80, 70), (120, 180, 90)]), 7.0,
               alt="Karta över skolgården där eleverna markerat trygga platser med grönt och otrygga med rött",
               name="Karta skolgården")

    pl.h("Främjande arbete", 1)
    pl.p("Varje vecka har alla klasser ”kompislektion” där vi arbetar med känslor, vänskap och allas lika värde "
         "(mentorerna). Vi läser böcker där olika slags familjer, religioner och funktionsförmågor finns med, och "
         "fritids har lekar där alla får vara med, varje dag (fritidspersonalen). Under FN-veckan i oktober "
         "arbetar hela skolan med barnkonventionen.")

    pl.h("Förebyggande åtgärder", 1)
    pl.table([
        ["Åtgärd", "Ansvarig"],
        ["Vuxen vid klätterställningen på alla raster", "Fritidspersonalen"],
        ["Lugnare kapprum: klasserna går ut i omgångar", "Klasslärarna"],
        ["Samtal om ord som sårar i åk 2–3", "Kurator Linnea Holm"],
    ], widths=[11, 5])

    pl.h("Rutiner för akuta situationer", 1)
    pl.textbox([
        ("När ett barn blir kränkt", {"b": True, "size": 12}),
        "1. Den vuxna som ser eller hör något ingriper direkt.",
        "2. Anmälan till rektor samma dag.",
        "3. Rektor anmäler till huvudmannen samma dag.",
        "4. Utredning: samtal med barnen var för sig, vårdnadshavare kontaktas samma dag.",
        "5. Åtgärder beslutas av rektor.",
        "6. Dokumentation i kommunens ärendesystem.",
        "7. Uppföljning efter en och efter fyra veckor.",
        "Om en vuxen kränker ett barn utreder rektor. Kontakt: rektor Malin Torstensson 046-35 81 00, "
        "kurator Linnea Holm 046-35 81 07.",
        "Exempel ifylld anmälan: elev 140922 1643, anmäld till huvudmannen samma dag.",
    ], height_cm=7.5, fill="DEEBF7", name="Rutin")

    pl.h("Diskrimineringsgrunderna", 1)
    pl.p("Vi arbetar med diskrimineringsgrunderna kön, könsöverskridande identitet eller uttryck, etnisk "
         "tillhörighet, religion eller annan trosuppfattning, funktionsnedsättning och sexuell läggning.")

    pl.h("Nationella minoriteter", 1)
    p = pl.p("De nationella minoriteterna är judar, romer, samer, sverigefinnar och tornedalingar.")
    pl.tracked_ins(p, " Vi informerar vårdnadshavarna om rätten till modersmålsundervisning i minoritetsspråken, "
                   "läser sagor från minoriteternas kulturer och uppmärksammar samernas nationaldag 6 februari "
                   "och sverigefinnarnas dag 24 februari i alla klasser.", author="Malin Torstensson",
                   date="2026-09-02T13:05:00Z")
    pl.tracked_del(p, " Se även kommunens material.", author="Malin Torstensson", date="2026-09-02T13:06:00Z")

    pl.h("Uppföljning och utvärdering av årets plan", 1)
    pl.p("Likabehandlingsgruppen och elevrådet följer upp åtgärderna i januari 2027. Planen utvärderas i maj "
         "2027: elevrådet och klassråden bedömer varje åtgärd och likabehandlingsgruppen jämför med "
         "trivselenkäten i mars.")
    pl.save(out / fn)
    return fn
