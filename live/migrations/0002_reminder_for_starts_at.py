"""Reminders remember the start time they were sent for, so that a
rescheduled session reminds again."""

import django.utils.timezone
from django.db import migrations, models


def copy_start_times(apps, schema_editor):
    Reminder = apps.get_model("live", "Reminder")
    for reminder in Reminder.objects.select_related("registration__session"):
        reminder.for_starts_at = reminder.registration.session.starts_at
        reminder.save(update_fields=["for_starts_at"])


class Migration(migrations.Migration):
    dependencies = [
        ("live", "0001_initial"),
    ]

    operations = [
        migrations.RemoveConstraint(model_name="reminder", name="unique_live_reminder"),
        migrations.AddField(
            model_name="reminder",
            name="for_starts_at",
            field=models.DateTimeField(default=django.utils.timezone.now),
            preserve_default=False,
        ),
        migrations.RunPython(copy_start_times, migrations.RunPython.noop),
        migrations.AddConstraint(
            model_name="reminder",
            constraint=models.UniqueConstraint(
                fields=("registration", "kind", "for_starts_at"), name="unique_live_reminder"
            ),
        ),
    ]
