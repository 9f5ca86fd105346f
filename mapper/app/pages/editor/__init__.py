"""The editor of one map: the canvas, the toolbar and the side panel.

Every edit goes to the store at once (there is no save button to forget) through the
edit session (``mapper/app/session.py``), and its response redraws the canvas from the
store: one request per edit. The page script asks a small route for the map's version a few
times a second and redraws when someone else changed it, so two laptops see each other's
work within a second; the same route shows who else has the map open (``mapper.app.presence``).

A redraw goes to ``ids.DRAWN``, not straight to the canvas: the canvas script
(``assets/mapper.js``) lays it on the canvas keeping every actor the user is dragging, or
has dropped and whose new place is not saved yet, where the user put it. So a redraw that
arrives mid-drag (someone else's edit, an add still on its way) never snaps an actor back.

The side panel is a set of tabs (``side_tabs``); insight views that sit beside the map (the
health check) add a tab there. A view may highlight actors and links by setting
``ids.HIGHLIGHT`` to ``{"nodes": [...], "edges": [...]}``: the rest is dimmed.

The package: ``page`` (the address and the layout), ``canvas`` (redrawing, the
stylesheet, undo, arranging, dragging), ``side_panel`` (the tabs and their forms),
``link_dialog`` (drawing links) and ``shared`` (helpers).
"""
