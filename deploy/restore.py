"""Restore a backup made by deploy/backup.py into a FRESH install.

    .venv/bin/python deploy/restore.py /var/backups/kohtaamo/kohtaamo-20261203T101500Z \
        [--create-database] [--create-buckets]

Run it with the environment of the NEW install (its .env): DATABASE_URL names
the database to fill, the storage settings name the folders or buckets, and
BADGES_SIGNING_KEY_FILE where the signing key goes. It refuses to write into
anything that already holds data (a database with tables, a non-empty folder
or bucket, an existing signing key): a restore never mixes two installs.

Steps: check every file of the backup against its sha256; create the
database if asked; pg_restore; copy the media and private files and the badge
keys; then compare the restored row count of every table and the checksum of
every restored file with the manifest. Exit status 0 only with 0 differences.
"""

import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import backup_files as bf


def ensure_fresh_database(db: dict, create: bool) -> None:
    if bf.vendor(db) == "sqlite":
        if Path(db["NAME"]).exists():
            raise bf.BackupError(f"The SQLite database {db['NAME']} already exists; restore into a new file.")
        return
    import psycopg
    from psycopg import sql

    try:
        connection = bf.pg_connect(db)
    except psycopg.OperationalError as error:
        if not create or "does not exist" not in str(error):
            raise bf.BackupError(f"Cannot connect to the database {db['NAME']}: {error}") from None
        with bf.pg_connect(db, name="postgres") as admin:
            admin.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(db["NAME"])))
        connection = bf.pg_connect(db)
    with connection:
        tables = connection.execute(
            "SELECT count(*) FROM information_schema.tables "
            "WHERE table_schema NOT IN ('pg_catalog', 'information_schema')"
        ).fetchone()[0]
    if tables:
        raise bf.BackupError(f"The database {db['NAME']} already has {tables} table(s); restore into an empty one.")


def restore_database(folder: Path, manifest: dict) -> None:
    db = bf.database()
    source = folder / manifest["database"]["file"]
    if manifest["database"]["vendor"] != bf.vendor(db):
        raise bf.BackupError(
            f"The backup holds a {manifest['database']['vendor']} database; DATABASE_URL names {bf.vendor(db)}."
        )
    if bf.vendor(db) == "sqlite":
        Path(db["NAME"]).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(source, db["NAME"])
        return
    command = ["pg_restore", "--no-owner", "--no-privileges", "--exit-on-error", f"--dbname={db['NAME']}", str(source)]
    result = subprocess.run(command, env=bf.pg_environ(db), capture_output=True, text=True, check=False)  # noqa: S603
    if result.returncode != 0:
        raise bf.BackupError(f"pg_restore failed: {result.stderr.strip()}")


def ensure_empty_storage(create_buckets: bool) -> None:
    if create_buckets:
        from training.storage_checks import create_buckets as create

        for line in create():
            print(f"  {line}")
    for area in bf.AREAS:
        store = bf.storage(area)
        try:
            existing = bf.list_keys(store)
        except Exception as error:
            raise bf.BackupError(f"Cannot read the {area} storage {bf.describe(store)}: {error}") from None
        if existing:
            raise bf.BackupError(
                f"The {area} storage {bf.describe(store)} already holds {len(existing)} file(s); "
                "restore into an empty one."
            )


def restore_files(folder: Path, manifest: dict) -> None:
    for entry in manifest["files"]:
        if entry["area"] in bf.AREAS:
            bf.upload(bf.storage(entry["area"]), entry["area"], folder / entry["path"], entry["key"])


def restore_badge_keys(folder: Path, manifest: dict) -> None:
    entries = [entry for entry in manifest["files"] if entry["area"] == "badge-keys"]
    if not entries:
        return
    target = bf.badge_key_folder()
    if os.environ.get("BADGES_SIGNING_KEY", "").strip():
        print("  BADGES_SIGNING_KEY is set in the environment: the key file is restored beside it, not used.")
    if (target / bf.badge_key_name()).exists():
        raise bf.BackupError(f"A badge signing key already exists at {target / bf.badge_key_name()}; not replaced.")
    for entry in entries:
        destination = target / bf.safe_relative(entry["key"])
        destination.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        shutil.copy2(folder / entry["path"], destination)
        destination.chmod(0o600 if destination.name == bf.badge_key_name() else 0o644)


def compare(manifest: dict) -> list[str]:
    """Differences between what the manifest says and what is now restored."""
    differences = []
    restored = bf.table_row_counts(bf.database())
    for table, count in sorted(manifest["database"]["row_counts"].items()):
        if restored.get(table) != count:
            differences.append(f"table {table}: {count} rows backed up, {restored.get(table)} restored")
    for table in sorted(set(restored) - set(manifest["database"]["row_counts"])):
        differences.append(f"table {table}: not in the backup")
    for entry in manifest["files"]:
        if entry["area"] in bf.AREAS:
            try:
                actual = bf.stored_sha256(bf.storage(entry["area"]), entry["key"])
            except Exception as error:
                actual = f"unreadable ({error})"
            if actual != entry["sha256"]:
                differences.append(f"{entry['area']} file {entry['key']}: checksum differs")
        elif entry["area"] == "badge-keys":
            path = bf.badge_key_folder() / entry["key"]
            if not path.is_file() or bf.sha256_file(path) != entry["sha256"]:
                differences.append(f"badge key {entry['key']}: missing or different")
    return differences


def restore(folder: Path, *, create_database: bool, create_buckets: bool) -> list[str]:
    bf.setup_django()
    manifest = bf.read_manifest(folder)
    damaged = bf.verify_checksums(folder, manifest)
    if damaged:
        raise bf.BackupError("The backup is damaged: " + "; ".join(damaged))
    print(f"Backup {folder.name}: {len(manifest['files'])} file(s), checksums OK")
    ensure_fresh_database(bf.database(), create_database)
    ensure_empty_storage(create_buckets)
    restore_database(folder, manifest)
    print(f"  database restored into {bf.database()['NAME']}")
    restore_files(folder, manifest)
    print("  files restored into " + ", ".join(bf.describe(bf.storage(area)) for area in bf.AREAS))
    restore_badge_keys(folder, manifest)
    return compare(manifest)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("backup", type=Path, help="The dated folder written by deploy/backup.py.")
    parser.add_argument("--create-database", action="store_true", help="Create the database if it does not exist.")
    parser.add_argument(
        "--create-buckets", action="store_true", help="Create the S3 buckets (and set their access) if missing."
    )
    args = parser.parse_args(argv)
    try:
        differences = restore(args.backup, create_database=args.create_database, create_buckets=args.create_buckets)
    except bf.BackupError as error:
        print(f"Restore FAILED: {error}", file=sys.stderr)
        return 1
    for line in differences:
        print(f"  DIFFERENCE {line}", file=sys.stderr)
    print(f"Restore finished with {len(differences)} difference(s).")
    return 1 if differences else 0


if __name__ == "__main__":
    sys.exit(main())
