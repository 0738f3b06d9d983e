from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from accounts import admin_login, start_views
from training import views

urlpatterns = [
    path("healthz", views.healthz, name="healthz"),
    path("i18n/", include("django.conf.urls.i18n")),
    # Both admins log in through allauth (rate limits, MFA): these come first.
    path("django-admin/login/", admin_login.django_admin_login, name="django_admin_login_via_allauth"),
    path("admin/login/", admin_login.wagtail_admin_login, name="wagtail_admin_login_via_allauth"),
    path("django-admin/", admin.site.urls),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("openbadges/", include("badges.open_urls")),
    path(".well-known/", include("badges.well_known_urls")),
    path("oid4vci/", include("badges.oid4vci.urls")),
    path("api/v1/", include("activities.api.urls")),  # open data of the offering, no language prefix
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Everything a person reads is under a language prefix (/fi/, /sv/, /en/, /ar/);
# Wagtail's catch-all page route comes last.
urlpatterns += i18n_patterns(
    path("accounts/", include("allauth.urls")),
    path("start/", start_views.start, name="start"),
    path("profile/", include("accounts.urls")),
    path("associations/", include("associations.urls")),
    path("learning/", include("courses.urls")),
    path("quizzes/", include("quizzes.urls")),
    path("live/", include("live.urls")),
    path("readiness/", include("readiness.urls")),
    path("badges/", include("badges.urls")),
    path("activities/", include("activities.urls")),
    path("reports/", include("reports.urls")),
    path("notifications/", include("notifications.urls")),
    path("", include(wagtail_urls)),
)

handler400 = "training.views.bad_request"
handler403 = "training.views.permission_denied"
handler404 = "training.views.page_not_found"
# 500 keeps Django's default view: templates/500.html is static on purpose.
