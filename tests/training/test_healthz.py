"""/healthz names the state of the database, the cache and the task worker;
503 only when the database is down; it never touches the session."""

from unittest import mock

import pytest
from django.db import OperationalError


@pytest.mark.django_db
def test_healthz_answers_200_when_the_database_and_cache_answer(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok", "cache": "ok", "worker": "not used"}


@pytest.mark.django_db
def test_healthz_answers_503_naming_the_database_when_its_query_fails(client):
    with mock.patch("training.views.connection.cursor", side_effect=OperationalError("down")):
        response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json() == {"status": "unavailable", "database": "down", "cache": "ok", "worker": "unknown"}


@pytest.mark.django_db
def test_healthz_answers_503_not_500_to_a_client_with_a_session_during_a_database_outage(client, learner):
    client.force_login(learner)  # the request carries a session cookie
    with mock.patch("django.db.backends.base.base.BaseDatabaseWrapper.cursor", side_effect=OperationalError("down")):
        response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["database"] == "down"


@pytest.mark.django_db
def test_healthz_answers_200_degraded_naming_the_cache_when_it_does_not_answer(client):
    with mock.patch("training.views.cache.get", return_value=None):
        response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "degraded", "database": "ok", "cache": "down", "worker": "not used"}


@pytest.mark.django_db
def test_healthz_is_never_cached(client):
    response = client.get("/healthz")
    assert "no-cache" in response["Cache-Control"]


@pytest.mark.django_db
def test_healthz_refuses_post(client):
    assert client.post("/healthz").status_code == 405
