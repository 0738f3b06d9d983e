"""The "Work" menu of the site header: links to the tools a person's roles
open (dashboards, readiness reviews, trainings, quiz analytics, marking,
manual badges). Reports is the top layer, so it may ask every app's own
permission rule; the menu never grants anything, each view checks again.

Roles change rarely and the header is on every page, so the answer is cached
per user (and per request) under the content version, which a publish renews
(the trainers of a live session are set on its page), and forgotten whenever
one of the person's roles changes (reports/signal_handlers.py: their account,
groups, memberships and coordinator assignments). CACHE_SECONDS only bounds
what a change made around the ORM (a raw update) could leave stale.
"""

from dataclasses import dataclass

from django.core.cache import cache
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from associations.models import Association
from badges.services import may_award
from live.scope import trains
from quizzes import permissions as quiz_permissions
from training import content_version

CACHE_SECONDS = 600


@dataclass(frozen=True)
class WorkLink:
    label: str
    url_name: str

    @property
    def url(self) -> str:
        return reverse(self.url_name)


REPORTS = WorkLink(_("Reports"), "reports:index")
READINESS = WorkLink(_("Readiness"), "readiness:overview")
TRAININGS = WorkLink(_("My trainings"), "live:my_trainings")
QUIZ_ANALYTICS = WorkLink(_("Quiz analytics"), "quizzes:index")
MARKING = WorkLink(_("Reflections to mark"), "quizzes:marking")
AWARD = WorkLink(_("Award a badge"), "badges:award")


def _url_names_for(user) -> list[str]:
    oversees = Association.objects.overseen_by(user).exists()
    analytics = quiz_permissions.may_view_analytics(user)
    names = []
    if oversees or analytics:
        names.append(REPORTS.url_name)
    if oversees:
        names.append(READINESS.url_name)
    if trains(user):
        names.append(TRAININGS.url_name)
    if analytics:
        names.append(QUIZ_ANALYTICS.url_name)
    if quiz_permissions.may_mark(user):
        names.append(MARKING.url_name)
    if may_award(user):
        names.append(AWARD.url_name)
    return names


def _cache_key(user_pk: int) -> str:
    return f"nav:work:{user_pk}"


def forget(user_pk: int | None) -> None:
    """One of the person's roles changed: their next page works the menu out anew."""
    if user_pk is not None:
        cache.delete(_cache_key(user_pk))


def work_links(request) -> list[WorkLink]:
    """The work links of the request's user, in menu order ([] for anonymous people and learners)."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return []
    if not hasattr(request, "_work_links"):
        key = _cache_key(user.pk)
        version = content_version.current()
        stored = cache.get(key)
        if isinstance(stored, tuple) and len(stored) == 2 and stored[0] == version:
            names = stored[1]
        else:
            names = _url_names_for(user)
            cache.set(key, (version, names), CACHE_SECONDS)
        by_name = {link.url_name: link for link in (REPORTS, READINESS, TRAININGS, QUIZ_ANALYTICS, MARKING, AWARD)}
        request._work_links = [by_name[name] for name in names]
    return request._work_links
