"""Every e-mail goes through training.mail.send_safely: a guard, so that a
new feature cannot send in a way that fails a request or loses track of what
was sent (issue 17, defect 6)."""

import re
from pathlib import Path

from django.conf import settings

PROJECT = Path(__file__).resolve().parents[2]
ALLOWED = {PROJECT / "training" / "mail.py"}
# send_mail()/send_mass_mail()/mail_admins(), or message.send() / .send(fail_silently=...):
# signals are sent with sender=..., never with no arguments.
DIRECT_SEND = re.compile(r"\b(?:send_mail|send_mass_mail|mail_admins|mail_managers)\b|\.send\(\s*(?:\)|fail_silently)")


def project_sources():
    for app in settings.PROJECT_APPS:
        for path in (PROJECT / app).rglob("*.py"):
            if "migrations" not in path.parts and path not in ALLOWED:
                yield path


def test_no_app_sends_e_mail_except_through_send_safely():
    offenders = []
    for path in project_sources():
        for number, line in enumerate(path.read_text().splitlines(), 1):
            code = line.split("#", 1)[0]
            if DIRECT_SEND.search(code) and "def send_mail(" not in code:
                offenders.append(f"{path.relative_to(PROJECT)}:{number}: {line.strip()}")
    assert offenders == [], "send through training.mail.send_safely:\n" + "\n".join(offenders)
