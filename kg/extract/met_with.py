"""met-with: "X met (with) Y", "X and Y met", "X held talks with Y", "X's meeting with Y",
"a meeting between X and Y", "X is headed to Moscow for a meeting with Y"."""
from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Token

from kg.extract.base import (
    Ref,
    agents,
    children,
    clause_subjects,
    entity_type,
    extractor,
    facts_between,
    lexicon,
    location_of,
    parsed_tokens,
    possessor,
    prep_objects,
    refs,
)
from kg.records import EntityType, Fact, Relation

_PARTIES = {EntityType.PERSON, EntityType.ORGANIZATION}


def _parties(doc: Doc, found: list[Ref]) -> list[Ref]:
    return [r for r in found if entity_type(doc, r) in _PARTIES]


def _is_remote(trigger: Token) -> bool:
    """Phone calls, letters and video links are not meetings."""
    cues = set(lexicon("met_with")["remote_cues"])
    return any(t.lemma_.lower() in cues for t in trigger.subtree if t.i != trigger.i) or any(
        t.lemma_.lower() in cues for t in trigger.head.children
    )


def _pairs(doc: Doc, trigger: Token, subjects: list[Ref], objects: list[Ref], name: str, confidence: float) -> Iterator[Fact]:
    if _is_remote(trigger):
        return
    yield from facts_between(
        doc, Relation.MET_WITH, subjects, objects, trigger, name, confidence, location=location_of(doc, trigger)
    )


def talks_partners(verb: Token) -> list[Token]:
    """Who a verb of talks is with: "discussed it with Y", also when the parser hangs "with Y"
    on the object ("discussed the dispute with Y")."""
    found = prep_objects(verb, "with")
    if not found and verb.lemma_.lower() != "meet":
        found = [o for d in children(verb, "dobj") for o in prep_objects(d, "with")]
    return found


@extractor("met_with.verb")
def verb_meetings(doc: Doc) -> Iterator[Fact]:
    words = lexicon("met_with")
    for token in parsed_tokens(doc):
        if token.pos_ not in {"VERB", "AUX"}:
            continue
        lemma = token.lemma_.lower()
        objects: list[Token] = []
        if lemma in words["verbs"]:
            objects += children(token, "dobj")
        if lemma in words["verbs_with_with"]:
            objects += talks_partners(token)
        if lemma in words["verbs_person_object"] or lemma in words["verbs"]:
            # "Y was received by X", "Y was met by X"
            objects += children(token, "nsubjpass") if any(c.dep_ == "agent" for c in token.children) else []
        if lemma in words["verbs_person_object"]:
            objects += [o for o in children(token, "dobj")]
        if objects and not refs(objects):
            # "met her Swedish counterpart Tomas Berg": the name parsed as a modifier of the verb
            objects += [c for c in token.children if c.dep_ in {"npadvmod", "appos"} and c._.entity]
        if lemma in words["posture_verbs"]:
            # "sitting across from X", "sat down with X"
            preps = words["posture_verbs"][lemma]
            objects += prep_objects(token, *preps)
            for prep in children(token, "prep", "advmod", "prt"):
                if prep.lower_ in preps:
                    # "across from X": "from" hangs on "across", or beside it when "across" is a particle
                    objects += prep_objects(prep, "from", "to") + (prep_objects(token, "from", "to") if prep.dep_ == "prt" else [])
        # "held talks", "had lunch", "shook hands": a verb that makes a meeting with its object
        holds = lemma in words["support_verbs"] and any(
            n.lemma_.lower() in words["nouns"] or n.lower_ in words["nouns"] for n in children(token, "dobj")
        )
        holds = holds or words["gesture_verbs"].get(lemma) in {n.lemma_.lower() for n in children(token, "dobj")}
        if holds:
            objects += [o for n in children(token, "dobj") for o in prep_objects(n, "with")] + prep_objects(token, "with")
        if not objects and not holds and lemma not in words["verbs"] and lemma not in words["verbs_with_with"]:
            continue
        subject_tokens = agents(token)
        subjects = _parties(doc, refs(subject_tokens))
        object_refs = _parties(doc, refs(objects))
        at_meeting = any(o.lemma_.lower() in words["nouns"] for o in prep_objects(token, "at", "during", "in"))
        reciprocal = lemma in words["verbs"] or holds or (lemma in words["verbs_with_with"] and at_meeting)
        if reciprocal and not object_refs and len(subjects) >= 2:
            # "X and Y met", "X and Y would discuss it at a meeting": every pair of the subjects
            for i, first in enumerate(subjects):
                yield from _pairs(doc, token, [first], subjects[i + 1 :], "met_with.verb.reciprocal", 0.85)
            continue
        via_person_object = lemma in words["verbs_person_object"]
        if via_person_object:
            object_refs = [r for r in object_refs if entity_type(doc, r) is EntityType.PERSON]
        yield from _pairs(doc, token, subjects, object_refs, "met_with.verb", 0.8 if via_person_object else 0.9)


@extractor("met_with.noun")
def noun_meetings(doc: Doc) -> Iterator[Fact]:
    words = lexicon("met_with")
    for token in parsed_tokens(doc):
        joint = token.lemma_.lower() in words["joint_nouns"]  # "a joint news conference with Y"
        if token.pos_ != "NOUN" or (token.lemma_.lower() not in words["nouns"] and token.lower_ not in words["nouns"] and not joint):
            continue
        if token.dep_ == "dobj" and token.head.lemma_.lower() in words["support_verbs"]:
            continue  # "held talks with": the verb extractor reads it
        between = prep_objects(token, "between")
        # "the meeting of X and Y": two or more parties after "of" met each other
        together = _parties(doc, refs(prep_objects(token, "of"))) if not joint else []
        if between or len(together) >= 2:
            parties = _parties(doc, refs(between)) if between else together
            for i, first in enumerate(parties):
                yield from _pairs(doc, token, [first], parties[i + 1 :], "met_with.noun.between", 0.8)
            continue
        others = _parties(doc, refs(prep_objects(token, "with")))
        if joint:
            others = [r for r in others if entity_type(doc, r) is EntityType.PERSON]
        if not others:
            continue
        owner = possessor(token)
        if owner is not None:
            subjects = refs([owner])
        elif token.dep_ in {"nsubj", "nsubjpass"} or token.dep_ == "ROOT":
            subjects = refs(c for c in token.children if c.dep_ in {"compound", "nmod"})
        else:
            # "X is headed to Moscow for a meeting with Y": the clause's agent
            # "X is headed to Moscow for a meeting with Y", "X is to take part in talks with Y"
            head = token.head
            for _ in range(4):
                if head.pos_ in {"VERB", "AUX"} or head.head is head:
                    break
                head = head.head
            if head.dep_ == "prep":
                head = head.head  # "Following talks with Y, X said": a participle used as a preposition
            subjects = refs(clause_subjects(head)) if head.pos_ in {"VERB", "AUX"} else []
        yield from _pairs(doc, token, _parties(doc, subjects), others, "met_with.noun", 0.8)
