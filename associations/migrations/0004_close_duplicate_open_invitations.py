"""Before the database allows only one open invitation per association and
address (0005), close the duplicates that concurrent invites left behind:
in each group the newest stays open, the others are revoked (not deleted,
so who was invited when stays on record)."""

from django.db import migrations
from django.db.models import Count
from django.db.models.functions import Lower
from django.utils import timezone


def revoke_all_but_the_newest_open_invitation(apps, schema_editor):
    Invitation = apps.get_model("associations", "Invitation")
    open_invitations = Invitation.objects.filter(accepted_at__isnull=True, revoked_at__isnull=True).annotate(
        email_key=Lower("email")
    )
    groups = open_invitations.values("association_id", "email_key").annotate(count=Count("pk")).filter(count__gt=1)
    now = timezone.now()
    for group in groups:
        duplicates = open_invitations.filter(
            association_id=group["association_id"], email_key=group["email_key"]
        ).order_by("-created_at", "-pk")
        older = list(duplicates.values_list("pk", flat=True)[1:])
        Invitation.objects.filter(pk__in=older).update(revoked_at=now)


class Migration(migrations.Migration):
    dependencies = [
        ("associations", "0003_member_import"),
    ]

    operations = [
        migrations.RunPython(revoke_all_but_the_newest_open_invitation, migrations.RunPython.noop),
    ]
