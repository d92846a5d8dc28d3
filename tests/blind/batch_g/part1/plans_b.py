"""Plans g1_06 … g1_10: one-page fritidshem and förskola plans, and plans with measure tables."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from docx.enum.text import WD_ALIGN_PARAGRAPH  # noqa: E402

import wordkit as wk  # noqa: E402
from wordkit import p, h, bullets, table, kv_table  # noqa: E402

C = WD_ALIGN_PARAGRAPH.CENTER


# ==============================================================================================
# g1_06 — Fritidshemmet Kometen (one page, "tills vidare")
# ==============================================================================================


def plan06(out):
    d = wk.new_doc("Fritidshemmet Kometens plan mot kränkande behandling", author="Fritidshemmet Kometen")
    p(d, "Fritidshemmet Kometens plan mot kränkande behandling", bold=True, size=15)
    p(d, "Ekbackeskolan, Sjöviks kommun · Gäller från 2025-08-11 och tills vidare.", size=10)
    p(d, "Kometen är fritidshem för ca 90 barn i förskoleklass till åk 3.", size=10)
    p(d, "**Hur barnen har varit med**", size=10, after=0)
    p(
        d,
        "I fritidsrådet (två barn från varje grupp) har barnen varit med och skrivit Kometens trivselregler "
        "som finns här nedanför. Alla barn i åk 1–3 var med på trygghetsvandringen i september.",
        size=10,
    )
    p(d, "**Vad vi har sett**", size=10, after=0)
    p(
        d,
        "Vid trygghetsvandringen 2025-09-10 markerade barnen kapprummet vid hämtning och ytan bakom "
        "förrådet som otrygga platser (31 av 64 barn nämnde kapprummet). Många barn sa att det är trångt "
        "och stökigt i kapprummet när många hämtas samtidigt och att ingen vuxen ser vad som händer bakom "
        "förrådet.",
        size=10,
    )
    p(d, "**Det här gör vi**", size=10, after=0)
    for it in [
        "Fler vuxna ute på gården.",
        "En vuxen i kapprummet vid hämtning 15.30–16.30.",
        "Lekar som blandar barnen från olika grupper.",
    ]:
        par = d.add_paragraph(style="List Bullet")
        wk.runs_md(par, it, size=10)
    p(d, "**Kometens trivselregler**", size=10, after=0)
    p(
        d,
        "Vi är snälla mot varandra. Alla får vara med. Vi säger stopp när något inte känns bra. Vi hjälper "
        "den som är ledsen.",
        size=10,
    )
    p(d, "**Om något händer**", size=10, after=0)
    p(d, "Säg till en vuxen. Vi pratar med de som var med och berättar för rektor.", size=10)
    p(d, "Kometen, tel. 0470-388 52 · mobil fritids 072-145 88 30", size=9, color="595959")
    wk.save(d, out / "g1_06_kometen-fritids-onepage.docx")


# ==============================================================================================
# g1_07 — Förskolan Myran (one page, calendar year 2026)
# ==============================================================================================


def plan07(out):
    d = wk.new_doc(
        "Förskolan Myran – Plan mot diskriminering och kränkande behandling 2026", author="Maria Lindqvist"
    )
    p(d, "Förskolan Myran", bold=True, size=16)
    p(d, "Plan mot diskriminering och kränkande behandling 2026", bold=True, size=13)
    p(d, "Gäller 1 januari–31 december 2026.", size=10)
    p(d, "Förskolan Myran har två avdelningar, Myrstacken och Humlan, med sammanlagt 34 barn.", size=10)
    p(
        d,
        "**Ansvar.** Rektor Maria Lindqvist ansvarar för att planen tas fram, följs och utvärderas. "
        "Pedagogerna i arbetslagen ansvarar för att ingripa när ett barn far illa och för att barnen får "
        "stöd.",
        size=10,
    )
    p(
        d,
        "**Förra årets plan.** Planen för 2025 har utvärderats på APT i december 2025. Åtgärderna "
        "genomfördes.",
        size=10,
    )
    p(
        d,
        "**Kartläggning.** Ingen kartläggning har genomförts under hösten 2025 på grund av "
        "personalomsättning.",
        size=10,
    )
    p(
        d,
        "**Värdegrund.** Vi arbetar utifrån Lpfö 18. Alla barn ska känna sig trygga och ingen ska bli "
        "kränkt. Vi vuxna är goda förebilder.",
        size=10,
    )
    p(
        d,
        "**Diskrimineringsgrunderna.** Kön, könsöverskridande identitet eller uttryck, etnisk tillhörighet, "
        "religion eller annan trosuppfattning, funktionsnedsättning, sexuell läggning och ålder. Ingen får "
        "diskrimineras på Myran på grund av någon av dessa grunder.",
        size=10,
    )
    p(
        d,
        "**Vårdnadshavare.** Planen presenteras på höstens föräldramöte, där vårdnadshavarna kan lämna "
        "synpunkter, och diskuteras i föräldrarådet i februari. Synpunkter kan också lämnas direkt till "
        "rektor.",
        size=10,
    )
    p(d, "Rektor Maria Lindqvist, 0920-455 17, maria.lindqvist@forskola.lulebo.se", size=9, color="595959")
    wk.save(d, out / "g1_07_myran-forskola-onepage.docx")


# ==============================================================================================
# g1_08 — Strandvägsskolan 4–9 (six-column measure table, fully filled; pnr in a table and body)
# ==============================================================================================


def plan08(out):
    d = wk.new_doc(
        "Plan mot diskriminering och kränkande behandling – Strandvägsskolan 4–9", author="Helén Marklund"
    )
    wk.header_text(d, "Strandvägsskolan 4–9 · Älvstads kommun", align_right=True)
    wk.footer_text(d, "Dnr BUN 2025/0412 · period 250818-260612", page_field=True)
    p(d, "Strandvägsskolan 4–9", size=14)
    p(d, "Plan mot diskriminering och kränkande behandling", bold=True, size=20)
    kv_table(
        d,
        [
            ("Skolenhet", "Strandvägsskolan, åk 4–9 (skolenhetskod 71629384)"),
            ("Huvudman", "Älvstads kommun, utbildningsnämnden (org.nr 212000-0621)"),
            ("Planen gäller", "2025-08-18 – 2026-06-12"),
            ("Ansvarig", "Rektor Helén Marklund"),
            ("Fastställd", "2025-09-12"),
        ],
    )

    h(d, "Ansvarsfördelning", 1)
    bullets(
        d,
        [
            "**Rektor** Helén Marklund ansvarar för att planen tas fram, genomförs och utvärderas, för att "
            "anmälningar görs till huvudmannen och för att kränkningar utreds.",
            "**Trygghetsteamet** (biträdande rektor Ola Hedin, kurator Amira Said, skolsköterska Britt Nord och en "
            "lärare från varje arbetslag) samordnar kartläggning och åtgärder och utreder på rektors uppdrag.",
            "**Mentorerna** arbetar med planen i klassråden och följer upp åtgärderna i sina klasser.",
            "**All personal** ingriper direkt mot kränkningar och anmäler till rektor samma dag.",
            "**Huvudmannen** (utbildningsförvaltningen) tar emot anmälningar och följer upp skolans arbete.",
        ],
    )

    h(d, "Elevernas delaktighet", 1)
    p(
        d,
        "Elevrådet deltog i utvärderingen av förra årets plan i maj 2025 och i trygghetsvandringen den 28 "
        "augusti 2025. Klassråden i alla klasser diskuterade i september vad som ska stå i planen, och "
        "elevrådet har fått lämna synpunkter på utkastet innan planen fastställdes. Skolans två "
        "elevskyddsombud ingår i trygghetsteamets möten en gång per månad. Eleverna följer upp åtgärderna i "
        "klassråden i december och i april.",
    )

    h(d, "Vårdnadshavare", 1)
    p(d, "Planen publiceras på skolans webbplats och i SchoolSoft.")

    h(d, "Utvärdering av förra årets plan", 1)
    p(d, "Förra årets åtgärder har följts upp med elevrådet, i arbetslagen och i trygghetsteamet (maj 2025).")
    table(
        d,
        [
            ["Åtgärd 2024/25", "Genomförande", "Effekt"],
            [
                "Rastvärdar i korridoren vid matsalen",
                "Genomfördes från oktober; schema i alla arbetslag.",
                "Otrygghet vid matsalen minskade från 22 % till 11 % i trivselenkäten.",
            ],
            [
                "Värdegrundslektioner om nätkränkningar i åk 6–7",
                "Genomfördes i åk 6, delvis i åk 7.",
                "Anmälningar om nätkränkningar i åk 6 minskade från 9 till 4; i åk 7 oförändrat.",
            ],
            [
                "Könsuppdelade samtalsgrupper med skolsköterskan",
                "Genomfördes inte p.g.a. sjukskrivning.",
                "Ingen effekt att mäta; åtgärden förs över till årets plan i ändrad form.",
            ],
            [
                "Vuxen vid omklädningsrummen",
                "Genomfördes hela året.",
                "Otrygghet i omklädningsrummen minskade från 18 % till 9 %.",
            ],
        ],
        widths=(5, 5, 6),
    )

    h(d, "Kartläggning och analys", 1)
    p(
        d,
        "Kartläggningen bygger på Älvstads kommuns trivselenkät (åk 4–9, mars 2025, svarsfrekvens 412 av "
        "468), trygghetsvandringen med elevrådet, anmälningar om kränkande behandling 2024/25, "
        "hälsosamtalen hos skolsköterskan i åk 4 och 7 samt klassrådens protokoll.",
    )
    p(
        d,
        "89 % av eleverna känner sig trygga i skolan. Otrygga platser är främst skolgården bakom "
        "idrottshallen (åk 4–5) och toaletterna på plan 2 (åk 7–9). Flickor i åk 8 uppger oftare än andra "
        "att de fått kommentarer om sin kropp (17 % mot 6 % i genomsnitt). Under året anmäldes 37 fall av "
        "kränkande behandling, varav 8 gällde sexuella trakasserier. I ett ärende under vårterminen (elev "
        "20121105-4422) gällde trakasserierna elevens religion, och två anmälningar gällde kommentarer om "
        "funktionsnedsättning.",
    )
    p(
        d,
        "Vår analys är att otryggheten bakom idrottshallen beror på att rastvärdarna inte ser platsen, och "
        "att de sexuella kommentarerna i åk 8 hänger ihop med en jargong i vissa grupper som vuxna inte "
        "uppmärksammat tillräckligt.",
    )
    p(d, "Anmälningar som följdes upp i trygghetsteamet under 2024/25 (urval):", italic=True)
    table(
        d,
        [
            ["Datum", "Typ", "Elev", "Status"],
            ["2025-02-11", "Kränkande behandling, rast", "pnr 1304022385 (åk 6)", "Avslutad 2025-03-04"],
            ["2025-03-19", "Sexuella trakasserier", "åk 8", "Avslutad 2025-04-22"],
            ["2025-05-06", "Trakasserier, religion", "åk 7", "Avslutad 2025-06-05"],
        ],
        widths=(3, 5, 4.5, 3.5),
    )

    h(d, "Främjande arbete", 1)
    p(
        d,
        "Det främjande arbetet riktar sig till alla elever och utgår från skolans värdegrund och samtliga "
        "diskrimineringsgrunder.",
    )
    bullets(
        d,
        [
            "**Gemensamma värdegrundslektioner** varannan vecka i alla klasser, med teman kopplade till "
            "diskrimineringsgrunderna. Mål: eleverna kan förklara grunderna. Ansvarig: mentorerna, material från "
            "trygghetsteamet. Hela läsåret.",
            "**Normkritisk litteratur** i svenskundervisningen och ett uppdaterat bibliotek. Ansvarig: "
            "skolbibliotekarie Lisa Kron. Ht 2025.",
            "**Faddrar** från åk 9 för nya elever i åk 4. Ansvarig: biträdande rektor. Vecka 35–40.",
        ],
    )

    h(d, "Förebyggande åtgärder", 1)
    p(d, "Åtgärderna utgår från kartläggningen ovan.")
    table(
        d,
        [
            ["Risk/område", "Mål", "Åtgärd", "Ansvarig", "När", "Uppföljning"],
            [
                "Skolgården bakom idrottshallen",
                "Otryggheten ska halveras (åk 4–5)",
                "Rastvärd placeras vid idrottshallen; rastaktiviteter flyttas dit",
                "Biträdande rektor Ola Hedin",
                "Från v. 36",
                "Trivselenkät mars 2026",
            ],
            [
                "Toaletterna plan 2",
                "Inga anmälningar om kränkningar på toaletterna",
                "Toaletterna görs om till enskilda toaletter med lås; vuxen rör sig på plan 2 på raster",
                "Rektor Helén Marklund",
                "Klart nov 2025",
                "Trygghetsteamet jan 2026",
            ],
            [
                "Sexuella kommentarer åk 8",
                "Andelen flickor som får kommentarer ska minska till under 8 %",
                "Samtalsgrupper om samtycke och jargong med kurator och skolsköterska",
                "Kurator Amira Said",
                "Ht 2025, 6 träffar",
                "Enkät i åk 8 i maj 2026",
            ],
            [
                "Trakasserier kopplade till religion",
                "Eleverna ska känna till att trakasserier anmäls",
                "Temadag om religioner och trosuppfattningar i åk 7",
                "SO-lärarna i åk 7",
                "2026-02-05",
                "Utvärdering i klassråd",
            ],
            [
                "Nätkränkningar åk 7",
                "Färre anmälningar om nätkränkningar",
                "Lektionsserie om nätet och en föräldrakväll",
                "Mentorer åk 7",
                "Vt 2026",
                "Anmälningsstatistik juni 2026",
            ],
        ],
        widths=(2.6, 2.8, 4, 2.6, 1.8, 2.4),
        size=9,
    )

    h(d, "Rutiner för akuta situationer", 1)
    p(d, "Om en elev upplever sig kränkt, trakasserad eller sexuellt trakasserad gäller följande:")
    wk.numbered(
        d,
        [
            "Den vuxna som ser eller får veta något ingriper direkt.",
            "Den vuxna anmäler till rektor samma dag via kommunens digitala anmälan.",
            "Rektor anmäler till huvudmannen inom 24 timmar (anmälan skickas vidare automatiskt).",
            "Trygghetsteamet utreder skyndsamt: samtal med den utsatta, den som kränkt och vittnen. "
            "Vårdnadshavare kontaktas samma dag.",
            "Rektor beslutar om åtgärder och dessa genomförs.",
            "Utredning och åtgärder dokumenteras i den digitala anmälan.",
            "Uppföljning efter två veckor och vid behov igen; ärendet avslutas av rektor.",
        ],
    )
    p(
        d,
        "När personal kränker en elev utreder rektor ärendet, anmäler till huvudmannen och kontaktar HR. "
        "Elever och vårdnadshavare kan vända sig till alla vuxna på skolan, till mentor eller direkt till "
        "kurator Amira Said (076-842 17 30) eller rektor (0920-380 01).",
    )

    h(d, "Diskrimineringsgrunderna", 1)
    p(
        d,
        "Skolan arbetar mot diskriminering och trakasserier som har samband med kön, könsöverskridande "
        "identitet eller uttryck, etnisk tillhörighet, religion eller annan trosuppfattning, "
        "funktionsnedsättning, sexuell läggning och ålder.",
    )

    h(d, "Nationella minoriteter", 1)
    p(
        d,
        "Sveriges nationella minoriteter är judar, romer, samer, sverigefinnar och tornedalingar, och "
        "minoritetsspråken är jiddisch, romani chib, samiska, finska och meänkieli. Skolan informerar "
        "vårdnadshavare vid inskrivning och vid varje läsårsstart om rätten till modersmålsundervisning i "
        "ett minoritetsspråk. Vi uppmärksammar samernas nationaldag 6 februari och sverigefinnarnas dag "
        "24 februari, och åk 6 har ett tema om minoriteternas historia, kultur och språk. "
        "Värdegrundslektionerna tar upp antiziganism och antisemitism. Ansvarig: SO-lärarna och rektor.",
    )

    h(d, "Uppföljning och utvärdering av årets plan", 1)
    p(
        d,
        "Åtgärderna följs upp löpande i trygghetsteamet (en gång i månaden). Årets plan utvärderas i maj "
        "2026: eleverna utvärderar åtgärderna i klassråden och elevrådet sammanställer klassernas svar, "
        "trivselenkäten i mars används som underlag och personalen utvärderar på APT den 3 juni 2026. Rektor "
        "ansvarar för att utvärderingen genomförs och skrivs in i nästa års plan.",
    )
    wk.save(d, out / "g1_08_strandvagen-49-sixcol.docx")


# ==============================================================================================
# g1_09 — Tallbackaskolan F–9 (five-column table, rows missing owner/time; flowchart without alt)
# ==============================================================================================


def plan09(out):
    d = wk.new_doc("Plan mot diskriminering och kränkande behandling – Tallbackaskolan", author="Johan Ek")
    wk.header_text(d, "Tallbackaskolan F–9 · Bergviks kommun")
    wk.footer_text(d, "Skolenhetskod 30495817", page_field=True)
    p(d, "Tallbackaskolan F–9 och fritidshem", size=13)
    p(d, "Plan mot diskriminering och kränkande behandling", bold=True, size=20)
    p(d, "Fastställd 2025-09-15 av rektor Johan Ek")

    h(d, "Ansvariga för planen", 1)
    p(d, "Trygghetsteamet.")

    h(d, "Elevernas delaktighet", 1)
    p(
        d,
        "Elevrådet har deltagit i trygghetsvandringen tillsammans med skolans elevskyddsombud och lämnat "
        "förslag på åtgärder. Klassråden i åk 1–9 har diskuterat utkastet till planen under oktober och "
        "lämnat synpunkter som har arbetats in.",
    )

    h(d, "Vårdnadshavarnas delaktighet", 1)
    p(
        d,
        "Skolrådet, där vårdnadshavare från alla stadier ingår, gick igenom utkastet den 4 september 2025 "
        "och föreslog en föräldrakväll om nätet. Vårdnadshavarna svarar på vårdnadshavarenkäten i februari. "
        "Planen publiceras på skolans webbplats och i SchoolSoft, där vårdnadshavare kan lämna synpunkter.",
    )

    h(d, "Utvärdering av förra årets plan", 1)
    table(
        d,
        [
            ["Åtgärd", "Genomförd?"],
            ["Rastvärdar på skolgården", "Ja"],
            ["Friends-lektioner i åk 4–6", "Ja"],
            ["Trygghetsvandring", "Ja"],
            ["Vuxen i omklädningsrum", "Delvis"],
            ["Föräldrakväll om nätet", "Nej"],
        ],
        widths=(9, 4),
    )

    h(d, "Kartläggning", 1)
    p(
        d,
        "Under läsåret har vi använt trygghetsenkät (åk 2–9), trygghetsvandring med elevrådet, klassråd och "
        "incidentrapporter. Resultaten har sammanställts av trygghetsteamet.",
    )

    h(d, "Främjande arbete", 1)
    bullets(
        d,
        [
            "**Friends-lektioner** i alla klasser en gång i månaden. Mål: eleverna ska kunna sätta ord på hur "
            "man är en bra kamrat och vad kränkningar är. Ansvarig: mentorerna. Hela läsåret.",
            "**Normkritiska boksamtal** kring diskrimineringsgrunderna på mellanstadiet. Ansvarig: "
            "skolbibliotekarien. Vt 2026.",
            "**Rastaktiviteter** med fritidspersonalen på storrasten. Ansvarig: fritidspedagog Ulla Berg. "
            "Från v. 35.",
        ],
    )
    p(d, "Elever med annat modersmål erbjuds modersmålsundervisning.")

    h(d, "Förebyggande åtgärder", 1)
    table(
        d,
        [
            ["Område", "Åtgärd", "Ansvarig", "När", "Uppföljning"],
            [
                "Kränkande behandling",
                "Rastvärdar på skolgården och vid busshållplatsen",
                "Biträdande rektor",
                "Från v. 34",
                "Trygghetsenkät",
            ],
            ["Kön", "Vuxen i omklädningsrummen vid idrotten", "Idrottslärarna", "", "Trygghetsteamet"],
            [
                "Funktionsnedsättning",
                "Anpassade rastaktiviteter för elever som behöver det",
                "",
                "Ht 2025",
                "Elevhälsan",
            ],
            ["Digitala kränkningar", "Föräldrakväll om nätet", "", "", ""],
            [
                "Etnisk tillhörighet",
                "Temavecka om olika kulturer",
                "SO-lärarna",
                "V. 11",
                "Utvärdering i klasserna",
            ],
        ],
        widths=(3, 5.5, 3, 2, 3),
    )

    h(d, "Rutiner för akuta situationer", 1)
    p(d, "Se flödesschemat nedan.")
    par = p(d, align=C)
    wk.picture(
        par.add_run(),
        wk.png_bytes(120, 60, (60, 60, 60), pattern="arrow"),
        width_cm=14.0,
        name="Flödesschema",
    )
    h(d, "Personal som elever och vårdnadshavare kan vända sig till", 2)
    table(
        d,
        [
            ["Namn", "Roll", "Telefon"],
            ["Johan Ek", "Rektor", "0591-273 10"],
            ["Mira Salo", "Kurator", "0591-273 24"],
            ["Ulla Berg", "Fritidspedagog, trygghetsteamet", "0591-273 31"],
        ],
        widths=(4, 6, 4),
    )

    h(d, "Diskrimineringsgrunderna", 1)
    bullets(
        d,
        [
            "Kön",
            "Könsöverskridande identitet eller uttryck",
            "Etnisk tillhörighet",
            "Religion eller annan trosuppfattning",
            "Funktionsnedsättning",
            "Sexuell läggning",
            "Ålder",
        ],
    )

    h(d, "Uppföljning och utvärdering", 1)
    p(
        d,
        "Planen följs upp och utvärderas av trygghetsteamet. Uppföljningen görs med hjälp av "
        "trygghetsenkäten och incidentrapporterna.",
    )
    wk.save(d, out / "g1_09_tallbacka-f9-fivecol-gaps.docx")


# ==============================================================================================
# g1_10 — Granbergsskolan F–9 (measure table header + "–" rows; no validity; external routine)
# ==============================================================================================


def plan10(out):
    d = wk.new_doc("Plan mot diskriminering och kränkande behandling Granbergsskolan", author="Camilla Öst")
    wk.header_text(d, "Granbergsskolan · Granbergs kommun · Utbildningsförvaltningen")
    p(d, "Granbergsskolan F–9", size=13)
    p(d, "Plan mot diskriminering och kränkande behandling", bold=True, size=20)

    h(d, "Ansvar", 1)
    p(
        d,
        "Rektor Camilla Öst ansvarar för att planen tas fram, följs upp och utvärderas och för att alla "
        "anmälningar utreds. Skolans likabehandlingsgrupp, som leds av biträdande rektor Fredrik Jonsson och "
        "där kurator, skolsköterska och en lärare per stadium ingår, samordnar kartläggningen och följer "
        "upp åtgärderna. Mentorerna ansvarar för arbetet i klasserna. All personal har ansvar för att "
        "ingripa och anmäla.",
    )
    p(
        d,
        "Kontakt: rektor Camilla Öst, 0533-160 40, camilla.ost@granberg.se; kurator Tove Ahlin, 0533-160 47.",
    )

    h(d, "Elevernas delaktighet", 1)
    p(
        d,
        "Eleverna har inte varit delaktiga i framtagandet av årets plan, eftersom elevrådet inte kom igång "
        "under hösten.",
    )

    h(d, "Utvärdering av förra årets plan", 1)
    for title, text in [
        (
            "Rastvärdar vid fotbollsplanen och skolbussen",
            "Åtgärden genomfördes från september. I trygghetsenkäten i mars 2026 uppgav 9 % av eleverna att de "
            "känt sig otrygga vid fotbollsplanen, jämfört med 21 % året innan. Vid skolbussen var otryggheten "
            "oförändrad (14 %), vilket vi tror beror på att rastvärden bara fanns där på morgonen.",
        ),
        (
            "Lektioner om sexuella trakasserier i åk 7–9",
            "Genomfördes med skolsköterskan under vårterminen. Antalet anmälningar om sexuella trakasserier "
            "minskade från 11 till 6, men flickorna i åk 8 uppger fortfarande kommentarer i korridorerna.",
        ),
        (
            "Trygghetsvandring med elevrådet",
            "Genomfördes inte, eftersom elevrådet inte hade några möten under våren. Någon effekt går därför inte "
            "att redovisa.",
        ),
    ]:
        p(d, f"**{title}.** {text}")

    h(d, "Kartläggning", 1)
    p(
        d,
        "Underlag: Skolinspektionens skolenkät (åk 5 och 8, våren 2026), skolans trygghetsenkät (åk 3–9, "
        "mars 2026, 318 svar av 377) och 52 anmälningar om kränkande behandling under året.",
    )
    p(
        d,
        "86 % av eleverna känner sig trygga. Mest otrygghet finns vid skolbussen (14 %), i korridoren utanför "
        "matsalen (12 %) och i omklädningsrummen (10 %). Pojkar i åk 6–7 står för de flesta anmälningarna om "
        "fysiska kränkningar, och tre anmälningar gällde trakasserier kopplade till sexuell läggning. Vi ser "
        "att de flesta kränkningarna sker där det är trångt och där vuxna inte rör sig, och att "
        "HBTQ-frågor behöver tas upp mer i undervisningen.",
    )

    h(d, "Främjande arbete", 1)
    p(
        d,
        "Vi arbetar för att alla ska känna sig trygga på Granbergsskolan. Vi har nolltolerans mot "
        "kränkningar. Skolans värdegrund är Respekt, Ansvar och Glädje.",
    )

    h(d, "Förebyggande åtgärder", 1)
    table(
        d,
        [
            ["Risk/område", "Mål", "Åtgärd", "Ansvarig", "När", "Uppföljning"],
            ["–", "–", "–", "–", "–", "–"],
            ["–", "–", "–", "–", "–", "–"],
            ["–", "–", "–", "–", "–", "–"],
        ],
        widths=(2.7, 2.7, 3.5, 2.5, 2, 2.6),
    )

    h(d, "Rutiner för akuta situationer", 1)
    p(
        d,
        'Skolan följer Granbergs kommuns gemensamma rutin "Riktlinjer vid kännedom om kränkande '
        'behandling, trakasserier och sexuella trakasserier", som finns på kommunens intranät.',
    )

    h(d, "Diskrimineringsgrunderna", 1)
    p(
        d,
        "Enligt diskrimineringslagen (SFS 2008:567) får ingen elev diskrimineras eller trakasseras på grund "
        "av kön, könsöverskridande identitet eller uttryck, etnisk tillhörighet, religion eller annan "
        "trosuppfattning, funktionsnedsättning, sexuell läggning eller ålder.",
    )

    h(d, "Utvärdering", 1)
    p(d, "Planen utvärderas i juni.")
    wk.save(d, out / "g1_10_granberg-f9-empty-table.docx")


PLANS = [plan06, plan07, plan08, plan09, plan10]
