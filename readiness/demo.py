"""Demo readiness for `seed_demo`: the Kainuu associations at every status.

- Kainuun Tanssiseura: approved (through the service, so `readiness_approved`
  fires and the badge is issued) and shown in the public directory;
- Sotkamon Salibandy: every criterion met, ready for review;
- Kuhmon kamarikuoro: approved three years ago, lapsed;
- Kajaanin Palloseura (contact@example.org): in progress, with courses done
  and two self-assessment answers, so the contact can finish the checklist;
- Sotkamon Hiihtäjät: in progress (measures described); the rest: not started.

Idempotent: evidence is written only where missing, decisions only once.
Progress goes through `courses.services` as in courses/demo.py; where a course
has other required steps (quizzes, live sessions) the completion row is
written directly so that the readiness demo does not depend on them.
"""

from datetime import timedelta

from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.utils import timezone

from associations.models import Association, Role
from associations.services import add_member
from courses import services as course_services
from courses.models import CourseCompletion, LessonPage
from readiness import services
from readiness.models import (
    Approval,
    AssociationReadiness,
    Criterion,
    CriterionKind,
    Framework,
    ReadinessEvent,
    SelfAssessmentAnswer,
)
from readiness.permissions import sync_coordinator_group
from readiness.statements import STATEMENT_KEYS

COURSE = "uudet-jasenet-tervetulleiksi"  # "Welcoming newcomers into your association"
DOMAIN = "demo.kohtaamo.example"

# Extra fictional members so that teams of three can self-assess.
EXTRA_MEMBERS = {
    "kainuun-tanssiseura": [("amir.k", "Amir", "Karimi", Role.COACH), ("leena.h", "Leena", "Heikkinen", Role.BOARD_MEMBER)],
    "sotkamon-salibandy": [("jussi.v", "Jussi", "Väisänen", Role.COACH), ("aino.m", "Aino", "Mustonen", Role.BOARD_MEMBER)],
    "kuhmon-kamarikuoro": [("sofia.l", "Sofia", "Lindqvist", Role.COACH)],
}  # fmt: skip

# Who has completed the welcoming course, by association (local part of the e-mail).
COMPLETED = {
    "kajaanin-palloseura": ["ahmed.ali", "juha.m", "sanna.k"],
    "kainuun-tanssiseura": ["maryam.r", "amir.k", "leena.h"],
    "sotkamon-salibandy": ["teemu.k", "jussi.v", "aino.m"],
}
ATTENDED = {
    "kajaanin-palloseura": ["ahmed.ali", "juha.m"],
    "kainuun-tanssiseura": ["maryam.r", "amir.k"],
    "sotkamon-salibandy": ["teemu.k", "jussi.v"],
}
ASSESSED = {
    "kajaanin-palloseura": ["ahmed.ali", "sanna.k"],  # the contact answers the third
    "kainuun-tanssiseura": ["maryam.r", "amir.k", "leena.h"],
    "sotkamon-salibandy": ["teemu.k", "jussi.v", "aino.m"],
}
# (welcome contact, harassment contact)
CONTACTS = {
    "kainuun-tanssiseura": ("maryam.r", "leena.h"),
    "sotkamon-salibandy": ("teemu.k", "aino.m"),
}
MEASURES = {
    "kajaanin-palloseura": "Lainavarusteet, ensimmäinen kuukausi maksutta, kaveri ensimmäisiin harjoituksiin.",
    "sotkamon-hiihtajat": "Lainasukset uusille harrastajille ja hiihtokoulu englanniksi.",
    "kainuun-tanssiseura": "Ensimmäinen kerta maksutta, ohjaus suomeksi, englanniksi ja persiaksi, maksuapu.",
    "sotkamon-salibandy": "Lainamailat, vuorot myös arabiaksi, maksuvapautus perheille, jotka sitä tarvitsevat.",
}
PUBLIC_SUMMARY = {
    "kainuun-tanssiseura": "Kansantanssia ja maailman tansseja kaikille. Tule kokeilemaan: ensimmäinen kerta on ilmainen.",
}

# A one-page PDF: enough for the file checks (starts with %PDF-).
DEMO_PDF = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
    b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
)


def seed(context: dict) -> None:
    users = context.get("users", {})
    associations = context.get("associations") or {a.slug: a for a in Association.objects.all()}
    course = (context.get("courses") or {}).get(COURSE)
    coordinator = users.get("coordinator@example.org")
    if coordinator is not None:
        sync_coordinator_group(coordinator)
    if course is None or "kajaanin-palloseura" not in associations:
        return
    people = _members(associations)
    session = _live_session()
    framework = _framework(course, with_live=session is not None)
    for locals_ in COMPLETED.values():
        for local in locals_:
            _complete(people[local], course)
    if session is not None:
        from live.services import record_attendance

        for locals_ in ATTENDED.values():
            for local in locals_:
                record_attendance(people[local], session, method="trainer")
    for slug, locals_ in ASSESSED.items():
        for index, local in enumerate(locals_):
            _assess(associations[slug], people[local], index)
    for slug, text in MEASURES.items():
        record = AssociationReadiness.objects.filter(association=associations[slug]).first()
        if record is None or not record.low_threshold_measures:
            services.save_measures(associations[slug], None, measures=text, public_summary=PUBLIC_SUMMARY.get(slug, ""))
    for slug, (welcome, harassment) in CONTACTS.items():
        _evidence(associations[slug], people[welcome], people[harassment])
    _submit(associations["sotkamon-salibandy"], people["teemu.k"])
    if _submit(associations["kainuun-tanssiseura"], people["maryam.r"]):
        services.approve(associations["kainuun-tanssiseura"], coordinator, "Hienoa työtä – tervetuloa hakemistoon!")
    _lapsed(associations["kuhmon-kamarikuoro"], framework, coordinator)


def _members(associations) -> dict:
    User = get_user_model()
    for slug, extra in EXTRA_MEMBERS.items():
        for local, first, last, role in extra:
            person, created = User.objects.get_or_create(
                email=f"{local}@{DOMAIN}", defaults={"first_name": first, "last_name": last}
            )
            if created:
                person.set_unusable_password()
                person.save(update_fields=["password"])
            add_member(associations[slug], person, role)
    return {user.email.split("@")[0]: user for user in User.objects.filter(email__endswith=f"@{DOMAIN}")}


def _live_session():
    """A live session to attend, when the live demo made one."""
    try:
        from live.models import LiveSessionPage
    except ImportError:  # pragma: no cover
        return None
    return LiveSessionPage.objects.filter(starts_at__lt=timezone.now()).order_by("starts_at").first()


def _framework(course, *, with_live: bool) -> Framework:
    """The default framework with the welcoming course criterion (3 members, 2 of them coaches)."""
    framework = Framework.objects.filter(is_default=True).first()
    if framework is None:
        framework = Framework.objects.create(name="Ready to welcome", reminder_days=[90, 30], is_default=True)
    kinds = {c.kind: c for c in framework.criteria.all()}
    wanted = [
        (CriterionKind.COURSE_COMPLETED, {"threshold": 3, "course": course, "role": Role.COACH, "role_threshold": 2}),
        (CriterionKind.CONTACTS_NAMED, {}),
        (CriterionKind.PLAN_APPROVED, {}),
        (CriterionKind.SELF_ASSESSMENT, {"threshold": 3}),
        (CriterionKind.LIVE_ATTENDED, {"threshold": 2}),
        (CriterionKind.MEASURES_DESCRIBED, {}),
    ]
    for order, (kind, fields) in enumerate(wanted):
        if kind == CriterionKind.LIVE_ATTENDED and not with_live:
            # Without demo live sessions nobody could attend one: leave the criterion out.
            Criterion.objects.filter(framework=framework, kind=kind).delete()
            continue
        if kind not in kinds:
            Criterion.objects.create(framework=framework, kind=kind, sort_order=order, **fields)
    return framework


def _complete(user, course) -> None:
    for lesson in LessonPage.objects.live().descendant_of(course).order_by("path"):
        course_services.complete_step(user, lesson)
    CourseCompletion.objects.get_or_create(user=user, course_key=course.translation_key)


def _assess(association, user, index: int) -> None:
    if SelfAssessmentAnswer.objects.filter(association=association, user=user).exists():
        return
    ratings = {key: 2 + (index + position) % 3 for position, key in enumerate(STATEMENT_KEYS)}
    services.save_self_assessment(association, user, ratings)


def _evidence(association, welcome, harassment) -> None:
    record = AssociationReadiness.objects.filter(association=association).first()
    if record is None or not record.welcome_contact_id:
        services.name_contacts(association, None, welcome_contact=welcome, harassment_contact=harassment)
    if record is None or not record.plan_file:
        today = timezone.localdate()
        services.save_plan(
            association,
            None,
            upload=ContentFile(DEMO_PDF, name="yhdenvertaisuussuunnitelma.pdf"),
            board_approved_on=today - timedelta(days=60),
            review_date=today + timedelta(days=365),
        )


def _submit(association, actor) -> bool:
    """Submit once: True when this run submitted it."""
    record = AssociationReadiness.objects.get(association=association)
    if record.submitted_at is not None or Approval.objects.filter(association=association).exists():
        return False
    services.submit_for_review(association, actor)
    return True


def _lapsed(association, framework, coordinator) -> None:
    """A past approval whose validity ended a month ago (history, written as it was)."""
    if Approval.objects.filter(association=association).exists():
        return
    ended = timezone.localdate() - timedelta(days=30)
    approved_at = timezone.now() - timedelta(days=30 + 365 * framework.validity_years)
    Approval.objects.create(
        association=association,
        framework=framework,
        approved_by=coordinator,
        approved_at=approved_at,
        valid_until=ended,
    )
    ReadinessEvent.objects.create(
        association=association, kind=ReadinessEvent.Kind.APPROVED, actor=coordinator, created_at=approved_at
    )
    ReadinessEvent.objects.create(association=association, kind=ReadinessEvent.Kind.LAPSED, comment=ended.isoformat())
