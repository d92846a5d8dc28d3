"""The API's own rows: personal and service tokens (tokens.py) and webhooks (webhooks.py)."""

from api.models.tokens import ApiToken
from api.models.webhooks import *  # noqa: F403 - the webhook models, listed in webhooks.__all__

__all__ = ["ApiToken"]
