"""The notification centre, the preferences page and one-click unsubscribe.

Every view reads the person's own notifications only (Notification.objects
.visible_to): someone else's id answers 404.
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods, require_POST

from notifications import services
from notifications.forms import PreferencesForm
from notifications.models import Notification
from notifications.registry import get_kind

PAGE_SIZE = 20


def _back(request):
    target = request.POST.get("next", "")
    if target and url_has_allowed_host_and_scheme(target, {request.get_host()}, require_https=request.is_secure()):
        return HttpResponseRedirect(target)
    return HttpResponseRedirect(reverse("notifications:list"))


@never_cache
@login_required
@require_http_methods(["GET", "HEAD"])
def notification_list(request):
    """The person's notifications, newest first, unread ones marked."""
    page = Paginator(Notification.objects.visible_to(request.user), PAGE_SIZE).get_page(request.GET.get("page"))
    items = [(notification, services.title_of(notification)) for notification in page]
    return render(
        request,
        "notifications/list.html",
        {"page_obj": page, "items": items, "unread": services.unread_count(request.user)},
    )


@never_cache
@login_required
@require_http_methods(["GET", "HEAD"])
def open_notification(request, pk):
    """Follow a notification's link and mark it read (a link in the list; the
    side effect is harmless, so a GET may have it)."""
    notification = get_object_or_404(Notification.objects.visible_to(request.user), pk=pk)
    services.mark_read(notification)
    target = notification.url
    site_host = urlsplit(settings.SITE_URL).netloc
    if not target or not url_has_allowed_host_and_scheme(target, {request.get_host(), site_host}):
        return HttpResponseRedirect(reverse("notifications:list"))
    return HttpResponseRedirect(target)


@login_required
@require_POST
def mark_read(request, pk):
    notification = get_object_or_404(Notification.objects.visible_to(request.user), pk=pk)
    services.mark_read(notification)
    return _back(request)


@login_required
@require_POST
def mark_all_read(request):
    count = services.mark_all_read(request.user)
    if count:
        messages.success(request, _("All notifications are marked as read."))
    return _back(request)


@never_cache
@login_required
@require_http_methods(["GET", "HEAD", "POST"])
def preferences(request):
    """How each kind of notification reaches the person."""
    current = services.preferences_for(request.user)
    form = PreferencesForm(request.POST or None, current=current)
    if request.method == "POST" and form.is_valid():
        for key, delivery in form.cleaned_data.items():
            if delivery != current.get(key):
                services.set_preference(request.user, key, delivery)
        messages.success(request, _("Your notification settings have been saved."))
        return HttpResponseRedirect(reverse("notifications:preferences"))
    return render(request, "notifications/preferences.html", {"form": form})


@never_cache
@csrf_exempt  # RFC 8058: the mail client POSTs without cookies; the signed token is the authorisation
@require_http_methods(["GET", "HEAD", "POST"])
def unsubscribe(request, token):
    """GET asks to confirm; POST (the button, or a mail client's one-click
    "List-Unsubscribe=One-Click") stops e-mails of the token's kind. No login needed."""
    found = services.read_unsubscribe_token(token)
    if found is None:
        raise Http404
    user, kind_key = found
    is_digest = kind_key == services.DIGEST_TOKEN_KIND
    label = None if is_digest else get_kind(kind_key).label
    done = False
    if request.method == "POST":
        services.unsubscribe(user, kind_key)
        done = True
    return render(
        request,
        "notifications/unsubscribe.html",
        {"label": label, "is_digest": is_digest, "done": done},
    )
