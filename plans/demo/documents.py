"""Realistic fictional plans against discrimination and degrading treatment, as .docx bytes.

Used by the demo loader, test factories and benchmarks, so: plain Python and python-docx only, no
Django. The wording follows the shape of real Swedish plans (BRIEF §1, §2, §6, §8): the DO-style
headings (Grunduppgifter, delaktighet, kartläggning, främjande and förebyggande arbete, rutiner för
akuta situationer), the seven grounds in the Discrimination Act's exact words, the five national
minorities, a measures table with owner and time. Every school, person and figure is invented; the
only numbers that look like identifiers are phone numbers, dates and a diarienummer — never a
personnummer (BRIEF §10).

Three qualities: COMPLETE (every requirement met), PARTIAL (the weak patterns reviewers see most:
results missing, measures without owner/time, five grounds and "funktionshinder", no minorities,
students only informed) and TEMPLATE_ONLY (the district template's headings with unfilled guidance).
The seed varies headings (variants from headings.tsv), phrasing, figures and names deterministically.
"""

from __future__ import annotations

import datetime as dt
import enum
import io
import random
import re
import struct
import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from docx import Document
from docx.document import Document as DocumentObject
from docx.oxml.ns import qn
from docx.shared import Cm

__all__ = [
    "FORM_NAMES",
    "FORM_NAMES_EN",
    "GROUNDS",
    "GROUNDS_EN",
    "NATIONAL_MINORITIES",
    "PlanSpec",
    "Quality",
    "build_plan",
    "build_plan_file",
]


class Quality(enum.StrEnum):
    COMPLETE = "complete"
    PARTIAL = "partial"
    TEMPLATE_ONLY = "template_only"


@dataclass(frozen=True)
class PlanSpec:
    school_name: str
    school_year: str  # "2025/26"
    school_forms: tuple[str, ...]  # SchoolFormCode values: "forskola", "grundskola", …
    principal: str = "Eva Exempel"
    quality: Quality = Quality.COMPLETE
    language: str = "sv"  # "sv", or "en" for an international school's plan
    extra_sections: int = 0  # appendices that pad the plan, for large-file benchmarks
    seed: int = 0  # varies wording deterministically; seed 0 keeps the canonical DO-style headings


FORM_NAMES: dict[str, str] = {
    "forskola": "förskola",
    "forskoleklass": "förskoleklass",
    "grundskola": "grundskola",
    "anpassad_grundskola": "anpassad grundskola",
    "fritidshem": "fritidshem",
    "gymnasieskola": "gymnasieskola",
    "anpassad_gymnasieskola": "anpassad gymnasieskola",
}
FORM_NAMES_EN: dict[str, str] = {
    "forskola": "preschool",
    "forskoleklass": "preschool class",
    "grundskola": "compulsory school",
    "anpassad_grundskola": "adapted compulsory school",
    "fritidshem": "school-age educare (fritidshem)",
    "gymnasieskola": "upper secondary school",
    "anpassad_gymnasieskola": "adapted upper secondary school",
}
# Diskrimineringslag (2008:567) 1 kap. 1 §, in force wording (BRIEF §2.4).
GROUNDS: tuple[str, ...] = (
    "kön",
    "könsöverskridande identitet eller uttryck",
    "etnisk tillhörighet",
    "religion eller annan trosuppfattning",
    "funktionsnedsättning",
    "sexuell läggning",
    "ålder",
)
GROUNDS_EN: tuple[str, ...] = (
    "sex",
    "transgender identity or expression",
    "ethnicity",
    "religion or other belief",
    "disability",
    "sexual orientation",
    "age",
)
# The five grounds of the repealed Lag (2006:67), with the pre-2015 word: what old plans still list.
_OLD_GROUNDS = (
    "kön",
    "etnisk tillhörighet",
    "religion eller annan trosuppfattning",
    "funktionshinder",
    "sexuell läggning",
)
NATIONAL_MINORITIES: tuple[str, ...] = ("judar", "romer", "samer", "sverigefinnar", "tornedalingar")

_FIRST_NAMES = (
    "Anna", "Maria", "Karin", "Sara", "Lena", "Johanna", "Fatima", "Elin", "Mikael", "Johan", "Ahmed",
    "Erik", "Lars", "Anders", "Per", "Jonas", "Niklas", "Leila", "Sofia", "Aino", "Marja", "Ida",
)  # fmt: skip
_LAST_NAMES = (
    "Andersson", "Lindqvist", "Berg", "Holm", "Nyström", "Ekström", "Sandberg", "Lundgren", "Hassan",
    "Karlsson", "Björk", "Forsberg", "Virtanen", "Sundin", "Wallin", "Öberg", "Åkesson", "Mäkinen",
)  # fmt: skip


# --------------------------------------------------------------------------------------------------
# Small helpers


def _png_flowchart() -> bytes:
    """A small grey-scale flowchart (four boxes joined by arrows), built by hand: no image library."""
    width, height = 248, 64
    pixels = [bytearray(b"\xff" * width) for _ in range(height)]
    for box in range(4):
        left, top, right, bottom = 8 + box * 60, 14, 8 + box * 60 + 44, 50
        for x in range(left, right + 1):
            pixels[top][x] = pixels[bottom][x] = 0x33
        for y in range(top, bottom + 1):
            pixels[y][left] = pixels[y][right] = 0x33
        for y in range(top + 6, bottom - 5, 6):  # "text lines" inside the box
            for x in range(left + 6, right - 6):
                pixels[y][x] = 0x99
        if box < 3:
            for x in range(right + 2, right + 15):
                pixels[32][x] = 0x33
            for step in range(4):
                pixels[32 - step][right + 14 - step] = pixels[32 + step][right + 14 - step] = 0x33

    def chunk(kind: bytes, payload: bytes) -> bytes:
        checksum = struct.pack(">I", zlib.crc32(kind + payload))
        return struct.pack(">I", len(payload)) + kind + payload + checksum

    raw = b"".join(b"\x00" + bytes(row) for row in pixels)
    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)  # 8-bit grey, no interlace
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(raw, 9))
        + chunk(b"IEND", b"")
    )


_PNG = _png_flowchart()


def _join(items: Sequence[str], conjunction: str = "och") -> str:
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} {conjunction} {items[-1]}"


def _cap(text: str) -> str:
    """Upper-case the first letter only: str.capitalize() would lower-case the names that follow."""
    return text[:1].upper() + text[1:]


def _slug(text: str) -> str:
    table = str.maketrans("åäöéü", "aaoeu")
    return re.sub(r"[^a-z]", "", text.lower().translate(table))


def _base36(number: int) -> str:
    digits = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    sign, number = ("N" if number < 0 else ""), abs(number)
    out = ""
    while True:
        number, rest = divmod(number, 36)
        out = digits[rest] + out
        if not number:
            return sign + out


def _start_year(school_year: str) -> int:
    match = re.match(r"^\s*(\d{4})\s*(?:[/-]\s*\d{2,4})?\s*$", school_year)
    if not match:
        raise ValueError(f"school_year must look like '2025/26', got {school_year!r}")
    return int(match.group(1))


@dataclass(frozen=True)
class _Contact:
    name: str
    role: str
    email: str
    phone: str


class _Writer:
    """Document plus the seeded choices; every random draw happens in a fixed order (determinism)."""

    def __init__(self, spec: PlanSpec) -> None:
        self.spec = spec
        self.random = random.Random(spec.seed)  # noqa: S311 - wording variety, not security
        self.document: DocumentObject = Document()
        self.numbered = spec.seed % 3 == 1  # a third of the plans number their headings by hand
        self.counters = [0, 0]
        self.toc: list[tuple[int, str]] = []
        self.start = _start_year(spec.school_year)
        self.end = self.start + 1
        self.previous_year = f"{self.start - 1}/{str(self.start)[2:]}"
        self.adopted = dt.date(self.start, 9, self.random.randint(5, 28))
        self.numbered_headings = True

    # Choices ------------------------------------------------------------------------------------
    def pick(self, options: Sequence[str]) -> str:
        # Seed 0 keeps the first (canonical) variant so the default plan reads like the DO template.
        return options[0] if self.spec.seed == 0 else self.random.choice(options)

    def choose(self, options: Sequence[str]) -> str:
        return self.random.choice(options)

    def percent(self, low: int, high: int) -> int:
        return self.random.randint(low, high)

    def people(self, count: int) -> list[str]:
        last_names = [n for n in _LAST_NAMES if n not in self.spec.principal.split()]
        first_names = [n for n in _FIRST_NAMES if n not in self.spec.principal.split()]
        # Distinct first and last names: two "Holm" in one small team reads like a mistake.
        return [
            f"{first} {last}"
            for first, last in zip(
                self.random.sample(first_names, count), self.random.sample(last_names, count), strict=True
            )
        ]

    def phone(self) -> str:
        # Grouped like Stockholm numbers ("08-508 000 00"): never a 10-digit run (BRIEF §10.4).
        return f"08-508 {self.random.randint(100, 999)} {self.random.randint(10, 99)}"

    def mobile(self) -> str:
        return (
            f"070-{self.random.randint(100, 999)} {self.random.randint(10, 99)} {self.random.randint(10, 99)}"
        )

    # Blocks -------------------------------------------------------------------------------------
    def title(self, text: str, subtitle: str) -> None:
        self.document.add_heading(text, 0)
        self.document.add_paragraph(subtitle, style="Subtitle")

    def heading(self, text: str, level: int = 1) -> None:
        if self.numbered and self.numbered_headings:
            if level == 1:
                self.counters = [self.counters[0] + 1, 0]
                text = f"{self.counters[0]} {text}"
            else:
                self.counters[1] += 1
                text = f"{self.counters[0]}.{self.counters[1]} {text}"
        self.toc.append((level, text))
        self.document.add_heading(text, level)

    def para(self, text: str, style: str | None = None) -> None:
        self.document.add_paragraph(text, style=style)

    def labelled(self, label: str, text: str) -> None:
        paragraph = self.document.add_paragraph()
        paragraph.add_run(f"{label}: ").bold = True
        paragraph.add_run(text)

    def bullets(self, items: Sequence[str]) -> None:
        for item in items:
            self.document.add_paragraph(item, style="List Bullet")

    def steps(self, items: Sequence[str]) -> None:
        for item in items:
            self.document.add_paragraph(item, style="List Number")

    def table(self, header: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
        table = self.document.add_table(rows=len(rows) + 1, cols=len(header))
        table.style = "Table Grid"
        for row, values in zip(table.rows, [header, *rows], strict=True):
            for cell, value in zip(row.cells, values, strict=True):
                cell.text = value
        for cell in table.rows[0].cells:
            for run in cell.paragraphs[0].runs:
                run.bold = True
        # A marked header row repeats on each page and helps screen readers (BRIEF §11).
        properties = table.rows[0]._tr.get_or_add_trPr()
        properties.append(properties.makeelement(qn("w:tblHeader"), {}))

    def image(self, description: str | None, caption: str) -> None:
        shape = self.document.add_picture(io.BytesIO(_PNG), width=Cm(14))
        doc_pr = shape._inline.docPr
        doc_pr.set("name", "Flödesschema" if self.spec.language == "sv" else "Flowchart")
        if description is not None:  # None: the inaccessible image reviewers must flag
            doc_pr.set("descr", description)
        self.para(caption, style="Caption")

    def table_of_contents(self, label: str) -> None:
        """A typed contents list after the title page, as many hand-made plans have (never content)."""
        first = next(
            p for p in self.document.paragraphs if p.style is not None and p.style.name == "Heading 1"
        )
        entries = [(level, text) for level, text in self.toc if level <= 2]
        first.insert_paragraph_before(label, style="TOC Heading")
        for index, (level, text) in enumerate(entries):
            indent = "    " if level == 2 else ""
            first.insert_paragraph_before(f"{indent}{text} {'.' * 12} {2 + index // 3}")

    def finish(self, title: str, subject: str, keywords: str) -> bytes:
        spec = self.spec
        language = "sv-SE" if spec.language == "sv" else "en-GB"
        properties = self.document.core_properties
        properties.title = title
        properties.subject = subject
        properties.keywords = keywords
        properties.author = spec.principal
        properties.last_modified_by = spec.principal
        properties.comments = ""
        properties.language = language
        properties.revision = 1
        # Base 36 keeps every seed's identifier apart without ever forming a 10-digit run.
        properties.identifier = f"PG{_base36(spec.seed)}"
        moment = dt.datetime(self.adopted.year, self.adopted.month, self.adopted.day, 10, 0, tzinfo=dt.UTC)
        properties.created = moment
        properties.modified = moment
        # The proofing language of all text, not only the metadata (BRIEF §11).
        defaults = self.document.styles.element.find(qn("w:docDefaults"))
        if defaults is not None:
            for lang in defaults.iter(qn("w:lang")):
                lang.set(qn("w:val"), language)
        footer = self.document.sections[0].footer.paragraphs[0]
        footer.text = f"{spec.school_name} – {subject} {spec.school_year}"
        buffer = io.BytesIO()
        self.document.save(buffer)
        return buffer.getvalue()


# --------------------------------------------------------------------------------------------------
# Swedish plans


@dataclass(frozen=True)
class _Voice:
    """Words that differ between förskola (barn) and school (elever) plans (BRIEF §4.4)."""

    preschool: bool
    upper_secondary: bool
    fritids: bool
    kids: str  # "elever"
    kids_def: str  # "eleverna"
    kids_gen: str  # "elevernas"
    a_kid: str  # "en elev"
    a_kids_gen: str  # "en elevs"
    unit: str  # "skolan"
    unit_gen: str  # "skolans"
    council: str  # "elevrådet"
    groups: str  # "klasserna"
    mentors: str  # "Mentorer"
    staff: str  # "personalen"


def _voice(forms: tuple[str, ...]) -> _Voice:
    preschool = bool(forms) and set(forms) <= {"forskola"}
    upper = bool({"gymnasieskola", "anpassad_gymnasieskola"} & set(forms))
    if preschool:
        return _Voice(
            preschool=True,
            upper_secondary=False,
            fritids=False,
            kids="barn",
            kids_def="barnen",
            kids_gen="barnens",
            a_kid="ett barn",
            a_kids_gen="ett barns",
            unit="förskolan",
            unit_gen="förskolans",
            council="barnrådet",
            groups="avdelningarna",
            mentors="Förskollärarna",
            staff="pedagogerna",
        )
    return _Voice(
        preschool=False,
        upper_secondary=upper,
        fritids="fritidshem" in forms,
        kids="elever",
        kids_def="eleverna",
        kids_gen="elevernas",
        a_kid="en elev",
        a_kids_gen="en elevs",
        unit="skolan",
        unit_gen="skolans",
        council="elevkåren" if upper else "elevrådet",
        groups="mentorsgrupperna" if upper else "klasserna",
        mentors="Mentorer",
        staff="personalen",
    )


@dataclass(frozen=True)
class _Risk:
    place: str  # where the survey found it (sentence fragment)
    measure: str
    goal: str
    owner: str
    when: str  # may contain {start}/{end}


_SCHOOL_RISKS = (
    _Risk("omklädningsrummen vid idrottshallen", "Vuxen närvaro i omklädningsrummen före och efter idrottslektionerna", "Alla elever ska känna sig trygga vid idrotten", "Rektor", "Vecka 38"),
    _Risk("skolgårdens bortre del vid fotbollsplanen", "Nytt rastvaktsschema med vuxna vid fotbollsplanen och organiserade rastaktiviteter", "Färre konflikter på rasterna", "Trygghetsteamet", "Vecka 36"),
    _Risk("toaletterna vid matsalen", "Toaletterna vid matsalen får nya lås och en vuxen finns i korridoren under lunchen", "Ingen elev ska undvika toaletten för att den känns otrygg", "Rektor", "Oktober {start}"),
    _Risk("sociala medier och klassernas chattgrupper", "Lektioner om nätetik och samtal om jargong på klassråden", "Färre kränkningar på nätet", "Mentorer", "November {start}"),
    _Risk("korridoren utanför matsalen", "Pedagogisk lunch: lärarna äter med eleverna och finns i korridoren", "Lugn och trygg lunch för alla", "Arbetslagen", "Löpande från vecka 35"),
    _Risk("skolbussen", "Samtal med bussbolaget och fasta platser på skolbussen för de yngre eleverna", "Tryggare skolresor", "Rektor", "Oktober {start}"),
)  # fmt: skip
_PRESCHOOL_RISKS = (
    _Risk("hallen vid lämning och hämtning", "En pedagog finns alltid i hallen vid lämning och hämtning", "Barnen ska känna sig trygga i hallen", "Förskollärarna", "Vecka 36"),
    _Risk("gården bakom förrådet", "Schema för pedagogernas placering på gården så att hela gården syns", "Inga platser utan vuxen på gården", "Rektor", "September {start}"),
    _Risk("vilan efter lunch", "Mindre grupper och en fast pedagog vid vilan", "Lugn och trygg vila för alla barn", "Arbetslagen", "Oktober {start}"),
    _Risk("byggrummet där några barn stängs ute från leken", "Pedagogstödd lek i byggrummet och samtal om att alla får vara med", "Alla barn ska få vara med i leken", "Förskollärarna", "Löpande från vecka 38"),
    _Risk("toaletterna på övervåningen", "En pedagog följer med de yngre barnen till toaletterna", "Barnen ska känna sig trygga vid toalettbesök", "Trygghetsteamet", "Vecka 37"),
)  # fmt: skip

# (last year's measure, how it was carried out, its effect) — figures filled in from the seed.
_SCHOOL_LAST_YEAR = (
    ("Fler rastvärdar på skolgården", "Genomfördes från vecka 36 med ett nytt schema där två vuxna alltid finns ute.", "Antalet incidentrapporter från rasterna minskade från {a} till {b}."),
    ("Vuxen närvaro i omklädningsrummen", "Genomfördes från oktober; idrottslärarna turas om med elevassistenterna.", "Andelen elever som känner sig otrygga i omklädningsrummen minskade från {x} % till {y} %."),
    ("Värdegrundslektioner varje vecka i alla klasser", "Genomfördes delvis; under vårterminen ställdes flera lektioner in.", "Effekten blev mindre än väntat. Åtgärden fortsätter i år med ett fast schema."),
    ("Trygghetsvandring med elevrådet", "Genomfördes i november.", "Ledde till ny belysning vid cykelstället och att toaletterna i B-huset är öppna under rasterna."),
    ("Fortbildning för all personal om sexuella trakasserier", "Genomfördes på studiedagen i januari.", "Fler elever vågar berätta: anmälningarna om sexuella trakasserier ökade från {c} till {d}, och alla utreddes samma vecka."),
    ("Samtal om språkbruk och jargong i alla klasser", "Genomfördes under hösten med stöd av kuratorn.", "Färre elever uppger att de hört kränkande ord om ursprung och religion ({y} % jämfört med {x} % året innan)."),
)  # fmt: skip
_PRESCHOOL_LAST_YEAR = (
    ("Pedagog i hallen vid lämning och hämtning", "Genomfördes från september på alla avdelningar.", "Färre konflikter i hallen; i husmodellen markerade {c} barn hallen som otrygg mot {d} året innan."),
    ("Samtal om känslor och vänskap med bildstöd", "Genomfördes varje vecka på samlingarna.", "Pedagogerna ser att barnen oftare använder orden från materialet när de löser konflikter."),
    ("Normkritisk genomgång av böcker och leksaker", "Genomfördes under hösten.", "Ledde till nya böcker med olika familjer, språk och funktionsnedsättningar på alla avdelningar."),
    ("Vuxen närvaro på gården bakom förrådet", "Genomfördes delvis; under vintern saknades ofta personal.", "Effekten uteblev under vintern, så åtgärden fortsätter i år med ett schema."),
    ("Trygghetsvandring med de äldsta barnen", "Genomfördes i oktober.", "Ledde till att buskarna vid staketet klipptes ned så att pedagogerna ser hela gården."),
)  # fmt: skip

_GROUND_WORK_SCHOOL = (
    ("Kön", "Vi fördelar ordet och utrymmet jämställt i klassrummet och på skolgården, och rastaktiviteterna planeras så att alla kan delta oavsett kön."),
    ("Könsöverskridande identitet eller uttryck", "Vi arbetar normkritiskt med litteratur och bilder i undervisningen, använder de namn och pronomen eleven själv väljer och har omklädningsrum där man kan byta om enskilt."),
    ("Etnisk tillhörighet", "I SO och svenska arbetar vi med olika kulturer och med källkritik om rasism. Modersmålslärarna medverkar på skolans temadagar."),
    ("Religion eller annan trosuppfattning", "Skolans avslutningar och högtider är icke-konfessionella, och skolmaten erbjuder alternativ så att alla kan äta tillsammans."),
    ("Funktionsnedsättning", "Lokaler, lärmiljö och utflykter planeras tillsammans med elevhälsan så att alla elever kan delta på lika villkor."),
    ("Sexuell läggning", "I sex- och samlevnadsundervisningen och under Prideveckan synliggör vi olika familjer och relationer."),
    ("Ålder", "Faddersystemet mellan äldre och yngre elever och gemensamma aktiviteter över årskurserna motverkar att yngre elever utesluts."),
)  # fmt: skip
_GROUND_WORK_PRESCHOOL = (
    ("Kön", "Pedagogerna ser till att alla barn får ta plats i leken och i samlingen, och vi erbjuder lekmaterial och utklädningskläder utan uppdelning efter kön."),
    ("Könsöverskridande identitet eller uttryck", "Vi läser böcker där karaktärerna bryter mot normer och bekräftar barnen i hur de vill vara och klä sig."),
    ("Etnisk tillhörighet", "Vi sjunger och räknar på barnens olika språk och uppmärksammar barnens kulturer i samlingar och på avdelningarnas väggar."),
    ("Religion eller annan trosuppfattning", "Förskolans högtider firas icke-konfessionellt och måltiderna erbjuder alternativ för alla barn."),
    ("Funktionsnedsättning", "Miljön inne och ute anpassas tillsammans med specialpedagogen, och vi använder bildstöd och tecken som stöd för alla barn."),
    ("Sexuell läggning", "Böcker, bilder och samtal visar olika slags familjer, så att alla barn kan känna igen sin familj."),
    ("Ålder", "Yngre och äldre barn möts i gemensamma aktiviteter, och de äldre barnen får vara förebilder utan att bestämma över de yngre."),
)  # fmt: skip

_H_FRONT = ("Grunduppgifter", "Grunduppgifter om verksamheten")
_H_FORMS = ("Verksamhetsformer som omfattas av planen", "Verksamheter som omfattas av planen")
_H_RESPONSIBLE = (
    "Ansvariga för planen",
    "Ansvarig för planen",
    "Ansvarsfördelning",
    "Organisation och ansvar",
)
_H_VALIDITY = ("Planens giltighetstid", "Giltighetstid", "Planen gäller från och med")
_H_VISION = ("Vision", "Vår vision")
_H_GUARDIANS = ("Vårdnadshavarnas delaktighet", "Vårdnadshavares delaktighet", "Samverkan med vårdnadshavare")
_H_STAFF = ("Personalens delaktighet", "Personalens medverkan")
_H_ANCHOR = ("Förankring av planen", "Hur planen görs känd")
_H_PREVIOUS = (
    "Utvärdering av förra årets plan",
    "Utvärdering av föregående års plan",
    "Utvärdering av fjolårets plan",
    "Redogörelse för hur de planerade åtgärderna har genomförts",
    "Uppföljning av föregående års åtgärder",
)
_H_SURVEY = (
    "Kartläggning",
    "Kartläggning och analys",
    "Kartläggning och nulägesanalys",
    "Undersök och kartlägg",
)
_H_SURVEY_METHODS = ("Kartläggningsmetoder", "Metod/aktivitet för kartläggning", "Så har vi kartlagt")
_H_SURVEY_RESULTS = ("Resultat och analys", "Analys av kartläggningen", "Slutsatser av årets kartläggning")
_H_PROMOTIVE = (
    "Främjande arbete",
    "Främjande insatser",
    "Det främjande arbetet",
    "Främjande insatser för likabehandling",
)
_H_GROUNDS = (
    "De sju diskrimineringsgrunderna",
    "Diskrimineringsgrunderna",
    "Främjande arbete utifrån diskrimineringsgrunderna",
)
_H_MINORITIES = (
    "Nationella minoriteter",
    "Nationella minoriteters rättigheter",
    "Nationella minoriteter och minoritetsspråk",
)
_H_PREVENTIVE = (
    "Förebyggande åtgärder",
    "Förebyggande arbete",
    "Planerade åtgärder för kommande år",
    "Årets mål och åtgärder",
    "Handlingsplan utifrån kartläggningen",
)
_H_ACUTE = (
    "Rutiner för akuta situationer",
    "Rutiner vid akuta situationer",
    "Åtgärdande arbete och rutiner vid kränkningar",
    "Arbetsgång vid kränkande behandling, trakasserier eller sexuella trakasserier",
)
_H_DOCUMENTATION = ("Dokumentation och uppföljning", "Rutiner för dokumentation", "Rutiner för uppföljning")
_H_EVALUATION = (
    "Uppföljning och utvärdering av planen",
    "Utvärdering av årets plan",
    "Uppföljning och utvärdering av årets plan",
    "Planens uppföljning",
)
_H_DEFINITIONS = ("Definitioner", "Begrepp", "Definitioner och begrepp", "Begreppens innebörd")


def _forms_sv(spec: PlanSpec) -> list[str]:
    return [FORM_NAMES.get(code, code.replace("_", " ")) for code in spec.school_forms] or ["grundskola"]


def _swedish(w: _Writer) -> str:
    spec, v = w.spec, _voice(w.spec.school_forms)
    partial = spec.quality == Quality.PARTIAL
    title = (
        f"Plan mot diskriminering och kränkande behandling – {spec.school_name}, läsåret {spec.school_year}"
    )
    forms = _forms_sv(spec)
    w.title(title, _cap(_join(forms)))
    prefix = "FSK" if v.preschool else w.choose(("UTB", "BUN", "GRU"))
    adopted = "ÅÅÅÅ-MM-DD" if spec.quality == Quality.TEMPLATE_ONLY else w.adopted.isoformat()
    w.para(f"Fastställd av rektor {adopted} · Dnr {prefix} {w.start}/{w.random.randint(100, 9999)}")
    if spec.quality == Quality.TEMPLATE_ONLY:
        _swedish_template(w, v, forms)
        return title

    team = _team_sv(w, v)
    _front_sv(w, v, forms, team)
    w.heading(w.pick(_H_VISION))
    w.para(
        w.choose(
            (
                f"På {spec.school_name} ska alla {v.kids} känna sig trygga, bli bemötta med respekt och få utvecklas utifrån sina förutsättningar. "
                "Ingen ska utsättas för diskriminering, trakasserier eller annan kränkande behandling.",
                f"Vår vision är en {'förskola' if v.preschool else 'skola'} där alla är lika mycket värda och där {v.kids_def} vet att vuxna alltid agerar när någon blir illa behandlad.",
            )
        )
    )
    _participation_sv(w, v, partial)
    _previous_sv(w, v, partial)
    risks = _survey_sv(w, v, partial)
    _promotive_sv(w, v, partial)
    if not partial:  # minorities are the section plans most often lack (BRIEF §6.10)
        _minorities_sv(w, v)
    _preventive_sv(w, v, partial, risks)
    _acute_sv(w, v, partial, team)
    _evaluation_sv(w, v, partial)
    _definitions_sv(w, v, partial)
    return title


def _team_sv(w: _Writer, v: _Voice) -> list[_Contact]:
    names = w.people(4)
    domain = f"{_slug(w.spec.school_name) or 'skolan'}.exempelstad.example"
    roles = (
        (
            "Biträdande rektor",
            "Specialpedagog",
            "Förskollärare, samordnare i trygghetsteamet",
            "Förskollärare",
        )
        if v.preschool
        else ("Biträdande rektor", "Kurator", "Skolsköterska", "Lärare, samordnare i trygghetsteamet")
    )
    contacts = [
        _Contact(
            w.spec.principal,
            "Rektor",
            f"{'.'.join(_slug(p) for p in w.spec.principal.split()[:2])}@{domain}",
            w.phone(),
        )
    ]
    for name, role in zip(names, roles, strict=True):
        first, last = name.split()
        phone = w.mobile() if role.startswith(("Lärare", "Förskollärare")) else w.phone()
        contacts.append(_Contact(name, role, f"{_slug(first)}.{_slug(last)}@{domain}", phone))
    return contacts


def _front_sv(w: _Writer, v: _Voice, forms: list[str], team: list[_Contact]) -> None:
    spec = w.spec
    validity = f"Planen gäller från {w.start}-09-01 till {w.end}-08-31."
    members = _join([f"{c.role.split(',')[0].lower()} {c.name}" for c in team[1:]])
    w.heading(w.pick(_H_FRONT))
    if spec.seed % 2:  # half the plans open with a table, as front pages of Word templates do
        w.table(
            ["Uppgift", "Beskrivning"],
            [
                ["Förskola/skola" if v.preschool else "Skolenhet", spec.school_name],
                ["Verksamhetsformer som omfattas av planen", _cap(_join(forms))],
                ["Ansvarig för planen", f"Rektor {spec.principal}"],
                ["Trygghetsteam", _cap(members)],
                ["Planen gäller från", f"{w.start}-09-01"],
                ["Planen gäller till", f"{w.end}-08-31"],
            ],
        )
        w.para(f"{validity} Den ersätter planen för läsåret {w.previous_year}.")
        w.heading(w.pick(_H_RESPONSIBLE), 2)
        w.para(
            f"Rektor {spec.principal} är ansvarig för planen och för att den upprättas, följs upp och ses över varje år. "
            f"Trygghetsteamet samordnar arbetet mot kränkande behandling och utreder anmälningar på uppdrag av rektor. "
            f"All {'personal' if not v.preschool else 'personal på förskolan'} ansvarar för att känna till planen och följa rutinerna."
        )
        return
    w.heading(w.pick(_H_FORMS), 2)
    w.para(f"Planen omfattar {_join(forms)} på {spec.school_name}.")
    if len(forms) > 1:
        w.para(
            "Varje verksamhetsform har egna åtgärder där kartläggningen har visat behov, och fritidshemmets arbete ingår i alla delar av planen."
            if v.fritids
            else "Varje verksamhetsform har egna åtgärder där kartläggningen har visat behov."
        )
    w.heading(w.pick(_H_RESPONSIBLE), 2)
    w.para(
        f"Ansvarig för planen är rektor {spec.principal}, som ser till att den upprättas, följs upp och ses över varje år "
        f"och att anmälningar utreds."
    )
    w.para(
        f"Trygghetsteamet består av {members}. Teamet samordnar trygghetsarbetet, följer upp att åtgärderna genomförs och "
        f"stöttar {v.staff} vid utredningar. All personal ansvarar för att känna till planen, ingripa och anmäla."
    )
    w.heading(w.pick(_H_VALIDITY), 2)
    w.para(
        f"{validity} Planen upprättades i augusti och september {w.start} och fastställdes av rektor {w.adopted.isoformat()}."
    )


def _participation_sv(w: _Writer, v: _Voice, partial: bool) -> None:
    spec = w.spec
    grouped = spec.seed % 4 == 3  # some plans gather all participation under one heading
    # Variants from headings.tsv: the check engine knows them, and so do reviewers.
    student_heading = w.pick(
        ("Barnens delaktighet", "Barns delaktighet", "Barnens medverkan")
        if v.preschool
        else (
            "Elevernas delaktighet",
            "Elevers delaktighet",
            "Elevernas delaktighet och inflytande",
            "Så har eleverna varit delaktiga",
        )
    )
    if grouped:
        w.heading("Delaktighet och förankring")
    level = 2 if grouped else 1
    w.heading(student_heading, level)
    if partial:
        w.para(f"Planen presenteras för {v.kids_def} i början av läsåret.")
    elif v.preschool:
        w.para(
            "Barnen har varit delaktiga utifrån ålder och mognad. Pedagogerna har genomfört barnintervjuer med de äldre barnen "
            "och använt husmodellen, där barnen med bilder och klistermärken har visat var de känner sig trygga och otrygga."
        )
        w.para(
            "På samlingar och i barnrådet har barnen fått berätta vad en bra kompis gör och vad vi gör när någon blir ledsen. "
            "Barnens förslag, som fler vuxna på gården, har tagits med i årets åtgärder."
        )
        w.para(
            "Barnen deltar i uppföljningen genom en ny trygghetsvandring och nya samtal i maj, och deras synpunkter tas med när "
            "planen ses över inför nästa år."
        )
    else:
        month = w.choose(("september", "slutet av augusti", "början av september"))
        w.para(
            f"Eleverna har varit delaktiga i att ta fram planen. I {month} diskuterade {v.groups} trivselenkätens resultat på "
            f"klassråd, och klassrådens förslag samlades in av {v.council}."
        )
        w.para(
            f"{_cap(v.council)} och elevskyddsombuden genomförde en trygghetsvandring tillsammans med trygghetsteamet, "
            "där eleverna markerade platser som upplevs otrygga på en karta över skolan."
        )
        w.para(
            "Eleverna deltar i uppföljningen på klassråden varje månad, där mentorn stämmer av hur åtgärderna fungerar, och i "
            f"översynen av planen i maj, när {v.council} utvärderar årets åtgärder och lämnar förslag till nästa plan."
        )
        if v.upper_secondary:
            w.para(
                "Elevkåren har två representanter i trygghetsteamet och har bidragit med frågor till trivselenkäten."
            )
        if v.fritids:
            w.para(
                "På fritidshemmet har eleverna deltagit genom fritidsrådet och en egen trygghetsvandring på gården."
            )
        if "forskola" in spec.school_forms:
            w.para("I förskolan har barnen deltagit genom barnintervjuer och husmodellen.")

    w.heading(w.pick(_H_GUARDIANS), level)
    if partial:
        w.para("Planen finns på hemsidan.")
    else:
        council = "föräldrarådet" if v.preschool else w.choose(("skolrådet", "föräldrarådet"))
        w.para(
            f"Vårdnadshavarna har fått möjlighet att påverka planen. Kartläggningens resultat och förslag till åtgärder "
            f"presenterades på föräldramötena i september och diskuterades i {council}, där vårdnadshavare lämnade synpunkter."
        )
        w.para(
            f"Planen publiceras på {v.unit_gen} webbplats och i {w.choose(('Unikum', 'SchoolSoft', 'Vklass'))}. Vårdnadshavare kan "
            "när som helst lämna synpunkter till rektor, och vårdnadshavarenkäten i februari har frågor om trygghet."
        )

    w.heading(w.pick(_H_STAFF), level)
    w.para(
        "Personalen har gått igenom planen på en arbetsplatsträff."
        if partial
        else (
            f"All personal har diskuterat kartläggningens resultat och förslag till åtgärder på arbetsplatsträffar i augusti. "
            f"Arbetslagen har gått igenom rutinerna för akuta situationer, och "
            f"{'specialpedagogen' if v.preschool else 'elevhälsoteamet'} har bidragit med en analys av incidentrapporterna."
        )
    )

    w.heading(w.pick(_H_ANCHOR), level)
    if partial:
        w.para("Planen gås igenom med personalen vid läsårets start.")
    elif v.preschool:
        w.para(
            "Planen förankras med barnen genom samtal på samlingarna om vad planen betyder för dem, med bilder på de "
            "platser och regler som barnen själva har tagit fram. Nya vårdnadshavare får planen vid inskolningen och ny "
            "personal i introduktionen."
        )
    else:
        w.para(
            f"Planen förankras med eleverna av mentorerna under de första veckorna av höstterminen, då {v.groups} går igenom "
            "en elevversion av planen och diskuterar vart man vänder sig om något händer. Vårdnadshavare informeras i "
            "veckobrevet och på föräldramötet, och ny personal får planen i introduktionen."
        )


def _previous_sv(w: _Writer, v: _Voice, partial: bool) -> None:
    w.heading(w.pick(_H_PREVIOUS))
    if partial:
        w.para("Förra årets plan har utvärderats i arbetslagen och arbetet har i stort sett fungerat bra.")
        return
    pool = _PRESCHOOL_LAST_YEAR if v.preschool else _SCHOOL_LAST_YEAR
    chosen = w.random.sample(pool, w.random.randint(3, 4))
    council = "barnen i barnrådet" if v.preschool else v.council
    w.para(
        f"Förra årets plan (läsåret {w.previous_year}) utvärderades i maj och juni {w.start} av trygghetsteamet tillsammans "
        f"med {council} och personalen. Så här genomfördes de planerade åtgärderna och detta blev effekten:"
    )
    high = w.percent(18, 30)
    figures = {
        "a": w.random.randint(30, 48),
        "b": w.random.randint(12, 28),
        "x": high,
        "y": high - w.percent(4, 10),
        "c": w.random.randint(2, 5),
        "d": w.random.randint(6, 11),
    }
    if v.preschool:  # in a förskola the counts fall: fewer children mark the hall as unsafe
        figures["c"], figures["d"] = figures["d"] - 5, figures["d"]
    items = [(measure, done, effect.format(**figures)) for measure, done, effect in chosen]
    if w.spec.seed % 2 == 0:
        w.table(["Åtgärd", "Genomförande", "Effekt"], [list(item) for item in items])
    else:
        for measure, done, effect in items:
            w.labelled("Åtgärd", measure)
            w.labelled("Genomförande", done)
            w.labelled("Resultat", effect)
    w.para(
        w.choose(
            (
                "Sammanfattningsvis har de flesta åtgärderna genomförts och gett effekt. Där effekten uteblev fortsätter arbetet i årets plan.",
                "Utvärderingen visar att åtgärder med en tydlig ansvarig gav bäst effekt. Åtgärder som inte genomfördes fullt ut finns kvar i årets plan.",
            )
        )
    )


def _survey_sv(w: _Writer, v: _Voice, partial: bool) -> list[_Risk]:
    risks = list(w.random.sample(_PRESCHOOL_RISKS if v.preschool else _SCHOOL_RISKS, w.random.randint(2, 4)))
    w.heading(w.pick(_H_SURVEY))
    if partial:
        w.para(
            "Under läsåret har vi genomfört trivselenkät och trygghetsvandring. Resultaten har sammanställts och diskuterats i arbetslagen."
            if not v.preschool
            else "Under året har vi gjort en trygghetsvandring och använt husmodellen. Resultaten har sammanställts."
        )
        return risks
    national = w.pick(("skolenkäten", "brukarundersökningen")) if not v.preschool else "brukarundersökningen"
    w.heading(w.pick(_H_SURVEY_METHODS), 2)
    if v.preschool:
        answered, asked = w.random.randint(55, 80), w.random.randint(82, 96)
        w.bullets(
            [
                "Husmodellen och barnintervjuer med barnen i 4–5-årsgrupperna i september",
                "Trygghetsvandring med barnen inne och på gården",
                "Observationer av leken och samtal i barngruppen",
                f"Brukarundersökningen till vårdnadshavare i februari {w.start} (svarsfrekvens {answered} av {asked})",
                f"Pedagogernas dokumentation av incidenter under läsåret {w.previous_year}",
            ]
        )
    else:
        answered = w.random.randint(180, 420)
        asked = answered + w.random.randint(20, 60)
        grade = "åk 2" if v.upper_secondary else "åk 5 och 8"
        w.bullets(
            [
                f"Trivselenkät till alla elever i mars {w.start} (svarsfrekvens {answered} av {asked})",
                f"{_cap(national)} för {grade}",
                f"Trygghetsvandring med {v.council} och trygghetsteamet i september {w.start}",
                "Samtal i klassråd och i elevhälsoteamet",
                f"Incidentrapporter och anmälningar om kränkande behandling under läsåret {w.previous_year}",
            ]
        )
    w.para(
        "Kartläggningen har också omfattat risker för diskriminering och trakasserier kopplade till diskrimineringsgrunderna, "
        "och hinder i verksamhetens lokaler, rutiner och arbetssätt."
    )
    w.heading(w.pick(_H_SURVEY_RESULTS), 2)
    safe = w.percent(82, 94)
    before = safe - w.percent(1, 5)
    places = _join([risk.place for risk in risks])
    if v.preschool:
        w.para(
            f"I brukarundersökningen uppger {safe} % av vårdnadshavarna att deras barn känner sig tryggt på förskolan, jämfört med {before} % året innan. "
            f"Husmodellen och trygghetsvandringen visade att barnen känner sig mindre trygga i {places}."
        )
        w.para(
            "Vi ser att konflikterna oftast uppstår där färre pedagoger finns och vid övergångar mellan aktiviteter. Orsaken kan "
            "vara att pedagogerna samlas på samma ställe. Några barn har kommenterat andra barns hudfärg och språk, vilket är en "
            "risk för trakasserier kopplade till etnisk tillhörighet."
        )
    else:
        treated = w.percent(8, 16)
        w.para(
            f"Trivselenkäten visar att {safe} % av eleverna känner sig trygga i skolan, jämfört med {before} % året innan. "
            f"{treated} % uppger att de under året blivit illa behandlade av en annan elev. Otrygga platser är framför allt {places}."
        )
        w.para(
            "Vi ser att kränkningarna oftast sker där få vuxna finns och på nätet. Orsaken kan vara att rastvärdarna samlas vid "
            "entrén. Kommentarer om utseende, ursprung och religion förekommer, vilket är en risk för trakasserier kopplade till "
            "etnisk tillhörighet och religion eller annan trosuppfattning. Flickor uppger oftare än pojkar att de fått kommentarer "
            "med sexuell innebörd, vilket är en risk för sexuella trakasserier."
        )
    return risks


def _promotive_sv(w: _Writer, v: _Voice, partial: bool) -> None:
    w.heading(w.pick(_H_PROMOTIVE))
    if partial:
        w.para(
            f"Vi arbetar främjande utifrån diskrimineringsgrunderna {_join(_OLD_GROUNDS)}. "
            f"Alla ska känna sig trygga och vi har nolltolerans mot kränkningar."
        )
        return
    if v.preschool:
        activities = [
            "Värdegrundsarbete varje vecka på samlingarna med samtal om känslor, vänskap och att alla får vara med",
            "Gemensamma temadagar för hela förskolan, till exempel FN-dagen och Barnkonventionens dag",
            "Normkritisk genomgång av litteratur, bilder och lekmaterial varje termin",
        ]
    else:
        activities = [
            "Värdegrundslektioner varje vecka på mentorstiden enligt skolans lektionsplanering",
            w.choose(
                (
                    "Friends-programmet med kamratstödjare i varje klass",
                    "Kamratstödjare som träffar kuratorn varannan vecka",
                )
            )
            if not v.upper_secondary
            else "MVP – Mentorer i våldsprevention, med workshops för alla elever i årskurs 1",
            "Gemensamma temadagar och friluftsdagar där eleverna blandas över klasserna",
        ]
    w.para(
        f"Det främjande arbetet riktar sig till alla {v.kids} och bedrivs löpande, utan att något särskilt problem har "
        f"upptäckts. Målet är att {v.unit_gen} värdegrund – alla människors lika värde – ska genomsyra hela verksamheten."
    )
    w.bullets(activities)
    w.para(f"Det främjande arbetet omfattar alla sju diskrimineringsgrunder: {_join(GROUNDS)}.")
    work = _GROUND_WORK_PRESCHOOL if v.preschool else _GROUND_WORK_SCHOOL
    if w.spec.seed % 3 == 2:  # one sub-heading per ground, a common layout in district templates
        w.heading(w.pick(_H_GROUNDS), 2)
        for ground, text in work:
            w.labelled(ground, text)
    else:
        w.heading(w.pick(_H_GROUNDS), 2)
        w.bullets([f"{ground}: {text}" for ground, text in work])


def _minorities_sv(w: _Writer, v: _Voice) -> None:
    w.heading(w.pick(_H_MINORITIES))
    w.para(
        f"Sveriges fem nationella minoriteter är {_join(NATIONAL_MINORITIES)}. Minoritetsspråken är jiddisch, romani chib, "
        "samiska, finska och meänkieli, och samerna är också ett urfolk. Det är var och en själv som avgör om hen tillhör en "
        f"nationell minoritet; {v.unit} registrerar inte detta."
    )
    if v.preschool:
        w.para(
            "Förskolan har ett särskilt ansvar att främja barnens möjlighet att utveckla sin kulturella identitet och använda sitt "
            "minoritetsspråk. Vi informerar alla vårdnadshavare vid inskrivningen om rätten till förskola helt eller delvis på "
            "finska, meänkieli eller samiska i förvaltningsområden och om stöd i modersmålet."
        )
        w.bullets(
            [
                "Vi sjunger sånger och läser sagor på minoritetsspråken, med stöd av vårdnadshavare och modersmålsstödet",
                "Vi uppmärksammar samernas nationaldag den 6 februari och sverigefinnarnas dag den 24 februari",
                "Böcker och bilder om de nationella minoriteterna finns på alla avdelningar",
            ]
        )
        return
    w.para(
        "Skolan har ett särskilt ansvar att främja elevernas möjlighet att utveckla sin kulturella identitet och använda sitt "
        "minoritetsspråk. Vi informerar alla vårdnadshavare vid inskrivningen om rätten till modersmålsundervisning i ett "
        "nationellt minoritetsspråk, även när eleven inte har grundläggande kunskaper i språket."
    )
    w.bullets(
        [
            "Undervisning om de nationella minoriteternas kultur, språk, religion och historia i SO",
            "Vi uppmärksammar samernas nationaldag den 6 februari, sverigefinnarnas dag den 24 februari och romernas nationaldag den 8 april",
            "Förintelsens minnesdag den 27 januari uppmärksammas i alla årskurser",
            "Antiziganism, antisemitism och rasism mot samer tas upp i värdegrundsarbetet och ingår i trivselenkätens frågor om trakasserier",
        ]
    )


def _preventive_sv(w: _Writer, v: _Voice, partial: bool, risks: list[_Risk]) -> None:
    w.heading(w.pick(_H_PREVENTIVE))
    ground_measure = (
        _Risk("", "Genomgång av litteratur och material så att olika familjer, kulturer och funktionsnedsättningar syns", "Alla barn ska kunna känna igen sig", "Trygghetsteamet", "November {start}")
        if v.preschool
        else _Risk("", "Fortbildning för all personal om trakasserier kopplade till etnisk tillhörighet och religion", "Personalen agerar lika och direkt", "Rektor", "Januari {end}")
    )  # fmt: skip
    measures = [*risks, ground_measure]
    if partial:
        w.para("Utifrån kartläggningen har vi valt följande åtgärder:")
        w.table(["Åtgärd", "Mål"], [[m.measure, m.goal] for m in measures])
        return
    w.para(
        "Åtgärderna bygger på kartläggningen och riktar sig mot de risker vi har sett. Varje åtgärd har ett mål, en ansvarig "
        "och en tidpunkt, och följs upp av trygghetsteamet."
    )
    w.table(
        ["Åtgärd", "Mål", "Ansvarig", "När"],
        [[m.measure, m.goal, m.owner, m.when.format(start=w.start, end=w.end)] for m in measures],
    )


def _acute_sv(w: _Writer, v: _Voice, partial: bool, team: list[_Contact]) -> None:
    kid, kids_def = v.a_kid, v.kids_def
    w.heading(w.pick(_H_ACUTE))
    w.para(
        f"Rutinen gäller när {kid} upplever sig kränkt, trakasserad eller sexuellt trakasserad i verksamheten. "
        "Alla vuxna har skyldighet att agera – det är den som är utsatt som avgör vad som upplevs som kränkande."
    )
    contact_heading = (
        "Personal som barn och vårdnadshavare kan vända sig till"
        if v.preschool
        else "Personal som elever och vårdnadshavare kan vända sig till"
    )
    w.heading(contact_heading, 2)
    w.table(["Namn", "Roll", "E-post", "Telefon"], [[c.name, c.role, c.email, c.phone] for c in team])
    w.para(
        f"{_cap(kids_def)} kan också vända sig till "
        f"{'vilken pedagog som helst på förskolan' if v.preschool else 'sin mentor eller vilken vuxen som helst på skolan'}."
    )
    other = "andra barn" if v.preschool else "andra elever"
    w.heading(f"När {kid} kränks av {other}", 2)
    steps = [
        f"Personal som ser eller får veta att {kid} upplever sig kränkt ingriper direkt och säger ifrån.",
        "Personalen anmäler samma dag till rektor via den digitala anmälningsblanketten.",
        "Rektor anmäler skyndsamt, senast nästa arbetsdag, till huvudmannen.",
        f"Rektor utser den som utreder. Utredningen inleds skyndsamt med samtal med {'barnet' if v.preschool else 'eleven'} som "
        "upplever sig kränkt, med den eller de som har kränkt och med vittnen. Vårdnadshavarna informeras samma dag.",
        "Åtgärder sätts in för att kränkningarna ska upphöra, till exempel samtal, ökad vuxennärvaro eller ändrad gruppindelning.",
        "Allt dokumenteras i anmälningssystemet: händelsen, utredningen, åtgärderna och uppföljningen.",
        "Ärendet följs upp med de inblandade och deras vårdnadshavare efter en till två veckor och avslutas när kränkningarna har upphört.",
    ]
    if partial:  # the gap reviewers find most: no report to the huvudman (BRIEF §6.8)
        steps = [s for s in steps if "huvudmannen" not in s]
    w.steps(steps)
    w.heading(
        "När personal kränker barn"
        if v.preschool
        else w.choose(("När personal kränker en elev", "Om personal kränker elev")),
        2,
    )
    w.para(
        f"Om {kid} upplever sig kränkt av någon i personalen anmäls det till rektor, som utreder händelsen skyndsamt."
        if partial  # the huvudman stays out of the weak plan's routine altogether
        else f"Om {kid} upplever sig kränkt av någon i personalen anmäls det till rektor, som anmäler till huvudmannen och "
        "utreder händelsen skyndsamt tillsammans med förvaltningens HR-stöd. Gäller det rektor anmäls det direkt till "
        "huvudmannen, som utreder."
    )
    w.heading(w.pick(_H_DOCUMENTATION), 2)
    w.para(
        "Rektor ansvarar för att varje ärende dokumenteras och följs upp. Ingen som har anmält eller medverkat i en utredning "
        "får utsättas för repressalier. Trygghetsteamet sammanställer anmälningarna varje månad som underlag för kartläggningen."
    )
    w.image(
        None
        if partial
        else (
            "Flödesschema över arbetsgången: 1. Personal ingriper och anmäler samma dag till rektor. 2. Rektor anmäler till "
            "huvudmannen. 3. Händelsen utreds skyndsamt och åtgärder sätts in. 4. Allt dokumenteras och följs upp."
        ),
        "Figur 1. Arbetsgången vid kränkande behandling, trakasserier och sexuella trakasserier.",
    )


def _evaluation_sv(w: _Writer, v: _Voice, partial: bool) -> None:
    w.heading(w.pick(_H_EVALUATION))
    if partial:
        w.para("Planen utvärderas årligen.")
        return
    deadline = w.choose(
        (
            f"ska utvärderas senast den 15 maj {w.end}",
            f"ska utvärderas senast den 31 maj {w.end}",
            f"utvärderas i maj {w.end}",
        )
    )
    students = (
        "Barnen deltar genom samtal i barngrupperna och en ny trygghetsvandring."
        if v.preschool
        else f"Eleverna deltar genom klassråden, där åtgärderna diskuteras, och {v.council}, som gör en egen utvärdering och en ny trygghetsvandring."
    )
    w.para(
        f"Årets plan {deadline}. Ansvarig för utvärderingen är rektor {w.spec.principal} tillsammans med "
        f"trygghetsteamet. {students}"
    )
    w.para(
        "Underlag är vårens enkäter, trygghetsvandringen, incidentrapporterna och personalens utvärdering på en "
        "arbetsplatsträff i juni. Resultatet redovisas i nästa års plan under rubriken om förra årets plan."
    )
    if w.spec.seed % 2 == 1:
        w.table(
            ["Månad", "Aktivitet", "Ansvarig"],
            [
                ["September", "Planen fastställs och presenteras", "Rektor"],
                ["November", "Halvtidsuppföljning av åtgärderna", "Trygghetsteamet"],
                ["Mars", "Trivselenkät och trygghetsvandring", "Trygghetsteamet"],
                ["Maj", f"Utvärdering av årets plan med {'barnen' if v.preschool else v.council}", "Rektor"],
            ],
        )


def _definitions_sv(w: _Writer, v: _Voice, partial: bool) -> None:
    w.heading(w.pick(_H_DEFINITIONS))
    kid_gen = v.a_kids_gen
    who = "förskolan" if v.preschool else "skolan"
    entries = [
        ("Diskriminering", f"Diskriminering är när {who} missgynnar {v.a_kid}, direkt eller indirekt, och missgynnandet har samband med någon av diskrimineringsgrunderna. Även bristande tillgänglighet kan vara diskriminering."),
        ("Trakasserier", f"Trakasserier är ett uppträdande som kränker {kid_gen} värdighet och som har samband med någon av diskrimineringsgrunderna. Både personal och {v.kids} kan trakassera."),
        ("Sexuella trakasserier", f"Sexuella trakasserier är ett uppträdande av sexuell natur som kränker {kid_gen} värdighet, till exempel ovälkomna kommentarer, beröring eller bilder."),
        ("Kränkande behandling", f"Kränkande behandling är ett uppträdande som, utan att vara diskriminering, kränker {kid_gen} värdighet, till exempel slag, öknamn, utfrysning eller elaka meddelanden. Upprepade kränkningar kallas ofta mobbning."),
        ("Repressalier", f"Personalen får inte utsätta {v.a_kid} för repressalier, det vill säga straff eller annan negativ behandling, för att hen eller hens vårdnadshavare har anmält kränkningar eller medverkat i en utredning."),
    ]  # fmt: skip
    if partial:
        entries = entries[:4]
    for term, text in entries:
        w.labelled(term, text)


def _swedish_template(w: _Writer, v: _Voice, forms: list[str]) -> None:
    """The district template as shipped: headings and instructions, barely filled in (BRIEF §6.0 rule 3)."""
    placeholder = w.pick(("Skriv text här", "Klicka här för att ange text.", "[Skriv text här]"))
    w.heading("Grunduppgifter")
    w.para(f"Verksamhetsformer som omfattas av planen: {_join(forms)}")
    w.para(f"Ansvarig för planen: {placeholder}")
    w.para("Planen gäller från ÅÅÅÅ-MM-DD till ÅÅÅÅ-MM-DD")
    w.heading(w.pick(_H_VISION))
    w.para(placeholder)
    w.heading(f"{_cap(v.kids_gen)} delaktighet")
    w.para(f"[Beskriv hur {v.kids_def} har varit delaktiga i att ta fram, följa upp och se över planen]")
    w.heading(w.pick(_H_GUARDIANS))
    w.para("[Beskriv hur vårdnadshavarna har fått möjlighet att påverka planen]")
    w.heading(w.pick(_H_STAFF))
    w.para(placeholder)
    w.heading(w.pick(_H_ANCHOR))
    w.para(f"[Beskriv hur planen har förankrats hos {v.kids_def}, personalen och vårdnadshavarna]")
    w.para(
        "Exempel: Planen presenteras på samlingar, arbetsplatsträffar och föräldramöten."
        if v.preschool
        else "Exempel: Planen presenteras på klassråd, arbetsplatsträffar och föräldramöten."
    )
    w.heading(w.pick(_H_PREVIOUS))
    w.para("[Beskriv hur förra årets planerade åtgärder har genomförts och vilken effekt de fick]")
    w.table(["Åtgärd", "Genomförande", "Effekt"], [[placeholder, "", ""]])
    w.heading(w.pick(_H_SURVEY))
    w.para("[Beskriv vilka kartläggningsmetoder ni har använt och vad kartläggningen visade]")
    w.para(
        "Exempel: trygghetsvandring, husmodellen, samtal i barngruppen."
        if v.preschool
        else "Exempel: trivselenkät, skolenkäten, trygghetsvandring, samtal i klassråd."
    )
    w.heading(w.pick(_H_PROMOTIVE))
    w.para("[Beskriv det främjande arbetet. Arbetet ska omfatta alla diskrimineringsgrunder.]")
    w.heading(w.pick(_H_MINORITIES))
    w.para("[Beskriv hur ni informerar om och främjar de nationella minoriteternas rättigheter]")
    w.heading(w.pick(_H_PREVENTIVE))
    w.para(
        "[Fyll i tabellen utifrån kartläggningen. Ange mål, ansvarig och när åtgärden ska vara genomförd.]"
    )
    w.table(["Åtgärd", "Mål", "Ansvarig", "När"], [["Exempel: …", "", "", ""]])
    w.heading(w.pick(_H_ACUTE))
    w.para(
        f"[Beskriv rutinen för att utreda och åtgärda när {v.a_kid} upplever sig kränkt. Ta bort denna text.]"
    )
    w.para(f"Kontaktpersoner: {placeholder}")
    w.heading(w.pick(_H_EVALUATION))
    w.para("[Ange när och hur årets plan ska utvärderas och vem som ansvarar]")
    w.heading(w.pick(_H_DEFINITIONS))
    w.para(
        "[Infoga förvaltningens definitioner av diskriminering, trakasserier, sexuella trakasserier, kränkande behandling "
        "och repressalier]"
    )


# --------------------------------------------------------------------------------------------------
# English plans (international schools; BRIEF §2.4 gives the usual English renderings)


def _english(w: _Writer) -> str:
    spec = w.spec
    preschool = bool(spec.school_forms) and set(spec.school_forms) <= {"forskola"}
    kids, kid = ("children", "child") if preschool else ("students", "student")
    unit = "the preschool" if preschool else "the school"
    council = "the children's council" if preschool else "the Student Council"
    # Forums in age-appropriate form (förordning 2006:1083 2 §): circle time in a preschool, councils at school.
    forums = "the groups at circle time" if preschool else "every class in class councils"
    meetings = "circle times" if preschool else "class councils"
    quality = spec.quality
    forms = [FORM_NAMES_EN.get(code, code.replace("_", " ")) for code in spec.school_forms] or [
        "compulsory school"
    ]
    title = f"Equal Treatment Plan – {spec.school_name}, school year {spec.school_year}"
    w.title(title, "Plan against discrimination and degrading treatment")
    w.para(
        f"Adopted by the principal on {w.adopted.isoformat()} · Ref. UTB {w.start}/{w.random.randint(100, 9999)}"
    )
    template = quality == Quality.TEMPLATE_ONLY
    partial = quality == Quality.PARTIAL
    placeholder = w.pick(("Insert text here", "Click or tap here to enter text.", "[Insert text here]"))
    names = w.people(3)
    domain = f"{_slug(spec.school_name) or 'school'}.exempelstad.example"

    def email(name: str) -> str:
        return ".".join(_slug(part) for part in name.split()[:2]) + "@" + domain

    w.heading(w.pick(("Basic information", "Information about the Plan")))
    w.heading("School forms covered by the plan", 2)
    w.para(f"The plan covers the {_join(forms, 'and')} at {spec.school_name}.")
    w.heading(w.pick(("Responsibility", "Roles and responsibilities", "Persons responsible for the plan")), 2)
    if template:
        w.para(f"Responsible for the plan: {placeholder}")
    else:
        w.para(
            f"The principal, {spec.principal}, is responsible for the plan and for making sure it is drawn up, followed up "
            f"and reviewed every year. The safety team ({_join(names, 'and')}) coordinates the work and investigates reports "
            "on the principal's behalf. All staff are responsible for knowing the plan and following its routines."
        )
    w.heading(w.pick(("Period of validity", "Validity")), 2)
    w.para(
        "This plan is valid from YYYY-MM-DD to YYYY-MM-DD."
        if template
        else f"This plan is valid from {w.start}-09-01 to {w.end}-08-31 and replaces the plan for {w.previous_year}."
    )

    w.heading(w.pick(("Mission and Vision", "Vision")))
    w.para(
        placeholder
        if template
        else f"At {spec.school_name} every {kid} is valued equally, feels safe and is treated "
        "with respect. Nobody shall be subjected to discrimination, harassment or degrading treatment."
    )

    w.heading(
        "Children's participation" if preschool else w.pick(("Student participation", "Student involvement"))
    )
    if template:
        w.para(f"[Describe how the {kids} took part in drawing up, following up and reviewing the plan]")
    elif partial:
        w.para(f"The plan is presented to the {kids} at the start of the school year.")
    else:
        w.para(
            f"The {kids} took part in drawing up the plan. In September {forums} discussed what makes {unit} safe, and "
            f"{council} collected their proposals. The {kids} also took part in a safety walk with the safety team, "
            f"where they marked places they find unsafe on a map of {unit}."
        )
        w.para(
            f"The {kids} take part in following up the plan at monthly {meetings} and in reviewing it in May, when "
            f"{council} evaluates this year's measures and gives their views on next year's plan."
        )

    w.heading(w.pick(("Parents' participation", "Guardians' participation", "Parental involvement")))
    if template:
        w.para("[Describe how parents and guardians could influence the plan]")
    elif partial:
        w.para(f"The plan is published on {unit} website.")
    else:
        w.para(
            "Parents and guardians gave their views on the survey results and the proposed measures at the parent meetings in "
            f"September and in the Parent Council in October. The plan is published on {unit} website, and comments can be "
            "sent to the principal at any time."
        )
    w.heading("Staff participation")
    w.para(
        placeholder
        if template
        else "All staff discussed the survey results and the proposed measures at staff meetings in August, and the teams "
        "went through the routines for acute situations."
    )
    w.heading(w.pick(("Anchoring the plan", "How the plan is made known")))
    w.para(
        placeholder
        if template
        else f"Homeroom teachers go through a {kid}-friendly version of the plan with every group in the first weeks "
        "of the autumn term. New staff receive the plan at their induction and parents through the weekly newsletter."
    )

    w.heading(
        w.pick(
            (
                "Evaluation of last year's plan",
                "Assessment of last year's plan",
                "Follow-up of last year's measures",
            )
        )
    )
    if template:
        w.para("[Describe how last year's measures were carried out and what effect they had]")
    elif partial:
        w.para("Last year's plan has been evaluated by the staff and has worked well.")
    else:
        before = w.percent(20, 30)
        after = before - w.percent(5, 10)
        w.para(
            f"Last year's plan ({w.previous_year}) was evaluated in May {w.start} by the safety team together with "
            f"{council} and the staff:"
        )
        done = (
            [
                ["An adult in the hall at drop-off and pick-up", "Carried out from September.", f"Conflicts in the hall decreased; {w.random.randint(2, 4)} children marked the hall as unsafe, compared with {w.random.randint(6, 9)} the year before."],
                ["Talks about feelings and friendship with picture support", "Carried out every week at circle time.", "Staff see the children using the words from the material when they solve conflicts."],
                ["Safety walk with the oldest children", "Carried out in October.", "Led to the bushes by the fence being cut back so that staff can see the whole yard."],
            ]
            if preschool
            else [
                ["More adults on duty at breaks", "Carried out from September with a new duty rota.", f"Incident reports from breaks decreased from {w.random.randint(30, 45)} to {w.random.randint(12, 25)}."],
                ["Adults present in the changing rooms", "Carried out from October.", f"Students feeling unsafe in the changing rooms decreased from {before} % to {after} %."],
                ["Safety walk with the Student Council", "Carried out in November.", "Led to better lighting by the bicycle stands."],
            ]
        )  # fmt: skip
        w.table(["Measure", "Carried out", "Effect"], done)

    w.heading(w.pick(("Survey", "Survey and analysis", "Current situation")))
    if template:
        w.para("[Describe which survey methods you used and what they showed]")
        w.para(f"For example: well-being survey, safety walk, talks in {meetings}.")
    elif partial:
        w.para(
            "During the year we carried out a well-being survey and a safety walk. The results have been compiled."
        )
    else:
        safe = w.percent(84, 94)
        w.heading("Survey methods", 2)
        w.bullets(
            [
                "Interviews with the children and the house model (husmodellen) in September",
                "Safety walk with the children indoors and in the yard",
                f"The municipality's parent survey (brukarundersökning) in February {w.start}",
                "Observations of play and notes on incidents from last year",
            ]
            if preschool
            else [
                f"Well-being survey for all students in March {w.start}",
                "The Schools Inspectorate's national survey (Skolenkäten)",
                f"Safety walk with {council} in September {w.start}",
                "Talks in class councils and incident reports from last year",
            ]
        )
        w.heading("Results and analysis", 2)
        w.para(
            f"The parent survey shows that {safe} % of parents say their child feels safe at the preschool. The hall at "
            "drop-off and the far end of the yard were named as unsafe. Some children comment on other children's skin "
            "colour and language, which we analyse as a risk of harassment linked to ethnicity. The cause may be that few "
            "adults are present in those places."
            if preschool
            else f"The survey shows that {safe} % of the students feel safe at school. The changing rooms and the far end of "
            "the playground were named as unsafe. Some students report comments about their accent and religion, which we "
            "analyse as a risk of harassment linked to ethnicity and religion or other belief. The cause may be that few "
            "adults are present in those places."
        )

    w.heading(w.pick(("Promotive work", "Promoting equal rights and opportunities")))
    if template:
        w.para("[Describe the promotive work. It shall cover all grounds of discrimination.]")
    elif partial:
        w.para(
            "We promote equal treatment regarding gender, ethnicity, religion, disability and age. Everyone should feel safe."
        )
    else:
        w.para(
            f"Our promotive work is directed at all {kids} and is ongoing: weekly core values lessons in homeroom, mixed-age "
            "buddy groups, theme days such as UN Day and Pride week, and a norm-critical review of the library every term."
        )
        w.heading("The seven grounds of discrimination", 2)
        w.para(f"The work covers all seven grounds of discrimination: {_join(GROUNDS_EN, 'and')}.")

    if not partial:
        w.heading(w.pick(("National minorities", "National minorities and minority languages")))
        w.para(
            "[Describe how you inform about and promote the rights of the national minorities]"
            if template
            else "Sweden's national minorities are Jews, Roma, Sami, Sweden Finns and Tornedalians, and the minority languages are "
            "Yiddish, Romani Chib, Sami, Finnish and Meänkieli. We inform all families about the right to mother-tongue tuition "
            "in a national minority language, teach about the minorities' culture, language and history, and celebrate the "
            "Sami National Day on 6 February."
        )

    w.heading(w.pick(("Preventive measures", "Planned measures", "Action plan")))
    if template:
        w.para("[Fill in the table based on the survey: goal, who is responsible and when]")
        w.table(["Measure", "Goal", "Responsible", "When"], [["For example: …", "", "", ""]])
    elif partial:
        w.table(
            ["Measure", "Goal"],
            [["Break activities", "Fewer conflicts"], ["Core values talks", "Better climate"]],
        )
    else:
        pool = (
            [
                ["An adult always in the hall at drop-off and pick-up", "Children feel safe in the hall", "Teachers", "Week 36"],
                ["Staff placed so that the whole yard can be seen", "No place in the yard without an adult", "Principal", f"September {w.start}"],
                ["Smaller groups and one fixed adult at rest time", "A calm and safe rest", "Teachers", f"October {w.start}"],
                ["Adult-supported play in the building room", "Every child may join in", "Safety team", "Week 38"],
            ]
            if preschool
            else [
                ["Adults present in the changing rooms", "Everyone feels safe in PE", "Principal", "Week 38"],
                ["New break duty rota at the far end of the playground", "Fewer conflicts at breaks", "Safety team", f"October {w.start}"],
                ["Lessons on online behaviour in every homeroom", "Fewer offensive messages in group chats", "Homeroom teachers", f"November {w.start}"],
                ["Lunch supervision in the corridor by the canteen", "A calm lunch for everyone", "Teachers", "Week 36"],
            ]
        )  # fmt: skip
        ground = (
            ["Review of books and toys so that different families and cultures are visible", "Every child can recognise themself", "Safety team", f"November {w.start}"]
            if preschool
            else ["Staff training on harassment linked to ethnicity and religion", "Staff act consistently", "Principal", f"January {w.end}"]
        )  # fmt: skip
        w.table(
            ["Measure", "Goal", "Responsible", "When"],
            [*w.random.sample(pool, w.random.randint(2, 4)), ground],
        )

    w.heading(
        w.pick(
            (
                "Routines for acute situations",
                "Procedure in case of an incident",
                "Procedures for acute situations",
            )
        )
    )
    if template:
        w.para(f"[Describe the routine when a {kid} feels offended. Delete this text.]")
    else:
        w.heading("Who should I turn to?", 2)
        contacts = [
            (spec.principal, "Principal"),
            (names[0], "Deputy principal"),
            (names[1], "Special needs teacher" if preschool else "School counsellor"),
            (names[2], "Safety team coordinator"),
        ]
        w.table(["Name", "Role", "E-mail", "Phone"], [[n, r, email(n), w.phone()] for n, r in contacts])
        w.heading(
            "When a student is offended by another student"
            if not preschool
            else "When a child is offended by another child",
            2,
        )
        steps = [
            "Staff who see or hear of an incident intervene at once and stop it.",
            "Staff report to the principal the same day using the report form.",
            "The principal reports promptly to the school organiser (huvudman).",
            "The incident is investigated promptly: talks with those involved and witnesses; parents are informed.",
            "Measures are taken so that the offending stops.",
            "Everything is documented in the incident system and followed up after one to two weeks.",
        ]
        if partial:
            steps = [s for s in steps if "organiser" not in s]
        w.steps(steps)
        w.heading(
            "When a staff member offends a student"
            if not preschool
            else "When a staff member offends a child",
            2,
        )
        w.para(
            "The report goes to the principal, who reports to the organiser and investigates together with HR. If it concerns "
            "the principal, the organiser investigates."
        )
        w.image(
            None
            if partial
            else "Flowchart: 1. Staff intervene and report to the principal the same day. 2. The principal reports to the "
            "organiser. 3. Prompt investigation and measures. 4. Documentation and follow-up.",
            "Figure 1. Procedure in case of an incident.",
        )

    w.heading(
        w.pick(
            (
                "Follow-up and evaluation of this year's plan",
                "Evaluation of this year's plan",
                "Next evaluation",
            )
        )
    )
    if template:
        w.para("[State when and how this year's plan will be evaluated and who is responsible]")
    elif partial:
        w.para("The plan is evaluated every year.")
    else:
        w.para(
            f"This year's plan will be evaluated by 31 May {w.end}. The principal is responsible, together with the safety team. "
            f"The {kids} take part through {meetings} and {council}, and the evaluation uses the spring survey and a new "
            "safety walk. The results are reported in next year's plan."
        )

    w.heading("Definitions")
    w.para(
        "[Insert the district's definitions]"
        if template
        else "Discrimination: being disadvantaged in connection with one of the grounds of discrimination. Harassment: conduct "
        "that violates someone's dignity and is linked to a ground. Sexual harassment: conduct of a sexual nature that "
        "violates someone's dignity. Degrading treatment: conduct that violates someone's dignity without being discrimination. "
        "Reprisals: punishing someone for reporting or taking part in an investigation is forbidden."
    )
    return title


# --------------------------------------------------------------------------------------------------
# Appendices (extra_sections): realistic padding for large-file benchmarks


_MONTHS_SV = (
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
    "Juni",
)
_MONTHS_EN = (
    "August",
    "September",
    "October",
    "November",
    "December",
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
)
_ACTIVITIES_SV = (
    "Trygghetsteamet går igenom incidentrapporterna och stämmer av åtgärderna",
    "Samtal om trivsel och trygghet i {groups}",
    "Trygghetsvandring med {council}",
    "Värdegrundsarbete med tema vänskap",
    "Föräldramöte med genomgång av planen",
    "Arbetsplatsträff om rutinerna för akuta situationer",
    "Enkät om trivsel och trygghet",
    "Analys av enkätresultaten i arbetslagen",
    "Temadag om alla människors lika värde",
    "Uppföljning av åtgärderna i tabellen",
    "Utvärdering av planen med {council}",
)  # fmt: skip
_ACTIVITIES_EN = (
    "Safety team reviews incident reports and measures",
    "Talks about well-being in every group",
    "Safety walk with {council}",
    "Core values work: friendship",
    "Parent meeting: the plan is presented",
    "Staff meeting on the acute routines",
    "Well-being survey",
    "Analysis of the survey in the teams",
    "Theme day on equal value",
    "Follow-up of this year's measures",
    "Evaluation of the plan with {council}",
)  # fmt: skip
_WALK_EN = (
    ("The changing rooms", "Adults present before and after PE", "Principal"),
    ("The far end of the playground", "New break duty rota", "Safety team"),
    ("The toilets by the canteen", "New locks and an adult in the corridor at lunch", "Principal"),
    ("Group chats and social media", "Lessons on online behaviour", "Teachers"),
)
_THEMES_SV = (
    "kamratskap",
    "konflikthantering",
    "språkbruk och jargong",
    "känslor",
    "olika familjer",
    "nätetik",
    "samtycke",
    "allas lika värde",
)
_THEMES_EN = (
    "friendship",
    "resolving conflicts",
    "language and jargon",
    "feelings",
    "different families",
    "online safety",
    "consent",
    "equal value",
)
_SENTENCES_SV = (
    "Trygghetsteamet träffas varannan vecka och går igenom nya anmälningar och pågående utredningar.",
    "{mentors} stämmer av trivseln i sina grupper och tar med synpunkter till arbetslagsmötet.",
    "Resultatet dokumenteras i protokoll som sparas i förvaltningens system.",
    "Där en åtgärd inte har gett effekt diskuterar arbetslaget vad som behöver ändras.",
    "Rektor redovisar läget för huvudmannen i samband med den ordinarie uppföljningen.",
    "Vi använder samma frågor som föregående år för att kunna jämföra resultaten över tid.",
    "Synpunkterna från {council} tas med i nästa steg av arbetet.",
    "Personalen turas om att ansvara för de gemensamma aktiviteterna.",
    "Aktiviteten anpassas så att alla kan delta, oavsett funktionsnedsättning eller språk.",
    "Om något oroande framkommer följs det upp samma vecka enligt rutinen för akuta situationer.",
    "Vårdnadshavarna får information i veckobrevet och kan lämna synpunkter till {staff}.",
    "Vi följer upp hur {kids_def} upplever {moments}.",
)  # fmt: skip
_SENTENCES_EN = (
    "The safety team meets every other week to review new reports and ongoing investigations.",
    "Homeroom teachers check how their groups are doing and bring their views to the team meeting.",
    "The outcome is recorded in minutes kept in the district's system.",
    "Where a measure has had no effect, the team discusses what needs to change.",
    "The principal reports to the organiser as part of the regular follow-up.",
    "We use the same questions as last year so that results can be compared over time.",
    "The views of {council} are taken into the next step of the work.",
    "Any worrying information is followed up the same week under the acute routine.",
    "Parents are informed in the weekly newsletter and can give their views to the staff.",
    "Activities are adapted so that everyone can take part, whatever their disability or language.",
)  # fmt: skip


def _appendices(w: _Writer) -> None:
    """Appendices as real plans carry them: annual wheel, safety-walk minutes, lesson plan, team plan."""
    spec = w.spec
    english = spec.language == "en"
    v = _voice(spec.school_forms)
    w.numbered_headings = False  # appendices carry their own numbers
    values = {
        "council": ("the children's council" if v.preschool else "the student council")
        if english
        else v.council,
        "groups": v.groups,
        "kids_def": v.kids_def,
        "mentors": v.mentors,
        "staff": "pedagogerna" if v.preschool else "mentorn",
        "moments": "leken, måltiderna och övergångarna mellan aktiviteterna"
        if v.preschool
        else "rasterna, lunchen och övergångarna mellan lektionerna",
    }
    sentences = [s.format(**values) for s in (_SENTENCES_EN if english else _SENTENCES_SV)]
    activities = [s.format(**values) for s in (_ACTIVITIES_EN if english else _ACTIVITIES_SV)]
    months, themes = (_MONTHS_EN, _THEMES_EN) if english else (_MONTHS_SV, _THEMES_SV)
    risks = _PRESCHOOL_RISKS if v.preschool else _SCHOOL_RISKS
    owners = ("Principal", "Safety team", "Teachers") if english else ("Rektor", "Trygghetsteamet", v.mentors)
    names = (
        ("Annual cycle", "Safety walk – minutes", "Core values lessons", "Team action plan")
        if english
        else (
            "Årshjul",
            "Trygghetsvandring – protokoll",
            "Värdegrundslektioner",
            "Handlingsplan för arbetslaget",
        )
    )
    for index in range(1, spec.extra_sections + 1):
        kind = (index - 1) % 4
        w.heading(f"{'Appendix' if english else 'Bilaga'} {index}: {names[kind]}")
        for paragraph in range(8):
            lead = f"{months[(index + paragraph) % len(months)]}: " if kind == 0 else ""
            w.para(lead + " ".join(w.random.sample(sentences, 5)))
        rotate = [activities[(index + n) % len(activities)] for n in range(len(months))]
        if kind == 0:
            header = ["Month", "Activity", "Responsible"] if english else ["Månad", "Aktivitet", "Ansvarig"]
            rows = [[m, a, w.choose(owners)] for m, a in zip(months, rotate, strict=True)]
        elif kind == 1:
            header = (
                ["Place", "Measure", "Responsible"]
                if english
                else ["Plats", "Förslag till åtgärd", "Ansvarig"]
            )
            rows = (
                [list(r) for r in _WALK_EN]
                if english
                else [[_cap(r.place), r.measure, r.owner] for r in risks]
            )
        elif kind == 2:
            header = ["Week", "Theme", "Responsible"] if english else ["Vecka", "Tema", "Ansvarig"]
            rows = [[str(36 + 2 * n), _cap(t), w.choose(owners)] for n, t in enumerate(themes)]
        else:
            header = ["Measure", "Responsible", "When"] if english else ["Åtgärd", "Ansvarig", "När"]
            rows = [[a, w.choose(owners), m] for m, a in zip(months[:6], rotate, strict=False)]
        w.table(header, rows)


# --------------------------------------------------------------------------------------------------
# Public API


def build_plan(spec: PlanSpec) -> bytes:
    """A .docx as bytes. Same spec → same text (the zip's timestamps may differ)."""
    if spec.language not in ("sv", "en"):
        raise ValueError(f"language must be 'sv' or 'en', got {spec.language!r}")
    if spec.extra_sections < 0:
        raise ValueError("extra_sections cannot be negative")
    writer = _Writer(spec)
    title = _english(writer) if spec.language == "en" else _swedish(writer)
    _appendices(writer)
    if spec.seed % 4 == 2:
        writer.table_of_contents("Contents" if spec.language == "en" else "Innehåll")
    english = spec.language == "en"
    subject = "Equal Treatment Plan" if english else "Plan mot diskriminering och kränkande behandling"
    keywords = (
        "equal treatment; degrading treatment; discrimination"
        if english
        else "likabehandling; kränkande behandling; diskriminering; aktiva åtgärder"
    )
    return writer.finish(title, subject, f"{keywords}; {spec.school_year}")


def build_plan_file(spec: PlanSpec, path: Path) -> None:
    path.write_bytes(build_plan(spec))
