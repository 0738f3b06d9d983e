"""Is the configured storage there? Probes for `manage.py check_storage`,
`manage.py check --deploy` and anything else that wants to know (a health
endpoint may call `storage_problems()`).

Guarantees: every probe returns a plain message and never raises, whatever is
wrong (no bucket, wrong key, endpoint down, folder not writable); the probes
only read, except `create_buckets()`, which an operator runs on purpose.
"""

import json
import os
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.core import checks
from django.core.files.storage import FileSystemStorage, storages

from training.storage import LocalPrivateStorage

ALIASES = ("default", "private")
LABELS = {"default": "public media", "private": "private files"}


@dataclass(frozen=True)
class StorageState:
    alias: str
    where: str
    ok: bool
    message: str


def _is_s3(storage) -> bool:
    return hasattr(storage, "bucket_name") and hasattr(storage, "connection")


def _storage(alias: str):
    if alias == "private" and "private" not in settings.STORAGES:
        return LocalPrivateStorage()
    return storages[alias]


def _probe_folder(alias: str, storage) -> StorageState:
    folder = Path(storage.location)
    label = LABELS[alias]
    if not folder.exists():
        parent = next((p for p in folder.parents if p.exists()), None)
        if parent is not None and os.access(parent, os.W_OK):
            return StorageState(alias, str(folder), True, f"{label}: {folder} will be created on the first upload")
        return StorageState(alias, str(folder), False, f"{label}: folder {folder} is missing and cannot be created")
    if not os.access(folder, os.W_OK):
        return StorageState(alias, str(folder), False, f"{label}: folder {folder} is not writable by this user")
    return StorageState(alias, str(folder), True, f"{label}: folder {folder} is writable")


def _s3_error_text(error) -> str:
    from botocore.exceptions import ClientError

    if isinstance(error, ClientError):
        code = str(error.response.get("Error", {}).get("Code", ""))
        status = error.response.get("ResponseMetadata", {}).get("HTTPStatusCode")
        if code in {"404", "NoSuchBucket", "NotFound"} or status == 404:
            return "the bucket does not exist (create it, or run manage.py check_storage --create-buckets)"
        if code in {"403", "AccessDenied", "InvalidAccessKeyId", "SignatureDoesNotMatch"} or status == 403:
            return "access denied: check AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY and the bucket's permissions"
        return f"the object store answered {code or status}"
    return f"cannot reach the object store ({type(error).__name__}): check AWS_S3_ENDPOINT_URL and the network"


def _probe_bucket(alias: str, storage) -> StorageState:
    label = LABELS[alias]
    where = f"s3://{storage.bucket_name}"
    try:
        storage.connection.meta.client.head_bucket(Bucket=storage.bucket_name)
    except Exception as error:  # any failure of the client means "not usable"
        return StorageState(alias, where, False, f"{label}: bucket {storage.bucket_name}: {_s3_error_text(error)}")
    return StorageState(alias, where, True, f"{label}: bucket {storage.bucket_name} answers")


def probe(alias: str) -> StorageState:
    """Whether storage `alias` ("default" or "private") can be used now."""
    try:
        storage = _storage(alias)
    except Exception as error:  # a broken STORAGES entry is a configuration problem, reported as such
        return StorageState(alias, "?", False, f"{LABELS[alias]}: cannot set up the storage: {error}")
    if _is_s3(storage):
        return _probe_bucket(alias, storage)
    if isinstance(storage, FileSystemStorage):
        return _probe_folder(alias, storage)
    return StorageState(alias, type(storage).__name__, True, f"{LABELS[alias]}: {type(storage).__name__} (not probed)")


def storage_problems() -> list[str]:
    """One message per storage that cannot be used now; empty when all can."""
    return [state.message for state in map(probe, ALIASES) if not state.ok]


def private_bucket_warnings() -> list[str]:
    """Ways in which the private bucket is readable by others than the app."""
    storage = _storage("private")
    if not _is_s3(storage):
        return []
    client = storage.connection.meta.client
    warnings = []
    try:
        grants = client.get_bucket_acl(Bucket=storage.bucket_name).get("Grants", [])
        if any("AllUsers" in str(g.get("Grantee", {}).get("URI", "")) for g in grants):
            warnings.append(f"private bucket {storage.bucket_name}: its ACL lets everyone read or list it")
    except Exception:  # noqa: S110 -- a store without ACLs: nothing to report
        pass
    try:
        policy = client.get_bucket_policy(Bucket=storage.bucket_name).get("Policy", "")
        if '"*"' in policy or "'*'" in policy:
            warnings.append(f"private bucket {storage.bucket_name}: its bucket policy names everyone (*)")
    except Exception:  # noqa: S110 -- no policy at all is the wanted state
        pass
    return warnings


def public_read_policy(bucket: str) -> str:
    """Anyone may read an object whose key they know; nobody may list."""
    return json.dumps(
        {
            "Version": "2012-10-17",
            "Statement": [
                {
                    "Sid": "PublicReadOfObjects",
                    "Effect": "Allow",
                    "Principal": "*",
                    "Action": "s3:GetObject",
                    "Resource": f"arn:aws:s3:::{bucket}/*",
                }
            ],
        }
    )


def create_buckets() -> list[str]:
    """Create the public and the private bucket if missing and set their
    access: the public one readable object by object (no listing), the private
    one closed to everyone but the app. Idempotent. Returns what it did."""
    done = []
    for alias in ALIASES:
        storage = _storage(alias)
        if not _is_s3(storage):
            done.append(f"{LABELS[alias]}: local folder, nothing to create")
            continue
        client = storage.connection.meta.client
        bucket = storage.bucket_name
        if probe(alias).ok:
            done.append(f"{LABELS[alias]}: bucket {bucket} exists")
        else:
            region = storage.region_name
            extra = {}
            if region not in (None, "", "us-east-1"):
                extra = {"CreateBucketConfiguration": {"LocationConstraint": region}}
            client.create_bucket(Bucket=bucket, ACL="private", **extra)
            done.append(f"{LABELS[alias]}: bucket {bucket} created")
        if alias == "default":
            client.put_bucket_policy(Bucket=bucket, Policy=public_read_policy(bucket))
            done.append(f"{LABELS[alias]}: bucket {bucket} lets anyone read an object, nobody list")
        else:
            client.put_bucket_acl(Bucket=bucket, ACL="private")
            try:
                client.put_public_access_block(
                    Bucket=bucket,
                    PublicAccessBlockConfiguration={
                        "BlockPublicAcls": True,
                        "IgnorePublicAcls": True,
                        "BlockPublicPolicy": True,
                        "RestrictPublicBuckets": True,
                    },
                )
                done.append(f"{LABELS[alias]}: bucket {bucket} blocks all public access")
            except Exception as error:  # some S3-compatible stores lack this call; the ACL still holds
                done.append(f"{LABELS[alias]}: bucket {bucket} is private (no public access block: {error})")
    return done


@checks.register("storage", deploy=True)
def check_storage_reachable(app_configs=None, **kwargs):
    """`check --deploy`: a missing or unreachable bucket or folder is an error."""
    return [
        checks.Error(message, hint="See docs/operations.md, 'Object storage'.", id="training.E101")
        for message in storage_problems()
    ]
