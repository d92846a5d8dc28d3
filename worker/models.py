"""Heartbeats: when a worker (or the sweep) last reported."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Heartbeat(models.Model):
    name = models.CharField(_("name"), max_length=200, unique=True)
    seen_at = models.DateTimeField(_("last seen"))

    class Meta:
        verbose_name = _("heartbeat")
        verbose_name_plural = _("heartbeats")

    def __str__(self) -> str:
        return f"{self.name} {self.seen_at:%Y-%m-%d %H:%M:%S}"
