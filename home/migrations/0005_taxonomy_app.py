"""The taxonomy moved to its own app; its tables did not (taxonomy/migrations/0001_initial.py)."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0004_strategic_plan_taxonomy"),
        ("taxonomy", "0001_initial"),
        ("stories", "0004_taxonomy_app"),
        ("toolkits", "0003_taxonomy_app"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.DeleteModel(name="Sector"),
                migrations.DeleteModel(name="TargetGroup"),
                migrations.DeleteModel(name="Theme"),
                migrations.DeleteModel(name="WorkAxis"),
            ],
        ),
    ]
