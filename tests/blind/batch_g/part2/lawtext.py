"""Law extracts and DO-style definitions that long plans copy into their text."""


def bakgrund_paragraphs():
    return [
        "Skolans arbete mot diskriminering, trakasserier och kränkande behandling regleras i två lagar: "
        "skollagen (2010:800) och diskrimineringslagen (2008:567). Till det kommer förordningen (2006:1083) om "
        "barns och elevers deltagande i arbetet med en plan mot kränkande behandling och läroplanens första "
        "kapitel om skolans värdegrund och uppdrag.",
        "Enligt 6 kap. 7 § skollagen ska huvudmannen se till att det inom ramen för varje särskild verksamhet "
        "bedrivs ett målinriktat arbete för att motverka kränkande behandling av barn och elever. Enligt "
        "6 kap. 8 § ska huvudmannen se till att det varje år upprättas en plan med en översikt över de "
        "åtgärder som behövs för att förebygga och förhindra kränkande behandling av barn och elever. Planen "
        "ska innehålla en redogörelse för vilka av dessa åtgärder som avses att påbörjas eller genomföras under "
        "det kommande året. En redogörelse för hur de planerade åtgärderna har genomförts ska tas in i "
        "efterföljande års plan.",
        "Diskrimineringslagen ålägger utbildningsanordnaren att arbeta med aktiva åtgärder i fyra steg – "
        "undersöka, analysera, åtgärda samt följa upp och utvärdera (3 kap. 2 §) – och att dokumentera "
        "arbetet skriftligt varje år. Utbildningsanordnaren ska också ha riktlinjer och rutiner för att "
        "förhindra trakasserier och sexuella trakasserier (3 kap. 18 §) och samverka med barnen och eleverna "
        "i arbetet (3 kap. 19 §).",
    ]


def begrepp(pl, outdated=False, heading="Begrepp", level=1):
    """Definitions as copied from DO's website (with DO's own term for the second ground)."""
    pl.h(heading, level)
    pl.p("Begreppen nedan bygger på Diskrimineringsombudsmannens (DO) beskrivningar.", italic=True)
    defs = [
        (
            "Diskriminering",
            "Diskriminering innebär att ett barn eller en elev missgynnas, direkt eller "
            "indirekt, och att missgynnandet har samband med någon av diskrimineringsgrunderna. Diskriminering "
            "kan utövas av skolan som organisation eller av personal. Elever kan inte diskriminera varandra i "
            "lagens mening, men de kan trakassera varandra.",
        ),
        (
            "Direkt diskriminering",
            "Att någon missgynnas genom att behandlas sämre än någon annan behandlas, "
            "har behandlats eller skulle ha behandlats i en jämförbar situation, om missgynnandet har samband "
            "med en diskrimineringsgrund.",
        ),
        (
            "Indirekt diskriminering",
            "Att någon missgynnas genom tillämpning av en bestämmelse, ett kriterium "
            "eller ett förfaringssätt som framstår som neutralt men som kan komma att särskilt missgynna personer "
            "med visst kön, viss etnisk tillhörighet och så vidare.",
        ),
        (
            "Bristande tillgänglighet",
            "Att en person med "
            + ("funktionshinder" if outdated else "funktionsnedsättning")
            + " missgynnas genom att skolan inte har vidtagit skäliga åtgärder för "
            "tillgänglighet för att personen ska komma i en jämförbar situation med personer utan "
            + ("funktionshinder." if outdated else "denna funktionsnedsättning."),
        ),
        (
            "Trakasserier",
            "Ett uppträdande som kränker någons värdighet och som har samband med någon av "
            "diskrimineringsgrunderna.",
        ),
        (
            "Sexuella trakasserier",
            "Ett uppträdande av sexuell natur som kränker någons värdighet, till "
            "exempel kommentarer, tafsande, bilder eller meddelanden med sexuellt innehåll.",
        ),
        (
            "Instruktioner att diskriminera",
            "Order eller instruktioner om att diskriminera någon som lämnas "
            "åt någon som står i lydnads- eller beroendeförhållande till den som lämnar ordern.",
        ),
        (
            "Kränkande behandling",
            "Ett uppträdande som, utan att vara diskriminering, kränker ett barns eller "
            "en elevs värdighet. Det kan vara fysiskt (slag, knuffar), verbalt (hot, svordomar, öknamn), "
            "psykosocialt (utfrysning, ryktesspridning) eller ske genom text och bild på nätet.",
        ),
        (
            "Repressalier",
            "Personalen får inte utsätta ett barn eller en elev för straff eller annan negativ "
            "behandling för att eleven har anmält eller påtalat diskriminering eller kränkande behandling.",
        ),
        (
            "Främjande arbete",
            "Arbete som syftar till att stärka respekten för allas lika värde. Det riktar "
            "sig till alla och bedrivs utan förekommen anledning.",
        ),
        (
            "Förebyggande arbete",
            "Arbete som syftar till att avvärja risker för diskriminering, trakasserier "
            "och kränkande behandling som har upptäckts i kartläggningen.",
        ),
    ]
    for term, text in defs:
        pl.labelled(term + ".", text)
    pl.p("Diskrimineringsgrunderna", bold=True)
    grounds = [
        (
            "Kön",
            "Att någon är kvinna eller man. Skyddet omfattar också den som avser att ändra eller har "
            "ändrat sitt juridiska kön.",
        ),
        (
            "Könsidentitet eller könsuttryck",
            "Att någon inte identifierar sig som kvinna eller man eller genom "
            "sin klädsel eller på annat sätt ger uttryck för att tillhöra ett annat kön. (I lagen: "
            "könsöverskridande identitet eller uttryck.)",
        ),
        (
            "Etnisk tillhörighet",
            "Nationellt eller etniskt ursprung, hudfärg eller annat liknande förhållande.",
        ),
        (
            "Religion eller annan trosuppfattning",
            "Religiösa åskådningar som buddhism, kristendom, hinduism, "
            "islam och judendom, men också ateism och agnosticism.",
        ),
        (
            "Funktionshinder" if outdated else "Funktionsnedsättning",
            "Varaktiga fysiska, psykiska eller begåvningsmässiga begränsningar av en persons funktionsförmåga "
            "som till följd av en skada eller sjukdom fanns vid födseln, har uppstått därefter eller kan "
            "förväntas uppstå.",
        ),
        ("Sexuell läggning", "Homosexuell, bisexuell eller heterosexuell läggning."),
        ("Ålder", "Uppnådd levnadslängd. Skyddet gäller alla, oavsett ålder."),
    ]
    for term, text in grounds:
        pl.labelled(term + ":", text)


def law_appendix(pl, heading="Bilaga – Aktuella bestämmelser", minorities=True):
    pl.page_break()
    pl.h(heading, 1)
    pl.p("Utdrag ur författningarna. Texterna är återgivna i förkortad form.", italic=True)
    pl.h("Skollagen (2010:800) 6 kap.", 2)
    sections = [
        (
            "3 §",
            "I detta kapitel avses med – barn: den som deltar i eller söker till verksamhet enligt denna "
            "lag, utom den som är elev, – elev: den som deltar i eller söker till utbildning enligt denna lag, "
            "– personal: anställda och uppdragstagare i verksamhet enligt denna lag, – kränkande behandling: ett "
            "uppträdande som, utan att vara diskriminering enligt diskrimineringslagen (2008:567), kränker ett "
            "barns eller en elevs värdighet.",
        ),
        (
            "7 §",
            "Huvudmannen ska se till att det inom ramen för varje särskild verksamhet bedrivs ett "
            "målinriktat arbete för att motverka kränkande behandling av barn och elever.",
        ),
        (
            "8 §",
            "Huvudmannen ska se till att det varje år upprättas en plan med en översikt över de åtgärder "
            "som behövs för att förebygga och förhindra kränkande behandling av barn och elever. Planen ska "
            "innehålla en redogörelse för vilka av dessa åtgärder som avses att påbörjas eller genomföras under "
            "det kommande året. En redogörelse för hur de planerade åtgärderna har genomförts ska tas in i "
            "efterföljande års plan.",
        ),
        (
            "9 §",
            "Huvudmannen eller personalen får inte utsätta ett barn eller en elev för kränkande behandling.",
        ),
        (
            "10 §",
            "En lärare, förskollärare eller annan personal som får kännedom om att ett barn eller en elev "
            "anser sig ha blivit utsatt för kränkande behandling i samband med verksamheten är skyldig att "
            "anmäla detta till rektorn. En rektor som får kännedom om att ett barn eller en elev anser sig ha "
            "blivit utsatt för kränkande behandling i samband med verksamheten är skyldig att anmäla detta till "
            "huvudmannen. Huvudmannen är skyldig att skyndsamt utreda omständigheterna kring de uppgivna "
            "kränkningarna och i förekommande fall vidta de åtgärder som skäligen kan krävas för att förhindra "
            "kränkande behandling i framtiden.",
        ),
        (
            "11 §",
            "Huvudmannen eller personalen får inte utsätta ett barn eller en elev för repressalier på "
            "grund av att barnet eller eleven har anmält huvudmannen eller personalen för kränkande behandling "
            "eller medverkat i en utredning enligt denna lag.",
        ),
    ]
    for num, text in sections:
        pl.labelled(num, text)
    pl.h(
        "Förordning (2006:1083) om barns och elevers deltagande i arbetet med en plan mot kränkande "
        "behandling",
        2,
    )
    pl.labelled(
        "2 §",
        "En plan mot kränkande behandling enligt 6 kap. 8 § skollagen (2010:800) ska upprättas, "
        "följas upp och ses över under medverkan av barnen eller eleverna vid den verksamhet som planen "
        "gäller för. Utformningen och omfattningen av barnens eller elevernas deltagande ska anpassas "
        "efter deras ålder och mognad.",
    )
    pl.h("Diskrimineringslagen (2008:567)", 2)
    pl.labelled(
        "1 kap. 1 §",
        "Denna lag har till ändamål att motverka diskriminering och på andra sätt främja "
        "lika rättigheter och möjligheter oavsett kön, könsöverskridande identitet eller uttryck, "
        "etnisk tillhörighet, religion eller annan trosuppfattning, funktionsnedsättning, sexuell "
        "läggning eller ålder.",
    )
    pl.labelled(
        "3 kap. 1 §",
        "Med aktiva åtgärder avses ett förebyggande och främjande arbete för att inom en "
        "verksamhet motverka diskriminering och på annat sätt verka för lika rättigheter och "
        "möjligheter oavsett kön, könsöverskridande identitet eller uttryck, etnisk tillhörighet, "
        "religion eller annan trosuppfattning, funktionsnedsättning, sexuell läggning eller ålder.",
    )
    pl.labelled(
        "3 kap. 2 §",
        "Arbetet med aktiva åtgärder innebär att arbetsgivare och utbildningsanordnare "
        "ska 1. undersöka om det finns risker för diskriminering eller repressalier eller om det finns "
        "andra hinder för enskildas lika rättigheter och möjligheter i verksamheten, 2. analysera "
        "orsaker till upptäckta risker och hinder, 3. vidta de förebyggande och främjande åtgärder som "
        "skäligen kan krävas, och 4. följa upp och utvärdera arbetet enligt 1–3.",
    )
    pl.labelled(
        "3 kap. 3 §",
        "Arbetet med aktiva åtgärder ska genomföras fortlöpande. Åtgärder enligt 2 § 3 "
        "ska tidsplaneras och genomföras så snart som möjligt.",
    )
    pl.labelled(
        "3 kap. 18 §",
        "Utbildningsanordnaren ska ha riktlinjer och rutiner för att förhindra "
        "trakasserier och sexuella trakasserier. Utbildningsanordnaren ska följa upp och utvärdera "
        "riktlinjerna och rutinerna.",
    )
    pl.labelled(
        "3 kap. 19 §",
        "I arbetet med aktiva åtgärder ska utbildningsanordnaren samverka med barn, "
        "elever eller studenter som deltar i utbildningen och med arbetstagare.",
    )
    pl.labelled(
        "3 kap. 20 §",
        "Utbildningsanordnaren ska varje år skriftligen dokumentera arbetet med aktiva åtgärder.",
    )
    if minorities:
        pl.h("Lag (2009:724) om nationella minoriteter och minoritetsspråk", 2)
        pl.labelled(
            "2 §",
            "Nationella minoriteter är judar, romer, samer, sverigefinnar och tornedalingar. "
            "Nationella minoritetsspråk är jiddisch, romani chib, samiska, finska och meänkieli.",
        )
        pl.labelled(
            "4 §",
            "Det allmänna har ett särskilt ansvar för att skydda och främja de nationella "
            "minoritetsspråken. Det allmänna ska även i övrigt främja de nationella minoriteternas "
            "möjligheter att behålla och utveckla sin kultur i Sverige. Barns utveckling av en kulturell "
            "identitet och användning av det egna minoritetsspråket ska främjas särskilt.",
        )
