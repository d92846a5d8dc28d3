"""Plans 15-16: förskola plans in a warm narrative voice."""
from docx.enum.text import WD_ALIGN_PARAGRAPH

from wordkit import Plan, png


def _avd_table(pl, rows):
    t = pl.table(rows, header=False, widths=[4.2, 11.8])
    for row in t.rows:
        for par in row.cells[0].paragraphs:
            for r in par.runs:
                r.bold = True
    return t


# ---------------------------------------------------------------------------------- 15
def plan15(out):
    fn = "g2_15_forskolan-solrosen-avdelningar.docx"
    pl = Plan("Plan mot diskriminering och kränkande behandling Förskolan Solrosen 2025/26", author="Annika Holmgren")
    sec = pl.doc.sections[0]
    pl.header_text(sec.header, "Förskolan Solrosen · Åsbacka kommun", align=WD_ALIGN_PARAGRAPH.RIGHT)
    pl.page_field(sec.footer.paragraphs[0])

    pl.title("Plan mot diskriminering och kränkande behandling")
    pl.p("Förskolan Solrosen i Kärrby – avdelningarna Humlan, Myran, Nyckelpigan och Fjärilen", size=13, bold=True)
    pl.p("Planen gäller 2025-10-01 – 2026-09-30")
    pl.p("Rektor Annika Holmgren, tel. 0304-66 71 20, annika.holmgren@asbacka.se")

    pl.h("Välkommen till vår plan", 1)
    pl.p("På Solrosen går 78 barn mellan ett och fem år, fördelade på fyra avdelningar: Humlan och Myran för "
         "de yngsta och Nyckelpigan och Fjärilen för de äldre barnen. Vi som arbetar här – förskollärare, "
         "barnskötare och kocken Sanna – vill att varje barn ska känna sig tryggt, sett och omtyckt, och att "
         "alla barn ska få vara precis den de är. Den här planen berättar hur vi har tagit reda på hur barnen "
         "har det, vad vi har lärt oss av förra året och vad vi ska göra under det här året.")

    pl.h("Vem ansvarar för vad?", 1)
    pl.p("Rektor Annika Holmgren ansvarar för att planen tas fram, följs upp och utvärderas varje år, för att "
         "alla pedagoger känner till den och för att det som händer utreds. Rektor anmäler till huvudmannen "
         "när ett barn har blivit kränkt. På varje avdelning ansvarar förskolläraren för att planens åtgärder "
         "genomförs och följs upp: Emma Sjögren (Humlan), Kerstin Alm (Myran), David Nord (Nyckelpigan) och "
         "Rania Yousef (Fjärilen). Förskolans trygghetsgrupp, med en pedagog från varje avdelning och "
         "specialpedagog Hanna Lövgren, träffas en gång i månaden. Alla vuxna på förskolan ansvarar för att "
         "se, lyssna och säga ifrån.")

    pl.h("Så har barnen varit med", 1)
    pl.p("Barnens röster är grunden för planen. Under våren har pedagogerna på Nyckelpigan och Fjärilen gjort "
         "barnintervjuer med alla barn, två och två, där barnen fick berätta var de tycker om att vara, var de "
         "inte vill vara och om någon har varit dum mot dem. Vi har också använt husmodellen: barnen fick "
         "ett papper med förskolans hus och gård och satte gröna klistermärken där det känns bra och röda där "
         "det känns läskigt eller tråkigt. Med de yngsta barnen på Humlan och Myran, som inte kan berätta med "
         "ord, har pedagogerna gjort observationer i leken, vid måltiderna och i hallen, och tagit foton av "
         "platser som barnen sedan fått peka på. På Fjärilen har barnrådet – fyra barn som byts varje månad – "
         "varit med och bestämt två av årets åtgärder. I maj gör vi husmodellen och intervjuerna igen, och "
         "barnen får då berätta om det har blivit bättre.")
    pl.picture(png(48, 32, [(250, 220, 90), (90, 170, 80), (230, 90, 80), (90, 170, 80)]), 8.0,
               alt="Barnens teckning från husmodellen: förskolans hus och gård med gröna klistermärken vid "
                   "sandlådan och röda vid cykelförrådet och i hallen på Myran",
               name="Husmodellen Fjärilen")

    pl.h("Vårdnadshavarna", 1)
    pl.p("Vårdnadshavarna har varit med genom föräldrarådet, som läste förslaget till plan i september och "
         "tyckte att vi skulle skriva tydligare om hur vi gör när barn bits eller slåss, vilket vi har gjort. "
         "I vårdnadshavarenkäten i mars svarade 61 vårdnadshavare, och vid utvecklingssamtalen frågar vi alltid "
         "hur barnet pratar om förskolan hemma. Planen finns i Tyra och på förskolans webbsida, och vi tar "
         "gärna emot synpunkter.")

    pl.h("Vad vi såg, vad vi gjorde och vad vi ska göra – avdelning för avdelning", 1)
    avd = [
        ("Humlan (1–2 år)", [
            ["Kartläggning", "Observationer i hallen och vid måltiderna, februari–mars. Vi såg att det blir "
             "knuffar och gråt i hallen när alla ska klä på sig samtidigt, och att två barn ofta blev utan "
             "plats vid bordet."],
            ["Förra årets åtgärd", "Fasta platser vid måltiderna. Genomfördes från oktober; nu har alla barn en "
             "plats med sin bild, och vi ser att måltiderna har blivit lugnare och att inget barn blir utan."],
            ["Årets åtgärd", "Påklädning i två grupper med en pedagog i hallen hela tiden."],
            ["Ansvarig / när", "Emma Sjögren, från oktober 2025"],
            ["Uppföljning", "Observation i hallen i januari och maj"],
        ]),
        ("Myran (2–3 år)", [
            ["Kartläggning", "Observationer och bilder som barnen pekat på. Hallen och en vrå bakom hyllan i "
             "lekrummet är platser där barnen tar leksaker av varandra och där vuxna inte ser."],
            ["Förra årets åtgärd", "Fler leksaker av samma sort. Genomfördes; färre konflikter om leksakerna "
             "enligt observationerna i maj (från ungefär tio till tre per dag)."],
            ["Årets åtgärd", "Möblera om så att vrån syns och en pedagog alltid finns i lekrummet."],
            ["Ansvarig / när", "Kerstin Alm, november 2025"],
            ["Uppföljning", "Ny observation i februari"],
        ]),
        ("Nyckelpigan (3–4 år)", [
            ["Kartläggning", "Barnintervjuer med 18 barn och husmodellen. 5 barn satte röda märken vid "
             "cykelförrådet, där de större barnen bestämmer vem som får cykla. Några barn säger att ”bara "
             "tjejer får vara i dockvrån”."],
            ["Förra årets åtgärd", "Turordningslista för cyklarna. Genomfördes bara under hösten; effekten "
             "försvann när listan slutade användas."],
            ["Årets åtgärd", "Pedagog vid cykelförrådet under utevistelsen och samtal i barngruppen om vem som "
             "får leka vad."],
            ["Ansvarig / när", "David Nord, oktober 2025–juni 2026"],
            ["Uppföljning", "Husmodellen och intervjuer i maj"],
        ]),
        ("Fjärilen (4–5 år)", [
            ["Kartläggning", "Barnintervjuer med 20 barn, husmodellen och barnrådet. Barnen beskriver att några "
             "barn inte får vara med i leken ”för att de pratar konstigt”. Tre barn säger att de blir retade "
             "för sina kläder."],
            ["Förra årets åtgärd", "Samtal om vänskap med handdockor varje vecka. Genomfördes hela året; fler "
             "barn berättade i maj att de har någon att leka med (från 15 till 19 av 20)."],
            ["Årets åtgärd", "Lekgrupper som pedagogerna sätter ihop två gånger i veckan, och sagor och bilder "
             "om olika språk och familjer, bestämt tillsammans med barnrådet."],
            ["Ansvarig / när", "Rania Yousef, från oktober 2025, varje tisdag och torsdag"],
            ["Uppföljning", "Barnrådet i januari, intervjuer i maj"],
        ]),
    ]
    for name, rows in avd:
        pl.h("Avdelning " + name, 2)
        _avd_table(pl, rows)
    pl.p("Vår samlade analys är att det mesta som händer sker när många barn är på samma plats samtidigt och "
         "vuxna inte finns nära – i hallen, vid cykelförrådet och i vrår – och att de äldre barnen börjar "
         "sortera varandra efter kön och språk. Det är där vi sätter in åtgärderna.")

    pl.h("Det främjande arbetet", 1)
    pl.p("Varje dag arbetar vi för att barnen ska känna sig trygga och få möta olikheter som något naturligt. "
         "Vi läser böcker där det finns olika slags familjer, hudfärger och funktionsförmågor, vi sjunger på "
         "barnens olika språk och vi låter pojkar och flickor leka med allt. I leken på gården ser pedagogerna "
         "till att alla kan vara med, också barn som behöver stöd för att komma in i leken. Under hösten har "
         "alla avdelningar ett tema om ”Mina känslor och dina känslor”, och i mars firar vi ”Alla barns "
         "dag” där familjerna får visa något från sin kultur. Vi uppmuntrar barnen att använda sitt modersmål "
         "och har bildstöd på alla avdelningar.")

    pl.h("Om ett barn blir kränkt", 1)
    pl.p("Den pedagog som ser att ett barn blir illa behandlat går in direkt och stoppar det, tröstar och "
         "pratar med barnen. Pedagogen berättar för rektor samma dag. Rektor anmäler till huvudmannen, "
         "förskoleförvaltningen, samma dag eller senast nästa arbetsdag. Rektor ser till att det utreds: "
         "pedagogerna pratar med barnen, gör observationer och kontaktar vårdnadshavarna till alla inblandade "
         "barn. Därefter bestäms åtgärder, till exempel att en pedagog finns nära i vissa situationer. Allt "
         "dokumenteras i förvaltningens system, och efter två veckor följer vi upp om det har blivit bättre. "
         "Om en vuxen kränker ett barn utreder rektor, och gäller det rektor utreder förskolechefen på "
         "förvaltningen. Vårdnadshavare kan alltid vända sig till avdelningens pedagoger eller till rektor.")

    pl.h("Diskrimineringsgrunderna i förskolan", 1)
    pl.p("Ingen får diskrimineras på grund av kön, könsöverskridande identitet eller uttryck, etnisk "
         "tillhörighet, religion eller annan trosuppfattning, funktionsnedsättning, sexuell läggning eller "
         "ålder. I förskolan handlar det till exempel om att alla barn får leka med allt oavsett kön, att barn "
         "med olika språk och hudfärg får vara med, att barnens familjer – med en mamma, två pappor eller en "
         "mormor – syns i böckerna, och att barn med funktionsnedsättning kan delta i allt.")

    pl.h("Så följer vi upp planen", 1)
    pl.p("Trygghetsgruppen följer upp åtgärderna i januari 2026. I maj 2026 gör vi barnintervjuerna och "
         "husmodellen igen, och barnen – också barnrådet på Fjärilen – får berätta vad som har blivit bättre. "
         "På planeringsdagen i juni utvärderar pedagogerna varje avdelnings åtgärder utifrån barnens svar, "
         "observationerna och vårdnadshavarenkäten. Rektor ansvarar för att utvärderingen skrivs in i nästa "
         "plan, som ska vara klar till den 1 oktober 2026.")
    pl.save(out / fn)
    return fn


# ---------------------------------------------------------------------------------- 16
def plan16(out):
    fn = "g2_16_forskolan-larkan-berattande.docx"
    pl = Plan("Förskolan Lärkans plan mot kränkande behandling 2025-2026", author="Lärkan")
    sec = pl.doc.sections[0]
    para = sec.header.paragraphs[0]
    pl.picture(png(30, 30, [(250, 180, 60), (120, 80, 40), (250, 180, 60)]), 1.6, para=para, name="Bild 1")
    para.add_run("  Förskolan Lärkan, Tornby")

    pl.picture(png(60, 30, [(250, 180, 60), (255, 240, 200), (120, 80, 40)]), 6.0, name="Bild 2")
    pl.title("Vår plan mot kränkande behandling")
    pl.p("Förskolan Lärkan – avdelningarna Solen och Månen", size=13, bold=True)
    pl.p("Planen gäller från 1 november 2025 till 31 oktober 2026", size=12)

    pl.h("Vi på Lärkan", 1)
    pl.p("Lärkan är en liten förskola i Tornby med två avdelningar, Solen för de yngre och Månen för de äldre "
         "barnen. Vi är sju pedagoger och 34 barn. Hos oss ska alla barn känna sig trygga och glada, och alla "
         "ska få vara med. Vi pedagoger ansvarar tillsammans för planen och för att alla barn ska ha det bra "
         "hos oss – det är inget vi kan lämna till någon annan.")
    pl.p("Tornby ligger i Älvsala kommun, som är ett finskt förvaltningsområde, och flera av våra familjer har "
         "finska som ett av sina språk. Det märks i vardagen hos oss, och vi är glada för det.")

    pl.h("Så har vi lyssnat på barnen", 1)
    pl.p("I september satt vi med barnen på Månen, ett och ett eller två och två, och pratade om förskolan. "
         "Vi frågade var de tycker om att leka, om det finns något ställe där de inte vill vara och om någon "
         "har varit dum. Vi använde också husmodellen: barnen fick rita förskolan och gården och sätta gröna "
         "och röda prickar. På Solen, där barnen är mellan ett och tre år, har vi i stället observerat barnen "
         "under några veckor – i leken, i hallen och vid vilan – och skrivit ner när det blev ledsamt och "
         "varför. Det barnen berättade och det vi såg har vi sedan pratat om i arbetslaget, och det är det "
         "som ligger till grund för den här planen.")

    pl.h("Det här såg vi", 1)
    pl.p("Nästan alla barn på Månen satte gröna prickar vid sandlådan och i ateljén. Röda prickar hamnade "
         "framför allt bakom förrådet på gården, där några barn berättade att de äldre barnen inte låter dem "
         "vara med och att man ”blir jagad”. Sex av femton barn satte en röd prick i hallen. På Solen såg vi "
         "att de flesta konflikter uppstod i hallen vid hämtning och lämning, när det är trångt och många "
         "vuxna samtidigt, och att några barn blev utan vuxenkontakt vid vilan. Vi tror att det beror på att "
         "vi vuxna är för få på de platserna just när det händer mest, och att gården bakom förrådet är "
         "svår att se från resten av gården.")

    pl.h("Förra året", 1)
    pl.p("Förra årets plan har vi utvärderat tillsammans i arbetslaget i juni. Vi tycker att det mesta har "
         "fungerat bra och att barnen har det tryggt hos oss. Vi har jobbat mycket med känslor och med att "
         "vara en bra kompis, och det tycker vi har märkts i barngruppen.")

    pl.h("Så jobbar vi varje dag", 1)
    pl.p("Vi vill att barnen ska lära sig att alla är olika och att alla är lika mycket värda. Vi läser sagor "
         "om känslor och vänskap, vi pratar om hur man är en bra kompis och vi hjälper barnen att sätta ord "
         "på hur de känner sig. Alla barn får leka med allt, oavsett kön eller var man kommer ifrån. Varje "
         "fredag har vi ”kompisdag” då barnen från Solen och Månen leker tillsammans, och vi ser till att "
         "alla barn får vara med i samlingarna på sitt sätt.")

    pl.h("Finska och våra minoriteter", 1)
    pl.p("Eftersom Älvsala är ett finskt förvaltningsområde har vårdnadshavare rätt att få förskola helt eller "
         "delvis på finska. Vi berättar om det för alla nya familjer vid inskolningen, och på Lärkan arbetar "
         "Pirjo Laine, som pratar finska med de barn som vill. Vi sjunger finska barnsånger, har böcker på "
         "finska och meänkieli och firar sverigefinnarnas dag den 24 februari och samernas nationaldag den "
         "6 februari med sagor och flaggor. Vi berättar också för barnen om att det finns fem nationella "
         "minoriteter i Sverige – judar, romer, samer, sverigefinnar och tornedalingar – och låter alla "
         "familjer veta att de är välkomna att dela med sig av sina språk och traditioner.")

    pl.h("Det här ska vi göra i år", 1)
    pl.p("Vi kommer att vara fler vuxna ute på gården bakom förrådet, så att barnen vet att det finns någon "
         "där. I hallen ska vi försöka dela upp barnen så att det inte blir så trångt vid hämtning. Vid vilan "
         "ska varje barn ha en vuxen nära. Vi ska också prata mer med de äldre barnen om hur man frågar om man "
         "får vara med.")

    pl.h("Om något händer", 1)
    pl.p("Om ett barn blir illa behandlat följer vi kommunens gemensamma rutin vid kränkande behandling, som "
         "finns på kommunens intranät.")

    pl.h("Vårdnadshavarna", 1)
    pl.p("Vid föräldramötet i oktober berättade vi vad barnen hade sagt och vad vi tänker göra, och "
         "vårdnadshavarna fick tycka till – flera ville att vi skulle tänka på hämtningen i hallen, och det "
         "finns nu med. Vårdnadshavarna svarar också på kommunens förskoleenkät på våren, och på "
         "utvecklingssamtalen pratar vi om hur barnet har det. Planen finns i Unikum och sitter uppe i hallen, "
         "och ni är alltid välkomna att säga vad ni tycker.")

    pl.h("Hur vi följer upp", 1)
    pl.p("Vi pedagoger utvärderar planen på planeringsdagen i september 2026.")
    pl.save(out / fn)
    return fn
