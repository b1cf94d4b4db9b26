# Two commands: `make run` opens the desk on a demo database, `make test` runs the whole suite.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DEMO_DB ?= .demo/demo.sqlite
DEMO_PATIENTS ?= 5000
TS := $(wildcard ui/i18n/*.ts)
QM := $(TS:.ts=.qm)

.PHONY: run test setup translations lint clean bench installer installer-check

setup: $(STAMP)

# Re-created when missing, broken (its Python moved) or older than pyproject.toml.
$(STAMP): pyproject.toml
	@if ! $(BIN)/python -c "pass" 2>/dev/null; then rm -rf $(VENV); $(PYTHON) -m venv $(VENV); fi
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $(STAMP)

translations: $(QM)

ui/i18n/%.qm: ui/i18n/%.ts $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

$(DEMO_DB): | $(STAMP)
	@mkdir -p $(dir $(DEMO_DB))
	$(BIN)/python main.py demo --patients $(DEMO_PATIENTS) --db $(DEMO_DB)

run: $(STAMP) translations $(DEMO_DB)
	$(BIN)/python main.py --db $(DEMO_DB)

test: $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(PYTEST_ARGS)

lint: $(STAMP)
	$(BIN)/ruff check .

bench: $(STAMP) translations
	$(BIN)/python main.py bench

# The frozen desk, its self-test and cold start, and the Debian package (docs/installer.md).
INSTALLER_STAMP := $(VENV)/.installer

$(INSTALLER_STAMP): pyproject.toml | $(STAMP)
	$(BIN)/python -c "import tomllib; print(*tomllib.load(open('pyproject.toml', 'rb'))['project']['optional-dependencies']['installer'], sep='\n')" > $(VENV)/installer-requirements.txt
	$(BIN)/python -m pip install --quiet -r $(VENV)/installer-requirements.txt
	touch $(INSTALLER_STAMP)

installer: $(STAMP) translations $(INSTALLER_STAMP)
	$(BIN)/python installer/build.py $(INSTALLER_ARGS)

# Also installs the package on this machine, checks it and removes it (as CI does; root).
installer-check: $(STAMP) translations $(INSTALLER_STAMP)
	$(BIN)/python installer/build.py --install-check

clean:
	rm -rf $(VENV) .demo .pytest_cache .ruff_cache $(QM) build/installer
