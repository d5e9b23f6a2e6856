"""The exchange search on a real Elasticsearch node, through the official client.

Its own index rather than Wagtail's: filters on many-valued fields, every facet bucket counted,
BM25 ranking over tokens analysed per language in search/analysis.py (the distribution served
by Maven Central has no language analyzers), and an alias swapped on rebuild.
"""

import time

from elasticsearch import Elasticsearch, NotFoundError
from elasticsearch import exceptions as es_exceptions
from elasticsearch.helpers import BulkIndexError, streaming_bulk

from search.analysis import WORD, autocomplete_words, fold, highlight, query_terms
from search.documents import FACET_NAMES
from search.engines.base import Hit, SearchEngine, SearchResults, SearchUnavailable

SNIPPET_SOURCE_CHARACTERS = 20_000

MAX_FACET_VALUES = 500  # more than the world's countries: every value is counted
TOKEN_FIELDS = {"title": 4, "summary": 2, "body": 1, "files": 1, "labels": 2}


def index_settings():
    return {"number_of_shards": 1, "number_of_replicas": 0, "max_result_window": 10_000}


def index_mappings():
    tokens = {"type": "text", "analyzer": "standard", "norms": True}
    return {
        "dynamic": "strict",
        "properties": {
            "page_id": {"type": "integer"},
            "translation_key": {"type": "keyword"},
            "language": {"type": "keyword"},
            "available_languages": {"type": "keyword"},
            "is_original": {"type": "boolean"},
            "kind": {"type": "keyword"},
            "tokens": {"properties": dict.fromkeys(TOKEN_FIELDS, tokens)},
            "title_words": {"type": "text", "analyzer": "standard"},
            "published": {"type": "date"},
            "facets": {"properties": {name: {"type": "keyword"} for name in FACET_NAMES}},
            # Shown to visitors and used for snippets, never searched.
            "display": {"type": "object", "enabled": False},
            "fingerprint": {"type": "keyword", "index": False},
        },
    }


def to_index_document(document):
    """The Elasticsearch source of a search document (search/documents.py)."""
    return {
        "page_id": document["page_id"],
        "translation_key": document["translation_key"],
        "language": document["language"],
        "available_languages": document["available_languages"],
        "is_original": document["is_original"],
        "kind": document["facets"]["kind"][0],
        "tokens": document["tokens"],
        "title_words": " ".join(WORD.findall(fold(document["title"]))),
        "published": document["published"],
        "facets": document["facets"],
        "display": {
            "title": document["title"],
            "summary": document["summary"],
            "url": document["url"] or "",
            "body": document["body"][:SNIPPET_SOURCE_CHARACTERS],
            "files_text": document["files_text"][:SNIPPET_SOURCE_CHARACTERS],
        },
        "fingerprint": document["fingerprint"],
    }


class ElasticsearchEngine(SearchEngine):
    name = "elasticsearch"

    def __init__(self, url, index_prefix, timeout=1.5):
        self.alias = f"{index_prefix}_exchange"
        self.client = Elasticsearch(url, request_timeout=timeout, max_retries=0)

    def _call(self, method, *args, **kwargs):
        """Turn every transport failure into SearchUnavailable, so callers fall back."""
        try:
            return method(*args, **kwargs)
        except (
            es_exceptions.ConnectionError,
            es_exceptions.ConnectionTimeout,
            es_exceptions.TransportError,
            es_exceptions.ApiError,
        ) as error:
            raise SearchUnavailable(str(error)) from error

    # Index life cycle ------------------------------------------------------------------

    def create_index(self):
        name = f"{self.alias}_{time.strftime('%Y%m%d%H%M%S')}_{time.monotonic_ns() % 10**6}"
        self._call(
            self.client.indices.create,
            index=name,
            settings=index_settings(),
            mappings=index_mappings(),
        )
        return name

    def current_index(self):
        try:
            aliases = self.client.indices.get_alias(name=self.alias)
        except NotFoundError:
            return None
        except es_exceptions.TransportError as error:
            raise SearchUnavailable(str(error)) from error
        return next(iter(aliases), None)

    def ensure_index(self):
        if self.current_index() is None:
            name = self.create_index()
            self._call(self.client.indices.put_alias, index=name, name=self.alias)

    def switch_alias(self, new_index):
        """Point the alias at `new_index` in one atomic step, then drop the old index."""
        old_index = self.current_index()
        actions = [{"add": {"index": new_index, "alias": self.alias}}]
        if old_index:
            actions.insert(0, {"remove": {"index": old_index, "alias": self.alias}})
        self._call(self.client.indices.update_aliases, actions=actions)
        if old_index:
            self._call(self.client.indices.delete, index=old_index)

    def refresh(self, index=None):
        self._call(self.client.indices.refresh, index=index or self.alias)

    def index_documents(self, documents, index=None, refresh=False):
        """Bulk-index documents (an iterable); returns how many were indexed."""
        actions = (
            {
                "_index": index or self.alias,
                "_id": doc["page_id"],
                "_source": to_index_document(doc),
            }
            for doc in documents
        )
        indexed = 0
        try:
            for ok, _item in streaming_bulk(
                self.client.options(request_timeout=60),
                actions,
                chunk_size=500,
                refresh=refresh,
                raise_on_error=True,
            ):
                indexed += ok
        except BulkIndexError as error:
            raise SearchUnavailable(f"{len(error.errors)} documents failed to index") from error
        except es_exceptions.TransportError as error:
            raise SearchUnavailable(str(error)) from error
        return indexed

    def delete_pages(self, page_ids, refresh=False):
        for page_id in page_ids:
            try:
                self.client.delete(index=self.alias, id=page_id, refresh=refresh)
            except NotFoundError:
                pass
            except es_exceptions.TransportError as error:
                raise SearchUnavailable(str(error)) from error

    def fingerprints(self):
        """page_id -> fingerprint of every indexed document (for the index check)."""
        found = {}
        body = {"query": {"match_all": {}}, "_source": ["fingerprint"], "sort": ["_doc"]}
        response = self._call(
            self.client.options(request_timeout=30).search,
            index=self.alias,
            size=1000,
            scroll="1m",
            **body,
        )
        scroll_id = response.get("_scroll_id")
        try:
            while response["hits"]["hits"]:
                for hit in response["hits"]["hits"]:
                    found[int(hit["_id"])] = hit["_source"]["fingerprint"]
                response = self._call(self.client.scroll, scroll_id=scroll_id, scroll="1m")
                scroll_id = response.get("_scroll_id", scroll_id)
        finally:
            if scroll_id:
                self.client.options(ignore_status=404).clear_scroll(scroll_id=scroll_id)
        return found

    # Queries ----------------------------------------------------------------------------

    def _language_filter(self, query):
        if query.all_languages:
            return []
        return [
            {
                "bool": {
                    "should": [
                        {"term": {"language": query.language}},
                        {
                            "bool": {
                                "filter": [{"term": {"is_original": True}}],
                                "must_not": [{"term": {"available_languages": query.language}}],
                            }
                        },
                    ],
                    "minimum_should_match": 1,
                }
            }
        ]

    @staticmethod
    def _text_query(terms):
        """Every word must match one of its variants, in any field (boosted by field)."""
        if not terms:
            return {"match_all": {}}
        fields = [f"tokens.{field}^{boost}" for field, boost in TOKEN_FIELDS.items()]
        return {
            "bool": {
                "must": [
                    {
                        "multi_match": {
                            "query": " ".join(sorted(variants)),
                            "fields": fields,
                            "type": "most_fields",
                            "operator": "or",
                        }
                    }
                    for variants in terms
                ]
            }
        }

    @staticmethod
    def _facet_filter(facet, values):
        return {"terms": {f"facets.{facet}": list(values)}}

    def search(self, query):
        terms = query_terms(query.text)
        selected = {facet: values for facet, values in query.filters.items() if values}

        def values_of(facet):
            return {"terms": {"field": f"facets.{facet}", "size": MAX_FACET_VALUES}}

        # Each selected facet is counted under every filter but its own, so its other values
        # stay selectable; the facets nobody selected share one filter bucket.
        aggregations = {
            "unselected": {
                "filter": {"bool": {"filter": self._facet_filters(selected)}},
                "aggs": {facet: values_of(facet) for facet in FACET_NAMES if facet not in selected},
            }
        }
        for facet in selected:
            others = {f: v for f, v in selected.items() if f != facet}
            aggregations[f"selected_{facet}"] = {
                "filter": {"bool": {"filter": self._facet_filters(others)}},
                "aggs": {facet: values_of(facet)},
            }
        language_boost = {
            "constant_score": {"filter": {"term": {"language": query.language}}, "boost": 1000}
        }
        # Snippets are cut from the long texts only when there are words to mark.
        source = ["page_id", "language", "available_languages", "kind", "facets"]
        source += ["display"] if terms else ["display.title", "display.summary", "display.url"]
        body = {
            "query": {
                "bool": {
                    "must": [self._text_query(terms)],
                    "should": [language_boost],
                    "filter": self._language_filter(query),
                }
            },
            "post_filter": {"bool": {"filter": self._facet_filters(selected)}},
            "aggs": aggregations,
            "track_total_hits": True,
            "from": query.offset,
            "size": query.page_size,
            "_source": source,
        }
        if query.sort == "newest":
            body["sort"] = [{"published": "desc"}, {"page_id": "asc"}]
        else:
            body["sort"] = ["_score", {"published": "desc"}, {"page_id": "asc"}]
        response = self._call(
            self.client.search,
            index=self.alias,
            # Only what is read below travels and is parsed.
            filter_path=["hits.total", "hits.hits._source", "aggregations"],
            **body,
        )
        hits = [self._hit(hit["_source"], terms) for hit in response["hits"].get("hits", [])]
        facets = {}
        for bucket in response.get("aggregations", {}).values():
            for facet in FACET_NAMES:
                buckets = bucket.get(facet, {}).get("buckets")
                if buckets:
                    facets[facet] = sorted(
                        ((b["key"], b["doc_count"]) for b in buckets), key=lambda r: (-r[1], r[0])
                    )
        return SearchResults(
            hits=hits,
            total=response["hits"]["total"]["value"],
            facets={facet: facets[facet] for facet in FACET_NAMES if facet in facets},
            engine=self.name,
        )

    def _facet_filters(self, selected):
        return [self._facet_filter(facet, values) for facet, values in selected.items()]

    @staticmethod
    def _hit(source, terms):
        display = source["display"]
        highlights = []
        if terms:
            for text in (display["summary"], display["body"], display["files_text"]):
                snippet = highlight(text, terms)
                if snippet:
                    highlights.append(snippet)
                    break
        return Hit(
            page_id=source["page_id"],
            title=display["title"],
            summary=display["summary"],
            url=display["url"],
            language=source["language"],
            available_languages=source["available_languages"],
            kind=source["kind"],
            highlights=highlights,
            facets=source["facets"],
        )

    def autocomplete(self, prefix, language, limit=8):
        words = autocomplete_words(prefix)
        if not words:
            return []
        response = self._call(
            self.client.search,
            index=self.alias,
            size=limit,
            query={
                "bool": {
                    "must": [{"match_bool_prefix": {"title_words": " ".join(words)}}],
                    "filter": [{"term": {"language": language}}],
                }
            },
            sort=[{"published": "desc"}],
            source=["display.title", "display.url"],
        )
        return [
            (h["_source"]["display"]["title"], h["_source"]["display"]["url"])
            for h in response["hits"]["hits"]
        ]
