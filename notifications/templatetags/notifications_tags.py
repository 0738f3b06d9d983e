from django import template

from notifications.services import unread_count

register = template.Library()


@register.simple_tag(takes_context=True)
def unread_notifications(context) -> int:
    """The signed-in person's unread count: one COUNT query per request (kept on
    the request), none for anonymous visitors."""
    request = context.get("request")
    user = getattr(request, "user", None) or context.get("user")
    if not getattr(user, "is_authenticated", False):
        return 0
    if request is None:
        return unread_count(user)
    if not hasattr(request, "_unread_notifications"):
        request._unread_notifications = unread_count(user)
    return request._unread_notifications
