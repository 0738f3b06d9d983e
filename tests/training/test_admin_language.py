"""The Wagtail admin speaks the trainer's admin language (Finnish by default),
with no English left where Wagtail's own Finnish catalogue has gaps, and the
course review workflow has a Finnish name.

Here the real catalogues answer (tests/training does not use
`interface_in_source_language`). The strings Wagtail's fi catalogue lacks are
listed in training/wagtail_catalogue.py and translated in locale/fi."""

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import translation
from wagtail.models import GroupApprovalTask, Site, Workflow
from wagtail.test.utils.form_data import nested_form_data, streamfield
from wagtail.users.models import UserProfile

from courses import authoring
from courses.models import CourseIndexPage, CoursePage, LessonPage, ModulePage
from tests.factories import group_member


@pytest.fixture
def catalogue(site_pages):
    home = Site.objects.get(is_default_site=True).root_page.specific
    page = CourseIndexPage.objects.child_of(home).first() or home.add_child(
        instance=CourseIndexPage(title="Kurssit", slug="kurssit")
    )
    authoring.ensure_authoring_setup(page)
    return page


@pytest.fixture
def lesson(catalogue):
    course = catalogue.add_child(
        instance=CoursePage(title="Tervetuloa", slug="tervetuloa", summary="Perusteet.", topic="welcoming")
    )
    module = course.add_child(instance=ModulePage(title="Alku", slug="alku"))
    return module.add_child(instance=LessonPage(title="Nimet", slug="nimet"))


@pytest.fixture
def trainer(catalogue, settings):
    user = group_member(authoring.TRAINERS, settings, email="tuomas.trainer@example.org")
    authoring.ensure_admin_language(user)
    return user


@pytest.fixture
def reviewer(catalogue, settings):
    user = group_member(authoring.REVIEWERS, settings, email="kaisa.reviewer@example.org")
    authoring.ensure_admin_language(user)
    return user


def _admin_html(client, user, url, language="en"):
    """The admin page as `user` sees it, asked for by a browser set to `language`."""
    client.force_login(user)
    return client.get(url, HTTP_ACCEPT_LANGUAGE=language).content.decode()


# The admin language of trainers and reviewers


def test_a_trainer_without_an_admin_language_gets_finnish(catalogue, settings):
    user = group_member(authoring.TRAINERS, settings, email="uusi@example.org")
    assert authoring.ensure_admin_language(user) == "fi"
    assert UserProfile.get_for_user(user).preferred_language == "fi"


def test_the_admin_language_follows_the_preferred_site_language(catalogue, settings):
    user = group_member(authoring.TRAINERS, settings, email="svensk@example.org", preferred_language="sv")
    assert authoring.ensure_admin_language(user) == "sv"


def test_an_arabic_site_language_gives_the_default_admin_language(catalogue, settings):
    user = group_member(authoring.TRAINERS, settings, email="arabic@example.org", preferred_language="ar")
    assert authoring.ensure_admin_language(user) == "fi"


def test_an_admin_language_chosen_in_the_admin_is_kept(catalogue, settings):
    user = group_member(authoring.TRAINERS, settings, email="english@example.org")
    UserProfile.objects.update_or_create(user=user, defaults={"preferred_language": "en"})
    assert authoring.ensure_admin_language(user) == "en"


def test_the_admin_is_finnish_for_a_trainer_whose_browser_asks_for_english(client, trainer):
    html = _admin_html(client, trainer, reverse("wagtailadmin_home"))
    assert '<html lang="fi"' in html
    assert "Kojelauta" in html  # translated by Wagtail itself


# Strings Wagtail's Finnish catalogue lacks (translated in our locale/fi)


def test_finnish_admin_search_field_is_in_finnish(client, trainer):
    assert "Search all pages…" not in _admin_html(client, trainer, reverse("wagtailadmin_home"))


def test_finnish_admin_explorer_title_is_in_finnish(client, trainer, catalogue):
    html = _admin_html(client, trainer, reverse("wagtailadmin_explore", args=[catalogue.pk]))
    assert "Exploring" not in html


def test_finnish_admin_validation_error_is_in_finnish(client, trainer, lesson):
    client.force_login(trainer)
    url = reverse("wagtailadmin_pages:edit", args=[lesson.pk])
    data = nested_form_data({"title": "", "slug": "nimet", "intro": "", "body": streamfield([])})
    data.update(required="on", estimated_minutes="10")
    response = client.post(url, data, HTTP_ACCEPT_LANGUAGE="en")
    html = response.content.decode()
    assert response.status_code == 200
    assert "The page could not be saved due to validation errors" not in html


# The course review workflow


def test_the_course_review_workflow_and_task_have_finnish_names(catalogue):
    workflow = Workflow.objects.get(workflow_pages__page=catalogue)
    assert workflow.name == "Kurssin tarkastus"
    assert [task.name for task in workflow.tasks] == ["Tarkastajan hyväksyntä"]


def test_an_english_named_workflow_from_an_older_seed_is_renamed_not_duplicated(catalogue):
    Workflow.objects.filter(name=authoring.WORKFLOW_NAME).update(name="Course review")
    GroupApprovalTask.objects.filter(name=authoring.TASK_NAME).update(name="Reviewer approval")
    authoring.ensure_authoring_setup(catalogue)
    assert Workflow.objects.filter(name__in=["Kurssin tarkastus", "Course review"]).count() == 1
    assert GroupApprovalTask.objects.filter(name__in=["Tarkastajan hyväksyntä", "Reviewer approval"]).count() == 1


def test_the_lesson_editor_offers_submitting_to_the_finnish_named_workflow(client, trainer, lesson):
    html = _admin_html(client, trainer, reverse("wagtailadmin_pages:edit", args=[lesson.pk]))
    assert "Lähetä työnkulkuun Kurssin tarkastus" in html


def test_reviewers_are_mailed_in_their_language_not_the_submitters(
    trainer, reviewer, lesson, django_capture_on_commit_callbacks
):
    trainer.preferred_language = "en"
    trainer.save(update_fields=["preferred_language"])
    revision = lesson.save_revision(user=trainer)
    with translation.override("en"), django_capture_on_commit_callbacks(execute=True):  # the submitter's request
        lesson.get_workflow().start(revision.content_object, trainer)
    to_reviewer = [message for message in mail.outbox if reviewer.email in message.to]
    assert to_reviewer, "the reviewer is told about the submission"
    assert "Tarkastajan hyväksyntä" in to_reviewer[0].body  # the Finnish task name
    assert "Open the page in the editor" not in to_reviewer[0].body


def test_finnish_review_mail_subject_is_in_finnish(trainer, reviewer, lesson, django_capture_on_commit_callbacks):
    revision = lesson.save_revision(user=trainer)
    with django_capture_on_commit_callbacks(execute=True):
        lesson.get_workflow().start(revision.content_object, trainer)
    subject = next(message.subject for message in mail.outbox if reviewer.email in message.to)
    assert "submitted for review" not in subject
    assert "has been submitted for approval" not in subject


def test_wagtails_default_site_workflow_has_a_finnish_name(site_pages):
    names = set(Workflow.objects.values_list("name", flat=True))
    assert "Moderators approval" not in names
    assert "Moderaattorien hyväksyntä" in names
