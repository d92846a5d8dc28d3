"""Install the shipped default template's newest version (plans/data/default_template.json).

Version 5 (2026-12, engine-5): plain-language heading variants ("Det här såg vi", "Föräldrar",
"Elevernas röst", "Om någon blir kränkt", "Review"), the evaluation plan's students' part read as a
forum (not every sentence that names pupils), "varje" and "ansvarig" alone no time or owner of a
measure, "fått information" as information only. Databases that got earlier versions keep them
(check runs point at them); new checks use the newest.
"""

import importlib

from django.db import migrations

install = importlib.import_module("plans.migrations.0004_default_template").install


class Migration(migrations.Migration):
    dependencies = [("plans", "0010_requirementresult_parts")]
    operations = [migrations.RunPython(install, migrations.RunPython.noop)]
