"""The personal-data export: everything the platform holds about a person.

Each app that stores personal data registers a section here (in its
AppConfig.ready()), so the export grows with the platform without `accounts`
importing the apps above it. A section is `collect(user) -> JSON-serialisable`.
"""

from collections.abc import Callable
from typing import Any

Collector = Callable[[object], Any]
_sections: dict[str, Collector] = {}


def register_section(name: str, collect: Collector) -> None:
    _sections[name] = collect


def registered_sections() -> list[str]:
    return sorted(_sections)


def collect_personal_data(user) -> dict[str, Any]:
    """Return {"profile": …, <section>: …} for `user`, sections in a stable order."""
    from accounts.services import profile_data

    data: dict[str, Any] = {"profile": profile_data(user)}
    for name in registered_sections():
        data[name] = _sections[name](user)
    return data
