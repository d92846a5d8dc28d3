"""i2_04-i2_06: very short förskola plans (one page each), written by pedagogues."""
from docx.shared import Pt

from wordkit import Plan, label, png


def _tight(d):
    st = d.doc.styles["Normal"]
    st.font.size = Pt(10)
    st.paragraph_format.space_after = Pt(3)


# ------------------------------------------------------------------ i2_04
def plan04(out):
    f = "i2_04_blaklockan-forskola.docx"
    d = Plan("Plan mot kränkande behandling – Förskolan Blåklockan", author="Anna-Karin Holm")
    _tight(d)
    d.p("Förskolan Blåklockans plan mot diskriminering och kränkande behandling", bold=True, size=14)
    d.p("Alingsås kommun · Avdelningarna Ekorren, Igelkotten och Räven · Planen gäller 1 oktober 2025 – 30 september 2026",
        italic=True)

    d.p("Vilka vi är", bold=True)
    d.p("Vi är 52 barn mellan ett och fem år och elva pedagoger på tre avdelningar. Hos oss ska alla barn få vara "
        "precis som de är, och känna att de vuxna finns där när något blir fel.")

    d.p("Vem ansvarar?", bold=True)
    d.p("Rektor Anna-Karin Holm ansvarar för att planen tas fram, följs och görs om varje år. Vi pedagoger på "
        "varje avdelning ansvarar för arbetet i vardagen och för att säga till rektor direkt om något händer.")

    d.p("Så har barnen varit med", bold=True)
    d.p("I september gick vi runt i huset och på gården med de äldre barnen (husmodellen). Barnen satte gröna "
        "prickar där de tycker om att vara och röda där det känns läskigt eller bråkigt. Med de yngsta pratade vi i "
        "små grupper med hjälp av bilder från förskolan. Barnens prickar och tankar har vi använt när vi bestämt "
        "vad vi ska göra i år.")

    d.p("Utvärdering", bold=True)
    d.p("Förra årets plan har vi pratat om tillsammans på planeringsdagen i augusti. Vi tycker att det mesta har "
        "fungerat bra och att barnen känns tryggare nu än för ett år sedan.")

    d.p("Det här såg vi", bold=True)
    d.p("Flest röda prickar hamnade i hallen vid hämtning och bakom förrådet på gården. Flera av de äldre barnen "
        "sa att det är ”trångt och stökigt” i hallen, och två barn berättade att de blivit knuffade där. Vi tror att "
        "det beror på att alla tre avdelningarna går ut samtidigt. Bakom förrådet ser vi vuxna inte barnen.")

    d.p("Så här gör vi för alla", bold=True)
    d.p("Vi läser böcker där familjer ser olika ut, vi blandar lekgrupper mellan avdelningarna varje tisdag och vi "
        "ser till att alla barn får prova alla roller i leken – oavsett kön. Målet är att alla barn ska ha någon att "
        "leka med och känna att de hör till.")

    d.p("Det här ska vi göra i år", bold=True)
    d.p("**Mål:** Hallen ska kännas lugn. **Åtgärd:** Vi går ut i två omgångar. **Ansvariga:** Ekorrens pedagoger "
        "Sara Lund och Mehmet Aydın. **När:** från 1 november 2025.")
    d.p("**Mål:** Inget barn ska vara utom synhåll bakom förrådet. **Åtgärd:** En pedagog står alltid vid förrådet "
        "när vi är ute. **Ansvariga:** alla pedagoger enligt utescheman. **När:** från oktober 2025, vi följer upp i "
        "januari 2026.")

    d.p("Om något händer", bold=True)
    d.p("Ser vi att ett barn blir kränkt stoppar vi det direkt och tröstar. Vi berättar för rektor samma dag. Rektor "
        "ser till att det utreds: vi pratar med barnen och med vårdnadshavarna. Vi skriver ner vad som hänt och vad vi "
        "gjort, och följer upp efter två veckor att det har blivit bra.")

    d.p("Till er vårdnadshavare", bold=True)
    d.p("Planen finns i Vklass och vi berättar om den på höstens föräldramöte.")

    d.p("Uppföljning", bold=True)
    d.p("Planen utvärderas i september 2026 av oss pedagoger på en planeringsdag.")
    d.p("Alingsås 2025-10-01 · Anna-Karin Holm, rektor · 0322-61 68 40 · anna-karin.holm@alingsas.se", italic=True)
    d.save(out / f)
    return label(f, "2025/26", "sv", ["förskola"],
                 "One-page förskola plan, warm pedagogue voice, bold Normal paragraphs as headings "
                 "('Det här såg vi', 'Så här gör vi för alla'); 'Utvärdering' means last year",
                 "m m m p m m m p x x p p",
                 {"validity_period": "1 Oct 2025 – 30 Sep 2026 (Oct–Sep)",
                  "previous_year_evaluation": "heading 'Utvärdering' holds a general statement (worked well), no measures",
                  "survey": "husmodellen with results (hallen, bakom förrådet) and a cause analysis",
                  "acute_routines": "stop, tell rektor, investigate, document, follow up – no report to the huvudman",
                  "discrimination_grounds": "no list; only 'kön' mentioned once",
                  "evaluation_plan": "when and who (September 2026, pedagogues) but no children's part",
                  "guardian_involvement": "only informed (Vklass, föräldramöte)"},
                 decoys=["0322-61 68 40"])


# ------------------------------------------------------------------ i2_05
def plan05(out):
    f = "i2_05_solrosen-forskola-punktlista.docx"
    d = Plan("Plan mot diskriminering och kränkande behandling – Förskolan Solrosen 2026/27", author="Jonas Berg")
    _tight(d)
    d.p("Förskolan Solrosen – plan mot diskriminering och kränkande behandling 2026/27", bold=True, size=14)
    d.bullets([
        "**Gäller:** läsåret 2026/27 (augusti 2026 – augusti 2027).",
        "**Ansvarig för planen:** rektor Jonas Berg, 0500-49 83 12, jonas.berg@skovde.se. Alla pedagoger ansvarar för "
        "att följa planen i vardagen.",
        "**Så har barnen varit med:** vi har pratat i barngruppen om var det känns bra och var det känns läskigt; "
        "barnen gick en trygghetspromenad med oss i maj 2026 och fotograferade sina bästa och sämsta platser; barnen "
        "på Blå ritade ”min bästa plats på förskolan” (se teckningen nedan). Barnens bilder har styrt årets åtgärder.",
        "**Vårdnadshavare:** enkät i maj 2026 (31 av 44 svarade); utkastet till planen visades på föräldramötet "
        "2026-09-08 där vårdnadshavarna kunde lämna synpunkter; två synpunkter om hämtningen finns med nedan. Planen "
        "finns på förskolans webbsida.",
        "**Förra årets åtgärder:**",
        "Kompisövningar i samlingen varje vecka – genomfört. Vi ser i våra observationer att barnen leker mer blandat "
        "och att det blivit färre ”bara flickor”- och ”bara pojkar”-lekar.",
        "Pedagog vid klätterställningen vid utevistelse – genomfört. Inga fler konflikter där sedan december 2025.",
        "Bildstöd vid maten – delvis genomfört. Fungerar bra på Blå, Gul har inte kommit igång ännu, så det fortsätter.",
        "**Det här har vi sett:** promenaden och samtalen visar att det är trångt och bråkigt vid cykelstället; några "
        "barn på Gul säger att de inte får vara med i rollekar ”för att du är pojke”. I vårdnadshavarenkäten tycker "
        "94 % att deras barn är tryggt. Vi tror att leken vid cykelstället blir stökig för att ingen vuxen är där.",
        "**Främjande:** alla barn ska känna sig trygga, sedda och välkomna. Vi har nolltolerans mot kränkningar och "
        "är goda förebilder.",
        "**Förebyggande:** mer vuxennärvaro vid cykelstället; prata med barnen om att alla får leka allt; se över "
        "hämtningen i hallen.",
        "**Om något händer:** vi följer kommunens gemensamma rutin för kränkande behandling, som finns på intranätet.",
        "**Diskrimineringsgrunderna:** kön, könsöverskridande identitet eller uttryck, etnisk tillhörighet, religion "
        "eller annan trosuppfattning, funktionsnedsättning, sexuell läggning och ålder.",
        "**Nationella minoriteter:** judar, romer, samer, sverigefinnar och tornedalingar. Vi firar samernas "
        "nationaldag 6 februari och sverigefinnarnas dag 24 februari med sånger och sagor, vi har böcker på finska "
        "och samiska i läshörnan och vi berättar för vårdnadshavare om rätten till modersmålsstöd i förskolan.",
    ])
    para = d.p()
    d.picture(para.add_run(), png(40, 28, fg=(230, 170, 20)), width_cm=4.5,
              descr="Barnteckning: förskolegården med sandlådan, klätterställningen och en sol", name="Teckning")
    d.p("Skövde 2026-09-15 · Förskolan Solrosen, Skövde kommun", italic=True)
    d.save(out / f)
    return label(f, "2026/27", "sv", ["förskola"],
                 "One-page förskola plan entirely as a bulleted list with bold lead words; children's drawing with alt text",
                 "m m m m m p p x m m x m",
                 {"previous_year_evaluation": "three last-year measures, each with done/partly and observed effect",
                  "promotive_work": "slogans only (trygga, nolltolerans, goda förebilder)",
                  "preventive_measures": "three measures, none with owner or time",
                  "acute_routines": "only a reference to the municipality's routine on the intranet, no steps",
                  "evaluation_plan": "no bullet on how/when this year's plan is evaluated"},
                 decoys=["0500-49 83 12", "2026-09-08", "2026-09-15"],
                 ok=1)


# ------------------------------------------------------------------ i2_06
def plan06(out):
    f = "i2_06_tallbacken-forskola-mallrester.docx"
    d = Plan("Plan mot kränkande behandling Förskolan Tallbacken", author="Eva Nyström")
    _tight(d)
    d.p("Plan mot diskriminering och kränkande behandling", bold=True, size=14)
    d.p("Förskolan Tallbacken, Kiruna kommun · Upprättad 2025-09-15", italic=True)

    d.p("Ansvar", bold=True)
    d.p("Vi är alla ansvariga för att barnen ska känna sig trygga på Tallbacken.")

    d.p("Barnens delaktighet", bold=True)
    d.p("Barnrådet (två barn från varje avdelning, 4–5 år) träffas en gång i månaden. I augusti ritade barnen "
        "kartor över förskolan med platser där de känner sig glada och platser där de känner sig ledsna eller rädda. "
        "Barnrådet fick sedan titta på våra förslag till åtgärder och säga vad de tyckte – de ville att en vuxen "
        "ska följa med till toaletten.")

    d.p("Utvärdering av förra årets plan", bold=True)
    d.p("[Beskriv hur förra årets åtgärder har genomförts och vilken effekt de har fått.]", italic=True,
        color=(128, 128, 128))

    d.p("Kartläggning", bold=True)
    d.p("Barnens kartor och våra observationer under september visar två saker: toaletterna vid Vildhallonet och "
        "”kojan” bakom buskarna är platser där barn blir ledsna eller rädda, och de yngsta barnen blir knuffade i kön "
        "till lunchen. Vi tror att det beror på att de vuxna är upptagna med att duka när kön bildas.")

    d.p("Främjande arbete", bold=True)
    d.p("Varje fredag har vi Kompisfredag där barn från olika avdelningar leker i blandade grupper. Vi väljer "
        "böcker och sånger som visar olika familjer, språk och sätt att fungera. Målet är att alla barn ska få ta "
        "plats och känna sig som en del av gruppen.")

    d.p("Förebyggande åtgärder", bold=True)
    d.p("**Toaletterna:** en pedagog följer med de yngsta vid toalettbesöken före lunch. Ansvar: Vildhallonets "
        "arbetslag. Från oktober 2025, följs upp i december.")
    d.p("**Lunchkön:** vi delar upp lunchen i två sittningar så att ingen kö bildas. Ansvar: Smultronets pedagoger "
        "och köket. Från 1 november 2025.")

    d.p("Om ett barn blir kränkt", bold=True)
    d.p("Vi ingriper direkt. Den som sett det berättar för rektor samma dag, och rektor anmäler till huvudmannen. "
        "Vi pratar med barnen och kontaktar vårdnadshavarna, och vi gör det som behövs för att det ska upphöra. "
        "Allt dokumenteras i kommunens system, och vi följer upp efter två veckor.")

    d.p("Diskrimineringsgrunderna", bold=True)
    d.p("Ingen får diskrimineras på grund av kön, könsöverskridande identitet eller uttryck, etnisk tillhörighet, "
        "religion eller annan trosuppfattning, funktionshinder, sexuell läggning eller ålder.")

    d.p("Nationella minoriteter", bold=True)
    d.p("I Sverige finns fem nationella minoriteter: judar, romer, samer, sverigefinnar och tornedalingar.")

    d.p("Uppföljning och utvärdering av årets plan", bold=True)
    d.p("[Ange när och hur planen ska följas upp och utvärderas, och vem som ansvarar.]", italic=True,
        color=(128, 128, 128))
    d.p("Eva Nyström, förskollärare, för arbetslagen på Tallbacken · 0980-706 52", italic=True)
    d.save(out / f)
    return label(f, "2025/26", "sv", ["förskola"],
                 "One-page förskola plan from the district template with two sections left as bracketed guidance; "
                 "bold Normal headings",
                 "p p m x m m m m p p x x",
                 {"validity_period": "only 'Upprättad 2025-09-15', no end",
                  "responsible": "only 'Vi är alla ansvariga' (collective); rektor appears only as receiver of reports",
                  "student_involvement": "barnråd, children's maps, barnrådet commented on the measures",
                  "previous_year_evaluation": "bracketed template guidance only",
                  "discrimination_grounds": "'funktionshinder' instead of 'funktionsnedsättning' (six current grounds)",
                  "minority_rights": "five minorities named, no measure",
                  "evaluation_plan": "bracketed template guidance only",
                  "guardian_involvement": "no section; guardians only contacted in incidents"},
                 guidance=["previous_year_evaluation", "evaluation_plan"],
                 decoys=["2025-09-15", "0980-706 52"])
