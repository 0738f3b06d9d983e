"""Live sessions in the browser, with 0 axe violations on every page:
register, download the .ics, check in during the session and see the
course step completed; waiting list and promotion; a trainer marks attendance."""

from datetime import timedelta

import pytest
from django.core import mail
from django.utils import timezone
from icalendar import Calendar
from playwright.sync_api import expect

from courses.caching import bump_content_version
from tests.e2e.axe import assert_no_axe_violations

STEP_PATH = "/fi/kurssit/digitaaliset-tyokalut/etakokoukset/etakokous-livena/"


def log_in(page, site, email):
    page.goto(f"{site}/en/accounts/login/")
    page.get_by_label("Email").fill(email)
    page.locator("#id_password").fill("kohtaamo-demo")
    page.get_by_role("button", name="Sign In", exact=True).click()
    expect(page.locator("form[action$='/logout/']")).to_have_count(1)


def test_learner_registers_downloads_ics_checks_in_and_completes_the_step(page, site, tmp_path):
    from courses.models import StepCompletion
    from live import services
    from live.models import LiveSessionPage

    step = LiveSessionPage.objects.get(slug="etakokous-livena", locale__language_code="fi")
    log_in(page, site, "learner@example.org")

    page.goto(f"{site}/en/live/")
    expect(page.locator("h1")).to_have_text("Live trainings")
    assert_no_axe_violations(page)

    page.goto(site + STEP_PATH)
    assert_no_axe_violations(page)
    page.locator(f"form[action$='/sessions/{step.pk}/register/'] button").click()
    expect(page.locator("#live-status")).to_be_visible()
    assert_no_axe_violations(page)

    with page.expect_download() as download_info:
        page.locator(f"a[href$='/sessions/{step.pk}/calendar.ics']").click()
    path = tmp_path / "session.ics"
    download_info.value.save_as(path)
    event = next(iter(Calendar.from_ical(path.read_bytes()).walk("VEVENT")))
    assert str(event["summary"]) == step.title and str(event["location"]) == step.join_url

    # The session is on now: check in with the trainer's code.
    now = timezone.now()
    LiveSessionPage.objects.filter(pk=step.pk).update(
        starts_at=now - timedelta(minutes=5), ends_at=now + timedelta(hours=1)
    )
    # A queryset update is no publish: renew the content version as publishing would
    # (the route cache holds the page as it was published).
    bump_content_version()
    page.reload()
    # The step page is Finnish: find controls by their markup, not their English names.
    expect(page.locator(f"a[href='{step.join_url}']")).to_be_visible()
    assert_no_axe_violations(page)
    page.locator("#id_code").fill("WRONG9")
    page.locator("form.live-check-in-form button[type=submit]").click()
    expect(page.locator(".messages .alert-danger")).to_be_visible()
    assert_no_axe_violations(page)
    page.locator("#id_code").fill(services.code_of(step).lower())
    page.locator("form.live-check-in-form button[type=submit]").click()
    expect(page.locator("#live-attended")).to_be_visible()
    expect(page.locator(".outline-step.is-current")).to_have_class("outline-step is-done is-current")
    assert_no_axe_violations(page)
    assert StepCompletion.objects.filter(user__email="learner@example.org", step_key=step.translation_key).exists()

    page.goto(f"{site}/en/live/mine/")
    expect(page.get_by_label("Your calendar address")).to_be_visible()
    assert_no_axe_violations(page)

    # Right to left, at 320 px wide: the calendar stays usable.
    page.set_viewport_size({"width": 320, "height": 800})
    page.goto(f"{site}/ar/live/")
    expect(page.locator("html")).to_have_attribute("dir", "rtl")
    assert_no_axe_violations(page)


def test_waiting_learner_is_promoted_when_the_first_cancels(browser, page, site):
    from live.models import LiveSessionIndexPage, LiveSessionPage

    calendar = LiveSessionIndexPage.objects.get(slug="etakoulutukset", locale__language_code="fi")
    starts = timezone.now() + timedelta(days=4)
    session = calendar.add_child(
        instance=LiveSessionPage(
            title="Yhden paikan koulutus", slug="yhden-paikan-koulutus", starts_at=starts,
            ends_at=starts + timedelta(hours=1), join_url="https://meet.jit.si/yksi", capacity=1,
        )
    )  # fmt: skip
    session.save_revision().publish()
    url = f"{site}/fi/etakoulutukset/yhden-paikan-koulutus/"
    register = f"form[action$='/sessions/{session.pk}/register/'] button"

    log_in(page, site, "learner@example.org")
    page.goto(f"{site}/fi/etakoulutukset/")  # the calendar page in the page tree
    page.locator("a[href$='/yhden-paikan-koulutus/']").click()
    assert_no_axe_violations(page)
    page.locator(register).click()
    expect(page.locator("#live-status")).to_be_visible()

    second = browser.new_context(locale="fi-FI").new_page()
    log_in(second, site, "learner2@example.org")
    second.goto(url)
    second.locator(register).click()
    expect(second.locator("#live-status")).to_contain_text("1")  # first on the waiting list
    assert_no_axe_violations(second)

    mail.outbox.clear()
    page.locator("form[action*='/registrations/'] button").click()
    expect(page.locator(".messages .alert-success")).to_be_visible()
    assert_no_axe_violations(page)

    second.reload()
    expect(second.locator("form[action*='/registrations/'] button")).to_be_visible()
    assert second.locator(f"form[action$='/sessions/{session.pk}/register/']").count() == 0
    assert [m.to for m in mail.outbox] == [["learner2@example.org"]]
    assert_no_axe_violations(second)
    second.context.close()


@pytest.fixture
def trainer_exempt(settings):
    settings.MFA_EXEMPT_EMAILS = ["trainer@example.org"]


def test_trainer_marks_attendance(page, site, trainer_exempt):
    from live.models import Attendance, LiveSessionPage

    session = LiveSessionPage.objects.get(slug="kohtaamisen-taidot-live")
    log_in(page, site, "trainer@example.org")
    page.goto(f"{site}/en/live/trainer/")
    expect(page.locator("h1")).to_have_text("Trainer: live sessions")
    assert_no_axe_violations(page)

    page.get_by_role("link", name=session.title).click()
    expect(page.locator("#live-code")).to_be_visible()
    assert_no_axe_violations(page)
    page.get_by_label("Amal Hassan").check()
    page.get_by_role("button", name="Save attendance").click()
    expect(page.locator(".messages .alert-success")).to_contain_text("1 marked present")
    expect(page.get_by_label("Amal Hassan")).to_be_checked()
    assert_no_axe_violations(page)
    assert Attendance.objects.filter(session=session, user__email="learner@example.org").exists()
