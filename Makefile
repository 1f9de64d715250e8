# S2GM Mosaic: set-up, tests and demo on Debian 12 (QGIS 3.22 LTR).
#   make demo   install what is missing, composite the bundled sample into demo-output/
#   make test   install what is missing, then the whole test suite (engine + QGIS tiers)
SHELL := /bin/bash
.DEFAULT_GOAL := help

SYSTEM_PYTHON := /usr/bin/python3
VENV := .venv
PY := $(VENV)/bin/python
DEMO_DIR := demo-output
SAMPLE := $(CURDIR)/sample/T13SFA
PYTEST_ARGS ?=
TEST_TIMEOUT ?= 900

# Debian packages the plugin, its tests and the tooling need (docs/environment recipe).
APT_PACKAGES := python3-qgis qgis-providers qgis xvfb python3-rasterio python3-numba \
	python3-netcdf4 python3-pytest python3-requests python3-xarray python3-dask python3-distributed \
	python3-matplotlib python3-venv python3-pip make pyqt5-dev-tools qttools5-dev-tools openssl
SUDO := $(if $(filter 0,$(shell id -u)),,sudo)

TS_FILES := $(wildcard i18n/*.ts)
QM_FILES := $(TS_FILES:.ts=.qm)

.PHONY: help install venv i18n i18n-update test test-engine test-qgis demo bench bench-tile screenshots zip clean

help:
	@echo "make demo | test | test-engine | test-qgis | bench | screenshots | i18n | i18n-update | zip | venv | install | clean"

## install: apt-get the Debian packages that are missing (nothing when all are there)
install:
	@missing=""; \
	for pkg in $(APT_PACKAGES); do \
	  dpkg-query -W -f='$${Status}' "$$pkg" 2>/dev/null | grep -q "install ok installed" \
	    || missing="$$missing $$pkg"; \
	done; \
	if [ -z "$$missing" ]; then \
	  echo "install: all Debian packages present"; \
	else \
	  echo "install: installing$$missing"; \
	  $(SUDO) apt-get update && \
	  $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends $$missing; \
	fi

## venv: .venv sees the Debian packages; pip adds only the pinned test extras
venv: $(VENV)/.installed

# (sub-makes of `make test` skip the apt check the top level already did)
$(VENV)/.installed: requirements-dev.txt | $(if $(filter 0,$(MAKELEVEL)),install)
	test -x $(PY) || $(SYSTEM_PYTHON) -m venv --system-site-packages $(VENV)
	$(PY) -m pip install --disable-pip-version-check --no-deps -r requirements-dev.txt
	touch $@

## i18n: compile translations (.qm are build outputs)
i18n: $(QM_FILES)

i18n/%.qm: i18n/%.ts
	lrelease -silent $< -qm $@

## i18n-update: refresh the .ts files from the Python sources (then translate them)
i18n-update:
	cd i18n && pylupdate5 -noobsolete s2gm_mosaic.pro

## test: both tiers; each runs even when the other fails, the exit status reports both
test: install venv i18n
	@status=0; \
	$(MAKE) --no-print-directory test-engine || status=1; \
	$(MAKE) --no-print-directory test-qgis || status=1; \
	exit $$status

# Engine tier: plain pytest, no QGIS (exit status 5 = no test collected yet).
test-engine: venv
	@$(PY) -m pytest -p no:pytest_qgis -p no:cacheprovider --timeout=$(TEST_TIMEOUT) \
	  $(PYTEST_ARGS) tests/engine; rc=$$?; [ $$rc -eq 0 ] || [ $$rc -eq 5 ]

# QGIS tier: pytest-qgis, headless.
test-qgis: venv i18n
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -p no:cacheprovider --timeout=$(TEST_TIMEOUT) \
	  $(PYTEST_ARGS) tests/qgis

## demo: composite the bundled sample with qgis_process, then a PNG quick-look
demo: install venv i18n
	mkdir -p $(DEMO_DIR)
	rm -f $(DEMO_DIR)/composite.tif $(DEMO_DIR)/quality.tif $(DEMO_DIR)/qc_report.json \
	  $(DEMO_DIR)/quicklook.png
	scripts/qgis-process run s2gm:composite -- \
	  INPUT=$(SAMPLE) START_DATE=2024-09-01 END_DATE=2024-09-30 \
	  METHOD=auto RESOLUTION=10 BANDS=B04 BANDS=B08 \
	  OUTPUT=$(CURDIR)/$(DEMO_DIR)/composite.tif \
	  QUALITY=$(CURDIR)/$(DEMO_DIR)/quality.tif \
	  QC_REPORT=$(CURDIR)/$(DEMO_DIR)/qc_report.json
	$(PY) scripts/quicklook.py $(DEMO_DIR)/composite.tif $(DEMO_DIR)/quicklook.png
	@echo "demo: outputs in $(DEMO_DIR)/"; ls -l $(DEMO_DIR)

## bench: kernel and end-to-end benchmarks
bench: venv
	$(PY) bench/bench_kernel.py
	$(PY) bench/bench_e2e.py
	$(PY) bench/bench_fetch.py
	$(PY) bench/bench_dask.py

## bench-tile: a full 10980 px tile, 20 dates, 10 bands (builds ~130 MB of COGs once in
## ~/.cache/s2gm-mosaic/bench-tile; takes about ten minutes on 2 cores)
bench-tile: venv
	$(PY) bench/bench_tile.py

## screenshots: the Hub dock with a real order of the sample, grabbed under a virtual display
## (xvfb-run) to docs/img/*.png for the README
screenshots: venv i18n
	xvfb-run -a $(PY) scripts/screenshots.py docs/img

## zip: installable plugin archive (folder s2gm_mosaic/) in dist/
zip: i18n
	mkdir -p dist
	$(SYSTEM_PYTHON) -c 'import subprocess, zipfile, glob; \
	files = subprocess.check_output(["git", "ls-files", "metadata.txt", "*.py", "icons", "i18n", "examples", "README.md", "LICENSE"], text=True).split() + glob.glob("i18n/*.qm"); \
	z = zipfile.ZipFile("dist/s2gm_mosaic.zip", "w", zipfile.ZIP_DEFLATED); \
	[z.write(f, "s2gm_mosaic/" + f) for f in sorted(set(files)) if not f.startswith("tests/") and not f.startswith("bench/") and not f.startswith("scripts/")]; \
	z.close()'
	@echo "dist/s2gm_mosaic.zip"

clean:
	rm -rf $(DEMO_DIR) dist $(QM_FILES) .qgis-settings
