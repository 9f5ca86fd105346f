/* Partnership Mapper: the little the browser must do itself.
 *
 * 1. Report dragged positions. dash-cytoscape does not reliably send moved positions back
 *    (plotly/dash-cytoscape#57, #192), so we listen to cytoscape's own `dragfree` event and
 *    put the moved actors' positions, as a numbered batch, in a dcc.Store; a server
 *    callback saves them and redraws, naming the batch it saved.
 * 2. Lay each redraw on the canvas (`draw`, `patch`) without moving what the user holds:
 *    an actor being dragged, or dropped and not yet saved, keeps the place the user gave it.
 *    Without this, a redraw computed before the save (someone else's edit found by the
 *    poll, an add on its way back) snaps the actor back, or jumps it away from under the
 *    mouse.
 * 3. Bring newly added actors into view.
 * 4. Keyboard shortcuts: Ctrl+Z undo, Ctrl+Y / Ctrl+Shift+Z redo, Esc stops drawing links.
 * 5. Remember the name typed in the top bar, in a cookie the server reads with each edit.
 * 6. Save picture: fetch what draws an SVG the first time one is asked for.
 * 7. Tag fields: offer the text being typed as a new item (Enter adds it).
 * 8. An open form follows other people's changes to the fields its user has not touched.
 * 9. Follow the map live (see mapper/app/presence.py): ask the server for the map's version
 *    a few times a second and have Dash redraw only when it moved; beat every few asks to
 *    say this tab has the map open, show who else has, and say when the tab closes.
 */

function canvasOf(canvasId) {
    const box = document.getElementById(canvasId);
    return box && box._cyreg && box._cyreg.cy;
}

/* What the script keeps per canvas: positions held for the user, moves not yet sent.
   Not in cytoscape's own scratch: setting the core's scratch restyles every element (a
   whole second drawing of the map as the page opens). */
const states = new WeakMap();
function stateOf(cy) {
    let state = states.get(cy);
    if (!state) {
        state = {held: {}, unsent: {}, batch: 0, timer: null, known: new Set()};
        states.set(cy, state);
    }
    return state;
}

/* dash-cytoscape copies every element, with cy's positions, back into the `elements` prop
   100 ms after any add, remove or drag: a second full render per edit that we do not use
   (positions go through `dragfree` above), which also makes the next redraw look like a
   move of every dragged actor. Its listener is the one callback on exactly these three
   events with no selector; if a later version registers it differently, nothing breaks. */
function muteWriteBack(cy) {
    const wanted = ["add", "dragfree", "remove"];
    const types = new Map();
    cy.emitter().listeners.forEach(function (listener) {
        if (listener.qualifier || !wanted.includes(listener.type)) { return; }
        const seen = types.get(listener.callback) || new Set();
        seen.add(listener.type);
        types.set(listener.callback, seen);
    });
    types.forEach(function (seen, callback) {
        if (seen.size === wanted.length) { cy.removeListener(wanted.join(" "), callback); }
    });
}

/* Tell cytoscape the canvas's size if it changed since it last looked (the page settles
   after the canvas is made). Only then: a resize redraws the whole map, which at a few
   hundred actors costs as much as the rest of an edit. */
function resized(cy) {
    const box = cy.container();
    if (box && (box.clientWidth !== cy.width() || box.clientHeight !== cy.height())) {
        cy.resize();
    }
}

/* Bring actors added since the last look that landed outside the view (a new one, or the
   first ones on an empty map) into it, no closer than a comfortable reading size; but not
   while the user is dragging an actor: the view must not move under the mouse. */
function reveal(cy) {
    const state = stateOf(cy);
    const added = cy.nodes().filter(function (node) { return !state.known.has(node.id()); });
    state.known = new Set(cy.nodes().map(function (node) { return node.id(); }));
    if (added.length === 0 || cy.nodes(":grabbed").length > 0) { return; }
    resized(cy);
    const view = cy.extent();
    const outside = added.filter(function (node) {  // wholly or partly, label included
        const box = node.boundingBox();
        return box.x1 < view.x1 || box.x2 > view.x2 || box.y1 < view.y1 || box.y2 > view.y2;
    });
    if (outside.length === 0) { return; }
    fitClear(cy, 80);
    comfortable(cy);
}

/* Fit the map to the part of the canvas the reading controls leave clear: the bar sits
   over the canvas's bottom edge, and a plain fit drew the lowest actors under it. */
function fitClear(cy, padding) {
    const eles = cy.elements();
    if (eles.length === 0) { return; }
    const bar = cy.container() && cy.container().closest(".canvas-box");
    const controls = bar && bar.querySelector(".reading-controls");
    const below = controls ? controls.offsetHeight + 8 : 0;
    const box = eles.boundingBox();
    const width = cy.width() - 2 * padding, height = cy.height() - 2 * padding - below;
    if (width <= 0 || height <= 0) { cy.fit(eles, padding); return; }
    const zoom = Math.min(cy.maxZoom(), Math.max(cy.minZoom(),
        Math.min(width / Math.max(box.w, 1), height / Math.max(box.h, 1))));
    cy.viewport({zoom: zoom, pan: {
        x: padding + (width - zoom * box.w) / 2 - zoom * box.x1,
        y: padding + (height - zoom * box.h) / 2 - zoom * box.y1,
    }});
}

/* No closer than a comfortable reading size: a map of a few actors fitted to the canvas
   would show them huge (the page opens fitted, and so does a reveal). */
function comfortable(cy) {
    if (cy.zoom() > 1.2) { cy.zoom(1.2); cy.center(cy.nodes()); }
}

function bind(cy, movedId) {
    const state = stateOf(cy);
    if (state.bound) { return; }
    state.bound = true;
    state.known = new Set(cy.nodes().map(function (node) { return node.id(); }));
    resized(cy);
    fitClear(cy, 40);
    comfortable(cy);
    muteWriteBack(cy);
    cy.on("dragfree", "node", function (event) {
        const node = event.target;
        const p = node.position();
        const x = Math.round(p.x * 10) / 10, y = Math.round(p.y * 10) / 10;
        state.unsent[node.id()] = [x, y];
        state.held[node.id()] = {x: x, y: y, batch: null};
        clearTimeout(state.timer);
        state.timer = setTimeout(function () {
            state.batch += 1;
            const positions = state.unsent;
            state.unsent = {};
            Object.keys(positions).forEach(function (id) {
                if (state.held[id]) { state.held[id].batch = state.batch; }
            });
            window.dash_clientside.set_props(movedId, {
                data: {positions: positions, batch: state.batch}
            });
        }, 120);
    });
    let revealing = null;
    cy.on("add", "node", function () {
        clearTimeout(revealing);
        revealing = setTimeout(function () { reveal(cy); }, 0);
    });
}

/* Where held actors stay for a redraw: an actor held for the user keeps its place (see 2.
   above) unless `onMap(id)` says the redraw takes it away. `drawn.saved` is the last batch
   of moves the drawing includes: the actors of that batch and earlier ones are let go. */
function held(cy, drawn, onMap) {
    const state = stateOf(cy);
    const keep = {};
    Object.keys(state.held).forEach(function (id) {
        const hold = state.held[id];
        const saved = drawn.saved != null && hold.batch !== null && hold.batch <= drawn.saved;
        if (saved || !onMap(id)) { delete state.held[id]; }
        else { keep[id] = {x: hold.x, y: hold.y}; }
    });
    cy.nodes(":grabbed").forEach(function (node) {
        const p = node.position();
        keep[node.id()] = {x: p.x, y: p.y};
    });
    return keep;
}

/* Whether two elements' data agree: flat objects of strings, numbers and booleans. */
function sameData(a, b) {
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every(function (k) { return a[k] === b[k]; });
}

/* A redraw is the whole map (`elements`) or what changed since the version the page shows
   (`changed` elements and `removed` ids). Returns the elements to add or update, by id, and
   the ids to take away. */
function changesOf(cy, drawn) {
    const wanted = new Map();
    if (drawn.elements) {
        drawn.elements.forEach(function (el) { wanted.set(el.data.id, el); });
        const gone = cy.elements().filter(function (ele) { return !wanted.has(ele.id()); });
        return {wanted: wanted, gone: new Set(gone.map(function (ele) { return ele.id(); }))};
    }
    drawn.changed.forEach(function (el) { wanted.set(el.data.id, el); });
    return {wanted: wanted, gone: new Set(drawn.removed)};
}

/* Lay a redraw on the canvas, changing only what differs, in one batch. The canvas's
   `elements` prop keeps what the page opened with: handing each redraw to it makes
   dash-cytoscape re-render, diff every element and deep-compare the old list with the new,
   which at a few hundred actors costs more than the rest of an edit together. */
function patch(cy, drawn) {
    const changes = changesOf(cy, drawn), wanted = changes.wanted, gone = changes.gone;
    const keep = held(cy, drawn, function (id) {
        return !gone.has(id) && (wanted.has(id) || !cy.getElementById(id).empty());
    });
    cy.batch(function () {
        cy.remove(cy.elements().filter(function (ele) {
            const el = wanted.get(ele.id());
            return gone.has(ele.id()) || (el && ele.isEdge() &&
                (ele.data("source") !== el.data.source || ele.data("target") !== el.data.target));
        }));
        const added = [];
        wanted.forEach(function (el, id) {
            const place = el.position && (keep[id] || el.position);
            const ele = cy.getElementById(id);
            if (ele.empty()) {
                added.push(place ? {data: el.data, position: place} : el);
                return;
            }
            const data = ele.data();
            if (!sameData(data, el.data)) {
                Object.keys(data).forEach(function (key) {
                    if (!(key in el.data)) { ele.removeData(key); }
                });
                ele.data(el.data);
            }
            const now = place && ele.position();
            if (place && (now.x !== place.x || now.y !== place.y)) { ele.position(place); }
        });
        if (added.length > 0) { cy.add(added); }
    });
}

/* cytoscape-svg comes only in dash-cytoscape's "extra" bundle (see components/picture.py),
   so that bundle is loaded on the first SVG asked for: as a script, putting the page's own
   dash-cytoscape back at once, then mounted off-screen to reach its copy of cytoscape, whose
   svg() draws through the renderer of the cytoscape it is called on. It is lent to the
   canvas: the picture is the canvas as it is. */
let svgDrawing = null;
function loadSvg(url) {
    return new Promise(function (resolve, reject) {
        const own = {components: window.dash_cytoscape, cy: window.cy};
        const script = document.createElement("script");
        script.src = url;
        script.onerror = function () { reject(new Error("could not load " + url)); };
        script.onload = function () {  // runs right after the script, before any render
            const extra = window.dash_cytoscape;
            window.dash_cytoscape = own.components;
            const box = document.createElement("div");
            box.style.cssText = "position:absolute;left:-10000px;top:0;width:10px;height:10px";
            document.body.appendChild(box);
            const root = ReactDOM.createRoot(box);
            root.render(React.createElement(extra.Cytoscape, {
                id: "mapper-svg-probe", elements: [], setProps: function () {}
            }));
            (function look(frames) {
                const probe = canvasOf("mapper-svg-probe");
                if (!probe && frames < 300) {  // about five seconds
                    requestAnimationFrame(function () { look(frames + 1); });
                    return;
                }
                const svg = probe && probe.svg;
                root.unmount();
                box.remove();
                script.remove();
                window.cy = own.cy;  // dash-cytoscape points window.cy at the last one made
                if (typeof svg === "function") { resolve(svg); }
                else { reject(new Error(url + " gave no way to draw an SVG")); }
            })(0);
        };
        document.head.appendChild(script);
    });
}

function withSvg(cy, url) {
    if (typeof cy.svg === "function") { return Promise.resolve(); }
    if (!svgDrawing) {
        svgDrawing = loadSvg(url);
        svgDrawing.catch(function () { svgDrawing = null; });  // let a later click try again
    }
    return svgDrawing.then(function (svg) { cy.svg = svg; });
}

const LIVE_MS = 400, BEAT_EVERY = 5;  // as in mapper/app/presence.py
const live = {map: null, shown: null, asked: null, count: 0, busy: false, here: null};

/* This tab's own id, kept over a reload: presence counts tabs, not people. */
function tabId() {
    let tab = sessionStorage.getItem("mapper-tab");
    if (!tab) {
        tab = Date.now().toString(36) + Math.random().toString(36).slice(2, 10);
        sessionStorage.setItem("mapper-tab", tab);
    }
    return tab;
}

function leaveMap() {
    if (live.map !== null) { navigator.sendBeacon("/live/" + live.map + "/leave", tabId()); }
    live.map = null;
}

function askLive() {
    const box = document.getElementById("editor-presence");
    const map = box ? box.dataset.map : null;
    if (!map) { leaveMap(); return; }  // not on a map's editor
    if (map !== live.map) {  // opened another map, or left the editor
        leaveMap();
        Object.assign(live, {map: map, asked: null, count: 0, here: null});
        live.shown = Number(box.dataset.version);
    }
    if (live.busy) { return; }
    live.busy = true;
    const beat = live.count % BEAT_EVERY === 0;
    live.count += 1;
    const url = "/live/" + map + "?tab=" + encodeURIComponent(tabId()) + (beat ? "&beat=1" : "");
    fetch(url, {cache: "no-store", credentials: "same-origin"})
        .then(function (response) { return response.ok ? response.json() : null; })
        .then(function (answer) {
            if (!answer || live.map !== map) { return; }
            if (answer.here !== undefined && answer.here !== live.here) {
                live.here = answer.here;
                window.dash_clientside.set_props("editor-presence", {children: answer.here});
            }
            const version = answer.version, now = Date.now();
            const asked = live.asked && live.asked.version === version && now - live.asked.at < 3000;
            if (version !== null && version !== live.shown && !asked) {
                live.asked = {version: version, at: now};
                window.dash_clientside.set_props("editor-live", {data: live.asked});
            }
        })
        .catch(function () { /* offline for a moment: the next ask tries again */ })
        .finally(function () { live.busy = false; });
}
setInterval(askLive, LIVE_MS);

/* Every callback says which tab sent it: for someone who gave no name, the tab is whose
   edits Undo takes back (mapper.app.context.editor). */
(function () {
    const fetched = window.fetch.bind(window);
    window.fetch = function (resource, options) {
        if (typeof resource === "string" && resource.includes("_dash-update-component")) {
            const headers = new Headers((options && options.headers) || {});
            headers.set("X-Mapper-Tab", tabId());
            options = Object.assign({}, options, {headers: headers});
        }
        return fetched(resource, options);
    };
})();
window.addEventListener("pagehide", leaveMap);

window.dash_clientside = Object.assign({}, window.dash_clientside, {
    mapper: {
        /* The version the page shows now (its redraws and edits set it). */
        shown: function (version) {
            if (version != null) { live.shown = version; }
            return window.dash_clientside.no_update;
        },
        draw: function (drawn, canvasId, movedId) {
            const cy = canvasOf(canvasId);
            if (!drawn || drawn.version == null) {  // the page has just opened: nothing to draw
                (function attach(tries) {
                    const ready = canvasOf(canvasId);
                    if (ready) { bind(ready, movedId); }
                    else if (tries < 100) { setTimeout(function () { attach(tries + 1); }, 50); }
                })(0);
                return window.dash_clientside.no_update;
            }
            if (!cy) {  // no canvas to patch yet: hand dash-cytoscape the whole map, if sent
                return drawn.elements || window.dash_clientside.no_update;
            }
            patch(cy, drawn);
            return window.dash_clientside.no_update;
        },
        /* An open form follows what the server found newer (`followed`), if the same
           item is still selected and the form still started from the same values. */
        follow: function (followed, selection, base, actorValues, actorIds, linkValues,
                          linkIds) {
            const skip = window.dash_clientside.no_update;
            if (!followed || !selection || followed.type !== selection.type ||
                    followed.id !== selection.id ||
                    JSON.stringify(followed.base) !== JSON.stringify(base)) {
                return [skip, skip, skip];
            }
            function same(a, b) {
                const blank = function (v) {
                    return v === "" || v == null || (Array.isArray(v) && v.length === 0)
                        ? null : v;
                };
                return JSON.stringify(blank(a)) === JSON.stringify(blank(b));
            }
            const node = selection.type === "node";
            const values = node ? actorValues : linkValues;
            const fieldIds = node ? actorIds : linkIds;
            const kept = Object.assign({}, followed.stored);
            const shown = values.map(function (value, i) {
                const name = fieldIds[i].name;
                if (same(value, followed.now[name])) { return skip; }
                if (same(value, followed.opened[name])) { return followed.now[name]; }
                kept[name] = base[name] === undefined ? null : base[name];  // touched here
                return skip;
            });
            return node ? [shown, skip, kept] : [skip, shown, kept];
        },
        tagOptions: function (typed, items) {
            const options = (items || []).slice();
            const text = (typed || "").trim();
            if (text && !options.includes(text)) { options.unshift(text); }
            return options.map(function (item) { return {label: item, value: item}; });
        },
        rememberName: function (name) {
            const value = encodeURIComponent((name || "").trim());  // the server cuts it short
            document.cookie = "mapper_who=" + value + "; path=/; max-age=31536000; SameSite=Lax";
        },
        picture: function (request, canvasId) {
            const cy = canvasOf(canvasId);
            if (!cy || !request || !request.type) { return window.dash_clientside.no_update; }
            const image = Object.assign({}, request);
            delete image.script;
            if (request.type !== "svg") { return image; }
            return withSvg(cy, request.script).then(function () { return image; });
        },
        fit: function (clicks, canvasId) {
            const cy = canvasOf(canvasId);
            if (cy) { cy.resize(); fitClear(cy, 40); }
            return window.dash_clientside.no_update;
        }
    }
});

document.addEventListener("keydown", function (event) {
    const target = event.target;
    const typing = target && (target.isContentEditable ||
        ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName));
    function press(id) {
        const button = document.getElementById(id);
        if (button && !button.disabled) { button.click(); event.preventDefault(); }
    }
    const key = event.key.toLowerCase();
    if (event.key === "Escape") {
        const dialog = document.getElementById("editor-link-modal");
        if (dialog && dialog.classList.contains("show")) {
            press("editor-link-cancel");
        } else {
            const banner = document.getElementById("editor-link-banner");
            if (banner && banner.style.display !== "none") { press("editor-link-button"); }
        }
        return;
    }
    if (typing || !(event.ctrlKey || event.metaKey)) { return; }
    if (key === "z" && !event.shiftKey) { press("editor-undo"); }
    else if (key === "y" || (key === "z" && event.shiftKey)) { press("editor-redo"); }
});
