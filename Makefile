# Twofold: `make run` starts the app, `make test` runs the whole suite headless.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP_APP := $(VENV)/.installed-app
STAMP_TEST := $(VENV)/.installed-test

.PHONY: run test lint format bench system-deps clean package install-desktop translations

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

# The interface's texts into resources/i18n/twofold_de.ts (lupdate), compiled to the .qm that
# is committed, so a fresh clone runs in German with nothing built first.
translations: $(STAMP_APP)
	$(BIN)/python packaging/translations.py

STAMP_PKG := $(VENV)/.installed-package
$(STAMP_PKG): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -q -e '.[package]'
	touch $@

# One-folder application for the platform this runs on, in dist/twofold/.
package: $(STAMP_PKG)
	$(BIN)/python packaging/make_icons.py
	$(BIN)/python packaging/licenses.py
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build/pyinstaller packaging/twofold.spec
	@du -sh dist/twofold

# Puts Twofold in the user's application menu (the built app if there is one, else the venv's).
PREFIX ?= $(HOME)/.local
APP_ID := io.github.twofold.Twofold
install-desktop:
	@exe="$(CURDIR)/dist/twofold/twofold"; [ -x "$$exe" ] || exe="$(CURDIR)/$(BIN)/twofold"; \
	mkdir -p $(PREFIX)/share/applications $(PREFIX)/share/metainfo $(PREFIX)/share/icons/hicolor/scalable/apps; \
	sed "s|^Exec=twofold|Exec=$$exe|" packaging/linux/$(APP_ID).desktop > $(PREFIX)/share/applications/$(APP_ID).desktop; \
	cp packaging/linux/$(APP_ID).metainfo.xml $(PREFIX)/share/metainfo/; \
	cp resources/icons/twofold.svg $(PREFIX)/share/icons/hicolor/scalable/apps/$(APP_ID).svg; \
	for s in 16 32 48 64 128 256 512; do \
		mkdir -p $(PREFIX)/share/icons/hicolor/$${s}x$${s}/apps; \
		cp resources/icons/twofold-$$s.png $(PREFIX)/share/icons/hicolor/$${s}x$${s}/apps/$(APP_ID).png; \
	done; \
	command -v update-desktop-database >/dev/null && update-desktop-database -q $(PREFIX)/share/applications || true; \
	echo "Installed $(APP_ID) into $(PREFIX)/share (runs $$exe)"

clean:
	rm -rf $(VENV) build dist *.egg-info
