"""Quiz pages a trainer works in carry browser-parsed numbers (input values,
bounds, progress values) unlocalised: a Finnish "1,5" in `value=` empties a
number field."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from django.utils import translation

from courses.authoring import TRAINERS
from quizzes import services
from tests.factories import UserFactory
from tests.html_numbers import browser_numbers_localised
from tests.quizzes.conftest import post
from tests.quizzes.factories import reflection, single


@pytest.fixture
def trainer(db, settings):
    user = UserFactory(email="trainer-n@example.org")
    user.groups.add(Group.objects.get_or_create(name=TRAINERS)[0])
    settings.MFA_EXEMPT_EMAILS = [user.email]
    return user


@pytest.fixture
def half_marked_attempt(make_quiz, learner, trainer):
    """A submitted attempt with two marked reflections, one marked 1.5 points."""
    quiz = make_quiz(questions=[single(), reflection(marked=True), reflection("q-second", marked=True)])
    attempt = services.start_attempt(learner, quiz)
    answers = {"q-q-single": "q-single-0", "q-q-reflect": "Pohdintani", "q-q-second": "Toinen"}
    attempt = services.submit_attempt(learner, attempt.public_id, post(answers, 1))[0]
    services.mark_reflection(trainer, attempt.pk, "q-reflect", "1.5")
    return attempt


@pytest.mark.parametrize("language", ["fi", "sv", "ar"])
def test_marking_page_keeps_fractional_points_parseable(client, trainer, half_marked_attempt, language):
    client.force_login(trainer)
    with translation.override(language):
        response = client.get(reverse("quizzes:mark", args=[half_marked_attempt.pk]))
    assert response.status_code == 200
    html = response.content.decode()
    assert 'value="1.5"' in html
    assert browser_numbers_localised(html) == []


@pytest.mark.parametrize("language", ["fi", "sv", "ar"])
def test_quiz_analytics_carry_no_localised_number_in_attributes(client, trainer, half_marked_attempt, language):
    client.force_login(trainer)
    with translation.override(language):
        response = client.get(reverse("quizzes:analytics", kwargs={"page_id": half_marked_attempt.page_id}))
    assert response.status_code == 200
    assert browser_numbers_localised(response.content.decode()) == []
