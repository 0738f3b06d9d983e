"""Request ids, /metrics for the operator only, JSON logs, start-up checks,
and what the observability middleware does per request."""

import json
import logging

import pytest
from django.test import RequestFactory, override_settings

from operations.checks import redis_url_is_usable
from training.observability import request_id
from training.observability.logs import logging_config
from training.observability.middleware import ObservabilityMiddleware

TOKEN = "t" * 40


@pytest.mark.django_db
def test_every_response_carries_a_new_request_id(client):
    response = client.get("/healthz")
    assert len(response["X-Request-ID"]) == 32


@pytest.mark.django_db
def test_a_well_formed_request_id_from_the_proxy_is_kept(client):
    response = client.get("/healthz", HTTP_X_REQUEST_ID="proxy-123.a_b")
    assert response["X-Request-ID"] == "proxy-123.a_b"


@pytest.mark.django_db
def test_a_hostile_request_id_is_replaced(client):
    response = client.get("/healthz", HTTP_X_REQUEST_ID="evil\r\nSet-Cookie: x=1")
    assert response["X-Request-ID"] != "evil\r\nSet-Cookie: x=1"
    assert len(response["X-Request-ID"]) == 32


@pytest.mark.django_db
def test_metrics_answer_404_when_no_token_is_configured(client, settings):
    settings.METRICS_TOKEN = ""
    assert client.get("/metrics", HTTP_AUTHORIZATION="Bearer ").status_code == 404


@pytest.mark.django_db
def test_metrics_answer_404_without_or_with_a_wrong_token(client, settings):
    settings.METRICS_TOKEN = TOKEN
    assert client.get("/metrics").status_code == 404
    assert client.get("/metrics", HTTP_AUTHORIZATION="Bearer wrong").status_code == 404


@pytest.mark.django_db
def test_metrics_show_latency_per_view_page_cache_and_task_queue_to_the_operator(client, settings):
    settings.METRICS_TOKEN = TOKEN
    client.get("/fi/accounts/login/")
    response = client.get("/metrics", HTTP_AUTHORIZATION=f"Bearer {TOKEN}")
    assert response.status_code == 200
    body = response.content.decode()
    assert 'kohtaamo_request_seconds_count{view="account_login"}' in body
    assert "kohtaamo_page_cache_requests_total" in body
    assert 'kohtaamo_tasks{status="FAILED"}' in body


def test_json_log_lines_carry_the_request_id():
    config = logging_config("INFO", json=True)
    formatter = logging.config.dictConfigClass(config).configure_custom(dict(config["formatters"]["default"]))
    record = logging.LogRecord("x", logging.WARNING, __file__, 1, "hello %s", ("there",), None)
    token = request_id.set("req-1")
    try:
        request_id.RequestIdFilter().filter(record)
    finally:
        request_id.reset(token)
    line = json.loads(formatter.format(record))
    assert line["message"] == "hello there"
    assert line["request_id"] == "req-1"
    assert line["level"] == "WARNING"


def test_a_redis_url_that_is_not_redis_is_an_error_at_start_up():
    with override_settings(REDIS_URL="http://cache.example:6379"):
        errors = redis_url_is_usable()
    assert [error.id for error in errors] == ["operations.E001"]


def test_a_redis_url_is_accepted():
    with override_settings(REDIS_URL="redis://127.0.0.1:6379/0"):
        assert redis_url_is_usable() == []


@pytest.mark.django_db
def test_the_middleware_itself_reads_no_database(django_assert_num_queries):
    # What it costs in time is measured by bench/learners.py (the trivial view
    # runs the whole chain), not here: a timed test fails on a busy machine.
    from django.http import HttpResponse

    middleware = ObservabilityMiddleware(lambda request: HttpResponse())
    with django_assert_num_queries(0):
        response = middleware(RequestFactory().get("/fi/"))
    assert response["X-Request-ID"]
