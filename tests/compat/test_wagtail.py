"""Wagtail internals the site relies on (compat/wagtail.py) still behave as it expects."""

import inspect

from django.core.files.base import ContentFile
from django.test import RequestFactory
from wagtail.admin.views.generic import base as generic_views
from wagtail.documents import get_document_model
from wagtail.models import Site

from compat.wagtail import (
    FILTER_FRAGMENT_PARAMETER,
    has_request_site,
    set_document_file_metadata,
    set_request_site,
)


def test_a_site_set_on_the_request_is_what_wagtail_finds(db, django_assert_num_queries):
    site = Site.objects.get(is_default_site=True)
    request = RequestFactory().get("/")
    assert not has_request_site(request)

    set_request_site(request, site)

    assert has_request_site(request)
    with django_assert_num_queries(0):
        assert Site.find_for_request(request) is site


def test_document_file_metadata_is_read_from_the_file(db):
    document = get_document_model()(title="Statutes")
    document.file.save("statutes.txt", ContentFile(b"Article 1. One member, one vote."), False)
    document.file_size = None
    document.file_hash = ""

    set_document_file_metadata(document)

    assert document.file_size == len(b"Article 1. One member, one vote.")
    assert len(document.file_hash) == 40


def test_the_admin_still_asks_for_its_results_fragment_with_this_parameter():
    assert FILTER_FRAGMENT_PARAMETER in inspect.getsource(generic_views)
