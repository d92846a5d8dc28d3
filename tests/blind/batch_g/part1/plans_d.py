"""Plans g1_14 … g1_16: other voices (gymnasieskola in formal passive, ALL-CAPS hand-typed plan,
anpassad grundskola with pictograms and a comment)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from docx.enum.text import WD_ALIGN_PARAGRAPH  # noqa: E402

import wordkit as wk  # noqa: E402
from wordkit import p, h, bullets, table, kv_table, caps_heading  # noqa: E402

C = WD_ALIGN_PARAGRAPH.CENTER


# ==============================================================================================
# g1_14 — Kronhagens gymnasium (long, formal passive voice, numbered headings, law appendix)
# ==============================================================================================

def plan14(out):
    d = wk.new_doc("Plan mot diskriminering och kränkande behandling 2026/2027 – Kronhagens gymnasium",
                   author="Gunilla Sandberg", created=wk._dt.datetime(2026, 9, 25, 9, 0, 0))
    wk.header_text(d, "Kronhagens gymnasium · Lindbro kommun · Gymnasieförvaltningen", align_right=True)
    wk.footer_text(d, "Dnr GYF 2026/114 · Lindbro kommun org.nr 212000-1959", page_field=True, numpages=True)
    p(d, "Kronhagens gymnasium", size=16, align=C)
    p(d, "Plan mot diskriminering och kränkande behandling", bold=True, size=22, align=C)
    p(d, "Läsåret 2026/2027", size=14, align=C)
    p(d, "Fastställd av rektor 2026-09-25", align=C)
    p(d, "Planen har upprättats i samverkan med Kronhagens elevkår", italic=True, align=C)
    wk.page_break(d)

    h(d, "1 Inledning", 1)
    h(d, "1.1 Syfte", 2)
    p(d, "Planen har upprättats i syfte att främja elevernas lika rättigheter och möjligheter samt att "
         "förebygga och förhindra diskriminering, trakasserier, sexuella trakasserier och kränkande "
         "behandling vid Kronhagens gymnasium. Planen utgör såväl skolans plan mot kränkande behandling enligt "
         "6 kap. 8 § skollagen som skolans dokumentation av arbetet med aktiva åtgärder enligt 3 kap. "
         "diskrimineringslagen.")
    p(d, "Skolan har ca 980 elever fördelade på natur-, samhälls-, ekonomi- och teknikprogrammen, barn- och "
         "fritidsprogrammet, el- och energiprogrammet samt introduktionsprogrammen (bland annat "
         "språkintroduktion). Skolenhetskod 64718203.")
    h(d, "1.2 Styrdokument", 2)
    p(d, "Arbetet regleras främst av skollagen (2010:800) 6 kap., diskrimineringslagen (2008:567), förordningen "
         "(2006:1083) om barns och elevers deltagande i arbetet med en plan mot kränkande behandling samt "
         "läroplanen för gymnasieskolan (Lgy 11). Aktuella bestämmelser återges i bilaga 1.")
    h(d, "1.3 Skolans värdegrund", 2)
    p(d, "Kronhagens gymnasium vilar på den värdegrund som uttrycks i skollagen och i läroplanen: människolivets "
         "okränkbarhet, individens frihet och integritet, alla människors lika värde, jämställdhet samt "
         "solidaritet med svaga och utsatta. Det har under de senaste läsåren framhållits, såväl av elevkåren som "
         "av personalen, att värdegrunden inte får stanna vid formuleringar utan måste märkas i vardagen: i hur "
         "elever och personal talar med och om varandra, i hur lokaler och aktiviteter fördelas och i hur snabbt "
         "skolan agerar när någon far illa.")
    p(d, "Skolan är stor och eleverna kommer från ett trettiotal kommuner. Många elever pendlar och tillbringar "
         "håltimmar i skolans gemensamma utrymmen. Det har därför bedömts som särskilt viktigt att planen omfattar "
         "hela skoldagen, inklusive raster, lunch, studiebesök, praktik (APL) och skolans digitala kanaler.")
    h(d, "1.4 Begrepp", 2)
    for term, text in [
        ("Kränkande behandling", "ett uppträdande som, utan att vara diskriminering, kränker en elevs "
         "värdighet. Kränkningar kan vara fysiska, verbala, psykosociala eller ske via digitala kanaler."),
        ("Diskriminering", "att en elev missgynnas, direkt eller indirekt, och att missgynnandet har samband "
         "med någon av diskrimineringsgrunderna. Även bristande tillgänglighet kan utgöra diskriminering."),
        ("Trakasserier", "ett uppträdande som kränker en elevs värdighet och som har samband med någon av "
         "diskrimineringsgrunderna."),
        ("Sexuella trakasserier", "ett uppträdande av sexuell natur som kränker någons värdighet."),
        ("Repressalier", "att en elev missgynnas för att hen har anmält eller medverkat i en utredning."),
    ]:
        p(d, f"**{term}** avser {text}")
    p(d, "Diskrimineringsgrunderna är kön, könsöverskridande identitet eller uttryck, etnisk tillhörighet, "
         "religion eller annan trosuppfattning, funktionsnedsättning, sexuell läggning och ålder. Sedan den "
         "1 juli 2025 omfattar grunden kön även den som avser att ändra eller har ändrat sitt juridiska kön.")

    h(d, "2 Grunduppgifter och ansvar", 1)
    h(d, "2.1 Planens giltighetstid", 2)
    p(d, "Planen gäller från 2026-09-01 till 2027-08-31. En ny plan ska vara fastställd senast den 30 september "
         "2027.")
    h(d, "2.2 Ansvarsfördelning", 2)
    p(d, "Ansvaret för planen och för arbetet mot diskriminering och kränkande behandling har fördelats enligt "
         "följande.")
    table(d, [
        ["Funktion", "Ansvar"],
        ["Huvudman (gymnasienämnden genom gymnasieförvaltningen)",
         "Ansvarar för att planen upprättas årligen, tar emot rektors anmälningar och ser till att anmälda "
         "kränkningar utreds skyndsamt."],
        ["Rektor Gunilla Sandberg",
         "Ansvarar för att planen upprättas, genomförs, följs upp och utvärderas, för att anmälningar görs till "
         "huvudmannen och för att utredningar genomförs och dokumenteras."],
        ["Biträdande rektorer Omar Haidari (högskoleförberedande program) och Karin Ljung (yrkesprogram och "
         "introduktionsprogram)",
         "Leder arbetet inom sina programområden och beslutar om åtgärder på rektors delegation."],
        ["Trygghetsgruppen (kurator Tina Åberg, skolsköterska Per Ström, studie- och yrkesvägledare, "
         "två lärare samt två representanter för elevkåren)",
         "Samordnar kartläggning, analys och åtgärder. Utreder anmälda kränkningar på rektors uppdrag."],
        ["Mentorer", "Följer upp elevernas trygghet i mentorssamtal och arbetar med planen i mentorsgrupperna."],
        ["All personal", "Ingriper mot kränkningar och anmäler till rektor samma dag."],
    ], widths=(6, 10))

    h(d, "3 Kartläggning", 1)
    h(d, "3.1 Elevkårens medverkan", 2)
    p(d, "Elevkårens styrelse har medverkat i samtliga steg av arbetet med planen. Frågorna i skolans egen "
         "trygghetsenkät har reviderats av elevkåren och trygghetsgruppen gemensamt i februari 2026. "
         "Resultaten har analyserats vid en workshop den 14 april 2026 där elevkårens styrelse, "
         "klassrepresentanter från samtliga program och trygghetsgruppen deltog. Utkastet till planen har "
         "remitterats till elevkåren, vars synpunkter har behandlats vid trygghetsgruppens möte den 2 september "
         "2026. Två representanter för elevkåren ingår i trygghetsgruppen under läsåret och deltar i "
         "uppföljningen av åtgärderna.")
    p(d, "Elevskyddsombuden har deltagit i trygghetsvandringen. Planen presenteras därtill i en elevversion i "
         "samtliga mentorsgrupper under september.")
    h(d, "3.2 Kartläggningsmetoder", 2)
    bullets(d, [
        "Skolinspektionens skolenkät (åk 2, vårterminen 2026; 214 svar av 301).",
        "Skolans trygghetsenkät för samtliga elever (mars 2026; 742 svar, svarsfrekvens 76 %).",
        "Trygghetsvandring med elevkåren och elevskyddsombuden (den 21 april 2026).",
        "Fokusgrupper med elever på BF-, EL- och språkintroduktionsprogrammet (april–maj 2026).",
        "Anmälningar om kränkande behandling, trakasserier och sexuella trakasserier läsåret 2025/26 "
        "(totalt 58 anmälningar).",
        "Mentorssamtal och elevhälsans hälsosamtal i åk 1.",
    ])
    h(d, "3.3 Resultat", 2)
    p(d, "Av resultaten framgår att 90 % av eleverna känner sig trygga i skolan, vilket är en ökning jämfört "
         "med föregående läsår (86 %). Andelen elever som uppger att de har utsatts för kränkningar via "
         "digitala kanaler uppgår till 13 %. Skillnader har noterats mellan programmen: på EL-programmet uppger "
         "21 % av eleverna att nedsättande kommentarer om kön och sexuell läggning förekommer ofta i "
         "verkstadslokalerna, och på BF-programmet har sexuella kommentarer i gruppchattar rapporterats.")
    table(d, [
        ["Område", "2024/25", "2025/26"],
        ["Känner sig trygg i skolan", "86 %", "90 %"],
        ["Har utsatts för kränkningar digitalt", "15 %", "13 %"],
        ["Har bevittnat nedsättande kommentarer om ursprung", "18 %", "14 %"],
        ["Upplever att vuxna ingriper", "61 %", "67 %"],
    ], widths=(9, 3, 3))
    p(d, "Av de 58 anmälningarna avsåg 22 verbala kränkningar, 14 kränkningar i digitala kanaler, 9 sexuella "
         "trakasserier och 7 trakasserier med koppling till etnisk tillhörighet eller religion. "
         "Vid trygghetsvandringen identifierades entréhallen, skåpområdet i hus C och omklädningsrummen i "
         "idrottshallen som platser där otrygghet upplevs, särskilt under lunchrasten.")
    p(d, "I ett ärende under vårterminen 2026, som rörde en elev med samordningsnummer 091171-3386 på "
         "språkintroduktionsprogrammet, framkom att eleven under en längre tid hade utsatts för trakasserier "
         "med koppling till etnisk tillhörighet i en gruppchatt. Ärendet har utretts och avslutats.")
    h(d, "3.4 Elevkårens synpunkter på resultatet", 2)
    p(d, "Vid workshopen i april framförde elevkårens representanter att resultaten överensstämmer med elevernas "
         "bild, men att enkäten underskattar problemen i gruppchattar eftersom många elever inte uppfattar "
         "kommentarer där som kränkningar. Det framhölls vidare att elever på yrkesprogrammen sällan vänder sig "
         "till personal och att anmälningsvägen upplevs som krånglig. Synpunkterna har beaktats i analysen nedan "
         "och i valet av åtgärder.")
    h(d, "3.5 Analys", 2)
    p(d, "Vid analysen har konstaterats att otryggheten främst uppstår där många elever vistas samtidigt och "
         "där vuxennärvaron är låg. Jargongen i verkstadslokalerna bedöms ha samband med att normer om "
         "maskulinitet inte har problematiserats i undervisningen. Elever på språkintroduktion har i "
         "fokusgrupperna beskrivit att de upplever sig utestängda från gemensamma aktiviteter, vilket bedöms "
         "utgöra en risk för diskriminering på grund av etnisk tillhörighet. Elevkåren har vid workshopen "
         "framhållit att digitala kränkningar ofta inte anmäls eftersom eleverna inte tror att skolan kan "
         "agera.")

    h(d, "4 Redogörelse för föregående års åtgärder", 1)
    p(d, "Redogörelsen avser de åtgärder som planerades i planen för läsåret 2025/26. Uppföljningen har "
         "genomförts av trygghetsgruppen tillsammans med elevkåren i maj och juni 2026.")
    table(d, [
        ["Planerad åtgärd 2025/26", "Genomförande", "Effekt"],
        ["Vuxennärvaro i entréhallen under lunchrasten",
         "Genomfördes från oktober 2025 enligt schema.",
         "Andelen elever som upplever otrygghet i entréhallen minskade från 17 % till 9 %."],
        ["Workshop om sexuella trakasserier på BF-programmet",
         "Genomfördes i åk 1 och 2 under höstterminen.",
         "Antalet anmälningar om sexuella trakasserier på BF minskade från 6 till 3; gruppchattarna kvarstår "
         "som problem."],
        ["Gemensamma aktiviteter för språkintroduktion och nationella program",
         "Genomfördes delvis; två av fyra planerade aktiviteter hölls.",
         "Ingen mätbar förändring; eleverna upplever fortfarande utanförskap. Åtgärden har omarbetats."],
        ["Information om hur kränkningar anmäls digitalt",
         "Genomfördes i samtliga mentorsgrupper i september 2025.",
         "Antalet anmälningar från elever ökade från 11 till 19, vilket tolkas som ökad kännedom."],
    ], widths=(5, 5, 6))

    h(d, "5 Främjande arbete", 1)
    p(d, "Det främjande arbetet riktas till samtliga elever och syftar till att stärka respekten för allas lika "
         "värde oberoende av diskrimineringsgrund.")
    h(d, "5.1 Värdegrundsdagar", 2)
    p(d, "Två värdegrundsdagar genomförs under läsåret (vecka 36 och vecka 5) med teman som planeras av "
         "elevkåren och trygghetsgruppen. Ansvarig: biträdande rektor Omar Haidari.")
    h(d, "5.2 Mentorer i våldsprevention (MVP)", 2)
    p(d, "MVP-programmet genomförs i samtliga klasser i åk 1 under höstterminen. Målet är att eleverna ska "
         "kunna agera som aktiva åskådare. Ansvarig: kurator Tina Åberg tillsammans med utbildade mentorer.")
    h(d, "5.3 Tillgänglig lärmiljö", 2)
    p(d, "Skolans lokaler och digitala lärmiljö ses över med avseende på tillgänglighet för elever med "
         "funktionsnedsättning. Översynen genomförs av specialpedagogerna och redovisas för ledningsgruppen "
         "i december 2026.")
    h(d, "5.4 Normmedveten undervisning", 2)
    p(d, "Ämneslagen har i uppdrag att i undervisningen synliggöra normer kring kön, sexualitet och etnicitet. "
         "Uppdraget följs upp i ämneslagens kvalitetsarbete.")

    h(d, "6 Förebyggande åtgärder", 1)
    p(d, "Utifrån kartläggningen och analysen har följande åtgärder beslutats. Ansvaret för genomförandet "
         "fördelas av ledningsgruppen.")
    h(d, "6.1 Vuxennärvaro i skåpområdet i hus C", 2)
    p(d, "Det ska säkerställas att vuxna finns närvarande i skåpområdet i hus C och i entréhallen under "
         "lunchrasterna. Målet är att andelen elever som upplever otrygghet där ska minska.")
    h(d, "6.2 Omklädningsrummen", 2)
    p(d, "Omklädningsrummen i idrottshallen ska ses över så att enskilt ombyte möjliggörs. Arbetet avses "
         "påbörjas under läsåret.")
    h(d, "6.3 Jargong i verkstadslokalerna", 2)
    p(d, "Insatser mot nedsättande kommentarer om kön och sexuell läggning på EL-programmet ska genomföras "
         "i samarbete med elevhälsan. Ansvar: kurator Tina Åberg och programansvarig lärare Björn Eld. "
         "Tidpunkt: vecka 38–42. Uppföljning sker i trygghetsenkäten i mars 2027.")
    h(d, "6.4 Digitala gruppchattar", 2)
    p(d, "Rutinerna för klassernas digitala gruppchattar ska ses över, och eleverna ska informeras om hur "
         "digitala kränkningar kan anmälas.")
    h(d, "6.5 Inkludering av elever på språkintroduktion", 2)
    p(d, "Det ska verkas för att elever på språkintroduktionsprogrammet i högre grad deltar i skolans "
         "gemensamma aktiviteter, bland annat genom att elevkårens aktiviteter marknadsförs på fler språk.")

    h(d, "7 Rutiner för att upptäcka, utreda och åtgärda", 1)
    h(d, "7.1 Upptäcka", 2)
    p(d, "Kränkningar ska upptäckas genom vuxennärvaro, mentorssamtal, hälsosamtal och genom att eleverna "
         "uppmuntras att berätta. Anmälan kan även göras anonymt via elevkårens digitala brevlåda, som "
         "vidarebefordras till kurator.")
    h(d, "7.2 Anmälan", 2)
    p(d, "Personal som får kännedom om att en elev anser sig ha blivit utsatt för kränkande behandling, "
         "trakasserier eller sexuella trakasserier ska ingripa och anmäla detta till rektor samma dag. Rektor "
         "anmäler i sin tur till huvudmannen senast nästa arbetsdag. Anmälan görs i kommunens digitala system "
         "för anmälan av kränkande behandling.")
    h(d, "7.3 Utredning", 2)
    p(d, "Utredningen inleds skyndsamt, normalt inom tre arbetsdagar, och genomförs av trygghetsgruppen på "
         "rektors uppdrag. Samtal förs med den utsatta eleven, med den eller de elever som uppges ha utfört "
         "kränkningen samt vid behov med vittnen. Om eleven är under 18 år informeras vårdnadshavare.")
    h(d, "7.4 Åtgärder och uppföljning", 2)
    p(d, "Utifrån utredningen beslutar rektor om de åtgärder som skäligen kan krävas för att förhindra "
         "fortsatta kränkningar. Åtgärderna följs upp inom två veckor och därefter vid behov. Ärendet avslutas "
         "först när kränkningarna har upphört.")
    h(d, "7.5 Dokumentation", 2)
    p(d, "Anmälan, utredning, beslutade åtgärder och uppföljning dokumenteras i det digitala systemet. "
         "Dokumentationen hanteras enligt gällande regler om sekretess.")
    h(d, "7.6 När personal kränker elev", 2)
    p(d, "Om en anställd uppges ha kränkt en elev utreds ärendet av rektor, eller av skolchefen om rektor är "
         "berörd. Anmälan till huvudmannen görs på samma sätt. HR-avdelningen kontaktas.")
    h(d, "7.7 Kontaktpersoner", 2)
    table(d, [
        ["Namn", "Funktion", "Telefon", "E-post"],
        ["Gunilla Sandberg", "Rektor", "019-17 42 00", "gunilla.sandberg@lindbro.se"],
        ["Tina Åberg", "Kurator", "070-334 51 24", "tina.aberg@lindbro.se"],
        ["Per Ström", "Skolsköterska", "019-17 42 31", "per.strom@lindbro.se"],
        ["Elevkårens ordförande", "Elevkåren", "–", "elevkaren.kronhagen@lindbro.se"],
    ], widths=(4, 3, 3.5, 5.5))

    h(d, "8 Nationella minoriteter", 1)
    p(d, "Judar, romer, samer, sverigefinnar och tornedalingar är Sveriges nationella minoriteter, och "
         "jiddisch, romani chib, samiska, finska och meänkieli är nationella minoritetsspråk. Enligt lagen "
         "(2009:724) om nationella minoriteter och minoritetsspråk ska minoriteternas möjligheter att behålla "
         "och utveckla sin kultur och sitt språk främjas.")
    p(d, "Vid skolan informeras samtliga elever i åk 1 om rätten till modersmålsundervisning i ett nationellt "
         "minoritetsspråk. Samernas nationaldag (6 februari) och Förintelsens minnesdag (27 januari) "
         "uppmärksammas i samarbete med elevkåren. Minoriteternas historia och rättigheter behandlas i "
         "historia och samhällskunskap, och antiziganism och antisemitism tas upp under värdegrundsdagen i "
         "vecka 5. Ansvarig: biträdande rektor Omar Haidari.")

    h(d, "9 Uppföljning och utvärdering av planen", 1)
    p(d, "Åtgärderna följs upp vid trygghetsgruppens månatliga möten, där elevkårens representanter deltar. "
         "Planen utvärderas i maj 2027. Utvärderingen genomförs genom trygghetsenkäten i mars 2027, en "
         "workshop med elevkårens styrelse och klassrepresentanter i maj 2027 samt ämneslagens utvärdering "
         "på APT. Rektor ansvarar för att utvärderingen genomförs och för att resultatet redovisas i planen "
         "för läsåret 2027/28.")

    wk.page_break(d)
    h(d, "Bilaga 1 – Aktuella bestämmelser", 1)
    p(d, "Skollagen (2010:800) 6 kap. 8 §", bold=True)
    p(d, "\"Huvudmannen ska se till att det varje år upprättas en plan med en översikt över de åtgärder som "
         "behövs för att förebygga och förhindra kränkande behandling av barn och elever. Planen ska innehålla "
         "en redogörelse för vilka av dessa åtgärder som avses att påbörjas eller genomföras under det kommande "
         "året. En redogörelse för hur de planerade åtgärderna har genomförts ska tas in i efterföljande års "
         "plan.\"", italic=True)
    p(d, "Skollagen (2010:800) 6 kap. 10 §", bold=True)
    p(d, "En lärare, förskollärare eller annan personal som får kännedom om att ett barn eller en elev anser "
         "sig ha blivit utsatt för kränkande behandling i samband med verksamheten är skyldig att anmäla detta "
         "till rektorn. En rektor som får kännedom om att ett barn "
         "eller en elev anser sig ha blivit utsatt för kränkande behandling är skyldig att anmäla detta till "
         "huvudmannen. Huvudmannen är skyldig att skyndsamt utreda omständigheterna kring de uppgivna "
         "kränkningarna och i förekommande fall vidta de åtgärder som skäligen kan krävas för att förhindra "
         "kränkande behandling i framtiden.", italic=True)
    p(d, "Skollagen (2010:800) 4 kap. 12 §", bold=True)
    p(d, "Barnens vårdnadshavare ska erbjudas möjlighet till inflytande över utbildningen.", italic=True)
    p(d, "Förordning (2006:1083) 2 §", bold=True)
    p(d, "\"En plan mot kränkande behandling enligt 6 kap. 8 § skollagen (2010:800) ska upprättas, följas upp "
         "och ses över under medverkan av barnen eller eleverna vid den verksamhet som planen gäller för. "
         "Utformningen och omfattningen av barnens eller elevernas deltagande ska anpassas efter deras ålder "
         "och mognad.\"", italic=True)
    p(d, "Diskrimineringslagen (2008:567) 1 kap. 1 §", bold=True)
    p(d, "\"Denna lag har till ändamål att motverka diskriminering och på andra sätt främja lika rättigheter "
         "och möjligheter oavsett kön, könsöverskridande identitet eller uttryck, etnisk tillhörighet, religion "
         "eller annan trosuppfattning, funktionsnedsättning, sexuell läggning eller ålder.\"", italic=True)
    p(d, "Diskrimineringslagen (2008:567) 3 kap. 2 §", bold=True)
    p(d, "Arbetet med aktiva åtgärder innebär ett förebyggande och främjande arbete för att inom en verksamhet "
         "motverka diskriminering och på annat sätt verka för lika rättigheter och möjligheter. Arbetet består "
         "i att undersöka om det finns risker för diskriminering eller repressalier eller om det finns andra "
         "hinder för enskildas lika rättigheter och möjligheter, analysera orsaker till upptäckta risker och "
         "hinder, vidta de förebyggande och främjande åtgärder som skäligen kan krävas, och följa upp och "
         "utvärdera arbetet.", italic=True)
    p(d, "Diskrimineringslagen (2008:567) 3 kap. 18 §", bold=True)
    p(d, "Utbildningsanordnaren ska ha riktlinjer och rutiner för att förhindra trakasserier och sexuella "
         "trakasserier samt följa upp och utvärdera dessa.", italic=True)
    p(d, "Lag (2009:724) om nationella minoriteter och minoritetsspråk 4 §", bold=True)
    p(d, "Det allmänna har ett särskilt ansvar för att skydda och främja de nationella minoritetsspråken. Det "
         "allmänna ska även i övrigt främja de nationella minoriteternas möjligheter att behålla och utveckla "
         "sin kultur i Sverige. Barns utveckling av en kulturell identitet och användning av det egna "
         "minoritetsspråket ska främjas särskilt.", italic=True)
    wk.save(d, out / "g1_14_kronhagen-gy-passive-long.docx")


# ==============================================================================================
# g1_15 — Råbyskolan F–9 (ALL-CAPS bold Normal headings, merged section, header logo, decorative
#          picture, text box holding a filled-in example with a personnummer)
# ==============================================================================================

def plan15(out):
    d = wk.new_doc("Råbyskolans trygghetsplan 2025/2026", author="Råbyskolan")
    hp = wk.header_text(d, "Råbyskolan F–9  ")
    wk.picture(hp.add_run(), wk.png_bytes(32, 32, (200, 40, 40), pattern="block"), width_cm=1.2,
               descr="Råbyskolans logotyp, ett rött torn", name="Logga")
    wk.footer_text(d, "Råbyskolan, Sjömarkens kommun · expedition 0321-552 00")

    p(d, "RÅBYSKOLANS TRYGGHETSPLAN", bold=True, size=20)
    p(d, "Plan mot diskriminering och kränkande behandling – läsåret 2025/2026", bold=True, size=12)
    par = p(d)
    wk.picture(par.add_run(), wk.png_bytes(200, 6, (150, 150, 150), pattern="fill"), width_cm=15.0,
               decorative=True, name="Linje")

    caps_heading(d, "Inledning")
    p(d, "Råbyskolan är en F–9-skola med ca 520 elever och fritidshem för förskoleklass till åk 3. I den här "
         "planen beskriver vi hur vi arbetar för att alla ska vara trygga och hur vi gör om något händer.")
    caps_heading(d, "Ansvar")
    p(d, "Alla vuxna på Råbyskolan ansvarar för att planen följs och för att eleverna känner sig trygga.")

    caps_heading(d, "Så här ser det ut hos oss")
    p(d, "Trygghetsenkäten i februari 2025 besvarades av 486 elever i åk 2–9. 88 % känner sig trygga i skolan, "
         "men bara 74 % i åk 7–8. De platser som upplevs mest otrygga är korridoren vid matsalen, "
         "omklädningsrummen och fotbollsplanen. 23 % av eleverna på högstadiet säger att det förekommer "
         "kränkande ord om sexuell läggning och ursprung. Under förra läsåret kom 47 anmälningar om "
         "kränkande behandling, de flesta från rasterna och från nätet.")
    p(d, "Vi tror att otryggheten vid matsalen beror på att alla högstadieklasser äter samtidigt och att det "
         "inte finns vuxna i korridoren. Språkbruket på högstadiet är en risk för trakasserier som vi måste "
         "arbeta mer med.")

    caps_heading(d, "Elevernas röst")
    p(d, "Eleverna har svarat på trygghetsenkäten i februari och deras svar ligger till grund för planen.")

    caps_heading(d, "Hur gick det förra året?")
    bullets(d, [
        "**Rastvärdar på fotbollsplanen** – genomfördes hela året. Konflikterna på planen minskade enligt "
        "rastvärdarnas anteckningar från ca 12 till 5 i månaden, men fotbollsplanen nämns fortfarande i "
        "enkäten.",
        "**Friends-ambassadörer i åk 4–9** – startade i september. Ambassadörerna har rapporterat 14 "
        "händelser till vuxna som annars inte hade upptäckts.",
        "**Lektioner om nätkränkningar i åk 6** – genomfördes inte eftersom läraren slutade; flyttas till i "
        "år.",
        "**Föräldramöte om nätet** – genomfördes i oktober med 60 vårdnadshavare. Vårdnadshavarna efterfrågade "
        "mer information, som nu finns på hemsidan.",
    ])

    caps_heading(d, "Främjande och förebyggande arbete")
    p(d, "**Det här gör vi för alla:**")
    bullets(d, [
        "Friends-ambassadörer i alla klasser från åk 4. Ansvarig: Friends-gruppen (lärare Sofia Ek och "
        "fritidspedagog Ali Rashid). Hela läsåret.",
        "Värdegrundslektioner om diskrimineringsgrunderna varannan vecka. Ansvarig: mentorerna. Hela läsåret.",
        "Temavecka om olika familjer och religioner i åk 3 och 6. Ansvarig: arbetslagen. Vecka 46.",
    ])
    p(d, "**Det här gör vi utifrån enkäten:**")
    bullets(d, [
        "Vi ska ha fler vuxna i korridoren vid matsalen.",
        "Omklädningsrummen ska alltid ha en vuxen i närheten.",
        "Vi ska prata om språkbruk i alla klasser på högstadiet.",
        "Rastvärdsschema vid fotbollsplanen. Ansvarig: biträdande rektor Lars Nyberg. Från vecka 35.",
    ])

    caps_heading(d, "Nationella minoriteter")
    p(d, "Sveriges nationella minoriteter är judar, romer, samer, sverigefinnar och tornedalingar. På Råbyskolan "
         "har flera elever finska och meänkieli som modersmål. Vi informerar alla vårdnadshavare om rätten "
         "till modersmålsundervisning i ett minoritetsspråk även om språket inte talas dagligen hemma. Vi "
         "firar samernas nationaldag och sverigefinnarnas dag, och i åk 5 och åk 8 läser eleverna om "
         "minoriteternas historia. Skolbiblioteket har böcker på minoritetsspråken.")

    caps_heading(d, "Diskriminering")
    p(d, "Ingen får diskrimineras eller trakasseras på grund av kön, könsidentitet eller könsuttryck, etnisk "
         "tillhörighet, religion eller annan trosuppfattning, funktionshinder, sexuell läggning eller ålder.")

    caps_heading(d, "Om något händer")
    wk.numbered(d, [
        "Den vuxna som ser eller hör något ingriper direkt.",
        "Den vuxna anmäler till rektor samma dag på blanketten \"Anmälan om kränkande behandling\".",
        "Rektor anmäler till huvudmannen (utbildningsförvaltningen) inom två arbetsdagar.",
        "Mentor eller trygghetsteamet utreder: pratar med alla inblandade och kontaktar vårdnadshavare.",
        "Rektor beslutar om åtgärder.",
        "Allt dokumenteras på blanketten och sparas i elevhälsans arkiv.",
        "Mentor följer upp med eleven efter en vecka och igen efter en månad.",
    ])
    p(d, "Om en vuxen kränker en elev anmäls det direkt till rektor, som utreder. Du kan alltid vända dig till "
         "mentor, kurator Jessica Öhman (0321-552 14) eller rektor Anders Falk (0321-552 10).")
    par = p(d)
    wk.textbox(par, [
        "**EXEMPEL – så här fyller du i anmälan**",
        "Datum: 2025-03-12   Plats: korridoren vid matsalen",
        "Elev: Alva (140612 4576), klass 5B",
        "Vad hände: Eleven blev knuffad och kallad fula ord av två elever i åk 6.",
        "Anmält av: Lisa Ek, lärare   Till rektor: samma dag",
    ], height_cm=3.8, name="Textruta")

    caps_heading(d, "Till dig som är vårdnadshavare")
    p(d, "Vårdnadshavarna i skolrådet har läst utkastet och lämnat synpunkter den 9 september 2025, bland annat "
         "om att fler vuxna behövs vid matsalen. I februari får alla vårdnadshavare svara på föräldraenkäten. "
         "Planen finns på hemsidan och i Unikum, och du är välkommen att höra av dig till rektor med synpunkter.")

    caps_heading(d, "Utvärdering")
    p(d, "Planen utvärderas årligen.")
    wk.save(d, out / "g1_15_raby-f9-allcaps.docx")


# ==============================================================================================
# g1_16 — Ekängens anpassade grundskola (two-year validity, pictograms, comment with pnr)
# ==============================================================================================

def plan16(out):
    d = wk.new_doc("Plan mot diskriminering och kränkande behandling – Ekängens anpassade grundskola",
                   author="Jenny Forsberg")
    wk.header_text(d, "Norrviks kommun · Ekängens anpassade grundskola och fritidshem")
    wk.footer_text(d, "", page_field=True)
    p(d, "Plan mot diskriminering och kränkande behandling", bold=True, size=20)
    p(d, "Ekängens anpassade grundskola åk 1–9 och fritidshem (tidigare Ekängens grundsärskola)", size=12)
    p(d, "Planen gäller läsåren 2025/26 och 2026/27 (2025-08-18 – 2027-06-11).")

    h(d, "Om skolan", 1)
    p(d, "Ekängens anpassade grundskola har 38 elever i fyra grupper: Ekorren, Björnen, Lodjuret och Älgen. "
         "Många elever har autism och intellektuell funktionsnedsättning, och flera kommunicerar med "
         "bildstöd eller TAKK. Fritidshemmet är öppet för alla elever före och efter skoltid.")

    h(d, "Ansvar", 1)
    p(d, "Rektor Jenny Forsberg ansvarar för att planen tas fram, genomförs, följs upp och utvärderas, och för "
         "att kränkningar anmäls till huvudmannen och utreds. Trygghetsgruppen (specialpedagog Ingrid Sjö, "
         "kurator Hassan Ali och en pedagog från varje grupp) samordnar arbetet. Varje arbetslag ansvarar "
         "för åtgärderna i sin grupp. All personal ansvarar för att ingripa och anmäla.")

    h(d, "Elevernas delaktighet", 1)
    p(d, "Elevernas delaktighet är anpassad efter varje elevs förutsättningar. I september 2025 fick eleverna "
         "med hjälp av foton av skolans rum och gård visa var de känner sig trygga och otrygga (\"Trygg–otrygg-"
         "kartan\"). Pedagogerna har haft samtal med bildstöd med varje elev, och elever som inte använder tal "
         "har observerats i olika miljöer. Elevrådet, där en elev från varje grupp deltar med stöd av en "
         "pedagog, har valt bilderna till elevversionen av planen och röstat fram två av årets åtgärder. "
         "Elevrådet följer upp åtgärderna varje termin och gör Trygg–otrygg-kartan igen i maj.")

    h(d, "Vårdnadshavarnas delaktighet", 1)
    p(d, "Planen har diskuterats med varje elevs vårdnadshavare vid höstens utvecklingssamtal, och "
         "vårdnadshavarna har kunnat lämna synpunkter på åtgärderna. Föräldraföreningen Ekängens vänner "
         "(org.nr 802480-1121) har läst utkastet. Vårdnadshavarna besvarar kommunens vårdnadshavarenkät i "
         "mars. Planen finns i Unikum och kan fås översatt till arabiska och somaliska.")

    h(d, "Så gick det förra läsåret", 1)
    table(d, [
        ["Åtgärd 2024/25", "Vad vi gjorde", "Resultat"],
        ["Lugn entré på morgonen", "Eleverna kom in i två omgångar och möttes av sin pedagog i entrén.",
         "Incidenterna i entrén minskade från 14 till 4 under läsåret."],
        ["Bildstöd för att säga stopp", "Alla grupper arbetade med stoppbilden och sociala berättelser.",
         "Fler elever visar stoppbilden i stället för att slå; pedagogerna ser färre fysiska konflikter."],
        ["Vuxen på gungorna", "Genomfördes på förmiddagsrasten men inte på eftermiddagen.",
         "Gungorna upplevs fortfarande otrygga av några elever på eftermiddagen; åtgärden utökas."],
    ], widths=(4, 6, 6))

    h(d, "Kartläggning", 1)
    p(d, "Underlaget är Trygg–otrygg-kartan (32 elever deltog), pedagogernas observationer, 27 "
         "incidentrapporter under läsåret 2024/25 och vårdnadshavarenkäten (mars 2025, 29 svar).")
    par = p(d, "Kartan visade att matsalen (11 elever) och gungorna på eftermiddagen (8 elever) upplevs som "
               "otrygga. De flesta incidenterna skedde i matsalen och vid övergången till fritids. En elev i "
               "gruppen Älgen blev vid flera tillfällen retad av elever från grundskolan på den gemensamma "
               "gården. 93 % av vårdnadshavarna anser att deras barn är tryggt i skolan.")
    wk.add_comment(d, par, "Ta bort uppgiften om eleven innan planen publiceras – gäller 110315+5287 "
                           "(se utredningen).", "Ingrid Sjö", "IS", "2025-09-18T13:40:00Z")
    p(d, "Vi ser att ljud, trängsel och oförutsägbara situationer gör att elever blir stressade och att "
         "konflikter uppstår. Den gemensamma gården med grundskolan är en risk för kränkningar kopplade till "
         "funktionsnedsättning.")

    h(d, "Främjande insatser", 1)
    bullets(d, [
        "Gemensamma aktiviteter med grundskolans åk 5 varannan vecka (\"Ekängsvänner\") för att öka "
        "förståelsen för olika funktionsförmågor. Ansvarig: specialpedagog Ingrid Sjö. Hela läsåret.",
        "Sociala berättelser och bildstöd om känslor, kroppen och att säga stopp i alla grupper. Ansvarig: "
        "arbetslagen. Hela läsåret.",
        "Temadagar om olika familjer och högtider med bilder och musik. Ansvarig: pedagogerna i Björnen. "
        "November och april.",
    ])

    h(d, "Förebyggande åtgärder", 1)
    table(d, [
        ["Mål", "Åtgärd", "Ansvarig", "Klart", "Uppföljning"],
        ["Lugnare måltider", "Mindre grupper i matsalen och hörselkåpor vid behov", "Arbetslaget Lodjuret",
         "Vecka 36", "Elevrådet i december"],
        ["Trygga gungor hela dagen", "Vuxen vid gungorna även på eftermiddagsrasten", "Fritidspersonalen",
         "Från 2025-08-25", "Trygg–otrygg-kartan i maj"],
        ["Inga kränkningar på den gemensamma gården", "Gemensamma rastvärdar med grundskolan och samtal i "
         "grundskolans åk 4–6", "Rektor Jenny Forsberg", "Oktober 2025", "Incidentrapporter varje månad"],
        ["Trygg övergång till fritids", "Bildschema och fast pedagog vid övergången", "Kurator Hassan Ali",
         "Vecka 38", "Trygghetsgruppen i januari"],
    ], widths=(3.2, 4.8, 3, 2.4, 3))

    h(d, "Rutiner för akuta situationer", 1)
    wk.numbered(d, [
        "Den vuxna som ser eller får veta något ingriper direkt och skyddar eleven.",
        "Den vuxna anmäler till rektor samma dag.",
        "Rektor anmäler till huvudmannen inom en arbetsdag.",
        "Trygghetsgruppen utreder skyndsamt. Eftersom många elever har svårt att berätta används bildstöd, "
        "observationer och samtal med vårdnadshavare.",
        "Rektor beslutar om åtgärder.",
        "Utredning och åtgärder dokumenteras i kommunens system.",
        "Uppföljning efter en och fyra veckor.",
    ])
    p(d, "Om en vuxen kränker en elev utreder rektor och kontaktar HR. Vårdnadshavare kan ringa rektor Jenny "
         "Forsberg (0611-348 60) eller kurator Hassan Ali (0611-348 67).")

    h(d, "Till dig som är elev", 2)
    pics = [
        ("Om någon är dum mot dig – säg STOPP.", (220, 50, 50), "block",
         "Bildstöd: en röd hand som visar stopp"),
        ("Berätta för en vuxen.", (50, 120, 200), "circle", "Bildstöd: ett barn som pratar med en vuxen"),
        ("Alla får vara med.", (60, 160, 80), "stripe", "Bildstöd: tre barn som håller varandra i händerna"),
        ("Rektor Jenny hjälper dig.", (120, 80, 160), "circle", None),
    ]
    for text, rgb, pat, alt in pics:
        par = p(d)
        wk.picture(par.add_run(), wk.png_bytes(36, 36, rgb, pattern=pat), width_cm=1.6, descr=alt,
                   name="Bildstöd")
        par.add_run("  " + text)

    h(d, "Diskrimineringsgrunderna", 1)
    p(d, "Ingen får diskrimineras eller trakasseras på grund av kön, könsöverskridande identitet eller "
         "uttryck, etnisk tillhörighet, religion eller annan trosuppfattning, funktionsnedsättning, sexuell "
         "läggning eller ålder. På vår skola är risken störst när det gäller funktionsnedsättning.")

    h(d, "Modersmål", 1)
    p(d, "Elever med ett annat modersmål än svenska har rätt till modersmålsundervisning. Flera av skolans "
         "elever har arabiska, somaliska och finska som modersmål.")

    h(d, "Utvärdering", 1)
    p(d, "Planen följs upp varje termin och utvärderas i maj 2026 och i maj 2027. Elevrådet utvärderar "
         "åtgärderna med bildstöd och Trygg–otrygg-kartan, vårdnadshavarna tillfrågas i enkäten och vid "
         "utvecklingssamtalen, och personalen utvärderar på APT i juni. Rektor ansvarar för att utvärderingen "
         "genomförs och skrivs in i planen.")
    wk.save(d, out / "g1_16_ekang-anpassad-pictograms.docx")


PLANS = [plan14, plan15, plan16]
