"""An activity as the API shows it: what the public activity page shows, no
more. The welcome contact is never in it (the page does not show them either;
newcomers reach the association through the "I'd like to try this" form)."""

from django.conf import settings
from django.urls import reverse
from django.utils import timezone, translation

from activities.api.params import DAYS
from activities.presentation import text_of
from associations.models import ACTIVITY_LANGUAGES
from readiness.hooks import verification_links


def _coded(code: str, label) -> dict:
    return {"code": code, "label": str(label)}


def site_language(lang: str) -> str:
    """Pages outside the offering exist only in the site's languages."""
    site = [code for code, _name in getattr(settings, "SITE_LANGUAGES", settings.LANGUAGES)]
    if lang in site:
        return lang
    return "en" if "en" in site else settings.LANGUAGE_CODE


def absolute(request, path: str) -> str:
    return request.build_absolute_uri(path)


def activity_urls(request, activity, lang: str) -> dict:
    with translation.override(lang):
        page = reverse("activities:detail", args=[activity.pk])
        try_page = reverse("activities:try_request", args=[activity.pk])
    return {
        "url": absolute(request, page),
        "try_url": absolute(request, try_page),
        "api_url": absolute(request, reverse("activities_api:activity", args=[activity.pk])),
        "schedule_url": absolute(request, reverse("activities_api:schedule", args=[activity.pk])),
    }


def badge_links(request, activities, lang: str) -> dict[int, str]:
    """{association pk: absolute URL of its readiness badge verification page}, one lookup per page of results."""
    associations = {activity.association_id: activity.association for activity in activities}
    with translation.override(site_language(lang)):
        links = verification_links(associations.values())
    return {pk: absolute(request, url) for pk, url in links.items()}


def activity_json(request, activity, lang: str, badge_url: str | None) -> dict:
    """One activity in `lang` (interface labels; title and description in the
    association's translation when there is one, else the original, with `language`
    saying which). Needs prefetched sessions, translations and exceptions."""
    text = text_of(activity, lang)
    names = dict(ACTIVITY_LANGUAGES)
    today = timezone.localdate()
    with translation.override(lang):
        return {
            "id": activity.pk,
            **activity_urls(request, activity, lang),
            "title": text.title,
            "description": text.description,
            "language": text.language,
            "original_language": activity.original_language,
            "translations": sorted(
                {t.language for t in activity.translations.all() if t.title} | {activity.original_language}
            ),
            "type": _coded(activity.hobby_type, activity.get_hobby_type_display()),
            "age_group": _coded(activity.age_group, activity.get_age_group_display()),
            "level": _coded(activity.level, activity.get_level_display()),
            "group": _coded(activity.group_kind, activity.get_group_kind_display()),
            "association": {
                "name": activity.association.name,
                "slug": activity.association.slug,
                "readiness_badge_url": badge_url,
            },
            "municipality": {"code": activity.municipality.code, "name": activity.municipality.name},
            "address": activity.address,
            "map_url": activity.map_url,
            "accessible_venue": activity.accessible_venue,
            "season": {
                "starts": activity.season_starts.isoformat() if activity.season_starts else None,
                "ends": activity.season_ends.isoformat() if activity.season_ends else None,
            },
            "sessions": [
                {
                    "day": DAYS[session.weekday],
                    "day_label": str(session.get_weekday_display()),
                    "starts_at": session.starts_at.strftime("%H:%M"),
                    "ends_at": session.ends_at.strftime("%H:%M"),
                }
                for session in activity.sessions.all()
            ],
            "cancelled_dates": [
                {"date": exception.date.isoformat(), "note": exception.note}
                for exception in activity.exceptions.all()
                if exception.date >= today
            ],
            "languages": [{"code": code, "label": str(names.get(code, code))} for code in activity.languages],
            "cost": _coded(activity.cost, activity.get_cost_display()),
            "fee_details": activity.fee_details,
            "fee_support": activity.fee_support,
            "loan_equipment": activity.loan_equipment,
            "first_visit_free": activity.first_visit_free,
            "updated_at": activity.updated_at.isoformat(),
        }
