"""Install the shipped default template's newest version (plans/data/default_template.json).

Version 3 (2026-11): wider vocabulary from the held-out plans written in other styles — English
international-school titles (Head of School, Director) and forums (student council, tutor time),
owner and time words for measures written in prose, acute-routine steps in "du"-voice and English,
past-tense and effect forms for last year's account ("genomfört" alone is no longer an effect).
Databases that got earlier versions keep them (check runs point at them); new checks use the newest.
"""

import importlib

from django.db import migrations

install = importlib.import_module("plans.migrations.0004_default_template").install


class Migration(migrations.Migration):
    dependencies = [("plans", "0007_default_template_v2")]
    operations = [migrations.RunPython(install, migrations.RunPython.noop)]
