"""A course badge aligns to the RFCDC competences of the course's learning
outcomes (OB 2.0 BadgeClass `alignment[]`, OB 3.0 achievement `alignment`);
admin-entered alignment overrides or adds to it."""

import copy
import json

import pytest

from badges import alignment, credentials, documents, services
from badges.models import BadgeClass, BadgeKind
from tests.courses.factories import build_course_tree

OUTCOMES = [
    {"type": "outcome", "value": {"text": "tunnistaa ennakko-oletuksensa", "competences": ["knowledge_of_self"]}},
    {"type": "outcome", "value": {"text": "kuuntelee", "competences": ["listening_observing", "knowledge_of_self"]}},
    {"type": "outcome", "value": {"text": "ilman kompetenssia", "competences": []}},
]


@pytest.fixture
def course(site_pages):
    tree = build_course_tree(site_pages, modules=1, lessons=1, slug="aligned", title="Aligned course")
    tree.course.learning_outcomes = json.dumps(OUTCOMES)
    tree.course.save_revision().publish()
    return tree.course


@pytest.fixture
def course_badge(course):
    return services.course_badge_class(course)


def codes(entries):
    return [entry.get("targetCode") for entry in entries]


def test_course_badge_alignment_lists_the_outcomes_competences_once_in_order(course_badge):
    entries = documents.badge_class_document(course_badge)["alignment"]
    assert codes(entries) == ["knowledge_of_self", "listening_observing"]


def test_derived_alignment_names_the_rfcdc_framework(course_badge):
    entry = documents.badge_class_document(course_badge)["alignment"][0]
    assert "Democratic Culture" in entry["targetFramework"]
    assert entry["targetName"]


def test_derived_alignment_points_at_each_competence_on_the_competence_page(course_badge):
    entries = documents.badge_class_document(course_badge)["alignment"]
    assert [entry["targetUrl"] for entry in entries] == [
        "http://testserver/fi/badges/competences/#knowledge_of_self",
        "http://testserver/fi/badges/competences/#listening_observing",
    ]


def test_competence_page_has_an_anchor_for_every_competence_and_links_the_framework(client, db):
    from courses.models.pages import RFCDC_COMPETENCES

    html = client.get("/fi/badges/competences/").content.decode()
    for code, _label in RFCDC_COMPETENCES:
        assert f'id="{code}"' in html
    assert alignment.RFCDC_URL in html


def test_ob3_achievement_carries_the_same_alignment(course_badge):
    entries = credentials.achievement_document(course_badge)["alignment"]
    assert codes(entries) == ["knowledge_of_self", "listening_observing"]
    assert all(entry["type"] == ["Alignment"] for entry in entries)
    assert entries[0]["targetUrl"] == alignment.competence_url("knowledge_of_self")


def test_admin_alignment_with_the_same_code_overrides_the_derived_entry(course_badge):
    course_badge.alignment = [
        {
            "targetName": "Self-knowledge (our wording)",
            "targetUrl": "https://example.org/self",
            "targetCode": "knowledge_of_self",
        }
    ]
    course_badge.save()
    entries = documents.badge_class_document(course_badge)["alignment"]
    assert codes(entries) == ["knowledge_of_self", "listening_observing"]
    assert entries[0] == {
        "targetName": "Self-knowledge (our wording)",
        "targetUrl": "https://example.org/self",
        "targetCode": "knowledge_of_self",
    }


def test_admin_alignment_without_a_match_is_added_after_the_derived_ones(course_badge):
    course_badge.alignment = [{"targetName": "Local skill", "targetUrl": "https://example.org/local"}, {"bad": 1}]
    course_badge.save()
    entries = documents.badge_class_document(course_badge)["alignment"]
    assert [entry["targetName"] for entry in entries][-1] == "Local skill"
    assert len(entries) == 3


def test_alignment_follows_changes_to_the_course_outcomes(course, course_badge):
    course.learning_outcomes = json.dumps([{"type": "outcome", "value": {"text": "x", "competences": ["empathy"]}}])
    course.save_revision().publish()
    assert codes(documents.badge_class_document(course_badge)["alignment"]) == ["empathy"]


def test_course_without_competences_has_no_alignment(site_pages):
    tree = build_course_tree(site_pages, modules=1, lessons=1, slug="plain", title="Plain course")
    tree.course.learning_outcomes = json.dumps([{"type": "outcome", "value": {"text": "x", "competences": []}}])
    tree.course.save_revision().publish()
    badge = services.course_badge_class(tree.course)
    assert "alignment" not in documents.badge_class_document(badge)
    assert "alignment" not in credentials.achievement_document(badge)


def test_manual_badge_keeps_its_admin_alignment(manual_badge):
    assert documents.badge_class_document(manual_badge)["alignment"] == [
        {"targetName": "Intercultural communication", "targetUrl": "https://example.org/competences/ic"}
    ]


def test_badge_class_of_a_deleted_course_has_only_admin_alignment(db):
    import uuid

    badge = BadgeClass.objects.create(
        kind=BadgeKind.COURSE, course_key=uuid.uuid4(), name="Gone", description="d", criteria_narrative="c"
    )
    assert alignment.alignment_for(badge) == []


def test_signed_course_credential_with_rfcdc_alignment_verifies(client, course, person, signing_key):
    """The derived alignment (targetFramework, targetCode) survives RDFC
    canonicalisation: our verifier and openbadgeslib accept the proof."""
    from cryptography.hazmat.primitives import serialization
    from openbadgeslib.ob3.ldp import verify_data_integrity_proof

    from badges import signing

    award, _ = services.award_course_completion(person, course)
    credential = json.loads(client.get(f"/openbadges/credentials/{award.pk}").content)
    assert codes(credential["credentialSubject"]["achievement"]["alignment"]) == [
        "knowledge_of_self",
        "listening_observing",
    ]
    signing.verify(credential, signing_key.public_key())
    pem = signing_key.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    verify_data_integrity_proof(credential, pem)
    # The alignment is signed: changing a competence code breaks the proof.
    tampered = copy.deepcopy(credential)
    tampered["credentialSubject"]["achievement"]["alignment"][0]["targetCode"] = "empathy"
    with pytest.raises(signing.ProofError):
        signing.verify(tampered, signing_key.public_key())
