"""Plans k1_01 – k1_04."""
from common import Doc, expected, reasons, keys, meta, logo_png


# ------------------------------------------------------------------ k1_01
def plan01():
    d = Doc("Plan mot kränkande behandling och diskriminering 2025/26 – Solbackaskolan",
            author="Maria Lindqvist")
    d.p("Plan mot kränkande behandling och diskriminering", style="Title")
    d.p("Solbackaskolan F–6 och fritidshemmet Solstrålen, Kvarnby kommun", style="Subtitle")
    d.p("Hej! Jag heter Maria Lindqvist och är kurator på Solbackaskolan. Den här planen har jag skrivit "
        "tillsammans med trygghetsteamet, eleverna och personalen. Jag har försökt skriva den så att både "
        "vuxna och äldre elever ska kunna läsa den. Planen handlar om hur vi tillsammans ser till att ingen "
        "på vår skola eller på fritids blir kränkt, trakasserad eller diskriminerad – och vad vi gör om det "
        "ändå händer.")

    d.h("För vilken tid gäller planen?")
    d.p("Planen gäller för läsåret 2025/26, från skolstarten den 18 augusti 2025 till och med den "
        "16 augusti 2026. Då har en ny plan tagits fram, byggd på det vi lärt oss under året.")

    d.h("Vem ansvarar för vad?")
    d.p("Rektor Anders Holm har det övergripande ansvaret för att planen tas fram, följs och utvärderas, "
        "och för att alla anmälningar om kränkande behandling utreds. Rektor ansvarar också för att "
        "anmäla till huvudmannen.")
    d.p("Trygghetsteamet samordnar arbetet i vardagen. I teamet sitter jag (kurator), skolsköterskan "
        "Lena Öst, specialpedagogen Peter Jansson, två lärare (en från lågstadiet och en från "
        "mellanstadiet) och fritidspedagogen Sara Khalil. Vi träffas varannan tisdag.")
    d.p("All personal – lärare, fritidspersonal, måltidspersonal och vaktmästare – ansvarar för att "
        "reagera direkt när något händer och för att berätta för rektor. Huvudmannen, det vill säga "
        "utbildningsnämnden i Kvarnby kommun, ansvarar för att det finns en plan varje år och för att "
        "ärenden utreds skyndsamt.")

    d.h("Hur har eleverna varit med och tagit fram planen?")
    d.p("Eleverna är de som bäst vet var och när det känns otryggt. Så här har de varit med i år:")
    d.bullets([
        "I maj 2025 gick två elever från varje klass en trygghetsvandring med mig och en lärare. "
        "Eleverna ritade in trygga och otrygga platser på en karta över skolgården.",
        "I början av september 2025 pratade alla klasser på klassrådet om frågan ”Var på skolan känner "
        "du dig inte trygg?”. Klassrådens protokoll är grunden för åtgärderna längre fram i planen.",
        "Elevrådet läste utkastet till planen den 10 september 2025 och ändrade bland annat texterna "
        "som riktar sig till elever, så att de blev lättare att förstå.",
        "Fritidsrådet på Solstrålen, där barn från förskoleklass till åk 3 är med, har berättat vilka "
        "lekar som gör att alla får vara med.",
        "Elevrådet följer upp planen på sina möten i januari och maj, och är med när vi utvärderar "
        "den i slutet av läsåret.",
    ])

    d.h("Hur gick det med det vi bestämde förra året?")
    d.p("I planen för 2024/25 bestämde vi fyra åtgärder. Här berättar jag hur det gick med var och en.")
    d.p(d.r("Rastvärdar vid fotbollsplanen. ", b=True),
        "Vi gjorde ett schema så att det alltid fanns en vuxen med gul väst vid fotbollsplanen på "
        "lunchrasten. Det fungerade hela året. Antalet anmälningar om kränkningar vid fotbollsplanen "
        "minskade från 14 under 2023/24 till 5 under 2024/25, och i trygghetsenkäten ökade andelen "
        "elever som känner sig trygga på rasten från 78 % till 86 %.")
    d.p(d.r("Värdegrundslektioner en gång i månaden i åk 4–6. ", b=True),
        "Lektionerna genomfördes i åk 4 och 5 hela året men i åk 6 bara under hösten, eftersom "
        "schemat ändrades. Eleverna i åk 4 och 5 säger i utvärderingen att de vet vad kränkande "
        "behandling är och vem de kan prata med (94 % svarade ja). I åk 6 var siffran 81 %. Vi fortsätter "
        "med lektionerna och lägger in dem i schemat redan i augusti.")
    d.p(d.r("En vuxen utanför omklädningsrummen vid idrotten. ", b=True),
        "Från oktober 2024 stod en vuxen utanför omklädningsrummen. Eleverna berättar att det blivit "
        "lugnare, och antalet elever som svarade att de känner sig otrygga i omklädningsrummet sjönk "
        "från 19 % till 9 %.")
    d.p(d.r("Samtal om nätet med åk 5. ", b=True),
        "Jag höll tre lektioner om kränkningar i chattar. Åtgärden genomfördes, men vi ser i årets "
        "kartläggning att problemen i gruppchattarna har ökat något, så vi bygger ut arbetet i år.")

    d.h("Vad har vi tagit reda på i år?")
    d.p("Vi har använt flera källor: skolans trygghetsenkät som eleverna i åk 2–6 besvarade i april 2025 "
        "(212 av 240 elever svarade), trygghetsvandringen i maj, klassrådens protokoll, skolsköterskans "
        "hälsosamtal i åk 4 och statistiken över anmälningar om kränkande behandling.")
    d.p("Det här såg vi: 88 % av eleverna känner sig trygga i skolan, och 91 % på fritids. De platser "
        "som flest tycker känns otrygga är toaletterna vid matsalen, skolbussen på morgonen och "
        "klassernas gruppchattar på kvällstid. Under 2024/25 kom det in 31 anmälningar om kränkande "
        "behandling; 19 av dem gällde händelser på rasterna. Två anmälningar gällde trakasserier som "
        "hade samband med elevers etniska tillhörighet och en gällde sexuella trakasserier.")
    d.p("Vi tror att toaletterna känns otrygga eftersom de ligger en bit från där de vuxna brukar "
        "vara, och att problemen i chattarna hänger ihop med att många i åk 4 fick egen mobil i år. "
        "Kommentarerna om etnisk tillhörighet tar vi på stort allvar, och vi ser en risk att de ökar "
        "om vi inte pratar om dem.")

    d.h("Hur arbetar vi för att alla ska må bra på skolan?")
    d.p("Det främjande arbetet riktar sig till alla elever, hela tiden, och inte bara när något har "
        "hänt. Målet är att alla ska känna att de har samma värde, oavsett vem de är.")
    d.bullets([
        "Vänskapsveckan i vecka 38: alla klasser arbetar med vänskap och allas lika värde. "
        "Klasslärarna och jag planerar veckan tillsammans i augusti.",
        "Faddrar: de äldre eleverna är faddrar för förskoleklassen och åk 1. Fritidspersonalen "
        "ansvarar för faddrarnas träffar varannan vecka.",
        "Biblioteket köper in och lyfter fram böcker där alla diskrimineringsgrunder syns – "
        "till exempel böcker om olika familjer, om funktionsnedsättning och om att vara ny i Sverige. "
        "Bibliotekarien ansvarar och visar böckerna för varje klass under hösten.",
        "På fritids leker vi ”alla-får-vara-med-lekar” varje dag, som barnen själva har valt.",
    ])
    d.p("Vi vill också nämna att vi har ett särskilt ansvar för barn och elever som tillhör de "
        "nationella minoriteterna.")

    d.h("Vad ska vi göra i år för att förhindra kränkningar?")
    d.p("Utifrån det vi har sett i kartläggningen vill vi göra så här under läsåret:")
    d.p(d.r("Toaletterna vid matsalen. ", b=True),
        "Vi vill att de vuxna som har rastvakt går förbi toaletterna oftare, och att toaletterna "
        "får bättre belysning. Målet är att färre ska känna sig otrygga där.")
    d.p(d.r("Skolbussen. ", b=True),
        "Vi ska prata med bussbolaget om hur det går till på morgonbussen och om någon vuxen kan "
        "åka med vissa dagar.")
    d.p(d.r("Gruppchattarna. ", b=True),
        "Alla klasser i åk 4–6 får tre lektioner om hur man är schysst på nätet. Det är jag som håller "
        "i lektionerna under höstterminen 2025.")
    d.p(d.r("Kommentarer om etnisk tillhörighet. ", b=True),
        "Specialpedagogen tar fram ett material om rasism och fördomar som lärarna kan använda.")

    d.h("Vad gör vi när någon blir kränkt?")
    d.p("Det här gäller när ett barn eller en elev blir kränkt, trakasserad eller sexuellt trakasserad "
        "av en annan elev – och när det är en vuxen som kränker:")
    n = d.new_list("decimal")
    for t in [
        "Den vuxne som ser eller får höra om det ingriper direkt och säger ifrån.",
        "Den vuxne berättar för rektor samma dag genom att fylla i anmälan i kommunens "
        "incidentsystem. Det gäller även när eleven själv tycker sig ha blivit kränkt.",
        "Rektor anmäler vidare till huvudmannen i incidentsystemet, senast dagen efter.",
        "Mentor eller någon i trygghetsteamet utreder skyndsamt: pratar med den som blivit utsatt, "
        "med den eller de som har kränkt och med vittnen. Vårdnadshavarna informeras samma dag.",
        "Utifrån utredningen bestämmer rektor vilka åtgärder som behövs för att det ska sluta.",
        "Allt som görs dokumenteras i incidentsystemet.",
        "Efter två veckor följer vi upp med eleven och vårdnadshavarna. Ärendet avslutas först "
        "när kränkningarna har upphört.",
        "Om det är en vuxen på skolan som har kränkt en elev utreder rektor själv ärendet, "
        "tillsammans med HR. Om det är rektor som misstänks utreder huvudmannen.",
    ]:
        d.p(t, style="ListParagraph", num=(n, 0))
    d.p(d.r("Vem kan jag prata med? ", b=True),
        "Alla vuxna på skolan. Du kan också alltid komma till mig, Maria Lindqvist, kurator, "
        "tel. 0512-48 31 20, eller till rektor Anders Holm, tel. 070-214 55 83.")

    d.h("Vad betyder orden?")
    d.p(d.r("Kränkande behandling ", b=True),
        "är när någon blir illa behandlad på ett sätt som gör att hen känner sig ledsen, rädd eller "
        "mindre värd, och det inte har med någon diskrimineringsgrund att göra. Det kan vara att bli "
        "retad, knuffad, utfrusen eller få elaka meddelanden.")
    d.p(d.r("Diskriminering ", b=True),
        "är när skolan behandlar någon sämre än andra, och det har samband med någon av de sju "
        "diskrimineringsgrunderna. ", d.r("Trakasserier ", b=True),
        "är kränkningar som har samband med en diskrimineringsgrund, och ",
        d.r("sexuella trakasserier ", b=True), "är kränkningar av sexuell natur.")
    d.p("De sju diskrimineringsgrunderna är:")
    d.bullets([
        "kön – att vara flicka eller pojke, kvinna eller man,",
        "könsöverskridande identitet eller uttryck – att inte känna sig som eller klä sig som "
        "det kön man fick när man föddes,",
        "etnisk tillhörighet – till exempel var man eller ens familj kommer ifrån och vilken "
        "hudfärg man har,",
        "religion eller annan trosuppfattning – vad man tror på,",
        "funktionsnedsättning – till exempel att ha svårt att höra, se eller koncentrera sig,",
        "sexuell läggning – vem man blir kär i,",
        "ålder – hur gammal man är.",
    ])

    d.h("Hur ska vi veta om planen fungerar?")
    d.p("I januari 2026 följer trygghetsteamet upp åtgärderna på ett möte, och elevrådet går igenom "
        "dem på sitt möte i februari. I april 2026 besvarar eleverna trygghetsenkäten igen. I maj 2026 "
        "utvärderar vi hela planen: klassråden och elevrådet svarar på frågan om åtgärderna har hjälpt, "
        "och personalen utvärderar på arbetsplatsträffen den 3 juni. Rektor ansvarar för att "
        "utvärderingen blir gjord och för att resultatet används i nästa års plan.")

    d.h("Hur får ni som vårdnadshavare veta mer?")
    d.p("Planen finns på skolans webbplats och i SchoolSoft. Vi skickar också ett kort "
        "informationsbrev hem till alla familjer i september.")
    d.p("Varma hälsningar,")
    d.p("Maria Lindqvist, kurator, och trygghetsteamet på Solbackaskolan")

    exp = expected(V="met", R="met", S="met", P="met", Su="met", Pr="met", Pm="partial", A="met",
                   D="met", M="partial", E="met", G="partial")
    why = reasons(
        V="'läsåret 2025/26, från 18 augusti 2025 till och med 16 augusti 2026' – twelve months.",
        S="Trygghetsvandring with students, klassråd, elevråd edited the draft, elevråd follows up in January and May.",
        P="Each of the four 2024/25 measures is accounted for with how it went and its effect (figures).",
        Pm="Four narrative measures; only the chat lessons have both owner (kurator) and time (ht 2025); "
           "the others lack owner and/or time.",
        M="Only one sentence saying the school has a special responsibility for national minorities; "
          "no minorities named, no actions.",
        E="When (jan/feb/apr/may/3 June 2026), how (team meeting, survey, klassråd/elevråd, APT), who (rektor) "
          "and students' part are all given.",
        G="Only information: the plan is on the website/SchoolSoft and a letter is sent home; no way for "
          "guardians to take part or influence.",
    )
    m = meta("2025/26", "sv", ["förskoleklass", "grundskola", "fritidshem"],
             "Warm first-person plan by the school kurator with question-style headings "
             "(\"Vad gör vi när någon blir kränkt?\") and prose sections, no tables.",
             exp, why, decoys=["0512-48 31 20", "070-214 55 83"])
    return d, m


# ------------------------------------------------------------------ k1_02
PROGRAMMES = [
    ("Naturvetenskapsprogrammet (NA)", "programrektor Johan Bergström", [
        ("Hög stress och jämförelser av betyg leder till nedsättande kommentarer i klassrummet.",
         "Mentorerna håller två lektioner om studiero och respekt i varje NA-klass.",
         "Mentorer NA, samordnas av programrektor", "v. 38 och v. 4"),
        ("Kränkande kommentarer i klassernas chattar inför prov.",
         "Tydliga chattregler tas fram tillsammans med klassråden.",
         "Programrektor NA och klassråden", "Senast 30 oktober 2025"),
    ]),
    ("Samhällsvetenskapsprogrammet (SA)", "programrektor Amira Haddad", [
        ("Debatter om religion och politik glider över i trakasserier.",
         "Lärarna i samhällskunskap och religion använder en gemensam samtalsmodell för svåra samtal.",
         "Ämneslag SO", "Från ht 2025, utvärderas i mars 2026"),
        ("Elever som är nya i Sverige känner sig utanför i grupparbeten.",
         "Blandade grupper som läraren sätter ihop i alla kurser åk 1.",
         "Mentorer SA åk 1", "Hela läsåret, kontroll i december 2025"),
    ]),
    ("Ekonomiprogrammet (EK)", "programrektor Johan Bergström", [
        ("Uteslutning från sociala aktiviteter i samband med UF-företagen.",
         "UF-handledarna går igenom likabehandling när företagsgrupperna bildas.",
         "UF-handledare", "September 2025"),
        ("Nedsättande kommentarer om utseende och kläder.",
         "Temadag om normer och utseendeideal för åk 2.",
         "Kurator och mentorer EK", "v. 47"),
    ]),
    ("El- och energiprogrammet (EE)", "programrektor Niklas Holm", [
        ("Sexistiska skämt och kommentarer i verkstäderna; få flickor i grupperna.",
         "Alla verkstadslärare går utbildningen Mentorer i våldsprevention (MVP) och inför MVP-pass.",
         "Programrektor EE", "Utbildning ht 2025, pass från januari 2026"),
        ("Otrygghet i omklädningsrummet vid verkstaden.",
         "Ombyggnad med enskilda omklädningsbås; vuxen närvaro vid passens början.",
         "Rektor (lokaler) och verkstadslärare", "Ombyggnad klar februari 2026"),
        ("Jargong som riktar sig mot sexuell läggning.",
         "Verkstadsregler om språkbruk tas fram med eleverna och sätts upp i alla lokaler.",
         "Verkstadslärare och klassråd EE", "Senast 15 oktober 2025"),
    ]),
    ("Vård- och omsorgsprogrammet (VO)", "programrektor Amira Haddad", [
        ("Sexuella trakasserier från vårdtagare och handledare under APL.",
         "APL-samordnaren går igenom rutinen för trakasserier med alla elever före varje APL-period.",
         "APL-samordnare", "Före varje APL-period (okt 2025, mars 2026)"),
        ("Elever vet inte vem de ska vända sig till under APL.",
         "Kontaktkort med namn och telefonnummer delas ut till alla elever.",
         "APL-samordnare och mentorer VO", "Oktober 2025"),
    ]),
]


def plan02():
    d = Doc("Plan mot diskriminering och kränkande behandling – Västerbro gymnasium 2025/26",
            author="Karin Ek")
    d.p("Plan mot diskriminering och kränkande behandling", style="Title")
    d.p("Västerbro gymnasium – läsåret 2025/26", style="Subtitle")
    d.toc([(1, "1 Grunduppgifter", 2), (1, "2 Ansvarsfördelning", 2), (1, "3 Elevernas delaktighet", 3),
           (1, "4 Utvärdering av föregående års plan", 3), (1, "5 Kartläggning och analys", 4),
           (1, "6 Främjande arbete", 5), (1, "7 Förebyggande åtgärder per program", 6),
           (1, "8 Rutiner för akuta situationer", 11), (1, "9 Nationella minoriteter", 14),
           (1, "10 Diskrimineringsgrunder och begrepp", 15), (1, "11 Uppföljning och utvärdering", 16),
           (1, "12 Information om planen", 16)])
    d.pagebreak()

    d.h("1 Grunduppgifter")
    d.table([
        ["Uppgift", "Innehåll"],
        ["Skola", "Västerbro gymnasium"],
        ["Skolenhetskod", "73512846"],
        ["Verksamhetsform", "Gymnasieskola (NA, SA, EK, EE, VO)"],
        ["Huvudman", "Gymnasienämnden, Hamnstads kommun (org.nr 212000-1454)"],
        ["Planen gäller", "2025-09-01 – 2026-08-31"],
        ["Ansvarig för planen", "Rektor Karin Ek"],
        ["Antal elever", "1 420"],
    ], widths=[3000, 6000])

    d.h("2 Ansvarsfördelning")
    d.p("Rektor Karin Ek ansvarar för att planen upprättas, följs upp och revideras varje år, för att "
        "all personal känner till den och för att anmälningar om kränkande behandling och trakasserier "
        "utreds. Programrektorerna ansvarar för att åtgärderna inom respektive program genomförs och "
        "följs upp. Trygghetsteamet (två kuratorer, skolsköterska, specialpedagog och en "
        "biträdande rektor) samordnar arbetet och genomför utredningar på rektors uppdrag. Mentorerna "
        "ansvarar för att planen gås igenom med eleverna. All personal är skyldig att ingripa och "
        "anmäla.")

    d.h("3 Elevernas delaktighet")
    d.p("Elevkårens styrelse deltog i en workshop den 21 augusti 2025 där årets risker och åtgärder "
        "diskuterades. Varje program har ett programråd med elevrepresentanter som har gått igenom "
        "riskerna för sitt program och föreslagit åtgärder; flera av åtgärderna i avsnitt 7 kommer "
        "direkt från programråden. Klassråden har diskuterat utkastet under vecka 36 och lämnat "
        "synpunkter som har arbetats in i planen.")

    d.h("4 Utvärdering av föregående års plan")
    d.p("Förra årets åtgärder har i huvudsak genomförts enligt planen. Utvärderingen i programlagen i "
        "juni 2025 visade att arbetet har fungerat bra och att eleverna överlag är nöjda med "
        "tryggheten på skolan. Några åtgärder har inte hunnit slutföras och har flyttats över till "
        "årets plan.")

    d.h("5 Kartläggning och analys")
    d.p("Kartläggningen bygger på Skolinspektionens skolenkät (vt 2025, åk 2), skolans egen "
        "trygghetsenkät i mars 2025 (svarsfrekvens 1 140 av 1 420 elever), anmälningar om kränkande "
        "behandling under läsåret 2024/25, trygghetsvandringar som elevkåren genomförde i april och "
        "samtal i programråden.")
    d.p("I trygghetsenkäten svarar 91 % att de känner sig trygga på skolan. Lägst är andelen på "
        "El- och energiprogrammet (78 %), där eleverna beskriver en hård jargong i verkstäderna. På "
        "Vård- och omsorgsprogrammet har 14 elever berättat om sexuella trakasserier under APL. "
        "Elevkårens trygghetsvandring pekade ut omklädningsrummet vid verkstaden och trapphuset vid "
        "bibliotekets baksida. Vår analys är att riskerna hänger ihop med miljöer där få vuxna finns "
        "och där normer kring kön och sexuell läggning är starka.")
    d.p("Anmälningar om kränkande behandling och trakasserier 2024/25:")
    d.table([
        ["Program", "Anmälningar", "Varav trakasserier", "Kommentar"],
        ["NA", "9", "1", "Mest kommentarer i chattar inför prov"],
        ["SA", "12", "4", "Två ärenden med koppling till religion"],
        ["EK", "7", "0", "–"],
        ["EE", "24", "9", "Ärende GYN 2025/412 gällande elev 200803154285 överlämnat till socialtjänsten"],
        ["VO", "16", "14", "Trakasserierna skedde under APL"],
    ], widths=[1200, 1700, 2100, 4000])

    d.h("6 Främjande arbete")
    d.p("Västerbro gymnasium ska vara en skola där alla känner sig trygga och välkomna. Vi har "
        "nolltolerans mot alla former av kränkningar, trakasserier och diskriminering. Alla elever "
        "ska bemötas med respekt, och vi arbetar för allas lika värde i enlighet med läroplanens "
        "värdegrund.")

    d.h("7 Förebyggande åtgärder per program")
    d.p("Åtgärderna bygger på kartläggningen i avsnitt 5. Varje program har egna risker och "
        "åtgärder.")
    for k, (name, owner, rows) in enumerate(PROGRAMMES, start=1):
        d.h("7.%d %s" % (k, name), 2)
        d.p("Programansvarig: %s." % owner)
        d.table([["Risk", "Åtgärd", "Ansvarig", "Tidpunkt"]] + [list(r_) for r_ in rows],
                widths=[2600, 3000, 1900, 1500])

    d.h("8 Rutiner för akuta situationer")
    d.p("Rutinen gäller kränkande behandling, trakasserier och sexuella trakasserier, både mellan "
        "elever och när personal kränker en elev.")
    n = d.new_list("steps")
    for t in [
        "Den som ser eller får veta att en elev upplever sig kränkt ingriper direkt.",
        "Personalen anmäler samma dag till rektor via incidentsystemet.",
        "Trygghetsteamet påbörjar en utredning inom en vecka: samtal med den utsatta, den eller de "
        "som utfört kränkningen och eventuella vittnen. Vårdnadshavare till elever under 18 år "
        "informeras.",
        "Rektor beslutar om åtgärder utifrån utredningen.",
        "Utredning och åtgärder dokumenteras i incidentsystemet.",
        "Uppföljning med eleven efter två till tre veckor. Ärendet avslutas när kränkningarna upphört.",
        "Om en anställd misstänks ha kränkt en elev utreder rektor ärendet tillsammans med HR.",
    ]:
        d.p(t, style="ListParagraph", num=(n, 0))
    d.p(d.r("Kontaktpersoner: ", b=True),
        "Kurator Elin Strand, tel. 031-366 42 18; kurator Omar Said, tel. 031-366 42 19; "
        "rektor Karin Ek, växel 031-366 40 00.")

    d.h("9 Diskrimineringsgrunder och begrepp")
    d.p("Diskriminering är när en elev missgynnas och det har samband med någon av "
        "diskrimineringsgrunderna: kön, könsöverskridande identitet eller uttryck, etnisk "
        "tillhörighet, religion eller annan trosuppfattning, funktionsnedsättning, sexuell läggning "
        "och ålder. Trakasserier är uppträdanden som kränker en elevs värdighet och som har samband "
        "med någon av grunderna. Sexuella trakasserier är uppträdanden av sexuell natur som kränker "
        "någons värdighet. Kränkande behandling är uppträdanden som kränker värdigheten men som inte "
        "har samband med någon diskrimineringsgrund.")

    d.h("10 Uppföljning och utvärdering")
    d.p("Planen utvärderas i juni varje år.")

    d.h("11 Information om planen")
    d.p("Planen publiceras på skolans webbplats och presenteras för eleverna av mentorerna vid "
        "läsårsstart. Vårdnadshavare till elever i åk 1 får information om planen via Vklass.")

    exp = expected(V="met", R="met", S="met", P="partial", Su="met", Pr="partial", Pm="met",
                   A="partial", D="met", M="missing", E="partial", G="partial")
    why = reasons(
        P="Only a general statement ('har i huvudsak genomförts … fungerat bra'); no measure-by-measure "
          "account and no effects.",
        Pr="Vision and slogans only (trygga och välkomna, nolltolerans, allas lika värde enligt läroplanen); "
           "no concrete promotive activity.",
        Pm="Five programme tables; every row has risk, measure, owner and time.",
        A="Act, report to rektor, investigate, measures, document and follow-up are there, but the step "
          "'rektor reports to the huvudman' is missing.",
        M="Listed only in the table of contents ('9 Nationella minoriteter … 14'); no such section or text in the body.",
        E="Only when ('Planen utvärderas i juni varje år'); no how, who or students' part.",
        G="Information only (website, mentors, Vklass); no guardian participation.",
    )
    m = meta("2025/26", "sv", ["gymnasieskola"],
             "Large municipal gymnasium plan with a field TOC, a front-page facts table and one "
             "sub-section per programme (five), each with a Risk | Åtgärd | Ansvarig | Tidpunkt table.",
             exp, why, ids={"200803154285": "table"},
             decoys=["73512846", "212000-1454", "GYN 2025/412", "031-366 42 18", "031-366 42 19",
                     "031-366 40 00", "2025-09-01 – 2026-08-31"])
    return d, m


# ------------------------------------------------------------------ k1_03
def plan03():
    d = Doc("Likabehandlingsplan och plan mot kränkande behandling – Ekåsens skola",
            author="Lennart Sjöberg")
    d.p("Likabehandlingsplan och plan mot kränkande behandling", style="Title")
    d.p("Ekåsens skola, åk 7–9, Brattby kommun", style="Subtitle")
    d.p("Planen är upprättad enligt 6 kap. skollagen (2010:800), diskrimineringslagen (2008:567) och "
        "förordningen (2006:1083) om barns och elevers deltagande i arbetet med planer mot "
        "diskriminering och kränkande behandling, samt utifrån Skolverkets allmänna råd för arbetet "
        "mot diskriminering och kränkande behandling (SKOLFS 2012:10).")

    d.h("Grunduppgifter")
    d.table([
        ["Verksamhetsform som omfattas av planen", "Grundskola åk 7–9"],
        ["Ansvarig för planen", "Rektor Lennart Sjöberg"],
        ["Planen gäller från", "2025-10-01"],
        ["Planen gäller till", "2026-09-30"],
    ], header=False, widths=[4000, 5000])

    d.h("Vår vision")
    d.p("På Ekåsens skola ska alla elever känna sig trygga och respekterade. Ingen ska utsättas för "
        "diskriminering, trakasserier eller kränkande behandling.")

    d.h("Ansvarsfördelning")
    d.p("Rektor ansvarar för att planen upprättas och utvärderas varje år, att personalen känner till "
        "den och att anmälningar utreds. Likabehandlingsgruppen – kurator Britt Axelsson, biträdande "
        "rektor Emil Nord och lärarna Hanna Lund och Ali Rezai – samordnar arbetet och genomför "
        "utredningar. Mentorerna ansvarar för att planen gås igenom i klasserna. Huvudmannen "
        "(barn- och utbildningsnämnden) ansvarar för att planen finns och för att ärenden utreds.")

    d.h("Elevernas delaktighet")
    d.p("Planen presenteras för eleverna på klassråden i oktober och en förkortad version sätts upp i "
        "varje klassrum.")

    d.h("Vårdnadshavarnas delaktighet")
    d.p("Föräldrarådet fick utkastet till planen på remiss i september 2025 och lämnade synpunkter, "
        "bland annat om skolbussarna. Vårdnadshavarna besvarar varje år en föräldraenkät i april. "
        "Planen presenteras på höstens föräldramöten och finns på skolans hemsida.")

    d.h("Personalens delaktighet")
    d.p("Personalen har diskuterat planen på arbetsplatsträffar i augusti och september.")

    d.h("Förankring av planen")
    d.p("Planen förankras hos elever genom klassråden och hos personalen på arbetsplatsträffar.")

    d.h("Utvärdering")
    d.fake_h("Beskriv hur fjolårets plan har utvärderats", size=22)
    d.p("Någon utvärdering av föregående plan har inte gjorts eftersom planen är ny.")

    d.h("Kartläggning och nulägesanalys")
    d.fake_h("Kartläggningsmetoder", size=22)
    d.p("Trivselenkät till alla elever i mars 2025 (198 av 231 elever svarade), trygghetsvandring "
        "med personal i april, samtal i mentorsgrupperna och sammanställning av anmälningar.")
    d.fake_h("Områden som berörs i kartläggningen", size=22)
    d.p("Kränkande behandling, kön, etnisk tillhörighet, religion eller annan trosuppfattning, "
        "funktionshinder, sexuell läggning och ålder.")
    d.fake_h("Resultat och analys", size=22)
    d.p("84 % av eleverna känner sig trygga i skolan. Omklädningsrummen vid idrottshallen och "
        "korridoren vid skåpen i B-huset upplevs som otrygga. 17 % har hört nedsättande ord om "
        "sexuell läggning minst en gång i veckan. Under våren har två allvarliga ärenden utretts",
        d.dele(", bland annat gällande eleven med personnummer 110407-2382 i klass 8B (tfn hem "
               "0523-194 27)", "Emil Nord"),
        ". Vi bedömer att jargongen i omklädningsrummen är den största risken, eftersom inga vuxna "
        "finns där.")

    d.h("Förebyggande och främjande arbete")
    items = [
        ("Främjande insats", "Gemensamma värdegrundsdagar", "Alla diskrimineringsgrunder",
         "Att alla elever ska känna till elevernas rättigheter och skolans värdegrund. Följs upp i trivselenkäten.",
         "Två temadagar per läsår där åk 7–9 arbetar i blandade grupper med normer och rättigheter.",
         "Likabehandlingsgruppen", "Oktober 2025 och mars 2026"),
        ("Främjande insats", "Jämställd idrott", "Kön, könsöverskridande identitet eller uttryck",
         "Att alla elever ska kunna delta i idrotten på lika villkor.",
         "Idrottslärarna planerar undervisningen så att grupperna blandas och erbjuder enskilt omklädningsrum.",
         "Idrottslärarna", "Löpande, följs upp i december"),
        ("Förebyggande åtgärd", "Vuxna i omklädningsrummen", "Kränkande behandling, sexuell läggning",
         "Att andelen som känner sig otrygga i omklädningsrummen ska halveras.",
         "En vuxen finns i anslutning till omklädningsrummen före och efter varje idrottslektion.",
         "Rektor", ""),
        ("Förebyggande åtgärd", "Skåpkorridoren i B-huset", "Kränkande behandling",
         "Att korridoren ska upplevas som trygg.",
         "Rastvaktsschemat utökas så att korridoren bevakas under långrasten.",
         "Biträdande rektor", ""),
        ("Förebyggande åtgärd", "Språkbruk", "Sexuell läggning, kön",
         "Att nedsättande ord om sexuell läggning ska minska.",
         "Mentorerna håller samtal om språkbruk i alla klasser.",
         "Mentorerna", "Vecka 45"),
    ]
    for kind, name, areas, goal, action, owner, date in items:
        d.fake_h("%s: %s" % (kind, name), size=22)
        d.p(d.r("Områden som berörs av insatsen: ", b=True), areas)
        d.p(d.r("Mål och uppföljning: ", b=True), goal)
        d.p(d.r("Insats: ", b=True), action)
        d.p(d.r("Ansvarig: ", b=True), owner)
        d.p(d.r("Datum när det ska vara klart: ", b=True), date)

    d.h("Rutiner för akuta situationer")
    d.fake_h("Policy", size=22)
    d.p("På Ekåsens skola accepteras inga former av diskriminering, trakasserier eller kränkande "
        "behandling.")
    d.fake_h("Rutiner för att tidigt upptäcka trakasserier och kränkande behandling", size=22)
    d.p("Rastvakter, mentorssamtal varje vecka, trivselenkät och elevhälsosamtal i åk 8.")
    d.fake_h("Personal som elever och föräldrar kan vända sig till", size=22)
    d.p("Mentor, kurator Britt Axelsson (tel. 0523-194 30), biträdande rektor Emil Nord "
        "(tel. 0523-194 12) och rektor Lennart Sjöberg (tel. 0523-194 10).")
    d.fake_h("Rutiner för att utreda och åtgärda när elev kränks av andra elever", size=22)
    n = d.new_list("decimal")
    for t in [
        "Personal som ser eller får kännedom om en kränkning ingriper omedelbart.",
        "Personalen anmäler samma dag till rektor på skolans blankett.",
        "Rektor anmäler till huvudmannen (barn- och utbildningsnämnden) inom en vecka.",
        "Likabehandlingsgruppen utreder skyndsamt genom samtal med de inblandade. "
        "Vårdnadshavare kontaktas samma dag.",
        "Rektor beslutar om åtgärder, till exempel samtal, ändrad gruppindelning eller ökad tillsyn.",
        "Uppföljningssamtal med den utsatta eleven efter en vecka och efter en månad.",
    ]:
        d.p(t, style="ListParagraph", num=(n, 0))
    d.fake_h("Rutiner för att utreda och åtgärda när elev kränks av personal", size=22)
    d.p("Anmälan görs till rektor, som utreder ärendet och anmäler till huvudmannen. Om rektor är "
        "inblandad utreder huvudmannen. Ärendet hanteras också som ett personalärende.")
    d.fake_h("Rutiner för uppföljning", size=22)
    d.p("Likabehandlingsgruppen följer upp varje ärende tills kränkningarna har upphört.")
    d.fake_h("Rutiner för dokumentation", size=22)
    d.p("Alla ärenden dokumenteras på skolans blankett och förvaras hos rektor. Dokumentationen "
        "omfattar anmälan, utredning, åtgärder och uppföljning.")

    d.h("Diskrimineringsgrunderna")
    for g, txt in [
        ("Kön", "Att någon är kvinna eller man."),
        ("Könsöverskridande identitet eller uttryck", "Att någon inte identifierar sig som kvinna eller man eller genom sin klädsel eller på annat sätt ger uttryck för att tillhöra ett annat kön."),
        ("Etnisk tillhörighet", "Nationellt eller etniskt ursprung, hudfärg eller annat liknande förhållande."),
        ("Religion eller annan trosuppfattning", "Till exempel kristendom, islam, judendom, buddism eller ateism."),
        ("Funktionshinder", "Varaktiga fysiska, psykiska eller begåvningsmässiga begränsningar av en persons funktionsförmåga."),
        ("Sexuell läggning", "Homosexuell, bisexuell eller heterosexuell läggning."),
        ("Ålder", "Uppnådd levnadslängd."),
    ]:
        d.p(d.r(g + ": ", b=True), txt)

    d.h("Uppföljning och utvärdering av likabehandlingsplanen")
    d.p("Planen utvärderas i juni 2026 av likabehandlingsgruppen.")

    exp = expected(V="met", R="met", S="partial", P="missing", Su="met", Pr="met", Pm="partial",
                   A="met", D="partial", M="missing", E="partial", G="met")
    why = reasons(
        S="Participation only as information (plan presented on klassråd, short version in classrooms); "
          "students appear otherwise only as survey respondents.",
        P="Only the negative statement 'Någon utvärdering … har inte gjorts eftersom planen är ny' (the school is "
          "not new).",
        Pr="Two promotive items (värdegrundsdagar, jämställd idrott) with goal, owner and time, tied to the grounds.",
        Pm="Three preventive items have owners, but two of three have an empty 'Datum när det ska vara klart'.",
        A="Act, report to rektor, rektor reports to huvudman, investigate, measures, follow-up, documentation, "
          "staff-on-student routine and contacts.",
        D="Old-template list uses 'funktionshinder' instead of 'funktionsnedsättning' – six current grounds.",
        M="National minorities are not mentioned.",
        E="When (juni 2026) and who (likabehandlingsgruppen) only; no method and no students' part.",
        G="Föräldrarådet commented on the draft, föräldraenkät each April, föräldramöten and website.",
    )
    m = meta("2025/26", "sv", ["grundskola"],
             "Old 2012-era DO/Skolverket template (likabehandlingsplan, 'Förebyggande och främjande "
             "arbete', 'Kartläggning och nulägesanalys') with bold pseudo-headings, field-by-field "
             "measures and a tracked deletion in the survey text.",
             exp, why, not_done=keys("P"), ids={"110407-2382": "tracked_deletion"},
             decoys=["0523-194 27", "0523-194 30", "0523-194 12", "0523-194 10", "SKOLFS 2012:10"])
    return d, m


# ------------------------------------------------------------------ k1_04
def plan04():
    d = Doc("Plan mot kränkande behandling och diskriminering – Björkhagaskolan 2025/26",
            author="Trygghetsteamet")
    logo = d.add_image(logo_png((30, 110, 60)), "logo")
    d.p(d.pic(logo, 2.5, 2.5, name="Logotyp"), align="center")
    d.p("Björkhagaskolan F–9 och fritidshem", style="Title")
    d.p("Plan mot kränkande behandling och diskriminering – läsåret 2025/26", style="Subtitle")

    def lvl1(n, text):
        d.p(text, style="ListParagraph", num=(n, 0))

    def lvl2(n, label, text):
        d.p(d.r(label + ": ", b=True), text, style="ListParagraph", num=(n, 1))

    d.h("1. Ansvar")
    d.p("Trygghetsteamet ansvarar för planen och för att den följs.")

    d.h("2. Elevernas delaktighet")
    n = d.new_list("decimal")
    lvl1(n, "Klassråd i alla klasser F–9")
    lvl2(n, "När", "vecka 34–35, 2025")
    lvl2(n, "Vad", "eleverna markerade otrygga platser och föreslog åtgärder")
    lvl1(n, "Elevrådet")
    lvl2(n, "När", "2025-09-09")
    lvl2(n, "Vad", "granskade utkastet och prioriterade bland åtgärderna i avsnitt 6")
    lvl1(n, "Elevskyddsombuden i åk 7–9")
    lvl2(n, "När", "december 2025 och maj 2026")
    lvl2(n, "Vad", "följer upp åtgärderna tillsammans med trygghetsteamet")
    lvl1(n, "Fritidsrådet")
    lvl2(n, "Vad", "barnen på fritidshemmet har ritat kartor över trygga och otrygga platser")

    d.h("3. Utvärdering av förra årets åtgärder")
    n = d.new_list("decimal")
    lvl1(n, "Rastaktiviteter med fritidspersonal på lunchrasten (F–6)")
    lvl2(n, "Genomfört", "ja, fyra dagar i veckan hela läsåret")
    lvl2(n, "Effekt", "anmälningarna om kränkningar på rasten minskade från 22 till 12; fler elever deltar i lekarna")
    lvl1(n, "Mobilfri skoldag i åk 7–9")
    lvl2(n, "Genomfört", "ja, från januari 2025")
    lvl2(n, "Effekt", "kränkningar via mobilen under skoltid minskade från 9 till 2 anmälningar; elevskyddsombuden beskriver lugnare raster")
    lvl1(n, "Värdegrundslektioner om sexuella trakasserier i åk 8")
    lvl2(n, "Genomfört", "delvis – två av tre klasser")
    lvl2(n, "Effekt", "i de två klasserna vet 90 % vart de ska vända sig; i klassen som inte fick lektionerna 61 %. Lektionerna ges till alla klasser i år")

    d.h("4. Kartläggning")
    n = d.new_list("decimal")
    lvl1(n, "Trivselenkät för åk 2–9 i april 2025")
    lvl1(n, "Skolinspektionens skolenkät i åk 5 och 9")
    lvl1(n, "Trygghetsvandring med elevskyddsombuden i maj 2025")
    lvl1(n, "Sammanställning av anmälningar om kränkande behandling")
    d.p("Resultaten har sammanställts och diskuterats i arbetslagen.")

    d.h("5. Främjande arbete")
    n = d.new_list("decimal")
    lvl1(n, "Värdegrundslektioner en gång i månaden i alla klasser")
    lvl2(n, "Mål", "alla elever känner till diskrimineringsgrunderna och skolans ordningsregler")
    lvl2(n, "Ansvarig", "mentorerna")
    lvl2(n, "När", "första måndagen varje månad")
    lvl1(n, "Normkritisk granskning av läromedel")
    lvl2(n, "Mål", "läromedlen ska spegla olika familjer, funktionsnedsättningar, religioner och etniska bakgrunder")
    lvl2(n, "Ansvarig", "ämneslagen")
    lvl2(n, "När", "ht 2025")
    lvl1(n, "Mixade rastlekar F–6 med fritidspersonalen")
    lvl2(n, "Mål", "att flickor och pojkar i olika åldrar leker tillsammans")
    lvl2(n, "Ansvarig", "fritidspersonalen")
    lvl2(n, "När", "varje dag på lunchrasten")

    d.h("6. Förebyggande åtgärder")
    n = d.new_list("decimal")
    for name, goal, owner, when, follow in [
        ("Vuxen närvaro i omklädningsrummen vid idrott", "färre än 5 % känner sig otrygga i omklädningsrummen",
         "idrottslärarna och rektor", "från vecka 34", "trivselenkäten april 2026"),
        ("Lektioner om sexuella trakasserier i alla klasser i åk 8", "alla elever vet vad sexuella trakasserier är och vart de vänder sig",
         "kurator och mentorer åk 8", "vecka 45–47", "elevskyddsombudens uppföljning i december"),
        ("Rastvakt i korridoren vid matsalen", "inga anmälningar om kränkningar i matsalskön",
         "biträdande rektor (schema)", "från 2025-09-01", "anmälningsstatistik varje månad"),
        ("Samtal om nätet och sociala medier i åk 4–6", "färre kränkningar i klassernas chattar",
         "IT-pedagog och mentorer", "oktober 2025", "klassrådens utvärdering i januari"),
    ]:
        lvl1(n, name)
        lvl2(n, "Mål", goal)
        lvl2(n, "Ansvarig", owner)
        lvl2(n, "När", when)
        lvl2(n, "Uppföljning", follow)

    d.h("7. Nationella minoriteter")
    d.p("De fem nationella minoriteterna är judar, romer, samer, sverigefinnar och tornedalingar, och "
        "minoritetsspråken är jiddisch, romani chib, samiska, finska och meänkieli.")
    n = d.new_list("decimal")
    lvl1(n, "Information om rätten till modersmålsundervisning i ett minoritetsspråk")
    lvl2(n, "Hur", "vid inskrivning och i välkomstbrevet till nya elever")
    lvl2(n, "Ansvarig", "skoladministratören")
    lvl1(n, "Uppmärksamma minoriteternas dagar")
    lvl2(n, "Hur", "samernas nationaldag 6 februari, sverigefinnarnas dag 24 februari och romernas nationaldag 8 april i samlingar och på biblioteket")
    lvl2(n, "Ansvarig", "bibliotekarien och SO-lärarna")
    lvl1(n, "Undervisning om minoriteternas kultur, språk, religion och historia")
    lvl2(n, "Hur", "tema i åk 4–6 under vt 2026; i åk 7–9 inom historia")
    lvl1(n, "Motverka antiziganism, antisemitism och rasism mot samer")
    lvl2(n, "Hur", "frågor om detta läggs till i trivselenkäten; kommentarer följs upp av trygghetsteamet")

    d.h("8. Diskrimineringsgrunderna")
    n = d.new_list("decimal")
    for g in ["kön", "könsöverskridande identitet eller uttryck", "etnisk tillhörighet",
              "religion eller annan trosuppfattning", "funktionsnedsättning", "sexuell läggning", "ålder"]:
        lvl1(n, g)

    d.h("9. Rutiner vid kränkningar")
    n = d.new_list("steps")
    for t in [
        "Personal som ser eller får veta något ingriper direkt.",
        "Personalen anmäler till rektor samma dag i incidentsystemet.",
        "Rektor anmäler till huvudmannen inom två arbetsdagar.",
        "Trygghetsteamet utreder: samtal med den utsatta, den som kränkt och vittnen. "
        "Vårdnadshavare kontaktas samma dag.",
        "Rektor beslutar om åtgärder.",
        "Utredning, åtgärder och uppföljning dokumenteras i incidentsystemet.",
        "Uppföljning efter två veckor; ärendet avslutas när kränkningarna har upphört.",
    ]:
        d.p(t, style="ListParagraph", num=(n, 0))
    d.p(d.r("Om personal kränker en elev: ", b=True),
        "rektor utreder tillsammans med HR och anmäler till huvudmannen.", style="ListParagraph",
        num=(n, 1))
    d.p(d.r("Trakasserier och sexuella trakasserier: ", b=True),
        "hanteras enligt samma steg.", style="ListParagraph", num=(n, 1))

    d.h("10. Uppföljning av årets plan")
    n = d.new_list("decimal")
    lvl1(n, "December 2025: trygghetsteamet och elevskyddsombuden följer upp åtgärderna i avsnitt 6")
    lvl1(n, "April 2026: ny trivselenkät")
    lvl1(n, "Maj 2026: elevrådet utvärderar planen i en workshop")
    lvl1(n, "Juni 2026: personalen utvärderar på arbetsplatsträff; trygghetsteamets samordnare, "
             "specialpedagog Jenny Lax, sammanställer utvärderingen")
    d.p(d.pic(logo, 1.5, 1.5, name="Logotyp"), align="right")

    exp = expected(V="met", R="partial", S="met", P="met", Su="partial", Pr="met", Pm="met", A="met",
                   D="met", M="met", E="met", G="missing")
    why = reasons(
        R="Only 'Trygghetsteamet ansvarar för planen' – a group name; no role (rektor) responsible for the "
          "plan and no division of responsibilities.",
        P="Each of last year's three measures has Genomfört and Effekt (with figures) as level-2 items.",
        Su="Four methods named, then only 'Resultaten har sammanställts'; no results and no analysis.",
        Pm="Four level-1 measures, each with Mål, Ansvarig, När and Uppföljning.",
        M="Five minorities and languages named, with actions (information, minority days, teaching, survey).",
        E="Dec/Apr/May/Jun dates, methods, elevråd workshop and a named person who compiles it.",
        G="Guardians are not mentioned except being contacted in an individual case.",
    )
    m = meta("2025/26", "sv", ["förskoleklass", "grundskola", "fritidshem"],
             "Plan written almost entirely as multi-level numbered lists (w:numPr): a level-1 item per "
             "measure and level-2 items for goal/owner/time/follow-up; logo shown twice.",
             exp, why, images_without_alt=1, images_ok=0)
    return d, m


PLANS = [plan01, plan02, plan03, plan04]
