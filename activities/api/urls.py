"""/api/v1/ (training/urls.py mounts it outside the language prefix)."""

from django.urls import path, re_path

from activities.api import views

app_name = "activities_api"

urlpatterns = [
    path("activities", views.activity_list, name="activities"),
    path("activities/<str:ref>", views.activity_detail, name="activity"),
    path("activities/<str:ref>/schedule.ics", views.activity_schedule, name="schedule"),
    path("municipalities", views.municipalities, name="municipalities"),
    path("types", views.hobby_types, name="types"),
    path("openapi.json", views.openapi_document, name="openapi"),
    # Anything else under /api/v1/ is a JSON 404, not the site's HTML page.
    re_path(r"^(?P<rest>.*)$", views.not_found, name="not_found"),
]
