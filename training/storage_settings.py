"""Where files live, read from the environment (imported by the settings).

Two kinds of files, kept apart:

- public media (Wagtail images and their renditions, documents and lesson
  audio, badge and issuer images): anyone with the link may read them;
- private files (readiness plans): only a scoped view may read them, and it
  streams them (`readiness:plan_file`); they have no URL of their own.

Without `MEDIA_STORAGE` (or with `MEDIA_STORAGE=local`) both stay on the local
disk exactly as before: MEDIA_ROOT for media, PRIVATE_MEDIA_ROOT for private
files. With `MEDIA_STORAGE=s3` both go to an S3-compatible object store, each
to its own bucket:

    AWS_S3_ENDPOINT_URL          https://s3.example.org (empty: Amazon S3 itself)
    AWS_S3_REGION_NAME           e.g. eu-north-1 (default us-east-1)
    AWS_ACCESS_KEY_ID            key id of the application's account
    AWS_SECRET_ACCESS_KEY        its secret
    AWS_STORAGE_BUCKET_NAME      the public media bucket
    AWS_PRIVATE_BUCKET_NAME      the private bucket (must differ from the public one)
    AWS_S3_CUSTOM_DOMAIN         optional host (and path) that serves the public bucket
    AWS_S3_ADDRESSING_STYLE      "path" or "virtual" (default: path with an endpoint URL)

Nothing here talks to the network: `manage.py check_storage` and
`manage.py check --deploy` do (training/storage_checks.py).
"""

from collections.abc import Mapping
from urllib.parse import urlsplit

LOCAL = "local"
S3 = "s3"


class StorageConfigError(Exception):
    """The environment asks for object storage but leaves out what it needs."""


def media_storage_kind(environ: Mapping[str, str]) -> str:
    kind = (environ.get("MEDIA_STORAGE") or LOCAL).strip().lower()
    if kind not in {LOCAL, S3}:
        raise StorageConfigError(f"MEDIA_STORAGE must be 'local' or 's3', not {kind!r}.")
    return kind


def _s3_options(environ: Mapping[str, str], bucket: str) -> dict:
    endpoint = environ.get("AWS_S3_ENDPOINT_URL", "").strip() or None
    addressing = environ.get("AWS_S3_ADDRESSING_STYLE", "").strip() or ("path" if endpoint else None)
    return {
        "bucket_name": bucket,
        "endpoint_url": endpoint,
        "region_name": environ.get("AWS_S3_REGION_NAME", "").strip() or "us-east-1",
        "access_key": environ.get("AWS_ACCESS_KEY_ID", "").strip() or None,
        "secret_key": environ.get("AWS_SECRET_ACCESS_KEY", "").strip() or None,
        "addressing_style": addressing,
        # Uploads never replace an object of the same name; a new name is chosen.
        "file_overwrite": False,
        "client_config": _client_config(environ, addressing),
    }


def _client_config(environ: Mapping[str, str], addressing_style: str | None):
    # Short timeouts and few retries: an unreachable object store costs a
    # request seconds, not minutes (imported here: only S3 mode needs botocore).
    from botocore.config import Config

    return Config(
        s3={"addressing_style": addressing_style},
        signature_version="s3v4",
        connect_timeout=float(environ.get("AWS_S3_CONNECT_TIMEOUT", "3")),
        read_timeout=float(environ.get("AWS_S3_READ_TIMEOUT", "20")),
        retries={"max_attempts": int(environ.get("AWS_S3_MAX_ATTEMPTS", "3")), "mode": "standard"},
    )


def s3_storages(environ: Mapping[str, str]) -> dict:
    """The "default" (public media) and "private" entries for MEDIA_STORAGE=s3."""
    public_bucket = environ.get("AWS_STORAGE_BUCKET_NAME", "").strip()
    private_bucket = environ.get("AWS_PRIVATE_BUCKET_NAME", "").strip()
    missing = [
        name
        for name, value in (("AWS_STORAGE_BUCKET_NAME", public_bucket), ("AWS_PRIVATE_BUCKET_NAME", private_bucket))
        if not value
    ]
    if missing:
        raise StorageConfigError(f"MEDIA_STORAGE=s3 needs {', '.join(missing)} in the environment.")
    if public_bucket == private_bucket:
        raise StorageConfigError("AWS_PRIVATE_BUCKET_NAME must name a different bucket than AWS_STORAGE_BUCKET_NAME.")
    public = _s3_options(environ, public_bucket)
    # Public objects get plain, unsigned URLs (readable through the bucket policy
    # that `check_storage --create-buckets` sets), optionally on a custom domain.
    public.update(
        querystring_auth=False,
        custom_domain=environ.get("AWS_S3_CUSTOM_DOMAIN", "").strip().strip("/") or None,
        default_acl=None,
    )
    private = _s3_options(environ, private_bucket)
    private.update(querystring_auth=True, default_acl="private")
    return {
        "default": {"BACKEND": "training.storage_s3.PublicMediaS3Storage", "OPTIONS": public},
        "private": {"BACKEND": "training.storage_s3.PrivateS3Storage", "OPTIONS": private},
    }


def local_storages() -> dict:
    return {
        "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
        "private": {"BACKEND": "training.storage.LocalPrivateStorage"},
    }


def storages(environ: Mapping[str, str], staticfiles_backend: str) -> dict:
    """Django's STORAGES: "default" (public media), "private" and "staticfiles"."""
    chosen = s3_storages(environ) if media_storage_kind(environ) == S3 else local_storages()
    return {**chosen, "staticfiles": {"BACKEND": staticfiles_backend}}


def public_media_origins(storages_setting: Mapping) -> list[str]:
    """The scheme://host origins that serve public media when it is not this
    site (for the Content-Security-Policy's img-src and media-src); empty for
    local disk."""
    options = storages_setting.get("default", {}).get("OPTIONS", {})
    bucket = options.get("bucket_name")
    if options.get("custom_domain"):
        return ["https://" + options["custom_domain"].split("/")[0]]
    if not bucket:
        return []
    endpoint = options.get("endpoint_url")
    if not endpoint:
        # Amazon S3 names a bucket by its global or its regional host.
        return [f"https://{bucket}.s3.amazonaws.com", f"https://{bucket}.s3.{options['region_name']}.amazonaws.com"]
    parts = urlsplit(endpoint)
    if options.get("addressing_style") == "virtual":
        return [f"{parts.scheme}://{bucket}.{parts.netloc}"]
    return [f"{parts.scheme}://{parts.netloc}"]
