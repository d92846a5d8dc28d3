from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ApiConfig(AppConfig):
    name = "api"
    verbose_name = _("REST API")

    def ready(self) -> None:
        # Webhook tasks are registered wherever Django runs (web processes send them too).
        from api import tasks  # noqa: F401
