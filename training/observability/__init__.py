"""Observability: request ids, structured logs, Prometheus metrics, Sentry.

- `request_id`: every request gets an id (the client's X-Request-ID when it is
  well-formed, else a new one), returned in the response header, put on every
  log record and carried into the background tasks enqueued during the request.
- `logs`: the JSON log formatter used in production (LOG_FORMAT=json).
- `metrics`: request latency per view, task queue depth and failures, page
  cache hits and misses, served at /metrics to the operator only.
- `sentry`: error reporting when SENTRY_DSN is set.

See docs/operations.md "Monitoring".
"""
