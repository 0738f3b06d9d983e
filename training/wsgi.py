"""WSGI entry point (gunicorn training.wsgi)."""

import gc
import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "training.settings.production")

application = get_wsgi_application()

# Build the URL reverse tables of every language now, not in the first request
# that needs each one (about 600 ms on the first hobby-offering page of a worker).
from training.url_warmup import populate_reverse_tables  # noqa: E402 (needs the settings loaded above)

populate_reverse_tables()

# Then move everything start-up loaded (modules, URL tables: some 300,000
# objects) out of the garbage collector's generations, so that a full
# collection walks only what requests created since. Measured in process
# (docs/performance.md): a full collection paused a request for 180 ms with
# them, 40 ms without. They live as long as the process anyway.
gc.freeze()
