"""Whatever a visitor or a partner types into the search, they get results or a clear 400."""

import pytest
from django.test import override_settings
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from search import engines
from search.documents import FACET_NAMES, build_document
from search.engines.database import DatabaseEngine
from tests.conftest import elasticsearch_url, index
from toolkits.factories import ToolkitPageFactory

ENDPOINTS = ["/en/search/", "/fr/search/api/", "/es/search/autocomplete/"]

text = st.one_of(
    st.text(max_size=300),
    st.sampled_from(['"', "AND", "OR", "*", "\x00", "%", "_", "\\", "10**9", "abc", "-1", "0"]),
    st.integers(min_value=-(10**12), max_value=10**12).map(str),
)
parameters = st.dictionaries(
    st.sampled_from(["q", "page", "page_size", "sort", "languages", *FACET_NAMES]),
    st.one_of(text, st.lists(text, max_size=4)),
    max_size=6,
)


def check_endpoints(client, params):
    for endpoint in ENDPOINTS:
        response = client.get(endpoint, params)
        assert response.status_code in (200, 400), (endpoint, params, response.status_code)
        if response.status_code == 400:
            assert response.content, "a 400 says what is wrong"


@pytest.fixture
def indexed_toolkit(site_tree):
    toolkit = ToolkitPageFactory(parent=site_tree.toolkit_index, countries=["BR"])
    DatabaseEngine().index_documents([build_document(toolkit)])
    return toolkit


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(params=parameters)
def test_any_parameters_on_the_database_engine(client, indexed_toolkit, params):
    check_endpoints(client, params)


@pytest.fixture
def elasticsearch_settings(indexed_toolkit, elasticsearch):
    index(elasticsearch, indexed_toolkit)
    engines.reset_failure_memory()
    prefix = elasticsearch.alias.removesuffix("_exchange")
    with override_settings(
        ELASTICSEARCH_URL=elasticsearch_url(), ELASTICSEARCH_INDEX_PREFIX=prefix
    ):
        yield
    engines.reset_failure_memory()


@pytest.mark.elasticsearch
@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(params=parameters)
def test_any_parameters_on_elasticsearch(client, elasticsearch_settings, params):
    check_endpoints(client, params)
    assert engines._elasticsearch_failed_at is None, "Elasticsearch itself answered"


@pytest.mark.parametrize(
    "params, status",
    [
        ({"q": "x" * 100_000}, 200),
        ({"page": "abc"}, 400),
        ({"page": str(10**9)}, 400),
        ({"page": "0"}, 400),
        ({"page": "3"}, 200),  # past the end: the last page
        ({"country": "XX"}, 200),
        ({"sort": "sideways"}, 400),
        ({"theme": ["no-such-theme"] * 3}, 200),
    ],
)
def test_documented_answers_to_bad_parameters(client, indexed_toolkit, params, status):
    response = client.get("/en/search/api/", params)

    assert response.status_code == status
    if status == 400:
        assert response.json()["error"]
