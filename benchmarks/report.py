"""The benchmark's printed table and its plot of search latency against the index size."""

from pathlib import Path


def columns(cells, widths):
    """One table line: the first cell left-aligned, the others right-aligned."""
    first, *others = cells
    line = f"  {first!s:<{widths[0]}}"
    for cell, width in zip(others, widths[1:], strict=True):
        text = f"{cell:,.0f}" if isinstance(cell, float) and cell >= 1000 else str(cell)
        line += f"{text:>{width}}"
    return line


def _search_lines(search):
    widths = [14, 10, 14, 9, 9, 9, 3]
    lines = ["", "Search API (/<lang>/search/api/, a mix of 8 queries one at a time), indexing"]
    lines.append(
        columns(["engine", "documents", "index docs/s", "p50 ms", "p95 ms", "p99 ms", ""], widths)
    )
    for engine in ("elasticsearch", "database"):
        for size, row in sorted((search.get(engine) or {}).items(), key=lambda r: int(r[0])):
            latency = row["latency"]["all_queries"]
            notes = []
            if row["latency"]["wrong_engine_or_fallback"]:
                notes.append(f"{row['latency']['wrong_engine_or_fallback']} answers fell back")
            if heap := row.get("heap_after_queries"):
                notes.append(f"ES heap {heap['heap_used_mb']:.0f}/{heap['heap_max_mb']:.0f} MB")
            cells = [
                engine,
                f"{int(size):,}",
                f"{row['indexing']['documents_per_second']:,.0f}",
                latency["p50_ms"],
                latency["p95_ms"],
                latency["p99_ms"],
                "",
            ]
            lines.append(columns(cells, widths) + ", ".join(notes))
    return lines


def _relevance_lines(relevance):
    """nDCG@10 per category (rows) and engine (columns), then zero results per engine."""
    summary = relevance["summary"]
    engines = sorted({key.partition("/")[0] for key in summary})
    categories = sorted({key.partition("/")[2] for key in summary} - {"all"}) + ["all"]
    widths = [14] + [15] * len(engines)
    lines = ["", f"Relevance, nDCG@10 on the judged queries ({relevance['file']})"]
    lines.append(columns(["category", *engines], widths))
    for category in categories:
        cells = [summary.get(f"{engine}/{category}", {}).get("ndcg", "-") for engine in engines]
        lines.append(columns([category, *(f"{c:.3f}" if c != "-" else c for c in cells)], widths))
    zero = [f"{summary[f'{engine}/all']['zero']:.1%}" for engine in engines]
    lines.append(columns(["zero results", *zero], widths))
    return lines


def _page_lines(pages):
    widths = [18, 13, 8, 12, 8, 9, 8, 14]
    lines = [
        "",
        "Pages (one request at a time, ms; SQL queries: demo / with 40 more stories+toolkits)",
    ]
    header = [
        "page",
        "uncached p50",
        "p95",
        "cached p50",
        "p95",
        "queries",
        "cached",
        "more content",
    ]
    lines.append(columns(header, widths))
    for name, row in pages.items():
        cells = [
            name,
            row["uncached"]["p50_ms"],
            row["uncached"]["p95_ms"],
            row["cached"]["p50_ms"],
            row["cached"]["p95_ms"],
            row["queries"]["uncached"],
            row["queries"]["cached"],
            row["queries_with_more_content"]["uncached"],
        ]
        lines.append(columns(cells, widths))
    return lines


def _throughput_lines(throughput, settings):
    widths = [30, 9, 9, 9, 11, 17]
    title = (
        f"Throughput (wrk, {settings['wrk_connections']} connections, {settings['wrk_seconds']} s;"
        f" gunicorn {settings['workers']} sync workers for every row)"
    )
    lines = ["", title]
    lines.append(
        columns(["row", "req/s", "p50 ms", "p99 ms", "× minimal", "× wagtail start"], widths)
    )
    for name, row in throughput.items():
        cells = [
            name,
            f"{row.get('requests_per_second', 0):,.0f}",
            row.get("p50_ms", "-"),
            row.get("p99_ms", "-"),
            row.get("vs_minimal_view", "-"),
            row.get("vs_wagtail_start", "-"),
        ]
        lines.append(columns(cells, widths))
    return lines


def _varnish_lines(rows, settings):
    widths = [16, 14, 9, 9, 14, 9, 9, 9]
    lines = [
        "",
        f"Cached pages from gunicorn alone and through Varnish in front of it (wrk, "
        f"{settings['wrk_connections']} connections, {settings['wrk_seconds']} s each)",
        columns(
            [
                "page",
                "gunicorn req/s",
                "p50 ms",
                "p95 ms",
                "Varnish req/s",
                "p50 ms",
                "p95 ms",
                "×",
            ],
            widths,
        ),
    ]
    for name, row in rows.items():
        alone, through = row["gunicorn"], row["varnish"]
        cells = [name]
        for result in (alone, through):
            cells += [
                f"{result.get('requests_per_second', 0):,.0f}",
                result.get("p50_ms", "-"),
                result.get("p95_ms", "-"),
            ]
        lines.append(columns([*cells, row.get("varnish_vs_gunicorn", "-")], widths))
    return lines


def _cluster_lines(cluster):
    widths = [34, 8, 9, 8, 8, 8, 8, 9, 11]
    searches = cluster["all_searches"]
    lines = [
        "",
        f"Search API on a {cluster['nodes']}-node Elasticsearch cluster, "
        f"{cluster['documents']:,} documents (replicas {sorted(set(cluster['replicas'].values()))},"
        f" indexed at {cluster['indexing']['documents_per_second']:,.0f} docs/s): "
        f"{searches['requests']:,} searches, p50 {searches['p50_ms']} / p95 {searches['p95_ms']}"
        f" / p99 {searches['p99_ms']} ms, {searches['errors']} failed; "
        f"{cluster['documents_indexed']:,} documents indexed meanwhile "
        f"({cluster['indexing_errors']} bulk requests failed)",
        columns(
            ["phase", "seconds", "searches", "p50 ms", "p95 ms", "p99 ms", "failed", "indexed",
             "idx errors"],
            widths,
        ),
    ]  # fmt: skip
    for phase in cluster["phases"]:
        cells = [
            phase["phase"],
            phase["seconds"],
            phase["requests"],
            phase["p50_ms"],
            phase["p95_ms"],
            phase["p99_ms"],
            phase["search_errors"],
            phase["documents_indexed"],
            phase["indexing_errors"],
        ]
        lines.append(columns(cells, widths))
    for kill in cluster["kills"]:
        lines.append(
            f"  node {kill['port']} (clients' first node: {kill['clients_first_node']}, elected "
            f"master: {kill['was_elected_master']}): down {kill['down_seconds']} s, cluster "
            f"{'/'.join(kill['status_while_down'])} meanwhile, green "
            f"{kill['restart_to_green_seconds']} s after its restart"
        )
    return lines


def _admin_lines(admin):
    widths = [32, 9, 9, 9]
    lines = [
        "",
        "The admin, a logged-in editor (targets: edit views <= 59 ms p50, bakerydemo's blog"
        " post; page search <= 100 ms p50 at 10,000 pages)",
    ]
    for label, size in admin["sizes"].items():
        lines += [
            f"  {label} ({size['pages_in_database']:,} pages in the database)",
            columns(["row", "p50 ms", "p95 ms", "requests"], widths),
        ]
        for name, row in size["rows"].items():
            lines.append(columns([name, row["p50_ms"], row["p95_ms"], row["requests"]], widths))
    return lines


def _invalidation_lines(rows):
    widths = [28, 10, 8, 8, 8, 10, 7]
    first = next(iter(rows.values()))
    lines = [
        "",
        f"Visitors browsing {first['pages']} pages while an editor publishes a story every "
        f"{first['publish_every_s']} s ({first['seconds']} s, page cache on)",
        columns(
            ["invalidation", "hit ratio", "req/s", "p50 ms", "p95 ms", "published", "errors"],
            widths,
        ),
    ]
    for name, row in rows.items():
        cells = [
            name,
            row["hit_ratio"],
            row["requests_per_second"],
            row["p50_ms"],
            row["p95_ms"],
            row["published"],
            row["errors"],
        ]
        lines.append(columns(cells, widths))
    return lines


def _upload_lines(uploads):
    widths = [40, 9, 8, 8, 8]
    lines = [
        "",
        f"Anonymous home ({uploads['path']}, page cache off), one view after another, while the "
        f"worker reads {uploads['pdfs']} pathological PDFs uploaded at once",
        f"  ({uploads['pdf_bytes']:,} bytes, {uploads['pdf_pages']} pages each: read in "
        f"{uploads['reading_seconds']} s, text {', '.join(uploads['text_statuses'])})",
        columns(["worker", "requests", "p50 ms", "p95 ms", "p99 ms"], widths),
    ]
    for name, key in (("idle", "worker_idle"), ("reading the PDFs", "worker_reading")):
        row = uploads[key]
        cells = [name, row["requests"], row["p50_ms"], row["p95_ms"], row["p99_ms"]]
        lines.append(columns(cells, widths))
    idle, reading = uploads["worker_idle"]["p95_ms"], uploads["worker_reading"]["p95_ms"]
    if idle and reading:
        lines.append(f"  p95 while reading / idle: {reading / idle:.2f}")
    return lines


def table(results):
    machine = results["machine"]
    lines = [
        f"SSE Policy Exchange benchmark {results['started']} "
        f"({machine['cpus']} CPUs, {machine['cpu']}, {machine['memory_gb']} GB)"
    ]
    if search := results.get("search"):
        lines += _search_lines(search)
    if relevance := results.get("relevance"):
        lines += _relevance_lines(relevance)
    if pages := results.get("pages", {}).get("pages"):
        lines += _page_lines(pages)
    if throughput := results.get("throughput"):
        lines += _throughput_lines(throughput, results["settings"])
    if varnish := results.get("varnish"):
        lines += _varnish_lines(varnish, results["settings"])
    if rows := results.get("invalidation"):
        lines += _invalidation_lines(rows)
    if admin := results.get("admin"):
        lines += _admin_lines(admin)
    if uploads := results.get("uploads"):
        lines += _upload_lines(uploads)
    if memory := results.get("memory"):
        lines += ["", "Memory"]
        for name, row in memory.get("workers", {}).items():
            lines.append(
                f"  {name}: worker RSS {row['worker_rss_mb']} MB "
                f"after {row['requests_served']:,} requests"
            )
        if heap := memory.get("elasticsearch_heap"):
            lines.append(
                f"  Elasticsearch heap at {heap['documents']:,} documents: "
                f"{heap['heap_used_mb']:.0f} MB used of {heap['heap_max_mb']:.0f} MB"
            )
    if export := results.get("open_data"):
        lines += [
            "",
            f"Open data export, {export['rows']:,} rows: {export['seconds']} s "
            f"({export['rows_per_second']:,} rows/s), Python peak {export['python_peak_mb']} MB, "
            f"process max RSS {export['max_rss_mb']} MB (+{export['max_rss_growth_mb']} MB); "
            f"CSV {export['csv_mb']} MB, JSON {export['json_mb']} MB",
        ]
    if cluster := results.get("cluster"):
        lines += _cluster_lines(cluster)
    if verdicts := results.get("verdicts"):
        lines += ["", "Targets"]
        for key, verdict in verdicts.items():
            mark = "met   " if verdict["met"] else "MISSED"
            lines.append(
                f"  {mark} {key}: target {verdict['target']}, reached {verdict['reached']}"
            )
    if profiles := results.get("profiles"):
        lines += ["", "Profiles of the misses (pyinstrument)"]
        for name, row in profiles.items():
            lines.append(f"  {name}: {row['mean_ms']} ms per request in-process: {row['file']}")
    if plot := results.get("plot"):
        lines += ["", f"Plot: {plot}"]
    return "\n".join(lines)


def plot(results, path: Path):
    """PNG of p50 and p95 search latency against the number of documents, per engine."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    search = results["search"]
    figure, axes = plt.subplots(figsize=(7, 4.5))
    for engine, style in (("elasticsearch", "o-"), ("database", "s--")):
        rows = search.get(engine) or {}
        sizes = sorted(rows, key=int)
        for percent, alpha in (("p50", 0.5), ("p95", 1.0)):
            values = [rows[size]["latency"]["all_queries"][f"{percent}_ms"] for size in sizes]
            if values:
                label = f"{engine} {percent}"
                axes.plot([int(s) for s in sizes], values, style, alpha=alpha, label=label)
    for target in (50, 150):
        axes.axhline(target, color="grey", linewidth=0.8, linestyle=":")
    axes.set_xscale("log")
    axes.set_xlabel("documents in the index")
    axes.set_ylabel("latency of /<lang>/search/api/ (ms)")
    axes.set_title("Search API latency: mix of 8 queries, one at a time")
    axes.legend()
    axes.grid(True, which="both", alpha=0.3)
    figure.tight_layout()
    figure.savefig(path, dpi=120)
    plt.close(figure)
