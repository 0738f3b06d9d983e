"""Time-limited attempts on the quiz page: the server's deadline is readable
without JavaScript, the countdown script gets the seconds left by the
server's clock and the few sentences it may announce, and the server stays
the authority (see test_services for late saves and submits)."""

import re
from datetime import timedelta

import time_machine
from django.urls import reverse
from django.utils import timezone

from quizzes.models import Attempt


def open_attempt_page(client, learner, quiz):
    client.force_login(learner)
    client.post(reverse("quizzes:start", args=[quiz.pk]))
    return client.get(quiz.url).content.decode()


def test_deadline_is_shown_without_javascript(client, learner, make_quiz):
    quiz = make_quiz(time_limit_minutes=20)
    html = open_attempt_page(client, learner, quiz)
    attempt = Attempt.objects.get(user=learner)
    deadline = timezone.localtime(attempt.deadline)
    match = re.search(r"Submit by ([^(<]+) \(", html)  # the time in the active language's format
    assert match and f"{deadline:%H}".lstrip("0") in match.group(1) and f"{deadline:%M}" in match.group(1)
    assert "Answers saved before then count." in html


def test_countdown_gets_the_seconds_left_by_the_server_clock(client, learner, make_quiz):
    quiz = make_quiz(time_limit_minutes=20)
    with time_machine.travel(timezone.now(), tick=False) as traveller:
        client.force_login(learner)
        client.post(reverse("quizzes:start", args=[quiz.pk]))
        traveller.shift(timedelta(minutes=7))
        html = client.get(quiz.url).content.decode()
    assert 'data-seconds-left="780"' in html
    assert "js/quizzes-countdown" in html


def test_countdown_announces_only_at_thresholds_through_an_empty_status_region(client, learner, make_quiz):
    quiz = make_quiz(time_limit_minutes=20)
    html = open_attempt_page(client, learner, quiz)
    thresholds = re.findall(r'<li data-seconds="(\d+)">', html)
    assert thresholds == ["600", "300", "60", "0"]
    assert "1 minute left." in html and "5 minutes left." in html
    announcer = re.search(r'<p class="quiz-countdown-announcer[^"]*"([^>]*)>(.*?)</p>', html)
    assert announcer and 'aria-live="polite"' in announcer.group(1) and announcer.group(2) == ""
    # The ticking timer is not a live region: it would be read out every second.
    assert re.search(r'class="quiz-countdown-time" role="timer" aria-live="off"', html)


def test_a_quiz_without_time_limit_has_no_countdown(client, learner, quiz):
    html = open_attempt_page(client, learner, quiz)
    assert "quiz-deadline" not in html and "quizzes-countdown" not in html
