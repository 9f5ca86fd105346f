"""Every component id of the app, in one place, so pages and tests never disagree.

Ids are prefixed by page (``home-``, ``editor-``) because Dash needs them unique across
the whole multi-page app. Widgets repeated per field or per map use dict ids built by the
functions at the bottom, matched with ``ALL``/``MATCH`` in one callback each.
"""

from __future__ import annotations

import json
from typing import Any

# ----- shell (every page) ----------------------------------------------------------------
URL = "app-url"
NAVBAR = "app-navbar"
WHO_NAME = "app-who"

# ----- sharing a map (the Share dialog beside a map's title) ------------------------------
SHARE_OPEN = "share-open"
SHARE_MODAL = "share-modal"
SHARE_CLOSE = "share-close"
SHARE_MAP = "share-map"
SHARE_NEW_VIEW = "share-new-view"
SHARE_NEW_EDIT = "share-new-edit"
SHARE_NEW = "share-new"
SHARE_LIST = "share-list"


def share_revoke(link_id: Any) -> dict[str, Any]:
    """The Revoke button of one share link (its id, or ``ALL``) in the Share dialog."""
    return {"type": "share-revoke", "link": link_id}


# ----- home page -------------------------------------------------------------------------
HOME_TABLE = "home-maps"
HOME_REFRESH = "home-refresh"
HOME_FEEDBACK = "home-feedback"
HOME_NEW = "home-new"
HOME_NEW_MODAL = "home-new-modal"
HOME_NEW_NAME = "home-new-name"
HOME_NEW_PURPOSE = "home-new-purpose"
HOME_NEW_START = "home-new-start"
HOME_NEW_CREATE = "home-new-create"
HOME_NEW_CANCEL = "home-new-cancel"
HOME_UPLOAD = "home-upload"
HOME_DOWNLOAD = "home-download"
HOME_TARGET = "home-target"
HOME_RENAME_MODAL = "home-rename-modal"
HOME_RENAME_NAME = "home-rename-name"
HOME_RENAME_SAVE = "home-rename-save"
HOME_RENAME_CANCEL = "home-rename-cancel"
HOME_DELETE_MODAL = "home-delete-modal"
HOME_DELETE_TEXT = "home-delete-text"
HOME_DELETE_CONFIRM = "home-delete-confirm"
HOME_DELETE_CANCEL = "home-delete-cancel"

# ----- editor page -----------------------------------------------------------------------
CANVAS = "editor-canvas"
MAP_ID = "editor-map-id"
VERSION = "editor-version"
EDITED = "editor-edited"
LIVE = "editor-live"  # set by the page script when the map's version moved
PRESENCE = "editor-presence"
MOVED = "editor-moved"
DRAWN = "editor-drawn"  # the elements as the server drew them, before the canvas
HIGHLIGHT = "editor-highlight"
SELECTION = "editor-selection"
LINK_STATE = "editor-link-state"
TITLE = "editor-title"
STATUS = "editor-status"
UNDO = "editor-undo"
REDO = "editor-redo"
ADD_BUTTON = "editor-add-button"
LINK_BUTTON = "editor-link-button"
LINK_BANNER = "editor-link-banner"
LAYOUT_CHOICE = "editor-layout"
FIT = "editor-fit"
SEARCH = "editor-search"
SHOW_NODE_KINDS = "editor-show-node-kinds"
SHOW_INSIDE = "editor-show-inside"  # people drawn inside their organisation
GESTURE = "editor-gesture"  # an edit made on the canvas itself (assets/mapper_habits.js)
SHOW_EDGE_KINDS = "editor-show-edge-kinds"
TABS = "editor-tabs"
DETAILS = "editor-details"
ADD_FORM = "editor-add-form"
ADD_MORE = "editor-add-more"
ADD_MORE_BODY = "editor-add-more-body"
ADD_SAVE = "editor-add-save"
ADD_FEEDBACK = "editor-add-feedback"
META_BODY = "editor-meta-body"
KEY_LEGEND = "editor-key-legend"
META_FEEDBACK = "editor-meta-feedback"
DELETE_SELECTED = "editor-delete-selected"
DETAILS_FEEDBACK = "editor-details-feedback"
DELETE_MODAL = "editor-delete-modal"
DELETE_TEXT = "editor-delete-text"
DELETE_CONFIRM = "editor-delete-confirm"
DELETE_CANCEL = "editor-delete-cancel"
LINK_MODAL = "editor-link-modal"
LINK_MODAL_TITLE = "editor-link-modal-title"
LINK_FORM = "editor-link-form"
LINK_CREATE = "editor-link-create"
LINK_SWAP = "editor-link-swap"
LINK_CANCEL = "editor-link-cancel"
LINK_CLOSE = "editor-link-close"
LINK_FEEDBACK = "editor-link-feedback"
CONFIRM_MODAL = "editor-confirm-modal"  # "are you sure?" before a second lead partner...
CONFIRM_TEXT = "editor-confirm-text"
CONFIRM_YES = "editor-confirm-yes"
CONFIRM_NO = "editor-confirm-no"
CONFIRM_FOR = "editor-confirm-for"  # which edit the question is about: "add" or "save"
FORM_BASE = "editor-form-base"  # the stored values the selected item's form opened with
META_BASE = "editor-meta-base"  # the same for the map details form
CONFLICTS = "editor-conflicts"  # field -> the other person's value, while one is shown
META_CONFLICTS = "editor-meta-conflicts"  # the same for the map details form
FOLLOW = "editor-follow"  # the map version an open form should catch up with
FOLLOWED = "editor-followed"  # what the selected item's fields hold at that version
WORKS_FOR_DUE = "editor-works-for-due"  # the version the add form's "Works for" should show

# Forms whose inputs are generated from the model's field tables.
FORM_NEW_ACTOR = "new-actor"
FORM_ACTOR = "actor"
FORM_LINK = "link"
FORM_NEW_LINK = "new-link"
FORM_MAP = "map"


def field(form: str, name: str) -> dict[str, str]:
    """The id of one generated input: ``form`` says which form, ``name`` the model field."""
    return {"type": "field", "form": form, "name": name}


def save_selected(pick: str) -> dict[str, str]:
    """A button saving the selected item's form: ``pick`` is "form" (Save changes), or
    "mine" or "theirs" settling a conflict. Dict ids, so the one callback that saves can
    listen to them while they are not on the page (nothing selected)."""
    return {"type": "save-selected", "pick": pick}


def save_meta(pick: str) -> dict[str, str]:
    """A button saving the map details form: "form" (Save map details), or "mine" or
    "theirs" settling a conflict, as :func:`save_selected`."""
    return {"type": "save-meta", "pick": pick}


def health_fold(group: str) -> dict[str, str]:
    """A fold of the health check whose cards are drawn when it is first opened: "first"
    (the rest of what needs attention first), or "<principle>/<group>"."""
    return {"type": "health-fold", "group": group}


def field_row(form: str, name: str) -> dict[str, str]:
    """The wrapper around a generated input (label, input, help), shown or hidden by kind."""
    return {"type": "field-row", "form": form, "name": name}


def map_action(action: str, map_id: int) -> dict[str, str | int]:
    """A per-map button on the home page: open, rename, export-json, export-csv, delete."""
    return {"type": "map-action", "action": action, "map": map_id}


def dom_id(component_id: str | dict) -> str:
    """The id Dash writes into the page for ``component_id``, e.g. for a label's ``for``.

    Dash serialises dict ids as JSON with sorted keys and no spaces.

    >>> dom_id({"name": "label", "form": "actor", "type": "field"})
    '{"form":"actor","name":"label","type":"field"}'
    """
    if isinstance(component_id, str):
        return component_id
    return json.dumps(component_id, sort_keys=True, separators=(",", ":"))


# ----- insight views ---------------------------------------------------------------------
# Health check: a tab of the editor's side panel.
HEALTH_TAB = "health"  # also named in assets/insight.js (healthDue)
HEALTH_INTRO = "health-intro"
HEALTH_BODY = "health-principles"
HEALTH_DATA = "health-data"
HEALTH_DUE = "health-due"
HEALTH_CLEAR = "health-clear"
HEALTH_REVIEWED = "health-reviewed"
HEALTH_OPEN = "health-open"  # the folds whose cards are drawn (see health_fold)
# Power-interest grid page.
GRID_MAP_ID = "grid-map-id"
GRID_FIGURE = "grid-figure"
GRID_ACTOR = "grid-actor"
GRID_POWER = "grid-power"
GRID_INTEREST = "grid-interest"
GRID_DETAILS = "grid-details"
GRID_FEEDBACK = "grid-feedback"
# Accountability review page.
ACCOUNT_TARGETS = "account-targets"
ACCOUNT_CANVAS = "account-canvas"
ACCOUNT_CLEAR = "account-clear"
# Meeting brief page.
BRIEF_MAP_ID = "brief-map-id"
BRIEF_SNAPSHOT = "brief-snapshot"  # the snapshot printing the brief took
BRIEF_ATTENDEES = "brief-attendees"
BRIEF_DATE = "brief-date"
BRIEF_PREVIEW = "brief-preview"
BRIEF_SUMMARY = "brief-summary"
BRIEF_MARKDOWN = "brief-markdown"
BRIEF_HTML = "brief-html"
BRIEF_PRINT = "brief-print"
BRIEF_DOWNLOAD = "brief-download"
# Principles and checklists page.
PRINCIPLES_MAP_ID = "principles-map-id"
PRINCIPLES_PROGRESS = "principles-progress"
# Skills and resources matrix page.
SKILLS_MAP_ID = "skills-map-id"
SKILLS_TABLES = "skills-tables"
SKILLS_FEEDBACK = "skills-feedback"
SKILLS_ADD_ACTOR = "skills-add-actor"
SKILLS_ADD_FIELD = "skills-add-field"
SKILLS_ADD_TEXT = "skills-add-text"
SKILLS_ADD = "skills-add"


def finding(part: str, key: str, principle: str = "") -> dict[str, str]:
    """A piece of one finding's card in the health check: ``part`` is title, box, status,
    note or save. A finding shows under each of its principles, hence ``principle``."""
    return {"type": f"finding-{part}", "key": key, "principle": principle}


def tick(item_id: str, part: str = "box") -> dict[str, str]:
    """A checklist item's checkbox (``box``) or the line saying who ticked it (``by``)."""
    return {"type": f"tick-{part}", "item": item_id}


def matrix_cell(matrix: str, node: str, item: str) -> dict[str, str]:
    """One cell of the skills or resources matrix: actor ``node`` and skill/resource ``item``."""
    return {"type": "matrix-cell", "matrix": matrix, "node": node, "item": item}


# ----- insight views, added later --------------------------------------------------------
def grid_pick(node: str) -> dict[str, str]:
    """A name in a list beside the power-interest grid: clicking it selects that actor."""
    return {"type": "grid-pick", "node": node}


GRID_QUADRANTS = "grid-quadrants"
ACCOUNT_HELP = "account-help"


# ----- partners' survey (pages/survey.py) -------------------------------------------------
SURVEY_MAP = "survey-map"
SURVEY_VERSION = "survey-version"  # {"n": bumped on every change, "round": one to show}
SURVEY_NAME = "survey-name"
SURVEY_CLOSES = "survey-closes"
SURVEY_WHO = "survey-who"
SURVEY_START = "survey-start"
SURVEY_LINKS = "survey-links"
SURVEY_ROUND = "survey-round"
SURVEY_MESSAGE = "survey-message"
SURVEY_BODY = "survey-body"
SURVEY_EXPORT = "survey-export"
SURVEY_DOWNLOAD = "survey-download"
SURVEY_DELETE = "survey-delete"
SURVEY_CONFIRM_DELETE = "survey-confirm-delete"
SURVEY_UPLOAD = "survey-upload"
SURVEY_SHOW_NAMES = "survey-show-names"  # the round's choice: who said what on share links


def survey_action(act: Any, key: Any) -> dict[str, Any]:
    """A button acting on one thing of a round: ``accept`` or ``aside`` a proposed link
    (its key), a new ``link`` for an actor, or ``revoke`` a respondent's link."""
    return {"type": "survey-action", "act": act, "key": key}


# ----- review rounds (snapshots, what changed, documents) --------------------------------
REVIEW_MAP_ID = "review-map-id"
REVIEW_VERSION = "review-version"
REVIEW_DUE = "review-due"
REVIEW_MONTHS = "review-months"
REVIEW_SNAP_NAME = "review-snap-name"
REVIEW_SNAP_TAKE = "review-snap-take"
REVIEW_MESSAGE = "review-message"
REVIEW_FROM = "review-from"
REVIEW_DATE = "review-date"
REVIEW_TO = "review-to"
REVIEW_CANVAS = "review-canvas"
REVIEW_SUMMARY = "review-summary"
REVIEW_PRINT = "review-print"
REVIEW_MARKDOWN = "review-markdown"
REVIEW_RESTORE = "review-restore"
REVIEW_ITEMS = "review-items"
REVIEW_NOTE = "review-note"
REVIEW_DONE = "review-done"
REVIEW_PAST = "review-past"
REVIEW_SURVEY_SLOT = "review-survey-slot"  # the latest survey round, in brief
REVIEW_TABS = "review-tabs"
REVIEW_ACTIONS = "review-actions"
REVIEW_FROM_FINDING = "review-from-finding"
REVIEW_NEW_TITLE = "review-new-title"
REVIEW_NEW_OWNER = "review-new-owner"
REVIEW_NEW_DUE = "review-new-due"
REVIEW_ADD_ACTION = "review-add-action"
REVIEW_DOWNLOAD = "review-download"


def review_action(part: Any, key: Any) -> dict[str, Any]:
    """A field (title, owner, due, status, contingency) of one action in the review
    page's action plan."""
    return {"type": "review-action", "part": part, "key": key}


def review_button(part: Any, key: Any) -> dict[str, Any]:
    """The Save or Delete button of one action in the review page's action plan."""
    return {"type": "review-action-button", "part": part, "key": key}


def review_note(key: Any) -> dict[str, Any]:
    """The notes box of one section of a drafted document ("comms:<actor>", ...)."""
    return {"type": "review-note", "key": key}


def review_notes_save(doc: Any) -> dict[str, Any]:
    return {"type": "review-notes-save", "doc": doc}


def review_download(doc: Any, fmt: Any) -> dict[str, Any]:
    return {"type": "review-download", "doc": doc, "format": fmt}


# ----- reading from the back of the room, and the keyboard -------------------------------
TEXT_SIZE = "app-text-size"  # a local Store: the text size chosen on this computer
TEXT_SIZE_PICK = "editor-text-size"
ZOOM_IN = "editor-zoom-in"
ZOOM_OUT = "editor-zoom-out"
PRESENT = "editor-present"
SHORTCUTS_MODAL = "editor-shortcuts-modal"
SHORTCUTS_OPEN = "editor-shortcuts-open"
SHORTCUTS_CLOSE = "editor-shortcuts-close"
LINK_PICKERS = "editor-link-pickers"
LINK_FROM = "editor-link-from"
LINK_TO = "editor-link-to"
LINK_PICKED = "editor-link-picked"
LINK_PICK_FEEDBACK = "editor-link-pick-feedback"
