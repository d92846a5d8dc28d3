# ruff: noqa: E501
"""Held-out plans, part C: vendor-style exports, du-voice, images, personal data, front-page tables."""

from __future__ import annotations

from tests.heldout import stock
from tests.heldout.builder import Block, Bullets, H, Image, Look, P, PageBreak, Table
from tests.heldout.model import PlanDef, expect


def vallby_general_evaluation() -> PlanDef:
    """'Utvärdering' means last year's and is only general; no evaluation plan for this year."""
    blocks: list[Block] = [
        P("Vallby skola F–9", bold=True),
        P("Trygghetsplan läsåret 2025/26", bold=True),
        H("Ansvarsfördelning"),
        *stock.responsible(0, rektor="Birgitta Ström"),
        H("Elevinflytande"),
        P(
            "Inför den här planen träffade trygghetsgruppen elevrådet två gånger. Elevrådet hade samlat in "
            "klassernas förslag på klassråden, och förslagen om fler rastaktiviteter och en vuxen i "
            "cykelförrådet tog vi med i planen."
        ),
        H("Utvärdering"),
        # General statement, no measures, no effect (BRIEF 6.4 partial). Past tense only -> no evaluation plan.
        P("Planen har utvärderats i arbetslagen och har fungerat bra. Eleverna har varit nöjda med arbetet."),
        H("Kartläggning"),
        *stock.survey(2),
        H("Främjande arbete"),
        *stock.promotive(1),
        H("Förebyggande arbete"),
        *stock.measures_table(0, follow_up=False),
        H("Akuta situationer"),
        *stock.acute(0),
        H("Diskrimineringsgrunderna"),
        *stock.grounds(0),
        H("Nationella minoriteter"),
        *stock.minorities(0),
        H("Vårdnadshavare"),
        *stock.guardians(0),
    ]
    return PlanDef(
        name="vallby_utvardering_general",
        forms=("grundskola",),
        blocks=blocks,
        expected=expect(previous_year_evaluation="partial", evaluation_plan="missing"),
        look=Look(headings="bold", font="Calibri", size=11),
    )


def ekhagen_guidance_then_text() -> PlanDef:
    """Vendor-export look: every section keeps grey instruction text, followed by the school's own text."""

    def guide(text: str) -> P:
        return P(text, guidance=True)

    blocks: list[Block] = [
        H("Ekhagens skola – Plan mot diskriminering och kränkande behandling", 1),
        H("Planens giltighetstid", 2),
        guide("Ange vilken period planen gäller."),
        P("2025-08-25 – 2026-08-24"),
        H("Ansvariga för planen", 2),
        guide("Ange vem eller vilka som ansvarar för planen och vad de ansvarar för."),
        *stock.responsible(2, rektor="Magnus Öst"),
        H("Elevernas delaktighet", 2),
        guide("Beskriv hur eleverna har varit delaktiga i att ta fram, följa upp och se över planen."),
        *stock.students(1),
        H("Vårdnadshavarnas delaktighet", 2),
        guide("Beskriv hur vårdnadshavarna har fått information och kunnat påverka."),
        *stock.guardians(0),
        H("Utvärdering av föregående års plan", 2),
        guide("Redogör för hur förra årets åtgärder har genomförts och vilken effekt de fick."),
        *stock.previous_year(0),
        H("Kartläggning", 2),
        guide("Beskriv vilka metoder som använts, vad som framkom och er analys."),
        *stock.survey(0),
        H("Främjande arbete", 2),
        guide("Exempel: värdegrundslektioner, normkritiska samtal."),
        *stock.promotive(0),
        H("Förebyggande åtgärder", 2),
        guide("Fyll i tabellen. Varje åtgärd ska ha ansvarig och datum."),
        *stock.measures_table(0),
        H("Rutiner för akuta situationer", 2),
        guide("Beskriv stegen från upptäckt till uppföljning."),
        *stock.acute(2),
        H("Diskrimineringsgrunderna", 2),
        guide("Här beskriver ni hur skolan arbetar med diskrimineringsgrunderna."),
        *stock.grounds(0),
        H("Nationella minoriteter", 2),
        guide("[Beskriv skolans arbete med nationella minoriteter]"),
        *stock.minorities(0),
        H("Uppföljning och utvärdering av årets plan", 2),
        guide("Ange när, hur och av vem planen ska utvärderas."),
        *stock.evaluation_plan(0),
    ]
    return PlanDef(
        name="ekhagen_guidance_then_text",
        forms=("grundskola", "fritidshem"),
        blocks=blocks,
        # Instruction text followed by the school's own text: judge the school's text (BRIEF 6.0 rule 3).
        expected=expect(),
        look=Look(headings="rubrik", font="Lato", size=10),
        decoys=("2025-08-25", "2026-08-24"),
    )


def hamngymnasiet_bilingual() -> PlanDef:
    """Gymnasieskola, Swedish with an English summary; every measure 'löpande'."""
    blocks: list[Block] = [
        H("Hamngymnasiet", 1),
        P(
            "Plan mot diskriminering och kränkande behandling · Plan against discrimination and degrading treatment"
        ),
        P("Gäller läsåret 2025/26"),
        H("Ansvar", 2),
        P(
            "Rektor Linnea Hedlund ansvarar för planen och för anmälan till huvudmannen. Programrektorerna "
            "ansvarar för arbetet på sina program, elevhälsoteamet för kartläggning och utredningar."
        ),
        H("Elevkåren och klasserna", 2),
        P(
            "Elevkårens styrelse och en klassrepresentant från varje program bildade i augusti en arbetsgrupp "
            "som skrev om avsnittet om sociala medier. Klasserna diskuterade utkastet på mentorstid i "
            "september. Elevkåren följer upp planen på sina styrelsemöten och deltar i utvärderingen i maj."
        ),
        H("Utvärdering av förra årets plan", 2),
        *stock.previous_year(1),
        H("Kartläggning", 2),
        P(
            "Underlag: Skolinspektionens skolenkät våren 2025 (svarsfrekvens 71 procent), elevhälsans "
            "hälsosamtal i åk 1 och elevkårens trygghetsvandring i maj. 90 procent av eleverna känner sig "
            "trygga. Otryggast är cykelgaraget efter mörkrets inbrott och trapphuset till idrottshallen. I "
            "hälsosamtalen berättar flera elever om kommentarer med rasistiskt innehåll i spelchattar. Vi ser "
            "att otryggheten följer platser med dålig belysning och att nätet är den vanligaste arenan."
        ),
        H("Främjande och förebyggande insatser", 2),
        Table(
            (
                ("Insats", "Ansvarig", "Tidsplan"),
                ("Belysning i cykelgaraget", "Rektor", "Löpande"),
                ("Vuxennärvaro i trapphuset", "Idrottslärarna", "Löpande"),
                ("Samtal om rasism på nätet i mentorsgrupperna", "Mentorer", "Löpande"),
                (
                    "Värdegrundsdagar för åk 1 om likabehandling och allas lika värde",
                    "Elevhälsoteamet",
                    "Löpande",
                ),
            )
        ),
        H("När något händer", 2),
        *stock.acute(1),
        H("Diskrimineringsgrunderna", 2),
        *stock.grounds(2),
        H("Nationella minoriteter", 2),
        P(
            "Judar, romer, samer, sverigefinnar och tornedalingar är nationella minoriteter. Elever som tillhör "
            "en minoritet har rätt till undervisning i sitt minoritetsspråk; vi informerar om det vid "
            "antagningen och i elevhandboken. I historia på alla program ingår minoriteternas historia, och "
            "elevhälsan följer upp antisemitiska och antiziganistiska kommentarer särskilt."
        ),
        H("Uppföljning", 2),
        *stock.evaluation_plan(1),
        H("Vårdnadshavare", 2),
        *stock.guardians(1),
        PageBreak(),
        H("Summary in English", 1),
        P(
            "This plan is valid for the school year 2025/26. The principal is responsible for the plan. The "
            "student union helped write it and takes part in its evaluation in May. Our survey shows that the "
            "bicycle garage and the stairwell to the gym feel unsafe, and that racist comments occur in online "
            "gaming chats. In case of harassment or degrading treatment, staff act at once, report to the "
            "principal, who reports to the organiser; the case is investigated, documented and followed up."
        ),
    ]
    return PlanDef(
        name="hamngymnasiet_bilingual",
        forms=("gymnasieskola",),
        blocks=blocks,
        # Owner for every measure, but every time is 'Löpande' (BRIEF 6.7: weak if all) -> partial.
        expected=expect(preventive_measures="partial"),
        look=Look(headings="word", font="Helvetica", size=10),
    )


def tuna_draftit() -> PlanDef:
    """DO/planforskolan structure; 'Personalens delaktighet'; survey only planned for the future."""
    blocks: list[Block] = [
        H("Tuna skola – Plan mot diskriminering och kränkande behandling", 1),
        H("Grunduppgifter", 2),
        P("Verksamhetsformer som omfattas av planen: Förskoleklass, Grundskola, Fritidshem"),
        H("Ansvariga för planen", 2),
        P(
            "Rektor Anders Bylund och biträdande rektor Elin Sahlin. Rektor ansvarar för att planen följs och för att kränkningar anmäls till huvudmannen; biträdande rektor leder trygghetsteamet."
        ),
        H("Vår vision", 2),
        P("På Tuna skola ska alla känna sig trygga och respekterade."),
        H("Planen gäller från", 2),
        P("2025-08-18"),
        H("Planen gäller till", 2),
        P("2026-06-12"),
        H("Elevernas delaktighet", 2),
        *stock.students(2),
        H("Vårdnadshavarnas delaktighet", 2),
        *stock.guardians(1),
        H("Personalens delaktighet", 2),
        P("Personalen arbetade med utkastet på två arbetsplatsträffar och lämnade synpunkter i arbetslagen."),
        H("Förankring av planen", 2),
        P("Planen gås igenom på APT i augusti och läggs ut på skolans webbplats."),
        H("Utvärdering", 2),
        H("Beskriv hur fjolårets plan har utvärderats", 3),
        P("Trygghetsteamet gick i juni igenom varje insats med elevrådet."),
        H("Resultat av utvärderingen av fjolårets plan", 3),
        *stock.previous_year(2),
        H("Årets plan ska utvärderas senast", 3),
        P("2026-06-05"),
        H("Beskriv hur årets plan ska utvärderas", 3),
        P("Trygghetsteamet och elevrådet bedömer varje insats utifrån vårens enkät. Rektor ansvarar."),
        H("Främjande insatser", 2),
        H("Namn", 3),
        P("Allas lika värde"),
        H("Områden som berörs av insatsen", 3),
        P(
            "Kön, Könsöverskridande identitet eller uttryck, Etnisk tillhörighet, Religion eller annan "
            "trosuppfattning, Funktionsnedsättning, Sexuell läggning, Ålder, Kränkande behandling"
        ),
        H("Insats", 3),
        P(
            "Värdegrundslektioner varannan vecka i alla klasser, med material som tar upp alla diskrimineringsgrunder."
        ),
        H("Ansvarig", 3),
        P("Mentorerna"),
        H("Datum när det ska vara klart", 3),
        P("2026-06-05"),
        H("Kartläggning", 2),
        H("Kartläggningsmetoder", 3),
        # Only a future survey (BRIEF 6.5: planned surveys are at most partial).
        P("I mars 2026 genomförs trygghetsenkät i åk 2–6 och trygghetsvandring med elevrådet."),
        H("Förebyggande åtgärder", 2),
        H("Namn", 3),
        P("Trygga toaletter"),
        H("Åtgärd", 3),
        P("Toaletterna vid matsalen får nya lås och en vuxen går förbi under rasterna."),
        H("Ansvarig", 3),
        P("Biträdande rektor"),
        H("Datum när det ska vara klart", 3),
        P("2025-10-31"),
        H("Rutiner för akuta situationer", 2),
        *stock.acute(2),
    ]
    return PlanDef(
        name="tuna_draftit_future_survey",
        forms=("förskoleklass", "grundskola", "fritidshem"),
        blocks=blocks,
        # Validity 2025-08-18..2026-06-12 (about 10 months, the school year) -> met.
        expected=expect(survey="partial", minority_rights="missing"),
        look=Look(headings="word", font="Arial", size=10),
        decoys=("2025-08-18", "2026-06-12", "2026-06-05", "2025-10-31"),
    )


def kulla_du_voice() -> PlanDef:
    """Student-friendly 'du' version in front of the formal plan; measures without time."""
    blocks: list[Block] = [
        H("Trygghetsplan för Kullaskolan F–6, läsåret 2025/26", 1),
        H("Till dig som är elev", 1),
        P(
            "Den här planen handlar om hur vi gör för att alla ska vara trygga hos oss. Du och dina "
            "klasskompisar har varit med och bestämt vad som står i den: i klassrådet i augusti pratade ni om "
            "var det känns otryggt, och elevrådet valde ut det viktigaste. I maj frågar vi dig igen om planen "
            "har hjälpt."
        ),
        P("Om någon är dum mot dig, eller om du ser att någon annan blir illa behandlad, gör så här:"),
        Bullets(
            (
                "Berätta för en vuxen du litar på – mentor, fritidspersonal, kuratorn eller rektor.",
                "Den vuxne ser till att det slutar och berättar för rektor samma dag.",
                "Rektor berättar för huvudmannen (kommunens förvaltning), det måste hen göra enligt lagen.",
                "Vuxna pratar med alla som var med för att ta reda på vad som hänt (det kallas att utreda). Dina vårdnadshavare får veta.",
                "Skolan bestämmer vad som ska göras så att det inte händer igen.",
                "Allt skrivs ner (dokumenteras).",
                "Efter några veckor frågar en vuxen dig om det har blivit bra.",
                "Om det är en vuxen på skolan som har varit dum mot dig är det rektor som tar hand om det.",
            ),
            numbered=True,
        ),
        P(
            "Ingen får behandla dig sämre för att du är tjej, kille eller inget av dem (kön), för hur du klär dig eller "
            "uttrycker vem du är (könsöverskridande identitet eller uttryck), för var du eller din familj kommer "
            "ifrån (etnisk tillhörighet), för din religion eller annan trosuppfattning, för att du har en "
            "funktionsnedsättning, för vem du blir kär i (sexuell läggning) eller för din ålder. Det kallas "
            "diskriminering, och det är förbjudet."
        ),
        PageBreak(),
        H("Planens delar för personal och vårdnadshavare", 1),
        H("Ansvar", 2),
        *stock.responsible(2, rektor="Katarina Lind"),
        H("Vad vi gjorde förra året", 2),
        *stock.previous_year(2),
        H("Vad vi vet om tryggheten", 2),
        *stock.survey(0),
        H("Främjande arbete", 2),
        *stock.promotive(0),
        H("Det här gör vi i år", 2),
        # Owners but no time (BRIEF 6.7 partial).
        Bullets(
            (
                "Vuxen vid toaletterna i A-huset på rasterna (rastansvariga)",
                "Lektioner om att vara schysst i gruppchattar i åk 4–6 (mentorerna)",
                "Rastlekar för den som vill ha sällskap (fritidspersonalen)",
            )
        ),
        H("Nationella minoriteter", 2),
        *stock.minorities(0),
        H("Uppföljning", 2),
        *stock.evaluation_plan(0),
        H("Vårdnadshavare", 2),
        *stock.guardians(0),
    ]
    return PlanDef(
        name="kulla_du_voice",
        forms=("grundskola", "fritidshem"),
        blocks=blocks,
        expected=expect(preventive_measures="partial"),
        look=Look(headings="word", font="Comic Sans MS", size=12),
    )


def granlid_numbered() -> PlanDef:
    """Numbered text headings ('3.2 Kartläggning'); responsibility only as a group name."""
    blocks: list[Block] = [
        P("GRANLIDSSKOLAN F–9", bold=True),
        P("Plan mot kränkande behandling och diskriminering 2025/26"),
        H("Organisation", 1),
        # Only a group, no roles (BRIEF 6.2 partial).
        P("Trygghetsteamet ansvarar för planen."),
        H("Delaktighet", 1),
        H("Elever", 2),
        *stock.students(0),
        H("Vårdnadshavare", 2),
        *stock.guardians(1),
        H("Kartläggning och analys", 1),
        H("Utvärdering av förra årets åtgärder", 2),
        *stock.previous_year(1),
        H("Kartläggning", 2),
        *stock.survey(1),
        H("Insatser", 1),
        H("Främjande insatser", 2),
        *stock.promotive(2),
        H("Förebyggande åtgärder", 2),
        *stock.measures_table(1),
        H("Akuta situationer", 1),
        *stock.acute(1),
        H("Lagstöd och begrepp", 1),
        H("Diskrimineringsgrunderna", 2),
        *stock.grounds(2),
        H("Nationella minoriteter", 2),
        *stock.minorities(1),
        H("Utvärdering av årets plan", 1),
        *stock.evaluation_plan(2),
    ]
    return PlanDef(
        name="granlid_numbered",
        forms=("grundskola",),
        blocks=blocks,
        # acute(1) and evaluation_plan(2) name rektor/biträdande rektor for tasks, not for the plan itself;
        # the only statement about responsibility for the plan is the group name -> partial.
        expected=expect(responsible="partial"),
        look=Look(headings="numbered", font="Calibri", size=11, number_from=2),
    )


def bokskogen_image_routine() -> PlanDef:
    """Acute routine only as a flowchart image without alt text; responsibility generic."""
    blocks: list[Block] = [
        H("Bokskogens skola", 1),
        P("Plan mot diskriminering och kränkande behandling · Läsåret 2025/26 · F–6 och fritidshem"),
        H("Ansvar", 2),
        # Generic 'all staff' (BRIEF 6.2 partial).
        P("Alla vuxna på skolan ansvarar för att eleverna är trygga."),
        H("Elevernas delaktighet", 2),
        *stock.students(1),
        H("Utvärdering av förra årets plan", 2),
        *stock.previous_year(0),
        H("Kartläggning", 2),
        *stock.survey(2),
        H("Främjande", 2),
        *stock.promotive(1),
        H("Förebyggande", 2),
        *stock.measures_table(0),
        H("Så gör vi när någon blir kränkt", 2),
        # The routine is an image only (BRIEF 6.8: partial, 'routine appears to be an image').
        Image(caption="Bild 1. Arbetsgång vid kränkande behandling"),
        H("Diskrimineringsgrunder", 2),
        *stock.grounds(1),
        H("Nationella minoriteter", 2),
        *stock.minorities(0),
        H("Utvärdering av planen", 2),
        P(
            "Planen utvärderas i maj 2026 av trygghetsgruppen tillsammans med elevrådet, utifrån vårens "
            "trivselenkät och klassrådens synpunkter på varje åtgärd."
        ),
        H("Vårdnadshavare", 2),
        *stock.guardians(1),
    ]
    return PlanDef(
        name="bokskogen_image_routine",
        forms=("grundskola", "fritidshem"),
        blocks=blocks,
        expected=expect(responsible="partial", acute_routines="partial"),
        look=Look(headings="word", font="Calibri"),
    )


def rosendal_personal_data() -> PlanDef:
    """Complete plan with an appendix example report that contains students' identity numbers."""
    blocks: list[Block] = [
        H("Rosendalsskolan F–9", 1),
        P("Plan mot diskriminering och kränkande behandling läsåret 2025/26"),
        P("Huvudman: Rosendals kommun, organisationsnummer 212000-0142. Dnr 2025/1234."),
        H("Ansvar", 2),
        *stock.responsible(0, rektor="Per Widén"),
        H("Elevernas delaktighet", 2),
        *stock.students(0),
        H("Utvärdering av förra årets plan", 2),
        *stock.previous_year(1),
        H("Kartläggning och analys", 2),
        *stock.survey(1),
        H("Främjande arbete", 2),
        *stock.promotive(2),
        H("Förebyggande åtgärder", 2),
        *stock.measures_table(1),
        H("Rutiner för akuta situationer", 2),
        *stock.acute(0),
        P("Se bilaga 1 för hur en anmälan fylls i."),
        H("Diskrimineringsgrunderna", 2),
        *stock.grounds(0),
        H("Nationella minoriteter", 2),
        *stock.minorities(1),
        H("Utvärdering av årets plan", 2),
        *stock.evaluation_plan(1),
        H("Vårdnadshavare", 2),
        *stock.guardians(0),
        H("Kontakt", 2),
        Table(
            (
                ("Roll", "Namn", "Telefon"),
                ("Rektor", "Per Widén", "08-508 422 10"),
                ("Kurator", "Amina Said", "070-611 22 33"),
                ("Skolsköterska", "Lena Holm", "Mobil 0701234567"),
            )
        ),
        P("Skolskjutsar: Resebolaget Norrväg AB, org.nr 556677-8899. Faktureras via bankgiro 5050-1055."),
        P("Planen fastställdes 20250818 och reviderades 2025-10-01."),
        PageBreak(),
        H("Bilaga 1 – Exempel på ifylld anmälan", 1),
        Table(
            (
                ("Fält", "Innehåll"),
                ("Datum", "2025-09-22"),
                ("Utsatt elev", "120315-2382, åk 7"),
                ("Elev som utsatt", "20130722-4186, åk 6"),
                ("Händelse", "Knuffar och glåpord i korridoren vid matsalen"),
                ("Referensnummer i ärendesystemet", "120315-2385"),
                ("Anmält till rektor", "Samma dag"),
            )
        ),
    ]
    return PlanDef(
        name="rosendal_personal_data",
        forms=("grundskola",),
        blocks=blocks,
        expected=expect(),
        look=Look(headings="word", font="Calibri", header="Rosendalsskolan · Dnr 2025/1234", footer="Sida 1"),
        identity_numbers=("120315-2382", "20130722-4186"),
        decoys=(
            "212000-0142",
            "2025/1234",
            "08-508 422 10",
            "070-611 22 33",
            "0701234567",
            "556677-8899",
            "5050-1055",
            "20250818",
            "2025-09-22",
            "120315-2385",
        ),
    )


def aspudden_front_table() -> PlanDef:
    """Front-page table with a compact date range; annual wheel as the evaluation plan; no guardians."""
    blocks: list[Block] = [
        H("Plan mot diskriminering och kränkande behandling", 1),
        Table(
            (
                ("Skolenhet", "Aspuddens skola"),
                ("Verksamhetsformer", "Förskoleklass, grundskola åk 1–6, fritidshem"),
                ("Ansvarig för planen", "Rektor Hanna Lo"),
                ("Giltighetstid", "250901-260831 (läsåret 2025/26)"),
                ("Skolenhetskod", "91735246"),
            ),
            header=False,
        ),
        H("Ansvarsfördelning", 2),
        *stock.responsible(0, rektor="Hanna Lo"),
        H("Barnens och elevernas delaktighet", 2),
        P(
            "Förskoleklassens barn gick en trygghetsvandring med sina pedagoger och ritade glada och ledsna "
            "gubbar på en karta över skolgården. Eleverna i åk 1–6 diskuterade utkastet på klassråden och "
            "elevrådet beslutade vilka tre förslag som skulle in i planen."
        ),
        H("Förra läsåret", 2),
        *stock.previous_year(2),
        H("Kartläggning", 2),
        *stock.survey(0),
        H("Främjande arbete", 2),
        *stock.promotive(1),
        H("Förebyggande åtgärder", 2),
        *stock.measures_table(0, follow_up=False),
        H("Akuta situationer", 2),
        *stock.acute(1),
        H("Diskrimineringsgrunderna", 2),
        *stock.grounds(2),
        H("Nationella minoriteter", 2),
        *stock.minorities(1),
        H("Vårt år", 2),
        Table(
            (
                ("Tid", "Vad", "Vem"),
                (
                    "Augusti",
                    "Utkast till plan, klassråd och elevråd tycker till",
                    "Rektor och trygghetsteamet",
                ),
                ("Januari", "Halvårsuppföljning av åtgärderna med elevrådet", "Trygghetsteamet"),
                ("April", "Trivselenkät och trygghetsvandring", "Trygghetsteamet"),
                (
                    "Maj",
                    "Utvärdering av planen: trygghetsteamet och elevrådet går igenom varje åtgärd",
                    "Rektor",
                ),
            )
        ),
    ]
    return PlanDef(
        name="aspudden_front_table",
        forms=("förskoleklass", "grundskola", "fritidshem"),
        blocks=blocks,
        # The student section mentions no guardians and no part of the plan speaks to them about the plan.
        expected=expect(guardian_involvement="missing"),
        look=Look(headings="rubrik", font="Calibri", size=11),
        decoys=("250901-260831", "91735246"),
    )


def mossen_survey_later() -> PlanDef:
    """Survey not done, with a concrete new date (BRIEF 6.0 rule 4: partial)."""
    blocks: list[Block] = [
        H("Mossens skola F–3 och fritidshem", 1),
        P("Plan mot diskriminering och kränkande behandling, läsåret 2025/26"),
        H("Ansvar", 2),
        *stock.responsible(2, rektor="Oskar Dahl"),
        H("Elevernas delaktighet", 2),
        *stock.students(2),
        H("Uppföljning av förra årets åtgärder", 2),
        *stock.previous_year(2),
        H("Kartläggning", 2),
        P(
            "Trygghetsenkäten kunde inte genomföras i våras på grund av byte av enkätverktyg. Den genomförs i "
            "stället vecka 41 (oktober 2025) och resultaten läggs in i planen senast 2025-11-15."
        ),
        H("Främjande arbete", 2),
        *stock.promotive(0),
        H("Förebyggande åtgärder", 2),
        *stock.measures_table(0),
        H("Rutiner vid kränkningar", 2),
        *stock.acute(2),
        H("Diskrimineringsgrunderna", 2),
        *stock.grounds(0),
        H("Nationella minoriteter", 2),
        *stock.minorities(0),
        H("Utvärdering av årets plan", 2),
        *stock.evaluation_plan(1),
        H("Vårdnadshavare", 2),
        *stock.guardians(1),
    ]
    return PlanDef(
        name="mossen_survey_later",
        forms=("förskoleklass", "grundskola", "fritidshem"),
        blocks=blocks,
        expected=expect(survey="partial"),
        look=Look(headings="caps", font="Calibri", size=11),
        decoys=("2025-11-15",),
    )


PLANS = [
    vallby_general_evaluation,
    ekhagen_guidance_then_text,
    hamngymnasiet_bilingual,
    tuna_draftit,
    kulla_du_voice,
    granlid_numbered,
    bokskogen_image_routine,
    rosendal_personal_data,
    aspudden_front_table,
    mossen_survey_later,
]
