"""A urlconf with only the API and no language prefixes. A JSON 404 of the API
names it as the request's urlconf, so LocaleMiddleware does not turn the 404
into a redirect to /fi/api/... (it does that when the root urlconf uses
i18n_patterns and Wagtail's catch-all makes any prefixed path look valid)."""

from django.urls import include, path

urlpatterns = [path("api/v1/", include("activities.api.urls"))]
