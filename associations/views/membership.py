"""Views for people joining, leaving and finding associations.

Thin: each looks the object up through the scope querysets (404 outside the
scope), calls one service and redirects with a message.
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from associations import services
from associations.forms import AssociationSearchForm, JoinRequestForm
from associations.models import Association, Invitation, JoinRequest, Membership


@login_required
def my_associations(request):
    memberships = Membership.objects.active().filter(user=request.user).select_related("association__municipality")
    overseen = Association.objects.overseen_by(request.user).select_related("municipality")
    pending = JoinRequest.objects.pending().filter(user=request.user).select_related("association")
    return render(
        request,
        "associations/my_associations.html",
        {"memberships": memberships, "overseen": overseen, "pending_requests": pending},
    )


@login_required
def find_association(request):
    form = AssociationSearchForm(request.GET or None)
    associations = form.filter(Association.objects.select_related("municipality"))
    mine = set(Membership.objects.active().filter(user=request.user).values_list("association_id", flat=True))
    return render(
        request,
        "associations/find_association.html",
        {"form": form, "associations": associations[:200], "my_association_ids": mine},
    )


@login_required
def association_detail(request, slug):
    """Public facts of an association, plus the visitor's own relation to it."""
    association = get_object_or_404(Association.objects.select_related("municipality__region"), slug=slug)
    membership = Membership.objects.active().filter(user=request.user, association=association).first()
    context = {
        "association": association,
        "membership": membership,
        "can_oversee": Association.objects.overseen_by(request.user).filter(pk=association.pk).exists(),
        "pending_request": JoinRequest.objects.pending().filter(user=request.user, association=association).first(),
        "join_form": JoinRequestForm(),
    }
    return render(request, "associations/association_detail.html", context)


@login_required
@require_POST
def request_to_join(request, slug):
    association = get_object_or_404(Association, slug=slug)
    form = JoinRequestForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Your message could not be sent: %(errors)s") % {"errors": form.errors.as_text()})
        return redirect(association)
    join_request = services.request_to_join(association, request.user, form.cleaned_data["message"])
    if join_request is None:
        messages.info(request, _("You are already a member of this association."))
    else:
        messages.success(request, _("Your request was sent. The contact person will approve it."))
    return redirect(association)


@login_required
@require_POST
def leave_association(request, slug):
    membership = get_object_or_404(Membership.objects.active().filter(user=request.user), association__slug=slug)
    try:
        services.leave(membership, by=request.user)
    except services.MembershipError as error:
        messages.error(request, str(error))
        return redirect(membership.association)
    messages.success(request, _("You left %(association)s.") % {"association": membership.association.name})
    return redirect("associations:mine")


def join_by_link(request, slug, token):
    """The association's shareable invite link: confirm, then join as a member."""
    association = services.association_for_invite_link(slug, token)
    if association is None:
        return render(request, "associations/invite_invalid.html", status=404)
    if not request.user.is_authenticated:
        return render(request, "associations/join_login_first.html", {"association": association})
    if request.method == "POST":
        added = services.add_member(association, request.user)
        if added.created:
            messages.success(request, _("Welcome to %(association)s!") % {"association": association.name})
        else:
            messages.info(
                request, _("You are already a member of %(association)s.") % {"association": association.name}
            )
        return redirect(association)
    return render(request, "associations/join_confirm.html", {"association": association})


def accept_invitation(request, token):
    """An e-mail invitation: log in (or sign up) with the invited address, then accept."""
    invitation = Invitation.objects.select_related("association").filter(token=token).first()
    if invitation is None or (not invitation.is_pending and invitation.accepted_by_id != request.user.pk):
        return render(request, "associations/invite_invalid.html", status=404)
    if not request.user.is_authenticated:
        return render(
            request,
            "associations/join_login_first.html",
            {"association": invitation.association, "invited_email": invitation.email},
        )
    if request.method == "POST":
        try:
            services.accept_invitation(invitation, request.user)
        except services.MembershipError as error:
            messages.error(request, str(error))
            return render(request, "associations/join_confirm.html", {"association": invitation.association})
        messages.success(request, _("Welcome to %(association)s!") % {"association": invitation.association.name})
        return redirect(invitation.association)
    return render(
        request, "associations/join_confirm.html", {"association": invitation.association, "invitation": invitation}
    )
