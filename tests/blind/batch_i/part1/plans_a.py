"""Plans i1_01 – i1_05: three PDF→Word conversions, a sameskola and a Tornedalen school."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from wordkit import Plan, PdfText, png  # noqa: E402


# ---------------------------------------------------------------------------
def plan01():
    pl = Plan("i1_01_lindbacka-7-9-pdf.docx",
              "Plan mot diskriminering och kränkande behandling – Lindbackaskolan 2025/26",
              "Lindbackaskolan")
    d = pl.dec
    head = "Lindbackaskolan – Plan mot diskriminering och kränkande behandling läsåret 2025/26"
    t = PdfText(pl, head=head)
    pl.para("Norrfjärdens kommun · Barn- och utbildningsförvaltningen", size=9)
    t.h("Plan mot diskriminering och kränkande behandling")
    t.h("Lindbackaskolan, årskurs 7–9")
    t.p("Läsåret 2025/26")
    t.p("Planen gäller från 2025-09-15 till 2026-09-14")
    t.p(f"Skolenhetskod {d('48213907')} · Dnr {d('BUN 2025/0412')}")
    t.p(f"Huvudman: Norrfjärdens kommun, barn- och utbildningsnämnden, organisationsnummer {d('212000-2817')}")
    t.blank()
    t.h("Innehåll")
    t.p("1. Inledning och vision 2. Ansvarsfördelning 3. Elevernas delaktighet 4. Utvärdering av förra "
        "årets plan 5. Kartläggning och analys 6. Främjande arbete 7. Förebyggande åtgärder 8. Rutiner "
        "för akuta situationer 9. Diskrimineringsgrunderna 10. Uppföljning av årets plan")
    t.blank()
    t.h("1. Inledning")
    t.p("Lindbackaskolan är en kommunal skola med 312 elever i årskurs 7–9. Skolan ligger i centrala "
        "Norrfjärden och tar emot elever från fyra F–6-skolor i kommunen, vilket innebär att en stor del "
        "av eleverna i årskurs 7 möter nya kamrater och nya vuxna samtidigt. Den övergången har i flera "
        "år varit den period då vi ser flest konflikter, och den präglar också årets plan. Planen ska "
        "läsas som ett arbetsdokument: den beskriver vad vi vet om tryggheten på skolan, vad vi gjorde "
        "förra året och med vilket resultat, och vad vi ska göra under läsåret 2025/26.")
    t.p("Planen bygger på skollagen (" + d("SFS 2010:800") + ") 6 kap., diskrimineringslagen (2008:567) "
        "och förordningen (2006:1083) om barns och elevers deltagande i arbetet med en plan mot "
        "kränkande behandling. Den har tagits fram av skolans trygghets|team tillsammans med elevrådet "
        "och klassråden under perioden maj–september 2025.")
    t.p("Vår vision är att ingen elev på Lindbackaskolan ska behöva vara rädd för att gå till skolan, "
        "och att alla ska bli bemötta med respekt av både vuxna och kamrater oavsett vem de är.")
    t.h("2. Ansvarsfördelning")
    t.p("Huvudmannen, barn- och utbildningsnämnden i Norrfjärdens kommun, har det yttersta ansvaret för "
        "att skolan bedriver ett målinriktat arbete mot kränkande behandling och att planen upprättas "
        "varje år. Huvudmannen tar emot rektors anmälningar och ansvarar för att de utreds.")
    t.p("Rektor Annika Westerlund ansvarar för att planen upprättas, följs upp och utvärderas, att all "
        "personal känner till den och att anmälningar om kränkande behandling utreds och åtgärdas. "
        "Rektor anmäler varje ärende vidare till huvudmannen.")
    t.p("Biträdande rektor Jonas Heikkilä leder skolans trygghetsteam, som består av kurator Maria "
        "Sundqvist, skolsköterska Eva Rönnberg, specialpedagog Lars Öberg och en lärare från varje "
        "årskurs. Trygghetsteamet samordnar kartläggningen, håller i trygg|hets|vandringen och utreder "
        "ärenden på rektors uppdrag.")
    t.p("Mentorerna ansvarar för att planen gås igenom i sina mentorsgrupper och för att följa upp "
        "klimatet i gruppen. All personal ansvarar för att ingripa när en elev kränks och för att "
        "anmäla till rektor samma dag.")
    t.h("3. Elevernas delaktighet")
    t.p("Eleverna har varit delaktiga i alla tre delarna av arbetet: när planen togs fram, när förra "
        "årets plan följdes upp och när den ses över under året. I maj 2025 genomförde elevrådet "
        "tillsammans med trygghetsteamet en trygghetsvandring där elevrepresentanter från varje klass "
        "markerade platser de upplever som otrygga på en karta över skolan. Resultatet diskuterades "
        "sedan på klassråd i samtliga klasser, och varje klassråd lämnade förslag på åtgärder. Tre av "
        "årets åtgärder kommer direkt från klassrådens förslag (se avsnitt 7).")
    t.p("Två elever från elevrådet sitter med i trygghetsteamet vid träffarna i oktober, februari och "
        "maj. I augusti gick mentorerna igenom utkastet till plan i mentorsgrupperna och eleverna fick "
        "lämna synpunkter via ett formulär i Vklass; 126 elever svarade. En elevversion av planen på två "
        "sidor, skriven av elevrådet, sätts upp i varje klassrum.")
    t.h("4. Utvärdering av förra årets plan (2024/25)")
    t.p("Förra årets plan innehöll fem åtgärder. Utvärderingen gjordes i juni 2025 av trygghetsteamet "
        "tillsammans med elevrådet, utifrån trivselenkäten, trygghetsvandringen och statistiken över "
        "anmälningar.")
    t.p("Åtgärd 1: Rastvärdar i korridoren vid matsalen och vid skåpen under lunchrasten. Genomförande: "
        "genomfördes från september med ett schema där två vuxna fanns på plats varje dag. Resultat: "
        "andelen elever som angav korridoren vid matsalen som otrygg sjönk från 31 % till 14 %. Antalet "
        "anmälda händelser där sjönk från 19 till 7. Åtgärden behålls.")
    t.p("Åtgärd 2: Omklädningsrummen vid idrottshallen. Genomförande: idrottslärarna delade upp "
        "ombytet i två tider och en vuxen fanns i anslutning till omklädningsrummen. Resultat: "
        "delvis effekt. Pojkarna i åk 8 upplevde fortfarande omklädningsrummet som otryggt (24 %). "
        "Åtgärden fortsätter med förändringar.")
    t.p("Åtgärd 3: Värdegrundslektioner om sexuella trakasserier i åk 8. Genomförande: fyra lektioner "
        "ht 2024 med kurator. Resultat: eleverna uppgav i utvärderingen att de nu vet vad sexuella "
        "trakasserier är och vart de kan vända sig; antalet anmälningar om sexuella trakasserier ökade "
        "från 3 till 8, vilket vi tolkar som att fler vågar berätta.")
    t.p("Åtgärd 4: Gemensamma regler för mobiltelefoner och sociala medier. Genomförande: "
        "genomfördes inte fullt ut eftersom arbetet med nya ordningsregler blev försenat. Mobilinsamling "
        "infördes först i april. Resultat: för tidigt att bedöma; åtgärden förs över till i år.")
    t.p("Åtgärd 5: Faddrar från åk 9 för nya elever i åk 7. Genomförande: 24 faddrar utbildades i "
        "augusti. Resultat: 82 % av eleverna i åk 7 svarade att de kände sig välkomna (året innan 71 %).")
    t.h("5. Kartläggning och analys")
    t.p("Kartläggningen har gjorts med flera metoder: Norrfjärdens kommuns trivselenkät i februari "
        "2025 (svarsfrekvens 271 av 312 elever), Skolinspektionens skolenkät för åk 9 våren 2025, "
        "trygghetsvandringen med elevrådet i maj, hälsosamtal med skolsköterskan i åk 7, statistik "
        "över anmälningar om kränkande behandling i kommunens anmälningssystem samt samtal i "
        "klassråden.")
    t.p("Resultat. 86 % av eleverna känner sig trygga i skolan, vilket är samma nivå som förra året. "
        "Lägst är tryggheten i åk 8 (79 %). De platser som pekas ut som otrygga är omklädningsrummen, "
        "busshållplatsen vid Skolgatan efter skoldagens slut och toaletterna i C-huset. 18 % av "
        "eleverna uppger att de har blivit utsatta för kränkningar på nätet eller i sociala medier, "
        "oftast i klassens gruppchattar. Flickor anger i högre grad än pojkar att de fått kommentarer "
        "om sitt utseende och sin kropp. Under läsåret 2024/25 anmäldes 64 händelser till rektor, "
        "varav 11 gällde trakasserier kopplade till en diskriminerings|grund, främst etnisk "
        "tillhörighet och sexuell läggning (skällsord).")
    t.p("Ett exempel från hösten visar varför busshållplatsen är en risk: en elev (" +
        pl.pn("20110523-2845", "body") + ") blev upprepade gånger knuffad och filmad i väntan på "
        "bussen, och filmen spreds i en gruppchatt. Ärendet utreddes och är avslutat.")
    t.p("Analys. Vi ser att kränkningarna i stor utsträckning sker där vuxna inte finns, och att "
        "konflikter som börjar på nätet på kvällar och helger följer med in i skolan. Orsaken till att "
        "åk 8 sticker ut kan vara att gruppen bytt mentorer två gånger. Skällsord som anspelar på "
        "sexuell läggning och etnisk tillhörighet förekommer fortfarande och normaliseras i delar av "
        "elevgruppen; det är en risk för trakasserier som vi måste arbeta med. Resultaten har "
        "analyserats av trygghetsteamet och diskuterats med elevrådet och på arbetsplatsträffen i "
        "augusti.")
    t.h("6. Främjande arbete")
    t.p("Det främjande arbetet riktar sig till alla elever och syftar till att stärka respekten för "
        "allas lika värde. Detta gör vi under året:")
    t.b("Gemensamma värdegrundslektioner en gång per månad på mentorstid, där varje tema kopplas till "
        "en av diskrimineringsgrunderna. Ansvar: mentorerna, material från kuratorn. Tid: hela läsåret.")
    t.b("Normkritisk granskning av läromedel och skönlitteratur i svenska och SO så att eleverna möter "
        "olika familjekonstellationer, funktionsnedsättningar och kulturella bakgrunder. Ansvar: "
        "ämneslagen i svenska och SO. Tid: ht 2025.")
    t.b("Temadag om mänskliga rättigheter i december för hela skolan. Ansvar: biträdande rektor och "
        "elevrådet.")
    t.b("Blandade grupper vid friluftsdagar och temadagar så att elever från olika klasser och "
        "årskurser lär känna varandra. Ansvar: arbetslagen.")
    t.h("7. Förebyggande åtgärder för läsåret 2025/26")
    t.p("Åtgärderna utgår från kartläggningen i avsnitt 5 och från klassrådens förslag.")
    t.p("Åtgärd 1. Område: busshållplatsen vid Skolgatan. Mål: andelen elever som anger "
        "busshållplatsen som otrygg ska halveras (från 22 % till under 11 %). Åtgärd: en vuxen finns vid "
        "hållplatsen 15.00–15.30 måndag–fredag; samtal med kollektivtrafiken om kameror. Ansvarig: "
        "biträdande rektor Jonas Heikkilä (schema). Tid: från v. 38 ht 2025. Uppföljning: "
        "trygghetsvandringen i maj 2026.")
    t.p("Åtgärd 2. Område: omklädningsrummen. Mål: ingen elev ska uppge omklädningsrummen som otrygga "
        "i trivselenkäten. Åtgärd: enskilda omklädningsbås byggs i pojkarnas omklädningsrum; "
        "idrottslärare närvarande i anslutning till ombyte. Ansvarig: rektor (lokalfrågan), "
        "idrottslärarna (närvaro). Tid: byggnation klar senast januari 2026. Uppföljning: trivselenkäten "
        "februari 2026.")
    t.p("Åtgärd 3. Område: kränkningar på nätet. Mål: andelen utsatta på nätet ska minska från 18 % "
        "till 12 %. Åtgärd: lektionsserie om digitalt ansvar i åk 7 och 8 (förslag från klassråden), "
        "föreläsning för elever i oktober. Ansvarig: kurator Maria Sundqvist och mentorerna i åk 7–8. "
        "Tid: oktober–december 2025. Uppföljning: trivselenkäten och klassråd i januari.")
    t.p("Åtgärd 4. Område: trakasserier kopplade till sexuell läggning och etnisk tillhörighet. Mål: "
        "alla vuxna säger ifrån varje gång skällsord används; antalet anmälda trakasserier ska minska. "
        "Åtgärd: gemensam kompetensdag för personalen om trakasserier och hur man ingriper; "
        "elevrådet tar fram affischer. Ansvarig: rektor (kompetensdag), elevrådet med kurator (affischer). "
        "Tid: kompetensdag 2025-10-27, affischer november. Uppföljning: anmälningsstatistik per termin.")
    t.p("Åtgärd 5. Område: åk 8. Mål: tryggheten i åk 8 ska nå skolans genomsnitt. Åtgärd: fasta "
        "mentorer, gruppstärkande övningar varje vecka under ht, extra klassråd. Ansvarig: arbetslag 8. "
        "Tid: ht 2025. Uppföljning: klassråd och enkät i december.")
    t.p("Åtgärd 6. Mobilregler (överförd från förra året). Mål: inga mobiler under skoldagen utom i "
        "undervisningssyfte. Åtgärd: mobilinsamling vid dagens början i alla klasser. Ansvarig: "
        "mentorerna. Tid: från skolstart 2025-08-18. Uppföljning: elevrådet utvärderar i december.")
    t.h("8. Rutiner för akuta situationer")
    t.p("Så här gör vi när en elev upplever sig kränkt, trakasserad eller sexuellt trakasserad:")
    t.b("1. Den vuxna som ser eller får veta om händelsen ingriper direkt och säger ifrån.")
    t.b("2. Den vuxna anmäler till rektor samma dag via kommunens digitala anmälningsblankett.")
    t.b("3. Rektor anmäler skyndsamt, senast inom en vecka, till huvudmannen genom samma system.")
    t.b("4. Rektor utser den som ska utreda, oftast mentor tillsammans med någon ur trygghetsteamet. "
        "Utredningen startar snarast och omfattar samtal med den utsatta, den eller de som utövat "
        "kränkningen och eventuella vittnen. Vårdnadshavare informeras samma dag.")
    t.b("5. Åtgärder vidtas för att kränkningarna ska upphöra, på individ-, grupp- och vid behov "
        "skolnivå.")
    t.b("6. Allt dokumenteras i anmälningssystemet: anmälan, utredning, åtgärder och uppföljning.")
    t.b("7. Uppföljning sker med de inblandade inom två veckor. Ärendet avslutas när kränkningarna har "
        "upphört.")
    t.p("Om en vuxen på skolan kränker en elev anmäls detta till rektor, som själv utreder "
        "tillsammans med HR-avdelningen och anmäler till huvudmannen. Om rektor är inblandad anmäls "
        "direkt till skolchef Per-Olof Nygren, tel. " + d("0620-68 21 40") + ".")
    t.p("Elever och vårdnadshavare kan vända sig till mentor, kurator Maria Sundqvist (tel. " +
        d("070-312 44 87") + ", maria.sundqvist@norrfjarden.se), skolsköterska Eva Rönnberg eller "
        "rektor Annika Westerlund (annika.westerlund@norrfjarden.se).")
    t.h("9. Diskrimineringsgrunderna")
    t.p("Diskrimineringslagen skyddar mot diskriminering som har samband med kön, "
        "könsöverskridande identitet eller uttryck, etnisk tillhörighet, religion eller annan "
        "trosuppfattning, funktionsnedsättning, sexuell läggning och ålder. I kartläggningen har vi "
        "frågat om alla sju grunderna, och åtgärd 4 riktar sig särskilt mot trakasserier kopplade till "
        "sexuell läggning och etnisk tillhörighet.")
    t.p("I Sverige finns fem nationella minoriteter: judar, romer, samer, sverigefinnar och "
        "tornedalingar.")
    t.h("10. Uppföljning och utvärdering av årets plan")
    t.p("Åtgärderna följs upp löpande på trygghetsteamets möten i oktober, februari och maj. Planen "
        "som helhet utvärderas i maj–juni 2026: trygghetsteamet sammanställer trivselenkäten, "
        "trygghetsvandringen och anmälningsstatistiken, och elevrådet går igenom varje åtgärd och "
        "bedömer effekten tillsammans med klassråden. Biträdande rektor Jonas Heikkilä ansvarar för "
        "att utvärderingen genomförs och skrivs in i nästa års plan senast 2026-09-14.")
    t.h("11. Information om planen")
    t.p("Planen publiceras på skolans webbplats och skickas ut till alla vårdnads|havare via Vklass i "
        "september. Den finns också i pappersform på expeditionen.")
    t.blank()
    t.p(f"Norrfjärden 2025-09-12. Läsårets datum: {d('250818-260612')}.")
    t.p("Annika Westerlund, rektor")
    pages = t.render()
    pl.footer_text("Lindbackaskolan · Skolgatan 14 · 891 40 Norrfjärden")
    return pl, dict(
        school_year="2025/26", forms=["grundskola"],
        shape=f"PDF→Word conversion ({pages} pages of line-paragraphs, bold headings, repeated page headers, hyphen splits); long discursive municipal 7–9 plan",
        expected="mmmmmmmmmpmp",
        reasons={
            "minority_rights": "the five minorities are only listed, no measure (§6.10 partial)",
            "guardian_involvement": "guardians only informed via website/Vklass (§6.12 partial)",
            "previous_year_evaluation": "measure-by-measure account with effect figures",
            "acute_routines": "all steps incl. report to huvudman and documentation",
        })


# ---------------------------------------------------------------------------
def plan02():
    pl = Plan("i1_02_alvkulle-im-pdf.docx",
              "Plan mot kränkande behandling – Introduktionsprogrammen, Älvkullegymnasiet",
              "Älvkullegymnasiet IM")
    d = pl.dec
    head = "Älvkullegymnasiet IM | Plan mot kränkande behandling | 2025–2027"
    t = PdfText(pl, head=head, width=90)
    t.h("PLAN MOT KRÄNKANDE BEHANDLING OCH DISKRIMINERING")
    t.h("Introduktionsprogrammen (IM), Älvkullegymnasiet")
    t.p("Planen gäller i två år, läsåren 2025/26 och 2026/27, och revideras därefter.")
    t.p(f"Skolenhetskod {d('71550236')}")
    t.blank()
    t.h("Om introduktionsprogrammen")
    t.p("På introduktionsprogrammen går drygt 140 elever. De flesta studerande läser på "
        "språkintroduktion och har kommit till Sverige under de senaste tre åren; övriga läser på "
        "individuellt alternativ eller program|inriktat val. Många av våra studerande är äldre än "
        "20 år när de lämnar oss, och flera bor i familjehem eller på HVB. Det ställer krav på att vi "
        "har kontakt med gode män, socialtjänst och boenden.")
    t.h("Ansvar")
    t.p("Ansvariga för planen är arbetslaget på IM.")
    t.h("Vår syn på trygghet")
    t.p("Alla elever ska känna sig trygga och respekterade. På IM har vi nolltolerans mot kränkningar. "
        "Vi tror på allas lika värde och på att varje studerande ska få växa. Vi är goda förebilder "
        "och visar respekt i alla möten.")
    t.h("Kartläggning")
    t.p("I mars 2025 besvarade 118 av 141 studerande skolans trivselenkät, som finns på sex språk "
        "(svenska, arabiska, dari, somaliska, tigrinja och engelska). Dessutom har mentorerna haft "
        "trivselsamtal med varje elev, och vi har gått igenom anmälningarna om kränkande behandling.")
    t.p("Resultat: 81 % av de studerande känner sig trygga på skolan, men bara 64 % känner sig "
        "trygga i matsalen, som vi delar med de nationella programmen. I trivselsamtalen berättade "
        "flera elever att de fått höra kommentarer om sin brytning och om att de är \"nyanlända\" "
        "från elever på andra program. 12 anmälningar gjordes under 2024/25, varav 7 gällde "
        "kommentarer om ursprung eller religion. Vi ser också att konflikter mellan elever från "
        "samma boende ibland följer med in i skolan. Vår analys är att IM-eleverna är en synlig "
        "grupp i skolans gemensamma lokaler och att det finns en risk för trakasserier kopplade "
        "till etnisk tillhörighet och religion.")
    t.p("Ett exempel: en studerande (samordnings|nummer " + pl.pn("080382-5173", "body") +
        ") blev i februari hindrad att sätta sig vid ett bord i matsalen och fick höra skällsord. "
        "Händelsen anmäldes och utreddes.")
    t.h("Elevernas delaktighet")
    t.p("Eleverna har deltagit genom att besvara trivselenkäten och genom trivselsamtalen med "
        "mentor.")
    t.h("Utvärdering av förra årets arbete")
    t.p("Förra året hade vi tre åtgärder. Språkstödjare i matsalen – genomfört. Information om "
        "planen på elevernas språk – genomfört. Studiebesök på de nationella programmen för alla "
        "elever på språkintroduktion – inte genomfört.")
    t.h("Åtgärder")
    t.b("Vi ska arbeta för att matsalen blir en trygg plats för alla studerande.")
    t.b("Mentorerna pratar om värdegrunden på mentorstiden.")
    t.b("Gemensamma aktiviteter med de nationella programmen, t.ex. friluftsdag.")
    t.b("Vuxna ska röra sig mer bland eleverna på raster.")
    t.b("Kurator håller samtalsgrupper om konflikthantering för elever som bor på samma boende. "
        "Start v. 40 ht 2025.")
    t.h("Diskrimineringsgrunder")
    t.p("Ingen elev får diskrimineras på grund av kön, etnisk tillhörighet, religion eller annan "
        "trosuppfattning, funktionshinder, sexuell läggning eller ålder.")
    t.h("Om något händer")
    t.p("Den som ser att en elev blir kränkt ska ingripa direkt. Händelsen anmäls samma dag till "
        "rektor Samir Haddad. Rektor ser till att händelsen utreds, vanligen av mentor och kurator, "
        "som pratar med de inblandade och vid behov med god man eller boende. Skolan vidtar åtgärder "
        "så att kränkningarna upphör och följer upp efter två veckor. Anmälan och utredning "
        "dokumenteras på kommunens blankett.")
    t.p("Kontakt: rektor Samir Haddad, tel. " + d("0611-34 80 12") + "; kurator Leyla Demir, tel. " +
        d("0611-34 80 27") + ".")
    t.h("Uppföljning")
    t.p("Planen följs upp av arbetslaget på IM.")
    pages = t.render()
    return pl, dict(
        school_year="2025/26", forms=["gymnasieskola"],
        shape=f"PDF→Word conversion ({pages} pages), IM programmes, 'elever'/'studerande' mixed; thin, mostly generic",
        expected="pppppppppxpx",
        reasons={
            "validity_period": "explicit two-year validity (2025/26 and 2026/27) is longer than 13 months (§6.1 partial)",
            "responsible": "only a group ('arbetslaget på IM') named, no role (§6.2 partial)",
            "student_involvement": "students only as survey respondents / trivselsamtal, no part in drawing up or follow-up (§6.3 partial)",
            "previous_year_evaluation": "only done/not done per measure, no effect (§6.4 partial)",
            "survey": "named sources with concrete results (81 %, 64 % matsal, 12 anmälningar) — met",
            "promotive_work": "only slogans (nolltolerans, goda förebilder) and a generic mentor-time item (§6.6 partial)",
            "preventive_measures": "five measures, owner/time mostly missing (only the kurator group has both) (§6.7 partial)",
            "acute_routines": "no step where rektor reports to the huvudman (§6.8 partial)",
            "discrimination_grounds": "six grounds, 'funktionshinder' outdated, könsöverskridande identitet missing (§6.9 partial)",
            "evaluation_plan": "only 'följs upp av arbetslaget' — no when, how or students' part (§6.11 partial)",
            "guardian_involvement": "no mention of guardians (only gode män/boenden in the acute routine)",
        })


# ---------------------------------------------------------------------------
def plan03():
    pl = Plan("i1_03_bjorkhagen-f3-pdf.docx",
              "Trygghetsplan Björkhagens skola 2026/27", "Björkhagens skola")
    d = pl.dec
    t = PdfText(pl, head="Björkhagens skola F–3 · Trygghetsplan 2026/27", width=78, lines_per_page=46)
    t.h("Trygghetsplan – plan mot kränkande behandling")
    t.h("Björkhagens skola, förskoleklass och åk 1–3")
    t.p("Gäller 2026-08-17 – 2027-06-11")
    t.blank()
    t.h("Om vår skola")
    t.p("Björkhagens skola är en liten byskola med 58 elever i förskoleklass till årskurs 3 och ett "
        "fritidshem. Planen har tagits fram av personalgruppen. Alla som arbetar på skolan har ansvar "
        "för att planen följs och för att alla barn blir väl bemötta.")
    t.h("Så har eleverna varit med")
    t.p("I maj 2026 ritade alla elever en karta över skolgården och skolan där de markerade med grönt "
        "var de känner sig trygga och med rött var det känns otryggt. Korten sattes upp i klassrummen "
        "och vi pratade om dem i klassråden. Klassrådet i åk 3 fick sedan välja vilka två platser vi "
        "ska börja med i år, och elevrådet (två elever från varje klass) har träffat "
        "personalen två gånger under våren och tyckt till om förslagen till åtgärder. I augusti läste vi "
        "elev|versionen av planen tillsammans i alla klasser.")
    t.h("Utvärdering")
    t.p("Ingen utvärdering av föregående års plan har gjorts eftersom planen är ny.")
    t.h("Så tar vi reda på hur eleverna har det")
    t.p("Vi använder trygghetsenkäten som eleverna i åk 2 och 3 svarar på i april, elevernas kartor "
        "över trygga och otrygga platser, samtal på klassråd och utvecklingssamtalen med elever och "
        "vårdnadshavare. Resultaten har sammanställts av lärarna.")
    t.h("Så jobbar vi")
    t.b("Varje måndag har alla klasser en stund för kompisövningar och samtal om hur vi är mot "
        "varandra. Ansvar: klasslärarna.")
    t.b("Vi har faddrar: eleverna i åk 3 är faddrar för förskoleklassen och leker med dem varje "
        "fredag. Ansvar: förskoleklassläraren Karin Björk.")
    t.b("Vi läser böcker med barn som lever på olika sätt och i olika familjer, och samtalar om dem.")
    t.h("Det här ska vi göra i år")
    t.p("1. Rastvärdar på skolgården på de två platser klassrådet valt. Mål: "
        "fler elever ska känna sig trygga på rasterna. Ansvarig: fritidspedagog Ali Karimi gör schemat. När: "
        "från skolstart, varje rast.")
    t.p("2. Lugnare omklädning i gympan: omklädning i två grupper. Mål: eleverna ska tycka att "
        "omklädningen är lugn. Ansvarig: idrottsläraren Tove Lind. När: från v. 35.")
    t.p("3. Kompisregler tas fram av varje klass på klassrådet. Ansvarig: klasslärarna. När: "
        "september 2026.")
    t.h("Om något händer – Steg 1–4")
    t.p("Steg 1. Den vuxna som ser eller hör att ett barn blir kränkt stoppar det direkt.")
    t.p("Steg 2. Den vuxna berättar samma dag för rektor Helena Åkesson och fyller i anmälan i "
        "kommunens system. Rektor anmäler till huvudmannen (förvaltningen) samma vecka.")
    t.p("Steg 3. Rektor ser till att det utreds: vi pratar med barnen, ringer vårdnadshavarna samma "
        "dag och bestämmer vad som ska göras för att det ska sluta. Allt skrivs in i anmälan.")
    t.p("Steg 4. Vi följer upp med barnen och vårdnadshavarna efter en vecka och igen efter en månad.")
    t.p("Om en vuxen kränker ett barn pratar du med rektor direkt. Rektor utreder.")
    t.h("Till vårdnadshavare")
    t.p("Planen gås igenom på föräldramötet i september, där ni också kan tycka till om den och om "
        "hur vi kan göra skolan tryggare. På utvecklingssamtalen pratar vi om hur ditt barn har det. "
        "Vi har även ett föräldraråd som träffas två gånger per termin och som har lämnat synpunkter "
        "på årets åtgärder.")
    t.p("Rektor Helena Åkesson, tel. " + d("0910-58 30 11") + ", helena.akesson@skelleby.se")
    t.p("Vi pratar om att alla är lika mycket värda, oavsett kön eller etnicitet.")
    pages = t.render()
    return pl, dict(
        school_year="2026/27", forms=["förskoleklass", "grundskola"],
        shape=f"PDF→Word conversion ({pages} pages), short village-school F–3 plan, odd headings ('Så jobbar vi', 'Steg 1–4')",
        expected="mpmxpmmmxxxm",
        reasons={
            "responsible": "only 'personalgruppen'/'alla som arbetar på skolan' — collective responsibility, no role for the plan (§6.2 partial)",
            "previous_year_evaluation": "'Ingen utvärdering … eftersom planen är ny' — an established school, only a not-done statement (§6.0.4)",
            "survey": "methods named, results only 'har sammanställts' (§6.5 partial)",
            "acute_routines": "Steg 1–4 contain stop, report to rektor, rektor to huvudman, investigate, measures, document, follow-up",
            "discrimination_grounds": "only kön and etnicitet mentioned (< 4 grounds)",
            "evaluation_plan": "nothing on how/when this year's plan is evaluated (elevrådet meetings are about 'hur det går', not evaluation) — missing",
            "guardian_involvement": "föräldramöte where guardians comment, föräldraråd gave views on measures (§6.12 met)",
        },
        not_done_keys=["previous_year_evaluation"])


# ---------------------------------------------------------------------------
def plan04():
    pl = Plan("i1_04_sameskolan-vuolleluokta.docx",
              "Plan mot diskriminering och kränkande behandling – Sameskolan i Vuolleluokta 2025/26",
              "Sameskolstyrelsen")
    d = pl.dec
    pl.header_text("Sameskolstyrelsen · Sameskolan i Vuolleluokta")
    pl.footer_page()
    pl.picture(png(60, 24, (0, 56, 168), stripe=(206, 17, 38)), 5,
               alt="Sameskolan i Vuolleluoktas logotyp: en stiliserad kåta i blått och rött")
    pl.para("Plan mot diskriminering och kränkande behandling", size=20, bold=True)
    pl.para("Sameskolan i Vuolleluokta – sameskola förskoleklass–åk 6 och fritidshem", size=13)
    pl.table([
        ["Huvudman", "Sameskolstyrelsen (Sámi skuvllastivra)"],
        ["Skolenhetskod", d("29470815")],
        ["Verksamhetsformer", "Förskoleklass, sameskola åk 1–6, fritidshem"],
        ["Planen gäller", "Läsåret 2025/26 (2025-08-01 – 2026-07-31)"],
        ["Ansvarig för planen", "Rektor Elle-Maret Labba"],
        ["Dnr", d("SamS 2025/118")],
    ], header=False, widths=[5, 11], bold_first_col=True)

    pl.heading("1. Ansvarsfördelning", 1)
    pl.para("Sameskolstyrelsen är huvudman och ansvarar för att det finns en plan för varje sameskola "
            "och att anmälningar om kränkande behandling utreds. Rektor Elle-Maret Labba ansvarar för "
            "att planen tas fram tillsammans med eleverna, följs upp och utvärderas, och för att "
            "anmäla till huvudmannen. Skolans trygghetsgrupp – rektor, kurator Nils-Anders Kuhmunen, "
            "lärare Sanna Pavval och fritidspedagog Johan Tuorda – leder det praktiska arbetet. All "
            "personal ansvarar för att ingripa och anmäla.")

    pl.heading("2. Elevernas delaktighet", 1)
    pl.para("Skolan har 46 elever, vilket gör att alla elever kan vara med på riktigt. I maj gick "
            "trygghetsgruppen en trygghetsvandring med elevrådet (en elev per årskurs) både inne och "
            "på skolgården, och eleverna fotograferade platser som känns trygga och otrygga. "
            "Fritidshemmets barn gjorde samma sak under en eftermiddag. Elevrådet har diskuterat "
            "förslaget till åtgärder och lagt till åtgärden om skolskjutsen. Planen gås igenom i "
            "klassråden i september på samiska och svenska, och eleverna är med när planen följs upp "
            "i januari och utvärderas i maj.")

    pl.heading("3. Utvärdering av förra årets plan", 1)
    pl.para("Förra årets plan utvärderades i juni 2025 av trygghetsgruppen och elevrådet. Arbetet med "
            "planen har fungerat bra och de flesta åtgärderna har genomförts. Eleverna tycker att "
            "rasterna har blivit lugnare. Vi behöver fortsätta arbeta med språkbruket.")

    pl.heading("4. Kartläggning och analys", 1)
    pl.para("Underlag: Sameskolstyrelsens trivselenkät i mars 2025 (svar från 31 av 33 elever i åk "
            "2–6), trygghetsvandringen med elevrådet, samtal i klassråden, hälsosamtal med "
            "skolsköterskan och anmälningar om kränkande behandling (5 st under 2024/25).")
    pl.para("Resultat: 94 % av eleverna känner sig trygga i skolan. Otrygga platser är skolskjutsen "
            "(särskilt på eftermiddagen, när äldre elever från kommunens skola åker med) och "
            "omklädningsrummet i sporthallen. Fyra av fem anmälningar gällde skolskjutsen. I klassråden "
            "berättade flera elever att de fått höra nedsättande kommentarer om samer och om att tala "
            "samiska när de är i byn eller på nätet, och två elever berättade att de blivit kallade "
            "\"lappar\" på skolskjutsen. Analys: risken för trakasserier kopplade till etnisk "
            "tillhörighet och samisk identitet finns främst utanför skolans lokaler och där skolans "
            "personal inte finns, men den påverkar elevernas trygghet i skolan.")

    pl.heading("5. Främjande arbete", 1)
    pl.bullets([
        "Samisk kultur och språk är en del av vardagen: tvåspråkig undervisning i nordsamiska och "
        "lulesamiska, joik och duodji i undervisningen och samiska böcker i skolbiblioteket. Ansvar: "
        "alla lärare, löpande.",
        "Samernas nationaldag 6 februari firas med hela skolan och vårdnadshavare. Ansvar: rektor och "
        "elevrådet.",
        "Vi uppmärksammar också de andra nationella minoriteterna: sverigefinnarnas dag 24 februari, "
        "romernas nationaldag 8 april, tornedalingarnas dag 15 juli (temavecka i juni) och "
        "Förintelsens minnesdag 27 januari. Ansvar: SO-lärare.",
        "Värdegrundslektioner varannan vecka på temat allas lika värde, där alla "
        "diskrimineringsgrunder tas upp under läsåret. Ansvar: klasslärarna.",
    ])

    pl.heading("6. Nationella minoriteter och urfolket samerna", 1)
    pl.para("Samerna är Sveriges urfolk och en av fem nationella minoriteter tillsammans med judar, "
            "romer, sverigefinnar och tornedalingar. Minoritetsspråken är samiska, finska, meänkieli, "
            "romani chib och jiddisch. Enligt lagen (2009:724) om nationella minoriteter och "
            "minoritetsspråk ska barns utveckling av en kulturell identitet och användning av det "
            "egna minoritetsspråket särskilt främjas. Det är sameskolans uppdrag. Konkret gör vi detta:")
    pl.bullets([
        "Vårdnadshavare informeras vid inskrivningen och på höstens föräldramöte om rätten till "
        "undervisning på och i samiska och om modersmålsundervisning i andra minoritetsspråk, t.ex. "
        "finska eller meänkieli via kommunen.",
        "Elever som talar sydsamiska eller umesamiska hemma erbjuds fjärrundervisning i sin "
        "samiska varietet.",
        "Kartläggningen frågar särskilt om trakasserier kopplade till samisk identitet, och åtgärd 2 "
        "nedan riktar sig mot detta.",
        "Samarbete med samebyn: eleverna deltar i renmärkning och kalvmärkning under "
        "sommarterminens slut, som en del av undervisningen.",
    ])

    pl.heading("7. Förebyggande åtgärder 2025/26", 1)
    pl.table([
        ["Risk/område", "Mål", "Åtgärd", "Ansvarig", "När", "Uppföljning"],
        ["Skolskjutsen eftermiddag", "Inga anmälningar som gäller skolskjutsen", "Skolskjutsvärd i "
         "bussen på eftermiddagarna; samtal med kommunens skola och bussbolaget", "Rektor", "Från "
         "v. 34 ht 2025", "Anmälningar per månad; klassråd i december"],
        ["Trakasserier mot samisk identitet", "Alla elever vet att det är trakasserier och berättar "
         "för en vuxen", "Lektionsserie om rasism mot samer och om rätten att vara den man är, med "
         "Sametingets material", "Kurator och SO-lärare", "Oktober–november 2025", "Trivselenkäten "
         "mars 2026"],
        ["Omklädningsrummet", "Eleverna upplever omklädningen som trygg", "Vuxen i anslutning till "
         "omklädningsrummet; ombyte i mindre grupper", "Idrottslärare Sanna Pavval", "Från skolstart",
         "Trygghetsvandringen maj 2026"],
    ], widths=[3, 3, 4.5, 2.2, 2, 3])

    pl.heading("8. Rutiner vid kränkande behandling, trakasserier och sexuella trakasserier", 1)
    pl.numbered([
        "Personal som ser eller får veta att en elev upplever sig kränkt ingriper direkt.",
        "Personalen anmäler samma dag till rektor på Sameskolstyrelsens blankett.",
        "Rektor anmäler till huvudmannen, Sameskolstyrelsens kansli i Jokkmokk, inom en vecka.",
        "Rektor ser till att händelsen utreds skyndsamt. Utredningen görs av två personer ur "
        "trygghetsgruppen; elever och vårdnadshavare får komma till tals.",
        "Åtgärder beslutas och genomförs så att kränkningarna upphör.",
        "Anmälan, utredning och åtgärder dokumenteras i Sameskolstyrelsens ärendesystem.",
        "Uppföljning med eleven och vårdnadshavare efter två veckor; ärendet avslutas av rektor.",
    ])
    pl.para("Om personal kränker en elev utreder rektor tillsammans med huvudmannens HR-funktion. Om "
            "rektor är inblandad kontaktas Sameskolstyrelsens kansli direkt, tel. " +
            d("0971-441 00") + ".")
    pl.para("Eleverna och vårdnadshavarna kan vända sig till klasslärare, kurator Nils-Anders "
            "Kuhmunen (tel. " + d("070-246 18 53") + ") eller rektor Elle-Maret Labba "
            "(elle-maret.labba@sameskolstyrelsen.se).")

    pl.heading("9. Diskrimineringsgrunderna", 1)
    pl.para("Planen omfattar alla sju diskrimineringsgrunder: kön, könsöverskridande identitet eller "
            "uttryck, etnisk tillhörighet, religion eller annan trosuppfattning, funktionsnedsättning, "
            "sexuell läggning och ålder.")

    pl.heading("10. Vårdnadshavarnas delaktighet", 1)
    pl.para("Vårdnadshavarna har svarat på en kort enkät om tryggheten i skolskjutsen i april 2025, "
            "och förslaget till plan diskuterades på föräldrarådet i augusti, där föräldrarna föreslog "
            "skolskjutsvärden. Planen finns på webbplatsen på svenska och nordsamiska.")

    pl.heading("11. Uppföljning och utvärdering av årets plan", 1)
    pl.para("Åtgärderna följs upp av trygghetsgruppen och elevrådet i januari 2026. Hela planen "
            "utvärderas i maj 2026: trivselenkäten och trygghetsvandringen jämförs med årets resultat, "
            "och elevrådet och klassråden bedömer varje åtgärd. Rektor ansvarar för att utvärderingen "
            "skrivs in i planen för 2026/27.")
    pl.para("Vuolleluokta 2025-09-05 · Elle-Maret Labba, rektor")
    return pl, dict(
        school_year="2025/26", forms=["sameskola", "förskoleklass", "fritidshem"],
        shape="Sameskola (state huvudman), Word headings, front-page table, measures table, logo with alt text; minority rights central",
        expected="mmmpmmmmmmmm",
        reasons={
            "previous_year_evaluation": "only general statements ('fungerat bra', 'de flesta åtgärderna har genomförts'), no measure-by-measure effect (§6.4 partial)",
            "minority_rights": "names minorities and languages, information on rights, teaching, minority days, harassment measure",
            "guardian_involvement": "guardian survey and föräldrarådet discussed the draft and proposed a measure",
        },
        images_ok=1)


# ---------------------------------------------------------------------------
def plan05():
    pl = Plan("i1_05_aapaskolan-tornedalen.docx",
              "Likabehandlingsplan och plan mot kränkande behandling – Aapaskolan", "Aapaskolan")
    d = pl.dec
    pl.header_text("Aapaskolan F–9 · Pajala kommun        Ärende: kränkningsanmälan elev " +
                   pl.pn("140227-3625", "header"))
    pl.footer_text("Reviderad 2025-10-02")
    pl.para("Likabehandlingsplan och plan mot kränkande behandling", size=18, bold=True)
    pl.para("Aapaskolan – förskoleklass, grundskola åk 1–9 och fritidshem", size=12)
    pl.para("Reviderad 2025-10-02")
    pl.para("Ansvarig: rektor Kristina Niemi. Skolenhetskod " + d("25836104") + ".")

    pl.heading("Ansvar", 2)
    pl.para("Rektor Kristina Niemi ansvarar för planen, för att personalen känner till den och för att "
            "anmälningar utreds och anmäls till huvudmannen, Pajala kommuns bildningsnämnd. "
            "Trygghetsteamet (biträdande rektor Tomas Kitti, kurator Anneli Rantatalo, "
            "skolsköterska Mikael Pohjanen och två lärare) samordnar arbetet. Varje mentor ansvarar för "
            "sin grupp och all personal ansvarar för att ingripa.")

    pl.heading("Meänkieli, samiska och finska – vår skolas särskilda uppdrag", 2)
    pl.para("Pajala kommun ingår i förvaltningsområdena för finska, meänkieli och samiska. En stor del "
            "av våra elever har tornedalsk bakgrund och flera har samisk eller sverigefinsk bakgrund. "
            "Vi vet inte och ska inte registrera vem som tillhör en nationell minoritet – det "
            "bestämmer var och en själv – men vi vet att många familjer vill att barnen ska få "
            "utveckla språket och kulturen. Tornedalingar, samer, sverigefinnar, romer och judar är "
            "Sveriges nationella minoriteter, och skolan har enligt lag (2009:724) och läroplanen ett "
            "särskilt ansvar för att främja barnens kulturella identitet och minoritetsspråk.")
    pl.bullets([
        "Alla vårdnadshavare får i augusti information på svenska, meänkieli och finska om rätten "
        "till modersmålsundervisning i meänkieli, finska och samiska, även om barnet inte talar "
        "språket hemma. I år läser 61 elever meänkieli, 18 finska och 9 samiska.",
        "Meänkieli används i vardagen på fritidshemmet, där två av personalen talar språket.",
        "Tornedalingarnas dag 15 juli uppmärksammas med en temavecka i juni innan sommarlovet; "
        "samernas nationaldag 6 februari och sverigefinnarnas dag 24 februari firas i alla klasser.",
        "I SO undervisar vi om de nationella minoriteternas historia, bl.a. försvenskningspolitiken "
        "i Tornedalen och Sannings- och försoningskommissionens arbete.",
        "Elever som blir hånade för att de talar meänkieli eller samiska ska kunna berätta det – "
        "vi har frågor om det i trivselenkäten (se nedan).",
    ])

    pl.heading("Så har eleverna varit med", 2)
    pl.para("Elevrådet och klassråden i åk 4–9 har gått igenom resultaten av trivselenkäten och "
            "föreslagit åtgärder. I förskoleklass och åk 1–3 har vi haft samtal i små grupper om var "
            "det känns tryggt och otryggt. Elevskyddsombuden i åk 7–9 deltog i trygghetsvandringen i "
            "april och har varit med och valt ut årets åtgärder.")

    pl.heading("Utvärdering", 2)
    pl.para("Förra läsårets åtgärder utvärderades av trygghetsteamet och elevrådet i juni 2025.")
    pl.table([
        ["Åtgärd 2024/25", "Hur genomfördes den?", "Vilken effekt fick den?"],
        ["Vuxna på skolgården vid bussfickan", "Rastvaktsschema med två vuxna vid bussfickan morgon "
         "och eftermiddag, hela läsåret", "Andelen elever som kände sig otrygga vid bussfickan sjönk "
         "från 27 % till 9 %"],
        ["Lektioner om språkliga kränkningar (\"meänkieli är fult\")", "Genomfördes i åk 4–6 i "
         "november, i åk 7–9 först i mars", "Färre elever i åk 4–6 uppger att de hört nedsättande "
         "kommentarer om språket (från 22 % till 12 %); i åk 7–9 ingen förändring ännu"],
        ["Gemensam mobilpolicy", "Mobilfri skoldag infördes i åk 7–9 i januari", "Elevrådet "
         "bedömer att rasterna blivit mer sociala; färre anmälningar om kränkningar via mobil (11 → 6)"],
        ["Trygghetsvandring med elevskyddsombud", "Genomförd i april", "Ny otrygg plats hittades "
         "(baksidan av idrottshallen) och finns med i årets åtgärder"],
    ], widths=[4.5, 5.5, 6])

    pl.heading("Kartläggning", 2)
    pl.para("Trivselenkäten i februari 2025 besvarades av 204 av 231 elever i åk 2–9. 88 % känner sig "
            "trygga. Otrygga platser: baksidan av idrottshallen, skolbussen och toaletterna vid "
            "högstadiets korridor. 14 % av eleverna i åk 7–9 har hört nedsättande kommentarer om "
            "meänkieli eller samiska, oftast från andra elever på nätet. Pojkar i åk 8 är mer "
            "utsatta för fysiska kränkningar. Vår analys är att språkliga och etniska kommentarer "
            "finns kvar i den äldre elevgruppen och att de sällan anmäls eftersom eleverna ser dem som "
            "\"skämt\".")

    pl.heading("Främjande arbete", 2)
    pl.para("Utöver arbetet med minoritetsspråken (se ovan) har vi faddrar från åk 6 för "
            "förskoleklassen, blandade grupper på friluftsdagarna, och värdegrundslektioner i alla "
            "klasser en gång per månad, som under året tar upp alla diskrimineringsgrunder. "
            "Mentorerna ansvarar för lektionerna.")

    pl.heading("Åtgärder i år", 2)
    pl.bullets([
        "Baksidan av idrottshallen ska bli tryggare, t.ex. med bättre belysning och fler vuxna.",
        "Vi ska fortsätta med lektionerna om språkliga kränkningar i åk 7–9.",
        "Pojkarna i åk 8: samtalsgrupp med kurator Anneli Rantatalo under ht.",
        "Personalen ska bli bättre på att säga ifrån när de hör skämt om språk och ursprung.",
    ])

    pl.heading("Diskrimineringsgrunderna", 2)
    pl.para("Diskriminering och trakasserier kan ha samband med kön, könsöverskridande identitet eller "
            "uttryck, etnisk tillhörighet, religion eller annan trosuppfattning, funktionsnedsättning, "
            "sexuell läggning eller ålder.")

    pl.heading("Om någon blir kränkt", 2)
    pl.numbered([
        "Ingrip direkt och stoppa kränkningen.",
        "Anmäl till rektor samma dag i kommunens anmälningssystem.",
        "Rektor anmäler vidare till huvudmannen (bildningsförvaltningen) i samma system.",
        "Utredning: mentor och någon från trygghetsteamet pratar med de inblandade; vårdnadshavare "
        "kontaktas.",
        "Åtgärder sätts in och dokumenteras i systemet.",
        "Uppföljning efter två och sex veckor.",
    ])
    pl.para("Kränker en vuxen en elev utreder rektor. Kontakt: rektor Kristina Niemi, tel. " +
            d("0978-120 45") + "; kurator Anneli Rantatalo, tel. " + d("0978-120 62") + ".")

    pl.heading("Uppföljning av planen", 2)
    pl.para("Planen följs upp av trygghetsteamet i december och utvärderas i maj, genom att vi jämför "
            "trivselenkäten med årets resultat. Rektor ansvarar.")

    pl.heading("Vårdnadshavare", 2)
    pl.para("Planen finns på skolans webbplats och presenteras på höstens föräldramöten.")
    return pl, dict(
        school_year="2025/26", forms=["förskoleklass", "grundskola", "fritidshem"],
        shape="Municipal F–9 school in Tornedalen (meänkieli/samiska/finska), Word headings; pnr leaked in page header; 'Utvärdering' = last year",
        expected="pmmmmmpmmmpp",
        reasons={
            "validity_period": "only 'Reviderad 2025-10-02' (a revision date, no period or end) (§6.1 partial)",
            "previous_year_evaluation": "heading 'Utvärdering' holds last year's measure table with effect (past tense)",
            "preventive_measures": "four measures, owner/time missing for all but the kurator group (§6.7 partial)",
            "minority_rights": "administrative areas, information on mother-tongue rights, language use, days, teaching, survey on language harassment",
            "evaluation_plan": "when (Dec/May), how (enkät), who (rektor) but no students' part (§6.11 partial)",
            "guardian_involvement": "website + presented at föräldramöte = information only (§6.12 partial)",
        })
