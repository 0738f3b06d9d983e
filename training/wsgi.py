"""WSGI entry point (gunicorn training.wsgi)."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "training.settings.production")

application = get_wsgi_application()

# Build the URL reverse tables of every language now, not in the first request
# that needs each one (about 600 ms on the first hobby-offering page of a worker).
from training.url_warmup import populate_reverse_tables  # noqa: E402 (needs the settings loaded above)

populate_reverse_tables()
