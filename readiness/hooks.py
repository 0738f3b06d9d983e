"""Extension points that let higher layers add to readiness pages without
readiness importing them (design.md: signals and registries go upward)."""

from collections.abc import Callable, Iterable

# A provider takes associations and returns {association_pk: verify_url}.
_verification_link_providers: list[Callable[[Iterable], dict[int, str]]] = []


def register_verification_link_provider(provider: Callable[[Iterable], dict[int, str]]) -> None:
    """Badges registers a provider so the welcoming directory and the public
    profile can link to each association's readiness badge verification page."""
    if provider not in _verification_link_providers:
        _verification_link_providers.append(provider)


def verification_links(associations: Iterable) -> dict[int, str]:
    """Verify URLs of the associations' readiness badges, from every provider."""
    associations = list(associations)
    links: dict[int, str] = {}
    for provider in _verification_link_providers:
        links.update(provider(associations))
    return links
