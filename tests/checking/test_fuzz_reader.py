"""Fuzzing the reader (issue 13.8): real .docx packages, mutated, are accepted or refused clearly.

Each example takes a real package (a python-docx plan, hand-written Word structure, the demo's
full plan), applies one to three mutations to its members and may then damage the zip's own bytes
(tests/checking/mutations.py). Whatever comes out, upload validation returns or raises
UploadRejected with a message of its own; what it accepts is read or refused with
DocumentUnreadable; what is read is checked. Any other exception would be a 500 on upload or a
failed check in the worker. Each example is held to a time and memory bound, and the budget is
fixed and derandomized: CI runs the same examples every time.
"""

from __future__ import annotations

import functools
import json
import re
import time
import tracemalloc
import zipfile
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings

from plans.checking import (
    CheckResult,
    DocumentUnreadable,
    PackageRejected,
    TemplateSpec,
    check_document,
    open_package,
    read_document,
)
from plans.errors import UploadRejected, rejection_message
from plans.uploads import validate_plan_file
from tests.checking import wordxml as wx
from tests.checking.builders import plan
from tests.checking.mutations import (
    CASES,
    MAIN_TYPES,
    RELS_PARTS,
    Case,
    Step,
    content_type,
    dangle,
    drop_member,
    duplicate,
    flip_header,
    huge_value,
    junk_node,
    many,
    move,
    nest,
    retarget,
    seeds,
    swap_parts,
    truncate,
    unzip,
    zipped,
)

SECONDS = 5.0  # per example, validation + reading + check; the slowest take about 1 s, traced
PYTHON_PEAK = 200 * 1024 * 1024  # tracemalloc's peak in one example
NATIVE_GROWTH = 300 * 1024 * 1024  # lxml's trees are no Python objects: the resident peak's growth
BUDGET = settings(
    max_examples=250,
    deadline=None,  # the bound is asserted below, with the time it took in the message
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow],
)


@functools.cache
def template() -> TemplateSpec:
    path = Path(__file__).resolve().parents[2] / "plans/data/default_template.json"
    return TemplateSpec.from_dict(json.loads(path.read_text(encoding="utf-8")))


# --- the property ---


def outcome(data: bytes) -> str:
    """What became of the bytes: "rejected", "unreadable" or "checked"; anything else escapes."""
    try:
        validate_plan_file(data)
    except UploadRejected as rejected:
        generic = rejection_message("__unknown__", {}).replace("__unknown__", rejected.code)
        assert rejected.message != generic, f"no message of its own for {rejected.code!r}"
        return "rejected"
    try:
        document = read_document(data)
    except DocumentUnreadable as unreadable:
        assert unreadable.detail
        return "unreadable"
    assert isinstance(check_document(document, template(), school_year="2025/26"), CheckResult)
    return "checked"


def _resident(field_name: str) -> int:
    found = re.search(rf"^{field_name}:\s+(\d+) kB", Path("/proc/self/status").read_text(), re.MULTILINE)
    assert found is not None
    return int(found.group(1)) * 1024


def resident_now() -> int | None:
    """The process's resident size, its peak reset (Linux); None where /proc does not allow it."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
        return _resident("VmRSS")
    except OSError:
        return None


def bounded_outcome(data: bytes) -> str:
    resident = resident_now()
    tracemalloc.start()
    started = time.perf_counter()
    try:
        result = outcome(data)
    finally:
        seconds = time.perf_counter() - started
        _current, python_peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    assert seconds < SECONDS, f"{result} after {seconds:.1f} s"
    assert python_peak < PYTHON_PEAK, f"{result} with a Python peak of {python_peak / 2**20:.0f} MB"
    if resident is not None:
        grown = _resident("VmHWM") - resident
        assert grown < NATIVE_GROWTH, f"{result}: the process grew by {grown / 2**20:.0f} MB"
    return result


def test_mutated_packages_are_accepted_or_refused_clearly() -> None:
    seeds(), template()  # built once, outside every example's bounds
    outcomes: Counter[str] = Counter()

    @BUDGET
    @given(case=CASES)
    # Each mutation the issue names, tried whatever the draws are.
    @example(Case("demo", [Step(drop_member, ("word/styles.xml",))]))
    @example(Case("word structure", [Step(truncate, ("word/document.xml", 0.5))]))
    @example(Case("python-docx", [Step(swap_parts, ("word/document.xml", "word/styles.xml", True))]))
    @example(Case("demo", [Step(swap_parts, ("word/document.xml", "word/_rels/document.xml.rels", False))]))
    @example(Case("word structure", [Step(dangle, (RELS_PARTS[0], "header", "../../x.xml", False, "rIdF"))]))
    @example(Case("word structure", [Step(retarget, (RELS_PARTS[0], 0, "http://example.com/x.xml"))]))
    @example(Case("demo", [Step(huge_value, ("word/styles.xml", 3, 5 * 1024 * 1024, "random"))]))
    @example(
        Case(
            "demo",
            [Step(huge_value, ("word/document.xml", 40, 5 * 1024 * 1024, "repeated"))],
            zipfile.ZIP_STORED,
        )
    )
    @example(Case("word structure", [Step(nest, ("text box", 20))]))
    @example(Case("python-docx", [Step(nest, ("table", 200))]))
    @example(Case("python-docx", [Step(nest, ("table", 600)), Step(move, ("word/document.xml", ".bin"))]))
    @example(Case("python-docx", [Step(many, ("paragraph", 3000))]))
    @example(Case("demo", [Step(duplicate, ("word/document.xml", "word/styles.xml"))]))
    @example(Case("demo", [Step(content_type, ("main", MAIN_TYPES[0]))]))
    @example(Case("python-docx", [Step(drop_member, (99,))], damage=[Step(flip_header, ("end", 0, 18, 1))]))
    def run(case: Case) -> None:
        outcomes[bounded_outcome(case.data())] += 1

    run()
    # The fuzzing reaches the reader and the check, not only the door.
    assert outcomes["rejected"] and outcomes["unreadable"] and outcomes["checked"], outcomes


# --- what the fuzzing found, each kept as a plain test ---


def _changed(data: bytes, at: int, value: int) -> bytes:
    return data[:at] + bytes([value]) + data[at + 1 :]


def test_a_directory_offset_pointing_before_the_file_is_refused_as_damaged() -> None:
    # The end record's directory offset made larger puts every entry before the file's start: a
    # negative seek (ValueError) escaped validation as a 500.
    data = plan(("h", "Kartläggning"))
    offset_field = data.rfind(b"PK\x05\x06") + 18
    with pytest.raises(PackageRejected) as rejected:
        open_package(_changed(data, offset_field, data[offset_field] ^ 0x01))
    assert rejected.value.code == "corrupt_zip"


def test_an_entry_needing_a_zip_version_from_the_future_is_refused_as_damaged() -> None:
    # "Version needed to extract" 25.5 made the zip module raise NotImplementedError on opening.
    data = plan(("h", "Kartläggning"))
    version_field = data.find(b"PK\x01\x02") + 6
    with pytest.raises(PackageRejected) as rejected:
        open_package(_changed(data, version_field, 0xFF))
    assert rejected.value.code == "corrupt_zip"


def test_an_entry_name_flagged_utf8_that_is_not_is_refused_as_damaged() -> None:
    # A local header flagged UTF-8 whose name is not: a UnicodeDecodeError while inflating.
    data = plan(("h", "Kartläggning"))
    flagged = _changed(data, 7, data[7] | 0x08)
    with pytest.raises(PackageRejected) as rejected:
        open_package(_changed(flagged, 30, 0xFF))
    assert rejected.value.code == "corrupt_zip"


def test_comments_in_relationships_and_core_properties_are_read_past() -> None:
    # A comment among the relationships was read as one: AttributeError in the worker. One in
    # core.xml made the whole document unreadable.
    members = unzip(wx.package(wx.h("Kartläggning") + wx.p("Vi har gjort en enkät."), header=wx.p("Skolan")))
    for name in ("word/_rels/document.xml.rels", "word/_rels/header1.xml.rels", "docProps/core.xml"):
        members = junk_node(members, name, 1, "<!-- a comment -->")
        members = junk_node(members, name, 1, "<?fuzz instruction?>")
    document = read_document(zipped(members, zipfile.ZIP_DEFLATED))
    assert document.headers == ("Skolan",)
    assert document.properties.author == "python-docx"
    assert [b.text for b in document.blocks] == ["Kartläggning", "Vi har gjort en enkät."]


def _boxes(depth: int, box: Callable[[str, int], str]) -> str:
    xml = wx.p("Innerst")
    for level in range(depth):
        xml = wx.p(f"Nivå {level}") + "<w:p>" + box(xml, level) + "</w:p>"
    return xml


def test_text_boxes_within_text_boxes_are_read_once_each() -> None:
    # Each box listed every box inside it as well, so a box n levels down was read 2^n times.
    word = _boxes(3, lambda inner, level: wx.text_box(inner, number=10 + level))
    texts = [b.text for b in read_document(wx.package(wx.h("Rubrik") + word)).blocks]
    assert texts == ["Rubrik", "Nivå 2", "Nivå 1", "Nivå 0", "Innerst"]
    deep = _boxes(
        25, lambda inner, _level: f"<w:r><w:pict><w:txbxContent>{inner}</w:txbxContent></w:pict></w:r>"
    )
    assert len(read_document(wx.package(deep)).blocks) == 26


def test_a_part_named_otherwise_is_read_within_the_limits_validation_sets() -> None:
    # Validation parses only parts named .xml or .rels; a main part named document.bin, tables
    # nested 600 deep, reached the reader, whose walk overflowed Python's stack (RecursionError).
    deep = nest(unzip(plan(("h", "Kartläggning"))), "table", 600)
    data = zipped(move(deep, "word/document.xml", ".bin"), zipfile.ZIP_DEFLATED)
    assert open_package(data).main_part == "word/document.bin"
    with pytest.raises(DocumentUnreadable):
        read_document(data)
