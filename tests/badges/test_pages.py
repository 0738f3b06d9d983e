"""My badges, the public verification page (with its rate-limited e-mail
check), criteria, and the trainer's and staff's forms."""

import uuid

import pytest
from django.urls import reverse

from badges import services
from badges.models import Award
from badges.views import pages
from tests.factories import UserFactory


@pytest.fixture(autouse=True)
def _source_language(settings):
    settings.LANGUAGE_CODE = "en"


def verify_url(award):
    return reverse("badges:verify", args=[award.pk])


def test_my_badges_needs_login(client, db):
    response = client.get(reverse("badges:mine"))
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_my_badges_lists_the_learners_badges_with_downloads_and_share_link(client, award, person):
    client.force_login(person)
    response = client.get(reverse("badges:mine"))
    html = response.content.decode()
    assert "Family café host" in html
    assert f"/openbadges/assertions/{award.pk}/badge.png" in html
    assert f"/openbadges/credentials/{award.pk}/badge.png" in html
    assert f"http://testserver{verify_url(award)}" in html
    assert f"http://testserver/openbadges/assertions/{award.pk}" in html
    assert f"http://testserver/openbadges/credentials/{award.pk}" in html


def test_my_badges_shows_only_the_learners_own_badges(client, award, db):
    other = UserFactory(email="other@example.org")
    client.force_login(other)
    assert str(award.pk) not in client.get(reverse("badges:mine")).content.decode()


def test_verification_page_shows_issuer_badge_date_evidence_and_valid(client, award):
    response = client.get(verify_url(award))
    html = response.content.decode()
    assert response.status_code == 200
    assert "Family café host" in html
    assert services.issuer().name in html
    assert "Three evenings in spring." in html
    assert 'id="badge-status"' in html and "Valid" in html
    assert "amal.hassan" not in html.lower()


def test_verification_page_of_a_revoked_badge_says_revoked(client, award, staff):
    services.revoke(award, staff, "Awarded by mistake")
    html = client.get(verify_url(award)).content.decode()
    assert "Revoked" in html and "Awarded by mistake" in html


def test_unknown_award_is_404(client, db):
    assert client.get(reverse("badges:verify", args=[uuid.uuid4()])).status_code == 404


def test_email_check_answers_match(client, award):
    response = client.post(verify_url(award), {"email": "  AMAL.hassan@example.org "})
    assert "Match: the badge was awarded to this e-mail address." in response.content.decode()


def test_email_check_answers_no_match_without_revealing_the_address(client, award):
    html = client.post(verify_url(award), {"email": "someone@example.org"}).content.decode()
    assert "No match" in html
    assert "amal" not in html.lower()


def test_email_check_is_rate_limited(client, award):
    for _ in range(pages.EMAIL_CHECKS_PER_WINDOW):
        assert client.post(verify_url(award), {"email": "guess@example.org"}).status_code == 200
    response = client.post(verify_url(award), {"email": "amal.hassan@example.org"})
    assert response.status_code == 429
    html = response.content.decode()
    assert "Too many checks" in html and "Match:" not in html


def test_email_check_with_invalid_address_shows_a_form_error(client, award):
    response = client.post(verify_url(award), {"email": "not an address"})
    assert response.status_code == 200
    assert "Enter a valid email address." in response.content.decode()


def test_criteria_page_shows_the_narrative(client, manual_badge):
    html = client.get(reverse("badges:criteria", args=[manual_badge.pk])).content.decode()
    assert "Hosted at least three family café evenings." in html
    assert "Intercultural communication" in html


def test_staff_sees_the_revoke_link_others_do_not(client, award, staff, person):
    revoke_url = reverse("badges:revoke", args=[award.pk])
    assert revoke_url not in client.get(verify_url(award)).content.decode()
    client.force_login(staff)
    assert revoke_url in client.get(verify_url(award)).content.decode()


def test_staff_revokes_through_the_form(client, award, staff):
    client.force_login(staff)
    response = client.post(reverse("badges:revoke", args=[award.pk]), {"reason": "Duplicate award"})
    assert response.status_code == 302
    award.refresh_from_db()
    assert award.revoked and award.revocation_reason == "Duplicate award"


def test_revoke_form_without_reason_shows_an_error_and_keeps_the_award(client, award, staff):
    client.force_login(staff)
    response = client.post(reverse("badges:revoke", args=[award.pk]), {"reason": ""})
    assert response.status_code == 200 and "This field is required." in response.content.decode()
    award.refresh_from_db()
    assert not award.revoked


def test_non_staff_get_404_from_the_revoke_form(client, award, trainer):
    client.force_login(trainer)
    assert client.get(reverse("badges:revoke", args=[award.pk])).status_code == 404


def enrol(user):
    from courses.models import Enrolment

    Enrolment.objects.create(user=user, course_key=uuid.uuid4())


def test_trainer_awards_a_badge_through_the_form(client, trainer, manual_badge, person):
    enrol(person)
    client.force_login(trainer)
    response = client.post(
        reverse("badges:award"),
        {"badge_class": manual_badge.pk, "email": person.email, "evidence_url": "https://example.org/e"},
    )
    assert response.status_code == 302
    assert Award.objects.get(recipient_user=person).awarded_by == trainer


def test_award_form_needs_evidence_and_an_existing_account(client, trainer, manual_badge):
    client.force_login(trainer)
    response = client.post(reverse("badges:award"), {"badge_class": manual_badge.pk, "email": "nobody@example.org"})
    html = response.content.decode()
    assert "No learner you can award has this e-mail address." in html
    assert "Give the evidence" in html
    assert not Award.objects.exists()


def award_form_errors(client, badge, email):
    response = client.post(
        reverse("badges:award"), {"badge_class": badge.pk, "email": email, "evidence_url": "https://example.org/e"}
    )
    assert response.status_code == 200
    return response.context["form"].errors["email"]


def test_award_form_answers_the_same_for_no_account_and_an_account_outside_the_trainers_scope(
    client, trainer, manual_badge, person
):
    client.force_login(trainer)
    unknown = award_form_errors(client, manual_badge, "nobody@example.org")
    outside = award_form_errors(client, manual_badge, person.email)
    assert unknown == outside == ["No learner you can award has this e-mail address."]
    assert not Award.objects.exists()


def test_trainer_may_award_a_member_of_an_association_they_oversee(client, trainer, manual_badge, person):
    from tests.associations.factories import ContactMembershipFactory, MembershipFactory

    association = ContactMembershipFactory(user=trainer).association
    MembershipFactory(user=person, association=association)
    client.force_login(trainer)
    response = client.post(
        reverse("badges:award"),
        {"badge_class": manual_badge.pk, "email": person.email, "evidence_url": "https://example.org/e"},
    )
    assert response.status_code == 302
    assert Award.objects.filter(recipient_user=person).exists()


def test_staff_may_award_anyone_with_an_account(client, staff, manual_badge, person):
    client.force_login(staff)
    response = client.post(
        reverse("badges:award"),
        {"badge_class": manual_badge.pk, "email": person.email, "evidence_url": "https://example.org/e"},
    )
    assert response.status_code == 302


def test_learners_get_404_from_the_award_form(client, person):
    client.force_login(person)
    assert client.get(reverse("badges:award")).status_code == 404


def test_trainer_finds_the_award_form_from_my_badges(client, trainer):
    client.force_login(trainer)
    assert reverse("badges:award") in client.get(reverse("badges:mine")).content.decode()
