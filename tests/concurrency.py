"""Racing database writers in threads (the PostgreSQL-only concurrency tests)."""

import threading
from collections.abc import Callable

from django.db import connections


def run_together(actions: list[Callable]) -> tuple[list, list]:
    """Run every action in its own thread, all released at once by a barrier.

    Returns (results, errors): what the actions returned and what they raised,
    so a test asserts both. Each thread closes its database connections, so
    the test database can be dropped afterwards.
    """
    barrier = threading.Barrier(len(actions))
    results, errors = [], []

    def run(action):
        try:
            barrier.wait()
            results.append(action())
        except Exception as error:
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=run, args=(action,)) for action in actions]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results, errors
