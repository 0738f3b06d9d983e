"""Plan files use the private storage (readiness/storage.py), never reachable at
MEDIA_URL. No files are moved: the app had no deployment with public plans."""

import readiness.models.records
import readiness.storage
from django.db import migrations, models

class Migration(migrations.Migration):
    dependencies = [
        ("readiness", "0003_framework_reminder_default"),
    ]

    operations = [
        migrations.AlterField(
            model_name="associationreadiness",
            name="plan_file",
            field=models.FileField(
                blank=True,
                storage=readiness.storage.private_storage,
                upload_to=readiness.models.records.plan_upload_to,
                verbose_name="equality or inclusion plan",
            ),
        ),
    ]
