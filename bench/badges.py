"""Badge benchmark: the hosted Open Badges documents against /healthz.

Run from the project root: `.venv/bin/python bench/badges.py` (wrk needed).
Same harness as bench/load.py (fresh seeded SQLite database in a temporary
directory, gunicorn with production settings on 127.0.0.1, wrk), measuring a
demo award's OB 2.0 assertion (cached until revocation), the revoked demo
assertion (410, cached too), its badge class, and the OB 3.0 credential
(signed once, then cached). Target: assertion ≥ 0.5× /healthz.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import load

FIND_AWARDS = """
import json
from badges.models import Award
live = Award.objects.filter(revoked_at__isnull=True, recipient_user__isnull=False).select_related("badge_class").first()
revoked = Award.objects.filter(revoked_at__isnull=False).first()
print(json.dumps({"live": str(live.pk), "badge": str(live.badge_class_id), "revoked": str(revoked.pk)}))
"""


def demo_awards(env: dict[str, str]) -> dict[str, str]:
    dev = {**env, "DJANGO_SETTINGS_MODULE": "training.settings.dev"}
    proc = subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", FIND_AWARDS],
        cwd=load.PROJECT_ROOT,
        env=dev,
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(proc.stdout.strip().splitlines()[-1])


def run(args, tmp: Path) -> list[load.Result]:
    env = load.base_env(f"sqlite:///{tmp / 'bench.sqlite3'}", tmp)
    env["BADGES_SIGNING_KEY_FILE"] = str(tmp / "keys" / "signing-key.pem")
    load.prepare_database(env)
    ids = demo_awards(env)
    prod = load.production_env(env)
    load.manage("collectstatic", ["collectstatic", "--noinput"], prod)
    port = load.check_port(args.port)
    base = f"http://{load.HOST}:{port}"
    # Badge ids are built on SITE_URL: point it at the bench server.
    prod["SITE_URL"] = base
    log_path = tmp / "gunicorn.log"
    server = load.start_server(prod, port, log_path)
    try:
        load.wait_healthy(server, base, log_path)
        paths = [
            load.HEALTHZ,
            f"/openbadges/assertions/{ids['live']}",
            f"/openbadges/assertions/{ids['revoked']}",
            f"/openbadges/badges/{ids['badge']}",
            f"/openbadges/credentials/{ids['live']}",
        ]
        return [load.measure(path, None, base, args) for path in paths]
    finally:
        load.stop_server(server)
        load.report_server_log(log_path)


def main(argv: list[str] | None = None) -> int:
    args = load.parse_args(argv)
    signal.signal(signal.SIGTERM, load.exit_on_signal)
    signal.signal(signal.SIGINT, load.exit_on_signal)
    if not shutil.which("wrk"):
        print("wrk is not installed (apt-get install wrk)", file=sys.stderr)
        return 2
    load_before = os.getloadavg()[0]
    with tempfile.TemporaryDirectory(prefix="kohtaamo-bench-badges-") as tmp_name:
        try:
            results = run(args, Path(tmp_name))
        except load.BenchError as exc:
            print(f"bench failed: {exc}", file=sys.stderr)
            return 1
    caption = load.caption_for(args, "sqlite://", load_before)
    table = load.format_table(results, caption)
    print(table)
    if args.output:
        args.output.write_text(table)
    # The revoked assertion answers 410 by design: only other errors count.
    revoked = results[2].path
    flagged = [r for r in results if load.errors_cell(r) != "0" and r.path != revoked]
    return 1 if flagged else 0


if __name__ == "__main__":
    sys.exit(main())
