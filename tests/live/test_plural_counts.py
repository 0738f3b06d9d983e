"""Counts in live pages and messages use plural forms (ngettext / {% plural %}):
one person is "1 person", never "1 people"."""

import pytest

from live import services

pytestmark = pytest.mark.django_db


def test_cancel_page_names_one_person_in_the_singular(client, session, trainer, learner):
    services.register(learner, session, notify=False)
    client.force_login(trainer)
    html = client.get(f"/fi/live/trainer/sessions/{session.pk}/cancel/").content.decode()
    assert "goes to 1 person (1 registered, 0 waiting)" in html


def test_cancelled_message_names_one_person_in_the_singular(client, session, trainer, learner):
    services.register(learner, session, notify=False)
    client.force_login(trainer)
    response = client.post(
        f"/fi/live/trainer/sessions/{session.pk}/cancel/", {"reason": "Kouluttaja sairastui."}, follow=True
    )
    assert "1 person registered or waiting is informed by e-mail" in response.content.decode()
