"""Every download of other people's data names who downloaded which table."""

import pytest
from django.urls import reverse
from django.utils import translation

import audit
from audit.models import AuditEvent

pytestmark = pytest.mark.django_db


def fi_reverse(name, **kwargs):
    with translation.override("fi"):
        return reverse(name, kwargs=kwargs)


def test_association_report_export_is_recorded(client, world):
    client.force_login(world.contact_a)
    url = fi_reverse("reports:association_export", slug=world.a.slug, table="matrix", fmt="csv")
    response = client.get(url, REMOTE_ADDR="198.51.100.4")
    assert response.status_code == 200
    event = AuditEvent.objects.get(action=audit.Action.REPORT_EXPORTED)
    assert (event.actor, event.association_id, event.ip) == (world.contact_a, world.a.pk, "198.51.100.4")
    assert event.details == {"table": "matrix", "format": "csv"}


def test_refused_export_records_nothing(client, world):
    client.force_login(world.contact_b)
    url = fi_reverse("reports:association_export", slug=world.a.slug, table="matrix", fmt="csv")
    assert client.get(url).status_code == 404
    assert not AuditEvent.objects.exists()


def test_region_export_is_recorded(client, world):
    client.force_login(world.coordinator)
    url = fi_reverse("reports:region_export", region_id=world.kainuu.pk, table="associations", fmt="xlsx")
    assert client.get(url).status_code == 200
    event = AuditEvent.objects.get(action=audit.Action.REPORT_EXPORTED)
    assert (event.actor, event.association_id) == (world.coordinator, None)
    assert event.details == {"table": "associations", "format": "xlsx", "region": world.kainuu.pk}


def test_live_participant_export_is_recorded(client, session, trainer):
    client.force_login(trainer)
    assert client.get(f"/fi/live/trainer/sessions/{session.pk}/participants.csv").status_code == 200
    event = AuditEvent.objects.get(action=audit.Action.PARTICIPANTS_EXPORTED)
    assert (event.actor, event.target_id) == (trainer, str(session.pk))


def test_course_analytics_export_is_recorded(client, world):
    client.force_login(world.staff)
    assert client.get(fi_reverse("reports:courses_export", fmt="csv")).status_code == 200
    event = AuditEvent.objects.get(action=audit.Action.REPORT_EXPORTED)
    assert (event.actor, event.details) == (world.staff, {"table": "courses", "format": "csv"})
