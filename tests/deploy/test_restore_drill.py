"""The restore drill (deploy/restore_drill.py) on a small seeded PostgreSQL
database with S3 buckets on a local moto server: backup, restore into a new
database and new buckets, 0 differences in every table's rows and every
file's checksum. Plus the backup format's own safety checks."""

import subprocess
import sys
from pathlib import Path

import pytest
from django.db import connection

DEPLOY = Path(__file__).resolve().parents[2] / "deploy"
sys.path.insert(0, str(DEPLOY))

import backup_files as bf  # noqa: E402 -- deploy/ is not a package


def server_url() -> str:
    db = connection.settings_dict
    auth = db["USER"] + (f":{db['PASSWORD']}" if db.get("PASSWORD") else "")
    return f"postgres://{auth}@{db.get('HOST') or '127.0.0.1'}:{db.get('PORT') or 5432}"


@pytest.mark.skipif(connection.vendor != "postgresql", reason="the drill dumps and restores PostgreSQL (CI's PG pass)")
def test_restore_drill_finds_no_difference():
    storage = "s3"
    try:
        import moto.server  # noqa: F401
    except ImportError:
        storage = "local"
    result = subprocess.run(
        [
            *(sys.executable, str(DEPLOY / "restore_drill.py"), "--storage", storage),
            *("--server-url", server_url(), "--prefix", "kohtaamo_storage_drill_test"),
        ],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert "RESTORE DRILL PASSED: 0 difference(s)" in result.stdout
    assert " private readiness/plans/" in result.stdout or "\nprivate readiness/plans/" in result.stdout


def test_a_damaged_backup_file_is_reported(tmp_path):
    (tmp_path / "private").mkdir()
    (tmp_path / "private" / "plan.pdf").write_bytes(b"%PDF original")
    original = bf.sha256_file(tmp_path / "private" / "plan.pdf")
    manifest = {
        "files": [
            {
                "area": "private",
                "key": "plan.pdf",
                "path": "private/plan.pdf",
                "sha256": original,
            },
            {"area": "media", "key": "gone.png", "path": "media/gone.png", "sha256": "0" * 64},
        ]
    }
    assert bf.verify_checksums(tmp_path, manifest) == ["missing: media/gone.png"]
    (tmp_path / "private" / "plan.pdf").write_bytes(b"%PDF tampered")
    assert bf.verify_checksums(tmp_path, manifest)[0] == "checksum differs: private/plan.pdf"


@pytest.mark.parametrize("key", ["../etc/passwd", "/abs/path", "a/../../b", "a\\..\\b"])
def test_storage_keys_that_would_leave_the_backup_folder_are_refused(key):
    with pytest.raises(bf.BackupError, match="leave the backup folder"):
        bf.safe_relative(key)


def test_manifest_and_checksum_file_agree(tmp_path):
    (tmp_path / "x.bin").write_bytes(b"x")
    entry = {"area": "media", "key": "x.bin", "path": "x.bin", "sha256": bf.sha256_file(tmp_path / "x.bin")}
    bf.write_manifest(tmp_path, {"files": [entry]})
    assert bf.read_manifest(tmp_path)["files"] == [entry]
    assert (tmp_path / "SHA256SUMS").read_text() == f"{entry['sha256']}  x.bin\n"
