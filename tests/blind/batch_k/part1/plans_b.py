"""Plans k1_05 – k1_08."""
from common import Doc, expected, reasons, keys, meta, house_png, bar_chart_png


# ------------------------------------------------------------------ k1_05
AVDELNINGAR = [
    ("Myran (1–3 år)", "Linnea Hjort",
     "Observationerna i maj 2026 visar att de yngsta barnen ofta tar leksaker från varandra och att "
     "det blir konflikter i hallen vid påklädning. Husmodellen kan inte användas med de minsta barnen; "
     "i stället har pedagogerna observerat var barnen söker sig till en vuxen.",
     "Förra året införde vi fasta platser vid måltiderna för att minska bråk om platser. Åtgärden "
     "genomfördes från oktober. Enligt observationerna minskade bråken vid lunchen från nästan "
     "dagligen till någon enstaka gång i veckan.",
     [("Lugnare påklädning", "Barnen klär på sig i två mindre grupper med en pedagog i varje",
       "Linnea Hjort", "Från 2026-10-05"),
      ("Barnen lär sig turas om", "Turtagningslekar i samlingen tre dagar i veckan",
       "Alla pedagoger på Myran", "Hela läsåret, följs upp i februari 2027")]),
    ("Humlan (3–4 år)", "Omid Karimi",
     "I husmodellen färgade sju av tolv barn klätterställningen röd. Barnen berättar att de större "
     "barnen knuffar där. Observationerna bekräftar att det är trångt vid klätterställningen under "
     "förmiddagsutevistelsen.",
     "Åtgärderna från förra året (en vuxen vid klätterställningen och lekgrupper på gården) har inte "
     "hunnit följas upp på grund av personalbyten under våren.",
     [("Ingen ska bli knuffad vid klätterställningen", "En pedagog har fast plats vid klätterställningen under utevistelsen",
       "Omid Karimi (schema)", "Från 2026-10-01"),
      ("Alla barn ska ha någon att leka med", "Lekgrupper som pedagogerna sätter ihop två förmiddagar i veckan",
       "Pedagogerna på Humlan", "Oktober 2026 – maj 2027")]),
    ("Nyckelpigan (4–5 år)", "Sanna Pihlaja",
     "I barnintervjuerna berättar flera barn att de inte får vara med i rollekarna i ”kuddrummet”, och "
     "att det ibland sägs att ”killar inte får leka med dockor”. Husmodellen visar att kuddrummet är "
     "det rum där flest barn känner sig otrygga (6 av 15).",
     "Förra året delade vi in barnen i mindre lekgrupper på eftermiddagen. Det genomfördes från "
     "januari. Observationerna visar att färre barn lämnas utanför leken: från i genomsnitt fem barn "
     "till ett barn per observationstillfälle.",
     [("Alla får vara med i kuddrummet", "En pedagog finns i kuddrummet när det är öppet och leder lekar där alla får roller",
       "Sanna Pihlaja", "Från 2026-10-12"),
      ("Motverka stereotypa föreställningar om kön", "Samtal och böcker om att alla får leka med allt, en gång i veckan",
       "Förskollärarna på Nyckelpigan", "Hela läsåret, följs upp i mars 2027")]),
    ("Trollsländan (5 år)", "Ebba Norén",
     "Barnintervjuerna visar att barnen känner sig trygga på avdelningen, men att det är otryggt i "
     "buskarna bakom förrådet där vuxna sällan är. Två vårdnadshavare har berättat att deras barn "
     "blivit retade för sina kläder.",
     "Förra året hade vi samtal om kroppen och integritet med alla barn. Genomfört.",
     [("Buskarna bakom förrådet ska bli en trygg plats", "Pedagogerna delar upp gården i zoner så att någon alltid ser buskarna",
       "Ebba Norén", "Från 2026-10-01"),
      ("Ingen ska bli retad för sina kläder", "Samtal i barngruppen och sagan ”Kläder är bara kläder”",
       "Förskollärarna på Trollsländan", "November 2026")]),
]


def plan05():
    d = Doc("Plan mot diskriminering och kränkande behandling – Förskolan Lingonet 2026/27",
            author="Helena Berg")
    d.p("Plan mot diskriminering och kränkande behandling", style="Title")
    d.p("Förskolan Lingonet, Tallbergs kommun", style="Subtitle")

    d.h("Del 1 – Gemensamt för hela förskolan")
    d.h("Grunduppgifter", 2)
    d.table([
        ["Förskola", "Förskolan Lingonet"],
        ["Avdelningar", "Myran, Humlan, Nyckelpigan, Trollsländan"],
        ["Planen gäller", "2026-10-01 – 2027-09-30"],
        ["Ansvarig", "Rektor Helena Berg"],
        ["Huvudman", "Förskolenämnden, Tallbergs kommun"],
    ], header=False, widths=[3000, 6000])

    d.h("Ansvar", 2)
    d.p("Rektor Helena Berg ansvarar för att planen tas fram, följs och utvärderas och för att alla "
        "händelser utreds. Varje avdelning har en trygghetsansvarig pedagog (se del 2) som samordnar "
        "arbetet på avdelningen. All personal ansvarar för att se, ingripa och berätta för rektor. "
        "Huvudmannen ansvarar för att förskolan har en plan varje år och för att händelser utreds.")

    d.h("Barnens delaktighet", 2)
    d.p("Barnen har varit delaktiga på olika sätt beroende på ålder. Med de äldre barnen har vi gjort "
        "barnintervjuer och husmodellen i maj 2026, där barnen färgade rummen i ett hus grönt, gult "
        "eller rött efter hur trygga de känner sig där. På Myran har pedagogerna observerat var barnen "
        "söker trygghet. I barnrådet, där två barn från varje avdelning är med, har barnen i september "
        "2026 pratat om vilka regler som behövs för att alla ska få vara med, och reglerna finns med i "
        "avdelningarnas åtgärder.")
    pic = d.add_image(house_png(), "husmodellen")
    d.p(d.pic(pic, 8.0, 6.7, name="Husmodellen"), align="center")

    d.h("Vårdnadshavarnas delaktighet", 2)
    d.p("Föräldrarådet fick utkastet till planen i september 2026 och lämnade synpunkter på hur "
        "hämtning och lämning kan bli tryggare. På utvecklingssamtalen ställer vi frågor om hur barnet "
        "trivs, och vårdnadshavarenkäten i mars ger oss vårdnadshavarnas bild. Planen finns i Tyra och "
        "vårdnadshavare är välkomna att lämna synpunkter till rektor eller avdelningens pedagoger.")

    d.h("Så gör vi när ett barn blir kränkt", 2)
    n = d.new_list("decimal")
    for t in [
        "Den pedagog som ser eller får höra att ett barn blivit kränkt eller trakasserat ingriper direkt.",
        "Pedagogen berättar för rektor samma dag.",
        "Rektor anmäler till huvudmannen samma vecka.",
        "Rektor ser till att händelsen utreds: pedagogerna pratar med barnen och med varandra om vad "
        "som hänt, och vårdnadshavarna kontaktas samma dag.",
        "Pedagogerna och rektor bestämmer vilka åtgärder som behövs för att det inte ska hända igen.",
        "Efter två veckor följer avdelningen upp med barnet och vårdnadshavarna.",
        "Om en vuxen på förskolan har kränkt ett barn utreder rektor själv och kontaktar HR.",
    ]:
        d.p(t, style="ListParagraph", num=(n, 0))

    d.h("Främjande arbete på hela förskolan", 2)
    d.p("Målet är att alla barn ska känna att de har lika värde och får vara som de är. Vi arbetar med "
        "normkritiska bilderböcker där olika familjer, funktionsnedsättningar och hudfärger syns; "
        "förskollärarna väljer ut två nya böcker varje månad. Lekmaterial och rum ska vara öppna för "
        "alla barn oavsett kön, vilket rektor och förskollärarna går igenom på planeringsdagen i "
        "oktober. Varje fredag har vi ”blandade grupper” där barn från olika avdelningar och åldrar "
        "leker tillsammans.")

    d.h("Kartläggning", 2)
    d.p("Vi har kartlagt tryggheten genom husmodellen och barnintervjuer med barnen på Humlan, "
        "Nyckelpigan och Trollsländan (maj 2026), observationer på alla avdelningar i april och maj, "
        "och vårdnadshavarenkäten i mars 2026 (61 av 84 vårdnadshavare svarade; 93 % svarar att deras "
        "barn känner sig tryggt på förskolan). Gemensamt för hela förskolan ser vi att de otrygga "
        "platserna finns där vuxna sällan är – i vissa rum och på delar av gården – och att barnen "
        "ibland begränsar varandra utifrån kön. Resultaten för varje avdelning finns i del 2.")

    d.h("Diskrimineringsgrunderna", 2)
    d.p("Förskolan ska motverka diskriminering och trakasserier som har samband med kön, "
        "könsöverskridande identitet eller uttryck, etnisk tillhörighet, religion eller annan "
        "trosuppfattning, funktionsnedsättning, sexuell läggning och ålder. För de yngsta barnen "
        "handlar det ofta om hur vi vuxna bemöter barnen och vilka normer vi förmedlar.")

    d.h("Nationella minoriteter", 2)
    d.p("Sveriges nationella minoriteter är judar, romer, samer, sverigefinnar och tornedalingar. "
        "Tallbergs kommun ingår i förvaltningsområdet för finska. Vi informerar alla vårdnadshavare vid "
        "inskolningen om rätten till förskola helt eller delvis på finska och om modersmålsstöd i "
        "övriga minoritetsspråk. På Nyckelpigan arbetar en finskspråkig förskollärare som läser och "
        "sjunger på finska varje vecka. Vi uppmärksammar samernas nationaldag den 6 februari och "
        "sverigefinnarnas dag den 24 februari, och har böcker på meänkieli, samiska och romani chib "
        "i förskolans bibliotek.")

    d.h("Utvärdering av årets plan", 2)
    d.p("Planen utvärderas i september 2027.")

    d.pagebreak()
    d.h("Del 2 – Avdelningarna")
    for name, contact, seen, last, rows in AVDELNINGAR:
        d.h(name, 2)
        d.p(d.r("Trygghetsansvarig: ", b=True), contact)
        d.p(d.r("Vad vi har sett: ", b=True), seen)
        d.p(d.r("Förra årets åtgärder: ", b=True), last)
        d.p(d.r("Årets åtgärder:", b=True))
        d.table([["Mål", "Åtgärd", "Ansvarig", "När"]] + [list(r_) for r_ in rows],
                widths=[2400, 3300, 1800, 1500])

    exp = expected(V="met", R="met", S="met", P="partial", Su="met", Pr="met", Pm="met",
                   A="partial", D="met", M="met", E="partial", G="met")
    why = reasons(
        V="Oct–Oct period 2026-10-01 – 2027-09-30 (normal for förskola).",
        S="Förskola: barnintervjuer, husmodellen, observations and barnråd shaping the rules – 'barn' satisfies the key.",
        P="Per avdelning: Myran and Nyckelpigan give effects; Humlan says the measures were not followed up; "
          "Trollsländan only 'Genomfört'.",
        Su="Husmodellen, barnintervjuer, observations and vårdnadshavarenkät with results per avdelning and a "
           "common analysis.",
        Pm="Every avdelning table row has goal, measure, owner and time.",
        A="Act, tell rektor, rektor reports to huvudman, investigate, measures, follow-up and staff-on-child "
          "routine, but no documentation step anywhere.",
        M="Five minorities named, förvaltningsområde för finska, information at inskolning, Finnish reading, "
          "minority days, books.",
        E="Only when ('utvärderas i september 2027'); no how, who or children's part.",
        G="Föräldrarådet commented on the draft, utvecklingssamtal, vårdnadshavarenkät, invitation to comment.",
    )
    m = meta("2026/27", "sv", ["förskola"],
             "Förskola plan in two parts: common parts first (facts table, responsibility, routine, "
             "children's and guardians' participation, grounds, minorities), then one short section per "
             "avdelning with findings, last year's measures and a measures table.",
             exp, why, images_without_alt=1)
    return d, m


# ------------------------------------------------------------------ k1_06
def plan06():
    d = Doc("Plan mot kränkande behandling och diskriminering – Kastanjeskolan 2025/26",
            author="Cecilia Wahl")
    d.p("Plan mot kränkande behandling och diskriminering", style="Title")
    d.p("Kastanjeskolan F–6 med fritidshem, Sjöviks kommun – läsåret 2025/26", style="Subtitle")
    d.h("Sammanfattning")
    d.table([
        ["Område", "Status", "Kommentar"],
        ["Giltighetstid", "Klar", "Läsåret 2025/26"],
        ["Ansvariga för planen", "Klar", "Rektor och trygghetsgrupp"],
        ["Elevernas delaktighet", "Klar", "Klassråd, elevråd, trygghetsvandring"],
        ["Utvärdering av förra årets plan", "Klar", "Se avsnitt 4"],
        ["Kartläggning och analys", "Klar", "Trivselenkät april 2025"],
        ["Främjande arbete", "Klar", "–"],
        ["Förebyggande åtgärder", "Klar", "Fem åtgärder"],
        ["Rutiner för akuta situationer", "Klar", "Enligt kommunens rutin"],
        ["Diskrimineringsgrunderna", "Klar", "–"],
        ["Nationella minoriteter", "Klar", "Se avsnitt 10"],
        ["Utvärdering av årets plan", "Påbörjad", "Se avsnitt 11"],
        ["Vårdnadshavarnas delaktighet", "Klar", "Hemsidan"],
    ], widths=[3600, 1400, 4000])

    d.h("1 Planens giltighetstid")
    d.p("Planen gäller 2025-08-15 – 2026-08-14.")

    d.h("2 Ansvariga för planen")
    d.p("Rektor Cecilia Wahl ansvarar för att planen upprättas, genomförs och utvärderas och för att "
        "anmälningar utreds. Trygghetsgruppen – biträdande rektor Mats Olin, kurator Fatima Ali, "
        "lärarna Eva Ström och Kim Berg samt fritidspedagogen Jonas Åkesson – leder det dagliga "
        "arbetet och utreder ärenden på rektors uppdrag. All personal ansvarar för att ingripa och "
        "anmäla. Huvudmannen (utbildningsnämnden i Sjöviks kommun) följer upp att planen finns och "
        "att ärenden utreds.")

    d.h("3 Elevernas delaktighet")
    d.p("Eleverna i åk 3–6 gjorde en trygghetsvandring med trygghetsgruppen i maj 2025 och markerade "
        "otrygga platser. Klassråden diskuterade resultatet av trivselenkäten i augusti, och elevrådet "
        "valde ut de tre viktigaste åtgärderna i avsnitt 7. I fritidsrådet har barnen kommit med "
        "förslag på rastaktiviteter. Elevrådet följer upp åtgärderna i december och maj.")

    d.h("4 Utvärdering av förra årets plan")
    d.table([
        ["Åtgärd 2024/25", "Genomförande", "Effekt"],
        ["Vuxen närvaro vid gungorna", "Schema för rastvakter, hela läsåret",
         "Anmälningar vid gungorna minskade från 11 till 3"],
        ["Kompissamtal i åk 2", "Kurator höll samtal varannan vecka ht 2024",
         "Andelen i åk 2 som har någon att vara med på rasten ökade från 81 % till 92 %"],
        ["Mobilregler på fritids", "Infördes i januari 2025",
         "Inga anmälningar om kränkningar via mobil på fritids under vt 2025 (förra året fyra)"],
        ["Lektioner om sexuella trakasserier i åk 5–6", "Genomförda i november",
         "Eleverna kan i utvärderingen nämna vart de ska vända sig (88 %); två elever har anmält händelser efteråt"],
    ], widths=[2800, 2900, 3300])

    d.h("5 Kartläggning och analys")
    d.p("Trivselenkäten besvarades i april 2025 av 246 av 268 elever i åk 1–6. 89 % känner sig trygga "
        "i skolan och 92 % på fritids. Otrygga platser är toaletterna i F-huset, bakom idrottshallen "
        "och skolskjutsen. Enkäten visar också att 12 % av eleverna i åk 4–6 har fått elaka "
        "kommentarer om sin hudfärg eller sitt ursprung. Trygghetsvandringen bekräftade bilden av "
        "toaletterna och området bakom idrottshallen. Under 2024/25 kom 26 anmälningar om kränkande "
        "behandling. Vår analys är att de otrygga platserna ligger utom synhåll för rastvakterna och "
        "att kommentarerna om ursprung visar att vi behöver arbeta mer med etnisk tillhörighet.")

    d.h("6 Främjande arbete")
    d.p("Vi arbetar främjande genom värdegrundsarbete, rastaktiviteter och temadagar. Alla ska känna "
        "sig välkomna på Kastanjeskolan.")

    d.h("7 Förebyggande åtgärder")
    d.table([
        ["Område", "Mål", "Åtgärd", "Ansvarig", "När", "Uppföljning"],
        ["Toaletterna i F-huset", "Färre än 5 % otrygga", "Rastvakt passerar toaletterna varje rast",
         "Biträdande rektor", "Från v. 34", "Trivselenkät april 2026"],
        ["Bakom idrottshallen", "Inga anmälningar därifrån", "Området stängs av med staket; rastvakt vid hörnet",
         "Rektor", "Oktober 2025", "Anmälningsstatistik"],
        ["Skolskjutsen", "Tryggare resor", "Fasta platser i bussen; kontakt med bussbolaget",
         "Kurator", "September 2025", "Elevrådet i december"],
        ["Kommentarer om ursprung", "Färre elever utsätts", "Lektioner om rasism i åk 4–6",
         "Mentorer åk 4–6", "v. 45–48", "Klassråden i januari"],
        ["Fritids eftermiddag", "Alla har någon att leka med", "Styrda lekar kl. 14–15",
         "Fritidspedagog Jonas Åkesson", "Hela läsåret", "Fritidsrådet varje månad"],
    ], widths=[1500, 1500, 2100, 1400, 1200, 1300])

    d.h("8 Rutiner för akuta situationer")
    d.p("Skolan följer kommunens gemensamma rutin. Stegen är:")
    n = d.new_list("decimal")
    for t in [
        "Personal som får kännedom om att en elev upplever sig kränkt, trakasserad eller sexuellt "
        "trakasserad ingriper direkt.",
        "Personalen anmäler samma dag till rektor i kommunens anmälningssystem.",
        "Rektor anmäler till huvudmannen inom 24 timmar.",
        "Trygghetsgruppen utreder skyndsamt; vårdnadshavare informeras.",
        "Rektor beslutar om åtgärder.",
        "Allt dokumenteras i anmälningssystemet.",
        "Uppföljning efter två veckor.",
        "Om personal kränker en elev utreder rektor med stöd av HR; om rektor är inblandad utreder "
        "huvudmannen.",
    ]:
        d.p(t, style="ListParagraph", num=(n, 0))
    d.p("Elever och vårdnadshavare kan vända sig till alla i personalen, kurator Fatima Ali "
        "(tel. 0304-67 21 40) eller rektor (tel. 0304-67 21 00).")

    d.h("9 Diskrimineringsgrunderna")
    d.p("Diskrimineringsgrunderna är kön, könsöverskridande identitet eller uttryck, etnisk "
        "tillhörighet, religion eller annan trosuppfattning, funktionsnedsättning, sexuell läggning och "
        "ålder.")

    d.h("10 Nationella minoriteter")
    d.guidance("[Beskriv hur verksamheten arbetar med de nationella minoriteternas rättigheter "
               "(judar, romer, samer, sverigefinnar och tornedalingar). Exempel: information om rätten "
               "till modersmålsundervisning, att uppmärksamma minoriteternas nationaldagar, "
               "undervisning om minoriteternas kultur och historia. Ta bort denna instruktion när "
               "texten är ifylld.]")
    d.guidance("Klicka eller tryck här för att ange text.")

    d.h("11 Uppföljning och utvärdering av årets plan")
    d.guidance("Beskriv hur årets plan ska utvärderas. Ange när utvärderingen ska göras, vem som "
               "ansvarar och hur barn och elever ska delta i utvärderingen.")
    d.guidance("[Skriv text här]")

    d.h("12 Vårdnadshavarnas delaktighet")
    d.p("Planen läggs ut på skolans hemsida och i Unikum.")

    exp = expected(V="met", R="met", S="met", P="met", Su="met", Pr="partial", Pm="met", A="met",
                   D="met", M="missing", E="missing", G="partial")
    why = reasons(
        P="Table Åtgärd | Genomförande | Effekt covering all four 2024/25 measures with effects.",
        Pr="Generic list (värdegrundsarbete, rastaktiviteter, temadagar) and a slogan; nothing concrete for the unit. "
           "The summary table's 'Klar' is not content.",
        A="Despite 'Enligt kommunens rutin' in the summary, the steps are written out, including huvudman and "
          "documentation.",
        M="Section holds only bracketed template guidance (which names the minorities) and a content-control "
          "placeholder; the summary table says 'Klar'.",
        E="Only template instruction text and '[Skriv text här]'.",
        G="Only 'Planen läggs ut på skolans hemsida och i Unikum' – information.",
    )
    m = meta("2025/26", "sv", ["förskoleklass", "grundskola", "fritidshem"],
             "Plan opening with a 'Sammanfattning' status table (Område | Status | Kommentar) that marks "
             "every area as done, followed by twelve numbered sections; two sections still hold template "
             "guidance.",
             exp, why, guidance=keys("M", "E"), decoys=["0304-67 21 40", "0304-67 21 00"])
    return d, m


# ------------------------------------------------------------------ k1_07
def plan07():
    d = Doc("Plan mot kränkande behandling och diskriminering – Ängsgårdens skola", author="Stina Mård")
    d.p("Plan mot kränkande behandling och diskriminering", style="Title")
    d.p("Ängsgårdens skola F–6 och fritidshem, Norrviks kommun", style="Subtitle")
    d.p("Ängsgården fyllde 100 år i maj 2025",
        d.en("Vid jubileet den 16 maj 2025 klippte skolans äldsta tidigare elev, Greta Ahlström "
             "(240302+1476), bandet. Bilder från jubileet finns hos kommunens kommunikationsavdelning, "
             "tel. 0590-61 40 00."),
        ". Under hundra år har skolan förändrats mycket, men uppdraget är detsamma: alla barn ska "
        "känna sig trygga och respekterade här.")

    d.h("Planens giltighet")
    d.p("Planen gäller från och med 2025-08-20 och tills vidare, till dess att en ny plan har "
        "fastställts.")

    d.h("Ansvariga")
    d.p("Rektor Stina Mård ansvarar för att planen tas fram och följs upp och för att alla "
        "anmälningar utreds och anmäls till huvudmannen. Trygghetsgruppen (kurator Ida Berg, "
        "specialpedagog Hugo Lind, fritidspedagog Amal Yusuf och lärare från varje stadium) leder "
        "arbetet och utreder ärenden. Alla vuxna på skolan ansvarar för att ingripa och anmäla. "
        "Huvudmannen är barn- och utbildningsnämnden i Norrviks kommun.")

    d.h("Så har eleverna varit med")
    d.p("Elevrådet och klassråden har diskuterat vad som behöver bli bättre. Elevrådet gick en "
        "trygghetsvandring med trygghetsgruppen i maj 2025 och har läst och kommenterat utkastet i "
        "september. På fritids har barnen i fritidsrådet röstat fram vilka rastlekar som ska finnas. "
        "Elevrådet är med i uppföljningen under året (se sista avsnittet).")

    d.h("Så gick det förra året")
    d.p("I fjol bestämde vi att fritidspersonalen skulle organisera lekar på förmiddagsrasten för "
        "F–3. Det blev en succé: många fler elever var med, och anmälningarna om kränkningar på "
        "förmiddagsrasten minskade från 17 till 8.")
    d.p("I fjol bestämde vi också att alla klasser skulle skriva egna kompisregler tillsammans med "
        "sin lärare. Det blev av i alla klasser utom två.")
    d.p("Vi bestämde att eleverna i åk 5–6 skulle få utbildning om hur man beter sig på nätet. Det "
        "blev en temadag i februari.")
    d.p("Vi bestämde slutligen att en vuxen skulle finnas vid cykelstället på morgonen. Det blev så "
        "från oktober, och sedan dess har det inte kommit några anmälningar om bråk vid cykelstället "
        "(året innan kom sex).",
        d.fn("Det sista ärendet vid cykelstället gällde en elev i åk 4 (pnr 1502192642) och "
             "avslutades i september 2024, dnr BUN 2024/318."))

    d.h("Vad vi vet om tryggheten i år")
    d.p("Trivselenkäten besvarades i mars 2025 av 171 av 186 elever i åk 1–6. 90 % känner sig trygga "
        "i skolan, men bara 74 % på fritids sena eftermiddagar. Elevrådets trygghetsvandring visade att "
        "skogsdungen vid fotbollsplanen och hallen till gymnastiksalen känns otrygga. Av anmälningarna "
        "om kränkande behandling (29 under 2024/25) gällde nio utfrysning på fritids. Vi tror att "
        "otryggheten på fritids sena eftermiddagar beror på att grupperna slås ihop och att det är "
        "färre vuxna, och att skogsdungen är svår att överblicka.")

    d.h("Det här gör vi för alla")
    d.p("Vi har gemensamma värdegrundssamlingar varje måndag där rektor eller kurator tar upp ett "
        "tema, till exempel olika familjer, att vara ny i Sverige eller att ha en funktionsnedsättning. "
        "Målet är att alla elever ska känna till allas lika rättigheter. Biblioteket har en hylla med "
        "böcker som speglar alla diskrimineringsgrunder. Under ”Ängsgårdsveckan” i vecka 40 arbetar "
        "alla klasser i blandade åldersgrupper; trygghetsgruppen planerar veckan.")

    d.h("Åtgärder under kommande år")
    d.table([
        ["Mål", "Åtgärd", "Ansvarig", "Klart när"],
        ["Fler trygga på fritids sena eftermiddagar", "Två vuxna stannar till 17.30; grupperna slås inte ihop före 16.30",
         "Rektor och fritidspedagog Amal Yusuf", "Från 2025-09-01, följs upp i december"],
        ["Skogsdungen ska kännas trygg", "Rastvakt i skogsdungen och röjning av sly",
         "Biträdande rektor och vaktmästare", "Oktober 2025"],
        ["Hallen till gymnastiksalen", "Idrottsläraren möter klassen i hallen",
         "Idrottslärare", "Från v. 35"],
        ["Mindre utfrysning på fritids", "Styrda gruppaktiviteter två gånger i veckan",
         "Fritidspersonalen", "Hela läsåret, uppföljning i mars 2026"],
    ], widths=[2300, 3100, 2000, 1600])

    d.h("Om någon blir kränkt")
    n = d.new_list("decimal")
    for t in [
        "Den vuxne som ser eller hör något ingriper direkt och säger ifrån.",
        "Samma dag anmäls händelsen till rektor i kommunens digitala system.",
        "Rektor anmäler till huvudmannen i samma system.",
        "Trygghetsgruppen utreder genom samtal med alla inblandade; vårdnadshavare kontaktas.",
        "Åtgärder sätts in utifrån utredningen.",
        "Utredningen, åtgärderna och uppföljningen dokumenteras i systemet.",
        "Uppföljning efter en och fyra veckor.",
        "Om en vuxen kränker en elev utreder rektor, med stöd av HR.",
    ]:
        d.p(t, style="ListParagraph", num=(n, 0))
    d.p("Du kan alltid vända dig till en vuxen du litar på, kurator Ida Berg (tel. 0590-61 42 17) eller "
        "rektor Stina Mård (tel. 0590-61 42 10).")

    d.h("Diskrimineringsgrunderna")
    d.p("Diskriminering och trakasserier kan ha samband med kön, könsidentitet eller könsuttryck, "
        "etnisk tillhörighet, religion eller annan trosuppfattning, funktionsnedsättning, sexuell "
        "läggning och ålder.")

    d.h("Nationella minoriteter")
    d.p("I Sverige finns fem nationella minoriteter: judar, romer, samer, sverigefinnar och "
        "tornedalingar. Deras språk är jiddisch, romani chib, samiska, finska och meänkieli.")

    d.h("Så följer vi upp planen")
    d.p("Trygghetsgruppen följer upp åtgärderna i december 2025 och i mars 2026. Elevrådet och "
        "klassråden utvärderar planen i maj 2026 med hjälp av frågor som elevrådet själv tar fram, och "
        "trivselenkäten genomförs igen i mars 2026. Rektor ansvarar för att utvärderingen sammanställs "
        "i juni 2026 och blir grunden för nästa plan.")

    d.h("Till dig som vårdnadshavare")
    d.p("Planen finns på skolans webbplats.")

    exp = expected(V="partial", R="met", S="met", P="partial", Su="met", Pr="met", Pm="met", A="met",
                   D="met", M="partial", E="met", G="partial")
    why = reasons(
        V="'Från och med 2025-08-20 och tills vidare, till dess att en ny plan har fastställts' – open-ended.",
        P="Narrative ('I fjol bestämde vi att … Det blev …') covers four measures but gives effects only for the "
          "rastlekar and the cykelställ measures.",
        D="All seven grounds; 'könsidentitet eller könsuttryck' is accepted (DO's wording).",
        M="Minorities and languages listed, no action by the school.",
        E="Dec/Mar follow-up, elevråd/klassråd evaluation in May, survey, rektor compiles in June.",
        G="Only 'Planen finns på skolans webbplats'.",
    )
    m = meta("2025/26", "sv", ["förskoleklass", "grundskola", "fritidshem"],
             "Plan with friendly headings whose evaluation of last year is a narrative without a table; "
             "an endnote in the introduction and a footnote in the evaluation carry identity numbers.",
             exp, why, ids={"1502192642": "footnote", "240302+1476": "endnote"},
             decoys=["0590-61 40 00", "BUN 2024/318", "0590-61 42 17", "0590-61 42 10"])
    return d, m


# ------------------------------------------------------------------ k1_08
def plan08():
    d = Doc("Plan mot diskriminering och kränkande behandling – Furulundsskolan", author="Trygghetsgruppen")
    d.p("Plan mot diskriminering och kränkande behandling", style="Title")
    d.p("Furulundsskolan åk 7–9, Bergviks kommun", style="Subtitle")

    d.h("Planens giltighetstid")
    d.p("Planen gäller ht 2025 – vt 2026.")

    d.h("Ansvar")
    d.p("Trygghetsgruppen ansvarar för planen.")

    d.h("Elevernas delaktighet")
    d.p("Eleverna har besvarat trygghetsenkäten i april. Planen presenteras i alla klasser under "
        "mentorstid i september.")

    d.h("Utvärdering")
    d.table([
        ["Åtgärd i förra årets plan", "Genomförd?", "Effekt"],
        ["Mobilfria lektioner", "Ja, från augusti 2024",
         "Kränkningar via mobil under lektionstid minskade från 15 till 4 anmälningar"],
        ["Rastvärdar i korridoren vid matsalen", "Ja, men bara ht 2024",
         "Tryggheten vid matsalen ökade på hösten men sjönk igen under våren när rastvärdarna togs bort"],
        ["Samtalsgrupper om sexuella trakasserier i åk 8", "Ja, sex träffar",
         "Fler elever vet vart de ska vända sig (från 63 % till 85 %); två anmälningar har kommit in efteråt"],
    ], widths=[3000, 2200, 3800])

    d.h("Kartläggning")
    d.p("Trygghetsenkäten genomfördes i april 2025. Resultatet visas i diagrammet.")
    chart = d.add_image(bar_chart_png([82, 79, 81, 86, 41, 23, 18]), "trygghetsenkat")
    d.p(d.pic(chart, 12.0, 6.5, name="Diagram",
              descr="Stapeldiagram: Trygghetsenkäten april 2025, 312 av 356 elever svarade. 82 % känner "
                    "sig trygga i skolan (åk 7: 79 %, åk 8: 81 %, åk 9: 86 %). Andel som känner sig "
                    "otrygga på olika platser: omklädningsrummen 41 %, korridoren vid matsalen 23 %, "
                    "skolbussen 18 %."),
        align="center")
    d.p("Figur 1. Trygghetsenkäten april 2025.", style="Caption")
    d.p("Diagrammet visar att tryggheten har ökat något jämfört med förra året, men att "
        "omklädningsrummen fortfarande upplevs som otrygga av många elever. Vi tror att det beror på att "
        "ingen vuxen finns där före och efter idrottslektionerna. Korridoren vid matsalen sticker ut "
        "under lunchen, när rastvärdarna inte längre finns där.")

    d.h("Främjande arbete")
    d.p("Målet är att alla elever ska bemöta varandra med respekt oavsett kön, sexuell läggning, "
        "etnisk tillhörighet eller religion. I åk 8 arbetar vi med Mentorer i våldsprevention (MVP) en "
        "lektion varannan vecka; kurator Lina Dahl leder arbetet. SO-lärarna planerar en temavecka om "
        "mänskliga rättigheter i vecka 41 för hela skolan. Biblioteket lyfter fram litteratur om "
        "normer och olika livsvillkor varje månad.")

    d.h("Förebyggande åtgärder")
    d.bullets([
        [d.r("Vuxen närvaro i omklädningsrummen. ", b=True), "Ansvarig: idrottslärarna."],
        [d.r("Rastvärdar i korridoren vid matsalen under lunchen. ", b=True), "Ansvarig: biträdande rektor."],
        [d.r("Samtal om språkbruk och jargong i alla klasser. ", b=True), "Ansvarig: mentorerna."],
        [d.r("Trygga resor med skolbussen. ", b=True), "Ansvarig: kurator."],
    ])

    d.h("Rutiner för akuta situationer")
    n = d.new_list("decimal")
    for t in [
        "Personal som ser eller får veta att en elev känner sig kränkt ingriper direkt.",
        "Personalen anmäler till rektor samma dag i incidentsystemet.",
        "Rektor anmäler till huvudmannen inom en arbetsdag.",
        "Trygghetsgruppen utreder skyndsamt genom samtal med den utsatta, den som kränkt och vittnen. "
        "Vårdnadshavare informeras.",
        "Rektor beslutar om åtgärder.",
        "Allt dokumenteras i incidentsystemet.",
        "Uppföljning med eleven efter två veckor.",
        "Om personal kränker en elev utreder rektor tillsammans med HR.",
    ]:
        d.p(t, style="ListParagraph", num=(n, 0))
    d.p("Elever och vårdnadshavare kan vända sig till mentor, kurator Lina Dahl (tel. 0240-38 51 63) "
        "eller expeditionen (tel. 0240-38 50 00).")

    d.h("Diskrimineringsgrunderna")
    d.p("Diskrimineringsgrunderna är kön, etnisk tillhörighet, religion eller annan "
        "trosuppfattning, sexuell läggning och funktionshinder.")

    d.h("Nationella minoriteter")
    d.p("Judar, romer, samer, sverigefinnar och tornedalingar är Sveriges nationella minoriteter. "
        "Skolan informerar vid inskrivningen om rätten till modersmålsundervisning i finska, meänkieli, "
        "samiska, romani chib och jiddisch. I historia i åk 8 undervisar vi om minoriteternas historia "
        "och om antiziganism och antisemitism. Vi uppmärksammar samernas nationaldag och Förintelsens "
        "minnesdag den 27 januari.")

    d.h("Uppföljning och utvärdering av årets plan")
    d.p("Trygghetsgruppen följer upp åtgärderna i december 2025. Trygghetsenkäten genomförs igen i "
        "april 2026, och i juni 2026 utvärderar trygghetsgruppen planen utifrån enkätresultaten och "
        "anmälningsstatistiken. Trygghetsgruppens sammankallande ansvarar för att utvärderingen "
        "sammanställs.")

    d.h("Vårdnadshavare")
    d.p("Planen finns på skolans hemsida.")

    exp = expected(V="met", R="partial", S="partial", P="met", Su="met", Pr="met", Pm="partial",
                   A="met", D="partial", M="met", E="partial", G="partial")
    why = reasons(
        V="'ht 2025 – vt 2026' is the school year.",
        R="Only 'Trygghetsgruppen ansvarar för planen' – a group, no role or division of responsibility.",
        S="Students only answered the survey and the plan is presented to them.",
        P="Heading 'Utvärdering' but past tense; table of last year's three measures with effect.",
        Su="Trygghetsenkäten is named in the text; its results are in the chart's alt text (82 % trygga, places "
           "with %) and the text gives an analysis.",
        Pm="Four measures with owners but no time for any of them.",
        D="Five grounds only (old list) and 'funktionshinder' instead of 'funktionsnedsättning'; kön, "
          "etnisk tillhörighet, religion, sexuell läggning = four current grounds.",
        E="When (Dec, Apr, Jun), how (survey, statistics) and who (trygghetsgruppens sammankallande), but no "
          "part for the students in the evaluation.",
        G="Only 'Planen finns på skolans hemsida'.",
    )
    m = meta("2025/26", "sv", ["grundskola"],
             "Short grundskola 7–9 plan whose survey results exist only as a bar-chart image with a "
             "descriptive alt text, followed by a short analysis paragraph.",
             exp, why, decoys=["0240-38 51 63", "0240-38 50 00"], images_ok=1)
    return d, m


PLANS = [plan05, plan06, plan07, plan08]
