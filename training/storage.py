"""The storage backends named in settings.STORAGES (training/storage_settings.py).

- "default": public media. Local disk (FileSystemStorage) or
  `storage_s3.PublicMediaS3Storage`: objects readable by anyone through the bucket policy,
  with plain unsigned URLs.
- "private": files that only scoped views may read (readiness plans).
  `LocalPrivateStorage` (PRIVATE_MEDIA_ROOT, outside MEDIA_ROOT) or
  `storage_s3.PrivateS3Storage` (a separate bucket, every object ACL "private"). Neither
  ever makes a URL: the scoped view checks the reader and streams the bytes
  itself, so no link to a private file exists that could be forwarded, logged
  by a proxy or kept in a browser history, and the object store need not be
  reachable from the internet at all.

`private_storage()` is what model fields use: it follows STORAGES["private"]
even when tests change the setting after the models were loaded.
"""

import os
from pathlib import Path

from django.conf import settings
from django.core.files.storage import FileSystemStorage, Storage, storages
from django.core.signals import setting_changed
from django.dispatch import receiver
from django.utils.functional import LazyObject, empty

NO_URL_MESSAGE = "Private files have no URL; stream them through a scoped view."


def private_media_root() -> Path:
    return Path(getattr(settings, "PRIVATE_MEDIA_ROOT", None) or Path(settings.BASE_DIR) / "var" / "private")


class LocalPrivateStorage(FileSystemStorage):
    """A FileSystemStorage rooted in PRIVATE_MEDIA_ROOT that refuses to make URLs.

    Django's `base_url=None` means "fall back to MEDIA_URL", which would give
    private files a public-looking URL; `url()` therefore raises instead."""

    def __init__(self, **options):
        super().__init__(base_url=None)

    # Properties, not the parent's cached properties: the setting may change (tests).
    @property
    def base_location(self):
        return private_media_root()

    @property
    def location(self):
        return os.path.abspath(self.base_location)

    def url(self, name):
        raise ValueError(NO_URL_MESSAGE)


class _PrivateStorage(LazyObject):
    def _setup(self):
        configured = getattr(settings, "STORAGES", {})
        self._wrapped = storages["private"] if "private" in configured else LocalPrivateStorage()


_private = _PrivateStorage()


@receiver(setting_changed)
def _follow_storages_setting(*, setting, **kwargs):
    if setting == "STORAGES":
        _private._wrapped = empty


def private_storage() -> Storage:
    """The storage of private files (a callable, so migrations refer to it by name)."""
    return _private


def storage_errors() -> tuple[type[BaseException], ...]:
    """The exceptions a storage raises when it cannot be reached or refuses
    (disk errors; with S3, botocore's), for views that turn them into a
    "try again" message instead of a 500."""
    try:
        from botocore.exceptions import BotoCoreError, ClientError
    except ImportError:  # local-disk install without boto3
        return (OSError,)
    return (OSError, BotoCoreError, ClientError)
