"""Readiness plans with MEDIA_STORAGE=s3: in the private bucket only, ACL
private, streamed by the scoped view to the people in scope, 404 to everyone
else, and 403 from the object store itself to anyone who guesses a key."""

import urllib.error
import urllib.request
from datetime import timedelta

import pytest
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone

from readiness import services
from readiness.models import AssociationReadiness
from readiness.storage import private_storage
from tests.readiness.helpers import PDF
from tests.readiness.test_views import plan_post
from tests.shared_fixtures import interface_in_source_language  # noqa: F401  (fixture)
from tests.storage.conftest import keys


def upload_plan(client, world, name="plan.pdf", content=PDF):
    client.force_login(world.contact_a)
    response = client.post(
        reverse("readiness:plan", kwargs={"slug": world.a.slug}), plan_post(SimpleUploadedFile(name, content))
    )
    assert response.status_code == 302, response.content[:500]
    return AssociationReadiness.objects.get(association=world.a)


def download(client, world):
    return client.get(reverse("readiness:plan_file", kwargs={"slug": world.a.slug}))


def break_private_bucket(settings):
    """Point the private storage at a port where nothing listens (the discard port)."""
    private = settings.STORAGES["private"]
    settings.STORAGES = {
        **settings.STORAGES,
        "private": {**private, "OPTIONS": {**private["OPTIONS"], "endpoint_url": "http://127.0.0.1:9"}},
    }


def anonymous_get(url: str) -> int:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:  # noqa: S310 -- http://127.0.0.1 only
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


def test_plan_lands_in_the_private_bucket_only(client, world, s3):
    record = upload_plan(client, world)
    assert keys(s3.client, s3.private) == [record.plan_file.name]
    assert record.plan_file.name.startswith("readiness/plans/")
    assert keys(s3.client, s3.public) == []
    assert s3.client.get_object(Bucket=s3.private, Key=record.plan_file.name)["Body"].read() == PDF


def test_plan_object_is_readable_by_its_owner_only(client, world, s3):
    record = upload_plan(client, world)
    grants = s3.client.get_object_acl(Bucket=s3.private, Key=record.plan_file.name)["Grants"]
    assert [grant["Permission"] for grant in grants] == ["FULL_CONTROL"]
    assert all(grant["Grantee"]["Type"] == "CanonicalUser" for grant in grants)


def test_scoped_view_streams_the_plan_to_its_contact(client, world, s3):
    upload_plan(client, world)
    response = download(client, world)
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment;")
    assert response["Cache-Control"] == "private, no-store"
    assert b"".join(response.streaming_content) == PDF


@pytest.mark.parametrize("person", ["contact_b", "learner_a", "learner_b", "outsider", "coordinator_savo"])
def test_plan_download_is_404_outside_the_scope(client, world, s3, person):
    upload_plan(client, world)
    client.force_login(world.people[person])
    assert download(client, world).status_code == 404


def test_outsider_guessing_the_private_key_gets_403_from_the_store(client, world, s3):
    record = upload_plan(client, world)
    assert anonymous_get(f"{s3.endpoint}/{s3.private}/{record.plan_file.name}") == 403


def test_outsider_using_the_public_url_pattern_does_not_get_the_plan(client, world, s3):
    record = upload_plan(client, world)
    # The public media URL pattern with the plan's key: the object is not there.
    assert anonymous_get(f"{s3.endpoint}/{s3.public}/{record.plan_file.name}") == 404


def test_private_file_has_no_url_signed_or_not(client, world, s3):
    record = upload_plan(client, world)
    with pytest.raises(ValueError, match="no URL"):
        record.plan_file.url  # noqa: B018
    with pytest.raises(ValueError, match="no URL"):
        private_storage().url(record.plan_file.name)


def test_plan_gone_from_the_bucket_answers_404(client, world, s3):
    record = upload_plan(client, world)
    s3.client.delete_object(Bucket=s3.private, Key=record.plan_file.name)
    assert download(client, world).status_code == 404


def test_unreachable_private_bucket_tells_the_contact_without_a_500(client, world, s3, settings):
    upload_plan(client, world)
    break_private_bucket(settings)
    response = download(client, world)
    assert response.status_code == 302
    assert response["Location"] == reverse("readiness:association", kwargs={"slug": world.a.slug})


@pytest.mark.parametrize(
    "hostile",
    [
        "../../../etc/passwd.pdf",
        "<script>alert(1)</script> plan.pdf",
        "ä" * 400 + ".pdf",
        "a" * 5000 + ".pdf",
        "..pdf",
    ],
    ids=["traversal", "markup", "long-unicode", "very-long", "dots"],
)
def test_hostile_plan_names_are_stored_under_a_random_key(client, world, s3, hostile):
    record = upload_plan(client, world, name=hostile)
    (key,) = keys(s3.client, s3.private)
    assert key == record.plan_file.name
    assert key.startswith("readiness/plans/") and not {"..", "."} & set(key.split("/")) and len(key) < 100
    response = download(client, world)
    assert response.status_code == 200
    assert "\n" not in response["Content-Disposition"] and "\r" not in response["Content-Disposition"]
    assert b"".join(response.streaming_content) == PDF


def test_plan_name_with_line_breaks_cannot_inject_headers(client, world, s3):
    # A browser cannot send this name in a form; a service caller could.
    services.save_plan(
        world.a,
        world.contact_a,
        upload=ContentFile(PDF, name="plan\r\nSet-Cookie: x=1.pdf"),
        board_approved_on=timezone.localdate() - timedelta(days=1),
        review_date=timezone.localdate() + timedelta(days=300),
    )
    client.force_login(world.contact_a)
    response = download(client, world)
    assert response.status_code == 200
    assert not response.has_header("Set-Cookie")
    assert "\n" not in response["Content-Disposition"]


@pytest.mark.usefixtures("interface_in_source_language")
def test_upload_while_the_private_bucket_is_unreachable_keeps_the_form_and_saves_nothing(client, world, s3, settings):
    break_private_bucket(settings)
    client.force_login(world.contact_a)
    response = client.post(
        reverse("readiness:plan", kwargs={"slug": world.a.slug}), plan_post(SimpleUploadedFile("plan.pdf", PDF))
    )
    assert response.status_code == 200
    assert "cannot be stored right now" in response.content.decode()
    assert not AssociationReadiness.objects.filter(association=world.a).exclude(plan_file="").exists()
