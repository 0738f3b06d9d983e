"""Messages with a storage made on first use (training/middleware_messages.py):
they are kept, shown once and cleared exactly as with Django's middleware."""

from django.contrib import messages
from django.contrib.messages.storage.base import BaseStorage
from django.contrib.sessions.middleware import SessionMiddleware
from django.core import checks
from django.http import HttpResponse
from django.test import RequestFactory
from django.utils.functional import empty

from training.middleware_messages import LazyMessageMiddleware


def through_middleware(view, cookies=None):
    request = RequestFactory().get("/fi/")
    request.COOKIES.update(cookies or {})
    response = SessionMiddleware(LazyMessageMiddleware(view))(request)
    return request, response


def add_notice(request):
    messages.success(request, "Tallennettu.")
    return HttpResponse("saved")


def show_notices(request):
    return HttpResponse(" | ".join(str(m) for m in messages.get_messages(request)))


def test_a_message_is_shown_on_the_next_request_and_then_cleared():
    _, saved = through_middleware(add_notice)
    cookie = saved.cookies["messages"].value
    _, shown = through_middleware(show_notices, {"messages": cookie})
    assert shown.content == b"Tallennettu."
    assert shown.cookies["messages"]["max-age"] == 0  # read: the cookie is removed
    _, again = through_middleware(show_notices)
    assert again.content == b""


def test_a_request_that_uses_no_messages_builds_no_storage():
    request, response = through_middleware(lambda request: HttpResponse("ok"))
    assert request._messages._wrapped is empty
    assert "messages" not in response.cookies


def test_an_unread_message_survives_a_request_that_does_not_look():
    _, saved = through_middleware(add_notice)
    cookie = saved.cookies["messages"].value
    _, untouched = through_middleware(lambda request: HttpResponse("ok"), {"messages": cookie})
    assert "messages" not in untouched.cookies  # the browser keeps the cookie it has
    _, shown = through_middleware(show_notices, {"messages": cookie})
    assert shown.content == b"Tallennettu."


def test_the_storage_is_djangos_own():
    request, _ = through_middleware(show_notices)
    assert isinstance(request._messages, BaseStorage)


def test_the_admin_accepts_it_as_the_message_middleware():
    errors = [e for e in checks.run_checks() if e.id in ("admin.E409", "wagtailadmin.E001")]
    assert errors == []
