"""Downloading one's personal data as JSON."""

import json
from datetime import datetime

import pytest
from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from allauth.mfa.recovery_codes.internal.auth import RecoveryCodes
from django.utils.translation import gettext_lazy

from accounts import personal_data
from accounts.services import profile_data
from associations.models import Municipality
from tests.accounts.conftest import enrol_totp, url
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

TOTP_SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"


@pytest.fixture
def download(client, learner):
    def get():
        client.force_login(learner)
        return client.get(url("accounts:personal_data_download"))

    return get


@pytest.fixture
def extra_section():
    personal_data.register_section(
        "test_notes", lambda user: {"notes": [f"note of {user.pk}"]}, label=gettext_lazy("Test notes")
    )
    yield "test_notes"
    personal_data._sections.pop("test_notes", None)


def test_data_download_requires_login(client):
    response = client.get("/fi/profile/data.json")
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]


def test_data_page_requires_login(client):
    assert client.get("/fi/profile/data/").status_code == 302


def test_data_page_explains_and_offers_the_download(client, learner, site_pages):
    client.force_login(learner)
    content = client.get("/en/profile/data/").content.decode()
    assert content.count("<h1") == 1
    assert 'href="/en/profile/data.json"' in content


def test_data_download_is_a_json_attachment(download):
    response = download()
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json; charset=utf-8"
    assert response["Content-Disposition"].startswith("attachment; ")
    assert "no-store" in response["Cache-Control"] or "max-age=0" in response["Cache-Control"]


def test_data_download_is_indented_utf8_without_ascii_escapes(download, learner):
    learner.first_name = "أمل"
    learner.save()
    body = download().content.decode("utf-8")
    assert '"first_name": "أمل"' in body
    assert "\\u" not in body
    assert body.startswith('{\n  "profile": {\n    "label"')


def test_data_download_contains_the_profile(download, learner):
    learner.gender = "woman"
    learner.age_band = "18_29"
    learner.municipality = Municipality.objects.get(name="Kuhmo")
    learner.preferred_language = "ar"
    learner.save()
    profile = json.loads(download().content)["profile"]["data"]
    assert profile["email"] == "amal@example.org"
    assert (profile["first_name"], profile["last_name"]) == ("Amal", "Hassan")
    assert profile["preferred_language"] == "ar"
    assert profile["gender"]["code"] == "woman" and profile["gender"]["label"]
    assert profile["age_group"]["code"] == "18_29"
    assert profile["employment_status"] is None
    assert profile["home_municipality"] == "Kuhmo"
    assert profile["email_addresses"] == [{"email": "amal@example.org", "verified": True, "primary": True}]


def test_data_download_dates_are_iso_8601(download):
    profile = json.loads(download().content)["profile"]["data"]
    assert datetime.fromisoformat(profile["date_joined"].replace("Z", "+00:00"))
    assert datetime.fromisoformat(profile["last_login"].replace("Z", "+00:00"))


def test_data_download_contains_registered_sections(download, extra_section, learner):
    data = json.loads(download().content)
    assert data[extra_section] == {"label": "Test notes", "data": {"notes": [f"note of {learner.pk}"]}}
    assert list(data) == ["profile", *personal_data.registered_sections()]


def test_data_download_lists_authenticator_types_but_no_secrets(client, learner):
    enrol_totp(learner, TOTP_SECRET)
    RecoveryCodes.activate(learner)
    codes = Authenticator.objects.get(user=learner, type="recovery_codes").wrap().get_unused_codes()
    client.force_login(learner)
    body = client.get(url("accounts:personal_data_download")).content.decode()
    data = json.loads(body)
    assert sorted(a["type"] for a in data["profile"]["data"]["two_factor_authenticators"]) == ["recovery_codes", "totp"]
    assert TOTP_SECRET not in body
    assert not any(code in body for code in codes)
    assert learner.password not in body


def test_data_download_holds_only_the_requesting_users_data(client, learner):
    other = UserFactory(email="olli@example.org", first_name="Olli")
    EmailAddress.objects.filter(user=other).update(email="olli@example.org")
    client.force_login(learner)
    body = client.get(url("accounts:personal_data_download") + f"?user={other.pk}").content.decode()
    assert "olli@example.org" not in body and "Olli" not in body


def test_profile_data_has_no_secret_fields(learner):
    assert set(profile_data(learner)) == {
        "email",
        "first_name",
        "last_name",
        "preferred_language",
        "gender",
        "age_group",
        "employment_status",
        "education_level",
        "home_municipality",
        "date_joined",
        "last_login",
        "email_addresses",
        "two_factor_authenticators",
    }


def test_data_download_rejects_post(client, learner):
    client.force_login(learner)
    assert client.post(url("accounts:personal_data_download")).status_code == 405
