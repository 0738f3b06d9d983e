"""Wallet endpoints (mounted at /oid4vci/, outside the language prefixes)."""

from django.urls import path

from badges.oid4vci import views

app_name = "oid4vci"

urlpatterns = [
    path("token", views.token, name="token"),
    path("nonce", views.nonce, name="nonce"),
    path("credential", views.credential, name="credential"),
]
