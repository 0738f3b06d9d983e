"""What the shared pagination nav (templates/includes/pagination.html) needs
for one Paginator page: the page numbers to link (elided when there are many)
and the request's other query parameters, so a search or a filter stays as
it is on every page."""

from django.core.paginator import Page


def pagination_context(request, page: Page) -> dict:
    others = request.GET.copy()
    others.pop("page", None)
    query = others.urlencode()
    return {
        "page": page,
        "page_numbers": list(page.paginator.get_elided_page_range(page.number, on_each_side=2, on_ends=1)),
        "ellipsis": page.paginator.ELLIPSIS,
        "page_query": f"{query}&" if query else "",
    }
