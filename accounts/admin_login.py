"""Both admins log in through allauth, so that its rate limits, e-mail
verification and MFA apply there too.

`/admin/login/` (Wagtail) and `/django-admin/login/` (Django) are routed here
in training/urls.py, ahead of the admins' own login views, and
`WAGTAILADMIN_LOGIN_URL` points Wagtail's redirects (and its logout) here.
"""

from django.contrib.auth import REDIRECT_FIELD_NAME
from django.core.exceptions import PermissionDenied
from django.http import HttpResponseRedirect
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme, urlencode
from django.views.decorators.cache import never_cache


def _safe_next(request, default: str) -> str:
    target = request.GET.get(REDIRECT_FIELD_NAME, "")
    if target and url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return default


def _login_redirect(request, *, default_next: str, may_enter) -> HttpResponseRedirect:
    """Send anonymous visitors to allauth's login with a safe `next`.

    Someone already logged in goes straight to `next` when they may use the
    admin. Otherwise they get 403: sending them to the login page would bounce
    them back here in a loop, since allauth redirects logged-in visitors away.
    """
    target = _safe_next(request, default_next)
    if request.user.is_authenticated:
        if may_enter(request.user):
            return HttpResponseRedirect(target)
        raise PermissionDenied
    return HttpResponseRedirect(reverse("account_login") + "?" + urlencode({REDIRECT_FIELD_NAME: target}))


@never_cache
def wagtail_admin_login(request):
    return _login_redirect(
        request,
        default_next=reverse("wagtailadmin_home"),
        may_enter=lambda user: user.has_perm("wagtailadmin.access_admin"),
    )


@never_cache
def django_admin_login(request):
    return _login_redirect(
        request,
        default_next=reverse("admin:index"),
        may_enter=lambda user: user.is_active and user.is_staff,
    )
