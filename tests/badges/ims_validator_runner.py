"""Runs inside the IMS validator's own virtualenv (requirements-badges-validator.txt).

Reads {"url" | "png" | "svg" (baked image files), "profile" (e.g. {"email": …}), "passthru"} as JSON
on stdin, verifies with `openbadges.verify`, prints the report as JSON. The only URL mocked is the
Open Badges 2.0 JSON-LD context; requests to the test server pass through and
anything else fails (no network).
"""

import json
import sys

import openbadges
import responses
from openbadges.verifier.openbadges_context import OPENBADGES_CONTEXT_V2_DICT, OPENBADGES_CONTEXT_V2_URI


def _verify_svg(path: str, profile: dict) -> dict:
    """A baked SVG, unbaked by the validator's own library (openbadges-bakery).

    On Python 3, openbadges-bakery 1.2.4 returns the `verify` attribute as
    bytes, which `openbadges.verify(file)` then rejects ("only URL, JSON, or
    JWS input implemented so far"); so the file is unbaked here with the same
    function, the bytes decoded, and what it found verified."""
    from openbadges_bakery import unbake

    with open(path, "rb") as handle:
        found = unbake(handle)
    if isinstance(found, bytes):
        found = found.decode("utf-8")
    report = openbadges.verify(found, profile)
    report["report"]["unbakedInput"] = found
    return report


def main() -> None:
    args = json.load(sys.stdin)
    with responses.RequestsMock(assert_all_requests_are_fired=False) as mock:
        mock.add(
            responses.GET,
            OPENBADGES_CONTEXT_V2_URI,
            json=OPENBADGES_CONTEXT_V2_DICT,
            content_type="application/ld+json",
        )
        mock.add_passthru(args["passthru"])
        if args.get("svg"):
            report = _verify_svg(args["svg"], args["profile"])
        elif args.get("png"):
            with open(args["png"], "rb") as handle:
                report = openbadges.verify(handle, args["profile"])
        else:
            report = openbadges.verify(args["url"], args["profile"])
    json.dump(report["report"], sys.stdout)


if __name__ == "__main__":
    main()
