"""A publish or a learner's own change renews the cache versions at once and
again when its transaction commits: another app server that read the rows
before the commit, and stored what it saw under the first new token, never
serves that copy after the commit."""

import pytest
from django.db import transaction

from courses import caching
from training import content_version


@pytest.mark.django_db(transaction=True)
def test_the_content_version_is_renewed_again_when_the_change_commits():
    before = content_version.current()
    with transaction.atomic():
        caching.bump_content_version()
        inside = content_version.current()
    assert before != inside
    assert content_version.current() not in (before, inside)


@pytest.mark.django_db(transaction=True)
def test_a_learner_version_is_renewed_again_when_the_change_commits():
    before = caching.learner_version(7)
    with transaction.atomic():
        caching.bump_learner_version(7)
        inside = caching.learner_version(7)
    assert before != inside
    assert caching.learner_version(7) not in (before, inside)


@pytest.mark.django_db(transaction=True)
def test_a_rolled_back_change_keeps_the_version_it_renewed_at_once():
    with pytest.raises(RuntimeError), transaction.atomic():
        caching.bump_content_version()
        inside = content_version.current()
        raise RuntimeError
    assert content_version.current() == inside


@pytest.mark.django_db(transaction=True)
def test_outside_a_transaction_one_renewal_is_enough():
    calls = []
    original = content_version.renew
    content_version.renew = lambda: (calls.append(1), original())
    try:
        caching.bump_content_version()
    finally:
        content_version.renew = original
    assert calls == [1]
