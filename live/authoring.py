"""Who authors standalone sessions in the Wagtail admin.

Sessions that are course steps live in the course catalogue and follow its
permissions and review workflow (courses/authoring.py). Standalone sessions
live in the event calendar; the "Live trainers" group may add, edit, lock,
publish and unpublish pages there (a date and a join link need no content
review). A separate group, because courses' `ensure_trainer_permissions`
keeps the Trainers group limited to the catalogue.

Idempotent: calling again duplicates nothing.
"""

from django.contrib.auth.models import Group, Permission
from django.db import transaction
from wagtail.models import GroupPagePermission, Page

LIVE_TRAINERS = "Live trainers"
PAGE_PERMISSIONS = ["add", "change", "lock", "publish"]


@transaction.atomic
def ensure_live_authoring(calendar: Page) -> Group:
    group, _created = Group.objects.get_or_create(name=LIVE_TRAINERS)
    group.permissions.add(Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin"))
    permissions = Permission.objects.filter(
        content_type__app_label="wagtailcore", codename__in=[f"{kind}_page" for kind in PAGE_PERMISSIONS]
    )
    for page in Page.objects.filter(translation_key=calendar.translation_key):
        for permission in permissions:
            GroupPagePermission.objects.get_or_create(group=group, page=page, permission=permission)
    return group
