"""The password validators' messages on the sign-up pages are in the page's language."""

import pytest
from django.contrib.auth.password_validation import MinimumLengthValidator
from django.utils import translation

from accounts.django_catalog_gaps import PASSWORD_TOO_SHORT

pytestmark = pytest.mark.django_db


def signup_with_short_password(client, language: str) -> str:
    data = {"email": "uusi@example.org", "password1": "ly1Hyt", "password2": "ly1Hyt"}
    return client.post(f"/{language}/accounts/signup/", data).content.decode()


def test_the_listed_msgid_is_the_one_djangos_validator_uses():
    with translation.override("en"):
        assert str(PASSWORD_TOO_SHORT % 10) == MinimumLengthValidator(10).get_error_message()


def test_a_too_short_password_is_refused_in_finnish_on_the_finnish_signup(client, site_pages):
    assert "Salasana on liian lyhyt" in signup_with_short_password(client, "fi")


def test_a_too_short_password_is_refused_in_arabic_on_the_arabic_signup(client, site_pages):
    content = signup_with_short_password(client, "ar")
    with translation.override("ar"):
        expected = str(PASSWORD_TOO_SHORT % 10)
    assert expected != "This password is too short. It must contain at least 10 characters."
    assert expected in content


def test_the_other_password_rules_are_already_in_finnish_on_the_finnish_signup(client, site_pages):
    data = {"email": "uusi@example.org", "password1": "1234567890123", "password2": "1234567890123"}
    content = client.post("/fi/accounts/signup/", data).content.decode()
    assert "Tämä salasana on kokonaan numeerinen." in content
