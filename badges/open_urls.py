"""Language-neutral URLs of the Open Badges documents (issuer, badge classes,
assertions, credentials, keys): an object's `id` is exactly its URL."""

from django.urls import path, re_path

from badges.views import open as views

app_name = "openbadges"

urlpatterns = [
    path("issuer", views.issuer, name="issuer"),
    path("issuer/image", views.issuer_image, name="issuer_image"),
    path("badges/<uuid:badge_class_id>", views.badge_class, name="badge_class"),
    path("badges/<uuid:badge_class_id>/image", views.badge_image, name="badge_image"),
    path("assertions/<uuid:award_id>", views.assertion, name="assertion"),
    path("assertions/<uuid:award_id>/badge.png", views.assertion_png, name="assertion_png"),
    path("assertions/<uuid:award_id>/badge.svg", views.assertion_svg, name="assertion_svg"),
    path("revocations", views.revocations, name="revocations"),
    # Open Badges 3.0
    path("profile", views.profile, name="profile"),
    path("profile/image", views.profile_image, name="profile_image"),
    path("keys", views.keys, name="keys"),
    path("keys/<str:key_id>", views.key, name="key"),
    path("achievements/<uuid:badge_class_id>", views.achievement, name="achievement"),
    path("credentials/<uuid:award_id>", views.credential, name="credential"),
    path("credentials/<uuid:award_id>/badge.png", views.credential_png, name="credential_png"),
    path("status/revocation", views.status_list, name="status_list"),
    # Last: a plain 404 for every other path here (no redirect into a language).
    re_path(r"", views.not_found),
]
