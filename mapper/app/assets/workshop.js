/* Workshop mode: what the browser does itself.
 *
 * 1. Keyboard: Alt+Right or Page Down for the next step, Alt+Left or Page Up for the one
 *    before (they press the page's own Next and Back buttons), Alt+T restarts the timer.
 * 2. The timer of each step counts down from its minutes, and on past them ("+1:20 over").
 * 3. After a move, the focus goes to the new step's name field (who is involved) or to its
 *    question, so a keyboard user and a screen reader start at the top of the screen.
 * 4. Print the pack: print its preview frame, so the browser's dialog offers "Save as PDF".
 * 5. Enter in a link's From moves on to its To (where Enter adds the link).
 */
(function () {
    const NEXT = "workshop-next";
    const BACK = "workshop-back";
    const NEXT_FIELD = { "ws-source": "ws-target" };  // Enter in one field moves to the other
    let clock = { element: null, start: 0 };

    function press(id, event) {
        const button = document.getElementById(id);
        if (button && !button.disabled) {
            event.preventDefault();
            button.click();
        }
    }

    document.addEventListener("keydown", function (event) {
        if (!document.querySelector(".workshop")) {
            return;
        }
        if ((event.altKey && event.key === "ArrowRight") || event.key === "PageDown") {
            press(NEXT, event);
        } else if ((event.altKey && event.key === "ArrowLeft") || event.key === "PageUp") {
            press(BACK, event);
        } else if (event.altKey && event.code === "KeyT") {
            event.preventDefault();
            clock.start = Date.now();
        }
    });

    function tick() {
        const timer = document.querySelector(".workshop .ws-timer");
        if (!timer) {
            return;
        }
        if (timer !== clock.element) {  // a new screen: its step starts now
            clock = { element: timer, start: Date.now() };
        }
        const left = Number(timer.dataset.minutes) * 60 - Math.floor((Date.now() - clock.start) / 1000);
        const over = left < 0;
        const seconds = Math.abs(left);
        const shown = Math.floor(seconds / 60) + ":" + String(seconds % 60).padStart(2, "0");
        timer.textContent = over ? "+" + shown + " over" : shown + " left";
        timer.classList.toggle("is-over", over);
    }
    setInterval(tick, 500);

    /* On the key's release, not its press: a text box counts Enter as a submit when the key
       comes up, so moving on at the press made To submit the link half typed (or twice). */
    function onward(event) {
        const next = event.target && NEXT_FIELD[event.target.id];
        return event.key === "Enter" && !event.altKey && next;
    }
    document.addEventListener("keydown", function (event) {
        if (onward(event)) {
            event.preventDefault();
        }
    });
    document.addEventListener("keyup", function (event) {
        const next = onward(event);
        if (next) {
            document.getElementById(next).focus();
        }
    });

    /* The workshop's grid as wide as its box and as high as the screen allows above the
       step buttons (with the page at its top), within the page's limits: when the room
       it has changes, the page asks for it drawn again, names cut to fit. One grid is
       watched at a time (the step's screen is drawn afresh each time). */
    let grid = null;
    let settled = null;
    function measureGrid() {
        clearTimeout(settled);
        settled = setTimeout(function () {
            const graph = grid && grid.graph;
            const layout = graph && graph.layout;  // none once the step is left
            if (!graph || !graph.isConnected || !layout || !layout.meta) {
                return;
            }
            const margin = layout.margin;
            const width = Math.round(graph.getBoundingClientRect().width - margin.l - margin.r);
            const nav = document.querySelector(".ws-nav");
            const top = graph.getBoundingClientRect().top + window.scrollY;
            const room = window.innerHeight - top - (nav ? nav.offsetHeight : 0) - 12;
            const height = Math.round(
                Math.max(grid.limits.least, Math.min(grid.limits.full, room))
                - margin.t - margin.b
            );
            if (Math.abs(width - layout.meta.width) > 24
                    || Math.abs(height - layout.meta.height) > 12) {
                window.dash_clientside.set_props(
                    "ws-grid-room", {data: {width: width, height: height}}
                );
            }
        }, 250);
    }
    window.addEventListener("resize", measureGrid);

    window.dash_clientside = Object.assign({}, window.dash_clientside, {
        workshop: {
            watchGrid: function (_relayout, limits) {
                const graph = document.querySelector("#ws-grid .js-plotly-plot");
                if (graph && (!grid || grid.graph !== graph)) {
                    grid = {graph: graph, limits: limits};
                    new ResizeObserver(measureGrid).observe(graph);
                }
                return window.dash_clientside.no_update;
            },
            focusQuestion: function (index) {
                let tries = 0;
                function focusWhenDrawn() {  // the step's screen may be drawn after the step
                    const question = document.getElementById("ws-question");
                    if (!question || question.dataset.index !== String(index)) {
                        if (tries++ < 100) {
                            setTimeout(focusWhenDrawn, 20);
                        }
                        return;
                    }
                    (document.getElementById("ws-name") || question).focus();
                }
                focusWhenDrawn();
                return window.dash_clientside.no_update;
            },
            printPack: function (clicks, frameId) {
                const frame = document.getElementById(frameId);
                if (clicks && frame && frame.contentWindow) {
                    frame.contentWindow.focus();
                    frame.contentWindow.print();
                }
                return "Print the workshop pack, or save it as PDF";
            },
        },
    });
})();
