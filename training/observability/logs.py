"""Logging configuration: plain text in the demo, JSON lines in production.

The JSON formatter is python-json-logger's; every record carries `timestamp`,
`level`, `name`, `message` and `request_id` (training.observability.request_id),
plus any `extra=` fields, one object per line for the log shipper.
"""

JSON_FORMAT = "%(asctime)s %(levelname)s %(name)s %(message)s %(request_id)s"


def logging_config(level: str, json: bool) -> dict:
    """A dictConfig for the root logger at `level`, as JSON lines or plain text."""
    formatter = (
        {
            "()": "pythonjsonlogger.json.JsonFormatter",
            "fmt": JSON_FORMAT,
            "rename_fields": {"asctime": "timestamp", "levelname": "level"},
        }
        if json
        else {"format": "%(asctime)s %(levelname)s %(name)s [%(request_id)s] %(message)s"}
    )
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "filters": {"request_id": {"()": "training.observability.request_id.RequestIdFilter"}},
        "formatters": {"default": formatter},
        "handlers": {"console": {"class": "logging.StreamHandler", "filters": ["request_id"], "formatter": "default"}},
        "root": {"handlers": ["console"], "level": level},
    }
