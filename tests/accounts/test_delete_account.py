"""Deleting one's account: re-authenticate, confirm, anonymise, keep funder facts."""

import pytest
from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.sessions.models import Session
from django.test import Client

from accounts.services import delete_account
from accounts.signals import account_deleting
from associations.models import Municipality
from tests.accounts.conftest import enrol_totp, log_in, reauthenticate, url
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def learner_with_facts(learner):
    learner.gender = "woman"
    learner.age_band = "30_54"
    learner.employment_status = "employed"
    learner.education_level = "isced_5_8"
    learner.municipality = Municipality.objects.get(name="Kajaani")
    learner.preferred_language = "ar"
    learner.save()
    return learner


@pytest.fixture
def reauthenticated(client, learner, password):
    log_in(client, learner.email, password)
    reauthenticate(client, password)
    return client


def delete_url(language="fi"):
    return url("accounts:delete", language)


def test_delete_page_requires_login(client):
    response = client.get(delete_url())
    assert response.status_code == 302
    assert response["Location"].startswith(url("account_login"))


def test_delete_page_requires_recent_reauthentication(client, learner):
    client.force_login(learner)
    response = client.get(delete_url())
    assert response.status_code == 302
    assert response["Location"].startswith(url("account_reauthenticate"))


def test_delete_post_without_reauthentication_deletes_nothing(client, learner):
    client.force_login(learner)
    response = client.post(delete_url(), {"confirm": "on"})
    assert response["Location"].startswith(url("account_reauthenticate"))
    learner.refresh_from_db()
    assert learner.is_active and learner.anonymised_at is None


def test_delete_page_explains_what_happens(reauthenticated, site_pages):
    response = reauthenticated.get(delete_url("en"))
    content = response.content.decode()
    assert response.status_code == 200
    assert content.count("<h1") == 1
    assert (
        "Badges already issued to you stay verifiable by whoever holds them, but no longer show your name; "
        "download them first if you want to keep them."
    ) in content
    assert "anonymous row" in content


def test_delete_without_ticking_the_box_is_a_form_error(reauthenticated, learner, site_pages):
    response = reauthenticated.post(delete_url("en"), {})
    assert response.status_code == 200
    assert "Tick the box to confirm that you want to delete your account." in response.content.decode()
    learner.refresh_from_db()
    assert learner.anonymised_at is None


def test_deleting_logs_out_and_shows_a_message_on_the_home_page(reauthenticated, learner, site_pages):
    response = reauthenticated.post(delete_url("en"), {"confirm": "on"})
    assert response["Location"] == "/en/"
    assert "_auth_user_id" not in reauthenticated.session
    home = reauthenticated.get("/en/")
    assert "Your account and personal data have been deleted." in home.content.decode()


def test_deleted_account_cannot_log_in_again(reauthenticated, learner, password):
    reauthenticated.post(delete_url(), {"confirm": "on"})
    response = log_in(Client(), "amal@example.org", password)
    assert response.status_code == 200
    assert not get_user_model().objects.filter(email="amal@example.org").exists()


def test_delete_account_anonymises_the_row(learner_with_facts):
    user = delete_account(learner_with_facts)
    user.refresh_from_db()
    assert user.email.startswith("deleted-") and user.email.endswith("@invalid.example")
    assert (user.first_name, user.last_name, user.preferred_language) == ("", "", "")
    assert not user.has_usable_password()
    assert not user.is_active
    assert user.anonymised_at is not None


def test_delete_account_keeps_the_funder_facts(learner_with_facts):
    user = delete_account(learner_with_facts)
    user.refresh_from_db()
    assert (user.gender, user.age_band, user.employment_status, user.education_level) == (
        "woman",
        "30_54",
        "employed",
        "isced_5_8",
    )
    assert user.municipality.name == "Kajaani"


def test_delete_account_removes_email_addresses_and_authenticators(learner):
    enrol_totp(learner)
    delete_account(learner)
    assert not EmailAddress.objects.filter(user=learner).exists()
    assert not Authenticator.objects.filter(user=learner).exists()


def test_delete_account_removes_staff_roles(trainer):
    trainer.is_staff = True
    trainer.save()
    user = delete_account(trainer)
    user.refresh_from_db()
    assert not user.is_staff and not user.groups.exists()
    assert Group.objects.filter(name="Trainers").exists()


def test_delete_account_deletes_the_users_sessions_only(learner, password):
    other = UserFactory(email="olli@example.org")
    phone, laptop, someone_else = Client(), Client(), Client()
    phone.force_login(learner)
    laptop.force_login(learner)
    someone_else.force_login(other)
    delete_account(learner)
    remaining = [s.get_decoded().get("_auth_user_id") for s in Session.objects.all()]
    assert remaining == [str(other.pk)]


def test_delete_account_sends_account_deleting_before_anonymising(learner):
    seen = []

    def receiver(sender, user, **kwargs):
        seen.append((user.pk, get_user_model().objects.get(pk=user.pk).email))

    account_deleting.connect(receiver)
    try:
        delete_account(learner)
    finally:
        account_deleting.disconnect(receiver)
    assert seen == [(learner.pk, "amal@example.org")]


def test_delete_account_rolls_back_when_a_receiver_fails(learner):
    def failing(sender, user, **kwargs):
        raise RuntimeError("cleanup failed")

    account_deleting.connect(failing)
    try:
        with pytest.raises(RuntimeError):
            delete_account(learner)
    finally:
        account_deleting.disconnect(failing)
    learner.refresh_from_db()
    assert learner.email == "amal@example.org" and learner.is_active
    assert EmailAddress.objects.filter(user=learner).exists()


def test_delete_account_is_idempotent(learner):
    calls = []

    def receiver(sender, user, **kwargs):
        calls.append(user.pk)

    account_deleting.connect(receiver)
    try:
        first = delete_account(learner)
        second = delete_account(learner)
    finally:
        account_deleting.disconnect(receiver)
    assert first.email == second.email
    assert first.anonymised_at == second.anonymised_at
    assert calls == [learner.pk]
