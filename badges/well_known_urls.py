"""Badge documents at /.well-known/ (the did:web DID document, the wallet
issuance metadata)."""

from django.urls import path

from badges.oid4vci import views as oid4vci
from badges.views import open as views

app_name = "badges_well_known"

urlpatterns = [
    path("did.json", views.did_document, name="did"),
    path("openid-credential-issuer", oid4vci.issuer_metadata, name="openid_credential_issuer"),
    path("oauth-authorization-server", oid4vci.authorization_server_metadata, name="oauth_authorization_server"),
]
