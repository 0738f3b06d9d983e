"""Every reports and export URL, asked by each person outside its scope,
answers 404 (GET and POST alike): no existence oracle.

The sweep must name every URL pattern of the app that takes an object;
a new pattern without a row fails `test_sweep_covers_every_scoped_url`.
"""

import pytest
from django.urls import reverse

EVERYONE = {"staff", "coordinator", "coordinator_savo", "contact_a", "contact_b", "learner_a", "learner_b", "outsider"}
OVERSEERS_OF_A = {"staff", "contact_a", "coordinator"}
OVERSEERS_OF_KAINUU = {"staff", "coordinator"}

ASSOCIATION_TABLES = ["matrix", "inactive", "attendance"]
REGION_TABLES = [
    "associations",
    "municipalities",
    "funnel",
    "completions",
    "sessions",
    "funder-summary",
    "funder-participants",
]

# (url name, kwargs from the world, who is in scope)
SWEEP = [
    ("association", lambda w: {"slug": w.a.slug}, OVERSEERS_OF_A),
    ("remind", lambda w: {"slug": w.a.slug}, OVERSEERS_OF_A),
    ("region", lambda w: {"region_id": w.kainuu.pk}, OVERSEERS_OF_KAINUU),
    ("funder", lambda w: {"region_id": w.kainuu.pk}, OVERSEERS_OF_KAINUU),
]
for _table in ASSOCIATION_TABLES:
    for _fmt in ("csv", "xlsx"):
        SWEEP.append(
            (
                "association_export",
                lambda w, t=_table, f=_fmt: {"slug": w.a.slug, "table": t, "fmt": f},
                OVERSEERS_OF_A,
            )
        )
for _table in REGION_TABLES:
    for _fmt in ("csv", "xlsx"):
        SWEEP.append(
            (
                "region_export",
                lambda w, t=_table, f=_fmt: {"region_id": w.kainuu.pk, "table": t, "fmt": f},
                OVERSEERS_OF_KAINUU,
            )
        )
NOT_SCOPED = {"index"}  # lists only what the person may open

# Course analytics: trainers, staff and coordinators (who see only members of
# the associations they oversee); contacts, learners and outsiders get 404.
# The kwargs come from the `courses` fixture, so these rows have their own tests.
COURSE_ANALYSTS = {"staff", "coordinator", "coordinator_savo"}
COURSE_SWEEP = [
    ("courses", lambda c: {}, COURSE_ANALYSTS),
    ("course", lambda c: {"course_key": c[0].course.translation_key}, COURSE_ANALYSTS),
    *[("courses_export", lambda c, f=f: {"fmt": f}, COURSE_ANALYSTS) for f in ("csv", "xlsx")],
    *[
        ("course_export", lambda c, f=f: {"course_key": c[0].course.translation_key, "fmt": f}, COURSE_ANALYSTS)
        for f in ("csv", "xlsx")
    ],
]


def test_sweep_covers_every_scoped_url():
    from reports import urls

    swept = {name for name, _k, _a in SWEEP + COURSE_SWEEP}
    assert {p.name for p in urls.urlpatterns} - swept - NOT_SCOPED == set()


@pytest.mark.parametrize(
    ("name", "kwargs_from", "person"),
    [
        pytest.param(name, kwargs, person, id=f"{name}-{i}-{person}")
        for i, (name, kwargs, allowed) in enumerate(COURSE_SWEEP)
        for person in sorted(EVERYONE - allowed)
    ],
)
@pytest.mark.parametrize("method", ["get", "post"])
def test_person_outside_course_analytics_gets_404(client, world, courses, name, kwargs_from, person, method):
    client.force_login(world.people[person])
    response = getattr(client, method)(reverse(f"reports:{name}", kwargs=kwargs_from(courses)))
    assert response.status_code == 404


@pytest.mark.parametrize(("name", "kwargs_from", "allowed"), COURSE_SWEEP, ids=[s[0] for s in COURSE_SWEEP])
def test_course_analysts_get_the_page_or_file(client, world, courses, name, kwargs_from, allowed):
    for person in sorted(allowed):
        client.force_login(world.people[person])
        assert client.get(reverse(f"reports:{name}", kwargs=kwargs_from(courses))).status_code == 200


CASES = [
    pytest.param(name, kwargs, person, id=f"{name}-{i}-{person}")
    for i, (name, kwargs, allowed) in enumerate(SWEEP)
    for person in sorted(EVERYONE - allowed)
]


@pytest.mark.parametrize(("name", "kwargs_from", "person"), CASES)
@pytest.mark.parametrize("method", ["get", "post"])
def test_person_outside_the_scope_gets_404(client, world, name, kwargs_from, person, method):
    client.force_login(world.people[person])
    response = getattr(client, method)(reverse(f"reports:{name}", kwargs=kwargs_from(world)))
    # POST-only views answer GET with 405 before looking anything up; that reveals nothing.
    assert response.status_code in ({404, 405} if method == "get" and name == "remind" else {404})


@pytest.mark.parametrize(("name", "kwargs_from", "allowed"), SWEEP[:4], ids=[s[0] for s in SWEEP[:4]])
def test_anonymous_visitor_is_sent_to_login(client, world, name, kwargs_from, allowed):
    response = client.get(reverse(f"reports:{name}", kwargs=kwargs_from(world)))
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


@pytest.mark.parametrize(("name", "kwargs_from", "allowed"), [s for s in SWEEP if s[0] != "remind"])
def test_people_in_scope_get_the_page_or_file(client, world, name, kwargs_from, allowed):
    for person in sorted(allowed):
        client.force_login(world.people[person])
        assert client.get(reverse(f"reports:{name}", kwargs=kwargs_from(world))).status_code == 200


def test_contact_of_another_association_in_the_same_region_gets_404(client, world):
    client.force_login(world.contact_b)
    assert client.get(reverse("reports:association", args=[world.a.slug])).status_code == 404


def test_coordinator_of_another_region_cannot_open_an_association_here(client, world):
    client.force_login(world.coordinator_savo)
    assert client.get(reverse("reports:association", args=[world.a.slug])).status_code == 404


def test_anonymous_visitor_is_sent_to_login_from_course_analytics(client, world, courses):
    response = client.get(reverse("reports:course", args=[courses[0].course.translation_key]))
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]
