"""Factories for the models of the apps in this tree (factory-boy, wagtail-factories)."""

import factory
import wagtail_factories
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from home.models import ContentPage, HomePage

DEFAULT_PASSWORD = "correct-horse-battery-staple"


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        django_get_or_create = ("email",)
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"person{n}@example.org")
    first_name = factory.Faker("first_name", locale="fi_FI")
    last_name = factory.Faker("last_name", locale="fi_FI")
    password = factory.PostGenerationMethodCall("set_password", DEFAULT_PASSWORD)

    @factory.post_generation
    def verified(self, create, extracted, **kwargs):
        """Give the user a verified primary address unless `verified=False`."""
        self.save()
        if create and extracted is not False:
            EmailAddress.objects.get_or_create(
                user=self, email=self.email, defaults={"verified": True, "primary": True}
            )


def group_member(group_name: str, settings, *, email: str, **fields):
    """A user in the auth group `group_name` (created when missing), exempt from the MFA gate.

    The admin and authoring tests are about what the group may do, not about
    enrolling a second factor, so the user may log straight into the admin.
    `settings` is pytest-django's fixture (the exemption ends with the test).
    """
    user = UserFactory(email=email, **fields)
    user.groups.add(Group.objects.get_or_create(name=group_name)[0])
    settings.MFA_EXEMPT_EMAILS = [*settings.MFA_EXEMPT_EMAILS, user.email]
    return user


class HomePageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = HomePage

    title = "Kohtaamo"
    intro = "Kohtaamo on yhdistysten etäkoulutuspaikka."


class ContentPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = ContentPage

    title = factory.Sequence(lambda n: f"Sivu {n}")
    lead = "Johdanto."
    body = "<p>Tekstiä.</p>"
