"""Plans h1_07 - h1_11: förskola plans and student-friendly 'du' plans."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from docx.shared import Pt  # noqa: E402

import wordkit as k  # noqa: E402


# =====================================================================
def plan07(outdir):
    doc = k.new_doc("Likabehandlingsplan och plan mot kränkande behandling – Förskolan Solrosen",
                    "Birgitta Sundin", font="Arial", size=10)
    k.footer_text(doc, "Förskolan Solrosen · Tel 0271-571 40 · Reviderad 2025-08-28", page_numbers=False)

    k.para(doc, "LIKABEHANDLINGSPLAN OCH PLAN MOT KRÄNKANDE BEHANDLING", bold=True, size=16, align="center")
    k.para(doc, "Förskolan Solrosen, Sörby kommun", size=12, align="center")
    k.para(doc, "Planen gäller från 2025-09-01 och tills ny plan upprättats.", align="center")
    k.para(doc, "Förskolechef: Birgitta Sundin, birgitta.sundin@sorby.se", align="center")

    k.fake_heading(doc, "Grunduppgifter", caps=True, size=12)
    k.para(doc, "Förskolan Solrosen har tre avdelningar – Humlan, Nyckelpigan och Fjärilen – med sammanlagt 54 barn "
                "mellan ett och fem år. Vi har tio pedagoger, en kock och en lokalvårdare.")

    k.fake_heading(doc, "Lagar och styrdokument", caps=True, size=12)
    k.para(doc, "Planen bygger på diskrimineringslagen, skollagen 6 kap., Skolverkets allmänna råd (2012) för "
                "arbetet mot diskriminering och kränkande behandling och förordningen (2006:1083) om barns och "
                "elevers deltagande i arbetet med planer mot diskriminering och kränkande behandling.")

    k.fake_heading(doc, "Ansvar", caps=True, size=12)
    k.para(doc, "Förskolechef Birgitta Sundin ansvarar för att planen upprättas, att all personal känner till den "
                "och att anmälningar om kränkande behandling utreds. Pedagogerna ansvarar för att följa planen, "
                "ingripa när ett barn blir kränkt och genast berätta för förskolechefen. Huvudman är "
                "förskolenämnden i Sörby kommun.")

    k.fake_heading(doc, "Barnens delaktighet", caps=True, size=12)
    k.para(doc, "Barnen är delaktiga i värdegrundsarbetet i vardagen. Vi lyssnar på barnen och tar tillvara deras "
                "tankar och idéer.")

    k.fake_heading(doc, "Vårdnadshavarnas delaktighet", caps=True, size=12)
    k.para(doc, "Föräldrarådet läste utkastet till planen på sitt möte i september och lämnade synpunkter, bland "
                "annat om hallen vid hämtning. Alla vårdnadshavare får svara på föräldraenkäten i mars, som har "
                "frågor om trygghet. Planen tas upp på föräldramötet och vid utvecklingssamtalen och finns på "
                "förskolans webbsida.")

    k.fake_heading(doc, "Utvärdering", caps=True, size=12)
    k.para(doc, "Förra årets plan utvärderades i juni 2025 av personalen på varje avdelning och av förskolechefen. "
                "Så här genomfördes åtgärderna:")
    for a, g, r in [
        ("Fler pedagoger ute på gården vid hämtning.", "Ett nytt schema infördes i oktober 2024.",
         "Färre konflikter vid cyklarna. Incidenterna på gården i avdelningarnas loggbok minskade från 15 under "
         "hösten till 6 under våren."),
        ("Mindre grupper vid lunchen på Humlan.", "Genomfördes från januari 2025.",
         "Lugnare måltider; bitningarna vid lunch upphörde nästan helt (från 9 till 1 tillfälle)."),
        ("Alla barn ska få pröva alla hörnor och material.", "Genomfördes delvis; byggrummet användes fortfarande "
         "mest av pojkarna.", "Liten effekt. Vi fortsätter med styrda lekgrupper i byggrummet."),
    ]:
        k.para(doc, "**Åtgärd:** %s **Genomförande:** %s **Resultat:** %s" % (a, g, r))

    k.fake_heading(doc, "Kartläggning", caps=True, size=12)
    k.para(doc, "Vi har kartlagt tryggheten genom observationer i barngrupperna, trygghetsvandring med de äldsta "
                "barnen på Fjärilen och samtal i arbetslaget. Resultaten har sammanställts och diskuterats i "
                "arbetslagen.")

    k.fake_heading(doc, "Främjande och förebyggande arbete", caps=True, size=12)
    k.bullets(doc, [
        "Varje tisdag har alla avdelningar värdegrundssamling där förskollärarna använder materialet ”Start” och "
        "pratar med barnen om känslor och om att vara en bra kompis.",
        "Vi läser böcker där olika slags familjer finns med, till exempel med två mammor eller två pappor, och där "
        "barn med olika hudfärg och med funktionshinder är huvudpersoner. Böckerna byts varje månad.",
        "Alla barn ska få pröva alla lekar och allt material oavsett kön.",
        "Vi ska vara fler pedagoger i hallen vid utgång.",
        "Vi ska se över hur vi fördelar oss på gården.",
        "Vi ska vara goda förebilder i hur vi pratar med varandra.",
    ])

    k.fake_heading(doc, "Rutiner vid kränkningar", caps=True, size=12)
    k.numbered(doc, [
        "Pedagogen som ser ingriper direkt.",
        "Pedagogen informerar förskolechefen samma dag.",
        "Förskolechefen anmäler till huvudmannen via kommunens blankett.",
        "Förskolechefen och pedagogerna utreder vad som har hänt, pratar med barnen och kontaktar "
        "vårdnadshavarna.",
        "Åtgärder sätts in så att kränkningarna upphör.",
        "Allt dokumenteras på blanketten ”Anmälan om kränkande behandling”.",
        "Uppföljning inom två veckor.",
    ])
    k.para(doc, "Om en vuxen kränker ett barn: kontakta förskolechefen, som anmäler till huvudmannen och utreder.")

    k.fake_heading(doc, "Diskrimineringsgrunderna", caps=True, size=12)
    k.para(doc, "Kön, könsöverskridande identitet eller uttryck, etnisk tillhörighet, religion eller annan "
                "trosuppfattning, funktionshinder, sexuell läggning och ålder.")

    name = "h1_07_solrosen-forskola-forskolechef.docx"
    k.save(doc, str(Path(outdir) / name))
    return name


# =====================================================================
def plan08(outdir):
    doc = k.new_doc("Plan mot kränkande behandling – Förskolan Myrstacken", "Myrstacken")
    k.footer_text(doc, "Förskolan Myrstacken · Tel. 0380-51 62 30", page_numbers=False)
    k.para(doc, "Plan mot kränkande behandling", bold=True, size=18)
    k.para(doc, "Förskolan Myrstacken", size=13)
    k.para(doc, "Vi är en liten förskola med två avdelningar, Myran och Stacken, och 32 barn.")

    k.heading(doc, "Så arbetar vi för att alla barn ska känna sig trygga", 1)
    k.para(doc, "Hos oss ska alla barn känna sig trygga och bli bemötta med respekt. Hos oss får alla vara som de "
                "är. Vi pedagoger är närvarande vuxna och goda förebilder. Alla pedagoger ansvarar för att planen "
                "följs.")
    k.para(doc, "Barnen har inte varit delaktiga i arbetet med planen i år eftersom den skrevs under "
                "sommaruppehållet. Någon kartläggning har inte gjorts i år.")

    k.heading(doc, "Om något händer", 1)
    k.para(doc, "Om ett barn blir kränkt följer vi kommunens rutin för kränkande behandling. Rutinen finns på "
                "kommunens intranät.")

    k.heading(doc, "Uppföljning", 1)
    k.para(doc, "Planen utvärderas varje år. Planen sitter uppsatt i hallen så att alla föräldrar kan läsa den.")

    name = "h1_08_myrstacken-forskola-short.docx"
    k.save(doc, str(Path(outdir) / name))
    return name


# =====================================================================
def plan09(outdir):
    doc = k.new_doc("Plan mot diskriminering och kränkande behandling – Förskolan Tallkotten", "Eva Lindahl",
                    date=k.FIXED_DATE.replace(month=1, day=28))
    k.header_text(doc, "Förskolan Tallkotten · Kustviks kommun")
    k.footer_text(doc, "Förskolan Tallkotten, Tallstigen 4 · 0522-69 81 10")

    bp = doc.add_paragraph()
    k.picture(bp, k.make_png(160, 12, (120, 160, 80), pattern=3), 16.0, decorative=True, name="Bård")
    doc.add_paragraph("Plan mot diskriminering och kränkande behandling", style="Title")
    k.para(doc, "Förskolan Tallkotten", size=16, color="385623")
    k.table(doc, [
        ("Förskola", "Tallkotten, avdelningarna Blåbäret (1–3 år), Lingonet (3–4 år) och Hjortronet (4–5 år)"),
        ("Rektor", "Eva Lindahl, eva.lindahl@kustvik.se, 0522-69 81 00"),
        ("Planen gäller", "2025-02-01 – 2026-02-01"),
        ("Upprättad", "2025-01-28"),
    ], header=False, widths=[3.5, 12.5], bold_first_col=True)

    k.heading(doc, "Ansvar", 1)
    k.para(doc, "Rektor Eva Lindahl ansvarar för att planen tas fram tillsammans med barn, vårdnadshavare och "
                "personal, att den följs upp och att anmälningar om kränkande behandling utreds. Förskollärarna "
                "ansvarar för åtgärderna på sin avdelning. Likabehandlingsgruppen – Nora Sandberg (Lingonet), "
                "Ali Rahimi (Hjortronet) och Maja Hed (Blåbäret) – samordnar kartläggningen och barnrådet. "
                "All personal ansvarar för att ingripa och berätta för rektor samma dag. Huvudman är "
                "förskolenämnden i Kustviks kommun.")

    k.heading(doc, "Barnens delaktighet", 1)
    k.para(doc, "På Tallkotten har vi ett barnråd med två barn från Lingonet och två från Hjortronet. Barnrådet "
                "träffar förskollärare Nora Sandberg en gång i månaden. I november och december 2024 ritade alla "
                "barn på Lingonet och Hjortronet teckningar av platser där de känner sig trygga och platser där de "
                "känner sig otrygga, och berättade om teckningarna för en pedagog som skrev ner vad de sa. De äldsta "
                "barnen använde också husmodellen, där de fick sätta gröna och röda prickar på en bild av förskolan "
                "och gården. På Blåbäret, där barnen är yngst, har pedagogerna observerat var och när barnen blir "
                "ledsna eller hamnar i konflikt.")
    k.para(doc, "Barnrådet valde de tre kompisregler som nu sitter i alla hallar: ”Alla får vara med”, ”Vi säger "
                "stopp” och ”Vi hjälper varandra”. Barnrådet följer upp planen i juni och i december, när barnen får "
                "rita nya teckningar.")
    dp = doc.add_paragraph()
    k.picture(dp, k.make_png(80, 60, (230, 150, 40), pattern=2), 6.0,
              alt="Barnteckning från Lingonet: två barn i soffan i kuddrummet. En pedagog har skrivit barnets ord "
                  "”Här är det mysigt”.", name="Teckning trygg plats")
    k.para(doc, "Bild 1. ”Här är det mysigt” – kuddrummet, ritad av ett barn på Lingonet.", italic=True, size=9)
    dp2 = doc.add_paragraph()
    k.picture(dp2, k.make_png(80, 60, (90, 60, 140), pattern=1), 6.0, name="Teckning otrygg plats")
    k.para(doc, "Bild 2. ”Där bakom är det läskigt” – bakom förrådet på gården, ritad av ett barn på Hjortronet.",
           italic=True, size=9)

    k.heading(doc, "Vårdnadshavarnas delaktighet", 1)
    k.para(doc, "Vårdnadshavarna svarade på föräldraenkäten i oktober 2024. Föräldrarådet diskuterade kartläggningen "
                "och förslaget till åtgärder på sitt möte den 14 januari 2025. Utkastet till planen lades ut i "
                "appen Tyra, där alla vårdnadshavare kunde lämna synpunkter under två veckor. Trygghet tas också upp "
                "vid utvecklingssamtalen.")

    k.heading(doc, "Utvärdering av förra årets plan", 1)
    k.para(doc, "Planen för 2024 utvärderades i januari 2025 av likabehandlingsgruppen tillsammans med barnrådet och "
                "föräldrarådet.")
    k.table(doc, [
        ("Avdelning", "Åtgärd 2024", "Genomförande", "Effekt"),
        ("Blåbäret", "Pedagog vid matbordet hela lunchen", "Genomfört från mars 2024",
         "Bitningarna vid lunch minskade från 12 till 3 noterade tillfällen per termin."),
        ("Lingonet", "Delad hall: hälften av barnen går ut i taget", "Genomfört från april 2024",
         "Barnen ritar inte längre hallen som otrygg; konflikterna vid kläderna har nästan upphört."),
        ("Hjortronet", "Styrda lekgrupper i rollek", "Genomfört två gånger i veckan",
         "Fler barn leker över språkgränserna, men barn med arabiska och somaliska som modersmål blir fortfarande "
         "utanför i fri lek. Åtgärden fortsätter."),
        ("Hela förskolan", "Pedagog vid förrådet på gården", "Delvis genomfört; bemanningen räckte inte alltid",
         "Förrådet är fortfarande barnens mest otrygga plats. Ny åtgärd i år."),
    ], font_size=9)

    k.heading(doc, "Kartläggning", 1)
    k.para(doc, "Vi har använt barnens teckningar, husmodellen, pedagogernas observationer, avdelningarnas "
                "loggböcker och föräldraenkäten (44 av 58 vårdnadshavare svarade; 95 % anser att deras barn är "
                "tryggt på förskolan).")
    k.para(doc, "Barnen pekar ut tre otrygga platser: bakom förrådet på gården (röd prick från 17 av 26 barn), "
                "toaletterna på Lingonet och hallen vid hämtning. Pojkarna dominerar cykelvägen på gården. På "
                "Blåbäret blir barnen oftast ledsna vid övergången från lunch till vila. Analysen visar att det "
                "otrygga finns där pedagogerna inte syns och i övergångar, och att barn med ett annat modersmål "
                "riskerar att hamna utanför i leken.")

    k.heading(doc, "Främjande arbete", 1)
    k.bullets(doc, [
        "Värdegrundssamling varje måndag på alla avdelningar med barnens kompisregler. Ansvarig: förskollärarna.",
        "Tecken som stöd (TAKK) används i alla samlingar så att alla barn kan vara med, även barn med "
        "funktionsnedsättning eller som är nya i svenska.",
        "Böcker och sånger där olika familjer, hudfärger, religioner och språk finns med. Ansvarig: Maja Hed.",
        "Cykelvägen delas upp i turordning så att alla barn får cykla oavsett kön.",
    ])

    k.heading(doc, "Förebyggande åtgärder per avdelning", 1)
    k.table(doc, [
        ("Avdelning", "Risk", "Åtgärd", "Ansvarig", "När", "Uppföljning"),
        ("Blåbäret", "Ledsna barn i övergången lunch–vila", "En pedagog följer barnen i mindre grupper till vilan",
         "Maja Hed", "Från 2025-02-10", "Observation juni 2025"),
        ("Lingonet", "Otrygga toaletter", "Pedagog i närheten vid toalettbesök; dörrstopp",
         "Nora Sandberg", "Från februari 2025", "Barnens teckningar december 2025"),
        ("Hjortronet", "Barn med annat modersmål utanför i leken", "Lekgrupper med ord och bilder på flera språk",
         "Ali Rahimi", "Vt 2025", "Barnrådet juni 2025"),
        ("Hela förskolan", "Bakom förrådet på gården", "Förrådet flyttas; pedagog placeras vid hörnet",
         "Rektor Eva Lindahl", "Klart april 2025", "Husmodellen december 2025"),
    ], font_size=9)

    k.heading(doc, "Rutiner för akuta situationer", 1)
    k.numbered(doc, [
        "Pedagogen som ser eller får höra att ett barn blivit kränkt ingriper direkt.",
        "Pedagogen berättar för rektor samma dag.",
        "Rektor anmäler till huvudmannen i Kustviks anmälningssystem.",
        "Rektor och förskollärare utreder vad som har hänt: pratar med barnen på ett sätt som passar deras ålder "
        "och med vårdnadshavarna.",
        "Åtgärder sätts in så att kränkningarna upphör.",
        "Allt dokumenteras i anmälningssystemet.",
        "Uppföljning med barnen och vårdnadshavarna efter två veckor.",
    ])
    k.para(doc, "Om en vuxen kränker ett barn anmäls det till rektor, som anmäler till huvudmannen och utreder "
                "tillsammans med HR. Vårdnadshavare kan alltid vända sig till pedagogerna på avdelningen eller till "
                "rektor.")

    k.heading(doc, "Diskrimineringsgrunderna", 1)
    k.para(doc, "Ingen får diskrimineras på grund av kön, könsöverskridande identitet eller uttryck, etnisk "
                "tillhörighet, religion eller annan trosuppfattning, funktionsnedsättning, sexuell läggning eller "
                "ålder. I förskolan handlar det ofta om vilka lekar som anses vara för flickor eller pojkar, vilka "
                "familjer som syns i böckerna och om alla barn kan delta trots en funktionsnedsättning.")

    k.heading(doc, "Nationella minoriteter", 1)
    k.para(doc, "De nationella minoriteterna är judar, romer, samer, sverigefinnar och tornedalingar. Vid "
                "inskolningen informerar vi vårdnadshavarna om minoriteternas rättigheter, bland annat rätten till "
                "modersmålsstöd i finska, meänkieli, samiska, romani chib och jiddisch. Vi har böcker och sånger på "
                "finska och samiska, och alla avdelningar uppmärksammar Samernas nationaldag den 6 februari och "
                "Sverigefinnarnas dag den 24 februari.")

    k.heading(doc, "Uppföljning och utvärdering", 1)
    k.para(doc, "Planen följs upp i juni 2025 och utvärderas i januari 2026. Barnrådet och barnen på Lingonet och "
                "Hjortronet ritar nya teckningar i december, och resultatet jämförs med årets. "
                "Likabehandlingsgruppen sammanställer observationer och loggböcker, och föräldrarådet ger sina "
                "synpunkter. Rektor ansvarar för utvärderingen och för att en ny plan upprättas till februari 2026.")

    name = "h1_09_tallkotten-forskola-barnrad.docx"
    k.save(doc, str(Path(outdir) / name))
    return name


# =====================================================================
def plan10(outdir):
    doc = k.new_doc("Plan mot diskriminering och kränkande behandling – Bergsjöskolan 2025/26", "Sofia Nyberg")
    k.header_text(doc, "Bergsjöskolan F–6 · Västerlunds kommun")
    k.footer_text(doc, "Bergsjöskolan, Bergsvägen 2, 881 30 Västerlund · 0651-182 00")

    doc.add_paragraph("Plan mot diskriminering och kränkande behandling", style="Title")
    k.para(doc, "Bergsjöskolan – förskoleklass, åk 1–6 och fritidshem", size=14)
    k.para(doc, "Läsåret 2025/26. Planen gäller 2025-08-15 – 2026-06-12.")

    k.heading(doc, "Ansvar", 1)
    k.para(doc, "Rektor Sofia Nyberg ansvarar för att planen tas fram, följs upp och utvärderas tillsammans med "
                "elever, vårdnadshavare och personal. Trygghetsteamet (kurator Jens Holm, specialpedagog Ida Berg "
                "och fritidspedagog Tomas Ek) samordnar arbetet och stöttar mentorerna vid utredningar. Alla vuxna "
                "på skolan ansvarar för att ingripa mot kränkningar. Huvudman är barn- och utbildningsnämnden i "
                "Västerlunds kommun.")

    k.heading(doc, "Elevernas delaktighet", 1)
    k.para(doc, "Elevrådet och alla klassråd diskuterade förra årets plan i maj 2025 och gav förslag på nya "
                "åtgärder. Elevrådet var med på trygghetsvandringen i april och gjorde kartan över otrygga platser. "
                "Elevrådet har också skrivit avsnittet ”Till dig som är elev” tillsammans med kuratorn. Barnen på "
                "fritids lämnade förslag i fritidsrådet. I maj 2026 följer elevrådet och klassråden upp planen.")

    k.heading(doc, "Vårdnadshavarnas delaktighet", 1)
    k.para(doc, "Föräldrarådet gick igenom förslaget till plan den 2 september 2025. Vårdnadshavarna svarar på "
                "kommunens vårdnadshavarenkät varje vår, och på höstens föräldramöten diskuteras planen i varje "
                "klass. Synpunkter kan alltid lämnas till rektor eller via Vklass.")

    k.heading(doc, "Utvärdering av förra årets plan", 1)
    k.table(doc, [
        ("Åtgärd 2024/25", "Genomförd?", "Effekt"),
        ("Rastvärdar vid klätterberget", "Ja, från september", "Otryggheten vid klätterberget minskade från 23 % till "
         "9 % enligt trygghetsenkäten."),
        ("Fasta platser i matsalen åk 3–6", "Ja", "Färre konflikter; eleverna vill dock kunna välja plats en dag i "
         "veckan, vilket införs i år."),
        ("Tjej- och killsamtal med kurator åk 6", "Delvis, bara under vårterminen", "Svår att bedöma; ersätts av "
         "samtal i helklass om sexuella trakasserier."),
    ], widths=[5.5, 4, 7])

    k.heading(doc, "Kartläggning", 1)
    k.para(doc, "Trygghetsenkät i mars 2025 (åk 1–6, 241 av 262 svarade), trygghetsvandring med elevrådet i april, "
                "fritidsrådet och anmälningarna om kränkande behandling (29 st). 90 % av eleverna känner sig trygga. "
                "Otrygga platser är toaletterna i F-huset och skogen bakom fotbollsplanen. Elva anmälningar gällde "
                "ord om kropp och utseende i åk 5–6, ofta med sexuell innebörd. Vi bedömer att jargongen sprids "
                "från sociala medier och att toaletterna ligger där inga vuxna passerar.")

    k.heading(doc, "Främjande arbete", 1)
    k.para(doc, "Hela skolan har en gemensam värdegrundstimme varannan vecka med övningar om diskrimineringsgrunderna "
                "(ansvarig: mentorerna). Fritidshemmet har ”Allas lek” varje fredag där äldre barn leder lekar för "
                "de yngre (ansvarig: Tomas Ek). Skolbiblioteket visar böcker om olika familjer och funktionsvariationer.")

    k.heading(doc, "Förebyggande åtgärder", 1)
    k.table(doc, [
        ("Åtgärd", "Mål", "Ansvarig", "När"),
        ("Vuxen passerar toaletterna i F-huset varje rast", "Inga kränkningar vid toaletterna",
         "Arbetslag F–2", "Från v. 34"),
        ("Rastvärd i skogen bakom fotbollsplanen", "Färre otrygga i skogen", "Fritidspersonalen", "Från v. 35"),
        ("Samtal om sexuella trakasserier i helklass åk 5–6", "Eleverna vet var gränsen går",
         "Kurator Jens Holm", "Oktober 2025"),
        ("Valfri plats i matsalen på fredagar", "Eleverna har inflytande och ingen sitter ensam",
         "Rektor Sofia Nyberg", "Från september 2025"),
    ], widths=[6, 4.5, 3.5, 2.5])

    k.heading(doc, "Rutiner för akuta situationer", 1)
    k.numbered(doc, [
        "Den vuxna som ser eller får veta ingriper direkt.",
        "Den vuxna berättar för rektor samma dag.",
        "Rektor anmäler till huvudmannen.",
        "Mentor och trygghetsteamet utreder: pratar med den som blivit utsatt, den som kränkt och vittnen. "
        "Vårdnadshavare kontaktas.",
        "Rektor beslutar om åtgärder.",
        "Uppföljningssamtal efter en vecka och efter tre veckor.",
    ])

    k.heading(doc, "Definitioner", 1)
    k.para(doc, "Texten bygger på Diskrimineringsombudsmannens definitioner.", italic=True)
    k.para(doc, "**Diskriminering** är när skolan missgynnar en elev och missgynnandet har samband med kön, "
                "könsöverskridande identitet eller uttryck, etnisk tillhörighet, religion eller annan "
                "trosuppfattning, funktionsnedsättning, sexuell läggning eller ålder. **Trakasserier** är ett "
                "uppträdande som kränker någons värdighet och som har samband med någon av "
                "diskrimineringsgrunderna. **Sexuella trakasserier** är ett uppträdande av sexuell natur som kränker "
                "någons värdighet. **Kränkande behandling** är ett uppträdande som, utan att vara diskriminering, "
                "kränker en elevs värdighet.")

    k.heading(doc, "Uppföljning och utvärdering", 1)
    k.para(doc, "Planen följs upp i december 2025 och utvärderas i maj 2026. Klassråden och elevrådet utvärderar "
                "åtgärderna med hjälp av trygghetsenkäten och en ny trygghetsvandring, och arbetslagen gör samma sak "
                "på APT. Rektor ansvarar för att utvärderingen sammanställs i juni 2026.")

    k.page_break(doc)
    k.para(doc, "Till dig som är elev", bold=True, size=20, color="C00000")
    icon = k.make_png(48, 48, (192, 0, 0), pattern=5)
    ip = doc.add_paragraph()
    k.picture(ip, icon, 2.0, name="Stopphand")
    k.para(doc, "Den här delen har elevrådet skrivit för dig.", italic=True)
    k.para(doc, "Alla har rätt att känna sig trygga på Bergsjöskolan och på fritids. Ingen får bli retad, utfryst, "
                "slagen eller kallad dumma saker – inte heller på nätet.")
    k.para(doc, "Om någon är dum mot dig", bold=True, size=14)
    k.bullets(doc, [
        "Säg STOPP om du kan.",
        "Berätta för en vuxen du litar på – din lärare, någon på fritids, kuratorn Jens eller rektorn Sofia.",
        "Den vuxna berättar för rektorn samma dag, och de vuxna tar reda på vad som hänt.",
        "Den vuxna pratar med dig igen efter en vecka för att höra om det har blivit bättre.",
    ])
    ip2 = doc.add_paragraph()
    k.picture(ip2, icon, 2.0, name="Stopphand")
    k.para(doc, "Om du ser att någon annan blir illa behandlad: säg till en vuxen. Det är inte att skvallra.")
    k.para(doc, "I maj får du och din klass säga vad som har fungerat i planen och vad vi ska ändra.")

    name = "h1_10_bergsjo-formal-plus-elevdel.docx"
    k.save(doc, str(Path(outdir) / name))
    return name


# =====================================================================
def plan11(outdir):
    doc = k.new_doc("Lillskogens trygghetsplan 2026/27", "Lillskogens skola", font="Comic Sans MS", size=12,
                    date=k.FIXED_DATE.replace(year=2026, month=9, day=28))
    k.para(doc, "Lillskogens trygghetsplan", bold=True, size=24, color="2E75B6", align="center")
    k.para(doc, "För dig som går i förskoleklass, årskurs 1–3 eller på fritids på Lillskogens skola", align="center")
    k.para(doc, "Läsåret 2026/27", bold=True, align="center")

    k.para(doc, "Hej!", bold=True, size=16, color="2E75B6")
    k.para(doc, "Den här planen handlar om hur vi ska ha det på Lillskogen. Alla ska våga gå till skolan och till "
                "fritids och känna sig glada och trygga här.")

    k.para(doc, "Så har vi gjort planen", bold=True, size=16, color="2E75B6")
    k.para(doc, "I september pratade alla klasser på klassrådet om vad som gör att man känner sig trygg i skolan. "
                "Elevrådet läste allas förslag och valde ut kompisreglerna som står här. I maj får ni berätta på "
                "klassrådet vad som har fungerat och vad vi ska ändra.")

    k.para(doc, "Våra kompisregler", bold=True, size=16, color="2E75B6")
    k.bullets(doc, ["Vi är snälla mot varandra.", "Alla får vara med.", "Vi säger stopp när någon gör något dumt."])

    k.para(doc, "Ingen får behandlas illa", bold=True, size=16, color="2E75B6")
    k.para(doc, "Ingen får retas eller behandlas illa för att den är flicka eller pojke, för var man eller ens familj "
                "kommer ifrån, för vilken religion man har, för att man har en funktionsnedsättning eller för vem man "
                "blir kär i. Det kallas diskrimineringsgrunder: kön, etnisk tillhörighet, religion, "
                "funktionsnedsättning och sexuell läggning.")

    k.para(doc, "Om någon är dum mot dig", bold=True, size=16, color="C00000")
    k.para(doc, "Säg stopp. Gå därifrån och berätta för en vuxen – din lärare, någon på fritids eller rektorn. Den "
                "vuxna lyssnar på dig och berättar för rektorn. Rektorn pratar med alla som var med och ringer hem "
                "till era vuxna. Sedan frågar den vuxna dig om det har blivit bättre.")

    k.para(doc, "Dina vuxna hemma", bold=True, size=16, color="2E75B6")
    k.para(doc, "Planen finns på skolans hemsida så att dina vuxna hemma kan läsa den.")
    k.para(doc, "Lillskogens skola · 0380-51 70 00", size=9, color="7F7F7F", align="center")

    name = "h1_11_lillskogen-du-plan.docx"
    k.save(doc, str(Path(outdir) / name))
    return name
