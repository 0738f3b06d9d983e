"""What each app's section of the personal-data download holds, for a learner
with data; that the labels are in the page's language; that nobody else's
rows appear; and that the download is a dated attachment."""

import json
import re

import pytest
from django.http import QueryDict
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy

import audit
from accounts import personal_data
from associations.models import MemberImport
from badges.models import AwardEvent
from courses.models import Reflection
from live.models import Attendance, CalendarFeed, Registration
from quizzes import services as quiz_services
from tests.accounts.conftest import url
from tests.associations.factories import AssociationFactory
from tests.badges.factories import PersonAwardFactory
from tests.courses.factories import build_course_tree, record_progress
from tests.factories import UserFactory
from tests.live.factories import LiveSessionIndexPageFactory, LiveSessionPageFactory
from tests.quizzes.factories import QuizPageFactory, single
from tests.readiness.factories import AssociationReadinessFactory, SelfAssessmentAnswerFactory
from tests.reports.factories import ReminderFactory

pytestmark = pytest.mark.django_db


def section(user, key):
    return personal_data.collect_personal_data(user)[key]["data"]


@pytest.fixture
def other(db):
    return UserFactory(email="olli@example.org", first_name="Olli")


@pytest.fixture
def course_tree(site_pages):
    return build_course_tree(site_pages, modules=1, lessons=2, title="Vastaanotto")


@pytest.fixture
def with_course_data(course_tree):
    def add(user, text):
        record_progress(user, course_tree, lessons=1)
        lesson = course_tree.lessons[0]
        Reflection.objects.create(user=user, step_key=lesson.translation_key, block_id="r1", text=text)

    return add


@pytest.fixture
def quiz(course_tree):
    return QuizPageFactory(parent=course_tree.modules[0], questions=[single()])


@pytest.fixture
def live_session(site_pages):
    index = LiveSessionIndexPageFactory(parent=site_pages)
    return LiveSessionPageFactory(parent=index, title="Tervetuloa-ilta")


def test_courses_section_has_enrolments_completed_steps_and_reflections(learner, with_course_data, course_tree):
    with_course_data(learner, "Muistan oman ensimmäisen kertani.")
    data = section(learner, "courses")
    assert [e["course"] for e in data["enrolments"]] == ["Vastaanotto"]
    assert [s["step"] for s in data["completed_steps"]] == [course_tree.lessons[0].title]
    assert [r["text"] for r in data["reflections"]] == ["Muistan oman ensimmäisen kertani."]


def test_quizzes_section_has_the_attempt_with_the_question_and_the_answer_given(learner, quiz):
    attempt = quiz_services.start_attempt(learner, quiz)
    quiz_services.submit_attempt(learner, attempt.public_id, QueryDict("q-q-single=q-single-1&sequence=1"))
    [row] = section(learner, "quizzes")
    [question] = row["questions"]
    assert row["quiz"] == "Tietovisa" and row["state"] == "graded"
    assert question["prompt"] == "Mikä auttaa uutta jäsentä eniten?"
    assert question["answer"] == "q-single-1"
    assert question["answer_text"] == ["Pitkä sääntöluettelo"]


def test_live_section_has_registration_attendance_and_feed_but_not_the_feed_token(learner, live_session):
    Registration.objects.create(session=live_session, user=learner, status="registered")
    Attendance.objects.create(session=live_session, user=learner, method="code")
    feed = CalendarFeed.objects.create(user=learner)
    data = section(learner, "live")
    assert [r["session"]["title"] for r in data["registrations"]] == ["Tervetuloa-ilta"]
    assert [a["method"] for a in data["attendance"]] == ["code"]
    assert [f["active"] for f in data["calendar_feeds"]] == [True]
    assert feed.token not in json.dumps(personal_data.collect_personal_data(learner), default=str)


def test_readiness_section_has_self_assessment_answers_and_contact_roles(learner):
    association = AssociationFactory(name="Kajaanin Kisa")
    SelfAssessmentAnswerFactory(user=learner, association=association, statement="welcome", rating=3)
    AssociationReadinessFactory(association=association, welcome_contact=learner, welcome_contact_phone="040 123")
    data = section(learner, "readiness")
    assert [(a["association"], a["rating"]) for a in data["self_assessment_answers"]] == [("Kajaanin Kisa", 3)]
    assert data["contact_roles"] == [{"association": "Kajaanin Kisa", "role": "welcome", "phone": "040 123"}]


def test_reminders_section_has_the_reminders_received(learner):
    ReminderFactory(user=learner, association=AssociationFactory(name="Kajaanin Kisa"))
    assert [r["association"] for r in section(learner, "reminders")["received"]] == ["Kajaanin Kisa"]


def test_audit_section_has_the_events_about_the_person(learner):
    audit.record(audit.Action.PERSONAL_DATA_DOWNLOADED, actor=learner, subject=learner)
    [event] = section(learner, "audit")
    assert event["action"] == "account.personal_data_downloaded"
    assert event["done_by_you"] and event["concerning_you"]


def test_association_contact_section_has_the_member_imports_uploaded(learner):
    association = AssociationFactory(name="Kajaanin Kisa")
    MemberImport.objects.create(association=association, uploaded_by=learner, filename="jasenet.csv", rows=[{}])
    [row] = section(learner, "association_contact")["member_imports"]
    assert (row["association"], row["filename"], row["rows"]) == ("Kajaanin Kisa", "jasenet.csv", 1)


def test_badges_handled_section_has_the_awards_the_person_revoked(learner, other):
    award = PersonAwardFactory(recipient_user=other)
    AwardEvent.objects.create(award=award, action=AwardEvent.Action.REVOKED, actor=learner, reason="Annettu vahingossa")
    [row] = section(learner, "badges_handled")
    assert (row["action"], row["reason"]) == ("revoked", "Annettu vahingossa")
    assert "Olli" not in json.dumps(row)


def test_download_holds_none_of_another_persons_rows(client, learner, other, with_course_data, live_session):
    with_course_data(other, "OLLIN-POHDINTA")
    Registration.objects.create(session=live_session, user=other, status="registered")
    SelfAssessmentAnswerFactory(user=other)
    ReminderFactory(user=other)
    client.force_login(learner)
    data = json.loads(client.get(url("accounts:personal_data_download")).content)
    assert "OLLIN-POHDINTA" not in json.dumps(data)
    assert data["courses"]["data"]["enrolments"] == []
    assert data["live"]["data"]["registrations"] == []
    assert data["readiness"]["data"]["self_assessment_answers"] == []
    assert data["reminders"]["data"]["received"] == []


def test_download_labels_are_in_the_language_of_the_page(client, learner):
    client.force_login(learner)
    data = json.loads(client.get(url("accounts:personal_data_download", "fi")).content)
    with translation.override("fi"):
        expected = {s.key: str(s.label) for s in personal_data.sections()}
    assert {key: value["label"] for key, value in data.items()} == expected
    assert data["profile"]["label"] == "Profiili"


def test_download_starts_with_the_profile(client, learner):
    client.force_login(learner)
    data = json.loads(client.get(url("accounts:personal_data_download")).content)
    assert next(iter(data)) == "profile"


def test_data_page_lists_the_section_labels_in_the_language_of_the_page(client, learner, site_pages):
    client.force_login(learner)
    content = client.get(url("accounts:personal_data", "fi")).content.decode()
    with translation.override("fi"):
        labels = [str(s.label) for s in personal_data.sections() if s.key != "profile"]
    assert all(f"<li>{label}</li>" in content for label in labels)
    assert "<li>Osaamismerkit</li>" in content
    assert "coordinated_regions" not in content


def test_download_is_an_attachment_with_a_dated_filename(client, learner):
    client.force_login(learner)
    response = client.get(url("accounts:personal_data_download"))
    today = timezone.localdate().isoformat()
    assert response["Content-Disposition"] == f'attachment; filename="kohtaamo-my-data-{today}.json"'


def test_a_section_label_follows_the_active_language(learner):
    personal_data.register_section("test_lazy", lambda user: None, label=gettext_lazy("Profile"))
    try:
        with translation.override("fi"):
            assert personal_data.collect_personal_data(learner)["test_lazy"]["label"] == "Profiili"
        with translation.override("en"):
            assert personal_data.collect_personal_data(learner)["test_lazy"]["label"] == "Profile"
    finally:
        personal_data._sections.pop("test_lazy", None)


def test_section_keys_are_json_friendly():
    assert all(re.fullmatch(r"[a-z_]+", key) for key in personal_data.registered_sections())
