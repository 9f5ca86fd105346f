"""Stakeholder registers: one sheet, one row per stakeholder, read as the actors of a map.

Charities and project managers list their stakeholders in a spreadsheet long before they
draw a map: a title block, then a header row ("Stakeholder", "Organisation", "Influence
(H/M/L)", "Interest"...), then one row per stakeholder. This module finds the header row,
proposes which column becomes which field, reads rating words and scales onto our 1 to 5
scales and builds the actors through :func:`~mapper.io.mapping.build_foreign`, so that
duplicates, types and organisations are treated as for any other tool's file. Every
choice is said in the import report, and :class:`Choices` overrides any guess: the CLI's
``--column``, ``--header-row`` and ``--sheet`` fill it, and so does the app's preview.

The words (which headings mean which field, what "High" is worth) are data, in the
``registers`` section of ``content/import_mapping.yaml``.
"""

from __future__ import annotations

import csv
import functools
import io
import itertools
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path, PurePath
from typing import Any

import yaml
from python_calamine import CalamineError, CalamineWorkbook

from mapper.graph.model import NODE_FIELDS, MapValidationError, Problem
from mapper.io import excel
from mapper.io.csv import classify, decode
from mapper.io.mapping import (
    MAPPING_PATH,
    ForeignNode,
    MappingError,
    _listed,
    build_foreign,
    clean_key,
    load_mapping,
)
from mapper.io.result import ImportFailed, ImportResult
from mapper.io.tables import ROLE_SYNONYMS

__all__ = [
    "FORMAT",
    "RATED",
    "TARGETS",
    "Choices",
    "Column",
    "Layout",
    "RegisterResult",
    "Vocabulary",
    "build",
    "is_register",
    "load_vocabulary",
    "plan",
    "read_register",
]

FORMAT = "Stakeholder register"
# What a column can become, with the words the app's preview shows for each.
TARGETS: dict[str, str] = {
    "name": "Name",
    "type": "Type",
    "organisation": "Organisation",
    "role": "Role in the partnership",
    "sector": "Sector",
    "power": "Power (1 to 5)",
    "interest": "Interest (1 to 5)",
    "legitimacy": "Legitimacy (1 to 5)",
    "urgency": "Urgency (1 to 5)",
    "notes": "Notes",
    "tags": "Tags",
    "skills": "Skills",
    "offers": "Offers",
    "needs": "Needs",
    "keep": "Keep as extra",
    "ignore": "Ignore",
}
RATED = ("power", "interest", "legitimacy", "urgency")
_CHOICE_FIELDS = ("role", "sector")  # proposed only when every value is one of the choices
# A heading that contains a phrase (rather than being one) goes to the first of these
# that it contains: "Stakeholder influence" is power, "Name of organisation" organisation.
_CONTAINED_ORDER = (
    *RATED, "organisation", "type", "role", "sector", "skills", "offers", "needs", "tags",
    "notes", "name",
)  # fmt: skip
_SCAN_ROWS = 30  # rows searched for the header
_SHOWN_VALUES = 20  # rating mappings listed one by one in a report line
_IGNORED_SHOWN = 20  # rows without a name listed one by one, the rest counted
_LAYOUT_SHEETS = {  # sheets that mark our own, Kumu's, Onodo's or NodeXL's layout
    "nodes", "actors", "edges", "links", "map", "elements", "connections", "relations",
    "vertices",
}  # fmt: skip
_RANGE = re.compile(r"(\d+)\s*(?:-|–|to)\s*(\d+)")
_OUT_OF = re.compile(r"(?:out of|/)\s*(\d+)")
_TIER = re.compile(r"^tier\s*(\d+)$")
_LEADING_NUMBER = re.compile(r"^(\d+(?:\.\d+)?)\s*[-–:=(]")


@dataclass(frozen=True, kw_only=True)
class Choices:
    """What the user chose instead of the guesses: a sheet, the header's row number (as
    the spreadsheet shows it) and targets for columns, by heading or by position (0 is
    the first column)."""

    sheet: str | None = None
    header_row: int | None = None
    columns: Mapping[str | int, str] = field(default_factory=dict)


@dataclass(frozen=True, kw_only=True)
class Column:
    """One column of the register and what it becomes."""

    index: int
    heading: str
    target: str  # a key of TARGETS
    why: str  # how the target was decided, for the report
    key: str  # the attribute it is kept as, when kept as an extra
    sample: tuple[str, ...]  # its first few values, for the preview


@dataclass(frozen=True, kw_only=True)
class Layout:
    """Where the register is in the file and what each column becomes."""

    source: str
    sheet: str | None  # None for a CSV file
    sheets: tuple[str, ...]
    header_row: int | None  # None when no row looks like a register's header
    columns: tuple[Column, ...]
    rows: tuple[tuple[int, tuple[Any, ...]], ...]  # (row number, cells) below the header
    notes: tuple[str, ...]  # what was guessed about the layout itself

    def where(self, number: int) -> str:
        """``register.csv row 7`` or ``sheet 'Register' row 7``."""
        return f"sheet '{self.sheet}' row {number}" if self.sheet else f"{self.source} row {number}"


@dataclass
class RegisterResult(ImportResult):
    """An import from a register, with the layout it was read by and the report lines
    saying what each column became and how ratings were read (for the app's preview)."""

    layout: Layout | None = None
    columns: tuple[str, ...] = ()
    ratings: tuple[str, ...] = ()


@dataclass(frozen=True)
class Vocabulary:
    """Headings and rating words, from ``content/import_mapping.yaml``."""

    headings: Mapping[str, tuple[str, int]]  # normalised heading -> (target, preference)
    ratings: Mapping[str, int]

    def match(self, heading: str) -> tuple[str, int] | None:
        """(target, rank) of a heading, lower ranks better: exact before contained."""
        text = _heading(heading)
        if not text:
            return None
        if text in self.headings:
            return self.headings[text]
        words = f" {text} "
        for rank, target in enumerate(_CONTAINED_ORDER):
            for phrase, (found, _) in self.headings.items():
                if found == target and f" {phrase} " in words:
                    return target, 1000 + rank
        return None


def _heading(text: Any) -> str:
    """``"Influence (H/M/L)"`` -> ``"influence"``: lower case, no brackets or punctuation."""
    text = re.sub(r"[(\[][^)\]]*[)\]]", " ", str(text).lower())
    return " ".join(re.sub(r"[^\w]+", " ", text).replace("_", " ").split())


@functools.lru_cache(maxsize=4)
def load_vocabulary(path: Path = MAPPING_PATH) -> Vocabulary:
    """Read and check the ``registers`` section (cached: it is content, not user data)."""
    try:
        document = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as error:
        raise MappingError(f"{path.name}: cannot be read ({error})") from None
    section = document.get("registers") if isinstance(document, Mapping) else None
    if not isinstance(section, Mapping):
        raise MappingError(f"{path.name}: expected a 'registers' section with columns, ratings")
    headings: dict[str, tuple[str, int]] = {}
    for target, names in (section.get("columns") or {}).items():
        if target not in TARGETS or target in ("keep", "ignore"):
            raise MappingError(f"{path.name}, registers.columns: '{target}' is not a field")
        for rank, name in enumerate(names or []):
            key = _heading(name)
            if key in headings:
                raise MappingError(f"{path.name}, registers.columns: '{name}' is listed twice")
            headings[key] = (target, rank)
    ratings: dict[str, int] = {}
    for value, words in (section.get("ratings") or {}).items():
        if not isinstance(value, int) or not 1 <= value <= 5:
            raise MappingError(f"{path.name}, registers.ratings: {value!r} is not 1 to 5")
        for word in words or []:
            ratings[_heading(word)] = value
    return Vocabulary(headings, ratings)


# ----- reading the cells ------------------------------------------------------------------
Grid = list[list[Any]]
Merge = tuple[int, int, int]  # a cell merged down: (column, first row, last row), 0-based


def _cell(value: Any) -> Any:
    value = excel._value(value)
    return value.strip() if isinstance(value, str) else value


def _filled(value: Any) -> bool:
    return value not in (None, "")


def _csv_grid(name: str, data: bytes, limit: int | None = None) -> Grid:
    """The cells of a CSV file (its first ``limit`` rows, when given)."""
    text = decode(data, name)
    sample = text[:8192]
    if PurePath(name).suffix.lower() == ".tsv":
        delimiter = "\t"
    else:  # Excel in much of Europe writes ';'
        delimiter = max((",", ";", "\t"), key=sample.count)
    reader = itertools.islice(csv.reader(io.StringIO(text), delimiter=delimiter), limit)
    try:
        return [[value.strip() for value in row] for row in reader]
    except csv.Error as error:
        raise ImportFailed(f"{name}: cannot be read as CSV ({error})") from None


def _xlsx_grids(
    name: str, data: bytes, limit: int | None = None
) -> dict[str, tuple[Grid, list[Merge]]]:
    """Every sheet's cells (its first ``limit`` rows, when given), and its cells merged
    down over several rows."""
    grids: dict[str, tuple[Grid, list[Merge]]] = {}
    try:
        workbook = CalamineWorkbook.from_filelike(io.BytesIO(data))
        for title in workbook.sheet_names:
            sheet = workbook.get_sheet_by_name(title)
            cells = sheet.to_python(skip_empty_area=False, nrows=limit)
            grid = [[_cell(v) for v in row] for row in cells]
            merges = [
                (left, top, bottom)
                for (top, left), (bottom, _) in sheet.merged_cell_ranges or []
                if bottom > top
            ]
            grids[title] = (grid, merges)
    except (CalamineError, *excel._BROKEN) as error:
        raise ImportFailed(f"{name}: a damaged Excel workbook ({error})") from None
    return grids


def _one_file(files: Mapping[str, bytes]) -> tuple[str, bytes] | None:
    if len(files) != 1:
        return None
    ((name, data),) = files.items()
    return name, data


def _is_csv_name(name: str) -> bool:
    return PurePath(name).suffix.lower() in (".csv", ".tsv", ".txt")


def _grids(
    name: str, data: bytes, limit: int | None = None
) -> dict[str | None, tuple[Grid, list[Merge]]]:
    if _is_csv_name(name):
        return {None: (_csv_grid(name, data, limit), [])}
    return dict(_xlsx_grids(name, data, limit))


def _fill_merged(
    rows: tuple[tuple[int, tuple[Any, ...]], ...], merges: list[Merge], name_index: int
) -> tuple[tuple[tuple[int, tuple[Any, ...]], ...], list[str]]:
    """A cell merged down beside several stakeholders (a type or a group written once
    for them all) gives its value to each of them, as a reader of the sheet sees it."""
    by_number = {number: list(cells) for number, cells in rows}
    notes = []
    for column, top, bottom in merges:
        numbers = range(top + 1, bottom + 2)
        if column == name_index or not all(
            number in by_number and name_index < len(by_number[number])
            and _filled(by_number[number][name_index]) for number in numbers
        ):  # fmt: skip
            continue
        value = by_number[top + 1][column] if column < len(by_number[top + 1]) else None
        if not _filled(value):
            continue
        for number in numbers:
            cells = by_number[number]
            cells.extend([None] * (column + 1 - len(cells)))
            cells[column] = value
        notes.append(f"rows {top + 1} to {bottom + 1} share the merged cell '{value}'")
    return tuple((number, tuple(cells)) for number, cells in by_number.items()), notes


# ----- finding the header and the columns -------------------------------------------------
def _header_score(row: Sequence[Any], vocabulary: Vocabulary) -> int:
    """How many cells of ``row`` are headings we know; 0 unless one of them names the
    stakeholders (a title such as "Stakeholder register" is one cell, so never a header)."""
    cells = [str(v) for v in row if _filled(v)]
    if len(cells) < 2:
        return 0
    matches = [vocabulary.match(cell) for cell in cells]
    targets = {found[0] for found in matches if found}
    return sum(1 for found in matches if found) if {"name", "organisation"} & targets else 0


def _find_header(grid: list[list[Any]], vocabulary: Vocabulary) -> int | None:
    """The index of the best header row among the first rows, or ``None``."""
    scores = [(_header_score(row, vocabulary), -i) for i, row in enumerate(grid[:_SCAN_ROWS])]
    best = max(scores, default=(0, 0))
    return -best[1] if best[0] else None


def _ratable(value: Any, vocabulary: Vocabulary) -> bool:
    return _number(value) is not None or _word_rating(value, vocabulary) is not None


def _fits_choice(target: str, values: list[Any]) -> bool:
    spec = NODE_FIELDS[target]
    for value in values:
        text = ROLE_SYNONYMS.get(_heading(value), value) if target == "role" else value
        try:
            spec.coerce(text)
        except ValueError:
            return False
    return True


def _columns(
    header: list[Any],
    rows: list[tuple[int, tuple[Any, ...]]],
    choices: Choices,
    vocabulary: Vocabulary,
    where: str,
) -> tuple[Column, ...]:
    """Propose a target for every column that has a heading or a value; ``choices`` win."""
    width = max([len(header), *(len(cells) for _, cells in rows)], default=0)
    values = [[cells[i] for _, cells in rows if i < len(cells) and _filled(cells[i])] for i in
              range(width)]  # fmt: skip
    headings = [" ".join(str(header[i]).split()) if i < len(header) and _filled(header[i])
                else "" for i in range(width)]  # fmt: skip
    chosen = _chosen(headings, choices, where)
    proposals: dict[int, tuple[str, int, str]] = {}  # index -> (target, rank, why)
    refused: dict[int, str] = {}  # index -> why a heading we know was not followed
    for i, heading in enumerate(headings):
        if i in chosen:
            proposals[i] = (chosen[i], -1, "as you chose")
            continue
        found = vocabulary.match(heading)
        if found is None:
            continue
        target, rank = found
        if target in RATED:
            readable = sum(1 for v in values[i] if _ratable(v, vocabulary))
            if values[i] and readable * 2 < len(values[i]):  # "Impact: Positive, Negative"
                refused[i] = f"its heading says {target}, but most values are not ratings"
                continue
        if target in _CHOICE_FIELDS and not _fits_choice(target, values[i]):
            expected = NODE_FIELDS[target].expected
            refused[i] = f"its heading says {target}, but its values are not {expected}"
            continue
        proposals[i] = (target, rank, "by its heading")
    best: dict[str, int] = {}
    for i, (target, _rank, _) in sorted(proposals.items(), key=lambda item: item[1][1]):
        if target not in ("keep", "ignore"):
            best.setdefault(target, i)
    if "name" not in best and "organisation" in best and "organisation" not in chosen.values():
        i = best.pop("organisation")
        best["name"] = i
        proposals[i] = ("name", 0, "by its heading, as no other column names the stakeholders")
    taken: set[str] = set()
    columns = []
    for i, heading in enumerate(headings):
        if not heading and not values[i]:
            continue
        target, _, why = proposals.get(i, ("keep", 0, refused.get(i, "")))
        if target not in ("keep", "ignore") and best.get(target) != i:
            owner = headings[best[target]] or f"column {best[target] + 1}"
            target, why = "keep", f"'{owner}' already gives the {target}"
        key = _extra_key(heading or f"column {i + 1}", taken)
        sample = tuple(dict.fromkeys(str(v) for v in values[i]))[:3]
        columns.append(
            Column(index=i, heading=heading, target=target, why=why, key=key, sample=sample)
        )
    return tuple(columns)


def _chosen(headings: list[str], choices: Choices, where: str) -> dict[int, str]:
    """``choices.columns`` by column index; an unknown heading or target is refused."""
    chosen: dict[int, str] = {}
    for wanted, target in choices.columns.items():
        target = "name" if target == "label" else target
        if target not in TARGETS:
            raise ImportFailed(
                f"{where}: '{target}' is not something a column can become; choose one of: "
                + ", ".join(TARGETS)
            )
        if isinstance(wanted, int):
            if not 0 <= wanted < len(headings):
                raise ImportFailed(f"{where}: there is no column {wanted + 1}")
            chosen[wanted] = target
            continue
        matches = [i for i, h in enumerate(headings) if _heading(h) == _heading(wanted)]
        if not matches:
            known = ", ".join(f"'{h}'" for h in headings if h) or "none"
            raise ImportFailed(f"{where}: no column is headed '{wanted}' (the headings: {known})")
        chosen.update(dict.fromkeys(matches, target))
    fields = [t for t in chosen.values() if t not in ("keep", "ignore")]
    twice = sorted({t for t in fields if fields.count(t) > 1})
    if twice:
        raise ImportFailed(
            f"{where}: more than one column is chosen as the {' and the '.join(twice)}: choose one"
        )
    return chosen


def _extra_key(heading: str, taken: set[str]) -> str:
    """The attribute an extra column is kept as: its heading, unless that name means
    something else to the map ("ID", "Role" written as a job title...)."""
    key = clean_key(_heading(heading)) or "column"
    reserved = {*NODE_FIELDS, "id", "description", *load_mapping().node_fields}
    if key in reserved:
        key = f"register_{key}"
    base, number = key, 2
    while key in taken:
        key, number = f"{base}_{number}", number + 1
    taken.add(key)
    return key


def plan(files: Mapping[str, bytes], choices: Choices | None = None) -> Layout:
    """Find the register in one CSV file or workbook: its sheet, header row and columns.

    Raises ``ImportFailed`` for a file that is not one CSV file or workbook, or for
    choices that do not fit it (a sheet or heading it does not have).
    """
    choices = choices or Choices()
    vocabulary = load_vocabulary()
    one = _one_file(files)
    if one is None:
        raise ImportFailed("a stakeholder register is one file: one CSV file or one workbook")
    name, data = one
    grids = _grids(name, data)
    sheets = tuple(str(s) for s in grids if s is not None)
    if choices.sheet is not None and choices.sheet not in grids:
        known = ", ".join(f"'{s}'" for s in sheets) or "none (a CSV file has no sheets)"
        raise ImportFailed(f"{name}: no sheet named '{choices.sheet}' (its sheets: {known})")
    headers = {sheet: _find_header(grid, vocabulary) for sheet, (grid, _) in grids.items()}
    sheet = choices.sheet
    if sheet is None:
        sheet = next((s for s, found in headers.items() if found is not None), next(iter(grids)))
    grid, merges = grids[sheet]
    notes = []
    if len(grids) > 1:
        others = ", ".join(f"'{s}'" for s in sheets if s != sheet)
        notes.insert(0, f"sheet '{sheet}' read as the register (not read: {others})")
    if choices.header_row is not None:
        if not 1 <= choices.header_row <= max(len(grid), 1):
            raise ImportFailed(
                f"{name}: there is no row {choices.header_row} to read the headings from "
                f"(the {'sheet' if sheet else 'file'} has {len(grid)} rows)"
            )
        index: int | None = choices.header_row - 1
    else:
        index = headers[sheet]
        if index is None:  # headings we do not know: the row holding those the user named,
            named = [k for k in choices.columns if isinstance(k, str)]  # or the first row
            index = _row_holding(named, grid)  # of several cells, for the user to choose
            if index is None:
                index = next((i for i, row in enumerate(grid) if sum(map(_filled, row)) > 1), None)
            if index is not None:
                notes.append(
                    f"the headings read from row {index + 1}, the first with several cells"
                )
        elif index > 0:
            notes.append(f"the headings read from row {index + 1}, below a title block")
    header = grid[index] if index is not None else []
    start = index + 1 if index is not None else len(grid)
    rows = tuple(
        (number, tuple(cells))
        for number, cells in enumerate(grid[start:], start=start + 1)
        if any(_filled(v) for v in cells)
    )
    at = f"{name}, sheet '{sheet}'" if sheet else name
    columns = (
        _columns(list(header), list(rows), choices, vocabulary, f"{at} row {index + 1}")
        if index is not None and header
        else ()
    )
    name_index = next((c.index for c in columns if c.target == "name"), None)
    if merges and name_index is not None:
        rows, merged = _fill_merged(rows, merges, name_index)
        notes += merged
    layout = Layout(
        source=name,
        sheet=sheet,
        sheets=sheets,
        header_row=None if index is None else index + 1,
        columns=columns,
        rows=rows,
        notes=tuple(notes),
    )
    _check_widths(layout, len(header), name)
    return layout


def _row_holding(headings: list[str], grid: Grid) -> int | None:
    """The first row (of the first few) with a cell for each of ``headings``."""
    wanted = {_heading(h) for h in headings}
    for index, row in enumerate(grid[:_SCAN_ROWS]):
        if wanted and wanted <= {_heading(v) for v in row if _filled(v)}:
            return index
    return None


def _check_widths(layout: Layout, width: int, name: str) -> None:
    """A CSV row with more cells than its header (a comma inside an unquoted name shifts
    every cell after it) is refused, naming each row: reading it would misplace values."""
    if layout.sheet is not None or not width:
        return
    problems = [
        Problem(
            layout.where(number),
            f"{width} cells, as in the header row (row {layout.header_row}), but it has "
            f"{len(cells)}: is there a comma inside a cell? Put that cell in double quotes",
        )
        for number, cells in layout.rows
        if any(_filled(v) for v in cells[width:])
    ]
    if problems:
        raise MapValidationError(problems, name)


# ----- ratings ----------------------------------------------------------------------------
def _number(value: Any) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value)
    text = str(value).strip().rstrip("%")
    match = _LEADING_NUMBER.match(text)
    try:
        return float(match.group(1) if match else text)
    except ValueError:
        return None


def _word_rating(value: Any, vocabulary: Vocabulary) -> int | None:
    """A rating word: "High", "H", "very high", "Tier 2" (as minus the tier, placed once
    the column's tiers are known), or one rating word in a longer text ("For/High");
    ``None`` when there is none, or several that disagree ("Medium/Low")."""
    text = _heading(value)
    if text in vocabulary.ratings:
        return vocabulary.ratings[text]
    tier = _TIER.match(text)
    if tier:
        return -int(tier.group(1))
    rest, found = f" {text} ", set()
    for word in sorted(vocabulary.ratings, key=len, reverse=True):  # "very high" first
        if len(word) > 2 and f" {word} " in rest:
            found.add(vocabulary.ratings[word])
            rest = rest.replace(f" {word} ", "  ")
    return found.pop() if len(found) == 1 else None


def _rescale(number: float, low: float, high: float) -> int:
    """``number`` on a ``low``..``high`` scale, on ours (1 to 5), rounded half up."""
    return int(1 + (number - low) * 4 / (high - low) + 0.5)


def _bounds(heading: str, numbers: list[float]) -> tuple[float, float] | None:
    """The scale a column of numbers is on: said in its heading ("(1-10)", "out of 10")
    or else the smallest usual scale holding every number."""
    said = _RANGE.search(heading)
    if said and int(said.group(2)) > int(said.group(1)):
        return float(said.group(1)), float(said.group(2))
    out_of = _OUT_OF.search(heading)
    if out_of and int(out_of.group(1)) > 1:
        return (0.0 if 0 in numbers else 1.0), float(out_of.group(1))
    if not numbers:
        return None
    low = 0.0 if min(numbers) < 1 else 1.0
    for high in (5.0, 10.0, 100.0):
        if min(numbers) >= 0 and max(numbers) <= high:
            return low, high
    return None


def _ratings(
    column: Column, values: list[Any], vocabulary: Vocabulary
) -> tuple[dict[str, int], str]:
    """How each value of a rated column reads on our scale, and the report line saying so.

    Values that read as no rating are left out of the mapping (the caller keeps them as
    an extra attribute and says so).
    """
    distinct = list(dict.fromkeys(str(v) for v in values))
    numbers = {text: _number(text) for text in distinct}
    scale = _bounds(column.heading, [n for n in numbers.values() if n is not None])
    words = {text: _word_rating(text, vocabulary) for text in distinct if numbers[text] is None}
    tiers = [-r for r in words.values() if r is not None and r < 0]
    said = _RANGE.search(column.heading)
    tier_count = max([3, *tiers]) if not (tiers and said) else int(said.group(2))
    mapping: dict[str, int] = {}
    for text in distinct:
        number = numbers[text]
        if number is not None and scale is not None and scale[0] <= number <= scale[1]:
            mapping[text] = _rescale(number, *scale)
        elif words.get(text) is not None:
            rating = words[text]
            assert rating is not None
            if rating >= 0:
                mapping[text] = rating
            elif -rating <= tier_count:  # tier 1 matters most: 5, down to 1 for the last
                mapping[text] = _rescale(tier_count + 1 + rating, 1, tier_count)
    field_name = column.target.capitalize()
    origin = f"{field_name} from column '{column.heading or column.index + 1}'"
    unchanged = scale == (1.0, 5.0) and all(
        float(mapping[t]) == numbers[t] for t in mapping if numbers[t] is not None
    )
    if mapping and unchanged and not words:
        return mapping, f"{origin}: numbers 1 to 5, kept as written"
    on = f"a {scale[0]:g} to {scale[1]:g} scale, so " if scale and scale != (1.0, 5.0) else ""
    pairs = [f"'{text}' read as {rating}" for text, rating in mapping.items()]
    shown = ", ".join(pairs[:_SHOWN_VALUES])
    if len(pairs) > _SHOWN_VALUES:
        shown += f" and {len(pairs) - _SHOWN_VALUES} more"
    return mapping, f"{origin}: {on}{shown}" if pairs else f"{origin}: no value read as a rating"


# ----- building the map -------------------------------------------------------------------
def _column_line(column: Column) -> str:
    """What a column becomes, in the words of the import report."""
    heading = f"'{column.heading}'" if column.heading else f"{column.index + 1} (no heading)"
    why = f" ({column.why})" if column.why else ""
    if column.target == "keep":
        return f"column {heading} kept as the attribute '{column.key}'{why}"
    if column.target == "ignore":
        return f"column {heading} ignored{why}"
    return f"column {heading} read as the {column.target}{why}"


def build(layout: Layout) -> RegisterResult:
    """The actors of the register, checked, with the report of every choice.

    Raises ``ImportFailed`` when no column holds the names, and the model's
    ``MapValidationError`` for values the map cannot hold.
    """
    vocabulary = load_vocabulary()
    where_header = layout.source
    if layout.header_row is not None:
        where_header = layout.where(layout.header_row)
        if layout.sheet is not None:
            where_header = f"{layout.source}, {where_header}"
    if layout.header_row is None:
        raise ImportFailed(
            f"{layout.source}: no row looks like the header of a stakeholder register (a row "
            "with a heading such as Name, Stakeholder or Organisation); say which row holds "
            "the headings"
        )
    names = [c for c in layout.columns if c.target == "name"]
    if not names:
        headings = ", ".join(f"'{c.heading}'" for c in layout.columns if c.heading) or "none"
        raise ImportFailed(
            f"{where_header}: no column holds the stakeholders' names (the headings: "
            f"{headings}); say which column does"
        )
    column_lines = [_column_line(c) for c in layout.columns]
    rating_lines: list[str] = []
    rated: dict[int, dict[str, int]] = {}
    kept_aside: dict[str, dict[str, int]] = {}  # field -> {value read as no rating: count}
    for column in layout.columns:
        if column.target in RATED:
            values = [
                cells[column.index]
                for _, cells in layout.rows
                if column.index < len(cells) and _filled(cells[column.index])
            ]
            rated[column.index], line = _ratings(column, values, vocabulary)
            rating_lines.append(line)
    nodes: list[ForeignNode] = []
    ignored: list[str] = []
    people: set[str] = set()
    name_index = names[0].index
    headings = {c.index: _heading(c.heading) for c in layout.columns if c.heading}
    title: tuple[str, str] | None = None  # (where, text) of the row before, if a lone name
    for number, cells in layout.rows:
        where = layout.where(number)
        if all(i < len(cells) and _heading(cells[i]) == h for i, h in headings.items()):
            if title is not None:  # "External stakeholders" above the second table's headings
                nodes.pop()
                ignored.append(
                    f"{title[0]}: '{title[1]}' is the title of a second table, so skipped"
                )
            ignored.append(f"{where}: the headings again (a second table), so skipped")
            title = None
            continue
        label = cells[name_index] if name_index < len(cells) else None
        title = (where, str(label)) if sum(map(_filled, cells)) == 1 and _filled(label) else None
        if not _filled(label):
            held = ", ".join(f"'{v}'" for v in cells if _filled(v))
            ignored.append(f"{where}: no name, so skipped (it holds {held})")
            continue
        attrs: dict[str, Any] = {}
        for column in layout.columns:
            value = cells[column.index] if column.index < len(cells) else None
            if not _filled(value) or column.target in ("name", "ignore"):
                continue
            if column.target == "keep":
                attrs[column.key] = value
            elif column.target in RATED:
                rating = rated[column.index].get(str(value))
                if rating is None:
                    attrs[f"register_{column.target}"] = value
                    counts = kept_aside.setdefault(column.target, {})
                    counts[str(value)] = counts.get(str(value), 0) + 1
                else:
                    attrs[column.target] = rating
            elif column.target == "role":
                attrs["role"] = ROLE_SYNONYMS.get(_heading(value), value)
            else:
                attrs[column.target] = value
        if "organisation" in attrs and "type" not in attrs:
            attrs["kind"] = "person"
            people.add(_heading(label))
        nodes.append(ForeignNode(where=where, label=str(label), attrs=attrs))
    report_lines = [*layout.notes, *column_lines, *rating_lines]
    for target, counts in kept_aside.items():
        count = sum(counts.values())
        values = _listed(list(counts))
        verb = "is not a rating" if len(counts) == 1 else "are not ratings"
        report_lines.append(
            f"{target} {values} {verb} we know, so kept as 'register_{target}' "
            f"({count} actor{'s' if count != 1 else ''})"
        )
    if people:
        count = len(people)
        report_lines.append(
            f"{count} stakeholder{'s' if count != 1 else ''} with an organisation read as "
            f"{'people' if count != 1 else 'a person'} (kind person)"
        )
    if not nodes:
        raise ImportFailed(
            f"{where_header}: no stakeholders below the headings (no row has a name in "
            f"column '{names[0].heading}')"
        )
    if len(ignored) > _IGNORED_SHOWN:
        more = len(ignored) - _IGNORED_SHOWN
        ignored[_IGNORED_SHOWN:] = [f"... and {more} more rows with no name, skipped too"]
    result = build_foreign("register", FORMAT, layout.source, nodes, [])
    result.report.guessed[:0] = report_lines
    result.report.ignored[:0] = ignored
    return RegisterResult(
        result.map, result.report, layout, tuple(column_lines), tuple(rating_lines)
    )


def read_register(files: Mapping[str, bytes], choices: Choices | None = None) -> RegisterResult:
    """Read one register file into a map of its stakeholders (see :func:`plan`)."""
    return build(plan(files, choices))


def is_register(files: Mapping[str, bytes]) -> bool:
    """One CSV file or workbook laid out as a register, not as any map format we read:
    a CSV file whose first row has no ``id`` or ``label`` column, a workbook without the
    sheets of our own, Kumu's, Onodo's or NodeXL's layout; and a header row naming the
    stakeholders within its first rows."""
    one = _one_file(files)
    if one is None:
        return False
    name, data = one
    if _is_csv_name(name):
        try:
            text = decode(data, name)
        except ImportFailed:
            return False
        try:
            first = next(csv.reader(io.StringIO(text[:4096])), [])
        except csv.Error:  # a stray CR in the first row: not a register we can read
            return False
        if classify(name, text) != "nodes" or {"id", "label"} & {clean_key(c) for c in first}:
            return False
    elif excel.is_xlsx(files):
        try:
            if _LAYOUT_SHEETS & {clean_key(s) for s in excel._sheet_names(data)}:
                return False
        except excel._BROKEN:
            return False
    else:
        return False
    try:
        grids = _grids(name, data, limit=_SCAN_ROWS)
    except ImportFailed:
        return False
    vocabulary = load_vocabulary()
    return any(_find_header(grid, vocabulary) is not None for grid, _ in grids.values())
