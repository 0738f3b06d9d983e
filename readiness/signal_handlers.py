"""Coordinators get the framework-editing permission when they are assigned a region."""

from django.db.models.signals import post_save
from django.dispatch import receiver

from associations.models import CoordinatorAssignment


@receiver(post_save, sender=CoordinatorAssignment, dispatch_uid="readiness_coordinator_group")
def add_coordinator_to_group(sender, instance, created, raw=False, **kwargs):
    if raw or not created:
        return
    from readiness.permissions import grant_to_coordinators

    grant_to_coordinators([instance.user])


def grant_framework_permissions(sender, **kwargs):
    """After migrate: every regional coordinator may edit readiness frameworks. Idempotent."""
    from django.contrib.auth import get_user_model

    from readiness.permissions import grant_to_coordinators

    grant_to_coordinators(get_user_model().objects.filter(coordinator_assignments__isnull=False).distinct())
