"""Who may use this Partnership Mapper: checked once, before every request, here only.

- A request must name this server in its Host header (an IP address, or one of
  :attr:`Access.names`): a web page cannot reach a server on this laptop through a name
  it controls (DNS rebinding). A request that changes something must come from the app's
  own pages (its Origin): another site cannot make the browser edit a map.
- With a password (:attr:`Access.password`), every page and callback needs a session
  signed in with it, or share links (``/share/<token>``) that open one map each; the
  callbacks of such a visitor see a :class:`~mapper.store.sharing.SharedStore`, so a view
  link cannot change its map whatever request is sent. Without a password (one laptop,
  loopback only: ``mapper serve`` refuses to listen elsewhere without one) everyone who
  can reach the app may do everything.

Sessions are Flask's signed cookies (HttpOnly, SameSite=Lax), keyed from the database's
secret and the password, so every worker accepts them and a new password signs everyone
out. Every refusal is a short page saying what to do.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import ipaddress
import time
from dataclasses import dataclass
from urllib.parse import urlencode, urlsplit

import flask
from dash import html

from mapper.app.context import GRANTS_KEY, STORE_KEY
from mapper.store import NotAllowed, Store

__all__ = [
    "ACCESS_KEY",
    "LOOPBACK_NAMES",
    "Access",
    "guard",
    "is_address",
    "local_path",
    "sign_out",
]

ACCESS_KEY = "MAPPER_ACCESS"
LOOPBACK_NAMES = frozenset({"localhost"})
MAX_LINKS = 20  # share links one browser keeps opened; the oldest are dropped
WRONG_PASSWORD_DELAY = 1.0  # seconds: slows guessing, and a typo costs little
OPEN_PATHS = frozenset({"/login", "/logout", "/assets/bootstrap.min.css", "/_favicon.ico"})
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
# A personal survey link opens its own form only (mapper/app/respond.py), no password needed.
SURVEY_FORMS = "/answer/"

PAGE = """<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ title }} · Partnership Mapper</title>
<link rel="stylesheet" href="/assets/bootstrap.min.css">
<link rel="icon" href="data:,">
</head>
<body class="bg-light">
<main class="container py-5" style="max-width: 36rem">
<p class="mb-4" style="color: #4a5361">◆ Partnership Mapper</p>
<h1 class="h3 mb-3">{{ title }}</h1>
{% for line in lines %}<p>{{ line }}</p>
{% endfor %}
{% if problem %}<div class="alert alert-danger" role="alert">{{ problem }}</div>{% endif %}
{% if login %}
<form method="post" action="/login">
<input type="hidden" name="next" value="{{ next }}">
<input type="text" name="username" value="Partnership Mapper" autocomplete="username" hidden>
<label for="password" class="form-label">Password</label>
<input type="password" id="password" name="password" class="form-control mb-3"
 autocomplete="current-password" required autofocus>
<button type="submit" class="btn btn-primary">Sign in</button>
</form>
{% endif %}
{% if back %}<a class="btn btn-outline-secondary" href="{{ back }}">{{ back_label }}</a>{% endif %}
</main>
</body>
</html>
"""


@dataclass(frozen=True, kw_only=True)
class Access:
    """How the app is opened: ``password`` (``None``: no sign-in, for loopback only),
    ``names``: the host names it answers to besides IP addresses, and whether cookies
    go over HTTPS only (``secure_cookies``, when it is served behind TLS)."""

    password: str | None = None
    names: frozenset[str] = LOOPBACK_NAMES
    secure_cookies: bool = False


def guard(server: flask.Flask, store: Store, access: Access) -> None:
    """Check every request to ``server`` against ``access``; add the sign-in page, the
    share links' entry (``/share/<token>``) and sign-out."""
    key = hmac.new(store.session_secret().encode(), (access.password or "").encode(), "sha256")
    server.secret_key = key.hexdigest()
    server.config.update(
        {
            ACCESS_KEY: access,
            "SESSION_COOKIE_NAME": "mapper_session",
            "SESSION_COOKIE_HTTPONLY": True,
            "SESSION_COOKIE_SAMESITE": "Lax",
            "SESSION_COOKIE_SECURE": access.secure_cookies,
            "PERMANENT_SESSION_LIFETIME": dt.timedelta(days=30),
        }
    )
    server.before_request(_check)
    server.after_request(_headers)
    server.add_url_rule("/login", "login", _login, methods=["GET", "POST"])
    server.add_url_rule("/logout", "logout", _logout)
    server.add_url_rule("/share/<token>", "share", _open_link)
    server.register_error_handler(NotAllowed, _not_allowed)


def sign_out() -> html.A | None:
    """The top bar's way out, where a password is set (a workshop's laptops are shared)."""
    if flask.current_app.config[ACCESS_KEY].password is None:
        return None
    return html.A("Sign out", href="/logout", className="nav-link sign-out")


def local_path(target: str | None) -> str:
    """``target`` if it is a path on this server, else ``/``: after signing in, the app
    goes back where the user was headed, never to another site.

    >>> local_path("/maps/3?select=lead"), local_path("//evil.example/"), local_path(None)
    ('/maps/3?select=lead', '/', '/')
    """
    if not target or not target.startswith("/") or target.startswith("//") or "\\" in target:
        return "/"
    return target


# ----- the check ---------------------------------------------------------------------------
def _check() -> flask.Response | None:
    access: Access = flask.current_app.config[ACCESS_KEY]
    request = flask.request
    name = _host_name(request.host)
    if name is None or not (is_address(name) or name in access.names):
        return _page(
            400,
            "Not this address",
            f"This Partnership Mapper does not answer to the name {request.host!r}.",
            "If that is the right address for it, whoever runs it can start it with "
            "--public-url naming that address (see 'Hosting' in the README).",
        )
    if request.method not in SAFE_METHODS and _from_elsewhere(request):
        return _page(
            403,
            "Refused",
            "This request came from another website, so it was refused: only the pages "
            "of this Partnership Mapper can change its maps.",
        )
    if access.password is None or request.path in OPEN_PATHS:
        return None
    if request.path.startswith(("/share/", SURVEY_FORMS)) or flask.session.get("signed_in"):
        return None
    links = flask.session.get("links")
    if links:
        grants = flask.current_app.config[STORE_KEY].share_grants(links)
        if grants:
            flask.g.setdefault(GRANTS_KEY, grants)
            return None
    if request.method == "GET" and "text/html" in request.headers.get("Accept", ""):  # a page
        query = urlencode({"next": request.full_path.rstrip("?")})
        return flask.redirect(f"/login?{query}", 303)
    return _page(
        401,
        "Sign in first",
        "This Partnership Mapper needs its password, or a share link, to open.",
        back="/login",
        back_label="Sign in",
    )


def _host_name(host: str) -> str | None:
    """The name in a Host header, lower case, without port or brackets (None if bad)."""
    try:
        return urlsplit(f"//{host}").hostname or None
    except ValueError:
        return None


def is_address(name: str) -> bool:
    """An IP address is always this server's: DNS rebinding needs a name."""
    try:
        ipaddress.ip_address(name)
    except ValueError:
        return False
    return True


def _from_elsewhere(request: flask.Request) -> bool:
    """Whether a browser sent this request for a page of another site. Browsers always
    say where a POST comes from (Origin, Sec-Fetch-Site); other clients need no check,
    since they carry no one's cookies."""
    origin = request.headers.get("Origin")
    if origin is not None:
        return urlsplit(origin).netloc.lower() != request.host.lower()
    return request.headers.get("Sec-Fetch-Site") == "cross-site"


def _headers(response: flask.Response) -> flask.Response:
    """No other site may frame the app (clickjacking) or read where the user came from."""
    response.headers.setdefault("X-Frame-Options", "DENY")
    response.headers.setdefault("X-Content-Type-Options", "nosniff")
    response.headers.setdefault("Referrer-Policy", "same-origin")
    return response


# ----- signing in, share links, refusals ---------------------------------------------------
def _login() -> flask.Response:
    access: Access = flask.current_app.config[ACCESS_KEY]
    request = flask.request
    target = local_path(request.values.get("next"))
    if access.password is None:
        return flask.redirect(target, 303)
    problem = None
    if request.method == "POST":
        given = request.form.get("password", "")
        if _same(given, access.password):
            flask.session.clear()
            flask.session["signed_in"] = True
            flask.session.permanent = True
            return flask.redirect(target, 303)
        time.sleep(WRONG_PASSWORD_DELAY)
        problem = "That is not the password. Check it and try again."
    return _page(
        200,
        "Sign in",
        "The maps here are kept private. Enter the password of this Partnership Mapper, "
        "or open the share link you were sent.",
        login=True,
        problem=problem,
        next=target,
    )


def _same(given: str, password: str) -> bool:
    """Compared in constant time, so the answer's timing tells nothing."""
    digest = hashlib.sha256
    return hmac.compare_digest(digest(given.encode()).digest(), digest(password.encode()).digest())


def _logout() -> flask.Response:
    flask.session.clear()
    return flask.redirect("/login", 303)


def _open_link(token: str) -> flask.Response:
    """Keep the link in the browser's session and open its map."""
    link = flask.current_app.config[STORE_KEY].open_share_link(token)
    if link is None:
        return _page(
            404,
            "This link does not open a map",
            "It may have been revoked, its map deleted, or the link cut short when it was "
            "copied. Ask whoever sent it for a new one.",
        )
    opened = [held for held in flask.session.get("links", []) if held != link.id]
    flask.session["links"] = [*opened, link.id][-MAX_LINKS:]
    flask.session.permanent = True
    return flask.redirect(f"/maps/{link.map_id}", 303)


def _not_allowed(error: NotAllowed) -> flask.Response:
    return _page(403, "Not allowed", str(error))


def _page(status: int, title: str, *lines: str, **parts: object) -> flask.Response:
    body = flask.render_template_string(PAGE, title=title, lines=lines, **parts)
    response = flask.make_response(body, status)
    response.headers["Cache-Control"] = "no-store"
    return response
