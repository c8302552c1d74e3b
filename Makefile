PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test bench demo lint clean venv dist check-dist fuzz translations update-translations

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

venv: $(STAMP)

# The window's languages: resources/i18n/*.ts compiled to .qm (lrelease); update-translations first
# collects new strings from ui/ and the readers' catalogue into the .ts files (lupdate).
translations: $(STAMP)
	$(BIN)/python resources/i18n/build.py

update-translations: $(STAMP)
	$(BIN)/python resources/i18n/build.py --update

run: $(STAMP) translations
	$(BIN)/python main.py

demo: $(STAMP) translations
	$(BIN)/python main.py --demo

test: $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

lint: $(STAMP)
	$(BIN)/python -m ruff check .
	$(BIN)/lint-imports

# FUZZ_INPUTS mutated corpus files (default 3000) through every importer and exporter
FUZZ_INPUTS ?= 3000
fuzz: $(STAMP)
	FUZZ_INPUTS=$(FUZZ_INPUTS) $(BIN)/python tests/fuzz_support.py --keep fuzz-failures --refusals

bench: $(STAMP)
	$(BIN)/python -m bench

# The Linux bundle (packaging/): dist/masthead/ and dist/masthead-VERSION-linux-ARCH.tar.gz
DIST_STAMP := $(VENV)/.dist-installed
$(DIST_STAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[dist]'
	touch $(DIST_STAMP)

dist: $(DIST_STAMP) translations
	rm -rf dist/masthead dist/masthead-*.tar.gz build/pyinstaller
	$(BIN)/python -m PyInstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build/pyinstaller \
		packaging/masthead.spec
	tar -C dist -czf dist/masthead-$$(cat build/masthead/VERSION)-linux-$$(uname -m).tar.gz masthead
	@du -sh dist/masthead dist/masthead-*.tar.gz

check-dist:
	packaging/check_bundle.sh dist/masthead

clean:
	rm -rf $(VENV) .pytest_cache build dist
