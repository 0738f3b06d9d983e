"""Recording the keys code asks the default cache for, in tests."""

from django.core.cache import cache


def record_cache_reads(monkeypatch) -> list[str]:
    """The keys read from the cache, in order; a get_many counts once per key
    (the local-memory cache's get_many calls get itself)."""
    reads = []
    get, get_many = cache.get, cache.get_many
    inside = []

    def counting_get(key, *args, **kwargs):
        if not inside:
            reads.append(key)
        return get(key, *args, **kwargs)

    def counting_get_many(keys, *args, **kwargs):
        reads.extend(keys)
        inside.append(1)
        try:
            return get_many(keys, *args, **kwargs)
        finally:
            inside.pop()

    monkeypatch.setattr(cache, "get", counting_get)
    monkeypatch.setattr(cache, "get_many", counting_get_many)
    return reads
