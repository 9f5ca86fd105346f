"""Serving the app to browsers: who may reach it, and a production WSGI server to do it.

gunicorn runs ``workers`` processes of ``threads`` threads each, forked from the process
that built the app (so Dash's callbacks are ready before the first request, and the
processes share its memory). Where gunicorn cannot run (Windows), waitress serves with
as many threads in one process. The processes share nothing but the database.
"""

from __future__ import annotations

import contextlib
import importlib.util
import ipaddress
import os
import socket
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

if TYPE_CHECKING:  # the app (Dash) loads only when the server starts, not for --help
    from mapper.app.access import Access

__all__ = [
    "MIN_PASSWORD",
    "SERVERS",
    "Plan",
    "ServeProblem",
    "access_for",
    "is_loopback",
    "plan",
    "run",
]

SERVERS = ("gunicorn", "waitress")
MIN_PASSWORD = 8


class ServeProblem(Exception):
    """The server cannot start as asked; the message says why and what to do."""


def is_loopback(host: str) -> bool:
    """Whether listening on ``host`` keeps the app to this machine.

    >>> is_loopback("127.0.0.1"), is_loopback("localhost"), is_loopback("::1")
    (True, True, True)
    >>> is_loopback("0.0.0.0"), is_loopback("192.168.1.20"), is_loopback("")
    (False, False, False)
    """
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def access_for(host: str, password: str | None, public_url: str | None) -> Access:
    """Who the app on ``host`` lets in: anything but loopback needs a password.

    ``public_url`` is the address people open (e.g. ``https://maps.example.org`` behind
    a TLS reverse proxy): its name is answered to, and over https cookies go over https
    only. Listening on every address, the app answers to this machine's own names too;
    IP addresses are always answered to (see ``mapper.app.access``).
    """
    from mapper.app.access import LOOPBACK_NAMES, Access, is_address

    if not is_loopback(host) and not password:
        raise ServeProblem(
            f"--host {host} lets other machines reach the app, so it needs a password. "
            "Set one in the environment, e.g. MAPPER_PASSWORD='a long passphrase' "
            f"mapper serve --host {host} (or give --password), and tell it to the people "
            "you work with; or leave out --host to use the app on this machine only."
        )
    if password is not None and len(password) < MIN_PASSWORD:
        raise ServeProblem(
            f"the password must have at least {MIN_PASSWORD} characters "
            f"(it has {len(password)}); a few words together are easy to say and hard to guess."
        )
    names = set(LOOPBACK_NAMES)
    if not is_loopback(host):
        names |= {socket.gethostname().lower(), socket.getfqdn().lower()}
        if host and not is_address(host):
            names.add(host.lower())
    secure = False
    if public_url:
        parts = urlsplit(public_url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ServeProblem(
                f"--public-url {public_url!r}: expected the address people open, "
                "e.g. https://maps.example.org"
            )
        if parts.path not in ("", "/"):
            raise ServeProblem(
                f"--public-url {public_url!r}: the app must be served at the root of its "
                f"address, not under {parts.path!r}"
            )
        names.add(parts.hostname)
        secure = parts.scheme == "https"
    return Access(password=password or None, names=frozenset(names), secure_cookies=secure)


@dataclass(frozen=True)
class Plan:
    """Which server runs, with how many processes of how many threads each."""

    server: str
    workers: int
    threads: int

    def __str__(self) -> str:
        processes = f"{self.workers} process{'es' if self.workers != 1 else ''}"
        return f"{self.server}, {processes} of {self.threads} threads"


def plan(workers: int, threads: int, server: str | None = None) -> Plan:
    """gunicorn where it runs, else waitress (one process with the threads of all).

    >>> str(plan(2, 4, "waitress")), str(plan(2, 4, "gunicorn"))
    ('waitress, 1 process of 8 threads', 'gunicorn, 2 processes of 4 threads')
    """
    if workers < 1 or threads < 1:
        raise ServeProblem("--workers and --threads must be 1 or more")
    if server is None:
        server = "gunicorn" if _gunicorn_runs() else "waitress"
    if server == "gunicorn" and not _gunicorn_runs():
        raise ServeProblem("gunicorn cannot run here (it needs Linux or macOS); use waitress")
    if server == "waitress":
        return Plan("waitress", 1, workers * threads)
    return Plan("gunicorn", workers, threads)


def _gunicorn_runs() -> bool:
    return os.name == "posix" and importlib.util.find_spec("gunicorn") is not None


def run(chosen: Plan, wsgi: Any, listening: socket.socket) -> None:
    """Serve ``wsgi`` on ``listening`` until Ctrl+C (or SIGTERM)."""
    if chosen.server == "waitress":
        import waitress

        with contextlib.suppress(KeyboardInterrupt):  # how waitress stops on Ctrl+C
            waitress.serve(
                wsgi,
                sockets=[listening],
                threads=chosen.threads,
                ident="Partnership Mapper",
                trusted_proxy="127.0.0.1",  # a reverse proxy on this machine says https
                trusted_proxy_headers={"x-forwarded-proto"},
                clear_untrusted_proxy_headers=True,
            )
        return
    _gunicorn(wsgi, chosen, listening)


def _gunicorn(wsgi: Any, chosen: Plan, listening: socket.socket) -> None:
    from gunicorn.app.base import BaseApplication

    options = {
        "bind": [f"fd://{listening.fileno()}"],
        "workers": chosen.workers,
        "worker_class": "gthread",
        "threads": chosen.threads,
        "preload_app": True,
        "timeout": 120,  # a 10,000-actor analysis takes seconds, not minutes
        "graceful_timeout": 5,
        # Longer than the page's 3 s poll: a connection closed just as the browser sends
        # its next request on it is a failed request.
        "keepalive": 75,
        "accesslog": None,
        "errorlog": "-",
        "loglevel": "warning",
        "proc_name": "partnership-mapper",
        "control_socket_disable": True,  # several servers on one machine: no shared file
    }

    class Server(BaseApplication):
        """gunicorn serving an app built already, on a socket opened already."""

        def load_config(self) -> None:
            for name, value in options.items():
                if name in self.cfg.settings:  # a setting an older gunicorn lacks
                    self.cfg.set(name, value)

        def load(self) -> Any:
            return wsgi

    Server().run()
