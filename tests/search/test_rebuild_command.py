"""`manage.py rebuild_exchange_index` as an operator (or scripts/restore) runs it."""

import pytest
from django.core.management import call_command


@pytest.mark.django_db
def test_the_command_runs_with_django_system_checks_as_from_a_shell():
    # manage.py runs the system checks (BaseCommand.check) first: a method of the command named
    # `check` once replaced them and broke `manage.py rebuild_exchange_index` (and restores).
    call_command("rebuild_exchange_index", skip_checks=False)
    call_command("rebuild_exchange_index", "--check", skip_checks=False)
