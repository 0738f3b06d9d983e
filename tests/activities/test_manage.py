"""Contacts (and staff) add, edit and unpublish their association's activities; others get 404."""

import pytest
from django.urls import reverse

from activities.models import Activity
from associations.models import Association, Membership, Municipality, Region, Role
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _mfa_exempt(settings):
    """These tests are about scope, not about enrolling MFA (contacts must enrol)."""
    settings.MFA_EXEMPT_EMAILS = ["contact@example.org", "member@example.org"]


@pytest.fixture
def world(site_pages):
    region, _ = Region.objects.get_or_create(code="18", defaults={"name": "Kainuu"})
    kajaani, _ = Municipality.objects.get_or_create(code="205", defaults={"name": "Kajaani", "region": region})
    club = Association.objects.create(slug="club", name="Club", association_type="sports_club", municipality=kajaani)
    other = Association.objects.create(slug="other", name="Other", association_type="4h", municipality=kajaani)
    contact = UserFactory(email="contact@example.org")
    Membership.objects.create(user=contact, association=club, role=Role.CONTACT)
    member = UserFactory(email="member@example.org")
    Membership.objects.create(user=member, association=club, role=Role.MEMBER)
    theirs = Activity.objects.create(association=other, title="Theirs", hobby_type="club", municipality=kajaani)
    ours = Activity.objects.create(association=club, title="Ours", hobby_type="football", municipality=kajaani)
    return {"club": club, "other": other, "contact": contact, "member": member, "theirs": theirs, "ours": ours}


def form_data(**overrides):
    data = {
        "title": "Uusi",
        "description": "",
        "original_language": "fi",
        "hobby_type": "football",
        "age_group": "all",
        "level": "beginners",
        "group_kind": "mixed",
        "cost": "free",
        "first_visit_free": "on",
        "published": "on",
    }
    for prefix in ("sessions", "exceptions", "translations"):
        data.update({f"{prefix}-TOTAL_FORMS": "0", f"{prefix}-INITIAL_FORMS": "0"})
    data.update(overrides)
    return data


def test_a_contact_adds_an_activity_to_their_association(client, world):
    client.force_login(world["contact"])
    municipality = world["club"].municipality.pk
    response = client.post(reverse("activities:add", args=["club"]), form_data(municipality=municipality))
    assert response.status_code == 302
    assert Activity.objects.get(title="Uusi").association == world["club"]


def test_a_contact_cannot_add_to_another_association(client, world):
    client.force_login(world["contact"])
    assert client.get(reverse("activities:add", args=["other"])).status_code == 404


def test_another_associations_activity_is_404_for_a_contact(client, world):
    client.force_login(world["contact"])
    assert client.get(reverse("activities:edit", args=[world["theirs"].pk])).status_code == 404


def test_a_plain_member_cannot_edit_their_associations_activity(client, world):
    client.force_login(world["member"])
    assert client.get(reverse("activities:edit", args=[world["ours"].pk])).status_code == 404


def test_a_contact_unpublishes_an_activity(client, world):
    client.force_login(world["contact"])
    data = form_data(title="Ours", municipality=world["club"].municipality.pk)
    del data["published"]
    client.post(reverse("activities:edit", args=[world["ours"].pk]), data)
    world["ours"].refresh_from_db()
    assert world["ours"].published is False
    assert world["ours"] not in Activity.objects.public()


def test_a_huge_title_gets_a_clear_error_not_500(client, world):
    client.force_login(world["contact"])
    response = client.post(
        reverse("activities:add", args=["club"]),
        form_data(title="😀" * 5000, municipality=world["club"].municipality.pk),
    )
    assert response.status_code == 200
    assert not Activity.objects.filter(title__startswith="😀").exists()


def test_the_season_cannot_end_before_it_starts(client, world):
    client.force_login(world["contact"])
    response = client.post(
        reverse("activities:add", args=["club"]),
        form_data(season_starts="2027-05-01", season_ends="2027-01-01", municipality=world["club"].municipality.pk),
    )
    assert response.status_code == 200
    assert "season_ends" in response.context["form"].errors


def test_the_contacts_list_shows_only_their_associations_activities(client, world):
    client.force_login(world["contact"])
    text = client.get(reverse("activities:mine")).text
    assert "Ours" in text and "Theirs" not in text


def test_anonymous_visitors_are_sent_to_log_in(client, world):
    assert client.get(reverse("activities:mine")).status_code == 302


def test_a_contact_adds_their_own_persian_translation(client, world):
    client.force_login(world["contact"])
    data = form_data(title="Ours", municipality=world["club"].municipality.pk)
    data.update(
        {
            "translations-TOTAL_FORMS": "1",
            "translations-0-language": "fa",
            "translations-0-title": "فوتبال برای همه",
            "translations-0-description": "بیایید با ما بازی کنید",
        }
    )
    response = client.post(reverse("activities:edit", args=[world["ours"].pk]), data)
    assert response.status_code == 302
    assert world["ours"].translations.get().language == "fa"
