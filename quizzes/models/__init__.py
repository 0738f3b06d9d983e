"""The quiz step page (what trainers author) and attempts (what learners did)."""

from quizzes.models.attempts import Attempt, AttemptState  # noqa: F401
from quizzes.models.pages import CorrectAnswers, FeedbackTiming, QuizPage  # noqa: F401
