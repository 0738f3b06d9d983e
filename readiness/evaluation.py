"""Evaluate an association against the readiness framework, from the data.

Automatic and instant: nothing is cached, each call reads completions,
attendance, uploads and answers as they are now, in a fixed number of
queries (framework, members, completions, enrolments, answers, attendance,
record, approvals, started) whatever the number of members. Each criterion
says exactly what is missing, naming the people concerned.
"""

from collections import defaultdict
from dataclasses import dataclass, field

from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from associations.models import Membership, Role
from courses.models import CourseCompletion, Enrolment
from readiness import queries
from readiness.models import AssociationReadiness, Combine, Criterion, CriterionKind, Framework, SelfAssessmentAnswer
from readiness.statements import STATEMENT_KEYS

MIN_MEASURES_LENGTH = 20


@dataclass(frozen=True)
class CriterionResult:
    criterion: Criterion
    title: str
    met: bool
    summary: str  # where it stands, e.g. "2 of 3 coaches have completed …"
    missing: list[str] = field(default_factory=list)  # what still has to happen

    @property
    def kind(self) -> str:
        return self.criterion.kind


@dataclass(frozen=True)
class Evaluation:
    association: object
    framework: Framework | None
    record: AssociationReadiness | None
    results: list[CriterionResult]
    met: bool
    status: str
    valid_until: object
    approvals: list

    def get_status_display(self) -> str:
        from readiness.models import Status

        return str(Status(self.status).label)

    @property
    def latest_approval(self):
        return self.approvals[0] if self.approvals else None


MAX_NAMES = 8


def join_names(names: list[str]) -> str:
    """'A', 'A and B', 'A, B and C' (translatable conjunction); long lists end in 'and N others'."""
    names = list(names)
    if len(names) > MAX_NAMES:
        others = len(names) - MAX_NAMES
        names = [*names[:MAX_NAMES], ngettext("%(count)d other", "%(count)d others", others) % {"count": others}]
    if len(names) <= 1:
        return "".join(names)
    return _("%(first)s and %(last)s") % {"first": ", ".join(names[:-1]), "last": names[-1]}


def person_name(user) -> str:
    return user.get_full_name() or user.email


def _role_count_text(role: str, done: int, needed: int, course: str) -> str:
    texts = {
        Role.COACH: ngettext(
            "%(done)d of %(needed)d coach has completed %(course)s",
            "%(done)d of %(needed)d coaches have completed %(course)s",
            needed,
        ),
        Role.BOARD_MEMBER: ngettext(
            "%(done)d of %(needed)d board member has completed %(course)s",
            "%(done)d of %(needed)d board members have completed %(course)s",
            needed,
        ),
        Role.CONTACT: ngettext(
            "%(done)d of %(needed)d association contact has completed %(course)s",
            "%(done)d of %(needed)d association contacts have completed %(course)s",
            needed,
        ),
    }
    default = ngettext(
        "%(done)d of %(needed)d member has completed %(course)s",
        "%(done)d of %(needed)d members have completed %(course)s",
        needed,
    )
    return texts.get(role, default) % {"done": done, "needed": needed, "course": course}


def _not_yet(people: list, completed: set, enrolled: set) -> list[str]:
    """'X and Y have not started', 'Z is in progress' for the people who have not completed."""
    not_started = [person_name(m.user) for m in people if m.user_id not in completed and m.user_id not in enrolled]
    in_progress = [person_name(m.user) for m in people if m.user_id not in completed and m.user_id in enrolled]
    lines = []
    if not_started:
        lines.append(
            ngettext("%(names)s has not started", "%(names)s have not started", len(not_started))
            % {"names": join_names(not_started)}
        )
    if in_progress:
        lines.append(
            ngettext("%(names)s is in progress", "%(names)s are in progress", len(in_progress))
            % {"names": join_names(in_progress)}
        )
    return lines


class _Facts:
    """Everything the criteria need, loaded in bulk for a set of associations."""

    def __init__(self, association_ids, framework):
        self.framework = framework
        self.members = defaultdict(list)
        for membership in (
            Membership.objects.filter(association_id__in=association_ids, active=True)
            .select_related("user")
            .order_by("user__last_name", "user__first_name", "user__email")
        ):
            self.members[membership.association_id].append(membership)
        user_ids = {m.user_id for ms in self.members.values() for m in ms}
        keys = queries.framework_course_keys(framework)
        self.completed = defaultdict(set)  # course_key -> user ids
        self.enrolled = defaultdict(set)
        if keys and user_ids:
            for user_id, key in CourseCompletion.objects.filter(course_key__in=keys, user_id__in=user_ids).values_list(
                "user_id", "course_key"
            ):
                self.completed[key].add(user_id)
            for user_id, key in Enrolment.objects.filter(course_key__in=keys, user_id__in=user_ids).values_list(
                "user_id", "course_key"
            ):
                self.enrolled[key].add(user_id)
        self.answers = defaultdict(lambda: defaultdict(set))  # association -> user -> statements
        for association_id, user_id, statement in SelfAssessmentAnswer.objects.filter(
            association_id__in=association_ids, statement__in=STATEMENT_KEYS
        ).values_list("association_id", "user_id", "statement"):
            self.answers[association_id][user_id].add(statement)
        self.attended = None
        if queries.live_reporting is not None and user_ids:
            counts = queries.live_reporting.sessions_attended_by_user(list(user_ids))
            self.attended = {user_id for user_id, count in counts.items() if count}


def _course_result(criterion, members, facts) -> CriterionResult:
    course = criterion.course
    # The course as the person reads it: its translation in the active language when there is one.
    course_title = "“%s”" % (course.localized.title if course else _("a deleted course"))
    key = course.translation_key if course else None
    completed = facts.completed.get(key, set())
    enrolled = facts.enrolled.get(key, set())
    done_people = [m for m in members if m.user_id in completed]
    needed = criterion.threshold
    title = ngettext(
        "At least %(needed)d member has completed %(course)s",
        "At least %(needed)d members have completed %(course)s",
        needed,
    ) % {"needed": needed, "course": course_title}
    summary = [_role_count_text("", min(len(done_people), needed), needed, course_title)]
    missing = []
    met = len(done_people) >= needed
    if not met:
        missing.append(
            ngettext(
                "%(count)d more member must complete %(course)s.",
                "%(count)d more members must complete %(course)s.",
                needed - len(done_people),
            )
            % {"count": needed - len(done_people), "course": course_title}
        )
        missing += _not_yet(members, completed, enrolled)
    if criterion.role and criterion.role_threshold:
        role_members = [m for m in members if m.role == criterion.role]
        role_done = [m for m in role_members if m.user_id in completed]
        role_needed = criterion.role_threshold
        title += " " + ngettext("(%(count)d of them: %(role)s)", "(%(count)d of them: %(role)s)", role_needed) % {
            "count": role_needed,
            "role": Role(criterion.role).label,
        }
        role_text = _role_count_text(criterion.role, min(len(role_done), role_needed), role_needed, course_title)
        summary.append(role_text)
        if len(role_done) < role_needed:
            met = False
            not_yet = _not_yet(role_members, completed, enrolled)
            missing.append(role_text + (": " + "; ".join(not_yet) if not_yet else "") + ".")
            if len(role_members) < role_needed:
                missing.append(
                    ngettext(
                        "The association has only %(count)d member with the role %(role)s.",
                        "The association has only %(count)d members with the role %(role)s.",
                        len(role_members),
                    )
                    % {"count": len(role_members), "role": Role(criterion.role).label}
                )
    return CriterionResult(criterion, title, met, "; ".join(summary) + ".", missing)


def _contacts_result(criterion, members, record) -> CriterionResult:
    member_ids = {m.user_id for m in members}
    missing = []
    for user_id, name_it, gone in (
        (
            record.welcome_contact_id if record else None,
            _("Name the welcome and inclusion contact."),
            _("The welcome and inclusion contact is no longer a member: name another one."),
        ),
        (
            record.harassment_contact_id if record else None,
            _("Name the harassment contact."),
            _("The harassment contact is no longer a member: name another one."),
        ),
    ):
        if user_id is None:
            missing.append(name_it)
        elif user_id not in member_ids:
            missing.append(gone)
    named = 2 - len(missing)
    return CriterionResult(
        criterion,
        _("A welcome and inclusion contact and a harassment contact are named"),
        not missing,
        ngettext("%(count)d of 2 contacts named.", "%(count)d of 2 contacts named.", named) % {"count": named},
        missing,
    )


def _plan_result(criterion, record) -> CriterionResult:
    today = timezone.localdate()
    missing = []
    if not record or not record.plan_file:
        missing.append(_("Upload the equality or inclusion plan (PDF, DOCX or ODT)."))
    if not record or not record.plan_board_approved_on:
        missing.append(_("Give the date the board approved the plan."))
    if not record or not record.plan_review_date:
        missing.append(_("Give the date of the plan's next review."))
    elif record.plan_review_date < today:
        missing.append(_("The plan's review date has passed: review the plan and give the next review date."))
    if not missing:
        summary = _("Plan approved by the board on %(approved)s; next review %(review)s.") % {
            # Prose for people: the reader's date format ("3.10.2026"), not ISO.
            "approved": date_format(record.plan_board_approved_on, "SHORT_DATE_FORMAT"),
            "review": date_format(record.plan_review_date, "SHORT_DATE_FORMAT"),
        }
    else:
        summary = _("The plan is not complete yet.")
    title = _("An equality or inclusion plan is uploaded and approved by the board")
    return CriterionResult(criterion, title, not missing, summary, missing)


def _self_assessment_result(criterion, members, answers) -> CriterionResult:
    needed = max(criterion.threshold, 1)
    complete = [m for m in members if answers.get(m.user_id, set()) >= set(STATEMENT_KEYS)]
    partial = [m for m in members if answers.get(m.user_id) and m not in complete]
    missing = []
    if len(complete) < needed:
        missing.append(
            ngettext(
                "%(count)d more team member must answer every statement.",
                "%(count)d more team members must answer every statement.",
                needed - len(complete),
            )
            % {"count": needed - len(complete)}
        )
        if partial:
            missing.append(
                _("Not finished yet: %(names)s.") % {"names": join_names([person_name(m.user) for m in partial])}
            )
    title = ngettext(
        "A team self-assessment is done by at least %(count)d member",
        "A team self-assessment is done by at least %(count)d members",
        needed,
    ) % {"count": needed}
    summary = ngettext(
        "%(done)d of %(needed)d team member has answered every statement.",
        "%(done)d of %(needed)d team members have answered every statement.",
        needed,
    ) % {"done": min(len(complete), needed), "needed": needed}
    return CriterionResult(criterion, title, not missing, summary, missing)


def _live_result(criterion, members, attended) -> CriterionResult:
    needed = criterion.threshold
    title = ngettext(
        "At least %(count)d member has attended a live training session",
        "At least %(count)d members have attended a live training session",
        needed,
    ) % {"count": needed}
    if attended is None:
        return CriterionResult(
            criterion, title, False, _("Live session attendance cannot be checked yet."),
            [_("Live session attendance cannot be checked yet.")],
        )  # fmt: skip
    done = [m for m in members if m.user_id in attended]
    summary = ngettext(
        "%(done)d of %(needed)d member has attended a live session.",
        "%(done)d of %(needed)d members have attended a live session.",
        needed,
    ) % {"done": min(len(done), needed), "needed": needed}
    missing = []
    if len(done) < needed:
        missing.append(
            ngettext(
                "%(count)d more member must attend a live training session.",
                "%(count)d more members must attend a live training session.",
                needed - len(done),
            )
            % {"count": needed - len(done)}
        )
    return CriterionResult(criterion, title, not missing, summary, missing)


def _measures_result(criterion, record) -> CriterionResult:
    text = record.low_threshold_measures.strip() if record else ""
    met = len(text) >= MIN_MEASURES_LENGTH
    return CriterionResult(
        criterion,
        _("Low-threshold measures are described"),
        met,
        _("Described.") if met else _("Not described yet."),
        [] if met else [ngettext(
            "Describe the low-threshold measures (at least %(count)d character).",
            "Describe the low-threshold measures (at least %(count)d characters).",
            MIN_MEASURES_LENGTH,
        ) % {"count": MIN_MEASURES_LENGTH}],
    )  # fmt: skip


def _evaluate_criterion(criterion, association_id, facts, record) -> CriterionResult:
    members = facts.members.get(association_id, [])
    if criterion.kind == CriterionKind.COURSE_COMPLETED:
        return _course_result(criterion, members, facts)
    if criterion.kind == CriterionKind.CONTACTS_NAMED:
        return _contacts_result(criterion, members, record)
    if criterion.kind == CriterionKind.PLAN_APPROVED:
        return _plan_result(criterion, record)
    if criterion.kind == CriterionKind.SELF_ASSESSMENT:
        return _self_assessment_result(criterion, members, facts.answers.get(association_id, {}))
    if criterion.kind == CriterionKind.LIVE_ATTENDED:
        return _live_result(criterion, members, facts.attended)
    return _measures_result(criterion, record)


def evaluate_many(associations) -> dict[int, Evaluation]:
    """Evaluate several associations at once in a fixed number of queries."""
    associations = list(associations)
    ids = [a.pk for a in associations]
    framework = queries.default_framework()
    criteria = list(framework.criteria.all()) if framework else []
    facts = _Facts(ids, framework)
    records = queries.records_by_association(ids)
    approvals = queries.approvals_by_association(ids)
    started = queries.started_association_ids(ids, framework, records)
    evaluations = {}
    for association in associations:
        record = records.get(association.pk)
        results = [_evaluate_criterion(c, association.pk, facts, record) for c in criteria]
        if not results:
            met = False
        elif framework.combine == Combine.ANY:
            met = any(r.met for r in results)
        else:
            met = all(r.met for r in results)
        history = approvals.get(association.pk, [])
        status, valid_until = queries.derive_status(history, record, association.pk in started)
        evaluations[association.pk] = Evaluation(
            association, framework, record, results, met, status, valid_until, history
        )
    return evaluations


def evaluate(association) -> Evaluation:
    """Evaluate one association: each criterion, what is missing, and the status."""
    return evaluate_many([association])[association.pk]
