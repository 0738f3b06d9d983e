"""ObservabilityMiddleware: request id, request latency and /metrics.

First in MIDDLEWARE, so the latency covers every other middleware and
/metrics answers before sessions or the database are touched. Its cost per
request is a few microseconds (a header read, a uuid, one histogram
observation), no query; bench/learners.py measures it with the whole chain
(the trivial view).
"""

import time

from training.observability import metrics, request_id


class ObservabilityMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        started = time.perf_counter()
        current = request_id.from_header(request.META.get(request_id.META_KEY))
        request.request_id = current
        token = request_id.set(current)
        try:
            if request.path_info == metrics.METRICS_PATH:
                response = metrics.metrics_view(request)
            else:
                response = self.get_response(request)
            response[request_id.HEADER] = current
        finally:
            request_id.reset(token)
        match = getattr(request, "resolver_match", None)
        view = (match.view_name or match.url_name or metrics.UNROUTED) if match else metrics.UNROUTED
        metrics.observe_request(view, time.perf_counter() - started)
        return response
