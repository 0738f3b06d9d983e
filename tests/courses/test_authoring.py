"""Authoring: Trainers write under the course catalogue, Reviewers publish
through the "Course review" workflow, and the setup is idempotent."""

import pytest
from django.contrib.auth.models import Group, Permission
from django.db.models.signals import post_save
from django.urls import reverse
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Locale,
    Page,
    Site,
    Task,
    Workflow,
    WorkflowPage,
    WorkflowState,
    WorkflowTask,
)
from wagtail.permissions import policy_registry

from courses import authoring
from courses.models import CourseIndexPage, CoursePage, LessonPage, ModulePage
from home.models import ContentPage
from tests.factories import group_member


@pytest.fixture
def home(site_pages):
    return Site.objects.get(is_default_site=True).root_page.specific


@pytest.fixture
def catalogue(home):
    """The Finnish course catalogue, with an English translation."""
    page = CourseIndexPage.objects.child_of(home).first() or home.add_child(
        instance=CourseIndexPage(title="Kurssit", slug="kurssit")
    )
    english = Locale.objects.get(language_code="en")
    if page.get_translation_or_none(english) is None:
        page.copy_for_translation(english, copy_parents=True)
    return page


@pytest.fixture
def course(catalogue):
    course = catalogue.add_child(
        instance=CoursePage(
            title="Tervetuloa seuraan", slug="tervetuloa-seuraan", summary="Perusteet.", topic="welcoming"
        )
    )
    module = course.add_child(instance=ModulePage(title="Ensimmäinen kohtaaminen", slug="ensimmainen"))
    return {"course": course, "module": module}


@pytest.fixture
def setup(catalogue):
    return authoring.ensure_authoring_setup(catalogue)


@pytest.fixture
def trainer(setup, settings):
    return group_member(authoring.TRAINERS, settings, email="tiina.trainer@example.org")


@pytest.fixture
def reviewer(setup, settings):
    return group_member(authoring.REVIEWERS, settings, email="riikka.reviewer@example.org")


@pytest.fixture
def draft_lesson(course, trainer):
    lesson = course["module"].add_child(
        instance=LessonPage(
            title="Nimet ja tervehdykset",
            slug="nimet",
            live=False,
            owner=trainer,
            body=[{"type": "heading", "value": {"text": "Tervehdi nimellä", "level": "h2"}}],
        )
    )
    lesson.save_revision(user=trainer)
    return lesson


def perms(user, page):
    """A fresh permission tester (Wagtail caches a user's permissions on the user)."""
    fresh = type(user).objects.get(pk=user.pk)
    return Page.objects.get(pk=page.pk).permissions_for_user(fresh)


def submit(lesson, user):
    lesson = LessonPage.objects.get(pk=lesson.pk)
    lesson.save_revision(user=user)
    return lesson.get_workflow().start(lesson, user)


# Trainers


def test_trainer_may_add_courses_modules_and_lessons(trainer, catalogue, course):
    assert perms(trainer, catalogue).can_add_subpage()
    assert perms(trainer, course["course"]).can_add_subpage()
    assert perms(trainer, course["module"]).can_add_subpage()


def test_trainer_may_edit_any_page_under_the_catalogue(trainer, course, draft_lesson):
    assert perms(trainer, course["course"]).can_edit()
    assert perms(trainer, draft_lesson).can_edit()


def test_trainer_may_not_publish_or_unpublish_course_pages(trainer, catalogue, course, draft_lesson):
    assert not perms(trainer, draft_lesson).can_publish()
    assert not perms(trainer, course["module"]).can_publish_subpage()
    assert not perms(trainer, course["course"]).can_unpublish()
    assert not perms(trainer, catalogue).can_publish()


def test_trainer_may_submit_a_course_page_for_moderation(trainer, draft_lesson):
    assert perms(trainer, draft_lesson).can_submit_for_moderation()


def test_trainer_may_not_edit_the_home_page_or_content_pages(trainer, home):
    content = ContentPage.objects.child_of(home).first()
    assert not perms(trainer, home).can_edit()
    assert not perms(trainer, home).can_add_subpage()
    assert not perms(trainer, content).can_edit()
    assert not perms(trainer, content).can_delete()


def test_trainer_may_lock_and_unlock_only_their_own_lock(trainer, reviewer, draft_lesson):
    assert perms(trainer, draft_lesson).can_lock()
    LessonPage.objects.filter(pk=draft_lesson.pk).update(locked=True, locked_by=trainer)
    assert perms(trainer, draft_lesson).can_unlock()
    LessonPage.objects.filter(pk=draft_lesson.pk).update(locked=True, locked_by=reviewer)
    assert not perms(trainer, draft_lesson).can_unlock()


def test_trainers_also_write_in_the_catalogue_translations(trainer, catalogue):
    english = catalogue.get_translation(Locale.objects.get(language_code="en"))
    assert perms(trainer, english).can_add_subpage()
    assert not perms(trainer, english).can_publish()


@pytest.mark.parametrize("model", [get_image_model(), get_document_model()], ids=["images", "documents"])
def test_trainer_uploads_edits_and_chooses_media_only_in_course_materials(trainer, model):
    policy = policy_registry.get_by_type(model)
    materials = authoring.course_materials_collection()
    for action in ("add", "change", "choose"):
        assert list(policy.collections_user_has_permission_for(trainer, action)) == [materials]
    root = Collection.get_first_root_node()
    assert policy.user_has_permission_for_instance(trainer, "choose", model(title="x", collection=materials))
    assert not policy.user_has_permission_for_instance(trainer, "choose", model(title="x", collection=root))


def test_trainers_hold_no_model_permission_beyond_the_admin_and_translations(setup):
    codenames = set(Group.objects.get(name=authoring.TRAINERS).permissions.values_list("codename", flat=True))
    assert codenames == {"access_admin", "submit_translation"}


@pytest.mark.parametrize("path", ["/admin/users/", "/admin/groups/", "/admin/sites/", "/admin/workflows/list/"])
def test_trainer_is_turned_away_from_users_groups_sites_and_workflows(client, trainer, path):
    client.force_login(trainer)
    response = client.get(path)
    assert response.status_code in (302, 403)
    assert not response.get("Location", "").endswith(path)


def test_trainer_opens_the_lesson_editor_but_not_the_home_page_editor(client, trainer, home, draft_lesson):
    client.force_login(trainer)
    assert client.get(reverse("wagtailadmin_pages:edit", args=[draft_lesson.pk])).status_code == 200
    assert client.get(reverse("wagtailadmin_pages:edit", args=[home.pk])).status_code == 302


def test_trainer_dashboard_links_to_the_course_catalogues(client, trainer, catalogue):
    client.force_login(trainer)
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert reverse("wagtailadmin_explore", args=[catalogue.pk]) in html


def test_ensure_trainer_permissions_removes_what_trainers_should_not_have(catalogue, home):
    trainers, _reviewers = authoring.ensure_trainer_permissions(catalogue)
    GroupPagePermission.objects.create(group=trainers, page=home, permission_type="change")
    GroupPagePermission.objects.create(group=trainers, page=catalogue, permission_type="publish")
    trainers.permissions.add(Permission.objects.get(codename="change_user"))

    authoring.ensure_trainer_permissions(catalogue)

    assert not GroupPagePermission.objects.filter(group=trainers, page=home).exists()
    assert not GroupPagePermission.objects.filter(group=trainers, permission__codename="publish_page").exists()
    assert not trainers.permissions.filter(codename="change_user").exists()


# Reviewers


def test_reviewer_may_publish_and_unpublish_under_the_catalogue(reviewer, course, draft_lesson):
    assert perms(reviewer, draft_lesson).can_publish()
    assert perms(reviewer, course["module"]).can_publish_subpage()
    assert perms(reviewer, course["course"]).can_unpublish()


def test_reviewer_may_not_publish_the_home_page(reviewer, home):
    assert not perms(reviewer, home).can_publish()
    assert not perms(reviewer, home).can_edit()


# The moderation workflow


def test_course_pages_use_the_course_review_workflow(setup, catalogue, draft_lesson):
    assert draft_lesson.get_workflow() == setup
    assert setup.name == authoring.WORKFLOW_NAME
    assert [task.name for task in setup.tasks] == [authoring.TASK_NAME]
    task = setup.tasks.first().specific
    assert isinstance(task, GroupApprovalTask)
    assert list(task.groups.values_list("name", flat=True)) == [authoring.REVIEWERS]


def test_catalogue_translations_use_the_course_review_workflow(setup, catalogue):
    english = catalogue.get_translation(Locale.objects.get(language_code="en"))
    assert english.get_workflow() == setup


def test_pages_outside_the_catalogue_keep_their_own_workflow(setup, home):
    assert home.get_workflow() != setup


def test_submitting_a_lesson_starts_the_review_and_keeps_it_unpublished(trainer, draft_lesson):
    state = submit(draft_lesson, trainer)
    lesson = LessonPage.objects.get(pk=draft_lesson.pk)
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert lesson.workflow_in_progress
    assert lesson.current_workflow_task.name == authoring.TASK_NAME
    assert not lesson.live


def test_a_trainer_cannot_approve_and_cannot_edit_a_lesson_in_review(trainer, draft_lesson):
    submit(draft_lesson, trainer)
    lesson = LessonPage.objects.get(pk=draft_lesson.pk)
    task = lesson.current_workflow_task.specific
    assert task.get_actions(lesson, trainer) == []
    assert task.locked_for_user(lesson, trainer)


def test_a_reviewer_approving_the_lesson_publishes_it(trainer, reviewer, draft_lesson):
    submit(draft_lesson, trainer)
    lesson = LessonPage.objects.get(pk=draft_lesson.pk)
    task_state = lesson.current_workflow_task_state
    assert "approve" in [name for name, _label, _modal in task_state.task.specific.get_actions(lesson, reviewer)]

    task_state.task.specific.on_action(task_state, reviewer, "approve")

    lesson = LessonPage.objects.get(pk=draft_lesson.pk)
    assert lesson.live
    assert not lesson.workflow_in_progress
    assert lesson.live_revision.user == trainer
    assert WorkflowState.objects.get(object_id=str(lesson.pk)).status == WorkflowState.STATUS_APPROVED


def test_a_reviewer_requesting_changes_keeps_the_lesson_unpublished(trainer, reviewer, draft_lesson):
    submit(draft_lesson, trainer)
    lesson = LessonPage.objects.get(pk=draft_lesson.pk)
    task_state = lesson.current_workflow_task_state
    task_state.task.specific.on_action(task_state, reviewer, "reject", comment="Lisää esimerkki.")
    lesson = LessonPage.objects.get(pk=draft_lesson.pk)
    assert not lesson.live
    assert WorkflowState.objects.get(object_id=str(lesson.pk)).status == WorkflowState.STATUS_NEEDS_CHANGES


# Idempotency


def authoring_rows():
    return {
        "groups": Group.objects.filter(name__in=[authoring.TRAINERS, authoring.REVIEWERS]).count(),
        "page permissions": GroupPagePermission.objects.count(),
        "collection permissions": GroupCollectionPermission.objects.count(),
        "collections": Collection.objects.count(),
        "workflows": Workflow.objects.count(),
        "tasks": Task.objects.count(),
        "workflow tasks": WorkflowTask.objects.count(),
        "workflow pages": WorkflowPage.objects.count(),
    }


def test_ensure_authoring_setup_twice_duplicates_nothing(catalogue):
    first = authoring.ensure_authoring_setup(catalogue)
    before = authoring_rows()
    second = authoring.ensure_authoring_setup(catalogue)
    assert first == second
    assert authoring_rows() == before


def test_ensure_functions_each_twice_duplicate_nothing(catalogue):
    authoring.ensure_trainer_permissions(catalogue)
    authoring.ensure_moderation_workflow(catalogue)
    before = authoring_rows()
    authoring.ensure_trainer_permissions(catalogue)
    authoring.ensure_moderation_workflow(catalogue)
    assert authoring_rows() == before


def test_setup_covers_a_translation_made_later_when_run_again(catalogue, setup):
    swedish = Locale.objects.get(language_code="sv")
    translation = catalogue.copy_for_translation(swedish, copy_parents=True)
    authoring.ensure_authoring_setup(translation)
    assert translation.get_workflow() == setup
    assert GroupPagePermission.objects.filter(group__name=authoring.TRAINERS, page=translation).count() == len(
        authoring.TRAINER_PAGE_PERMISSIONS
    )


def test_on_catalogue_saved_sets_up_a_new_catalogue_translation(catalogue, setup, django_capture_on_commit_callbacks):
    post_save.connect(authoring.on_catalogue_saved, sender=CourseIndexPage, dispatch_uid="test_on_catalogue_saved")
    try:
        with django_capture_on_commit_callbacks(execute=True):
            translation = catalogue.copy_for_translation(Locale.objects.get(language_code="ar"), copy_parents=True)
    finally:
        post_save.disconnect(sender=CourseIndexPage, dispatch_uid="test_on_catalogue_saved")
    assert translation.get_workflow() == setup
    assert GroupPagePermission.objects.filter(group__name=authoring.REVIEWERS, page=translation).exists()


# Translations (wagtail-localize)


def test_trainer_translates_a_course_with_its_modules_into_swedish(client, trainer, course, catalogue):
    swedish = Locale.objects.get(language_code="sv")
    if catalogue.get_translation_or_none(swedish) is None:
        catalogue.copy_for_translation(swedish, copy_parents=True)
        authoring.ensure_authoring_setup(catalogue)
    client.force_login(trainer)
    url = reverse("wagtail_localize:submit_page_translation", args=[course["course"].pk])
    assert client.get(url).status_code == 200

    response = client.post(url, {"locales": [swedish.pk], "include_subtree": "on"})

    assert response.status_code == 302
    translated = CoursePage.objects.get(translation_key=course["course"].translation_key, locale=swedish)
    assert ModulePage.objects.child_of(translated).filter(translation_key=course["module"].translation_key).exists()
    assert perms(trainer, translated).can_edit()
    assert not perms(trainer, translated).can_publish()
