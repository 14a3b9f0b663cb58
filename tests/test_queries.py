"""The saved questions in queries/*.rq: each is documented, runs by name, returns rows with labels on
the bundled articles, and answers its question (checked against the graph in Python)."""
from __future__ import annotations

import csv
import io
import json
from collections import defaultdict

import pytest
from rdflib import RDF, RDFS, Graph, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV

from kb_bundled import ROOT, bundled_graph, bundled_output, saved_query_paths
from kg.cli import main, saved_queries
from kg.namespace import KG, RESOURCE_BASE

REQUIRED = {
    "who-met-whom",
    "who-criticized-whom",
    "where-did-they-go",
    "planned-not-happened",
    "most-connected",
    "facts-from-article",
    "reported-by-several",
    "entities-by-type",
}
RELATION_WORDS = {KG.metWith: "met with", KG.criticized: "criticized", KG.visited: "visited"}
STATUS_WORDS = {KG.Occurred: "occurred", KG.Planned: "planned", KG.Requested: "requested", KG.Negated: "negated"}
NAMES = [path.stem for path in saved_query_paths()]


def _rows(name: str) -> tuple[list[str], list[dict[str, str]]]:
    """Run a saved query on the bundled graph with rdflib; rows as dicts of strings ('' if unbound)."""
    result = bundled_graph().query((ROOT / "queries" / f"{name}.rq").read_text(encoding="utf-8"))
    names = [str(v) for v in result.vars]
    rows = [{n: ("" if row[i] is None else str(row[i])) for i, n in enumerate(names)} for row in result]
    return names, rows


def _label(graph: Graph, node) -> str:
    return str(graph.value(node, RDFS.label))


def _assertions(graph: Graph):
    """(assertion, subject, predicate, object, status, article id) for every assertion."""
    for a in graph.subjects(RDF.type, KG.Assertion):
        article = graph.value(a, PROV.wasDerivedFrom)
        yield (
            a,
            graph.value(a, RDF.subject),
            graph.value(a, RDF.predicate),
            graph.value(a, RDF.object),
            graph.value(a, KG.status),
            str(graph.value(article, DCTERMS.identifier)),
        )


def test_at_least_the_eight_questions_are_saved():
    assert len(NAMES) >= 8
    assert REQUIRED <= set(NAMES)
    assert set(saved_queries()) >= REQUIRED


@pytest.mark.parametrize("name", NAMES)
def test_each_query_says_what_it_answers(name):
    text = (ROOT / "queries" / f"{name}.rq").read_text(encoding="utf-8")
    header = []
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        header.append(line)
    assert len(header) >= 2, f"{name}.rq needs a comment header saying what it answers"
    assert "?" in header[0], "the first line asks the question the query answers"


@pytest.mark.parametrize("name", NAMES)
def test_each_query_returns_rows_of_labels(name):
    names, rows = _rows(name)
    assert rows, f"{name} returns no row on the bundled articles"
    for row in rows:
        for column, value in row.items():
            assert not value.startswith(str(RESOURCE_BASE)), f"{name}: {column} is a bare IRI: {value}"
            assert not value.startswith(str(KG._NS)), f"{name}: {column} is a bare IRI: {value}"


@pytest.mark.parametrize("fmt", ["table", "csv", "json"])
def test_kg_query_runs_a_saved_query_by_name(fmt, capsys):
    graph = bundled_output() / "graph.ttl"
    assert main(["query", "who-met-whom", "--graph", str(graph), "--format", fmt]) == 0
    out = capsys.readouterr().out
    names, rows = _rows("who-met-whom")
    if fmt == "csv":
        parsed = list(csv.reader(io.StringIO(out)))
        assert parsed[0] == names and len(parsed) == len(rows) + 1
    elif fmt == "json":
        data = json.loads(out)
        assert data["head"]["vars"] == names and len(data["results"]["bindings"]) == len(rows)
    else:
        assert out.splitlines()[0].split() == names
        assert f"({len(rows)} rows)" in out


def test_kg_query_names_the_saved_queries_when_the_name_is_unknown(capsys):
    assert main(["query", "no-such-question", "--graph", str(bundled_output() / "graph.ttl")]) == 2
    err = capsys.readouterr().err
    assert "no-such-question" in err and "who-met-whom" in err


def test_a_path_and_a_sparql_string_still_work(capsys, tmp_path):
    graph = str(bundled_output() / "graph.ttl")
    assert main(["query", str(ROOT / "queries" / "entities-by-type.rq"), "--graph", graph, "--format", "csv"]) == 0
    assert main(["query", "SELECT ?a WHERE { ?a a <%s> }" % KG.Article, "--graph", graph, "--format", "csv"]) == 0
    out = capsys.readouterr().out
    assert "Person" in out and str(RESOURCE_BASE) in out


def test_readme_shows_every_saved_query():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "## Saved questions" in readme
    section = readme.split("## Saved questions", 1)[1]
    for name in NAMES:
        assert f"kg query {name}" in section, f"README does not show {name}"


# --------------------------------------------------------------------------- answers


def test_who_met_whom_lists_each_occurred_meeting():
    graph = bundled_graph()
    expected = set()
    for _a, s, p, o, status, _doc in _assertions(graph):
        if p == KG.metWith and status == KG.Occurred:
            expected.add(tuple(sorted((_label(graph, s), _label(graph, o)))))
    _names, rows = _rows("who-met-whom")
    assert {(r["person"], r["other"]) for r in rows} == expected
    assert all(r["person"] <= r["other"] and int(r["articles"]) >= 1 and r["sources"] for r in rows)
    assert any(r["place"] for r in rows), "some meeting has a place on the bundled articles"


def test_who_criticized_whom_gives_the_evidence_sentence():
    graph = bundled_graph()
    expected = {
        (_label(graph, s), _label(graph, o), str(graph.value(a, KG.evidence)))
        for a, s, p, o, status, _doc in _assertions(graph)
        if p == KG.criticized and status == KG.Occurred
    }
    _names, rows = _rows("who-criticized-whom")
    assert {(r["critic"], r["target"], r["evidence"]) for r in rows} == expected


def test_where_did_they_go_is_a_timeline():
    _names, rows = _rows("where-did-they-go")
    by_person = defaultdict(list)
    for row in rows:
        by_person[row["traveller"]].append(row)
    for visits in by_person.values():
        dated = [v["date"] for v in visits if v["date"]]
        assert dated == sorted(dated)
        seen_undated = False
        for visit in visits:  # dated visits first, then the undated ones
            seen_undated = seen_undated or not visit["date"]
            assert not (seen_undated and visit["date"])
            assert visit["dated_by"] == ("" if not visit["date"] else visit["dated_by"])
    assert list(by_person) == sorted(by_person)


def test_planned_not_happened_excludes_what_occurred():
    graph = bundled_graph()
    occurred = set()
    for _a, s, p, o, status, _doc in _assertions(graph):
        if status == KG.Occurred:
            occurred.add((s, p, o))
            if p == KG.metWith:
                occurred.add((o, p, s))
    expected = {
        (_label(graph, s), RELATION_WORDS[p], _label(graph, o), STATUS_WORDS[status])
        for _a, s, p, o, status, _doc in _assertions(graph)
        if status in (KG.Planned, KG.Requested) and (s, p, o) not in occurred
    }
    _names, rows = _rows("planned-not-happened")
    assert {(r["subject"], r["relation"], r["object"], r["status"]) for r in rows} == expected
    assert expected


def test_most_connected_counts_distinct_neighbours_over_direct_edges():
    graph = bundled_graph()
    neighbours = defaultdict(set)
    for relation in RELATION_WORDS:
        for s, o in graph.subject_objects(relation):
            neighbours[s].add(o)
            neighbours[o].add(s)
    degree_by_label = defaultdict(set)
    for node, others in neighbours.items():
        degree_by_label[_label(graph, node)].add(len(others))
    _names, rows = _rows("most-connected")
    assert len(rows) == min(10, len(neighbours))
    degrees = [int(r["degree"]) for r in rows]
    assert degrees == sorted(degrees, reverse=True)
    assert degrees[0] == max(len(v) for v in neighbours.values())
    for row in rows:
        assert int(row["degree"]) in degree_by_label[row["entity"]]


def test_facts_from_article_lists_the_default_articles_facts_in_text_order():
    graph = bundled_graph()
    text = (ROOT / "queries" / "facts-from-article.rq").read_text(encoding="utf-8")
    doc = text.split('VALUES ?id { "', 1)[1].split('"', 1)[0]
    assert (ROOT / "data" / "articles" / f"{doc}.txt").is_file(), "the default article is a bundled one"
    expected = sum(1 for *_rest, d in _assertions(graph) if d == doc)
    _names, rows = _rows("facts-from-article")
    assert len(rows) == expected
    starts = [int(r["start"]) for r in rows]
    assert starts == sorted(starts)


def test_reported_by_several_needs_two_articles():
    graph = bundled_graph()
    articles = defaultdict(set)
    for _a, s, p, o, _status, doc in _assertions(graph):
        ends = (_label(graph, s), _label(graph, o))
        if p == KG.metWith:
            ends = tuple(sorted(ends))
        articles[(ends[0], RELATION_WORDS[p], ends[1])].add(doc)
    expected = {fact: len(docs) for fact, docs in articles.items() if len(docs) >= 2}
    _names, rows = _rows("reported-by-several")
    assert {(r["subject"], r["relation"], r["object"]): int(r["articles"]) for r in rows} == expected
    for row in rows:
        assert len(row["sources"].split(" | ")) == int(row["articles"])


def test_entities_by_type_lists_each_entity_once_under_its_most_specific_type():
    graph = bundled_graph()
    entities = {e for cls in (KG.Person, KG.Organization, KG.Place, KG.Group) for e in graph.subjects(RDF.type, cls)}
    _names, rows = _rows("entities-by-type")
    assert len(rows) == len(entities)
    countries = [r for r in rows if r["type"] == "Country"]
    assert countries and all(r["wikidata"].startswith("Q") for r in countries)
    assert not any(r["type"] == "Place" and r["entity"] in {c["entity"] for c in countries} for r in rows)
    linked = {str(o).rsplit("/", 1)[1] for o in graph.objects(None, OWL.sameAs) if isinstance(o, URIRef)}
    assert {r["wikidata"] for r in rows if r["wikidata"]} == linked
