"""Plans j2_09 - j2_12."""
from docxkit import Doc, r
from common import label, front_table, M, P, X, LOGO_BLUE, CHART, LOGO_GREEN


# --------------------------------------------------------------------------- j2_09
def plan09():
    d = Doc(lang="sv-SE", title="Plan mot kränkande behandling Vallaskolan 2025/26",
            author="Fredrik Nord", company="Kalmsund kommun",
            created="2025-09-08T09:30:00Z", modified="2025-09-24T10:10:00Z")
    d.set_header("Vallaskolan åk 4–9 · Skolenhetskod 63502418")
    d.set_footer("Vallaskolan – Plan mot kränkande behandling läsåret 2025/26")
    d.title_p("Plan mot diskriminering och kränkande behandling")
    d.subtitle("Vallaskolan, grundskola åk 4–9 – läsåret 2025/26")
    d.h(1, "Ansvar")
    d.p("Rektor Fredrik Nord ansvarar för planen, för att personalen känner till den och för att "
        "alla anmälningar utreds och anmäls vidare till huvudmannen. Biträdande rektor Ingrid Ahl "
        "leder trygghetsgruppen (kurator, skolsköterska, två lärare från vardera 4–6 och 7–9), som "
        "utreder ärenden och samordnar det förebyggande arbetet. Mentorerna ansvarar för att "
        "planen tas upp i klasserna.")
    d.h(1, "Elevernas delaktighet")
    d.p("Elevrådet har arbetat med planen på två möten i september. Eleverna gick igenom "
        "enkätsvaren och föreslog åtgärderna kring cykelstället och bussen. Alla klasser har haft "
        "klassråd om planen, och skolans elevskyddsombud deltog i trygghetsvandringen. Elevrådet "
        "utvärderar planen tillsammans med trygghetsgruppen i maj.")
    d.textbox([
        d.para(r("Vem kan jag prata med?", b=True, size=26)),
        d.para("Din mentor eller någon annan vuxen du litar på."),
        d.para("Kurator Hanna Vik, tel. 0480-45 12 30"),
        d.para("Skolsköterska Pia Lund, tel. 0480-45 12 31"),
        d.para("Biträdande rektor Ingrid Ahl, tel. 0480-45 12 05"),
        d.para("Elevskyddsombud: Sara Lind, 9B (pnr 100617-4526)"),
        d.para("Du kan också skriva till trygghet.vallaskolan@kalmsund.example.se."),
    ], width_cm=7.0, height_cm=5.5)
    d.h(1, "Utvärdering av förra årets plan")
    d.p("Någon utvärdering av förra årets plan har inte gjorts, eftersom skolan bytte rektor under "
        "våren 2025.")
    d.h(1, "Kartläggning")
    d.p("Under våren genomfördes trygghetsenkäten i april 2025 för alla elever, en trygghetsvandring "
        "med elevskyddsombuden i maj och elevhälsosamtal i åk 4 och 7. Resultaten finns i rutan "
        "'Så svarade eleverna'.")
    d.textbox([
        d.para(r("Så svarade eleverna", b=True, size=26)),
        d.para("301 av 356 elever svarade (85 %)."),
        d.para("83 % känner sig trygga i skolan, 76 % på rasterna."),
        d.para("Otrygga platser: cykelstället, toaletterna på plan 2 och skolbussen från Berga."),
        d.para("Åk 7 känner sig minst trygga (74 %)."),
        d.para("18 % har sett kränkningar i klassens sociala medier under året."),
        d.para("Elever med funktionsnedsättning svarar oftare att de inte får vara med."),
    ], width_cm=7.5, height_cm=6.0, fill="DEEBF7", align="left")
    d.p("Vi ser att otryggheten främst finns där vuxna sällan är, som vid cykelstället och på "
        "bussen, och att övergången till högstadiet i åk 7 är en riskperiod. Att elever med "
        "funktionsnedsättning oftare står utanför tyder på att rastaktiviteterna inte passar alla.")
    d.h(1, "Främjande arbete")
    d.p("Vi ska vara goda förebilder och visa respekt mot varandra. Alla elever ska känna sig sedda "
        "och välkomna på Vallaskolan.")
    d.h(1, "Förebyggande åtgärder")
    d.p([r("Mål: ", b=True), r("Ingen elev ska känna sig otrygg vid cykelstället. "),
         r("Åtgärd: ", b=True), r("Rastvakt vid cykelstället före och efter skoldagen. "),
         r("Ansvarig: ", b=True), r("Biträdande rektor. "),
         r("Klart: ", b=True), r("Från vecka 38.")])
    d.p([r("Mål: ", b=True), r("Tryggare resor med skolbussen från Berga. "),
         r("Åtgärd: ", b=True), r("Dialog med bussbolaget och bussvärdar bland eleverna.")])
    d.p([r("Mål: ", b=True), r("Färre kränkningar i sociala medier. "),
         r("Åtgärd: ", b=True), r("Lektioner om nätvett i alla klasser.")])
    d.p([r("Mål: ", b=True), r("Alla elever ska kunna vara med på rasterna. "),
         r("Åtgärd: ", b=True), r("Fler rastaktiviteter som passar elever med olika behov.")])
    d.h(1, "Rutiner för akuta situationer")
    d.p("Den vuxne som ser eller får veta att en elev blivit kränkt, trakasserad eller sexuellt "
        "trakasserad ingriper direkt och anmäler samma dag till rektor. Rektor anmäler till "
        "huvudmannen. Trygghetsgruppen utreder skyndsamt genom samtal med alla inblandade och "
        "kontaktar vårdnadshavare. Rektor beslutar om åtgärder. Utredning och åtgärder "
        "dokumenteras i kommunens system, och trygghetsgruppen följer upp efter två och sex veckor. "
        "Om personal kränker en elev utreder rektor tillsammans med HR.")
    d.h(1, "Diskrimineringsgrunder")
    d.p("Skolan arbetar mot diskriminering på grund av kön, etnisk tillhörighet, religion eller "
        "annan trosuppfattning, sexuell läggning och funktionshinder.")
    d.h(1, "Nationella minoriteter")
    d.p("Sveriges nationella minoriteter är judar, romer, samer, sverigefinnar och tornedalingar. "
        "Vi informerar vårdnadshavare om rätten till modersmålsundervisning i minoritetsspråken. "
        "Alla elever i åk 4–9 undervisas om minoriteternas historia och kultur, och vi "
        "uppmärksammar Sverigefinnarnas dag den 24 februari och samernas nationaldag.")
    d.h(1, "Utvärdering av årets plan")
    d.p("Trygghetsgruppen följer upp åtgärderna i december. I maj 2026 utvärderas planen av "
        "biträdande rektor tillsammans med elevrådet utifrån trygghetsenkäten i april och "
        "trygghetsgruppens anteckningar.")
    d.h(1, "Vårdnadshavarnas delaktighet")
    d.p("Vårdnadshavare svarar på en enkät om trygghet i samband med utvecklingssamtalen i "
        "november. Planen presenteras på föräldramötet i september, där vårdnadshavarna kan "
        "lämna synpunkter, och finns i SchoolSoft.")
    lab = label(
        "j2_09.docx", "2025/26", "sv", ["grundskola"],
        "Swedish 4–9 plan with two floating text boxes (wps:txbx with VML fallback): a 'Vem kan jag "
        "prata med?' contact box and a 'Så svarade eleverna' box that carries all survey results; "
        "measures as repeated 'Mål: … Åtgärd: …' paragraphs.",
        dict(validity_period=M, responsible=M, student_involvement=M, previous_year_evaluation=X,
             survey=M, promotive_work=P, preventive_measures=P, acute_routines=M,
             discrimination_grounds=P, minority_rights=M, evaluation_plan=M,
             guardian_involvement=M),
        reasons={
            "previous_year_evaluation": "only says no evaluation was made (rektor changed); no date "
                                        "or plan for doing it",
            "survey": "methods in the body, concrete results (response rate, %, places, groups) in "
                      "the text box, analysis in the body",
            "promotive_work": "generic promises only",
            "preventive_measures": "four measures, only one with owner and time",
            "discrimination_grounds": "old five-ground list with 'funktionshinder'; "
                                      "könsöverskridande identitet eller uttryck and ålder missing",
            "evaluation_plan": "when (Dec, May 2026), who (biträdande rektor), how (enkät, "
                               "anteckningar), students (elevrådet)",
        },
        not_done_keys=["previous_year_evaluation"],
        identity_numbers={"100617-4526": "text_box"},
        decoys=["63502418", "0480-45 12 30", "0480-45 12 31", "0480-45 12 05"])
    return d, lab


# --------------------------------------------------------------------------- j2_10
def plan10():
    d = Doc(lang="sv-SE", title="Plan mot diskriminering och kränkande behandling Åsens skola",
            author="Camilla Brandt", company="Åsdala kommun",
            created="2025-09-10T08:20:00Z", modified="2025-10-02T15:00:00Z")
    d.set_header("Åsens skola åk 7–9")
    d.set_footer("Åsdala kommun · Barn- och utbildningsnämnden")
    d.title_p("Plan mot diskriminering och kränkande behandling")
    d.subtitle("Åsens skola, grundskola åk 7–9")
    d.p([r("Planen gäller för perioden 2025–2027. ", b=True),
         r("Den följs upp varje termin.")])
    d.toc_field([
        (1, "1. Inledning och lagstöd", 2), (1, "2. Ansvarsfördelning", 2),
        (1, "3. Elevernas delaktighet", 3), (1, "4. Utvärdering av förra årets åtgärder", 3),
        (1, "5. Kartläggning och analys", 4), (1, "6. Främjande arbete", 5),
        (1, "7. Förebyggande åtgärder", 5), (1, "8. Rutiner för akuta situationer", 6),
        (1, "9. Diskrimineringsgrunderna", 6), (1, "10. Nationella minoriteter", 7),
        (1, "11. Uppföljning och utvärdering", 7), (1, "12. Information till vårdnadshavare", 7),
        (1, "Källor", 8)])
    d.page_break()
    d.h(1, "1. Inledning och lagstöd")
    d.p(["Huvudmannen ska se till att det varje år upprättas en plan mot kränkande behandling",
         d.footnote("Skollagen (2010:800) 6 kap. 8 §."),
         r(". Planen ska tas fram, följas upp och ses över under medverkan av eleverna"),
         d.footnote("Förordning (2006:1083) om barns och elevers deltagande i arbetet med en plan "
                    "mot kränkande behandling, 2 §."),
         r(". Skolan ska också arbeta med aktiva åtgärder mot diskriminering i fyra steg: undersöka, "
           "analysera, åtgärda och följa upp"),
         d.footnote("Diskrimineringslag (2008:567) 3 kap. 2–3 §§ och 16 §."),
         r(".")])
    d.h(1, "2. Ansvarsfördelning")
    d.p("Rektor Camilla Brandt ansvarar för planen och för att kränkningar utreds. Biträdande rektor "
        "Stefan Holmgren leder trygghetsteamet (kurator, skolsköterska, specialpedagog och en "
        "lärare per årskurs), som utreder ärenden på rektors uppdrag. Mentorerna ansvarar för "
        "arbetet i sina klasser och all personal för att ingripa. Huvudmannen, barn- och "
        "utbildningsnämnden, ansvarar för att planen finns och följs.")
    d.h(1, "3. Elevernas delaktighet")
    d.p("Elevrådet, elevskyddsombuden och två elever per klass i ett trygghetsråd har deltagit i "
        "arbetet. Trygghetsrådet analyserade enkätresultaten tillsammans med trygghetsteamet i "
        "augusti och formulerade målen i avsnitt 7. Klassråden har diskuterat planen och lämnat "
        "synpunkter. Trygghetsrådet träffas varje månad och följer upp åtgärderna.")
    d.h(1, "4. Utvärdering av förra årets åtgärder")
    d.table([
        ["Åtgärd 2024/25", "Genomförd?", "Effekt"],
        ["Vuxna i matsalen och på skolgården vid lunch", "Ja, från v. 36", "Trygghet på rasterna "
         "ökade från 79 % till 85 % i trygghetsenkäten"],
        ["Nätvettsvecka åk 7", "Ja, november 2024", "Anmälningar om nätkränkningar minskade från 16 "
         "till 10 under vårterminen"],
        ["Omklädningsrutin i idrotten", "Delvis, rutinen infördes först i mars", "Eleverna upplever "
         "omklädningsrummen något tryggare men det är fortfarande den otryggaste platsen"],
    ], [3200, 2400, 3472])
    d.h(1, "5. Kartläggning och analys")
    d.p(["Vi har använt Skolenkäten för åk 8", d.endnote("Skolinspektionen, Skolenkäten våren 2025, "
                                                         "resultat för Åsens skola åk 8."),
         r(", skolans egen trygghetsenkät i maj 2025"),
         d.endnote("Åsens skola, Trygghetsenkät maj 2025, intern sammanställning (svar från 244 "
                   "av 287 elever)."),
         r(", elevhälsans samtal"),
         d.endnote("Elevhälsans intervjuanteckningar vt 2025, bl.a. samtal 2025-04-03 med elev "
                   "201103152383."),
         r(" och anmälningsstatistiken"),
         d.endnote("Prorenata, anmälningar om kränkande behandling läsåret 2024/25 (52 "
                   "anmälningar)."),
         r(".")])
    d.p("85 % av eleverna känner sig trygga i skolan. Omklädningsrummen är fortfarande den plats "
        "där flest känner sig otrygga (62 % trygga), följt av skoltoaletterna och "
        "gångtunneln till busshållplatsen. 21 av 52 anmälningar gällde kränkningar på nätet. Fler "
        "flickor än pojkar i åk 8 uppger att de blivit utsatta för sexuella kommentarer, och elever "
        "med annan religion än majoriteten har i samtalen berättat om kommentarer kring fasta och "
        "klädsel.")
    d.image("diagram_trygghet.png", CHART, 10.0, 6.4, alt="")
    d.p("Analys: riskerna hänger ihop med platser utan vuxna och med en jargong på nätet som följer "
        "med in i skolan. Sexuella kommentarer och religiösa kommentarer ser vi som risk för "
        "trakasserier kopplade till kön och religion, som vi måste arbeta aktivt mot.")
    d.h(1, "6. Främjande arbete")
    d.bullets([
        "Värdegrundslektioner en gång i månaden på mentorstid (mentorerna, hela läsåret).",
        "Temadag om mänskliga rättigheter i december (SO-lärarna).",
        "Elevrådets aktivitetsvecka 'Alla in' i mars med aktiviteter som passar elever med olika "
        "funktionsförmåga.",
        "Biblioteket ställer ut litteratur om hbtqi-personers liv under Pride-veckan i augusti.",
    ])
    d.h(1, "7. Förebyggande åtgärder")
    d.table([
        ["Mål", "Åtgärd", "Ansvarig", "När", "Uppföljning"],
        ["Tryggare omklädningsrum", "Enskilda omklädningsbås och vuxen i anslutning",
         "Idrottslärarna och rektor", "Klart v. 44", "Trygghetsrådet i december"],
        ["Färre nätkränkningar", "Nätvettsvecka åk 7–9 med elevrådet som medarrangör",
         "Trygghetsteamet", "November 2025", "Anmälningsstatistik vt 2026"],
        ["Inga sexuella kommentarer", "Lektionsserie om sexuella trakasserier i åk 8",
         "Mentorer åk 8 och skolsköterska", "Januari–februari 2026", "Enkät till åk 8 i mars"],
        ["Respekt för religiösa uttryck", "Samtal i klasserna och fortbildning för personalen",
         "Kurator", "Studiedag 2025-10-24 och vt 2026", "Elevhälsans samtal vt 2026"],
        ["Trygg väg till bussen", "Vuxen vid gångtunneln efter sista lektion", "Biträdande rektor",
         "Från 2025-09-15", "Trygghetsenkät maj 2026"],
    ], [1700, 2800, 1700, 1600, 1272])
    d.h(1, "8. Rutiner för akuta situationer")
    d.p("Personal som får kännedom om att en elev upplever sig kränkt kontaktar rektor. Därefter följs "
        "kommunens rutin 'Riktlinjer vid kännedom om kränkande behandling', som finns på kommunens "
        "webbplats.")
    d.h(1, "9. Diskrimineringsgrunderna")
    d.p("Diskrimineringsgrunderna är kön, könsöverskridande identitet eller uttryck, etnisk "
        "tillhörighet, religion eller annan trosuppfattning, funktionsnedsättning, sexuell läggning "
        "och ålder. I trygghetsenkäten frågar vi om alla grunder.")
    d.h(1, "10. Nationella minoriteter")
    d.p("Elever med annat modersmål än svenska har rätt till modersmålsundervisning. Skolan "
        "informerar om detta vid inskrivningen.")
    d.h(1, "11. Uppföljning och utvärdering")
    d.p("Trygghetsteamet följer upp åtgärderna i december 2025. Utvärderingen görs i maj 2026 av "
        "biträdande rektor tillsammans med trygghetsrådet: trygghetsrådet går igenom varje åtgärd, "
        "och resultatet av trygghetsenkäten i maj jämförs med årets resultat.")
    d.h(1, "12. Information till vårdnadshavare")
    d.p("Planen läggs ut på skolans webbplats och presenteras kort i höstens veckobrev.")
    d.h(1, "Källor")
    d.p("Källorna till kartläggningen anges i slutnoterna.")
    lab = label(
        "j2_10.docx", "2025/26", "sv", ["grundskola"],
        "Swedish 7–9 plan with a field-generated table of contents, footnotes carrying the law "
        "references and endnotes carrying the survey's source list, a chart picture with an empty "
        "alt text, and a two-year validity line.",
        dict(validity_period=P, responsible=M, student_involvement=M, previous_year_evaluation=M,
             survey=M, promotive_work=M, preventive_measures=M, acute_routines=P,
             discrimination_grounds=M, minority_rights=P, evaluation_plan=M,
             guardian_involvement=P),
        reasons={
            "validity_period": "'2025–2027' – a two-year period, longer than ~13 months",
            "survey": "sources named (details in endnotes) with percentages, places and groups and "
                      "an analysis",
            "acute_routines": "only 'kontaktar rektor' plus a pointer to the municipality's routine "
                              "outside the document; no steps",
            "minority_rights": "only mother-tongue tuition in general; national minorities not named "
                               "(the TOC entry gives nothing)",
            "guardian_involvement": "information only (website, newsletter)",
        },
        identity_numbers={"201103152383": "endnote"},
        decoys=["2010:800", "2006:1083", "2008:567", "2025-04-03", "2025-10-24", "2025-09-15"],
        images_without_alt=1, images_ok=0)
    return d, lab


# --------------------------------------------------------------------------- j2_11
def plan11():
    d = Doc(lang="sv-SE", title="Plan mot kränkande behandling och diskriminering Mossens skola",
            author="Ulrika Mohlin", company="Mossby kommun", created="2024-09-03T10:00:00Z",
            modified="2025-09-08T10:15:00Z", track_revisions=True)
    d.REV_AUTHOR = "Ulrika Mohlin"
    DEL = lambda: d._rev_tag("del", empty=True)
    INS = lambda: d._rev_tag("ins", empty=True)

    def del_para(text, **kw):
        d.p(d.dele(text), rpr_para=DEL(), **kw)

    def ins_para(content, **kw):
        runs = content if not isinstance(content, str) else r(content)
        d.p(d.ins(runs), rpr_para=INS(), **kw)

    d.set_header("Mossens skola – förskoleklass, åk 1–6 och fritidshem")
    d.set_footer("Mossby kommun · Plan mot kränkande behandling och diskriminering")
    d.title_p("Plan mot kränkande behandling och diskriminering")
    d.subtitle("Mossens skola – förskoleklass, grundskola åk 1–6 och fritidshem")
    d.p([r("Planen gäller läsåret ", b=True), d.dele("2024/25", b=True), d.ins(r("2025/26", b=True)),
         r(" och fastställdes av rektor den "), d.dele("13 september 2024"),
         d.ins(r("12 september 2025")), r(".")])
    d.h(1, "Ansvar")
    d.p([r("Rektor "), d.dele("Bengt Sahlin"), d.ins(r("Ulrika Mohlin")),
         r(" ansvarar för planen och för att alla anmälningar om kränkande behandling utreds och "
           "anmäls till huvudmannen. Trygghetsgruppen, som består av kurator, specialpedagog, en "
           "fritidspedagog och en lärare från varje stadium, samordnar arbetet och utreder ärenden "
           "på rektors uppdrag. All personal ansvarar för att ingripa och anmäla.")])
    d.h(1, "Elevernas delaktighet")
    del_para("Eleverna i åk 3–6 gick en trygghetsvandring med trygghetsgruppen i maj 2024 och "
             "elevrådet skrev förslag till åtgärder.")
    d.p("Planen har presenterats för eleverna på klassråd och i elevrådet.")
    d.h(1, "Utvärdering av förra årets plan")
    del_para("Utvärdering av 2023/24: Rastvärdarna fungerade bra. Ärendet som gällde eleven med "
             "personnummer 0905223186 avslutades i maj 2024 (Dnr BUN 2024/412).")
    del_para("Kompisgrupperna i åk 2 kom inte i gång.")
    ins_para("Utvärderingen av 2024/25 års plan gjordes i juni 2025 av trygghetsgruppen och "
             "elevrådet.")
    ins_para([r("Rastvärdar vid klätterställningen: ", b=True),
              r("genomfördes hela läsåret. Konflikterna vid klätterställningen minskade från 12 "
                "anmälda till 4.")])
    ins_para([r("Lugna luncher: ", b=True),
              r("fasta platser och en vuxen per bord infördes i oktober. Andelen elever som "
                "tycker att lunchen är lugn steg från 61 % till 78 %.")])
    ins_para([r("Fritids inomhuslek: ", b=True),
              r("lekstationer infördes i januari. Färre elever uppger att de blir utestängda (från "
                "14 % till 8 %).")])
    ins_para([r("Nätvett åk 5–6: ", b=True),
              r("genomfördes bara i åk 6. Ingen förändring syns ännu i enkäten, och åtgärden görs "
                "om i åk 5 i år.")])
    d.h(1, "Kartläggning och analys")
    d.p([r("I trivselenkäten i mars "), d.dele("2024"), d.ins(r("2025")), r(" svarade "),
         d.dele("168"), d.ins(r("181")), r(" av "), d.dele("190"), d.ins(r("196")),
         r(" elever. "), d.dele("86 %"), d.ins(r("89 %")), r(" känner sig trygga i skolan.")])
    ins_para("Otryggast upplevs kapprummet i Gula huset, vägen mellan skolan och idrottshallen och "
             "gruppchattar i åk 5–6. På fritids säger flera elever i åk 1 att de är rädda för de "
             "äldre eleverna vid cykelbanan.")
    ins_para("Vi ser att riskerna finns i övergångar och där åldersgrupper blandas utan vuxna. "
             "Chattarna är en ny risk när eleverna får egna telefoner.")
    d.h(1, "Främjande arbete")
    d.bullets([
        "Värdegrundsarbete varje vecka i alla klasser och på fritids (klasslärare och "
        "fritidspersonal).",
        "Fadderklasser: åk 5 är faddrar för förskoleklassen under hela läsåret.",
        "Temavecka 'Olika är bra' i mars om familjer, språk och funktionsvariationer "
        "(trygghetsgruppen).",
    ])
    d.h(1, "Förebyggande åtgärder")
    d.table([
        ["Åtgärd", "Ansvarig", "När", "Uppföljning"],
        ["Rastvärdar vid klätterställningen", "Fritidspersonalen", "Läsåret 2024/25", "Maj 2025"],
        ["Lugna luncher med fasta platser", "Rektor", "Från oktober 2024", "Maj 2025"],
        ["Kompisgrupper i åk 2", "Klasslärare åk 2", "Ht 2024", "December 2024"],
        ["Vuxen i kapprummet i Gula huset vid rastslut", "Klasslärare åk 1–3", "Från v. 36",
         "Trivselenkät mars 2026"],
        ["Vuxen följer eleverna till idrottshallen", "Idrottslärare", "Från 2025-08-25",
         "Elevrådet i december"],
        ["Nätvett och chattregler i åk 5", "Klasslärare åk 5", "Oktober 2025",
         "Trivselenkät mars 2026"],
        ["Cykelbanan delas upp i tider för yngre och äldre", "Fritidspersonalen", "v. 37",
         "Fritidsrådet i november"],
    ], [3800, 1900, 1700, 1672],
        row_opts={1: "del", 2: "del", 3: "del", 4: "ins", 5: "ins", 6: "ins", 7: "ins"})
    d.h(1, "Rutiner för akuta situationer")
    d.numbered([
        "Den vuxne som ser eller får veta att en elev känner sig kränkt, trakasserad eller sexuellt "
        "trakasserad ingriper direkt.",
        "Händelsen anmäls till rektor samma dag på kommunens blankett.",
        "Rektor anmäler till huvudmannen inom en vecka.",
        "Trygghetsgruppen utreder skyndsamt: samtal med eleverna och kontakt med vårdnadshavare.",
        "Rektor beslutar om åtgärder.",
        "Utredningen och åtgärderna dokumenteras på blanketten och arkiveras av rektor.",
        "Uppföljning sker efter två veckor.",
    ])
    d.p("Om personal kränker en elev utreder rektor. Gäller det rektor utreder skolchefen.")
    d.h(1, "Diskrimineringsgrunderna")
    d.p("Kön, könsöverskridande identitet eller uttryck, etnisk tillhörighet, religion eller annan "
        "trosuppfattning, funktionsnedsättning, sexuell läggning och ålder.")
    d.h(1, "Nationella minoriteter")
    d.p("De nationella minoriteterna är judar, romer, samer, sverigefinnar och tornedalingar.")
    d.h(1, "Utvärdering av årets plan")
    d.p([d.dele("Planen utvärderas i juni 2025."),
         d.ins(r("Planen följs upp i december och utvärderas i maj 2026 av rektor och "
                 "trygghetsgruppen tillsammans med elevrådet. Underlag är trivselenkäten i mars och "
                 "klassrådens synpunkter på varje åtgärd."))])
    d.h(1, "Vårdnadshavarnas delaktighet")
    del_para("Vårdnadshavarna besvarade en enkät om trygghet i februari 2024, och föräldrarådet läste "
             "planen och lämnade synpunkter i september 2024.")
    del_para("Planen presenteras på föräldramötet i september.")
    lab = label(
        "j2_11.docx", "2025/26", "sv", ["förskoleklass", "grundskola", "fritidshem"],
        "Last year's Swedish F–6 plan revised with track changes on: tracked insertions add this "
        "year's evaluation, results and measures rows, tracked deletions remove last year's rows "
        "and text; labels are for the text with all changes accepted.",
        dict(validity_period=M, responsible=M, student_involvement=P, previous_year_evaluation=M,
             survey=M, promotive_work=M, preventive_measures=M, acute_routines=M,
             discrimination_grounds=M, minority_rights=P, evaluation_plan=M,
             guardian_involvement=X),
        reasons={
            "validity_period": "'läsåret 2025/26' after accepting the change (2024/25 deleted)",
            "student_involvement": "remaining text only says the plan was presented to students; the "
                                   "safety-walk sentence is a tracked deletion",
            "previous_year_evaluation": "inserted measure-by-measure account with effects",
            "preventive_measures": "the three deleted rows are last year's; the four inserted rows "
                                   "all have owner and time",
            "minority_rights": "minorities listed without any action",
            "guardian_involvement": "all text under the heading is tracked-deleted; nothing remains",
        },
        identity_numbers={"0905223186": "tracked_deletion"},
        decoys=["BUN 2024/412", "2025-08-25"])
    return d, lab


# --------------------------------------------------------------------------- j2_12
def plan12():
    d = Doc(lang="sv-SE", title="Plan mot diskriminering och kränkande behandling",
            author="Norrängsskolan", company="Bergvik kommun",
            created="2025-09-18T13:30:00Z", modified="2025-10-09T09:00:00Z")
    d.set_footer("Norrängsskolan – Plan mot diskriminering och kränkande behandling")
    logo = d.image_run("norrang_logo.png", LOGO_BLUE, 4.0, 2.0)
    d.p(logo, align="left")
    d.fake_h("Plan mot diskriminering och kränkande behandling", size=36)
    d.p(r("Norrängsskolan, förskoleklass, åk 1–6 och fritidshem", size=26))
    d.p("Planen har tagits fram av skolans trygghetsgrupp. Den följer diskrimineringslagens fyra "
        "steg för aktiva åtgärder – undersöka, analysera, åtgärda och följa upp – och omfattar även "
        "arbetet mot kränkande behandling enligt skollagen.")
    d.fake_h("Nulägesbeskrivning")
    d.p("I september 2025 gick elevrådet tillsammans med trygghetsgruppen en trygghetsvandring på "
        "skolgården och inomhus och markerade trygga och otrygga platser på en karta. Alla klasser "
        "hade klassråd om kartan, och i förskoleklass och åk 1–2 gjordes kompissamtal i små "
        "grupper. Elevrådet läste sedan utkastet till handlingsplan och ändrade två av åtgärderna.")
    d.p("I trivselenkäten i mars 2025 svarade 142 av 155 elever. 87 % känner sig trygga i skolan. "
        "Otrygga platser är baksidan av idrottshallen, toaletterna vid matsalen och skolbussen. "
        "Flickor i åk 5 känner sig minst trygga (71 %), och var femte av dem har fått elaka "
        "kommentarer om sitt utseende. På fritids säger flera elever att de äldre bestämmer över "
        "lekarna.")
    d.p("Förra läsårets åtgärder och vad de gav:")
    d.bullets([
        "Rastvärdar vid idrottshallen – genomfördes från oktober; konflikterna där halverades enligt "
        "incidentrapporterna (från 14 till 7), men eleverna upplever platsen som otrygg.",
        "Lugna luncher – fasta platser i matsalen infördes i januari; fler elever (från 64 % till "
        "80 %) säger att lunchen är lugn.",
        "Kompisveckor i åk 1–3 – genomfördes två gånger; andelen som har någon att vara med ökade "
        "från 88 % till 93 %.",
    ])
    d.fake_h("Analys")
    d.p("Otryggheten finns där vuxna sällan är, och flera av kränkningarna sker på väg mellan "
        "aktiviteter. Kommentarerna om utseende i åk 5 ser vi som en risk för trakasserier kopplade "
        "till kön.")
    d.p("Vi har också gått igenom enkätsvaren och incidentrapporterna utifrån kön, etnisk "
        "tillhörighet, religion, funktionsnedsättning och sexuell läggning. Två incidenter gällde "
        "kommentarer om hudfärg och en om en elevs religion. Elever med funktionsnedsättning svarar "
        "oftare att de inte får vara med i lekarna på fritids. Om sexuell läggning har vi inte sett "
        "några incidenter, men ord som 'bög' förekommer enligt personalen.")
    d.fake_h("Handlingsplan")
    d.p(r("Främjande insatser", b=True, i=True))
    d.bullets([
        "Värdegrundslektioner varannan vecka i alla klasser (klasslärarna, hela läsåret).",
        "Fritidshemmet har lekråd där alla elever får välja lekar i tur och ordning (fritidspersonal, "
        "från september).",
        "Biblioteket köper in böcker där olika familjer, hudfärger och funktionsförmågor syns "
        "(bibliotekarien, ht 2025).",
    ])
    d.p(r("Förebyggande åtgärder", b=True, i=True))
    d.table([
        ["Risk", "Åtgärd", "Ansvarig", "När"],
        ["Baksidan av idrottshallen", "Rastvärd på baksidan varje rast och ny belysning",
         "Biträdande rektor", "Från v. 40"],
        ["Toaletterna vid matsalen", "Tillsyn varje lunch", "Lunchvärdarna", "Från v. 39"],
        ["Skolbussen", "Bussvärdar i åk 6 och samtal med bussbolaget", "Trygghetsgruppen",
         "Oktober 2025"],
        ["Kommentarer om utseende, åk 5", "Lektioner om kropp, normer och att säga ifrån",
         "Klasslärare åk 5 och skolsköterska", "November 2025"],
        ["Elever som inte får vara med på fritids", "Lekråd och vuxenledda lekar", "Fritidspersonal",
         "Från september 2025"],
    ], [2600, 3200, 1900, 1372])
    d.p("Handlingsplanen följs upp i december och i maj av trygghetsgruppen.")
    d.fake_h("Rutiner")
    d.p("När någon i personalen ser eller får veta att en elev har blivit kränkt, trakasserad eller "
        "sexuellt trakasserad ska hen ingripa direkt och anmäla till rektor samma dag. Rektor "
        "anmäler till huvudmannen samma dag. Trygghetsgruppen utreder skyndsamt genom samtal med "
        "de inblandade, och vårdnadshavare kontaktas. Rektor beslutar om åtgärder. Utredning och "
        "åtgärder dokumenteras i kommunens ärendesystem, och trygghetsgruppen följer upp efter två "
        "veckor. Om personal kränker en elev utreder rektor ärendet tillsammans med HR.")
    d.p("Elever kan vända sig till alla vuxna på skolan, till trygghetsgruppen eller till kurator "
        "Johanna Pihl, tel. 0950-37 44 10.")
    d.p(d.image_run("norrang_logo.png", LOGO_BLUE, 2.0, 1.0), align="right")
    lab = label(
        "j2_12.docx", "2025/26", "sv", ["förskoleklass", "grundskola", "fritidshem"],
        "Hand-typed DO-style plan without the template's headings: bold Normal-paragraph headings "
        "'Nulägesbeskrivning', 'Analys', 'Handlingsplan', 'Rutiner' carry all topics; no validity "
        "statement; one logo picture without alt text shown twice from one relationship.",
        dict(validity_period=X, responsible=P, student_involvement=M, previous_year_evaluation=M,
             survey=M, promotive_work=M, preventive_measures=M, acute_routines=M,
             discrimination_grounds=P, minority_rights=X, evaluation_plan=P,
             guardian_involvement=X),
        reasons={
            "validity_period": "no period, school year or adoption date anywhere; the only dates "
                               "are survey/safety-walk dates and measure times",
            "responsible": "only 'tagits fram av skolans trygghetsgrupp'; no role responsible for "
                           "the plan",
            "student_involvement": "in Nulägesbeskrivning: elevråd safety walk, klassråd, "
                                   "kompissamtal, elevrådet revised the draft",
            "previous_year_evaluation": "in Nulägesbeskrivning: last year's three measures with "
                                        "effect",
            "promotive_work": "'Främjande insatser' inside Handlingsplan with who/when",
            "discrimination_grounds": "only five grounds (no könsöverskridande identitet eller "
                                      "uttryck, no ålder)",
            "evaluation_plan": "one sentence with when and who; no how, no students' part",
            "guardian_involvement": "no mention except guardians being contacted in the routine",
        },
        decoys=["0950-37 44 10"],
        images_without_alt=1, images_ok=0)
    return d, lab


PLANS = [plan09, plan10, plan11, plan12]
