"""The production topology on this machine, and the checks that prove it (docs/operations.md "Drill").

One command: `.venv/bin/python deploy/drill.py` (or `make drill`). It starts, as plain processes:
a PRIVATE PostgreSQL cluster (initdb into a temp folder, free port; the machine's shared
PostgreSQL is never touched), a private redis-server (free port, db 6), an SMTP sink (aiosmtpd, in
this process), two gunicorn app servers A and B with training.settings.production, one task
worker, and haproxy in front (deploy/haproxy/haproxy.cfg's checks and balancing, on 127.0.0.1).
It migrates and seeds the demo into kohtaamo_drill, runs each check as a named PASS/FAIL line
with its time, tears everything down, and exits 1 when any check failed.

Guarantees: only 127.0.0.1 ports it picked itself; every process it started is stopped at the
end, also after an error or Ctrl-C; nothing outside its temp folder is written (except the
shared staticfiles/ when it has no manifest yet, by collectstatic).
"""

from __future__ import annotations

import argparse
import contextlib
import gzip
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
import threading
import time
from collections.abc import Callable
from pathlib import Path

import requests

BASE_DIR = Path(__file__).resolve().parent.parent
PYTHON = str(BASE_DIR / ".venv" / "bin" / "python")
GUNICORN = str(BASE_DIR / ".venv" / "bin" / "gunicorn")
DB_NAME = "kohtaamo_drill"
# A plain-SQL dump of a freshly migrated database (`drill.py --write-baseline`). The drill loads it
# and then runs `migrate`, which applies only the migrations newer than the dump: seconds instead of
# the minute that migrating from nothing costs. A stale or missing dump only makes the drill slower.
BASELINE = BASE_DIR / "deploy" / "drill" / "baseline.sql.gz"
# Readiness waits are generous: on a busy 2-core machine a gunicorn start can take a minute.
READY_TIMEOUT = float(os.environ.get("DRILL_READY_TIMEOUT", "180"))
PASSWORD = "kohtaamo-demo"  # noqa: S105 -- the demo accounts' published password


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for(condition: Callable[[], bool], timeout: float, what: str, step: float = 0.2) -> float:
    """Poll until condition() is true; the seconds it took. RuntimeError after timeout."""
    start = time.monotonic()
    while time.monotonic() - start < timeout:
        try:
            if condition():
                return time.monotonic() - start
        except (requests.RequestException, OSError):
            pass
        time.sleep(step)
    raise RuntimeError(f"timed out after {timeout:.0f} s waiting for {what}")


def postgres_bin(name: str) -> str | None:
    found = sorted(Path("/usr/lib/postgresql").glob(f"*/bin/{name}"))
    return str(found[-1]) if found else shutil.which(name)


class SmtpSink:
    """An SMTP server on 127.0.0.1 that keeps every message; can hold the next MAIL FROM."""

    def __init__(self):
        from aiosmtpd.controller import Controller

        self.messages: list[dict] = []
        self.hold_seconds = 0.0
        self.holding = threading.Event()
        sink = self

        class Handler:
            async def handle_MAIL(self, server, session, envelope, address, mail_options):
                import asyncio

                if sink.hold_seconds:
                    seconds, sink.hold_seconds = sink.hold_seconds, 0.0
                    sink.holding.set()
                    await asyncio.sleep(seconds)
                envelope.mail_from = address
                return "250 OK"

            async def handle_DATA(self, server, session, envelope):
                sink.messages.append(
                    {"to": list(envelope.rcpt_tos), "data": envelope.content.decode("utf8", "replace")}
                )
                return "250 Message accepted"

        self.port = free_port()
        self.controller = Controller(Handler(), hostname="127.0.0.1", port=self.port)
        self.controller.start()

    def to(self, address: str) -> list[dict]:
        return [m for m in self.messages if address in m["to"]]

    def stop(self):
        self.controller.stop()


class Topology:
    """Every process of the drill; stop() ends each one it started (by its own process group)."""

    def __init__(self, tmp: Path, verbose: bool, seed: str = "minimal", use_baseline: bool = True):
        self.tmp = tmp
        self.verbose = verbose
        self.seed = seed
        self.use_baseline = use_baseline
        self.facts: dict = {}
        self.timings: dict[str, float] = {}
        self.baseline_loaded = False
        self.procs: dict[str, subprocess.Popen] = {}
        self.pg_dir = tmp / "pg"
        self.pg_port = free_port()
        self.redis_port = free_port()
        self.ports = {"A": free_port(), "B": free_port()}
        self.proxy_port = free_port()
        self.as_postgres = os.geteuid() == 0
        self.smtp: SmtpSink | None = None
        self.env: dict[str, str] = {}

    # --- processes -----------------------------------------------------------------------
    def _log(self, name: str):
        return open(self.tmp / f"{name}.log", "ab")

    def spawn(self, name: str, argv: list[str], env: dict | None = None) -> subprocess.Popen:
        proc = subprocess.Popen(  # noqa: S603 -- our own argv lists, no shell
            argv,
            cwd=BASE_DIR,
            env=env or self.env,
            stdout=self._log(name),
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        self.procs[name] = proc
        return proc

    def kill(self, name: str, sig=signal.SIGKILL):
        proc = self.procs.pop(name, None)
        if proc is None or proc.poll() is not None:
            return
        try:
            os.killpg(proc.pid, sig)
        except ProcessLookupError:
            return
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(timeout=5)

    def boot_django(self) -> None:
        """A `manage.py shell` that boots now (beside the servers) and runs one snippet later: the
        publish check then does not wait for a Django start."""
        env = dict(self.env, DJANGO_SETTINGS_MODULE="training.settings.production")
        self.booted = subprocess.Popen(  # noqa: S603 -- our interpreter and manage.py
            [PYTHON, "manage.py", "shell", "-c", "import sys; exec(sys.stdin.read())"],
            cwd=BASE_DIR, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
            text=True, start_new_session=True,
        )  # fmt: skip
        self.procs["django-shell"] = self.booted

    def run_in_django(self, snippet: str, timeout: float = 300) -> str:
        """Run `snippet` in the pre-booted shell (once), or in a new one."""
        proc, self.booted = getattr(self, "booted", None), None
        if proc is None or proc.poll() is not None:
            return self.manage("shell", "-c", snippet, timeout=timeout)
        self.procs.pop("django-shell", None)
        out, err = proc.communicate(snippet, timeout=timeout)
        if proc.returncode != 0:
            raise RuntimeError(f"the snippet failed:\n{out[-2000:]}{err[-3000:]}")
        return out

    def manage(self, *args: str, settings: str = "training.settings.production", timeout: float = 600) -> str:
        env = dict(self.env, DJANGO_SETTINGS_MODULE=settings)
        result = subprocess.run(  # noqa: S603 -- our interpreter and manage.py
            [PYTHON, "manage.py", *args], cwd=BASE_DIR, env=env, capture_output=True, text=True, timeout=timeout
        )
        if result.returncode != 0:
            raise RuntimeError(
                f"manage.py {' '.join(args[:2])} failed:\n{result.stdout[-2000:]}{result.stderr[-3000:]}"
            )
        return result.stdout

    # --- PostgreSQL ----------------------------------------------------------------------
    def _pg(self, argv: list[str], **kwargs):
        if self.as_postgres:
            argv = ["runuser", "-u", "postgres", "--", *argv]
        return subprocess.run(  # noqa: S603 -- PostgreSQL's own tools
            argv, check=True, capture_output=True, text=True, timeout=300, **kwargs
        )

    def pg_init(self):
        self.pg_dir.mkdir()
        if self.as_postgres:
            shutil.chown(self.tmp, "postgres")
            shutil.chown(self.pg_dir, "postgres")
        self._pg([postgres_bin("initdb"), "-D", str(self.pg_dir), "-A", "trust", "-U", "postgres", "--no-sync"])
        self.pg_start()
        self._pg([postgres_bin("createdb"), "-h", "127.0.0.1", "-p", str(self.pg_port), "-U", "postgres", DB_NAME])

    def pg_start(self):
        options = f"-p {self.pg_port} -k {self.pg_dir} -c listen_addresses=127.0.0.1 -c fsync=off"
        self._pg(
            [
                postgres_bin("pg_ctl"),
                "-D",
                str(self.pg_dir),
                "-o",
                options,
                "-l",
                str(self.pg_dir / "log"),
                "-w",
                "start",
            ]
        )

    def pg_stop(self):
        self._pg([postgres_bin("pg_ctl"), "-D", str(self.pg_dir), "-m", "fast", "-w", "stop"])

    # --- the rest ------------------------------------------------------------------------
    def redis_start(self):
        self.spawn(
            "redis",
            ["redis-server", "--port", str(self.redis_port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
        )
        wait_for(
            lambda: socket.create_connection(("127.0.0.1", self.redis_port), 0.5).close() or True,
            READY_TIMEOUT,
            "redis",
        )

    def app_spawn(self, name: str):
        metrics = self.tmp / f"metrics-{name}"
        shutil.rmtree(metrics, ignore_errors=True)
        metrics.mkdir()
        env = dict(self.env, PROMETHEUS_MULTIPROC_DIR=str(metrics))
        argv = [GUNICORN, "training.wsgi:application", "--bind", f"127.0.0.1:{self.ports[name]}"]
        self.spawn(f"app-{name}", [*argv, "--workers", "2", "--timeout", "60"], env=env)

    def app_wait(self, name: str):
        def up() -> bool:
            proc = self.procs.get(f"app-{name}")
            if proc is not None and proc.poll() is not None:
                raise RuntimeError(f"app server {name} exited with {proc.returncode} (see app-{name}.log)")
            return requests.get(self.url(name, "/healthz"), timeout=5).status_code == 200

        wait_for(up, READY_TIMEOUT, f"app server {name}")

    def app_start(self, name: str):
        self.app_spawn(name)
        self.app_wait(name)

    def worker_start(self):
        argv = [PYTHON, "manage.py", "task_worker", "--worker-id", "drill-1", "--interval", "0.2", "--no-startup-delay"]
        self.spawn("worker", argv)

    def proxy_start(self):
        config = self.tmp / "haproxy.cfg"
        config.write_text(
            "\n".join(
                [
                    "global",
                    "    maxconn 500",
                    "defaults",
                    "    mode http",
                    "    option redispatch",
                    "    retries 2",
                    "    timeout connect 2s",
                    "    timeout client 30s",
                    "    timeout server 30s",
                    "frontend www",
                    f"    bind 127.0.0.1:{self.proxy_port}",
                    "    default_backend app",
                    "backend app",
                    "    balance roundrobin",
                    "    option httpchk",
                    "    http-check send meth GET uri /healthz ver HTTP/1.1 hdr Host 127.0.0.1",
                    "    http-check expect status 200",
                    # A busy server answers /healthz late, not never: a check may take 5 s (the
                    # default would be `inter`, and 500 ms under load took a live server out).
                    "    timeout check 5s",
                    "    default-server inter 500ms fall 2 rise 2 on-marked-down shutdown-sessions",
                    f"    server A 127.0.0.1:{self.ports['A']} check",
                    f"    server B 127.0.0.1:{self.ports['B']} check",
                    "",
                ]
            )
        )
        self.spawn("haproxy", [shutil.which("haproxy"), "-db", "-f", str(config)])
        wait_for(
            lambda: requests.get(self.url("proxy", "/healthz"), timeout=5).status_code == 200, READY_TIMEOUT, "haproxy"
        )

    def client(self) -> requests.Session:
        """A browser that reaches A and B as haproxy forwards it: with the site's one Host header.

        allauth keys its failed-login limit on the Host (get_current_site), so A and B share it
        only when they see the same Host, as they do behind the proxy."""
        session = requests.Session()
        session.headers["Host"] = f"127.0.0.1:{self.proxy_port}"
        return session

    def url(self, server: str, path: str) -> str:
        port = self.proxy_port if server == "proxy" else self.ports[server]
        return f"http://127.0.0.1:{port}{path}"

    def start(self):
        self.smtp = SmtpSink()
        self.make_env()
        self.timings["postgresql"] = self.timed(self.pg_init)
        self.redis_start()
        self.finish_start()

    def make_env(self):
        smtp_port = self.smtp.port if self.smtp else 0
        origins = ",".join(f"http://127.0.0.1:{p}" for p in [*self.ports.values(), self.proxy_port])
        self.env = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "HOME": str(self.tmp),
            "LANG": "C.UTF-8",
            "DJANGO_SETTINGS_MODULE": "training.settings.production",
            "SECRET_KEY": secrets.token_urlsafe(64),
            "ALLOWED_HOSTS": "127.0.0.1,localhost",
            "CSRF_TRUSTED_ORIGINS": origins,
            "SITE_URL": f"http://127.0.0.1:{self.proxy_port}",
            "DATABASE_URL": f"postgres://postgres@127.0.0.1:{self.pg_port}/{DB_NAME}",
            "REDIS_URL": f"redis://127.0.0.1:{self.redis_port}/6",
            # Plain HTTP on 127.0.0.1: no redirect to HTTPS, cookies not Secure-only.
            "DJANGO_SECURE_SSL_REDIRECT": "0",
            "DJANGO_SECURE_COOKIES": "0",
            "DJANGO_SECURE_HSTS_SECONDS": "0",
            "TRUSTED_PROXY_COUNT": "0",
            "EMAIL_HOST": "127.0.0.1",
            "EMAIL_PORT": str(smtp_port),
            "MEDIA_ROOT": str(self.tmp / "media"),
            "PRIVATE_MEDIA_ROOT": str(self.tmp / "private"),
            "BADGES_SIGNING_KEY_FILE": str(self.tmp / "badge-keys" / "signing-key.pem"),
            "TASK_RETRY_BASE_SECONDS": "1",
            "LOG_FORMAT": "text",
            "LOG_LEVEL": "WARNING",
        }

    def finish_start(self):
        collect = None
        if not (BASE_DIR / "staticfiles" / "staticfiles.json").exists():
            # A clean checkout (CI): collectstatic needs no database, so it runs beside the setup.
            collect = subprocess.Popen(  # noqa: S603 -- our interpreter and manage.py
                [PYTHON, "manage.py", "collectstatic", "--noinput"],
                cwd=BASE_DIR, env=self.env, stdout=self._log("collectstatic"), stderr=subprocess.STDOUT,
            )  # fmt: skip
        self.timings["baseline"] = self.timed(self.load_baseline)
        try:
            self.timings["setup"] = self.timed(self.setup_database)
        except RuntimeError as error:
            if not self.baseline_loaded:
                raise
            # A dump that no longer fits the migrations (one was edited or renamed) costs time, not the drill.
            print(f"the baseline dump did not migrate ({str(error)[-300:]}); migrating from nothing", flush=True)
            self.psql("-d", "postgres", "-c", f"DROP DATABASE {DB_NAME}")
            self.psql("-d", "postgres", "-c", f"CREATE DATABASE {DB_NAME}")
            self.baseline_loaded = False
            self.timings["setup"] = self.timed(self.setup_database)
        if collect is not None:
            waited = self.timed(lambda: collect.wait(timeout=900))
            self.timings["collectstatic (after the setup)"] = waited
            if collect.returncode != 0:
                raise RuntimeError("collectstatic failed (see collectstatic.log)")
        started = time.monotonic()
        self.app_spawn("A")
        self.app_spawn("B")
        self.worker_start()
        self.boot_django()
        self.app_wait("A")
        self.app_wait("B")
        self.proxy_start()
        self.timings["servers"] = time.monotonic() - started

    @staticmethod
    def timed(step: Callable[[], object]) -> float:
        started = time.monotonic()
        step()
        return time.monotonic() - started

    def psql(self, *args: str, **kwargs):
        argv = [postgres_bin("psql"), "-h", "127.0.0.1", "-p", str(self.pg_port), "-U", "postgres", "-q", *args]
        return self._pg(argv, **kwargs)

    def load_baseline(self) -> None:
        """The baseline dump into the empty drill database (when there is one and use_baseline)."""
        if not (self.use_baseline and BASELINE.exists()):
            return
        sql = gzip.decompress(BASELINE.read_bytes()).decode()
        self.psql("-v", "ON_ERROR_STOP=1", "-d", DB_NAME, input=sql)
        self.baseline_loaded = True

    def setup_database(self) -> None:
        """migrate (on top of the baseline), the badge key, the seed and the checks' facts: one process."""
        env = dict(
            self.env,
            DJANGO_SETTINGS_MODULE="training.settings.dev",
            EMAIL_BACKEND="django.core.mail.backends.locmem.EmailBackend",
        )
        result = subprocess.run(  # noqa: S603 -- our interpreter and script
            [PYTHON, str(BASE_DIR / "deploy" / "drill_setup.py"), "--seed", self.seed],
            cwd=BASE_DIR, env=env, capture_output=True, text=True, timeout=1800,
        )  # fmt: skip
        if result.returncode != 0:
            raise RuntimeError(f"drill_setup.py failed:\n{result.stdout[-2000:]}{result.stderr[-3000:]}")
        self.facts = json.loads(result.stdout.strip().splitlines()[-1])

    def write_baseline(self) -> None:
        """A fresh cluster, `migrate` from nothing, and its dump as the new BASELINE."""
        self.make_env()
        self.pg_init()
        env = dict(self.env, DJANGO_SETTINGS_MODULE="training.settings.dev",
                   DATABASE_URL=f"postgres://postgres@127.0.0.1:{self.pg_port}/{DB_NAME}")  # fmt: skip
        subprocess.run(  # noqa: S603 -- our interpreter and manage.py
            [PYTHON, "manage.py", "migrate", "--noinput"], cwd=BASE_DIR, env=env, check=True, timeout=1800
        )
        dump = self._pg(
            [postgres_bin("pg_dump"), "-h", "127.0.0.1", "-p", str(self.pg_port), "-U", "postgres",
             "--no-owner", "--no-privileges", DB_NAME]
        ).stdout  # fmt: skip
        BASELINE.parent.mkdir(parents=True, exist_ok=True)
        BASELINE.write_bytes(gzip.compress(dump.encode(), mtime=0))

    def stop(self):
        signal.signal(signal.SIGTERM, signal.SIG_IGN)  # a second TERM must not cut the teardown short
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        for name in list(self.procs):
            try:
                self.kill(name, signal.SIGTERM)
            except Exception as error:  # the others must still be stopped
                print(f"could not stop {name}: {error}", flush=True)
        if self.smtp:
            self.smtp.stop()
        if (self.pg_dir / "postmaster.pid").exists():
            with contextlib.suppress(subprocess.SubprocessError):
                self.pg_stop()


class CheckFailed(Exception):
    """A check saw the wrong behaviour (its message says what)."""


def require(condition, message: str) -> None:
    if not condition:
        raise CheckFailed(message)


# --- HTTP helpers -----------------------------------------------------------------------------
def csrf_from(html: str) -> str:
    found = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html)
    if not found:
        raise AssertionError("no CSRF token in the page")
    return found.group(1)


def post_form(session: requests.Session, url: str, data: dict, form_url: str | None = None) -> requests.Response:
    page = session.get(form_url or url, timeout=10)
    data = {"csrfmiddlewaretoken": csrf_from(page.text), **data}
    return session.post(url, data=data, headers={"Referer": url}, allow_redirects=False, timeout=30)


def log_in(
    topo: Topology, server: str, email: str, password: str = PASSWORD
) -> tuple[requests.Session, requests.Response]:
    session = topo.client()
    url = topo.url(server, "/fi/accounts/login/")
    response = post_form(session, url, {"login": email, "password": password})
    return session, response


def logged_in_as(session: requests.Session, url: str) -> bool:
    response = session.get(url, allow_redirects=False, timeout=10)
    return response.status_code == 200


# --- the checks -------------------------------------------------------------------------------
class Drill:
    def __init__(self, topo: Topology):
        self.topo = topo
        self.results: list[tuple[str, bool, float, str]] = []
        self.facts: dict = {}

    def check(self, name: str, body: Callable[[], str]):
        start = time.monotonic()
        try:
            detail, ok = body() or "", True
        except Exception as error:  # a failed check is reported, the drill goes on
            detail, ok = f"{type(error).__name__}: {error}", False
        seconds = time.monotonic() - start
        self.results.append((name, ok, seconds, detail))
        print(f"{'PASS' if ok else 'FAIL'}  {name}  ({seconds:.1f} s)  {detail}", flush=True)

    def load_facts(self):
        if self.topo.facts:
            self.facts = self.topo.facts
            return
        snippet = (
            "import json\n"
            "from django.utils import timezone\n"
            "from courses.models.pages import LessonPage\n"
            "from live.models.pages import LiveSessionPage\n"
            "from live.models.people import Registration\n"
            "from accounts.models import User\n"
            "from courses.models.pages import CoursePage\n"
            "from courses.models.progress import Enrolment\n"
            "learner = User.objects.get(email='learner@example.org')\n"
            "keys = Enrolment.objects.filter(user=learner).values_list('course_key', flat=True)\n"
            "course = CoursePage.objects.live().public().filter(translation_key__in=keys,"
            " locale__language_code='fi').first()\n"
            "lesson = LessonPage.objects.live().descendant_of(course).first()\n"
            "sessions = [s for s in LiveSessionPage.objects.live().filter(starts_at__gt=timezone.now(),"
            " locale__language_code='fi')"
            ".order_by('starts_at') if s.registration_open() and not s.is_cancelled"
            " and Registration.objects.filter(session=s, status='registered').count() < s.capacity]\n"
            "free = {}\n"
            "for email in ['learner@example.org']:\n"
            "    user = User.objects.get(email=email)\n"
            "    taken = set(Registration.objects.filter(user=user).values_list('session_id', flat=True))\n"
            "    free[email] = [s.pk for s in sessions if s.pk not in taken]\n"
            "print(json.dumps({'lesson_id': lesson.pk, 'lesson_url': lesson.url, 'lesson_title': lesson.title,"
            " 'course_url': course.url,"
            " 'sessions': free}))\n"
        )
        self.facts = json.loads(self.topo.manage("shell", "-c", snippet).strip().splitlines()[-1])

    def session_across_servers(self) -> str:
        session, response = log_in(self.topo, "A", "learner@example.org")
        require(response.status_code == 302, f"login on A answered {response.status_code}")
        require(logged_in_as(session, self.topo.url("B", "/fi/start/")), "B does not know A's session")
        require(logged_in_as(session, self.topo.url("A", "/fi/start/")), "A lost its own session")
        self.learner = session
        return "logged in on A, /fi/start/ 200 on B"

    def shared_rate_limit(self) -> str:
        email = "learner2@example.org"
        codes = []
        for attempt in range(5):
            _, response = log_in(self.topo, "AB"[attempt % 2], email, "wrong-password")
            codes.append(response.status_code)
        require(all(code == 200 for code in codes), f"failed logins answered {codes}")
        _, response = log_in(self.topo, "B", email)
        require(response.status_code != 302, "the 6th attempt (on B) logged in: the limit is not shared")
        statuses = []
        client = self.topo.client()  # one browser, one CSRF token: only the posts count
        token = csrf_from(client.get(self.topo.url("A", "/fi/accounts/login/"), timeout=30).text)
        for n in range(40):
            url = self.topo.url("AB"[n % 2], "/fi/accounts/login/")
            data = {"csrfmiddlewaretoken": token, "login": f"person{n}@example.org", "password": "wrong-password"}
            response = client.post(url, data=data, headers={"Referer": url}, allow_redirects=False, timeout=30)
            statuses.append(response.status_code)
            if response.status_code == 429:
                break
        require(429 in statuses, f"40 login posts from one address over A and B never got 429: {set(statuses)}")
        return f"5 failures A/B -> address locked on B; 429 after {len(statuses)} posts alternating A/B"

    def publish_fresh_on_b(self) -> str:
        course, lesson = (self._path(self.facts[key]) for key in ("course_url", "lesson_url"))
        anonymous = self.topo.client()

        def pages() -> tuple[str, str]:
            """The course page as anyone sees it and the lesson as the learner does, from B."""
            seen = anonymous.get(self.topo.url("B", course), timeout=10, allow_redirects=False)
            mine = self.learner.get(self.topo.url("B", lesson), timeout=10, allow_redirects=False)
            require(seen.status_code == 200, f"course page on B (anonymous) answered {seen.status_code}")
            require(mine.status_code == 200, f"lesson on B (learner) answered {mine.status_code}")
            return seen.text, mine.text

        old_title = self.facts["lesson_title"]
        for _ in range(2):  # the second round is answered from B's page cache
            seen, mine = pages()
        require(old_title in seen and old_title in mine, "the lesson's title is not on the pages before the publish")
        new_title = f"Drill {secrets.token_hex(4)}"
        snippet = (
            "from courses.models.pages import LessonPage\n"
            f"page = LessonPage.objects.get(pk={self.facts['lesson_id']}).specific\n"
            f"page.title = {new_title!r}\n"
            "page.save_revision().publish()\n"
        )
        self.topo.run_in_django(snippet)
        seen, mine = pages()
        require(new_title in seen, "the course page on B (anonymous) is stale after the publish")
        require(new_title in mine, "the lesson on B (learner) is stale after the publish")
        return f"new lesson title on B at once: {course} (anonymous), {lesson} (learner)"

    @staticmethod
    def _path(url: str) -> str:
        return "/" + url.split("/", 3)[3] if url.startswith("http") else url

    def _register(self, session: requests.Session, email: str) -> int:
        session_id = self.facts["sessions"][email].pop(0)
        page = self.topo.url("A", f"/fi/live/sessions/{session_id}/register/")
        response = post_form(session, page, {}, form_url=self.topo.url("A", "/fi/start/"))
        require(response.status_code in (302, 303), f"register on A answered {response.status_code}")
        return session_id

    def mail_once(self) -> str:
        email = "learner@example.org"
        before = len(self.topo.smtp.to(email))
        self._register(self.learner, email)
        waited = wait_for(lambda: len(self.topo.smtp.to(email)) > before, 30, "the confirmation mail")
        time.sleep(3)  # a second copy would arrive by now
        count = len(self.topo.smtp.to(email)) - before
        require(count == 1, f"{count} mails")
        return f"1 mail {waited:.1f} s after the registration on A"

    def mail_once_after_worker_kill(self) -> str:
        email, session = "learner@example.org", self.learner
        before = len(self.topo.smtp.to(email))
        self.topo.smtp.hold_seconds = 30
        self.topo.smtp.holding.clear()
        self._register(session, email)
        wait_for(self.topo.smtp.holding.is_set, 30, "the worker to start sending")
        self.topo.kill("worker")  # SIGKILL in the middle of the task
        time.sleep(0.5)
        self.topo.worker_start()  # same --worker-id: it requeues its own RUNNING task
        # The restarted worker requeues its task at once and takes over the killed attempt's claim
        # (notifications.mailing); the wait is generous only for a busy machine.
        waited = wait_for(lambda: len(self.topo.smtp.to(email)) > before, 60, "the mail after the restart")
        time.sleep(3)
        count = len(self.topo.smtp.to(email)) - before
        require(count == 1, f"{count} mails")
        return f"worker killed mid-send, restarted: 1 mail {waited:.1f} s later"

    def failover(self) -> str:
        stop = threading.Event()
        outcomes: list[tuple[float, int]] = []

        def hammer():
            client = requests.Session()
            while not stop.is_set():
                try:
                    code = client.get(self.topo.url("proxy", "/fi/"), timeout=10).status_code
                except requests.RequestException:
                    code = 0
                outcomes.append((time.monotonic(), code))

        threads = [threading.Thread(target=hammer) for _ in range(4)]
        for thread in threads:
            thread.start()
        time.sleep(2)
        killed_at = time.monotonic()
        self.topo.kill("app-A")
        time.sleep(4)  # haproxy marks A down after 2 failed checks 500 ms apart
        settled = time.monotonic()
        time.sleep(3)
        stop.set()
        for thread in threads:
            thread.join()
        before = [c for t, c in outcomes if t < killed_at]
        during = [c for t, c in outcomes if killed_at <= t < settled]
        after = [c for t, c in outcomes if t >= settled]
        require(before and all(c == 200 for c in before), f"before the kill: {sorted(set(before))}")
        require(after and all(c == 200 for c in after), f"after the failover: {sorted(set(after))}")
        errors = sum(1 for c in during if c != 200)
        self.topo.app_spawn("A")  # started again; the next check waits until it answers
        return (
            f"{len(before)} ok before, {errors}/{len(during)} errors in the 4 s after the kill, "
            f"{len(after)}/{len(after)} ok after"
        )

    def redis_down(self) -> str:
        self.topo.kill("redis")
        try:
            for server in "AB":
                health = requests.get(self.topo.url(server, "/healthz"), timeout=10)
                require(
                    health.status_code == 200 and health.json()["cache"] == "down", f"{server} healthz {health.text}"
                )
                for path in ("/fi/", self._path(self.facts["course_url"])):
                    code = requests.get(self.topo.url(server, path), timeout=10).status_code
                    require(code == 200, f"{server} {path} anonymous answered {code}")
                require(logged_in_as(self.learner, self.topo.url(server, "/fi/start/")), f"session lost on {server}")
        finally:
            self.topo.redis_start()
        return "healthz 200 cache down; pages 200 on A and B; the learner's session kept"

    def postgres_restart(self) -> str:
        self.topo.pg_stop()
        try:
            outage = requests.get(self.topo.url("B", "/healthz"), timeout=15)
            require(outage.status_code == 503, f"healthz during the outage answered {outage.status_code}")
        finally:
            self.topo.pg_start()
        waited = wait_for(
            lambda: all(requests.get(self.topo.url(s, "/healthz"), timeout=5).status_code == 200 for s in "AB"),
            30,
            "healthz 200 again",
        )
        require(logged_in_as(self.learner, self.topo.url("proxy", "/fi/start/")), "pages after the restart")
        return f"503 during the outage; 200 on A and B {waited:.1f} s after the start, no app restart"

    # --- bounded load through the proxy (docs/performance.md "Load on the production topology") --
    LOAD_SETUP = """
import json, random, secrets
from importlib import import_module
from allauth.mfa.models import Authenticator
from django.conf import settings
from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY, get_user_model
from django.contrib.auth.hashers import make_password
from django.urls import reverse
from django.utils import timezone, translation
from associations.models import Membership, Role
from courses.models.pages import LessonPage
from live.models.pages import LiveSessionPage
from quizzes import snapshot
from quizzes.answers import field_name
from quizzes.models import Attempt, QuizPage

N = {learners}
rng = random.Random(13)
User = get_user_model()
Store = import_module(settings.SESSION_ENGINE).SessionStore

def session_for(user):
    session = Store()
    session[SESSION_KEY] = str(user.pk)
    session[BACKEND_SESSION_KEY] = settings.AUTHENTICATION_BACKENDS[0]
    session[HASH_SESSION_KEY] = user.get_session_auth_hash()
    session.create()
    return session.session_key

lessons = [p.url for p in LessonPage.objects.live().public().filter(locale__language_code="fi").order_by("path")]
quizzes = QuizPage.objects.live().filter(locale__language_code="fi")
quiz = quizzes.filter(slug="arjen-tilanteet-visa").first() or quizzes.order_by("path").first()
sessions = [s.pk for s in LiveSessionPage.objects.live().filter(starts_at__gt=timezone.now(),
            locale__language_code="fi").order_by("starts_at") if s.registration_open() and not s.is_cancelled]
password = make_password(None)
User.objects.bulk_create([User(email=f"drill-load-{{n}}@example.org", password=password) for n in range(N)],
                         ignore_conflicts=True)
learners = list(User.objects.filter(email__startswith="drill-load-").order_by("pk"))[:N]
people = []
for n, user in enumerate(learners):
    attempt = Attempt.objects.create(user=user, quiz_key=quiz.translation_key, page=quiz, number=1,
                                     snapshot=snapshot.build(quiz, rng))
    form = {{field_name(q["id"]): rng.choice(q["options"])["id"] for q in attempt.snapshot["questions"]
             if q.get("options")}}
    people.append({{"cookie": session_for(user), "lesson": lessons[n % len(lessons)], "attempt": str(attempt.public_id),
                   "form": form, "session": sessions[n % len(sessions)] if sessions else None}})
staff = []
with translation.override("fi"):
    for membership in Membership.objects.filter(role=Role.CONTACT).select_related("user", "association")[:2]:
        user = membership.user
        Authenticator.objects.get_or_create(user=user, type=Authenticator.Type.TOTP,
                                            defaults={{"data": {{"secret": secrets.token_hex(10)}}}})
        staff.append({{"who": "contact", "cookie": session_for(user),
                      "url": reverse("reports:association", args=[membership.association.slug])}})
    coordinator = User.objects.get(email="coordinator@example.org")
    Authenticator.objects.get_or_create(user=coordinator, type=Authenticator.Type.TOTP,
                                        defaults={{"data": {{"secret": secrets.token_hex(10)}}}})
    staff.append({{"who": "coordinator", "cookie": session_for(coordinator), "url": reverse("reports:index")}})
print(json.dumps({{"people": people, "staff": staff, "lessons": len(set(p["lesson"] for p in people))}}))
"""

    def load(self, seconds: float, clients: int = 8, learners: int = 40) -> str:
        """`clients` threads of `learners` distinct learners (own lesson, quiz autosaves and one
        submit, one live registration, start page, calendar) and anonymous visitors, plus one thread
        of association contacts and the coordinator on their dashboards; only to 127.0.0.1."""
        self.topo.app_wait("A")  # started again after the failover check
        made = json.loads(self.topo.manage("shell", "-c", self.LOAD_SETUP.format(learners=learners)).splitlines()[-1])
        people, staff = made["people"], made["staff"]
        require(people and staff, "the load's learners or dashboard users could not be prepared")
        for person in (people[0], *staff):
            probe = requests.get(
                self.topo.url("proxy", "/fi/start/"),
                cookies={"sessionid": person["cookie"]},
                allow_redirects=False,
                timeout=30,
            )
            require(probe.status_code == 200, f"a prepared session is not logged in (start page {probe.status_code})")
        course = self._path(self.facts["course_url"])
        proxy = lambda path: self.topo.url("proxy", path)  # noqa: E731
        timings: dict[str, list[float]] = {}
        errors: list[str] = []
        deadline = time.monotonic() + seconds
        lock = threading.Lock()

        def timed(kind: str, call: Callable[..., requests.Response], *args, ok=(200,), **kwargs):
            """call(*args, **kwargs), timed under `kind`; an answer outside `ok` is an error."""
            start = time.monotonic()
            try:
                response = call(*args, **kwargs)
                good = response.status_code in ok
            except requests.RequestException:
                response, good = None, False
            with lock:
                timings.setdefault(kind, []).append(time.monotonic() - start)
                if not good:
                    errors.append(f"{kind}: {getattr(response, 'status_code', 'no answer')}")
            return response

        def session_with(cookie: str) -> requests.Session:
            session = requests.Session()
            token = secrets.token_hex(16)
            session.cookies.set("sessionid", cookie, domain="127.0.0.1")
            session.cookies.set("csrftoken", token, domain="127.0.0.1")
            session.csrf = token  # type: ignore[attr-defined]
            return session

        def learner_thread(worker: int):
            mine = [dict(person, round=0, sequence=1) for person in people[worker::clients]]
            for person in mine:
                person["client"] = session_with(person["cookie"])
            anonymous = requests.Session()
            n = 0
            while time.monotonic() < deadline and mine:
                person = mine[n % len(mine)]
                client, n = person["client"], n + 1
                post = {"allow_redirects": False, "timeout": 30, "headers": {"Referer": proxy("/")}}
                timed("healthz", anonymous.get, proxy("/healthz"), timeout=30)
                timed("front page (anonymous)", anonymous.get, proxy("/fi/"), timeout=30)
                timed("course page (anonymous)", anonymous.get, proxy(course), timeout=30)
                timed("lesson (learner)", client.get, proxy(self._path(person["lesson"])), timeout=30)
                timed("start page (learner)", client.get, proxy("/fi/start/"), timeout=30)
                timed("live calendar (learner)", client.get, proxy("/fi/live/"), timeout=30)
                attempt = person["attempt"]
                form = {**person["form"], "csrfmiddlewaretoken": client.csrf, "sequence": str(person["sequence"])}
                if person["round"] < 3:
                    url = proxy(f"/fi/quizzes/attempts/{attempt}/autosave/")
                    saved = timed("quiz autosave (learner)", client.post, url, data=form, **post)
                    if saved is not None and saved.status_code == 200:
                        person["sequence"] = int(saved.json()["sequence"]) + 1
                elif person["round"] == 3:
                    url = proxy(f"/fi/quizzes/attempts/{attempt}/submit/")
                    timed("quiz submit (learner)", client.post, url, data=form, ok=(200, 302, 303), **post)
                if person["round"] == 1 and person["session"]:
                    url = proxy(f"/fi/live/sessions/{person['session']}/register/")
                    data = {"csrfmiddlewaretoken": client.csrf}
                    timed("live registration (learner)", client.post, url, data=data, ok=(302, 303), **post)
                person["round"] += 1

        def staff_thread():
            mine = [dict(person, client=session_with(person["cookie"])) for person in staff]
            n = 0
            while time.monotonic() < deadline:
                person, n = mine[n % len(mine)], n + 1
                kind = f"{person['who']} dashboard"
                timed(kind, person["client"].get, proxy(person["url"]), timeout=30, allow_redirects=False)

        threads = [threading.Thread(target=learner_thread, args=(w,)) for w in range(clients)]
        threads.append(threading.Thread(target=staff_thread))
        started = time.monotonic()
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        elapsed = time.monotonic() - started
        base = sorted(timings["healthz"])
        base_p50 = base[len(base) // 2]
        base_rate = len(base) / elapsed
        print("| kind | requests | req/s | p50 ms | p95 ms | p99 ms | p50 / healthz p50 | req/s / healthz req/s |")
        print("|---|---|---|---|---|---|---|---|")
        for kind, values in timings.items():
            values.sort()
            p50, p95, p99 = (values[min(len(values) - 1, int(len(values) * q))] * 1000 for q in (0.5, 0.95, 0.99))
            rate = len(values) / elapsed
            print(
                f"| {kind} | {len(values)} | {rate:.1f} | {p50:.0f} | {p95:.0f} | {p99:.0f} | "
                f"{p50 / (base_p50 * 1000):.1f} | {rate / base_rate:.2f} |",
                flush=True,
            )
        total = sum(len(v) for v in timings.values())
        require(not errors, f"{len(errors)} errors: {sorted(set(errors))[:10]}")
        return (
            f"{total} requests in {elapsed:.0f} s ({total / elapsed:.1f}/s), {clients} learner clients, "
            f"{len(people)} learners on {made['lessons']} lessons, {len(staff)} dashboard users, 0 errors"
        )

    def run(self, load_seconds: float = 0) -> bool:
        self.load_facts()
        self.check("session: log in on A, continue on B", self.session_across_servers)
        self.check("rate limit shared by A and B (locked address, 429)", self.shared_rate_limit)
        self.check("lesson published, fresh on B (anonymous and logged in)", self.publish_fresh_on_b)
        self.check("mail enqueued on A sent once by the worker", self.mail_once)
        self.check("mail sent once when the worker is killed mid-send and restarted", self.mail_once_after_worker_kill)
        self.check("Redis stopped: pages render, sessions survive", self.redis_down)
        self.check("PostgreSQL restarted: healthz 503, then recovers", self.postgres_restart)
        # Last: A's restart after it is killed is waited for only by what follows (the load).
        self.check("app server A killed under load: traffic goes to B", self.failover)
        if load_seconds:
            self.check(f"bounded load through the proxy ({load_seconds:.0f} s)", lambda: self.load(load_seconds))
        return all(ok for _, ok, _, _ in self.results)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keep", action="store_true", help="keep the temp folder (logs) after the run")
    parser.add_argument("--verbose", action="store_true")
    parser.add_argument("--load", type=float, default=0, help="then this many seconds of mixed load (0 = none)")
    parser.add_argument("--hold", type=int, default=0, help="keep the topology up this many seconds before the checks")
    parser.add_argument(
        "--seed",
        choices=("minimal", "demo"),
        default="minimal",
        help="minimal: what the checks need (fast, CI); demo: the whole demo (for --load)",
    )
    parser.add_argument("--no-baseline", action="store_true", help="migrate from nothing instead of loading the dump")
    parser.add_argument("--write-baseline", action="store_true", help=f"rewrite {BASELINE.name} and exit")
    options = parser.parse_args(argv)
    for tool in ("haproxy", "redis-server"):
        if not shutil.which(tool):
            print(f"FAIL  {tool} is not installed (apt-get install {tool})")
            return 2
    if not postgres_bin("initdb"):
        print("FAIL  PostgreSQL's initdb is not installed (apt-get install postgresql)")
        return 2
    tmp = Path(tempfile.mkdtemp(prefix="kohtaamo-drill-"))
    topo = Topology(tmp, options.verbose, seed=options.seed, use_baseline=not options.no_baseline)
    started = time.monotonic()
    ok = False
    if options.write_baseline:
        try:
            topo.write_baseline()
            print(f"wrote {BASELINE} ({BASELINE.stat().st_size} bytes)")
            return 0
        finally:
            topo.stop()
            shutil.rmtree(tmp, ignore_errors=True)
    try:
        topo.start()
        steps = ", ".join(f"{name} {seconds:.0f} s" for name, seconds in topo.timings.items())
        print(
            f"topology up in {time.monotonic() - started:.0f} s ({steps}; proxy http://127.0.0.1:{topo.proxy_port})",
            flush=True,
        )
        if options.hold:
            print(json.dumps({"env": topo.env, "ports": topo.ports, "tmp": str(tmp)}), flush=True)
            time.sleep(options.hold)
        ok = Drill(topo).run(options.load)
    except Exception as error:  # reported, then torn down
        print(f"FAIL  start-up: {error}", flush=True)
    finally:
        topo.stop()
        if options.keep or not ok:
            print(f"logs: {tmp}")
        else:
            shutil.rmtree(tmp, ignore_errors=True)
    print(f"{'PASS' if ok else 'FAIL'}  drill ({time.monotonic() - started:.0f} s)")
    return 0 if ok else 1


if __name__ == "__main__":
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(1))
    sys.exit(main())
