"""Install the shipped default template (plans/data/default_template.json) as version 1."""

import json
from pathlib import Path

from django.db import migrations

DATA = Path(__file__).resolve().parent.parent / "data" / "default_template.json"


def install(apps, schema_editor):  # type: ignore[no-untyped-def]
    PlanTemplate = apps.get_model("plans", "PlanTemplate")
    Requirement = apps.get_model("plans", "Requirement")
    data = json.loads(DATA.read_text(encoding="utf-8"))
    template, created = PlanTemplate.objects.get_or_create(
        district=None, key=data["key"], version=data["version"], defaults={"name": data["name"]}
    )
    if not created:
        return
    for order, item in enumerate(data["requirements"]):
        Requirement.objects.create(
            template=template,
            order=order,
            key=item["key"],
            title_sv=item["title_sv"],
            title_en=item["title_en"],
            legal_basis=item.get("legal_basis", ""),
            required=item.get("required", True),
            headings=item.get("headings", []),
            signals=item.get("signals", {}),
            advice_sv=item.get("advice_sv", ""),
            advice_en=item.get("advice_en", ""),
        )


class Migration(migrations.Migration):
    dependencies = [("plans", "0003_templates_and_results")]
    operations = [migrations.RunPython(install, migrations.RunPython.noop)]
