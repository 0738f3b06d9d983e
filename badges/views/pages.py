"""Pages people read: My badges, the public verification page, criteria,
and the trainer's and staff's award and revoke forms."""

from allauth.account.adapter import get_adapter
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.cache import cache
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_safe

from badges import alignment, credentials, documents, services, sharing
from badges.certificates import checks as verification_checks
from badges.certificates import scope as certificate_scope
from badges.forms import EmailCheckForm, ManualAwardForm, RevokeForm
from badges.identity import email_matches
from badges.models import Award, BadgeClass

# The e-mail check answers only match / no match, at most this many times per
# client address per window: enough for a person, too few to guess addresses.
EMAIL_CHECKS_PER_WINDOW = 10
EMAIL_CHECK_WINDOW_SECONDS = 60 * 60


@login_required
def mine(request):
    """The learner's badges; a course badge also names its course in the
    learner's language. A fixed number of queries."""
    awards = list(Award.objects.of_user(request.user).select_related("badge_class").order_by("-issued_on"))
    association_awards = list(
        certificate_scope.association_readiness_awards(request.user)
        .select_related("badge_class", "recipient_association")
        .order_by("-issued_on")
    )
    course_titles = _course_titles({a.badge_class.course_key for a in awards if a.badge_class.course_key})
    issuer_name = services.issuer().name if awards or association_awards else ""  # no badges: no issuer read
    rows = [_mine_row(request, award, course_titles, issuer_name) for award in awards]
    association_rows = [_mine_row(request, award, course_titles, issuer_name) for award in association_awards]
    context = {"rows": rows, "association_rows": association_rows, "may_award": services.may_award(request.user)}
    return render(request, "badges/my_badges.html", context)


def _mine_row(request, award: Award, course_titles: dict, issuer_name: str) -> dict:
    return {
        "award": award,
        "course_title": course_titles.get(award.badge_class.course_key),
        "assertion_url": documents.assertion_url(award),
        "credential_url": credentials.credential_url(award),
        "share_url": request.build_absolute_uri(award_verify_path(award)),
        "linkedin_url": sharing.linkedin_add_url(award, issuer_name),
        **sharing.backpack_links(award),
    }


def _course_titles(keys: set) -> dict:
    """Course titles in the current language (else the default language), by translation key."""
    from django.conf import settings
    from django.utils.translation import get_language

    from courses.models import CoursePage

    if not keys:
        return {}
    titles: dict = {}
    languages = [settings.LANGUAGE_CODE, get_language()]  # the current language wins
    pages = CoursePage.objects.live().filter(translation_key__in=keys, locale__language_code__in=languages)
    for language, key, title in pages.values_list("locale__language_code", "translation_key", "title"):
        if key not in titles or language == get_language():
            titles[key] = title
    return titles


def award_verify_path(award: Award) -> str:
    from django.urls import reverse

    return reverse("badges:verify", args=[award.pk])


def _status(award: Award) -> tuple[str, str]:
    if award.revoked:
        return "revoked", _("Revoked")
    if award.expired:
        return "expired", _("Expired")
    return "valid", _("Valid")


def _rate_limited(request) -> bool:
    """Count this e-mail check; True when the client has used up its window."""
    key = f"badges:email-check:{get_adapter().get_client_ip(request)}"
    cache.add(key, 0, EMAIL_CHECK_WINDOW_SECONDS)
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, EMAIL_CHECK_WINDOW_SECONDS)
        count = 1
    return count > EMAIL_CHECKS_PER_WINDOW


@require_http_methods(["GET", "HEAD", "POST"])
def verify(request, award_id):
    award = get_object_or_404(
        Award.objects.select_related("badge_class", "recipient_association", "revoked_by"), pk=award_id
    )
    form = EmailCheckForm(request.POST or None)
    result = None
    status = 200
    if request.method == "POST" and award.recipient_type == Award.RecipientType.EMAIL:
        if _rate_limited(request):
            result = "limited"
            status = 429
        elif form.is_valid():
            result = (
                "match" if email_matches(form.cleaned_data["email"], award.recipient_hash, award.salt) else "no_match"
            )
    status_code, status_label = _status(award)
    context = {
        "award": award,
        "badge": award.badge_class,
        "issuer": services.issuer(),
        "status_code": status_code,
        "status_label": status_label,
        "form": form,
        "result": result,
        "assertion_url": documents.assertion_url(award),
        "credential_url": credentials.credential_url(award),
        "badge_image_url": documents.badge_image_url(award.badge_class),
        "may_revoke": services.may_revoke(request.user) and not award.revoked,
        "is_person": award.recipient_type == Award.RecipientType.EMAIL,
        "checks": verification_checks.verification_checks(award, result),
    }
    return render(request, "badges/verify.html", context, status=status)


def criteria(request, badge_class_id):
    badge = get_object_or_404(BadgeClass, pk=badge_class_id)
    context = {
        "badge": badge,
        "alignment": alignment.alignment_for(badge),
        "issuer": services.issuer(),
        "badge_image_url": documents.badge_image_url(badge),
        "badge_class_url": documents.badge_class_url(badge),
    }
    return render(request, "badges/criteria.html", context)


@require_safe
def competences(request):
    """The competences badges align to (each alignment `targetUrl` is an anchor here)."""
    headings = {
        "values": _("Values"),
        "attitudes": _("Attitudes"),
        "skills": _("Skills"),
        "knowledge": _("Knowledge and critical understanding"),
    }
    groups = [(key, headings[key], items) for key, items in alignment.competence_groups()]
    context = {"groups": groups, "framework_name": alignment.RFCDC_FRAMEWORK, "framework_url": alignment.RFCDC_URL}
    return render(request, "badges/competences.html", context)


@login_required
@require_http_methods(["GET", "HEAD", "POST"])
def award_badge(request):
    if not services.may_award(request.user):
        raise Http404
    form = ManualAwardForm(request.POST or None, awarder=request.user)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            award = services.award_manually(
                request.user, data["badge_class"], form.recipient, data["evidence_url"], data["evidence_narrative"]
            )
        except services.BadgeError as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, _("The badge was awarded."))
            return redirect("badges:verify", award_id=award.pk)
    return render(request, "badges/award_form.html", {"form": form})


@login_required
@require_http_methods(["GET", "HEAD", "POST"])
def revoke(request, award_id):
    if not services.may_revoke(request.user):
        raise Http404
    award = get_object_or_404(Award.objects.select_related("badge_class"), pk=award_id)
    if award.revoked:
        messages.info(request, _("This badge has already been revoked."))
        return redirect("badges:verify", award_id=award.pk)
    form = RevokeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.revoke(award, request.user, form.cleaned_data["reason"])
        except services.BadgeError as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, _("The badge was revoked."))
            return redirect("badges:verify", award_id=award.pk)
    return render(request, "badges/revoke_form.html", {"form": form, "award": award})
