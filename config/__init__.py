"""The project: settings, URLs, WSGI. No models and no rules live here."""

from worker.celery import app as celery_app

__all__ = ["celery_app"]
