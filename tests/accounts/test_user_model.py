"""People log in with their e-mail address; there is no username."""

import pytest
from django.contrib.auth import authenticate, get_user_model


@pytest.mark.django_db
def test_create_user_stores_the_email_in_lower_case():
    user = get_user_model().objects.create_user("Amal.Hassan@Example.ORG", "pw-1234567890")
    assert user.email == "amal.hassan@example.org"


@pytest.mark.django_db
def test_user_authenticates_with_email_and_password():
    get_user_model().objects.create_user("olli@example.org", "pw-1234567890")
    assert authenticate(email="olli@example.org", password="pw-1234567890") is not None


@pytest.mark.django_db
def test_create_user_requires_an_email():
    with pytest.raises(ValueError):
        get_user_model().objects.create_user("", "pw")


@pytest.mark.django_db
def test_create_superuser_is_staff_and_superuser():
    admin = get_user_model().objects.create_superuser("root@example.org", "pw-1234567890")
    assert admin.is_staff and admin.is_superuser


def test_user_model_has_no_username_field():
    assert get_user_model().USERNAME_FIELD == "email"
    assert not hasattr(get_user_model(), "username") or get_user_model().username is None


@pytest.mark.django_db
def test_user_is_shown_by_full_name_or_email():
    user = get_user_model().objects.create_user("leena@example.org", "pw-1234567890")
    assert str(user) == "leena@example.org"
    user.first_name, user.last_name = "Leena", "Korhonen"
    assert str(user) == "Leena Korhonen"
