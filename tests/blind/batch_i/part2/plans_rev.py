"""i2_10-i2_11: revisions of last year's plan with tracked insertions (new text) over tracked deletions
(last year's text); some sections only get a new date."""
from wordkit import Plan, label, pnr

H1 = "Heading 1"


# ------------------------------------------------------------------ i2_10
def plan10(out):
    f = "i2_10_backaskolan-revision-spar.docx"
    leak = pnr("121104", "238", sep="", century="20")  # 12 digits, no separator, only in deleted text
    d = Plan("Plan mot diskriminering och kränkande behandling Bäckaskolan", author="Lena Sjöberg")
    a, dt = "Lena Sjöberg", "2026-08-24T09:00:00Z"

    def t(segs, style=None):
        return d.tracked(segs, author=a, date=dt, style=style)

    d.header_text("Bäckaskolan F–6 · Kävlinge kommun")
    d.footer_text("Plan mot diskriminering och kränkande behandling")
    d.title("Plan mot diskriminering och kränkande behandling")
    t([("", "Bäckaskolan förskoleklass–åk 6 och fritidshem · läsåret "), ("del", "2025/26"), ("ins", "2026/27")])
    t([("", "Planen gäller "), ("del", "2025-08-18 – 2026-08-14"), ("ins", "2026-08-17 – 2027-08-13")])
    t([("", "Reviderad "), ("del", "2025-09-05"), ("ins", "2026-08-24"), ("", " av rektor och trygghetsteamet")])

    d.h("Ansvar", 1)
    d.p("Rektor Johan Möller ansvarar för att planen upprättas, följs upp och revideras och för att alla anmälningar "
        "utreds. Trygghetsteamet – biträdande rektor Lena Sjöberg, kurator Sanna Ek, fritidspedagog Ali Haddad och "
        "lärare Camilla Persson – samordnar arbetet. All personal ansvarar för att ingripa och anmäla. Huvudmannen "
        "(Barn- och utbildningsnämnden) tar emot anmälningar från rektor.")

    d.h("Elevernas delaktighet", 1)
    t([("del", "I maj 2025 diskuterade klassråden i åk 2–6 trivselenkätens resultat, och elevrådet gav förslag på "
               "rastaktiviteter. Eleverna i förskoleklass och åk 1 ritade sina otrygga platser.")])
    t([("ins", "Under augusti och september 2026 har elevrådet gått igenom förslaget till reviderad plan och lagt till "
               "två åtgärder (lugn lekplats vid biblioteket och kompisbänk). Klassråden i åk 3–6 har diskuterat förra "
               "årets åtgärder och vad som fungerat. Fritidsrådet, med två barn från varje fritidsavdelning, har "
               "granskat reglerna för fritids. Elevrådet är med och följer upp planen i januari och utvärderar den i "
               "maj.")])

    d.h("Utvärdering av förra årets plan", 1)
    t([("del", "Läsåret 2024/25 genomfördes rastvärdsschemat och kompisveckan. Ett ärende under hösten 2024 "
               f"(elev {leak}) ledde till att vi ändrade omklädningen vid idrotten. Trivselenkäten visade att fler "
               "elever kände sig trygga.")])
    t([("ins", "**Rastvärdar vid fotbollsplanen:** genomfört hela läsåret 2025/26. Rastvärdarna och elevrådet beskriver "
               "färre bråk om lagval, och antalet incidentrapporter från fotbollsplanen minskade från 14 till 5.")])
    t([("ins", "**Kompisbänk och fasta lekgrupper i åk 1–2:** genomfört från oktober. Lärarna ser att färre elever går "
               "ensamma på rasterna; i elevrådets utvärdering i maj 2026 sa eleverna att kompisbänken används mest av åk 1.")])
    t([("ins", "**Vuxen i fritids omklädningsrum vid simningen:** genomfört vårterminen. Inga nya händelser i "
               "omklädningsrummet efter februari.")])
    t([("ins", "**Föräldramöte om nätet i åk 4–6:** inte genomfört, eftersom föreläsaren ställde in. Ingen effekt; "
               "åtgärden flyttas till i år.")])

    t([("", "Kartläggning (uppdaterad "), ("ins", "2026-08-24"), ("", ")")], style=H1)
    d.p("Trivselenkäten genomfördes i januari 2025 i åk 2–6 (246 av 271 elever svarade). Förskoleklass och åk 1 "
        "intervjuades i små grupper, och fritidspersonalen gjorde observationer under två veckor.")
    d.table([
        ["Påstående (januari 2025)", "Åk 2–3", "Åk 4–6"],
        ["Jag känner mig trygg i skolan", "92 %", "87 %"],
        ["Jag känner mig trygg på fritids", "90 %", "83 %"],
        ["Det finns någon vuxen jag kan prata med", "95 %", "81 %"],
        ["Någon har varit elak mot mig på rasten", "24 %", "19 %"],
    ], widths=[10, 3, 3])
    d.p("Analys: fotbollsplanen och omklädningsrummet vid simhallen är de platser där flest elever känner sig "
        "otrygga. I åk 4–6 är det färre som har en vuxen att prata med, vilket kan bero på att mellanstadiet har haft "
        "många lärarbyten.")

    d.h("Främjande arbete", 1)
    d.bullets([
        "Kompisveckan v. 38 med faddergrupper där äldre och yngre elever gör aktiviteter tillsammans (trygghetsteamet).",
        "Värdegrundssamling en gång i månaden om olika familjer, språk, religioner och funktionsförmågor (klasslärarna).",
        "Fritids planerar lekar där alla får vara med och där flickor och pojkar får lika mycket plats på planen "
        "(fritidspersonalen).",
    ])

    d.h("Förebyggande åtgärder", 1)
    t([("del", "Rastvärdar vid fotbollsplanen. Kompisbänk i åk 1–2. Vuxen i omklädningsrummet vid simningen.")])
    t([("ins", "**Mål:** Fler elever i åk 4–6 ska ha en vuxen att prata med. **Åtgärd:** Varje mentor har ett "
               "trivselsamtal med varje elev under hösten. **Ansvarig:** klasslärarna i åk 4–6. **När:** sept–nov 2026.")])
    t([("ins", "**Mål:** Lugn lek för dem som vill. **Åtgärd:** Lugn lekplats vid biblioteket med vuxen "
               "(elevrådets förslag). **Ansvarig:** fritidspedagog Ali Haddad. **När:** från v. 36.")])
    t([("ins", "**Mål:** Färre kränkningar i gruppchattar i åk 4–6. **Åtgärd:** Föräldramöte om nätet och två "
               "lektioner per klass. **Ansvarig:** kurator Sanna Ek. **När:** oktober 2026.")])

    d.h("Rutiner för akuta situationer", 1)
    d.numbered([
        "Den som ser eller får veta att en elev blir kränkt ingriper direkt.",
        "Personalen anmäler till rektor samma dag på kommunens blankett.",
        "Rektor anmäler till huvudmannen samma dag.",
        "Trygghetsteamet utreder skyndsamt: samtal med eleverna och vittnen, vårdnadshavare kontaktas.",
        "Rektor beslutar om åtgärder.",
        "Utredning och åtgärder dokumenteras i kommunens system.",
        "Trygghetsteamet följer upp efter två veckor.",
    ])
    d.p("Om en vuxen har kränkt en elev utreder rektor tillsammans med HR. Kontakt: rektor Johan Möller 046-73 92 10, "
        "kurator Sanna Ek 046-73 92 18.")
    t([("ins", "Rutinen granskad 2026-08-24.")])

    d.h("Diskrimineringsgrunderna", 1)
    d.p("Kön, könsöverskridande identitet eller uttryck, etnisk tillhörighet, religion eller annan trosuppfattning, "
        "funktionsnedsättning, sexuell läggning och ålder.")

    d.h("Nationella minoriteter", 1)
    t([("del", "Sveriges nationella minoriteter är judar, romer, samer, sverigefinnar och tornedalingar. Vi "
               "uppmärksammar samernas nationaldag den 6 februari i alla klasser och informerar vårdnadshavare om "
               "modersmålsundervisning i minoritetsspråken.")])

    d.h("Vårdnadshavare", 1)
    d.p("Planen läggs ut på skolans hemsida och i Vklass.")

    d.h("Uppföljning och utvärdering av årets plan", 1)
    t([("", "Planen följs upp "), ("del", "i januari 2026"), ("ins", "i januari 2027"),
       ("", " av trygghetsteamet tillsammans med elevrådet och utvärderas "), ("del", "i maj 2026"),
       ("ins", "i maj 2027"), ("", " genom trivselenkät, klassråd i alla klasser och fritidsrådet. Rektor ansvarar för "
                                   "att utvärderingen skrivs in i nästa plan.")])
    d.save(out / f)
    return label(f, "2026/27", "sv", ["förskoleklass", "grundskola", "fritidshem"],
                 "Revision with tracked changes: new year's text inserted over last year's deleted text; survey section "
                 "only re-dated; minority section deleted entirely (heading left)",
                 "m m m m p m m m m x m p",
                 {"validity_period": "inserted 2026/27 and 2026-08-17 – 2027-08-13 (deleted 2025/26 ignored)",
                  "student_involvement": "inserted text: elevråd, klassråd, fritidsråd; follow-up in Jan/May",
                  "previous_year_evaluation": "inserted measure-by-measure evaluation of 2025/26 with effects",
                  "survey": "section only re-dated; results are from January 2025 (about 20 months old)",
                  "preventive_measures": "inserted Mål/Åtgärd/Ansvarig/När for three measures",
                  "minority_rights": "the only text is a tracked deletion; heading left empty",
                  "guardian_involvement": "only 'läggs ut på hemsidan och i Vklass'"},
                 pnrs={leak: "tracked_deletion"},
                 decoys=["2026-08-24", "046-73 92 10", "046-73 92 18", "2026-08-17"])


# ------------------------------------------------------------------ i2_11
def plan11(out):
    f = "i2_11_strandvagsgymnasiet-revision-tvaar.docx"
    d = Plan("Likabehandlingsplan och plan mot kränkande behandling Strandvägsgymnasiet", author="Magnus Öberg")
    a, dt = "Magnus Öberg", "2025-08-20T10:00:00Z"

    def t(segs, style=None):
        return d.tracked(segs, author=a, date=dt, style=style)

    d.header_text("Strandvägsgymnasiet · Nyköpings kommun")
    d.footer_text("Likabehandlingsplan")
    d.title("Likabehandlingsplan och plan mot kränkande behandling")
    d.p("Strandvägsgymnasiet, gymnasieskola (nationella program och introduktionsprogram)", bold=True)
    t([("", "Planen gäller "), ("del", "läsåret 2024/25"), ("ins", "läsåren 2025/26 och 2026/27")])
    t([("ins", "Nästa större revidering: augusti 2027.")])

    d.h("Ansvar", 1)
    d.p("Skolledningen ansvarar för planen och för att den är känd av elever och personal.")

    d.h("Elevernas delaktighet", 1)
    t([("del", "Elevkårens styrelse och klassråden deltog i maj 2024 i utvärderingen av planen, och elevkåren "
               "medverkade i trygghetsvandringen i september.")])
    t([("ins", "Eleverna har inte varit delaktiga i revideringen i år eftersom planen reviderades under sommarlovet.")])

    d.h("Utvärdering av förra årets plan", 1)
    t([("del", "Utvärderingen av 2023/24 visade att mentorsgrupperna fungerat bra och att anmälningarna om "
               "kränkningar på nätet minskade från 19 till 11.")])
    t([("ins", "Kommer att kompletteras.")])

    t([("", "Kartläggning"), ("ins", " (reviderad 2025-08-20)")], style=H1)
    t([("del", "Elevenkäten i mars 2024 visade att 86 % av eleverna kände sig trygga.")])
    t([("ins", "Elevenkäten i mars 2025 besvarades av 612 av 845 elever (72 %). 88 % känner sig trygga på skolan, "
               "men bara 71 % av eleverna på introduktionsprogrammen. 9 % har blivit kränkta på nätet av någon på "
               "skolan och 14 % av eleverna på bygg- och fordonsprogrammen har hört sexistiska kommentarer i "
               "verkstäderna. Elevhälsans samtal och 23 anmälningar under läsåret 2024/25 pekar åt samma håll: "
               "verkstäderna och caféet är de platser där flest händelser sker.")])
    t([("ins", "Analys: jargongen i verkstäderna är en risk för trakasserier kopplade till kön och sexuell läggning, "
               "och på introduktionsprogrammen är eleverna nya i Sverige och mer utsatta för trakasserier kopplade "
               "till etnisk tillhörighet. Vi tror att det beror på att eleverna på introduktionsprogrammen har få "
               "gemensamma aktiviteter med övriga elever.")])

    d.h("Främjande arbete", 1)
    d.p("Elevkåren och skolledningen genomför Respektveckan varje höst (v. 38) med föreläsningar och workshops om "
        "normer, rasism och sexuella trakasserier. Alla förstaårselever deltar i mentorsprogrammet med fem "
        "gruppträffar om studiero och bemötande under höstterminen, ledda av mentorerna. Biblioteket har ett "
        "återkommande tema om mänskliga rättigheter i december.")

    d.h("Förebyggande åtgärder", 1)
    t([("del", "Vuxna i caféet på lunchen (ansvarig: biträdande rektor, från augusti 2024). Mentorssamtal om "
               "nätet i åk 1 (ansvarig: mentorerna, ht 2024).")])
    t([("ins", "Åtgärder för läsåret kommer att kompletteras efter höstens analys.")])

    d.h("Rutiner för akuta situationer", 1)
    d.numbered([
        "Personal som får kännedom om att en elev känner sig kränkt ingriper direkt.",
        "Personalen anmäler samma dag till rektor via formuläret på intranätet.",
        "Rektor anmäler till huvudmannen (utbildningsförvaltningen) inom en arbetsdag.",
        "Rektor utser utredare i elevhälsoteamet som skyndsamt utreder genom samtal med de inblandade. Är eleven "
        "under 18 år kontaktas vårdnadshavare.",
        "Rektor beslutar om åtgärder.",
        "Utredningen och åtgärderna dokumenteras i formuläret och diarieförs.",
        "Uppföljning görs efter två till fyra veckor.",
    ])
    d.p("Om en anställd kränker en elev utreder rektor tillsammans med HR-avdelningen. Kontakt: rektor Helena "
        "Kvist 0155-45 71 00, kurator Amir Saleh 0155-45 71 22.")
    t([("ins", "Rutinen granskad 2025-08-20.")])

    d.h("Diskrimineringsgrunder", 1)
    d.p("Diskrimineringslagen omfattar kön, könsöverskridande identitet eller uttryck, etnisk tillhörighet, religion "
        "eller annan trosuppfattning, funktionsnedsättning, sexuell läggning och ålder.")

    d.h("Nationella minoriteter", 1)
    d.p("Judar, romer, samer, sverigefinnar och tornedalingar är nationella minoriteter med särskilda rättigheter. "
        "Skolan informerar alla nya elever om rätten till undervisning i de nationella minoritetsspråken finska, "
        "meänkieli, samiska, romani chib och jiddisch. Minoriteternas historia och rättigheter ingår i historia 1 "
        "och samhällskunskap 1, och elevkåren uppmärksammar samernas nationaldag och sverigefinnarnas dag.")

    d.h("Vårdnadshavare", 1)
    t([("", "Vårdnadshavare till elever under 18 år får information om planen på föräldramötet i åk 1 och i "
            "SchoolSoft. I skolrådet, där föräldrarepresentanter ingår, diskuterades planen och föräldrarna lämnade "
            "synpunkter i maj "), ("del", "2024"), ("ins", "2025"), ("", ".")])

    d.h("Utvärdering", 1)
    d.p("Planen utvärderas årligen.")
    d.save(out / f)
    return label(f, "2025/26", "sv", ["gymnasieskola"],
                 "Gymnasium 'Likabehandlingsplan' revised over the summer with tracked changes; several sections "
                 "replaced by 'not done/kommer att kompletteras', others only re-dated",
                 "p p x x m m x m m m p m",
                 {"validity_period": "inserted 'läsåren 2025/26 och 2026/27' – two school years",
                  "responsible": "only 'Skolledningen ansvarar' (group, no role)",
                  "student_involvement": "inserted text says students were not involved this year",
                  "previous_year_evaluation": "inserted 'Kommer att kompletteras.' (old text deleted)",
                  "survey": "inserted spring 2025 survey results and analysis",
                  "preventive_measures": "inserted 'kommer att kompletteras efter höstens analys'; old measures deleted",
                  "guardian_involvement": "information + skolråd where parents gave views (date updated to 2025)",
                  "evaluation_plan": "only 'Planen utvärderas årligen'"},
                 not_done=["student_involvement", "previous_year_evaluation", "preventive_measures"],
                 decoys=["2025-08-20", "0155-45 71 00", "0155-45 71 22"])
