"""No link on an association's readiness page leads its viewer to a 404: the
page only shows links the viewer may follow (a coordinator or staff, who are
not members, are not offered the team self-assessment that only members answer)."""

from html.parser import HTMLParser

import pytest
from django.urls import reverse
from django.utils import translation

from readiness import services
from tests.readiness.helpers import meet_everything


class _Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.hrefs: list[str] = []

    def handle_starttag(self, tag, attrs):
        href = dict(attrs).get("href")
        if tag == "a" and href and href.startswith("/"):
            self.hrefs.append(href.split("#")[0])


def internal_links(html: str) -> list[str]:
    parser = _Links()
    parser.feed(html)
    return sorted({href for href in parser.hrefs if href})


@pytest.fixture
def approved(world, team, course):
    """Association A approved: every link the page can show is shown (plan, profile)."""
    meet_everything(world, team, course)
    services.submit_for_review(world.a, world.contact_a)
    services.approve(world.a, world.coordinator, "")
    return world.a


def _readiness_page(association) -> str:
    with translation.override("fi"):
        return reverse("readiness:association", kwargs={"slug": association.slug})


@pytest.mark.parametrize("viewer", ["coordinator", "staff", "contact_a"])
def test_every_link_on_the_readiness_page_opens_for_its_viewer(client, world, approved, viewer):
    client.force_login(getattr(world, viewer))
    page = client.get(_readiness_page(approved))
    assert page.status_code == 200
    links = internal_links(page.content.decode())
    assert links
    broken = {href: client.get(href).status_code for href in links}
    assert {href: code for href, code in broken.items() if code == 404 or code >= 500} == {}


def test_coordinator_is_not_offered_the_self_assessment_of_a_team_they_are_not_in(client, world, approved):
    client.force_login(world.coordinator)
    page = client.get(_readiness_page(approved))
    with translation.override("fi"):
        answer_url = reverse("readiness:self_assessment", kwargs={"slug": approved.slug})
    assert answer_url not in page.content.decode()


def test_contact_who_is_a_member_is_offered_the_self_assessment(client, world, approved):
    client.force_login(world.contact_a)
    page = client.get(_readiness_page(approved))
    with translation.override("fi"):
        answer_url = reverse("readiness:self_assessment", kwargs={"slug": approved.slug})
    assert answer_url in page.content.decode()
