"""Create the Ed25519 key that signs Open Badges 3.0 credentials.

Writes the private key to the configured key file (default
var/badge-keys/signing-key.pem, mode 0600) and its public part to
`published/` beside it, where it stays published after a rotation."""

import os

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from django.core.management.base import BaseCommand

from badges import signing


class Command(BaseCommand):
    help = "Generate the Ed25519 badge signing key (idempotent; --rotate replaces it, keeping the old public key)."

    def add_arguments(self, parser):
        parser.add_argument("--rotate", action="store_true", help="Replace an existing key with a new one.")

    def handle(self, *args, rotate=False, **options):
        path = signing.key_file_path()
        if path.exists() and not rotate:
            key = signing.load_signing_key()
            signing.write_public_key(key.public_key())
            self.stdout.write(
                f"Badge signing key already exists: {path} ({signing.multibase_public_key(key.public_key())})"
            )
            return
        if path.exists():
            # The retired public key stays published: existing proofs name it.
            signing.write_public_key(signing.load_signing_key().public_key())
        key = Ed25519PrivateKey.generate()
        pem = key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "wb") as handle:
            handle.write(pem)
        os.replace(tmp, path)
        signing.write_public_key(key.public_key())
        self.stdout.write(
            self.style.SUCCESS(
                f"Badge signing key written to {path} ({signing.multibase_public_key(key.public_key())})"
            )
        )
