"""The credential offer as a QR code, SVG text to inline in the page (no image request, no JS)."""

import qrcode
import qrcode.image.svg


def offer_qr_svg(link: str) -> str:
    qr = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_L, border=4)
    qr.add_data(link)
    image = qr.make_image(image_factory=qrcode.image.svg.SvgPathFillImage)
    # Sized by the page's CSS (viewBox kept); hidden from assistive technology:
    # the container carries the text alternative.
    return image.to_string(encoding="unicode").replace("<svg ", '<svg aria-hidden="true" focusable="false" ', 1)
