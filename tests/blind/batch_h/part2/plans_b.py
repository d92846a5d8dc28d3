"""Plans h2_07 … h2_10: merged evaluation section, one-page plans and a short version."""

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, Cm

from wordkit import (FIXED_2026, 
    new_doc,
    P,
    G,
    H,
    bullets,
    numbered,
    table,
    page_break,
    runs,
    fake_heading,
    page_x_of_y,
    save,
)

C = WD_ALIGN_PARAGRAPH.CENTER


def _compact(doc, size=9.5, margins=1.6):
    st = doc.styles["Normal"]
    st.font.size = Pt(size)
    st.paragraph_format.space_after = Pt(2)
    for s in doc.sections:
        s.left_margin = s.right_margin = Cm(margins)
        s.top_margin = s.bottom_margin = Cm(1.4)
    for lvl in (1, 2):
        h = doc.styles["Heading %d" % lvl]
        h.font.size = Pt(11.5 if lvl == 1 else 10.5)
        h.paragraph_format.space_before = Pt(5)
        h.paragraph_format.space_after = Pt(1)


# =========================================================================== 07
def plan07(path):
    """F–9 + anpassad grundskola, 2026/27, Nov–Oct; 'Uppföljning och utvärdering' holds last year and this year."""
    doc = new_doc(
        "Plan mot diskriminering och kränkande behandling Kvarnbyskolan 2026–2027", "Anders Nyström", when=FIXED_2026
    )
    fp = doc.sections[0].footer.paragraphs[0]
    runs(fp, "Kvarnbyskolan · Dnr BUN 2026/1187 · ")
    page_x_of_y(fp, "1", "3")

    P(doc, "Kvarnbyskolan", bold=True, size=20)
    P(doc, "Plan mot diskriminering och kränkande behandling", style="Title")
    P(doc, "Grundskola F–9 och anpassad grundskola 1–9")
    P(doc, "Planen gäller 2026-11-01 – 2027-10-31 och revideras i oktober varje år.")

    H(doc, "Ansvar")
    P(
        doc,
        "Huvudansvarig för planen är rektor Anders Nyström (F–6). Rektor Petra Lund ansvarar för åk 7–9 och "
        "den anpassade grundskolan. Rektorerna ser till att planen upprättas, att personalen känner till den "
        "och att anmälningar utreds. Trygghetsteamet (kurator Sanna Ölund, specialpedagog Erik Mattsson, "
        "lärare Aida Kovač och fritidspedagog Tove Lind) samordnar arbetet och leder utredningarna.",
    )
    P(doc, "Kontakt: anders.nystrom@kvarnby.se, 0498-26 71 00; petra.lund@kvarnby.se, 0498-26 72 00.")

    H(doc, "Elevernas delaktighet")
    P(
        doc,
        "Eleverna har deltagit i att ta fram planen i september och oktober 2026. Alla klasser i F–9 hade "
        "klassråd om trivselenkätens resultat och föreslog åtgärder. Elevrådet prioriterade förslagen på ett "
        "möte med trygghetsteamet den 6 oktober. I den anpassade grundskolan har eleverna fått berätta med "
        "bildstöd var de trivs och var de inte trivs. Elevskyddsombuden i åk 7–9 deltog i trygghetsvandringen.",
    )
    P(
        doc,
        "Planen presenteras i alla klasser i november och en elevversion med bilder finns i varje klassrum.",
    )

    H(doc, "Vårdnadshavarnas delaktighet")
    P(doc, "Planen presenteras på föräldramötena i höst och finns på skolans webbplats.")

    H(doc, "Kartläggning och analys")
    P(
        doc,
        "Vi har använt Skolenkäten (åk 5 och 8, våren 2026), skolans egen trivselenkät för åk 2–9 (april 2026, "
        "svarsfrekvens 88 %), trygghetsvandring med elevskyddsombuden (maj 2026), anmälningarna om kränkande "
        "behandling (47 stycken under 2025/26) och samtal med eleverna i den anpassade grundskolan.",
    )
    table(
        doc,
        [
            ["Fråga / källa", "2025", "2026"],
            ["Jag känner mig trygg i skolan (trivselenkät, åk 2–9)", "86 %", "89 %"],
            ["Det finns vuxna att prata med (Skolenkäten åk 8)", "71 %", "77 %"],
            ["Har blivit kränkt på nätet senaste året (åk 7–9)", "19 %", "17 %"],
            ["Anmälningar om kränkande behandling", "58", "47"],
        ],
        size=9,
    )
    P(
        doc,
        "Otrygga platser är fortfarande korridoren utanför matsalen och cykelparkeringen. Eleverna i den "
        "anpassade grundskolan tycker att skolgården är för stökig när alla har rast samtidigt. I åk 8 säger "
        "flera elever att ord som ”bög” och ”hora” används som skällsord i korridorerna. Vi tror att orsaken är "
        "att vuxna inte ingriper konsekvent mot språket, och att rasterna för den anpassade grundskolan "
        "krockar med högstadiets.",
    )

    H(doc, "Främjande arbete")
    P(
        doc,
        "Skolan ska aktivt och medvetet påverka och stimulera eleverna att omfatta vårt samhälles gemensamma "
        "värderingar och låta dem komma till uttryck i praktisk vardaglig handling. Vi arbetar med "
        "värdegrunden i alla ämnen och alla ska känna sig välkomna på Kvarnbyskolan.",
    )

    H(doc, "Förebyggande åtgärder")
    table(
        doc,
        [
            ["Risk", "Mål", "Åtgärd", "Ansvarig", "När", "Uppföljning"],
            [
                "Kränkande språk i korridorerna åk 7–9",
                "Vuxna ingriper alltid; färre elever hör skällsord",
                "Gemensam policy för språkbruk, genomgång på APT och i alla klasser",
                "Rektor Petra Lund, mentorer",
                "November 2026",
                "Frågan i trivselenkäten april 2027",
            ],
            [
                "Korridoren vid matsalen",
                "Lugn kö till lunch",
                "Två vuxna i korridoren, förskjutna lunchtider",
                "Rektor Anders Nyström",
                "Från v. 45",
                "Trygghetsteamet, februari 2027",
            ],
            [
                "Raster anpassad grundskola",
                "Eleverna ska ha en lugn rast",
                "Egen rasttid och inhägnad del av gården",
                "Specialpedagog Erik Mattsson",
                "Januari 2027",
                "Samtal med eleverna med bildstöd i mars",
            ],
            [
                "Cykelparkeringen",
                "Inga bråk vid hemgång",
                "Rastvärd 15.00–15.20",
                "Trygghetsteamet",
                "Hela läsåret",
                "Anmälningsstatistik per termin",
            ],
        ],
        size=9,
    )

    H(doc, "Rutiner för akuta situationer")
    numbered(
        doc,
        [
            "Personal som ser eller får veta att en elev kan ha blivit kränkt ingriper direkt.",
            "Personalen anmäler till rektor samma dag i kommunens anmälningssystem.",
            "Rektor anmäler till huvudmannen samma dag; anmälan i systemet går vidare till förvaltningen.",
            "Trygghetsteamet utreder skyndsamt: samtal med de inblandade, vittnen och vårdnadshavare.",
            "Rektor beslutar om åtgärder som ska få kränkningarna att upphöra.",
            "Utredning och åtgärder dokumenteras i anmälningssystemet.",
            "Uppföljning med eleven efter två veckor och efter sex veckor.",
        ],
    )
    P(
        doc,
        "Om en anställd har kränkt en elev utreder rektor och kontaktar HR-avdelningen. Elever och "
        "vårdnadshavare kan vända sig till mentor, kurator Sanna Ölund (0498-26 71 35) eller rektorerna.",
    )

    H(doc, "Diskrimineringsgrunderna")
    P(
        doc,
        "De sju diskrimineringsgrunderna är kön, könsidentitet eller könsuttryck, etnisk tillhörighet, "
        "religion eller annan trosuppfattning, funktionsnedsättning, sexuell läggning och ålder. "
        "Trivselenkäten har frågor om alla grunderna.",
    )

    H(doc, "Nationella minoriteter")
    P(
        doc,
        "Sveriges nationella minoriteter är judar, romer, samer, sverigefinnar och tornedalingar. Skolan "
        "informerar vårdnadshavare om rätten till modersmålsundervisning i finska, meänkieli, samiska, "
        "romani chib och jiddisch. Alla elever i åk 4 och åk 8 har ett arbetsområde om minoriteternas historia "
        "och kultur, och vi uppmärksammar samernas nationaldag den 6 februari och romernas nationaldag den "
        "8 april. Kränkningar med antiziganistiska eller antisemitiska inslag tas upp särskilt i utredningen.",
    )

    H(doc, "Uppföljning och utvärdering")
    P(
        doc,
        "**Så gick det med förra årets åtgärder (plan 2025–2026).** Åtgärderna utvärderades i september och "
        "oktober 2026 av trygghetsteamet tillsammans med elevrådet.",
    )
    bullets(
        doc,
        [
            "Förskjutna lunchtider för åk 7–9 infördes i januari 2026. Köerna blev kortare och anmälningarna från "
            "matsalen minskade från elva till fyra, men korridoren utanför är fortfarande otrygg.",
            "Kamratstödjare i åk 7–9 utbildades i februari. De har haft rastaktiviteter två gånger i veckan. Andelen "
            "som säger att det finns vuxna att prata med steg från 71 % till 77 %.",
            "Föreläsning om nätkränkningar för åk 6–8 hölls i november 2025. Andelen som blivit kränkta på nätet "
            "minskade något (19 % till 17 %).",
            "Ny lekutrustning för den anpassade grundskolan beställdes men levererades först i september 2026, så "
            "effekten kan inte bedömas ännu. Åtgärden förs över.",
        ],
    )
    P(
        doc,
        "**Så utvärderas årets plan.** Trygghetsteamet följer upp åtgärderna i februari 2027 och gör den "
        "samlade utvärderingen i september 2027 med trivselenkäten (april 2027) och anmälningsstatistiken. "
        "Klassråden och elevrådet går igenom åtgärderna i maj 2027 och säger vad som har fungerat; i den "
        "anpassade grundskolan görs det med bildstöd. Rektor Anders Nyström ansvarar för att utvärderingen "
        "görs och att resultatet förs in i nästa plan.",
    )
    save(doc, path)


# =========================================================================== 08
def plan08(path):
    """One page. 'Utvärdering' = last year. Validity 'tills vidare'. No one named as responsible."""
    doc = new_doc("Plan mot kränkande behandling Lillåns skola", "Lillåns skola")
    _compact(doc)
    P(doc, "Lillåns skola F–6 – Plan mot kränkande behandling och diskriminering", bold=True, size=14)
    P(
        doc,
        "Planen gäller från 2025-09-01 och tills vidare. Lillåns skola, Skolvägen 3, 841 93 Lillån, "
        "expeditionen 0611-240 50.",
    )

    H(doc, "Vår värdegrund")
    P(
        doc,
        "På Lillåns skola ska alla känna sig trygga. Vi accepterar inga kränkningar och alla vuxna ska vara "
        "goda förebilder. Eleverna är delaktiga i värdegrundsarbetet.",
    )

    H(doc, "Utvärdering")
    P(doc, "Så gick det med åtgärderna i förra årets plan (2024/25):")
    bullets(
        doc,
        [
            "Rastvärdar på skolgården: genomfördes hela året. Anmälningarna från skolgården minskade från 14 till 6.",
            "Kompisbänk: sattes upp i oktober men användes nästan inte och togs bort i mars.",
            "Samtal om nätvett i åk 5–6: genomfördes i mars. Färre konflikter från chatten kom till skolan under "
            "våren enligt mentorerna.",
        ],
    )

    H(doc, "Kartläggning")
    P(doc, "Vi genomför en trivselenkät varje vår och en trygghetsvandring med eleverna på hösten.")

    H(doc, "Det här ska vi göra i år")
    bullets(
        doc,
        [
            "Fler vuxna ute på rasterna.",
            "Värdegrundslektioner i alla klasser.",
            "Fortsatta samtal om nätvett i åk 5–6.",
        ],
    )

    H(doc, "Om du blir illa behandlad")
    P(doc, "Berätta för en vuxen på skolan. Personalen meddelar rektor, som ser till att det utreds.")

    H(doc, "Diskriminering")
    P(
        doc,
        "Ingen får diskrimineras på grund av kön, könsöverskridande identitet eller uttryck, etnisk "
        "tillhörighet, religion eller annan trosuppfattning, funktionsnedsättning, sexuell läggning eller ålder.",
    )

    H(doc, "Vårdnadshavare")
    P(doc, "Planen finns på skolans hemsida och i SchoolSoft.")
    save(doc, path)


# =========================================================================== 09
def plan09(path):
    """One page, calendar year 2026, odd headings ('Så jobbar vi', 'Vårt år', 'Om något händer')."""
    doc = new_doc("Trygghetsplan 2026 Ängsbacka skola", "Ängsbacka skola")
    _compact(doc)
    P(doc, "Trygghetsplan 2026", bold=True, size=16)
    P(doc, "Ängsbacka skola F–5 med fritidshem · Planen gäller kalenderåret 2026 (2026-01-01 – 2026-12-31)")
    P(doc, "Alla vuxna på skolan ansvarar för att eleverna är trygga och för att planen följs.")

    fake_heading(doc, "Så tog vi fram planen", 11)
    P(
        doc,
        "Elevrådet och alla klassråd arbetade med planen i november 2025. Varje klass gick igenom "
        "trivselenkäten och skrev förslag på lappar; elevrådet valde ut de förslag som blev årets åtgärder. "
        "Fritidsrådet gjorde samma sak för fritidshemmet.",
    )

    fake_heading(doc, "Förra året", 11)
    P(doc, "Förra årets plan har inte utvärderats, eftersom skolan bytte rektor under hösten 2025.")

    fake_heading(doc, "Vad vi vet", 11)
    P(
        doc,
        "I trivselenkäten i oktober 2025 svarade 91 % av eleverna i åk 2–5 att de känner sig trygga i skolan. "
        "Otryggt är omklädningsrummen i idrottshallen och skolbussen på eftermiddagen. Flera elever i åk 4–5 "
        "säger att de blir retade för sina kläder. Vi tror att det händer där inga vuxna är med.",
    )

    fake_heading(doc, "Så jobbar vi", 11)
    P(doc, "Vi har kompisdagar varje månad och läser böcker om vänskap i alla klasser.")
    table(
        doc,
        [
            ["Åtgärd", "Vem", "När"],
            ["Vuxen i omklädningsrummet före och efter idrotten", "Idrottslärare Kim Alm", "Från v. 3"],
            ["Fasta platser och en busskompis på skolbussen", "Fritidspedagog Lina Moberg", "Februari 2026"],
            ["Samtal om kläder och utseende i åk 4–5", "Mentorerna åk 4–5", "Mars 2026"],
        ],
        size=9,
    )

    fake_heading(doc, "Om något händer", 11)
    P(doc, "Skolans rutin vid kränkande behandling finns i ett separat dokument på kommunens webbplats.")

    fake_heading(doc, "Vårt år", 11)
    table(
        doc,
        [
            ["Månad", "Aktivitet"],
            ["April", "Trivselenkät för åk 2–5"],
            [
                "Maj",
                "Elevrådet och klassråden utvärderar årets åtgärder tillsammans med trygghetsgruppen, som "
                "sammanställer utvärderingen",
            ],
            ["Oktober", "Trivselenkät"],
            ["November", "Klassråd och elevråd tar fram nästa års plan"],
        ],
        size=9,
    )
    save(doc, path)


# =========================================================================== 10
def plan10(path):
    """Two-page 'Kortversion'; two-year validity; 'Utvärdering' = how this plan will be evaluated."""
    doc = new_doc("Kortversion plan mot diskriminering och kränkande behandling Hedenskolan", "Ulrika Sand")
    _compact(doc, size=10, margins=1.9)
    fp = doc.sections[0].footer.paragraphs[0]
    runs(fp, "Hedenskolan · Kortversion · ")
    page_x_of_y(fp, "1", "2")

    P(doc, "Kortversion", bold=True, size=11)
    P(doc, "Plan mot diskriminering och kränkande behandling – Hedenskolan åk 1–6", bold=True, size=16)
    P(doc, "Planen gäller läsåren 2025/26 och 2026/27. Den fullständiga planen finns hos rektor.")

    H(doc, "Ansvar")
    P(
        doc,
        "Rektor Ulrika Sand ansvarar för planen (ulrika.sand@heden.se, 0921-68 40 00). Trygghetsteamet – "
        "kurator Jesper Falk, skolsköterska Mona Lindberg och lärarna Elin Brink och Samir Haddad – samordnar "
        "arbetet och utreder anmälningar. Alla vuxna på skolan ska ingripa när något händer.",
    )

    H(doc, "Eleverna och planen")
    P(doc, "Planen presenteras för eleverna i varje klass i september och finns uppsatt i klassrummen.")

    H(doc, "Vårdnadshavarna och planen")
    P(
        doc,
        "Föräldrarådet fick läsa utkastet och lämnade synpunkter på mötet den 16 september 2025; rådet ville "
        "bland annat att skolan informerar om nätvett på föräldramötet i åk 4. Vårdnadshavarenkäten i maj "
        "används i kartläggningen. Planen finns på Unikum, och vårdnadshavare kan när som helst lämna "
        "synpunkter till rektor.",
    )

    H(doc, "Förra årets plan")
    P(
        doc,
        "Förra årets plan utvärderades i juni. De flesta åtgärderna genomfördes och tryggheten på skolan är "
        "fortsatt hög.",
    )

    H(doc, "Kartläggning")
    P(
        doc,
        "Vi kartlägger med trivselenkät (februari), trygghetsvandring (mars) och elevhälsosamtal. "
        "Resultaten har sammanställts och finns i den fullständiga planen.",
    )

    H(doc, "Främjande arbete")
    bullets(
        doc,
        [
            "Värdegrundslektion varje vecka i alla klasser enligt skolans årsplan; mentorerna ansvarar.",
            "Hedendagen i september: hela skolan i åldersblandade grupper (trygghetsteamet).",
            "Böcker i klassrummen som visar olika familjer, länder och funktionsnedsättningar (skolbiblioteket, "
            "hösten 2025).",
            "Lika mycket tid i idrottshallen och på konstgräsplanen för flickor och pojkar, med schema från rektor.",
        ],
    )

    H(doc, "Förebyggande åtgärder")
    table(
        doc,
        [
            ["Åtgärd", "Ansvarig"],
            ["Rastvärdar vid klätterställningen och konstgräsplanen", "Trygghetsteamet"],
            ["Samtal om gruppchattar i åk 5–6", "Kurator Jesper Falk"],
            ["Nya lås på toaletterna i B-huset", "Rektor"],
        ],
        size=9,
    )

    H(doc, "Om någon blir kränkt")
    numbered(
        doc,
        [
            "Den vuxne som ser eller får veta något ingriper direkt.",
            "Den vuxne anmäler till rektor samma dag.",
            "Rektor anmäler till huvudmannen samma dag.",
            "Trygghetsteamet utreder: pratar med eleverna och informerar vårdnadshavarna.",
            "Rektor beslutar om åtgärder.",
            "Allt dokumenteras i kommunens system för anmälningar.",
            "Trygghetsteamet följer upp efter två veckor.",
        ],
    )
    P(
        doc,
        "Om en vuxen kränker en elev utreder rektor. Du kan alltid prata med din mentor, kuratorn "
        "(0921-68 40 22) eller skolsköterskan (0921-68 40 23).",
    )

    H(doc, "Diskrimineringsgrunderna")
    P(
        doc,
        "Ingen får diskrimineras på grund av kön, könsöverskridande identitet eller uttryck, etnisk "
        "tillhörighet, religion eller annan trosuppfattning, funktionsnedsättning, sexuell läggning eller ålder.",
    )

    H(doc, "Nationella minoriteter")
    P(doc, "De nationella minoriteterna är judar, romer, samer, sverigefinnar och tornedalingar.")

    H(doc, "Utvärdering")
    P(
        doc,
        "Planen kommer att utvärderas i maj 2026 och i maj 2027. Trygghetsteamet gör utvärderingen med "
        "trivselenkäten och anmälningsstatistiken. Rektor ansvarar för att utvärderingen blir gjord.",
    )
    save(doc, path)
