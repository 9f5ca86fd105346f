"""The respondent's form: what a personal survey link (``/answer/<token>``) opens.

A plain, mobile-first HTML page (no Dash: it loads nothing of the app, so a link opens
this one form and nothing else, with or without the instance's password). Each answer is
saved as it is given, by a small script; without the script the button at the foot saves
everything at once. The questions come from :mod:`mapper.graph.survey`, the Compass's
action checklists and its readiness checklist.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

import flask

from mapper.app.context import STORE_KEY
from mapper.content import load_content
from mapper.graph.rules import MapView, counted, day_words
from mapper.graph.survey import ANSWERS, CHECKS, QUESTIONS, RESOURCE_QUESTIONS
from mapper.store import MapNotFound, NotAllowed
from mapper.store.survey import Form, open_form, save_answer

__all__ = [
    "CHECK_WORDS",
    "MAIN_QUESTIONS",
    "PATH",
    "QUESTION_WORDS",
    "form_context",
    "save_fields",
    "serve_survey_forms",
]

PATH = "/answer/"
MAX_ADDED = 10  # actors a respondent may add to the form at once

# What each question asks, and the words of its choices, in the order offered.
QUESTION_WORDS: dict[str, tuple[str, dict[str, str]]] = {
    "talks": (
        "How often do you talk?",
        {
            "never": "Never",
            "yearly": "Once a year",
            "quarterly": "Every quarter",
            "monthly": "Every month",
            "weekly": "Every week",
            "daily": "Every day",
        },
    ),
    "answers_to": (
        "Who answers to whom?",
        {
            "yes": "We answer to them",
            "they": "They answer to us",
            "both": "Both ways",
            "neither": "Neither",
            "don't know": "Don't know",
        },
    ),
    "funds": (
        "Does money pass between you?",
        {
            "yes": "We fund them",
            "they": "They fund us",
            "both": "Both ways",
            "neither": "Neither",
            "don't know": "Don't know",
        },
    ),
    "trust": (
        "How much do you trust them? (1: not at all, 5: completely)",
        {value: value for value in ANSWERS["trust"]},
    ),
    "power": (
        "How much power do they have over the partnership? (1: little, 5: a lot)",
        {value: value for value in ANSWERS["power"]},
    ),
}
# Each card asks these first; resources other than money follow, folded, to answer if any.
MAIN_QUESTIONS = tuple(QUESTION_WORDS)
GIVES = {
    "yes": "We give",
    "they": "They give",
    "both": "Both ways",
    "neither": "Neither",
    "don't know": "Don't know",
}
RESOURCE_WORDS = {
    "staff": "Staff time",
    "premises": "Premises, rooms or venues",
    "knowledge": "Expertise, advice or training",
    "data": "Information, records or research",
    "volunteers": "Volunteers' time",
    "in-kind": "Equipment or other practical help",
}
QUESTION_WORDS |= {question: (words, GIVES) for question, words in RESOURCE_WORDS.items()}
CHECK_WORDS = {"yes": "Yes", "partly": "Partly", "no": "No", "don't know": "Don't know"}
assert set(QUESTION_WORDS) == set(QUESTIONS) and set(CHECK_WORDS) == set(CHECKS)
assert set(RESOURCE_WORDS) == set(RESOURCE_QUESTIONS) - {"funds"}


@dataclass(frozen=True, kw_only=True)
class Card:
    """One actor the respondent answers about."""

    about: str
    label: str
    answered: int  # of the main questions
    more: bool  # whether any resource other than money was answered (its fold opens)


def form_context(
    store: Any, form: Form, today: dt.date, added: list[str] | None = None
) -> dict[str, Any]:
    """Everything the form page shows: the actors to answer about (those linked to the
    respondent on the map, those already answered about, and those added), the others
    on the map to add, and the checklist statements by principle."""
    try:
        pmap = store.load_map(form.round.map_id)
    except MapNotFound:
        pmap = None
    view = MapView(pmap) if pmap is not None else None
    me = form.respondent.actor
    label = view.label if view is not None else str
    parties = [] if view is None else [p for p in view.parties if view.owner.get(me) != p]
    linked = set()
    if view is not None and me in view.graph:
        party = view.owner[me]
        linked = set(view.linked.neighbors(party)) if party in view.linked else set()
    given = [about for about, _ in form.answers if about]
    chosen = list(dict.fromkeys([*(p for p in parties if p in linked), *given, *(added or [])]))
    chosen = [about for about in chosen if about != me][: len(parties) + MAX_ADDED]
    cards = [
        Card(
            about=about,
            label=label(about) if view is not None and about in view.graph else about,
            answered=sum(1 for a, q in form.answers if a == about and q in MAIN_QUESTIONS),
            more=any(a == about and q in RESOURCE_WORDS for a, q in form.answers),
        )
        for about in chosen
    ]
    content = load_content()
    return {
        "form": form,
        "me": label(me) if view is not None and me in view.graph else me,
        "map_name": pmap.name if pmap is not None else "",
        "closes": day_words(form.round.closes.isoformat()),
        "open": form.open_on(today),
        "revoked": form.respondent.revoked,
        "cards": cards,
        "others": [(p, label(p)) for p in parties if p not in chosen],
        "questions": {q: QUESTION_WORDS[q] for q in MAIN_QUESTIONS},
        "resources": {q: QUESTION_WORDS[q] for q in RESOURCE_WORDS},
        "checks": CHECK_WORDS,
        "principles": [(p.title, p.actions) for p in content.principles],
        "readiness": content.readiness,
        "names_shown": form.round.show_names,
        "answers": form.answers,
        "given": counted(len(form.answers), "answer"),
        "added": added or [],
    }


def save_fields(store: Any, token: str, fields: Any, today: dt.date) -> int:
    """Save the answers in a posted form (``a:<question>@<about>`` -> answer, with an
    optional ``c:<question>@<about>`` comment); returns how many were saved. Raises
    :class:`NotAllowed` (closed, revoked) or ``ValueError`` (an answer not allowed)."""
    saved = 0
    for name in fields:
        if not name.startswith("a:") or "@" not in name:
            continue
        question, _, about = name[2:].partition("@")
        comment = fields.get(f"c:{question}@{about}", "")
        save_answer(store, token, about, question, fields[name], comment, today=today)
        saved += 1
    return saved


def serve_survey_forms(server: flask.Flask) -> None:
    """Add ``/answer/<token>``: the form (GET) and saving answers (POST)."""
    server.add_url_rule(f"{PATH}<token>", "answer", _answer, methods=["GET", "POST"])


def _answer(token: str) -> flask.Response:
    store = flask.current_app.config[STORE_KEY]
    request = flask.request
    wants_json = "application/json" in request.headers.get("Accept", "")
    form = open_form(store, token)
    today = dt.date.today()
    if form is None:
        return _reply(404, "This link does not open a survey", wants_json, gone=True)
    if request.method == "POST":
        try:
            saved = save_fields(store, token, request.form, today)
        except NotAllowed as refused:
            return _reply(403, str(refused), wants_json)
        except ValueError as problem:
            return _reply(400, str(problem), wants_json)
        if wants_json:
            return flask.jsonify({"saved": saved})
        return flask.redirect(f"{PATH}{token}?saved={saved}", 303)
    added = [name.strip()[:120] for name in request.args.getlist("with") if name.strip()]
    context = form_context(store, form, today, added[:MAX_ADDED])
    body = flask.render_template_string(
        PAGE, saved=request.args.get("saved"), token=token, **context
    )
    response = flask.make_response(body, 200)
    response.headers["Cache-Control"] = "no-store"
    return response


def _reply(status: int, message: str, wants_json: bool, gone: bool = False) -> flask.Response:
    if wants_json:
        response = flask.jsonify({"error": message})
    else:
        lines = (
            "It may have been replaced by a newer link, or the survey deleted. Ask whoever "
            "sent it for a new one."
            if gone
            else "Go back to the form and try again."
        )
        response = flask.make_response(
            flask.render_template_string(GONE, title=message, line=lines), status
        )
    response.status_code = status
    response.headers["Cache-Control"] = "no-store"
    return response


GONE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ title }} · Partnership Mapper</title>
<link rel="stylesheet" href="/assets/bootstrap.min.css"><link rel="icon" href="data:,">
<style>.text-secondary { color: #4a5361 !important; }</style>
</head><body class="bg-light"><main class="container py-5" style="max-width: 36rem">
<p class="text-secondary">◆ Partnership Mapper</p><h1 class="h4">{{ title }}</h1>
<p>{{ line }}</p></main></body></html>
"""

PAGE = """<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ form.round.name }} · Partnership Mapper</title>
<link rel="stylesheet" href="/assets/bootstrap.min.css">
<link rel="icon" href="data:,">
<style>
body { background: #f4f6f8; font-size: 1.05rem; }
.text-secondary { color: #4a5361 !important; }  /* 7:1 on the grey; Bootstrap's is 4.3:1 */
main.survey { max-width: 40rem; margin: 0 auto; padding: 1rem 0.75rem 6rem; }
.survey-card { background: #fff; border: 1px solid #dde2e6; border-radius: 0.75rem;
  padding: 1rem; margin-bottom: 1rem; }
.survey-card > summary { font-weight: 600; font-size: 1.15rem; cursor: pointer;
  min-height: 44px; display: flex; align-items: center; justify-content: space-between;
  gap: 0.5rem; list-style: none; }
.survey-card > summary::-webkit-details-marker { display: none; }
.survey-card > summary::after { content: "▾"; color: #4a5361; }
.survey-card[open] > summary::after { content: "▴"; }
fieldset { margin: 1rem 0 0; min-width: 0; }
legend { font-size: 1rem; font-weight: 600; margin-bottom: 0.5rem; }
.choices { display: flex; flex-wrap: wrap; gap: 0.5rem; }
.choices label { flex: 1 1 auto; min-height: 44px; min-width: 44px; display: flex;
  align-items: center; justify-content: center; padding: 0.4rem 0.75rem; margin: 0;
  border: 1px solid #b7c0c7; border-radius: 0.5rem; background: #fff; cursor: pointer;
  text-align: center; }
.choices input { position: absolute; opacity: 0; width: 1px; height: 1px; }
.choices input:checked + span { font-weight: 600; }
.choices label:has(input:checked) { background: #0d6efd; border-color: #0d6efd; color: #fff; }
.choices label:has(input:focus-visible) { outline: 3px solid #86b7fe; }
.count { font-size: 0.85rem; font-weight: 400; color: #4a5361; }
.statement legend { font-weight: 400; }
.statement details > summary { min-height: 44px; display: flex; align-items: center;
  color: #495057; }
textarea { width: 100%; }
.save-bar { position: fixed; left: 0; right: 0; bottom: 0; background: #fff;
  border-top: 1px solid #dde2e6; padding: 0.6rem 0.75rem; }
.save-bar .inner { max-width: 40rem; margin: 0 auto; display: flex; gap: 0.75rem;
  align-items: center; justify-content: space-between; }
.save-bar button { min-height: 44px; }
.add-row { display: flex; flex-wrap: wrap; gap: 0.5rem; }
details.more { margin-top: 1rem; }
details.more > summary { min-height: 44px; display: flex; align-items: center;
  color: #0d4fb3; cursor: pointer; }
details.more fieldset legend { font-weight: 400; }
details.more > summary::before { content: "▸"; margin-right: 0.5rem; }
details.more[open] > summary::before { content: "▾"; }
.add-row > * { flex: 1 1 12rem; min-height: 44px; }
</style>
</head>
<body>
{% macro choice(about, question, asked, choices, kind) %}
<fieldset class="{{ kind }}">
<legend>{{ asked }}</legend>
<div class="choices">
{% for value, words in choices.items() %}
<label><input type="radio" name="a:{{ question }}@{{ about }}" value="{{ value }}"
{{ "checked" if answers.get((about, question), ("",""))[0] == value }}>
<span>{{ words }}</span></label>
{% endfor %}
</div>
</fieldset>
{% endmacro %}
{% macro statement(item) %}
{% set key = (("", item.id)) %}
<fieldset class="statement">
<legend>{{ item.text }}</legend>
<div class="choices">
{% for value, words in checks.items() %}
<label><input type="radio" name="a:{{ item.id }}@" value="{{ value }}"
{{ "checked" if answers.get(key, ("",""))[0] == value }}><span>{{ words }}</span></label>
{% endfor %}
</div>
<details class="mt-2"><summary class="small">Add a comment</summary>
<textarea class="form-control mt-1" name="c:{{ item.id }}@" rows="2" maxlength="1000"
 aria-label="Comment on: {{ item.text }}">{{ answers.get(key, ("",""))[1] }}</textarea>
</details>
</fieldset>
{% endmacro %}
<main class="survey">
<p class="text-secondary mb-2">◆ Partnership Mapper</p>
<h1 class="h3">{{ form.round.name }}</h1>
<p>For <strong>{{ me }}</strong>{% if map_name %}, about the partnership
<strong>{{ map_name }}</strong>{% endif %}.</p>
{% if revoked %}
<div class="alert alert-warning">This link no longer takes answers: it was replaced or
withdrawn. Ask whoever sent it for a new one.</div>
{% elif not open %}
<div class="alert alert-secondary">This survey closed on {{ closes }}. Thank you: the
answers you gave are with the facilitator.</div>
{% else %}
<p>It takes about 10 minutes. Each answer is saved as soon as you give it, so you can stop
and come back to this link at any time until <strong>{{ closes }}</strong>, and change your
answers until then. Skip anything you are not sure of.</p>
{% if names_shown %}
<p class="text-secondary small" id="privacy">Your answers go to the facilitator of the
partnership's survey, who has chosen to show who said what: partners with a link to the
partnership's map can see your answers with your name.</p>
{% else %}
<p class="text-secondary small" id="privacy">Your answers go to the facilitator of the
partnership's survey. Other partners see them only added up with everyone else's, never
with your name.</p>
{% endif %}
{% if saved %}
<div class="alert alert-success" role="status">Your answers are saved.</div>
{% endif %}
<form method="post" id="survey-form" action="/answer/{{ token }}">
<h2 class="h4 mt-4">1. Who you work with</h2>
<p>Answer for each organisation or group you deal with in this partnership.</p>
{% for card in cards %}
<details class="survey-card" data-about="{{ card.about }}" {{ "open" if loop.first }}>
<summary><span>{{ card.label }}</span>
<span class="count" data-count>{{ card.answered }} of 5 answered</span></summary>
{% for question, (asked, choices) in questions.items() %}
{{ choice(card.about, question, asked, choices, "main") }}
{% if question == "funds" %}
<details class="more" {{ "open" if card.more }}>
<summary>Does anything else pass between you? Staff, volunteers, premises, expertise,
information or practical help</summary>
{% for other, (words, gives) in resources.items() %}
{{ choice(card.about, other, words, gives, "resource") }}
{% endfor %}
</details>
{% endif %}
{% endfor %}
</details>
{% endfor %}
<div class="survey-card" id="add-someone">
{% for name in added %}
<input type="hidden" name="with" value="{{ name }}" form="add-form">
{% endfor %}
<p class="fw-semibold mb-2">Someone missing?</p>
{% if others %}
<label class="form-label" for="add-from-map">Add someone from the map</label>
<div class="add-row mb-3">
<select class="form-select" id="add-from-map" name="with" form="add-form">
<option value="">Choose…</option>
{% for id, label in others %}<option value="{{ id }}">{{ label }}</option>{% endfor %}
</select>
<button class="btn btn-outline-primary" type="submit" form="add-form">Add</button>
</div>
{% endif %}
<label class="form-label" for="add-name">Or write their name</label>
<div class="add-row">
<input class="form-control" id="add-name" name="with" maxlength="120" autocomplete="off"
 form="add-form"
 placeholder="e.g. Mill Street Surgery">
<button class="btn btn-outline-primary" type="submit" form="add-form">Add</button>
</div>
</div>
<h2 class="h4 mt-4">2. How the partnership works</h2>
<p>For each statement: is it true of your partnership?</p>
{% for title, items in principles %}
<div class="survey-card">
<h3 class="h5">{{ title }}</h3>
{% for item in items %}{{ statement(item) }}{% endfor %}
</div>
{% endfor %}
<h2 class="h4 mt-4">3. Are you ready?</h2>
<p>The Compass's questions to think through when setting up a partnership. For each one:
has your partnership thought it through?</p>
<div class="survey-card" id="readiness">
{% for item in readiness %}{{ statement(item) }}{% endfor %}
</div>
<div class="save-bar"><div class="inner">
<span id="survey-status" role="status" aria-live="polite" class="small text-secondary">
{{ given }} saved so far.</span>
<button class="btn btn-primary" type="submit">Save my answers</button>
</div></div>
</form>
<form id="add-form" method="get" action="/answer/{{ token }}"></form>
<script>
(function () {
  var form = document.getElementById("survey-form");
  var status = document.getElementById("survey-status");
  function send(name, value, comment) {
    var body = new FormData();
    body.append(name, value);
    if (comment !== undefined) { body.append("c:" + name.slice(2), comment); }
    status.textContent = "Saving…";
    return fetch(form.action, {method: "POST", body: body, credentials: "same-origin",
                               headers: {"Accept": "application/json"}})
      .then(function (r) { return r.json().then(function (d) { return [r.ok, d]; }); })
      .then(function (res) {
        status.textContent = res[0] ? "Saved." : res[1].error;
        status.className = res[0] ? "small text-success" : "small text-danger";
      })
      .catch(function () {
        status.textContent = "Not saved: check your connection, then use Save my answers.";
        status.className = "small text-danger";
      });
  }
  function count(card) {
    var names = {};
    card.querySelectorAll("fieldset.main input:checked").forEach(function (i) {
      names[i.name] = 1;
    });
    card.querySelector("[data-count]").textContent =
      Object.keys(names).length + " of 5 answered";
  }
  form.addEventListener("change", function (event) {
    var target = event.target;
    if (target.type === "radio") {
      var box = target.closest("fieldset").querySelector("textarea");
      send(target.name, target.value, box ? box.value : undefined);
      var card = target.closest(".survey-card[data-about]");
      if (card) { count(card); }
    } else if (target.tagName === "TEXTAREA") {
      var picked = form.querySelector('input[name="a:' + target.name.slice(2) + '"]:checked');
      if (picked) { send(picked.name, picked.value, target.value); }
      else { status.textContent = "Choose an answer to save your comment with it."; }
    }
  });
})();
</script>
{% endif %}
</main>
</body>
</html>
"""
