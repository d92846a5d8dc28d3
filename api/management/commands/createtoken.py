"""python manage.py createtoken USERNAME [--service] [--days N] [--name TEXT]: print a new token."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.models import User
from django.core.management.base import BaseCommand, CommandError, CommandParser

from api import tokens
from plans.errors import PlansError


class Command(BaseCommand):
    help = "Create an API token for a user and print it once (it is stored only as a digest)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("username")
        parser.add_argument(
            "--service", action="store_true", help="a read-only token of a service account, for its district"
        )
        parser.add_argument("--days", type=int, default=None, help="valid for this many days")
        parser.add_argument("--name", default="", help="what the token is for")

    def handle(self, *args: Any, **options: Any) -> None:
        user = User.objects.filter(username=options["username"]).first()
        if user is None:
            raise CommandError(f"No user {options['username']!r}.")
        try:
            key, token = tokens.create_token(
                user=user, service=options["service"], days=options["days"], name=options["name"]
            )
        except PlansError as error:
            raise CommandError(error.message) from None
        self.stderr.write(
            f"Token for {user.get_username()} ({'service, read only' if token.is_service else 'personal'}), "
            f"valid until {token.expires_at:%Y-%m-%d}. Shown once:"
        )
        self.stdout.write(key)
