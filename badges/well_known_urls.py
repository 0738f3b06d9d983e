"""Badge documents at /.well-known/ (the did:web DID document)."""

from django.urls import path

from badges.views import open as views

app_name = "badges_well_known"

urlpatterns = [
    path("did.json", views.did_document, name="did"),
]
