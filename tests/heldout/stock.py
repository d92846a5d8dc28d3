# ruff: noqa: E501
"""Reusable section bodies that fully meet one requirement, in several voices.

Each function returns body blocks only (no heading); the plan chooses its own heading. Variants are
written so that they do not leak evidence for OTHER keys, except where the docstring says so, because
plans mix these with weak or missing sections for other keys.
"""

from __future__ import annotations

from tests.heldout.builder import Block, Bullets, P, Table


def responsible(v: int, rektor: str = "Anna Sjöberg") -> list[Block]:
    if v == 0:
        return [
            P(
                f"Rektor {rektor} ansvarar för att planen upprättas och följs och för att "
                "varje anmälan om kränkande behandling förs vidare till huvudmannen. Trygghetsteamet – kurator, "
                "skolsköterska och en lärare från varje arbetslag – samordnar arbetet, sammanställer "
                "underlagen och utreder ärenden på rektors uppdrag. All personal ansvarar för att känna till "
                "planen, säga ifrån och ingripa när något händer och rapportera till rektor samma dag."
            )
        ]
    if v == 1:
        return [
            Bullets(
                (
                    f"Rektor ({rektor}): ytterst ansvarig för planen och för anmälan till huvudmannen",
                    "Biträdande rektor: sammankallande i likabehandlingsgruppen",
                    "Likabehandlingsgruppen: utreder, dokumenterar och följer upp ärenden",
                    "Mentorer: går igenom planen med sin klass och fångar upp signaler",
                    "All personal: ingriper direkt och rapporterar till rektor",
                )
            )
        ]
    return [
        P(
            f"Det är rektor, {rektor}, som har det övergripande ansvaret för vår plan och för att den hålls "
            "levande under året. Biträdande rektor leder värdegrundsgruppen, som träffas varannan vecka och "
            "driver det praktiska arbetet. Mentorerna har ansvar för att planen gås igenom med eleverna, "
            "fritidshemmets personal för att den följs på eftermiddagarna, och alla vuxna har ansvar för att "
            "reagera på och rapportera kränkningar."
        )
    ]


def students(v: int) -> list[Block]:
    """Student participation in drawing up and following up (met)."""
    if v == 0:
        return [
            P(
                "Elevrådets ledamöter träffade trygghetsteamet två gånger i augusti och gick igenom utkastet. "
                "Deras förslag om fler vuxna vid cykelstället och en tydligare regel för mobiler i omklädningsrummen "
                "fördes in bland årets åtgärder. Alla klassråd diskuterade utkastet under vecka 36 och lämnade "
                "synpunkter via sina representanter. Under året följer klassråden upp planen en gång i månaden, och "
                "i maj är elevrådet med och ser över planen tillsammans med rektor."
            )
        ]
    if v == 1:
        return [
            P(
                "Klassrådsrepresentanterna samlade i början av terminen in sina klasskamraters tankar om vad som "
                "gör skolan trygg och otrygg. Elevrådet sammanställde förslagen och tre av dem finns nu med i "
                "planen. Elevskyddsombuden har en fast plats i trygghetsgruppen och deltar både när planen följs "
                "upp i januari och när den ses över inför nästa läsår."
            )
        ]
    return [
        Bullets(
            (
                "Elevrådet läste och kommenterade utkastet (2 sept)",
                "Varje klass diskuterade planen på klassrådet och röstade fram sina viktigaste förslag",
                "Två elevrepresentanter sitter med i trygghetsteamet hela året",
                "Elevrådet deltar i utvärderingen i maj",
            )
        )
    ]


def previous_year(v: int) -> list[Block]:
    """Measure-by-measure account of last year's measures with effect (met). v0/v1 cite survey figures."""
    if v == 0:
        return [
            P(
                "Rastvärdar på skolgården: infördes i september med två vuxna i gula västar på varje rast. I vårens "
                "trivselenkät sjönk andelen elever som kände sig otrygga på rasterna från 14 till 8 procent."
            ),
            P(
                "Toaletterna i A-huset: nya lås och belysning kom på plats i oktober. Eleverna i åk 4–6 uppger "
                "fortfarande att toaletterna nära matsalen känns otrygga, så arbetet fortsätter i år."
            ),
            P(
                "Gemensamma regler för mobiltelefoner på fritids: infördes i januari. Antalet anmälda händelser "
                "med bilder i gruppchattar gick från sex under hösten till två under våren."
            ),
        ]
    if v == 1:
        return [
            Table(
                (
                    ("Åtgärd 2024/25", "Genomförande", "Resultat och effekt"),
                    (
                        "Vuxen närvaro i omklädningsrummen",
                        "Genomfört hela läsåret, idrottslärarna turades om",
                        "Andelen som uppger otrygghet i omklädningsrummen minskade från 21 % till 9 %",
                    ),
                    (
                        "Värdegrundslektioner en gång i månaden",
                        "Genomfört i alla klasser utom åk 9 under vt",
                        "Klassråden beskriver bättre ton i klasserna; i åk 9 märktes minst skillnad",
                    ),
                    (
                        "Utbildning för personalen om sexuella trakasserier",
                        "Genomfördes på studiedagen i november",
                        "Fler anmälningar om ovälkomna kommentarer – vi tolkar det som att personalen nu ser och rapporterar mer",
                    ),
                )
            )
        ]
    return [
        Bullets(
            (
                "Trygga raster – genomförd. Rastaktiviteter varje dag ledda av fritidspersonal; konflikterna vid fotbollsplanen halverades enligt incidentrapporterna.",
                "Arbete mot språkbruket i åk 6 – delvis genomförd. Samtalsgrupper med kurator hölls under hösten men inte under våren; språkbruket har förbättrats men inte tillräckligt.",
                "Tydligare rutin vid hämtning – genomförd. Färre barn lämnades utan vuxen i kapprummet, inga anmälningar därifrån under våren.",
            )
        )
    ]


def survey(v: int) -> list[Block]:
    """Named sources + results + analysis (met). v0 includes students walking the premises."""
    if v == 0:
        return [
            P(
                "Trivselenkäten besvarades i april av 212 av 236 elever. 91 procent uppger att de känner sig "
                "trygga i skolan, men i åk 5 svarar var fjärde pojke att han blir retad för sitt utseende. "
                "Trygghetsvandringen som elevrådet gjorde tillsammans med två lärare i maj pekade ut toaletterna "
                "i A-huset, kapprummet vid idrottshallen och gången bakom paviljongen som platser där man inte "
                "vill vara ensam. Vi ser att det är platser där vuxna sällan rör sig, och att retandet i åk 5 "
                "till stor del sker i en gruppchatt som startade under vårterminen."
            )
        ]
    if v == 1:
        return [
            P(
                "Underlagen för årets kartläggning är Skolinspektionens skolenkät (åk 5 och 8, våren 2025), "
                "skolans egen trygghetsenkät i mars och statistiken över anmälningar om kränkande behandling."
            ),
            P(
                "Skolenkäten visade att 84 procent av eleverna i åk 8 känner sig trygga, vilket är lägre än året "
                "innan. I trygghetsenkäten framkom att flickor i åk 7–9 oftare än pojkar utsätts för "
                "kommentarer om kropp och utseende, främst på sociala medier och i korridoren vid matsalen. "
                "Anmälningarna ökade från 31 till 44; nästan hälften gällde ord och kommentarer. Vår analys är "
                "att jargongen har normaliserats och att många vuxna inte reagerar på ord som eleverna själva "
                "upplever som kränkande."
            ),
        ]
    return [
        Table(
            (
                ("Källa", "Vad den visade"),
                (
                    "Elevenkät (maj, svarsfrekvens 88 %)",
                    "Nio av tio trivs; otryggast är matsalskön och skolbussen hem",
                ),
                (
                    "Hälsosamtal med skolsköterskan åk 4",
                    "Flera elever beskriver att de blir utanför på rasterna",
                ),
                (
                    "Incidentrapporter",
                    "De flesta händelser sker vid lunchrasten när personalen äter",
                ),
            )
        ),
        P(
            "Sammantaget drar vi slutsatsen att övergångar och raster utan tydlig vuxennärvaro är vårt största "
            "riskområde, och att utanförskap är vanligare än öppna konflikter."
        ),
    ]


def promotive(v: int) -> list[Block]:
    if v == 0:
        return [
            P(
                "Alla klasser har en gemensam värdegrundslektion varannan vecka där vi arbetar med övningar om "
                "allas lika värde, normer och språkbruk. Skolbiblioteket köper varje termin in böcker där "
                "huvudpersonerna har olika familjer, bakgrund och funktionsförmåga. På fritidshemmet fördelas "
                "tiderna på fotbollsplanen och i ateljén så att alla får tillgång, oavsett kön. Fritidspersonalen "
                "leder rastaktiviteter två gånger i veckan. Rektor och värdegrundsgruppen ansvarar."
            )
        ]
    if v == 1:
        return [
            Bullets(
                (
                    "Blandade grupper på idrotten och i matsalen (idrottslärare, hela året)",
                    "Normkritiska temaveckor i SO under vt (SO-lärarna)",
                    "Läsfrämjande med böcker som speglar olika familjer och bakgrunder (skolbibliotekarien, hela året)",
                    "Tillgänglighetsgenomgång av lokalerna varje höst (rektor, fastighetsansvarig)",
                )
            )
        ]
    return [
        P(
            "Vårt främjande arbete riktar sig till alla och utgår från läroplanens värdegrund. Vi använder "
            "materialet Mentorer i våldsprevention (MVP) i åk 7–9 under höstterminen, arbetar med en jämn "
            "fördelning av talutrymme i klassrummet och uppmärksammar Pride, Förintelsens minnesdag och FN-dagen. "
            "Arbetslagen planerar insatserna vid läsårsstart och skolledningen följer upp att de genomförs."
        )
    ]


def measures_table(v: int, follow_up: bool = True) -> list[Block]:
    """Preventive measures with owner and time (met)."""
    header = ["Risk enligt kartläggningen", "Åtgärd", "Ansvarig", "När"]
    rows = [
        [
            "Otrygghet vid toaletterna i A-huset",
            "Vuxen ronderar vid toaletterna under alla raster",
            "Rastansvariga, samordnas av biträdande rektor",
            "Från v. 35, hela läsåret",
        ],
        [
            "Kränkande kommentarer i gruppchattar åk 5",
            "Lektionsserie om nätet och samtal med vårdnadshavare",
            "Mentorer åk 5 och kurator",
            "Oktober–november 2025",
        ],
        [
            "Utanförskap på rasterna",
            "Styrda rastaktiviteter tre dagar i veckan",
            "Fritidspersonalen",
            "Ht 2025 och vt 2026",
        ],
    ]
    if v == 1:
        rows = [
            [
                "Ovälkomna kommentarer om kropp och utseende",
                "Temadag om sexuella trakasserier för åk 7–9",
                "Kurator och elevhälsan",
                "November 2025",
            ],
            [
                "Jargong som vuxna inte reagerar på",
                "Gemensam genomgång för all personal: hur vi säger ifrån",
                "Rektor",
                "Studiedagen 2025-10-24",
            ],
            [
                "Korridoren vid matsalen",
                "Schemalagd vuxen i korridoren vid lunch",
                "Biträdande rektor",
                "Från 2025-09-01",
            ],
        ]
    if follow_up:
        header.append("Uppföljning")
        rows = [[*r, "Följs upp i trygghetsteamet vid terminens slut"] for r in rows]
    return [Table((tuple(header), *(tuple(r) for r in rows)))]


def acute(v: int) -> list[Block]:
    if v == 0:
        return [
            Bullets(
                (
                    "Den vuxne som ser eller får veta att en elev blivit kränkt ingriper direkt och avbryter.",
                    "Samma dag anmäler den vuxne händelsen till rektor i det digitala anmälningsformuläret.",
                    "Rektor anmäler skyndsamt vidare till huvudmannen.",
                    "Trygghetsteamet utreder: samtal med den utsatta eleven, den eller de som utsatt och eventuella vittnen. Vårdnadshavare kontaktas samma dag.",
                    "Rektor beslutar om åtgärder för att kränkningarna ska upphöra.",
                    "Allt dokumenteras i ärendet.",
                    "Uppföljningssamtal efter två veckor; ärendet avslutas när kränkningarna har upphört.",
                ),
                numbered=True,
            ),
            P(
                "Om det är en vuxen på skolan som kränker en elev utreder rektor ärendet och tar hjälp av HR. "
                "Elever och vårdnadshavare kan alltid vända sig till mentor, kurator eller rektor."
            ),
        ]
    if v == 1:
        return [
            P(
                "När någon i personalen får kännedom om att en elev upplever sig kränkt eller trakasserad ska "
                "hen agera direkt och sedan informera rektor, senast samma dag. Rektor är skyldig att anmäla "
                "till huvudmannen, vilket görs i kommunens ärendesystem inom en vecka. Utredningen påbörjas "
                "skyndsamt av likabehandlingsgruppen: vi pratar med de inblandade var för sig, tar kontakt "
                "med hemmen och sammanställer vad som hänt. Utifrån utredningen beslutas åtgärder, som kan "
                "vara allt från samtal till ändrade grupper eller schema. Alla steg dokumenteras i "
                "ärendesystemet och följs upp med den utsatta eleven efter en till två veckor. Gäller det "
                "sexuella trakasserier eller kränkningar från en anställd tar rektor över utredningen."
            )
        ]
    return [
        Table(
            (
                ("Steg", "Vem", "När"),
                ("Ingripa och stoppa", "Den vuxne som ser eller hör", "Direkt"),
                ("Anmäla till rektor", "Den vuxne", "Samma dag"),
                ("Anmäla till huvudmannen", "Rektor", "Inom 24 timmar"),
                (
                    "Utreda – samtal med inblandade, kontakt med vårdnadshavare",
                    "Mentor tillsammans med trygghetsgruppen",
                    "Inom en vecka",
                ),
                ("Besluta och genomföra åtgärder", "Rektor", "Efter utredningen"),
                ("Dokumentera", "Den som utreder", "Löpande i ärendet"),
                ("Följa upp och avsluta", "Mentor och trygghetsgruppen", "Efter två veckor"),
            )
        ),
        P("Kränks en elev av en anställd är det alltid rektor som utreder."),
    ]


def grounds(v: int) -> list[Block]:
    if v == 0:
        return [
            P(
                "Diskrimineringslagen skyddar mot diskriminering som har samband med kön, könsöverskridande "
                "identitet eller uttryck, etnisk tillhörighet, religion eller annan trosuppfattning, "
                "funktionsnedsättning, sexuell läggning och ålder. Vi har alla sju i åtanke i kartläggningen och "
                "när vi planerar våra insatser."
            )
        ]
    if v == 1:
        return [
            Bullets(
                (
                    "Kön",
                    "Könsidentitet eller könsuttryck",
                    "Etnisk tillhörighet",
                    "Religion eller annan trosuppfattning",
                    "Funktionsnedsättning",
                    "Sexuell läggning",
                    "Ålder",
                )
            )
        ]
    return [
        P(
            "Skolan arbetar mot diskriminering utifrån samtliga diskrimineringsgrunder. Med kön menas att "
            "någon är kvinna eller man. Könsöverskridande identitet eller uttryck handlar om personer som inte "
            "identifierar sig som kvinna eller man. Etnisk tillhörighet betyder nationellt eller etniskt "
            "ursprung och hudfärg. Religion eller annan trosuppfattning omfattar både religiös tro och "
            "livsåskådning. Funktionsnedsättning avser varaktiga fysiska, psykiska eller begåvningsmässiga "
            "begränsningar. Sexuell läggning omfattar homo-, bi- och heterosexualitet, och ålder är uppnådd "
            "levnadslängd."
        )
    ]


def minorities(v: int) -> list[Block]:
    if v == 0:
        return [
            P(
                "Judar, romer, samer, sverigefinnar och tornedalingar är Sveriges nationella minoriteter. Vid "
                "inskrivningen informerar vi vårdnadshavarna om rätten till modersmålsundervisning i jiddisch, "
                "romani chib, samiska, finska och meänkieli, även när språket inte talas dagligen hemma. "
                "Skolbiblioteket har böcker på minoritetsspråken, och vi uppmärksammar samernas nationaldag den "
                "6 februari och romernas nationaldag den 8 april i undervisningen."
            )
        ]
    return [
        P(
            "De nationella minoriteterna – sverigefinnar, tornedalingar, samer, romer och judar – har rätt att "
            "behålla och utveckla sitt språk och sin kultur. I SO-undervisningen läser alla elever om "
            "minoriteternas historia och rättigheter i åk 4 och åk 8. Vi är uppmärksamma på antiziganism, "
            "antisemitism och rasism mot samer i trygghetsenkäten och informerar varje höst om "
            "modersmålsundervisning i minoritetsspråken."
        )
    ]


def evaluation_plan(v: int) -> list[Block]:
    if v == 0:
        return [
            P(
                "Trygghetsteamet utvärderar planen i maj 2026. Underlag är vårens trivselenkät, en ny "
                "trygghetsvandring och klassrådens protokoll. Elevrådet deltar på utvärderingsmötet och "
                "lämnar sina synpunkter innan rektor skriver utvärderingen i nästa års plan. Rektor ansvarar."
            )
        ]
    if v == 1:
        return [
            Bullets(
                (
                    "När: vecka 20–22, vårterminen 2026",
                    "Hur: trygghetsenkät till alla elever, genomgång av anmälningar och en workshop på APT",
                    "Vem: rektor ansvarar, likabehandlingsgruppen genomför",
                    "Elevernas del: elevrådet och klassråden värderar varje åtgärd",
                )
            )
        ]
    return [
        P(
            "Årets plan följs upp vid varje terminsslut och utvärderas i sin helhet i juni 2026. Det görs av "
            "biträdande rektor tillsammans med elevskyddsombuden, som samlar in klassernas bild av om "
            "åtgärderna har gjort skillnad. Resultatet redovisas i nästa års plan."
        )
    ]


def guardians(v: int) -> list[Block]:
    if v == 0:
        return [
            P(
                "Vårdnadshavarna bjöds i augusti in att läsa utkastet på lärplattformen och lämna synpunkter. "
                "Skolrådet diskuterade planen på sitt möte i september och en av föräldrarnas idéer – en "
                "vuxen vid busshållplatsen på eftermiddagen – finns med bland åtgärderna. Planen presenteras på "
                "höstens föräldramöten och finns på skolans webbplats."
            )
        ]
    return [
        P(
            "Föräldrarna får information om planen på föräldramötet i september och kan ta upp frågor om "
            "trygghet på utvecklingssamtalet. Vårdnadshavarenkäten i februari innehåller frågor om hur "
            "planen fungerar, och svaren används när planen ses över. Planen publiceras på hemsidan."
        )
    ]
