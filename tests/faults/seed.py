"""The fault suite's world, written once into the template database by its own process:
`DATABASE_URL=… python -m tests.faults.seed` prints the tokens and school codes as JSON.

A district with one area and four schools, the school year 2025/26, a principal of every school
and two reviewers of the area, each with a personal API token.
"""

from __future__ import annotations

import json
import os
import sys

import django


def main() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    django.setup()

    from api.tokens import create_token
    from plans.models import Role
    from tests.factories import (
        AreaFactory,
        DistrictFactory,
        RoleGrantFactory,
        SchoolFactory,
        SchoolYearFactory,
        UserFactory,
    )

    district = DistrictFactory(name="Exempelstad")
    area = AreaFactory(district=district, name="Grundskoleavdelningen")
    codes = ["11111111", "22222222", "33333333", "44444444"]
    schools = [SchoolFactory(area=area, name=f"Skola {code[0]}", skolenhetskod=code) for code in codes]
    SchoolYearFactory(district=district, label="2025/26")
    principal = UserFactory(username="rektor")
    for school in schools:
        RoleGrantFactory(user=principal, role=Role.PRINCIPAL, school=school, district=district)
    tokens = {"principal": create_token(user=principal)[0]}
    for name in ("reviewer", "reviewer2"):
        reviewer = UserFactory(username=name)
        RoleGrantFactory(user=reviewer, role=Role.REVIEWER, area=area, district=district)
        tokens[name] = create_token(user=reviewer)[0]
    json.dump({"tokens": tokens, "schools": codes, "year": "2025/26"}, sys.stdout)


if __name__ == "__main__":
    main()
