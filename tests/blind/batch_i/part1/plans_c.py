"""Plans i1_12 – i1_16: one-page table plan, three Word-structure plans, a guidance-only template."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from wordkit import Plan, png  # noqa: E402

LAWYER = "Karin Lindqvist, skoljurist"


# ---------------------------------------------------------------------------
def plan12():
    pl = Plan("i1_12_lillan-onepage.docx", "Plan mot kränkande behandling 2026 – Lillåns skola",
              "Lillåns skola")
    d = pl.dec
    pl.para("Plan mot kränkande behandling 2026 – Lillåns skola F–6", size=15, bold=True)
    pl.table([
        ["Rubrik", "Innehåll"],
        ["Gäller", "Kalenderåret 2026 (januari–december)"],
        ["Ansvarig för planen", "[Namn, titel]"],
        ["Förra årets plan", "Planen för 2025 har utvärderats av personalen i december och har "
         "fungerat bra."],
        ["Kartläggning", "Trivselenkät i oktober och samtal i klasserna."],
        ["Åtgärder", "Rastvakter på skolgården (fritidspersonalen).\nMer vuxna i matsalen.\n"
         "Samtal med elever som ofta hamnar i konflikter."],
        ["Om något händer", "Kontakta rektor, tel. " + d("0923-151 40") + "."],
        ["Uppföljning", "Planen följs upp i december 2026."],
        ["Övrigt", "Alla ska behandlas lika på Lillåns skola. Dnr " + d("KS 2025/87") + "."],
    ], widths=[4, 12], repeat_header=True)
    return pl, dict(
        school_year="2025/26", forms=["grundskola"],
        shape="One-page plan, a single two-column table; calendar-year validity; responsible left as template placeholder",
        expected="mxxppxppxxpx",
        reasons={
            "validity_period": "calendar year 2026 (Jan–Dec) — 12 months overlapping the spring term of 2025/26; calendar-year plans are legitimate (§6.1)",
            "responsible": "only the placeholder '[Namn, titel]' (§6.0.3)",
            "student_involvement": "no mention of students' participation",
            "previous_year_evaluation": "general 'har fungerat bra', no measures (§6.4 partial)",
            "survey": "methods named, no results (§6.5 partial)",
            "promotive_work": "nothing promotive; 'Alla ska behandlas lika' is a slogan under Övrigt — no activity (missing)",
            "preventive_measures": "three measures, one with owner, none with time or goal (§6.7 partial)",
            "acute_routines": "only 'Kontakta rektor' (§6.8 partial)",
            "discrimination_grounds": "no ground named",
            "evaluation_plan": "only when (December 2026) (§6.11 partial)",
        },
        guidance_keys=["responsible"])


# ---------------------------------------------------------------------------
def plan13():
    pl = Plan("i1_13_solberga-contentcontrols.docx",
              "Plan mot diskriminering och kränkande behandling – Solbergaskolan", "Hallsta kommun")
    d = pl.dec
    pl.header_text("Hallsta kommun · Utbildningsförvaltningen · Mall plan DKB 2025")
    pl.footer_page()
    pl.para("Plan mot diskriminering och kränkande behandling", size=20, bold=True)
    t = pl.table([["Grunduppgifter", ""], ["Skolenhet", ""], ["Skolenhetskod", ""], ["Skolformer", ""],
                  ["Läsår", ""], ["Planen gäller från", ""], ["Planen gäller till", ""],
                  ["Ansvarig för planen", ""]], widths=[5, 11])
    pl.merge(t, 0, 0, 1, text="Grunduppgifter", fill="D9E2F3")
    vals = [("Skolenhet", "Solbergaskolan"), ("Skolenhetskod", d("16627341")),
            ("Skolformer", "Förskoleklass, grundskola åk 1–6, fritidshem"), ("Läsår", "2025/26")]
    for i, (alias, v) in enumerate(vals, start=1):
        pl.sdt_inline(t.cell(i, 1).paragraphs[0], v, alias)
    pl.sdt_inline(t.cell(5, 1).paragraphs[0], "2025-08-18", "Gäller från", date="2025-08-18")
    pl.sdt_inline(t.cell(6, 1).paragraphs[0], "2026-08-17", "Gäller till", date="2026-08-17")
    pl.sdt_inline(t.cell(7, 1).paragraphs[0], "Rektor Lena Forsberg", "Ansvarig")

    pl.heading("1. Ansvar", 1)
    pl.para("Rektor Lena Forsberg ansvarar för att planen tas fram, följs upp och utvärderas och för "
            "att anmälningar om kränkande behandling utreds och anmäls till huvudmannen "
            "(utbildningsnämnden i Hallsta kommun). Trygghetsteamet – biträdande rektor Per "
            "Sandberg, kurator Nadia Osman, fritidspedagog Linnea Wall och speciallärare Erik "
            "Holmström – samordnar arbetet. All personal ansvarar för att ingripa och anmäla.")

    pl.heading("2. Elevernas och vårdnadshavarnas delaktighet", 1)
    t2 = pl.table([["Vem", "Hur har de varit delaktiga?"], ["Elever", ""], ["Vårdnadshavare", ""],
                   ["Personal", ""]], widths=[4, 12])
    pl.sdt_block_in_cell(t2.cell(1, 1), [
        "Klassråden i åk 1–6 diskuterade trivselenkätens resultat i mars och lämnade förslag på "
        "åtgärder. Elevrådet (två elever per klass) prioriterade förslagen och gick "
        "trygghetsvandringen med trygghetsteamet i april.",
        "Fritidsrådet intervjuade yngre barn om var de leker och var det är otryggt. Elevrådet "
        "följer upp åtgärderna på sina möten en gång i månaden."], "Elevernas delaktighet")
    pl.sdt_block_in_cell(t2.cell(2, 1), ["Klicka eller tryck här för att ange text."],
                         "Vårdnadshavarnas delaktighet", placeholder=True)
    pl.sdt_block_in_cell(t2.cell(3, 1), [
        "Personalen gick igenom kartläggningen på APT i maj och utkastet till plan på studiedagen "
        "i augusti."], "Personalens delaktighet")

    pl.heading("3. Utvärdering av förra årets plan", 1)
    p = pl.para("Förra årets plan hade fyra åtgärder. Utvärderingen gjordes av trygghetsteamet och "
                "elevrådet i juni 2025.")
    pl.table([
        ["Åtgärd 2024/25", "Genomfört?", "Effekt"],
        ["Rastvärdar vid pingisbordet och gungorna", "Ja, från september", "Konflikter vid "
         "pingisbordet minskade från 15 till 4 anmälningar"],
        ["Lugnare övergång skola–fritids (samling i klassrummet)", "Ja", "Fritidspersonalen ser "
         "färre konflikter i kapprummet; barnen i fritidsrådet tycker det är lugnare"],
        ["Samtal om nätet i åk 4–6", "Delvis, bara åk 5–6", "Andel utsatta på nätet oförändrad "
         "(11 %); fortsätter"],
        ["Nya rutiner för fritids eftermiddagar efter en allvarlig händelse i november", "Ja",
         "Inga nya händelser av samma slag"],
    ], widths=[6, 3.5, 6.5])
    p = pl.para("Händelsen i november utreddes och avslutades i december")
    pl.footnote(p, "Ärende " + d("2024-117") + " gällde elev " + pl.pn("121205+4439", "footnote") +
                ", se utredningsprotokollet hos rektor.")
    pl.runs(p, " och ledde till den nya rutinen för eftermiddagarna")
    pl.footnote(p, "Även utredningen om elev " + pl.pn("100612 3457", "footnote") +
                " (avslutad " + d("2025-03-14") + ") låg till grund för rutinen. Jfr skollagen (" +
                d("2010:800") + ") 6 kap. 10 §.")
    pl.runs(p, ".")

    pl.heading("4. Kartläggning och analys", 1)
    pl.para("Vi har använt kommunens trivselenkät (februari 2025), trygghetsvandringen med elevrådet "
            "i april, fritidsrådets intervjuer, hälsosamtal i åk 4 och anmälningarna om kränkande "
            "behandling. Resultaten sammanfattas i rutan nedan.")
    pl.textbox([
        "Resultat av kartläggningen 2025",
        "Trivselenkäten: 211 av 236 elever svarade. 90 % känner sig trygga i skolan, 84 % på "
        "fritids.",
        "Otrygga platser: toaletterna vid gymnastiksalen, bakom förskoleklassens paviljong och "
        "kapprummen vid hämtning.",
        "Anmälningar 2024/25: 37, varav 8 gällde kommentarer om hudfärg eller religion och 5 "
        "gällde att pojkar och flickor inte fick vara med i vissa lekar.",
        "Analys: kränkningarna sker när många barn är på samma plats och vuxna är upptagna. "
        "Kommentarer om hudfärg och religion finns främst i åk 4–6, och lekar delas upp efter kön "
        "på fotbollsplanen.",
    ], width_cm=15.5, height_cm=6.5)

    pl.heading("5. Främjande arbete", 1)
    pl.bullets([
        "Värdegrundssamlingar varje måndag i alla klasser, med ett tema per månad där alla "
        "diskrimineringsgrunder tas upp under året. Ansvar: klasslärarna.",
        "Fotbollsplanen och pingisen bokas så att alla får plats oavsett kön. Ansvar: fritidshemmet, "
        "från v. 35.",
        "Biblioteket köper in böcker där barn med olika bakgrund, familjer och funktionsnedsättningar "
        "syns. Ansvar: skolbibliotekarien, ht 2025.",
    ])

    pl.heading("6. Förebyggande åtgärder", 1)
    pl.table([
        ["Risk", "Mål", "Åtgärd", "Ansvarig", "När"],
        ["Toaletterna vid gymnastiksalen", "Ingen elev upplever toaletterna som otrygga", "Vuxen i "
         "korridoren på raster, nya lås", "Per Sandberg", "Sept 2025"],
        ["Kommentarer om hudfärg och religion åk 4–6", "Halvera antalet anmälningar", "Lektionsserie "
         "med kurator, personalen säger alltid ifrån", "Nadia Osman", "Okt–dec 2025"],
        ["Kapprummen vid hämtning", "Lugn hämtning", "Hämtning i två grupper", "Linnea Wall",
         "Från 2025-09-01"],
        ["Samtal om nätet (från förra året)", "Andel utsatta under 8 %", "Lektioner om nätet i åk 4",
         "Klasslärare åk 4", "Vt 2026"],
    ], widths=[3.5, 3.5, 4.5, 2.5, 2])

    pl.heading("7. Rutiner för akuta situationer", 1)
    pl.numbered([
        "Ingrip direkt.",
        "Anmäl till rektor samma dag via kommunens e-tjänst för anmälan om kränkande behandling.",
        "Rektor anmäler till huvudmannen i samma e-tjänst inom tre arbetsdagar.",
        "Rektor utser utredare; utredningen påbörjas skyndsamt. Vårdnadshavare informeras.",
        "Åtgärder vidtas.",
        "Utredning och åtgärder dokumenteras i e-tjänsten.",
        "Uppföljning efter två veckor, avslut av rektor.",
    ])
    pl.para("Om personal kränker en elev utreder rektor med stöd av HR. Kontakt: kurator Nadia Osman, "
            "tel. " + d("026-17 84 32") + "; rektor Lena Forsberg, tel. " + d("026-17 84 00") + ".")

    pl.heading("8. Diskrimineringsgrunder och nationella minoriteter", 1)
    t3 = pl.table([["Diskrimineringsgrunderna", ""], ["Nationella minoriteter", ""]], header=False,
                  widths=[5, 11], bold_first_col=True)
    pl.sdt_block_in_cell(t3.cell(0, 1), [
        "Kön, könsöverskridande identitet eller uttryck, etnisk tillhörighet, religion eller annan "
        "trosuppfattning, funktionsnedsättning, sexuell läggning och ålder."], "Grunder")
    pl.sdt_block_in_cell(t3.cell(1, 1), [
        "De nationella minoriteterna är judar, romer, samer, sverigefinnar och tornedalingar."],
        "Minoriteter")

    pl.heading("9. Utvärdering av årets plan", 1)
    t4 = pl.table([["Hur", ""], ["När", ""], ["Ansvarig", ""]], header=False, widths=[4, 12],
                  bold_first_col=True)
    pl.sdt_block_in_cell(t4.cell(0, 1), [
        "Ny trivselenkät och trygghetsvandring med elevrådet; elevrådet och fritidsrådet bedömer "
        "varje åtgärd tillsammans med trygghetsteamet."], "Hur")
    pl.sdt_block_in_cell(t4.cell(1, 1), ["Klicka eller tryck här för att ange datum."], "När",
                         placeholder=True)
    pl.sdt_block_in_cell(t4.cell(2, 1), ["Rektor Lena Forsberg"], "Ansvarig utvärdering")
    return pl, dict(
        school_year="2025/26", forms=["förskoleklass", "grundskola", "fritidshem"],
        shape="District template with content controls in table cells (date pickers, rich text, two left as placeholders), survey results in a text box, footnotes leaking identity numbers",
        expected="mmmmmmmmmppx",
        reasons={
            "validity_period": "date content controls 2025-08-18 / 2026-08-17",
            "survey": "methods in body, results and analysis in the text box (counts as content)",
            "minority_rights": "minorities listed in a content control, no action (§6.10 partial)",
            "evaluation_plan": "how, who and students' part given; 'När' is an unfilled placeholder (§6.11 partial)",
            "guardian_involvement": "the guardians' cell holds only the content-control placeholder (§6.0.3)",
        },
        guidance_keys=["guardian_involvement"])


# ---------------------------------------------------------------------------
def plan14():
    pl = Plan("i1_14_kvarnby-tracked-comments.docx",
              "Plan mot diskriminering och kränkande behandling – Kvarnbyskolan 2026/27",
              "Anna Berglund")
    d = pl.dec
    rektor = "Anna Berglund (rektor)"
    hdr = pl.doc.sections[0].header
    hp = hdr.paragraphs[0]
    pl.picture(png(120, 8, (0, 110, 90)), 16, decorative=True, paragraph=hp, name="Dekorlinje")
    hdr.add_paragraph("Kvarnbyskolan 7–9 · Mölnsta kommun")
    pl.footer_page()
    pl.para("Plan mot diskriminering och kränkande behandling", size=20, bold=True)
    pl.para("Kvarnbyskolan, grundskola årskurs 7–9", size=13)
    pl.para("Planen gäller " + d("2026-08-01 – 2027-07-31") + " · Skolenhetskod " + d("77194026"))
    pl.picture(png(64, 40, (150, 170, 190), stripe=(90, 120, 60)), 10, name="Bild 2")
    pl.para("Skolgården efter ombyggnaden.", italic=True, size=9)

    pl.heading("Ansvar", 1)
    pl.para("Rektor Anna Berglund ansvarar för planen och för att anmälningar utreds och anmäls till "
            "huvudmannen, barn- och utbildningsnämnden i Mölnsta kommun. Trygghetsteamet – "
            "biträdande rektor Henrik Dahl, kurator Sofie Lindahl, skolsköterska Amra Hodžić och "
            "lärarna Olle Nyberg och Tiina Laine – leder arbetet. Mentorerna ansvarar för sina "
            "grupper och all personal ansvarar för att ingripa och anmäla.")

    pl.heading("Elevernas delaktighet", 1)
    pl.para("Elevrådet och elevskyddsombuden gick trygghetsvandringen i april 2026 och elevrådet "
            "skrev förslag till åtgärder som alla klassråd fick tycka till om i maj. Två "
            "elevrådsrepresentanter sitter med i trygghetsteamet och följer upp åtgärderna varje "
            "månad. Planen gicks igenom på mentorstid i augusti.")

    pl.heading("Utvärdering av förra årets plan (2025/26)", 1)
    pl.table([
        ["Åtgärd", "Genomförande", "Effekt"],
        ["Vuxna i korridoren vid skåpen", "Schema med två vuxna varje rast", "Otrygghet vid skåpen: "
         "29 % → 13 %"],
        ["Lektioner om sexuella trakasserier i åk 8", "Fem lektioner med kurator ht 2025",
         "Fler anmälningar (4 → 9) – fler vågar berätta; elevrådet bedömer att eleverna vet vart de "
         "ska vända sig"],
        ["Mobilfri skoldag", "Infördes i januari 2026", "Kränkningar via mobil under skoltid: 17 → 6"],
    ], widths=[5, 5, 6])

    pl.heading("Kartläggning och analys", 1)
    p = pl.para("Vi har använt kommunens trivselenkät i februari 2026 (svar från 402 av 455 elever), "
                "trygghetsvandringen, hälsosamtal i åk 7, elevhälsoteamets ärenden och anmälningarna "
                "om kränkande behandling (49 under 2025/26). 88 % av eleverna känner sig trygga. "
                "Otrygga platser är cykelstället, skolbussen från Västerby och omklädningsrummen. "
                "Flickor i åk 9 anger oftare än pojkar att de fått kommentarer om kropp och kläder. "
                "Analys: kränkningarna sker där vuxna inte är närvarande och före och efter skoldagen.")
    pl.comment(p.runs[0], "Eleven med personnummer " + pl.pn("130304-1295", "comment") +
               " som nämns i ert underlag till anmälningsstatistiken får inte gå att identifiera i "
               "den publicerade planen. Kontrollera bilagorna.", LAWYER, "KL",
               date="2026-09-18T09:20:00Z")

    pl.heading("Främjande arbete", 1)
    pl.bullets([
        "Värdegrundslektioner varannan vecka på mentorstid, där alla diskrimineringsgrunder tas upp "
        "under läsåret. Ansvar: mentorerna, hela läsåret.",
        "Friluftsdagar i blandade grupper åk 7–9 i september och maj. Ansvar: idrottslärarna.",
        "Normkritisk genomgång av skolbibliotekets bestånd. Ansvar: skolbibliotekarie, ht 2026.",
    ])

    pl.heading("Förebyggande åtgärder 2026/27", 1)
    t = pl.table([
        ["Område", "Åtgärd", "Ansvarig", "När"],
        ["Cykelstället", "Rastvärd och kamera på cykelstället", "Biträdande rektor Henrik Dahl",
         "Från v. 34"],
        ["Omklädningsrummen", "Vuxen i anslutning och ombyte i mindre grupper", "Idrottslärarna",
         "Från skolstart"],
        ["Kommentarer om kropp och kläder (flickor åk 9)", "Tjejgrupp med kurator och lektioner om "
         "sexuella trakasserier", "Kurator Sofie Lindahl", "Okt–dec 2026"],
        ["Rastverksamhet", "Särskilt stöd på raster för elev " + pl.pn("201211086762",
                                                                          "tracked_deletion"),
         "Elevassistent", "Hela läsåret"],
        ["Skolbussen från Västerby", "Bussvärdar från åk 9 och samtal med bussbolaget", "Rektor",
         "September 2026"],
    ], widths=[4, 6, 3.5, 2.5])
    pl.track_row(t.rows[4], "del", rektor, "2026-09-14T10:12:00Z")
    pl.track_row(t.rows[5], "ins", rektor, "2026-09-14T10:15:00Z")
    c = t.cell(5, 1).paragraphs[0]
    # the inserted runs sit inside w:ins; comment on the first inserted run
    ins_runs = [r for r in c._p.iter() if r.tag.endswith("}r")]
    from docx.text.run import Run
    pl.comment([Run(ins_runs[0], c)], "Bra att åtgärden om skolbussen kommit med. Ange också hur "
               "den ska följas upp.", LAWYER, "KL", date="2026-09-18T09:30:00Z")

    pl.heading("Rutiner för akuta situationer", 1)
    p = pl.para("Vid kränkande behandling, trakasserier eller sexuella trakasserier följer skolan "
                "Mölnsta kommuns gemensamma rutin \"Riktlinje vid kännedom om kränkande behandling\" "
                "som finns på kommunens intranät.")
    pl.comment(p.runs[0], "Det räcker inte att hänvisa till kommunens riktlinje. Stegen – anmälan "
               "till rektor och huvudman, utredning, åtgärder, dokumentation och uppföljning – och "
               "vem elever och vårdnadshavare kan vända sig till måste framgå av planen.", LAWYER,
               "KL", date="2026-09-18T09:40:00Z")

    pl.heading("Diskrimineringsgrunderna", 1)
    pl.para("Kön, könsöverskridande identitet eller uttryck, etnisk tillhörighet, religion eller "
            "annan trosuppfattning, funktionsnedsättning, sexuell läggning och ålder. Trivselenkäten "
            "innehåller frågor om alla sju grunderna.")

    pl.heading("Nationella minoriteter", 1)
    pl.para("Judar, romer, samer, sverigefinnar och tornedalingar är Sveriges nationella minoriteter. "
            "Vi informerar vårdnadshavare vid skolstart om rätten till modersmålsundervisning i "
            "finska, meänkieli, samiska, romani chib och jiddisch. I SO i åk 8 undervisar vi om "
            "minoriteternas historia och om antiziganism och antisemitism, och vi uppmärksammar "
            "Förintelsens minnesdag 27 januari och samernas nationaldag 6 februari.")

    pl.heading("Uppföljning och utvärdering av årets plan", 1)
    pl.para("Trygghetsteamet och elevrådets representanter följer upp åtgärderna varje månad. I maj "
            "2027 utvärderas planen: ny trivselenkät, trygghetsvandring med elevrådet och en "
            "workshop där klassråden bedömer varje åtgärd. Rektor Anna Berglund ansvarar för att "
            "resultatet förs in i nästa års plan.")

    pl.heading("Vårdnadshavare", 1)
    pl.para("Planen presenteras på föräldramötena i september och publiceras på skolans webbplats. "
            "Rektor nås på tel. " + d("0565-163 20") + ".")
    return pl, dict(
        school_year="2026/27", forms=["grundskola"],
        shape="Word review copy: tracked changes in the measures table (deleted row, inserted row with a new measure), the district lawyer's comments, decorative header picture, body photo without alt text",
        expected="mmmmmmmxmmmp",
        reasons={
            "preventive_measures": "all measures have owner and time; the inserted row (skolbussen) counts, the deleted row does not",
            "acute_routines": "only a reference to the municipality's external routine, no steps in the plan (§6.8 missing); the lawyer's comment does not count",
            "minority_rights": "names minorities and languages; information about rights, teaching, days, antiziganism/antisemitism",
            "guardian_involvement": "presented at föräldramöte and published — information only (§6.12 partial)",
        },
        images_without_alt=1, images_ok=1)


# ---------------------------------------------------------------------------
def plan15():
    pl = Plan("i1_15_angsbacken-toc-images.docx",
              "Plan mot diskriminering och kränkande behandling – Ängsbackens skola", "Ängsbackens skola")
    d = pl.dec
    photo = png(70, 45, (200, 180, 120), stripe=(90, 140, 200))
    flow = png(90, 60, (255, 255, 255), stripe=(40, 40, 40))
    pl.header_text("Ängsbackens skola · Plan mot diskriminering och kränkande behandling")
    pl.footer_page()
    pl.para("Plan mot diskriminering och kränkande behandling", size=20, bold=True)
    pl.para("Ängsbackens skola – förskoleklass, grundskola F–9 och fritidshem", size=13)
    pl.picture(photo, 12, name="Bild 1")
    pl.para("Innehåll", bold=True, size=13)
    pl.toc_field([
        ("1 Grunduppgifter och ansvar", 2, 1), ("2 Elevernas delaktighet", 2, 1),
        ("3 Utvärdering av förra årets plan", 3, 1), ("4 Kartläggning", 3, 1),
        ("5 Främjande arbete", 4, 1), ("6 Förebyggande åtgärder", 4, 1),
        ("7 Rutiner för akuta situationer", 5, 1), ("8 Diskrimineringsgrunderna", 6, 1),
        ("9 Nationella minoriteter", 6, 1), ("10 Utvärdering av årets plan", 7, 1),
        ("11 Vårdnadshavarnas delaktighet", 7, 1),
    ])
    pl.page_break()

    pl.heading("1 Grunduppgifter och ansvar", 1)
    pl.para("Ängsbackens skola har 540 elever i förskoleklass till åk 9 och ett fritidshem. Rektor "
            "Marie Lundqvist ansvarar för att planen tas fram, följs upp och utvärderas och för att "
            "anmäla kränkningar till huvudmannen. Biträdande rektor Daniel Ståhl (F–6) och "
            "biträdande rektor Elin Sjögren (7–9) leder var sitt trygghetsteam. All personal "
            "ansvarar för att ingripa och anmäla. Skolenhetskod " + d("40918736") + ".")

    pl.heading("2 Elevernas delaktighet", 1)
    pl.para("Eleverna har inte varit delaktiga i framtagandet av planen detta läsår, eftersom "
            "elevrådet inte hann komma igång under hösten.")

    pl.heading("3 Utvärdering av förra årets plan", 1)
    pl.para("Åtgärd 1: Rastvärdar vid fotbollsplanen och klätterställningen. Genomfördes hela året. "
            "Resultat: anmälningarna från skolgården minskade från 31 till 14.")
    pl.para("Åtgärd 2: Trygga omklädningsrum i åk 7–9. Genomfördes genom att personal fanns i "
            "anslutning. Resultat: otryggheten i omklädningsrummen sjönk från 22 % till 10 % i "
            "enkäten.")
    pl.para("Åtgärd 3: Lektioner om nätet i åk 5–6. Genomfördes bara i åk 6. Resultat: i åk 6 uppger "
            "färre att de blivit utsatta på nätet (15 % → 9 %); åk 5 fick ingen effekt.")

    pl.heading("4 Kartläggning", 1)
    pl.para("Ingen kartläggning har genomförts i år.")

    pl.heading("5 Främjande arbete", 1)
    pl.bullets([
        "Värdegrundslektioner varannan vecka i alla klasser. Ansvar: mentorerna.",
        "Kompisstödjare i åk 4–6 med egna rastaktiviteter. Ansvar: fritidspedagog Yusuf Aydin.",
        "Gemensam temavecka om allas lika värde i november. Ansvar: biträdande rektorerna.",
    ])

    pl.heading("6 Förebyggande åtgärder", 1)
    pl.table([
        ["Åtgärd", "Mål", "Ansvarig", "När"],
        ["Rastvärdar vid fotbollsplanen (fortsätter)", "Färre än 10 anmälningar från skolgården",
         "Daniel Ståhl", "Hela läsåret"],
        ["Lektioner om nätet i åk 5", "Andel utsatta på nätet under 10 %", "Mentorer åk 5", "Ht"],
        ["Vuxen vid omklädningsrummen (fortsätter)", "Otrygghet under 10 %", "Idrottslärarna",
         "Från v. 34"],
    ], widths=[6, 5, 3, 2])

    pl.heading("7 Rutiner för akuta situationer", 1)
    pl.para("Flödesschemat visar arbetsgången:")
    pl.picture(flow, 14, alt="Flödesschema: 1 ingrip direkt, 2 anmäl till rektor samma dag, 3 rektor "
               "anmäler till huvudmannen, 4 utredning, 5 åtgärder, 6 dokumentation, 7 uppföljning")
    pl.numbered([
        "Personal som ser eller får veta om en kränkning ingriper direkt.",
        "Anmälan till rektor samma dag i kommunens system.",
        "Rektor anmäler till huvudmannen inom en vecka.",
        "Utredning påbörjas skyndsamt av mentor och trygghetsteamet; vårdnadshavare kontaktas.",
        "Åtgärder vidtas så att kränkningarna upphör.",
        "Allt dokumenteras i systemet.",
        "Uppföljning efter två veckor.",
    ])
    pl.para("Kontakt: kurator Ronja Eklund, tel. " + d("0240-66 71 05") + ".")

    pl.heading("8 Diskrimineringsgrunderna", 1)
    pl.para("Diskrimineringsgrunderna är kön, könsöverskridande identitet eller uttryck, etnisk "
            "tillhörighet, religion eller annan trosuppfattning, funktionshinder, sexuell läggning och "
            "ålder.")

    pl.heading("11 Vårdnadshavarnas delaktighet", 1)
    pl.para("Planen finns på skolans webbplats.")
    pl.picture(photo, 12, name="Bild 1")
    return pl, dict(
        school_year="2026/27", forms=["förskoleklass", "grundskola", "fritidshem"],
        shape="Real TOC field (instrText + cached entries) listing 11 headings, body lacks two; no date or year anywhere; flowchart with alt text; same photo shown twice without alt",
        expected="xmxmxmmmpxxp",
        reasons={
            "validity_period": "no date, school year or period anywhere in the text",
            "student_involvement": "explicit statement that students were not involved this year",
            "survey": "'Ingen kartläggning har genomförts i år'",
            "acute_routines": "numbered steps in text (the flowchart image has alt text too)",
            "discrimination_grounds": "'funktionshinder' instead of funktionsnedsättning → six current grounds (§6.9 partial)",
            "minority_rights": "only the TOC entry '9 Nationella minoriteter' — no section in the body",
            "evaluation_plan": "only the TOC entry '10 Utvärdering av årets plan' — no section in the body",
            "guardian_involvement": "website only (§6.12 partial)",
        },
        guidance_keys=["minority_rights", "evaluation_plan"],
        not_done_keys=["student_involvement", "survey"],
        images_without_alt=1, images_ok=1)


# ---------------------------------------------------------------------------
def plan16():
    pl = Plan("i1_16_gransjo-guidance-only.docx",
              "Plan mot diskriminering och kränkande behandling – Gransjöskolan", "Vallby kommun")
    d = pl.dec
    pl.header_text("Vallby kommun · Mall för plan mot diskriminering och kränkande behandling")
    pl.footer_page()
    pl.para("Plan mot diskriminering och kränkande behandling", size=20, bold=True)
    pl.para("Skolans namn: Gransjöskolan")
    pl.para("Läsår: 20XX/20XX")
    pl.para("Planen gäller från: ÅÅÅÅ-MM-DD till: ÅÅÅÅ-MM-DD")
    pl.para("Ansvarig för planen: [Namn, titel]")
    pl.para("Innehåll", bold=True, size=13)
    toc = [("1. Ansvarsfördelning", 2), ("2. Elevernas delaktighet", 2),
           ("3. Vårdnadshavarnas delaktighet", 2), ("4. Utvärdering av föregående års plan", 3),
           ("5. Kartläggning och analys", 3), ("6. Främjande arbete", 4),
           ("7. Förebyggande åtgärder", 4), ("8. Rutiner för akuta situationer", 5),
           ("9. Diskrimineringsgrunderna och begrepp", 6), ("10. Nationella minoriteter", 7),
           ("11. Uppföljning och utvärdering av årets plan", 7),
           ("Bilaga – Aktuella bestämmelser", 8)]
    pl.typed_toc(toc)
    pl.page_break()
    G = pl.guidance
    pl.heading("1. Ansvarsfördelning", 1)
    G("[Beskriv vem som ansvarar för planen och för de olika delarna i arbetet: rektor, "
      "trygghetsteam, personal och huvudman.]")
    pl.heading("2. Elevernas delaktighet", 1)
    G("[Beskriv hur eleverna har varit delaktiga i att ta fram, följa upp och se över planen. "
      "Exempel: klassråd, elevråd, trygghetsvandring.]")
    pl.heading("3. Vårdnadshavarnas delaktighet", 1)
    G("Klicka eller tryck här för att ange text.")
    pl.heading("4. Utvärdering av föregående års plan", 1)
    G("[Redogör för hur förra årets planerade åtgärder har genomförts och vilken effekt de fått. "
      "Ange vilka som deltagit i utvärderingen.]")
    pl.heading("5. Kartläggning och analys", 1)
    G("[Ange vilka metoder som använts (t.ex. trivselenkät, trygghetsvandring, samtal), vad de "
      "visade och er analys av orsakerna.]")
    pl.heading("6. Främjande arbete", 1)
    G("[Beskriv skolans främjande insatser för läsåret. Exempel: värdegrundsarbete, "
      "normkritiskt arbete.]")
    pl.heading("7. Förebyggande åtgärder", 1)
    G("[Fyll i tabellen. Varje åtgärd ska utgå från kartläggningen och ha mål, ansvarig och datum.]")
    pl.table([["Område", "Mål", "Åtgärd", "Ansvarig", "Datum"], ["", "", "", "", ""]],
             widths=[3, 3, 5, 3, 2])
    pl.heading("8. Rutiner för akuta situationer", 1)
    G("[Beskriv skolans rutin steg för steg utifrån förvaltningens riktlinje: ingripa, anmäla till "
      "rektor, rektors anmälan till huvudman, utredning, åtgärder, dokumentation och uppföljning. "
      "Ange kontaktpersoner.]")
    pl.heading("9. Diskrimineringsgrunderna och begrepp", 1)
    pl.para("Texten nedan är hämtad från Diskrimineringsombudsmannen (DO) och ska inte ändras.")
    pl.para("**Diskriminering** är när ett barn eller en elev missgynnas eller kränks och det har "
            "samband med någon av diskrimineringsgrunderna kön, könsöverskridande identitet eller "
            "uttryck, etnisk tillhörighet, religion eller annan trosuppfattning, funktionsnedsättning, "
            "sexuell läggning eller ålder.")
    pl.para("**Trakasserier** är ett uppträdande som kränker någons värdighet och som har samband med "
            "någon av diskrimineringsgrunderna. **Sexuella trakasserier** är ett uppträdande av "
            "sexuell natur som kränker någons värdighet.")
    pl.para("**Kränkande behandling** är ett uppträdande som, utan att vara diskriminering, kränker "
            "ett barns eller en elevs värdighet.")
    pl.para("**Främjande arbete** syftar till att stärka respekten för allas lika värde. "
            "**Förebyggande arbete** syftar till att avvärja risker för diskriminering, trakasserier "
            "och kränkande behandling som har identifierats i kartläggningen.")
    pl.heading("10. Nationella minoriteter", 1)
    G("[Beskriv hur skolan arbetar med de nationella minoriteternas rättigheter.]")
    pl.heading("11. Uppföljning och utvärdering av årets plan", 1)
    G("[Ange när och hur årets plan ska utvärderas, vem som ansvarar och hur eleverna deltar.]")
    pl.page_break()
    pl.heading("Bilaga – Aktuella bestämmelser", 1)
    pl.para("Skollagen (" + d("2010:800") + ") 6 kap. 8 §: ”Huvudmannen ska se till att det varje år "
            "upprättas en plan med en översikt över de åtgärder som behövs för att förebygga och "
            "förhindra kränkande behandling av barn och elever. Planen ska innehålla en redogörelse "
            "för vilka av dessa åtgärder som avses att påbörjas eller genomföras under det kommande "
            "året. En redogörelse för hur de planerade åtgärderna har genomförts ska tas in i "
            "efterföljande års plan.”")
    pl.para("Skollagen 6 kap. 10 § (sammanfattning): personal som får kännedom om att ett barn eller "
            "en elev anser sig ha blivit utsatt för kränkande behandling ska anmäla det till rektor. "
            "Rektor ska anmäla till huvudmannen. Huvudmannen ska skyndsamt utreda och vidta de "
            "åtgärder som skäligen kan krävas.")
    pl.para("Förordning (2006:1083) 2 §: ”En plan mot kränkande behandling enligt 6 kap. 8 § "
            "skollagen (2010:800) ska upprättas, följas upp och ses över under medverkan av barnen "
            "eller eleverna vid den verksamhet som planen gäller för.”")
    pl.para("Diskrimineringslagen (" + d("2008:567") + ") 1 kap. 1 §: lagen har till ändamål att "
            "motverka diskriminering och främja lika rättigheter och möjligheter oavsett kön, "
            "könsöverskridande identitet eller uttryck, etnisk tillhörighet, religion eller annan "
            "trosuppfattning, funktionsnedsättning, sexuell läggning eller ålder.")
    pl.para("Diskrimineringslagen 3 kap. 2 §: arbetet med aktiva åtgärder består i att undersöka "
            "risker, analysera orsaker, vidta förebyggande och främjande åtgärder och följa upp och "
            "utvärdera arbetet. 3 kap. 18 §: utbildningsanordnaren ska ha riktlinjer och rutiner för "
            "att förhindra trakasserier och sexuella trakasserier.")
    pl.para("Mall fastställd av utbildningsnämnden, dnr " + d("UN-2025-00123") + ".")
    return pl, dict(
        school_year="2025/26", forms=["grundskola"],
        shape="District template left unfilled: every heading present, bodies only bracketed guidance/placeholders, typed TOC with dot leaders, DO definitions, law-extract appendix quoting every keyword",
        expected="xxxxxxxxmxxx",
        reasons={
            "validity_period": "only '20XX/20XX' and 'ÅÅÅÅ-MM-DD' placeholders",
            "discrimination_grounds": "DO definitions section names all seven grounds (§6.9 pitfall: still met)",
            "acute_routines": "only bracketed guidance; the 6 kap. 10 § summary is in the law appendix",
        },
        guidance_keys=["validity_period", "responsible", "student_involvement", "previous_year_evaluation",
                       "survey", "promotive_work", "preventive_measures", "acute_routines",
                       "minority_rights", "evaluation_plan", "guardian_involvement"])
