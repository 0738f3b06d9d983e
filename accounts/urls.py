from django.urls import path

from accounts import views

app_name = "accounts"

urlpatterns = [
    path("", views.profile, name="profile"),
    path("data/", views.personal_data, name="personal_data"),
    path("data.json", views.personal_data_download, name="personal_data_download"),
    path("delete/", views.delete, name="delete"),
]
