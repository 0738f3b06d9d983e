"""Join and recording links must be https: an http link leaks the meeting,
and a javascript: link would run script on our page."""

from urllib.parse import urlsplit

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _


def validate_https_url(value: str) -> None:
    if not value:
        return
    parts = urlsplit(value.strip())
    if parts.scheme.lower() != "https" or not parts.netloc:
        raise ValidationError(
            _("Use a secure https:// address (for example https://meet.jit.si/…)."), code="https_only"
        )
