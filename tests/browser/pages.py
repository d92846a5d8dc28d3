"""Every selector the browser tests use, in one place, by accessible role, label and text.

Texts are looked up by their English msgid in the Swedish catalogue (`sv("Upload")` is "Ladda upp"),
so a reworded Swedish translation does not break the tests, and the assertions still prove the page
speaks Swedish. When a page is reworked, update the helper here, not the tests.
"""

from __future__ import annotations

import re

from django.urls import reverse
from django.utils import translation
from django.utils.text import capfirst
from django.utils.translation import gettext
from playwright.sync_api import Locator, Page, expect

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
# Result symbols next to each requirement's result text on the version's check report.
RESULT_SYMBOLS = {"met": "✓", "partial": "◐", "missing": "✗"}


def sv(msgid: str, **params: object) -> str:
    """The Swedish UI text of an English msgid, with %(name)s parameters filled in."""
    with translation.override("sv"):
        text = gettext(msgid)
    return text % params if params else text


def action(msgid: str) -> str:
    """Workflow buttons show their lower-case label with a capital first letter."""
    return str(capfirst(sv(msgid)))


# --- Every page ---


def sign_in(page: Page, base_url: str, username: str, password: str) -> None:
    page.goto(base_url + reverse("login"))
    field(page, "Username").fill(username)
    page.get_by_label(_label("Password")).fill(password)  # a password field has no role
    page.get_by_role("button", name=sv("Sign in")).click()
    expect(sign_out_button(page)).to_be_visible()


def sign_out_button(page: Page) -> Locator:
    return page.get_by_role("button", name=sv("Sign out"))


def main_menu(page: Page, msgid: str) -> Locator:
    return page.get_by_role("navigation", name=sv("Main")).get_by_role("link", name=sv(msgid), exact=True)


def _label(msgid: str) -> re.Pattern[str]:
    """A field's label, with or without Django's ":" after it."""
    return re.compile("^" + re.escape(sv(msgid)) + ":?$")


def field(scope: Page | Locator, msgid: str) -> Locator:
    """A text field or text area by its label."""
    return scope.get_by_role("textbox", name=_label(msgid))


def choice(scope: Page | Locator, msgid: str) -> Locator:
    """A drop-down list by its label."""
    return scope.get_by_role("combobox", name=_label(msgid))


def heading(page: Page) -> Locator:
    return page.get_by_role("heading", level=1)


def skip_link(page: Page) -> Locator:
    return page.get_by_role("link", name=sv("Skip to content"))


def message(page: Page, text: str) -> Locator:
    """A message shown after an action (success or refusal)."""
    return page.get_by_text(text)


# --- Upload and the check report (principal) ---


def upload_plan(page: Page, name: str, content: bytes, *, year: str | None = None) -> None:
    """Choose the school year (when given) and the file in the upload form on this page, and send it."""
    if year is not None:
        choice(page, "School year").select_option(label=year)
    page.get_by_label(_label("Plan (.docx)")).set_input_files(
        {"name": name, "mimeType": DOCX, "buffer": content}
    )
    page.get_by_role("button", name=sv("Upload"), exact=True).click()


UPLOAD_QUEUED = "Uploaded. Waiting for the check to start …"
UPLOAD_CHECKED = "Checked: {met} met, {partial} partly met, {missing} missing, {findings} findings."


def upload_progress(page: Page, msgid: str) -> Locator:
    """The live message under the upload form while the file goes up and the check runs."""
    pattern = re.escape(sv(msgid))
    pattern = re.sub(r"\\\{\w+\\\}", r"\\d+", pattern)  # {met} … are counts
    return page.get_by_role("status").filter(has_text=re.compile(pattern))


def report_link(page: Page) -> Locator:
    """Shown under the upload form once the check is done."""
    return page.get_by_role("link", name=sv("Read the check report"))


def check_status(page: Page, msgid: str) -> Locator:
    """The version page's check status ("Waiting for a worker", "Checking", "Checked", "Failed")."""
    return page.get_by_text(re.compile(re.escape(sv(msgid)) + "$"))


def report_row(page: Page, requirement_title: str) -> Locator:
    """The check report's row of one requirement."""
    return page.get_by_role("row").filter(has=page.get_by_role("rowheader", name=requirement_title))


def result_text(status: str) -> str:
    """A requirement's result as the report shows it: symbol and word, e.g. "✗ Saknas"."""
    words = {"met": "Met", "partial": "Partly met", "missing": "Missing"}
    return f"{RESULT_SYMBOLS[status]} {sv(words[status])}"


def finding(page: Page, text: str) -> Locator:
    """A finding of the check (personal identity number, image without alt text …) showing `text`."""
    return page.get_by_role("listitem").filter(has_text=text)


# --- The review page (reviewer and school) ---


def transition_button(page: Page, msgid: str) -> Locator:
    """A workflow step: "submit the plan", "start the review", "request changes", "approve the plan"."""
    return page.get_by_role("button", name=action(msgid), exact=True)


def decide(page: Page, msgid: str, note: str = "", *, confirm: bool = False) -> None:
    """Take a workflow step; request changes and approve carry a note for the school. confirm:
    tick "approve all the same" when the page lists open problems (issue 14.6)."""
    form = page.locator("form").filter(has=transition_button(page, msgid))
    if note:
        form.get_by_role("textbox").fill(note)  # each step's own note, labelled for that step
    box = form.get_by_role("checkbox")
    if confirm and box.count():
        box.check()
    transition_button(page, msgid).click()


def add_feedback(page: Page, *, about: str, severity_msgid: str, text: str) -> None:
    choice(page, "About").select_option(label=about)
    choice(page, "Severity").select_option(label=sv(severity_msgid))
    field(page, "Feedback").fill(text)
    page.get_by_role("button", name=sv("Save feedback")).click()


def feedback_item(page: Page, text: str) -> Locator:
    """The feedback item whose text is `text` (with its thread, state and buttons)."""
    return page.get_by_role("listitem").filter(has_text=text).first


def answer(item: Locator, text: str, *, version: int | None = None) -> None:
    field(item, "Reply").fill(text)
    if version is not None:
        choice(item, "Addressed in version").select_option(str(version))
    item.get_by_role("button", name=sv("Send reply")).click()


def item_button(item: Locator, msgid: str) -> Locator:
    """An item's step for the reviewer: "resolve", "reopen", "drop"."""
    return item.get_by_role("button", name=action(msgid), exact=True)


# --- The district overview ---


def overview_filter(page: Page, msgid: str) -> Locator:
    """One of the filters: "School year", "Area", "School form", "Status"."""
    return choice(page, msgid)


def show_button(page: Page) -> Locator:
    return page.get_by_role("button", name=sv("Show"), exact=True)


def matrix_schools(page: Page) -> Locator:
    """The schools (row headers) of the table of schools and requirements, top to bottom."""
    table = page.get_by_role("table").filter(has=page.get_by_role("columnheader", name=sv("Checked version")))
    return table.get_by_role("rowheader")


def export_link(page: Page, msgid: str) -> Locator:
    """ "CSV file" or "Excel file (XLSX)"."""
    return page.get_by_role("link", name=sv(msgid))


def plan_status(page: Page, msgid: str) -> Locator:
    """The plan's review status as the review page states it ("In review", "Approved" …)."""
    return page.get_by_text(sv(msgid), exact=True).first
