"""The kinds of notification the platform sends.

Each app registers its kinds in its AppConfig.ready() (or signal_handlers
module), so `notifications` never imports the apps above it. A kind is a
key ("<app>.<event>"), a label for the preferences page, a title (lazy,
%-formatted with the notification's params), an optional plain-text e-mail
body template, and the delivery a person gets until they choose another.
"""

from dataclasses import dataclass

DELIVERIES = ("inapp", "email", "digest")
MAX_KEY_LENGTH = 60


@dataclass(frozen=True)
class Kind:
    key: str
    label: object
    title: object
    body_template: str | None = None
    default: str = "email"

    def render_title(self, params: dict) -> str:
        """The title in the active language; the label when params do not fit it
        (a renamed placeholder must not break the notification centre)."""
        try:
            return str(self.title) % (params or {})
        except (KeyError, TypeError, ValueError):
            return str(self.label)


_kinds: dict[str, Kind] = {}


def register_kind(key: str, *, label, title, body_template: str | None = None, default: str = "email") -> Kind:
    """Register (or re-register, e.g. on autoreload) the kind `key`."""
    if not key or len(key) > MAX_KEY_LENGTH:
        raise ValueError(f"Notification kind key must be 1–{MAX_KEY_LENGTH} characters: {key!r}")
    if default not in DELIVERIES:
        raise ValueError(f"Unknown default delivery {default!r} for {key!r}; one of {DELIVERIES}")
    kind = Kind(key=key, label=label, title=title, body_template=body_template, default=default)
    _kinds[key] = kind
    return kind


def unregister_kind(key: str) -> None:
    """Remove a kind (tests register demo kinds and clean up after themselves)."""
    _kinds.pop(key, None)


def get_kind(key: str) -> Kind:
    """The registered kind; LookupError for an unregistered key (a bug in the caller)."""
    try:
        return _kinds[key]
    except KeyError:
        raise LookupError(f"Notification kind {key!r} is not registered") from None


def is_registered(key: str) -> bool:
    return key in _kinds


def registered_kinds() -> list[Kind]:
    """Every kind, in key order (grouped by app on the preferences page)."""
    return [_kinds[key] for key in sorted(_kinds)]
