/* Suggestions under the search boxes: an ARIA 1.2 combobox with a list box popup.
 *
 * Any <input data-suggest="/xx/search/autocomplete/"> becomes a combobox once this script runs;
 * without it, the box is the plain search form it always was. Suggestions come from the site's
 * own autocomplete endpoint (JSON). Keys: Down/Up move through them, Enter follows the one
 * chosen (or submits the form when none is), Escape closes the list, then clears the box.
 * No inline style nor script: the Content-Security-Policy allows only this file.
 */
(function () {
    "use strict";

    var DELAY_MS = 150;
    var counter = 0;

    function Combobox(input) {
        counter += 1;
        this.input = input;
        this.url = input.getAttribute("data-suggest");
        this.items = [];
        this.active = -1;
        this.request = null;
        this.timer = null;

        this.listbox = document.createElement("ul");
        this.listbox.id = input.id + "-suggestions";
        this.listbox.className = "combobox__listbox";
        this.listbox.setAttribute("role", "listbox");
        this.listbox.setAttribute("aria-label", input.getAttribute("data-suggest-label") || "");
        this.listbox.hidden = true;

        this.status = document.createElement("p");
        this.status.className = "visually-hidden";
        this.status.setAttribute("role", "status");
        this.status.id = input.id + "-suggestions-status-" + counter;

        var host = input.parentNode;
        host.classList.add("combobox");
        host.appendChild(this.listbox);
        host.appendChild(this.status);

        input.setAttribute("role", "combobox");
        input.setAttribute("aria-autocomplete", "list");
        input.setAttribute("aria-expanded", "false");
        input.setAttribute("aria-controls", this.listbox.id);
        input.setAttribute("autocomplete", "off");

        input.addEventListener("input", this.onInput.bind(this));
        input.addEventListener("keydown", this.onKeydown.bind(this));
        input.addEventListener("blur", this.onBlur.bind(this));
        this.listbox.addEventListener("mousedown", function (event) {
            event.preventDefault();  // keep the focus in the box while an option is clicked
        });
        this.listbox.addEventListener("click", this.onClick.bind(this));
    }

    Combobox.prototype.onInput = function () {
        var self = this;
        window.clearTimeout(this.timer);
        this.timer = window.setTimeout(function () { self.fetch(self.input.value); }, DELAY_MS);
    };

    Combobox.prototype.fetch = function (text) {
        var self = this;
        if (this.request) {
            this.request.abort();
        }
        if (!text.trim()) {
            this.show([]);
            return;
        }
        this.request = new AbortController();
        window.fetch(this.url + "?q=" + encodeURIComponent(text), {
            headers: {"Accept": "application/json"},
            signal: this.request.signal,
        })
            .then(function (response) { return response.ok ? response.json() : {suggestions: []}; })
            .then(function (body) {
                if (self.input.value === text) {
                    self.show(body.suggestions || []);
                }
            })
            .catch(function () { /* aborted by a newer keystroke, or offline: no list */ });
    };

    Combobox.prototype.show = function (suggestions) {
        var self = this;
        this.items = suggestions;
        this.active = -1;
        this.input.removeAttribute("aria-activedescendant");
        this.listbox.textContent = "";
        suggestions.forEach(function (suggestion, index) {
            var option = document.createElement("li");
            option.id = self.listbox.id + "-" + index;
            option.className = "combobox__option";
            option.setAttribute("role", "option");
            option.setAttribute("aria-selected", "false");
            option.setAttribute("data-index", String(index));
            var label = document.createElement("span");
            label.textContent = suggestion.label;
            option.appendChild(label);
            if (suggestion.kind !== "page") {
                var kind = document.createElement("span");
                kind.className = "suggestion__kind";
                kind.textContent = " " + suggestion.kind_label;
                option.appendChild(kind);
            }
            self.listbox.appendChild(option);
        });
        var open = suggestions.length > 0;
        this.listbox.hidden = !open;
        this.input.setAttribute("aria-expanded", open ? "true" : "false");
        var message = this.input.getAttribute(open ? "data-suggest-count" : "data-suggest-none") || "";
        this.status.textContent = this.input.value.trim() ? message.replace("{number}", suggestions.length) : "";
    };

    Combobox.prototype.close = function () {
        this.listbox.hidden = true;
        this.input.setAttribute("aria-expanded", "false");
        this.input.removeAttribute("aria-activedescendant");
        this.active = -1;
    };

    Combobox.prototype.move = function (step) {
        if (!this.items.length) {
            return;
        }
        if (this.listbox.hidden) {
            this.listbox.hidden = false;
            this.input.setAttribute("aria-expanded", "true");
        }
        var options = this.listbox.children;
        if (this.active >= 0) {
            options[this.active].setAttribute("aria-selected", "false");
        }
        this.active = (this.active + step + this.items.length) % this.items.length;
        var option = options[this.active];
        option.setAttribute("aria-selected", "true");
        this.input.setAttribute("aria-activedescendant", option.id);
        option.scrollIntoView({block: "nearest"});
    };

    Combobox.prototype.choose = function (index) {
        var suggestion = this.items[index];
        if (suggestion) {
            this.input.value = suggestion.label;
            this.close();
            window.location.assign(suggestion.search_url);
        }
    };

    Combobox.prototype.onKeydown = function (event) {
        var open = !this.listbox.hidden;
        if (event.key === "ArrowDown") {
            event.preventDefault();
            this.move(1);
        } else if (event.key === "ArrowUp") {
            event.preventDefault();
            this.move(-1);
        } else if (event.key === "Enter" && open && this.active >= 0) {
            event.preventDefault();
            this.choose(this.active);
        } else if (event.key === "Escape") {
            if (open) {
                event.preventDefault();
                this.close();
            } else if (this.input.value) {
                event.preventDefault();
                this.input.value = "";
            }
        } else if (event.key === "Tab") {
            this.close();
        }
    };

    Combobox.prototype.onBlur = function () {
        this.close();
    };

    Combobox.prototype.onClick = function (event) {
        var option = event.target.closest("[role=option]");
        if (option) {
            this.choose(Number(option.getAttribute("data-index")));
        }
    };

    function start() {
        if (!window.fetch || !window.AbortController) {
            return;  // the plain search form
        }
        var inputs = document.querySelectorAll("input[data-suggest]");
        for (var i = 0; i < inputs.length; i += 1) {
            new Combobox(inputs[i]);
        }
    }

    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", start);
    } else {
        start();
    }
}());
