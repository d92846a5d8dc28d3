"""axe-core in the page: WCAG 2.0/2.1 A and AA rules; serious and critical violations fail the test.

axe-core is vendored (vendor/axe-core/, see its README), so the tests need no network.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from playwright.sync_api import Page

AXE_JS = Path(__file__).parent / "vendor" / "axe-core" / "axe.min.js"
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
BLOCKING = frozenset({"serious", "critical"})


@dataclass(frozen=True)
class Violation:
    rule: str
    impact: str
    help: str
    targets: tuple[str, ...]

    def __str__(self) -> str:
        return f"{self.rule} ({self.impact}): {self.help} — {', '.join(self.targets)}"


def audit(page: Page) -> list[Violation]:
    """Every violation axe finds on the page as it is now, of any impact."""
    if not page.evaluate("() => typeof window.axe !== 'undefined'"):
        # Evaluated by the test driver, not added as a <script>: the pages' Content-Security-Policy
        # refuses inline scripts, and the tests keep it on so they see what users' browsers do.
        page.evaluate(f"() => {{ {AXE_JS.read_text(encoding='utf-8')}\n }}")
    result: dict[str, Any] = page.evaluate(
        """async (tags) => await axe.run(document, {runOnly: {type: "tag", values: tags}})""",
        WCAG_TAGS,
    )
    return [
        Violation(
            rule=v["id"],
            impact=v.get("impact") or "unknown",
            help=v["help"],
            targets=tuple(" ".join(map(str, node["target"])) for node in v["nodes"]),
        )
        for v in result["violations"]
    ]


def blocking(violations: list[Violation]) -> list[Violation]:
    return [v for v in violations if v.impact in BLOCKING]


def assert_no_serious_violations(page: Page, what: str) -> list[Violation]:
    """Fail listing each serious or critical violation; return the lesser ones for the caller to report."""
    found = audit(page)
    bad = blocking(found)
    assert not bad, f"axe on {what} ({page.url}):\n" + "\n".join(f"  {v}" for v in bad)
    return [v for v in found if v not in bad]
