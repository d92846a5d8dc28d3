"""Plans j1_09 .. j1_16."""
from ooxml import Doc, png_logo, png_photo, png_pictogram
from common import expected, meta, page_footer
import ids

GREY = "808080"


# ---------------------------------------------------------------------------
# j1_09  Hand-numbered headings + heading styles, Sammanfattning first
# ---------------------------------------------------------------------------
def j1_09():
    d = Doc("word_en", title="Plan mot diskriminering och kränkande behandling Tallåsens skola 2026/27",
            creator="Fredrik Hallberg", created="2026-08-25T08:00:00Z", modified="2026-09-30T10:20:00Z")
    ftr = d.footer(lambda d: page_footer(d, "Tallåsens skola"))
    d.set_final_section(footer=ftr)
    d.title("Plan mot diskriminering och kränkande behandling – Tallåsens skola")
    d.subtitle("Förskoleklass, grundskola årskurs 1–9 och fritidshem")

    d.h(1, "1. Sammanfattning")
    for s in ["Planen gäller för läsåret 2026/27.",
              "Rektor ansvarar för planen tillsammans med skolans trygghetsteam.",
              "Eleverna har varit delaktiga genom elevrådet och klassråden.",
              "Vårdnadshavarna informeras om planen.",
              "Förra årets åtgärder har till största delen genomförts.",
              "Kartläggningen visar att de flesta elever känner sig trygga, men att det finns platser där många känner sig otrygga.",
              "Vi arbetar främjande och förebyggande utifrån kartläggningen.",
              "Rutinerna för akuta situationer beskriver hur vi agerar vid kränkningar.",
              "Planen omfattar alla diskrimineringsgrunder.",
              "Skolan arbetar med de nationella minoriteternas rättigheter.",
              "Planen utvärderas i maj."]:
        d.p(s)

    d.h(1, "2. Grunduppgifter")
    d.h(2, "2.1 Planens giltighetstid")
    d.p("Planen gäller från 2026-08-19 till 2027-08-18.")
    d.h(2, "2.2 Ansvar")
    d.p("Rektor Fredrik Hallberg ansvarar för att planen upprättas, följs upp och revideras. Trygghetsteamet – kurator "
        "Nina Åkesson, skolsköterska Bo Lind och en lärare från varje arbetslag – samordnar arbetet och genomför "
        "utredningar. All personal ansvarar för att ingripa och anmäla till rektor.")

    d.h(1, "3. Delaktighet")
    d.h(2, "3.1 Elevernas delaktighet")
    d.p("Klassråden i alla klasser diskuterade förra årets trivselregler i augusti och lämnade förslag till nya åtgärder. "
        "Elevrådet gick igenom förslaget till plan den 9 september och ändrade texten om mobiltelefoner. Två "
        "elevrepresentanter från högstadiet sitter med i trygghetsteamet. Elever från årskurs 4–9 genomförde "
        "trygghetsvandringen tillsammans med personal.")
    d.h(2, "3.2 Vårdnadshavarnas delaktighet")

    d.h(1, "4. Utvärdering av förra årets plan")
    d.p(d.i("[Beskriv hur förra årets åtgärder har genomförts och vilken effekt de har fått. Redovisa varje åtgärd.]", color=GREY))

    d.h(1, "5. Kartläggning och analys")
    d.h(2, "5.1 Metoder")
    d.bullets(["Trygghetsenkät i april 2026 (årskurs 2–9, 402 av 455 elever svarade).",
               "Trygghetsvandring med elever i årskurs 4–9 i maj 2026.",
               "Incidentrapporter i Prorenata läsåret 2025/26.",
               "Hälsosamtal med skolsköterskan i årskurs 4 och 7."])
    d.h(2, "5.2 Resultat och analys")
    d.p("86 % av eleverna känner sig trygga i skolan. Lägst trygghet finns i årskurs 7 (74 %). Eleverna pekar ut "
        "omklädningsrummen, busshållplatsen och klassernas gruppchattar som otrygga. Av 58 anmälningar om kränkningar "
        "gällde 31 kommentarer kopplade till kön. Vi ser att kränkningarna ökar vid övergången till högstadiet, när "
        "eleverna kommer från tre olika skolor och grupperna är nya.")

    d.h(1, "6. Främjande arbete")
    d.bullets(["Värdegrundslektioner varannan vecka i alla klasser (mentorerna, hela läsåret).",
               "Kamratstödjare i årskurs 4–6 som leder rastlekar (fritidspersonalen, start i september).",
               "Gemensam friluftsdag för hela skolan i september där klasserna blandas.",
               "Skolbiblioteket lyfter böcker om olika sätt att leva och vara (skolbibliotekarien, löpande)."])

    d.h(1, "7. Förebyggande åtgärder")
    d.table([
        ["Risk", "Mål", "Åtgärd", "Ansvarig", "När"],
        ["Kränkningar vid övergången till årskurs 7", "Minst 85 % trygga i årskurs 7", "Gruppstärkande vecka och fasta platser i klassrummet",
         "Mentorer årskurs 7", "v. 34–36"],
        ["Omklädningsrummen", "Inga anmälningar från omklädningsrummen", "Vuxen närvaro vid alla idrottslektioner",
         "Idrottslärarna", "Från 2026-08-19"],
        ["Busshållplatsen", "Eleverna känner sig trygga vid bussen", "Rastvakt vid hållplatsen kl. 15.00–15.30",
         "Arbetslag 4–6", "Från v. 35"],
        ["Gruppchattar", "Eleverna vet hur de får hjälp", "Lektioner om nätvett och föräldramöte om sociala medier",
         "Kurator", "Oktober 2026"],
    ], widths=[1800, 1800, 2300, 1600, 1562])

    d.h(1, "8. Rutiner för akuta situationer")
    d.bullets(["Personal som får kännedom om en kränkning ingriper direkt.",
               "Personalen anmäler samma dag till rektor.",
               "Rektor anmäler till huvudmannen via Prorenata.",
               "Trygghetsteamet utreder skyndsamt och pratar med de inblandade. Vårdnadshavare kontaktas.",
               "Rektor beslutar om åtgärder.",
               "Utredning och åtgärder dokumenteras i Prorenata.",
               "Uppföljning efter två veckor."], kind="decimal")
    d.p("Om en vuxen kränker en elev utreder rektor tillsammans med HR. Elever och vårdnadshavare kan kontakta mentor, "
        "kurator Nina Åkesson (tel. 0611-34 90 12) eller rektor.")

    d.h(1, "9. Diskrimineringsgrunder")

    d.h(1, "10. Nationella minoriteter")
    d.p(d.i("Exempel: Informera vårdnadshavare om rätten till modersmålsundervisning. Uppmärksamma samernas nationaldag. "
            "[Skriv skolans text här]", color=GREY))

    d.h(1, "11. Uppföljning och utvärdering av årets plan")
    d.p("Planen följs upp i januari 2027 och utvärderas i maj 2027. Trygghetsteamet ansvarar. Utvärderingen görs med "
        "trygghetsenkäten och samtal i elevrådet och klassråden, där eleverna bedömer vilka åtgärder som har fungerat.")

    m = meta("2026/27", ["förskoleklass", "grundskola", "fritidshem"],
             "Word plan whose headings carry hand-typed numbers ('1.', '2.1') on real heading styles; a one-sentence-per-topic "
             "'Sammanfattning' comes first, and several later sections are empty or hold only template guidance.",
             expected(previous_year_evaluation="partial", discrimination_grounds="missing", minority_rights="partial",
                      guardian_involvement="partial"),
             reasons={
                 "previous_year_evaluation": "Section 4 is guidance only; the summary's 'till största delen genomförts' is a general statement → partial.",
                 "discrimination_grounds": "Section 9 is empty; the summary says 'alla diskrimineringsgrunder' without naming any (only 'kön' appears elsewhere).",
                 "minority_rights": "Section 10 is guidance only; the summary mentions the minorities' rights in passing.",
                 "guardian_involvement": "Section 3.2 is empty; the summary only says guardians are informed.",
             },
             guidance_keys=["previous_year_evaluation", "minority_rights"],
             decoys=["2026-08-19", "2027-08-18", "0611-34 90 12"])
    return d, m


# ---------------------------------------------------------------------------
# j1_10  Letter from the principal
# ---------------------------------------------------------------------------
def j1_10():
    d = Doc("word_sv", title="Brev om planen mot diskriminering och kränkande behandling 2025/26",
            creator="Annika Berglund", created="2025-10-01T07:00:00Z", modified="2025-10-03T15:00:00Z")
    hdr = d.header(lambda d: [d.par(d.b("Hagaskolan"), d.r("\tHagavägen 12, 702 14 Örebro\tVäxel 019-21 10 00"), role="header")])
    d.set_final_section(header=hdr)
    d.p(d.textbox([d.par(d.b("Internt – ta bort före publicering")),
                   d.par(f"Uppföljning elev med samordningsnummer {ids.J10_TEXTBOX}, kontakt med socialtjänsten v. 43.")],
                  w_cm=7, h_cm=2.6), "Örebro i oktober 2025")
    d.p(d.b("Plan mot diskriminering och kränkande behandling läsåret 2025/26"))
    d.p("Kära vårdnadshavare och elever på Hagaskolan,")
    d.p("det här brevet är vår plan mot diskriminering och kränkande behandling för läsåret 2025/26. Den gäller för "
        "förskoleklassen, årskurs 1–6 och fritidshemmet.")
    d.p("Jag som rektor ansvarar för planen och för att det vi skriver här blir gjort. Till min hjälp har jag vårt "
        "trygghetsteam: kurator Lena Sjö, specialpedagog Tomas Gran och fritidspedagog Maja Ek. Trygghetsteamet "
        "samordnar arbetet och utreder när någon har blivit kränkt. Alla vuxna på skolan har ansvar för att säga ifrån "
        "och berätta för mig.")
    d.p("Eleverna har fått tycka till genom trivselenkäten som alla i årskurs 2–6 svarade på i april. Förra årets plan "
        "har vi i stort sett genomfört, och vi tycker att det har fungerat bra.")
    d.p("I trivselenkäten svarade 88 procent av eleverna att de känner sig trygga i skolan. Många tycker ändå att "
        "matsalen och toaletterna i den gamla byggnaden är stökiga och otrygga, och pojkarna i årskurs 5 svarade oftare "
        "än andra att de blivit retade. Vi tror att det beror på att det är trångt i matsalen och att vuxna inte syns "
        "vid toaletterna.")
    d.p("Varje måndag har alla klasser en värdegrundssamling, och i november har vi en temavecka om allas lika värde "
        "där vi läser böcker om olika sorters familjer.")
    d.p("I år gör vi tre saker särskilt. Arbetslagen ser till att det finns vuxna i matsalen varje lunch från vecka 34. "
        "Vaktmästaren sätter upp nya lås på toaletterna i den gamla byggnaden, klart i oktober. Kurator Lena Sjö "
        "träffar pojkarna i årskurs 5 i samtalsgrupper under höstterminen.")
    d.p("Om ditt barn blir illa behandlat – hör av dig till mentor eller direkt till mig. Personalen berättar alltid "
        "för mig samma dag. Vi utreder alltid vad som har hänt, och jag anmäler till huvudmannen. Vi bestämmer sedan "
        "vad som ska göras för att det ska ta slut, och vi hör av oss till er igen efter några veckor.")
    d.p("Ingen på Hagaskolan ska diskrimineras på grund av kön, etnisk tillhörighet, religion eller funktionsnedsättning.")
    d.p("I maj utvärderar trygghetsteamet och jag planen utifrån anmälningarna och personalens erfarenheter.")
    d.p("Ni är varmt välkomna att lämna synpunkter på planen till mig, och vi tar upp den på höstens föräldramöten. "
        "Synpunkterna tar vi med när planen revideras.")
    d.p("Varma hälsningar")
    d.p(d.b("Annika Berglund"), d.r("\nRektor, Hagaskolan\nannika.berglund@hagaskolan.se · Mobil: " + ids.MOBILE_HAGA))

    m = meta("2025/26", ["förskoleklass", "grundskola", "fritidshem"],
             "A letter from the principal ('Kära vårdnadshavare och elever…') covering the requirements loosely in plain "
             "Normal paragraphs; a yellow internal-note text box leaks a samordningsnummer; bare 10-digit mobile number in the signature.",
             expected(student_involvement="partial", previous_year_evaluation="partial", acute_routines="partial",
                      discrimination_grounds="partial", minority_rights="missing", evaluation_plan="partial"),
             reasons={
                 "student_involvement": "Students only answered the trivselenkät.",
                 "previous_year_evaluation": "'I stort sett genomfört … fungerat bra' – no measures, no effect.",
                 "preventive_measures": "Three measures, each with owner and time, derived from the survey.",
                 "acute_routines": "Report to rektor, huvudman, investigate, measures, follow-up – but no documentation step and no immediate intervention.",
                 "discrimination_grounds": "Four grounds named.",
                 "minority_rights": "Not mentioned.",
                 "evaluation_plan": "When (maj), who and basis, but no students' part.",
                 "guardian_involvement": "Invited to give views, discussed at föräldramöten, taken into the revision.",
             },
             identity_numbers=[ids.J10_TEXTBOX], identity_number_places={ids.J10_TEXTBOX: "text_box"},
             decoys=[ids.MOBILE_HAGA, "019-21 10 00", "702 14"])
    return d, m


# ---------------------------------------------------------------------------
# j1_11  Hyperlinks to the municipality's routines
# ---------------------------------------------------------------------------
def j1_11():
    d = Doc("word_sv", title="Plan mot kränkande behandling och diskriminering Rönnbyskolan",
            creator="Trygghetsgruppen Rönnbyskolan", created="2026-09-01T08:00:00Z", modified="2026-09-15T14:00:00Z")
    ftr = d.footer(lambda d: page_footer(d, "Rönnbyskolan · Rönnby kommun"))
    d.set_final_section(footer=ftr)
    d.title("Plan mot kränkande behandling och diskriminering – Rönnbyskolan")
    d.p(f"Grundskola årskurs 7–9, Rönnby kommun (org.nr {ids.ORG_RONNBY}).")
    d.p("Planen gäller tills vidare och revideras vid behov. Senast reviderad 2026-09-15.")

    d.h(1, "Ansvar")
    d.p("Planen har tagits fram av skolans trygghetsgrupp.")

    d.h(1, "Elevernas delaktighet")
    d.p("Elevrådet och klassråden lämnade förslag till planen i augusti, och elevrådets styrelse läste utkastet och "
        "kommenterade det innan det fastställdes. Elevskyddsombuden deltog i trygghetsvandringen i september. "
        "Elevrådet följer upp planen på sitt möte i januari.")

    d.h(1, "Utvärdering av förra årets plan")
    d.table([
        ["Åtgärd", "Genomförande", "Effekt"],
        ["Vuxna i korridoren vid skåpen", "Genomfördes under hela läsåret 2025/26",
         "Anmälningarna från korridoren minskade från 17 till 7."],
        ["Temadag om sexuella trakasserier", "Genomfördes i mars 2026 i alla klasser",
         "Fler elever anmälde sexuella trakasserier (5 mot 1), vilket vi tolkar som att fler vet att de ska berätta."],
        ["Ny placering i matsalen", "Genomfördes från november 2025", "Eleverna i elevrådet upplever att det är lugnare i matsalen."],
    ], widths=[2700, 2900, 3462])

    d.h(1, "Kartläggning")
    d.p("Underlag: trygghetsenkät i maj 2026 (318 av 362 elever svarade), trygghetsvandring med elevskyddsombuden och "
        "incidentrapporter i Prorenata. 84 % känner sig trygga i skolan. Flest upplever sig otrygga i omklädningsrummen "
        "(21 %) och på nätet (27 %). Vi ser att kränkningarna på nätet oftast startar i klassernas gruppchattar under "
        "kvällstid och sedan fortsätter i skolan.")

    d.h(1, "Främjande insatser")
    d.p("Mentorstid varje vecka med värdegrundsövningar (mentorerna). Alla klasser i årskurs 8 arbetar med Mentorer i "
        "våldsprevention under höstterminen. Skolan har en temavecka om mänskliga rättigheter och diskrimineringsgrunderna "
        "i februari.")

    d.h(1, "Förebyggande åtgärder")
    d.p("Åtgärder utifrån kartläggningen:")
    d.table([
        ["Åtgärd", "Ansvarig", "Tid"],
        ["Vuxna i korridoren vid skåpen", "Arbetslag 8", "ht 2025"],
        ["Temadag om sexuella trakasserier", "Kurator", "vt 2026"],
        ["Ny placering i matsalen", "Rektor", "ht 2025"],
    ], widths=[4500, 2500, 2062])

    d.h(1, "Rutiner för akuta situationer")
    d.p("Vi följer Rönnby kommuns gemensamma rutin vid kränkande behandling, trakasserier och sexuella trakasserier: ",
        d.link("Rutin vid kränkande behandling (Rönnby kommun)",
               "https://www.ronnby.se/utbildning/grundskola/trygghet/rutin-vid-krankande-behandling"), ".")
    d.p("När personal får kännedom om att en elev upplever sig kränkt ska rektor anmäla det till huvudmannen via "
        "Prorenata inom 24 timmar.")
    d.p("Hur utredningen och åtgärderna ska göras framgår av kommunens stödmaterial: ",
        d.link("Utredning och åtgärder – stödmaterial för skolor",
               "https://www.ronnby.se/utbildning/grundskola/trygghet/utredning-och-atgarder"),
        ". Blanketterna finns på ",
        d.link("kommunens intranät", "https://intranat.ronnby.se/bun/blanketter/krankande-behandling"), ".")

    d.h(1, "Diskrimineringsgrunderna")
    d.p("Diskrimineringslagen (2008:567) omfattar sju diskrimineringsgrunder: kön, könsöverskridande identitet eller "
        "uttryck, etnisk tillhörighet, religion eller annan trosuppfattning, funktionsnedsättning, sexuell läggning och "
        "ålder. Mer information finns hos ", d.link("Diskrimineringsombudsmannen", "https://www.do.se/"), ".")

    d.h(1, "Nationella minoriteter")
    d.p("Sveriges nationella minoriteter är judar, romer, samer, sverigefinnar och tornedalingar. Skolan informerar "
        "eleverna och deras vårdnadshavare om rätten till modersmålsundervisning i minoritetsspråken, undervisar om "
        "minoriteternas historia i samhällskunskap i årskurs 8 och uppmärksammar Förintelsens minnesdag den 27 januari "
        "och samernas nationaldag den 6 februari. Antiziganism och antisemitism tas upp som egna frågor i trygghetsenkäten.")

    d.h(1, "Utvärdering av årets plan")
    d.p("Trygghetsgruppen utvärderar planen i maj 2027 tillsammans med elevrådet. Underlag är trygghetsenkäten i april "
        "och klassrådens utvärdering av åtgärderna. Trygghetsgruppen ansvarar.")

    d.h(1, "Vårdnadshavarnas delaktighet")
    d.p("Föräldrarådet gick igenom förslaget till plan den 10 september 2026 och lämnade synpunkter på åtgärderna mot "
        "kränkningar på nätet. Vårdnadshavarna kan alltid lämna synpunkter via Vklass, och planen presenteras på "
        "höstens föräldramöten.")

    m = meta("2026/27", ["grundskola"],
             "Word plan (Swedish ids) whose acute-routine section consists mainly of w:hyperlink links to the municipality's "
             "routines plus one stated huvudman-reporting step; the measures table is last year's table copied unchanged.",
             expected(validity_period="partial", responsible="partial", preventive_measures="partial",
                      acute_routines="partial"),
             reasons={
                 "validity_period": "'Gäller tills vidare' with only a revision date.",
                 "responsible": "Only a group name ('trygghetsgruppen') without roles or a person.",
                 "preventive_measures": "Measures have owner and time, but the times are ht 2025/vt 2026 – not the coming year (same measures as evaluated above).",
                 "acute_routines": "Only the huvudman-reporting step is stated; everything else is links to external routines.",
             },
             decoys=[ids.ORG_RONNBY, "2026-09-15", "2008:567"])
    return d, m


# ---------------------------------------------------------------------------
# j1_12  Charts (with / without descr) and images with title-only alt text
# ---------------------------------------------------------------------------
def j1_12():
    d = Doc("word_en", title="Plan mot diskriminering och kränkande behandling Strandängens skola 2026/27",
            creator="Malin Strand", created="2026-09-04T08:00:00Z", modified="2026-09-28T09:00:00Z")
    hdr = d.header(lambda d: [d.par("Strandängens skola\t\t2026/27", role="header")])
    d.set_final_section(header=hdr)
    d.p(d.img("slogo", png_logo((0, 120, 170)), 2.2, 2.2, title="Strandängens skolas logotyp"))
    d.title("Plan mot diskriminering och kränkande behandling 2026/27")
    d.p("Strandängens skola – förskoleklass, årskurs 1–6 och fritidshem. Läsåret 2026/27.")

    d.h(1, "Ansvariga för planen")
    d.p("Rektor Malin Strand ansvarar för att planen upprättas, följs upp och revideras. Biträdande rektor Kalle Nyström "
        "leder trygghetsteamet, som samordnar kartläggning och åtgärder. All personal ansvarar för att ingripa och anmäla "
        "kränkningar till rektor.")

    d.h(1, "Elevernas delaktighet")
    d.p("Klassråden har diskuterat resultaten från trygghetsenkäten och föreslagit åtgärder. Elevrådet har valt ut de "
        "åtgärder som finns i planen. Elever från årskurs 4–6 deltog i trygghetsvandringen i maj.")

    d.h(1, "Utvärdering av föregående års plan")
    d.p("Någon utvärdering av förra årets plan har inte gjorts.")

    d.h(1, "Kartläggning och resultat")
    d.p("Underlag: trygghetsenkät i april 2026 (301 av 334 elever svarade), trygghetsvandring i maj 2026 och "
        "incidentrapporter i Prorenata. Diagram 1 visar andelen elever som känner sig trygga per stadium och diagram 2 "
        "var eleverna känner sig otrygga.")
    d.p(d.chart("Andel elever som känner sig trygga i skolan (%)", ["Förskoleklass", "Åk 1–3", "Åk 4–6"],
                [("Trygghetsenkät april 2026", [96, 92, 84])],
                descr="Diagram 1: Andel elever som känner sig trygga i skolan: förskoleklass 96 %, årskurs 1–3 92 %, årskurs 4–6 84 %."))
    d.p(d.chart("Platser där elever känner sig otrygga (%)", ["Toaletter", "Omklädningsrum", "Bakom förrådet", "Matsalen", "På nätet"],
                [("Andel elever", [31, 24, 18, 9, 27])]))
    d.p("Trygghetsenkäten visar att 84 % av eleverna i årskurs 4–6 känner sig trygga, vilket är lägre än i de yngre "
        "åldrarna. Toaletterna och nätet är de platser där flest känner sig otrygga. Vi ser att kränkningarna på nätet "
        "oftast gäller elever i årskurs 5–6 som har fått egna mobiler, och att toaletterna ligger långt från de platser "
        "där rastvakterna står.")
    d.p(d.img("yard", png_photo(3), 8, 5, title="Skolgården med den nya lekplatsen"))

    d.h(1, "Främjande arbete")
    d.p(d.i("[Beskriv skolans främjande arbete. Ange vilka insatser som riktar sig till alla elever och hur de kopplas "
            "till diskrimineringsgrunderna.]", color=GREY))

    d.h(1, "Förebyggande åtgärder")
    d.table([
        ["Åtgärd", "Mål", "Ansvarig", "Klart"],
        ["Vuxen närvaro vid toaletterna under rasterna", "Halvera andelen som känner sig otrygga på toaletterna", "", "v. 36"],
        ["Lektioner om nätvett i årskurs 4–6", "Alla elever vet hur de får hjälp vid nätkränkningar", "Mentorer årskurs 4–6", "Oktober 2026"],
        ["Ny rutin för omklädning vid idrotten", "Inga kränkningar i omklädningsrummen", "", "November 2026"],
        ["Ny trygghetsvandring", "Följa upp otrygga platser", "", "Mars 2027"],
    ], widths=[2900, 3000, 1700, 1462])

    d.h(1, "Rutiner för akuta situationer")
    d.bullets(["Den vuxna som ser eller får veta att en elev kränks ingriper direkt.",
               "Anmälan till rektor samma dag via Prorenata.",
               "Rektor anmäler till huvudmannen.",
               "Trygghetsteamet utreder skyndsamt och pratar med de inblandade eleverna och deras vårdnadshavare.",
               "Rektor beslutar om åtgärder.",
               "Utredning och åtgärder dokumenteras i Prorenata.",
               "Uppföljning efter två veckor."], kind="decimal")
    d.p("Kränker en vuxen en elev utreder rektor, och huvudmannen informeras. Elever och vårdnadshavare kan kontakta "
        "mentor, kurator Aida Hodžić (tel. 0413-626 40) eller rektor.")

    d.h(1, "Diskrimineringsgrunderna")
    d.p("Kön, könsöverskridande identitet eller uttryck, etnisk tillhörighet, religion eller annan trosuppfattning, "
        "funktionsnedsättning, sexuell läggning och ålder.")

    d.h(1, "Nationella minoriteter")
    d.p("Judar, romer, samer, sverigefinnar och tornedalingar är nationella minoriteter i Sverige. Skolan ska främja "
        "deras rättigheter enligt lagen (2009:724) om nationella minoriteter och minoritetsspråk.")

    d.h(1, "Uppföljning och utvärdering")
    d.p("Trygghetsteamet följer upp planen i januari 2027 och utvärderar den i maj 2027 tillsammans med elevrådet, med "
        "trygghetsenkäten och en ny trygghetsvandring som underlag. Rektor ansvarar för att utvärderingen blir gjord.")

    d.h(1, "Vårdnadshavare")
    d.p("Planen finns på skolans webbplats.")

    m = meta("2026/27", ["förskoleklass", "grundskola", "fritidshem"],
             "Word plan with two bar charts (c:chart in wp:inline graphic frames; one with docPr descr, one without any) "
             "showing survey results, and two pictures whose alt text is only in docPr/@title.",
             expected(previous_year_evaluation="missing", promotive_work="missing", preventive_measures="partial",
                      minority_rights="partial", guardian_involvement="partial"),
             reasons={
                 "previous_year_evaluation": "Only says no evaluation was done.",
                 "promotive_work": "Bracketed template guidance only.",
                 "preventive_measures": "Times given but owner filled for only 1 of 4 measures.",
                 "minority_rights": "Names the minorities and cites the law, but no action by the school.",
                 "guardian_involvement": "Only 'planen finns på skolans webbplats'.",
                 "survey": "Sources, percentages and analysis are also in text; the charts repeat them.",
             },
             guidance_keys=["promotive_work"], not_done_keys=["previous_year_evaluation"],
             decoys=["0413-626 40", "2009:724"],
             images_without_alt=1, images_ok=3)
    return d, m


# ---------------------------------------------------------------------------
# j1_13  Förskola plan, "barn" voice
# ---------------------------------------------------------------------------
def j1_13():
    d = Doc("word_sv", title="Plan mot diskriminering och kränkande behandling Förskolan Humlan",
            creator="Sofia Wallin", created="2026-10-12T08:00:00Z", modified="2026-10-27T16:30:00Z")
    ftr = d.footer(lambda d: page_footer(d, "Förskolan Humlan · Barn- och förskolenämnden"))
    d.set_final_section(footer=ftr)
    d.title("Plan mot diskriminering och kränkande behandling för Förskolan Humlan")
    d.p("Förskolan Humlan, avdelningarna Blåklockan, Vitsippan och Smörblomman. Planen gäller 2026-11-01 – 2027-10-31.")

    d.h(1, "Ansvar")
    d.p("Rektor Sofia Wallin ansvarar för att planen upprättas, följs upp och revideras. Förskollärarna på varje "
        "avdelning ansvarar för att planens åtgärder genomförs i barngruppen. All personal ansvarar för att uppmärksamma "
        "och anmäla kränkningar till rektor.")

    d.h(1, "Barnens delaktighet")
    d.p("Barnen har varit delaktiga på ett sätt som passar deras ålder. Under september gjorde pedagogerna ",
        d.commented(d.r("barnintervjuer"),
                    f"Intervju med {ids.J13_COMMENT} saknas, barnet var sjukt – fråga vårdnadshavaren.",
                    "Sofia Wallin", "SW", "2026-10-20T13:05:00Z"),
        " med alla barn på Blåklockan och Vitsippan om var de tycker om att vara och var de inte vill vara. Barnen fick "
        "rita och fotografera trygga och otrygga platser, och pedagogerna observerade leken inne och ute under två "
        "veckor. I barnrådet, där två barn från varje avdelning är med, har barnen valt ut förskolans kompisregler.")

    d.h(1, "Utvärdering av förra årets plan")
    d.p(d.b("Fler vuxna i hallen vid hämtning: "), "genomfördes från januari. Pedagogernas anteckningar visar att "
        "konflikterna i hallen minskade från flera i veckan till ungefär en i månaden.",
        d.deleted(f" Åtgärden gällde särskilt barnet {ids.J13_DELETED} på Vitsippan.", author="Sofia Wallin"))
    d.p(d.b("Turordning vid cyklarna: "), "genomfördes under våren. Barnen har själva gjort ett schema med bilder, och "
        "det blir färre bråk om cyklarna.")
    d.p(d.b("Böcker om olika familjer: "), "genomfördes på alla avdelningar. Vi ser att barnen oftare leker familj med "
        "olika sorters familjer, men vi kan inte mäta någon effekt på kränkningar.")

    d.h(1, "Kartläggning och analys")
    d.p("Vi har använt barnintervjuer, barnens teckningar och foton, pedagogernas observationer och husmodellen. 14 av "
        "38 barn pekade ut hallen vid hämtning som en plats där det är stökigt. Observationerna visade att det ofta blir "
        "konflikter om cyklarna på gården och att pojkarna tar mest plats i byggrummet. Vi tror att det beror på att "
        "byggrummet är litet och att vi vuxna sällan är med där.")

    d.h(1, "Främjande arbete")
    d.p("Vi arbetar med kompisregler som barnen själva har valt (förskollärarna, hela året). Vi läser böcker och sjunger "
        "sånger från olika kulturer varje vecka, och alla barn får prova alla lekar och material oavsett kön. I mars har "
        "vi ett tema om känslor och om att alla är lika mycket värda.")

    d.h(1, "Förebyggande åtgärder")
    d.table([
        ["Risk", "Mål", "Åtgärd", "Ansvarig", "När"],
        ["Pojkarna tar mest plats i byggrummet", "Alla barn använder byggrummet", "En pedagog är med i byggrummet och leder lek i blandade grupper",
         "Förskollärarna på Blåklockan", "Från november 2026"],
        ["Stökigt i hallen vid hämtning", "Lugn hämtning", "Hämtning i två omgångar och en pedagog i hallen",
         "Barnskötarna, enligt schema", "Från 2026-11-02"],
        ["Konflikter om cyklarna", "Färre konflikter", "Barnen gör nya turordningsregler i barnrådet", "Förskollärare Jonna Berg",
         "Januari 2027"],
    ], widths=[2000, 1500, 2500, 1700, 1362])

    d.h(1, "Rutiner för akuta situationer")
    d.bullets(["Den pedagog som ser eller hör att ett barn blir kränkt ingriper direkt.",
               "Pedagogen berättar för rektor samma dag.",
               "Rektor anmäler till huvudmannen.",
               "Rektor ser till att händelsen utreds skyndsamt. Vårdnadshavarna kontaktas.",
               "Rektor beslutar om åtgärder.",
               "Allt dokumenteras på förvaltningens blankett.",
               "Uppföljning med barnet och vårdnadshavarna efter två veckor."], kind="decimal")
    d.p("Om en vuxen kränker ett barn utreder rektor händelsen tillsammans med HR. Vårdnadshavare kan vända sig till "
        "pedagogerna på avdelningen eller till rektor Sofia Wallin (tel. 036-10 52 80).")

    d.h(1, "Diskrimineringsgrunder")
    d.p("Diskrimineringsgrunderna är kön, etnisk tillhörighet, religion eller annan trosuppfattning, funktionshinder "
        "och sexuell läggning.")

    d.h(1, "Nationella minoriteter och kulturell identitet")
    d.p("I Sverige finns fem nationella minoriteter: judar, romer, samer, sverigefinnar och tornedalingar, med språken "
        "jiddisch, romani chib, samiska, finska och meänkieli. På Humlan har vi sagostund på finska varje vecka, och vi "
        "sjunger sånger på samiska och meänkieli. Vi firar samernas nationaldag och sverigefinnarnas dag. Vid "
        "inskolningen informerar vi vårdnadshavarna om rätten till förskola helt eller delvis på finska, meänkieli "
        "eller samiska, eftersom kommunen ingår i förvaltningsområdet för finska.")

    d.h(1, "Utvärdering av årets plan")
    d.p("Rektor och förskollärarna utvärderar planen i september 2027 på en arbetsplatsträff, utifrån "
        "incidentrapporterna och åtgärdstabellen. Rektor ansvarar.")

    d.h(1, "Vårdnadshavare")
    d.p("Planen finns på förskolans webbplats och på anslagstavlan i hallen.")

    m = meta("2026/27", ["förskola"],
             "Förskola plan written about 'barn' (no 'elev'), participation through barnintervjuer, observations and barnråd; "
             "identity numbers in a review comment and in a tracked deletion.",
             expected(discrimination_grounds="partial", evaluation_plan="partial", guardian_involvement="partial"),
             reasons={
                 "validity_period": "Nov–Oct period (2026-11-01 – 2027-10-31), normal for förskola.",
                 "student_involvement": "Barnintervjuer, drawings/photos, observation and barnråd (förskola counts).",
                 "discrimination_grounds": "Pre-2009 five-ground list, with 'funktionshinder'.",
                 "minority_rights": "Names minorities and languages; weekly Finnish story time, songs, minority days, information on the right to förskola in the language.",
                 "evaluation_plan": "When, who and how, but the children have no part.",
                 "guardian_involvement": "Information only (website, notice board).",
             },
             identity_numbers=[ids.J13_COMMENT, ids.J13_DELETED],
             identity_number_places={ids.J13_COMMENT: "comment", ids.J13_DELETED: "tracked_deletion"},
             decoys=["2026-11-01", "2027-10-31", "2026-11-02", "036-10 52 80"])
    return d, m


# ---------------------------------------------------------------------------
# j1_14  Anpassad grundskola, easy Swedish (lättläst), pictograms
# ---------------------------------------------------------------------------
def j1_14():
    d = Doc("word_en", title="Vår plan mot kränkningar och diskriminering", creator="Amir Haddad",
            created="2026-09-09T08:00:00Z", modified="2026-09-23T12:00:00Z")
    ftr = d.footer(lambda d: [d.par("Granbackens anpassade grundskola · tel. 0155-24 80 00", role="footer")])
    d.set_final_section(footer=ftr)
    stop = png_pictogram("stop")
    talk = png_pictogram("talk")
    d.p(d.img("border", png_pictogram("border", 200, 16), 15, 1.2, decorative=True, name="Dekorkant"))
    d.title("Vår plan mot kränkningar och diskriminering")
    d.p(d.r("Granbackens anpassade grundskola", sz=28))
    d.p("Skolan hette tidigare Granbackens grundsärskola.")

    d.h(1, "Hur länge gäller planen?")
    d.p("Planen gäller ett läsår. Den gäller från 17 augusti 2026. Den gäller till 11 juni 2027.")

    d.h(1, "Vem ansvarar för planen?")
    d.p("Rektor heter Amir Haddad. Rektor ansvarar för planen. Alla vuxna i skolan ska följa planen. "
        "Alla vuxna ska hjälpa elever som blir illa behandlade.")

    d.h(1, "Eleverna har varit med")
    d.p("Vi har pratat om planen i alla klasser. Eleverna fick visa med bilder vad som är bra och dåligt i skolan. "
        "Elevrådet har bestämt två av reglerna i planen.")

    d.h(1, "Vad hände förra året?")
    d.p("Förra året ville vi ha lugnare raster. Vi hade fler vuxna ute på rasterna. Nu bråkar eleverna mindre på "
        "rasterna. Det såg vi i vår loggbok.")
    d.p("Förra året ville vi att alla skulle förstå reglerna. Vi gjorde bildscheman med reglerna. Nu kan fler elever "
        "visa reglerna med bilder.")

    d.h(1, "Vad har vi tagit reda på?")
    d.p(d.img("talk", talk, 1.8, 1.8))
    d.p("Vi har frågat alla elever med en samtalsmatta. 9 av 12 elever känner sig trygga i skolan. Tre elever tycker "
        "att skolbussen är otrygg. Personalen har sett att det blir bråk när eleverna väntar på bussen. Vi tror att det "
        "beror på att det inte finns någon vuxen på bussen.")

    d.h(1, "Så gör vi för att alla ska må bra")
    d.p("Varje morgon har vi samling. Vi pratar om hur vi känner oss. Vi lär oss att säga stopp. Alla får vara med. "
        "Vi har ett tema om känslor och kompisar varje månad. Vi lär oss att alla är lika mycket värda.")

    d.h(1, "Det här ska vi göra i år")
    d.p("En vuxen ska åka med skolbussen. Elevassistenterna turas om. Det börjar 1 september 2026. Rektor ansvarar.")
    d.p("Vi ska ha en väntplats inne vid busshållplatsen. Vaktmästaren ordnar det. Det ska vara klart i oktober 2026.")

    d.h(1, "Om någon blir kränkt")
    d.p(d.img("stop", stop, 1.8, 1.8))
    d.bullets(["En vuxen säger stopp direkt.",
               "Den vuxna berättar för rektor samma dag.",
               "Rektor berättar för huvudmannen. Huvudmannen är kommunen.",
               "Rektor ser till att vi tar reda på vad som har hänt. Vi pratar med eleverna och med vårdnadshavarna.",
               "Vi skriver ner vad som har hänt.",
               "Vi gör något så att det inte händer igen.",
               "Efter en vecka pratar vi med eleven igen."])
    d.p("Om en vuxen har kränkt en elev pratar rektor med den vuxna och tar reda på vad som har hänt.")

    d.h(1, "Diskriminering")
    d.p(d.img("stop", stop, 1.8, 1.8))
    d.p("Diskriminering betyder att någon behandlas sämre än andra. Det är förbjudet. Lagen heter "
        "diskrimineringslagen. Lagen skyddar sju saker. De kallas diskrimineringsgrunder:")
    d.bullets(["kön", "könsöverskridande identitet eller uttryck", "etnisk tillhörighet",
               "religion eller annan trosuppfattning", "funktionsnedsättning", "sexuell läggning", "ålder"])

    d.h(1, "Vi tittar på planen igen")
    d.p("Vi tittar på planen igen i maj 2027.")

    d.h(1, "Till vårdnadshavare")
    d.p("Ni får planen hemskickad med posten.")

    m = meta("2026/27", ["anpassad grundskola"],
             "Easy-Swedish (lättläst) plan for an anpassad grundskola: very short sentences, big headings, pictograms without "
             "alt text (one picture relationship shown twice), a decorative border image.",
             expected(minority_rights="missing", evaluation_plan="partial", guardian_involvement="partial"),
             reasons={
                 "previous_year_evaluation": "Two measures, each carried out with an observed effect, in easy Swedish.",
                 "preventive_measures": "Two measures, each with owner and time.",
                 "minority_rights": "Not mentioned.",
                 "evaluation_plan": "Only a time (maj 2027).",
                 "guardian_involvement": "Plan is only sent home.",
             },
             decoys=["0155-24 80 00"], images_without_alt=2, images_ok=1)
    return d, m


# ---------------------------------------------------------------------------
# j1_15  "Uppföljning" holds last year's evaluation and this year's plan (tense only)
# ---------------------------------------------------------------------------
def j1_15():
    d = Doc("google", title="Plan mot diskriminering och kränkande behandling Ängsbackens skola 2026/27",
            created="2026-09-16T12:00:00Z", modified="2026-09-16T12:00:00Z")
    d.title("Plan mot diskriminering och kränkande behandling läsåret 2026/27")
    d.subtitle("Ängsbackens skola, grundskola årskurs 4–9")

    d.h(1, "Ansvar")
    d.p("Rektor Lars Wik ansvarar för planen och för att anmälningar utreds. Trygghetsteamet med kurator Fatima Ali, "
        "biträdande rektor Eva Sten och två lärare samordnar arbetet. Mentorerna ansvarar för att planen gås igenom i "
        "klasserna, och all personal ska ingripa och anmäla till rektor.")

    d.h(1, "Elevernas delaktighet")
    d.p("Klassråden har diskuterat förra årets åtgärder och lämnat förslag till nya. Elevrådet och elevskyddsombuden "
        "gick trygghetsvandring med trygghetsteamet i maj och har läst och godkänt planen.")

    d.h(1, "Kartläggning och analys")
    d.p("Trygghetsenkät i april 2026 (årskurs 4–9, 288 av 320 svarade), trygghetsvandring i maj och incidentrapporter. "
        "87 % känner sig trygga i skolan. Lägst är tryggheten i årskurs 8 (76 %). Eleverna nämner cykelstället, "
        "omklädningsrummen och bussen som otrygga platser, och flera flickor i årskurs 8 beskriver kommentarer om "
        "kropp och utseende. Vi tror att det hänger ihop med att årskurs 8 har flest lektioner i lokaler utan vuxna "
        "i korridorerna.")

    d.h(1, "Främjande arbete")
    d.p("Vår skola ska vara en trygg plats för alla. Vi arbetar med värdegrunden i allt vi gör, och alla vuxna är förebilder.")

    d.h(1, "Förebyggande åtgärder")
    d.table([
        ["Åtgärd", "Ansvarig", "När", "Uppföljning"],
        ["Vuxna i korridorerna i hus C under raster", "Arbetslag 7–9", "Från v. 34", "Trygghetsenkät april 2027"],
        ["Samtalsgrupper om kropp och respekt i årskurs 8", "Kurator Fatima Ali", "Oktober–december 2026", "Utvärdering med eleverna i januari"],
        ["Kameraövervakat cykelställ och bättre belysning", "Rektor", "Klart 2026-11-30", "Trygghetsvandring maj 2027"],
        ["Vuxen på skolbussen morgon och eftermiddag", "Elevassistenter", "Från 2026-09-01", "Loggbok, uppföljning i december"],
    ], widths=[3200, 1900, 1900, 2062])

    d.h(1, "Rutiner för akuta situationer")
    d.p("Kommer att kompletteras.")

    d.h(1, "Diskrimineringsgrunderna")
    d.p("Kön, könsöverskridande identitet eller uttryck, etnisk tillhörighet, religion eller annan trosuppfattning, "
        "funktionsnedsättning, sexuell läggning och ålder.")

    d.h(1, "Nationella minoriteter")
    d.p("Judar, romer, samer, sverigefinnar och tornedalingar är Sveriges nationella minoriteter.")

    d.h(1, "Uppföljning")
    d.p("Rastvärdarna på skolgården kom igång i september 2025. Antalet anmälningar om kränkningar på rasterna minskade "
        "från 14 under 2024/25 till 6 under 2025/26. Trygghetsvandringen med elevrådet genomfördes i oktober och i mars, "
        "och belysningen vid cykelstället byttes ut efter vandringen i oktober. I omklädningsrummen infördes vuxen "
        "närvaro i december; i trygghetsenkäten sjönk andelen elever som känner sig otrygga där från 22 % till 11 %. "
        "Lektionerna om nätvett hann bara genomföras i årskurs 7, så effekten går inte att bedöma.")
    d.p("Årets plan följs upp i januari 2027 och utvärderas i maj 2027. Trygghetsteamet ansvarar och utvärderar "
        "tillsammans med elevrådet genom trygghetsenkäten och diskussioner i klassråden. Resultatet skrivs in i nästa "
        "års plan.")

    m = meta("2026/27", ["grundskola"],
             "Google Docs export where one heading 'Uppföljning' holds both last year's evaluation (past tense) and this year's "
             "evaluation plan (future tense) in two plain paragraphs with no sub-headings.",
             expected(promotive_work="partial", acute_routines="missing", minority_rights="partial",
                      guardian_involvement="missing"),
             reasons={
                 "previous_year_evaluation": "First 'Uppföljning' paragraph, past tense, measure by measure with effect.",
                 "evaluation_plan": "Second 'Uppföljning' paragraph, future tense: when, who, how, with elevrådet/klassråd.",
                 "promotive_work": "Vision/slogan only.",
                 "acute_routines": "'Kommer att kompletteras.' only.",
                 "minority_rights": "Minorities named, nothing the school does.",
                 "guardian_involvement": "Guardians are not mentioned anywhere.",
             },
             not_done_keys=["acute_routines"],
             decoys=["2026-11-30", "2026-09-01"])
    return d, m


# ---------------------------------------------------------------------------
# j1_16  Revised plan, validity contradiction, identity numbers in 2nd-section header and comment
# ---------------------------------------------------------------------------
def j1_16():
    d = Doc("word_sv", title="Plan mot diskriminering och kränkande behandling Sjöviksskolan 2026/27 rev 2",
            creator="Linnea Torstensson", created="2025-08-18T07:00:00Z", modified="2026-09-21T15:45:00Z")
    hdr1 = d.header(lambda d: [d.par("Sjöviksskolan · Plan mot diskriminering och kränkande behandling · Läsåret 2026/27 "
                                     "(reviderad version 2)", role="header")])
    ftr1 = d.footer(lambda d: [d.par(f"Sjöviks kommun, Barn- och utbildningsförvaltningen · org.nr {ids.ORG_SJOVIK} · "
                                     "växel 0491-76 40 00 · Dnr BUN 2026/0412", role="footer")])
    hdr2 = d.header(lambda d: [d.par(f"Bilaga 1 · Utredning kränkande behandling, elev {ids.J16_HEADER} · Dnr BUN 2026/0398 · "
                                     "org.nr " + ids.ORG_SJOVIK, role="header")])
    ftr2 = d.footer(lambda d: [d.par("Bilaga 1 · tel. kurator 0491-76 41 15", role="footer")])

    d.p(d.img("sjlogo", png_logo((20, 60, 120)), 2.0, 2.0, descr="Sjöviksskolans logotyp"))
    d.title("Plan mot diskriminering och kränkande behandling")
    d.p("Sjöviksskolan, förskoleklass–årskurs 6 och fritidshem")
    d.table([
        ["Skolenhet", "Sjöviksskolan (skolenhetskod 73928461)"],
        ["Verksamhetsformer", "Förskoleklass, grundskola årskurs 1–6, fritidshem"],
        ["Giltighetstid", "2025-08-18 — 2026-06-12"],
        ["Ansvarig", "Rektor Linnea Torstensson"],
        ["Reviderad", "2026-09-21 (version 2)"],
    ], widths=[2600, 6462], header=False)
    d.p(d.b("Versionshistorik"))
    d.table([
        ["Version", "Datum", "Ändring"],
        ["1", "2025-08-18", "Ursprunglig plan (giltig 250818-260612)"],
        ["2", "2026-09-21", "Reviderad inför läsåret 2026/27: nya åtgärder, utvärdering av förra årets åtgärder"],
    ], widths=[1200, 1800, 6062])

    d.h(1, "Ansvar")
    d.p("Rektor Linnea Torstensson ansvarar för att planen upprättas, följs upp och revideras varje år. "
        "Trygghetsteamet – kurator Jens Holm, specialpedagog Mira Sand och fritidspedagog Ola Berg – samordnar arbetet "
        "och utreder på rektors uppdrag. All personal ska ingripa och anmäla till rektor. Förvaltningen utreder och "
        "följer upp när rektor anmält.")

    d.h(1, "Elevernas delaktighet")
    d.p("Klassråden diskuterade förra årets plan i augusti och föreslog nya trivselregler. Elevrådet var med och "
        "reviderade planen vid två möten i september och har gjort en elevversion som sitter uppe i alla klassrum. "
        "Fritidsrådet har valt reglerna för fritids.")

    d.h(1, "Utvärdering av förra årets åtgärder")
    d.p(d.b("Rastvärdar: "), "genomfördes hela läsåret 2025/26. Rastvärdarna rapporterar färre konflikter på "
        "fotbollsplanen, och elevrådet bekräftar att det blivit lugnare.")
    d.p(d.b("Trygghetsvandring: "), "genomfördes i oktober. Buskarna bakom idrottshallen togs bort efter vandringen, "
        "och ingen elev har sedan dess pekat ut platsen som otrygg på klassråden.")
    d.p(d.b("Nätvettslektioner i årskurs 5–6: "), "genomfördes bara i årskurs 6. Kurator bedömer att eleverna vet "
        "bättre hur de anmäler kränkningar på nätet, men åtgärden fortsätter i årskurs 5.")

    d.h(1, "Kartläggning")
    d.p("Enkäter genomförs regelbundet och resultaten används i arbetet med planen.")

    d.h(1, "Främjande arbete")
    d.p("Värdegrundssamling varje måndag i alla klasser (klasslärarna). Fadderverksamhet mellan förskoleklass och "
        "årskurs 4 med gemensamma aktiviteter varje månad. Temavecka om barnkonventionen och diskrimineringsgrunderna i "
        "november, som elevrådet planerar tillsammans med trygghetsteamet.")

    d.h(1, "Förebyggande åtgärder")
    d.table([
        ["Åtgärd", "Mål", "Ansvarig", "När"],
        ["Nätvettslektioner i årskurs 5", "Eleverna vet hur de får hjälp vid nätkränkningar", "Kurator Jens Holm", "Oktober 2026"],
        ["Rastvärdar även vid lekparken", "Färre konflikter vid gungorna", "Fritidspersonalen", "Från v. 36"],
        ["Vuxen vid kapprummet vid hemgång", "Lugn hemgång från fritids", "Fritidspedagog Ola Berg", "Från 2026-09-28"],
    ], widths=[2800, 3000, 1800, 1462])

    d.h(1, "Rutiner för akuta situationer")
    d.bullets(["Den vuxna som ser eller hör om en kränkning ingriper direkt.",
               "Den vuxna anmäler till rektor samma dag.",
               "Rektor anmäler till huvudmannen samma vecka.",
               [d.r("Trygghetsteamet utreder skyndsamt. "),
                d.commented(d.r("Vårdnadshavare kontaktas."),
                            f"Gäller ärendet där mormor ({ids.J16_COMMENT}) hämtar – ring henne på 070-284 11 93 innan vi "
                            "skickar hem blanketten.", "Linnea Torstensson", "LT", "2026-09-21T14:10:00Z")],
               "Rektor beslutar om åtgärder.",
               "Utredning och åtgärder dokumenteras i Prorenata.",
               "Uppföljning efter två veckor."], kind="decimal")
    d.p("Om en vuxen kränker en elev utreder rektor tillsammans med HR. Elever och vårdnadshavare kan vända sig till "
        "klassläraren, kurator Jens Holm (tel. 0491-76 41 15) eller rektor.")

    d.h(1, "Diskrimineringsgrunderna")
    d.p("Kön, könsöverskridande identitet eller uttryck, etnisk tillhörighet, religion eller annan trosuppfattning, "
        "funktionsnedsättning, sexuell läggning och ålder.")

    d.h(1, "Nationella minoriteter")
    d.p("Sveriges nationella minoriteter är judar, romer, samer, sverigefinnar och tornedalingar. Vi informerar "
        "vårdnadshavare om rätten till modersmålsundervisning i minoritetsspråken, har böcker på samiska och finska i "
        "skolbiblioteket och uppmärksammar samernas nationaldag och tornedalingarnas dag. I årskurs 4 undervisar vi om "
        "minoriteternas historia och språk.")

    d.h(1, "Utvärdering av årets plan")
    d.p("Planen utvärderas i maj 2027 av trygghetsteamet tillsammans med elevrådet och klassråden, utifrån "
        "klassrådens synpunkter och rastvärdarnas loggbok. Rektor ansvarar.")

    d.h(1, "Vårdnadshavare")
    d.p("Planen finns på skolans hemsida och i Vklass.")
    d.end_section(header=hdr1, footer=ftr1)

    d.h(1, "Bilaga 1 – Blankett: Anmälan om kränkande behandling")
    d.table([
        ["Datum", ""], ["Elevens namn", ""], ["Klass", ""], ["Vad hände?", ""], ["Anmäld av", ""],
    ], widths=[2600, 6462], header=False)
    d.set_final_section(header=hdr2, footer=ftr2)

    m = meta("2026/27", ["förskoleklass", "grundskola", "fritidshem"],
             "Revised Word plan (version 2) with a facts table and version history; the page header says läsåret 2026/27 while "
             "the Giltighetstid cell still says 2025-08-18 — 2026-06-12; an appendix section has its own header with a personnummer.",
             expected(validity_period="partial", survey="partial", guardian_involvement="partial"),
             reasons={
                 "validity_period": "Giltighetstid cell is last school year (2025-08-18 — 2026-06-12), contradicting the header's 2026/27 → mismatch.",
                 "survey": "'Enkäter genomförs regelbundet' – no named source, time or result.",
                 "guardian_involvement": "Information only (hemsida, Vklass).",
                 "student_involvement": "Klassråd, elevråd revising the plan, student version, fritidsråd.",
             },
             identity_numbers=[ids.J16_HEADER, ids.J16_COMMENT],
             identity_number_places={ids.J16_HEADER: "header", ids.J16_COMMENT: "comment"},
             decoys=[ids.ORG_SJOVIK, "0491-76 40 00", "BUN 2026/0412", "BUN 2026/0398", "070-284 11 93",
                     "0491-76 41 15", "73928461", "2025-08-18", "2026-06-12", "250818-260612", "2026-09-21"],
             images_without_alt=0, images_ok=1)
    return d, m


PLANS = [j1_09, j1_10, j1_11, j1_12, j1_13, j1_14, j1_15, j1_16]
