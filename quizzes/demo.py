"""Demo quizzes for `seed_demo`: every demo course gets a scenario quiz
("critical incidents" from associations' everyday life), in Finnish and
English, and in Arabic for the course that has an Arabic translation; the
intercultural course also has a before/after self-assessment. Some demo
people have taken the quizzes: learner@example.org failed once, then passed.

Idempotent, the same way as courses/demo.py (whose page helpers this uses):
pages are found by slug, translations by translation key, and a revision is
published only when the text differs. Block and list item ids are derived
from the quiz slug and the question's place, so every translation shares
them. Attempts are made through quizzes.services, as a learner makes them,
and only for people who have no attempt at that quiz yet.
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from django.core.exceptions import ImproperlyConfigured
from django.http import QueryDict
from django.utils import timezone
from wagtail.models import Locale

from courses.demo import _block_id, _ensure_child, _normalised, _publish, _translation
from courses.demo_localize import load_catalogue, page_key, translate_page
from courses.models import ModulePage
from quizzes import services
from quizzes.answers import field_name
from quizzes.demo_content import ATTEMPTS, QUIZZES
from quizzes.models import Attempt, QuizPage

# Quizzes translated through wagtail-localize, with their course: demo_content/<language>/<course slug>.po.
LOCALIZED = Path(__file__).parent / "demo_content"


def seed(context: dict) -> None:
    courses = context.get("courses") or {}
    locales = {locale.language_code: locale for locale in Locale.objects.all()}
    quizzes = {}
    for data in QUIZZES:
        course = courses.get(data["course"])
        if course is None:
            continue
        module = ModulePage.objects.child_of(course).filter(slug=data["module"]).first()
        if module is None:
            raise ImproperlyConfigured(f"Demo quiz {data['slug']}: no module {data['module']}.")
        source_code = course.locale.language_code
        page = _ensure_child(module, QuizPage, data["slug"])
        _publish(page, **_fields(data, data["texts"][source_code]))
        for code, texts in data["texts"].items():
            if code == source_code or code not in locales:
                continue
            if _shape(texts["questions"]) != _shape(data["texts"][source_code]["questions"]):
                raise ImproperlyConfigured(f"Demo quiz {data['slug']} ({code}): questions differ from the source.")
            _publish(_translation(page, locales[code]), **_fields(data, texts))
        _seed_localized(course, page, locales)
        quizzes[data["slug"]] = page
    context["quizzes"] = quizzes
    _seed_attempts(context.get("users", {}), quizzes)


def _seed_localized(course, page: QuizPage, locales: dict) -> None:
    """The quiz in each language that has a catalogue for its course (courses/demo.py has
    translated the course and its modules the same way)."""
    for code, locale in locales.items():
        catalogue = load_catalogue(LOCALIZED / code / f"{course.slug}.po")
        if catalogue:
            translate_page(page, locale, catalogue.get(page_key(course, page), {}))


def _shape(questions: list[tuple]) -> list:
    return [(kind, *(len(arg) for arg in args if isinstance(arg, list))) for kind, *args in questions]


def _fields(data: dict, texts: dict) -> dict:
    source = data["texts"]["fi"]["questions"]
    raw = [
        {
            "type": kind,
            "value": _value(kind, args, source[i], f"quiz/{data['slug']}/{i}"),
            "id": _block_id("quiz", data["slug"], i),
        }
        for i, (kind, *args) in enumerate(texts["questions"])
    ]
    return {
        "title": texts["title"],
        "intro": texts["intro"],
        "questions": _normalised(QuizPage, "questions", raw),
        **data["settings"],
    }


def _items(values: list, key: str) -> list[dict]:
    return [{"type": "item", "value": value, "id": _block_id(key, j)} for j, value in enumerate(values)]


def _value(kind: str, args: list, source: tuple, key: str) -> dict:
    """A question's raw block value from its compact demo form (see demo_content).
    Scores, correct flags and pairing come from the Finnish source."""
    if kind == "scenario":
        prompt, situation, responses = args
        scores = [score for _text, score, _feedback in source[3]]
        values = [
            {"text": text, "score": score, "feedback": feedback}
            for (text, _score, feedback), score in zip(responses, scores, strict=True)
        ]
        return {
            "prompt": prompt,
            "situation": situation,
            "points": 1,
            "explanation": "",
            "image": None,
            "image_alt": "",
            "responses": _items(values, key),
        }
    if kind == "single":
        prompt, options, explanation = args
        flags = [correct for _text, correct, _feedback in source[2]]
        values = [
            {"text": text, "correct": correct, "feedback": feedback}
            for (text, _correct, feedback), correct in zip(options, flags, strict=True)
        ]
        return {"prompt": prompt, "points": 1, "explanation": explanation, "options": _items(values, key)}
    if kind == "true_false":
        prompt, _answer, feedback_true, feedback_false = args
        return {
            "prompt": prompt,
            "points": 1,
            "explanation": "",
            "answer": source[2],
            "feedback_true": feedback_true,
            "feedback_false": feedback_false,
        }
    if kind == "likert":
        prompt, statements = args[0], args[1]
        return {
            "prompt": prompt,
            "statements": _items(statements, key),
            "pair_key": source[3],
            "phase": source[4],
        }
    if kind == "reflection":
        return {"prompt": args[0], "marked": False, "points": 1, "explanation": ""}
    raise ImproperlyConfigured(f"Demo quizzes do not use {kind} questions.")


# Attempts ---------------------------------------------------------------------------------------------


def _seed_attempts(users: dict, quizzes: dict[str, QuizPage]) -> None:
    from django.contrib.auth import get_user_model

    User = get_user_model()
    now = timezone.now()
    for email, slug, choices_per_attempt in ATTEMPTS:
        page = quizzes.get(slug)
        user = users.get(email) or User.objects.filter(email=email).first()
        if page is None or user is None:
            continue
        if Attempt.objects.filter(user=user, quiz_key=page.translation_key).exists():
            continue  # idempotent: this person has taken the quiz already
        days_ago = len(choices_per_attempt) + 1
        for choices in choices_per_attempt:
            moment = now - timedelta(days=days_ago)
            attempt = services.start_attempt(user, page, now=moment)
            data = _answers(slug, attempt.snapshot, choices)
            services.save_answers(user, attempt.public_id, data, now=moment + timedelta(minutes=6))
            services.submit_attempt(user, attempt.public_id, now=moment + timedelta(minutes=8))
            Attempt.objects.filter(pk=attempt.pk).update(started_at=moment)
            days_ago -= 1


def _answers(slug: str, snapshot: dict, choices: list[int]) -> QueryDict:
    """The form a learner would post: for the n-th authored question, the
    response at index choices[n] in the authored order (ids are derived from
    the place, so they can be computed here whatever the shuffled order)."""
    data = QueryDict(mutable=True)
    data["sequence"] = "1"
    for i, choice in enumerate(choices):
        qid = _block_id("quiz", slug, i)
        question = next((q for q in snapshot["questions"] if q["id"] == qid), None)
        if question is None:
            continue
        if question["type"] in ("scenario", "single"):
            data[field_name(qid)] = _block_id(f"quiz/{slug}/{i}", choice)
        elif question["type"] == "true_false":
            data[field_name(qid)] = "true" if choice else "false"
        elif question["type"] == "likert":
            for statement in question["statements"]:
                data[field_name(qid, statement["id"])] = str(choice)
    return data
