"""Load benchmark: seeded database, gunicorn with production settings, wrk.

Run from the project root: `.venv/bin/python bench/load.py` (or `make bench`).

Steps: build a fresh SQLite database in a temporary directory (migrate +
seed_demo under dev settings, the only ones that allow demo content), collect
static files, start gunicorn (2 workers) with production settings on
127.0.0.1, log in as the demo learner through the real login form, then run
wrk against every URL in TARGETS, anonymously and, for pages, with the
learner's session cookie. Prints a markdown table; gunicorn is always stopped.
See docs/performance.md.
"""

from __future__ import annotations

import argparse
import datetime
import html.parser
import http.cookiejar
import json
import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Target:
    path: str
    logged_in_too: bool  # also measured with the learner's session cookie (pages)


# The URLs under load. Later issues add their pages here (courses, lessons,
# dashboards…); keep /healthz first, every ratio is relative to it. Paths under
# /static/ are swapped for their hashed name from the collectstatic manifest.
TARGETS: list[Target] = [
    Target("/healthz", logged_in_too=False),
    Target("/fi/", logged_in_too=True),
    Target("/en/accounts/login/", logged_in_too=True),
    Target("/static/css/site.css", logged_in_too=False),
    # Courses (courses/demo.py): the catalogue, a course page (cached HTML for
    # anonymous visitors) and a lesson of the course the learner is half-way through.
    Target("/fi/kurssit/", logged_in_too=True),
    Target("/fi/kurssit/uudet-jasenet-tervetulleiksi/", logged_in_too=True),
    Target("/fi/kurssit/uudet-jasenet-tervetulleiksi/esteet-ja-keinot/osallistumisen-esteet/", logged_in_too=True),
]

HOST = "127.0.0.1"  # never anything else: the load stays on this machine
HEALTHZ = "/healthz"
LOGIN_PATH = "/en/accounts/login/"
LOGIN_EMAIL = "learner@example.org"
LOGIN_PASSWORD = "kohtaamo-demo"  # noqa: S105 -- seed_demo's documented demo password
# Only a signed-in header has these (a re-shown login form would echo the e-mail, so not that).
LOGGED_IN_MARKERS = ("Log out", "Kirjaudu ulos", "/accounts/logout/")
WORKERS = 2
MAX_DURATION_S = 300
STARTUP_TIMEOUT_S = 60.0
WARMUP_REQUESTS = 2 * WORKERS

PROJECT_ROOT = Path(__file__).resolve().parent.parent
MANIFEST = PROJECT_ROOT / "staticfiles" / "staticfiles.json"


@dataclass(frozen=True)
class Result:
    path: str
    logged_in: bool
    status: int
    requests_per_s: float
    p50_ms: float
    p99_ms: float
    non_2xx_3xx: int
    socket_errors: int


class BenchError(RuntimeError):
    """A step failed; the message says which and why."""


# --- command line -----------------------------------------------------------


def parse_duration(value: str) -> int:
    """Seconds from "10", "10s" or "1m", bounded to MAX_DURATION_S."""
    match = re.fullmatch(r"(\d+)\s*([sm]?)", value.strip())
    if not match:
        raise argparse.ArgumentTypeError(f"not a duration: {value!r} (use e.g. 10s or 1m)")
    seconds = int(match.group(1)) * (60 if match.group(2) == "m" else 1)
    if not 1 <= seconds <= MAX_DURATION_S:
        raise argparse.ArgumentTypeError(f"duration must be between 1s and {MAX_DURATION_S}s")
    return seconds


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--duration", type=parse_duration, default=10, help="per URL, e.g. 10s (default 10s)")
    parser.add_argument("--connections", type=int, default=8, help="wrk open connections (default 8)")
    parser.add_argument("--threads", type=int, default=2, help="wrk threads (default 2)")
    parser.add_argument("--port", type=int, default=8100, help="gunicorn port on 127.0.0.1 (default 8100; 0 = any)")
    parser.add_argument(
        "--database-url",
        help="use this database (e.g. postgres://…) instead of a temporary SQLite file; "
        "it is migrated and seeded with the demo content, so use a throwaway one",
    )
    parser.add_argument("--output", type=Path, help="also write the results table to this file")
    args = parser.parse_args(argv)
    if args.threads < 1 or args.connections < args.threads:
        parser.error("need threads >= 1 and connections >= threads")
    if args.connections > 256:
        parser.error("connections above 256 are not a sensible load for two workers")
    return args


# --- database, static files, server -----------------------------------------


def base_env(database_url: str, tmp: Path) -> dict[str, str]:
    """Environment shared by every child: the database, no real mail, media in tmp."""
    env = dict(os.environ)
    env.update(
        {
            "DATABASE_URL": database_url,
            "MEDIA_ROOT": str(tmp / "media"),
            "EMAIL_BACKEND": "django.core.mail.backends.dummy.EmailBackend",
            "PYTHONUNBUFFERED": "1",
        }
    )
    return env


def production_env(env: dict[str, str]) -> dict[str, str]:
    """Production settings over plain HTTP on 127.0.0.1 (no TLS redirect, cookies not Secure)."""
    return {
        **env,
        "DJANGO_SETTINGS_MODULE": "training.settings.production",
        "SECRET_KEY": secrets.token_urlsafe(48),  # 64 characters
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "DJANGO_SECURE_SSL_REDIRECT": "0",
        "DJANGO_SECURE_COOKIES": "0",
    }


def manage(step: str, args: list[str], env: dict[str, str]) -> None:
    """Run `manage.py <args>`; on failure raise with the command's output."""
    print(f"* {step}: manage.py {' '.join(args)}", file=sys.stderr)
    proc = subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=PROJECT_ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    if proc.returncode != 0:
        raise BenchError(f"{step} failed (exit {proc.returncode}):\n{tail(proc.stdout + proc.stderr)}")


def prepare_database(env: dict[str, str]) -> None:
    dev = {**env, "DJANGO_SETTINGS_MODULE": "training.settings.dev"}
    manage("migrate", ["migrate", "--noinput"], dev)
    manage("seed", ["seed_demo"], dev)


def check_port(port: int) -> int:
    """The port to bind: `port` if it is free, or any free one for 0."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        try:
            sock.bind((HOST, port))
        except OSError as exc:
            raise BenchError(f"port {port} on {HOST} is in use ({exc}); pass --port") from exc
        return sock.getsockname()[1]


def start_server(env: dict[str, str], port: int, log_path: Path) -> subprocess.Popen[bytes]:
    cmd = [
        sys.executable,
        "-m",
        "gunicorn",
        "training.wsgi:application",
        "--workers",
        str(WORKERS),
        "--bind",
        f"{HOST}:{port}",
        "--no-control-socket",  # gunicorn 27 otherwise takes ~/.gunicorn/gunicorn.ctl
        "--log-level",
        "warning",
    ]
    print(f"* gunicorn: {WORKERS} workers on http://{HOST}:{port}", file=sys.stderr)
    with log_path.open("wb") as log:
        return subprocess.Popen(cmd, cwd=PROJECT_ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)


def stop_server(proc: subprocess.Popen[bytes]) -> None:
    if proc.poll() is not None:
        return
    proc.terminate()
    try:
        proc.wait(timeout=15)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(timeout=5)


def wait_healthy(proc: subprocess.Popen[bytes], base: str, log_path: Path) -> None:
    """Poll /healthz until it answers 200, the server dies, or the timeout passes."""
    deadline = time.monotonic() + STARTUP_TIMEOUT_S
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise BenchError(f"gunicorn exited with {proc.returncode}:\n{tail(log_path.read_text(errors='replace'))}")
        if probe_status(base + HEALTHZ) == 200:
            return
        time.sleep(0.25)
    raise BenchError(f"/healthz not 200 after {STARTUP_TIMEOUT_S:.0f}s:\n{tail(log_path.read_text(errors='replace'))}")


def static_path(path: str) -> str:
    """The hashed name collectstatic gave a /static/ file, as the site's pages link it."""
    prefix = "/static/"
    if not path.startswith(prefix) or not MANIFEST.exists():
        return path
    paths = json.loads(MANIFEST.read_text()).get("paths", {})
    return prefix + paths.get(path.removeprefix(prefix), path.removeprefix(prefix))


# --- HTTP without wrk: probes and the login ----------------------------------


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, req, fp, code, msg, headers, newurl):  # type: ignore[no-untyped-def]
        return None  # report the 3xx itself


def _opener(*handlers: urllib.request.BaseHandler) -> urllib.request.OpenerDirector:
    # An empty ProxyHandler: never send 127.0.0.1 traffic through an http_proxy.
    return urllib.request.build_opener(urllib.request.ProxyHandler({}), *handlers)


def probe_status(url: str, cookie: str | None = None) -> int:
    """Status of one GET, redirects not followed; 0 when nothing answers."""
    request = urllib.request.Request(url, headers={"Cookie": cookie} if cookie else {})  # noqa: S310 -- http://127.0.0.1
    try:
        with _opener(_NoRedirect()).open(request, timeout=10) as response:
            response.read()
            return response.status
    except urllib.error.HTTPError as exc:
        return exc.code
    except (urllib.error.URLError, OSError):
        return 0


class _CsrfFinder(html.parser.HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.token: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        fields = dict(attrs)
        if tag == "input" and fields.get("name") == "csrfmiddlewaretoken" and self.token is None:
            self.token = fields.get("value")


def csrf_token_from(page: str) -> str:
    finder = _CsrfFinder()
    finder.feed(page)
    if not finder.token:
        raise BenchError(f"no csrfmiddlewaretoken in the form at {LOGIN_PATH}")
    return finder.token


def log_in(base: str) -> str:
    """Log in through the real allauth form; return the sessionid cookie's value."""
    jar = http.cookiejar.CookieJar()
    opener = _opener(urllib.request.HTTPCookieProcessor(jar))
    login_url = base + LOGIN_PATH
    with opener.open(login_url, timeout=10) as response:
        token = csrf_token_from(response.read().decode())
    form = urllib.parse.urlencode(
        {"login": LOGIN_EMAIL, "password": LOGIN_PASSWORD, "csrfmiddlewaretoken": token}
    ).encode()
    request = urllib.request.Request(login_url, data=form, headers={"Referer": login_url})  # noqa: S310
    try:
        with opener.open(request, timeout=10) as response:  # follows the redirect home
            landing = response.read().decode()
    except urllib.error.HTTPError as exc:
        raise BenchError(f"login POST answered {exc.code}: {tail(exc.read().decode(errors='replace'))}") from exc
    session = next((cookie.value for cookie in jar if cookie.name == "sessionid"), None)
    if not session:
        raise BenchError(f"no sessionid cookie after logging in as {LOGIN_EMAIL}: wrong password or form?")
    if not any(marker in landing for marker in LOGGED_IN_MARKERS):
        raise BenchError("logged in, but the page after the redirect does not show a logged-in header")
    return session


def verify_session(base: str, cookie: str) -> None:
    """The cookie alone (as wrk sends it) must show the logged-in home page."""
    request = urllib.request.Request(base + "/fi/", headers={"Cookie": cookie})  # noqa: S310 -- http://127.0.0.1
    with _opener().open(request, timeout=10) as response:
        page = response.read().decode()
    if not any(marker in page for marker in LOGGED_IN_MARKERS):
        raise BenchError("the sessionid cookie does not give a logged-in /fi/ page")


# --- wrk ---------------------------------------------------------------------

_UNIT_MS = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60_000.0, "h": 3_600_000.0}


def to_ms(value: str, unit: str) -> float:
    return float(value) * _UNIT_MS[unit]


def parse_wrk(output: str) -> dict[str, float]:
    """Requests/sec, p50 and p99 in ms, and the error counts from `wrk --latency` output."""

    def latency(percent: str) -> float:
        match = re.search(rf"^\s*{percent}%\s+([\d.]+)(us|ms|s|m|h)\s*$", output, re.MULTILINE)
        if not match:
            raise BenchError(f"no {percent}% latency line in wrk output:\n{output}")
        return to_ms(match.group(1), match.group(2))

    rps = re.search(r"^Requests/sec:\s+([\d.]+)", output, re.MULTILINE)
    if not rps:
        raise BenchError(f"no Requests/sec in wrk output:\n{output}")
    non_ok = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", output)
    sockets = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output)
    return {
        "rps": float(rps.group(1)),
        "p50": latency("50"),
        "p99": latency("99"),
        "non_2xx_3xx": float(non_ok.group(1)) if non_ok else 0.0,
        "socket_errors": float(sum(int(n) for n in sockets.groups())) if sockets else 0.0,
    }


def run_wrk(url: str, cookie: str | None, args: argparse.Namespace) -> dict[str, float]:
    if not url.startswith(f"http://{HOST}:"):
        raise BenchError(f"refusing to load anything but {HOST}: {url}")
    cmd = ["wrk", "--latency", "-t", str(args.threads), "-c", str(args.connections), "-d", f"{args.duration}s"]
    if cookie:
        cmd += ["-H", f"Cookie: {cookie}"]
    proc = subprocess.run([*cmd, url], capture_output=True, text=True, timeout=args.duration + 60, check=False)
    if proc.returncode != 0:
        raise BenchError(f"wrk failed on {url} (exit {proc.returncode}):\n{proc.stdout}{proc.stderr}")
    return parse_wrk(proc.stdout)


def measure(target_path: str, cookie: str | None, base: str, args: argparse.Namespace) -> Result:
    """Warm both workers up, note the status one request gets, then run wrk."""
    url = base + target_path
    status = 0
    for _ in range(WARMUP_REQUESTS):
        status = probe_status(url, cookie)
    who = "logged in" if cookie else "anonymous"
    print(f"* wrk {target_path} ({who}, status {status})", file=sys.stderr)
    numbers = run_wrk(url, cookie, args)
    return Result(
        path=target_path,
        logged_in=cookie is not None,
        status=status,
        requests_per_s=numbers["rps"],
        p50_ms=numbers["p50"],
        p99_ms=numbers["p99"],
        non_2xx_3xx=int(numbers["non_2xx_3xx"]),
        socket_errors=int(numbers["socket_errors"]),
    )


# --- report ------------------------------------------------------------------


def errors_cell(result: Result) -> str:
    problems = []
    if result.non_2xx_3xx:
        problems.append(f"{result.non_2xx_3xx} non-2xx/3xx")
    if result.socket_errors:
        problems.append(f"{result.socket_errors} socket errors")
    if result.status == 0 or result.status >= 400:
        problems.append(f"probe got {result.status or 'no answer'}")
    return "**" + ", ".join(problems) + "**" if problems else "0"


def format_table(results: list[Result], caption: str) -> str:
    healthz = next(r.requests_per_s for r in results if r.path == HEALTHZ and not r.logged_in)
    lines = [
        caption,
        "",
        "| URL | session | status | req/s | p50 ms | p99 ms | req/s ÷ /healthz | errors |",
        "|---|---|---:|---:|---:|---:|---:|---|",
    ]
    for r in results:
        session = "logged in" if r.logged_in else "anonymous"
        ratio = r.requests_per_s / healthz if healthz else 0.0
        lines.append(
            f"| `{r.path}` | {session} | {r.status} | {r.requests_per_s:.0f} | {r.p50_ms:.1f} | {r.p99_ms:.1f} "
            f"| {ratio:.2f} | {errors_cell(r)} |"
        )
    return "\n".join(lines) + "\n"


def caption_for(args: argparse.Namespace, database_url: str, load_before: float) -> str:
    """One line saying when, on what, and how busy the machine already was."""
    engine = urllib.parse.urlsplit(database_url).scheme or "?"
    today = datetime.datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %Z")
    return (
        f"{today} · gunicorn {WORKERS} sync workers, production settings, {engine} · "
        f"wrk -t{args.threads} -c{args.connections} -d{args.duration}s · {os.cpu_count()} CPUs, "
        f"load average {load_before:.2f} before the first wrk run"
    )


def report_server_log(log_path: Path) -> None:
    """Anything gunicorn logged at warning level or above (tracebacks of 500s…)."""
    text = log_path.read_text(errors="replace").strip() if log_path.exists() else ""
    if text:
        print(f"* gunicorn log (last lines):\n{tail(text)}", file=sys.stderr)


def tail(text: str, lines: int = 30) -> str:
    return "\n".join(text.strip().splitlines()[-lines:])


# --- main --------------------------------------------------------------------


def load_all(base: str, cookie: str, args: argparse.Namespace) -> list[Result]:
    """wrk on every target, anonymous first, then logged in where it applies."""
    results = []
    for target in TARGETS:
        path = static_path(target.path)
        results.append(measure(path, None, base, args))
        if target.logged_in_too:
            results.append(measure(path, cookie, base, args))
    return results


def run(args: argparse.Namespace, tmp: Path) -> tuple[list[Result], float]:
    """Prepare, serve, log in and load; the results and the load average before wrk."""
    database_url = args.database_url or f"sqlite:///{tmp / 'bench.sqlite3'}"
    env = base_env(database_url, tmp)
    prepare_database(env)
    prod = production_env(env)
    manage("collectstatic", ["collectstatic", "--noinput"], prod)
    port = check_port(args.port)
    base = f"http://{HOST}:{port}"
    log_path = tmp / "gunicorn.log"
    server = start_server(prod, port, log_path)
    try:
        wait_healthy(server, base, log_path)
        cookie = f"sessionid={log_in(base)}"
        verify_session(base, cookie)
        load_before = os.getloadavg()[0]
        return load_all(base, cookie, args), load_before
    finally:
        stop_server(server)
        report_server_log(log_path)


def exit_on_signal(signum: int, _frame: object) -> None:
    """SIGTERM (and SIGINT in a background job) unwind through the finally that stops gunicorn."""
    raise SystemExit(128 + signum)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    signal.signal(signal.SIGTERM, exit_on_signal)
    signal.signal(signal.SIGINT, exit_on_signal)
    if not shutil.which("wrk"):
        print("wrk is not installed (apt-get install wrk)", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="kohtaamo-bench-") as tmp_name:
        try:
            results, load_before = run(args, Path(tmp_name))
        except BenchError as exc:
            print(f"bench failed: {exc}", file=sys.stderr)
            return 1
    table = format_table(results, caption_for(args, args.database_url or "sqlite://", load_before))
    print(table)
    if args.output:
        args.output.write_text(table)
    flagged = [r for r in results if errors_cell(r) != "0"]
    for r in flagged:
        print(f"WARNING: {r.path} ({'logged in' if r.logged_in else 'anonymous'}): {errors_cell(r)}", file=sys.stderr)
    return 1 if flagged else 0


if __name__ == "__main__":
    sys.exit(main())
