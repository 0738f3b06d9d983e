"""Who may author courses in the Wagtail admin, and how a change goes live.

Two groups work on the course catalogue (a `CourseIndexPage` and everything
below it, in every language it is translated into):

- **Trainers** add and edit course, module and lesson pages, lock and unlock
  their own locks, upload and choose images and documents in the "Course
  materials" collection, and submit translations. They never publish: they
  submit a page to the "Course review" workflow.
- **Reviewers** (senior trainers, coordinators) may do the same and also
  publish, unpublish and unlock; they approve the workflow's one task,
  "Reviewer approval", and Wagtail publishes the page on approval.

Every function here is idempotent: calling it again changes nothing and
duplicates nothing, so `seed_demo` and operators may run it at any time.
Because page permissions and workflows are attached to a place in the page
tree, and each language has its own tree, the functions act on the given
catalogue *and all its translations* that exist at the time of the call.
Call `ensure_authoring_setup` again after a new catalogue translation is
created (`on_catalogue_saved` does that when connected to `post_save`).
"""

from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from courses.models import CourseIndexPage

TRAINERS = "Trainers"
REVIEWERS = "Reviewers"
COURSE_MATERIALS = "Course materials"
WORKFLOW_NAME = "Course review"
TASK_NAME = "Reviewer approval"

# Wagtail page permission types (wagtailcore.<type>_page) on the catalogue.
# "add" lets a trainer create pages and edit the ones they own, "change" edit
# any page, "lock" lock a page and unlock their own lock.
TRAINER_PAGE_PERMISSIONS = ["add", "change", "lock"]
REVIEWER_PAGE_PERMISSIONS = ["add", "change", "lock", "publish", "unlock"]

# Images and documents in the "Course materials" collection.
MEDIA_PERMISSIONS = [
    ("wagtailimages", "add_image"),
    ("wagtailimages", "change_image"),
    ("wagtailimages", "choose_image"),
    ("wagtaildocs", "add_document"),
    ("wagtaildocs", "change_document"),
    ("wagtaildocs", "choose_document"),
]

# Model-level permissions: into the admin, and submitting translations.
# Nothing about users, groups, settings, sites, redirects or workflows.
MODEL_PERMISSIONS = [
    ("wagtailadmin", "access_admin"),
    ("wagtail_localize", "submit_translation"),
]


def catalogues(course_index: Page) -> list[Page]:
    """The catalogue and every translation of it (every locale's tree)."""
    return list(Page.objects.filter(translation_key=course_index.translation_key).order_by("path"))


def course_materials_collection() -> Collection:
    """The "Course materials" collection under the root collection (created
    once; the root too when missing, as after a database flush)."""
    root = Collection.get_first_root_node() or Collection.add_root(name="Root")
    existing = root.get_children().filter(name=COURSE_MATERIALS).first()
    if existing is not None:
        return existing
    return root.add_child(name=COURSE_MATERIALS)


def _permissions(pairs) -> list[Permission]:
    return [_permission(app, codename) for app, codename in pairs]


def _permission(app_label: str, codename: str) -> Permission:
    if (app_label, codename) == ("wagtail_localize", "submit_translation"):
        # Made by a wagtail-localize data migration, not by a model's Meta, so a
        # database flush (browser tests) loses it: recreate it as that migration does.
        content_type, _created = ContentType.objects.get_or_create(app_label=app_label, model="translation")
        permission, _created = Permission.objects.get_or_create(
            content_type=content_type, codename=codename, defaults={"name": "Can submit translations"}
        )
        return permission
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def _page_permissions(types) -> list[Permission]:
    return _permissions(("wagtailcore", f"{kind}_page") for kind in types)


def _grant(group: Group, course_index: Page, page_types: list[str]) -> None:
    """Make `group`'s permissions exactly the authoring ones (see module docstring).

    Page permissions outside course catalogues, collection permissions outside
    "Course materials" and model permissions other than MODEL_PERMISSIONS are
    removed. Permissions on another course catalogue are left as they are.
    """
    page_permissions = _page_permissions(page_types)
    pages = catalogues(course_index)
    wanted = {(page.pk, perm.pk) for page in pages for perm in page_permissions}
    other_catalogue_ids = set(
        CourseIndexPage.objects.exclude(translation_key=course_index.translation_key).values_list("pk", flat=True)
    )
    for row in GroupPagePermission.objects.filter(group=group):
        if (row.page_id, row.permission_id) not in wanted and row.page_id not in other_catalogue_ids:
            row.delete()
    for page_id, permission_id in wanted:
        GroupPagePermission.objects.get_or_create(group=group, page_id=page_id, permission_id=permission_id)

    materials = course_materials_collection()
    media_permissions = _permissions(MEDIA_PERMISSIONS)
    GroupCollectionPermission.objects.filter(group=group).exclude(
        collection=materials, permission__in=media_permissions
    ).delete()
    for permission in media_permissions:
        GroupCollectionPermission.objects.get_or_create(group=group, collection=materials, permission=permission)

    group.permissions.set(_permissions(MODEL_PERMISSIONS))


@transaction.atomic
def ensure_trainer_permissions(course_index: Page) -> tuple[Group, Group]:
    """Create or update the Trainers and Reviewers groups for `course_index`.

    Guarantees, for the catalogue and each of its translations:

    - Trainers may add, edit and lock pages there, but not publish, unpublish
      or unlock other people's locks; Reviewers may also publish and unlock.
    - Both may add, edit and choose images and documents in the "Course
      materials" collection, reach the Wagtail admin and submit translations.
    - Neither group holds any other permission: no other part of the page
      tree, no other collection, no users, groups, settings or workflows.

    Idempotent. Returns (trainers, reviewers).
    """
    trainers, _created = Group.objects.get_or_create(name=TRAINERS)
    reviewers, _created = Group.objects.get_or_create(name=REVIEWERS)
    _grant(trainers, course_index, TRAINER_PAGE_PERMISSIONS)
    _grant(reviewers, course_index, REVIEWER_PAGE_PERMISSIONS)
    return trainers, reviewers


@transaction.atomic
def ensure_moderation_workflow(course_index: Page) -> Workflow:
    """Attach the "Course review" workflow to the catalogue and its translations.

    The workflow is active and has exactly one task, the group approval task
    "Reviewer approval", assigned to the Reviewers group only. Every page
    below the catalogue uses it (unless a page further down has a workflow of
    its own): a trainer submits, a reviewer approves or requests changes, and
    Wagtail publishes the page when the task is approved.

    Idempotent: one workflow, one task, one link per catalogue page.
    """
    reviewers, _created = Group.objects.get_or_create(name=REVIEWERS)

    task = GroupApprovalTask.objects.filter(name=TASK_NAME).order_by("pk").first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=TASK_NAME, active=True)
    elif not task.active:
        task.active = True
        task.save(update_fields=["active"])
    task.groups.set([reviewers])

    workflow = Workflow.objects.filter(name=WORKFLOW_NAME).order_by("pk").first()
    if workflow is None:
        workflow = Workflow.objects.create(name=WORKFLOW_NAME, active=True)
    elif not workflow.active:
        workflow.active = True
        workflow.save(update_fields=["active"])
    WorkflowTask.objects.filter(workflow=workflow).exclude(task=task).delete()
    WorkflowTask.objects.update_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})

    for page in catalogues(course_index):
        WorkflowPage.objects.update_or_create(page=page, defaults={"workflow": workflow})
    return workflow


def ensure_authoring_setup(course_index: Page) -> Workflow:
    """Groups, permissions and the moderation workflow for the course catalogue.

    Calls `ensure_trainer_permissions` and `ensure_moderation_workflow`;
    idempotent like both. Returns the workflow.
    """
    with transaction.atomic():
        ensure_trainer_permissions(course_index)
        return ensure_moderation_workflow(course_index)


def on_catalogue_saved(sender, instance, created, raw=False, **kwargs) -> None:
    """`post_save` receiver for CourseIndexPage: a new catalogue (or a new
    translation of one, e.g. made by wagtail-localize) gets the authoring
    setup once the transaction commits."""
    if created and not raw:
        transaction.on_commit(lambda: ensure_authoring_setup(instance))
