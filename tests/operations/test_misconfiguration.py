"""A misconfigured production is said in words (a system check at start-up, or
/healthz), never found by a user as a 500: a Redis that does not answer, no
task worker, a task queue that cannot be reached."""

import pytest
from django.test import override_settings

from operations.checks import redis_answers
from tests.training.redis_server import DEAD_REDIS_URL, REDIS_URL, require_redis


def test_a_redis_url_whose_server_does_not_answer_is_a_warning_at_start_up():
    with override_settings(REDIS_URL=DEAD_REDIS_URL):
        warnings = redis_answers()
    assert [warning.id for warning in warnings] == ["operations.W003"]
    assert "127.0.0.1:6390" in warnings[0].msg


def test_a_redis_that_answers_gives_no_warning():
    require_redis()
    with override_settings(REDIS_URL=REDIS_URL):
        assert redis_answers() == []


def test_the_redis_warning_never_shows_the_password():
    with override_settings(REDIS_URL="redis://:s3cret-pass@127.0.0.1:6390/0"):
        warnings = redis_answers()
    assert "s3cret-pass" not in warnings[0].msg + warnings[0].hint


@pytest.mark.django_db
def test_pages_render_when_no_worker_ever_ran(client, database_tasks):
    """Tasks wait in the queue; the person sees the page, /healthz says the worker is missing."""
    assert client.get("/fi/").status_code in (200, 302)
    assert client.get("/healthz").json()["worker"] == "missing"


@pytest.mark.django_db
def test_a_password_reset_while_the_task_queue_is_unreachable_is_a_message_not_a_500(client, monkeypatch):
    from django.contrib.auth import get_user_model
    from django.db import OperationalError

    from tests.accounts.conftest import url
    from training.mail import MAIL_FAILED_MESSAGE

    user = get_user_model().objects.create_user(email="amal@example.org", password="tuuli-kantele-revontuli-42")
    user.emailaddress_set.create(email=user.email, verified=True, primary=True)

    def unreachable(*args, **kwargs):
        raise OperationalError("could not connect to server")

    monkeypatch.setattr("accounts.adapters.enqueue_mail", unreachable)
    response = client.post(url("account_reset_password", "en"), {"email": user.email}, follow=True)

    assert response.status_code == 200
    assert str(MAIL_FAILED_MESSAGE) in [str(m) for m in response.context["messages"]]
