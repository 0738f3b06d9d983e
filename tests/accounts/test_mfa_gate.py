"""Roles that require MFA set it up before they reach anything else."""

import pytest
from allauth.mfa.models import Authenticator
from django.contrib.auth.models import Permission
from django.contrib.messages import get_messages

from accounts import policies
from accounts.middleware import has_second_factor
from tests.accounts.conftest import enrol_totp, log_in, reauthenticate, totp_code, url
from tests.factories import UserFactory

GATE_MESSAGE = "Your role requires two-factor authentication. Set it up to continue."

pytestmark = pytest.mark.django_db


def totp_setup_url(language="fi"):
    return url("mfa_activate_totp", language)


@pytest.fixture
def admin_access_for_trainers(trainers_group):
    trainers_group.permissions.add(
        Permission.objects.get(codename="access_admin", content_type__app_label="wagtailadmin")
    )


@pytest.mark.parametrize(
    "path", ["/admin/", "/admin/pages/", "/django-admin/", "/fi/profile/", "/fi/profile/data.json"]
)
def test_trainer_without_authenticator_is_sent_to_totp_setup(client, trainer, path):
    client.force_login(trainer)
    response = client.get(path)
    assert response.status_code == 302
    assert response["Location"].endswith("/accounts/2fa/totp/activate/")


def test_gate_redirect_explains_why(client, trainer):
    client.force_login(trainer)
    response = client.get("/en/profile/")
    assert [str(m) for m in get_messages(response.wsgi_request)] == [GATE_MESSAGE]


def test_gate_redirect_keeps_the_language_of_the_page(client, trainer):
    client.force_login(trainer)
    response = client.get("/sv/profile/")
    assert response["Location"] == totp_setup_url("sv")


def test_gated_json_request_gets_403(client, trainer):
    client.force_login(trainer)
    response = client.get("/fi/profile/data.json", HTTP_ACCEPT="application/json")
    assert response.status_code == 403


def test_gated_xhr_request_gets_403(client, trainer):
    client.force_login(trainer)
    response = client.get("/admin/", HTTP_X_REQUESTED_WITH="XMLHttpRequest")
    assert response.status_code == 403


def test_gated_post_to_profile_changes_nothing(client, trainer):
    client.force_login(trainer)
    response = client.post("/fi/profile/", {"first_name": "Changed"})
    assert response.status_code == 302
    trainer.refresh_from_db()
    assert trainer.first_name == "Tuomas"


def test_totp_setup_asks_a_gated_trainer_to_confirm_the_password_first(client, trainer, password):
    log_in(client, trainer.email, password)
    response = client.get(totp_setup_url())
    assert response["Location"].startswith(url("account_reauthenticate"))
    assert client.get(response["Location"]).status_code == 200


def test_trainer_without_authenticator_can_open_totp_setup(client, trainer, password):
    log_in(client, trainer.email, password)
    reauthenticate(client, password)
    response = client.get(totp_setup_url())
    assert response.status_code == 200
    assert "mfa.totp.secret" in client.session


@pytest.mark.parametrize(
    "name",
    ["mfa_index", "mfa_add_webauthn", "account_email", "account_email_verification_sent", "account_reauthenticate"],
)
def test_trainer_without_authenticator_can_open_setup_and_verification_pages(client, trainer, password, name):
    log_in(client, trainer.email, password)
    response = client.get(url(name))
    assert response.status_code != 302 or "2fa/totp/activate" not in response["Location"]


def test_trainer_without_authenticator_can_log_out(client, trainer):
    client.force_login(trainer)
    response = client.post(url("account_logout"))
    assert response.status_code == 302
    assert "_auth_user_id" not in client.session


def test_trainer_without_authenticator_can_switch_language(client, trainer):
    client.force_login(trainer)
    response = client.post("/i18n/setlang/", {"language": "sv", "next": "/sv/"})
    assert response.status_code == 302
    assert response["Location"] == "/sv/"


def test_health_check_is_not_gated(client, trainer):
    client.force_login(trainer)
    assert client.get("/healthz").status_code == 200


def test_static_files_are_not_gated():
    from accounts.middleware import is_allowed_without_mfa

    assert is_allowed_without_mfa("/static/css/site.css")
    assert is_allowed_without_mfa("/media/images/a.png")
    assert not is_allowed_without_mfa("/admin/")


def test_trainer_who_enrols_totp_reaches_the_admin(client, trainer, password, admin_access_for_trainers):
    log_in(client, trainer.email, password)
    reauthenticate(client, password)
    client.get(totp_setup_url())
    secret = client.session["mfa.totp.secret"]
    response = client.post(totp_setup_url(), {"code": totp_code(secret)})
    assert response.status_code == 302
    assert Authenticator.objects.filter(user=trainer, type=Authenticator.Type.TOTP).exists()
    assert client.get("/admin/").status_code == 200


def test_totp_activation_with_a_wrong_code_keeps_the_gate(client, trainer, password):
    log_in(client, trainer.email, password)
    reauthenticate(client, password)
    client.get(totp_setup_url())
    response = client.post(totp_setup_url(), {"code": "abc123"})
    assert response.status_code == 200
    assert not has_second_factor(trainer)
    assert client.get("/fi/profile/").status_code == 302


def test_staff_user_without_authenticator_is_gated(client, staff_user):
    client.force_login(staff_user)
    response = client.get("/admin/")
    assert response["Location"] == totp_setup_url(response.wsgi_request.LANGUAGE_CODE)


def test_staff_user_with_totp_reaches_the_admin(client, staff_user):
    enrol_totp(staff_user)
    client.force_login(staff_user)
    assert client.get("/admin/").status_code == 200


def test_security_key_counts_as_second_factor(client, trainer):
    Authenticator.objects.create(user=trainer, type=Authenticator.Type.WEBAUTHN, data={"name": "key"})
    client.force_login(trainer)
    assert client.get("/fi/profile/").status_code == 200


def test_recovery_codes_alone_do_not_count_as_second_factor(client, trainer):
    Authenticator.objects.create(user=trainer, type=Authenticator.Type.RECOVERY_CODES, data={"seed": "x"})
    client.force_login(trainer)
    assert client.get("/fi/profile/").status_code == 302


def test_learner_is_not_gated(client, learner, site_pages):
    client.force_login(learner)
    assert client.get("/fi/profile/").status_code == 200
    assert client.get("/fi/").status_code == 200


def test_user_in_mfa_exempt_emails_is_not_gated(client, trainer, settings):
    settings.MFA_EXEMPT_EMAILS = [trainer.email]
    client.force_login(trainer)
    assert client.get("/fi/profile/").status_code == 200


def test_role_registered_by_a_higher_app_is_gated(client):
    person = UserFactory(email="contact-person@example.org")

    def is_contact(user):
        return user.email == "contact-person@example.org"

    policies.register_mfa_requirement(is_contact)
    try:
        client.force_login(person)
        assert client.get("/fi/profile/").status_code == 302
    finally:
        policies._role_checks.remove(is_contact)


def test_anonymous_visitor_is_not_gated(client, site_pages):
    assert client.get("/fi/").status_code == 200


def test_learner_can_open_the_two_factor_page_to_opt_in(client, learner, password):
    log_in(client, learner.email, password)
    response = client.get(url("mfa_index"))
    assert response.status_code == 200


# MFA follows from permissions, not from a list of group names.


def test_user_only_in_live_trainers_is_sent_to_mfa_setup_before_the_participants_csv(client, site_pages):
    from django.urls import reverse

    from live.authoring import ensure_live_authoring
    from tests.live.factories import LiveSessionIndexPageFactory, LiveSessionPageFactory

    calendar = LiveSessionIndexPageFactory(parent=site_pages)
    session = LiveSessionPageFactory(parent=calendar)
    live_trainer = UserFactory(email="live-trainer@example.org")
    live_trainer.groups.add(ensure_live_authoring(calendar))
    session.trainers.add(live_trainer)
    session.save_revision().publish()
    client.force_login(live_trainer)
    response = client.get(reverse("live:export", args=[session.pk]))
    assert response.status_code == 302
    assert response["Location"].endswith("/accounts/2fa/totp/activate/")


def test_user_only_in_readiness_coordinators_is_sent_to_mfa_setup(client):
    from readiness.permissions import ensure_coordinator_group

    person = UserFactory(email="former-coordinator@example.org")
    person.groups.add(ensure_coordinator_group())
    client.force_login(person)
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response["Location"].endswith("/accounts/2fa/totp/activate/")


def test_admin_access_given_to_the_user_directly_requires_mfa(client):
    person = UserFactory(email="direct-grant@example.org")
    person.user_permissions.add(Permission.objects.get(codename="access_admin", content_type__app_label="wagtailadmin"))
    assert policies.requires_mfa(person)


def test_admin_access_through_any_group_requires_mfa():
    from django.contrib.auth.models import Group

    group = Group.objects.create(name="Some new editors")
    group.permissions.add(Permission.objects.get(codename="access_admin", content_type__app_label="wagtailadmin"))
    person = UserFactory(email="editor@example.org")
    person.groups.add(group)
    assert policies.requires_mfa(person)


def test_group_without_sensitive_permissions_does_not_require_mfa():
    from django.contrib.auth.models import Group

    person = UserFactory(email="club-member@example.org")
    person.groups.add(Group.objects.create(name="Book club"))
    assert not policies.requires_mfa(person)
