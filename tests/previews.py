"""Preview a page as the Wagtail admin does: `make_preview_request` builds a
dummy request that carries the editor's session cookie, so the page's own view
sees the editor logged in (and `request.is_preview`)."""

from django.test import Client


def preview(page, user, rf):
    cookies = {}
    if user.is_authenticated:
        browser = Client()
        browser.force_login(user)
        cookies["HTTP_COOKIE"] = browser.cookies.output(header="", sep=";").strip()
    request = rf.get("/admin/pages/preview/", **cookies)
    request.user = user
    request.session = {}
    return page.make_preview_request(original_request=request)
