"""How long a stakeholder register takes to read as it grows: CSV and Excel, from the
upload's bytes to the checked map (recognising the format included), median of 3.

    .venv/bin/python benchmarks/register_import.py [SIZE ...]

Registers are generated with a fixed seed, laid out as people keep them: a title block,
then Stakeholder, Organisation, Type, Influence (H/M/L), Interest (1-10), Email, Notes.
Half the stakeholders name an organisation of the register, a few one that is not on it.
"""

from __future__ import annotations

import csv
import io
import random
import statistics
import sys
import time

import openpyxl

from mapper.io import read_files

SIZES = (100, 1_000, 10_000)
TYPES = ("Charity", "Funder", "Local authority", "Community group", "Business", "Residents")
HML = ("H", "M", "L", "VH", "Medium", "Low")


def rows(size: int, seed: int = 42) -> list[list[object]]:
    draw = random.Random(seed)
    orgs = max(1, size // 2)
    out: list[list[object]] = [["Stakeholder register"], [], ["Stakeholder", "Organisation",
        "Type", "Influence (H/M/L)", "Interest (1-10)", "Email", "Notes"]]  # fmt: skip
    for number in range(size):
        if number < orgs:
            out.append([f"Organisation {number}", "", draw.choice(TYPES), draw.choice(HML),
                        draw.randint(1, 10), "", "Meets monthly"])  # fmt: skip
        else:
            employer = f"Organisation {draw.randrange(orgs)}" if number % 10 else "Elsewhere Ltd"
            out.append([f"Person {number}", employer, "", draw.choice(HML), draw.randint(1, 10),
                        f"p{number}@example.org", ""])  # fmt: skip
    return out


def as_csv(grid: list[list[object]]) -> bytes:
    text = io.StringIO()
    csv.writer(text).writerows(grid)
    return text.getvalue().encode("cp1252")


def as_xlsx(grid: list[list[object]]) -> bytes:
    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("Register")
    for row in grid:
        sheet.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def median_seconds(files: dict[str, bytes]) -> float:
    times = []
    for _ in range(3):
        start = time.perf_counter()
        result = read_files(files)
        times.append(time.perf_counter() - start)
    assert result.report.format == "Stakeholder register"
    return statistics.median(times)


def main(sizes: tuple[int, ...]) -> None:
    print("| stakeholders | CSV (s) | Excel (s) |")
    print("|---:|---:|---:|")
    for size in sizes:
        grid = rows(size)
        csv_time = median_seconds({"register.csv": as_csv(grid)})
        xlsx_time = median_seconds({"register.xlsx": as_xlsx(grid)})
        print(f"| {size:,} | {csv_time:.2f} | {xlsx_time:.2f} |")


if __name__ == "__main__":
    main(tuple(int(arg) for arg in sys.argv[1:]) or SIZES)
