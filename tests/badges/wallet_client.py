"""A wallet, written for the tests, that speaks OID4VCI 1.0 (pre-authorized
code flow) to the test client: it holds its own key (Ed25519 or P-256),
opens the learner's "Add to wallet" page like a phone scanning the QR code,
reads the issuer metadata, trades the code and transaction code for a token,
fetches a nonce and signs its proof JWT with `cryptography` alone (not the
server's JWT library), then asks for the credential."""

import base64
import html
import json
import re
import time
from urllib.parse import parse_qs, urlencode, urlsplit

import base58
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.utils import decode_dss_signature
from django.urls import reverse

SITE = "http://testserver"
PRE_AUTHORIZED = "urn:ietf:params:oauth:grant-type:pre-authorized_code"


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode("ascii").rstrip("=")


def local_path(url: str) -> str:
    assert url.startswith(SITE + "/"), url
    return url.removeprefix(SITE)


class HolderKey:
    def __init__(self, alg: str = "EdDSA"):
        self.alg = alg
        self.private = Ed25519PrivateKey.generate() if alg == "EdDSA" else ec.generate_private_key(ec.SECP256R1())

    @property
    def did(self) -> str:
        public = self.private.public_key()
        if self.alg == "EdDSA":
            raw = b"\xed\x01" + public.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
        else:
            raw = b"\x80\x24" + public.public_bytes(
                serialization.Encoding.X962, serialization.PublicFormat.CompressedPoint
            )
        return "did:key:z" + base58.b58encode(raw).decode("ascii")

    @property
    def kid(self) -> str:
        return f"{self.did}#{self.did.removeprefix('did:key:')}"

    @property
    def jwk(self) -> dict:
        public = self.private.public_key()
        if self.alg == "EdDSA":
            x = public.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
            return {"kty": "OKP", "crv": "Ed25519", "x": b64url(x)}
        numbers = public.public_numbers()
        return {
            "kty": "EC",
            "crv": "P-256",
            "x": b64url(numbers.x.to_bytes(32, "big")),
            "y": b64url(numbers.y.to_bytes(32, "big")),
        }

    def sign(self, data: bytes) -> bytes:
        if self.alg == "EdDSA":
            return self.private.sign(data)
        r, s = decode_dss_signature(self.private.sign(data, ec.ECDSA(hashes.SHA256())))
        return r.to_bytes(32, "big") + s.to_bytes(32, "big")


def compact_jwt(header: dict, payload: dict, signer: HolderKey) -> str:
    signing_input = f"{b64url(json.dumps(header).encode())}.{b64url(json.dumps(payload).encode())}"
    return f"{signing_input}.{b64url(signer.sign(signing_input.encode('ascii')))}"


class Wallet:
    def __init__(self, client, alg: str = "EdDSA"):
        self.client = client
        self.key = HolderKey(alg)

    # -- the learner's page, as the phone sees it ---------------------------
    def scan_offer_page(self, award) -> tuple[str, str]:
        """The offer link (the QR code's content) and the transaction code shown."""
        response = self.client.get(reverse("badges:add_to_wallet", args=[award.pk]))
        assert response.status_code == 200, response.status_code
        page = response.content.decode()
        link = html.unescape(re.search(r'href="(openid-credential-offer://[^"]+)"', page).group(1))
        tx_code = re.search(r'class="wallet-tx-code[^"]*"[^>]*><strong>(\d+)</strong>', page).group(1)
        return link, tx_code

    @staticmethod
    def resolve_offer(link: str) -> dict:
        parts = urlsplit(link)
        assert parts.scheme == "openid-credential-offer"
        return json.loads(parse_qs(parts.query)["credential_offer"][0])

    # -- the protocol ---------------------------------------------------------
    def metadata(self, issuer: str) -> dict:
        response = self.client.get(local_path(issuer + "/.well-known/openid-credential-issuer"))
        assert response.status_code == 200
        return response.json()

    def authorization_server(self, issuer: str) -> dict:
        response = self.client.get(local_path(issuer + "/.well-known/oauth-authorization-server"))
        assert response.status_code == 200
        return response.json()

    def token_response(self, issuer: str, code: str, tx_code: str | None):
        data = {"grant_type": PRE_AUTHORIZED, "pre-authorized_code": code}
        if tx_code is not None:
            data["tx_code"] = tx_code
        endpoint = self.authorization_server(issuer)["token_endpoint"]
        return self.client.post(local_path(endpoint), urlencode(data), content_type="application/x-www-form-urlencoded")

    def nonce(self, metadata: dict) -> str:
        response = self.client.post(local_path(metadata["nonce_endpoint"]))
        assert response.status_code == 200
        return response.json()["c_nonce"]

    def proof(self, *, aud: str, nonce: str | None, use_jwk: bool = False, signer: HolderKey | None = None, **changes):
        header = {"typ": "openid4vci-proof+jwt", "alg": self.key.alg}
        header.update({"jwk": self.key.jwk} if use_jwk else {"kid": self.key.kid})
        header.update(changes.pop("header", {}))
        payload = {"aud": aud, "iat": int(time.time())}
        if nonce is not None:
            payload["nonce"] = nonce
        payload.update(changes)
        return compact_jwt(header, payload, signer or self.key)

    def credential_response(self, metadata: dict, access_token: str, proof_jwt: str, **body_changes):
        body = {"credential_configuration_id": "OpenBadgeCredential_ldp_vc", "proofs": {"jwt": [proof_jwt]}}
        body.update(body_changes)
        return self.client.post(
            local_path(metadata["credential_endpoint"]),
            json.dumps(body),
            content_type="application/json",
            headers={"Authorization": f"Bearer {access_token}"},
        )

    def start(self, award) -> tuple[dict, str, dict]:
        """Offer, transaction code and issuer metadata."""
        link, tx_code = self.scan_offer_page(award)
        offer = self.resolve_offer(link)
        return offer, tx_code, self.metadata(offer["credential_issuer"])

    def access_token(self, offer: dict, tx_code: str) -> str:
        code = offer["grants"][PRE_AUTHORIZED]["pre-authorized_code"]
        response = self.token_response(offer["credential_issuer"], code, tx_code)
        assert response.status_code == 200, response.content
        return response.json()["access_token"]
