"""Step pages (lessons here; quizzes and live sessions subclass the step base)
and the learner's actions on a lesson: mark as done, answer a reflection.

Step pages need a login: progress is tracked. The course outline comes from
the cache (courses/views/outline.py), so a step page costs the same number of
queries in a course of 3 lessons as in one of 60.
"""

import html
from collections.abc import Callable
from datetime import timedelta

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.http import Http404
from django.middleware.csrf import get_token
from django.shortcuts import get_object_or_404, redirect
from django.template.loader import get_template
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.html import conditional_escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from courses import caching, services, shared_render
from courses.forms import ReflectionForm
from courses.models import CourseCompletion, CoursePage, Enrolment, LessonPage, Reflection, StepPage
from courses.views.outline import outline_for

# "Continue where you left off" needs the step, not every page view: a reload
# of the same step within this time writes nothing.
VISIT_REFRESH = timedelta(minutes=5)

# Part of the shared copy's key: renewed when the holes the templates leave
# in it change, so a copy cut by an older release is never filled by this one.
SHARED_FORMAT = "2"

# Step templates whose own content is wholly the learner's and marked so
# ({% per_learner "step-content" %}): the rest of the page is shared, and
# each request renders only that template (the value) for the learner.
SHARED_SHELL_TEMPLATES = {"quizzes/quiz_page.html": "quizzes/includes/quiz_section.html"}


def step_page(request, page: StepPage, *, reflection_state: dict | None = None, status: int = 200):
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    preview = getattr(request, "is_preview", False)
    course = _course_of(request, page)
    if course is None or (not course.live and not preview):
        raise Http404
    request.courses_course = course  # kept with the route (courses.caching.store_route)
    # A lesson as this learner sees it is cached until their progress or the content changes.
    cacheable = (
        isinstance(page, LessonPage)
        and reflection_state is None
        and caching.may_use_page_cache(request)
        and _unrestricted(request, page)
    )
    user = request.user
    if preview:
        enrolled = Enrolment.objects.filter(user=user, course_key=course.translation_key).exists()
    else:
        enrolled, changed = services.note_visit(user, page, course, refresh=VISIT_REFRESH)
        if changed:
            caching.bump_learner_version(user.pk)
    key = caching.page_key(request) if cacheable else ""
    if cacheable and (cached := caching.cached_page(request, key)) is not None:
        return cached

    done = services.completed_step_keys(user, course)
    step_done = page.translation_key in done
    can_mark_done = isinstance(page, LessonPage) and not preview
    flags = shared_render.Flags(
        named={
            "done-badge": step_done,
            "done-note": step_done,
            "mark-done-form": can_mark_done and not step_done,
            "not-enrolled": not enrolled,
        },
        done=frozenset(str(k) for k in done),
    )
    base = {
        "course": course,
        "done_keys": done,
        "enrolment": enrolled,
        "step_done": step_done,
        "can_mark_done": can_mark_done,
        "personal_flags": flags,
    }
    if cacheable:
        context = page.get_context(request)
        context.update(base)
        context["csrf_token"] = caching.CSRF_PLACEHOLDER
        context["step_content_html"] = _shared_lesson_content(request, course, page, flags, context)
        response = TemplateResponse(request, page.get_template(request), context, status=status).render()
        caching.store_page(key, response.content)
        response.content = caching.personalise(request, response.content)
        return response
    context = page.get_context(request)
    context.update(base)
    own_template = SHARED_SHELL_TEMPLATES.get(page.get_template(request))
    if own_template and not preview and reflection_state is None and _unrestricted(request, page):
        context["step_content_html"] = _shared_shell(request, course, page, flags, context, own_template)
        return TemplateResponse(request, page.get_template(request), context, status=status)
    context.update(_outline_context(request, course, page))
    if isinstance(page, LessonPage):
        context.update(_lesson_context(request, course, page, reflection_state or {}, preview))
    return TemplateResponse(request, page.get_template(request), context, status=status)


def _course_of(request, page: StepPage) -> CoursePage | None:
    """The step's course: from the route cache when it knows it (same content version), else one query."""
    known = getattr(request, "courses_course", None)
    if known is not None and page.path.startswith(known.path):
        return known
    return services.course_of(page)


def _outline_context(request, course, page) -> dict:
    """The outline, the pager and the breadcrumb's links (inside the shared copy of a lesson)."""
    outline = outline_for(course, request)
    return {
        "course_url": course.get_url(request),
        "outline": outline,
        "step_entry": next((s for s in outline.steps if s.key == page.translation_key), None),
        "previous_step": outline.previous(page.translation_key),
        "next_step": outline.next(page.translation_key),
        "module": _module_of(outline, page),
    }


def _shared_lesson_content(request, course, page: LessonPage, flags, context) -> SafeString:
    """The lesson's content for this learner: the copy shared by every learner
    with their own parts filled in (courses/shared_render.py)."""
    entry = _shared_entry(
        request, course, page, context, extra=lambda: _lesson_context(request, course, page, {}, False, answers=False)
    )
    if entry is None:  # a template without the markers: render it whole, every time
        context.update(_outline_context(request, course, page))
        context.update(_lesson_context(request, course, page, {}, preview=False))
        return SafeString("")
    own = _own_reflections(request, page, entry["per_learner"])
    return mark_safe(shared_render.fill(entry, flags, own))  # noqa: S308 - rendered by our templates


def _shared_shell(request, course, page: StepPage, flags, context, own_template: str) -> SafeString:
    """A step whose own content is wholly the learner's (a quiz): the shared
    copy of the rest (breadcrumb, outline, pager; rendered once per page,
    language and content version) with that content rendered for this request."""
    entry = _shared_entry(request, course, page, context, extra=dict)
    if entry is None:  # a template without the markers: render it whole
        context.update(_outline_context(request, course, page))
        return SafeString("")
    step_content = get_template(own_template).render(context, request)
    html = shared_render.fill(entry, flags, {("step-content", ""): step_content})
    # The shared copy was cut with the placeholder where a CSRF token would be.
    return mark_safe(html.replace(caching.CSRF_PLACEHOLDER, get_token(request)))  # noqa: S308 - our templates


def _shared_entry(request, course, page: StepPage, context, extra: Callable[[], dict]) -> dict | None:
    """The shared copy of a step page (rendered once per page, host, language
    and content version: the key is read before the page's data), `extra()`
    adding to the context of that render; None when the template has no
    BEGIN/END markers."""
    version = shared_render.current_content_version(request)
    key = shared_render.shared_key(request, page.pk, f"{version}:{SHARED_FORMAT}")
    entry = shared_render.get(key)
    if entry is not None:
        return entry
    shared = dict(context)
    shared.update(_outline_context(request, course, page))
    shared.update(extra())
    shared.update({"shared_render": shared_render, "personal_slots": {}, "personal_own_parts": []})
    shared["csrf_token"] = caching.CSRF_PLACEHOLDER
    shared.pop("step_content_html", None)
    rendered = TemplateResponse(request, page.get_template(request), shared).render().content.decode()
    html = shared_render.cut(rendered)
    if html is None:
        return None
    return shared_render.put(key, html, shared["personal_slots"], shared["personal_own_parts"])


def _own_reflections(request, page: LessonPage, parts) -> dict:
    """The learner's own parts of the reflection blocks in the shared copy:
    the text of their answer (escaped as the template would) and the "Saved"
    line; no query when the lesson has no reflection prompt."""
    wanted = {key for name, key in parts if name in ("reflection-text", "reflection-saved")}
    if not wanted:
        return {}
    answers = _answers(request.user, page, wanted)
    saved_line = get_template("courses/includes/reflection_saved.html")
    own = {}
    for block_id in wanted:
        answer = answers.get(block_id, {})
        own[("reflection-text", block_id)] = conditional_escape(answer.get("text", ""))
        updated_at = answer.get("updated_at")
        own[("reflection-saved", block_id)] = saved_line.render({"updated_at": updated_at}) if updated_at else ""
    return own


def _answers(user, page: LessonPage, block_ids) -> dict:
    answers = {}
    rows = Reflection.objects.filter(user=user, step_key=page.translation_key, block_id__in=block_ids)
    for block_id, text, updated_at in rows.values_list("block_id", "text", "updated_at"):
        # Stored sanitised HTML; the text box shows it as the text the learner wrote.
        answers[block_id] = {"text": html.unescape(text), "updated_at": updated_at}
    return answers


def _unrestricted(request, page: StepPage) -> bool:
    """No view restriction on the page or above it (the route cache knows it
    for this content version; otherwise one query)."""
    known = getattr(request, "courses_page_unrestricted", None)
    if known is not None:
        return known
    return not page.get_view_restrictions().exists()


def _module_of(outline, page):
    for module in outline.modules:
        if any(step.key == page.translation_key for step in module.steps):
            return module
    return None


def _lesson_context(
    request, course, page: LessonPage, reflection_state: dict, preview: bool, *, answers: bool = True
) -> dict:
    """The body blocks, each with the learner's own answer where it is a
    reflection (`answers=False`: without, for the shared render)."""
    reflection_ids = [block.id for block in page.body if block.block_type == "reflection"]
    found = _answers(request.user, page, reflection_ids) if reflection_ids and answers and not preview else {}
    found.update(reflection_state)
    return {
        "body_blocks": [(block, found.get(block.id, {})) for block in page.body],
        "reflection_url": None if preview else reverse("courses:save_reflection", args=[course.pk, page.pk]),
        "reflection_max_length": Reflection.MAX_LENGTH,
    }


def _course_and_lesson(course_id: int, step_id: int) -> tuple[CoursePage, LessonPage]:
    """A live course and a live lesson inside it; 404 for anything else
    (an unpublished page, a quiz, a lesson of another course)."""
    course = get_object_or_404(CoursePage.objects.live(), pk=course_id)
    lesson = get_object_or_404(LessonPage.objects.live().descendant_of(course), pk=step_id)
    return course, lesson


@login_required
@require_POST
def complete_step(request, course_id: int, step_id: int):
    """Mark a lesson done (idempotent; enrols implicitly) and go on to the next step."""
    course, lesson = _course_and_lesson(course_id, step_id)
    user = request.user
    was_completed = CourseCompletion.objects.filter(user=user, course_key=course.translation_key).exists()
    try:
        services.complete_step(user, lesson)
    except services.LearningError as error:
        messages.error(request, str(error))
        return redirect(lesson.get_url(request))
    services.record_visit(user, lesson)
    caching.bump_learner_version(user.pk)
    if not was_completed and CourseCompletion.objects.filter(user=user, course_key=course.translation_key).exists():
        messages.success(request, _("Well done! You have completed the course “%(title)s”.") % {"title": course.title})
        return redirect(course.get_url(request) + "#course-actions")
    next_step = outline_for(course, request).next(lesson.translation_key)
    messages.success(request, _("“%(title)s” is marked as done.") % {"title": lesson.title})
    if next_step is not None and next_step.url:
        return redirect(next_step.url)
    return redirect(course.get_url(request) + "#course-actions")


@login_required
@require_POST
def save_reflection(request, course_id: int, step_id: int):
    """Save the learner's private answer. On any problem the lesson is shown
    again with a message and the text they typed still in the box."""
    _course, lesson = _course_and_lesson(course_id, step_id)
    form = ReflectionForm(request.POST)
    block_id = request.POST.get("block_id", "")[:64]
    text = request.POST.get("text", "")
    if form.is_valid():
        try:
            services.save_reflection(request.user, lesson, form.cleaned_data["block_id"], form.cleaned_data["text"])
        except services.LearningError as error:
            problem = str(error)
        else:
            messages.success(request, _("Your answer is saved. Only you can see it."))
            return redirect(lesson.get_url(request) + "#reflection-" + block_id)
    else:
        problem = " ".join(str(message) for errors in form.errors.values() for message in errors)
    known = any(block.id == block_id and block.block_type == "reflection" for block in lesson.body)
    if not known:
        # No box to show the message next to: say it at the top of the page.
        messages.error(request, _("Your answer could not be saved: %(problem)s") % {"problem": problem})
        state = {}
    else:
        messages.error(request, _("Your answer was not saved. See the message by the question."))
        state = {block_id: {"text": text, "error": problem}}
    return step_page(request, lesson, reflection_state=state, status=400)
