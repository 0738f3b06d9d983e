"""The association's side of a try request: who may see it (everyone else
gets 404), answering it, recording the outcome, and what the newcomer then
sees and receives in their own language (issue 16 §3-4)."""

from datetime import timedelta

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone, translation

from activities.models import TryRequest, TryRequestCount
from tests.activities.test_tryouts.helpers import new_request
from tests.shared_fixtures import interface_in_source_language  # noqa: F401

pytestmark = pytest.mark.django_db

IN_SCOPE = {"contact_a", "coordinator"}
OUT_OF_SCOPE = {"contact_b", "coordinator_savo", "learner_a", "outsider", "staff"}


@pytest.fixture
def pending(tryout_world):
    return new_request(tryout_world.activity_a, phone="+358401234567", message="Voinko tulla?")


def object_urls(try_request):
    return [
        ("get", reverse("activities:try_detail", args=[try_request.pk]), {}),
        ("post", reverse("activities:try_answer", args=[try_request.pk]), {"answer-answer": "call"}),
        ("post", reverse("activities:try_outcome", args=[try_request.pk]), {"outcome-outcome": "joined"}),
        ("post", reverse("activities:try_delete", args=[try_request.pk]), {}),
    ]


@pytest.mark.parametrize("name", sorted(OUT_OF_SCOPE))
def test_a_request_answers_404_to_everyone_outside_its_scope(client, tryout_world, pending, name):
    client.force_login(tryout_world.people[name])
    for method, url, data in object_urls(pending):
        assert getattr(client, method)(url, data).status_code == 404, (name, url)
    pending.refresh_from_db()
    assert (pending.answer, pending.outcome) == ("", "")


def test_another_associations_contact_gets_404_for_a_request(client, tryout_world, pending):
    client.force_login(tryout_world.contact_b)
    assert client.get(reverse("activities:try_detail", args=[pending.pk])).status_code == 404


def test_a_learner_of_the_same_association_gets_404_for_a_request(client, tryout_world, pending):
    client.force_login(tryout_world.learner_a)
    assert client.get(reverse("activities:try_detail", args=[pending.pk])).status_code == 404


@pytest.mark.parametrize("name", sorted(IN_SCOPE))
def test_the_contact_and_the_regions_coordinator_see_the_request(client, tryout_world, pending, name):
    client.force_login(tryout_world.people[name])
    body = client.get(reverse("activities:try_detail", args=[pending.pk])).content.decode()
    assert "Voinko tulla?" in body
    assert "+358 40 1234567" in body


def test_the_inbox_lists_only_requests_in_scope(client, tryout_world, pending):
    new_request(tryout_world.activity_b, first_name="Other")
    client.force_login(tryout_world.contact_a)
    body = client.get(reverse("activities:try_inbox")).content.decode()
    assert "Amina" in body and "Other" not in body


def test_the_inbox_is_empty_for_a_learner(client, tryout_world, pending):
    client.force_login(tryout_world.learner_a)
    body = client.get(reverse("activities:try_inbox")).content.decode()
    assert "Amina" not in body
    assert "No requests at the moment." in body


def test_the_inbox_asks_an_anonymous_visitor_to_log_in(client, tryout_world, pending):
    response = client.get(reverse("activities:try_inbox"))
    assert response.status_code == 302
    assert "login" in response["Location"]


def test_the_inbox_makes_the_same_number_of_queries_for_more_requests(
    client, tryout_world, pending, django_assert_max_num_queries
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.force_login(tryout_world.contact_a)
    url = reverse("activities:try_inbox")
    client.get(url)
    with CaptureQueriesContext(connection) as few:
        client.get(url)
    for number in range(8):
        new_request(tryout_world.activity_a, first_name=f"N{number}")
    with CaptureQueriesContext(connection) as many:
        client.get(url)
    assert len(many) == len(few)


def test_a_phone_only_request_shows_the_number_and_a_reminder_to_call(client, tryout_world):
    request_ = new_request(tryout_world.activity_a, email="", phone="+358401234567")
    client.force_login(tryout_world.contact_a)
    body = client.get(reverse("activities:try_detail", args=[request_.pk])).content.decode()
    assert 'href="tel:+358401234567"' in body
    assert "please call" in body


def answer(client, try_request, **data):
    fields = {f"answer-{key}": value for key, value in data.items()}
    return client.post(reverse("activities:try_answer", args=[try_request.pk]), fields)


def visit_time():
    return (timezone.localtime() + timedelta(days=7)).replace(hour=17, minute=30, second=0, microsecond=0)


def test_a_proposed_visit_is_mailed_to_the_newcomer_with_the_status_link(
    client, tryout_world, django_capture_on_commit_callbacks, time_machine
):
    time_machine.move_to("2026-11-20 10:00:00+02:00")
    try_request = new_request(tryout_world.activity_a, language="en")
    mail.outbox.clear()
    client.force_login(tryout_world.contact_a)
    with django_capture_on_commit_callbacks(execute=True):
        response = answer(client, try_request, answer="visit", visit_at="2026-12-05T17:30", note="Kysy Juhaa")
    assert response.status_code == 302
    (message,) = mail.outbox
    assert message.to == ["amina@example.org"]
    assert "Dec. 5, 2026, 5:30 p.m." in message.body
    assert f"/en/activities/try/{try_request.token}/" in message.body
    assert "Kysy Juhaa" in message.body
    try_request.refresh_from_db()
    assert try_request.answer == "visit" and try_request.answer_mailed_at is not None


def test_the_status_page_shows_the_answer_and_the_orientation(client, tryout_world, time_machine):
    time_machine.move_to("2026-11-20 10:00:00+02:00")
    try_request = new_request(tryout_world.activity_a, language="en")
    client.force_login(tryout_world.contact_a)
    answer(client, try_request, answer="visit", visit_at="2026-12-05T17:30", note="Welcome!")
    client.logout()
    with translation.override("en"):
        url = reverse("activities:try_status", args=[try_request.token])
    body = client.get(url).content.decode()
    assert "Welcome to a first visit!" in body
    assert "Welcome!" in body
    assert "What to bring" in body and "Trying is free" in body


def test_a_wrong_status_token_answers_404(client, tryout_world, pending):
    assert client.get(reverse("activities:try_status", args=["not-the-token"])).status_code == 404


def test_a_visit_in_the_past_is_refused_with_a_message(client, tryout_world, pending):
    client.force_login(tryout_world.contact_a)
    response = answer(client, pending, answer="visit", visit_at="2020-01-01T10:00")
    assert response.status_code == 400
    assert "must be in the future" in response.content.decode()
    pending.refresh_from_db()
    assert pending.answer == ""


def test_declining_needs_a_reason(client, tryout_world, pending):
    client.force_login(tryout_world.contact_a)
    response = answer(client, pending, answer="declined", note="")
    assert response.status_code == 400
    assert "Tell the newcomer briefly why" in response.content.decode()


def test_a_phone_only_request_is_answered_without_any_mail(client, tryout_world, django_capture_on_commit_callbacks):
    try_request = new_request(tryout_world.activity_a, email="", phone="+358401234567")
    mail.outbox.clear()
    client.force_login(tryout_world.contact_a)
    with django_capture_on_commit_callbacks(execute=True):
        answer(client, try_request, answer="call")
    assert mail.outbox == []
    try_request.refresh_from_db()
    assert try_request.answer == "call"


def test_the_outcome_is_recorded(client, tryout_world, pending):
    client.force_login(tryout_world.coordinator)
    client.post(reverse("activities:try_outcome", args=[pending.pk]), {"outcome-outcome": "joined"})
    pending.refresh_from_db()
    assert pending.outcome == "joined" and pending.outcome_at is not None


def test_an_unknown_outcome_gets_a_message_not_a_500(client, tryout_world, pending):
    client.force_login(tryout_world.contact_a)
    response = client.post(reverse("activities:try_outcome", args=[pending.pk]), {"outcome-outcome": "maybe"})
    assert response.status_code == 400


def test_the_contact_deletes_a_request_and_only_its_count_remains(client, tryout_world, pending):
    client.force_login(tryout_world.contact_a)
    client.post(reverse("activities:try_delete", args=[pending.pk]))
    assert not TryRequest.objects.exists()
    (count,) = TryRequestCount.objects.all()
    assert (count.activity, count.outcome, count.count) == (tryout_world.activity_a, "", 1)


def test_the_newcomer_deletes_their_own_request_by_its_token(client, tryout_world, pending):
    response = client.post(reverse("activities:try_status", args=[pending.token]), {"delete": "1"})
    assert response.status_code == 200
    assert not TryRequest.objects.exists()
    assert TryRequestCount.objects.get().count == 1


def test_the_contact_is_pointed_to_the_preparation_lesson(client, tryout_world, pending, settings, monkeypatch):
    from activities.tryouts import views

    class Lesson:
        title = "Oma toimintani uuden tulijan kohtaamisessa"
        url = "/fi/kurssit/lesson/"

    monkeypatch.setattr(views.guidance, "preparation_lesson", lambda region: Lesson())
    client.force_login(tryout_world.contact_a)
    body = client.get(reverse("activities:try_detail", args=[pending.pk])).content.decode()
    assert 'href="/fi/kurssit/lesson/"' in body
