"""60 concurrent identical invitations → one invitation and one e-mail
(issue 17, defect 9). Needs PostgreSQL: SQLite serialises writers on one
file lock, so it would not show a race at all."""

import pytest
from django.core import mail
from django.db import connection

from associations import services
from associations.models import Invitation
from tests.associations.factories import AssociationFactory
from tests.concurrency import run_together

REQUESTS = 60


@pytest.mark.skipif(connection.vendor != "postgresql", reason="needs PostgreSQL: SQLite cannot race writers")
def test_sixty_concurrent_identical_invitations_make_one_invitation_and_one_email(transactional_db):
    association = AssociationFactory(slug="kilpa-seura")
    mail.outbox = []
    # The same address as typed by different people: letter case differs.
    addresses = ["uusi@example.org", "Uusi@Example.org"] * (REQUESTS // 2)

    def invite(address):
        invitation, created = services.invite_by_email(association, address)
        return invitation.pk, created

    results, failures = run_together([lambda address=address: invite(address) for address in addresses])

    assert failures == []
    assert len({pk for pk, _created in results}) == 1
    assert [created for _pk, created in results].count(True) == 1
    assert Invitation.objects.filter(association=association).count() == 1
    assert [message.to for message in mail.outbox] == [["uusi@example.org"]]
