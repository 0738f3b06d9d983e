"""Logging a demo account in through the real login form, for browser tests.
(Older browser test modules still define their own copy; new ones use this.)"""

import re

from playwright.sync_api import expect

DEMO_PASSWORD = "kohtaamo-demo"


def log_in(page, site, email, password=DEMO_PASSWORD):
    page.goto(f"{site}/en/accounts/login/")
    page.get_by_label("Email").fill(email)
    page.locator("#id_password").fill(password)
    page.get_by_role("button", name="Sign In", exact=True).click()
    expect(page.locator("#user-menu-button")).to_be_visible()


def log_out(page):
    """Log out through the user menu of the header (the name's dropdown)."""
    open_user_menu(page)
    page.get_by_role("button", name="Log out").click()


def open_user_menu(page):
    """Open the header's user menu (on a phone, open the collapsed menu first)."""
    open_collapsed_menu(page)
    button = page.locator("#user-menu-button")
    if button.get_attribute("aria-expanded") != "true":
        button.click()
    expect(page.locator("#user-menu-button + .dropdown-menu")).to_be_visible()


def choose_language(page, name):
    """Switch the page's language through the header's language menu
    (`name`: the language's own name, or its code such as "ar")."""
    open_collapsed_menu(page)
    button = page.locator("#language-menu-button")
    if button.get_attribute("aria-expanded") != "true":
        button.click()
    switcher = page.locator(".language-switcher")
    link = switcher.locator(f"a[hreflang={name}]") if len(name) == 2 else switcher.get_by_role("link", name=name)
    link.click()


def open_collapsed_menu(page):
    """On a phone, open the header's collapsed menu and wait until it has
    finished opening (while it slides open its lower items are clipped)."""
    toggler = page.locator(".navbar-toggler")
    if toggler.is_visible() and toggler.get_attribute("aria-expanded") != "true":
        toggler.click()
        expect(page.locator("#site-nav")).to_have_class(re.compile(r"\bshow\b"))
