"""Wagtail admin for session authors: a "Participants" button on session pages
(page listing "more" menu and page header), leading to the trainer's
participant list with attendance and the CSV export."""

from django.urls import reverse
from django.utils.translation import gettext as _
from wagtail import hooks
from wagtail.admin import widgets

from live.models import LiveSessionPage
from live.participants import may_view


def _participants_button(page, user, priority: int):
    if page.specific_class is not LiveSessionPage or not may_view(user, page):
        return
    yield widgets.Button(
        _("Participants"), reverse("live:participants", args=[page.pk]), icon_name="group", priority=priority
    )


@hooks.register("register_page_listing_more_buttons")
def participants_listing_button(page, user, next_url=None):
    yield from _participants_button(page, user, priority=25)


@hooks.register("register_page_header_buttons")
def participants_header_button(page, user, view_name, next_url=None):
    yield from _participants_button(page, user, priority=40)
