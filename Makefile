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

# ---- Installers (packaging/, see packaging/build.py) --------------------------
# Each target installs the tools it needs when run as root on Debian/Ubuntu, or
# stops at once naming the missing tool and its package.
DIST_TOOLS := objdump:binutils strip:binutils
DEB_TOOLS := dpkg-deb:dpkg
DIST_TEST_TOOLS := lintian:lintian desktop-file-validate:desktop-file-utils \
	appstreamcli:appstream makensis:nsis mmdebstrap:mmdebstrap Xvfb:xvfb

.PHONY: dist deb dist-test dist-tools

$(VENV)/.installed-packaging: pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q -e '.[packaging]'
	touch $(VENV)/.installed $@

dist-tools:
	@bash packaging/require-tools.sh $(DIST_TOOLS)

# build/dist/footgui: the frozen one-folder app
dist: sysdeps dist-tools $(VENV)/.installed-packaging
	$(BIN)/python packaging/build.py dist

# build/packages/footgui_VERSION_ARCH.deb and footgui-VERSION-linux-ARCH.tar.gz
deb: sysdeps dist-tools $(VENV)/.installed-packaging
	@bash packaging/require-tools.sh $(DEB_TOOLS)
	$(BIN)/python packaging/build.py dist deb tarball

# lintian, desktop-file-validate, appstreamcli, makensis, and the .deb installed
# and run in a throw-away Debian 12 root (mmdebstrap): no change to this machine
dist-test: deb
	@bash packaging/require-tools.sh $(DIST_TEST_TOOLS)
	bash packaging/dist-test.sh

# ---- Translations (resources/translations/) ---------------------------------------
# Regenerates the German .ts from every tr()/translate() in the GUI sources (new
# strings come in unfinished: translate them in the .ts, e.g. with Qt Linguist),
# then builds the .qm the app loads. Both files are committed, so running the app
# needs no build step; tests/test_i18n.py fails while a string is untranslated.
TS_SOURCES := footgui/ui footgui/player footgui/core footgui/store footgui/app.py footgui/__main__.py
TS_FILES := resources/translations/footgui_de.ts

.PHONY: translations
translations: $(VENV)/.installed-dev
	$(BIN)/pyside6-lupdate -extensions py -no-obsolete -locations none \
		-source-language en -target-language de $(TS_SOURCES) -ts $(TS_FILES)
	for ts in $(TS_FILES); do $(BIN)/pyside6-lrelease -nounfinished "$$ts" -qm "$${ts%.ts}.qm"; done
