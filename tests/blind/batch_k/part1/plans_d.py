"""Plans k1_13 – k1_16."""
from common import Doc, expected, reasons, keys, meta, logo_png, flowchart_png


# ------------------------------------------------------------------ k1_13
def plan13():
    d = Doc("Plan mot diskriminering och kränkande behandling – Tallåsskolan", author="Katarina Wallin")
    d.p("Plan mot diskriminering och kränkande behandling", style="Title")
    d.p("Tallåsskolan – specialskola för elever med dövhet eller hörselnedsättning, åk 1–10, "
        "med fritidshem", style="Subtitle")
    d.table([
        ["Huvudman", "Specialpedagogiska skolmyndigheten (SPSM)"],
        ["Skolform", "Specialskola åk 1–10 och fritidshem"],
        ["Planen gäller", "2025-07-01 – 2027-06-30"],
        ["Ansvarig", "Rektor Katarina Wallin"],
    ], header=False, widths=[3000, 6000])
    d.p("Planen är tvåårig och revideras vid behov.")

    d.h("Ansvar")
    d.p("Rektor Katarina Wallin ansvarar för att planen tas fram, följs och utvärderas, för att "
        "personalen har kunskap om den och för att anmälningar utreds. Trygghetsgruppen – biträdande "
        "rektor, kurator Mira Sandell (teckenspråkig), skolsköterska, två lärare, en fritidspedagog "
        "och två elevrepresentanter – samordnar arbetet. All personal ansvarar för att ingripa och "
        "anmäla. Huvudmannen SPSM ansvarar för att planen upprättas varje år och för att ärenden "
        "utreds.")

    d.h("Elevernas delaktighet")
    d.p("Elevrådet har möten på svenskt teckenspråk och har under augusti och september 2025 gått "
        "igenom riskerna och föreslagit åtgärder. Klassråden har diskuterat planen på teckenspråk, och "
        "för elever som använder hörseltekniken har texten också funnits i skrift. I maj 2025 gick "
        "elevrådet en trygghetsvandring med trygghetsgruppen. Två elever sitter i trygghetsgruppen och "
        "elevrådet är med när planen följs upp.")

    d.h("Utvärdering av förra årets plan")
    d.p(d.r("Teckenspråkig vuxen i matsalen. ", b=True),
        "Genomfördes från september 2024. Eleverna beskriver i enkäten att de känner sig mer trygga i "
        "matsalen (från 71 % till 84 %), eftersom de kan kommunicera med den vuxne.")
    d.p(d.r("Regler för gruppchattar. ", b=True),
        "Togs fram med elevrådet i oktober 2024. Anmälningarna om kränkningar i chattar minskade från "
        "12 till 5.")
    d.p(d.r("Gemensamma aktiviteter mellan teckenspråkiga och talspråkiga elever. ", b=True),
        "Har inte följts upp.")
    d.p(d.r("Utbildning av fritidspersonalen i teckenspråk. ", b=True), "Har inte följts upp.")

    d.h("Kartläggning och analys")
    d.p("Trygghetsenkäten genomfördes i april 2025 med frågorna på både svenskt teckenspråk (film) "
        "och i skrift; 94 av 108 elever svarade. Vi har också använt elevhälsosamtalen, "
        "trygghetsvandringen och anmälningarna (21 under 2024/25). 85 % av eleverna känner sig trygga. "
        "Elever som främst använder talad svenska med hörselteknik berättar att de ibland utestängs från "
        "samtal på teckenspråk, och teckenspråkiga elever berättar om att bli härmade på skolbussen av "
        "elever från en annan skola. På fritidshemmet är det otryggt när personal som inte kan "
        "teckenspråk är ensam med gruppen. Vår analys är att kommunikationen är den största risken: "
        "när elever och vuxna inte förstår varandra blir kränkningar svårare att upptäcka.")

    d.h("Främjande arbete")
    d.p("Målet är att alla elever, oavsett hur de kommunicerar, ska känna sig som en självklar del av "
        "skolan. Vi firar teckenspråkets dag den 14 maj och Internationella dövas dag i september med "
        "hela skolan; lärarna i svenskt teckenspråk planerar dagarna. Varje vecka har alla klasser "
        "värdegrundspass där vi arbetar med dövkultur, normer om hörsel och alla "
        "diskrimineringsgrunder. Biblioteket har litteratur och film på teckenspråk om olika familjer, "
        "religioner och ursprung.")

    d.h("Förebyggande åtgärder")
    d.table([
        ["Risk", "Åtgärd", "Ansvarig", "När", "Uppföljning"],
        ["Utestängning av talspråkiga elever", "Gemensamma rastaktiviteter med tolk två gånger i veckan",
         "Fritidspedagogerna", "Från v. 36", "Elevrådet i december"],
        ["Personal utan teckenspråk på fritids", "Teckenspråkskurs för fritidspersonalen; schemat ändras så att teckenspråkig personal alltid finns",
         "Rektor", "Kurs ht 2025, schema från 2025-08-18", "Trygghetsgruppen i januari"],
        ["Härmning på skolbussen", "Kontakt med bussbolaget och den andra skolan; vuxen följer med två dagar i veckan",
         "Biträdande rektor", "September 2025", "Enkät april 2026"],
    ], widths=[2100, 2900, 1500, 1400, 1100])

    d.h("Rutiner för akuta situationer")
    n = d.new_list("decimal")
    for t in [
        "Den vuxne som ser eller får veta att en elev upplever sig kränkt eller trakasserad ingriper "
        "direkt.",
        "Den vuxne anmäler till rektor samma dag i SPSM:s incidentsystem.",
        "Rektor anmäler till huvudmannen (SPSM) i samma system.",
        "Trygghetsgruppen utreder skyndsamt. Samtalen förs på elevens förstaspråk, med tolk vid behov. "
        "Vårdnadshavare informeras.",
        "Rektor beslutar om åtgärder.",
        "Utredning, åtgärder och uppföljning dokumenteras i incidentsystemet.",
        "Uppföljning efter två veckor.",
        "Om personal kränker en elev utreder rektor med stöd av HR.",
    ]:
        d.p(t, style="ListParagraph", num=(n, 0))
    d.p("Eleverna kan vända sig till alla vuxna, kurator Mira Sandell (sms 070-612 48 33) eller rektor "
        "(växel 010-473 50 00).")

    d.h("Diskrimineringsgrunderna")
    d.p("Diskrimineringsgrunderna är kön, könsöverskridande identitet eller uttryck, etnisk "
        "tillhörighet, religion eller annan trosuppfattning, funktionsnedsättning, sexuell läggning och "
        "ålder. Dövhet och hörselnedsättning räknas som funktionsnedsättning enligt lagen. Språk är "
        "ingen diskrimineringsgrund, men vi följer särskilt upp om elever behandlas sämre för att de "
        "använder teckenspråk eller talad svenska.")

    d.h("Nationella minoriteter och teckenspråk")
    d.p("De nationella minoriteterna är judar, romer, samer, sverigefinnar och tornedalingar, med "
        "språken jiddisch, romani chib, samiska, finska och meänkieli. Svenskt teckenspråk har enligt "
        "språklagen en särskild ställning men är inte ett nationellt minoritetsspråk. Vi informerar "
        "vårdnadshavare vid inskrivningen om rätten till modersmålsundervisning i ett minoritetsspråk, "
        "även för elever som använder teckenspråk, och ordnar tolkning vid behov. SO-lärarna undervisar "
        "om minoriteternas historia och rättigheter i åk 5 och 8, och vi uppmärksammar samernas "
        "nationaldag den 6 februari och sverigefinnarnas dag den 24 februari.")

    d.h("Utvärdering")
    d.p("Planen följs upp i december 2025 och utvärderas i maj 2026 i workshoppar på teckenspråk.")

    d.h("Vårdnadshavare")
    d.p("Planen finns på skolans webbplats, även som film på svenskt teckenspråk, och skickas till "
        "vårdnadshavarna via Vklass.")

    exp = expected(V="partial", R="met", S="met", P="partial", Su="met", Pr="met", Pm="met", A="met",
                   D="met", M="met", E="partial", G="partial")
    why = reasons(
        V="Two-year period 2025-07-01 – 2027-06-30 ('Planen är tvåårig') – longer than ~13 months.",
        P="Four measures; two with effect (figures), two only 'Har inte följts upp'.",
        Su="Adapted survey (teckenspråk film), elevhälsosamtal, safety walk, reports; 85 % trygga, risks named, "
           "analysis.",
        A="Includes rektor → huvudman (SPSM), investigation on the student's first language, documentation.",
        M="Five minorities and languages, explains teckenspråk's status, information at enrolment, teaching, "
          "minority days.",
        E="Heading 'Utvärdering' here means this year's plan: when (Dec/May) and how (workshops) only; no one "
          "responsible (students' part in follow-up is only mentioned generally under Elevernas delaktighet).",
        G="Information only (website incl. sign-language film, Vklass).",
    )
    m = meta("2025/26", "sv", ["specialskola", "fritidshem"],
             "State specialskola plan for deaf and hard-of-hearing students (huvudman SPSM), with "
             "teckenspråk throughout, a two-year validity and an explicit minorities section that also "
             "explains teckenspråk's status.",
             exp, why, decoys=["070-612 48 33", "010-473 50 00"])
    return d, m


# ------------------------------------------------------------------ k1_14
def plan14():
    d = Doc("Vår plan mot kränkningar och diskriminering – Rönnbäcksskolan 2026/27", author="Elevrådet")
    d.p("Vår plan mot kränkningar och diskriminering", style="Title")
    d.p("Rönnbäcksskolan åk 7–9, Åsby kommun", style="Subtitle")
    d.p("Hej! Vi är elevrådet på Rönnbäcksskolan. Den här planen har vi skrivit tillsammans med "
        "personalen. Vi vill att alla ska kunna läsa den, så vi har skrivit som vi pratar.")

    d.h("När gäller planen?")
    d.p("Planen gäller läsåret 2026/27.")

    d.h("Vem ansvarar?")
    d.p("Vi i elevrådet och all personal ansvarar tillsammans för att planen följs. Alla har ett "
        "ansvar för att ingen blir kränkt.")

    d.h("Så har vi tagit fram planen")
    d.p("Vi har varit med i alla steg:")
    d.bullets([
        "I maj 2026 gjorde elevrådet en egen enkät i Google Formulär som alla klasser fick svara på "
        "under mentorstiden.",
        "Elevrådet och elevskyddsombuden gick en trygghetsvandring med kuratorn och satte röda och "
        "gröna lappar på en karta över skolan.",
        "I augusti 2026 hade varje klassråd en workshop där klassen kom med förslag på vad som ska "
        "bli bättre. Förslagen har vi sorterat och skrivit in i planen.",
        "Texten har vi skrivit tillsammans med kuratorn och två lärare på tre eftermiddagar i "
        "september.",
        "Varje klass har valt två trygghetsambassadörer som träffar kuratorn varje månad.",
        "På en samling i aula i september presenterade vi planen för hela skolan, och i varje "
        "klassrum finns en kortversion som vi har gjort.",
    ])

    d.h("Förra årets plan – vad hände?")
    d.table([
        ["Det bestämde vi förra året", "Vad hände?", "Effekt"],
        ["Mobilhotell på lektionerna", "Infördes i alla klasser i september 2025",
         "Kränkningar via mobilen på lektionstid minskade från 11 till 3 anmälningar"],
        ["Fler bänkar och aktiviteter i skolhuset på rasterna", "Elevrådet köpte spel och bänkar i januari 2026",
         "Fler stannar inne i skolhuset; andelen som tycker rasterna är trygga ökade från 76 % till 83 %"],
        ["Samtal om jargong i omklädningsrummen", "Idrottslärarna tog upp det i alla klasser i oktober",
         "Ingen skillnad i enkäten (fortfarande 30 % otrygga) – därför ny åtgärd i år"],
    ], widths=[3000, 3000, 3000])

    d.h("Vad vi fick reda på")
    d.p("280 av 330 elever svarade på vår enkät. 84 % känner sig trygga i skolan. Det som känns mest "
        "otryggt är toaletterna på plan 2 (31 % otrygga), omklädningsrummen (30 %) och Snapchat-grupper "
        "på kvällarna. Många skrev att det är jobbigt med kommentarer om utseende och om att vara gay. "
        "Vi tror att toaletterna och omklädningsrummen känns otrygga för att inga vuxna är där, och att "
        "kommentarerna på Snapchat fortsätter i skolan dagen efter.")

    d.h("Det här gör vi för att alla ska må bra")
    d.p("Vi vill att alla ska känna sig välkomna, oavsett kön, ursprung, religion, "
        "funktionsnedsättning, sexuell läggning eller hur man uttrycker sitt kön. Varje termin "
        "ordnar elevrådet en kompisdag tillsammans med idrottslärarna (i september och februari), där "
        "klasserna blandas. Trygghetsambassadörerna träffar kuratorn varje månad och tar upp hur det "
        "är i klasserna. I oktober har vi Rönnbäcksdagen med tema allas lika värde.")

    d.h("Det här vill vi ändra på")
    d.bullets([
        "Fler vuxna ute på rasterna, särskilt vid toaletterna på plan 2.",
        "Omklädningsrummen ska bli tryggare – under hösten vill vi att en vuxen finns där.",
        "Alla klasser ska prata om Snapchat och gruppchattar.",
        "Det ska bli lättare att säga till – vi vill ha en anonym brevlåda.",
    ])

    d.h("Om någon blir kränkt")
    d.p("Så här gör skolan när någon blir kränkt. Se flödesschemat.")
    fc = d.add_image(flowchart_png(), "flodesschema")
    d.p(d.pic(fc, 14.0, 8.1, name="Flödesschema"), align="center")
    d.p("Du kan alltid prata med din mentor, kuratorn eller någon i elevrådet.")

    d.h("De sju diskrimineringsgrunderna")
    d.p("Vi har gått igenom de sju diskrimineringsgrunderna på klassråden: kön, könsöverskridande "
        "identitet eller uttryck, etnisk tillhörighet, religion eller annan trosuppfattning, "
        "funktionsnedsättning, sexuell läggning och ålder.")

    d.h("Hur vet vi att det funkar?")
    d.p("Elevrådet går igenom åtgärderna i december och i april tillsammans med kuratorn. I maj 2027 "
        "gör vi enkäten igen, och varje klassråd har en workshop om vad som har blivit bättre. "
        "Personalen utvärderar på sin arbetsplatsträff i juni. Kurator Nadia Holm och elevrådets "
        "ordförande ansvarar för att utvärderingen blir gjord.")

    d.h("Till föräldrar")
    d.p("Vi berättar om planen på föräldramötet i september, och den finns på skolans hemsida.")
    d.p("Elevrådet och personalen på Rönnbäcksskolan")

    exp = expected(V="met", R="partial", S="met", P="met", Su="met", Pr="met", Pm="partial",
                   A="partial", D="met", M="missing", E="met", G="partial")
    why = reasons(
        R="Only 'Vi i elevrådet och all personal ansvarar tillsammans' – generic, no role responsible for the plan.",
        S="Student-led survey, safety walk, klassråd workshops, co-writing, ambassadors, presentation and short "
          "version.",
        P="Table of last year's three measures with what happened and effect (including 'no difference').",
        Pr="Kompisdagar (Sept/Feb, elevråd + idrottslärare), monthly ambassador meetings, Rönnbäcksdagen, linked "
           "to the grounds.",
        Pm="Four wishes without any owner; only one has a time ('under hösten').",
        A="The routine is only a flowchart image without alt text ('Se flödesschemat') plus whom to talk to; "
          "no steps in text.",
        M="National minorities are not mentioned.",
        G="Information only (föräldramöte presentation, website).",
    )
    m = meta("2026/27", "sv", ["grundskola"],
             "Plan written in the first person plural by the elevråd with staff: strong student part, "
             "wish-list measures without owners and the acute routine only as a text-free flowchart image.",
             exp, why, images_without_alt=1)
    return d, m


# ------------------------------------------------------------------ k1_15
def plan15():
    d = Doc("Plan mot kränkande behandling och diskriminering – Sjöängsskolan 2025/26",
            author="Ulla Berglund")
    logo = d.add_image(logo_png((0, 112, 192)), "logo")
    d.set_hf("header", "first", [d.P(d.pic(logo, 1.2, 1.2, name="Logotyp", descr="Sjöängsskolans logotyp"),
                                     "\tSjöängsskolan\tPlan mot kränkande behandling och diskriminering",
                                     style="Header")])
    d.set_hf("footer", "first", [d.P("Sjöängsskolan · Skolenhetskod 63418275 · Dnr BUF 2025/0912 · "
                                     "Elev 130918-3026", style="Footer")])
    d.set_hf("header", "default", [d.P("Sjöängsskolan\t\tPlan mot kränkande behandling och diskriminering",
                                       style="Header")])
    d.set_hf("footer", "default", [d.P("Reviderad 2025-09-12\t\t", *d.page_field(), style="Footer")])

    d.p("Plan mot kränkande behandling och diskriminering", style="Title")
    d.p("Sjöängsskolan F–9 och fritidshem, Lillåns kommun", style="Subtitle")

    d.h("Grunduppgifter")
    d.p("Planen gäller 2025-09-15 – 2026-09-14. Den är upprättad 2025-09-12 av rektor Ulla Berglund "
        "tillsammans med trygghetsteamet.")

    d.h("Ansvar")
    d.p("Rektor Ulla Berglund ansvarar för att planen tas fram, genomförs och utvärderas och för att "
        "anmälningar utreds och anmäls till huvudmannen. Trygghetsteamet – biträdande rektor Anton "
        "Nilsson, kurator Jasmin Öberg, specialpedagog och en lärare per stadium – samordnar och utreder. "
        "All personal ansvarar för att ingripa och anmäla. Huvudmannen är barn- och "
        "utbildningsnämnden i Lillåns kommun.")

    d.h("Elevernas delaktighet")
    d.p("Elevrådet och klassråden har diskuterat förslag till åtgärder i augusti 2025. Elevrådet gick "
        "trygghetsvandring i maj och har granskat utkastet. Fritidsrådet har tagit fram regler för "
        "fritids. Elevrådet deltar i uppföljningen av åtgärderna i januari.")

    d.h("Utvärdering av förra årets plan")
    d.p(d.r("Rastaktiviteter F–3: ", b=True),
        "genomförda hela året; anmälningar från lågstadiets raster minskade från 16 till 9.")
    d.p(d.r("Mobilförvaring åk 7–9: ", b=True),
        "infördes i oktober 2024; kränkningar via mobil på skoltid minskade från 13 till 5.")
    d.p(d.r("Lektioner om sexuella trakasserier åk 8: ", b=True),
        "genomförda i alla klasser; fler elever vet vart de ska vända sig (från 58 % till 83 %).")

    d.h("Kartläggning")
    d.p("Vi har använt trygghetsenkät (april 2025), trygghetsvandring med elevrådet och "
        "elevhälsosamtal. Resultaten har sammanställts och analyserats av trygghetsteamet och ligger "
        "till grund för åtgärderna.")

    d.h("Främjande arbete")
    d.p("Målet är att alla elever ska känna att de har lika värde. Alla klasser har "
        "värdegrundslektioner varannan vecka som mentorerna leder, med teman som olika familjer, "
        "religioner och funktionsnedsättningar. Fritids har dagliga lekar där alla är med, och "
        "högstadiet arbetar med MVP. Varje höst har vi en temavecka om mänskliga rättigheter (v. 43) "
        "som trygghetsteamet planerar.")

    d.h("Förebyggande åtgärder")
    d.table([
        ["Åtgärd", "Mål", "Ansvarig", "När"],
        ["Vuxen närvaro i omklädningsrummen", "Färre otrygga i omklädningsrummen", "Idrottslärarna", "Från v. 38"],
        ["Rastvakt vid cykelstället", "Inga bråk vid cykelstället", "Biträdande rektor (schema)", "Från 2025-09-15"],
        ["Lektioner om nätet åk 5–6", "Färre kränkningar i chattar", "IT-pedagog och mentorer", "November 2025"],
        ["Trygghetsråd med elever varje månad", "Tidig upptäckt av risker", "Kurator Jasmin Öberg", "Från oktober 2025"],
    ], widths=[2800, 2600, 2000, 1600])

    d.h("Rutiner för akuta situationer")
    n = d.new_list("decimal")
    for t in [
        "Den som ser eller får veta att en elev upplever sig kränkt eller trakasserad ingriper direkt.",
        "Anmälan till rektor samma dag i kommunens system.",
        "Rektor anmäler till huvudmannen inom en arbetsdag.",
        "Trygghetsteamet utreder skyndsamt; vårdnadshavare informeras.",
        "Rektor beslutar om åtgärder.",
        "Allt dokumenteras i kommunens system.",
        "Uppföljning efter två veckor.",
        "Om personal kränker en elev utreder rektor med stöd av HR.",
    ]:
        d.p(t, style="ListParagraph", num=(n, 0))
    box = [
        d.P(d.r("Fallexempel: så fungerar rutinen", b=True)),
        d.P("En elev i åk 5 berättar för fritidspersonalen att två klasskamrater skriver elaka saker om "
            "hen i en chatt. Fritidspedagogen pratar med eleven direkt och anmäler samma eftermiddag till "
            "rektor. Rektor anmäler till huvudmannen dagen efter. Kuratorn pratar med de inblandade "
            "eleverna och kontaktar vårdnadshavarna (tel. 0380-51 72 14). Efter två veckor följer "
            "kuratorn upp, och ärendet kan avslutas."),
        d.P("Eleven (samordningsnummer 100672-3819) hade nyligen börjat på skolan."),
    ]
    d.p(d.textbox(box, 15.0, 5.5))

    d.h("Diskrimineringsgrunderna")
    d.p("Diskrimineringsgrunderna är kön, könsöverskridande identitet eller uttryck, etnisk "
        "tillhörighet, religion eller annan trosuppfattning, funktionsnedsättning, sexuell läggning och "
        "ålder.")

    d.h("Nationella minoriteter")
    d.p("Vi uppmärksammar de nationella minoriteternas rättigheter i undervisningen.")

    d.h("Utvärdering av årets plan")
    d.p("Trygghetsteamet utvärderar planen med hjälp av enkätresultat och incidentstatistik.")

    d.h("Vårdnadshavarnas delaktighet")
    d.p("Skolrådet, med vårdnadshavare från alla stadier, gick igenom utkastet i september 2025. "
        "Vårdnadshavarna svarar på en föräldraenkät i april och kan lämna synpunkter på planen till "
        "rektor. Planen finns på hemsidan och i Vklass.")

    exp = expected(V="met", R="met", S="met", P="met", Su="partial", Pr="met", Pm="met", A="met",
                   D="met", M="partial", E="partial", G="met")
    why = reasons(
        V="Body states 2025-09-15 – 2026-09-14; the 'Reviderad' date in the footer is not the validity.",
        Su="Methods named, then only 'Resultaten har sammanställts och analyserats'; no results.",
        A="Steps in text (incl. huvudman and documentation) plus a case example in a text box.",
        M="One sentence in passing ('uppmärksammar … i undervisningen'); minorities not named, nothing concrete.",
        E="Who (trygghetsteamet) and how (survey results, statistics) only; no when, no students' part.",
    )
    m = meta("2025/26", "sv", ["förskoleklass", "grundskola", "fritidshem"],
             "Plan with distinct first-page and default headers/footers (school name, page numbers, a "
             "student's identity number in the first-page footer) and a text box holding a case example.",
             exp, why, ids={"130918-3026": "footer", "100672-3819": "text_box"},
             decoys=["63418275", "BUF 2025/0912", "0380-51 72 14"], images_ok=1)
    return d, m


# ------------------------------------------------------------------ k1_16
def plan16():
    d = Doc("Plan mot kränkande behandling och diskriminering – Strandängens skola", author="Oskar Lindh")
    d.p("Plan mot kränkande behandling och diskriminering", style="Title")
    d.p("Strandängens skola F–6 med fritidshem, Havsby kommun", style="Subtitle")
    d.table([
        ["Skola", "Strandängens skola"],
        ["Verksamhetsformer", "Förskoleklass, grundskola åk 1–6, fritidshem"],
        ["Ansvarig", "Rektor Oskar Lindh"],
        ["Reviderad", "2025-09-15"],
        ["Nästa revidering", "september 2026"],
    ], header=False, widths=[3000, 6000])

    d.h("Ansvarsfördelning")
    d.p("Rektor Oskar Lindh ansvarar för planen, för att personalen känner till den och för att "
        "anmälningar utreds och anmäls till huvudmannen. Trygghetsteamet (kurator Maja Ek, "
        "specialpedagog Nils Aho, en lärare från F–3, en från 4–6 och en fritidspedagog) samordnar "
        "arbetet och utreder ärenden. All personal ansvarar för att ingripa och anmäla. Huvudmannen är "
        "utbildningsnämnden i Havsby kommun.")

    d.h("Elevernas delaktighet")
    d.p("Planen har presenterats för eleverna i alla klasser och finns i en elevversion på skolans "
        "väggar.")

    d.h("Utvärdering av förra årets plan")
    d.table([
        ["Åtgärd", "Genomförande", "Effekt"],
        ["Rastvärdar vid sandlådan och klätterborgen", "Schema hela året",
         "Anmälningar från sandlådan minskade från 9 till 2"],
        ["Lektioner om kompisskap i åk 3", "Genomförda ht 2024",
         "Andelen i åk 3 som har någon att vara med ökade från 80 % till 91 %"],
        ["Lugnare hämtning på fritids", "Ny hämtningsrutin från januari 2025",
         "Färre konflikter vid hämtningen enligt fritidspersonalens loggbok (från 3 till 1 per vecka)"],
    ], widths=[3000, 2600, 3400])

    d.h("Kartläggning och analys")
    d.p("Trivselenkäten besvarades i april 2025 av 188 av 204 elever i åk 1–6, och i förskoleklass "
        "gjorde vi trygghetssamtal i smågrupper. 91 % av eleverna känner sig trygga i skolan och 88 % på "
        "fritids. Otrygga platser är toaletterna vid gymnastiksalen och cykelstället. Under förra "
        "läsåret kom 19 anmälningar om kränkande behandling, varav tre om kommentarer om hudfärg. Vi "
        "bedömer att toaletterna och cykelstället är otrygga eftersom de ligger utom synhåll, och att "
        "kommentarerna om hudfärg kräver insatser.")

    d.h("Främjande arbete")
    d.p("Målet är att alla barn ska känna att de har lika värde. Varje fredag har klasserna "
        "värdegrundssamling som klasslärarna leder. I biblioteket finns böcker om olika familjer, "
        "religioner, funktionsnedsättningar och hudfärger, som bibliotekarien visar för klasserna varje "
        "termin. Fritids har lekar där alla får vara med varje dag.")

    d.h("Förebyggande åtgärder")
    d.table([
        ["Åtgärd", "Mål", "Ansvarig", "När"],
        ["Rastvakt passerar toaletterna vid gymnastiksalen", "Färre otrygga där", "Rastvakterna (schema: bitr. rektor)", "Från ht 2025"],
        ["Vuxen vid cykelstället morgon och eftermiddag", "Inga bråk vid cykelstället", "Fritidspersonalen", "Från ht 2025"],
        ["Lektioner om rasism i åk 4–6", "Inga kommentarer om hudfärg", "Kurator Maja Ek", "vt 2026"],
    ], widths=[3000, 2200, 2300, 1500])

    d.h("Rutiner för akuta situationer")
    n = d.new_list("decimal")
    for t in [
        "Den vuxne som ser eller får veta att ett barn upplever sig kränkt eller trakasserat ingriper direkt.",
        "Anmälan till rektor samma dag i kommunens system.",
        "Rektor anmäler till huvudmannen inom två arbetsdagar.",
        "Trygghetsteamet utreder skyndsamt; vårdnadshavare kontaktas.",
        "Rektor beslutar om åtgärder.",
        "Allt dokumenteras i kommunens system.",
        "Uppföljning efter två veckor.",
        "Om en vuxen kränker ett barn utreder rektor med stöd av HR.",
    ]:
        d.p(t, style="ListParagraph", num=(n, 0))
    d.p("Kontakt: kurator Maja Ek, tel. 0418-45 06 21; rektor Oskar Lindh, tel. 0418-45 06 00.")

    d.h("Diskrimineringsgrunderna")
    d.p("Diskrimineringsgrunderna är kön, könsöverskridande identitet eller uttryck, etnisk "
        "tillhörighet, religion eller annan trosuppfattning, funktionsnedsättning, sexuell läggning och "
        "ålder.")

    d.h("Modersmål och språk")
    d.p("Elever med ett annat modersmål än svenska erbjuds modersmålsundervisning. Vi uppmuntrar "
        "eleverna att använda alla sina språk.")

    d.h("Revidering av planen")
    d.p("Planen revideras av rektor i september 2026.")

    d.h("Vårdnadshavarnas delaktighet")
    d.p("Föräldrarådet har läst utkastet och lämnat synpunkter i september 2025. Vårdnadshavarna "
        "svarar på en vårdnadshavarenkät i april och kan alltid lämna synpunkter på planen till rektor. "
        "Planen finns på hemsidan och i Unikum.")

    exp = expected(V="partial", R="met", S="partial", P="met", Su="met", Pr="met", Pm="met", A="met",
                   D="met", M="partial", E="partial", G="met")
    why = reasons(
        V="Only 'Reviderad 2025-09-15' and 'Nästa revidering: september 2026'; no stated validity start/end or "
          "school year – the brief lists 'only a revision date' as partial.",
        S="Only information (presented in classes, student version on the walls).",
        Pm="Three measures, each with goal, owner and time (ht 2025 / vt 2026 are measure times, not validity).",
        M="Only mother-tongue tuition in general; national minorities not mentioned.",
        E="When (september 2026) and who (rektor) only; no method and no students' part.",
        G="Föräldrarådet commented on the draft, vårdnadshavarenkät, invitation to comment, website/Unikum.",
    )
    m = meta("2025/26", "sv", ["förskoleklass", "grundskola", "fritidshem"],
             "Compact plan whose front-page facts table gives only 'Reviderad 2025-09-15' and 'Nästa "
             "revidering: september 2026' instead of a validity period.",
             exp, why, decoys=["0418-45 06 21", "0418-45 06 00", "2025-09-15"])
    return d, m


PLANS = [plan13, plan14, plan15, plan16]
