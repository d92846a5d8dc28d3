"""A district administrator filters the district overview and downloads what is shown as CSV and XLSX."""

from __future__ import annotations

import csv
import io

import openpyxl  # type: ignore[import-untyped]
import pytest
from playwright.sync_api import Page, expect

from plans.demo.district import REVIEW_YEAR
from tests.browser import pages
from tests.browser.pages import sv
from tests.browser.worlds import build_demo

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

COMPULSORY_SCHOOLS = [
    "Björkdalsskolan",
    "Ekbackens skola",
    "Exempelstad International School",
    "Tallåsens skola",
]


def test_district_admin_filters_the_overview_and_downloads_csv_and_xlsx_of_what_is_shown(
    live_server, page: Page
) -> None:
    demo = build_demo()
    pages.sign_in(page, live_server.url, "admin", demo.passwords["admin"])
    pages.main_menu(page, "Overview").click()
    expect(pages.heading(page)).to_have_text(f"{sv('District overview')} {REVIEW_YEAR}")
    expect(pages.matrix_schools(page)).to_have_count(8)

    pages.overview_filter(page, "Area").select_option(label="Grundskoleavdelningen")
    pages.overview_filter(page, "School form").select_option(label=sv("Compulsory school"))
    pages.show_button(page).click()
    expect(pages.matrix_schools(page)).to_have_count(len(COMPULSORY_SCHOOLS))
    shown = [name.strip() for name in pages.matrix_schools(page).all_inner_texts()]
    assert sorted(shown) == COMPULSORY_SCHOOLS

    with page.expect_download() as csv_download:
        pages.export_link(page, "CSV file").click()
    assert csv_download.value.suggested_filename == f"oversikt-{REVIEW_YEAR.replace('/', '-')}.csv"
    text = csv_download.value.path().read_bytes().decode("utf-8-sig")
    lines = list(csv.reader(io.StringIO(text), delimiter=";"))
    # What the file shows comes first (year, filters, time), then an empty line, then the table.
    assert lines[0][0].endswith(REVIEW_YEAR) and lines[3] == []
    header, *rows = lines[4:]
    assert header[:2] == [sv("School"), sv("School unit code")]
    assert [row[0] for row in rows] == shown
    assert {row[header.index(sv("Area"))] for row in rows} == {"Grundskoleavdelningen"}

    pages.overview_filter(page, "Status").select_option(label=sv("Approved"))
    pages.show_button(page).click()
    expect(pages.matrix_schools(page)).to_have_text(["Ekbackens skola"])

    with page.expect_download() as xlsx_download:
        pages.export_link(page, "Excel file (XLSX)").click()
    assert xlsx_download.value.suggested_filename.endswith(".xlsx")
    sheet = openpyxl.load_workbook(io.BytesIO(xlsx_download.value.path().read_bytes())).active
    header, *rows = [list(row) for row in sheet.iter_rows(min_row=5, values_only=True)]
    assert [row[0] for row in rows] == ["Ekbackens skola"]
    assert rows[0][header.index(sv("Status"))] == sv("Approved")
