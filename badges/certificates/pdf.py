"""Render an award's certificate as a tagged PDF.

Guarantees:
- the text is real text (selectable, read by screen readers), in the
  recipient's language: a person's preferred language, for an association's
  badge the downloading contact's; any other value falls back to the site's
  default language;
- the PDF is PDF/UA-1 (tagged, document language and title set);
- the QR code encodes exactly the public verification page of the award, which
  says whether the badge is valid, expired or revoked;
- no network: fonts are the system's (DejaVu Sans has Latin and Arabic glyphs),
  images are inlined as data URIs.
"""

import base64

from django.conf import settings
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import gettext as _

from badges import services
from badges.certificates.qr import qr_svg
from badges.identity import absolute
from badges.models import Award, BadgeKind

PDF_VARIANT = "pdf/ua-1"


def certificate_language(award: Award, viewer=None) -> str:
    """The language the certificate is written in (see the module docstring)."""
    person = award.recipient_user or viewer
    wanted = getattr(person, "preferred_language", "") or ""
    known = {code for code, _name in settings.SITE_LANGUAGES}
    return wanted if wanted in known else settings.LANGUAGE_CODE


def verification_url(award: Award) -> str:
    return absolute("badges:verify", award.pk)


def recipient_display_name(award: Award) -> str:
    if award.recipient_association_id and award.recipient_association:
        return award.recipient_association.name
    user = award.recipient_user
    name = user.get_full_name().strip() if user else ""
    return name or award.recipient_name or (user.email if user else "")


def _course_title(award: Award) -> str | None:
    from badges.views.pages import _course_titles

    key = award.badge_class.course_key
    return _course_titles({key}).get(key) if key else None


def certificate_context(award: Award, language: str) -> dict:
    """What the certificate template shows, computed in `language`."""
    badge = award.badge_class
    with translation.override(language):
        # The page the QR code opens, in the certificate's language.
        url = verification_url(award)
        svg = qr_svg(url)
        return {
            "language": language,
            "bidi": translation.get_language_bidi(),
            "title": _("Certificate: %(badge)s") % {"badge": badge.name},
            "award": award,
            "badge": badge,
            "is_readiness": badge.kind == BadgeKind.READINESS,
            "course_title": _course_title(award),
            "recipient": recipient_display_name(award),
            "issuer": services.issuer(),
            "verification_url": url,
            "qr_data_uri": "data:image/svg+xml;base64," + base64.b64encode(svg.encode("utf-8")).decode("ascii"),
        }


def render_certificate(award: Award, viewer=None) -> bytes:
    """The certificate PDF of `award` (see the module docstring)."""
    from weasyprint import HTML

    language = certificate_language(award, viewer)
    context = certificate_context(award, language)
    with translation.override(language):
        html = render_to_string("badges/certificate/certificate.html", context)
    document = HTML(string=html, base_url=str(settings.BASE_DIR))
    return document.write_pdf(pdf_variant=PDF_VARIANT)


def certificate_filename(award: Award) -> str:
    return f"certificate-{award.pk}.pdf"
