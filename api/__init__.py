"""REST API v1 (Django REST Framework): an interface layer with no rules of its own."""
