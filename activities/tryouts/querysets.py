"""Who may see a newcomer's try request: the contacts of the activity's
association and the coordinators of its region (associations' scope rule
`Association.objects.answering_newcomers`). Everyone else, staff included,
gets an empty queryset, so object views answer 404."""

from django.db import models
from django.utils import timezone


class TryRequestQuerySet(models.QuerySet):
    def visible_to(self, user):
        from associations.models import Association

        if not getattr(user, "is_authenticated", False):
            return self.none()
        associations = Association.objects.answering_newcomers(user).values("pk")
        return self.filter(activity__association__in=associations)

    def unanswered(self):
        return self.filter(answer="")

    def open(self):
        """Requests whose outcome is not recorded yet (declined ones are closed)."""
        return self.filter(outcome="").exclude(answer="declined")

    def due_for_purge(self, *, retention_months: int, unanswered_months: int, now=None):
        """Requests past retention: `retention_months` after the outcome was
        recorded (or the request declined), or `unanswered_months` after sending
        when neither happened."""
        from activities.tryouts.retention import months_before

        now = now or timezone.now()
        closed_before = months_before(now, retention_months)
        open_before = months_before(now, unanswered_months)
        closed = models.Q(outcome_at__isnull=False, outcome_at__lt=closed_before)
        declined = models.Q(outcome_at__isnull=True, answer="declined", answered_at__lt=closed_before)
        stale = models.Q(outcome_at__isnull=True, created_at__lt=open_before) & ~models.Q(answer="declined")
        return self.filter(closed | declined | stale)
