"""What a badge aligns to: the RFCDC competences its course targets.

A course badge's alignment is derived from the course's learning outcomes (the
Council of Europe Reference Framework of Competences for Democratic Culture
competences tagged on each outcome, in the course's default-language version),
so it follows the course without anyone copying it by hand. The badge class's
admin-entered `alignment` JSON still counts: an entry with the same
`targetCode` (or the same `targetUrl` and `targetName`) as a derived one
replaces it, any other entry is added after the derived ones.

Only entries with both `targetName` and `targetUrl` are published (both Open
Badges versions require them). A derived entry's `targetUrl` points at that
competence on the site's competence page (`badges:competences`, one anchor per
competence, in the default language), which links on to the framework.
"""

from django.conf import settings
from django.utils import translation

from badges.identity import absolute
from badges.models import BadgeClass, BadgeKind

RFCDC_FRAMEWORK = "Council of Europe Reference Framework of Competences for Democratic Culture (RFCDC)"
RFCDC_URL = "https://www.coe.int/en/web/reference-framework-of-competences-for-democratic-culture"

# The framework's four groups of competences, in its order (codes of
# courses.models.pages.RFCDC_COMPETENCES).
RFCDC_GROUPS = {
    "values": ("valuing_dignity", "valuing_diversity", "valuing_democracy"),
    "attitudes": (
        "openness",
        "respect",
        "civic_mindedness",
        "responsibility",
        "self_efficacy",
        "tolerance_of_ambiguity",
    ),
    "skills": (
        "autonomous_learning",
        "analytical_thinking",
        "listening_observing",
        "empathy",
        "flexibility",
        "linguistic_skills",
        "cooperation",
        "conflict_resolution",
    ),
    "knowledge": ("knowledge_of_self", "knowledge_of_language", "knowledge_of_world"),
}

# The keys an alignment entry may carry, in both formats.
FIELDS = ("targetName", "targetUrl", "targetDescription", "targetFramework", "targetCode")


def course_competences(course_key) -> list[str]:
    """The RFCDC competence codes of the course's learning outcomes, in order
    of first appearance (the default-language course, else any translation)."""
    from courses.models import CoursePage

    pages = CoursePage.objects.filter(translation_key=course_key).select_related("locale")
    course = pages.filter(locale__language_code=settings.LANGUAGE_CODE).first() or pages.first()
    if course is None:
        return []
    codes: list[str] = []
    for block in course.learning_outcomes:
        if block.block_type != "outcome":
            continue
        for code in block.value.get("competences") or []:
            if code not in codes:
                codes.append(code)
    return codes


def competence_url(code: str) -> str:
    """The competence's anchor on the competence page (default language)."""
    with translation.override(settings.LANGUAGE_CODE):
        return f"{absolute('badges:competences')}#{code}"


def competence_groups() -> list[tuple[str, list[tuple[str, str]]]]:
    """(group key, [(code, label), …]) in the framework's order, labels in the active language."""
    from courses.models.pages import RFCDC_COMPETENCES

    labels = dict(RFCDC_COMPETENCES)
    return [
        (group, [(code, str(labels[code])) for code in codes if code in labels])
        for group, codes in RFCDC_GROUPS.items()
    ]


def rfcdc_alignment(codes: list[str]) -> list[dict]:
    """One alignment entry per known competence code, named in the default language."""
    from courses.models.pages import RFCDC_COMPETENCES

    labels = dict(RFCDC_COMPETENCES)
    with translation.override(settings.LANGUAGE_CODE):
        return [
            {
                "targetName": str(labels[code]),
                "targetUrl": competence_url(code),
                "targetFramework": RFCDC_FRAMEWORK,
                "targetCode": code,
            }
            for code in codes
            if code in labels
        ]


def _clean(item) -> dict | None:
    if not isinstance(item, dict):
        return None
    entry = {key: str(item[key]).strip() for key in FIELDS if item.get(key) not in (None, "")}
    entry = {key: value for key, value in entry.items() if value}
    if not (entry.get("targetName") and entry.get("targetUrl")):
        return None
    return entry


def _same(a: dict, b: dict) -> bool:
    if a.get("targetCode") and b.get("targetCode"):
        return a["targetCode"] == b["targetCode"]
    return a["targetUrl"] == b["targetUrl"] and a["targetName"] == b["targetName"]


def alignment_for(badge_class: BadgeClass) -> list[dict]:
    """The published alignment of `badge_class`: derived entries (course
    badges) overridden or extended by the admin-entered ones."""
    derived = []
    if badge_class.kind == BadgeKind.COURSE and badge_class.course_key:
        derived = rfcdc_alignment(course_competences(badge_class.course_key))
    manual = [entry for entry in map(_clean, badge_class.alignment or []) if entry]
    result = [next((m for m in manual if _same(m, d)), d) for d in derived]
    result += [m for m in manual if not any(_same(m, d) for d in derived)]
    return result
