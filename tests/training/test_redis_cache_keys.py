"""The Redis cache checks no memcached key rules (training/cache.py): they
cost a loop over every key of every call and do not apply to Redis."""

import warnings

from training.cache import ResilientRedisCache


def test_keys_are_made_without_memcached_warnings():
    cache = ResilientRedisCache("redis://127.0.0.1:6379/0", {"KEY_PREFIX": "kohtaamo"})
    long_key_with_space = "courses:page:" + "x" * 300 + " end"
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        made = cache.make_and_validate_key(long_key_with_space)
    assert made == "kohtaamo:1:" + long_key_with_space
