"""Who may author courses in the Wagtail admin, and how a change goes live.

Two groups work on the course catalogue (a `CourseIndexPage` and everything
below it, in every language it is translated into):

- **Trainers** add and edit course, module and lesson pages, lock and unlock
  their own locks, upload and choose images and documents in the "Course
  materials" collection, and submit translations. They never publish: they
  submit a page to the "Kurssin tarkastus" (course review) workflow.
- **Reviewers** (senior trainers, coordinators) may do the same and also
  publish, unpublish and unlock; they approve the workflow's one task,
  "Tarkastajan hyväksyntä" (reviewer approval), and Wagtail publishes the
  page on approval.

Every function here is idempotent: calling it again changes nothing and
duplicates nothing, so `seed_demo` and operators may run it at any time.
Because page permissions and workflows are attached to a place in the page
tree, and each language has its own tree, the functions act on the given
catalogue *and all its translations* that exist at the time of the call.
Call `ensure_authoring_setup` again after a new catalogue translation is
created (`on_catalogue_saved` does that when connected to `post_save`).
"""

from django.conf import settings
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from wagtail.admin.localization import get_available_admin_languages
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
from wagtail.users.models import UserProfile

from courses.models import CourseIndexPage

TRAINERS = "Trainers"
REVIEWERS = "Reviewers"
COURSE_MATERIALS = "Course materials"
# The workflow and its task are rows whose names Wagtail shows as they are
# (the editor's "Submit to …" button, the dashboard, the reviewers' e-mails),
# never through gettext: they are named in Finnish, the language of the
# umbrella organisation and the default admin language. Installations seeded
# before the names were Finnish have them renamed by ensure_moderation_workflow.
WORKFLOW_NAME = "Kurssin tarkastus"
TASK_NAME = "Tarkastajan hyväksyntä"
LEGACY_WORKFLOW_NAMES = ("Course review",)
LEGACY_TASK_NAMES = ("Reviewer approval",)

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
    """Attach the "Kurssin tarkastus" workflow to the catalogue and its translations.

    The workflow is active and has exactly one task, the group approval task
    "Tarkastajan hyväksyntä", assigned to the Reviewers group only. Every page
    below the catalogue uses it (unless a page further down has a workflow of
    its own): a trainer submits, a reviewer approves or requests changes, and
    Wagtail publishes the page when the task is approved.

    Idempotent: one workflow, one task, one link per catalogue page.
    """
    reviewers, _created = Group.objects.get_or_create(name=REVIEWERS)

    task = _named(GroupApprovalTask, TASK_NAME, LEGACY_TASK_NAMES)
    task.groups.set([reviewers])
    workflow = _named(Workflow, WORKFLOW_NAME, LEGACY_WORKFLOW_NAMES)
    WorkflowTask.objects.filter(workflow=workflow).exclude(task=task).delete()
    WorkflowTask.objects.update_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})

    for page in catalogues(course_index):
        WorkflowPage.objects.update_or_create(page=page, defaults={"workflow": workflow})
    return workflow


def _named(model, name: str, legacy_names: tuple[str, ...]):
    """The active row called `name`: the existing one (renamed from a legacy
    name if need be, reactivated if deactivated) or a new one."""
    row = model.objects.filter(name=name).order_by("pk").first()
    if row is None:
        row = model.objects.filter(name__in=legacy_names).order_by("pk").first()
    if row is None:
        return model.objects.create(name=name, active=True)
    if row.name != name or not row.active:
        row.name = name
        row.active = True
        row.save(update_fields=["name", "active"])
    return row


def ensure_authoring_setup(course_index: Page) -> Workflow:
    """Groups, permissions and the moderation workflow for the course catalogue.

    Calls `ensure_trainer_permissions` and `ensure_moderation_workflow`;
    idempotent like both. Returns the workflow.
    """
    with transaction.atomic():
        ensure_trainer_permissions(course_index)
        return ensure_moderation_workflow(course_index)


def ensure_admin_language(user) -> str:
    """Give `user` a Wagtail admin language when they have none, and return it.

    Without one, Wagtail shows the admin in the request's language (the
    language cookie or the browser's) and renders workflow e-mails to this
    person in the *sender's* language. The language chosen is the person's
    preferred site language when it is an admin language, else the default
    (Finnish). A language the person has chosen in the admin's account
    settings is kept. Idempotent.
    """
    profile = UserProfile.get_for_user(user)
    if not profile.preferred_language:
        permitted = dict(get_available_admin_languages())
        preferred = getattr(user, "preferred_language", "")
        profile.preferred_language = preferred if preferred in permitted else settings.LANGUAGE_CODE
        profile.save(update_fields=["preferred_language"])
    return profile.preferred_language


def on_catalogue_saved(sender, instance, created, raw=False, **kwargs) -> None:
    """`post_save` receiver for CourseIndexPage: a new catalogue (or a new
    translation of one, e.g. made by wagtail-localize) gets the authoring
    setup once the transaction commits."""
    if created and not raw:
        transaction.on_commit(lambda: ensure_authoring_setup(instance))
