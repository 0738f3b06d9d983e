"""Course pages (the content trainers author) and progress rows (what learners did)."""

from courses.models.pages import (  # noqa: F401
    CourseIndexPage,
    CoursePage,
    IntendedRole,
    LessonPage,
    ModulePage,
    StepPage,
    Topic,
)
from courses.models.progress import (  # noqa: F401
    CourseCompletion,
    Enrolment,
    Reflection,
    StepCompletion,
)
