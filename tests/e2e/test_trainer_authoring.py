"""A trainer writes a lesson in the Wagtail admin and submits it; a reviewer
approves it and the lesson goes live.

The Wagtail admin is not our markup, so there are no axe checks here. The
admin is shown in English (the users' Wagtail language preference) so the
test does not depend on Wagtail's Finnish translations.
"""

import re

import pytest
from django.contrib.auth import get_user_model
from playwright.sync_api import expect
from wagtail.models import Locale
from wagtail.users.models import UserProfile

from courses import authoring
from courses.models import CourseIndexPage, LessonPage, ModulePage

DEMO_PASSWORD = "kohtaamo-demo"
LESSON_TITLE = "Tervetuloa kentälle"
# Saving, submitting and approving are whole round trips (the save renders the
# editor again); give them longer than Playwright's 5 s on a busy machine.
ROUND_TRIP = 20_000


@pytest.fixture
def module(site):
    """A module in the demo's Finnish catalogue. seed_demo has set up authoring;
    running the setup again must change nothing."""
    finnish = Locale.objects.get(language_code="fi")
    catalogue = CourseIndexPage.objects.get(slug="kurssit", locale=finnish)
    authoring.ensure_authoring_setup(catalogue)
    return ModulePage.objects.descendant_of(catalogue).filter(locale=finnish).order_by("path").first()


@pytest.fixture(autouse=True)
def _no_autosave(settings):
    """Wagtail 8's editor autosaves in the background every half second. The
    test server shares one in-memory SQLite connection between its request
    threads, so an autosave racing the "Save draft" request can fail there with
    "no such savepoint": a limit of the test server, not of the site. The test
    saves explicitly instead."""
    settings.WAGTAIL_AUTOSAVE_INTERVAL = 0


@pytest.fixture
def trainer(site, settings):
    user = get_user_model().objects.get(email="trainer@example.org")
    assert user.groups.filter(name=authoring.TRAINERS).exists()
    _prefer_english_admin(user)
    settings.MFA_EXEMPT_EMAILS = [*settings.MFA_EXEMPT_EMAILS, user.email]
    return user


@pytest.fixture
def reviewer(module, settings):
    """The demo's regional coordinator, who reviews courses."""
    user = get_user_model().objects.get(email="coordinator@example.org")
    assert user.groups.filter(name=authoring.REVIEWERS).exists()
    _prefer_english_admin(user)
    settings.MFA_EXEMPT_EMAILS = [*settings.MFA_EXEMPT_EMAILS, user.email]
    return user


def _prefer_english_admin(user):
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()


def log_in_to_admin(page, site, email, password):
    page.goto(f"{site}/en/accounts/login/?next=/admin/")
    page.get_by_label("Email").fill(email)
    page.locator("#id_password").fill(password)
    page.get_by_role("button", name="Sign In", exact=True).click()
    expect(page).to_have_url(f"{site}/admin/", timeout=ROUND_TRIP)


def add_block(page, label):
    """Append a block to the body with the last "+" (insert a block) button; returns the new block."""
    page.get_by_role("button", name="Insert a block").last.click()
    page.get_by_role("option", name=label, exact=True).click()
    block = page.locator("[data-streamfield-child]").last
    expect(block.get_by_role("heading").first).to_contain_text(label)
    return block


def write_rich_text(block, text):
    """Type into the block's rich text editor (Draftail) as a person would."""
    editor = block.locator("[contenteditable=true]")
    editor.click()
    editor.press_sequentially(text)
    expect(editor).to_have_text(text)
    # Draftail writes its hidden input a moment after typing stops.
    state = block.locator("[data-streamfield-widget] > input[type=hidden]").last
    expect(state).to_have_value(re.compile(re.escape(text)))


def test_trainer_submits_a_lesson_and_a_reviewer_publishes_it(
    page, browser, browser_context_args, site, module, trainer, reviewer
):
    # The trainer finds the catalogue from the dashboard and writes a lesson in a module.
    log_in_to_admin(page, site, trainer.email, DEMO_PASSWORD)
    catalogue = module.get_parent().get_parent()
    page.get_by_role("region", name="Courses").get_by_role("link", name=catalogue.title, exact=True).click()
    expect(page).to_have_url(f"{site}/admin/pages/{catalogue.pk}/", timeout=ROUND_TRIP)
    page.goto(f"{site}/admin/pages/{module.pk}/")
    page.get_by_role("link", name="Add child page").first.click()
    if "/add_subpage/" in page.url:  # several step types: choose the lesson
        page.get_by_role("link", name=re.compile("^Lesson")).click()
    page.locator("#id_title").fill(LESSON_TITLE)
    page.get_by_role("textbox", name="Introduction").fill("Näin otat uuden harrastajan vastaan ensimmäisellä kerralla.")

    add_block(page, "Heading").get_by_role("textbox", name="Heading").fill("Ennen harjoituksia")
    write_rich_text(add_block(page, "Text"), "Kerro etukäteen, mihin aikaan ja mistä ovesta tullaan.")
    callout = add_block(page, "Tip or note")
    callout.get_by_role("textbox", name="Title").fill("Vinkki")
    write_rich_text(callout, "Nimeä uudelle tulijalle kaveri ensimmäiseksi kerraksi.")

    page.get_by_role("button", name="Save draft").click()
    expect(page).to_have_url(re.compile(r"/admin/pages/\d+/edit/$"), timeout=ROUND_TRIP)
    expect(page.get_by_text(f"Page '{LESSON_TITLE}' created.")).to_be_visible()
    lesson = LessonPage.objects.get(title=LESSON_TITLE)
    assert not lesson.live
    assert [block.block_type for block in lesson.get_latest_revision_as_object().body] == [
        "heading",
        "paragraph",
        "callout",
    ]

    # Trainers cannot publish: they submit the lesson for review.
    page.get_by_role("button", name="More actions").click()
    expect(page.get_by_role("button", name="Publish")).to_have_count(0)
    page.get_by_role("button", name=f"Submit to {authoring.WORKFLOW_NAME}").click()
    expect(page.get_by_text(f"Page '{LESSON_TITLE}' has been submitted for moderation.")).to_be_visible(
        timeout=ROUND_TRIP
    )
    lesson = LessonPage.objects.get(pk=lesson.pk)
    assert lesson.workflow_in_progress
    assert not lesson.live

    # A reviewer approves it from the dashboard, and Wagtail publishes it.
    reviewer_context = browser.new_context(**browser_context_args)
    page = reviewer_context.new_page()
    log_in_to_admin(page, site, reviewer.email, DEMO_PASSWORD)
    awaiting = page.get_by_role("region", name="Awaiting your review")
    row = awaiting.get_by_role("row").filter(has_text=LESSON_TITLE)
    expect(row).to_contain_text(trainer.get_full_name())
    row.get_by_role("button", name="Actions").click()
    row.get_by_role("button", name="Approve", exact=True).click()
    # Approved: nothing is waiting for this reviewer any more.
    expect(page.get_by_role("region", name="Awaiting your review")).to_have_count(0, timeout=ROUND_TRIP)
    reviewer_context.close()

    lesson = LessonPage.objects.get(pk=lesson.pk)
    assert lesson.live
    assert not lesson.workflow_in_progress
    assert [block.block_type for block in lesson.body] == ["heading", "paragraph", "callout"]
