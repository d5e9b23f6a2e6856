"""The embedded search engine: SQL over the SearchDocument table, on SQLite or PostgreSQL.

One scan of the table per search: SQL keeps the documents in the visitor's language that hold
every word of the query (looked up in SearchToken, the inverted index), and returns for each one
only what ranking and facets need. Facet filters, facet counts and the order are then worked out
in Python over those rows, so each facet's counts (which ignore that facet's own selection) cost
no further scan. The page of hits is read by primary key.
"""

from collections import Counter

from django.db import connection, transaction
from django.db.models import Q

from caching.content_version import content_changed
from compat.django import raw_delete
from search.analysis import (
    WORD,
    autocomplete_words,
    fold,
    highlight,
    query_terms,
)
from search.engines.base import Hit, SearchEngine, SearchResults
from search.models import (
    FACET_SEPARATOR,
    MAX_TOKEN_LENGTH,
    SearchDocument,
    SearchToken,
    facet_values_text,
)


def _holds_any(variants):
    """SQL: the document has one of the variants among its index tokens."""
    return Q(
        page_id__in=SearchToken.objects.filter(token__in=sorted(variants)).values("document_id")
    )


def _title_score(title_tokens, terms):
    """How many of the query's words are in the title (ties broken by date, then page id)."""
    return sum(any(f" {variant} " in title_tokens for variant in variants) for variants in terms)


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

    def _candidates(self, query, terms):
        """(page_id, language, published, title tokens, facet values) of every document in the
        visitor's language that holds every word; facet filters are left to the caller."""
        documents = SearchDocument.objects.all()
        if not query.all_languages:
            language = query.language
            documents = documents.filter(
                Q(language=language)
                | Q(is_original=True) & ~Q(available_languages__contains=f",{language},")
            )
        for variants in terms:
            documents = documents.filter(_holds_any(variants))
        return documents.values_list(
            "page_id", "language", "published", "title_searchable", "facet_values"
        )

    def search(self, query):
        terms = query_terms(query.text)
        # "\nfacet=value\n" lines, as facet_values_text writes them: found by substring search.
        wanted = {
            facet: [f"{FACET_SEPARATOR}{facet}={value}{FACET_SEPARATOR}" for value in values]
            for facet, values in query.filters.items()
            if values
        }
        newest = query.sort == "newest"
        matching = []  # (sort key, page_id)
        # Each facet's counts ignore its own selection: a document that misses only that
        # facet's filter counts its values of that facet. Keys are the "facet=value" lines.
        counts = Counter()
        for page_id, language, published, title_tokens, facet_text in self._candidates(
            query, terms
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
                if newest:
                    key = (-published.toordinal(), page_id)
                else:
                    key = (
                        language != query.language,  # the visitor's language first
                        -_title_score(title_tokens, terms),
                        -published.toordinal(),
                        page_id,
                    )
                matching.append((key, page_id))
        matching.sort()
        page_ids = [page_id for _key, page_id in matching[query.offset :][: query.page_size]]
        documents = SearchDocument.objects.in_bulk(page_ids)
        hits = [self._hit(documents[pk], terms) for pk in page_ids if pk in documents]
        facets = {}
        for line, count in counts.items():
            if line:
                facet, _, value = line.partition("=")
                facets.setdefault(facet, []).append((value, count))
        return SearchResults(
            hits=hits,
            total=len(matching),
            facets={
                facet: sorted(rows, key=lambda r: (-r[1], r[0])) for facet, rows in facets.items()
            },
            engine=self.name,
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
