"""Doctest collection: page modules register themselves with Dash when imported, which
only works while an app is being created, so they are left to the browser tests."""

collect_ignore = ["pages"]
