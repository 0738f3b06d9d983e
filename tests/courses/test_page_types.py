"""The course tree: catalogue → course → module → steps, and nothing else."""

from django.core.exceptions import ValidationError
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Page, Site
from wagtail.test.utils import WagtailPageTestCase

from courses.models import CourseIndexPage, CoursePage, LessonPage, ModulePage, StepPage
from home.models import ContentPage, HomePage


def course_catalogue() -> CourseIndexPage:
    home = Site.objects.get(is_default_site=True).root_page
    return CourseIndexPage.objects.child_of(home).first() or home.add_child(
        instance=CourseIndexPage(title="Kurssit", slug="kurssit")
    )


class CourseTreeTests(WagtailPageTestCase):
    def test_catalogue_sits_only_under_a_home_page(self):
        self.assertAllowedParentPageTypes(CourseIndexPage, {HomePage})

    def test_catalogue_can_be_created_under_a_home_page(self):
        self.assertCanCreateAt(HomePage, CourseIndexPage)

    def test_catalogue_cannot_be_created_under_a_content_page_or_the_tree_root(self):
        self.assertCanNotCreateAt(ContentPage, CourseIndexPage)
        self.assertCanNotCreateAt(Page, CourseIndexPage)

    def test_catalogue_holds_only_courses(self):
        self.assertAllowedSubpageTypes(CourseIndexPage, {CoursePage})

    def test_course_sits_only_in_the_catalogue(self):
        self.assertAllowedParentPageTypes(CoursePage, {CourseIndexPage})

    def test_course_holds_only_modules(self):
        self.assertAllowedSubpageTypes(CoursePage, {ModulePage})

    def test_module_sits_only_in_a_course(self):
        self.assertAllowedParentPageTypes(ModulePage, {CoursePage})

    def test_module_accepts_a_lesson(self):
        self.assertCanCreateAt(ModulePage, LessonPage)

    def test_module_accepts_only_step_pages(self):
        # Quizzes and live sessions (other apps) are StepPage subclasses too.
        allowed = ModulePage.allowed_subpage_models()
        self.assertIn(LessonPage, allowed)
        self.assertTrue(all(issubclass(model, StepPage) for model in allowed), allowed)

    def test_the_step_base_itself_cannot_be_created_anywhere(self):
        self.assertFalse(StepPage.is_creatable)
        self.assertCanNotCreateAt(ModulePage, StepPage)
        self.assertNotIn(StepPage, ModulePage.creatable_subpage_models())

    def test_lesson_sits_only_in_a_module(self):
        self.assertAllowedParentPageTypes(LessonPage, {ModulePage})

    def test_lesson_has_no_subpages(self):
        self.assertAllowedSubpageTypes(LessonPage, set())

    def test_lesson_cannot_be_created_directly_in_a_course_or_the_catalogue(self):
        self.assertCanNotCreateAt(CoursePage, LessonPage)
        self.assertCanNotCreateAt(CourseIndexPage, LessonPage)

    def test_a_home_page_has_at_most_one_catalogue(self):
        catalogue = course_catalogue()
        self.assertFalse(CourseIndexPage.can_create_at(catalogue.get_parent()))


class CoverImageTests(WagtailPageTestCase):
    def setUp(self):
        self.catalogue = course_catalogue()
        self.image = get_image_model().objects.create(title="Kansi", file=get_test_image_file())

    def course(self, **fields):
        return CoursePage(title="Kurssi", slug="kansikuva", summary="Tiivistelmä", topic="welcoming", **fields)

    def test_course_with_a_cover_image_but_no_alt_text_fails_validation(self):
        with self.assertRaises(ValidationError) as caught:
            self.catalogue.add_child(instance=self.course(cover_image=self.image, cover_image_alt="  "))
        self.assertIn("cover_image_alt", caught.exception.message_dict)
        self.assertFalse(CoursePage.objects.filter(slug="kansikuva").exists())

    def test_course_with_a_cover_image_and_alt_text_is_saved(self):
        course = self.catalogue.add_child(
            instance=self.course(cover_image=self.image, cover_image_alt="Kaksi pelaajaa kättelee kentällä.")
        )
        self.assertEqual(course.cover_image, self.image)

    def test_course_without_a_cover_image_needs_no_alt_text(self):
        course = self.catalogue.add_child(instance=self.course())
        self.assertIsNone(course.cover_image)
