"""Receivers connected in ReportsConfig.ready(): reports is the top layer, so
it listens to the progress rows of `courses` instead of `courses` calling up.

They keep `CourseStart` (reports/course_starts.py) true for every change made
through the ORM: services.complete_step creates the enrolment first, tests
and imports may create the step completion first; either order is counted.
"""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from courses.models import Enrolment, StepCompletion
from reports import course_starts


@receiver(post_save, sender=StepCompletion, dispatch_uid="reports_start_on_step")
@receiver(post_save, sender=Enrolment, dispatch_uid="reports_start_on_enrolment")
def mark_started(sender, instance, created, raw=False, **kwargs):
    if created and not raw:  # loaddata (raw) is followed by `manage.py sync_course_starts`
        course_starts.mark_started(instance.user_id, instance.course_key)


@receiver(post_delete, sender=StepCompletion, dispatch_uid="reports_unstart_on_step_delete")
def unmark_started(sender, instance, **kwargs):
    course_starts.unmark_if_no_steps(instance.user_id, instance.course_key)
