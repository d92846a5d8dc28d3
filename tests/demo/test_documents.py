"""The demo plan builder: realistic, safe to publish, deterministic. No database, no Django."""

from __future__ import annotations

import io
import re
import zipfile
from itertools import product
from pathlib import Path

import docx
import pytest
from lxml import etree

from plans.demo.documents import GROUNDS, GROUNDS_EN, PlanSpec, Quality, build_plan, build_plan_file

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
WP = "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}"
FORMS = (
    ("forskola",),
    ("forskoleklass", "grundskola", "fritidshem"),
    ("grundskola", "anpassad_grundskola"),
    ("gymnasieskola", "anpassad_gymnasieskola"),
)
# BRIEF §10.2: 10-digit (YYMMDD-NNNC, + from age 100, or no separator) and 12-digit forms.
PERSONNUMMER = re.compile(r"\b\d{6}[-+ ]?\d{4}\b|\b(?:18|19|20)\d{6}[-+ ]?\d{4}\b")


def spec(**changes: object) -> PlanSpec:
    values: dict[str, object] = {"school_name": "Ekbackens skola", "school_year": "2025/26"}
    values["school_forms"] = ("grundskola",)
    values.update(changes)
    return PlanSpec(**values)  # type: ignore[arg-type]


def texts(data: bytes) -> list[str]:
    """Every paragraph of every part (body, tables, headers, footers), alt texts and core properties."""
    out: list[str] = []
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        for name in archive.namelist():
            if not name.endswith(".xml"):
                continue
            root = etree.fromstring(archive.read(name))
            if name.startswith("word/"):
                out.extend("".join(t.text or "" for t in p.iter(f"{W}t")) for p in root.iter(f"{W}p"))
                out.extend(d.get("descr", "") for d in root.iter(f"{WP}docPr"))
            elif name == "docProps/core.xml":
                out.extend(node.text or "" for node in root.iter())
    return [t for t in out if t.strip()]


def text(data: bytes) -> str:
    return "\n".join(texts(data))


def tables(data: bytes) -> list[list[list[str]]]:
    document = docx.Document(io.BytesIO(data))
    return [[[cell.text for cell in row.cells] for row in table.rows] for table in document.tables]


def headings(data: bytes) -> list[tuple[str, str]]:
    document = docx.Document(io.BytesIO(data))
    return [
        (p.style.name, p.text)
        for p in document.paragraphs
        if p.style is not None and p.style.name.startswith(("Heading", "Title"))
    ]


def alt_texts(data: bytes) -> list[str]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        root = etree.fromstring(archive.read("word/document.xml"))
    return [d.get("descr", "") for d in root.iter(f"{WP}docPr")]


def has_phrase(haystack: str, phrase: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(phrase)}(?!\w)", haystack) is not None


@pytest.mark.parametrize(
    ("quality", "language", "forms"), list(product(Quality, ("sv", "en"), FORMS)), ids=str
)
def test_every_combination_opens_with_python_docx(
    quality: Quality, language: str, forms: tuple[str, ...]
) -> None:
    data = build_plan(spec(quality=quality, language=language, school_forms=forms, seed=3))
    document = docx.Document(io.BytesIO(data))
    found = headings(data)
    assert found[0][0] == "Title"
    assert "Ekbackens skola" in found[0][1] and "2025/26" in found[0][1]
    assert sum(1 for style, _ in found if style == "Heading 1") >= 10
    assert any(style == "Heading 2" for style, _ in found) or quality == Quality.TEMPLATE_ONLY
    properties = document.core_properties
    assert properties.title == found[0][1]
    assert properties.author == "Eva Exempel"
    assert properties.language == ("sv-SE" if language == "sv" else "en-GB")


def test_swedish_title_is_the_district_wording() -> None:
    title = headings(build_plan(spec()))[0][1]
    assert title == "Plan mot diskriminering och kränkande behandling – Ekbackens skola, läsåret 2025/26"


@pytest.mark.parametrize("forms", FORMS, ids=str)
@pytest.mark.parametrize("seed", [0, 1, 2, 3])
def test_complete_names_all_seven_grounds_in_the_legal_wording(forms: tuple[str, ...], seed: int) -> None:
    content = text(build_plan(spec(school_forms=forms, seed=seed)))
    assert [g for g in GROUNDS if not has_phrase(content, g)] == []
    assert "funktionshinder" not in content


def test_complete_english_names_the_seven_grounds_in_english() -> None:
    content = text(build_plan(spec(language="en")))
    assert [g for g in GROUNDS_EN if not has_phrase(content, g)] == []


@pytest.mark.parametrize(
    ("language", "header"),
    [("sv", ["Åtgärd", "Mål", "Ansvarig", "När"]), ("en", ["Measure", "Goal", "Responsible", "When"])],
)
@pytest.mark.parametrize("seed", [0, 1, 2, 5])
def test_complete_has_a_measures_table_with_owner_and_time(
    language: str, header: list[str], seed: int
) -> None:
    measures = [t for t in tables(build_plan(spec(language=language, seed=seed))) if t[0] == header]
    assert len(measures) == 1
    rows = measures[0][1:]
    assert 3 <= len(rows) <= 5
    assert all(all(cell.strip() for cell in row) for row in rows)
    if language == "sv":
        owners = {row[2] for row in rows}
        assert owners & {"Rektor", "Trygghetsteamet", "Mentorer", "Arbetslagen"}


@pytest.mark.parametrize("language", ["sv", "en"])
def test_complete_has_a_flowchart_with_alt_text(language: str) -> None:
    data = build_plan(spec(language=language))
    assert [a for a in alt_texts(data) if a.strip()], "no image with a description"
    assert all(len(a) > 40 for a in alt_texts(data))
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        images = [n for n in archive.namelist() if n.startswith("word/media/")]
        assert images and archive.read(images[0]).startswith(b"\x89PNG\r\n\x1a\n")


def test_complete_swedish_plan_has_the_required_sections() -> None:
    data = build_plan(spec(school_forms=("forskoleklass", "grundskola", "fritidshem")))
    content = text(data)
    for phrase in (
        "Planen gäller från 2025-09-01 till 2026-08-31",
        "rektor Eva Exempel",
        "Trygghetsteamet",
        "förskoleklass, grundskola och fritidshem",
        "klassråd",
        "elevrådet",
        "trygghetsvandring",
        "Vårdnadshavarna",
        "Förra årets plan",
        "trivselenkät",
        "% av eleverna känner sig trygga",
        "modersmålsundervisning",
        "till huvudmannen",
        "dokumenteras",
        "08-508 ",
        "@",
        "Sexuella trakasserier",
        "Repressalier",
        *(m for m in ("judar", "romer", "samer", "sverigefinnar", "tornedalingar")),
    ):
        assert phrase in content, phrase
    titles = " ".join(h for _, h in headings(data))
    for heading in ("Delaktighet", "Kartläggning", "Nationella minoriteter", "Definitioner"):
        assert heading.lower() in titles.lower() or heading == "Delaktighet", heading


def test_validity_follows_the_school_year() -> None:
    assert "Planen gäller från 2026-09-01 till 2027-08-31" in text(build_plan(spec(school_year="2026/27")))


def test_upper_secondary_plans_mention_the_student_union() -> None:
    assert "elevkår" in text(build_plan(spec(school_forms=("gymnasieskola",)))).lower()


@pytest.mark.parametrize("quality", list(Quality))
@pytest.mark.parametrize("seed", [0, 1, 2, 3])
def test_preschool_plans_speak_of_children_not_students(quality: Quality, seed: int) -> None:
    content = text(build_plan(spec(school_forms=("forskola",), quality=quality, seed=seed, extra_sections=4)))
    assert re.search(r"\bbarn", content, re.IGNORECASE)
    assert not re.search(r"elev", content, re.IGNORECASE), re.findall(
        r".{30}elev.{30}", content, re.IGNORECASE
    )


def test_english_preschool_plan_speaks_of_children() -> None:
    content = text(build_plan(spec(school_forms=("forskola",), language="en")))
    assert "Children's participation" in content
    assert not re.search(r"\bstudents?\b", content, re.IGNORECASE)


@pytest.mark.parametrize("forms", FORMS, ids=str)
def test_template_only_holds_unfilled_guidance(forms: tuple[str, ...]) -> None:
    data = build_plan(spec(school_forms=forms, quality=Quality.TEMPLATE_ONLY, seed=1))
    content = text(data)
    assert content.count("[Beskriv") >= 5
    assert "Exempel:" in content
    assert re.search(r"Skriv text här|Klicka här för att ange text", content)
    assert "2025-09-01" not in content and "ÅÅÅÅ-MM-DD" in content
    assert not alt_texts(data)  # nothing filled in, not even the flowchart
    assert "Trygghetsteamet" not in content


def test_english_template_holds_english_guidance() -> None:
    content = text(build_plan(spec(language="en", quality=Quality.TEMPLATE_ONLY)))
    assert "[Describe" in content
    assert re.search(r"Insert text here|Click or tap here", content)


def test_partial_shows_the_typical_weaknesses() -> None:
    data = build_plan(spec(quality=Quality.PARTIAL))
    content = text(data)
    assert "funktionshinder" in content
    # The five grounds of the repealed 2006 act: four in today's words, disability in the outdated one.
    assert [g for g in GROUNDS if has_phrase(content, g)] == [
        "kön",
        "etnisk tillhörighet",
        "religion eller annan trosuppfattning",
        "sexuell läggning",
    ]
    assert "nationella minoriteter" not in content.lower() and "judar" not in content
    assert "Planen presenteras för eleverna" in content
    assert not re.search(r"\d+ % av eleverna", content)  # methods named, no results
    measures = [t for t in tables(data) if t[0][0] == "Åtgärd" and "Mål" in t[0]]
    assert measures and all("Ansvarig" not in t[0] and "När" not in t[0] for t in measures)
    assert "anmäler skyndsamt, senast nästa arbetsdag, till huvudmannen" not in content
    assert alt_texts(data) == [""]  # the flowchart without alternative text


@pytest.mark.parametrize("language", ["sv", "en"])
@pytest.mark.parametrize("forms", FORMS, ids=str)
def test_no_personal_identity_numbers_anywhere(language: str, forms: tuple[str, ...]) -> None:
    for quality, seed in product(Quality, (0, 3, 12345678901)):
        data = build_plan(
            spec(language=language, school_forms=forms, quality=quality, seed=seed, extra_sections=8)
        )
        hits = [t for t in texts(data) if PERSONNUMMER.search(t)]
        assert hits == [], hits


@pytest.mark.parametrize("quality", list(Quality))
@pytest.mark.parametrize("language", ["sv", "en"])
def test_same_spec_same_text_other_seed_other_text(quality: Quality, language: str) -> None:
    first = build_plan(spec(quality=quality, language=language, seed=7))
    assert texts(first) == texts(build_plan(spec(quality=quality, language=language, seed=7)))
    for other in (8, 9, 10):
        again = build_plan(spec(quality=quality, language=language, seed=other))
        assert texts(again) != texts(first)
        assert again != first


def test_seeds_vary_the_headings_and_some_number_them() -> None:
    seen = {tuple(h for _, h in headings(build_plan(spec(seed=seed)))) for seed in range(6)}
    assert len(seen) == 6
    numbered = headings(build_plan(spec(seed=1)))
    assert numbered[1][1].startswith("1 ")
    assert any(re.match(r"\d+\.\d+ ", h) for _, h in numbered)


def test_extra_sections_add_appendices() -> None:
    base = headings(build_plan(spec()))
    padded = build_plan(spec(extra_sections=50))
    added = headings(padded)
    assert len(added) >= len(base) + 50
    assert sum(1 for _, h in added if h.startswith("Bilaga ")) == 50
    assert ("Heading 1", "Bilaga 1: Årshjul") in added
    assert len(tables(padded)) >= 50
    english = headings(build_plan(spec(language="en", extra_sections=3)))
    assert sum(1 for _, h in english if h.startswith("Appendix ")) == 3


def test_build_plan_file_writes_the_same_document(tmp_path: Path) -> None:
    path = tmp_path / "plan.docx"
    build_plan_file(spec(seed=4), path)
    assert texts(path.read_bytes()) == texts(build_plan(spec(seed=4)))


@pytest.mark.parametrize(
    "changes",
    [{"school_year": "nästa år"}, {"language": "de"}, {"extra_sections": -1}],
    ids=["year", "language", "sections"],
)
def test_bad_specs_are_refused(changes: dict[str, object]) -> None:
    with pytest.raises(ValueError):
        build_plan(spec(**changes))
