"""What deploy/backup.py and deploy/restore.py share: the Django settings of
the install they run in, the three things a backup holds (database, the
public media and private file storage, the badge signing keys), checksums
and row counts.

Both scripts read the same environment as the app servers (DATABASE_URL,
MEDIA_STORAGE and the AWS_* bucket settings or MEDIA_ROOT and
PRIVATE_MEDIA_ROOT, BADGES_SIGNING_KEY_FILE), so a backup always takes what
the site really uses and a restore writes where the new install will read.
"""

import hashlib
import json
import mimetypes
import os
import shutil
import sqlite3
import sys
from pathlib import Path, PurePosixPath

REPO = Path(__file__).resolve().parent.parent
MANIFEST = "manifest.json"
CHECKSUMS = "SHA256SUMS"
AREAS = ("media", "private")  # folder in the backup -> STORAGES alias below
AREA_STORAGE = {"media": "default", "private": "private"}


class BackupError(Exception):
    """Something an operator must fix; printed without a traceback."""


def setup_django() -> None:
    """Load the settings of the install (production unless DJANGO_SETTINGS_MODULE says otherwise)."""
    if str(REPO) not in sys.path:
        sys.path.insert(0, str(REPO))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "training.settings.production")
    import django

    django.setup()


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1024 * 1024), b""):
            digest.update(block)
    return digest.hexdigest()


# --- database -----------------------------------------------------------------


def database() -> dict:
    from django.conf import settings

    return settings.DATABASES["default"]


def vendor(db: dict) -> str:
    engine = db["ENGINE"]
    if "postgresql" in engine:
        return "postgresql"
    if "sqlite" in engine:
        return "sqlite"
    raise BackupError(f"Unsupported database engine {engine}; use PostgreSQL or SQLite.")


def pg_environ(db: dict, name: str | None = None) -> dict:
    """libpq environment for pg_dump / pg_restore / psycopg (no password on a command line)."""
    environ = dict(os.environ)
    for key, value in (
        ("PGHOST", db.get("HOST")),
        ("PGPORT", db.get("PORT")),
        ("PGUSER", db.get("USER")),
        ("PGPASSWORD", db.get("PASSWORD")),
        ("PGDATABASE", name or db.get("NAME")),
    ):
        if value:
            environ[key] = str(value)
    return environ


def pg_connect(db: dict, name: str | None = None):
    import psycopg

    return psycopg.connect(
        host=db.get("HOST") or None,
        port=db.get("PORT") or None,
        user=db.get("USER") or None,
        password=db.get("PASSWORD") or None,
        dbname=name or db["NAME"],
        autocommit=True,
    )


def table_row_counts(db: dict) -> dict[str, int]:
    """Rows of every table of the database (every schema but the system ones)."""
    if vendor(db) == "sqlite":
        with sqlite3.connect(db["NAME"]) as connection:
            names = [
                row[0]
                for row in connection.execute(
                    "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
                )
            ]
            # Names come from sqlite_master itself, quoted as identifiers.
            return {name: connection.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0] for name in names}  # noqa: S608
    from psycopg import sql

    with pg_connect(db) as connection:
        tables = connection.execute(
            "SELECT table_schema, table_name FROM information_schema.tables WHERE table_type = 'BASE TABLE' "
            "AND table_schema NOT IN ('pg_catalog', 'information_schema') ORDER BY 1, 2"
        ).fetchall()
        counts = {}
        for schema, table in tables:
            query = sql.SQL("SELECT count(*) FROM {}.{}").format(sql.Identifier(schema), sql.Identifier(table))
            label = table if schema == "public" else f"{schema}.{table}"
            counts[label] = connection.execute(query).fetchone()[0]
        return counts


# --- storage ------------------------------------------------------------------


def storage(area: str):
    from django.core.files.storage import storages

    from training.storage import private_storage

    return private_storage() if area == "private" else storages[AREA_STORAGE[area]]


def is_s3(store) -> bool:
    return hasattr(store, "bucket_name") and hasattr(store, "connection")


def describe(store) -> str:
    return f"s3://{store.bucket_name}" if is_s3(store) else str(store.location)


def safe_relative(key: str) -> PurePosixPath:
    """A storage key as a path inside the backup folder; refuses keys that
    would leave it (absolute, or with '..' parts)."""
    path = PurePosixPath(key)
    if path.is_absolute() or any(part in ("..", ".", "") for part in path.parts) or "\\" in key:
        raise BackupError(f"Refusing the storage key {key!r}: it would leave the backup folder.")
    return path


def list_keys(store) -> list[str]:
    if is_s3(store):
        client = store.connection.meta.client
        found = []
        for page in client.get_paginator("list_objects_v2").paginate(Bucket=store.bucket_name):
            found += [item["Key"] for item in page.get("Contents", [])]
        return sorted(found)
    root = Path(store.location)
    if not root.is_dir():
        return []
    return sorted(str(path.relative_to(root).as_posix()) for path in root.rglob("*") if path.is_file())


def download(store, key: str, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    if is_s3(store):
        store.connection.meta.client.download_file(store.bucket_name, key, str(target))
    else:
        shutil.copy2(Path(store.location) / key, target)


def upload(store, area: str, source: Path, key: str) -> None:
    if is_s3(store):
        extra = {"ContentType": mimetypes.guess_type(key)[0] or "application/octet-stream"}
        if area == "private":
            extra["ACL"] = "private"
        store.connection.meta.client.upload_file(str(source), store.bucket_name, key, ExtraArgs=extra)
    else:
        target = Path(store.location) / safe_relative(key)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(source, target)


def stored_sha256(store, key: str) -> str:
    """Checksum of an object as the storage serves it now (not a local copy)."""
    digest = hashlib.sha256()
    if is_s3(store):
        body = store.connection.meta.client.get_object(Bucket=store.bucket_name, Key=key)["Body"]
        for block in iter(lambda: body.read(1024 * 1024), b""):
            digest.update(block)
        return digest.hexdigest()
    return sha256_file(Path(store.location) / key)


# --- badge signing keys -------------------------------------------------------


def badge_key_folder() -> Path:
    """The folder of the Open Badges 3.0 signing key and its published public keys."""
    from badges import signing

    return signing.key_file_path().parent


def badge_key_name() -> str:
    from badges import signing

    return signing.key_file_path().name


# --- manifest -----------------------------------------------------------------


def write_manifest(folder: Path, manifest: dict) -> None:
    (folder / MANIFEST).write_text(json.dumps(manifest, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    lines = [f"{entry['sha256']}  {entry['path']}\n" for entry in manifest["files"]]
    (folder / CHECKSUMS).write_text("".join(lines), encoding="utf-8")


def read_manifest(folder: Path) -> dict:
    path = folder / MANIFEST
    if not path.is_file():
        raise BackupError(f"{folder} is not a backup: {MANIFEST} is missing.")
    return json.loads(path.read_text(encoding="utf-8"))


def verify_checksums(folder: Path, manifest: dict) -> list[str]:
    """Every file the manifest lists, with its sha256; the differences as messages."""
    problems = []
    for entry in manifest["files"]:
        path = folder / entry["path"]
        if not path.is_file():
            problems.append(f"missing: {entry['path']}")
        elif sha256_file(path) != entry["sha256"]:
            problems.append(f"checksum differs: {entry['path']}")
    return problems
