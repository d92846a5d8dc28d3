"""Plans i1_06 – i1_11: FK+fritidshem table plan, three koncern-template plans,
anpassad gymnasieskola, a table-only grundskola plan."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from wordkit import Plan, png  # noqa: E402


# ---------------------------------------------------------------------------
def plan06():
    pl = Plan("i1_06_ekbacken-fk-fritids-table.docx",
              "Plan mot kränkande behandling – förskoleklass och fritidshem, Ekbackens skola",
              "Ekbackens skola")
    d = pl.dec
    pl.header_text("Ekbackens skola · Förskoleklass och fritidshemmet Solgläntan")
    pl.para("Plan mot diskriminering och kränkande behandling", size=18, bold=True)
    pl.para("Förskoleklassen och fritidshemmet Solgläntan, Ekbackens skola, Lerviks kommun", size=12)
    rows = [
        ["Område", "Vad vi gör", "Ansvar och tid"],
        ["Planens giltighet", "Planen gäller " + d("2025-10-01 – 2026-09-30") + " och omfattar förskoleklassen (44 "
         "barn) och fritidshemmet Solgläntan (96 barn i F–3). Grundskolans plan är ett eget dokument.",
         "Fastställd av rektor 2025-09-29. Skolenhetskod " + d("63015582") + "."],
        ["Ansvar", "Rektor ansvarar för att planen tas fram, följs upp och utvärderas och för att "
         "anmälningar utreds och anmäls till huvudmannen (barn- och utbildningsnämnden). "
         "Fritidshemmets trygghetsgrupp – fritidspedagog Jenny Holm (samordnare), "
         "förskoleklasslärare Amir Rahimi och barnskötare Lotta Fors – håller ihop arbetet. All "
         "personal ansvarar för att se, ingripa och anmäla.",
         "Rektor Sofia Engström, tel. " + d("0156-272 40") + ".\nTrygghetsgruppen träffas varannan "
         "tisdag."],
        ["Delaktighet och förankring", "Barnen: I maj gjorde vi barnintervjuer med alla barn i "
         "förskoleklass och åk 1, och fritidsrådet (två barn per grupp) gick en trygghetsvandring med "
         "personalen och ritade en karta över trygga och otrygga platser. Fritidsrådet valde sedan "
         "vilka åtgärder vi ska börja med, och i januari och maj berättar fritidsrådet hur åtgärderna "
         "har fungerat. Planen har gåtts igenom med barnen i samling med bilder.\n"
         "Vårdnadshavare: Vårdnadshavarna har svarat på fritidshemmets enkät i april och har "
         "diskuterat utkastet på föräldramötet i september; synpunkter kan lämnas i Unikum hela året. "
         "Två vårdnadshavare sitter med i skolrådet som går igenom planen i oktober.",
         "Jenny Holm ansvarar för barnintervjuerna och fritidsrådet.\nRektor ansvarar för "
         "föräldramöte och skolråd.\nMaj, september, oktober, januari."],
        ["Förra årets åtgärder (2024/25)", "1. Vuxen vid gungorna på eftermiddagarna: genomförd från "
         "oktober. Effekt: inga konflikter om gungorna anmäldes under vt, mot 9 under ht.\n"
         "2. Lugn hämtning i hallen (hämtning i två omgångar): genomförd. Effekt: barnen sa i "
         "barnintervjuerna att hallen är lugnare; personalen ser färre knuffar.\n"
         "3. Samtal om kompisar och olika familjer i förskoleklassen: genomfört varje vecka. Effekt: "
         "färre barn säger att de inte får vara med (från 11 till 4 barn i intervjuerna).\n"
         "4. Nya regler för spel på läsplattor: inte genomförd eftersom plattorna byttes ut; flyttas till "
         "i år.",
         "Utvärderat av trygghetsgruppen och fritidsrådet i juni 2025."],
        ["Kartläggning och analys", "Underlag: barnintervjuer (63 barn), fritidsrådets "
         "trygghetsvandring och karta, personalens observationer på gården en vecka i april, "
         "vårdnadshavarenkäten (71 svar) och 14 anmälningar om kränkande behandling under 2024/25.\n"
         "Resultat: de flesta barn trivs, men toaletterna vid idrottshallen och buskarna bakom "
         "förrådet pekas ut som otrygga. Flera barn i förskoleklass berättar att de inte får vara med "
         "i leken \"för att de är små\". Nio av anmälningarna gällde fritidshemmets eftermiddagar "
         "efter kl. 15 när personalen är färre.\nAnalys: risken är störst när barngruppen är stor och "
         "personaltätheten låg, och åldersblandade lekar ger risk för uteslutning av de yngsta.",
         "Jenny Holm sammanställde; analysen gjordes på APT i augusti 2025."],
        ["Främjande arbete", "Vi arbetar med barnens lika värde varje dag: samlingar om känslor och "
         "kompisskap, böcker där barn har olika familjer, funktionsnedsättningar och hudfärger, "
         "könsneutrala lekmiljöer och att alla aktiviteter erbjuds alla. Fritidsrådet planerar en "
         "\"alla får vara med\"-vecka i mars.",
         "All personal, hela året.\nFritidsrådet och Amir Rahimi: mars 2026."],
        ["Förebyggande åtgärder", "1. Toaletterna vid idrottshallen: en vuxen rör sig i korridoren när "
         "barnen går dit på eftermiddagen. Mål: inga barn ska peka ut toaletterna som otrygga.\n"
         "2. Buskarna bakom förrådet: området stängs av med staket; rastvakt vid förrådet. Mål: inga "
         "anmälningar därifrån.\n3. Eftermiddagar efter kl. 15: aktiviteter i mindre grupper och "
         "schemalagd personal ute. Mål: halvera antalet anmälningar under eftermiddagarna.\n"
         "4. Regler för spel på läsplattor tas fram med fritidsrådet.",
         "1. Lotta Fors, från v. 41 ht 2025.\n2. Rektor (staket, november 2025); fritidspersonal "
         "(rastvakt, från oktober).\n3. Jenny Holm (schema), från 2025-10-06.\n4. Amir Rahimi och "
         "fritidsrådet, klart januari 2026."],
        ["Akuta situationer", "1. Den vuxna som ser eller hör en kränkning ingriper direkt och "
         "stoppar den.\n2. Den vuxna berättar för rektor samma dag.\n3. Rektor meddelar huvudmannen "
         "(förvaltningens kansli) skyndsamt.\n4. Rektor ser till att det utreds: personal pratar med "
         "barnen och kontaktar vårdnadshavarna.\n5. Vi bestämmer vad som ska göras för att det ska "
         "sluta och gör det.\n6. Vi följer upp med barnen efter en vecka.\nOm en vuxen kränker ett "
         "barn tar rektor över utredningen direkt.",
         "All personal, rektor.\nBarn och vårdnadshavare kan vända sig till all personal eller till "
         "Jenny Holm, tel. " + d("0156-272 58") + ", jenny.holm@lervik.se."],
        ["Diskrimineringsgrunderna", "Planen omfattar kön, könsöverskridande identitet eller uttryck, "
         "etnisk tillhörighet, religion eller annan trosuppfattning, funktionsnedsättning, sexuell "
         "läggning och ålder. Åldersgrunden är särskilt viktig hos oss: de yngsta barnen ska inte "
         "uteslutas (se kartläggningen).", "Trygghetsgruppen"],
        ["Uppföljning och utvärdering", "Åtgärderna följs upp i januari 2026 av trygghetsgruppen och "
         "fritidsrådet. Hela planen utvärderas i maj–juni 2026 genom nya barnintervjuer, fritidsrådets "
         "trygghetsvandring och vårdnadshavarenkäten. Fritidsrådet får bedöma varje åtgärd med "
         "\"glad, mittemellan eller ledsen gubbe\".",
         "Jenny Holm ansvarar; rektor skriver in resultatet i nästa plan senast 2026-09-30."],
    ]
    pl.table(rows, widths=[3.5, 9, 4.5], repeat_header=True, font_size=10)
    pl.para()
    pl.para("Fritidsrådets karta över trygga och otrygga platser:", italic=True)
    pl.picture(png(80, 50, (120, 200, 120), stripe=(230, 80, 80)), 9)
    return pl, dict(
        school_year="2025/26", forms=["förskoleklass", "fritidshem"],
        shape="FK + fritidshem only; the whole plan is one 3-column table (Område | Vad vi gör | Ansvar och tid); merged 'Delaktighet och förankring' row; drawing without alt",
        expected="mmmmmmmpmxmm",
        reasons={
            "validity_period": "2025-10-01 – 2026-09-30 (Oct–Oct, 12 months)",
            "student_involvement": "barnintervjuer, fritidsråd in drawing up and follow-up (children = students for FK/fritidshem)",
            "acute_routines": "no documentation step (only tell rektor, rektor tells huvudman, investigate, act, follow up) (§6.8 partial)",
            "minority_rights": "no mention of national minorities",
            "guardian_involvement": "merged 'Delaktighet och förankring' row: guardians' survey, föräldramöte discussion, Unikum, skolråd",
        },
        images_without_alt=1)


# ---------------------------------------------------------------------------
# Koncern template: Nordstjärnan Skolor AB. Boilerplate identical in every school.
KONCERN = "Nordstjärnan Skolor AB"
B = {
    "intro": ("Nordstjärnan Skolor AB driver 38 grundskolor och gymnasieskolor i Sverige. Alla våra "
              "skolor arbetar utifrån samma värdegrund: Respekt, Ansvar och Mod. Denna plan följer "
              "koncernens mall och bygger på skollagen (2010:800) 6 kap., diskrimineringslagen "
              "(2008:567) och förordningen (2006:1083) om barns och elevers deltagande i arbetet med en "
              "plan mot kränkande behandling. Koncernens text är gemensam för alla skolor. Skolans egna "
              "delar står under rubriken ”Skolans tillägg”."),
    "ansvar": ("Huvudmannen, Nordstjärnan Skolor AB genom skolchef, ansvarar för att varje skolenhet "
               "har en aktuell plan och för att anmälningar om kränkande behandling utreds. Rektor "
               "ansvarar för att planen upprättas, följs upp och utvärderas tillsammans med elever och "
               "personal, för att anmälningar utreds och åtgärdas och för att varje anmälan skickas "
               "vidare till huvudmannen. All personal ansvarar för att känna till planen, ingripa mot "
               "kränkningar och anmäla till rektor."),
    "elever": ("Enligt förordningen (2006:1083) ska planen upprättas, följas upp och ses över under "
               "medverkan av eleverna. På Nordstjärnans skolor är eleverna delaktiga i "
               "värdegrundsarbetet och deras röster är viktiga för oss."),
    "fjol_guid": ("[Skolan redogör här för varje åtgärd i förra årets plan: genomfördes den, hur, och "
                  "vilken effekt fick den? Använd tabellen nedan. Ta bort denna text.]"),
    "kartl": ("Alla Nordstjärnans skolor genomför koncernens trivselenkät i februari, en "
              "trygghetsvandring med elever under våren och en sammanställning av anmälningar om "
              "kränkande behandling i Nordstjärnans anmälningssystem Trygga. Resultaten analyseras av "
              "skolans trygghetsgrupp."),
    "framj": ("Vi arbetar främjande genom att alltid utgå från vår värdegrund Respekt, Ansvar och Mod. "
              "Alla ska känna sig trygga och välkomna i våra skolor. Vi har nolltolerans mot "
              "kränkningar, och alla vuxna är goda förebilder."),
    "forebygg": ("Utifrån kartläggningen beslutar skolan om förebyggande åtgärder. Varje åtgärd ska ha "
                 "mål, ansvarig och datum."),
    "akut": [
        "Personal som ser eller får veta att en elev upplever sig kränkt, trakasserad eller sexuellt "
        "trakasserad ingriper omedelbart.",
        "Personalen anmäler samma dag till rektor i Trygga.",
        "Rektor anmäler till huvudmannen inom 24 timmar; anmälan går automatiskt till skolchef via "
        "Trygga.",
        "Rektor utser utredare och utredningen startas skyndsamt. Den utsatta, den som utövat "
        "kränkningen och vittnen får berätta. Vårdnadshavare kontaktas samma dag.",
        "Åtgärder beslutas för att kränkningarna ska upphöra.",
        "Utredning, åtgärder och uppföljning dokumenteras i Trygga.",
        "Ärendet följs upp inom tre veckor och avslutas av rektor när kränkningarna har upphört.",
    ],
    "akut_personal": ("Om en anställd kränker en elev utreder rektor tillsammans med koncernens "
                      "HR-avdelning. Om rektor är inblandad anmäls ärendet direkt till skolchef."),
    "grunder": [
        ("Kön", "att någon är kvinna eller man, eller avser att ändra eller har ändrat sitt juridiska kön."),
        ("Könsöverskridande identitet eller uttryck", "att någon inte identifierar sig som kvinna "
         "eller man eller genom sin klädsel eller på annat sätt ger uttryck för att tillhöra ett "
         "annat kön."),
        ("Etnisk tillhörighet", "nationellt eller etniskt ursprung, hudfärg eller annat liknande "
         "förhållande."),
        ("Religion eller annan trosuppfattning", "till exempel kristendom, islam, judendom, "
         "buddhism eller ateism."),
        ("Funktionsnedsättning", "varaktiga fysiska, psykiska eller begåvningsmässiga begränsningar "
         "av en persons funktionsförmåga."),
        ("Sexuell läggning", "homosexuell, bisexuell eller heterosexuell läggning."),
        ("Ålder", "uppnådd levnadslängd."),
    ],
    "minor": ("Sverige har fem nationella minoriteter: judar, romer, samer, sverigefinnar och "
              "tornedalingar. De nationella minoritetsspråken är jiddisch, romani chib, samiska, finska "
              "och meänkieli."),
    "uppf": "Planen utvärderas årligen i juni av rektor.",
    "vh": "Planen publiceras på skolans webbplats och i Nordstjärnan-appen.",
}


def koncern_plan(file, school, forms_text, year, validity, rektor, code, add, extra_front=None):
    pl = Plan(file, "Plan mot diskriminering och kränkande behandling – " + school, KONCERN)
    d = pl.dec
    pl.header_text(KONCERN + " · " + school)
    pl.footer_text("Mall: Nordstjärnan Plan DKB v. 2025.1 · Org.nr " + d("556874-2031"))
    pl.footer_page()
    if add.get("logo"):
        pl.picture(png(40, 40, (16, 40, 96), stripe=(240, 200, 40)), 3,
                   alt="Nordstjärnan Skolors logotyp, en gul stjärna på mörkblå botten")
    pl.para("Plan mot diskriminering och kränkande behandling", size=20, bold=True)
    front = [["Skola", school], ["Skolformer", forms_text], ["Skolenhetskod", d(code)],
             ["Rektor", rektor], ["Läsår", year], ["Planen gäller", validity]]
    if extra_front:
        front += extra_front
    pl.table(front, header=False, widths=[4.5, 11.5], bold_first_col=True)

    def tillagg(key):
        val = add.get(key)
        if not val:
            return
        pl.bold("Skolans tillägg", space_before=4)
        for item in (val if isinstance(val, list) else [val]):
            if isinstance(item, tuple) and item[0] == "table":
                pl.table(item[1], widths=item[2] if len(item) > 2 else None)
            elif isinstance(item, tuple) and item[0] == "bullets":
                pl.bullets(item[1])
            else:
                pl.para(item)

    pl.heading("1. Inledning", 1)
    pl.para(B["intro"])
    tillagg("intro")
    pl.heading("2. Ansvar", 1)
    pl.para(B["ansvar"])
    tillagg("ansvar")
    pl.heading("3. Elevernas delaktighet", 1)
    pl.para(B["elever"])
    tillagg("elever")
    pl.heading("4. Utvärdering av föregående års plan", 1)
    if add.get("fjol_keep_guidance", True):
        pl.guidance(B["fjol_guid"])
    if add.get("fjol_table"):
        pl.table(add["fjol_table"], widths=[5, 4, 7])
    else:
        pl.table([["Åtgärd", "Genomförd? Hur?", "Effekt"], ["", "", ""], ["", "", ""]], widths=[5, 4, 7])
    tillagg("fjol")
    pl.heading("5. Kartläggning och analys", 1)
    pl.para(B["kartl"])
    tillagg("kartl")
    pl.heading("6. Främjande och förebyggande arbete", 1)
    pl.heading("6.1 Främjande arbete", 2)
    pl.para(B["framj"])
    tillagg("framj")
    pl.heading("6.2 Förebyggande åtgärder", 2)
    pl.para(B["forebygg"])
    if add.get("atg_table"):
        pl.table(add["atg_table"], widths=[3, 3.5, 4.5, 2.5, 2.5], font_size=10)
    else:
        pl.table([["Område/risk", "Mål", "Åtgärd", "Ansvarig", "Klart senast"], ["", "", "", "", ""]],
                 widths=[3, 3.5, 4.5, 2.5, 2.5])
    tillagg("forebygg")
    pl.heading("7. Rutiner för akuta situationer", 1)
    pl.numbered(B["akut"])
    pl.para(B["akut_personal"])
    tillagg("akut")
    pl.heading("8. Diskrimineringsgrunderna", 1)
    pl.para("Diskrimineringslagen anger sju diskrimineringsgrunder (definitioner enligt "
            "Diskrimineringsombudsmannen):")
    for g, txt in B["grunder"]:
        pl.para("**%s** – %s" % (g, txt))
    pl.heading("9. Nationella minoriteter", 1)
    pl.para(B["minor"])
    tillagg("minor")
    pl.heading("10. Uppföljning och utvärdering av planen", 1)
    pl.para(B["uppf"])
    tillagg("uppf")
    pl.heading("11. Vårdnadshavare", 1)
    pl.para(B["vh"])
    tillagg("vh")
    return pl


def plan07():
    add = {
        "logo": True,
        "ansvar": "På Nordstjärneskolan Kvarnholmen består trygghetsgruppen av rektor Helena "
                  "Sjöberg, biträdande rektor Oskar Lindgren (sammankallande), kurator Fatima Al-Sayed, "
                  "skolsköterska Britt Nordin och en lärare från varje stadium.",
        "elever": "Hos oss har eleverna varit med så här: elevrådet gick trygghetsvandringen med "
                  "trygghetsgruppen i april 2025 och klassråden i åk 3–9 tog fram förslag på åtgärder "
                  "som elevrådet prioriterade i maj. I lågstadiet har eleverna ritat trygga och otrygga "
                  "platser. Elevrådet följer upp åtgärderna på sitt möte varje månad och två "
                  "elevrådsrepresentanter deltar i trygghetsgruppens möten i november och mars.",
        "fjol_keep_guidance": False,
        "fjol_table": [
            ["Åtgärd", "Genomförd? Hur?", "Effekt"],
            ["Rastvärdar vid fotbollsplanen", "Ja, schema med två vuxna varje lunchrast",
             "Konflikter vid fotbollsplanen minskade från 23 till 8 anmälningar"],
            ["Värdegrundslektioner om språkbruk i åk 6–7", "Ja, sex lektioner ht 2024",
             "Andelen elever som hört kränkande ord dagligen sjönk från 34 % till 21 %"],
            ["Ny rutin för omklädning i idrott", "Delvis – omklädningsbås klara först i maj",
             "Ännu ingen effekt i enkäten; följs upp i år"],
        ],
        "kartl": "Resultat för Kvarnholmen (trivselenkäten februari 2025, 388 av 452 elever svarade): "
                 "89 % känner sig trygga. Otrygga platser är toaletterna vid matsalen och trappan till "
                 "idrottshallen. 21 % har hört kränkande ord om sexuell läggning eller ursprung. I "
                 "Trygga registrerades 71 anmälningar, flest i åk 5 och åk 8. Trygghetsgruppens "
                 "analys: kränkningarna sker där vuxna inte syns, och språkbruket är fortfarande en "
                 "risk för trakasserier.",
        "atg_table": [
            ["Område/risk", "Mål", "Åtgärd", "Ansvarig", "Klart senast"],
            ["Toaletterna vid matsalen", "Ingen elev anger toaletterna som otrygga", "Låsbara "
             "toaletter med fritt golv, vuxen i korridoren under lunch", "Rektor / arbetslag F–3",
             "2025-11-30"],
            ["Trappan till idrottshallen", "Färre än 5 anmälningar per termin", "Rastvärd vid trappan "
             "vid lektionsbyten", "Biträdande rektor (schema)", "Från 2025-09-01"],
            ["Kränkande språk om sexuell läggning och ursprung", "Andelen ska sjunka till under 15 %",
             "Lektionsserie med kurator i åk 5 och 8; alla vuxna säger ifrån", "Kurator Fatima "
             "Al-Sayed", "Vt 2026"],
            ["Omklädning (från förra året)", "Eleverna upplever omklädningen som trygg", "Uppföljning "
             "av nya omklädningsbås med elevrådet", "Idrottslärarna", "December 2025"],
        ],
        "akut": "Elever och vårdnadshavare kan vända sig till mentor, kurator Fatima Al-Sayed "
                "(tel. 08-580 913 22) eller biträdande rektor Oskar Lindgren (tel. 08-580 913 10).",
    }
    pl = koncern_plan("i1_07_nordstjarnan-kvarnholmen.docx", "Nordstjärneskolan Kvarnholmen",
                      "Förskoleklass, grundskola F–9, fritidshem", "2025/2026",
                      "Läsåret 2025/2026", "Helena Sjöberg", "91230457", add)
    pl.dec("08-580 913 22")
    pl.dec("08-580 913 10")
    return pl, dict(
        school_year="2025/26", forms=["förskoleklass", "grundskola", "fritidshem"],
        shape="Koncern template (Nordstjärnan): identical group boilerplate + short 'Skolans tillägg'; promotive, minorities, follow-up and guardians left with boilerplate only; logo with alt",
        expected="mmmmmpmmmppp",
        reasons={
            "promotive_work": "only the group boilerplate slogans (värdegrund, nolltolerans, goda förebilder), no school activity (§6.6 partial)",
            "minority_rights": "boilerplate lists the five minorities and languages, no action (§6.10 partial)",
            "evaluation_plan": "boilerplate 'utvärderas årligen i juni av rektor' only — no how, no students' part (§6.11 partial)",
            "guardian_involvement": "boilerplate: plan published on website/app = information only (§6.12 partial)",
            "previous_year_evaluation": "guidance removed, table filled measure by measure with effect",
        },
        images_ok=1)


def plan08():
    add = {
        "kartl": "Nordstjärnegymnasiet Uppsala: trivselenkäten i februari 2026 besvarades av 512 av "
                 "604 elever. 91 % känner sig trygga på skolan. Lägst trygghet finns i "
                 "uppehållsrummet på plan 2 och i skolans Discord-kanaler. Elever på el- och "
                 "energiprogrammet (nästan bara pojkar) och på vård- och omsorgsprogrammet (mest "
                 "flickor) beskriver kommentarer om kön när de valt ett program där de är i minoritet. "
                 "23 anmälningar i Trygga 2025/26, varav 6 sexuella trakasserier. Analys: "
                 "könsstereotypa normer på programmen och oövervakade digitala kanaler är de största "
                 "riskerna.",
        "atg_table": [
            ["Område/risk", "Mål", "Åtgärd", "Ansvarig", "Klart senast"],
            ["Uppehållsrummet plan 2", "Upplevd trygghet ≥ 90 %", "Elevcoach bemannar rummet "
             "11–13 varje dag", "Biträdande rektor Lina Berg", "Från 2026-09-07"],
            ["Kommentarer om kön på EE och VO", "Inga anmälningar om trakasserier kopplade till kön "
             "på programmen", "Normkritiska workshoppar i åk 1 med kurator; mentorer följer upp i "
             "mentorssamtal", "Kurator Johan Persson, mentorerna", "Ht 2026"],
            ["Discord och digitala kanaler", "Skolans kanaler modereras", "Elevkåren och IT tar fram "
             "regler; moderatorer utses", "Elevkårens ordförande med IT-samordnare", "2026-10-31"],
            ["Sexuella trakasserier", "Alla elever vet vart de kan vända sig", "Information i alla "
             "klasser om vad sexuella trakasserier är och hur man anmäler", "Skolsköterska Eva "
             "Lund", "September 2026"],
        ],
        "elever": "Planen presenteras för eleverna av mentorerna i september.",
        "akut": "Kontakt: kurator Johan Persson, tel. 018-470 22 61, johan.persson@nordstjarnan.se; "
                "biträdande rektor Lina Berg, tel. 018-470 22 50.",
        "uppf": "På Nordstjärnegymnasiet Uppsala utvärderar trygghetsgruppen planen i maj 2027 "
                "genom att jämföra trivselenkäten och anmälningarna i Trygga med årets resultat och "
                "gå igenom varje åtgärd på arbetsplatsträffen. Biträdande rektor Lina Berg ansvarar "
                "och utvärderingen redovisas i nästa års plan.",
    }
    pl = koncern_plan("i1_08_nordstjarnan-gymnasiet-uppsala.docx", "Nordstjärnegymnasiet Uppsala",
                      "Gymnasieskola", "2026/2027", "2026-09-01 – 2027-08-31", "Magnus Ek", "38461092",
                      add)
    pl.dec("018-470 22 61")
    pl.dec("018-470 22 50")
    return pl, dict(
        school_year="2026/27", forms=["gymnasieskola"],
        shape="Koncern template (Nordstjärnan), gymnasieskola: boilerplate + additions; last year's evaluation left as bracketed guidance and empty table",
        expected="mmpxmpmmmppp",
        reasons={
            "validity_period": "2026-09-01 – 2027-08-31 (Sept–Aug)",
            "responsible": "boilerplate assigns huvudman, rektor and staff roles; rektor named on front page",
            "student_involvement": "boilerplate is generic and the school only adds that the plan is presented to students (information) (§6.3 partial)",
            "previous_year_evaluation": "section holds only the template instruction in brackets and an empty table (§6.0.3)",
            "promotive_work": "only the group boilerplate slogans (§6.6 partial)",
            "minority_rights": "boilerplate list only (§6.10 partial)",
            "evaluation_plan": "school addition gives when (May 2027), how (enkät, Trygga, APT) and who, but no students' part (§6.11 partial)",
            "guardian_involvement": "boilerplate publication only (§6.12 partial)",
        },
        guidance_keys=["previous_year_evaluation"])


def plan09():
    add = {
        "ansvar": "Trygghetsgruppen på Ekudden: rektor Anders Wikström, kurator Sara Mäkinen, "
                  "fritidspedagog Peter Hallberg och lärarna Ida Strand och Kim Eriksson.",
        "elever": "Eleverna på Ekudden har varit med genom klassråd och elevråd: varje klass har "
                  "diskuterat trivselenkätens frågor och lämnat förslag till planen, och elevrådet "
                  "gick trygghetsvandringen i maj. Elevrådet följer upp planen i december och maj.",
        "fjol_keep_guidance": False,
        "fjol_table": [
            ["Åtgärd", "Genomförd? Hur?", "Effekt"],
            ["Friends-utbildning för kompisstödjare", "Ja", ""],
            ["Rastaktiviteter på skolgården", "Ja", ""],
            ["Samtal om nätet i åk 4–6", "Nej, flyttas till i år", ""],
        ],
        "framj": [
            "På Ekudden arbetar vi med Friends: 12 kompisstödjare från åk 4–6 utbildas i september "
            "och har egna rastaktiviteter. Ansvar: kurator Sara Mäkinen, hela läsåret.",
            "Alla klasser har värdegrundslektioner varannan vecka där vi under året tar upp samtliga "
            "diskrimineringsgrunder. Ansvar: klasslärarna.",
            "Fadderklasser: åk 5 är faddrar för förskoleklassen. Ansvar: lärarna i åk 5 och F.",
        ],
        "forebygg": "Vi fortsätter arbetet med trygga raster och att vara närvarande vuxna.",
        "akut": "Kontaktpersoner: kurator Sara Mäkinen, tel. 031-365 87 40; rektor Anders Wikström, "
                "tel. 031-365 87 01.",
        "vh": "Förslaget till plan diskuterades på föräldrarådet den 10 september, där "
              "vårdnadshavarna föreslog mer information om Friends. Vårdnadshavare svarar också på "
              "koncernens föräldraenkät i februari och kan lämna synpunkter på planen via appen.",
    }
    pl = koncern_plan("i1_09_nordstjarnan-ekudden.docx", "Nordstjärneskolan Ekudden",
                      "Förskoleklass, grundskola F–6, fritidshem", "2025/2026",
                      "2024-08-19 – 2025-08-18", "Anders Wikström", "57302918", add)
    pl.dec("031-365 87 40")
    pl.dec("031-365 87 01")
    pl.dec("2024-08-19 – 2025-08-18")
    return pl, dict(
        school_year="2025/26", forms=["förskoleklass", "grundskola", "fritidshem"],
        shape="Koncern template (Nordstjärnan) F–6: validity copied from last year contradicts stated läsår; measures table left empty",
        expected="pmmppmxmmppm",
        reasons={
            "validity_period": "front page says Läsår 2025/2026 but 'Planen gäller 2024-08-19 – 2025-08-18' — period contradicts the plan's own school year (§6.1 partial)",
            "previous_year_evaluation": "table with only Ja/Nej, effect column empty (§6.4 partial)",
            "survey": "only the boilerplate methods, no results for the school (§6.5 partial)",
            "promotive_work": "school addition: Friends, value-base lessons covering all grounds, fadderklasser, with owners",
            "preventive_measures": "empty measures table and one generic sentence without owner/time (§6.7 weak content)",
            "minority_rights": "boilerplate list only (§6.10 partial)",
            "evaluation_plan": "boilerplate 'juni, rektor' plus elevrådet following up in Dec/May, but no method (how) (§6.11 partial)",
            "guardian_involvement": "föräldrarådet discussed the draft, föräldraenkät, comments via app",
        })


# ---------------------------------------------------------------------------
def plan10():
    pl = Plan("i1_10_stromsborg-anpassad-gy.docx",
              "Plan mot diskriminering och kränkande behandling – Anpassade gymnasieskolan Strömsborg",
              "Strömsborgsgymnasiet")
    d = pl.dec
    pl.header_text("Brovalla kommun · Strömsborgsgymnasiet · Anpassade gymnasieskolan")
    pl.footer_page()
    pl.para("Plan mot diskriminering och kränkande behandling", size=20, bold=True)
    pl.para("Anpassade gymnasieskolan vid Strömsborgsgymnasiet", size=14)
    pl.para("Läsåret ht 2026 – vt 2027")
    pl.para("Dnr " + d("UN 2026/00317") + " · Skolenhetskod " + d("84507263"))

    pl.heading("Om vår verksamhet", 1)
    pl.para("Anpassade gymnasieskolan (tidigare gymnasiesärskolan) på Strömsborg har 38 studerande på "
            "fyra nationella program och på individuellt program. Eleverna är 16–21 år. Många av våra "
            "studerande har autism eller annan funktionsnedsättning utöver intellektuell "
            "funktionsnedsättning, och behöver bildstöd och tydlig struktur för att kunna vara "
            "delaktiga. Vi delar matsal och idrottshall med Strömsborgsgymnasiets nationella program.")

    pl.heading("Ansvar för planen", 1)
    pl.para("Utbildningsnämnden i Brovalla kommun är huvudman. Rektor Camilla Norén ansvarar för att "
            "planen upprättas, följs upp och utvärderas och för att anmälningar utreds och anmäls "
            "till huvudmannen. Biträdande rektor Stefan Lund leder gymnasiesärskolans trygghetsteam "
            "(kurator Hanna Bergkvist, specialpedagog Ulf Granath, elevassistent Mira Holm och en "
            "lärare per program). Alla anställda ansvarar för att ingripa och anmäla.")

    pl.heading("De studerandes delaktighet", 1)
    pl.para("Delaktigheten är anpassad efter elevernas förutsättningar. I april 2026 hade varje "
            "klass en lektion med bildstöd där de studerande fick sortera bilder på skolans lokaler "
            "i \"tryggt\" och \"inte tryggt\". Trygghetsrådet – fyra elever som valts av klasserna – "
            "gick trygghetsvandring med kurator och tog foton. Förslaget till åtgärder gick tillbaka "
            "till klasserna som röstade med gröna och röda kort. Trygghetsrådet träffar "
            "trygghetsteamet varje månad och är med och följer upp åtgärderna. En lättläst version "
            "av planen med bilder finns i varje klassrum.")

    pl.heading("Utvärdering av förra årets plan (2025/26)", 1)
    pl.table([
        ["Åtgärd", "Hur genomfördes den?", "Effekt"],
        ["Personal i matsalen under de nationella programmens lunch", "Elevassistent på plats "
         "11.15–12.30 alla dagar", "Inga anmälningar från matsalen vt 2026 (ht 2025: 5)"],
        ["Lektioner om kroppen, gränser och sexuella trakasserier", "Åtta lektioner per klass "
         "med skolsköterska, bildstöd", "Fler studerande berättar om gränsöverskridanden (3 → 7 "
         "anmälningar); trygghetsrådet bedömer att eleverna vet vad som är okej"],
        ["Gemensamma friluftsdagar med nationella program", "En dag genomförd i september, den "
         "andra ställdes in", "Blandade resultat: eleverna tyckte om dagen men kontakten med andra "
         "elever har inte ökat"],
    ], widths=[5, 5, 6])
    pl.para("Utvärderingen gjordes i juni 2026 av trygghetsteamet och trygghetsrådet.")

    pl.heading("Kartläggning och analys", 1)
    pl.para("Underlag: bildsorteringen i alla klasser, trygghetsrådets trygghetsvandring, "
            "elevhälsosamtal, anmälningar om kränkande behandling (14 under 2025/26) och personalens "
            "observationer. Resultat: de studerande är trygga i klassrummen, men idrottshallens "
            "omklädningsrum och korridoren vid skolans entré där många elever från de nationella "
            "programmen rör sig upplevs som otrygga. Sju av anmälningarna gällde kommentarer eller "
            "härmningar från elever på de nationella programmen. Analys: våra elever är en synlig "
            "grupp och risken för trakasserier kopplade till funktionsnedsättning är störst i de "
            "gemensamma ytorna. Flera av de studerande har svårt att själva berätta, vilket gör "
            "personalens observationer extra viktiga.")

    pl.heading("Främjande och förebyggande arbete", 1)
    pl.para("Främjande (för alla):")
    pl.bullets([
        "Värdegrundslektioner varje vecka med bildstöd, där alla diskrimineringsgrunder tas upp under "
        "året. Ansvar: mentorerna.",
        "Samarbete med Strömsborgsgymnasiets elevkår: gemensamt elevcafé en gång i månaden. Ansvar: "
        "biträdande rektor Stefan Lund tillsammans med elevkåren.",
        "Material och undervisning där personer med funktionsnedsättning, olika ursprung och olika "
        "familjer syns.",
    ])
    pl.para("Förebyggande (utifrån kartläggningen):")
    pl.table([
        ["Risk", "Åtgärd", "Ansvarig", "Tid", "Uppföljning"],
        ["Omklädningsrummen", "Egen omklädningstid och personal utanför omklädningsrummet",
         "Idrottslärare Eva Sund", "Från v. 34", "Trygghetsrådet i oktober"],
        ["Entrékorridoren", "Vuxen i entrén vid skoldagens början och slut", "Rektor (schema)",
         "Ht 2026", "Anmälningar per månad"],
        ["Trakasserier från nationella program", "Kurator och elevkår håller information om "
         "funktionsnedsättningar i alla ettor på nationella program", "Kurator Hanna Bergkvist",
         "Oktober 2026", "Enkät och anmälningar i januari"],
        ["Studerande som inte själva kan berätta", "Observationsschema för personalen i gemensamma "
         "ytor, en vecka per månad", "Specialpedagog Ulf Granath", "Sept 2026 – maj 2027",
         "Trygghetsteamets månadsmöte"],
    ], widths=[3.5, 5.5, 3, 2, 3])

    pl.heading("Rutiner när en elev blir kränkt", 1)
    pl.numbered([
        "Personal som ser eller får veta att en studerande blivit kränkt, trakasserad eller sexuellt "
        "trakasserad ingriper direkt. Tänk på att eleven kan uttrycka sig på andra sätt än med ord.",
        "Anmälan till rektor samma dag i kommunens system för anmälan av kränkande behandling.",
        "Rektor anmäler till huvudmannen samma vecka.",
        "Rektor utser utredare; utredning startar inom två dagar. Vårdnadshavare eller god man "
        "kontaktas. Utredningen anpassas med bildstöd.",
        "Åtgärder beslutas och genomförs.",
        "Allt dokumenteras i systemet.",
        "Uppföljning efter två veckor med eleven och vårdnadshavare.",
    ])
    pl.para("Om personal kränker en studerande utreder rektor tillsammans med HR; om rektor är "
            "inblandad utreder verksamhetschef. Kontakt: kurator Hanna Bergkvist, tel. " +
            d("0455-30 62 18") + ", rektor Camilla Norén, tel. " + d("0455-30 62 00") + ".")

    pl.heading("Diskrimineringsgrunderna", 1)
    pl.para("Kön, könsidentitet eller könsuttryck, etnisk tillhörighet, religion eller annan "
            "trosuppfattning, funktionsnedsättning, sexuell läggning och ålder. För våra studerande "
            "är funktionsnedsättning den grund där risken är störst.")
    pl.para("Några av våra studerande tillhör nationella minoriteter.")

    pl.heading("Uppföljning och utvärdering av årets plan", 1)
    pl.para("Åtgärderna följs upp på trygghetsteamets månadsmöten där trygghetsrådet deltar. I maj "
            "2027 görs en ny bildsortering i alla klasser och trygghetsrådet går en ny "
            "trygghetsvandring; resultaten jämförs med årets. Trygghetsteamet och trygghetsrådet "
            "bedömer varje åtgärd i juni. Biträdande rektor Stefan Lund ansvarar.")

    pl.heading("Vårdnadshavare", 1)
    pl.para("Planen skickas hem till vårdnadshavare och gode män i september och finns på Unikum.")
    return pl, dict(
        school_year="2026/27", forms=["anpassad gymnasieskola"],
        shape="Anpassad gymnasieskola (also called 'gymnasiesärskolan'), 'elever'/'studerande' mixed; merged 'Främjande och förebyggande arbete' with both kinds",
        expected="mmmmmmmmmpmp",
        reasons={
            "validity_period": "'Läsåret ht 2026 – vt 2027'",
            "student_involvement": "bildsortering, trygghetsråd, voting in classes, follow-up monthly (adapted to maturity)",
            "discrimination_grounds": "seven grounds with DO's 'könsidentitet eller könsuttryck' — accepted",
            "minority_rights": "minorities mentioned only in passing, not named, no action (§6.10 partial)",
            "guardian_involvement": "plan sent home/Unikum = information only (§6.12 partial)",
        })


# ---------------------------------------------------------------------------
def plan11():
    pl = Plan("i1_11_tallasen-4-9-tables.docx",
              "Plan mot kränkande behandling och diskriminering – Tallåsskolan 2026/27", "Tallåsskolan")
    d = pl.dec
    pl.header_text("Tallåsskolan 4–9 · Plan mot kränkande behandling och diskriminering 2026/27")
    pl.footer_page()
    pl.para("Plan mot kränkande behandling och diskriminering", size=18, bold=True)
    pl.table([
        ["Skola", "Tallåsskolan, grundskola åk 4–9"],
        ["Huvudman", "Ekeby kommun, utbildningsnämnden (org.nr " + d("212000-1355") + ")"],
        ["Läsår", "2026/27"],
        ["Ansvarig för planen", "Rektor Mats Olofsson; trygghetsgruppen leds av kurator Jenny Alm"],
        ["Ansvarsfördelning", "Rektor: upprättar, följer upp, anmäler till huvudman. Mentorer: går "
         "igenom planen med klasserna. All personal: ingriper och anmäler samma dag. Huvudmannen: "
         "utreder tillsammans med rektor och tar emot anmälningar."],
        ["Elevernas delaktighet", "Eleverna har svarat på trivselenkäten. Planen presenteras för "
         "eleverna på klassråd i september och en elevversion sätts upp i klassrummen."],
        ["Vårdnadshavare", "Planen skickas ut via Schoolsoft och finns på webbplatsen."],
    ], header=False, widths=[4.5, 11.5], bold_first_col=True)

    pl.bold("Förra årets åtgärder – vad hände?", size=13)
    pl.table([
        ["Åtgärd 2025/26", "Genomförande", "Effekt"],
        ["Rastvärdar vid skåpen i hus B", "Genomfört hela året, två vuxna per rast",
         "Otryggheten vid skåpen minskade från 26 % till 12 %"],
        ["Mobilfri skoldag", "Infördes i januari", "Anmälningar om kränkningar via mobil: 19 → 9"],
        ["Tjejgrupp och killgrupp i åk 7 med kurator", "Genomfört ht", "Eleverna i grupperna "
         "uppger att de vet vart de kan vända sig; ingen skillnad i enkäten ännu"],
        ["Utbildning för personal om sexuella trakasserier", "Inte genomförd (föreläsaren "
         "ställde in)", "Ingen effekt – flyttas till i år"],
    ], widths=[5, 5, 6], repeat_header=True)

    pl.bold("Kartläggning", size=13)
    pl.table([
        ["Metod", "Vad visade den?"],
        ["Trivselenkät mars 2026 (301 av 348 elever)", "87 % trygga; lägst i åk 7 (78 %). Otryggt: "
         "omklädningsrummen, skolbussen, gruppchattar"],
        ["Trygghetsvandring med elevrådet maj 2026", "Nya otrygga platser: cykelstället och "
         "baksidan av hus C"],
        ["Anmälningar 2025/26", "58 anmälningar; 12 gällde trakasserier kopplade till kön eller "
         "sexuell läggning. Exempel i loggen: elev " + pl.pn("1309142386", "table") +
         " kallad \"bög\" i omklädningsrummet."],
        ["Analys", "Risken för trakasserier kopplade till kön och sexuell läggning är störst där "
         "eleverna byter om och på nätet; åk 7 har haft många nya elever."],
    ], widths=[5.5, 10.5])

    pl.bold("Främjande arbete", size=13)
    pl.table([
        ["Insats", "Vem", "När"],
        ["Värdegrundslektioner en gång i månaden där alla sju diskrimineringsgrunder tas upp under "
         "läsåret", "Mentorerna", "Hela läsåret"],
        ["MVP – Mentorer i våldsprevention i åk 8", "Kurator Jenny Alm och MVP-utbildade lärare",
         "Ht 2026"],
        ["Gemensamma temadagar med blandade grupper åk 4–9", "Arbetslagen", "Oktober och april"],
    ], widths=[9, 4, 3])

    pl.bold("Förebyggande åtgärder 2026/27", size=13)
    t = pl.table([
        ["Risk / område", "Åtgärd", "Ansvar och tid", "", "Uppföljning"],
        ["", "", "Ansvarig", "När", ""],
        ["Omklädningsrummen", "Vuxen i anslutning till omklädningsrum; ombyte i mindre grupper",
         "Idrottslärarna", "Från v. 34", "Trivselenkät mars 2027"],
        ["Skolbussen", "Bussvärd från åk 9 och samtal med bussbolaget", "Biträdande rektor Karin "
         "Ek", "Oktober 2026", "Anmälningar per termin"],
        ["Gruppchattar", "Lektioner om digitalt ansvar åk 4–7; regler för klassernas chattar", "Kurator "
         "och mentorer", "Ht 2026", "Klassråd i december"],
        ["Åk 7 – många nya elever", "Gruppstärkande veckor och fasta platser", "Arbetslag 7",
         "Aug–okt 2026", "Trygghetsgruppen i november"],
        ["Cykelstället och hus C", "Rastvärd och bättre belysning", "Rektor", "November 2026",
         "Trygghetsvandring maj 2027"],
        ["Sexuella trakasserier (flyttad)", "Personalutbildning", "Rektor", "2026-10-19",
         "Utvärdering efter utbildningen"],
    ], widths=[3.5, 5, 2.8, 2.2, 3], repeat_header=False, font_size=10)
    # two-level header: merge 'Risk / område', 'Åtgärd', 'Uppföljning' vertically is overkill;
    # merge the group header across Ansvarig+När and mark both header rows as repeating.
    pl.merge(t, 0, 2, 3, text="Ansvar och tid", fill="D9E2F3")
    for c in (0, 1, 4):
        pl.shade(t.cell(1, c), "D9E2F3")
    for c in (2, 3):
        for p in t.cell(1, c).paragraphs:
            for r in p.runs:
                r.bold = True
        pl.shade(t.cell(1, c), "D9E2F3")
    pl.mark_header_row(t.rows[0])
    pl.mark_header_row(t.rows[1])

    pl.bold("Rutin vid kränkande behandling, trakasserier och sexuella trakasserier", size=13)
    pl.table([
        ["Steg", "Vad görs", "Vem", "När"],
        ["1", "Ingrip och stoppa kränkningen", "Den vuxna som ser eller får veta", "Direkt"],
        ["2", "Anmäl till rektor i kommunens anmälningssystem", "Samma vuxna", "Samma dag"],
        ["3", "Anmäl till huvudmannen", "Rektor", "Inom fem arbetsdagar"],
        ["4", "Utred: samtal med den utsatta, den som kränkt och vittnen; kontakta vårdnadshavare",
         "Mentor och trygghetsgruppen på rektors uppdrag", "Start inom två dagar"],
        ["5", "Besluta och genomför åtgärder", "Rektor och trygghetsgruppen", "Efter utredningen"],
        ["6", "Dokumentera utredning och åtgärder i systemet", "Utredaren", "Löpande"],
        ["7", "Följ upp och avsluta", "Mentor, rektor avslutar", "Efter 2 och 6 veckor"],
        ["8", "Om en vuxen kränker en elev: rektor utreder med HR, anmäler till huvudman",
         "Rektor", "Samma dag"],
    ], widths=[1.2, 7.3, 4.5, 3], repeat_header=True)
    pl.para("Elever och vårdnadshavare kan vända sig till mentor, kurator Jenny Alm (tel. " +
            d("0480-45 31 70") + ") eller rektor Mats Olofsson (tel. " + d("0480-45 31 00") + ").")

    pl.bold("Diskrimineringsgrunder", size=13)
    pl.table([["Kön", "Könsöverskridande identitet eller uttryck", "Etnisk tillhörighet",
               "Religion eller annan trosuppfattning", "Funktionsnedsättning", "Sexuell läggning",
               "Ålder"]], header=False, font_size=9)

    pl.bold("Utvärdering", size=13)
    pl.para("Så här följer vi upp och utvärderar årets plan:")
    wheel = [
        ["Månad", "Aktivitet", "Ansvarig"],
        ["Augusti", "Personalen går igenom planen på studiedagarna", "Rektor"],
        ["September", "Planen presenteras i klasserna", "Mentorer"],
        ["Oktober", "Uppföljning av åtgärderna för åk 7", "Trygghetsgruppen"],
        ["November", "Trygghetsgruppen följer upp åtgärderna", "Kurator Jenny Alm"],
        ["December", "Klassråd om gruppchattarna", "Mentorer"],
        ["Januari", "Halvårsuppföljning av alla åtgärder på APT", "Rektor"],
        ["Februari", "Förberedelse av trivselenkät", "Kurator"],
        ["Mars", "Trivselenkät åk 4–9", "Kurator"],
        ["April", "Sammanställning och analys av enkäten", "Trygghetsgruppen"],
        ["Maj", "Trygghetsvandring; utvärdering av varje åtgärd", "Trygghetsgruppen"],
        ["Juni", "Utvärderingen skrivs in i nästa års plan", "Rektor"],
        ["Juli", "–", "–"],
    ]
    pl.table(wheel, widths=[3, 9, 4], repeat_header=True)
    return pl, dict(
        school_year="2026/27", forms=["grundskola"],
        shape="Almost everything in tables: front table, measures table with gridSpan group header and two tblHeader rows, numbered acute-routine table, 12-row annual wheel under 'Utvärdering' (= this year)",
        expected="mmpmmmmmmxpp",
        reasons={
            "student_involvement": "students only answered the survey and are informed on klassråd (§6.3 partial); the trygghetsvandring with elevrådet is a survey method",
            "previous_year_evaluation": "measure table with implementation and effect",
            "evaluation_plan": "annual wheel gives when/how/who for this year's evaluation but no students' part (§6.11 partial)",
            "minority_rights": "no mention",
            "guardian_involvement": "Schoolsoft/website information only (§6.12 partial)",
        })
