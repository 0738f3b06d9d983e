"""The default readiness framework (domain.md: criteria + evidence +
self-assessment + review + expiry). Course criteria need course pages, so the
demo (readiness/demo.py) or a coordinator adds them in the admin."""

from django.db import migrations


def create_default(apps, schema_editor):
    Framework = apps.get_model("readiness", "Framework")
    Criterion = apps.get_model("readiness", "Criterion")
    if Framework.objects.exists():
        return
    framework = Framework.objects.create(
        name="Ready to welcome", combine="all", validity_years=3, reminder_days=[90, 30], is_default=True
    )
    for order, (kind, threshold) in enumerate(
        [("contacts_named", 1), ("plan_approved", 1), ("self_assessment", 3), ("live_attended", 2), ("measures_described", 1)]
    ):
        Criterion.objects.create(framework=framework, kind=kind, threshold=threshold, sort_order=order)


class Migration(migrations.Migration):
    dependencies = [("readiness", "0001_initial")]

    operations = [migrations.RunPython(create_default, migrations.RunPython.noop)]
