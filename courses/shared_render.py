"""A lesson's content rendered once for every learner, with holes for what is
personal.

The breadcrumb, the lesson body, the pager and the outline of a lesson are
the same for every learner who opens it in one language under one content
version; only a few parts are theirs: the done ticks of the outline and of the
lesson, the "not enrolled yet" line, the "Mark as done" form and their answers
to reflection prompts. The templates mark those parts:

- `{% personal "name" %}…{% endpersonal %}` (optionally `key=…`): shown or not
  for this learner (`Flags.on`); its HTML is the same for everyone;
- `{% per_learner "name" key=… %}…{% endper_learner %}`: content that is the
  learner's own (a reflection with their answer), rendered for each request.

In a *shared render* (`slots` in the template context) each marked part is
written as a token, and the HTML of the `personal` parts is kept in `slots`;
the result is cached per page, host, language and content version
(`shared_key`: a key read before the page's data, so a publish during the
render makes the copy unused). Each learner's copy is then `fill`ed in: every
token becomes the slot's HTML or nothing, or that learner's own part.

Outside a shared render the tags simply render (or not) what they enclose,
so quizzes and live sessions, which use the same step template, are unchanged.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field

from django.conf import settings
from django.utils.translation import get_language

from training import content_version

TIMEOUT = 300  # seconds, as the other course caches

_PREFIX = "personal-" + hashlib.sha256(f"{settings.SECRET_KEY}:courses-personal".encode()).hexdigest()[:24]
_TOKEN = re.compile(re.escape(_PREFIX) + r":([a-z-]+):([A-Za-z0-9-]*):")


def token(name: str, key: str = "") -> str:
    return f"{_PREFIX}:{name}:{key}:"


@dataclass
class Flags:
    """Which `personal` parts this learner sees: named switches, and the done
    ticks of the outline (`done`, `done-mark`) by step key."""

    named: dict[str, bool] = field(default_factory=dict)
    done: frozenset[str] = frozenset()

    def on(self, name: str, key: str = "") -> bool:
        if name in ("done", "done-mark"):
            return str(key) in self.done
        return bool(self.named.get(name))


def shared_key(request, page_pk: int, content: str) -> str:
    parts = [request.get_host(), str(page_pk), get_language() or "", content]
    return "courses:shared-step:" + hashlib.sha256("|".join(parts).encode()).hexdigest()


def current_content_version(request) -> str:
    """The content version the page-cache middleware read for this request, or the cache's."""
    versions = getattr(request, "courses_versions", None)
    return versions[0] if versions else content_version.current()


def get(key: str) -> dict | None:
    """The shared entry under `key` (which names the content version): kept
    in this process too, shared by its requests, so never changed by a caller."""
    stored = content_version.cached(key)
    return stored if isinstance(stored, dict) and "html" in stored else None


def put(key: str, html: str, slots: dict[str, str], per_learner: list[str]) -> dict:
    entry = {"html": html, "slots": slots, "per_learner": per_learner}
    content_version.store(key, entry, TIMEOUT)
    return entry


def fill(entry: dict, flags: Flags, own: dict[tuple[str, str], str]) -> str:
    """The shared HTML with this learner's parts: `own[(name, key)]` for
    `per_learner` parts, the slot's HTML where `flags` says so, else nothing."""
    slots = entry["slots"]

    def part(match: re.Match) -> str:
        name, key = match.group(1), match.group(2)
        if (name, key) in own:
            return own[(name, key)]
        return slots.get(name, "") if flags.on(name, key) else ""

    return _TOKEN.sub(part, entry["html"])


# Where the shared part of a step page begins and ends in a shared render.
BEGIN = _PREFIX + ":begin"
END = _PREFIX + ":end"


def cut(rendered: str) -> str | None:
    """The part of a whole rendered page between BEGIN and END."""
    start = rendered.find(BEGIN)
    stop = rendered.find(END)
    if start < 0 or stop < start:
        return None
    return rendered[start + len(BEGIN) : stop]
