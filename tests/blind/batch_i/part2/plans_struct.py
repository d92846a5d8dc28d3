"""i2_12-i2_16: unusual heading styles (12-13) and heavy Word structure (14-16)."""
from docx.shared import Cm, Pt

from wordkit import Plan, label, png, pnr


# ------------------------------------------------------------------ i2_12
def plan12(out):
    f = "i2_12_rosendalsskolan-egna-formatmallar-toc.docx"
    d = Plan("Plan mot diskriminering och kränkande behandling Rosendalsskolan", author="Trygghetsgruppen")
    d.add_para_style("Plan-rubrik 1", size=15, outline_lvl=0, color=(31, 78, 121))
    d.add_para_style("Avsnitt", size=12, outline_lvl=1, color=(31, 78, 121))
    d.header_text("Rosendalsskolan F–6 och fritidshem · Umeå kommun")
    d.footer_text("Plan mot diskriminering och kränkande behandling")

    d.p("Plan mot diskriminering och kränkande behandling", bold=True, size=20)
    d.p("Rosendalsskolan – förskoleklass, årskurs 1–6 och fritidshem", size=13)
    d.typed_toc([
        (1, "1 Grunduppgifter", 2), (2, "1.1 Planens giltighetstid", 2), (2, "1.2 Ansvarsfördelning", 2),
        (1, "2 Elevernas delaktighet", 3), (1, "3 Vårdnadshavarnas delaktighet", 3),
        (1, "4 Utvärdering av förra årets plan", 3), (1, "5 Kartläggning och analys", 4),
        (1, "6 Främjande arbete", 5), (1, "7 Förebyggande åtgärder", 5), (1, "8 Rutiner för akuta situationer", 6),
        (1, "9 Diskrimineringsgrunderna", 7), (1, "10 Nationella minoriteter", 7),
        (1, "11 Uppföljning och utvärdering av årets plan", 8),
    ])
    d.page_break()

    d.p("Inledning", style="Plan-rubrik 1")
    d.p("Rosendalsskolan har cirka 310 elever i förskoleklass till årskurs 6 och ett fritidshem med fyra "
        "avdelningar. Planen beskriver hur vi arbetar för att alla ska vara trygga.")

    d.p("5 Kartläggning och analys", style="Plan-rubrik 1")
    d.p("Underlag", style="Avsnitt")
    d.p("Kartläggningen bygger på incidentrapporterna från läsåret som gick (47 anmälningar), personalens "
        "rastobservationer under två veckor i april, fritidspersonalens loggbok och vårdnadshavarenkäten våren 2026 "
        "(188 svar).")
    d.p("Resultat", style="Avsnitt")
    d.table([
        ["Plats", "Anmälningar", "Andel"],
        ["Skolgården – fotbollsplanen", "15", "32 %"],
        ["Kapprummen", "9", "19 %"],
        ["Gruppchattar (åk 5–6)", "8", "17 %"],
        ["Fritids – bygghörnan", "6", "13 %"],
        ["Övrigt", "9", "19 %"],
    ], widths=[8, 3, 3])
    d.p("I vårdnadshavarenkäten svarar 91 % att barnet är tryggt i skolan och 84 % att barnet är tryggt på "
        "fritids. Rastobservationerna visar att konflikterna på fotbollsplanen nästan alltid gäller lagval och att "
        "flickor sällan får spela.")
    d.p("Analys", style="Avsnitt")
    d.p("Fotbollsplanen och kapprummen är platser där många barn samlas och där de vuxna står långt bort. I åk 5–6 "
        "flyttar konflikterna ut i gruppchattarna på kvällen. Att flickor sällan får spela är en risk för "
        "diskriminering kopplad till kön.")

    d.p("7 Förebyggande åtgärder", style="Plan-rubrik 1")
    d.bullets([
        "Fler vuxna ute på rasterna, särskilt vid fotbollsplanen.",
        "Schema för fotbollsplanen så att alla klasser och både flickor och pojkar får spela.",
        "Arbeta med regler för gruppchattar i åk 5–6.",
        "Se över kapprummen.",
    ])

    t = d.doc.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    cell = t.rows[0].cells[0]
    cell.paragraphs[0].style = d.doc.styles["Plan-rubrik 1"]
    cell.paragraphs[0].add_run("9 Diskrimineringsgrunderna")
    d.p()
    d.p("Definitionerna är hämtade från Diskrimineringsombudsmannen (DO).", italic=True)
    for name, text in [
        ("Kön", "Att någon är kvinna eller man."),
        ("Könsöverskridande identitet eller uttryck", "Att någon inte definierar sig som kvinna eller man eller genom "
         "sin klädsel eller på annat sätt ger uttryck för att tillhöra ett annat kön."),
        ("Etnisk tillhörighet", "Nationellt eller etniskt ursprung, hudfärg eller annat liknande förhållande."),
        ("Religion eller annan trosuppfattning", "Till exempel kristendom, islam, judendom, buddhism, ateism."),
        ("Funktionsnedsättning", "Varaktiga fysiska, psykiska eller begåvningsmässiga begränsningar av en persons "
         "funktionsförmåga."),
        ("Sexuell läggning", "Homosexuell, bisexuell eller heterosexuell läggning."),
        ("Ålder", "Uppnådd levnadslängd."),
    ]:
        d.p(name, style="Avsnitt")
        d.p(text)
    d.p("Resterande avsnitt färdigställs under hösten.", italic=True)
    d.save(out / f)
    return label(f, "2026/27", "sv", ["förskoleklass", "grundskola", "fritidshem"],
                 "Unfinished plan with custom paragraph styles 'Plan-rubrik 1'/'Avsnitt' (outline levels in the style), "
                 "typed TOC with dot leaders listing all keys, one heading inside a single-cell table; body covers "
                 "survey, vague measures and DO definitions only",
                 "x x x x m x p x m x x x",
                 {"validity_period": "no period or school year anywhere in the body (only TOC entry)",
                  "responsible": "only the TOC entry 'Ansvarsfördelning'",
                  "student_involvement": "TOC entry only; survey sources are incidents, staff observations and a "
                                         "guardian survey, no student role",
                  "survey": "incident statistics, observations and guardian survey with results and analysis",
                  "preventive_measures": "four measures, no owner or time",
                  "discrimination_grounds": "all seven defined (DO definitions) under a heading in a table cell",
                  "guardian_involvement": "TOC entry only; the guardian survey is a survey source, not involvement "
                                          "in the plan"},
                 guidance=["validity_period", "responsible", "student_involvement", "previous_year_evaluation",
                           "promotive_work", "acute_routines", "minority_rights", "evaluation_plan",
                           "guardian_involvement"],
                 not_done=[])


# ------------------------------------------------------------------ i2_13
def plan13(out):
    f = "i2_13_larkbacken-dispositionsniva-tabellrubriker.docx"
    d = Plan("Lärkbackens skola plan mot diskriminering och kränkande behandling", author="Helena Strand")
    d.header_text("Lärkbackens skola · Ludvika kommun")
    d.footer_text("Lärkbackens skola – trygghetsplan")

    def heading_cell(cell, text):
        para = cell.paragraphs[0]
        Plan.set_outline(para, 1)
        r = para.add_run(text)
        r.bold = True
        r.font.size = Pt(12)

    d.outline_p("Lärkbackens skola – plan mot diskriminering och kränkande behandling", lvl=0, size=18)
    d.table([
        ["Skola", "Lärkbackens skola, Ludvika kommun"],
        ["Verksamheter", "Förskoleklass, grundskola åk 1–9, anpassad grundskola och fritidshem"],
        ["Planen gäller", "Från 2025-08-11 till 2026-08-10"],
        ["Ansvariga", "Trygghetsgruppen"],
    ], header=False, bold_first_col=True, widths=[4, 12])
    d.p("Trygghetsgruppen ansvarar för planen.")

    d.outline_p("Så jobbar vi", lvl=0)
    d.p("Hos oss ska alla känna sig välkomna. Det här gör vi för alla elever, hela året:")
    d.bullets([
        "Vänskapsveckan i september: faddrar från åk 8–9 leder lekar för förskoleklass och åk 1–3 (mentorerna i åk 8–9).",
        "Gemensamma samlingar varje månad om olika familjer, religioner, funktionsförmågor och språk "
        "(klasslärarna; anpassad grundskola deltar med bildstöd).",
        "Fritids har ”alla får vara med”-lekar varje dag och blandade lag (fritidspersonalen).",
        "Skolbiblioteket köper böcker med normbrytande berättelser och böcker på lättläst svenska (bibliotekarien, "
        "under hösten).",
    ])

    d.outline_p("Steg 1–4: så arbetar vi med aktiva åtgärder", lvl=0)
    lay = d.doc.add_table(rows=4, cols=2)
    lay.style = "Table Grid"
    steps = [
        ("Steg 1 Undersöka", "Vi har använt trivselenkäten i november (åk 3–9), trygghetsvandring med elevrådet, "
                             "samtal med bildstöd i anpassad grundskola och incidentrapporterna. Resultaten har "
                             "sammanställts av trygghetsgruppen."),
        ("Steg 2 Analysera", "Trygghetsgruppen analyserar resultaten på sina möten."),
        ("Steg 3 Åtgärda", None),
        ("Steg 4 Följa upp", "Se ”Vårt år” nedan."),
    ]
    for row, (head, body) in zip(lay.rows, steps):
        row.cells[0].width = Cm(3.5)
        row.cells[1].width = Cm(12.5)
        heading_cell(row.cells[0], head)
        if body:
            row.cells[1].paragraphs[0].add_run(body)
        else:
            row.cells[1].paragraphs[0].add_run("Årets åtgärder:")
            d.table([
                ["Mål", "Åtgärd", "Ansvarig", "När"],
                ["Lugnare matsal", "Fasta platser och en vuxen per bord för åk 1–3", "Arbetslag F–3", "Från v. 36"],
                ["Inga kränkningar i omklädningsrummen", "Vuxen i omklädningsrummet åk 6–9", "Idrottslärarna", "Hela läsåret"],
                ["Tryggare skolbuss", "Bussvärd från åk 9 på linje 12; samtal med bussbolaget", "Rektor", "Oktober 2025"],
                ["Elever i anpassad grundskola deltar på rasterna", "Gemensam rastaktivitet två gånger i veckan",
                 "Fritidspersonal och assistenter", "Från september 2025"],
            ], container=row.cells[1], widths=[3, 4.5, 2.5, 2.3])
    d.p()

    d.outline_p("Elevernas röst", lvl=0)
    d.p("Elevrådet gick trygghetsvandring med trygghetsgruppen i september och markerade otrygga platser. "
        "Klassråden i alla klasser har diskuterat vad som ska stå i planen, och elevrådet läste utkastet i oktober och "
        "föreslog bussvärdarna. Eleverna i anpassad grundskola har berättat om sina platser med hjälp av bilder.")

    d.outline_p("Föräldrar", lvl=0)
    d.p("Föräldrarådet diskuterade utkastet i september och kom med förslag om skolbussen, som finns med i "
        "åtgärderna. Vårdnadshavare svarar på vårdnadshavarenkäten i mars, och planen finns i Unikum.")

    d.outline_p("Förra året", lvl=0)
    d.p("Av förra årets fyra åtgärder genomfördes rastaktiviteterna på skolgården, och rastvärdarna ser färre "
        "konflikter där. De övriga åtgärderna har vi inte hunnit följa upp.")

    d.outline_p("När något händer", lvl=0)
    d.numbered([
        "Den vuxna som ser något ingriper direkt.",
        "Personalen berättar för rektor samma dag.",
        "Mentor och kurator utreder genom samtal med eleverna. Vårdnadshavare kontaktas.",
        "Rektor beslutar om åtgärder.",
        "Allt dokumenteras i elevakten.",
        "Vi följer upp efter två veckor.",
    ])
    d.p("Du kan alltid vända dig till din mentor, kurator Jessica Ahl (0240-862 45) eller rektor Helena Strand "
        "(0240-862 40).")

    d.outline_p("Diskrimineringsgrunderna", lvl=0)
    d.p("Diskrimineringsgrunderna är kön, könsöverskridande identitet eller uttryck, etnisk tillhörighet, religion "
        "eller annan trosuppfattning, funktionsnedsättning, sexuell läggning och ålder.")

    d.outline_p("Nationella minoriteter", lvl=0)
    d.p("Judar, romer, samer, sverigefinnar och tornedalingar är nationella minoriteter. Vi informerar vårdnadshavare "
        "om rätten till modersmålsundervisning i finska, meänkieli, samiska, romani chib och jiddisch, och vi "
        "uppmärksammar samernas nationaldag och sverigefinnarnas dag i alla klasser.")

    d.outline_p("Utvärdering", lvl=0)
    d.p("Årets plan ska utvärderas i maj 2026. Så här gör vi under året:")
    d.outline_p("Vårt år", lvl=1, size=12)
    d.table([
        ["Månad", "Vad", "Vem"],
        ["September", "Trygghetsvandring med elevrådet; föräldrarådet läser utkastet", "Trygghetsgruppen"],
        ["Oktober", "Elevrådet läser utkastet; planen klar", "Trygghetsgruppen"],
        ["November", "Trivselenkät åk 3–9", "Mentorer"],
        ["Februari", "Halvtidsuppföljning av åtgärderna på APT", "Trygghetsgruppen"],
        ["Maj", "Utvärdering: elevrådet och klassråden bedömer åtgärderna, personalen utvärderar på APT",
         "Trygghetsgruppen med elevrådet"],
        ["Juni", "Utvärderingen skrivs in i nästa plan", "Trygghetsgruppen"],
    ])
    d.save(out / f)
    return label(f, "2025/26", "sv", ["förskoleklass", "grundskola", "anpassad grundskola", "fritidshem"],
                 "Headings are bold Normal paragraphs with outline levels (no heading styles) and bold outline-level "
                 "paragraphs inside layout-table cells (Steg 1–4) with a nested measures table; odd headings "
                 "('Så jobbar vi', 'Vårt år', 'Förra året'); 'Utvärdering' means this year",
                 "m p m p p m m p m m m m",
                 {"responsible": "only 'Trygghetsgruppen ansvarar för planen' (group, no roles)",
                  "previous_year_evaluation": "only one of four measures accounted for",
                  "survey": "methods named, 'resultaten har sammanställts' – no results",
                  "preventive_measures": "nested table in the Steg 3 cell with goal, owner, time",
                  "acute_routines": "no report from rektor to the huvudman",
                  "evaluation_plan": "heading 'Utvärdering' + 'Vårt år' årshjul: May 2026, elevråd/klassråd, owner"},
                 decoys=["2025-08-11", "2026-08-10", "0240-862 45", "0240-862 40"])


# ------------------------------------------------------------------ i2_14
def plan14(out):
    f = "i2_14_solhagaskolan-fotnoter-kommentarer-textruta.docx"
    fn_leak = pnr("130522", "238", sep="-", century="20")   # 12 digits with hyphen, in a footnote
    cm_leak = pnr("140930", "238", sep="")                  # 10 digits no separator, in a comment
    d = Plan("Plan mot diskriminering och kränkande behandling Solhagaskolan 2025/26", author="Anneli Borg")
    d.header_text("Solhagaskolan F–9 · Lerums kommun · 2025/26")
    d.footer_text("Solhagaskolan")

    d.title("Plan mot diskriminering och kränkande behandling")
    d.p("Solhagaskolan förskoleklass–åk 9 och fritidshem", bold=True, size=13)
    d.p("Planen gäller 2025-09-01 – 2026-08-31.", bold=True)

    d.h("Ansvarsfördelning", 1)
    d.p("Rektor Anneli Borg ansvarar för planen och för att den följs. Biträdande rektorerna Kristian Alm (F–5) och "
        "Nadia Yilmaz (6–9) leder trygghetsteamet på respektive stadium. Kurator Sofia Hallberg samordnar "
        "utredningarna. Mentorer och fritidspersonal ansvarar för att planen är känd i klasserna och på fritids.")

    d.h("Elevernas delaktighet", 1)
    p = d.p("Elevrådet (F–5 och 6–9) har haft planen på två möten i augusti och september 2025. Klassråden har "
            "diskuterat trivselenkäten, och trygghetsombuden från åk 4–9 gick trygghetsvandring den 28 augusti. "
            "Elevrådet följer upp åtgärderna i februari och är med i utvärderingen.")
    d.note(p, "Trygghetsombud väljs i varje klass från åk 4 vid läsårets start.")

    d.h("Vårdnadshavarnas delaktighet", 1)
    d.p("Vårdnadshavarna i föräldrarådet fick utkastet i september och lämnade synpunkter om skolvägen. "
        "Vårdnadshavare svarar på kommunens vårdnadshavarenkät, och planen finns på hemsidan och i Vklass.")

    d.h("Utvärdering av förra årets plan", 1)
    d.table([
        ["Åtgärd 2024/25", "Hur den genomfördes", "Effekt"],
        ["Vuxna i omklädningsrummen åk 5–9", "Genomförd från oktober 2024", "Otrygghet i omklädningsrummen minskade "
         "från 26 % till 14 % (åk 7–9)"],
        ["Rastaktiviteter på skolgården F–3", "Genomförd tre dagar i veckan", "Fritidspersonalen ser färre konflikter; "
         "88 % av F–3 tycker rasterna är roliga (82 %)"],
        ["Lektioner om nätet åk 6", "Två av fyra lektioner hölls", "Ingen tydlig effekt; anmälningarna om gruppchattar "
         "var lika många. Fortsätter i år."],
    ], widths=[5, 5, 6])
    p = d.p("Omklädningsrumsåtgärden infördes efter ett allvarligt ärende hösten 2024.")
    d.note(p, f"Ärende 2024-57 gällde en elev i åk 6 ({fn_leak}) som blev filmad i omklädningsrummet.")

    d.h("Kartläggning och analys", 1)
    p = d.p("Underlag: trivselenkäten i oktober 2024 och mars 2025 (åk 2–9), Skolenkäten åk 5 och 8, "
            "incidentrapporter (52 ärenden), trygghetsvandringen och elevhälsans samtal.")
    d.note(p, "Skolenkäten genomförs av Skolinspektionen; resultaten för Solhagaskolan publicerades i juni 2025.")
    d.p("Diagram: andel elever som känner sig trygga i skolan, per stadium (mars 2025).")
    d.picture(d.p().add_run(), png(48, 30, bars=[0.95, 0.89, 0.81], fg=(60, 130, 80)), width_cm=8,
              descr="Stapeldiagram: andel elever som känner sig trygga i skolan i mars 2025 – F–3 95 procent, "
                    "åk 4–6 89 procent, åk 7–9 81 procent", name="Diagram")
    p = d.p()
    r1 = d.runs(p, "Tryggheten sjunker med åldern. I åk 7–9 är det framför allt gruppchattar och kommentarer om "
                   "utseende som eleverna beskriver, och de flesta ärenden om sexuella trakasserier gäller åk 8. ")
    r2 = d.runs(p, "Ett ärende i åk 5 visar att även yngre elever utsätts i chattar.")
    d.comment(r2, f"Gäller eleven {cm_leak}? Ska vi verkligen ha med exemplet här?", author="Per Lindqvist",
              initials="PL")
    d.p("I åk 4–6 är skolgården vid klätterställningen och toaletterna vid matsalen de platser som flest elever "
        "anger som otrygga. Vi tror att det beror på att rastvärdarna står vid fotbollsplanen. Skillnaderna mellan "
        "flickor och pojkar är små utom i åk 8, där flickorna känner sig mindre trygga (74 % mot 86 %). Frågorna om "
        "etnisk tillhörighet, där även de nationella minoriteterna ingår, visar inga stora skillnader mot förra året.")

    d.h("Främjande och förebyggande arbete", 1)
    d.p("Främjande (för alla):", bold=True)
    d.bullets([
        "Värdegrundslektioner varje månad på mentorstid med fokus på normer, kön, sexuell läggning och "
        "funktionsnedsättning (mentorerna, hela läsåret).",
        "Solhagadagen i september med blandade åldersgrupper F–9 (elevrådet och trygghetsteamet).",
        "Fritids: lekar där alla får vara med och där rummen används jämställt (fritidspersonalen).",
    ])
    d.p("Förebyggande (utifrån kartläggningen):", bold=True)
    d.table([
        ["Risk", "Åtgärd", "Ansvarig", "När", "Uppföljning"],
        ["Klätterställningen och toaletterna vid matsalen (åk 4–6)", "Rastvärd vid klätterställningen; vuxen vid "
         "toaletterna på lunchen", "Kristian Alm", "Från v. 37", "Trygghetsvandring mars 2026"],
        ["Gruppchattar åk 5–8", "Fyra lektioner om nätet per klass; föräldramöte", "Sofia Hallberg", "okt–dec 2025",
         "Incidentrapporter jan 2026"],
        ["Sexuella trakasserier åk 8", "Lektionsserie om samtycke och gränser", "Nadia Yilmaz", "vt 2026",
         "Enkät mars 2026"],
    ], widths=[3.6, 5, 2.4, 2.2, 3])
    d.p("Samtliga åtgärder följs upp av trygghetsteamet.")

    d.h("Rutiner för akuta situationer", 1)
    anchor = d.p()
    d.textbox(anchor, ["Vem kan jag prata med?", "Din mentor eller klasslärare",
                       "Kurator Sofia Hallberg, 0302-52 14 60", "Skolsköterska Emil Ny, 0302-52 14 62",
                       "Rektor Anneli Borg, 0302-52 14 50",
                       "Du kan också lägga en lapp i trygghetslådan utanför biblioteket."],
              width_cm=6.5, height_cm=5.2)
    d.numbered([
        "Personal som ser eller får veta att en elev blir kränkt ingriper direkt.",
        "Personalen anmäler till rektor samma dag i DF Respons.",
        "Rektor anmäler till huvudmannen samma dag.",
        "Kurator och mentor utreder skyndsamt: samtal med alla inblandade; vårdnadshavare kontaktas samma dag.",
        "Rektor beslutar om åtgärder.",
        "Utredning och åtgärder dokumenteras i DF Respons.",
        "Uppföljning efter två veckor och efter sex veckor.",
    ])
    p = d.p("Om en anställd kränker en elev utreder rektor tillsammans med HR och anmäler till huvudmannen.")
    r = p.runs[0]
    d.comment(r, "Stämmer detta med förvaltningens nya rutin? /AB", author="Anneli Borg", initials="AB")

    d.h("Diskrimineringsgrunderna", 1)
    d.p("Planen omfattar kön, könsöverskridande identitet eller uttryck, etnisk tillhörighet, religion eller annan "
        "trosuppfattning, funktionsnedsättning, sexuell läggning och ålder.")

    d.h("Uppföljning och utvärdering av årets plan", 1)
    d.p("Trygghetsteamet utvärderar planen tillsammans med elevrådet genom en enkät och en workshop. Resultatet "
        "skrivs in i nästa års plan.")
    d.save(out / f)
    return label(f, "2025/26", "sv", ["förskoleklass", "grundskola", "fritidshem"],
                 "Word-structure plan: footnotes (one leaking a 12-digit number), two comments (one leaking a number), "
                 "anchored text box 'Vem kan jag prata med?', bar-chart picture with alt text, merged "
                 "'Främjande och förebyggande arbete'",
                 "m m m m m m m m m p p m",
                 {"minority_rights": "only a passing mention ('där även de nationella minoriteterna ingår')",
                  "evaluation_plan": "who, how and students' part, but no time",
                  "promotive_work": "merged section: 'Främjande (för alla)' items with owner/time",
                  "preventive_measures": "merged section: risk table with named owner and time",
                  "acute_routines": "full steps; contacts in a text box"},
                 pnrs={fn_leak: "footnote", cm_leak: "comment"},
                 decoys=["2025-09-01", "2026-08-31", "0302-52 14 60", "0302-52 14 62", "0302-52 14 50"],
                 ok=1)


# ------------------------------------------------------------------ i2_15
def plan15(out):
    f = "i2_15_hedelund-slutnoter-grupp-sidfot.docx"
    leak = pnr("120817", "238", sep=" ")  # 10 digits with a space, in an endnote
    logo = png(36, 36, fg=(150, 30, 30))
    d = Plan("Plan mot diskriminering och kränkande behandling Hedelunds skola 2026/27", author="Lars Nilsson")
    d.header_text("Hedelunds skola 4–9")
    ftr = d.footer_text("Piteå kommun · Utbildningsförvaltningen")
    fp = ftr.add_paragraph()
    d.picture(fp.add_run(), png(30, 12, fg=(0, 90, 150)), width_cm=2.5, name="Sidfot")

    d.picture_para(logo, width_cm=3, descr="Hedelunds skolas logotyp: en röd fyrkant med en tall", name="Logotyp")
    d.title("Plan mot diskriminering och kränkande behandling")
    d.p("Hedelunds skola, årskurs 4–9 · Läsåret 2026/27", bold=True, size=13)

    d.h("Vår vision", 1)
    d.p("Alla ska känna sig välkomna och trygga på Hedelunds skola. Vi arbetar främjande genom att vara goda "
        "förebilder och har nolltolerans mot kränkningar.")

    d.h("Ansvar", 1)
    d.p("Rektor Lars Nilsson ansvarar för planen. Biträdande rektor Emma Lundström leder trygghetsgruppen (kurator, "
        "skolsköterska, specialpedagog och två lärare) som tar fram planen och utreder anmälningar. All personal "
        "ansvarar för att ingripa och anmäla.")

    d.h("Elevernas delaktighet", 1)
    d.p("Eleverna har fått information om planen på klassråden och besvarar trivselenkäten varje vår.")

    d.h("Utvärdering av förra årets plan", 1)
    p = d.p("**Rastvärdar vid skolans baksida:** genomfört. Anmälningarna därifrån minskade från 9 till 2.")
    d.note(p, "Siffrorna kommer från kommunens incidentsystem, uttag i juni 2026.", kind="endnote")
    p = d.p("**Mobilfria omklädningsrum:** genomfört från januari. Inga nya fall av filmning efter februari.")
    d.note(p, f"Det sista fallet gällde en elev i åk 7 ({leak}); ärendet är avslutat.", kind="endnote")
    d.p("**Lektioner om nätet i åk 6:** genomförda i två av tre klasser. I de klasserna minskade anmälningarna om "
        "chattar, i den tredje inte. Lektionerna fortsätter.")

    d.h("Kartläggning", 1)
    p = d.p("Trivselenkäten i april 2026 (åk 4–9, 341 av 389 elever), incidentrapporter 2025/26 (44 ärenden), "
            "trygghetsvandring med trygghetsgruppen och elevhälsans hälsosamtal.")
    d.note(p, "Enkäten görs i kommunens enkätverktyg och är anonym.", kind="endnote")
    d.table([
        ["", "Åk 4–6", "Åk 7–9"],
        ["Jag känner mig trygg i skolan", "91 %", "83 %"],
        ["Jag har blivit kränkt på nätet", "8 %", "17 %"],
        ["Vuxna gör något när någon blir illa behandlad", "84 %", "66 %"],
    ], widths=[9, 3, 3])
    d.p("Analys: i åk 7–9 är nätet och korridoren vid skåpen de största riskerna, och förtroendet för att vuxna "
        "agerar är lågt. Enkätens fritextsvar tar upp kommentarer kopplade till kön och etnisk tillhörighet. Vi tror "
        "att det beror på att vuxna sällan rör sig i skåpkorridoren.")

    d.h("Förebyggande åtgärder", 1)
    d.table([
        ["Mål", "Åtgärd", "Ansvarig", "När"],
        ["Tryggare skåpkorridor", "Vuxen i korridoren vid alla raster", "Emma Lundström", "Från v. 34"],
        ["Färre nätkränkningar i åk 7–9", "Lektioner om nätet; föräldramöte", "Kurator", "okt–nov 2026"],
        ["Fler elever litar på att vuxna agerar", "Återkoppling till eleven inom en vecka efter anmälan",
         "Trygghetsgruppen", "Hela läsåret"],
    ], widths=[4, 6, 3, 3])

    d.h("Rutiner för akuta situationer", 1)
    d.p("Så går det till när en elev har blivit kränkt:")
    gp = d.p()
    d.group_drawing(gp, ["1 Ingripa", "2 Anmäl till rektor samma dag", "3 Rektor anmäler till huvudmannen",
                         "4 Utreda", "5 Åtgärda och dokumentera", "6 Följa upp"],
                    png(20, 20, fg=(200, 120, 0)))
    d.numbered([
        "Den vuxna som ser eller hör något ingriper direkt.",
        "Personalen anmäler till rektor samma dag.",
        "Rektor anmäler till huvudmannen samma dag.",
        "Trygghetsgruppen utreder skyndsamt genom samtal med de inblandade; vårdnadshavare kontaktas.",
        "Rektor beslutar om åtgärder. Allt dokumenteras i incidentsystemet.",
        "Uppföljning efter två veckor.",
    ])
    d.p("Om en vuxen kränker en elev utreder rektor med stöd av HR. Kontakt: rektor Lars Nilsson 0911-69 62 00, "
        "kurator Sara Kuoppa 0911-69 62 14.")

    d.h("Diskriminering", 1)
    d.p("Skolan arbetar mot diskriminering utifrån alla diskrimineringsgrunder, se lagtexten i bilagan.")

    d.h("Nationella minoriteter", 1)
    d.p("De nationella minoriteterna är judar, romer, samer, sverigefinnar och tornedalingar. Vid inskrivningen "
        "informerar vi vårdnadshavare om rätten till modersmålsundervisning i finska, meänkieli och samiska. I åk 6 "
        "och åk 9 ingår minoriteternas historia i SO, och samernas nationaldag 6 februari uppmärksammas på hela "
        "skolan.")

    d.h("Vårdnadshavare", 1)
    d.p("Planen finns på skolans webbplats.")

    d.h("Uppföljning och utvärdering", 1)
    d.p("Trygghetsgruppen utvärderar planen i maj 2027 genom trivselenkäten och en genomgång av varje åtgärd på "
        "APT. Biträdande rektor ansvarar.")
    d.picture_para(logo, width_cm=2, descr="Hedelunds skolas logotyp: en röd fyrkant med en tall", name="Logotyp")
    d.p("Piteå i augusti 2026, Lars Nilsson, rektor")

    d.page_break()
    d.h("Bilaga – Lagtext", 1)
    d.p("Diskrimineringslagen (2008:567) 1 kap. 1 §: ”Denna lag har till ändamål att motverka diskriminering och på "
        "andra sätt främja lika rättigheter och möjligheter oavsett kön, könsöverskridande identitet eller uttryck, "
        "etnisk tillhörighet, religion eller annan trosuppfattning, funktionsnedsättning, sexuell läggning eller "
        "ålder.”")
    d.p("Skollagen (2010:800) 6 kap. 7 §: Huvudmannen ska se till att det inom ramen för varje särskild verksamhet "
        "bedrivs ett målinriktat arbete för att motverka kränkande behandling av barn och elever.")
    d.save(out / f)
    return label(f, "2026/27", "sv", ["grundskola"],
                 "Word-structure plan: endnotes (one leaking a number), SmartArt-like wpg group (step shapes with text "
                 "+ picture without alt), footer picture without alt, logo shown twice (one relationship) with alt, "
                 "law-extract appendix",
                 "m m p m m p m m p m p p",
                 {"student_involvement": "students only informed at klassråd and answer the survey",
                  "promotive_work": "vision/slogans only (goda förebilder, nolltolerans)",
                  "discrimination_grounds": "grounds listed only in the quoted law text in the appendix",
                  "acute_routines": "written steps incl. huvudman and documentation; also as drawing group",
                  "guardian_involvement": "only 'finns på skolans webbplats'",
                  "evaluation_plan": "when (May 2027), how (enkät, APT) and who, but no students' part"},
                 pnrs={leak: "endnote"},
                 decoys=["0911-69 62 00", "0911-69 62 14", "2008:567", "2010:800"],
                 noalt=2, ok=1)


# ------------------------------------------------------------------ i2_16
def plan16(out):
    f = "i2_16_granasen-fot-slutnoter-flodesbild.docx"
    fn_leak = pnr("170523", "238", sep="+")                 # plus sign form, in a footnote
    en_leak = pnr("180715", "238", sep=" ", century="20")   # 12 digits with a space, in an endnote
    d = Plan("Trygghetsplan Granåsens skola", author="Granåsens skola")
    d.header_text("Granåsens skola F–3 och fritidshem")

    d.picture_para(png(64, 8, fg=(120, 170, 90)), width_cm=15, decorative=True, name="Bård")
    d.title("Trygghetsplan – plan mot kränkande behandling och diskriminering")
    d.p("Granåsens skola, förskoleklass–åk 3 och fritidshem, Sollefteå kommun", bold=True)

    d.h("Elevernas delaktighet", 1)
    d.p("Elevrådet (två elever från varje klass) har läst utkastet och föreslagit två ändringar: en kompisbänk på "
        "skolgården och att fritids ska ha en lugn hörna. Båda finns med i planen. I klassråden har eleverna pratat om "
        "planens trivselregler, och i maj är eleverna med och följer upp planen i klassråden.")

    d.h("Utvärdering av förra årets plan", 1)
    p = d.p("**Rastvärdar i skogsdungen:** genomfört hela året. Inga fler händelser i skogsdungen enligt "
            "rastvärdarnas anteckningar.")
    d.note(p, "Anteckningarna förs i rastvärdspärmen i personalrummet.")
    p = d.p("**Lugna luncher med fasta platser:** genomfört. Lärarna och eleverna tycker att matsalen är lugnare och "
            "det har blivit färre bråk i kön.")
    p = d.p("**Tydligare regler för pingisrummet på fritids:** delvis genomfört. Reglerna finns, men bråken om vems "
            "tur det är fortsätter, så vi provar en turordningslista.")
    d.note(p, f"Ett av bråken ledde till en anmälan som gällde elev {fn_leak} (åk 2).")

    d.h("Kartläggning", 1)
    p = d.p("Ingen kartläggning har genomförts i år eftersom kommunen bytte enkätverktyg.")
    d.note(p, "Det nya verktyget ska vara på plats till vårterminen.", kind="endnote")

    d.h("Främjande arbete", 1)
    d.bullets([
        "Kompisveckan v. 38: alla klasser gör samarbetsövningar i blandade grupper (klasslärarna).",
        "Vi läser böcker om olika familjer och om att vara olika i varje klass under hösten (klasslärarna och "
        "biblioteket).",
        "Fritids har ”alla får vara med”-lekar varje dag, och flickor och pojkar delar lika på fotbollsplanen "
        "(fritidspersonalen).",
    ])

    d.h("Förebyggande åtgärder", 1)
    d.p("[Fyll i tabellen med åtgärder utifrån kartläggningen. Ange ansvarig och när åtgärden ska vara klar.]",
        italic=True, color=(120, 120, 120))
    d.table([["Mål", "Åtgärd", "Ansvarig", "Klart när"], ["", "", "", ""], ["", "", "", ""]], widths=[4, 6, 3, 3])

    d.h("Om någon blir kränkt", 1)
    p = d.p("Så här gör vi när någon blir kränkt:")
    d.note(p, f"Flödesbilden gäller också fritids. Exempel från hösten: elev {en_leak}.", kind="endnote")
    d.picture_para(png(56, 40, fg=(90, 90, 160)), width_cm=13, name="Flödesschema")

    d.h("Utvärdering", 1)
    d.p("I maj utvärderar vi planen tillsammans med eleverna i klassråden.")

    d.h("Till vårdnadshavare", 1)
    d.p("Planen skickas hem till alla vårdnadshavare i Schoolsoft.")
    d.save(out / f)
    return label(f, "2025/26", "sv", ["förskoleklass", "grundskola", "fritidshem"],
                 "Word-structure plan: footnotes and endnotes each leaking a number, decorative border picture, "
                 "acute routine only as a flowchart picture without alt text, empty measures table under guidance; "
                 "no dates or responsible persons",
                 "x x m m x m x p x x p p",
                 {"validity_period": "no period, school year or adoption date anywhere",
                  "responsible": "no person, role or group is given responsibility",
                  "previous_year_evaluation": "three measures with done/partly and observed effect",
                  "survey": "explicit 'Ingen kartläggning har genomförts i år'",
                  "preventive_measures": "bracketed guidance + table with empty rows",
                  "acute_routines": "routine appears only as a flowchart image without alt text",
                  "discrimination_grounds": "no grounds listed",
                  "evaluation_plan": "when (maj) and students' part, no owner or method details",
                  "guardian_involvement": "only sent home in Schoolsoft"},
                 guidance=["preventive_measures"],
                 not_done=["survey"],
                 pnrs={fn_leak: "footnote", en_leak: "endnote"},
                 noalt=1, ok=1)
