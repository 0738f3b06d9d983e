import pytest
from django.core.management import call_command

from associations.models import Association
from readiness.models import Approval, ReadinessEvent, SelfAssessmentAnswer
from readiness.reporting import status_by_association


def _seed():
    call_command("seed_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115


@pytest.mark.django_db
def test_demo_has_associations_at_every_status(demo_data):
    ids = dict(Association.objects.values_list("slug", "pk"))
    statuses = {slug: s.status for slug, s in status_by_association(ids.values()).items()}
    by_slug = {slug: statuses[pk] for slug, pk in ids.items()}
    assert by_slug["kainuun-tanssiseura"] == "approved"
    assert by_slug["sotkamon-salibandy"] == "ready_for_review"
    assert by_slug["kuhmon-kamarikuoro"] == "lapsed"
    assert by_slug["kajaanin-palloseura"] == "in_progress"
    assert by_slug["puolangan-4h"] == "not_started"


@pytest.mark.django_db
def test_demo_twice_creates_nothing_new(demo_data):
    counts = (Approval.objects.count(), ReadinessEvent.objects.count(), SelfAssessmentAnswer.objects.count())
    _seed()
    assert (Approval.objects.count(), ReadinessEvent.objects.count(), SelfAssessmentAnswer.objects.count()) == counts
