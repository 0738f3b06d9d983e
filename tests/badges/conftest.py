"""Badge fixtures: a signing key per test (never the developer's var/), a
public origin for absolute URLs, and small worlds of people and badges."""

from types import SimpleNamespace

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from associations.models import Association, Municipality, Region
from badges import services
from tests.badges.factories import BadgeClassFactory
from tests.factories import UserFactory, group_member
from tests.shared_fixtures import interface_in_source_language  # noqa: F401 (autouse)

SITE = "http://testserver"


@pytest.fixture(autouse=True)
def _badge_settings(settings, tmp_path, monkeypatch):
    monkeypatch.delenv("BADGES_SIGNING_KEY", raising=False)
    key = Ed25519PrivateKey.generate()
    path = tmp_path / "keys" / "signing-key.pem"
    path.parent.mkdir()
    path.write_bytes(
        key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    )
    settings.BADGES_SIGNING_KEY_FILE = str(path)
    settings.SITE_URL = SITE
    # As in production (an https SITE_URL): new credentials name the issuer by
    # its did:web; tests of the https-only form turn this off.
    settings.BADGES_ISSUER_DID_WEB = True


@pytest.fixture
def signing_key(settings):
    from badges import signing

    return signing.load_signing_key()


@pytest.fixture
def person(db):
    return UserFactory(email="Amal.Hassan@Example.org", first_name="Amal", last_name="Hassan")


@pytest.fixture
def staff(db, settings):
    user = UserFactory(email="staff@example.org", is_staff=True)
    settings.MFA_EXEMPT_EMAILS = [*settings.MFA_EXEMPT_EMAILS, user.email]
    return user


@pytest.fixture
def trainer(db, settings):
    return group_member("Trainers", settings, email="trainer@example.org")


@pytest.fixture
def manual_badge(db):
    return BadgeClassFactory(
        name="Family café host",
        description="Hosts a welcoming family café.",
        criteria_narrative="Hosted at least three family café evenings.",
        alignment=[{"targetName": "Intercultural communication", "targetUrl": "https://example.org/competences/ic"}],
        tags=["welcoming"],
    )


@pytest.fixture
def award(manual_badge, person):
    award, _created = services.award_to_person(
        manual_badge,
        person,
        source="manual",
        evidence_url="https://example.org/evidence/1",
        evidence_narrative="Three evenings in spring.",
    )
    return award


@pytest.fixture
def association(db):
    region, _ = Region.objects.get_or_create(code="18", defaults={"name": "Kainuu"})
    municipality, _ = Municipality.objects.get_or_create(code="205", defaults={"name": "Kajaani", "region": region})
    return Association.objects.create(
        slug="testiseura", name="Testiseura", association_type="sports_club", municipality=municipality
    )


@pytest.fixture
def approval(staff):
    """A simple approval record with the attributes readiness_approved promises."""
    import datetime

    from django.utils import timezone

    return SimpleNamespace(
        pk=4242,
        framework_id=1,
        approved_at=timezone.now(),
        valid_until=timezone.localdate() + datetime.timedelta(days=365),
        approved_by=staff,
    )
