"""Demo live sessions for `seed_demo`.

- an event calendar ("Etäkoulutukset") under the home page, translated into
  every UI language;
- upcoming sessions: an open one in Finnish, a full one with a waiting list,
  one in English, and one that is an (optional) step of the "Digitaaliset
  työkalut" course, in its remote-meetings module;
- past sessions attended by members of several demo associations, so that
  readiness and report dashboards have data.

Idempotent: pages are found by slug; times are set only when a session page
is first created (they are relative to that day), so a rerun publishes
nothing new. Upcoming registrations go through live.services as a learner
makes them; past registrations and attendance are history rows written
directly (the services refuse registering for a past session, rightly).
Reminders are sent by `manage.py send_live_reminders` (run it from cron
every few minutes; see docs/live.md).
"""

from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from django.conf import settings
from django.contrib.auth import get_user_model
from django.utils import timezone
from wagtail.models import Locale

from courses.demo import _ensure_child, _publish, _translation
from courses.models import ModulePage
from live import services
from live.authoring import ensure_live_authoring
from live.models import AttendanceMethod, LiveSessionIndexPage, LiveSessionPage, Registration, RegistrationStatus

CALENDAR = {
    "fi": {"title": "Etäkoulutukset", "intro": "Tulevat etäkoulutukset yhdistysten jäsenille: ilmoittaudu mukaan."},
    "sv": {"title": "Distansutbildningar", "intro": "Kommande distansutbildningar för föreningarnas medlemmar."},
    "en": {"title": "Live trainings", "intro": "Upcoming online trainings for association members: sign up."},
    "ar": {"title": "التدريبات المباشرة", "intro": "التدريبات القادمة عبر الإنترنت لأعضاء الجمعيات."},
}

DEMO = "@demo.kohtaamo.example"

# slug, title, description, days from today, Helsinki start hour, minutes, language, topic, platform, capacity,
# registered (in order), waiting
UPCOMING = [
    ("kohtaamisen-taidot-live", "Kohtaamisen taidot: avoin etäkoulutus",
     "<p>Harjoitellaan yhdessä, miten uusi harrastaja otetaan vastaan ensimmäisellä kerralla.</p>",
     3, 17, 90, "fi", "intercultural", "teams", 25,
     ["learner@example.org", "ahmed.ali" + DEMO, "tiina.h" + DEMO], []),
    ("uudet-jasenet-kysy-kouluttajalta", "Uudet jäsenet: kysy kouluttajalta",
     "<p>Pienryhmä, jossa käydään läpi seurojen omia kysymyksiä uusien jäsenten vastaanotosta.</p>",
     5, 18, 60, "fi", "welcoming", "zoom", 3,
     ["sanna.k" + DEMO, "riikka.s" + DEMO, "pekka.t" + DEMO], ["learner2@example.org", "hodan.a" + DEMO]),
    ("welcoming-newcomers-in-english", "Welcoming newcomers: Q&A in English",
     "<p>An open question-and-answer hour in English for coaches and board members.</p>",
     7, 16, 60, "en", "welcoming", "jitsi", 30,
     ["maryam.r" + DEMO, "omar.h" + DEMO], []),
]  # fmt: skip

STEP = {
    "course": "digitaaliset-tyokalut",
    "module": "etakokoukset",
    "slug": "etakokous-livena",
    "title": "Harjoitellaan yhdessä: etäkokous livenä",
    "description": "<p>Kokeillaan yhdessä etäkokouksen työkaluja: puheenvuorot, chat ja pienryhmät.</p>",
    "days": 2,
    "hour": 17,
    "minutes": 60,
    "registered": ["learner2@example.org", "teemu.k" + DEMO],
    # The course's translations get the step too, so their outline and pager stay in their language.
    "translations": {
        "en": {
            "title": "Let's practise together: a live online meeting",
            "description": "<p>We try out the tools of an online meeting together: turns to speak, chat and breakout "
            "rooms. The session is in Finnish; questions in English are welcome.</p>",
        },
        "sv": {
            "title": "Vi övar tillsammans: ett distansmöte live",
            "description": "<p>Vi prövar distansmötets verktyg tillsammans: turordning, chatt och smågrupper.</p>",
        },
        "ar": {
            "title": "لنتدرّب معًا: اجتماع مباشر عبر الإنترنت",
            "description": "<p>نجرّب معًا أدوات الاجتماع عبر الإنترنت: طلب الكلمة والدردشة والمجموعات الصغيرة.</p>",
        },
    },
}

# slug, title, days ago, people who attended (and were registered)
PAST = [
    ("syksyn-aloitustapaaminen", "Syksyn aloitustapaaminen: tervetuloa mukaan", 90,
     ["ahmed.ali" + DEMO, "juha.m" + DEMO, "tiina.h" + DEMO, "olga.i" + DEMO]),
    ("monikielinen-viestinta-live", "Monikielinen viestintä seurassa", 60,
     ["sanna.k" + DEMO, "hodan.a" + DEMO, "riikka.s" + DEMO, "maryam.r" + DEMO, "learner@example.org"]),
    ("yhdenvertaisuussuunnitelma-live", "Yhdenvertaisuussuunnitelma tutuksi", 30,
     ["pekka.t" + DEMO, "teemu.k" + DEMO, "omar.h" + DEMO, "ahmed.ali" + DEMO, "fatima.n" + DEMO]),
]  # fmt: skip

JOIN_URLS = {
    "teams": "https://teams.microsoft.com/l/meetup-join/kohtaamo-demo",
    "zoom": "https://zoom.us/j/0000000000",
    "jitsi": "https://meet.jit.si/kohtaamo-demo",
}


def seed(context: dict) -> None:
    users = _users()
    trainer = users.get("trainer@example.org")
    calendar = _seed_calendar(context["home_page"])
    live_trainers = ensure_live_authoring(calendar)
    if trainer is not None:
        trainer.groups.add(live_trainers)
    sessions = {}
    for (
        slug,
        title,
        description,
        days,
        hour,
        minutes,
        language,
        topic,
        platform,
        capacity,
        registered,
        waiting,
    ) in UPCOMING:
        page = _session(calendar, slug, trainer, days=days, hour=hour, minutes=minutes, language=language)
        _publish(
            page, title=title, description=description, topic=topic, platform=platform,
            join_url=JOIN_URLS[platform], capacity=capacity, language=language,
        )  # fmt: skip
        _register(page, [users[e] for e in registered + waiting if e in users])
        sessions[slug] = page

    step = _seed_step(context.get("courses") or {}, trainer)
    if step is not None:
        _register(step, [users[e] for e in STEP["registered"] if e in users])
        sessions[STEP["slug"]] = step

    for slug, title, days_ago, attended in PAST:
        page = _session(calendar, slug, trainer, days=-days_ago, hour=17, minutes=90, language="fi")
        _publish(
            page, title=title, description="<p>Tallenne ja materiaalit jäsenille.</p>", topic="welcoming",
            platform="teams", join_url=JOIN_URLS["teams"], capacity=30,
            recording_url="https://video.kohtaamo.example/tallenteet/" + slug,
        )  # fmt: skip
        _history(page, [users[e] for e in attended if e in users], trainer)
        sessions[slug] = page
    context["live_sessions"] = sessions


def _users() -> dict:
    emails = {e for row in UPCOMING for e in row[10] + row[11]} | set(STEP["registered"])
    emails |= {e for row in PAST for e in row[3]} | {"trainer@example.org"}
    return {user.email: user for user in get_user_model().objects.filter(email__in=emails)}


def _seed_calendar(home) -> LiveSessionIndexPage:
    calendar = _ensure_child(home, LiveSessionIndexPage, "etakoulutukset")
    source = home.locale.language_code
    _publish(calendar, show_in_menus=True, **CALENDAR.get(source, CALENDAR["fi"]))
    for locale in Locale.objects.exclude(pk=home.locale_id):
        if locale.language_code in CALENDAR and home.get_translation_or_none(locale) is not None:
            _publish(_translation(calendar, locale), show_in_menus=True, **CALENDAR[locale.language_code])
    return calendar


def _starts(days: int, hour: int):
    zone = ZoneInfo(settings.TIME_ZONE)
    day = timezone.localdate() + timedelta(days=days)
    return datetime.combine(day, time(hour, 0), tzinfo=zone)


def _session(parent, slug: str, trainer, *, days: int, hour: int, minutes: int, language: str) -> LiveSessionPage:
    """The session page; its times (relative to today) and trainer are set only when it is created."""
    page = LiveSessionPage.objects.child_of(parent).filter(slug=slug).first()
    if page is None:
        starts_at = _starts(days, hour)
        page = parent.add_child(
            instance=LiveSessionPage(
                title=slug, slug=slug, locale=parent.locale, live=False, language=language,
                starts_at=starts_at, ends_at=starts_at + timedelta(minutes=minutes), join_url=JOIN_URLS["teams"],
            )
        )  # fmt: skip
        if trainer is not None:
            page.trainers.add(trainer)
    return page


def _seed_step(courses: dict, trainer) -> LiveSessionPage | None:
    course = courses.get(STEP["course"])
    module = ModulePage.objects.child_of(course).filter(slug=STEP["module"]).first() if course else None
    if module is None:
        return None
    page = _session(module, STEP["slug"], trainer, days=STEP["days"], hour=STEP["hour"], minutes=STEP["minutes"],
                    language="fi")  # fmt: skip
    # Optional, so learners who finish every lesson still complete the course without a live date.
    _publish(
        page, title=STEP["title"], description=STEP["description"], topic="digital", platform="jitsi",
        join_url=JOIN_URLS["jitsi"], capacity=20, required=False, estimated_minutes=STEP["minutes"],
    )  # fmt: skip
    for locale in Locale.objects.exclude(pk=page.locale_id):
        texts = STEP["translations"].get(locale.language_code)
        if texts is not None and module.get_translation_or_none(locale) is not None:
            _publish(_translation(page, locale), **texts)
    return page


def _register(page: LiveSessionPage, people: list) -> None:
    for person in people:
        if not Registration.objects.filter(session=page, user=person).exists():
            services.register(person, page, notify=False)  # no e-mails to demo people


def _history(page: LiveSessionPage, people: list, trainer) -> None:
    for person in people:
        Registration.objects.get_or_create(
            session=page,
            user=person,
            defaults={"status": RegistrationStatus.REGISTERED, "queued_at": page.starts_at - timedelta(days=7)},
        )
        services.record_attendance(
            person, page, method=AttendanceMethod.TRAINER, marked_by=trainer, now=page.starts_at + timedelta(minutes=5)
        )
