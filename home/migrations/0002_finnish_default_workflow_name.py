"""Wagtail's migrations create the site-wide moderation workflow and its task
as "Moderators approval" (from the Moderators group's name). Wagtail shows a
workflow's name as it is stored, in every admin language (the "Submit to …"
button, the dashboard, the reviewers' e-mails), so the default workflow of a
Finnish organisation gets a Finnish name. Only rows still carrying Wagtail's
English default name are renamed; a name an administrator chose is kept."""

from django.db import migrations

RENAMES = {"Moderators approval": "Moderaattorien hyväksyntä"}


def _rename(apps, names: dict[str, str]) -> None:
    for model_name in ("Workflow", "Task"):
        model = apps.get_model("wagtailcore", model_name)
        for old, new in names.items():
            model.objects.filter(name=old).update(name=new)


def to_finnish(apps, schema_editor):
    _rename(apps, RENAMES)


def to_english(apps, schema_editor):
    _rename(apps, {new: old for old, new in RENAMES.items()})


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0001_initial"),
        ("wagtailcore", "0048_add_default_workflows"),
    ]

    operations = [migrations.RunPython(to_finnish, to_english)]
