"""OpenID for Verifiable Credential Issuance 1.0, pre-authorized code flow.

The learner's "Add to wallet" page makes a single-use, expiring credential
offer (offers.py); the wallet reads the issuer metadata (metadata.py), trades
the pre-authorized code and the transaction code for a short-lived access
token, fetches a nonce, proves possession of its key with a JWT (proofs.py)
and receives the award's Open Badges 3.0 credential (`ldp_vc`,
eddsa-rdfc-2022) bound to its did:key (issuance.py). Endpoints: views.py."""
