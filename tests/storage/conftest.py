"""A real S3-speaking server on 127.0.0.1 (moto in server mode) for the whole
session, and per test a fresh pair of buckets (public media, private files)
that STORAGES points at, set up by `check_storage --create-buckets`'s code.

Skipped cleanly only where moto cannot start (not installed, no free port)."""

import uuid
from types import SimpleNamespace

import pytest

from tests.associations.conftest import world  # noqa: F401  (the shared scope world)
from training import storage_checks, storage_settings

KEY_ID = "kohtaamo-test-key"
SECRET = "kohtaamo-test-secret"


@pytest.fixture(scope="session")
def s3_endpoint():
    try:
        from moto.server import ThreadedMotoServer
    except ImportError as error:
        pytest.skip(f"moto[server] is not installed: {error}")
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    try:
        server.start()
        host, port = server.get_host_and_port()
    except Exception as error:  # no socket, no thread: the S3 tests cannot run here
        pytest.skip(f"moto server cannot start: {error}")
    yield f"http://{host}:{port}"
    server.stop()


def s3_environ(endpoint: str, public_bucket: str, private_bucket: str, **extra) -> dict:
    return {
        "MEDIA_STORAGE": "s3",
        "AWS_S3_ENDPOINT_URL": endpoint,
        "AWS_S3_REGION_NAME": "us-east-1",
        "AWS_ACCESS_KEY_ID": KEY_ID,
        "AWS_SECRET_ACCESS_KEY": SECRET,
        "AWS_STORAGE_BUCKET_NAME": public_bucket,
        "AWS_PRIVATE_BUCKET_NAME": private_bucket,
        "AWS_S3_CONNECT_TIMEOUT": "1",
        "AWS_S3_MAX_ATTEMPTS": "1",
        **extra,
    }


def s3_storages(environ: dict) -> dict:
    return storage_settings.storages(environ, "django.contrib.staticfiles.storage.StaticFilesStorage")


@pytest.fixture
def s3(settings, s3_endpoint):
    """STORAGES on two fresh buckets of the moto server, created and locked
    down as an operator would (`check_storage --create-buckets`)."""
    import boto3

    suffix = uuid.uuid4().hex[:12]
    public, private = f"media-{suffix}", f"private-{suffix}"
    settings.STORAGES = s3_storages(s3_environ(s3_endpoint, public, private))
    storage_checks.create_buckets()
    client = boto3.client(
        "s3", endpoint_url=s3_endpoint, aws_access_key_id=KEY_ID, aws_secret_access_key=SECRET, region_name="us-east-1"
    )
    return SimpleNamespace(endpoint=s3_endpoint, public=public, private=private, client=client)


def keys(client, bucket: str) -> list[str]:
    return [item["Key"] for item in client.list_objects_v2(Bucket=bucket).get("Contents", [])]
