"""Lesson pages show where the step lies in the course as a progress bar
beside "Step 3 of 4", with numbers a browser reads never localised."""

import re

from django.utils import translation


def position_bar(html: str) -> str:
    match = re.search(r"<progress[^>]*step-position-bar[^>]*>", html)
    assert match, "no step position bar"
    return match.group(0)


def test_lesson_shows_its_position_as_a_progress_bar(client, course_tree, learner):
    client.force_login(learner)
    html = client.get(course_tree.lessons[2].url).content.decode()
    bar = position_bar(html)
    assert 'max="4"' in bar
    assert 'value="3"' in bar


def test_position_bar_is_named_by_the_step_text(client, course_tree, learner):
    client.force_login(learner)
    html = client.get(course_tree.lessons[0].url).content.decode()
    assert 'aria-labelledby="step-position"' in position_bar(html)
    assert re.search(r'<span id="step-position">Step 1 of 4</span>', html)


def test_position_numbers_are_not_localised(client, make_course_tree, learner, settings):
    settings.USE_THOUSAND_SEPARATOR = True
    settings.NUMBER_GROUPING = 1  # every digit grouped: a localised number would read "1 2" or "1,2"
    tree = make_course_tree(modules=1, lessons=12, slug="pitka")
    client.force_login(learner)
    with translation.override("fi"):
        html = client.get(tree.lessons[10].url).content.decode()
    bar = position_bar(html)
    assert 'max="12"' in bar
    assert 'value="11"' in bar
