"""CSV export of a participant list: UTF-8 with a BOM (Excel opens it right),
and cells that a spreadsheet would run as a formula neutralised."""

import csv
import io

from django.utils import timezone
from django.utils.translation import gettext as _

from live.participants import ParticipantList

# A cell starting with one of these is a formula in Excel/LibreOffice (CSV injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value) -> str:
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def participants_csv(participants: ParticipantList) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    header = [_("First name"), _("Last name"), _("E-mail"), _("Associations"), _("Status")]
    writer.writerow([*header, _("Registered at"), _("Attended")])
    for participant in [*participants.registered, *participants.waitlisted]:
        registration = participant.registration
        user = registration.user
        writer.writerow(
            [
                safe_cell(value)
                for value in (
                    user.first_name,
                    user.last_name,
                    user.email,
                    "; ".join(participant.associations),
                    registration.get_status_display(),
                    timezone.localtime(registration.queued_at).strftime("%Y-%m-%d %H:%M"),
                    _("yes") if participant.attended else _("no"),
                )
            ]
        )
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")
