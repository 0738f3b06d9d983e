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
"""

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Panel:
    key: str
    order: int
    applies: Callable
    context: Callable
    template: str


_PANELS: dict[str, Panel] = {}


def register_panel(key: str, *, order: int, applies: Callable, context: Callable, template: str) -> None:
    """Add (or replace) the start-page panel `key`.

    `applies(user) -> bool`: cheap check of the role (a query or two at most).
    `context(user, request) -> dict | None`: what the template shows; None hides the panel.
    `template`: rendered with the returned dict plus `panel_key` and `request`."""
    _PANELS[key] = Panel(key=key, order=order, applies=applies, context=context, template=template)


def registered_panels() -> list[Panel]:
    return sorted(_PANELS.values(), key=lambda panel: (panel.order, panel.key))


def panels_for(user, request) -> list[tuple[Panel, dict]]:
    """The panels the user sees, in order, each with its template context."""
    if not user.is_authenticated:
        return []
    shown = []
    for panel in registered_panels():
        if not panel.applies(user):
            continue
        context = panel.context(user, request)
        if context is None:
            continue
        shown.append((panel, {**context, "panel_key": panel.key}))
    return shown
