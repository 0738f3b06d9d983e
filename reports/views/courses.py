"""Trainers' per-course analytics and their exports. Thin: who counts comes
from reports/course_analytics.py (`learner_scope_or_none`: None means 404),
the figures and tables from there too."""

from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import render
from django.utils.translation import gettext as _

import audit
from reports.course_analytics import course_detail, course_list, learner_scope_or_none, live_course_or_none
from reports.exports import Table, export_response

FORMATS = {"csv", "xlsx"}


def _scope_or_404(user):
    scope = learner_scope_or_none(user)
    if scope is None:
        raise Http404
    return scope


def _course_or_404(course_key):
    course = live_course_or_none(course_key)
    if course is None:
        raise Http404
    return course


@login_required
def courses(request):
    scope = _scope_or_404(request.user)
    return render(request, "reports/courses.html", {"rows": course_list(scope)})


@login_required
def course(request, course_key):
    scope = _scope_or_404(request.user)
    detail = course_detail(request.user, _course_or_404(course_key), scope)
    return render(request, "reports/courses_detail.html", {"detail": detail})


@login_required
def courses_export(request, fmt):
    scope = _scope_or_404(request.user)
    if fmt not in FORMATS:
        raise Http404
    response = export_response(courses_table(course_list(scope)), fmt, request.GET.get("delimiter", "comma"))
    _audit_export(request, "courses", fmt)
    return response


@login_required
def course_export(request, course_key, fmt):
    scope = _scope_or_404(request.user)
    course = _course_or_404(course_key)
    if fmt not in FORMATS:
        raise Http404
    detail = course_detail(request.user, course, scope)
    response = export_response(steps_table(detail), fmt, request.GET.get("delimiter", "comma"))
    _audit_export(request, "course-steps", fmt, course=course_key)
    return response


def _audit_export(request, table: str, fmt: str, **details) -> None:
    details = {"table": table, "format": fmt, **details}
    audit.record(audit.Action.REPORT_EXPORTED, actor=request.user, details=details, request=request)


def courses_table(rows) -> Table:
    columns = [
        _("Course"),
        _("Enrolled"),
        _("Started"),
        _("Completed"),
        _("Completion rate (%)"),
        _("Median days to completion"),
    ]
    return Table(
        "courses",
        columns,
        ([r.course.title, r.enrolled, r.started, r.completed, r.completion_rate, r.median_days] for r in rows),
    )


def steps_table(detail) -> Table:
    columns = [_("Step"), _("Title"), _("Learners who completed it"), _("Share of the enrolled (%)")]
    return Table(
        f"course-{detail.course.key}-steps",
        columns,
        ([step.number, step.title, step.completed, share] for step, share in detail.step_shares()),
    )
