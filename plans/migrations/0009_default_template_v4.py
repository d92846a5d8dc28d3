"""Install the shipped default template's newest version (plans/data/default_template.json).

Version 4 (2026-12, engine-4): heading variants for measures and acute routines written as plain
words ("Det här gör vi", "Om något händer", "If something happens"), slogans and vision phrases
that make promotive work partial (BRIEF §6.6), "talk to" as the investigating step. Databases that
got earlier versions keep them (check runs point at them); new checks use the newest.
"""

import importlib

from django.db import migrations

install = importlib.import_module("plans.migrations.0004_default_template").install


class Migration(migrations.Migration):
    dependencies = [("plans", "0008_default_template_v3")]
    operations = [migrations.RunPython(install, migrations.RunPython.noop)]
