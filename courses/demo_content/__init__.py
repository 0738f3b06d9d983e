"""Demo course texts for `courses/demo.py`. Plain data, kept apart from the
seeding logic so that trainers' wording can be checked in one place.

Each course has a Finnish source module (structure, slugs, durations, RFCDC
tags and the Finnish texts) and one module per translation, keyed by the
Finnish slugs. A translation has the same blocks in the same order as its
source, so a lesson shares its block ids in every language.

A lesson body is a list of compact blocks:

    ("heading", text) or ("heading", text, "h3")
    ("paragraph", html)
    ("callout", "tip" | "note" | "warning", title, html)
    ("reflection", prompt)
    ("checklist", title, [item, ...])
    ("video", title, youtube_url, transcript_or_description)
    ("digital_tool", tool_name, url, [step, ...])
    ("faq", title, [(question, answer_html), ...])
"""

from courses.demo_content import (
    digital,
    digital_en,
    intercultural,
    intercultural_en,
    welcoming,
    welcoming_ar,
    welcoming_en,
)

# The course catalogue, per UI language.
INDEX = {
    "fi": {
        "title": "Kurssit",
        "intro": (
            "Verkkokursseja yhdistysten jäsenille, valmentajille, ohjaajille ja hallituksille. "
            "Opiskele omassa tahdissa puhelimella tai tietokoneella ja jatka siitä, mihin jäit."
        ),
    },
    "sv": {
        "title": "Kurser",
        "intro": (
            "Nätkurser för föreningarnas medlemmar, tränare, ledare och styrelser. "
            "Studera i din egen takt på telefon eller dator och fortsätt där du slutade."
        ),
    },
    "en": {
        "title": "Courses",
        "intro": (
            "Online courses for association members, coaches, group leaders and boards. "
            "Study at your own pace on a phone or laptop and continue where you left off."
        ),
    },
    "ar": {
        "title": "الدورات",
        "intro": (
            "دورات عبر الإنترنت لأعضاء الجمعيات والمدربين وقادة المجموعات ومجالس الإدارة. "
            "تعلَّم بالسرعة التي تناسبك على الهاتف أو الحاسوب، وتابع من حيث توقفت."
        ),
    },
}

# (Finnish source, {language code: translation})
COURSES = [
    (intercultural.COURSE, {"en": intercultural_en.TRANSLATION}),
    (digital.COURSE, {"en": digital_en.TRANSLATION}),
    (welcoming.COURSE, {"en": welcoming_en.TRANSLATION, "ar": welcoming_ar.TRANSLATION}),
]
