"""The exchange search on a real Elasticsearch node, through the official client.

Its own index rather than Wagtail's: filters on many-valued fields, every facet bucket counted,
BM25 ranking over tokens analysed per language in search/analysis.py (the distribution served
by Maven Central has no language analyzers), and an alias swapped on rebuild.
"""

import re
import time
from collections import defaultdict

from elasticsearch import Elasticsearch
from elasticsearch import exceptions as es_exceptions
from elasticsearch.helpers import streaming_bulk

from search.analysis import WORD, autocomplete_words, fold, highlight
from search.applicability import ranking_tiers
from search.documents import FACET_NAMES
from search.engines import similar
from search.engines.base import (
    OWN_LANGUAGE_FACTOR,
    Hit,
    SearchEngine,
    SearchQuery,
    SearchResults,
    SearchUnavailable,
)
from search.query_analysis import (
    CORRECTION_WEIGHT,
    TRANSLATION_WEIGHT,
    Alternative,
    analyse_query,
)
from search.registry import ranking_weights
from search.vocabulary import current_vocabulary

SNIPPET_SOURCE_CHARACTERS = 20_000

# Score steps above any text score, so that a country's tiers and the units a page holds order
# the pages before their text scores do. A text score is at most about 220 a unit (BM25's
# 2.2 × an idf of 11.5 at 100,000 documents, fields weighing 4 + 2 + 1, the own-language
# factor), so 2,650 for a query of twelve units: 1,000 was passed by long questions. Scores are
# 32-bit floats: at 10,000 a step, text scores keep a resolution of 0.0625 (4 tiers of 13).
TIER_STEP = 10_000
# A score step per unit a page holds, when a page need not hold them all (the database engine
# orders by units held, then score).
HELD_STEP = 10_000
MAX_FACET_VALUES = 500  # more than the world's countries: every value is counted
# One indexed field per weight: a page's labels are indexed with its summary, its files' text
# with its body (a word in both then counts twice in the field). Each field a query names is
# one more score per word and page, and scoring is most of a query matching most pages.
TOKEN_FIELDS = {"title": 4, "summary": 2, "body": 1}
TOKENS_INDEXED_IN = {
    "title": ("title",),
    "summary": ("summary", "labels"),
    "body": ("body", "files"),
}
SIMILAR_FIELDS = ("title", "summary", "body")  # what more_like_this compares
# Every facet value of a page is also indexed as "<facet>=<value>" in one field, so the facets
# nobody selected are counted by one aggregation instead of one per facet: counting 14 fields
# over every match took half of a query matching most pages.
FACET_VALUE_SEPARATOR = "="


def index_settings():
    # One replica as soon as the cluster has a second node (none on a single node, whose
    # health stays green): a node can die without a search failing or a document being lost.
    return {
        "number_of_shards": 1,
        "auto_expand_replicas": "0-1",
        "max_result_window": 10_000,
        # The body also holds the files' text, so a toolkit's is long: its length counts less
        # than with BM25's default b of 0.75, which ranked worse on the judged queries (README).
        "similarity": {"body_and_files": {"type": "BM25", "b": 0.2}},
    }


# In the mappings of every index create_index() makes: tells them from an index that a write
# created with dynamic mappings, which must never be put behind the alias.
MAPPINGS_MARK = {"made_by": "search.engines.elasticsearch"}


def index_mappings():
    tokens = {"type": "text", "analyzer": "standard", "norms": True}
    return {
        "dynamic": "strict",
        "_meta": MAPPINGS_MARK,
        "properties": {
            "page_id": {"type": "integer"},
            "translation_key": {"type": "keyword"},
            "language": {"type": "keyword"},
            "available_languages": {"type": "keyword"},
            "is_original": {"type": "boolean"},
            "kind": {"type": "keyword"},
            "tokens": {
                "properties": {
                    **dict.fromkeys(TOKEN_FIELDS, tokens),
                    "body": {**tokens, "similarity": "body_and_files"},
                }
            },
            "title_words": {"type": "text", "analyzer": "standard"},
            "published": {"type": "date"},
            "facets": {
                "properties": {name: {"type": "keyword"} for name in [*FACET_NAMES, "scope"]}
            },
            "facet_values": {"type": "keyword"},
            # Shown to visitors and used for snippets, never searched.
            "display": {"type": "object", "enabled": False},
            "fingerprint": {"type": "keyword", "index": False},
        },
    }


def field_paths(mappings):
    """The dotted names of the fields a mapping defines ("tokens.title", "facet_values")."""
    paths = set()
    for name, definition in mappings.get("properties", {}).items():
        paths.add(name)
        paths |= {f"{name}.{inner}" for inner in field_paths(definition)}
    return paths


def to_index_document(document):
    """The Elasticsearch source of a search document (search/documents.py)."""
    return {
        "page_id": document["page_id"],
        "translation_key": document["translation_key"],
        "language": document["language"],
        "available_languages": document["available_languages"],
        "is_original": document["is_original"],
        "kind": document["facets"]["kind"][0],
        "tokens": {
            field: " ".join(document["tokens"][name] for name in names)
            for field, names in TOKENS_INDEXED_IN.items()
        },
        "title_words": " ".join(WORD.findall(fold(document["title"]))),
        "published": document["published"],
        "facets": document["facets"],
        "facet_values": [
            f"{facet}{FACET_VALUE_SEPARATOR}{value}"
            for facet in FACET_NAMES
            for value in document["facets"].get(facet, [])
        ],
        "display": {
            "title": document["title"],
            "summary": document["summary"],
            "url": document["url"] or "",
            "body": document["body"][:SNIPPET_SOURCE_CHARACTERS],
            "files_text": document["files_text"][:SNIPPET_SOURCE_CHARACTERS],
        },
        "fingerprint": document["fingerprint"],
    }


def _harmless(bulk_item):
    """A refused bulk item that needs no retry: a newer version of the page is already indexed
    (409), or a page to delete was not indexed (404 without an error; a missing alias is a 404
    with an error)."""
    ((operation, result),) = bulk_item.items()
    if result.get("status") == 409:
        return True
    return operation == "delete" and result.get("status") == 404 and "error" not in result


class ElasticsearchEngine(SearchEngine):
    name = "elasticsearch"

    def __init__(self, url, index_prefix, timeout=1.5, indexing_timeout=None):
        self.alias = f"{index_prefix}_exchange"
        # ELASTICSEARCH_URL may name every node of a cluster, comma-separated: a request to a
        # node that does not answer is retried on another one (a slow one is not: the visitor
        # would wait twice).
        nodes = [node.strip() for node in url.split(",") if node.strip()]
        self.client = Elasticsearch(
            nodes, request_timeout=timeout, max_retries=len(nodes) - 1, retry_on_timeout=False
        )
        self.indexing_timeout = indexing_timeout or timeout

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
    # Every write to the live index goes through the alias with `require_alias`, so a node that
    # lost its data never gets an index created by the write itself (dynamic mappings under the
    # alias name, which breaks every search). Only create_index() makes indices, all named
    # `<alias>_<timestamp>_<n>`; the alias is put on one of them once it is filled.

    def create_index(self):
        name = f"{self.alias}_{time.strftime('%Y%m%d%H%M%S')}_{time.monotonic_ns() % 10**6}"
        self._call(
            # A node just started may take a while to allocate the shard.
            self.client.options(request_timeout=max(self.indexing_timeout, 30)).indices.create,
            index=name,
            settings=index_settings(),
            mappings=index_mappings(),
        )
        return name

    def _indices(self):
        """name -> {"aliases": ..., "settings": ...} of this engine's indices, and of an index
        wrongly created under the alias name."""
        return self._call(
            self.client.indices.get,
            index=f"{self.alias},{self.alias}_*",
            ignore_unavailable=True,
            allow_no_indices=True,
            features=["aliases", "mappings", "settings"],
        )

    def _own_index_names(self, indices):
        pattern = re.compile(rf"{re.escape(self.alias)}_\d{{14}}_\d+")
        return [name for name in indices if pattern.fullmatch(name)]

    def current_index(self):
        """The index behind the alias, or None (no alias, or a real index under its name)."""
        for name, index in self._indices().items():
            if name != self.alias and self.alias in index.get("aliases", {}):
                return name
        return None

    def has_outdated_fields(self):
        """True when the index behind the alias has other fields than index_mappings() gives:
        made by an older version of the site, its strict mappings refuse today's documents and
        its documents lack fields that searches read (the reconciliation rebuilds it)."""
        behind_alias = [
            index
            for name, index in self._indices().items()
            if name != self.alias and self.alias in index.get("aliases", {})
        ]
        return any(
            field_paths(index.get("mappings", {})) != field_paths(index_mappings())
            for index in behind_alias
        )

    def remove_index_under_alias_name(self):
        """Delete a real index that a write created at the alias name (no alias can be put
        there while it exists). Returns True when there was one."""
        if self.alias not in self._indices():
            return False
        self._call(self.client.indices.delete, index=self.alias)
        return True

    def orphan_indices(self, older_than_seconds=0):
        """This engine's indices that the alias does not point at: left by a rebuild that
        failed half-way. Younger ones may be a rebuild still filling its new index."""
        indices = self._indices()
        current = self.current_index()
        cutoff_ms = (time.time() - older_than_seconds) * 1000
        return sorted(
            name
            for name in self._own_index_names(indices)
            if name != current
            and int(indices[name]["settings"]["index"]["creation_date"]) <= cutoff_ms
        )

    def adopt_orphan_index(self):
        """When the alias points nowhere, put it on the newest index this engine made (one a
        failed rebuild left, e.g. when creating it timed out). Returns its name, or None."""
        indices = self._indices()
        made_here = [
            name
            for name in self._own_index_names(indices)
            if indices[name].get("mappings", {}).get("_meta") == MAPPINGS_MARK
        ]
        if not made_here or self.current_index() is not None:
            return None
        newest = max(made_here)  # the names hold their creation time
        self._call(self.client.indices.put_alias, index=newest, name=self.alias)
        return newest

    def remove_orphan_indices(self, older_than_seconds=0):
        orphans = self.orphan_indices(older_than_seconds)
        for name in orphans:
            self._call(self.client.indices.delete, index=name, ignore_unavailable=True)
        return orphans

    def ensure_index(self):
        """Make the alias point at an (empty) index when it points nowhere."""
        self.remove_index_under_alias_name()
        if self.current_index() is None:
            name = self.create_index()
            self._call(self.client.indices.put_alias, index=name, name=self.alias)

    def switch_alias(self, new_index):
        """Point the alias at `new_index` in one atomic step, then drop the old index."""
        self.remove_index_under_alias_name()
        old_index = self.current_index()
        actions = [{"add": {"index": new_index, "alias": self.alias}}]
        if old_index:
            actions.insert(0, {"remove": {"index": old_index, "alias": self.alias}})
        if old_index == new_index:
            return
        self._call(self.client.indices.update_aliases, actions=actions)
        if old_index:
            self._call(self.client.indices.delete, index=old_index)

    def refresh(self, index=None):
        self._call(self.client.indices.refresh, index=index or self.alias)

    def index_documents(self, documents, index=None, refresh=False, version=None):
        """Bulk-index documents (an iterable); returns how many were indexed.

        `version` (external versioning, e.g. search.indexing.new_version()) makes Elasticsearch
        keep whichever copy of a page was read last from the database, whatever order the
        writes arrive in: an older one is refused (409) and skipped here.
        """
        versioned = {"version": version, "version_type": "external"} if version else {}
        actions = (
            {
                "_index": index or self.alias,
                "_id": doc["page_id"],
                "_source": to_index_document(doc),
                **versioned,
            }
            for doc in documents
        )
        return self._bulk(actions, refresh, require_alias=index is None)

    def delete_pages(self, page_ids, refresh=False, version=None):
        # A bulk delete creates the index it names, require_alias or not: it goes to the index
        # behind the alias, never to the alias name (were the node emptied in between, it would
        # create an index under that dated name, which the reconciliation removes as an orphan).
        index = self.current_index()
        if index is None:
            raise SearchUnavailable(f"no index behind the alias {self.alias}")
        versioned = {"version": version, "version_type": "external"} if version else {}
        actions = (
            {"_op_type": "delete", "_index": index, "_id": page_id, **versioned}
            for page_id in page_ids
        )
        return self._bulk(actions, refresh, require_alias=False)

    def _bulk(self, actions, refresh, require_alias):
        done, errors = 0, []
        try:
            for ok, item in streaming_bulk(
                self.client.options(request_timeout=self.indexing_timeout),
                actions,
                chunk_size=500,
                refresh=refresh,
                require_alias=require_alias,
                raise_on_error=False,
            ):
                done += ok
                if not ok and not _harmless(item):
                    errors.append(item)
        except (es_exceptions.TransportError, es_exceptions.ApiError) as error:
            # ApiError: a 503 for the whole request (no master, a cluster block).
            raise SearchUnavailable(str(error)) from error
        if errors:
            raise SearchUnavailable(f"{len(errors)} documents failed: {errors[0]}")
        return done

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
    def _text_query(analysed):
        """Enough of the query's units (search/query_analysis.py) in any field, each unit
        scored by its best alternative, the visitor's own words above corrections and
        translations; the words in the title's order count extra."""
        if not analysed:
            return {"match_all": {}}
        fields = [f"tokens.{field}^{boost}" for field, boost in TOKEN_FIELDS.items()]

        def alternative_query(alternative):
            return {
                "bool": {
                    "must": [
                        {
                            "multi_match": {
                                "query": " ".join(sorted(word)),
                                "fields": fields,
                                "type": "most_fields",
                                "operator": "or",
                            }
                        }
                        for word in alternative.words
                    ],
                    "boost": alternative.weight,
                }
            }

        def unit_query(unit):
            # The words as typed and their corrections, one-word alternatives of one weight,
            # are one clause: fewer clauses to score. Expansions (glossary, a region's
            # countries) are one each, so the best counts, not the sum of all they match.
            one_word = defaultdict(set)
            translations = defaultdict(list)  # (weight, languages) -> their queries
            queries = []
            for alternative in unit.alternatives:
                if len(alternative.words) == 1 and alternative.weight >= CORRECTION_WEIGHT:
                    one_word[alternative.weight] |= alternative.words[0]
                elif alternative.languages:
                    key = (alternative.weight, tuple(sorted(alternative.languages)))
                    translations[key].append(alternative_query(alternative))
                else:
                    queries.append(alternative_query(alternative))
            for weight, tokens in one_word.items():
                queries.append(alternative_query(Alternative((frozenset(tokens),), weight)))
            # A translation weighs TRANSLATION_WEIGHT on pages written in its languages: the
            # best of a group's queries times that factor is the best of each times it.
            for (weight, languages), group in sorted(translations.items()):
                best = group[0] if len(group) == 1 else {"dis_max": {"queries": group}}
                in_languages = {"terms": {"language": list(languages)}}
                factor = {"filter": in_languages, "weight": TRANSLATION_WEIGHT / weight}
                queries.append(
                    {
                        "function_score": {
                            "query": best,
                            "functions": [factor],
                            "boost_mode": "multiply",
                        }
                    }
                )
            return {"dis_max": {"queries": queries}}

        units = [unit_query(unit) for unit in analysed.units]
        return {"bool": {"should": units, "minimum_should_match": analysed.required}}

    @staticmethod
    def _phrase_boost(analysed):
        """The query's words close together, in their order, in the title."""
        phrase = " ".join(unit.text for unit in analysed.units)
        return {"match_phrase": {"title_words": {"query": phrase, "slop": 3, "boost": 2}}}

    @staticmethod
    def _held_first(ranked, unit_queries):
        """HELD_STEP more per unit of the query a page holds: pages holding more units first."""
        return {
            "function_score": {
                "query": ranked,
                "functions": [{"filter": unit, "weight": HELD_STEP} for unit in unit_queries],
                "score_mode": "sum",
                "boost_mode": "sum",
            }
        }

    @staticmethod
    def _nearest_first(ranked, tiers, newest, step=TIER_STEP):
        """The country's own pages first, then its sub-region's, continent's and the world's:
        a score `step` per tier, above any text score (search/applicability.py). When sorting
        by date, the tier replaces the text score."""
        return {
            "function_score": {
                "query": ranked,
                "functions": [
                    {
                        "filter": {"terms": {"facets.scope": values}},
                        "weight": (len(tiers) - number) * step,
                    }
                    for number, values in enumerate(tiers)
                ],
                "score_mode": "max",
                "boost_mode": "replace" if newest else "sum",
            }
        }

    @staticmethod
    def _facet_filter(facet, values):
        return {"terms": {f"facets.{facet}": list(values)}}

    @staticmethod
    def _selected(query):
        return {facet: values for facet, values in query.filters.items() if values}

    def search_once(self, query):
        analysed = analyse_query(
            query.text, current_vocabulary(), any_word=query.any_word, language=query.language
        )
        response = self._call(
            self.client.search,
            index=self.alias,
            # Only what is read below travels and is parsed.
            filter_path=["hits.total", "hits.hits._source", "aggregations"],
            **self.search_body(query, analysed),
        )
        terms = analysed.highlight_terms()
        hits = [self._hit(hit["_source"], terms) for hit in response["hits"].get("hits", [])]
        return SearchResults(
            hits=hits,
            total=response["hits"]["total"]["value"],
            facets=self._facet_counts(response.get("aggregations", {}), self._selected(query)),
            engine=self.name,
            did_you_mean=analysed.did_you_mean,
        )

    def search_body(self, query, analysed):
        """The search request for a query and its analysis (search/query_analysis.py)."""
        terms = analysed.highlight_terms()
        selected = self._selected(query)

        def counted_under(filters, aggregations):
            """Aggregations over the matches that pass `filters`. Under no filter they are at
            the top level: a filter bucket whose filter matches everything makes Elasticsearch
            run the whole text query a second time for it (its filter-by-filter aggregation,
            seen with `profile`)."""
            if not filters:
                return aggregations
            name = "under_" + "_".join(sorted(filters))
            facet_filter = {"bool": {"filter": self._facet_filters(filters)}}
            return {name: {"filter": facet_filter, "aggs": aggregations}}

        # Each selected facet is counted under every filter but its own, so its other values
        # stay selectable; the facets nobody selected are counted together under all of them.
        every_value = {
            "terms": {"field": "facet_values", "size": MAX_FACET_VALUES * len(FACET_NAMES)}
        }
        aggregations = counted_under(selected, {"facet_values": every_value})
        for facet in selected:
            others = {f: v for f, v in selected.items() if f != facet}
            own_values = {"terms": {"field": f"facets.{facet}", "size": MAX_FACET_VALUES}}
            aggregations |= counted_under(others, {f"selected_{facet}": own_values})
        # Snippets are cut from the long texts only when there are words to mark.
        source = ["page_id", "language", "available_languages", "kind", "facets"]
        source += ["display"] if terms else ["display.title", "display.summary", "display.url"]
        text_query = self._text_query(analysed)
        # Two words or more, as on the database engine: a one-word "phrase" scored the title's
        # word a second time, by the title's length, so short titles named after it won.
        boosts = [self._phrase_boost(analysed)] if analysed and len(analysed.units) > 1 else []
        matching = {
            "bool": {
                "must": [text_query],
                "should": boosts,
                "filter": self._language_filter(query),
            }
        }
        # The visitor's language above an equally good page in another, and each kind of page
        # by its ranking weight (search/registry.py), multiplied as on the database engine.
        factors = [
            {"filter": {"term": {"language": query.language}}, "weight": OWN_LANGUAGE_FACTOR}
        ]
        factors += [
            {"filter": {"term": {"kind": kind}}, "weight": weight}
            for kind, weight in sorted(ranking_weights().items())
        ]

        ranked = {
            "function_score": {
                "query": matching,
                "functions": factors,
                "score_mode": "multiply",
                "boost_mode": "multiply",
            }
        }
        newest = query.sort == "newest"
        tier_step = TIER_STEP
        # As on the database engine, pages holding more of the units come first whenever a
        # page need not hold them all (a question's half, or any one of them).
        if analysed.required < len(analysed.units) and not newest:
            ranked = self._held_first(ranked, text_query["bool"]["should"])
            tier_step = HELD_STEP * (len(analysed.units) + 1)  # tiers still come first
        tiers = ranking_tiers(selected, analysed.names_the_field and not newest)
        if tiers:
            ranked = self._nearest_first(ranked, tiers, newest, tier_step)
        body = {
            "query": ranked,
            "aggs": aggregations,
            "track_total_hits": True,
            "from": query.offset,
            "size": query.page_size,
            "_source": source,
        }
        if selected:  # the hits pass every filter; the facets above were counted before some
            body["post_filter"] = {"bool": {"filter": self._facet_filters(selected)}}
        if query.sort == "newest" and not tiers:
            body["sort"] = [{"published": "desc"}, {"page_id": "asc"}]
        else:
            body["sort"] = ["_score", {"published": "desc"}, {"page_id": "asc"}]
        return body

    @staticmethod
    def _facet_counts(aggregated, selected):
        """facet -> [(value, count)], most frequent first, from the aggregations of
        search_once, at the top level or in a filter bucket."""
        counts = defaultdict(list)
        for level in (aggregated, *aggregated.values()):
            for bucket in level.get("facet_values", {}).get("buckets", []):
                facet, value = bucket["key"].split(FACET_VALUE_SEPARATOR, 1)
                if facet not in selected:
                    counts[facet].append((value, bucket["doc_count"]))
            for facet in selected:
                for bucket in level.get(f"selected_{facet}", {}).get("buckets", []):
                    counts[facet].append((bucket["key"], bucket["doc_count"]))
        return {
            facet: sorted(counts[facet], key=lambda row: (-row[1], row[0]))
            for facet in FACET_NAMES
            if counts[facet]
        }

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

    def related(self, page_id, language, kind, limit=4):
        """Pages of `kind` like page `page_id`: more_like_this over the analysed tokens, plus
        what it shares of taxonomy and places (as search/engines/similar.py weighs them)."""
        found = self._call(
            self.client.options(ignore_status=404).get,
            index=self.alias,
            id=str(page_id),
            source=["facets", "translation_key"],
        )
        if not found.get("found"):
            return []  # not indexed (yet): nothing is like it
        own = found["_source"]
        facets = own.get("facets", {})
        shared = [
            {
                "constant_score": {
                    "filter": {"terms": {f"facets.{facet}": facets[facet]}},
                    "boost": weight,
                }
            }
            for facet, weight in {**similar.TAXONOMY_WEIGHTS, "subregion": 1.0}.items()
            if facets.get(facet)
        ]
        if facets.get("scope"):
            shared.append(
                {
                    "constant_score": {
                        "filter": {"terms": {"facets.scope": facets["scope"]}},
                        "boost": 2.0,
                    }
                }
            )
        query = {
            "bool": {
                "should": [
                    {
                        "more_like_this": {
                            "fields": [f"tokens.{name}" for name in SIMILAR_FIELDS],
                            "like": [{"_index": self.alias, "_id": str(page_id)}],
                            "min_term_freq": 1,
                            "min_doc_freq": 1,
                            "max_query_terms": 40,
                            "minimum_should_match": "10%",
                        }
                    },
                    *shared,
                ],
                "minimum_should_match": 1,
                "filter": [
                    {"term": {"kind": kind}},
                    *self._language_filter(SearchQuery(language=language)),
                ],
                "must_not": [{"term": {"translation_key": own["translation_key"]}}],
            }
        }
        response = self._call(
            self.client.search,
            index=self.alias,
            size=limit,
            query=query,
            sort=["_score", {"published": "desc"}, {"page_id": "asc"}],
            source=["page_id"],
        )
        return [hit["_source"]["page_id"] for hit in response["hits"]["hits"]]
