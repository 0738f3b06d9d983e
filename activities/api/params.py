"""Query parameters of the API: parsed and bounded here, so a bad value is a
400 with a message naming the parameter, never a 500 (nor a database error
from an out-of-range integer or a NUL byte reaching PostgreSQL)."""

import re
from dataclasses import dataclass, field

from django.conf import settings
from django.utils.translation.trans_real import parse_accept_lang_header

from activities.models.activity import AgeGroup, Cost, HobbyType, Weekday
from associations.models import ACTIVITY_LANGUAGES

DEFAULT_PAGE_SIZE = 20
MAX_PAGE_SIZE = 100
# OFFSET must stay a small integer on every database.
MAX_PAGE = 10_000
# Statistics Finland codes are three digits; the field allows up to ten characters.
MUNICIPALITY_CODE = re.compile(r"[0-9A-Za-z-]{1,10}")
# Day names in the API (English, lower case), Monday first like Weekday.
DAYS = [day.name.lower() for day in Weekday]


class BadParameters(Exception):
    """One or more parameters are invalid: {name: message}."""

    def __init__(self, errors: dict[str, str]):
        super().__init__(errors)
        self.errors = errors


def api_languages() -> list[str]:
    """Languages the translatable fields can be asked in: the offering's, else the site's."""
    return [code for code, _name in getattr(settings, "OFFERING_LANGUAGES", settings.LANGUAGES)]


def choose_language(request) -> str:
    """`?lang=` when given and not empty (must be one of api_languages()), else the best
    Accept-Language match among them, else the site's default language."""
    languages = api_languages()
    lang = request.GET.get("lang", "")
    if lang:
        if lang not in languages:
            raise BadParameters({"lang": "Unknown language; one of: " + ", ".join(languages) + "."})
        return lang
    for code, _quality in parse_accept_lang_header(request.headers.get("Accept-Language", "")):
        for candidate in (code, code.split("-")[0]):
            if candidate in languages:
                return candidate
    return settings.LANGUAGE_CODE if settings.LANGUAGE_CODE in languages else languages[0]


def _bounded_int(raw: str, name: str, low: int, high: int, errors: dict) -> int | None:
    if not raw.isascii() or not raw.isdigit() or len(raw) > 6 or not low <= int(raw) <= high:
        errors[name] = f"Must be a whole number from {low} to {high}."
        return None
    return int(raw)


def _choice(raw: str, name: str, choices: list[str], errors: dict) -> str | None:
    if raw not in choices:
        errors[name] = "Unknown value; one of: " + ", ".join(choices) + "."
        return None
    return raw


@dataclass
class ListQuery:
    page: int = 1
    page_size: int = DEFAULT_PAGE_SIZE
    filters: dict = field(default_factory=dict)  # name -> validated value, only those given


FILTERS = {
    "type": [c for c, _ in HobbyType.choices],
    "day": DAYS,
    "language": [c for c, _ in ACTIVITY_LANGUAGES],
    "cost": [c for c, _ in Cost.choices],
    "age_group": [c for c, _ in AgeGroup.choices],
}


def parse_list_query(params) -> ListQuery:
    """The list's page, page size and filters from the GET parameters (unknown
    parameters are ignored, as web APIs usually do; an empty filter means any)."""
    errors: dict[str, str] = {}
    query = ListQuery()
    if params.get("page", ""):
        query.page = _bounded_int(params["page"], "page", 1, MAX_PAGE, errors) or 1
    if params.get("page_size", ""):
        query.page_size = _bounded_int(params["page_size"], "page_size", 1, MAX_PAGE_SIZE, errors) or DEFAULT_PAGE_SIZE
    municipality = params.get("municipality", "")
    if municipality:
        if MUNICIPALITY_CODE.fullmatch(municipality):
            query.filters["municipality"] = municipality
        else:
            errors["municipality"] = "A municipality code (Statistics Finland), see /api/v1/municipalities."
    for name, choices in FILTERS.items():
        raw = params.get(name, "")
        if raw:
            value = _choice(raw, name, choices, errors)
            if value is not None:
                query.filters[name] = value
    if errors:
        raise BadParameters(errors)
    return query


def filter_activities(activities, filters: dict):
    """The public activities narrowed by validated filters (same meaning as the offering page's)."""
    if "municipality" in filters:
        activities = activities.filter(municipality__code=filters["municipality"])
    if "type" in filters:
        activities = activities.filter(hobby_type=filters["type"])
    if "day" in filters:
        activities = activities.filter(sessions__weekday=DAYS.index(filters["day"])).distinct()
    if "language" in filters:
        # As ActivityFilterForm: JSON "contains" is not on SQLite; the quoted code matches one list item.
        activities = activities.filter(languages__icontains=f'"{filters["language"]}"')
    if "cost" in filters:
        activities = activities.filter(cost=filters["cost"])
    if "age_group" in filters:
        activities = activities.filter(age_group=filters["age_group"])
    return activities
