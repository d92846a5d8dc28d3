"""The Celery app and its thin tasks: an interface layer, like api/."""
