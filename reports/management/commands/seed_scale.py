"""Build a region at benchmark scale: `python manage.py seed_scale`.

A region "Skaala" with 200 associations in 10 municipalities, 10,000
learners (50 per association, the first of each its contact), 20 live
courses of 2 modules × 6 lessons, and progress drawn from a fixed random
seed: each learner is enrolled in 3–11 courses, has finished 40 % of them
and is part-way through 45 % — about 500,000 step completions in all, spread
over the last year. Two accounts can log in (password `kohtaamo-demo`):
scale-coordinator@scale.kohtaamo.example (the region's coordinator) and
scale-contact@scale.kohtaamo.example (contact of the first association).

Rows are written with bulk_create in batches, so PostgreSQL takes minutes,
not hours. Refuses to run unless the settings allow demo content (dev and
test only). Runs once: when the region already exists it says so and stops.
"""

from __future__ import annotations

import random
import time
from datetime import timedelta

from allauth.account.models import EmailAddress
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction
from django.utils import timezone
from wagtail.models import Site

from associations.models import Association, CoordinatorAssignment, Membership, Municipality, Region, Role
from courses.models import (
    CourseCompletion,
    CourseIndexPage,
    CoursePage,
    Enrolment,
    LessonPage,
    ModulePage,
    StepCompletion,
)
from reports.course_starts import sync_course_starts
from reports.models import CourseStart

REGION_CODE = "SCALE"
DOMAIN = "scale.kohtaamo.example"
COORDINATOR = f"scale-coordinator@{DOMAIN}"
CONTACT = f"scale-contact@{DOMAIN}"
PASSWORD = "kohtaamo-demo"  # noqa: S105 -- the documented demo-only password
BATCH = 5000
GENDERS = ["woman", "man", "non_binary", "undisclosed", ""]
AGES = ["under_18", "18_29", "30_54", "55_plus", ""]
EMPLOYMENT = ["employed", "unemployed", "long_term_unemployed", "inactive", ""]
EDUCATION = ["isced_0_2", "isced_3_4", "isced_5_8", ""]


class Command(BaseCommand):
    help = "Create a benchmark-scale region (200 associations, 10,000 learners, ~500,000 step completions)."

    def add_arguments(self, parser):
        parser.add_argument("--associations", type=int, default=200)
        parser.add_argument("--learners", type=int, default=10_000)
        parser.add_argument("--courses", type=int, default=20)
        parser.add_argument("--lessons", type=int, default=6, help="lessons per module (2 modules per course)")
        parser.add_argument("--seed", type=int, default=2026)

    def handle(self, *args, **options):
        if not getattr(settings, "DEMO_CONTENT_ALLOWED", False):
            raise CommandError("seed_scale refuses to run under production settings.")
        if Region.objects.filter(code=REGION_CODE).exists():
            self.stdout.write("The scale region already exists; nothing to do.")
            return
        if options["associations"] < 1 or options["learners"] < options["associations"]:
            raise CommandError("Need at least one association and at least one learner per association.")
        self.rng = random.Random(options["seed"])  # noqa: S311 -- reproducible data, not secrets
        self.now = timezone.now()
        started = time.monotonic()
        with transaction.atomic():
            courses = self.courses(options["courses"], options["lessons"])
            associations = self.associations(options["associations"])
            users = self.learners(options["learners"], associations)
            counts = self.progress(users, courses)
            # bulk_create sends no signals: derive the funnel's started enrolments once.
            sync_course_starts()
        self.analyse()
        self.stdout.write(
            self.style.SUCCESS(
                f"Scale region ready in {time.monotonic() - started:.0f} s: {len(associations)} associations, "
                f"{len(users)} learners, {len(courses)} courses, {counts[0]} enrolments, "
                f"{counts[1]} step completions, {counts[2]} course completions."
            )
        )

    def analyse(self) -> None:
        """Refresh PostgreSQL's statistics and visibility map after the bulk load,
        as autovacuum would soon do, so that the planner sees the real table sizes."""
        if connection.vendor != "postgresql":
            return
        # Every table the load wrote to: with the region's associations and
        # municipalities left unanalysed, the planner expects one association
        # per region and picks nested loops over 10,000 members (3x slower).
        models = (
            *(StepCompletion, Enrolment, CourseCompletion, CourseStart),
            *(Membership, Association, Municipality, Region, CoordinatorAssignment),
        )
        tables = [model._meta.db_table for model in models]
        # VACUUM cannot run inside a transaction (e.g. under a test); ANALYZE can.
        command = "ANALYZE" if connection.in_atomic_block else "VACUUM ANALYZE"
        with connection.cursor() as cursor:
            for table in [*tables, get_user_model()._meta.db_table]:
                cursor.execute(f'{command} "{table}"')

    # --- content ------------------------------------------------------------

    def courses(self, n: int, lessons: int) -> list[tuple]:
        """(course key, [step keys]) of `n` live courses under the catalogue."""
        site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
        if site is None:
            raise CommandError("No default site: run `manage.py seed_demo` first.")
        root = site.root_page
        index = CourseIndexPage.objects.child_of(root).first()
        if index is None:
            index = root.add_child(instance=CourseIndexPage(title="Kurssit", slug="kurssit"))
        result = []
        for c in range(1, n + 1):
            course = index.add_child(
                instance=CoursePage(
                    title=f"Skaalakurssi {c}",
                    slug=f"skaalakurssi-{c}",
                    summary="Kurssi kuormitustestiä varten.",
                    description="<p>Kuormitustesti.</p>",
                    topic="welcoming",
                    intended_roles=["member"],
                )
            )
            steps = []
            for m in range(1, 3):
                module = course.add_child(instance=ModulePage(title=f"Moduuli {m}", slug=f"moduuli-{m}"))
                for lesson in range(1, lessons + 1):
                    page = module.add_child(
                        instance=LessonPage(title=f"Oppitunti {m}.{lesson}", slug=f"oppitunti-{m}-{lesson}")
                    )
                    steps.append(page.translation_key)
            result.append((course.translation_key, steps))
        self.stdout.write(f"courses: {n} × {2 * lessons} lessons")
        return result

    # --- people -------------------------------------------------------------

    def associations(self, n: int) -> list[Association]:
        region = Region.objects.create(name="Skaala", code=REGION_CODE)
        towns = [
            Municipality.objects.create(region=region, name=f"Skaalakunta {i}", code=f"SC{i:03d}") for i in range(10)
        ]
        Association.objects.bulk_create(
            [
                Association(
                    name=f"Skaalaseura {i:03d}",
                    slug=f"skaalaseura-{i:03d}",
                    association_type="sports_club",
                    municipality=towns[i % len(towns)],
                )
                for i in range(n)
            ],
            batch_size=BATCH,
        )
        User = get_user_model()
        coordinator = User.objects.create_user(COORDINATOR, PASSWORD, first_name="Skaala", last_name="Koordinaattori")
        EmailAddress.objects.create(user=coordinator, email=COORDINATOR, verified=True, primary=True)
        CoordinatorAssignment.objects.create(user=coordinator, region=region)
        self.stdout.write(f"associations: {n}")
        return list(Association.objects.filter(municipality__region=region).order_by("slug"))

    def learners(self, n: int, associations: list[Association]) -> list[int]:
        User = get_user_model()
        unusable = make_password(None)
        rng = self.rng
        for start in range(0, n, BATCH):
            User.objects.bulk_create(
                [
                    User(
                        email=f"learner-{i:05d}@{DOMAIN}",
                        first_name="Oppija",
                        last_name=f"{i:05d}",
                        password=unusable,
                        gender=rng.choice(GENDERS),
                        age_band=rng.choice(AGES),
                        employment_status=rng.choice(EMPLOYMENT),
                        education_level=rng.choice(EDUCATION),
                        municipality_id=associations[i % len(associations)].municipality_id,
                    )
                    for i in range(start, min(n, start + BATCH))
                ]
            )
        ids = list(
            User.objects.filter(email__startswith="learner-", email__endswith=DOMAIN)
            .order_by("email")
            .values_list("pk", flat=True)
        )
        contact = User.objects.create_user(CONTACT, PASSWORD, first_name="Skaala", last_name="Yhteyshenkilö")
        EmailAddress.objects.create(user=contact, email=CONTACT, verified=True, primary=True)
        joined = self.now.date() - timedelta(days=400)
        memberships = [Membership(user_id=contact.pk, association=associations[0], role=Role.CONTACT, joined_on=joined)]
        memberships += [
            Membership(user_id=pk, association=associations[i % len(associations)], joined_on=joined)
            for i, pk in enumerate(ids)
        ]
        Membership.objects.bulk_create(memberships, batch_size=BATCH)
        self.stdout.write(f"learners: {len(ids)}")
        return ids

    # --- progress -----------------------------------------------------------

    def progress(self, user_ids: list[int], courses: list[tuple]) -> tuple[int, int, int]:
        rng = self.rng
        enrolments, steps, completions = [], [], []
        totals = [0, 0, 0]

        def flush(force: bool = False):
            for rows, model, slot in (
                (enrolments, Enrolment, 0),
                (steps, StepCompletion, 1),
                (completions, CourseCompletion, 2),
            ):
                if rows and (force or len(rows) >= BATCH):
                    model.objects.bulk_create(rows, batch_size=BATCH)
                    totals[slot] += len(rows)
                    rows.clear()

        for user_id in user_ids:
            for course_key, step_keys in rng.sample(courses, k=min(len(courses), rng.randint(3, 11))):
                enrolled = self.now - timedelta(days=rng.uniform(5, 365))
                roll = rng.random()
                done = len(step_keys) if roll < 0.40 else rng.randint(1, len(step_keys) - 1) if roll < 0.85 else 0
                span = (self.now - enrolled) / (len(step_keys) + 1)
                last = None
                for n, step_key in enumerate(step_keys[:done], start=1):
                    last = enrolled + span * n
                    steps.append(
                        StepCompletion(user_id=user_id, step_key=step_key, course_key=course_key, completed_at=last)
                    )
                enrolments.append(
                    Enrolment(user_id=user_id, course_key=course_key, enrolled_at=enrolled, last_visited_at=last)
                )
                if done == len(step_keys):
                    completions.append(CourseCompletion(user_id=user_id, course_key=course_key, completed_at=last))
            flush()
        flush(force=True)
        return tuple(totals)
