"""Receivers connected in CoursesConfig.ready()."""

# --- cached course pages and outlines (courses/caching.py) ---
from django.conf import settings
from django.contrib.auth import get_user_model
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.models import PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from courses import authoring, caching
from courses.models import CourseCompletion, CourseIndexPage, Enrolment, Reflection, StepCompletion


@receiver(page_published, dispatch_uid="courses_cache_on_publish")
@receiver(page_unpublished, dispatch_uid="courses_cache_on_unpublish")
@receiver(post_page_move, dispatch_uid="courses_cache_on_move")
def invalidate_course_caches(sender, **kwargs):
    """Any publish, unpublish or move may change a course page (its lessons,
    translations, the menu in the header): start a new content version."""
    caching.bump_content_version()


@receiver(post_save, sender=Site, dispatch_uid="courses_cache_on_site_save")
@receiver(post_delete, sender=Site, dispatch_uid="courses_cache_on_site_delete")
def invalidate_on_site_change(sender, **kwargs):
    """Cached routes hold the Site: a new host name or root page applies at once."""
    caching.bump_content_version()


@receiver(post_save, sender=PageViewRestriction, dispatch_uid="courses_cache_on_restriction_save")
@receiver(post_delete, sender=PageViewRestriction, dispatch_uid="courses_cache_on_restriction_delete")
def invalidate_on_view_restriction(sender, **kwargs):
    """Cached pages were stored only when unrestricted: a new restriction must apply at once."""
    caching.bump_content_version()


def invalidate_learner_pages(sender, instance, **kwargs):
    """A learner's cached lesson pages show their progress, answers and name."""
    user_id = instance.pk if isinstance(instance, get_user_model()) else instance.user_id
    if user_id is not None:
        caching.bump_learner_version(user_id)


for _model in (Enrolment, StepCompletion, CourseCompletion, Reflection, settings.AUTH_USER_MODEL):
    _label = _model if isinstance(_model, str) else _model._meta.label
    post_save.connect(invalidate_learner_pages, sender=_model, dispatch_uid=f"courses_learner_cache_save_{_label}")
    post_delete.connect(invalidate_learner_pages, sender=_model, dispatch_uid=f"courses_learner_cache_delete_{_label}")


# A catalogue created later (e.g. a new translation through wagtail-localize)
# gets the Trainers/Reviewers permissions and the Course review workflow too.
post_save.connect(authoring.on_catalogue_saved, sender=CourseIndexPage, dispatch_uid="courses_authoring_catalogue")
