"""Plans k2_01 - k2_08."""
from k2lib import Plan, img_boxes, img_stripes, label

SY = "2025/26"


# ==========================================================================
# k2_01  new rektor in a hurry: short, many "Kommer att kompletteras"
# ==========================================================================
def k2_01():
    b = Plan("Plan mot diskriminering och kränkande behandling – Ekbackens skola 2025/26",
             heading_mode="bold", author="Sara Lind")
    b.title("Plan mot diskriminering och kränkande behandling",
            "Ekbackens skola, förskoleklass–åk 6 och fritidshem · Läsåret 2025/26")
    b.p("**Ansvarig:** Sara Lind, rektor (tillträdde 11 augusti 2025)")
    b.p("Upprättad 2025-09-12. Version 1 – planen kompletteras under hösten.")
    b.set_footer("Ekbackens skola · Plan mot diskriminering och kränkande behandling · Version 1")

    b.h("Inledning")
    b.p("Jag började som rektor på Ekbackens skola i augusti. Den tidigare rektorn slutade i juni "
        "och arbetet med en ny plan hann inte påbörjas före sommaren. För att skolan ska ha en "
        "gällande plan från terminsstarten har jag tillsammans med trygghetsteamet skrivit de delar "
        "som vi redan har underlag för. Övriga delar kompletteras under hösten. Planen gäller hela "
        "läsåret 2025/26 för förskoleklassen, grundskolan åk 1–6 och fritidshemmet.")

    b.h("Ansvar")
    b.p("Rektor ansvarar för att planen upprättas, följs upp och revideras varje år, att all personal "
        "känner till den och att varje anmälan om kränkande behandling utreds. Trygghetsteamet "
        "(kurator Anna Berg, specialpedagog Jonas Öberg och lärarna Lena Ahl och Mikael Strand) "
        "stöttar rektor och leder utredningar på rektors uppdrag. All personal ansvarar för att "
        "ingripa, anmäla till rektor och följa planen. Huvudmannen, barn- och utbildningsnämnden, "
        "ansvarar för att det finns en plan och att anmälningar utreds.")

    b.h("Elevernas delaktighet")
    b.p("Kommer att kompletteras under hösten.")

    b.h("Utvärdering av förra årets plan")
    b.p("Förra årets plan har inte utvärderats i samband med rektorsbytet. Utvärderingen kommer att "
        "kompletteras under hösten, senast 2025-10-17, av trygghetsteamet.")

    b.h("Kartläggning")
    b.p("Trivselenkäten genomfördes i maj 2025 i åk 2–6 (svarsfrekvens 142 av 160 elever). 88 % av "
        "eleverna uppger att de känner sig trygga i skolan. Lägst trygghet anges för toaletterna vid "
        "idrottshallen (61 % trygga) och fotbollsplanen på lunchrasten (67 % trygga). "
        "Fritidspersonalen har dessutom sett fler konflikter vid busshållplatsen efter skoldagens slut.")
    b.p("En fördjupad analys och en beskrivning av skolans främjande arbete kommer att kompletteras "
        "under hösten.")

    b.h("Främjande arbete")
    b.p("Kommer att kompletteras under hösten.")

    b.h("Förebyggande åtgärder")
    b.p("Utifrån trivselenkäten startar vi med följande åtgärder i höst:")
    b.bullets([
        "Rastvärdar vid fotbollsplanen varje lunchrast. Ansvarig: fritidspersonalen. Start: vecka 35.",
        "Schemalagd tillsyn av toaletterna vid idrottshallen under rasterna. Ansvarig: rektor och "
        "vaktmästaren. Klart: oktober 2025.",
        "En vuxen följer eleverna till busshållplatsen efter skoldagens slut.",
    ])

    b.h("Rutiner för akuta situationer")
    b.bullets([
        "Den vuxna som ser eller får veta att en elev känner sig kränkt ingriper direkt och säger ifrån.",
        "Den vuxna anmäler till rektor samma dag via anmälningsformuläret i DF Respons.",
        "Rektor anmäler skyndsamt till huvudmannen, senast nästa arbetsdag, i samma system.",
        "Rektor utser en person i trygghetsteamet som utreder: samtal med den som blivit utsatt, med "
        "den eller de som utövat kränkningen och med eventuella vittnen. Vårdnadshavare informeras "
        "samma dag.",
        "Rektor beslutar om åtgärder så att kränkningarna upphör.",
        "Anmälan, utredning och åtgärder dokumenteras i DF Respons.",
        "Uppföljning sker med berörda elever efter två veckor. Ärendet avslutas när kränkningarna "
        "har upphört.",
    ], numbered=True)
    b.p("Om en vuxen på skolan kränker en elev utreder rektor ärendet. Om rektor är inblandad utreder "
        "grundskolechefen.")
    b.p("Elever och vårdnadshavare kan vända sig till mentor, fritidspersonalen, kurator Anna Berg "
        "(tel. 0498-26 14 32) eller rektor Sara Lind (tel. 0498-26 14 00).")

    b.h("Diskrimineringsgrunderna")
    b.p("Planen omfattar diskriminering och trakasserier som har samband med någon av de sju "
        "diskrimineringsgrunderna: kön, könsöverskridande identitet eller uttryck, etnisk "
        "tillhörighet, religion eller annan trosuppfattning, funktionsnedsättning, sexuell läggning "
        "och ålder. Den omfattar också sexuella trakasserier och kränkande behandling som inte har "
        "samband med någon diskrimineringsgrund.")

    b.h("Nationella minoriteter")
    b.p("Kommer att kompletteras under hösten, senast 2025-11-28, i samarbete med kommunens "
        "modersmålsenhet.")

    b.h("Uppföljning av årets plan")
    b.p("Kommer att kompletteras under hösten.")

    b.h("Vårdnadshavare")
    b.p("Planen publiceras på skolans webbplats och i Vklass när den är färdig.")

    lab = label(
        SY, ["förskoleklass", "grundskola", "fritidshem"],
        "Short two-page plan by a newly arrived rektor, bold Normal-paragraph headings; five sections "
        "say only 'Kommer att kompletteras under hösten' (two of them with a concrete date).",
        status={
            "student_involvement": "missing",
            "previous_year_evaluation": "partial",
            "promotive_work": "missing",
            "preventive_measures": "partial",
            "minority_rights": "partial",
            "evaluation_plan": "missing",
            "guardian_involvement": "partial",
        },
        reasons={
            "student_involvement": "Section says only 'Kommer att kompletteras under hösten' with no date; no other text on student participation.",
            "previous_year_evaluation": "Not done, but a concrete date (senast 2025-10-17) and who will do it are given, so partial under the not-done rule.",
            "survey": "Trivselenkät May 2025 with response rate, percentages and places; analysis deferred but named sources plus results are met.",
            "promotive_work": "Section is 'Kommer att kompletteras' without date; the survey section only repeats that it will be completed later.",
            "preventive_measures": "Three measures; two have owner and time, the bus measure has neither (2 of 3).",
            "minority_rights": "Only a not-done statement, but with a concrete date (senast 2025-11-28) and a plan, so partial.",
            "evaluation_plan": "Only 'Kommer att kompletteras under hösten', no date.",
            "guardian_involvement": "Guardians are only told the plan will be published on the website and in Vklass.",
        },
        not_done_keys=["student_involvement", "previous_year_evaluation", "promotive_work",
                       "minority_rights", "evaluation_plan"],
        decoys=["0498-26 14 32", "0498-26 14 00", "2025-10-17"],
    )
    return b, lab


# ==========================================================================
# k2_02  Waldorf (Steiner) school
# ==========================================================================
def k2_02():
    b = Plan("Plan mot diskriminering och kränkande behandling 2025/26 – Solvändans Waldorfskola",
             heading_mode="bold", author="Johan Berglund")
    vignette = img_stripes(240, 24, (196, 160, 98), (236, 222, 190), step=6)
    b.image(vignette, 15.5, decorative=True)
    b.title("Plan mot diskriminering och kränkande behandling 2025/26",
            "Solvändans Waldorfskola – förskoleklass, klass 1–9 och fritidshem")
    b.table([
        ["Skola", "Solvändans Waldorfskola, fristående grundskola"],
        ["Huvudman", "Stiftelsen Solvändans Waldorfskola (org.nr 802412-3450)"],
        ["Verksamhetsformer", "Förskoleklass, grundskola klass 1–9, fritidshem"],
        ["Planen gäller", "2025-09-01 – 2026-08-31"],
        ["Ansvarig för planen", "Rektor Johan Berglund tillsammans med kollegiets trygghetsgrupp"],
        ["Fastställd", "2025-09-24 av rektor efter behandling i kollegiet och elevrådet"],
    ], header=False, bold_first_col=True, widths=[4.5, 11])
    b.set_footer("Solvändans Waldorfskola · Plan mot diskriminering och kränkande behandling 2025/26")

    b.h("Vår skola")
    b.p("På Solvändan följer klassläraren sin klass från klass 1 till och med klass 8. Det ger en nära "
        "och långvarig relation mellan lärare, elever och hem. Dagen börjar med huvudlektionen, där "
        "ämnena läses i epoker om tre till fyra veckor. Därefter följer ämneslektioner i till exempel "
        "eurytmi, handarbete, slöjd och språk. Klass 9 har ämneslärare och en mentor. Fritidshemmet "
        "finns i Lillhuset och tar emot elever från förskoleklass till klass 3.")
    yard = img_boxes(200, 120, (120, 170, 90),
                     [(20, 20, 90, 80, (150, 110, 70)), (110, 40, 180, 100, (200, 200, 210)),
                      (0, 100, 200, 120, (90, 140, 70))])
    b.image(yard, 9)
    b.p("Skolgården vid Lillhuset.", italic=True)

    b.h("Ansvarsfördelning")
    b.bullets([
        "**Huvudmannen** (stiftelsens styrelse) ansvarar för att planen upprättas varje år, att "
        "anmälningar om kränkande behandling tas emot och utreds och att skolan har resurser för arbetet.",
        "**Rektor** Johan Berglund ansvarar för att planen tas fram, följs upp och utvärderas, att "
        "personalen känner till den och att varje anmälan utreds.",
        "**Trygghetsgruppen** (kurator Elin Sjöberg, klasslärare Karin Dahl, eurytmist Tomas Wik och "
        "fritidspedagog Sofia Nyström) samordnar kartläggningen och leder utredningar på uppdrag av "
        "rektor.",
        "**Klasslärare och mentor** ansvarar för klassens trygghetsarbete och för kontakten med hemmen.",
        "**All personal** ska ingripa mot kränkningar och informera rektor.",
    ])

    b.h("Elevernas delaktighet")
    b.p("Eleverna har varit med och tagit fram planen på olika sätt beroende på ålder:")
    b.bullets([
        "I klass 1–3 har klassläraren under morgonsamlingen i september samtalat med eleverna om vad "
        "som gör att man känner sig trygg och vad som är svårt på rasterna. Elevernas teckningar av "
        "skolgården med trygga och otrygga platser har använts i kartläggningen.",
        "Klass 4–9 har klassråd varje vecka. I september diskuterade klassråden förra årets plan och "
        "lämnade förslag till elevrådet.",
        "Elevrådet, med två representanter per klass från klass 4, läste utkastet till planen den "
        "16 september 2025 och föreslog bland annat en vuxen vid cykelstället och en tydligare "
        "beskrivning av vem man kan vända sig till. Förslagen finns med i planen.",
        "Elever från klass 5 och 8 genomförde en trygghetsvandring tillsammans med trygghetsgruppen "
        "i april 2025.",
    ])
    b.p("Planen presenteras i alla klasser i oktober, och en elevversion sätts upp i varje klassrum.")

    b.h("Föräldrarnas delaktighet")
    b.p("Samarbetet med hemmen är en bärande del av waldorfpedagogiken.")
    b.bullets([
        "Klassläraren håller föräldramöte varje termin. På höstens föräldramöten i september "
        "presenteras planen och föräldrarna kan lämna synpunkter.",
        "Föräldraföreningens styrelse har läst utkastet och lämnade synpunkter den 10 september 2025, "
        "bland annat om tonen i klassernas gruppchattar.",
        "Klassföräldrarna i varje klass ordnar träffar som stärker gemenskapen mellan familjerna.",
        "Vårdnadshavarenkäten i mars innehåller frågor om barnets trygghet.",
    ])

    b.h("Utvärdering av förra årets plan (2024/25)")
    b.p("Trygghetsgruppen utvärderade förra årets åtgärder i juni 2025 tillsammans med elevrådet. "
        "Underlag var trivselenkäten i mars, incidentrapporterna och klasslärarnas iakttagelser.")
    b.p("**Åtgärd 1: Vuxen närvaro vid omklädningsrummen vid idrott och eurytmi (klass 6–9).** "
        "Genomförande: En vuxen har funnits utanför omklädningsrummen vid varje lektion sedan oktober "
        "2024. Resultat: Andelen elever i klass 6–9 som känner sig otrygga i omklädningsrummen "
        "minskade från 24 % till 11 %. Åtgärden behålls.")
    b.p("**Åtgärd 2: Samtal om nätet i klass 5–7.** Genomförande: Kuratorn höll tre lektioner per "
        "klass om gruppchattar under vårterminen. Resultat: Incidenter som gällde chattar minskade "
        "från 9 till 5, men eleverna vill att samtalen börjar tidigare. Åtgärden utvidgas till klass 4.")
    b.p("**Åtgärd 3: Ledda lekar på gården för klass 1–3.** Genomförande: Delvis – fritidspersonalen "
        "startade ledda lekar två dagar i veckan från januari. Resultat: Färre konflikter vid gungorna "
        "enligt rastvärdarnas anteckningar, men ingen förändring i enkäten för klass 3. Åtgärden "
        "fortsätter med fler dagar.")

    b.h("Kartläggning och analys")
    b.p("Kartläggningen har gjorts med följande metoder:")
    b.bullets([
        "Trivselenkät i klass 3–9 i mars 2025 (svarsfrekvens 168 av 181 elever).",
        "Trygghetsvandring med klass 5 och 8 i april 2025.",
        "Klasslärarnas samtal med eleverna. Eftersom klassläraren följer klassen under flera år "
        "känner hen elevernas relationer väl. Iakttagelserna samlas i trygghetsgruppen två gånger "
        "per termin.",
        "Incidentrapporter: 23 anmälningar om kränkande behandling läsåret 2024/25, varav 14 på rasterna.",
        "Vårdnadshavarenkät i mars 2025.",
    ])
    b.p("**Resultat.** 90 % av eleverna i klass 3–9 känner sig trygga i skolan. Platser som upplevs "
        "otrygga är skolgården bakom eurytmisalen, cykelstället efter skoldagens slut och klassernas "
        "gruppchattar på kvällstid. I klass 7 uppger flera elever att ord som anspelar på sexuell "
        "läggning används som skällsord. Två elever uppger att de blivit retade för sin religion.")
    b.p("**Analys.** De otrygga platserna är de där det finns få vuxna. Gruppchattarna är en risk "
        "eftersom de ligger utanför skoldagen men påverkar klimatet i klassen. Ordbruket i klass 7 "
        "visar att normer kring sexualitet och kön behöver tas upp i undervisningen.")

    b.h("Främjande arbete")
    b.p("Det främjande arbetet riktar sig till alla elever och bygger på skolans värdegrund och "
        "waldorfpedagogikens syn på varje människas egenvärde.")
    b.bullets([
        "**Epokundervisning med värdegrundsinnehåll.** I klass 7 innehåller epoken Människokunskap "
        "(vecka 45–48) normkritiska samtal om kön, könsöverskridande identitet eller uttryck och "
        "sexuell läggning. I klass 8 tar historieepoken upp rasism och mänskliga rättigheter. "
        "Ansvarig: klassläraren.",
        "**Månadsfester.** Varje månad visar klasserna något från sin epok för hela skolan. Alla "
        "klasser medverkar, och elever med funktionsnedsättning får det stöd som behövs för att delta. "
        "Ansvarig: rektor och kollegiet.",
        "**Fadderklasser.** Klass 6 är faddrar för klass 1 och träffas varannan vecka under hela "
        "läsåret. Ansvarig: klasslärarna i klass 1 och 6.",
        "**Eurytmi och rörelse i blandade grupper** där alla gör samma övningar oavsett kön. "
        "Ansvarig: eurytmisten.",
        "**Högtider från flera traditioner** uppmärksammas i morgonsamlingarna. Ansvarig: klasslärarna.",
    ])

    b.h("Förebyggande åtgärder 2025/26")
    b.p("Åtgärderna bygger på kartläggningen ovan.")
    for txt in [
        "**Mål:** Alla elever i klass 1–5 känner sig trygga på skolgården bakom eurytmisalen. "
        "**Åtgärd:** En rastvärd finns bakom eurytmisalen på alla raster. **Ansvarig:** fritidshemmets "
        "personal enligt rastschemat. **När:** från vecka 36. **Uppföljning:** rastvärdarnas anteckningar i april 2026.",
        "**Mål:** Inga kränkningar vid cykelstället efter skoldagens slut. **Åtgärd:** En vuxen finns "
        "vid cykelstället kl. 14.30–15.00 (elevrådets förslag). **Ansvarig:** rektor fördelar uppdraget "
        "i personalgruppen. **När:** från 1 oktober 2025. **Uppföljning:** incidentrapporterna varje månad.",
        "**Mål:** Ett tryggare klimat i gruppchattarna. **Åtgärd:** Kuratorn håller lektioner om nätet "
        "i klass 4–7, och föräldraföreningen ordnar en föräldrakväll om gruppchattar. **Ansvarig:** "
        "kurator Elin Sjöberg och föräldraföreningens styrelse. **När:** lektioner under ht 2025, "
        "föräldrakväll i november 2025. **Uppföljning:** incidentrapporterna i mars 2026.",
        "**Mål:** Skällsord som anspelar på sexuell läggning upphör i klass 7. **Åtgärd:** Samtal i "
        "klassrådet och temaveckor i epoken Människokunskap; klassläraren säger alltid ifrån. "
        "**Ansvarig:** klassläraren i klass 7 med stöd av kuratorn. **När:** vecka 45–48. "
        "**Uppföljning:** klassläraren och kuratorn i januari 2026.",
    ]:
        b.p(txt)

    b.h("Rutiner vid kränkande behandling och trakasserier")
    b.p("Så här gör vi när en elev känner sig kränkt, trakasserad eller utsatt för sexuella trakasserier:")
    b.bullets([
        "Den vuxna som ser eller får veta något ingriper direkt och säger ifrån.",
        "Den vuxna informerar klassläraren och rektor samma dag.",
        "Rektor ger trygghetsgruppen i uppdrag att utreda. Utredningen startar inom två skoldagar och "
        "innebär samtal med den utsatta, med den eller de som utfört kränkningen och vid behov med vittnen.",
        "Klassläraren kontaktar hemmen samma dag.",
        "Rektor beslutar om åtgärder, till exempel samtal, ändrad placering eller ökad vuxennärvaro.",
        "Trygghetsgruppen dokumenterar utredning och åtgärder i skolans incidentpärm.",
        "Uppföljningssamtal hålls efter två veckor. Ärendet avslutas när kränkningarna har upphört.",
    ], numbered=True)
    b.p("Om en vuxen på skolan kränker en elev utreder rektor ärendet. Om det gäller rektor utreder "
        "styrelsens ordförande.")
    b.p("Elever och föräldrar kan vända sig till klassläraren, kurator Elin Sjöberg (070-123 45 67) "
        "eller rektor Johan Berglund (08-123 456 70).")

    b.h("Diskrimineringsgrunderna")
    b.p("Diskriminering är när en elev missgynnas och det har samband med någon av de sju "
        "diskrimineringsgrunderna:")
    b.bullets([
        "**Kön** – att någon är kvinna eller man.",
        "**Könsöverskridande identitet eller uttryck** – att någon inte identifierar sig som kvinna "
        "eller man eller genom sin klädsel eller på annat sätt ger uttryck för att tillhöra ett annat kön.",
        "**Etnisk tillhörighet** – nationellt eller etniskt ursprung, hudfärg eller annat liknande förhållande.",
        "**Religion eller annan trosuppfattning.**",
        "**Funktionsnedsättning** – varaktiga fysiska, psykiska eller begåvningsmässiga begränsningar "
        "av en persons funktionsförmåga.",
        "**Sexuell läggning** – homosexuell, bisexuell eller heterosexuell läggning.",
        "**Ålder** – uppnådd levnadslängd.",
    ])
    b.p("Trakasserier är uppträdanden som kränker en elevs värdighet och som har samband med någon av "
        "grunderna. Sexuella trakasserier är uppträdanden av sexuell natur. Kränkande behandling är "
        "uppträdanden som kränker en elevs värdighet utan samband med någon diskrimineringsgrund.")

    b.h("Nationella minoriteter")
    b.p("I Sverige finns fem erkända nationella minoriteter: judar, romer, samer, sverigefinnar och "
        "tornedalingar. Deras språk jiddisch, romani chib, samiska, finska och meänkieli är nationella "
        "minoritetsspråk. Minoriteterna har funnits i Sverige under lång tid och är en del av det "
        "svenska kulturarvet.")

    b.h("Uppföljning och utvärdering av planen")
    b.p("Planen följs upp av trygghetsgruppen i januari 2026. Den utvärderas i maj 2026 av "
        "trygghetsgruppen, och kollegiet går igenom resultatet på den pedagogiska konferensen i juni. "
        "Underlag är incidentrapporterna och klasslärarnas iakttagelser. Rektor "
        "ansvarar för att utvärderingen görs och att en ny plan fastställs senast 2026-09-30.")

    lab = label(
        SY, ["förskoleklass", "grundskola", "fritidshem"],
        "Five-page Waldorf school plan with its own vocabulary (klasslärare följer klassen, "
        "epokundervisning, föräldraföreningen, kollegiet), front-page table, bold-paragraph headings "
        "and measures as repeated Mål/Åtgärd/Ansvarig/När paragraphs.",
        status={
            "acute_routines": "partial",
            "minority_rights": "partial",
            "evaluation_plan": "partial",
        },
        reasons={
            "responsible": "Rektor named as responsible for the plan; styrelse, trygghetsgrupp, klasslärare and all staff each given duties.",
            "acute_routines": "Steps to act, inform rektor, investigate, decide measures, document and follow up, but no step where rektor reports to the huvudman (stiftelsens styrelse).",
            "minority_rights": "Names the five minorities and languages but states nothing the school does.",
            "evaluation_plan": "When (January/May 2026), how (incident reports, klasslärarnas iakttagelser, kollegiets konferens) and who (trygghetsgruppen, rektor) are given, but no part for the students in this year's evaluation.",
            "guardian_involvement": "Föräldramöten with comments, föräldraföreningens styrelse commented on the draft, vårdnadshavarenkät.",
        },
        decoys=["802412-3450", "070-123 45 67", "08-123 456 70", "2025-09-01 – 2026-08-31"],
        images_without_alt=1, images_ok=1,
    )
    return b, lab


# ==========================================================================
# k2_03  Montessori förskola
# ==========================================================================
def k2_03():
    b = Plan("Plan mot diskriminering och kränkande behandling – Montessoriförskolan Lilla Lärkan",
             heading_mode="style", author="Ingrid Holm")
    b.title("Plan mot diskriminering och kränkande behandling",
            "Montessoriförskolan Lilla Lärkan · 2025-10-01 – 2026-09-30")
    b.p("Förskolan har två barngrupper: Myrstacken (1–3 år) och Lärkboet (3–5 år), sammanlagt 38 barn "
        "och nio pedagoger.")
    b.set_footer("Lilla Lärkan · Giltig 251001-260930")

    b.h("Planens giltighet och ansvar", 1)
    b.p("Planen gäller från 2025-10-01 till 2026-09-30. Rektor Ingrid Holm ansvarar för att planen tas "
        "fram, följs upp och utvärderas tillsammans med pedagogerna, att alla pedagoger känner till den "
        "och att varje misstanke om kränkning utreds. Pedagogerna ansvarar för att vara nära barnen, "
        "ingripa och informera rektor. Huvudman är Lärkans Montessori ekonomisk förening, vars styrelse "
        "ansvarar för att planen finns och följs.")

    b.h("Vår montessorimiljö", 1)
    b.p("I montessoripedagogiken är miljön förberedd så att barnen kan arbeta självständigt och i sin "
        "egen takt. Under arbetsperioden på förmiddagen väljer barnen själva material från hyllorna, "
        "och pedagogerna observerar och visar nytt material. Varje dag börjar med samling, och under "
        "lektionerna i ”grace and courtesy” övar barnen på att hälsa, vänta på sin tur och be om hjälp.")

    b.h("Barnens delaktighet", 1)
    b.p("Barnen är delaktiga på det sätt som passar deras ålder och mognad:")
    b.bullets([
        "Pedagogerna observerar under arbetsperioden och på gården var konflikter uppstår och vilka barn "
        "som leker med vilka. Observationerna görs systematiskt två veckor i oktober och två veckor i mars.",
        "Barnen på Lärkboet har intervjuats två och två om var de tycker om att vara och var det känns "
        "otryggt (barnintervjuer i mars 2025).",
        "Med husmodellen har barnen ritat förskolans rum och gård och satt glada och ledsna figurer på "
        "platserna.",
        "Barnrådet, där de äldsta barnen deltar, träffas en gång i månaden. I september 2025 pratade "
        "barnrådet om vad som är snällt och vad som inte är okej, och barnens egna ord finns med i våra "
        "trivselregler.",
        "I maj 2026 får barnen på Lärkboet berätta på samlingen vad som har blivit bättre och sämre, som "
        "en del av utvärderingen.",
    ])

    b.h("Vårdnadshavares delaktighet", 1)
    b.p("Planen finns i Tyra-appen och i hallen på båda avdelningarna.")

    b.h("Utvärdering av förra årets plan", 1)
    b.p("Förra årets plan har utvärderats av pedagogerna på planeringsdagen i juni 2025. Vi upplever att "
        "arbetet har fungerat bra och att barnen är trygga hos oss. Vi fortsätter därför i stort sett "
        "på samma sätt.")

    b.h("Kartläggning och analys", 1)
    b.p("**Underlag:** observationer under arbetsperioden (oktober 2024 och mars 2025), barnintervjuer "
        "med 16 barn på Lärkboet och husmodellen.")
    b.p("**Resultat:** Barnen beskriver samlingen och arbetsperioden som trygga. Otrygga platser är "
        "kapprummet vid lämning och hämtning, när många vuxna och barn är där samtidigt, och buskaget "
        "bakom förrådet på gården, där pedagogerna inte ser barnen. 5 av 16 intervjuade barn sa att "
        "någon ”bestämmer vem som får vara med” i lekstugan. Pedagogerna har sett att konflikter oftare "
        "uppstår vid övergångar, när arbetsperioden slutar och barnen ska gå ut.")
    b.p("**Analys:** Riskerna finns där barnen är många och de vuxna är upptagna med annat. Uteslutningen "
        "i lekstugan kan hänga ihop med att några av de äldre barnen styr leken. Vi har inte sett tecken "
        "på att barnen behandlas olika utifrån kön eller etnisk tillhörighet, men vi ser att pojkarna "
        "oftare väljer byggmaterialet och flickorna oftare hyllan med praktiska livet.")

    b.h("Främjande arbete", 1)
    b.p("Det främjande arbetet riktar sig till alla barn och utgår från förskolans värdegrund om alla "
        "människors lika värde.")
    b.bullets([
        "**Förberedd miljö för alla.** Pedagogerna går igenom miljön och materialet i augusti och januari "
        "så att böcker, bilder och dockor visar olika familjer, hudfärger, funktionsnedsättningar och "
        "traditioner. Ansvarig: arbetslaget på respektive avdelning.",
        "**Grace and courtesy.** Lektioner i vänlighet och artighet varje vecka under hela året. "
        "Ansvarig: förskollärarna.",
        "**Materialet är till för alla.** Pedagogerna visar allt material för både flickor och pojkar och "
        "uppmuntrar barnen att pröva nytt. Ansvarig: alla pedagoger, löpande.",
        "**Högtider och traditioner** från barnens familjer uppmärksammas på samlingen. Ansvarig: "
        "förskollärarna.",
    ])

    b.h("Förebyggande åtgärder", 1)
    b.table([
        ["Område", "Mål", "Åtgärd", "Ansvarig", "När", "Uppföljning"],
        ["Kapprummet vid lämning och hämtning", "Alla barn känner sig trygga i kapprummet",
         "En pedagog har fast placering i kapprummet kl. 7.30–8.30 och 15.30–16.30",
         "Arbetslaget på Lärkboet", "Från 2025-10-06", "Observationer i februari 2026"],
        ["Buskaget bakom förrådet", "Pedagogerna ser alla barn på gården",
         "Gården delas in i zoner med en pedagog per zon; buskaget klipps ned",
         "Rektor (zonschema och beställning av klippning)", "Oktober 2025", "Husmodellen i mars 2026"],
        ["Lekstugan", "Alla barn får vara med i leken",
         "En pedagog deltar i leken i lekstugan och samtalar med barnen om att få vara med",
         "Förskollärarna på Lärkboet", "Ht 2025, varje utevistelse", "Barnintervjuer i mars 2026"],
        ["Övergången efter arbetsperioden", "Lugna övergångar utan konflikter",
         "Barnen går ut i två grupper med fem minuters mellanrum", "Arbetslagen",
         "Från november 2025", "Observationer i februari 2026"],
    ])

    b.h("Rutiner för akuta situationer", 1)
    b.bullets([
        "Pedagogen som ser att ett barn blir kränkt ingriper direkt och tröstar barnet.",
        "Pedagogen berättar för rektor samma dag.",
        "Rektor anmäler till huvudmannen (föreningens styrelse) samma vecka.",
        "Rektor och berörda pedagoger utreder vad som har hänt genom samtal med barnen och med "
        "pedagogerna som var där.",
        "Vårdnadshavarna informeras samma dag.",
        "Rektor beslutar om åtgärder, till exempel att en pedagog finns nära barnen i leken.",
        "Händelse, utredning och åtgärder dokumenteras på förskolans blankett, som förvaras hos rektor.",
        "Uppföljning sker efter två veckor med pedagogerna och vårdnadshavarna.",
    ], numbered=True)
    b.p("Om en pedagog kränker ett barn utreder rektor. Gäller det rektor utreder styrelsens ordförande.")
    b.p("Exempel från förra året: ärendet Dnr LL 2025/118 gällande barnet med samordningsnummer "
        "200365-2381 anmäldes 2025-03-14, utreddes och avslutades efter uppföljning i april.")
    b.p("Vårdnadshavare kan vända sig till förskolläraren på avdelningen eller till rektor Ingrid Holm, "
        "tel. 08-555 123 40.")

    b.h("Diskrimineringsgrunderna", 1)
    b.p("Förskolan ska motverka diskriminering som har samband med kön, könsidentitet eller könsuttryck, "
        "etnisk tillhörighet, religion eller annan trosuppfattning, funktionsnedsättning, sexuell "
        "läggning och ålder.")
    b.p("Det kan till exempel handla om att ett barn inte får vara med för att hen är pojke eller flicka, "
        "eller att ett barn med två mammor aldrig ser sin familj i böckerna. Också ålder gäller i "
        "förskolan, till exempel om de yngsta barnen inte får tillgång till hela gården.")

    b.h("Språk och kulturell identitet", 1)
    b.p("Många av barnen har ett annat modersmål än svenska. Vi uppmuntrar barnen att använda sitt "
        "modersmål, har böcker på flera språk och ber vårdnadshavarna lära oss några ord på barnets språk.")

    b.h("Uppföljning och utvärdering av årets plan", 1)
    b.p("Planen följs upp på APT i februari 2026 och utvärderas i september 2026. Rektor ansvarar för "
        "utvärderingen. Pedagogerna utvärderar med hjälp av observationerna, husmodellen och "
        "barnintervjuerna, och barnen deltar genom barnrådet och samlingen i maj (se Barnens delaktighet).")

    lab = label(
        SY, ["förskola"],
        "Montessori förskola plan with Word heading styles, barn/pedagoger/arbetsperiod/miljö "
        "vocabulary, a six-column measures table and an Oct–Sep validity period.",
        status={
            "guardian_involvement": "partial",
            "previous_year_evaluation": "partial",
            "minority_rights": "partial",
        },
        reasons={
            "validity_period": "2025-10-01 – 2026-09-30: twelve months overlapping most of 2025/26.",
            "student_involvement": "Förskola: observations, barnintervjuer, husmodellen, barnråd, children's voice in the May evaluation.",
            "guardian_involvement": "Only says the plan is available in Tyra and in the hall (information only).",
            "previous_year_evaluation": "General statement that the plan worked well; no measure-by-measure account or effects.",
            "discrimination_grounds": "All seven grounds; 'könsidentitet eller könsuttryck' is accepted wording.",
            "minority_rights": "Only mother tongue in general; national minorities are not mentioned.",
        },
        ids={"200365-2381": "body"},
        decoys=["251001-260930", "Dnr LL 2025/118", "2025-03-14", "08-555 123 40"],
    )
    return b, lab


# ==========================================================================
# k2_04  rural school: two small units sharing one plan
# ==========================================================================
def k2_04():
    b = Plan("Gemensam plan mot diskriminering och kränkande behandling – Norrby skola och Åsens skola",
             heading_mode="caps", author="Per Nilsson")
    b.title("Gemensam plan mot diskriminering och kränkande behandling",
            "Norrby skola (F–6 och fritidshem) och Åsens skola (F–3) · Läsåret 2025/26")
    b.table([
        ["Skolenheter", "Norrby skola, förskoleklass–åk 6 och fritidshem\nÅsens skola, förskoleklass–åk 3 "
                        "med fritidsverksamhet"],
        ["Huvudman", "Barn- och utbildningsnämnden, Bygdens kommun"],
        ["Planen gäller", "2025-08-18 – 2026-08-17"],
        ["Ansvarig", "Rektor Per Nilsson"],
    ], header=False, bold_first_col=True, widths=[4, 11.5])
    b.set_footer("Norrby skola, skolenhetskod 48213507 · Åsens skola, skolenhetskod 48213508 · "
                 "Bygdens kommun, barn- och utbildningsförvaltningen")

    b.h("1. Om planen")
    b.p("Norrby skola och Åsens skola är två skolenheter med samma rektor. Skolorna ligger 14 kilometer "
        "från varandra. Norrby har 96 elever i förskoleklass till åk 6 och ett fritidshem. Åsen har 31 "
        "elever i förskoleklass till åk 3 och fritidsverksamhet i skolans lokaler. Vi har en gemensam "
        "plan, men kartläggning och åtgärder redovisas för varje enhet för sig.")

    b.h("2. Ansvar")
    b.p("Rektor Per Nilsson ansvarar för att planen upprättas, följs upp och utvärderas för båda "
        "enheterna och för att varje anmälan om kränkande behandling utreds. Biträdande rektor Hanna Lund "
        "ansvarar för det dagliga trygghetsarbetet i Åsen. Trygghetsteamet (kurator Maja Fors, "
        "skolsköterska Ida Persson och en lärare från varje skola) samordnar kartläggningen och "
        "utredningarna. All personal ansvarar för att ingripa och anmäla till rektor. Huvudmannen "
        "ansvarar för att planen finns och för att anmälningar utreds skyndsamt.")

    b.h("3. Elevernas delaktighet")
    b.p("I Norrby har elevrådet (en elev per klass från åk 2) arbetat med planen på två möten, "
        "den 27 augusti och den 10 september 2025. Elevrådet gick igenom resultatet av trivselenkäten och "
        "föreslog bussvärdar och en vuxen i omklädningsrummet. I Åsen finns inget elevråd eftersom skolan "
        "är liten. I stället har klassråden i åk 1–3 samtalat om vad som gör skolan trygg, och eleverna "
        "har ritat kartor över skolgården där de markerat trygga och otrygga platser. Eleverna på båda "
        "skolorna har besvarat trivselenkäten.")

    b.h("4. Föräldrarnas delaktighet")
    b.p("Skolorna har ett gemensamt föräldraråd med två föräldrar från varje klass. Föräldrarådet träffas "
        "två gånger per termin och diskuterade utkastet till planen den 3 september 2025. Föräldrarnas "
        "synpunkter om skolskjutsen har lett till åtgärd N4 nedan. Vårdnadshavarenkät görs vartannat år, "
        "senast i februari 2025.")

    b.h("5. Utvärdering av förra årets plan")
    b.p("**Norrby skola**")
    b.table([
        ["Åtgärd 2024/25", "Genomförd?", "Effekt"],
        ["Rastvärdar med gula västar vid skogsdungen", "Ja, från september 2024",
         "Andelen elever som är otrygga vid skogsdungen minskade från 30 % till 12 % (trivselenkäten)"],
        ["Samarbetsövningar i åk 4", "Ja, varje vecka under ht 2024",
         "Färre konflikter enligt klassläraren; sociogrammet i december visade att ingen elev saknade "
         "kamrat"],
        ["Ny placering i matsalen", "Delvis, från januari 2025",
         "Lugnare i matsalen, men eleverna i åk 5–6 vill välja plats själva; åtgärden görs om"],
    ])
    b.p("**Åsens skola**")
    b.p("Åtgärderna i förra årets plan för Åsen (en vuxen i kapprummet vid rasterna och gemensamma lekar "
        "på fredagar) genomfördes.")

    b.h("6. Kartläggning")
    b.p("**Norrby skola.** Trivselenkät i åk 2–6 i april 2025 (svarsfrekvens 71 av 74 elever), "
        "Skolinspektionens skolenkät i åk 5 under vårterminen 2025 och trygghetsvandring med elevrådet i "
        "maj 2025. Resultat: 92 % av eleverna känner sig trygga. Otrygga platser är skolbussen på "
        "morgonen och omklädningsrummet i idrottshallen. I åk 5 svarar fyra elever att de har blivit "
        "kallade saker på grund av sin hudfärg. Analys: På bussen finns inga vuxna utom chauffören, och "
        "omklädningsrummen är obemannade. Svaren i åk 5 visar att vi behöver arbeta med etnisk "
        "tillhörighet och ord som sårar.")
    b.p("**Åsens skola.** Trivselenkät med bildstöd i åk 1–3 i april 2025 (29 av 31 elever svarade) och "
        "elevernas kartor över skolgården. Resultat: 27 av 29 elever känner sig trygga. Otrygga platser "
        "är pulkabacken bakom skolan på vintern och kapprummet. Analys: Alla känner alla i de små "
        "grupperna, men när stora och små åker i samma backe uppstår konflikter.")

    b.h("7. Främjande arbete (båda skolorna)")
    b.bullets([
        "Gemensamma friluftsdagar för båda skolorna i september och februari, i åldersblandade grupper "
        "så att eleverna lär känna varandra. Ansvarig: idrottslärarna.",
        "Kompisveckan vecka 46 med åldersanpassade samtal om värdegrunden och de sju "
        "diskrimineringsgrunderna. Ansvarig: trygghetsteamet.",
        "Läsprojekt i F–3 med böcker om olika familjer, länder och funktionsnedsättningar. Ansvarig: "
        "lärarna i F–3, vårterminen 2026.",
    ])

    b.h("8. Förebyggande åtgärder")
    b.p("**Norrby skola**")
    b.table([
        ["Nr", "Åtgärd", "Mål", "Ansvarig", "När"],
        ["N1", "Bussvärd på morgonbussen", "Inga kränkningar på skolbussen",
         "Fritidspersonalen enligt schema", "Från vecka 34"],
        ["N2", "Vuxen i omklädningsrummet", "Alla elever känner sig trygga vid ombyte",
         "Idrottslärarna", "Varje idrottslektion från vecka 35"],
        ["N3", "Samtal om etnisk tillhörighet och ord som sårar i åk 5", "Inga skällsord om hudfärg",
         "Klassläraren i åk 5 och kuratorn", "Oktober–november 2025"],
        ["N4", "Gemensamma ordningsregler med skolskjutsföretaget", "Trygg skolskjuts",
         "Rektor", "December 2025"],
    ])
    b.p("**Åsens skola**")
    b.table([
        ["Nr", "Åtgärd", "Mål", "Ansvarig", "När"],
        ["Å1", "Åldersindelad pulkabacke: de yngre åker först", "Inga konflikter i backen",
         "Fritidspersonalen", "–"],
        ["Å2", "En vuxen i kapprummet vid varje rast", "Trygga ombyten", "Klasslärarna", "–"],
        ["Å3", "Lekgrupper på fredagar", "Alla har någon att leka med", "Biträdande rektor Hanna Lund",
         "–"],
    ])

    b.h("9. Rutiner för akuta situationer")
    b.p("Rutinen gäller båda skolorna.")
    b.bullets([
        "Den vuxna som ser eller får veta att en elev blir kränkt eller trakasserad ingriper direkt.",
        "Den vuxna anmäler samma dag till rektor (i Åsen till biträdande rektor, som informerar rektor).",
        "Rektor anmäler samma dag till huvudmannen via kommunens e-tjänst för anmälan om kränkande "
        "behandling.",
        "Trygghetsteamet utreder skyndsamt på rektors uppdrag och samtalar med de inblandade eleverna. "
        "Vårdnadshavarna kontaktas samma dag.",
        "Rektor beslutar om åtgärder.",
        "Utredning och åtgärder dokumenteras i e-tjänsten.",
        "Trygghetsteamet följer upp efter två veckor.",
    ], numbered=True)
    b.p("Kränker en vuxen en elev utreder rektor tillsammans med HR. Elever och vårdnadshavare kan vända "
        "sig till klassläraren, kuratorn eller rektor.")

    b.h("10. Diskrimineringsgrunderna")
    b.p("Skolorna arbetar mot diskriminering och trakasserier som har samband med kön, "
        "könsöverskridande identitet eller uttryck, etnisk tillhörighet, religion eller annan "
        "trosuppfattning, funktionsnedsättning, sexuell läggning och ålder.")

    b.h("11. Utvärdering av årets plan")
    b.p("Planen utvärderas i juni 2026.")

    lab = label(
        SY, ["förskoleklass", "grundskola", "fritidshem"],
        "Rural plan shared by two small school units with one rektor, ALL-CAPS numbered headings; "
        "evaluation, survey and measures reported per unit in separate tables.",
        status={
            "previous_year_evaluation": "partial",
            "preventive_measures": "partial",
            "minority_rights": "missing",
            "evaluation_plan": "partial",
        },
        reasons={
            "student_involvement": "Norrby elevråd worked on the draft on two dated meetings; Åsen klassråd and children's maps.",
            "previous_year_evaluation": "Norrby's measures have effects, but Åsen only says its measures were carried out, without effect.",
            "preventive_measures": "Norrby's four measures have owner and time; Åsen's three have owners but the time column is '–' (4 of 7 complete).",
            "minority_rights": "National minorities are not mentioned anywhere.",
            "evaluation_plan": "Only 'Planen utvärderas i juni 2026' (when); the Ansvar section adds that rektor is responsible, but there is no method and no students' part.",
        },
        decoys=["48213507", "48213508", "2025-08-18 – 2026-08-17"],
    )
    return b, lab


# ==========================================================================
# k2_05  acute routine as a table (Steg | Vem | När | Dokumenteras i)
# ==========================================================================
def k2_05():
    b = Plan("Plan mot diskriminering och kränkande behandling – Stensjöskolan 2025/2026",
             heading_mode="style", author="Maria Ek")
    b.title("Plan mot diskriminering och kränkande behandling",
            "Stensjöskolan åk 7–9 · Läsåret 2025/2026")
    b.set_header("Stensjöskolan · Skolenhetskod 67120934 · Dnr GSN 2025/0877")
    b.set_footer("Grundskoleförvaltningen, Sjöbo stad")

    b.h("Ansvar", 1)
    b.p("Rektor Maria Ek ansvarar för att planen upprättas varje år, följs upp och utvärderas och att "
        "varje anmälan om kränkande behandling eller trakasserier utreds. Trygghetsteamet består av "
        "kurator Ali Hassan, skolsköterska Pia Lund, biträdande rektor Oskar Björk och lärarna Emma Roos "
        "och Nils Kron. Teamet samordnar kartläggningen och utreder på rektors uppdrag. Mentorerna "
        "ansvarar för att planen gås igenom med eleverna. Huvudmannen, grundskolenämnden, ansvarar för "
        "att planen finns och att anmälningar utreds.")

    b.h("Elevernas delaktighet", 1)
    b.p("Elevrådet har fått planen för kännedom på sitt möte i september. Mentorerna presenterar planen "
        "för eleverna under mentorstiden i vecka 38.")

    b.h("Vårdnadshavarnas delaktighet", 1)
    b.p("Planen presenteras på föräldramötena i september, där vårdnadshavarna kan lämna synpunkter till "
        "mentor. Vårdnadshavarenkäten i februari innehåller frågor om trygghet, och skolrådet "
        "(vårdnadshavare från varje årskurs) diskuterar resultatet och förslag till åtgärder i mars.")

    b.h("Utvärdering av förra årets plan", 1)
    b.table([
        ["Åtgärd 2024/25", "Hur den genomfördes", "Effekt"],
        ["Vuxen närvaro i omklädningsrummen", "Idrottslärarna turades om att finnas i anslutning till "
         "omklädningsrummen från oktober 2024",
         "Andelen elever som känner sig otrygga i omklädningsrummen minskade från 27 % till 14 %"],
        ["Rastaktiviteter i aulan för åk 7", "Fritidsledarna höll aktiviteter tre dagar i veckan under vt 2025",
         "Färre anmälningar från åk 7 under rasterna (11 mot 19 året innan)"],
        ["Lektioner om nätet i alla klasser", "Kuratorn höll två lektioner per klass i november",
         "Eleverna uppger i enkäten att de vet var de kan få hjälp (86 %), men kränkningar på Snapchat "
         "kvarstår"],
        ["Tydligare anmälningsrutin för personalen", "Genomgång på APT i augusti och januari",
         "Alla anmälningar gjordes i Prorenata samma dag enligt rektors genomgång i juni"],
    ])

    b.h("Kartläggning", 1)
    b.p("Kartläggningen bygger på kommunens elevenkät i februari 2025 (svarsfrekvens 81 %, 298 av 368 "
        "elever), rastvärdarnas iakttagelser och anmälningarna i Prorenata.")
    b.p("79 % av eleverna känner sig trygga i skolan (83 % året innan). Otrygga platser är "
        "omklädningsrummen, skolbussen från Västra och korridoren vid matsalen under lunchen. 17 % av "
        "eleverna i åk 8 har varit med om kränkande kommentarer på Snapchat. Flickor i åk 9 uppger oftare "
        "än pojkar att de fått kommentarer om sin kropp. Analysen visar att riskerna är störst där vuxna "
        "inte finns och på sociala medier, och att sexuella trakasserier behöver tas upp särskilt.")
    b.p("Under läsåret 2024/25 gjordes 41 anmälningar i Prorenata. Avslutade ärenden i urval:")
    b.table([
        ["Ärende", "Elev", "Åk", "Status"],
        ["2025-017", "(avidentifierad)", "7", "Avslutat 2025-03-02"],
        ["2025-029", "(avidentifierad)", "9", "Avslutat 2025-04-11"],
        ["2025-041", "20110523-4163", "8", "Avslutat 2025-05-12"],
    ])

    b.h("Främjande arbete", 1)
    b.p("Alla ska känna sig trygga på Stensjöskolan. Vi har nolltolerans mot kränkningar och arbetar "
        "aktivt med värdegrunden i alla ämnen. Alla vuxna ska vara goda förebilder.")

    b.h("Förebyggande åtgärder", 1)
    b.table([
        ["Risk", "Åtgärd", "Ansvarig", "När", "Uppföljning"],
        ["Omklädningsrummen", "Vuxen närvaro vid varje idrottslektion", "Idrottslärarna",
         "Från vecka 34", "Elevenkäten februari 2026"],
        ["Skolbussen från Västra", "Bussvärd på morgonturen", "Biträdande rektor Oskar Björk",
         "Från 1 september 2025", "Anmälningar per månad"],
        ["Korridoren vid matsalen", "Rastvärd kl. 11.00–12.30", "Arbetslag 8",
         "Hela läsåret, start vecka 35", "Trygghetsvandring mars 2026"],
        ["Snapchat", "Lektioner om nätet och samtal i mentorsgrupperna", "Kurator Ali Hassan och mentorerna",
         "Oktober–november 2025", "Elevenkäten februari 2026"],
        ["Sexuella trakasserier (åk 9)", "Samtal i halvklass om gränser och samtycke",
         "Skolsköterska Pia Lund", "Vecka 47", "Uppföljning i elevrådet januari 2026"],
    ])

    b.h("Rutiner för akuta situationer", 1)
    b.p("Tabell 1. När en elev kränker en annan elev")
    b.table([
        ["Steg", "Vem", "När", "Dokumenteras i"],
        ["1. Ingripa och stoppa kränkningen", "Den vuxna som ser eller får veta", "Direkt", "–"],
        ["2. Anmäla till rektor", "Personalen", "Samma dag", "Prorenata (anmälan)"],
        ["3. Anmäla till huvudmannen", "Rektor", "Samma dag, senast inom 24 timmar",
         "Prorenata (anmälan till huvudman)"],
        ["4. Utreda", "Trygghetsteamet på uppdrag av rektor", "Start inom två skoldagar",
         "Prorenata (utredning)"],
        ["5. Kontakta vårdnadshavare", "Mentor", "Samma dag", "Prorenata (logg)"],
        ["6. Besluta om åtgärder", "Rektor", "Efter utredningen", "Prorenata (åtgärdsplan)"],
        ["7. Följa upp", "Trygghetsteamet", "Efter två och efter sex veckor", "Prorenata (uppföljning)"],
        ["8. Avsluta ärendet", "Rektor", "När kränkningarna har upphört", "Prorenata"],
    ])
    b.p("Tabell 2. När en vuxen kränker en elev")
    b.table([
        ["Steg", "Vem", "När", "Dokumenteras i"],
        ["1. Ingripa", "Den vuxna som ser eller får veta", "Direkt", "–"],
        ["2. Anmäla till rektor", "Personalen", "Samma dag", "Prorenata"],
        ["3. Anmäla till huvudmannen och HR", "Rektor", "Samma dag", "Prorenata och HR-systemet"],
        ["4. Utreda", "Rektor (är rektor inblandad: grundskolechefen)", "Skyndsamt", "Prorenata"],
        ["5. Arbetsrättsliga åtgärder", "Rektor med HR", "Efter utredningen", "Personalakt"],
    ])
    b.p("Elever och vårdnadshavare kan vända sig till mentor, kuratorn, skolsköterskan eller rektor. "
        "Kurator Ali Hassan nås på 070-123 45 68.")

    b.h("Diskrimineringsgrunderna", 1)
    b.p("Diskriminering är när en elev missgynnas och det har samband med någon av "
        "diskrimineringsgrunderna:")
    b.bullets(["Kön", "Etnisk tillhörighet", "Religion eller annan trosuppfattning",
               "Sexuell läggning", "Funktionsnedsättning"])

    b.h("Nationella minoriteter", 1)
    b.p("Sveriges nationella minoriteter är judar, romer, samer, sverigefinnar och tornedalingar. Elever "
        "som tillhör en nationell minoritet har rätt till modersmålsundervisning i sitt minoritetsspråk "
        "(jiddisch, romani chib, samiska, finska eller meänkieli) även om språket inte är elevens dagliga "
        "umgängesspråk. Skolan informerar vårdnadshavarna om rätten vid inskrivning och i ett brev i "
        "Vklass i september. I historia i åk 8 undervisar vi om minoriteternas historia och om "
        "antiziganism och antisemitism, och skolbiblioteket har skönlitteratur av samiska och "
        "tornedalska författare. Ansvarig: rektor (information) och SO-lärarna (undervisning).")

    b.h("Uppföljning och utvärdering av årets plan", 1)
    b.p("Trygghetsteamet ansvarar för att planen utvärderas i maj 2026. Eleverna deltar genom elevenkäten "
        "i februari och genom elevrådet, som i maj går igenom åtgärderna och föreslår ändringar. "
        "Personalen utvärderar på APT i juni, och rektor fastställer en ny plan i september 2026.")

    lab = label(
        SY, ["grundskola"],
        "Plan of a 7–9 school whose acute routines are two tables 'Steg | Vem | När | Dokumenteras i' "
        "(student-on-student and adult-on-student, both with the huvudman step); an incident summary "
        "table leaks a student's personnummer.",
        status={
            "student_involvement": "partial",
            "promotive_work": "partial",
            "discrimination_grounds": "partial",
        },
        reasons={
            "student_involvement": "Students are only informed (elevrådet gets the plan for kännedom, mentors present it); elsewhere elevrådet has only a planned role in the May evaluation and one measure's follow-up.",
            "promotive_work": "Only slogans (trygghet, nolltolerans, goda förebilder); no concrete promotive activity.",
            "acute_routines": "Table steps: act, report to rektor, rektor reports to huvudman within 24 h, investigate, measures, documentation column, follow-up; separate adult-on-student table.",
            "discrimination_grounds": "Only five grounds listed (no könsöverskridande identitet eller uttryck, no ålder).",
            "minority_rights": "Names the minorities and languages, the right to mother-tongue tuition, information to guardians and teaching, with owners.",
            "evaluation_plan": "May 2026, trygghetsteamet responsible, elevenkät + elevråd review, APT.",
        },
        ids={"20110523-4163": "table"},
        decoys=["67120934", "Dnr GSN 2025/0877", "2025-041", "2025-05-12", "070-123 45 68"],
    )
    return b, lab


# ==========================================================================
# k2_06  last year's evaluation as "Åtgärd | Genomförd (ja/nej)"
# ==========================================================================
def k2_06():
    b = Plan("Plan mot kränkande behandling och diskriminering – Lingonskolan", heading_mode="bold",
             author="Trygghetsgruppen")
    b.title("Plan mot kränkande behandling och diskriminering",
            "Lingonskolan F–6 med fritidshem")
    b.p("Planen gäller från 2025-09-15 till 2026-09-14.")
    b.set_footer("Lingonskolan · Hagby kommun")

    b.h("1. Ansvar för planen")
    b.p("Trygghetsgruppen ansvarar för planen.")

    b.h("2. Elevernas delaktighet")
    b.p("Klassråden i åk 1–6 diskuterade i augusti vad som fungerade och inte fungerade förra året. "
        "Elevrådet gick igenom utkastet till planen den 2 september 2025 och ville särskilt ha fler "
        "vuxna vid klätterställningen, vilket finns med bland åtgärderna. Elevrådet genomförde också "
        "trygghetsvandringen i maj tillsammans med fritidspersonalen och följer upp åtgärderna på sitt "
        "möte i april 2026.")

    b.h("3. Vårdnadshavarnas delaktighet")
    b.p("Vårdnadshavare informeras om planen på höstens föräldramöte.")

    b.h("4. Utvärdering av förra årets plan")
    b.table([
        ["Åtgärd", "Genomförd (ja/nej)"],
        ["Rastvakter vid fotbollsplanen", "Ja"],
        ["Kompissamtal i åk 3", "Ja"],
        ["Ny ordning i matsalen", "Nej"],
        ["Trygghetsvandring med elevrådet", "Ja"],
        ["Föräldrakväll om nätet", "Nej"],
    ])

    b.h("5. Kartläggning och analys")
    b.p("Trivselenkäten besvarades i april 2025 av 188 av 203 elever i åk 1–6. 89 % känner sig trygga i "
        "skolan och 84 % på fritidshemmet. Vid trygghetsvandringen med elevrådet i maj markerades "
        "klätterställningen, cykelstället och toaletterna vid fritids som otrygga platser. Flera elever "
        "i åk 5 skriver att de blir utskrattade när de pratar sitt modersmål. Analys: de otrygga "
        "platserna ligger utanför rastvakternas synfält, och kommentarerna i åk 5 visar en risk för "
        "trakasserier som har samband med etnisk tillhörighet.")

    b.h("6. Främjande och förebyggande arbete")
    b.bullets([
        "Värdegrundslektioner varje vecka i alla klasser, där varje diskrimineringsgrund tas upp under "
        "året. Ansvarig: mentorerna. När: hela läsåret.",
        "Fritidshemmet har gemensamma lekar för alla åldrar varje fredag. Ansvarig: fritidspersonalen. "
        "När: från vecka 36.",
        "Biblioteket köper in böcker på elevernas modersmål och visar dem i en utställning. Ansvarig: "
        "bibliotekarien. När: oktober 2025.",
        "Utifrån trygghetsvandringen: en rastvakt placeras vid klätterställningen varje rast. Ansvarig: "
        "fritidspersonalen enligt rastschema. När: från vecka 38.",
        "Utifrån trivselenkäten: samtal i åk 5 om språk och respekt och om att skratta åt någons "
        "modersmål. Ansvarig: klasslärarna i åk 5 och kuratorn. När: oktober–november 2025.",
        "Toaletterna vid fritids får lås som går att öppna utifrån och tillsyn under rasterna. Ansvarig: "
        "rektor. När: klart senast december 2025.",
    ])

    b.h("7. Rutiner för akuta situationer")
    b.p("Personal som ser eller får kännedom om att en elev blir kränkt ska ingripa och kontakta rektor. "
        "Arbetsgången visas i flödesschemat nedan.")
    flow = img_boxes(300, 180, (255, 255, 255), [
        (100, 5, 200, 35, (91, 155, 213)), (148, 35, 152, 50, (60, 60, 60)),
        (100, 50, 200, 80, (91, 155, 213)), (148, 80, 152, 95, (60, 60, 60)),
        (100, 95, 200, 125, (91, 155, 213)), (148, 125, 152, 140, (60, 60, 60)),
        (100, 140, 200, 170, (237, 125, 49)),
    ])
    b.image(flow, 10)

    b.h("8. Diskrimineringsgrunderna")
    b.p("Diskrimineringslagen skyddar mot diskriminering som har samband med kön, könsöverskridande "
        "identitet eller uttryck, etnisk tillhörighet, religion eller annan trosuppfattning, "
        "funktionsnedsättning, sexuell läggning och ålder.")

    b.h("9. Nationella minoriteter")
    b.p("De nationella minoriteterna är judar, romer, samer, sverigefinnar och tornedalingar. Vi "
        "informerar vårdnadshavarna vid inskrivningen om rätten till modersmålsundervisning i finska, "
        "meänkieli, samiska, romani chib och jiddisch. Alla klasser uppmärksammar samernas nationaldag "
        "den 6 februari och sverigefinnarnas dag den 24 februari, och i åk 4–6 ingår minoriteternas "
        "historia och kultur i SO-undervisningen. Ansvarig: rektor och SO-lärarna.")

    b.h("10. Uppföljning och utvärdering")
    b.p("Planen följs upp i januari 2026 och utvärderas i maj 2026 av trygghetsgruppen tillsammans med "
        "elevrådet. Underlag är trivselenkäten i april och elevrådets genomgång av åtgärderna; "
        "klassråden diskuterar vad som har blivit bättre.")

    lab = label(
        SY, ["förskoleklass", "grundskola", "fritidshem"],
        "Numbered bold-heading plan whose evaluation of last year is a two-column table 'Åtgärd | "
        "Genomförd (ja/nej)', with a merged 'Främjande och förebyggande arbete' list and an acute "
        "routine shown only as a flowchart picture without alt text.",
        status={
            "responsible": "partial",
            "previous_year_evaluation": "partial",
            "acute_routines": "partial",
            "guardian_involvement": "partial",
        },
        reasons={
            "responsible": "Only 'Trygghetsgruppen ansvarar för planen' – a group name without roles.",
            "previous_year_evaluation": "Table lists last year's measures with ja/nej only; no how or effect.",
            "promotive_work": "Under the merged heading: weekly värdegrund lessons covering all grounds, fritids games, library books, each with owner and time.",
            "preventive_measures": "Under the merged heading: three survey-derived measures (klätterställning, åk 5 talks, toaletter), all with owner and time.",
            "acute_routines": "Text says only to intervene and contact rektor; the rest of the routine is a flowchart image without alt text.",
            "guardian_involvement": "Guardians are only informed at the autumn parents' meeting.",
        },
        images_without_alt=1,
    )
    return b, lab


# ==========================================================================
# k2_07  national minorities handled in detail
# ==========================================================================
def k2_07():
    b = Plan("Plan mot diskriminering och kränkande behandling läsåret 2025/26 – Mattisskolan",
             heading_mode="style", author="Liisa Niemi")
    b.title("Plan mot diskriminering och kränkande behandling läsåret 2025/26",
            "Mattisskolan F–9 och fritidshem, Tornebygdens kommun")
    b.p("**Giltighetstid:** läsåret 2025/26 (2025-08-18 – 2026-06-12)")
    b.set_footer("Mattisskolan · Tornebygdens kommun · Plan 2025/26")

    b.h("Ansvarsfördelning", 1)
    b.p("Rektor Liisa Niemi ansvarar för att planen tas fram tillsammans med trygghetsteamet och för "
        "att varje anmälan om kränkande behandling utreds. Trygghetsteamet "
        "(biträdande rektor Erik Lahti, kurator Sanna Kemi, lärarna Aino Paavo och Jonas Isaksson samt "
        "fritidspedagogen Elsa Pekkari) leder utredningar och samordnar kartläggningen. All personal "
        "ansvarar för att ingripa och anmäla. Huvudmannen, utbildningsnämnden i Tornebygdens kommun, "
        "ansvarar för att planen finns och för utredningar enligt skollagen.")

    b.h("Elevernas delaktighet", 1)
    b.p("Elevrådet (två elever per klass i åk 3–9) arbetade med planen i augusti och september 2025 och "
        "valde ut de tre åtgärder som eleverna tycker är viktigast. Klassråden i F–2 har samtalat om "
        "trygghet med hjälp av bilder. Elevskyddsombuden i åk 8–9 var med på trygghetsvandringen i april. "
        "Elever från åk 6 har tillsammans med modersmålslärarna tagit fram informationen om de "
        "nationella minoriteterna på skolans skärmar.")

    b.h("Vårdnadshavarnas delaktighet", 1)
    b.p("Planen publiceras på skolans webbplats och i Unikum, på svenska och finska.")

    b.h("Utvärdering av förra årets plan", 1)
    b.table([
        ["Åtgärd 2024/25", "Genomförande", "Resultat"],
        ["Rastvärdar vid skidbacken", "Genomförd dec 2024–mars 2025", "Inga anmälningar från skidbacken "
         "(fyra året innan); eleverna i åk 4 anger backen som trygg"],
        ["Lektioner om antisamisk rasism i åk 7", "Genomförd i februari 2025 med gäst från Sametinget",
         "Eleverna kunde i utvärderingen ge exempel på rasism mot samer; två anmälningar om ord mot "
         "samiska elever under hösten, inga under våren"],
        ["Vuxen på skolbussen från byarna", "Delvis – bara på morgonen",
         "Färre konflikter på morgonen, oförändrat på eftermiddagen; fortsätter med eftermiddagsturen"],
    ])

    b.h("Kartläggning", 1)
    b.p("Kartläggningen har gjorts genom trivselenkät i åk 2–9 i mars 2025, trygghetsvandring med "
        "elevskyddsombuden i april, samtal i klassråden och en sammanställning av anmälningarna om "
        "kränkande behandling. Resultaten har sammanställts och diskuterats i arbetslagen i juni.")

    b.h("Främjande arbete", 1)
    b.bullets([
        "Värdegrundstimmar varannan vecka i alla klasser med material från DO om de sju "
        "diskrimineringsgrunderna. Ansvarig: mentorerna. Hela läsåret.",
        "Flerspråkiga skyltar (svenska, finska, meänkieli och nordsamiska) i skolans gemensamma lokaler. "
        "Ansvarig: rektor. Klart oktober 2025.",
        "Gemensamma idrottsdagar där lagen blandas över årskurserna. Ansvarig: idrottslärarna. September "
        "och mars.",
    ])

    b.h("Förebyggande åtgärder", 1)
    b.table([
        ["Område", "Åtgärd", "Ansvarig", "När", "Uppföljning"],
        ["Skolbussen på eftermiddagen", "Vuxen följer med eftermiddagsturen", "Biträdande rektor Erik Lahti",
         "Från vecka 34", "Anmälningar per månad"],
        ["Omklädningsrummen", "Idrottsläraren finns i anslutning till omklädningsrummen", "Idrottslärarna",
         "Varje lektion från vecka 34", "Trivselenkäten mars 2026"],
        ["Nätet", "Lektioner om gruppchattar i åk 5–7", "Kurator Sanna Kemi", "Ht 2025",
         "Klassråden i januari 2026"],
    ])

    b.h("Nationella minoriteter och minoritetsspråk", 1)
    b.p("Sveriges fem nationella minoriteter är judar, romer, samer, sverigefinnar och tornedalingar, och "
        "de nationella minoritetsspråken är jiddisch, romani chib, samiska, finska och meänkieli. Samerna "
        "är också Sveriges urfolk. Enligt lagen (2009:724) om nationella minoriteter och minoritetsspråk "
        "har det allmänna ett särskilt ansvar för att skydda och främja minoritetsspråken, och barns "
        "utveckling av en kulturell identitet och användning av det egna minoritetsspråket ska särskilt "
        "främjas. Det är den enskilda själv som avgör om hen tillhör en minoritet; skolan registrerar "
        "inte detta.")
    b.p("Tornebygdens kommun ingår i förvaltningsområdena för finska, meänkieli och samiska. Det innebär "
        "bland annat att vårdnadshavare har rätt att få förskoleplats där hela eller delar av "
        "verksamheten bedrivs på språket, och att kommunen ska ge information om rättigheterna.")
    b.p("Så här arbetar Mattisskolan:")
    b.bullets([
        "I augusti får alla vårdnadshavare information på svenska, finska och meänkieli om rätten till "
        "modersmålsundervisning i ett nationellt minoritetsspråk, också när eleven inte har språket som "
        "dagligt umgängesspråk. Ansvarig: rektor.",
        "Modersmålsundervisning i finska, meänkieli och nordsamiska erbjuds i samarbete med kommunens "
        "modersmålsenhet; i år deltar 23 elever. Ansvarig: modersmålslärarna.",
        "Vi uppmärksammar samernas nationaldag 6 februari, sverigefinnarnas dag 24 februari, romernas "
        "nationaldag 8 april och tornedalingarnas dag (15 juli, firas i skolan i juni). Förintelsens "
        "minnesdag 27 januari uppmärksammas i åk 7–9. Ansvarig: SO-lärarna och fritidshemmet.",
        "Skolbiblioteket har böcker och ljudböcker på alla fem minoritetsspråken. Ansvarig: "
        "bibliotekarien.",
        "Trivselenkäten har frågor om trakasserier som har samband med etnisk tillhörighet och språk, och "
        "trygghetsteamet följer särskilt upp antisamisk rasism, antiziganism och antisemitism. Ansvarig: "
        "trygghetsteamet, mars 2026.",
    ])

    b.h("Rutiner för akuta situationer", 1)
    b.bullets([
        "Den vuxna som ser eller får veta att en elev blir kränkt, trakasserad eller sexuellt trakasserad "
        "ingriper direkt.",
        "Den vuxna anmäler till rektor samma dag.",
        "Rektor anmäler till huvudmannen samma dag i kommunens system för anmälan om kränkande behandling.",
        "Trygghetsteamet utreder skyndsamt: samtal med de inblandade eleverna och vid behov vittnen; "
        "vårdnadshavarna kontaktas samma dag.",
        "Rektor beslutar om åtgärder.",
        "Allt dokumenteras i systemet.",
        "Trygghetsteamet följer upp efter två veckor och avslutar ärendet när kränkningarna har upphört.",
    ], numbered=True)
    b.p("Om en vuxen kränker en elev utreder rektor tillsammans med HR; gäller det rektor utreder "
        "skolchefen.")

    b.h("Diskrimineringsgrunderna", 1)
    b.p("Planen omfattar de sju diskrimineringsgrunderna: kön, könsöverskridande identitet eller uttryck, "
        "etnisk tillhörighet, religion eller annan trosuppfattning, funktionsnedsättning, sexuell läggning "
        "och ålder.")

    b.h("Uppföljning och utvärdering", 1)
    b.p("Planen utvärderas i maj–juni 2026 genom en elevenkät och samtal i elevrådet och klassråden.")

    lab = label(
        SY, ["förskoleklass", "grundskola", "fritidshem"],
        "F–9 plan with a detailed section on national minorities (five minorities and languages, the "
        "2009:724 duties, förvaltningsområde, concrete dated activities) but a survey that names "
        "methods without findings.",
        status={
            "guardian_involvement": "partial",
            "survey": "partial",
            "evaluation_plan": "partial",
        },
        reasons={
            "validity_period": "Läsåret 2025/26 with dates 2025-08-18 – 2026-06-12 (about ten months, within the 9–13 month allowance).",
            "guardian_involvement": "Only publication on the website and in Unikum (information only).",
            "survey": "Methods named (trivselenkät, trygghetsvandring, klassråd, anmälningar) but no results – only 'resultaten har sammanställts'.",
            "minority_rights": "Names minorities and languages, rights, förvaltningsområde, and concrete activities with owners.",
            "evaluation_plan": "When (May–June 2026) and how with students (elevenkät, elevråd, klassråd) but nobody is named as responsible for the evaluation, here or in the Ansvar section.",
        },
    )
    return b, lab


# ==========================================================================
# k2_08  older ground words; plan not renewed (validity for the previous year)
# ==========================================================================
def k2_08():
    b = Plan("Likabehandlingsplan och plan mot kränkande behandling – Björkhagens skola",
             heading_mode="bold", author="Göran Ström")
    b.title("Likabehandlingsplan och plan mot kränkande behandling",
            "Björkhagens skola åk 4–9 och grundsärskola")
    b.p("**Planen gäller:** 2024-10-01 – 2025-09-30")
    b.p("Planen bygger på diskrimineringslagen (2008:567), skollagen (2010:800) 6 kap. och Skolverkets "
        "allmänna råd för arbetet mot diskriminering och kränkande behandling (2012).")
    b.set_footer("Björkhagens skola · Likabehandlingsplan")

    b.h("Ansvar")
    b.p("Rektor Göran Ström har det övergripande ansvaret för planen och för att den följs upp och "
        "revideras varje år. Likabehandlingsgruppen (kurator, specialpedagog, skolsköterska och en lärare "
        "från varje arbetslag) leder arbetet med kartläggning och utredningar. Mentorerna ansvarar för att "
        "planen är känd i klasserna. All personal ska ingripa och anmäla. Huvudmannen ansvarar för att "
        "anmälningar utreds och för att planen upprättas varje år.")

    b.h("Elevernas delaktighet")
    b.p("Eleverna är delaktiga i värdegrundsarbetet och i arbetet med planen.")

    b.h("Vårdnadshavarnas delaktighet")
    b.p("Föräldrarådet, med en förälder från varje klass, läste utkastet till planen i september 2024 och "
        "lämnade synpunkter. Föräldraenkäten i februari har frågor om trygghet. Planen presenteras på "
        "föräldramötena och finns på skolans webbplats.")

    b.h("Utvärdering av förra årets plan")
    b.p("Åtgärd: Vuxna i korridorerna på raster. Genomförande: rastvaktsschema från september 2023. "
        "Resultat: anmälningarna från korridorerna minskade från 16 till 7.")
    b.p("Åtgärd: Samtalsgrupper om sociala medier i åk 6. Genomförande: kuratorn höll sex träffar under "
        "vårterminen 2024. Resultat: eleverna i åk 6 uppgav i enkäten oftare än tidigare att de vet vad "
        "de ska göra om någon blir utsatt på nätet (71 % mot 52 %).")
    b.p("Åtgärd: Anpassade raster för grundsärskolans elever. Genomförande: egna rastaktiviteter med "
        "elevassistenter från januari 2024. Resultat: färre konflikter på skolgården enligt personalens "
        "anteckningar, och eleverna säger att de tycker om rastaktiviteterna.")

    b.h("Kartläggning")
    b.p("Trivselenkät i åk 4–9 och grundsärskolan i april 2024 (svarsfrekvens 87 %), personalens "
        "rastobservationer i maj 2024 och genomgång av anmälningarna. 85 % av eleverna känner sig trygga. "
        "Otrygga platser är omklädningsrummen och busshållplatsen. I åk 8 uppger 12 elever att de har fått "
        "kommentarer om sitt utseende. Vi ser att kommentarerna ofta sker på väg till och från "
        "idrottslektionerna när vuxna inte är med.")

    b.h("Främjande arbete")
    b.bullets([
        "Regnbågsveckan i vecka 23 med lektioner om HBTQ-personers rättigheter och om hur det är att "
        "tillhöra en sexuell minoritet. Ansvarig: likabehandlingsgruppen.",
        "Gemensamma aktiviteter för grundskolans och grundsärskolans elever på fredagar. Ansvarig: "
        "fritidsledarna.",
        "Värdegrundslektioner varannan vecka i mentorstiden. Ansvarig: mentorerna.",
    ])

    b.h("Förebyggande åtgärder")
    for txt in [
        "Mål: Trygga omklädningsrum. Åtgärd: Idrottslärarna finns vid omklädningsrummen före och efter "
        "lektionen. Ansvarig: idrottslärarna. Klart: från oktober 2024.",
        "Mål: Trygg väntan vid busshållplatsen. Åtgärd: Bussvärd kl. 15.00–15.30. Ansvarig: "
        "fritidsledarna. Klart: från november 2024.",
        "Mål: Inga kommentarer om utseende i åk 8. Åtgärd: Samtal i halvklass och tydliga regler i "
        "klassrummet. Ansvarig: mentorerna i åk 8 och kuratorn. Klart: december 2024.",
        "Mål: Elever i grundsärskolan känner sig trygga på gemensamma raster. Åtgärd: En elevassistent "
        "finns med på varje rast. Ansvarig: biträdande rektor. Klart: från oktober 2024.",
    ]:
        b.p(txt)

    b.h("Rutiner vid kränkande behandling")
    b.bullets([
        "Ingripa direkt och säga ifrån.",
        "Anmäla till rektor samma dag på skolans anmälningsblankett.",
        "Rektor anmäler till huvudmannen inom en arbetsdag.",
        "Likabehandlingsgruppen utreder skyndsamt och informerar vårdnadshavarna.",
        "Rektor beslutar om åtgärder.",
        "Utredningen och åtgärderna dokumenteras och förvaras hos rektor.",
        "Uppföljning efter två veckor.",
    ], numbered=True)
    b.p("Kränker en vuxen en elev utreder rektor tillsammans med HR.")

    b.h("Diskrimineringsgrunderna")
    b.p("Diskrimineringsgrunderna är kön, könsidentitet eller könsuttryck, etnisk tillhörighet, religion "
        "eller annan trosuppfattning, funktionshinder, sexuell läggning och ålder.")
    b.p("**Funktionshinder:** varaktiga fysiska, psykiska eller begåvningsmässiga begränsningar av en "
        "persons funktionsförmåga. **Könsidentitet eller könsuttryck:** hur en person identifierar sig "
        "eller uttrycker sitt kön. **Sexuell läggning:** homosexuell, bisexuell eller heterosexuell "
        "läggning.")

    b.h("Utvärdering av planen")
    b.p("Planen utvärderas i september 2025 av likabehandlingsgruppen genom trivselenkäten och en "
        "genomgång av anmälningarna. Elevrådet och klassråden går igenom åtgärderna och lämnar förslag "
        "till nästa plan.")

    lab = label(
        SY, ["grundskola", "anpassad grundskola"],
        "Legacy 'Likabehandlingsplan' of a 4–9 school with grundsärskola, bold headings, last year's "
        "validity period (2024-10-01 – 2025-09-30) and a grounds list mixing current terms with "
        "'funktionshinder'.",
        status={
            "validity_period": "partial",
            "student_involvement": "partial",
            "discrimination_grounds": "partial",
            "minority_rights": "missing",
        },
        reasons={
            "validity_period": "Period 2024-10-01 – 2025-09-30 belongs to 2024/25, not the 2025/26 collection (school year mismatch).",
            "student_involvement": "Only the generic 'Eleverna är delaktiga i värdegrundsarbetet och i arbetet med planen' without forum; elsewhere students are survey respondents and have a planned role in the evaluation.",
            "discrimination_grounds": "Lists 'funktionshinder' instead of 'funktionsnedsättning', so only six current grounds; 'könsidentitet eller könsuttryck' itself is accepted.",
            "minority_rights": "'Sexuell minoritet' in the promotive section is not a national minority; national minorities are never mentioned.",
            "evaluation_plan": "September 2025, likabehandlingsgruppen, trivselenkät and anmälningar, elevråd and klassråd take part.",
        },
    )
    return b, lab


PLANS = [k2_01, k2_02, k2_03, k2_04, k2_05, k2_06, k2_07, k2_08]
