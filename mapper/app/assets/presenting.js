/* Partnership Mapper: reading from the back of the room, and the keyboard.
 *
 * 1. Text size: the size chosen on this computer (a local dcc.Store) scales the page text.
 * 2. Zoom in, zoom out and full screen (the canvas's panels hidden; F or Esc to leave).
 * 3. Shortcuts on the map page: N add an actor, L draw a link, F full screen, + - 0 zoom,
 *    ? the list of shortcuts. Not while typing in a box. Enter in the new link's dialog
 *    adds the link.
 * 4. Repairs to parts we do not own, so screen readers and the Tab key reach everything:
 *    - dash-bootstrap-components 2.0's Tabs give every tab the same id ("...-tab-null"),
 *      point them at panels that do not exist and take all but the open one out of the Tab
 *      order: each tab gets its own id, the id of its panel, and a place in the Tab order;
 *      Enter and Space open it, Left and Right move between tabs.
 *    - Dash 4's dropdown puts an invisible stand-in in the Tab order, hidden from screen
 *      readers, that passes focus on to the real button: the button takes its place.
 *    - Dash 4's dropdown takes the first option listed when Enter comes up in its search box,
 *      but lists the options for the last letter typed a moment later: Enter straight after
 *      typing took the first option of the letters before (P2.action.1 for P2.action.5).
 *      Then Enter chooses from the dropdown's own options what the list will show first.
 *    - dcc.Upload's file input has no name: it takes the words of its drop box.
 *    - A dialog's body that scrolls (dbc.Modal scrollable) can be scrolled by keyboard.
 */

(function () {
    const SCALES = {"normal": 1, "large": 1.3, "x-large": 1.6};
    const PAGE_SCALES = {"normal": 1, "large": 1.15, "x-large": 1.3};

    function cyOf(canvasId) {
        const box = document.getElementById(canvasId || "editor-canvas");
        return box && box._cyreg && box._cyreg.cy;
    }

    function zoomBy(cy, factor) {
        if (!cy) { return; }
        cy.resize();
        const level = Math.min(cy.maxZoom(), Math.max(cy.minZoom(), cy.zoom() * factor));
        cy.animate({zoom: {level: level, renderedPosition: {x: cy.width() / 2, y: cy.height() / 2}},
                    duration: 150});
    }

    function fit(cy) {
        if (cy) { cy.resize(); fitClear(cy, 40); }  // mapper.js
    }

    /* Fit the map to its canvas if the canvas changed size since cytoscape last looked. */
    function refit(cy) {
        const box = cy && cy.container();
        if (box && (box.clientWidth !== cy.width() || box.clientHeight !== cy.height())) {
            fit(cy);
        }
    }

    /* Full screen: the page's panels are hidden by the `presenting` class (presenting.css),
       and the browser goes full screen where it lets us. The map is fitted at once (a zoom
       straight after was undone by a fit that came later), and again if the browser's own
       full screen changes the canvas's size. */
    function present(on) {
        const body = document.body;
        const now = on === undefined ? !body.classList.contains("presenting") : on;
        body.classList.toggle("presenting", now);
        const button = document.getElementById("editor-present");
        if (button) {
            button.textContent = now ? "Leave full screen" : "Full screen";
            button.setAttribute("aria-pressed", now ? "true" : "false");
        }
        try {
            if (now && !document.fullscreenElement && document.documentElement.requestFullscreen) {
                document.documentElement.requestFullscreen().catch(function () {});
            } else if (!now && document.fullscreenElement) {
                document.exitFullscreen().catch(function () {});
            }
        } catch (error) { /* the panels are hidden all the same */ }
        fit(cyOf());
    }
    document.addEventListener("fullscreenchange", function () {
        if (!document.fullscreenElement && document.body.classList.contains("presenting")) {
            present(false);  // Esc left the browser's full screen: show the panels again
        } else {
            refit(cyOf());
        }
    });

    window.dash_clientside = Object.assign({}, window.dash_clientside);
    window.dash_clientside.mapper = Object.assign({}, window.dash_clientside.mapper, {
        textSize: function (size) {
            const scale = PAGE_SCALES[size] || 1;
            document.documentElement.style.fontSize = scale === 1 ? "" : (scale * 100) + "%";
            document.documentElement.dataset.textSize = size || "normal";
        },
        zoomIn: function (_, canvasId) { zoomBy(cyOf(canvasId), 1.25); },
        zoomOut: function (_, canvasId) { zoomBy(cyOf(canvasId), 0.8); },
        present: function () { present(); }
    });

    function click(id) {
        const element = document.getElementById(id);
        if (element && !element.disabled) { element.click(); return true; }
        return false;
    }

    /* Focus the element `find` returns as soon as it is there and visible (tabs open and
       dropdowns fill a moment after the key). */
    function focusWhenReady(find) {
        let tries = 0;
        (function look() {
            const element = find();
            if (element && element.offsetParent !== null) { element.focus(); return; }
            if (tries++ < 40) { setTimeout(look, 50); }
        })();
    }

    function nameBox() {
        return document.querySelector('#editor-tabs ~ .tab-content input[id*="\\"form\\":\\"new-actor\\""][id*="\\"name\\":\\"label\\""]');
    }

    document.addEventListener("keydown", function (event) {
        if (!document.getElementById("editor-canvas")) { return; }
        const target = event.target;
        const typing = target && (target.isContentEditable ||
            ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName));
        if (event.key === "Escape" && document.body.classList.contains("presenting")) {
            present(false);
            return;
        }
        if (typing || event.ctrlKey || event.metaKey || event.altKey) { return; }
        if (document.querySelector(".modal.show")) { return; }  // a dialog has the keyboard
        const key = event.key;
        let done = true;
        if (key === "n" || key === "N") {
            if (click("editor-add-button")) { focusWhenReady(nameBox); }
        } else if (key === "l" || key === "L") {
            const banner = document.getElementById("editor-link-banner");
            const on = banner && banner.style.display !== "none";
            if (on || click("editor-link-button")) {
                focusWhenReady(function () { return document.getElementById("editor-link-from"); });
            }
        } else if (key === "f" || key === "F") {
            present();
        } else if (key === "+" || key === "=") {
            zoomBy(cyOf(), 1.25);
        } else if (key === "-" || key === "_") {
            zoomBy(cyOf(), 0.8);
        } else if (key === "0") {
            fit(cyOf());
        } else if (key === "?") {
            click("editor-shortcuts-open");
        } else {
            done = false;
        }
        if (done) { event.preventDefault(); }
    });

    /* In the new link's dialog, Enter adds the link (the kind is picked with the arrow keys),
       unless it belongs to a button, a long text or a list being searched. */
    document.addEventListener("keydown", function (event) {
        const target = event.target;
        const dialog = target && target.closest && target.closest(".modal.show");
        if (event.key !== "Enter" || !dialog || !dialog.querySelector("#editor-link-create") ||
                ["BUTTON", "A", "TEXTAREA"].includes(target.tagName) ||
                target.closest(".dash-dropdown, .dash-dropdown-content") ||
                target.classList.contains("dash-dropdown-search")) { return; }
        event.preventDefault();
        click("editor-link-create");
    });

    /* ----- 4. repairs ----- */
    function repairTabs(list) {
        const tabs = Array.from(list.querySelectorAll('[role="tab"]'));
        const content = list.nextElementSibling;
        const panes = content ? Array.from(content.querySelectorAll(':scope > [role="tabpanel"]')) : [];
        tabs.forEach(function (tab, index) {
            const pane = panes[index];
            const id = (list.id || "tabs") + "-tab-" + index;
            if (tab.id !== id) { tab.id = id; }
            if (pane) {
                if (tab.getAttribute("aria-controls") !== pane.id) {
                    tab.setAttribute("aria-controls", pane.id);
                }
                if (pane.getAttribute("aria-labelledby") !== id) {
                    pane.setAttribute("aria-labelledby", id);
                }
            } else if (tab.hasAttribute("aria-controls")) {
                tab.removeAttribute("aria-controls");
            }
            const selected = tab.classList.contains("active") ? "true" : "false";
            if (tab.getAttribute("aria-selected") !== selected) {
                tab.setAttribute("aria-selected", selected);
            }
            if (tab.getAttribute("tabindex") !== "0") { tab.setAttribute("tabindex", "0"); }
        });
    }

    function repairDropdown(stand) {
        if (stand.getAttribute("tabindex") !== "-1") { stand.setAttribute("tabindex", "-1"); }
        const button = stand.parentElement && stand.parentElement.querySelector("button.dash-dropdown");
        if (button && !button.disabled && button.getAttribute("tabindex") !== "0") {
            button.setAttribute("tabindex", "0");
        }
    }

    /* Whether `option` matches the words typed, as Dash's search has it: each word is
       part of a word of its label (when a text), its value or its search text. */
    function matches(words, option) {
        const text = [typeof option.label === "object" ? "" : option.label, option.value,
                      option.search || ""].join(" ").toLowerCase();
        return words.every(function (word) { return text.includes(word); });
    }

    function wordsOf(search) {
        return search.value.toLowerCase().split(/\s+/).filter(Boolean);
    }

    /* The button of the dropdown `element` is part of (its list included). */
    function buttonOf(element) {
        const wrapper = element.closest(".dash-dropdown-wrapper");
        return wrapper && wrapper.querySelector("button.dash-dropdown");
    }

    /* The dropdown whose search box is `search`: its id, button, props and options (each
       as {value, label, search}), from Dash's layout. */
    function dropdownOf(search) {
        const button = buttonOf(search);
        const api = window.dash_component_api;
        if (!button || !button.id || !api || !api.getLayout) { return null; }
        const id = button.id.charAt(0) === "{" ? JSON.parse(button.id) : button.id;
        const props = (api.getLayout(id) || {}).props || {};
        let options = props.options || [];
        if (!Array.isArray(options)) {
            options = Object.keys(options).map(function (value) {
                return {value: value, label: options[value]};
            });
        }
        options = options.map(function (option) {
            return typeof option === "object" ? option : {value: option, label: String(option)};
        });
        return {id: id, button: button, props: props, options: options};
    }

    /* Whether every option listed under `search` is one for what is typed in it. */
    function listed(search, dropdown) {
        const words = wordsOf(search);
        const content = search.closest(".dash-dropdown-content");
        const shown = content ? Array.from(content.querySelectorAll(".dash-options-list-option input")) : [];
        return shown.every(function (input) {
            const option = dropdown.options.find(function (o) { return String(o.value) === input.value; });
            return !option || matches(words, option);
        });
    }

    /* What Enter in the search box does, done from the dropdown's own options: the first
       option matching what is typed is chosen (or, when chosen, let go); a single choice
       closes the list, as a click on its button does, and the focus is on the button. */
    function chooseFirst(search, dropdown) {
        const words = wordsOf(search);
        const first = dropdown.options.find(function (option) { return matches(words, option); });
        if (!first) { return; }
        const props = dropdown.props;
        const multi = Boolean(props.multi);
        const chosen = props.value === null || props.value === undefined ? []
            : [].concat(props.value);
        const after = chosen.includes(first.value)
            ? chosen.filter(function (value) { return value !== first.value; })
            : chosen.concat([first.value]);
        if (after.length === 0 && props.clearable === false) { return; }
        const value = multi ? after : (after.length ? after[after.length - 1] : null);
        window.dash_clientside.set_props(dropdown.id, {value: value});
        if (props.closeOnSelect !== undefined ? props.closeOnSelect : !multi) {
            dropdown.button.focus();
            dropdown.button.click();
        }
    }

    /* Dash takes the first option listed when Enter comes up; while the list is still the
       one for the letters typed before, the choice is made here instead, from what is
       typed, in its turn (keys after it, Esc or Tab, keep their order). */
    window.addEventListener("keyup", function (event) {
        const search = event.target;
        if (event.key !== "Enter" || !search.classList ||
                !search.classList.contains("dash-dropdown-search")) { return; }
        const dropdown = dropdownOf(search);
        if (dropdown && !listed(search, dropdown)) {
            event.stopPropagation();
            chooseFirst(search, dropdown);
        }
    }, true);

    /* Esc in a dropdown's list: the focus goes back to the dropdown at once. Left to Radix
       (under Dash's dropdown), it went back from a timer, which waits behind keys already
       pressed: a Tab straight after Esc went on from the top of the page, then the focus
       jumped back to the dropdown. Focused here first, Radix leaves the focus alone. */
    window.addEventListener("keydown", function (event) {
        const content = event.key === "Escape" && event.target.closest &&
            event.target.closest(".dash-dropdown-content");
        const button = content && buttonOf(content);
        if (button) { button.focus(); }
    }, true);

    function repairUpload(input) {
        const box = input.parentElement;
        const words = box && box.textContent.trim().split(".")[0];
        if (!input.hasAttribute("aria-label")) {
            input.setAttribute("aria-label", words || "Choose a file");
        }
    }

    function repair() {
        document.querySelectorAll(".modal-dialog-scrollable .modal-body").forEach(function (body) {
            if (!body.hasAttribute("tabindex")) { body.setAttribute("tabindex", "0"); }
        });
        document.querySelectorAll('[role="tablist"]').forEach(repairTabs);
        document.querySelectorAll(".dash-dropdown-focus-target").forEach(repairDropdown);
        document.querySelectorAll('input[type="file"]').forEach(repairUpload);
    }

    let pending = false;
    const observer = new MutationObserver(function () {
        if (pending) { return; }
        pending = true;
        requestAnimationFrame(function () { pending = false; repair(); });
    });
    function start() {
        repair();
        observer.observe(document.body, {
            childList: true, subtree: true, attributes: true, attributeFilter: ["class", "tabindex"]
        });
    }
    if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", start); }
    else { start(); }

    /* Tabs: Enter and Space open the focused tab, Left and Right move along the row. */
    document.addEventListener("keydown", function (event) {
        const tab = event.target && event.target.closest && event.target.closest('[role="tab"]');
        if (!tab) { return; }
        if (event.key === "Enter" || event.key === " ") {
            event.preventDefault();
            tab.click();
        } else if (event.key === "ArrowRight" || event.key === "ArrowLeft") {
            const tabs = Array.from(tab.closest('[role="tablist"]').querySelectorAll('[role="tab"]'));
            const step = event.key === "ArrowRight" ? 1 : -1;
            const next = tabs[(tabs.indexOf(tab) + step + tabs.length) % tabs.length];
            event.preventDefault();
            next.focus();
            next.click();
        }
    });
})();
