from django import template

from reports.navigation import work_links

register = template.Library()


@register.simple_tag(takes_context=True)
def work_menu(context):
    """`{% work_menu as links %}`: the header's work links for the current user."""
    request = context.get("request")
    return work_links(request) if request is not None else []
