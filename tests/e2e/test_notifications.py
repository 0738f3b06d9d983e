"""A learner's notification centre: the bell's count, the list, marking read,
and changing how a kind arrives; 0 axe violations in Finnish and Arabic, and
on a 360 px phone."""

import pytest
from django.contrib.auth import get_user_model
from django.utils.translation import gettext_lazy as _
from playwright.sync_api import expect

from notifications.registry import register_kind, unregister_kind
from notifications.services import notify, unread_count
from tests.e2e.axe import assert_no_axe_violations
from tests.e2e.login import log_in

KIND = "tests.e2e_demo"
LEARNER = "learner@example.org"


@pytest.fixture
def learner_with_notifications(site):
    register_kind(KIND, label=_("Browser test event"), title=_("%(name)s sent you a greeting"), default="email")
    learner = get_user_model().objects.get(email=LEARNER)
    for name in ("Liisa", "Pekka"):
        notify(learner, KIND, params={"name": name}, url="/en/profile/")
    yield learner
    unregister_kind(KIND)


def test_learner_reads_notifications_and_changes_a_preference(page, site, learner_with_notifications):
    unread = unread_count(learner_with_notifications)  # the demo may have given the learner some too
    log_in(page, site, LEARNER)
    page.goto(f"{site}/en/")
    bell = page.get_by_role("link", name=f"Notifications, {unread} unread")
    expect(bell).to_be_visible()

    bell.click()
    expect(page.locator("h1")).to_have_text("Notifications")
    expect(page.get_by_role("link", name="Liisa sent you a greeting")).to_be_visible()
    assert_no_axe_violations(page)
    page.get_by_role("button", name="Mark as read: Liisa sent you a greeting").click()
    expect(page.get_by_role("link", name=f"Notifications, {unread - 1} unread")).to_be_visible()
    page.get_by_role("button", name="Mark all as read").click()
    expect(page.get_by_role("link", name="Notifications", exact=True)).to_be_visible()

    page.goto(f"{site}/en/profile/")
    page.get_by_role("link", name="Notification settings").click()
    group = page.get_by_role("group", name="Browser test event")
    group.get_by_label("Daily digest e-mail").check()
    page.get_by_role("button", name="Save notification settings").click()
    expect(page.get_by_text("Your notification settings have been saved.")).to_be_visible()
    expect(page.get_by_role("group", name="Browser test event").get_by_label("Daily digest e-mail")).to_be_checked()
    assert_no_axe_violations(page)


@pytest.mark.parametrize("language", ["fi", "sv", "en", "ar"])
def test_notification_pages_have_no_axe_violations(page, site, learner_with_notifications, language):
    log_in(page, site, LEARNER)
    page.goto(f"{site}/{language}/notifications/")
    expect(page.locator("h1")).to_be_visible()
    assert_no_axe_violations(page)
    page.goto(f"{site}/{language}/notifications/preferences/")
    expect(page.locator("h1")).to_be_visible()
    assert_no_axe_violations(page)


def test_notification_list_on_a_phone_in_arabic(page, site, learner_with_notifications):
    log_in(page, site, LEARNER)
    page.set_viewport_size({"width": 360, "height": 800})
    page.goto(f"{site}/ar/notifications/")
    expect(page.locator("html")).to_have_attribute("dir", "rtl")
    expect(page.locator(".notification-list li")).to_have_count(learner_with_notifications.notifications.count())
    assert_no_axe_violations(page)
    overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert overflow <= 0


def test_the_unsubscribe_link_works_without_logging_in(page, site, learner_with_notifications):
    from notifications.models import NotificationPreference
    from notifications.services import unsubscribe_token

    page.goto(f"{site}/fi/notifications/unsubscribe/{unsubscribe_token(learner_with_notifications, KIND)}/")
    expect(page.locator("h1")).to_be_visible()
    assert_no_axe_violations(page)
    page.locator("main form button[type=submit]").click()
    expect(page.locator("main [role=status]")).to_be_visible()
    assert_no_axe_violations(page)
    assert NotificationPreference.objects.get(user=learner_with_notifications, kind=KIND).delivery == "inapp"
