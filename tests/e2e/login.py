"""Logging a demo account in through the real login form, for browser tests.
(Older browser test modules still define their own copy; new ones use this.)"""

from playwright.sync_api import expect

DEMO_PASSWORD = "kohtaamo-demo"


def log_in(page, site, email, password=DEMO_PASSWORD):
    page.goto(f"{site}/en/accounts/login/")
    page.get_by_label("Email").fill(email)
    page.locator("#id_password").fill(password)
    page.get_by_role("button", name="Sign In", exact=True).click()
    expect(page.get_by_role("button", name="Log out")).to_be_visible()
