"""Reading a learner's answers from a form post (the page form and the
autosave script send the same fields).

Field names: `q-<question id>` for one-value questions, reflections and the
checkboxes of multiple choice; `q-<question id>-<item id>` for ordering
positions, matching choices and self-assessment statements. The whole form
is sent each time: a question with no field is unanswered.

Anything else is refused (AnswerError) rather than ignored: a question that
is not in the attempt, an option id that does not exist, a `score` or
`correct` field. Refusing the whole post keeps what was saved before intact.
"""

from __future__ import annotations

import html

from django.utils.translation import gettext as _

from training.sanitizer import sanitize_html

REFLECTION_MAX_LENGTH = 5000
LIKERT_SCALE = (1, 2, 3, 4, 5)
CONTROL_FIELDS = {"csrfmiddlewaretoken", "sequence", "action", "check"}


class AnswerError(Exception):
    """The post cannot be saved; the message is for the learner."""


def parse(snapshot: dict, data) -> dict:
    """The answers in `data` (a QueryDict) for the questions of `snapshot`."""
    questions = {q["id"]: q for q in snapshot.get("questions", [])}
    raw: dict[str, dict] = {}
    for key in data:
        if key in CONTROL_FIELDS:
            continue
        if not key.startswith("q-"):
            raise AnswerError(_("The form contained a field that is not an answer: %(field)s.") % {"field": key[:60]})
        qid, _sep, sub = key[2:].partition("~")
        if qid not in questions:
            raise AnswerError(_("An answer was sent to a question that is not in this attempt."))
        values = data.getlist(key)
        raw.setdefault(qid, {})[sub] = values
    return {qid: value for qid, fields in raw.items() if (value := _parse_question(questions[qid], fields)) is not None}


def _one(values: list[str]) -> str:
    if len(values) != 1:
        raise AnswerError(_("A question that takes one answer received several."))
    return values[0]


def _option_ids(question: dict) -> set[str]:
    return {option["id"] for option in question.get("options", [])}


def _parse_question(question: dict, fields: dict[str, list[str]]):
    kind = question["type"]
    if kind in ("ordering", "matching", "likert"):
        if "" in fields:
            raise AnswerError(_("An answer had an unexpected form."))
        return _parse_parts(question, {sub: _one(values) for sub, values in fields.items()})
    if set(fields) != {""}:
        raise AnswerError(_("An answer had an unexpected form."))
    values = fields[""]
    if kind == "multiple":
        chosen = [value for value in values if value]
        if not set(chosen) <= _option_ids(question):
            raise AnswerError(_("An answer chose an option that does not exist."))
        return sorted(set(chosen)) or None
    value = _one(values)
    if value == "":
        return None
    if kind in ("single", "scenario"):
        if value not in _option_ids(question):
            raise AnswerError(_("An answer chose an option that does not exist."))
        return value
    if kind == "true_false":
        if value not in ("true", "false"):
            raise AnswerError(_("An answer chose an option that does not exist."))
        return value
    if kind == "reflection":
        if len(value) > REFLECTION_MAX_LENGTH:
            raise AnswerError(
                _("Your reflection is too long: at most %(max)s characters.") % {"max": REFLECTION_MAX_LENGTH}
            )
        # The one sanitiser, then back to text: stored as the plain text the learner wrote.
        return html.unescape(sanitize_html(value)).strip() or None
    raise AnswerError(_("An answer had an unexpected form."))


def _parse_parts(question: dict, parts: dict[str, str]):
    kind = question["type"]
    if kind == "ordering":
        ids = {item["id"] for item in question["items"]}
        allowed = {str(n) for n in range(1, len(ids) + 1)}
    elif kind == "matching":
        ids = {pair["id"] for pair in question["pairs"]}
        allowed = ids
    else:
        ids = {statement["id"] for statement in question["statements"]}
        allowed = {str(n) for n in LIKERT_SCALE}
    if not set(parts) <= ids:
        raise AnswerError(_("An answer referred to an item that is not in this question."))
    answer = {}
    for sub, value in parts.items():
        if value == "":
            continue
        if value not in allowed:
            raise AnswerError(_("An answer chose an option that does not exist."))
        answer[sub] = value if kind == "matching" else int(value)
    return answer or None


def field_name(question_id: str, item_id: str | None = None) -> str:
    return f"q-{question_id}" if item_id is None else f"q-{question_id}~{item_id}"
