"""Plans h1_04 - h1_06: gymnasieskola plans."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from docx.shared import Pt  # noqa: E402

import wordkit as k  # noqa: E402


# =====================================================================
def plan04(outdir):
    doc = k.new_doc(
        "Plan mot diskriminering, trakasserier och kränkande behandling 2025–2027 – Kvarnbackagymnasiet",
        "Anders Wikström",
    )
    k.header_text(doc, "Kvarnbackagymnasiet · Dnr GVN 2025/0318")
    k.footer_text(doc, "Västerlunds kommun · Gymnasie- och vuxenutbildningsförvaltningen")

    doc.add_paragraph("Plan mot diskriminering, trakasserier och kränkande behandling", style="Title")
    k.para(doc, "Kvarnbackagymnasiet 2025–2027", size=16, color="1F3864")
    k.para(
        doc,
        "Gymnasieskola: Naturvetenskapsprogrammet, Samhällsvetenskapsprogrammet, Ekonomiprogrammet, "
        "Barn- och fritidsprogrammet, Vård- och omsorgsprogrammet och Introduktionsprogrammen.",
    )
    k.para(
        doc,
        "Planen gäller för läsåren 2025/26 och 2026/27 (2025-08-15 – 2027-06-15) och revideras vid behov.",
    )
    k.para(doc, "Fastställd av rektor Anders Wikström 2025-09-19. Skolenhetskod 85517204.")
    k.page_break(doc)

    toc = [
        (1, "1. Rektorn har ordet", "3"),
        (1, "2. Syfte och utgångspunkter", "3"),
        (1, "3. Vision", "4"),
        (1, "4. Ansvarsfördelning", "4"),
        (1, "5. Elevernas delaktighet", "5"),
        (1, "6. Utvärdering av föregående års arbete", "6"),
        (1, "7. Kartläggning och analys", "6"),
        (1, "8. Främjande arbete", "8"),
        (1, "9. Förebyggande åtgärder", "9"),
        (1, "10. Rutiner för akuta situationer", "10"),
        (1, "11. Begrepp och definitioner", "12"),
        (1, "12. Nationella minoriteter", "13"),
        (1, "13. Uppföljning och utvärdering", "13"),
        (1, "Bilaga 1 – Aktuella bestämmelser", "14"),
    ]
    k.typed_toc(doc, toc, title="Innehåll")
    k.page_break(doc)

    k.heading(doc, "1. Rektorn har ordet", 1)
    for t in [
        "Kvarnbackagymnasiet är en stor skola. Här går drygt 1 100 elever på sex program, och varje dag rör sig "
        "ungefär 1 300 människor i våra korridorer, i matsalen, i biblioteket och på skolgården. Det gör att vi "
        "möts av en stor mångfald av erfarenheter, åsikter och sätt att vara. Det är en av skolans största "
        "tillgångar, men det ställer också krav på oss alla. Trygghet uppstår inte av sig själv. Den byggs i "
        "hur vi hälsar på varandra, hur vi talar om varandra när någon inte är i rummet, hur lärare leder "
        "grupparbeten och hur vi som vuxna agerar när vi hör ett skällsord i korridoren.",
        "Vi har under de senaste åren sett att en allt större del av det som elever upplever som kränkande sker "
        "digitalt, i chattar och sociala medier som vi vuxna inte ser. Samtidigt vet vi att det som händer där "
        "följer med in i klassrummet. Därför har vi i den här planen valt att ge de digitala miljöerna stort "
        "utrymme, och vi har bett elevkåren att hjälpa oss förstå hur det ser ut.",
        "Planen är skriven för två läsår. Det beror på att vi vill ge åtgärderna tid att verka och att vi arbetar "
        "med ett längre utvecklingsarbete kring studiero och bemötande. Planen ses över om något väsentligt "
        "förändras.",
        "Jag vill tacka elevkårens styrelse, elevskyddsombuden och all personal som har bidragit. Planen är ett "
        "levande dokument – läs den, diskutera den och säg till om något inte stämmer.",
        "Anders Wikström, rektor",
    ]:
        k.para(doc, t)

    k.heading(doc, "2. Syfte och utgångspunkter", 1)
    k.para(
        doc,
        "Syftet med planen är att främja elevernas lika rättigheter och möjligheter oavsett kön, "
        "könsöverskridande identitet eller uttryck, etnisk tillhörighet, religion eller annan "
        "trosuppfattning, funktionsnedsättning, sexuell läggning eller ålder, och att förebygga och "
        "förhindra diskriminering, trakasserier och kränkande behandling. Planen bygger på skollagen "
        "(2010:800) 6 kap., diskrimineringslagen (2008:567) och förordningen (2006:1083) om barns och "
        "elevers deltagande i arbetet med en plan mot kränkande behandling. Relevanta paragrafer återges i "
        "bilaga 1.",
    )
    k.para(
        doc,
        "Planen är också skolans dokumentation av arbetet med aktiva åtgärder enligt diskrimineringslagen "
        "3 kap. Arbetet följer de fyra stegen: undersöka, analysera, åtgärda samt följa upp och utvärdera.",
    )

    k.heading(doc, "3. Vision", 1)
    k.para(
        doc,
        "På Kvarnbackagymnasiet ska alla kunna vara sig själva. Ingen ska behöva anpassa sig, dölja vem de "
        "är eller avstå från att säga vad de tycker för att slippa kränkningar. Vi vill vara en skola där "
        "elever och personal tar ansvar för stämningen tillsammans.",
    )

    k.heading(doc, "4. Ansvarsfördelning", 1)
    for sub, text in [
        (
            "4.1 Huvudmannen",
            "Gymnasie- och vuxenutbildningsnämnden i Västerlunds kommun är huvudman och ansvarar "
            "för att det bedrivs ett målinriktat arbete mot kränkande behandling, att planen upprättas varje år och att "
            "anmälningar från rektor utreds och leder till åtgärder.",
        ),
        (
            "4.2 Rektor",
            "Rektor Anders Wikström ansvarar för att planen tas fram, genomförs, följs upp och "
            "utvärderas tillsammans med elever och personal, för att all personal känner till sin anmälningsskyldighet "
            "och för att rektor i sin tur anmäler till huvudmannen. Rektor ansvarar också för att utredningar "
            "genomförs skyndsamt.",
        ),
        (
            "4.3 Trygghetsteamet",
            "Trygghetsteamet leds av biträdande rektor Cecilia Moberg och består av två "
            "kuratorer, skolsköterska, skolpsykolog och fyra lärare från olika program. Teamet samordnar kartläggningen, "
            "utreder anmälningar när mentor behöver stöd och följer upp de förebyggande åtgärderna.",
        ),
        (
            "4.4 Mentorer",
            "Mentorn är elevens första kontakt. Mentorn följer elevens närvaro och mående, för "
            "samtal om planen i mentorsgruppen och genomför enklare utredningar tillsammans med trygghetsteamet.",
        ),
        (
            "4.5 All personal",
            "All personal – lärare, elevassistenter, vaktmästare, bibliotekarier och personal i "
            "matsalen – ska ingripa mot kränkningar, anmäla till rektor samma dag och vara förebilder i bemötande.",
        ),
        (
            "4.6 Elevkåren och elevskyddsombuden",
            "Elevkårens styrelse och elevskyddsombuden företräder eleverna i "
            "arbetet med planen. Elevskyddsombuden deltar i skyddsronderna och trygghetsvandringarna.",
        ),
    ]:
        k.heading(doc, sub, 2)
        k.para(doc, text)

    k.heading(doc, "5. Elevernas delaktighet", 1)
    for t in [
        "Eleverna har deltagit i arbetet på flera sätt. Elevkårens styrelse fick i maj 2025 resultaten från "
        "Skolenkäten och trygghetsvandringen och diskuterade dem på ett styrelsemöte tillsammans med biträdande "
        "rektor. Styrelsen lyfte särskilt trakasserier i gruppchattar och att många elever inte vet vad som händer "
        "efter att de berättat för en vuxen. Båda dessa synpunkter har format åtgärderna i avsnitt 9.",
        "Elevskyddsombuden från varje program genomförde trygghetsvandringen i april 2025 tillsammans med "
        "trygghetsteamet. I augusti 2025 diskuterade alla mentorsgrupper ett utkast till planen under mentorstid, "
        "och klassrådens kommentarer samlades in av elevkåren. Förslaget att publicera en kort version av "
        "arbetsgången vid kränkningar i skolappen kom från klassråden på Barn- och fritidsprogrammet.",
        "Under planens giltighetstid deltar elevkåren och elevskyddsombuden i uppföljningen (se avsnitt 13).",
    ]:
        k.para(doc, t)

    k.heading(doc, "6. Utvärdering av föregående års arbete", 1)
    k.para(
        doc,
        "Under läsåret 2024/25 arbetade skolan vidare med de åtgärder som beslutades i den förra planen. "
        "Trygghetsteamet har träffats varannan vecka och planen har diskuterats i arbetslagen och med "
        "elevkåren. Vår samlade bedömning är att arbetet i stort har fungerat väl och att fler elever i dag "
        "vet vart de kan vända sig. Några åtgärder hann inte genomföras fullt ut, och de har förts över till "
        "den nya planen.",
    )

    k.heading(doc, "7. Kartläggning och analys", 1)
    k.heading(doc, "7.1 Metoder", 2)
    k.bullets(
        doc,
        [
            "Skolenkäten (Skolinspektionen), åk 2, vårterminen 2025 – svarsfrekvens 71 % (254 av 358 elever).",
            "Kommunens elevenkät för åk 1 och 3, mars 2025.",
            "Hälsosamtal med skolsköterskan för alla elever i åk 1.",
            "Trygghetsvandring med elevskyddsombuden i april 2025.",
            "Anmälningar om kränkande behandling läsåret 2024/25 (63 anmälningar).",
            "Fokusgrupper med elever på Introduktionsprogrammen, genomförda av kurator.",
        ],
    )
    k.heading(doc, "7.2 Resultat", 2)
    for t in [
        "I Skolenkäten instämmer 86 % helt eller delvis i att de känner sig trygga i skolan, vilket är i nivå med "
        "kommunens gymnasieskolor. Andelen som instämmer i att skolan arbetar för att förhindra kränkningar är "
        "lägre, 64 %. I kommunens elevenkät svarar 11 % av eleverna i åk 1 att de under läsåret blivit utsatta för "
        "kränkningar av andra elever, och 4 % att de blivit illa behandlade av en vuxen på skolan.",
        "Trygghetsvandringen pekade ut tre miljöer: trappan och korridoren vid cafeterian under lunchen, "
        "omklädningsrummen vid idrottshallen och entrén mot busshållplatsen på eftermiddagen. Elevskyddsombuden "
        "påpekade också att de enskilda toaletterna i A-huset ofta är trasiga, så att elever med "
        "funktionsnedsättning har svårt att hitta en tillgänglig toalett.",
        "Av de 63 anmälningarna gällde 27 kränkningar i digitala kanaler, 14 gällde sexuella kommentarer eller "
        "beröring, 9 gällde uttalanden kopplade till etnisk tillhörighet eller religion och 5 gällde "
        "homofobiska uttryck. Flest anmälningar kom från åk 1. I fokusgrupperna berättade elever på "
        "Introduktionsprogrammen att de ibland känner sig utpekade när elever på andra program talar om "
        "”IM-eleverna”.",
    ]:
        k.para(doc, t)
    k.heading(doc, "7.3 Analys", 2)
    for t in [
        "Vi ser tre risker. Den första är de digitala miljöerna: nästan hälften av anmälningarna gäller chattar och "
        "sociala medier, och det rör sig ofta om klassgrupper där alla elever i en klass finns med. Vi tror att "
        "orsaken delvis är att grupperna skapas redan innan skolstart i åk 1, utan att någon vuxen har pratat med "
        "eleverna om hur de ska användas.",
        "Den andra risken gäller sexuella trakasserier, där flickor i åk 1 är mest utsatta. Elevkåren menar att "
        "många inte uppfattar kommentarer om kroppen som trakasserier utan som ”skämt”, och att de inte tror att "
        "det är lönt att berätta. Det stämmer med att bara 64 % tycker att skolan arbetar för att förhindra "
        "kränkningar.",
        "Den tredje risken är uppdelningen mellan program. Omdömen om ”IM-eleverna” kan kopplas till etnisk "
        "tillhörighet och är en risk för trakasserier. Lokalernas brister vad gäller tillgängliga toaletter är en "
        "risk för bristande tillgänglighet för elever med funktionsnedsättning.",
    ]:
        k.para(doc, t)

    k.heading(doc, "8. Främjande arbete", 1)
    for t in [
        "Det främjande arbetet riktar sig till alla elever och syftar till att stärka respekten för allas lika "
        "värde. Under planperioden genomför vi:",
    ]:
        k.para(doc, t)
    k.bullets(
        doc,
        [
            "**Mentorer i våldsprevention (MVP).** Alla elever i åk 1 deltar i sex MVP-pass under höstterminen. "
            "Passen leds av två utbildade lärare per program. Ansvarig: biträdande rektor Cecilia Moberg.",
            "**Temadag om normer och diskrimineringsgrunderna** för hela skolan i oktober, planerad av elevkåren "
            "tillsammans med trygghetsteamet.",
            "**Programöverskridande projekt.** Ekonomiprogrammet och Introduktionsprogrammen driver ett gemensamt "
            "UF-liknande projekt under vårterminen, så att elever från olika program arbetar tillsammans.",
            "**Biblioteket** gör en skyltning varje månad kopplad till en diskrimineringsgrund och till Pride-veckan.",
            "**Idrott och hälsa** ser över uppvärmning och gruppindelning så att alla kan delta oavsett kön eller "
            "funktionsnedsättning.",
        ],
    )

    k.heading(doc, "9. Förebyggande åtgärder", 1)
    k.para(doc, "Åtgärderna bygger på riskerna i avsnitt 7.3.")
    k.table(
        doc,
        [
            ("Risk", "Mål", "Åtgärd", "Ansvarig", "När", "Uppföljning"),
            (
                "Kränkningar i klasschattar",
                "Halvera andelen digitala anmälningar",
                "Mentorerna håller ett pass om klasschattens regler i alla åk 1-klasser första veckan; klassråden "
                "bestämmer egna regler",
                "Mentorer åk 1, kurator Sara Lindh",
                "V. 34–35 2025",
                "Anmälningsstatistik i december och juni",
            ),
            (
                "Sexuella trakasserier",
                "Fler elever vet vad trakasserier är och berättar",
                "Lektionsserie i samhällskunskap och biologi; affischer med arbetsgången i skolappen",
                "Ämneslaget SO/NO, trygghetsteamet",
                "Ht 2025",
                "Skolenkäten vt 2026",
            ),
            (
                "Trängsel vid cafeterian",
                "Ingen kränkning i trappan",
                "Rastvakt i trappan vid cafeterian 11.30–12.30",
                "Arbetslagen i schema",
                "Från 2025-08-25",
                "Trygghetsvandring april 2026",
            ),
            (
                "Omdömen om IM-eleverna",
                "Ingen elev pekas ut efter program",
                "Samtal i alla mentorsgrupper; programöverskridande projekt (se avsnitt 8)",
                "Biträdande rektor Cecilia Moberg",
                "Vt 2026",
                "Fokusgrupper maj 2026",
            ),
            (
                "Otillgängliga toaletter",
                "Tillgänglig toalett i varje hus",
                "Felanmälan och åtgärdsplan med fastighetsförvaltningen",
                "Rektor Anders Wikström",
                "Klart senast 2026-01-31",
                "Skyddsrond februari 2026",
            ),
        ],
        font_size=9,
    )

    k.heading(doc, "10. Rutiner för akuta situationer", 1)
    k.heading(doc, "10.1 Policy", 2)
    k.para(
        doc,
        "Kvarnbackagymnasiet accepterar inga former av diskriminering, trakasserier, sexuella trakasserier "
        "eller kränkande behandling. Det gäller i skolan, på praktik (APL) och i digitala kanaler som har "
        "samband med skolan.",
    )
    k.heading(doc, "10.2 Upptäcka", 2)
    k.para(
        doc,
        "Personalen upptäcker kränkningar genom att finnas där eleverna är, genom mentorssamtal, "
        "hälsosamtal och genom att lyssna på vad elever berättar. Elever kan också anmäla anonymt via "
        "formuläret i skolappen.",
    )
    k.heading(doc, "10.3 Arbetsgång när en elev kränks av andra elever", 2)
    k.numbered(
        doc,
        [
            "Den som ser eller får veta ingriper direkt och markerar att beteendet inte är acceptabelt.",
            "Personalen anmäler till rektor samma dag via kommunens digitala anmälningssystem.",
            "Rektor anmäler till huvudmannen genom systemet snarast och senast inom fem arbetsdagar.",
            "Mentor eller trygghetsteamet utreder skyndsamt: samtal med den som upplever sig kränkt, med den eller de "
            "som utövat kränkningen och med vittnen. Vårdnadshavare till elever under 18 år informeras.",
            "Rektor beslutar om de åtgärder som behövs för att kränkningarna ska upphöra, till exempel samtal, "
            "ändrad gruppindelning eller ökad vuxennärvaro.",
            "Utredningen, besluten och åtgärderna dokumenteras i anmälningssystemet.",
            "Uppföljning med de inblandade efter två veckor och efter ytterligare en månad. Ärendet avslutas när "
            "kränkningarna har upphört.",
        ],
    )
    k.heading(doc, "10.4 När en vuxen kränker en elev", 2)
    k.para(
        doc,
        "Anmälan görs till rektor, som anmäler till huvudmannen. Rektor utreder tillsammans med HR. Gäller "
        "anmälan rektor tar verksamhetschefen för gymnasieskolan över. Eleven erbjuds stöd från elevhälsan.",
    )
    k.heading(doc, "10.5 Kontaktpersoner", 2)
    k.table(
        doc,
        [
            ("Namn", "Roll", "Telefon", "E-post"),
            ("Anders Wikström", "Rektor", "0651-180 00", "anders.wikstrom@vasterlund.se"),
            (
                "Cecilia Moberg",
                "Biträdande rektor, trygghetsteamet",
                "0651-180 04",
                "cecilia.moberg@vasterlund.se",
            ),
            ("Sara Lindh", "Kurator", "0651-180 21", "sara.lindh@vasterlund.se"),
            ("Mikael Öst", "Kurator", "0651-180 22", "mikael.ost@vasterlund.se"),
            ("Johanna Kvist", "Skolsköterska", "0651-180 25", "johanna.kvist@vasterlund.se"),
        ],
        widths=[3.5, 5.5, 3, 4.5],
    )

    k.heading(doc, "11. Begrepp och definitioner", 1)
    k.para(doc, "Definitionerna nedan följer Diskrimineringsombudsmannens (DO) beskrivningar.", italic=True)
    for term, d in [
        (
            "Diskriminering",
            "Diskriminering innebär att ett barn eller en elev missgynnas eller kränks och att "
            "missgynnandet eller kränkningen har samband med någon av diskrimineringsgrunderna. Diskriminering kan "
            "vara direkt eller indirekt, och även bristande tillgänglighet för personer med funktionsnedsättning är "
            "en form av diskriminering.",
        ),
        (
            "Trakasserier",
            "Ett uppträdande som kränker någons värdighet och som har samband med någon av "
            "diskrimineringsgrunderna.",
        ),
        ("Sexuella trakasserier", "Ett uppträdande av sexuell natur som kränker någons värdighet."),
        (
            "Kränkande behandling",
            "Ett uppträdande som utan att vara diskriminering kränker ett barns eller en elevs värdighet.",
        ),
        (
            "Repressalier",
            "Personal får inte utsätta en elev för straff eller annan negativ behandling för att "
            "eleven anmält eller medverkat i en utredning.",
        ),
    ]:
        k.para(doc, "**%s.** %s" % (term, d))
    k.heading(doc, "Diskrimineringsgrunderna", 2)
    for g, d in [
        ("Kön", "att någon är kvinna eller man"),
        (
            "Könsöverskridande identitet eller uttryck",
            "att någon inte identifierar sig som kvinna eller man eller "
            "genom sin klädsel eller på annat sätt ger uttryck för att tillhöra ett annat kön",
        ),
        (
            "Etnisk tillhörighet",
            "nationellt eller etniskt ursprung, hudfärg eller annat liknande förhållande",
        ),
        (
            "Religion eller annan trosuppfattning",
            "religiösa eller andra trosföreställningar och ställningstaganden",
        ),
        (
            "Funktionsnedsättning",
            "varaktiga fysiska, psykiska eller begåvningsmässiga begränsningar av en persons "
            "funktionsförmåga",
        ),
        ("Sexuell läggning", "homosexuell, bisexuell eller heterosexuell läggning"),
        ("Ålder", "uppnådd levnadslängd"),
    ]:
        k.para(doc, "**%s** – %s." % (g, d))

    k.heading(doc, "12. Nationella minoriteter", 1)
    k.para(
        doc,
        "Sveriges fem nationella minoriteter är judar, romer, samer, sverigefinnar och tornedalingar, och "
        "samerna är också ett urfolk. Enligt lagen (2009:724) om nationella minoriteter och "
        "minoritetsspråk har det allmänna ett särskilt ansvar för att skydda och främja minoritetsspråken. "
        "Skolan ska uppmärksamma minoriteternas rättigheter i sitt arbete.",
    )

    k.heading(doc, "13. Uppföljning och utvärdering", 1)
    k.para(
        doc,
        "Planen följs upp av trygghetsteamet tillsammans med elevkårens styrelse och elevskyddsombuden. "
        "Uppföljningen sker genom en genomgång av åtgärdstabellen, där varje åtgärd bedöms utifrån om den "
        "har genomförts och vilken effekt den har haft, och genom samtal i klassråden. Rektor ansvarar för "
        "att resultatet sammanställs och ligger till grund för revideringen av planen.",
    )

    k.page_break(doc)
    k.heading(doc, "Bilaga 1 – Aktuella bestämmelser", 1)
    for src, txt in [
        (
            "Skollagen (2010:800) 6 kap. 8 §",
            "”Huvudmannen ska se till att det varje år upprättas en plan med en översikt över de åtgärder som behövs "
            "för att förebygga och förhindra kränkande behandling av barn och elever. Planen ska innehålla en "
            "redogörelse för vilka av dessa åtgärder som avses att påbörjas eller genomföras under det kommande "
            "året. En redogörelse för hur de planerade åtgärderna har genomförts ska tas in i efterföljande års plan.”",
        ),
        (
            "Skollagen (2010:800) 6 kap. 10 §",
            "En lärare, förskollärare eller annan personal som får kännedom om att ett barn eller en elev anser sig "
            "ha blivit utsatt för kränkande behandling i samband med verksamheten är skyldig att anmäla detta till "
            "förskolläraren eller rektorn. Rektorn är skyldig att anmäla detta till huvudmannen. Huvudmannen är "
            "skyldig att skyndsamt utreda omständigheterna kring de uppgivna kränkningarna och i förekommande fall "
            "vidta de åtgärder som skäligen kan krävas för att förhindra kränkande behandling i framtiden.",
        ),
        (
            "Förordning (2006:1083) 2 §",
            "”En plan mot kränkande behandling enligt 6 kap. 8 § skollagen (2010:800) ska upprättas, följas upp och "
            "ses över under medverkan av barnen eller eleverna vid den verksamhet som planen gäller för. "
            "Utformningen och omfattningen av barnens eller elevernas deltagande ska anpassas efter deras ålder och "
            "mognad.”",
        ),
        (
            "Diskrimineringslagen (2008:567) 1 kap. 1 §",
            "”Denna lag har till ändamål att motverka diskriminering och på andra sätt främja lika rättigheter och "
            "möjligheter oavsett kön, könsöverskridande identitet eller uttryck, etnisk tillhörighet, religion eller "
            "annan trosuppfattning, funktionsnedsättning, sexuell läggning eller ålder.”",
        ),
        (
            "Diskrimineringslagen (2008:567) 3 kap. 2 §",
            "Arbetet med aktiva åtgärder innefattar att undersöka om det finns risker för diskriminering eller "
            "repressalier eller om det finns andra hinder för individers lika rättigheter och möjligheter, analysera "
            "orsaker till upptäckta risker och hinder, vidta de förebyggande och främjande åtgärder som skäligen kan "
            "krävas, och följa upp och utvärdera arbetet.",
        ),
        (
            "Diskrimineringslagen (2008:567) 3 kap. 3 §",
            "Arbetet ska genomföras fortlöpande. Åtgärderna ska tidsplaneras och genomföras så snart som möjligt.",
        ),
        (
            "Diskrimineringslagen (2008:567) 3 kap. 18–19 §§",
            "Utbildningsanordnaren ska ha riktlinjer och rutiner för att förhindra trakasserier och sexuella "
            "trakasserier och ska följa upp och utvärdera dem. Utbildningsanordnaren ska samverka med barn och "
            "elever som deltar i utbildningen och med anställda i arbetet med aktiva åtgärder.",
        ),
        (
            "Lag (2009:724) om nationella minoriteter och minoritetsspråk 4 §",
            "Det allmänna har ett särskilt ansvar för att skydda och främja de nationella minoritetsspråken. Det "
            "allmänna ska även i övrigt främja de nationella minoriteternas möjligheter att behålla och utveckla sin "
            "kultur i Sverige. Barns utveckling av en kulturell identitet och användning av det egna "
            "minoritetsspråket ska särskilt främjas.",
        ),
    ]:
        k.para(doc, src, bold=True)
        k.para(doc, txt, italic=True)

    name = "h1_04_kvarnbacka-gymnasium-long.docx"
    k.save(doc, str(Path(outdir) / name))
    return name


# =====================================================================
def plan05(outdir):
    doc = k.new_doc("Plan mot diskriminering och kränkande behandling – Nordljusgymnasiet Örebro", "Lena Ek")
    k.header_text(doc, "Nordljusgymnasiet Örebro · Huvudman: Nordljus Utbildning AB")
    k.footer_text(
        doc,
        "Nordljus Utbildning AB · Org.nr 556912-4471 · Skolenhetskod 61524389 · Vasagatan 14, 702 10 Örebro",
    )

    doc.add_paragraph("Plan mot diskriminering och kränkande behandling", style="Title")
    k.para(doc, "Nordljusgymnasiet Örebro", size=16, color="203864")
    k.table(
        doc,
        [
            ("Skola", "Nordljusgymnasiet Örebro"),
            ("Huvudman", "Nordljus Utbildning AB, organisationsnummer 556912-4471"),
            (
                "Skolform",
                "Gymnasieskola – Ekonomiprogrammet, Samhällsvetenskapsprogrammet, Teknikprogrammet och "
                "Estetiska programmet",
            ),
            ("Rektor", "Lena Ek, lena.ek@nordljus.se, 019-760 41 00"),
            ("Antagen", "Antagen av rektor 2025-09-15"),
        ],
        header=False,
        widths=[3.5, 12.5],
        bold_first_col=True,
    )

    k.heading(doc, "Inledning", 1)
    k.para(
        doc,
        "Den här planen beskriver hur Nordljusgymnasiet arbetar för att alla studerande ska känna sig "
        "trygga och bli behandlade med respekt. Vi använder ordet studerande om våra elever. Planen omfattar "
        "även praktik och resor i skolans regi.",
    )

    k.heading(doc, "Ansvarsfördelning", 1)
    k.bullets(
        doc,
        [
            "**Huvudmannen** Nordljus Utbildning AB ansvarar för att planen upprättas varje år och att anmälningar "
            "utreds. Huvudmannens kvalitetschef Mats Granlund tar emot rektors anmälningar.",
            "**Rektor** Lena Ek ansvarar för att planen tas fram, följs och utvärderas och att all personal känner till "
            "den.",
            "**Trygghetsgruppen** (kurator Aisha Nouri, skolsköterska Per Dahl, lärarna Tove Bergman och Olle Sjöö) "
            "utreder anmälningar och följer upp åtgärderna.",
            "**Mentorerna** går igenom planen med sina mentorsgrupper och är de studerandes första kontakt.",
            "**All personal** ingriper och anmäler till rektor samma dag.",
        ],
    )

    k.heading(doc, "Delaktighet och förankring", 1)
    k.para(
        doc,
        "Elevrådets trygghetsgrupp (fyra studerande, en från varje program) träffade rektor och kurator den "
        "28 augusti 2025 och gick igenom vårens trygghetsenkät. Gruppen formulerade själv två av årets "
        "åtgärder: tydligare regler för grupparbeten och en vuxen i entrén vid lunch. Elevskyddsombuden "
        "deltog i trygghetsvandringen i maj 2025. Utkastet till planen diskuterades på mentorstid i alla "
        "klasser vecka 37 och klassrådens synpunkter arbetades in innan rektor antog planen. Elevrådet "
        "deltar också i uppföljningen av planen.",
    )
    k.para(
        doc,
        "Vårdnadshavare till studerande under 18 år informeras om planen på föräldramötet i årskurs 1 och "
        "via Schoolsoft, där planen publiceras. Personalen har gått igenom planen på arbetsplatsträffen i "
        "september.",
    )

    k.heading(doc, "Uppföljning av förra årets åtgärder", 1)
    t = k.table(
        doc,
        [
            ("Åtgärd 2024/25", "Status"),
            ("Mentorssamtal om trivsel med alla studerande i åk 1", "Genomförd"),
            ("Lärarledd gruppindelning vid grupparbeten", "Delvis genomförd"),
            ("Trygghetsvandring med elevskyddsombuden", "Genomförd"),
            ("Föreläsning om sexuella trakasserier för åk 2", "Ej genomförd"),
            ("Översyn av skolans rutin för anmälan", "Genomförd"),
        ],
        widths=[11, 5],
    )
    # comment left in the document by the rektor's colleague
    cell_par = t.rows[4].cells[1].paragraphs[0]
    c = doc.add_comment(
        cell_par.runs,
        text="Gäller detta ärendet med 080214+7314 från i våras? Ska vi skriva om det här eller inte?",
        author="Aisha Nouri",
        initials="AN",
    )
    c._comment_elm.set(k.qn("w:date"), "2025-09-10T09:12:00Z")

    k.heading(doc, "Kartläggning", 1)
    k.para(doc, "Underlag för årets plan:")
    k.bullets(
        doc,
        [
            "Nordljus gemensamma trygghetsenkät, april 2025 (312 av 368 studerande, 85 %).",
            "Trygghetsvandring med elevskyddsombuden, maj 2025.",
            "Anmälningar om kränkande behandling läsåret 2024/25 (22 st).",
            "Mentorssamtal i åk 1.",
        ],
    )
    k.para(
        doc,
        "91 % av de studerande känner sig trygga på skolan. Lägst trygghet finns på Teknikprogrammet åk 1 "
        "(79 %). Otrygga platser är entrén vid lunch, när många från andra skolor i huset passerar, och "
        "trappan till källarplanet. Hälften av anmälningarna gällde kommentarer i samband med grupparbeten, "
        "där studerande upplevt sig utfrysta. Fyra anmälningar gällde sexuella kommentarer mot flickor på "
        "Teknikprogrammet. Vår analys är att den låga andelen flickor på programmet gör dem mer utsatta och "
        "att självvalda grupper leder till utanförskap.",
    )

    k.heading(doc, "Främjande arbete", 1)
    k.bullets(
        doc,
        [
            "Introduktionsdagar i augusti med blandade grupper över programmen. Ansvarig: mentorerna åk 1.",
            "Temavecka ”Lika värde” i november med workshops om diskrimineringsgrunderna, planerad med elevrådet. "
            "Ansvarig: trygghetsgruppen.",
            "Tjejnätverk på Teknikprogrammet som träffas en gång i månaden. Ansvarig: lärare Tove Bergman.",
            "Könsneutrala omklädningsrum finns att boka för alla som vill.",
        ],
    )

    k.heading(doc, "Förebyggande åtgärder", 1)
    k.table(
        doc,
        [
            ("Åtgärd", "Mål", "Ansvarig", "När"),
            (
                "Lärarledd gruppindelning i alla kurser",
                "Ingen studerande utan grupp",
                "Ämneslärare",
                "Från ht 2025",
            ),
            (
                "Vuxen i entrén 11.30–12.30",
                "Tryggare entré vid lunch",
                "Trygghetsgruppen (schema)",
                "Från v. 36",
            ),
            (
                "Föreläsning om sexuella trakasserier för TE åk 1 och 2",
                "Färre sexuella kommentarer",
                "Kurator Aisha Nouri",
                "Oktober 2025",
            ),
            (
                "Bättre belysning i trappan till källarplanet",
                "Trygg trappa",
                "Rektor via fastighetsägaren",
                "Senast december 2025",
            ),
        ],
        widths=[6, 4, 3.5, 3],
    )

    k.heading(doc, "Rutiner vid kränkningar", 1)
    k.numbered(
        doc,
        [
            "Ingrip direkt och säg ifrån.",
            "Anmäl till rektor samma dag via Nordljus anmälningsformulär.",
            "Rektor anmäler till huvudmannen inom 24 timmar.",
            "Trygghetsgruppen utreder skyndsamt genom samtal med de inblandade; vårdnadshavare till studerande under "
            "18 år kontaktas.",
            "Rektor beslutar om åtgärder.",
            "Allt dokumenteras i anmälningsformuläret och i utredningsmallen.",
            "Uppföljning efter två veckor.",
        ],
    )
    k.para(
        doc,
        "Om en vuxen har kränkt en studerande utreder rektor tillsammans med huvudmannens HR-funktion. "
        "Studerande kan alltid vända sig till mentor, kurator eller rektor.",
    )

    k.heading(doc, "Diskrimineringsgrunderna", 1)
    k.para(
        doc,
        "Ingen studerande får diskrimineras eller trakasseras på grund av kön, könsidentitet eller "
        "könsuttryck, etnisk tillhörighet, religion eller annan trosuppfattning, funktionsnedsättning, "
        "sexuell läggning eller ålder.",
    )

    k.heading(doc, "Utvärdering av planen", 1)
    k.para(
        doc,
        "Planen utvärderas av trygghetsgruppen tillsammans med elevrådet utifrån trygghetsenkäten och "
        "anmälningsstatistiken. Rektor ansvarar för att en ny plan tas fram.",
    )

    name = "h1_05_nordljus-friskola-gymnasium.docx"
    k.save(doc, str(Path(outdir) / name))
    return name


# =====================================================================
def plan06(outdir):
    doc = k.new_doc(
        "Trygghetsplan för Introduktionsprogrammen, Hamngymnasiet 2026/27",
        "Trygghetsgruppen IM",
        date=k.FIXED_DATE.replace(year=2026, month=9, day=4),
    )
    k.header_text(doc, "Hamngymnasiet – Introduktionsprogrammen")
    k.footer_text(
        doc, "Hamngymnasiet, Kajgatan 3, 451 30 Kustvik · Expedition 0522-69 70 00", page_numbers=False
    )

    p = k.para(doc, "Trygghetsplan för Introduktionsprogrammen", bold=True, size=20, color="0B5394")
    k.para(doc, "Plan mot diskriminering och kränkande behandling · Hamngymnasiet, Kustviks kommun", size=12)
    k.para(doc, "Läsåret 2026/27 · Gäller 2026-08-17 – 2027-06-11", size=12)
    k.para(
        doc,
        "Omfattar språkintroduktion, individuellt alternativ, programinriktat val och yrkesintroduktion. "
        "På IM läser både ungdomar och unga vuxna, och vi kallar alla för studerande.",
    )

    k.fake_heading(doc, "Vem ansvarar?")
    k.para(doc, "Trygghetsgruppen på IM ansvarar för planen.")

    k.fake_heading(doc, "Så har de studerande varit med")
    k.para(
        doc,
        "I maj 2026 diskuterade alla IM-grupper trygghet på klassråd. På språkintroduktion hölls "
        "samtalen med stöd av studiehandledare på arabiska, dari, tigrinja och ukrainska. Två "
        "elevskyddsombud från IM gick trygghetsvandringen med trygghetsgruppen. I augusti 2026 samlades "
        "”studerandeforum” – en representant från varje grupp – och läste förslaget till åtgärder. Forumet "
        "ville ha en vuxen i matsalen och en lugn plats att vara på under håltimmar, och båda förslagen finns "
        "med nedan. Studerandeforum träffas igen i december och maj för att följa upp planen.",
    )

    k.fake_heading(doc, "Vad hände med förra årets åtgärder?")
    k.table(
        doc,
        [
            ("Åtgärd 2025/26", "Vad gjorde vi?", "Vilken effekt fick det?"),
            (
                "Introduktionsvecka med skolans regler på flera språk",
                "Genomfördes v. 34 för alla nya studerande.",
                "Fler studerande vet vart de ska vända sig: 74 % i enkäten mot 52 % året innan.",
            ),
            (
                "Vuxen vid bussterminalen efter skoldagens slut",
                "Genomfördes måndag–torsdag från oktober.",
                "Konflikterna vid terminalen minskade från 11 anmälningar till 3.",
            ),
            (
                "Samtal om hederskultur och rätten att välja själv",
                "Genomfördes i alla grupper på språkintroduktion i mars.",
                "Tre studerande sökte kurator efteråt och fick stöd. Samtalen upprepas i år.",
            ),
            (
                "Gemensam idrottsdag med nationella program",
                "Ställdes in på grund av lokalbrist.",
                "Ingen effekt. Ersätts av gemensamma aktiviteter på håltimmar.",
            ),
        ],
        widths=[5, 5.5, 6],
    )

    k.fake_heading(doc, "Vad vet vi om tryggheten?")
    k.para(
        doc,
        "Trygghetsenkäten i april 2026 översattes till fem språk och besvarades av 148 av 176 studerande. "
        "78 % känner sig trygga i skolan, men bara 61 % i matsalen. Otrygga platser är matsalen vid "
        "lunchrusningen, korridoren utanför IM:s lokaler där studerande från andra program passerar, och "
        "bussterminalen. Flera studerande berättar att de blivit kallade nedsättande saker om sitt ursprung "
        "eller sin religion, och att andra studerande hånar dem när de talar svenska. Ett ärende under "
        "våren (090377-2150) gällde en studerande som blev filmad i matsalen och där filmen spreds.",
    )
    k.para(
        doc,
        "Vår analys är att IM-studerande lätt blir en egen grupp på skolan som andra pekar ut, och att "
        "trakasserierna ofta har samband med etnisk tillhörighet och religion. I matsalen är det trångt och "
        "få vuxna, och där möts studerande från hela skolan.",
    )

    k.fake_heading(doc, "Så jobbar vi")
    k.para(
        doc,
        "Vi vill vara en skola där alla känner sig välkomna. På IM har vi nolltolerans mot kränkningar och "
        "alla ska bli bemötta med respekt.",
    )

    k.fake_heading(doc, "Åtgärder 2026/27")
    k.table(
        doc,
        [
            ("Åtgärd", "Mål", "Ansvarig", "När", "Uppföljning"),
            (
                "Vuxen i matsalen 11.15–12.30",
                "80 % trygga i matsalen",
                "IM:s lärarlag enligt schema",
                "Från v. 34",
                "Enkät april 2027",
            ),
            (
                "Lugnt rum öppet under håltimmar",
                "Alla har en trygg plats",
                "Studie- och yrkesvägledare Elin Varg",
                "Från september 2026",
                "Studerandeforum december",
            ),
            (
                "Samtal om språk och ursprung i gemensamma kurser med nationella program",
                "Färre nedsättande kommentarer",
                "Kurator Samira Haddad",
                "Oktober 2026 och februari 2027",
                "Anmälningsstatistik",
            ),
            (
                "Regler för filmning och bilder på flera språk",
                "Inga filmer sprids",
                "Trygghetsgruppen",
                "V. 34–36",
                "Studerandeforum december",
            ),
        ],
        font_size=9,
    )

    k.fake_heading(doc, "Om något händer")
    k.para(doc, "Alla som arbetar på Hamngymnasiet följer arbetsgången i flödesschemat nedan.")
    fp = doc.add_paragraph()
    k.picture(fp, k.make_png(120, 90, (11, 83, 148), pattern=4), 14.0, name="Flödesschema kränkning")

    k.fake_heading(doc, "Diskrimineringsgrunderna")
    k.para(
        doc,
        "Enligt diskrimineringslagen får ingen diskrimineras på grund av kön, könsöverskridande identitet "
        "eller uttryck, etnisk tillhörighet, religion eller annan trosuppfattning, funktionsnedsättning, "
        "sexuell läggning eller ålder. På IM är ålder särskilt viktig, eftersom våra studerande är mellan "
        "16 och 20 år och ingen ska behandlas sämre på grund av sin ålder.",
    )

    k.fake_heading(doc, "Nationella minoriteter och modersmål")
    k.para(
        doc,
        "Sveriges nationella minoriteter är judar, romer, samer, sverigefinnar och tornedalingar. Vi "
        "informerar alla nya studerande vid inskrivningssamtalet om rätten till modersmålsundervisning, "
        "även i de nationella minoritetsspråken finska, meänkieli, samiska, romani chib och jiddisch – "
        "också för den som inte talar språket hemma. Studie- och yrkesvägledaren hjälper den som vill läsa "
        "sitt minoritetsspråk att anmäla sig. Vi frågar aldrig vem som tillhör en minoritet; det avgör "
        "var och en själv. Antiziganism och antisemitism behandlas som trakasserier enligt arbetsgången.",
    )

    k.fake_heading(doc, "Uppföljning")
    k.para(
        doc,
        "Trygghetsgruppen följer upp planen i december 2026 och utvärderar den i maj 2027. Vi använder "
        "trygghetsenkäten, anmälningsstatistiken och samtal i studerandeforum och på klassråd. "
        "Trygghetsgruppen ansvarar för utvärderingen och för att den nya planen bygger på den.",
    )

    k.fake_heading(doc, "Vårdnadshavare")
    k.para(
        doc,
        "De flesta av våra studerande är över 18 år. Vi har därför inte involverat vårdnadshavare i "
        "arbetet med planen.",
    )

    k.fake_heading(doc, "Vem kan jag prata med?")
    k.table(
        doc,
        [
            ("Namn", "Roll", "Telefon"),
            ("Samira Haddad", "Kurator", "0522-69 70 41"),
            ("Elin Varg", "Studie- och yrkesvägledare", "0522-69 70 45"),
            ("Din mentor", "Mentor", "Se Vklass"),
        ],
        widths=[5, 6, 5],
    )

    name = "h1_06_hamngymnasiet-im-studerande.docx"
    k.save(doc, str(Path(outdir) / name))
    return name
