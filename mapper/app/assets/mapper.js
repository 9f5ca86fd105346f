/* Partnership Mapper: the little the browser must do itself.
 *
 * 1. Report dragged positions. dash-cytoscape does not reliably send moved positions back
 *    (plotly/dash-cytoscape#57, #192), so we listen to cytoscape's own `dragfree` event and
 *    put the moved actors' positions in a dcc.Store; a server callback saves them.
 * 2. Keyboard shortcuts: Ctrl+Z undo, Ctrl+Y / Ctrl+Shift+Z redo, Esc stops drawing links.
 */
/* After a redraw, bring actors that landed outside the view (a new one, or the first ones
   on an empty map) into it, without zooming in further than a comfortable reading size. */
function reveal(canvasId) {
    const box = document.getElementById(canvasId);
    const cy = box && box._cyreg && box._cyreg.cy;
    if (!cy || cy.nodes().length === 0) { return; }
    cy.resize();
    const view = cy.extent();
    const outside = cy.nodes().filter(function (node) {
        const p = node.position();
        return p.x < view.x1 || p.x > view.x2 || p.y < view.y1 || p.y > view.y2;
    });
    if (outside.length === 0) { return; }
    cy.fit(cy.nodes(), 80);
    if (cy.zoom() > 1.2) { cy.zoom(1.2); cy.center(cy.nodes()); }
}

window.dash_clientside = Object.assign({}, window.dash_clientside, {
    mapper: {
        bindCanvas: function (elements, canvasId, movedId) {
            function attach(tries) {
                const box = document.getElementById(canvasId);
                const cy = box && box._cyreg && box._cyreg.cy;
                if (!cy) {
                    if (tries < 100) { setTimeout(function () { attach(tries + 1); }, 50); }
                    return;
                }
                if (cy.scratch("_mapperBound")) { return; }
                cy.scratch("_mapperBound", true);
                let moved = {};
                let timer = null;
                cy.on("dragfree", "node", function (event) {
                    const node = event.target;
                    const p = node.position();
                    moved[node.id()] = [Math.round(p.x * 10) / 10, Math.round(p.y * 10) / 10];
                    clearTimeout(timer);
                    timer = setTimeout(function () {
                        const positions = moved;
                        moved = {};
                        window.dash_clientside.set_props(movedId, {
                            data: {positions: positions, at: Date.now()}
                        });
                    }, 120);
                });
            }
            attach(0);
            setTimeout(function () { reveal(canvasId); }, 0);
            return window.dash_clientside.no_update;
        },
        fit: function (clicks, canvasId) {
            const box = document.getElementById(canvasId);
            const cy = box && box._cyreg && box._cyreg.cy;
            if (cy) { cy.resize(); cy.animate({fit: {padding: 40}, duration: 300}); }
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
