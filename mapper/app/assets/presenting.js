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
        if (cy) { cy.resize(); cy.fit(cy.elements(), 40); }
    }

    /* Full screen: the page's panels are hidden by the `presenting` class (presenting.css),
       and the browser goes full screen where it lets us. */
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
        setTimeout(function () { fit(cyOf()); }, 60);
    }
    document.addEventListener("fullscreenchange", function () {
        if (!document.fullscreenElement && document.body.classList.contains("presenting")) {
            present(false);  // Esc left the browser's full screen: show the panels again
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
