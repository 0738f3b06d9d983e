from django.db import migrations


def load_kainuu(apps, schema_editor):
    # Historical models; the data itself is shared with seed_demo.
    from associations.reference_data import ensure_kainuu

    ensure_kainuu(apps.get_model("associations", "Region"), apps.get_model("associations", "Municipality"))


class Migration(migrations.Migration):
    dependencies = [("associations", "0001_initial")]

    operations = [migrations.RunPython(load_kainuu, migrations.RunPython.noop)]
