"""Language-neutral URLs of the Open Badges documents (issuer, badge classes,
assertions, credentials, keys): an object's `id` is exactly its URL."""

from django.urls import path  # noqa: F401

app_name = "openbadges"

urlpatterns: list = []
