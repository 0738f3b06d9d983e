"""The restore drill: back up a seeded install, restore it into a new
database and new storage, and prove that nothing was lost.

    .venv/bin/python deploy/restore_drill.py                 # local folders, small data set
    .venv/bin/python deploy/restore_drill.py --storage s3    # two S3 buckets (moto on 127.0.0.1)
    .venv/bin/python deploy/restore_drill.py --seed demo     # the whole demo (seed_demo), slower

Steps, each with the real scripts an operator runs:
1. a new PostgreSQL database <prefix>_src (migrate, badge signing key, seed)
   with its own media and private storage;
2. deploy/backup.py into a temporary folder;
3. deploy/restore.py into a new database <prefix>_restored and new, empty
   folders or buckets (and a new badge key folder);
4. an independent comparison: the row count of EVERY table of both
   databases, the sha256 of every private file, every public media file and
   every badge key file in both storages.

Prints the comparison table and exits 1 on any difference (0 when there is
none). Only databases named <prefix>_* are created and dropped (default
prefix kohtaamo_storage_drill); PostgreSQL is reached with --server-url
(default: the server of DATABASE_URL, else postgres://postgres@127.0.0.1:5432).
"""

import argparse
import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

DEPLOY = Path(__file__).resolve().parent
REPO = DEPLOY.parent
sys.path.insert(0, str(DEPLOY))

import backup_files as bf  # noqa: E402 -- after the sys.path line above

PYTHON = sys.executable
SETTINGS = "training.settings.dev"  # the demo seed needs dev settings; storage and database come from the env


def server_url(explicit: str | None) -> str:
    if explicit:
        return explicit.rstrip("/")
    configured = os.environ.get("DATABASE_URL", "")
    if configured.startswith(("postgres://", "postgresql://")):
        parts = urlsplit(configured)
        return urlunsplit((parts.scheme, parts.netloc, "", "", ""))
    return "postgres://postgres@127.0.0.1:5432"


def db_settings(url: str) -> dict:
    import dj_database_url

    return dj_database_url.parse(url)


def recreate_database(server: str, name: str, *, create: bool = True) -> None:
    from psycopg import sql

    with bf.pg_connect(db_settings(f"{server}/postgres")) as admin:
        admin.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))
        if create:
            admin.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))


class Install:
    """The environment of one install (source or restored): database, storage, keys."""

    def __init__(self, label: str, server: str, database: str, root: Path, s3: dict | None):
        self.label, self.database, self.root = label, database, root
        self.url = f"{server}/{database}"
        self.env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": SETTINGS,
            "DATABASE_URL": self.url,
            "MEDIA_ROOT": str(root / "media"),
            "PRIVATE_MEDIA_ROOT": str(root / "private"),
            "BADGES_SIGNING_KEY_FILE": str(root / "badge-keys" / "signing-key.pem"),
            "PYTHONPATH": str(REPO),
        }
        self.env.pop("BADGES_SIGNING_KEY", None)
        self.env.pop("MEDIA_STORAGE", None)
        self.buckets = None
        if s3:
            self.buckets = {"media": f"{label}-media", "private": f"{label}-private"}
            self.env.update(
                MEDIA_STORAGE="s3",
                AWS_S3_ENDPOINT_URL=s3["endpoint"],
                AWS_S3_REGION_NAME="us-east-1",
                AWS_ACCESS_KEY_ID=s3["key"],
                AWS_SECRET_ACCESS_KEY=s3["secret"],
                AWS_STORAGE_BUCKET_NAME=self.buckets["media"],
                AWS_PRIVATE_BUCKET_NAME=self.buckets["private"],
            )

    def run(self, *args: str, timeout: int = 600) -> str:
        result = subprocess.run(  # noqa: S603 -- our own scripts with our interpreter
            [PYTHON, *args], cwd=REPO, env=self.env, capture_output=True, text=True, timeout=timeout, check=False
        )
        if result.returncode != 0:
            raise DrillError(f"{' '.join(args)} failed ({result.returncode}):\n{result.stdout}\n{result.stderr}")
        return result.stdout

    def manage(self, *args: str) -> str:
        return self.run("manage.py", *args)


class DrillError(Exception):
    pass


# --- the independent comparison ------------------------------------------------


def file_checksums(install: Install, area: str, s3_client) -> dict[str, str]:
    """sha256 per key of one storage area, read straight from the folder or bucket."""
    if install.buckets:
        bucket = install.buckets[area]
        sums = {}
        for page in s3_client.get_paginator("list_objects_v2").paginate(Bucket=bucket):
            for item in page.get("Contents", []):
                body = s3_client.get_object(Bucket=bucket, Key=item["Key"])["Body"].read()
                sums[item["Key"]] = hashlib.sha256(body).hexdigest()
        return sums
    return folder_checksums(install.root / area)


def folder_checksums(root: Path) -> dict[str, str]:
    if not root.is_dir():
        return {}
    return {p.relative_to(root).as_posix(): bf.sha256_file(p) for p in sorted(root.rglob("*")) if p.is_file()}


def compare(source: Install, restored: Install, s3_client) -> list[tuple[str, str, str, str]]:
    """Rows (what, source, restored, "OK" or "DIFFERENT") for every table and file."""
    rows = []
    before = bf.table_row_counts(db_settings(source.url))
    after = bf.table_row_counts(db_settings(restored.url))
    for table in sorted(set(before) | set(after)):
        a, b = before.get(table), after.get(table)
        rows.append((f"table {table}", str(a), str(b), "OK" if a == b else "DIFFERENT"))
    areas = {
        "private": (file_checksums(source, "private", s3_client), file_checksums(restored, "private", s3_client)),
        "media": (file_checksums(source, "media", s3_client), file_checksums(restored, "media", s3_client)),
        "badge-keys": (folder_checksums(source.root / "badge-keys"), folder_checksums(restored.root / "badge-keys")),
    }
    for area, (a, b) in areas.items():
        for key in sorted(set(a) | set(b)):
            x, y = a.get(key), b.get(key)
            rows.append(
                (f"{area} {key}", (x or "missing")[:12], (y or "missing")[:12], "OK" if x == y else "DIFFERENT")
            )
    return rows


def print_table(rows) -> None:
    width = max(len(row[0]) for row in rows)
    print(f"{'what':<{width}}  {'source':>12}  {'restored':>12}  result")
    for what, a, b, result in rows:
        print(f"{what:<{width}}  {a:>12}  {b:>12}  {result}")


# --- the drill -----------------------------------------------------------------


def start_s3() -> tuple[dict, object]:
    import logging

    from moto.server import ThreadedMotoServer

    logging.getLogger("werkzeug").setLevel(logging.WARNING)  # not one line per S3 request
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    return {"endpoint": f"http://{host}:{port}", "key": "drill-key", "secret": "drill-secret"}, server


def drill(args) -> int:
    started = time.monotonic()
    server = server_url(args.server_url)
    work = Path(tempfile.mkdtemp(prefix="kohtaamo-restore-drill-"))
    s3, s3_server, s3_client = None, None, None
    names = (f"{args.prefix}_src", f"{args.prefix}_restored")
    try:
        if args.storage == "s3":
            s3, s3_server = start_s3()
            import boto3

            s3_client = boto3.client(
                "s3",
                endpoint_url=s3["endpoint"],
                aws_access_key_id=s3["key"],
                aws_secret_access_key=s3["secret"],
                region_name="us-east-1",
            )
        source = Install("drill-src", server, names[0], work / "src", s3)
        restored = Install("drill-restored", server, names[1], work / "restored", s3)
        recreate_database(server, names[0])
        recreate_database(server, names[1], create=False)  # restore.py --create-database makes it

        step = time.monotonic()
        source.manage("migrate", "--no-input", "-v", "0")
        if s3:
            source.manage("check_storage", "--create-buckets")
        source.manage("generate_badge_key")
        if args.seed == "demo":
            source.manage("seed_demo")
        else:
            source.run(str(DEPLOY / "restore_drill_seed.py"))
        print(f"seeded {names[0]} ({args.seed}, {args.storage}) in {time.monotonic() - step:.1f} s")

        step = time.monotonic()
        print(source.run(str(DEPLOY / "backup.py"), "--out", str(work / "backups")).rstrip())
        (folder,) = (work / "backups").iterdir()
        print(f"backup in {time.monotonic() - step:.1f} s")

        step = time.monotonic()
        restore_args = [str(DEPLOY / "restore.py"), str(folder), "--create-database"]
        if s3:
            restore_args.append("--create-buckets")
        print(restored.run(*restore_args).rstrip())
        print(f"restore in {time.monotonic() - step:.1f} s")

        rows = compare(source, restored, s3_client)
        print_table(rows)
        differences = [row for row in rows if row[3] != "OK"]
        tables = sum(1 for row in rows if row[0].startswith("table "))
        private = sum(1 for row in rows if row[0].startswith("private "))
        if tables == 0 or private == 0:
            differences.append(("nothing compared", "", "", "DIFFERENT"))
        print(
            f"RESTORE DRILL {'PASSED' if not differences else 'FAILED'}: {len(differences)} difference(s); "
            f"{tables} tables, {private} private files, {len(rows) - tables - private} other files compared "
            f"in {time.monotonic() - started:.1f} s"
        )
        return 1 if differences else 0
    except DrillError as error:
        print(f"RESTORE DRILL FAILED: {error}", file=sys.stderr)
        return 1
    finally:
        if not args.keep:
            for name in names:
                recreate_database(server, name, create=False)
            shutil.rmtree(work, ignore_errors=True)
        else:
            print(f"kept: databases {', '.join(names)}, folder {work}")
        if s3_server is not None:
            s3_server.stop()


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--storage", choices=["local", "s3"], default="local")
    parser.add_argument("--seed", choices=["small", "demo"], default="small")
    parser.add_argument("--prefix", default="kohtaamo_storage_drill", help="Database names: <prefix>_src, _restored.")
    parser.add_argument("--server-url", help="PostgreSQL server, e.g. postgres://postgres@127.0.0.1:5432")
    parser.add_argument("--keep", action="store_true", help="Keep the databases and files for a look afterwards.")
    args = parser.parse_args(argv)
    if not args.prefix.startswith("kohtaamo_storage"):
        parser.error("--prefix must start with kohtaamo_storage (the drill drops its databases).")
    return drill(args)


if __name__ == "__main__":
    sys.exit(main())
