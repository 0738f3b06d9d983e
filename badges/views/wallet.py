"""The learner's "Add to wallet" page: a fresh credential offer for one of
their own awards, as a QR code, a link and a transaction code."""

from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, render
from django.utils.safestring import mark_safe
from django.views.decorators.http import require_safe

from badges.models import Award
from badges.oid4vci import offers
from badges.oid4vci.qr import offer_qr_svg


@login_required
@require_safe
def add_to_wallet(request, award_id):
    """Each visit makes a new single-use offer (the old one simply expires):
    the code is shown once and stored only as a hash. Only the award's
    recipient reaches it (another person's or a revoked award: 404)."""
    award = get_object_or_404(Award.objects.of_user(request.user).active().select_related("badge_class"), pk=award_id)
    new_offer = offers.create_offer(award)
    context = {
        "award": award,
        "badge": award.badge_class,
        "offer_link": new_offer.link,
        # Our own SVG (qrcode's output, no user text in it).
        "qr_svg": mark_safe(offer_qr_svg(new_offer.link)),  # noqa: S308
        "tx_code": new_offer.tx_code,
        "minutes": int(offers.OFFER_LIFETIME.total_seconds() // 60),
    }
    response = render(request, "badges/wallet/offer.html", context)
    response["Cache-Control"] = "no-store"
    return response
