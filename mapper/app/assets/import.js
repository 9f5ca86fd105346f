/* The home page's import: say at once that a file is being read (the server's preview
   replaces this), with its size, so a big workbook never looks as if nothing happened;
   or, for a file over the upload limit (home.py's .upload-limit), that it cannot be. */
window.dash_clientside = Object.assign({}, window.dash_clientside, {
    importer: {
        reading: function (contents, names) {
            if (!contents) { return window.dash_clientside.no_update; }
            const bytes = contents.reduce(function (sum, c) {
                return sum + (c.length - c.indexOf(",") - 1) * 3 / 4;  // base64 to bytes
            }, 0);
            const size = bytes >= 1e6 ? (bytes / 1e6).toFixed(1) + " MB"
                : Math.ceil(bytes / 1e3) + " KB";
            const limit = document.querySelector(".upload-limit");
            if (limit && bytes > Number(limit.dataset.bytes)) {  // the server refuses it unread
                return {
                    namespace: "dash_html_components", type: "Div",
                    props: {
                        className: "alert alert-danger import-too-big", role: "alert",
                        children: "Could not import " + names.join(", ") + " (" + size +
                            "): files up to " + Number(limit.dataset.bytes) / 1e6 +
                            " MB can be imported. Nothing was saved.",
                    },
                };
            }
            const spinner = {
                namespace: "dash_html_components", type: "Span",
                props: {className: "spinner-border spinner-border-sm me-2", "aria-hidden": "true"},
            };
            return {
                namespace: "dash_html_components", type: "Div",
                props: {
                    className: "import-reading",
                    children: [spinner, "Reading " + names.join(", ") + " (" + size + ")…"],
                },
            };
        },
    },
});
