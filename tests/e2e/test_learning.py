"""A learner takes a course from the catalogue to "completed", in English and
in Arabic (right to left), with 0 axe violations on every page."""

import re

from playwright.sync_api import expect

from tests.e2e.axe import assert_no_axe_violations
from tests.e2e.login import open_user_menu

DIGITAL_EN = "Digital tools for associations"
WELCOMING_AR = "الترحيب بالأعضاء الجدد في جمعيتك"


def log_in(page, site, email):
    page.goto(f"{site}/en/accounts/login/")
    page.get_by_label("Email").fill(email)
    page.locator("#id_password").fill("kohtaamo-demo")
    page.get_by_role("button", name="Sign In", exact=True).click()
    expect(page.locator("form[action$='/logout/']")).to_have_count(1)


def mark_done_and_check(page):
    """Press "Mark as done" on the current lesson; return the title of the page it leads to."""
    page.locator("form[action$='/done/'] button[type=submit]").click()
    expect(page.locator(".messages .alert")).to_be_visible()
    assert_no_axe_violations(page)
    return page.locator("h1").inner_text()


def finish_course(page):
    """Mark every remaining lesson done (the button leads to the next lesson);
    step over lessons done earlier."""
    for _ in range(40):
        if page.locator("form[action$='/done/']").count():
            mark_done_and_check(page)
        elif page.locator("a[rel=next]").count():
            page.locator("a[rel=next]").click()
            assert_no_axe_violations(page)
        else:
            break
    expect(page.locator(".course-completed")).to_be_visible()


def test_learner_takes_a_course_from_the_catalogue_to_completed(page, site):
    log_in(page, site, "learner@example.org")

    # Find the course in the catalogue: the menu, then a topic filter.
    page.goto(f"{site}/en/")
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Courses", exact=True).click()
    expect(page.locator("h1")).to_have_text("Courses")
    assert_no_axe_violations(page)
    page.get_by_label("Topic").select_option("digital")
    page.get_by_role("button", name="Show courses").click()
    expect(page.locator(".catalogue-count")).to_have_text("1 course")
    assert_no_axe_violations(page)
    page.get_by_role("link", name=DIGITAL_EN).click()

    # Enrol with one click, then start.
    expect(page.locator("h1")).to_have_text(DIGITAL_EN)
    assert_no_axe_violations(page)
    page.get_by_role("button", name="Enrol").click()
    expect(page.get_by_text("You are enrolled.")).to_be_visible()
    assert_no_axe_violations(page)
    page.get_by_role("link", name="Start the course").click()
    expect(page.get_by_role("navigation", name="Course outline")).to_be_visible()
    assert_no_axe_violations(page)

    # Read two lessons.
    mark_done_and_check(page)
    third_lesson = mark_done_and_check(page)

    # Leave, and come back where we left off.
    page.get_by_role("link", name="Kohtaamo", exact=True).click()
    assert_no_axe_violations(page)
    open_user_menu(page)
    page.get_by_role("link", name="My learning").click()
    expect(page.locator("h1")).to_have_text("My learning")
    assert_no_axe_violations(page)
    course_card = page.locator(".learning-list li").filter(has_text=DIGITAL_EN)
    course_card.get_by_role("link", name=re.compile("Continue where you left off")).click()
    expect(page.locator("h1")).to_have_text(third_lesson)
    assert_no_axe_violations(page)

    # Finish the course; My learning shows it completed with its date.
    finish_course(page)
    expect(page.get_by_text("You have completed the course")).to_be_visible()
    assert_no_axe_violations(page)
    open_user_menu(page)
    page.get_by_role("link", name="My learning").click()
    completed = page.locator(".learning-completed li").filter(has_text=DIGITAL_EN)
    expect(completed).to_contain_text("Completed on")
    assert_no_axe_violations(page)


def test_learner_takes_a_translated_course_in_arabic(page, site):
    log_in(page, site, "learner2@example.org")

    page.goto(f"{site}/ar/")
    expect(page.locator("html")).to_have_attribute("dir", "rtl")
    page.get_by_role("navigation").first.get_by_role("link", name="الدورات", exact=True).click()
    assert_no_axe_violations(page)
    page.locator("#id_language").select_option("ar")
    page.locator("form[role=search] button[type=submit]").click()
    assert_no_axe_violations(page)
    page.get_by_role("link", name=WELCOMING_AR).click()

    expect(page.locator("h1")).to_have_text(WELCOMING_AR)
    expect(page.locator("html")).to_have_attribute("dir", "rtl")
    assert page.url.startswith(f"{site}/ar/")
    assert_no_axe_violations(page)
    page.locator("form[action$='/enrol/'] button[type=submit]").click()
    expect(page.locator(".messages .alert")).to_be_visible()
    assert_no_axe_violations(page)
    page.locator("#course-actions a.btn-primary").click()
    expect(page.locator("html")).to_have_attribute("dir", "rtl")
    assert_no_axe_violations(page)

    mark_done_and_check(page)
    third_lesson = mark_done_and_check(page)

    page.locator(".navbar-brand").click()
    assert_no_axe_violations(page)
    open_user_menu(page)
    page.locator("#user-menu-button + .dropdown-menu a[href$='/learning/']").click()
    assert_no_axe_violations(page)
    course_card = page.locator(".learning-list li").filter(has_text=WELCOMING_AR)
    course_card.locator("a[href$='/continue/']").click()
    expect(page.locator("h1")).to_have_text(third_lesson)
    assert page.url.startswith(f"{site}/ar/")
    assert_no_axe_violations(page)

    finish_course(page)
    assert_no_axe_violations(page)
    open_user_menu(page)
    page.locator("#user-menu-button + .dropdown-menu a[href$='/learning/']").click()
    expect(page.locator(".learning-completed li").filter(has_text=WELCOMING_AR)).to_have_count(1)
    assert_no_axe_violations(page)


def test_visitor_reads_the_syllabus_and_logs_in_to_open_a_lesson(page, site):
    page.goto(f"{site}/en/")
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Courses", exact=True).click()
    assert_no_axe_violations(page)
    page.get_by_label("Search courses and lessons").fill("Jitsi")
    page.get_by_role("button", name="Show courses").click()
    expect(page.get_by_role("link", name=DIGITAL_EN)).to_be_visible()
    assert_no_axe_violations(page)
    page.get_by_role("link", name=DIGITAL_EN).click()
    assert_no_axe_violations(page)
    expect(page.get_by_role("link", name="Log in to enrol")).to_be_visible()

    first_lesson = page.locator(".syllabus-step a").first
    lesson_title = first_lesson.inner_text()
    first_lesson.click()
    expect(page).to_have_url(re.compile(r"/accounts/login/\?next="))
    page.get_by_label("Email").fill("learner2@example.org")
    page.locator("#id_password").fill("kohtaamo-demo")
    page.get_by_role("button", name="Sign In", exact=True).click()
    expect(page.locator("h1")).to_have_text(lesson_title)
    assert_no_axe_violations(page)
