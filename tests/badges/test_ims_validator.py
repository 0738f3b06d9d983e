"""The IMS Open Badges 2.0 validator (PyPI `openbadges` 1.1.2) checks our
hosted assertions served by live_server, by URL and from the baked PNG.

The validator lives in its own virtualenv (see requirements-badges-validator.txt)
and runs in a subprocess; only the JSON-LD context URL is mocked.
"""

import json
import os
import subprocess
from pathlib import Path

import pytest
from django.conf import settings as django_settings

from badges import documents, services

RUNNER = Path(__file__).parent / "ims_validator_runner.py"
VALIDATOR_PYTHON = Path(
    os.environ.get("BADGES_VALIDATOR_PYTHON", Path(django_settings.BASE_DIR) / "var/badges-validator-venv/bin/python")
)


def _missing_validator():
    message = (
        f"IMS badge validator not installed at {VALIDATOR_PYTHON}: see requirements-badges-validator.txt "
        "(or set BADGES_VALIDATOR_PYTHON)"
    )
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(message)
    pytest.skip(message)


@pytest.fixture
def validate(live_server):
    if not VALIDATOR_PYTHON.exists():
        _missing_validator()

    def run(
        email: str | None = None, url: str | None = None, png: Path | None = None, profile=None, svg: Path | None = None
    ) -> dict:
        args = {
            "profile": profile or {"email": email},
            "passthru": live_server.url,
            "url": url,
            "png": str(png) if png else None,
            "svg": str(svg) if svg else None,
        }
        done = subprocess.run(
            [str(VALIDATOR_PYTHON), str(RUNNER)],
            input=json.dumps(args),
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        assert done.returncode == 0, done.stderr
        return json.loads(done.stdout)

    return run


@pytest.fixture
def served_award(live_server, settings, transactional_db, manual_badge, person):
    settings.SITE_URL = live_server.url
    award, _ = services.award_to_person(
        manual_badge,
        person,
        source="manual",
        evidence_url="https://example.org/evidence/1",
        evidence_narrative="Three evenings in spring.",
    )
    return award


def errors(report: dict) -> list[dict]:
    return [m for m in report["messages"] if m["messageLevel"] == "ERROR"]


def test_validator_finds_hosted_assertion_valid_for_the_right_email(validate, served_award, live_server):
    report = validate("amal.hassan@example.org", url=f"{live_server.url}/openbadges/assertions/{served_award.pk}")
    assert report["errorCount"] == 0, errors(report)
    assert report["valid"] is True
    assert report["recipientProfile"] == {"email": "amal.hassan@example.org"}


def test_validator_reports_recipient_error_for_a_wrong_email(validate, served_award, live_server):
    report = validate("someone.else@example.org", url=f"{live_server.url}/openbadges/assertions/{served_award.pk}")
    assert report["valid"] is False
    assert [m["name"] for m in errors(report)] == ["VERIFY_RECIPIENT_IDENTIFIER"]


def test_validator_finds_the_baked_png_valid(validate, served_award, live_server, client, tmp_path):
    png = tmp_path / "badge.png"
    png.write_bytes(client.get(f"/openbadges/assertions/{served_award.pk}/badge.png").content)
    report = validate("amal.hassan@example.org", png=png)
    assert report["errorCount"] == 0, errors(report)
    assert report["valid"] is True


def test_validator_reports_recipient_error_for_the_baked_png_and_a_wrong_email(
    validate, served_award, client, tmp_path
):
    png = tmp_path / "badge.png"
    png.write_bytes(client.get(f"/openbadges/assertions/{served_award.pk}/badge.png").content)
    report = validate("someone.else@example.org", png=png)
    assert report["valid"] is False
    assert [m["name"] for m in errors(report)] == ["VERIFY_RECIPIENT_IDENTIFIER"]


def test_validator_finds_a_readiness_badge_valid_for_the_association_url(
    validate, live_server, settings, transactional_db, association, approval
):
    settings.SITE_URL = live_server.url
    award, _ = services.award_readiness(association, approval, f"{live_server.url}/fi/")
    profile = {"url": services.association_identity(association)}
    report = validate(profile=profile, url=f"{live_server.url}/openbadges/assertions/{award.pk}")
    assert report["errorCount"] == 0, errors(report)
    assert report["valid"] is True


def test_validator_finds_the_baked_svg_valid(validate, live_server, settings, transactional_db, person, tmp_path):
    from django.core.files.base import ContentFile

    from badges.models import BadgeClass, BadgeKind

    settings.SITE_URL = live_server.url
    badge = BadgeClass.objects.create(
        kind=BadgeKind.MANUAL, name="Circle", description="A circle.", criteria_narrative="Drew a circle."
    )
    badge.image.save(
        "circle.svg",
        ContentFile(b'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><circle cx="5" cy="5" r="4"/></svg>'),
        save=True,
    )
    award, _ = services.award_to_person(badge, person, source="manual", evidence_narrative="Drew it ]]> twice.")
    svg = tmp_path / "badge.svg"
    from django.test import Client

    svg.write_bytes(Client().get(f"/openbadges/assertions/{award.pk}/badge.svg").content)
    report = validate("amal.hassan@example.org", svg=svg)
    assert report["unbakedInput"] == f"{live_server.url}/openbadges/assertions/{award.pk}"
    assert report["errorCount"] == 0, errors(report)
    assert report["valid"] is True
    wrong = validate("someone.else@example.org", svg=svg)
    assert [m["name"] for m in errors(wrong)] == ["VERIFY_RECIPIENT_IDENTIFIER"]


def test_validator_finds_a_course_badge_with_rfcdc_alignment_valid(
    validate, live_server, settings, transactional_db, person
):
    import json as jsonlib

    from home import demo as home_demo
    from tests.courses.factories import build_course_tree

    settings.SITE_URL = live_server.url
    home_demo.seed({})  # transactional tests start from an empty database
    from wagtail.models import Site

    home = Site.objects.get(is_default_site=True).root_page.specific
    tree = build_course_tree(home, modules=1, lessons=1, slug="aligned", title="Aligned course")
    tree.course.learning_outcomes = jsonlib.dumps(
        [{"type": "outcome", "value": {"text": "kuuntelee", "competences": ["listening_observing", "empathy"]}}]
    )
    tree.course.save_revision().publish()
    award, _ = services.award_course_completion(person, tree.course)
    report = validate("amal.hassan@example.org", url=f"{live_server.url}/openbadges/assertions/{award.pk}")
    assert report["errorCount"] == 0, errors(report)
    assert report["valid"] is True
    # The validator checked the BadgeClass it fetched, alignment included.
    assert [a["targetCode"] for a in documents.badge_class_document(award.badge_class)["alignment"]] == [
        "listening_observing",
        "empathy",
    ]
