"""The embedded search engine: SQL over the SearchDocument table, on SQLite or PostgreSQL."""

from django.db import transaction
from django.db.models import Case, Count, Exists, IntegerField, OuterRef, Q, Value, When

from search.analysis import MAX_QUERY_WORDS, WORD, fold, highlight, query_terms
from search.engines.base import Hit, SearchEngine, SearchResults
from search.models import SearchDocument, SearchFacetValue


def _any_token(field, variants):
    """SQL: the space-separated token field holds one of the variants."""
    condition = Q()
    for variant in variants:
        condition |= Q(**{f"{field}__contains": f" {variant} "})
    return condition


class DatabaseEngine(SearchEngine):
    name = "database"

    @transaction.atomic
    def index_documents(self, documents):
        for document in documents:
            self._store(document)

    def _store(self, document):
        tokens = document["tokens"]
        stored, _created = SearchDocument.objects.update_or_create(
            page_id=document["page_id"],
            defaults={
                "kind": document["facets"]["kind"][0],
                "language": document["language"],
                "available_languages": "," + ",".join(document["available_languages"]) + ",",
                "is_original": document["is_original"],
                "title": document["title"],
                "summary": document["summary"],
                "url": document["url"] or "",
                "body": document["body"],
                "files_text": document["files_text"],
                "searchable": f" {' '.join(tokens.values())} ",
                "title_searchable": f" {tokens['title']} ",
                "title_words": " " + " ".join(WORD.findall(fold(document["title"]))),
                "published": document["published"],
                "facets": document["facets"],
                "fingerprint": document["fingerprint"],
            },
        )
        stored.facet_values.all().delete()
        SearchFacetValue.objects.bulk_create(
            SearchFacetValue(document=stored, facet=facet, value=value)
            for facet, values in document["facets"].items()
            for value in values
        )

    def delete_pages(self, page_ids):
        SearchDocument.objects.filter(page_id__in=page_ids).delete()

    def fingerprints(self):
        return dict(SearchDocument.objects.values_list("page_id", "fingerprint"))

    def _matching(self, query, excluded_facet=None):
        documents = SearchDocument.objects.all()
        if not query.all_languages:
            language = query.language
            documents = documents.filter(
                Q(language=language)
                | Q(is_original=True) & ~Q(available_languages__contains=f",{language},")
            )
        for variants in query_terms(query.text):
            documents = documents.filter(_any_token("searchable", variants))
        for facet, values in query.filters.items():
            if facet != excluded_facet and values:
                documents = documents.filter(
                    Exists(
                        SearchFacetValue.objects.filter(
                            document=OuterRef("pk"), facet=facet, value__in=values
                        )
                    )
                )
        return documents

    def _facet_counts(self, query):
        counts = {}
        selected = [facet for facet, values in query.filters.items() if values]
        # Facets nobody filtered on share one GROUP BY; a selected facet is counted without its
        # own filter, so its other values stay visible for multi-select.
        groups = [(None, None)] + [(facet, facet) for facet in selected]
        for excluded, only in groups:
            values = SearchFacetValue.objects.filter(document__in=self._matching(query, excluded))
            values = values.filter(facet=only) if only else values.exclude(facet__in=selected)
            rows = values.values("facet", "value").annotate(count=Count("document")).order_by()
            for row in rows:
                counts.setdefault(row["facet"], []).append((row["value"], row["count"]))
        return {facet: sorted(rows, key=lambda r: (-r[1], r[0])) for facet, rows in counts.items()}

    def search(self, query):
        documents = self._matching(query)
        terms = query_terms(query.text)
        language_first = Case(
            When(language=query.language, then=Value(1)),
            default=Value(0),
            output_field=IntegerField(),
        )
        if query.sort == "newest":
            ordering = ["-published", "page_id"]
        else:
            # Visitor's language first, then pages with more of the words in their title.
            title_score = sum(
                (
                    Case(
                        When(_any_token("title_searchable", variants), then=Value(1)),
                        default=Value(0),
                        output_field=IntegerField(),
                    )
                    for variants in terms
                ),
                Value(0),
            )
            documents = documents.annotate(language_first=language_first, score=title_score)
            ordering = ["-language_first", "-score", "-published", "page_id"]
        total = documents.count()
        page = documents.order_by(*ordering)[query.offset : query.offset + query.page_size]
        hits = [self._hit(document, terms) for document in page]
        return SearchResults(
            hits=hits, total=total, facets=self._facet_counts(query), engine=self.name
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
        words = WORD.findall(fold(prefix))[:MAX_QUERY_WORDS]
        if not words:
            return []
        titles = SearchDocument.objects.filter(language=language)
        for word in words:
            titles = titles.filter(title_words__contains=f" {word}")
        return list(titles.order_by("title").values_list("title", "url")[:limit])
