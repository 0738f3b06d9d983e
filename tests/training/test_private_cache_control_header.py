"""PrivateCacheControlMiddleware writes the header itself: the text must be
exactly what Django's patch_cache_control(private, no_store) writes."""

from django.contrib.auth.models import AnonymousUser
from django.http import HttpResponse
from django.test import RequestFactory
from django.utils.cache import patch_cache_control

from training.middleware import PrivateCacheControlMiddleware


class SignedIn:
    is_authenticated = True


def answer(user, response):
    request = RequestFactory().get("/fi/")
    request.user = user
    return PrivateCacheControlMiddleware(lambda r: response)(request)


def test_the_header_is_what_django_would_write():
    expected = HttpResponse()
    patch_cache_control(expected, private=True, no_store=True)
    assert answer(SignedIn(), HttpResponse())["Cache-Control"] == expected["Cache-Control"]


def test_a_views_own_header_and_anonymous_answers_are_left_alone():
    own = HttpResponse()
    own["Cache-Control"] = "public, max-age=60"
    assert answer(SignedIn(), own)["Cache-Control"] == "public, max-age=60"
    assert not answer(AnonymousUser(), HttpResponse()).has_header("Cache-Control")
