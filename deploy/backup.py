"""Back up a Kohtaamo install into one dated folder.

    .venv/bin/python deploy/backup.py --out /var/backups/kohtaamo

Run it with the same environment as the app servers (the .env file): it
reads DATABASE_URL, the media and private storage settings and
BADGES_SIGNING_KEY_FILE from there. The folder it writes,
`kohtaamo-<UTC date and time>/`, holds

    database.dump     pg_dump custom format (database.sqlite3 for SQLite)
    media/            every public media file (images, renditions, documents, badge images)
    private/          every private file (readiness plans)
    badge-keys/       the Open Badges signing key and the published public keys
    manifest.json     what was backed up, row counts per table, sha256 per file
    SHA256SUMS        the same checksums for `sha256sum -c SHA256SUMS`

The folder is readable by its owner only: it holds personal data and the
badge signing key. Exit status 0 when the backup is complete, 1 otherwise.
"""

import argparse
import os
import shutil
import sqlite3
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import backup_files as bf


def dump_database(folder: Path) -> tuple[str, dict[str, int]]:
    db = bf.database()
    counts = bf.table_row_counts(db)
    if bf.vendor(db) == "sqlite":
        target = folder / "database.sqlite3"
        with sqlite3.connect(db["NAME"]) as source, sqlite3.connect(target) as copy:
            source.backup(copy)
        return target.name, counts
    target = folder / "database.dump"
    command = ["pg_dump", "--format=custom", "--no-owner", "--no-privileges", f"--file={target}"]
    result = subprocess.run(command, env=bf.pg_environ(db), capture_output=True, text=True, check=False)  # noqa: S603
    if result.returncode != 0:
        raise bf.BackupError(f"pg_dump failed: {result.stderr.strip()}")
    return target.name, counts


def copy_area(area: str, folder: Path) -> list[dict]:
    store = bf.storage(area)
    entries = []
    for key in bf.list_keys(store):
        relative = f"{area}/{bf.safe_relative(key)}"
        target = folder / relative
        bf.download(store, key, target)
        entries.append({"area": area, "key": key, "path": relative, "size": target.stat().st_size})
    return entries


def copy_badge_keys(folder: Path) -> list[dict]:
    source = bf.badge_key_folder()
    target = folder / "badge-keys"
    entries = []
    pem = os.environ.get("BADGES_SIGNING_KEY", "").strip()
    if pem:  # the key lives in the environment, not in a file: keep it all the same
        target.mkdir(parents=True, exist_ok=True)
        (target / bf.badge_key_name()).write_text(pem + "\n", encoding="ascii")
    if source.is_dir():
        for path in sorted(p for p in source.rglob("*") if p.is_file() and not p.name.endswith(".tmp")):
            relative = path.relative_to(source).as_posix()
            if pem and relative == bf.badge_key_name():
                continue
            (target / relative).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(path, target / relative)
    if target.is_dir():
        for path in sorted(p for p in target.rglob("*") if p.is_file()):
            relative = path.relative_to(target).as_posix()
            entries.append({"area": "badge-keys", "key": relative, "path": f"badge-keys/{relative}"})
    return entries


def backup(out: Path) -> Path:
    bf.setup_django()
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    folder = out / f"kohtaamo-{stamp}"
    out.mkdir(parents=True, exist_ok=True)
    folder.mkdir(mode=0o700)
    database_file, counts = dump_database(folder)
    files = [{"area": "database", "key": database_file, "path": database_file}]
    for area in bf.AREAS:
        files += copy_area(area, folder)
    files += copy_badge_keys(folder)
    for entry in files:
        path = folder / entry["path"]
        entry["sha256"] = bf.sha256_file(path)
        entry["size"] = path.stat().st_size
    bf.write_manifest(
        folder,
        {
            "format": 1,
            "created_at": datetime.now(UTC).isoformat(),
            "database": {"vendor": bf.vendor(bf.database()), "file": database_file, "row_counts": counts},
            "storage": {area: bf.describe(bf.storage(area)) for area in bf.AREAS},
            "files": files,
        },
    )
    for path in folder.rglob("*"):
        path.chmod(0o700 if path.is_dir() else 0o600)
    return folder


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", required=True, type=Path, help="Folder under which the dated backup folder is made.")
    args = parser.parse_args(argv)
    try:
        folder = backup(args.out)
    except bf.BackupError as error:
        print(f"Backup FAILED: {error}", file=sys.stderr)
        return 1
    manifest = bf.read_manifest(folder)
    areas = {}
    for entry in manifest["files"]:
        areas[entry["area"]] = areas.get(entry["area"], 0) + 1
    print(f"Backup written to {folder}")
    counts = manifest["database"]["row_counts"]
    print(f"  tables: {len(counts)}, rows: {sum(counts.values())}")
    for area, count in sorted(areas.items()):
        print(f"  {area}: {count} file(s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
