"""Plans g1_11 … g1_13: real Word structure (content controls, tracked changes, footnotes, fields)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from docx.enum.text import WD_ALIGN_PARAGRAPH  # noqa: E402
from docx.oxml.ns import qn  # noqa: E402

import wordkit as wk  # noqa: E402
from wordkit import p, h, bullets, table  # noqa: E402

C = WD_ALIGN_PARAGRAPH.CENTER


def guide(d, text):
    """District template instruction paragraph (grey italic)."""
    return p(d, text, italic=True, color="7F7F7F", size=9)


# ==============================================================================================
# g1_11 — Kvarnbyskolan F–3 (district template with content controls; footnotes; PAGE field)
# ==============================================================================================

def plan11(out):
    d = wk.new_doc("Plan mot diskriminering och kränkande behandling – Kvarnbyskolan", author="Sofia Berg")
    wk.header_text(d, "Ekeby kommun · Utbildningsförvaltningen · Mall version 2025-05")
    wk.footer_text(d, "Kvarnbyskolan – Plan mot diskriminering och kränkande behandling", page_field=True)
    p(d, "Plan mot diskriminering och kränkande behandling", bold=True, size=20)
    guide(d, "Mallen fylls i av rektor tillsammans med skolans trygghetsteam. Skriv i de grå fälten. Ta inte "
             "bort rubrikerna. Planen ska vara fastställd senast den 30 september.")
    par = p(d, "**Skolenhet:** ")
    wk.sdt_inline(par, "Skolenhet", "skolenhet", "Kvarnbyskolan F–3 och fritidshemmet Kvarnen")
    par = p(d, "**Läsår:** ")
    wk.sdt_inline(par, "Läsår", "lasar", "2025/26")
    par = p(d, "**Rektor:** ")
    wk.sdt_inline(par, "Rektor", "rektor", "Sofia Berg, 0586-482 10, sofia.berg@ekeby.se")
    par = p(d, "**Skolenhetskod:** ")
    wk.sdt_inline(par, "Skolenhetskod", "skolenhetskod", "26481937")

    h(d, "1. Ansvar", 1)
    guide(d, "Ange vem som ansvarar för planen och hur ansvaret för arbetet är fördelat på skolan.")
    wk.sdt_block(d, "Ansvar", "ansvar", [
        "Rektor Sofia Berg ansvarar för att planen upprättas, genomförs, följs upp och utvärderas, och för att "
        "alla anmälningar om kränkande behandling anmäls till huvudmannen och utreds.",
        "Trygghetsteamet – kurator Elsa Strid, specialpedagog Mats Holm, fritidspedagog Yasmin Ali och "
        "förstelärare Anna Kock – samordnar kartläggning och åtgärder och utreder ärenden på rektors uppdrag.",
        "Mentorer och fritidspersonal ansvarar för att åtgärderna genomförs i klasserna och på fritidshemmet. "
        "All personal ansvarar för att ingripa och anmäla.",
    ])

    h(d, "2. Elevernas delaktighet", 1)
    guide(d, "Beskriv hur eleverna har deltagit i att ta fram, följa upp och se över planen (förordning "
             "2006:1083). Anpassa efter elevernas ålder.")
    wk.sdt_block(d, "Elevernas delaktighet", "elevdelaktighet", [
        "Eleverna i åk 1–3 har i klassråden diskuterat vad som gör skolan trygg och vad som ska stå i planen. "
        "Elevrådet (två elever per klass) har tillsammans med trygghetsteamet gått igenom klassrådens förslag "
        "och valt ut två av årets åtgärder. Förskoleklassen har haft samtal i helgrupp med bildstöd om "
        "trivselreglerna.",
    ])

    h(d, "3. Vårdnadshavarnas delaktighet", 1)
    guide(d, "Beskriv hur vårdnadshavarna har informerats om planen och getts möjlighet att påverka den, t.ex. "
             "genom föräldramöte, skolråd eller enkät.")
    wk.sdt_block(d, "Vårdnadshavarnas delaktighet", "vhdelaktighet", placeholder=True)

    h(d, "4. Utvärdering av föregående års plan", 1)
    guide(d, "Redogör för hur förra årets planerade åtgärder har genomförts och vilken effekt de har haft "
             "(6 kap. 8 § skollagen).")
    el = wk.sdt_block(d, "Utvärdering föregående år", "utvfg", [
        "Rastvärdar med gula västar på skolgården: genomfördes hela läsåret. Antalet incidentrapporter från "
        "rasterna minskade från 31 till 17.",
        "Kompisstödjare i åk 3: startade i oktober. I elevrådets utvärdering i maj 2025 sa eleverna att det "
        "blivit lättare att hitta någon att leka med, och mentorerna ser färre elever som går ensamma på "
        "rasterna.",
        "Lugnare övergång till fritids: genomfördes delvis, eftersom bemanningen inte räckte under våren. "
        "Konflikterna i kapprummet kvarstår och åtgärden finns kvar i årets plan.",
        "Ett ärende om upprepade kränkningar under våren utreddes och avslutades efter uppföljning.",
    ])
    last_p = el.findall(".//" + qn("w:p"))[-1]
    wk.add_footnote(d, last_p, "Gäller elev 170523-2484 i åk 2; se utredningen i kommunens system.")

    h(d, "5. Kartläggning", 1)
    guide(d, "Beskriv vilka metoder ni har använt för att kartlägga risker för diskriminering och kränkande "
             "behandling, vad kartläggningen visade och er analys av orsakerna.")
    wk.sdt_block(d, "Kartläggning", "kartlaggning", placeholder=True)

    h(d, "6. Främjande insatser", 1)
    guide(d, "Beskriv insatser som riktar sig till alla elever och som främjar lika rättigheter och "
             "möjligheter oavsett diskrimineringsgrund.")
    wk.sdt_block(d, "Främjande insatser", "framjande", [
        "Värdegrundslektioner varannan vecka i alla klasser med teman kopplade till diskrimineringsgrunderna, "
        "t.ex. olika familjer och att alla får leka med allt. Ansvarig: mentorerna. Hela läsåret.",
        "Läsning av bilderböcker med normkritiska samtal på fritidshemmet. Ansvarig: fritidspedagog Yasmin Ali. "
        "Hösten 2025.",
        "Gemensamma lekar i blandade åldrar på onsdagar. Ansvarig: fritidspersonalen. Från vecka 36.",
    ])

    h(d, "7. Förebyggande åtgärder", 1)
    guide(d, "Ange åtgärder för det kommande året utifrån kartläggningen. Ange mål, ansvarig och när åtgärden "
             "ska vara genomförd.")
    wk.sdt_block(d, "Förebyggande åtgärder", "forebyggande", [
        "• Vuxen i kapprummet vid övergången till fritids. Mål: inga konflikter i kapprummet. Ansvarig: "
        "fritidspedagog Yasmin Ali. Genomförs: från vecka 35, följs upp i december.",
        "• Kompisstödjare i åk 3 fortsätter och utökas till åk 2. Mål: ingen ska vara ensam på rasten. "
        "Ansvarig: kurator Elsa Strid. Genomförs: start vecka 38.",
        "• Toaletterna vid gympasalen får nya lås och en vuxen i närheten på rasterna. Mål: eleverna ska "
        "känna sig trygga på toaletterna. Ansvarig: rektor Sofia Berg. Genomförs: senast 2025-11-28.",
    ])

    h(d, "8. Rutiner för akuta situationer", 1)
    guide(d, "Beskriv skolans rutiner när en elev upplever sig kränkt, trakasserad eller sexuellt trakasserad.")
    el = wk.sdt_block(d, "Rutiner", "rutiner", [
        "1. Den vuxna som ser eller får veta något ingriper direkt och säger ifrån.",
        "2. Den vuxna anmäler till rektor samma dag.",
        "3. Rektor anmäler till huvudmannen samma dag eller senast nästa arbetsdag.",
        "4. Trygghetsteamet utreder skyndsamt genom samtal med de inblandade. Vårdnadshavare kontaktas.",
        "5. Rektor beslutar om åtgärder för att stoppa kränkningarna.",
        "6. Allt dokumenteras i kommunens system för anmälan och utredning.",
        "7. Uppföljning efter två veckor; ärendet avslutas när kränkningarna har upphört.",
        "Om en vuxen kränker en elev utreder rektor och anmäler till huvudmannen. Elever och "
        "vårdnadshavare kan vända sig till alla vuxna på skolan eller till kurator Elsa Strid, 0586-482 17.",
    ])
    ps = el.findall(".//" + qn("w:p"))
    wk.add_footnote(d, ps[2], "Skollagen (2010:800) 6 kap. 10 §.")
    wk.add_footnote(d, ps[3], "Diskrimineringslagen (2008:567) 2 kap. 7 § om skyldighet att utreda och vidta "
                              "åtgärder mot trakasserier.")

    h(d, "9. Diskrimineringsgrunderna", 1)
    guide(d, "Ange de sju diskrimineringsgrunderna.")
    el = wk.sdt_block(d, "Diskrimineringsgrunder", "grunder", [
        "Kön, könsöverskridande identitet eller uttryck, etnisk tillhörighet, religion eller annan "
        "trosuppfattning, funktionsnedsättning, sexuell läggning och ålder.",
    ])
    wk.add_footnote(d, el.findall(".//" + qn("w:p"))[0], "Diskrimineringslagen (2008:567) 1 kap. 1 §.")

    h(d, "10. Nationella minoriteter", 1)
    guide(d, "Beskriv hur skolan arbetar med de nationella minoriteternas rättigheter (judar, romer, samer, "
             "sverigefinnar och tornedalingar), t.ex. information om modersmålsundervisning och "
             "uppmärksammande av nationaldagar.")
    wk.sdt_block(d, "Nationella minoriteter", "minoriteter", placeholder=True)

    h(d, "11. Uppföljning och utvärdering av årets plan", 1)
    guide(d, "Ange när och hur årets plan ska följas upp och utvärderas, vem som ansvarar och hur eleverna "
             "deltar.")
    wk.sdt_block(d, "Utvärdering årets plan", "utvarets", placeholder=True)
    wk.save(d, out / "g1_11_kvarnby-f3-content-controls.docx")


# ==============================================================================================
# g1_12 — Solbergaskolan 4–6 (tracked changes; deleted personnummer; no grounds)
# ==============================================================================================

AUTH = "Elin Hammar"
DATE = "2026-08-24T10:15:00Z"


def mixed(d, segs, style=None):
    par = d.add_paragraph(style=style)
    for kind, text in segs:
        if kind == "t":
            wk.runs_md(par, text)
        elif kind == "i":
            wk.ins_run(par, text, AUTH, DATE)
        elif kind == "d":
            wk.del_run(par, text, AUTH, DATE)
    return par


def plan12(out):
    d = wk.new_doc("Plan mot kränkande behandling – Solbergaskolan åk 4–6", author="Elin Hammar")
    wk.header_text(d, "Solbergaskolan åk 4–6 · Hedeby kommun")
    wk.footer_text(d, "Skolenhetskod 52917346", page_field=True)
    p(d, "Plan mot kränkande behandling", bold=True, size=20)
    p(d, "Solbergaskolan åk 4–6", size=14)
    mixed(d, [("t", "Läsåret "), ("d", "2025/26"), ("i", "2026/27")])
    mixed(d, [("t", "Planen gäller "), ("d", "2025-08-18 – 2026-06-12"), ("i", "2026-08-17 – 2027-06-11")])

    h(d, "Ansvar", 1)
    mixed(d, [("t", "Rektor Elin Hammar ansvarar för att planen upprättas och utvärderas och för att alla "
                    "kränkningar utreds. Trygghetsteamet består av kurator "),
              ("d", "Hanna Ståhl"), ("i", "Nora Vik"),
              ("t", ", specialpedagog Lars Dahl och lärarna Siv Lönn och Kenneth Ros. Teamet samordnar "
                    "arbetet och utreder anmälningar på rektors uppdrag. Mentorerna ansvarar för att "
                    "åtgärderna genomförs i klasserna.")])
    p(d, "Kontakt: expeditionen 0413-645 20, rektor 0413-645 21.")

    h(d, "Elevernas delaktighet", 1)
    p(d, "Planen presenteras för eleverna i klassråden.")
    wk.inserted_paragraph(d, "Elevrådet har i augusti 2026 gått igenom förra årets plan och föreslagit två av "
                             "årets åtgärder (vuxen vid pingisbordet och en tyst zon i matsalen). Klassråden "
                             "följer upp åtgärderna i november och mars, och elevrådet deltar i utvärderingen "
                             "i maj 2027.", AUTH, DATE)

    h(d, "Utvärdering av förra årets plan", 1)
    wk.deleted_paragraph(d, "Rastvärdar vid fotbollsplanen: genomfördes från september. Andelen elever som "
                            "känner sig otrygga vid fotbollsplanen minskade från 15 % till 6 % i trivselenkäten.",
                         AUTH, DATE)
    wk.deleted_paragraph(d, "Kompisgrupper i åk 4: genomfördes under hösten. Eleverna i åk 4 uppger i högre "
                            "grad att de har någon att vara med (från 78 % till 90 %).", AUTH, DATE)
    wk.deleted_paragraph(d, "Ett ärende under vårterminen gällande elev 201509143622 i åk 4 utreddes och "
                            "avslutades efter åtgärder och uppföljning med vårdnadshavarna.", AUTH, DATE)
    wk.inserted_paragraph(d, "Åtgärderna i förra årets plan har genomförts enligt planen.", AUTH, DATE)

    h(d, "Kartläggning", 1)
    mixed(d, [("t", "Trivselenkäten i "), ("d", "maj 2025"), ("i", "maj 2026"), ("t", " besvarades av "),
              ("d", "171 av 189"), ("i", "176 av 192"),
              ("t", " elever. "), ("i", "84 % "), ("d", "88 % "),
              ("t", "känner sig trygga i skolan. Otrygga platser är pingisbordet, kapprummen och matsalen. "),
              ("i", "Fler elever i åk 6 än tidigare uppger att de blivit kränkta i gruppchattar (14 %).")])
    mixed(d, [("t", "Vi har också gått igenom 29 anmälningar om kränkande behandling från förra läsåret och "
                    "klassrådens protokoll. "),
              ("i", "Vi ser att kränkningarna ofta sker när många elever samlas på samma ställe och vuxna inte "
                    "är nära, och att gruppchattarna i åk 6 är en ny risk.")])

    h(d, "Främjande arbete", 1)
    p(d, "Vi arbetar med skolans värdegrund Solbergaandan: alla ska känna sig välkomna och ingen ska lämnas "
         "utanför.")
    p(d, "På Solbergaskolan går elever med många olika bakgrunder, bland annat från de nationella "
         "minoriteterna.")

    h(d, "Förebyggande åtgärder", 1)
    p(d, "Åtgärderna utgår från kartläggningen.")
    bullets(d, [
        "Vuxen vid pingisbordet och i kapprummen på rasterna. Ansvarig: specialpedagog Lars Dahl "
        "(rastvärdsschemat). Genomförs: från vecka 34.",
        "Tyst zon i matsalen och fasta bordsplaceringar. Ansvarig: mentorerna och måltidsansvarig. "
        "Genomförs: från vecka 36.",
    ])
    wk.deleted_paragraph(d, "Kompisgrupper i åk 4. Ansvarig: kuratorn. Genomförs: hösten 2025.", AUTH, DATE,
                         style="List Bullet")
    wk.inserted_paragraph(d, "Samtalsgrupper om vänskap och konflikter i åk 5. Ansvarig: kuratorn. "
                             "Genomförs: från vecka 36.", AUTH, DATE, style="List Bullet")
    wk.inserted_paragraph(d, "Lektioner om nätet och gruppchattar i åk 6. Ansvarig: mentorerna i åk 6. "
                             "Genomförs: vecka 45–48.", AUTH, DATE, style="List Bullet")

    h(d, "Rutiner när en elev blir kränkt", 1)
    wk.numbered(d, [
        "Den vuxna som ser eller hör något ingriper direkt.",
        "Den vuxna berättar för mentor och anmäler till rektor samma dag.",
    ])
    wk.deleted_paragraph(d, "Rektor anmäler ärendet till huvudmannen inom en arbetsdag.", AUTH, DATE,
                         style="List Number")
    wk.numbered(d, [
        "Trygghetsteamet utreder genom samtal med de inblandade eleverna. Vårdnadshavare informeras.",
        "Rektor beslutar om åtgärder.",
        "Utredningen och åtgärderna dokumenteras i incidentrapporten i Vklass.",
        "Uppföljning med eleven efter två veckor.",
    ])
    p(d, "Om en vuxen på skolan kränker en elev utreder rektor ärendet.")
    p(d, "Skolans arbete mot diskriminering och trakasserier beskrivs i en separat dokumentation av aktiva "
         "åtgärder.")

    h(d, "Utvärdering av årets plan", 1)
    wk.inserted_paragraph(d, "Årets plan utvärderas i maj 2027. Elevrådet och klassråden utvärderar åtgärderna "
                             "med stöd av trivselenkäten i april, och personalen utvärderar på APT den 19 maj "
                             "2027. Rektor ansvarar för att utvärderingen sammanställs och förs in i nästa "
                             "års plan.", AUTH, DATE)

    h(d, "Information", 1)
    p(d, "Planen läggs ut på Vklass och på skolans webbplats.")
    wk.save(d, out / "g1_12_solberga-46-tracked.docx")


# ==============================================================================================
# g1_13 — Lindgårdens skola F–9 (real TOC field listing every key; body covers few; footnotes)
# ==============================================================================================

def plan13(out):
    d = wk.new_doc("Plan mot diskriminering och kränkande behandling – Lindgårdens skola",
                   author="Lindgårdens skola")
    wk.header_text(d, "Lindgårdens skola F–9 · Skogsby kommun")
    wk.footer_text(d, "", page_field=True, numpages=True)
    p(d, "Lindgårdens skola", size=16, align=C)
    p(d, "Plan mot diskriminering och kränkande behandling", bold=True, size=22, align=C)
    p(d, "Förskoleklass och grundskola åk 1–9", align=C)
    wk.page_break(d)
    toc = [
        (1, "1 Grunduppgifter", 3, "_Toc209311401"),
        (2, "1.1 Planens giltighetstid", 3, "_Toc209311402"),
        (2, "1.2 Ansvariga för planen", 3, "_Toc209311403"),
        (1, "2 Elevernas delaktighet", 4, "_Toc209311404"),
        (1, "3 Vårdnadshavarnas delaktighet", 4, "_Toc209311405"),
        (1, "4 Utvärdering av föregående års plan", 5, "_Toc209311406"),
        (1, "5 Kartläggning", 6, "_Toc209311407"),
        (1, "6 Främjande insatser", 7, "_Toc209311408"),
        (1, "7 Förebyggande åtgärder", 8, "_Toc209311409"),
        (1, "8 Rutiner för akuta situationer", 9, "_Toc209311410"),
        (1, "9 Diskrimineringsgrunderna", 11, "_Toc209311411"),
        (1, "10 Nationella minoriteter", 12, "_Toc209311412"),
        (1, "11 Uppföljning och utvärdering av årets plan", 12, "_Toc209311413"),
    ]
    wk.toc_field(d, toc)
    wk.page_break(d)

    def H(text, anchor, level=1):
        hp = h(d, text, level)
        wk.bookmark(hp, anchor)
        return hp

    H("4 Utvärdering av föregående års plan", "_Toc209311406")
    p(d, "Se föregående års plan.")

    H("5 Kartläggning", "_Toc209311407")
    p(d, "Kartläggningen har gjorts med Skogsby kommuns trygghetsenkät (åk 2–9, februari 2025, svarsfrekvens "
         "82 %), trygghetsvandringar med klassråden i åk 1–6, fokusgrupper med elever i åk 7–9 och en "
         "genomgång av skolans 64 anmälningar om kränkande behandling under 2024/25.")
    table(d, [
        ["Resultat", "F–3", "4–6", "7–9"],
        ["Känner sig trygga i skolan", "93 %", "87 %", "79 %"],
        ["Har blivit kränkta de senaste två månaderna", "11 %", "16 %", "22 %"],
        ["Har fått kommentarer om sitt ursprung eller sin hudfärg", "2 %", "6 %", "9 %"],
    ], widths=(8, 2.5, 2.5, 2.5))
    p(d, "Otryggheten är störst på högstadiet, särskilt i omklädningsrummen och vid skåpen. Fokusgrupperna "
         "beskriver en hård jargong där ord som rör sexuell läggning och ursprung används som skällsord. På "
         "lågstadiet är konflikterna kopplade till fotbollsplanen. Vi bedömer att jargongen är den största "
         "risken för trakasserier och att vuxna behöver vara mer närvarande på högstadiets raster.")

    H("6 Främjande insatser", "_Toc209311408")
    bullets(d, [
        "**Värdegrundslektioner** med material om diskrimineringsgrunderna i alla klasser en gång i månaden. "
        "Mål: eleverna känner till grunderna och skolans regler. Ansvarig: mentorerna. Hela läsåret.",
        "**Elevcafé på högstadiet** med vuxna från fritidsgården på lunchrasterna. Ansvarig: biträdande "
        "rektor Åsa Lind. Från v. 36.",
        "**Temadag om mänskliga rättigheter** för åk 7–9 den 10 december. Ansvarig: SO-lärarna.",
    ])

    H("7 Förebyggande åtgärder", "_Toc209311409")
    for pairs in [
        ("Jargongen på högstadiet",
         "**Mål:** Färre elever i åk 7–9 ska uppleva kränkande språk (mäts i trygghetsenkäten 2026). "
         "**Åtgärd:** Samtal i varje klass om språkbruk, lärare säger alltid ifrån och anmäler. "
         "**Ansvarig:** mentorerna i åk 7–9 och kurator Pia Wall. **Klart:** december 2025."),
        ("Omklädningsrummen",
         "**Mål:** Inga kränkningar i omklädningsrummen. **Åtgärd:** En vuxen finns vid omklädningsrummen "
         "före och efter varje idrottslektion och eleverna kan byta om enskilt. **Ansvarig:** idrottslärarna. "
         "**Klart:** från vecka 35."),
        ("Fotbollsplanen F–3",
         "**Mål:** Alla klasser får använda planen. **Åtgärd:** Schema per klass och vuxen domare. "
         "**Ansvarig:** fritidspersonalen, samordnat av Leo Berg. **Klart:** september 2025."),
    ]:
        p(d, pairs[0], bold=True, after=0)
        p(d, pairs[1])

    H("8 Rutiner för akuta situationer", "_Toc209311410")
    par = p(d, "All personal är skyldig att anmäla till rektor om en elev anser sig ha blivit utsatt för "
               "kränkande behandling i samband med verksamheten.")
    wk.add_footnote(d, par, "Skollagen (2010:800) 6 kap. 10 §.")
    wk.numbered(d, [
        "Personalen ingriper omedelbart och säger ifrån.",
        "Anmälan görs till rektor samma dag i kommunens digitala anmälningssystem.",
        "Rektor anmäler vidare till huvudmannen (barn- och utbildningsnämnden) genom systemet.",
        "Kurator eller mentor utreder skyndsamt genom samtal med de inblandade; vårdnadshavare kontaktas.",
        "Rektor beslutar om åtgärder och ansvarar för att de genomförs.",
        "Utredning, åtgärder och uppföljning dokumenteras i systemet.",
        "Uppföljning sker efter två veckor. Vid behov görs en ny utredning.",
    ])
    par = p(d, "Gäller det trakasserier eller sexuella trakasserier utreds de på samma sätt. Om en anställd "
               "kränker en elev utreds ärendet av rektor och HR-avdelningen kontaktas.")
    wk.add_footnote(d, par, "Diskrimineringslagen (2008:567) 2 kap. 7 § och 3 kap. 18 §.")
    p(d, "Elever och vårdnadshavare kan vända sig till mentor, kurator Pia Wall (0278-551 34) eller "
         "rektor (0278-551 30).")

    H("9 Diskrimineringsgrunderna", "_Toc209311411")
    par = p(d, "Texten bygger på Diskrimineringsombudsmannens definitioner.")
    wk.add_footnote(d, par, "Diskrimineringsombudsmannen, Diskrimineringsgrunderna, do.se. Se även "
                            "diskrimineringslagen (2008:567) 1 kap. 5 §.")
    for term, text in [
        ("Kön", "att någon är kvinna eller man."),
        ("Könsöverskridande identitet eller uttryck", "att någon inte identifierar sig som kvinna eller man "
         "eller ger uttryck för att tillhöra ett annat kön."),
        ("Etnisk tillhörighet", "nationellt eller etniskt ursprung, hudfärg eller annat liknande förhållande."),
        ("Religion eller annan trosuppfattning", "religiösa åskådningar eller livsåskådningar."),
        ("Funktionsnedsättning", "varaktiga fysiska, psykiska eller begåvningsmässiga begränsningar av en "
         "persons funktionsförmåga."),
        ("Sexuell läggning", "homosexuell, bisexuell eller heterosexuell läggning."),
        ("Ålder", "uppnådd levnadslängd."),
    ]:
        p(d, f"**{term}** – {text}")
    wk.save(d, out / "g1_13_lindgarden-f9-tocfield.docx")


PLANS = [plan11, plan12, plan13]
