"""python manage.py loaddemo: the demo district for the README's run command (idempotent)."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser

from plans.demo.district import DISTRICT, load_demo


class Command(BaseCommand):
    help = "Load the demo district (fictional schools, one user per role, a few plans) and print the users."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--force", action="store_true", help="load even when DEBUG is off")

    def handle(self, *args: Any, **options: Any) -> None:
        if not settings.DEBUG and not options["force"]:
            raise CommandError(
                "DEBUG is off: the demo users have published passwords. Use --force to load anyway."
            )
        summary = load_demo()
        self.stdout.write(f"Demo district: {DISTRICT}")
        if summary.uploaded:
            self.stdout.write("Uploaded plans (checks queued for the worker): " + "; ".join(summary.uploaded))
        self.stdout.write("Demo users (username / password: role):")
        for user in summary.users:
            self.stdout.write(f"  {user.username} / {user.password}: {user.description}")
