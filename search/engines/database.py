"""The embedded search engine: the database's own full-text index (SQLite FTS5 or PostgreSQL
tsvector, search/engines/fulltext.py) under SQL over the SearchDocument table.

One SQL statement finds the documents in the visitor's language that hold enough of the query's
units, each scored by the database's relevance function (bm25 / ts_rank_cd, with field
weights), and returns for each one only what ranking and facets need. Facet filters, facet
counts and the order are then worked out in Python over those rows, so each facet's counts
(which ignore that facet's own selection) cost no further scan. The page of hits is read by
primary key.
"""

import datetime
import re
from bisect import insort
from collections import Counter, defaultdict

from django.db import connection, transaction

from caching.content_version import content_changed, search_tags
from search import registry
from search.analysis import WORD, autocomplete_words, fold, highlight, stem
from search.applicability import ranking_tiers, tier
from search.documents import FACET_NAMES, working_languages
from search.engines import fulltext
from search.engines.base import OWN_LANGUAGE_FACTOR, Hit, SearchEngine, SearchResults
from search.engines.similar import similar_documents
from search.models import FACET_SEPARATOR, SearchDocument, facet_values_text
from search.query_analysis import (
    CORRECTION_WEIGHT,
    TRANSLATION_WEIGHT,
    Alternative,
    analyse_query,
    variants,
)
from search.registry import ranking_weights
from search.vocabulary import current_vocabulary

# The query's words together, in order, in the title (as Elasticsearch's phrase boost).
PHRASE_FACTOR = 1.5
PHRASE_SLOP = 3
OTHER_STEMS_FACTOR = 0.5
TITLE_FACTOR = 3.0


def phrase_in_title(wanted, title_words):
    """True when the words `wanted` (two or more) appear in the title in their order, with at
    most PHRASE_SLOP other words between consecutive ones, in any of their forms
    ("cooperativas comunitarias" in "Una cooperativa comunitaria")."""
    if len(wanted) < 2:
        return False
    forms = [variants(word) for word in wanted]
    if not all(any(form in title_words for form in word_forms) for word_forms in forms):
        return False  # the usual case, answered without splitting the title (stems are prefixes)
    words = [variants(word) for word in title_words.split()]
    for start, word in enumerate(words):
        if not word & forms[0]:
            continue
        position, found = start, 1
        for next_forms in forms[1:]:
            window = words[position + 1 : position + 2 + PHRASE_SLOP]
            step = next((i for i, title_word in enumerate(window) if title_word & next_forms), None)
            if step is None:
                break
            position += 1 + step
            found += 1
        if found == len(wanted):
            return True
    return False


def title_patterns(analysed):
    """Per unit, the patterns of each way of naming it: a title names the unit when it holds
    every word of one way (any token of each word). A phrase's words count together, or one
    word of another name ("medio" of "Medio Oriente", "sud" of "Cono Sud") would make any title
    holding it a title named after the query. The one-word names share one pattern."""
    patterns = []
    for unit in analysed.units:
        naming = [alt for alt in unit.alternatives if alt.names_unit]
        one_word = set().union(*(alt.words[0] for alt in naming if len(alt.words) == 1))
        ways = [[_any_token(one_word)]] if one_word else []
        ways += [[_any_token(word) for word in alt.words] for alt in naming if len(alt.words) > 1]
        patterns.append(ways)
    return patterns


def _any_token(tokens):
    return re.compile(" (?:" + "|".join(re.escape(t) for t in sorted(tokens)) + ") ")


def title_factor(patterns, title_tokens):
    """1 + TITLE_FACTOR x the share of the query's units the title holds: BM25 saturates a
    word's weight (a word in the title and the body counts about twice one in the body only),
    so a page named after the query would not stand out from pages that mention it."""
    held = sum(
        1
        for ways in patterns
        if any(all(word.search(title_tokens) for word in way) for way in ways)
    )
    return 1 + TITLE_FACTOR * held / len(patterns)


def _groups(analysed, language):
    """(unit number, weight, alternatives, languages): one full-text query each; on pages
    written in one of `languages` (an expansion's, query_analysis.Alternative) the group weighs
    TRANSLATION_WEIGHT instead. A unit scores its best alternative, so each phrase of several
    words and each expansion is a query of its own (a sum over several phrases would favour
    pages holding many common words); the words as typed and their corrections are one query
    per weight, as on Elasticsearch. A word as typed scores on itself and its stem in the
    visitor's language; its stems in the other languages (needed to find pages written in
    them) score OTHER_STEMS_FACTOR less, or a rare foreign stem ("cooperativ" in a Spanish
    file of an English page) would outrank the word in a title."""
    groups = []
    for number, unit in enumerate(analysed.units):
        one_word = defaultdict(list)
        for alternative in unit.alternatives:
            if len(alternative.words) > 1 or alternative.weight < CORRECTION_WEIGHT:
                # Phrases and other words for the unit (glossary, a region's countries): the
                # best one counts, not their sum (which favours pages naming many of them).
                groups.append((number, alternative.weight, [alternative], alternative.languages))
                continue
            (tokens,) = alternative.words
            own = {alternative.text, stem(alternative.text, language)} & tokens
            if alternative.weight < 1 or not own or own == tokens:
                one_word[alternative.weight].append(alternative)
                continue
            one_word[alternative.weight].append(Alternative((frozenset(own),), 1.0))
            other = Alternative((tokens - own,), alternative.weight * OTHER_STEMS_FACTOR)
            one_word[other.weight].append(other)
        groups += [(number, weight, alts, frozenset()) for weight, alts in one_word.items()]
    return groups


MOST_TITLE_FACTOR = (1 + TITLE_FACTOR) * PHRASE_FACTOR


def exact_scores(scored, wanted, patterns, phrase, units):
    """The first `wanted` (sort key, page_id) of the rows (nearness, held, score, published,
    page_id, title words, title tokens), in order. A row's score is multiplied by its title's
    factors (at most MOST_TITLE_FACTOR), worked out only for rows whose largest possible score
    may still place them among the first `wanted`: the rest cannot, whatever their titles."""

    def best(row):
        nearness, held, score, *_rest = row
        return (*nearness, -held, -(score * MOST_TITLE_FACTOR if score > 0 else score))

    scored.sort(key=best)
    exact = []
    for row in scored:
        if len(exact) >= wanted and best(row) > exact[wanted - 1][0][:-2]:
            break  # neither this row nor any after it can come before the last one kept
        nearness, held, score, published, page_id, title, title_tokens = row
        score *= title_factor(patterns, title_tokens)
        if held == len(units) and phrase_in_title(phrase, title):
            score *= PHRASE_FACTOR
        key = (*nearness, -held, -score, -published.toordinal(), page_id)
        insort(exact, (key, page_id))
        del exact[wanted:]
    return exact


def _date(value):
    return datetime.date.fromisoformat(value) if isinstance(value, str) else value


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
        fulltext.write(
            (document["page_id"], document["tokens"], self._shown_in(document))
            for document in documents
        )
        # bulk_create sends no post_save: say that search results of these kinds changed.
        kinds = {document["facets"]["kind"][0] for document in documents}
        content_changed.send(sender=type(self), tags=search_tags(kinds))

    @staticmethod
    def _row(document):
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
            title_searchable=f" {document['tokens']['title']} ",
            title_words=" " + " ".join(WORD.findall(fold(document["title"]))),
            published=document["published"],
            facets=document["facets"],
            facet_values=facet_values_text(document["facets"]),
            fingerprint=document["fingerprint"],
        )

    @staticmethod
    def _shown_in(document):
        """The languages whose visitors see this document: its own, and for an original every
        working language it is not translated into (as _candidates filters)."""
        shown = {document["language"]}
        if document["is_original"]:
            shown |= set(working_languages()) - set(document["available_languages"])
        return shown

    @transaction.atomic
    def delete_pages(self, page_ids):
        page_ids = list(page_ids)
        removed = SearchDocument.objects.filter(page_id__in=page_ids)
        kinds = set(removed.values_list("kind", flat=True))
        fulltext.delete(page_ids)
        removed.delete()
        if kinds:  # nothing removed, nothing changed
            content_changed.send(sender=type(self), tags=search_tags(kinds))

    @transaction.atomic
    def clear(self):
        """Empty the index."""
        fulltext.delete()
        SearchDocument.objects.all().delete()
        content_changed.send(sender=type(self), tags=search_tags(registry.kinds()))

    def fingerprints(self):
        return dict(SearchDocument.objects.values_list("page_id", "fingerprint"))

    def _candidates(self, query, analysed):
        """(page_id, kind, language, published, facet values, units held, score, folded title
        words, title tokens) of every document in the visitor's language that holds enough of
        the query; facet filters are left to the caller."""
        table = connection.ops.quote_name(SearchDocument._meta.db_table)
        columns = "d.page_id, d.kind, d.language, d.published, d.facet_values"
        where, params = "", []
        if not query.all_languages:
            # Its own language, or the original of a page not translated into it.
            where = (
                " WHERE (d.language = %s OR (d.is_original AND d.available_languages NOT LIKE %s))"
            )
            params = [query.language, f"%,{query.language},%"]
        if not analysed:
            sql = f"SELECT {columns}, 0, 0.0, '', '' FROM {table} AS d{where}"
        else:
            matches, match_params = fulltext.matches(
                _groups(analysed, query.language),
                analysed.required,
                current_vocabulary().rarity,
                language=None if query.all_languages else query.language,
                documents=table,
                full_weight=TRANSLATION_WEIGHT,
            )
            sql = (
                f"{matches} SELECT {columns}, m.held, m.score, d.title_words, d.title_searchable "
                "FROM matches AS m "
                f"JOIN {table} AS d ON d.page_id = m.page_id{where}"
            )
            params = match_params + params
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            for (
                page_id,
                kind,
                language,
                published,
                facets,
                held,
                score,
                *title,
            ) in cursor.fetchall():
                yield page_id, kind, language, _date(published), facets, held, score, *title

    def search_once(self, query):
        analysed = analyse_query(
            query.text, current_vocabulary(), any_word=query.any_word, language=query.language
        )
        # "\nfacet=value\n" lines, as facet_values_text writes them: found by substring search.
        wanted = {
            facet: [f"{FACET_SEPARATOR}{facet}={value}{FACET_SEPARATOR}" for value in values]
            for facet, values in query.filters.items()
            if values
        }
        newest = query.sort == "newest"
        # With a place chosen: its own pages first, then its sub-region's, continent's, world's.
        tiers = ranking_tiers(query.filters, analysed.names_the_field and not newest)
        matching = []  # (sort key, page_id)
        scored = []  # rows to rank by relevance
        # Each facet's counts ignore its own selection: a document that misses only that
        # facet's filter counts its values of that facet. Keys are the "facet=value" lines.
        counts = Counter()
        phrase = [word for unit in analysed.units for word in unit.text.split()]
        patterns = title_patterns(analysed)
        phrase_units = analysed.units
        weights = ranking_weights()
        for row in self._candidates(query, analysed):
            page_id, kind, language, published, facet_text, held, score, title, title_tokens = row
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
                    matching.append(((*nearness, -published.toordinal(), page_id), page_id))
                    continue
                # Without words every page scores 1 (as Elasticsearch's match_all), so its
                # kind's weight and its language order them.
                score = (score if analysed else 1.0) * weights.get(kind, 1.0)
                if language == query.language:
                    score *= OWN_LANGUAGE_FACTOR
                if analysed:
                    # Ranked by held units, then score; the title's factors are worked out
                    # later, only for the documents that may reach the page asked for.
                    scored.append((nearness, held, score, published, page_id, title, title_tokens))
                else:
                    key = (*nearness, -score, -published.toordinal(), page_id)
                    matching.append((key, page_id))
        total = len(matching) + len(scored)
        if scored:  # then every matching row is in it
            matching = exact_scores(
                scored, query.offset + query.page_size, patterns, phrase, phrase_units
            )
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
            total=total,
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
