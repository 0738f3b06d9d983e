"""Bad session input from the admin: clear field errors, nothing saved."""

from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from live.models import LiveSessionPage
from live.validators import validate_https_url

pytestmark = pytest.mark.django_db

# Set by Wagtail when the page is added to the tree, not by the author.
TREE_FIELDS = ["path", "depth"]


def build(**overrides):
    start = timezone.now() + timedelta(days=2)
    fields = {
        "title": "Etäkoulutus",
        "slug": "etakoulutus",
        "starts_at": start,
        "ends_at": start + timedelta(hours=1),
        "join_url": "https://meet.jit.si/kohtaamo",
        "capacity": 10,
        "language": "fi",
    }
    fields.update(overrides)
    return LiveSessionPage(**fields)


def errors_of(page) -> dict:
    with pytest.raises(ValidationError) as caught:
        page.full_clean(exclude=TREE_FIELDS)
    return caught.value.message_dict


def test_a_valid_session_passes():
    build().full_clean(exclude=TREE_FIELDS)


def test_end_before_start_is_refused():
    page = build()
    page.ends_at = page.starts_at - timedelta(minutes=1)
    assert errors_of(page)["ends_at"] == ["The session must end after it starts."]


def test_end_equal_to_start_is_refused():
    page = build()
    page.ends_at = page.starts_at
    assert "ends_at" in errors_of(page)


@pytest.mark.parametrize("capacity", [0, -5])
def test_capacity_below_one_is_refused(capacity):
    assert "capacity" in errors_of(build(capacity=capacity))


@pytest.mark.parametrize("url", ["javascript:alert(1)", "http://meet.example.org/room", "ftp://x.example.org"])
def test_join_url_must_be_https(url):
    assert "join_url" in errors_of(build(join_url=url))


def test_javascript_url_is_refused_by_the_validator_even_with_https_text():
    with pytest.raises(ValidationError):
        validate_https_url("javascript:https://example.org")


def test_recording_url_must_be_https():
    assert "recording_url" in errors_of(build(recording_url="http://video.example.org/1"))


def test_registration_deadline_after_start_is_refused():
    page = build()
    page.registration_deadline = page.starts_at + timedelta(hours=1)
    assert "registration_deadline" in errors_of(page)


def test_session_can_be_a_course_step_or_a_calendar_entry():
    from courses.models import ModulePage
    from live.models import LiveSessionIndexPage

    assert LiveSessionPage in ModulePage.clean_subpage_models()
    assert LiveSessionPage in LiveSessionIndexPage.clean_subpage_models()
