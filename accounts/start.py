"""The registry of the per-role start page (`/<language>/start/`).

Accounts is the lowest layer, so it cannot know what a learner, contact,
coordinator or trainer has to do next. Each app registers its own panels
here from its `AppConfig.ready()`; the start page asks every registered
panel, in `order`, whether it applies to the user and renders those that do.

Guarantees:
- `applies(user)` and `context(user, request)` are called only for an
  authenticated user; a panel whose `applies` is False is never asked for
  its context. A `context` that returns None hides the panel.
- Each panel's `context` must run a bounded number of queries (no query per
  item): the start page's query count does not grow with the number of
  courses, sessions or associations.
- A panel only ever shows what the user may see: build it from the apps'
  scope querysets (`visible_to`, `overseen_by`, `managed_by`, ...).
- Registering the same key again replaces the panel (module reloads in tests).

Facts several panels ask (the person's groups, their association roles, their
enrolments) are read once per start page with `shared(user, key, read)`: the
first caller reads, the others get the same value. They are kept only while
`panels_for` runs (never from one page to the next, never across people), so
each start page sees the data as it is.
"""

from collections.abc import Callable
from contextvars import ContextVar
from dataclasses import dataclass


@dataclass(frozen=True)
class Panel:
    key: str
    order: int
    applies: Callable
    context: Callable
    template: str


_PANELS: dict[str, Panel] = {}
_SHARED: ContextVar[dict | None] = ContextVar("kohtaamo_start_shared", default=None)


def register_panel(key: str, *, order: int, applies: Callable, context: Callable, template: str) -> None:
    """Add (or replace) the start-page panel `key`.

    `applies(user) -> bool`: cheap check of the role (a query or two at most).
    `context(user, request) -> dict | None`: what the template shows; None hides the panel.
    `template`: rendered with the returned dict plus `panel_key` and `request`."""
    _PANELS[key] = Panel(key=key, order=order, applies=applies, context=context, template=template)


def registered_panels() -> list[Panel]:
    return sorted(_PANELS.values(), key=lambda panel: (panel.order, panel.key))


def shared(user, key: str, read: Callable):
    """`read()`, called once per start page for `user` and `key` (outside
    `panels_for`: every call reads). Callers must not change the value."""
    facts = _SHARED.get()
    if facts is None:
        return read()
    entry = (user.pk, key)
    if entry not in facts:
        facts[entry] = read()
    return facts[entry]


def group_names(user) -> frozenset[str]:
    """The names of the user's groups, one query per start page (the role
    checks of several apps' panels are group memberships)."""
    return shared(user, "accounts:groups", lambda: frozenset(user.groups.values_list("name", flat=True)))


def panels_for(user, request) -> list[tuple[Panel, dict]]:
    """The panels the user sees, in order, each with its template context."""
    if not user.is_authenticated:
        return []
    token = _SHARED.set({})
    try:
        shown = []
        for panel in registered_panels():
            if not panel.applies(user):
                continue
            context = panel.context(user, request)
            if context is None:
                continue
            shown.append((panel, {**context, "panel_key": panel.key}))
        return shown
    finally:
        _SHARED.reset(token)
