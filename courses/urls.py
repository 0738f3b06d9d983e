"""The learner's pages and actions, under /<language>/learning/. Course,
module and step pages themselves are Wagtail pages (courses/models/pages.py)."""

from django.urls import path

from courses.views import course, learning, step

app_name = "courses"

urlpatterns = [
    path("", learning.my_learning, name="my_learning"),
    path("courses/<int:course_id>/enrol/", course.enrol, name="enrol"),
    path("courses/<int:course_id>/continue/", course.continue_course, name="continue"),
    path("courses/<int:course_id>/steps/<int:step_id>/done/", step.complete_step, name="complete_step"),
    path("courses/<int:course_id>/steps/<int:step_id>/reflection/", step.save_reflection, name="save_reflection"),
]
