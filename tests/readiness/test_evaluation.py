from datetime import timedelta

from django.utils import timezone

from readiness import services
from readiness.evaluation import evaluate
from readiness.models import Combine, CriterionKind
from readiness.statements import STATEMENT_KEYS
from tests.readiness.conftest import complete, enrol
from tests.readiness.helpers import meet_everything


def result(evaluation, kind):
    return next(r for r in evaluation.results if r.kind == kind)


def test_nothing_done_is_not_started(world, team):
    evaluation = evaluate(world.a)
    assert evaluation.status == "not_started"
    assert not evaluation.met


def test_course_criterion_names_the_coaches_who_have_not_completed(world, team, course):
    complete(team.xena, course)
    enrol(team.yusuf, course)
    course_result = result(evaluate(world.a), CriterionKind.COURSE_COMPLETED)
    assert not course_result.met
    assert "1 of 2 coaches have completed “Inclusive sports club”" in course_result.summary
    assert "2 more members must complete “Inclusive sports club”." in course_result.missing
    role_line = next(line for line in course_result.missing if line.startswith("1 of 2 coaches"))
    assert "Zoe Coach has not started" in role_line
    assert "Yusuf Coach is in progress" in role_line


def test_course_criterion_needs_the_role_threshold_as_well_as_the_count(world, team, course):
    for user in (team.xena, team.bo, world.learner_a):
        complete(user, course)
    course_result = result(evaluate(world.a), CriterionKind.COURSE_COMPLETED)
    assert not course_result.met
    assert any("1 of 2 coaches" in line for line in course_result.missing)


def test_course_criterion_met_with_three_members_two_coaches(world, team, course):
    for user in (team.xena, team.yusuf, team.bo):
        complete(user, course)
    assert result(evaluate(world.a), CriterionKind.COURSE_COMPLETED).met


def test_completion_of_a_member_who_left_does_not_count(world, team, course):
    for user in (team.xena, team.yusuf, team.bo):
        complete(user, course)
    team.yusuf.memberships.update(active=False)
    assert not result(evaluate(world.a), CriterionKind.COURSE_COMPLETED).met


def test_contacts_criterion_says_which_contact_is_missing(world, team):
    services.name_contacts(world.a, world.contact_a, welcome_contact=team.xena, harassment_contact=None)
    contacts = result(evaluate(world.a), CriterionKind.CONTACTS_NAMED)
    assert contacts.missing == ["Name the harassment contact."]


def test_plan_with_a_past_review_date_is_not_met(world, team, course):
    meet_everything(world, team, course)
    record = evaluate(world.a).record
    record.plan_review_date = timezone.localdate() - timedelta(days=1)
    record.save()
    plan = result(evaluate(world.a), CriterionKind.PLAN_APPROVED)
    assert not plan.met
    assert "review date has passed" in plan.missing[0]


def test_self_assessment_counts_only_members_who_answered_every_statement(world, team):
    services.save_self_assessment(world.a, team.xena, dict.fromkeys(STATEMENT_KEYS, 4))
    services.save_self_assessment(world.a, team.yusuf, {STATEMENT_KEYS[0]: 2})
    assessment = result(evaluate(world.a), CriterionKind.SELF_ASSESSMENT)
    assert assessment.summary == "1 of 3 team members have answered every statement."
    assert "Not finished yet: Yusuf Coach." in assessment.missing


def test_everything_met_in_all_mode(world, team, course):
    meet_everything(world, team, course)
    evaluation = evaluate(world.a)
    assert evaluation.met
    assert evaluation.status == "in_progress"


def test_any_mode_needs_one_criterion(world, team, framework):
    framework.combine = Combine.ANY
    framework.save()
    services.save_measures(
        world.a, world.contact_a, measures="Loan equipment for everyone who needs it.", public_summary=""
    )
    assert evaluate(world.a).met


def test_evaluation_uses_the_same_number_of_queries_for_2_and_30_members(world, team, course):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from associations.models import Membership
    from tests.factories import UserFactory

    counts = []
    for start, end in ((0, 2), (2, 30)):
        for n in range(start, end):
            user = UserFactory(email=f"m{n}@example.org")
            Membership.objects.create(user=user, association=world.a)
            complete(user, course)
        services.save_self_assessment(world.a, user, dict.fromkeys(STATEMENT_KEYS, 3))
        with CaptureQueriesContext(connection) as queries:
            evaluate(world.a)
        counts.append(len(queries))
    assert counts[0] == counts[1]
