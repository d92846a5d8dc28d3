"""Real .docx packages and the ways the reader's fuzzing (test_fuzz_reader) breaks them.

A package is its members in order, (name, bytes), so names can repeat. Mutations change members:
drop, truncate, swap, rename or move them, dangle relationships, make attributes and text huge, nest
deep, add many elements, flip bytes, repeat names, change content types and encodings, add comments
and the like. Damage then changes the zip's own bytes: its headers, anywhere, its end.
"""

from __future__ import annotations

import base64
import functools
import html
import io
import random
import re
import warnings
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Generic, TypeVar

from hypothesis import strategies as st

from tests.checking import wordxml as wx
from tests.checking.builders import plan
from tests.factories import docx_bytes

Members = list[tuple[str, bytes]]
T = TypeVar("T")

REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
CT = "application/vnd.openxmlformats-officedocument."
# Parts the mutations aim at; a name a package lacks makes the mutation do nothing.
PARTS = (
    "word/document.xml",
    "word/styles.xml",
    "word/_rels/document.xml.rels",
    "_rels/.rels",
    "[Content_Types].xml",
    "docProps/core.xml",
    "word/footnotes.xml",
    "word/comments.xml",
    "word/header1.xml",
    "word/footer1.xml",
    "word/_rels/header1.xml.rels",
    "word/numbering.xml",
    "word/media/bild.png",
    "word/media/image1.png",
)
MOVABLE = (
    "word/document.xml",
    "word/styles.xml",
    "word/footnotes.xml",
    "word/comments.xml",
    "word/header1.xml",
    "docProps/core.xml",
)
RELS_PARTS = ("word/_rels/document.xml.rels", "_rels/.rels", "word/_rels/header1.xml.rels")
TARGETS = (
    "missing.xml",
    "../../outside.xml",
    "../word/document.xml",
    "/word/../../etc/passwd",
    "/word/document.xml",
    "document.xml",
    "styles.xml",
    "media/bild.png",
    "media/image1.png",
    "_rels/document.xml.rels",
    "../[Content_Types].xml",
    "word/",
    "/",
    ".",
    "..",
    "",
    "http://example.com/plan.xml",
    "file:///etc/passwd",
    "\\\\server\\share\\plan.xml",
    "%2e%2e/plan.xml",
    "footnotes.xml#fragment",
    "header1.xml",
    "comments.xml",
)
KINDS = ("officeDocument", "styles", "header", "footer", "footnotes", "endnotes", "comments", "image")
NAMES = (
    "../evil.xml",
    "/word/document.xml",
    "word\\document.xml",
    "WORD/DOCUMENT.XML",
    "word/document.xml/",
    "wörd/döcument.xml",
    "word//document.xml",
    "word/./document.xml",
    "word/vbaProject.bin",
    "x" * 5000 + ".xml",
)
MAIN_TYPES = (
    "application/vnd.ms-word.document.macroEnabled.main+xml",
    CT + "wordprocessingml.template.main+xml",
    CT + "spreadsheetml.sheet.main+xml",
    "application/xml",
    "",
    CT.upper() + "WORDPROCESSINGML.DOCUMENT.MAIN+XML",
)
# Siblings a "many elements" mutation adds, and how many at most (each kind at what the check's
# cost per element allows within the budget: a heading is compared with every requirement).
MANY = {
    "paragraph": ('<w:p><w:r><w:t xml:space="preserve">Stycke {i} om trygghet.</w:t></w:r></w:p>', 3000),
    "heading": (
        '<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>Rubrik {i}</w:t></w:r></w:p>',
        200,
    ),
    "empty": ("<w:p/>", 20_000),
    "run": ('<w:r><w:t xml:space="preserve">ord{i} </w:t></w:r>', 20_000),
    "bookmark": ('<w:bookmarkStart w:id="{i}" w:name="b{i}"/>', 20_000),
    "picture": ("<w:p>" + wx.picture(alt="Bild {i}").replace('id="1"', 'id="{i}"') + "</w:p>", 1000),
    "note": ('<w:p><w:r><w:footnoteReference w:id="{i}"/></w:r></w:p>', 2000),
    "row": ("<w:tr><w:tc><w:p><w:r><w:t>{i}</w:t></w:r></w:p></w:tc></w:tr>", 3000),
}
NESTING = {  # (opening, innermost, closing) of one level
    "sdt": ("<w:sdt><w:sdtContent>", wx.p("Inuti."), "</w:sdtContent></w:sdt>"),
    "table": ("<w:tbl><w:tr><w:tc>", wx.p("Inuti."), "</w:tc></w:tr></w:tbl>"),
    "ins": ("<w:ins>", wx.p("Inuti."), "</w:ins>"),
    "alternate": ("<mc:AlternateContent><mc:Choice>", wx.p("Inuti."), "</mc:Choice></mc:AlternateContent>"),
    "text box": (
        "<w:p><w:r><w:pict><w:txbxContent>",
        wx.p("Inuti."),
        "</w:txbxContent></w:pict></w:r></w:p>",
    ),
    "hyperlink": ("<w:hyperlink>", "<w:r><w:t>Inuti.</w:t></w:r>", "</w:hyperlink>"),
    "unknown": ("<w:fuzz>", "", "</w:fuzz>"),
}
JUNK = (
    "<!-- comment -->",
    "<?fuzz instruction?>",
    "<![CDATA[x]]>",
    "text",
    '<x:y xmlns:x="urn:x"/>',
    "<w:p/>",
)


# --- the real packages ---


@functools.cache
def seeds() -> dict[str, tuple[tuple[str, bytes], ...]]:
    structure = wx.package(
        wx.h("Kartläggning")
        + '<w:p><w:r><w:t>Vi har gjort en enkät.</w:t></w:r><w:r><w:footnoteReference w:id="1"/></w:r>'
        + '<w:r><w:commentReference w:id="1"/></w:r></w:p>'
        + f"<w:p>{wx.picture(alt='Skolgården')}{wx.text_box(wx.p('I en textruta.'))}</w:p>"
        + wx.table(("Åtgärd", "Ansvarig"), ("Rastvakter", "Rektor"))
        + f"<w:sdt><w:sdtContent>{wx.h('Förebyggande åtgärder', 2)}</w:sdtContent></w:sdt>",
        footnotes={1: wx.p("Enkäten besvarades av 80 %.")},
        comments={1: wx.p("Kolla siffran.")},
        header=wx.p("Skolan") + f"<w:p>{wx.picture()}</w:p>",
    )
    simple = plan(
        ("h", "Kartläggning"),
        ("p", "Vi har genomfört en enkät."),
        ("li", "Trygghetsvandring"),
        ("table", [("Åtgärd", "Ansvarig"), ("Rastvakter", "Rektor")]),
    )
    packages = {"python-docx": simple, "word structure": structure, "demo": docx_bytes()}
    return {name: tuple(unzip(data)) for name, data in packages.items()}


def unzip(data: bytes) -> Members:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return [(info.filename, archive.read(info)) for info in archive.infolist()]


def zipped(members: Members, compression: int) -> bytes:
    buffer = io.BytesIO()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)  # duplicate names are one of the mutations
        with zipfile.ZipFile(buffer, "w") as archive:
            for name, data in members:
                info = zipfile.ZipInfo(name, date_time=(2025, 8, 1, 0, 0, 0))
                archive.writestr(info, data, compress_type=compression)
    return buffer.getvalue()


# --- mutations of the members ---


def _find(members: Members, part: str | int) -> int | None:
    if isinstance(part, int):
        return part % len(members) if members else None
    return next((i for i, (name, _data) in enumerate(members) if name == part), None)


def _edit(members: Members, part: str | int, change: Callable[[bytes], bytes]) -> Members:
    index = _find(members, part)
    if index is None:
        return members
    name, data = members[index]
    return [*members[:index], (name, change(data)), *members[index + 1 :]]


def _nth(data: bytes, needle: bytes, occurrence: int) -> int | None:
    """Where the needle ends, at its occurrence-th appearance (counted round)."""
    ends = [match.end() for match in re.finditer(re.escape(needle), data)]
    return ends[occurrence % len(ends)] if ends else None


def _insert(data: bytes, needle: bytes, occurrence: int, value: bytes) -> bytes:
    at = _nth(data, needle, occurrence)
    return data if at is None else data[:at] + value + data[at:]


def _into_body(data: bytes, xml: str) -> bytes:
    return _insert(data, b"<w:body>", 0, xml.encode())


@functools.cache
def _filler(size: int, pattern: str) -> bytes:
    if pattern == "repeated":
        return b"A" * size
    return base64.b64encode(random.Random(size).randbytes(size * 3 // 4 + 3))[:size]


def drop_member(members: Members, part: str | int) -> Members:
    index = _find(members, part)
    return members if index is None else members[:index] + members[index + 1 :]


def truncate(members: Members, part: str | int, keep: float) -> Members:
    return _edit(members, part, lambda data: data[: int(len(data) * keep)])


def swap_parts(members: Members, first: str | int, second: str | int, both: bool) -> Members:
    """The content of one part put in another's place (and back, when both)."""
    a, b = _find(members, first), _find(members, second)
    if a is None or b is None:
        return members
    out = list(members)
    out[b] = (members[b][0], members[a][1])
    if both:
        out[a] = (members[a][0], members[b][1])
    return out


def dangle(members: Members, part: str, kind: str, target: str, external: bool, rel_id: str) -> Members:
    mode = ' TargetMode="External"' if external else ""
    rel = f'<Relationship Id="{rel_id}" Type="{REL}{kind}" Target="{html.escape(target)}"{mode}/>'
    return _edit(
        members, part, lambda data: data.replace(b"</Relationships>", rel.encode() + b"</Relationships>")
    )


def retarget(members: Members, part: str, occurrence: int, target: str) -> Members:
    def change(data: bytes) -> bytes:
        found = list(re.finditer(rb'Target="[^"]*"', data))
        if not found:
            return data
        match = found[occurrence % len(found)]
        return data[: match.start()] + f'Target="{html.escape(target)}"'.encode() + data[match.end() :]

    return _edit(members, part, change)


def huge_value(members: Members, part: str | int, occurrence: int, size: int, pattern: str) -> Members:
    """An attribute value made huge: a style id, a relationship's target, a content type."""
    return _edit(members, part, lambda data: _insert(data, b'="', occurrence, _filler(size, pattern)))


def huge_text(members: Members, part: str | int, occurrence: int, size: int, pattern: str) -> Members:
    filler = _filler(size, pattern).replace(b"A", b"A ")[:size]  # words, as a paragraph has them
    return _edit(members, part, lambda data: _insert(data, b">", occurrence, filler))


def nest(members: Members, kind: str, depth: int) -> Members:
    opening, inner, closing = NESTING[kind]
    xml = opening * depth + inner + closing * depth
    if kind == "hyperlink":
        xml = f"<w:p>{xml}</w:p>"
    return _edit(members, "word/document.xml", lambda data: _into_body(data, xml))


def many(members: Members, kind: str, count: int) -> Members:
    element, _most = MANY[kind]
    xml = "".join(element.format(i=i) for i in range(count))
    if kind == "run":
        xml = f"<w:p>{xml}</w:p>"
    elif kind == "row":
        xml = f"<w:tbl>{xml}</w:tbl>"
    return _edit(members, "word/document.xml", lambda data: _into_body(data, xml))


def flip_bytes(members: Members, part: str | int, flips: list[tuple[float, int]]) -> Members:
    def change(data: bytes) -> bytes:
        out = bytearray(data)
        for where, xor in flips:
            if out:
                out[int(where * len(out))] ^= xor
        return bytes(out)

    return _edit(members, part, change)


def duplicate(members: Members, part: str | int, content_of: str | int) -> Members:
    a, b = _find(members, part), _find(members, content_of)
    if a is None or b is None:
        return members
    return [*members, (members[a][0], members[b][1])]


def content_type(members: Members, change: str, main_type: str) -> Members:
    main = rb'<Override PartName="/word/document.xml" ContentType="[^"]*"/>'

    def edit(data: bytes) -> bytes:
        if change == "main":
            return re.sub(
                main, f'<Override PartName="/word/document.xml" ContentType="{main_type}"/>'.encode(), data
            )
        if change == "no override":
            return re.sub(main, b"", data)
        if change == "no defaults":
            return re.sub(rb"<Default [^>]*/>", b"", data)
        if change == "upper case":
            return data.replace(b'PartName="/word/document.xml"', b'PartName="/WORD/DOCUMENT.XML"')
        extra = f'<Override PartName="/word/document.xml" ContentType="{main_type}"/>'.encode()
        return data.replace(b"</Types>", extra + b"</Types>")  # a second, different entry

    return _edit(members, "[Content_Types].xml", edit)


def rename(members: Members, part: str | int, name: str) -> Members:
    index = _find(members, part)
    if index is None:
        return members
    return [*members[:index], (name, members[index][1]), *members[index + 1 :]]


def move(members: Members, part: str, extension: str) -> Members:
    """A part given a name that is no .xml, the relationships and content types following it."""
    old = part.rsplit("/", 1)[-1]
    new = old.rsplit(".", 1)[0] + extension
    out = []
    for name, data in members:
        if name == part:
            name = name.removesuffix(old) + new
        elif name.endswith(f"/{old}.rels"):
            name = name.removesuffix(f"{old}.rels") + f"{new}.rels"
        if name.endswith(".rels") or name == "[Content_Types].xml":
            data = data.replace(old.encode(), new.encode())
        out.append((name, data))
    return out


def reencode(members: Members, part: str | int, encoding: str) -> Members:
    return _edit(members, part, lambda data: data.decode("utf-8", "replace").encode(encoding, "replace"))


def junk_node(members: Members, part: str | int, occurrence: int, node: str) -> Members:
    return _edit(members, part, lambda data: _insert(data, b">", occurrence, node.encode()))


@dataclass(frozen=True)
class Step(Generic[T]):
    """One mutation (of the members) or damage (to the zip's bytes), shown as the call it makes."""

    apply: Callable[..., T] = field(repr=False)
    args: tuple[object, ...]

    def __call__(self, value: T) -> T:
        return self.apply(value, *self.args)

    def __repr__(self) -> str:
        return f"{self.apply.__name__}{self.args!r}"


def step(function: Callable[..., T], *args: st.SearchStrategy[object]) -> st.SearchStrategy[Step[T]]:
    return st.tuples(*args).map(lambda drawn: Step(function, drawn))


PART = st.one_of(st.sampled_from(PARTS), st.integers(0, 30))
FRACTION = st.floats(0, 1, exclude_max=True)
OCCURRENCE = st.integers(0, 200)
BIG = st.sampled_from((1_000, 100_000, 5 * 1024 * 1024, 11 * 1024 * 1024))
PATTERN = st.sampled_from(("repeated", "random"))


@st.composite
def many_elements(draw: st.DrawFn) -> Step[Members]:
    kind = draw(st.sampled_from(sorted(MANY)))
    return Step(many, (kind, draw(st.integers(1, MANY[kind][1]))))


MUTATIONS = st.one_of(
    step(drop_member, PART),
    step(truncate, PART, FRACTION),
    step(swap_parts, PART, PART, st.booleans()),
    step(
        dangle,
        st.sampled_from(RELS_PARTS),
        st.sampled_from(KINDS),
        st.one_of(st.sampled_from(TARGETS), st.text(max_size=20)),
        st.booleans(),
        st.sampled_from(("rId1", "rId3", "rIdImg", "rIdfootnotes", "rIdheader1", "rIdFuzz")),
    ),
    step(retarget, st.sampled_from(RELS_PARTS), OCCURRENCE, st.sampled_from(TARGETS)),
    step(huge_value, PART, OCCURRENCE, BIG, PATTERN),
    step(huge_text, PART, OCCURRENCE, BIG, PATTERN),
    step(
        nest,
        st.sampled_from(sorted(NESTING)),
        st.one_of(st.integers(1, 300), st.sampled_from((255, 256, 257, 1000, 3000))),
    ),
    many_elements(),
    step(flip_bytes, PART, st.lists(st.tuples(FRACTION, st.integers(1, 255)), min_size=1, max_size=4)),
    step(duplicate, PART, PART),
    step(
        content_type,
        st.sampled_from(("main", "no override", "no defaults", "upper case", "second entry")),
        st.sampled_from(MAIN_TYPES),
    ),
    step(rename, PART, st.sampled_from(NAMES)),
    step(move, st.sampled_from(MOVABLE), st.sampled_from(("", ".bin", ".xml.bak", ".XML"))),
    step(reencode, PART, st.sampled_from(("utf-16", "utf-16-be", "utf-8-sig", "latin-1", "cp1252"))),
    step(junk_node, PART, st.integers(0, 3), st.sampled_from(JUNK)),
)


# --- damage to the zip itself ---


HEADERS = {"local": (b"PK\x03\x04", 30), "central": (b"PK\x01\x02", 46), "end": (b"PK\x05\x06", 22)}


def flip_header(data: bytes, kind: str, number: int, offset: int, xor: int) -> bytes:
    """A byte of a local header, a central directory entry or the end record changed (the first
    bytes of the name after a header count too)."""
    signature, size = HEADERS[kind]
    starts = [match.start() for match in re.finditer(re.escape(signature), data)]
    if not starts:
        return data
    at = min(starts[number % len(starts)] + offset % (size + 8), len(data) - 1)
    return data[:at] + bytes([data[at] ^ xor]) + data[at + 1 :]


def flip_anywhere(data: bytes, where: float, xor: int) -> bytes:
    at = int(where * len(data))
    return data[:at] + bytes([data[at] ^ xor]) + data[at + 1 :]


def cut_zip(data: bytes, keep: float) -> bytes:
    return data[: max(2, int(len(data) * keep))]


def append_junk(data: bytes, junk: bytes) -> bytes:
    return data + junk


DAMAGE = st.one_of(
    step(
        flip_header,
        st.sampled_from(sorted(HEADERS)),
        st.integers(0, 40),
        st.integers(0, 53),
        st.integers(1, 255),
    ),
    step(flip_anywhere, FRACTION, st.integers(1, 255)),
    step(cut_zip, FRACTION),
    step(append_junk, st.one_of(st.binary(max_size=64), st.just(b"PK\x05\x06" + bytes(18)))),
)
# Mostly as Word writes them; stored lets a huge part past the ratio check to the reader.
COMPRESSION = st.sampled_from(
    (zipfile.ZIP_DEFLATED,) * 4 + (zipfile.ZIP_STORED,) * 2 + (zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA)
)


@dataclass(frozen=True)
class Case:
    seed: str
    mutations: list[Step[Members]]
    compression: int = zipfile.ZIP_DEFLATED
    damage: list[Step[bytes]] = field(default_factory=list)

    def data(self) -> bytes:
        members = list(seeds()[self.seed])
        for change in self.mutations:
            members = change(members)
        data = zipped(members, self.compression)
        for hurt in self.damage:
            data = hurt(data)
        return data


CASES = st.builds(
    Case,
    seed=st.sampled_from(("python-docx", "word structure", "demo")),
    mutations=st.lists(MUTATIONS, min_size=1, max_size=3),
    compression=COMPRESSION,
    damage=st.one_of(st.just([]), st.lists(DAMAGE, min_size=1, max_size=2)),  # intact zips half the time
)
