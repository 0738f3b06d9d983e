"""Huge texts get a clear form error (the length limit), never a 500, and
nothing already saved is lost: an activity's description and translation,
a newcomer's request message, a contact's note to the newcomer."""

import pytest
from django.urls import reverse

from activities.models import Activity, ActivitySession, TryRequest
from activities.models.activity import DESCRIPTION_MAX_CHARS
from activities.models.tryouts import MESSAGE_MAX_CHARS, NOTE_MAX_CHARS
from activities.tryouts.forms import started_token
from tests.activities.test_tryouts.helpers import new_request
from tests.shared_fixtures import interface_in_source_language  # noqa: F401

pytestmark = pytest.mark.django_db

HUGE = "ä😀" * 10_000  # 20,000 characters, emoji included


@pytest.fixture
def saved(world):
    activity = Activity.objects.create(
        association=world.a,
        title="Jalkapallo",
        description="<p>Tule mukaan!</p>",
        hobby_type="football",
        municipality=world.a.municipality,
    )
    ActivitySession.objects.create(activity=activity, weekday=1, starts_at="17:00", ends_at="18:30")
    return activity


def edit_data(activity, **overrides):
    data = {
        "title": activity.title,
        "description": activity.description,
        "original_language": "fi",
        "hobby_type": "football",
        "age_group": "all",
        "level": "beginners",
        "group_kind": "mixed",
        "municipality": activity.municipality_id,
        "cost": "free",
        "first_visit_free": "on",
        "published": "on",
        "sessions-TOTAL_FORMS": "1",
        "sessions-INITIAL_FORMS": "1",
        "sessions-0-id": activity.sessions.get().pk,
        "sessions-0-weekday": "1",
        "sessions-0-starts_at": "17:00",
        "sessions-0-ends_at": "18:30",
    }
    for prefix in ("exceptions", "translations"):
        data.update({f"{prefix}-TOTAL_FORMS": "0", f"{prefix}-INITIAL_FORMS": "0"})
    data.update(overrides)
    return data


def test_a_huge_description_gets_the_length_error(client, world, saved):
    client.force_login(world.contact_a)
    response = client.post(reverse("activities:edit", args=[saved.pk]), edit_data(saved, description=HUGE))
    assert response.status_code == 200
    [error] = response.context["form"].errors["description"]
    assert f"at most {DESCRIPTION_MAX_CHARS} characters" in error


def test_a_huge_description_leaves_the_saved_activity_as_it_was(client, world, saved):
    client.force_login(world.contact_a)
    client.post(reverse("activities:edit", args=[saved.pk]), edit_data(saved, title="Muutettu", description=HUGE))
    saved.refresh_from_db()
    assert (saved.title, saved.description, saved.sessions.count()) == ("Jalkapallo", "<p>Tule mukaan!</p>", 1)


def test_a_huge_description_is_given_back_in_the_form(client, world, saved):
    client.force_login(world.contact_a)
    response = client.post(reverse("activities:edit", args=[saved.pk]), edit_data(saved, description=HUGE))
    assert HUGE in response.content.decode()


def test_a_huge_translation_gets_the_length_error_and_saves_nothing(client, world, saved):
    client.force_login(world.contact_a)
    data = edit_data(
        saved,
        **{
            "translations-TOTAL_FORMS": "1",
            "translations-0-language": "ar",
            "translations-0-title": "كرة القدم",
            "translations-0-description": HUGE,
        },
    )
    response = client.post(reverse("activities:edit", args=[saved.pk]), data)
    assert response.status_code == 200
    assert "description" in response.context["translations"].forms[0].errors
    assert not saved.translations.exists()


def test_a_huge_request_message_gets_the_length_error(client, world, saved, settings):
    settings.TRYOUT_MIN_FILL_SECONDS = 0
    data = {
        "first_name": "Amina",
        "email": "amina@example.org",
        "language": "ar",
        "message": HUGE,
        "consent": "on",
        "homepage": "",
        "started": started_token(),
    }
    response = client.post(reverse("activities:try_request", args=[saved.pk]), data)
    assert response.status_code == 200
    [error] = response.context["form"].errors["message"]
    assert f"at most {MESSAGE_MAX_CHARS} characters" in error
    assert not TryRequest.objects.exists()


@pytest.fixture
def answered(world, saved, settings):
    settings.TRYOUT_MIN_FILL_SECONDS = 0
    request = new_request(saved)
    TryRequest.objects.filter(pk=request.pk).update(answer="call", answer_note="Soitan huomenna.")
    return request


def test_a_huge_note_to_the_newcomer_gets_the_length_error(client, world, answered):
    client.force_login(world.contact_a)
    url = reverse("activities:try_answer", args=[answered.pk])
    response = client.post(url, {"answer-answer": "declined", "answer-note": HUGE})
    assert response.status_code == 400
    [error] = response.context["answer_form"].errors["note"]
    assert f"at most {NOTE_MAX_CHARS} characters" in error


def test_a_huge_note_keeps_the_earlier_answer(client, world, answered):
    client.force_login(world.contact_a)
    data = {"answer-answer": "declined", "answer-note": HUGE}
    client.post(reverse("activities:try_answer", args=[answered.pk]), data)
    answered.refresh_from_db()
    assert (answered.answer, answered.answer_note) == ("call", "Soitan huomenna.")
