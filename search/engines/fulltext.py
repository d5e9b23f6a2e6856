"""The database's own full-text index under the database engine: SQLite's FTS5 ranked by
bm25(), PostgreSQL's tsvector with a GIN index ranked by ts_rank_cd().

Both hold, per page, the tokens search/analysis.py made of each field (the same tokens
Elasticsearch indexes), weighted title > summary and labels > body > files. The index is derived:
SearchDocument rows and the pages are the truth, and `rebuild_exchange_index` refills it. The
tables are made by the migrations search/0004 and 0005 (raw SQL: Django models know neither);
on SQLite an fts5vocab table beside it counts the pages holding each token.

On SQLite, TABLE (every field) finds the pages and counts tokens, and the scores come from
one table per field group (SCORED_TABLES): bm25() normalises a field's frequency by the length
of its whole row, so in one table a page with long files scored below a short page holding
the query's words in the same fields. Elasticsearch normalises per field.
"""

from django.db import connection

TABLE = "search_fulltext"
FIELDS = ("title", "summary", "body", "files", "labels")
# SQLite only: a last column of tokens "shown_en shown_fr…", the languages whose visitors see
# the page (its own; for an original, those it is not translated into). A search adds
# `shown : "shown_en"` to its query, so bm25() runs only over the pages it may return.
SHOWN = "shown"

# SQLite: bm25() weight of each field; SHOWN weighs 0 (not relevance).
BM25_WEIGHTS = {"title": 10.0, "summary": 3.0, "body": 1.0, "files": 0.5, "labels": 0.5}
# SQLite: the tables that score, each with the fields whose lengths normalise one another
# (then SHOWN): the page's own text, and what is attached to it.
SCORED_TABLES = {
    "search_fulltext_page": ("title", "summary", "body"),
    "search_fulltext_files": ("files", "labels"),
}
# PostgreSQL: four weight classes, A (title), B (summary, labels), C (body), D (files);
# ts_rank_cd takes them as {D, C, B, A}.
POSTGRES_CLASSES = {"title": "A", "summary": "B", "labels": "B", "body": "C", "files": "D"}
POSTGRES_WEIGHTS = "{0.125, 0.25, 0.5, 1.0}"
POSTGRES_MAX_POSITION = 16383
# ts_rank_cd's normalisation 32 (rank / (rank + 1)): a word's score saturates as it repeats,
# as in BM25, instead of growing with every occurrence or shrinking with the page's length.
POSTGRES_SATURATED = 32


def is_postgresql():
    return connection.vendor == "postgresql"


# Writing ------------------------------------------------------------------------------------


def _tsvector(fields):
    """A tsvector literal of analysed tokens, each field's tokens at their own positions with
    the field's weight class (tokens are \\w+ words: nothing to escape)."""
    lexemes = {}
    position = 0
    for field in FIELDS:
        weight = POSTGRES_CLASSES[field]
        for token in fields[field].split():
            position = min(position + 1, POSTGRES_MAX_POSITION)
            lexemes.setdefault(token, []).append(f"{position}{weight}")
    return " ".join(f"'{token}':{','.join(places[:256])}" for token, places in lexemes.items())


def write(rows):
    """Index (page_id, {field: "token token …"}, languages shown in) rows; the pages must not
    be indexed yet."""
    rows = list(rows)
    if not rows:
        return
    with connection.cursor() as cursor:
        if is_postgresql():
            cursor.executemany(
                f"INSERT INTO {TABLE} (page_id, vector) VALUES (%s, %s::tsvector)",
                [(page_id, _tsvector(fields)) for page_id, fields, _shown in rows],
            )
        else:
            for table, fields in [(TABLE, FIELDS), *SCORED_TABLES.items()]:
                columns = ", ".join([*fields, SHOWN])
                places = ", ".join(["%s"] * (len(fields) + 2))
                cursor.executemany(
                    f"INSERT INTO {table} (rowid, {columns}) VALUES ({places})",
                    [
                        (page_id, *(texts[f] for f in fields), _shown_tokens(shown))
                        for page_id, texts, shown in rows
                    ],
                )


def _shown_tokens(languages):
    return " ".join(f"shown_{language}" for language in sorted(languages))


def delete(page_ids=None):
    """Remove these pages from the index (every page when None)."""
    key = "page_id" if is_postgresql() else "rowid"
    tables = [TABLE] if is_postgresql() else [TABLE, *SCORED_TABLES]
    with connection.cursor() as cursor:
        for table in tables:
            if page_ids is None:
                cursor.execute(f"DELETE FROM {table}")
                continue
            page_ids = list(page_ids)
            for start in range(0, len(page_ids), 500):
                chunk = page_ids[start : start + 500]
                cursor.execute(
                    f"DELETE FROM {table} WHERE {key} IN ({', '.join(['%s'] * len(chunk))})",
                    chunk,
                )


def page_count():
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT COUNT(*) FROM {TABLE}")
        return cursor.fetchone()[0]


def token_counts():
    """token -> number of indexed pages holding it."""
    with connection.cursor() as cursor:
        if is_postgresql():
            cursor.execute(f"SELECT word, ndoc FROM ts_stat('SELECT vector FROM {TABLE}')")
        else:
            cursor.execute(f"SELECT term, doc FROM {TABLE}_vocabulary")
        return dict(cursor.fetchall())


# Searching ----------------------------------------------------------------------------------


def _sqlite_expression(alternatives):
    """FTS5 query: any alternative; an alternative is all its words; a word any of its tokens."""

    def word(tokens):
        quoted = " OR ".join('"' + token.replace('"', '""') + '"' for token in sorted(tokens))
        return f"({quoted})"

    return " OR ".join(
        "(" + " AND ".join(word(w) for w in alternative.words) + ")" for alternative in alternatives
    )


def _sqlite_score(alternatives, shown):
    """SQL (and parameters) of (page_id, score): the sum of each field group's bm25() over the
    pages holding any token of the alternatives. bm25() scores each token the query names
    wherever the query's other words are, so an alternative's words may be in different
    groups; `matches` keeps only the pages that hold them all."""
    tokens = sorted(set().union(*(word for alt in alternatives for word in alt.words)))
    expression = "(" + " OR ".join('"' + t.replace('"', '""') + '"' for t in tokens) + ")"
    parts = []
    for table, fields in SCORED_TABLES.items():
        weights = ", ".join(str(BM25_WEIGHTS[field]) for field in fields)
        parts.append(
            f"SELECT rowid AS page_id, -bm25({table}, {weights}, 0) AS score "
            f"FROM {table} WHERE {table} MATCH %s"
        )
    found = " UNION ALL ".join(parts)
    sql = f"SELECT page_id, SUM(score) AS score FROM ({found}) AS scored GROUP BY page_id"
    return sql, [expression + shown] * len(parts)


def _postgres_word(tokens):
    return "(" + " | ".join(f"'{token}'" for token in sorted(tokens)) + ")"


def _postgres_expression(alternatives):
    return " | ".join(
        "(" + " & ".join(_postgres_word(w) for w in alternative.words) + ")"
        for alternative in alternatives
    )


def _postgres_score(alternatives, rarity):
    """SQL (and parameters) scoring a row of TABLE (`vector`) as BM25 does on SQLite: the sum
    over the query's words of the word's saturated, field-weighted frequency times its
    `rarity` (tokens -> BM25's inverse document frequency). ts_rank_cd alone knows no rarity,
    and scores words joined by & as one span: a page holding both words of "Southern Cone"
    ranked no higher than one holding one of Chile's names.

    An alternative of several words is a group of its own (search/engines/database.py), so a
    group is either that phrase (a sum over its words) or one-word alternatives of one weight,
    scored as one word (one ts_rank_cd call per page: each call reads the page's vector)."""
    if len(alternatives) == 1:
        words = list(alternatives[0].words)
    else:
        assert all(len(alternative.words) == 1 for alternative in alternatives)
        words = [frozenset().union(*(alternative.words[0] for alternative in alternatives))]
    params = []
    for tokens in words:
        params += [POSTGRES_WEIGHTS, _postgres_word(tokens), POSTGRES_SATURATED, rarity(tokens)]
    sql = "ts_rank_cd(CAST(%s AS float4[]), vector, CAST(%s AS tsquery), %s) * %s"
    return " + ".join([sql] * len(words)), params


def matches(groups, required, rarity, language=None, documents=None, full_weight=None):
    """A WITH clause (and its parameters) defining `matches`: the pages that hold at least
    `required` units of the query, with how many they hold and their score (page_id, held,
    score).

    `groups` lists (unit number, weight, alternatives, languages): a page holds a unit when it
    matches one of the unit's groups, and the unit scores the best of weight x relevance over
    its groups; the page's score is the sum over its units (BM25 itself sums over query terms).
    A page written in one of a group's `languages` (its `language` column in the table
    `documents`, joined by page_id) weighs `full_weight` instead of `weight`: the language of
    a page is not in the full-text tables.
    `rarity`: tokens -> their inverse document frequency, for PostgreSQL (SQLite's bm25() has
    its own). `language`: only the pages shown to its visitors (on SQLite; the caller filters
    anyway).
    """
    parts, params = [], []
    postgres = is_postgresql()
    shown = f' AND {SHOWN} : "{_shown_tokens([language])}"' if language else ""
    for number, weight, alternatives, languages in groups:
        weight_sql, weight_params, joined = "%s", [weight], ""
        if languages:
            places = ", ".join(["%s"] * len(languages))
            weight_sql = f"CASE WHEN d.language IN ({places}) THEN %s ELSE %s END"
            weight_params = [*sorted(languages), full_weight, weight]
            joined = f" JOIN {documents} AS d ON d.page_id = s.page_id"
        if postgres:
            score, score_params = _postgres_score(alternatives, rarity)
            parts.append(
                f"SELECT %s AS unit, s.page_id, {weight_sql} * ({score}) AS score "
                f"FROM {TABLE} AS s{joined} WHERE s.vector @@ CAST(%s AS tsquery)"
            )
            params += [number, *weight_params, *score_params, _postgres_expression(alternatives)]
        else:
            score, score_params = _sqlite_score(alternatives, shown)
            sql = (
                f"SELECT %s AS unit, s.page_id, {weight_sql} * s.score AS score "
                f"FROM ({score}) AS s{joined}"
            )
            params += [number, *weight_params, *score_params]
            if any(len(alternative.words) > 1 for alternative in alternatives):
                sql += f" WHERE s.page_id IN (SELECT rowid FROM {TABLE} WHERE {TABLE} MATCH %s)"
                params.append(f"({_sqlite_expression(alternatives)}){shown}")
            parts.append(sql)
    # Materialised: SQLite refuses bm25() in a subquery it flattens into the aggregate.
    groups_sql = ", ".join(
        f"group_{number} AS MATERIALIZED ({part})" for number, part in enumerate(parts)
    )
    found = " UNION ALL ".join(f"SELECT * FROM group_{number}" for number in range(len(parts)))
    sql = (
        f"WITH {groups_sql}, matches AS MATERIALIZED ("
        "SELECT page_id, COUNT(*) AS held, SUM(best) AS score FROM ("
        f"SELECT unit, page_id, MAX(score) AS best FROM ({found}) AS found "
        "GROUP BY unit, page_id) AS units GROUP BY page_id HAVING COUNT(*) >= %s)"
    )
    return sql, [*params, required]
