"""Prepare the drill's database in ONE Django process (deploy/drill.py runs it).

    DJANGO_SETTINGS_MODULE=training.settings.dev DATABASE_URL=... python deploy/drill_setup.py --seed minimal

Steps: `migrate` (on top of the baseline dump the drill loaded, so only the
migrations newer than the dump run), `generate_badge_key`, the seed, and the
facts the checks need, printed as the last line (JSON).

Seeds:
- "minimal" (the default; CI): the demo accounts, a Finnish home page, one
  course (the learner has done it), the live-training calendar with its
  upcoming and past sessions. Built with the apps' own demo functions, so it
  is the same data as the demo's, only less of it (seconds instead of minutes).
- "demo": the whole `seed_demo` (associations, quizzes, readiness, reports…),
  for `drill.py --load` (contacts and a coordinator on dashboards).

Runs under the dev settings (demo content is refused under production) with
the drill's own database, Redis and folders; tasks run immediately and mail
goes nowhere (locmem), so nothing of the seed reaches the drill's SMTP sink.
"""

from __future__ import annotations

import argparse
import json
import sys
from io import StringIO
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
if str(BASE_DIR) not in sys.path:
    sys.path.insert(0, str(BASE_DIR))

PASSWORD = "kohtaamo-demo"  # noqa: S105 -- the demo accounts' published password
MINIMAL_COURSE = "kulttuurien-kohtaaminen"


def seed_minimal() -> None:
    from django.conf import settings
    from django.db import transaction
    from wagtail.models import Locale

    import accounts.demo
    import courses.demo
    import home.demo
    import live.demo
    from courses import services
    from courses.demo_content import COURSES, INDEX
    from courses.models import CourseIndexPage, LessonPage

    context = {"password": PASSWORD, "stdout": StringIO()}
    with transaction.atomic():
        accounts.demo.seed(context)
        locale, _created = Locale.objects.get_or_create(language_code=settings.LANGUAGE_CODE)
        home_page = home.demo._ensure_home(locale)
        home.demo._publish(home_page, **home.demo.HOME[settings.LANGUAGE_CODE])
        context["home_page"] = home_page
        index = courses.demo._ensure_child(home_page, CourseIndexPage, "kurssit", first=True)
        courses.demo._publish(index, show_in_menus=True, **INDEX[settings.LANGUAGE_CODE])
        source = next(source for source, _translations in COURSES if source["slug"] == MINIMAL_COURSE)
        course = courses.demo._seed_course(index, source)
        # The learner has done the course (as in the demo); learner2 has started it.
        lessons = list(LessonPage.objects.live().descendant_of(course).order_by("path"))
        for lesson in lessons:
            services.complete_step(context["users"]["learner@example.org"], lesson)
        services.enrol(context["users"]["learner2@example.org"], course)
        context["courses"] = {MINIMAL_COURSE: course}
        live.demo.seed(context)


def facts() -> dict:
    """What the checks need: the learner's course and a lesson of it, and live sessions open to them."""
    from django.utils import timezone

    from accounts.models import User
    from courses.models.pages import CoursePage, LessonPage
    from courses.models.progress import Enrolment
    from live.models.pages import LiveSessionPage
    from live.models.people import Registration

    learner = User.objects.get(email="learner@example.org")
    keys = Enrolment.objects.filter(user=learner).values_list("course_key", flat=True)
    course = CoursePage.objects.live().public().filter(translation_key__in=keys, locale__language_code="fi").first()
    lesson = LessonPage.objects.live().descendant_of(course).first()
    upcoming = LiveSessionPage.objects.live().filter(starts_at__gt=timezone.now(), locale__language_code="fi")
    sessions = [
        s
        for s in upcoming.order_by("starts_at")
        if s.registration_open()
        and not s.is_cancelled
        and Registration.objects.filter(session=s, status="registered").count() < s.capacity
    ]
    taken = set(Registration.objects.filter(user=learner).values_list("session_id", flat=True))
    return {
        "lesson_id": lesson.pk,
        "lesson_url": lesson.url,
        "lesson_title": lesson.title,
        "course_url": course.url,
        "sessions": {learner.email: [s.pk for s in sessions if s.pk not in taken]},
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", choices=("minimal", "demo"), default="minimal")
    options = parser.parse_args(argv)

    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection
    from django.db.migrations.executor import MigrationExecutor

    # Only the migrations newer than the baseline dump; none at all (no post_migrate pass either)
    # when the dump is current.
    executor = MigrationExecutor(connection)
    if executor.migration_plan(executor.loader.graph.leaf_nodes()):
        call_command("migrate", "--noinput", verbosity=0)
    call_command("generate_badge_key", stdout=StringIO())
    if options.seed == "demo":
        call_command("seed_demo", stdout=StringIO())
    else:
        seed_minimal()
    print(json.dumps(facts()), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
