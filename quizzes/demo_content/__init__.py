"""Demo quiz texts for `quizzes/demo.py`: plain data, one module per course.

A quiz's questions are compact tuples; the Finnish source decides the
structure (scores, correct flags, pairing) and every translation has the
same questions with the same number of responses, in the same order:

    ("scenario", prompt, situation_html, [(response, score 0–100, feedback), ...])
    ("single", prompt, [(option, correct, feedback), ...], explanation)
    ("true_false", prompt, answer, feedback_if_true, feedback_if_false)
    ("likert", prompt, [statement, ...], pair_key, "before" | "after")

Demo quizzes are optional steps (`required: False`): the demo learners'
recorded course progress stays as courses/demo.py makes it.
"""

from quizzes.demo_content import digital, intercultural, welcoming

SCENARIO_SETTINGS = {
    "required": False,
    "estimated_minutes": 15,
    "pass_mark": 70,
    "cooldown_minutes": 10,
    "shuffle_options": True,
    "show_correct_answers": "after_pass",
}
SELF_ASSESSMENT_SETTINGS = {
    "required": False,
    "estimated_minutes": 5,
    "pass_mark": 0,
    "shuffle_options": False,
    "show_correct_answers": "after_submit",
}

QUIZZES = [
    {
        "course": "kulttuurien-kohtaaminen",
        "module": "kulttuuri-ja-mina",
        "slug": "itsearvio-alussa",
        "settings": SELF_ASSESSMENT_SETTINGS,
        "texts": {"fi": intercultural.BEFORE_FI, "en": intercultural.BEFORE_EN},
    },
    {
        "course": "kulttuurien-kohtaaminen",
        "module": "arjen-tilanteet",
        "slug": "arjen-tilanteet-visa",
        "settings": SCENARIO_SETTINGS,
        "texts": {"fi": intercultural.SITUATIONS_FI, "en": intercultural.SITUATIONS_EN},
    },
    {
        "course": "kulttuurien-kohtaaminen",
        "module": "rasismi-ja-syrjinta",
        "slug": "itsearvio-lopussa",
        "settings": SELF_ASSESSMENT_SETTINGS,
        "texts": {"fi": intercultural.AFTER_FI, "en": intercultural.AFTER_EN},
    },
    {
        "course": "digitaaliset-tyokalut",
        "module": "saavutettava-viestinta",
        "slug": "digitilanteet-visa",
        "settings": SCENARIO_SETTINGS,
        "texts": {"fi": digital.QUIZ_FI, "en": digital.QUIZ_EN},
    },
    {
        "course": "uudet-jasenet-tervetulleiksi",
        "module": "esteet-ja-keinot",
        "slug": "esteet-ja-keinot-visa",
        "settings": SCENARIO_SETTINGS,
        "texts": {"fi": welcoming.QUIZ_FI, "en": welcoming.QUIZ_EN, "ar": welcoming.QUIZ_AR},
    },
]

# Who has taken which quiz: (e-mail, quiz slug, one list per attempt of the
# chosen response per question: 0 = the best response, 1 = partly right, 2 = poor;
# for a self-assessment the rating given to every statement).
ATTEMPTS = [
    ("learner@example.org", "arjen-tilanteet-visa", [[2, 1, 0, 2, 1, 0], [0, 0, 0, 1, 0, 0]]),
    ("learner@example.org", "itsearvio-alussa", [[2]]),
    ("learner@example.org", "itsearvio-lopussa", [[4]]),
    ("ahmed.ali@demo.kohtaamo.example", "esteet-ja-keinot-visa", [[0, 0, 0, 0, 1]]),
    ("juha.m@demo.kohtaamo.example", "esteet-ja-keinot-visa", [[1, 0, 2, 1, 0], [0, 0, 1, 0, 0]]),
    ("sanna.k@demo.kohtaamo.example", "esteet-ja-keinot-visa", [[0, 1, 0, 0, 0]]),
    ("riikka.s@demo.kohtaamo.example", "esteet-ja-keinot-visa", [[0, 2, 1, 1, 0]]),
    ("tiina.h@demo.kohtaamo.example", "arjen-tilanteet-visa", [[0, 0, 1, 0, 0, 0]]),
    ("teemu.k@demo.kohtaamo.example", "digitilanteet-visa", [[0, 1, 0, 0, 1]]),
]
