"""The scope rules of activities, in one place every view uses."""

from django.db import models
from django.db.models import Exists, OuterRef, Q
from django.utils import timezone


class ActivityQuerySet(models.QuerySet):
    def public(self):
        """Activities a newcomer may see: published, of an active association and —
        where the region requires it (RegionOfferingPolicy) — of an association
        whose readiness approval is valid today."""
        from readiness.models import Approval

        valid_approval = Approval.objects.filter(
            association=OuterRef("association"), valid_until__gte=timezone.localdate()
        )
        requires = Q(association__municipality__region__offering_policy__require_readiness=True)
        return (
            self.filter(published=True, association__active=True)
            .annotate(has_valid_approval=Exists(valid_approval))
            .filter(~requires | Q(has_valid_approval=True))
        )

    def editable_by(self, user):
        """Activities the user may add, change or unpublish: those of the associations
        they are a contact of, every one for staff (Association.objects.managed_by)."""
        from associations.models import Association

        return self.filter(association__in=Association.objects.managed_by(user))
