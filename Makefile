# The two commands of the README:
#   make demo   — set up .venv with newsledger alone, ingest the bundled sample corpus into ./newsledger.db,
#                 print who said what
#   make test   — set up .venv with the test and scale extras (pytest, selenium, Ray...) and run the whole
#                 test suite (what CI runs)
#   make fuzz   — the fuzz harness at 10,000 hostile inputs (bench/fuzz.py; hours; figures in bench/README.md)
PY ?= python3.11
VENV := .venv
CORE := $(VENV)/.installed-core
STAMP := $(VENV)/.installed

$(VENV)/bin/python:
	$(PY) -m venv $(VENV)
	$(VENV)/bin/pip install --quiet --upgrade pip

$(CORE): pyproject.toml | $(VENV)/bin/python
	$(VENV)/bin/pip install --quiet -e .
	touch $(CORE)

$(STAMP): pyproject.toml | $(VENV)/bin/python
	$(VENV)/bin/pip install --quiet -e '.[test,scale]'
	touch $(STAMP) $(CORE)

setup: $(STAMP)

demo: $(CORE)
	$(VENV)/bin/newsledger ingest samples/corpus
	$(VENV)/bin/newsledger summary

# the browser tests drive Debian's chromium; installed here when missing and we may (root)
browser:
	@command -v chromium >/dev/null && command -v chromedriver >/dev/null || \
	  { [ "$$(id -u)" = 0 ] && apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null; } || \
	  echo "chromium not installed: the browser tests will be skipped"

test: $(STAMP) browser lint
	$(VENV)/bin/python -m pytest -n 2 --dist loadfile   # both cores; a module stays on one worker (its fixtures run once)

# the checks CI runs before the tests: ruff over the code, bench and scripts; mypy over the package
lint: $(STAMP)
	$(VENV)/bin/ruff check src tests bench scripts
	$(VENV)/bin/mypy

fuzz: $(STAMP)
	nice -n 10 $(VENV)/bin/python bench/fuzz.py --n 10000 --log fuzz.jsonl

.PHONY: setup demo test browser lint fuzz
