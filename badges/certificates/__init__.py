"""Printable badge certificates: one tagged PDF (PDF/UA-1) per award, in the
recipient's language, with a QR code to the public verification page."""
