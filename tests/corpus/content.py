"""Section content for the test corpus, written independently of the engine's vocabulary lists.

Each requirement has variants labelled with the status the brief's rules give them (BRIEF §6), in
the voices of different schools: formal municipal, vendor-template, small independent school,
förskola, gymnasium, terse bullet style. Placeholders: {school} {year} {start} {end} {prev}
{kids} (elever/barn) {Kids} {kids_def} {kids_gen} {staff} {head}.
A variant is a list of items: ("p", text), ("ul", [texts]), ("table", [[cells], …]).
"""

from __future__ import annotations

Item = tuple[str, object]
Variant = list[Item]

GUIDANCE: list[Variant] = [
    [("p", "[Beskriv här hur ni har arbetat med detta under läsåret.]")],
    [("p", "Skriv text här")],
    [("p", "Klicka eller tryck här för att ange text.")],
    [("p", "Beskriv hur ni har gått tillväga. Exempel: enkäter, samtal, observationer.")],
    [("p", "<Ange ansvarig person och datum>"), ("p", "Exempel: Rektor, vecka 40")],
    [("p", "Lorem ipsum dolor sit amet, consectetur adipiscing elit.")],
    [("p", "Här beskriver ni arbetet. Ta bort denna text när ni fyllt i avsnittet.")],
]

NOT_DONE: dict[str, list[Variant]] = {
    "survey": [[("p", "Ingen kartläggning har genomförts i år på grund av personalomsättning.")]],
    "previous_year_evaluation": [
        [("p", "Någon utvärdering har inte gjorts eftersom planen är ny.")],
        [("p", "Förra årets plan har inte utvärderats.")],
    ],
    "student_involvement": [
        [("p", "Eleverna har inte varit delaktiga detta läsår eftersom planen blev försenad.")]
    ],
    "evaluation_plan": [[("p", "Ej aktuellt.")]],
    "guardian_involvement": [[("p", "Vi har valt att inte involvera vårdnadshavarna i år.")]],
    "minority_rights": [[("p", "Kommer att kompletteras.")]],
}

HEADINGS: dict[str, list[str]] = {
    "validity_period": ["Planens giltighetstid", "Giltighet", "Period"],
    "responsible": ["Ansvarsfördelning", "Ansvar för planen", "Organisation och ansvar", "Vem ansvarar?"],
    "student_involvement": [
        "{Kids_gen} delaktighet",
        "Så har {kids_def} varit med",
        "Delaktighet och inflytande",
        "Elevinflytande",
    ],
    "previous_year_evaluation": [
        "Utvärdering av förra årets plan",
        "Hur gick det förra året?",
        "Uppföljning av föregående plan",
        "Redovisning av genomförda åtgärder",
    ],
    "survey": ["Kartläggning", "Nulägesanalys", "Så här har vi undersökt läget", "Risker och hinder"],
    "promotive_work": [
        "Främjande arbete",
        "Värdegrundsarbete",
        "Det förebyggande och främjande arbetet",
        "Vårt dagliga arbete",
    ],
    "preventive_measures": [
        "Förebyggande åtgärder",
        "Åtgärder inför läsåret",
        "Handlingsplan",
        "Mål och åtgärder",
    ],
    "acute_routines": [
        "Rutiner för akuta situationer",
        "Arbetsgång vid kränkande behandling",
        "När något har hänt",
        "Åtgärdande arbete",
    ],
    "discrimination_grounds": [
        "Diskrimineringsgrunderna",
        "De sju diskrimineringsgrunderna",
        "Lika rättigheter oavsett bakgrund",
    ],
    "minority_rights": [
        "Nationella minoriteter",
        "Nationella minoriteters rättigheter",
        "Språk och kulturell identitet",
    ],
    "evaluation_plan": [
        "Utvärdering av årets plan",
        "Uppföljning och utvärdering",
        "Så följer vi upp planen",
        "Nästa utvärdering",
    ],
    "guardian_involvement": [
        "Vårdnadshavarnas delaktighet",
        "Samverkan med hemmen",
        "Till dig som vårdnadshavare",
    ],
}

CONTENT: dict[str, dict[str, list[Variant]]] = {
    "responsible": {
        "met": [
            [
                (
                    "p",
                    "Rektor {head} har det övergripande ansvaret för att planen upprättas, följs upp och revideras. Trygghetsteamet, som består av kurator, skolsköterska och två lärare, samordnar arbetet.",
                )
            ],
            [
                (
                    "ul",
                    [
                        "Rektor ansvarar för att planen tas fram och att alla i personalen känner till den.",
                        "All personal ansvarar för att ingripa och anmäla.",
                        "Huvudmannen ansvarar för att utreda när rektor anmäler.",
                    ],
                )
            ],
            [
                (
                    "table",
                    [
                        ["Roll", "Ansvar"],
                        ["Rektor", "Ytterst ansvarig för planen och för att kränkningar utreds"],
                        ["Trygghetsgruppen", "Samordnar kartläggning och uppföljning"],
                    ],
                )
            ],
        ],
        "partial": [
            [("p", "Alla vuxna på skolan har ett gemensamt ansvar för att ingen blir kränkt.")],
            [("p", "Likabehandlingsgruppen arbetar med frågorna under året.")],
        ],
    },
    "student_involvement": {
        "met": [
            [
                (
                    "p",
                    "I september diskuterade alla klassråd ett utkast till planen och elevrådet lämnade förslag på nya åtgärder. Två elevrepresentanter ingår i trygghetsteamet och deltar när planen följs upp i maj.",
                )
            ],
            [
                (
                    "ul",
                    [
                        "Klassråden har tyckt till om förslagen till nya rastregler.",
                        "Elevskyddsombuden deltog i arbetet med att ta fram målen för i år.",
                    ],
                )
            ],
            [
                (
                    "p",
                    "{Kids} har varit delaktiga genom samtal i barngruppen och genom att rita kartor över var de trivs och var de inte trivs. Deras synpunkter har påverkat vilka åtgärder vi valt.",
                )
            ],
            [
                (
                    "p",
                    "Elevkåren har haft inflytande över planen: styrelsen medverkade på en workshop där planen togs fram och utvärderar den tillsammans med skolledningen i slutet av läsåret.",
                )
            ],
        ],
        "partial": [
            [
                (
                    "p",
                    "Planen gås igenom med {kids_def} i början av höstterminen så att alla vet vad som gäller.",
                )
            ],
            [("p", "{Kids} är delaktiga i skolans värdegrundsarbete på olika sätt.")],
            [("p", "Vi informerar {kids_def} om planen på mentorstiden.")],
        ],
    },
    "previous_year_evaluation": {
        "met": [
            [
                ("p", "Förra årets plan ({prev}) innehöll tre åtgärder. Så här gick det:"),
                (
                    "ul",
                    [
                        "Rastvärdar på skolgården infördes i oktober. Antalet konflikter på rasterna minskade enligt incidentrapporterna.",
                        "Värdegrundslektioner genomfördes varannan vecka i alla klasser. Effekten syns i trivselenkäten där fler svarar att de blir väl bemötta.",
                        "Ny belysning vid cykelstället kom aldrig på plats; åtgärden förs över till i år.",
                    ],
                ),
            ],
            [
                (
                    "table",
                    [
                        ["Åtgärd ({prev})", "Genomförande", "Resultat/effekt"],
                        [
                            "Vuxna i omklädningsrummen",
                            "Genomfördes från vecka 36",
                            "Färre elever uppger otrygghet vid idrotten",
                        ],
                        [
                            "Kamratstödjare",
                            "Utbildades i november",
                            "Kamratstödjarna fångade upp flera konflikter tidigt",
                        ],
                    ],
                )
            ],
            [
                (
                    "p",
                    "Åtgärd: Trygghetsvandring med elevrådet. Genomförande: Genomfördes i november {prev_start}. Resultat: Ledde till att korridoren vid matsalen fick rastvakt.",
                ),
                (
                    "p",
                    "Åtgärd: Samtal om språkbruk i alla klasser. Genomförande: Genomfördes under våren. Resultat: Färre kränkande kommentarer rapporterades.",
                ),
            ],
        ],
        "partial": [
            [
                (
                    "p",
                    "Planen för förra året har utvärderats i arbetslagen och vi tycker att den har fungerat bra.",
                )
            ],
            [("p", "De flesta åtgärderna från förra året har genomförts.")],
        ],
    },
    "survey": {
        "met": [
            [
                (
                    "p",
                    "Under våren genomförde vi en trivselenkät för åk 4–9 (svarsfrekvens 212 av 240) och elevhälsoteamet gick igenom hälsosamtalen. Resultatet visar att 84 procent känner sig trygga, men att toaletterna och bussen upplevs som otrygga. Vi ser att de flesta kränkningar sker på nätet på kvällstid.",
                )
            ],
            [
                (
                    "ul",
                    [
                        "Skolenkäten: 91 % av eleverna i åk 8 instämmer i att de känner sig trygga.",
                        "Trygghetsvandringen i oktober pekade ut korridoren vid slöjdsalarna.",
                        "Incidentrapporterna visar en topp i januari i åk 6.",
                    ],
                ),
                ("p", "Analysen är att tillsynen är sämst där lärarna inte rör sig mellan lektionerna."),
            ],
            [
                (
                    "p",
                    "Vi har använt husmodellen och barnintervjuer. Barnen visade att hallen vid hämtning och vilan känns otrygga, medan gården upplevs som trygg.",
                )
            ],
        ],
        "partial": [
            [
                (
                    "p",
                    "Skolan gör varje år en trivselenkät och en trygghetsvandring. Resultaten har sammanställts.",
                )
            ],
            [("p", "I mars genomförs brukarundersökningen.")],
        ],
    },
    "promotive_work": {
        "met": [
            [
                (
                    "p",
                    "Varje vecka har alla klasser en lektion i livskunskap med övningar om respekt och allas lika värde. Under temaveckan i november arbetar vi med normer och stereotyper kopplade till kön och etnisk tillhörighet, och biblioteket köper in litteratur med varierade familjer och huvudpersoner.",
                )
            ],
            [
                (
                    "ul",
                    [
                        "Faddrar: äldre elever leder rastaktiviteter för de yngre varje fredag.",
                        "Blandade grupper vid lunch och på utflykter under första skolveckorna.",
                        "Gemensamma samlingar om barnkonventionen varje termin.",
                    ],
                )
            ],
        ],
        "partial": [
            [("p", "På vår skola ska alla känna sig trygga. Vi har nolltolerans mot kränkningar.")],
            [("p", "Vi arbetar främjande med värdegrunden.")],
        ],
    },
    "preventive_measures": {
        "met": [
            [
                (
                    "table",
                    [
                        ["Risk enligt kartläggningen", "Åtgärd", "Ansvarig", "Tidplan", "Uppföljning"],
                        [
                            "Otrygghet i omklädningsrummen",
                            "Personal närvarar vid ombyte",
                            "Idrottslärarna",
                            "Från v. 35",
                            "Elevenkät i mars",
                        ],
                        [
                            "Kränkande språk i chatten",
                            "Lektioner om nätetik i åk 5",
                            "Mentorerna",
                            "Oktober",
                            "Klassråd i december",
                        ],
                        [
                            "Ensamhet på rasterna",
                            "Rastaktiviteter med fritidspersonal",
                            "Fritidsansvarig",
                            "Hela läsåret",
                            "Trygghetsvandring",
                        ],
                    ],
                )
            ],
            [
                (
                    "p",
                    "Mål: Färre konflikter i kön till matsalen. Åtgärd: Schemalagd lunch per klass. Ansvarig: Rektor. När: Från höstterminens start.",
                ),
                (
                    "p",
                    "Mål: Alla elever ska känna sig trygga i korridoren. Åtgärd: Rastvakt vid korridoren. Ansvarig: Arbetslag 7–9. När: Vecka 37.",
                ),
            ],
        ],
        "partial": [
            [
                (
                    "table",
                    [
                        ["Åtgärd", "Syfte"],
                        ["Fler vuxna ute på rasterna", "Öka tryggheten"],
                        ["Samtal om språkbruk", "Bättre klimat"],
                    ],
                )
            ],
            [
                (
                    "ul",
                    [
                        "Vi ska fortsätta arbeta förebyggande.",
                        "Alla vuxna ska vara goda förebilder.",
                        "Personalen ska vara mer ute på rasterna.",
                    ],
                )
            ],
        ],
    },
    "acute_routines": {
        "met": [
            [
                (
                    "ul",
                    [
                        "Den som ser eller får veta att en elev blivit kränkt ingriper direkt och säger ifrån.",
                        "Personalen anmäler samma dag till rektor via blanketten.",
                        "Rektor anmäler till huvudmannen inom 24 timmar.",
                        "Rektor ser till att händelsen utreds skyndsamt genom samtal med de inblandade, och att vårdnadshavare informeras.",
                        "Åtgärder vidtas för att kränkningarna ska upphöra.",
                        "Allt dokumenteras i det digitala systemet och följs upp efter två veckor.",
                    ],
                )
            ],
            [
                (
                    "p",
                    "Steg 1: Agera direkt och stoppa kränkningen. Steg 2: Informera rektor som i sin tur anmäler till förvaltningen. Steg 3: Utredning påbörjas skyndsamt. Steg 4: Beslut om åtgärder. Steg 5: Händelsen dokumenteras och följs upp.",
                )
            ],
        ],
        "partial": [
            [
                (
                    "p",
                    "Om ett barn blir kränkt ska personalen prata med de inblandade och kontakta rektor. Rektor utreder vad som hänt och vidtar åtgärder.",
                )
            ],
            [("p", "Vid kränkningar kontaktas rektor.")],
            [("image", ""), ("p", "Se flödesschemat ovan.")],
        ],
    },
    "discrimination_grounds": {
        "met": [
            [
                (
                    "p",
                    "Diskrimineringsgrunderna är kön, könsöverskridande identitet eller uttryck, etnisk tillhörighet, religion eller annan trosuppfattning, funktionsnedsättning, sexuell läggning och ålder.",
                )
            ],
            [
                (
                    "ul",
                    [
                        "Kön",
                        "Könsöverskridande identitet eller uttryck",
                        "Etnisk tillhörighet",
                        "Religion eller annan trosuppfattning",
                        "Funktionsnedsättning",
                        "Sexuell läggning",
                        "Ålder",
                    ],
                )
            ],
        ],
        "partial": [
            [
                (
                    "p",
                    "Ingen ska diskrimineras på grund av kön, etnisk tillhörighet, religion, funktionshinder eller sexuell läggning.",
                )
            ],
            [
                (
                    "p",
                    "Vi arbetar mot diskriminering kopplat till kön, etnisk tillhörighet, funktionsnedsättning, religion eller annan trosuppfattning och ålder.",
                )
            ],
        ],
    },
    "minority_rights": {
        "met": [
            [
                (
                    "p",
                    "Sveriges fem nationella minoriteter är judar, romer, samer, sverigefinnar och tornedalingar. Vi informerar vårdnadshavare om rätten till undervisning i minoritetsspråken och uppmärksammar samernas nationaldag den 6 februari.",
                )
            ],
            [
                (
                    "p",
                    "De nationella minoriteterna och deras språk ska synliggöras. Biblioteket har böcker på finska, meänkieli, samiska, romani chib och jiddisch, och vi berättar för nya familjer om deras rättigheter.",
                )
            ],
        ],
        "partial": [
            [
                (
                    "p",
                    "I Sverige finns fem nationella minoriteter: judar, romer, samer, sverigefinnar och tornedalingar.",
                )
            ],
        ],
    },
    "evaluation_plan": {
        "met": [
            [
                (
                    "p",
                    "Årets plan utvärderas i maj {end} av trygghetsteamet. Eleverna deltar genom en enkät och genom att klassråden diskuterar vad som fungerat. Rektor ansvarar för att resultatet förs in i nästa års plan.",
                )
            ],
            [
                (
                    "table",
                    [
                        ["Månad", "Aktivitet", "Ansvarig"],
                        ["Mars", "Trivselenkät till alla elever", "Kurator"],
                        ["Maj", "Utvärdering av planen med elevrådet", "Rektor"],
                        ["Juni", "Ny plan skrivs", "Trygghetsteamet"],
                    ],
                )
            ],
        ],
        "partial": [
            [("p", "Planen utvärderas årligen.")],
            [("p", "Planen ska följas upp under våren.")],
        ],
    },
    "guardian_involvement": {
        "met": [
            [
                (
                    "p",
                    "Vårdnadshavare har kunnat lämna synpunkter på planen i föräldrarådet och via en digital enkät. Planen presenteras på höstens föräldramöten.",
                )
            ],
            [
                (
                    "p",
                    "Föräldrar är välkomna att påverka planen: den diskuteras på utvecklingssamtalen och på brukarrådets möte i oktober.",
                )
            ],
        ],
        "partial": [
            [("p", "Planen finns på skolans hemsida så att vårdnadshavare kan läsa den.")],
        ],
    },
}

VALIDITY: dict[str, list[str]] = {
    "met": [
        "Planen gäller från {start}-08-15 till {end}-08-14.",
        "Giltighetstid: {start}-10-01 – {end}-09-30",
        "Läsåret {year}",
        "Planen gäller för läsåret {year}.",
        "Period: augusti {start} – augusti {end}",
    ],
    "partial": [
        "Planen gäller från {start}-08-01 till {end1}-07-31.",
        "Planen gäller tills vidare.",
        "Fastställd {start}-09-12 av rektor.",
    ],
}

LAW_APPENDIX: Variant = [
    (
        "p",
        "6 kap. 8 § skollagen: Huvudmannen ska se till att det varje år upprättas en plan med en översikt över de åtgärder som behövs för att förebygga och förhindra kränkande behandling av barn och elever.",
    ),
    (
        "p",
        "3 kap. 2 § diskrimineringslagen: Arbetet med aktiva åtgärder innefattar att undersöka risker, analysera orsaker, vidta åtgärder och följa upp och utvärdera. 1 kap. 5 § anger grunderna kön, könsöverskridande identitet eller uttryck, etnisk tillhörighet, religion eller annan trosuppfattning, funktionsnedsättning, sexuell läggning och ålder. 2 kap. 7 § och 3 kap. 18 §.",
    ),
]

LOOK_ALIKES = [
    "Ring oss på 08-508 000 00 eller 070-123 45 67.",
    "Kommunens organisationsnummer är 212000-0142.",
    "Ärendet har diarienummer UTB 2024/1234.",
    "Mötet hölls 2025-09-30 och planen gäller 250901-260831 enligt beslut.",
    "Bankgiro 5050-1055. Skolenhetskod 12345678.",
]

EN_CONTENT: dict[str, dict[str, list[Variant]]] = {
    "responsible": {
        "met": [
            [
                (
                    "p",
                    "The principal, {head}, is responsible for the plan and for making sure incidents are investigated. The safety team coordinates the work.",
                )
            ]
        ],
        "partial": [[("p", "All staff share responsibility for a safe school.")]],
    },
    "student_involvement": {
        "met": [
            [
                (
                    "p",
                    "Students took part in drawing up the plan: the student council discussed a draft in September and class councils gave their views on the measures.",
                )
            ]
        ],
        "partial": [[("p", "The plan is presented to students at the start of the year.")]],
    },
    "previous_year_evaluation": {
        "met": [
            [
                (
                    "ul",
                    [
                        "Adults on duty in the changing rooms: carried out from September; fewer students reported feeling unsafe there.",
                        "Lessons on online behaviour: carried out in grade 6, which led to fewer reported incidents on social media.",
                    ],
                )
            ]
        ],
        "partial": [[("p", "Last year's plan worked well overall.")]],
    },
    "survey": {
        "met": [
            [
                (
                    "p",
                    "We used the well-being survey in March and a safety walk with the student council. 86 % of students say they feel safe; the toilets and the bus stop were named as unsafe places.",
                )
            ]
        ],
        "partial": [[("p", "Each year we carry out a well-being survey.")]],
    },
    "promotive_work": {
        "met": [
            [
                (
                    "p",
                    "Every week classes have a core values lesson, and during the theme week in November we work with norms and stereotypes. Older students run break-time activities for younger ones.",
                )
            ]
        ],
        "partial": [
            [("p", "Everyone should feel safe at our school. We have zero tolerance against bullying.")]
        ],
    },
    "preventive_measures": {
        "met": [
            [
                (
                    "table",
                    [
                        ["Measure", "Responsible", "When"],
                        ["Adults in the changing rooms", "PE teachers", "From week 35"],
                        ["Break-time activities", "After-school staff", "All year"],
                    ],
                )
            ]
        ],
        "partial": [
            [("ul", ["We will continue to work preventively.", "Staff will be more visible at breaks."])]
        ],
    },
    "acute_routines": {
        "met": [
            [
                (
                    "ul",
                    [
                        "Staff who see an incident intervene at once.",
                        "They report it to the principal the same day.",
                        "The principal reports to the school organiser (huvudman).",
                        "The incident is investigated promptly and measures are taken.",
                        "Everything is documented and followed up after two weeks.",
                    ],
                )
            ]
        ],
        "partial": [[("p", "If something happens, contact the principal.")]],
    },
    "discrimination_grounds": {
        "met": [
            [
                (
                    "p",
                    "The seven grounds of discrimination are sex, transgender identity or expression, ethnicity, religion or other belief, disability, sexual orientation and age.",
                )
            ]
        ],
        "partial": [
            [("p", "No one may be discriminated against because of their sex, ethnicity, religion or age.")]
        ],
    },
    "minority_rights": {
        "met": [
            [
                (
                    "p",
                    "Sweden's national minorities are Jews, Roma, Sami, Sweden Finns and Tornedalians. We inform families about mother tongue tuition in the minority languages and celebrate the Sami national day.",
                )
            ]
        ],
        "partial": [
            [("p", "Sweden has five national minorities: Jews, Roma, Sami, Sweden Finns and Tornedalians.")]
        ],
    },
    "evaluation_plan": {
        "met": [
            [
                (
                    "p",
                    "This plan will be evaluated in May {end} by the safety team, using a student survey and a meeting with the student council. The principal is responsible for the evaluation.",
                )
            ]
        ],
        "partial": [[("p", "The plan is evaluated every year.")]],
    },
    "guardian_involvement": {
        "met": [
            [
                (
                    "p",
                    "Parents could give their views on the plan through the parents' council and a questionnaire, and it is discussed at parent meetings.",
                )
            ]
        ],
        "partial": [[("p", "The plan is published on the school website.")]],
    },
}
EN_HEADINGS: dict[str, list[str]] = {
    "responsible": ["Responsibility"],
    "student_involvement": ["Student participation"],
    "previous_year_evaluation": ["Assessment of last year's plan"],
    "survey": ["Current situation"],
    "promotive_work": ["Promotive work"],
    "preventive_measures": ["Timeline of actions"],
    "acute_routines": ["Procedure in case of an incident"],
    "discrimination_grounds": ["Definitions"],
    "minority_rights": ["National minorities"],
    "evaluation_plan": ["Follow-up and evaluation"],
    "guardian_involvement": ["Information to parents"],
    "validity_period": ["Information about the plan"],
}
EN_VALIDITY = {
    "met": ["The plan is valid from {start}-08-20 to {end}-08-19."],
    "partial": ["The plan is valid until further notice."],
}
EN_GUIDANCE: list[Variant] = [
    [("p", "[Describe how you have worked with this]")],
    [("p", "Click or tap here to enter text.")],
]
