"""Plans h2_11 and h2_12: long plans of large 7–9 schools with several survey sources."""

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, Cm

from wordkit import (
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
    page_x_of_y,
    save,
    picture,
    png,
    dot_leader_line,
    shade,
)

C = WD_ALIGN_PARAGRAPH.CENTER


# =========================================================================== 11
def plan11(path):
    doc = new_doc("Plan mot diskriminering och kränkande behandling Norrbergsskolan 2025/26", "Lars Hedin")
    sec = doc.sections[0]
    runs(
        sec.header.paragraphs[0],
        "Norrbergsskolan 7–9\tPlan mot diskriminering och kränkande behandling 2025/26",
    )
    fp = sec.footer.paragraphs[0]
    runs(fp, "Västerfors kommun · Utbildningsförvaltningen · Dnr UTN 2025/655\t")
    page_x_of_y(fp, "1", "12")

    P(doc, "")
    P(doc, "Norrbergsskolan", bold=True, size=26, align=C)
    P(doc, "Plan mot diskriminering och kränkande behandling", style="Title", align=C)
    P(doc, "Grundskola årskurs 7–9", size=14, align=C)
    P(doc, "Läsåret 2025/26", size=14, align=C)
    P(doc, "")
    table(
        doc,
        [
            ["Planen gäller", "2025-08-18 till 2026-08-14"],
            ["Fastställd", "2025-09-26 av rektor Lars Hedin"],
            ["Skolenhetskod", "18520467"],
            ["Antal elever", "612 (åk 7: 208, åk 8: 199, åk 9: 205)"],
            ["Adress", "Norrbergsvägen 40, 671 95 Västerfors"],
            ["Expedition", "0570-386 00"],
        ],
        header=False,
        bold_first_col=True,
        widths=[5, 10],
    )
    page_break(doc)

    H(doc, "1. Inledning")
    P(
        doc,
        "Norrbergsskolan är kommunens största högstadieskola med 612 elever i 24 klasser och cirka 70 "
        "anställda. Eleverna kommer från fem olika F–6-skolor och från två mindre orter med skolskjuts. "
        "Övergången från mellanstadiet innebär att många elever ska hitta sin plats i en ny och större "
        "grupp, och det är under åk 7 som vi ser flest anmälningar om kränkande behandling.",
    )
    P(
        doc,
        "Planen bygger på skollagen (2010:800) 6 kap., diskrimineringslagen (2008:567) 3 kap. och förordningen "
        "(2006:1083) om barns och elevers deltagande i arbetet med en plan mot kränkande behandling. Den "
        "beskriver både skolans arbete med aktiva åtgärder mot diskriminering – att undersöka, analysera, "
        "åtgärda och följa upp – och arbetet mot kränkande behandling.",
    )
    P(
        doc,
        "Planen är skriven för personal, elever och vårdnadshavare. En kortare elevversion delas ut i alla "
        "klasser och finns på skolans webbplats.",
    )

    H(doc, "2. Organisation och ansvar")
    P(
        doc,
        "**Huvudmannen** (utbildningsnämnden i Västerfors kommun) ansvarar för att det finns en plan och att "
        "anmälningar om kränkande behandling utreds. Ansvaret för det löpande arbetet är delegerat till rektor.",
    )
    P(
        doc,
        "**Rektor Lars Hedin** ansvarar för att planen upprättas, följs upp och utvärderas varje år, att all "
        "personal känner till den och att anmälningar anmäls vidare till huvudmannen och utreds.",
    )
    P(
        doc,
        "**Biträdande rektorerna** Ida Sjögren (åk 7) och Fredrik Alm (åk 8–9) leder trygghetsarbetet i sina "
        "arbetslag och beslutar om åtgärder i enskilda ärenden när rektor har delegerat det.",
    )
    P(
        doc,
        "**Trygghetsteamet** består av kurator Hanna Widén (sammankallande), kurator Ali Rostami, "
        "specialpedagog Eva Strand, fritidsledare Jonny Persson och en lärare från varje arbetslag. Teamet "
        "utreder anmälningar, sammanställer kartläggningen och följer upp åtgärderna. Teamet träffas varje "
        "måndag.",
    )
    P(
        doc,
        "**Elevhälsoteamet** (rektor, kuratorer, skolsköterska, skolpsykolog, specialpedagog) analyserar "
        "kartläggningen och ser till att åtgärder på individnivå samordnas med annat stöd.",
    )
    P(
        doc,
        "**All personal** ska känna till planen, ingripa mot kränkningar och anmäla till rektor samma dag.",
    )

    H(doc, "3. Elevernas delaktighet")
    P(doc, "Eleverna har deltagit i alla steg: kartläggning, analys, förslag på åtgärder och uppföljning.")
    bullets(
        doc,
        [
            "**Klassråd** – I maj 2025 diskuterade alla klasser resultaten från trygghetsenkäten och Skolenkäten "
            "utifrån tre frågor: Var känner du dig otrygg? Varför tror du att det är så? Vad borde skolan göra? "
            "Protokollen sammanställdes av trygghetsteamet.",
            "**Elevrådet** – Elevrådets styrelse gick igenom förslaget till åtgärder på två möten i augusti och "
            "september 2025. Elevrådet föreslog bland annat att omklädningsrummen ska ha vuxennärvaro och att "
            "kamratstödjarna ska finnas i matsalen.",
            "**Elevskyddsombud** – De sex elevskyddsombuden genomförde trygghetsvandringen tillsammans med "
            "skyddsombud och trygghetsteamet i april 2025.",
            "**Kamratstödjare** – 24 kamratstödjare (en per klass) ger signaler om stämningen i klasserna till "
            "trygghetsteamet varje månad.",
            "**Fokusgrupper** – Kuratorerna hade fyra fokusgrupper med elever i åk 8 om sexuella trakasserier och "
            "om språket i korridorerna.",
        ],
    )
    P(
        doc,
        "Eleverna deltar också i uppföljningen: elevrådet följer upp åtgärderna i januari och maj, och "
        "klassråden utvärderar planen i maj 2026 (se avsnitt 12). Planen presenteras för alla elever av "
        "mentorerna under mentorstid vecka 40.",
    )

    H(doc, "4. Vårdnadshavarnas delaktighet")
    P(
        doc,
        "Skolrådet, där vårdnadshavare från alla årskurser ingår, diskuterade utkastet till planen den "
        "17 september 2025 och lämnade synpunkter om skolskjutsen och om nätkränkningar. "
        "Vårdnadshavarenkäten (mars 2025, 287 svar) ingår i kartläggningen. Planen publiceras på webbplatsen "
        "och på Unikum, och vårdnadshavarna bjuds in att lämna synpunkter till rektor. Planen presenteras på "
        "föräldramötena i åk 7 i september.",
    )

    H(doc, "5. Personalens delaktighet")
    P(
        doc,
        "Personalen har analyserat kartläggningen i arbetslagen i juni 2025 och gått igenom förslaget till "
        "planen på arbetsplatsträffen den 11 september 2025. Nyanställda och vikarier får planen vid "
        "introduktionen.",
    )
    page_break(doc)

    H(doc, "6. Utvärdering av förra årets plan (2024/25)")
    P(
        doc,
        "Utvärderingen gjordes i juni 2025 av trygghetsteamet tillsammans med elevrådet och arbetslagen. "
        "Underlag var trygghetsenkäten, Skolenkäten, anmälningsstatistiken och klassrådens protokoll.",
    )
    table(
        doc,
        [
            ["Åtgärd 2024/25", "Genomförande", "Effekt"],
            [
                "Vuxennärvaro i omklädningsrummen vid alla idrottslektioner",
                "Delvis. Fungerade i åk 7 från oktober; i åk 8–9 saknades personal vissa dagar.",
                "I åk 7 sjönk andelen som känner sig otrygga i "
                "omklädningsrummen från 24 % till 11 %. I åk 8–9 ingen förändring (21 %).",
            ],
            [
                "Kamratstödjare i alla klasser",
                "Genomförd. 24 kamratstödjare utbildades i september.",
                "Kamratstödjarna "
                "har uppmärksammat elva ärenden tidigt. Andelen som har någon vuxen att vända sig till ökade från 68 % till "
                "74 %.",
            ],
            [
                "Lektionsserie om sexuella trakasserier, åk 8",
                "Genomförd, fyra lektioner med kurator och biologilärare.",
                "Fler anmälningar om sexuella trakasserier (från 3 till 9), vilket vi tolkar som att "
                "eleverna vet vad som gäller och vågar berätta. Fokusgrupperna bekräftar det.",
            ],
            [
                "Förskjuten lunch för att korta kön",
                "Genomförd från januari 2025.",
                "Anmälningar från matsalen minskade från 13 till 5.",
            ],
            [
                "Rastaktiviteter i Kuben (fritidsgården)",
                "Genomförd fyra dagar i veckan.",
                "Mellan 40 och 70 elever per dag. Eleverna i åk 7 nämner Kuben som en trygg plats.",
            ],
            [
                "Gemensam policy mot kränkande språk",
                "Inte genomförd. Arbetet påbörjades men blev inte klart.",
                "Ingen effekt. Förs över till årets plan, se åtgärd 2.",
            ],
        ],
        size=9,
    )

    H(doc, "7. Kartläggning och analys")
    H(doc, "7.1 Källor", 2)
    table(
        doc,
        [
            ["Källa", "När", "Vilka", "Svarsfrekvens"],
            ["Skolenkäten (Skolinspektionen)", "Vt 2025", "Åk 8", "83 % (165 av 199)"],
            ["Kommunens trygghetsenkät", "Februari 2025", "Åk 7–9", "86 % (512 av 598)"],
            ["Trygghetsvandring", "April 2025", "Elevskyddsombud, skyddsombud, trygghetsteamet", "–"],
            [
                "Anmälningar om kränkande behandling (Prorenata)",
                "Läsåret 2024/25",
                "Alla anmälningar",
                "64 ärenden",
            ],
            ["Elevhälsosamtal", "Ht 2024 – vt 2025", "Åk 8 (skolsköterskan)", "191 samtal"],
            ["Vårdnadshavarenkät", "Mars 2025", "Vårdnadshavare åk 7–9", "287 svar"],
            ["Fokusgrupper", "Mars 2025", "Åk 8, fyra grupper", "32 elever"],
        ],
        size=9,
    )

    H(doc, "7.2 Resultat", 2)
    P(
        doc,
        "Trygghetsenkäten visar att 87 % av eleverna känner sig trygga i skolan (året innan 84 %). Skillnaden "
        "mellan årskurserna är stor: i åk 7 är andelen 81 %, i åk 9 92 %. Flickor i åk 8 känner sig mindre "
        "trygga än pojkar (82 % mot 90 %).",
    )
    picture(
        doc.add_paragraph().add_run(),
        png(60, 30, (70, 120, 180), stripe=((230, 150, 60), 10)),
        12,
        descr="Stapeldiagram: andel elever som känner sig trygga i skolan, trygghetsenkäten februari 2025. "
        "Åk 7 81 procent, åk 8 86 procent, åk 9 92 procent. Året innan: 78, 84 och 90 procent.",
        name="Diagram trygghet per årskurs",
    )
    P(doc, "Figur 1. Andel elever som känner sig trygga, per årskurs.", italic=True, size=9)
    P(
        doc,
        "Platser som eleverna pekar ut som otrygga i både enkäten och trygghetsvandringen är "
        "omklädningsrummen i idrottshallen (21 % i åk 8–9), korridoren vid skåpen på plan 2, busshållplatsen "
        "efter skoldagens slut och toaletterna vid matsalen. På nätet är det främst gruppchattar och "
        "Snapchat: 23 % uppger att de har blivit kränkta på nätet det senaste året.",
    )
    P(
        doc,
        "Av de 64 anmälningarna gällde 38 åk 7. 22 gällde verbala kränkningar, 17 fysiska, 14 nätkränkningar "
        "och 9 sexuella trakasserier. 11 anmälningar hade samband med en diskrimineringsgrund: sex med etnisk "
        "tillhörighet, tre med sexuell läggning och två med funktionsnedsättning. Två anmälningar gällde "
        "personal som kränkt elev.",
    )
    P(
        doc,
        "Ett exempel som trygghetsteamet lyfte i analysen: i ett ärende under våren (elev 20110314-5288, "
        "åk 7) pågick kommentarer om kroppen i omklädningsrummet i flera veckor innan någon vuxen fick veta. "
        "Eleven berättade till slut för sin kamratstödjare.",
    )
    P(
        doc,
        "I Skolenkäten instämmer 64 % i att lärarna ingriper när någon elev blir illa behandlad; 77 % av "
        "eleverna i trygghetsenkäten säger att de vet vem de ska vända sig till. Elevhälsosamtalen i åk 8 "
        "visar att 14 % av flickorna och 6 % av pojkarna har fått oönskade kommentarer av sexuell natur. "
        "Vårdnadshavarenkäten visar att 81 % av vårdnadshavarna upplever att deras barn är tryggt.",
    )

    H(doc, "7.3 Analys", 2)
    P(
        doc,
        "**Övergången till åk 7.** Den höga andelen anmälningar i åk 7 hänger ihop med att eleverna kommer "
        "från fem olika skolor och att grupperna ska hitta nya roller. Konflikterna uppstår framför allt i "
        "september–november. Vi ser också att de elever som åker skolskjuts har mindre tid för rastaktiviteter "
        "och oftare hamnar utanför.",
    )
    P(
        doc,
        "**Platser utan vuxna.** Omklädningsrummen, korridoren på plan 2 och busshållplatsen är platser där "
        "vuxna sällan finns. Där sker en stor del av de verbala kränkningarna och de sexuella trakasserierna. "
        "Att vuxennärvaron i omklädningsrummen fungerade i åk 7 men inte i åk 8–9 förklarar skillnaden i "
        "resultat.",
    )
    P(
        doc,
        "**Språket.** Fokusgrupperna beskriver att ord med koppling till sexuell läggning och etnisk "
        "tillhörighet används som vanliga skällsord och att många vuxna inte reagerar. Det skapar en risk för "
        "trakasserier och gör att elever som tillhör hbtq-gruppen eller har utländsk bakgrund inte känner sig "
        "välkomna. Skolenkätens resultat om att lärare ingriper stöder bilden.",
    )
    P(
        doc,
        "**Sexuella trakasserier.** Ökningen av anmälningar tolkar vi delvis som ett resultat av "
        "lektionsserien, men elevhälsosamtalen visar att problemet är större än anmälningarna visar, särskilt "
        "för flickor i åk 8.",
    )
    P(
        doc,
        "**Funktionsnedsättning och tillgänglighet.** Två anmälningar och flera kommentarer i enkäten gäller "
        "elever med funktionsnedsättning som blir utfrysta i grupparbeten. Den nya lokalen för studieverkstaden "
        "saknar hiss, vilket är ett hinder för en elev med rullstol.",
    )
    P(
        doc,
        "**Religion, ålder och könsöverskridande identitet eller uttryck.** Kartläggningen visar inga "
        "anmälningar med koppling till dessa grunder, men i fokusgrupperna nämns att elever som inte passar in "
        "i normer för kön kommenteras i omklädningsrummen. Vi fortsätter att fråga om alla grunder i enkäten.",
    )
    page_break(doc)

    H(doc, "8. Främjande arbete")
    P(
        doc,
        "Det främjande arbetet riktar sig till alla elever och ska stärka respekten för allas lika värde. "
        "Det pågår hela året och omfattar alla diskrimineringsgrunder.",
    )
    table(
        doc,
        [
            ["Insats", "Mål", "Ansvarig", "När"],
            [
                "Värdegrundslektioner på mentorstid varannan vecka, med ett tema per månad (t.ex. normer om kön, "
                "rasism, funktionsnedsättning)",
                "Eleverna ska kunna samtala om allas lika värde och känna till sina rättigheter",
                "Mentorerna, material från trygghetsteamet",
                "Hela läsåret",
            ],
            [
                "MVP – Mentorer i våldsprevention i åk 8",
                "Eleverna ska kunna agera som aktiva åskådare",
                "Kurator Ali Rostami och utbildade lärare",
                "Ht 2025",
            ],
            [
                "Introduktionsdagar för åk 7 med blandade grupper",
                "Eleverna lär känna elever från andra skolor",
                "Biträdande rektor Ida Sjögren",
                "Vecka 34–35",
            ],
            [
                "Temavecka om mänskliga rättigheter",
                "Alla elever arbetar med diskrimineringsgrunderna och de nationella minoriteterna",
                "Arbetslagen, SO-lärarna",
                "Vecka 48",
            ],
            [
                "Pride-vecka och Förintelsens minnesdag",
                "Synliggöra hbtq-personers och judars historia och situation",
                "Elevrådet med bibliotekarie Sara Lind",
                "Augusti och 27 januari",
            ],
            [
                "Tillgänglighetsrond i lokalerna",
                "Lokalerna ska kunna användas av alla elever",
                "Rektor, fastighetsförvaltaren",
                "Oktober 2025",
            ],
        ],
        size=9,
    )

    H(doc, "9. Förebyggande åtgärder 2025/26")
    P(doc, "Åtgärderna utgår från kartläggningen och analysen i avsnitt 7.")
    table(
        doc,
        [
            ["Nr", "Risk/område", "Mål", "Åtgärd", "Ansvarig", "Tidplan", "Uppföljning"],
            [
                "1",
                "Omklädningsrummen åk 8–9",
                "Andelen otrygga i omklädningsrummen ska vara under 10 %",
                "Vuxen vid omklädningsrummen vid alla lektioner; schema med elevassistenter; enskilda duschbås",
                "Bitr. rektor Fredrik Alm",
                "Från v. 36; bås klara dec 2025",
                "Trygghetsenkät feb 2026",
            ],
            [
                "2",
                "Kränkande språk",
                "Alla vuxna ingriper; färre elever hör skällsord",
                "Gemensam språkpolicy, genomgång på APT och i alla klasser, uppföljning på klassråd",
                "Rektor Lars Hedin, trygghetsteamet",
                "Policy klar 30 oktober 2025",
                "Skolenkäten, fokusgrupper mars 2026",
            ],
            [
                "3",
                "Övergången till åk 7",
                "Färre anmälningar i åk 7 under hösten",
                "Faddrar från åk 9, gruppstärkande övningar varje vecka sep–nov, extra rastvärdar",
                "Bitr. rektor Ida Sjögren, mentorer åk 7",
                "September–november 2025",
                "Anmälningsstatistik per månad",
            ],
            [
                "4",
                "Sexuella trakasserier, åk 8",
                "Eleverna vet var de får hjälp; färre oönskade kommentarer",
                "Lektionsserie (fyra lektioner), information till vårdnadshavare",
                "Kurator Hanna Widén",
                "Januari–februari 2026",
                "Elevhälsosamtal åk 8, fokusgrupper",
            ],
            [
                "5",
                "Busshållplatsen",
                "Inga kränkningar vid hemgång",
                "Rastvärd 15.00–15.30 och samverkan med bussbolaget",
                "Fritidsledare Jonny Persson",
                "Från v. 37",
                "Trygghetsvandring april 2026",
            ],
            [
                "6",
                "Studieverkstaden utan hiss",
                "Alla elever ska kunna använda studieverkstaden",
                "Flytta studieverkstaden till plan 1 tills hiss finns",
                "Rektor Lars Hedin",
                "Januari 2026",
                "Tillgänglighetsrond maj 2026",
            ],
        ],
        size=8,
    )
    page_break(doc)

    H(doc, "10. Rutiner för akuta situationer")
    P(
        doc,
        "Rutinen gäller kränkande behandling, trakasserier och sexuella trakasserier, oavsett om det sker i "
        "skolan, på skolresor eller på nätet när det har koppling till skolan.",
    )
    H(doc, "10.1 När en elev kränks av en annan elev", 2)
    numbered(
        doc,
        [
            "**Ingrip direkt.** Den vuxne som ser eller hör något avbryter och säger ifrån.",
            "**Anmäl till rektor samma dag** genom anmälan i Prorenata.",
            "**Rektor anmäler till huvudmannen.** Anmälan i Prorenata går automatiskt vidare till "
            "utbildningsförvaltningen; rektor gör sin bedömning inom 24 timmar.",
            "**Utredning.** Trygghetsteamet utreder skyndsamt, normalt inom en vecka: samtal med den utsatte, den som "
            "har utfört kränkningen och eventuella vittnen. Vårdnadshavare informeras samma dag.",
            "**Åtgärder.** Rektor eller biträdande rektor beslutar om åtgärder som ska få kränkningarna att upphöra, "
            "till exempel samtal, ändrad placering, ökad vuxennärvaro eller kontakt med socialtjänst.",
            "**Dokumentation.** Utredning, bedömning och åtgärder dokumenteras i Prorenata.",
            "**Uppföljning.** Trygghetsteamet följer upp med eleven efter två veckor och igen efter sex veckor. "
            "Ärendet avslutas när kränkningarna har upphört.",
        ],
    )
    H(doc, "10.2 När en elev kränks av personal", 2)
    P(
        doc,
        "Anmälan görs till rektor samma dag, som anmäler till huvudmannen. Rektor utreder själv och "
        "kontaktar HR-avdelningen. Om rektor är inblandad anmäls det direkt till skolchefen.",
    )
    H(doc, "10.3 Vem kan elever och vårdnadshavare vända sig till?", 2)
    table(
        doc,
        [
            ["Namn", "Roll", "Telefon", "E-post"],
            [
                "Hanna Widén",
                "Kurator, sammankallande trygghetsteamet",
                "0570-386 21",
                "hanna.widen@vasterfors.se",
            ],
            ["Ali Rostami", "Kurator", "0570-386 22", "ali.rostami@vasterfors.se"],
            ["Mirja Koski", "Skolsköterska", "0570-386 25", "mirja.koski@vasterfors.se"],
            ["Ida Sjögren", "Biträdande rektor åk 7", "0570-386 03", "ida.sjogren@vasterfors.se"],
            ["Fredrik Alm", "Biträdande rektor åk 8–9", "0570-386 04", "fredrik.alm@vasterfors.se"],
            ["Lars Hedin", "Rektor", "0570-386 01", "lars.hedin@vasterfors.se"],
        ],
        size=9,
    )
    P(
        doc,
        "Elever kan också vända sig till sin mentor, en kamratstödjare eller vilken vuxen som helst på skolan.",
    )

    H(doc, "11. Diskrimineringsgrunderna och begrepp")
    P(doc, "Definitionerna nedan bygger på Diskrimineringsombudsmannens information.")
    for g, d in [
        (
            "Kön",
            "Att någon är kvinna eller man. Även den som avser att ändra eller har ändrat sitt juridiska kön "
            "omfattas.",
        ),
        (
            "Könsöverskridande identitet eller uttryck",
            "Att någon inte identifierar sig som kvinna eller man eller "
            "genom sin klädsel eller på annat sätt ger uttryck för att tillhöra ett annat kön.",
        ),
        (
            "Etnisk tillhörighet",
            "Nationellt eller etniskt ursprung, hudfärg eller annat liknande förhållande.",
        ),
        (
            "Religion eller annan trosuppfattning",
            "Till exempel kristendom, islam, judendom, hinduism, buddhism eller ateism.",
        ),
        (
            "Funktionsnedsättning",
            "Varaktiga fysiska, psykiska eller begåvningsmässiga begränsningar av en "
            "persons funktionsförmåga.",
        ),
        ("Sexuell läggning", "Homosexuell, bisexuell eller heterosexuell läggning."),
        ("Ålder", "Uppnådd levnadslängd."),
    ]:
        P(doc, "**%s.** %s" % (g, d))
    P(
        doc,
        "**Diskriminering** är när skolan missgynnar en elev och det har samband med en diskrimineringsgrund. "
        "**Trakasserier** är handlingar som kränker en elevs värdighet och har samband med en "
        "diskrimineringsgrund. **Sexuella trakasserier** är handlingar av sexuell natur som kränker någons "
        "värdighet. **Kränkande behandling** är handlingar som kränker en elevs värdighet utan koppling till "
        "en diskrimineringsgrund.",
    )

    H(doc, "12. Nationella minoriteter")
    P(
        doc,
        "De fem nationella minoriteterna är judar, romer, samer, sverigefinnar och tornedalingar. "
        "Minoritetsspråken är jiddisch, romani chib, samiska, finska och meänkieli. Västerfors ingår i "
        "förvaltningsområdet för finska.",
    )
    bullets(
        doc,
        [
            "Vid skolstart informerar skolan alla vårdnadshavare om rätten till modersmålsundervisning i ett "
            "minoritetsspråk, även om eleven inte har grundläggande kunskaper i språket (ansvarig: "
            "skoladministratör Åsa Berg, augusti).",
            "Sverigefinnarnas dag (24 februari) och samernas nationaldag (6 februari) uppmärksammas i skolans "
            "gemensamma utrymmen och på mentorstid (elevrådet och SO-lärarna).",
            "Undervisningen i SO i åk 7 och 9 tar upp minoriteternas historia, språk och kultur.",
            "Trakasserier med antiziganistiska, antisemitiska eller antisamiska inslag tas upp särskilt i "
            "trygghetsteamets utredningar och i analysen.",
        ],
    )

    H(doc, "13. Uppföljning och utvärdering av årets plan")
    P(
        doc,
        "Rektor ansvarar för att planen utvärderas. Trygghetsteamet sammanställer underlaget. Eleverna deltar "
        "genom klassråden och elevrådet, som bedömer varje åtgärd.",
    )
    table(
        doc,
        [
            ["Månad", "Aktivitet", "Vem"],
            [
                "September",
                "Planen fastställs och presenteras för elever, personal och vårdnadshavare",
                "Rektor",
            ],
            ["Oktober", "Tillgänglighetsrond", "Rektor, fastighetsförvaltaren"],
            ["December", "Uppföljning av åtgärd 1, 3 och 5 i trygghetsteamet", "Trygghetsteamet"],
            ["Januari", "Elevrådet följer upp åtgärderna", "Elevrådet, kurator Hanna Widén"],
            ["Februari", "Trygghetsenkät åk 7–9", "Trygghetsteamet"],
            ["Mars", "Skolenkäten (åk 8), fokusgrupper", "Kuratorerna"],
            ["April", "Trygghetsvandring med elevskyddsombuden", "Trygghetsteamet"],
            [
                "Maj",
                "Klassråden utvärderar planen; arbetslagen utvärderar på APT",
                "Mentorer, arbetslagsledare",
            ],
            [
                "Juni",
                "Utvärderingen sammanställs och nästa års plan skrivs, senast 2026-06-12",
                "Rektor, trygghetsteamet",
            ],
        ],
        size=9,
    )
    page_break(doc)

    H(doc, "Bilaga 1. Anmälan om kränkande behandling – underlag")
    P(
        doc,
        "Anmälan görs i Prorenata. Om systemet inte fungerar används detta underlag, som lämnas till rektor "
        "samma dag.",
    )
    table(
        doc,
        [
            ["Fält", "Fyll i"],
            ["Datum för händelsen", ""],
            ["Plats", ""],
            ["Inblandade elever (namn, klass)", ""],
            ["Vad hände?", ""],
            ["Har vårdnadshavare informerats?", "Ja / Nej"],
            ["Anmälan gjord av", ""],
        ],
        size=9,
    )
    save(doc, path)


# =========================================================================== 12
def plan12(path):
    doc = new_doc("Plan mot diskriminering och kränkande behandling Sjövikskolan", "Camilla Örn")
    sec = doc.sections[0]
    runs(sec.header.paragraphs[0], "Sjövikskolan 7–9 · Älvsunda kommun")
    fp = sec.footer.paragraphs[0]
    runs(fp, "Plan mot diskriminering och kränkande behandling · ")
    page_x_of_y(fp, "1", "10")

    P(doc, "Älvsunda kommun – Barn- och utbildningsförvaltningen", size=11)
    P(doc, "")
    P(doc, "Sjövikskolan", bold=True, size=28)
    P(doc, "Plan mot diskriminering och kränkande behandling", style="Title")
    P(doc, "Läsåret 2025/26", bold=True, size=16)
    P(doc, "Grundskola åk 7–9 · cirka 540 elever")
    page_break(doc)

    P(doc, "Innehåll", bold=True, size=14)
    for text, pg in [
        ("Inledning", 3), ("1. Planens giltighetstid och ansvar", 4), ("2. Elevernas delaktighet", 4),
        ("3. Vårdnadshavarnas och personalens delaktighet", 5), ("4. Utvärdering av föregående års plan", 5),
        ("5. Kartläggning", 6), ("6. Främjande insatser", 8), ("7. Förebyggande åtgärder", 9),
        ("8. Rutiner för akuta situationer", 10), ("9. Begrepp och diskrimineringsgrunder", 11),
        ("10. Uppföljning och utvärdering", 11), ("Bilaga 1. Aktuella bestämmelser", 12),
        ("Bilaga 2. Frågeområden i trygghetsenkäten", 13),
    ]:
        dot_leader_line(doc, text, pg)
    page_break(doc)

    H(doc, "Inledning")
    P(doc, "Sjövikskolan är en av två högstadieskolor i Älvsunda kommun. Skolan har cirka 540 elever i 21 klasser "
           "och ett sextiotal anställda. Eleverna kommer från sex F–6-skolor i kommunen, och ungefär en tredjedel "
           "åker skolskjuts från landsbygden. Skolan har också en resursenhet för elever i behov av särskilt stöd "
           "och en förberedelseklass för nyanlända elever.")
    P(doc, "Att gå från en liten F–6-skola till en stor högstadieskola är en stor förändring för många elever. "
           "Skolans lokaler är från 1970-talet och har långa korridorer, flera trapphus och en idrottshall som "
           "ligger en bit från huvudbyggnaden. Det gör att det finns många platser där vuxna inte naturligt rör "
           "sig. Under de senaste åren har skolan också märkt att mycket av det som händer mellan eleverna sker i "
           "sociala medier, utanför skoltid, men följer med in i klassrummen.")
    P(doc, "Planen omfattar både skolans arbete mot kränkande behandling enligt skollagen och arbetet med aktiva "
           "åtgärder enligt diskrimineringslagen. Den är ett levande dokument som används i arbetslagen, i "
           "elevhälsoteamet och i elevrådet under hela året. Vår ambition är att alla elever ska kunna gå till "
           "skolan utan att vara rädda, att alla vuxna ska reagera när någon blir illa behandlad och att eleverna "
           "ska veta vart de kan vända sig.")
    P(doc, "Planen har tagits fram av trygghetsteamet och elevhälsoteamet tillsammans med elevrådets "
           "trygghetsutskott. Utkastet har diskuterats i arbetslagen och i skolrådet innan rektor fastställde det.")
    page_break(doc)

    H(doc, "1. Planens giltighetstid och ansvar")
    P(doc, "Planen gäller 2024-08-15 – 2025-06-13.")
    P(
        doc,
        "Rektor Camilla Örn ansvarar för att planen tas fram, följs och utvärderas och för att personal, "
        "elever och vårdnadshavare känner till den (camilla.orn@alvsunda.se, 0651-299 100). Biträdande rektor "
        "Mattias Lund är rektors ersättare i trygghetsfrågor. Trygghetsteamet – kurator Jenny Falk, "
        "specialpedagog Robin Åberg, skolsköterska Nora Eklund, idrottslärare Jonas Lilja och "
        "elevassistent Mira Sand – utreder anmälningar och samordnar det förebyggande arbetet. Mentorerna "
        "ansvarar för att planen gås igenom i klasserna. Alla anställda ansvarar för att ingripa och anmäla.",
    )

    H(doc, "2. Elevernas delaktighet")
    P(
        doc,
        "Planen har tagits fram tillsammans med eleverna. I september hade alla 21 klasser klassråd om "
        "trygghet, där eleverna fick beskriva var de trivs och var de inte trivs och föreslå åtgärder. "
        "Elevrådets trygghetsutskott (sex elever) träffade trygghetsteamet tre gånger under hösten och var med "
        "och formulerade åtgärderna i avsnitt 7. Elevskyddsombuden deltog i trygghetsvandringarna.",
    )
    P(
        doc,
        "Eleverna deltar också i uppföljningen: trygghetsutskottet följer upp åtgärderna på sina möten och "
        "klassråden får tycka till om hur planen har fungerat. Planen presenteras i alla klasser på mentorstid i oktober, och "
        "en elevversion finns på skolans webbplats och i korridorerna.",
    )

    H(doc, "3. Vårdnadshavarnas och personalens delaktighet")
    P(
        doc,
        "Vårdnadshavarna har getts möjlighet att påverka planen genom skolrådet, som diskuterade utkastet den "
        "24 september, och genom kommunens vårdnadshavarenkät. Planen publiceras på webbplatsen och i "
        "Vklass, och på föräldramötena i åk 7 presenterar kuratorn planen och tar emot synpunkter.",
    )
    P(
        doc,
        "Personalen har arbetat med planen i arbetslagen och på två arbetsplatsträffar i augusti och "
        "september. Vikarier får en sammanfattning vid introduktionen.",
    )

    H(doc, "4. Utvärdering av föregående års plan")
    P(
        doc,
        "Förra årets åtgärder utvärderades i juni av trygghetsteamet tillsammans med elevrådets "
        "trygghetsutskott och arbetslagen.",
    )
    table(
        doc,
        [
            ["Åtgärd", "Hur genomfördes den?", "Effekt"],
            [
                "Vuxna i omklädningsrummen",
                "Idrottslärarna och en elevassistent fanns i eller utanför "
                "omklädningsrummen vid alla lektioner från oktober.",
                "Idrottslärarna uppger att stöket och "
                "kommentarerna i omklädningsrummen har minskat tydligt. Trygghetsutskottet säger detsamma.",
            ],
            [
                "Rastaktiviteter i aulan",
                "Fritidsledarna höll i aktiviteter tre dagar i veckan.",
                "Aulan har blivit "
                "en samlingsplats för elever som tidigare var ensamma på rasterna, enligt fritidsledarna.",
            ],
            [
                "Lektioner om näthat, åk 7",
                "Genomförda i november av kuratorn.",
                "Mentorerna i åk 7 märker att "
                "eleverna oftare säger till när något händer i chatten. Färre konflikter från chatten har fått hanteras "
                "under skoltid.",
            ],
            [
                "Skåpflytt i korridor C",
                "Inte genomförd på grund av ombyggnad.",
                "Ingen effekt; åtgärden ligger kvar.",
            ],
        ],
        size=9,
    )

    H(doc, "5. Kartläggning")
    P(
        doc,
        "Kartläggningen har gjorts på flera sätt för att få en så fullständig bild som möjligt av var, när och "
        "hur kränkningar och risker för diskriminering uppstår. Vi har kombinerat enkäter, trygghetsvandringar, "
        "samtal i grupp och statistik, och vi har försökt täcka alla diskrimineringsgrunder.",
    )
    H(doc, "5.1 Enkäter", 2)
    P(
        doc,
        "Eleverna i åk 8 besvarade Skolinspektionens skolenkät under vårterminen. Alla elever i åk 7–9 "
        "besvarade dessutom kommunens trygghetsenkät under lektionstid i februari. Enkäten innehåller frågor "
        "om trygghet, studiero och kränkningar, och frågor om eleven har blivit illa behandlad på grund av "
        "någon av diskrimineringsgrunderna. Mentorerna avsatte en lektion så att alla elever fick möjlighet "
        "att svara, och elever som var frånvarande fick svara veckan efter. Vårdnadshavarna fick kommunens "
        "vårdnadshavarenkät via Vklass.",
    )
    P(doc, "Inför enkäten gick mentorerna igenom frågorna med klasserna, så att alla elever förstod vad som menas "
           "med kränkande behandling, trakasserier och diskriminering. För elever i förberedelseklassen fanns "
           "enkäten på arabiska, dari och somaliska, och elever på resursenheten fick svara med stöd av en vuxen "
           "som inte var deras mentor. Eleverna svarade anonymt. Trygghetsteamet tog fram resultaten per årskurs, "
           "per kön och per klass, och frisvaren lästes av två personer var för sig. Frågeområdena finns i "
           "bilaga 2.")
    H(doc, "5.2 Trygghetsvandringar", 2)
    P(
        doc,
        "I april genomfördes trygghetsvandringar i tre omgångar, en per årskurs. Elevskyddsombuden, två "
        "elever från varje klass och två personer från trygghetsteamet gick runt i skolans lokaler och på "
        "skolgården. Eleverna markerade platser på en karta med grönt, gult och rött och fotograferade "
        "platser de ville visa. Efter vandringen samlades gruppen och gick igenom kartorna.",
    )
    P(doc, "Vandringarna gjordes vid olika tider – en under förmiddagsrasten, en under lunchen och en efter "
           "skoldagens slut – för att fånga hur platserna upplevs vid olika tidpunkter. Grupperna var blandade "
           "med både flickor och pojkar och elever från olika klasser. Elever som inte ville säga något inför "
           "gruppen kunde lämna en lapp i en låda efteråt. Kartorna och fotona sammanställdes av elevskyddsombuden "
           "tillsammans med kuratorn.")
    picture(
        doc.add_paragraph().add_run(),
        png(48, 32, (120, 160, 90), stripe=((200, 200, 200), 6)),
        10,
        name="Bild 3",
    )
    H(doc, "5.3 Fokusgrupper", 2)
    P(
        doc,
        "Kuratorn och specialpedagogen genomförde sex fokusgrupper med sex till åtta elever i varje, två per "
        "årskurs. Grupperna var blandade och samtalen utgick från frågor om språket på skolan, sexuella "
        "trakasserier, nätet och vilka elever som riskerar att hamna utanför. Samtalen dokumenterades med "
        "stödord.",
    )
    P(doc, "Fokusgrupperna leddes av två vuxna, där den ena ställde frågor och den andra antecknade. Eleverna "
           "valdes ut slumpvis bland dem som anmält intresse, och samtalen hölls under lektionstid i ett rum där "
           "ingen annan personal fanns. Eleverna informerades om att det de sa inte skulle kunna kopplas till dem. "
           "Anteckningarna lästes upp i slutet av varje samtal så att eleverna kunde rätta om något blivit fel.")
    H(doc, "5.4 Statistik och övriga källor", 2)
    P(
        doc,
        "Trygghetsteamet har gått igenom alla anmälningar om kränkande behandling under läsåret i "
        "kommunens ärendesystem och sorterat dem efter plats, tid, årskurs och typ av kränkning. "
        "Skolsköterskan har sammanställt det som kommit fram i hälsosamtalen i åk 7 på gruppnivå. "
        "Elevhälsoteamet har diskuterat underlaget vid två möten i juni och augusti.",
    )
    H(doc, "5.5 Analys", 2)
    P(
        doc,
        "Elevhälsoteamet och trygghetsteamet har analyserat underlaget tillsammans med elevrådets "
        "trygghetsutskott. Analysen gjordes på samma sätt som förra året: varje källa gicks igenom för sig, "
        "därefter jämfördes källorna för att se var de pekade åt samma håll. Analysen låg till grund för "
        "åtgärderna i avsnitt 7.",
    )
    page_break(doc)

    H(doc, "6. Främjande insatser")
    table(
        doc,
        [
            ["Insats", "Syfte", "Ansvarig", "När"],
            [
                "Värdegrundspass på mentorstid varje vecka",
                "Stärka respekten för allas lika värde och arbeta med alla diskrimineringsgrunder",
                "Mentorerna",
                "Hela läsåret",
            ],
            [
                "Friends-programmet: kamratstödjare i alla klasser",
                "Eleverna tar ansvar för varandra och säger ifrån",
                "Kurator Jenny Falk",
                "Utbildning i september",
            ],
            [
                "Normkritisk litteratur i skolbiblioteket och i svenskundervisningen",
                "Synliggöra olika sätt att leva och vara",
                "Bibliotekarie Hanna Roos, svensklärarna",
                "Ht 2025",
            ],
            [
                "Temadag om jämställdhet och sexualitet för åk 9",
                "Eleverna får kunskap om rättigheter och samtycke",
                "Skolsköterska Nora Eklund, biologilärarna",
                "Mars 2026",
            ],
            [
                "Tillgängliga lokaler – genomgång med elever med funktionsnedsättning",
                "Alla ska kunna använda alla lokaler",
                "Specialpedagog Robin Åberg",
                "Oktober 2025",
            ],
        ],
        size=9,
    )

    H(doc, "7. Förebyggande åtgärder")
    table(
        doc,
        [
            ["Område", "Mål", "Åtgärd", "Ansvarig", "Klart", "Uppföljning"],
            [
                "Korridor C vid skåpen",
                "Eleverna ska kunna hämta sina saker utan att bli knuffade eller kallade saker",
                "Flytta skåpen när ombyggnaden är klar; rastvärd i korridoren till dess",
                "Bitr. rektor Mattias Lund",
                "December 2025",
                "Trygghetsvandring april 2026",
            ],
            [
                "Kränkande språk",
                "Alla vuxna reagerar på kränkande språk",
                "Gemensamma regler för hur vi säger ifrån; genomgång på APT i september",
                "Rektor Camilla Örn",
                "September 2025",
                "Fokusgrupper våren 2026",
            ],
            [
                "Sexuella trakasserier",
                "Eleverna ska veta vad som gäller och var de får hjälp",
                "Lektioner i åk 8 med kurator och skolsköterska",
                "Kurator Jenny Falk",
                "November 2025",
                "Trygghetsenkäten februari 2026",
            ],
            [
                "Näthat",
                "Färre konflikter från chattar",
                "Fortsatta lektioner i åk 7; information på föräldramöte",
                "Kurator Jenny Falk, mentorer åk 7",
                "Oktober 2025",
                "Trygghetsutskottet, december",
            ],
            [
                "Ensamma elever på rasterna",
                "Alla elever ska ha någon att vara med",
                "Rastaktiviteter i aulan fyra dagar i veckan",
                "Fritidsledarna",
                "Från v. 36",
                "Trygghetsteamet, varje månad",
            ],
        ],
        size=8,
    )

    page_break(doc)
    H(doc, "8. Rutiner för akuta situationer")
    numbered(
        doc,
        [
            "Personal som upptäcker eller får veta att en elev har blivit kränkt eller trakasserad ingriper direkt.",
            "Personalen anmäler till rektor samma dag via formuläret i ärendesystemet.",
            "Rektor anmäler till huvudmannen (barn- och utbildningsförvaltningen) inom två arbetsdagar.",
            "Trygghetsteamet utreder skyndsamt: samtal med den som blivit utsatt, den eller de som utsatt och "
            "vittnen. Vårdnadshavare kontaktas samma dag.",
            "Rektor beslutar om åtgärder för att kränkningarna ska upphöra.",
            "Utredningen och åtgärderna dokumenteras i ärendesystemet.",
            "Trygghetsteamet följer upp efter två veckor och avslutar ärendet när kränkningarna har upphört.",
        ],
    )
    P(
        doc,
        "Om personal misstänks ha kränkt en elev utreder rektor och kontaktar HR-enheten. Elever och "
        "vårdnadshavare kan alltid vända sig till mentor, kurator Jenny Falk (0651-299 130) eller skolsköterska "
        "Nora Eklund (0651-299 131).",
    )

    H(doc, "9. Begrepp och diskrimineringsgrunder")
    P(
        doc,
        "Diskriminering är när en elev missgynnas och det har samband med någon av diskrimineringsgrunderna: "
        "kön, könsöverskridande identitet eller uttryck, etnisk tillhörighet, religion eller annan "
        "trosuppfattning, funktionsnedsättning, sexuell läggning eller ålder. Trakasserier är uppträdanden "
        "som kränker en elevs värdighet och har samband med en diskrimineringsgrund; sexuella trakasserier "
        "är uppträdanden av sexuell natur. Kränkande behandling är uppträdanden som kränker en elevs värdighet "
        "utan koppling till en diskrimineringsgrund.",
    )

    H(doc, "10. Uppföljning och utvärdering")
    P(
        doc,
        "Planen utvärderas av trygghetsteamet tillsammans med elevrådets trygghetsutskott. Underlag är "
        "trygghetsenkäten, trygghetsvandringarna och fokusgrupperna. Klassråden får ge sina synpunkter på "
        "åtgärderna och resultatet förs in i nästa års plan.",
    )
    page_break(doc)

    H(doc, "Bilaga 1. Aktuella bestämmelser")
    P(
        doc,
        "**Skollagen (2010:800) 6 kap. 8 §** Huvudmannen ska se till att det varje år upprättas en plan med en "
        "översikt över de åtgärder som behövs för att förebygga och förhindra kränkande behandling av barn och "
        "elever. Planen ska innehålla en redogörelse för vilka av dessa åtgärder som avses att påbörjas eller "
        "genomföras under det kommande året. En redogörelse för hur de planerade åtgärderna har genomförts ska "
        "tas in i efterföljande års plan.",
    )
    P(
        doc,
        "**Skollagen 6 kap. 10 §** En lärare, förskollärare eller annan personal som får kännedom om att ett "
        "barn eller en elev anser sig ha blivit utsatt för kränkande behandling i samband med verksamheten är "
        "skyldig att anmäla detta till förskolechefen eller rektorn. En förskolechef eller rektor som får "
        "kännedom om att ett barn eller en elev anser sig ha blivit utsatt för kränkande behandling är skyldig "
        "att anmäla detta till huvudmannen. Huvudmannen är skyldig att skyndsamt utreda omständigheterna kring "
        "de uppgivna kränkningarna och i förekommande fall vidta de åtgärder som skäligen kan krävas för att "
        "förhindra kränkande behandling i framtiden.",
    )
    P(
        doc,
        "**Diskrimineringslagen (2008:567) 1 kap. 1 §** Denna lag har till ändamål att motverka diskriminering "
        "och på andra sätt främja lika rättigheter och möjligheter oavsett kön, könsöverskridande identitet "
        "eller uttryck, etnisk tillhörighet, religion eller annan trosuppfattning, funktionsnedsättning, "
        "sexuell läggning eller ålder.",
    )
    P(
        doc,
        "**Diskrimineringslagen 3 kap. 2 §** Arbetet med aktiva åtgärder innefattar att undersöka om det finns "
        "risker för diskriminering eller repressalier eller om det finns andra hinder för individers lika "
        "rättigheter och möjligheter i verksamheten, analysera orsaker till upptäckta risker och hinder, "
        "vidta de förebyggande och främjande åtgärder som skäligen kan krävas, och följa upp och utvärdera "
        "arbetet.",
    )
    P(
        doc,
        "**Förordning (2006:1083) 2 §** En plan mot kränkande behandling enligt 6 kap. 8 § skollagen ska "
        "upprättas, följas upp och ses över under medverkan av barnen eller eleverna vid den verksamhet som "
        "planen gäller för. Utformningen och omfattningen av barnens eller elevernas deltagande ska anpassas "
        "efter deras ålder och mognad.",
    )
    P(
        doc,
        "**Lag (2009:724) om nationella minoriteter och minoritetsspråk 4 §** Det allmänna har ett särskilt "
        "ansvar för att skydda och främja de nationella minoritetsspråken. Det allmänna ska även i övrigt "
        "främja de nationella minoriteternas möjligheter att behålla och utveckla sin kultur i Sverige. Barns "
        "utveckling av en kulturell identitet och användning av det egna minoritetsspråket ska särskilt "
        "främjas. De nationella minoriteterna är judar, romer, samer, sverigefinnar och tornedalingar.",
    )
    page_break(doc)
    H(doc, "Bilaga 2. Frågeområden i trygghetsenkäten")
    table(doc, [
        ["Område", "Exempel på frågor"],
        ["Trygghet", "Känner du dig trygg i skolan? Finns det platser där du inte känner dig trygg? Var?"],
        ["Studiero", "Kan du arbeta i lugn och ro på lektionerna?"],
        ["Kränkningar", "Har någon elev eller vuxen varit elak mot dig de senaste månaderna? Hur och var?"],
        ["Diskriminering och trakasserier", "Har du blivit illa behandlad på grund av ditt kön, din "
         "könsidentitet, ditt ursprung, din religion, en funktionsnedsättning, din sexuella läggning eller din "
         "ålder?"],
        ["Sexuella trakasserier", "Har någon tagit på dig, kommenterat din kropp eller skickat bilder mot din vilja?"],
        ["Nätet", "Har du blivit kränkt i sociala medier, i chattar eller i spel?"],
        ["Vuxna", "Vet du vem du kan vända dig till? Ingriper de vuxna när någon blir illa behandlad?"],
    ], size=9)
    save(doc, path)
