"""A Redis outage degrades the site instead of stopping it (issue 17, defect 5).

"Redis down" is a Redis URL where nothing listens; the cached_db session
engine is the one production uses. /healthz reports the cache as down.
"""

import logging
import uuid

import pytest
from django.core.cache import cache

from courses.services import enrol
from tests.courses.factories import build_course_tree
from tests.training.redis_server import DEAD_REDIS_URL, REDIS_URL, redis_cache_settings, require_redis
from training import cache as resilient_cache


@pytest.fixture
def redis_down(settings):
    settings.CACHES = redis_cache_settings(DEAD_REDIS_URL)
    settings.SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
    resilient_cache._last_warning = 0.0  # each test sees its first warning


@pytest.fixture
def redis_up(settings):
    require_redis()
    settings.CACHES = redis_cache_settings(REDIS_URL)
    settings.SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"


def test_home_page_answers_200_while_redis_is_down(client, site_pages, redis_down):
    assert client.get("/fi/").status_code == 200


def test_course_page_answers_200_while_redis_is_down(client, site_pages, redis_down):
    tree = build_course_tree(site_pages)
    response = client.get(tree.course.url)
    assert response.status_code == 200 and tree.course.title in response.content.decode()


def test_logged_in_learner_reads_a_lesson_while_redis_is_down(client, site_pages, learner, redis_down):
    tree = build_course_tree(site_pages)
    enrol(learner, tree.course)
    client.force_login(learner)  # the session is in the database; the cache copy is lost
    lesson = tree.lessons[0]
    response = client.get(lesson.url)
    assert response.status_code == 200 and lesson.title in response.content.decode()


def test_login_works_while_redis_is_down_as_rate_limits_fail_open(client, site_pages, learner, password, redis_down):
    response = client.post("/fi/accounts/login/", {"login": learner.email, "password": password})
    assert response.status_code == 302
    assert client.session.get("_auth_user_id") == str(learner.pk)


def test_healthz_answers_200_degraded_naming_the_cache_while_redis_is_down(client, redis_down, db):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "degraded", "database": "ok", "cache": "down", "worker": "not used"}


def test_healthz_answers_200_with_redis_up(client, redis_up, db):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok", "cache": "ok", "worker": "not used"}


def test_cache_outage_reads_miss_and_writes_are_dropped(redis_down):
    cache.set("k", 1)
    assert cache.get("k", "missing") == "missing"
    assert cache.get_many(["k"]) == {}
    assert cache.has_key("k") is False
    assert cache.delete("k") is False
    assert cache.set_many({"a": 1, "b": 2}) == ["a", "b"]
    cache.delete_many(["a", "b"])
    cache.clear()


def test_cache_outage_add_succeeds_and_incr_counts_from_zero(redis_down):
    # Fail open: allauth's rate-limit lock is taken at once, counters allow.
    assert cache.add("lock", True) is True
    assert cache.incr("counter", 3) == 3
    assert cache.get_or_set("x", "fresh") == "fresh"


def test_cache_outage_is_logged_once_per_interval(redis_down, caplog):
    with caplog.at_level(logging.WARNING, logger="training.cache"):
        for _attempt in range(5):
            cache.get("k")
    warnings = [r for r in caplog.records if r.name == "training.cache"]
    assert len(warnings) == 1
    assert "Cache unavailable" in warnings[0].getMessage()


def test_cache_works_normally_with_redis_up(redis_up):
    key = f"test-{uuid.uuid4().hex}"  # never cache.clear(): other test workers share this Redis
    cache.set(key, 41, timeout=60)
    assert cache.incr(key) == 42
    assert cache.add(key, 0) is False
    cache.delete(key)
