"""Private storage for readiness plans (equality and inclusion plans).

Plans are board documents that only the association and its coordinators may
read, so they live outside MEDIA_ROOT (which is served at MEDIA_URL) and have
no URL at all: the only way to read one is the scoped download view
`readiness:plan_file`.

The folder is `settings.PRIVATE_MEDIA_ROOT` (default BASE_DIR/var/private),
read at every use rather than once at import, so that tests and deployments
that override the setting are obeyed.
"""

import os
from pathlib import Path

from django.conf import settings
from django.core.files.storage import FileSystemStorage


def private_media_root() -> Path:
    return Path(getattr(settings, "PRIVATE_MEDIA_ROOT", None) or Path(settings.BASE_DIR) / "var" / "private")


class PrivateStorage(FileSystemStorage):
    """A FileSystemStorage rooted in PRIVATE_MEDIA_ROOT that refuses to make URLs.

    Django's `base_url=None` means "fall back to MEDIA_URL", which would give
    private files a public-looking URL; `url()` therefore raises instead."""

    def __init__(self):
        super().__init__(base_url=None)

    # Properties, not the parent's cached properties: the setting may change (tests).
    @property
    def base_location(self):
        return private_media_root()

    @property
    def location(self):
        return os.path.abspath(self.base_location)

    def url(self, name):
        raise ValueError("Private files have no URL; stream them through a scoped view.")


_storage = PrivateStorage()


def private_storage() -> PrivateStorage:
    """The storage of plan files (a callable, so migrations refer to it by name)."""
    return _storage
