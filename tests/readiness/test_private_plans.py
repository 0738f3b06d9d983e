"""Plan files are private: stored outside MEDIA_ROOT, without a URL, and
readable only through the scoped download view."""

from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from readiness.models import AssociationReadiness
from readiness.storage import private_storage
from tests.readiness.helpers import PDF, meet_everything
from tests.readiness.test_scope_sweep import EVERYONE, OVERSEERS_OF_A
from tests.readiness.test_views import plan_post


def download_url(association):
    return reverse("readiness:plan_file", kwargs={"slug": association.slug})


def test_uploaded_plan_is_stored_outside_media_root(client, settings, world, team):
    client.force_login(world.contact_a)
    client.post(
        reverse("readiness:plan", kwargs={"slug": world.a.slug}), plan_post(SimpleUploadedFile("plan.pdf", PDF))
    )
    path = Path(AssociationReadiness.objects.get(association=world.a).plan_file.path).resolve()
    assert path.read_bytes() == PDF
    assert path.is_relative_to(Path(settings.PRIVATE_MEDIA_ROOT).resolve())
    assert not path.is_relative_to(Path(settings.MEDIA_ROOT).resolve())
    assert not any(Path(settings.MEDIA_ROOT).rglob("*.pdf"))


def test_plan_file_has_no_url(world, team, course):
    meet_everything(world, team, course)
    record = AssociationReadiness.objects.get(association=world.a)
    with pytest.raises(ValueError, match="no URL"):
        record.plan_file.url  # noqa: B018


def test_plan_download_is_a_nosniff_attachment(client, world, team, course):
    meet_everything(world, team, course)
    client.force_login(world.contact_a)
    response = client.get(download_url(world.a))
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment;")
    assert 'filename="plan.pdf"' in response["Content-Disposition"]
    assert response["X-Content-Type-Options"] == "nosniff"
    assert b"".join(response.streaming_content) == PDF


@pytest.mark.parametrize("person", sorted(EVERYONE - OVERSEERS_OF_A))
def test_plan_download_is_404_for_other_scopes(client, world, team, course, person):
    meet_everything(world, team, course)
    client.force_login(world.people[person])
    assert client.get(download_url(world.a)).status_code == 404


def test_plan_download_is_404_when_the_file_is_gone(client, world, team, course):
    meet_everything(world, team, course)
    record = AssociationReadiness.objects.get(association=world.a)
    private_storage().delete(record.plan_file.name)
    client.force_login(world.contact_a)
    assert client.get(download_url(world.a)).status_code == 404
