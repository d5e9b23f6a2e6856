"""Toolkit files become translatable, so that wagtail-localize translates their labels: each
file gets a translation key of its own and its page's locale."""

import uuid

import django.db.models.deletion
from django.db import migrations, models


def give_files_a_key_and_their_page_locale(apps, schema_editor):
    ToolkitFile = apps.get_model("toolkits", "ToolkitFile")
    for file in ToolkitFile.objects.select_related("page").iterator():
        file.translation_key = uuid.uuid4()
        file.locale_id = file.page.locale_id
        file.save(update_fields=["translation_key", "locale"])


class Migration(migrations.Migration):
    dependencies = [
        ("toolkits", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        # Nullable first: a default would give every existing file the same key.
        migrations.AddField(
            model_name="toolkitfile",
            name="translation_key",
            field=models.UUIDField(editable=False, null=True),
        ),
        migrations.AddField(
            model_name="toolkitfile",
            name="locale",
            field=models.ForeignKey(
                editable=False,
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="wagtailcore.locale",
                verbose_name="locale",
            ),
        ),
        migrations.RunPython(give_files_a_key_and_their_page_locale, migrations.RunPython.noop),
        migrations.AlterField(
            model_name="toolkitfile",
            name="translation_key",
            field=models.UUIDField(default=uuid.uuid4, editable=False),
        ),
        migrations.AlterField(
            model_name="toolkitfile",
            name="locale",
            field=models.ForeignKey(
                editable=False,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="wagtailcore.locale",
                verbose_name="locale",
            ),
        ),
        migrations.AlterUniqueTogether(
            name="toolkitfile",
            unique_together={("translation_key", "locale")},
        ),
    ]
