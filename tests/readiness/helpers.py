"""Build the evidence that meets every criterion of the test framework."""

from datetime import timedelta

from django.core.files.base import ContentFile
from django.utils import timezone

from readiness import services
from readiness.statements import STATEMENT_KEYS
from tests.readiness.conftest import complete

PDF = b"%PDF-1.4\n%%EOF\n"


def meet_everything(world, team, course):
    for user in (team.xena, team.yusuf, team.bo):
        complete(user, course)
    services.name_contacts(world.a, world.contact_a, welcome_contact=team.xena, harassment_contact=team.bo)
    today = timezone.localdate()
    services.save_plan(
        world.a,
        world.contact_a,
        upload=ContentFile(PDF, name="plan.pdf"),
        board_approved_on=today - timedelta(days=10),
        review_date=today + timedelta(days=300),
    )
    for user in (team.xena, team.yusuf, team.zoe):
        services.save_self_assessment(world.a, user, dict.fromkeys(STATEMENT_KEYS, 3))
    services.save_measures(
        world.a, world.contact_a, measures="Loan equipment and a free first month.", public_summary=""
    )
