"""The live demo: sessions, a full one with a waiting list, English, a course step, past attendance."""

import pytest
from django.core.management import call_command

from live.models import Attendance, LiveSessionPage, Registration, RegistrationStatus
from live.reporting import attendance_by_association

pytestmark = pytest.mark.django_db


def seed():
    call_command("seed_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115


@pytest.fixture
def demo(demo_data):
    """The seeded demo (shared by the demo tests, see tests/conftest.py)."""


def counts():
    return (LiveSessionPage.objects.count(), Registration.objects.count(), Attendance.objects.count())


def test_demo_has_a_full_session_with_a_waiting_list(demo):
    full = LiveSessionPage.objects.get(slug="uudet-jasenet-kysy-kouluttajalta")
    statuses = list(Registration.objects.filter(session=full).values_list("status", flat=True))
    assert statuses.count(RegistrationStatus.REGISTERED) == full.capacity
    assert statuses.count(RegistrationStatus.WAITLISTED) == 2


def test_demo_has_an_english_session(demo):
    assert LiveSessionPage.objects.live().filter(language="en").exists()


def test_demo_has_a_session_as_a_course_step(demo):
    from courses.services import course_of

    step = LiveSessionPage.objects.get(slug="etakokous-livena", locale__language_code="fi")
    assert course_of(step).slug == "digitaaliset-tyokalut" and step.live


def test_demo_past_attendance_spans_several_associations(demo):
    from associations.models import Association

    figures = attendance_by_association(Association.objects.values_list("pk", flat=True))
    assert len(figures) >= 5


def test_demo_is_idempotent(demo):
    before = counts()
    from wagtail.models import Revision

    revisions = Revision.objects.count()
    seed()
    assert counts() == before
    assert Revision.objects.count() == revisions


def test_demo_step_is_translated_with_its_course_and_shares_registrations(demo):
    from live.services import canonical_session

    english = LiveSessionPage.objects.get(slug="etakokous-livena", locale__language_code="en")
    assert english.live and english.title.startswith("Let's practise")
    assert canonical_session(english).locale.language_code == "fi"
