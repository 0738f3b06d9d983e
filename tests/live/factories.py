"""Factories for live session pages."""

from datetime import timedelta

import factory
import wagtail_factories
from django.utils import timezone

from live.models import LiveSessionIndexPage, LiveSessionPage


class LiveSessionIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = LiveSessionIndexPage

    title = "Etäkoulutukset"
    slug = "etakoulutukset"
    intro = "Tulevat etäkoulutukset."


class LiveSessionPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = LiveSessionPage
        skip_postgeneration_save = True

    title = factory.Sequence(lambda n: f"Etäkoulutus {n}")
    description = "<p>Keskustelemme uusien jäsenten vastaanottamisesta.</p>"
    starts_at = factory.LazyFunction(lambda: timezone.now().replace(microsecond=0) + timedelta(days=3))
    ends_at = factory.LazyAttribute(lambda page: page.starts_at + timedelta(hours=2))
    platform = "jitsi"
    join_url = "https://meet.jit.si/kohtaamo-testi"
    capacity = 2
    language = "fi"
    topic = "welcoming"

    @factory.post_generation
    def check_in_code(self, create, extracted, **kwargs):
        """A known code for tests (KOHT42 unless given)."""
        if create:
            from live.models import CheckInCode

            CheckInCode.objects.update_or_create(session=self, defaults={"code": extracted or "KOHT42"})
