"""Joining, inviting and managing members through the pages people use."""

from datetime import timedelta

from django.contrib.messages import get_messages
from django.core import mail
from django.urls import reverse
from django.utils import timezone, translation

from associations.models import Invitation, JoinRequest, Membership, Role
from tests.factories import UserFactory
from tests.mail_backends import FAILING_EMAIL_BACKEND, on_commit_runs_at_once
from tests.shared_fixtures import interface_in_source_language  # noqa: F401 (autouse)
from training.mail import MAIL_FAILED_MESSAGE


def join_url(association, token=None):
    return reverse("associations:join_by_link", args=[association.slug, token or association.invite_token])


def test_invite_link_asks_an_anonymous_visitor_to_log_in_or_sign_up(client, world):
    response = client.get(join_url(world.a))
    assert response.status_code == 200
    assert "/accounts/signup/?next=" in response.content.decode()


def test_joining_by_invite_link_adds_a_membership(client, world):
    client.force_login(world.outsider)
    response = client.post(join_url(world.a))
    assert response.status_code == 302
    assert Membership.objects.active().filter(user=world.outsider, association=world.a).exists()


def test_rotated_invite_link_shows_a_clear_message_with_404(client, world):
    old_token = world.a.invite_token
    client.force_login(world.contact_a)
    client.post(reverse("associations:rotate_invite_link", args=[world.a.slug]))
    client.force_login(world.outsider)
    response = client.post(join_url(world.a, old_token))
    assert response.status_code == 404
    assert "Ask your association" in response.content.decode()
    assert not Membership.objects.filter(user=world.outsider).exists()


def test_expired_invite_link_shows_a_clear_message_with_404(client, world):
    world.a.invite_expires_at = timezone.now() - timedelta(days=1)
    world.a.save()
    client.force_login(world.outsider)
    assert client.get(join_url(world.a)).status_code == 404


def test_invite_link_of_another_association_does_not_join_it(client, world):
    client.force_login(world.outsider)
    response = client.post(join_url(world.b, world.a.invite_token))
    assert response.status_code == 404
    assert not Membership.objects.filter(user=world.outsider).exists()


def test_contact_sends_an_invitation_email(client, world, django_capture_on_commit_callbacks):
    client.force_login(world.contact_a)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("associations:invite", args=[world.a.slug]), {"email": "uusi@example.org", "role": "coach"})
    assert Invitation.objects.filter(association=world.a, email="uusi@example.org", role="coach").exists()
    assert mail.outbox[-1].to == ["uusi@example.org"]


def test_invitation_with_a_bad_address_is_refused_with_a_message(client, world):
    client.force_login(world.contact_a)
    response = client.post(
        reverse("associations:invite", args=[world.a.slug]), {"email": "not-an-address", "role": "member"}, follow=True
    )
    assert response.status_code == 200
    assert "The invitation was not sent" in response.content.decode()
    assert not Invitation.objects.filter(email="not-an-address").exists()


def test_invited_person_accepts_with_the_invited_address(client, world):
    invited = UserFactory(email="newbie@example.org")
    client.force_login(invited)
    client.post(reverse("associations:accept_invitation", args=[world.invitation_a.token]))
    assert Membership.objects.active().filter(user=invited, association=world.a).exists()


def test_invitation_for_another_address_is_refused_with_a_message(client, world):
    client.force_login(world.outsider)
    response = client.post(reverse("associations:accept_invitation", args=[world.invitation_a.token]))
    assert response.status_code == 200
    assert "another e-mail address" in response.content.decode()
    assert not Membership.objects.filter(user=world.outsider).exists()


def test_unknown_invitation_token_gets_404(client, world):
    client.force_login(world.outsider)
    assert client.get(reverse("associations:accept_invitation", args=["nope"])).status_code == 404


def test_person_asks_to_join_and_the_contact_approves(client, world):
    client.force_login(world.learner_b)
    client.post(reverse("associations:request_to_join", args=[world.a.slug]), {"message": "Hei! 👋 أهلاً"})
    join_request = JoinRequest.objects.get(user=world.learner_b, association=world.a)
    assert join_request.message == "Hei! 👋 أهلاً"
    client.force_login(world.contact_a)
    client.post(
        reverse("associations:decide_join_request", args=[world.a.slug, join_request.pk]), {"decision": "approve"}
    )
    assert Membership.objects.active().filter(user=world.learner_b, association=world.a).exists()
    assert Membership.objects.active().filter(user=world.learner_b, association=world.b).exists()


def test_join_request_message_with_nul_bytes_is_refused_with_a_message(client, world):
    client.force_login(world.outsider)
    response = client.post(
        reverse("associations:request_to_join", args=[world.b.slug]), {"message": "hei\x00"}, follow=True
    )
    assert response.status_code == 200
    assert not JoinRequest.objects.filter(user=world.outsider, association=world.b).exists()


def test_member_leaves_their_association(client, world):
    client.force_login(world.learner_a)
    client.post(reverse("associations:leave", args=[world.a.slug]))
    assert not Membership.objects.get(user=world.learner_a, association=world.a).active


def test_only_contact_is_told_why_they_cannot_leave(client, world):
    client.force_login(world.contact_a)
    response = client.post(reverse("associations:leave", args=[world.a.slug]), follow=True)
    assert "only contact person" in response.content.decode()
    assert Membership.objects.get(user=world.contact_a).active


def test_contact_changes_a_members_role(client, world):
    client.force_login(world.contact_a)
    client.post(
        reverse("associations:change_role", args=[world.a.slug, world.membership_learner_a.pk]), {"role": "coach"}
    )
    world.membership_learner_a.refresh_from_db()
    assert world.membership_learner_a.role == Role.COACH


def test_tampered_role_value_is_refused(client, world):
    client.force_login(world.contact_a)
    client.post(
        reverse("associations:change_role", args=[world.a.slug, world.membership_learner_a.pk]), {"role": "admin"}
    )
    world.membership_learner_a.refresh_from_db()
    assert world.membership_learner_a.role == Role.MEMBER


def test_contact_edits_public_details_with_arabic_and_emoji_kept_exactly(client, world):
    client.force_login(world.contact_a)
    text = "نادي كرة القدم ‍👟 للجميع"
    response = client.post(
        reverse("associations:edit", args=[world.a.slug]),
        {
            "name": "Palloseura",
            "association_type": "sports_club",
            "municipality": world.a.municipality_id,
            "public_description": text,
            "activity_languages": ["fi", "ar"],
        },
    )
    assert response.status_code == 302
    world.a.refresh_from_db()
    assert world.a.public_description == text
    assert world.a.activity_languages == ["fi", "ar"]


def test_over_long_association_name_gets_a_field_error(client, world):
    client.force_login(world.contact_a)
    response = client.post(
        reverse("associations:edit", args=[world.a.slug]),
        {"name": "x" * 500, "association_type": "sports_club", "municipality": world.a.municipality_id},
    )
    assert response.status_code == 200
    world.a.refresh_from_db()
    assert world.a.name == "Palloseura"


def test_find_page_filters_by_municipality(client, world):
    client.force_login(world.outsider)
    html = client.get(reverse("associations:find"), {"municipality": world.b.municipality_id}).content.decode()
    assert "Hiihtäjät" in html and "Palloseura" not in html


def test_my_associations_lists_memberships_and_followed_associations(client, world):
    client.force_login(world.coordinator)
    html = client.get(reverse("associations:mine")).content.decode()
    assert "Palloseura" in html and "Hiihtäjät" in html and "Kuopion 4H" not in html


def test_failing_mail_server_does_not_break_the_invitation_page(client, world, settings):
    settings.EMAIL_BACKEND = FAILING_EMAIL_BACKEND
    client.force_login(world.contact_a)
    with on_commit_runs_at_once():
        response = client.post(
            reverse("associations:invite", args=[world.a.slug]), {"email": "x@example.org", "role": "member"}
        )
    assert response.status_code == 302
    with translation.override("fi"):
        assert [str(m) for m in get_messages(response.wsgi_request)] == [str(MAIL_FAILED_MESSAGE)]


def test_invitation_whose_mail_failed_is_not_kept_so_inviting_again_sends_it(client, world, settings):
    settings.EMAIL_BACKEND = FAILING_EMAIL_BACKEND
    client.force_login(world.contact_a)
    invite = reverse("associations:invite", args=[world.a.slug])
    with on_commit_runs_at_once():
        client.post(invite, {"email": "x@example.org", "role": "member"})
        assert not Invitation.objects.filter(email="x@example.org").exists()
        settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
        client.post(invite, {"email": "x@example.org", "role": "member"})
    assert [m.to for m in mail.outbox] == [["x@example.org"]]
    assert Invitation.objects.pending().filter(email="x@example.org").count() == 1


def accept_url_in_english(invitation):
    with translation.override("en"):
        return reverse("associations:accept_invitation", args=[invitation.token])


def test_invitation_as_contact_says_what_the_role_lets_one_see_and_do(client, world):
    Invitation.objects.filter(pk=world.invitation_a.pk).update(role=Role.CONTACT)
    client.force_login(UserFactory(email="newbie@example.org"))
    html = client.get(accept_url_in_english(world.invitation_a)).content.decode()
    assert "You have been invited as: Association contact." in html
    assert "course progress of every member of Palloseura" in html
    assert "two-factor authentication" in html


def test_invitation_shows_the_role_and_changes_nothing_until_accepted(client, world):
    invited = UserFactory(email="newbie@example.org")
    client.force_login(invited)
    response = client.get(accept_url_in_english(world.invitation_a))
    assert "You have been invited as: Member." in response.content.decode()
    assert not Membership.objects.filter(user=invited).exists()
