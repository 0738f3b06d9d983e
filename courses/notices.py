"""Reviewers hear of a page submitted for review through the notification
centre (courses owns the review workflow, courses/authoring.py).

Wagtail mails the reviewers of a group approval task itself (and, for the
same submission, every superuser once more through "workflow submitted").
To send exactly one notice per person, in the recipient's language and with
their notification preferences and one-click unsubscribe, this module takes
over both of Wagtail's submission receivers: it connects its own receivers
under Wagtail's dispatch_uids before wagtail.admin's ready() runs (project
apps come first in INSTALLED_APPS), so Wagtail's later connect of the same
uid is a no-op (django.dispatch keeps the first receiver per uid and
sender). Approval and rejection mails to the submitter stay Wagtail's.

Scope: the members of the task's groups (the people who may approve it) and
the superusers when WAGTAILADMIN_NOTIFICATION_INCLUDE_SUPERUSERS (Wagtail's
own rule), never the submitter; one notice per task state (dedupe key), so a
resubmission after changes notifies again and a repeated signal does not.
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page, TaskState, WorkflowState
from wagtail.signals import task_submitted, workflow_submitted

from notifications.registry import register_kind
from notifications.services import notify

PAGE_SUBMITTED = "courses.page_submitted"
# Wagtail's receivers (wagtail/admin/signal_handlers.py) that this module replaces.
WAGTAIL_TASK_SUBMITTED_UID = "group_approval_task_submitted_email_notification"
WAGTAIL_WORKFLOW_SUBMITTED_UID = "workflow_state_submitted_email_notification"


def register_kinds() -> None:
    register_kind(
        PAGE_SUBMITTED,
        label=_("A page submitted for your review"),
        title=_("“%(page)s” was submitted for review"),
        body_template="courses/notifications/page_submitted.txt",
    )


def reviewers_of(task_state, submitter=None):
    """Active members of the task's groups (and superusers, as Wagtail does), without the submitter."""
    task = task_state.task.specific
    group_ids = list(task.groups.values_list("pk", flat=True)) if hasattr(task, "groups") else []
    who = Q(groups__in=group_ids)
    if getattr(settings, "WAGTAILADMIN_NOTIFICATION_INCLUDE_SUPERUSERS", True):
        who |= Q(is_superuser=True)
    users = get_user_model().objects.filter(who, is_active=True).distinct()
    if submitter is not None:
        users = users.exclude(pk=submitter.pk)
    return users


def notify_reviewers(sender, instance, user=None, **kwargs) -> int:
    """task_submitted receiver: one notice per reviewer; returns how many."""
    task_state = instance
    content = task_state.workflow_state.content_object
    page = content.specific if isinstance(content, Page) else None
    if page is None:
        return 0  # only pages are reviewed in this workflow
    params = {
        "page": page.get_admin_display_title(),
        "task": task_state.task.name,
        "submitter": (user.get_full_name() or user.email) if user is not None else "",
    }
    page_pk = page.pk
    recipients = list(reviewers_of(task_state, submitter=user))
    for reviewer in recipients:
        notify(
            reviewer,
            PAGE_SUBMITTED,
            params=params,
            url=lambda: reverse("wagtailadmin_pages:edit", args=[page_pk]),
            dedupe_key=f"task_state:{task_state.pk}",
        )
    return len(recipients)


def workflow_submitted_is_told_per_task(sender, instance, **kwargs) -> None:
    """Takes Wagtail's "workflow submitted" slot: the task notice above already
    tells the superusers it would have mailed (a second mail for one submission)."""


def connect() -> None:
    """Connect before wagtail.admin's ready() (see the module docstring)."""
    task_submitted.connect(notify_reviewers, sender=TaskState, dispatch_uid=WAGTAIL_TASK_SUBMITTED_UID)
    workflow_submitted.connect(
        workflow_submitted_is_told_per_task, sender=WorkflowState, dispatch_uid=WAGTAIL_WORKFLOW_SUBMITTED_UID
    )
