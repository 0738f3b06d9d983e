"""Quiz bench: graded submissions per second on PostgreSQL, side by side
with /healthz in the same run.

Run from the project root, with a throwaway PostgreSQL database (it is
dropped and recreated):

    .venv/bin/python bench/quizzes.py --database-url postgres://postgres@127.0.0.1:5432/kohtaamo_quizzes_bench

Steps (the helpers come from bench/load.py): create the database, migrate and
seed the demo content, add a 20-question scenario quiz and N learners who
each have an open attempt and a session, start gunicorn (2 workers,
production settings), send GET /healthz from C concurrent clients, then
submit every attempt through the real submit URL from the same C clients
(each submission parses and stores the answers, grades 20 questions and
writes the attempt). Checks afterwards that exactly as many attempts were
graded as submissions succeeded, and prints a markdown table. gunicorn is
always stopped.
"""

from __future__ import annotations

import argparse
import json
import os
import queue
import secrets
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.load import (
    HEALTHZ,
    HOST,
    PROJECT_ROOT,
    WORKERS,
    BenchError,
    _NoRedirect,
    _opener,
    base_env,
    check_port,
    manage,
    prepare_database,
    production_env,
    report_server_log,
    start_server,
    stop_server,
    tail,
    wait_healthy,
)

QUESTIONS = 20

# Runs inside `manage.py shell` (production settings, so sessions are signed
# with the server's key). Writes one JSON row per attempt to OUT.
SETUP = """
import json, random, uuid
from importlib import import_module
from django.conf import settings
from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY, get_user_model
from django.contrib.auth.hashers import make_password
from quizzes import snapshot
from quizzes.answers import field_name
from quizzes.models import Attempt, QuizPage

N, QUESTIONS, OUT = {n}, {questions}, {out!r}
rng = random.Random(5)
source = QuizPage.objects.get(slug="arjen-tilanteet-visa", locale__language_code="fi")
module = source.get_parent()
quiz = QuizPage.objects.child_of(module).filter(slug="bench-20").first()
if quiz is None:
    blocks = list(source.questions)
    raw = [
        {{"type": b.block_type, "value": b.block.get_prep_value(b.value), "id": str(uuid.uuid4())}}
        for b in (blocks[i % len(blocks)] for i in range(QUESTIONS))
    ]
    quiz = QuizPage(title="Bench: 20 scenarios", slug="bench-20", questions=raw, required=False,
                    pass_mark=70, shuffle_options=True)
    module.add_child(instance=quiz)
    quiz.save_revision().publish()
    quiz = QuizPage.objects.get(pk=quiz.pk)
User = get_user_model()
password = make_password(None)
users = User.objects.bulk_create(
    [User(email=f"bench-{{i}}@bench.invalid", password=password) for i in range(N)]
)
users = list(User.objects.filter(email__endswith="@bench.invalid").order_by("pk"))
attempts = Attempt.objects.bulk_create(
    [Attempt(user=u, quiz_key=quiz.translation_key, page=quiz, number=1, snapshot=snapshot.build(quiz, rng))
     for u in users]
)
Store = import_module(settings.SESSION_ENGINE).SessionStore
rows = []
for user, attempt in zip(users, attempts):
    session = Store()
    session[SESSION_KEY] = str(user.pk)
    session[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
    session[HASH_SESSION_KEY] = user.get_session_auth_hash()
    session.create()
    # Mostly the best response, sometimes another: a realistic mix of passes and fails.
    best = {{q["id"]: max(q["options"], key=lambda o: o["score"]) for q in attempt.snapshot["questions"]}}
    form = {{
        field_name(q["id"]): (best[q["id"]] if rng.random() < 0.8 else rng.choice(q["options"]))["id"]
        for q in attempt.snapshot["questions"]
    }}
    rows.append({{"session": session.session_key, "attempt": str(attempt.public_id), "form": form}})
with open(OUT, "w") as f:
    json.dump({{"quiz": quiz.pk, "rows": rows}}, f)
"""

COUNT = """
from quizzes.models import Attempt
print("GRADED", Attempt.objects.filter(page_id={quiz}, state="graded").count())
"""


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database-url", required=True, help="a throwaway postgres:// database (dropped, recreated)")
    parser.add_argument("--attempts", type=int, default=600, help="attempts to submit (default 600)")
    parser.add_argument("--connections", type=int, default=8, help="concurrent clients (default 8)")
    parser.add_argument("--port", type=int, default=8101, help="gunicorn port on 127.0.0.1 (default 8101; 0 = any)")
    args = parser.parse_args(argv)
    if not args.database_url.startswith("postgres"):
        parser.error("this bench is for PostgreSQL (row locks are part of what it measures)")
    if not 1 <= args.attempts <= 20000 or not 1 <= args.connections <= 64:
        parser.error("attempts 1–20000, connections 1–64")
    return args


def recreate_database(database_url: str) -> None:
    import psycopg

    parts = urllib.parse.urlsplit(database_url)
    name = parts.path.lstrip("/")
    if not name.replace("_", "").isalnum():
        raise BenchError(f"unexpected database name {name!r}")
    admin_url = urllib.parse.urlunsplit(parts._replace(path="/postgres"))
    with psycopg.connect(admin_url, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
        conn.execute(f'CREATE DATABASE "{name}"')


def shell(code: str, env: dict[str, str]) -> str:
    proc = subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", code],
        cwd=PROJECT_ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    if proc.returncode != 0:
        raise BenchError(f"manage.py shell failed:\n{tail(proc.stdout + proc.stderr)}")
    return proc.stdout


def hammer(requests: list[urllib.request.Request], connections: int) -> tuple[float, list[float], dict[int, int]]:
    """Send every request from `connections` threads; (seconds, latencies ms, status counts).

    The same client measures /healthz and the submissions, so the two rates
    compare like with like (and the bench needs no wrk).
    """
    work: queue.Queue[urllib.request.Request] = queue.Queue()
    for request in requests:
        work.put(request)
    latencies: list[float] = []
    statuses: dict[int, int] = {}
    lock = threading.Lock()
    opener = _opener(_NoRedirect())

    def client() -> None:
        while True:
            try:
                request = work.get_nowait()
            except queue.Empty:
                return
            started = time.perf_counter()
            try:
                with opener.open(request, timeout=30) as response:
                    response.read()
                    status = response.status
            except urllib.error.HTTPError as exc:
                status = exc.code
            except (urllib.error.URLError, OSError):
                status = 0
            elapsed = (time.perf_counter() - started) * 1000
            with lock:
                latencies.append(elapsed)
                statuses[status] = statuses.get(status, 0) + 1

    threads = [threading.Thread(target=client) for _ in range(connections)]
    began = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return time.perf_counter() - began, latencies, statuses


def submit_request(base: str, row: dict) -> urllib.request.Request:
    token = secrets.token_hex(16)  # a 32-character CSRF secret, as cookie and field
    body = urllib.parse.urlencode({**row["form"], "sequence": "1", "csrfmiddlewaretoken": token}).encode()
    return urllib.request.Request(  # noqa: S310 -- http://127.0.0.1 only
        f"{base}/en/quizzes/attempts/{row['attempt']}/submit/",
        data=body,
        headers={"Cookie": f"sessionid={row['session']}; csrftoken={token}", "Referer": base + "/"},
    )


def summary(seconds: float, latencies: list[float], statuses: dict[int, int], ok: int = 200) -> dict:
    good = statuses.get(ok, 0)
    return {
        "ok": good,
        "rate": good / seconds if seconds else 0.0,
        "p50": statistics.median(latencies) if latencies else 0.0,
        "p99": percentile(latencies, 99),
        "errors": {code: n for code, n in statuses.items() if code != ok},
    }


def row(label: str, numbers: dict, healthz: dict) -> str:
    ratio = numbers["rate"] / healthz["rate"] if healthz["rate"] else 0.0
    return (
        f"| {label} | {numbers['rate']:.1f} | {numbers['p50']:.1f} | {numbers['p99']:.1f} | {ratio:.3f} "
        f"| {numbers['errors'] or 0} |"
    )


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))] if ordered else 0.0


def run(args: argparse.Namespace, tmp: Path) -> str:
    recreate_database(args.database_url)
    env = base_env(args.database_url, tmp)
    prepare_database(env)
    prod = production_env(env)
    manage("collectstatic", ["collectstatic", "--noinput"], prod)
    out = tmp / "attempts.json"
    print(f"* {args.attempts} learners with an open {QUESTIONS}-question attempt", file=sys.stderr)
    shell(SETUP.format(n=args.attempts, questions=QUESTIONS, out=str(out)), prod)
    data = json.loads(out.read_text())
    port = check_port(args.port)
    base = f"http://{HOST}:{port}"
    log_path = tmp / "gunicorn.log"
    server = start_server(prod, port, log_path)
    try:
        wait_healthy(server, base, log_path)
        load_before = os.getloadavg()[0]
        rows = data["rows"]
        health_count = max(2000, 4 * len(rows))
        print(f"* GET /healthz ×{health_count} from {args.connections} clients", file=sys.stderr)
        probes = [urllib.request.Request(base + HEALTHZ) for _ in range(health_count)]  # noqa: S310 -- 127.0.0.1
        healthz = summary(*hammer(probes, args.connections))
        print(f"* submitting {len(rows)} attempts from {args.connections} clients", file=sys.stderr)
        submissions = summary(*hammer([submit_request(base, row) for row in rows], args.connections), ok=302)
    finally:
        stop_server(server)
        report_server_log(log_path)
    graded = int(shell(COUNT.format(quiz=data["quiz"]), prod).split("GRADED")[-1])
    caption = (
        f"{time.strftime('%Y-%m-%d %H:%M %Z')} · gunicorn {WORKERS} sync workers, production settings, PostgreSQL · "
        f"{os.cpu_count()} CPUs, load average {load_before:.2f} before the first run · "
        f"{args.connections} concurrent Python clients (bench/quizzes.py) for both rows · "
        f"{len(data['rows'])} attempts of {QUESTIONS} questions"
    )
    lines = [
        caption,
        "",
        "| measure | per second | p50 ms | p99 ms | ÷ /healthz | errors |",
        "|---|---:|---:|---:|---:|---|",
        row("`GET /healthz`", healthz, healthz),
        row(f"graded submissions, {QUESTIONS} questions (`POST …/submit/`)", submissions, healthz),
        "",
        f"Attempts graded in the database afterwards: {graded} (successful submissions: {submissions['ok']}).",
    ]
    if graded != submissions["ok"]:
        raise BenchError("\n".join(lines) + "\nthe number of graded attempts differs from the successful submissions")
    return "\n".join(lines) + "\n"


def exit_on_signal(signum: int, _frame: object) -> None:
    raise SystemExit(128 + signum)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    signal.signal(signal.SIGTERM, exit_on_signal)
    signal.signal(signal.SIGINT, exit_on_signal)
    with tempfile.TemporaryDirectory(prefix="kohtaamo-quiz-bench-") as tmp:
        try:
            print(run(args, Path(tmp)))
        except BenchError as error:
            print(f"bench failed: {error}", file=sys.stderr)
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
