"""The personal-data export: everything the platform holds about a person.

Each app that stores personal data registers a section here (in its
AppConfig.ready(), usually from its signal_handlers module), so the export
grows with the platform without `accounts` importing the apps above it:

    register_section("badges", personal_badges, label=_("Badges"), models=[Award])

- `collect(user)` returns something JSON-serialisable (DjangoJSONEncoder),
  holding only `user`'s own data and never a secret (password hashes, TOTP
  secrets, recovery codes, feed tokens);
- `label` is a lazy translatable string: the download and the page show it in
  the language active when they are rendered;
- `models` lists the models with a foreign key to the user that the section
  covers (tests/accounts/test_personal_data_coverage.py fails for a model of
  ours with a user foreign key that no section lists).

The download is {key: {"label": …, "data": …}}: the profile first, then the
sections in the order of their keys.
"""

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from django.utils.translation import gettext_lazy as _

Collector = Callable[[object], Any]

PROFILE_KEY = "profile"


@dataclass(frozen=True)
class Section:
    key: str
    collect: Collector
    label: Any  # a lazy translatable string
    models: tuple = ()


_sections: dict[str, Section] = {}


def register_section(key: str, collect: Collector, *, label, models: Iterable = ()) -> None:
    """Add (or replace) the section `key` of the export; see the module docstring."""
    if key == PROFILE_KEY:
        raise ValueError("the profile section belongs to accounts")
    _sections[key] = Section(key=key, collect=collect, label=label, models=tuple(models))


def _profile_section() -> Section:
    from allauth.account.models import EmailAddress
    from allauth.mfa.models import Authenticator
    from django.contrib.auth import get_user_model

    from accounts.services import profile_data

    return Section(
        key=PROFILE_KEY,
        collect=profile_data,
        label=_("Profile"),
        models=(get_user_model(), EmailAddress, Authenticator),
    )


def registered_sections() -> list[str]:
    """The keys of the registered sections (without the profile), sorted."""
    return sorted(_sections)


def sections() -> list[Section]:
    """Every section of the export, the profile first."""
    return [_profile_section(), *(_sections[key] for key in registered_sections())]


def collect_personal_data(user) -> dict[str, Any]:
    """Return {key: {"label": <label in the active language>, "data": …}} for `user`.

    The profile comes first, then the sections in the order of their keys.
    """
    return {section.key: {"label": str(section.label), "data": section.collect(user)} for section in sections()}
