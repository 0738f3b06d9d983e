"""The demo course "Kulttuurien kohtaaminen" in Swedish, made by seed_demo through
wagtail-localize (courses/demo_localize.py) from the catalogues in
courses/demo_content/sv/ and quizzes/demo_content/sv/: live, in the Swedish
catalogue, with its quizzes, editable in wagtail-localize's editor, and
progress shared with the Finnish course."""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import translation
from wagtail.models import Locale, Page
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

from courses import services
from courses.models import CoursePage, LessonPage, ModulePage
from quizzes import services as quiz_services
from quizzes.demo import _answers
from quizzes.models import QuizPage
from tests.factories import UserFactory

SLUG = "kulttuurien-kohtaaminen"

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("demo_data")]


def sv() -> Locale:
    return Locale.objects.get(language_code="sv")


def finnish_course() -> CoursePage:
    return CoursePage.objects.get(slug=SLUG, locale__language_code="fi")


def swedish_course() -> CoursePage:
    return finnish_course().get_translation(sv()).specific


def swedish_quiz(slug: str) -> QuizPage:
    return QuizPage.objects.get(slug=slug, locale__language_code="fi").get_translation(sv()).specific


def test_swedish_course_is_live_with_a_swedish_title():
    course = swedish_course()
    assert course.live and not course.has_unpublished_changes
    assert course.title == "Möten mellan kulturer"
    assert course.topic == finnish_course().topic


def test_every_page_of_the_course_is_translated_to_swedish_and_live():
    fi_pages = Page.objects.descendant_of(finnish_course(), inclusive=True).live()
    sv_pages = Page.objects.descendant_of(swedish_course(), inclusive=True).live()
    assert {p.translation_key for p in fi_pages} == {p.translation_key for p in sv_pages}
    assert all(p.locale_id == sv().pk for p in sv_pages)


def test_swedish_pages_have_a_wagtail_localize_translation_editors_can_edit():
    for page in Page.objects.descendant_of(finnish_course(), inclusive=True).specific():
        source = TranslationSource.objects.get(object_id=page.translation_key, locale=page.locale)
        assert Translation.objects.get(source=source, target_locale=sv()).enabled
        segments = StringSegment.objects.filter(source=source)
        translated = StringTranslation.objects.filter(
            locale=sv(),
            translation_of__in=segments.values("string"),
            context__in=segments.values("context"),
            has_error=False,
        )
        assert translated.count() == segments.count() > 0, page.title


def test_swedish_catalogue_lists_the_course(client):
    response = client.get(swedish_course().get_parent().url)
    assert response.status_code == 200
    assert "Möten mellan kulturer" in response.content.decode()


def test_swedish_lesson_shows_swedish_body_text(client):
    module = ModulePage.objects.child_of(swedish_course()).get(slug="kulturen-och-jag")
    lesson = LessonPage.objects.child_of(module).get(slug="min-egen-kultur")
    client.force_login(UserFactory(email="sara@example.org"))
    response = client.get(lesson.url)
    html = response.content.decode()
    assert response.status_code == 200
    assert "Kulturen är som ett isberg" in html
    assert "Det mesta finns ändå under ytan" in html
    assert "jäävuori" not in html  # no Finnish left in the body


def test_language_switcher_on_the_finnish_course_links_to_the_swedish_course(client):
    response = client.get(finnish_course().url)
    assert f'href="{swedish_course().url}"' in response.content.decode()


def test_swedish_quiz_grades_with_swedish_feedback(client):
    learner = UserFactory(email="sara@example.org")
    quiz = swedish_quiz("arjen-tilanteet-visa")
    attempt = quiz_services.start_attempt(learner, quiz)
    best = [0] * len(quiz.questions)
    quiz_services.save_answers(learner, attempt.public_id, _answers("arjen-tilanteet-visa", attempt.snapshot, best))
    attempt, _outcome = quiz_services.submit_attempt(learner, attempt.public_id)
    assert attempt.passed
    client.force_login(learner)
    with translation.override("sv"):
        url = reverse("quizzes:result", args=[attempt.public_id])
    html = client.get(url).content.decode()
    assert "Att fråga öppnar ett samtal" in html
    assert "Kysyminen avaa keskustelun" not in html


def test_swedish_self_assessments_keep_the_pair_key_of_the_finnish_ones():
    for slug in ("itsearvio-alussa", "itsearvio-lopussa"):
        block = swedish_quiz(slug).questions[0]
        assert block.value["pair_key"] == "kulttuurien-kohtaaminen-itsearvio"
        assert block.value["prompt"] == "Hur väl beskriver de här påståendena dig nu?"


def test_completing_the_swedish_lessons_completes_the_course_in_both_languages():
    learner = UserFactory(email="sara@example.org")
    for step in LessonPage.objects.live().descendant_of(swedish_course()):
        services.complete_step(learner, step)
    fi, sv_course = finnish_course(), swedish_course()
    progress = services.progress_for(learner, [fi])[fi.translation_key]
    assert progress.completed_at is not None and progress.done == progress.total > 0
    assert services.progress_for(learner, [sv_course])[sv_course.translation_key] == progress


def test_a_finnish_lesson_done_counts_on_the_swedish_course():
    learner = UserFactory(email="sara@example.org")
    services.complete_step(learner, LessonPage.objects.live().descendant_of(finnish_course()).first())
    sv_course = swedish_course()
    assert services.progress_for(learner, [sv_course])[sv_course.translation_key].done == 1


def test_editing_a_swedish_lesson_in_the_admin_opens_the_wagtail_localize_translation_editor(client, settings):
    admin = get_user_model().objects.get(email="admin@example.org")
    settings.MFA_EXEMPT_EMAILS = [admin.email]  # as in the demo (training/settings/dev.py)
    client.force_login(admin)
    lesson = LessonPage.objects.live().descendant_of(swedish_course()).first()
    response = client.get(reverse("wagtailadmin_pages:edit", args=[lesson.pk]))
    assert response.status_code == 200
    assert "wagtail_localize/admin/edit_translation.html" in [t.name for t in response.templates]
