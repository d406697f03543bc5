# footgui developer commands. `make run` and `make test` are the Quick start.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
export QT_QPA_PLATFORM ?= offscreen

.PHONY: run test lint format bench sysdeps clean

$(BIN)/python:
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q -U pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q -e .
	touch $@

$(VENV)/.installed-dev: pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q -e '.[dev,demos]'
	touch $(VENV)/.installed $@

sysdeps:
	@bash packaging/system-deps.sh ensure

run: sysdeps $(VENV)/.installed
	QT_QPA_PLATFORM= $(BIN)/footgui

test: sysdeps $(VENV)/.installed-dev
	$(BIN)/pytest

lint: $(VENV)/.installed-dev
	$(BIN)/ruff check footgui tests
	$(BIN)/ruff format --check footgui tests
	$(BIN)/mypy footgui/core footgui/store

format: $(VENV)/.installed-dev
	$(BIN)/ruff check --fix footgui tests
	$(BIN)/ruff format footgui tests

bench: sysdeps $(VENV)/.installed-dev
	$(BIN)/python tests/benchmarks/run.py --out build/bench.json

clean:
	rm -rf build dist $(VENV)
