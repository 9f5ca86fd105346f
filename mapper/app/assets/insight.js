/* Partnership Mapper: the insight views' few browser-side actions.
 * printFrame: print the meeting brief's preview frame (the page that prints), so the
 * browser's own dialog offers "Save as PDF".
 * healthDue: pass the map's version on to the health check when its tab opens, and each
 *   time the version moves on while it is open.
 */
window.dash_clientside = Object.assign({}, window.dash_clientside, {
    insight: {
        printFrame: function (clicks, frameId) {
            const frame = document.getElementById(frameId);
            if (clicks && frame && frame.contentWindow) {
                frame.contentWindow.focus();
                frame.contentWindow.print();
            }
            return "Print the brief, or save it as PDF";
        },
        healthDue: function (tab, version) {
            return tab === "health" ? version : window.dash_clientside.no_update;
        },
    },
});
