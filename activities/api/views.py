"""The API's views: thin; scope = Activity.objects.public(), as the public pages."""

from collections import Counter

from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils import translation

from activities.api import openapi
from activities.api.http import JSON_TYPE, api_view, cacheable, error, json_body
from activities.api.ical import schedule_ics
from activities.api.params import MAX_PAGE, filter_activities, parse_list_query
from activities.api.serializers import absolute, activity_json, badge_links
from activities.models import Activity
from activities.models.activity import HobbyType
from associations.models import Municipality

# An activity id in a URL: digits, short enough for any database's integer.
MAX_ID_DIGITS = 12


def _public_activities():
    return (
        Activity.objects.public()
        .select_related("association", "municipality")
        .prefetch_related("sessions", "translations", "exceptions")
    )


def _activity(ref: str):
    if not (ref.isascii() and ref.isdigit() and len(ref) <= MAX_ID_DIGITS):
        raise Http404
    return get_object_or_404(_public_activities(), pk=int(ref))


def _json(request, data, lang):
    return cacheable(request, HttpResponse(json_body(data), content_type=JSON_TYPE), lang)


def _page_url(request, page: int) -> str:
    params = request.GET.copy()
    params["page"] = str(page)
    return absolute(request, request.path + "?" + params.urlencode())


@api_view
def activity_list(request, *, lang):
    query = parse_list_query(request.GET)
    activities = filter_activities(_public_activities(), query.filters)
    count = activities.count()
    start = (query.page - 1) * query.page_size
    rows = list(activities[start : start + query.page_size])
    last_page = max(1, -(-count // query.page_size))
    badges = badge_links(request, rows, lang)
    data = {
        "count": count,
        "page": query.page,
        "page_size": query.page_size,
        "next": _page_url(request, query.page + 1) if query.page < min(last_page, MAX_PAGE) else None,
        "previous": _page_url(request, min(query.page - 1, last_page)) if query.page > 1 else None,
        "language": lang,
        "results": [activity_json(request, a, lang, badges.get(a.association_id)) for a in rows],
    }
    return _json(request, data, lang)


@api_view
def activity_detail(request, ref, *, lang):
    activity = _activity(ref)
    badge = badge_links(request, [activity], lang).get(activity.association_id)
    return _json(request, activity_json(request, activity, lang, badge), lang)


@api_view
def activity_schedule(request, ref, *, lang):
    activity = _activity(ref)
    with translation.override(lang):
        page_url = absolute(request, reverse("activities:detail", args=[activity.pk]))
    body = schedule_ics(activity, lang=lang, page_url=page_url, host=request.get_host().split(":")[0])
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'inline; filename="activity-{activity.pk}.ics"'
    return cacheable(request, response, lang)


@api_view
def municipalities(request, *, lang):
    counts = Counter(Activity.objects.public().values_list("municipality_id", flat=True))
    results = [
        {
            "code": municipality.code,
            "name": municipality.name,
            "region": {"code": municipality.region.code, "name": municipality.region.name},
            "activity_count": counts.get(municipality.pk, 0),
        }
        for municipality in Municipality.objects.select_related("region").order_by("name", "code")
    ]
    return _json(request, {"count": len(results), "results": results}, lang)


@api_view
def hobby_types(request, *, lang):
    counts = Counter(Activity.objects.public().values_list("hobby_type", flat=True))
    with translation.override(lang):
        results = [
            {"code": code, "label": str(label), "activity_count": counts.get(code, 0)}
            for code, label in HobbyType.choices
        ]
    return _json(request, {"count": len(results), "language": lang, "results": results}, lang)


@api_view
def openapi_document(request, *, lang):
    return _json(request, openapi.document(), None)


@api_view
def not_found(request, *, lang, rest=""):
    return error(404, "not_found", "No such API resource; see /api/v1/openapi.json.")
