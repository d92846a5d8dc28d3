"""The `checkplan --json` contract other tools rely on."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from plans.checking.spec import DEFAULT_KEYS
from tests.factories import docx_bytes

ROOT = Path(__file__).resolve().parents[2]
KEYS = set(DEFAULT_KEYS)


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "manage.py", "checkplan", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_json_lines_one_per_file_and_errors_do_not_stop_the_run(tmp_path: Path) -> None:
    good = tmp_path / "plans" / "good.docx"
    good.parent.mkdir()
    good.write_bytes(docx_bytes("Ekbacken"))
    bad = tmp_path / "bad.docx"
    bad.write_bytes(b"not a zip")
    result = run(str(bad), str(good.parent), "--json")
    lines = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    assert result.returncode == 1
    assert [Path(line["file"]).name for line in lines] == ["bad.docx", "good.docx"]
    assert lines[0]["error"]
    plan = lines[1]
    assert {r["key"] for r in plan["requirements"]} == KEYS
    assert all(r["status"] in ("met", "partial", "missing") and r["reason"] for r in plan["requirements"])
    assert isinstance(plan["duration_ms"], int)
    assert all({"code", "severity", "message", "text"} <= set(f) for f in plan["findings"])


def test_identity_number_is_reported_as_written_and_exit_is_zero_when_all_pass(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    document.add_paragraph("Kontakt: 19811218-9876, telefon 08-508 000 00.")
    path = tmp_path / "p.docx"
    document.save(str(path))
    result = run(str(path), "--json")
    payload = json.loads(result.stdout.strip())
    assert result.returncode == 0
    texts = [f["text"] for f in payload["findings"] if f["code"] == "personal_identity_number"]
    assert texts == ["19811218-9876"]


def test_each_requirement_lists_its_parts_and_the_engine_is_named(tmp_path: Path) -> None:
    from plans.checking import ENGINE_VERSION
    from plans.checking.rules.registry import RULES

    path = tmp_path / "p.docx"
    path.write_bytes(docx_bytes("Ekbacken"))
    payload = json.loads(run(str(path), "--json").stdout.strip())
    assert payload["engine"] == ENGINE_VERSION
    for requirement in payload["requirements"]:
        names = [p["name"] for p in requirement["parts"]]
        assert names == list(RULES[requirement["key"]].parts)
        for part in requirement["parts"]:
            assert isinstance(part["found"], bool)
            assert part["evidence"] is None or {"heading_path", "blocks", "quote"} <= set(part["evidence"])
        if requirement["status"] == "met":
            assert any(p["found"] for p in requirement["parts"]), requirement["key"]


def test_readable_report_without_json(tmp_path: Path) -> None:
    path = tmp_path / "p.docx"
    path.write_bytes(docx_bytes("Ekbacken"))
    result = run(str(path))
    assert result.returncode == 0
    assert "validity_period" in result.stdout
    assert "✓" in result.stdout
