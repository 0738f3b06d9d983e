"""The contact's (and coordinator's) view of an association's members.

Looking at members needs `overseen_by` (contact, regional coordinator,
staff); changing them needs `managed_by` (contact, staff). Both come from
associations/querysets.py, and anything outside them is a 404.
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from associations import services
from associations.forms import AssociationDetailsForm, InvitationForm, RoleForm
from associations.models import Association, Invitation, JoinRequest, Membership
from training.mail import MAIL_FAILED_MESSAGE


def _overseen(request, slug) -> Association:
    return get_object_or_404(Association.objects.overseen_by(request.user), slug=slug)


def _managed(request, slug) -> Association:
    return get_object_or_404(Association.objects.managed_by(request.user), slug=slug)


def _members_url(association) -> str:
    return reverse("associations:members", args=[association.slug])


@login_required
def members(request, slug):
    association = _overseen(request, slug)
    can_manage = Association.objects.managed_by(request.user).filter(pk=association.pk).exists()
    memberships = (
        Membership.objects.visible_to(request.user)
        .filter(association=association, active=True)
        .select_related("user")
        .order_by("user__last_name", "user__first_name", "user__email")
    )
    context = {
        "association": association,
        "memberships": memberships,
        "can_manage": can_manage,
        "join_requests": JoinRequest.objects.visible_to(request.user)
        .pending()
        .filter(association=association)
        .select_related("user"),
        "invitations": Invitation.objects.visible_to(request.user).pending().filter(association=association),
        "invitation_form": InvitationForm(),
        "role_choices": Membership._meta.get_field("role").choices,
        "invite_url": request.build_absolute_uri(
            reverse("associations:join_by_link", args=[association.slug, association.invite_token])
        )
        if can_manage and association.invite_link_valid
        else "",
    }
    return render(request, "associations/members.html", context)


@login_required
def edit_details(request, slug):
    association = _managed(request, slug)
    form = AssociationDetailsForm(request.POST or None, instance=association)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("The association's details were saved."))
        return redirect(association)
    return render(request, "associations/edit_details.html", {"association": association, "form": form})


@login_required
@require_POST
def invite(request, slug):
    association = _managed(request, slug)
    form = InvitationForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("The invitation was not sent: %(errors)s") % {"errors": form.errors.as_text()})
        return redirect(_members_url(association))
    invitation, created = services.invite_by_email(
        association,
        form.cleaned_data["email"],
        name=form.cleaned_data["name"],
        role=form.cleaned_data["role"],
        invited_by=request.user,
    )
    if invitation is None:
        messages.info(request, _("%(email)s is already a member.") % {"email": form.cleaned_data["email"]})
    elif created and not Invitation.objects.filter(pk=invitation.pk).exists():
        # Sent at once (no worker) and the mail server failed: the task
        # removed the invitation, so inviting again retries.
        messages.error(request, MAIL_FAILED_MESSAGE)
    elif created:
        messages.success(request, _("Invitation sent to %(email)s.") % {"email": invitation.email})
    else:
        messages.info(request, _("%(email)s has already been invited.") % {"email": invitation.email})
    return redirect(_members_url(association))


@login_required
@require_POST
def revoke_invitation(request, slug, pk):
    association = _managed(request, slug)
    invitation = get_object_or_404(Invitation.objects.visible_to(request.user), pk=pk, association=association)
    services.revoke_invitation(invitation, by=request.user)
    messages.success(request, _("The invitation to %(email)s was withdrawn.") % {"email": invitation.email})
    return redirect(_members_url(association))


@login_required
@require_POST
def rotate_invite_link(request, slug):
    association = _managed(request, slug)
    services.rotate_invite_link(association)
    messages.success(request, _("A new invite link was created. The old link no longer works."))
    return redirect(_members_url(association))


@login_required
@require_POST
def disable_invite_link(request, slug):
    association = _managed(request, slug)
    services.disable_invite_link(association)
    messages.success(request, _("The invite link was switched off."))
    return redirect(_members_url(association))


@login_required
@require_POST
def decide_join_request(request, slug, pk):
    association = _managed(request, slug)
    join_request = get_object_or_404(JoinRequest.objects.visible_to(request.user), pk=pk, association=association)
    approve = request.POST.get("decision") == "approve"
    services.decide_join_request(join_request, approve=approve, decided_by=request.user)
    if approve:
        messages.success(request, _("%(person)s is now a member.") % {"person": join_request.user})
    else:
        messages.info(request, _("The request from %(person)s was declined.") % {"person": join_request.user})
    return redirect(_members_url(association))


@login_required
@require_POST
def change_role(request, slug, pk):
    association = _managed(request, slug)
    membership = get_object_or_404(Membership.objects.visible_to(request.user).active(), pk=pk, association=association)
    form = RoleForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Choose one of the listed roles."))
        return redirect(_members_url(association))
    try:
        services.change_role(membership, form.cleaned_data["role"], by=request.user)
    except services.MembershipError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, _("The role of %(person)s was changed.") % {"person": membership.user})
    return redirect(_members_url(association))


@login_required
@require_POST
def remove_member(request, slug, pk):
    association = _managed(request, slug)
    membership = get_object_or_404(Membership.objects.visible_to(request.user).active(), pk=pk, association=association)
    try:
        services.leave(membership, by=request.user)
    except services.MembershipError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, _("%(person)s was removed from the association.") % {"person": membership.user})
    return redirect(_members_url(association))
