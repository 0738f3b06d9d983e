import io
import zipfile
from datetime import timedelta

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone

from readiness import services
from readiness.evaluation import evaluate
from readiness.models import AssociationReadiness, SelfAssessmentAnswer
from readiness.statements import STATEMENT_KEYS
from tests.readiness.helpers import PDF, meet_everything


def url(name, association):
    return reverse(f"readiness:{name}", kwargs={"slug": association.slug})


def plan_post(upload):
    today = timezone.localdate()
    return {
        "plan_file": upload,
        "board_approved_on": (today - timedelta(days=5)).isoformat(),
        "review_date": (today + timedelta(days=365)).isoformat(),
    }


def docx_bytes(with_document=True) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        if with_document:
            archive.writestr("word/document.xml", "<document/>")
    return buffer.getvalue()


def test_contact_sees_each_criterion_and_what_is_missing(client, world, team):
    client.force_login(world.contact_a)
    response = client.get(url("association", world.a))
    assert response.status_code == 200
    assert "Name the welcome and inclusion contact." in response.content.decode()
    assert response.context["can_manage"] and not response.context["can_review"]


def test_contact_names_contacts_among_members(client, world, team):
    client.force_login(world.contact_a)
    response = client.post(
        url("contacts", world.a), {"welcome_contact": team.xena.pk, "harassment_contact": team.bo.pk}
    )
    assert response.status_code == 302
    record = AssociationReadiness.objects.get(association=world.a)
    assert (record.welcome_contact, record.harassment_contact) == (team.xena, team.bo)


def test_contact_of_another_association_cannot_be_named(client, world, team):
    client.force_login(world.contact_a)
    response = client.post(
        url("contacts", world.a), {"welcome_contact": world.learner_b.pk, "harassment_contact": team.bo.pk}
    )
    assert response.status_code == 200
    assert "Choose one of the association" in response.content.decode()
    assert not AssociationReadiness.objects.filter(association=world.a, welcome_contact__isnull=False).exists()


@pytest.mark.parametrize(
    ("name", "content"),
    [("plan.pdf", PDF), ("plan.docx", docx_bytes())],
)
def test_contact_uploads_a_valid_plan(client, world, team, name, content):
    client.force_login(world.contact_a)
    response = client.post(url("plan", world.a), plan_post(SimpleUploadedFile(name, content)))
    assert response.status_code == 302
    record = AssociationReadiness.objects.get(association=world.a)
    assert record.plan_filename == name
    assert record.plan_file.name.startswith("readiness/plans/")


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("plan.exe", b"MZ...", "PDF, DOCX or ODT"),
        ("plan.pdf", b"not a pdf", "not a valid PDF"),
        ("plan.docx", docx_bytes(with_document=False), "not a valid DOCX"),
        ("plan.odt", b"PK\x03\x04garbage", "not a valid ODT"),
    ],
)
def test_invalid_plan_file_is_refused_with_a_message(client, world, team, name, content, message):
    client.force_login(world.contact_a)
    response = client.post(url("plan", world.a), plan_post(SimpleUploadedFile(name, content)))
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not AssociationReadiness.objects.filter(association=world.a).exclude(plan_file="").exists()


def test_too_large_plan_is_refused(client, world, team, monkeypatch):
    monkeypatch.setattr("readiness.forms.PLAN_MAX_BYTES", 10)
    client.force_login(world.contact_a)
    response = client.post(url("plan", world.a), plan_post(SimpleUploadedFile("plan.pdf", PDF)))
    assert "too large" in response.content.decode()


def test_review_date_before_approval_is_refused_and_input_kept(client, world, team):
    client.force_login(world.contact_a)
    today = timezone.localdate()
    data = plan_post(SimpleUploadedFile("plan.pdf", PDF))
    data["review_date"] = (today - timedelta(days=30)).isoformat()
    response = client.post(url("plan", world.a), data)
    assert "The review date must come after the board approval." in response.content.decode()
    assert response.context["plan_form"]["board_approved_on"].value() == data["board_approved_on"]


def test_plan_file_is_downloaded_by_the_coordinator(client, world, team, course):
    meet_everything(world, team, course)
    client.force_login(world.coordinator)
    response = client.get(url("plan_file", world.a))
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == PDF


def test_contact_submits_when_everything_is_met(client, world, team, course):
    meet_everything(world, team, course)
    client.force_login(world.contact_a)
    client.post(url("submit", world.a))
    assert evaluate(world.a).status == "ready_for_review"


def test_submit_with_missing_criteria_shows_a_message(client, world, team):
    client.force_login(world.contact_a)
    response = client.post(url("submit", world.a), follow=True)
    assert "Not every criterion is met yet" in response.content.decode()


def test_coordinator_approves(client, world, team, course):
    meet_everything(world, team, course)
    services.submit_for_review(world.a, world.contact_a)
    client.force_login(world.coordinator)
    client.post(url("review", world.a), {"action": "approve", "comment": ""})
    assert evaluate(world.a).status == "approved"


def test_coordinator_must_comment_when_returning(client, world, team, course):
    meet_everything(world, team, course)
    services.submit_for_review(world.a, world.contact_a)
    client.force_login(world.coordinator)
    response = client.post(url("review", world.a), {"action": "return", "comment": "  "})
    assert "Write what the association should change." in response.content.decode()
    assert evaluate(world.a).status == "ready_for_review"


def test_contact_cannot_review_their_own_association(client, world, team, course):
    meet_everything(world, team, course)
    services.submit_for_review(world.a, world.contact_a)
    client.force_login(world.contact_a)
    assert client.post(url("review", world.a), {"action": "approve"}).status_code == 404


def test_member_answers_the_self_assessment(client, world, team):
    client.force_login(world.learner_a)
    data = dict.fromkeys(STATEMENT_KEYS, "2")
    assert client.post(url("self_assessment", world.a), data).status_code == 302
    assert SelfAssessmentAnswer.objects.filter(association=world.a, user=world.learner_a).count() == len(STATEMENT_KEYS)


def test_answering_again_updates_instead_of_duplicating(client, world, team):
    client.force_login(world.learner_a)
    client.post(url("self_assessment", world.a), dict.fromkeys(STATEMENT_KEYS, "2"))
    client.post(url("self_assessment", world.a), dict.fromkeys(STATEMENT_KEYS, "4"))
    ratings = set(SelfAssessmentAnswer.objects.filter(user=world.learner_a).values_list("rating", flat=True))
    assert ratings == {4}


def test_incomplete_self_assessment_saves_nothing_and_says_so(client, world, team):
    client.force_login(world.learner_a)
    response = client.post(url("self_assessment", world.a), {STATEMENT_KEYS[0]: "9"})
    assert response.status_code == 200
    assert "Please rate every statement." in response.content.decode()
    assert not SelfAssessmentAnswer.objects.exists()


def test_contact_sees_aggregated_results_only(client, world, team):
    services.save_self_assessment(world.a, team.xena, dict.fromkeys(STATEMENT_KEYS, 4))
    services.save_self_assessment(world.a, team.yusuf, dict.fromkeys(STATEMENT_KEYS, 2))
    client.force_login(world.contact_a)
    results = client.get(url("association", world.a)).context["results"]
    assert results[0]["count"] == 2
    assert results[0]["average"] == 3
    assert str(results[0]["label"]) == "Good"


def test_control_characters_in_measures_are_refused(client, world, team):
    client.force_login(world.contact_a)
    response = client.post(
        url("measures", world.a), {"measures": "Loan\x00 equipment for newcomers", "public_summary": ""}
    )
    assert response.status_code == 200
    assert not AssociationReadiness.objects.filter(association=world.a).exists()


def test_coordinator_comments_while_in_progress(client, world, team):
    client.force_login(world.coordinator)
    client.post(url("review", world.a), {"action": "comment", "comment": "Remember the plan."})
    response = client.get(url("association", world.a))
    assert "Remember the plan." in response.content.decode()


def test_empty_comment_shows_the_error_on_the_page(client, world, team):
    client.force_login(world.coordinator)
    response = client.post(url("review", world.a), {"action": "comment", "comment": ""})
    assert response.status_code == 200
    assert "Write what the association should change." in response.content.decode()
