"""Performance benchmark of the site: search at scale, pages, throughput and memory.

Run `.venv/bin/python -m benchmarks.run --quick` (one size, short runs) or without --quick;
`--help` lists the options. Results go to benchmarks/results/ (git-ignored).
"""
