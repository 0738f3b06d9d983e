"""Demo accounts for `seed_demo`. Their roles and associations are given by
the apps that own those (associations, courses…) in their own demo modules."""

from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission

DEMO_USERS = [
    # e-mail, first name, last name, superuser?
    ("admin@example.org", "Aino", "Admin", True),
    ("trainer@example.org", "Tuomas", "Kouluttaja", False),
    ("coordinator@example.org", "Kaisa", "Koordinaattori", False),
    ("contact@example.org", "Leena", "Korhonen", False),
    ("contact2@example.org", "Mikko", "Heikkinen", False),
    ("learner@example.org", "Amal", "Hassan", False),
    ("learner2@example.org", "Olli", "Väisänen", False),
]


def seed(context: dict) -> None:
    """Create or update the demo accounts with verified e-mail addresses (idempotent)."""
    User = get_user_model()
    users = {}
    for email, first_name, last_name, is_superuser in DEMO_USERS:
        user, _created = User.objects.update_or_create(
            email=email,
            defaults={
                "first_name": first_name,
                "last_name": last_name,
                "is_staff": is_superuser,
                "is_superuser": is_superuser,
                "is_active": True,
            },
        )
        user.set_password(context["password"])
        user.save(update_fields=["password"])
        EmailAddress.objects.update_or_create(user=user, email=email, defaults={"verified": True, "primary": True})
        users[email] = user
    # Trainers reach the Wagtail admin; the courses app grants their page permissions.
    trainers, _created = Group.objects.get_or_create(name="Trainers")
    trainers.permissions.add(Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin"))
    users["trainer@example.org"].groups.add(trainers)
    context["users"] = users
