"""The credential a wallet receives: the award's Open Badges 3.0 credential
with `credentialSubject.id` = the holder's DID (holder binding), signed with
the issuer's active key (eddsa-rdfc-2022, the same proof as every credential)."""

from badges import credentials, services
from badges.models import Award


def bound_credential(award: Award, holder_did: str) -> dict:
    document = credentials.unsigned_credential(award, services.issuer())
    document["credentialSubject"] = {"id": holder_did, **document["credentialSubject"]}
    return credentials.signed(document)
