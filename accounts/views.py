"""Profile pages: edit the profile, download one's data, delete the account."""

import json

from allauth.account.decorators import reauthentication_required
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import get_user_model, logout
from django.contrib.auth.decorators import login_required
from django.core.serializers.json import DjangoJSONEncoder
from django.http import HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_safe

import audit
from accounts import personal_data as export
from accounts.forms import DeleteAccountForm, ProfileForm
from accounts.services import delete_account


def data_filename(today=None) -> str:
    """The download's name, dated so that downloads on different days do not overwrite each other."""
    return f"kohtaamo-my-data-{(today or timezone.localdate()).isoformat()}.json"


def _set_language_cookie(response, language: str) -> None:
    response.set_cookie(
        settings.LANGUAGE_COOKIE_NAME,
        language,
        max_age=settings.LANGUAGE_COOKIE_AGE,
        path=settings.LANGUAGE_COOKIE_PATH,
        domain=settings.LANGUAGE_COOKIE_DOMAIN,
        secure=settings.LANGUAGE_COOKIE_SECURE,
        httponly=settings.LANGUAGE_COOKIE_HTTPONLY,
        samesite=settings.LANGUAGE_COOKIE_SAMESITE,
    )


@never_cache
@login_required
@require_http_methods(["GET", "HEAD", "POST"])
def profile(request):
    """Edit names, preferred language and the optional funder facts.

    Saving a preferred language switches the interface to it: the language
    cookie is set and the page reloads under the new language prefix.
    """
    if request.method == "POST":
        # A fresh copy, so that an invalid form never changes request.user.
        user = get_user_model().objects.get(pk=request.user.pk)
        form = ProfileForm(request.POST, instance=user)
        if form.is_valid():
            user = form.save()
            language = user.preferred_language or translation.get_language()
            with translation.override(language):
                messages.success(request, _("Your profile has been saved."))
                response = HttpResponseRedirect(reverse("accounts:profile"))
            if user.preferred_language:
                _set_language_cookie(response, user.preferred_language)
            return response
    else:
        # Showing the form changes nothing: request.user is read as it is (no second
        # query); the form needs only its municipality id, not the municipality.
        user = request.user
        form = ProfileForm(instance=user)
    return render(request, "accounts/profile.html", {"form": form, "profile_user": user})


@never_cache
@login_required
@require_safe
def personal_data(request):
    """What the download contains, and the download button."""
    labels = [section.label for section in export.sections() if section.key != export.PROFILE_KEY]
    return render(request, "accounts/personal_data.html", {"section_labels": labels})


@never_cache
@login_required
@require_safe
def personal_data_download(request):
    """Everything the platform holds about the requesting user, as a JSON attachment."""
    data = export.collect_personal_data(request.user)
    audit.record(audit.Action.PERSONAL_DATA_DOWNLOADED, actor=request.user, subject=request.user, request=request)
    body = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False, indent=2)
    response = HttpResponse(body, content_type="application/json; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{data_filename()}"'
    return response


@never_cache
@login_required
@require_http_methods(["GET", "HEAD", "POST"])
@reauthentication_required
def delete(request):
    """Delete the account after a recent re-authentication and a ticked confirmation."""
    if request.method == "POST":
        form = DeleteAccountForm(request.POST)
        if form.is_valid():
            delete_account(request.user)
            logout(request)
            messages.success(request, _("Your account and personal data have been deleted."))
            return HttpResponseRedirect("/" + (translation.get_language() or settings.LANGUAGE_CODE) + "/")
    else:
        form = DeleteAccountForm()
    return render(request, "accounts/delete.html", {"form": form})
