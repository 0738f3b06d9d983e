"""The course page and enrolment.

The course page is public: description, facts and the syllabus. A logged-in
learner also sees their progress, the steps they have done and one button:
"Enrol", "Start", "Continue where you left off" or "Review the course".

Anonymous visitors all get the same page, so its HTML is cached per URL,
language and content version (courses/caching.py). It has no form and no CSRF
token, and sets no cookie: the enrol button is a link to the login page. A
learner's copy is cached per learner until their progress or the content
changes.
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, redirect
from django.template.loader import get_template
from django.template.response import TemplateResponse
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language, get_language_info
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail.models import Page

from courses import caching, services, shared_render
from courses.models import CourseCompletion, CoursePage, Enrolment
from courses.views.outline import outline_for
from training import content_version

# Part of the shared copy's key: renewed when the holes the template leaves change.
SHARED_FORMAT = "1"

# The learner's own parts of the course page ({% per_learner %} names) and the
# template each is rendered with, per request.
_OWN_PARTS = {
    "course-actions": "courses/includes/course_actions.html",
    "prerequisites": "courses/includes/course_prerequisites.html",
}


def course_page(request, page: CoursePage):
    if not (caching.may_use_page_cache(request) and not page.get_view_restrictions().exists()):
        return _render(request, page)
    key = caching.page_key(request)
    cached = caching.cached_page(request, key)
    if cached is not None:
        return cached
    learner = request.user.is_authenticated
    response = _render(request, page, csrf_placeholder=learner, shared=learner).render()
    if response.status_code == 200 and not response.cookies:
        caching.store_page(key, response.content)
    if learner:
        response.content = caching.personalise(request, response.content)
    return response


def _render(request, page: CoursePage, *, csrf_placeholder: bool = False, shared: bool = False) -> TemplateResponse:
    """The course page; `shared`: a learner's copy made of the copy shared by
    every learner with their own parts (only where the page cache may be used:
    no preview, no view restriction)."""
    outline = outline_for(page, request)
    context = page.get_context(request)
    if csrf_placeholder:
        context["csrf_token"] = caching.CSRF_PLACEHOLDER
    context.update(
        {
            "course": page,
            "outline": outline,
            **_shared_facts(page, request),
        }
    )
    if request.user.is_authenticated:
        context.update(_learner_context(request, page, outline))
    if shared:
        context["course_content_html"] = _shared_content(request, page, context)
    return TemplateResponse(request, page.get_template(request), context)


def _shared_content(request, page: CoursePage, context) -> SafeString:
    """The page's content for this learner: the copy shared by every learner
    (rendered once per page, host, language and content version: the key is
    read before the page's data) with their own parts filled in: the syllabus
    ticks, their progress and button, the prerequisites they completed."""
    version = shared_render.current_content_version(request)
    key = shared_render.shared_key(request, page.pk, f"{version}:{SHARED_FORMAT}")
    entry = shared_render.get(key)
    if entry is None:
        shared = dict(context)
        shared.update({"shared_render": shared_render, "personal_slots": {}, "personal_own_parts": []})
        rendered = TemplateResponse(request, page.get_template(request), shared).render().content.decode()
        html = shared_render.cut(rendered)
        if html is None:  # a template without the markers: render it whole
            return SafeString("")
        entry = shared_render.put(key, html, shared["personal_slots"], shared["personal_own_parts"])
    own = {
        (name, part_key): get_template(_OWN_PARTS[name]).render(context, request)
        for name, part_key in entry["per_learner"]
        if name in _OWN_PARTS
    }
    return mark_safe(shared_render.fill(entry, context["personal_flags"], own))  # noqa: S308 - our templates


def _learner_context(request, page: CoursePage, outline) -> dict:
    user = request.user
    enrolment = Enrolment.objects.filter(user=user, course_key=page.translation_key).first()
    done = services.completed_step_keys(user, page)
    completion = CourseCompletion.objects.filter(user=user, course_key=page.translation_key).first()
    progress = outline.progress(done, completion.completed_at if completion else None)
    return {
        "enrolment": enrolment,
        "done_keys": done,
        "personal_flags": shared_render.Flags(done=frozenset(str(key) for key in done)),
        "completion": completion,
        "progress": progress,
        "continue_step": outline.continue_step(done, enrolment.last_step_key if enrolment else None),
    }


def _shared_facts(page: CoursePage, request) -> dict:
    """The course's languages and prerequisites: the same for every visitor of
    this page in one language, so kept per content version (one cache read);
    only whether the learner completed each prerequisite is read per request."""

    def build():
        return {"languages": _languages(page, request), "prerequisites": _prerequisite_links(page, request)}

    if getattr(request, "is_preview", False):  # the page comes from the editor's form
        facts = build()
    else:
        key = f"courses:course-facts:{page.pk}:{request.get_host()}:{get_language() or ''}"
        facts = content_version.remembered(key, build)
    return {"languages": facts["languages"], "prerequisites": _with_completions(facts["prerequisites"], request)}


def _with_completions(links: list[dict], request) -> list[dict]:
    """Copies of the prerequisite `links`, each saying whether the learner completed it."""
    prerequisites = [dict(item) for item in links]
    if prerequisites and request.user.is_authenticated:
        completed = set(
            CourseCompletion.objects.filter(
                user=request.user, course_key__in=[item["key"] for item in prerequisites]
            ).values_list("course_key", flat=True)
        )
        for item in prerequisites:
            item["completed"] = item["key"] in completed
    return prerequisites


def _languages(page: CoursePage, request) -> list[dict]:
    """Every live translation of the course, with its language's own name."""
    translations = Page.objects.filter(translation_key=page.translation_key).live().select_related("locale")
    languages = []
    for translation in translations.order_by("locale__language_code"):
        code = translation.locale.language_code
        try:
            name = get_language_info(code)["name_local"]
        except KeyError:
            name = code
        languages.append(
            {"code": code, "name": name, "url": translation.get_url(request), "current": translation.pk == page.pk}
        )
    return languages


def _prerequisite_links(page: CoursePage, request) -> list[dict]:
    """Prerequisite courses (title and link in this page's language where
    translated), without the learner's completions."""
    courses = [course for course in page.prerequisites.all() if course.live]
    if not courses:
        return []
    translated = {
        c.translation_key: c
        for c in Page.objects.live().filter(
            locale_id=page.locale_id, translation_key__in=[c.translation_key for c in courses]
        )
    }
    links = []
    for course in courses:
        shown = translated.get(course.translation_key, course)
        links.append(
            {"key": course.translation_key, "title": shown.title, "url": shown.get_url(request), "completed": False}
        )
    return links


@login_required
@require_POST
def enrol(request, course_id: int):
    """One click, idempotent: enrolling again only says so."""
    course = get_object_or_404(CoursePage.objects.live(), pk=course_id)
    try:
        _enrolment, created = services.enrol(request.user, course)
    except services.LearningError as error:
        messages.error(request, str(error))
        return redirect(course.get_url(request))
    if created:
        messages.success(request, _("You are enrolled. Start whenever you like: your progress is saved."))
    else:
        messages.info(request, _("You are already enrolled in this course."))
    return redirect(course.get_url(request) + "#course-actions")


@login_required
def continue_course(request, course_id: int):
    """Send the learner to where they left off (or to the first step)."""
    course = get_object_or_404(CoursePage.objects.live(), pk=course_id)
    outline = outline_for(course, request)
    enrolment = Enrolment.objects.filter(user=request.user, course_key=course.translation_key).first()
    done = services.completed_step_keys(request.user, course)
    step = outline.continue_step(done, enrolment.last_step_key if enrolment else None)
    return redirect(step.url if step and step.url else course.get_url(request))
