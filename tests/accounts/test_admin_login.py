"""Both admins log in through allauth, so its rate limits and MFA apply there."""

from urllib.parse import parse_qs, urlsplit

import pytest

from tests.accounts.conftest import enrol_totp, log_in, totp_code, url

pytestmark = pytest.mark.django_db


def next_of(location: str) -> str:
    return parse_qs(urlsplit(location).query)["next"][0]


def test_wagtail_admin_login_redirects_to_allauth_login(client):
    response = client.get("/admin/login/", HTTP_ACCEPT_LANGUAGE="fi")
    assert response.status_code == 302
    assert urlsplit(response["Location"]).path == url("account_login")
    assert next_of(response["Location"]) == "/admin/"


def test_wagtail_admin_login_keeps_a_safe_next(client):
    response = client.get("/admin/login/?next=/admin/pages/")
    assert next_of(response["Location"]) == "/admin/pages/"


@pytest.mark.parametrize("unsafe", ["https://evil.example/", "//evil.example/admin/", "javascript:alert(1)"])
def test_wagtail_admin_login_drops_an_unsafe_next(client, unsafe):
    response = client.get("/admin/login/", {"next": unsafe})
    assert next_of(response["Location"]) == "/admin/"


def test_django_admin_login_redirects_to_allauth_login(client):
    response = client.get("/django-admin/login/?next=/django-admin/accounts/user/")
    assert urlsplit(response["Location"]).path.endswith("/accounts/login/")
    assert next_of(response["Location"]) == "/django-admin/accounts/user/"


def test_anonymous_visit_to_wagtail_admin_ends_at_allauth_login(client):
    response = client.get("/admin/", follow=True)
    final_url, _status = response.redirect_chain[-1]
    assert urlsplit(final_url).path.endswith("/accounts/login/")
    assert next_of(final_url) == "/admin/"
    assert response.status_code == 200


def test_anonymous_visit_to_django_admin_ends_at_allauth_login(client):
    response = client.get("/django-admin/", follow=True)
    final_url, _status = response.redirect_chain[-1]
    assert urlsplit(final_url).path.endswith("/accounts/login/")
    assert next_of(final_url) == "/django-admin/"


def test_posting_a_password_to_the_old_admin_login_does_not_log_in(client, staff_user, password):
    client.post("/admin/login/", {"username": staff_user.email, "password": password})
    client.post("/django-admin/login/", {"username": staff_user.email, "password": password})
    assert "_auth_user_id" not in client.session


def test_staff_with_totp_logs_in_with_password_and_code_and_lands_in_wagtail_admin(client, staff_user, password):
    secret = enrol_totp(staff_user)
    response = log_in(client, staff_user.email, password, next_url="/admin/")
    assert response["Location"] == url("mfa_authenticate")
    assert "_auth_user_id" not in client.session
    response = client.post(url("mfa_authenticate"), {"code": totp_code(secret)})
    assert response["Location"] == "/admin/"
    response = client.get("/admin/")
    assert response.status_code == 200
    assert b"wagtail" in response.content.lower()


def test_staff_with_totp_is_not_logged_in_with_a_wrong_code(client, staff_user, password):
    secret = enrol_totp(staff_user)
    wrong = "000000" if totp_code(secret) != "000000" else "111111"
    log_in(client, staff_user.email, password, next_url="/admin/")
    response = client.post(url("mfa_authenticate"), {"code": wrong})
    assert response.status_code == 200
    assert "_auth_user_id" not in client.session


def test_logged_in_admin_visiting_admin_login_goes_to_next(client, staff_user):
    enrol_totp(staff_user)
    client.force_login(staff_user)
    response = client.get("/admin/login/?next=/admin/pages/")
    assert response["Location"] == "/admin/pages/"


def test_logged_in_learner_gets_403_from_wagtail_admin_instead_of_a_redirect_loop(client, learner):
    client.force_login(learner)
    response = client.get("/admin/", follow=True)
    assert response.status_code == 403
    assert len(response.redirect_chain) == 1


def test_logged_in_learner_gets_403_from_django_admin(client, learner):
    client.force_login(learner)
    response = client.get("/django-admin/", follow=True)
    assert response.status_code == 403


def test_wagtail_admin_logout_logs_out_and_leads_to_login(client, staff_user):
    enrol_totp(staff_user)
    client.force_login(staff_user)
    response = client.post("/admin/logout/", follow=True)
    assert "_auth_user_id" not in client.session
    final_url, _status = response.redirect_chain[-1]
    assert urlsplit(final_url).path.endswith("/accounts/login/")
