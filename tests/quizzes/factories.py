"""Quiz pages for tests: one question of each type, with fixed block and item ids."""

from __future__ import annotations

import wagtail_factories

from quizzes.models import QuizPage


def items(prefix: str, values: list) -> list[dict]:
    return [{"type": "item", "value": value, "id": f"{prefix}-{i}"} for i, value in enumerate(values)]


def option(text, correct=False, feedback=""):
    return {"text": text, "correct": correct, "feedback": feedback}


def single(qid="q-single", points=1):
    return {
        "type": "single",
        "id": qid,
        "value": {
            "prompt": "Mikä auttaa uutta jäsentä eniten?",
            "points": points,
            "explanation": "SELITYS-SINGLE",
            "options": items(
                qid,
                [
                    option("Kaveri ensimmäisille kerroille", True, "PALAUTE-OIKEA"),
                    option("Pitkä sääntöluettelo", False, "PALAUTE-VÄÄRÄ"),
                    option("Ei mitään", False, "PALAUTE-EI"),
                ],
            ),
        },
    }


def multiple(qid="q-multiple", partial=True):
    return {
        "type": "multiple",
        "id": qid,
        "value": {
            "prompt": "Mitkä ovat matalan kynnyksen keinoja?",
            "points": 2,
            "explanation": "",
            "partial_credit": partial,
            "options": items(
                qid,
                [
                    option("Lainavälineet", True, "PALAUTE-LAINA"),
                    option("Maksutuki", True, "PALAUTE-TUKI"),
                    option("Kallis jäsenmaksu", False, "PALAUTE-KALLIS"),
                    option("Ilmainen ensimmäinen kerta", True, "PALAUTE-ILMAINEN"),
                ],
            ),
        },
    }


def true_false(qid="q-tf"):
    return {
        "type": "true_false",
        "id": qid,
        "value": {
            "prompt": "Selkokieli auttaa monia.",
            "points": 1,
            "explanation": "",
            "answer": True,
            "feedback_true": "PALAUTE-TOSI",
            "feedback_false": "PALAUTE-EPÄTOSI",
        },
    }


def scenario(qid="q-scenario"):
    return {
        "type": "scenario",
        "id": qid,
        "value": {
            "prompt": "Mitä teet?",
            "points": 1,
            "explanation": "",
            "situation": "<p>Vanhempi kieltäytyy sekauimavuorosta.</p>",
            "image": None,
            "image_alt": "",
            "responses": items(
                qid,
                [
                    {"text": "Kysyt, mikä järjestely sopisi", "score": 100, "feedback": "PALAUTE-KYSY"},
                    {"text": "Ehdotat erillistä vuoroa heti", "score": 50, "feedback": "PALAUTE-EHDOTA"},
                    {"text": "Sanot, että säännöt ovat kaikille samat", "score": 0, "feedback": "PALAUTE-SÄÄNNÖT"},
                ],
            ),
        },
    }


def ordering(qid="q-order"):
    return {
        "type": "ordering",
        "id": qid,
        "value": {
            "prompt": "Järjestä vaiheet.",
            "points": 1,
            "explanation": "",
            "items": items(qid, ["Tervehdi", "Esittele", "Kysy", "Kiitä"]),
        },
    }


def matching(qid="q-match"):
    pairs = [{"left": "Kela", "right": "Tuet"}, {"left": "Kunta", "right": "Palvelut"}, {"left": "TE", "right": "Työ"}]
    return {
        "type": "matching",
        "id": qid,
        "value": {"prompt": "Yhdistä.", "points": 1, "explanation": "", "pairs": items(qid, pairs)},
    }


def reflection(qid="q-reflect", marked=False):
    return {
        "type": "reflection",
        "id": qid,
        "value": {"prompt": "Milloin olit itse uusi?", "marked": marked, "points": 2, "explanation": ""},
    }


def likert(qid="q-likert", phase="", pair_key=""):
    return {
        "type": "likert",
        "id": qid,
        "value": {
            "prompt": "Arvioi osaamisesi.",
            "statements": items(qid, ["Osaan kohdata", "Osaan kysyä"]),
            "pair_key": pair_key,
            "phase": phase,
        },
    }


def all_questions() -> list[dict]:
    return [single(), multiple(), true_false(), scenario(), ordering(), matching(), reflection(), likert()]


class QuizPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = QuizPage

    title = "Tietovisa"
    slug = "tietovisa"
    intro = "Testaa osaamisesi."
    pass_mark = 70
    shuffle_options = False
    questions = None

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        questions = kwargs.pop("questions", None)
        kwargs["questions"] = all_questions() if questions is None else questions
        return super()._create(model_class, *args, **kwargs)
