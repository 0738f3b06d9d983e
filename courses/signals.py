"""Signals sent by `courses` for the layers above it."""

from django.dispatch import Signal

# Sent once per (user, course) when a course is completed, after the
# transaction commits. Arguments: user, course_key (UUID), course (CoursePage
# in the default language, or the translation that was completed),
# completed_at.
course_completed = Signal()
