"""The tests. Every file they read is in the repository, so a fresh clone runs them all."""

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLE_MAPS = ROOT / "mapper" / "data" / "samples"  # the sample maps the package ships
INTEROP = ROOT / "tests" / "data" / "interop"  # real files made by other tools (SOURCES.md)
