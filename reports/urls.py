from django.urls import path

from reports.views import courses, dashboards, exports, reminders

app_name = "reports"

urlpatterns = [
    path("", dashboards.index, name="index"),
    path("associations/<slug:slug>/", dashboards.association, name="association"),
    path("associations/<slug:slug>/remind/", reminders.remind, name="remind"),
    path(
        "associations/<slug:slug>/export/<slug:table>.<str:fmt>", exports.association_export, name="association_export"
    ),
    path("regions/<int:region_id>/", dashboards.region, name="region"),
    path("regions/<int:region_id>/funder/", dashboards.funder, name="funder"),
    path("courses/", courses.courses, name="courses"),
    path("courses/export.<str:fmt>", courses.courses_export, name="courses_export"),
    path("courses/<uuid:course_key>/", courses.course, name="course"),
    path("courses/<uuid:course_key>/export.<str:fmt>", courses.course_export, name="course_export"),
    path("regions/<int:region_id>/export/<slug:table>.<str:fmt>", exports.region_export, name="region_export"),
]
