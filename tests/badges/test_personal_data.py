"""A person's badges in their data export; what account deletion does to awards."""

import json

from django.urls import reverse

from accounts.personal_data import collect_personal_data, registered_sections
from accounts.services import delete_account
from badges import services
from badges.identity import email_matches
from badges.models import Award


def test_badges_section_is_registered():
    assert "badges" in registered_sections()


def test_data_export_lists_the_persons_awards(award, person):
    [row] = collect_personal_data(person)["badges"]["data"]
    assert row["badge"] == "Family café host"
    assert row["issued_on"] == award.issued_on.isoformat()
    assert row["assertion_url"] == f"http://testserver/openbadges/assertions/{award.pk}"
    assert row["revoked"] is False
    assert row["revoked_at"] is None


def test_data_export_shows_a_revoked_award_as_revoked(award, person, staff):
    services.revoke(award, staff, "Given by mistake")
    [row] = collect_personal_data(person)["badges"]["data"]
    assert row["revoked"] is True
    assert row["revocation_reason"] == "Given by mistake"


def test_data_export_holds_only_the_persons_own_awards(award, staff):
    assert collect_personal_data(staff)["badges"]["data"] == []


def test_data_download_contains_the_badges_section(client, award, person):
    client.force_login(person)
    response = client.get(reverse("accounts:personal_data_download"))
    data = json.loads(response.content)
    assert [row["badge"] for row in data["badges"]["data"]] == ["Family café host"]


def test_account_deletion_keeps_the_award(award, person):
    delete_account(person)
    assert Award.objects.filter(pk=award.pk, revoked_at__isnull=True).exists()


def test_account_deletion_cuts_the_link_to_the_account_and_the_name(award, person):
    delete_account(person)
    award.refresh_from_db()
    assert award.recipient_user is None
    assert award.recipient_name == ""


def test_account_deletion_empties_my_badges_and_the_export(client, award, person):
    user = delete_account(person)
    assert collect_personal_data(user)["badges"]["data"] == []
    assert not Award.objects.of_user(user).exists()


def test_assertion_stays_valid_for_the_original_email_after_account_deletion(client, award, person):
    delete_account(person)
    response = client.get(f"/openbadges/assertions/{award.pk}")
    assert response.status_code == 200
    recipient = json.loads(response.content)["recipient"]
    assert email_matches("amal.hassan@example.org", recipient["identity"], recipient["salt"])


def test_verification_page_still_matches_the_original_email_after_account_deletion(client, award, person):
    delete_account(person)
    response = client.post(reverse("badges:verify", args=[award.pk]), {"email": "amal.hassan@example.org"})
    assert response.context["result"] == "match"
