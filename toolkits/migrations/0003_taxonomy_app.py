"""The taxonomy moved to its own app; its tables did not (taxonomy/migrations/0001_initial.py)."""

import django.db.models.deletion
import modelcluster.fields
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('taxonomy', '0001_initial'),
        ('toolkits', '0002_translatable_toolkit_files'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AlterField(
                    model_name='toolkitpage',
                    name='sectors',
                    field=modelcluster.fields.ParentalManyToManyField(blank=True, related_name='+', to='taxonomy.sector', verbose_name='sectors'),
                ),
                migrations.AlterField(
                    model_name='toolkitpage',
                    name='target_groups',
                    field=modelcluster.fields.ParentalManyToManyField(blank=True, related_name='+', to='taxonomy.targetgroup', verbose_name='target groups'),
                ),
                migrations.AlterField(
                    model_name='toolkitpage',
                    name='themes',
                    field=modelcluster.fields.ParentalManyToManyField(blank=True, related_name='+', to='taxonomy.theme', verbose_name='themes'),
                ),
                migrations.AlterField(
                    model_name='toolkitpage',
                    name='work_axis',
                    field=models.ForeignKey(help_text="The strategic plan's work axis this contributes to.", on_delete=django.db.models.deletion.PROTECT, related_name='+', to='taxonomy.workaxis', verbose_name='work axis'),
                ),
            ],
        ),
    ]
