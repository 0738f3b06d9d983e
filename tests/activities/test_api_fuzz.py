"""Property-based fuzzing of the open data API against its own OpenAPI document
(schemathesis, valid and invalid generated requests through the WSGI app): no
5xx for any request, and every answer's status, content type, headers and body
are the documented ones. Bounded and derandomised: the same examples every run."""

import datetime

import pytest
import schemathesis
from django.utils import timezone
from hypothesis import HealthCheck, Phase, given, settings
from schemathesis.checks import not_a_server_error
from schemathesis.generation import GenerationMode
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from activities.api.openapi import document
from activities.models import Activity, ActivityException, ActivitySession, ActivityTranslation
from associations.models import Association, Municipality, Region

CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
]


@pytest.fixture
def offering(db):
    """A few public activities (ids 1.. are likely to be generated), one with a
    translation, weekly times, a season and a cancelled date, one unpublished."""
    region, _ = Region.objects.get_or_create(code="18", defaults={"name": "Kainuu"})
    kajaani, _ = Municipality.objects.get_or_create(code="205", defaults={"name": "Kajaani", "region": region})
    club = Association.objects.create(slug="club", name="Club", association_type="sports_club", municipality=kajaani)
    today = timezone.localdate()
    football = Activity.objects.create(
        association=club,
        title="Jalkapallo",
        description="<p>Tervetuloa <strong>kaikki</strong></p>",
        hobby_type="football",
        municipality=kajaani,
        languages=["fi", "ar"],
        season_starts=today,
        season_ends=today + datetime.timedelta(days=90),
    )
    ActivitySession.objects.create(activity=football, weekday=1, starts_at="17:00", ends_at="18:30")
    ActivityException.objects.create(activity=football, date=today + datetime.timedelta(days=8), note="Loma")
    ActivityTranslation.objects.create(activity=football, language="ar", title="كرة القدم", description="<p>أهلا</p>")
    Activity.objects.create(association=club, title="Kuoro", hobby_type="music", municipality=kajaani, cost="fee")
    Activity.objects.create(
        association=club, title="Piilossa", hobby_type="dance", municipality=kajaani, published=False
    )
    return football


def _runs():
    """(path, mode, ref) for every documented operation: valid and invalid generated
    requests, and for one activity's URLs also valid requests for an existing activity
    (generated ids are mostly unknown ones). The document needs no database to build."""
    runs = []
    for path, item in sorted(document()["paths"].items()):
        has_parameters = bool(item["get"].get("parameters"))
        runs.append(pytest.param(path, GenerationMode.POSITIVE, False, id=f"{path}-positive"))
        if has_parameters:
            runs.append(pytest.param(path, GenerationMode.NEGATIVE, False, id=f"{path}-negative"))
        if "{ref}" in path:
            runs.append(pytest.param(path, GenerationMode.POSITIVE, True, id=f"{path}-existing"))
    return runs


@pytest.fixture
def application():
    """The project's WSGI app, with connections kept open between requests as
    Django's test client keeps them: the real handler's request_finished would
    close the test's connection inside its transaction (PostgreSQL)."""
    from django.core.signals import request_finished, request_started
    from django.db import close_old_connections

    from training.wsgi import application

    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield application
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


# schemathesis' own pytest integration (from_fixture) does not run under pytest 9
# (it rewrites a node attribute pytest no longer has), so each operation's
# Hypothesis strategy is driven by hand: same generation, same checks.
@pytest.mark.parametrize(("path", "mode", "existing"), _runs())
def test_generated_requests_get_documented_answers_and_never_a_server_error(
    offering, application, path, mode, existing
):
    operation = schemathesis.openapi.from_wsgi("/api/v1/openapi.json", application)[path]["GET"]
    fixed = {"path_parameters": {"ref": offering.pk}} if existing else {}

    @settings(
        max_examples=30,
        derandomize=True,
        deadline=None,
        database=None,
        phases=[Phase.explicit, Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    @given(case=operation.as_strategy(generation_mode=mode, **fixed))
    def answers_as_documented(case):
        response = case.call_and_validate(checks=CHECKS)
        if existing:
            assert response.status_code in (200, 400)

    answers_as_documented()
