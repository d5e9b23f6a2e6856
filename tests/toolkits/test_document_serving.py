"""Serving documents: always a download that no browser renders, and private collections hold.

A document in a collection with a Wagtail view restriction is served only to whom the
restriction admits, and its text never reaches the public search or its API.
"""

import pytest
from django.core.files.base import ContentFile
from django.test import Client
from wagtail.models import Collection, CollectionViewRestriction

from search.documents import build_document
from search.indexing import update_pages
from toolkits.factories import ToolkitDocumentFactory, ToolkitPageFactory
from toolkits.models import ToolkitDocument

pytestmark = pytest.mark.django_db

SECRET_SENTENCE = "Confidential negotiation notes with the ministry of finance."


def body(response):
    return b"".join(response.streaming_content)


def private_collection(restriction_type=CollectionViewRestriction.LOGIN, **options):
    collection = Collection.get_first_root_node().add_child(name="Members only")
    CollectionViewRestriction.objects.create(
        collection=collection, restriction_type=restriction_type, **options
    )
    return collection


def assert_served_as_sandboxed_download(response, filename):
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment;")
    assert filename in response["Content-Disposition"]
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Security-Policy"] == "default-src 'none'; sandbox"


# Every document is a sandboxed download -----------------------------------------------------


def test_a_pdf_is_a_download_not_shown_in_the_browser(client):
    document = ToolkitDocumentFactory(title="Guide")

    response = client.get(document.url)

    assert_served_as_sandboxed_download(response, document.filename)
    assert response["Content-Type"] == "application/pdf"
    with document.open_file() as file:
        assert body(response) == file.read()


@pytest.mark.parametrize("name", ["notes.txt", "figures.csv"])
def test_text_files_are_downloads_too(client, name):
    document = ToolkitDocument.objects.create(
        title="Notes", file=ContentFile(b"<html><script>alert(1)</script>", name=name)
    )  # created around the admin form, as a script or an old upload could

    response = client.get(document.url)

    assert_served_as_sandboxed_download(response, document.filename)


def test_a_revalidated_download_keeps_the_headers(client):
    document = ToolkitDocumentFactory()

    response = client.get(document.url, headers={"if-none-match": f'"{document.file_hash}"'})

    assert response.status_code == 304
    assert response["Content-Security-Policy"] == "default-src 'none'; sandbox"


def test_a_wrong_file_name_or_id_is_a_404(client):
    document = ToolkitDocumentFactory()

    assert client.get(f"/documents/{document.pk}/other.pdf").status_code == 404
    assert client.get(f"/documents/{document.pk + 100}/{document.filename}").status_code == 404


def test_public_pages_carry_the_strict_policy_and_the_admin_a_relaxed_one(client, site_tree):
    page = client.get("/en/")
    policy = page["Content-Security-Policy"]
    assert "default-src 'none'" in policy
    assert "script-src 'self'" in policy
    assert "unsafe-inline" not in policy
    assert "frame-ancestors 'none'" in policy

    login = client.get("/admin/login/")
    admin_policy = login["Content-Security-Policy"]
    assert "script-src 'self' 'unsafe-inline' 'unsafe-eval'" in admin_policy
    assert "frame-ancestors 'self'" in admin_policy


# Private collections ------------------------------------------------------------------------


def test_a_private_collection_document_asks_visitors_to_log_in(client):
    document = ToolkitDocumentFactory(collection=private_collection())

    response = client.get(document.url)

    assert response.status_code == 302
    assert "login" in response["Location"]
    assert "Content-Disposition" not in response


def test_a_private_collection_document_is_served_to_a_logged_in_editor(editor_client):
    document = ToolkitDocumentFactory(collection=private_collection())

    response = editor_client.get(document.url)

    assert_served_as_sandboxed_download(response, document.filename)


def test_a_password_protected_collection_shows_the_password_form_not_the_file(client):
    collection = private_collection(CollectionViewRestriction.PASSWORD, password="cooperative")
    document = ToolkitDocumentFactory(collection=collection)

    response = client.get(document.url)
    assert response.status_code == 200
    assert "Content-Disposition" not in response
    assert b"password" in response.content.lower()

    restriction = CollectionViewRestriction.objects.get(collection=collection)
    client.post(
        f"/documents/authenticate_with_password/{restriction.pk}/",
        {"password": "cooperative", "return_url": document.url},
    )
    assert_served_as_sandboxed_download(client.get(document.url), document.filename)


def test_a_group_restricted_collection_refuses_other_logged_in_users(editor_client, moderator):
    from django.contrib.auth.models import Group

    collection = private_collection(CollectionViewRestriction.GROUPS)
    collection.view_restrictions.get().groups.add(Group.objects.get(name="Moderators"))
    document = ToolkitDocumentFactory(collection=collection)

    assert editor_client.get(document.url).status_code == 302

    editor_client.force_login(moderator)
    assert_served_as_sandboxed_download(editor_client.get(document.url), document.filename)


def private_toolkit(site_tree):
    document = ToolkitDocumentFactory(
        title="Negotiation notes", collection=private_collection(), paragraphs=[SECRET_SENTENCE]
    )
    toolkit = ToolkitPageFactory(
        parent=site_tree.toolkit_index, title="Public toolkit", files__document=document
    )
    toolkit.save_revision().publish()
    return toolkit


def test_the_text_of_a_private_collection_file_stays_out_of_the_public_search(client, site_tree):
    toolkit = private_toolkit(site_tree)
    assert "ministry" not in build_document(toolkit)["files_text"]

    query = {"q": "confidential negotiation ministry"}
    assert client.get("/en/search/api/", query).json()["results"] == []
    assert b"Public toolkit" not in client.get("/en/search/", query).content


def test_making_a_collection_private_removes_its_files_text_from_search(client, site_tree):
    document = ToolkitDocumentFactory(title="Notes", paragraphs=[SECRET_SENTENCE])
    toolkit = ToolkitPageFactory(parent=site_tree.toolkit_index, files__document=document)
    toolkit.save_revision().publish()
    assert client.get("/en/search/api/", {"q": "ministry"}).json()["total"] == 1

    CollectionViewRestriction.objects.create(
        collection=document.collection, restriction_type=CollectionViewRestriction.LOGIN
    )

    assert client.get("/en/search/api/", {"q": "ministry"}).json()["total"] == 0


def test_the_public_toolkit_of_a_private_file_is_still_found_by_its_own_words(client, site_tree):
    toolkit = private_toolkit(site_tree)
    update_pages([toolkit])

    response = client.get("/en/search/api/", {"q": "public toolkit"})
    assert [hit["page_id"] for hit in response.json()["results"]] == [toolkit.pk]


def test_the_file_stays_downloadable_by_its_admitted_users_only(editor_client, site_tree):
    toolkit = private_toolkit(site_tree)
    document = toolkit.files.get().document
    visitor = Client()

    page = visitor.get(toolkit.url)
    assert page.status_code == 200
    assert visitor.get(document.url).status_code == 302
    assert SECRET_SENTENCE.encode() not in page.content

    response = editor_client.get(document.url)
    assert_served_as_sandboxed_download(response, document.filename)
    with document.open_file() as file:
        assert body(response) == file.read()
