"""met-with: "X met (with) Y", "X and Y met", "X held talks with Y", "X's meeting with Y",
"a meeting between X and Y", "X is headed to Moscow for a meeting with Y"."""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from kg.extract.base import (
    COUNTING_NOUNS,
    INCLUDING_VERBS,
    Ref,
    agents,
    bodies_of_members,
    body_of_members,
    calls_off,
    children,
    clause_subjects,
    entity_type,
    event_predicate,
    extractor,
    facts_between,
    gapped_objects,
    is_infinitive,
    is_place,
    lexicon,
    location_of,
    object_taken_for_subject,
    parsed_tokens,
    partners_before_along,
    passive_agents,
    passive_subjects,
    played_host_to,
    possessor,
    prep_objects,
    ref_of,
    refs,
    role_qualifiers,
    sentences_back,
    status_of,
    visitors_received,
    welcome_sides,
    welcoming_verbs,
    with_conjuncts,
    with_lemmas,
)
from kg.annotate import trip_nouns
from kg.records import EntityType, Fact, Relation, Status
from kg.roles import is_title_word, role_headed_by

_PARTIES = {EntityType.PERSON, EntityType.ORGANIZATION}
_COUNTERPART_NOUNS = frozenset({"counterpart", "counterparts"})
_TAKING_PART = frozenset({"participate", "attend", "join"})
_HOSTING_VERBS = frozenset({"host", "give", "throw"})
# verbs of running or attending a meeting: "X chaired a meeting attended by Y", "X attended talks chaired by Y"
_PRESIDING_VERBS = frozenset({"chair", "attend", "host", "convene", "hold", "lead"})
# verbs whose subject sits with the parties to talks it holds for them ("hosted talks between A and B")
_CONVENING_VERBS = frozenset({"host", "mediate", "chair", "broker", "convene"})
# how a meeting went: "one-on-one", "face to face", "privately"
_MANNER_DEPS = frozenset({"npadvmod", "advmod", "advcl"})


# where one sees someone without meeting them ("will see Y on television")
_SCREENS = frozenset({"television", "tv", "screen", "video", "film", "footage", "stage", "broadcast", "stream"})


def _parties(doc: Doc, found: list[Ref]) -> list[Ref]:
    return [r for r in found if entity_type(doc, r) in _PARTIES]


def _persons(doc: Doc, found: list[Ref]) -> list[Ref]:
    return [r for r in found if entity_type(doc, r) is EntityType.PERSON]


def is_meeting_noun(token: Token, words: dict) -> bool:
    """"meeting", "talks" (the lemma of "talks" can be "talk")."""
    return token.lemma_.lower() in words["nouns"] or token.lower_ in words["nouns"]


def _opening_meeting_noun(token: Token, words: dict) -> bool:
    """"Talks between X and Y in Cairo have ended": capitalized at the start of a sentence, a
    meeting noun can be tagged a proper noun; one no entity claims is still the noun."""
    return token.pos_ == "PROPN" and token.i == token.sent.start and not token.ent_type_ and not token._.entity \
        and token.lower_ in words["nouns"]


def _named_after_title(tokens: list[Token]) -> list[Token]:
    """The persons named as the object of "for" or "of" on an untagged title in apposition to one
    of ``tokens`` ("A, Minister for Trade B": B), where a list of titled names was misparsed."""
    named = [
        o for token in tokens for title in children(token, "appos") if not title._.entity and role_headed_by(title) is not None
        for o in prep_objects(title, "for", "of") if (o._.entity or "").startswith("person:")
    ]
    return named + [c for o in named for c in o.conjuncts if (c._.entity or "").startswith("person:")]


def _listed_after_titles(tokens: list[Token]) -> list[Token]:
    """"talks with A, Minister of Trade, and B, Director of the Institute, C, Chairman of the
    League, ...": a list of persons each with a title set off after the name, which the parser
    can break up, hanging the later names as conjuncts of words inside the titles before them;
    the persons so hung inside the list's first member (not one a title's "of" names)."""
    found: list[Token] = []
    for token in tokens:
        if not (token._.entity or "").startswith("person:") or not any(a.dep_ == "appos" for a in token.children):
            continue
        for word in token.subtree:
            if word.dep_ == "conj" and word.pos_ == "PROPN" and (word._.entity or "").startswith("person:") \
                    and word._.entity != token._.entity and not (word.head._.entity or "").startswith("person:") \
                    and word.head.pos_ in {"NOUN", "PROPN"} and word not in found:
                found.append(word)
    return found


def _other_persons_in_apposition(tokens: list[Token]) -> list[Token]:
    """"met A, the Forum's secretary-general B": a person the parser hangs in apposition to
    another person is a second one met, when the article knows them as two."""
    return [a for token in tokens if (token._.entity or "").startswith("person:") for a in children(token, "appos")
            if (a._.entity or "").startswith("person:") and a._.entity != token._.entity and a._.entity_via == "name"]


def _named_after_portfolio(tokens: list[Token]) -> list[Token]:
    """"talks with Tanaiste and Minister for Foreign Affairs B": the person named right after the
    portfolio's words of an untagged title that ends ``tokens`` (or their conjuncts), where the
    parser hung the title's "for" or "of", and B with it, on the verb or the meeting noun."""
    named: list[Token] = []
    for token in tokens:
        title = max((token, *token.conjuncts), key=lambda t: t.i)
        doc, after = title.doc, title.right_edge.i + 1
        if title._.entity or not is_title_word(title.text) or after >= len(doc) or doc[after].lower_ not in {"for", "of"} \
                or doc[after].head.i == title.i:
            continue
        # (the portfolio's words can be lower case: "assistant secretary of state for European and
        # Eurasian affairs B")
        name = after + 1
        while name < min(len(doc), after + 9) and not doc[name]._.entity and (
                doc[name].is_title or doc[name].pos_ in {"ADJ", "NOUN", "CCONJ"} or doc[name].lower_ in {"of", "for", "and", "the"}):
            name += 1
        if name < len(doc) and (doc[name]._.entity or "").startswith("person:"):
            named.append(doc[name])
    return named


def holds_meeting(verb: Token, words: dict) -> bool:
    """"held talks", "had lunch", "shook hands": a verb that makes a meeting with its object; "had
    a conversation" too, when said to be face to face or somewhere ("on the sidelines of the
    summit", "in Oslo"), as a phone call is not."""
    objects = _counted_objects(verb)  # "held several rounds of talks"
    lemma = verb.lemma_.lower()
    if lemma in words["support_verbs"] and any(n.lemma_.lower() in words["conversation_nouns"] for n in objects) \
            and _said_face_to_face(verb, words):
        return True
    return (lemma in words["support_verbs"] and any(is_meeting_noun(n, words) for n in objects)) or (
        words["gesture_verbs"].get(lemma) in {n.lemma_.lower() for n in objects}
    )


def _face_to_face(word: Token) -> bool:
    """Whether ``word`` is the first "face" of "face to face"."""
    doc = word.doc
    return word.lower_ == "face" and word.i + 2 < len(doc) and doc[word.i + 1].lower_ == "to" and doc[word.i + 2].lower_ == "face"


def _is_contest(trigger: Token) -> bool:
    """"Y will meet Z in Saturday's match", "Y's Boxing Day meeting with Z and their fixture against
    W", "will meet Z in the first round": to meet, or a meeting, in a sentence that names a sporting
    contest is to play one another ("the final" is a contest, "a final meeting" is not; nor "a
    second round of talks")."""
    words = lexicon("met_with")
    if trigger.lemma_.lower() not in words["contest_meeting_words"]:
        return False
    # (a contest that only dates the meeting is none: "met Y before the match to discuss a transfer")
    played = [t for t in trigger.sent if not (t.dep_ == "pobj" and t.head.lower_ in {"before", "after", "during"})]
    return any(t.pos_ == "NOUN" and t.lemma_.lower() in words["contest_nouns"] for t in played) or any(
        t.lower_ == "round" and any(o.ent_type_ == "ORDINAL" for o in t.children)
        and not any(o.lower_ in words["mutual_nouns"] for o in prep_objects(t, "of")) for t in played)


def _is_remote(trigger: Token) -> bool:
    """Phone calls, letters and video links are not meetings (a verb such as "to call off
    protests" is no phone call; a letter of credence is handed over in person)."""
    words = lexicon("met_with")
    if _presents_credentials(trigger, words):
        return False
    cues = set(words["remote_cues"])
    # not in a clause of its own coordinated after it: "X met Y, and it is understood X handed over a letter"
    own_clauses = {t.i for c in trigger.children if c.dep_ in {"conj", "parataxis"} and c.pos_ in {"VERB", "AUX"}
                   and children(c, "nsubj", "nsubjpass") for t in c.subtree}
    # (a courtesy call is paid in person: "paid a courtesy call on Y and held talks with Z")
    def remote(t: Token) -> bool:
        return t.lemma_.lower() in cues and t.pos_ != "VERB" and not any(c.lower_ == "courtesy" for c in t.children)
    return any(remote(t) for t in trigger.subtree if t.i != trigger.i and t.i not in own_clauses) or any(
        remote(t) for t in trigger.head.children if t.i != trigger.i
    )


def _pairs(doc: Doc, trigger: Token, subjects: list[Ref], objects: list[Ref], name: str, confidence: float,
           status: Status | None = None) -> Iterator[Fact]:
    if _is_remote(trigger) or _is_contest(trigger):
        return
    location = location_of(doc, trigger)
    for subject in subjects:
        # "The Secretary-General meets with U.N. officials": one's own body's people are no other party
        others = [o for o in objects if not _holds_office_in(doc, subject, o) and not _holds_office_in(doc, o, subject)]
        yield from facts_between(doc, Relation.MET_WITH, [subject], others, trigger, name, confidence, status=status,
                                 location=location)


# verbs of being at a meeting: "X did not attend the talks between A and B" says X was not there
_ATTENDING_VERBS = frozenset({"attend", "be", "join", "participate", "miss"})


def _status_between(noun: Token, sides: list[Ref]) -> Status:
    """The status of a meeting between parties the noun names: its clause's, except where the
    clause denies only that someone else was there ("X was never at meetings between A and B", "X
    did not attend the talks between A and B"): then it took place, or is to take place."""
    status = status_of(noun)
    verb = _governing_verb(noun)
    if status is not Status.NEGATED or verb is None or verb.lemma_.lower() not in _ATTENDING_VERBS:
        return status
    absent = refs(children(verb, "nsubj"))
    if not absent or any(r in sides for r in absent):
        return status
    to_come = any(c.dep_ == "aux" and c.lower_ in {"will", "would", "shall"} for c in verb.children)
    return Status.PLANNED if to_come else Status.OCCURRED


def _holds_office_in(doc: Doc, person: Ref, body: Ref) -> bool:
    """Whether the article gives the person an office of the body ("UN Secretary-General X")."""
    return doc._.entities[body.key].label in role_qualifiers(doc, person)


def _discussed_meeting(noun: Token, words: dict) -> bool:
    """Whether a meeting noun is the topic a verb of discussing takes ("discussed contract talks
    with the union": others' talks), not a meeting of the verb's subject."""
    return noun.dep_ == "dobj" and noun.head.lemma_.lower() in words["conferring_verbs"] and is_meeting_noun(noun, words)


def talks_partners(verb: Token) -> list[Token]:
    """Who a verb of talks is with: "discussed it with Y", also when the parser hangs "with Y"
    on the object ("discussed the dispute with Y") or on the place ("meet in Sochi with Y")."""
    found = prep_objects(verb, "with")
    if not found and verb.lemma_.lower() != "meet":
        # (not talks of others a verb of discussing takes as its topic; but "held talks with Y")
        words = lexicon("met_with")
        found = [o for d in children(verb, "dobj") if not _discussed_meeting(d, words) for o in prep_objects(d, "with")]
        if not found and verb.lemma_.lower() in words["conferring_verbs"]:
            # "discussed speeding up the reforms with Y": on the object of the gerund discussed
            found = [o for g in children(verb, "xcomp") if g.tag_ == "VBG" for d in children(g, "dobj") for o in prep_objects(d, "with")]
    if not found:
        # "to meet Tuesday in Sochi with Y": the parser can hang "with" on the place
        found = [o for p in prep_objects(verb, "in", "at") if (place := ref_of(p)) is not None and is_place(verb.doc, place)
                 for o in prep_objects(p, "with")]
    if not found:
        # "meet one-on-one with Y", "talked face to face with Y", "spoke in person with Y": or on
        # how they met
        manners = [m for m in verb.children if m.dep_ in _MANNER_DEPS and m.pos_ in {"NUM", "NOUN", "ADV"}
                   or m.dep_ == "dobj" and m.pos_ == "NUM"]  # "one-on-one" can be parsed as the object
        manners += [m for m in prep_objects(verb, "in") if not m._.entity]
        # "huddled for 30 minutes with Y": or on how long they met
        manners += [d for d in prep_objects(verb, "for") if d.ent_type_ in {"TIME", "DATE"}]
        found = [o for m in manners for o in prep_objects(m, "with")]
    if found:
        # "met with Y in addition to Z": Z was met too
        found += [o for p in prep_objects(verb, "in") if p.lower_ == "addition" for o in prep_objects(p, "to")]
        # "met with A for 35 minutes and B for another 45": the parser makes B a conjunct of the verb
        found += [c for c in gapped_objects(verb) if (c._.entity or "").startswith("person:")]
    return found


def _counted_objects(verb: Token) -> list[Token]:
    """A verb's objects, and what an object that only counts them counts ("signed a series of
    17 agreements": agreements)."""
    objects = children(verb, "dobj")
    return objects + [o for n in objects if n.lemma_.lower() in COUNTING_NOUNS for o in prep_objects(n, "of")]


def _in_person(verb: Token, words: dict) -> bool:
    """Whether a verb says its talk was face to face: "talked in person", "spoke face to face
    with Y" (said in its own clause, not in a clause under it)."""
    cues = [" ".join(cue.replace("-", " ").split()) for cue in words["in_person_cues"]]
    clauses = [c for c in verb.children if c.pos_ in {"VERB", "AUX"}]
    inner = {t.i for c in clauses for t in c.subtree}
    said = " ".join(t.lower_ for t in verb.subtree if t.i not in inner and not t.is_punct)
    return any(f" {cue} " in f" {said} " for cue in cues)


def _gets_together(verb: Token, words: dict) -> bool:
    """Whether a verb is one of meeting with its particle ("get together")."""
    return words["meeting_phrasal"].get(verb.lemma_.lower()) in {c.lower_ for c in children(verb, "prt", "advmod")}


def got_together(doc: Doc, verb: Token, words: dict) -> bool:
    """"X and Y got together in Oslo", "will get together with Y": persons met (firms "getting
    together" join forces)."""
    return _gets_together(verb, words) and all(entity_type(doc, r) is EntityType.PERSON for r in refs(agents(verb) + talks_partners(verb)))


def _during_a_trip(verb: Token) -> bool:
    """Whether a verb is said to be done during a trip ("During his visit, X spoke to Y"), which
    puts its talk face to face (unless a phone or a letter carried it)."""
    return any(o.lemma_.lower() in trip_nouns() for o in prep_objects(verb, "during")) and not _is_remote(verb)


def _said_face_to_face(token: Token, words: dict) -> bool:
    """Whether a talk is said to be face to face (:func:`_in_person`) or to be somewhere ("had a
    conversation with Y in Oslo"), as a phone call is not."""
    return _in_person(token, words) or location_of(token.doc, token) is not None


def _talked_to(doc: Doc, verb: Token) -> list[Token]:
    """Whom a verb of talking is with: "talked with Y", or a person "talked to" ("spoke to Y";
    not "spoke to the BBC")."""
    return talks_partners(verb) or [
        o for o in prep_objects(verb, "to") if any(entity_type(doc, r) is EntityType.PERSON for r in refs([o]))
    ]


def _talked_where(doc: Doc, verb: Token) -> Ref | None:
    """Where a talk was: its own place, or where its talker was ("was in Milan talking to Y")."""
    where = location_of(doc, verb)
    if where is None and verb.dep_ in {"advcl", "xcomp"} and verb.head.lemma_ == "be":
        where = location_of(doc, verb.head)
    return where


def _also_present(verb: Token) -> list[Token]:
    """"X and Y met, with Z also participating": who an absolute clause of taking part after the
    verb says took part too, its subject or the object of the "with" right before it."""
    found = []
    for clause in verb.subtree:
        if clause.i < verb.i or clause.tag_ != "VBG" or clause.lemma_.lower() not in _TAKING_PART:
            continue
        if not ((clause.dep_ == "advcl" and clause.head.i == verb.i) or (clause.dep_ == "pcomp" and clause.head.lower_ == "with")):
            continue
        found += children(clause, "nsubj") or [
            t for t in verb.subtree if t.dep_ == "pobj" and t.head.lower_ == "with" and t.right_edge.i + 1 == clause.left_edge.i
        ]
    return found


def _joined_by(verb: Token, joining_verbs: list[str]) -> list[Token]:
    """Who joins the subject of a passive at an occasion ("At the launch, X was joined by Y"),
    not when Y joins in an act ("was joined by Y in condemning it")."""
    if verb.lemma_.lower() not in joining_verbs or not children(verb, "nsubjpass"):
        return []
    preps = children(verb, "prep")
    if any(c.tag_ == "VBG" for prep in preps if prep.lower_ == "in" for c in prep.children):
        return []
    joiners = [o for agent in children(verb, "agent") for o in children(agent, "pobj")]
    preps += [p for joiner in joiners for p in children(joiner, "prep")]  # "joined by Y at the school"
    if not any(prep.lower_ in {"at", "during"} for prep in preps) and not _where_at_occasion(verb):
        # an occasion is said ("joined at the launch by Y", "joined by Y during a picket", "at the
        # launch on Tuesday, where X was joined by Y"), not a team sheet ("will be joined by Y",
        # "moves to centre, where he will be joined by Y")
        return []
    return joiners


def _joined_somewhere(verb: Token) -> bool:
    """Whether "join" says where it happened with a place named after "in" or "at" ("joined Y in
    Kelby"), and no act joined in ("joined Y in calling for a ceasefire")."""
    # (the parser can hang the place on the one joined: "joined President Y in Kelby")
    preps = [p for p in children(verb, "prep") + [q for o in children(verb, "dobj") for q in children(o, "prep")] if p.lower_ in {"in", "at"}]
    if any(c.tag_ == "VBG" for p in preps for c in p.children):
        return False
    return any(is_place(verb.doc, r) for p in preps for o in children(p, "pobj") if (r := ref_of(o)) is not None)


def _hyphened_pair(noun: Token) -> list[Token]:
    """The two names joined by a hyphen right before a noun ("the Kovacs-Berg meeting"), or none."""
    i = noun.i
    doc = noun.doc
    if i < 3 or doc[i - 2].text not in {"-", "–"} or doc[i - 3].whitespace_ or doc[i - 2].whitespace_:
        return []
    pair = [doc[i - 3], doc[i - 1]]
    return pair if all(t._.entity and t.head.i in {i, i - 1, i - 3} for t in pair) else []


def called_on(verb: Token, words: dict) -> list[Token]:
    """Whom "called on" visits ("called on Y at the palace"), not whom it urges ("called on Y to
    resign", "called on Y for restraint", "called on Y, urging him to quit")."""
    preps = words["calling_on_verbs"].get(verb.lemma_.lower())
    if not preps or children(verb, "xcomp", "ccomp") or prep_objects(verb, "for"):
        return []
    if any(children(clause, "xcomp", "ccomp") for clause in children(verb, "advcl")):
        return []
    found = prep_objects(verb, *preps)
    if not found:
        # "called on Foreign Minister Y and reiterated ...": the parser can leave "on" bare and
        # make Y the verb's object
        bare = [p for p in children(verb, "prep") if p.lower_ in preps and not list(p.children)]
        found = [o for o in children(verb, "dobj") for p in bare if o.left_edge.i == p.i + 1]
    if found and all(not o._.entity and is_title_word(o.text) for o in found):
        # "will call on President Y and Mr Z": the parser can take the title for the object of
        # "on" and the name after it for the verb's
        found = [o for o in children(verb, "dobj") if o._.entity and o.left_edge.i == found[-1].i + 1] or found
    if any(is_infinitive(t) for o in found for t in o.subtree):
        return []  # "called on Y, who has the votes, to resign": the parser hangs the wish on Y
    if found and any(is_infinitive(c) and c.left_edge.i == found[-1].right_edge.i + 1 for c in children(verb, "advcl")):
        return []  # "called on Y to denounce ...", parsed as a clause of purpose of the verb
    return found


def _presents_credentials(verb: Token, words: dict) -> bool:
    """"The ambassador presented his credentials (letter of credence) to Y": in person, by custom."""
    if verb.lemma_.lower() not in words["credential_verbs"]:
        return False
    nouns = set(words["credential_nouns"])
    return any(o.lemma_.lower() in nouns or any(x.lemma_.lower() in nouns for x in prep_objects(o, "of"))
               for o in children(verb, "dobj"))


def _where_at_occasion(verb: Token) -> bool:
    """Whether a clause is a "where" clause about a phrase under "at", or beside one in the clause
    above: "at the launch on Tuesday, where ..."."""
    if verb.dep_ != "relcl" or not any(c.lower_ == "where" for c in verb.children):
        return False
    node = verb.head
    for _ in range(5):
        if node.dep_ == "prep" and node.lower_ == "at":
            return True
        if node.pos_ in {"VERB", "AUX"}:
            return any(p.lower_ == "at" for p in children(node, "prep"))
        if node.head.i == node.i:
            return False
        node = node.head
    return False


@extractor("met_with.verb")
def verb_meetings(doc: Doc) -> Iterator[Fact]:
    words = lexicon("met_with")
    for token in parsed_tokens(doc):
        if token.pos_ not in {"VERB", "AUX"}:
            continue
        lemma = token.lemma_.lower()
        if got_together(doc, token, words):
            lemma = "meet"
        elif _gets_together(token, words):
            continue  # firms "getting together" join forces
        objects: list[Token] = []
        if lemma in words["verbs"]:
            objects += children(token, "dobj") + object_taken_for_subject(token)
            if objects:
                objects += [c for c in gapped_objects(token) if (c._.entity or "").startswith("person:")]
                # "to meet the head of the bloc, Nigerian President Y.": the parser can hang the
                # name set off after the object on the verb, or on the verb whose purpose the
                # meeting is ("flew to Abuja to meet the head of the bloc, Y, to discuss ...")
                hosts = [token, token.head] if token.dep_ in {"advcl", "xcomp"} else [token]
                objects += [c for h in hosts for c in children(h, "npadvmod") if c.i > token.i and c.pos_ == "PROPN"
                            and (c._.entity or "").startswith("person:")
                            and "," in (token.doc[c.left_edge.i - 1].text, c.left_edge.text)]
            if not objects:
                # "also met Y Thursday": the parser can make the name a modifier of the day
                objects += [c for day in children(token, "npadvmod") if day.ent_type_ in {"DATE", "TIME"}
                            for c in children(day, "compound") if c._.entity]
                # "The 64-year-old met Prime Minister Y": or the name right after the verb an adverbial
                objects += [c for c in children(token, "npadvmod") if c.left_edge.i == token.i + 1
                            and (c._.entity or "").startswith("person:")]
        if lemma in words["planned_seeing_verbs"] and not children(token, "ccomp", "xcomp", "acomp", "oprd", "prt") \
                and not any(t.lemma_.lower() in _SCREENS for t in token.subtree):
            # "On Friday he will see President Y", "he was to see Y": one to be seen in person (not
            # "will see Y win", "saw Y on television": only a plan, of a person by name or title)
            seen = [o for o in children(token, "dobj") if not children(o, "acl", "relcl") and (r := ref_of(o)) is not None
                    and entity_type(doc, r) is EntityType.PERSON]
            objects += seen if seen and status_of(token) is Status.PLANNED else []
        if lemma in words["verbs_with_with"]:
            objects += talks_partners(token)
            # "will meet with A and B, along with the leaders of Congress, C and D"
            objects += [o for p in children(token, "prep") if p.lower_ == "along" and partners_before_along(p)
                        for w in prep_objects(p, "with") + children(p, "pobj") for o in (w, *children(w, "appos"), *w.conjuncts)]
        talked_in_person = lemma in words["talking_verbs"] and (_in_person(token, words) or _during_a_trip(token))
        if lemma in words["talking_verbs"] and (partners := _talked_to(doc, token)) and (
                talked_in_person or _talked_where(doc, token) is not None):
            objects += partners  # "spoke with Y in Oslo", "talked with Y in person", "during his visit spoke to Y": face to face
        if lemma in words["verbs_person_object"] or lemma in words["verbs"]:
            # "Y was received by X", "Y was met by X", "Y flew to Z and was hosted by X"
            objects += passive_subjects(token) if passive_agents(token) else []
        # "X played host to Y": a person received as a guest
        objects += [g for g in played_host_to(token) or [] if (g._.entity or "").startswith("person:")]
        if lemma in words["verbs_person_object"]:
            # "received Y", "received the president", "visited his counterpart Y", "hosted top regulator Y"
            # (a person named right after the noun); not "received an invitation from Y, the king"
            # (and "received a delegation led by Y": its leader)
            objects += [o for o in children(token, "dobj") if o._.entity or o.pos_ != "NOUN" or role_headed_by(o) is not None
                        or o.lemma_.lower() in lexicon("visited")["delegation_nouns"]
                        or any((a._.entity or "").startswith("person:") and a.left_edge.i == o.i + 1 for a in children(o, "appos"))]
        if objects and not refs(objects):
            # "met her Swedish counterpart Tomas Berg": the name parsed as a modifier of the verb;
            # "met with a group of allies on Wednesday, including A, B and C": the list hung on the verb
            objects += [c for c in token.children if c.dep_ in {"npadvmod", "appos"} and c._.entity]
            objects += [o for p in children(token, "prep") if p.lower_ == "including" for o in children(p, "pobj")]
            # "met with U.S. assistant secretary of state for European affairs B": the portfolio hung on the verb
            objects += _named_after_portfolio(objects)
        # "met President A, Minister for Trade B and Foreign Minister C": the parser can hang B on
        # the title in apposition to A, as the object of its "for"
        objects += _named_after_title(objects)
        objects += [p for p in _listed_after_titles(objects) if p not in objects]
        objects += [p for p in _other_persons_in_apposition(objects) if p not in objects]
        if lemma in words["giving_verbs"]:
            # "gave a full intelligence briefing to Y": briefing Y, as "briefed Y" (to Y on the
            # noun or on the verb)
            briefings = [o for o in children(token, "dobj") if o.lemma_.lower() in words["briefing_nouns"]]
            objects += [o for b in briefings for o in prep_objects(b, "to")] + (prep_objects(token, "to") if briefings else [])
        if lemma in words["guiding_verbs"]:
            # "X gave Y a tour of the factory", "Y was given a tour by X", "X showed Y around",
            # "Y was shown around by X": one shown round a place by another is with them there
            toured = any(o.lemma_.lower() in words["tour_nouns"] for o in children(token, "dobj"))
            around = lemma == "show" and any(c.lower_ in {"around", "round"} for c in children(token, "prt", "advmod", "prep"))
            if toured or around:
                objects += children(token, "dative") + (children(token, "dobj") if around else [])
                objects += passive_subjects(token) if children(token, "agent") else []
        spent = [o for o in children(token, "dobj") if o.lemma_.lower() in words["time_spending"].get(lemma, ())]
        if spent:
            # "spent the day with Y" ("with Y" on the verb or on the time), not "spent money with Y"
            objects += prep_objects(token, "with") + [w for o in spent for w in prep_objects(o, "with")]
        if lemma in words["posture_verbs"]:
            # "sitting across from X", "sat down with X"; "standing alongside X" at their appearance
            preps = words["posture_verbs"][lemma]
            beside = prep_objects(token, *preps)
            for prep in children(token, "prep", "advmod", "prt"):
                if prep.lower_ in preps:
                    # "across from X": "from" hangs on "across", or beside it when "across" is a particle
                    beside += prep_objects(prep, "from", "to") + (prep_objects(token, "from", "to") if prep.dep_ == "prt" else [])
            if lemma != "sit":
                # one stands beside a person at an appearance (a building "stands beside the Opera
                # House"), and only once it is done ("would always stand beside X" is support)
                beside = [o for o in beside if (r := ref_of(o)) is not None and entity_type(doc, r) is EntityType.PERSON]
                beside = beside if beside and status_of(token) is Status.OCCURRED else []
            objects += beside
        holds = holds_meeting(token, words)
        # "X signed a pact with Y", "X and Y signed the accord (the deal)": signing together is
        # meeting; one signing a deal with another is a contract
        signed = {n.lemma_.lower() for n in _counted_objects(token)} if lemma in words["signing_verbs"] else set()
        signs = bool(signed & set(words["signed_nouns"]))
        # "X and Y witnessed the signing of 22 pacts": together at the ceremony
        witnessed = lemma in words["witnessing_verbs"] and any(o.lower_ == "signing" for o in children(token, "dobj"))
        co_signs = signs or witnessed or bool(signed & set(words["co_signed_nouns"]))
        # "held talks (on trade) with Y", "signed a pact with Y": with whom
        partners_told = [o for n in _counted_objects(token) for o in _with_partners(n)] + prep_objects(token, "with") if holds or signs else []
        if signs and not partners_told:
            # "as he signed trade agreements worth £1.4bn with Y": the parser can make the sum the verb's complement
            partners_told = [o for w in children(token, "acomp") if w.lower_ == "worth" for o in prep_objects(w, "with")]
        partners_told += _named_after_portfolio(partners_told)
        partners_told += [p for p in _listed_after_titles(partners_told) if p not in partners_told]
        if holds:
            # "X and his wife held a banquet for their visitors (for Y)": hosts together, with guests
            partners_told += [o for n in _counted_objects(token) if is_meeting_noun(n, words) for o in prep_objects(n, "for")
                              if (o._.entity and o._.entity.startswith("person:")) or o.lemma_.lower() in lexicon("visited")["visitor_nouns"]]
        objects += partners_told
        if lemma in _PRESIDING_VERBS:
            # "X chaired a meeting attended by Y", "X attended talks chaired by Y": both were at it
            # (not a summit: many attend one, and hosting it meets none of them in particular)
            objects += [o for n in _counted_objects(token) if is_meeting_noun(n, words) and n.lemma_.lower() != "summit"
                        for clause in children(n, "acl")
                        if clause.tag_ == "VBN" and clause.lemma_.lower() in _PRESIDING_VERBS
                        for agent in children(clause, "agent") for o in children(agent, "pobj")]
        # "met with Y for brief talks that also included Z", "held talks that included Z": Z was at them
        objects += [o for n in children(token, "dobj") + prep_objects(token, "for") if is_meeting_noun(n, words)
                    for c in children(n, "relcl") if c.lemma_.lower() in INCLUDING_VERBS and (objects or holds)
                    for o in children(c, "dobj")]
        joined = _joined_by(token, words["joined_by_verbs"])
        objects += joined
        if lemma in words["joined_by_verbs"] and any(is_meeting_noun(o, words) for o in prep_objects(token, "at", "for")):
            objects += children(token, "dobj")  # "X and Y join Z at their summit": all three meet
        elif lemma in words["joined_by_verbs"] and _joined_somewhere(token):
            # "X joined President Y in Kelby": with Y there (not "joined Y in calling for ...", nor
            # "joined the government")
            objects += [o for o in children(token, "dobj") if (r := ref_of(o)) is not None and entity_type(doc, r) is EntityType.PERSON]
        credentials = _presents_credentials(token, words)
        objects += prep_objects(token, "to") if credentials else []
        visited_persons = called_on(token, words)
        if lemma in words["aside_verbs"] and any(c.lower_ == "aside" for c in token.children):
            visited_persons += children(token, "dobj")  # "pulled Y aside", "took Y aside": a word in private
        objects += visited_persons
        if not (objects or holds or co_signs or talked_in_person) and lemma not in words["verbs"] and lemma not in words["verbs_with_with"]:
            continue
        # "X met with Y - along with A and B": after a person met, those along with them are met
        # too (not with X: "X attended the summit along with A" goes with the subject)
        met_persons = [o for o in objects if o._.entity and o._.entity.startswith("person:")]
        alongside = [a for p in children(token, "prep") if p.lower_ == "along" and met_persons and p.i > max(o.i for o in met_persons)
                     for a in prep_objects(p, "with")]
        objects += alongside
        subjects = _parties(doc, refs(children(token, "nsubjpass") if joined else agents(token)))
        subjects = [r for r in subjects if r not in refs(alongside)]
        if len(subjects) == 1 and len(children(token, "nsubj")) > 1:
            subjects = _parties(doc, refs(children(token, "nsubj")))  # "A and B shook hands", B misparsed as a second subject
        if len(subjects) < 2:
            # "Bosses of Harbourline and Kelby Bank are to meet": the bodies their people meet for
            subjects += [r for s in agents(token) for r in _parties(doc, bodies_of_members(s)) if r not in subjects]
        if not subjects:
            # "Leaders of the banks, including A and B, will meet Y": those named among them
            # ("including" can hang on the noun of "of": "leaders of the banks, including A")
            listed = [o for s in agents(token) if s.pos_ == "NOUN" for p in s.subtree if p.lower_ == "including" and p.dep_ == "prep"
                      for pobj in children(p, "pobj") for o in with_conjuncts(pobj)]
            subjects = _parties(doc, refs(listed))
        if lemma in words["verbs"] or holds:
            subjects += [r for r in _parties(doc, refs(_also_present(token))) if r not in subjects]
        object_refs = _parties(doc, refs(objects))
        # "met Harbour Party leaders": met the party through its people
        bodies = [body_of_members(m) for o in objects for m in with_conjuncts(o)]
        object_refs += [r for r in _parties(doc, [b for b in bodies if b is not None]) if r not in object_refs]
        at_meeting = any(is_meeting_noun(o, words) for o in prep_objects(token, "at", "during", "in"))
        # "X and Y would discuss it at a meeting"; two persons who discussed something together
        # conferred ("X and the minister discussed the efforts"; not in a purpose of their own: "X
        # and Y met supporters to discuss it")
        conferred = lemma in words["conferring_verbs"] and len(_persons(doc, subjects)) == len(subjects) \
            and not (token.dep_ == "advcl" and is_infinitive(token))
        reciprocal = lemma in words["verbs"] or holds or co_signs or (lemma in words["verbs_with_with"] and at_meeting) \
            or talked_in_person or conferred
        # "X and Y met a delegation", "held talks with union leaders": they met someone unnamed, not each other
        # ("X and Y met with survivors": with others, not each other)
        # (nor "face" of "met face to face", which the parser can read as the object)
        met_someone = (lemma in words["verbs"] and any(o.lower_ not in {"other", "another"} and not _face_to_face(o)
                                                       for o in children(token, "dobj") + prep_objects(token, "with"))) or (
            holds and any(w.lower_ not in {"other", "another"} for w in partners_told))
        if reciprocal and not object_refs and token.dep_ == "xcomp" and token.head.lemma_.lower() == "invite":
            # "X invited Y and Z to meet": they are asked to meet the one inviting, not each other
            object_refs = [r for r in _parties(doc, refs(agents(token.head))) if r not in subjects]
        if reciprocal and not object_refs and not met_someone and len(subjects) >= 2:
            # "X and Y met": every pair of the subjects
            if co_signs:
                subjects = _persons(doc, subjects)
            for i, first in enumerate(subjects):
                yield from _pairs(doc, token, [first], subjects[i + 1 :], "met_with.verb.reciprocal", 0.7 if co_signs else 0.85)
            continue
        via_person_object = lemma in words["verbs_person_object"] or signs or bool(joined) or credentials or bool(visited_persons)
        if signs or joined:
            subjects = _persons(doc, subjects)
        if via_person_object:
            object_refs = _persons(doc, object_refs)
        yield from _pairs(doc, token, subjects, object_refs, "met_with.verb", 0.8 if via_person_object else 0.9)


def _governing_verb(noun: Token) -> Token | None:
    """The verb whose clause a noun phrase is part of, at most four steps up ("is headed to Moscow
    for a meeting"); None when there is none."""
    head = noun.head
    for _ in range(4):
        if (head.pos_ in {"VERB", "AUX"} and not _is_preposition_participle(head)) or head.head.i == head.i:
            break
        head = head.head
    if head.dep_ == "prep":
        head = head.head  # "Following talks with Y, X said": a participle used as a preposition
    return head if head.pos_ in {"VERB", "AUX"} else None


def _is_preposition_participle(verb: Token) -> bool:
    """"at a news conference following talks with Y", "a series of engagements, including
    meetings with Y": "following" or "including" parsed as a verb of its own, with no subject, is
    a preposition; the clause is the one above it."""
    return verb.lower_ in {"following", "including"} and verb.dep_ in {"acl", "advcl", "prep"} and not clause_subjects(verb)


def _acting(doc: Doc, noun: Token) -> list[Ref]:
    """The parties of the clause a noun phrase is part of (:func:`_governing_verb`)."""
    verb = _governing_verb(noun)
    if verb is None:
        return []
    # "his trip will include a courtesy call on Y", "X's agenda includes talks with Y": whose the
    # trip or the agenda is
    trips = [*lexicon("visited")["nouns"], *lexicon("modality")["agenda_nouns"]]
    subjects = [possessor(s) or s if s.lemma_.lower() in trips else s for s in clause_subjects(verb)]
    return _parties(doc, refs(subjects))


# verbs of speaking to someone, who hears it where it is said
_ADDRESSING_VERBS = frozenset({"ask", "tell", "urge", "assure", "inform", "brief", "thank", "press", "warn", "question", "reassure"})


def _addressed_at(doc: Doc, noun: Token) -> list[Ref]:
    """The persons a clause speaks to at the meeting ``noun`` names ("X asked Y during a meeting",
    "X told Y at the talks"): present at it."""
    verb = _governing_verb(noun)
    if verb is None or verb.lemma_.lower() not in _ADDRESSING_VERBS:
        return []
    return _persons(doc, refs(children(verb, "dobj", "dative")))


@dataclass(frozen=True)
class NounMeeting:
    """The sides of a meeting named by a noun: ``holders`` held it with ``partners``, or, when
    ``partners`` is empty, with one another ("the meeting between X and Y")."""

    holders: list[Ref]
    partners: list[Ref]
    extractor: str
    confidence: float


def _with_partners(noun: Token) -> list[Token]:
    """"talks with Y", and "talks on trade (and aid) with Y", where the parser hangs "with" on the
    topic (or on the last of the topics) or on a participle after the noun."""
    return prep_objects(noun, "with") or [
        w for topic in prep_objects(noun, "on", "about", "over", "regarding") for t in with_conjuncts(topic)
        for w in prep_objects(t, "with")
    ] or [  # "has a meeting scheduled with Y": or on the participle that sets the meeting
        w for p in children(noun, "acl") if p.tag_ == "VBN" and p.lemma_.lower() in lexicon("modality")["planning_verbs"]
        for w in prep_objects(p, "with")
    ] or [  # "signed agreements worth £1.4bn with Y": or on the sum the noun is worth
        w for worth in children(noun, "amod") if worth.lower_ == "worth" for t in worth.subtree for w in prep_objects(t, "with")
    ]


def _with_after_time(noun: Token) -> list[Token]:
    """"his summit this week with Y", "at talks on November 27 in Kelby with Y": a time (or a
    place) between a meeting noun and "with" makes the parser hang "with" on the verb; the
    partners are the noun's all the same."""
    doc, after = noun.doc, noun.right_edge.i + 1
    while after < len(doc) and doc[after].ent_type_ in {"DATE", "TIME"}:
        after += 1
    if after + 1 < len(doc) and doc[after].lower_ in {"in", "at"} and doc[after + 1].ent_type_ in {"GPE", "LOC", "FAC"}:
        # ("a planned meeting next week in Washington with Y": and a place)
        after += 1
        while after < len(doc) and doc[after].ent_type_ in {"GPE", "LOC", "FAC"}:
            after += 1
    if after == noun.i + 1 or after >= len(doc) or doc[after].lower_ != "with" or doc[after].dep_ != "prep":
        return []
    return children(doc[after], "pobj")


def noun_meeting(doc: Doc, token: Token, words: dict) -> NounMeeting | None:
    """Who met at a meeting noun ("X's meeting with Y", "a meeting between X and Y", "talks with
    her counterpart"); None when the token names no meeting, or one that a support verb's
    clause tells ("held talks with Y")."""
    joint = token.lemma_.lower() in words["joint_nouns"]  # "a joint news conference with Y"
    if token.pos_ == "NOUN" and token.lemma_.lower() in words["between_nouns"]:
        # "a brief exchange between X and Y": persons face to face (not "an exchange of fire")
        persons = _persons(doc, refs(prep_objects(token, "between")))
        return NounMeeting(persons, [], "met_with.noun.between", 0.7) if len(persons) >= 2 else None
    courtesy_call = token.lemma_.lower() == "call" and any(c.lower_ == "courtesy" for c in token.children)
    if token.pos_ == "NOUN" and (courtesy_call or token.lemma_.lower() in words["visit_nouns"]):
        # "X paid a courtesy call on (to) Y": a visit in person; "paid a courtesy visit to
        # President Y", "X's visit to Y": a visit to a person (not to a place) is a meeting
        called_on = refs(prep_objects(token, "on", "upon", "to"))
        partners = _parties(doc, called_on) if courtesy_call else _persons(doc, called_on)
        if partners:
            owner = possessor(token)
            holders = _parties(doc, refs([owner])) if owner is not None else _parties(doc, _acting(doc, token))
            return NounMeeting(holders, partners, "met_with.noun", 0.8)
        if courtesy_call:
            return None
        visitors = _persons(doc, refs(visitors_received(token)))
        if visitors:
            # "X received a visit from Y": the host met the visitor
            return NounMeeting(_persons(doc, refs(clause_subjects(token.head))), visitors, "met_with.noun", 0.75)
    # "arrived for a working visit with Y": a visit one comes for with a person is a meeting with
    # them (not "a visit with his wife", nor "while on a visit with Y": they come along)
    visit_with = token.lemma_.lower() in words["visit_nouns"] and token.head.lower_ == "for" and any(
        not any(c.dep_ == "poss" for c in w.children) for w in prep_objects(token, "with")
    )
    # "during a chat with Y on the sidelines of the summit": a conversation said to be face to face
    # or somewhere (not one by phone)
    talk_in_person = token.lemma_.lower() in words["conversation_nouns"] and token.dep_ != "dobj" and (
        _said_face_to_face(token, words) or (token.dep_ == "pobj" and _in_person(token.head.head, words)))
    if not (token.pos_ == "NOUN" or _opening_meeting_noun(token, words)) \
            or not (is_meeting_noun(token, words) or joint or visit_with or talk_in_person):
        return None
    if token.dep_ == "dobj" and token.head.lemma_.lower() in words["support_verbs"] and is_meeting_noun(token, words):
        return None  # "held talks with": the verb extractor reads it
    if _discussed_meeting(token, words):
        return None
    between = prep_objects(token, "between")
    if not between:
        # "a meeting on Monday in Angola's capital Luanda between X and Y": the parser can hang
        # "between" on the place or the time after the noun
        between = [b for p in children(token, "prep") if p.lower_ in {"in", "at", "on"} for o in children(p, "pobj")
                   for b in prep_objects(o, "between")]
    if not between and (predicate := event_predicate(token)) is not None:
        between = prep_objects(predicate, "between")  # "a meeting took place between X and Y"
    if not between and token.dep_ in {"nsubj", "nsubjpass"} and token.head.lemma_.lower() in lexicon("modality")["planning_verbs"]:
        between = prep_objects(token.head, "between")  # "talks are planned between X and Y"
    # "the meeting of X and Y": two or more parties after "of" met each other
    together = _parties(doc, refs(prep_objects(token, "of"))) if not joint else []
    if not between and len(together) < 2 and not joint:
        # "the Kovacs-Berg meeting", "no Kovacs-Berg summit": two names joined by a hyphen before it
        together = _parties(doc, refs(_hyphened_pair(token)))
    if between or len(together) >= 2:
        parties = _parties(doc, refs(between)) if between else together
        # "X will host and mediate talks between A and B": the host sits with them
        verb = token.head if token.dep_ == "dobj" else None
        hosts = [] if verb is None else [h for v in (verb, *([verb.head] if verb.dep_ == "conj" else []))
                                         if v.lemma_.lower() in _CONVENING_VERBS for h in agents(v)]
        parties += [r for r in _parties(doc, refs(hosts)) if r not in parties]
        return NounMeeting(parties, [], "met_with.noun.between", 0.8)
    # "the talks he held with Y": the relative clause that holds the meeting says with whom, and who
    holding = [c for c in children(token, "relcl") if c.lemma_.lower() in words["support_verbs"] and children(c, "nsubj")
               and not any(s.lower_ in {"which", "that"} for s in children(c, "nsubj"))]
    with_tokens = _with_partners(token) or _with_after_time(token) or [w for c in holding for w in prep_objects(c, "with")]
    with_tokens += _named_after_portfolio(with_tokens)
    partners = _parties(doc, refs(with_tokens))
    hosted = token.dep_ == "dobj" and token.head.lemma_.lower() in _HOSTING_VERBS
    if not partners and (hosted or (token.dep_ == "pobj" and token.head.lower_ in {"at", "during"})):
        # "X hosted a dinner for Y", "gave a banquet in honour of Y", "at a dinner for the visiting
        # Y, X said": the guest of honour met the host
        around = [token, token.head] if hosted else [token]
        honoured = [o for p in (p for t in around for p in prep_objects(t, "in")) if p.lower_ in {"honour", "honor"}
                    for o in prep_objects(p, "of")]
        partners = _persons(doc, refs([o for t in around for o in prep_objects(t, "for")] + honoured))
    inviting = token.head.head if token.dep_ == "pobj" and token.head.lower_ == "for" else None
    if not partners and inviting is not None and inviting.lemma_.lower() in lexicon("modality")["requesting_nouns"] \
            and (inviter := possessor(inviting)) is not None and inviting.dep_ == "dobj" \
            and not any(t.lower_ == "with" for t in inviting.subtree):  # (not "Y's call for talks with Z")
        # "X turned down (accepted) Y's invitation for talks": the one answering it and the one
        # who asked are the sides; the answer says whether they meet
        return NounMeeting(_persons(doc, refs(agents(inviting.head))), _parties(doc, refs([inviter])), "met_with.noun", 0.75)
    if joint or visit_with:
        partners = _persons(doc, partners)
    if not partners and visit_with:
        return None
    if not partners:
        acting: list[Ref] = []
        addressed = _addressed_at(doc, token) if not joint and token.dep_ == "pobj" else []
        if joint and token.dep_ == "dobj" and token.head.lemma_.lower() in words["support_verbs"]:
            # "X and Y held a joint news conference"
            acting = _persons(doc, _acting(doc, token))
        elif not joint and token.dep_ == "pobj" and (
            token.head.lower_ in {"at", "during"} or (token.head.lower_ == "in" and (
                any(c.lower_ == "their" for c in token.children) or addressed))
        ):
            # "X and Y agreed on a ceasefire during talks", "in their discussion, X and Y reviewed
            # ...": those who acted together at it met; so did one who spoke to another at it ("X
            # asked Y during a meeting in Z")
            acting = _acting(doc, token) + addressed
        elif not joint and token.dep_ == "pobj" and token.head.lower_ == "for" \
                and token.head.head.lemma_.lower() in lexicon("visited")["verbs_motion"]:
            acting = _acting(doc, token)  # "X and Y arrived in Z for peace talks": they came to meet
        elif not joint and token.dep_ == "dobj" and calls_off(token.head) and any(
            c.lower_ in {"the", "their"} for c in token.children if c.dep_ in {"det", "poss"}
        ):
            acting = _acting(doc, token)  # "X and Y cancelled the summit", "called off their meeting"
        elif token.lower_ in words["mutual_nouns"] and (
            owners := [c for c in children(token, "poss") if c.lower_ == "their" and c._.group]
        ):
            acting = refs(owners)  # "after their meeting in Z, X and Y said": the two it is theirs (not "their audience")
        return NounMeeting(acting, [], "met_with.noun.together", 0.75)
    owner = possessor(token)
    asked_by = token.head.head if token.dep_ == "pobj" and token.head.lower_ == "for" else None
    if owner is None and asked_by is not None and asked_by.pos_ == "NOUN" \
            and asked_by.lemma_.lower() in lexicon("modality")["requesting_nouns"]:
        owner = possessor(asked_by)  # "X's request for a meeting with Y was turned down"
    if owner is None and token.dep_ == "pobj" and token.head.lower_ in {"at", "during"} and token.head.head.pos_ == "NOUN":
        owner = possessor(token.head.head)  # "X's performance at the meeting with Y": X was there
    if owner is not None:
        holders = refs([owner])
    elif holding:
        holders = refs(clause_subjects(holding[0]))
    elif token.dep_ in {"nsubj", "nsubjpass"} or token.dep_ == "ROOT":
        holders = refs(c for c in token.children if c.dep_ in {"compound", "nmod"})
    elif named_before := _persons(doc, refs(c for c in token.children if c.dep_ == "compound" and c.ent_type_ == "PERSON")):
        # "a picture of General X meeting with Y", "after the X meeting with Y": the person
        # named before the noun is the one meeting, not the clause's subject
        holders = named_before
    elif (earlier := _meeting_followed(token, words)) is not None:
        # "X's meeting with Y, which followed an audience with Z": whose the one meeting is,
        # the other is too
        holders = refs([earlier])
    else:
        # "X is headed to Moscow for a meeting with Y", "X is to take part in talks with Y"
        holders = _acting(doc, token)
    holders = _parties(doc, holders)
    if not holders:
        # "there was no progress in the talks with her Russian counterpart": whose counterpart
        # the partner is held the talks
        holders = _parties(doc, refs(
            owner for t in with_tokens if t.lemma_.lower() in _COUNTERPART_NOUNS
            for owner in [possessor(t)] if owner is not None
        ))
    said = token.head if token.dep_ in {"nsubj", "nsubjpass"} else None
    if not holders and said is not None and said.dep_ == "ccomp" and said.head.pos_ == "VERB":
        # "X said the meeting with Y will take place in Z": one who tells of a meeting with
        # someone, naming no one else at it, is the one meeting them
        holders = _persons(doc, refs(clause_subjects(said.head)))
    if joint:
        # a joint appearance is of persons: a party holding news conferences with its leader is no meeting
        holders = _persons(doc, holders)
    return NounMeeting(holders, partners, "met_with.noun", 0.8)


def _meeting_followed(token: Token, words: dict) -> Token | None:
    """The owner of a meeting noun whose clause has ``token``, another meeting, for its object
    ("X's meeting with Y followed talks with Z", "X's meeting with Y, which preceded an audience
    with Z": X); None otherwise."""
    if token.dep_ != "dobj":
        return None
    verb = token.head
    subjects = children(verb, "nsubj")
    if verb.dep_ == "relcl" and [s.lower_ for s in subjects] in (["which"], ["that"]):
        antecedent = verb.head
        if antecedent.dep_ == "pobj" and (antecedent._.entity or "").startswith("person:") and antecedent.head.dep_ == "prep":
            antecedent = antecedent.head.head  # "which" is no person: the parser can hang it on the name in the phrase
        subjects = [antecedent]
    return next((owner for s in subjects if is_meeting_noun(s, words) and (owner := possessor(s)) is not None), None)


@extractor("met_with.noun")
def noun_meetings(doc: Doc) -> Iterator[Fact]:
    words = lexicon("met_with")
    for token in parsed_tokens(doc):
        meeting = noun_meeting(doc, token, words)
        if meeting is None:
            continue
        if meeting.partners:
            yield from _pairs(doc, token, meeting.holders, meeting.partners, meeting.extractor, meeting.confidence)
            continue
        status = _status_between(token, meeting.holders)
        for i, first in enumerate(meeting.holders):
            yield from _pairs(doc, token, [first], meeting.holders[i + 1 :], meeting.extractor, meeting.confidence, status=status)


@extractor("met_with.together")
def together(doc: Doc) -> Iterator[Fact]:
    """"X and Y toured storm-hit parts of New Jersey together", "visited the site together": parties
    who go somewhere or do something on the spot together meet there."""
    words = lexicon("met_with")
    for token in with_lemmas(doc, (), forms=("together",)):
        verb = token.head
        if token.dep_ != "advmod" or verb.pos_ != "VERB" or verb.lemma_.lower() not in words["together_verbs"]:
            continue
        sides = [r for r in refs(clause_subjects(verb)) if entity_type(doc, r) in {EntityType.PERSON, EntityType.ORGANIZATION}]
        for i, first in enumerate(sides):
            yield from _pairs(doc, verb, [first], sides[i + 1 :], "met_with.together", 0.7)


@extractor("met_with.summons")
def summonses(doc: Doc) -> Iterator[Fact]:
    """"X summoned Y for a meeting", "X invited Y for talks", "X called in Ambassador Y": the one
    called in meets the caller (an invitation only asks for it)."""
    words = lexicon("met_with")
    envoys = set(lexicon("criticized")["envoy_nouns"])
    for token in with_lemmas(doc, words["summoning_verbs"]):
        # "called in the ambassador": the parser can take the particle for a preposition
        called_in = token.lemma_.lower() == "call"
        # "called Y to his office": to one's premises, in person
        to_premises = any(o.lemma_.lower() in words["premises_nouns"] for o in prep_objects(token, "to"))
        if called_in and not to_premises and not any(c.lower_ == "in" for c in children(token, "prt", "prep")):
            continue
        objects = children(token, "dobj") + (prep_objects(token, "in") if called_in else [])
        # an envoy called in to the ministry comes in person ("summoned Ambassador Y")
        envoy = token.lemma_.lower() != "invite" and any(t.lemma_.lower() in envoys for o in objects for t in o.subtree)
        for_meeting = to_premises or any(is_meeting_noun(o, words) for o in prep_objects(token, "for", "to"))
        if token.pos_ != "VERB" or _is_remote(token) or not (envoy or for_meeting):
            continue
        status = status_of(token)
        if token.lemma_.lower() == "invite" and status in {Status.OCCURRED, Status.PLANNED}:
            status = Status.REQUESTED
        callers, called = _parties(doc, refs(agents(token))), _parties(doc, refs(objects))
        if not for_meeting:
            callers = _persons(doc, callers)  # a ministry or a country summons an envoy through someone unnamed
        yield from facts_between(doc, Relation.MET_WITH, callers, called, token, "met_with.summons", 0.7,
                                 status=status, location=location_of(doc, token))


@extractor("met_with.welcome")
def welcomes(doc: Doc) -> Iterator[Fact]:
    """"X received a warm welcome from Y", "Y gave X a red-carpet welcome", "Y accorded a welcome
    to X", "X was accorded a welcome by Y": the one welcomed met the one welcoming (persons)."""
    for token in with_lemmas(doc, welcoming_verbs()):
        sides = welcome_sides(token)
        if sides is not None:
            welcomed, welcoming = sides
            yield from _pairs(doc, token, _persons(doc, refs(welcomed)), _persons(doc, refs(welcoming)), "met_with.welcome", 0.75)


def _is_bare_meeting(doc: Doc, noun: Token, words: dict) -> bool:
    """"The meeting took place in Oslo", "the talks in Z were hosted by Y", "Monday's talks in Z": a
    definite meeting noun that names no party of its own (not "the meeting of the council", "his
    talks")."""
    if noun.pos_ != "NOUN" or not is_meeting_noun(noun, words) or noun.dep_ in {"compound", "poss"}:
        return False
    # "the talks", "Monday's talks": definite, owned by no party
    determiners = [c for c in noun.children if c.dep_ in {"det", "poss"}]
    if len(determiners) != 1 or not (determiners[0].lower_ == "the" or determiners[0].ent_type_ in {"DATE", "TIME"}):
        return False
    if prep_objects(noun, "of", "between", "with"):
        return False
    sides = noun_meeting(doc, noun, words)
    return sides is not None and not sides.holders and not sides.partners


@dataclass(frozen=True)
class ToldMeeting:
    """The meeting a bare "the meeting" stands for: its two parties, and its status as told."""

    parties: list[Ref]
    status: Status


def meeting_told_before(doc: Doc, noun: Token) -> ToldMeeting | None:
    """The meeting a bare definite meeting noun stands for: the meeting of two told last in the
    sentence before ("X met Y on Monday. The meeting took place in Oslo"); None when the noun
    names parties of its own, or no meeting of two was told just before ("X called on Y and Z.
    The meeting ...": which of them is unclear)."""
    words = lexicon("met_with")
    if not _is_bare_meeting(doc, noun, words):
        return None
    start, end = doc[sentences_back(noun, 1)].idx, noun.sent.start_char
    told = [m for m in _meetings_told(doc) if start <= m[0] < end]
    if not told:
        return None
    last = max(at for at, *_ in told)
    parties = list(dict.fromkeys(key for at, *pair, _status in told if at == last for key in pair))
    statuses = {status for at, *_, status in told if at == last}
    if len(parties) != 2 or len(statuses) != 1:
        return None
    return ToldMeeting([Ref(key, "role") for key in parties], statuses.pop())


def _meetings_told(doc: Doc) -> list[tuple[int, str, str, Status]]:
    """The meetings the verb and noun rules read in a document, as (sentence start, subject key,
    object key, status): read once per document, however many bare "the meeting" nouns ask."""
    told = doc.user_data.get("kg.meetings_told")
    if told is None:
        told = [(f.char_start, f.subject, f.object, f.status) for f in (*verb_meetings(doc), *noun_meetings(doc))]
        doc.user_data["kg.meetings_told"] = told
    return told


def meeting_hosts(doc: Doc, noun: Token) -> list[Ref]:
    """Who hosted the meeting a noun names: "the talks were hosted by Y", "Y hosted the talks",
    "talks hosted (chaired, convened) by Y"."""
    hosting = [c for c in children(noun, "acl") if c.lemma_.lower() in _CONVENING_VERBS and c.tag_ == "VBN"]
    if hosting:
        return _parties(doc, refs(prep_objects(hosting[0], "by")))
    verb = noun.head
    if verb.lemma_.lower() != "host":
        return []
    if noun.dep_ == "nsubjpass":
        return _parties(doc, refs(prep_objects(verb, "by")))
    return _parties(doc, refs(agents(verb))) if noun.dep_ == "dobj" else []


# meetings small enough that all at them meet: not a summit or a conference
_SMALL_MEETING_NOUNS = frozenset({"meeting", "talks", "talk", "discussion", "discussions"})


def meeting_attendees(doc: Doc, noun: Token) -> list[Ref]:
    """Who is said to attend the meeting a noun names: "the meeting was (also) attended by Y", "the
    talks were held in the presence of Y", "Y also attended the meeting"."""
    if noun.lemma_.lower() not in _SMALL_MEETING_NOUNS:
        return []  # (attending a summit or a conference is no meeting with any two at it)
    verb = noun.head
    lemma = verb.lemma_.lower()
    if noun.dep_ == "nsubjpass" and lemma == "attend":
        return _persons(doc, refs(prep_objects(verb, "by")))
    if noun.dep_ == "nsubjpass" and lemma == "hold":
        present = [p for p in prep_objects(verb, "in") if p.lemma_.lower() == "presence"]
        return _persons(doc, refs([o for p in present for o in prep_objects(p, "of")]))
    if noun.dep_ == "dobj" and lemma == "attend":
        return _persons(doc, refs(agents(verb)))
    return []


def _met_in(noun: Token, words: dict) -> Token | None:
    """The verb of meeting whose "in" or "at" a meeting noun is: "A and B met in Z in talks
    hosted by Y"."""
    verb = noun.head.head
    if noun.dep_ == "pobj" and noun.head.lower_ in {"in", "at"} and verb.pos_ == "VERB" \
            and verb.lemma_.lower() in words["verbs"]:
        return verb
    return None


@extractor("met_with.hosted")
def hosted_meetings(doc: Doc) -> Iterator[Fact]:
    """"X met Y on Monday. The talks were hosted by Z": who hosted the meeting told just before
    met its parties, and so did who attended it ("the meeting was also attended by Z"); "X and Y
    met in talks hosted by Z": so did who hosted the talks they met in."""
    words = lexicon("met_with")
    for token in parsed_tokens(doc):
        if token.pos_ != "NOUN" or not is_meeting_noun(token, words):
            continue
        hosts, name = meeting_hosts(doc, token), "met_with.hosted"
        if not hosts:
            # "X met Y. The meeting was also attended by Z": who attended it met its parties
            # (the meeting told before is looked up only then: it reads the whole article)
            hosts, name = meeting_attendees(doc, token), "met_with.attended"
            if hosts and meeting_told_before(doc, token) is None:
                continue
        if not hosts:
            continue
        if (verb := _met_in(token, words)) is not None:
            # (the meeting's own verb says when and whether: "will meet in talks hosted by Z")
            trigger, parties = verb, _parties(doc, refs(clause_subjects(verb) + children(verb, "dobj") + prep_objects(verb, "with")))
        else:
            told = meeting_told_before(doc, token)
            trigger, parties = token.head, told.parties if told else []
        parties = [p for p in parties if p.key not in {h.key for h in hosts}]
        yield from _pairs(doc, trigger, hosts, parties, name, 0.7)
