"""Private storage for readiness plans (equality and inclusion plans).

Plans are board documents that only the association and its coordinators may
read, so they live in the "private" storage (settings.STORAGES, see
training/storage.py): PRIVATE_MEDIA_ROOT on local disk, outside MEDIA_ROOT, or
the private bucket with MEDIA_STORAGE=s3. They have no URL at all: the only
way to read one is the scoped download view `readiness:plan_file`, which
streams it.

`private_storage` stays importable from here: migration 0004 names it.
"""

from training.storage import LocalPrivateStorage, private_media_root, private_storage

# The old name of the local backend, for code that still imports it.
PrivateStorage = LocalPrivateStorage

__all__ = ["PrivateStorage", "private_media_root", "private_storage"]
