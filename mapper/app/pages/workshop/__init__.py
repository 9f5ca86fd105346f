"""Workshop mode: a kickoff run step by step on the projector, one question to the room
per screen, in big type, with a timer, next and back, and shortcuts shown on screen.

The steps and every edit they make live in :mod:`mapper.app.workshop` (no Dash); each
callback here reads its inputs, calls one of its functions and formats the result.

The package: ``page`` (the address, the layout and moving between steps), ``entries``
(the Compass's questions, the purpose, who is involved and the links), ``grid`` (power
and interest, names dragged into place), ``actions`` (findings and agreed actions),
``pack`` (the printable page) and ``shared`` (ids and helpers).
"""
