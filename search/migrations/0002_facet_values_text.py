"""The database engine's index in the shape of one scan per search.

- Facet values move from their own table into a text column of the search document: the engine
  reads the matching documents' facets once per search and counts them in Python, instead of
  one scan per selected facet.
- The index tokens move from one long text column (searched with LIKE) into SearchToken, an
  inverted index looked up through its (token, document) index.
- The long texts, shown only in snippets, move to the end of the row: SQLite stores a row's
  columns in order, so a scan of the other columns skips their overflow pages (a column added
  later goes last: they are copied into new columns, then renamed).
"""

from django.db import migrations, models
from django.db.models import F

from search.models import MAX_TOKEN_LENGTH, facet_values_text


def fill_facet_values(apps, schema_editor):
    SearchDocument = apps.get_model("search", "SearchDocument")
    documents = list(SearchDocument.objects.only("page_id", "facets"))
    for document in documents:
        document.facet_values = facet_values_text(document.facets)
    SearchDocument.objects.bulk_update(documents, ["facet_values"], batch_size=500)


def fill_tokens(apps, schema_editor):
    SearchDocument = apps.get_model("search", "SearchDocument")
    SearchToken = apps.get_model("search", "SearchToken")
    for page_id, searchable in SearchDocument.objects.values_list("page_id", "searchable"):
        SearchToken.objects.bulk_create(
            (
                SearchToken(document_id=page_id, token=token)
                for token in set(searchable.split())
                if len(token) <= MAX_TOKEN_LENGTH
            ),
            batch_size=1000,
        )


def copy_long_texts(apps, schema_editor):
    SearchDocument = apps.get_model("search", "SearchDocument")
    SearchDocument.objects.update(moved_body=F("body"), moved_files_text=F("files_text"))


def copy_long_texts_back(apps, schema_editor):
    SearchDocument = apps.get_model("search", "SearchDocument")
    SearchDocument.objects.update(body=F("moved_body"), files_text=F("moved_files_text"))


class Migration(migrations.Migration):
    dependencies = [("search", "0001_initial")]

    operations = [
        migrations.AddField(
            model_name="searchdocument",
            name="facet_values",
            field=models.TextField(
                default="", help_text='The facets as "facet=value" lines (facet_values_text).'
            ),
        ),
        migrations.RunPython(fill_facet_values, migrations.RunPython.noop),
        migrations.DeleteModel(name="SearchFacetValue"),
        migrations.CreateModel(
            name="SearchToken",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("token", models.CharField(max_length=MAX_TOKEN_LENGTH)),
                (
                    "document",
                    models.ForeignKey(
                        db_constraint=False,
                        on_delete=models.deletion.DO_NOTHING,
                        related_name="tokens",
                        to="search.searchdocument",
                    ),
                ),
            ],
            options={
                "constraints": [
                    models.UniqueConstraint(
                        fields=("token", "document"), name="search_token_document"
                    )
                ],
            },
        ),
        migrations.RunPython(fill_tokens, migrations.RunPython.noop),
        migrations.RemoveField(model_name="searchdocument", name="searchable"),
        migrations.AddField(
            model_name="searchdocument",
            name="moved_body",
            field=models.TextField(default=""),
            preserve_default=False,
        ),
        migrations.AddField(
            model_name="searchdocument",
            name="moved_files_text",
            field=models.TextField(default=""),
            preserve_default=False,
        ),
        migrations.RunPython(copy_long_texts, copy_long_texts_back),
        migrations.RemoveField(model_name="searchdocument", name="body"),
        migrations.RemoveField(model_name="searchdocument", name="files_text"),
        migrations.RenameField(
            model_name="searchdocument", old_name="moved_body", new_name="body"
        ),
        migrations.RenameField(
            model_name="searchdocument", old_name="moved_files_text", new_name="files_text"
        ),
    ]
