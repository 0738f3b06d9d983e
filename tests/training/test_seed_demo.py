"""`seed_demo` builds the demo in one step and can run again without duplicating.

`demo_data` is the `seed_demo` run these tests check (once per worker, see tests/conftest.py)."""

import io

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from wagtail.models import Locale, Page, Revision, Site

from home.models import ContentPage, HomePage

DEMO_EMAILS = [
    "admin@example.org",
    "trainer@example.org",
    "coordinator@example.org",
    "contact@example.org",
    "contact2@example.org",
    "learner@example.org",
    "learner2@example.org",
]


def seed():
    call_command("seed_demo", stdout=io.StringIO())


def snapshot():
    return (
        get_user_model().objects.count(),
        Page.objects.count(),
        Revision.objects.count(),
        Locale.objects.count(),
        Site.objects.count(),
    )


def test_seed_demo_creates_every_demo_account_with_the_demo_password(demo_data):
    for email in DEMO_EMAILS:
        user = get_user_model().objects.get(email=email)
        assert user.check_password("kohtaamo-demo")
        assert user.emailaddress_set.get(email=email).verified


def test_seed_demo_makes_only_admin_a_superuser(demo_data):
    assert list(get_user_model().objects.filter(is_superuser=True).values_list("email", flat=True)) == [
        "admin@example.org"
    ]


def test_seed_demo_makes_the_home_page_the_site_root_in_every_language(demo_data):
    home = Site.objects.get(is_default_site=True).root_page.specific
    assert isinstance(home, HomePage)
    assert {p.locale.language_code for p in home.get_translations(inclusive=True)} == {"fi", "sv", "en", "ar"}


def test_seed_demo_creates_about_privacy_and_accessibility_pages(demo_data):
    assert set(ContentPage.objects.filter(locale__language_code="fi").values_list("slug", flat=True)) == {
        "tietoa",
        "tietosuoja",
        "saavutettavuus",
    }


def test_seed_demo_twice_duplicates_nothing(demo_data):
    first = snapshot()
    seed()
    assert snapshot() == first


@pytest.mark.django_db
def test_seed_demo_refuses_when_settings_do_not_allow_demo_content(settings):
    settings.DEMO_CONTENT_ALLOWED = False
    with pytest.raises(CommandError):
        seed()
    assert get_user_model().objects.count() == 0
