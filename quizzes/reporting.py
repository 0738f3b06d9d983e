"""Quiz figures for trainers and for other apps (contract: quizzes_with_analytics_for).

Every function here costs a fixed number of queries, whatever the number of
attempts or questions: attempts are read in one query and counted in Python
from their snapshots and stored per-question results.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.urls import reverse
from django.utils.translation import gettext as _
from wagtail.models import Locale

from quizzes.models import Attempt, AttemptState, QuizPage
from quizzes.permissions import may_view_analytics


def quizzes_with_analytics_for(user) -> list[tuple[QuizPage, str]]:
    """(quiz, analytics URL) for every live quiz whose analytics `user` may open
    (one per quiz: the default-language page), in tree order."""
    if not may_view_analytics(user):
        return []
    pages = QuizPage.objects.live().filter(locale=Locale.get_default()).order_by("path")
    return [(page, reverse("quizzes:analytics", kwargs={"page_id": page.pk})) for page in pages]


@dataclass
class OptionFigure:
    id: str
    text: str
    correct: bool | None
    count: int = 0

    share: int = 0  # percent of the learners who answered the question


@dataclass
class QuestionFigure:
    id: str
    number: int
    type: str
    prompt: str
    answered: int = 0
    fraction_sum: float = 0.0
    graded: int = 0
    options: list[OptionFigure] = field(default_factory=list)

    @property
    def correct_rate(self) -> int | None:
        """Average share of the points earned, in percent (None for ungraded questions)."""
        return round(100 * self.fraction_sum / self.graded) if self.graded else None


@dataclass
class QuizFigures:
    attempts: int
    learners: int
    passed: int
    awaiting_marking: int
    average_score: float | None
    questions: list[QuestionFigure]

    @property
    def pass_rate(self) -> int | None:
        return round(100 * self.passed / self.attempts) if self.attempts else None


def _labels_from_page(page: QuizPage) -> dict[str, dict]:
    """Question and option texts in the page's language, by block and item id."""
    labels = {}
    for block in page.questions:
        value = block.value
        texts = {}
        for key in ("options", "responses"):
            if key in value:
                texts.update({str(child.id): child.value["text"] for child in value[key].bound_blocks})
        labels[str(block.id)] = {"prompt": value["prompt"], "options": texts}
    return labels


def quiz_figures(page: QuizPage, user_ids=None) -> QuizFigures:
    """Figures over the submitted attempts at `page` (any language); `user_ids`
    (a queryset of ids) limits them to those learners."""
    attempts = Attempt.objects.filter(quiz_key=page.translation_key).exclude(state=AttemptState.OPEN)
    if user_ids is not None:
        attempts = attempts.filter(user_id__in=user_ids)
    rows = list(
        attempts.order_by("-started_at").values_list(
            "user_id", "state", "score", "passed", "snapshot", "answers", "results"
        )
    )
    labels = _labels_from_page(page)
    order = {qid: i for i, qid in enumerate(labels)}
    questions: dict[str, QuestionFigure] = {}
    scores = []
    for _user_id, _state, score, _passed, snap, answers, results in rows:
        if score is not None:
            scores.append(float(score))
        for q in snap.get("questions", []):
            figure = questions.get(q["id"])
            if figure is None:
                figure = questions[q["id"]] = _figure(q, labels.get(q["id"], {}))
            answer = answers.get(q["id"])
            if answer not in (None, "", [], {}):
                figure.answered += 1
            result = results.get(q["id"])
            if result and result.get("fraction") is not None:
                figure.graded += 1
                figure.fraction_sum += result["fraction"]
            chosen = set(answer) if isinstance(answer, list) else {answer} if isinstance(answer, str) else set()
            for option in figure.options:
                if option.id in chosen:
                    option.count += 1
    ordered = sorted(questions.values(), key=lambda f: order.get(f.id, len(order)))
    for number, figure in enumerate(ordered, start=1):
        figure.number = number
        for option in figure.options:
            option.share = round(100 * option.count / figure.answered) if figure.answered else 0
    return QuizFigures(
        attempts=len(rows),
        learners=len({row[0] for row in rows}),
        passed=sum(1 for row in rows if row[3]),
        awaiting_marking=sum(1 for row in rows if row[1] == AttemptState.AWAITING_MARKING),
        average_score=round(sum(scores) / len(scores), 1) if scores else None,
        questions=ordered,
    )


def _figure(question: dict, label: dict) -> QuestionFigure:
    texts = label.get("options", {})
    options = []
    if question["type"] in ("single", "multiple", "scenario"):
        position = {option_id: i for i, option_id in enumerate(texts)}
        for option in sorted(question["options"], key=lambda o: position.get(o["id"], len(position))):
            correct = option["correct"] if "correct" in option else option.get("score") == 100
            options.append(OptionFigure(id=option["id"], text=texts.get(option["id"], option["text"]), correct=correct))
    elif question["type"] == "true_false":
        options = [
            OptionFigure(id="true", text=str(_("True")), correct=question["answer"]),
            OptionFigure(id="false", text=str(_("False")), correct=not question["answer"]),
        ]
    return QuestionFigure(
        id=question["id"],
        number=0,
        type=question["type"],
        prompt=label.get("prompt", question["prompt"]),
        options=options,
    )
