"""The whole path: read -> clean -> annotate -> resolve -> extract -> build graph -> export."""
from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from rdflib import RDF, Graph

from kg.annotate import annotate, load_pipeline
from kg.clean import clean
from kg.export import write_outputs
from kg.extract import extract_facts
from kg.graph import build_graph
from kg.namespace import KG
from kg.read import read_articles
from kg.records import DocResult
from kg.resolve import merge_entities, mentions_of, resolve_document
from kg.settings import Settings

log = logging.getLogger("kg.pipeline")


@dataclass(frozen=True)
class BuildSummary:
    articles: int
    entities: int
    assertions: int
    turtle: Path
    html: Path


def process(inputs: Iterable[Path | str], settings: Settings = Settings()) -> list[DocResult]:
    """Run the per-article stages over every readable article under ``inputs``."""
    nlp = load_pipeline(settings)
    cleaned = (clean(article) for article in read_articles(inputs))
    results = []
    for doc in annotate(nlp, cleaned, batch_size=settings.batch_size):
        resolve_document(doc)
        results.append(
            DocResult(
                article=doc._.article.article,
                entities=doc._.entities,
                mentions=mentions_of(doc),
                facts=extract_facts(doc),
            )
        )
    return results


def build_knowledge_graph(results: list[DocResult]) -> Graph:
    """Merge entities across articles and build the RDF graph."""
    entities, local_to_id = merge_entities(results)
    return build_graph(results, entities, local_to_id)


def build(inputs: Iterable[Path | str], out_dir: Path, settings: Settings = Settings()) -> BuildSummary:
    """Build ``out_dir/graph.ttl`` and ``out_dir/graph.html`` from the articles under ``inputs``."""
    results = process(inputs, settings)
    graph = build_knowledge_graph(results)
    turtle, html = write_outputs(graph, Path(out_dir))
    return BuildSummary(
        articles=len(results),
        entities=len({e for r in results for e in r.entities}),
        assertions=len(set(graph.subjects(RDF.type, KG.Assertion))),
        turtle=turtle,
        html=html,
    )
