"""Member import service: preview writes nothing, confirm is all-or-nothing and idempotent."""

from unittest import mock

import pytest
from allauth.account.models import EmailAddress
from django.core import mail
from django.utils import timezone, translation

from associations import import_service
from associations.csv_import import parse_member_csv
from associations.models import Invitation, MemberImport, Membership, Role
from associations.services import MembershipError, accept_invitation, invite_by_email
from tests.associations.factories import AssociationFactory, ContactMembershipFactory, MembershipFactory
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _english():
    with translation.override("en"):
        yield


@pytest.fixture
def association():
    return AssociationFactory(name="Kajaanin Palloseura", slug="palloseura")


@pytest.fixture
def contact(association):
    return ContactMembershipFactory(association=association, user__email="kontakti@example.org").user


def preview(association, contact, *lines: str) -> MemberImport:
    data = ("\r\n".join(lines) + "\r\n").encode("utf-8")
    return import_service.create_preview(association, contact, "members.csv", parse_member_csv(data))


def outcomes(member_import: MemberImport) -> dict[str, str]:
    return {row["email"]: row["outcome"] for row in member_import.rows}


def memberships_snapshot():
    return sorted(Membership.objects.values_list("user__email", "association__slug", "role", "active"))


# Preview ------------------------------------------------------------------------


def test_preview_writes_only_the_import_row(association, contact):
    UserFactory(email="olli@example.org")
    before = memberships_snapshot()
    member_import = preview(association, contact, "email;name", "olli@example.org;Olli", "uusi@example.org;Uusi")
    assert member_import.status == MemberImport.Status.PREVIEW
    assert memberships_snapshot() == before
    assert not Invitation.objects.exists()


def test_preview_plans_an_outcome_for_every_row(association, contact):
    UserFactory(email="olli@example.org")
    MembershipFactory(association=association, user__email="jo@example.org")
    invite_by_email(association, "kutsuttu@example.org")
    member_import = preview(
        association,
        contact,
        "email",
        "olli@example.org",
        "jo@example.org",
        "uusi@example.org",
        "kutsuttu@example.org",
        "OLLI@example.org",
    )
    assert [row["outcome"] for row in member_import.rows] == [
        "invite",
        "unchanged",
        "invite",
        "already_invited",
        "duplicate",
    ]
    assert member_import.rows[4]["duplicate_of"] == 2


def test_preview_plans_an_invitation_for_an_account_with_an_unverified_address(association, contact):
    user = UserFactory(email="vahvistamaton@example.org", verified=False)
    assert not EmailAddress.objects.filter(user=user, verified=True).exists()
    member_import = preview(association, contact, "email", "vahvistamaton@example.org")
    assert outcomes(member_import) == {"vahvistamaton@example.org": "invite"}


def test_preview_of_a_member_with_another_role_notes_that_the_role_is_not_changed(association, contact):
    MembershipFactory(association=association, user__email="valmentaja@example.org", role=Role.COACH)
    member_import = preview(association, contact, "email;role", "valmentaja@example.org;member")
    row = member_import.rows[0]
    assert row["outcome"] == "unchanged"
    assert row["notes"] == [{"code": "role_not_changed", "params": {"role": "coach"}}]


def test_preview_stores_row_errors_with_line_numbers(association, contact):
    member_import = preview(association, contact, "email", "ok@example.org", "rikki")
    assert [(error["line"], error["code"]) for error in member_import.errors] == [(3, "email_invalid")]


# Apply --------------------------------------------------------------------------


def test_apply_invites_people_without_an_account_with_name_and_role(association, contact):
    member_import = preview(association, contact, "email;name;role", "uusi@example.org;Uusi Ihminen;valmentaja")
    import_service.apply_import(member_import, contact)
    invitation = Invitation.objects.get(association=association, email="uusi@example.org")
    assert (invitation.name, invitation.role, invitation.invited_by) == ("Uusi Ihminen", Role.COACH, contact)


def test_apply_sends_invitation_emails_only_after_commit(association, contact, django_capture_on_commit_callbacks):
    member_import = preview(association, contact, "email", "uusi@example.org", "toinen@example.org")
    with django_capture_on_commit_callbacks(execute=True):
        import_service.apply_import(member_import, contact)
    assert sorted(message.to[0] for message in mail.outbox) == ["toinen@example.org", "uusi@example.org"]


def test_apply_sets_status_summary_and_final_outcomes(association, contact):
    UserFactory(email="olli@example.org")
    MembershipFactory(association=association, user__email="jo@example.org")
    member_import = preview(
        association, contact, "email", "olli@example.org", "jo@example.org", "uusi@example.org", "olli@example.org"
    )
    applied = import_service.apply_import(member_import, contact)
    applied.refresh_from_db()
    assert applied.status == MemberImport.Status.APPLIED
    assert applied.applied_at is not None
    assert applied.summary == {"invite": 2, "unchanged": 1, "already_invited": 0, "duplicate": 1}


def test_person_in_another_association_is_invited_here_and_stays_there(association, contact):
    other = AssociationFactory(name="Sotkamon Hiihtäjät")
    olli = MembershipFactory(association=other, user__email="olli@example.org", role=Role.COACH).user
    member_import = preview(association, contact, "email", "olli@example.org")
    import_service.apply_import(member_import, contact)
    assert set(Membership.objects.filter(user=olli, active=True).values_list("association__slug", "role")) == {
        (other.slug, Role.COACH),
    }
    assert Invitation.objects.pending().filter(association=association, email="olli@example.org").exists()


def test_apply_never_changes_an_existing_members_role(association, contact):
    membership = MembershipFactory(association=association, user__email="valmentaja@example.org", role=Role.COACH)
    import_service.apply_import(preview(association, contact, "email;role", "valmentaja@example.org;member"), contact)
    membership.refresh_from_db()
    assert membership.role == Role.COACH


def test_apply_never_changes_an_existing_accounts_name(association, contact):
    olli = UserFactory(email="olli@example.org", first_name="Olli", last_name="Oikea")
    import_service.apply_import(preview(association, contact, "email;name", "olli@example.org;Väärä Nimi"), contact)
    olli.refresh_from_db()
    assert (olli.first_name, olli.last_name) == ("Olli", "Oikea")


def test_apply_of_an_import_with_row_errors_is_refused_and_writes_nothing(association, contact):
    UserFactory(email="olli@example.org")
    member_import = preview(association, contact, "email", "olli@example.org", "rikki")
    before = memberships_snapshot()
    with pytest.raises(MembershipError):
        import_service.apply_import(member_import, contact)
    member_import.refresh_from_db()
    assert member_import.status == MemberImport.Status.PREVIEW
    assert memberships_snapshot() == before


def test_apply_is_all_or_nothing_when_the_second_row_fails(association, contact, django_capture_on_commit_callbacks):
    member_import = preview(
        association,
        contact,
        "email",
        "uusi@example.org",
        "eka@example.org",
        "toka@example.org",
        "viimeinen@example.org",
    )
    before = memberships_snapshot()
    calls = []

    def failing_invite(*args, **kwargs):
        calls.append(args)
        if len(calls) == 2:
            raise RuntimeError("database went away")
        return invite_by_email(*args, **kwargs)

    with (
        mock.patch.object(import_service, "invite_by_email", side_effect=failing_invite),
        django_capture_on_commit_callbacks(execute=True),
        pytest.raises(RuntimeError),
    ):
        import_service.apply_import(member_import, contact)

    assert len(calls) == 2
    assert memberships_snapshot() == before
    assert not Invitation.objects.exists()
    assert mail.outbox == []
    member_import.refresh_from_db()
    assert member_import.status == MemberImport.Status.PREVIEW
    assert member_import.summary == {}


def test_apply_can_be_retried_after_a_failure(association, contact):
    UserFactory(email="eka@example.org")
    member_import = preview(association, contact, "email", "eka@example.org", "uusi@example.org")
    with (
        mock.patch.object(import_service, "invite_by_email", side_effect=RuntimeError("boom")),
        pytest.raises(RuntimeError),
    ):
        import_service.apply_import(member_import, contact)
    applied = import_service.apply_import(member_import, contact)
    assert applied.summary["invite"] == 2


# Idempotency ----------------------------------------------------------------------


def test_applying_the_same_import_twice_changes_nothing_more(association, contact):
    UserFactory(email="olli@example.org")
    member_import = preview(association, contact, "email", "olli@example.org", "uusi@example.org")
    first = import_service.apply_import(member_import, contact)
    memberships, invitations = memberships_snapshot(), list(Invitation.objects.values_list("pk", flat=True))
    applied_at = first.applied_at

    second = import_service.apply_import(member_import, contact)

    assert memberships_snapshot() == memberships
    assert list(Invitation.objects.values_list("pk", flat=True)) == invitations
    assert second.summary == first.summary
    assert second.applied_at == applied_at


def test_importing_the_same_file_again_after_applying_changes_nothing(association, contact):
    UserFactory(email="olli@example.org")
    lines = ("email;name", "olli@example.org;Olli", "uusi@example.org;Uusi", "olli@example.org;Olli")
    import_service.apply_import(preview(association, contact, *lines), contact)
    memberships, invitations = memberships_snapshot(), Invitation.objects.count()

    again = preview(association, contact, *lines)
    assert [row["outcome"] for row in again.rows] == ["already_invited", "already_invited", "duplicate"]
    applied = import_service.apply_import(again, contact)

    assert memberships_snapshot() == memberships
    assert Invitation.objects.count() == invitations
    assert applied.summary == {"invite": 0, "unchanged": 0, "already_invited": 2, "duplicate": 1}


def test_apply_recomputes_outcomes_from_the_database_at_confirm_time(association, contact):
    member_import = preview(association, contact, "email", "myohemmin@example.org")
    assert outcomes(member_import) == {"myohemmin@example.org": "invite"}
    # Joined by the invite link between preview and confirm.
    MembershipFactory(association=association, user__email="myohemmin@example.org")

    applied = import_service.apply_import(member_import, contact)

    assert outcomes(applied) == {"myohemmin@example.org": "unchanged"}
    assert not Invitation.objects.exists()


def test_expired_invitation_is_renewed_by_a_new_import(association, contact):
    old, _created = invite_by_email(association, "vanha@example.org")
    Invitation.objects.filter(pk=old.pk).update(expires_at=timezone.now())
    applied = import_service.apply_import(preview(association, contact, "email", "vanha@example.org"), contact)
    assert outcomes(applied) == {"vanha@example.org": "invite"}
    assert Invitation.objects.pending().filter(email="vanha@example.org").count() == 1


# An import only invites (issue 17, defect 2) ----------------------------------------


def test_preview_plans_the_same_outcome_for_an_address_with_and_without_an_account(association, contact):
    UserFactory(email="olli@example.org")
    member_import = preview(association, contact, "email", "olli@example.org", "uusi@example.org")
    assert outcomes(member_import) == {"olli@example.org": "invite", "uusi@example.org": "invite"}


def test_import_invites_an_existing_account_with_the_proposed_role_and_adds_nobody(association, contact):
    olli = UserFactory(email="olli@example.org")
    import_service.apply_import(preview(association, contact, "email;role", "olli@example.org;hallitus"), contact)
    assert not Membership.objects.filter(user=olli, association=association).exists()
    assert Invitation.objects.pending().get(association=association, email="olli@example.org").role == Role.BOARD_MEMBER


def test_import_cannot_make_a_member_of_another_association_a_contact_here(
    association, contact, django_capture_on_commit_callbacks
):
    other = AssociationFactory(name="Sotkamon Hiihtäjät")
    learner = MembershipFactory(association=other, user__email="learner2@example.org").user
    member_import = preview(association, contact, "email;name;role", "learner2@example.org;X;contact")
    with django_capture_on_commit_callbacks(execute=True):
        import_service.apply_import(member_import, contact)
    memberships = Membership.objects.filter(user=learner).values_list("association__slug", "role", "active")
    assert list(memberships) == [(other.slug, Role.MEMBER, True)]
    assert [message.to for message in mail.outbox] == [["learner2@example.org"]]


def test_imported_invitation_makes_a_member_only_when_the_address_owner_accepts(association, contact):
    olli = UserFactory(email="olli@example.org")
    import_service.apply_import(preview(association, contact, "email;role", "olli@example.org;contact"), contact)
    invitation = Invitation.objects.get(association=association, email="olli@example.org")
    with pytest.raises(MembershipError):
        accept_invitation(invitation, UserFactory(email="joku.muu@example.org"))
    assert not Membership.objects.filter(user=olli, association=association).exists()
    accept_invitation(invitation, olli)
    assert Membership.objects.get(user=olli, association=association).role == Role.CONTACT


def test_preview_says_already_a_member_only_for_the_contacts_own_members(association, contact):
    MembershipFactory(association=association, user__email="jo@example.org")
    MembershipFactory(association=AssociationFactory(), user__email="muualla@example.org")
    member_import = preview(association, contact, "email", "jo@example.org", "muualla@example.org")
    assert outcomes(member_import) == {"jo@example.org": "unchanged", "muualla@example.org": "invite"}


def test_former_member_is_invited_again_not_reactivated(association, contact):
    membership = MembershipFactory(association=association, user__email="palaaja@example.org", active=False)
    applied = import_service.apply_import(preview(association, contact, "email", "palaaja@example.org"), contact)
    assert outcomes(applied) == {"palaaja@example.org": "invite"}
    membership.refresh_from_db()
    assert not membership.active
