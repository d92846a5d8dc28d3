"""Plans h1_12 - h1_16: English plans and plans with real Word structure."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from docx.oxml import parse_xml  # noqa: E402
from docx.shared import Pt  # noqa: E402

import wordkit as k  # noqa: E402


# =====================================================================
def plan12(outdir):
    doc = k.new_doc("Plan against discrimination and degrading treatment – Little Oaks International Preschool 2024/25",
                    "Sarah Whitfield", lang="en-GB", date=k.FIXED_DATE.replace(year=2024, month=9, day=2))
    k.header_text(doc, "Little Oaks International Preschool")
    k.footer_text(doc, "Little Oaks Education AB · Org. no. 559204-3318 · +46 470 77 12 30 · info@littleoaks.se",
                  page_numbers=False)

    doc.add_paragraph("Plan against discrimination and degrading treatment", style="Title")
    k.para(doc, "Little Oaks International Preschool – school year 2024/25", size=14, color="385623")
    pp = doc.add_paragraph()
    k.picture(pp, k.make_png(100, 60, (56, 86, 35), pattern=2), 7.0,
              alt="The Little Oaks preschool building with its garden and the red gate", name="Preschool photo")
    k.table(doc, [
        ("Preschool", "Little Oaks International Preschool, Ekvägen 12, Åbrink"),
        ("Organiser (huvudman)", "Little Oaks Education AB, org. no. 559204-3318"),
        ("Principal (rektor)", "Sarah Whitfield, sarah.whitfield@littleoaks.se"),
        ("Groups", "Acorns (1–3 years), Saplings (3–4 years), Oaks (4–5 years)"),
        ("Valid", "1 September 2024 – 31 August 2025"),
    ], header=False, widths=[4.5, 11.5], bold_first_col=True)

    k.heading(doc, "Responsibilities", 1)
    k.para(doc, "The principal, Sarah Whitfield, is responsible for drawing up, following up and evaluating the plan "
                "together with children, parents and staff, for making sure every member of staff knows the plan and "
                "for reporting incidents to the organiser. The equal treatment team – teachers Priya Nair (Oaks) and "
                "Jonas Berg (Saplings) – coordinates the survey and the children's council. All staff are responsible "
                "for stepping in and telling the principal the same day.")

    k.heading(doc, "Children's participation", 1)
    k.para(doc, "Children take part in ways that suit their age. In May 2024 the Oaks children led a safety walk: "
                "they took photos of places they like and places where they feel unsure, and showed a thumbs up or "
                "down on each photo. Teachers interviewed every child in the Saplings group with three questions "
                "(Where do you like to play? Is there anywhere you do not like to be? What do you do if someone is "
                "unkind?). With the youngest Acorns, teachers observed when and where children became upset. Our "
                "children's council (two children from Oaks, meeting once a month) chose the three friendship rules "
                "in this plan, and the council will look at the plan again in December and in May.")

    k.heading(doc, "Parents' participation", 1)
    k.para(doc, "Parents answered our parent survey in March 2024. The parent council read the draft plan at its "
                "meeting on 27 August 2024 and suggested more staff in the cloakroom at pick-up. The plan is "
                "published on our website and in the Tyra app, where all parents can comment, and it is discussed "
                "at the autumn parents' meeting.")

    k.heading(doc, "Evaluation of last year's plan", 1)
    k.para(doc, "Last year's plan was evaluated by the staff team in June 2024. Overall the measures worked well and "
                "the children seem happy and safe at Little Oaks. Some measures will continue this year.")

    k.heading(doc, "Current situation", 1)
    k.para(doc, "Sources: the children's safety walk and interviews, observations, our incident log (14 incidents in "
                "2023/24) and the parent survey (41 of 56 families answered; 93 % say their child feels safe).")
    k.para(doc, "The children pointed out two places: the cloakroom at pick-up time, when it is crowded and noisy, "
                "and the far end of the garden behind the shed, where adults are rarely seen. Nine of the 14 "
                "incidents happened in the cloakroom. Teachers also see that children who speak neither English nor "
                "Swedish at home are often left out of role play. Our analysis is that incidents happen during "
                "transitions and where staff are spread thinly, and that language can become a reason for exclusion "
                "linked to ethnicity.")

    k.heading(doc, "Promotive work", 1)
    k.bullets(doc, [
        "Weekly circle time on feelings and friendship in every group, led by the group's teacher.",
        "Books, songs and pictures showing different families, skin colours, religions and children with "
        "disabilities; the book corner is refreshed every month (responsible: Priya Nair).",
        "All children get to try all play areas, toys and roles, regardless of sex.",
        "We celebrate the festivals of the families in our groups when families want to share them.",
    ])

    k.heading(doc, "Timeline of actions", 1)
    k.table(doc, [
        ("Action", "Goal", "Responsible", "When", "Follow-up"),
        ("Two staff in the cloakroom at pick-up 15.30–16.30", "No incidents in the cloakroom",
         "Group teachers (rota)", "From 2 September 2024", "Incident log December 2024"),
        ("An adult stationed behind the shed during outdoor play", "Children feel safe in the whole garden",
         "Jonas Berg", "From September 2024", "Safety walk May 2025"),
        ("Play groups with pictures and signs in several languages", "No child left out because of language",
         "Priya Nair", "Autumn term 2024", "Observation March 2025"),
    ], font_size=9)

    k.heading(doc, "Procedure in case of an incident", 1)
    k.numbered(doc, [
        "The member of staff who sees or hears about it steps in at once.",
        "The member of staff tells the principal the same day.",
        "The principal reports the incident to the organiser, Little Oaks Education AB, the same day.",
        "The principal and the group's teacher investigate: they talk to the children in an age-appropriate way "
        "and to the parents.",
        "Measures are taken so that the degrading treatment stops.",
        "Everything is documented on the incident form and kept by the principal.",
        "Follow-up with the children and parents after two weeks.",
    ])
    k.para(doc, "If a member of staff offends a child, the principal investigates and reports to the organiser. "
                "Parents can always contact the group's teachers or the principal.")

    k.heading(doc, "The seven grounds of discrimination", 1)
    k.para(doc, "Sex, transgender identity or expression, ethnicity, religion or other belief, disability, sexual "
                "orientation and age.")

    k.heading(doc, "National minorities", 1)
    k.para(doc, "Sweden recognises five national minorities – Jews, Roma, Sami, Sweden Finns and Tornedalians – with "
                "the minority languages Yiddish, Romani Chib, Sami, Finnish and Meänkieli.")

    k.heading(doc, "Follow-up and evaluation of this year's plan", 1)
    k.para(doc, "The plan is followed up in December 2024 and evaluated in May 2025. The Oaks children repeat the "
                "safety walk, the children's council gives its views, the parent council discusses the results and "
                "the staff team reviews the incident log. The principal is responsible for the evaluation and for "
                "the new plan from September 2025.")

    name = "h1_12_littleoaks-en-forskola.docx"
    k.save(doc, str(Path(outdir) / name))
    return name


# =====================================================================
def plan13(outdir):
    doc = k.new_doc("Plan mot diskriminering och kränkande behandling 2026 – Västra Hamnens skola",
                    "Johanna Berglund", date=k.FIXED_DATE.replace(year=2026, month=1, day=16))
    k.header_text(doc, "Västra Hamnens skola · Kustviks kommun")
    k.footer_text(doc, "Dnr BUN 2026/0042 · Skolenhetskod 55120986")

    doc.add_paragraph("Plan mot diskriminering och kränkande behandling 2026", style="Title")
    k.para(doc, "Västra Hamnens skola – förskoleklass, grundskola åk 1–9 och fritidshem", size=14)
    k.para(doc, "Planen gäller kalenderåret 2026 (2026-01-01 – 2026-12-31). Summary in English at the end.")

    k.heading(doc, "1. Ansvar", 1)
    k.para(doc, "Rektor Johanna Berglund ansvarar för planen och för att anmälningar utreds. Biträdande rektor "
                "Omar Said leder trygghetsteamet, där kurator, skolsköterska och en lärare från varje stadium ingår. "
                "Mentorer och fritidspersonal ansvarar för att planen är känd i sina grupper, och all personal "
                "ansvarar för att ingripa och anmäla. Huvudman är barn- och utbildningsnämnden i Kustviks kommun.")

    k.heading(doc, "2. Elevernas delaktighet", 1)
    k.para(doc, "Eleverna har besvarat trygghetsenkäten i november 2025. Planen presenteras för eleverna på klassråd "
                "och i elevrådet i januari 2026.")

    k.heading(doc, "3. Vårdnadshavarnas delaktighet", 1)
    k.para(doc, "Skolrådet, där vårdnadshavare från alla stadier ingår, diskuterade kartläggningen och förslaget till "
                "åtgärder den 9 december 2025. Vårdnadshavarna svarade på kommunens vårdnadshavarenkät i oktober "
                "2025. Planen läggs ut i Vklass, där vårdnadshavare kan lämna synpunkter, och tas upp på "
                "vårterminens föräldramöten.")

    k.heading(doc, "4. Uppföljning av förra årets plan", 1)
    k.para(doc, "Förra årets åtgärder har i huvudsak genomförts enligt plan. Rastvärdarna, värdegrundsveckan och "
                "kamratstödjarna genomfördes. Fortbildningen om NPF hann inte genomföras.")

    k.heading(doc, "5. Kartläggning och analys", 1)
    k.para(doc, "Underlag: trygghetsenkät i november 2025 för åk 2–9 (512 av 590 elever), vårdnadshavarenkäten, "
                "Skolenkäten för åk 5 och 8 (vt 2025), anmälningar om kränkande behandling 2025 (57 st) och "
                "hälsosamtalen i åk 4 och 7.")
    k.para(doc, "87 % av eleverna känner sig trygga; i åk 7 är det 78 %. Otrygga platser är korridoren vid "
                "hemkunskapen, omklädningsrummen och busshållplatsen vid Hamnvägen. 19 av anmälningarna gällde "
                "kränkningar på nätet och 12 rasistiska kommentarer. Elever med neuropsykiatriska "
                "funktionsnedsättningar uppger i hälsosamtalen oftare än andra att de blir retade. Vi ser att "
                "övergången till högstadiet är en riskperiod och att personalen behöver mer kunskap om NPF.")

    k.heading(doc, "6. Främjande insatser", 1)
    k.bullets(doc, [
        "Värdegrundsvecka i september med temat ”Olika men lika”. Ansvarig: trygghetsteamet.",
        "Kamratstödjare i åk 4–9 som får utbildning av kuratorn i februari. Ansvarig: kurator Helena Strand.",
        "Läsprojekt i åk 1–3 med böcker om olika familjer och kulturer. Ansvarig: skolbibliotekarien.",
    ])

    k.heading(doc, "7. Förebyggande åtgärder", 1)
    k.table(doc, [
        ("Åtgärd", "Mål", "Ansvarig", "När"),
        ("Vuxen i korridoren vid hemkunskapen på raster", "Inga kränkningar i korridoren", "Arbetslag 7–9",
         "Från januari 2026"),
        ("Överlämningsdag och faddrar inför åk 7", "80 % trygga i åk 7", "Biträdande rektor Omar Said",
         "Juni och augusti 2026"),
        ("Fortbildning om NPF för all personal", "Färre elever med NPF blir retade", "Rektor Johanna Berglund",
         "Vt 2026"),
        ("Lektioner om rasism och nätet i åk 6–9", "Färre rasistiska kommentarer", "SO-lärarna, kurator",
         "Mars 2026"),
    ], widths=[6, 4, 4, 2.5])

    k.heading(doc, "8. Rutiner för akuta situationer", 1)
    k.numbered(doc, [
        "Den som ser eller får veta ingriper direkt.",
        "Anmälan till rektor samma dag i kommunens anmälningssystem.",
        "Rektor anmäler till huvudmannen via systemet.",
        "Mentor eller trygghetsteamet utreder skyndsamt och kontaktar vårdnadshavare.",
        "Rektor beslutar om åtgärder.",
        "Utredning och åtgärder dokumenteras i anmälningssystemet.",
        "Uppföljning efter två veckor.",
    ])
    k.para(doc, "Om en vuxen kränker en elev utreder rektor tillsammans med HR och anmäler till huvudmannen. Elever och "
                "vårdnadshavare kan vända sig till mentor, kurator Helena Strand (0522-69 75 20) eller rektor "
                "(0522-69 75 00).")

    k.heading(doc, "9. Diskrimineringsgrunderna", 1)
    k.para(doc, "Diskrimineringsgrunderna är kön, etnisk tillhörighet, religion eller annan trosuppfattning, "
                "funktionsnedsättning, sexuell läggning och ålder.")

    k.heading(doc, "10. Nationella minoriteter", 1)
    k.para(doc, "De nationella minoriteterna är judar, romer, samer, sverigefinnar och tornedalingar. Skolan "
                "informerar vårdnadshavare om rätten till modersmålsundervisning i minoritetsspråken. I åk 4–9 "
                "undervisar vi om minoriteternas historia och kultur, och Förintelsens minnesdag den 27 januari och "
                "Samernas nationaldag den 6 februari uppmärksammas i alla klasser.")

    k.heading(doc, "11. Utvärdering", 1)
    k.para(doc, "Planen utvärderas i november 2026 av trygghetsteamet och rektor utifrån trygghetsenkäten och "
                "anmälningsstatistiken. Resultatet redovisas på APT i december och ligger till grund för planen 2027.")

    k.heading(doc, "Summary in English", 1)
    k.para(doc, "This is Västra Hamnens skola's plan against discrimination and degrading treatment for the calendar "
                "year 2026. It covers the preschool class, years 1–9 and the after-school centre. The principal, "
                "Johanna Berglund, is responsible for the plan. Students answered the safety survey in November "
                "2025 and the plan is presented in class councils. The survey shows that 87 % of students feel "
                "safe, but fewer in year 7. This year's measures focus on the corridor by the home economics room, "
                "the move to year 7, online racism and staff training about neuropsychiatric disabilities. If "
                "something happens, tell an adult at school: staff must report to the principal the same day.",
           italic=True)

    name = "h1_13_vastrahamnen-bilingual-summary.docx"
    k.save(doc, str(Path(outdir) / name))
    return name


# =====================================================================
def plan14(outdir):
    doc = k.new_doc("Plan mot diskriminering och kränkande behandling – Granbergsskolan", "Jonas Lindqvist")
    k.header_text(doc, "Åbrinks kommun · Utbildningsförvaltningen · Mall 2025")
    k.footer_text(doc, "Granbergsskolan · Växel 0470-43 10 00")

    doc.add_paragraph("Plan mot diskriminering och kränkande behandling", style="Title")
    k.para(doc, "Fyll i grunduppgifterna i formuläret.", italic=True, color="7F7F7F", size=9)
    form = [
        ("Skolenhet", "skolenhet", "Granbergsskolan", False),
        ("Skolenhetskod", "skolenhetskod", "73190542", False),
        ("Skolform", "skolform", "Grundskola åk 4–9", False),
        ("Rektor", "rektor", "Jonas Lindqvist, jonas.lindqvist@abrink.se", False),
        ("Ansvarig för planen", "ansvarig", "Rektor Jonas Lindqvist", False),
        ("Trygghetsteam", "trygghetsteam", "Kurator Nadia Berg, skolsköterska Ulf Ås, lärarna Kim Sand och "
                                           "Rebecka Holm", False),
        ("Giltighetstid", "giltighet", "Klicka här för att ange text.", True),
        ("Datum för upprättande", "upprattad", "Klicka här för att ange datum.", True),
    ]
    t = doc.add_table(rows=0, cols=2)
    t.style = doc.styles["Table Grid"]
    for label, tag, text, plc in form:
        cells = t.add_row().cells
        cells[0].paragraphs[0].text = ""
        cells[0].paragraphs[0].add_run(label).bold = True
        k.shade(cells[0], "E7E6E6")
        cells[1].paragraphs[0]._p.append(k.sdt_inline(label, tag, text, placeholder=plc))

    k.toc_field(doc, [
        (1, "1 Grunduppgifter", 2), (2, "1.1 Planens giltighetstid", 2), (2, "1.2 Ansvarsfördelning", 2),
        (1, "2 Delaktighet", 3), (2, "2.1 Elevernas delaktighet", 3), (2, "2.2 Vårdnadshavarnas delaktighet", 3),
        (1, "3 Utvärdering av förra årets plan", 3), (1, "4 Kartläggning och analys", 4),
        (1, "5 Främjande insatser", 5), (1, "6 Förebyggande åtgärder", 5),
        (1, "7 Rutiner för akuta situationer", 6), (1, "8 Diskrimineringsgrunderna", 7),
        (1, "9 Nationella minoriteter", 7), (1, "10 Uppföljning och utvärdering av årets plan", 8),
    ])
    k.page_break(doc)

    k.heading(doc, "1 Grunduppgifter", 1)
    k.heading(doc, "1.2 Ansvarsfördelning", 2)
    k.body_append(doc, k.sdt_block("Ansvarsfördelning", "ansvar", [
        "Rektor Jonas Lindqvist ansvarar för att planen upprättas, följs upp och revideras, att personalen känner "
        "till anmälningsskyldigheten och att anmälningar utreds skyndsamt.",
        "Trygghetsteamet samordnar kartläggningen och utreder anmälningar tillsammans med mentorerna. All personal "
        "ansvarar för att ingripa och anmäla till rektor samma dag. Huvudmannen, utbildningsnämnden i Åbrinks "
        "kommun, tar emot rektors anmälningar och ansvarar för att utredning sker.",
    ]))

    k.heading(doc, "2 Delaktighet", 1)
    k.heading(doc, "2.1 Elevernas delaktighet", 2)
    k.body_append(doc, k.sdt_block("Elevernas delaktighet", "elevdelaktighet",
                                   ["Klicka här för att ange text."], placeholder=True))
    k.heading(doc, "2.2 Vårdnadshavarnas delaktighet", 2)
    k.body_append(doc, k.sdt_block("Vårdnadshavarnas delaktighet", "vhdelaktighet",
                                   ["Klicka här för att ange text."], placeholder=True))

    k.heading(doc, "3 Utvärdering av förra årets plan", 1)
    k.body_append(doc, k.sdt_block("Utvärdering", "utvardering", [
        "Någon utvärdering av förra årets plan har inte gjorts eftersom skolan bytte rektor under våren 2025."]))

    k.heading(doc, "4 Kartläggning och analys", 1)
    k.body_append(doc, k.sdt_block("Kartläggning", "kartlaggning", [
        "Underlag: Skolenkäten för åk 5 och 8 (vårterminen 2025), skolans egen trivselenkät för åk 4–9 i maj 2025 "
        "(318 av 377 elever svarade) och anmälningarna om kränkande behandling under 2024/25 (47 st).",
        "83 % av eleverna känner sig trygga i skolan. Andelen är lägst i åk 7 (74 %). Otrygga platser är "
        "omklädningsrummen, cykelparkeringen och uppehållsrummet för åk 8–9. 21 av anmälningarna gällde "
        "kommentarer i sociala medier, 8 gällde sexuella trakasserier och 6 kommentarer om hudfärg eller religion.",
        "Analys: kränkningarna sker där vuxna inte finns och i digitala kanaler. Övergången från åk 6 till åk 7, "
        "när klasserna blandas, är en riskperiod.",
    ]))

    k.heading(doc, "7 Rutiner för akuta situationer", 1)
    k.numbered(doc, [
        "Den vuxna som ser eller får veta ingriper direkt.",
        "Anmälan till rektor samma dag via kommunens anmälningssystem.",
        "Rektor anmäler till huvudmannen via systemet.",
        "Mentor eller trygghetsteamet utreder skyndsamt genom samtal med de inblandade; vårdnadshavare kontaktas.",
        "Rektor beslutar om åtgärder.",
        "Utredning och åtgärder dokumenteras i systemet.",
        "Uppföljning efter två veckor.",
    ])
    k.para(doc, "Om en vuxen kränker en elev anmäls det till rektor, som anmäler till huvudmannen och utreder "
                "tillsammans med HR.")

    k.heading(doc, "8 Diskrimineringsgrunderna", 1)
    k.body_append(doc, k.sdt_block("Diskrimineringsgrunder", "grunder", [
        "Kön, könsöverskridande identitet eller uttryck, etnisk tillhörighet, religion eller annan "
        "trosuppfattning, funktionsnedsättning, sexuell läggning och ålder."]))

    name = "h1_14_granberg-contentcontrols-toc.docx"
    k.save(doc, str(Path(outdir) / name))
    return name


# =====================================================================
def plan15(outdir):
    doc = k.new_doc("Plan mot diskriminering och kränkande behandling – Åsens skola 2025/26", "Karin Åberg")
    k.set_track_revisions(doc)
    k.header_text(doc, "Åsens skola F–6 och fritidshem · Norrvikens kommun")
    k.footer_text(doc, "Plan 250818-260612 · version 2")
    rv = k.Revisions()
    KA, D1 = "Karin Åberg", "2025-09-03T10:15:00Z"
    HE, D2 = "Hanna Ek", "2025-09-04T13:40:00Z"

    doc.add_paragraph("Plan mot diskriminering och kränkande behandling", style="Title")
    k.para(doc, "Åsens skola – förskoleklass, åk 1–6 och fritidshemmet Ugglan", size=14)
    k.para(doc, "Läsåret 2025/26 (2025-08-18 – 2026-06-12)")

    k.heading(doc, "Ansvar", 1)
    k.para(doc, "Rektor Karin Åberg ansvarar för att planen tas fram och utvärderas tillsammans med eleverna och för "
                "att anmälningar utreds. Trygghetsgruppen (kurator Leo Sund, fritidspedagog Hanna Ek och lärarna "
                "Ebba Norén och Ville Kask) samordnar kartläggning och uppföljning. All personal ansvarar för att "
                "ingripa och anmäla. Huvudman är barn- och skolnämnden i Norrvikens kommun.")

    k.heading(doc, "Elevernas delaktighet", 1)
    k.para(doc, "Klassråden i alla klasser diskuterade otrygga platser och förslag på åtgärder i maj 2025, och "
                "elevrådet gick trygghetsvandring med trygghetsgruppen. Elevrådet läste förslaget till nya åtgärder "
                "den 1 september 2025 och ville ha en lugn plats inne under rasterna – den finns nu med bland "
                "åtgärderna. Fritidsrådet gjorde samma sak för fritids. Elevrådet följer upp åtgärderna i januari och "
                "utvärderar dem i maj.")

    k.heading(doc, "Vårdnadshavarnas delaktighet", 1)
    k.para(doc, "Planen finns på skolans webbplats och i Schoolsoft. Vårdnadshavare informeras om planen på "
                "föräldramötet i september.")

    k.heading(doc, "Utvärdering av förra årets plan", 1)
    k.table(doc, [
        ("Åtgärd 2024/25", "Genomförande", "Effekt"),
        ("Rastvärdar vid fotbollsplanen", "Genomfört hela året", "Anmälningarna från fotbollsplanen minskade från 12 "
         "till 4; åtgärden blir en del av det ordinarie rastschemat."),
        ("Vuxen i kapprummet åk 1–3 vid lunch", "Genomfört från oktober", "Eleverna i åk 1–3 ritar inte längre "
         "kapprummet som otryggt på trygghetsvandringen."),
        ("Värdegrundslektioner åk 4–6", "Genomfört i åk 4–5, inte i åk 6", "Eleverna i åk 4–5 vet oftare vad de ska "
         "göra om någon blir utsatt (76 % → 88 %). Åk 6 får lektionerna i år."),
    ], widths=[4.5, 4.5, 7.5])

    k.heading(doc, "Kartläggning", 1)
    k.para(doc, "Trygghetsenkät för åk 2–6 i april 2025 (176 av 190 svarade), trygghetsvandring med elevrådet i maj "
                "och anmälningarna om kränkande behandling (26 st). 91 % av eleverna känner sig trygga. Otrygga "
                "platser är skogsdungen bakom skolan, toaletterna vid idrottshallen och matsalskön. Flickor i åk 5–6 "
                "berättar om kommentarer om kroppen, och några elever säger att de blir retade för sin religion. "
                "Vi ser att kränkningarna sker där det är trångt eller där vuxna inte syns.")

    k.heading(doc, "Främjande arbete", 1)
    k.bullets(doc, [
        "Faddrar: åk 5 är faddrar för förskoleklassen hela läsåret (ansvarig: mentorerna i åk 5).",
        "Värdegrundslektioner om diskrimineringsgrunderna varannan vecka i åk 4–6 (ansvarig: mentorerna).",
        "Fritids har ”Allas lek” varje torsdag med åldersblandade lekar (ansvarig: Hanna Ek).",
    ])

    k.heading(doc, "Förebyggande åtgärder", 1)
    k.body_append(doc, rv.p([rv.run_ins("Åtgärderna har reviderats efter elevrådets synpunkter den 1 september. "
                                        "Gamla åtgärder som är genomförda har tagits bort.", KA, D1)],
                            mark="ins", author=KA, date=D1))
    W = [3800, 2300, 2400, 1300]
    rows = [
        (None, None, None, [[rv.run("Åtgärd", True)], [rv.run("Mål", True)], [rv.run("Ansvarig", True)],
                            [rv.run("När", True)]]),
        ("del", KA, D1, [[rv.run_del("Rastvärdar vid fotbollsplanen", KA, D1)],
                         [rv.run_del("Färre anmälningar", KA, D1)],
                         [rv.run_del("Arbetslag 4–6", KA, D1)], [rv.run_del("Ht 2024", KA, D1)]]),
        (None, None, None, [[rv.run("Vuxen i skogsdungen under lunchrasten")],
                            [rv.run("Inga kränkningar i skogsdungen")],
                            [rv.run_del("Lena Persson", HE, D2), rv.run_ins("Fritidspersonalen, Hanna Ek", HE, D2)],
                            [rv.run("Från v. 36")]]),
        ("ins", KA, D1, [[rv.run_ins("Lugnt rum i biblioteket under rasterna (elevrådets förslag)", KA, D1)],
                         [rv.run_ins("Alla har en trygg plats inne", KA, D1)],
                         [rv.run_ins("Bibliotekarie Mona Ali", KA, D1)],
                         [rv.run_ins("Från 2025-09-15", KA, D1)]]),
        ("ins", KA, D1, [[rv.run_ins("Samtal om kroppskommentarer och sexuella trakasserier i åk 5–6", KA, D1)],
                         [rv.run_ins("Färre kommentarer om kroppen", KA, D1)],
                         [rv.run_ins("Kurator Leo Sund", KA, D1)],
                         [rv.run_ins("Oktober 2025", KA, D1)]]),
        (None, None, None, [[rv.run("Vuxen vid toaletterna vid idrottshallen")],
                            [rv.run("Trygga toaletter")],
                            [rv.run("Idrottslärare Ville Kask")],
                            [rv.run_del("Ht 2024", KA, D1), rv.run_ins("Från v. 35", KA, D1)]]),
        ("ins", HE, D2, [[rv.run_ins("Delad matsalskö med två ingångar", HE, D2)],
                         [rv.run_ins("Ingen trängsel i kön", HE, D2)],
                         [rv.run_ins("Rektor Karin Åberg", HE, D2)],
                         [rv.run_ins("November 2025", HE, D2)]]),
        ("del", KA, D1, [[rv.run_del("Värdegrundslektioner åk 4–6", KA, D1)],
                         [rv.run_del("Eleverna vet vad de ska göra", KA, D1)],
                         [rv.run_del("Mentorer", KA, D1)], [rv.run_del("Läsåret 2024/25", KA, D1)]]),
    ]
    k.body_append(doc, rv.table(rows, W))
    k.body_append(doc, rv.p([rv.run_del("Särskild åtgärd för elev 1509233969 i åk 4: extra vuxenstöd på raster "
                                        "enligt åtgärdsprogrammet.", KA, D1)], mark="del", author=KA, date=D1))
    k.body_append(doc, rv.p([rv.run("Åtgärderna följs upp av trygghetsgruppen i januari 2026 och utvärderas i maj "
                                    "2026.")]))

    k.heading(doc, "Rutiner för akuta situationer", 1)
    k.para(doc, "Arbetsgången när en elev kränks finns i rutan nedan. Den sitter också uppsatt i personalrummet.")
    box = [
        k.p_xml("Arbetsgång vid kränkande behandling, trakasserier och sexuella trakasserier", bold=True, size=12),
        k.p_xml("1. Ingrip direkt – säg ifrån och avbryt."),
        k.p_xml("2. Anmäl till rektor samma dag via Norrvikens anmälningsformulär."),
        k.p_xml("3. Rektor anmäler till huvudmannen inom en vecka."),
        k.p_xml("4. Mentor eller trygghetsgruppen utreder skyndsamt: samtal med den utsatta, den som kränkt och "
                "vittnen. Vårdnadshavare kontaktas samma dag."),
        k.p_xml("5. Rektor beslutar om åtgärder så att kränkningarna upphör."),
        k.p_xml("6. Dokumentera utredning och åtgärder i anmälningsformuläret."),
        k.p_xml("7. Följ upp med eleverna efter två veckor och avsluta ärendet när kränkningarna har upphört."),
        k.p_xml("Om en vuxen kränker en elev: anmäl till rektor, som anmäler till huvudmannen och utreder med HR."),
    ]
    bp = doc.add_paragraph()
    bp._p.append(k.textbox_run(box, width_cm=16.0, height_cm=8.5, shape_id=701, name="Textruta 2"))
    k.para(doc, "Elever och vårdnadshavare kan vända sig till mentor, kurator Leo Sund (0176-22 41 30) eller rektor "
                "Karin Åberg (0176-22 41 00).")

    k.heading(doc, "Diskrimineringsgrunderna", 1)
    k.para(doc, "Kön, könsöverskridande identitet eller uttryck, etnisk tillhörighet, religion eller annan "
                "trosuppfattning, funktionsnedsättning, sexuell läggning och ålder.")

    k.heading(doc, "Nationella minoriteter", 1)
    k.para(doc, "Judar, romer, samer, sverigefinnar och tornedalingar är Sveriges nationella minoriteter. Vi "
                "informerar vårdnadshavare om rätten till modersmålsundervisning i finska, meänkieli, samiska, "
                "romani chib och jiddisch. På Samernas nationaldag och Sverigefinnarnas dag har alla klasser en "
                "lektion om minoritetens språk och kultur, och skolbiblioteket har böcker på minoritetsspråken.")

    k.heading(doc, "Uppföljning och utvärdering", 1)
    k.para(doc, "Årets plan utvärderas i maj 2026. Elevrådet och klassråden går en ny trygghetsvandring och svarar "
                "på frågor om åtgärderna, trygghetsenkäten görs i april och arbetslagen utvärderar på APT. "
                "Rektor Karin Åberg ansvarar för utvärderingen.")

    name = "h1_15_asen-tracked-textbox.docx"
    k.save(doc, str(Path(outdir) / name))
    return name


# =====================================================================
def plan16(outdir):
    doc = k.new_doc("Plan mot kränkande behandling och diskriminering 2026/27 – Sjövikens skola", "Magnus Ekholm",
                    date=k.FIXED_DATE.replace(year=2026, month=9, day=10))
    notes = k.Notes(doc)
    k.header_text(doc, "Sjövikens skola 4–9 · Sjöviks kommun")
    k.footer_text(doc, "Sjövikens skola · Skolvägen 8 · 0340-67 15 00")

    doc.add_paragraph("Plan mot kränkande behandling och diskriminering", style="Title")
    k.para(doc, "Sjövikens skola, grundskola åk 4–9 – läsåret 2026/27", size=14)
    k.para(doc, "Planen gäller 2026-09-01 – 2027-08-31.")

    k.heading(doc, "Ansvar", 1)
    k.para(doc, "Rektor Magnus Ekholm ansvarar för att planen upprättas, följs upp och utvärderas och för att "
                "personalen känner till den. Trygghetsgruppen, som leds av biträdande rektor Linnea Falk, samordnar "
                "kartläggningen och följer upp åtgärderna. Mentorerna ansvarar för att planen gås igenom i "
                "klasserna. Huvudman är utbildningsnämnden i Sjöviks kommun.")

    k.heading(doc, "Elevernas delaktighet", 1)
    k.para(doc, "Elevrådet gick trygghetsvandring tillsammans med elevskyddsombuden och trygghetsgruppen i maj 2026. "
                "Alla klassråd diskuterade resultaten i juni och föreslog åtgärder, och elevrådet prioriterade "
                "förslagen i augusti. Elevrådet följer upp åtgärderna i december och i maj.")

    k.heading(doc, "Vårdnadshavarnas delaktighet", 1)
    p = k.para(doc, "Planen publiceras på skolans webbplats och i Unikum.")
    notes.footnote(p, "https://www.sjovik.se/sjovikensskola/plan")

    k.heading(doc, "Utvärdering av förra årets plan", 1)
    k.para(doc, "Trygghetsgruppen och elevrådet utvärderade planen för 2025/26 i maj–juni 2026.")
    for t in [
        "**Rastvärdar vid cykelstället:** genomfört från september 2025. Anmälningarna vid cykelstället minskade "
        "från 10 till 2.",
        "**Mobilfria lektioner i åk 7–9:** genomfört från januari 2026. Lärarna rapporterar bättre studiero och "
        "färre bilder tagna under lektionstid; inga anmälningar om filmning på lektion under vårterminen.",
        "**Temadagar om nätet för åk 6:** genomfört i oktober. Eleverna i åk 6 uppger oftare att de vet vad de "
        "ska göra om bilder sprids (64 % → 81 %).",
    ]:
        k.para(doc, t)
    p = k.para(doc, "**Extra vuxenstöd på raster i åk 6:** genomfört för de elever som behövde det och avslutat i "
                    "juni 2026.")
    notes.footnote(p, "Avser ärende 2025-114 (elev 201301084412). Se elevakten.")

    k.heading(doc, "Kartläggning", 1)
    p = k.para(doc, "Vi har använt Skolenkäten för åk 5 och 8")
    notes.endnote(p, "Skolinspektionen, Skolenkäten vårterminen 2026, resultat för Sjövikens skola.")
    p.add_run(", kommunens elevenkät för åk 4–9")
    notes.endnote(p, "Sjöviks kommun, Elevenkät 2026 – trygghet och studiero.")
    p.add_run(", trygghetsvandringen och anmälningarna om kränkande behandling under 2025/26 (34 st).")
    k.para(doc, "85 % av eleverna känner sig trygga i skolan. Lägst är tryggheten i åk 8 (77 %). Otrygga platser är "
                "omklädningsrummen, trappan vid matsalen och skolbussen. 14 av anmälningarna gällde sociala medier "
                "och 7 gällde sexuella trakasserier, främst mot flickor i åk 8. Vår analys är att "
                "trakasserierna ofta börjar i chattgrupper utanför skoltid och fortsätter i skolan, och att "
                "omklädningsrummen saknar vuxen närvaro.")

    k.heading(doc, "Främjande arbete", 1)
    p = k.para(doc, "Alla klasser har en värdegrundslektion i månaden med material från Diskrimineringsombudsmannen")
    notes.endnote(p, "Diskrimineringsombudsmannen, Aktiva åtgärder – handledning för skolor och förskolor.")
    p.add_run(". Mentorerna ansvarar. Åk 7 har en gemensam uppstartsvecka i augusti där klasserna blandas.")

    k.heading(doc, "Förebyggande åtgärder", 1)
    k.table(doc, [
        ("Åtgärd", "När"),
        ("Vuxen närvaro i omklädningsrummen före och efter idrott", "Från v. 36"),
        ("Samtal om chattgrupper och bilder i alla klasser i åk 7–8", "Oktober 2026"),
        ("Trappan vid matsalen: rastvärd under lunchen", "Från 2026-09-07"),
        ("Kurator Fredrik Ask håller samtal om sexuella trakasserier i åk 8", "November 2026"),
        ("Skolbussen: samtal med busschaufförerna och bolaget", "Ht 2026"),
    ], widths=[12, 4.5])

    k.heading(doc, "Rutiner för akuta situationer", 1)
    p = k.para(doc, "Sjövikens skola följer Sjöviks kommuns gemensamma rutin vid kännedom om kränkande behandling, "
                    "trakasserier och sexuella trakasserier.")
    notes.footnote(p, "Rutinen finns på kommunens intranät: Medarbetarwebben > Skola > Rutiner och blanketter.")

    k.heading(doc, "Nationella minoriteter", 1)
    k.para(doc, "Några av skolans elever tillhör de nationella minoriteterna och läser modersmål.")

    k.heading(doc, "Uppföljning och utvärdering", 1)
    k.para(doc, "Trygghetsgruppen följer upp åtgärderna i december 2026 tillsammans med elevrådet. Planen utvärderas "
                "i maj 2027: elevrådet och klassråden bedömer åtgärderna, trygghetsvandringen görs om och "
                "enkätresultaten jämförs. Rektor ansvarar för att utvärderingen sammanställs och för den nya planen.")

    notes.finish()
    name = "h1_16_sjoviken-footnotes-endnotes.docx"
    k.save(doc, str(Path(outdir) / name))
    return name
