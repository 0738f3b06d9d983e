"""Staff's Django admin pages of the offering load."""

import pytest
from django.urls import reverse

from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("name", ["admin:activities_activity_changelist", "admin:activities_regionofferingpolicy_add"])
def test_staff_admin_pages_load(client, site_pages, settings, name):
    staff = UserFactory(email="staff@example.org", is_staff=True, is_superuser=True)
    settings.MFA_EXEMPT_EMAILS = [staff.email]
    client.force_login(staff)
    assert client.get(reverse(name)).status_code == 200
