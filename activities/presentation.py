"""What a newcomer reads of an activity in their language: the association's
own translation when there is one, else the original text, marked with its
language so it is read with the right voice and direction."""

from dataclasses import dataclass

from django.utils import timezone
from django.utils.translation import get_language


@dataclass(frozen=True)
class ActivityText:
    title: str
    description: str
    language: str  # the language the text is in


def text_of(activity, language: str | None = None) -> ActivityText:
    """The activity's text in `language` (default: the page's). Uses the
    prefetched `translations` when present, so a list costs no query per row."""
    language = (language or get_language() or "").split("-")[0]
    if language != activity.original_language:
        for translation in activity.translations.all():
            if translation.language == language and translation.title:
                return ActivityText(translation.title, translation.description, language)
    return ActivityText(activity.title, activity.description, activity.original_language)


def upcoming_cancellations(activity, days: int = 60) -> list:
    """Cancelled dates in the coming `days` (prefetched `exceptions`)."""
    today = timezone.localdate()
    return [e for e in activity.exceptions.all() if 0 <= (e.date - today).days <= days]
