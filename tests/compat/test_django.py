"""Django internals the site relies on (compat/django.py) still behave as it expects."""

import pytest
from django.contrib.auth.models import User
from django.core.exceptions import DisallowedHost
from django.db import transaction
from django.test import RequestFactory

from compat.django import is_prefetched, on_commit_is_pending, raw_host


def test_on_commit_is_pending_sees_the_callbacks_of_the_open_transaction(db):
    def waiting():
        pass

    def other():
        pass

    def rolled_back():
        pass

    with transaction.atomic():
        transaction.on_commit(waiting)
        assert on_commit_is_pending(waiting)
        assert not on_commit_is_pending(other)
        try:
            with transaction.atomic():
                transaction.on_commit(rolled_back)
                assert on_commit_is_pending(rolled_back)
                raise RuntimeError
        except RuntimeError:
            pass
        # Django drops the callbacks of a rolled-back savepoint.
        assert not on_commit_is_pending(rolled_back)


def test_on_commit_is_never_pending_outside_a_transaction():
    assert not on_commit_is_pending(test_on_commit_is_never_pending_outside_a_transaction)


def test_raw_host_is_the_host_as_sent_without_validation(settings):
    settings.ALLOWED_HOSTS = ["sse.example.org"]
    request = RequestFactory().get("/", HTTP_HOST="elsewhere.example:8080")

    assert raw_host(request) == "elsewhere.example:8080"
    with pytest.raises(DisallowedHost):
        request.get_host()


def test_is_prefetched_tells_a_prefetched_relation(db):
    user = User.objects.create_user("reader")

    assert not is_prefetched(User.objects.get(pk=user.pk), "groups")
    assert is_prefetched(User.objects.prefetch_related("groups").get(pk=user.pk), "groups")
