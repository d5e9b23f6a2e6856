"""The embedded search engine: SQL over the SearchDocument table, on SQLite or PostgreSQL.

One scan of the table per search: SQL keeps the documents in the visitor's language that hold
every word of the query (looked up in SearchToken, the inverted index), and returns for each one
only what ranking and facets need. Facet filters, facet counts and the order are then worked out
in Python over those rows, so each facet's counts (which ignore that facet's own selection) cost
no further scan. The page of hits is read by primary key.
"""

import math
from collections import Counter, defaultdict

from django.db import connection, transaction
from django.db.models import Q

from caching.content_version import content_changed
from compat.django import raw_delete
from search.analysis import WORD, autocomplete_words, fold, highlight
from search.applicability import scope_tiers, tier
from search.documents import FACET_NAMES
from search.engines.base import OWN_LANGUAGE_FACTOR, Hit, SearchEngine, SearchResults
from search.engines.similar import similar_documents
from search.models import (
    FACET_SEPARATOR,
    MAX_TOKEN_LENGTH,
    SearchDocument,
    SearchToken,
    facet_values_text,
)
from search.query_analysis import analyse_query
from search.vocabulary import current_vocabulary

TITLE_WEIGHT = 3  # a word in the title counts three times a word elsewhere


def _idf(holding, total):
    """BM25's rarity of a word held by `holding` of `total` documents."""
    return math.log(1 + (total - holding + 0.5) / (holding + 0.5))


def score_documents(analysed, tokens_of, title_tokens_of, total):
    """page_id -> (units held, score) of every document holding at least one unit.

    `tokens_of` maps a page to the query tokens it holds. A unit's score is the best of its
    alternatives: weight x the rarity of each of its words, counted TITLE_WEIGHT times in the
    title. This is BM25 without term frequency (the index keeps a set of tokens per page).
    """
    holding = Counter()
    for tokens in tokens_of.values():
        holding.update(tokens)
    scores = {}
    for page_id, tokens in tokens_of.items():
        title = title_tokens_of.get(page_id, "")
        held, score = 0, 0.0
        for unit in analysed.units:
            best = 0.0
            for alternative in unit.alternatives:
                value = 0.0
                for word in alternative.words:
                    present = word & tokens
                    if not present:
                        break
                    rarity = max(_idf(holding[t], total) for t in present)
                    in_title = any(f" {t} " in title for t in present)
                    value += rarity * (TITLE_WEIGHT if in_title else 1)
                else:
                    best = max(best, alternative.weight * value)
            if best:
                held += 1
                score += best
        if held:
            scores[page_id] = (held, score)
    return scores


class DatabaseEngine(SearchEngine):
    name = "database"

    @transaction.atomic
    def index_documents(self, documents):
        documents = list(documents)
        if not documents:
            return
        self.delete_pages([document["page_id"] for document in documents])
        SearchDocument.objects.bulk_create(
            (self._row(document) for document in documents), batch_size=500
        )
        # Hundreds of tokens a document: plain rows, not model instances, for speed.
        table = connection.ops.quote_name(SearchToken._meta.db_table)
        with connection.cursor() as cursor:
            cursor.executemany(
                f"INSERT INTO {table} (document_id, token) VALUES (%s, %s)",
                [
                    (document["page_id"], token)
                    for document in documents
                    for token in self._tokens(document)
                ],
            )
        # bulk_create sends no post_save: say that search results changed.
        content_changed.send(sender=type(self))

    @staticmethod
    def _tokens(document):
        tokens = set()
        for field_tokens in document["tokens"].values():
            tokens.update(field_tokens.split())
        return [token for token in tokens if len(token) <= MAX_TOKEN_LENGTH]

    @staticmethod
    def _row(document):
        tokens = document["tokens"]
        return SearchDocument(
            page_id=document["page_id"],
            kind=document["facets"]["kind"][0],
            language=document["language"],
            available_languages="," + ",".join(document["available_languages"]) + ",",
            is_original=document["is_original"],
            title=document["title"],
            summary=document["summary"],
            url=document["url"] or "",
            body=document["body"],
            files_text=document["files_text"],
            title_searchable=f" {tokens['title']} ",
            title_words=" " + " ".join(WORD.findall(fold(document["title"]))),
            published=document["published"],
            facets=document["facets"],
            facet_values=facet_values_text(document["facets"]),
            fingerprint=document["fingerprint"],
        )

    @transaction.atomic
    def delete_pages(self, page_ids):
        # One DELETE statement: QuerySet.delete() would load every token to send signals.
        raw_delete(SearchToken.objects.filter(document_id__in=page_ids))
        SearchDocument.objects.filter(page_id__in=page_ids).delete()
        content_changed.send(sender=type(self))

    def clear(self):
        """Empty the index, tokens left by documents deleted some other way included."""
        raw_delete(SearchToken.objects.all())
        SearchDocument.objects.all().delete()
        content_changed.send(sender=type(self))

    def fingerprints(self):
        return dict(SearchDocument.objects.values_list("page_id", "fingerprint"))

    def _documents(self, query):
        documents = SearchDocument.objects.all()
        if not query.all_languages:
            language = query.language
            documents = documents.filter(
                Q(language=language)
                | Q(is_original=True) & ~Q(available_languages__contains=f",{language},")
            )
        return documents

    def _candidates(self, query, analysed):
        """(page_id, language, published, facet values, units held, score) of every document
        in the visitor's language that holds enough of the query; facet filters are left to
        the caller."""
        documents = self._documents(query)
        if not analysed:
            for row in documents.values_list("page_id", "language", "published", "facet_values"):
                yield (*row, 0, 0.0)
            return
        wanted = sorted(
            {t for unit in analysed.units for t in unit.tokens() if len(t) <= MAX_TOKEN_LENGTH}
        )
        tokens = SearchToken.objects.filter(token__in=wanted)
        documents = documents.filter(page_id__in=tokens.values("document_id"))
        rows = list(
            documents.values_list(
                "page_id", "language", "published", "facet_values", "title_searchable"
            )
        )
        tokens_of = defaultdict(set)
        for page_id, token in tokens.values_list("document_id", "token"):
            tokens_of[page_id].add(token)
        total = max(len(rows), SearchDocument.objects.count())
        scores = score_documents(analysed, tokens_of, {row[0]: row[4] for row in rows}, total)
        for page_id, language, published, facet_text, _title in rows:
            held, score = scores.get(page_id, (0, 0.0))
            if held >= analysed.required:
                yield page_id, language, published, facet_text, held, score

    def search(self, query):
        analysed = analyse_query(query.text, current_vocabulary())
        # "\nfacet=value\n" lines, as facet_values_text writes them: found by substring search.
        wanted = {
            facet: [f"{FACET_SEPARATOR}{facet}={value}{FACET_SEPARATOR}" for value in values]
            for facet, values in query.filters.items()
            if values
        }
        newest = query.sort == "newest"
        # With a place chosen: its own pages first, then its sub-region's, continent's, world's.
        tiers = scope_tiers(query.filters)
        matching = []  # (sort key, page_id)
        # Each facet's counts ignore its own selection: a document that misses only that
        # facet's filter counts its values of that facet. Keys are the "facet=value" lines.
        counts = Counter()
        for page_id, language, published, facet_text, held, score in self._candidates(
            query, analysed
        ):
            missed = None
            for facet, lines in wanted.items():
                if not any(line in facet_text for line in lines):
                    if missed is not None:
                        break
                    missed = facet
            else:
                lines = set(facet_text.split(FACET_SEPARATOR))
                if missed is not None:
                    prefix = f"{missed}="
                    counts.update(line for line in lines if line.startswith(prefix))
                    continue
                counts.update(lines)
                nearness = ()
                if tiers:
                    scope = {line[6:] for line in lines if line.startswith("scope=")}
                    nearness = (tier(scope, tiers),)
                if newest:
                    key = (*nearness, -published.toordinal(), page_id)
                elif not analysed:
                    key = (*nearness, language != query.language, -published.toordinal(), page_id)
                else:
                    if language == query.language:
                        score *= OWN_LANGUAGE_FACTOR
                    key = (
                        *nearness,
                        -held,
                        -round(score, 6),
                        -published.toordinal(),
                        page_id,
                    )
                matching.append((key, page_id))
        matching.sort()
        page_ids = [page_id for _key, page_id in matching[query.offset :][: query.page_size]]
        documents = SearchDocument.objects.in_bulk(page_ids)
        terms = analysed.highlight_terms()
        hits = [self._hit(documents[pk], terms) for pk in page_ids if pk in documents]
        facets = {}
        for line, count in counts.items():
            facet, _, value = line.partition("=")
            if facet in FACET_NAMES:
                facets.setdefault(facet, []).append((value, count))
        return SearchResults(
            hits=hits,
            total=len(matching),
            facets={
                facet: sorted(rows, key=lambda r: (-r[1], r[0])) for facet, rows in facets.items()
            },
            engine=self.name,
            did_you_mean=analysed.did_you_mean,
        )

    def _hit(self, document, terms):
        highlights = []
        if terms:
            for text in (document.summary, document.body, document.files_text):
                snippet = highlight(text, terms)
                if snippet:
                    highlights.append(snippet)
                    break
        return Hit(
            page_id=document.page_id,
            title=document.title,
            summary=document.summary,
            url=document.url,
            language=document.language,
            available_languages=document.available_languages.strip(",").split(","),
            kind=document.kind,
            highlights=highlights,
            facets=document.facets,
        )

    def autocomplete(self, prefix, language, limit=8):
        words = autocomplete_words(prefix)
        if not words:
            return []
        titles = SearchDocument.objects.filter(language=language)
        for word in words:
            titles = titles.filter(title_words__contains=f" {word}")
        return list(titles.order_by("title").values_list("title", "url")[:limit])

    def related(self, page_id, language, kind, limit=4):
        return similar_documents(page_id, language, kind, limit)
