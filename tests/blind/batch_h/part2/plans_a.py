"""Plans h2_01 … h2_06: municipal templates with guidance left in, and merged headings."""

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, Cm

from wordkit import (FIXED_2026, 
    new_doc,
    P,
    G,
    H,
    bullets,
    numbered,
    table,
    page_break,
    runs,
    fake_heading,
    shade,
    page_x_of_y,
    save,
)

C = WD_ALIGN_PARAGRAPH.CENTER


# =========================================================================== 01
def plan01(path):
    """Västerfors template, some sections answered below the guidance, some not."""
    doc = new_doc(
        "Plan mot diskriminering och kränkande behandling Björkängsskolan 2025/26", "Maria Lindqvist"
    )
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    runs(hp, "Västerfors kommun · Utbildningsförvaltningen\tMall plan mot kränkande behandling, version 2025")
    fp = sec.footer.paragraphs[0]
    runs(fp, "Dnr UTN 2025/412 · Planperiod 250818-260612\t")
    page_x_of_y(fp, "1", "5")

    P(doc, "Västerfors kommun", bold=True, size=14, align=C)
    P(doc, "Plan mot diskriminering och kränkande behandling", style="Title", align=C)
    P(doc, "Björkängsskolan F–6 och fritidshem", bold=True, size=16, align=C)
    P(doc, "")
    table(
        doc,
        [
            ["Uppgift", "Ifylls av skolan"],
            ["Skolenhet", "Björkängsskolan"],
            ["Skolenhetskod", "48213307"],
            ["Verksamhetsformer som omfattas", "Förskoleklass, grundskola åk 1–6, fritidshem"],
            ["Planen gäller från", "2025-08-18"],
            ["Planen gäller till", "2026-06-12"],
            ["Ansvarig för planen", "Rektor Maria Lindqvist"],
            ["Kontaktuppgifter", "maria.lindqvist@vasterfors.se, 0570-382 14"],
        ],
        widths=[6, 10],
    )
    P(doc, "")
    G(
        doc,
        "Om mallen: All grå kursiv text är vägledning från förvaltningen. Ersätt den med er egen text och ta bort "
        "vägledningen innan planen publiceras på skolans webbplats. Planen ska vara fastställd senast 2025-09-30.",
    )
    page_break(doc)

    H(doc, "1. Vår vision")
    G(
        doc,
        "Här beskriver ni kortfattat skolans vision för arbetet mot diskriminering och kränkande behandling.",
    )
    P(
        doc,
        "På Björkängsskolan ska alla barn och vuxna känna sig trygga och respekterade. Ingen ska behöva vara "
        "rädd för att gå till skolan eller fritids.",
    )

    H(doc, "2. Ansvarsfördelning")
    G(
        doc,
        "Här beskriver ni vem som ansvarar för vad i arbetet: rektor, trygghetsteam, all personal. Ange namn och roll.",
    )
    P(
        doc,
        "**Rektor Maria Lindqvist** har det övergripande ansvaret för att planen upprättas, följs och utvärderas "
        "varje år, och för att all personal känner till den.",
    )
    P(
        doc,
        "**Trygghetsteamet** samordnar arbetet och utreder anmälningar. Teamet består av kurator Emma Sjöberg, "
        "speciallärare Tobias Ahl och fritidspedagog Leila Haddad. Teamet träffas varannan tisdag.",
    )
    P(
        doc,
        "**All personal** ansvarar för att ingripa när en elev utsätts för kränkningar och för att informera rektor.",
    )

    H(doc, "3. Elevernas delaktighet")
    G(
        doc,
        "Här beskriver ni hur eleverna har deltagit i att upprätta, följa upp och se över planen. Anpassa "
        "beskrivningen efter elevernas ålder och mognad (förordning 2006:1083).",
    )
    P(
        doc,
        "Under vecka 35 diskuterade alla klasser förra årets plan på klassråd. Klassrådens synpunkter togs med "
        "till elevrådet, som den 9 september gick igenom förslaget till nya åtgärder tillsammans med trygghetsteamet. "
        "Elevrådet föreslog bland annat att rastvärdarna ska bära gula västar så att de syns bättre.",
    )
    P(
        doc,
        "Eleverna i åk 3–6 genomförde i april en trygghetsvandring där de markerade otrygga platser på en karta "
        "över skolgården. På fritidshemmet har barnen i fritidsrådet ritat kartor över var de trivs."
        "",
    )

    H(doc, "4. Vårdnadshavarnas delaktighet")
    G(
        doc,
        "Här beskriver ni hur vårdnadshavare har getts möjlighet att delta i arbetet med planen, till exempel "
        "genom föräldraråd, vårdnadshavarenkät eller föräldramöten. Fyll i.",
    )

    H(doc, "5. Personalens delaktighet")
    G(
        doc,
        "Här beskriver ni hur personalen har varit delaktig i att ta fram planen och hur den görs känd för nya "
        "medarbetare och vikarier.",
    )

    H(doc, "6. Utvärdering av föregående års plan")
    G(
        doc,
        "Här beskriver ni hur förra årets planerade åtgärder har genomförts och vilken effekt de fått. "
        "Redovisa åtgärd för åtgärd och ange vilka som deltog i utvärderingen.",
    )
    P(
        doc,
        "Planen för 2024/25 har utvärderats i arbetslagen i juni 2025. Vi bedömer att arbetet överlag har "
        "fungerat bra och att eleverna upplever skolan som trygg. Vissa åtgärder hann inte genomföras fullt ut "
        "och förs därför över till årets plan.",
    )

    H(doc, "7. Kartläggning och analys")
    G(
        doc,
        "Här beskriver ni vilka metoder ni har använt för att kartlägga risker för diskriminering och "
        "kränkande behandling, vad kartläggningen visade och vilka slutsatser ni drar. Exempel: trivselenkät, "
        "trygghetsvandring, anmälningar.",
    )
    P(
        doc,
        "**Trivselenkät (februari 2025).** Enkäten besvarades av 168 av 181 elever i åk 2–6. 89 % av eleverna "
        "svarar att de känner sig trygga i skolan, jämfört med 85 % året innan. 14 % uppger att någon har varit "
        "elak mot dem i chatten eller i spel på fritiden, och de flesta av dem går i åk 5–6.",
    )
    P(
        doc,
        "**Trygghetsvandring (april 2025).** Platser som många elever markerade som otrygga var toaletterna "
        "vid idrottshallen och fotbollsplanen under lunchrasten.",
    )
    P(
        doc,
        "**Anmälningar.** Under 2024/25 gjordes 23 anmälningar om kränkande behandling till rektor. 15 av dem "
        "gällde händelser på rasten, de flesta på fotbollsplanen.",
    )
    P(
        doc,
        "**Analys.** Vi ser att otryggheten är störst där det är många elever och få vuxna. Lunchrasten är "
        "längst och då är flest personal upptagna i matsalen. Kränkningar på nätet sker mest utanför skoltid "
        "men påverkar stämningen i klasserna i åk 5–6.",
    )

    H(doc, "8. Främjande arbete")
    G(
        doc,
        "Fyll i skolans främjande insatser i tabellen nedan. Det främjande arbetet riktar sig till alla och ska "
        "omfatta samtliga diskrimineringsgrunder.",
    )
    t = table(
        doc,
        [
            ["Insats", "Mål", "Ansvarig", "När"],
            ["==XX==", "==XX==", "==XX==", "==XX=="],
            ["==XX==", "==XX==", "==XX==", "==XX=="],
        ],
    )

    H(doc, "9. Förebyggande åtgärder")
    G(
        doc,
        "Fyll i de åtgärder som ska genomföras under året utifrån kartläggningen. Varje åtgärd ska ha mål, "
        "ansvarig och tidpunkt.",
    )
    table(
        doc,
        [
            ["Område/risk", "Mål", "Åtgärd", "Ansvarig", "När", "Uppföljning"],
            [
                "Fotbollsplanen på lunchrasten",
                "Färre konflikter och anmälningar från fotbollsplanen",
                "Två rastvärdar i gula västar vid planen varje lunchrast; fotbollsschema per klass",
                "Rektor (schema), rastvärdar",
                "Från v. 35",
                "Trygghetsteamet följer upp antalet anmälningar i december och maj",
            ],
            [
                "Toaletterna vid idrottshallen",
                "Eleverna ska känna sig trygga att gå på toaletten",
                "Byta lås, sätta upp belysning, vuxen i korridoren under idrottslektionerna",
                "Rektor, vaktmästare Jonas Berg",
                "Klart v. 40",
                "Frågan ställs i trivselenkäten i februari 2026",
            ],
            [
                "Kränkningar på nätet, åk 5–6",
                "Eleverna vet hur de kan säga ifrån och var de får hjälp",
                "Tre lektioner om nätvett och en föräldrakväll",
                "Kurator Emma Sjöberg, mentorer åk 5–6",
                "Oktober–november 2025",
                "Utvärderas med eleverna på klassråd i december",
            ],
        ],
        size=9,
    )

    H(doc, "10. Rutiner för akuta situationer")
    G(
        doc,
        "Här beskriver ni skolans rutiner för att upptäcka, utreda och åtgärda diskriminering, trakasserier och "
        "kränkande behandling. Följ förvaltningens riktlinje och ange kontaktuppgifter.",
    )
    P(doc, "När en vuxen på skolan ser eller får veta att en elev kan ha blivit kränkt gör vi så här:")
    numbered(
        doc,
        [
            "Den vuxne ingriper direkt och säger ifrån.",
            "Den vuxne informerar elevens mentor och rektor samma dag.",
            "Trygghetsteamet utreder händelsen genom samtal med de inblandade eleverna och vid behov vittnen.",
            "Vårdnadshavare till de inblandade eleverna kontaktas samma dag.",
            "Trygghetsteamet föreslår åtgärder och rektor beslutar om dem.",
            "Ärendet följs upp med eleverna efter två veckor.",
        ],
    )
    P(
        doc,
        "Om det är en vuxen som har kränkt en elev utreder rektor själv. Om det är rektor som misstänks ska "
        "förvaltningens HR-enhet kontaktas.",
    )
    P(
        doc,
        "**Vem kan man vända sig till?** Alla vuxna på skolan. Kurator Emma Sjöberg, 0570-382 40, "
        "emma.sjoberg@vasterfors.se. Skolsköterska Anneli Roos, 0570-382 41.",
    )

    H(doc, "11. Diskrimineringsgrunder och begrepp")
    G(doc, "Texten nedan är gemensam för kommunens skolor och ska inte ändras.")
    P(
        doc,
        "**Diskriminering** är när en elev missgynnas och det har samband med någon av de sju "
        "diskrimineringsgrunderna: kön, könsöverskridande identitet eller uttryck, etnisk tillhörighet, religion "
        "eller annan trosuppfattning, funktionsnedsättning, sexuell läggning och ålder.",
    )
    P(
        doc,
        "**Trakasserier** är uppträdanden som kränker en elevs värdighet och som har samband med någon av "
        "diskrimineringsgrunderna. **Sexuella trakasserier** är uppträdanden av sexuell natur som kränker någons "
        "värdighet.",
    )
    P(
        doc,
        "**Kränkande behandling** är uppträdanden som kränker en elevs värdighet men som inte har samband med "
        "någon diskrimineringsgrund (6 kap. 3 § skollagen, SFS 2010:800).",
    )

    H(doc, "12. Nationella minoriteter")
    G(
        doc,
        "Här beskriver ni hur skolan arbetar med de nationella minoriteternas rättigheter (judar, romer, samer, "
        "sverigefinnar och tornedalingar) och minoritetsspråken, till exempel information om "
        "modersmålsundervisning och uppmärksammande av nationaldagar.",
    )

    H(doc, "13. Uppföljning och utvärdering av årets plan")
    G(
        doc,
        "Ange när och hur årets plan ska utvärderas och vem som ansvarar. Beskriv hur eleverna deltar i "
        "utvärderingen.",
    )
    G(doc, "Årets plan ska utvärderas senast: ÅÅÅÅ-MM-DD. Ansvarig för utvärderingen: ==XX==.")
    save(doc, path)


# =========================================================================== 02
def plan02(path):
    """Every section holds only guidance; only the front page is filled."""
    doc = new_doc("Plan mot diskriminering och kränkande behandling", "Lindviks kommun", when=FIXED_2026)
    sec = doc.sections[0]
    runs(
        sec.header.paragraphs[0],
        "[Skolans namn] – Plan mot diskriminering och kränkande behandling 20XX/20XX",
    )
    fp = sec.footer.paragraphs[0]
    runs(fp, "Lindviks kommun, Barn- och utbildningsförvaltningen, org.nr 212000-2023\t")
    page_x_of_y(fp, "1", "3")

    P(doc, "Plan mot diskriminering och kränkande behandling", style="Title")
    P(doc, "Rönnbäcksskolan", bold=True, size=18)
    table(
        doc,
        [
            ["Skola", "Rönnbäcksskolan"],
            ["Skolenhetskod", "73560218"],
            ["Verksamhetsformer", "Förskoleklass, grundskola åk 1–9, fritidshem"],
            ["Läsår", "2026/27"],
            ["Planen gäller", "2026-08-17 – 2027-06-11"],
            ["Ansvarig för planen", "Rektor Johan Berg"],
            ["Biträdande rektor", "Sara Holm (åk 7–9)"],
            ["Upprättad", "2026-09-14"],
            ["Kontakt", "johan.berg@lindvik.se, 0480-55 21 00"],
        ],
        header=False,
        bold_first_col=True,
        widths=[5, 11],
    )
    page_break(doc)

    H(doc, "Inledning")
    G(doc, "Här beskriver ni kort skolans verksamhet och syftet med planen. Ta bort denna text.")
    H(doc, "Ansvarsfördelning")
    G(
        doc,
        "Här beskriver ni vem som ansvarar för vad: rektor, trygghetsteam, mentorer och övrig personal. "
        "Ansvarig: ==XX==, telefon ==XX==.",
    )
    H(doc, "Elevernas delaktighet")
    G(
        doc,
        "Här beskriver ni hur eleverna har varit delaktiga i att upprätta, följa upp och se över planen, till "
        "exempel genom klassråd, elevråd och trygghetsvandring. Anpassa efter ålder och mognad.",
    )
    H(doc, "Vårdnadshavarnas delaktighet")
    G(
        doc,
        "Här beskriver ni hur vårdnadshavarna har fått möjlighet att påverka planen, till exempel genom "
        "föräldraråd eller vårdnadshavarenkät.",
    )
    H(doc, "Personalens delaktighet")
    G(doc, "Här beskriver ni hur personalen har deltagit och hur planen görs känd för nyanställda.")
    H(doc, "Förankring av planen")
    G(doc, "Fyll i hur planen görs känd för elever, vårdnadshavare och personal.")
    H(doc, "Utvärdering av föregående års plan")
    G(
        doc,
        "Här beskriver ni, åtgärd för åtgärd, hur förra årets planerade åtgärder har genomförts och vilken "
        "effekt de har fått. Ange också vilka som har deltagit i utvärderingen.",
    )
    table(
        doc,
        [
            ["Åtgärd 20XX/20XX", "Genomförd (ja/nej/delvis)", "Effekt"],
            ["==XX==", "==XX==", "==XX=="],
        ],
    )
    H(doc, "Kartläggning")
    G(
        doc,
        "Här beskriver ni vilka metoder som har använts för att kartlägga risker. Exempel: trivselenkät, "
        "Skolenkäten, trygghetsvandring, elevhälsosamtal, anmälningar om kränkande behandling.",
    )
    H(doc, "Resultat och analys")
    G(
        doc,
        "Här beskriver ni vad kartläggningen visade och vilka orsaker ni ser. Ange gärna andelar och platser.",
    )
    H(doc, "Främjande insatser")
    G(
        doc,
        "Fyll i skolans främjande insatser. Främjande insatser riktar sig till alla elever och ska inte utgå "
        "från ett upptäckt problem.",
    )
    table(doc, [["Insats", "Mål", "Ansvarig", "Tidplan"], ["==XX==", "==XX==", "==XX==", "ÅÅÅÅ-MM-DD"]])
    H(doc, "Förebyggande åtgärder")
    G(
        doc,
        "Fyll i årets åtgärder utifrån kartläggningen. Varje åtgärd ska ha mål, ansvarig och datum när den "
        "ska vara klar.",
    )
    table(
        doc,
        [
            ["Område", "Mål", "Åtgärd", "Ansvarig", "Klart senast"],
            ["==XX==", "==XX==", "==XX==", "==XX==", "ÅÅÅÅ-MM-DD"],
        ],
    )
    H(doc, "Rutiner för akuta situationer")
    G(
        doc,
        "Här beskriver ni skolans rutiner. Rutinen ska innehålla stegen: personal ingriper, personal anmäler "
        "till rektor, rektor anmäler till huvudmannen, utredning, åtgärder, dokumentation och uppföljning. "
        "Beskriv också vad som gäller när personal kränker en elev.",
    )
    G(
        doc,
        "Personal som elever och vårdnadshavare kan vända sig till: Namn ==XX==, titel ==XX==, telefon ==XX==.",
    )
    H(doc, "Diskrimineringsgrunderna")
    G(
        doc,
        "Fyll i hur ni arbetar med var och en av de sju diskrimineringsgrunderna: kön, könsöverskridande "
        "identitet eller uttryck, etnisk tillhörighet, religion eller annan trosuppfattning, "
        "funktionsnedsättning, sexuell läggning och ålder.",
    )
    H(doc, "Nationella minoriteter")
    G(
        doc,
        "Här beskriver ni hur skolan främjar de nationella minoriteternas rättigheter och elevernas "
        "möjlighet att utveckla sin kulturella identitet och sitt minoritetsspråk.",
    )
    H(doc, "Uppföljning och utvärdering av årets plan")
    G(
        doc,
        "Årets plan ska utvärderas senast ÅÅÅÅ-MM-DD. Beskriv hur utvärderingen ska gå till, vem som är "
        "ansvarig och hur eleverna ska delta.",
    )
    save(doc, path)


# =========================================================================== 03
def plan03(path):
    """Förskola on the Ekeby template: [Förskolans namn] and 20XX/20XX left on the cover."""
    doc = new_doc("Plan mot diskriminering och kränkande behandling", "Annika Ek")
    runs(doc.sections[0].footer.paragraphs[0], "Ekeby kommun · Förskoleverksamheten · Mall 2025")

    P(doc, "Plan mot diskriminering och kränkande behandling", style="Title")
    P(doc, "[Förskolans namn] ==20XX/20XX==", bold=True, size=16)
    P(doc, "")
    H(doc, "Grunduppgifter", 1)
    table(
        doc,
        [
            ["Förskola", "Förskolan Solgläntan, Ekeby kommun"],
            ["Avdelningar", "Myran, Humlan, Nyckelpigan, Trollsländan (totalt 72 barn)"],
            ["Verksamhetsform", "Förskola"],
            ["Ansvarig för planen", "==XX=="],
            ["Planen gäller", "Planen gäller från 2025-10-01 till 2026-09-30."],
        ],
        header=False,
        bold_first_col=True,
        widths=[5, 11],
    )

    H(doc, "Ansvar")
    G(doc, "Här beskriver ni vem som ansvarar för planen och för de olika delarna i arbetet.")
    P(
        doc,
        "All personal på förskolan har ansvar för att planen följs och att alla barn känner sig trygga och "
        "respekterade.",
    )

    H(doc, "Barnens delaktighet")
    G(doc, "Här beskriver ni hur barnen har varit delaktiga, anpassat efter ålder och mognad.")
    P(
        doc,
        "Barnen på de äldre avdelningarna (Nyckelpigan och Trollsländan) har under september gjort "
        "husmodellen: de har fått markera med gröna och röda klisterlappar var på förskolan de tycker om att vara "
        "och var de inte vill vara. Pedagogerna har haft barnintervjuer i små grupper om vad som är schysst och "
        "inte schysst. På de yngre avdelningarna har pedagogerna observerat barnen i leken och vid måltider.",
    )
    P(
        doc,
        "I maj följer pedagogerna upp med barnen i samlingen: vi går igenom platserna igen och frågar om "
        "något har blivit bättre.",
    )

    H(doc, "Vårdnadshavarnas delaktighet")
    G(doc, "Här beskriver ni hur vårdnadshavarna har getts möjlighet att delta och påverka.")
    P(doc, "Planen finns i Tyra-appen och presenteras på höstens föräldramöte.")

    H(doc, "Utvärdering av förra årets plan")
    G(
        doc,
        "Här beskriver ni hur förra årets planerade åtgärder har genomförts och vilken effekt de har fått. "
        "Fyll i för varje åtgärd.",
    )

    H(doc, "Kartläggning")
    G(doc, "Fyll i vilka metoder ni har använt och vad kartläggningen visade.")
    P(
        doc,
        "Vi har kartlagt genom husmodellen, barnintervjuer, pedagogernas observationer och "
        "vårdnadshavarenkäten (maj 2025, svarsfrekvens 61 %).",
    )
    P(
        doc,
        "Resultatet visar att flera barn tycker att hallen är jobbig vid hämtning och lämning, när det är "
        "trångt och stökigt. Gården bakom förrådet markerades med röd lapp av många barn eftersom vuxna sällan "
        "är där. I rolleken har pedagogerna hört kommentarer som ”tjejer får inte vara med” och ”killar kan "
        "inte ha klänning”. I vårdnadshavarenkäten svarade 94 % att deras barn känner sig tryggt på förskolan.",
    )
    P(
        doc,
        "Vår analys är att otryggheten hänger ihop med platser där vuxna inte syns, och att barnen har tagit "
        "med sig stereotypa föreställningar om kön som vi behöver utmana.",
    )

    H(doc, "Främjande arbete")
    G(doc, "Här beskriver ni det främjande arbetet som riktar sig till alla barn.")
    bullets(
        doc,
        [
            "Under hela året läser vi böcker där olika familjer, hudfärger och funktionsnedsättningar finns med. "
            "Ansvarig: förskollärarna på varje avdelning.",
            "Utklädningskläder och leksaker är inte uppdelade efter kön. Pedagogerna uppmuntrar alla barn att prova "
            "alla lekar.",
            "Varje termin har vi ett tema om känslor och att vara en bra kompis (”Kompisveckan” i oktober och mars).",
            "Vi uppmärksammar de högtider som är viktiga för barnen i gruppen och berättar om dem i samlingen.",
        ],
    )

    H(doc, "Förebyggande åtgärder")
    G(doc, "Fyll i åtgärder utifrån kartläggningen. Ange ansvarig och datum för varje åtgärd.")
    table(
        doc,
        [
            ["Mål", "Åtgärd", "Ansvarig", "Klart senast"],
            [
                "Lugnare hall vid hämtning och lämning",
                "Dela upp hallen, en pedagog i hallen 15.30–16.30",
                "==XX==",
                "ÅÅÅÅ-MM-DD",
            ],
            [
                "Gården bakom förrådet ska kännas trygg",
                "Schema så att en vuxen alltid finns vid förrådet",
                "==XX==",
                "ÅÅÅÅ-MM-DD",
            ],
            [
                "Alla barn får vara med i rolleken",
                "Pedagogerna deltar i rolleken och utmanar könsstereotyper",
                "==XX==",
                "ÅÅÅÅ-MM-DD",
            ],
        ],
    )

    H(doc, "Rutiner för akuta situationer")
    G(doc, "Här beskriver ni hur förskolan agerar när ett barn kränks.")
    numbered(
        doc,
        [
            "Den pedagog som ser eller får veta att ett barn har blivit kränkt ingriper direkt.",
            "Pedagogen informerar rektor samma dag.",
            "Rektor anmäler skyndsamt till huvudmannen på kommunens blankett.",
            "Rektor ser till att händelsen utreds: pedagogerna pratar med barnen och vårdnadshavarna informeras.",
            "Arbetslaget beslutar om åtgärder så att kränkningarna upphör.",
            "Allt dokumenteras på blanketten ”Utredning kränkande behandling” som förvaras hos rektor.",
            "Åtgärderna följs upp efter två veckor och ärendet avslutas när kränkningarna har upphört.",
        ],
    )
    P(doc, "Om en vuxen har kränkt ett barn ska rektor informeras direkt. Rektor utreder och kontaktar HR.")
    P(
        doc,
        "Vårdnadshavare kan vända sig till pedagogerna på avdelningen eller till förskolans kontor, "
        "telefon 0651-180 20.",
    )

    H(doc, "Diskrimineringsgrunderna")
    P(
        doc,
        "Diskriminering kan ha samband med kön, könsöverskridande identitet eller uttryck, etnisk tillhörighet, "
        "religion eller annan trosuppfattning, funktionshinder, sexuell läggning och ålder.",
    )

    H(doc, "Nationella minoriteter")
    G(
        doc,
        "Här beskriver ni hur förskolan arbetar för att barn som tillhör en nationell minoritet får utveckla sin "
        "kulturella identitet och sitt minoritetsspråk. Fyll i.",
    )

    H(doc, "Uppföljning och utvärdering av årets plan")
    P(
        doc,
        "Planen följs upp på arbetsplatsträffen i februari 2026 och utvärderas i september 2026. Utvärderingen "
        "görs av arbetslaget på varje avdelning och sammanställs av förskolans ledningsgrupp. Barnen deltar "
        "genom att vi gör husmodellen och barnintervjuerna igen i maj 2026, och vårdnadshavarna får svara på "
        "vårdnadshavarenkäten i maj.",
    )
    save(doc, path)


# =========================================================================== 04
def plan04(path):
    """Gymnasium on the Sörby template; ÅÅÅÅ-MM-DD in the validity, 'no survey this year'."""
    doc = new_doc("Plan mot diskriminering och kränkande behandling Kvarngymnasiet", "Henrik Dahl")
    runs(doc.sections[0].header.paragraphs[0], "Sörby kommun\tKvarngymnasiet")
    runs(
        doc.sections[0].footer.paragraphs[0], "Kvarngymnasiet, Kvarngatan 4, 671 31 Sörby · växel 0570-410 00"
    )

    P(doc, "Kvarngymnasiet", bold=True, size=20)
    P(doc, "Plan mot diskriminering och kränkande behandling", style="Title")
    P(doc, "Gymnasieskola – högskoleförberedande program och yrkesprogram")
    P(doc, "")
    P(doc, "Planen gäller från: ÅÅÅÅ-MM-DD till: ÅÅÅÅ-MM-DD")
    P(doc, "Fastställd 2025-09-15 av rektor Henrik Dahl.")
    page_break(doc)

    H(doc, "Ansvar för planen")
    G(doc, "Beskriv vem som ansvarar för planen.")
    P(
        doc,
        "Rektor Henrik Dahl ansvarar för att planen upprättas, följs upp och revideras varje läsår. Biträdande "
        "rektor Linnea Vik leder skolans trygghetsgrupp, som också består av kurator Omar Nilsson, "
        "skolsköterska Pia Lund och en lärare från varje programlag. Mentorerna ansvarar för att planen gås "
        "igenom med eleverna.",
    )
    P(doc, "Kontakt: henrik.dahl@sorby.se, 0570-410 12; linnea.vik@sorby.se, 0570-410 14.")

    H(doc, "Elevernas delaktighet")
    G(
        doc,
        "Här beskriver ni hur eleverna har deltagit i att upprätta, följa upp och se över planen. Exempel: "
        "elevkår, klassråd, elevskyddsombud.",
    )
    P(
        doc,
        "Planen presenteras för eleverna av mentorerna under mentorstid i september och finns på "
        "lärplattformen.",
    )

    H(doc, "Vårdnadshavarnas delaktighet")
    G(doc, "Här beskriver ni hur vårdnadshavare till omyndiga elever har getts möjlighet att delta. Fyll i.")

    H(doc, "Utvärdering av föregående års plan")
    G(doc, "Redovisa hur förra årets planerade åtgärder har genomförts och vilken effekt de har fått.")
    table(
        doc,
        [
            ["Åtgärd i planen 2024/25", "Genomförande", "Resultat och effekt"],
            [
                "Vuxna i caféet och i entréhallen under lunchen",
                "Genomförd. Schema för lärare och elevassistenter från september 2024.",
                "Antalet anmälda händelser i entréhallen minskade från nio till två jämfört med "
                "året innan. Personalen i caféet uppger att stämningen blivit lugnare.",
            ],
            [
                "Föreläsning om sexuella trakasserier för åk 1",
                "Genomförd i november 2024 med Ungdomsmottagningen.",
                "I utvärderingen efteråt svarade 81 % att de visste mer om var man kan få hjälp. Två elever sökte kurator "
                "efter föreläsningen.",
            ],
            [
                "Omklädningsrum med enskilda bås",
                "Delvis genomförd. Två bås byggdes i idrottshallen, övriga är beställda.",
                "Idrottslärarna ser att fler elever byter om och deltar i lektionerna. Åtgärden fortsätter.",
            ],
            [
                "Ny rutin för anmälan via lärplattformen",
                "Genomförd i januari 2025.",
                "Fler anmälningar kom in tidigare (samma dag i 70 % av fallen jämfört med 40 % året innan).",
            ],
        ],
        size=9,
    )

    H(doc, "Kartläggning")
    G(
        doc,
        "Här beskriver ni vilka metoder ni använt för att kartlägga risker för diskriminering, trakasserier "
        "och kränkande behandling, vad ni fann och er analys.",
    )
    P(doc, "Ingen kartläggning har genomförts under läsåret.")

    H(doc, "Främjande insatser")
    G(doc, "Beskriv de främjande insatserna.")
    P(
        doc,
        "Kvarngymnasiet ska vara en skola där alla blir respekterade för den de är. Vi har nolltolerans mot "
        "kränkningar. Alla ska känna sig trygga och välkomna oavsett bakgrund.",
    )

    H(doc, "Förebyggande åtgärder")
    G(doc, "Fyll i åtgärderna. Varje åtgärd ska ha ansvarig och tidplan.")
    table(
        doc,
        [
            ["Åtgärd", "Mål", "Ansvarig", "Tidplan", "Uppföljning"],
            [
                "Bygga färdigt omklädningsbåsen",
                "Alla elever ska kunna byta om utan att känna sig utsatta",
                "Rektor Henrik Dahl, fastighetsavdelningen",
                "Klart till vt 2026",
                "Idrottslärarna, juni 2026",
            ],
            [
                "Värdegrundsdag för åk 1 om trakasserier och sexuella trakasserier",
                "Eleverna ska känna till skolans regler och var de kan få hjälp",
                "Kurator Omar Nilsson",
                "v. 43 2025",
                "Enkät direkt efter dagen",
            ],
            [
                "Vuxennärvaro i entréhallen och caféet",
                "Behålla den lugnare stämningen",
                "Bitr. rektor Linnea Vik",
                "Hela läsåret, schema per termin",
                "Trygghetsgruppen, december och maj",
            ],
        ],
        size=9,
    )

    H(doc, "Rutiner för akuta situationer")
    P(doc, "Alla anställda som får kännedom om att en elev upplever sig kränkt eller trakasserad ska:")
    numbered(
        doc,
        [
            "ingripa direkt om det pågår,",
            "anmäla till rektor samma dag via anmälningsformuläret på lärplattformen,",
            "rektor anmäler vidare till huvudmannen (utbildningsförvaltningen) i kommunens ärendesystem inom en vecka,",
            "trygghetsgruppen utreder skyndsamt genom samtal med den som utsatts, den som utfört kränkningen och "
            "vittnen; vårdnadshavare till omyndiga elever informeras,",
            "rektor beslutar om åtgärder,",
            "utredning och åtgärder dokumenteras i ärendesystemet,",
            "trygghetsgruppen följer upp med eleven efter två till tre veckor och avslutar ärendet när kränkningarna "
            "har upphört.",
        ],
    )
    P(
        doc,
        "Om en anställd misstänks ha kränkt en elev utreder rektor och kontaktar HR. Elever kan vända sig till "
        "mentor, kurator Omar Nilsson (0570-410 30) eller skolsköterska Pia Lund (0570-410 31).",
    )

    H(doc, "Diskrimineringsgrunderna")
    for g, d in [
        ("Kön", "att någon är kvinna eller man, eller avser att ändra eller har ändrat sitt juridiska kön."),
        (
            "Könsöverskridande identitet eller uttryck",
            "att någon inte identifierar sig som kvinna eller man eller "
            "genom sin klädsel eller på annat sätt ger uttryck för att tillhöra ett annat kön.",
        ),
        (
            "Etnisk tillhörighet",
            "nationellt eller etniskt ursprung, hudfärg eller annat liknande förhållande.",
        ),
        (
            "Religion eller annan trosuppfattning",
            "till exempel kristendom, islam, judendom, buddhism eller ateism.",
        ),
        (
            "Funktionsnedsättning",
            "varaktiga fysiska, psykiska eller begåvningsmässiga begränsningar av en persons "
            "funktionsförmåga.",
        ),
        ("Sexuell läggning", "homosexuell, bisexuell eller heterosexuell läggning."),
        ("Ålder", "uppnådd levnadslängd."),
    ]:
        P(doc, "**%s** – %s" % (g, d))

    H(doc, "Nationella minoriteter")
    P(
        doc,
        "I Sverige finns fem nationella minoriteter: judar, romer, samer, sverigefinnar och tornedalingar.",
    )

    H(doc, "Utvärdering av årets plan")
    G(doc, "Ange när, hur och av vem årets plan ska utvärderas samt hur eleverna deltar.")
    P(doc, "Planen utvärderas årligen av skolledningen.")
    save(doc, path)


# =========================================================================== 05
def plan05(path):
    """Hand-typed F–3 plan; 'Grunduppgifter' and 'Delaktighet och förankring' carry several keys."""
    doc = new_doc(
        "Plan mot kränkande behandling och diskriminering Södra Lundens skola 2025/26", "Karin Olofsson"
    )
    fp = doc.sections[0].footer.paragraphs[0]
    runs(fp, "Södra Lundens skola · Plan mot kränkande behandling 2025/26 · ")
    page_x_of_y(fp, "1", "3", prefix="sid ")

    P(doc, "Södra Lundens skola", bold=True, size=14)
    P(doc, "Plan mot kränkande behandling och diskriminering", style="Title")
    P(doc, "Förskoleklass, åk 1–3 och fritidshemmet Lunden")

    fake_heading(doc, "Grunduppgifter", 14)
    P(
        doc,
        "Planen gäller läsåret 2025/26, från 2025-08-19 till 2026-06-12. Huvudman är Lindviks kommun genom "
        "barn- och utbildningsnämnden.",
    )
    P(
        doc,
        "Ansvarig för planen är rektor Karin Olofsson (karin.olofsson@lindvik.se, 0480-55 34 10). Rektor ser "
        "till att planen tas fram, följs och utvärderas och att all personal känner till den. Skolans "
        "trygghetsteam – kurator Nils Ekdahl, specialpedagog Malin Stark och fritidspedagog Ahmed Yusuf – "
        "leder det praktiska arbetet, utreder anmälningar och sammanställer kartläggningen. Alla vuxna på "
        "skolan ansvarar för att ingripa och anmäla.",
    )

    fake_heading(doc, "Delaktighet och förankring", 14)
    P(
        doc,
        "Eleverna har varit med och tagit fram planen. I september hade varje klass ett klassråd om vad som "
        "gör skolan trygg och vad som behöver bli bättre, och elevrådet (två elever från varje klass) gick "
        "igenom förslagen till åtgärder med trygghetsteamet den 23 september. Eleverna i åk 2–3 gjorde en "
        "trygghetsvandring med sina mentorer och förskoleklassen ritade bilder av platser där de känner sig "
        "glada eller ledsna. På fritidshemmet har kompisrådet valt vilka rastaktiviteter som ska finnas.",
    )
    P(
        doc,
        "Personalen har arbetat med planen på två arbetsplatsträffar i augusti och september, där arbetslagen "
        "gick igenom kartläggningen och föreslog åtgärder.",
    )
    P(
        doc,
        "Vårdnadshavarna har kunnat påverka planen på flera sätt. Föräldrarådet diskuterade utkastet den "
        "2 oktober och föreslog att skolan ska informera mer om nätvett i åk 3. Vårdnadshavarenkäten i maj gav "
        "synpunkter som har tagits med i kartläggningen. Planen läggs ut på Unikum och vårdnadshavare bjuds in "
        "att lämna synpunkter till rektor. Planen presenteras också på höstens föräldramöten.",
    )

    fake_heading(doc, "Utvärdering av förra årets plan (2024/25)", 14)
    table(
        doc,
        [
            ["Åtgärd 2024/25", "Genomfördes det?", "Effekt"],
            [
                "Rastaktiviteter ledda av fritidspersonal varje förmiddagsrast",
                "Ja, från oktober 2024.",
                "Färre konflikter på rasterna: anmälningarna från skolgården minskade från 12 till 5. Eleverna säger i "
                "klassråden att det är roligare på rasten.",
            ],
            [
                "Fasta platser i matsalen",
                "Ja.",
                "Lugnare i matsalen enligt personalen. 8 av 10 elever i åk 2–3 tycker "
                "att det är lugnt i matsalen (förra året 6 av 10).",
            ],
            [
                "Samtal om kroppen och gränser i åk 1–3",
                "Delvis, bara åk 2 och 3 hann.",
                "Svårt att mäta. Vi gör samtalen i alla klasser i år.",
            ],
        ],
        size=9,
    )
    P(doc, "Utvärderingen gjordes av trygghetsteamet i juni 2025 tillsammans med elevrådet och arbetslagen.")

    fake_heading(doc, "Kartläggning", 14)
    P(
        doc,
        "Vi har använt trivselenkäten för åk 1–3 (april 2025, 142 av 150 elever svarade), "
        "vårdnadshavarenkäten, trygghetsvandringen, incidentrapporter och samtal i klassråden.",
    )
    P(
        doc,
        "92 % av eleverna svarar att de trivs i skolan. Det som oroar är omklädningsrummet i idrottshallen, "
        "där 18 % av eleverna i åk 3 säger att de inte känner sig trygga, och kön till matsalen där det knuffas. "
        "Flera pojkar i åk 3 säger att de blir retade för att de leker med ”tjejsaker”. På fritids uppstår "
        "många konflikter vid hämtning kl. 16–17 när färre vuxna är kvar.",
    )
    P(
        doc,
        "Vi tror att omklädningsrummet känns otryggt för att vuxna inte är med där, och att kommentarerna om "
        "lek hänger ihop med snäva normer om kön som vi behöver arbeta med.",
    )

    fake_heading(doc, "Främjande arbete", 14)
    bullets(
        doc,
        [
            "Värdegrundslektion en gång i veckan i alla klasser (mentorerna, hela läsåret) med materialet "
            "”Vi är alla olika”. Lektionerna tar upp alla diskrimineringsgrunderna under året.",
            "Lundenveckan i oktober: åldersblandade grupper F–3 gör aktiviteter tillsammans (trygghetsteamet).",
            "Skolbiblioteket köper in böcker där olika familjer, funktionsnedsättningar och religioner syns "
            "(bibliotekarie Eva Holm, ht 2025).",
            "Fritids har lekar där alla är med, och leksakerna delas inte upp efter kön.",
        ],
    )

    fake_heading(doc, "Förebyggande åtgärder", 14)
    bullets(
        doc,
        [
            "Vuxen med i omklädningsrummet före och efter idrotten. Ansvarig: idrottslärare Per Sund, från v. 36.",
            "Ny ordning i matsalskön.",
            "Samtal om normer kring kön och lek i åk 3.",
            "Fler vuxna på fritids vid hämtningen.",
        ],
    )

    fake_heading(doc, "Rutiner när något har hänt", 14)
    P(
        doc,
        "Den vuxne som ser eller får höra om en kränkning ingriper direkt och berättar för rektor samma dag. "
        "Rektor anmäler till huvudmannen. Trygghetsteamet utreder genom att prata med eleverna och kontaktar "
        "vårdnadshavarna. Rektor beslutar om åtgärder. Trygghetsteamet följer upp med eleverna efter två "
        "veckor. Om en vuxen har kränkt en elev utreder rektor.",
    )
    P(
        doc,
        "Elever och vårdnadshavare kan vända sig till mentorn, till kurator Nils Ekdahl (0480-55 34 22) eller "
        "till rektor.",
    )

    fake_heading(doc, "Diskrimineringsgrunderna", 14)
    P(
        doc,
        "Diskrimineringslagen (2008:567) skyddar mot diskriminering som har samband med kön, "
        "könsöverskridande identitet eller uttryck, etnisk tillhörighet, religion eller annan trosuppfattning, "
        "funktionsnedsättning, sexuell läggning och ålder. I kartläggningen frågar vi om eleverna har blivit "
        "illa behandlade på grund av något av detta.",
    )

    fake_heading(doc, "Nationella minoriteter", 14)
    P(
        doc,
        "De nationella minoriteterna är judar, romer, samer, sverigefinnar och tornedalingar, och "
        "minoritetsspråken är jiddisch, romani chib, samiska, finska och meänkieli. Vid inskrivningen "
        "informerar vi vårdnadshavare om rätten till modersmålsundervisning i ett minoritetsspråk, även om "
        "barnet inte talar språket hemma. I år firar vi samernas nationaldag den 6 februari och Sverigefinnarnas "
        "dag den 24 februari på fritids, och biblioteket har sagor på finska och samiska.",
    )

    fake_heading(doc, "Uppföljning och utvärdering", 14)
    P(
        doc,
        "Planen följs upp i januari 2026 och utvärderas i juni 2026. Trygghetsteamet ansvarar och gör "
        "utvärderingen genom att jämföra anmälningsstatistiken med förra årets och genom samtal i arbetslagen.",
    )
    save(doc, path)


# =========================================================================== 06
def plan06(path):
    """4–6 school; merged 'Främjande och förebyggande arbete'; no period; samordningsnummer in a table."""
    doc = new_doc("Likabehandlingsplan Tallbackaskolan", "Trygghetsgruppen")
    runs(doc.sections[0].header.paragraphs[0], "Tallbackaskolan åk 4–6\tLikabehandlingsplan")

    P(doc, "Likabehandlingsplan och plan mot kränkande behandling", style="Title")
    P(doc, "Tallbackaskolan åk 4–6, Ekeby kommun", bold=True)
    P(doc, "Tallbacksvägen 12, 681 40 Ekeby · Expedition 0651-177 00 · Skolenhetskod 59012846")

    H(doc, "Ansvar")
    P(doc, "Trygghetsgruppen ansvarar för planen och för att den följs.")

    H(doc, "Elevernas delaktighet")
    P(
        doc,
        "Planen presenteras för eleverna på klassråd i början av höstterminen och en elevversion sätts upp i "
        "alla klassrum. Eleverna svarar på trivselenkäten varje vår.",
    )

    H(doc, "Vårdnadshavarnas delaktighet")
    P(doc, "Planen finns på skolans webbplats och skickas ut till alla vårdnadshavare via Vklass.")

    H(doc, "Utvärdering av förra årets plan")
    table(
        doc,
        [
            ["Åtgärd", "Status"],
            ["Rastvärdar vid bollplanen", "Genomfört"],
            ["Trygghetsvandring", "Genomfört"],
            ["Värdegrundslektioner varannan vecka", "Delvis genomfört"],
            ["Kompisbänk på skolgården", "Ej genomfört"],
        ],
    )

    H(doc, "Kartläggning")
    P(
        doc,
        "Trivselenkäten genomfördes i mars 2025 och besvarades av 201 av 214 elever. 84 % känner sig trygga "
        "på skolan. Av dem som inte känner sig trygga nämner de flesta toaletterna på nedre plan och bollplanen. "
        "I åk 5 uppger 22 % att de har fått elaka meddelanden i klassens gruppchatt. Trygghetsgruppens egen "
        "trygghetsvandring i april visade samma platser.",
    )
    P(
        doc,
        "Under läsåret 2024/25 anmäldes 31 fall av kränkande behandling till rektor. Ett urval av ärendena "
        "redovisas nedan (utdrag ur ärendelistan):",
    )
    table(
        doc,
        [
            ["Datum", "Elev", "Plats", "Typ", "Status"],
            ["2024-10-07", "åk 5", "Bollplanen", "Fysisk", "Avslutat"],
            ["2024-11-19", "130672-1232", "Gruppchatt", "Verbal/skriftlig", "Avslutat"],
            ["2025-02-03", "åk 6", "Toaletter nedre plan", "Verbal", "Avslutat"],
            ["2025-03-24", "åk 4", "Matsalen", "Utfrysning", "Pågår"],
        ],
        size=9,
    )
    P(
        doc,
        "Analys: Kränkningarna sker främst där vuxna inte finns, och på nätet. Flickor i åk 5–6 utsätts oftare "
        "i chatten, pojkar oftare på bollplanen.",
    )

    H(doc, "Främjande och förebyggande arbete")
    P(
        doc,
        "Vi arbetar både med sådant som gäller alla elever och med åtgärder som kommer från kartläggningen.",
    )
    P(
        doc,
        "Alla klasser har värdegrundslektion varje vecka med övningar om allas lika värde. Mentorerna ansvarar "
        "och lektionerna pågår hela läsåret. I september har vi Tallbackaveckan där eleverna arbetar i blandade "
        "grupper åk 4–6; trygghetsgruppen planerar veckan. Bollplanen fördelas efter ett schema så att alla "
        "klasser och både flickor och pojkar får använda den; fritidspedagog Johan Wik gör schemat vid "
        "terminsstart. Skolbiblioteket köper in normkritisk litteratur under hösten (bibliotekarie Sofia Rahm).",
    )
    P(
        doc,
        "Utifrån kartläggningen gör vi också följande. Toaletterna på nedre plan får nya lås och belysning "
        "och en vuxen finns i korridoren på rasterna; rektor beställer arbetet och det ska vara klart vecka 41. "
        "Två rastvärdar i västar finns vid bollplanen varje rast från skolstart; schemat görs av "
        "trygghetsgruppen. För att minska kränkningar i chatten får åk 5 en föreläsning om nätvett i november "
        "med kurator Hanna Berg, och mentorerna i åk 5 följer upp på klassråd i december.",
    )

    H(doc, "Rutiner vid kränkande behandling")
    numbered(
        doc,
        [
            "Personal som ser eller får veta något ingriper direkt.",
            "Personalen anmäler till rektor samma dag med anmälningsblanketten.",
            "Rektor anmäler till huvudmannen (barn- och utbildningsförvaltningen) inom en vecka.",
            "Trygghetsgruppen utreder: samtal med den utsatte, den som kränkt och vittnen. Vårdnadshavare informeras.",
            "Rektor beslutar om åtgärder.",
            "Allt dokumenteras i utredningsmallen och sparas i elevakten.",
            "Uppföljning efter en och fyra veckor.",
        ],
    )
    P(
        doc,
        "Om en vuxen kränker en elev utreder rektor. Elever och vårdnadshavare kan vända sig till mentor, "
        "kurator Hanna Berg (0651-177 12) eller rektor.",
    )

    H(doc, "Diskrimineringsgrunderna")
    P(
        doc,
        "Enligt lagen får ingen diskrimineras på grund av kön, etnisk tillhörighet, religion eller annan "
        "trosuppfattning, funktionshinder eller sexuell läggning.",
    )

    H(doc, "Utvärdering av årets plan")
    P(
        doc,
        "Planen utvärderas i maj 2026. Trygghetsgruppen ansvarar för utvärderingen. Resultaten från "
        "trivselenkäten i mars 2026 jämförs med förra årets, och personalen utvärderar åtgärderna på "
        "arbetsplatsträffen i maj.",
    )
    save(doc, path)
