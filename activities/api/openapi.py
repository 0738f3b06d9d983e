"""The OpenAPI 3.1 description of /api/v1/, written by hand and built from the
same choice lists the views validate against. tests/activities/test_api_fuzz.py
keeps it honest: every answer to generated requests must match it."""

from activities.api.http import MAX_AGE
from activities.api.params import DAYS, DEFAULT_PAGE_SIZE, FILTERS, MAX_PAGE, MAX_PAGE_SIZE, api_languages
from activities.models.activity import GroupKind, Level

VERSION = "1.0.0"


def _ref(name: str) -> dict:
    return {"$ref": f"#/components/schemas/{name}"}


def _object(properties: dict, description: str = "") -> dict:
    schema = {
        "type": "object",
        "properties": properties,
        "required": list(properties),
        "additionalProperties": False,
    }
    if description:
        schema["description"] = description
    return schema


STRING = {"type": "string"}
NULLABLE_STRING = {"type": ["string", "null"]}
URL = {"type": "string", "format": "uri"}
BOOLEAN = {"type": "boolean"}
COUNT = {"type": "integer", "minimum": 0}
TIME = {"type": "string", "pattern": "^[0-2][0-9]:[0-5][0-9]$"}


def _coded(values: list[str]) -> dict:
    return _object({"code": {"type": "string", "enum": values}, "label": STRING})


def _schemas() -> dict:
    return {
        "Error": _object(
            {
                "error": {
                    "type": "object",
                    "properties": {
                        "code": STRING,
                        "message": STRING,
                        "parameters": {
                            "type": "object",
                            "additionalProperties": STRING,
                            "description": "Each invalid parameter with what it must be.",
                        },
                    },
                    "required": ["code", "message"],
                    "additionalProperties": False,
                }
            }
        ),
        "Activity": _object(
            {
                "id": {"type": "integer"},
                "url": {**URL, "description": "The public activity page, in the chosen language."},
                "try_url": {**URL, "description": 'The "I\'d like to try this" form (no account needed).'},
                "api_url": URL,
                "schedule_url": {**URL, "description": "The weekly schedule as iCalendar."},
                "title": STRING,
                "description": {**STRING, "description": "Sanitised HTML (simple formatting only)."},
                "language": {**STRING, "description": "The language title and description are in."},
                "original_language": {**STRING, "description": "The language the association wrote them in."},
                "translations": {
                    "type": "array",
                    "items": STRING,
                    "description": "Languages the title and description exist in (the original included).",
                },
                "type": _coded(FILTERS["type"]),
                "age_group": _coded(FILTERS["age_group"]),
                "level": _coded([code for code, _ in Level.choices]),
                "group": _coded([code for code, _ in GroupKind.choices]),
                "association": _object(
                    {
                        "name": STRING,
                        "slug": STRING,
                        "readiness_badge_url": {
                            "type": ["string", "null"],
                            "format": "uri",
                            "description": "Verification page of the association's valid readiness badge.",
                        },
                    }
                ),
                "municipality": _object({"code": STRING, "name": STRING}),
                "address": STRING,
                "map_url": {**URL, "description": "An OpenStreetMap search for the address."},
                "accessible_venue": BOOLEAN,
                "season": _object(
                    {
                        "starts": {"type": ["string", "null"], "format": "date"},
                        "ends": {"type": ["string", "null"], "format": "date"},
                    }
                ),
                "sessions": {
                    "type": "array",
                    "description": "Weekly times, Europe/Helsinki local time.",
                    "items": _object(
                        {
                            "day": {"type": "string", "enum": DAYS},
                            "day_label": STRING,
                            "starts_at": TIME,
                            "ends_at": TIME,
                        }
                    ),
                },
                "cancelled_dates": {
                    "type": "array",
                    "description": "Coming dates without a meeting.",
                    "items": _object({"date": {"type": "string", "format": "date"}, "note": STRING}),
                },
                "languages": {
                    "type": "array",
                    "description": "Languages the activity can be joined in.",
                    "items": _object({"code": STRING, "label": STRING}),
                },
                "cost": _coded(FILTERS["cost"]),
                "fee_details": STRING,
                "fee_support": BOOLEAN,
                "loan_equipment": BOOLEAN,
                "first_visit_free": BOOLEAN,
                "updated_at": {"type": "string", "format": "date-time"},
            }
        ),
        "ActivityPage": _object(
            {
                "count": COUNT,
                "page": {"type": "integer", "minimum": 1},
                "page_size": {"type": "integer", "minimum": 1, "maximum": MAX_PAGE_SIZE},
                "next": {"type": ["string", "null"], "format": "uri"},
                "previous": {"type": ["string", "null"], "format": "uri"},
                "language": {"type": "string", "enum": api_languages()},
                "results": {"type": "array", "items": _ref("Activity")},
            }
        ),
        "Municipalities": _object(
            {
                "count": COUNT,
                "results": {
                    "type": "array",
                    "items": _object(
                        {
                            "code": {**STRING, "description": "Statistics Finland municipality code."},
                            "name": STRING,
                            "region": _object({"code": STRING, "name": STRING}),
                            "activity_count": COUNT,
                        }
                    ),
                },
            }
        ),
        "HobbyTypes": _object(
            {
                "count": COUNT,
                "language": {"type": "string", "enum": api_languages()},
                "results": {
                    "type": "array",
                    "items": _object(
                        {"code": {"type": "string", "enum": FILTERS["type"]}, "label": STRING, "activity_count": COUNT}
                    ),
                },
            }
        ),
    }


def _enum_parameter(name: str, description: str) -> dict:
    return {
        "name": name,
        "in": "query",
        "required": False,
        "description": description,
        "schema": {"type": "string", "enum": FILTERS[name]},
    }


def _parameters() -> dict:
    return {
        "lang": {
            "name": "lang",
            "in": "query",
            "required": False,
            "description": "Language of labels and of translated titles and descriptions. "
            "Without it the Accept-Language header decides; a text without a translation "
            "is given in its original language (see `language`).",
            "schema": {"type": "string", "enum": api_languages()},
        },
        "page": {
            "name": "page",
            "in": "query",
            "required": False,
            "schema": {"type": "integer", "minimum": 1, "maximum": MAX_PAGE, "default": 1},
        },
        "page_size": {
            "name": "page_size",
            "in": "query",
            "required": False,
            "schema": {"type": "integer", "minimum": 1, "maximum": MAX_PAGE_SIZE, "default": DEFAULT_PAGE_SIZE},
        },
        "municipality": {
            "name": "municipality",
            "in": "query",
            "required": False,
            "description": "Statistics Finland municipality code (see /municipalities).",
            "schema": {"type": "string", "pattern": "^[0-9A-Za-z-]{1,10}$"},
        },
        "type": _enum_parameter("type", "Type of hobby (see /types)."),
        "day": _enum_parameter("day", "Meets on this day of the week."),
        "language": _enum_parameter("language", "Can be joined in this language."),
        "cost": _enum_parameter("cost", "Free or with a fee."),
        "age_group": _enum_parameter("age_group", "For whom."),
        "ref": {
            "name": "ref",
            "in": "path",
            "required": True,
            "description": "The activity's id.",
            "schema": {"type": "integer", "minimum": 1},
        },
    }


def _p(name: str) -> dict:
    return {"$ref": f"#/components/parameters/{name}"}


def _response(description: str, content_type: str, schema: dict, *, cached: bool = True) -> dict:
    response = {"description": description, "content": {content_type: {"schema": schema}}}
    if cached:
        response["headers"] = {
            "ETag": {"schema": STRING, "description": "Send it back as If-None-Match to get a 304 when unchanged."},
            "Cache-Control": {"schema": STRING, "description": f"public, max-age={MAX_AGE}"},
        }
    return response


def _errors(*statuses: int) -> dict:
    texts = {400: "Invalid parameters (each one named in `error.parameters`).", 404: "No such public activity."}
    return {
        str(status): _response(texts[status], "application/json", _ref("Error"), cached=False) for status in statuses
    }


def _get(summary: str, operation_id: str, parameters: list, ok: dict, errors: tuple = (400,)) -> dict:
    return {
        "get": {
            "summary": summary,
            "operationId": operation_id,
            "parameters": [_p(name) for name in parameters],
            "responses": {"200": ok, **_errors(*errors)},
        }
    }


def document() -> dict:
    filters = ["municipality", "type", "day", "language", "cost", "age_group"]
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "Kohtaamo hobby offering",
            "version": VERSION,
            "description": "Read-only open data of the public hobby activities of welcoming associations: "
            "what, for whom, where and when, in which languages. Only activities shown on the public "
            "offering pages; no personal data. CORS: any origin may GET. Answers carry an ETag and "
            f"Cache-Control: public, max-age={MAX_AGE}.",
        },
        "servers": [{"url": "/api/v1"}],
        "paths": {
            "/activities": _get(
                "Public activities, filtered and paginated",
                "listActivities",
                ["lang", "page", "page_size", *filters],
                _response("A page of activities", "application/json", _ref("ActivityPage")),
            ),
            "/activities/{ref}": _get(
                "One public activity",
                "getActivity",
                ["ref", "lang"],
                _response("The activity", "application/json", _ref("Activity")),
                (400, 404),
            ),
            "/activities/{ref}/schedule.ics": _get(
                "The activity's weekly schedule (iCalendar, Europe/Helsinki)",
                "getActivitySchedule",
                ["ref", "lang"],
                _response(
                    "A VCALENDAR with one weekly VEVENT per weekly time (RRULE until the season ends, "
                    "EXDATE for cancelled dates)",
                    "text/calendar",
                    STRING,
                ),
                (400, 404),
            ),
            "/municipalities": _get(
                "Municipalities, with the number of public activities in each",
                "listMunicipalities",
                ["lang"],
                _response("Every municipality", "application/json", _ref("Municipalities")),
            ),
            "/types": _get(
                "Types of hobby, labelled in the chosen language",
                "listHobbyTypes",
                ["lang"],
                _response("Every type of hobby", "application/json", _ref("HobbyTypes")),
            ),
            "/openapi.json": {
                "get": {
                    "summary": "This document",
                    "operationId": "getOpenApi",
                    "responses": {"200": _response("OpenAPI 3.1", "application/json", {"type": "object"})},
                }
            },
        },
        "components": {"schemas": _schemas(), "parameters": _parameters()},
    }
