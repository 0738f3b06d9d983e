"""One open invitation per association and address, kept by the database
(issue 17, defect 9): the invite service relies on the constraint, not on a
look-before-insert that two requests can pass at the same time."""

from datetime import timedelta
from unittest import mock

import pytest
from django.core import mail
from django.db import IntegrityError, connection, transaction
from django.db.migrations.executor import MigrationExecutor
from django.utils import timezone

from associations import services
from associations.models import Invitation
from tests.associations.factories import AssociationFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def association():
    return AssociationFactory(slug="palloseura")


def test_database_refuses_a_second_open_invitation_for_the_same_address_in_any_case(association):
    Invitation.objects.create(association=association, email="uusi@example.org")
    with pytest.raises(IntegrityError), transaction.atomic():
        Invitation.objects.create(association=association, email="Uusi@Example.org")


def test_accepted_or_revoked_invitations_do_not_block_a_new_one(association):
    Invitation.objects.create(association=association, email="uusi@example.org", revoked_at=timezone.now())
    Invitation.objects.create(association=association, email="uusi@example.org", accepted_at=timezone.now())
    Invitation.objects.create(association=association, email="uusi@example.org")
    assert Invitation.objects.filter(email="uusi@example.org").count() == 3


def test_the_same_address_may_be_invited_to_two_associations(association):
    Invitation.objects.create(association=association, email="uusi@example.org")
    Invitation.objects.create(association=AssociationFactory(), email="uusi@example.org")
    assert Invitation.objects.filter(email="uusi@example.org").count() == 2


def test_invite_that_loses_the_insert_race_returns_the_winner_and_sends_no_second_mail(
    association, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        winner, _created = services.invite_by_email(association, "uusi@example.org")
    mail.outbox.clear()
    # The second request looked before the first one's row was visible; its
    # look after the failed insert finds the row as it really is.
    first_look_misses = mock.patch.object(
        services, "_open_invitation", wraps=services._open_invitation, side_effect=[None, mock.DEFAULT]
    )
    with (
        first_look_misses,
        django_capture_on_commit_callbacks(execute=True),
    ):
        invitation, created = services.invite_by_email(association, "Uusi@example.org")
    assert (invitation, created) == (winner, False)
    assert Invitation.objects.count() == 1
    assert mail.outbox == []


def test_renewing_an_expired_invitation_closes_the_old_one(association):
    old, _created = services.invite_by_email(association, "vanha@example.org")
    Invitation.objects.filter(pk=old.pk).update(expires_at=timezone.now() - timedelta(seconds=1))
    new, created = services.invite_by_email(association, "vanha@example.org")
    old.refresh_from_db()
    assert created and new != old
    assert old.revoked_at is not None


def test_invitation_address_is_stored_in_lower_case(association):
    invitation = Invitation.objects.create(association=association, email=" Uusi@Example.ORG ")
    invitation.refresh_from_db()
    assert invitation.email == "uusi@example.org"


@pytest.mark.django_db(transaction=True)
def test_migration_revokes_all_but_the_newest_of_duplicate_open_invitations():
    executor = MigrationExecutor(connection)
    before = [("associations", "0003_member_import")]
    # Every app's leaf, not only associations': going back to 0003 also unapplies the
    # apps that depend on a later associations migration (activities), and they must
    # come back too, or every later test in this worker meets missing tables.
    leaf = executor.loader.graph.leaf_nodes()
    applied_before = set(executor.recorder.applied_migrations())
    executor.migrate(before)
    try:
        old_apps = executor.loader.project_state(before).apps
        Association = old_apps.get_model("associations", "Association")
        Region = old_apps.get_model("associations", "Region")
        Municipality = old_apps.get_model("associations", "Municipality")
        Invitation_ = old_apps.get_model("associations", "Invitation")
        # Its own region: an earlier transactional test may have flushed the reference data.
        region = Region.objects.create(name="Migraatiomaa", code="TMIG")
        municipality = Municipality.objects.create(region=region, name="Migraatio", code="TMIG1")
        association = Association.objects.create(
            slug="kaksoset", name="Kaksoset", association_type="other", municipality=municipality
        )
        expires = timezone.now() + timedelta(days=14)
        older, newer = (
            Invitation_.objects.create(association=association, email=email, token=token, expires_at=expires)
            for email, token in (("kaksi@example.org", "t1"), ("Kaksi@Example.org", "t2"))
        )
        other = Invitation_.objects.create(
            association=association, email="muu@example.org", token="t3", expires_at=expires
        )
    finally:
        executor = MigrationExecutor(connection)
        executor.migrate(leaf)
    assert set(executor.recorder.applied_migrations()) == applied_before

    open_ones = Invitation.objects.filter(revoked_at__isnull=True).values_list("pk", flat=True)
    assert sorted(open_ones) == sorted([newer.pk, other.pk])
    assert Invitation.objects.get(pk=older.pk).revoked_at is not None
