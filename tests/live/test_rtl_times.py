"""Session times in the reader's language, and in order on right-to-left pages:
the clock range sits in a left-to-right isolate (<bdi dir="ltr">), the whole
phrase is isolated from the text around it, and Finnish content on an Arabic
page carries lang="fi"."""

import re
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

pytestmark = pytest.mark.django_db

HELSINKI = ZoneInfo("Europe/Helsinki")
CLOCK = re.compile(
    r'<bdi dir="ltr" class="live-clock"><time datetime="[^"]+">([^<]+)</time>'
    r'–<time datetime="[^"]+">([^<]+)</time></bdi>'
)


@pytest.fixture
def evening_session(make_session, trainer):
    """Thursday 7.10.2027, 17:00–18:00 Finnish time."""
    page = make_session(
        title="Iltatapaaminen",
        starts_at=datetime(2027, 10, 7, 17, 0, tzinfo=HELSINKI),
        ends_at=datetime(2027, 10, 7, 18, 0, tzinfo=HELSINKI),
        registration_deadline=datetime(2027, 10, 6, 12, 0, tzinfo=HELSINKI),
    )
    page.trainers.add(trainer)
    page.save_revision().publish()
    return page


def test_arabic_calendar_puts_the_time_range_in_a_left_to_right_isolate(client, evening_session):
    html = client.get("/ar/live/").content.decode()
    assert CLOCK.search(html).groups() == ("17:00", "18:00")


def test_arabic_session_page_puts_the_time_range_in_a_left_to_right_isolate(client, evening_session):
    html = client.get(f"{evening_session.url}?lang=ar").content.decode()
    assert '<html lang="ar" dir="rtl">' in html
    assert CLOCK.search(html).groups() == ("17:00", "18:00")


def test_time_range_no_longer_splits_the_zone_name_into_the_range(client, evening_session):
    html = client.get(f"{evening_session.url}?lang=ar").content.decode()
    assert "EET" not in html and "EEST" not in html
    assert 'class="live-zone' in html


def test_whole_time_phrase_is_isolated_from_the_text_around_it(client, evening_session):
    html = client.get("/ar/live/").content.decode()
    assert re.search(r'<bdi class="live-when" data-live-start="2027-10-07T17:00:00\+03:00"', html)


def test_finnish_session_page_shows_the_finnish_date_and_clock(client, evening_session):
    html = client.get(evening_session.url).content.decode()
    assert "7.10.2027</time>" in html
    assert CLOCK.search(html).groups() == ("17.00", "18.00")


def test_finnish_registration_deadline_uses_the_finnish_format(client, evening_session):
    html = client.get(evening_session.url).content.decode()
    assert '6.10.2027 <bdi dir="ltr">12.00</bdi>' in html


def test_local_time_hint_gets_iso_timestamps_and_the_zone_unlocalised(client, evening_session):
    html = client.get(f"{evening_session.url}?lang=ar").content.decode()
    assert 'data-live-end="2027-10-07T18:00:00+03:00"' in html
    assert 'data-live-zone="Europe/Helsinki"' in html


def test_finnish_session_title_on_the_arabic_calendar_is_marked_finnish(client, evening_session):
    html = client.get("/ar/live/").content.decode()
    assert re.search(r'<a href="[^"]+" lang="fi" dir="ltr">Iltatapaaminen</a>', html)


def test_finnish_calendar_does_not_repeat_the_interface_language_on_titles(client, evening_session):
    html = client.get("/fi/live/").content.decode()
    assert re.search(r'<a href="[^"]+">Iltatapaaminen</a>', html)


def test_trainer_participants_page_isolates_the_range_on_arabic(client, evening_session, trainer):
    client.force_login(trainer)
    html = client.get(f"/ar/live/trainer/sessions/{evening_session.pk}/").content.decode()
    assert CLOCK.search(html).groups() == ("17:00", "18:00")
