from django.urls import path

from readiness.views import association, public, team

app_name = "readiness"

urlpatterns = [
    path("", public.directory, name="directory"),
    path("welcoming/<slug:slug>/", public.profile, name="profile"),
    path("associations/", association.overview, name="overview"),
    path("associations/<slug:slug>/", association.association_page, name="association"),
    path("associations/<slug:slug>/contacts/", association.save_contacts, name="contacts"),
    path("associations/<slug:slug>/plan/", association.save_plan, name="plan"),
    path("associations/<slug:slug>/plan/file/", association.plan_file, name="plan_file"),
    path("associations/<slug:slug>/measures/", association.save_measures, name="measures"),
    path("associations/<slug:slug>/submit/", association.submit, name="submit"),
    path("associations/<slug:slug>/review/", association.review, name="review"),
    path("associations/<slug:slug>/self-assessment/", team.self_assessment, name="self_assessment"),
]
