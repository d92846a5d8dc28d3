"""Bulk import of schools from CSV: dry run lists errors by line; with any error nothing is written."""

from __future__ import annotations

from pathlib import Path

import pytest
from django.contrib.auth.models import User
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.core.management.base import CommandError
from django.urls import reverse

from plans import services
from plans.errors import NotAllowed
from plans.models import Area, School
from tests.conftest import World, client_for

pytestmark = pytest.mark.django_db

GOOD = (
    "skolenhetskod;namn;skolformer;område\n"
    "55555501;Nya förskolan;förskola;Förskoleavdelningen\n"
    "55555502;Nya skolan;förskoleklass|grundskola|fritidshem;Grundskoleavdelningen\n"
    "11111111;Ekbacken (nytt namn);grundskola;Grundskoleavdelningen\n"
)


def test_import_creates_updates_and_creates_missing_areas(district_admin: User, world: World) -> None:
    report = services.import_schools(district=world.district, text=GOOD, by=district_admin, dry_run=False)
    assert report.applied
    assert report.created == ["55555501", "55555502"]
    assert report.updated == ["11111111"]
    assert report.new_areas == ["Förskoleavdelningen"]
    school = School.objects.get(skolenhetskod="55555502")
    assert sorted(school.forms.values_list("code", flat=True)) == [
        "forskoleklass",
        "fritidshem",
        "grundskola",
    ]
    assert School.objects.get(skolenhetskod="11111111").name == "Ekbacken (nytt namn)"


def test_dry_run_reports_and_writes_nothing(district_admin: User, world: World) -> None:
    report = services.import_schools(district=world.district, text=GOOD, by=district_admin, dry_run=True)
    assert report.created == ["55555501", "55555502"]
    assert not report.applied
    assert not School.objects.filter(skolenhetskod__startswith="555555").exists()
    assert not Area.objects.filter(name="Förskoleavdelningen").exists()


def test_errors_are_listed_by_line_and_nothing_is_imported(district_admin: User, world: World) -> None:
    text = (
        "skolenhetskod,namn,skolformer,område\n"
        "55555501,Bra skola,grundskola,Grundskoleavdelningen\n"
        "1234,Kort kod,grundskola,Grundskoleavdelningen\n"
        "55555503,,grundskola,\n"
        "55555504,Okänd form,folkhögskola,\n"
        "55555501,Dubblett,grundskola,\n"
        "33333333,Annans skola,grundskola,\n"
    )
    report = services.import_schools(district=world.district, text=text, by=district_admin, dry_run=False)
    lines = [line for line, _ in report.errors]
    assert lines == [3, 4, 5, 6, 7]
    assert "8 digits" in report.errors[0][1] or "8 siffror" in report.errors[0][1]
    assert not report.applied
    assert not School.objects.filter(skolenhetskod="55555501").exists()


def test_legacy_form_names_are_understood(district_admin: User, world: World) -> None:
    text = "skolenhetskod;namn;skolformer\n55555501;Särskolan;grundsärskola;\n"
    services.import_schools(district=world.district, text=text, by=district_admin, dry_run=False)
    assert list(School.objects.get(skolenhetskod="55555501").forms.values_list("code", flat=True)) == [
        "anpassad_grundskola"
    ]


def test_windows_1252_files_are_read() -> None:
    assert services.decode_csv("namn;område\nLönnen;Förskola\n".encode("cp1252")).startswith("namn;område")


def test_only_the_districts_admin_may_import(
    principal_a: User, other_district_admin: User, world: World
) -> None:
    for user in (principal_a, other_district_admin):
        with pytest.raises(NotAllowed):
            services.import_schools(district=world.district, text=GOOD, by=user, dry_run=True)


def test_admin_import_page_dry_run_lists_errors_by_line(district_admin: User, world: World) -> None:
    client = client_for(district_admin)
    url = reverse("admin:plans_school_import")
    assert client.get(url).status_code == 200
    bad = "skolenhetskod;namn;skolformer\n55555501;Bra;grundskola\n99;Fel;grundskola\n"
    response = client.post(
        url,
        {"district": world.district.pk, "dry_run": "on", "file": SimpleUploadedFile("s.csv", bad.encode())},
    )
    body = response.content.decode()
    assert response.status_code == 200
    assert "<td>3</td>" in body
    assert not School.objects.filter(skolenhetskod="55555501").exists()


def test_importschools_command(world: World, tmp_path: Path) -> None:
    path = tmp_path / "schools.csv"
    path.write_text(GOOD, encoding="utf-8")
    call_command("importschools", world.district.name, str(path), "--dry-run")
    assert not School.objects.filter(skolenhetskod="55555501").exists()
    call_command("importschools", world.district.name, str(path))
    assert School.objects.filter(skolenhetskod="55555501").exists()
    path.write_text("skolenhetskod;namn;skolformer\n12;x;grundskola\n", encoding="utf-8")
    with pytest.raises(CommandError, match="nothing was imported"):
        call_command("importschools", world.district.name, str(path))
