"""The custom User: people log in with their e-mail address, not a username."""

from django.contrib.auth.models import AbstractUser, BaseUserManager
from django.db import models
from django.utils.translation import gettext_lazy as _

from training.validators import validate_plain_text


class UserManager(BaseUserManager):
    use_in_migrations = True

    def _create_user(self, email: str, password: str | None, **extra_fields):
        if not email:
            raise ValueError("An e-mail address is required.")
        user = self.model(email=self.normalize_email(email).lower(), **extra_fields)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_user(self, email: str, password: str | None = None, **extra_fields):
        extra_fields.setdefault("is_staff", False)
        extra_fields.setdefault("is_superuser", False)
        return self._create_user(email, password, **extra_fields)

    def create_superuser(self, email: str, password: str | None = None, **extra_fields):
        extra_fields.setdefault("is_staff", True)
        extra_fields.setdefault("is_superuser", True)
        if not (extra_fields["is_staff"] and extra_fields["is_superuser"]):
            raise ValueError("A superuser must have is_staff and is_superuser set.")
        return self._create_user(email, password, **extra_fields)


class Gender(models.TextChoices):
    WOMAN = "woman", _("Woman")
    MAN = "man", _("Man")
    NON_BINARY = "non_binary", _("Non-binary")
    UNDISCLOSED = "undisclosed", _("Prefer not to say")


class AgeBand(models.TextChoices):
    UNDER_18 = "under_18", _("Under 18")
    FROM_18_TO_29 = "18_29", _("18–29")
    FROM_30_TO_54 = "30_54", _("30–54")
    FROM_55 = "55_plus", _("55 or over")


class EmploymentStatus(models.TextChoices):
    EMPLOYED = "employed", _("Employed or self-employed")
    UNEMPLOYED = "unemployed", _("Unemployed")
    LONG_TERM_UNEMPLOYED = "long_term_unemployed", _("Long-term unemployed")
    INACTIVE = "inactive", _("Not in the labour force (studying, retired, at home…)")


class EducationLevel(models.TextChoices):
    BASIC = "isced_0_2", _("Basic education or less (ISCED 0–2)")
    UPPER_SECONDARY = "isced_3_4", _("Upper secondary or vocational (ISCED 3–4)")
    TERTIARY = "isced_5_8", _("Higher education (ISCED 5–8)")


class User(AbstractUser):
    """A person. Logs in with e-mail.

    The funder's facts (gender, age band, employment, education, municipality)
    are optional and feed only aggregate, small-cell-suppressed reports. They
    survive account deletion on the anonymised row so that totals stay right.
    """

    username = None
    email = models.EmailField(_("e-mail address"), unique=True)
    # Names travel into CSV exports, e-mails and other people's screens: no
    # control characters or bidi overrides (they are also checked on the form).
    first_name = models.CharField(_("first name"), max_length=150, blank=True, validators=[validate_plain_text])
    last_name = models.CharField(_("last name"), max_length=150, blank=True, validators=[validate_plain_text])
    preferred_language = models.CharField(
        _("preferred language"),
        max_length=10,
        blank=True,
        help_text=_("The language the site is shown in after you log in."),
    )

    gender = models.CharField(_("gender"), max_length=20, choices=Gender.choices, blank=True)
    age_band = models.CharField(_("age group"), max_length=20, choices=AgeBand.choices, blank=True)
    employment_status = models.CharField(
        _("employment status"), max_length=30, choices=EmploymentStatus.choices, blank=True
    )
    education_level = models.CharField(_("education"), max_length=20, choices=EducationLevel.choices, blank=True)
    # A string reference on purpose: `accounts` is layer 0 and never imports
    # `associations`; the relation exists only in the database schema.
    municipality = models.ForeignKey(
        "associations.Municipality",
        verbose_name=_("home municipality"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    anonymised_at = models.DateTimeField(_("anonymised at"), null=True, blank=True, editable=False)

    USERNAME_FIELD = "email"
    REQUIRED_FIELDS: list[str] = []

    objects = UserManager()

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")
        ordering = ["email"]

    def __str__(self) -> str:
        return self.get_full_name() or self.email
