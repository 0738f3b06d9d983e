from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

from associations.models import Membership
from reports.forms import ReminderForm
from reports.scope import overseen_association_or_404
from reports.services import send_reminders
from training.mail import MAIL_FAILED_MESSAGE


@login_required
@require_POST
def remind(request, slug):
    association = overseen_association_or_404(request.user, slug)
    members = Membership.objects.filter(association=association, active=True).values_list("user_id", "user__email")
    form = ReminderForm(request.POST, choices=list(members))
    back = reverse("reports:association", args=[association.slug]) + "#inactive-heading"
    if not form.is_valid():
        for errors in form.errors.values():
            for error in errors:
                messages.error(request, error)
        return redirect(back)
    outcome = send_reminders(request.user, association, form.cleaned_data["user"])
    if outcome.sent:
        messages.success(
            request, ngettext("%(n)d reminder sent.", "%(n)d reminders sent.", outcome.sent) % {"n": outcome.sent}
        )
    if outcome.already_reminded:
        messages.info(
            request,
            ngettext(
                "%(n)d person was already reminded during the last week and was not reminded again.",
                "%(n)d people were already reminded during the last week and were not reminded again.",
                outcome.already_reminded,
            )
            % {"n": outcome.already_reminded},
        )
    if outcome.not_eligible:
        messages.info(request, _("Members who have been active during the last 30 days are not reminded."))
    if outcome.not_sent:
        messages.error(request, MAIL_FAILED_MESSAGE)
    if outcome.rate_limited:
        messages.warning(
            request,
            ngettext(
                "You have sent the most reminders allowed in an hour. %(n)d reminder was not sent; try again later.",
                "You have sent the most reminders allowed in an hour. %(n)d reminders were not sent; try again later.",
                outcome.rate_limited,
            )
            % {"n": outcome.rate_limited},
        )
    return redirect(back)
