"""Demo courses for `seed_demo`: the course catalogue in every UI language,
three courses in Finnish with English translations (one also in Arabic, for
a right-to-left demo; one in Swedish through wagtail-localize, see
courses/demo_localize.py) and some learners' progress.

Idempotent: a page is found by its slug under its parent (a translation by
its translation key), and a new revision is published only when the live
page differs from the demo text. Every StreamField block and list item gets
an id derived from its place in the course, so reruns reproduce the same
data and every translation of a lesson shares its block ids.

Progress is made through `courses.services` only, as a learner would make it.
"""

import uuid
from pathlib import Path

from django.contrib.auth import get_user_model
from django.core.exceptions import ImproperlyConfigured
from wagtail.fields import StreamField
from wagtail.models import Locale, Page

from courses import services
from courses.authoring import REVIEWERS, TRAINERS, ensure_admin_language, ensure_authoring_setup
from courses.demo_content import COURSES, INDEX
from courses.demo_localize import load_catalogue, page_key, translate_page
from courses.models import CourseIndexPage, CoursePage, LessonPage, ModulePage

# Fixed namespace for the block ids (uuid5 of the block's place in the course).
BLOCK_IDS = uuid.UUID("6f1c1d7e-5a0b-4c55-9a55-4b6f6f6d6f01")

ALL = None  # every lesson of the course

# Courses translated through wagtail-localize: demo_content/<language>/<course slug>.po.
LOCALIZED = Path(__file__).parent / "demo_content"

# Who has done what: (e-mail, course slug, number of lessons completed, ALL = the whole course).
# When lessons remain, the next one is recorded as the last visited ("continue where you left off").
PROGRESS = [
    ("learner@example.org", "kulttuurien-kohtaaminen", ALL),
    ("learner@example.org", "uudet-jasenet-tervetulleiksi", 5),
    ("learner2@example.org", "digitaaliset-tyokalut", 1),
    # Kajaanin Palloseura: two coaches and a board member have finished the welcoming course.
    ("ahmed.ali@demo.kohtaamo.example", "kulttuurien-kohtaaminen", ALL),
    ("ahmed.ali@demo.kohtaamo.example", "uudet-jasenet-tervetulleiksi", ALL),
    ("juha.m@demo.kohtaamo.example", "uudet-jasenet-tervetulleiksi", ALL),
    ("sanna.k@demo.kohtaamo.example", "uudet-jasenet-tervetulleiksi", ALL),
    ("fatima.n@demo.kohtaamo.example", "kulttuurien-kohtaaminen", 3),
    ("tiina.h@demo.kohtaamo.example", "kulttuurien-kohtaaminen", ALL),
    ("tiina.h@demo.kohtaamo.example", "digitaaliset-tyokalut", 4),
    ("riikka.s@demo.kohtaamo.example", "uudet-jasenet-tervetulleiksi", ALL),
    ("hodan.a@demo.kohtaamo.example", "uudet-jasenet-tervetulleiksi", 2),
    ("maryam.r@demo.kohtaamo.example", "kulttuurien-kohtaaminen", ALL),
    ("teemu.k@demo.kohtaamo.example", "digitaaliset-tyokalut", ALL),
    ("pekka.t@demo.kohtaamo.example", "digitaaliset-tyokalut", 4),
    ("olga.i@demo.kohtaamo.example", "uudet-jasenet-tervetulleiksi", 1),
]


def seed(context: dict) -> None:
    home = context["home_page"]
    locales = {locale.language_code: locale for locale in Locale.objects.all()}
    index = _ensure_child(home, CourseIndexPage, "kurssit", first=True)
    _publish(index, show_in_menus=True, **INDEX[home.locale.language_code])
    for code, texts in INDEX.items():
        if code != home.locale.language_code and code in locales:
            _publish(_translation(index, locales[code], first=True), show_in_menus=True, **texts)

    courses = {}
    for source, translations in COURSES:
        course = _seed_course(index, source)
        for code, texts in translations.items():
            _seed_course_translation(course, source, texts, locales[code])
        _seed_localized(course, locales)
        courses[source["slug"]] = course
    context["courses"] = courses
    _seed_progress(context.get("users", {}), courses)
    _seed_authoring(context.get("users", {}), index)


def _seed_authoring(users: dict, index: CourseIndexPage) -> None:
    """Trainers author under the catalogue; the coordinator reviews and publishes.
    Both use the admin in Finnish, and get the workflow's e-mails in Finnish."""
    from django.contrib.auth.models import Group

    ensure_authoring_setup(index)
    for email, group in (("trainer@example.org", TRAINERS), ("coordinator@example.org", REVIEWERS)):
        if email in users:
            users[email].groups.add(Group.objects.get(name=group))
            ensure_admin_language(users[email])


# Pages ----------------------------------------------------------------------------------------------


def _seed_course(index: CourseIndexPage, source: dict) -> CoursePage:
    course = _ensure_child(index, CoursePage, source["slug"])
    _publish(course, **_course_fields(source, source, [text for text, _competences in source["learning_outcomes"]]))
    for module_data in source["modules"]:
        module = _ensure_child(course, ModulePage, module_data["slug"])
        _publish(module, title=module_data["title"], summary=module_data["summary"])
        for lesson_data in module_data["lessons"]:
            lesson = _ensure_child(module, LessonPage, lesson_data["slug"])
            _publish(lesson, **_lesson_fields(source, lesson_data, lesson_data))
    return course


def _seed_course_translation(course: CoursePage, source: dict, texts: dict, locale: Locale) -> None:
    _publish(_translation(course, locale), **_course_fields(source, texts, texts["learning_outcomes"]))
    modules = {page.slug: page for page in ModulePage.objects.child_of(course)}
    for module_data in source["modules"]:
        module = modules[module_data["slug"]]
        _publish(_translation(module, locale), **texts["modules"][module_data["slug"]])
        lessons = {page.slug: page for page in LessonPage.objects.child_of(module)}
        for lesson_data in module_data["lessons"]:
            translated = texts["lessons"][lesson_data["slug"]]
            if _shape(translated["body"]) != _shape(lesson_data["body"]):
                raise ImproperlyConfigured(
                    f"Demo lesson {lesson_data['slug']} ({locale}): blocks differ from the source."
                )
            fields = _lesson_fields(source, lesson_data, translated)
            _publish(_translation(lessons[lesson_data["slug"]], locale), **fields)


def _seed_localized(course: CoursePage, locales: dict[str, Locale]) -> None:
    """The course, its modules and lessons in each language that has a catalogue for it
    (the layers above translate their own steps from their own catalogues)."""
    pages = [course, *Page.objects.descendant_of(course).type(ModulePage, LessonPage).order_by("path")]
    for code, locale in locales.items():
        catalogue = load_catalogue(LOCALIZED / code / f"{course.slug}.po")
        for page in pages if catalogue else []:
            translate_page(page, locale, catalogue.get(page_key(course, page), {}))


def _shape(body: list[tuple]) -> list:
    """Block kinds and list lengths: a translation must match its source so block ids correspond."""
    return [(kind, *(len(arg) for arg in args if isinstance(arg, list))) for kind, *args in body]


def _course_fields(source: dict, texts: dict, outcome_texts: list[str]) -> dict:
    competences = [competences for _text, competences in source["learning_outcomes"]]
    if len(outcome_texts) != len(competences):
        raise ImproperlyConfigured(f"Demo course {source['slug']}: learning outcomes differ between languages.")
    outcomes = [
        {"type": "outcome", "value": {"text": text, "competences": tags}, "id": _block_id(source["slug"], "outcome", i)}
        for i, (text, tags) in enumerate(zip(outcome_texts, competences, strict=True))
    ]
    lesson_minutes = [lesson["estimated_minutes"] for module in source["modules"] for lesson in module["lessons"]]
    return {
        "title": texts["title"],
        "summary": texts["summary"],
        "description": texts["description"],
        "topic": source["topic"],
        "intended_roles": source["intended_roles"],
        "estimated_minutes": sum(lesson_minutes),
        "learning_outcomes": _normalised(CoursePage, "learning_outcomes", outcomes),
    }


def _lesson_fields(source: dict, lesson: dict, texts: dict) -> dict:
    key = f"{source['slug']}/{lesson['slug']}"
    body = [
        {"type": kind, "value": _block_value(kind, args, f"{key}/{i}"), "id": _block_id(key, i)}
        for i, (kind, *args) in enumerate(texts["body"])
    ]
    return {
        "title": texts["title"],
        "intro": texts["intro"],
        "estimated_minutes": lesson["estimated_minutes"],
        "body": _normalised(LessonPage, "body", body),
    }


def _block_value(kind: str, args: list, key: str):
    """The raw value of one lesson block from its compact demo form (see demo_content)."""
    if kind == "heading":
        return {"text": args[0], "level": args[1] if len(args) > 1 else "h2"}
    if kind == "paragraph":
        return args[0]
    if kind == "callout":
        callout_kind, title, text = args
        return {"kind": callout_kind, "title": title, "text": text}
    if kind == "reflection":
        return {"prompt": args[0]}
    if kind == "checklist":
        title, items = args
        return {"title": title, "items": _list_items(items, key)}
    if kind == "video":
        title, url, transcript = args
        return {"title": title, "url": url, "transcript": transcript}
    if kind == "digital_tool":
        tool_name, url, steps = args
        return {"tool_name": tool_name, "url": url, "steps": _list_items(steps, key)}
    if kind == "faq":
        title, items = args
        qas = [{"question": question, "answer": answer} for question, answer in items]
        return {"title": title, "items": _list_items(qas, key)}
    raise ImproperlyConfigured(f"Demo lessons do not use {kind} blocks.")


def _list_items(values: list, key: str) -> list[dict]:
    return [{"type": "item", "value": value, "id": _block_id(key, j)} for j, value in enumerate(values)]


def _block_id(*parts) -> str:
    return str(uuid.uuid5(BLOCK_IDS, "/".join(str(part) for part in parts)))


def _normalised(model, field_name: str, raw: list[dict]) -> list[dict]:
    """The stream as Wagtail stores it, validated (a too long demo text fails here, not in the admin)."""
    stream_block = model._meta.get_field(field_name).stream_block
    return [child.get_prep_value() for child in stream_block.clean(stream_block.to_python(raw))]


def _stored(page: Page, field_name: str):
    value = getattr(page, field_name)
    if isinstance(page._meta.get_field(field_name), StreamField):
        return [child.get_prep_value() for child in value]
    return value


def _ensure_child(parent: Page, model: type[Page], slug: str, first: bool = False) -> Page:
    page = model.objects.child_of(parent).filter(slug=slug).first()
    if page is None:
        # Not live until its first revision is published with the demo text.
        page = parent.add_child(instance=model(title=slug, slug=slug, locale=parent.locale, live=False))
        if first:
            _move_first(page)
    return page


def _translation(page: Page, locale: Locale, first: bool = False) -> Page:
    existing = page.get_translation_or_none(locale)
    if existing is not None:
        return existing.specific
    translated = page.copy_for_translation(locale, copy_parents=True, alias=False).specific
    if first:
        _move_first(translated)
    return translated


def _move_first(page: Page) -> None:
    """The catalogue comes first in the menu, before the about page."""
    first = page.get_parent().get_first_child()
    if first is not None and first.pk != page.pk:
        page.move(first, pos="left")
        page.refresh_from_db()


def _publish(page: Page, **fields) -> None:
    """Set the fields and publish, unless the live page already says exactly this."""
    changed = {name: value for name, value in fields.items() if _stored(page, name) != value}
    if not changed and page.live and not page.has_unpublished_changes:
        return
    for name, value in changed.items():
        setattr(page, name, value)
    page.save_revision().publish()
    page.refresh_from_db()  # publishing saves a copy made from the revision, not this instance


# Progress -------------------------------------------------------------------------------------------


def _seed_progress(users: dict, courses: dict[str, CoursePage]) -> None:
    User = get_user_model()
    lessons = {
        slug: list(LessonPage.objects.live().descendant_of(course).order_by("path")) for slug, course in courses.items()
    }
    for email, slug, count in PROGRESS:
        user = users.get(email) or User.objects.filter(email=email).first()
        if user is None:  # the associations demo no longer has this member
            continue
        steps = lessons[slug]
        done = len(steps) if count is ALL else min(count, len(steps))
        for lesson in steps[:done]:
            services.complete_step(user, lesson)
        if done < len(steps):
            services.enrol(user, courses[slug])
            services.record_visit(user, steps[done])
