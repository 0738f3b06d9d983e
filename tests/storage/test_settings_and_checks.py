"""MEDIA_STORAGE from the environment, and the start-up checks that report a
missing or unreachable bucket clearly (never a traceback, never a 500)."""

import pytest
from django.core.management import CommandError, call_command

from tests.storage.conftest import s3_environ, s3_storages
from training import storage_checks, storage_settings

STATIC = "django.contrib.staticfiles.storage.StaticFilesStorage"


def test_without_media_storage_files_stay_on_local_disk():
    chosen = storage_settings.storages({}, STATIC)
    assert chosen["default"]["BACKEND"] == "django.core.files.storage.FileSystemStorage"
    assert chosen["private"]["BACKEND"] == "training.storage.LocalPrivateStorage"
    assert chosen["staticfiles"]["BACKEND"] == STATIC


def test_s3_needs_both_bucket_names():
    with pytest.raises(storage_settings.StorageConfigError, match="AWS_PRIVATE_BUCKET_NAME"):
        storage_settings.storages({"MEDIA_STORAGE": "s3", "AWS_STORAGE_BUCKET_NAME": "media"}, STATIC)


def test_s3_refuses_one_bucket_for_public_and_private_files():
    environ = s3_environ("http://127.0.0.1:1", "same", "same")
    with pytest.raises(storage_settings.StorageConfigError, match="different bucket"):
        storage_settings.storages(environ, STATIC)


def test_unknown_media_storage_is_refused():
    with pytest.raises(storage_settings.StorageConfigError, match="'local' or 's3'"):
        storage_settings.media_storage_kind({"MEDIA_STORAGE": "ftp"})


def test_public_bucket_gets_unsigned_urls_and_the_private_one_signed_private_acl():
    chosen = s3_storages(s3_environ("http://127.0.0.1:1", "media", "private"))
    assert chosen["default"]["OPTIONS"]["querystring_auth"] is False
    assert chosen["private"]["OPTIONS"]["default_acl"] == "private"


def test_content_security_policy_names_the_public_media_origin():
    chosen = s3_storages(s3_environ("http://127.0.0.1:9000", "media", "private"))
    assert storage_settings.public_media_origins(chosen) == ["http://127.0.0.1:9000"]
    custom = s3_storages(s3_environ("http://127.0.0.1:9000", "media", "private", AWS_S3_CUSTOM_DOMAIN="cdn.example/m"))
    assert storage_settings.public_media_origins(custom) == ["https://cdn.example"]
    assert storage_settings.public_media_origins(storage_settings.storages({}, STATIC)) == []


def test_check_storage_passes_for_created_buckets(s3, capsys):
    call_command("check_storage")
    out = capsys.readouterr().out
    assert f"OK    public media: bucket {s3.public} answers" in out
    assert f"OK    private files: bucket {s3.private} answers" in out


def test_check_storage_names_a_missing_bucket(settings, s3_endpoint, capsys):
    settings.STORAGES = s3_storages(s3_environ(s3_endpoint, "no-such-media", "no-such-private"))
    with pytest.raises(CommandError, match="not usable"):
        call_command("check_storage")
    err = capsys.readouterr().err
    assert "FAIL  public media: bucket no-such-media: the bucket does not exist" in err
    assert "FAIL  private files: bucket no-such-private: the bucket does not exist" in err


def test_check_storage_names_an_unreachable_endpoint(settings, capsys):
    settings.STORAGES = s3_storages(s3_environ("http://127.0.0.1:9", "media", "private"))
    with pytest.raises(CommandError):
        call_command("check_storage")
    assert "cannot reach the object store" in capsys.readouterr().err


def test_create_buckets_makes_them_and_is_idempotent(settings, s3_endpoint, capsys):
    settings.STORAGES = s3_storages(s3_environ(s3_endpoint, "fresh-media", "fresh-private"))
    call_command("check_storage", "--create-buckets")
    call_command("check_storage", "--create-buckets")
    assert "bucket fresh-media exists" in capsys.readouterr().out


def test_public_bucket_policy_allows_reading_objects_only(s3):
    import json

    policy = json.loads(s3.client.get_bucket_policy(Bucket=s3.public)["Policy"])
    assert [statement["Action"] for statement in policy["Statement"]] == ["s3:GetObject"]
    assert policy["Statement"][0]["Resource"] == f"arn:aws:s3:::{s3.public}/*"


def test_private_bucket_blocks_public_access(s3):
    block = s3.client.get_public_access_block(Bucket=s3.private)["PublicAccessBlockConfiguration"]
    assert all(block.values())
    assert storage_checks.private_bucket_warnings() == []


def test_deploy_check_reports_an_unusable_bucket_as_an_error(settings):
    settings.STORAGES = s3_storages(s3_environ("http://127.0.0.1:9", "media", "private"))
    errors = storage_checks.check_storage_reachable()
    assert [error.id for error in errors] == ["training.E101", "training.E101"]
    assert "docs/operations.md" in errors[0].hint


def test_local_folders_pass_the_deploy_check(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private"
    assert storage_checks.check_storage_reachable() == []
