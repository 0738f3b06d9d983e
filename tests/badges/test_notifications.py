"""A badge awarded to a person notifies that person once, with the link to
My badges (where the backpack and wallet links are), issue 12 §3."""

import pytest
from django.core import mail

from badges import services
from notifications.models import Notification
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def awarded(user):
    return list(Notification.objects.filter(recipient=user, kind="badges.awarded"))


def test_an_award_notifies_the_person_with_the_my_badges_link(manual_badge, person, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        services.award_to_person(manual_badge, person, source="manual")
    (notice,) = awarded(person)
    assert notice.url == "/fi/badges/"
    assert notice.params["badge"] == "Family café host"
    (message,) = mail.outbox
    assert message.to == [person.email] and "/fi/badges/" in message.body


def test_nobody_else_hears_of_the_award(manual_badge, person, django_capture_on_commit_callbacks):
    bystander = UserFactory(email="sivullinen@example.org")
    with django_capture_on_commit_callbacks(execute=True):
        services.award_to_person(manual_badge, person, source="manual")
    assert awarded(bystander) == []


def test_awarding_again_does_not_notify_twice(manual_badge, person, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        services.award_to_person(manual_badge, person, source="manual")
        services.award_to_person(manual_badge, person, source="manual")
    assert len(awarded(person)) == 1
    assert len(mail.outbox) == 1


def test_nothing_is_notified_when_the_award_is_rolled_back(manual_badge, person, django_capture_on_commit_callbacks):
    from django.db import transaction

    with (
        django_capture_on_commit_callbacks(execute=True) as callbacks,
        pytest.raises(RuntimeError),
        transaction.atomic(),
    ):
        services.award_to_person(manual_badge, person, source="manual")
        raise RuntimeError("the caller's work failed")
    assert callbacks == [] and awarded(person) == []


def test_the_award_notice_links_in_the_persons_language(manual_badge, person, django_capture_on_commit_callbacks):
    person.preferred_language = "sv"
    person.save(update_fields=["preferred_language"])
    with django_capture_on_commit_callbacks(execute=True):
        services.award_to_person(manual_badge, person, source="manual")
    assert awarded(person)[0].url == "/sv/badges/"
