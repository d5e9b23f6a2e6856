"""Upstream internals are used only in compat/: anywhere else, a use would escape the tests
that pin them down (tests/compat/)."""

import re
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parents[2]
APPS = ["base", "caching", "demo", "home", "search", "stories", "taxonomy", "toolkits",
        "translations", "site/config"]  # fmt: skip
PRIVATE_USES = re.compile(
    r"\._raw_delete\b|\.run_on_commit\b|\._get_raw_host\b|_prefetched_objects_cache"
    r"|\b_csp_nonce\b|\._wagtail_site\b|\._set_document_file_metadata\b|_w_filter_fragment"
    r"|\bhooks\._hooks\b|_build_block_json\b|_wagtail_cached_site_root_paths|\._count_cache\b"
    r"|wagtail_localize\.(operations|segments|strings|views)\b"
)


def test_private_apis_of_upstream_libraries_are_used_in_compat_only():
    uses = []
    for app in APPS:
        for path in sorted((REPOSITORY / app).rglob("*.py")):
            for number, line in enumerate(path.read_text().splitlines(), 1):
                if PRIVATE_USES.search(line) and not line.lstrip().startswith(("#", '"')):
                    uses.append(f"{path.relative_to(REPOSITORY)}:{number}: {line.strip()}")

    assert not uses, "Use compat/ instead:\n" + "\n".join(uses)


def test_the_check_finds_a_private_use():
    assert PRIVATE_USES.search("Page.objects.all()._raw_delete(db)")
    assert PRIVATE_USES.search("from wagtail_localize.operations import TranslationCreator")
