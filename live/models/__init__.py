"""Live sessions (Wagtail pages trainers author) and what people do with them
(registrations, reminders, attendance, personal calendar feeds)."""

from live.models.pages import (  # noqa: F401
    JOIN_OPENS_MINUTES,
    LiveSessionIndexPage,
    LiveSessionPage,
    Platform,
)
from live.models.people import (  # noqa: F401
    Attendance,
    AttendanceMethod,
    CalendarFeed,
    CheckInCode,
    Confirmation,
    Registration,
    RegistrationStatus,
    Reminder,
    ReminderKind,
    SessionCancellation,
)
