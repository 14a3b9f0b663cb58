"""Titles and offices ("Russian Foreign Minister", "the UN chief") read from noun phrases.

A role is a title from the titles lexicon plus, where the phrase gives one, the country or
organization it belongs to: "Russian President" is (president, Russia); "the U.N. chief" is
(chief, United Nations). Role nouns resolve to a person only when the article gave that person
a compatible role.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

from spacy.tokens import Doc, Span, Token

from kg import gazetteer
from kg.names import name_key


@dataclass(frozen=True)
class Role:
    title: str  # canonical title, lower case: "foreign minister"
    qualifier: str | None  # canonical country or organization name

    def label(self) -> str:
        """``"Foreign Minister of Russia"``."""
        words = " ".join(w if w.isupper() else w.capitalize() for w in self.title.split())
        words = "-".join(part[:1].upper() + part[1:] for part in words.split("-"))
        return f"{words} of {self.qualifier}" if self.qualifier else words

    def is_leader(self) -> bool:
        return self.title in _lexicon()["leaders"]


@cache
def _lexicon() -> dict:
    data = json.loads(resources.files("kg.lexicons").joinpath("titles.json").read_text(encoding="utf-8"))
    data["titles"] = sorted({name_key(t) for t in data["titles"]}, key=lambda t: (-len(t.split()), t))
    data["leaders"] = {_canonical(name_key(t), data) for t in data["leaders"]}
    data["generic"] = set(data["generic"])
    data["honorifics"] = set(data["honorifics"])
    data["lesser_office_words"] = frozenset(data["lesser_office_words"])
    return data


def _canonical(title: str, data: dict | None = None) -> str:
    data = data or _lexicon()
    return data["equivalents"].get(title, title)


def is_generic_title(title: str) -> bool:
    """"leader", "chief", "head": titles that say what someone is, not which office they hold."""
    return title in _lexicon()["generic"]


def is_honorific(word: str) -> bool:
    return name_key(word) in _lexicon()["honorifics"]


@cache
def _titles_by_first_word() -> dict[str, list[list[str]]]:
    by_first: dict[str, list[list[str]]] = {}
    for title in _lexicon()["titles"]:
        parts = title.split()
        by_first.setdefault(parts[0], []).append(parts)
    return by_first


@cache
def _words_in_titles() -> frozenset[str]:
    return frozenset(word for title in _lexicon()["titles"] for word in title.split())


@lru_cache(maxsize=1 << 16)
def _title_key(word: str) -> str:
    """A word's key among title words: its name key, or the title it abbreviates ("Sen.": senator)."""
    return _lexicon()["abbreviations"].get(word.lower()) or name_key(word)


def is_title_word(word: str) -> bool:
    """Whether a word (a token's text) is one of a title's words: "President", "Secretary", "Prime", "Sen."."""
    return _title_key(word) in _words_in_titles()


@lru_cache(maxsize=1 << 16)
def can_end_title(word: str) -> bool:
    """Whether a word (a token's text) can be the last word of a title: "minister", "chief"."""
    keys = _title_key(word).split()
    return bool(keys) and keys[-1] in _words_in_titles()


def find_title(words: list[str]) -> tuple[int, int, str] | None:
    """The longest title among ``words`` (already lower-cased keys): (start, end, canonical title);
    among titles of the same length the first in A-Z order, then the leftmost."""
    found = [
        (-len(parts), " ".join(parts), i)
        for i, word in enumerate(words)
        for parts in _titles_by_first_word().get(word, ())
        if words[i : i + len(parts)] == parts
    ]
    if not found:
        return None
    size, title, i = min(found)
    return i, i - size, _canonical(title)


def title_words(tokens: list[Token]) -> list[str]:
    """Lower-cased word keys of tokens; hyphens split words ("Secretary-General" -> secretary, general).
    A country or organization inside a title is its qualifier, not one of its words ("the top U.S.
    diplomat" is a top diplomat)."""
    inside = [t for i, t in enumerate(tokens) if not (0 < i < len(tokens) - 1 and names_a_qualifier(t.text))]
    return " ".join(_title_key(t.text) for t in inside).split()


@lru_cache(maxsize=1 << 12)
def names_a_qualifier(word: str) -> bool:
    return bool(gazetteer.country_by_name(word) or gazetteer.country_by_demonym(word) or gazetteer.organization_by_name(word))


def role_from_tokens(tokens: list[Token]) -> Role | None:
    """Read a role from the tokens of a title phrase, or None when they hold no title."""
    return _role_of_words(title_words([t for t in tokens if not t.is_punct]), tokens)


def _role_of_words(words: list[str], tokens: list[Token], ending: bool = False) -> Role | None:
    """The role the title among ``words`` (the keys of ``tokens``) gives, qualified by the country
    or body ``tokens`` name; with ``ending``, only a title that ends the words."""
    found = find_title(words)
    if found is None or (ending and found[1] != len(words)):
        return None
    start, _end, title = found
    if start > 0 and words[start - 1] in _lexicon()["lesser_office_words"]:
        title = f"{words[start - 1]} {title}"  # a deputy foreign minister is not the foreign minister
    return Role(title, _qualifier(tokens))


def _singular(word: str) -> str:
    """A plural noun's singular, the regular way ("ministers", "secretaries")."""
    return word[:-3] + "y" if word.endswith("ies") else word[:-1]


def is_plural_title(word: str) -> bool:
    """Whether a word in lower case is the plural of a title of its own ("senators", "secretaries")."""
    return word.endswith("s") and find_title([_singular(word)]) is not None


def role_from_plural_title(tokens: list[Token]) -> Role | None:
    """The role a plural title phrase gives each of the persons listed after it ("Senators" before
    "A, B and C", "Foreign Ministers A and B"): its last word in the singular ends a title; None
    when it does not."""
    words = title_words([t for t in tokens if not t.is_punct])
    if not words or not words[-1].endswith("s") or len(words[-1]) < 4:
        return None
    return _role_of_words(words[:-1] + [_singular(words[-1])], tokens, ending=True)


def _qualifier(tokens: list[Token]) -> str | None:
    """The country or organization a title phrase names: a demonym, a country, a capital, an org;
    else the province or town it names."""
    texts = [t.text for t in tokens]
    # multi-word names first ("United Nations", "Russian Federation")
    for size in (4, 3, 2, 1):
        for i in range(len(texts) - size + 1):
            phrase = " ".join(texts[i : i + size])
            org = gazetteer.organization_by_name(phrase)
            if org is not None:
                return org.name
            named = gazetteer.country_by_name(phrase)
            if named is not None and _begins_longer_name(tokens[i : i + size], tokens[i + size :]):
                continue
            country = named or gazetteer.country_by_demonym(phrase) or gazetteer.country_of_seat(phrase)
            if country is not None:
                return country.name
    # "Ontario Premier", "the premier of Ontario", "Toronto Mayor": a province's or a town's office,
    # which is no country's ("the prime minister of Canada" is someone else)
    places = [t for t in tokens if _names_the_office_place(t)]
    if places and all(p.i + 1 == q.i for p, q in zip(places, places[1:])):
        return " ".join(t.text for t in places)
    return None


def _names_the_office_place(word: Token) -> bool:
    """Whether a word of a title phrase is the place whose office it is: a place's name (tagged
    so, or untagged while a town GeoNames knows or a place tagged elsewhere in the document,
    "Ontario Premier" beside "Ontario's pension plan"), right before a title word or right after
    its "of" ("Kwasi" tagged as a place before "Kwarteng MP" is no office's, nor is "London" in
    "the prime minister of hiding from London's media")."""
    doc = word.doc
    beside = (word.i + 1 < len(doc) and is_title_word(doc[word.i + 1].text)) or (
        word.i > 1 and doc[word.i - 1].lower_ == "of" and is_title_word(doc[word.i - 2].text))
    if not (word.is_title and beside):
        return False
    return word.ent_type_ == "GPE" or (
        word.pos_ == "PROPN" and not word.ent_type_ and not is_title_word(word.text) and (
            word.text in tagged_place_names(doc) or gazetteer.country_of_town(word.text) is not None))


def tagged_place_names(doc: Doc) -> frozenset[str]:
    """The texts of the names the tagger calls places (GPE) in ``doc``, read once per document."""
    found = doc.user_data.get("kg.tagged_place_names")
    if found is None:
        found = doc.user_data["kg.tagged_place_names"] = frozenset(e.text for e in doc.ents if e.label_ == "GPE")
    return found


def _begins_longer_name(found: list[Token], rest: list[Token]) -> bool:
    """"chief executive of China Aviation Oil": a country's name followed by more capitalized
    words that are no title is the start of a body's name, not the office's country (a demonym
    is not: "Argentine Economy Minister")."""
    if not rest or not found[-1].text[:1].isupper():
        return False
    following = rest[0]
    return following.is_title and not following.is_punct and not is_title_word(following.text) and found[-1].i + 1 == following.i


def compatible(asked: Role, given: Role) -> bool:
    """Whether a role noun (``asked``, e.g. "the Russian leader") can refer to a person with ``given``."""
    if asked.qualifier and given.qualifier and asked.qualifier != given.qualifier:
        return False
    if asked.qualifier and not given.qualifier and names_a_qualifier(asked.qualifier):
        return False  # (a town's office can be held by one whose town the article did not say: "the Kelby mayor")
    if asked.title == given.title:
        return True
    provincial = given.qualifier is not None and not names_a_qualifier(given.qualifier)
    if frozenset((asked.title, given.title)) in _same_offices() and not provincial:
        return True  # "the premier" for a Prime Minister (a province's premier is no prime minister)
    # the head of "Secretary of State" is "Secretary"
    given_words = re.split(r" of ", given.title, maxsplit=1, flags=re.IGNORECASE)[0].split()
    if " " not in asked.title and given_words[-1] == asked.title and not is_generic_title(asked.title):
        # "the minister" for a Foreign Minister (the only minister, or the one named lately); a
        # shadow chancellor or a deputy minister holds another office, and so does a leader (a
        # prime minister is "the prime minister", not "the minister")
        return not set(given_words[:-1]) & _lexicon()["lesser_office_words"] and not given.is_leader()
    if " " not in asked.title and not is_generic_title(asked.title) and not provincial and any(
            given.title in pair and any(other.split()[-1] == asked.title for other in pair - {given.title}) for pair in _same_offices()):
        return True  # "the two ministers" for a Foreign Minister and a Secretary of State: the same office
    return is_generic_title(asked.title) and given.is_leader()


@cache
def _same_offices() -> frozenset[frozenset[str]]:
    """Pairs of titles for one office, each kept as the article wrote it (a Premier stays one)."""
    return frozenset(frozenset(_canonical(name_key(t)) for t in pair) for pair in _lexicon()["same_office"])


def noun_phrase_tokens(head: Token) -> list[Token]:
    """The pre-modifiers of a noun and the noun itself, plus an "of X" complement: "the UN chief",
    "the head of the Kremlin"."""
    tokens = [t for t in head.lefts if t.dep_ in {"compound", "amod", "nmod"} for t in t.subtree]
    owners = [t for t in head.lefts if t.dep_ == "poss"]
    if head.dep_ == "conj" and not any(c.dep_ in {"det", "poss"} for c in head.lefts):
        # "Saudi Arabia's king and crown prince": the owner before the first title owns the next
        owners = [t for t in head.head.lefts if t.dep_ == "poss"]
    for owner in owners:
        # "Sweden's foreign minister": a country or organization owns the title; a person does not
        owner_text = " ".join(t.text for t in owner.subtree if t.tag_ != "POS")
        if gazetteer.country_by_name(owner_text) or gazetteer.organization_by_name(owner_text):
            tokens.extend(owner.subtree)
    tokens.append(head)
    # "secretary-general", "commander-in-chief": a title joined by hyphens goes on to the right
    doc, end, under = head.doc, head.i, {t.i for t in head.subtree}
    while (end + 2 < len(doc) and doc[end + 1].text in {"-", "‐"} and not doc[end].whitespace_
           and not doc[end + 1].whitespace_ and end + 2 in under):
        tokens += [doc[end + 1], doc[end + 2]]
        end += 2
    for child in head.rights:
        if child.dep_ == "prep" and child.lower_ == "of":
            tokens.extend(child.subtree)
    return sorted(set(tokens), key=lambda t: t.i)


def span_role(span: Span) -> Role | None:
    return role_from_tokens(list(span))


_QUOTE_MARKS = frozenset({"'", "‘", "“", '"'})


def is_nickname(appos: Token) -> bool:
    """"the Labour leader 'Sir Softy'": an apposition opened by a quotation mark is a name
    someone gave, not the holder of the title beside it."""
    start = appos.left_edge.i
    return start > 0 and appos.doc[start - 1].text in _QUOTE_MARKS


# kinds of work whose title can follow them like a name: "the show Harry Kelby", "the film Kelby
# Road", "the book, Kelby's Harbour,"
WORK_NOUNS = frozenset({"show", "film", "movie", "programme", "program", "series", "sitcom", "book", "novel", "album",
                        "song", "single", "play", "musical", "opera", "documentary", "drama", "comedy", "game",
                        "report", "memoir", "biography", "study"})


def is_work_title(appos: Token) -> bool:
    """"the book, Berg's Norway,": an apposition to a noun for a work is the work's title, not the
    place or the person the title names."""
    return appos.dep_ == "appos" and appos.head.pos_ == "NOUN" and appos.head.lower_ in WORK_NOUNS


def speaker_before_aside(verb: Token) -> list[Token]:
    """"X, asked about Y, said: ...": the parser can make X the subject of the participle set off by
    commas right before a verb of speech (the tagger can read it as a past tense: "X, asked"),
    leaving the verb with no subject. X, when the verb has no subject of its own; else none."""
    doc = verb.doc
    if any(c.dep_ == "nsubj" for c in verb.children) or verb.i == 0 or doc[verb.i - 1].text != ",":
        return []
    return [s for c in verb.children if c.dep_ in {"ccomp", "advcl"} and c.tag_ in {"VBN", "VBD"} and 0 < c.i < verb.i
            and doc[c.i - 1].text == "," and c.right_edge.i >= verb.i - 1 for s in c.children if s.dep_ == "nsubj"]


def is_coordinated_with_head(modifier: Token) -> bool:
    """"condemned by the Harbour Party and human rights groups": whether a name the parser made a
    modifier of a plural is rather coordinated with it: joined to the plural's own words ("human
    rights"), or by an "and" with nothing after it in the name's phrase ("US and European
    officials" is one plural's list of qualifiers)."""
    conjuncts = [c for c in modifier.children if c.dep_ == "conj"]
    if conjuncts:
        return all(c.pos_ == "NOUN" and c.is_lower for c in conjuncts)
    return any(c.dep_ == "cc" for c in modifier.children)


def role_headed_by(head: Token) -> Role | None:
    """The role a noun phrase names when its head noun is (the end of) the title itself:
    "the UN chief", "Sweden's top diplomat", but not "the attendance of the UN chief"."""
    tokens = [t for t in noun_phrase_tokens(head) if not t.is_punct]
    words = title_words(tokens)
    found = find_title(words)
    if found is None:
        return None
    head_word = title_words([head])[-1:] if title_words([head]) else []
    if not head_word or head_word[0] not in words[found[0] : found[1]]:
        return None
    return Role(found[2], _qualifier(tokens))


def body_nouns() -> tuple[frozenset[str], frozenset[str]]:
    """Nouns a bare "the ..." can use for a body the article names ("the party", "the committee"),
    and among them those of a national government ("the government", "the administration")."""
    national = frozenset(_lexicon()["national_body_nouns"])
    return national | frozenset(_lexicon()["body_nouns"]), national


def company_nouns() -> frozenset[str]:
    """Nouns a bare "the ..." can use for the business an article is about ("the company", "the
    airline", "the club")."""
    return frozenset(_lexicon()["company_nouns"])


def group_nouns() -> frozenset[str]:
    """Lemmas of plural nouns that name a collective once qualified: "European officials"."""
    return frozenset(_lexicon()["group_nouns"])


def voice_group_nouns() -> frozenset[str]:
    """Lemmas of plural nouns for people who speak up together even unqualified: "Doctors have
    criticised ...", "nursing unions accused ..."."""
    return frozenset(_lexicon()["voice_group_nouns"])


def collective_names() -> frozenset[str]:
    """Names of collectives that no body or country qualifies: "the international community"."""
    return frozenset(_lexicon()["collective_names"])


def titles_used_as_names() -> tuple[str, ...]:
    """Titles the news uses as one person's name: "the Dalai Lama", "the Aga Khan"."""
    return tuple(_lexicon()["titles_used_as_names"])


def camp_qualifiers() -> frozenset[str]:
    """Words that qualify a collective by its camp, not by a body: "opposition", "rights"."""
    return frozenset(_lexicon()["camp_qualifiers"])


def is_organization_noun(word: str) -> bool:
    """A common noun that describes an organization: "charity", "party", "watchdog"."""
    return name_key(word) in _lexicon()["organization_nouns"]


_GENDERED_WORDS = {
    "mr": "m", "sir": "m", "lord": "m", "king": "m", "prince": "m", "spokesman": "m", "chairman": "m",
    "congressman": "m", "duke": "m", "emperor": "m", "father": "m", "pope": "m", "baron": "m", "viscount": "m", "earl": "m",
    "mrs": "f", "ms": "f", "miss": "f", "madam": "f", "dame": "f", "lady": "f", "queen": "f", "princess": "f",
    "spokeswoman": "f", "chairwoman": "f", "congresswoman": "f", "duchess": "f", "empress": "f", "baroness": "f",
}


@cache
def _given_names() -> dict[str, str]:
    data = json.loads(resources.files("kg.lexicons").joinpath("given_names.json").read_text(encoding="utf-8"))
    return {**{n: "f" for n in data["female"]}, **{n: "m" for n in data["male"]}}


def _given_name_gender(key: str) -> str | None:
    """The gender the lexicon gives a given name's key, if it lists the name ("jean claude" is
    listed as "jean-claude": the lexicon keeps a compound's hyphen)."""
    names = _given_names()
    return names.get(key) or names.get(key.replace(" ", "-"))


def is_given_name(word: str) -> bool:
    """Whether a capitalized word is a given name the lexicon knows ("Maria", "Edward", "Jean-Claude")."""
    return word[:1].isupper() and _given_name_gender(name_key(word)) is not None


# honorifics that go with a given name ("Sir Olek", "Dame Maria", "Sheikh Tomas"); the others go with a surname
_GIVEN_NAME_HONORIFICS = {"sir", "dame", "sheikh", "sheikha"}


def takes_given_name(honorific: str) -> bool:
    return name_key(honorific) in _GIVEN_NAME_HONORIFICS


# honorifics that news in English writes as part of the name ("Sheikh Olek bin Tomas Al Lund",
# against "Mr Berg" for "Tomas Berg")
_NAME_STYLE_HONORIFICS = {"sheikh", "sheikha"}


def is_part_of_name(honorific: str) -> bool:
    return name_key(honorific) in _NAME_STYLE_HONORIFICS


def gender_of_word(word: str) -> str | None:
    """"m" or "f" when a title, honorific or given name says so ("Mrs", "queen", "Maria"), else None.

    Honorifics and titles are trusted as they are; a given name only when written as a name
    (capitalized), since many are also common words."""
    key = name_key(word)
    if key in _GENDERED_WORDS:
        return _GENDERED_WORDS[key]
    if word[:1].isupper():
        return _given_name_gender(key)
    return None
