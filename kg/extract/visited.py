"""visited: "X visited Y", "X travelled/went/flew to Y", "X arrived in Y", "X's visit to Y",
"X attended the summit in Y", and "X met Z in Y" (a meeting abroad is a visit)."""
from __future__ import annotations

from collections.abc import Iterator
from functools import cache

from spacy.tokens import Doc, Span, Token

from kg import gazetteer
from kg.extract.base import (
    COUNTING_NOUNS,
    INCLUDING_VERBS,
    MARGINS,
    Ref,
    agents,
    agreed_or_invited_on,
    calls_off,
    children,
    clause_subjects,
    dateline_place,
    entity_type,
    extractor,
    facts_between,
    gapped_objects,
    is_infinitive,
    is_phrasal,
    is_place,
    is_venue,
    lexicon,
    location_of,
    national_body_country,
    owner_or_maker,
    parsed_tokens,
    participles_after,
    passive_subjects,
    place_said_here,
    played_host_to,
    possessor,
    prep_objects,
    purpose_of_unplaced_trip,
    ref_of,
    refs,
    role_countries,
    roles_of,
    says_held,
    sentences_back,
    status_of,
    subjects_of_parted_passive,
    town_of_venue,
    verb_above,
    visitors_received,
    welcome_sides,
    welcoming_verbs,
    with_conjuncts,
    with_lemmas,
)
from kg.annotate import journey_verbs
from kg.extract.met_with import called_on, got_together, holds_meeting, is_meeting_noun, meeting_hosts, meeting_told_before, noun_meeting, talks_partners
from kg.records import EntityType, Fact, Relation, Status

_TRAVELLERS = {EntityType.PERSON, EntityType.ORGANIZATION}
# nouns of a trip that, counted in the plural, tell a player's record ("three England appearances")
_RECORD_NOUNS = frozenset({"appearance"})
_SEQUENCE_WORDS = frozenset({"first", "second", "third", "fourth", "fifth", "next", "last", "final", "latest", "penultimate"})
_COMPASS_WORDS = frozenset({
    "northern", "southern", "eastern", "western", "central", "northeastern", "northwestern", "southeastern",
    "southwestern", "north-eastern", "north-western", "south-eastern", "south-western",
})
# "lawmakers gathered in Philadelphia": an audience gathered in a place
_GATHERING_VERBS = frozenset({"gather", "assemble", "convene"})
# nouns for where someone comes from, named after "of": "his ancestral home of Z"
_HOME_NOUNS = frozenset({"home", "hometown", "birthplace"})
# parts of a country named by its demonym or name before them ("the Kenyan coast")
_COUNTRY_PART_NOUNS = frozenset({"coast", "coastline", "border", "countryside", "interior", "heartland", "mainland", "north",
                                 "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "highlands",
                                 "territory", "soil", "airspace"})
# parts of a place named after "of": "on the outskirts of Z", "in the hills of Z"
_SURROUNDINGS_NOUNS = frozenset({"outskirt", "suburb", "hill", "mountain", "heart", "centre", "center", "edge", "environs",
                                 "vicinity", "street", "part"})
# motion verbs that say where one is ("in", "at"), not only where one goes
_ARRIVAL = {"arrive", "land", "stop", "disembark", "converge", *_GATHERING_VERBS}
# verbs of travel whose "where" is where one went: "Egypt, where he travelled in March"
_TRAVEL_TO_WHERE = frozenset({"travel", "fly", "go", "come", "journey", "return"})
_TIME_NOUNS = {"day", "week", "month", "year", "hour"}
_AIRPORT_WORDS = frozenset({"international", "national", "regional", "military", "air", "airport", "airbase", "airfield", "base"})
# verbs whose subject makes (or calls off) the trip that is their object: "called off a visit to Z"
_UNDERTAKING = {
    "pay", "make", "begin", "start", "end", "complete", "undertake", "conclude", "cancel", "postpone", "call", "scrap",
    "cut", "delay", "plan", "rule", "abandon", "shelve", "refuse", "decline", "wrap", "finish", "round", "resume",
    "continue", "extend", "kick", "weigh", "mull", "contemplate", "prepare", "interrupt", "curtail", "lead", "take", "use",
    "join",  # "joined the trip to Z": one of those who made it
    "schedule", "arrange",  # "has scheduled a visit to Z": one's own, still ahead
}


def _travellers(doc: Doc, tokens: list[Token]) -> list[Ref]:
    vehicles = lexicon("visited")["vehicle_nouns"]
    # "X's plane landed in Z", "the aircraft carrying X touched down": a vehicle stands for its owner or passenger
    tokens = [(_aboard(t) if t.lemma_.lower() in vehicles else None) or t for t in tokens]
    tokens = [_delegation_leader(t) or t for t in tokens]
    # an aircraft known by a name is no traveller of its own; in a clause of time on another
    # ("X tweeted moments after Air Force One touched down at Z"), it carries that clause's subject
    names = lexicon("visited")["vehicle_names"]
    named_vehicles = [t for t in tokens if t._.entity and doc._.entities[t._.entity].label.lower() in names]
    tokens += [s for t in named_vehicles if t.dep_ == "nsubj" and t.head.dep_ == "advcl"
               for s in children(verb_above(t.head.head), "nsubj")]
    return [r for r in refs(tokens + _companions(tokens))
            if entity_type(doc, r) in _TRAVELLERS and doc._.entities[r.key].label.lower() not in names]


def _delegation_leader(party: Token) -> Token | None:
    """"X will lead a trade mission to Mexico ... The delegation will visit Z": "the delegation"
    (or "the mission", "the team") stands for the one the article, in its sentence or the two
    before, says leads one; None for any other word."""
    words = lexicon("visited")
    if party.lemma_.lower() not in words["delegation_nouns"] or party._.entity \
            or [c.lower_ for c in party.children if c.dep_ in {"det", "poss"}] not in (["the"], ["this"]):
        return None
    for earlier in reversed(party.doc[sentences_back(party, _TRIP_DISTANCE) : party.i]):
        if earlier.pos_ == "VERB" and earlier.lemma_.lower() in words["leading_verbs"] \
                and any(o.lemma_.lower() in words["delegation_nouns"] for o in children(earlier, "dobj")):
            leaders = agents(earlier)
            return leaders[0] if len(leaders) == 1 else None
    return None


def _companions(tokens: list[Token]) -> list[Token]:
    """"X, accompanied by his lawyer Y, visited Z": who goes along goes there too."""
    # the participle can hang on the subject or on its verb
    clauses = [c for t in tokens for c in children(t, "acl") + (children(t.head, "advcl") if t.dep_ == "nsubj" else [])]
    # ("arrived in Z for an official visit accompanied by his wife": or on a noun of its verb's phrases)
    clauses += [c for t in tokens if t.dep_ == "nsubj" for o in prep_objects(t.head, "for", "on", "in") for c in children(o, "acl")]
    going_along = lexicon("visited")["companion_verbs"]
    return [
        o for clause in clauses
        if clause.lemma_.lower() in going_along and clause.tag_ == "VBN" for o in prep_objects(clause, "by")
    ]


def _aboard(vehicle: Token) -> Token | None:
    """Whom a vehicle stands for: its owner ("X's plane"), or whom it carries ("the plane carrying X")."""
    owner = possessor(vehicle)
    if owner is not None:
        return owner
    carrying = lexicon("visited")["carrying_verbs"]
    return next((o for clause in children(vehicle, "acl") if clause.lemma_.lower() in carrying
                 for o in children(clause, "dobj")), None)


def _places(doc: Doc, tokens: list[Token]) -> list[Ref]:
    """The places among noun phrases, with the larger places they are said to be in ("Aceh in
    Indonesia" gives both)."""
    tokens = [named for token in tokens for named in _named_before_time(token) if not _modifier_cut_from_noun(named)]
    found: list[Ref] = []
    for token in tokens:
        # "arrived at Beijing's Great Hall of the People": the city the venue is said to be in, and
        # the venue if it has a name
        town = town_of_venue(doc, token)
        found += [r for r in [town, *refs([token], places=True)] if r is not None and is_place(doc, r) and r not in found]
    for token in tokens:
        # "Jeddah, Saudi Arabia": the country a town's name is written with
        if token._.entity and is_place(doc, Ref(token._.entity, "name")):
            found += [r for a in children(token, "appos") if (r := ref_of(a)) is not None
                      and entity_type(doc, r) is EntityType.COUNTRY and r not in found]
        # "the shrine, the Golden Gate Temple in Z": the place the apposition says it is in too
        for member in with_conjuncts(token) + children(token, "appos"):
            found += [r for r in refs(prep_objects(member, "in") + _examples(member), places=True) if is_place(doc, r) and r not in found]
            # "a camp on the outskirts of Z", "his base in the hills of Z"
            parts = [p for p in [member, *prep_objects(member, "in", "on")] if p.lemma_.lower() in _SURROUNDINGS_NOUNS]
            if member.pos_ == "NOUN" and member.lemma_.lower() in gazetteer.SETTLEMENT_NOUNS | _HOME_NOUNS and not member._.entity:
                parts.append(member)  # "the ancient capital of Z", "the city of Z", "his ancestral home of Z": the place it is
            within = [o for p in parts for o in prep_objects(p, "of")]
            # ("part of the town of Z": the settlement's own name)
            within += [n for o in within if o.lemma_.lower() in gazetteer.SETTLEMENT_NOUNS and not o._.entity for n in prep_objects(o, "of")]
            found += [r for r in refs(within, places=True) if is_place(doc, r) and r not in found]
            if member.pos_ == "NOUN" and member.lemma_.lower() in _COUNTRY_PART_NOUNS and not member._.entity:
                # "the Kenyan coast", "the US west coast": a part of the country its modifier names
                found += [r for r in _countries(doc, children(member, "amod", "compound")) if r not in found]
            for town in (member, *prep_objects(member, "in")):
                found += [r for r in _country_of_settlement(doc, town) if r not in found]
    return found


def _modifier_cut_from_noun(token: Token) -> bool:
    """"returning to the England fold", "a regular in the England starting line-up": a place's
    name between "the" and a noun for a team (``squad_nouns``) names the team, though the parser
    made the name the object and the noun something else ("in the Highbury stands" is there)."""
    key = token._.entity
    if not key or token.dep_ not in {"pobj", "dobj"}:
        return False  # (a modifier the parser read as one is read as one)
    doc = token.doc
    start, end = token.i, token.i + 1
    while start > 0 and doc[start - 1]._.entity == key:
        start -= 1
    while end < len(doc) and doc[end]._.entity == key:
        end += 1
    if start == 0 or doc[start - 1].lower_ != "the":
        return False
    squads = set(lexicon("visited")["squad_nouns"])
    following = []
    for word in doc[end : end + 4]:
        if word.text != "-" and (not word.is_lower or word.pos_ in {"ADP", "CCONJ", "SCONJ", "PUNCT"}):
            break
        following.append(word)
    # ("line-up" is three tokens)
    text = "".join(w.text_with_ws for w in following).lower().split()
    return bool(following) and not following[0].ent_type_ and any(w in squads for w in text)


def _countries(doc: Doc, modifiers: list[Token]) -> list[Ref]:
    """The countries the words ``modifiers`` name ("Kenyan", "Kenya's", "US")."""
    return [r for r in refs(modifiers, places=True) if entity_type(doc, r) is EntityType.COUNTRY]


def _country_of_settlement(doc: Doc, town: Token) -> list[Ref]:
    """"the Kenyan capital Nairobi", "Nairobi, Kenya's capital", "the Kenyan port city of
    Kelby": the country the words for a town name, as "Kelby, Kenya" names it."""
    settlements = [d for d in (town, *children(town, "compound", "appos"))
                   if d.pos_ == "NOUN" and d.lemma_.lower() in gazetteer.SETTLEMENT_NOUNS]
    return _countries(doc, [c for d in settlements for c in children(d, "amod", "poss")])


# what one is when one is somewhere: "was present in Tokyo", "is back in Z"
_BEING_THERE = frozenset({"present", "back", "here", "there", "away", "abroad", "already", "still"})
# verbs that open or close one's trip or day: "began with a visit to Z", "wrapped up her tour with a stop in Z"
_TRIP_BOUNDS = frozenset({"begin", "start", "open", "kick", "end", "finish", "conclude", "close", "wrap", "round", "cap",
                          "complete"})
# parts of a trip a clause can happen in: "on the first day of a visit to Z", "at the end of a trip to Z",
# "is in the middle of a tour of Z"
_TRIP_PARTS = frozenset({"day", "start", "end", "beginning", "course", "close", "conclusion", "part", "leg", "stage", "middle",
                         "midst"})


def _clause_verb_of(prep: Token) -> Token | None:
    """The verb of the clause a preposition's phrase is in: its head, or, for "during" (or "on a
    trip") hung on the last of the verb's objects ("met members of A, B and C during a visit to
    Z"), the verb above that object."""
    if prep.head.pos_ in {"VERB", "AUX"}:
        return prep.head
    # "speaking at a press conference on a visit to Z": "on" a trip of someone's, hung on an
    # object, says when as "during" does ("a conference on the visit" may be its subject)
    on_a_trip = prep.lower_ == "on" and any(
        (c.dep_ == "det" and c.lower_ in {"a", "an"}) or c.tag_ == "PRP$" for o in children(prep, "pobj") for c in o.children)
    if not (prep.lower_ == "during" or on_a_trip) or children(prep.head, "poss"):
        return None  # ("X's remarks during a visit": X's, see below)
    head = prep.head
    for _ in range(4):
        if head.dep_ not in {"pobj", "dobj", "conj", "prep", "appos", "compound"} or head.head.i == head.i:
            return None
        head = head.head
        if head.pos_ in {"VERB", "AUX"}:
            return head
    return None


def _named_before_time(token: Token) -> list[Token]:
    """"a visit to Honduras days after the coup": the parser can make the place a modifier of the
    time after it; the named modifiers of such a time noun, else the token itself."""
    if token.lemma_.lower() in _TIME_NOUNS:
        named = [c for c in children(token, "compound") if c._.entity]
        if named:
            return named
    return [token]


def _examples(token: Token) -> list[Token]:
    """"places such as Kelby", "towns including Harwick": the named examples of a common noun."""
    if token.pos_ != "NOUN":
        return []
    found = []
    for prep in children(token, "prep"):
        if prep.lower_ == "including" or (prep.lower_ == "as" and any(c.lower_ == "such" for c in prep.children)):
            found += [o for o in children(prep, "pobj") for o in with_conjuncts(o)]
    return found


def _event_places(doc: Doc, events: list[Token]) -> list[Ref]:
    """Where an event is held: "the Kazan summit", "the conference held in Switzerland", "the
    summit that began in Nepal", "the talks in Geneva"."""
    nouns = set(lexicon("visited")["event_nouns"])
    places: list[Ref] = []
    for event in events:
        if event.lemma_.lower() not in nouns:
            continue
        # "the Kazan summit", "the Bali summit" (a place the tagger took for an adjective; not a demonym;
        # not a continent: "an Americas summit")
        held_in = _places(doc, prep_objects(event, "in", "at"))
        places += [p for p in _places(doc, [c for c in event.children if c.dep_ in {"compound", "nmod"}
                                            or (c.dep_ == "amod" and c._.entity and gazetteer.country_by_demonym(c.text) is None)])
                   if doc._.entities[p.key].label.lower() not in gazetteer.WORLD_REGIONS
                   # "the Shangri-La Dialogue forum in Singapore": beside where it is held, a name before
                   # the event that is no town or country is the event's own
                   and not (held_in and entity_type(doc, p) not in {EntityType.CITY, EntityType.COUNTRY})]
        places += held_in
        # "a meeting of the Harbour Commission in Z": the parser can hang the place on the body
        places += _places(doc, [t for t in event.subtree if t.dep_ == "pobj" and t.head.lower_ == "in" and _nominal_path(t, event)])
        # "the conference held in Z", "the summit that began today in Z"
        for clause in children(event, "acl") + [c for c in children(event, "relcl") if says_held(c)]:
            places += _places(doc, prep_objects(clause, "in", "at"))
        # "the anniversary summit which Manila is hosting", "the games hosted by Z": the host town
        for clause in children(event, "acl", "relcl"):
            if clause.lemma_.lower() == "host":
                hosts = prep_objects(clause, "by")  # (the agent's "by" too)
                places += _places(doc, hosts + (children(clause, "nsubj") if clause.dep_ == "relcl" else []))
    return places


def _nominal_path(token: Token, top: Token) -> bool:
    """Whether ``token`` hangs under ``top`` through nouns and prepositions only, no clause."""
    node = token.head
    while node.i != top.i:
        if node.pos_ in {"VERB", "AUX"} or node.head.i == node.i:
            return False
        node = node.head
    return True


def _facts(doc: Doc, trigger: Token, travellers: list[Ref], places: list[Ref], name: str, confidence: float, status=None,
           sought: bool = False) -> Iterator[Fact]:
    """VISITED facts of ``travellers`` to ``places`` away from home; with ``sought``, a trip made to
    a venue for its own sake ("visited the Yasukuni shrine in Tokyo") is a visit at home too."""
    # "upon arrival at Z International Airport in W": the airport is on the way to the town
    places = [p for p in places if not (_is_airport(doc, p) and any(not is_venue(doc, q) for q in places if q != p))]
    # "arrived at Asmara International Airport": the town the article names in the airport's name;
    # an airport whose name the tagger cut to "International Airport" names no place
    places = list(dict.fromkeys(_town_of_airport(doc, p) or p for p in places if not _is_unnamed_airport(doc, p)))
    for place in places:
        # the country one's offices belong to, or its capital, is home: no visit ("Chinese
        # President X, visiting Beijing", "X returned to Venezuela", "left for Islamabad"). A
        # capital's country is no second fact: the graph says where the capital lies (kg:locatedIn)
        away = [t for t in travellers if not _is_home(doc, t, place) or (sought and is_venue(doc, place))]
        yield from facts_between(doc, Relation.VISITED, away, [place], trigger, name, confidence, status=status)


# trips made to a place for its own sake (not an arrival, a stay or a stop on the way)
_SEEKING_NOUNS = frozenset({"visit", "trip", "pilgrimage"})


def _is_airport(doc: Doc, place: Ref) -> bool:
    """Whether a place is named as an airfield ("Z International Airport")."""
    return doc._.entities[place.key].label.lower().endswith(("airport", "airbase", "airfield"))


def _town_of_airport(doc: Doc, place: Ref) -> Ref | None:
    """The town an airport is named after ("Asmara" for "Asmara International Airport"), when the
    article names that town too."""
    if not _is_airport(doc, place):
        return None
    label = doc._.entities[place.key].label
    return next((Ref(key, "name") for key, other in doc._.entities.items()
                 if other.type is EntityType.CITY and other.forms and label.startswith(other.label + " ")), None)


def _is_unnamed_airport(doc: Doc, place: Ref) -> bool:
    """Whether an airport's name is only words for an airport ("International Airport")."""
    words = doc._.entities[place.key].label.lower().split()
    return _is_airport(doc, place) and all(w in _AIRPORT_WORDS for w in words)


@extractor("visited.verb")
def verb_visits(doc: Doc) -> Iterator[Fact]:
    words = lexicon("visited")
    for token in parsed_tokens(doc):
        if token.pos_ != "VERB" and not _verb_read_as_noun(token, words):
            continue
        lemma = token.lemma_.lower()
        # "set foot in Z": the idiom's own noun is no object of the verb
        idiom = [o for o in children(token, "dobj") if o.lemma_.lower() == words["arrival_idioms"].get(lemma)]
        if is_phrasal(token, words["arrival_phrasal"]) or idiom:
            lemma = "land"  # "touched down in Z", "the first president to set foot in Z"
        elif is_phrasal(token, words["motion_phrasal"]):
            lemma = "travel"  # "will move on to Z"
        places: list[Ref] = []
        been: list[Ref] = []  # places one comes back from
        if lemma in words["verbs_direct"]:
            objects = children(token, "dobj")
            if token.dep_ == "relcl" and all(o.tag_ in {"WDT", "WP"} for o in objects):
                objects = _relative_antecedents(token)  # "Kelby, which Y visited"
            if not objects and children(token, "agent"):
                objects = children(token, "nsubjpass")  # "Y was visited by X in Kyiv"
            places = _places(doc, objects)
            if places:
                places += [p for p in _places(doc, prep_objects(token, "in")) if p not in places]  # "visit Aceh in Indonesia"
                places += [p for p in _places(doc, gapped_objects(token)) if p not in places]  # "Poland on Monday and France on Tuesday"
            elif objects and not refs(objects):
                # "visited slums in Nairobi", "visit an orphanage in Tanzania and a school in Mozambique"
                places = _places(doc, [o for obj in objects for o in with_conjuncts(obj)])
                if not places:
                    # "visited her village in Kenya and parts of Chad": every place named after "in";
                    # "visited picket lines around Heathrow", "farms around Bourke and Longreach"
                    where = location_of(doc, token)
                    around = [p for obj in objects for o in with_conjuncts(obj) for p in prep_objects(o, "around")]
                    places = _places(doc, prep_objects(token, "in", "at", "around") + around) or ([where] if where is not None else [])
            elif objects:
                # "visited Y in Kyiv", "visited Y at his home in Gujarat": where Y was; "visited Y at
                # Harare Remand Prison": the place itself (the parser can hang the place on Y)
                at = prep_objects(token, "at") + [p for o in objects for p in prep_objects(o, "at")]
                inside = prep_objects(token, "in") + [p for o in objects for p in prep_objects(o, "in")]
                places = _places(doc, inside + at + [p for a in at for p in prep_objects(a, "in")])
        elif lemma in words["entering_verbs"]:
            # "entered Ukraine", "was barred from entering Russia"; not "entered Downing Street"
            # (taking office: a seat of government)
            places = _places(doc, [o for o in children(token, "dobj") if not _names_a_seat(o)])
        elif lemma in words["verbs_motion"]:
            if _ranked(token):
                continue
            # "stopped in Warsaw", not "stopped the fighting in Z"; a noun set off by a comma is no
            # object ("touched down in Z on Monday, his first stop", as the parser can read it)
            objects = [o for o in children(token, "dobj") if doc[o.left_edge.i - 1].text != "," and o not in idiom]
            preps = ("to", "into", "in", "at") if lemma in _ARRIVAL and not objects else ("to", "into")
            # "the station in Kyiv, where they arrived by train": the place a "where" clause is about
            # "heads on to Tehran", "flew on to Z": the parser hangs the destination on the particle
            onward = [token] + [c for c in children(token, "prt") if c.lower_ == "on"]
            places = _places(doc, [o for word in onward for o in prep_objects(word, *preps)]) \
                or (_where_place(doc, token) if lemma in _ARRIVAL or lemma in _TRAVEL_TO_WHERE else [])
            if not places and lemma == "arrive":
                places = _places(doc, children(token, "dobj"))  # "arrived the president's office in Abuja", without "at"
            if not places and lemma in _ARRIVAL:
                places = [p for p in [place_said_here(doc, token)] if p is not None]  # "JERUSALEM - X touched down here"
            if not places and lemma in _ARRIVAL:
                # "disembarked from a plane at Z airport in Taipei": the parser hangs the place on the vehicle
                vehicles = [v for v in prep_objects(token, "from") if v.lemma_.lower() in words["vehicle_nouns"]]
                places = _places(doc, [p for v in vehicles for p in prep_objects(v, "at", "in")])
            # "arrived for the summit in Bali", "flew to Norway for a summit in Bergen": where the event is held
            places += [p for p in _event_places(doc, prep_objects(token, "for")) if p not in places]
            # "traveled on a bus tour with stops in Vidalia and Baxley": where the trip stopped
            stops = [s for s in prep_objects(token, "with") if s.lemma_.lower() in words["stop_nouns"]]
            places += [p for p in _places(doc, [p for s in stops for p in prep_objects(s, "in", "at")]) if p not in places]
            back = _back(token)
            if lemma in words["return_verbs"] or back:
                # "returned from Washington", "flew back from Tokyo" ("from" can hang on "back"):
                # where one comes back from, one has been, whatever the clause says of the return
                # ("will return from Z")
                origins = [o for t in [token, *back] for o in prep_objects(t, "from")]
                # ("returned from a Kabul conference": where the event was held)
                been = [p for p in _places(doc, origins) + _event_places(doc, origins) if p not in places]
                trip_before = any(o.lemma_.lower() in words["nouns"] for o in prep_objects(token, "after", "following", "from"))
                if been or trip_before:
                    places = []  # "returned to Abuja after a visit to Addis Ababa": back home
        elif lemma in words["passing_through_verbs"]:
            # "is scheduled to transit through New York": on the way, there
            places = _places(doc, prep_objects(token, *words["passing_through_verbs"][lemma]))
        elif lemma in words["leading_verbs"]:
            # "led a delegation to Oslo": who leads a party travelling somewhere goes with it
            parties = [o for o in children(token, "dobj") if o.lemma_.lower() in words["delegation_nouns"]]
            places = _places(doc, [p for o in parties for p in prep_objects(o, "to")] + (prep_objects(token, "to") if parties else []))
        elif lemma in words["verbs_attend"] or lemma in words["verbs_attend_in"]:
            # "the summit in Z will be attended by X": the event is the passive's subject;
            # "participated in the summit in Z": the event after "in"
            objects = children(token, "dobj") or children(token, "nsubjpass") \
                or (prep_objects(token, "in") if lemma in words["verbs_attend_in"] else [])
            places = (
                _event_places(doc, objects)
                or _event_places(doc, prep_objects(token, "at"))  # "join Y at a reception in Z"
                or _places(doc, prep_objects(token, "in"))
                # "attend a state banquet tonight at Windsor Castle": the place hung on the verb
                or (_places(doc, prep_objects(token, "at")) if any(o.lemma_.lower() in words["event_nouns"] for o in objects) else [])
                or _places(doc, [p for o in objects for p in prep_objects(o, "in")])  # "join the delegation in Poland"
                # "attend the Group of Eight meetings in L'Aquila", "his meeting with other heads of the
                # Union at Kigali": the place deeper in the object
                or _places(doc, [p for o in objects for t in o.subtree if t.dep_ == "prep" and t.lower_ in {"in", "at"}
                                 for p in children(t, "pobj")][:1])
                or _where_place(doc, token)
            )
        departs = _departs(token, words["departure_verbs"])
        left: list[Ref] = []  # places one leaves, and so has been in
        if departs:
            # "left (Warsaw) for Kyiv", "set off for Z", "headed for Z": where one leaves for
            places += [p for p in _places(doc, prep_objects(token, "for")) if p not in places]
            # "departed for the court in The Hague to defend ...": the parser can read "for ... to"
            # as the opening of a clause of purpose, the destination the object of its "for"
            places += [p for p in _places(doc, [o for c in children(token, "advcl") for m in children(c, "mark")
                                                if m.lower_ == "for" for o in children(m, "pobj")]) if p not in places]
            # "set off on a flight bound for Z", "boarded a train to Z"
            vehicles = [n for n in prep_objects(token, "on") + children(token, "dobj") if n.lemma_.lower() in words["vehicle_nouns"]]
            bound = [o for n in vehicles for c in children(n, "acl", "amod") if c.lower_ == "bound" for o in prep_objects(c, "for")]
            # "set off on a train to Z" ("to Z" can hang on the verb)
            bound += [o for n in vehicles for o in prep_objects(n, "to", "for")] + (prep_objects(token, "to") if vehicles else [])
            places += [p for p in _places(doc, bound) if p not in places]
            if token.lemma_.lower() in {"leave", "depart"}:
                left = [p for p in _places(doc, children(token, "dobj") + prep_objects(token, "from")) if p not in places]
                # no one leaves a country for a town in it: "is to leave the country today for Maputo"
                # is the traveller's own country, whatever country was named last
                bound_for = {_country_of_place(doc, p) for p in places} - {None}
                left = [p for p in left if not (doc._.entities[p.key].type is EntityType.COUNTRY
                                                and _country_of_place(doc, p) in bound_for)]
        if places or been:
            subjects = clause_subjects(token) if token.pos_ == "VERB" else [c for c in children(token, "compound") if c._.entity]
            travellers = _travellers(doc, subjects)
            if lemma in words["entering_verbs"]:
                travellers = [t for t in travellers if entity_type(doc, t) is EntityType.PERSON]  # a firm enters a market
            if lemma in words["verbs_motion"]:
                travellers += _travellers(doc, prep_objects(token, "with"))  # "travelled with Y to Kyiv"
            elif lemma in words["verbs_attend"]:
                # "is to join Y at a reception in Z": whom one joins there is there too
                travellers += [t for t in _travellers(doc, children(token, "dobj")) if entity_type(doc, t) is EntityType.PERSON]
            elif lemma in words["verbs_direct"]:
                # "visited Kyiv with Y": persons who went along
                travellers += [t for t in _travellers(doc, prep_objects(token, "with")) if entity_type(doc, t) is EntityType.PERSON]
            for traveller in travellers:
                yield from _facts(doc, token, [traveller], places, "visited.verb", 0.9, sought=lemma in words["verbs_direct"])
            yield from _facts(doc, token, travellers, been, "visited.return", 0.8, status=Status.OCCURRED)
        if left:
            # "X left Doha for Riyadh", "X has left Qatar after talks": a guest from abroad was there
            # (one with no home told may be leaving home: "left Madrid in 2010 to work in London")
            # ("left Z for home": whoever goes home from a place was a guest there)
            homeward = any(o.lower_ == "home" for o in prep_objects(token, "for")) or any(
                c.lower_ == "home" and c.dep_ == "advmod" for c in token.children)
            for traveller in _travellers(doc, clause_subjects(token)):
                if _is_resident_envoy(doc, traveller):
                    continue  # "ambassador Y was ordered to leave Malaysia": leaving a posting, no visit
                away = [p for p in left if homeward or _guest_from_abroad(doc, traveller, p)]
                yield from _facts(doc, token, [traveller], away, "visited.departure", 0.7, status=Status.OCCURRED)


def _verb_read_as_noun(token: Token, words: dict) -> bool:
    """"Erik Lund heads to Madrid": a verb of motion in the present that the tagger took for a
    plural noun, with the traveller's name made its modifier; the sentence's root or a clause
    reported ("Erik Lund heads to Madrid on Wednesday, the White House said"), with a
    destination after "to" or "for"."""
    return token.dep_ in {"ROOT", "ccomp"} and token.tag_ == "NNS" and token.lemma_.lower() in words["verbs_motion"] \
        and any(c.dep_ == "compound" and (c._.entity or "").startswith("person:") for c in token.children) \
        and bool(prep_objects(token, "to", "for"))


def _ranked(verb: Token) -> bool:
    """"came in second to Y in Iowa": a rank in a vote or a race, no journey. (Not "came fourth in
    Athens", where one competed, nor "arrived first in Oslo": there all the same.)"""
    return verb.lemma_.lower() == "come" and any(r.ent_type_ == "ORDINAL" or r.lower_ == "last" for r in prep_objects(verb, "in"))


# envoys who live in the country they are posted to (a special envoy travels)
_RESIDENT_ENVOYS = frozenset({"ambassador", "high commissioner", "consul", "consul general", "chargé d'affaires", "charge d'affaires"})


def _is_resident_envoy(doc: Doc, person: Ref) -> bool:
    """Whether the article gives the person an office of an envoy posted abroad, an ambassador's."""
    return any(r.title in _RESIDENT_ENVOYS for r in roles_of(doc, person))


def _relative_antecedents(clause: Token) -> list[Token]:
    """What the object a relative clause leaves out stands for: the noun it is about ("Kelby,
    which Y visited"), or what a copula equates that noun with ("A and B are the first countries
    that Y visited": A and B)."""
    noun = clause.head
    if noun.dep_ == "attr" and noun.head.lemma_ == "be" and not noun._.entity:
        return children(noun.head, "nsubj") or [noun]
    return [noun]


def _back(verb: Token) -> list[Token]:
    """The "back" of a verb of coming back ("flew back from Tokyo", "came back from a visit")."""
    return [c for c in verb.children if c.dep_ in {"prt", "advmod"} and c.lower_ == "back"]


def _where_place(doc: Doc, verb: Token) -> list[Ref]:
    """"arrived from Japan, where he attended the summit": the place a "where" clause is about."""
    place = location_of(doc, verb) if verb.dep_ == "relcl" else None
    return [place] if place is not None else []


def _names_a_seat(token: Token) -> bool:
    """Whether a noun phrase names a seat of government ("Downing Street", "the White House")."""
    words = [t.text for t in token.subtree if t.dep_ in {"compound", "amod"} or t.i == token.i]
    return gazetteer.country_of_seat(" ".join(words)) is not None


def _departs(verb: Token, departure_verbs: dict[str, list[str]]) -> bool:
    """Whether a verb is a departure: a lemma of ``departure_verbs`` with one of the particles
    it needs ("set off", "set out"), or with any particle when it needs none ("left")."""
    particles = departure_verbs.get(verb.lemma_.lower())
    if particles is None:
        return False
    return not particles or any(c.lower_ in particles for c in children(verb, "prt"))


@extractor("visited.invitation")
def invitations(doc: Doc) -> Iterator[Fact]:
    """"X invited Y to Vienna", "Y has been invited to Vienna by X", "X invited Y for a visit" (to
    X's country): a requested visit by Y."""
    words = lexicon("visited")
    for token in parsed_tokens(doc):
        if token.pos_ == "NOUN" and token.lemma_.lower() in words["invitation_nouns"]:
            # "X's invitation to the Bali summit", "X turned down an invitation to Kyiv": the one
            # invited to a place or an event (the answer says whether the visit is off)
            answered = token.dep_ == "dobj" and token.head.lemma_.lower() in words["invitation_answers"]
            owner = possessor(token)
            guests = [owner] if owner is not None else agents(token.head) if answered else []
            where = prep_objects(token, "to")
            places = _places(doc, where) + _event_places(doc, where)
            status = status_of(token) if answered else Status.REQUESTED
            status = Status.REQUESTED if status in {Status.OCCURRED, Status.PLANNED} else status
            yield from _facts(doc, token, _travellers(doc, guests), places, "visited.invitation", 0.7, status=status)
            continue
        if token.pos_ != "VERB" or token.lemma_.lower() not in words["inviting_verbs"]:
            continue
        visits = [o for o in prep_objects(token, "for") if o.lemma_.lower() in words["nouns"]]
        # "invited Y to Vienna", "invited Y for a visit to Vienna", "invited Y (as guest of honour) at the summit in Z"
        places = _places(doc, prep_objects(token, "to") + [p for v in visits for p in prep_objects(v, "to")])
        places = places or _event_places(doc, prep_objects(token, "to", "at") + [o for a in prep_objects(token, "as") for o in prep_objects(a, "at")])
        guests = _travellers(doc, children(token, "dobj") or children(token, "nsubjpass"))
        if not places and _invites_to_visit(token):
            # "X invited Y for an official visit": to X's country
            places = [c for host in refs(agents(token)) if (c := _home_country(doc, host)) is not None]
        if places and guests:
            yield from _facts(doc, token, guests, places, "visited.invitation", 0.75, status=Status.REQUESTED)


def _invites_to_visit(verb: Token) -> bool:
    """"invited Y for a visit", "invited Y to visit" (no place said)."""
    nouns = lexicon("visited")["nouns"]
    return any(o.lemma_.lower() in nouns for o in prep_objects(verb, "for")) or any(
        x.lemma_.lower() in {"visit", "come"} and not children(x, "dobj") and not prep_objects(x, "to", "in")
        for x in children(verb, "xcomp")
    )


def _home_country(doc: Doc, person: Ref) -> Ref | None:
    """The country the article names whose office the person holds ("President of France")."""
    return next((found for name in role_countries(doc, person) if (found := _named_country(doc, name)) is not None), None)


def _named_country(doc: Doc, name: str) -> Ref | None:
    """The entity of a country the article names, or points to with a demonym ("the Kenyan capital")."""
    for key, other in doc._.entities.items():
        if other.label == name and (other.forms or any(t._.entity == key for t in parsed_tokens(doc))):
            return Ref(key, "role")
    return None


@extractor("visited.hosted")
def hosted(doc: Doc) -> Iterator[Fact]:
    """"X hosted Y in Paris", "Y was received by X in Vienna", "X welcomed Y to Oslo", "Norway has
    played host to Y": the guest came to the place (not when it is the guest's own country or
    capital); the host is at home."""
    words = lexicon("visited")
    for token in parsed_tokens(doc):
        # "Z has played host to X and Y"
        played_host = played_host_to(token)
        if token.pos_ != "VERB" or (token.lemma_.lower() not in words["hosting_verbs"] and played_host is None):
            continue
        passive = any(c.dep_ == "nsubjpass" for c in token.children)
        guests = children(token, "nsubjpass") if passive else children(token, "dobj")
        if played_host is not None:
            guests = played_host
        if not guests and (parted := subjects_of_parted_passive(token)):
            passive, guests = True, parted
        # the parser often hangs the place on a name next to it ("received Y in Paris")
        # "hosted Y for talks at Z", "greeted Y during a ceremony at Z"
        hangers = [token, *guests, *prep_objects(token, "by"), *prep_objects(token, "for"), *prep_objects(token, "during")]
        hangers += [o for p in prep_objects(token, "with") for o in prep_objects(p, "during")]  # "with a smile during ..."
        # "was greeted by India's minister of parliamentary affairs, Y in New Delhi": the parser can
        # hang the host's name, and the place with it, on the guest
        hangers += [a for t in hangers for a in children(t, "appos") if a.pos_ == "PROPN" and a._.entity]
        places = _places(doc, [p for t in hangers for p in prep_objects(t, "in", "at", "to", "into")])
        if not places:
            # "Spain hosted Y": a country or a town as the host is the place
            hosts = prep_objects(token, "by") if passive else clause_subjects(token)
            places = [r for r in refs(hosts) if entity_type(doc, r) in {EntityType.COUNTRY, EntityType.CITY}]
        if not places:
            continue
        for guest, away in _away_from_home(doc, guests, places):
            yield from _facts(doc, token, [guest], away, "visited.hosted", 0.75)
    for token in with_lemmas(doc, welcoming_verbs()):
        # "X received a warm welcome from Y in Delhi", "Y gave X a red-carpet welcome at Z": the
        # one welcomed came there
        sides = welcome_sides(token)
        if sides is None:
            continue
        welcomed, welcoming = sides
        hangers = [token, *children(token, "dobj"), *welcomed, *welcoming]
        places = _places(doc, [p for t in hangers for p in prep_objects(t, "in", "at", "to")])
        for guest, away in _away_from_home(doc, welcomed, places, persons_only=True):
            yield from _facts(doc, token, [guest], away, "visited.hosted", 0.7)


@extractor("visited.noun")
def noun_visits(doc: Doc) -> Iterator[Fact]:
    words = lexicon("visited")
    for token in parsed_tokens(doc):
        if token.pos_ in {"NOUN", "PROPN"} and token.lemma_.lower() in words["passing_nouns"]:
            # "his swing through Hamburg and Kyiv": a trip only with the places it passed through
            places = _places(doc, prep_objects(token, "through"))
        elif token.pos_ in {"NOUN", "PROPN"} and (token.lemma_.lower() in words["nouns"] or _is_trip_leg(token, words)):
            places = _places(doc, prep_objects(token, "to", "in", "at", "through"))
        elif token.pos_ == "NOUN" and token.lemma_.lower() in words["return_verbs"]:
            # "on her return from the US": where one comes back from, one has been
            places = _places(doc, prep_objects(token, "from"))
        else:
            continue
        if token.lemma_.lower() == "tour" or not places:
            places += _places(doc, prep_objects(token, "of"))  # "a tour of Africa", "a state visit of the UK"
        if not places:
            # "a trip to the gears factory in Kelby": where the site one went to is
            sites = [o for o in prep_objects(token, "to") if o.pos_ == "NOUN"]
            places = _places(doc, [p for o in sites for p in prep_objects(o, "in", "at")])
            after = doc[token.right_edge.i + 1] if token.right_edge.i + 1 < len(doc) else None
            if not places and after is not None and after.lower_ in {"in", "at"} and after.dep_ == "prep" \
                    and any(o.lemma_.lower() in gazetteer.VENUE_NOUNS for o in sites):
                # the same with "in Kelby" hung on the verb ("used a trip to the factory in Kelby")
                places = _places(doc, children(after, "pobj"))
        # "her Kyiv visit" (not "four tries in three England appearances": a record counted, not a trip)
        if not (token.tag_ == "NNS" and token.lemma_.lower() in _RECORD_NOUNS):
            places += _places(doc, [c for c in token.children if c.dep_ in {"compound", "nmod"}
                                    or (c.dep_ == "amod" and gazetteer.country_by_demonym(c.text) is None)])
        if token.lemma_.lower() in words["stop_nouns"]:
            # "the German leg of his tour": a stop's demonym names where it is (a visit's names whose)
            countries = [gazetteer.country_by_demonym(c.text) for c in children(token, "amod")]
            places += [r for c in countries if c is not None and (r := _named_country(doc, c.name)) is not None and r not in places]
        places += _event_places(doc, prep_objects(token, "at", "to"))
        if token.dep_ == "nsubj" and token.head.lemma_ == "be":
            places += [p for p in _places(doc, prep_objects(token.head, "to")) if p not in places]  # "my first visit will be to Germany"
        if token.dep_ == "nsubj" and token.head.lemma_.lower() in words["verbs_motion"]:
            # "the farewell tour rolled into Iraq": where the trip itself went
            places += [p for p in _places(doc, prep_objects(token.head, "into", "to", "in")) if p not in places]
        owner = possessor(token)
        if owner is not None:
            travellers = _travellers(doc, [owner])
        else:
            by_whom = prep_objects(token, "of", "by") + visitors_received(token)
            # "the German leg of his European tour": the stop of a trip is the trip owner's
            by_whom += [o for t in by_whom if t.lemma_.lower() in words["nouns"] and (o := possessor(t)) is not None]
            if not by_whom and token.dep_ == "pobj" and token.head.head.pos_ == "VERB" and not children(token.head.head, "auxpass"):
                # "culminating in a visit to Cuba by X": the parser can hang "by X" on the verb
                by_whom = [o for o in prep_objects(token.head.head, "by") if o.i > token.i]
            travellers = _travellers(doc, by_whom)
            if not travellers:
                # "the Tomas Berg farewell tour": a person's name before the trip is whose it is
                travellers = [r for r in _travellers(doc, children(token, "compound")) if entity_type(doc, r) is EntityType.PERSON]
            for traveller in by_whom:
                # "the attendance of the chief at the summit": the parser often hangs "at" on the person
                places += _event_places(doc, prep_objects(traveller, "at")) + _places(doc, prep_objects(traveller, "to"))
        status = None
        # "returned from a trip to Z", "came back from a visit to Z"; not "banned from a trip"
        came_back = token.head.lower_ == "from" and (
            token.head.head.lemma_.lower() in words["return_verbs"] or bool(_back(token.head.head))
        )
        # "on the first day of a visit to Z", "at the end of a trip to Z": the clause is within the trip
        within = token.head.head if token.dep_ == "pobj" and token.head.lower_ == "of" \
            and token.head.head.lemma_.lower() in _TRIP_PARTS and token.head.head.dep_ == "pobj" else None
        subject_phrase = token.head.head if token.dep_ == "pobj" and token.head.lower_ in {"on", "upon"} \
            and token.head.head.dep_ in {"nsubj", "nsubjpass"} else None
        if subject_phrase is not None:
            # "X on arrival in Z called on Y", "X on her trip to Z will meet Y": the parser hangs
            # the phrase on the subject; the trip is as past or future as the clause
            travellers = travellers or _travellers(doc, [subject_phrase])
            status = _tense_of(subject_phrase.head)
        elif (within is not None and within.head.lower_ in {"during", "on", "upon", "at", "in"}
              and (verb := _clause_verb_of(within.head)) is not None) \
                or (token.dep_ == "pobj" and (token.head.lower_ in {"during", "on", "upon", "after", "following", "in"} or came_back)
                    and (verb := _clause_verb_of(token.head)) is not None
                    and not (token.head.lower_ == "on" and verb.lemma_.lower() in agreed_or_invited_on())):
            # (what one agrees or decides on is still ahead: "the two agreed on a visit by Y"; one
            # invited on a trip is asked to make it: "was invited on a return visit to Z")
            # a trip a clause happens during is as past or future as the clause ("is on a visit to Z",
            # "upon arrival in Z, X was greeted by Y"), and one comes back from ("returned from a trip to Z")
            # (what a clause comes "following" went before it: "will meet Y following his Moscow stop")
            # (a trip the article calls upcoming or planned is still ahead, whenever the clause is:
            # "threatened countermeasures over a meeting during her upcoming stop in Z")
            planned_itself = any(c.lower_ in lexicon("modality")["planning_adjectives"] for c in children(token, "amod"))
            status = _tense_of(verb) if token.head.lower_ != "following" and not planned_itself else None
            if status is not None and (said := _owner_said_ought(verb, owner)) is not None:
                # "X said the war must end during his visit to Z": what X says ought to happen is
                # no plan for the trip X was on when saying it
                status = _tense_of(said)
            if not travellers:
                # "X discussed it during a trip to Z", "X sailed in Z while on a visit with Y": the
                # clause's agent (and who came along) made the trip, where the clause happens
                # (a passive's subject, not its agent: "upon arrival in Z, X was greeted by Y")
                subjects = children(verb, "nsubjpass") or clause_subjects(verb)
                if verb.lemma_.lower() in words["hosting_verbs"] and (owner is not None or _travellers(doc, children(verb, "dobj"))):
                    subjects = children(verb, "dobj")  # "X welcomed Y upon (his) arrival": Y's
                travellers = _travellers(doc, subjects) + _travellers(doc, prep_objects(token, "with"))
                if not travellers and verb.dep_ == "ccomp" and verb.head.pos_ == "VERB":
                    # "X said the US is encouraging war during a trip to Z": no one in what was said
                    # travels; who said it was on the trip, as the saying went
                    travellers = _travellers(doc, clause_subjects(verb.head))
                    status = _tense_of(verb.head) if status is not None else None
                places = places or _places(doc, prep_objects(verb, "in"))
        elif not travellers and token.dep_ == "pobj" and token.head.lower_ == "on" \
                and token.head.head.lemma_.lower() in words["inviting_verbs"]:
            # "X has been invited on a return visit to Z", "invited X on a trip to Z": the one invited
            # is asked to make the trip
            verb = token.head.head
            travellers = _travellers(doc, passive_subjects(verb) or children(verb, "dobj"))
        elif not travellers and token.dep_ == "pobj" and token.head.lower_ == "for" and token.head.head.pos_ == "VERB" \
                and _departs(token.head.head, words["departure_verbs"]):
            # "left for a trip to Z", "before leaving for a week-long visit to Z": one sets off on the trip
            verb = token.head.head
            travellers, status = _travellers(doc, clause_subjects(verb)), status_of(verb)
            if not travellers and verb.dep_ == "pcomp" and verb.head.head.dep_ == "prep" and verb.head.head.head.pos_ == "VERB":
                # "On Friday before leaving for a trip to Z, X announced ...": the clause's subject
                travellers = _travellers(doc, clause_subjects(verb.head.head.head))
        elif not places and not travellers and token.dep_ == "pobj" and token.head.lower_ == "for" \
                and (verb := _clause_verb_of(token.head)) is not None and (located := _places(doc, prep_objects(verb, "in"))):
            # "stepped out of his limousine in Jeddah for a visit": one somewhere for a visit visits it
            places, travellers, status = located, _travellers(doc, clause_subjects(verb)), status_of(verb)
        elif places and not travellers and token.dep_ == "pobj" and token.head.lower_ == "for" \
                and (verb := _clause_verb_of(token.head)) is not None \
                and ((verb.lemma_ == "be" and _places(doc, prep_objects(verb, "in", "at"))) or verb.lemma_.lower() in words["verbs_motion"]):
            # "X was in Canada for a visit to the expo in Kelby", "X came for a visit to Z": one
            # somewhere, or come, for a visit makes it (not "X is in the frame for the tour to Z")
            travellers, status = _travellers(doc, clause_subjects(verb)), status_of(verb)
        elif not travellers and token.dep_ == "pobj" and token.head.lower_ == "with" \
                and token.head.head.lemma_.lower() in _TRIP_BOUNDS and token.head.head.pos_ == "VERB":
            # "X began with a visit to Paris", "X wrapped up her tour with a stop in Z": the stop
            # that opens or closes one's trip is one's own
            verb = token.head.head
            travellers, status = _travellers(doc, clause_subjects(verb)), status_of(verb)
        elif not travellers and token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lemma_.lower() == "part" \
                and token.head.head.dep_ == "attr" and token.head.head.head.lemma_ == "be":
            # "X is part of the trip to Z", "X will be part of a trade mission to Z": one of those making it
            verb = token.head.head.head
            travellers, status = _travellers(doc, clause_subjects(verb)), _tense_of(verb)
        elif not travellers and token.dep_ == "pobj" and token.head.lower_ in {"during", "on"} \
                and token.head.head.lemma_.lower() in words["speech_nouns"] and children(token.head.head, "poss"):
            # "X's remarks during a visit to Z": who made them was on the trip
            travellers = _travellers(doc, children(token.head.head, "poss"))
        if places and token.dep_ == "dobj":
            # "will pay a visit to Poland on Monday and to France on Tuesday": the second destination
            # hangs on the verb's date
            places += [p for p in _places(doc, prep_objects(token.head, "to")) if p not in places]
        if not places and token.dep_ == "dobj":
            # "cancelled her trip to Z": the parser often hangs the destination on the verb; and
            # "made a stopover in Z", "paid a visit at Z" where the verb only makes the trip
            places = _places(doc, prep_objects(token.head, "to"))
            if not places and token.head.lemma_.lower() in {"make", "pay"}:
                places = _places(doc, prep_objects(token.head, "in", "at"))
        if not places:
            continue
        if not travellers and token.dep_ == "dobj" and (token.head.lemma_.lower() in _UNDERTAKING or calls_off(token.head)):
            travellers = _travellers(doc, agents(token.head))  # "puts off state visit to Z": the one who would go
        listed = token
        while listed.dep_ == "conj" or (listed.dep_ == "appos" and listed.head.dep_ == "pobj"
                                        and listed.head.head.head.lemma_.lower() in words["nouns"]):
            # "included a visit to Y, a tour of Z and ...": each trip listed (the parser can set the
            # next one in apposition to the place before it)
            listed = listed.head if listed.dep_ == "conj" else listed.head.head.head
        if not travellers and listed.dep_ == "dobj" and listed.head.lemma_.lower() == "include":
            # "X's tour included visits to Y and Z", "X's tour, which has included a stop in Y",
            # "the visit by X included a visit to Y": the stops of a trip are its owner's
            trip = _trip_including(listed.head)
            owners = [] if trip is None else [possessor(trip)] + [possessor(c) for c in children(trip, "nmod", "compound")] \
                + prep_objects(trip, "by")
            # "X's Horn of Africa tour": the parser can give the owner to the name before the trip
            travellers = _travellers(doc, [o for o in owners if o is not None][:1])
        yield from _facts(doc, token, travellers, places, "visited.noun", 0.8, status=status, sought=token.lemma_.lower() in _SEEKING_NOUNS)


@extractor("visited.destination")
def destinations(doc: Doc) -> Iterator[Fact]:
    """"X chose China as his first overseas destination", "Paris was X's first destination", "X's
    destination is Oslo": the place called someone's destination is where they go."""
    for noun in with_lemmas(doc, lexicon("visited")["destination_nouns"]):
        if noun.pos_ != "NOUN" or any(c.lower_ in _PREFERENCE_WORDS for c in children(noun, "amod", "compound")):
            continue  # ("Z would not be his preferred destination": a liking, no trip)
        verb = noun.head
        if noun.dep_ == "pobj" and verb.lower_ == "as" and verb.head.pos_ == "VERB":
            verb = verb.head  # "chose Z as his destination"
            places = _places(doc, children(verb, "dobj"))
        elif noun.dep_ == "attr" and verb.lemma_ == "be":
            places = _places(doc, children(verb, "nsubj"))  # "Z was his destination"
        elif noun.dep_ == "nsubj" and verb.lemma_ == "be":
            places = _places(doc, children(verb, "attr"))  # "his destination is Z"
        else:
            continue
        owner = possessor(noun)
        travellers = _travellers(doc, [owner] if owner is not None else prep_objects(noun, "of") or clause_subjects(verb))
        # ("his next destination is Z": still ahead)
        ahead = any(c.lower_ in lexicon("modality")["planning_adjectives"] for c in children(noun, "amod"))
        yield from _facts(doc, noun, travellers, places, "visited.destination", 0.7, status=Status.PLANNED if ahead else status_of(verb))


_PREFERENCE_WORDS = frozenset({"preferred", "favourite", "favorite", "popular", "ideal", "dream", "desired"})


def _owner_said_ought(verb: Token, owner: Token | None) -> Token | None:
    """The verb of saying when ``verb`` is in what the trip's owner said ought to happen ("X said
    Y must go during his visit", "X said Y needs to stop fighting during his visit"): a duty told,
    no plan ("X said he will sign it during his visit", "wants to sign it" tell of the trip
    ahead); None otherwise."""
    chain = [verb]
    while chain[-1].dep_ == "xcomp":
        chain.append(chain[-1].head)
    reported = chain[-1]
    said = reported.head
    if owner is None or reported.dep_ != "ccomp" or said.lemma_.lower() not in lexicon("criticized")["speech_verbs"]:
        return None
    duty = any(c.dep_ == "aux" and c.lower_ in _DUTY_AUX for v in chain for c in v.children) \
        or (reported.lemma_.lower() == "need" and len(chain) > 1)
    owners, speakers = {r.key for r in refs([owner])}, {r.key for r in refs(clause_subjects(said))}
    return said if duty and owners and owners == speakers else None


# what a speaker says ought to happen, not what is to come
_DUTY_AUX = frozenset({"must", "should", "ought"})


def _is_trip_leg(token: Token, words: dict) -> bool:
    """"the German leg of his European tour": a leg of a trip (not "injured his leg")."""
    return token.lemma_.lower() in words["stop_nouns"] and any(
        o.lemma_.lower() in words["nouns"] for o in prep_objects(token, "of") + [p for p in [possessor(token)] if p is not None])


def _trip_including(verb: Token) -> Token | None:
    """The trip noun that is the subject of "include", or that a relative clause of "include" is about."""
    subjects = children(verb, "nsubj")
    if not subjects:
        return None
    trip = verb.head if verb.dep_ == "relcl" and subjects[0].lower_ in {"which", "that"} else subjects[0]
    return trip if trip.lemma_.lower() in lexicon("visited")["nouns"] else None


@extractor("visited.stop")
def trip_stops(doc: Doc) -> Iterator[Fact]:
    """"Dhaka is the first stop in a visit undertaken by X", "Kyiv was the last leg of her tour",
    "her next stop will be Oslo": a place said to be a stop of someone's trip was visited on it."""
    words = lexicon("visited")
    for token in parsed_tokens(doc):
        if token.lemma_ != "be":
            continue
        stops = [a for a in children(token, "attr") if a.lemma_.lower() in words["stop_nouns"]]
        places = _places(doc, children(token, "nsubj")) if stops else []
        if not stops:
            # "her first stop was Oslo", "the last leg of his tour will be Kyiv": the other way round
            stops = [s for s in children(token, "nsubj") if s.lemma_.lower() in words["stop_nouns"]]
            places = _places(doc, children(token, "attr")) if stops else []
        if not places:
            continue
        trips = [t for t in prep_objects(stops[0], "in", "of", "on") if t.lemma_.lower() in words["nouns"]]
        # "Oslo was her first stop": a stop in a sequence is one of a trip (not "his preferred stop")
        in_sequence = trips or any(a.lower_ in _SEQUENCE_WORDS or a.like_num for a in children(stops[0], "amod", "nummod"))
        owners = [o for o in [possessor(stops[0])] if o is not None and in_sequence]
        for trip in trips:
            owners += [o for o in [possessor(trip)] if o is not None] + prep_objects(trip, "by")
            owners += [b for clause in children(trip, "acl") for b in prep_objects(clause, "by")]  # "a visit undertaken by X"
        status = status_of(token)
        if status is Status.OCCURRED and any(status_of(t) is Status.PLANNED for t in trips):
            status = Status.PLANNED  # "Oslo is the first stop of her planned tour"
        yield from _facts(doc, token, _travellers(doc, owners), places, "visited.stop", 0.7, status=status)


@extractor("visited.taken")
def trips_taking(doc: Doc) -> Iterator[Fact]:
    """"The tour, which will take X to Brazil and Mexico", "a mission that took him to Z", "the
    train that took him to Z": where a trip or a vehicle takes someone, they go (as the verb's
    modality says); and "X took the train to Z", "boarded a flight to Z", "caught a train to Z";
    and a person someone brings or takes to a place ("brought Y to Louisville")."""
    words = lexicon("visited")
    for token in with_lemmas(doc, [*words["conveying_verbs"], *words["boarding_verbs"]]):
        if token.pos_ != "VERB":
            continue
        boarding = token.lemma_.lower() in words["boarding_verbs"]
        trips = [t.head if t.tag_ in {"WDT", "WP"} and token.dep_ == "relcl" else t for t in clause_subjects(token)]
        vehicles = [o for o in children(token, "dobj") if o.lemma_.lower() in words["vehicle_nouns"]]
        if boarding:
            travellers = _travellers(doc, clause_subjects(token)) if vehicles else []
        elif any(t.lemma_.lower() in words["nouns"] or t.lemma_.lower() in words["vehicle_nouns"] for t in trips):
            travellers = _travellers(doc, children(token, "dobj"))
        elif vehicles:
            travellers = _travellers(doc, clause_subjects(token))
        elif any(entity_type(doc, r) is EntityType.PERSON for r in refs(clause_subjects(token))) and not prep_objects(token, "as"):
            # "X brought Housing Secretary Y to Louisville": a person someone takes somewhere goes
            # there (not where a road or a career takes one, nor one taken on: "took him to the
            # club as his assistant")
            travellers = [r for r in _travellers(doc, children(token, "dobj")) if entity_type(doc, r) is EntityType.PERSON]
        else:
            continue
        # (where the vehicle goes: "a flight to Z")
        places = _places(doc, prep_objects(token, "to") + [p for v in vehicles for p in prep_objects(v, "to")])
        if places:
            yield from _facts(doc, token, travellers, places, "visited.taken", 0.7)


@extractor("visited.entry")
def entry_refused(doc: Doc) -> Iterator[Fact]:
    """"Norway refused Y entry", "Y was denied entry to Norway", "would refuse Y permission to
    land": the one kept out does not go there (the place after "to", else the country that
    refuses)."""
    words = lexicon("visited")
    for token in with_lemmas(doc, words["entry_nouns"]):
        verb = token.head
        if token.pos_ != "NOUN" or token.dep_ != "dobj" or not calls_off(verb):
            continue
        if token.lemma_.lower() == "permission" and not any(
                c.lemma_.lower() in words["entering_purposes"] for c in children(token, "acl", "xcomp")):
            continue  # "refused Y permission to speak"
        # the parser can make the one refused a modifier of "entry": "refused Olek Varnay entry"
        kept_out = children(verb, "dative", "nsubjpass") + [c for c in children(token, "compound") if c._.entity] \
            + [o for o in prep_objects(token, "to") if ref_of(o) is not None and not is_place(doc, ref_of(o))]
        places = _places(doc, [o for o in prep_objects(token, "to", "into") + prep_objects(verb, "to", "into")
                               if ref_of(o) is None or is_place(doc, ref_of(o))])
        if not places and not children(verb, "nsubjpass"):
            places = [r for r in refs(agents(verb)) if entity_type(doc, r) is EntityType.COUNTRY]
        yield from _facts(doc, token, _travellers(doc, kept_out), places, "visited.entry", 0.7, status=Status.NEGATED)


@extractor("visited.performance")
def performances(doc: Doc) -> Iterator[Fact]:
    """"X cancelled her concert in Oslo", "X's gig at the arena in Z", "a concert scheduled for
    Z": a performer's own show is given where it is held (as the clause's modality says: a show
    cancelled is a visit negated)."""
    words = lexicon("visited")
    staging = set(words["staging_verbs"]) | set(words["performing_verbs"])
    for token in with_lemmas(doc, words["performance_nouns"]):
        if token.pos_ != "NOUN":
            continue
        owner = possessor(token)
        # "X gave (cancelled) a concert in Z": the one who gives it or calls it off
        staged = token.dep_ == "dobj" and (token.head.lemma_.lower() in staging or calls_off(token.head))
        performers = [owner] if owner is not None else agents(token.head) if staged else []
        if not performers:
            continue  # "watched a concert in Oslo" says nothing of who performs
        held = [p for c in children(token, "acl") if c.tag_ == "VBN" for p in prep_objects(c, "for", "in", "at")]
        where = prep_objects(token, "in", "at") + held + prep_objects(token.head, "in", "at")
        # ("a concert scheduled for Oslo's Convention Centre": the town that owns the venue)
        places = _places(doc, where) or _places(doc, [o for o in map(possessor, where) if o is not None])
        if places:
            yield from _facts(doc, token, _travellers(doc, performers), places, "visited.performance", 0.7, status=status_of(token))


@extractor("visited.homage")
def homage(doc: Doc) -> Iterator[Fact]:
    """"X paid his respects at the Kelby shrine", "paid homage at Z", "laid a wreath at the
    memorial in Z": homage paid at a place is paid there."""
    words = lexicon("visited")["homage_verbs"]
    for token in with_lemmas(doc, words):
        paid = [o for o in children(token, "dobj") if o.lemma_.lower() in words[token.lemma_.lower()]]
        if token.pos_ != "VERB" or not paid:
            continue
        places = _places(doc, [p for h in [token, *paid] for p in prep_objects(h, "at", "to", "in")])
        yield from _facts(doc, token, _travellers(doc, clause_subjects(token)), places, "visited.homage", 0.7)


def _tense_of(verb: Token) -> Status:
    """Whether what a clause happens during ("met Y during a visit to Z") has happened or is to
    come: the clause's status, less its negation or request ("will not meet Y during his visit"
    does not call the visit off); a participle that says what was done then is past ("the
    visits announced during X's visit to Z")."""
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and not any(c.dep_ in {"aux", "auxpass"} for c in verb.children):
        return Status.OCCURRED
    status = status_of(verb)
    if status is Status.OCCURRED and verb.lemma_.lower() == "expect" and children(verb, "auxpass") and not children(verb, "xcomp", "ccomp"):
        return Status.PLANNED  # "X is expected in Z on Monday in a two-day visit": one still to come
    if status is Status.NEGATED or status is Status.REQUESTED:
        planning = lexicon("modality")["planning_aux"]
        return Status.PLANNED if status is Status.REQUESTED or any(c.dep_ == "aux" and c.lower_ in planning for c in verb.children) else Status.OCCURRED
    return status


_TRIP_DISTANCE = 2  # sentences back to look for the trip told last
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})  # a finite verb: a clause, no headline's "X in Y"


@extractor("visited.companion")
def companions(doc: Doc) -> Iterator[Fact]:
    """"Y accompanied X to Z", "Y accompanied X on the visit", "X visited Z. She was accompanied
    by Y", "Y joined X on the trip": who goes along goes where the one accompanied went (the trip
    named, else the last one told of them, in the sentence or the two before)."""
    words = lexicon("visited")
    for token in parsed_tokens(doc):
        lemma = token.lemma_.lower()
        joining = lemma in words["trip_joining_verbs"]
        if token.pos_ != "VERB" or not (lemma in words["companion_verbs"] or joining) or (token.dep_ == "acl" and token.tag_ == "VBN"):
            continue  # "X, accompanied by Y, visited Z": read with the visit (_companions)
        if children(token, "nsubjpass"):
            goers, principals = prep_objects(token, "by"), children(token, "nsubjpass")
        else:
            goers, principals = agents(token), children(token, "dobj")
        principal_refs = refs(principals)
        trips = [n for n in prep_objects(token, "on", "during") if n.lemma_.lower() in words["nouns"]]
        if joining and not trips:
            continue  # "joined X on the trip", not "joined X in condemning it"
        # (only a place right after "to": "accompanied by A, Ambassador of Russia to Mongolia B, ..." names no destination)
        destinations = [o for o in prep_objects(token, "to") if (r := ref_of(o)) is not None and is_place(doc, r)]
        places = _places(doc, destinations) or _places(doc, [p for n in trips for p in prep_objects(n, "to")])
        joins = bool(places)  # "accompanied X to Z": X went too
        if not places and principal_refs:
            places = _last_trip(doc, token, principal_refs)
        if not places:
            continue
        travellers = [t for t in _travellers(doc, goers + (principals if joins else [])) if entity_type(doc, t) is EntityType.PERSON]
        yield from _facts(doc, token, travellers, places, "visited.companion", 0.6, status=status_of(token))


def _last_trip(doc: Doc, token: Token, travellers: list[Ref]) -> list[Ref]:
    """The places of the trip told last of any of ``travellers`` before ``token``
    (:func:`trips_told_before`)."""
    keys = {t.key for t in travellers}
    for trip, makers in trips_told_before(token):
        if not keys & {r.key for r in refs(makers)}:
            continue
        found = _places(doc, (children(trip, "dobj") if trip.pos_ == "VERB" else []) + prep_objects(trip, "to", "in"))
        if found:
            return found
    return []


def trips_told_before(token: Token) -> Iterator[tuple[Token, list[Token]]]:
    """The trips told before ``token``, in its sentence or the two before, the latest first: each
    a verb of visiting or travel with its agents, or a trip noun with its owner ("X's visit") or
    with who undertook it ("X made a visit")."""
    words = lexicon("visited")
    for earlier in reversed(token.doc[sentences_back(token, _TRIP_DISTANCE) : token.i]):
        if not earlier.dep_:
            continue  # not parsed
        if (makers := _journey_makers(earlier)) is not None:
            yield earlier, makers
        elif earlier.pos_ == "NOUN" and earlier.lemma_.lower() in words["nouns"] and earlier.dep_ == "dobj" \
                and earlier.head.lemma_.lower() in _UNDERTAKING:
            yield earlier, agents(earlier.head)  # "X made a surprise visit to Z"


@cache
def _journey_makers(token: Token) -> list[Token] | None:
    """Who a token tells of a journey: the agents of a verb of visiting or travel, the owner of
    a trip noun ("X's visit"); None when it tells of none."""
    if token.pos_ == "VERB" and token.lemma_.lower() in journey_verbs():
        return agents(token)
    if token.pos_ == "NOUN" and token.lemma_.lower() in lexicon("visited")["nouns"] and (owner := possessor(token)) is not None:
        return [owner]
    return None


@extractor("visited.visitor")
def visitors(doc: Doc) -> Iterator[Fact]:
    """"X, a frequent visitor to Z", "X is the first visitor to Z", "Z has had few visitors,
    including X": a visitor to a place went there; so did a guest of an event held in one."""
    words = lexicon("visited")
    for token in parsed_tokens(doc):
        if token.pos_ != "NOUN" or token.lemma_.lower() not in words["visitor_nouns"]:
            continue
        places = _places(doc, prep_objects(token, "to"))
        if not places:
            places = _event_places(doc, prep_objects(token, "of", "at"))  # "the honorary guest of the Skopje summit"
        if not places:
            places = _places(doc, prep_objects(token, "at", "in"))  # "the guests of the Queen at Windsor Castle"
        if not places and token.dep_ == "dobj" and token.head.lemma_.lower() in words["visited_by_verbs"]:
            places = _places(doc, clause_subjects(token.head))  # "Z has known few visitors"
        if not places:
            continue
        if token.dep_ == "attr" and token.head.lemma_ == "be":
            who = agents(token.head)
        elif token.dep_ == "appos":
            who = [token.head]
        else:
            who = []
        who += [o for p in children(token, "prep") if p.lower_ == "including" for o in children(p, "pobj")]
        travellers = [t for t in _travellers(doc, who) if entity_type(doc, t) is EntityType.PERSON]
        # "X will be the guests of Y at Z": what the copula says of it
        said_of = token.head if token.dep_ == "attr" and token.head.lemma_ == "be" else token
        yield from _facts(doc, token, travellers, places, "visited.visitor", 0.6, status=status_of(said_of))


@extractor("visited.visiting")
def called_visiting(doc: Doc) -> Iterator[Fact]:
    """"BRASILIA -- Visiting Chinese Vice President X lauded ...", "the visiting premier said":
    one a datelined story calls visiting is in its dateline's town."""
    town = dateline_place(doc)
    if town is None:
        return
    for token, visitor in _called_visiting(doc):
        if entity_type(doc, visitor) is EntityType.PERSON:
            yield from _facts(doc, token, [visitor], [town], "visited.visiting", 0.6, status=Status.OCCURRED)


def _visiting_whom(doc: Doc, visiting: Token) -> Ref | None:
    """Whom "visiting" qualifies: the noun it modifies, or the name its title-case words lead to
    ("Visiting Chinese Vice President X", which the parser can read as a gerund clause)."""
    if visiting.dep_ == "amod":
        return ref_of(visiting.head)
    for word in doc[visiting.i + 1 : visiting.i + 7]:
        ref = ref_of(word) if word._.entity else None
        if ref is not None:
            return ref
        if not (word.is_title or word.ent_type_ == "NORP"):
            return None
    return None


@extractor("visited.meeting_place")
def meeting_places(doc: Doc) -> Iterator[Fact]:
    """Someone who met others ("met Y in Ankara", "will hold talks in Beijing") in a place that is
    not their own country went there."""
    meeting = lexicon("met_with")
    for token in parsed_tokens(doc):
        lemma = token.lemma_.lower()
        holds = holds_meeting(token, meeting)
        # "discussed it with Y in Z": talks with someone named, face to face in a place
        # ("chatted with Y at his home in Havana": talking with someone in a place)
        talks_with = (lemma in meeting["verbs_with_with"] or lemma in meeting["talking_verbs"]) and any(
            entity_type(doc, r) in _TRAVELLERS for r in refs(talks_partners(token))
        )
        # "called on Y in Z": a visit to a person
        calls_on = any(entity_type(doc, r) is EntityType.PERSON for r in refs(called_on(token, meeting)))
        # "are expected to get together in Washington"
        if token.pos_ != "VERB" or not (lemma in meeting["verbs"] or holds or talks_with or calls_on or got_together(doc, token, meeting)):
            continue
        visiting = [x for x in children(token, "xcomp", "advcl") if _is_visiting_clause(x) and children(x, "dobj")]
        met_in = _town_met_in(doc, location_of(doc, token) or next((location_of(doc, x) for x in visiting), None))
        for place in ([met_in, *_town_around(doc, token.sent, met_in)] if met_in is not None else []):
            yield from _meeting_place_facts(doc, token, place, visiting)
    for token in parsed_tokens(doc):
        # "X told a joint news conference with Greek President Y in Kyiv": both are there
        if token.pos_ != "NOUN" or token.lemma_.lower() not in meeting["joint_nouns"]:
            continue
        partners = prep_objects(token, "with")
        # the place can hang on the verb: "told a news conference with Y in Kyiv"
        place = _town_met_in(doc, (location_of(doc, token) or (location_of(doc, token.head) if token.dep_ == "dobj" else None)) if partners else None)
        if place is None:
            continue
        for guest in _foreign_guests(doc, partners, place):
            yield from _facts(doc, token, [guest], [place], "visited.meeting_place", 0.65, status=status_of(token))
    for token in parsed_tokens(doc):
        # "the meeting between X and Y will take place in Z": every party comes to it; "X's talks
        # with Y in Z": X as with the verb, and Y when the article gives Y another home
        sides = noun_meeting(doc, token, meeting) if token.lemma_.lower() not in meeting["joint_nouns"] else None
        if sides is None or not (sides.partners or len(sides.holders) >= 2):
            continue
        met_in = _town_met_in(doc, location_of(doc, token))
        status = status_of(token)
        if met_in is None or status is Status.NEGATED:
            continue
        # (those who only acted together at talks, "after their meeting in Z, X and Y said", as
        # partners: only one the article gives a home elsewhere came)
        together = sides.extractor == "met_with.noun.together"
        for place in [met_in, *_town_around(doc, token.sent, met_in)]:
            guests = [r for r in (sides.holders if together else sides.partners) if _guest_from_abroad(doc, r, place)]
            holders = [] if together else [r for r in sides.holders if entity_type(doc, r) in _TRAVELLERS
                                           and not _hosts_guests(doc, r, sides.holders + guests, place)]
            yield from _facts(doc, token, holders, [place], "visited.meeting_place", 0.7, status=status)
            yield from _facts(doc, token, guests, [place], "visited.meeting_place", 0.65, status=status)
    for token in parsed_tokens(doc):
        # "the meeting Monday in Bogota will include X": who a meeting includes comes to its place
        if token.dep_ != "nsubj" or token.head.lemma_.lower() not in INCLUDING_VERBS or not is_meeting_noun(token, meeting):
            continue
        place = _town_met_in(doc, location_of(doc, token))
        if place is not None:
            included = [r for r in refs(children(token.head, "dobj")) if entity_type(doc, r) in _TRAVELLERS]
            yield from _facts(doc, token, included, [place], "visited.meeting_place", 0.65, status=status_of(token.head))


def _meeting_place_facts(doc: Doc, token: Token, place: Ref, visiting: list[Token]) -> Iterator[Fact]:
    """VISITED facts of those who met at ``token`` in ``place`` (see :func:`meeting_places`)."""
    meeting = lexicon("met_with")
    status = status_of(token)
    # "X arrived in Iraq, where he will meet Y": the one who came is there as the trip's verb tells
    trip = _trip_where_met(token)
    # "cancelled his trip to meet Y in Washington": the trip called off was to the place
    called_off = token.dep_ == "advcl" and is_infinitive(token) and purpose_of_unplaced_trip(token.head)
    if status is Status.NEGATED and trip is None and not called_off:
        return  # "did not meet Y in Oslo", "no plans to meet Y at the summit in Z": where anyone was is untold
    holders = _travellers(doc, agents(token))
    # "X met in Oslo with Y": Y came too when the article gives Y a home elsewhere
    met = children(token, "dobj") + talks_partners(token) + [o for x in visiting for o in children(x, "dobj")]
    if not met:
        # "when the Security Council meets in New York": a body meeting with no one else named
        # convenes where it sits; it travels nowhere
        holders = [h for h in holders if entity_type(doc, h) is not EntityType.ORGANIZATION]
    guests = _foreign_guests(doc, met, place)
    if place in _event_places(doc, prep_objects(token, "at", "during") + [p for o in children(token, "dobj") for p in prep_objects(o, "at", "during")]):
        # "will hold talks with Y at the party conference in Kelby": everyone at an event held
        # in a town came to it (who is at home there the article says)
        guests += [r for r in _travellers(doc, met) if r not in guests and not _is_home(doc, r, place)]
    for traveller in holders:
        if _met_on_arrival_of_other(doc, token, traveller) or _hosts_guests(doc, traveller, holders + guests, place):
            continue
        yield from _facts(doc, token, [traveller], [place], "visited.meeting_place", 0.7,
                          status=status_of(trip) if trip is not None else status)
    yield from _facts(doc, token, guests, [place], "visited.meeting_place", 0.65, status=status)


def _town_around(doc: Doc, sentence: Span, place: Ref) -> list[Ref]:
    """"met at the Rashtrapati Bhavan in New Delhi": the town or country a named place the tables
    do not know is said to be in, as the sentence names it (none for a town, a country or a venue
    whose town the meeting's place already is)."""
    if entity_type(doc, place) is not EntityType.PLACE:
        return []
    towns = [ref for t in sentence if t._.entity == place.key for o in prep_objects(t, "in")
             if (ref := ref_of(o)) is not None and entity_type(doc, ref) in {EntityType.CITY, EntityType.COUNTRY}]
    return towns[:1]


def _trip_where_met(verb: Token) -> Token | None:
    """"X arrived in Iraq, where he will meet Y": the verb of the trip to the place a "where"
    clause of meeting is on (the meeting is made on that trip); None for any other meeting."""
    if verb.dep_ != "relcl" or not any(c.lower_ == "where" for c in verb.children):
        return None
    place = verb.head
    trip = place.head.head if place.dep_ == "pobj" else place.head if place.dep_ == "dobj" else None
    words = lexicon("visited")
    if trip is None or trip.pos_ != "VERB" or trip.lemma_.lower() not in set(words["verbs_motion"]) | set(words["verbs_direct"]):
        return None
    return trip


def _hosts_guests(doc: Doc, person: Ref, parties: list[Ref], place: Ref) -> bool:
    """Whether a party to a meeting in a capital or a seat of government is its host there: one
    whose home the article does not give and whom it tells of no journey, meeting another party
    who is a guest from abroad ("Mr X held talks with North Korean leader Y in Beijing": X
    receives Y at home). A meeting in another town can bring two guests together ("met the
    Chinese foreign minister in Bali"), and so can one in a capital that one of them travelled to."""
    if entity_type(doc, person) is not EntityType.PERSON or role_countries(doc, person) or _countries_introduced(doc, person):
        return False
    label = doc._.entities[place.key].label
    if not (gazetteer.country_of_capital(label) or _said_to_be_a_capital(doc, place) or _is_seat(doc, place)):
        return False
    return person.key not in _travellers_told(doc) and any(
        other.key != person.key and _guest_from_abroad(doc, other, place) for other in parties)


def _travellers_told(doc: Doc) -> frozenset[str]:
    """The keys of everyone the article tells of a journey (:func:`_journey_makers`), read once
    per document."""
    found = doc.user_data.get("kg.travellers_told")
    if found is None:
        told = with_lemmas(doc, [*journey_verbs(), *lexicon("visited")["nouns"]])
        found = doc.user_data["kg.travellers_told"] = frozenset(
            r.key for t in told if (makers := _journey_makers(t)) is not None for r in refs(makers))
    return found


def _met_on_arrival_of_other(doc: Doc, verb: Token, traveller: Ref) -> bool:
    """"Y was met by X on his arrival in Z": who meets another on that one's arrival is the host
    there, not a traveller."""
    arrivals = [n for n in prep_objects(verb, "on", "upon") if n.lemma_.lower() == "arrival"]
    owners = [ref_of(owner) for n in arrivals if (owner := possessor(n)) is not None]
    return any(owner is not None and owner.key != traveller.key for owner in owners)


@extractor("visited.meeting_told_before")
def meetings_placed_after(doc: Doc) -> Iterator[Fact]:
    """"X met Y on Monday. The meeting took place in Oslo", "The talks in Z were hosted by W":
    the parties to a meeting told just before, and its host, were where a bare "the meeting"
    says it was held (not a place their roles make home)."""
    meeting = lexicon("met_with")
    for token in parsed_tokens(doc):
        if token.pos_ != "NOUN" or not is_meeting_noun(token, meeting):
            continue
        place = _town_met_in(doc, location_of(doc, token))
        told = meeting_told_before(doc, token) if place is not None else None
        if told:
            travellers = [r for r in told.parties + meeting_hosts(doc, token) if entity_type(doc, r) in _TRAVELLERS]
            # "X is due to meet Y. The meeting in Oslo follows ...": a trip for a meeting still to
            # come is still to come, whatever the tense of the sentence that places it
            status = told.status if status_of(token) is Status.OCCURRED and told.status is not Status.OCCURRED else None
            yield from _facts(doc, token, travellers, [place], "visited.meeting_told_before", 0.6, status=status)


def _town_met_in(doc: Doc, place: Ref | None) -> Ref | None:
    """Where a meeting took place, as a place someone visits: not a venue with no town (a meeting
    in a palace or a hotel says who came to town, not who toured the building), but a seat of
    government, which the news names as a destination of its own ("talks at the White House")."""
    return None if place is None or (is_venue(doc, place) and not _is_seat(doc, place)) else place


def _is_seat(doc: Doc, place: Ref) -> bool:
    """Whether a place is the building of a seat of government ("the White House", "the Kremlin")."""
    return gazetteer.country_of_seat(doc._.entities[place.key].label) is not None


def _foreign_guests(doc: Doc, tokens: list[Token], place: Ref) -> list[Ref]:
    """The persons among ``tokens`` who are :func:`_guest_from_abroad` at the place."""
    return [person for person in _travellers(doc, tokens) if _guest_from_abroad(doc, person, place)]


def _guest_from_abroad(doc: Doc, person: Ref, place: Ref) -> bool:
    """Whether a person's home, as the article gives it (a title's country or an introducing
    demonym), is known and is neither the place nor the place's country; or the article calls the
    person visiting ("met visiting UN chief Y in Beijing")."""
    if entity_type(doc, person) is not EntityType.PERSON or _is_home(doc, person, place):
        return False
    if any(visitor.key == person.key for _token, visitor in _called_visiting(doc)):
        return True
    country = _country_of_place(doc, place)
    if country is None:
        return False
    homes = set(role_countries(doc, person)) | _countries_introduced(doc, person)
    # a town of one's own country is no trip from abroad ("met his Finnish counterpart in Tampere")
    return bool(homes) and country not in homes


def _is_visiting_clause(token: Token) -> bool:
    """"met visiting UN chief Y": the parser can make "visiting" right after a verb of meeting a
    clause with Y its object."""
    return token.lower_ == "visiting" and token.dep_ in {"xcomp", "advcl"} and token.i == token.head.i + 1 \
        and token.head.lemma_.lower() in lexicon("met_with")["verbs"]


def _called_visiting(doc: Doc) -> list[tuple[Token, Ref]]:
    """Each "visiting" that calls someone a visitor, with whom: "the visiting US Secretary of
    State Y", "Visiting Chinese Vice President Y lauded ...", "met visiting UN chief Y"."""
    found = []
    for token in with_lemmas(doc, ["visit"]):
        if token.lower_ != "visiting":
            continue
        if _is_visiting_clause(token):
            found += [(token, r) for r in refs(o for o in children(token, "dobj") if o.left_edge.i == token.i + 1)]
        elif token.dep_ not in {"ROOT", "pcomp", "advcl", "xcomp", "relcl", "conj"}:
            visitor = _visiting_whom(doc, token)
            if visitor is not None:
                found.append((token, visitor))
    return found


def _away_from_home(doc: Doc, tokens: list[Token], places: list[Ref], persons_only: bool = False) -> Iterator[tuple[Ref, list[Ref]]]:
    """Each traveller among ``tokens`` (only persons, with ``persons_only``) with the ``places``
    that are not home to them (:func:`_is_home`)."""
    for traveller in _travellers(doc, tokens):
        if persons_only and entity_type(doc, traveller) is not EntityType.PERSON:
            continue
        yield traveller, [p for p in places if not _is_home(doc, traveller, p)]


def _is_home(doc: Doc, person: Ref, place: Ref) -> bool:
    """Whether a place is the country (or its capital) that the person's roles belong to, that a
    demonym introducing the person names ("her Polish counterpart B"), or that a national body's
    name starts with ("the Japanese government"); a venue the article puts in that country too.
    A town elsewhere in that country is no home: a president touring his country's ports visits
    them."""
    country = _country_of_place(doc, place)
    if country is None or not (_is_country_or_capital(doc, place) or is_venue(doc, place) or _is_seat(doc, place)):
        return False
    # a national body's name says its country: "the Japanese government"
    return country in role_countries(doc, person) or country in _countries_introduced(doc, person) \
        or national_body_country(doc, person) == country or country in _countries_posted_to(doc, person)


def _is_town(doc: Doc, place: Ref) -> bool:
    """Whether a place is a town or a region that is no country's capital, no country, no venue."""
    return doc._.entities[place.key].type in {EntityType.CITY, EntityType.PLACE} and not is_venue(doc, place) \
        and not _is_country_or_capital(doc, place)


def _is_country_or_capital(doc: Doc, place: Ref) -> bool:
    """Whether a place is a country, a capital the tables know, or one the article calls so."""
    label = doc._.entities[place.key].label
    return bool(gazetteer.country_by_name(label) or gazetteer.country_of_capital(label)) or _said_to_be_a_capital(doc, place)


def _said_to_be_a_capital(doc: Doc, place: Ref) -> bool:
    """Whether the article calls a town a capital right after naming it ("Kelby, the capital of
    Nigeria", "Kelby, the Nigerian capital")."""
    return place.key in _capitals_stated(doc)


def _capitals_stated(doc: Doc) -> frozenset[str]:
    """The keys of the places the article calls a capital right after naming them, read once per
    document (:func:`_said_to_be_a_capital`)."""
    stated = doc.user_data.get("kg.capitals_stated")
    if stated is None:
        found = set()
        for token in doc[:-3]:
            if not token._.entity or doc[token.i + 1].lower_ != ",":
                continue
            at = token.i + 2
            while at < len(doc) - 1 and at < token.i + 5 and (doc[at].lower_ == "the" or doc[at].pos_ == "ADJ"):
                at += 1
            if doc[at].lower_ == "capital":
                found.add(token._.entity)
        stated = doc.user_data["kg.capitals_stated"] = frozenset(found)
    return stated


def _countries_introduced(doc: Doc, person: Ref) -> set[str]:
    """The countries of the demonyms that introduce the person's names in the article, when the
    noun between is no title ("her Polish counterpart(,) B"); of a country whose possessive does
    ("Fiji's B"); and of the demonyms that qualify a role noun standing for the person ("the
    former Peruvian president": when he is in Lima, he is home)."""
    found = set(_countries_of_role_nouns(doc).get(person.key, ()))
    for char_start, char_end, key in doc._.mentions or ():
        if key != person.key:
            continue
        span = doc.char_span(char_start, char_end)
        before = [t for t in doc[max(span.start - 3, 0):span.start] if not t.is_punct]
        # the noun must introduce the name: right before it, or linked to it where the parse tells
        # (not "in the Turkish capital, B said")
        introduces = bool(before) and (
            not before[-1].dep_ or before[-1].i == span.start - 1
            or span.root.head.i == before[-1].i or before[-1].head.i == span.root.i
        )
        if len(before) >= 2 and before[-1].pos_ == "NOUN" and not before[-1]._.entity and introduces:
            country = gazetteer.country_by_demonym(before[-2].text)
            if country is not None:
                found.add(country.name)
        if span.start >= 2 and doc[span.start - 1].tag_ == "POS" and (owner := doc[span.start - 2]._.entity) \
                and doc._.entities[owner].type is EntityType.COUNTRY:
            found.add(doc._.entities[owner].label)  # "Fiji's Olek Varnay"
    return found


def _countries_of_role_nouns(doc: Doc) -> dict[str, set[str]]:
    """Each person's key to the countries of the demonyms qualifying the role nouns that stand for
    that person ("the former Peruvian president": Peru), read once per document."""
    found = doc.user_data.get("kg.role_noun_countries")
    if found is None:
        found = doc.user_data["kg.role_noun_countries"] = {}
        for token in doc:
            if token._.entity_via != "role":
                continue
            for child in token.children:
                if child.dep_ in {"amod", "compound"} and (country := gazetteer.country_by_demonym(child.text)) is not None:
                    found.setdefault(token._.entity, set()).add(country.name)
    return found


def _countries_posted_to(doc: Doc, person: Ref) -> set[str]:
    """The countries an envoy introducing the person's names is posted to: "US ambassador to
    Iceland B", "the US ambassador in Norway, B": the envoy lives there, and visits no one there."""
    return _postings(doc).get(person.key, set())


def _postings(doc: Doc) -> dict[str, set[str]]:
    """Each person's key to the countries of :func:`_countries_posted_to`, read once per document."""
    postings = doc.user_data.get("kg.postings")
    if postings is None:
        postings = doc.user_data["kg.postings"] = {}
        envoys = set(lexicon("criticized")["envoy_nouns"])
        for char_start, char_end, key in doc._.mentions or ():
            span = doc.char_span(char_start, char_end)
            if span is None:
                continue
            for envoy in doc[max(span.start - 8, span.sent.start):span.start]:
                if envoy.lemma_.lower() not in envoys or envoy.i + 1 >= span.start or doc[envoy.i + 1].lower_ not in {"to", "in"}:
                    continue
                posted = [r for r in refs([t for t in doc[envoy.i + 2:span.start] if t._.entity], places=True) if is_place(doc, r)]
                postings.setdefault(key, set()).update(
                    country for r in posted[:1] if (country := _country_of_place(doc, r)) is not None)
    return postings


@extractor("visited.presence")
def presence(doc: Doc) -> Iterator[Fact]:
    """"X was in India", "X is at a summit in Brussels", "X was attacked in Z": being somewhere
    abroad is a visit; "X is due in Z", "X is expected in Z": one to come."""
    expecting = set(lexicon("modality")["planning_verbs"])
    words = lexicon("visited")
    undergone = set(words["undergone_verbs"])
    for token in parsed_tokens(doc):
        lemma = token.lemma_.lower()
        # (and "is scheduled to be in Z", "hopes to be in Z": an infinitive of being somewhere)
        if token.dep_ not in {"ROOT", "advcl", "ccomp", "conj", "relcl"} and not (token.dep_ == "xcomp" and lemma == "be"):
            continue
        subjects = None
        if lemma == "be":
            # "X is back in Z": the parser hangs "in" on "back"
            within = prep_objects(token, "in") + [p for back in _back(token) for p in prep_objects(back, "in")]
            if any(w.lemma_.lower() in words["confinement_nouns"] for w in within):
                continue  # "X and Y are both in prison in Z": held there, not visiting
            if any(a.lemma_.lower() not in expecting and a.lower_ not in _BEING_THERE and a.ent_type_ != "ORDINAL"
                   for a in children(token, "acomp")):
                continue  # "X is popular in Japan", "is respected in Fiji": how one is seen there (not "was third in Z")
            places = _places(doc, within) + _event_places(doc, prep_objects(token, "at"))
            # "X and Y, who are both here to attend the summit": the dateline's town
            places += [p for p in [place_said_here(doc, token)] if p is not None and p not in places]
            if any(c.dep_ == "aux" and c.lemma_ == "have" for c in token.children):
                places += _places(doc, prep_objects(token, "to"))  # "I have been to Z": has visited it
            expected = [a for a in children(token, "acomp") if a.lemma_.lower() in expecting]
            # "X is on his way to Z": a journey under way, to end there
            ways = [w for w in prep_objects(token, "on") if w.lemma_.lower() == "way"]
            places += _places(doc, [p for w in ways for p in prep_objects(w, "to")])
            expected += ways if token.tag_ in {"VBZ", "VBP"} else []
        elif lemma == "expect" and children(token, "auxpass") and not children(token, "xcomp"):
            places, expected = [], [token]
        elif lemma == "come" and (suffered := [o for o in prep_objects(token, "under") if o.lemma_.lower() in words["undergone_nouns"]]):
            # "X came under attack in Baghdad": attacked there, as "was attacked in Z" (the place
            # on the verb or on the attack)
            places, expected = _places(doc, prep_objects(token, "in", "at") + [p for o in suffered for p in prep_objects(o, "in", "at")]), []
        elif lemma in undergone and children(token, "auxpass"):
            # "X was attacked in a park in Z", "was greeted at the airport in Z": what was
            # done to someone in a place found them there (the one it was done to, not its agent)
            places, expected = _places(doc, prep_objects(token, "in", "at")), []
            subjects = children(token, "nsubjpass")
            if token.dep_ == "relcl" and [s.lower_ for s in subjects] in (["who"], ["that"]):
                subjects = [token.head]  # "X, who was received by Y at State House"
            first = token
            while not subjects and first.dep_ == "conj":
                # "X was arriving and was being greeted at Z by Y": the subject of the first verb
                first = first.head
                subjects = children(first, "nsubj", "nsubjpass")
            if not subjects:
                continue  # never the agent: the one greeting is at home
        else:
            continue
        places += _places(doc, [p for a in expected for p in prep_objects(a, "in")])
        if not places:
            continue
        status = status_of(token)
        if expected and status is Status.OCCURRED:
            status = Status.PLANNED
        for traveller, away in _away_from_home(doc, subjects or clause_subjects(token), places, persons_only=True):
            yield from _facts(doc, token, [traveller], away, "visited.presence", 0.6, status=status)
    for root in parsed_tokens(doc):
        named = root.pos_ == "PROPN" or (root.pos_ == "NOUN" and (root._.entity or "").startswith("person:"))
        if root.dep_ == "ROOT" and named and not any(t.tag_ in _FINITE_TAGS for t in root.sent):
            # a headline with no verb: "X and Y in Tripoli", "X in India to meet Y", "Kelbian
            # president in Romania to boost ties" (a title that stands for the person)
            places = _places(doc, prep_objects(root, "in"))
            for traveller, away in _away_from_home(doc, [root], places, persons_only=True):
                yield from _facts(doc, root, [traveller], away, "visited.presence", 0.6, status=Status.OCCURRED)


@extractor("visited.aside")
def asides(doc: Doc) -> Iterator[Fact]:
    """"X, in Kyiv for talks, said ...", "X, in Kyiv on Tuesday, said ...": a place set off by
    commas after a person's name, with an errand or a time, says where the person is."""
    for token in parsed_tokens(doc):
        if token.dep_ != "prep" or token.lower_ not in {"in", "at"} or token.i == 0 or doc[token.i - 1].text != ",":
            continue
        person = token.head
        if person.pos_ in {"VERB", "AUX"} and token.i < person.i:
            # "X, in Kyiv on Tuesday, said": the parser can hang the aside on the verb after it
            person = next((s for s in children(person, "nsubj") if s.right_edge.i == token.i - 2), person)
        if person.i >= token.i or not person._.entity:
            continue
        sent_end = token.sent.end
        close = next((t.i for t in doc[token.i + 1 : sent_end] if t.text == ","), None)
        if close is None:
            continue
        where = children(token, "pobj")
        places = _event_places(doc, where)
        errand = bool(places) or any(
            (t.pos_ == "ADP" and t.lower_ in {"for", "on"}) or t.ent_type_ in {"DATE", "TIME"} for t in doc[token.i + 1 : close]
        )
        if not errand:
            continue  # no errand or time said: "Travis Anderson, in Texas, wrote" is where he lives
        places = places or (_places(doc, where) if any(is_place(doc, r) for r in refs(where)) else [])
        for traveller, away in _away_from_home(doc, [person], places, persons_only=True):
            yield from _facts(doc, token, [traveller], away, "visited.aside", 0.6, status=Status.OCCURRED)


@extractor("visited.stay")
def stays(doc: Doc) -> Iterator[Fact]:
    """"X spent an extra day in Windhoek": time spent somewhere is a visit (not in a place the
    person's roles make home); "spend" needs a span of time as its object. ("Stayed in Oslo"
    says rather that someone did not travel.)"""
    words = lexicon("visited")
    for token in with_lemmas(doc, words["verbs_stay"]):
        lemma = token.lemma_.lower()
        if token.pos_ != "VERB":
            continue
        if lemma == "spend" and not any(o.ent_type_ in {"DATE", "TIME"} for o in children(token, "dobj")):
            continue  # "spent money in X"
        # "in" on the verb, on the time ("spent a day in Oslo"), or after what one spent it as
        # ("spent her 40th day as Alberta's premier in Ottawa")
        offices = prep_objects(token, "as")
        holders = [token, *children(token, "dobj"), *offices]
        places = _places(doc, [o for holder in holders for o in prep_objects(holder, "in")])
        # an office of the place's own country is held at home ("as Norway's prime minister in Oslo")
        office_countries = {_office_country(doc, owner) for office in offices for owner in children(office, "poss", "compound", "amod")}
        places = [p for p in places if _country_of_place(doc, p) not in office_countries - {None}]
        if not places:
            continue
        for traveller, away in _away_from_home(doc, clause_subjects(token), places, persons_only=True):
            yield from _facts(doc, token, [traveller], away, "visited.stay", 0.6)


@extractor("visited.taking_part")
def taking_part(doc: Doc) -> Iterator[Fact]:
    """"X will compete in Z", "X was playing in an exhibition event in Z": who takes part in
    something in a place is there, as modality says; "X pulled out of meets in Z", "X withdrew
    from the tournament in Z", "X will miss the match in Z": a visit that will not happen."""
    words = lexicon("visited")
    withdrawals = words["withdrawal_verbs"]
    events = set(words["event_nouns"])
    for token in with_lemmas(doc, [*words["verbs_take_part"], *withdrawals]):
        lemma = token.lemma_.lower()
        if token.pos_ != "VERB":
            continue
        if lemma in withdrawals:
            heads = [token]
            if withdrawals[lemma]:
                heads = [c for c in token.children if c.lower_ == withdrawals[lemma] and c.dep_ in {"prt", "prep", "advmod"}]
                heads = heads + [token] if heads else []
            # what is left is an event held in a place, never the place ("withdrew troops from Z")
            left = [o for h in heads for o in prep_objects(h, "of", "from") if o.pos_ == "NOUN"]
            if withdrawals[lemma] == "away":
                left = [o for o in left if o.lemma_.lower() in events]  # "stayed away from the summit in Z", not "from the press"
            objects = children(token, "dobj")
            if left:
                left += objects  # "pulled out of meets in Z as well as training in W": W hangs on the verb
            else:
                # "will miss the match in Z", "is to skip the G20 in Z" (a body's meeting, held somewhere)
                left = [o for o in objects if o.lemma_.lower() in events or (
                    (r := ref_of(o)) is not None and entity_type(doc, r) is EntityType.ORGANIZATION
                    and prep_objects(o, "in") + prep_objects(token, "in"))]
            if not left:
                continue
            places = _places(doc, [p for o in left for member in with_conjuncts(o) for p in prep_objects(member, "in", "at", "to")])
            places += [p for p in _places(doc, prep_objects(token, "in")) if p not in places]
            status = Status.NEGATED
        else:
            if _fared(token):
                continue
            places = _places(doc, prep_objects(token, "in", "at"))
            if not places and lemma in _CAMPAIGNING:
                # "campaigned for Republican candidates in Montana": the parser can hang the place on
                # those campaigned for
                places = _places(doc, [p for o in prep_objects(token, "for") for p in prep_objects(o, "in")])
            status = status_of(token)
        if not places:
            continue
        for traveller, away in _away_from_home(doc, clause_subjects(token), places):
            yield from facts_between(doc, Relation.VISITED, [traveller], away, token, "visited.taking_part", 0.65, status=status)


# taking part for someone, where they stand
_CAMPAIGNING = frozenset({"campaign", "stump"})
# how well something did: "performed strongly in Asia"
_HOW_WELL = frozenset({"well", "strongly", "poorly", "badly", "weakly", "solidly", "better", "worse"})


def _fared(verb: Token) -> bool:
    """"Kelby Foods performed strongly in Africa": a body that did well or badly in a place (a
    market) was not there for it, as a band that performed there was."""
    subjects = refs(clause_subjects(verb))
    return any(c.dep_ == "advmod" and c.lower_ in _HOW_WELL for c in verb.children) and bool(subjects) and all(
        entity_type(verb.doc, r) is EntityType.ORGANIZATION for r in subjects)


@extractor("visited.abroad")
def abroad(doc: Doc) -> Iterator[Fact]:
    """"French President X told reporters in Brussels", "In London, India's finance minister
    said": a person whose office belongs to another country, doing something in a place, is
    visiting it. Only when the article says which country the person serves, except for one
    speaking in a town ("Speaking in Harrogate, X said"), which is no one's capital."""
    words = lexicon("visited")
    events = set(words["event_nouns"])
    planning = frozenset(lexicon("modality")["planning_adjectives"])
    for token in parsed_tokens(doc):
        participle = token.dep_ == "advcl" and token.tag_ == "VBG"  # "Speaking in Ankara, X said"
        # "X, speaking in Ankara, said": the participle set off after the name it tells of
        # (only for speaking: "X, living in Paris, said" tells where one lives)
        set_off = token.dep_ == "acl" and token.tag_ == "VBG" and token.lemma_.lower() in words["speaking_verbs"] \
            and token.head._.entity is not None and token.i > 0 and doc[token.i - 1].text == ","
        participle = participle or set_off
        # "inaugurated the embassy in Manama", "X, who opened a school in Z": done on the spot
        on_site = token.lemma_.lower() in words["on_site_verbs"]
        if token.pos_ != "VERB" or not (token.dep_ in {"ROOT", "ccomp", "conj"} or participle or (on_site and token.dep_ == "relcl")):
            continue
        if token.lemma_.lower() in words["remote_verbs"]:
            continue  # "ordered air strikes in Syria": done from afar
        # "held a news conference in Ankara": the parser often hangs the place on the event
        # (not one still to come: "discussed the upcoming summit in Brussels" is said elsewhere)
        held = [o for o in children(token, "dobj") if (on_site or o.lemma_.lower() in events)
                and not any(a.lower_ in planning for a in children(o, "amod"))]
        if token.lemma_.lower() in words["speaking_verbs"]:
            # "Speaking to reporters in Z", "Addressing a rally in Z", "spoke with mediators in Z",
            # "spoke at the security council in Z": the place can hang on the audience or the forum
            held += children(token, "dobj") + prep_objects(token, "to", "with", "at")
        within = prep_objects(token, "in")
        if token.lemma_.lower() in lexicon("criticized")["verbs"]:
            # "accused the group in Yemen of ...": a place right after the one blamed is theirs
            ends = {o.right_edge.i + 1 for o in children(token, "dobj")}
            within = [p for p in within if p.head.i not in ends]
        places = _places(doc, within + [p for o in held for p in prep_objects(o, "in")])
        if not places:
            continue
        speaking = participle and token.lemma_.lower() in words["speaking_verbs"]
        # (or, whose country the article does not tell, spoke to an audience or at a forum: "X
        # spoke at the security council in New York", not "spoke about the fighting in Z")
        addressing = token.lemma_.lower() in words["speaking_verbs"] and bool(
            children(token, "dobj") + prep_objects(token, "to", "with", "at"))
        subjects = [token.head] if set_off else clause_subjects(token) if participle or token.dep_ == "relcl" else children(token, "nsubj")
        for traveller in _travellers(doc, subjects):
            away = [p for p in places if _is_abroad(doc, traveller, p)]
            if (speaking or (addressing and not role_countries(doc, traveller))) and entity_type(doc, traveller) is EntityType.PERSON:
                # "Speaking in Harrogate, X said": one is where one speaks; a town, not one's home
                # country's capital or a capital one may live in, unless the article says whose
                away += [p for p in places if p not in away and _is_town(doc, p) and not _is_home(doc, traveller, p)]
            # what the speaker said ("denied", "refused") does not call off being there
            # (what the clause itself does, not what it asks of others: "Speaking in Z, X asked voters to ...")
            told = token.head.head if set_off else token.head
            status = (_tense_of(told) if told.pos_ in {"VERB", "AUX"} else _tense_of(token)) if participle else status_of(token)
            if calls_off(token):
                status = Status.NEGATED  # "cancelled a planned meeting next week in Washington": where it would have been
            yield from _facts(doc, token, [traveller], away, "visited.abroad", 0.55, status=status)


def _office_country(doc: Doc, owner: Token) -> str | None:
    """The country a word before an office names: a place ("Norway's prime minister") or a
    demonym ("the Norwegian prime minister")."""
    ref = ref_of(owner)
    if ref is not None and is_place(doc, ref):
        return _country_of_place(doc, ref)
    country = gazetteer.country_by_demonym(owner.text)
    return country.name if country is not None else None


def _country_of_place(doc: Doc, place: Ref) -> str | None:
    """The country a place is, or is the capital of, or that the article puts it in, or, for a
    town, that GeoNames gives its name ("Geneva"), or, for an American state, the United States."""
    entity = doc._.entities[place.key]
    label = entity.label
    country = gazetteer.country_by_name(label) or gazetteer.country_of_capital(label) or gazetteer.country_of_seat(label)
    if country is not None:
        return country.name
    stated = _countries_stated(doc).get(place.key)
    if stated is not None or entity.type not in {EntityType.CITY, EntityType.PLACE}:
        return stated
    town = gazetteer.country_of_town(label)
    if town is None and gazetteer.is_us_state(label):
        # "in New York": a state's name, or its city's that GeoNames spells otherwise ("New York City")
        town = gazetteer.country_by_name("United States")
    return town.name if town is not None else None


def _countries_stated(doc: Doc) -> dict[str, str]:
    """The country the article puts a town or a place in, right after its name ("Kelby in Norway",
    "Kelby, Norway", "Kelby in southern Norway", "Kelby House in Oslo"): the country's label for
    each place's key, read once per document."""
    stated = doc.user_data.get("kg.countries_stated")
    if stated is None:
        stated = {}
        known = doc._.entities
        for token in doc[:-2]:
            key, after = token._.entity, doc[token.i + 1]
            if not key or known[key].type not in {EntityType.CITY, EntityType.PLACE} or after.lower_ not in {"in", ","}:
                continue
            at = token.i + 2
            if after.lower_ == ",":
                at = _past_settlement_noun(doc, at)  # "Kelby, the capital of Norway", "Kelby, a town in Norway"
            limit = at + 2
            while at < len(doc) - 1 and at < limit and (doc[at].lower_ == "the" or doc[at].lower_ in _COMPASS_WORDS):
                at += 1  # past "the" and a compass word: "Kelby in southern Norway"
            if after._.entity is not None or not doc[at]._.entity:
                continue
            named = known[doc[at]._.entity]
            if named.type is EntityType.COUNTRY:
                stated.setdefault(key, named.label)
            elif named.type is EntityType.CITY and (capital_of := gazetteer.country_of_capital(named.label)) is not None:
                stated.setdefault(key, capital_of.name)  # "the Kelby Guesthouse in Oslo": in Norway
        doc.user_data["kg.countries_stated"] = stated
    return stated


def _past_settlement_noun(doc: Doc, at: int) -> int:
    """After a place's name and a comma: the word after "the capital of", "a port city in", "the
    largest town in" (an apposition that says what the place is and where); else ``at``."""
    i = at
    while i < len(doc) and i < at + 4 and (doc[i].lower_ in {"the", "a", "an"} or doc[i].pos_ == "ADJ" or doc[i].lower_ in _COMPASS_WORDS):
        i += 1
    while i < len(doc) and doc[i].lower_ in gazetteer.SETTLEMENT_NOUNS:
        i += 1  # "a port city"
    if i == at or i >= len(doc) or doc[i - 1].lower_ not in gazetteer.SETTLEMENT_NOUNS or doc[i].lower_ not in {"of", "in"}:
        return at
    return i + 1


def _is_abroad(doc: Doc, person: Ref, place: Ref) -> bool:
    """Whether the person's roles tie them to a country other than the place's (both known)."""
    country = _country_of_place(doc, place)
    homes = role_countries(doc, person)
    return country is not None and bool(homes) and country not in homes


@extractor("visited.event")
def event_attendance(doc: Doc) -> Iterator[Fact]:
    """"X will represent Y at the conference in Z", "X spoke at the summit in Z": who
    does something at an event held in a place attended it there (not a place the person's
    roles make home)."""
    words = lexicon("visited")
    nouns = set(words["event_nouns"]) | set(words["staged_events"])
    skip = set(words["verbs_attend"]) | set(words["verbs_motion"]) | set(words["inviting_verbs"])
    for token in _verbs_near_events(doc, words):
        if token.pos_ != "VERB" or token.lemma_.lower() in skip:
            continue  # attending and travelling verbs are read by visited.verb, invitations by visited.invitation
        events = [e for e in _event_phrases(token, words) if e.lemma_.lower() in nouns]
        places = _event_places(doc, events)
        if events and not places:
            places = _places(doc, prep_objects(token, "in"))  # "spoke at the conference ... in Z"
        status = status_of(token)
        if not places or status is Status.NEGATED:
            continue  # (what was not done at an event says nothing of who came to it)
        travellers = clause_subjects(token)
        guests = [g for g in children(token, "nsubjpass") or children(token, "dobj")
                  if (r := ref_of(g)) is not None and entity_type(doc, r) is EntityType.PERSON]
        if token.lemma_.lower() in words["hosting_verbs"] and guests:
            # "Y will be hosted at a banquet at Z by W", "W hosted Y at a dinner in Z": the guest came,
            # not the host (but one who received an award at a festival was there)
            travellers = guests
        if token.lemma_.lower() in lexicon("met_with")["verbs"]:
            travellers = travellers + children(token, "dobj")  # "met Y at the conference in Z": both there
        # a body staging an event sends no one we can name there
        staged = token.lemma_.lower() in words["staging_verbs"]
        for traveller, away in _away_from_home(doc, travellers, places, persons_only=staged):
            # not the capital's country too: at home, a ceremony in the capital is no journey
            yield from facts_between(doc, Relation.VISITED, [traveller], away, token, "visited.event", 0.65, status=status)
    # "X's insults to Y during a convention in Z", "the remarks made by X at the summit in Z": one
    # whose act or words came during an event was at it (not one whose absence or refusal did; not
    # a pronoun's in a quotation, which can stand for anyone: '"He strained a muscle in his abdomen
    # at the Birmingham meeting," the coach said')
    absent = set(lexicon("modality")["negating_nouns"]) | {"absence"}
    for event in with_lemmas(doc, words["event_nouns"]):
        act = event.head.head
        if event.dep_ != "pobj" or event.head.lower_ not in {"during", "at"} or act.pos_ != "NOUN" or act.lemma_.lower() in absent:
            continue
        owner = owner_or_maker(act)
        if owner is None or (owner.pos_ == "PRON" and owner.i in doc._.quoted):
            continue
        for traveller, away in _away_from_home(doc, [owner], _event_places(doc, [event]), persons_only=True):
            yield from facts_between(doc, Relation.VISITED, [traveller], away, act, "visited.event", 0.6, status=status_of(act))


@extractor("visited.attended_by")
def attended_by(doc: Doc) -> Iterator[Fact]:
    """"a summit in Paris attended by X and Y", "the talks in Z, joined by X": who attended an
    event held in a place came there (not a place the person's roles make home)."""
    words = lexicon("visited")
    for event in with_lemmas(doc, words["event_nouns"]):
        for clause in children(event, "acl"):
            if clause.tag_ != "VBN" or clause.lemma_.lower() not in words["verbs_attend"]:
                continue
            places = _event_places(doc, [event])
            if not places:
                continue
            for traveller, away in _away_from_home(doc, prep_objects(clause, "by"), places):
                yield from _facts(doc, clause, [traveller], away, "visited.attended_by", 0.7)


def _verbs_near_events(doc: Doc, words: dict) -> list[Token]:
    """The verbs :func:`_event_phrases` can find an event for, found from the event nouns up."""
    verbs: dict[int, Token] = {}
    speeches = set(words["speech_nouns"])
    for event in with_lemmas(doc, words["event_nouns"]):
        head = event.head
        if event.dep_ == "dobj":
            verbs[head.i] = head  # "leaving the summit"
        if event.dep_ not in {"pobj", "pcomp"}:
            continue
        above = head.head  # "spoke at E", "a speech at E"
        verbs[above.i] = above
        if above.lemma_.lower() in speeches or (above.lower_ in MARGINS and above.dep_ == "pobj"):
            # "in a speech to E, X said", "met Y on the sidelines of E"
            verb = above.head.head if above.dep_ == "pobj" else above.head
            if verb.pos_ == "NOUN" and verb.dep_ == "dobj":
                verb = verb.head  # "held talks on the sidelines of E"
            verbs[verb.i] = verb
    return [verbs[i] for i in sorted(verbs)]


def _event_phrases(verb: Token, words: dict) -> list[Token]:
    """The nouns that may name an event a verb's subject took part in: "spoke at E", "insulted Y
    during E", "made a speech at E", "in a speech to E, X said", "leaving E", "chairing E"."""
    found = prep_objects(verb, "at", "during")
    margins = prep_objects(verb, "on", "at") + [m for o in children(verb, "dobj") for m in prep_objects(o, "on", "at")]
    found += [e for m in margins if m.lower_ in MARGINS for e in prep_objects(m, "of")]
    speeches = [o for o in children(verb, "dobj") + prep_objects(verb, "in", "during") if o.lemma_.lower() in words["speech_nouns"]]
    for speech in speeches:
        found += prep_objects(speech, "at", "to")
    if verb.lemma_.lower() in words["event_verbs"]:
        found += children(verb, "dobj")
    if verb.lemma_.lower() in words["staging_verbs"]:
        # "held campaign events in Z", "staged a rally at Z": one is there for what one stages
        # (not "held talks", read as a meeting)
        found += [o for o in children(verb, "dobj") if o.lemma_.lower() in words["staged_events"]]
    return found


@extractor("visited.audience")
def audiences(doc: Doc) -> Iterator[Fact]:
    """"X is expected to tell activists in Kelshire", "X addressed supporters in Harwick": who speaks to
    an audience gathered in a place is there (not a place the person's roles make home)."""
    words = lexicon("visited")
    audience = set(words["audience_nouns"])
    for token in with_lemmas(doc, words["addressing_verbs"]):
        if token.pos_ != "VERB":
            continue
        addressed = children(token, "dobj") + prep_objects(token, "to") + [
            s for c in children(token, "ccomp") if c.lemma_.lower() in _GATHERING_VERBS for s in children(c, "nsubj")
        ]
        # "told a group of 30 volunteers in a campaign office in Z": those the group is of
        addressed += [o for a in addressed if a.lemma_.lower() in COUNTING_NOUNS | {"group"} for o in prep_objects(a, "of")]
        # "told several thousand people in Z": a crowd counted in hundreds or thousands
        listeners = [o for o in addressed if o.lemma_.lower() in audience or (
            o.lemma_.lower() == "people" and any(c.lemma_.lower() in words["crowd_counts"] for c in children(o, "nummod", "amod"))
        )]
        if not listeners:
            continue
        # ("told an audience of 500 people in Z": the parser can hang the place on those it is of)
        gathered = [*listeners, *[m for o in listeners for m in prep_objects(o, "of")]]
        places = _places(doc, prep_objects(token, "in", "at")) + _places(
            doc, [p for o in gathered for p in prep_objects(o, "in", "at") + _gathered_in(o)]
        )
        places = [p for p in places if p.via == "name"]  # not a seat of government standing for its country
        # "told the crowd at a rally here": the dateline's town
        spoken_at = [token, *listeners, *[o for w in (token, *listeners) for o in prep_objects(w, "at", "in")]]
        places += [h for w in spoken_at if (h := place_said_here(doc, w)) is not None and h not in places][:1]
        if not places:
            continue
        status = status_of(token)
        for traveller, away in _away_from_home(doc, clause_subjects(token), places):
            yield from facts_between(doc, Relation.VISITED, [traveller], away, token, "visited.audience", 0.65, status=status)
    yield from _speeches(doc, words, audience)


def _gathered_in(listeners: Token) -> list[Token]:
    """"lawmakers gathered in Philadelphia": where those addressed had gathered (the parser can
    make the participle a clause of its own, "told [lawmakers gathered in Z]")."""
    clauses = children(listeners, "acl") + ([listeners.head] if listeners.dep_ == "nsubj" else [])
    return [p for clause in clauses if clause.lemma_.lower() in _GATHERING_VERBS for p in prep_objects(clause, "in", "at")]


def _speeches(doc: Doc, words: dict, audience: set[str]) -> Iterator[Fact]:
    """"X delivered a lecture in Z", "in a speech to students in Z, X said", "X's speech in Z":
    who gives a speech in a place is there."""
    for speech in with_lemmas(doc, words["speech_nouns"]):
        if speech.pos_ not in {"NOUN", "PROPN"}:
            continue
        addressed = prep_objects(speech, "to")
        listeners = [o for o in addressed if o.lemma_.lower() in audience]
        # "in his speech to heads of state gathered in Z": whoever is addressed, gathered there;
        # "his address to parliament in Ottawa": the parser can hang the place on whom it addressed
        # ("his address at the Harbour Convention Centre in Dhaka": the venue's town)
        where = prep_objects(speech, "in", "at") + [p for o in listeners for p in prep_objects(o, "in", "at")]
        where += [p for o in addressed if o not in listeners for p in prep_objects(o, "in")]
        where += [p for o in addressed for p in _gathered_in(o)]
        verb = None
        if speech.dep_ == "dobj" and speech.head.lemma_.lower() in {"deliver", "give", "make", "use"}:
            verb = speech.head  # "delivered a lecture in Z", with "in Z" on the verb or on the lecture
            where += prep_objects(verb, "in")
        elif speech.dep_ == "pobj" and speech.head.lower_ == "in":
            verb = speech.head.head  # "in a speech in Z, X said"
            if verb.lemma_.lower() in _GATHERING_VERBS and addressed:
                # "in his speech to heads of state gathered in Z": the parser can hang the speech
                # on the participle, as if the speech gathered
                where += prep_objects(verb, "in", "at")
        # "a speech given by X at a rally in Z": who gave it, where the participle or the speech
        # says, or in the phrase right after it that the parser hung on the verb above ("follows a
        # speech given by X at a rally in Z")
        owner = possessor(speech)
        given = next((c for c in participles_after(speech) if prep_objects(c, "by")), None)
        if owner is None and given is not None:
            owner = prep_objects(given, "by")[0]
            after = [p for p in children(speech.head, "prep") if p.i == speech.right_edge.i + 1]
            events = prep_objects(given, "at", "in", "during") + [o for p in after if p.lower_ in {"at", "in", "during"} for o in children(p, "pobj")]
            where += events + [p for e in events for p in prep_objects(e, "in")]
        speakers = [owner] if owner is not None else clause_subjects(verb) if verb is not None and verb.pos_ == "VERB" else []
        # "X's remarks were made in a speech to students in Z": who made them
        speakers = [possessor(s) or s if s.lemma_.lower() in words["speech_nouns"] else s for s in speakers]
        places = [p for p in _places(doc, where) if p.via == "name"]
        if not places or not speakers:
            continue
        trigger = verb if owner is None else speech
        for traveller, away in _away_from_home(doc, speakers, places, persons_only=True):
            yield from _facts(doc, trigger, [traveller], away, "visited.audience", 0.6, status=status_of(trigger))


def _event_places_by_position(doc: Doc) -> list[tuple[int, Ref]]:
    """Where the article's events are held, by token position: an event noun ("forum",
    "summit") followed within a few words by "in"/"at" and a place ("the Harbour Forum in the
    resort of Z"). Read from the words and the entity marks only, so that it does not depend on
    which sentences were parsed."""
    nouns = set(lexicon("visited")["event_nouns"]) | set(lexicon("met_with")["nouns"])
    found: list[tuple[int, Ref]] = []
    for ent in doc.ents:
        end = ent.end
        words = [t.lower_ for t in doc[ent.start : end]]
        if not any(w.rstrip("s") in nouns or w in nouns for w in words[-1:]):
            continue
        for i in range(end, min(end + 2, len(doc))):
            if doc[i].lower_ in {"in", "at"}:
                places = [t for t in doc[i + 1 : min(i + 7, len(doc))]
                          if t._.entity and doc._.entities[t._.entity].type in {EntityType.PLACE, EntityType.COUNTRY, EntityType.CITY}]
                # a place named by name before one a demonym implies ("in the Swiss resort of Z": Z)
                place = next((t for t in places if t._.entity_via == "name"), places[0] if places else None)
                if place is not None:
                    found.append((ent.start, Ref(place._.entity, "name")))
                break
    return found


@extractor("visited.implicit")
def implicit_places(doc: Doc) -> Iterator[Fact]:
    """"X will also be there", "Y and Z are expected to attend": a presence or an attendance
    with no place named is at the event in a place the article named last before it."""
    events = None
    event_nouns = set(lexicon("visited")["event_nouns"])
    candidates = [t.head for t in with_lemmas(doc, ["there"])] + with_lemmas(doc, ["attend"])
    for token in sorted({t.i: t for t in candidates}.values(), key=lambda t: t.i):
        lemma = token.lemma_.lower()
        there = lemma == "be" and any(c.lower_ == "there" and c.dep_ == "advmod" for c in token.children)
        objects = children(token, "dobj")
        # "expected to attend", "invited to attend the summit": the event named before, when the
        # object names no place of its own
        bare_attend = lemma == "attend" and token.pos_ == "VERB" and not prep_objects(token, "in", "at") and all(
            o.lemma_.lower() in event_nouns and any(d.lower_ == "the" for d in o.children) and not _event_places(doc, [o])
            for o in objects
        )
        if not (there or bare_attend):
            continue
        if events is None:
            events = _event_places_by_position(doc)
        before = [ref for start, ref in events if start < token.i]
        if not before:
            continue
        travellers = clause_subjects(token)
        if bare_attend:
            travellers = travellers + prep_objects(token, "including")  # "leaders are expected to attend including X"
        yield from _facts(doc, token, _travellers(doc, travellers), [before[-1]], "visited.implicit", 0.55)
