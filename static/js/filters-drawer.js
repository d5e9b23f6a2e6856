/* On a phone the search filters wait in a closed drawer (<details class="filters-drawer">)
 * below the search box, so results come first; on a wider screen they stand open beside the
 * results. Without this script the drawer opens and closes by itself, as any <details>. */
(function () {
    "use strict";

    var WIDE = window.matchMedia("(min-width: 48rem)");

    function follow() {
        var drawers = document.querySelectorAll("details.filters-drawer");
        for (var i = 0; i < drawers.length; i += 1) {
            drawers[i].open = WIDE.matches;
        }
    }

    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", follow);
    } else {
        follow();
    }
    WIDE.addEventListener("change", follow);
}());
