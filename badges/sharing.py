"""Links for sharing a badge elsewhere: LinkedIn's add-to-profile form and the
two ways Open Badge Passport and Badgr import an Open Badges 2.0 badge (the
hosted assertion URL, or the baked PNG). Plain links: no third-party script."""

from urllib.parse import urlencode

from django.utils import timezone

from badges import documents
from badges.identity import absolute
from badges.models import Award

LINKEDIN_ADD_TO_PROFILE = "https://www.linkedin.com/profile/add"


def linkedin_add_url(award: Award, issuer_name: str) -> str:
    """LinkedIn's "Add licence or certification" form, filled in: the badge
    name, the issuer, the month it was awarded, the verification page as the
    credential URL and the award id as the credential id."""
    issued = timezone.localtime(award.issued_on)
    params = {
        "startTask": "CERTIFICATION_NAME",
        "name": award.badge_class.name,
        "organizationName": issuer_name,
        "issueYear": str(issued.year),
        "issueMonth": str(issued.month),
        "certUrl": absolute("badges:verify", award.pk),
        "certId": str(award.pk),
    }
    if award.valid_until:
        params["expirationYear"] = str(award.valid_until.year)
        params["expirationMonth"] = str(award.valid_until.month)
    return LINKEDIN_ADD_TO_PROFILE + "?" + urlencode(params)


def backpack_links(award: Award) -> dict:
    """What a backpack's "import badge" asks for: the hosted assertion URL
    (paste it) or the baked PNG (upload it)."""
    return {
        "assertion_url": documents.assertion_url(award),
        "baked_png_url": absolute("openbadges:assertion_png", award.pk),
    }
