"""kg: news articles in, a provenance-annotated knowledge graph out."""

__version__ = "0.1.0"
