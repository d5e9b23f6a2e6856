"""Migration 0002 keeps the answer a contributor had already sent (the former `reply` field) as
the contribution's first Answer, dated by the revision it came with."""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from wagtail.models import Revision

from contributions.models import Answer, Contribution
from tests.contributions.test_contributions import answer, submit_toolkit, workflow_action

pytestmark = [
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.usefixtures("no_page_cache"),
]

BEFORE = [("contributions", "0001_initial")]
AFTER = [("contributions", "0002_answers_kept")]


def migrate(target):
    executor = MigrationExecutor(connection)
    executor.migrate(target)
    return executor.loader.project_state(target).apps


def test_an_existing_reply_becomes_the_first_answer(
    site_tree, member, member_client, moderator_client
):
    assert submit_toolkit(member_client).status_code == 302
    contribution = Contribution.objects.get()
    workflow_action(moderator_client, contribution.page, "reject", "Añadan el año.")
    answer(member_client, contribution, "Año añadido.", summary="Ordenanza de 2021.")
    answered_with = Revision.objects.filter(
        object_id=str(contribution.page_id), user=contribution.contributor
    ).latest("created_at")

    # Back to the schema with one `reply` per contribution: the latest answer is put there.
    old_apps = migrate(BEFORE)
    OldContribution = old_apps.get_model("contributions", "Contribution")
    assert OldContribution.objects.get(pk=contribution.pk).reply == "Año añadido."
    OldContribution.objects.filter(pk=contribution.pk).update(reply="Año y ciudad añadidos.")

    migrate(AFTER)
    answers = list(Answer.objects.filter(contribution_id=contribution.pk))
    assert [(a.text, a.sent_at) for a in answers] == [
        ("Año y ciudad añadidos.", answered_with.created_at)
    ]
    assert [e.text for e in Contribution.objects.get().exchanges] == [
        "Añadan el año.",
        "Año y ciudad añadidos.",
    ]
