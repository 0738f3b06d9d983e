"""Cache versions read once per request (training/request_memo.py) and values
kept in this process under the content version (training/local_copies.py):
a renewal by another process is seen by the next request, never one request
late, and the local layer stays bounded."""

import threading

import pytest
from django.core.cache import cache
from django.core.signals import request_started

from tests.cache_reads import record_cache_reads
from training import content_version, request_memo
from training.local_copies import MISSING, LocalCopies


@pytest.fixture
def cache_reads(monkeypatch):
    return record_cache_reads(monkeypatch)


def _start_request():
    request_memo.begin()  # what Django's request_started runs (see the test client test below)


def _finish_request():
    request_memo.end()


def test_there_is_no_memo_outside_a_request():
    assert request_memo.current() is None
    _start_request()
    assert request_memo.current() == {}
    _finish_request()
    assert request_memo.current() is None


def test_the_content_version_is_read_once_per_request(cache_reads):
    _start_request()
    first = content_version.current()
    assert content_version.current() == first
    assert content_version.tokens([content_version.KEY]) == {content_version.KEY: first}
    assert cache_reads.count(content_version.KEY) == 1
    _finish_request()


def test_a_renewal_by_another_process_is_seen_by_the_next_request():
    _start_request()
    before = content_version.current()
    cache.set(content_version.KEY, "renewed-elsewhere", timeout=None)  # another app server
    assert content_version.current() == before  # one version for the whole request
    _start_request()  # the next request, even when the previous one never finished
    assert content_version.current() == "renewed-elsewhere"
    _finish_request()


def test_a_renewal_in_the_same_request_is_seen_at_once():
    _start_request()
    before = content_version.current()
    content_version.renew()
    assert content_version.current() != before
    assert content_version.current() == cache.get(content_version.KEY)
    assert content_version.minted_here(content_version.KEY)
    _start_request()
    assert not content_version.minted_here(content_version.KEY)
    _finish_request()


def test_outside_a_request_every_read_goes_to_the_cache():
    before = content_version.current()
    cache.set(content_version.KEY, "renewed-elsewhere", timeout=None)
    assert before != "renewed-elsewhere"
    assert content_version.current() == "renewed-elsewhere"


def test_a_thread_does_not_see_the_memo_of_the_request_that_started_it():
    _start_request()
    content_version.current()
    seen = []
    thread = threading.Thread(target=lambda: seen.append(request_memo.current()))
    thread.start()
    thread.join()
    assert seen == [None]
    _finish_request()


def test_every_request_starts_with_an_empty_memo_and_leaves_none_behind(client, db):
    seen = []

    def during(**kwargs):
        seen.append(request_memo.current())

    request_memo.begin()
    request_memo.current()["left over"] = "from an earlier request"
    request_started.connect(during, dispatch_uid="test-memo-during")  # runs after the memo's own receiver
    try:
        client.get("/healthz")
    finally:
        request_started.disconnect(dispatch_uid="test-memo-during")
    assert seen == [{}]
    assert request_memo.current() is None  # request_finished


def test_a_learner_page_reads_each_version_once(client, db, cache_reads, learner):
    client.force_login(learner)
    client.get("/fi/")
    cache_reads.clear()
    client.get("/fi/")
    assert cache_reads.count(content_version.KEY) <= 1


def test_remembered_values_are_answered_from_this_process_while_the_version_holds(cache_reads):
    built = []

    def build():
        built.append(1)
        return {"menu": ["about"]}

    _start_request()
    assert content_version.remembered("test:chrome", build) == {"menu": ["about"]}
    _start_request()
    cache_reads.clear()
    assert content_version.remembered("test:chrome", build) == {"menu": ["about"]}
    assert cache_reads == [content_version.KEY]  # the version only: the value is kept locally
    assert built == [1]
    _finish_request()


def test_a_renewal_by_another_process_drops_the_local_copy_on_the_next_request():
    values = iter(["old", "new"])
    _start_request()
    assert content_version.remembered("test:facts", lambda: next(values)) == "old"
    cache.set(content_version.KEY, "renewed-elsewhere", timeout=None)
    _start_request()
    assert content_version.remembered("test:facts", lambda: next(values)) == "new"
    _finish_request()


def test_a_value_stored_elsewhere_under_the_new_version_is_used_not_rebuilt():
    _start_request()
    content_version.remembered("test:facts", lambda: "old")
    cache.set(content_version.KEY, "renewed-elsewhere", timeout=None)
    cache.set("test:facts", ("renewed-elsewhere", "built-elsewhere"))
    _start_request()
    assert content_version.remembered("test:facts", lambda: "built-here") == "built-elsewhere"
    _finish_request()


def test_cached_values_under_a_versioned_key_are_kept_locally_within_requests(cache_reads):
    _start_request()
    key = f"test:outline:{content_version.current()}"
    content_version.store(key, ("module", "lesson"))
    _start_request()
    cache_reads.clear()
    assert content_version.cached(key) == ("module", "lesson")
    assert cache_reads == [content_version.KEY]
    cache.set(content_version.KEY, "renewed-elsewhere", timeout=None)
    _start_request()
    assert content_version.cached(key) == ("module", "lesson")  # the old key still names its own value
    assert content_version.cached(f"test:outline:{content_version.current()}") is None
    _finish_request()


def test_clearing_the_cache_and_the_local_copies_forgets_everything():
    _start_request()
    content_version.remembered("test:facts", lambda: "old")
    cache.clear()
    content_version.forget_local_copies()
    _start_request()
    assert content_version.remembered("test:facts", lambda: "new") == "new"
    _finish_request()


def test_local_copies_keep_at_most_max_entries_least_recently_used_first():
    copies = LocalCopies(max_entries=3)
    for n in range(3):
        copies.put(f"k{n}", "v1", n, timeout=60)
    assert copies.get("k0", "v1") == 0  # k0 used again: k1 is now the oldest
    copies.put("k3", "v1", 3, timeout=60)
    copies.put("k4", "v1", 4, timeout=60)
    assert len(copies) == 3
    assert copies.get("k1", "v1") is MISSING and copies.get("k2", "v1") is MISSING
    assert [copies.get(k, "v1") for k in ("k0", "k3", "k4")] == [0, 3, 4]


def test_local_copies_answer_only_their_own_version_and_drop_older_ones():
    copies = LocalCopies()
    copies.put("chrome", "v1", "old", timeout=60)
    assert copies.get("chrome", "v2") is MISSING
    copies.put("outline", "v2", "new", timeout=60)
    assert copies.get("chrome", "v1") is MISSING  # another version's value is never answered again
    assert len(copies) == 1


def test_local_copies_expire_with_the_shared_cache_timeout(monkeypatch):
    now = [1000.0]
    monkeypatch.setattr("training.local_copies.time.monotonic", lambda: now[0])
    copies = LocalCopies()
    copies.put("chrome", "v1", "old", timeout=300)
    now[0] += 299
    assert copies.get("chrome", "v1") == "old"
    now[0] += 2
    assert copies.get("chrome", "v1") is MISSING
