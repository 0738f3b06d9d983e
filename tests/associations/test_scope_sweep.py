"""Every object-scoped URL of `associations`, asked by each person outside its
scope, answers 404 — for GET and POST alike, so there is no existence oracle.

This module also holds the project-wide check: every URL pattern of every app
that takes an object id, slug, uuid or token is in a sweep table (this one,
tests/{readiness,reports,quizzes,live,badges}/test_scope_sweep.py) or in the
commented list of URLs that are open by design; a new pattern in neither
fails `test_sweep_covers_every_scoped_url`.
"""

import pytest
from django.urls import reverse

EVERYONE = {"staff", "coordinator", "coordinator_savo", "contact_a", "contact_b", "learner_a", "learner_b", "outsider"}
MANAGERS_OF_A = {"staff", "contact_a"}
OVERSEERS_OF_A = {"staff", "contact_a", "coordinator"}
MEMBERS_OF_A = {"contact_a", "learner_a"}

# url name -> (kwargs from the world, who is in scope)
SWEEP = {
    "members": (lambda w: {"slug": w.a.slug}, OVERSEERS_OF_A),
    "edit": (lambda w: {"slug": w.a.slug}, MANAGERS_OF_A),
    "invite": (lambda w: {"slug": w.a.slug}, MANAGERS_OF_A),
    "rotate_invite_link": (lambda w: {"slug": w.a.slug}, MANAGERS_OF_A),
    "disable_invite_link": (lambda w: {"slug": w.a.slug}, MANAGERS_OF_A),
    "change_role": (lambda w: {"slug": w.a.slug, "pk": w.membership_learner_a.pk}, MANAGERS_OF_A),
    "remove_member": (lambda w: {"slug": w.a.slug, "pk": w.membership_learner_a.pk}, MANAGERS_OF_A),
    "revoke_invitation": (lambda w: {"slug": w.a.slug, "pk": w.invitation_a.pk}, MANAGERS_OF_A),
    "decide_join_request": (lambda w: {"slug": w.a.slug, "pk": w.join_request_a.pk}, MANAGERS_OF_A),
    "leave": (lambda w: {"slug": w.a.slug}, MEMBERS_OF_A),
    "audit_log": (lambda w: {"slug": w.a.slug}, MANAGERS_OF_A),
}
# The project-wide coverage check: every URL pattern of every app that takes an
# object id, slug, uuid or token is either swept (one of the sweep tables, which
# ask it as every person outside its scope) or listed below with the reason it
# is open. A new pattern in neither fails `test_sweep_covers_every_scoped_url`.
EXEMPT = {
    # Public association page, and asking to join it (the person's own request).
    "associations:detail": "public",
    "associations:request_to_join": "own action",
    # The token in the URL is the credential; a wrong one answers 404.
    "associations:join_by_link": "token",
    "associations:accept_invitation": "token",
    "live:feed": "token",
    "notifications:unsubscribe": "token",
    "activities:try_status": "token",
    # Asking to try a public activity (no account needed), and the public activity page
    # (Activity.objects.public(); an unpublished one answers 404, tests/activities/test_offering.py).
    "activities:try_request": "public",
    "activities:detail": "public",
    # The welcoming directory is public.
    "readiness:profile": "public",
    # Course, quiz and session pages are public course steps; these act only
    # on the person's own enrolment, progress, attempt or registration.
    "courses:enrol": "own action",
    "courses:continue": "own action",
    "courses:complete_step": "own action",
    "courses:save_reflection": "own action",
    "quizzes:start": "own action",
    "live:register": "own action",
    "live:check_in": "own action",
    "live:ics": "public",
    # Open Badges verification is public by design (hosted assertions, criteria).
    "badges:verify": "public",
    "badges:criteria": "public",
    # The open data API: public activities only, by Activity.objects.public() (tests/activities/test_api.py).
    "activities_api:activity": "public",
    "activities_api:schedule": "public",
    "activities_api:not_found": "public",
}
# Every hosted Open Badges document (issuer, classes, assertions, credentials,
# keys, status list) must be readable by anyone who holds the badge's URL.
EXEMPT_NAMESPACES = {"openbadges"}
# Swept in their own test modules.
SWEPT_ELSEWHERE = {
    # The learner's own award only (another person's or a revoked award: 404).
    "badges:add_to_wallet": "tests/badges/test_oid4vci_flow.py",
    # The owner's award, or the readiness award of an association the person manages (others, revoked: 404).
    "badges:certificate": "tests/badges/test_certificates.py",
    "associations:import_upload": "tests/associations/test_import_views.py",
    "associations:import_preview": "tests/associations/test_import_views.py",
    "associations:import_confirm": "tests/associations/test_import_views.py",
    # A person's own notifications: someone else's id answers 404.
    "notifications:mark_read": "tests/notifications/test_views.py",
    "notifications:open": "tests/notifications/test_views.py",
    # An association's activities: its contacts and staff only (others, plain members: 404).
    "activities:add": "tests/activities/test_manage.py",
    "activities:edit": "tests/activities/test_manage.py",
    # Newcomers' try requests: the association's contacts and the region's coordinators only.
    "activities:try_detail": "tests/activities/test_tryouts/test_inbox.py",
    "activities:try_answer": "tests/activities/test_tryouts/test_inbox.py",
    "activities:try_outcome": "tests/activities/test_tryouts/test_inbox.py",
    "activities:try_delete": "tests/activities/test_tryouts/test_inbox.py",
}


def _object_scoped_url_names() -> set[str]:
    """namespace:name of every URL pattern of a project app (any namespace, so a new
    app is covered too) whose route takes a value."""
    from django.conf import settings
    from django.urls import URLPattern, URLResolver, get_resolver

    def of_project(pattern) -> bool:
        return pattern.callback.__module__.split(".")[0] in settings.PROJECT_APPS

    names = set()

    def walk(patterns, namespace):
        for entry in patterns:
            if isinstance(entry, URLResolver):  # an include, or the language prefix around them
                walk(entry.url_patterns, entry.namespace or namespace)
            elif isinstance(entry, URLPattern) and of_project(entry) and "<" in str(entry.pattern):
                names.add(f"{namespace}:{entry.name}")

    walk(get_resolver().url_patterns, None)
    return names


def _swept_url_names() -> set[str]:
    import tests.badges.test_scope_sweep as badges
    import tests.live.test_scope_sweep as live
    import tests.quizzes.test_scope_sweep as quizzes
    import tests.readiness.test_scope_sweep as readiness
    import tests.reports.test_scope_sweep as reports

    return (
        {f"associations:{name}" for name in SWEEP}
        | {f"readiness:{name}" for name in readiness.SWEEP}
        | {f"reports:{name}" for name, _kwargs, _allowed in reports.SWEEP + reports.COURSE_SWEEP}
        | {f"quizzes:{name}" for name in quizzes.SWEEP}
        | {f"live:{name}" for name in live.SWEEP}
        | {f"badges:{name}" for name in badges.SWEEP}
    )


def test_sweep_covers_every_scoped_url():
    scoped = _object_scoped_url_names()
    assert {"associations:members", "live:participants", "openbadges:assertion"} <= scoped  # the walk works
    open_by_design = set(EXEMPT) | set(SWEPT_ELSEWHERE)
    unswept = {
        name for name in scoped - _swept_url_names() - open_by_design if name.split(":")[0] not in EXEMPT_NAMESPACES
    }
    assert unswept == set()


def test_sweep_tables_and_exemptions_name_only_existing_urls():
    from django.urls import NoReverseMatch, reverse

    stale = []
    for name in _swept_url_names() | set(EXEMPT) | set(SWEPT_ELSEWHERE):
        try:
            reverse(name)
        except NoReverseMatch as error:
            # A pattern that exists but needs arguments says so; a missing name does not.
            if "is not a valid view function or pattern name" in str(error):
                stale.append(name)
    assert stale == []


CASES = [(name, person) for name, (_kwargs, allowed) in SWEEP.items() for person in sorted(EVERYONE - allowed)]


@pytest.mark.parametrize(("name", "person"), CASES)
@pytest.mark.parametrize("method", ["get", "post"])
def test_person_outside_the_scope_gets_404(client, world, name, person, method):
    kwargs_from, _allowed = SWEEP[name]
    url = reverse(f"associations:{name}", kwargs=kwargs_from(world))
    client.force_login(world.people[person])
    response = getattr(client, method)(url)
    # Views that accept only POST answer GET with 405 before looking anything up;
    # that reveals nothing about the object, so it counts as closed.
    allowed_statuses = {404} if method == "post" else {404, 405}
    assert response.status_code in allowed_statuses


@pytest.mark.parametrize("name", ["change_role", "remove_member"])
def test_contact_cannot_reach_a_membership_of_another_association_through_their_own(client, world, name):
    client.force_login(world.contact_a)
    url = reverse(f"associations:{name}", kwargs={"slug": world.a.slug, "pk": world.membership_learner_b.pk})
    assert client.post(url, {"role": "coach"}).status_code == 404
    world.membership_learner_b.refresh_from_db()
    assert world.membership_learner_b.active and world.membership_learner_b.role == "member"


@pytest.mark.parametrize("name", sorted(SWEEP))
def test_anonymous_visitor_is_sent_to_login(client, world, name):
    kwargs_from, _allowed = SWEEP[name]
    response = client.post(reverse(f"associations:{name}", kwargs=kwargs_from(world)))
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]


@pytest.mark.parametrize("person", sorted(OVERSEERS_OF_A))
def test_people_in_scope_see_the_member_list(client, world, person):
    client.force_login(world.people[person])
    response = client.get(reverse("associations:members", kwargs={"slug": world.a.slug}))
    assert response.status_code == 200
    assert world.learner_a.email in response.content.decode()
