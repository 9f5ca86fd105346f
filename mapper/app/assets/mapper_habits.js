/* Canvas habits people bring from Kumu or Miro (issue 15), on the editor's canvas:

   - a handle beside the actor under the pointer (or the selected one): drag it to
     another actor to link them; the new-link dialog opens with From and To filled;
   - double-click empty canvas: a small box asks the new actor's name, added there;
   - double-click an actor, or F2 with one selected: rename it in place (Enter saves,
     Esc cancels);
   - shift-drag a box to pick several actors and drag them together (cytoscape's own box
     selection; mapper.js sends their places as one edit, so one Undo takes them back);
   - "Show people inside their organisation": people drawn in a box that is their
     organisation (cytoscape compound nodes), for the eye only.

   Every edit goes to the server as one gesture in the editor's GESTURE store, which turns
   it into one command of the edit session (pages/editor/gestures.py). */
(function () {
    "use strict";
    const CANVAS = "editor-canvas", GESTURE = "editor-gesture", LINK_BUTTON = "editor-link-button";
    const SVG = "http://www.w3.org/2000/svg";
    const bound = new WeakSet();
    const inside = new WeakMap();  // cy -> {on, places}: see showInside

    function cyOf() {
        const box = document.getElementById(CANVAS);
        return box && box._cyreg && box._cyreg.cy;
    }

    /* A view link's editor has its editing tools off: no gestures there either. */
    function editable() {
        const button = document.getElementById(LINK_BUTTON);
        return !!button && !button.disabled;
    }

    function send(gesture) {
        window.dash_clientside.set_props(GESTURE, {data: Object.assign({sent: Date.now()}, gesture)});
    }

    /* The actor drawn at a point of the canvas (rendered pixels), the innermost one when
       a person sits inside their organisation. */
    function nodeAt(cy, x, y, except) {
        let found = null, area = Infinity;
        cy.nodes(":visible").forEach(function (node) {
            if (node === except) { return; }
            const box = node.renderedBoundingBox({includeLabels: false});
            const size = box.w * box.h;
            if (x >= box.x1 && x <= box.x2 && y >= box.y1 && y <= box.y2 && size < area) {
                found = node; area = size;
            }
        });
        return found;
    }

    function pointIn(cy, event) {
        const box = cy.container().getBoundingClientRect();
        return {x: event.clientX - box.left, y: event.clientY - box.top};
    }

    // ----- a small box on the canvas: a new actor's name, or a new name -------------------
    let openBox = null;

    function closeBox() {
        if (openBox) { const box = openBox; openBox = null; box.remove(); }
    }

    function askName(cy, where, value, words, save) {
        closeBox();
        const input = document.createElement("input");
        input.type = "text";
        input.className = "form-control form-control-sm canvas-name-box";
        input.value = value;
        input.placeholder = words.placeholder;
        input.setAttribute("aria-label", words.label);
        input.autocomplete = "off";
        input.style.left = Math.round(where.x - 100) + "px";
        input.style.top = Math.round(where.y - 16) + "px";
        input.addEventListener("keydown", function (event) {
            event.stopPropagation();  // Esc here is not the page's Esc, nor Ctrl+Z its undo
            if (event.key === "Enter") {
                event.preventDefault();
                const text = input.value.trim();
                closeBox();
                if (text && text !== value) { save(text); }
            } else if (event.key === "Escape") {
                event.preventDefault();
                closeBox();
            }
        });
        input.addEventListener("blur", function () {  // clicking away saves nothing
            setTimeout(function () { if (openBox === input) { closeBox(); } }, 0);
        });
        cy.container().appendChild(input);
        openBox = input;
        input.focus();
        input.select();
    }

    function rename(cy, node) {
        const p = node.renderedPosition();
        const below = p.y + node.renderedOuterHeight() / 2 + 18;  // over the name
        askName(cy, {x: p.x, y: below}, node.data("label") || "", {
            label: "New name for " + (node.data("label") || "this actor") +
                " (Enter to save, Esc to cancel)",
            placeholder: "Name"
        }, function (text) {
            send({kind: "rename", id: node.id(), label: text, was: node.data("label")});
        });
    }

    function addAt(cy, event) {
        const at = event.position;
        askName(cy, event.renderedPosition, "", {
            label: "Name of the new actor (Enter to add, Esc to cancel)",
            placeholder: "New actor's name"
        }, function (text) {
            send({kind: "add", label: text, x: Math.round(at.x * 10) / 10,
                  y: Math.round(at.y * 10) / 10});
        });
    }

    // ----- the link handle ----------------------------------------------------------------
    function linkHandle(cy) {
        const container = cy.container();
        const handle = document.createElement("div");
        handle.className = "link-handle";
        handle.title = "Drag to another actor to link them";
        handle.setAttribute("aria-hidden", "true");  // the Draw a link button does it by keys
        handle.style.display = "none";
        container.appendChild(handle);
        const svg = document.createElementNS(SVG, "svg");
        svg.setAttribute("class", "link-drawing");
        const line = document.createElementNS(SVG, "line");
        svg.appendChild(line);
        svg.style.display = "none";
        container.appendChild(svg);
        let owner = null, hiding = null, drawing = null;

        function place() {
            if (!owner || owner.removed() || !owner.visible()) { hide(); return; }
            const p = owner.renderedPosition();
            const half = owner.renderedOuterWidth() / 2;
            handle.style.left = Math.round(p.x + half - 2) + "px";
            handle.style.top = Math.round(p.y - half - 12) + "px";
            handle.style.display = "";
        }
        function show(node) {
            if (!editable() || drawing) { return; }
            clearTimeout(hiding);
            owner = node;
            place();
        }
        function hide() {
            if (drawing) { return; }
            handle.style.display = "none";
            owner = null;
        }
        function hideSoon() {
            clearTimeout(hiding);
            hiding = setTimeout(function () {
                const picked = cy.nodes(":selected");
                if (picked.length === 1) { owner = picked[0]; place(); } else { hide(); }
            }, 600);
        }
        cy.on("mouseover", "node", function (event) { show(event.target); });
        cy.on("mouseout", "node", hideSoon);
        cy.on("select", "node", function () {
            const picked = cy.nodes(":selected");
            if (picked.length === 1) { show(picked[0]); } else { hide(); }
        });
        cy.on("unselect", "node", hideSoon);
        cy.on("pan zoom resize position", function () { if (owner) { place(); } });
        cy.on("grab", "node", hide);
        cy.on("remove", "node", function (event) { if (event.target === owner) { hide(); } });
        handle.addEventListener("mouseenter", function () { clearTimeout(hiding); });
        handle.addEventListener("mouseleave", hideSoon);

        let lit = null;
        function light(node) {
            if (lit === node) { return; }
            if (lit) { lit.removeClass("link-target"); }
            lit = node;
            if (lit) { lit.addClass("link-target"); }
        }
        handle.addEventListener("pointerdown", function (event) {
            if (!owner || event.button !== 0) { return; }
            event.preventDefault();
            event.stopPropagation();
            handle.setPointerCapture(event.pointerId);
            drawing = owner;
            const p = drawing.renderedPosition();
            line.setAttribute("x1", p.x); line.setAttribute("y1", p.y);
            line.setAttribute("x2", p.x); line.setAttribute("y2", p.y);
            svg.style.display = "";
            handle.classList.add("is-drawing");
        });
        handle.addEventListener("pointermove", function (event) {
            if (!drawing) { return; }
            const at = pointIn(cy, event);
            line.setAttribute("x2", at.x); line.setAttribute("y2", at.y);
            light(nodeAt(cy, at.x, at.y, drawing));
        });
        function finish(event, keep) {
            if (!drawing) { return; }
            const source = drawing;
            drawing = null;
            svg.style.display = "none";
            handle.classList.remove("is-drawing");
            light(null);
            const at = pointIn(cy, event);
            const target = keep ? nodeAt(cy, at.x, at.y, source) : null;
            if (target) {
                send({kind: "link", source: source.id(), target: target.id(),
                      sourceLabel: source.data("label"), targetLabel: target.data("label")});
            }
            hideSoon();
        }
        handle.addEventListener("pointerup", function (event) { finish(event, true); });
        handle.addEventListener("pointercancel", function (event) { finish(event, false); });
    }

    // ----- people inside their organisation ----------------------------------------------
    /* Each person whose organisation is on the map becomes its child (or stops being one):
       the organisation is then drawn as a box round its people. Where the organisations
       stood is kept, to put them back when the toggle goes off. */
    function showInside(cy, on) {
        const state = inside.get(cy) || {on: false, places: {}};
        inside.set(cy, state);
        if (on && !state.on) {
            state.places = {};
            cy.nodes('[kind = "organisation"]').forEach(function (org) {
                state.places[org.id()] = Object.assign({}, org.position());
            });
        }
        state.on = on;
        const moved = [];
        cy.batch(function () {
            cy.nodes('[kind = "person"]').forEach(function (person) {
                const org = person.data("organisation");
                const parent = on && org && !cy.getElementById(org).empty() ? org : null;
                if ((person.data("parent") || null) !== parent) { moved.push([person.id(), parent]); }
            });
            moved.forEach(function (pair) { cy.getElementById(pair[0]).move({parent: pair[1]}); });
            if (!on) {
                Object.keys(state.places).forEach(function (id) {
                    const org = cy.getElementById(id);
                    if (!org.empty() && !org.isParent()) { org.position(state.places[id]); }
                });
            }
        });
    }

    function bind(cy) {
        if (bound.has(cy)) { return; }
        bound.add(cy);
        if (getComputedStyle(cy.container()).position === "static") {
            cy.container().style.position = "relative";
        }
        linkHandle(cy);
        cy.on("dbltap", function (event) {
            if (!editable()) { return; }
            if (event.target === cy) { addAt(cy, event); }
            else if (event.target.isNode && event.target.isNode()) { rename(cy, event.target); }
        });
        cy.on("pan zoom", closeBox);
        // A dragged organisation box carries its people: their places are saved too.
        cy.on("dragfree", "node:parent", function (event) {
            event.target.descendants().forEach(function (child) { child.emit("dragfree"); });
        });
        let again = null;
        cy.on("add data", 'node[kind = "person"]', function () {
            const state = inside.get(cy);
            if (!state || !state.on) { return; }
            clearTimeout(again);
            again = setTimeout(function () { showInside(cy, true); }, 0);
        });
        const state = inside.get(cy);
        const toggle = document.getElementById("editor-show-inside");
        if ((state && state.on) || (toggle && toggle.checked)) { showInside(cy, true); }
    }

    document.addEventListener("keydown", function (event) {
        if (event.key !== "F2" || event.ctrlKey || event.metaKey || event.altKey) { return; }
        const target = event.target;
        if (target && (target.isContentEditable ||
                ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName))) { return; }
        const cy = cyOf();
        if (!cy || !editable()) { return; }
        const picked = cy.nodes(":selected");
        if (picked.length === 1) { event.preventDefault(); rename(cy, picked[0]); }
    });

    setInterval(function () { const cy = cyOf(); if (cy) { bind(cy); } }, 300);

    /* "What does this mean?" boxes (components/explain.py), on every page: one open at a
       time, kept inside the window, closed by a click elsewhere or Esc. */
    function closeExplains(except) {
        document.querySelectorAll("details.explain[open]").forEach(function (open) {
            if (open !== except) { open.open = false; }
        });
    }
    document.addEventListener("toggle", function (event) {
        const opened = event.target;
        if (!opened.classList || !opened.classList.contains("explain") || !opened.open) { return; }
        closeExplains(opened);
        const text = opened.querySelector(".explain-text");
        text.style.transform = "";
        let left = 0, right = document.documentElement.clientWidth;
        for (let up = opened.parentElement; up; up = up.parentElement) {  // a scrolling panel
            if (getComputedStyle(up).overflowX !== "visible") {
                const panel = up.getBoundingClientRect();
                left = Math.max(left, panel.left);
                right = Math.min(right, panel.right);
                break;
            }
        }
        const box = text.getBoundingClientRect();
        const shift = box.right > right - 8 ? right - 8 - box.right : Math.max(0, left + 8 - box.left);
        if (shift) { text.style.transform = "translateX(" + Math.round(shift) + "px)"; }
    }, true);  // toggle does not bubble
    document.addEventListener("click", function (event) {
        if (!event.target.closest || !event.target.closest("details.explain")) { closeExplains(null); }
    });
    document.addEventListener("keydown", function (event) {
        if (event.key === "Escape") { closeExplains(null); }
    });

    window.dash_clientside = Object.assign({}, window.dash_clientside, {
        mapper_habits: {
            inside: function (on, canvasId) {
                const box = document.getElementById(canvasId);
                const cy = box && box._cyreg && box._cyreg.cy;
                if (cy) { showInside(cy, !!on); }  // else bind() looks at the toggle
                return window.dash_clientside.no_update;
            }
        }
    });
})();
