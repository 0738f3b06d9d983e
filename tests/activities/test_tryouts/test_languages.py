"""Each person hears of a try request in their own language: the contact in
their preferred language, the newcomer in the language they chose (issue 16
§3). Checked through strings the catalogues already translate (the greeting,
Django's month names), since the new strings are translated at the end."""

import pytest
from django.core import mail

from tests.activities.test_tryouts.helpers import new_request

pytestmark = pytest.mark.django_db


def mails_to(address):
    return [message for message in mail.outbox if message.to == [address]]


@pytest.mark.parametrize(("language", "greeting"), [("sv", "Hej "), ("fi", "Hei "), ("en", "Hello ")])
def test_the_contacts_mail_is_in_the_contacts_language(
    tryout_world, django_capture_on_commit_callbacks, language, greeting
):
    contact = tryout_world.contact_a
    contact.preferred_language = language
    contact.save(update_fields=["preferred_language"])
    with django_capture_on_commit_callbacks(execute=True):
        new_request(tryout_world.activity_a, language="ar")
    (message,) = mails_to(contact.email)
    assert message.body.startswith(greeting)
    assert f"/{language}/activities/requests/" in message.body


@pytest.mark.parametrize(("language", "greeting"), [("ar", "مرحبًا"), ("en", "Hello Amina,"), ("sv", "Hej Amina!")])
def test_the_newcomers_confirmation_is_in_their_language(
    tryout_world, django_capture_on_commit_callbacks, language, greeting
):
    with django_capture_on_commit_callbacks(execute=True):
        try_request = new_request(tryout_world.activity_a, language=language)
    (message,) = mails_to("amina@example.org")
    assert greeting in message.body
    assert f"/{language}/activities/try/{try_request.token}/" in message.body


@pytest.mark.parametrize(("language", "month"), [("ar", "ديسمبر"), ("fi", "joulukuuta"), ("en", "Dec.")])
def test_the_visit_date_in_the_answer_is_written_the_newcomers_way(
    client, tryout_world, django_capture_on_commit_callbacks, time_machine, language, month
):
    time_machine.move_to("2026-11-20 10:00:00+02:00")
    try_request = new_request(tryout_world.activity_a, language=language)
    mail.outbox.clear()
    client.force_login(tryout_world.contact_a)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            f"/fi/activities/requests/{try_request.pk}/answer/",
            {"answer-answer": "visit", "answer-visit_at": "2026-12-05T17:30", "answer-note": "Tervetuloa"},
        )
    (message,) = mails_to("amina@example.org")
    assert month in message.body
