"""The issuer profile and badge classes are edited in the Wagtail admin."""

import pytest
from django.urls import reverse

from badges.models import BadgeClass


@pytest.fixture
def admin_client(client, staff):
    staff.is_superuser = True
    staff.save()
    client.force_login(staff)
    return client


def test_badge_class_snippet_editor_opens(admin_client, manual_badge):
    assert admin_client.get(reverse("wagtailsnippets_badges_badgeclass:add")).status_code == 200
    edit = reverse("wagtailsnippets_badges_badgeclass:edit", args=[manual_badge.pk])
    assert admin_client.get(edit).status_code == 200


def test_badge_class_snippet_editor_shows_a_corrupt_upload_as_a_form_error(admin_client, manual_badge):
    from django.core.files.uploadedfile import SimpleUploadedFile

    edit = reverse("wagtailsnippets_badges_badgeclass:edit", args=[manual_badge.pk])
    data = {
        "name": manual_badge.name,
        "kind": "manual",
        "description": "d",
        "criteria_narrative": "c",
        "colour": "#1f6f8b",
        "icon": "",
        "alignment": "[]",
        "tags": "[]",
        "active": "on",
        "image": SimpleUploadedFile("broken.png", b"\x89PNG\r\n\x1a\nbroken", "image/png"),
    }
    response = admin_client.post(edit, data)
    assert response.status_code == 200
    assert "not a valid image" in response.content.decode()
    manual_badge.refresh_from_db()
    assert manual_badge.image.name.endswith(".png") and BadgeClass.objects.count() == 1


def test_issuer_settings_open_in_the_admin(admin_client):
    response = admin_client.get(reverse("wagtailsettings:edit", args=["badges", "issuer"]), follow=True)
    assert response.status_code == 200
    assert "badges@kohtaamo.example" in response.content.decode()
