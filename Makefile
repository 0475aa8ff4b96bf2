# Twofold: `make run` starts the app, `make test` runs the whole suite headless.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP_APP := $(VENV)/.installed-app
STAMP_TEST := $(VENV)/.installed-test

.PHONY: run test lint format bench system-deps clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

$(STAMP_APP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -q -e .
	touch $@

$(STAMP_TEST): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -q -e '.[test]'
	touch $@ $(STAMP_APP)

system-deps:
	@sh packaging/linux/system-deps.sh

run: $(STAMP_APP)
	$(BIN)/twofold $(ARGS)

test: system-deps $(STAMP_TEST)
	$(BIN)/ruff check desktop tests
	$(BIN)/ruff format --check desktop tests
	$(BIN)/python -m pytest -q

bench: $(STAMP_TEST)
	$(BIN)/python -m pytest -q -s -m bench tests/bench

lint: $(STAMP_TEST)
	$(BIN)/ruff check desktop tests

format: $(STAMP_TEST)
	$(BIN)/ruff format desktop tests
	$(BIN)/ruff check --fix desktop tests

clean:
	rm -rf $(VENV) build dist *.egg-info
