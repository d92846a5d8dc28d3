"""Plans g1_01 … g1_05: DO/Planförskolan-style plans and a one-page rural school plan."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from docx.enum.text import WD_ALIGN_PARAGRAPH  # noqa: E402

import wordkit as wk  # noqa: E402
from wordkit import p, h, bullets, table, kv_table  # noqa: E402

C = WD_ALIGN_PARAGRAPH.CENTER


def labelled(d, pairs):
    """DO-template measure written as labelled paragraphs: bold label line, then text."""
    for label, text in pairs:
        p(d, label, bold=True, after=0)
        for line in text.split("\n"):
            p(d, line)


# ==============================================================================================
# g1_01 — Förskolan Solrosen (DO template, förskola, Oct–Oct, logo with alt text)
# ==============================================================================================


def plan01(out):
    d = wk.new_doc(
        "Plan mot diskriminering och kränkande behandling – Förskolan Solrosen", author="Annika Berglund"
    )
    wk.header_text(d, "Vallmora kommun · Förskoleförvaltningen · Förskolan Solrosen", align_right=True)
    wk.footer_text(d, "Vallmora kommun, org.nr 212000-1215 · Dnr FSK 2025/318", page_field=True)
    par = p(d, align=C)
    wk.picture(
        par.add_run(),
        wk.png_bytes(48, 48, (240, 190, 30), pattern="circle"),
        width_cm=3.0,
        descr="Förskolan Solrosens logotyp: en gul solros på vit bakgrund",
        name="Logotyp Solrosen",
    )
    p(d, "Förskolan Solrosens plan mot diskriminering och kränkande behandling", bold=True, size=20, align=C)
    p(d, "Verksamhetsåret 2025/2026", size=14, align=C)

    h(d, "Grunduppgifter", 1)
    h(d, "Verksamhetsformer som omfattas av planen", 2)
    p(
        d,
        "Förskola. Planen gäller för förskolans fyra avdelningar: Månen, Stjärnan, Solen och Kometen "
        "(sammanlagt 74 barn i åldrarna 1–5 år).",
    )
    h(d, "Ansvariga för planen", 2)
    p(
        d,
        "Rektor Annika Berglund ansvarar för att planen upprättas, följs upp och utvärderas varje år och för "
        "att alla kränkningar som kommer till förskolans kännedom utreds. Till sin hjälp har rektor förskolans "
        "trygghetsgrupp: förskollärarna Sara Lindh (Månen) och Ahmed Karimi (Solen) samt barnskötare Eva Holm "
        "(Stjärnan). Trygghetsgruppen samordnar kartläggningen och skriver utkastet till planen.",
    )
    p(
        d,
        "Varje arbetslag ansvarar för att planens åtgärder genomförs på den egna avdelningen. Alla pedagoger "
        "ansvarar för att ingripa när ett barn kränks och för att genast meddela rektor.",
    )
    h(d, "Vår vision", 2)
    p(
        d,
        "På Solrosen ska alla barn känna sig trygga, sedda och lika mycket värda. Ingen ska behöva vara rädd "
        "för att bli retad, utesluten eller illa behandlad – varken av andra barn eller av vuxna.",
    )
    h(d, "Planen gäller från", 2)
    p(d, "2025-10-01")
    h(d, "Planen gäller till", 2)
    p(d, "2026-09-30")

    h(d, "Barnens delaktighet", 2)
    p(
        d,
        "Barnen har varit delaktiga på flera sätt, anpassat efter ålder. I oktober 2025 arbetade de äldre "
        "barnen (3–5 år) med husmodellen: varje barn fick på en ritning av förskolan och gården sätta gröna "
        "och röda prickar på platser där det känns bra respektive läskigt. Förskollärarna gjorde korta "
        "barnintervjuer med 4- och 5-åringarna om vad som är roligt, vad som är tråkigt och vad man gör om "
        'någon är dum. Med de yngsta barnen (1–2 år) gick pedagogerna en "trygghetspromenad" och '
        "observerade var barnen sökte sig till eller undvek.",
    )
    p(
        d,
        "Barnens prickar, teckningar och svar finns med i kartläggningen och har styrt vilka åtgärder vi "
        "valt. På avdelningen Månen finns ett barnråd med fyra barn som träffas en gång i månaden; barnrådet "
        "har fått se bilder av de åtgärder vi planerar och fått säga vad de tycker. I maj 2026 gör barnen "
        "husmodellen igen så att vi kan se om åtgärderna har hjälpt.",
    )
    h(d, "Vårdnadshavarnas delaktighet", 2)
    p(
        d,
        "Vårdnadshavarna svarade i februari 2025 på förskoleförvaltningens brukarenkät. Ett utkast till planen "
        "diskuterades på förskolans föräldraråd den 23 september 2025, där vårdnadshavarna bland annat "
        "föreslog att hämtningen i hallen ses över. Planen presenteras på höstens föräldramöten och publiceras "
        "i appen Tyra. Vårdnadshavare är välkomna att lämna synpunkter till rektor eller till avdelningens "
        "pedagoger under hela året, och synpunkterna tas upp i utvärderingen.",
    )
    h(d, "Personalens delaktighet", 2)
    p(
        d,
        "All personal har deltagit i kartläggningen på avdelningarna och diskuterat resultatet på "
        "arbetsplatsträffen (APT) den 30 september 2025. Arbetslagen har tagit fram förslag på åtgärder.",
    )
    h(d, "Förankring av planen", 2)
    p(
        d,
        "Planen gås igenom på APT vid varje terminsstart och med nyanställda och vikarier. Med barnen "
        "pratar pedagogerna om planens innehåll i samlingen med hjälp av bilder och Kompisboken, som "
        "arbetslagen har gjort utifrån barnens egna teckningar.",
    )

    h(d, "Utvärdering", 1)
    h(d, "Beskriv hur fjolårets plan har utvärderats", 2)
    p(
        d,
        "Fjolårets plan (2024-10-01 – 2025-09-30) utvärderades i maj och juni 2025. Barnen gjorde husmodellen "
        "en andra gång, arbetslagen gick igenom sina observationer och varje åtgärd följdes upp på APT den "
        "11 juni 2025.",
    )
    h(d, "Delaktiga i utvärderingen av fjolårets plan", 2)
    p(
        d,
        "Barnen (husmodellen och barnrådet på Månen), pedagogerna i alla arbetslag, trygghetsgruppen och "
        "rektor. Föräldrarådet fick ta del av utvärderingen i augusti 2025.",
    )
    h(d, "Resultat av utvärderingen av fjolårets plan", 2)
    labelled(
        d,
        [
            (
                "Åtgärd 1: Vuxen vid cykelbanan",
                "Genomfördes från november 2024. En pedagog var placerad vid cykelbanan under all utevistelse. "
                "Effekt: i husmodellen i oktober 2024 markerade 11 av 41 barn cykelbanan som läskig, i maj 2025 "
                "3 av 40. Bråken om cyklarna minskade enligt pedagogernas anteckningar.",
            ),
            (
                "Åtgärd 2: Könsneutral lek i byggrummet",
                "Genomfördes delvis. Byggrummet möblerades om och fick nytt material under våren. Observationerna "
                "visar att fler flickor bygger, men att pojkarna fortfarande tar de stora klossarna först. Åtgärden "
                "följs upp vidare i årets främjande arbete.",
            ),
            (
                "Åtgärd 3: Samlingar om känslor och kroppen",
                "Genomfördes på alla avdelningar under vårterminen (Stopp min kropp). Barnen kan i högre grad säga "
                "stopp och vänder sig oftare till en vuxen när något händer, enligt arbetslagens utvärdering.",
            ),
        ],
    )
    h(d, "Årets plan ska utvärderas senast", 2)
    p(d, "2026-06-12")
    h(d, "Beskriv hur årets plan ska utvärderas", 2)
    p(
        d,
        "Barnen gör husmodellen igen i maj 2026 och barnrådet på Månen utvärderar åtgärderna med bildstöd. "
        "Pedagogerna intervjuar 4- och 5-åringarna på nytt. Arbetslagen utvärderar varje åtgärd utifrån "
        "sina observationer och brukarenkäten, och resultatet sammanställs på APT i juni. Föräldrarådet "
        "får ta del av utvärderingen och lämna synpunkter inför nästa plan.",
    )
    h(d, "Ansvarig för att årets plan utvärderas", 2)
    p(d, "Rektor Annika Berglund tillsammans med trygghetsgruppen.")

    h(d, "Främjande insatser", 1)
    labelled(
        d,
        [
            ("Namn", "Alla familjer syns"),
            (
                "Områden som berörs av insatsen",
                "Kön, etnisk tillhörighet, religion eller annan trosuppfattning, sexuell läggning",
            ),
            (
                "Mål och uppföljning",
                "Alla barn ska kunna känna igen sin egen familj i förskolans böcker, bilder "
                "och lekmaterial. Följs upp i arbetslagen i december och maj.",
            ),
            (
                "Insats",
                "Varje avdelning går igenom sina böcker och bilder och kompletterar med material som visar "
                "olika familjer, språk och högtider. Barnen får ta med foton av sin familj till en "
                "familjevägg.",
            ),
            ("Ansvarig", "Förskollärare Sara Lindh samordnar; arbetslagen genomför."),
            ("Datum när det ska vara klart", "2025-12-19"),
        ],
    )
    p(d)
    labelled(
        d,
        [
            ("Namn", "Byggrummet för alla"),
            ("Områden som berörs av insatsen", "Kön, könsöverskridande identitet eller uttryck"),
            (
                "Mål och uppföljning",
                "Flickor och pojkar ska använda byggrummet och de stora klossarna lika mycket. "
                "Följs upp genom observationer varannan månad.",
            ),
            (
                "Insats",
                "En pedagog leder byggleken två förmiddagar i veckan och fördelar materialet; "
                "pedagogerna reflekterar över sina egna förväntningar på flickor och pojkar.",
            ),
            ("Ansvarig", "Förskollärare Ahmed Karimi"),
            ("Datum när det ska vara klart", "2026-05-29"),
        ],
    )

    h(d, "Kartläggning", 1)
    h(d, "Kartläggningsmetoder", 2)
    p(
        d,
        "Husmodellen (oktober 2025, 41 barn 3–5 år), barnintervjuer med 4- och 5-åringar (28 barn), "
        "trygghetspromenad och observationer med de yngsta, pedagogernas dagliga observationer samt "
        "förskoleförvaltningens brukarenkät till vårdnadshavare (februari 2025, 52 svar).",
    )
    h(d, "Områden som berörs i kartläggningen", 2)
    p(
        d,
        "Kön, könsöverskridande identitet eller uttryck, etnisk tillhörighet, religion eller annan "
        "trosuppfattning, funktionsnedsättning, sexuell läggning, ålder och kränkande behandling.",
    )
    h(d, "Hur barnen har involverats i kartläggningen", 2)
    p(d, "Se Barnens delaktighet ovan: husmodellen, intervjuer och promenader med barnen.")
    h(d, "Hur personalen har involverats i kartläggningen", 2)
    p(d, "Arbetslagen har genomfört kartläggningen och analyserat den tillsammans på APT.")
    h(d, "Resultat och analys", 2)
    p(
        d,
        "I husmodellen markerade 9 av 41 barn toaletterna på avdelningen Solen som läskiga, och 7 barn "
        'markerade hallen vid hämtning. Barnintervjuerna visade att flera barn upplever att "de stora" '
        "bestämmer i kojan på gården. 94 % av vårdnadshavarna i brukarenkäten uppgav att deras barn känner "
        "sig tryggt på förskolan; tre vårdnadshavare skrev att barn blivit retade för sina kläder.",
    )
    p(
        d,
        "Vi ser att otryggheten vid toaletterna hänger ihop med övergången från utevistelse till lunch, då "
        "ingen vuxen finns i närheten och många barn är trötta. Kojan på gården är en plats där de äldre "
        "barnen utesluter de yngre. Kommentarerna om kläder kan handla om förväntningar på hur flickor och "
        "pojkar ska se ut, vilket vi behöver arbeta med.",
    )

    h(d, "Förebyggande åtgärder", 1)
    labelled(
        d,
        [
            ("Namn", "Trygga toaletter"),
            ("Områden som berörs av åtgärden", "Kränkande behandling"),
            (
                "Mål och uppföljning",
                "Inget barn ska uppleva toaletterna som en otrygg plats. Följs upp med "
                "husmodellen i maj 2026.",
            ),
            (
                "Åtgärd",
                "En pedagog finns alltid vid toaletterna på Solen när barnen kommer in från gården. "
                "Toalettbesöken sker i mindre grupper.",
            ),
            ("Motivera åtgärd", "Husmodellen visade att 9 barn upplever toaletterna som läskiga."),
            ("Ansvarig", "Arbetslaget på Solen, samordnat av Ahmed Karimi"),
            ("Datum när det ska vara klart", "2025-11-01"),
        ],
    )
    p(d)
    labelled(
        d,
        [
            ("Namn", "Kojan är allas"),
            ("Områden som berörs av åtgärden", "Ålder, kränkande behandling"),
            (
                "Mål och uppföljning",
                "Alla barn ska få leka i kojan. Följs upp genom observationer och i barnintervjuerna i maj.",
            ),
            (
                "Åtgärd",
                "Ett kojschema med blandade åldersgrupper införs och en pedagog är med vid kojan under "
                "förmiddagens utevistelse.",
            ),
            ("Motivera åtgärd", "Barnintervjuerna visade att de äldre barnen utesluter de yngre i kojan."),
            ("Ansvarig", "Barnskötare Eva Holm"),
            ("Datum när det ska vara klart", "2026-03-31"),
        ],
    )
    p(d)
    labelled(
        d,
        [
            ("Namn", "Lugnare hämtning i hallen"),
            ("Områden som berörs av åtgärden", "Kränkande behandling, kön"),
            (
                "Mål och uppföljning",
                "Färre konflikter och kommentarer om kläder i hallen. Följs upp på APT i "
                "januari och med föräldrarådet.",
            ),
            (
                "Åtgärd",
                "Hämtningen delas upp så att högst åtta barn klär på sig samtidigt och en pedagog finns i "
                "hallen. Pedagogerna samtalar med barnen om att alla får ha de kläder de vill.",
            ),
            ("Motivera åtgärd", "Husmodellen, brukarenkäten och föräldrarådets förslag."),
            ("Ansvarig", "Rektor Annika Berglund och arbetslagen"),
            ("Datum när det ska vara klart", "2026-01-30"),
        ],
    )

    h(d, "Rutiner för akuta situationer", 1)
    h(d, "Policy", 2)
    p(
        d,
        "På Förskolan Solrosen accepteras inga former av diskriminering, trakasserier, sexuella "
        "trakasserier eller kränkande behandling.",
    )
    h(d, "Rutiner för att tidigt upptäcka trakasserier och kränkande behandling", 2)
    p(
        d,
        "Pedagogerna är alltid nära barnen, både inne och ute, och särskilt på de platser som kartläggningen "
        "visat är otrygga. Arbetslagen tar upp barngruppens relationer på varje avdelningsmöte.",
    )
    h(d, "Personal som barn och vårdnadshavare kan vända sig till", 2)
    table(
        d,
        [
            ["Namn", "Roll", "Telefon", "E-post"],
            ["Annika Berglund", "Rektor", "0346-812 40", "annika.berglund@vallmora.se"],
            ["Sara Lindh", "Förskollärare, trygghetsgruppen", "070-512 33 81", "sara.lindh@vallmora.se"],
            ["Ahmed Karimi", "Förskollärare, trygghetsgruppen", "070-512 33 82", "ahmed.karimi@vallmora.se"],
        ],
        widths=(3.5, 5, 3, 5),
    )
    h(d, "Rutiner för att utreda och åtgärda när barn kränks av andra barn", 2)
    wk.numbered(
        d,
        [
            "Den pedagog som ser eller får veta att ett barn blivit kränkt ingriper direkt och stoppar det som händer.",
            "Pedagogen pratar med de inblandade barnen och meddelar rektor samma dag.",
            "Rektor anmäler till huvudmannen (förskoleförvaltningen) via e-tjänsten för anmälan om kränkande "
            "behandling, senast dagen efter.",
            "Rektor ser till att händelsen utreds skyndsamt: pedagogerna samtalar med barnen och kontaktar "
            "vårdnadshavarna till alla inblandade barn.",
            "Arbetslaget beslutar om åtgärder, till exempel ökad vuxennärvaro, och genomför dem.",
            "Utredning och åtgärder dokumenteras i förvaltningens blankett, som förvaras hos rektor.",
            "Åtgärderna följs upp efter två veckor med barnen och vårdnadshavarna. Rektor avslutar ärendet när "
            "kränkningarna har upphört.",
        ],
    )
    h(d, "Rutiner för att utreda och åtgärda när barn kränks av personal", 2)
    p(
        d,
        "Den som får kännedom om att en vuxen kränker ett barn meddelar rektor samma dag. Rektor anmäler till "
        "huvudmannen och utreder själv händelsen, samtalar med barnets vårdnadshavare och med den anställda. "
        "Rektor dokumenterar utredningen och beslutar om åtgärder i samråd med HR.",
    )
    h(d, "Rutiner för uppföljning", 2)
    p(d, "Uppföljning sker efter två veckor och vid behov igen efter en månad. Rektor ansvarar.")
    h(d, "Rutiner för dokumentation", 2)
    p(d, "All dokumentation görs i förvaltningens blanketter och förvaras i låst skåp hos rektor.")

    h(d, "Diskrimineringsgrunder", 1)
    p(d, "Definitionerna nedan följer Diskrimineringsombudsmannens beskrivningar.")
    for term, text in [
        ("Kön", "Att någon är kvinna eller man. Ingen får missgynnas för att hen är flicka eller pojke."),
        (
            "Könsöverskridande identitet eller uttryck",
            "Att någon inte identifierar sig som kvinna eller man eller "
            "genom sin klädsel eller på annat sätt ger uttryck för att tillhöra ett annat kön.",
        ),
        (
            "Etnisk tillhörighet",
            "Nationellt eller etniskt ursprung, hudfärg eller annat liknande förhållande.",
        ),
        ("Religion eller annan trosuppfattning", "Till exempel kristendom, islam, judendom eller ateism."),
        (
            "Funktionsnedsättning",
            "Varaktiga fysiska, psykiska eller begåvningsmässiga begränsningar av en "
            "persons funktionsförmåga.",
        ),
        (
            "Sexuell läggning",
            "Homosexuell, bisexuell eller heterosexuell läggning – det gäller också barnens familjer.",
        ),
        ("Ålder", "Uppnådd levnadslängd. Även små barn kan missgynnas på grund av sin ålder."),
    ]:
        p(d, f"**{term}:** {text}")
    wk.save(d, out / "g1_01_solrosen-forskola-do.docx")


# ==============================================================================================
# g1_02 — Förskolan Kotten (DO template, förskola, 2026/27, partly unfilled guidance)
# ==============================================================================================


def plan02(out):
    d = wk.new_doc("Plan mot kränkande behandling – Förskolan Kotten 2026/2027", author="Förskolan Kotten")
    wk.header_text(d, "Förskolan Kotten · Plan mot kränkande behandling · 260817-270611")
    wk.footer_text(d, "Tallnäs kommun · Barn- och utbildningsförvaltningen · org.nr 212000-1355")
    p(d, "Förskolan Kottens plan mot diskriminering och kränkande behandling", bold=True, size=18)
    p(d, "Avdelningarna Ekorren och Räven", size=12)

    h(d, "Grunduppgifter", 1)
    kv_table(
        d,
        [
            ("Verksamhetsformer som omfattas av planen", "Förskola"),
            (
                "Ansvariga för planen",
                "All personal på Förskolan Kotten ansvarar för planen och för att den följs.",
            ),
            (
                "Vår vision",
                "På Kotten ska alla barn känna sig trygga och bli bemötta med respekt. Vi vill att "
                "barnen ska lära sig att alla är olika och lika mycket värda.",
            ),
            ("Planen gäller från", "2026-08-17"),
            ("Planen gäller till", "2027-06-11"),
        ],
    )
    h(d, "Barnens delaktighet", 2)
    p(
        d,
        "Barnen har i samlingen fått svara på frågor om var de tycker om att leka och var de inte tycker om "
        "att vara.",
    )
    h(d, "Vårdnadshavarnas delaktighet", 2)
    p(d, "Planen sätts upp i hallen på båda avdelningarna och publiceras på förskolans sida i Tyra.")
    h(d, "Personalens delaktighet", 2)
    p(d, "Pedagogerna på Ekorren och Räven har tagit fram planen tillsammans på planeringsdagen 2026-08-14.")
    h(d, "Förankring av planen", 2)
    p(
        d,
        "[Beskriv hur planen ska förankras hos barn, personal och vårdnadshavare.]",
        italic=True,
        color="808080",
    )

    h(d, "Utvärdering", 1)
    h(d, "Beskriv hur fjolårets plan har utvärderats", 2)
    p(
        d,
        "[Beskriv hur utvärderingen genomfördes och vad den visade. Utgå från de åtgärder som planerades i "
        "fjolårets plan.]",
        italic=True,
        color="808080",
    )
    h(d, "Delaktiga i utvärderingen av fjolårets plan", 2)
    p(
        d,
        "[Ange vilka som har deltagit i utvärderingen, t.ex. barn, pedagoger, vårdnadshavare.]",
        italic=True,
        color="808080",
    )
    h(d, "Resultat av utvärderingen av fjolårets plan", 2)
    p(
        d,
        "[Beskriv resultatet av utvärderingen. Exempel: Åtgärden genomfördes och ledde till …]",
        italic=True,
        color="808080",
    )
    h(d, "Årets plan ska utvärderas senast", 2)
    p(d, "2027-05-28")
    h(d, "Beskriv hur årets plan ska utvärderas", 2)
    p(
        d,
        "[Beskriv hur årets plan ska utvärderas och vilka som ska vara delaktiga.]",
        italic=True,
        color="808080",
    )
    h(d, "Ansvarig för att årets plan utvärderas", 2)
    p(d, "Arbetslagen på Ekorren och Räven")

    h(d, "Främjande insatser", 1)
    kv_table(
        d,
        [
            ("Namn", "Vi är alla olika – alla lika viktiga"),
            ("Områden som berörs av insatsen", "Kön, etnisk tillhörighet, funktionshinder"),
            (
                "Mål och uppföljning",
                "Alla barn ska möta böcker och bilder där olika familjer, utseenden och "
                "funktionsvariationer syns. Följs upp i arbetslagets utvärdering i maj.",
            ),
            (
                "Insats",
                "Vi köper in nya bilderböcker och startar en bokpåse som barnen får låna hem varannan "
                "vecka. Böckerna läses i samlingen och barnen får prata om dem.",
            ),
            ("Ansvarig", "Förskollärare Jenny Holm (Ekorren) och Omar Nasser (Räven)"),
            ("Datum när det ska vara klart", "2026-12-18"),
        ],
    )

    h(d, "Kartläggning", 1)
    h(d, "Kartläggningsmetoder", 2)
    p(d, "Observationer i barngruppen, samtal med barnen i samlingen och husmodellen.")
    h(d, "Områden som berörs i kartläggningen", 2)
    p(d, "Kränkande behandling, kön, etnisk tillhörighet.")
    h(d, "Hur barnen har involverats i kartläggningen", 2)
    p(d, "Barnen har svarat på frågor.")
    h(d, "Hur personalen har involverats i kartläggningen", 2)
    p(d, "Personalen har gjort observationerna.")
    h(d, "Resultat och analys", 2)
    p(d, "Resultaten har sammanställts i arbetslaget och ligger till grund för årets åtgärder.")

    h(d, "Förebyggande åtgärder", 1)
    kv_table(
        d,
        [
            ("Namn", "Lugnare hallsituation"),
            ("Områden som berörs av åtgärden", "Kränkande behandling"),
            (
                "Mål och uppföljning",
                "Färre konflikter mellan barnen vid av- och påklädning. Följs upp på "
                "arbetslagsmöte varannan månad.",
            ),
            (
                "Åtgärd",
                "Barnen klär på sig i två mindre grupper och en pedagog finns alltid i hallen vid "
                "lämning och hämtning.",
            ),
            ("Motivera åtgärd", "Åtgärden följer av arbetslagets kartläggning."),
            ("Ansvarig", "Barnskötare Lena Sjöberg"),
            ("Datum när det ska vara klart", "2026-10-30"),
        ],
    )

    h(d, "Rutiner för akuta situationer", 1)
    h(d, "Policy", 2)
    p(d, "På Förskolan Kotten accepterar vi inga kränkningar.")
    h(d, "Rutiner för att tidigt upptäcka trakasserier och kränkande behandling", 2)
    p(d, "Pedagogerna finns med barnen i alla situationer och är extra uppmärksamma i hallen och på gården.")
    h(d, "Personal som barn och vårdnadshavare kan vända sig till", 2)
    p(d, "Rektor Helena Dahl, 0511-340 12, helena.dahl@tallnas.se")
    p(d, "Förskollärare Jenny Holm, Ekorren, 0511-340 15")
    p(d, "Förskollärare Omar Nasser, Räven, 0511-340 16")
    h(d, "Rutiner för att utreda och åtgärda när barn kränks av andra barn", 2)
    wk.numbered(
        d,
        [
            "Pedagogen som ser händelsen ingriper direkt.",
            "Pedagogen pratar med barnen och informerar vårdnadshavarna samma dag.",
            "Pedagogen anmäler till rektor samma dag. Rektor anmäler vidare till huvudmannen.",
            "Rektor ser till att händelsen utreds och att åtgärder sätts in.",
            "Uppföljning sker efter två veckor.",
        ],
    )
    h(d, "Rutiner för att utreda och åtgärda när barn kränks av personal", 2)
    p(d, "Rektor utreder och pratar med den anställda och med barnets vårdnadshavare.")
    h(d, "Rutiner för dokumentation", 2)
    p(d, "[Beskriv hur dokumentation sker och var den förvaras.]", italic=True, color="808080")
    h(d, "Ansvarsförhållande", 2)
    p(d, "Alla som arbetar på Kotten ansvarar för att följa rutinerna.")

    h(d, "Diskrimineringsgrunder", 1)
    p(
        d,
        "Ingen får diskrimineras. Diskrimineringsgrunderna är kön, etnisk tillhörighet, religion eller annan "
        "trosuppfattning, funktionshinder och sexuell läggning.",
    )
    wk.save(d, out / "g1_02_kotten-forskola-do-guidance.docx")


# ==============================================================================================
# g1_03 — Björkängsskolan F–6 (DO template, merged "Delaktighet och förankring", picture twice)
# ==============================================================================================


def plan03(out):
    d = wk.new_doc(
        "Plan mot diskriminering och kränkande behandling Björkängsskolan 2025/26", author="Tomas Wiklund"
    )
    wk.header_text(d, "Björkängsskolan F–6 och fritidshem · Hedeby kommun")
    wk.footer_text(d, "Skolenhetskod 47382915 · Dnr BUN 2025/0571", page_field=True, numpages=True)
    symbol = wk.png_bytes(40, 40, (30, 130, 80), pattern="circle")
    par = p(d, align=C)
    wk.picture(par.add_run(), symbol, width_cm=2.5, name="Bild 1")
    p(d, "Björkängsskolans plan mot diskriminering och kränkande behandling", bold=True, size=18, align=C)
    p(d, "Förskoleklass, grundskola åk 1–6 och fritidshem · Läsåret 2025/26", align=C)

    h(d, "Grunduppgifter", 1)
    h(d, "Verksamhetsformer som omfattas av planen", 2)
    p(d, "Förskoleklass, grundskola (åk 1–6) och fritidshemmet Björken.")
    h(d, "Ansvariga för planen", 2)
    p(
        d,
        "Rektor Tomas Wiklund (0413-620 15, tomas.wiklund@hedeby.se) ansvarar för att planen tas fram, "
        "genomförs och utvärderas. Skolans trygghetsteam – kurator Maria Ek, specialpedagog Jonas Lund, "
        "fritidspedagog Leila Haddad och lärarna Karin Sund (F–3) och Per Olsson (4–6) – leder det "
        "dagliga arbetet, utreder anmälda kränkningar på rektors uppdrag och sammanställer kartläggningen. "
        "Mentorer ansvarar för att klassråden arbetar med planen. Alla vuxna ansvarar för att ingripa.",
    )
    h(d, "Vår vision", 2)
    p(
        d,
        "Björkängsskolan ska vara en skola där alla elever är trygga, blir respekterade och kan lära sig. "
        "Vi säger ifrån när någon blir illa behandlad.",
    )
    h(d, "Planen gäller från", 2)
    p(d, "2025-08-18")
    h(d, "Planen gäller till", 2)
    p(d, "2026-08-16")

    h(d, "Delaktighet och förankring", 2)
    p(
        d,
        "**Eleverna:** Elevrådet (två elever per klass i åk 1–6) gick i maj 2025 igenom förra årets plan och "
        "lämnade förslag. Den 4 september 2025 gjorde elevrådet en trygghetsvandring tillsammans med "
        "trygghetsteamet och markerade otrygga platser på en karta. Alla klasser har på klassråd diskuterat "
        "utkastet och skolans trivselregler; klassrådens förslag finns med bland årets åtgärder. En "
        "elevversion av planen gås igenom i varje klass i september.",
    )
    p(
        d,
        "**Vårdnadshavarna:** Skolrådet, där vårdnadshavare från varje årskurs ingår, diskuterade utkastet "
        "den 10 september 2025 och föreslog bland annat fler vuxna vid busshållplatsen. Vårdnadshavarna "
        "svarar på kommunens vårdnadshavarenkät i februari. Planen presenteras på höstens föräldramöten och "
        "publiceras på skolans webbplats och i Unikum, och vårdnadshavare kan lämna synpunkter till mentor "
        "eller rektor.",
    )
    p(
        d,
        "**Personalen:** Planen har tagits fram av trygghetsteamet och diskuterats i alla arbetslag och på "
        "APT den 9 september 2025.",
    )

    h(d, "Utvärdering", 1)
    p(
        d,
        "Förra årets plan har utvärderats i arbetslagen, i elevrådet och i trygghetsteamet under maj 2025. "
        "Vi upplever att arbetet har fungerat bra och att de flesta åtgärderna har genomförts. Eleverna "
        "känner sig överlag trygga på skolan. Vi fortsätter därför med rastaktiviteterna och med "
        "värdegrundsarbetet i klasserna.",
    )
    h(d, "Årets plan ska utvärderas senast", 2)
    p(d, "Kommer att kompletteras.")
    h(d, "Beskriv hur årets plan ska utvärderas", 2)
    p(d, "Kommer att kompletteras.")

    h(d, "Främjande insatser", 1)
    for pairs in [
        [
            ("Namn", "Gemensamma rastaktiviteter"),
            ("Områden som berörs av insatsen", "Kön, ålder, funktionsnedsättning, kränkande behandling"),
            (
                "Mål och uppföljning",
                "Alla elever ska ha någon att vara med på rasten. Följs upp i elevrådet.",
            ),
            (
                "Insats",
                "Fritidspersonalen leder lekar på storrasten varje dag; eleverna i åk 6 är lekledare "
                "för de yngre en gång i veckan.",
            ),
            ("Ansvarig", "Fritidspedagog Leila Haddad"),
            ("Datum när det ska vara klart", "Pågår hela läsåret, utvärderas 2026-05-29"),
        ],
        [
            ("Namn", "Värdegrundslektioner"),
            ("Områden som berörs av insatsen", "Samtliga diskrimineringsgrunder"),
            (
                "Mål och uppföljning",
                "Eleverna ska känna till diskrimineringsgrunderna och skolans trivselregler.",
            ),
            (
                "Insats",
                "Varje klass har en värdegrundslektion varannan vecka med material från trygghetsteamet.",
            ),
            ("Ansvarig", "Mentorerna"),
            ("Datum när det ska vara klart", "2026-06-12"),
        ],
    ]:
        for label, text in pairs:
            p(d, f"**{label}:** {text}")
        p(d)

    h(d, "Kartläggning", 1)
    h(d, "Kartläggningsmetoder", 2)
    p(
        d,
        "Hedeby kommuns elevenkät (åk 2–6, mars 2025), trygghetsvandring med elevrådet (september 2025), "
        "klassråd, incidentrapporter och anmälningar om kränkande behandling läsåret 2024/25 samt "
        "personalens observationer på raster och på fritidshemmet.",
    )
    h(d, "Resultat och analys", 2)
    p(
        d,
        "Svarsfrekvensen i elevenkäten var 142 av 156 elever. 91 % av eleverna uppger att de känner sig "
        "trygga i skolan (94 % året innan). Flest otrygga svar gäller toaletterna vid idrottshallen (18 "
        "elever), fotbollsplanen (14 elever) och skolbussen (9 elever). Under 2024/25 gjordes 23 anmälningar "
        "om kränkande behandling, varav 15 på raster och 6 på fritidshemmet. Fyra anmälningar gällde "
        "kommentarer om elevers hudfärg eller ursprung.",
    )
    p(
        d,
        "Vi ser att otryggheten hänger ihop med platser där vuxna inte finns: toaletterna ligger långt från "
        "rastvärdarna och på fotbollsplanen bestämmer ett fåtal äldre elever. Kommentarerna om ursprung visar "
        "att vi behöver arbeta mer med etnisk tillhörighet i värdegrundslektionerna.",
    )

    h(d, "Förebyggande åtgärder", 1)
    for pairs in [
        [
            ("Namn", "Trygga toaletter"),
            ("Områden som berörs av åtgärden", "Kränkande behandling"),
            (
                "Mål och uppföljning",
                "Högst 5 elever ska ange toaletterna vid idrottshallen som otrygga i enkäten 2026.",
            ),
            (
                "Åtgärd",
                "Toaletterna vid idrottshallen låses under lektionstid och en rastvärd placeras vid "
                "entrén. Nya lås som går att öppna utifrån i nödfall.",
            ),
            ("Motivera åtgärd", "Elevenkäten och trygghetsvandringen."),
            ("Ansvarig", "Rektor Tomas Wiklund"),
            ("Datum när det ska vara klart", "2025-10-31"),
        ],
        [
            ("Namn", "Fotbollsplanen för alla"),
            ("Områden som berörs av åtgärden", "Kön, ålder, kränkande behandling"),
            (
                "Mål och uppföljning",
                "Alla klasser ska kunna använda planen. Följs upp i elevrådet i december.",
            ),
            ("Åtgärd", "Schema för fotbollsplanen per klass och en vuxen domare på storrasten."),
            ("Motivera åtgärd", "Elevenkäten och klassrådens förslag."),
            ("Ansvarig", "Idrottslärare Anders Berg"),
            ("Datum när det ska vara klart", "2025-09-30"),
        ],
        [
            ("Namn", "Vi pratar om ursprung och hudfärg"),
            ("Områden som berörs av åtgärden", "Etnisk tillhörighet"),
            (
                "Mål och uppföljning",
                "Inga anmälningar om kommentarer om hudfärg eller ursprung. Följs upp i "
                "trygghetsteamet varje termin.",
            ),
            (
                "Åtgärd",
                "Två värdegrundslektioner per termin om rasism med material från Forum för levande historia.",
            ),
            ("Motivera åtgärd", "Fyra anmälningar om kommentarer om hudfärg eller ursprung."),
            ("Ansvarig", "Kurator Maria Ek"),
            ("Datum när det ska vara klart", "2026-05-29"),
        ],
    ]:
        for label, text in pairs:
            p(d, f"**{label}:** {text}")
        p(d)

    h(d, "Rutiner för akuta situationer", 1)
    par = p(d)
    wk.picture(par.add_run(), symbol, width_cm=1.5, name="Bild 2")
    h(d, "Personal som elever och vårdnadshavare kan vända sig till", 2)
    p(
        d,
        "Alla vuxna på skolan. Trygghetsteamet: kurator Maria Ek 072-345 67 89, specialpedagog Jonas Lund "
        "0413-620 22. Rektor Tomas Wiklund 0413-620 15.",
    )
    h(d, "Rutiner för att utreda och åtgärda när elev kränks av andra elever", 2)
    wk.numbered(
        d,
        [
            "Den vuxna som ser eller får höra om en kränkning ingriper direkt och säger ifrån.",
            "Den vuxna fyller i anmälan om kränkande behandling och lämnar den till rektor samma dag.",
            "Rektor anmäler till huvudmannen (barn- och utbildningsförvaltningen) inom en arbetsdag.",
            "Rektor ger trygghetsteamet i uppdrag att utreda skyndsamt: samtal med de inblandade eleverna och "
            "eventuella vittnen. Vårdnadshavare kontaktas samma dag.",
            "Trygghetsteamet föreslår åtgärder som rektor beslutar om.",
            "Utredning och åtgärder dokumenteras i kommunens system för anmälningar.",
            "Uppföljning med eleverna efter en till två veckor. Ärendet avslutas när kränkningarna har upphört.",
        ],
    )
    h(d, "Rutiner för att utreda och åtgärda när elev kränks av personal", 2)
    p(
        d,
        "Anmälan görs till rektor, som själv utreder, anmäler till huvudmannen och dokumenterar. Om rektor "
        "är inblandad görs anmälan direkt till skolchefen.",
    )

    h(d, "Diskrimineringsgrunderna", 1)
    p(d, "Enligt Diskrimineringsombudsmannen (DO) finns sju diskrimineringsgrunder:")
    bullets(
        d,
        [
            "**Kön** – att någon är kvinna eller man.",
            "**Könsidentitet eller könsuttryck** – att någon inte identifierar sig som kvinna eller man eller ger "
            "uttryck för att tillhöra ett annat kön.",
            "**Etnisk tillhörighet** – nationellt eller etniskt ursprung, hudfärg eller liknande.",
            "**Religion eller annan trosuppfattning**.",
            "**Funktionsnedsättning** – varaktiga fysiska, psykiska eller begåvningsmässiga begränsningar.",
            "**Sexuell läggning** – homosexuell, bisexuell eller heterosexuell läggning.",
            "**Ålder** – uppnådd levnadslängd.",
        ],
    )
    h(d, "Nationella minoriteter", 2)
    p(
        d,
        "I Sverige finns fem nationella minoriteter: judar, romer, samer, sverigefinnar och tornedalingar. "
        "Deras språk jiddisch, romani chib, samiska, finska och meänkieli är nationella minoritetsspråk.",
    )
    wk.save(d, out / "g1_03_bjorkang-f6-do-merged.docx")


# ==============================================================================================
# g1_04 — Hagaskolan 7–9 (DO template, typed TOC, title 2025/26 but body dates 2024/25)
# ==============================================================================================


def plan04(out):
    d = wk.new_doc(
        "Plan mot diskriminering och kränkande behandling Hagaskolan läsåret 2025/26", author="Mikael Strand"
    )
    wk.footer_text(d, "Hagaskolan · Åsby kommun · Dnr BUF 2024/0892")
    p(d, "Hagaskolan 7–9", size=14)
    p(d, "Plan mot diskriminering och kränkande behandling", bold=True, size=22)
    p(d, "Läsåret 2025/26", size=16)
    p(d)
    wk.typed_toc(
        d,
        [
            ("1. Grunduppgifter", 2),
            ("   Planens giltighetstid", 2),
            ("   Ansvariga för planen", 2),
            ("2. Elevernas delaktighet", 3),
            ("3. Vårdnadshavarnas delaktighet", 3),
            ("4. Utvärdering av föregående års plan", 3),
            ("5. Kartläggning", 4),
            ("6. Främjande insatser", 5),
            ("7. Förebyggande åtgärder", 6),
            ("8. Rutiner för akuta situationer", 7),
            ("9. Diskrimineringsgrunderna", 9),
            ("10. Nationella minoriteter", 10),
            ("11. Uppföljning och utvärdering av årets plan", 10),
        ],
    )
    wk.page_break(d)

    h(d, "1. Grunduppgifter", 1)
    p(d, "Hagaskolan är en grundskola med årskurs 7–9 och ca 410 elever. Skolenhetskod 83920174.")
    h(d, "Planens giltighetstid", 2)
    p(d, "Planen gäller från 2024-08-19 till 2025-08-15.")
    h(d, "Ansvariga för planen", 2)
    p(
        d,
        "Rektor Mikael Strand ansvarar för att planen upprättas, följs upp och utvärderas och för att "
        "anmälningar om kränkande behandling utreds. Biträdande rektor Lina Ahl leder skolans trygghetsteam "
        "(kurator, skolsköterska och två lärare), som utreder anmälda kränkningar, samordnar kartläggningen "
        "och föreslår åtgärder. Mentorerna ansvarar för arbetet i klasserna och all personal ansvarar för "
        "att ingripa och anmäla.",
    )
    p(d, "Kontakt: expedition 0380-417 00. Kurator Sanna Blom, mobil: 0702184458.")

    h(d, "2. Elevernas delaktighet", 1)
    p(d, "Planen presenteras för eleverna av mentorerna under mentorstid i september och finns i Vklass.")

    h(d, "4. Utvärdering av föregående års plan", 1)
    p(
        d,
        "Någon utvärdering av föregående års plan har inte gjorts, eftersom skolan bytte rektor under "
        "våren och trygghetsteamet saknade samordnare.",
    )

    h(d, "5. Kartläggning", 1)
    p(
        d,
        "Underlaget är Skolinspektionens skolenkät (vt, åk 8: 104 svar av 131), skolans egen "
        "trygghetsenkät för åk 7–9 (maj, 356 svar) och statistik över anmälningar om kränkande behandling.",
    )
    table(
        d,
        [
            ["Fråga", "Åk 7", "Åk 8", "Åk 9"],
            ["Jag känner mig trygg i skolan", "88 %", "81 %", "90 %"],
            ["Jag har blivit kränkt på nätet", "12 %", "19 %", "9 %"],
            ["Det finns platser där jag känner mig otrygg", "24 %", "31 %", "20 %"],
        ],
        widths=(8, 2.5, 2.5, 2.5),
    )
    p(
        d,
        "Otrygga platser som nämns flest gånger är omklädningsrummen vid idrotten, trappan vid matsalen och "
        "skolans Snapchat-grupper. Under året gjordes 41 anmälningar, varav 11 gällde kränkningar på nätet "
        "och 6 sexuella kommentarer mot flickor i åk 8. Vi ser att åk 8 sticker ut och att kränkningarna "
        "på nätet ofta börjar utanför skoltid men fortsätter i skolan. Eleverna har besvarat enkäterna "
        "under mentorstid.",
    )

    h(d, "6. Främjande insatser", 1)
    p(
        d,
        "Beskriv de främjande insatser som ska genomföras under läsåret. Ange för varje insats mål, "
        "områden som berörs, ansvarig och datum när den ska vara klar.",
        italic=True,
        color="808080",
    )

    h(d, "7. Förebyggande åtgärder", 1)
    for rows in [
        [
            ("Namn", "Vuxna i omklädningsrummen"),
            ("Områden som berörs av åtgärden", "Kränkande behandling, kön, sexuella trakasserier"),
            (
                "Mål och uppföljning",
                "Andelen elever som känner sig otrygga i omklädningsrummen ska halveras. "
                "Följs upp i trygghetsenkäten.",
            ),
            (
                "Åtgärd",
                "En vuxen av samma kön finns i anslutning till omklädningsrummen vid varje lektion; "
                "eleverna erbjuds enskilt ombyte.",
            ),
            ("Motivera åtgärd", "Skolenkäten och trygghetsenkäten."),
            ("Ansvarig", "Idrottslärarna Emma Roos och Nils Falk"),
            ("Datum när det ska vara klart", "Vecka 36"),
        ],
        [
            ("Namn", "Digitalt ansvar åk 8"),
            ("Områden som berörs av åtgärden", "Kränkande behandling, sexuella trakasserier"),
            ("Mål och uppföljning", "Färre anmälningar om kränkningar på nätet i åk 8."),
            ("Åtgärd", "Fyra lektioner om nätkränkningar och samtycke med kurator och skolsköterska."),
            ("Motivera åtgärd", "11 anmälningar om nätkränkningar, flest i åk 8."),
            ("Ansvarig", "Kurator Sanna Blom"),
            ("Datum när det ska vara klart", "Vecka 47"),
        ],
        [
            ("Namn", "Trappan vid matsalen"),
            ("Områden som berörs av åtgärden", "Kränkande behandling"),
            (
                "Mål och uppföljning",
                "Ingen trängsel och inga knuffar i trappan; följs upp av trygghetsteamet.",
            ),
            ("Åtgärd", "Rastvärd i trappan under lunchen och förskjutna lunchtider för åk 7."),
            ("Motivera åtgärd", "Trygghetsenkäten."),
            ("Ansvarig", "Biträdande rektor Lina Ahl"),
            ("Datum när det ska vara klart", "Senast vt-slut"),
        ],
    ]:
        kv_table(d, rows)

    h(d, "8. Rutiner för akuta situationer", 1)
    h(d, "Policy", 2)
    p(
        d,
        "På Hagaskolan tolereras inga former av diskriminering, trakasserier, sexuella trakasserier eller "
        "kränkande behandling.",
    )
    h(d, "Rutiner för att utreda och åtgärda när elev kränks av andra elever", 2)
    wk.numbered(
        d,
        [
            "Personal som ser eller får kännedom om en kränkning ingriper omedelbart.",
            "Personalen anmäler till rektor samma dag via Kränkningsportalen.",
            "Rektor anmäler till huvudmannen; anmälan i Kränkningsportalen går automatiskt till barn- och "
            "utbildningsförvaltningen.",
            "Trygghetsteamet utreder skyndsamt genom samtal med den utsatta, den/de som utövat kränkningen och "
            "vittnen. Vårdnadshavare informeras.",
            "Rektor beslutar om åtgärder utifrån utredningen.",
            "Allt dokumenteras i Kränkningsportalen.",
            "Uppföljning efter två veckor; ärendet avslutas när kränkningarna har upphört.",
        ],
    )
    h(d, "Rutiner för att utreda och åtgärda när elev kränks av personal", 2)
    p(
        d,
        "Anmälan görs till rektor som anmäler till huvudmannen och själv utreder. Utredningen dokumenteras "
        "och HR kopplas in.",
    )

    h(d, "9. Diskrimineringsgrunderna", 1)
    p(
        d,
        "Diskrimineringslagen (2008:567) omfattar sju diskrimineringsgrunder: kön, könsöverskridande "
        "identitet eller uttryck, etnisk tillhörighet, religion eller annan trosuppfattning, "
        "funktionsnedsättning, sexuell läggning och ålder.",
    )
    wk.save(d, out / "g1_04_hagaskolan-79-typed-toc.docx")


# ==============================================================================================
# g1_05 — Lillsjö skola F–6 (one page, terse, bullets with inline labels)
# ==============================================================================================


def plan05(out):
    d = wk.new_doc(
        "Plan mot diskriminering och kränkande behandling – Lillsjö skola 2025/26", author="Karin Ålund"
    )
    p(
        d,
        "Plan mot diskriminering och kränkande behandling – Lillsjö skola F–6, läsåret 2025/26",
        bold=True,
        size=14,
    )
    p(
        d,
        "Lillsjö skola är en liten byskola med 28 elever i förskoleklass–åk 6, fördelade på två klasser. "
        "Planen gäller också fritidshemmet. Skolenhetskod 59204381.",
        size=10,
    )
    p(
        d,
        "**Ansvarig:** Rektor Karin Ålund (tel. 0645-210 33, karin.alund@norrbacka.se) ansvarar för planen "
        "och för att den följs upp. All personal ansvarar för att ingripa och anmäla kränkningar till rektor.",
        size=10,
    )
    p(
        d,
        "**Så var eleverna med:** Elevrådet (en elev per årskurs) gick igenom förra årets plan i maj 2025 och "
        "gjorde trygghetsvandring med personalen den 2 september 2025. Klassråden har föreslagit åtgärderna "
        "nedan.",
        size=10,
    )
    p(
        d,
        "**Förra årets åtgärder:** 1) Rastvärd vid gungorna och bakom skolan – genomfördes hela året; i "
        "trivselenkäten i mars 2025 kände sig 1 elev otrygg vid gungorna mot 6 elever året innan. "
        "2) Lekar i blandade åldrar varje onsdag – genomfördes under vårterminen; rastvärdarna noterade färre "
        "konflikter på fotbollsplanen (från 9 till 3 i månaden).",
        size=10,
    )
    p(
        d,
        "**Kartläggning:** Trivselenkät mars 2025 (26 av 28 elever svarade): 24 känner sig trygga. Otrygga "
        "platser: omklädningsrummet i idrottshallen (5 elever) och skolbussen (3 elever). Vi tror att det "
        "beror på att ingen vuxen finns i omklädningsrummet och att bussen delas med elever från tre skolor.",
        size=10,
    )
    p(d, "**Åtgärder i år:**", size=10, after=0)
    for it in [
        "Vuxen finns utanför omklädningsrummen vid varje idrottslektion. Ansvarig: idrottsläraren Per "
        "Nyström. Genomförs: från vecka 35.",
        "Samtal med busschaufförerna och faddersittplatser på bussen för de yngsta. Ansvarig: rektor. "
        "Genomförs: september 2025, följs upp i december.",
    ]:
        par = d.add_paragraph(style="List Bullet")
        wk.runs_md(par, it, size=10)
    p(
        d,
        "**Om någon blir kränkt:** Den vuxna som ser eller får veta något ingriper direkt och meddelar rektor "
        "samma dag. Rektor anmäler till huvudmannen, utreder skyndsamt och dokumenterar på kommunens "
        "blankett. Vårdnadshavare kontaktas. Uppföljning efter två veckor. Om en vuxen kränker en elev "
        "utreder rektor själv.",
        size=10,
    )
    p(
        d,
        "**Diskriminering:** Ingen ska diskrimineras eller trakasseras på grund av kön, etnisk tillhörighet, "
        "religion eller funktionsnedsättning.",
        size=10,
    )
    p(
        d,
        "**Utvärdering:** Planen utvärderas i maj 2026 av elevrådet och personalen på en gemensam träff, med "
        "trivselenkäten i mars som underlag. Rektor ansvarar.",
        size=10,
    )
    p(d, "Planen skickas hem till alla vårdnadshavare i början av läsåret.", size=10)
    wk.save(d, out / "g1_05_lillsjo-onepage.docx")


PLANS = [plan01, plan02, plan03, plan04, plan05]
