"""courses.learner_progress answers what services.progress_for answers, with
the required steps kept under the content version."""

from courses import learner_progress
from courses.services import complete_step, progress_for
from tests.courses.factories import LessonPageFactory, translate_tree


def test_same_progress_as_progress_for_in_every_language(make_course_tree, learner):
    first = make_course_tree(slug="yksi", title="Yksi", modules=2, lessons=3)
    second = make_course_tree(slug="kaksi", title="Kaksi")
    translated = translate_tree(first, "en")
    complete_step(learner, first.lessons[0])
    complete_step(learner, first.lessons[4])
    for lesson in second.lessons:
        complete_step(learner, lesson)
    courses = [first.course, second.course, translated[first.course.pk]]
    for course in courses:
        expected = progress_for(learner, [course])
        assert learner_progress.progress(learner, [course]) == expected
    assert learner_progress.progress(learner, courses[:2]) == progress_for(learner, courses[:2])


def test_given_completions_are_used_instead_of_a_query(make_course_tree, learner, django_assert_num_queries):
    tree = make_course_tree()
    complete_step(learner, tree.lessons[0])
    learner_progress.required_steps()  # cached now
    with django_assert_num_queries(1):
        answer = learner_progress.progress(learner, [tree.course], completed_at={})
    assert (answer[tree.course.translation_key].done, answer[tree.course.translation_key].total) == (1, 4)


def test_a_published_step_renews_the_required_steps(make_course_tree, learner):
    tree = make_course_tree()
    assert learner_progress.progress(learner, [tree.course])[tree.course.translation_key].total == 4
    added = LessonPageFactory(parent=tree.modules[0], title="Uusi", slug="uusi")
    added.save_revision().publish()
    assert learner_progress.progress(learner, [tree.course])[tree.course.translation_key].total == 5
    added.unpublish()
    assert learner_progress.progress(learner, [tree.course])[tree.course.translation_key].total == 4
