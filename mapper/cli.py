"""The ``mapper`` command: check, convert and summarise partnership maps from the shell.

Every subcommand exits 0 on success and 2 on bad input, with the reason on stderr, so
it can be used in scripts as well as by hand.
"""

from __future__ import annotations

import argparse
import errno
import gc
import math
import os
import socket
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from mapper.graph.model import MapValidationError, PartnershipMap
from mapper.io import ImportFailed, ImportResult, read_paths, write_path
from mapper.io.formats import READERS, SURVEY_REPORT, WRITERS
from mapper.io.limits import UPLOAD_ENV, Limits
from mapper.io.register import TARGETS, Choices
from mapper.io.result import NotAMapLayout

if TYPE_CHECKING:  # the store (SQLAlchemy) loads only for the commands that use it
    from mapper.io.round_report import RoundPart
    from mapper.store import MapSummary, Store

__all__ = ["main", "summary"]

DESCRIPTION = """\
Partnership Mapper: draw, review and improve the map of who a partnership works with.

A map file is a Partnership Mapper JSON file, or CSV files: a nodes.csv listing the
actors (organisations, groups, forums, people) and an edges.csv listing the links between
them (who answers to whom, who talks to whom, who provides what, who sits on which forum);
give a folder holding both, or the two files. Maps from other tools read as well: Excel
workbooks (ours, Kumu's, Onodo's, NodeXL's), Kumu JSON, Gephi CSV tables, JSON and Gephi
Lite, GraphML (yEd, Gephi, Cytoscape), GEXF, Cytoscape JSON, Oligrapher, Pajek, GML and
UCINET DL; the format is read from the content. `import` and `export` move maps in and
out of the app's database.
"""

EXAMPLES = """\
examples:
  mapper validate my-map.json
  mapper info my-map/                                                 (nodes.csv, edges.csv)
  mapper convert my-map.json my-map/                                  (JSON to CSV)
  mapper convert my-map/ my-map.json                                  (CSV to JSON)
  mapper analyse my-map.json --format html > report.html              (the health check)
  mapper analyse "Riverside Partnership" --attendees riverside-trust  (a map in the app)
  mapper convert kumu-export.xlsx my-map.graphml                      (Kumu to GraphML)
  mapper import kumu-export.xlsx                                      (a new map in the app's maps)
  mapper import partners.xlsx --into "Riverside Partnership"          (replace that map's content)
  mapper export "Riverside Partnership" riverside.kumu.xlsx           (back to Kumu)
  mapper export 3 riverside-report.html                               (the analysis, ready to print)
  mapper snapshot "Riverside Partnership" Kickoff                     (name the map as it stands)
  mapper diff "Riverside Partnership" Kickoff now --format markdown   (what changed since)
"""


class UsageProblem(Exception):
    """Bad input from the user: printed on stderr, exit code 2."""


def load(
    paths: Sequence[str], fmt: str | None = None, choices: Choices | None = None
) -> ImportResult:
    """Read a map from the given paths, turning every reading error into a UsageProblem."""
    try:
        return read_paths(*(Path(path) for path in paths), fmt=fmt, choices=choices)
    except NotAMapLayout as error:
        raise UsageProblem(f'{error} (with --column "HEADING=name" or --header-row N)') from None
    except (ImportFailed, MapValidationError) as error:
        raise UsageProblem(str(error)) from None


def summary(pmap: PartnershipMap) -> str:
    """A few lines a partnership manager can read: what is on the map, by kind."""
    nodes = pmap.nodes()
    edges = pmap.edges()
    lines = [pmap.name]
    if pmap.purpose:
        lines.append(f"Purpose: {pmap.purpose}")
    if pmap.date:
        lines.append(f"Date: {pmap.date}")
    lines.append(f"{_plural(len(nodes), 'actor')}, {_plural(len(edges), 'link')}")
    node_kinds = Counter(node["kind"] for node in nodes)
    edge_kinds = Counter(edge["kind"] for edge in edges)
    roles = Counter(node["role"] for node in nodes if "role" in node)
    lines.append("Actors by kind: " + _counts(node_kinds))
    if roles:
        lines.append("Actors by role: " + _counts(roles))
    lines.append("Links by kind: " + _counts(edge_kinds))
    leads = [node["label"] for node in nodes if node.get("role") == "lead partner"]
    if leads:
        lines.append("Lead partner: " + ", ".join(leads))
    return "\n".join(lines)


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"


def _counts(counter: Counter[str]) -> str:
    return ", ".join(f"{kind} {count}" for kind, count in counter.most_common()) or "none"


def cmd_validate(args: argparse.Namespace) -> int:
    result = load(args.paths, choices=register_choices(args))
    pmap = result.map
    print(
        f"OK: {' '.join(args.paths)} is a valid map "
        f"({_plural(pmap.graph.number_of_nodes(), 'actor')}, "
        f"{_plural(pmap.graph.number_of_edges(), 'link')})."
    )
    report = result.report
    for line in report.lines()[1 + len(report.created) :]:  # merged, guessed, ignored
        print(f"  note: {line}")
    return 0


def cmd_info(args: argparse.Namespace) -> int:
    result = load(args.paths, choices=register_choices(args))
    print(result.report, summary(result.map), sep="\n\n")
    return 0


def cmd_convert(args: argparse.Namespace) -> int:
    *inputs, output = args.paths
    if not inputs:
        raise UsageProblem(
            "convert needs an input and an output, e.g. mapper convert map.json out/"
        )
    result = load(inputs, choices=register_choices(args))
    print(result.report)
    _write(result.map, output, args.format)
    return 0


def _write(
    pmap: PartnershipMap, output: str, fmt: str | None, survey: RoundPart | None = None
) -> None:
    """Write ``pmap`` to ``output`` and say where; a bad path is a UsageProblem."""
    try:
        written = write_path(pmap, Path(output), fmt=fmt, survey=survey)
    except (ValueError, OSError) as error:
        raise UsageProblem(str(error)) from None
    print(f"Wrote {', '.join(str(path) for path in written)}")


def cmd_analyse(args: argparse.Namespace) -> int:
    """Check the map against the Compass's six principles and print the report."""
    import datetime as dt
    import json

    from mapper.graph.analyse import analyse
    from mapper.graph.links import focus
    from mapper.io.report import report_dict, report_markdown, report_text, to_html

    pmap = load_or_find(args.paths, args.database)
    try:
        today = dt.date.fromisoformat(args.today) if args.today else None
    except ValueError:
        raise UsageProblem(f"--today {args.today!r}: expected a date written YYYY-MM-DD") from None
    overrides: dict[str, dict[str, str]] = {}
    for setting in args.set:
        name, equals, value = setting.partition("=")
        rule_id, dot, param = name.strip().rpartition(".")
        if not (equals and dot and rule_id and param and value.strip()):
            raise UsageProblem(
                f"--set {setting!r}: expected RULE.PARAM=VALUE, e.g. stale-link.days=120"
            )
        overrides.setdefault(rule_id, {})[param] = value.strip()
    responses = None
    if args.responses:
        from mapper.io.responses import ResponsesError, read_responses

        try:
            responses = read_responses(Path(args.responses), pmap, name=args.responses)
        except ResponsesError as problem:
            raise UsageProblem(f"--responses {args.responses}: {problem}") from None
    try:
        analysis = analyse(pmap, today=today, params=overrides, responses=responses)
        if args.attendees:
            attendees = [item.strip() for item in args.attendees.split(",") if item.strip()]
            analysis = focus(analysis, attendees)
    except ValueError as error:
        raise UsageProblem(str(error)) from None
    if args.format == "json":
        print(json.dumps(report_dict(analysis), indent=2, ensure_ascii=False))
    elif args.format == "markdown":
        print(report_markdown(analysis), end="")
    elif args.format == "html":
        print(to_html(analysis), end="")
    else:
        print(report_text(analysis), end="")
    return 0


def load_or_find(paths: Sequence[str], database: str | None) -> PartnershipMap:
    """The map in the files ``paths``; or, when the one path given is no file or folder,
    the map of that id or exact name in the app's database (as ``export`` finds it)."""
    if len(paths) == 1 and not Path(paths[0]).exists():
        try:
            store = open_store(database, create=False)
            return store.load_map(find_map(store, paths[0]).id)
        except UsageProblem as problem:
            raise UsageProblem(f"{paths[0]}: no such file or folder, and {problem}") from None
    return load(paths).map


def _analyse_args(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "paths", nargs="+", metavar="MAP",
        help="a map file or CSV folder, or the id or exact name of a map in the app's maps",
    )  # fmt: skip
    parser.add_argument(
        "--format", choices=("text", "json", "markdown", "html"), default="text",
        help="how to print the report (default: text)",
    )  # fmt: skip
    parser.add_argument(
        "--today", metavar="YYYY-MM-DD",
        help="the date to judge stale links by (default: today), for reproducible reports",
    )  # fmt: skip
    parser.add_argument(
        "--attendees", metavar="ID,ID,...",
        help="only the findings and missing links among or about these actors (a meeting)",
    )  # fmt: skip
    parser.add_argument(
        "--set", action="append", default=[], metavar="RULE.PARAM=VALUE",
        help="change a rule's threshold, e.g. --set stale-link.days=120 (repeatable)",
    )  # fmt: skip
    parser.add_argument(
        "--responses", metavar="FILE",
        help="a survey round's answers (CSV: respondent, about, question, answer) to compare "
        "what partners say with each other and score trust and value",
    )  # fmt: skip
    _database(parser)


def build_parser() -> argparse.ArgumentParser:
    """The argument parser; subcommands register themselves in ``COMMANDS``."""
    parser = argparse.ArgumentParser(
        prog="mapper",
        description=DESCRIPTION,
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, (help_text, configure, _) in COMMANDS.items():
        configure(subparsers.add_parser(name, help=help_text, description=help_text))
    return parser


def _paths(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paths", nargs="+", metavar="PATH", help="a map file, or a CSV folder")


def _register_args(parser: argparse.ArgumentParser) -> None:
    """The choices the app's import preview offers for a stakeholder register."""
    group = parser.add_argument_group(
        "stakeholder registers",
        "One sheet, one row per stakeholder. The header row and what each column becomes "
        "are found by themselves and reported; these options change them, and any of "
        "them reads the file as a register.",
    )
    group.add_argument(
        "--column", action="append", default=[], metavar="HEADING=FIELD",
        help="what the column with this heading becomes, e.g. --column \"Influence=power\" "
        f"(repeatable); FIELD is one of: {', '.join(TARGETS)}",
    )  # fmt: skip
    group.add_argument(
        "--header-row", type=int, metavar="N",
        help="the row holding the headings, numbered as the spreadsheet shows it "
        "(default: found below any title block)",
    )  # fmt: skip
    group.add_argument(
        "--sheet", metavar="NAME", help="the workbook's sheet to read (default: the first "
        "that looks like a register)",
    )  # fmt: skip


def register_choices(args: argparse.Namespace) -> Choices | None:
    """The register options given, or ``None`` when there are none."""
    if not (args.column or args.header_row is not None or args.sheet is not None):
        return None
    if args.header_row is not None and args.header_row < 1:
        raise UsageProblem(f"--header-row {args.header_row}: rows are numbered from 1")
    columns: dict[str | int, str] = {}
    for given in args.column:
        heading, equals, target = given.rpartition("=")
        target = target.strip().lower()
        if not (equals and heading.strip() and target in {*TARGETS, "label"}):
            raise UsageProblem(
                f'--column {given!r}: expected HEADING=FIELD, e.g. --column "Influence=power", '
                f"FIELD being one of: {', '.join(TARGETS)}"
            )
        columns[heading.strip()] = target
    return Choices(sheet=args.sheet, header_row=args.header_row, columns=columns)


def _read_args(parser: argparse.ArgumentParser) -> None:
    _paths(parser)
    _register_args(parser)


def _convert_args(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "paths",
        nargs="+",
        metavar="PATH",
        help="IN (file or CSV folder, or two CSV files) then OUT",
    )
    _output_format(parser, "OUT")
    _register_args(parser)


def _output_format(parser: argparse.ArgumentParser, output: str) -> None:
    formats = "; ".join(f"{key} = {writer.name}" for key, writer in WRITERS.items())
    parser.add_argument(
        "--format", choices=list(WRITERS), metavar="NAME",
        help=f"the format to write ({formats}); by default from {output}'s extension "
        "(.json, .zip, .xlsx, .kumu.xlsx, .graphml, .gexf, .md, .html), a folder or a path "
        "without extension getting CSV files",
    )  # fmt: skip


def _input_format(parser: argparse.ArgumentParser) -> None:
    formats = "; ".join(f"{reader.key} = {reader.name}" for reader in READERS)
    parser.add_argument(
        "--format", choices=[reader.key for reader in READERS], metavar="NAME",
        help=f"read the files as this format only ({formats}); by default the format is "
        "recognised from the content",
    )  # fmt: skip


def _database(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--database", metavar="URL",
        help="SQLAlchemy URL, e.g. postgresql+psycopg://user@host/db "
        "(default: an SQLite file in your data folder, the one `mapper serve` uses)",
    )  # fmt: skip


def open_store(url: str | None, *, create: bool = True, connections: int = 5) -> Store:
    """The store at ``url`` (default: :meth:`Store.default_url`), or a UsageProblem.

    With ``create=False`` a missing SQLite file is an error, not a new empty database
    (a mistyped ``--database`` to export from should not leave a file behind).
    ``connections``: how many threads may use it at once.
    """
    from sqlalchemy import make_url
    from sqlalchemy.exc import ArgumentError, OperationalError

    from mapper.store import Store, StoreError

    url = url or Store.default_url()
    try:
        database = make_url(url).database if url.startswith("sqlite") else None
        if not create and database and not Path(database).expanduser().exists():
            raise UsageProblem(f"no database at {url}")
        return Store(url, connections=connections)
    except (ArgumentError, OperationalError, StoreError) as error:
        raise UsageProblem(f"cannot open the database {url}: {error}") from None


def find_map(store: Store, wanted: str) -> MapSummary:
    """The map ``wanted`` names: its id, or else its exact name."""
    maps = sorted(store.list_maps(), key=lambda summary: summary.id)
    by_id = [m for m in maps if wanted.strip().isdigit() and m.id == int(wanted)]
    found = by_id or [m for m in maps if m.name == wanted]
    if len(found) == 1:
        return found[0]
    if found:
        same = ", ".join(str(m.id) for m in found)
        raise UsageProblem(f"{len(found)} maps are named {wanted!r} (ids {same}): give the id")
    listed = "; ".join(f"{m.id} {m.name!r}" for m in maps) or "none"
    raise UsageProblem(f"no map {wanted!r} in {store.url} (its maps: {listed})")


def cmd_import(args: argparse.Namespace) -> int:
    """Read files into the database: a new map, or in place of map ``--into``."""
    from mapper.store import StoreError

    # first: a bad file leaves no database behind
    result = load(args.paths, args.format, register_choices(args))
    store = open_store(args.database)
    target = find_map(store, args.into) if args.into is not None else None
    pmap = result.map
    size = f"{_plural(len(pmap.graph), 'actor')}, {_plural(pmap.graph.number_of_edges(), 'link')}"
    try:
        if target is None:
            map_id = store.create_map(pmap, who="mapper import")
        else:
            store.replace_map(target.id, pmap, who="mapper import")
            map_id = target.id
    except (MapValidationError, StoreError) as error:
        raise UsageProblem(str(error)) from None
    print(result.report)
    if target is None:
        print(f"Created map {map_id}, {pmap.name!r} ({size}), in {store.url}")
    else:
        print(
            f"Replaced the content of map {map_id}, {target.name!r}, with {pmap.name!r} ({size}); "
            "actors matched by id or name; Undo in the editor brings it back"
        )
    print(map_id)
    return 0


def _import_args(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "paths", nargs="+", metavar="FILE", help="a map file, a CSV folder, or several CSV files"
    )
    parser.add_argument(
        "--into", metavar="MAP",
        help="replace the content of this map (its id, or its exact name) instead of "
        "creating a new one",
    )  # fmt: skip
    _database(parser)
    _input_format(parser)
    _register_args(parser)


def cmd_export(args: argparse.Namespace) -> int:
    """Write a map from the database to a file, or its analysis report (the HTML report
    with a section on the map's latest survey round, if it has had one)."""
    from mapper.io.round_report import round_part
    from mapper.store.survey import latest_responses

    store = open_store(args.database, create=False)
    map_id = find_map(store, args.map).id
    pmap = store.load_map(map_id)
    report = (args.format or Path(args.output).suffix.lower().lstrip(".")) == SURVEY_REPORT
    latest = latest_responses(store, map_id, pmap) if report else None
    survey = round_part(pmap, latest[1], latest[0].show_names) if latest else None
    _write(pmap, args.output, args.format, survey)
    return 0


def _export_args(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("map", metavar="MAP", help="the map's id or its exact name")
    parser.add_argument("output", metavar="FILE", help="the file (or CSV folder) to write")
    _database(parser)
    _output_format(parser, "FILE")


def _listen(host: str, port: int) -> socket.socket:
    """A socket listening on ``host:port``, or a UsageProblem in one line (werkzeug's own
    server would print two and exit 1)."""
    from werkzeug.serving import get_sockaddr, select_address_family

    family = select_address_family(host, port)
    try:
        return socket.create_server(get_sockaddr(host, port, family), family=family)
    except OSError as error:
        if error.errno == errno.EADDRINUSE:
            raise UsageProblem(
                f"port {port} is in use (is Partnership Mapper already running?); "
                f"start it on another one, e.g. --port {port + 1}"
            ) from None
        raise UsageProblem(f"cannot listen on {host}:{port}: {error.strerror or error}") from None


def cmd_serve(args: argparse.Namespace) -> int:
    """Start the web app, with the maps in ``--database``, on a production server."""
    from sqlalchemy.exc import OperationalError

    from mapper import server
    from mapper.app import create_app
    from mapper.store import StoreError
    from mapper.store.seed import seed_samples

    if args.max_upload_mb is not None:  # in the environment, so every worker reads it
        os.environ[UPLOAD_ENV] = str(args.max_upload_mb)
    try:
        limit = Limits.current().upload_mb
    except ImportFailed as problem:  # a wrong MAPPER_MAX_UPLOAD_MB
        raise UsageProblem(str(problem)) from None
    try:
        password = args.password or os.environ.get("MAPPER_PASSWORD")
        access = server.access_for(args.host, password, args.public_url)
        chosen = server.plan(args.workers, args.threads, args.server)
    except server.ServeProblem as problem:
        raise UsageProblem(str(problem)) from None
    listening = _listen(args.host, args.port)  # first: a busy port changes nothing
    store = open_store(args.database, connections=chosen.threads)
    url = store.url
    try:
        seeded = seed_samples(store)
    except (OperationalError, StoreError) as error:
        raise UsageProblem(f"cannot open the database {url}: {error}") from None
    except (OSError, ValueError) as error:  # a sample file missing or broken
        raise UsageProblem(
            f"cannot add the sample maps (the next start tries again): {error}"
        ) from None
    print(f"Partnership Mapper: maps are kept in {url}; files up to {limit:g} MB can be imported")
    if seeded:
        print(f"First run: added {len(seeded)} sample map{'s' if len(seeded) != 1 else ''}.")
    app = create_app(store, access)
    # What is loaded by now (Dash, pandas, the pages) lives as long as the server: keep it
    # out of the garbage collector's full passes, which otherwise stall an edit for 0.1 s.
    gc.freeze()
    port = listening.getsockname()[1]  # the one the system chose, for --port 0
    here = f"http://{f'[{args.host}]' if ':' in args.host else args.host}:{port}/"
    signing = "with a password" if access.password else "no password: this machine only"
    also = f"; listening on {here}" if args.public_url else ""
    print(
        f"Open {args.public_url or here} in your browser ({chosen}; {signing}{also}). "
        "Press Ctrl+C to stop.",
        flush=True,
    )
    store.engine.dispose()  # forked workers must not share the connections opened so far
    server.run(chosen, app.server, listening)
    return 0


def _megabytes(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = -1.0
    if not 0 < value < math.inf:
        raise argparse.ArgumentTypeError(f"a number of megabytes above 0, not {text!r}")
    return value


def _serve_args(parser: argparse.ArgumentParser) -> None:
    from mapper.server import SERVERS

    parser.add_argument(
        "--host", default="127.0.0.1",
        help="address to listen on (default: 127.0.0.1, this machine only; any other, "
        "e.g. 0.0.0.0, needs a password)",
    )  # fmt: skip
    parser.add_argument(
        "--port", type=int, default=8050, help="port (default: 8050; 0 for any free one)"
    )
    parser.add_argument(
        "--max-upload-mb",
        type=_megabytes,
        metavar="MB",
        help=f"largest file an import may be, in MB (default: {Limits.upload_mb:g}, "
        f"or the environment variable {UPLOAD_ENV})",
    )
    _database(parser)
    parser.add_argument(
        "--password",
        help="the password everyone signs in with (better: set MAPPER_PASSWORD, which other "
        "users of this machine cannot see); needed unless --host is 127.0.0.1",
    )
    parser.add_argument(
        "--public-url", metavar="URL", default=os.environ.get("MAPPER_PUBLIC_URL"),
        help="the address people open, e.g. https://maps.example.org behind a TLS reverse "
        "proxy (default: $MAPPER_PUBLIC_URL)",
    )  # fmt: skip
    parser.add_argument(
        "--workers", type=int, default=1, metavar="N",
        help="processes serving requests (default: 1); with several, use PostgreSQL",
    )  # fmt: skip
    parser.add_argument(
        "--threads", type=int, default=4, metavar="N",
        help="threads per process (default: 4)",
    )  # fmt: skip
    parser.add_argument(
        "--server", choices=SERVERS,
        help="the WSGI server (default: gunicorn, or waitress where gunicorn cannot run)",
    )  # fmt: skip


def cmd_share(args: argparse.Namespace) -> int:
    """Make share links to a map, list them, or revoke one."""
    store = open_store(args.database, create=False)
    found = find_map(store, args.map)
    title = f"map {found.id}, {found.name!r}"
    if args.revoke is not None:
        from mapper.store import StoreError

        try:
            link = store.revoke_share_link(found.id, args.revoke)
        except StoreError as error:
            raise UsageProblem(str(error)) from None
        print(f"Revoked the {link.kind} link {link.id} to {title}: it no longer opens the map.")
        return 0
    if args.list:
        links = store.share_links(found.id)
        print(f"Share links to {title}:" if links else f"No share links to {title}.")
        for link in links:
            state = f"revoked {link.revoked_at:%Y-%m-%d %H:%M}" if link.revoked_at else "works"
            by = f" by {link.who}" if link.who else ""
            print(
                f"  {link.id:>4}  {link.kind}  made {link.created_at:%Y-%m-%d %H:%M}{by}  {state}"
            )
        return 0
    base = (args.public_url or "http://127.0.0.1:8050").rstrip("/")
    kinds = [args.only] if args.only else ["view", "edit"]
    print(f"Share links to {title}; each opens this map only:")
    for kind in kinds:
        link, token = store.share(found.id, can_edit=kind == "edit", who="mapper share")
        words = "can look, not change" if kind == "view" else "can change the map"
        print(f"  {kind} link {link.id} ({words}): {base}/share/{token}")
    print(
        "Send each only to the people it is meant for: it opens the map without the password. "
        "The links are shown this once (only a fingerprint is kept); stop one with "
        f"mapper share {found.id} --revoke ID"
    )
    return 0


def _share_args(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("map", metavar="MAP", help="the map's id or its exact name")
    parser.add_argument(
        "--only", choices=("view", "edit"), help="make only a view link, or only an edit link"
    )
    parser.add_argument("--list", action="store_true", help="list the map's links instead")
    parser.add_argument(
        "--revoke", type=int, metavar="ID", help="stop the link with this id (see --list)"
    )
    parser.add_argument(
        "--public-url", metavar="URL", default=os.environ.get("MAPPER_PUBLIC_URL"),
        help="the address the links start with (default: $MAPPER_PUBLIC_URL, else "
        "http://127.0.0.1:8050)",
    )  # fmt: skip
    _database(parser)


def cmd_snapshot(args: argparse.Namespace) -> int:
    """Name a map as it stands."""
    from mapper.store import StoreError

    store = open_store(args.database, create=False)
    target = find_map(store, args.map)
    try:
        taken = store.snapshot(target.id, args.name, who="mapper snapshot")
    except StoreError as error:
        raise UsageProblem(str(error)) from None
    print(f"Took the snapshot {taken.name!r} of map {target.id}, {target.name!r}")
    return 0


def _snapshot_args(parser: argparse.ArgumentParser) -> None:
    _map_arg(parser)
    parser.add_argument("name", metavar="NAME", help="the snapshot's name, e.g. Kickoff")


def cmd_snapshots(args: argparse.Namespace) -> int:
    """List a map's snapshots, oldest first."""
    store = open_store(args.database, create=False)
    target = find_map(store, args.map)
    found = store.snapshots(target.id)
    if not found:
        print(f"Map {target.id}, {target.name!r}, has no snapshots yet")
    for snapshot in found:
        by = f" by {snapshot.who}" if snapshot.who else ""
        print(f"{snapshot.at:%Y-%m-%d %H:%M}  {snapshot.name}  ({snapshot.kind}{by})")
    return 0


def _map_arg(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("map", metavar="MAP", help="the map's id or its exact name")
    _database(parser)


def cmd_diff(args: argparse.Namespace) -> int:
    """What changed in a map between two moments."""
    import json

    from mapper.io.changes import changes_markdown, changes_text
    from mapper.store import StoreError

    store = open_store(args.database, create=False)
    target = find_map(store, args.map)
    try:
        found = store.compare(target.id, args.before, args.after)
    except StoreError as error:
        raise UsageProblem(str(error)) from None
    if args.format == "json":
        print(json.dumps(found.to_dict(), indent=2, ensure_ascii=False, default=str))
    else:
        write = changes_markdown if args.format == "markdown" else changes_text
        print(write(found, args.before, args.after), end="")
    return 0


def _diff_args(parser: argparse.ArgumentParser) -> None:
    _map_arg(parser)
    for name, when in (("before", "FROM"), ("after", "TO")):
        parser.add_argument(name, metavar=when, help="a snapshot's name, a date YYYY-MM-DD, or now")
    parser.add_argument(
        "--format", choices=("text", "markdown", "json"), default="text",
        help="text (default), markdown, or json with actors and links (added, removed, "
        "changed) and findings (appeared, resolved)",
    )  # fmt: skip


Handler = Callable[[argparse.Namespace], int]
COMMANDS: dict[str, tuple[str, Callable[[argparse.ArgumentParser], None], Handler]] = {
    "validate": (
        "Check a map file and say exactly what is wrong, if anything.",
        _read_args,
        cmd_validate,
    ),
    "info": ("Summarise a map: how many actors and links of each kind.", _read_args, cmd_info),
    "convert": (
        "Convert a map from any format it reads (JSON, CSV, Excel, Kumu, Onodo, NodeXL, "
        "Gephi, GraphML, GEXF, Cytoscape, Oligrapher, Pajek, GML, UCINET DL) to JSON, CSV, "
        "Excel, Kumu Excel, GraphML, GEXF or the analysis report (Markdown, HTML), by OUT's "
        "extension.",
        _convert_args,
        cmd_convert,
    ),
    "analyse": (
        "Check a map against the six principles: what to look at, why, and what to do.",
        _analyse_args,
        cmd_analyse,
    ),
    "import": (
        "Import a map file (any format `convert` reads) into the app's maps, as a new map "
        "or in place of one; prints what was read how, then the map's id on a line of its own.",
        _import_args,
        cmd_import,
    ),
    "export": (
        "Export a map from the app's maps to a file (any format `convert` writes).",
        _export_args,
        cmd_export,
    ),
    "snapshot": (
        "Name a map as it stands ('Kickoff', '6-month review'), to compare with later.",
        _snapshot_args,
        cmd_snapshot,
    ),
    "snapshots": ("List a map's snapshots, oldest first.", _map_arg, cmd_snapshots),
    "diff": (
        "What changed in a map between two snapshots or dates: actors, links, findings, "
        "the action plan and the numbers a review watches.",
        _diff_args,
        cmd_diff,
    ),
    "serve": ("Start the map editor in your browser.", _serve_args, cmd_serve),
    "share": (
        "Make a view link and an edit link to one map, for people without the password; "
        "list or revoke them.",
        _share_args,
        cmd_share,
    ),
}


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return 0
    try:
        return COMMANDS[args.command][2](args)
    except UsageProblem as problem:
        print(f"mapper {args.command}: {problem}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
