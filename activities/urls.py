from django.urls import include, path

from activities.views import manage, public

app_name = "activities"

urlpatterns = [
    path("", public.offering, name="offering"),
    path("<int:pk>/", public.detail, name="detail"),
    path("mine/", manage.my_activities, name="mine"),
    path("mine/add/<slug:slug>/", manage.add, name="add"),
    path("mine/<int:pk>/", manage.edit, name="edit"),
    path("", include("activities.tryouts.urls")),
]
