"""The taxonomy moves from the `home` app to its own, without touching a row.

The tables keep their names (home_workaxis, ...; see the models' db_table), so only Django's
idea of the models moves (SeparateDatabaseAndState). The content types are renamed rather than
recreated, so everything that points at them keeps pointing at the same rows: permissions,
wagtail-localize's translation sources, revisions and log entries of the snippets.
"""

import django.db.models.deletion
import modelsearch.index
import uuid
from django.db import migrations, models


MODELS = ["workaxis", "theme", "sector", "targetgroup"]


def rename_content_types(apps, schema_editor, old_label, new_label):
    ContentType = apps.get_model("contenttypes", "ContentType")
    for model in MODELS:
        if ContentType.objects.filter(app_label=new_label, model=model).exists():
            continue
        ContentType.objects.filter(app_label=old_label, model=model).update(app_label=new_label)


def forwards(apps, schema_editor):
    rename_content_types(apps, schema_editor, "home", "taxonomy")


def backwards(apps, schema_editor):
    rename_content_types(apps, schema_editor, "taxonomy", "home")


class Migration(migrations.Migration):

    initial = True

    dependencies = [
        ('wagtailcore', '0098_apitoken'),
        ('contenttypes', '0002_remove_content_type_name'),
        ('home', '0004_strategic_plan_taxonomy'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name='Sector',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('translation_key', models.UUIDField(default=uuid.uuid4, editable=False)),
                        ('name', models.CharField(max_length=120, verbose_name='name')),
                        ('slug', models.SlugField(help_text='Used in addresses and filters; the same in every language.', max_length=120, verbose_name='slug')),
                        ('description', models.TextField(blank=True, help_text='One or two sentences shown to visitors.', verbose_name='description')),
                        ('locale', models.ForeignKey(editable=False, on_delete=django.db.models.deletion.PROTECT, related_name='+', to='wagtailcore.locale', verbose_name='locale')),
                    ],
                    options={
                        'verbose_name': 'sector',
                        'verbose_name_plural': 'sectors',
                        'db_table': 'home_sector',
                        'ordering': ['name'],
                        'abstract': False,
                        'unique_together': {('slug', 'locale'), ('translation_key', 'locale')},
                    },
                    bases=(modelsearch.index.Indexed, models.Model),
                ),
                migrations.CreateModel(
                    name='TargetGroup',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('translation_key', models.UUIDField(default=uuid.uuid4, editable=False)),
                        ('name', models.CharField(max_length=120, verbose_name='name')),
                        ('slug', models.SlugField(help_text='Used in addresses and filters; the same in every language.', max_length=120, verbose_name='slug')),
                        ('description', models.TextField(blank=True, help_text='One or two sentences shown to visitors.', verbose_name='description')),
                        ('locale', models.ForeignKey(editable=False, on_delete=django.db.models.deletion.PROTECT, related_name='+', to='wagtailcore.locale', verbose_name='locale')),
                    ],
                    options={
                        'verbose_name': 'target group',
                        'verbose_name_plural': 'target groups',
                        'db_table': 'home_targetgroup',
                        'ordering': ['name'],
                        'abstract': False,
                        'unique_together': {('slug', 'locale'), ('translation_key', 'locale')},
                    },
                    bases=(modelsearch.index.Indexed, models.Model),
                ),
                migrations.CreateModel(
                    name='Theme',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('translation_key', models.UUIDField(default=uuid.uuid4, editable=False)),
                        ('name', models.CharField(max_length=120, verbose_name='name')),
                        ('slug', models.SlugField(help_text='Used in addresses and filters; the same in every language.', max_length=120, verbose_name='slug')),
                        ('description', models.TextField(blank=True, help_text='One or two sentences shown to visitors.', verbose_name='description')),
                        ('locale', models.ForeignKey(editable=False, on_delete=django.db.models.deletion.PROTECT, related_name='+', to='wagtailcore.locale', verbose_name='locale')),
                    ],
                    options={
                        'verbose_name': 'theme',
                        'verbose_name_plural': 'themes',
                        'db_table': 'home_theme',
                        'ordering': ['name'],
                        'abstract': False,
                        'unique_together': {('slug', 'locale'), ('translation_key', 'locale')},
                    },
                    bases=(modelsearch.index.Indexed, models.Model),
                ),
                migrations.CreateModel(
                    name='WorkAxis',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('translation_key', models.UUIDField(default=uuid.uuid4, editable=False)),
                        ('name', models.CharField(max_length=120, verbose_name='name')),
                        ('slug', models.SlugField(help_text='Used in addresses and filters; the same in every language.', max_length=120, verbose_name='slug')),
                        ('description', models.TextField(blank=True, help_text='One or two sentences shown to visitors.', verbose_name='description')),
                        ('number', models.PositiveSmallIntegerField(help_text='The axis number in the strategic plan (1 to 4).', verbose_name='number')),
                        ('locale', models.ForeignKey(editable=False, on_delete=django.db.models.deletion.PROTECT, related_name='+', to='wagtailcore.locale', verbose_name='locale')),
                    ],
                    options={
                        'verbose_name': 'work axis',
                        'verbose_name_plural': 'work axes',
                        'db_table': 'home_workaxis',
                        'ordering': ['number'],
                        'abstract': False,
                        'unique_together': {('slug', 'locale'), ('translation_key', 'locale')},
                    },
                    bases=(modelsearch.index.Indexed, models.Model),
                ),
            ],
        ),
        migrations.RunPython(forwards, backwards),
    ]
