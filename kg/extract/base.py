"""What every extractor needs: who a token stands for, a clause's agent, modality, date and place.

Extractors read a parsed, resolved ``Doc`` (``token._.entity`` set by :mod:`kg.resolve`) and
return :class:`~kg.records.Fact` records; they never touch the graph.
"""
from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources

import numpy as np
from spacy.attrs import POS
from spacy.tokens import Doc, Span, Token

from kg import gazetteer
from kg.dates import WEEKDAYS, resolve_date
from kg.records import EntityType, Fact, LocalEntity, Relation, Status
from kg.roles import is_coordinated_with_head, is_nickname, is_title_word, is_work_title, role_from_tokens, speaker_before_aside

_PLACE_TYPES = {EntityType.PLACE, EntityType.COUNTRY, EntityType.CITY}
_AGENT_TYPES = {EntityType.PERSON, EntityType.ORGANIZATION, EntityType.GROUP} | _PLACE_TYPES
_RELATIVE_PRONOUNS = {"who", "which", "that", "whom"}
# "X was/became the first leader to visit Y": the subject of the copula acts
_COPULAS = frozenset({"be", "become"})
# "following his visit", "apologise for making allegations": the event these introduce happened
_PRESUPPOSING_PREPS = {"after", "following", "during", "since", "despite", "amid", "for", "over"}
# "in response to his visit", "because of his visit", "due to his visit": what a cause or a
# reaction is to happened, whatever is done about it
_CAUSE_PREPS = frozenset({"because", "due", "owing"})
_CAUSE_HEADS = _CAUSE_PREPS | {"response", "reaction", "reply", "retaliation", "protest", "wake"}
_CLAUSE_DEPS = {"ccomp", "advcl", "relcl", "xcomp", "conj", "acl", "parataxis", "nsubj", "nsubjpass"}
_NOMINAL = {"NOUN", "PROPN"}
_CONTAINER_NOUNS = {
    "city", "capital", "town", "country", "region", "village", "state", "province", "republic", "resort", "island",
    "port", "district", "enclave", "territory", "kingdom", "emirate", "coast", "part", "peninsula", "strip", "county",
    "area", "heart", "centre", "center", "outskirts",
}
# containers that are countries: a name before one says where the country is ("the Gulf kingdom")
_SOVEREIGN_NOUNS = {"country", "state", "kingdom", "emirate", "republic", "capital", "coast", "part"}
# nouns that say what kind of body the name before them is ("the Labour party"; not "the Labour
# government", a body of another kind)
_RESTATED_BODY_NOUNS = {"party", "union", "movement", "coalition", "alliance", "front"}
_ORGANIZATION_ONLY = frozenset({EntityType.ORGANIZATION})
# people a body sends: "a delegation from X" acts for X (a spokesperson only speaks for X)
_DELEGATION_NOUNS = {"delegation", "team", "official", "representative", "delegate", "envoy", "negotiator"}
# a company of people who go where the one leading them goes ("a group of lawmakers led by X")
_LED_GROUP_NOUNS = {"delegation", "group", "team", "mission", "contingent"}
# those a body has, who act for it only as many ("members of X", "Harbour Party leaders"; not "the leader of X")
_MEMBER_NOUNS = {"member", "leader", "officer", "executive", "boss"}
# how much a reading via a pronoun or a role noun lowers confidence
_VIA_FACTOR = {"name": 1.0, "role": 0.92, "pronoun": 0.85}


if not Doc.has_extension("parsed_tokens"):
    Doc.set_extension("parsed_tokens", default=None)


def parsed_tokens(doc: Doc) -> list[Token]:
    """The tokens of ``doc`` that have a part of speech, in order: with selective parsing
    (:mod:`kg.annotate`) only the chosen sentences have tags and dependencies, and no rule can
    fire without them. Listed once per doc (``doc._.parsed_tokens``) for every extractor."""
    if doc._.parsed_tokens is None:
        doc._.parsed_tokens = [doc[i] for i in np.flatnonzero(doc.to_array(POS)).tolist()] if len(doc) else []
    return doc._.parsed_tokens


if not Doc.has_extension("lemma_index"):
    Doc.set_extension("lemma_index", default=None)
if not Doc.has_extension("form_index"):
    Doc.set_extension("form_index", default=None)


def with_lemmas(doc: Doc, lemmas: Iterable[str], forms: Iterable[str] = ()) -> list[Token]:
    """The parsed tokens whose lower-case lemma is one of ``lemmas``, or whose lower-case form is
    one of ``forms``, in order: a rule that fires on a few words looks only at them (the indexes
    are built once per doc)."""
    if doc._.lemma_index is None:
        by_lemma: dict[str, list[Token]] = {}
        by_form: dict[str, list[Token]] = {}
        for token in parsed_tokens(doc):
            by_lemma.setdefault(token.lemma_.lower(), []).append(token)
            by_form.setdefault(token.lower_, []).append(token)
        doc._.lemma_index, doc._.form_index = by_lemma, by_form
    found = {t.i: t for lemma in set(lemmas) for t in doc._.lemma_index.get(lemma, ())}
    found.update((t.i, t) for form in set(forms) for t in doc._.form_index.get(form, ()))
    return [found[i] for i in sorted(found)]


@cache
def lexicon(section: str) -> dict:
    data = json.loads(resources.files("kg.lexicons").joinpath("relations.json").read_text(encoding="utf-8"))
    return data[section]


@cache
def agreed_or_invited_on() -> frozenset[str]:
    """Verbs whose "on" names a trip or a meeting still ahead or asked for, not one under way:
    "agreed on a visit", "invited on a return visit"."""
    return frozenset(lexicon("modality")["planning_verbs"]) | frozenset(lexicon("visited")["inviting_verbs"])


@dataclass(frozen=True)
class Ref:
    """An argument of a relation: which local entity, and how the text named it."""

    key: str
    via: str  # "name", "role" or "pronoun"


def entities(doc: Doc) -> dict[str, LocalEntity]:
    return doc._.entities or {}


def entity_type(doc: Doc, ref: Ref) -> EntityType:
    return entities(doc)[ref.key].type


def roles_of(doc: Doc, person: Ref) -> tuple:
    """The offices the article gives a person (:class:`kg.roles.Role`: title and qualifier)."""
    return tuple((doc._.roles or {}).get(person.key, ()))


def role_qualifiers(doc: Doc, person: Ref) -> list[str]:
    """The countries and bodies the person's offices belong to ("President of France": France,
    "Secretary-General of United Nations": United Nations)."""
    return [r.qualifier for r in roles_of(doc, person) if r.qualifier]


def role_countries(doc: Doc, person: Ref) -> list[str]:
    """The countries the person's offices belong to ("President of France": France)."""
    return [q for q in role_qualifiers(doc, person) if gazetteer.country_by_name(q)]


def is_place(doc: Doc, ref: Ref) -> bool:
    return entity_type(doc, ref) in _PLACE_TYPES


def place_of(token: Token) -> Ref | None:
    """:func:`ref_of` where a place is wanted: a seat of government is the building one goes to
    ("met at the White House"), not the country it speaks for."""
    return Ref(token._.building, "name") if token._.building else ref_of(token)


def ref_of(token: Token) -> Ref | None:
    """The entity a noun phrase headed by ``token`` stands for, if any.

    A name or a resolved pronoun/role noun stands for its entity; a title in apposition
    ("the French President, Anne Martin") for the named person; "the city of X" for X;
    "the Ukrainian capital" for the capital of the country its demonym names (resolved to the
    city before extraction); "the Donbas region" for Donbas.
    """
    if (titled := _titled_person_after_body(token)) is not None:
        return Ref(titled._.entity, "name")
    if token._.entity:
        return Ref(token._.entity, token._.entity_via or "name")
    for child in token.children:
        if child.dep_ == "appos" and child._.entity and not is_nickname(child) and not is_work_title(child):
            return Ref(child._.entity, child._.entity_via or "name")
    if token.dep_ == "appos" and token.head._.entity:
        return Ref(token.head._.entity, token.head._.entity_via or "name")
    if token.pos_ in {"NOUN", "PROPN"} and role_from_tokens([token]) is not None:
        # "Labour's deputy minister for women Jacqui Smith", misparsed: the one person named
        # inside a title phrase is its holder
        # ("a union leader who said ... Y": not one named in a clause on the title)
        skipped = {t.i for a in children(token, "appos") if is_nickname(a) for t in a.subtree}
        skipped |= {t.i for c in children(token, "relcl", "acl", "advcl", "ccomp") for t in c.subtree}
        # ("an official from the Berg administration", "of Berg's government": a name that only
        # says whose a body is)
        skipped |= {t.i for t in token.subtree if t.dep_ in {"compound", "poss"} and t.head.i != token.i
                    and t.head.pos_ == "NOUN" and not t.head._.entity and role_from_tokens([t.head]) is None}
        named = {
            t._.entity for t in token.subtree
            if t._.entity_via == "name" and (t._.entity or "").startswith("person:") and t.i not in skipped
        }
        if len(named) == 1:
            return Ref(named.pop(), "name")
    delegated = _delegation_of(token)
    if delegated is not None:
        return delegated
    if token.lemma_.lower() in _CONTAINER_NOUNS:
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                for obj in child.children:
                    if obj.dep_ == "pobj" and obj._.entity:
                        return Ref(obj._.entity, "name")
        for child in token.children:
            # "the eastern Donbas region": the region named before the noun (but "the Gulf
            # kingdom" is a kingdom in the Gulf)
            if child.dep_ == "compound" and child._.entity and child._.entity.startswith("place:") \
                    and token.lemma_.lower() not in _SOVEREIGN_NOUNS:
                return Ref(child._.entity, "name")
    if token.lemma_.lower() in _RESTATED_BODY_NOUNS and token.i > 0:
        # "the opposition Labour party": a body named right before the noun that says what it is
        named = token.doc[token.i - 1]
        if named.dep_ == "compound" and named.head.i == token.i and (body := _body_ref(named, _ORGANIZATION_ONLY)):
            return Ref(body.key, "name")
    for clause in children(token, "acl", "relcl"):
        # "the islands, which are known as Dokdo": the name given
        if clause.lemma_.lower() in {"know", "call", "name"}:
            named = [r for o in prep_objects(clause, "as") if (r := ref_of(o)) is not None]
            if named:
                return named[0]
    return None


def _titled_person_after_body(token: Token) -> Token | None:
    """"Harbour Workers Union (HWU) President X met ...": the parser can make the body's name the
    head and the titled person its apposition; the person, not the body, is meant. Only with the
    title right before the person and no comma between the body and the title."""
    if not token._.entity or token._.entity.startswith("person:"):
        return None
    for appos in children(token, "appos"):
        if not (appos._.entity or "").startswith("person:") or appos._.entity_via != "name":
            continue
        start = appos.i
        while start > token.i + 1 and token.doc[start - 1]._.entity == appos._.entity:
            start -= 1
        title_start = start
        while title_start > token.i + 1 and is_title_word(token.doc[title_start - 1].text):
            title_start -= 1
        if title_start < start and not any(t.text == "," for t in token.doc[token.i + 1 : title_start]):
            return appos
    return None


def body_of_members(token: Token) -> Ref | None:
    """"Harbour Party leaders", "members of the Harbour Trust": the named body a group of its
    people belongs to (whom one meets when one meets them), if any."""
    return _delegation_of(token, members=True) if (token._.entity or "").startswith("group:") or not token._.entity else None


def bodies_of_members(token: Token) -> list[Ref]:
    """"Bosses of Harbourline and Kelby Bank", "delegations from Norway and Sweden": each named
    body or country a plural noun for people says they are of (empty for anything else)."""
    if token.tag_ != "NNS" or token.lemma_.lower() not in _MEMBER_NOUNS | _DELEGATION_NOUNS:
        return []
    found = [_body_ref(o) for p in children(token, "prep") if p.lower_ in {"of", "from"}
             for pobj in children(p, "pobj") for o in with_conjuncts(pobj)]
    return [r for r in found if r is not None]


def _body_ref(token: Token, types: frozenset[EntityType] = frozenset({EntityType.ORGANIZATION, EntityType.COUNTRY})) -> Ref | None:
    """The body or country a token names, as one acting through its people; None for anything else."""
    entity = entities(token.doc).get(token._.entity) if token._.entity else None
    return Ref(token._.entity, "role") if entity is not None and entity.type in types else None


def _delegation_of(token: Token, members: bool = False) -> Ref | None:
    """"a delegation from X", "officials of X": a body acting through the people it sends; "a
    delegation led by X": its leader. With ``members``, also a body's own people, as many
    ("members of X", "Harbour Party leaders")."""
    lemma = token.lemma_.lower()
    if lemma in _LED_GROUP_NOUNS:
        # "the Kovacs delegation", "a delegation (a group of lawmakers) led by X": a delegation
        # goes where its leader goes
        leaders = [c for c in token.children if c.dep_ == "compound" and (c._.entity or "").startswith("person:")] \
            if lemma == "delegation" else []
        leaders += [o for clause in token.children if clause.dep_ == "acl" and clause.lemma_.lower() in {"lead", "head"}
                    for p in clause.children if p.dep_ == "agent" for o in p.children if o.dep_ == "pobj" and o._.entity]
        if len(leaders) == 1:
            return Ref(leaders[0]._.entity, "role")
    if lemma not in _DELEGATION_NOUNS and not (members and lemma in _MEMBER_NOUNS and token.tag_ == "NNS"):
        return None
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in {"from", "of"}:
            for obj in child.children:
                if obj.dep_ == "pobj" and (body := _body_ref(obj)) is not None:
                    return body
        if child.dep_ == "poss" and token.tag_ == "NNS" and lemma in _DELEGATION_NOUNS and (body := _body_ref(child)) is not None:
            return body  # "its representatives", "the union's officials": the body whose people they are
        if members and child.dep_ == "compound" and child._.entity and child._.entity_via == "name" \
                and (token.tag_ == "NNS" or lemma in {"delegation", "team"}):
            # "Harbour Party leaders", "union officials" of a named union, "a Harbour Party
            # delegation": the body's
            if (body := _body_ref(child, _ORGANIZATION_ONLY)) is not None:
                return body
    return None


def with_conjuncts(token: Token) -> list[Token]:
    """``token`` and the tokens coordinated with it ("Moscow and Kyiv")."""
    return [token, *token.conjuncts] if token.dep_ != "conj" else [token]


def _hung_on_partner(name: Token, partner: Token) -> bool:
    """Whether a person's name the parser made a modifier of another person's name is that
    person's partner in a list: coordinated with a word of the title or employer before the
    other name (not with another person)."""
    if not (name._.entity and partner._.entity and name._.entity != partner._.entity):
        return False
    if not (name._.entity.startswith("person:") and partner._.entity.startswith("person:")):
        return False
    return any(j.i < partner.i and (j._.entity == partner._.entity or not (j._.entity or "").startswith("person:"))
               for j in children(name, "conj"))


def _coordinated_as_modifier(token: Token) -> list[Token]:
    """The names among a noun's modifiers that are rather coordinated with it
    (:func:`kg.roles.is_coordinated_with_head`)."""
    return [c for c in children(token, "compound", "nmod")
            if c._.entity and c._.entity_via == "name" and is_coordinated_with_head(c)]


def refs(tokens: Iterable[Token], places: bool = False) -> list[Ref]:
    """The entities of noun phrases and of everything coordinated with them, also through an
    apposition: "his counterpart, A, and the Palestinian leader, B" gives A and B; a plural that
    names no one stands for those it includes ("critics, including A and B"). With ``places``, a
    seat of government is its building, where one can go, not the country it speaks for."""
    found: list[Ref] = []
    for token in tokens:
        # "both Y and Z Thursday afternoon": the parser can make the last name a modifier of the time
        members = [named for member in with_conjuncts(token) for named in _named_for_time(member)]
        members += [named for member in members for named in _included(member)]
        members += [c for member in list(members) for c in _coordinated_as_modifier(member) if c not in members]
        # "the towns of A and B": every place a plural container names
        members += [c for member in members if member.tag_ == "NNS" and member.lemma_.lower() in _CONTAINER_NOUNS
                    for o in prep_objects(member, "of") for c in o.conjuncts]
        appositions = children(token, "appos")
        for appos in appositions:
            members += appos.conjuncts
        # "visit A, B, the C, D and E": the parser can hang the rest of a list on a name in
        # apposition to one of its members
        members += [named for member in members[1:] for a in children(member, "appos") if a._.entity
                    for named in (a, *a.conjuncts) if named not in members]
        if any(a.conjuncts for a in appositions):
            # "India's minister A and Russia's minister B would meet": the parser can hang B on
            # the first title beside A
            members += [a for a in appositions[1:] if a._.entity]
            # "President A, Foreign Minister B and Defence Minister C", "by Australia, the US and
            # Japan": a list the parser read as an apposition to its first name; another person's
            # name, or another place's, is no apposition to A
            members += [a for a in appositions[:1] if a._.entity and token._.entity and a._.entity != token._.entity
                        and (kind := a._.entity.partition(":")[0]) == token._.entity.partition(":")[0]
                        and kind in {"person", "place"} and a not in members]
        # "A and her Polish counterpart B met": the parser can hang B on A, beside the title it names
        members += [a for a in appositions if a._.entity and any(
            a.left_edge.i == m.right_edge.i + 1 and ref_of(m) is None for m in members[1:])]
        members += [c for c in _names_left_on_the_verb(token) if c not in members]
        # "representatives of A, B or C": each body named after one noun for its people
        members += [c for m in list(members) if _delegation_of(m, members=True) is not None for p in prep_objects(m, "of", "from")
                    for c in p.conjuncts if c._.entity and c not in members]
        # "A of Nicaragua, B of Bolivia and C of Ecuador": the parser can make C a conjunct of the
        # country before it
        members += [c for m in list(members) for p in prep_objects(m, "of") for c in p.conjuncts
                    if c._.entity and c._.entity.startswith("person:") and c not in members]
        # "Lund and Russian President B met", "A and Harbourline Corp. President B", "with A and
        # Belgium's King B", "The Governor and state director B": the parser can hang the first name
        # on the second or on its title (as a possessor too), coordinated with the second's title,
        # employer or country
        members += [c for t in (token, *children(token, "compound")) for c in children(t, "nmod", "poss")
                    if _hung_on_partner(c, token) and c not in members]
        # "met Foreign Minister A and Defence Minister B": the parser can make A an apposition to
        # the title of B
        members += [a for t in children(token, "compound") for a in children(t, "appos")
                    if (a._.entity or "").startswith("person:") and (token._.entity or "").startswith("person:")
                    and a._.entity != token._.entity and a not in members]
        for member in members:
            start = member.left_edge.i
            if member.dep_ == "conj" and (children(member, "neg") or (start and member.doc[start - 1].lower_ == "not")):
                continue  # "will meet X, but not Y", "visited X but not Y": not Y
            if _qualifies_title(member):
                continue  # "condemns Japan PM X's visit": a headline's country is the title's, not a party
            # "the pair", "the leaders of A and B": the persons it stands for
            group = [Ref(key, "pronoun") for key in member._.group or ()]
            for ref in group or [place_of(member) if places else ref_of(member)]:
                if ref is not None and ref not in found:
                    found.append(ref)
    return found


def _qualifies_title(token: Token) -> bool:
    """Whether a place's name is the country of the title right after it, before a person's name
    ("Japan PM Olek Varnay", "Russia FM X" in a headline), which the parser can cut off as a
    phrase of its own."""
    doc = token.doc
    after = doc[token.i + 1:token.i + 4]
    return (token._.entity or "").startswith("place:") and len(after) > 1 and is_title_word(after[0].lower_) \
        and not (after[0]._.entity or "") and any((t._.entity or "").startswith("person:") for t in after[1:])


def _names_left_on_the_verb(token: Token) -> list[Token]:
    """"travelled with both A, and B": the parser can end a list of objects on the verb, making B
    a conjunct of the verb right after the object's phrase, with only a comma and "and" between;
    "met with A on Monday, as well as (the President) B": B, or its title, left on the verb."""
    if token.dep_ not in {"pobj", "dobj"} or not token._.entity:
        return []
    verb = token.head.head if token.dep_ == "pobj" else token.head
    if verb.pos_ != "VERB":
        return []
    last = token.right_edge.i
    found = [c for c in children(verb, "conj") if c.pos_ == "PROPN" and c._.entity and c.i > last
             and all(t.is_punct or t.dep_ == "cc" for t in token.doc[last + 1 : c.left_edge.i])]
    for title in children(verb, "npadvmod"):
        words = [t.lower_ for t in token.doc[last + 1 : title.left_edge.i] if not t.is_punct]
        if title.i > last and words[-3:] == ["as", "well", "as"]:
            found += [title] if title._.entity else [a for a in children(title, "appos") if a._.entity]
    return found


def _named_for_time(token: Token) -> list[Token]:
    """A time noun after a name that the parser made its modifier ("Z Thursday afternoon"): the
    name; any other token: itself."""
    if token.ent_type_ in {"DATE", "TIME"} and token.pos_ == "NOUN" and token.dep_ == "conj":
        named = [c for c in children(token, "compound") if c._.entity]
        if named:
            return named
    return [token]


# nouns that count what follows "of" ("a number of officials", "a series of agreements", "rounds of talks")
COUNTING_NOUNS = frozenset({"number", "host", "handful", "series", "range", "dozen", "dozens", "score", "scores", "raft", "set",
                            "package", "pair", "batch", "slew", "string", "couple", "round", "lot"})


# words for a part of a plural after "of" ("most of its allies", "some of the leaders")
_QUANTIFIERS = frozenset({"most", "many", "some", "all", "several", "few", "each", "both"})


def _included(token: Token) -> list[Token]:
    """"critics, including A and B", "countries such as A and B", "leaders like A", "Iranian leaders, including A",
    "a delegation including A and B":
    those a plural that names no one, or only a group, includes; "two of Y's advisers, A and B":
    those a number of a plural names."""
    if token.like_num and token.dep_ == "pobj":
        return [named for of in children(token, "prep") if of.lower_ == "of" for obj in children(of, "pobj")
                for a in children(obj, "appos") if a._.entity for named in with_conjuncts(a)]
    if token.conjuncts and token.dep_ != "conj" and token._.entity:
        # "Y and a handful of his deputies, including A and B": the parser can hang the list on the
        # first of what is coordinated, a name
        return _listed_after_including(token)
    if token.lemma_.lower() in COUNTING_NOUNS or token.lower_ in _QUANTIFIERS:
        # "a number of officials, including A", "a host of leaders such as A", "most of its allies
        # including A": the plural after "of"; "a handful of his deputies, including A": the parser
        # may hang the "including" on the counting word
        return [named for of in children(token, "prep") if of.lower_ == "of" for obj in children(of, "pobj")
                for named in (obj, *_included(obj))] + _listed_after_including(token)
    # (officials that stand for their body, "EU officials including A", include A too; so does a
    # delegation that names no one: "the U.S. delegation including A and B")
    delegation = token.tag_ == "NN" and token.lemma_.lower() in lexicon("visited")["delegation_nouns"] and not token._.entity
    if (token.tag_ not in {"NNS", "NNPS"} and not delegation) \
            or (token._.entity and not token._.entity.startswith("group:") and token._.entity_via != "role"):
        return []
    return _listed_after_including(token)


def _listed_after_including(token: Token) -> list[Token]:
    """Those named after the "including", "like" or "such as" that ``token`` takes, with their
    conjuncts: "including A, the premier, and B", where the parser joins B to A's appositive."""
    return [named for including in children(token, "prep") if including.lower_ in {"including", "like"}
            or (including.lower_ == "as" and any(c.lower_ == "such" for c in including.children))
            for obj in children(including, "pobj")
            for named in (*with_conjuncts(obj), *(c for a in children(obj, "appos") for c in a.conjuncts))]


def children(token: Token, *deps: str) -> list[Token]:
    return [c for c in token.children if c.dep_ in deps]


def is_phrasal(verb: Token, phrasal: dict[str, str]) -> bool:
    """Whether a verb is one of a lexicon's phrasal verbs (lemma -> particle): "let down",
    "shut up", "touch down"; also a particle parsed as a preposition with no object ("will move
    on to Z")."""
    particle = phrasal.get(verb.lemma_.lower())
    return particle is not None and any(
        c.lower_ == particle and (c.dep_ == "prt" or not list(c.children)) for c in children(verb, "prt", "prep")
    )


def prep_objects(token: Token, *preps: str) -> list[Token]:
    """Objects of prepositions ``preps`` attached to ``token``: "with X", "to X", and "to X and
    then to Y" (a preposition coordinated with one of them)."""
    found = []
    for prep in token.children:
        # ("going to Oman and then to Egypt": the parser can make the second "to" a conjunct of the verb)
        if (prep.dep_ in {"prep", "dative", "agent"} or (prep.dep_ == "conj" and prep.pos_ == "ADP")) and prep.lower_ in preps:
            for each in (prep, *(c for c in prep.conjuncts if c.lower_ in preps)):
                found.extend(c for c in each.children if c.dep_ in {"pobj", "pcomp"} or _unlabelled_object(c))
                if each.n_lefts + each.n_rights == 0 and (stranded := _noun_phrase_after(each)) is not None:
                    found.append(stranded)
                # "to neighbouring Tunisia": the parser can take the adjective for a verb with an object
                found.extend(o for c in each.children if c.dep_ == "pcomp" and c.lower_ in _ADJECTIVES_READ_AS_VERBS
                             for o in children(c, "dobj"))
        elif prep.dep_ == "prep" and _is_dated(prep):
            # "travelled to Poland on Monday and to France on Tuesday": the parser makes the second
            # "to" a conjunct of the first date's preposition
            for each in (c for c in prep.conjuncts if c.lower_ in preps and c.dep_ == "conj"):
                found.extend(c for c in each.children if c.dep_ in {"pobj", "pcomp"})
    return found


def _noun_phrase_after(prep: Token) -> Token | None:
    """"to meet this morning with General Motors CEO Y at the show to make a pitch": the parser
    can leave a preposition without an object and hang the noun phrase right after it elsewhere
    (here as the subject of "make"); the head of that phrase."""
    doc, head = prep.doc, prep.i + 1
    while head < len(doc) and doc[head].dep_ in {"det", "compound", "amod", "nmod"} and doc[head].head.i > head:
        head = doc[head].head.i
    if head >= len(doc) or doc[head].pos_ not in _NOMINAL or doc[head].left_edge.i != prep.i + 1:
        return None
    return doc[head]


# participles that are adjectives before a name ("neighbouring Tunisia"), which the parser can read as verbs
_ADJECTIVES_READ_AS_VERBS = frozenset({"neighboring", "neighbouring", "bordering", "surrounding"})


def _is_dated(prep: Token) -> bool:
    """A preposition whose object is a date or a time ("on Monday", "in 2007")."""
    return any(o.ent_type_ in {"DATE", "TIME"} for o in children(prep, "pobj"))


def subjects_of_parted_passive(verb: Token) -> list[Token]:
    """"Y was on Saturday welcomed to Z", "Y was on Monday morning received by X": the subject of
    a passive the parser parts at its date, making the participle a clause of "was"."""
    if verb.dep_ == "advcl" and verb.tag_ in {"VBN", "VBD"} and verb.head.lemma_ == "be" and verb.i > verb.head.i:
        return children(verb.head, "nsubj")
    return []


def passive_subjects(verb: Token) -> list[Token]:
    """The subject of a passive, shared with the clause it is coordinated with ("Y paid a visit
    to Z and was hosted by X"), or the one a relative clause is about ("Y, who was received by X")."""
    own = children(verb, "nsubjpass")
    if own and verb.dep_ == "relcl" and all(s.lower_ in {"who", "that"} for s in own):
        return [verb.head]  # "X, who was received by Y"
    if not own and (parted := subjects_of_parted_passive(verb)):
        return parted  # "Y was on Monday morning received by X"
    if own or verb.dep_ != "conj" or not children(verb, "auxpass"):
        return own
    return children(verb.head, "nsubj", "nsubjpass")


def played_host_to(verb: Token) -> list[Token] | None:
    """The guests of "X played host to Y" (Y), or None when the verb is no playing host."""
    if verb.lemma_.lower() != "play" or [o.lower_ for o in children(verb, "dobj")] != ["host"]:
        return None
    return prep_objects(verb, "to") + [g for o in children(verb, "dobj") for g in prep_objects(o, "to")]


# the words of "the first (last, only) leader to visit Y was X"
_SEQUENCE_ADJECTIVES = frozenset({"first", "last", "only", "latest", "second", "third"})
# verbs one takes a visit paid to one with: "received a visit from Y" (not "have had no visits
# from Y", which tells of no one's meeting)
_VISIT_RECEIVING_VERBS = frozenset({"receive", "welcome", "host"})


def visitors_received(noun: Token) -> list[Token]:
    """The visitors of "X received (welcomed, hosted) a visit from Y" (Y), for the visit noun;
    empty for any other noun."""
    if noun.dep_ != "dobj" or noun.lemma_.lower() not in lexicon("met_with")["visit_nouns"] \
            or noun.head.lemma_.lower() not in _VISIT_RECEIVING_VERBS:
        return []
    return prep_objects(noun, "from")


def welcoming_verbs() -> list[str]:
    """The verbs a welcome is given or received with (:func:`welcome_sides`)."""
    verbs = lexicon("met_with")["welcoming_verbs"]
    return [*verbs["receiving"], *verbs["giving"]]


def welcome_sides(verb: Token) -> tuple[list[Token], list[Token]] | None:
    """The one welcomed and the one welcoming, as noun phrases, where a verb's object is a welcome
    ("X received a warm welcome from Y", "X was accorded a welcome by Y", "Y gave X a red-carpet
    welcome", "Y extended a warm welcome to X", "Y hosted a welcome for X"); None when it is not."""
    words = lexicon("met_with")
    # ("held a welcome ceremony for X": a ceremony of welcome is one)
    welcome = next((o for o in children(verb, "dobj") if o.lemma_.lower() in words["welcome_nouns"]
                    or (o.lemma_.lower() == "ceremony" and any(c.lemma_.lower() in words["welcome_nouns"] for c in children(o, "compound", "amod")))),
                   None)
    if verb.pos_ != "VERB" or welcome is None:
        return None
    from_whom = prep_objects(welcome, "from", "by") + prep_objects(verb, "from", "by")
    if verb.lemma_.lower() in words["welcoming_verbs"]["receiving"]:
        return agents(verb), from_whom
    if children(verb, "nsubjpass"):
        return passive_subjects(verb), from_whom
    if verb.tag_ == "VBN" and verb.dep_ == "ROOT" and not children(verb, "aux", "auxpass"):
        return children(verb, "nsubj"), from_whom  # a headline's passive: "X given warm welcome by Y in Z"
    # "hosted a welcome for visiting President X": the parser can read "visiting" as a gerund, X its object
    visiting = [o for p in children(welcome, "prep") if p.lower_ == "for" for g in children(p, "pcomp")
                if g.lemma_.lower() == "visit" and g.tag_ == "VBG" for o in children(g, "dobj")]
    return children(verb, "dative") + prep_objects(welcome, "to", "for") + prep_objects(verb, "to", "for") + visiting, agents(verb)


def gapped_objects(verb: Token) -> list[Token]:
    """"met A in 2000 and B in 2007", "visited Poland on Monday and France on Tuesday": the names
    the parser makes conjuncts of the verb or of the first date, not of the first object."""
    dates = [d for p in children(verb, "prep") for d in children(p, "pobj") if d.ent_type_ in {"DATE", "TIME"}]
    return [c for head in (verb, *dates) for c in children(head, "conj") if c.pos_ == "PROPN"]


def object_taken_for_subject(verb: Token) -> list[Token]:
    """"A and the minister, B, met Belarusian opposition leader C": after a subject long enough,
    the parser can take the object of a verb for a second subject; a name labelled a subject
    right after a verb that has one before it and no object (empty for anything else)."""
    subjects = children(verb, "nsubj")
    if children(verb, "dobj") or not any(s.i < verb.i for s in subjects) or verb.tag_ == "VBN":
        return []
    taken = [s for s in subjects if s.i > verb.i and s.left_edge.i == verb.i + 1 and s.pos_ == "PROPN" and s._.entity]
    # "A met B and the two sides signed pacts": the parser can take B, with the plural joined to
    # it, for the subjects of the next verb
    taken += [s for c in children(verb, "conj") if c.pos_ == "VERB" for s in children(c, "nsubj")
              if s.left_edge.i == verb.i + 1 and s.pos_ == "PROPN" and s._.entity and any(j.tag_ == "NNS" for j in children(s, "conj"))]
    return taken


def _unlabelled_object(token: Token) -> bool:
    """A name the parser left as a bare ``dep`` of a preposition with no object of its own, as it
    does at the end of a headline ("makes first official visit to Lapland")."""
    return (token.dep_ == "dep" and token.pos_ == "PROPN" and token.head.dep_ == "prep"
            and not any(c.dep_ in {"pobj", "pcomp"} for c in token.head.children))


def _along_with(token: Token) -> list[Token]:
    """"X, together with Y, condemned Z", "she along with Y interacted with Z", "X attended the
    event along with Y": who acts with the subject."""
    found = []
    for prep in children(token, "prep"):
        if prep.lower_ == "along" and not partners_before_along(prep):
            found += prep_objects(prep, "with")
        elif prep.lower_ == "with" and any(c.lower_ == "together" for c in prep.children):
            found += children(prep, "pobj")
    return found


def _persons_joined_before(subject: Token, verb: Token) -> list[Token]:
    """"At their summit in Seoul, Lund and South Korean President Y agreed": the parser can join
    the first of the subjects listed, and the title of the next, to the place that ends the opening
    phrase. The persons so joined, when the chain of conjuncts ends at a place that the verb governs."""
    start = subject.left_edge.i
    token = subject.doc[start - 1] if start > 0 else None
    persons: list[Token] = []
    while token is not None and token.dep_ == "conj":
        if (token._.entity or "").startswith("person:"):
            persons.insert(0, token)
        elif token._.entity or not is_title_word(token.text):
            return []  # (only names and the next one's title)
        token = token.head
    if not persons or token is None or token.dep_ != "pobj" or not (token._.entity or "").startswith("place:") \
            or verb not in token.ancestors or token.i > persons[0].i:
        return []
    return persons


def partners_before_along(along: Token) -> bool:
    """Whether an "along with" comes after a "with" of its verb ("will meet with A and B, along
    with C"): then it lists more of those met, not more of those who act."""
    return any(p.lower_ == "with" and p.i < along.i and not any(c.lower_ == "together" for c in p.children)
               for p in children(along.head, "prep"))


def _who_right_before(pronoun: Token) -> list[Token]:
    """"the remarks by Y who called Z a cancer": "who" is a person's pronoun, so where the parser
    hangs its clause on a noun that names no one, it is the person named right before it."""
    if pronoun.lower_ not in {"who", "whom"} or ref_of(pronoun.head.head) is not None or pronoun.i == 0:
        return []
    before = pronoun.doc[pronoun.i - 1]
    return [before] if before.i != pronoun.head.head.i and (r := ref_of(before)) is not None \
        and entity_type(pronoun.doc, r) is EntityType.PERSON else []


def _one_among(noun: Token) -> list[Token]:
    """"X is among the leaders who arrived": X, for what the leaders did; else the noun (also
    when X "was not among the leaders who attended": X did not)."""
    prep = noun.head
    if noun.dep_ == "pobj" and prep.lower_ in {"among", "amongst"} and prep.head.lemma_ in _COPULAS \
            and not children(prep.head, "neg"):
        return children(prep.head, "nsubj") or [noun]
    return [noun]


# what one offers or extends to another, who would act on it ("X's invitation to visit": not X)
_INVITING_NOUNS = frozenset({"invitation", "offer"})


# verbs that say someone did something, after "of": "accused X of meeting Y" (X met Y)
_CHARGING_VERBS = frozenset({"accuse", "suspect", "convict", "acquit", "clear", "absolve"})
# verbs that report someone's words: "the agency quoted X as saying ..."
_QUOTING_VERBS = frozenset({"quote", "cite"})
# what a meeting does that has someone, or something, at it ("talks that included Y")
INCLUDING_VERBS = frozenset({"include", "involve"})
# verbs that report what someone said, whose clause keeps the speaker's tense one step back
_TELLING_VERBS = frozenset({"say", "tell", "announce", "add", "confirm", "state"})


def verb_above(word: Token) -> Token:
    """The nearest verb at or above ``word`` ("moments" in "X tweeted, moments after ...": "tweeted")."""
    while word.pos_ not in {"VERB", "AUX"} and word.head.i != word.i:
        word = word.head
    return word


def said_by(verb: Token) -> list[Token]:
    """Who speaks through a verb of speech: its agents, but the one quoted in "the agency quoted X
    as saying ..." (not the agency), "X was quoted as saying"."""
    if verb.lemma_.lower() in _QUOTING_VERBS:
        saying = [c for p in children(verb, "prep") if p.lower_ == "as" for c in children(p, "pcomp") if c.lemma_.lower() == "say"]
        if saying:
            return agents(saying[0])
    return agents(verb) or _speaker_run_into_report(verb) or speaker_before_aside(verb)


def _speaker_run_into_report(verb: Token) -> list[Token]:
    """"Y is endangering Z, X said": with no quotation marks, the parser can join the speaker after
    a comma to the last noun of the words reported, leaving the verb of speech with no subject. The
    name right before the verb, when it hangs inside the clause reported before it."""
    before = verb.doc[verb.i - 1] if verb.i else None
    if before is None or before.dep_ != "conj" or before.pos_ not in {"PROPN", "PRON"} or not before._.entity:
        return []
    start = before.left_edge.i
    reported = [c for c in children(verb, "ccomp") if c.i < verb.i]
    if start == 0 or verb.doc[start - 1].text != "," or not reported or before not in reported[0].subtree:
        return []
    return [before]


def _loose_then_clause(verb: Token) -> bool:
    """"X cancelled a stop, then canceled another", "X was greeted by Y then attended a dinner", "X
    will first give a speech, then have talks with Y": a verb after "then" that the parser left
    loose (``dep``) under the first clause's verb, which goes on from that clause."""
    return verb.dep_ == "dep" and verb.tag_ in {"VBD", "VBZ", "VBP", "VB"} and verb.head.pos_ == "VERB" and (
        any(c.lower_ == "then" for c in verb.lefts) or (verb.i > 0 and verb.doc[verb.i - 1].lower_ == "then"))  # ("then" can hang on the first verb)


def agents(verb: Token) -> list[Token]:
    """The tokens that act in a clause: its subject, inherited through control, coordination,
    relative clauses and possessive gerunds ("the chief's having gone")."""
    listed = _listed_subjects(verb)
    if listed:
        return listed
    # the subject nearest the verb: a misparse can give a verb two (but one after a transitive verb
    # with no object is its object: "A and the minister, B, met opposition leader C")
    objectless = object_taken_for_subject(verb)
    for child in sorted(verb.children, key=lambda c: abs(verb.i - c.i)):
        if child.dep_ in {"nsubj", "csubj"} and child not in objectless:
            if child.lower_ in _RELATIVE_PRONOUNS and verb.dep_ == "relcl":
                return _who_right_before(child) or _one_among(verb.head)
            return [*_persons_joined_before(child, verb), child, *_along_with(child), *_along_with(verb)]
        if child.dep_ == "agent":
            return [c for c in child.children if c.dep_ == "pobj"]
        if child.dep_ == "nsubjpass" and verb.dep_ in {"relcl", "acl"}:
            return []  # (an "acl" with a subject of its own is a clause: "the fact that Y has been invited")
    if verb.tag_ == "VBG" and verb.dep_ == "pcomp" and verb.head.lower_ == "as" and verb.head.head.lemma_.lower() in _QUOTING_VERBS:
        # "the agency quoted X as saying ...", "X was quoted as saying ...": X said it
        return children(verb.head.head, "dobj", "nsubjpass")
    run_in = _subject_run_into_adverbial(verb)
    if run_in:
        return run_in  # "While in Oslo, Prime Minister X met Y": the subject the parser put in the opening phrase
    if children(verb, "nsubjpass"):
        # "X was criticised for his remarks by Y": the parser can hang the agent on a noun that
        # already has its owner
        for owned in prep_objects(verb, "for", "over"):
            by = [o for p in children(owned, "prep") if p.lower_ == "by" for o in children(p, "pobj")]
            if by and possessor(owned) is not None:
                return by
        by = _agent_closing_charge(verb) or _agent_on_circumstance(verb)
        if by:
            return by
    owner = possessor(verb) or _possessor_before(verb)
    if owner is not None and verb.tag_ in {"VBG", "VBN"} and verb.dep_ != "acl":
        return [owner]  # "Kovacs' flying to Oslo"
    if verb.tag_ == "VBG" and verb.dep_ == "pobj":
        # "footage of Mr Berg landing at Z": the parser can make the name a modifier of the gerund
        named = [c for c in children(verb, "compound") if c._.entity]
        if named:
            return named
    if _is_headline_infinitive(verb):
        return [verb.head]
    trip = trip_before(verb)
    if trip is not None and possessor(trip) is not None:
        return [possessor(trip)]
    if _in_order_to(verb):
        return clause_subjects(verb.head.head.head)  # "X cancelled the trip in order to meet Y"
    if verb.dep_ in {"relcl", "acl"} and is_infinitive(verb):
        if (for_subject := _for_subject(verb)) is not None:
            return [for_subject]  # "the invitation for X to visit Z", "plans for X to meet Y"
        # "X was the last leader to meet Y": the subject of the copula
        head = verb.head
        if head.dep_ == "attr" and head.head.lemma_ in _COPULAS:
            subjects = children(head.head, "nsubj", "nsubjpass")
            if [s.lower_ for s in subjects] == ["it"] and head.head.dep_ == "ccomp":
                # "X wrote that it was an honour to meet Y": the one who says so
                return agents(head.head.head)
            # "X is set to become the first leader to visit Y": the subject of the clause it is in
            return subjects or agents(head.head)
        sequence = any(a.lower_ in _SEQUENCE_ADJECTIVES for a in children(head, "amod"))
        if head.dep_ == "nsubj" and head.head.lemma_ in _COPULAS and sequence:
            # "The last leader to visit Y was X", "the first foreign minister to meet Y was X"
            return children(head.head, "attr")
        if head.dep_ == "appos" and sequence and head.head._.entity:
            # "X, the first leader to visit Y in decades, laid a wreath"
            return [head.head]
        if head.dep_ == "pobj" and head.head.lower_ == "as" and sequence:
            # "As the first leader to visit Y, X laid a wreath"
            return agents(head.head.head)
        cues = lexicon("modality")
        if (head.lemma_.lower() in cues["intention_nouns"] or head.lemma_.lower() in cues["negating_nouns"]) \
                and head.lemma_.lower() not in _INVITING_NOUNS \
                and (owner := possessor(head) or next(iter(prep_objects(head, "of")), None)) is not None:
            # "X's plan to visit Y has been postponed", "X's decision to meet Y", "the refusal of X to meet Y"
            return [owner]
        if head.dep_ == "dobj" and head.lemma_.lower() in lexicon("modality")["intention_nouns"]:
            # "X has no plans to visit Y"; but "X extended Y an invitation to visit": Y would
            recipients = _recipients(head.head)
            # "denied Y permission to attend": the parser can make the name a modifier of the noun
            recipients = [c for c in children(head, "compound") if c._.entity] or recipients
            # "sent an invitation to Y to visit": "to Y" can hang on the noun
            invited = [o for o in prep_objects(head, "to") if (r := ref_of(o)) is not None and entity_type(o.doc, r) is EntityType.PERSON]
            return invited or (recipients if recipients is not None else clause_subjects(head.head))
        return []
    if verb.dep_ == "acl":
        # "Mr Berg, visiting Beijing, said": a present participle describes what its noun does
        if verb.tag_ == "VBG":
            addressed = verb.head.head if verb.head.dep_ == "pobj" and verb.head.head.lower_ == "to" else None
            if addressed is not None and addressed.head.pos_ == "VERB" and addressed.head.lemma_.lower() in _WRITING_TO_VERBS:
                # "X has written to the watchdog accusing Y", "sent a letter to Z accusing Y": the
                # parser hangs the writer's participle on whom it is written to
                return clause_subjects(addressed.head)
            return [verb.head] if verb.head._.entity else []
        return _verbless_subjects(verb)
    if _loose_then_clause(verb):
        # its subject is the first clause's (a passive's too)
        return children(verb.head, "nsubj", "nsubjpass") or clause_subjects(verb.head)
    if verb.dep_ in {"advcl", "conj"} and children(verb, "nsubjpass"):
        return []  # "after Y's plane was not permitted to land": a passive with its own subject inherits none
    # "after holding talks", "after having held talks": a gerund's subject is the main clause's
    gerund = verb.tag_ == "VBG" or any(c.dep_ == "aux" and c.lower_ == "having" for c in verb.children)
    if verb.dep_ in {"xcomp", "advcl", "conj", "ccomp"} or (verb.dep_ == "pcomp" and gerund):
        for_subject = _for_subject(verb)
        if for_subject is not None:
            return [for_subject]
        if verb.dep_ == "ccomp":
            return []
        head = verb.head
        if verb.dep_ == "pcomp":
            prep, head = head, head.head
            objects = [o for o in children(head, "dobj") if o.pos_ != "NUM"] if head.pos_ == "VERB" else []
            if (prep.lower_ in {"for", "from", "against"} or (prep.lower_ == "of" and head.lemma_.lower() in _CHARGING_VERBS)) and objects:
                # "criticized X for agreeing to meet Y": X agreed; "banned X from visiting Z",
                # "warned X against visiting Z": X would; "accused X of meeting Y": X met Y
                return objects
            if prep.lower_ == "in" and head.lemma_.lower() == "join" and objects:
                return clause_subjects(head) + objects  # "X joined Y in calling Z a dictator": both did
            if head.dep_ == "dobj" and head.lemma_.lower() in lexicon("modality")["intention_nouns"]:
                return clause_subjects(head.head)  # "X has no intention of meeting Y"
            if prep.lower_ == "for" and head.dep_ == "dobj" and head.lemma_.lower() in lexicon("criticized")["nouns"] \
                    and head.head.lemma_.lower() in lexicon("criticized")["receiving_verbs"]:
                return clause_subjects(head.head)  # "X drew criticism for flying to Z": X flew (not "X voiced criticism")
            if head.dep_ == "advmod" and head.lower_ in {"prior", "ahead"} and head.head.pos_ in {"VERB", "AUX"}:
                head = head.head  # "X met Y prior to attending the summit", "ahead of visiting Z": X did
            if head.dep_ == "npadvmod" and head.pos_ == "NOUN" and head.head.pos_ in {"VERB", "AUX"}:
                head = head.head  # "moments after leaving a meeting with Y, X said": the clause's
        if _past_joined_to_report(verb):
            head = head.head  # "X said Y would set out plans and attacked Z": X attacked
        if head.pos_ == "ADJ" and head.dep_ in {"acomp", "amod"} and head.head.pos_ in {"VERB", "AUX"}:
            head = head.head  # "X is due to visit Y"
        if verb.dep_ == "xcomp" and head.dep_ == "ROOT" and head.pos_ in {"ADJ", "ADV"} and children(head, "nsubj"):
            return children(head, "nsubj")  # a headline without its copula: "X likely to visit Z", "X keen to meet Y"
        if verb.dep_ == "xcomp" and head.dep_ == "acl" and head.tag_ in {"VBN", "VBD"} and head.lemma_ in lexicon("modality")["requesting_verbs"] \
                and not children(head, "nsubjpass"):
            # "the only leader invited to attend": the one invited would act; "X is the leader ..."
            noun = head.head
            return children(noun.head, "nsubj") if noun.dep_ == "attr" and noun.head.lemma_ == "be" else [noun]
        if verb.dep_ == "advcl" and verb.tag_ == "VBG" and head.dep_ == "xcomp" and any(m.lower_ == "while" for m in children(verb, "mark")) \
                and head.head.lemma_ in lexicon("modality")["requesting_verbs"]:
            return clause_subjects(head.head)  # "X urged Y to act while visiting Z": X was visiting
        if head.pos_ in {"VERB", "AUX"}:
            objects = children(head, "dobj")
            if (verb.dep_ == "xcomp" or (verb.dep_ == "advcl" and is_infinitive(verb))) and objects \
                    and head.lemma_ in lexicon("modality")["requesting_verbs"]:
                return objects  # object control: "asked Y to meet X" (the parser can call it an adverbial clause)
            if verb.dep_ == "xcomp" and is_infinitive(verb):
                # "called on Y to visit Z", "told Y not to meet X": the one called on, or told, would
                # (a person or people, not the means: "used the trip to meet Y")
                addressed = prep_objects(head, "on", "upon") if head.lemma_.lower() == "call" else objects
                # (or someone named by what they are: "would love the 19-year-old to come to Z")
                if any(ref_of(a) is not None or a.tag_ == "NNS" or a._.group or role_from_tokens([a]) is not None
                       or (a.lower_.endswith("old") and any(t.lower_ == "year" for t in a.subtree))
                       for a in addressed) and head.lemma_.lower() != "promise":
                    return addressed
                if head.lemma_.lower() == "say" and not children(head, "nsubjpass"):
                    return []  # "X said not to visit Z" tells others what to do ("X is said to have met Y" did)
            if is_infinitive(verb) and objects and head.lemma_ in lexicon("modality")["sending_verbs"]:
                return objects  # "sent Y to attend the summit": Y went
            stray = _stray_subject(verb) if verb.dep_ == "advcl" else None
            passive_subjects = [s for s in children(head, "nsubjpass") if s.lower_ not in _RELATIVE_PRONOUNS]
            if stray is None and verb.tag_ == "VBG" and verb.dep_ in {"advcl", "pcomp"} and passive_subjects:
                return passive_subjects  # "after arriving at Z, Y was greeted by X": Y arrived
            if verb.dep_ == "conj" and verb.tag_ in {"VBD", "VBZ", "VBP"} and passive_subjects:
                # "Y was welcomed by X and then headed to Z": an active verb joined to a passive
                # shares its grammatical subject, not its agent
                return passive_subjects
            return [stray] if stray is not None else clause_subjects(head)
        if verb.dep_ == "conj" and verb.tag_ == "VBG" and head.pos_ == "NOUN" and head.dep_ == "dobj":
            return clause_subjects(head.head)  # "made a visit to the troops as well as meeting Y"
    return []


def trip_before(verb: Token) -> Token | None:
    """"during her visit to Beijing to meet Y", "cancelled his trip to Oslo to meet Y": the trip
    an infinitive of purpose right after a trip phrase is for (the parser hangs it on the trip or
    on the clause); its owner acts, and it happens as the trip does."""
    if not is_infinitive(verb) or verb.dep_ not in {"acl", "advcl"} or children(verb, "nsubj"):
        return None
    before = verb.doc[verb.left_edge.i - 1] if verb.left_edge.i else None
    trips = lexicon("visited")["nouns"]
    trip = verb.head if verb.dep_ == "acl" else next(
        (t for t in ([before, *before.ancestors] if before is not None else []) if t.lemma_.lower() in trips and t.pos_ == "NOUN"), None)
    # hung on the clause, only from a trip the clause happens on ("cancelled her trip to Oslo to
    # meet Y" can say what the cancelling was for)
    if trip is None or trip.lemma_.lower() not in trips or (
            verb.dep_ == "advcl" and (trip.right_edge.i != before.i or trip.dep_ != "pobj")):
        return None
    return trip


def _verbless_subjects(verb: Token) -> list[Token]:
    """"X and her delegation disembarked from a plane": in a sentence the parser gave no verb, a
    participle with no object hung on the last of its coordinated nouns is the sentence's verb,
    and the nouns are its subjects (not "the plane landed by X", a passive)."""
    head = verb.head
    if verb.dep_ == "acl" and verb.tag_ == "VBD" and head.dep_ == "ROOT" and head.pos_ in {"PROPN", "NOUN"}:
        # "X, the party's spokesman, called on Y to resign": a verb in the past tense (no
        # participle) that the parser hung on the sentence's one noun has that noun for subject
        return with_conjuncts(head)
    root = head.head
    if head.dep_ != "conj" or root.dep_ != "ROOT" or root.pos_ not in {"PROPN", "NOUN"} or verb.tag_ not in {"VBD", "VBN"}:
        return []
    if children(verb, "dobj", "agent") or prep_objects(verb, "by"):
        return []
    return with_conjuncts(root)


def _past_joined_to_report(verb: Token) -> bool:
    """Whether a verb in the past tense is coordinated, by the parser, with a reported clause's verb
    in the base form after a modal ("X said Y would set out plans and attacked Z") or in the
    present ("X denied that Y interferes in Z and accused W of meddling"), the verb of saying being
    in the past: tenses that do not match show that it goes with the verb of saying instead."""
    head = verb.head
    after_modal = head.tag_ == "VB" and any(c.dep_ == "aux" and c.tag_ == "MD" for c in head.children)
    present = head.tag_ in {"VBZ", "VBP"} and head.head.tag_ == "VBD"
    # ("X said the closures were a scandal and called on Y to resign": what a thing was said to be
    # is no doer of the verb after it)
    judged_thing = head.lemma_ == "be" and any(
        s.pos_ == "NOUN" and not s._.entity and not s._.group and role_from_tokens([s]) is None for s in children(head, "nsubj"))
    return (
        verb.dep_ == "conj" and verb.tag_ == "VBD" and head.dep_ == "ccomp" and head.head.pos_ == "VERB"
        and (after_modal or present or judged_thing)
        and not any(c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass"} for c in verb.children)
    )


def _listed_subjects(verb: Token) -> list[Token]:
    """"A, B, the C (C), and D cut ties": a list of names the parser split into two subjects of
    one verb, the last after "and", the others in apposition or coordinated with the first; every
    name of the list acts. Empty when the verb has one subject."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if len(subjects) != 2:
        return []
    first, last = subjects
    doc = verb.doc
    between = doc[first.right_edge.i + 1 : last.left_edge.i]
    if last.left_edge.i == 0 or doc[last.left_edge.i - 1].lower_ not in {"and", "or"} \
            or any(t.pos_ not in {"PUNCT", "CCONJ"} for t in between):
        return []
    members = [t for t in doc[first.left_edge.i : first.right_edge.i + 1]
               if t.i == first.i or (t.dep_ in {"appos", "conj"} and t.pos_ == "PROPN" and t._.entity)]
    return [*members, last]


_GIVING_VERBS = frozenset({"extend", "convey", "deliver", "give", "hand", "pass", "send", "relay", "issue", "forward"})


def _recipients(verb: Token) -> list[Token] | None:
    """Whom a verb gives its object to ("extended Y an invitation to visit", "convey to Y an
    invitation to visit": Y would visit), or None when it gives to no one."""
    given = children(verb, "dative")
    if not given and verb.lemma_.lower() in _GIVING_VERBS:
        given = [p for p in children(verb, "prep") if p.lower_ == "to"]
    if not given:
        return None
    return [o for d in given for o in ([d] if d.pos_ != "ADP" else children(d, "pobj"))]


_SUBORDINATORS = frozenset({"after", "before", "since", "until", "once", "when", "while", "as"})


def _stray_subject(verb: Token) -> Token | None:
    """"It came after X last week labelled Y": a finite verb with no subject, after a time phrase
    that the parser took for its own, has its subject in the object of the word that opens the
    clause ("after X")."""
    if verb.tag_ not in {"VBD", "VBZ", "VBP"}:
        return None
    adverbials = [c for c in verb.lefts if c.dep_ in {"npadvmod", "advmod"}]
    start = min((a.left_edge.i for a in adverbials), default=0)
    if start == 0:
        return None
    before = verb.doc[start - 1]
    if before.dep_ != "pobj" or before.head.lower_ not in _SUBORDINATORS:
        return None
    return before if before.pos_ in {"PROPN", "NOUN"} and before._.entity else None


def clause_subjects(verb: Token) -> list[Token]:
    """Who a clause is about: its agent, or the grammatical subject of a passive without one
    ("X is headed to Moscow")."""
    # (agents already takes a subject the parser ran into an opening adverbial)
    subjects = agents(verb) or [s for s in children(verb, "nsubjpass") if s.pos_ not in {"VERB", "AUX"}]
    if verb.dep_ == "relcl" and [s.lower_ for s in subjects] in (["who"], ["which"], ["that"]):
        # "X, who was fined for accusing Y"; "X and Y, who are both here": a plural verb is of all
        # those joined with the name it hangs on
        plural = any(t.lower_ in {"are", "were"} or t.tag_ == "VBP" for t in [verb, *children(verb, "aux", "auxpass")])
        return [verb.head, *verb.head.conjuncts] if plural else [verb.head]
    return subjects


# verbs of writing or turning to someone: a participle after whom it is to is the writer's
_WRITING_TO_VERBS = frozenset({"write", "send", "complain", "appeal"})


def _subject_run_into_adverbial(verb: Token) -> list[Token]:
    """"While he is in Belgium Kabila is set to meet Y", "In Oslo Kabila also met Y": with no comma after an opening phrase,
    the parser can take the main clause's subject for the object of the clause's last
    preposition, leaving the main verb with none. The person named right before its auxiliary."""
    # (the opening clause's own verb can come out as a subject: "is" in "While he is in Belgium")
    if verb.dep_ != "ROOT" or any(c.dep_ in {"nsubj", "nsubjpass", "csubj", "expl", "agent"} and c.pos_ not in {"VERB", "AUX"}
                                  for c in verb.children):
        return []
    # ("While in Oslo, Prime Minister X met Y": or, with no auxiliary, the name in apposition to
    # the place, right before the verb)
    auxiliaries = [c for c in verb.lefts if c.dep_ in {"aux", "auxpass"}]
    first = auxiliaries[0] if auxiliaries else verb
    if first.i == 0:
        return []
    before = verb.doc[first.i - 1]
    if before.text == "," and before.head.i == verb.i and before.i > 0:
        before = verb.doc[before.i - 1]  # "Earlier, Queen X II, had visited Z": a comma closing the name
    while before.dep_ == "advmod" and before.head.i == verb.i and before.i > 0:
        before = verb.doc[before.i - 1]  # "In Brussels X also met Y": an adverb before the verb
    if before.dep_ == "pobj" and before.head.lower_ == "of" and not (before._.entity or "").startswith("person:"):
        before = before.head.head  # "..., a backward view of Islam, President X of Pakistan has said": the name's own "of"
    if before.dep_ == "conj":
        return _names_joined_to_place(verb, before)
    # (an apposition set off by a comma before an auxiliary: the fronted words the parser took for its head)
    set_off = before.dep_ == "appos" and before.left_edge.i > 0 and verb.doc[before.left_edge.i - 1].text == ","
    if (before.dep_ != "pobj" and not (before.dep_ == "appos" and (set_off or not auxiliaries))) or before.pos_ != "PROPN" \
            or not (before._.entity or "").startswith("person:"):
        return []
    return [before] if verb in before.ancestors else []


def _names_joined_to_place(verb: Token, last: Token) -> list[Token]:
    """"At the summit in Seoul, X and Y agreed": the parser can coordinate the subjects with the
    place that ends the opening phrase. The persons named after the comma, when the chain of
    conjuncts ``last`` ends goes up to a place in that phrase."""
    names = [last]
    while names[-1].dep_ == "conj":
        names.append(names[-1].head)
    place = names.pop()
    names.reverse()
    persons = all(n.pos_ == "PROPN" and (n._.entity or "").startswith("person:") for n in names)
    if not persons or place.dep_ != "pobj" or not (place._.entity or "").startswith("place:") or verb not in place.ancestors:
        return []
    return names if verb.doc[names[0].left_edge.i - 1].text == "," else []


def is_infinitive(verb: Token) -> bool:
    """Whether a verb is a to-infinitive ("to meet")."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def passive_agents(verb: Token) -> list[Token]:
    """The named or nominal parties a passive verb says acted ("Y was received by X"), with
    the agents the parser hung elsewhere (see ``_agent_on_circumstance``); none for an active verb."""
    if not children(verb, "nsubjpass") and verb.tag_ != "VBN":
        return []
    return _named_by(verb)


def reduced_passive_agents(verb: Token) -> list[Token]:
    """The agents of a participle that modifies a noun or a clause and has no subject of its own ("a
    move branded a retreat by Y", which the tagger can take for a past tense); none for any other verb."""
    if verb.dep_ not in {"acl", "advcl"} or verb.tag_ not in {"VBN", "VBD"} or children(verb, "nsubj", "nsubjpass", "auxpass", "aux"):
        return []
    return _named_by(verb)


def _named_by(verb: Token) -> list[Token]:
    """Those a passive form names after "by": its agent, or one the parser hung elsewhere."""
    return [o for a in children(verb, "agent") for o in children(a, "pobj")] or _agent_on_circumstance(verb)


def set_off_passive(verb: Token) -> tuple[list[Token], list[Token]]:
    """"Y, branded a liar by X, resigned": the parser can make Y the subject of the participle set
    off after it, as if Y had done the branding. (Y, X) when the verb is a past form right after a
    comma that closes its subject and names an agent with "by"; two empty lists otherwise."""
    if verb.tag_ not in {"VBN", "VBD"} or verb.i == 0 or verb.doc[verb.i - 1].text != "," or children(verb, "aux", "auxpass"):
        return [], []
    subjects = [s for s in children(verb, "nsubj") if s.i < verb.i and s.right_edge.i + 1 == verb.i - 1]
    by = _agent_on_circumstance(verb) if subjects else []
    return (subjects, by) if by else ([], [])


def _agent_on_circumstance(verb: Token) -> list[Token]:
    """The agent of a passive that the parser hung on a bare noun of circumstance or on the label
    the verb gives: "X was received on arrival by Y", "X was branded a disgrace by Y". Only a
    named party counts, so that "arrival by air" names no one."""
    hosts = [o for p in children(verb, "prep") if p.lower_ in {"on", "upon", "after"} for o in children(p, "pobj")
             if o.pos_ == "NOUN" and not any(c.dep_ in {"det", "poss"} for c in o.children)]
    # "was described as a disgrace by Y", "condemned as outrageous by Y" (the parser can make the
    # adjective a modifier of "as")
    hosts += children(verb, "dobj", "oprd") + [c for p in children(verb, "prep") if p.lower_ == "as"
                                               for c in p.children if c.dep_ in {"pobj", "amod"}]
    return [o for h in hosts for p in children(h, "prep") if p.lower_ == "by" for o in children(p, "pobj")
            if o._.entity]


def _agent_closing_charge(verb: Token) -> list[Token]:
    """The agent of a passive that the parser hung inside its charge: "X was accused of lying
    by Y", "accused of using the politics of confusion by Y". Taken only from a charge that is
    an active gerund and only where "by Y" closes the sentence, so that "accused of being
    funded by Y" and "accused of ignoring the report by Y" keep Y in the charge."""
    authored = set(lexicon("criticized")["statement_nouns"]) | set(lexicon("criticized")["issued_nouns"])
    for gerund in (c for p in children(verb, "prep") if p.lower_ in {"of", "for"} for c in children(p, "pcomp")):
        if gerund.tag_ != "VBG":
            continue
        for by in (t for t in gerund.subtree if t.dep_ == "prep" and t.lower_ == "by"):
            host = by.head
            if host != gerund and (host.pos_ not in {"NOUN", "PROPN"} or host.dep_ == "dobj" and host.head == gerund
                                   or host.lemma_.lower() in authored):
                continue
            if any(t.pos_ == "VERB" for t in _path_up(host, gerund)):
                continue  # "of meeting officials who were appointed by Y": Y appointed them
            after = by.doc[by.right_edge.i + 1 : verb.sent.end]
            if all(t.is_punct for t in after):
                return [o for o in children(by, "pobj") if ref_of(o) is not None]
    return []


def _path_up(token: Token, top: Token) -> list[Token]:
    """The tokens from ``token``'s head up to, not including, ``top`` (an ancestor of it)."""
    path = []
    while token != top and token.head != token and token.head != top:
        token = token.head
        path.append(token)
    return path


def _for_subject(verb: Token) -> Token | None:
    """"for X to visit Y": X acts (not in "left for Z and then planned to go": no infinitive)."""
    if not is_infinitive(verb):
        return None
    # "for" can hang on the verb above, or on its object ("continued arrangements for X to visit Y")
    above = [verb.head, *children(verb.head, "dobj")]
    for sibling in (c for a in above for c in a.children):
        if sibling.dep_ == "prep" and sibling.lower_ == "for" and sibling.i < verb.i:
            objects = children(sibling, "pobj")
            if objects and verb.i - objects[-1].i <= 3:
                return objects[-1]
    return None


def _possessor_before(verb: Token) -> Token | None:
    """"the UN chief's having gone": the possessive noun just before a gerund or participle."""
    i = verb.i - 1
    doc = verb.doc
    while i >= 0 and doc[i].pos_ in {"AUX", "ADV", "PART"} and doc[i].tag_ != "POS":
        i -= 1
    if i >= 0 and doc[i].tag_ == "POS":
        return doc[i].head if doc[i].head.i < doc[i].i else doc[i - 1]
    return None


def sentences_back(token: Token, count: int) -> int:
    """The index of the first token of the sentence ``count`` sentences before ``token``'s own
    (or of the document's first)."""
    start = token.sent.start
    for _ in range(count):
        start = token.doc[start - 1].sent.start if start else 0
    return start


def participles_after(noun: Token) -> list[Token]:
    """The past participles the parser hangs on a noun: "made" in "the allegations made by X"."""
    return [clause for clause in children(noun, "acl") if clause.tag_ == "VBN"]


def made_by(noun: Token) -> list[Token]:
    """Who a past participle after a noun says made what it names: X in "the allegations made by
    X", "the speech given by X"."""
    return [by for clause in participles_after(noun) for by in prep_objects(clause, "by")]


def owner_or_maker(noun: Token) -> Token | None:
    """Whose a noun is: its owner ("Y's insults"), else the first one a participle after it says
    made it ("the remarks made by Y"); None without either."""
    return possessor(noun) or next(iter(made_by(noun)), None)


def possessor(noun: Token) -> Token | None:
    """The owner of a noun ("Y's plans"), also where the parser hangs it on a quoted adjective
    before the noun ("Y's \"unfair\" and complicated taxes"); "whose" is whom the relative clause
    is about ("Y, whose trip to Z ...")."""
    for child in noun.children:
        if child.dep_ == "poss":
            return _antecedent(child) if child.tag_ == "WP$" else child
    for adjective in noun.lefts:
        if adjective.dep_ == "amod":
            owners = [c for c in adjective.lefts if c.dep_ == "poss"]
            if owners:
                return owners[0]
    return None


def _antecedent(whose: Token) -> Token | None:
    """The noun a relative clause with "whose" hangs on, at most four steps up."""
    node = whose.head
    for _ in range(4):
        if node.dep_ == "relcl":
            return node.head
        if node.head.i == node.i:
            return None
        node = node.head
    return None


# ---------------------------------------------------------------------- modality

def governing_chain(trigger: Token) -> list[Token]:
    """``trigger`` and the words above it up to its clause's main verb: "is to meet", "asked to
    meet", "ruled out attending", "a request ... for X to visit"."""
    chain = [trigger]
    token = trigger
    # "the trip, his first abroad, was cancelled" (or a subject the parser made the trip an
    # apposition to): a noun in apposition to a subject is the subject
    subject = trigger.head if trigger.dep_ == "appos" and trigger.head.dep_ in {"nsubj", "nsubjpass"} else trigger
    if trigger.pos_ == "NOUN" and subject.dep_ in {"nsubj", "nsubjpass"}:
        # "a meeting ... is planned", "the visit was cancelled": the noun's verb says; a copula
        # only through an adjective governing a clause ("the meeting is due to take place"), as
        # "his attack was not a stunt" says what the attack was, not whether it happened
        predicate = subject.head
        if predicate.lemma_ == "be":
            predicate = next((a for a in children(predicate, "acomp") if children(a, "xcomp")), predicate)
        # "X's meeting with Y was to be the first contact", "is to take place on Monday": a copula
        # with an infinitive of being or happening says it was ahead (not of a purpose: "the visit
        # is to promote trade")
        ahead = predicate.lemma_ == "be" and (_is_to_happen(predicate) or _will_be(predicate))
        # "his trip is not aimed at making decisions": what the trip is for, not whether it is made
        purpose = subject.dep_ == "nsubjpass" and predicate.lemma_.lower() in lexicon("modality")["aiming_verbs"]
        if (predicate.lemma_ != "be" or ahead) and not purpose:
            token = predicate
            chain.append(token)
            if predicate.lemma_.lower() in {"continue", "proceed"} and predicate.tag_ in {"VBZ", "VBP", "VBD"}:
                return chain  # "as his state visit to the US continues": under way, whatever the clause above says
    if trigger.dep_ == "attr" and trigger.head.lemma_ == "be" and (children(trigger.head, "expl") or _will_be(trigger.head)):
        # "there will not be a summit": the existential says; "this would be X's first visit to Z":
        # a trip that will be or would be one is ahead
        token = trigger.head
        chain.append(token)
    if trigger.dep_ == "attr" and trigger.head.lemma_ == "be" and trigger.head.dep_ in {"ccomp", "dobj"} \
            and any(s.lower_ == "what" for s in children(trigger.head, "nsubj")):
        # "cancelled what would have been his first meeting with Y": what the clause names is what
        # the verb above it does
        token = trigger.head.head
        chain += [trigger.head, token]
    trip = trip_before(trigger) if trigger.pos_ == "VERB" else None
    if trip is not None:
        token = trip  # "cancelled his trip to Oslo to meet Y": the meeting goes as the trip
        chain.append(token)
    # "to get Y and Z to meet": an infinitive the parser calls a clausal complement is one
    while (token.dep_ in {"xcomp", "advcl", "pcomp", "acl", "conj", "pobj", "prep", "dobj", "aux", "acomp"}
           or _is_infinitive_ccomp(token) or _is_infinitive_relcl(token) or _loose_then_clause(token)) and token.head.i != token.i:
        if token.dep_ == "prep" and (token.lower_ in _PRESUPPOSING_PREPS or token.lower_ == "in") and (
            token.lower_ not in {"for", "in"} or (len(chain) > 1 and chain[-2].tag_ == "VBG")  # "for a meeting" is a purpose, "for making" a cause
        ) and not (token.lower_ == "on" and token.head.lemma_.lower() in agreed_or_invited_on()) \
                and not (token.lower_ == "for" and token.head.lemma_.lower() in lexicon("visited")["verbs_motion"]):
            # "was not straightforward in attacking Y": the attack happened (but "agreed on a visit":
            # ahead, "invited on a visit": asked for; and one comes somewhere for a purpose: "arrives
            # in Russia for meeting with Y")
            break  # "following his Moscow stop": the stop happened, whatever the clause says
        if token.dep_ == "dobj" and token.head.lower_ in _PRESUPPOSING_PREPS:
            break  # "cancelled the trip following accusations by X": "following" read as a verb
        if token.dep_ == "pcomp" and token.head.lower_ == "with" and children(token, "nsubj"):
            break  # "said Y is not an idiot, with Y calling the remarks abusive": a clause of its own
        if token.pos_ in {"VERB", "AUX"} and children(token, "nsubj", "nsubjpass") and any(
                c.dep_ == "advmod" and c.lower_ in {"how", "why"} for c in token.children):
            break  # "gave no explanation of how X entered Spain": how or why a thing was done takes it as done
        if token.i == trigger.i and token.dep_ == "dobj" and token.head.lemma_.lower() in lexicon("modality")["ending_verbs"]:
            break  # "is set to wrap up his visit to Australia": a trip one ends or extends is under way
        if token.dep_ in {"prep", "pcomp"} and len(chain) > 1 and chain[-2].pos_ == "NOUN" and (
                token.lower_ in _CAUSE_PREPS
                or (token.lower_ in {"to", "of", "at", "against", "for"}
                    # (the parser can hang "at" on the verb: "cancelled the visit in protest at X's meeting")
                    and (token.head.lower_ in _CAUSE_HEADS or token.doc[token.i - 1].lower_ in _CAUSE_HEADS))):
            break  # "postponed in response to X's visit", "cancelled because of X's visit": the visit happened
        if token.dep_ == "prep" and token.lower_ == "of" and token.head.lemma_.lower() in lexicon("modality")["outcome_nouns"]:
            break  # "urged them to implement the results of X's visit to Z": the visit happened
        if token.dep_ == "prep" and token.lower_ == "from" and chain[-2].pos_ == "NOUN" and possessor(chain[-2]) is not None \
                and not _is_negating(token.head.lemma_.lower(), {c.lower_ for c in children(token.head, "prt")}):
            break  # "would not suffer from his visit to Moscow": the visit happened (not "withdrew from his visit")
        token = _infinitive_listed_with(token) or token.head
        chain.append(token)
        if token.pos_ in {"VERB", "AUX"} and token.dep_ in {"ROOT", "ccomp", "relcl", "parataxis"} and not _is_infinitive_ccomp(token):
            break
    if token.pos_ == "NOUN" and token.i != trigger.i and token.dep_ in {"nsubj", "nsubjpass"} \
            and token.lemma_.lower() in lexicon("modality")["intention_nouns"] and token.head.lemma_ != "be":
        chain.append(token.head)  # "X's plan to visit Z has been postponed": the plan's verb says
    if token.pos_ == "NOUN" and token.dep_ == "attr" and len(chain) > 1 and is_infinitive(chain[-2]) and token.head.lemma_ in _COPULAS:
        copula = token.head
        if (copula.lemma_ == "be" and _will_be(copula)) or copula.dep_ == "xcomp":
            chain.append(copula)  # "X will be the third leader to visit Z": the copula's future
            while chain[-1].dep_ == "xcomp" and chain[-1].head.i != chain[-1].i:
                chain.append(chain[-1].head)  # "X is set to become the first leader to visit Z": the verb above says
    return chain


def _infinitive_listed_with(verb: Token) -> Token | None:
    """The infinitive a bare verb is listed with, where the parser joined it to the verb above:
    in "is scheduled to make a call on Y, meet Z and visit Oslo", "meet" goes with "to make"
    (a base form cannot be coordinated with "is scheduled")."""
    if verb.dep_ != "conj" or verb.tag_ != "VB" or verb.head.tag_ == "VB" or is_infinitive(verb):
        return None
    return next((x for x in children(verb.head, "xcomp") if x.i < verb.i and x.tag_ == "VB" and is_infinitive(x)), None)


def _in_order_to(verb: Token) -> bool:
    """"(in order) to meet Y": an infinitive the parser hangs on "order", a purpose of the clause."""
    return verb.dep_ in {"acl", "relcl"} and is_infinitive(verb) and verb.head.lower_ == "order" \
        and verb.head.head.lower_ == "in" and verb.head.head.head.pos_ in {"VERB", "AUX"}


def _is_infinitive_relcl(verb: Token) -> bool:
    """"(no plans for X) to meet Y" parsed as a relative clause: an infinitive says what the noun
    is for, as a clause modifying it does."""
    return verb.dep_ == "relcl" and is_infinitive(verb)


def _is_infinitive_ccomp(verb: Token) -> bool:
    """"(to get Y and Z) to meet" parsed as a clausal complement: an infinitive, no reported clause."""
    return verb.dep_ == "ccomp" and verb.tag_ == "VB" and is_infinitive(verb)


def _is_to_happen(copula: Token) -> bool:
    """Whether a copula has an infinitive of being or happening: "was to be the first contact",
    "is to take place on Monday"."""
    happening = {"be", "take", *lexicon("modality")["occurrence_verbs"]}
    return any(c.dep_ == "xcomp" and is_infinitive(c) and c.lemma_.lower() in happening for c in copula.children)


def _will_be(copula: Token) -> bool:
    """Whether a copula is future or would-be: "will be", "would be" ("X's visit will be the first
    since 2010", "this would be X's first trip to Z")."""
    return any(c.dep_ == "aux" and c.lower_ in lexicon("modality")["planning_aux"] for c in copula.children)


def _no_longer(modifier: Token) -> bool:
    """Whether a verb's modifier is "no longer" ("was no longer expected to travel"), which the
    parser hangs "no" on "longer" for."""
    return modifier.dep_ == "advmod" and modifier.lower_ == "longer" and any(c.lower_ == "no" for c in modifier.children)


def _negation_affirms(verb: Token, cues: dict) -> bool:
    """Whether a negated verb (or noun) is an idiom whose negation says the thing more strongly
    ("did not mince words", "did not hold back", "made no secret of"): no denial of what it goes with."""
    if verb.pos_ == "NOUN" and verb.lemma_.lower() in cues["affirming_negated_nouns"]:
        return True  # "made no secret of his anger at Y", "left no doubt about his contempt for Y"
    wanted = cues["affirming_negations"].get(verb.lemma_.lower())
    return wanted is not None and any(c.lower_ == wanted for c in children(verb, "dobj", "prt", "advmod"))


def status_of(trigger: Token) -> Status:
    """Read the modality of the clause around a trigger: negated, requested, planned or occurred."""
    cues = lexicon("modality")
    if trigger.pos_ == "NOUN" and _called_off_by_own_clause(trigger, cues):
        return Status.NEGATED
    if trigger.pos_ == "NOUN":
        # "a follow-up on talks he had with Y in July": the clause that holds the meeting tells its tense
        holding = [c for c in children(trigger, "relcl") if c.lemma_.lower() in lexicon("met_with")["support_verbs"]
                   and children(c, "nsubj") and c.tag_ == "VBD"]
        if holding:
            return status_of(holding[0])
    chain = governing_chain(trigger)
    statuses: set[Status] = set()
    beyond_clause = False  # above an adverbial clause "after ...", "because ...": its negation is not ours
    for position, token in enumerate(chain):
        kids = list(token.children)
        if position > 0 and _is_factive_clause(chain[position - 1]):
            if _is_past(chain[position - 1]):
                break  # "is not coming because Y met him yesterday": a past of its own, whatever is ahead
            beyond_clause = True  # "failed to win after Y demanded that X quit": the demand was made
        if position > 0 and _is_open_question(chain[position - 1]):
            # "it is not clear if X will meet Y": the doubt is about the knowing, the meeting is
            # still planned; "has not decided whether to visit Z": a trip still to decide on
            beyond_clause = True
            if is_infinitive(chain[position - 1]):
                statuses.add(Status.PLANNED)
        # a verb coordinated with the trigger's does not govern it: "rejected the claim and said Y lied"
        below = chain[position - 1] if position > 0 else None
        coordinated = below is not None and (below.dep_ == "conj" or _loose_then_clause(below))
        # a participle set off by a comma below: a clause of its own ("postponed a visit to Z,
        # delivering a rebuke to Y"; "turned down the invitation, blaming Y")
        set_off = below is not None and below.dep_ == "advcl" and _is_set_off_participle(below)
        # "will see Y and was launched during Z": a coordinated verb with its own auxiliary keeps its tense
        # (and one in the past with its own subject: "would be a follow-up on talks [Y had with Z in July]")
        own_tense = coordinated and (
            any(c.dep_ in {"aux", "auxpass"} for c in chain[position - 1].children) or _past_joined_to_report(chain[position - 1])
            or (chain[position - 1].tag_ == "VBD" and bool(children(chain[position - 1], "nsubj")))
        )
        # "would not attend Z, but would visit Y": nor is it denied with it
        if not beyond_clause and not own_tense and any(
            c.dep_ == "neg" or (c.lower_ in cues["negators"] and c.dep_ in {"advmod", "det"}) or _no_longer(c) for c in kids
        ) and not _not_only(token) and not _negation_affirms(token, cues):
            statuses.add(Status.NEGATED)  # "did not meet", "no plans to visit", "no meeting", "no longer expected"
        if position == 0 and token.pos_ == "VERB":
            for obj in children(token, "dobj"):
                if any(d.dep_ == "det" and d.text == "no" for d in obj.children) and not _negation_affirms(token, cues):
                    statuses.add(Status.NEGATED)  # "held no talks with Y", "paid no visit to Z" (not "the No Campaign")
                if any(p.dep_ == "acl" and p.tag_ == "VBN" and p.lemma_.lower() in cues["planning_verbs"] for p in obj.children):
                    statuses.add(Status.PLANNED)  # "has a meeting scheduled with Y": set, not yet held
        if not beyond_clause and any(
            c.dep_ in {"nsubj", "nsubjpass"} and c.left_edge.lower_ == "neither"
            for c in kids
        ):
            statuses.add(Status.NEGATED)  # "neither Y nor Z was there to meet X"
        particle = {c.lower_ for c in kids if c.dep_ == "prt"}
        if position > 0 and chain[position - 1].dep_ == "prep":
            particle.add(chain[position - 1].lower_)  # "pulled out of a meeting": "out" parsed as a preposition
        lemma = token.lemma_.lower()
        if token.lower_ in cues["planning_forms"]:
            lemma = cues["planning_forms"][token.lower_]  # the tagger's lemma of "hopes" can be "hop"
        # "cancelled a stop in Z to fly to Y": what the cancelling was for went ahead, and so did
        # what was done with it ("postponed a visit to Z, delivering a rebuke to Y")
        # (a participle set off by a comma: "ruled out attending Z" is what was ruled out)
        served = set_off or (below is not None and below.dep_ == "advcl" and is_infinitive(below) and not purpose_of_unplaced_trip(token)
                             and not _meeting_on_the_trip(token, below)) \
            or (position >= 3 and _in_order_to(chain[position - 3])) \
            or (position >= 2 and chain[position - 1].lower_ == "by" and chain[position - 2].tag_ == "VBG")
        # (and "cancelled the trip in order to meet Y"; the means by which something was undone was
        # taken: "accused of abandoning the country by travelling to Z")
        # "delayed her visit" calls it off for now; "her arrival was delayed by fog" still happened
        deferred_only = lemma in cues["deferring_verbs"] and bool(children(token, "auxpass"))
        # "Varnay might miss Norway's trip to Ireland": one missing another's trip stays away alone
        missed_by_other = lemma in _ABSENCE_VERBS and _owned_by_other_than_subject(chain[0], token)
        if _is_negating(lemma, particle) and token.pos_ in {"VERB", "AUX"} and not deferred_only and not missed_by_other:  # "a ban for his criticism" happened
            if position > 0 and not (beyond_clause or coordinated or served):
                statuses.add(Status.NEGATED)
        if any(c.dep_ == "aux" and _is_negating(c.lower_.removesuffix("s"), set()) for c in kids):
            statuses.add(Status.NEGATED)  # "X Cancels Meeting With Y": a headline's verb the tagger made an auxiliary
        if position > 0 and token.pos_ == "NOUN" and lemma in cues["negating_nouns"] and not beyond_clause:
            statuses.add(Status.NEGATED)  # "the postponement of his trip to Z"
        if position > 0 and token.pos_ == "ADJ" and lemma in cues["negating_adjectives"] and not beyond_clause:
            statuses.add(Status.NEGATED)  # "was unable to attend"
        if position > 0 and token.lower_ == "without" and token.dep_ == "prep" and not beyond_clause:
            statuses.add(Status.NEGATED)  # "left without meeting Y", "without a meeting with Y"
        if position > 0 and token.dep_ == "prep" and not beyond_clause and any(
            c.dep_ == "advmod" and c.lower_ == _SUBSTITUTING.get(token.lower_) for c in token.children
        ):
            statuses.add(Status.NEGATED)  # "will return home instead of traveling on to Z", "rather than visiting Z"
        if position > 0 and token.lower_ == "against" and chain[position - 1].dep_ == "pcomp" and not beyond_clause:
            statuses.add(Status.NEGATED)  # "warned Y against visiting Z", "decided against meeting Y"
        if position > 0 and token.lower_ == "of" and token.head.lower_ == "ahead":
            statuses.add(Status.PLANNED)  # "ahead of X's visit to Z": still to come
        if position == 1 and trigger.pos_ == "NOUN" and token.lower_ == "of" and token.head.lemma_.lower() in cues["announcement_nouns"]:
            statuses.add(Status.PLANNED)  # "the announcement of X's visit to Z": a trip made known before it is made
        if position > 0 and chain[position - 1].dep_ == "nsubj" and token.lemma_ == "be" and _is_to_happen(token):
            statuses.add(Status.PLANNED)  # "X's meeting with Y on Saturday was to be the first contact"
        # what is asked is an object or a complement, "called for talks", "invited to the summit";
        # not what the request came "following" or "at", nor what a participle set off after the
        # request does ("offered an apology, claiming that Y stood in the way": the claim was made)
        # ("invited on a return visit to Z" asks for the trip)
        invited_on = below is not None and below.lower_ == "on" and lemma in lexicon("visited")["inviting_verbs"]
        adjunct = (below is not None and below.dep_ == "prep" and below.lower_ not in {"for", "to"} and not invited_on) or set_off
        # (nor the one asking: "X's visit encouraged investors")
        asking = below is not None and below.dep_ in {"nsubj", "nsubjpass", "csubj"}
        if position > 0 and lemma in cues["requesting_verbs"] and token.pos_ == "VERB" and not (beyond_clause or coordinated or adjunct or asking):
            # ("called for talks", "called on Y to visit Z"; not a call made: "called Y to say"; nor
            # what is only in a plan one is called on to weigh: "called on Y to reconsider a plan to host Z")
            # ("called on Y to continue condemning Z": through verbs that carry the one asked on)
            called_on = (position == 1 or all(t.dep_ == "xcomp" for t in chain[:position])) and bool({"on", "upon"} & {c.lower_ for c in kids})
            # ("called for Y to go to Z": the parser can make "for" the mark of the clause asked for)
            called_for = "for" in {c.lower_ for c in kids} or (below is not None and any(
                c.dep_ == "mark" and c.lower_ == "for" for c in below.children))
            if lemma != "call" or called_for or called_on:
                statuses.add(Status.REQUESTED)
        # a request that governs the trigger ("the request was to meet Y"); the trigger's own object
        # is what it acts on ("attacked Y's proposals", "condemned the bid")
        # (not over a clause of time: "turned down an invitation to greet X when X visits Z", nor
        # over a participle set off after it: "turned down the invitation, blaming Y for ...")
        # ("accepted Y's invitation to visit Z": a request accepted is a plan)
        accepting = token.pos_ == "VERB" and lemma in cues["accepting_verbs"]
        if token.pos_ in {"VERB", "AUX"} and not beyond_clause and not set_off and any(
            c.dep_ in {"nsubj", "nsubjpass", "dobj"} and c.lemma_.lower() in cues["requesting_nouns"]
            and (position > 0 or c.dep_ != "dobj") and c.i != trigger.i  # "paid a courtesy call on Y" is no request
            and not (c.lemma_.lower() == "call" and prep_objects(c, "on"))  # nor is "to make a call on Y, meet Z"
            and not (accepting and c.dep_ == "dobj")
            for c in kids
        ):
            statuses.add(Status.REQUESTED)
        if position > 0 and token.pos_ == "NOUN" and lemma in cues["requesting_nouns"] and not beyond_clause:
            accepted = token.dep_ == "dobj" and token.head.pos_ == "VERB" and token.head.lemma_.lower() in cues["accepting_verbs"]
            statuses.add(Status.PLANNED if accepted else Status.REQUESTED)
        if position > 0 and chain[position - 1].dep_ == "xcomp" and lemma in {"have", "be"} and any(
            c.dep_ == "advmod" and c.lower_ == "yet" for c in kids
        ):
            statuses.add(Status.NEGATED)  # "has yet to meet Y", "is yet to visit Z": not so far
        if not beyond_clause and _is_counterfactual(token):
            statuses.add(Status.NEGATED)  # "should have visited Kyiv first": it did not happen
        elif (any(c.dep_ == "aux" and c.lower_ in cues["planning_aux"] for c in kids) and not own_tense) or (
            _is_possible(token) and not any(t.dep_ == "advcl" for t in chain[:position])  # "may act, as happened when X went"
        ):
            statuses.add(Status.PLANNED)
        if _is_obligation(token, cues):
            # "X should meet Y", "it is time for X to visit Z"; but "X should be in Rio for the
            # summit" expects: where one is to be is no deed to ask for
            expected = lemma == "be" and {c.lower_ for c in kids if c.dep_ == "aux"} == {"should"}
            statuses.add(Status.PLANNED if expected else Status.REQUESTED)
        if position > 0 and lemma in cues["sending_verbs"] and token.tag_ == "VBG" and is_infinitive(chain[position - 1]):
            statuses.add(Status.PLANNED)  # "is sending Y to attend", "said he was sending Y to attend": arranged
        # "aims to meet Y" plans; "aimed an attack at Y" directs one (the aim's object is no plan)
        aimed = position > 0 and lemma in cues["aiming_verbs"] and chain[position - 1].dep_ == "dobj"
        # "is set for Monday" and "set a date for talks" plan; "the meeting set the tone" is what the
        # meeting did, and "has set the tone, making a trip to Z" what the trip did
        setting = position > 0 and lemma == "set" and chain[position - 1].dep_ != "dobj" and any(c.dep_ == "dobj" for c in kids)
        # "at their summit in Z, X and Y agreed to ...": where and when the agreeing was is no plan
        planned_at = below is not None and below.dep_ == "prep" and below.lower_ in {"at", "during", "in", "after", "following"}
        if position > 0 and lemma in cues["planning_verbs"] and not coordinated and not aimed and not setting and not planned_at:
            statuses.add(Status.PLANNED)
        if position > 0 and token.tag_ == "JJ" and token.dep_ == "acomp" and lemma in cues["imminence_adjectives"]:
            statuses.add(Status.PLANNED)  # "is about to visit Z" (not "talked about visiting Z")
        if position > 0 and token.pos_ in {"VERB", "AUX"} and lemma in cues["including_verbs"] and token.tag_ != "VBD" and any(
            c.dep_ == "nsubj" and c.lemma_.lower() in cues["agenda_nouns"] for c in kids
        ):
            # "X's agenda includes talks with Y": on the programme, not done yet (what it included was)
            statuses.add(Status.PLANNED)
        if position in {1, 2} and token.pos_ == "NOUN" and lemma in cues["intention_nouns"] and lemma != "decision" and (
            (trigger.dep_ in {"acl", "relcl"} and is_infinitive(trigger) and trigger.head == token)
            or (trigger.head.lower_ == "for" and trigger.head.head == token)
        ) and not (token.dep_ == "dobj" and token.head.lemma_.lower() in cues["seizing_verbs"]):
            # "X's bid to meet Y", "X's hope to visit Z", "a desire for talks with Y": not done yet (a
            # decision can be done as soon as told: "announced his decision to quit at a meeting in Z";
            # "took the opportunity to meet Y" did meet)
            statuses.add(Status.PLANNED)
        if position == 1 and trigger.dep_ == "dobj" and trigger.lemma_.lower() in cues["called_off_nouns"] \
                and lemma in cues["endorsing_verbs"] and token.pos_ == "VERB":
            statuses.add(Status.PLANNED)  # "backed a visit by X to China", "opposed X's visit": one proposed, not made
        if position > 0 and lemma in cues["considering_verbs"] and _is_option(chain[position - 1]):
            statuses.add(Status.PLANNED)  # "considers visiting Z", "is considering a trip to Z"
        if lemma == "be" and token.tag_ in {"VBZ", "VBP", "VBD"} and position > 0 and chain[position - 1].dep_ == "xcomp" \
                and is_infinitive(chain[position - 1]) and not any(c.dep_ == "acomp" for c in kids):
            statuses.add(Status.PLANNED)  # "is to meet" (not "was \"proud\" to be visiting": the parser hangs it on "was")
        if lemma == "be" and position > 0 and any(
            c.dep_ == "acomp" and c.lemma_.lower() in cues["planning_verbs"] for c in kids
        ):
            statuses.add(Status.PLANNED)  # "is due in Berlin on Friday for talks with Y"
        if token.pos_ == "NOUN" and any(c.lower_ in cues["planning_adjectives"] for c in kids if c.dep_ == "amod"):
            statuses.add(Status.PLANNED)
        if token.pos_ == "NOUN" and any(c.dep_ in {"acl", "relcl"} and c.tag_ == "VBN" and c.lower_ in cues["planning_participles"]
                                        and prep_objects(c, "for") for c in kids):
            # "X's visit to Z, scheduled for March", "a trip (which was) planned for next month"
            statuses.add(Status.PLANNED)
        if token.pos_ == "NOUN" and any(c.dep_ == "amod" and c.tag_ == "VBN" and c.lemma_.lower() in cues["negating_verbs"] for c in kids):
            statuses.add(Status.NEGATED)  # "the cancelled Russia visit", "his postponed trip" (a "delayed arrival" came)
        if token.pos_ == "VERB" and is_infinitive(token) and (
            token.dep_ == "ROOT" or _is_reported_headline(token) or _is_headline_infinitive(token)
        ):
            statuses.add(Status.PLANNED)  # headline future: "X to meet Y", "X to travel to Z, his spokesman said"
        if _is_progressive_motion(token):
            statuses.add(Status.PLANNED)  # "is going to Kyiv", "is headed to Moscow"
        if position == 0 and _is_headline_participle(token):
            statuses.add(Status.PLANNED)  # "X returning to Iowa": a headline's present participle announces
        purpose = position > 0 and chain[position - 1].dep_ == "prep" and chain[position - 1].lower_ == "for"
        # "X is in the capital for meetings": the parser can hang the purpose on the place one is in
        stay_for = position >= 3 and chain[position - 1].lower_ == "in" and chain[position - 3].dep_ == "prep" \
            and chain[position - 3].lower_ == "for" and _is_present_stay(token)
        # (and a clause in the present that the timetable's own clause governs: "meets Y later
        # today, ... when the two join Z")
        present_clause = position > 0 and chain[position - 1].dep_ == "advcl" and chain[position - 1].tag_ in {"VBZ", "VBP"}
        # (and the next leg of an itinerary: "stops in Z before heading to W")
        next_leg = position > 0 and chain[position - 1].dep_ == "prep" and chain[position - 1].lower_ in {"before", "after"}
        # (and the verb whose object the trigger is: "begins a two-day visit to Z today", "holds talks with Y on Friday")
        undertaken = position == 1 and chain[0].pos_ == "NOUN" and chain[0].dep_ == "dobj"
        if (position == 0 or purpose or present_clause or next_leg or undertaken) and _is_scheduled_present(token):
            statuses.add(Status.PLANNED)  # "X flies to Oslo on Monday", "heads to Z next week for talks"
        # (not "has come under fire for his attacks on Y", no arrival)
        arrived_for = (purpose and (lemma in cues["arrival_verbs"] or _is_present_stay(token))
                       and not any(p.lower_ == "under" for p in children(token, "prep"))) or stay_for
        if arrived_for and (token.tag_ in {"VBZ", "VBP"} or any(
            c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ in {"VBZ", "VBP"} for c in kids
        )):
            statuses.add(Status.PLANNED)  # "X (has) arrive(d) in Z for talks with Y", "X is in Z for talks": the talks are still ahead
        # "X arrived in Z on Sunday to meet Y": the arrival is told, the meeting is ahead of it (as
        # "came to Z to meet Y", "travelled to Z to meet Y" tell the whole trip, they are not)
        if position > 0 and lemma in cues["arrival_verbs"] and lemma != "come" and chain[position - 1].dep_ == "advcl" \
                and is_infinitive(chain[position - 1]) and token.pos_ == "VERB":
            statuses.add(Status.PLANNED)
        if purpose and lemma in cues["departure_verbs"]:
            statuses.add(Status.PLANNED)  # "X left for Moscow for talks with Y": whatever came of them, not yet
        if _is_arranged_progressive(token):
            statuses.add(Status.PLANNED)  # "X is meeting Y on Thursday", in a Monday paper
        if position == 0 and token.pos_ == "NOUN" and _dated_ahead(token, tense_ahead=False):
            statuses.add(Status.PLANNED)  # "X's visit to Moscow next month"
        if position == 0 and token.pos_ == "NOUN":
            # "Berg Cancels Trip To Rwanda": a title-case headline's verb the parser made a modifier of the trip
            headline_verbs = [_verb_of_headline_word(c) for c in children(token, "compound") if c.is_title and c.i < token.i]
            if any(v is not None and _is_negating(v, set()) for v in headline_verbs):
                statuses.add(Status.NEGATED)
            elif any(v in cues["planning_verbs"] for v in headline_verbs if v is not None):
                statuses.add(Status.PLANNED)
    if trigger.pos_ == "NOUN" and trigger.dep_ == "nsubj" and trigger.head.lemma_ == "be" and any(
        c.dep_ == "aux" and c.lower_ in cues["planning_aux"] for c in trigger.head.children
    ):
        statuses.add(Status.PLANNED)  # "my first visit to Europe will be to Germany": the copula's tense is the visit's
    if any(_is_perfect_infinitive(token) for token in chain):
        statuses.discard(Status.PLANNED)  # "is likely to have met Y", "expected to have visited Z": done
    if Status.PLANNED in statuses and (_plan_called_off(chain) or any(_is_overtaken_plan(t) for t in chain[1:])):
        statuses.add(Status.NEGATED)
    if _is_suggested(chain[-1]):
        statuses.add(Status.REQUESTED)
    if not statuses and trigger.pos_ == "VERB" and _for_subject(trigger) is not None:
        statuses.add(Status.PLANNED)  # "discussed arrangements for X to visit Z", "paved the way for X to meet Y"
    # (not a verb the parser joined to the denied clause whose tense shows it goes with the denying:
    # "denied that Y interferes in Z and accused W of meddling")
    if chain[-1].dep_ == "ccomp" and chain[-1].head.lemma_.lower() == "deny" and not _denied_allegation_after(chain[-1]) \
            and not (len(chain) > 1 and _past_joined_to_report(chain[-2])):
        statuses.add(Status.NEGATED)  # "denied that she had met Y"
    if not statuses and chain[-1].dep_ == "prep" and chain[-1].lower_ == "during":
        # "will raise it during his talks with Y": the talks are as far ahead as the clause's verb
        # (but not denied with it)
        verb = next((t for t in chain[-1].ancestors if t.pos_ in {"VERB", "AUX"}), None)
        # (not a participle that says what was done then: "visits announced during X's visit")
        if verb is not None and not (verb.dep_ == "acl" and verb.tag_ == "VBN") and status_of(verb) is Status.PLANNED:
            statuses.add(Status.PLANNED)
    if Status.NEGATED in statuses and _call_off_denied(chain):
        statuses.discard(Status.NEGATED)  # "saw no reason to cancel X's visit", "refused to cancel it": it stands
        statuses.add(Status.PLANNED)
    for status in (Status.NEGATED, Status.REQUESTED, Status.PLANNED):
        if status in statuses:
            return status
    return Status.OCCURRED


_ALLEGATION_NOUNS = frozenset({"allegation", "accusation", "charge", "claim"})


def _denied_allegation_after(clause: Token) -> bool:
    """"X accuse Y of Z, an allegation Y denies": the parser can hang the clause on the denial of
    the allegation it makes; the accusation itself stands."""
    denial = clause.head
    return clause.i < denial.i and any(t.lemma_.lower() in _ALLEGATION_NOUNS for t in clause.doc[clause.right_edge.i + 1 : denial.i])


def _call_off_denied(chain: list[Token]) -> bool:
    """Whether a verb calling off the trigger is itself denied: "did not cancel the visit", "saw no
    reason to cancel it", "no plans to postpone it", "refused to cancel it"."""
    position = next((p for p, t in enumerate(chain) if p > 0 and calls_off(t)), None)
    if position is None:
        return False
    verb = chain[position]
    # what governs the calling off within its own clause ("refused to cancel", "no reason to
    # cancel"), not a clause it is subordinate to ("cancelled the trip after Y declined to meet")
    governors: list[Token] = []
    below = verb
    for above in chain[position + 1:] or [verb.head]:
        if below.dep_ in {"advcl", "ccomp", "conj", "parataxis"} or above.i == below.i:
            break
        governors.append(above)
        below = above
    return any(c.dep_ == "neg" for c in verb.children) or any(
        any(c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no") for c in g.children) or calls_off(g)
        for g in governors)


# the auxiliary of a perfect: "might have met", "should've gone", "to have visited"
_PERFECT_AUX = frozenset({"have", "'ve", "’ve"})


def _is_headline_participle(verb: Token) -> bool:
    """"Tomas Berg returning to swing-state Iowa": a present participle heading a line that ends
    with no stop, with no auxiliary of its own, is a headline's telegraphic future."""
    if verb.tag_ != "VBG" or verb.dep_ != "ROOT" or any(c.dep_ in {"aux", "auxpass"} for c in verb.children):
        return False
    words = [t for t in verb.sent if not t.is_space]
    if any(w.lower_ in _CAPTION_POSITIONS and 0 < w.i < len(w.doc) - 1 and w.doc[w.i - 1].text == "(" and w.doc[w.i + 1].text == ")"
           for w in words):
        return False  # "President X (R) welcoming Y": a photo's caption tells what the photo shows
    return bool(words) and not words[-1].is_punct and len(words) <= 14 and any(c.dep_ == "nsubj" for c in verb.children)


# where a photo's caption places a person: "(R)", "(left)"
_CAPTION_POSITIONS = frozenset({"r", "l", "c", "left", "right", "centre", "center"})


def _is_reported_headline(verb: Token) -> bool:
    """"X to travel to Z on Saturday, his spokesman said": an infinitive with a named subject of
    its own, reported before the verb of saying, as a headline tells what is to come."""
    return verb.dep_ == "ccomp" and verb.i < verb.head.i and any(
        c.dep_ == "nsubj" and c.pos_ == "PROPN" for c in verb.children
    )


def purpose_of_unplaced_trip(verb: Token) -> bool:
    """"cancelled his trip to meet Y": where the trip a verb calls off goes is not told, the
    infinitive the parser hangs on the verb tells what the trip was for (not so "cancelled her
    trip to Oslo to meet Y in Paris")."""
    trips = lexicon("visited")["nouns"]
    return any(o.lemma_.lower() in trips and not any(p.lower_ in {"to", "in", "at", "of"} for p in children(o, "prep"))
               for o in children(verb, "dobj"))


def _meeting_on_the_trip(verb: Token, purpose: Token) -> bool:
    """"skipped a scheduled visit to India to meet Y": a meeting placed nowhere of its own, after a
    trip the verb calls off, is what the trip was for (not "cancelled her trip to Oslo to meet Y in
    Paris", nor "cancelled a stop in Z to fly to Y"; a place in what the meeting was for is not its
    own: "to meet Y to firm up plans to open a factory in the country")."""
    trips = lexicon("visited")["nouns"]
    met = [purpose, *children(purpose, "dobj")]
    return purpose.lemma_.lower() in lexicon("met_with")["verbs"] \
        and not any(p.lower_ in {"in", "at"} for t in met for p in children(t, "prep")) \
        and any(o.lemma_.lower() in trips and o.i < purpose.i for o in children(verb, "dobj"))


def _is_set_off_participle(verb: Token) -> bool:
    """"..., delivering a rebuke to Y": a present participle after a comma, a clause of its own."""
    start = verb.left_edge.i
    return verb.tag_ == "VBG" and start > 0 and verb.doc[start - 1].text in {",", ";", "—", "–"}


def _is_headline_infinitive(verb: Token) -> bool:
    """"Norway’s Varnay to meet Berg in Oslo" parsed as a name with a relative infinitive: a
    headline's future, with the name its subject."""
    head = verb.head
    return verb.dep_ == "relcl" and is_infinitive(verb) and head.dep_ == "ROOT" and head.pos_ == "PROPN" \
        and bool(head._.entity)


def _is_perfect_infinitive(verb: Token) -> bool:
    """"to have met", "to have been": an infinitive of what is already done."""
    auxes = {c.lower_ for c in verb.children if c.dep_ in {"aux", "auxpass"}}
    return verb.tag_ == "VBN" and "to" in auxes and bool(auxes & _PERFECT_AUX)


def _not_only(verb: Token) -> bool:
    """"did not just meet Y", "not only visited Z": it happened, and more besides."""
    negators = [c for c in verb.children if c.dep_ == "neg"]
    return any(
        c.dep_ == "advmod" and c.lower_ in {"just", "only", "merely", "simply"} and any(c.i == n.i + 1 for n in negators)
        for c in verb.children
    )


def _is_obligation(verb: Token, cues: dict) -> bool:
    """What someone ought to do: "should meet", "must condemn", "ought to visit" (not "must have
    met", said of the past), "it is necessary for X to condemn Y", "it is time for X to go"."""
    auxes = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    subjects = [c.i for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    # (not "should Y attack": a condition, the auxiliary before the subject)
    obliged = [c for c in verb.children if c.dep_ == "aux" and c.lower_ in cues["obligation_aux"] and not (subjects and c.i < subjects[0])]
    if obliged and all(c.lower_ == "should" for c in obliged) and _is_judged_fact(verb, cues):
        return False
    if (obliged or verb.lower_ == "ought") and not auxes & _PERFECT_AUX:
        return True
    if "for" not in {c.lower_ for c in children(verb, "mark")} or "to" not in auxes:
        return False
    # the clause hangs on "be" ("it is necessary for X to V") or on "time" ("it is time for X to V")
    judged = children(verb.head, "acomp", "attr") if verb.head.lemma_ == "be" else [verb.head]
    return any(
        j.lemma_.lower() in cues["obligation_adjectives"]
        # "it is (high) time", not "the first time"
        or (j.lemma_.lower() == "time" and all(a.lower_ == "high" for a in children(j, "amod")))
        for j in judged
    )


def _is_judged_fact(verb: Token, cues: dict) -> bool:
    """"It is unacceptable that X should insult Y": a that-clause an adjective judges tells what
    happened; its "should" is no obligation (unless the adjective asks for it: "it is vital that")."""
    if "that" not in {c.lower_ for c in children(verb, "mark")} or verb.head.lemma_ != "be":
        return False
    judged = children(verb.head, "acomp")
    return bool(judged) and not any(j.lemma_.lower() in cues["obligation_adjectives"] for j in judged)


def _is_possible(verb: Token) -> bool:
    """"may visit", "could meet Y next month": a possibility is still to come ("might have met"
    and "could have met" are about the past)."""
    auxes = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    return bool(auxes & set(lexicon("modality")["possibility_aux"])) and not auxes & _PERFECT_AUX


def _is_suggested(clause: Token) -> bool:
    """"suggested he visit Z", "proposed that she meet Y": a clause in the subjunctive (the bare
    verb after a third person singular) under a verb of suggesting is asked for, where "suggests
    he visited" reports."""
    if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in lexicon("modality")["suggesting_verbs"]:
        return False
    if any(c.dep_ == "aux" for c in clause.children):
        return False
    subjects = children(clause, "nsubj", "nsubjpass")
    singular = any(s.lower_ in {"he", "she", "it"} or s.tag_ in {"NN", "NNP"} for s in subjects)
    return clause.tag_ == "VB" or (clause.tag_ == "VBP" and singular)


# verbs of staying away from something: they negate only the one who stays away
_ABSENCE_VERBS = frozenset({"miss", "skip", "boycott", "snub", "shun", "spurn", "avoid"})
# who can own a trip that others may miss (a country's trip is its team's, which the one missing it is in)
_PARTY_TYPES = frozenset({EntityType.PERSON, EntityType.ORGANIZATION, EntityType.GROUP})


def _owned_by_other_than_subject(noun: Token, verb: Token) -> bool:
    """Whether ``noun`` is owned by a person or a body other than ``verb``'s subject ("X will miss
    Y's trip"; not "X will miss Norway's trip", which is X's with the team)."""
    owner = possessor(noun)
    if owner is None or not owner._.entity or entity_type(noun.doc, Ref(owner._.entity, "name")) not in _PARTY_TYPES:
        return False
    return not any(s._.entity == owner._.entity for s in children(verb, "nsubj"))


def _is_negating(lemma: str, particles: set[str]) -> bool:
    """"cancel", "refuse", "call off", "rule out": a verb that says something will not happen."""
    cues = lexicon("modality")
    return lemma in cues["negating_verbs"] or lemma in cues["deferring_verbs"] or cues["negating_phrasal"].get(lemma) in particles


def _called_off_by_own_clause(noun: Token, cues: dict) -> bool:
    """"asked that his visit to Z be postponed", "the trip, cancelled at the last minute", "a meeting
    that was called off": a passive clause on the noun itself that calls it off. (Not one that says
    who kept away from it: "talks boycotted by the opposition" were held.)"""
    for clause in children(noun, "acl", "relcl"):
        lemma = clause.lemma_.lower()
        # (a bare participle, "postponed by the floods", or a passive with no subject but the noun,
        # "which was called off"; not a clause about someone else, "that Y had refused to resign",
        # "the meeting from which reporters were barred")
        own_subject = any(s.lower_ not in {"which", "that"} for s in children(clause, "nsubj", "nsubjpass"))
        passive = clause.tag_ == "VBN" and (bool(children(clause, "auxpass")) or clause.dep_ == "acl") and not own_subject
        if not passive or lemma in _ABSENCE_VERBS or lemma in cues["deferring_verbs"] or children(clause, "neg"):
            continue  # (nor one delayed: "the visit, delayed by fog" still happened)
        if _is_negating(lemma, {c.lower_ for c in children(clause, "prt")}):
            return True
    return False


def calls_off(verb: Token) -> bool:
    """Whether a verb says that its object will not happen: "cancelled", "called off"."""
    return verb.pos_ == "VERB" and _is_negating(verb.lemma_.lower(), {c.lower_ for c in verb.children if c.dep_ == "prt"})


def _plan_called_off(chain: list[Token]) -> bool:
    """"X was due to visit Z but cancelled the trip", "... but the meeting was called off", "the
    meeting was to take place but was postponed": a later coordinated clause that calls the plan off."""
    plans = lexicon("modality")["called_off_nouns"]
    subject = chain[0]
    if len(chain) > 1 and subject.dep_ in {"nsubj", "nsubjpass"} and subject.head.i == chain[1].i:
        # "the meeting was to take place on Monday but was postponed": the same meeting, called off
        predicate = chain[1]
        clauses = children(predicate, "conj") + [c for x in children(predicate, "xcomp") for c in children(x, "conj")]
        if any(_is_negating(c.lemma_.lower(), {p.lower_ for p in children(c, "prt")}) and not children(c, "nsubj", "nsubjpass")
               for c in clauses):
            return True
    for token in chain[1:]:
        for clause in children(token, "conj"):
            if clause.i < chain[0].i or not _is_negating(clause.lemma_.lower(), {c.lower_ for c in children(clause, "prt")}):
                continue
            if any(o.lemma_.lower() in plans for o in children(clause, "dobj", "nsubjpass")):
                return True
            if not children(clause, "dobj", "nsubj", "nsubjpass", "xcomp", "ccomp"):
                return True  # "X was scheduled to arrive in Z for talks, but backed out", "... but cancelled"
        # "X, who was due to head to Z for talks, has postponed his trip": the clause the one
        # planning it is the subject of
        # (or the name set off after the subject: "Brazil's leader X, who was due to ...")
        planner = token.head.head if token.head.dep_ == "appos" else token.head
        if token.dep_ == "relcl" and planner.dep_ == "nsubj" and calls_off(main := planner.head) \
                and any(o.lemma_.lower() in plans for o in children(main, "dobj")):
            return True
    return False


def _verb_of_headline_word(word: Token) -> str | None:
    """The verb a capitalized headline word in the third person is ("Cancels": "cancel"), if the
    modality cues know it; else None."""
    cues = lexicon("modality")
    known = set(cues["negating_verbs"]) | set(cues["planning_verbs"]) | set(cues["deferring_verbs"])
    lower = word.lower_
    for stem in (lower[:-1], lower[:-2]) if lower.endswith("s") else ():
        if stem in known:
            return stem
    return None


# plans that a past perfect tells as background, not as given up
_STANDING_PLANS = frozenset({"agree"})


def _is_overtaken_plan(token: Token) -> bool:
    """"X had planned to visit Z", "who had been due to hold talks with Y": a plan told in the
    past perfect is one that events overtook (an agreement told so stands: "had agreed to meet")."""
    cues = lexicon("modality")
    if token.lemma_.lower() in _STANDING_PLANS or token.lemma_.lower() in cues["requesting_verbs"]:
        return False  # (nor a request: "had sought a meeting with Y" was made, whatever came of it)
    planning = token.lemma_.lower() in cues["planning_verbs"] or cues["planning_forms"].get(token.lower_) in cues["planning_verbs"]
    if token.lemma_ == "be":
        planning = any(c.dep_ == "acomp" and c.lemma_.lower() in cues["planning_verbs"] for c in token.children)
    return planning and token.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ == "had" for c in token.children)


def _is_counterfactual(verb: Token) -> bool:
    """"should have visited", "could have met", "would have gone": what did not happen ("might
    have" and "must have" guess at what may have)."""
    auxes = [c.lower_ for c in verb.children if c.dep_ == "aux"]
    return verb.tag_ == "VBN" and "have" in auxes and bool({"should", "could", "would", "ought"} & set(auxes))


# subordinators of adverbial clauses whose event holds whatever the main clause denies
_FACTIVE_MARKS = frozenset({"after", "because", "since", "although", "though", "once", "as", "when", "while"})


def _is_factive_clause(token: Token) -> bool:
    """An adverbial clause of time, cause or concession ("after X met Y", "because X visited Z"):
    a negation in the main clause does not reach into it (its tense and plans still do: "will
    leave after X arrives")."""
    return token.dep_ == "advcl" and any(c.dep_ in {"mark", "advmod"} and c.lower_ in _FACTIVE_MARKS for c in token.children)


def _is_past(verb: Token) -> bool:
    """A verb in the past tense: "met", "had met" (not "has met", which a future can govern:
    "will leave after he has met Y")."""
    return verb.tag_ == "VBD" or any(c.dep_ == "aux" and c.lower_ in {"had", "'d", "’d"} for c in verb.children)


def _is_option(token: Token) -> bool:
    """What a verb of considering weighs as a course still open: a clause ("considers visiting Z",
    "to meet Y") or an indefinite object ("a trip to Z"), not a thing done ("considered the visit
    a success")."""
    if token.dep_ == "xcomp":
        return True
    return token.dep_ == "dobj" and any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in token.children)


def _is_open_question(token: Token) -> bool:
    """A clause that asks ("if X will meet Y", "whether to visit Z") under a verb or adjective of
    knowing: a negation above it ("not clear", "did not say") is about the knowing."""
    return token.dep_ in {"advcl", "ccomp", "xcomp"} and any(c.dep_ == "mark" and c.lower_ in {"if", "whether"} for c in token.children)


def _only_asked(trigger: Token) -> bool:
    """Whether a past event is only asked about: "it was not clear if X met Y", "asked whether X
    had visited Z" say nothing of whether it took place."""
    for token in governing_chain(trigger):
        if _is_open_question(token):
            return True
        if _is_factive_clause(token):
            return False  # "if he had not acted after Y accused him": the accusation holds
    return False


def _is_present_stay(verb: Token) -> bool:
    """"X is in Z", "X is in Z for talks": being somewhere now, in the present tense."""
    return verb.lemma_ == "be" and verb.tag_ in {"VBZ", "VBP"} and bool(prep_objects(verb, "in")) \
        and not any(c.dep_ in {"aux", "auxpass"} for c in verb.children)


def _is_scheduled_present(verb: Token) -> bool:
    """A simple present with a date of its own ("X meets Y on Friday", "X travels to Oslo next
    week"): news tells what is past in the past tense, so this is a timetable."""
    if verb.tag_ not in {"VBZ", "VBP"} or any(c.dep_ in {"aux", "auxpass"} for c in verb.children):
        return False
    if verb.lemma_ == "be":
        return _dated_ahead(verb, tense_ahead=True)  # "is in Tokyo today" is there now; "on Friday" is not yet
    # an itinerary: "After Argentina, he stops in Uruguay before heading to Bolivia", "From Paris,
    # he travels to Berlin" (a leg after or from a place, or before the next; not a timeline's
    # "fly to Z six weeks after reports ...")
    if verb.lemma_.lower() in lexicon("visited")["verbs_motion"] and any(
        (c.dep_ == "prep" and c.lower_ in {"after", "from"} and any(is_place(verb.doc, r) for r in refs(children(c, "pobj"))))
        or (c.dep_ == "prep" and c.lower_ == "before" and children(c, "pcomp"))
        for c in verb.children
    ):
        return True
    # "Then X goes to Warsaw", "After the audience, X travels to Paris": the next step of a
    # programme, in a sentence of the story (ending in a stop, outside quotation marks; a headline's
    # present tells what happened)
    if verb.dep_ == "ROOT" and verb.lemma_.lower() in lexicon("modality")["progressive_motion"] and verb.i not in verb.doc._.quoted \
            and any((c.dep_ == "advmod" and c.lower_ in _SEQUENCE_ADVERBS) or (c.dep_ == "prep" and c.lower_ == "after") for c in verb.children) \
            and (words := [t for t in verb.sent if not t.is_space]) and words[-1].text == ".":
        return True
    return any(not any(t.like_num and len(t.text) == 4 for t in span) for span in _dates_not_behind(verb))


_PRESENT_AUXES = frozenset({"is", "are", "am", "'s", "'re", "’s", "’re"})
_AHEAD_WORDS = frozenset({"next", "coming", "tomorrow"})


def _is_arranged_progressive(verb: Token) -> bool:
    """A present progressive with a date after the article's own ("X is meeting Y on Thursday"
    in a Monday paper, "is visiting Z next week"): an arrangement, not an event under way. A
    date that is today, or a past one, leaves it under way; without the article's date only
    words that look ahead ("next week", "tomorrow") say so."""
    if verb.tag_ != "VBG" or not any(c.dep_ == "aux" and c.lower_ in _PRESENT_AUXES for c in verb.children):
        return False
    return _dated_ahead(verb, tense_ahead=True)


def _dated_ahead(word: Token, tense_ahead: bool) -> bool:
    """Whether a word's own date is after the article's: "next week", "tomorrow", and, when the
    word's tense already leans ahead (``tense_ahead``, a present progressive), "on Thursday" in
    a Monday paper. A noun has no tense: "the visit on Thursday" is the Thursday before. Without
    the article's date, words that look ahead say so, and so does a weekday after a present
    progressive."""
    article = word.doc._.article
    published = article.article.date if article is not None else None
    for span in _dates_not_behind(word):
        if {t.lower_ for t in span} & _AHEAD_WORDS:
            return True
        if published is None and tense_ahead and any(t.lower_ in WEEKDAYS for t in span):
            return True  # "X is meeting Y on Thursday" in an undated article: an arrangement, as news writes it
        day = resolve_date(span.text, published, future=tense_ahead) if published is not None else None
        if day is not None and day > published:
            return True
    return False


# words that place a step after another in a programme
_SEQUENCE_ADVERBS = frozenset({"then", "next", "later", "afterwards", "afterward", "subsequently"})


def _is_progressive_motion(token: Token) -> bool:
    if token.lemma_.lower() not in lexicon("modality")["progressive_motion"]:
        return False
    auxes = {c.lower_ for c in token.children if c.dep_ in {"aux", "auxpass"}}
    present = auxes & _PRESENT_AUXES
    if token.tag_ == "VBG" and present:
        return True
    if token.tag_ == "VBG" and auxes & {"was", "were"}:
        if token.dep_ == "ccomp" and token.head.lemma_.lower() in _TELLING_VERBS:
            return True  # "X said he was going to Z": the future as it was told
        # "he was heading to Austin afterward": the next step of a programme ("afterward" can hang
        # on the destination)
        if any(c.dep_ == "advmod" and c.lower_ in _SEQUENCE_ADVERBS - {"then"}
               for n in (token, *prep_objects(token, "to", "for")) for c in n.children):
            return True
    return token.tag_ == "VBN" and token.lower_ == "headed" and bool(present)


# ---------------------------------------------------------------------- date and place

def event_date(trigger: Token, status: Status) -> dt.date | None:
    """The date a trigger's clause names ("Tuesday", "on April 11"), resolved against the article's date."""
    article = trigger.doc._.article
    published = article.article.date if article is not None else None
    if published is None:
        return None
    # the trigger's own clause; a head only where it carries the trigger's tense or motion
    # ("is going to Kyiv on Thursday to meet", "held talks on Monday"), never a reporting verb
    scope = [trigger]
    if trigger.dep_ in {"xcomp", "dobj", "pobj"} and trigger.head.pos_ in {"VERB", "AUX", "ADP"}:
        scope.append(trigger.head)
        if trigger.head.pos_ == "ADP":
            scope.append(trigger.head.head)
    for token in scope:
        for span in _dates_of(token):
            resolved = resolve_date(span.text, published, future=status is Status.PLANNED)
            if resolved is not None:
                return resolved
    return None


def _dates_of(verb: Token) -> Iterator[Span]:
    """The date entities a word's clause names: a date among its children ("met Tuesday") or
    after "on", "in", "at" ("on April 11"); a time of a day named ("later today", "tonight")
    is a date too."""
    if verb.dep_ == "relcl" and verb.head.ent_type_ == "DATE" and (span := _ent_span(verb.head)) is not None:
        yield span  # "for Wednesday, when the two join Y": the day the clause is about
    for child in verb.children:
        candidates = [child] if child.ent_type_ in {"DATE", "TIME"} else []
        if child.dep_ == "prep" and child.lower_ in {"on", "in", "at"}:
            candidates = [c for c in child.children if c.ent_type_ in {"DATE", "TIME"}]
        for candidate in candidates:
            span = _ent_span(candidate)
            if span is not None and (span.label_ == "DATE" or {t.lower_ for t in span} & _DAY_WORDS):
                yield span


_DAY_WORDS = frozenset({"today", "tonight", "tomorrow"})


def _dates_not_behind(word: Token) -> Iterator[Span]:
    """The dates of :func:`_dates_of` that are not past or habitual ("last week", "every Monday")."""
    behind = set(lexicon("modality")["dates_not_ahead"])
    for span in _dates_of(word):
        if not {t.lower_ for t in span} & behind:
            yield span


def _ent_span(token: Token) -> Span | None:
    for ent in token.doc.ents:
        if ent.start <= token.i < ent.end:
            return ent
    return None


# "on the sidelines of E": beside an event, where the event is held
# the prepositions of what is done in another's place, with the adverb before them: "instead of", "rather than"
_SUBSTITUTING = {"of": "instead", "than": "rather"}
# parts of an event one is at when one is "on" or "at" them: "on the sidelines of E", "at the start of E",
# "on the last day of E"
MARGINS = frozenset({"sidelines", "margins", "fringes", "sideline", "margin", "fringe", "start", "opening", "end", "close", "conclusion", "day"})


def location_of(doc: Doc, trigger: Token) -> Ref | None:
    """The place a trigger's clause says it happened in: "met in Ankara", "talks in Geneva",
    "met Y face to face in Moscow", "talks on the margins of a summit in Vientiane"."""
    # "the talks he held with Y in Juba": the clause that holds a meeting tells its place too
    frontier = [trigger] + [c for c in children(trigger, "relcl") if trigger.pos_ == "NOUN"
                            and c.lemma_.lower() in lexicon("met_with")["support_verbs"] and children(c, "nsubj")]
    for _depth in range(4):
        following = []
        # the event beside which it happened counts as the trigger itself, and a name as the title
        # it stands in apposition to ("talks with his counterpart B in Dhaka")
        events = [e for token in frontier for m in prep_objects(token, "on", "at") if m.lower_ in MARGINS
                  for e in prep_objects(m, "of")]
        # "on the sidelines of the conference which took place in Munich": where it was held (also
        # "..., taking place in Yokohama", which the parser hangs on the verb)
        frontier += events + [c for e in events for c in children(e, "relcl", "acl") if says_held(c)]
        if events:
            frontier += [c for token in frontier for c in children(token, "advcl") if c.tag_ in {"VBG", "VBN"} and says_held(c)]
        frontier += [a for token in frontier for a in children(token, "appos")]
        # "held a series of talks with Y in Z": what a counting noun counts is the meeting itself
        frontier += [o for token in frontier if token.lemma_.lower() in COUNTING_NOUNS for o in prep_objects(token, "of")]
        for token in frontier:
            for obj in prep_objects(token, "in", "at"):
                # "met at the White House": the seat of government as the building it is
                ref = town_of_venue(doc, obj) or place_of(obj)
                if ref is not None and is_place(doc, ref):
                    return ref
            # a noun coordinated with a noun is no clause: "the summit between X and Y in Z"
            following += [c for c in token.children if c.dep_ not in _CLAUSE_DEPS
                          or (c.dep_ == "conj" and c.pos_ in _NOMINAL and token.pos_ in _NOMINAL)]
        frontier = following
    if trigger.pos_ == "NOUN":
        # "the Helsinki summit", "this first Brussels meeting": a city before an event noun is where
        # it is held (a country there is its topic: "the Ukraine talks")
        for child in children(trigger, "compound", "nmod"):
            ref = ref_of(child)
            if ref is not None and entity_type(doc, ref) is EntityType.CITY:
                return ref
    if trigger.dep_ == "relcl" and any(c.lower_ == "where" for c in trigger.children):
        antecedent = trigger.head
        if antecedent.ent_type_ in {"DATE", "TIME"} and antecedent.dep_ == "pobj" and antecedent.head.i > 0:
            # "a visit to Kyiv on Tuesday, where he met ...": the parser hangs the clause on the
            # date; it is about the place just before it
            antecedent = doc[antecedent.head.i - 1]
        ref = town_of_venue(doc, antecedent) or ref_of(antecedent)  # "the United States, where he met ..."
        if ref is not None and is_place(doc, ref):
            return ref
    if (here := place_said_here(doc, trigger)) is not None:
        return here  # "JERUSALEM - ... met here on Thursday"
    if trigger.pos_ == "NOUN" and trigger.dep_ == "pobj" and trigger.head.lower_ in {"in", "at", "during"} \
            and trigger.head.head.pos_ == "VERB":
        # "the rapprochement came in a meeting between X and Y, in the city of Z": what happened at
        # an event happened where the event was (the parser hangs the place on the verb)
        for obj in prep_objects(trigger.head.head, "in", "at"):
            ref = (town_of_venue(doc, obj) or place_of(obj)) if obj.i != trigger.i else None
            if ref is not None and is_place(doc, ref):
                return ref
    if trigger.pos_ == "NOUN" and (host := _hosting_place(doc, trigger)) is not None:
        return host
    predicate = event_predicate(trigger)
    return location_of(doc, predicate) if predicate is not None else None


def _hosting_place(doc: Doc, event: Token) -> Ref | None:
    """"Helsinki hosted the summit between X and Y", "Helsinki was the venue for their summit": the
    place that hosts an event, as a clause's subject, is where it is held; else None."""
    if event.dep_ == "dobj" and event.head.lemma_.lower() in _HOSTING_PLACE_VERBS:
        clause = event.head
    elif event.dep_ == "pobj" and event.head.lower_ in {"for", "of"} and event.head.head.lemma_.lower() in _VENUE_WORDS \
            and event.head.head.dep_ == "attr":
        clause = event.head.head.head
    else:
        return None
    for subject in children(clause, "nsubj"):
        ref = place_of(subject)
        if ref is not None and is_place(doc, ref):
            return ref
    return None


_HOSTING_PLACE_VERBS = frozenset({"host", "stage"})
_VENUE_WORDS = frozenset({"venue", "location", "site", "setting", "scene", "host"})


def says_held(verb: Token) -> bool:
    """Whether a verb says that an event happened: "was held", "took place", "opened"."""
    cues = lexicon("modality")
    lemma = verb.lemma_.lower()
    particle = cues["occurrence_phrasal"].get(lemma)
    return lemma in cues["occurrence_verbs"] or (particle is not None and any(c.lower_ == particle for c in verb.children))


def place_said_here(doc: Doc, word: Token) -> Ref | None:
    """The place "here" beside a word stands for: the article's dateline town; else None."""
    return dateline_place(doc) if any(c.lower_ == "here" for c in children(word, "advmod")) else None


def dateline_place(doc: Doc) -> Ref | None:
    """The place of the article's first agency dateline ("JERUSALEM (AP) - ..."), which "here"
    in its story stands for; None without one."""
    datelines = doc.user_data.get("kg.datelines") or ()
    if not datelines:
        return None
    start, town_end, after = datelines[0]
    for token in doc[start:after]:  # the town, or the country written after it (not "N.Y.", a state)
        ref = ref_of(token)
        if ref is not None and is_place(doc, ref) and (token.i < town_end or entity_type(doc, ref) is EntityType.COUNTRY):
            return ref
    return None


def is_venue(doc: Doc, place: Ref) -> bool:
    """Whether a place is a building or a site named for what it is ("the Palace of the
    Revolution", "Kelby Airport"), not a town or a country."""
    entity = entities(doc)[place.key]
    words = entity.label.lower().split()
    return entity.type is EntityType.PLACE and bool(words) and (words[-1] in gazetteer.VENUE_NOUNS or words[0] in gazetteer.VENUE_NOUNS)


def town_of_venue(doc: Doc, venue: Token) -> Ref | None:
    """"in Havana's Palace of the Revolution", "at the Presidential Villa, Abuja", "at Tokyo
    airport": the city or country a venue is said to be in, where the venue itself is none."""
    if venue.lemma_.lower() not in gazetteer.VENUE_NOUNS and not any(
        c.dep_ == "compound" and c.lemma_.lower() in gazetteer.VENUE_NOUNS for c in venue.children
    ):
        return None  # "in Davos, Switzerland", "in the UK charts": no venue ("Joint Base Andrews" is one)
    own = ref_of(venue)
    for child in venue.children:
        if child.dep_ in {"poss", "appos", "compound", "npadvmod"}:
            ref = ref_of(child)
            if ref is not None and ref != own and (entity_type(doc, ref) in {EntityType.CITY, EntityType.COUNTRY}
                                                   or (child.dep_ == "compound" and is_place(doc, ref) and not is_venue(doc, ref))):
                return ref  # "a Kelby research facility": a town the tables do not know, named before the venue
    # (the parser can hang "in" on the last word of the venue's name: "the Hall of the People in Z")
    named = [venue] + [t for t in venue.subtree if t is not venue and own is not None and t._.entity == own.key]
    # (or on a participle that says whose the venue is, or on its owner, named in apposition too:
    # "a factory owned by its contractor Harbour Oil in Z")
    for participle in (c for c in venue.children if c.dep_ == "acl" and c.tag_ == "VBN"):
        named += [participle] + [o for owner in prep_objects(participle, "by") for o in (owner, *children(owner, "appos"))]
    for town in (o for word in named for o in prep_objects(word, "in")):
        # "at the Radisson Hotel in Kelby": any town or country named as where it stands
        ref = ref_of(town)
        if ref is not None and ref != own and is_place(doc, ref) and not is_venue(doc, ref):
            return ref
    return None


def event_predicate(noun: Token) -> Token | None:
    """The verb that says where and when the event an event noun names happens: "the talks will
    be held in Geneva", "the meeting is due to take place at noon in Z", "the talks, held in Z,"."""
    cues = lexicon("modality")
    if noun.pos_ == "NOUN":
        held = [c for c in children(noun, "acl") if c.tag_ == "VBN" and c.lemma_.lower() in cues["occurrence_verbs"]]
        if held:
            return held[0]
    if noun.pos_ != "NOUN" or noun.dep_ not in {"nsubj", "nsubjpass"}:
        return None
    verb = noun.head
    for _depth in range(3):  # "is due to take place", "is expected to be held"
        following = [x for a in children(verb, "acomp") for x in children(a, "xcomp")] + children(verb, "xcomp")
        if not following:
            break
        verb = following[0]
    return verb if says_held(verb) else None


# ---------------------------------------------------------------------- facts

def make_fact(
    doc: Doc,
    relation: Relation,
    subject: Ref,
    obj: Ref,
    trigger: Token,
    extractor: str,
    base_confidence: float,
    status: Status | None = None,
    location: Ref | None = None,
) -> Fact | None:
    """A Fact for ``subject relation obj`` read from the sentence around ``trigger``; None when it
    would relate an entity to itself, or a country to its own national body, or when the sentence
    only asks whether a past event took place."""
    if subject.key == obj.key or _of_its_own_country(doc, subject, obj) or _of_its_own_country(doc, obj, subject):
        return None
    status = status or status_of(trigger)
    if status is Status.OCCURRED and _only_asked(trigger):
        return None
    sent = trigger.sent
    article = doc._.article.article
    start, end = _trimmed(article.text, sent.start_char, sent.end_char)
    confidence = base_confidence * _VIA_FACTOR[subject.via] * _VIA_FACTOR[obj.via] * _doubt(doc, trigger, (subject, obj))
    return Fact(
        doc_id=article.doc_id,
        relation=relation,
        subject=subject.key,
        object=obj.key,
        status=status,
        evidence=article.text[start:end],
        char_start=start,
        char_end=end,
        confidence=round(confidence, 2),
        extractor=extractor,
        event_date=event_date(trigger, status),
        location=location.key if location is not None and location.key not in {subject.key, obj.key} else None,
    )


def national_body_country(doc: Doc, body: Ref) -> str | None:
    """The country an organization's name starts with the demonym of ("the Japanese government":
    Japan); None for a person, a place, or a body named otherwise."""
    entity = entities(doc)[body.key]
    words = entity.label.split()
    nation = gazetteer.country_by_demonym(words[0]) if entity.type is EntityType.ORGANIZATION and words else None
    return nation.name if nation is not None else None


def _of_its_own_country(doc: Doc, body: Ref, country: Ref) -> bool:
    """Whether ``body`` is a national body of the country ``country`` ("the Chinese government"
    and China): the country acting through its own body."""
    found = entities(doc)
    return found[country.key].type is EntityType.COUNTRY and national_body_country(doc, body) == found[country.key].label


def facts_between(
    doc: Doc,
    relation: Relation,
    subjects: Iterable[Ref],
    objects: Iterable[Ref],
    trigger: Token,
    extractor: str,
    base_confidence: float,
    status: Status | None = None,
    location: Ref | None = None,
) -> Iterator[Fact]:
    """:func:`make_fact` for every subject with every object ("X and Y met Z", "visited A and B")."""
    objects = list(objects)
    for subject in subjects:
        for obj in objects:
            fact = make_fact(doc, relation, subject, obj, trigger, extractor, base_confidence, status, location)
            if fact is not None:
                yield fact


def _doubt(doc: Doc, trigger: Token, arguments: tuple[Ref, Ref]) -> float:
    """How much the shape of the evidence lowers confidence, from general signs of error: a long
    sentence (parses go wrong), a trigger in a subordinate clause of time or condition, a person
    known by one word only (often a tagging error), arguments far from the trigger."""
    factor = 1.0
    if len(trigger.sent) > 45:
        factor *= 0.9
    words = [t for t in trigger.sent if not t.is_space]
    if words and not words[-1].is_punct and len(words) <= 14:
        factor *= 0.8  # a headline: telegraphic grammar, and the body usually says it better
    if entities(doc)[arguments[0].key].type is EntityType.PLACE:
        factor *= 0.7  # a region or continent ("Europe blames ...") acting as a party
    hypothetical = {"if", "before", "until", "unless", "whether"}
    if any(c.dep_ == "mark" and c.lower_ in hypothetical for c in trigger.children) or (
        trigger.head.dep_ == "prep" and trigger.head.lower_ in hypothetical
    ):
        factor *= 0.7  # "before visiting X": not yet, maybe never
    for ref in arguments:
        entity = entities(doc)[ref.key]
        if entity.type is EntityType.PERSON and len(entity.label.split()) == 1:
            factor *= 0.85
        if entity.type is EntityType.GROUP:
            # a party named by a common noun phrase ("British imperialists", "the US-led coalition"):
            # who exactly is meant is often not what a reader would name (on the held-out web sets
            # such facts were right 4 times in 7, others 0.82: the factor is about that ratio; on
            # the opened sets, which rules were tuned on, 9 in 12 against 0.89)
            factor *= 0.7
        if any(word in {"in", "at", "on"} for word in entity.label.split()[1:-1]):
            factor *= 0.8  # "Golden Temple in Amritsar": two names run together
        nearest = min((abs(t.i - trigger.i) for t in trigger.sent if t._.entity == ref.key), default=None)
        if nearest is None or nearest > 12:
            factor *= 0.9
    return factor


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


Extractor = Callable[[Doc], Iterator[Fact]]
EXTRACTORS: dict[str, Extractor] = {}


def extractor(name: str) -> Callable[[Extractor], Extractor]:
    """Register an extractor under a name; :func:`kg.extract.extract_facts` runs them all."""

    def register(function: Extractor) -> Extractor:
        EXTRACTORS[name] = function
        return function

    return register
