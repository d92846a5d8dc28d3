"""Plans 01-04: municipal templates with the template guidance left in."""

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

from wordkit import Plan


def _front_table(pl, rows):
    t = pl.table(rows, header=False, widths=[5.5, 10.5])
    for row in t.rows:
        for par in row.cells[0].paragraphs:
            for r in par.runs:
                r.bold = True
    return t


# ---------------------------------------------------------------------------------- 01
def plan01(out):
    fn = "g2_01_solbackeskolan-mall.docx"
    pl = Plan("Plan mot diskriminering och kränkande behandling – Solbackeskolan", author="Maria Öberg")
    sec = pl.doc.sections[0]
    pl.header_text(
        sec.header,
        "Lerviks kommun · Utbildningsförvaltningen · Mall plan mot diskriminering och "
        "kränkande behandling (version 2025) · Plan 250818-260816",
    )
    pl.page_field(sec.footer.paragraphs[0])

    pl.p("Lerviks kommun", bold=True, size=14)
    pl.title("Plan mot diskriminering och kränkande behandling")
    pl.p("Solbackeskolan F–6 och fritidshem", size=14)
    pl.guide(
        "Mallen ska användas av samtliga skolenheter i Lerviks kommun. Instruktionerna i grå kursiv stil "
        "tas bort när planen är klar. Planen lämnas till förvaltningen senast den 15 september."
    )

    pl.h("1. Grunduppgifter", 1)
    pl.guide(
        "Ange skolenhetens namn, skolenhetskod och vilka verksamhetsformer planen omfattar. Ange vem som "
        "ansvarar för planen och vilka som ingår i skolans trygghetsteam."
    )
    _front_table(
        pl,
        [
            ["Huvudman", "Barn- och utbildningsnämnden, Lerviks kommun (org.nr 212000-1355)"],
            ["Skolenhet", "Solbackeskolan"],
            ["Skolenhetskod", "48213657"],
            ["Verksamhetsformer", "Förskoleklass, grundskola åk 1–6, fritidshem"],
            ["Ansvarig för planen", "Rektor Maria Öberg"],
            ["Planen gäller från", "2025-08-18"],
            ["Planen gäller till", "2026-08-16"],
            ["Diarienummer", "BUN 2025/0412"],
        ],
    )
    pl.p(
        "Rektor Maria Öberg ansvarar för att planen upprättas, följs upp och revideras varje år och för att "
        "all personal känner till den. Rektor ansvarar också för att anmälningar om kränkande behandling "
        "utreds. Skolans trygghetsteam leds av kurator Jonas Strand och består av specialpedagog Lena Vik, "
        "fritidspedagog Ahmed Sayed och lärarna Karin Holm (F–3) och Erik Lund (4–6). Trygghetsteamet "
        "samordnar kartläggningen och skriver förslaget till plan. Alla som arbetar på skolan ansvarar för "
        "att ingripa när en elev kränks och för att anmäla det till rektor."
    )

    pl.h("2. Vår vision", 1)
    pl.guide("Skriv skolans vision för arbetet med likabehandling. Visionen ska vara kort.")
    pl.p(
        "På Solbackeskolan ska alla elever känna sig trygga och bli respekterade för den de är – i "
        "klassrummet, på rasten och på fritids."
    )

    pl.h("3. Elevernas delaktighet", 1)
    pl.guide(
        "Beskriv hur eleverna har varit delaktiga i att upprätta, följa upp och se över planen "
        "(förordning 2006:1083 2 §). Exempel: klassråd, elevråd, trygghetsvandring, enkät."
    )
    pl.p(
        "Alla elever i åk 2–6 har besvarat skolans trivselenkät i mars 2025. Eleverna i förskoleklass och "
        "åk 1 har svarat på några frågor tillsammans med sin lärare. När planen är klar presenterar "
        "mentorerna den för eleverna i alla klasser under september, och en kortare version för elever "
        "sitter uppsatt i varje klassrum."
    )

    pl.h("4. Vårdnadshavarnas delaktighet", 1)
    pl.guide(
        "Beskriv hur vårdnadshavarna har fått möjlighet att vara delaktiga i arbetet med planen. "
        "Exempel: föräldramöte, skolråd, vårdnadshavarenkät, synpunkter via lärplattformen."
    )
    pl.guide("[Skriv här]")

    pl.h("5. Personalens delaktighet", 1)
    pl.guide("Beskriv hur personalen har varit delaktig.")
    pl.p(
        "Resultatet av kartläggningen och förslaget till plan har diskuterats i arbetslagen F–3, 4–6 och "
        "fritids under planeringsdagarna i augusti 2025. Synpunkterna har arbetats in av trygghetsteamet."
    )

    pl.h("6. Förankring av planen", 1)
    pl.guide("Beskriv hur planen görs känd för elever, personal och vårdnadshavare.")
    pl.p(
        "Planen gås igenom med all personal på arbetsplatsträffen i september. Nyanställda och vikarier får "
        "planen av sin närmaste kollega och skriver på att de läst den."
    )

    pl.h("7. Utvärdering av fjolårets plan", 1)
    pl.guide(
        "Redogör för hur de åtgärder som planerades i fjolårets plan har genomförts och vilken effekt de "
        "har haft (6 kap. 8 § skollagen). Ange vilka som deltagit i utvärderingen."
    )
    pl.p(
        "Utvärderingen har gjorts av trygghetsteamet i juni 2025 med stöd av trivselenkäten och "
        "anmälningarna under läsåret 2024/25. Fritidspersonalen har lämnat synpunkter på rastaktiviteterna."
    )
    pl.table(
        [
            ["Åtgärd i planen 2024/25", "Hur den genomfördes", "Resultat/effekt"],
            [
                "Schemalagda rastaktiviteter vid fotbollsplanen tre dagar i veckan",
                "Fritidspersonalen ledde aktiviteter måndag, onsdag och fredag från oktober.",
                "Andelen elever i åk 4–6 som känner sig trygga på fotbollsplanen ökade från 71 % till 80 %. "
                "Färre konflikter anmäldes från fotbollsplanen (12 jämfört med 21).",
            ],
            [
                "Vuxen i kapprummen F–3 vid rastens början och slut",
                "Genomfördes i F–2 hela året, i åk 3 bara höstterminen på grund av personalbrist.",
                "I F–2 minskade bråken i kapprummen enligt lärarnas observationer. I åk 3 ingen tydlig förändring.",
            ],
            [
                "Värdegrundslektioner om språkbruk i åk 5–6",
                "Sex lektioner under vårterminen, ledda av kurator och mentorerna.",
                "Fler elever säger att de vet vad som är okej att skriva i chatten (från 58 % till 76 %). "
                "Fult språk nämns ändå fortfarande som ett problem i enkäten.",
            ],
        ],
        widths=[5, 5.5, 5.5],
    )

    pl.h("8. Kartläggning och analys", 1)
    pl.guide(
        "Ange vilka kartläggningsmetoder som använts, vad kartläggningen visade och vilka slutsatser "
        "ni drar. Exempel: trygghetsvandring, enkät, samtal i klassråd, incidentrapporter."
    )
    pl.p(
        "Vi har använt trivselenkäten (mars 2025, svarsfrekvens 212 av 236 elever i åk 2–6), "
        "personalens trygghetsvandring i april, fritidspersonalens observationer och de anmälningar om "
        "kränkande behandling som kom in under läsåret 2024/25 (31 stycken)."
    )
    pl.p(
        "89 % av eleverna svarar att de känner sig trygga i skolan som helhet, men siffran är lägre på "
        "fotbollsplanen (80 %), i kapprummen i F–3-huset (74 %) och på toaletterna vid matsalen (68 %). "
        "Flickor i åk 5–6 svarar i högre grad än pojkar att de har fått kommentarer om sitt utseende. "
        "Elva elever har svarat att de blivit retade för sitt ursprung eller sitt språk."
    )
    pl.p("Anmälningarna fördelar sig så här:")
    pl.table(
        [
            ["Plats", "Antal anmälningar", "Kommentar"],
            ["Fotbollsplanen", "12", "Mest fysiska konflikter under lunchrasten"],
            ["Kapprum F–3", "7", "Knuffar, kläder som göms"],
            ["Toaletterna vid matsalen", "5", "Elever låser in varandra, mobiler"],
            [
                "Chatt och sociala medier",
                "4",
                "Anmält av vårdnadshavare; 201504122381 se ärendet från 3 mars",
            ],
            ["Fritids", "3", "Uteslutning ur lek"],
        ],
        widths=[5, 3.5, 7.5],
    )
    pl.p(
        "Vår analys är att otryggheten finns där vuxna inte syns: toaletterna vid matsalen ligger i en "
        "korridor som ingen vuxen passerar under lunchen, och kapprummen är trånga när alla går ut "
        "samtidigt. Kommentarerna om utseende hänger enligt mentorerna i åk 5–6 ihop med vad som händer i chattarna "
        "på kvällarna."
    )

    pl.h("9. Främjande arbete", 1)
    pl.guide(
        "Beskriv det främjande arbete som riktar sig till alla elever och som syftar till att stärka "
        "respekten för allas lika värde. Arbetet ska omfatta samtliga diskrimineringsgrunder."
    )
    pl.p("Det främjande arbetet pågår hela året och riktar sig till alla elever:")
    pl.bullets(
        [
            "Gemensamma värdegrundslektioner varje måndag i alla klasser, utifrån skolans material "
            "”Solbacken tillsammans”. Ansvar: mentorerna.",
            "Fadderverksamhet där åk 5 är faddrar för förskoleklassen från skolstarten. Ansvar: lärarna i F och 5.",
            "Blandade grupper på fritids vid tre temaveckor per år, så att flickor och pojkar och elever från "
            "olika klasser leker tillsammans. Ansvar: fritidspersonalen.",
            "Skolbiblioteket köper in och lyfter fram böcker med olika slags familjer, religioner, "
            "funktionsnedsättningar och ursprung. Ansvar: skolbibliotekarien.",
            "Vid utflykter och idrottsdagar planeras aktiviteter så att elever med funktionsnedsättning kan "
            "delta fullt ut. Ansvar: idrottslärarna och specialpedagogen.",
        ]
    )

    pl.h("10. Förebyggande åtgärder", 1)
    pl.guide(
        "Utgå från kartläggningen. Ange för varje åtgärd vilket område den gäller, vilket mål ni har, "
        "vem som ansvarar och när åtgärden ska vara genomförd. Lägg till rader vid behov."
    )
    pl.table(
        [
            ["Område", "Mål", "Åtgärd", "Ansvarig", "Klart senast", "Uppföljning"],
            [
                ("Exempel: Rasterna", {"i": True}),
                ("Exempel: Alla elever ska känna sig trygga på rasterna", {"i": True}),
                ("[Skriv här]", {"i": True}),
                ("[Namn/funktion]", {"i": True}),
                ("ÅÅÅÅ-MM-DD", {"i": True}),
                ("[Hur och när följs åtgärden upp?]", {"i": True}),
            ],
            [
                ("[Område]", {"i": True}),
                ("[Mål]", {"i": True}),
                ("[Åtgärd]", {"i": True}),
                ("[Namn/funktion]", {"i": True}),
                ("ÅÅÅÅ-MM-DD", {"i": True}),
                ("", {}),
            ],
        ],
        widths=[2.5, 3.5, 3, 2.5, 2.2, 2.5],
    )

    pl.h("11. Rutiner för akuta situationer", 1)
    pl.guide(
        "Beskriv skolans rutiner när en elev kränks av en annan elev och när en elev kränks av "
        "personal. Rutinen ska följa 6 kap. 10 § skollagen och kommunens riktlinje."
    )
    pl.p("Så här gör vi när en elev upplever sig kränkt av en annan elev:", bold=True)
    pl.numbered(
        [
            "Den vuxna som ser eller får veta något ingriper direkt och säger ifrån.",
            "Den vuxna informerar mentor och rektor samma dag.",
            "Rektor beslutar om utredning. Mentor eller trygghetsteamet samtalar med de inblandade eleverna, "
            "var för sig, och kontaktar vårdnadshavarna samma dag.",
            "Åtgärder sätts in för att kränkningarna ska upphöra, till exempel samtal, ändrad gruppindelning "
            "eller extra tillsyn.",
            "Allt dokumenteras på blanketten ”Anmälan och utredning av kränkande behandling” som lämnas till "
            "rektor.",
            "Uppföljningssamtal med eleverna efter två veckor. Ärendet avslutas när kränkningarna har upphört.",
        ]
    )
    pl.p(
        "Om det är en vuxen på skolan som kränker en elev utreds det av rektor. Om det gäller rektor "
        "utreds det av skolchefen."
    )
    pl.p("Personal som elever och vårdnadshavare kan vända sig till:", bold=True)
    pl.table(
        [
            ["Namn", "Funktion", "Telefon", "E-post"],
            ["Maria Öberg", "Rektor", "0523-61 24 10", "maria.oberg@lervik.se"],
            ["Jonas Strand", "Kurator", "070-318 44 92", "jonas.strand@lervik.se"],
            ["Anneli Berg", "Skolsköterska", "0523-61 24 25", "anneli.berg@lervik.se"],
        ],
        widths=[4, 3.5, 3.5, 5],
    )

    pl.h("12. Diskrimineringsgrunderna", 1)
    pl.guide("Ange de sju diskrimineringsgrunderna och hur skolan arbetar med dem.")
    pl.p(
        "Diskrimineringslagen (2008:567) skyddar mot diskriminering som har samband med kön, "
        "könsidentitet eller könsuttryck, etnisk tillhörighet, religion eller annan trosuppfattning, "
        "funktionsnedsättning, sexuell läggning och ålder. I trivselenkäten finns frågor om alla grunderna, "
        "och i det främjande arbetet tar vi upp dem i värdegrundslektionerna under läsåret."
    )

    pl.h("13. Nationella minoriteters rättigheter", 1)
    pl.guide(
        "Beskriv hur skolan arbetar med de nationella minoriteternas rättigheter (lag 2009:724). "
        "Exempel: information om rätten till modersmålsundervisning, uppmärksamma samernas "
        "nationaldag den 6 februari. [Skriv här]"
    )

    pl.h("14. Uppföljning och utvärdering av årets plan", 1)
    pl.guide("Ange när och hur årets plan ska utvärderas, vem som ansvarar och hur eleverna deltar.")
    pl.p(
        "Trygghetsteamet följer upp planen på sina möten varannan vecka. Planen utvärderas i maj 2026 av "
        "trygghetsteamet och rektor, med stöd av trivselenkäten i mars 2026 och läsårets anmälningar. "
        "Utvärderingen skrivs in i nästa års plan."
    )
    pl.save(out / fn)
    return fn


# ---------------------------------------------------------------------------------- 02
def plan02(out):
    fn = "g2_02_norrbyskolan-vagledningsrutor.docx"
    pl = Plan("Plan mot diskriminering och kränkande behandling", author="Trygghetsgruppen Norrbyskolan")
    sec = pl.doc.sections[0]
    pl.header_text(
        sec.header, "ÅLUNDA KOMMUN – Barn- och utbildningsförvaltningen", align=WD_ALIGN_PARAGRAPH.RIGHT
    )
    pl.header_text(
        sec.footer,
        "Mall framtagen av Barn- och utbildningsförvaltningen. Vägledningsrutorna tas bort före publicering.",
    )

    pl.title("Plan mot diskriminering och kränkande behandling")
    pl.p("Norrbyskolan, årskurs 7–9", size=14, bold=True)
    pl.guide_box(
        [
            "Vägledning: Fyll i grunduppgifterna i tabellen. Planen ska gälla ett år och upprättas varje "
            "år (6 kap. 8 § skollagen). Ange läsår och datum för när planen gäller."
        ]
    )
    _front_table(
        pl,
        [
            ["Skolenhet", "Norrbyskolan"],
            ["Skolenhetskod", "72901184"],
            ["Verksamhetsform", "Grundskola åk 7–9"],
            ["Läsår", "20XX/20XX"],
            ["Planen gäller från", "ÅÅÅÅ-MM-DD"],
            ["Planen gäller till", "ÅÅÅÅ-MM-DD"],
            ["Telefon expedition", "0480-45 73 00"],
        ],
    )

    pl.h("Ansvariga för planen", 1)
    pl.guide_box(
        "Vägledning: Ange vem som är ytterst ansvarig för planen och vilka som ingår i arbetsgruppen. "
        "Beskriv rektors, personalens och huvudmannens ansvar."
    )
    pl.p("Skolans trygghetsgrupp ansvarar för planen och för arbetet mot kränkande behandling.")

    pl.h("Elevernas delaktighet", 1)
    pl.guide_box(
        "Vägledning: Beskriv hur eleverna har deltagit när planen upprättats, följts upp och setts "
        "över. Delaktigheten ska anpassas efter elevernas ålder och mognad (förordning 2006:1083)."
    )
    pl.p(
        "Eleverna har varit med i hela arbetet. Två elever från varje årskurs sitter med i trygghetsgruppen "
        "och deltar i mötena en gång i månaden. Elevrådet genomförde trygghetsvandringen tillsammans med "
        "elevskyddsombuden och markerade otrygga platser på en karta över skolan. Förslaget till plan "
        "diskuterades i alla klassråd, och klassråden lämnade skriftliga synpunkter som trygghetsgruppen gick "
        "igenom. Elevrådet har också varit med och följt upp förra årets åtgärder på sitt möte i maj."
    )

    pl.h("Vårdnadshavarnas delaktighet", 1)
    pl.guide_box("Vägledning: Beskriv hur vårdnadshavarna har getts möjlighet att delta och påverka.")
    pl.p(
        "Förslaget till plan presenterades för skolans föräldraråd, som fick komma med synpunkter innan "
        "planen fastställdes. Föräldrarådet ville att planen skulle säga tydligare vem man ringer till, "
        "vilket vi har lagt till. Vårdnadshavarna har också svarat på kommunens vårdnadshavarenkät, och "
        "planen presenteras på höstens föräldramöten där vårdnadshavarna kan ställa frågor. Den finns "
        "sedan på Vklass och skolans webbplats."
    )

    pl.h("Utvärdering av föregående års plan", 1)
    pl.guide_box(
        "Vägledning: Redogör för hur förra årets planerade åtgärder har genomförts och vilken "
        "effekt de har fått. Denna redogörelse krävs enligt 6 kap. 8 § skollagen."
    )
    pl.guide("[Skriv här]")

    pl.h("Kartläggning", 1)
    pl.guide_box(
        "Vägledning: Beskriv vilka metoder ni använt för att kartlägga risker för diskriminering, "
        "trakasserier och kränkande behandling, vad kartläggningen visade och er analys av orsakerna."
    )
    pl.p(
        "Kartläggningen har gjorts genom skolans trygghetsenkät i april (alla elever), trygghetsvandringen "
        "med elevrådet, samtal i klassråden och en genomgång av de anmälningar om kränkande behandling som "
        "gjorts under förra läsåret. Resultaten har sammanställts av trygghetsgruppen och diskuterats i "
        "arbetslagen och i elevrådet."
    )

    pl.h("Främjande arbete", 1)
    pl.guide_box(
        "Vägledning: Beskriv det främjande arbetet. Främjande arbete riktar sig till alla och ska "
        "omfatta samtliga diskrimineringsgrunder. Exempel: värdegrundsarbete, normkritiska "
        "samtal, temadagar."
    )
    pl.guide("[Skriv här]")

    pl.h("Förebyggande åtgärder", 1)
    pl.guide_box(
        "Vägledning: Utgå från kartläggningen. Ange mål, åtgärd, ansvarig och när åtgärden ska vara "
        "genomförd. Åtgärderna ska tidsplaneras (3 kap. 3 § diskrimineringslagen)."
    )
    pl.table(
        [
            ["Åtgärd", "Mål", "Ansvarig", "När"],
            ["Rastvärdar i korridoren vid idrottshallen", "Färre kränkningar i korridoren", "", ""],
            ["Samtal om språkbruk i alla klasser", "Ett vänligare språk", "Mentorer", "Vecka 38"],
            ["Fasta platser i matsalen", "Ingen ska behöva sitta ensam", "", ""],
            ["Se över omklädningsrummen", "Eleverna ska känna sig trygga vid idrotten", "", ""],
        ],
        widths=[5.5, 5, 3, 2.5],
    )

    pl.h("Rutiner för akuta situationer", 1)
    pl.guide_box(
        "Vägledning: Beskriv arbetsgången när personal får kännedom om att en elev upplever sig "
        "kränkt, både av andra elever och av personal. Ange vem eleverna kan vända sig till."
    )
    pl.p("När en elev har blivit kränkt av en annan elev:", bold=True)
    pl.numbered(
        [
            "Den personal som ser eller får veta om en kränkning ingriper direkt.",
            "Personalen anmäler till rektor samma dag via kommunens digitala anmälningsformulär.",
            "Rektor anmäler vidare till huvudmannen (barn- och utbildningsförvaltningen) samma dag eller "
            "senast nästa arbetsdag.",
            "Rektor utser vem som utreder. Utredningen påbörjas skyndsamt, normalt inom en vecka: samtal "
            "med den som blivit kränkt, med den eller de som kränkt och med vittnen. Vårdnadshavare informeras.",
            "Utifrån utredningen beslutar rektor om åtgärder för att kränkningarna ska upphöra.",
            "Utredning, åtgärder och uppföljning dokumenteras i anmälningssystemet.",
            "Ärendet följs upp efter två till fyra veckor med den som blivit kränkt. Ärendet avslutas först "
            "när kränkningarna har upphört.",
        ]
    )
    pl.p(
        "Om en elev blir kränkt av personal anmäls det till rektor, som utreder. Gäller det rektor utreds "
        "ärendet av förvaltningen. Samma rutin används vid trakasserier och sexuella trakasserier."
    )
    pl.p("Vem kan du vända dig till?", bold=True)
    pl.table(
        [
            ["Namn", "Roll", "Telefon"],
            ["Anna Lindqvist", "Rektor", "0480-45 73 01"],
            ["Samir Haddad", "Kurator", "0480-45 73 12"],
            ["Elin Forsberg", "Skolsköterska", "0480-45 73 14"],
            ["Trygghetsgruppen", "", "trygghet.norrby@alunda.se"],
        ],
        widths=[5, 5, 5],
    )

    pl.h("Diskrimineringsgrunderna", 1)
    pl.guide_box("Vägledning: Ange de sju diskrimineringsgrunderna och hur de har beaktats i kartläggningen.")
    pl.p(
        "De diskrimineringsgrunder som skolan arbetar med är kön, könsöverskridande identitet eller "
        "uttryck, etnisk tillhörighet, religion eller annan trosuppfattning, funktionshinder, sexuell "
        "läggning och ålder. Trygghetsenkäten har frågor om alla grunderna."
    )

    pl.h("Nationella minoriteter", 1)
    pl.guide_box(
        "Vägledning: Beskriv hur skolan arbetar med nationella minoriteters rättigheter, t.ex. "
        "modersmål, kulturell identitet och undervisning om minoriteterna."
    )
    pl.p(
        "Sverige har fem nationella minoriteter: judar, romer, samer, sverigefinnar och tornedalingar. "
        "Minoritetsspråken är jiddisch, romani chib, samiska, finska och meänkieli."
    )

    pl.h("Uppföljning och utvärdering av årets plan", 1)
    pl.guide_box(
        "Vägledning: Ange när, hur och av vem årets plan ska följas upp och utvärderas, och hur "
        "eleverna ska delta."
    )
    pl.p(
        "Trygghetsgruppen gör en uppföljning av åtgärderna i december. Planen utvärderas i maj: "
        "trygghetsgruppen (med elevrepresentanterna) går igenom varje åtgärd mot resultatet av "
        "trygghetsenkäten i april, och elevrådet och klassråden får svara på vad som har blivit bättre och "
        "vad som inte har fungerat. Utvärderingen ska vara klar före skolavslutningen "
        "och skrivs in i nästa plan."
    )
    pl.save(out / fn)
    return fn


# ---------------------------------------------------------------------------------- 03
def plan03(out):
    fn = "g2_03_vastra-skolan-innehallsforteckning.docx"
    pl = Plan("Plan mot diskriminering och kränkande behandling Västra skolan", author="Peter Halvarsson")
    sec = pl.doc.sections[0]
    pl.header_text(sec.header, "Härnebo kommun | Västra skolan")
    pl.page_field(sec.footer.paragraphs[0])

    pl.p("Härnebo kommun – Förvaltningen för utbildning", bold=True)
    pl.title("Plan mot diskriminering och kränkande behandling")
    pl.p("Västra skolan – grundskola åk 1–9 och anpassad grundskola", size=13)
    pl.p("Upprättad 2025-09-12", italic=True)
    pl.p("Skolenhetskod 30557214 · Rektor Peter Halvarsson · Telefon 0911-69 50 00")

    entries = [
        (1, "1. Grunduppgifter och ansvar", 2),
        (1, "2. Elevernas delaktighet", 2),
        (1, "3. Vårdnadshavarnas delaktighet", 3),
        (1, "4. Utvärdering av föregående års plan", 3),
        (1, "5. Kartläggning och analys", 3),
        (1, "6. Främjande arbete", 4),
        (1, "7. Förebyggande åtgärder", 4),
        (1, "8. Rutiner för akuta situationer", 5),
        (1, "9. Diskrimineringsgrunderna", 5),
        (1, "10. Nationella minoriteters rättigheter", 5),
        (1, "11. Uppföljning och utvärdering av årets plan", 6),
        (1, "12. Planens giltighetstid", 6),
    ]
    pl.toc_field(entries)
    pl.page_break()

    pl.h("1. Grunduppgifter och ansvar", 1)
    pl.guide("Ange vem som ansvarar för planen och vad rektor, personal och huvudman ansvarar för.")
    pl.p(
        "Rektor Peter Halvarsson ansvarar för att planen upprättas, följs upp och ses över varje år och för "
        "att anmälningar om kränkande behandling utreds och åtgärdas. Biträdande rektor Sara Ek leder "
        "skolans trygghetsteam, som samordnar kartläggningen och åtgärderna. All personal ansvarar för att "
        "ingripa vid kränkningar och anmäla till rektor. Huvudmannen, utbildningsnämnden i Härnebo kommun, "
        "ansvarar för att planen finns och för att anmälningar utreds."
    )

    pl.h("2. Elevernas delaktighet", 1)
    pl.guide(
        "Beskriv hur eleverna har varit delaktiga i att upprätta, följa upp och se över planen. "
        "Exempel: klassråd, elevråd, trygghetsvandring, enkät."
    )
    pl.guide("[Skriv här]")

    pl.h("3. Vårdnadshavarnas delaktighet", 1)
    pl.guide("Beskriv hur vårdnadshavarna har varit delaktiga. Exempel: föräldramöte, skolråd, enkät.")
    pl.guide("[Skriv här]")

    pl.h("4. Utvärdering av föregående års plan", 1)
    pl.guide("Redogör för hur förra årets planerade åtgärder har genomförts och vilken effekt de har haft.")
    pl.p("Någon utvärdering av föregående års plan har inte gjorts eftersom skolan bytte rektor under våren.")

    pl.h("5. Kartläggning och analys", 1)
    pl.guide("Ange vilka metoder som använts, vad kartläggningen visade och er analys.")
    pl.p(
        "Underlaget är kommunens elevenkät (mars 2025, 388 av 452 elever svarade), trygghetsvandringar i "
        "åk 4 och åk 8 i maj och de 46 anmälningar om kränkande behandling som registrerades under "
        "förra läsåret."
    )
    pl.p(
        "I åk 7–9 svarar 78 % att de känner sig trygga i skolan, jämfört med 91 % i åk 1–6. Flest "
        "anmälningar gäller högstadiets korridor vid skåpen (17) och omklädningsrummen vid idrotten (9). "
        "I anpassad grundskola är det övergångarna – skolskjutsen och väntan vid entrén – som eleverna och "
        "personalen pekar ut. Elever i åk 8 beskriver att nedsättande ord om sexuell läggning används i "
        "korridoren utan att vuxna reagerar. Vi tolkar det som att det saknas vuxna på de platser och tider "
        "där eleverna är många och rör sig mellan lektioner."
    )

    pl.h("6. Främjande arbete", 1)
    pl.guide(
        "Beskriv det främjande arbetet. Det ska riktas till alla elever och omfatta alla "
        "diskrimineringsgrunder."
    )
    pl.guide("[Skriv här]")

    pl.h("7. Förebyggande åtgärder", 1)
    pl.guide("Ange för varje åtgärd mål, ansvarig och när den ska vara genomförd.")
    pl.table(
        [
            ["Risk/område", "Mål", "Åtgärd", "Ansvarig", "Klart senast"],
            [
                "Korridoren vid skåpen åk 7–9",
                "Andelen trygga i åk 7–9 ska öka till minst 85 %",
                "Schemalagd vuxennärvaro i korridoren under alla raster och lektionsbyten",
                "Biträdande rektor Sara Ek",
                "Från v. 36, utvärderas december 2025",
            ],
            [
                "Omklädningsrummen",
                "Inga anmälningar från omklädningsrummen",
                "Idrottslärarna finns i omklädningsrummet före och efter lektionen; enskilt omklädningsrum kan bokas",
                "Idrottslärarna",
                "Oktober 2025",
            ],
            [
                "Språkbruk om sexuell läggning",
                "Eleverna ska veta att nedsättande ord är kränkningar och att vuxna reagerar",
                "Tre lektioner om språk och normer i åk 7–9, gemensam överenskommelse i personalgruppen",
                "Kurator och mentorer åk 7–9",
                "Vecka 45–47",
            ],
            [
                "Skolskjuts anpassad grundskola",
                "Trygga övergångar",
                "Personal möter vid entrén och följer till skjutsen; kontakt med skjutsbolaget",
                "Arbetslaget anpassad grundskola",
                "September 2025",
            ],
        ],
        widths=[3.2, 3.3, 4.5, 2.8, 2.6],
    )

    pl.h("8. Rutiner för akuta situationer", 1)
    pl.guide(
        "Beskriv skolans rutin när personal får veta att en elev upplever sig kränkt. Rutinen ska "
        "innehålla anmälan till rektor och huvudman, utredning, åtgärder, dokumentation och uppföljning."
    )
    pl.guide("[Skriv här]")

    pl.h("9. Diskrimineringsgrunderna", 1)
    pl.guide("Beskriv hur skolan arbetar med de sju diskrimineringsgrunderna.")
    pl.guide("[Skriv här]")

    pl.h("10. Nationella minoriteters rättigheter", 1)
    pl.guide(
        "Beskriv hur skolan arbetar för att främja de nationella minoriteternas rättigheter. Exempel: "
        "information om modersmål, teman, minoriteternas nationaldagar."
    )
    pl.guide("[Skriv här]")

    pl.h("11. Uppföljning och utvärdering av årets plan", 1)
    pl.guide("Ange när och hur planen ska utvärderas, vem som ansvarar och hur eleverna deltar.")
    pl.guide("[Skriv här]")

    pl.h("12. Planens giltighetstid", 1)
    pl.guide(
        "Ange från och med vilket datum till och med vilket datum planen gäller. Planen ska upprättas "
        "varje år. Planen gäller från: ÅÅÅÅ-MM-DD Planen gäller till: ÅÅÅÅ-MM-DD"
    )
    pl.save(out / fn)
    return fn


# ---------------------------------------------------------------------------------- 04
def plan04(out):
    fn = "g2_04_strandvallsgymnasiet-mall.docx"
    pl = Plan("Plan mot diskriminering och kränkande behandling – Strandvallsgymnasiet", author="Johanna Wik")
    sec = pl.doc.sections[0]
    pl.header_text(sec.header, "Västerfjärds kommun · Gymnasieförvaltningen")
    pl.page_field(sec.footer.paragraphs[0], prefix="Strandvallsgymnasiet – sida ")

    pl.title("Plan mot diskriminering och kränkande behandling")
    pl.p("Strandvallsgymnasiet", size=16, bold=True)
    pl.p("Läsåret 2025/26", size=14)
    pl.p(
        "Gymnasieskola: Barn- och fritidsprogrammet, Ekonomiprogrammet, El- och energiprogrammet, "
        "Naturvetenskapsprogrammet, Samhällsvetenskapsprogrammet samt språkintroduktion"
    )

    pl.h("Grunduppgifter", 1)
    pl.guide("Fyll i skolans namn, skolenhetskod och planens giltighetstid.")
    _front_table(
        pl,
        [
            ["Skola", "Strandvallsgymnasiet"],
            ["Skolenhetskod", "61470932"],
            ["Huvudman", "Gymnasienämnden, Västerfjärds kommun, organisationsnummer 212000-2544"],
            ["Planen gäller", "2024-08-19 – 2025-06-13"],
            ["Expedition", "0660-88 12 00, strandvallsgymnasiet@vasterfjard.se"],
        ],
    )

    pl.h("Ansvariga för planen", 1)
    pl.guide(
        "Ange vem som ansvarar för planen och vilka som ingår i arbetsgruppen. Beskriv rektors och "
        "personalens ansvar. [Skriv här]"
    )

    pl.h("Elevernas delaktighet", 1)
    pl.guide(
        "Beskriv hur eleverna har varit delaktiga i att upprätta, följa upp och se över planen. "
        "Exempel: elevkår, klassråd, programråd, trygghetsvandring."
    )
    pl.p(
        "Planen presenteras för elevkårens styrelse i september och för alla klasser under mentorstid i "
        "vecka 38–39. En kortversion finns på elevernas startsida i lärplattformen."
    )

    pl.h("Vårdnadshavarnas delaktighet", 1)
    pl.guide("Beskriv hur vårdnadshavarna har varit delaktiga.")
    pl.p("Planen finns på skolans webbplats.")

    pl.h("Utvärdering av förra årets plan", 1)
    pl.guide("Redogör för hur förra årets åtgärder har genomförts och vilken effekt de har fått.")
    p = pl.p("Genomgång av åtgärderna i förra årets plan gjord av elevhälsoteamet i juni.")
    pl.tracked_del(
        p,
        " Ärendet som gällde elev 080314-5564 i EL1b är avslutat och ingår inte i genomgången.",
        author="Johanna Wik",
    )
    pl.table(
        [
            ["Åtgärd", "Genomförd?"],
            ["Mentorssamtal om trygghet med alla elever i åk 1 under hösten", "Ja"],
            ["Vuxennärvaro i caféet vid lunch", "Delvis"],
            ["Temadag om sexuella trakasserier för åk 2", "Ja"],
            ["Ny rutin för omklädning på El- och energiprogrammet", "Nej"],
        ],
        widths=[11, 5],
    )

    pl.h("Kartläggning", 1)
    pl.guide(
        "Ange vilka kartläggningsmetoder som använts och vad kartläggningen visade. Exempel: "
        "trygghetsvandring, enkät, samtal i klassråd, resultatdialog."
    )
    pl.p("Någon kartläggning har inte genomförts i år.")

    pl.h("Främjande arbete", 1)
    pl.guide(
        "Beskriv det främjande arbetet, som ska rikta sig till alla elever och omfatta alla "
        "diskrimineringsgrunder."
    )
    pl.p(
        "På Strandvallsgymnasiet ska alla känna sig trygga och välkomna. Vi har nolltolerans mot "
        "kränkningar och alla vuxna ska vara goda förebilder. Vi arbetar för allas lika värde och för en "
        "skola fri från diskriminering."
    )

    pl.h("Förebyggande åtgärder", 1)
    pl.guide("Ange mål, åtgärd, ansvarig och tidpunkt för varje åtgärd.")
    pl.table(
        [
            ["Mål", "Åtgärd", "Ansvarig", "När"],
            [
                "Eleverna ska känna sig trygga i caféet och i ljusgården",
                "Schemalagd vuxennärvaro kl. 11.30–12.30 alla dagar",
                "Biträdande rektor Omar Nilsson",
                "Från 1 september, följs upp i december",
            ],
            [
                "Inga sexuella trakasserier i omklädningsrummen på El- och energiprogrammet",
                "Ny rutin för omklädning med lärare närvarande och separata omklädningstider",
                "Programansvarig lärare Tove Sjöberg",
                "Klart till vecka 40",
            ],
            [
                "Elever på språkintroduktion ska delta i skolans gemensamma aktiviteter",
                "Faddrar från elevkåren för varje klass på språkintroduktion",
                "Elevkårens ordförande och kurator Linnea Åkesson",
                "Oktober–november",
            ],
            [
                "Alla elever i åk 1 ska veta vart de kan vända sig",
                "Besök av kurator och skolsköterska i alla åk 1-klasser",
                "Elevhälsoteamet",
                "Vecka 36–38",
            ],
        ],
        widths=[4.5, 5, 3.5, 3],
    )

    pl.h("Rutiner för akuta situationer", 1)
    pl.guide("Beskriv rutinen när en elev upplever sig kränkt av en annan elev eller av personal.")
    pl.numbered(
        [
            "Personal som får kännedom om att en elev upplever sig kränkt ingriper och ser till att det upphör.",
            "Personalen anmäler samma dag till rektor via formuläret på intranätet.",
            "Rektor anmäler till huvudmannen (gymnasieförvaltningen) inom två arbetsdagar.",
            "Rektor utser utredare, oftast mentor tillsammans med kurator. Utredningen påbörjas skyndsamt och "
            "omfattar samtal med alla inblandade. Är eleven under 18 år kontaktas vårdnadshavare.",
            "Åtgärder beslutas utifrån utredningen.",
            "Utredningen, åtgärderna och uppföljningen dokumenteras i förvaltningens ärendesystem.",
            "Uppföljning efter två veckor och efter ytterligare fyra veckor.",
        ]
    )
    pl.p(
        "Upplever en elev sig kränkt av personal utreds ärendet av rektor; gäller det rektor utreds det av "
        "gymnasiechefen. Rutinen gäller också trakasserier och sexuella trakasserier."
    )

    pl.h("Diskrimineringsgrunderna", 1)
    pl.guide("Ange de sju diskrimineringsgrunderna.")
    pl.p(
        "Diskrimineringsgrunderna är kön, könsöverskridande identitet eller uttryck, etnisk tillhörighet, "
        "religion eller annan trosuppfattning, funktionsnedsättning, sexuell läggning och ålder."
    )

    pl.h("Nationella minoriteter", 1)
    pl.guide("Beskriv hur skolan arbetar med nationella minoriteters rättigheter.")
    pl.p("Elever som har rätt till modersmålsundervisning erbjuds detta genom kommunens modersmålsenhet.")

    pl.h("Utvärdering av årets plan", 1)
    pl.guide(
        "Ange när och hur årets plan ska utvärderas, vem som ansvarar och hur eleverna deltar. [Skriv här]"
    )
    pl.save(out / fn)
    return fn
