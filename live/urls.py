"""Live sessions, under /<language>/live/. Session pages and the calendar
page themselves are Wagtail pages (live/models/pages.py)."""

from django.urls import path

from live.views import calendar, mine, session, trainer

app_name = "live"

urlpatterns = [
    path("", calendar.upcoming, name="upcoming"),
    path("mine/", mine.my_sessions, name="my_sessions"),
    path("mine/calendar/revoke/", mine.revoke_feed, name="revoke_feed"),
    path("feed/<str:token>.ics", mine.feed, name="feed"),
    path("sessions/<int:session_id>/register/", session.register, name="register"),
    path("sessions/<int:session_id>/check-in/", session.check_in, name="check_in"),
    path("sessions/<int:session_id>/calendar.ics", session.ics, name="ics"),
    path("registrations/<int:registration_id>/cancel/", session.cancel, name="cancel"),
    path("trainer/", trainer.my_trainings, name="my_trainings"),
    path("trainer/sessions/<int:session_id>/", trainer.participants, name="participants"),
    path("trainer/sessions/<int:session_id>/participants.csv", trainer.export, name="export"),
    path("trainer/sessions/<int:session_id>/new-code/", trainer.new_code, name="new_code"),
    path("trainer/sessions/<int:session_id>/cancel/", trainer.cancel_session, name="cancel_session"),
]
