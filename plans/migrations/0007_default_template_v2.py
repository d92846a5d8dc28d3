"""Install the shipped default template's newest version (plans/data/default_template.json).

Version 2 (2026-11): "Utvärdering"/"Evaluation" also head this year's evaluation plan; minority
rights' actions are things a school does (not "språk" alone) and mother-tongue tuition in general is
recognised. Databases that got version 1 keep it (check runs point at it); new checks use the newest.
"""

import importlib

from django.db import migrations

install = importlib.import_module("plans.migrations.0004_default_template").install


class Migration(migrations.Migration):
    dependencies = [("plans", "0006_rolegrant_is_deputy")]
    operations = [migrations.RunPython(install, migrations.RunPython.noop)]
