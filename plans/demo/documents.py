"""Realistic fictional Swedish (and English) plans as .docx bytes, built with python-docx only.

Used by the demo district, test factories and benchmarks. No Django. The wording follows real plans
(see ../shared/domain/BRIEF.md) but every school, person and figure is invented; no personal
identity numbers, only phone numbers of the kind plans publish.
"""

from __future__ import annotations

import enum
import io
import random
import struct
import zlib
from dataclasses import dataclass
from pathlib import Path

from docx import Document
from docx.document import Document as DocumentObject
from docx.oxml.ns import qn
from docx.shared import Cm


class Quality(enum.StrEnum):
    COMPLETE = "complete"
    PARTIAL = "partial"
    TEMPLATE_ONLY = "template_only"


@dataclass(frozen=True)
class PlanSpec:
    school_name: str
    school_year: str  # "2025/26"
    school_forms: tuple[str, ...]
    principal: str = "Eva Exempel"
    quality: Quality = Quality.COMPLETE
    language: str = "sv"
    extra_sections: int = 0
    seed: int = 0


FORM_NAMES = {
    "forskola": "förskola",
    "forskoleklass": "förskoleklass",
    "grundskola": "grundskola",
    "anpassad_grundskola": "anpassad grundskola",
    "fritidshem": "fritidshem",
    "gymnasieskola": "gymnasieskola",
    "anpassad_gymnasieskola": "anpassad gymnasieskola",
}
GROUNDS = (
    "kön",
    "könsöverskridande identitet eller uttryck",
    "etnisk tillhörighet",
    "religion eller annan trosuppfattning",
    "funktionsnedsättning",
    "sexuell läggning",
    "ålder",
)
GROUNDS_EN = (
    "sex",
    "transgender identity or expression",
    "ethnicity",
    "religion or other belief",
    "disability",
    "sexual orientation",
    "age",
)


def _png(width: int = 4, height: int = 4) -> bytes:
    """A tiny valid PNG, so documents carry a real picture without shipping a file."""

    def chunk(kind: bytes, payload: bytes) -> bytes:
        return (
            struct.pack(">I", len(payload)) + kind + payload + struct.pack(">I", zlib.crc32(kind + payload))
        )

    rows = b"".join(b"\x00" + b"\x00\x52\x7a" * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


class _Writer:
    def __init__(self, spec: PlanSpec) -> None:
        self.spec = spec
        self.random = random.Random(spec.seed)  # noqa: S311 - wording variety, not security
        self.document: DocumentObject = Document()
        self.numbered = spec.seed % 3 == 1
        self.section_number = 0
        start = int(spec.school_year[:4])
        self.start, self.end = start, start + 1
        self.preschool = spec.school_forms == ("forskola",) or (
            "forskola" in spec.school_forms and "grundskola" not in spec.school_forms
        )
        self.kids = "barn" if self.preschool else "elever"
        self.kids_def = "barnen" if self.preschool else "eleverna"
        self.kids_gen = "barnens" if self.preschool else "elevernas"

    def pick(self, *options: str) -> str:
        return self.random.choice(options)

    def heading(self, text: str, level: int = 1) -> None:
        if level == 1:
            self.section_number += 1
            if self.numbered:
                text = f"{self.section_number} {text}"
        self.document.add_heading(text, level)

    def para(self, text: str) -> None:
        self.document.add_paragraph(text)

    def bullets(self, items: list[str]) -> None:
        for item in items:
            self.document.add_paragraph(item, style="List Bullet")

    def table(self, header: list[str], rows: list[list[str]]) -> None:
        table = self.document.add_table(rows=1, cols=len(header))
        table.style = "Table Grid"
        for cell, text in zip(table.rows[0].cells, header, strict=True):
            cell.text = text
        # Mark the header row, as accessible documents should (repeats on each page too).
        properties = table.rows[0]._tr.get_or_add_trPr()
        properties.append(properties.makeelement(qn("w:tblHeader"), {}))
        for row in rows:
            for cell, text in zip(table.add_row().cells, row, strict=True):
                cell.text = text

    def image(self, description: str) -> None:
        self.document.add_picture(io.BytesIO(_png()), width=Cm(4))
        doc_pr = self.document.element.body.findall(".//" + qn("wp:docPr"))[-1]
        doc_pr.set("descr", description)

    def guidance(self, text: str) -> None:
        self.para(text)


def _swedish(w: _Writer) -> None:
    s = w.spec
    partial = s.quality == Quality.PARTIAL
    template = s.quality == Quality.TEMPLATE_ONLY
    forms = ", ".join(FORM_NAMES.get(code, code) for code in s.school_forms)
    title = w.pick(
        "Plan mot diskriminering och kränkande behandling",
        "Plan mot kränkande behandling och diskriminering",
        "Likabehandlingsplan och plan mot kränkande behandling",
    )
    w.document.add_heading(f"{title} – {s.school_name}, läsåret {s.school_year}", 0)

    w.heading(w.pick("Grunduppgifter", "Inledning", "Information om planen"))
    if template:
        w.guidance("[Skriv in vilka verksamhetsformer planen omfattar och vem som är ansvarig]")
        w.guidance("Planen gäller från [datum] till [datum].")
    else:
        w.para(f"Verksamhetsformer som omfattas av planen: {forms}.")
        w.para(
            f"Planen gäller från {w.start}-09-01 till {w.end}-08-31."
            if not partial
            else f"Planen gäller från {w.start}-09-01 till {w.end + 1}-08-31."
        )
        w.para(
            f"Ansvarig för planen är rektor {s.principal}. Trygghetsteamet samordnar arbetet och "
            "följer upp att åtgärderna genomförs."
        )

    w.heading(w.pick("Vår vision", "Vision"))
    w.para(
        f"På {s.school_name} ska alla {w.kids} känna sig trygga och bli bemötta med respekt. "
        "Ingen ska utsättas för diskriminering, trakasserier eller annan kränkande behandling."
        if not template
        else "Skriv text här"
    )

    w.heading(f"{w.kids_gen.capitalize()} delaktighet")
    if template:
        w.guidance(f"[Beskriv hur {w.kids_def} har varit delaktiga i att ta fram planen]")
    elif partial:
        w.para(f"Planen presenteras för {w.kids_def} i början av läsåret.")
    elif w.preschool:
        w.para(
            "Barnen har deltagit genom barnintervjuer och husmodellen, där de markerat var de känner sig "
            "trygga och otrygga. Pedagogerna har observerat leken och samtalat med barnen i barnråd."
        )
        w.para("Barnen deltar i uppföljningen genom nya samtal i maj och i översynen av planen i augusti.")
    else:
        w.para(
            "Eleverna har deltagit i att ta fram planen genom klassråd och elevråd i september. "
            "Elevrådets synpunkter på trygghetsvandringen har lett till nya rastvaktsscheman."
        )
        w.para(
            "Eleverna deltar i uppföljningen genom trivselenkäten och i översynen av planen när "
            "klassråden utvärderar åtgärderna i maj."
            + (
                " Elevkåren har utsett två representanter till trygghetsteamet."
                if "gymnasieskola" in s.school_forms
                else ""
            )
        )

    w.heading("Vårdnadshavarnas delaktighet")
    w.para(
        "[Beskriv hur vårdnadshavarna har fått möjlighet att påverka planen]"
        if template
        else "Vårdnadshavarna har fått lämna synpunkter på planen vid föräldramöten och i föräldrarådet. "
        "Planen finns på skolans webbplats."
    )

    w.heading("Personalens delaktighet och förankring av planen")
    w.para(
        "Skriv text här"
        if template
        else "All personal har diskuterat kartläggningens resultat på arbetsplatsträffar. Planen förankras "
        f"med {w.kids_def} av mentorerna och med vårdnadshavarna via veckobrevet."
    )

    w.heading(
        w.pick(
            "Utvärdering av förra årets plan",
            "Utvärdering av föregående års plan",
            "Resultat av förra årets arbete",
        )
    )
    if template:
        w.guidance("[Beskriv hur förra årets planerade åtgärder har genomförts och vilken effekt de fick]")
    else:
        w.para(f"Förra årets plan ({w.start - 1}/{str(w.start)[2:]}) innehöll tre åtgärder:")
        w.bullets(
            [
                "Fler vuxna ute på rasterna: genomfördes från oktober; färre konflikter rapporterades på skolgården.",
                "Värdegrundsarbete i alla grupper varje vecka: genomfördes delvis, främst under hösten.",
                "Trygghetsvandring med elevrådet: genomfördes i november och gav underlag till årets åtgärder.",
            ]
            if not partial
            else ["Arbetet har fungerat bra."]
        )

    w.heading(w.pick("Kartläggning", "Kartläggning och nulägesanalys", "Undersöka risker och hinder"))
    if template:
        w.guidance("[Beskriv hur ni har kartlagt risker för diskriminering och kränkningar]")
        w.guidance("Exempel: trivselenkät, trygghetsvandring, samtal i klassråd.")
    elif partial:
        w.para("Vi har gjort en trivselenkät och en trygghetsvandring.")
    else:
        w.para(
            f"Kartläggningen bygger på trivselenkäten i mars, {w.pick('skolenkäten', 'brukarundersökningen')}, "
            "en trygghetsvandring med elevrådet och samtal i klassråd och i elevhälsoteamet."
        )
        figure = 80 + w.random.randint(0, 15)
        w.para(
            f"Resultatet visar att {figure} % av {w.kids_def} känner sig trygga. Otrygga platser är "
            "omklädningsrummen och korridoren vid matsalen. Några uppger kommentarer om utseende och "
            "ursprung, vilket är en risk för trakasserier kopplade till etnisk tillhörighet."
        )

    w.heading(w.pick("Främjande arbete", "Främjande insatser"))
    grounds = (
        GROUNDS if not partial else ("kön", "etnisk tillhörighet", "religion", "funktionshinder", "ålder")
    )
    if template:
        w.guidance("[Beskriv det främjande arbetet utifrån diskrimineringsgrunderna]")
    else:
        w.para(
            "Det främjande arbetet omfattar alla diskrimineringsgrunder: " + ", ".join(grounds) + ". "
            "Vi arbetar med normkritiska samtal, gemensamma aktiviteter och en tydlig värdegrund i alla grupper."
        )

    if not partial:
        w.heading("Nationella minoriteter")
        w.para(
            "[Beskriv hur ni informerar om de nationella minoriteternas rättigheter]"
            if template
            else "Sveriges nationella minoriteter är judar, romer, samer, sverigefinnar och tornedalingar. "
            "Vi informerar vårdnadshavare om rätten till modersmålsundervisning i minoritetsspråken och "
            "främjar barnens kulturella identitet genom temadagar, till exempel samernas nationaldag."
        )

    w.heading(w.pick("Förebyggande åtgärder", "Åtgärder för läsåret", "Planerade åtgärder"))
    if template:
        w.guidance("[Fyll i tabellen med åtgärder utifrån kartläggningen]")
        w.table(["Åtgärd", "Ansvarig", "När"], [["Exempel: …", "", ""]])
    elif partial:
        w.table(
            ["Åtgärd", "Mål"],
            [["Rastaktiviteter", "Färre konflikter"], ["Samtal om värdegrund", "Bättre klimat"]],
        )
    else:
        w.table(
            ["Åtgärd", "Mål", "Ansvarig", "När"],
            [
                [
                    "Vuxen närvaro i omklädningsrummen",
                    "Ingen ska känna sig otrygg vid idrotten",
                    "Rektor",
                    f"Vecka 38, {w.start}",
                ],
                [
                    "Samtal om jargong och språkbruk i alla grupper",
                    "Färre kränkande kommentarer",
                    "Mentorer",
                    f"Oktober {w.start}",
                ],
                [
                    "Ny trygghetsvandring med elevrådet",
                    "Följa upp otrygga platser",
                    "Trygghetsteamet",
                    f"Mars {w.end}",
                ],
                [
                    "Fortbildning om trakasserier kopplade till etnisk tillhörighet",
                    "Personalen agerar lika",
                    "Rektor",
                    f"Januari {w.end}",
                ],
            ],
        )

    w.heading(
        w.pick(
            "Rutiner för akuta situationer",
            "Rutin för att utreda och åtgärda kränkningar",
            "Så gör vi när något har hänt",
        )
    )
    if template:
        w.guidance("[Beskriv rutinen när ett barn eller en elev upplever sig kränkt]")
    else:
        w.bullets(
            [
                "Personal som får kännedom om att en elev upplever sig kränkt anmäler det till rektor samma dag.",
                "Rektor anmäler skyndsamt vidare till huvudmannen.",
                "Rektor ser till att händelsen utreds skyndsamt och att åtgärder vidtas.",
                "Om en vuxen kränker en elev utreder rektor händelsen; gäller det rektor utreder huvudmannen.",
                "Allt dokumenteras och följs upp med berörda och deras vårdnadshavare.",
            ]
        )
        w.para(
            f"Kontaktpersoner: rektor {s.principal}, telefon 08-508 000 00, och trygghetsteamet, "
            "trygghet@exempelskola.example."
        )
        w.image(
            "Flödesschema: personal anmäler till rektor, rektor anmäler till huvudmannen, utredning och uppföljning."
        )

    w.heading(w.pick("Uppföljning och utvärdering av planen", "Utvärdering av årets plan"))
    w.para(
        "[Beskriv när och hur planen ska utvärderas]"
        if template
        else f"Planen utvärderas i maj {w.end} av trygghetsteamet tillsammans med elevrådet; "
        "resultatet tas in i nästa års plan."
    )

    w.heading("Definitioner")
    w.para(
        "Diskriminering är när någon missgynnas och det har samband med en diskrimineringsgrund. "
        "Trakasserier och sexuella trakasserier är uppträdanden som kränker någons värdighet. "
        "Kränkande behandling är ett uppträdande som kränker någons värdighet utan samband med en "
        "diskrimineringsgrund. Repressalier är förbjudna."
    )


def _english(w: _Writer) -> None:
    s = w.spec
    w.document.add_heading(f"Equal Treatment Plan – {s.school_name}, school year {s.school_year}", 0)
    w.heading("Information about the Plan")
    w.para(
        f"The plan is valid from {w.start}-09-01 to {w.end}-08-31. The principal, {s.principal}, is responsible."
    )
    w.heading("Student participation")
    w.para(
        "Students took part in drawing up the plan through class councils and the student council, "
        "and they follow up and review it each spring."
    )
    w.heading("Parents' participation")
    w.para("Parents gave their views at parent meetings.")
    w.heading("Assessment of last year's plan")
    w.bullets(
        [
            "More adults on duty at breaks: carried out; fewer conflicts were reported.",
            "Safety walk with the student council: carried out in November.",
        ]
    )
    w.heading("Survey")
    w.para(
        "We used the well-being survey, a safety walk and talks in class councils. 88 % of students feel safe; "
        "the changing rooms were named as unsafe."
    )
    w.heading("Promotive work")
    w.para("Our promotive work covers all seven grounds of discrimination: " + ", ".join(GROUNDS_EN) + ".")
    w.heading("National minorities")
    w.para(
        "The national minorities are Jews, Roma, Sami, Sweden Finns and Tornedalians. We inform families "
        "about mother-tongue tuition in the minority languages."
    )
    w.heading("Preventive measures")
    w.table(
        ["Measure", "Responsible", "When"],
        [
            ["Adults in the changing rooms", "Principal", f"September {w.start}"],
            ["Talks about language and jargon", "Mentors", f"October {w.start}"],
        ],
    )
    w.heading("Procedure in case of an incident")
    w.bullets(
        [
            "Staff report to the principal the same day.",
            "The principal reports to the organiser (huvudman).",
            "The incident is investigated promptly and documented.",
        ]
    )
    w.heading("Evaluation of this year's plan")
    w.para(f"The plan is evaluated in May {w.end} with the student council.")


def _appendices(w: _Writer) -> None:
    months = (
        "Augusti",
        "September",
        "Oktober",
        "November",
        "December",
        "Januari",
        "Februari",
        "Mars",
        "April",
        "Maj",
    )
    for index in range(1, w.spec.extra_sections + 1):
        w.document.add_heading(f"Bilaga {index}: Årshjul och uppföljning", 1)
        for month in months[:4]:
            w.para(
                f"{month}: trygghetsteamet går igenom incidenter, följer upp åtgärder och stämmer av med "
                f"{w.kids_def} i klassråd och elevråd. Resultatet dokumenteras i protokoll."
            )
        w.table(
            ["Månad", "Aktivitet", "Ansvarig"],
            [[m, "Uppföljning av åtgärder", "Trygghetsteamet"] for m in months[:5]],
        )


def build_plan(spec: PlanSpec) -> bytes:
    writer = _Writer(spec)
    if spec.language == "en":
        _english(writer)
    else:
        _swedish(writer)
    _appendices(writer)
    properties = writer.document.core_properties
    properties.title = f"Plan mot diskriminering och kränkande behandling {spec.school_year}"
    properties.author = spec.principal
    properties.language = "en-GB" if spec.language == "en" else "sv-SE"
    properties.comments = f"seed {spec.seed}"  # different seeds never give identical bytes
    buffer = io.BytesIO()
    writer.document.save(buffer)
    return buffer.getvalue()


def build_plan_file(spec: PlanSpec, path: Path) -> None:
    path.write_bytes(build_plan(spec))
