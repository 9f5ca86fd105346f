# The README's commands. `make run` starts Partnership Mapper (`make run PORT=8051` on another
# port), `make test` runs every test.
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
PORT ?= 8050

.PHONY: run test lint bench browser

run: $(STAMP)
	$(VENV)/bin/mapper serve --port $(PORT)

test: $(STAMP) browser
	$(PY) -m pytest -q

lint: $(STAMP)
	$(VENV)/bin/ruff check . && $(VENV)/bin/ruff format --check .

bench: $(STAMP)
	for script in benchmarks/*.py; do $(PY) $$script || exit 1; done

$(STAMP): pyproject.toml
	python3 -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e ".[dev]"
	touch $(STAMP)

# Browser tests drive Debian's Chromium; install it when missing (needs root, as in CI).
browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  echo "Installing Debian's chromium for the browser tests"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; }
