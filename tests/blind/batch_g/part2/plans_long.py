"""Plans 05-07: long discursive plans (Bakgrund with law text, Begrepp from DO, law appendix)."""

from docx.enum.text import WD_ALIGN_PARAGRAPH

from lawtext import bakgrund_paragraphs, begrepp, law_appendix
from wordkit import Plan


# ---------------------------------------------------------------------------------- 05
def plan05(out):
    fn = "g2_05_ekhagens-skola-lang.docx"
    pl = Plan(
        "Plan mot diskriminering och kränkande behandling 2025/26 Ekhagens skola", author="Helena Sandberg"
    )
    sec = pl.doc.sections[0]
    pl.header_text(
        sec.header,
        "Ekhagens skola – Plan mot diskriminering och kränkande behandling 2025/26",
        align=WD_ALIGN_PARAGRAPH.RIGHT,
    )
    pl.page_field(sec.footer.paragraphs[0])

    pl.p("Lundbyholms kommun, utbildningsförvaltningen", size=12)
    pl.title("Plan mot diskriminering och kränkande behandling")
    pl.p("Ekhagens skola F–9 och fritidshem", size=16, bold=True)
    pl.p("Läsåret 2025/26 – planen gäller 2025-08-20 – 2026-08-19", size=12)
    pl.p("Dnr UN 2025/318 · Skolenhetskod 87120463")
    pl.page_break()

    pl.typed_toc(
        [
            (1, "1. Inledning", 2),
            (1, "2. Bakgrund", 2),
            (1, "3. Begrepp", 3),
            (1, "4. Så har planen tagits fram", 5),
            (1, "5. Utvärdering", 6),
            (1, "6. Kartläggning och nulägesanalys", 7),
            (1, "7. Främjande och förebyggande arbete", 8),
            (1, "8. Nationella minoriteter", 9),
            (1, "9. När något har hänt", 10),
            (1, "10. Hur planen följs upp", 11),
            (1, "Bilaga – Lagtexter", 12),
        ]
    )
    pl.page_break()

    pl.h("1. Inledning", 1)
    pl.p(
        "Ekhagens skola är en kommunal grundskola med förskoleklass, årskurs 1–9 och fritidshem. Skolan har "
        "i år omkring 610 elever fördelade på tre hus: Lillhagen (F–3 med fritidshem), Mellanhagen (4–6) och "
        "Storhagen (7–9). Skolan ligger i ett område där många familjer har flyttat in de senaste åren, och "
        "ungefär en tredjedel av eleverna har ett annat modersmål än svenska. Det gör att vi möter många "
        "språk, traditioner och erfarenheter i vardagen, vilket vi ser som en styrka men också som något som "
        "kräver att vi vuxna är uppmärksamma på hur eleverna bemöter varandra och hur vi själva bemöter dem."
    )
    pl.p(
        "Den här planen är både skolans plan mot kränkande behandling enligt skollagen och vår dokumentation "
        "av det arbete med aktiva åtgärder som diskrimineringslagen kräver. Vi har valt att skriva planen som "
        "en sammanhängande text snarare än som ett formulär, eftersom vi vill att den ska gå att läsa för "
        "personal, vårdnadshavare och äldre elever och visa hur de olika delarna av arbetet hänger ihop. "
        "För de yngre eleverna finns en kortversion med bilder som mentorerna går igenom i klasserna."
    )
    pl.p(
        "Vår utgångspunkt är att alla barn och elever har rätt att gå till skolan och fritidshemmet utan att "
        "vara rädda för att bli illa behandlade. Ingen ska behöva vara med om diskriminering, trakasserier "
        "eller kränkande behandling, och om det ändå händer ska de vuxna på skolan agera direkt, ta reda på "
        "vad som hänt och se till att det upphör. Lika viktigt är det långsiktiga arbetet: att skapa en skola "
        "där eleverna känner att de hör till, där vuxna finns nära och där olikheter är något normalt."
    )

    pl.h("2. Bakgrund", 1)
    for t in bakgrund_paragraphs():
        pl.p(t)
    pl.p(
        "Läroplanen för grundskolan, förskoleklassen och fritidshemmet (Lgr22) slår fast att skolan ska "
        "förmedla och förankra respekt för de mänskliga rättigheterna och de grundläggande demokratiska "
        "värderingar som det svenska samhället vilar på. Ingen ska i skolan utsättas för diskriminering som "
        "har samband med kön, etnisk tillhörighet, religion eller annan trosuppfattning, könsöverskridande "
        "identitet eller uttryck, sexuell läggning, ålder eller funktionsnedsättning eller för annan "
        "kränkande behandling. Lagtexterna finns i sin helhet i bilagan sist i planen."
    )

    begrepp(pl, heading="3. Begrepp")

    pl.h("4. Så har planen tagits fram", 1)
    pl.p(
        "Rektor Helena Sandberg är ytterst ansvarig för att planen upprättas, följs upp och ses över varje år "
        "och för att personalen känner till den och arbetar efter den. Arbetet leds i praktiken av skolans "
        "trygghetsgrupp, som består av biträdande rektor Fredrik Alm (sammankallande), kurator Yasmin "
        "Berglund, skolsköterska Ingrid Palm, specialpedagog Tomas Ekdahl och en lärare från varje hus samt "
        "en representant för fritidshemmet. Trygghetsgruppen träffas varannan vecka, går igenom inkomna "
        "anmälningar, samordnar kartläggningen och skriver förslaget till plan. Mentorerna ansvarar för att "
        "planen gås igenom i klasserna och för att klassrådens synpunkter kommer trygghetsgruppen till del. "
        "All personal ansvarar för att ingripa när de ser eller får veta att en elev blir kränkt och för att "
        "anmäla det till rektor samma dag. Huvudmannen, utbildningsnämnden i Lundbyholms kommun, ansvarar för "
        "att planen finns och för att anmälningar om kränkande behandling utreds skyndsamt."
    )
    pl.p(
        "Eleverna har varit delaktiga på flera sätt under arbetet. I maj gick elevrådet tillsammans med "
        "trygghetsgruppen igenom förra årets plan åtgärd för åtgärd och berättade vad de upplevt hade blivit "
        "bättre och vad som inte märkts. I april genomförde alla klasser i åk 3–9 en trygghetsvandring där "
        "eleverna i små grupper fick markera platser där de känner sig trygga och otrygga på en karta över "
        "skolgården och husen; i förskoleklass och åk 1–2 gjordes samma sak med bilder och samtal i "
        "klassrummet. Resultatet från vandringarna sammanställdes av elevskyddsombuden i åk 8 och 9, som själva "
        "presenterade det för trygghetsgruppen. I början av höstterminen diskuterade alla klassråd förslaget "
        "till plan utifrån tre frågor – vad är viktigast, vad saknas, vad kommer inte att fungera – och "
        "svaren lämnades skriftligt till trygghetsgruppen. Två förslag från klassråden i Mellanhagen, fler "
        "bänkar vid bandyplanen och en fast rastaktivitet på onsdagar, har tagits in i planen. Elevrådet har "
        "läst den slutliga versionen innan rektor fastställde den."
    )
    pl.p(
        "Vårdnadshavarna har fått möjlighet att påverka genom skolrådet, där förslaget till plan diskuterades "
        "på mötet i september. Skolrådet tog särskilt upp frågan om hur skolan informerar vårdnadshavare när "
        "deras barn har varit inblandat i en kränkning, och det har lett till att rutinen i avsnitt 9 nu "
        "säger att vårdnadshavare ska kontaktas samma dag. Vårdnadshavarna har också svarat på kommunens "
        "vårdnadshavarenkät, vars resultat ingår i kartläggningen. Planen presenteras på höstens "
        "föräldramöten och publiceras på skolans webbplats och i Unikum, där vårdnadshavare när som helst "
        "kan lämna synpunkter till trygghetsgruppen."
    )
    pl.p(
        "Personalen har diskuterat kartläggningen och förslaget till plan i arbetslagen och på "
        "arbetsplatsträffen i augusti. Fritidshemmets personal har gjort en egen genomgång av "
        "eftermiddagarna, eftersom de otrygga situationerna på fritids ofta ser annorlunda ut än under "
        "skoldagen."
    )

    pl.h("5. Utvärdering", 1)
    pl.p(
        "Här redovisar vi hur de åtgärder som planerades i förra årets plan (2024/25) har genomförts och vad "
        "de har lett till. Utvärderingen gjordes i maj och juni av trygghetsgruppen tillsammans med elevrådet, "
        "med stöd av trivselenkäten, anmälningsstatistiken och samtal i arbetslagen."
    )
    pl.p(
        "Den första åtgärden var att förstärka rastvakterna på skolgården vid Mellanhagen, där förra årets "
        "kartläggning visade att många konflikter uppstod vid fotbollsplanen. Ett nytt rastvaktsschema med "
        "två vuxna i gula västar infördes i september och följdes under hela läsåret, med undantag för några "
        "veckor i februari då sjukfrånvaron var hög. Effekten har varit tydlig: antalet anmälningar från "
        "skolgården i Mellanhagen minskade från 23 till 11, och andelen elever i åk 4–6 som säger att de "
        "känner sig trygga på rasterna steg från 77 till 86 procent. Elevrådet menar att det framför allt är "
        "att vuxna märks och går in tidigt som gör skillnad. Åtgärden behålls."
    )
    pl.p(
        "Den andra åtgärden gällde omklädningsrummen vid idrottshallen, där flera elever i åk 7–9 hade "
        "beskrivit att de blivit fotograferade och fått kommentarer om sina kroppar. Idrottslärarna har sedan "
        "oktober funnits i anslutning till omklädningsrummen före och efter lektionerna, mobiltelefoner läggs "
        "i en låda före lektionen och det finns ett enskilt omklädningsrum som alla kan använda. Åtgärden har "
        "genomförts fullt ut. Inga anmälningar om fotografering har kommit in sedan november, men i "
        "trivselenkäten svarar fortfarande 14 procent av flickorna i åk 8 att de känner sig otrygga i "
        "omklädningsrummen. Vi bedömer att åtgärden har haft effekt men att den inte räcker, och den finns "
        "därför kvar i en utvecklad form."
    )
    pl.p(
        "Den tredje åtgärden var en serie lektioner om språkbruk, rasism och nedsättande ord i åk 6–9, ledd "
        "av mentorerna med stöd av kurator. Lektionerna genomfördes i åk 7 och 8 men bara delvis i åk 6 och 9, "
        "där de krockade med de nationella proven. Där lektionerna hölls ser vi en viss effekt – färre elever "
        "i åk 7 och 8 säger att de ofta hör nedsättande ord om ursprung (från 31 till 22 procent) – men i åk 9 "
        "är siffran oförändrad. Ett exempel från i våras visar varför arbetet behövs: en elev i åk 8 "
        "(samordningsnummer 100472-1146) som nyligen kommit till Sverige blev under flera veckor kallad "
        "nedsättande saker i korridoren innan någon vuxen fick kännedom om det. Åtgärden fortsätter och "
        "tidigareläggs så att den inte krockar med proven."
    )
    pl.p(
        "Den fjärde åtgärden, att införa fasta platser i matsalen för åk 4–6, genomfördes inte. Köket "
        "byggdes om under hösten och matsalen var delvis stängd i tre månader, och när den öppnade igen valde "
        "arbetslaget att vänta. Vi kan därför inte säga något om effekten. Elevrådet vill att åtgärden "
        "prövas i år, och den finns med i avsnitt 7."
    )
    pl.p(
        "Sammanfattningsvis har tre av fyra åtgärder genomförts helt eller delvis. Den samlade tryggheten "
        "har ökat något – 88 procent av eleverna svarar att de känner sig trygga i skolan jämfört med 85 "
        "procent året innan – men skillnaderna mellan husen och mellan flickor och pojkar i de äldre "
        "årskurserna finns kvar."
    )

    pl.h("6. Kartläggning och nulägesanalys", 1)
    pl.p(
        "Kartläggningen bygger på flera källor. Trivselenkäten besvarades i mars av 541 av 604 elever i åk "
        "F–9 (de yngsta med stöd av en vuxen). Vårdnadshavarenkäten besvarades av 263 vårdnadshavare. "
        "Trygghetsvandringarna i april är beskrivna i avsnitt 4. Till det kommer de 64 anmälningar om "
        "kränkande behandling som gjordes under läsåret 2024/25, skolsköterskans hälsosamtal i åk 4 och 7 "
        "och fritidspersonalens observationer under eftermiddagarna."
    )
    pl.p(
        "Resultaten visar att de flesta elever trivs och känner sig trygga, men att otryggheten är "
        "koncentrerad till vissa platser och grupper. I Storhagen pekar eleverna ut omklädningsrummen, "
        "toaletterna på bottenvåningen och trapphuset mot matsalen, och i Lillhagen är det kapprummen och "
        "ytan bakom förrådet på skolgården. På fritids handlar det oftast om uteslutning ur leken och om att "
        "några barn bestämmer över vilka som får vara med. Av anmälningarna gäller 41 verbala kränkningar, "
        "15 fysiska och 8 kränkningar på nätet, där de flesta nätkränkningar skett i klasschattar på kvällar "
        "och helger men fått följder i skolan dagen efter."
    )
    pl.p(
        "När vi tittar på diskrimineringsgrunderna ser vi två tydliga mönster. Det första gäller etnisk "
        "tillhörighet och religion: 9 procent av eleverna i åk 7–9 har svarat att de blivit illa behandlade "
        "på grund av sitt ursprung, sin hudfärg eller sin religion, och det är främst nedsättande ord i "
        "korridorerna. Det andra gäller kön och sexuell läggning: flickor i åk 7–9 beskriver kommentarer om "
        "kroppen, och ord som ”bög” används som skällsord. Elever med funktionsnedsättning svarar i lägre "
        "grad än andra att de har någon att vara med på rasterna. Frågorna om könsöverskridande identitet "
        "eller uttryck och om ålder gav för få svar för att vi ska kunna dra slutsatser."
    )
    pl.p(
        "Vår analys är att riskerna uppstår där vuxna inte finns och där eleverna är många och har bråttom – "
        "omklädning, toaletter, trappor och övergångar mellan lektioner – och att språkbruket i de äldre "
        "årskurserna är en del av en kultur som också finns på nätet. Vi ser också att en del elever inte "
        "berättar för någon vuxen, och i enkäten svarar var femte elev i åk 7–9 att de inte vet vem de ska "
        "vända sig till. Det behöver vi ta på allvar i det förebyggande arbetet."
    )

    pl.h("7. Främjande och förebyggande arbete", 1)
    pl.p(
        "Det främjande arbetet riktar sig till alla elever och pågår hela året. Varje klass har en "
        "värdegrundslektion i veckan enligt skolans gemensamma planering, där diskrimineringsgrunderna tas "
        "upp i tur och ordning under läsåret och där eleverna i de äldre årskurserna arbetar med normer och "
        "makt. Fritidshemmet arbetar med ”lek för alla” där personalen varje dag erbjuder minst en ledd lek som "
        "alla barn kan delta i, och rastaktiviteterna i Mellanhagen fortsätter. Skolbiblioteket köper in "
        "litteratur på elevernas modersmål och böcker där olika slags familjer och olika funktionsförmågor "
        "syns, och vid skolans internationella dag i mars presenterar eleverna sina språk och traditioner. "
        "Vi arbetar också med lärmiljöerna så att elever med funktionsnedsättning kan delta fullt ut, till "
        "exempel med bildstöd i alla klassrum i Lillhagen och tillgängliga läromedel."
    )
    pl.p(
        "Utifrån kartläggningen planerar vi dessutom ett antal förebyggande åtgärder under året. "
        "Omklädningsrummen i Storhagen ska bli tryggare genom att idrottslärarna fortsätter att finnas på "
        "plats, och vi vill komplettera med fler enskilda omklädningsplatser när lokalerna tillåter det. "
        "Lektionsserien om språkbruk och rasism fortsätter i åk 6–9 och ska i år genomföras under "
        "höstterminen, med kurator som stöd till mentorerna. Fasta platser i matsalen för åk 4–6 prövas, "
        "vilket elevrådet har önskat. Vi vill också göra det tydligare för eleverna vem de kan vända sig till, "
        "bland annat med affischer i alla hus och genom att trygghetsgruppen presenterar sig i klasserna. "
        "Slutligen ska vi se över hur rastvakterna fördelas i trapphuset mot matsalen och vid förrådet i "
        "Lillhagen, där vuxna i dag sällan passerar."
    )

    pl.h("8. Nationella minoriteter", 1)
    pl.p(
        "Sverige har fem nationella minoriteter – judar, romer, samer, sverigefinnar och tornedalingar – med "
        "minoritetsspråken jiddisch, romani chib, samiska, finska och meänkieli. Skolan har ett särskilt ansvar "
        "för att främja barnens kulturella identitet och deras möjlighet att använda sitt minoritetsspråk. "
        "Vi informerar alla vårdnadshavare vid skolstarten om rätten till modersmålsundervisning i ett "
        "nationellt minoritetsspråk, även när eleven inte har grundläggande kunskaper i språket, och hjälper "
        "till med ansökan till kommunens modersmålsenhet. I dag får elever på skolan undervisning i finska och "
        "romani chib. Minoriteternas nationaldagar uppmärksammas i alla hus – samernas nationaldag den 6 "
        "februari och sverigefinnarnas dag den 24 februari med bland annat tema i skolbiblioteket – och i åk "
        "4–9 ingår minoriteternas historia och kultur i SO-undervisningen, där eleverna också lär sig om "
        "antiziganism, antisemitism och rasism mot samer. Vi är uppmärksamma på om elever utsätts för "
        "trakasserier med koppling till en nationell minoritet, och sådana frågor ingår i trivselenkäten."
    )

    pl.h("9. När något har hänt", 1)
    pl.p(
        "När en vuxen på skolan ser eller får veta att en elev upplever sig kränkt, trakasserad eller "
        "sexuellt trakasserad av en annan elev gäller följande arbetsgång. Den vuxna ingriper direkt, säger "
        "ifrån och ser till att det som pågår upphör. Därefter anmäler den vuxna händelsen till rektor samma "
        "dag via den digitala anmälan i kommunens ärendesystem. Rektor anmäler i sin tur till huvudmannen "
        "genom samma system, senast nästa arbetsdag. Rektor utser vem som ska utreda, oftast mentor "
        "tillsammans med någon från trygghetsgruppen, och utredningen påbörjas skyndsamt. Den som utreder "
        "pratar först med eleven som upplevt sig kränkt, sedan med den eller de som pekats ut och med "
        "eventuella vittnen, och vårdnadshavarna till alla inblandade elever kontaktas samma dag."
    )
    pl.p(
        "Utifrån utredningen beslutar rektor om åtgärder som ska få kränkningarna att upphöra. Det kan vara "
        "samtal, ökad vuxennärvaro, ändrade grupper eller i allvarligare fall disciplinära åtgärder enligt "
        "5 kap. skollagen och kontakt med socialtjänst eller polis. Allt – anmälan, utredning, åtgärder och "
        "uppföljning – dokumenteras i ärendesystemet. Uppföljningssamtal hålls med eleven som blivit kränkt "
        "efter en till två veckor och vid behov igen efter ytterligare en månad. Ärendet avslutas först när "
        "kränkningarna har upphört."
    )
    pl.p(
        "Om en elev upplever sig kränkt av en vuxen på skolan anmäls det till rektor, som själv utreder "
        "ärendet och tar kontakt med förvaltningens HR-funktion. Gäller det rektor anmäls det direkt till "
        "skolchefen. Elever och vårdnadshavare kan alltid vända sig till mentor, till någon i "
        "trygghetsgruppen eller till rektor Helena Sandberg (tel. 0418-47 52 01, helena.sandberg@lundbyholm.se), "
        "kurator Yasmin Berglund (tel. 0418-47 52 30) eller biträdande rektor Fredrik Alm (tel. 0418-47 52 02)."
    )

    pl.h("10. Hur planen följs upp", 1)
    pl.p(
        "Trygghetsgruppen ansvarar för att planen följs upp och utvärderas. Uppföljningen görs genom att "
        "trygghetsgruppen går igenom varje åtgärd i avsnitt 7 och jämför med resultatet från nästa "
        "trivselenkät och med anmälningsstatistiken. Elevrådet och klassråden deltar i utvärderingen genom "
        "att svara på vad som har blivit bättre och vad som återstår, på samma sätt som i år, och deras svar "
        "redovisas i nästa års plan. Vårdnadshavarnas synpunkter samlas in via skolrådet."
    )

    law_appendix(pl, heading="Bilaga – Lagtexter")
    pl.save(out / fn)
    return fn


# ---------------------------------------------------------------------------------- 06
def plan06(out):
    fn = "g2_06_kvarnbyskolan-tvaarsplan.docx"
    pl = Plan("Likabehandlingsplan och plan mot kränkande behandling Kvarnbyskolan", author="Kvarnbyskolan")
    sec = pl.doc.sections[0]
    pl.header_text(sec.header, "Kvarnbyskolan 4–9")
    pl.page_field(sec.footer.paragraphs[0])

    pl.title("Likabehandlingsplan och plan mot kränkande behandling")
    pl.p("Kvarnbyskolan, årskurs 4–9", size=16, bold=True)
    pl.p("Planen gäller 2025-08-01 – 2027-07-31", size=12)
    pl.p("Fastställd av rektor 2025-09-05. Skolenhetskod 23419876.")

    pl.h("Inledning", 1)
    pl.p(
        "Kvarnbyskolan är en skola för elever i årskurs 4–9 med drygt 420 elever och ett sextiotal "
        "anställda. Skolan ligger i utkanten av tätorten och många elever åker skolbuss, vilket gör att "
        "skoldagen för en del börjar redan vid hållplatsen och slutar först när bussen lämnar på "
        "eftermiddagen. Den här planen beskriver hur vi arbetar för att alla elever ska känna sig trygga och "
        "behandlas med respekt, både i det långsiktiga arbetet och när något har hänt."
    )
    pl.p(
        "Vi har valt att låta planen gälla under två läsår. Skälet är att vi under förra året gjorde en "
        "grundlig genomlysning av skolans trygghetsarbete tillsammans med eleverna, och att de åtgärder vi "
        "har kommit fram till behöver tid för att få effekt. Planen följs ändå upp varje termin, och om "
        "uppföljningen visar att något behöver ändras reviderar vi den innan perioden är slut."
    )
    pl.p(
        "Planen har tre delar som hänger ihop. Den första delen beskriver hur vi har tagit reda på hur "
        "eleverna har det, och vad vi har förstått av det. Den andra delen beskriver det arbete vi gör för "
        "alla elever hela tiden och de särskilda åtgärder vi sätter in där kartläggningen har visat att det "
        "finns risker. Den tredje delen beskriver vad som händer när en elev har blivit kränkt. Vi har "
        "försökt skriva så att planen går att läsa även för den som inte arbetar i skolan, och vi har därför "
        "undvikit att dela upp texten i alltför många rubriker. Den som vill läsa lagtexterna hittar dem i "
        "bilagan."
    )
    pl.p(
        "Under arbetet med planen har vi återkommit till en fråga som eleverna ställde redan vid första mötet "
        "med elevrådet: vad är det som gör att en elev vågar berätta för en vuxen? Svaren har handlat om att "
        "vuxna ska finnas där eleverna är, att de ska reagera varje gång och att det ska märkas att något "
        "händer efteråt. Den frågan har blivit en röd tråd i planen, och vi hoppas att den också blir det i "
        "vardagen på skolan."
    )

    pl.h("Bakgrund", 1)
    for t in bakgrund_paragraphs():
        pl.p(t)
    pl.p(
        "Skolans uppdrag att förmedla och förankra respekt för de mänskliga rättigheterna och de "
        "grundläggande demokratiska värderingarna står i läroplanens första kapitel. Där står också att ingen "
        "i skolan ska utsättas för diskriminering eller annan kränkande behandling och att sådana tendenser "
        "aktivt ska motverkas. Det innebär att skolan inte bara ska reagera när något har hänt, utan också "
        "arbeta långsiktigt med normer, bemötande och miljö. Barnkonventionen, som är svensk lag sedan 2020, "
        "ger samma utgångspunkt: barnets bästa ska komma i främsta rummet och varje barn har rätt att "
        "uttrycka sina åsikter i frågor som rör barnet."
    )
    pl.p(
        "Ansvaret för att planen följs vilar på alla vuxna på skolan. Vi har alla ett gemensamt ansvar för "
        "att se, lyssna och agera, och ingen kan lämna över det ansvaret till någon annan. Huvudmannen har "
        "enligt skollagen det yttersta ansvaret för att planen finns och för att kränkningar utreds."
    )

    begrepp(pl, outdated=True)

    pl.h("Så har vi arbetat fram planen", 1)
    pl.p(
        "Eleverna har varit med i alla delar av arbetet. Under förra läsåret genomförde vi en trygghetsvandring "
        "i alla klasser, där eleverna i grupper om fyra fick gå runt på skolan och skolgården och fotografera "
        "platser där de kände sig trygga respektive otrygga. Bilderna sattes upp i matsalen under en vecka och "
        "alla elever fick sätta klisterlappar med kommentarer. Elevrådet gick därefter igenom materialet "
        "tillsammans med kurator och gjorde en lista över de tio platser som flest elever pekat ut. I varje "
        "klass har klassrådet sedan diskuterat vad som behöver göras på de platserna, och förslagen har "
        "samlats av elevrådets ordförande. De åtgärder som finns i planen bygger till stor del på det arbetet. "
        "Elevrådet har också läst ett utkast av planen och lämnat synpunkter, bland annat att åtgärderna "
        "kring bussen skulle komma först. Elevrådet deltar även i uppföljningen varje termin."
    )
    pl.p(
        "Personalen har arbetat med planen i arbetslagen och vid två gemensamma studiedagar. Elevhälsoteamet "
        "har gått igenom anmälningarna om kränkande behandling och bidragit med sin bild av hur eleverna mår."
    )
    pl.p(
        "Vid den andra studiedagen fick all personal, också kökspersonalen, vaktmästarna och "
        "elevassistenterna, diskutera i blandade grupper vad de ser under en vanlig dag och var de själva "
        "upplever att de inte hinner med. Flera av de platser som eleverna pekat ut – bussen, "
        "omklädningsrummen, toaletterna i det gamla huset – kom tillbaka också i personalens samtal, vilket "
        "har gjort oss säkrare på att kartläggningen visar något verkligt och inte bara enstaka händelser. "
        "Personalgruppen har också diskuterat sitt eget språkbruk och sitt bemötande, eftersom eleverna i "
        "enkäten pekar på att vuxna inte alltid reagerar."
    )

    pl.h("Tillbakablick", 1)
    pl.p(
        "Förra årets plan har utvärderats i elevhälsoteamet och i arbetslagen. Den samlade bedömningen är att "
        "planen i stort har fungerat bra och att tryggheten på skolan är god. Personalen upplever att det "
        "har blivit lugnare i korridorerna och att eleverna i högre grad vänder sig till vuxna när något "
        "händer. Samtidigt finns det fortfarande situationer där vuxna inte är tillräckligt närvarande, och "
        "det har vi tagit med oss in i den nya planen."
    )

    pl.h("Kartläggning och analys", 1)
    pl.p(
        "Utöver trygghetsvandringen har vi använt skolans trivselenkät, som besvarades i februari av 386 av "
        "421 elever, Skolinspektionens skolenkät för åk 5 och 9 och statistik över de 52 anmälningar om "
        "kränkande behandling som gjordes under förra läsåret. Vi har också gått igenom vad elevskyddsombuden "
        "tagit upp på skyddskommitténs möten."
    )
    pl.p(
        "Enkäten visar att 84 procent av eleverna känner sig trygga i skolan. Lägst är tryggheten vid "
        "busshållplatsen och på bussen (67 procent), i omklädningsrummen (72 procent) och på toaletterna i "
        "det gamla huset (70 procent). Av anmälningarna gällde 19 händelser vid bussen eller på bussresan och "
        "11 kommentarer och bilder i sociala medier. Pojkar i åk 6–7 står för en stor del av de fysiska "
        "kränkningarna, medan flickor i åk 8–9 oftare beskriver ryktesspridning och kommentarer om utseende. "
        "I skolenkäten instämmer 62 procent av eleverna i åk 9 i att lärarna reagerar när någon elev är "
        "dum mot en annan – en siffra som är lägre än i kommunen som helhet."
    )
    pl.p(
        "Vår analys är att bussen och hållplatsen har hamnat mellan stolarna: skolan har inte sett det som "
        "skolans ansvar och bussbolaget har inte sett det som sitt. På samma sätt har omklädningsrummen och "
        "toaletterna i det gamla huset få vuxna i närheten. Elevernas bild av att vuxna inte alltid reagerar "
        "tar vi på särskilt stort allvar, eftersom den påverkar om elever berättar när något händer."
    )
    pl.p(
        "När vi har tittat närmare på anmälningarna från bussen ser vi att de flesta händelser sker på "
        "eftermiddagen, när elever från olika årskurser åker tillsammans och ingen vuxen från skolan finns "
        "med. Det är ofta samma grupp av elever som är inblandade, och eleverna beskriver att chauffören inte "
        "ser vad som händer längst bak i bussen. Vid hållplatsen står eleverna i upp till tjugo minuter innan "
        "bussen kommer, och det är där de flesta knuffar och glåpord förekommer. Omklädningsrummen har ett "
        "liknande mönster: det är i minuterna före och efter lektionen som det händer, när läraren förbereder "
        "eller plockar undan i hallen. Kränkningarna på nätet hänger ofta ihop med det som händer i skolan – "
        "en konflikt på rasten fortsätter i en chatt på kvällen och kommer tillbaka till skolan nästa dag."
    )
    pl.p(
        "Vi har också frågat oss om riskerna har samband med någon diskrimineringsgrund. Kommentarerna om "
        "utseende riktar sig oftast mot flickor, och flera av dem har sexuella inslag, vilket gör att vi ser "
        "dem som en risk för sexuella trakasserier och inte bara som kränkande behandling. I enkäten svarar "
        "också en del elever att de hört nedsättande ord om ursprung och religion, framför allt i åk 7–9. "
        "Elever som har en funktionsvariation och går i resursgruppen svarar i lägre grad än andra att de har "
        "någon att vara med på rasterna. Det är mönster som vi vill följa noga och som vi tar hänsyn till i "
        "åtgärderna."
    )

    pl.h("Främjande arbete", 1)
    pl.p(
        "Det främjande arbetet riktar sig till alla elever. Varje vecka har alla klasser en mentorslektion "
        "med värdegrundsfrågor, och under läsåret arbetar vi med ett tema för varje diskrimineringsgrund. "
        "Elever i åk 8 utbildas till kamratstödjare under hösten och leder sedan rastaktiviteter för åk 4–5. "
        "Idrottsdagar och friluftsdagar planeras så att alla kan delta, och skolans gemensamma aktiviteter – "
        "skoldiscot, luciafirandet och vårkonserten – planeras av elevrådet tillsammans med personal så att de "
        "blir till för alla elever. Skolbiblioteket har en hylla med böcker om olika familjer, ursprung och "
        "funktionsvariationer som bibliotekarien presenterar i klasserna."
    )
    pl.p(
        "En del av det främjande arbetet handlar om skolans miljö. Vi vill att skolgården ska ha platser för "
        "olika slags lekar och aktiviteter, så att inte fotbollsplanen blir den enda platsen där saker "
        "händer, och eleverna har i elevrådet fått vara med och önska vad som ska köpas in. Vi försöker också "
        "tänka på hur vi grupperar eleverna i klassrummet och vid grupparbeten, så att inte samma elever "
        "alltid blir över. I samhällskunskap och svenska arbetar eleverna i åk 7–9 med källkritik och med hur "
        "man uttrycker sig på nätet, och i åk 4–6 har vi ett återkommande arbete med barnkonventionen."
    )

    pl.h("Åtgärder under perioden", 1)
    pl.p(
        "Utifrån kartläggningen genomför vi följande åtgärder. Från och med vecka 34 finns två vuxna vid "
        "busshållplatsen varje morgon och eftermiddag enligt ett schema som biträdande rektor Anders Kvist "
        "ansvarar för, och i oktober bjuder rektor in bussbolaget och elevrådet till ett möte om tryggheten "
        "på bussen. Idrottslärarna Sofia Hedlund och Mattias Rönn ansvarar för att en vuxen finns i "
        "anslutning till omklädningsrummen vid varje idrottslektion från terminsstarten, och fastighetsgruppen "
        "gör om två toaletter i det gamla huset till enskilda toaletter med bättre belysning under höstlovet. "
        "Kurator Nadia Rahimi håller under vecka 40–44 lektioner om nätet och sociala medier i alla klasser i "
        "åk 6–9. För att eleverna ska märka att vuxna reagerar inför vi en gemensam handlingsregel för all "
        "personal, som rektor går igenom på arbetsplatsträffen i september och som arbetslagen följer upp "
        "vid varje arbetslagsmöte under hösten."
    )

    pl.h("Trakasserier och sexuella trakasserier", 1)
    pl.p(
        "På Kvarnbyskolan accepteras inga trakasserier och inga sexuella trakasserier, varken mellan elever "
        "eller från vuxna mot elever. Det gäller i skolan, på skolgården, på bussen och vid hållplatsen, på "
        "utflykter och på nätet när det har samband med skolan. Vi vill att alla elever ska veta att de har "
        "rätt att säga nej, att de aldrig själva är skyldiga till att de har blivit utsatta och att det "
        "alltid är rätt att berätta för en vuxen."
    )
    pl.p(
        "Sexuella trakasserier kan vara kommentarer om någons kropp, att någon tafsar, visar eller skickar "
        "bilder med sexuellt innehåll eller sprider rykten av sexuell natur. I kartläggningen har vi sett att "
        "kommentarer om kroppen förekommer, framför allt mot flickor i de äldre årskurserna, och att de ofta "
        "sker i omklädningsrummen och i chattar. Därför arbetar vi både med närvaro av vuxna och med "
        "undervisning om samtycke, gränser och respekt, som ingår i sex- och samlevnadsundervisningen i åk "
        "7–9 och i mentorstiden."
    )
    pl.p(
        "Trakasserier som har samband med etnisk tillhörighet, religion, funktionsvariation eller sexuell "
        "läggning tar vi upp på samma sätt. En elev som blir kallad nedsättande ord för sitt ursprung eller "
        "för att den har en funktionsvariation ska mötas av vuxna som reagerar direkt och som tar det på lika "
        "stort allvar som en fysisk kränkning. Vi har märkt att elever ibland inte berättar eftersom de tror "
        "att det inte leder någonstans, och därför ska den som berättar alltid få veta vad som händer sedan."
    )
    pl.p(
        "Eleverna kan vända sig till vilken vuxen som helst på skolan. Den vuxna ska lyssna, ta det eleven "
        "berättar på allvar och föra det vidare enligt rutinen nedan, även om eleven inte vill att någon "
        "annan ska få veta. Vi är noga med att den som har berättat inte ska drabbas av repressalier, och om "
        "en elev upplever att den har blivit straffad för att den berättat ska det också anmälas till rektor."
    )
    pl.h("Rutiner när en elev blir kränkt", 1)
    pl.p(
        "Den vuxna som ser eller hör att en elev blir kränkt ingriper direkt och ser till att det upphör. "
        "Händelsen anmäls till rektor samma dag. Rektor anmäler till huvudmannen enligt kommunens rutin. "
        "Rektor ser till att händelsen utreds skyndsamt, vanligen av mentor tillsammans med kurator: de "
        "inblandade eleverna får berätta var för sig och vårdnadshavare kontaktas. Utifrån vad som kommit "
        "fram bestäms åtgärder, och efter två veckor följer mentor upp med eleven som blivit kränkt om det "
        "har upphört. Om det inte har upphört fortsätter utredningen och nya åtgärder sätts in. Om en elev "
        "blir kränkt av en vuxen utreds det av rektor. Eleverna kan alltid vända sig till sin mentor, kurator "
        "Nadia Rahimi (tel. 0571-39 40 15) eller skolsköterskan Eva Lindgren (tel. 0571-39 40 16)."
    )

    pl.h("Utvärdering", 1)
    pl.p(
        "Planen följs upp i slutet av varje termin (december och juni) och utvärderas i sin helhet i maj "
        "2027. Uppföljningen görs av elevhälsoteamet tillsammans med elevrådet: elevrådet går igenom "
        "åtgärderna i sina klasser och rapporterar vad eleverna märkt, och elevhälsoteamet jämför med "
        "trivselenkäten i februari och anmälningsstatistiken. Elevhälsoteamet sammanställer uppföljningen "
        "och redovisar den för personalen och elevrådet."
    )

    law_appendix(pl, heading="Bilaga: Juridisk bakgrund")
    pl.save(out / fn)
    return fn


# ---------------------------------------------------------------------------------- 07
def plan07(out):
    fn = "g2_07_tallbackens-skola-steg.docx"
    pl = Plan("Trygghetsplan Tallbackens skola 2026/27", author="Louise Granath")
    sec = pl.doc.sections[0]
    pl.header_text(sec.header, "Tallbackens skola och fritidshem · Trygghetsplan 2026/27")
    pl.page_field(sec.footer.paragraphs[0])

    pl.title("Trygghetsplan")
    pl.p("Plan mot diskriminering och kränkande behandling", size=14)
    pl.p("Tallbackens skola F–6 och fritidshemmet Tallkotten", size=14, bold=True)
    pl.p("Planen gäller från 2026-08-17 till 2027-08-16")
    pl.p("Huvudman: Stiftelsen Tallbacksskolan, org.nr 802480-1121")

    pl.h("Till dig som läser", 1)
    pl.p(
        "Tallbackens skola är en fristående skola med förskoleklass, åk 1–6 och fritidshem. Vi har ungefär "
        "230 elever och alla känner igen varandra, vilket är en styrka men också gör att en konflikt snabbt "
        "kan påverka hela skolan. Trygghetsplanen är vårt sätt att beskriva hur vi arbetar för att varje "
        "barn ska känna sig trygg, sedd och respekterad. Den är skriven för personalen men också för dig som "
        "är vårdnadshavare, och den går att läsa för de äldre eleverna."
    )
    pl.p(
        "Skolan startade för tjugo år sedan som en föräldrakooperativ skola och drivs i dag av en stiftelse. "
        "Mycket av det som gör Tallbacken till Tallbacken finns kvar från den tiden: vårdnadshavarna är nära "
        "skolan, eleverna i olika åldrar känner varandra och personalen har ofta arbetat här länge. Men det "
        "innebär också att det kan vara svårt för en ny elev att komma in, och att det ibland är svårt för en "
        "elev att säga ifrån när en vuxen som alla känner gör fel. Vi vill att planen ska vara ärlig om det."
    )
    pl.p(
        "Planen är uppbyggd efter de fyra steg som diskrimineringslagen beskriver – undersöka, analysera, "
        "åtgärda och följa upp – och efter skollagens krav på att varje års plan ska redogöra för hur förra "
        "årets åtgärder har genomförts."
    )

    pl.h("Bakgrund", 1)
    for t in bakgrund_paragraphs():
        pl.p(t)

    begrepp(pl)

    pl.h("Så jobbar vi", 1)
    pl.p(
        "Rektor Louise Granath är ansvarig för planen. Det innebär att rektor ser till att planen tas fram "
        "tillsammans med elever och personal, att den följs upp och utvärderas och att alla som arbetar på "
        "skolan känner till den. Rektor ansvarar också för att anmälningar om kränkande behandling anmäls "
        "vidare till huvudmannen och utreds. Skolans trygghetsteam – kurator Hanna Öst, specialpedagog "
        "Björn Dahl, fritidspedagog Sanna Ek och lärarna Per Alvén och Mina Jovanović – träffas varje vecka, "
        "leder kartläggningen och skriver förslaget till plan. Varje lärare och fritidspedagog ansvarar för "
        "att ingripa, anmäla och följa planens åtgärder i sin grupp. Stiftelsens styrelse är huvudman och "
        "ansvarar för att varje anmälan utreds och att skolan har de resurser som behövs."
    )
    pl.p(
        "Eleverna är med i arbetet hela året. I elevrådet finns två elever från varje klass i åk 2–6, och "
        "trygghetsplanen är en stående punkt på elevrådets möten. I maj gick elevrådet igenom förra årets "
        "åtgärder och berättade vad de märkt av dem, och i augusti fick alla klassråd diskutera förslaget "
        "till ny plan och lämna synpunkter. Elevernas ”trygghetsråd”, fyra elever från åk 5 och 6, genomförde "
        "trygghetsvandringen tillsammans med trygghetsteamet och deltar i uppföljningen i december. I "
        "förskoleklass och åk 1 har lärarna haft samtal i små grupper med bilder av skolans olika platser."
    )
    pl.p(
        "Personalen är med genom arbetslagen. Varje arbetslag – förskoleklass och åk 1, åk 2–3, åk 4–6 och "
        "fritidshemmet – har under våren avsatt tid på sina möten för att gå igenom hur eleverna har det i "
        "deras grupper, och arbetslagens anteckningar har lämnats till trygghetsteamet. På studiedagen i "
        "augusti diskuterade hela personalgruppen förslaget till plan, och särskilt rutinen för vad som "
        "händer när en elev blir kränkt, så att alla vet vad som gäller från första skoldagen. Nyanställda "
        "och vikarier får en genomgång av rektor eller trygghetsteamet innan de börjar arbeta med eleverna."
    )
    pl.p(
        "Fritidshemmet har en egen roll i planen. Många av de situationer där barn blir lämnade utanför "
        "uppstår på eftermiddagarna, när grupperna är större, barnen är trötta och leken är friare. "
        "Fritidspersonalen har därför gjort egna observationer under våren, och fritidshemmets åtgärder finns "
        "med i tabellen i steg 3. Fritidshemmet deltar också i trygghetsvandringen och i uppföljningen."
    )
    pl.p("Planen läggs ut på Unikum och presenteras kort på höstens föräldramöten.")

    pl.h("Till dig som är elev", 1)
    pl.p(
        "Du har rätt att känna dig trygg i skolan och på fritids. Ingen får vara elak mot dig, slå dig, retas "
        "med dig eller lämna dig utanför med flit. Ingen får heller säga elaka saker om hur du ser ut, var "
        "din familj kommer ifrån, vad du tror på, om du är pojke eller flicka eller om du har svårt för "
        "något. Det gäller också i chatten och på nätet."
    )
    pl.p(
        "Om någon är dum mot dig, eller om du ser att någon annan har det jobbigt, ska du berätta för en "
        "vuxen som du litar på. Det kan vara din lärare, någon på fritids, kuratorn Hanna eller rektorn "
        "Louise. Du kan också berätta för dina föräldrar, så kontaktar de skolan. Det är aldrig skvaller att "
        "berätta när någon har det svårt, och du ska aldrig behöva vara rädd för att du har berättat."
    )
    pl.p(
        "När du har berättat kommer den vuxna att prata med dig och med de andra som var med. De vuxna ser "
        "till att det slutar, och efter en tid frågar de dig igen hur du har det. Om det inte har slutat "
        "fortsätter de vuxna tills det har gjort det."
    )
    pl.p(
        "Du kan också vara med och göra skolan tryggare. I klassrådet och elevrådet får du säga vad du tycker "
        "om skolan och om den här planen. Du kan vara med och bestämma vad vi ska göra på rasterna, och när "
        "vi gör trygghetsvandringen kan du visa oss de platser där du inte tycker om att vara. Det du "
        "berättar gör skillnad."
    )
    pl.h("Steg 1 – Undersöka", 1)
    pl.p(
        "Under våren 2026 har vi undersökt hur eleverna har det genom trivselenkäten i mars, som alla elever "
        "i åk 1–6 besvarade, trygghetsvandringen i april, fritidshemmets observationer av leken på gården och "
        "en genomgång av de anmälningar om kränkande behandling som kom in under läsåret. Resultaten har "
        "sammanställts av trygghetsteamet och diskuterats i arbetslagen och med elevrådet."
    )

    pl.h("Steg 2 – Analysera", 1)
    pl.p(
        "Trygghetsteamet har analyserat underlaget tillsammans med arbetslagen och elevrådet. Vi har frågat "
        "oss var och när risker uppstår, vilka elever som berörs och vad det beror på, och vi har särskilt "
        "tittat på om det finns risker som har samband med någon av diskrimineringsgrunderna. Analysen ligger "
        "till grund för åtgärderna i steg 3."
    )
    pl.p(
        "I analysen har vi också försökt skilja mellan det som beror på platser och tider – där fler vuxna "
        "eller en annan organisation kan göra skillnad – och det som beror på normer och språk, där det "
        "behövs ett långsiktigt arbete i klasserna. Vi har diskuterat hur vi vuxna själva bidrar, till "
        "exempel genom vilka lekar vi erbjuder, hur vi delar in grupper och hur vi pratar om pojkar och "
        "flickor. Elevrådet har fått säga sitt om vad de tror att det beror på, och deras tankar har vägts "
        "in. Vi är medvetna om att en liten skola kan ha svårt att se mönster i små siffror, och därför har "
        "vi lagt stor vikt vid det eleverna och personalen berättar."
    )

    pl.h("Steg 3 – Åtgärda", 1)
    pl.p(
        "Det främjande arbetet pågår hela tiden och gäller alla. Varje måndag börjar med klassens "
        "”veckostart” där mentorn tar upp hur gruppen har det. Vi har faddrar mellan åk 6 och förskoleklass, "
        "gemensamma tema-dagar om barns rättigheter i november och om olika familjer och traditioner i "
        "februari, och på fritids erbjuder personalen varje dag en ledd aktivitet som alla kan vara med i. "
        "Vi använder litteratur och bilder där barn med olika bakgrund, funktionsförmåga och familjer syns, "
        "och vi planerar utflykter så att alla kan delta."
    )
    pl.p(
        "Det främjande arbetet handlar också om hur vi vuxna är. Alla som arbetar på skolan ska hälsa på "
        "eleverna, lära sig deras namn och visa att de bryr sig. Vi vill att eleverna ska märka att vuxna "
        "reagerar på ett hårt språk, också när det sägs på skämt, och att vuxna själva använder ett språk som "
        "inte pekar ut någon. I klassrummen arbetar vi med samarbetsövningar och med att eleverna ska få "
        "arbeta med många olika kamrater under året. Elevrådet är med och planerar skolans gemensamma "
        "aktiviteter, som höstfesten, luciafirandet och idrottsdagen i maj, så att de blir aktiviteter där "
        "alla kan och vill vara med."
    )
    pl.p("Under året genomför vi dessutom följande förebyggande åtgärder:")
    pl.table(
        [
            ["Åtgärd", "Mål", "Ansvarig", "När", "Uppföljning"],
            [
                "Vuxen vid gungorna och klätterställningen varje rast",
                "Färre konflikter om turordning",
                "Fritidspedagog Sanna Ek (schema)",
                "Från skolstart",
                "December, elevrådet",
            ],
            [
                "Lektioner om att vara en bra kompis i chatten, åk 4–6",
                "Eleverna vet hur man gör och vart man vänder sig",
                "Kurator Hanna Öst",
                "Vecka 38–42",
                "Enkätfråga i mars",
            ],
            [
                "Tydligare regler för fotbollen på stora planen, framtagna med elevrådet",
                "Alla som vill ska få vara med",
                "Idrottslärare Per Alvén",
                "September",
                "Trygghetsrådet i december",
            ],
            [
                "Personalen går igenom rutinen för att anmäla kränkningar",
                "All personal anmäler samma dag",
                "Rektor Louise Granath",
                "Studiedag 14 augusti",
                "Rektor vid APT i januari",
            ],
        ],
        widths=[4.5, 3.5, 3, 2.5, 2.5],
    )

    pl.h("Fritidshemmet Tallkotten", 2)
    pl.p(
        "På fritidshemmet är grupperna större och åldrarna mer blandade än under skoldagen, och leken är "
        "friare. Det är något vi ser som en stor tillgång, men det innebär också att barn som inte redan har "
        "en kompis lätt blir lämnade utanför. Fritidspersonalen har därför delat upp eftermiddagen så att det "
        "alltid finns en ledd aktivitet inomhus och en utomhus, och en vuxen som har särskilt ansvar för att "
        "se de barn som går ensamma. Under hösten prövar vi också ”kompisbänken” på gården, där den som vill "
        "ha någon att leka med kan sätta sig."
    )
    pl.p(
        "Fritidshemmets personal har regelbunden kontakt med lärarna, så att det som händer under skoldagen "
        "inte följer med in på eftermiddagen utan att någon vet om det, och tvärtom. Vid hämtningen försöker "
        "personalen alltid ha en kort pratstund med vårdnadshavarna om hur dagen har varit."
    )
    pl.h("Nationella minoriteter", 2)
    pl.p(
        "De nationella minoriteterna är judar, romer, samer, sverigefinnar och tornedalingar. Vi informerar "
        "vårdnadshavare om rätten till modersmålsundervisning i jiddisch, romani chib, samiska, finska och "
        "meänkieli, och i åk 4–6 arbetar eleverna med minoriteternas historia, språk och kultur i SO. Samernas "
        "nationaldag den 6 februari och sverigefinnarnas dag den 24 februari uppmärksammas med högläsning "
        "och flaggning."
    )

    pl.h("Om något händer", 2)
    pl.numbered(
        [
            "Den vuxna som ser eller får höra om en kränkning ingriper direkt och säger ifrån.",
            "Den vuxna anmäler till rektor samma dag på skolans blankett.",
            "Rektor anmäler till huvudmannen inom 24 timmar.",
            "Rektor utser vem som utreder, oftast mentor och någon från trygghetsteamet. Alla inblandade får "
            "berätta, och vårdnadshavare kontaktas samma dag.",
            "Åtgärder sätts in för att kränkningarna ska upphöra.",
            "Allt dokumenteras i skolans ärendesystem.",
            "Mentor följer upp med eleven efter en vecka och efter en månad.",
        ]
    )
    pl.p(
        "Om en vuxen kränker en elev utreds det av rektor, och om det gäller rektor av styrelsens "
        "ordförande. Du kan alltid kontakta rektor Louise Granath (tel. 031-799 20 10, "
        "louise.granath@tallbacken.se) eller kurator Hanna Öst (tel. 031-799 20 14)."
    )

    pl.h("Steg 4 – Följa upp", 1)
    pl.p("Så här gick det med förra årets åtgärder:")
    pl.table(
        [
            ["Åtgärd 2025/26", "Genomförande", "Effekt"],
            [
                "Rastvärdar från åk 6 på lilla gården",
                "Genomfördes hela året med tolv rastvärdar som bytte varje månad",
                "Eleverna i F–2 säger i enkäten att det är lättare att få hjälp; anmälningarna från lilla "
                "gården minskade från 9 till 3",
            ],
            [
                "Fler vuxna i kapprummen på eftermiddagen",
                "Fritidspersonalen fanns i kapprummen kl. 13.30–14.00 från oktober",
                "Färre konflikter enligt personalen, men eleverna märker ingen stor skillnad",
            ],
            [
                "Samtal om språkbruk i åk 5–6",
                "Genomfördes bara i åk 5 på grund av lärarbyte i åk 6",
                "I åk 5 färre svordomar enligt lärarna; i åk 6 ingen förändring",
            ],
        ],
        widths=[5, 5.5, 5.5],
    )

    pl.h("Vårt år", 2)
    pl.p("Så här följer vi upp och utvärderar årets plan:")
    pl.table(
        [
            ["Månad", "Vad", "Vem"],
            [
                "Augusti",
                "Planen fastställs och gås igenom med personalen; klassråden diskuterar planen",
                "Rektor, mentorer",
            ],
            ["December", "Uppföljning av åtgärderna med trygghetsrådet och elevrådet", "Trygghetsteamet"],
            ["Mars", "Trivselenkät i åk 1–6", "Trygghetsteamet"],
            ["April", "Trygghetsvandring med trygghetsrådet", "Trygghetsteamet, trygghetsrådet"],
            [
                "Maj",
                "Utvärdering av årets plan: elevrådet och klassråden bedömer varje åtgärd, trygghetsteamet "
                "jämför med enkäten",
                "Rektor, trygghetsteamet, elevrådet",
            ],
            ["Juni", "Utvärderingen skrivs in i nästa års plan", "Rektor"],
        ],
        widths=[2.5, 9.5, 4],
    )

    law_appendix(pl, heading="Bilaga – Styrdokument")
    pl.save(out / fn)
    return fn
