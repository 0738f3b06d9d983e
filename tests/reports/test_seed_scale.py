"""`seed_scale` builds a scale region (tiny sizes here) and refuses production."""

import pytest
from django.core.management import CommandError, call_command

from associations.models import Association, Membership
from courses.models import CourseCompletion, StepCompletion

SMALL = {"associations": 3, "learners": 30, "courses": 2, "lessons": 2}


def test_seed_scale_builds_associations_learners_and_progress(site_pages):
    call_command("seed_scale", stdout=open("/dev/null", "w"), **SMALL)  # noqa: SIM115
    assert Association.objects.filter(municipality__region__code="SCALE").count() == 3
    assert Membership.objects.filter(association__municipality__region__code="SCALE").count() == 31
    assert StepCompletion.objects.exists() and CourseCompletion.objects.exists()


def test_second_run_creates_nothing(site_pages):
    call_command("seed_scale", stdout=open("/dev/null", "w"), **SMALL)  # noqa: SIM115
    count = StepCompletion.objects.count()
    call_command("seed_scale", stdout=open("/dev/null", "w"), **SMALL)  # noqa: SIM115
    assert StepCompletion.objects.count() == count


def test_seed_scale_refuses_outside_dev_and_test(site_pages, settings):
    settings.DEMO_CONTENT_ALLOWED = False
    with pytest.raises(CommandError):
        call_command("seed_scale", **SMALL)


def test_scale_region_dashboard_renders(client, site_pages, settings):
    from django.urls import reverse

    from associations.models import Region
    from reports.management.commands.seed_scale import COORDINATOR

    call_command("seed_scale", stdout=open("/dev/null", "w"), **SMALL)  # noqa: SIM115
    settings.MFA_EXEMPT_EMAILS = [COORDINATOR]
    from django.contrib.auth import get_user_model

    client.force_login(get_user_model().objects.get(email=COORDINATOR))
    region = Region.objects.get(code="SCALE")
    response = client.get(reverse("reports:region", args=[region.pk]))
    assert response.status_code == 200
    assert len(response.context["report"].associations) == 3
