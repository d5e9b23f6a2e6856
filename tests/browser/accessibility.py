"""Accessibility checks with axe-core, run inside the page as Chromium renders it.

axe-core comes from the npm registry (package.json; `scripts/browser-deps` runs `npm ci`). It is
injected with a <script src> on the page's own origin, answered by Playwright from
node_modules/: the site's Content-Security-Policy (script-src 'self') stays on, so axe sees
exactly what visitors get.
"""

from dataclasses import asdict, dataclass
from pathlib import Path

AXE_SCRIPT = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"
AXE_URL_PATH = "/__axe-core__/axe.min.js"  # never reaches the site: Playwright answers it
BLOCKING_IMPACTS = ["serious", "critical"]


@dataclass(frozen=True)
class KnownViolation:
    """A violation that is not ours to fix: axe `rule` on elements matching `selector`."""

    rule: str
    selector: str
    reason: str


# Wagtail's own violations on the admin pages editors use; everything else fails the tests.
WAGTAIL_VIOLATIONS = [
    KnownViolation(
        rule="aria-input-field-name",
        selector=".public-DraftEditor-content",
        reason=(
            "Wagtail's rich text editor (Draftail) puts role=textbox on a contenteditable "
            "element that its field label does not name: wagtail/wagtail#14205 (open)."
        ),
    ),
]

RUN_AXE = """async ([impacts, known]) => {
    const results = await axe.run(document, {resultTypes: ["violations"]});
    const found = [];
    for (const violation of results.violations) {
        if (!impacts.includes(violation.impact)) continue;
        for (const node of violation.nodes) {
            const inPage = node.target.length === 1;  // not inside a frame or a shadow root
            const element = inPage ? document.querySelector(node.target[0]) : null;
            const excused = known.some(
                (k) => k.rule === violation.id && element !== null && element.matches(k.selector)
            );
            if (excused) continue;
            found.push({
                rule: violation.id,
                impact: violation.impact,
                help: violation.help,
                target: node.target.join(" >>> "),
                html: node.html.slice(0, 200),
                summary: node.failureSummary.replace(/\\s+/g, " "),
            });
        }
    }
    return found;
}"""


def serve_axe(context):
    """Let pages of this browser context load axe-core from their own origin."""
    if not AXE_SCRIPT.exists():
        raise AssertionError(f"{AXE_SCRIPT} is missing: run scripts/browser-deps.")
    context.route(
        f"**{AXE_URL_PATH}",
        lambda route: route.fulfill(path=AXE_SCRIPT, content_type="text/javascript"),
    )


def axe_violations(page, known=()):
    """The serious and critical violations on the page as it is now, except `known` ones."""
    if not page.evaluate("() => typeof window.axe !== 'undefined'"):
        page.add_script_tag(url=AXE_URL_PATH)
    return page.evaluate(RUN_AXE, [BLOCKING_IMPACTS, [asdict(k) for k in known]])


def describe(where, violations):
    """One line per violation, with what to look at to fix it."""
    return [
        f"{where}: [{v['impact']}] {v['rule']} ({v['help']}) at {v['target']}: {v['html']}"
        f" -- {v['summary']}"
        for v in violations
    ]
