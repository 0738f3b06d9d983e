"""A course with a quiz step, learners, and helpers to answer."""

import pytest
from django.http import QueryDict

from tests.courses.factories import build_course_tree
from tests.factories import UserFactory
from tests.quizzes.factories import QuizPageFactory
from tests.shared_fixtures import interface_in_source_language  # noqa: F401 (autouse)


@pytest.fixture
def course_tree(site_pages):
    return build_course_tree(site_pages, modules=1, lessons=1)


@pytest.fixture
def make_quiz(course_tree):
    def make(**kwargs):
        kwargs.setdefault("parent", course_tree.modules[0])
        return QuizPageFactory(**kwargs)

    return make


@pytest.fixture
def quiz(make_quiz):
    return make_quiz()


@pytest.fixture
def other_learner(db):
    return UserFactory(email="other@example.org")


def post(data: dict, sequence: int) -> QueryDict:
    query = QueryDict(mutable=True)
    for key, value in data.items():
        if isinstance(value, list):
            query.setlist(key, value)
        else:
            query[key] = value
    query["sequence"] = str(sequence)
    return query


# Every graded question of all_questions() answered right.
RIGHT = {
    "q-q-single": "q-single-0",
    "q-q-multiple": ["q-multiple-0", "q-multiple-1", "q-multiple-3"],
    "q-q-tf": "true",
    "q-q-scenario": "q-scenario-0",
    "q-q-order~q-order-0": "1",
    "q-q-order~q-order-1": "2",
    "q-q-order~q-order-2": "3",
    "q-q-order~q-order-3": "4",
    "q-q-match~q-match-0": "q-match-0",
    "q-q-match~q-match-1": "q-match-1",
    "q-q-match~q-match-2": "q-match-2",
    "q-q-reflect": "Kun muutin Kajaaniin.",
    "q-q-likert~q-likert-0": "4",
}

WRONG = {"q-q-single": "q-single-1", "q-q-tf": "false", "q-q-scenario": "q-scenario-2"}
