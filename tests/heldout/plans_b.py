# ruff: noqa: E501
"""Held-out plans, part B: Swedish plans with odd structure, merged sections and outdated wording."""

from __future__ import annotations

from tests.heldout import stock
from tests.heldout.builder import Block, Bullets, H, Look, P, Table
from tests.heldout.model import PlanDef, expect


def kvarnby_calendar() -> PlanDef:
    """Calendar-year plan; 'Utvärdering' means this year's evaluation."""
    blocks: list[Block] = [
        H("Kvarnbyskolan – Plan mot kränkande behandling och diskriminering 2026", 1),
        P("Planen gäller kalenderåret 2026 (2026-01-01 – 2026-12-31)."),
        H("Ledning och ansvar", 2),
        *stock.responsible(1, rektor="Camilla Nord"),
        H("Elevernas delaktighet", 2),
        *stock.students(0),
        H("Hur gick det förra året?", 2),
        *stock.previous_year(2),
        H("Kartläggning hösten 2025", 2),
        P(
            "I oktober 2025 gjorde alla elever från åk 2 trygghetsenkäten (301 av 330 svarade). Den visade att "
            "de flesta trivs, men att var femte elev i åk 4–6 inte vågar gå på toaletten under lektionstid och "
            "att bråken oftast börjar i kön till matsalen. Vi ser att det hänger ihop med att matsalen är "
            "trång och att eleverna från flera klasser väntar samtidigt utan vuxen."
        ),
        H("Främjande arbete", 2),
        *stock.promotive(0),
        H("Förebyggande åtgärder", 2),
        *stock.measures_table(0),
        H("Akuta situationer", 2),
        *stock.acute(2),
        H("Diskrimineringsgrunder", 2),
        *stock.grounds(2),
        H("Nationella minoriteter", 2),
        *stock.minorities(1),
        H("Utvärdering", 2),
        P(
            "Planen utvärderas i november 2026 inför nästa kalenderår. Likabehandlingsgruppen ansvarar och "
            "använder höstens trygghetsenkät och en workshop med elevrådet, där eleverna bedömer om "
            "åtgärderna har gjort skillnad."
        ),
        H("Vårdnadshavare", 2),
        *stock.guardians(1),
    ]
    return PlanDef(
        name="kvarnby_calendar_year",
        forms=("grundskola",),
        blocks=blocks,
        # Calendar year 2026: twelve months, legitimate form (BRIEF 4.3, 6.1 pitfalls); a lawyer accepts it
        # as the plan in force for the 2025/26 collection (it covers the whole spring term) -> met.
        expected=expect(),
        look=Look(headings="word", font="Georgia", size=11),
        decoys=("2026-01-01", "2026-12-31"),
    )


def raby_merged() -> PlanDef:
    """Merged 'Främjande och förebyggande arbete' heading with both kinds of items; bold headings."""
    blocks: list[Block] = [
        P("Råbyskolan F–9", bold=True),
        P("Plan mot diskriminering och kränkande behandling, läsåret 25/26"),
        H("Organisation"),
        *stock.responsible(2, rektor="Johan Wik"),
        H("Delaktighet"),
        *stock.students(1),
        P(
            "Föräldrarna i skolrådet läste utkastet i september och lämnade synpunkter, och planen visas på "
            "föräldramötena under hösten. Den finns också i Vklass."
        ),
        H("Förra årets arbete"),
        *stock.previous_year(1),
        H("Nulägesanalys"),
        *stock.survey(1),
        H("Främjande och förebyggande arbete"),
        P(
            "Vi skiljer på insatser för alla (främjande) och insatser som riktas mot risker vi hittat (förebyggande)."
        ),
        Bullets(
            (
                "Främjande: alla klasser arbetar med ett värdegrundsmaterial en lektion i månaden (mentorer, hela året).",
                "Främjande: vi uppmärksammar FN-dagen och Förintelsens minnesdag och läser litteratur av författare med olika bakgrund (svensklärarna, ht och vt).",
                "Förebyggande, utifrån skolenkäten: vuxen i korridoren vid matsalen under lunch – ansvarig biträdande rektor, från 1 september.",
                "Förebyggande, utifrån anmälningarna: samtalsgrupper om språkbruk för åk 8 – kurator, oktober–december.",
                "Förebyggande: genomgång med all personal om hur vi säger ifrån mot kommentarer om kropp och utseende – rektor, studiedagen i oktober.",
            )
        ),
        H("Vid kränkningar"),
        *stock.acute(0),
        H("Diskrimineringsgrunder"),
        *stock.grounds(0),
        H("Nationella minoriteter"),
        *stock.minorities(0),
        H("Utvärdering av planen"),
        *stock.evaluation_plan(0),
    ]
    return PlanDef(
        name="raby_merged_heading",
        forms=("grundskola",),
        blocks=blocks,
        expected=expect(),
        look=Look(headings="bold", font="Tahoma", size=10, lists="dot"),
    )


def angsbacka_steg() -> PlanDef:
    """Content under 'Steg 1-4', 'Så jobbar vi', 'Vårt år' (annual wheel table)."""
    blocks: list[Block] = [
        H("Trygg på Ängsbacka", 1),
        P("Plan mot diskriminering och kränkande behandling"),
        H("Om planen", 2),
        P("Den här planen gäller från och med höstterminen 2025 till och med vårterminen 2026."),
        H("Vilka är vi?", 2),
        P(
            "Ängsbacka skola har 410 elever i åk 4–9. Rektor Peter Lund ansvarar för planen och för att skolan "
            "anmäler kränkningar till huvudmannen. Trygghetsgruppen leds av kurator Sara Ek och har en lärare "
            "från varje arbetslag; gruppen samordnar arbetet och utreder ärenden. Alla vuxna ska ingripa och "
            "berätta för rektor när de ser att någon far illa."
        ),
        H("Steg 1 – Undersöka", 2),
        P(
            "I mars svarade 368 elever på trygghetsenkäten. Elevskyddsombuden ledde en trygghetsvandring med "
            "representanter från varje klass i april. Enkäten visade att 12 procent av eleverna i åk 7 inte "
            "känner sig trygga i omklädningsrummen, och på vandringen markerades också trappan vid bibliotekets "
            "baksida och busskuren som otrygga."
        ),
        H("Steg 2 – Analysera", 2),
        P(
            "Otryggheten samlas där eleverna byter om eller väntar utan vuxna. I omklädningsrummen handlar det "
            "om kommentarer om kroppen och om att mobiler används. Vi bedömer att risken för sexuella "
            "trakasserier är störst där."
        ),
        H("Steg 3 – Åtgärda", 2),
        Table(
            (
                ("Åtgärd", "Vem", "När"),
                ("Mobilförvaring utanför omklädningsrummen", "Idrottslärarna", "Från v. 34"),
                ("Vuxen i busskuren 15.00–15.30", "Fritidspedagogerna enligt schema", "Hela läsåret"),
                (
                    "Belysning och kamera vid bibliotekstrappan",
                    "Rektor beställer av fastighetsbolaget",
                    "Senast december 2025",
                ),
            )
        ),
        H("Steg 4 – Följa upp och utvärdera", 2),
        P(
            "Förra läsårets tre åtgärder har vi följt upp. Rastvärdar i åk 4–6 genomfördes hela året och "
            "bråken på fotbollsplanen minskade tydligt enligt incidentrapporterna. Lektionerna om nätet i åk 7 "
            "genomfördes under hösten; färre elever uppgav i vårens enkät att de fått elaka meddelanden (19 % "
            "jämfört med 27 %). Fasta platser i matsalen prövades men avbröts i februari eftersom eleverna "
            "upplevde dem som ett straff."
        ),
        P(
            "Årets plan utvärderas i maj 2026. Trygghetsgruppen jämför vårens enkät med årets och elevrådet "
            "bedömer varje åtgärd på ett gemensamt möte. Rektor ansvarar för att utvärderingen skrivs in i nästa års plan."
        ),
        H("Så jobbar vi", 2),
        *stock.promotive(1),
        H("Vårt år", 2),
        Table(
            (
                ("Månad", "Vad händer"),
                ("Augusti", "Elevrådet läser utkastet till planen och föreslår ändringar"),
                (
                    "September",
                    "Klassråden diskuterar planen; föräldramöten där planen presenteras och vårdnadshavarna lämnar synpunkter",
                ),
                ("Mars", "Trygghetsenkät"),
                ("April", "Trygghetsvandring med elevskyddsombuden"),
                ("Maj", "Utvärdering med elevråd och trygghetsgrupp"),
                ("Juni", "Rektor skriver utvärderingen"),
            )
        ),
        H("Om någon blir illa behandlad", 2),
        *stock.acute(2),
        H("Lika rättigheter", 2),
        *stock.grounds(0),
        *stock.minorities(1),
    ]
    return PlanDef(
        name="angsbacka_steg",
        forms=("grundskola",),
        blocks=blocks,
        expected=expect(),
        look=Look(headings="word", font="Segoe UI", size=10),
    )


def sjovik_acute_partial() -> PlanDef:
    """Acute routine without investigation and documentation; guardians info only; no minorities."""
    blocks: list[Block] = [
        H("Sjöviksskolan F–6"),
        P("Plan mot kränkande behandling och diskriminering · Läsåret 2025/2026"),
        H("Ansvar för planen"),
        *stock.responsible(0, rektor="Nina Falk"),
        H("Barnens och elevernas delaktighet"),
        *stock.students(2),
        H("Utvärdering av förra årets plan"),
        *stock.previous_year(0),
        H("Kartläggning"),
        *stock.survey(0),
        H("Främjande arbete"),
        *stock.promotive(1),
        H("Förebyggande arbete"),
        *stock.measures_table(0),
        H("Om en elev blir kränkt"),
        # No investigation, no documentation (BRIEF 6.8 partial).
        P(
            "Alla vuxna ingriper direkt. Rektor informeras samma dag och anmäler vidare till huvudmannen. "
            "Rektor bestämmer vilka åtgärder som behövs och mentor följer upp med eleven efter två veckor."
        ),
        H("Diskrimineringsgrunderna"),
        *stock.grounds(1),
        H("Utvärdering av årets plan"),
        *stock.evaluation_plan(1),
        H("Information till vårdnadshavare"),
        P("Planen finns på skolans hemsida och i Unikum."),
    ]
    return PlanDef(
        name="sjovik_acute_partial",
        forms=("förskoleklass", "grundskola", "fritidshem"),
        blocks=blocks,
        expected=expect(acute_routines="partial", minority_rights="missing", guardian_involvement="partial"),
        look=Look(headings="caps_plain", font="Calibri", size=11),
    )


def fjallskolan() -> PlanDef:
    """Acute routine only referenced externally; survey results from 2023; rich Sami/Meänkieli section."""
    blocks: list[Block] = [
        H("Fjällskolans plan mot diskriminering och kränkande behandling", 1),
        P("Läsåret 2025/26 · Grundskola F–9 och fritidshem"),
        H("Ansvar", 2),
        *stock.responsible(2, rektor="Nils-Erik Pavval"),
        H("Elevernas delaktighet", 2),
        *stock.students(1),
        H("Utvärdering av förra läsåret", 2),
        *stock.previous_year(2),
        H("Kartläggning", 2),
        # Results older than ~18 months at upload (BRIEF 6.5 partial).
        P(
            "Vår senaste skolenkät genomfördes våren 2023. Den visade att 88 procent av eleverna kände sig "
            "trygga och att skolbussen var den plats där flest hade varit med om något obehagligt."
        ),
        H("Samiska och meänkieli på Fjällskolan", 2),
        P(
            "Kommunen ingår i förvaltningsområdena för samiska, finska och meänkieli. Samer, tornedalingar och "
            "sverigefinnar finns bland våra familjer, liksom i hela landet judar och romer – de fem nationella "
            "minoriteterna. Skolan erbjuder modersmålsundervisning i nordsamiska och meänkieli även till elever "
            "som inte talar språket hemma, och informerar om det vid varje inskrivning. Vi firar samernas "
            "nationaldag den 6 februari med hela skolan och tornedalingarnas dag den 15 juli uppmärksammas i "
            "sommarbrevet. Elever ska aldrig behöva höra nedsättande kommentarer om samer eller om sitt språk; "
            "trygghetsgruppen följer särskilt upp sådana händelser."
        ),
        H("Främjande arbete", 2),
        *stock.promotive(2),
        H("Förebyggande åtgärder", 2),
        Table(
            (
                ("Åtgärd", "Ansvarig", "När"),
                (
                    "Vuxen på skolbussen de två längsta linjerna",
                    "Rektor i samråd med skolskjutssamordnaren",
                    "Från skolstart",
                ),
                ("Ny trygghetsenkät för alla elever", "Trygghetsgruppen", "Oktober 2025"),
                ("Samtal om språkbruk i åk 7–9", "Mentorer och kurator", "Vt 2026"),
            )
        ),
        H("Rutiner för akuta situationer", 2),
        # Only a reference to an external routine with no steps (BRIEF 6.8 missing).
        P(
            "Skolan följer kommunens gemensamma rutin ”Riktlinjer vid kännedom om kränkande behandling”, som finns på intranätet."
        ),
        H("Diskrimineringsgrunderna", 2),
        *stock.grounds(0),
        H("Uppföljning av planen", 2),
        *stock.evaluation_plan(2),
        H("Vårdnadshavare", 2),
        *stock.guardians(1),
    ]
    return PlanDef(
        name="fjallskolan_external_routine",
        forms=("grundskola", "fritidshem"),
        blocks=blocks,
        expected=expect(survey="partial", acute_routines="missing"),
        look=Look(headings="rubrik_outline", font="Open Sans", size=10),
    )


def granberget_law_appendix() -> PlanDef:
    """Thin body; an appendix of law extracts quotes every keyword."""
    blocks: list[Block] = [
        H("Granbergets skola – Plan mot kränkande behandling", 1),
        P("Läsår 2025/26"),
        H("Ansvar", 2),
        *stock.responsible(0, rektor="Ingrid Lund"),
        H("Värdegrundsarbete", 2),
        *stock.promotive(2),
        H("Arbetsgång vid kränkande behandling", 2),
        *stock.acute(0),
        H("Bilaga 2 – Aktuella bestämmelser", 1),
        P(
            "Skollagen (2010:800) 6 kap. 8 §: ”Huvudmannen ska se till att det varje år upprättas en plan med en "
            "översikt över de åtgärder som behövs för att förebygga och förhindra kränkande behandling av barn och "
            "elever. Planen ska innehålla en redogörelse för vilka av dessa åtgärder som avses att påbörjas eller "
            "genomföras under det kommande året. En redogörelse för hur de planerade åtgärderna har genomförts "
            "ska tas in i efterföljande års plan.”"
        ),
        P(
            "Förordning (2006:1083) 2 §: ”En plan mot kränkande behandling enligt 6 kap. 8 § skollagen "
            "(2010:800) ska upprättas, följas upp och ses över under medverkan av barnen eller eleverna vid den "
            "verksamhet som planen gäller för. Utformningen och omfattningen av barnens eller elevernas deltagande "
            "ska anpassas efter deras ålder och mognad.”"
        ),
        P(
            "Diskrimineringslag (2008:567) 1 kap. 1 §: ”Denna lag har till ändamål att motverka diskriminering "
            "och på andra sätt främja lika rättigheter och möjligheter oavsett kön, könsöverskridande identitet "
            "eller uttryck, etnisk tillhörighet, religion eller annan trosuppfattning, funktionsnedsättning, "
            "sexuell läggning eller ålder.”"
        ),
        P(
            "Diskrimineringslag (2008:567) 3 kap. 2 §: Arbetet med aktiva åtgärder innebär att 1. undersöka om det "
            "finns risker för diskriminering eller repressalier, 2. analysera orsaker till upptäckta risker och "
            "hinder, 3. vidta de förebyggande och främjande åtgärder som skäligen kan krävas, och 4. följa upp och "
            "utvärdera arbetet."
        ),
        P(
            "Lag (2009:724) om nationella minoriteter och minoritetsspråk 2 §: Nationella minoriteter är judar, "
            "romer, samer, sverigefinnar och tornedalingar. Nationella minoritetsspråk är jiddisch, romani chib, "
            "samiska, finska och meänkieli."
        ),
    ]
    return PlanDef(
        name="granberget_law_appendix",
        forms=("grundskola",),
        blocks=blocks,
        # Grounds and minorities only in quoted law text in an appendix -> partial (BRIEF 6.9, 6.10);
        # everything else only in the law extract -> missing (BRIEF 8).
        expected=expect(
            student_involvement="missing",
            previous_year_evaluation="missing",
            survey="missing",
            preventive_measures="missing",
            discrimination_grounds="partial",
            minority_rights="partial",
            evaluation_plan="missing",
            guardian_involvement="missing",
        ),
        look=Look(headings="word", font="Times New Roman", size=12),
        decoys=("2010:800", "2008:567", "2006:1083"),
    )


def larkan_old() -> PlanDef:
    """Förskola with outdated wording: förskolechef, allmänna råd 2012, five grounds with funktionshinder."""
    blocks: list[Block] = [
        P("LIKABEHANDLINGSPLAN", bold=True),
        P("Förskolan Lärkan, Storgatan 4", bold=True),
        P("Gäller 2025-11-01 – 2026-10-31"),
        P(
            "Planen bygger på diskrimineringslagen, skollagen och Skolverkets allmänna råd för arbetet mot "
            "diskriminering och kränkande behandling (SKOLFS 2012:10)."
        ),
        H("Förskolechefens ansvar"),
        P(
            "Förskolechef Birgitta Holm ansvarar för att planen upprättas och följs, för att personalen känner "
            "till den och för att händelser anmäls till huvudmannen. Arbetslagen på avdelningarna Blåklockan och "
            "Smörblomman ansvarar för det dagliga arbetet."
        ),
        H("Barnens delaktighet"),
        # Generic, no forum or method (BRIEF 6.3 partial).
        P("Barnen är delaktiga i värdegrundsarbetet i vardagen."),
        H("Vad hände förra året"),
        Bullets(
            (
                "Sagostunder om känslor och vänskap: genomfördes varje vecka på Blåklockan. Barnen använder nu själva orden arg, ledsen och rädd när konflikter uppstår.",
                "Pedagog vid klätterställningen: infördes i december. Vid observationerna i mars förekom inga knuffar där, mot sju tillfällen hösten innan.",
                "Föräldracafé om barns integritet: hölls i februari, elva familjer kom.",
            )
        ),
        H("Kartläggning"),
        P(
            "Pedagogerna observerade leken inne och ute under tre veckor i september och barnen gjorde "
            "husmodellen med foton av förskolans rum. Det framkom att de yngsta barnen undviker hallen när de "
            "större klär på sig, och att två barn ofta blir lämnade utanför i rollek. Orsaken bedömer vi är att "
            "hallen är trång och att rolleken styrs av några få barn."
        ),
        H("Främjande"),
        P(
            "Alla barn ska få pröva alla roller i leken. Pedagogerna använder böcker och bilder som visar olika "
            "familjer och kulturer och uppmuntrar pojkar och flickor att leka tillsammans. Arbetslagen planerar "
            "detta vid höstens planeringsdag."
        ),
        H("Förebyggande"),
        Table(
            (
                ("Åtgärd", "Ansvarig", "Tid"),
                (
                    "Delad påklädning i hallen: yngre barn först",
                    "Arbetslaget Blåklockan",
                    "Från november 2025",
                ),
                ("Rollek i mindre grupper med pedagog", "Förskollärarna", "Vt 2026"),
            )
        ),
        P(
            "Inom projektet Generationsmöten besöker barnen Solgårdens äldreboende. Deltagarlista (ska inte "
            "publiceras): Elsa Karlsson 251103+2746."
        ),
        H("Om ett barn blir kränkt"),
        Bullets(
            (
                "Pedagogen ingriper och stöttar barnet.",
                "Förskolechefen informeras samma dag och anmäler till huvudmannen.",
                "Händelsen utreds genom samtal med barnen och med vårdnadshavarna.",
                "Åtgärder beslutas och dokumenteras på förskolans blankett.",
                "Uppföljning sker efter två veckor.",
            )
        ),
        H("Diskrimineringsgrunderna"),
        # Pre-2009 list of five grounds with 'funktionshinder' (BRIEF 2.4, 6.9 partial).
        P(
            "Ingen ska diskrimineras på grund av kön, etnisk tillhörighet, religion eller annan trosuppfattning, sexuell läggning eller funktionshinder."
        ),
        H("Utvärdering"),
        P(
            "Planen utvärderas i oktober 2026 av förskolechefen och arbetslagen. Barnen deltar genom samtal i "
            "barngruppen och en ny husmodell i september."
        ),
        H("Vårdnadshavare"),
        P(
            "Vårdnadshavarna får planen på föräldramötet och kan lämna synpunkter i brukarrådet eller direkt "
            "till pedagogerna."
        ),
    ]
    return PlanDef(
        name="larkan_forskola_old_wording",
        forms=("förskola",),
        blocks=blocks,
        # Validity Nov-Oct covering most of 2025/26 -> met (BRIEF 1.0 item 9, 6.1).
        expected=expect(
            student_involvement="partial",
            discrimination_grounds="partial",
            minority_rights="missing",
        ),
        look=Look(headings="bold", font="Comic Sans MS", size=11),
        identity_numbers=("251103+2746",),
        decoys=("2025-11-01", "2026-10-31", "2012:10"),
    )


def kometen_fritids() -> PlanDef:
    """A separate fritidshem plan: short, barn/elever mixed, acute routine only referenced."""
    blocks: list[Block] = [
        P("Fritidshemmets plan mot kränkande behandling – Fritids Kometen", bold=True),
        P("Gäller ht 2025 – vt 2026"),
        H("Ansvar"),
        P(
            "Rektor Tomas Berg ansvarar för planen. Fritidsansvarig Leila Haddad leder arbetet i "
            "fritidspersonalens arbetslag och ser till att alla i personalen vet vad de ska göra."
        ),
        H("Barnen är med"),
        P(
            "Fritidsrådet, med två barn från varje årskurs, gick igenom utkastet i augusti och ville ha nya "
            "regler för pingisbordet – de finns nu med. Fritidsrådet träffas varannan vecka och tar upp hur "
            "planen fungerar."
        ),
        H("Förra året"),
        # Done, without how or effect (BRIEF 6.4 partial).
        P("Förra årets åtgärder genomfördes."),
        H("Så mår barnen på fritids"),
        P(
            "Vi gjorde en trivselenkät på fritids i maj. 38 av 45 barn svarade; de flesta trivs men många tycker "
            "att det är stökigt i kapprummet vid hämtning och att de äldre eleverna tar över pingisbordet."
        ),
        P("Händelser under våren: 2025-03-12 anmälan om kränkning, barn 201702043397, åtgärdat."),
        H("Främja"),
        P(
            "Varje fredag har vi gemensam samling där barnen lär känna varandra över åldrarna. Vi köper in spel "
            "och böcker som visar olika familjer och vi har tjejtid och killtid i snickeriet växelvis. "
            "Fritidsansvarig planerar detta varje termin."
        ),
        H("Förebygga"),
        Table(
            (
                ("Vad", "Vem", "När"),
                ("Vuxen i kapprummet 16.00–17.00", "Fritidspersonalen enligt schema", "Från v. 35"),
                ("Bokningslista för pingisbordet", "Fritidsrådet med Leila Haddad", "September 2025"),
            )
        ),
        H("Om något händer"),
        # Points to another document, no steps (BRIEF 6.8 missing).
        P("Se skolans plan mot kränkande behandling, bilaga 1."),
        H("Diskriminering"),
        # No ground named (BRIEF 6.9 missing: fewer than 4).
        P("Vi arbetar mot diskriminering utifrån alla diskrimineringsgrunder."),
        H("Utvärdering"),
        P(
            "Vi utvärderar planen med barnen i fritidsrådet i maj 2026. Fritidsansvarig Leila Haddad ansvarar; "
            "underlag är en ny trivselenkät."
        ),
        H("Till vårdnadshavare"),
        P("Vårdnadshavarna får planen via veckobrevet."),
    ]
    return PlanDef(
        name="kometen_fritidshem",
        forms=("fritidshem",),
        blocks=blocks,
        # Named source with results, thin analysis -> met (BRIEF 6.5: analysis is a feedback point).
        expected=expect(
            previous_year_evaluation="partial",
            acute_routines="missing",
            discrimination_grounds="missing",
            minority_rights="missing",
            guardian_involvement="partial",
        ),
        look=Look(headings="caps_plain", font="Arial Rounded MT Bold", size=11),
        identity_numbers=("201702043397",),
        decoys=("2025-03-12",),
    )


def bergsjo_respondents() -> PlanDef:
    """Students only as survey respondents; evaluation plan without students' part."""
    blocks: list[Block] = [
        H("Bergsjöskolan F–9: Plan mot diskriminering och kränkande behandling 2025/26", 1),
        H("Ansvar", 2),
        *stock.responsible(1, rektor="Leif Carlsson"),
        H("Elevernas delaktighet", 2),
        P("Eleverna har svarat på trivselenkäten och deras svar ligger till grund för planen."),
        H("Uppföljning av föregående års åtgärder", 2),
        *stock.previous_year(1),
        H("Kartläggning och analys", 2),
        *stock.survey(1),
        H("Främjande arbete", 2),
        *stock.promotive(2),
        H("Förebyggande åtgärder", 2),
        *stock.measures_table(1),
        H("Rutiner för akuta situationer", 2),
        *stock.acute(0),
        H("Diskrimineringsgrunderna", 2),
        *stock.grounds(2),
        H("Nationella minoriteter", 2),
        *stock.minorities(0),
        H("Utvärdering av årets plan", 2),
        # When, how and who but not the students' part (BRIEF 6.11 partial).
        P("Rektor och trygghetsteamet utvärderar planen i juni 2026 med hjälp av trivselenkäten."),
        H("Vårdnadshavarnas delaktighet", 2),
        *stock.guardians(0),
    ]
    return PlanDef(
        name="bergsjo_respondents_only",
        forms=("förskoleklass", "grundskola"),
        blocks=blocks,
        expected=expect(student_involvement="partial", evaluation_plan="partial"),
        look=Look(headings="word", font="Calibri"),
    )


def kaunisjarvi() -> PlanDef:
    """Rich minority section, annual wheel carries the evaluation; guardians info only."""
    blocks: list[Block] = [
        H("Kaunisjärvi skola", 1),
        P("Plan mot kränkande behandling och diskriminering, augusti 2025 – augusti 2026"),
        H("Vem ansvarar?", 2),
        *stock.responsible(0, rektor="Aino Keinänen"),
        H("Eleverna", 2),
        *stock.students(2),
        H("Förra årets plan", 2),
        *stock.previous_year(0),
        H("Vad vet vi om tryggheten?", 2),
        *stock.survey(0),
        H("Vårt språk, vår kultur", 2),
        P(
            "Skolan ligger i förvaltningsområdet för finska, meänkieli och samiska. Många familjer är "
            "tornedalingar eller sverigefinnar; i klasserna finns också samiska elever. Alla fem nationella "
            "minoriteter – judar, romer, samer, sverigefinnar och tornedalingar – tas upp i undervisningen i "
            "historia och samhällskunskap."
        ),
        Bullets(
            (
                "Modersmålsundervisning i meänkieli och finska erbjuds alla som vill, även utan förkunskaper; vi informerar om rätten vid inskrivningen och varje höst.",
                "Skyltar i skolan är på svenska, meänkieli och finska.",
                "Tornedalingarnas dag uppmärksammas vid skolstarten i augusti och sverigefinnarnas dag den 24 februari.",
                "Vi följer särskilt upp kommentarer om elevers språk eller brytning i trygghetsenkäten.",
            )
        ),
        H("Främjande", 2),
        *stock.promotive(0),
        H("Förebyggande", 2),
        *stock.measures_table(0),
        H("Om någon blir kränkt", 2),
        *stock.acute(1),
        H("Diskrimineringsgrunder", 2),
        *stock.grounds(1),
        H("Årshjul", 2),
        Table(
            (
                ("Månad", "Aktivitet", "Ansvarig"),
                ("Augusti", "Planen gås igenom på APT", "Rektor"),
                ("Oktober", "Trygghetsvandring med elevrådet", "Trygghetsteamet"),
                ("Mars", "Trivselenkät", "Trygghetsteamet"),
                ("Maj", "Utvärdering av planen med elevrådet och klassråden", "Rektor"),
                ("Juni", "Ny plan skrivs utifrån utvärderingen", "Rektor och trygghetsteamet"),
            )
        ),
        H("Till vårdnadshavare", 2),
        P("Planen finns på skolans hemsida."),
    ]
    return PlanDef(
        name="kaunisjarvi_minorities",
        forms=("grundskola",),
        blocks=blocks,
        expected=expect(guardian_involvement="partial"),
        look=Look(headings="rubrik", font="Calibri", size=11),
    )


def hammar_lorem() -> PlanDef:
    """Some sections unfilled (lorem ipsum, 'Skriv text här', '[Skriv här ...]')."""
    blocks: list[Block] = [
        H("Hammarskolan 7–9", 1),
        P("Plan mot diskriminering och kränkande behandling läsåret 2025/26"),
        H("Ansvar", 2),
        *stock.responsible(1, rektor="Sven Ahl"),
        H("Elevernas delaktighet", 2),
        P(
            "Elevrådet och klassråden var med och tog fram planen: i augusti diskuterade klassråden vad som "
            "gör skolan otrygg och elevrådet prioriterade förslagen, som sedan skrevs in bland åtgärderna."
        ),
        H("Utvärdering av förra årets plan", 2),
        *stock.previous_year(1),
        H("Kartläggning", 2),
        *stock.survey(1),
        H("Främjande arbete", 2),
        P(
            "Lorem ipsum dolor sit amet, consectetur adipiscing elit. Integer nec odio. Praesent libero. Sed cursus "
            "ante dapibus diam.",
            guidance=True,
        ),
        H("Förebyggande åtgärder", 2),
        *stock.measures_table(1, follow_up=False),
        H("Rutiner för akuta situationer", 2),
        *stock.acute(2),
        H("Diskrimineringsgrunderna", 2),
        *stock.grounds(1),
        H("Nationella minoriteter", 2),
        P("[Skriv här hur skolan arbetar med de nationella minoriteternas rättigheter.]", guidance=True),
        H("Utvärdering av årets plan", 2),
        P("Skriv text här", guidance=True),
        H("Vårdnadshavare", 2),
        P("Planen publiceras på hemsidan."),
    ]
    return PlanDef(
        name="hammar_lorem_mixed",
        forms=("grundskola",),
        blocks=blocks,
        expected=expect(
            promotive_work="missing",
            minority_rights="missing",
            evaluation_plan="missing",
            guardian_involvement="partial",
        ),
        guidance_keys=frozenset({"promotive_work", "minority_rights", "evaluation_plan"}),
        look=Look(headings="word", font="Calibri"),
    )


def vasterang_no_owner() -> PlanDef:
    """Measures table without owner/time columns; last year only 'most were done'."""
    blocks: list[Block] = [
        H("Västerängsskolan – plan mot kränkande behandling", 1),
        P("Läsåret 2025-2026"),
        H("Roller", 2),
        *stock.responsible(2, rektor="Therese Molin"),
        H("Så har eleverna deltagit", 2),
        *stock.students(2),
        H("Tillbakablick", 2),
        P("Vi genomförde de flesta av förra årets åtgärder och arbetet har gått bra."),
        H("Vad visar underlagen?", 2),
        *stock.survey(1),
        H("Främjande", 2),
        *stock.promotive(2),
        H("Åtgärdsplan", 2),
        # No owner, no time (BRIEF 6.7 partial).
        Table(
            (
                ("Område", "Mål", "Åtgärd"),
                (
                    "Kommentarer om kropp och utseende",
                    "Färre elever utsätts",
                    "Temalektioner om sexuella trakasserier",
                ),
                ("Korridoren vid matsalen", "Eleverna känner sig trygga", "Mer vuxennärvaro"),
                ("Sociala medier", "Bättre kunskap om nätet", "Föreläsning för elever och vårdnadshavare"),
            )
        ),
        H("Arbetsgång", 2),
        *stock.acute(0),
        H("Diskrimineringsgrunderna", 2),
        *stock.grounds(1),
        H("Nationella minoriteter", 2),
        *stock.minorities(1),
        H("Uppföljning", 2),
        *stock.evaluation_plan(1),
        H("Vårdnadshavare", 2),
        *stock.guardians(1),
    ]
    return PlanDef(
        name="vasterang_no_owner_table",
        forms=("grundskola",),
        blocks=blocks,
        expected=expect(previous_year_evaluation="partial", preventive_measures="partial"),
        look=Look(headings="word", font="Arial", size=10),
    )


def solberga_per_ground() -> PlanDef:
    """One measures table per discrimination ground, numbered text headings."""
    per_ground = [
        (
            "Kön",
            "Pojkar tar mer plats på fotbollsplanen",
            "Bokningsschema för planen",
            "Fritidspersonalen",
            "Från v. 36",
        ),
        (
            "Könsöverskridande identitet eller uttryck",
            "Elever med annat könsuttryck saknar ett eget omklädningsrum",
            "Enskilt omklädningsrum iordningställs",
            "Rektor",
            "Oktober 2025",
        ),
        (
            "Etnisk tillhörighet",
            "Kommentarer om hudfärg i åk 6",
            "Samtal i klassen och med vårdnadshavare",
            "Mentor åk 6 och kurator",
            "Ht 2025",
        ),
        (
            "Religion eller annan trosuppfattning",
            "Elever som fastar känner sig utpekade i matsalen",
            "Rutin för alternativ lunchplats",
            "Måltidschefen",
            "Före mars 2026",
        ),
        (
            "Funktionsnedsättning",
            "Hissen i B-huset är ofta trasig",
            "Felanmälan följs upp varje vecka",
            "Vaktmästaren",
            "Hela läsåret",
        ),
        (
            "Sexuell läggning",
            "Ordet 'bög' används som skällsord",
            "Lektioner om språkbruk i åk 7–9",
            "SO-lärarna",
            "November 2025",
        ),
        (
            "Ålder",
            "Yngre elever trängs undan i matsalskön",
            "Separata tider för F–3",
            "Biträdande rektor",
            "Från skolstart",
        ),
    ]
    blocks: list[Block] = [
        H("Solbergaskolans plan mot diskriminering och kränkande behandling", 1),
        P("Gäller 2025-08-20 – 2026-08-19"),
        H("Ansvar", 1),
        *stock.responsible(0, rektor="Patrik Enqvist"),
        H("Elevernas delaktighet", 1),
        *stock.students(0),
        H("Utvärdering av föregående års plan", 1),
        *stock.previous_year(0),
        H("Kartläggning", 1),
        *stock.survey(2),
        H("Främjande insatser", 1),
        *stock.promotive(0),
        H("Förebyggande åtgärder per diskrimineringsgrund", 1),
    ]
    for ground, risk, measure, owner, when in per_ground:
        blocks.append(H(ground, 2))
        blocks.append(Table((("Risk", "Åtgärd", "Ansvarig", "När"), (risk, measure, owner, when))))
        if ground == "Etnisk tillhörighet":
            blocks.extend(stock.minorities(1))
    blocks += [
        H("Rutiner för akuta situationer", 1),
        *stock.acute(1),
        H("Utvärdering av årets plan", 1),
        *stock.evaluation_plan(0),
        H("Vårdnadshavarnas delaktighet", 1),
        *stock.guardians(0),
    ]
    return PlanDef(
        name="solberga_per_ground",
        forms=("grundskola",),
        blocks=blocks,
        expected=expect(),
        look=Look(headings="numbered", font="Calibri", size=11),
        decoys=("2025-08-20", "2026-08-19"),
    )


PLANS = [
    kvarnby_calendar,
    raby_merged,
    angsbacka_steg,
    sjovik_acute_partial,
    fjallskolan,
    granberget_law_appendix,
    larkan_old,
    kometen_fritids,
    bergsjo_respondents,
    kaunisjarvi,
    hammar_lorem,
    vasterang_no_owner,
    solberga_per_ground,
]
