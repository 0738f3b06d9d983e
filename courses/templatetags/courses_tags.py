"""Template helpers for the course pages and the lesson block templates."""

import re
from urllib.parse import parse_qs, urlsplit

from django import template
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from courses.models.pages import RFCDC_COMPETENCES, IntendedRole

register = template.Library()

_YOUTUBE_ID = re.compile(r"[A-Za-z0-9_-]{11}")
_YOUTUBE_HOSTS = {"youtube.com", "youtube-nocookie.com", "music.youtube.com"}
_VIMEO_PATH = re.compile(r"/(?:video/)?(\d+)(?:/([0-9a-f]+))?/?")


def video_embed_url(url: str) -> str | None:
    """The privacy-friendly embed address of a YouTube or Vimeo video, built
    from its address without asking the provider (no oEmbed call); None for
    any other address."""
    try:
        parts = urlsplit(url or "")
    except ValueError:
        return None
    if parts.scheme not in {"http", "https"}:
        return None
    host = (parts.hostname or "").lower().removeprefix("www.").removeprefix("m.")
    video_id = ""
    if host in _YOUTUBE_HOSTS:
        segments = [s for s in parts.path.split("/") if s]
        if parts.path == "/watch":
            video_id = parse_qs(parts.query).get("v", [""])[0]
        elif len(segments) >= 2 and segments[0] in {"embed", "shorts", "live", "v"}:
            video_id = segments[1]
    elif host == "youtu.be":
        video_id = parts.path.strip("/").split("/")[0]
    elif host in {"vimeo.com", "player.vimeo.com"}:
        match = _VIMEO_PATH.fullmatch(parts.path)
        if not match:
            return None
        private_hash = match.group(2) or parse_qs(parts.query).get("h", [""])[0]
        suffix = f"?h={private_hash}" if re.fullmatch(r"[0-9a-f]+", private_hash or "") else ""
        return f"https://player.vimeo.com/video/{match.group(1)}{suffix}"
    if video_id and _YOUTUBE_ID.fullmatch(video_id):
        return f"https://www.youtube-nocookie.com/embed/{video_id}"
    return None


@register.simple_tag
def video_embed(url):
    return video_embed_url(str(url or ""))


@register.filter
def video_provider(url) -> str:
    embed = video_embed_url(str(url or "")) or ""
    if "youtube" in embed:
        return "YouTube"
    if "vimeo" in embed:
        return "Vimeo"
    return ""


@register.filter
def duration(minutes) -> str:
    """45 → "45 min", 90 → "1 h 30 min", 120 → "2 h"."""
    try:
        total = max(int(minutes or 0), 0)
    except (TypeError, ValueError):
        return ""
    hours, rest = divmod(total, 60)
    # Plural forms: an abbreviation in Finnish, but a counted noun in Arabic ("2 ساعة" is wrong).
    minutes_text = ngettext("%(minutes)d min", "%(minutes)d min", rest) % {"minutes": rest}
    if not hours:
        return minutes_text
    hours_text = ngettext("%(hours)d h", "%(hours)d h", hours) % {"hours": hours}
    if not rest:
        return hours_text
    # Translators: a duration of hours and minutes, e.g. "1 h 30 min".
    return _("%(hours)s %(minutes)s") % {"hours": hours_text, "minutes": minutes_text}


@register.filter
def steps_count(count) -> str:
    count = int(count or 0)
    return ngettext("%(count)d step", "%(count)d steps", count) % {"count": count}


_COMPETENCES = dict(RFCDC_COMPETENCES)


@register.filter
def competence_labels(values) -> list[str]:
    return [str(_COMPETENCES[value]) for value in values or [] if value in _COMPETENCES]


_ROLES = dict(IntendedRole.choices)


@register.filter
def role_labels(values) -> list[str]:
    return [str(_ROLES[value]) for value in values or [] if value in _ROLES]


# --- personal parts of a shared step render (courses/shared_render.py) --------


class _PersonalNode(template.Node):
    def __init__(self, nodelist, name, key, own: bool):
        self.nodelist, self.name, self.key, self.own = nodelist, name, key, own

    def render(self, context):
        from courses import shared_render

        name = self.name.resolve(context)
        key = str(self.key.resolve(context)) if self.key is not None else ""
        slots = context.get("personal_slots")
        if slots is not None:  # a shared render: a hole here
            if self.own:
                context.get("personal_own_parts", []).append((name, key))
            elif name not in slots:
                slots[name] = self.nodelist.render(context)
            return shared_render.token(name, key)
        if self.own:
            return self.nodelist.render(context)
        flags = context.get("personal_flags")
        return self.nodelist.render(context) if flags is not None and flags.on(name, key) else ""


def _personal_tag(parser, token, end: str, own: bool):
    bits = token.split_contents()
    if len(bits) not in (2, 3) or (len(bits) == 3 and not bits[2].startswith("key=")):
        raise template.TemplateSyntaxError(f"{bits[0]} takes a name and optionally key=…")
    name = parser.compile_filter(bits[1])
    key = parser.compile_filter(bits[2][4:]) if len(bits) == 3 else None
    nodelist = parser.parse((end,))
    parser.delete_first_token()
    return _PersonalNode(nodelist, name, key, own)


@register.tag
def personal(parser, token):
    """{% personal "name" [key=x] %}…{% endpersonal %}: shown only when this
    learner's flags say so; the same HTML for everyone who sees it."""
    return _personal_tag(parser, token, "endpersonal", own=False)


@register.tag
def per_learner(parser, token):
    """{% per_learner "name" key=x %}…{% endper_learner %}: the learner's own
    content, rendered for each request (a hole in a shared render)."""
    return _personal_tag(parser, token, "endper_learner", own=True)
