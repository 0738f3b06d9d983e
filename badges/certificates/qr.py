"""QR codes for certificates, as SVG text (vector: sharp when printed)."""

import qrcode
import qrcode.image.svg


def qr_svg(data: str) -> str:
    """An SVG image (no XML declaration) encoding `data`, medium error correction
    so a slightly worn printout still scans."""
    qr = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, border=4)
    qr.add_data(data)
    image = qr.make_image(image_factory=qrcode.image.svg.SvgPathFillImage)
    return image.to_string(encoding="unicode")
