"""Routes of the try requests, included by activities/urls.py (namespace "activities")."""

from django.urls import path

from activities.tryouts import views

urlpatterns = [
    path("<int:activity_key>/try/", views.request_form, name="try_request"),
    path("try/<str:token>/", views.status, name="try_status"),
    path("requests/", views.inbox, name="try_inbox"),
    path("requests/<int:pk>/", views.detail, name="try_detail"),
    path("requests/<int:pk>/answer/", views.answer, name="try_answer"),
    path("requests/<int:pk>/outcome/", views.outcome, name="try_outcome"),
    path("requests/<int:pk>/delete/", views.delete, name="try_delete"),
]
