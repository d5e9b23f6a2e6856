"""The interface both exchange search engines implement, and the values they exchange."""

from dataclasses import dataclass, field, replace

MAX_PAGE_SIZE = 50
MAX_RESULT_WINDOW = 10_000  # deeper pages are refused: nobody reads past this, and ES caps it
# A page in the visitor's language ranks above an equally good one in another language, but
# not above a better one (pages not translated into it are shown in their original language).
OWN_LANGUAGE_FACTOR = 1.25
# Fewer pages than this (about a page of results) holding enough of the words: the pages
# holding some of them follow.
FEW_RESULTS = 10


class SearchUnavailable(Exception):
    """The engine could not answer (down, hung or misconfigured); the caller falls back."""


@dataclass(frozen=True)
class SearchQuery:
    text: str = ""
    filters: dict = field(default_factory=dict)  # facet name -> list of selected values
    language: str = "en"
    all_languages: bool = False
    sort: str = "relevance"  # or "newest"
    page: int = 1
    page_size: int = 12
    # What the visitor typed, when names in it became filters (search/query_understanding.py):
    # `text` then holds the other words, `understood` the filters.
    typed: str = ""
    understood: tuple = ()
    # A page need hold only one of the words: the second try when none holds enough of them.
    any_word: bool = False

    @property
    def offset(self):
        return (self.page - 1) * self.page_size


@dataclass
class Hit:
    page_id: int
    title: str
    summary: str
    url: str
    language: str
    available_languages: list
    kind: str
    highlights: list  # HTML-safe snippets with <mark>…</mark> around matched words
    facets: dict
    # How it applies to the chosen country: "for all of Western Africa", "international", or
    # "" for the country's own pages (search/applicability.py; set by the views).
    applicability: str = ""


@dataclass
class SearchResults:
    hits: list
    total: int
    facets: dict  # facet name -> list of (value, count), zero counts left out
    engine: str
    fallback: bool = False  # True when the preferred engine failed and the database answered
    did_you_mean: str = ""  # the query with its typos corrected (its results are included)
    incomplete: bool = False  # Elasticsearch answered but missed updates not yet repaired
    # Few pages (held_enough: how many, maybe none) held enough of the words: they come first,
    # then the pages that hold some of them.
    any_word: bool = False
    held_enough: int = 0
    # Labels of the names understood as filters that nothing passed, searched as words instead
    # (set by the views).
    unapplied: list = field(default_factory=list)


class SearchEngine:
    name = "abstract"

    def index_documents(self, documents):
        raise NotImplementedError

    def delete_pages(self, page_ids):
        raise NotImplementedError

    def search(self, query):
        """The results of `query`. When fewer than FEW_RESULTS pages hold enough of its words
        ("¿cómo apoyar a los recicladores?": no page says both; "rural women": one page), they
        come first, then the pages that hold some of them, flagged `any_word`, rather than one
        result or nothing: a visitor's question is rarely worded as a page. Both engines rank
        pages by how many of the query's units they hold before their score in that case."""
        results = self.search_once(query)
        if (
            results.total >= FEW_RESULTS
            or not query.text
            or query.any_word
            or (results.total and query.sort == "newest")  # by date, they would not lead
            or self._needs_one_word(query)
        ):
            return results
        relaxed = self.search_once(replace(query, any_word=True))
        if relaxed.total <= results.total:
            return results
        relaxed.any_word = True
        relaxed.held_enough = results.total
        return relaxed

    def search_once(self, query):
        raise NotImplementedError

    @staticmethod
    def _needs_one_word(query):
        """Whether a page had to hold only one unit already: a second try would be the same."""
        from search.query_analysis import analyse_query
        from search.vocabulary import current_vocabulary

        return analyse_query(query.text, current_vocabulary()).required <= 1

    def autocomplete(self, prefix, language, limit=8):
        """Titles starting with (or containing a word starting with) `prefix`."""
        raise NotImplementedError

    def related(self, page_id, language, kind, limit=4):
        """Ids of the pages of `kind` most like page `page_id`, in `language` (or their original
        language when not translated), its other versions left out."""
        raise NotImplementedError
