"""criticized: "X criticized/condemned/accused/blamed Y", "Y was condemned by X", "X hit out at Y",
"X's criticism of Y"; an action noun as object ("condemned the Russian invasion") names its actor."""
from __future__ import annotations

from collections.abc import Iterator
from functools import cache

import numpy as np
from spacy.attrs import IS_PUNCT, IS_SPACE
from spacy.tokens import Doc, Token

from kg import gazetteer
from kg.extract.base import (
    Ref,
    agents,
    children,
    clause_subjects,
    entity_type,
    extractor,
    facts_between,
    is_infinitive,
    is_phrasal,
    is_place,
    lexicon,
    made_by,
    owner_or_maker,
    parsed_tokens,
    participles_after,
    passive_agents,
    possessor,
    prep_objects,
    reduced_passive_agents,
    ref_of,
    refs,
    role_countries,
    roles_of,
    said_by,
    sentences_back,
    set_off_passive,
    status_of,
    verb_above,
    with_lemmas,
)
from kg.annotate import SAID_DETERMINERS, SAID_DISTANCE, follows_anti_prefix, said_nouns
from kg.extract.visited import trips_told_before
from kg.records import EntityType, Fact, Relation, Status
from kg.roles import body_nouns, can_end_title, is_title_word, role_headed_by


# the endings of nouns for people by what they do ("sprinters", "imperialists", "politicians")
_AGENT_ENDINGS = ("er", "or", "ist", "ian")


def _names_people(noun: Token, state_nouns: set[str]) -> bool:
    """"sprinters", "imperialists": a plural for people by what they do, not those a state acts
    through ("rulers")."""
    lemma = noun.lemma_.lower()
    return noun.tag_ == "NNS" and lemma.endswith(_AGENT_ENDINGS) and lemma not in state_nouns


def _names_someone_by_trade(noun: Token) -> bool:
    """"the German politician", "a Russian journalist": one person by what they do, holding no
    office of the country the adjective names."""
    lemma = noun.lemma_.lower()
    return noun.tag_ == "NN" and lemma.endswith(_AGENT_ENDINGS) and not is_title_word(lemma)


def _targets(doc: Doc, tokens: list[Token]) -> list[Ref]:
    """Who an object phrase blames: the entity it names (a capital standing for its government),
    or the actor behind an action or a statement ("the Russian invasion" -> Russia; "Martin's
    decision" -> Martin)."""
    found = [_state_of_forces(doc, _government(doc, ref)) for ref in refs(tokens)]
    if not found:
        return _actors(doc, tokens)
    # "the US-led coalition", named as a group: who leads it answers for it too
    found += [r for r in _leaders_of(doc, tokens) if r not in found]
    # "criticised the Kazakh leadership and Y personally": a conjunct that names no one still
    # blames the actor behind it
    unnamed = [c for t in tokens for c in (t, *t.conjuncts) if c.pos_ == "NOUN" and ref_of(c) is None and not c._.group]
    return found + [r for r in _actors(doc, unnamed) if r not in found]


def _state_of_forces(doc: Doc, ref: Ref) -> Ref:
    """The country a group of its forces stands for ("Russian troops" -> Russia, as "Russian forces"
    is), when the article has that country among its entities; else ``ref`` itself."""
    words = doc._.entities[ref.key].label.split() if entity_type(doc, ref) is EntityType.GROUP else []
    country = gazetteer.country_by_demonym(words[0]) if len(words) == 2 and words[1].lower() in _state_nouns() else None
    return (_labelled(doc, country.name) or ref) if country is not None else ref


@cache
def _state_nouns() -> frozenset[str]:
    return frozenset(lexicon("criticized")["state_nouns"])


def _leaders_of(doc: Doc, tokens: list[Token]) -> list[Ref]:
    """Who a "led" (backed, sponsored) participle before a noun names: "the US-led coalition" (a
    country's name inside a group's name is the country the article names elsewhere)."""
    participles = lexicon("criticized")["led_participles"]
    leaders = [c for token in tokens for child in children(token, "amod")
               if child.lemma_.lower() in participles or child.lower_ in participles
               for c in child.children if c.dep_ in {"npadvmod", "compound", "nmod"}]
    found = []
    for leader in leaders:
        ref = ref_of(leader)
        if ref is None or ref.key.startswith("group:"):
            country = gazetteer.country_by_name(leader.text) or gazetteer.country_by_demonym(leader.text)
            ref = _labelled(doc, country.name) if country is not None else None
        if ref is not None and ref not in found:
            found.append(ref)
    return found


def _actors(doc: Doc, tokens: list[Token]) -> list[Ref]:
    """The actors behind object phrases that name no one (:func:`_targets`)."""
    action_nouns = set(lexicon("criticized")["action_nouns"])
    state_nouns = action_nouns | _state_nouns()
    victims = set(lexicon("criticized")["victim_nouns"])
    # what is shown of someone is not their doing ("the hostile portrayal of Danes"; "Y's
    # portrayal" is Y's)
    depictions = set(lexicon("criticized")["depicting_nouns"])
    follower_nouns = set(lexicon("criticized")["follower_nouns"])
    # those someone has beside them, not the one who has them ("her colleagues", "Zimbabwe's opposition")
    associates = follower_nouns | set(lexicon("criticized")["associate_nouns"])
    # (and where events are held: "the Solomon Islands elections" are not the islands' doing)
    conflicts = set(lexicon("criticized")["conflict_nouns"]) | set(lexicon("criticized")["held_in_nouns"])
    targets: list[Ref] = []
    for token in tokens:
        # a plural noun the tagger took for a verb in the third person is a noun where it is an
        # object or a subject ("criticised \"extravagant\" Tory promises")
        misread = token.tag_ == "VBZ" and token.dep_ in {"dobj", "nsubjpass", "pobj"}
        # and a quoted adjective the parser made the head of a possessed phrase ("attacked Y's
        # \"unfair\" and complicated taxes") stands for the phrase
        misread = misread or bool(children(token, "poss"))
        if token.pos_ not in {"NOUN", "PROPN"} and not misread:
            continue
        owned = [a for a in children(token, "appos") if possessor(a) is not None]
        if owned:
            # "criticised his Argentine counterpart Y's decision": the parser can make the
            # decision an apposition to the noun for the one whose it is
            targets += [r for r in _actors(doc, owned) if r not in targets]
            continue
        owner = possessor(token)
        if owner is None and any(
            gazetteer.country_by_demonym(c.text) or gazetteer.country_by_name(c.text) for c in children(token, "compound", "amod")
        ) and (travellers := _last_traveller(doc, token)):
            targets += travellers  # "Y arrived in Z ... X condemned the US visit": the visitor's country is no actor
            continue
        if token.lemma_.lower() in _MANNER_NOUNS:
            # "criticised the way Y's government operates", "the way the talks were run by Y", "the
            # manner of Y's visit"
            targets += [t for clause in children(token, "relcl") for t in _targets(doc, clause_subjects(clause))]
            targets += [t for t in _targets(doc, prep_objects(token, "of")) if t not in targets]
            continue
        suffered = token.lemma_.lower() in victims and not prep_objects(token, "of")
        # "the country's prime minister", "the Harbour Party leader" unresolved: a person, not
        # the country or the party
        is_title = role_headed_by(token) is not None
        if owner is not None and (is_title or token.lemma_.lower() in associates):
            continue
        # "Britain's top sprinters": people a country has are not the country (its leaders are
        # titles); a person's or a club's players are theirs to answer for
        people = _names_people(token, state_nouns) and owner is not None and ref_of(owner) is not None and is_place(doc, ref_of(owner))
        if owner is not None and ref_of(owner) is not None and not suffered and not people:
            targets.append(_government(doc, ref_of(owner)))  # "Washington's policy": the country's
            continue  # (not "Y's arrest", "Y's death": Y suffered it; "Y's treatment of prisoners" Y did)
        targets += _leaders_of(doc, [token])  # "the US-led coalition": who leads it answers for it
        for child in token.children:
            # ("the Government response": the nation's government, read from "the")
            named = child._.entity_via == "name" or child.lower_ in body_nouns()[1]
            if child.dep_ in {"compound", "nmod"} and child._.entity and named and not is_title \
                    and token.lemma_.lower() not in follower_nouns | conflicts and not _names_a_town(doc, child):
                # "UK policy", "NATO expansion", "a Federal Bureau of Investigation raid" (the parser
                # can make a name of several words a "nmod"; not "Liverpool supporters", the club's;
                # not "the Iraq war", fought there; not "the Kelby union", which is only there)
                targets.append(_government(doc, Ref(child._.entity, "name")))
                continue
            if child.dep_ in {"amod", "compound"}:
                country = gazetteer.country_by_demonym(child.text)
                ref = _labelled(doc, country.name) if country is not None else None
                # a country the article names only through this adjective answers for what
                # states do ("the Russian invasion", "American policy"), not for "British TV"
                # (the table's state nouns are written as used: "forces", "troops")
                if ref is not None and (doc._.entities[ref.key].forms or {token.lemma_.lower(), token.lower_} & state_nouns) \
                        and not _names_people(token, state_nouns) and not _names_someone_by_trade(token):
                    targets.append(ref)  # (but "British sprinters" are not Britain, nor "the German politician")
        if not targets:
            # "the remarks by X", "the sanctions imposed by X", "the attack by X's forces", "the
            # allegations that X made": who did it
            targets += _targets(doc, prep_objects(token, "by"))
            if token.lemma_.lower() in lexicon("criticized")["statement_nouns"]:
                targets += _targets(doc, prep_objects(token, "from"))  # "the comments from Y"
            for clause in children(token, "acl"):
                targets += _targets(doc, prep_objects(clause, "by"))
            for clause in children(token, "relcl", "acl"):
                if clause.lemma_.lower() in _MAKING_VERBS | {"level"}:
                    # "the allegations that Y made against Z"; "the measures Tokyo took": the country's
                    targets += [_government(doc, r) for r in refs(children(clause, "nsubj"))]
        if not targets:
            # "the asylum system under Y", "the cost of the system under Y": what is run under a
            # person is theirs to answer for
            targets += [r for h in [token, *prep_objects(token, "of")] for r in refs(prep_objects(h, "under"))
                        if entity_type(doc, r) is EntityType.PERSON]
        if not targets:
            targets += refs(prep_objects(token, "between"))  # "the joint drill between Y and Z": both hold it
        if not targets and token.lemma_.lower() not in action_nouns | victims | depictions:
            targets += refs(prep_objects(token, "of"))  # "the policies of Y", not "the arrest of Y"
        if not targets:
            targets += _last_traveller(doc, token)
        if not targets:
            targets += _last_remarks_maker(doc, token)
        if not targets:
            targets += _last_actor(doc, token)
    return targets


# (and the measures a body adopts or takes: "the resolutions the assembly adopted", "the measures Y took")
_MAKING_VERBS = frozenset({"make", "issue", "post", "deliver", "publish", "tweet", "repeat", "adopt", "pass", "take"})


def _last_remarks_maker(doc: Doc, noun: Token) -> list[Ref]:
    """"Y's remarks on migrants ... X called the remarks 'unacceptable'": "the remarks" (or "the
    comments", "these claims"), owned by no one in their own phrase, are the ones whose maker the
    article told last ("Y's remarks", "remarks made by Y", "Y made remarks", "the remarks ... Y
    made them"), in the sentence or
    the :data:`~kg.annotate.SAID_DISTANCE` before."""
    said_things = said_nouns()
    if noun.lemma_.lower() not in said_things or not any(c.lower_ in SAID_DETERMINERS for c in children(noun, "det")):
        return []
    for earlier in reversed(doc[sentences_back(noun, SAID_DISTANCE) : noun.i]):
        if earlier.lower_ in {"them", "it"} and earlier.dep_ == "dobj" and earlier.head.lemma_.lower() in _MAKING_VERBS \
                and any(t.lemma_.lower() in said_things for t in earlier.sent if t.i < earlier.i):
            # "The comments were deemed offensive because Y made them"
            makers = refs(agents(earlier.head))
            if makers:
                return [_government(doc, ref) for ref in makers]
        if earlier.pos_ != "NOUN" or earlier.lemma_.lower() not in said_things:
            continue
        owner = possessor(earlier)
        makers = refs([owner]) if owner is not None else []
        makers = makers or refs(prep_objects(earlier, "by") + made_by(earlier))
        if not makers and earlier.dep_ == "dobj" and earlier.head.lemma_.lower() in _MAKING_VERBS:
            makers = refs(agents(earlier.head))  # "Y made the remarks on Sunday"
        if makers:
            return [_government(doc, ref) for ref in makers]
    return []


# ("such a plan" is one of a kind, not one told before)
_DEFINITE = SAID_DETERMINERS - {"such"}


def _last_actor(doc: Doc, noun: Token) -> list[Ref]:
    """"Y unveiled her budget. X called the budget a betrayal", "Y announced a new plan ... the
    plan", "Y announced the closure of the plant. The decision was condemned by X": "the budget"
    (or "this plan"), owned by no one in its own phrase, is the one the article told last with
    its owner or its maker, in the sentence or the :data:`~kg.annotate.SAID_DISTANCE` before; "the
    decision" (or "the move"), told of no one before, is the last act of the sentence before."""
    words = lexicon("criticized")
    lemma = noun.lemma_.lower()
    deed = lemma in words["deed_nouns"]
    # (a penalty's owner is who pays it, "his fine": only its verb tells who imposed it)
    penalty = lemma in words["penalty_nouns"]
    if not (deed or penalty or lemma in words["measure_nouns"]) or not any(c.lower_ in _DEFINITE for c in children(noun, "det")):
        return []
    for earlier in reversed(doc[sentences_back(noun, SAID_DISTANCE) : noun.i]):
        if penalty and earlier.pos_ == "NOUN":
            continue
        if earlier.pos_ == "VERB" and words["verb_forms"].get(earlier.lower_, earlier.lemma_.lower()) == lemma and not deed:
            # "Y banned X for a month ... the ban is unfair": the measure told by its verb (of a
            # passive, its agent: "Z, who was fined in December" names no one who fined)
            makers = passive_agents(earlier) if children(earlier, "nsubjpass") else agents(earlier)
            return [_government(doc, ref) for ref in refs(makers)]
        if earlier.pos_ != "NOUN" or earlier.lemma_.lower() != lemma:
            continue
        owner = possessor(earlier)
        if owner is not None:
            return [_government(doc, ref) for ref in refs([owner])]
        if earlier.dep_ == "dobj" and earlier.head.lemma_.lower() in words["launching_verbs"]:
            # "Y announced a new plan" (not "Z backed the plan": only who makes a plan owns it)
            return [_government(doc, ref) for ref in refs(agents(earlier.head))]
        return []
    if not deed or noun.sent.start == 0:
        return []
    # the act the sentence before tells, if it is not words said ("Y said ..." is no decision);
    # of a reaction, what was reacted to ("Z expressed shock after Y cancelled the visit": Y's)
    act = doc[noun.sent.start - 1].sent.root
    if act.lemma_.lower() in words["expressing_verbs"] or act.lemma_.lower() in words["reacting_verbs"]:
        act = next((c for c in children(act, "advcl") if c.pos_ == "VERB" and children(c, "nsubj")), act)
    if act.pos_ != "VERB" or act.lemma_.lower() in words["speech_verbs"]:
        return []
    return [_government(doc, ref) for ref in refs(agents(act))]


def _last_traveller(doc: Doc, noun: Token) -> list[Ref]:
    """"Y visited the islands. The trip was criticised by X": "the trip" (or "the visit"), named
    with "the" or "this", is the trip told last (:func:`kg.extract.visited.trips_told_before`);
    whoever made it answers for it."""
    if noun.lemma_.lower() not in lexicon("visited")["nouns"] or not any(
        c.lower_ in {"the", "this", "that"} for c in children(noun, "det")
    ):
        return []
    for _trip, makers in trips_told_before(noun):
        persons = [r for r in refs(makers) if entity_type(doc, r) is EntityType.PERSON]
        if persons:
            return persons
    return []


def _labelled(doc: Doc, name: str) -> Ref | None:
    """The article's entity labelled ``name`` (a country, a body), if it has one."""
    for key, entity in (doc._.entities or {}).items():
        if entity.label == name:
            return Ref(key, "role")
    return None


_FIRST_PERSON = frozenset({"i", "we", "my", "our"})
# verbs of trying: a criticism tried is made ("tried to attack Y by claiming ...")
_ATTEMPT_VERBS = frozenset({"try", "attempt", "seek"})


def _critics(doc: Doc, tokens: list[Token], in_quotation: bool = True) -> list[Ref]:
    """Critics; a capital acting as an agent is its country's government. "I" or "we" inside a
    quotation is whoever the quotation is attributed to ("'We condemn Y's actions,' X said"),
    unless ``in_quotation`` is False (when looking for that speaker: a speaker is never "we")."""
    # "a spokeswoman" introduces someone new: not a person named before, whatever the resolver says
    definite = [t for t in tokens if not _new_someone(t)]
    found = [_government(doc, ref) for ref in refs(definite)]
    if not found:
        found = [r for t in tokens for r in _spoken_for(doc, t)]
    if not found and in_quotation:
        for token in tokens:
            if token.lower_ in _FIRST_PERSON and token.i in doc._.quoted:
                sentences = list(doc.sents)
                index = next(i for i, sent in enumerate(sentences) if sent.start <= token.i < sent.end)
                speech = lexicon("criticized")["speech_verbs"]
                found += [r for r in _quote_speakers(doc, sentences, index, speech) if r not in found]
    return found


def _new_someone(token: Token) -> bool:
    """"a Conservative spokeswoman" resolved by its title to someone named before: an indefinite
    noun phrase introduces someone new ("a spokesman for X" still speaks for X)."""
    return (
        token.pos_ == "NOUN" and bool(token._.entity) and token._.entity_via != "name"
        and _is_indefinite(token) and not prep_objects(token, "for", "of")
    )


def _is_indefinite(noun: Token) -> bool:
    """"a spokesman", "an official": a noun phrase with an indefinite article."""
    return any(d.lower_ in {"a", "an"} for d in children(noun, "det"))


def _spoken_for(doc: Doc, token: Token) -> list[Ref]:
    """"a Conservative spokeswoman", "a ministry spokesman of X", "Russian officials": an unnamed
    voice speaks for the body or country its modifier names."""
    if token.lemma_.lower() not in lexicon("criticized")["voice_nouns"] or (ref_of(token) is not None and not _new_someone(token)):
        return []
    # "a Tory spokesman", "X's office", "a spokesman for X" (a person's name as a compound is the
    # voice's own name: "spokesman Y")
    found = [Ref(c._.entity, "role") for c in token.children
             if c._.entity and (c.dep_ == "poss" or (c.dep_ == "compound" and not c._.entity.startswith("person:")))]
    # "X, whose government has been critical of Y": the one the relative clause is about
    clause = next((a for a in token.ancestors if a.dep_ == "relcl"), None)
    if clause is not None and any(c.dep_ == "poss" and c.lower_ == "whose" for c in token.children) and clause.head._.entity:
        found.append(Ref(clause.head._.entity, "role"))
    # "a statement from X", "a communique issued by X" ("activists in X": members of a body)
    sources = prep_objects(token, "for", "of", "from", *(("in",) if token.lemma_.lower() in _MEMBER_NOUNS else ())) + [
        o for verb in children(token, "acl") if verb.tag_ == "VBN" for o in prep_objects(verb, "by")
    ]
    found += [Ref(o._.entity, "role") for o in sources if o._.entity]
    # "a statement from X's office": the voice of a voice
    found += [r for o in sources if not o._.entity and o.i != token.i for r in _spoken_for(doc, o)]
    found += _modifier_countries(doc, token)
    return [_government(doc, r) for r in dict.fromkeys(found)]


# voices that belong to a body they are "in" ("activists in the X movement")
_MEMBER_NOUNS = frozenset({"member", "activist"})


def _modifier_countries(doc: Doc, noun: Token, by_name: bool = False) -> list[Ref]:
    """The countries the article knows that a noun's demonym modifiers name ("Russian officials"),
    and with ``by_name`` its name modifiers too ("the Sweden envoy")."""
    found = []
    for child in children(noun, "amod", "compound"):
        country = gazetteer.country_by_demonym(child.text) or (gazetteer.country_by_name(child.text) if by_name else None)
        ref = _labelled(doc, country.name) if country is not None else None
        if ref is not None:
            found.append(ref)
    return found


def _names_a_town(doc: Doc, token: Token) -> bool:
    """Whether a name is a town's or a region's, not a country's nor a capital's, which can stand
    for its government ("Moscow's policy")."""
    entity = doc._.entities[token._.entity]
    return entity.type in {EntityType.CITY, EntityType.PLACE} and gazetteer.country_of_capital(entity.label) is None \
        and gazetteer.organization_of_seat(entity.label) is None


def _government(doc: Doc, ref: Ref) -> Ref:
    """A capital named as a party ("Washington accused", "accused Moscow") stands for its country,
    and the seat of an international body for that body ("criticized Brussels": the European Union)."""
    entity = doc._.entities[ref.key]
    if entity.type is not EntityType.CITY:
        return ref
    seated, country = gazetteer.organization_of_seat(entity.label), gazetteer.country_of_capital(entity.label)
    return next((found for body in (seated, country) if body is not None and (found := _labelled(doc, body.name))), ref)


def _facts(
    doc: Doc, trigger: Token, critics: list[Ref], targets: list[Ref], name: str, confidence: float, status=None
) -> Iterator[Fact]:
    yield from facts_between(doc, Relation.CRITICIZED, critics, targets, trigger, name, confidence, status=status)


# criticism verbs whose "that" clause is what they condemn ("denounced that Y had ...")
_CLAUSE_CONDEMNING = frozenset({"criticize", "criticise", "condemn", "denounce", "deplore", "decry", "lament", "regret", "bemoan"})


def _is_reciprocal(token: Token) -> bool:
    """"each other", "one another" (which the parser can head with "one"); "the other" after "each"
    as the subject ("each has criticized the other")."""
    return (token.lower_ in {"other", "another"} and any(c.lower_ in {"each", "one"} for c in token.lefts)) or (
        token.lower_ == "one" and any(c.lower_ == "another" for c in token.rights)) or (
        token.lower_ == "other" and any(c.lower_ == "the" for c in token.lefts)
        and any(s.lower_ == "each" and s.dep_ == "nsubj" for s in token.head.children))


@extractor("criticized.verb")
def verb_criticism(doc: Doc) -> Iterator[Fact]:
    words = lexicon("criticized")
    for token in parsed_tokens(doc):
        if token.pos_ != "VERB":
            continue
        # the tagger's lemma of "slating" can be "slat"; "is slated to visit" schedules, not slates
        lemma = words["verb_forms"].get(token.lower_, token.lemma_.lower())
        if lemma != token.lemma_.lower() and any(is_infinitive(c) for c in children(token, "xcomp")):
            continue
        particles = {c.lower_ for c in token.children if c.dep_ in {"prt", "advmod"}}
        phrasal = words["phrasal"].get(lemma)
        # "confronted Y over the subsidies": a challenge over a grievance ("over" can hang on Y)
        grievance = words["challenging_verbs"].get(lemma, ())
        challenges = bool(grievance) and bool(
            prep_objects(token, *grievance) or [p for o in children(token, "dobj") for p in prep_objects(o, *grievance)]
        )
        # "protested Y's action" is read as a verb, "protested against Y" ("lashed out at Y") as a phrasal verb
        if (lemma in words["verbs"] or challenges) and not (phrasal and (any(prep_objects(token, p) for p in phrasal) or particles & set(phrasal))):
            passive = any(c.dep_ == "nsubjpass" for c in token.children)
            objects = children(token, "nsubjpass") if passive else children(token, "dobj")
            if challenges and objects and not passive:
                # "rapped Y over A, Z for B and W over C": the parser can hang the names after the
                # first on the verb, or on a grievance as its conjuncts
                griefs = [o for p in children(token, "prep") if p.lower_ in grievance for o in children(p, "pobj", "pcomp")]
                objects += [c for c in children(token, "npadvmod") if c.pos_ == "PROPN" and c._.entity]
                objects += [c for g in griefs for c in g.conjuncts if c.pos_ == "PROPN" and c._.entity]
                # ("rapped Y over attacks on dissidents, Z and W for harassing activists and V for
                # deporting Roma": or on a common noun inside a grievance, a name no list of its own holds)
                listed = [c for g in griefs for c in g.subtree if c.dep_ == "conj" and c.pos_ == "PROPN" and c._.entity
                          and c.head.pos_ == "NOUN"]
                objects += [m for c in listed for m in (c, *c.conjuncts) if m.pos_ == "PROPN" and m._.entity and m not in objects]
            if objects and not passive:
                # "accused Y of lying and Z of cheating": the parser can make the second party a
                # conjunct of the first charge, with a charge of its own (on it, or on the first),
                # or of the verb itself (with the charges in quotation marks)
                objects += [c for p in children(token, "prep") if p.lower_ in _CHARGE_PREPOSITIONS
                            for g in children(p, "pobj", "pcomp") for c in (*g.conjuncts, *children(token, "conj"))
                            if c._.entity and c.pos_ in {"PROPN", "NOUN"} and c not in objects
                            and any(q.lower_ == p.lower_ and q.i > c.i for q in children(c, "prep") + children(g, "prep"))]
            if not objects and not passive:
                # "condemned what she called Y's aggression": the name the free relative gives
                objects = [o for c in children(token, "ccomp") if any(w.lower_ == "what" for w in children(c, "dobj"))
                           for o in children(c, "oprd")]
            if not objects and not passive and lemma in _CLAUSE_CONDEMNING:
                # "denounced that the Alliance has been increasing its forces", "regretted that Y had
                # refused": the subject of what is condemned did it
                objects = [sb for c in children(token, "ccomp") if any(m.lower_ == "that" for m in children(c, "mark"))
                           for sb in children(c, "nsubj") if sb._.entity and sb._.entity_via != "pronoun"]
            if not objects and not passive:
                # "criticised how Y had handled the crisis": who did what is judged
                objects = [sb for c in children(token, "ccomp") if any(m.lower_ == "how" for m in children(c, "advmod"))
                           for sb in children(c, "nsubj") if sb._.entity and sb._.entity_via != "pronoun"]
            if not objects and not passive:
                # '"condemning" and "rejecting" the words of Y': one object for two verbs, which the
                # parser hangs on the last
                objects = [o for c in token.conjuncts if c.i > token.i and c.pos_ == "VERB" and not children(c, "nsubj")
                           for o in children(c, "dobj")][:1]
            if not objects and not passive:
                # "slammed as "baseless" the allegations that Y made": the object moved after the
                # quoted words, which the parser reads as the object of "as"
                objects = [o for o in prep_objects(token, "as") if o.pos_ == "NOUN" and o.i > token.i
                           and any(i in doc._.quoted for i in range(token.i + 2, o.i))]
            # "dismissed criticism of Y": answering words about Y is no attack on Y (but "dismissed the
            # latest Tory attack" answers back the Tories)
            objects = [o for o in objects if not (_rebutted(o) and prep_objects(o, "of", "against", "on"))]
            status = None
            if token.dep_ == "relcl" and objects and all(o.lower_ in {"who", "whom", "which", "that"} for o in objects):
                objects = [token.head]  # "Y, who was criticised by X"; "Y's policy, which X condemned"
            elif not passive and not objects and token.dep_ == "acl" and token.tag_ == "VBN" and prep_objects(token, "by"):
                passive, objects = True, [token.head]  # "Y's plan, condemned by X as reckless"
                status = Status.OCCURRED  # what the noun's own clause says is not the participle's
            if lemma in words["verbal_attack_only"] and not _is_verbal(doc, token, objects):
                continue
            if _listed_in_charge(token):
                continue
            critics = _critics(doc, agents(token)) or _critics(doc, _issuers(token))
            if not critics and token.dep_ == "advcl" and token.tag_ == "VBG" and token.head.dep_ == "ccomp":
                # "X said the summit would go ahead, blaming Y": the parser hangs the participle on
                # the reported clause, whose subject is no one; the speaker blames
                critics = _critics(doc, agents(token.head.head))
                status = status or status_of(token.head.head)  # as the saying, not the reported clause
            if token.dep_ == "pcomp" and token.head.lower_ == "in" and token.head.head.lemma_.lower() == "join":
                critics += [c for c in _critics(doc, children(token.head.head, "dobj")) if c not in critics]  # "X joined Z in condemning Y"
            name = "criticized.passive" if passive else "criticized.verb"
            if _held_back(token):
                status = Status.NEGATED  # "stopped short of criticising Y", "refrained from condemning"
                governor = token.head.head
                critics = critics or _critics(doc, agents(governor if governor.pos_ == "VERB" else governor.head))
            if lemma in words["statement_verbs"] and refs(objects) and not any(p.lower_ == "as" for p in children(token, "prep")):
                continue  # "dismissed Y" is firing Y; "dismissed Y's claims", "dismissed Y as irrelevant" is criticism
            if lemma in words["statement_verbs"] and any(o.lemma_.lower() in lexicon("modality")["requesting_nouns"] for o in objects):
                continue  # "dismissed Y's demand for an extradition" turns a request down
            if not passive and any(_is_reciprocal(o) for o in objects):
                # "X and Y blamed each other": each the other
                for critic in critics:
                    yield from _facts(doc, token, [critic], [c for c in critics if c != critic], name, 0.8, status=status)
                continue
            targets = _targets(doc, objects)
            if not targets and not passive and lemma == "blame":
                # "blamed the explosion on Y" ("on" can hang on the object's last noun; not "an attack on Y")
                hosts = [token] + [t for o in objects for t in o.subtree if t.pos_ == "NOUN" and not _is_action([t])
                                   and t.lemma_.lower() not in words["attack_nouns"]]
                targets = _targets(doc, [o for h in hosts for o in prep_objects(h, "on")])
            if not targets and not passive and _is_action(objects):
                targets = refs(prep_objects(token, "by"))  # "condemned the invasion of Y by X"
            if status is None and token.dep_ == "xcomp" and token.head.lemma_.lower() in _ATTEMPT_VERBS:
                status = status_of(token.head)  # "tried to attack Y by claiming ...": words tried are said
            if not passive and token.dep_ == "xcomp" and token.head.lemma_.lower() in lexicon("modality")["requesting_verbs"]:
                # "called on the world to condemn China", "urged Norway to condemn Y": who calls for
                # the condemnation condemns (the ones called on are only asked to)
                askers = _critics(doc, agents(token.head))
                yield from _facts(doc, token, askers, targets, name, 0.8, status=status_of(token.head))
                critics = [c for c in critics if c not in askers]
            yield from _facts(doc, token, critics, targets, name, 0.85 if passive else 0.9, status=status)
        elif lemma in _WARNING_VERBS and children(token, "dobj") and any(
            w.lemma_.lower() in words["negative_actions"] or w.lemma_.lower() in words["scolding_acts"]
            for p in children(token, "prep") if p.lower_ == "against" for c in children(p, "pcomp", "pobj") for w in (c, *c.conjuncts)
        ):
            # "warned Britain against finger-pointing and lecturing China", "cautioned Y against
            # meddling": a warning against a wrong the one warned is doing
            yield from _facts(doc, token, _critics(doc, agents(token)), _targets(doc, children(token, "dobj")), "criticized.phrasal", 0.75)
        elif phrasal and any(p in particles or [o for o in prep_objects(token, p) if o.i > token.i] for p in phrasal):
            # "hit out at Y", "hit back at Y", "turned on Y", "laid into Y"
            # ("on" only where the verb takes it, "turned on Y": "hit back on Twitter" is a medium;
            # and after the verb: "After Malaysia, X will go to Z" goes after no one)
            objects = [o for o in prep_objects(token, "at", "against", *phrasal) if o.i > token.i]  # "spoke out against Y"
            if any(p in particles for p in phrasal):
                objects += children(token, "dobj", "oprd")  # "turned on Y" parsed with Y as object ("called out Y": a predicate)
            if not objects and set(words["retort_phrasal"].get(lemma, ())) & particles:
                # "hit back, saying Y had no plan of its own": a retort is aimed at whom its words are about
                # (not "spoke out, saying Y should be freed")
                objects = [s for said in children(token, "advcl") if said.tag_ == "VBG" and said.lemma_.lower() in words["speech_verbs"]
                           for clause in children(said, "ccomp") for s in children(clause, "nsubj")]
            yield from _facts(doc, token, _critics(doc, agents(token)), _targets(doc, objects), "criticized.phrasal", 0.85)
        elif lemma == "take" and any(o.lower_ == "task" for o in prep_objects(token, "to") + children(token, "xcomp")):
            # "took Y to task"
            yield from _facts(doc, token, _critics(doc, agents(token)), _targets(doc, children(token, "dobj")), "criticized.phrasal", 0.8)
        elif set(words["aim_phrases"].get(lemma, ())) & {c.lemma_.lower() for c in children(token, "dobj")}:
            # "took aim at Y", "took a swipe at Y", "pointed the finger at Y"; "poured scorn on Y", "put
            # the blame on Y", "cast doubt on Y"; "took issue with Y"; "raised doubts about Y"
            # ("on" only without "at": "took aim at Y on Z" aims at Y)
            heads = [token, *children(token, "dobj")]
            # "pinned the blame for the defeat on Y": "on" can hang on what the blame is for
            if any(o.lemma_.lower() == "blame" for o in heads[1:]):
                heads += [o for h in heads for o in prep_objects(h, "for")]
            objects = [p for h in heads for p in prep_objects(h, "at")] or [p for h in heads for p in prep_objects(h, "on")]
            objects = objects or [p for h in heads for p in prep_objects(h, "with")]  # "took issue with Y"
            objects = objects or [p for h in heads for p in prep_objects(h, "about", "over")]  # "raised doubts about Y"
            # "tried to raise doubts about Y": words tried are said
            tried = status_of(token.head) if token.dep_ == "xcomp" and token.head.lemma_.lower() in _ATTEMPT_VERBS else None
            yield from _facts(doc, token, _critics(doc, agents(token)), _targets(doc, objects), "criticized.phrasal", 0.85,
                              status=tried)


_WARNING_VERBS = frozenset({"warn", "caution"})


def _listed_in_charge(verb: Token) -> bool:
    """"accused Y of crimes, including espionage, insulting Z": a gerund that goes on with a list
    the charge opened ("including"), which the parser can hang on the accusing verb, is one more
    thing charged, not the accuser's act ("accused Y of lying, criticising Z in a speech" is)."""
    head = verb.head
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or head.lemma_.lower() not in lexicon("criticized")["verbs"]:
        return False
    charges = [p for p in children(head, "prep") if p.lower_ in {"of", "for"} and p.i < verb.i]
    return any(t.lower_ == "including" for p in charges for t in p.subtree)


def _issuers(verb: Token) -> list[Token]:
    """"X issued a statement condemning Y", "in a statement criticising Y, X said", "X wrote an
    editorial that criticized Y": a statement or a piece that criticizes speaks for whoever
    issued or wrote it."""
    words = lexicon("criticized")
    statement = verb.head
    if verb.dep_ == "acl" and verb.tag_ == "VBG":
        if statement.lemma_.lower() not in words["issued_nouns"]:
            return []
    elif verb.dep_ == "relcl" and any(s.tag_ in {"WDT", "WP"} for s in children(verb, "nsubj")):
        if statement.lemma_.lower() not in words["issued_nouns"] and statement.lemma_.lower() not in words["authored_nouns"]:
            return []
    else:
        return []
    if (owner := possessor(statement)) is not None:
        return [owner]  # "X's statement that condemned Y"
    if verb.dep_ == "relcl" and statement.head.lemma_.lower() not in words["authoring_verbs"]:
        return []  # (not "X read a report that blamed Y")
    if statement.dep_ in {"dobj", "nsubjpass"}:
        return agents(statement.head)
    if statement.dep_ == "pobj" and statement.head.head.pos_ == "VERB":
        return agents(statement.head.head)
    return []


def _held_back(verb: Token) -> bool:
    """"stopped short of criticising", "refrained from condemning": the criticism was withheld."""
    if verb.dep_ != "pcomp" or verb.head.lower_ not in {"of", "from"}:
        return False
    governor = verb.head.head
    return (verb.head.lower_ == "of" and governor.lower_ == "short") or (
        verb.head.lower_ == "from" and governor.lemma_.lower() in {"refrain", "shy", "abstain"}
    )


def _is_action(tokens: list[Token]) -> bool:
    return any(t.lemma_.lower() in lexicon("criticized")["action_nouns"] for t in tokens)


def _is_verbal(doc: Doc, token: Token, objects: list[Token]) -> bool:
    """"attacked" is criticism when it is about words or policies, not force: a speech verb in the
    sentence, an adverb of anger ("sharply attacked"), or a named attacker and a target that is a
    policy, a body or a person rather than a place ("attacked the government", not "attacked
    Kyiv" nor "muggers attacked him")."""
    # (not a verb of saying that reports the attack: "he said they should not attack Syria again")
    reporting = {a.i for a in token.ancestors}
    if any(t.lemma_.lower() in {"say", "statement", "speech", "remark", "comment", "tweet", "policy", "plan"} and t.i not in reporting
           for t in token.sent):
        return True
    words = lexicon("criticized")
    if any(a.lower_ in words["angry_adverbs"] for a in children(token, "advmod")):
        return True  # "had sharply attacked Germany": words, whatever the target
    attackers = refs(agents(token))
    if attackers and any(o.lemma_.lower() in words["deed_nouns"] or o.lemma_.lower() in words["measure_nouns"]
                         or o.lemma_.lower() in words["statement_nouns"] or o.lemma_.lower() in _MANNER_NOUNS for o in objects):
        # "attacked the decision by Y", "blasted the plan", "attacked the way Y handled it": no force is used on a decision
        return True
    # "blasted Y's handling of the crisis": what a party owns or does answers for it
    owners = [ref_of(o) for o in map(possessor, objects) if o is not None and ref_of(o) is not None]
    if not refs(objects) and owners and token.lemma_.lower() != "attack":
        # "blasted Colombia's close ties with Z": a country's doings (but "attacked Kyiv's suburbs" is force)
        return bool(attackers)
    targets = refs(objects) or owners
    return bool(attackers) and bool(targets) and not any(is_place(doc, r) for r in targets)


def _made(noun: Token) -> list[Token]:
    """The past participles after a noun: "the allegations [made] by X against Y" (not a clause of
    its own the parser hung there: "the remark that Y had not lost against Z")."""
    return [clause for clause in participles_after(noun) if not children(clause, "nsubj", "aux", "mark")]


@extractor("criticized.rebuttal")
def rebuttals(doc: Doc) -> Iterator[Fact]:
    """"X rejected Y's claims", "X rebuffed the comments by Y": rejecting what someone said
    answers them back (a proposal or an offer rejected is no criticism)."""
    words = lexicon("criticized")
    statements = set(words["statement_nouns"])
    for token in with_lemmas(doc, words["rebuttal_verbs"]):
        if token.pos_ != "VERB":
            continue
        passive = any(c.dep_ == "nsubjpass" for c in token.children)
        objects = [o for o in children(token, "nsubjpass" if passive else "dobj") if o.lemma_.lower() in statements]
        authors: list[Token] = []
        for obj in objects:
            owner = possessor(obj)
            authors += [owner] if owner is not None else prep_objects(obj, "by", "from") + made_by(obj)
        yield from _facts(doc, token, _critics(doc, agents(token)), _targets(doc, authors), "criticized.rebuttal", 0.7)


@extractor("criticized.summons")
def summonses(doc: Doc) -> Iterator[Fact]:
    """"X summoned Y's ambassador to protest", "X met the Swedish envoy to lodge a complaint":
    calling in or meeting another country's envoy to protest is a protest to that country (a
    summons told without one can be a meeting; one's own envoy is called home)."""
    words = lexicon("criticized")
    for token in with_lemmas(doc, words["summons_verbs"]):
        if token.pos_ != "VERB":
            continue
        # ("summoned the Swedish ambassador for a reprimand": the parser can hang "for" on the envoy)
        clauses = children(token, "xcomp", "advcl", "prep") + [p for o in children(token, "dobj") for p in prep_objects(o, "for")]
        # a protest of one's own, not the envoy's ("to hear his complaints"); an envoy called home
        protests = [t for c in clauses for t in c.subtree
                    if t.lemma_.lower() in words["protest_words"] and not children(t, "poss")]
        if not protests or any(c.lower_ in {"home", "back"} for c in token.children):
            continue
        passive = any(c.dep_ == "nsubjpass" for c in token.children)
        # "called in the Swedish ambassador": the parser takes the particle for a preposition
        called = children(token, "nsubjpass") if passive else children(token, "dobj") + prep_objects(token, "in")
        envoys = [e for e in called if e.lemma_.lower() in words["envoy_nouns"]]
        countries = [ref for envoy in envoys for ref in _envoy_countries(doc, envoy)]
        if not countries:
            # "summoned Kang for a dressing-down": an envoy called in by name alone, whose office the article gave
            countries = [r for r in refs(called) if any(t.title in words["envoy_nouns"] for t in roles_of(doc, r))]
        critics = _critics(doc, prep_objects(token, "by") if passive else agents(token))
        if passive and not critics:
            # "Y's ambassador in Manila was summoned": by the country where the envoy serves
            posts = [_government(doc, ref) for envoy in envoys for ref in refs(prep_objects(envoy, "in", "to"))]
            critics = [r for r in posts if entity_type(doc, r) is EntityType.COUNTRY]
        targets = [c for c in dict.fromkeys(countries) if c not in critics]
        yield from _facts(doc, token, critics, targets, "criticized.summons", 0.75)


def _envoy_countries(doc: Doc, envoy: Token) -> list[Ref]:
    """The country an envoy represents: "Sweden's ambassador", "the Swedish envoy", "the
    ambassador of Sweden", or the country of the title of the person named ("the ambassador,
    Y", for "Swedish Ambassador Y")."""
    found = [_government(doc, ref) for ref in refs([c for c in envoy.children if c.dep_ == "poss"] + prep_objects(envoy, "of", "from"))]
    found += _modifier_countries(doc, envoy, by_name=True)
    persons = [r for r in refs([envoy, *children(envoy, "appos")]) if entity_type(doc, r) is EntityType.PERSON]
    found += [ref for person in persons for name in role_countries(doc, person) if (ref := _labelled(doc, name)) is not None]
    return [r for r in found if entity_type(doc, r) is EntityType.COUNTRY]


@extractor("criticized.anti")
def anti_protests(doc: Doc) -> Iterator[Fact]:
    """"X led an anti-Y protest", "X staged an anti-American rally": a protest against someone,
    held by X, is X's criticism of them."""
    words = lexicon("criticized")
    for token in with_lemmas(doc, words["protest_nouns"]):
        if token.pos_ != "NOUN":
            continue
        against = [m for m in children(token, "amod", "compound") if follows_anti_prefix(m)]
        if not against:
            continue
        owner = possessor(token)
        holders = [owner] if owner is not None else agents(token.head) if token.dep_ == "dobj" else []
        yield from _facts(doc, token, _critics(doc, holders), _targets(doc, against), "criticized.anti", 0.7)


@extractor("criticized.attack")
def verbal_attacks(doc: Doc) -> Iterator[Fact]:
    """"X launches attack on Y", "X made a fresh swipe at Y": an attack on a person or a body
    is a verbal one (an attack on a place is not read as criticism)."""
    words = lexicon("criticized")
    said_words = frozenset(words["statement_nouns"] + words["remark_nouns"])
    judging = _conduct_words()[1]  # (the negative lexicon less its mild words)
    for token in parsed_tokens(doc):
        # "its war of words on Y": a war fought with words is an attack
        of_words = [o for o in prep_objects(token, "of") if o.lower_ == "words"] if token.lemma_.lower() == "war" else []
        # "made derogatory remarks against Y": words said against one are an attack (not "remarks on Y",
        # unless the words are judged: "derogatory remarks about Y"; "against Y" can hang on "made")
        said = token.lemma_.lower() in said_words
        judged = said and any(a.lower_ in judging for a in children(token, "amod"))
        against = prep_objects(token, *(["against", "about", "on", "of"] if judged else ["against"]))
        against += [o for clause in _made(token) for o in prep_objects(clause, "against")] if said else []
        said_against = said and bool(against)
        if token.pos_ != "NOUN" or (token.lemma_.lower() not in words["attack_nouns"] and not of_words and not said_against):
            continue
        # an attack on a country or a city is a military one, unless the noun or a modifier says
        # it is made of words ("a tirade against Z", "a withering verbal assault on Z")
        # "launched into an attack on Z": one launches into words, not into a war
        launched_into = token.dep_ == "pobj" and token.head.lower_ == "into" and token.head.head.lemma_.lower() in words["attack_verbs"]
        verbal = bool(of_words) or launched_into or token.lemma_.lower() not in words["action_nouns"] or any(
            c.lower_ in words["verbal_modifiers"] for c in children(token, "amod")
        )
        aimed = (against if said_against else prep_objects(token, "on", "at", "against")) \
            + [t for w in of_words for t in prep_objects(w, "on", "against", "with")]
        if token.lemma_.lower() == "insult" and possessor(token) is not None:
            aimed += prep_objects(token, "to")  # "X's insults to Y" (not "an insult to democracy": no one made it)
        if not aimed and token.dep_ == "dobj" and token.head.lemma_.lower() in words["attack_verbs"]:
            aimed = prep_objects(token.head, "on", "at", "against")  # "launched insults at Y": the parser hangs "at" on the verb
        targets = [t for t in _targets(doc, aimed) if verbal or not is_place(doc, t)]
        if not targets:
            continue
        owner = possessor(token)
        makers = made_by(token)
        if owner is not None and owner.tag_ == "PRP$" and (blamed := _blamed_for(token)):
            critics = _critics(doc, blamed)  # "called out Y over his tirade against Z": Y's tirade
        elif owner is not None:
            critics = _critics(doc, [owner])
        elif makers:
            critics = _critics(doc, makers)  # "the remarks made by X against Y"
        elif token.dep_ == "dobj" and token.head.lemma_.lower() in words["attack_verbs"]:
            critics = _critics(doc, agents(token.head))
        elif launched_into:
            critics = _critics(doc, agents(token.head.head))
        elif not (critics := _critics(doc, _maker_of_aside(token))):
            continue
        # "Y's harsh rhetoric against Z aims to ...": what the clause says of the attack is no plan to make it
        # (and words made by someone were made, whatever was done with them: "the remarks made by X
        # against Y were rejected")
        status = Status.OCCURRED if (owner is not None and token.dep_ in {"nsubj", "nsubjpass"}) or makers else None
        yield from _facts(doc, token, critics, targets, "criticized.attack", 0.75, status=status)


def _maker_of_aside(noun: Token) -> list[Token]:
    """Who makes the attack or rebuke that a phrase with "in" or "with" names: the subject of the
    verb it hangs on ("opened the forum with an attack on Y", "In a rare rebuke of Y, X said"), or
    the subject it hangs on, set off by commas ("X, in a veiled swipe at Y, said")."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in {"with", "in"}:
        return []
    host = noun.head.head
    if host.pos_ == "VERB":
        # (not one who died in it: "X died in an attack on Y's convoy")
        return agents(host) if host.lemma_.lower() not in {"die", "perish"} else []
    return [host] if host.dep_ == "nsubj" and host._.entity and noun.doc[noun.head.i - 1].text == "," else []


def _blamed_for(noun: Token) -> list[Token]:
    """The object of the verb a grievance is the reason of: Y in "called out Y over his tirade",
    "rebuked Y for her remarks" ("over" or "for" can hang on Y); none when the noun is no such reason."""
    reason = noun.head
    if noun.dep_ != "pobj" or reason.lower_ not in {"over", "for"}:
        return []
    verb = reason.head.head if reason.head.dep_ == "dobj" else reason.head
    return [o for o in children(verb, "dobj", "oprd") if o._.entity] if verb.pos_ == "VERB" else []


@extractor("criticized.noun")
def noun_criticism(doc: Doc) -> Iterator[Fact]:
    words = lexicon("criticized")
    for token in parsed_tokens(doc):
        if token.pos_ != "NOUN" or token.lemma_.lower() not in words["nouns"]:
            continue
        if token.lemma_.lower() == "charge" and token.head.lemma_.lower() in {"take", "assume", "in"}:
            continue  # "took charge of the response", "in charge of": control, not an accusation
        owner = possessor(token)
        critics = _critics(doc, [owner]) if owner is not None else []
        # "the allegations made by X against Y", "the criticism levelled by X": made, whatever was done with them
        makers = [] if critics else _critics(doc, made_by(token))
        # "the accusations by X": the agent the noun names, whatever verb it is the object of
        # ("broke relations following accusations by X")
        critics = critics or makers or _critics(doc, prep_objects(token, "by"))
        answered = token.dep_ == "dobj" and token.head.lemma_.lower() in words["rebuttal_verbs"] + words["answering_verbs"]
        if not critics and token.head.pos_ == "VERB" and token.dep_ in {"dobj"} and not answered:
            # "X voiced criticism of Y" (not "X dismissed the allegations against Y": X answers them)
            critics = _critics(doc, agents(token.head))
        elif not critics and answered:
            # "X failed to quell criticism of Y from Z": the parser can hang "from Z" on the verb
            critics = _critics(doc, prep_objects(token.head, "from"))
        elif critics and token.dep_ == "dobj" and token.head.lemma_.lower() in words["echo_verbs"]:
            critics += [c for c in _critics(doc, agents(token.head)) if c not in critics]  # "Z echoed X's criticism of Y"
        if not critics:
            critics = _critics(doc, prep_objects(token, "by", "from"))  # "the condemnation of Y by X"
        if not critics:
            critics = _critics(doc, _maker_of_aside(token))  # "In a rare rebuke of Y, X said ..."
        if not critics:
            # "criticism of Y from X": the parser can hang "from X" on Y (a person comes from a
            # place, not from another person)
            critics = [r for r in _critics(doc, [o for y in prep_objects(token, "of") for o in prep_objects(y, "from")])
                       if entity_type(doc, r) is EntityType.PERSON]
        targets = _targets(doc, prep_objects(token, "of", "against"))
        if not targets and owner is not None:
            # "X's criticism of the trip to Z by Y": with the critic named before, the parser's
            # "by Y" on the noun is the trip's
            targets = [r for r in _targets(doc, prep_objects(token, "by")) if r not in critics]
        if not targets and critics and token.dep_ == "pobj" and token.head.lower_ in {"despite", "amid"} \
                and token.head.head.pos_ in {"VERB", "AUX"}:
            # "the visit went ahead despite criticism by X", "Y met Z amid criticism from X": the
            # clause's subject, or the one who made the trip it names, drew it
            targets = [r for r in _targets(doc, clause_subjects(token.head.head)) if r not in critics]
        if not targets:
            targets = _targets(doc, [o for clause in _made(token) for o in prep_objects(clause, "against")])  # "made by X against Y"
        if not targets and token.lemma_.lower() in {"accusation", "allegation", "charge"}:
            # "accusations by X that Y is arming rebels": who the content clause says acted (not
            # "allegations that Y was tortured", where Y suffered)
            clauses = [c for c in children(token, "acl", "ccomp") if any(m.lower_ == "that" for m in children(c, "mark"))]
            targets = _targets(doc, [s for c in clauses for s in children(c, "nsubj")])
        if not targets and token.dep_ == "dobj" and token.head.lemma_.lower() in {"issue", "deliver", "send", "direct"}:
            targets = _targets(doc, prep_objects(token, "to", "at") + prep_objects(token.head, "to", "at"))  # "issued a rebuke to Y"
        if token.lemma_.lower() in words["verbal_attack_only"] and any(is_place(doc, r) for r in critics + targets):
            continue  # "rocket attacks from Gaza against Israel": an attack by or on a place is one of force
        # "X's accusations against Y were rejected": a criticism spoken of as a subject was made;
        # so was one answered, whether or not the answer did ("failed to quell criticism of Y")
        status = Status.OCCURRED if token.dep_ in {"nsubj", "nsubjpass"} or makers or answered else None
        yield from _facts(doc, token, critics, targets, "criticized.noun", 0.75, status=status)


@extractor("criticized.reported")
def reported_criticism(doc: Doc) -> Iterator[Fact]:
    """Reported speech that judges someone: "X said Y was naive", "X stated that Y 'is not
    serious'", "X saw no sign to believe Y was serious". The speaker criticized Y when a clause
    under the speech verb has Y (or what Y owns) as subject and a negative judgement, or a
    positive one under a negation, as predicate."""
    words = lexicon("criticized")
    # (and what one feels: "he felt Y was out of line")
    reporting = frozenset(words["speech_verbs"] + words["opinion_verbs"])
    questioning = frozenset(words["questioning_verbs"])
    for token in parsed_tokens(doc):
        lemma = token.lemma_.lower()
        asks = lemma in questioning
        if lemma in reporting or asks:
            if token.pos_ != "VERB":
                continue
        elif token.pos_ not in {"VERB", "AUX"} or not _introduces_quotation(token):
            continue  # (any verb, or a copula, whose clause ends in a colon before a quotation)
        speakers = _critics(doc, said_by(token))
        if not speakers:
            continue
        faults = [o for o in prep_objects(token, "of") if o.lemma_.lower() in words["negative_evaluation"]]
        if faults:
            # "X said of the Russian failure to keep its promises": what is spoken of is a fault
            targets = [t for t in _targets(doc, faults) if t not in speakers]
            yield from _facts(doc, token, speakers, targets, "criticized.reported", 0.7, status=status_of(token))
        if lemma in words["alleging_verbs"] and not children(token, "neg"):
            # "X charged that Y was seeking a puppet government", "X alleged that Y rigged the
            # vote": what one alleges someone did is a wrong
            # (the that-clause also where the parser hung it on a phrase: "complained at a meeting
            # in Cairo that Y had objected to ...")
            clauses = [c for c in children(token, "ccomp") if c.pos_ in {"VERB", "AUX"} and c.i > token.i]
            alleged = [s for clause in clauses + _that_clauses_on_phrases(token) for s in children(clause, "nsubj", "nsubjpass")]
            targets = [t for t in _targets(doc, alleged) if t not in speakers and t.via != "pronoun"]
            yield from _facts(doc, token, speakers, targets, "criticized.reported", 0.65, status=status_of(token))
        reported = list(_complement_clauses(token))
        if asks:
            # "X asked why Y had failed to act", "questioned why Y had ignored the warnings": a
            # question why takes what it asks about as done (not one whether it was)
            reported = [(clause, negated) for clause, negated in reported if any(c.lower_ == "why" for c in children(clause, "advmod"))]
        for clause, negated in reported:
            verdict = _judgement(clause, negated)
            if verdict is None:
                continue
            subjects = children(clause, "nsubj", "nsubjpass")
            # "said Y was trying to destabilise"; "said Y is hosting rebels, restricting trade and
            # tormenting its citizens": a wrong done in a clause that goes on from another is done
            # by that one's subject
            wrong = clause.lemma_.lower() in words["negative_actions"]
            above = clause
            while not subjects and above.head.i != token.i and (
                above.dep_ == "xcomp" or (wrong and (above.dep_ == "conj" or (above.dep_ == "advcl" and above.tag_ == "VBG")))
            ):
                above = above.head
                subjects = children(above, "nsubj")
            if not subjects and lemma == "tell" and clause.head.i == token.i:
                # "told reporters Y should be ashamed", "told the BBC Y had failed": the parser can make
                # Y the verb's object, the audience a modifier of the name
                subjects = [o for o in children(token, "dobj") if o._.entity and o.i < clause.i and any(
                    c.dep_ == "compound" and c.i < o.i and c._.entity != o._.entity for c in o.children)]
            if token.dep_ == "relcl" and [t.lower_ for t in subjects] in (["which"], ["who"], ["that"]):
                subjects = [token.head]  # "Y, which he said had a terrible record"
            if clause.tag_ == "VBN" and children(clause, "agent"):
                subjects = prep_objects(clause, "by")  # "said voters felt let down by Y": Y did it
            elif _is_extraposed(clause, subjects):
                subjects = _extraposed_subjects(clause)
            subjects = subjects + _faulted_by(clause)
            # a pronoun inside a quotation points anywhere, unless it is the subject the quotation
            # says something is ("He was insulting," X said); outside one it is the article's own
            said_to_be = clause.lemma_ == "be" and any(s.tag_ == "PRP" for s in subjects)
            targets = [
                t for t in _targets(doc, subjects)
                if t not in speakers and (t.via != "pronoun" or clause.i not in doc._.quoted or said_to_be
                                          or _named_before(t, clause))
            ]
            spoken_of = prep_objects(token, "of")
            if spoken_of and not any(t.via == "name" for t in targets):
                # "'This is a disgrace,' X said of Y's decision": what is spoken of is judged
                targets = [t for t in _targets(doc, spoken_of) if t not in speakers]
            status = status_of(token)  # the speaking happened, whatever the clause denies
            yield from _facts(doc, clause, speakers, targets, "criticized.reported", 0.7, status=status)
        # "said the remarks were evidence of India's irresponsible behaviour": conduct the speaker
        # names with a judging adjective is its owner's fault, wherever it is in what is said
        judged = _conduct_judged([t for clause, _negated in reported for t in clause.subtree])
        targets = [t for owner in judged for t in _judged_owner(doc, owner, speakers)]
        yield from _facts(doc, token, speakers, targets, "criticized.reported", 0.65, status=status_of(token))


def _conduct_judged(tokens: list[Token]) -> list[Token]:
    """The owners of conduct named with a judging adjective among ``tokens``: "India's irresponsible
    behaviour", "Y's reckless policies" (not "Y's terrible loss": what one suffers, nor a mild
    word: "Y's weak response")."""
    conduct, judging = _conduct_words()
    return [owner for t in dict.fromkeys(tokens) if t.pos_ == "NOUN" and t.lemma_.lower() in conduct
            and (owner := owner_or_maker(t) or _manner_of(t)) is not None
            and any(a.pos_ == "ADJ" and a.lemma_.lower() in judging for m in children(t, "amod") for a in (m, *m.conjuncts))]


# nouns for how something is done, whose doer is the subject of their relative clause ("the way Y operates")
_MANNER_NOUNS = frozenset({"way", "manner"})


def _manner_of(noun: Token) -> Token | None:
    """Whose way of doing a manner noun names: the subject of its relative clause ("the cavalier way
    in which Y operates"); None for any other noun."""
    if noun.lemma_.lower() not in _MANNER_NOUNS:
        return None
    return next((s for clause in children(noun, "relcl") for s in children(clause, "nsubj")), None)


def _judged_owner(doc: Doc, owner: Token, speakers: list[Ref]) -> list[Ref]:
    """Whom the owner of judged conduct stands for, other than the speakers; a possessive pronoun
    only for one the sentence named before it ("the department decided to renew their racist
    assault")."""
    return [t for t in _targets(doc, [owner]) if t not in speakers and (t.via != "pronoun" or _named_before(t, owner))]


@cache
def _conduct_words() -> tuple[frozenset[str], frozenset[str]]:
    """The nouns of conduct and the words that judge it (the negative lexicon less its mild words),
    read once."""
    words = lexicon("criticized")
    return frozenset(words["conduct_nouns"]), frozenset(words["negative_evaluation"]) - frozenset(words["mild_evaluation"])


def _is_extraposed(clause: Token, subjects: list[Token]) -> bool:
    """Whether a clause's subject is an "it" or "there" standing for a clause after it."""
    return any(t.lower_ == "it" for t in subjects) or bool(children(clause, "expl"))


def _extraposed_subjects(clause: Token) -> list[Token]:
    """"It was pathetic that Britain gave so little": the subjects of the clause after "that",
    which is what is judged ("It is a pity that Y ...": the clause can hang on the predicate);
    not of one that says its subject suffered ("unacceptable that activists faced harassment")."""
    # ("it was a disgrace that Y had not apologised": the parser can read a relative clause)
    that_clauses = children(clause, "ccomp") + [c for p in children(clause, "attr", "acomp") for c in children(p, "acl", "ccomp", "relcl")]
    # "it was wrong for Y to keep its people in suspense": the one the infinitive's "for" names
    that_clauses += [c for h in (clause, *children(clause, "attr", "acomp")) for c in children(h, "advcl", "xcomp")
                     if any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children)]
    undergoing = lexicon("criticized")["undergoing_verbs"]
    # (a passive's subject had it done to it: "unacceptable that Y would be supported" faults
    # whoever supports Y, if "by" names them)
    return [s for c in that_clauses if c.lemma_.lower() not in undergoing
            for s in (children(c, "nsubj") or [o for a in children(c, "agent") for o in children(a, "pobj")])]


def _faulted_by(clause: Token) -> list[Token]:
    """"The campaign was a big misjudgement by Y", "it was a huge mistake by Y", "these are lies
    spread by Y": the one after "by" a negative judgement made the fault."""
    negative = set(lexicon("criticized")["negative_evaluation"])
    # (or by the participle after it: "these are lies spread by Y")
    return [
        o for p in children(clause, "attr", "acomp", "oprd") if {p.lemma_.lower(), p.lower_} & negative
        for h in (p, *[a for a in children(p, "acl") if a.tag_ == "VBN"]) for o in prep_objects(h, "by")
    ]


def _is_preaching(verb: Token) -> bool:
    """"practise what you preach": said of someone, it charges them with hypocrisy."""
    return verb.lemma_.lower() in {"practise", "practice"} and any(t.lemma_.lower() == "preach" for t in verb.subtree)


def _named_before(ref: Ref, clause: Token) -> bool:
    """Whether the sentence names the entity before the clause: a pronoun inside a quotation can
    then be trusted ("Y's speech confirms that his only strategy is opportunism")."""
    return any(t._.entity == ref.key and t._.entity_via == "name" for t in clause.sent if t.i < clause.i)


_NOBODY = frozenset({"no-one", "noone", "nobody", "none", "nothing", "neither"})


def _is_nobody(subject: Token) -> bool:
    """"nobody", "none of them", "no-one" (which the tokenizer splits into "no", "-", "one")."""
    return subject.lower_ in _NOBODY or any(c.lower_ == "no" for c in subject.children)


def _rebutted(noun: Token) -> bool:
    """Whether ``noun`` names words someone said ("criticism", "claims") that the verb it is the
    object of rejects or answers: "rejected criticism that ...", "dismissed claims of Y"."""
    said, answering = _rebuttal_words()
    return noun.lemma_.lower() in said and noun.head.lemma_.lower() in answering


@cache
def _rebuttal_words() -> tuple[frozenset[str], frozenset[str]]:
    """The nouns of words said and the verbs that reject or answer them, from the lexicon."""
    words = lexicon("criticized")
    return frozenset(words["statement_nouns"] + words["nouns"]), frozenset(words["rebuttal_verbs"] + words["answering_verbs"])


def _introduces_quotation(verb: Token) -> bool:
    """'X hit out: "Y is in chaos."', 'X was scathing: "..."': a clause that ends in a colon
    before a quotation, which the parser hangs on the quotation's own verb, says whose it is."""
    doc = verb.doc
    if not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        return False
    if _hangs_on_its_quotation(verb):
        return True
    # (or hangs the quotation on it, the colon right after the verb and its own short complement:
    # "hit out:", "was scathing:")
    colon = next((t.i for t in doc[verb.i + 1 : verb.i + 4] if t.text == ":"), None)
    if colon is None or colon + 1 >= len(doc) or not doc[colon + 1].is_quote \
            or any(t.head.i != verb.i for t in doc[verb.i + 1 : colon]):
        return False
    return any(clause.i in doc._.quoted and clause.i > colon for clause in children(verb, "ccomp", "parataxis"))


def _hangs_on_its_quotation(verb: Token) -> bool:
    """Whether the parser hangs a clause ending in a colon on the quotation after it."""
    doc = verb.doc
    if verb.dep_ not in {"ccomp", "parataxis"} or verb.head.i <= verb.i or verb.head.i not in doc._.quoted:
        return False
    colon = verb.right_edge.i if verb.right_edge.text == ":" else verb.right_edge.i + 1
    return colon + 1 < len(doc) and doc[colon].text == ":" and doc[colon + 1].is_quote


def _complement_clauses(speech: Token, depth: int = 4) -> Iterator[tuple[Token, bool]]:
    """Clauses reported under a speech verb, each with whether a negation lies on the way
    ("no sign to believe", "did not think")."""
    frontier = [(speech, any(c.dep_ == "neg" for c in speech.children))]
    colon_before_quotation = _hangs_on_its_quotation(speech)
    if (speech.dep_ == "parataxis" and speech.head.i > speech.i and speech.head.i in speech.doc._.quoted) or colon_before_quotation:
        # 'X, a member of the Harbour Party said, "Y is a war criminal."', 'X hit out: "Y is in
        # chaos."': the parser can hang the speech verb on the quotation that follows it
        yield speech.head, frontier[0][1]
        if colon_before_quotation:
            return  # (what the clause before the colon says of its own is no report)
    for clause in _that_clauses_on_phrases(speech):
        yield clause, frontier[0][1]
    for _ in range(depth):
        following = []
        for token, negated in frontier:
            for child in token.children:
                if child.dep_ == "relcl" and token.dep_ == "dobj" and any(
                    c.dep_ == "mark" and c.lower_ == "that" for c in child.children
                ):
                    yield child, negated  # "told a news conference that Y was lying", parsed as a relative
                    continue
                if child.dep_ == "dobj" and _rebutted(child):
                    continue  # "rejected criticism that Y should have gone": another's words, answered
                if token.i == speech.i and child.dep_ == "conj" and any(
                        c.dep_ == "nsubj" and c._.entity_via == "name" for c in child.children):
                    continue  # "X said the law was a blow, and Y called it shameful": Y's own saying, not X's
                if child.dep_ in {"ccomp", "xcomp", "acl", "dobj", "advcl", "conj"}:
                    below = negated or any(
                        c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no")
                        or (c.dep_ == "nsubj" and _is_nobody(c))  # "no-one felt Y was a racist"
                        for c in child.children
                    )
                    clause = child.dep_ in {"ccomp", "xcomp", "conj"} or (
                        child.dep_ == "acl" and any(c.dep_ in {"nsubj", "nsubjpass"} for c in child.children)
                    )  # "no sign that Y was serious"
                    # a clause with a subject whose verb the tagger took for a noun ("actions amount to")
                    # (or a judging adjective the parser read as a passive: "Y is biased")
                    verb = child.pos_ in {"VERB", "AUX"} or (child.dep_ == "ccomp" and bool(children(child, "nsubj", "nsubjpass")))
                    if clause and verb:
                        yield child, below
                    if not _reports_another(child):
                        following.append((child, below))
        frontier = following


def _that_clauses_on_phrases(speech: Token) -> list[Token]:
    """The that-clauses with a subject of their own that the parser hung on a noun of the speech
    verb's prepositional phrases, one or two deep: "said in a statement that Y was ...", "in a post
    on social media that ...", "complained at a meeting of the League in Cairo that Y had ..."."""
    nouns = [o for p in children(speech, "prep") for o in children(p, "pobj")]
    nouns += [o for n in nouns for p in children(n, "prep") for o in children(p, "pobj")]
    return [clause for noun in nouns for clause in children(noun, "acl", "relcl")
            if any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children) and children(clause, "nsubj", "nsubjpass")]


def _reports_another(clause: Token) -> bool:
    """Whether a clause reports what someone named says ("said Russian MPs have reported that
    Estonia is torturing prisoners"): what lies below is theirs, not the speaker's judgement."""
    return clause.lemma_.lower() in _relaying_verbs() and any(s.pos_ in {"NOUN", "PROPN"} for s in children(clause, "nsubj"))


@cache
def _relaying_verbs() -> frozenset[str]:
    """The verbs that report what someone says ("report" too: news of news), read once (not what
    one feels: "said the public felt let down by Y" is the speaker's charge)."""
    return frozenset(lexicon("criticized")["speech_verbs"] + ["report"])


# what one is charged with or blamed for: "accused Y of lying", "blamed Y for the crisis"
_CHARGE_PREPOSITIONS = frozenset({"of", "for", "over"})
# how one says what is not so: "falsely claimed", "wrongly reported"
_UNTRUE_ADVERBS = frozenset({"falsely", "wrongly", "untruthfully", "dishonestly", "mendaciously"})
# what one is who brings a harm about: "a source of tension", "a sponsor of terrorism"
_SOURCE_NOUNS = frozenset({"source", "cause", "sponsor", "instigator", "driver"})
# what shows a failing it is "of": "a sign of arrogance", "an example of incompetence"
_TOKEN_NOUNS = frozenset({"sign", "example", "symptom", "proof", "hallmark", "instance"})
# nouns for what a person is, besides titles, that "a poor ..." judges
_STANDING_NOUNS = frozenset({"leader", "man", "woman", "person", "politician", "statesman"})


def _bad_at_a_standing(noun: Token, words: dict) -> bool:
    """Whether a noun for an office or a standing is qualified as done badly: "a terrible
    president", "a poor leader" (not "a poor country", "a terrible day")."""
    return (can_end_title(noun.text) or noun.lemma_.lower() in _STANDING_NOUNS) and any(
        a.lemma_.lower() in words["bad_job_adjectives"] for a in children(noun, "amod"))


# what one wrongs by threatening it
_THREATENED_GOODS = frozenset({"peace", "stability", "security", "safety", "sovereignty", "freedom", "democracy", "independence",
                               "integrity", "order", "life"})


def _judgement(clause: Token, negated: bool) -> bool | None:
    """True when a clause's predicate judges its subject badly: "was naive", "is not serious"."""
    words = lexicon("criticized")
    negative, positive = set(words["negative_evaluation"]), set(words["positive_evaluation"])
    # (what one pleads, or admits, to be is one's own word: "said Y pleaded guilty")
    predicates = [c for c in clause.children if c.dep_ in {"acomp", "attr", "oprd"}] \
        if clause.lemma_.lower() not in {"plead", "admit", "confess"} else []
    if clause.pos_ == "ADJ":
        predicates.append(clause)
    # "is unbelievable and irresponsible" (not "is clever and not at all reckless")
    predicates += [c for p in predicates for c in p.conjuncts if c.pos_ in {"ADJ", "NOUN"} and c.i > p.i
                   and not any(t.dep_ == "neg" or t.lower_ in {"not", "never", "hardly"} for t in p.doc[p.i + 1 : c.i + 1])]
    negated = negated or any(c.dep_ == "neg" for c in clause.children)
    suffered = bool(children(clause, "nsubjpass")) and not children(clause, "agent")  # "Y was stolen": Y is no culprit
    # (a threat is a wrong only to a common good: "said Y threatened peace in the region", not "said
    # Y threatened to resign", nor "threaten the failure of the deal")
    threat_of_act = clause.lemma_.lower() == "threaten" and not any(
        o.lemma_.lower() in _THREATENED_GOODS for o in children(clause, "dobj"))
    if clause.lemma_.lower() in words["negative_actions"] and not negated and not suffered and not threat_of_act:
        return True  # "said she broke a convention", "said Y's actions threatened peace"
    if clause.lemma_.lower() in words["hurting_verbs"] and not negated and not children(clause, "nsubjpass", "auxpass"):
        return True  # "said Y had wounded the hearts of many Thai people" (not "had been hurt by the row")
    if not suffered and any(c.dep_ == "advmod" and c.lower_ in _UNTRUE_ADVERBS for c in clause.children):
        return True  # "said Y had falsely reported that ...": told an untruth
    if _is_preaching(clause):
        return True  # "does not practise what he preaches": hypocrisy, negated or not
    if negated and clause.lemma_.lower() == "tell" and any(o.lemma_.lower() == "truth" for o in children(clause, "dobj")):
        return True  # "said Y was not telling the truth"
    if not negated and is_phrasal(clause, words["negative_phrasal"]):
        return True  # "said voters had been let down"
    modals = {c.lower_ for c in clause.children if c.dep_ == "aux"}
    if clause.lemma_.lower() in words["demand_verbs"] and modals & {"should", "must", "ought"}:
        return True  # "said he should apologise"
    if not negated and modals & {"should", "must", "ought"} and clause.lemma_.lower() == "consider" and any(
            o.lemma_.lower() == "position" and possessor(o) is not None for o in children(clause, "dobj")):
        return True  # "said Y should consider her position": should resign
    # what the subject is told to do: the clause itself under "should" or "must", or what it "needs" to do
    told_to = [clause] if modals & {"should", "must"} else []
    if not told_to and clause.lemma_.lower() == "need":
        told_to = children(clause, "xcomp")
    if not negated and any(is_phrasal(t, words["rude_phrasal"]) for t in told_to):
        return True  # "said Y need to grow up", "said he should shut up"
    if not negated and clause.lemma_ == "be" and any(
            o.lemma_.lower() in _OUT_OF for out in children(clause, "prep") if out.lower_ == "out" for o in prep_objects(out, "of")):
        return True  # "said Y was out of touch", "out of line", "out of control"
    for obj in (c for c in clause.children if c.dep_ == "dobj" and c.lemma_.lower() in words["judged_nouns"]):
        if any(a.lemma_.lower() in words["bad_job_adjectives"] or (a.i < obj.i and a.lower_ in negative) for a in obj.subtree):
            return True  # "did a really bad job", "has a terrible record", "has a shameful history of ..."
    if not negated and any(o.lemma_.lower() == "risk" for o in prep_objects(clause, "at")) and any(
            not o.lower_.endswith(("self", "selves")) for o in children(clause, "dobj")):
        return True  # "was putting the country at risk" (not "could put itself at risk": a warning)
    if any(c.dep_ == "aux" and c.lower_ == "should" for c in clause.children) and any(
        c.dep_ == "aux" and c.lower_ == "have" for c in clause.children
    ):
        return True  # "said the government should have acted sooner"
    if not negated and clause.lemma_.lower() in {"make", "commit"} and any(
        o.lemma_.lower() in words["negative_evaluation"] for o in children(clause, "dobj")
    ):
        return True  # "said Y had made a serious mistake", "committed a blunder"
    equated = {o.lemma_.lower() for o in prep_objects(clause, "to") + children(clause, "dobj")}
    if not negated and clause.lemma_.lower() in words["equating_verbs"] and equated & negative:
        return True  # "said Y's actions amount to a massacre", "constitute a war crime"
    if not negated and any(x.lemma_.lower() == "blame" and x.tag_ == "VB" for x in children(clause, "xcomp")):
        return True  # "said Y was to blame"
    objects = {o.lemma_.lower() for o in children(clause, "dobj")} | {o.lower_ for o in children(clause, "dobj")}
    if not negated and clause.lemma_.lower() in words["harm_verbs"] and objects & set(words["harm_objects"]):
        return True  # "said Y was spreading lies", "fuelling the conflict", "had shown contempt for"
    if not negated and clause.lemma_.lower() in words["aiding_verbs"] and any(
        t.lemma_.lower() in words["armed_group_nouns"] for o in children(clause, "dobj") for t in o.subtree
    ):
        return True  # "claimed Y is backing rebels", "said Y was arming the militants"
    # (what is "left" can be parsed as a clause of its own: "had no credibility left")
    held = children(clause, "dobj") + [s for c in children(clause, "ccomp") if c.lemma_ == "leave" for s in children(c, "nsubj")]
    if clause.lemma_.lower() == "have" and any(
        (o.lemma_.lower() == "right" or o.lemma_.lower() in words["doubted_qualities"]) and any(d.lower_ == "no" for d in o.children)
        for o in held
    ):
        return True  # "said Y had no right to interfere", "had no credibility left"
    if not negated and clause.lemma_.lower() in words["conduct_verbs"] and any(
        a.lemma_.lower() in words["negative_evaluation"] for o in children(clause, "dobj") for a in children(o, "amod")
    ):
        return True  # "said Y was playing a dangerous game", "pursuing a reckless policy"
    harms = set(words["harm_objects"])
    # (the lemmatizer can make "waging" a form of "wag")
    if not negated and (clause.lemma_.lower() in {"pursue", "wage", "seek"} or clause.lower_ in {"waging", "waged"}) and any(
        o.lemma_.lower() in harms or any(p.lemma_.lower() in harms for p in prep_objects(o, "of"))
        for o in children(clause, "dobj")
    ):
        return True  # "said Y was pursuing further escalation", "waging a campaign of intimidation"
    if not negated and clause.lemma_.lower() in {"use", "exploit"} and any(
        o.lemma_.lower() in words["instrument_nouns"] or o.lower_ in words["instrument_nouns"]
        for o in prep_objects(clause, "as")
    ):
        return True  # "said Y was using the refugees as pawns", "food as a weapon"
    if not negated and clause.lemma_.lower() in {"act", "behave", "be"} and any(
        {t.lemma_.lower(), t.lower_} & negative for o in prep_objects(clause, "like") for t in (o, *children(o, "amod", "compound"))
    ):
        return True  # "said Y was acting like a terrorist", "behaving like a bully", "like squabbling schoolboys"
    dobjs = children(clause, "dobj")
    if not negated and clause.lemma_.lower() == "do" and any(o.lower_ == "nothing" and len(list(o.subtree)) == 1 for o in dobjs):
        return True  # "said Y has done nothing for the country" (not "done nothing wrong", "nothing but help")
    if not negated and not suffered and any(a.lower_ in words["negative_adverbs"] for a in children(clause, "advmod")):
        return True  # "said Y had acted irresponsibly", "behaved disgracefully" (not "Y was unfairly targeted")
    if not negated and clause.lemma_.lower() == "lose" and any(
        o.lemma_.lower() in words["doubted_qualities"] or o.lemma_.lower() in _LOST_GOODS for o in dobjs
    ):
        return True  # "said Y had lost all credibility", "lost touch with voters", "has lost the plot"
    if not negated and clause.lemma_ == "be" and any(o.lemma_.lower() in _IN_STATES for o in prep_objects(clause, "in")):
        return True  # "said Y was in chaos", "is in denial"
    if not negated and any(o.lemma_.lower() == "lack" and prep_objects(o, "of") for o in dobjs):
        return True  # "said Y had shown a shocking lack of judgement"
    if not negated and clause.lemma_.lower() == "lack" and any(o.lemma_.lower() in words["doubted_qualities"] for o in dobjs):
        return True  # "said Y lacked political maturity"
    shown = prep_objects(clause, "with") if clause.lemma_.lower() in {"act", "behave"} else \
        dobjs if clause.lemma_.lower() in {"show", "display", "exercise"} else []
    if negated and any(o.lemma_.lower() in words["doubted_qualities"] for o in shown):
        return True  # "said Y had not acted with neutrality", "did not show restraint"
    if not negated and clause.tag_ in {"VBN", "JJ"} and children(clause, "auxpass") and not children(clause, "agent") \
            and clause.lower_ in negative and all(c.lemma_ == "have" for c in children(clause, "aux")):
        return True  # "said Y was biased": a judgement the parser reads as a passive (not "will be isolated")
    if not negated and clause.lemma_.lower() == "play" and any(
            {o.lemma_.lower(), o.lower_} & {"politics", "game"} and not children(o, "amod", "compound") for o in dobjs):
        # "said Y was playing politics with people's lives", "playing games" (the lemma of "politics" is "politic")
        return True
    if not negated and any({t.lemma_.lower(), t.lower_} & negative for o in _reputed_as(clause)
                           for t in (o, *children(o, "amod", "compound"))):
        return True  # "said Y had earned a reputation as a liar", "was living up to its reputation for incompetence"
    if not negated and clause.lemma_.lower() == "cross" and any(o.lemma_.lower() == "line" for o in children(clause, "dobj")):
        return True  # "said Y had crossed a red line"
    if not negated and clause.lemma_.lower() == "stand" and any(o.lemma_.lower() == "way" for o in prep_objects(clause, "in")):
        return True  # "said Y was standing in the way"
    if not negated and clause.lemma_.lower() in {"contain", "include"} and any(
            s.lemma_.lower() in words["statement_nouns"] for s in children(clause, "nsubj")) and any(
            {t.lemma_.lower(), t.lower_} & negative for o in children(clause, "dobj") for c in (o, *o.conjuncts)
            for t in (c, *children(c, "amod"))):
        return True  # "said Y's remarks contained fallacies and false claims"
    if not negated and clause.lemma_.lower() in words["blame_verbs"] and objects & set(words["blame_nouns"]):
        return True  # "said Y bore responsibility for the violence"
    if not negated and clause.lemma_.lower() in {"take", "accept"} and objects & set(words["blame_nouns"]) and any(
        c.dep_ == "aux" and c.lower_ in {"must", "should"} for c in clause.children
    ):
        return True  # "said Y must take full responsibility for the collapse" (not "Y took responsibility")
    if negated and clause.lemma_.lower() in words["positive_actions"]:
        return True  # "said Y could not be trusted", "did not respect the agreement"
    if not negated and clause.lemma_.lower() == "refuse" and any(
            x.lemma_.lower() in words["positive_actions"] for x in children(clause, "xcomp")):
        return True  # "said Y had refused to listen", as "had not listened"
    if not negated and any(
        a.lemma_.lower() in negative or a.lower_ in negative
        for s in children(clause, "nsubj", "nsubjpass") if possessor(s) is not None for a in children(s, "amod")
    ):
        return True  # "said Y's uncivilised outburst was a sign of ...": what Y did, judged as it is named
    if not negated and clause.lemma_.lower() in words["threat_posing_verbs"] and any(
            o.lemma_.lower() in words["threat_nouns"] and prep_objects(o, "to") for o in dobjs):
        return True  # "said Y posed a threat to the region", as "was a threat to" below
    if not negated and clause.lemma_.lower() == "hold" and children(clause, "nsubjpass") and any(
            p.lemma_.lower() in words["accountable_adjectives"] for p in predicates):
        return True  # "said Y must be held accountable", as "X held Y responsible" is read by idioms
    for predicate in predicates:
        forms = {predicate.lemma_.lower(), predicate.lower_}  # "were lies": the lemma is "lie"
        if forms & set(words["threat_nouns"]) and prep_objects(predicate, "to") and not negated:
            return True  # "said Y was a threat to peace" ("thought Y was a serious threat" weighs a risk)
        if forms & negative and not negated:
            return True
        if predicate.dep_ == "attr" and not negated and any(a.lower_ in negative for a in children(predicate, "amod")):
            return True  # "is a shameful decision", "was a reckless man"
        if predicate.dep_ == "attr" and not negated and _bad_at_a_standing(predicate, words):
            return True  # "was a terrible manager", "is a poor leader"
        if predicate.dep_ == "attr" and not negated and predicate.lemma_.lower() in _TOKEN_NOUNS and any(
                {o.lemma_.lower(), o.lower_} & negative or any(a.lower_ in negative for a in children(o, "amod"))
                for o in prep_objects(predicate, "of")):
            return True  # "said Y's return was a sign of abusive politics", "an example of incompetence"
        if predicate.dep_ == "attr" and not negated and predicate.lemma_.lower() in _SOURCE_NOUNS and any(
                {o.lemma_.lower(), o.lower_} & (harms | set(words["armed_group_nouns"])) for o in prep_objects(predicate, "of")):
            return True  # "said Y was a source of instability", "the leading state sponsor of terrorism"
        if forms & positive and negated and not _wants_no_harm(predicate, words):
            return True
    return None


def _reputed_as(clause: Token) -> list[Token]:
    """What a clause says its subject has a reputation as or for ("earned a reputation as a liar",
    "is living up to its reputation for incompetence"); none without a reputation in it."""
    # ("living up to": "to" can hang on the particle, and "as" on the verb)
    reputations = [r for h in (clause, *children(clause, "prt")) for r in children(h, "dobj") + prep_objects(h, "to")
                   if r.lemma_.lower() == "reputation"]
    if not reputations:
        return []
    phrases = [p for r in reputations for p in children(r, "prep") if p.lower_ in {"as", "for"}]
    phrases += [p for p in children(clause, "prep") if p.lower_ == "as"]
    # (the parser can take the judging word for a verb: "as whingeing Poms")
    return [o for p in phrases for o in children(p, "pobj", "pcomp")]


# what one is faulted for being out of
_OUT_OF = frozenset({"touch", "line", "control", "order"})
# what one is faulted for being in ("in chaos", "in denial")
_IN_STATES = frozenset({"chaos", "disarray", "shambles", "meltdown", "denial", "freefall", "free-fall"})
# what one is faulted for losing, beside the qualities one's judgement is doubted on ("lost the plot")
_LOST_GOODS = frozenset({"touch", "trust", "respect", "authority", "plot"})


def _wants_no_harm(predicate: Token, words: dict) -> bool:
    """"Y is not interested in threatening Z": not caring to do harm is no failing."""
    # the "in" phrase can hang on the copula: "is not interested in threatening Z"
    holders = [predicate, predicate.head] if predicate.dep_ == "acomp" else [predicate]
    acts = [c for h in holders for p in children(h, "prep") if p.lower_ == "in" for c in p.children if c.dep_ in {"pcomp", "pobj"}]
    harmful = set(words["negative_actions"]) | set(words["harm_verbs"]) | _HARMFUL_ACTS
    return any(a.lemma_.lower() in harmful for a in acts)


# acts of force a party may be said to have no interest in
_HARMFUL_ACTS = frozenset({"threaten", "attack", "invade", "harm", "hurt", "destroy", "fight"})


@extractor("criticized.according")
def according_to(doc: Doc) -> Iterator[Fact]:
    """"According to X, Y had lied to parliament": X said so."""
    for token in with_lemmas(doc, (), forms=("according",)):
        if token.head.pos_ not in {"VERB", "AUX"}:
            continue
        speakers = _critics(doc, [o for p in children(token, "prep") if p.lower_ == "to" for o in children(p, "pobj")])
        clause = token.head
        if not speakers or _judgement(clause, False) is None:
            continue
        targets = [t for t in _targets(doc, children(clause, "nsubj", "nsubjpass") + _faulted_by(clause)) if t not in speakers]
        yield from _facts(doc, clause, speakers, targets, "criticized.according", 0.65)


@extractor("criticized.labelling")
def labelling(doc: Doc) -> Iterator[Fact]:
    """"X branded Y's action stupid", "X called it a joke", "X described Y as a disgrace", "X
    likened Y to a dictator": a label from the negative lexicon (or any label after "brand" or
    "label", which are seldom kind) is criticism. Verbs that label only through "as" ("portrayed Y
    as a liar", "referred to Y as a liar") are judged by what comes after "as" alone."""
    words = lexicon("criticized")
    negative = set(words["negative_evaluation"])
    # the verbs, and the words "as" hangs from or from whose object it hangs
    heads_of_as = [h for p in with_lemmas(doc, (), forms=("as",)) if p.dep_ == "prep"
                   for h in ([p.head, p.head.head] if p.head.dep_ == "dobj" else [p.head])]
    candidates = {t.i: t for t in with_lemmas(doc, words["labelling_verbs"]) + heads_of_as}
    for token in (candidates[i] for i in sorted(candidates)):
        lemma = token.lemma_.lower()
        as_phrases = [p for h in [token, *children(token, "dobj")] for p in children(h, "prep") if p.lower_ == "as"]
        if token.pos_ != "VERB" or (lemma not in words["labelling_verbs"] and not as_phrases):
            continue
        # "Y was branded a disgrace by X": the one labelled is the passive's subject
        labelled = passive_agents(token) and children(token, "nsubjpass")
        # ("referred to Y as a liar": the one referred to)
        objects = labelled or children(token, "dobj") or (prep_objects(token, "to") if lemma in words["as_labelling_verbs"] else [])
        # "Y announced plans, in a move branded a 'humiliating retreat' by X": a participle with no
        # subject of its own labels the deed it is told of, whose maker is the subject of the clause
        # the deed hangs on (not the one the parser gives the participle)
        labellers = reduced_passive_agents(token)
        set_off, set_off_by = set_off_passive(token)
        if set_off:
            labellers, objects = set_off_by, set_off  # "Y, branded a liar by X, resigned"
        elif labellers:
            deeds = [d for d in [token.head, *prep_objects(token, "in")] if d.lemma_.lower() in words["deed_nouns"]]
            if not deeds:
                continue
            clause = verb_above(deeds[0].head)
            objects = agents(verb_above(token.head) if clause.i == token.i else clause)
        if not objects and len(children(token, "oprd")) > 1:
            objects = children(token, "oprd")[:1]  # "called Y a tyrant" parsed with Y as a second complement
        if lemma not in words["labelling_verbs"]:
            # "rejected Y's offer as a cynical ploy", "saw Y as a threat to peace": the label after "as"
            if any(c.lemma_.lower() in words["speech_verbs"] for p in as_phrases for c in children(p, "pcomp")):
                continue  # "quoted Y as saying that Z was a liar": Y's words, no label of Y
            subtree = [t for p in as_phrases for t in p.subtree]
            if any(t.lemma_.lower() in words["positive_evaluation"] for t in subtree):
                continue
            labels = [t for t in subtree if t.lemma_.lower() in words["negative_evaluation"]] + [
                t for t in subtree if t.lemma_.lower() in words["threat_nouns"] and prep_objects(t, "to")
            ]
            if objects and labels:
                yield from _facts(doc, token, _critics(doc, agents(token)), _targets(doc, objects), "criticized.labelling", 0.7)
            continue
        # the label is in what the verb says, not in a clause beside it ("called Y a man he could
        # trust, as the two swapped jokes", which the parser can read as "as" a phrase)
        aside = {t.i for c in token.children if c.dep_ == "advcl" or (c.dep_ == "prep" and doc[c.i - 1].text == ",")
                 for t in c.subtree}
        said = [t for t in token.subtree if t.i not in aside]
        # (the word as written too: the tagger can take "inexperienced" for a verb, "inexperience";
        # not a word before a name that only describes the one called: "call inexperienced prop Y
        # into his front row")
        describing = {t.i for t in said if t.dep_ == "amod" and (
            (t.head.pos_ == "PROPN" and t.head.i > t.i) or any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in t.head.children))}
        labels = [t for t in said if {t.lemma_.lower(), t.lower_} & negative and t.i not in describing] + [
            t for t in said if t.lemma_.lower() in words["threat_nouns"] and prep_objects(t, "to")
        ]  # "described Y as a threat to security"
        # "called Y a terrible president" (which the parser can read as an apposition with no
        # comma), "described Y as a poor leader"
        labels += [t for t in said if (t.dep_ in {"oprd", "pobj"} or (t.dep_ == "appos" and doc[t.left_edge.i - 1].text != ","))
                   and _bad_at_a_standing(t, words)]
        # "called him a 'lefty'": a name in scare quotes given to someone mocks them
        # (not a kind one, nor a title or a standing: "called him 'the boss'", "a 'giant' of the movement")
        labels += [t for t in children(token, "oprd") if t.i in doc._.quoted and t.pos_ in {"NOUN", "PROPN"}
                   and lemma in {"call", "dub", "brand", "label"} and not any(c.lower_ == "the" for c in t.lefts)
                   and not children(t, "prep")
                   and not any(w.lemma_.lower() in words["positive_evaluation"] for w in token.subtree)]
        if not objects:
            # "declared Y persona non grata", "considers Y a traitor": the parser can read a small
            # clause, Y its subject
            # (or the label itself, taken for a verb: "calling Y inexperienced")
            objects = [s for c in children(token, "ccomp") if c.tag_ == "VB" or c.pos_ in {"NOUN", "ADJ"} or c.lower_ in negative
                       for s in children(c, "nsubj")]
        if not objects:
            # "called Y's remarks 'hasty' and 'wrong'": the parser can take the object for the
            # label and the labels for its modifiers
            objects = [o for o in children(token, "oprd") if o.pos_ in {"NOUN", "PROPN"} and any(
                a.dep_ == "amod" and a.lemma_.lower() in words["negative_evaluation"] for a in o.children)]
            # or hang the object, or its owner, on the label: "called Y's tweets 'disrespectful'",
            # "called Tomas Berg incompetent" (the name a compound of the label taken for a noun)
            objects += [n for o in children(token, "oprd") if o.lemma_.lower() in words["negative_evaluation"]
                        for n in children(o, "npadvmod", "nsubj", "poss", "compound")
                        if n.pos_ == "PROPN" or (n.pos_ == "NOUN" and n.dep_ != "compound")]
        quoted = [o for o in objects if o.i in doc._.quoted]
        if quoted and lemma in words["labelling_verbs"]:
            # 'branded Y "two-bit Tories"': words in quotation marks after the one named are the
            # label, which the parser can take for a second object, or for the object with the
            # one named its modifier
            named = [o for o in objects if o.i not in doc._.quoted and o.i < min(q.i for q in quoted)] + [
                n for q in quoted for n in children(q, "nmod") if n.i not in doc._.quoted and n._.entity]
            objects = named or objects
        if token.dep_ == "relcl":
            # "Y, whom she called 'bombers'": the relative pronoun stands for the noun it hangs on
            objects = [token.head if o.tag_ in {"WP", "WDT"} else o for o in objects]
        if not objects:
            continue
        if not labels and (lemma not in words["unkind_labelling_verbs"] or any(
            t.lemma_.lower() in words["positive_evaluation"] for t in token.subtree
        )):
            continue  # "branded Y 'Comrade Tomas'" is no compliment; "labelled it 'a success'" is
        # "gave a speech calling Y 'terrorist'": the speech speaks for its giver
        critics = _critics(doc, labellers or agents(token)) or _critics(doc, _issuers(token))
        # (a deed labelled was done, whatever it undid: "scrapped the tax in a move branded ...")
        yield from _facts(doc, token, critics, _targets(doc, objects), "criticized.labelling", 0.75,
                          status=Status.OCCURRED if labellers else None)


@extractor("criticized.adjective")
def critical_stance(doc: Doc) -> Iterator[Fact]:
    """"X was critical of Y's decision", "X is furious with Y"."""
    words = lexicon("criticized")
    stances = words["critical_adjectives"]
    for token in with_lemmas(doc, stances, forms=stances):
        preps = stances.get(token.lemma_.lower()) or stances.get(token.lower_)
        participle = token.tag_ == "VBN" and any(c.dep_ == "nsubjpass" for c in token.children)
        negated = any(c.dep_ == "neg" for c in [*token.children, *token.head.children])
        adjectival = token.pos_ == "ADJ" or (token.tag_ == "VBN" and token.dep_ == "acomp")  # "was deeply disappointed by"
        if (not adjectival and not participle) or preps is None or negated:
            continue
        targets = _targets(doc, prep_objects(token, *preps))
        # "X is furious with Y"; "X said he was disappointed with Y" (tagged as a passive: its
        # subject holds the stance)
        if participle or children(token, "nsubj", "nsubjpass"):
            # "Y was disappointed by Z"; "said she was 'deeply disappointed' by Z": the adjective
            # heads its own clause
            critics = _critics(doc, children(token, "nsubj", "nsubjpass"))
        else:
            holder = token.head if token.dep_ in {"acomp", "attr"} else None
            critics = _critics(doc, agents(holder)) if holder is not None else []
            if token.dep_ in {"amod", "acl"} and token.i > token.head.i:
                # "X wrote columns critical of Y": the writer; "met groups critical of Y", "A, a
                # party critical of Y": those the adjective describes
                authored = words["authored_nouns"]
                works = token.head.dep_ == "dobj" and token.head.lemma_.lower() in authored
                critics = _critics(doc, agents(token.head.head)) if works else _critics(doc, [token.head])
        yield from _facts(doc, token, critics, targets, "criticized.adjective", 0.75)


@extractor("criticized.judged_statement")
def judged_statements(doc: Doc) -> Iterator[Fact]:
    """"X said he cancelled the trip after a 'nasty' comment by Y", "X said Y's absurd claims
    were ...": a speaker who calls someone's statement by an unkind word criticized its author."""
    words = lexicon("criticized")
    statements, unkind = set(words["statement_nouns"]), set(words["negative_evaluation"])
    for token in parsed_tokens(doc):
        if token.pos_ != "NOUN" or token.lemma_.lower() not in statements:
            continue
        if not any(a.lower_ in unkind or a.lemma_.lower() in unkind for a in children(token, "amod")):
            continue
        speech = next((a for a in token.ancestors if a.pos_ == "VERB" and a.lemma_.lower() in words["speech_verbs"]), None)
        if speech is None or not any(c.dep_ == "ccomp" and token in c.subtree for c in speech.children):
            continue  # the writer's own word, or the speech verb's object ("X denied the false claims")
        speakers = _critics(doc, agents(speech))
        authors = [t for t in _targets(doc, [token]) if t not in speakers]
        yield from _facts(doc, token, speakers, authors, "criticized.judged_statement", 0.6, status=status_of(speech))


@extractor("criticized.claim")
def claims(doc: Doc) -> Iterator[Fact]:
    """"Y's comments that the tariffs were insulting", "the claim by Y that Z lied": a statement
    whose that-clause judges someone badly is its author's criticism of them, made whatever is
    said of the statement ("rejected Y's claim that Z lied")."""
    statements = set(lexicon("criticized")["statement_nouns"])
    for token in parsed_tokens(doc):
        if token.pos_ != "NOUN" or token.lemma_.lower() not in statements:
            continue
        owner = possessor(token)
        # "Labour claims that ...": a party or a person named before the noun made them
        named = [c for c in children(token, "compound") if c._.entity and c._.entity_via == "name"]
        authors = _critics(doc, [owner] if owner is not None else named or prep_objects(token, "by"))
        # "X hit back at Y's claims (that) he had lied": a pronoun there is the one who answers them
        governor = token.head.head if token.dep_ == "pobj" else token.head
        answering = {r.key for r in _critics(doc, agents(governor))} if governor.pos_ == "VERB" else set()
        clauses = [c for c in children(token, "acl", "ccomp", "relcl")
                   if any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
                   or _content_without_that(c)] if authors else []
        for clause in clauses:
            if _judgement(clause, False):
                targets = [t for t in _targets(doc, children(clause, "nsubj", "nsubjpass"))
                           if t not in authors and (t.via != "pronoun" or t.key in answering)]
                yield from _facts(doc, clause, authors, targets, "criticized.claim", 0.6, status=Status.OCCURRED)


def _content_without_that(clause: Token) -> bool:
    """"Labour claims he had used Y as a shield": a clause with a subject of its own and no
    relative word tells what the noun says, though the parser may take it for a relative clause
    ("the claims he made" has its object gapped: whether it judges anyone is for the caller)."""
    if clause.pos_ != "VERB" or not children(clause, "nsubj", "nsubjpass"):
        return False
    relative = {"that", "which", "who", "whom", "whose", "where", "when", "what"}
    if any(c.lower_ in relative for c in clause.children if c.dep_ != "mark"):
        return False
    return clause.dep_ != "relcl" or bool(children(clause, "dobj", "ccomp", "xcomp", "attr", "acomp"))


@extractor("criticized.demand")
def demands(doc: Doc) -> Iterator[Fact]:
    """"X urged Y to apologise", "X called on Y to resign": demanding an apology or a
    resignation is criticism of the one asked."""
    words = lexicon("criticized")
    for token in parsed_tokens(doc):
        # "demanded that Y resign" can tag the bare verb a noun: a clause with a subject says it is one
        verbal = token.pos_ == "VERB" or (token.dep_ == "ccomp" and children(token, "nsubj"))
        # "urged Y to stop interfering", "told Y to shut up", "urged Y to abandon his "patronizing" attitude"
        # (a British "-eing" spelling is its stem and "ing": "whingeing", which the tagger lemmatizes "whingee")
        stopping = (token.lemma_.lower() in words["renouncing_verbs"] and (any(
            c.lemma_.lower() in words["negative_actions"] or c.lower_.removesuffix("eing") + "e" in words["negative_actions"]
            for c in children(token, "xcomp", "dobj", "ccomp")
        ) or any(
            a.dep_ in {"amod", "conj"} and (a.lower_ in words["negative_evaluation"] or a.lemma_.lower() in words["negative_evaluation"])
            for o in children(token, "dobj") for a in o.subtree
        ))) or is_phrasal(token, words["rude_phrasal"])
        if token.pos_ == "NOUN" and token.lemma_.lower() in words["demanded_nouns"]:
            yield from _demanded_noun(doc, token)  # "demanded Y's resignation", "an apology from Y"
            continue
        # "called for Y to be prosecuted"
        punished = token.lemma_.lower() in words["punitive_verbs"] and children(token, "nsubjpass")
        if not verbal or (
            token.lemma_.lower() not in words["demand_verbs"] and not _is_preaching(token) and not stopping and not punished
        ):
            continue
        if any(c.dep_ == "aux" and c.lower_ in {"would", "will", "'ll", "shall"} for c in token.children):
            continue  # "told Y he would stand down": a promise reported, not a demand
        if token.lemma_.lower() in _STEPPING_VERBS and not any(
                c.lower_ in {"down", "aside"} for c in children(token, "prt", "advmod", "prep")):
            continue  # "urged Y to step down" (not "to step up efforts", "to stand for election")
        asker = token.head
        # "urged Y to resign"; "I want him to apologise" (only for a demand: "want Y to win" is none)
        asking = _asking_verbs() | (frozenset(words["wanting_verbs"]) if token.lemma_.lower() in words["demand_verbs"] else frozenset())
        if token.dep_ not in {"xcomp", "ccomp", "advcl"} or asker.lemma_.lower() not in asking:
            continue
        # "urged Y to resign", "called on Y to quit"; "called for Y to resign", "demanded that Y quit"
        asked = children(asker, "dobj") + prep_objects(asker, "on", "for") + children(token, "nsubj")
        if punished:
            asked = children(token, "nsubjpass")
        critics = _critics(doc, agents(asker))
        if not punished and children(asker, "nsubjpass"):
            # "Y was urged to step down by X" (the parser can hang "by X" on the infinitive)
            asked = children(asker, "nsubjpass")
            critics = _critics(doc, prep_objects(asker, "by") + prep_objects(token, "by"))
        yield from _facts(doc, token, critics, _targets(doc, asked), "criticized.demand", 0.7, status=status_of(asker))


# demanded departures, demands only with "down" or "aside"
_STEPPING_VERBS = frozenset({"step", "stand"})


@cache
def _asking_verbs() -> frozenset[str]:
    """The verbs that ask something of someone ("urge", "call", "ask"), read once."""
    words = lexicon("criticized")
    return frozenset(words["urging_verbs"] + words["asking_verbs"])


def _demanded_noun(doc: Doc, noun: Token) -> Iterator[Fact]:
    """"X demanded Y's resignation", "X called for Y's resignation", "X demanded an apology from Y"."""
    words = lexicon("criticized")
    asker = noun.head
    if noun.dep_ == "pobj" and asker.lower_ == "for":
        asker = asker.head  # "called for Y's resignation"
    elif noun.dep_ != "dobj":
        return
    if asker.pos_ != "VERB" or asker.lemma_.lower() not in _asking_verbs():
        return
    owner = possessor(noun)
    asked = [owner] if owner is not None else prep_objects(noun, "from") + prep_objects(asker, "from")
    yield from _facts(doc, noun, _critics(doc, agents(asker)), _targets(doc, asked), "criticized.demand", 0.7,
                      status=status_of(asker))


@extractor("criticized.received")
def received_criticism(doc: Doc) -> Iterator[Fact]:
    """"Y came under fire from X", "Y faced criticism from X", "Y's plan drew condemnation from X";
    and "X expressed anger at Y", "X voiced outrage over Y's remarks"."""
    words = lexicon("criticized")
    received_words = frozenset(words["received_nouns"]) | frozenset(words["rebuke_nouns"])
    for token in parsed_tokens(doc):
        lemma = token.lemma_.lower()
        if token.pos_ != "NOUN":
            continue
        if token.lower_ in words["rebuke_nouns"] and token.dep_ == "dobj" and token.head.lemma_.lower() in _GIVING_VERBS:
            # "X gave Y a dressing-down", "delivered a rebuke to Y": the giver rebukes
            giving = token.head
            yield from _facts(doc, token, _critics(doc, agents(giving)),
                              _targets(doc, children(giving, "dative") + prep_objects(giving, "to")), "criticized.received", 0.75)
            continue
        # "expressed condemnation at Y's remarks": criticism voiced by the subject, not received
        expressed = token.dep_ == "dobj" and token.head.lemma_.lower() in words["expressing_verbs"]
        if (lemma in received_words or token.lower_ in received_words) and not expressed:
            anchor = token
            if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.pos_ == "NOUN":
                anchor = token.head.head  # "faced a barrage of criticism"
            verb = anchor.head.head if anchor.dep_ == "pobj" else anchor.head  # "came under fire"
            critics = next((found for t in (token, anchor, verb) if (found := _critics(doc, _from_whom(t)))), [])
            # "sparking Chinese complaints", "drew EU criticism": a country or a body that qualifies
            # the noun the verb takes (not "met amid Vatican criticism": no one met it)
            if not critics and (anchor.dep_ == "dobj" or (anchor.dep_ == "pobj" and anchor.head.lower_ in {"with", "under"})):
                critics = _modifier_countries(doc, token, by_name=True) + [
                    Ref(c._.entity, "role") for c in children(token, "compound")
                    if c._.entity and entity_type(doc, Ref(c._.entity, "role")) is EntityType.ORGANIZATION]
            if anchor.dep_ == "pobj" and anchor.head.lower_ in {"to", "at"} and _answers(anchor.head.head, words):
                # "X responded to criticism from Y", "a response to criticism by Y", "hit back at
                # criticism from Y": who answers it was its target
                critics = critics or _critics(doc, prep_objects(token, "by"))
                yield from _facts(doc, token, critics, _targets(doc, _answering(anchor.head.head)), "criticized.received", 0.7)
                continue
            if not critics and verb.pos_ == "VERB":
                # "Y came under fire as X claimed that ...": who said it
                critics = _critics(doc, [s for c in children(verb, "advcl") if c.lemma_.lower() in words["speech_verbs"]
                                         and any(m.lower_ in {"as", "after", "when"} for m in children(c, "mark"))
                                         for s in agents(c)])
            if critics and anchor.dep_ == "pobj" and anchor.head.lower_ in {"after", "following"} and verb.pos_ == "VERB" \
                    and verb.dep_ in {"ROOT", "conj"} and _from_whom(token):
                # "cancelled the concert after criticism from Y": what was done for it was criticised
                # (a main clause's act: the parser can hang the phrase on a clause inside another)
                yield from _facts(doc, token, critics, _targets(doc, clause_subjects(verb)), "criticized.received", 0.7)
                continue
            # ("had a scorching from MPs", "got an earful from Y": a rebuke is had or got, where fire is not)
            had = lemma in words["rebuke_nouns"] and verb.lemma_.lower() in {"have", "get", "take"}
            # ("is under fire from X", "remains under fire": one is there whatever the verb)
            under = anchor.dep_ == "pobj" and anchor.head.lower_ == "under"
            if not critics or verb.pos_ not in {"VERB", "AUX"} or (verb.lemma_.lower() not in words["receiving_verbs"] and not had and not under):
                continue
            # "Y paid homage to the shrine, drawing criticism from X": the participle's subject is the clause's
            # ("Y's outburst earned him a rebuke from X": the one it was earned for)
            targets = _targets(doc, children(verb, "dative") or children(verb, "nsubj", "nsubjpass") or clause_subjects(verb))
            yield from _facts(doc, token, critics, targets, "criticized.received", 0.75)
        elif lemma in words["anger_nouns"] + words["objection_nouns"] + words["nouns"] and expressed:
            # the parser can hang the phrase on the verb ("voiced frustration with Y"), or on a noun
            # joined to the first ("expressed condemnation and astonishment at Y's remarks"); an
            # objection is "to" what it opposes ("voiced opposition to Y's plan"), not to whom it is told
            objects = [o for n in (token, *token.conjuncts) for o in prep_objects(n, "at", "over", "with", "about")] \
                + prep_objects(token.head, "at", "over", "with", "about")
            objects += prep_objects(token, "to") if lemma in words["objection_nouns"] else []
            if lemma in words["anger_nouns"] and lemma not in words["worry_nouns"]:
                # "expressed anger that Y had been posting updates": whoever the clause says did it
                objects += [s for c in children(token, "acl", "ccomp") if c.pos_ in {"VERB", "AUX"}
                            for s in children(c, "nsubj", "agent")]
            if any(o.lemma_.lower() in words["welfare_nouns"] for o in objects):
                continue  # "concern about Y's health" fears for Y
            if lemma not in words["worry_nouns"]:
                objects += _subjects_of_fact(objects)  # (a worry "at the fact that Y fell ill" is for Y)
            targets = _targets(doc, objects)
            yield from _facts(doc, token, _critics(doc, agents(token.head)), targets, "criticized.received", 0.7)
        elif lemma in words["anger_nouns"] and lemma not in words["worry_nouns"] and (owner := possessor(token)) is not None:
            # "X has been outspoken about his displeasure with Y's refusal", "X's anger at Y"
            objects = prep_objects(token, "at", "over", "with", "about")
            if any(o.lemma_.lower() in words["welfare_nouns"] for o in objects):
                continue
            yield from _facts(doc, token, _critics(doc, [owner]), _targets(doc, objects), "criticized.received", 0.65)


# verbs one gives a rebuke with: "gave Y a dressing-down", "delivered a rebuke to Y"
_GIVING_VERBS = frozenset({"give", "deliver", "hand", "administer"})


def _subjects_of_fact(objects: list[Token]) -> list[Token]:
    """"annoyance at the fact that Y cancelled our meeting": who the clause after "the fact" says did it."""
    return [s for o in objects if o.lemma_.lower() == "fact" for c in children(o, "acl", "ccomp", "relcl")
            for s in children(c, "nsubj")]


def _answers(word: Token, words: dict) -> bool:
    """"responded", "a response", "hit back": a word that answers what comes after "to" or "at"."""
    lemma = word.lemma_.lower()
    return lemma in words["reacting_verbs"] or lemma in words["reaction_nouns"] or (
        lemma == "hit" and any(c.lower_ == "back" for c in word.children if c.dep_ in {"prt", "advmod"})
    )


def _answering(word: Token) -> list[Token]:
    """Who answers with a word of answering: its owner ("X's response"), else the nearest clause
    above it with a named subject ("a comment he said was a response": he)."""
    for step, token in enumerate([word, *word.ancestors]):
        if step > 4:
            break
        if token.pos_ == "NOUN" and (owner := possessor(token)) is not None:
            return [owner]
        if token.pos_ in {"VERB", "AUX"} and refs(subjects := clause_subjects(token)):
            return subjects
        # "a comment he said was a response": the author the relative clause names
        authors = [s for n in children(token, "nsubj") for c in children(n, "relcl") for s in children(c, "nsubj")]
        if token.pos_ in {"VERB", "AUX"} and refs(authors):
            return authors
    return []


def _from_whom(token: Token) -> list[Token]:
    """"criticism from X", "criticism from both sides, including from X": whom it came from."""
    return prep_objects(token, "from") + [
        o for p in children(token, "prep") if p.lower_ == "including" for o in prep_objects(p, "from")
    ]


@extractor("criticized.quoted")
def quoted_criticism(doc: Doc) -> Iterator[Fact]:
    """A quotation that judges a named party, attributed to a speaker in a neighbouring sentence:
    “Y lied to us. This is a disgrace,” X said. The speaker criticized Y."""
    words = lexicon("criticized")
    if not doc._.quoted:
        return
    sentences = list(doc.sents)
    wordlike = ~doc.to_array([IS_PUNCT, IS_SPACE]).reshape(len(doc), 2).any(axis=1)
    inside = np.zeros(len(doc), dtype=bool)
    inside[sorted(doc._.quoted)] = True
    quotation = []  # whether each sentence is one of quotation
    for sent in sentences:
        content = wordlike[sent.start : sent.end]
        total = int(content.sum())
        quotation.append(bool(total) and int((content & inside[sent.start : sent.end]).sum()) >= 0.8 * total)
    for index, sent in enumerate(sentences):
        if not quotation[index]:
            continue  # not a sentence of quotation; reported speech in it is read by criticized.reported
        speakers = _quote_speakers(doc, sentences, index, words["speech_verbs"])
        if not speakers and (opening := _quotation_opened_by_colon(sentences, quotation, index)) is not None:
            # 'X said:' and a quotation of several paragraphs: all of it is X's
            speakers = _quote_speakers(doc, sentences, opening, words["speech_verbs"])
        if not speakers:
            continue
        for clause in sent:
            if clause.pos_ not in {"VERB", "AUX"} or _judgement(clause, False) is None:
                continue
            subjects = children(clause, "nsubj", "nsubjpass")
            if _is_extraposed(clause, subjects):
                subjects = _extraposed_subjects(clause)  # "It is unbelievable that Y would sit this out"
            subjects += _faulted_by(clause)
            targets = [
                t for t in _targets(doc, subjects) if (t.via != "pronoun" or _named_before(t, clause)) and t not in speakers
            ]
            # the judgement was made, whatever its clause denies ("It is not acceptable that Y ...")
            # or foretells ("the Tories will con enough people")
            yield from _facts(doc, clause, speakers, targets, "criticized.quoted", 0.6, status=Status.OCCURRED)
        # 'X said. "We saw it in the hateful speech given by Y."': conduct the quotation names with a
        # judging adjective is its owner's fault, as in reported speech
        for owner in _conduct_judged(list(sent)):
            yield from _facts(doc, owner, speakers, _judged_owner(doc, owner, speakers), "criticized.quoted", 0.55,
                              status=Status.OCCURRED)


def _quotation_opened_by_colon(sentences: list, quotation: list[bool], index: int) -> int | None:
    """The first sentence of the run of quoted sentences ``index`` is in, when a sentence ending
    in a colon ("X said:") comes right before that run; at most six sentences back."""
    first = index
    while first > 0 and index - first < 6 and quotation[first - 1]:
        first -= 1
    if first < index and first > 0 and sentences[first - 1].text.rstrip().endswith(":"):
        return first
    return None


def _quote_speakers(doc: Doc, sentences: list, index: int, speech_verbs: list[str]) -> list[Ref]:
    """Who a quoted sentence is attributed to: the named subject of a speech verb outside the
    quotation, in this sentence or in the next two ("..., X said.") or the one before ("X said:")."""
    if index > 0 and sentences[index - 1].text.rstrip().endswith(":"):
        offsets: tuple[int, ...] = (0, -1)  # 'X said: "..."' names its speaker before the quotation
    else:
        offsets = (0, 1, 2, -1)
    for offset in offsets:
        position = index + offset
        if not 0 <= position < len(sentences):
            continue
        for token in sentences[position]:
            if token.lemma_.lower() in speech_verbs and token.pos_ == "VERB" and token.i not in doc._.quoted:
                speaking = said_by(token)
                critics = _critics(doc, speaking, in_quotation=False)
                speakers = [r for r in critics if r.via != "pronoun"]
                if speakers:
                    return speakers
                if offset == 0 and any(t.pos_ == "NOUN" and _is_indefinite(t) for t in speaking):
                    # '"...," said a communique issued at the summit': someone new and unnamed said it
                    # (but "the lawsuit said" can be the one someone named before filed)
                    return []
                if offset == 0 and any(t.pos_ == "PRON" for t in speaking):
                    # 'He said: "..."': the quotation's own speaker, whom "he" names, not one named
                    # in a sentence after it
                    return critics
    return []


@extractor("criticized.idiom")
def idioms(doc: Doc) -> Iterator[Fact]:
    """"X had harsh words for Y", "X took exception to Y's remarks", "X questioned Y's commitment to
    peace", "X, a fierce critic of Y", "Y critic X": criticism said through a noun phrase or a
    doubt cast on a virtue."""
    words = lexicon("criticized")
    for token in parsed_tokens(doc):
        lemma = token.lemma_.lower()
        if token.pos_ == "NOUN" and lemma in words["remark_nouns"] and token.dep_ == "dobj":
            if any(a.lemma_.lower() in words["harsh_adjectives"] for a in children(token, "amod")):
                targets = _targets(doc, prep_objects(token, "for") + prep_objects(token.head, "for"))
                yield from _facts(doc, token, _critics(doc, agents(token.head)), targets, "criticized.idiom", 0.7)
        elif token.pos_ == "NOUN" and lemma in words["offence_nouns"] and token.dep_ == "dobj" and token.head.lemma_.lower() == "take" \
                and not children(token, "det"):
            # "X took exception (umbrage, offence) to Y's remarks" (the idiom takes no article)
            targets = _targets(doc, prep_objects(token, "to", "at") + prep_objects(token.head, "to", "at"))
            yield from _facts(doc, token, _critics(doc, agents(token.head)), targets, "criticized.idiom", 0.7)
        elif token.pos_ == "VERB" and lemma in words["doubt_verbs"]:
            # the form too: the lemmatizer makes "motives" a "motif"
            qualities = [o for o in children(token, "dobj")
                         if o.lemma_.lower() in words["doubted_qualities"] or o.lower_ in words["doubted_qualities"]]
            owners = [o for q in qualities for o in ([possessor(q)] if possessor(q) is not None else prep_objects(q, "of"))]
            yield from _facts(doc, token, _critics(doc, agents(token)), _targets(doc, owners), "criticized.idiom", 0.7)
        elif token.pos_ == "VERB" and lemma in words["reacting_verbs"] and any(
            a.lower_ in words["angry_adverbs"] for a in children(token, "advmod")
        ):
            # "reacted angrily to Y's remarks", "responded furiously to Y"
            yield from _facts(doc, token, _critics(doc, agents(token)), _targets(doc, prep_objects(token, "to")), "criticized.idiom", 0.7)
        elif token.pos_ == "VERB" and lemma in words["critical_speech"] and any(
            a.lower_ in words["critical_speech"][lemma] for a in children(token, "advmod")
        ):
            # "has written critically of his native country", "spoke critically about Y"
            yield from _facts(doc, token, _critics(doc, agents(token)), _targets(doc, prep_objects(token, "of", "about")), "criticized.idiom", 0.7)
        elif token.pos_ == "NOUN" and lemma == "blame" and token.dep_ == "dobj" and token.head.lemma_.lower() in words["blame_placing_verbs"]:
            # "put the blame on Y", "laid the blame at Y's door"
            places = prep_objects(token.head, "on", "at", "with") + prep_objects(token, "on", "at", "with")  # "put the blame with Y"
            # "put the blame for the crisis with Y": the parser can hang "with Y" on what is blamed
            places += [p for f in prep_objects(token.head, "for") + prep_objects(token, "for") for p in prep_objects(f, "with")]
            targets = _targets(doc, places)
            yield from _facts(doc, token, _critics(doc, agents(token.head)), targets, "criticized.idiom", 0.7)
        elif token.pos_ == "ADJ" and lemma in words["accountable_adjectives"]:
            # "X held Y responsible for the attack" (the adjective can hang on Y)
            if token.head.lemma_.lower() == "hold":
                # the parser may read "hold Y responsible" as a small clause, Y the adjective's subject
                verb, held = token.head, children(token.head, "dobj") or children(token, "nsubj")
            elif token.dep_ == "amod" and token.head.dep_ == "dobj" and token.head.head.lemma_.lower() == "hold":
                verb, held = token.head.head, [token.head]
            else:
                continue
            yield from _facts(doc, token, _critics(doc, agents(verb)), _targets(doc, held), "criticized.idiom", 0.7)
        elif token.pos_ == "NOUN" and lemma in words["traded_nouns"] and token.dep_ == "dobj" and token.head.lemma_.lower() in words["trading_verbs"]:
            # "X and Y traded accusations", "X traded barbs with Y": each criticized the other
            verb = token.head
            sides = _critics(doc, agents(verb)) + _critics(doc, prep_objects(verb, "with") + prep_objects(token, "with"))
            for side in sides:
                yield from _facts(doc, token, [side], [s for s in sides if s != side], "criticized.idiom", 0.7)
        elif token.pos_ == "NOUN" and lemma in {"protest", "complaint"} and token.dep_ == "dobj" and token.head.lemma_.lower() in words["protest_verbs"]:
            # "X lodged a protest with Y", "made a formal protest to Y over ..."; a complaint is
            # against someone, or lodged with a government ("with Germany"), not with a court or
            # a regulator that is to hear it
            against = prep_objects(token.head, "against") + prep_objects(token, "against")
            addressed = prep_objects(token.head, "with", "to") + prep_objects(token, "with", "to")
            if lemma == "protest":
                targets = _targets(doc, against + addressed)
                if not targets:
                    # "China lodged a protest after Y told a committee that ...": what was protested is what Y did
                    done = [c for c in children(token.head, "advcl") if any(m.lower_ in {"after", "following"} for m in children(c, "mark"))]
                    targets = [t for t in _targets(doc, [s for c in done for s in children(c, "nsubj")]) if t.via == "name"]
            else:
                governments = [t for t in _targets(doc, addressed) if entity_type(doc, t) in {EntityType.COUNTRY, EntityType.PERSON}]
                targets = _targets(doc, against) or governments
            yield from _facts(doc, token, _critics(doc, agents(token.head)), targets, "criticized.idiom", 0.7)
        elif token.pos_ in {"NOUN", "PROPN"} and (lemma in words["critic_nouns"] or (lemma in words["opponent_nouns"] and any(
                a.lower_ in words["outspoken_adjectives"] for a in children(token, "amod")))):
            # (an opponent only when outspoken: "a vocal opponent of Y", not "his opponent in the race")
            # "a critic of Y", "of Y's policies" (not "of US interventionism": a policy named by a country)
            objects = prep_objects(token, "of")
            # (an owner through what names it: "the Kelby administration's conduct" is Kelby's)
            owners = [o for o in map(possessor, objects) if o is not None]
            targets = [_government(doc, r) for r in refs(objects)] + _targets(doc, owners)
            if (owner := possessor(token)) is not None:
                targets += _targets(doc, [owner])  # "Y's fiercest critics"
            # "X has become one of Y's fiercest critics"
            one_of = token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lower_ == "one"
            phrase = token.head.head if one_of else token
            if phrase.dep_ == "attr" and phrase.head.lemma_ in {"be", "become", "remain"}:
                critics = agents(phrase.head)  # "X has long been a critic of Y", "X, who had become a critic of Y"
            elif token.dep_ == "pobj" and token.head.lower_ == "among" and token.head.head.lemma_ == "be":
                critics = children(token.head.head, "nsubj")  # "X is among the critics of Y"
            elif token.dep_ == "pobj" and token.head.lower_ == "as" and token.head.head.lemma_ in {"serve", "emerge", "act"}:
                critics = agents(token.head.head)  # "X has served as an outspoken critic of Y"
            elif phrase.dep_ == "appos":
                critics = [phrase.head]  # "X, a fierce critic of Y,", "X, one of Y's fiercest critics,"
            elif owner is not None and token.dep_ == "nsubj" and prep_objects(token, "including"):
                critics = prep_objects(token, "including")  # "Y's critics, including X, say ..."
            elif token.dep_ == "compound" and token.head._.entity:
                critics = [token.head]  # "Kremlin critic X"
                targets = targets or [r for r in refs(children(token, "compound")) if r not in refs([token.head])]
            else:
                continue
            yield from _facts(doc, token, _critics(doc, critics), targets, "criticized.idiom", 0.7,
                              status=Status.OCCURRED)
