from django.urls import path

from badges.views import certificates, pages, wallet

app_name = "badges"

urlpatterns = [
    path("", pages.mine, name="mine"),
    path("award/", pages.award_badge, name="award"),
    path("verify/<uuid:award_id>/", pages.verify, name="verify"),
    path("verify/<uuid:award_id>/revoke/", pages.revoke, name="revoke"),
    path("certificate/<uuid:award_id>.pdf", certificates.certificate, name="certificate"),
    path("wallet/<uuid:award_id>/", wallet.add_to_wallet, name="add_to_wallet"),
    path("criteria/<uuid:badge_class_id>/", pages.criteria, name="criteria"),
    path("competences/", pages.competences, name="competences"),
]
