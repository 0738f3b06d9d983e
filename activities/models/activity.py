"""An association's hobby activity, as a newcomer sees it in the offering.

What a newcomer needs to decide and to arrive: what it is, for whom, where
(with an accessible-venue flag and a plain map link), when (weekly sessions,
a season, cancelled dates), which languages it can be joined in, what it
costs, and whether a first visit is free. Texts are the association's own,
cleaned by the one sanitiser on the way in; translations are per language rows
that fall back to the original.
"""

from urllib.parse import urlencode

from django.conf import settings
from django.core.validators import MaxLengthValidator
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from activities.querysets import ActivityQuerySet
from associations.models import ACTIVITY_LANGUAGES
from training.sanitizer import sanitize_html

TITLE_MAX_CHARS = 120
DESCRIPTION_MAX_CHARS = 3000


class HobbyType(models.TextChoices):
    FOOTBALL = "football", _("Football")
    FLOORBALL = "floorball", _("Floorball")
    SKIING = "skiing", _("Cross-country skiing")
    OTHER_SPORT = "sport", _("Other sport")
    DANCE = "dance", _("Dance")
    MUSIC = "music", _("Choir and music")
    FAMILY_CAFE = "family_cafe", _("Family café")
    CLUB = "club", _("Club for children and young people")
    CRAFTS = "crafts", _("Crafts and arts")
    NATURE = "nature", _("Outdoors and nature")
    OTHER = "other", _("Other")


class AgeGroup(models.TextChoices):
    ALL = "all", _("All ages")
    CHILDREN = "children", _("Children")
    YOUTH = "youth", _("Young people")
    ADULTS = "adults", _("Adults")
    FAMILIES = "families", _("Families")
    SENIORS = "seniors", _("Seniors")


class Level(models.TextChoices):
    BEGINNERS = "beginners", _("Beginners welcome")
    ALL = "all", _("All levels")
    EXPERIENCED = "experienced", _("Some experience needed")


class GroupKind(models.TextChoices):
    MIXED = "mixed", _("Mixed group")
    WOMEN = "women", _("Women only")
    MEN = "men", _("Men only")


class Cost(models.TextChoices):
    FREE = "free", _("Free")
    FEE = "fee", _("Fee")


class Weekday(models.IntegerChoices):
    MONDAY = 0, _("Monday")
    TUESDAY = 1, _("Tuesday")
    WEDNESDAY = 2, _("Wednesday")
    THURSDAY = 3, _("Thursday")
    FRIDAY = 4, _("Friday")
    SATURDAY = 5, _("Saturday")
    SUNDAY = 6, _("Sunday")


class Activity(models.Model):
    association = models.ForeignKey(
        "associations.Association", on_delete=models.CASCADE, related_name="activities", verbose_name=_("association")
    )
    title = models.CharField(_("title"), max_length=TITLE_MAX_CHARS)
    description = models.TextField(_("description"), blank=True, validators=[MaxLengthValidator(DESCRIPTION_MAX_CHARS)])
    # The language the association wrote title and description in.
    original_language = models.CharField(
        _("language of the text"), max_length=10, choices=settings.OFFERING_LANGUAGES, default="fi"
    )
    hobby_type = models.CharField(_("type of hobby"), max_length=20, choices=HobbyType.choices)
    age_group = models.CharField(_("for whom"), max_length=20, choices=AgeGroup.choices, default=AgeGroup.ALL)
    level = models.CharField(_("level"), max_length=20, choices=Level.choices, default=Level.BEGINNERS)
    group_kind = models.CharField(_("group"), max_length=10, choices=GroupKind.choices, default=GroupKind.MIXED)
    municipality = models.ForeignKey(
        "associations.Municipality", on_delete=models.PROTECT, related_name="activities", verbose_name=_("municipality")
    )
    address = models.CharField(_("address"), max_length=200, blank=True)
    accessible_venue = models.BooleanField(_("accessible venue"), default=False)
    season_starts = models.DateField(_("season starts"), null=True, blank=True)
    season_ends = models.DateField(_("season ends"), null=True, blank=True)
    languages = models.JSONField(
        _("languages the activity can be joined in"), default=list, blank=True, help_text=_("Language codes.")
    )
    cost = models.CharField(_("cost"), max_length=10, choices=Cost.choices, default=Cost.FREE)
    fee_details = models.CharField(_("fee details"), max_length=200, blank=True)
    fee_support = models.BooleanField(_("fee support available"), default=False)
    loan_equipment = models.BooleanField(_("equipment to borrow"), default=False)
    first_visit_free = models.BooleanField(_("first visit free"), default=True)
    welcome_contact = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="welcome_activities",
        verbose_name=_("welcome contact"),
        help_text=_("The association contact who answers newcomers' requests."),
    )
    published = models.BooleanField(_("shown in the offering"), default=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = ActivityQuerySet.as_manager()

    class Meta:
        ordering = ["title", "pk"]
        verbose_name = _("activity")
        verbose_name_plural = _("activities")
        indexes = [models.Index(fields=["municipality", "hobby_type"], name="activity_place_type")]

    def __str__(self) -> str:
        return self.title

    def save(self, *args, **kwargs):
        # The association's text is shown as HTML: cleaned by the one sanitiser on the way in.
        self.description = sanitize_html(self.description)
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return reverse("activities:detail", args=[self.pk])

    @property
    def map_url(self) -> str:
        """A plain OpenStreetMap search link (no third-party script on our page)."""
        query = ", ".join(part for part in (self.address, self.municipality.name) if part)
        return "https://www.openstreetmap.org/search?" + urlencode({"query": query})

    @property
    def language_names(self) -> list[str]:
        names = dict(ACTIVITY_LANGUAGES)
        return [str(names.get(code, code)) for code in self.languages]


class ActivitySession(models.Model):
    """One weekly recurring time of an activity (e.g. Tuesdays 17.00–18.30)."""

    activity = models.ForeignKey(Activity, on_delete=models.CASCADE, related_name="sessions")
    weekday = models.PositiveSmallIntegerField(_("day of the week"), choices=Weekday.choices)
    starts_at = models.TimeField(_("starts at"))
    ends_at = models.TimeField(_("ends at"))

    class Meta:
        ordering = ["weekday", "starts_at"]
        verbose_name = _("weekly time")
        verbose_name_plural = _("weekly times")
        constraints = [
            models.CheckConstraint(condition=models.Q(ends_at__gt=models.F("starts_at")), name="session_ends_after")
        ]

    def __str__(self) -> str:
        return f"{self.get_weekday_display()} {self.starts_at:%H:%M}–{self.ends_at:%H:%M}"


class ActivityException(models.Model):
    """A date on which the activity does not meet (holiday, venue closed)."""

    activity = models.ForeignKey(Activity, on_delete=models.CASCADE, related_name="exceptions")
    date = models.DateField(_("date"))
    note = models.CharField(_("note"), max_length=200, blank=True)

    class Meta:
        ordering = ["date"]
        verbose_name = _("cancelled date")
        verbose_name_plural = _("cancelled dates")
        constraints = [models.UniqueConstraint(fields=["activity", "date"], name="activity_exception_once")]

    def __str__(self) -> str:
        return f"{self.activity_id} {self.date}"


class ActivityTranslation(models.Model):
    """The association's own translation of title and description into one language."""

    activity = models.ForeignKey(Activity, on_delete=models.CASCADE, related_name="translations")
    language = models.CharField(_("language"), max_length=10, choices=settings.OFFERING_LANGUAGES)
    title = models.CharField(_("title"), max_length=TITLE_MAX_CHARS)
    description = models.TextField(_("description"), blank=True, validators=[MaxLengthValidator(DESCRIPTION_MAX_CHARS)])

    class Meta:
        verbose_name = _("translation")
        verbose_name_plural = _("translations")
        constraints = [models.UniqueConstraint(fields=["activity", "language"], name="activity_translation_once")]

    def __str__(self) -> str:
        return f"{self.activity_id} {self.language}"

    def save(self, *args, **kwargs):
        self.description = sanitize_html(self.description)
        super().save(*args, **kwargs)


class RegionOfferingPolicy(models.Model):
    """A region's rule for the public offering."""

    region = models.OneToOneField(
        "associations.Region", on_delete=models.CASCADE, related_name="offering_policy", verbose_name=_("region")
    )
    require_readiness = models.BooleanField(
        _("only associations with a valid readiness approval"),
        default=False,
        help_text=_("Show an association's activities only while its readiness approval is valid."),
    )

    class Meta:
        verbose_name = _("offering rule of a region")
        verbose_name_plural = _("offering rules of regions")

    def __str__(self) -> str:
        return str(self.region)
