"""Every answer to a request for changes is kept (Answer), not only the latest (the `reply`
field it replaces): each existing reply becomes the contribution's first answer."""

import django.db.models.deletion
import django.utils.timezone
from django.db import migrations, models


def replies_to_answers(apps, schema_editor):
    """The reply was sent with the contributor's latest revision of the page: its date is the
    answer's (the submission's date when no such revision is found)."""
    Contribution = apps.get_model("contributions", "Contribution")
    Answer = apps.get_model("contributions", "Answer")
    Revision = apps.get_model("wagtailcore", "Revision")
    for contribution in Contribution.objects.exclude(reply=""):
        revision = (
            Revision.objects.filter(
                content_type_id=contribution.page.content_type_id,
                object_id=str(contribution.page_id),
                user_id=contribution.contributor_id,
                created_at__gt=contribution.submitted_at,
            )
            .order_by("-created_at")
            .first()
        )
        Answer.objects.create(
            contribution=contribution,
            text=contribution.reply,
            sent_at=revision.created_at if revision else contribution.submitted_at,
        )


def latest_answer_to_reply(apps, schema_editor):
    Contribution = apps.get_model("contributions", "Contribution")
    Answer = apps.get_model("contributions", "Answer")
    for answer in Answer.objects.order_by("contribution_id", "sent_at", "pk"):
        Contribution.objects.filter(pk=answer.contribution_id).update(reply=answer.text)


class Migration(migrations.Migration):
    dependencies = [
        ("contributions", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.CreateModel(
            name="Answer",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("text", models.TextField()),
                ("sent_at", models.DateTimeField(default=django.utils.timezone.now)),
                (
                    "contribution",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="answers",
                        to="contributions.contribution",
                    ),
                ),
            ],
            options={
                "verbose_name": "answer to a request for changes",
                "ordering": ["sent_at", "pk"],
            },
        ),
        migrations.RunPython(replies_to_answers, latest_answer_to_reply),
        migrations.RemoveField(model_name="contribution", name="reply"),
    ]
