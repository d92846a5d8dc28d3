from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class WorkerConfig(AppConfig):
    name = "worker"
    verbose_name = _("Background work")

    def ready(self) -> None:
        # Register every task in web processes too, so jobs sent by name resolve (and eager mode works).
        from worker import tasks  # noqa: F401
