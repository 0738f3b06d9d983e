"""A newcomer's "I'd like to try this" request: sent without an account,
validated with clear messages, protected against spam and floods, and told to
the association's welcome contacts (issue 16 §3-4)."""

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import translation

from activities.models import TryRequest
from activities.tryouts.forms import started_token
from notifications.models import Notification
from tests.shared_fixtures import interface_in_source_language  # noqa: F401

pytestmark = pytest.mark.django_db

CONSENT_TEXT = "may contact me about trying this activity"


def form_url(activity, language="en"):
    with translation.override(language):
        return reverse("activities:try_request", args=[activity.pk])


def post_data(**fields):
    data = {
        "first_name": "Amina",
        "email": "amina@example.org",
        "phone": "",
        "language": "ar",
        "message": "",
        "consent": "on",
        "homepage": "",
        "started": started_token(),
    }
    data.update(fields)
    return data


def send(client, activity, **fields):
    return client.post(form_url(activity), post_data(**fields))


def test_the_form_shows_the_consent_text_in_the_page_language(client, tryout_world):
    response = client.get(form_url(tryout_world.activity_a))
    assert response.status_code == 200
    assert CONSENT_TEXT in response.content.decode()
    assert "Palloseura" in response.content.decode()


def test_a_valid_request_is_stored_and_leads_to_the_status_page(client, tryout_world):
    response = send(client, tryout_world.activity_a, phone="040 123 4567")
    (stored,) = TryRequest.objects.all()
    assert (stored.first_name, stored.email, stored.phone, stored.language) == (
        "Amina",
        "amina@example.org",
        "+358401234567",
        "ar",
    )
    assert stored.consented_at is not None
    assert response.status_code == 302
    assert response["Location"].startswith(f"/ar/activities/try/{stored.token}/")


def test_a_request_with_only_a_phone_number_is_accepted(client, tryout_world):
    send(client, tryout_world.activity_a, email="", phone="+964 770 123 4567")
    assert TryRequest.objects.get().phone == "+9647701234567"


def test_a_request_without_phone_or_email_gets_a_clear_message(client, tryout_world):
    response = send(client, tryout_world.activity_a, email="", phone="")
    assert response.status_code == 200
    assert "Give a phone number or an e-mail address" in response.content.decode()
    assert not TryRequest.objects.exists()


@pytest.mark.parametrize("number", ["12", "+358 1", "call me maybe", "040 123 4567 890 123", "+" + "9" * 40])
def test_an_invalid_phone_number_gets_a_clear_message_and_keeps_the_input(client, tryout_world, number):
    response = send(client, tryout_world.activity_a, email="", phone=number, message="Hei, tulen mielelläni")
    body = response.content.decode()
    assert response.status_code == 200
    assert "This does not look like a phone number" in body
    assert "Hei, tulen mielelläni" in body
    assert not TryRequest.objects.exists()


def test_a_request_without_consent_is_not_stored(client, tryout_world):
    response = send(client, tryout_world.activity_a, consent="")
    assert response.status_code == 200
    assert "Please tick the box" in response.content.decode()
    assert not TryRequest.objects.exists()


def test_a_huge_message_gets_a_clear_message_and_nothing_is_lost(client, tryout_world):
    huge = "ä" * 20_000
    response = send(client, tryout_world.activity_a, message=huge, first_name="x" * 500)
    body = response.content.decode()
    assert response.status_code == 200
    assert "Ensure this value has at most 1000 characters" in body
    assert "Ensure this value has at most 60 characters" in body
    assert huge in body
    assert not TryRequest.objects.exists()


def test_hostile_text_is_stored_as_text_and_shown_escaped(client, tryout_world):
    hostile = "<script>alert(1)</script><img src=x onerror=alert(2)>\"'; DROP TABLE"
    send(client, tryout_world.activity_a, first_name="<b>Bob</b>", message=hostile)
    stored = TryRequest.objects.get()
    assert stored.message == hostile
    client.force_login(tryout_world.contact_a)
    body = client.get(reverse("activities:try_detail", args=[stored.pk])).content.decode()
    assert "<script>alert(1)</script>" not in body
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in body
    assert "<b>Bob</b>" not in body


def test_emoji_and_right_to_left_text_are_kept_exactly(client, tryout_world):
    message = "مرحبا 👋🏽 أريد أن أجرب ⚽ שלום \u202e"
    send(client, tryout_world.activity_a, first_name="فاطمة 🌸", message=message)
    stored = TryRequest.objects.get()
    assert (stored.first_name, stored.message) == ("فاطمة 🌸", message)


def test_a_null_character_gets_a_message_not_a_500(client, tryout_world):
    response = send(client, tryout_world.activity_a, message="a\x00b")
    assert response.status_code == 200
    assert not TryRequest.objects.exists()


def test_a_filled_honeypot_stores_nothing(client, tryout_world):
    response = send(client, tryout_world.activity_a, homepage="http://spam.example")
    assert response.status_code == 200
    assert "could not be sent" in response.content.decode()
    assert not TryRequest.objects.exists()


def test_a_form_sent_too_quickly_comes_back_filled_in(client, tryout_world, settings):
    settings.TRYOUT_MIN_FILL_SECONDS = 60
    response = send(client, tryout_world.activity_a, message="Tulen lauantaina")
    body = response.content.decode()
    assert "That was very quick" in body
    assert "Tulen lauantaina" in body
    assert not TryRequest.objects.exists()


def test_a_forged_start_time_is_refused(client, tryout_world):
    response = send(client, tryout_world.activity_a, started="12345")
    assert "Please check your details and send again" in response.content.decode()
    assert not TryRequest.objects.exists()


def test_a_flood_from_one_address_gets_429_with_a_clear_page(client, tryout_world, settings):
    settings.TRYOUT_RATE_LIMITS = {"try_request": "3/10m/ip,100/h/key"}
    for number in range(3):
        assert send(client, tryout_world.activity_a, first_name=f"N{number}").status_code == 302
    response = send(client, tryout_world.activity_b, first_name="Fourth", message="still here")
    body = response.content.decode()
    assert response.status_code == 429
    assert "Too many requests right now" in body
    assert "still here" in body
    assert TryRequest.objects.count() == 3


def test_a_flood_at_one_activity_is_limited_across_addresses(client, tryout_world, settings):
    settings.TRYOUT_RATE_LIMITS = {"try_request": "100/10m/ip,2/h/key"}
    for number in range(2):
        send(client, tryout_world.activity_a, first_name=f"N{number}", REMOTE_ADDR=f"10.0.0.{number}")
    assert client.post(form_url(tryout_world.activity_a), post_data(), REMOTE_ADDR="10.0.0.9").status_code == 429
    assert send(client, tryout_world.activity_b).status_code == 302


def test_the_welcome_contact_is_notified_in_app_and_by_email_in_their_language(
    client, tryout_world, django_capture_on_commit_callbacks
):
    contact = tryout_world.contact_a
    contact.preferred_language = "sv"
    contact.save(update_fields=["preferred_language"])
    with django_capture_on_commit_callbacks(execute=True):
        send(client, tryout_world.activity_a)
    (notice,) = Notification.objects.filter(recipient=contact, kind="activities.try_requested")
    assert notice.url.startswith("/sv/activities/requests/")
    contact_mail = [message for message in mail.outbox if message.to == [contact.email]]
    assert len(contact_mail) == 1
    assert "/sv/activities/requests/" in contact_mail[0].body


def test_the_notice_names_the_activity_but_not_the_newcomer(client, tryout_world, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        send(client, tryout_world.activity_a, first_name="Zaynab", email="zaynab@example.org")
    notice = Notification.objects.get(recipient=tryout_world.contact_a)
    assert "Zaynab" not in str(notice.params) and "zaynab@" not in str(notice.params)
    assert notice.params["activity"] == str(tryout_world.activity_a)


def test_nobody_outside_the_association_is_notified(client, tryout_world, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        send(client, tryout_world.activity_a)
    for name in ("contact_b", "learner_a", "coordinator", "staff"):
        assert not Notification.objects.filter(recipient=tryout_world.people[name]).exists()


def test_the_newcomer_gets_a_confirmation_in_their_language_with_the_status_link(
    client, tryout_world, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        send(client, tryout_world.activity_a, language="en")
    stored = TryRequest.objects.get()
    (confirmation,) = [message for message in mail.outbox if message.to == ["amina@example.org"]]
    assert f"/en/activities/try/{stored.token}/" in confirmation.body
    assert "Before your first visit" in confirmation.body


def test_a_phone_only_request_sends_no_mail_to_the_newcomer(client, tryout_world, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        send(client, tryout_world.activity_a, email="", phone="0401234567")
    assert [message.to for message in mail.outbox] == [[tryout_world.contact_a.email]]


def test_a_failing_mail_server_loses_no_request(client, tryout_world, django_capture_on_commit_callbacks, settings):
    settings.EMAIL_BACKEND = "tests.activities.test_tryouts.helpers.FailingBackend"
    with django_capture_on_commit_callbacks(execute=True):
        response = send(client, tryout_world.activity_a)
    assert response.status_code == 302
    assert TryRequest.objects.count() == 1


def test_the_form_of_an_unknown_activity_answers_404(client, tryout_world):
    assert client.get(reverse("activities:try_request", args=[999999])).status_code == 404
