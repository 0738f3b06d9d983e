"""Errors of the token and credential endpoints, as the specifications name them."""


class OID4VCIError(Exception):
    """An error answer: `error` code (RFC 6749 / OID4VCI 1.0 §8.3.1.2), a
    description for the wallet's developer, and the HTTP status."""

    def __init__(self, error: str, description: str, status: int = 400):
        super().__init__(description)
        self.error = error
        self.description = description
        self.status = status


def invalid_request(description: str) -> OID4VCIError:
    return OID4VCIError("invalid_request", description)


def invalid_grant(description: str) -> OID4VCIError:
    return OID4VCIError("invalid_grant", description)


def invalid_token(description: str) -> OID4VCIError:
    return OID4VCIError("invalid_token", description, status=401)


def invalid_proof(description: str) -> OID4VCIError:
    return OID4VCIError("invalid_proof", description)


def invalid_nonce(description: str) -> OID4VCIError:
    return OID4VCIError("invalid_nonce", description)
