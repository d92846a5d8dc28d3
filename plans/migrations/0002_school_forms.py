"""The fixed school forms as rows, so a school can hold several (Skollagen's names since 2 July 2023)."""

from django.db import migrations

CODES = [
    "forskola",
    "forskoleklass",
    "grundskola",
    "anpassad_grundskola",
    "fritidshem",
    "gymnasieskola",
    "anpassad_gymnasieskola",
]


def create_forms(apps, schema_editor):  # type: ignore[no-untyped-def]
    SchoolForm = apps.get_model("plans", "SchoolForm")
    for code in CODES:
        SchoolForm.objects.get_or_create(code=code)


class Migration(migrations.Migration):
    dependencies = [("plans", "0001_initial")]
    operations = [migrations.RunPython(create_forms, migrations.RunPython.noop)]
