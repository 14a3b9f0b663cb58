"""Stage 4: entities. Within an article, then across articles.

Within an article (:func:`resolve_document`): spaCy's named entities, corrected by the gazetteer,
are grouped so that a surname joins the full name given earlier or later, titles become roles of
the person they precede or stand in apposition to, and pronouns and role nouns ("he", "the UN
chief") point to the person the article tied them to. Each token of a mention gets
``token._.entity`` (a key into ``doc._.entities``) and ``token._.entity_via`` ("name", "role" or
"pronoun").

Across articles (:func:`merge_entities`): local entities with agreeing names become one
:class:`~kg.records.Entity`, labelled with the fullest name seen.
"""
from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from collections.abc import Iterable

from spacy.tokens import Doc, Span, Token

from kg import gazetteer
from kg.names import (
    clean_surface,
    has_accents,
    name_key,
    name_tokens,
    person_names_agree,
    slug,
)
from kg.records import DocResult, Entity, EntityType, LocalEntity
from kg.roles import (
    Role,
    compatible,
    gender_of_word,
    is_honorific,
    is_organization_noun,
    noun_phrase_tokens,
    role_from_tokens,
    role_headed_by,
)

for _name, _default in (("entity", None), ("entity_via", None)):
    if not Token.has_extension(_name):
        Token.set_extension(_name, default=_default)
if not Doc.has_extension("entities"):
    Doc.set_extension("entities", default=None)
if not Doc.has_extension("roles"):
    Doc.set_extension("roles", default=None)
if not Doc.has_extension("quoted"):
    Doc.set_extension("quoted", default=frozenset())  # indices of tokens inside quotation marks

_LABEL_TYPES = {
    "PERSON": EntityType.PERSON,
    "ORG": EntityType.ORGANIZATION,
    "GPE": EntityType.PLACE,
    "LOC": EntityType.PLACE,
    "FAC": EntityType.PLACE,
    "NORP": EntityType.GROUP,
}
_PLACE_TYPES = {EntityType.PLACE, EntityType.COUNTRY, EntityType.CITY}
_PERSONAL_PRONOUNS = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"}
_GROUP_NOUNS = {
    "state", "member", "official", "leader", "minister", "lawmaker", "diplomat", "nation", "country", "mp",
    "government", "ally", "critic", "politician", "legislator", "negotiator", "authority", "prosecutor",
    "representative", "delegate", "executive", "union", "campaigner",
}
# "the Indian government", "the Russian army": institutions named by their country
_INSTITUTION_NOUNS = {"government", "ministry", "administration", "cabinet", "parliament", "army", "military", "police", "navy", "embassy"}
_DELEGATE_NOUNS = {"official", "representative", "delegate", "negotiator", "envoy", "executive", "spokesman", "spokesperson"}
# bodies a bare definite noun can stand for ("the party" after "the Harbour Party"); for the
# national ones, "the government" with none named is the article's main country's
_NATIONAL_BODY_NOUNS = {"government", "administration"}
BODY_NOUNS = _NATIONAL_BODY_NOUNS | {"party", "committee", "commission", "council", "union", "agency", "ministry", "bank"}
_SPEECH_VERBS = {"say", "tell", "add", "insist", "explain", "warn", "note", "claim", "argue", "write"}
_MAX_PRONOUN_DISTANCE = 3  # sentences back to look for a pronoun's antecedent


def _names_a_body(token: Token) -> bool:
    """Whether a modifier names who a collective belongs to: an entity, a demonym, a proper noun."""
    return bool(token._.entity or gazetteer.country_by_demonym(token.text) or (token.pos_ == "PROPN" and token.is_title))


def _place_type(text: str) -> tuple[EntityType, str] | None:
    """The gazetteer's type and canonical name for a place name, if it knows it."""
    country = gazetteer.country_by_name(text)
    if country is not None:
        return EntityType.COUNTRY, country.name
    capital = gazetteer.canonical_capital(text)
    if capital is not None:
        return EntityType.CITY, capital
    return None


class _DocResolver:
    def __init__(self, doc: Doc):
        self.doc = doc
        self.genders: dict[str, str] = {}
        self.entities: dict[str, LocalEntity] = {}
        self.person_names: dict[str, list[str]] = {}  # key -> name tokens of the fullest form
        self.roles: dict[str, set[Role]] = defaultdict(set)
        self.counter = Counter()

    # ------------------------------------------------------------------ mentions
    def run(self) -> None:
        spans = [s for s in (self._normalize_span(e) for e in self.doc.ents) if s is not None]
        spans = self._vote_labels(self._join_split_names(spans))
        # full names first, so that a surname finds the person it belongs to wherever it appears
        persons = sorted((s for s in spans if s.label_ == "PERSON"), key=lambda s: (-len(s), s.start))
        for span in persons:
            self._add_person(span)
        for span in spans:
            if span.label_ != "PERSON":
                self._add_other(span)
        self._add_countries_of_capitals()
        self._add_bare_surnames()
        self._add_described_organizations()
        self._add_groups()
        self._read_roles()
        self._resolve_role_nouns()
        self._resolve_definite_bodies()
        self._read_genders()
        self._resolve_pronouns()
        self.doc._.entities = self.entities
        self.doc._.roles = dict(self.roles)

    def _normalize_span(self, ent: Span) -> Span | None:
        """Trim articles, possessives and honorifics; fix labels the gazetteer knows better."""
        start, end = ent.start, ent.end
        while start < end and (self.doc[start].lower_ in {"the", "a", "an"} or self.doc[start].is_punct):
            start += 1
        while end > start and (self.doc[end - 1].is_punct or self.doc[end - 1].tag_ == "POS" or self.doc[end - 1].pos_ in {"DET", "ADP", "CCONJ"}):
            end -= 1
        label = ent.label_
        if label == "PERSON":
            while start < end - 1 and (is_honorific(self.doc[start].text) or role_from_tokens([self.doc[start]])):
                start += 1
        if start >= end or label not in _LABEL_TYPES:
            return None
        span = Span(self.doc, start, end, label=label)
        text = clean_surface(span.text)
        if not any(c.isupper() for c in text) and _place_type(text) is None:
            return None  # lower-case "entities" are tagging errors, except known places ("kyiv")
        if _place_type(text) is not None or gazetteer.country_of_seat(text) is not None:
            label = "GPE"
        elif gazetteer.organization_by_name(text) is not None:
            label = "ORG"
        elif label == "NORP":
            if gazetteer.country_by_demonym(text) is not None:
                return None  # an adjective; read as a qualifier or a target, not a mention
            if not text.endswith("s"):
                return None  # "Republican", "Catholic": descriptions, not groups
        elif label in {"ORG", "GPE"} and len(span) == 1 and role_from_tokens([span[0]]):
            return None  # "State" in "Secretary of State"
        return Span(self.doc, start, end, label=label)

    def _join_split_names(self, spans: list[Span]) -> list[Span]:
        """"Jan Ten Vos" tagged as a person "Jan" and an organization "Vos": capitalized words
        right after a person's name that the parser puts under one head with it ("Ten", "Vos"
        compounds of one noun) and that the tagger labelled as something else finish the name,
        unless the head is a known place or body."""
        starts = {span.start: span for span in spans}
        dropped: set[int] = set()
        joined: dict[int, Span] = {}
        for span in spans:
            if span.label_ != "PERSON" or span.start in dropped:
                continue
            end = span.end
            while end < len(self.doc) and end - span.end < 2 and self.doc[end].pos_ == "PROPN" and self.doc[end].is_title \
                    and self.doc[end].ent_type_ not in {"", "PERSON"} \
                    and not self.doc[end - 1].whitespace_ == "" and self.doc[end - 1].dep_ == "compound":
                end += 1
            if end == span.end:
                continue
            head = self.doc[end - 1]
            if any(t.head.i != head.i for t in self.doc[span.start : end - 1]) or head.dep_ == "compound":
                continue
            text = clean_surface(head.text)
            if _place_type(text) is not None or gazetteer.organization_by_name(text) is not None:
                continue
            later = [starts[i] for i in range(span.end, end) if i in starts]
            if any(len(other) > 1 or other.end > end for other in later):
                continue  # a longer name of its own follows
            dropped.update(other.start for other in later)
            joined[span.start] = Span(self.doc, span.start, end, label="PERSON")
        return [joined.get(span.start, span) for span in spans if span.start not in dropped]

    @staticmethod
    def _vote_labels(spans: list[Span]) -> list[Span]:
        """One name, one type within an article: a one-word name the tagger calls a person once
        and a place or an organization more often ("Auschwitz") takes the majority label."""
        votes: dict[str, Counter] = defaultdict(Counter)
        for span in spans:
            votes[name_key(span.text)][span.label_] += 1
        fixed = []
        for span in spans:
            counts = votes[name_key(span.text)]
            best, count = counts.most_common(1)[0]
            if len(span) == 1 and span.label_ == "PERSON" and best != "PERSON" and count > counts["PERSON"]:
                span = Span(span.doc, span.start, span.end, label=best)
            fixed.append(span)
        return fixed

    def _new_entity(self, key_hint: str, label: str, etype: EntityType) -> LocalEntity:
        self.counter[key_hint] += 1
        key = key_hint if self.counter[key_hint] == 1 else f"{key_hint}#{self.counter[key_hint]}"
        entity = LocalEntity(key=key, label=label, type=etype)
        self.entities[key] = entity
        return entity

    def _mark(self, span: Span, entity: LocalEntity, via: str = "name") -> None:
        for token in span:
            if token._.entity is None:
                token._.entity = entity.key
                token._.entity_via = via
        entity.forms.add(clean_surface(span.text))

    def _add_person(self, span: Span) -> None:
        words = name_tokens(span.text)
        if not words:
            return
        candidates = [
            key for key, known in self.person_names.items()
            if person_names_agree(known, words) or person_names_agree(words, known)
        ]
        if len(candidates) > 1:
            # "Paul" after "Rand Paul" and "Paul Smith": the nearest full name before it
            candidates = [self._nearest_before(span, candidates)]
        if candidates:
            entity = self.entities[candidates[0]]
            if len(words) > len(self.person_names[entity.key]):
                self.person_names[entity.key] = words
        else:
            entity = self._new_entity("person:" + " ".join(words), clean_surface(span.text), EntityType.PERSON)
            self.person_names[entity.key] = words
        self._mark(span, entity)

    def _nearest_before(self, span: Span, keys: list[str]) -> str:
        best, best_distance = keys[0], None
        for token in self.doc[: span.start]:
            if token._.entity in keys:
                distance = span.start - token.i
                if best_distance is None or distance < best_distance:
                    best, best_distance = token._.entity, distance
        return best

    def _add_other(self, span: Span) -> None:
        text = clean_surface(span.text)
        # a lone word the article also uses as a person's surname is that person ("Kovacs" tagged GPE)
        if len(span) == 1 and _place_type(text) is None and gazetteer.organization_by_name(text) is None:
            words = name_tokens(text)
            for key, known in self.person_names.items():
                if words and known[-1] == words[-1]:
                    self._mark(span, self.entities[key])
                    return
        seat = gazetteer.country_of_seat(text)
        if seat is not None:
            # "the Kremlin said": the seat of government speaks for the country
            entity = self._entity_for("place:" + name_key(seat.name), seat.name, EntityType.COUNTRY)
            self._mark(span, entity, via="role")
            entity.forms.discard(text)
            return
        place = _place_type(text) if span.label_ in {"GPE", "LOC", "FAC"} else None
        org = gazetteer.organization_by_name(text)
        if place is not None:
            etype, canonical = place
            entity = self._entity_for("place:" + name_key(canonical), canonical, etype)
            country = gazetteer.country_of_capital(canonical) if etype is EntityType.CITY else None
            if country is not None:
                # "Moscow condemned ...": a capital can speak for its country's government, and who
                # went to it went to the country; the country is known even if unnamed
                self._entity_for("place:" + name_key(country.name), country.name, EntityType.COUNTRY)
        elif org is not None:
            entity = self._entity_for("org:" + name_key(org.name), org.name, EntityType.ORGANIZATION)
        else:
            etype = _LABEL_TYPES[span.label_]
            kind = "place" if etype in _PLACE_TYPES else etype.value.lower()
            entity = self._acronym_match(text, etype) or self._entity_for(f"{kind}:{name_key(text)}", text, etype)
            if len(text) > len(entity.label) and name_key(text) == name_key(entity.label):
                entity.label = text
        self._mark(span, entity)

    def _entity_for(self, key: str, label: str, etype: EntityType) -> LocalEntity:
        if key in self.entities:
            return self.entities[key]
        entity = LocalEntity(key=key, label=label, type=etype)
        self.entities[key] = entity
        return entity

    def _acronym_match(self, text: str, etype: EntityType) -> LocalEntity | None:
        """An all-capitals word that spells the initials of an organization in the article."""
        letters = text.replace(".", "")
        if not (letters.isupper() and 2 <= len(letters) <= 6):
            return None
        for entity in self.entities.values():
            if entity.type is etype and "".join(w[0] for w in entity.label.split() if w[:1].isupper()) == letters:
                return entity
        return None

    def _add_bare_surnames(self) -> None:
        """A capitalized word the tagger missed ("Kovacs’ visit") that is a person's surname here."""
        surnames = {words[-1]: key for key, words in self.person_names.items()}
        for token in self.doc:
            previous = self.doc[token.i - 1] if token.i else None
            if (
                previous is not None
                and token._.entity is None
                and token.pos_ == "PROPN"
                and token.is_title
                and (is_honorific(previous.text) or (previous.is_title and role_from_tokens([previous]) is not None))
                and _place_type(token.text) is None
                and gazetteer.organization_by_name(token.text) is None
                and role_from_tokens([token]) is None  # "Secretary General" is a title, not a name
            ):
                # "Mr Straw", "Chancellor Scholz": an honorific or a title before a capitalized name
                self._add_honorific_person(token)
                continue
            if token._.entity is None and token.is_title and token.pos_ in {"PROPN", "NOUN"} and token.ent_type_ not in _LABEL_TYPES:
                key = surnames.get(name_tokens(token.text)[-1] if name_tokens(token.text) else "")
                if key is not None:
                    self._mark(self.doc[token.i : token.i + 1], self.entities[key])

    def _add_countries_of_capitals(self) -> None:
        """"the Kenyan capital, Nairobi": the article names the country by its demonym."""
        for token in self.doc:
            if token.lemma_.lower() != "capital":
                continue
            for child in token.children:
                country = gazetteer.country_by_demonym(child.text) if child.dep_ in {"amod", "compound"} else None
                if country is not None:
                    entity = self._entity_for("place:" + name_key(country.name), country.name, EntityType.COUNTRY)
                    child._.entity, child._.entity_via = entity.key, "role"

    def _add_honorific_person(self, token: Token) -> None:
        """"Mr Straw", "Mrs Blair": an honorific before a capitalized name marks a person the
        tagger missed; the name joins a full name of the article when one fits."""
        end = token.i + 1
        while end < len(self.doc) and self.doc[end].pos_ == "PROPN" and self.doc[end].is_title and self.doc[end]._.entity is None:
            end += 1
        self._add_person(Span(self.doc, token.i, end, label="PERSON"))

    def _add_described_organizations(self) -> None:
        """"Aid charity Actionaid", "the campaign group Liberty": a proper noun described by an
        organization noun is an organization."""
        for token in self.doc:
            if token._.entity is not None or token.pos_ != "PROPN" or not token.is_title:
                continue
            described = [c for c in token.lefts if c.dep_ in {"compound", "appos"} and is_organization_noun(c.text)]
            if token.dep_ == "appos" and is_organization_noun(token.head.text):
                described.append(token.head)
            if not described:
                continue
            start = token.i
            while start > 0 and self.doc[start - 1].pos_ == "PROPN" and self.doc[start - 1]._.entity is None and self.doc[start - 1].head.i == token.i and not is_organization_noun(self.doc[start - 1].text):
                start -= 1
            span = self.doc[start : token.i + 1]
            label = clean_surface(span.text)
            entity = self._entity_for("organization:" + name_key(label), label, EntityType.ORGANIZATION)
            self._mark(span, entity)

    def _add_groups(self) -> None:
        """Plural collectives qualified by a named body or country: "UN member states",
        "European officials", "US and European officials"."""
        for token in self.doc:
            institution = token.lemma_.lower() in _INSTITUTION_NOUNS
            if (token.tag_ != "NNS" and not institution) or token.lemma_.lower() not in _GROUP_NOUNS | _INSTITUTION_NOUNS or token._.entity:
                continue
            if institution and self._add_national_institution(token):
                continue
            modifiers = [
                t for t in token.lefts
                if t.dep_ in {"compound", "amod", "nmod"} and any(_names_a_body(m) for m in (t, *t.conjuncts))
            ]
            if not modifiers:
                continue
            start = min(t.left_edge.i for t in modifiers)
            span = self.doc[start : token.i + 1]
            if any(t._.entity and t._.entity.startswith("person:") for t in span):
                continue
            named = {m._.entity for m in modifiers if m._.entity}
            if token.lemma_.lower() in _DELEGATE_NOUNS and len(modifiers) == 1 and len(named) == 1:
                key = named.pop()
                if self.entities[key].type is EntityType.ORGANIZATION:
                    # "SEC officials", "CBI representatives": the body acts through them
                    token._.entity, token._.entity_via = key, "role"
                    continue
            label = clean_surface(span.text)
            etype = EntityType.ORGANIZATION if token.lemma_.lower() in _INSTITUTION_NOUNS else EntityType.GROUP
            entity = self._entity_for("group:" + name_key(label), label, etype)
            for member in span:
                if member._.entity is None or member.i == token.i:
                    member._.entity = entity.key
                    member._.entity_via = "name"
            token._.entity = entity.key
            token._.entity_via = "name"
            entity.forms.add(label)

    def _add_national_institution(self, head: Token) -> bool:
        """"Iran's foreign ministry", "the Chinese Foreign Ministry": one organization, named
        with the country's demonym whichever way the article puts it."""
        country, words = None, []
        for child in head.lefts:
            if child.dep_ == "poss":
                owner = " ".join(t.text for t in child.subtree if t.tag_ != "POS")
                country = country or gazetteer.country_by_name(owner)
            elif child.dep_ in {"amod", "compound"}:
                found = gazetteer.country_by_demonym(child.text) or gazetteer.country_by_name(child.text)
                if found is not None:
                    country = country or found
                elif not child._.entity:
                    words.extend(t.text for t in child.subtree)
        if country is None or not country.demonyms:
            return False
        label = " ".join([country.demonyms[0], *words, head.text])
        entity = self._entity_for("institution:" + name_key(label), label, EntityType.ORGANIZATION)
        entity.forms.add(label)
        start = min(t.left_edge.i for t in head.lefts) if list(head.lefts) else head.i
        for member in self.doc[start : head.i + 1]:
            if member._.entity is None or member.i == head.i:
                member._.entity, member._.entity_via = entity.key, "name"
        return True

    # ------------------------------------------------------------------ roles
    def _read_roles(self) -> None:
        """Titles before a name ("French President Anne Martin") or in apposition to it."""
        for span in self._person_spans():
            key = span[0]._.entity
            role = self._prefix_role(span) or self._appositive_role(span)
            if role is not None:
                self.roles[key].add(role)
                self.entities[key].roles.add(role.label())

    def _person_spans(self) -> list[Span]:
        spans, start = [], None
        for token in self.doc:
            inside = token._.entity_via == "name" and token._.entity and token._.entity.startswith("person:")
            if inside and (start is None or self.doc[token.i - 1]._.entity != token._.entity):
                if start is not None:
                    spans.append(self.doc[start : token.i])
                start = token.i
            elif not inside and start is not None:
                spans.append(self.doc[start : token.i])
                start = None
        if start is not None:
            spans.append(self.doc[start:])
        return spans

    def _prefix_role(self, span: Span) -> Role | None:
        root = span.root
        subtree = {t.i for t in root.subtree}
        left = span.start
        while left > 0:
            prev = self.doc[left - 1]
            if prev.i not in subtree or prev.dep_ in {"det", "poss", "case"} or prev.is_space:
                break
            if prev.is_punct and prev.text not in "-‐–.":
                break
            left -= 1
        if left == span.start:
            return None
        return role_from_tokens(list(self.doc[left : span.start]))

    def _appositive_role(self, span: Span) -> Role | None:
        root = span.root
        if root.dep_ == "appos" and root.head.pos_ in {"NOUN", "PROPN"} and root.head._.entity is None:
            return role_from_tokens(noun_phrase_tokens(root.head))
        for child in root.children:
            if child.dep_ == "appos" and child._.entity is None:
                return role_from_tokens(noun_phrase_tokens(child))
        return None

    def _resolve_role_nouns(self) -> None:
        """Definite role nouns ("the Russian president", "the UN chief") to the person holding the role."""
        for token in self.doc:
            if token._.entity is not None or token.pos_ not in {"NOUN", "PROPN"}:
                continue
            if token.dep_ in {"compound", "amod"} and token.head.pos_ in {"NOUN", "PROPN"}:
                continue  # part of a longer noun phrase; its head is tried instead
            if token.dep_ == "appos" or any(c.dep_ == "appos" and c._.entity for c in token.children):
                continue  # "the French President, Anne Martin": the name is there
            phrase = noun_phrase_tokens(token)
            if not any(t.lower_ in {"the", "this"} or t.tag_ == "POS" for t in phrase) and not any(
                c.dep_ in {"det", "poss"} for c in token.children
            ):
                continue
            role = role_headed_by(token)
            if role is None:
                continue
            introduced = {t._.entity for t in self.doc[: token.i] if t._.entity_via == "name" and t._.entity}
            # a bare role noun ("the president") points back to someone already introduced; one
            # with a country or body ("India's finance minister") may name someone introduced later
            holders = [
                key for key, roles in self.roles.items()
                if (key in introduced or role.qualifier) and any(compatible(role, r) for r in roles)
            ]
            if not holders and role.qualifier:
                # "the Pakistani president" for a person introduced as "President X", nationality untold
                loose = Role(role.title, None)
                holders = [
                    key for key, roles in self.roles.items()
                    if key in introduced and any(compatible(loose, r) and r.qualifier is None for r in roles)
                ]
            if len(holders) == 1:
                token._.entity = holders[0]
                token._.entity_via = "role"

    def _resolve_definite_bodies(self) -> None:
        """"the government", "this government", "the party", "the committee": a bare definite
        noun for a body stands for the body of that kind the article named last. A government
        the article never named is that of the country it mentions most."""
        last_named: dict[str, str] = {}  # noun -> key of the body of that kind named last
        last_body: str | None = None  # the body named last, of any kind
        home: str | None = None
        for token in self.doc:
            key = token._.entity
            if key and token._.entity_via == "name" and self.entities[key].type in {EntityType.ORGANIZATION, EntityType.GROUP}:
                last_body = key
                words = {w.lower() for w in self.entities[key].label.split()}
                for noun in words & BODY_NOUNS:
                    last_named[noun] = key
                continue
            noun = token.lower_
            if key or token.pos_ != "NOUN" or noun not in BODY_NOUNS:
                continue
            lefts = [c for c in token.lefts if not c.is_punct]
            if len(lefts) != 1 or lefts[0].dep_ != "det" or lefts[0].lower_ not in {"the", "this"}:
                continue  # "the Labour government", "a government", "the previous government"
            if any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children):
                continue  # "the government of X" names its own country
            found = last_named.get(noun)
            if noun not in _NATIONAL_BODY_NOUNS and found != last_body:
                found = None  # "the Harbour Party ... the Liberals ... the party": which one is unclear
            if found is None and noun in _NATIONAL_BODY_NOUNS:
                home = home or self._home_country()
                if home is not None:
                    found = self._national_body(home, noun).key
            if found is not None:
                token._.entity, token._.entity_via = found, "role"

    def _home_country(self) -> str | None:
        """The country an article names most often, by name or demonym ("British"), when one
        clearly leads: its demonym."""
        counts = Counter()
        for token in self.doc:
            key = token._.entity
            if key and token._.entity_via == "name" and self.entities[key].type is EntityType.COUNTRY:
                if token.i == 0 or self.doc[token.i - 1]._.entity != key:
                    country = gazetteer.country_by_name(self.entities[key].label)
                    counts[country.name if country is not None else self.entities[key].label] += 1
            elif token.ent_type_ == "NORP" and token.ent_iob_ == "B":
                country = gazetteer.country_by_demonym(token.text)
                if country is not None:
                    counts[country.name] += 1
        ranked = counts.most_common(2)
        if not ranked or (len(ranked) > 1 and ranked[0][1] == ranked[1][1]):
            return None
        country = gazetteer.country_by_name(ranked[0][0])
        return country.demonyms[0] if country is not None and country.demonyms else ranked[0][0]

    def _national_body(self, demonym: str, noun: str) -> LocalEntity:
        label = f"{demonym} {noun}"
        entity = self._entity_for("institution:" + name_key(label), label, EntityType.ORGANIZATION)
        entity.forms.add(label)
        return entity

    # ------------------------------------------------------------------ pronouns
    def _read_genders(self) -> None:
        """A person's grammatical gender, when the article shows it: an honorific or a gendered
        title before a mention ("Mrs", "Queen"), or a given name the lexicon knows."""
        votes: dict[str, Counter] = defaultdict(Counter)
        for token in self.doc:
            key = token._.entity
            if not (key and key.startswith("person:")) or token._.entity_via != "name":
                continue
            previous = self.doc[token.i - 1] if token.i else None
            if previous is not None and previous._.entity != key:
                gender = gender_of_word(previous.text)
                if gender:
                    votes[key][gender] += 2
        for key, words in self.person_names.items():
            label = self.entities[key].label.split()
            if len(label) > 1:
                gender = gender_of_word(label[0])
                if gender:
                    votes[key][gender] += 1
        self.genders = {key: count.most_common(1)[0][0] for key, count in votes.items() if len(count) == 1 or count.most_common(2)[0][1] > count.most_common(2)[1][1]}

    def _resolve_pronouns(self) -> None:
        sentences = list(self.doc.sents)
        quoted = self._inside_quotes()
        self.doc._.quoted = frozenset(quoted)
        for index, sent in enumerate(sentences):
            for token in sent:
                if token.lower_ not in _PERSONAL_PRONOUNS or token.pos_ != "PRON":
                    continue
                speakers = self._speakers(sent) if token.i in quoted else set()
                # a person whose gender disagrees with the pronoun cannot be its antecedent
                speakers |= {k for k, g in self.genders.items() if g != _PERSONAL_PRONOUNS[token.lower_]}
                antecedent = self._subject_person(sent, before=token.i, excluding=speakers)
                if antecedent is None:
                    antecedent = self._fronted_subject(sent, token)
                back = index - 1
                while antecedent is None and back >= 0 and index - back <= _MAX_PRONOUN_DISTANCE:
                    antecedent = self._subject_person(sentences[back], excluding=speakers) or self._only_person(
                        sentences[back], excluding=speakers
                    )
                    back -= 1
                if antecedent is not None:
                    token._.entity = antecedent
                    token._.entity_via = "pronoun"

    def _inside_quotes(self) -> set[int]:
        """Indices of the tokens between quotation marks, across sentences."""
        inside, open_quote = set(), False
        for token in self.doc:
            if token.text in {"“", "”", '"'}:
                open_quote = token.text == "“" or (token.text == '"' and not open_quote)
                continue
            if token.is_space and "\n" in token.text:
                open_quote = False  # a quotation does not run over a paragraph break here
            if open_quote:
                inside.add(token.i)
        return inside

    @staticmethod
    def _fronted_subject(sent: Span, pronoun: Token) -> str | None:
        """"During her visit to Japan, Maria Kovacs said": a pronoun in a phrase put before the
        subject refers forward to that subject."""
        root = sent.root
        subjects = [c for c in root.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i > pronoun.i]
        if not subjects or pronoun.dep_ in {"nsubj", "nsubjpass"}:
            return None
        fronted = [c for c in root.children if c.dep_ in {"prep", "advcl", "npadvmod"} and c.i < subjects[0].i]
        if not any(pronoun.i in {t.i for t in c.subtree} for c in fronted):
            return None
        key = subjects[0]._.entity
        return key if key and key.startswith("person:") else None

    @staticmethod
    def _speakers(sent: Span) -> set[str]:
        """The persons a sentence quotes: subjects of speech verbs. Inside their quotation "he" is
        someone else, since a speaker says "I"."""
        return {
            t._.entity for t in sent
            if t._.entity and t._.entity.startswith("person:") and t.dep_ == "nsubj" and t.head.lemma_ in _SPEECH_VERBS
        }

    def _subject_person(self, sent: Span, before: int | None = None, excluding: set[str] = frozenset()) -> str | None:
        """The most salient person of a sentence (before ``before``): a subject over a direct
        object over anything else, and the later one among equals."""
        ranks = {"nsubj": 3, "nsubjpass": 3, "dobj": 2}
        best, best_rank = None, 0
        for token in sent:
            if before is not None and token.i >= before:
                break
            key = token._.entity
            if not (key and key.startswith("person:")) or key in excluding:
                continue
            dep = token.head.dep_ if token.dep_ in {"appos", "compound"} else token.dep_
            rank = ranks.get(dep, 1 if before is not None else 0)
            if rank and rank >= best_rank:
                best, best_rank = key, rank
        return best

    @staticmethod
    def _only_person(sent: Span, excluding: set[str] = frozenset()) -> str | None:
        keys = {t._.entity for t in sent if t._.entity and t._.entity.startswith("person:")} - excluding
        return keys.pop() if len(keys) == 1 else None


def resolve_document(doc: Doc) -> Doc:
    """Find and group the entities of one parsed article; see the module docstring."""
    _DocResolver(doc).run()
    return doc


def mentions_of(doc: Doc) -> list[tuple[int, int, str]]:
    """(char_start, char_end, entity key) of every named mention in a resolved doc."""
    found, start = [], None
    for token in doc:
        key = token._.entity if token._.entity_via == "name" else None
        previous = doc[token.i - 1] if token.i else None
        same = previous is not None and previous._.entity == key and previous._.entity_via == "name"
        if start is not None and not same:
            found.append((doc[start].idx, doc[previous.i].idx + len(doc[previous.i]), doc[start]._.entity))
            start = None
        if key is not None and start is None:
            start = token.i
    if start is not None:
        found.append((doc[start].idx, doc[-1].idx + len(doc[-1]), doc[start]._.entity))
    return found


# ---------------------------------------------------------------------- across articles

def _type_family(etype: EntityType) -> str:
    return "place" if etype in _PLACE_TYPES else etype.value


def _best_label(forms: Counter, canonical: set[str] = frozenset()) -> str:
    """The name to show: a reference table's canonical name when there is one ("Russia", not
    "Russian Federation"); else the fullest name: most words, then with its accents, then the one
    whose words the articles use most ("Yuriy Lysenko" over a one-off "Yurii Lysenko"), then A-Z."""
    if canonical:
        return sorted(canonical)[0]
    word_use = Counter()
    for form, count in forms.items():
        for word in form.split():
            word_use[word] += count
    return sorted(
        forms,
        key=lambda f: (-len(f.split()), not has_accents(f), -sum(word_use[w] for w in f.split()), -forms[f], f),
    )[0]


def merge_entities(results: Iterable[DocResult]) -> tuple[dict[str, Entity], dict[tuple[str, str], str]]:
    """Merge every article's local entities into corpus-wide entities.

    In: the per-article results. Out: the entities by id, and a map from (doc_id, local key) to
    entity id. Persons merge when their names agree (:func:`kg.names.person_names_agree`): a
    surname alone joins a full name only when exactly one full name in the corpus fits it.
    Other entities merge on their normalized name.
    """
    results = list(results)
    groups: dict[str, list[tuple[str, LocalEntity]]] = defaultdict(list)
    person_keys: dict[str, list[str]] = {}
    for result in results:
        for local in result.entities.values():
            family = _type_family(local.type)
            if family == "Person":
                words = name_tokens(local.label)
                group_key = "Person:" + " ".join(words)
                person_keys[group_key] = words
            else:
                group_key = f"{family}:{name_key(local.label)}"
            groups[group_key].append((result.article.doc_id, local))

    # persons: shorter names join the one longer name that fits them; names only fit when their
    # surnames agree, so only names sharing a surname are compared
    parent: dict[str, str] = {key: key for key in groups}
    by_surname: dict[str, list[str]] = defaultdict(list)
    for key, words in person_keys.items():
        by_surname[words[-1] if words else ""].append(key)
    for key, words in sorted(person_keys.items(), key=lambda kv: (len(kv[1]), kv[0])):
        fits = [
            other for other in by_surname[words[-1] if words else ""]
            if other != key and len(person_keys[other]) > len(words) and person_names_agree(person_keys[other], words)
        ]
        roots = {_find(parent, f) for f in fits}
        if len(roots) == 1:
            parent[_find(parent, key)] = roots.pop()

    clusters: dict[str, list[tuple[str, LocalEntity]]] = defaultdict(list)
    for key, members in groups.items():
        clusters[_find(parent, key)].extend(members)

    entities: dict[str, Entity] = {}
    local_to_id: dict[tuple[str, str], str] = {}
    for root in sorted(clusters):
        members = clusters[root]
        forms = Counter()
        for _doc, local in members:
            forms.update(local.forms or {local.label})
            forms[local.label] += 0
        canonical = {local.label for _doc, local in members if _is_canonical(local)}
        label = _best_label(forms, canonical)
        types = Counter(local.type for _doc, local in members)
        etype = sorted(types, key=lambda t: (-types[t], t.value))[0]
        entity_id = slug(label)
        if entity_id in entities:
            # two names that slug alike ("AT&T", "AT T"): the cluster's own key tells them apart
            entity_id = f"{entity_id}-{hashlib.sha1(root.encode('utf-8')).hexdigest()[:8]}"
        entity = Entity(
            id=entity_id,
            label=label,
            type=etype,
            alt_labels={f for f in forms if f != label},
            roles={role for _doc, local in members for role in local.roles},
        )
        entities[entity_id] = entity
        for doc_id, local in members:
            local_to_id[(doc_id, local.key)] = entity_id
    return entities, local_to_id


def _is_canonical(local: LocalEntity) -> bool:
    """Whether the gazetteer gave this entity its name (a country, a capital, an organization)."""
    label = local.label
    if local.type is EntityType.COUNTRY:
        country = gazetteer.country_by_name(label)
        return country is not None and country.name == label
    if local.type is EntityType.CITY:
        return gazetteer.canonical_capital(label) == label
    if local.type is EntityType.ORGANIZATION:
        org = gazetteer.organization_by_name(label)
        return org is not None and org.name == label
    return False


def _find(parent: dict[str, str], key: str) -> str:
    while parent[key] != key:
        parent[key] = parent[parent[key]]
        key = parent[key]
    return key
