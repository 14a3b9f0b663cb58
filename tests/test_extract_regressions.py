"""Articles on which extraction once failed (tests/fixtures/regressions/README.md) must build."""
from pathlib import Path

import pytest

from kg.pipeline import process_articles
from kg.read import read_articles
from kg.records import DocResult
from kg.settings import Settings

ARTICLES = sorted((Path(__file__).parent / "fixtures" / "regressions").glob("*.txt"))


@pytest.mark.parametrize("path", ARTICLES, ids=[p.stem for p in ARTICLES])
def test_article_builds_without_an_internal_error(path):
    (article,) = read_articles([path])
    (outcome,) = process_articles([article], Settings(use_cache=False, progress=False))
    assert isinstance(outcome, DocResult), outcome
