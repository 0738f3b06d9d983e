"""The reports app's panels on the start page (accounts/start.py), figures at
a glance that link to the full dashboards:

- for an association contact, per association: active members, members who
  have completed a course, members with a course under way;
- for a regional coordinator, per region they coordinate: associations,
  active members, members who completed a course, approved associations.

Scope: contact memberships and coordinator assignments (the same associations
`Association.objects.overseen_by` gives these roles). A fixed number of
grouped queries, whatever the number of associations or members.
"""

from django.db.models import Count, Exists, OuterRef, Q
from django.urls import reverse

from accounts.start import register_panel
from associations.models import Association, Membership, Region, Role
from associations.start_panels import is_contact, is_coordinator  # one roles query per start page
from courses.models import CourseCompletion, Enrolment
from readiness.models import Status
from readiness.reporting import status_by_association

MAX_ASSOCIATIONS = 8


def _member_figures(memberships, group_by: str) -> tuple[dict, dict]:
    """(completed, under way) member counts grouped by `group_by`, two queries."""
    completed = Exists(CourseCompletion.objects.filter(user_id=OuterRef("user_id")))
    under_way = Exists(Enrolment.objects.filter(user_id=OuterRef("user_id"))) & ~completed
    done = dict(
        memberships.filter(completed)
        .values(group_by)
        .annotate(n=Count("user_id", distinct=True))
        .values_list(group_by, "n")
    )
    going = dict(
        memberships.filter(under_way)
        .values(group_by)
        .annotate(n=Count("user_id", distinct=True))
        .values_list(group_by, "n")
    )
    return done, going


def members_context(user, request) -> dict:
    associations = list(
        Association.objects.filter(
            pk__in=Membership.objects.filter(user=user, active=True, role=Role.CONTACT).values("association_id")
        )
        .annotate(members=Count("memberships", filter=Q(memberships__active=True)))
        .order_by("name")[:MAX_ASSOCIATIONS]
    )
    memberships = Membership.objects.filter(active=True, association__in=[a.pk for a in associations])
    done, going = _member_figures(memberships, "association_id")
    rows = [
        {
            "name": a.name,
            "members": a.members,
            "completed": done.get(a.pk, 0),
            "under_way": going.get(a.pk, 0),
            "url": reverse("reports:association", kwargs={"slug": a.slug}),
        }
        for a in associations
    ]
    return {"rows": rows}


def region_context(user, request) -> dict:
    regions = list(Region.objects.filter(coordinator_assignments__user=user).distinct().order_by("name"))
    associations = list(
        Association.objects.filter(municipality__region__in=[r.pk for r in regions]).values_list(
            "pk", "municipality__region_id"
        )
    )
    memberships = Membership.objects.filter(active=True, association__municipality__region__in=[r.pk for r in regions])
    members = dict(
        memberships.values("association__municipality__region_id")
        .annotate(n=Count("user_id", distinct=True))
        .values_list("association__municipality__region_id", "n")
    )
    done, _going = _member_figures(memberships, "association__municipality__region_id")
    readiness = status_by_association([pk for pk, _region in associations])
    rows = []
    for region in regions:
        ids = [pk for pk, region_id in associations if region_id == region.pk]
        rows.append(
            {
                "name": region.name,
                "associations": len(ids),
                "members": members.get(region.pk, 0),
                "completed": done.get(region.pk, 0),
                "approved": sum(1 for pk in ids if pk in readiness and readiness[pk].status == Status.APPROVED),
                "url": reverse("reports:region", kwargs={"region_id": region.pk}),
            }
        )
    return {"rows": rows}


def register() -> None:
    register_panel(
        "reports-members",
        order=110,
        applies=is_contact,
        context=members_context,
        template="start/panels/reports_members.html",
    )
    register_panel(
        "reports-region",
        order=210,
        applies=is_coordinator,
        context=region_context,
        template="start/panels/reports_region.html",
    )
