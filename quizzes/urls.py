"""Quiz actions and trainer pages, under /<language>/quizzes/. The quiz itself
is a course step page (a Wagtail page in the course tree)."""

from django.urls import path

from quizzes.views import analytics, marking, taking

app_name = "quizzes"

urlpatterns = [
    path("", analytics.index, name="index"),
    path("<int:page_id>/start/", taking.start, name="start"),
    path("<int:page_id>/analytics/", analytics.quiz_analytics, name="analytics"),
    path("attempts/<uuid:public_id>/", taking.result, name="result"),
    path("attempts/<uuid:public_id>/answers/", taking.answer, name="answer"),
    path("attempts/<uuid:public_id>/autosave/", taking.autosave, name="autosave"),
    path("attempts/<uuid:public_id>/submit/", taking.submit, name="submit"),
    path("marking/", marking.queue, name="marking"),
    path("marking/<int:attempt_id>/", marking.mark, name="mark"),
]
