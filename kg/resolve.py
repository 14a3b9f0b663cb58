"""Stage 4: entities. Within an article, then across articles.

Within an article (:func:`resolve_document`): spaCy's named entities, corrected by the gazetteer,
are grouped so that a surname joins the full name given earlier or later, titles become roles of
the person they precede or stand in apposition to, and pronouns and role nouns ("he", "the UN
chief") point to the person the article tied them to. Each token of a mention gets
``token._.entity`` (a key into ``doc._.entities``) and ``token._.entity_via`` ("name", "role" or
"pronoun"); ``doc._.mentions`` lists the named mentions by character offsets.

Most tokens of an article are in no mention and, outside the sentences that were parsed, carry no
tags: each pass looks only at the tokens that can matter to it, picked from the doc's attribute
arrays, and the resolver keeps its token-to-entity map in plain lists, writing the extensions once
at the end.

Across articles (:func:`merge_entities`): local entities with agreeing names become one
:class:`~kg.records.Entity`, labelled with the fullest name seen.
"""
from __future__ import annotations

import calendar
import hashlib
import re
from collections import Counter, defaultdict, deque
from collections.abc import Callable, Iterable, Iterator
from functools import cached_property

import numpy as np
from spacy.attrs import IS_TITLE, LEMMA, LOWER, POS, TAG
from spacy.parts_of_speech import ADJ, NOUN, NUM, PRON, PROPN, VERB
from spacy.strings import hash_string
from spacy.tokens import Doc, Span, Token

from kg import gazetteer
from kg.annotate import (
    HYPHENATED_GIVEN_NAME,
    PLACE_LABELS,
    QUOTES,
    follows_anti_prefix,
    hosting_verbs,
    inviting_verbs,
    journey_verbs,
    modal_verbs,
    saying_verbs,
    stance_adjectives,
    trigger_lemmas,
    trip_nouns,
    welcome_nouns,
)
from kg.dates import WEEKDAYS
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
    body_nouns,
    camp_qualifiers,
    can_end_title,
    collective_names,
    company_nouns,
    compatible,
    find_title,
    gender_of_word,
    group_nouns,
    is_generic_title,
    is_given_name,
    is_coordinated_with_head,
    is_honorific,
    is_nickname,
    is_organization_noun,
    is_plural_title,
    is_title_word,
    noun_phrase_tokens,
    names_a_qualifier,
    role_from_plural_title,
    role_from_tokens,
    role_headed_by,
    speaker_before_aside,
    tagged_place_names,
    WORK_NOUNS,
    is_part_of_name,
    takes_given_name,
    title_words,
    voice_group_nouns,
)

# "the pair", "the two men", "the leaders of A, B and C": a noun standing for two or more persons
# carries their keys in ``token._.group``;
# "the Kremlin" stands for Russia, and carries the key of the building as a place in ``token._.building``
for _name, _default in (("entity", None), ("entity_via", None), ("group", None), ("building", None)):
    if not Token.has_extension(_name):
        Token.set_extension(_name, default=_default)
if not Doc.has_extension("entities"):
    Doc.set_extension("entities", default=None)
if not Doc.has_extension("roles"):
    Doc.set_extension("roles", default=None)
if not Doc.has_extension("quoted"):
    Doc.set_extension("quoted", default=frozenset())  # indices of tokens inside quotation marks
if not Doc.has_extension("mentions"):
    Doc.set_extension("mentions", default=None)  # (char_start, char_end, entity key) of named mentions

# a monarch's or a pope's number after the name: "King Olek VI", "Pope Tomas XVI"
_REGNAL_NUMBER = re.compile(r"[IVX]{1,5}")
# labels the recognizer gives unfamiliar persons' names ("Ilona Varga" as a product or a place)
_OFTEN_MISREAD_NAMES = {"PRODUCT", "WORK_OF_ART", "EVENT", "LAW", "LANGUAGE", "GPE", "LOC", "FAC", "ORG"}
# labels that news rarely needs, so a name under them is more often a misread one
_RARELY_NAMED_LABELS = {"PRODUCT", "WORK_OF_ART", "EVENT", "LAW", "LANGUAGE"}
# labels the tagger gives a site's or a place's name before the noun that says what it is ("the Yasukuni shrine")
_SITE_NAME_LABELS = frozenset({"PERSON"} | _RARELY_NAMED_LABELS)
# last words that make a name a place's ("Kelby Falls", "Kelby Springs")
_PLACE_WORDS = frozenset({
    "springs", "falls", "island", "islands", "city", "town", "bay", "beach", "park", "hill", "hills", "valley",
    "lake", "river", "mountain", "mountains", "street", "square", "palace", "hall", "airport", "station", "stadium",
    "bridge", "county", "province", "region", "republic", "kingdom", "state", "states", "land", "coast", "port",
    "harbour", "harbor", "heights", "gardens", "road", "avenue", "house", "centre", "center", "arena", "cathedral",
    "prefecture", "district", "territory", "governorate", "oblast", "municipality", "canton",
})
# words after a title that name an occasion, not a person ("the General Election", "a General Strike")
_OCCASION_WORDS = frozenset({"election", "elections", "assembly", "strike", "meeting"})
# last words that make a name an award's, a lecture's or a body's ("Olek Varnay Lecture")
_EVENT_WORDS = frozenset({"award", "awards", "prize", "lecture", "lectures", "trophy", "cup", "council", "memorial"})
# place words that are nobody's surname
_PLACE_ONLY_WORDS = frozenset({
    "springs", "falls", "island", "islands", "valley", "mountains", "heights", "county", "province", "republic",
    "kingdom", "airport", "station", "stadium", "square", "palace", "avenue", "cathedral",
    "prefecture", "governorate", "oblast", "municipality", "canton", "city",
})
_LABEL_TYPES = {
    "PERSON": EntityType.PERSON,
    "ORG": EntityType.ORGANIZATION,
    "GPE": EntityType.PLACE,
    "LOC": EntityType.PLACE,
    "FAC": EntityType.PLACE,
    "NORP": EntityType.GROUP,
}
_PLACE_TYPES = {EntityType.PLACE, EntityType.COUNTRY, EntityType.CITY}
_NAMING_VERBS = frozenset({"know", "call", "name"})
_NICKNAME_QUOTES = frozenset(QUOTES) | {"'", "‘", "’"}  # single quotes too: 'Tom'
_MIDDLE_INITIAL = re.compile(r"[A-Z]\.")


def _names_a_settlement(preposition: Token) -> bool:
    """Whether "as" hangs on "known", "called" or "named" that describes a town, an island, a
    region ("the islands, which are known as Y")."""
    naming = preposition.head
    return preposition.lower_ == "as" and naming.lemma_.lower() in _NAMING_VERBS and naming.dep_ in {"acl", "relcl"} \
        and naming.head.lemma_.lower() in gazetteer.SETTLEMENT_NOUNS


def _settlement_of(name: Token) -> Token | None:
    """The settlement noun of "the (desert) city of Y", "the town of Y", "the towns of X and Y", for
    the name Y."""
    while name.dep_ == "conj" and name.head.i < name.i:
        name = name.head  # "the towns of X and Y": Y as X
    preposition = name.head
    if name.dep_ != "pobj" or preposition.lower_ != "of":
        return None
    settlement = preposition.head
    definite = any(c.dep_ == "det" and c.lower_ == "the" for c in settlement.children)
    return settlement if definite and settlement.lemma_.lower() in gazetteer.SETTLEMENT_NOUNS else None


def _only_titles(words: Span) -> bool:
    """Whether every word is a title's or an honorific ("Lieutenant General", "Tun Dr")."""
    return all(is_title_word(t.text) or is_honorific(t.text) for t in words)


# the last words of bodies' names ("the National Coalition", "the Workers' Federation")
_BODY_NAME_ENDINGS = frozenset({
    "party", "committee", "commission", "council", "union", "agency", "ministry", "bank", "alliance", "league", "coalition",
    "movement", "front", "federation", "association", "forum", "network", "foundation", "institute", "group", "company",
})
# words that end a body's or a building's name, not a person's ("the Anna Lind Foundation")
_NOT_NAME_ENDINGS = frozenset({
    "foundation", "institute", "center", "centre", "university", "school", "college", "group", "company", "trust", "fund",
    "party", "committee", "commission", "council", "union", "agency", "ministry", "bank", "organization", "organisation",
    "alliance", "league", "airport", "hospital", "stadium", "street", "road", "avenue", "square", "bridge", "prize", "award",
    "cup", "trophy", "doctrine", "plan", "act", "law", "report", "memorial", "museum", "hall", "house", "building", "tower",
})
# the lower-case words inside family names ("Anna von der Lund", "Olek Anton Varnay da Costa")
_NAME_PARTICLES = frozenset({"von", "van", "der", "den", "de", "da", "di", "du", "del", "della", "dos", "le", "la", "al", "el", "bin", "ibn"})
# parts of speech a lower-case word at the start of a person's name cannot be ("de", "al", "bin" can)
_NOT_IN_NAMES = frozenset({"VERB", "AUX", "ADV", "PRON", "SCONJ", "CCONJ", "PART", "ADP", "DET"})
# prepositions that open a sentence, capitalized there, which the tagger can take into a name after them
_OPENING_PREPOSITIONS = frozenset({
    "beyond", "besides", "unlike", "despite", "after", "before", "during", "without", "among", "amid", "since",
    "following", "according", "alongside", "with", "for", "from", "under", "against", "toward", "towards", "upon",
})
_PERSONAL_PRONOUNS = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"}
_REFLEXIVE_GENDERS = {"himself": "m", "herself": "f"}
_FIRST_PERSON = {"i", "me", "my", "myself", "mine"}
# "we" as a subject in a quotation: the speaker, with those the speaker speaks for ("we will have talks with Y")
_FIRST_PERSON_PLURAL = frozenset({"we"})
# "his Russian counterpart B": one holding the same office in another country
_COUNTERPART_NOUNS = frozenset({"counterpart", "counterparts"})
_GROUP_NOUNS = group_nouns()
_VOICE_GROUP_NOUNS = voice_group_nouns()
# "opposition leaders", "rights groups": groups as surely as "European officials" are
_CAMP_QUALIFIERS = camp_qualifiers()
_COLLECTIVE_NAMES = collective_names()
# "the Indian government", "the Russian army": institutions named by their country
_INSTITUTION_NOUNS = frozenset({"government", "ministry", "administration", "cabinet", "parliament", "army", "military", "police", "navy", "embassy", "junta"})
# institutions only a country's are bodies of their own: "the Burundian delegation" is one, "a
# European Parliament delegation" is the parliament's people
_COUNTRY_ONLY_INSTITUTIONS = frozenset({"delegation"})
# the institutions a capital's name owns for its country (a city has its own government and police)
_CAPITALS_OWN = frozenset({"ministry", "embassy"})
# alliances named by who leads them: "the Saudi-led coalition", "US-led forces"
_LED_GROUP_NOUNS = frozenset({"coalition", "alliance", "force", "bloc"})
# who arms or pays a group, which is not that party: "Russian-backed rebels", "Iranian-funded militias"
_BACKING_WORDS = frozenset({"backed", "funded", "financed", "sponsored", "supported", "armed"})
_LED_OR_BACKED = _BACKING_WORDS | {"led"}
# the words for one who speaks for someone, in each of the lists below (written once: a list that
# had "spokesman" lacked "spokeswoman")
_SPOKESPERSON_NOUNS = frozenset({"spokesman", "spokeswoman", "spokesperson"})
_VOICE_NOUNS = _SPOKESPERSON_NOUNS | {"aide", "adviser", "advisor"}
# those who rule a country from its capital ("officials in Moscow")
# (and a government named by its seat: "the government in Kabul", "the foreign ministry in Beijing")
_RULER_NOUNS = frozenset({"leader", "official", "authority", "diplomat", "government", "administration", "ministry", "cabinet", "junta"})
_DELEGATE_NOUNS = _SPOKESPERSON_NOUNS | {"official", "representative", "delegate", "negotiator", "envoy", "executive"}
# bodies a bare definite noun can stand for ("the party" after "the Harbour Party"); for the
# national ones, "the government" with none named is the article's main country's
BODY_NOUNS, _NATIONAL_BODY_NOUNS = body_nouns()
# a bare plural for those who make up a government stands for it: "accused ministers of wasting money"
_GOVERNMENT_MEMBERS = {"ministers": "government"}
_BODY_OR_MEMBER_NOUNS = BODY_NOUNS | frozenset(_GOVERNMENT_MEMBERS)
_COMPANY_NOUNS = company_nouns()
# the words of going somewhere: a trip's nouns and a journey's verbs ("visit to Z", "flew to Z")
_GOES_TO = trip_nouns() | journey_verbs()
# verbs whose object is a site one goes to see: "visited the Jama Masjid"
_SITES_VISITED_BY = frozenset({"visit", "tour"})
# the nouns that name a body that is no business ("union", "party", "ministry"); a bank is one
_NOT_BUSINESS_NOUNS = body_nouns()[0] - {"bank"}
# titles of those known by one name and the title: "King Olek", "Pope Tomas"
_SOVEREIGN_TITLES = frozenset({"king", "queen", "emperor", "empress", "pope", "sultan", "emir", "prince", "princess",
                               "crown prince", "crown princess"})
# and the clergy's: "Cardinal Varnay", "Archbishop Lund"
_NAMED_WITH_TITLE = _SOVEREIGN_TITLES | {"cardinal", "archbishop", "bishop", "rabbi", "patriarch"}
# titles that, capitalized after "the" and with no name, mean the one holder the news writes of:
# "the Queen", "the Pope"
_SOLE_TITLES = frozenset({"king", "queen", "emperor", "empress", "pope"})
# verbs whose subject must be someone who acts: a body, not a thing
_AGENT_VERBS = frozenset({
    "say", "tell", "add", "insist", "explain", "warn", "claim", "argue", "accuse", "condemn", "criticise",
    "criticize", "denounce", "blame", "reject", "deny", "urge", "demand",
})
# nouns for the one who came ("the guest", "the visiting dignitary")
_GUEST_NOUNS = frozenset({"guest", "visitor", "dignitary"})
_GUEST_DISTANCE = 6  # sentences
_SPEECH_VERBS = {"say", "tell", "add", "insist", "explain", "warn", "note", "claim", "argue", "write"}
# pronouns for a body, and whether they are plural
_BODY_PRONOUNS = {"it": False, "its": False, "they": True, "them": True, "their": True}
_EXPLETIVE_HEADS = {"be", "seem", "appear", "look", "remain", "become", "take", "matter", "emerge", "follow", "mean"}
# verbs of travel whose "to" (or, for a visit, whose object) is a destination, never a one-word person
_ARRIVING_VERBS = frozenset({"arrive", "land", "come", "reach"})


def _unknown_name_gone_to(span: Span) -> bool:
    """Whether ``span`` is one capitalized word ("Kelbit", not "NATO") that no table knows as a body,
    a person's given name or a title, and a trip or a journey goes to it: the "to" of "a visit to
    Kelbit", "flew to Kelbit", or what "visit" and "tour" take."""
    if len(span) != 1:
        return False
    word = span.root
    if not (word.is_title and word.pos_ == "PROPN" and word.text.isalpha()) or word.text.isupper():
        return False
    if word.dep_ == "dobj":
        gone_to = word.head.lemma_.lower() in _VISIT_VERBS
    else:
        gone_to = word.dep_ == "pobj" and word.head.lower_ == "to" and word.head.head.lemma_.lower() in _GOES_TO
    return gone_to and gazetteer.organization_by_name(word.text) is None and not is_organization_noun(word.lower_) \
        and not is_given_name(word.text) and not is_title_word(word.text)


def _greeting_on_arrival(token: Token) -> Token | None:
    """The greeting verb of "X welcomed Y upon his arrival" for "his", else None."""
    arrival = token.head
    if token.dep_ == "poss" and arrival.lemma_.lower() == "arrival" and arrival.dep_ == "pobj" \
            and arrival.head.lower_ in {"upon", "on", "after"} and arrival.head.head.lemma_.lower() in _GREETING_VERBS:
        return arrival.head.head
    return None
_GREETING_VERBS = frozenset({"greet", "receive", "welcome", "meet", "embrace", "hug"})

# dashes written with a space on each side: between the words of a sentence, never inside a name
_SPACED_DASHES = frozenset({"-", "–", "—", "--"})
# the words of a byline besides the writer's name: "By X", "X reports"
_BYLINE_WORDS = frozenset({"by", "reports", "writes", "reporting", "writing"})

# prepositions that name whom words or acts are aimed at ("an attack on Y", "hit out at Y")
_AIMING_PREPOSITIONS = frozenset({"at", "on", "against"})
_TRAVEL_VERBS = frozenset({"travel", "fly", "journey", "jet", "head", "trip"})
_VISIT_VERBS = frozenset({"visit", "tour"})
_INVITING_VERBS = inviting_verbs()
# where one goes to study: going there is no visit ("went to Kelby University")
_STUDY_PLACES = frozenset({"school", "university", "college", "academy"})
# people gathered, and gatherings, whose "in" names where they are ("a crowd in Kelby")
_GATHERED_NOUNS = frozenset({"crowd", "audience", "rally", "gathering", "supporter", "resident", "voter", "protester", "summit",
                             "conference", "meeting", "event", "ceremony"})
# prepositions after which a name is where someone is, goes or comes from
_PLACE_PREPOSITIONS = frozenset({"in", "to", "from", "at", "across", "throughout", "around", "near", "into", "outside"})


def _where_one_is_or_goes(name: Token) -> bool:
    """Whether a name stands where only a place can: after "in" or "at" on a verb ("killed at
    Kelbitz"; not "had faith in Lund", "believed in Lund"), or after "to" on a verb of going ("go to
    Kelbitz"; not "spoke to Lund", "a visit to Nelson")."""
    if name.dep_ != "pobj" or name.head.head.pos_ != "VERB" or name.conjuncts:
        return False  # (nor one word of a title: "to play Jack in Jack and the Beanstalk")
    preposition, verb = name.head, name.head.head
    if preposition.lower_ in {"in", "at"}:
        return verb.lemma_.lower() not in _IN_PERSON_VERBS
    # (what a thing "goes to" is whoever wins it: "the award went to Cher")
    things = [s for s in verb.children if s.dep_ == "nsubj" and (s.pos_ == "NOUN" or s.ent_type_ not in {"", "PERSON"})]
    return preposition.lower_ == "to" and verb.lemma_.lower() in journey_verbs() and not things


# verbs whose "in" can take a person: "believe in X", "invest in X"
_IN_PERSON_VERBS = {"believe", "trust", "invest", "confide", "participate", "engage", "interest", "result", "find", "see"}
# words of a NORP span that make it a nationality, a faith or a political camp, not a body's name
_GROUP_WORDS = {
    "scot", "tory", "whig", "democrat", "republican", "conservative", "liberal", "socialist", "communist", "fascist",
    "nazi", "marxist", "maoist", "unionist", "nationalist", "loyalist", "separatist", "islamist", "zionist",
    "muslim", "moslem", "jew", "jewish", "christian", "catholic", "protestant", "anglican", "evangelical",
    "orthodox", "hindu", "sikh", "buddhist", "sunni", "shia", "shiite", "arab", "kurd", "western", "eastern",
    "english", "scottish", "welsh", "irish",
}
# endings of nationality and faith adjectives ("Siberian", "Kurdish", "Islamic", "Dutchman")
_GROUP_WORD_ENDINGS = ("ian", "ean", "can", "ish", "ese", "ic", "man")
# titles held in a body, that put its name before a person's: "Harbourline chief Olek Varnay"
# (not "aide", "ally" or "spokesman", which a person's name can precede too)
_EMPLOYER_ROLE_NOUNS = {
    "chief", "boss", "chairman", "chairwoman", "chair", "ceo", "executive", "director", "founder", "owner",
    "manager", "coach", "striker", "defender", "midfielder", "goalkeeper", "captain", "president",
}
# what a person calls the country whose office the person holds ("his country")
_HOMELAND_NOUNS = frozenset({"country", "nation", "homeland", "motherland"})
# sentences back that "the country" can point to the country named last
# who can be listed as the subject "they" stands for
# where a body sits says nothing about which body it is: "the Washington-based organization"
_SEATED_WORDS = frozenset({"based", "headquartered"})
_LISTED_TYPES = frozenset({EntityType.PERSON, EntityType.COUNTRY, EntityType.ORGANIZATION})
_COUNTRY_NOUNS = frozenset({"country", "nation", "kingdom", "republic", "state"})
# bare, a word for one's own country as often as for the one named ("addressed the nation")
_HOME_NATION_NOUNS = frozenset({"nation"})
# a country only with a proper adjective or a region's name ("the Gulf state", not "the southern state")
_PROPERLY_MODIFIED_COUNTRY_NOUNS = frozenset({"state"})
# a country's first word that stands for it after "the": "the North" (North Korea), "the South"
_COMPASS_NAMES = frozenset({"North", "South"})
# the halves of a day after an hour: "11am", "9.30 p.m."
_DAY_HALVES = ("am", "pm", "a.m.", "p.m.")
# adjectives that make "the country" another one than the country named before it
_OTHER_COUNTRY_WORDS = frozenset({"other", "neighbouring", "neighboring", "host", "home", "foreign", "third", "next", "former"})
_COUNTRY_DISTANCE = 2
# nouns for two persons: "the pair", "the duo"; with "two" or "both": "the two men", "both leaders"
_OLD = frozenset({"old"})
_PAIR_NOUNS = {"pair", "duo"}
_PAIRED_PERSON_NOUNS = {
    "man", "woman", "leader", "minister", "politician", "president", "official", "diplomat", "player", "billionaire",
    "businessman", "businesswoman", "executive", "candidate", "lawmaker", "chief", "boss", "founder", "tycoon",
    "premier", "envoy", "statesman", "colleague", "counterpart", "head", "senator", "monarch",
}
_PAIR_WORDS = frozenset(_PAIR_NOUNS | _PAIRED_PERSON_NOUNS)
# words that count people in crowds: "thousands of Kelbari"
_CROWD_COUNTS = frozenset({"hundreds", "thousands", "millions", "dozens", "tens"})
# what a platform's name before it makes of it: "its Kelby account"
_MEDIA_ACCOUNT_NOUNS = frozenset({"account", "feed", "page", "channel", "handle", "profile"})
# nouns for two countries: "both nations", "the two countries"
_PAIRED_COUNTRY_NOUNS = frozenset({"country", "nation", "neighbour", "neighbor"})
_PLURAL_TAGS = frozenset({"NNS", "NNPS"})
_SPOUSE_NOUNS = frozenset({"wife", "husband", "spouse"})
# words that make a demonym a region's ("Latin American", "Central Asian"), unless the two are a
# country's ("South African", "North Korean")
_REGION_PREFIXES = frozenset({"Latin", "Central", "North", "South", "East", "West", "Eastern", "Western", "Southeast", "Northern", "Southern"})
# the dependencies of a verb's subjects and objects
_ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "dative"})
# "the four leaders": how many persons a counted plural noun stands for
_NUMBER_WORDS = {"three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
# Resolver._matching's answers, per function and string hash, and the hashes of its word lists
_ACCEPTED: dict[Callable[[str], bool], dict[int, bool]] = {}
_WORD_HASHES: dict[frozenset[str], np.ndarray] = {}


def _children_of(token: Token, dep: str) -> list[Token]:
    return [c for c in token.children if c.dep_ == dep]


_MONTHS = frozenset(m.lower() for m in calendar.month_name[1:])
_WEEKDAYS = frozenset(WEEKDAYS)
# words opening a sentence that turns to another matter
_TOPIC_SHIFTS = frozenset({"meanwhile", "separately", "elsewhere"})
# words that make a title one held before ("former President X", "ex-minister X")
_FORMER_WORDS = frozenset({"former", "ex", "ex-", "erstwhile", "onetime", "one-time"})


# styles of address ("Her Majesty", "His Holiness")
# words that make an office someone holds for now ("the interim president"): not its regular holder
_TEMPORARY_OFFICE_WORDS = frozenset({"interim", "acting", "caretaker", "transitional"})
# what a counterpart in opposition is called ("her opposition counterpart", "his shadow counterpart")
_SHADOW_WORDS = frozenset({"opposition", "shadow"})
# offices a town has, not a person ("the Kelby mayor", "Kelby council")
_TOWN_OFFICES = frozenset({"mayor", "mayoress", "council", "councillor", "councilor", "alderman"})
# sites that a name before them names ("the Yasukuni shrine"), whatever the tagger took the name for
_SITE_NOUNS = frozenset({"shrine", "temple", "cathedral", "mosque", "church", "monastery", "memorial", "mausoleum", "cemetery",
                         "palace", "castle", "museum", "stadium", "airport", "hospital", "prison", "hotel", "arena"})
# sites of a kind an article names few of, which "the shrine" points back to (not "the hospital",
# "the prison", "the hotel": any one of many)
_LANDMARK_NOUNS = _SITE_NOUNS - {"hospital", "prison", "hotel"}
_STYLES = frozenset({"majesty", "highness", "holiness", "excellency", "eminence", "grace", "lordship", "ladyship"})
# words that can stand between the pronoun and the style: "His Royal Highness", "Her Serene Highness"
_STYLE_EPITHETS = frozenset({"royal", "imperial", "serene"})
# the titles whose holders a style of address is used for: "His Holiness" for a pope
_STYLED_TITLES = {"holiness": frozenset({"pope", "patriarch"}), "majesty": frozenset({"king", "queen", "emperor", "empress", "sultan"}),
                  "highness": frozenset({"prince", "princess", "emir", "sheikh", "sheikha"}), "eminence": frozenset({"cardinal"})}
# particles of a father's name inside a person's name ("Salman bin Abdulaziz")
_PATRONYMIC_PARTICLES = frozenset({"bin", "ibn", "bint", "ben"})


def _month_alone(word: Token) -> bool:
    """"May" in "Anna May" tagged as a date by itself: a surname after a given name."""
    doc = word.doc
    return word.ent_type_ == "DATE" and word.ent_iob_ == "B" and word.lower_ in _MONTHS \
        and (word.i + 1 >= len(doc) or doc[word.i + 1].ent_iob_ != "I")


def _is_headline_verb(word: Token) -> bool:
    """Whether a capitalized word is a relation's verb or noun written in a title-case headline
    ("Olek Heads to Kelby", "Erik Varnay Talks"), which the tagger can take for a surname."""
    lower = word.lower_
    return word.is_title and (lower in trigger_lemmas() or (lower.endswith("s") and lower[:-1] in trigger_lemmas()))


def _is_headline_word(word: Token) -> bool:
    """Whether a word is a relation's verb or noun, or a verb that calls off or plans one, in a
    title-case headline ("Chief Cancels Visit to Israel"): no name, whatever word comes before."""
    modal = word.lower_ in modal_verbs() or word.lower_.removesuffix("s") in modal_verbs()
    if not (_is_headline_verb(word) or (word.is_title and modal)):
        return False
    long_words = [t for t in word.sent if t.is_alpha and len(t) > 3]
    return len(long_words) >= 3 and all(t.is_title or t.is_upper for t in long_words)


def _split_at_headline_verbs(spans: list[Span]) -> list[Span]:
    """"Varnay Visits Lund in Kelby" tagged as one name: a title-case headline's verb inside a
    name parts the names on either side of it."""
    found: list[Span] = []
    for span in spans:
        verb = next((t.i for t in span[1:-1] if t.pos_ == "VERB" and _is_headline_verb(t)), None)
        if verb is None:
            found.append(span)
        else:
            found += [Span(span.doc, span.start, verb, label=span.label_), Span(span.doc, verb + 1, span.end, label=span.label_)]
    return found


def _split_at_fronted_commas(spans: Iterable[Span]) -> list[Span]:
    """"According to The Herald, Berg will meet ...", "On her arrival at the Palace, Lind
    inspected ...": a name tagged together with the last words of an opening phrase, across the
    comma that ends it, is two names, the second the clause's subject (not "Maria, Duchess of
    Kelby", nor "the Union of Rail, Maritime and Transport Workers")."""
    found: list[Span] = []
    for span in spans:
        comma = next((t.i for t in span[1:-1] if t.text == ","), None)
        last = span[-1]
        if comma is not None and last.dep_ in {"nsubj", "nsubjpass"} and last.head.i >= span.end and span[0].dep_ != "nsubj" \
                and not (is_title_word(span.doc[comma + 1].text) or is_honorific(span.doc[comma + 1].text)):
            found += [Span(span.doc, span.start, comma, label=span.label_), Span(span.doc, comma + 1, span.end, label=span.label_)]
        else:
            found.append(span)
    return found


# prepositions no person's name holds: "Argentina slams Berg on Falklands" tagged "Berg on Falklands"
_NO_NAME_PREPOSITIONS = frozenset({"on", "over", "in", "at", "for", "with", "after", "about", "against", "to", "from", "into"})


def _cut_persons_at_prepositions(spans: list[Span]) -> list[Span]:
    """A person's name tagged with a lowercase preposition and what follows it (a headline's
    "Berg on Falklands", as a person or as a body when the name before the preposition ends
    a person's name tagged elsewhere): the name ends before the preposition."""
    surnames = {span[-1].text for span in spans if span.label_ == "PERSON"}
    found: list[Span] = []
    for span in spans:
        cut = next((t.i for t in span[1:] if t.lower_ in _NO_NAME_PREPOSITIONS and t.is_lower), None)
        if cut is not None and (span.label_ == "PERSON" or (span.label_ == "ORG" and span.doc[cut - 1].text in surnames)):
            found.append(Span(span.doc, span.start, cut, label="PERSON"))
        else:
            found.append(span)
    return found


def _split_run_on_surnames(spans: list[Span]) -> list[Span]:
    """"After meeting with Director-General Olek Tomas Varnay Lund wrote ...": a person's name of
    four words or more whose last word is the surname of another person the article names in
    full ("Erik Lund"), and is not that person's full name, is two names run together:
    the words before, and the surname (the subject of what follows); not when the word before
    the surname is a given name ("Maria Anna Louise Lind", Erik Lind's sister)."""
    full = [span for span in spans if span.label_ == "PERSON" and len(span) >= 2]
    found: list[Span] = []
    for span in spans:
        if span.label_ == "PERSON" and len(span) >= 4 and all(t.is_title for t in span) and not is_given_name(span[-2].text) and any(
                other[-1].text == span[-1].text and other[0].text not in {t.text for t in span} for other in full if other != span):
            found += [Span(span.doc, span.start, span.end - 1, label="PERSON"), Span(span.doc, span.end - 1, span.end, label="PERSON")]
        else:
            found.append(span)
    return found


def _only_name_words(words: Iterable[Token]) -> bool:
    """Whether no word is a body's noun, a title's word or one that ends no name: words that can
    all be a person's name where the tagger called them a body."""
    return not any(is_organization_noun(t.lower_) or is_title_word(t.text) or t.lower_ in _NOT_NAME_ENDINGS for t in words)


def _is_camp_word(word: Token) -> bool:
    """Whether a word names a party, faith or people by one of :data:`_GROUP_WORDS` ("Democratic",
    "Tories", "Liberal")."""
    return any(word.lower_.startswith(camp) for camp in _GROUP_WORDS)


def _named_most(mentions: Counter[str]) -> str | None:
    """The key named more than once and more often than any other, if one is."""
    ranked = mentions.most_common(2)
    if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return ranked[0][0]


def _is_line_break(text: str) -> bool:
    return "\n" in text and not text.strip()


def _describes_an_organization(word: str) -> bool:
    """An organization noun that is not one of the bodies a bare "the party" stands for."""
    return is_organization_noun(word) and word not in BODY_NOUNS
_PAIR_DISTANCE = 2  # sentences back to look for the two persons
_ROLE_DISTANCE = 2  # sentences back to look for the holder of a title the article did not give
_NUMERIC_ENTITIES = {"DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY"}
_MAX_PRONOUN_DISTANCE = 3  # sentences back to look for a pronoun's antecedent


def _names_country(label: str, country: gazetteer.Country) -> bool:
    """Whether a body's name names the country by its name or its demonym ("Egyptian Foreign
    Ministry", "Ministry of Foreign Affairs of Egypt")."""
    return any(gazetteer.country_by_demonym(word) == country or gazetteer.country_by_name(word) == country
               for word in re.findall(r"[\w'’-]+", label))


def _place_type(text: str) -> tuple[EntityType, str] | None:
    """The gazetteer's type and canonical name for a place name, if it knows it."""
    country = gazetteer.country_by_name(text)
    if country is not None:
        return EntityType.COUNTRY, country.name
    capital = gazetteer.canonical_capital(text)
    if capital is not None:
        return EntityType.CITY, capital
    return None



def _subject_taken_for_apposition(name: Token, appos: Token) -> bool:
    """"During his meeting with Y, the UAE's crown prince said ...": after a name closing an
    opening phrase, the parser can take the clause's subject for the name's apposition; it is the
    subject when a finite verb with no subject of its own follows it."""
    if name.dep_ != "pobj":
        return False
    following = [t for t in appos.doc[appos.right_edge.i + 1 : appos.right_edge.i + 3] if not t.is_punct]
    verb = following[0] if following else None
    return verb is not None and verb.tag_ in {"VBD", "VBZ", "VBP", "MD"} and not any(
        c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children
    )


def _stance_of_subject(verb: Token) -> bool:
    """Whether a copula says how its subject feels about someone: an adjective of a stance with
    its own preposition ("it was deeply disappointed with Y"; not "it is clear from the talks
    that ...", "it is critical that ...")."""
    if verb.lemma_.lower() != "be":
        return False
    stances = stance_adjectives()
    return any(c.dep_ == "acomp" and any(p.dep_ == "prep" and p.lower_ in stances.get(c.lower_, ()) for p in c.children)
               for c in verb.children)


class _DocResolver:
    def __init__(self, doc: Doc):
        self.doc = doc
        n = len(doc)
        self.entity: list[str | None] = [None] * n  # token index -> entity key
        self.via: list[str | None] = [None] * n  # token index -> "name", "role" or "pronoun"
        columns = doc.to_array([POS, TAG, LEMMA, LOWER, IS_TITLE]).reshape(n, 5).T
        self.pos, self.tag, lemma, self.lower = columns[:4]
        # lemmas in lower case ("Government" as a proper noun's lemma is "government" here)
        strings = doc.vocab.strings
        unique, inverse = np.unique(lemma, return_inverse=True)
        lowered = np.array([hash_string(strings[h].lower()) if h else 0 for h in unique.tolist()], dtype=np.uint64)
        self.lemma_lower = lowered[inverse.reshape(-1)] if n else lemma
        self.is_title = columns[4].astype(bool)
        self.genders: dict[str, str] = {}
        self.entities: dict[str, LocalEntity] = {}
        self.person_names: dict[str, list[str]] = {}  # key -> name tokens of the fullest form
        self.name_titles: dict[str, str] = {}  # key -> the title written before the person's full name
        self.roles: dict[str, set[Role]] = defaultdict(set)
        self.listed_under_title: set[str] = set()  # persons given their office by a plural title ("Senators A, B and C")
        self.voice_groups: set[str] = set()  # groups named by what their people are ("medics")
        self.former_roles: dict[str, set[Role]] = defaultdict(set)  # the roles said to be past ("former")
        self.counter = Counter()
        self.groups: dict[int, tuple[str, ...]] = {}  # token index -> the persons "the pair" stands for
        # the words, in lower case, of the names the tagger calls persons
        self.person_words = frozenset(t.lower_ for e in doc.ents if e.label_ == "PERSON" for t in e)
        # the last words of the names of two words or more it calls persons
        self.person_surnames = frozenset(e[-1].lower_ for e in doc.ents if e.label_ == "PERSON" and len(e) > 1)
        self.sole_titles: dict[str, str] = {}  # key -> the sole title a person is known by ("queen")
        self.buildings: dict[int, str] = {}  # token index -> the building of the seat of government it names
        self._spouse_of: dict[str, str] | None = None  # read on demand by _spouses
        self.nickname_of: dict[int, tuple[str, ...]] = {}  # start of a full name -> the nickname quoted after it
        self.nickname_keys: dict[tuple[str, ...], str] = {}  # a nickname's words -> the person it names
        self.towns_with_offices: set[str] = set()  # names written before "mayor", "council": towns

    # ------------------------------------------------------------------ mentions
    def run(self) -> None:
        # "the children's show Harry Kelby": a work's title, here and wherever else the article names it
        works = {e.text for e in self.doc.ents if e.label_ == "PERSON" and e.start > 0 and self._titles_a_work(self.doc[e.start - 1], e.start, e.end)}
        # "the Kelby mayor": a town, here and wherever else the article names it
        self.towns_with_offices = {e.text for e in self.doc.ents if e.label_ in _SITE_NAME_LABELS and self._before_town_office(e.end)}
        spans = [s for s in (self._normalize_span(e) for e in _split_at_fronted_commas(self.doc.ents) if e.text not in works)
                 if s is not None]
        untagged = self._untagged_names() + self._names_after_offices() + self._untagged_destinations() + self._untagged_datelines()
        untagged += self._untagged_speakers(untagged)
        spans = sorted(self._split_located_names(self._split_owned_by_places(_split_at_headline_verbs(_cut_persons_at_prepositions(spans)))) + untagged,
                       key=lambda s: s.start)
        spans = self._persons_misread_as_bodies(self._join_split_bodies(_split_run_on_surnames(self._join_split_names(spans))))
        spans = self._misread_places(self._vote_labels(self._misread_bodies(self._persons_misread_as_places(spans))))
        spans = self._unknown_names_gone_to(self._venues_gone_to(spans))
        spans = self._places_named_alike(spans)
        spans = self._nicknames(spans)
        # full names first, so that a surname finds the person it belongs to wherever it appears
        persons = sorted((s for s in spans if s.label_ == "PERSON"), key=lambda s: (-len(s), s.start))
        for span in persons:
            self._add_person(span)
        for span in spans:
            if span.label_ != "PERSON":
                self._add_other(span)
        self._add_countries_of_demonyms()
        self._add_bare_surnames()
        self._add_acronyms()
        self._add_described_organizations()
        self._add_described_places()
        self._add_groups()
        self._read_roles()
        self._add_sole_title_holders()
        self._resolve_role_nouns()
        self._resolve_styles()
        self._resolve_former_and_latter()
        self._resolve_definite_bodies()
        self._resolve_the_country()
        self._resolve_the_compass_country()
        self._resolve_the_city()
        self._resolve_the_state()
        self._resolve_the_landmark()
        self._resolve_described_bodies()
        self._read_genders()
        self._resolve_pronouns()
        self._resolve_reflexives_between()
        self._resolve_counterparts()
        self._resolve_spouses()
        self._resolve_visiting_guests()
        self._resolve_own_country()
        self._resolve_first_person()
        self._resolve_ages()
        self._resolve_body_pronouns()
        self._resolve_groups()
        self._write_extensions()

    def _write_extensions(self) -> None:
        doc = self.doc
        mentions, start = [], None
        for i, key in enumerate(self.entity):
            if key is not None:
                token = doc[i]
                token._.entity, token._.entity_via = key, self.via[i]
            # a named mention: a run of tokens naming the same entity
            named = key if self.via[i] == "name" else None
            if start is not None and named != self.entity[start]:
                mentions.append((doc[start].idx, doc[i - 1].idx + len(doc[i - 1]), self.entity[start]))
                start = None
            if named is not None and start is None:
                start = i
        if start is not None:
            mentions.append((doc[start].idx, doc[-1].idx + len(doc[-1]), self.entity[start]))
        for i, group in self.groups.items():
            doc[i]._.group = group
        for i, building in self.buildings.items():
            doc[i]._.building = building
        doc._.entities = self.entities
        doc._.roles = dict(self.roles)
        doc._.mentions = mentions

    # ------------------------------------------------------------------ tokens worth a look
    def _tokens(self, mask: np.ndarray) -> list[Token]:
        """The tokens where ``mask`` (one boolean per token) is true, in order."""
        doc = self.doc
        return [doc[i] for i in np.flatnonzero(mask).tolist()]

    def _matching(self, hashes: np.ndarray, accept: frozenset[str] | Callable[[str], bool]) -> np.ndarray:
        """Which tokens have, in the attribute array ``hashes`` of lower-case strings (``lower``,
        ``lemma_lower``), a string in ``accept``: a set of lower-case words, or a module-level
        function that says yes or no to a string.

        A function is asked once per distinct string and process: its answers are kept under
        it, which is why it must live as long as the process (not a lambda)."""
        strings = self.doc.vocab.strings
        if isinstance(accept, frozenset):
            words = _WORD_HASHES.get(accept)
            if words is None:
                words = _WORD_HASHES[accept] = np.array(sorted(hash_string(w) for w in accept), dtype=np.uint64)
            return np.isin(hashes, words)
        known = _ACCEPTED.setdefault(accept, {})
        unique, inverse = np.unique(hashes, return_inverse=True)
        hit = np.zeros(len(unique), dtype=bool)
        for position, h in enumerate(unique.tolist()):
            answer = known.get(h)
            if answer is None:
                answer = known[h] = bool(h) and accept(strings[h])
            hit[position] = answer
        return hit[inverse.reshape(-1)]

    def _names_a_body(self, token: Token) -> bool:
        """Whether a modifier names who a collective belongs to: an entity, a demonym, a proper noun."""
        return bool(self.entity[token.i] or gazetteer.country_by_demonym(token.text) or (token.pos_ == "PROPN" and token.is_title))

    def _names_a_country(self, token: Token) -> bool:
        """Whether a token is part of a country's name ("Britain" in "Britain's sprinters")."""
        key = self.entity[token.i]
        return key is not None and self.entities[key].type is EntityType.COUNTRY

    def _names_a_pair(self, span: Span) -> bool:
        """"Berg-Lund spat deepens": two surnames joined by a hyphen, each of which the article
        also writes on its own, are two persons, not one double-barrelled name."""
        if len(span) != 3 or span[1].text not in {"-", "–"} or span[1].whitespace_ or span[0].whitespace_:
            return False
        return span[0].text in self._words_alone and span[2].text in self._words_alone

    @cached_property
    def _words_alone(self) -> frozenset[str]:
        """The capitalized words the article writes with no hyphen joining them to another."""
        doc = self.doc
        return frozenset(t.text for t in doc if t.is_title and not (t.i > 0 and doc[t.i - 1].text in {"-", "–"})
                         and not (t.i + 1 < len(doc) and doc[t.i + 1].text in {"-", "–"}))

    def _in_hyphened_pair(self, token: Token) -> bool:
        """Whether a word is one of two names joined by a hyphen ("the Kovacs-Berg meeting"), a span
        the tagger took for one name and resolution leaves to each surname."""
        doc, i = self.doc, token.i
        return (i + 3 <= len(doc) and self._names_a_pair(doc[i : i + 3])) or (i >= 2 and self._names_a_pair(doc[i - 2 : i + 1]))

    def _gerund_before_name(self, span: Span) -> bool:
        """Whether a name tagged from the first word of its sentence starts with a gerund: a
        word in "-ing" that is no given name and in no other name the tagger gives, before the
        end of a longer name it tags elsewhere ("Hosting al-Bashir" after "Omar al-Bashir"; not
        "Harding Lund" after which the article says "Lund"), or before a name it tags elsewhere
        as no person's ("Noting Tesla’s development" where "Tesla" is a company)."""
        first = span[0]
        if not first.is_sent_start or not first.lower_.endswith("ing") or len(first) < 6 or is_given_name(first.text):
            return False
        others = [e for e in self.doc.ents if e.label_ == "PERSON" and e.start != span.start]
        rest = span[1:].text.lower()
        return not any(first.lower_ in {t.lower_ for t in e} for e in others) and (
            any(len(e) > len(span) - 1 and e.text.lower().endswith(" " + rest) for e in others)
            or self._label_elsewhere(span[1:]) in {"ORG", "PRODUCT", "GPE", "NORP"})

    def _label_elsewhere(self, words: Span) -> str | None:
        """The label the tagger gives the same words elsewhere in the article as no person's, if any."""
        return next((e.label_ for e in self.doc.ents if e.label_ != "PERSON" and e.text == words.text), None)

    def _clock_time_ends(self, start: int, end: int) -> bool:
        """Whether the words of a span end in a time of day ("11am", "11 am", "9.30pm"), after a name."""
        last = self.doc[end - 1].lower_
        if last in _DAY_HALVES:
            return end - start > 2 and self.doc[end - 2].like_num
        if self.doc[end - 1].like_num:
            return end < len(self.doc) and self.doc[end].lower_ in _DAY_HALVES  # the hour, its "am" already cut
        hour = last.removesuffix(".").rstrip("apm.")
        return last != hour and hour.replace(".", "").replace(":", "").isdigit()

    def _subtitle(self, start: int, end: int) -> bool:
        """Whether the words from ``start`` to ``end`` are a work's subtitle after a dash: "The"
        and capitalized words ("Sophie Varga - The Final Days", a film's title, stays whole)."""
        words = self.doc[start:end]
        return len(words) > 1 and words[0].lower_ == "the" and all(t.is_title for t in words)

    def _normalize_span(self, ent: Span) -> Span | None:
        """Trim articles, possessives and honorifics; fix labels the gazetteer knows better."""
        start, end = ent.start, ent.end
        while start < end and (self.doc[start].lower_ in {"the", "a", "an", "neither", "either", "both"} or self.doc[start].is_punct):
            start += 1
        if end - start > 1 and self.doc[start].lower_ in {"her", "his", "your", "their"} and self.doc[start + 1].lower_ in _STYLES:
            start += 1  # "His Holiness" tagged whole: the style alone is dropped below, or trimmed before a name
        while end - start > 1 and self.doc[start].lower_ in _STYLE_EPITHETS and self.doc[start + 1].lower_ in _STYLES:
            start += 1  # "(His) Royal Highness": the epithet goes with the style
        while end - start > 1 and self.doc[start].lower_ in _STYLES and self.doc[start + 1].is_title:
            start += 1  # "(His) Majesty King Olek" tagged whole: a style of address is no part of the name
        dash = next((i for i in range(start + 1, end) if self.doc[i].text in _SPACED_DASHES and self.doc[i - 1].whitespace_
                     and self.doc[i].whitespace_), None)
        if dash is not None and not self._subtitle(dash + 1, end):
            end = dash  # "KwaZulu-Natal - It was ..." tagged whole: a dateline's dash ends the name
        relabelled = None
        if ent.label_ == "PERSON" and end - start > 1 and self._gerund_before_name(self.doc[start:end]):
            start += 1  # "Hosting al-Bashir would tarnish ...": a gerund opening the sentence, its object the name
            # ("Noting Tesla’s development": the name as it is tagged elsewhere)
            relabelled = self._label_elsewhere(self.doc[start:end])
        while ent.label_ in PLACE_LABELS and end - start > 1 and self.doc[start].is_lower and self.doc[start].is_alpha \
                and self.doc[start + 1].is_title:
            start += 1  # "upstate Hyde Park", "downtown Jonesboro" tagged whole: where in the place is no part of its name
        while end > start and (self.doc[end - 1].is_punct or self.doc[end - 1].tag_ == "POS" or self.doc[end - 1].pos_ in {"DET", "ADP", "CCONJ"}
                               or (ent.label_ == "PERSON" and end - start > 1 and self.doc[end - 1].lower_ in _WEEKDAYS)
                               or (ent.label_ == "PERSON" and end - start > 1 and self.doc[end - 1].like_num)
                               or (end - start > 1 and self._clock_time_ends(start, end))):
            # "Varnay Thursday" tagged as one name: the day is when, not who; "Putrajaya 11am": the
            # hour; "fined Varnay 3,000 euros": the sum
            end -= 1
        while ent.label_ == "PERSON" and end - start > 1 and self.doc[start].lower_.endswith("s") \
                and is_title_word(self.doc[start].text[:-1]) and not is_title_word(self.doc[start].text):
            start += 1  # "Prime Ministers Erik Lund and Y" tagged from "Ministers": a plural title is no one's name
        if start >= end or (ent.label_ in {"PERSON", "ORG"} and self._names_a_pair(self.doc[start:end])):
            return None
        if ent.label_ == "PERSON" and any(self.doc[i].tag_ == "POS" and i + 1 < len(self.doc) and self.doc[i + 1].text in {"Day", "Eve"}
                                          for i in range(start + 1, min(end + 1, len(self.doc)))):
            return None  # "a St Patrick's Day visit" (tagged with or without "'s Day"): the name of a feast day, no one there
        label = relabelled or ent.label_
        if label in {"GPE", "LOC"} and end < len(self.doc) and self.doc[end].is_title and not self.doc[end].ent_type_ \
                and name_key(self.doc[end].text) in _PLACE_ONLY_WORDS | {"town"}:
            end += 1  # "in Kentish Town" tagged without its last word: a place's generic word ends its name
        if end + 4 <= len(self.doc) and self.doc[end].text == "-" and self.doc[end + 1].is_lower and self.doc[end + 2].text == "-" \
                and self.doc[end + 3].is_title and not any(t.whitespace_ for t in self.doc[end - 1 : end + 3]) \
                and gazetteer.country_of_town(self.doc[start : end + 4].text) is not None:
            # "Stratford-upon-Avon", "Stoke-on-Trent" tagged without what follows the first hyphen
            # (as a place or a person): a town the tables know by the whole
            end, label = end + 4, "GPE"
        if label in _SITE_NAME_LABELS and end - start > 1 and (self.doc[end - 1].is_lower or label in _RARELY_NAMED_LABELS) \
                and self.doc[end - 1].lemma_.lower() in _SITE_NOUNS and self.doc[end - 2].is_title:
            # "the Yasukuni shrine" tagged whole, "the Irish War Memorial" tagged an event: a site,
            # named with what it is
            return Span(self.doc, start, end, label="FAC")
        if end - start == 1 and self.doc[start].lower_ in _STYLES and self._styled_by_pronoun(start, {"her", "his", "your", "their"}):
            return None  # "Her Majesty", "His Holiness": a style of address, no one's name
        if label == "PERSON" and start > 0 and self.doc[start].lower_ in _PATRONYMIC_PARTICLES \
                and self.doc[start - 1].is_title and self.doc[start - 1].pos_ == "PROPN" and not self.doc[start - 1].ent_type_:
            start -= 1  # "Salman bin Abdulaziz" tagged from "bin": a name starts with the given name before it
        if label in {"GPE", "LOC", "ORG"} and end - start > 2 and self.doc[start + 1].lower_ == "of" \
                and role_from_tokens([self.doc[start]]) and _place_type(clean_surface(self.doc[start + 2 : end].text)) is not None:
            start += 2  # "King of Saudi Arabia" tagged as a place: a title of the place named after it
        if label == "NORP" and end - start > 2 and follows_anti_prefix(self.doc[start + 2]):
            # "an anti-Berg protest" tagged as a nationality: the name after the prefix (not the
            # name of a body, "the Anti-Doping Agency")
            start += 2
            if end - start == 1 and self.doc[start].lower_ in self.person_words:
                label = "PERSON"
            elif gazetteer.country_by_demonym(self.doc[start:end].text) is not None:
                return None  # "anti-American": the demonym names its country
        if label in {"ORG", "GPE", "PERSON"} and end - start > 1 and role_from_tokens([self.doc[end - 1]]) is not None:
            country = self.doc[start : end - 1].text
            if gazetteer.country_by_name(country) or gazetteer.country_by_demonym(country):
                return None  # "Nepal PM" tagged as a body or "Qatar Emir" as a person: a title and whose it is, no name
        if label == "ORG" and self.doc[end - 1].lower_ in self.person_words:
            # "Solomon Islands PM Olek Varnay" tagged as one body: a country's name before a
            # title and a person's name; the name starts at the title (the country goes to the role)
            for k in range(start + 1, end - 1):
                country = " ".join(t.text for t in self.doc[start:k])
                if role_from_tokens([self.doc[k]]) and self.doc[k + 1].pos_ == "PROPN" and (
                    gazetteer.country_by_name(country) or gazetteer.country_by_demonym(country)
                ):
                    start = k
                    break
        last_word = self.doc[end - 1].lower_
        if label in {"ORG", "GPE", "LOC", "NORP", "PERSON"} and end - start > 1 and self.doc[end - 1].is_title \
                and last_word.endswith("s") and last_word[:-1] in trigger_lemmas():
            # "Saudi Arabia Condemns", "Varnay Arrives" in a title-case headline: a name and a verb
            rest = self.doc[start : end - 1]
            if _place_type(clean_surface(rest.text)) is not None:
                end -= 1
            elif label == "PERSON" or (len(rest) == 1 and rest[0].lower_ in self.person_words):
                end, label = end - 1, "PERSON"
        first = self.doc[start]
        if label == "PERSON" and end - start > 1 and first.pos_ == "VERB" and first.dep_ == "ROOT" and _is_headline_verb(first):
            # "Minister Leaves Kelby for Lagos" in a title-case headline: the verb starts no name,
            # and what follows it is the place it names, if it is one
            start += 1
            if _place_type(clean_surface(self.doc[start:end].text)) is not None:
                label = "GPE"
        # ("Queen Maria Hospital": a site named after someone, no one's name)
        named_site = self.doc[end - 1].lemma_.lower() in _SITE_NOUNS
        if label == "PERSON" and end - start > 1 and self.doc[end - 1].is_title and self.doc[end - 1].lower_ in gazetteer.VENUE_NOUNS \
                and not (end < len(self.doc) and self.doc[end].is_lower and self.doc[end].pos_ == "NOUN") \
                and not is_given_name(self.doc[start].text) and not is_honorific(self.doc[start].text) \
                and not role_from_tokens([self.doc[start]]) and not (start and is_honorific(self.doc[start - 1].text)):
            # "Lund Tower", "Kelby House" tagged as a person: a building named after someone ("John Hall" is
            # his; "her Kelby Hotel tour" names a tour)
            label = "FAC"
        if label in {"ORG", "GPE", "LOC", "FAC", "NORP"} and end - start > 1 and is_honorific(self.doc[start].text) \
                and not any(t.tag_ == "POS" for t in self.doc[start:end]) and not named_site:
            label = "PERSON"  # "Gen Olek Varnay" tagged as a body: an honorific goes with a person's name
        elif label in {"ORG", "GPE", "LOC", "FAC", "NORP"} and end - start > 1 and role_from_tokens([self.doc[start]]) and not named_site \
                and self.doc[start + 1].pos_ == "PROPN" and not any(t.tag_ == "POS" for t in self.doc[start:end]) \
                and (label != "ORG" or self.doc[end - 1].lower_ in self.person_words or _REGNAL_NUMBER.fullmatch(self.doc[end - 1].text)
                     or (end - start in (3, 4) and is_given_name(self.doc[start + 1].text))):
            # "PM Varnay" tagged as a place, or as a body where the article names the person ("Olek
            # Varnay"; but "General Harbourline"), a given name follows the title ("Mayor Olek
            # Varnay") or a regnal number ends the name ("King Olek VI"): a title goes with a person's name
            label = "PERSON"
        if label == "ORG" and end - start >= 3 and role_from_tokens([self.doc[start]]) and is_given_name(self.doc[end - 2].text) \
                and self._is_person_name(self.doc[end - 2 : end]) and self.doc[start + 1].pos_ != "PROPN":
            # "the Commissioner for Aviation Regulation Olek Varnay" tagged as one body: a title
            # with words of its own, then a given name and a surname (the title goes to the role)
            start, label = end - 2, "PERSON"
        if label in _OFTEN_MISREAD_NAMES and self._is_person_name(self.doc[start:end]):
            label = "PERSON"  # "would not meet Ilona Varga" tagged as a product: a given name and a surname
        elif label == "NORP" and start > 0 and role_from_tokens([self.doc[start - 1]]) and self._is_person_name(self.doc[start:end]):
            label = "PERSON"  # "Vice-President Olek Varnaymans" tagged as a nationality: a title and a given name
        elif label in _RARELY_NAMED_LABELS and 2 <= end - start <= 3 and self._names_a_known_surname(self.doc[start:end]):
            label = "PERSON"  # "Olek Varnay" tagged as a product where "Varnay" alone is tagged a person
        elif label in _RARELY_NAMED_LABELS and 2 <= end - start <= 3 and self._set_off_after_title(start) \
                and all(t.is_title and t.text.replace("-", "").isalpha() for t in self.doc[start:end]):
            label = "PERSON"  # "India's minister of parliamentary affairs, Olek Kumar Varnay" tagged as a work
        elif label in _OFTEN_MISREAD_NAMES and end - start > 1 and self.doc[start].lower_ in _NAME_PARTICLES \
                and self.doc[start].lower_ in self.person_words:
            label = "PERSON"  # "Von der Berg criticizes" in a headline, after "Anna von der" (a person)
        elif label in _SITE_NAME_LABELS and end - start > 1 and name_key(self.doc[end - 1].text) in _PLACE_ONLY_WORDS:
            label = "GPE"  # "visited Kelby Springs", "Kelby Prefecture" read as a title: no one's surname nor a work's name
        last = self.doc[end - 1]
        if label in {"ORG", "PERSON", "NORP"} and last.dep_ and any(  # (no parse outside the chosen sentences)
            c.dep_ == "appos" and c.lemma_.lower() in gazetteer.SETTLEMENT_NOUNS for c in last.children
        ) or (last.dep_ == "nsubj" and last.head.lemma_ == "be" and any(
            c.dep_ == "attr" and c.lemma_.lower() in gazetteer.SETTLEMENT_NOUNS for c in last.head.children
        )):
            label = "GPE"  # "Kelby, a town where ...", "Kelby is a town": what a town is named is a place
        elif label in {"ORG", "PERSON", "NORP"} and (
            (last.dep_ == "pobj" and _names_a_settlement(last.head)) or _settlement_of(last) is not None
        ):
            label = "GPE"  # "the islands, which are known as Y", "the town of Y", "the towns of X and Y"
        if label == "PERSON":
            while start < end - 1:
                if is_honorific(self.doc[start].text) or role_from_tokens([self.doc[start]]):
                    start += 1
                elif start < end - 2 and role_from_tokens(list(self.doc[start : start + 2])):
                    start += 2  # "Crown Prince"
                elif name_key(self.doc[start].text) in _GROUP_WORDS and not is_given_name(self.doc[start].text) \
                        and is_given_name(self.doc[start + 1].text):
                    start += 1  # "Tory Erik Varnay": a camp's word before a given name is not in the name
                else:
                    break
            while start < end - 1 and self.doc[start].is_lower and self.doc[start].pos_ in _NOT_IN_NAMES:
                start += 1  # "and meet Olek Varnay" tagged with the verb: no name starts with one
            if start < end - 1 and self.doc[start].is_sent_start and self.doc[start].lower_ in _OPENING_PREPOSITIONS:
                start += 1  # "Beyond Lund, the dinner ..." tagged whole: a sentence's opening preposition
            verbs = [k for k in range(start + 1, end) if self.doc[k].pos_ == "VERB" and self.doc[k].dep_ == "ROOT"]
            if verbs:
                end = verbs[0]  # "Olek Varnay Meets Tomas Berg": a headline's verb ends the name before it
            elif end - start > 1 and _is_headline_verb(self.doc[end - 1]):
                end -= 1
            doc = self.doc
            while end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ \
                    and not doc[end].whitespace_ and doc[end + 1].is_alpha and doc[end + 1].is_lower \
                    and doc[end + 1].pos_ == "PROPN":
                # "Park Min-soo", "Choi Min-jun": the tagger can stop at the hyphen (a capital after
                # it starts another name: "the Varnay-Berg feud"; a word is no name: "Oscar-winner")
                end += 2
            if end == ent.end and end < len(doc) and HYPHENATED_GIVEN_NAME.fullmatch(doc[end].text) \
                    and not doc[end].ent_type_:
                end += 1  # "Moon Ji-ho" tagged "Moon": the given name is one token (kg_hyphenated_names)
            after = doc[end] if end < len(doc) else None
            if after is not None and end == ent.end and after.ent_iob_ == "O" and after.pos_ == "PROPN" and after.is_title \
                    and after.text.isalpha() and doc[end - 1].whitespace_ and doc[end - 1].dep_ == "compound" \
                    and doc[end - 1].head.i == after.i and after.dep_ in {"poss", "nsubj", "nsubjpass", "dobj", "pobj", "appos"} \
                    and not is_title_word(after.text) and name_key(after.text) not in _PLACE_WORDS \
                    and not is_organization_noun(name_key(after.text)):
                # "President Kim Tae Ho's travel" tagged "Kim Tae": the word the name hangs on as a
                # compound, itself a noun phrase's head, ends the name
                end += 1
            particle = doc[start].lower_ in _NAME_PARTICLES and start + 1 < end and doc[start + 1].text == "-"
            if start > 1 and start == ent.start and doc[start - 1].ent_iob_ == "O" and doc[start - 1].is_title \
                    and doc[start - 1].whitespace_ and (is_given_name(doc[start - 1].text) or _MIDDLE_INITIAL.fullmatch(doc[start].text) or particle) \
                    and not is_title_word(doc[start - 1].text) and (is_title_word(doc[start - 2].text) or is_honorific(doc[start - 2].text)):
                # "General Anders Holm Varnay" tagged from "Holm", "Secretary of State Olek J. Varnay"
                # from "J.", "Col Olek Al-Varnay" from "Al": a given name (a word before a middle
                # initial or a surname's particle) between a title and the name is the name's
                start -= 1
            if start and self.doc[start - 1].lower_ in {"to", "of", "for"} and start < end - 1 \
                    and gazetteer.country_by_name(self.doc[start].text) is not None:
                start += 1  # "Special Envoy to Myanmar Olek Varnay": the office's country, then the name
            if all(is_honorific(t.text.rstrip(".")) for t in self.doc[start:end]):
                return None  # "Tun Dr" before "Olek Varnay", tagged apart: honorifics are no name
            if end - start > 1 and _only_titles(self.doc[start:end]):
                return None  # "received by Lieutenant General, Olek Varnay": a title is no name
            if end - start == 1 and is_title_word(self.doc[start].text) and not is_honorific(self.doc[start].text) \
                    and self.doc[start].lower_ not in _SOVEREIGN_TITLES:
                return None  # "talks with Tánaiste and Minister for Foreign Affairs Olek Varnay": a title alone is no one's name
            if end - start == 1 and start and self.doc[start - 1].lower_ == "the" and self.doc[start].lower_ in _SOVEREIGN_TITLES \
                    and self._title_names_someone(self.doc[start].lower_):
                return None  # "the Queen", where the article names "Queen Maria": her title, read as a role noun
            word = self.doc[start]
            if end - start == 1 and start > 0 and self.doc[start - 1].lower_ == "the" and word.dep_ != "compound" \
                    and not is_given_name(word.text) and not is_honorific(word.text) and not role_from_tokens([word]):
                if word.tag_ in {"NNP", "NNPS"} and word.text.endswith("s") and not word.text.endswith("ss") and word.text.isalpha():
                    label = "NORP"  # "accused the Houthis of ...": a plural name after "the" is a group's
                else:
                    return None  # "Iraq and the Levant": no one's name takes "the" ("the Queen" is a title)
        if start >= end:
            return None
        if label not in _LABEL_TYPES:
            # "in the capital X" tagged as a product, X in the capitals table: a place the tables know
            # is a place; so is a name no table knows where a trip goes ("made visits to Yasukuni"
            # tagged as a work)
            if _place_type(clean_surface(self.doc[start:end].text)) is None and not _unknown_name_gone_to(self.doc[start:end]):
                return None
            label = "GPE"
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
            if len(span) == 1 and span[0].lower_ in self.person_surnames and span[0].pos_ == "PROPN" \
                    and gazetteer.country_by_plural_demonym(text) is None:
                # "Varnese told reporters" after "Erik Varnese": a surname the tagger took for a
                # nationality (its ending is one's) where the full name is tagged a person's
                label = "PERSON"
            elif not text.endswith("s") and not self._counted_as_people(span):
                if self._names_a_group(Span(self.doc, start, end)):
                    return None  # "Republican", "Catholic": descriptions, not groups
                label = "ORG"  # "stock market Harbourline has met": a body's name the tagger took for a group
        elif label in {"PERSON", "ORG", "GPE", "LOC"} and len(span) == 1 and gazetteer.country_by_demonym(text) is not None:
            # "Ugandan President Y" with "Ugandan" tagged as a name, "Ukrainian-backed forces" with
            # "Ukrainian" tagged as a place: a demonym, no one's name (it names its country as a qualifier)
            return None
        elif label in {"ORG", "GPE"} and len(span) == 1 and role_from_tokens([span[0]]):
            return None  # "State" in "Secretary of State"
        elif label == "ORG" and _only_titles(span):
            return None  # "Lieutenant General" tagged as a body: a title
        elif label in {"ORG", "NORP"} and len(span) == 1 and span[0].text.endswith("s") and is_title_word(span[0].text[:-1]):
            return None  # "the top Generals' visit": a title's plural, no body
        elif label == "ORG" and len(span) > 1 and span[-1].lemma_.lower() in _SITE_NOUNS and span[-2].is_title:
            label = "FAC"  # "Kelby General Hospital", "Kelby Airport" tagged as a body: a site one goes to
        after = self.doc[end] if end < len(self.doc) else None
        named_before = after is not None and after.is_lower and self.doc[end - 1].dep_ == "compound" and self.doc[end - 1].head.i == end
        if label in _SITE_NAME_LABELS and named_before and after.lemma_ in _SITE_NOUNS:
            return Span(self.doc, start, end + 1, label="FAC")  # "the Yasukuni shrine": a site, named with what it is
        if label in _SITE_NAME_LABELS and named_before and after.lemma_ in gazetteer.SETTLEMENT_NOUNS:
            return Span(self.doc, start, end, label="GPE")  # "Kelby island", "Kelby town": a place
        if label in _SITE_NAME_LABELS and self.doc[start:end].text in self.towns_with_offices:
            return Span(self.doc, start, end, label="GPE")  # "Kelby mayor and former minister, X": a town, everywhere
        return Span(self.doc, start, end, label=label)

    def _set_off_after_title(self, start: int) -> bool:
        """Whether the words at ``start`` follow a comma that closes a title's phrase in their
        sentence ("the minister of parliamentary affairs, ...")."""
        if start < 2 or self.doc[start - 1].text != "," or self.doc[start].is_sent_start:
            return False
        sentence_start = self.doc[start].sent.start
        return any(is_title_word(t.text) and t.is_lower for t in self.doc[max(start - 6, sentence_start) : start - 1])

    def _before_town_office(self, end: int) -> bool:
        """Whether the name ending at ``end`` is a compound of an office only a town has ("Kelby
        mayor", "the Kelby council")."""
        return end < len(self.doc) and self.doc[end].lower_ in _TOWN_OFFICES \
            and self.doc[end - 1].dep_ == "compound" and self.doc[end - 1].head.i == end

    def _titles_a_work(self, word: Token, start: int, end: int) -> bool:
        """Whether the name at ``start:end`` is the title of the work that ``word`` just before it
        names ("the show Harry Kelby", "the film, Kelby Road"; not "the show Anna Lind hosted")."""
        if word.pos_ != "NOUN" or word.lower_ not in WORK_NOUNS:
            return False
        return (word.dep_ == "compound" and start <= word.head.i < end) or any(
            t.dep_ == "appos" and t.head.i == word.i for t in self.doc[start:end])

    def _split_owned_by_places(self, spans: list[Span]) -> list[Span]:
        """"Oslo's Kelby Marsh International Airport" tagged as one body, "Norway’s Varnay" as one
        person: a known place before a possessive inside a name is a place of its own, and the
        rest is the name; so is a person the tagger names elsewhere ("Varnay’s Horn of Africa")."""
        found: list[Span] = []
        persons_alone = {s.text for s in spans if s.label_ == "PERSON" and not any(t.tag_ == "POS" or t.lower_ in {"'s", "’s"} for t in s)}
        for span in spans:
            if span.label_ in {"ORG", "PERSON"} and len(span) >= 3 and span.start and self.doc[span.start - 1].lower_ in {"of", "to"} \
                    and gazetteer.country_by_name(span[0].text) is not None and is_given_name(span[1].text):
                # "President of Moldova Anna Lind", "India's ambassador to Nepal Erik Lund" tagged as
                # one body: the office's country, then the name
                found += [Span(self.doc, span.start, span.start + 1, label="GPE"), Span(self.doc, span.start + 1, span.end, label="PERSON")]
                continue
            owner_end = next((t.i for t in span[1:-1] if t.tag_ == "POS" or t.lower_ in {"'s", "’s"}), None)
            owner = self.doc[span.start : owner_end] if owner_end is not None else None
            if span.label_ in {"ORG", "FAC", "PERSON"} and owner is not None and _place_type(clean_surface(owner.text)) is not None:
                found += [Span(self.doc, span.start, owner_end, label="GPE"), Span(self.doc, owner_end + 1, span.end, label=span.label_)]
            elif span.label_ in {"ORG", "FAC"} and owner is not None and self._given_name_and_surname(self.doc[owner_end + 1 : span.end]):
                # "Harbourland’s Tomas Berg" tagged as one body: a place or a body the table does not
                # know, then a person
                label = "GPE" if owner.text in tagged_place_names(self.doc) else "ORG"
                found += [Span(self.doc, span.start, owner_end, label=label), Span(self.doc, owner_end + 1, span.end, label="PERSON")]
            elif owner is not None and owner_end + 1 < span.end and owner.text in persons_alone:
                # "Varnay’s Horn of Africa tour" tagged as one name: a person the tagger names on
                # their own elsewhere, owning a place or a body
                rest = clean_surface(self.doc[owner_end + 1 : span.end].text)
                label = "GPE" if _place_type(rest) is not None else "LOC" if span.label_ == "PERSON" else span.label_
                found += [Span(self.doc, span.start, owner_end, label="PERSON"), Span(self.doc, owner_end + 1, span.end, label=label)]
            else:
                found.append(span)
        return found

    @staticmethod
    def _given_name_and_surname(words: Span) -> bool:
        """Whether two or three capitalized words are a known given name and more name words."""
        return 2 <= len(words) <= 3 and is_given_name(words[0].text) and all(t.is_title and t.is_alpha for t in words) \
            and _only_name_words(words)

    def _split_located_names(self, spans: list[Span]) -> list[Span]:
        """"the Golden Gate Temple in Kelby", "Harbour High School in Kelby" tagged as one body or
        building: a name after "in" at the end of it is the place where it stands."""
        found: list[Span] = []
        for span in spans:
            where = next((t.i for t in span[1:-1] if t.lower_ == "in"), None)
            if span.label_ in {"ORG", "FAC"} and where is not None and span.end - where - 1 <= 3 \
                    and all(t.is_title and t.pos_ == "PROPN" for t in self.doc[where + 1 : span.end]) \
                    and self.doc[where - 1].is_title:
                found += [Span(self.doc, span.start, where, label=span.label_), Span(self.doc, where + 1, span.end, label="GPE")]
            else:
                found.append(span)
        return found

    def _untagged_names(self) -> list[Span]:
        """"Vincent Varnay, for the Greens, accused ...": a known given name and one or two
        capitalized words that the tagger left out of every entity are a person's name, when no
        capitalized word comes right before or after them (then they would be part of a longer
        name: "Saint Vincent Varnay Street")."""
        doc = self.doc
        found: list[Span] = []
        i = 0
        while i < len(doc):
            word = doc[i]
            if word.ent_type_ or not is_given_name(word.text) or (
                i and doc[i - 1].is_title and not word.is_sent_start
            ):
                i += 1
                continue
            end = i + 1
            while end < len(doc) and end - i < 3 and (not doc[end].ent_type_ or _month_alone(doc[end])) and doc[end].is_title \
                    and doc[end].text.replace("-", "").replace("'", "").isalpha():
                end += 1
            if end - i >= 2 and not (end < len(doc) and doc[end].is_title) \
                    and self._is_person_name(doc[i:end]):
                found.append(Span(doc, i, end, label="PERSON"))
            i = end
        return found

    def _untagged_speakers(self, found: list[Span]) -> list[Span]:
        """"Varnayski added", "Varnayski voiced hope": a one-word proper name that the tagger left
        out of every entity, which speaks as a clause's subject, is a person's surname, wherever
        the article writes it ("Varnayski's Berlin visit"); not a word no table would let be one
        (a place, a body, a given name, a title, a month or a day) nor a word of a longer name."""
        doc = self.doc
        taken = {i for span in found for i in range(span.start, span.end)}

        def alone(word: Token) -> bool:
            return not word.ent_type_ and word.i not in taken and word.is_title and word.pos_ == "PROPN" and word.text.isalpha() \
                and not (word.i and doc[word.i - 1].is_title and doc[word.i - 1].pos_ == "PROPN") \
                and not (word.i + 1 < len(doc) and doc[word.i + 1].is_title and doc[word.i + 1].pos_ == "PROPN")

        speakers = {word.text for word in doc if alone(word) and word.dep_ == "nsubj" and word.head.lemma_.lower() in _SPEECH_VERBS}
        speakers = {text for text in speakers
                    if _place_type(text) is None and gazetteer.organization_by_name(text) is None and not is_given_name(text)
                    and not is_title_word(text) and not is_honorific(text) and not is_organization_noun(text.lower())
                    and text.lower() not in _MONTHS and text.lower() not in _WEEKDAYS and name_key(text) not in _GROUP_WORDS
                    and gazetteer.country_by_demonym(text) is None}
        return [Span(doc, word.i, word.i + 1, label="PERSON") for word in doc if word.text in speakers and alone(word)]

    def _untagged_datelines(self) -> list[Span]:
        """"KOCHI: Union Minister X, who arrived here ...": the town of an agency dateline is a place,
        where the tagger left it out of every entity."""
        return [Span(self.doc, start, town_end, label="GPE") for start, town_end, _after in self.doc.user_data.get("kg.datelines", ())
                if town_end > start and not any(t.ent_type_ for t in self.doc[start:town_end])]

    def _untagged_destinations(self) -> list[Span]:
        """"cancelled his visit to Kelby", "flew to Kelby": a one-word proper name that the tagger
        left out of every entity, right after the "to" of a trip or a journey, is a place; so is
        one right after "in" or "at" that GeoNames knows as a town ("a conference in Kelby");
        not a word of a longer name ("St James' Park"), a given name, a title, a month or a day, a
        body's noun nor a place's generic word ("Park")."""
        doc = self.doc
        found: list[Span] = []
        for word in self._tokens((self.pos == PROPN) & self.is_title):
            if word.ent_type_ or not word.text.isalpha() or word.dep_ != "pobj" or word.head.i != word.i - 1 \
                    or name_key(word.text) in _PLACE_WORDS:
                continue
            if not (word.head.lower_ == "to" and word.head.head.lemma_.lower() in _GOES_TO) and not (
                    word.head.lower_ in {"in", "at"} and gazetteer.country_of_town(word.text) is not None):
                continue
            after = doc[word.i + 1] if word.i + 1 < len(doc) else None
            if (after is not None and after.is_title and after.pos_ == "PROPN") or is_given_name(word.text) \
                    or is_title_word(word.text) or is_honorific(word.text) or is_organization_noun(word.lower_) \
                    or word.lower_ in _MONTHS or word.lower_ in WEEKDAYS or gazetteer.organization_by_name(word.text) is not None:
                continue
            found.append(Span(doc, word.i, word.i + 1, label="GPE"))
        return found + self._untagged_sites_visited()

    def _untagged_sites_visited(self) -> list[Span]:
        """"visited the Jama Masjid", "toured the Kelby Mint": a name of two words or more after "the"
        that the tagger left out of every entity, as the object of visiting or touring, is a site."""
        found: list[Span] = []
        for word in self._tokens((self.pos == PROPN) & self.is_title):
            if word.ent_type_ or word.dep_ != "dobj" or word.head.lemma_.lower() not in _SITES_VISITED_BY:
                continue
            words = [c for c in word.lefts if c.dep_ == "compound"] + [word]
            start = words[0].i
            if start == 0 or self.doc[start - 1].lower_ != "the" or len(words) < 2 or not all(
                    w.pos_ == "PROPN" and w.is_title and w.is_alpha and not w.ent_type_ for w in words) \
                    or words[-1].i - start + 1 != len(words) or is_organization_noun(word.lower_) or is_title_word(word.text):
                continue
            found.append(Span(self.doc, start, word.i + 1, label="FAC"))
        return found

    def _names_after_offices(self) -> list[Span]:
        """"Prime Minister of Ethiopia Olek Varnay": two or three capitalized words that the tagger
        left out of every entity, right after an office of a country, are its holder's name."""
        doc = self.doc
        found: list[Span] = []
        for ent in doc.ents:
            if ent.label_ != "GPE" or ent.start < 2 or doc[ent.start - 1].lower_ != "of" \
                    or not is_title_word(doc[ent.start - 2].text):
                continue
            end = ent.end
            while end < len(doc) and end - ent.end < 3 and not doc[end].ent_type_ and doc[end].pos_ == "PROPN" \
                    and doc[end].is_title and doc[end].text.replace("-", "").isalpha():
                end += 1
            if end - ent.end >= 2 and not (end < len(doc) and doc[end].is_title) \
                    and not any(is_title_word(t.text) or is_honorific(t.text) for t in doc[ent.end:end]):
                found.append(Span(doc, ent.end, end, label="PERSON"))
        return found

    def _names_a_known_surname(self, words: Span) -> bool:
        """Capitalized words ending in a word the tagger calls a person's elsewhere, one that is
        no given name ("Bill" in "the Gambling Bill") and no place ("Wales" in "World Cup Wales"),
        with no word of an event's, a body's or a title's name among them."""
        last = words[-1].text
        return (
            words[-1].lower_ in self.person_words and not is_given_name(last) and _place_type(last) is None
            and all(t.is_title and t.text.isalpha() for t in words)
            and not any(name_key(t.text) in _PLACE_WORDS | _EVENT_WORDS or is_organization_noun(name_key(t.text))
                        or is_title_word(t.text) for t in words)
        )

    @staticmethod
    def _is_person_name(words: Span) -> bool:
        """A known given name and one or two capitalized words, none of which makes a place
        ("Kelby Falls") or a name the tables know."""
        if not 2 <= len(words) <= 3 or not is_given_name(words[0].text):
            return False
        if not all(t.is_title and t.text.replace("-", "").isalpha() for t in words):
            return False
        text = words.text
        last = name_key(words[-1].text)
        if _is_headline_verb(words[-1]):
            return False
        return (
            last not in _PLACE_WORDS and last not in _EVENT_WORDS and not is_organization_noun(last)
            and _place_type(text) is None
            and gazetteer.organization_by_name(text) is None and gazetteer.country_of_seat(text) is None
        )

    def _counted_as_people(self, span: Span) -> bool:
        """Whether a name is counted as people are: "400,000 Kelbari", "thousands of Kelbari"."""
        before = self.doc[span.start - 1] if span.start else None
        if before is None:
            return False
        if before.like_num or any(c.dep_ == "nummod" for c in span.root.children):
            return True
        return before.lower_ == "of" and span.start > 1 and self.doc[span.start - 2].lower_ in _CROWD_COUNTS

    @staticmethod
    def _names_a_group(span: Span) -> bool:
        """Whether a singular NORP span is an adjective or a word for a nationality, a faith or a
        political camp ("European", "Tory", "Anglican", "the Dane"), rather than a name."""
        words = [name_key(t.text) for t in span]
        return (
            span[-1].tag_ == "JJ" or any(w.split(" ")[-1] in _GROUP_WORDS for w in words)
            or gazetteer.country_by_plural_demonym(span.text + "s") is not None
            or words[-1].endswith(_GROUP_WORD_ENDINGS) or "-" in span.text
        )

    def _nicknames(self, spans: list[Span]) -> list[Span]:
        """'Olek Anton Varnay "Tiger" will visit ...': one or two capitalized words in quotes
        right after a person's full name are the name he is known by. Every mention of those words,
        however the tagger labelled it or whether it did, is then a mention of him."""
        doc = self.doc
        found: dict[str, tuple[str, ...]] = {}
        for span in spans:
            if span.label_ != "PERSON" or len(span) < 2 or span.end + 2 >= len(doc) or doc[span.end].text not in _NICKNAME_QUOTES:
                continue
            close = next((i for i in range(span.end + 2, min(span.end + 4, len(doc))) if doc[i].text in _NICKNAME_QUOTES), None)
            words = doc[span.end + 1 : close] if close is not None else None
            if words is None or not all(t.is_title and t.is_alpha and not is_title_word(t.text) for t in words) \
                    or _place_type(words.text) is not None or gazetteer.organization_by_name(words.text) is not None:
                continue
            self.nickname_of[span.start] = tuple(name_tokens(words.text))
            found[words.text] = self.nickname_of[span.start]
        if not found:
            return spans
        kept = [s if s.text not in found else Span(doc, s.start, s.end, label="PERSON") for s in spans]
        covered = {i for s in kept for i in range(s.start, s.end)}
        for start in range(len(doc)):
            for text in found:
                size = len(text.split())
                if start not in covered and doc[start : start + size].text == text and start + size - 1 not in covered:
                    kept.append(Span(doc, start, start + size, label="PERSON"))
        return sorted(kept, key=lambda s: s.start)

    def _join_split_names(self, spans: list[Span]) -> list[Span]:
        """"Jan Ten Varnay" tagged as a person "Jan" and an organization "Varnay", or as two persons:
        capitalized words right after a person's name that the parser puts under one head with it
        ("Ten", "Varnay" compounds of one noun) and that the tagger labelled as something else finish
        the name, unless the head is a known place or body."""
        starts = {span.start: span for span in spans}
        dropped: set[int] = set()
        joined: dict[int, Span] = {}
        for span in spans:
            if span.label_ != "PERSON" or span.start in dropped:
                continue
            end = span.end
            # "Anna von der" and "Berg": a name that ends in a particle goes on, also over an
            # untagged particle ("Anna von", "der", "Berg")
            while end < len(self.doc) and end - span.end < 2 and self.doc[end - 1].lower_ in _NAME_PARTICLES \
                    and self.doc[end].lower_ in _NAME_PARTICLES and not self.doc[end].ent_type_:
                end += 1
            particle = self.doc[end - 1].lower_ in _NAME_PARTICLES
            named_from = end
            while end < len(self.doc) and end - named_from < 2 and self.doc[end].pos_ == "PROPN" and self.doc[end].is_title \
                    and self.doc[end].ent_type_ not in {"", "DATE", "TIME"} and not _is_headline_verb(self.doc[end]) \
                    and not self.doc[end - 1].whitespace_ == "" and (self.doc[end - 1].dep_ == "compound" or particle):
                end += 1
            untagged = end == named_from and len(span) > 1
            if untagged:
                end = self._untagged_name_words(span)
            if end == named_from:
                continue
            head = self.doc[end - 1]
            # one compound: every word under the last (tagged words), or within the name (untagged ones)
            outside = [t for t in self.doc[span.start : end - 1]
                       if (not span.start <= t.head.i < end if untagged else t.head.i != head.i)]
            if not particle and (outside or head.dep_ == "compound"):
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

    def _untagged_name_words(self, span: Span) -> int:
        """"Olek Anton Varnay Da Costa" tagged as "Olek Anton": up to three capitalized words (and
        name particles) the tagger left out right after a full name, all in one compound with it;
        the end of the name so extended (``span.end`` when there are none)."""
        end = span.end
        while end < len(self.doc) and end - span.end < 3 and not self.doc[end].ent_type_ and self.doc[end - 1].whitespace_ \
                and self.doc[end - 1].dep_ == "compound" and self.doc[end].is_title and not is_title_word(self.doc[end].text) \
                and (self.doc[end].pos_ == "PROPN" or self.doc[end].lower_ in _NAME_PARTICLES) \
                and self.doc[end].lower_ not in _NOT_NAME_ENDINGS and not _is_headline_verb(self.doc[end]):
            end += 1
        return end

    def _join_split_bodies(self, spans: list[Span]) -> list[Span]:
        """"the UK Independence Party" tagged as a place "UK" and a body "Independence Party": two
        names side by side that together are a known organization's name are that organization;
        "Guinea-Bissau" tagged as "Guinea" and "Bissau": two joined by a hyphen that together are a
        known place's name are that place."""
        joined: list[Span] = []
        for span in spans:
            if joined and joined[-1].label_ != "PERSON" and span.label_ != "PERSON":
                whole = self.doc[joined[-1].start : span.end]
                if joined[-1].end == span.start and gazetteer.organization_by_name(clean_surface(whole.text)) is not None:
                    joined[-1] = Span(self.doc, whole.start, whole.end, label="ORG")
                    continue
                hyphen = self.doc[joined[-1].end] if joined[-1].end + 1 == span.start else None
                if hyphen is not None and hyphen.text == "-" and not hyphen.whitespace_ \
                        and not self.doc[joined[-1].end - 1].whitespace_ and _place_type(whole.text) is not None:
                    joined[-1] = Span(self.doc, whole.start, whole.end, label="GPE")
                    continue
            joined.append(span)
        return joined

    def _holder_after_office(self, span: Span) -> bool:
        """Whether a name tagged as a body is set off after a country's office: "received
        President of Ghana, Olek Varnay, at his residence" (two to four capitalized words, none a
        body's or a title's word)."""
        doc, start = self.doc, span.start
        if start < 4 or doc[start - 1].text != "," or not 2 <= len(span) <= 4:
            return False
        if doc[start - 2].ent_type_ not in PLACE_LABELS:
            return False
        first = start - 2  # the first word of the place's name
        while first > 0 and doc[first].ent_iob_ == "I":
            first -= 1
        return first >= 2 and doc[first - 1].lower_ == "of" and is_title_word(doc[first - 2].text) \
            and all(t.is_title or t.is_punct for t in span) and _only_name_words(span)

    def _country_of_title_before_name(self, span: Span) -> int | None:
        """Where the holder's name starts in a span tagged as a body that is a country's name and
        then a name of two or three capitalized words, after a title and "of" ("Prime Minister of
        Kelvania Tomas Berg", "President of the Republic Erik Lund"); None for any other span."""
        doc, start = self.doc, span.start
        if start >= 3 and doc[start].lower_ in _COUNTRY_NOUNS and doc[start - 1].lower_ == "the":
            start -= 1  # "President of the Republic Erik Lund": the office's state, unnamed
        if start < 2 or doc[start - 1].lower_ != "of" or not is_title_word(doc[start - 2].text):
            return None
        if start < span.start:
            ends = [span.start + 1]  # the name follows the state's noun
        else:
            ends = [end for end in range(span.start + 1, min(span.end - 1, span.start + 4))
                    if gazetteer.country_by_name(doc[span.start:end].text) is not None]
        for end in ends:
            name = doc[end : span.end]
            if 2 <= len(name) <= 3 and all(t.is_title and t.is_alpha for t in name) and _only_name_words(name):
                return end
        return None

    def _titled_given_name(self, span: Span) -> bool:
        """Whether a name tagged as a body is a given name and a surname that a title goes with:
        "the commission president, Jean-Olek Varnay", "President Jean-Olek Varnay"; or two or three
        name words right after a title."""
        words = clean_surface(span.text).split()
        if not (2 <= len(words) <= 3 and all(w[:1].isupper() for w in words) and _only_name_words(span)):
            return False
        root, before = span.root, self.doc[span.start - 1] if span.start else None
        # (a title in lower case only as a noun for a person: "foreign affairs official Olek
        # Varnay", not the adjective of "the official Kelby News Agency" nor "a government White Paper")
        titled = before is not None and is_title_word(before.text) and (before.is_title or (
            before.pos_ == "NOUN" and before.is_lower and role_from_tokens(list(self.doc[max(0, span.start - 2) : span.start])) is not None))
        if not is_given_name(words[0]):
            # "President Kassym-Olek Varnay": a given name no table knows, right after a title, in
            # a name that is no place's and names no building
            return titled and _place_type(clean_surface(span.text)) is None \
                and not any(t.lower_ in gazetteer.VENUE_NOUNS for t in span) and span.root.dep_ in _ARGUMENT_DEPS | {"pobj", "appos"}
        set_off = root.dep_ == "appos" and (is_title_word(root.head.text) or role_headed_by(root.head) is not None)
        return set_off or titled

    def _persons_misread_as_bodies(self, spans: list[Span]) -> list[Span]:
        """Persons the tagger put in a body's or a place's name: the name after an honorific inside
        it ("Commons after Mr Berg", "Norway Mr Berg"; a place or a body before it stays one), and names
        coordinated in one span ("Berg and Lund", "Kovacs, Berg") when each is the surname of a
        person the article names in full, or a given name and such a surname ("Erik Berg" beside
        "Tomas Berg")."""
        full_names = [keys for span in spans if span.label_ == "PERSON" and len(keys := name_tokens(span.text)) > 1]
        surnames = {keys[-1] for keys in full_names}
        first_words = Counter(keys[0] for keys in full_names)
        # (the first words of full names given with a title: "President Park Min-ji", not a
        # product the tagger took for a person, "Kelby Messenger")
        titled_first_words = {keys[0] for span in spans if span.label_ == "PERSON" and span.start
                              and len(keys := name_tokens(span.text)) > 1 and self._titled(span.start)}

        # the words written after an honorific ("Mr Berg"): a person's, whatever the tagger says elsewhere
        honoured = {key for t in self.doc[1:] if t.is_title and is_honorific(self.doc[t.i - 1].text) for key in name_tokens(t.text)}

        def is_named_person(words: Span, anywhere: bool = False) -> bool:
            keys = name_tokens(words.text)
            # (or a full name the tagger calls a person's elsewhere in the article, whose surname
            # comes after an honorific: "Kenji Varnay" tagged a place once, "Mr Varnay")
            return (
                bool(keys) and keys[-1] in surnames and len(words) <= 3 and all(t.is_title for t in words)
                and (len(words) == 1 or is_given_name(words[0].text) or (keys in full_names and keys[-1] in honoured))
                and (anywhere or _place_type(clean_surface(words.text)) is None)
            )

        fixed: list[Span] = []
        for span in spans:
            if span.label_ == "PERSON" and len(span) == 1 and span.root.dep_ == "compound" \
                    and span.root.head.lemma_.lower() in _MEDIA_ACCOUNT_NOUNS:
                # "posted it on its official Kelby account": a platform, no person
                fixed.append(Span(self.doc, span.start, span.end, label="ORG"))
                continue
            if span.label_ == "PERSON" or gazetteer.organization_by_name(clean_surface(span.text)) is not None:
                fixed.append(span)
                continue
            if span.label_ == "ORG" and (self._holder_after_office(span) or self._titled_given_name(span)):
                fixed.append(Span(self.doc, span.start, span.end, label="PERSON"))
                continue
            after = span.start + 1 if len(span) > 1 and is_honorific(span[0].text) else span.start
            if after and is_honorific(self.doc[after - 1].text) and is_named_person(self.doc[after : span.end], anywhere=True):
                # "said Mr Wellington" after "Erik Wellington", "Mr Kelby said" after "Anna Kelby":
                # after an honorific, the surname of a person the article names in full, whatever
                # the tagger took it for (a place's name too)
                fixed.append(Span(self.doc, after, span.end, label="PERSON"))
                continue
            honorific = next((t.i for t in span[1:-1] if is_honorific(t.text) and t.is_title), None)
            if honorific is not None and all(t.is_title for t in self.doc[honorific + 1 : span.end]) \
                    and span.end - honorific - 1 <= 3:
                before = self.doc[span.start : honorific]
                if _place_type(clean_surface(before.text)) is not None:
                    fixed.append(Span(self.doc, before.start, before.end, label="GPE"))
                elif before[-1].pos_ == "PROPN" and not before[-1].is_lower:
                    # "the Harbour Policy Centre Mr Lund": a body's name before it stays one (not
                    # "Commons after", "Analysing")
                    fixed.append(Span(self.doc, before.start, before.end, label=span.label_))
                fixed.append(Span(self.doc, honorific + 1, span.end, label="PERSON"))
                continue
            country_end = self._country_of_title_before_name(span)
            if country_end is not None:
                # "Prime Minister of Kelvania Tomas Berg" tagged as one body: the office's
                # country, then its holder
                if gazetteer.country_by_name(self.doc[span.start : country_end].text) is not None:
                    fixed.append(Span(self.doc, span.start, country_end, label="GPE"))
                fixed.append(Span(self.doc, country_end, span.end, label="PERSON"))
                continue
            # "the Syrian National Coalition Erik Lund": a body's name ending in a body noun, then a
            # given name and a surname, names the body and then its head
            given = next((t.i for t in span[2:-1] if is_given_name(t.text) and self.doc[t.i - 1].lower_ in _BODY_NAME_ENDINGS), None)
            words = clean_surface(self.doc[given : span.end].text).split() if given is not None else []
            if len(words) in (2, 3) and all(w[:1].isupper() for w in words):  # ("Olek Al-Varnay": hyphened words are one)
                fixed += [Span(self.doc, span.start, given, label=span.label_), Span(self.doc, given, span.end, label="PERSON")]
                continue
            parts, start = [], span.start
            for t in span:
                if t.lower_ in {"and", "&", ","}:
                    parts.append(self.doc[start : t.i])
                    start = t.i + 1
            parts.append(self.doc[start : span.end])
            if len(parts) > 1 and all(len(part) and is_named_person(part) for part in parts):
                fixed += [Span(self.doc, part.start, part.end, label="PERSON") for part in parts]
            elif len(parts) == 1 and len(span) > 1 and is_named_person(span):
                fixed.append(Span(self.doc, span.start, span.end, label="PERSON"))
            elif len(span) == 1 and span[0].is_title and (word := name_tokens(span.text)[:1]) and first_words[word[0]] == 1 \
                    and word[0] not in surnames and _place_type(clean_surface(span.text)) is None and (
                        (span.root.dep_ in {"nsubj", "nsubjpass", "dobj", "pobj", "poss"} and word[0] in titled_first_words)
                        or is_given_name(span.text)):
                # "Wang Lin ... Wang will visit", "met with Yoon" after "Yoon Min-jun", with the word
                # tagged as a body or a place: the first word of one person's full name, as an
                # argument, is that person (a family name written first); so is a given name
                # anywhere ("glad to sit down with you, Tomas")
                fixed.append(Span(self.doc, span.start, span.end, label="PERSON"))
            else:
                fixed.append(span)
        return fixed

    def _misread_bodies(self, spans: list[Span]) -> list[Span]:
        """A name the tagger called a person that the article shows is a body: one right before a
        title held in a body and then a person's name ("Harbourline chief Olek Varnay"), one word
        between "the" and such a title ("the Harbourline boss"), or one with a "which" clause
        ("Harbourline, which runs three exchanges"). Every mention of the name becomes the body,
        unless the article gives it as part of a person's longer name."""
        person_words = {
            word for span in spans if span.label_ == "PERSON" and len(span) > 1 for word in name_tokens(span.text)
        }
        by_start = {span.start: span for span in spans}
        bodies = set()
        for span in spans:
            if set(name_tokens(span.text)) & person_words:
                continue
            after = self.doc[span.end : span.end + 2]
            employer = len(after) >= 1 and after[0].lower_ in _EMPLOYER_ROLE_NOUNS and (
                (span.label_ == "PERSON" and span.end + 1 in by_start and by_start[span.end + 1].label_ == "PERSON")
                # "the Harbourline boss", however tagged there: no person's name takes "the"
                or (span.start > 0 and self.doc[span.start - 1].lower_ == "the" and len(span) == 1)
            )
            if span.label_ != "PERSON" and not employer:
                continue
            which = any(
                c.dep_ == "relcl" and any(w.lower_ == "which" and w.dep_ in {"nsubj", "nsubjpass"} for w in c.children)
                for c in span.root.children
            )
            if employer or which:
                bodies.add(name_key(span.text))
        return [
            Span(self.doc, span.start, span.end, label="ORG") if span.label_ == "PERSON" and name_key(span.text) in bodies else span
            for span in spans
        ]

    def _venues_gone_to(self, spans: list[Span]) -> list[Span]:
        """"toured Kelby High School", "to visit Kelby University", "went to the Kelby House": a
        body's name ending in a noun for a building or a site, visited or gone to, is that site,
        wherever the article names it, unless it acts somewhere as a clause's subject ("Kelby
        University said")."""
        def is_venue_name(span: Span) -> bool:
            return span.label_ == "ORG" and len(span) > 1 and span[-1].is_title and span[-1].lower_ in gazetteer.VENUE_NOUNS

        def gone_to(span: Span) -> bool:
            # (a visit or a trip; "went to Kelby University" is studying there)
            root = span.root
            if root.dep_ == "dobj":
                return root.head.lemma_.lower() in _VISIT_VERBS
            heads = trip_nouns() if span[-1].lower_ in _STUDY_PLACES else _GOES_TO
            return root.dep_ == "pobj" and root.head.lower_ == "to" and root.head.head.lemma_.lower() in heads

        venues = {span.text for span in spans if is_venue_name(span) and gone_to(span)}
        venues -= {span.text for span in spans if span.root.dep_ in {"nsubj", "nsubjpass"}}
        return [Span(self.doc, span.start, span.end, label="FAC") if is_venue_name(span) and span.text in venues else span
                for span in spans]

    def _unknown_names_gone_to(self, spans: list[Span]) -> list[Span]:
        """"made a surprise visit to Kelbit" with the name tagged a building: a one-word name that no
        table knows, gone to by a trip or a journey, is a place, wherever the article names it,
        unless the article has it act somewhere (a clause's subject, an owner: "Kelbit said").
        (One tagged a body stays one: "a visit to Harbourline" can be to a firm; but not one the
        tagger called a people that is no demonym, "a surprise visit to Kelbdo".)"""
        def misread_site(span: Span) -> bool:
            return span.label_ == "FAC" or (span.label_ == "ORG" and span.root.ent_type_ == "NORP")

        candidates = {span.text for span in spans if misread_site(span) and _unknown_name_gone_to(span)}
        candidates -= {span.text for span in spans if span.root.dep_ in {"nsubj", "nsubjpass", "poss"}}
        return [Span(self.doc, span.start, span.end, label="GPE")
                if misread_site(span) and len(span) == 1 and span.text in candidates else span
                for span in spans]

    @staticmethod
    def _vote_labels(spans: list[Span]) -> list[Span]:
        """One name, one type within an article: a one-word name the tagger calls a person once
        and a place or an organization more often, all together ("Kelby"), takes the label the
        others agree on most. A person's tag where only a place can stand ("killed at Kelby", "go
        to Kelby") counts for a place, and makes it a place when the votes tie."""
        votes: dict[str, Counter] = defaultdict(Counter)
        placed: Counter = Counter()
        # (not for a name that acts somewhere, as a clause's subject or an owner: "Lund told Kovacs")
        acting = {name_key(span.text) for span in spans if span.root.dep_ in {"nsubj", "nsubjpass", "poss"}}
        for span in spans:
            # "killed at Kelbitz", "to go to Kelbitz": where no person is named, a place's vote,
            # which also breaks a tie
            where = len(span) == 1 and span.label_ == "PERSON" and _where_one_is_or_goes(span.root) \
                and name_key(span.text) not in acting
            votes[name_key(span.text)]["GPE" if where else span.label_] += 1
            placed[name_key(span.text)] += where
        fixed = []
        for span in spans:
            counts = votes[name_key(span.text)]
            others = Counter({label: n for label, n in counts.items() if label != "PERSON"})
            before = span.doc[span.start - 1] if span.start else None
            # "Prime Minister Sheikh Anna", "Mr Kelby": a title or an honorific says person
            titled = before is not None and (is_honorific(before.text) or can_end_title(before.lower_))
            outvoted = others.total() > counts["PERSON"] or (placed[name_key(span.text)] and others.total() == counts["PERSON"])
            if len(span) == 1 and span.label_ == "PERSON" and outvoted and not titled:
                label = "GPE" if placed[name_key(span.text)] else others.most_common(1)[0][0]
                span = Span(span.doc, span.start, span.end, label=label)
            fixed.append(span)
        return fixed

    @staticmethod
    def _places_named_alike(spans: list[Span]) -> list[Span]:
        """"landing in Mariupol" (a place) and "a trip to Mariupol" (tagged a body): a one-word name
        the article has as a place, tagged a body where a place goes (after "to", "in", "at",
        "from", "into") or before what is there ("a Mariupol research facility"), is the place.
        Elsewhere it can be a body named after the town ("accused Liverpool of ...")."""
        places = {name_key(s.text) for s in spans if s.label_ in {"GPE", "LOC"}}
        fixed = []
        for span in spans:
            root = span.root
            where = (root.dep_ == "pobj" and root.head.lower_ in {"to", "in", "at", "from", "into"}) \
                or (root.dep_ == "compound" and root.head.is_lower)  # "a Kelby research facility"
            if len(span) == 1 and span.label_ == "ORG" and name_key(span.text) in places and where \
                    and gazetteer.organization_by_name(span.text) is None:
                span = Span(span.doc, span.start, span.end, label="GPE")
            fixed.append(span)
        return fixed

    def _persons_misread_as_places(self, spans: list[Span]) -> list[Span]:
        """"Varnek met with Lund", "wrote Varnek", "after Varnek, who is in Kelby on a visit": a
        one-word name the tagger calls a place, that no table knows, which speaks or meets as a
        clause's subject or is the antecedent of "who", and is never where one is, goes or comes
        from ("in Kelby"), is a person's name wherever the article gives it."""
        def single(span: Span) -> bool:
            # (no person's name takes "the": "the Kremlin said")
            return span.label_ in {"GPE", "LOC"} and len(span) == 1 and span.root.is_title and span.root.pos_ == "PROPN" \
                and not (span.start and self.doc[span.start - 1].lower_ == "the")
        speaking = {span.text for span in spans if single(span) and span.root.dep_ == "nsubj"
                    and span.root.head.lemma_.lower() in _SPEECH_VERBS | {"meet"}}
        # (a town, unlike a person, is not a "who"; one that is a sports club is in the towns' table)
        speaking |= {span.text for span in spans if single(span) and any(
            c.dep_ == "relcl" and any(w.lower_ == "who" and w.dep_ in {"nsubj", "nsubjpass"} for w in c.children)
            for c in span.root.children) and gazetteer.country_of_town(clean_surface(span.text)) is None}
        speaking -= {span.text for span in spans if span.root.dep_ == "pobj" and span.root.head.lower_ in _PLACE_PREPOSITIONS}
        speaking = {text for text in speaking if _place_type(clean_surface(text)) is None
                    and gazetteer.organization_by_name(clean_surface(text)) is None and gazetteer.country_of_seat(clean_surface(text)) is None}
        return [Span(self.doc, span.start, span.end, label="PERSON") if single(span) and span.text in speaking else span
                for span in spans]

    def _misread_places(self, spans: list[Span]) -> list[Span]:
        """"visits Kelby, Harwick, Lillevik and Dunford", "in Kelshire and Hexworth": a one-word name
        coordinated with places (two or more of them, or one under "in"/"to") that the tagger
        called a person or an organization, or left untagged, is a place too, unless the article
        uses it as a person's surname or the gazetteer knows it as a body. So is a one-word
        "person" after a verb's "in" ("told activists in Kelshire") and a "person" followed by a
        "where" clause."""
        by_root = {span.root.i: span for span in spans if len(span) == 1 or span.root.dep_ == "conj" or span.root.conjuncts}
        surnames = {clean_surface(s[-1].text) for s in spans if s.label_ == "PERSON" and len(s) > 1}
        # (and a family name written first: "Yoon" of "Yoon Suk Yeol", where "Yoon" is no given name)
        surnames |= {clean_surface(s[0].text) for s in spans if s.label_ == "PERSON" and len(s) > 2 and not is_given_name(s[0].text)}
        relabelled: dict[int, Span] = {}
        seen: set[int] = set()
        for span in spans:
            root = span.root
            if root.i in seen or not root.conjuncts:
                continue
            members = sorted([root, *root.conjuncts], key=lambda t: t.i)
            seen.update(m.i for m in members)
            places = [m for m in members if m.i in by_root and by_root[m.i].label_ in {"GPE", "LOC"}]
            # (not a word of a place's own name: "Trinidad and Tobago" is one place)
            within = {i for p in places for i in range(by_root[p.i].start, by_root[p.i].end)}
            others = [m for m in members if m not in places and m.i not in within]
            head = members[0]
            under_place_prep = (head.dep_ == "pobj" and head.head.lower_ in {"in", "to", "across", "throughout", "around"}) \
                or (head.dep_ == "dobj" and head.head.lemma_.lower() in _VISIT_VERBS)  # "to tour Mason City, Elk Port and X"
            # under a preposition of place one place named as such is enough ("farms around
            # Kelby, Broken Hill and Lillevik"); elsewhere places must be most of the list
            if not places or (not under_place_prep and (len(places) < len(others) or len(places) < 2)):
                continue
            for member in others:
                found = by_root.get(member.i)
                if found is not None and len(found) > 1 and under_place_prep and found.label_ in {"PERSON", "ORG"} \
                        and not is_given_name(found[0].text) and found[0].is_title and found[0].pos_ == "PROPN":
                    relabelled[found.start] = Span(self.doc, found.start, found.end, label="GPE")  # "Broken Hill"
                    continue
                if found is not None and (len(found) > 1 or found.label_ not in {"PERSON", "ORG"}):
                    continue
                if found is None and (member.ent_type_ or any(c.dep_ == "compound" for c in member.children)):
                    continue
                text = clean_surface(member.text)
                previous = self.doc[member.i - 1] if member.i else None
                if (
                    member.pos_ != "PROPN" or not member.is_title or text in surnames
                    or gazetteer.organization_by_name(text) is not None
                    or (previous is not None and is_honorific(previous.text))
                    or is_title_word(text)  # "in Seoul, Lund and South Korean President Y": a title
                ):
                    continue
                relabelled[member.i] = Span(self.doc, member.i, member.i + 1, label="GPE")
        for span in spans:
            root = span.root
            if (
                span.label_ == "PERSON" and len(span) == 1 and root.dep_ == "pobj" and root.head.lower_ == "in"
                and ((root.head.head.pos_ == "VERB" and root.head.head.lemma_.lower() not in _IN_PERSON_VERBS)
                     or root.head.head.lemma_.lower() in _GATHERED_NOUNS)
                and clean_surface(root.text) not in surnames
                and not (span.start and is_honorific(self.doc[span.start - 1].text))
            ):
                # "told activists in Kelshire", "a crowd in Kelshire": a verb's or a gathering's
                # "in" names a place, not one-word a person
                relabelled[span.start] = Span(self.doc, span.start, span.end, label="GPE")
                continue
            if (
                span.label_ in {"PERSON", "ORG"} and len(span) == 1 and root.dep_ == "pobj" and root.head.lower_ == "in"
                and root.head.head.lemma_ == "be" and clean_surface(root.text) not in surnames
                and gazetteer.organization_by_name(clean_surface(root.text)) is None
                and any(s.ent_type_ == "PERSON" or s.lower_ in {"he", "she"} for s in root.head.head.children if s.dep_ == "nsubj")
            ):
                # "Dr Varnay was in Kelby earlier on Wednesday": where a person is, is a place
                relabelled[span.start] = Span(self.doc, span.start, span.end, label="GPE")
                continue
            first = root
            while first.dep_ == "conj" and first.head.i < first.i:
                first = first.head  # "travel to Kelshire and Hexworth": the list's first member says
            destination_verb = first.head.head if first.dep_ == "pobj" and first.head.lower_ == "to" else (
                first.head if first.dep_ == "dobj" else None
            )
            # ("invited X to Kelby": a town GeoNames knows, where one is asked to come)
            destinations = (_TRAVEL_VERBS | (_INVITING_VERBS if gazetteer.country_of_town(clean_surface(root.text)) else frozenset())
                            if first.dep_ == "pobj" else _VISIT_VERBS)
            if (
                (span.label_ == "PERSON" or (span.label_ == "ORG" and first.dep_ == "pobj"
                                               and gazetteer.organization_by_name(clean_surface(root.text)) is None))
                and len(span) == 1 and destination_verb is not None
                and destination_verb.lemma_.lower() in destinations
                and clean_surface(root.text) not in surnames
                and not (span.start and is_honorific(self.doc[span.start - 1].text))
            ):
                # "travelled to Kelshire (and Hexworth)", "the first leaders to visit Kelshire": a
                # destination named in one word, tagged as a person (or as an unknown body one travels to)
                relabelled[span.start] = Span(self.doc, span.start, span.end, label="GPE")
                continue
            if (
                (span.label_ == "ORG" or (span.label_ == "PERSON" and clean_surface(root.text) not in surnames
                                          and not is_given_name(root.text)))
                and len(span) == 1 and first.dep_ == "pobj" and first.head.lower_ == "to"
                and first.head.head.lemma_.lower() in trip_nouns()
                and gazetteer.organization_by_name(clean_surface(root.text)) is None
                and gazetteer.country_of_town(clean_surface(root.text)) is not None
            ):
                # "his first visit to Karachi" with the town tagged as a body or a person: a trip goes to a town
                relabelled[span.start] = Span(self.doc, span.start, span.end, label="GPE")
                continue
            # "Harwick South, where the party won the seat": no one is a "where"
            after = [t for t in self.doc[span.end : span.end + 2] if not t.is_punct]
            if span.label_ == "PERSON" and after and after[0].lower_ == "where" and any(
                c.dep_ == "relcl" for c in span.root.children
            ):
                relabelled[span.start] = Span(self.doc, span.start, span.end, label="GPE")
        if not relabelled:
            return spans
        kept = [s for s in spans if not (s.start in relabelled and s.end >= relabelled[s.start].end)]
        return sorted(kept + list(relabelled.values()), key=lambda s: s.start)

    def _new_entity(self, key_hint: str, label: str, etype: EntityType) -> LocalEntity:
        self.counter[key_hint] += 1
        key = key_hint if self.counter[key_hint] == 1 else f"{key_hint}#{self.counter[key_hint]}"
        entity = LocalEntity(key=key, label=label, type=etype)
        self.entities[key] = entity
        return entity

    def _mark(self, span: Span, entity: LocalEntity, via: str = "name") -> None:
        for i in range(span.start, span.end):
            if self.entity[i] is None:
                self.entity[i] = entity.key
                self.via[i] = via
        entity.forms.add(clean_surface(span.text))

    def _add_person(self, span: Span) -> None:
        words = name_tokens(span.text)
        if not words:
            return
        nicknamed = self.nickname_keys.get(tuple(words))
        candidates = [nicknamed] if nicknamed is not None else [
            key for key, known in self.person_names.items()
            if person_names_agree(known, words) or person_names_agree(words, known)
        ]
        if not candidates and len(words) == 1:
            candidates = self._by_given_name(span) or self._by_inner_name(words[0])
        title = gender_of_word(self.doc[span.start - 1].text) if span.start and len(words) == 1 else None
        label = clean_surface(span.text)
        if title is not None:
            # "Mrs Lund" is not "Erik Lund": an honorific's gender against a given name's
            kept = [key for key in candidates if self._given_gender(key) in {None, title}]
            if candidates and not kept:
                # and the honorific stays in her name, so that no other article's "Martin" or
                # "Erik Lund" takes her for him
                label = f"{clean_surface(self.doc[span.start - 1].text)} {label}"
            candidates = kept
        office = self._title_before(span)
        if office is not None and len(words) == 1:
            # "President Varga" is not "First Lady Janet Varga": a title against another
            candidates = [key for key in candidates if key not in self.name_titles or _same_office(office, self.name_titles[key])]
        if len(candidates) > 1:
            # "Tomas" after "Erik Tomas" and "Tomas Lund": the nearest full name before it
            candidates = [self._namesake(span.start, candidates)]
        if candidates:
            entity = self.entities[candidates[0]]
            if len(words) > len(self.person_names[entity.key]):
                self.person_names[entity.key] = words
        else:
            # (so is a regnal name: "Pope Olek XVI", "King Tomas III")
            regnal = _REGNAL_NUMBER.fullmatch(span[-1].text) is not None
            written = self._written_title(span) if office in _NAMED_WITH_TITLE and (len(words) == 1 or regnal) else ""
            if written:
                label = f"{written} {label}"  # "King Olek", "Pope Tomas", "Cardinal Varnay": known by one name and the title
            entity = self._new_entity("person:" + " ".join(words), label, EntityType.PERSON)
            self.person_names[entity.key] = words
        if office is not None and len(words) > 1:
            self.name_titles.setdefault(entity.key, office)
        if span.start in self.nickname_of:
            self.nickname_keys.setdefault(self.nickname_of[span.start], entity.key)
        self._mark(span, entity)
        before = self.doc[span.start - 1] if span.start else None
        if before is not None and is_part_of_name(before.text):
            # "Sheikh Olek bin Tomas Al Lund": the honorific is how the name is written, so the
            # name shown keeps it (matching ignores it: "Olek" is still his given name)
            styled = f"{clean_surface(before.text)} {clean_surface(span.text)}"
            entity.forms.add(styled)
            if len(styled.split()) > len(entity.label.split()):
                entity.label = styled

    def _written_title(self, span: Span) -> str:
        """The capitalized title right before a name as written ("Crown Princess" in "Crown
        Princess Anna"), or ""."""
        for size in (2, 1):
            title = self.doc[max(span.start - size, 0) : span.start]
            if len(title) == size and all(t.is_title and is_title_word(t.text) for t in title) and role_from_tokens(list(title)) \
                    and gazetteer.country_by_demonym(title[0].text) is None:  # "Saudi King Olek": "King Olek"
                return title.text
        return ""

    def _title_before(self, span: Span) -> str | None:
        """The title written right before a name ("President" in "President Varga"), if any, in
        the name's own sentence ("... the Taoiseach. Varga said" has none)."""
        before = [t for t in self.doc[max(span.start - 3, span.sent.start) : span.start] if not t.is_space]
        # a title can be written in lower case ("first lady Melania Varga")
        while before and not (before[0].is_title or is_title_word(before[0].text)):
            before = before[1:]
        words = title_words(before)
        found = find_title(words) if words else None
        return found[2] if found is not None and found[1] == len(words) else None

    def _titled(self, start: int) -> bool:
        """Whether the word before a name at ``start`` is a title or an honorific ("President Park Min-ji");
        not a function word inside titles ("Secretary of State": "a collection of Varnay" is untitled)."""
        before = self.doc[start - 1] if start > 0 else None
        return before is not None and not before.is_stop and (is_title_word(before.text) or is_honorific(before.text))

    def _titled_somewhere(self, key: str) -> bool:
        """Whether the article gives a person's full name with a title or an honorific right before it."""
        return any(self.entity[i] == key and self.via[i] == "name" and (i == 0 or self.entity[i - 1] != key) and self._titled(i)
                   for i in range(len(self.doc)))

    def _by_inner_name(self, word: str) -> list[str]:
        """The one full name of three words or more with ``word`` inside it, neither first nor
        last: "Varga" is "Olek Anton Varga da Costa", by the name he is known by."""
        fits = [key for key, known in self.person_names.items() if len(known) > 2 and word in known[1:-1]]
        return fits if len(fits) == 1 else []

    def _written_as_a_name(self, key: str) -> bool:
        """Whether a person's label is names only: capitalized words and name particles (not a
        title the tagger took for a person, "Sophie Varga - The Final Days")."""
        return all((w[:1].isupper() and w.replace("-", "").replace(".", "").isalpha() and w.lower() != "the")
                   or w.lower() in _NAME_PARTICLES for w in self.entities[key].label.split())

    def _by_given_name(self, span: Span) -> list[str]:
        """"Sir Olek" after "Olek Varnay", or a lone "Tomas" after "Tomas Berg": a one-word name
        that is a given name (written alone or after "Sir"/"Dame", not after "Mr", which takes a
        surname) is the one person named earlier with that first name; with two such, neither.
        So is a one-word name that is no given name, alone or after "Mr": a family name written
        first ("Wang" or "Mr Wang" after "Wang Dalin")."""
        previous = self.doc[span.start - 1].text if span.start else ""
        if is_honorific(previous) and not takes_given_name(previous) and is_given_name(span.text):
            return []
        first = name_tokens(span.text)
        earlier = set(self.entity[: span.start])
        # the one person with that first name, the one named before if several are
        fits = [key for key, known in self.person_names.items() if len(known) > 1 and known[0] == first[0]]
        if len(fits) > 1:
            fits = [key for key in fits if key in earlier]
        if len(fits) > 1 and not is_given_name(span.text):
            # "Kim said" after "leader Kim Jong Un" and "his father, Kim Jong Il": a family name
            # written first is the one of them the article gives with a title
            fits = [key for key in fits if self._titled_somewhere(key)]
        return fits if len(fits) == 1 else []

    def _given_gender(self, key: str) -> str | None:
        """The gender of a person's given name, when the article gives one ("Erik Lund": m)."""
        words = self.entities[key].label.split()
        return gender_of_word(words[0]) if len(words) > 1 else None

    def _namesake(self, start: int, keys: list[str]) -> str:
        """Which of several persons sharing a name a lone name at ``start`` is: the one named
        nearest before it; in a headline, before any of them, the one the story names first."""
        for i in range(start - 1, -1, -1):
            if self.entity[i] in keys:
                return self.entity[i]
        return min(keys, key=lambda key: next((i for i, k in enumerate(self.entity) if k == key), len(self.entity)))

    def _add_other(self, span: Span) -> None:
        text = clean_surface(span.text)
        if text.isupper() and any(span.start == start for start, _end, _after in self.doc.user_data.get("kg.datelines", ())):
            text = text.title()  # "NICE, France –": a dateline's town in capitals is "Nice"
        # a lone word the article also uses as a person's surname is that person ("Kovacs" tagged
        # GPE, "Kovacs-Berg" tagged ORG)
        if " " not in span.text and _place_type(text) is None and gazetteer.organization_by_name(text) is None:
            words = name_tokens(text)
            for key, known in self.person_names.items():
                if words and known[-len(words):] == words:
                    self._mark(span, self.entities[key])
                    return
        seat = gazetteer.country_of_seat(text)
        if seat is not None:
            # "the Kremlin said": the seat of government speaks for the country
            entity = self._entity_for("place:" + name_key(seat.name), seat.name, EntityType.COUNTRY)
            self._mark(span, entity, via="role")
            entity.forms.discard(text)
            # but who goes there goes to the building ("arrived at the Kremlin")
            building = re.sub(r"^the ", "", text, flags=re.IGNORECASE)
            key = self._entity_for("place:" + name_key(building), building, EntityType.PLACE).key
            self.buildings.update(dict.fromkeys(range(span.start, span.end), key))
            return
        place = _place_type(text) if span.label_ in {"GPE", "LOC", "FAC"} else None
        settlement = _settlement_of(span[-1])
        if place is not None and place[0] is EntityType.COUNTRY and settlement is not None \
                and settlement.lemma_.lower() in {"city", "town", "village"}:
            place = (EntityType.CITY, text)  # "the Bolivian city of Trinidad" is no country of that name
        org = gazetteer.organization_by_name(text)
        if place is not None:
            etype, canonical = place
            entity = self._entity_for("place:" + name_key(canonical), canonical, etype)
            country = gazetteer.country_of_capital(canonical) if etype is EntityType.CITY else None
            if country is not None:
                # "Moscow condemned ...": a capital can speak for its country's government, and who
                # went to it went to the country; the country is known even if unnamed
                self._entity_for("place:" + name_key(country.name), country.name, EntityType.COUNTRY)
            seated = gazetteer.organization_of_seat(canonical) if etype is EntityType.CITY else None
            if seated is not None:
                # "Brussels wants ...": a city can speak for a body seated there, before its country
                self._entity_for("org:" + name_key(seated.name), seated.name, EntityType.ORGANIZATION)
        elif org is not None:
            entity = self._entity_for("org:" + name_key(org.name), org.name, EntityType.ORGANIZATION)
        else:
            etype = _LABEL_TYPES[span.label_]
            kind = "place" if etype in _PLACE_TYPES else etype.value.lower()
            # "a summit in The Hague": a capital "The" inside a sentence is the place's own (not one
            # opening a quotation, nor one of a phrase the name only modifies: "The Wales game")
            article = self.doc[span.start - 1] if span.start > 1 else None
            if etype in _PLACE_TYPES and article is not None and article.text == "The" and not article.is_sent_start \
                    and not self.doc[article.i - 1].is_quote and span.root.dep_ != "compound":
                text = f"The {text}"
            entity = self._acronym_match(text, etype) or self._ministry_named_before(text, etype) \
                or self._entity_for(f"{kind}:{name_key(text)}", text, etype)
            if len(text) > len(entity.label) and name_key(text) == name_key(entity.label):
                entity.label = text
        self._mark(span, entity)

    def _entity_for(self, key: str, label: str, etype: EntityType) -> LocalEntity:
        if key in self.entities:
            return self.entities[key]
        entity = LocalEntity(key=key, label=label, type=etype)
        self.entities[key] = entity
        return entity

    def _ministry_named_before(self, text: str, etype: EntityType) -> LocalEntity | None:
        """"Egypt's foreign ministry said ... The Egyptian ministry condemned": a country's bare
        "ministry" is the one ministry of that country the article named before, if only one."""
        words = text.split()
        if etype is not EntityType.ORGANIZATION or len(words) != 2 or words[1].lower() != "ministry":
            return None
        country = gazetteer.country_by_demonym(words[0]) or gazetteer.country_by_name(words[0])
        if country is None:
            return None
        ministries = [e for e in self.entities.values() if e.type is EntityType.ORGANIZATION and "ministry" in e.label.lower()
                      and e.label.lower() != text.lower() and _names_country(e.label, country)]
        return ministries[0] if len(ministries) == 1 else None

    def _acronym_match(self, text: str, etype: EntityType) -> LocalEntity | None:
        """An all-capitals word that spells the initials of an organization in the article."""
        letters = text.replace(".", "")
        if not (letters.isupper() and 2 <= len(letters) <= 6):
            return None
        for entity in self.entities.values():
            words = [w for w in entity.label.split() if w[:1].isupper()]
            if entity.type is etype and entity.label != text and letters in {
                "".join(w[0] for w in words),
                "".join(w if w.isupper() else w[0] for w in words),  # "NZHP": "NZ Harbour Party"
            }:
                return entity
        return None

    def _add_acronyms(self) -> None:
        """"DA's visit ... the Democratic Alliance (DA) ... accused the DA": an all-capitals word
        spelling the initials of a body the article names is that body, wherever it stands and
        whether or not the tagger found it."""
        if not any(e.type is EntityType.ORGANIZATION and not e.label.replace(".", "").isupper() for e in self.entities.values()):
            return  # no body named in full that a word could abbreviate
        for token in self.doc:
            if not token.is_upper:
                continue
            letters = token.text.replace(".", "")
            if not (letters.isalpha() and letters.isupper() and 2 <= len(letters) <= 6):
                continue
            key = self.entity[token.i]
            if key is None:
                if token.pos_ not in {"PROPN", "NOUN"} or token.ent_type_ in _LABEL_TYPES or _place_type(token.text) is not None \
                        or role_from_tokens([token]) is not None or self._in_capitals_line(token):
                    continue
            elif self.entities[key].label != token.text or self.entities[key].type is not EntityType.ORGANIZATION:
                continue  # tagged as another name, or already known as the body it abbreviates
            body = self._acronym_match(token.text, EntityType.ORGANIZATION)
            if body is not None:
                self.entity[token.i], self.via[token.i] = body.key, "name"
                body.forms.add(token.text)

    def _in_capitals_line(self, token: Token) -> bool:
        """Whether a word stands among words written all in capitals ("WHY IS IT SO"), where
        capitals say nothing of an abbreviation."""
        return any(w.is_alpha and w.is_upper and len(w) >= 3 for w in self.doc[max(token.i - 1, 0) : token.i + 2] if w.i != token.i)

    def _add_bare_surnames(self) -> None:
        """A capitalized word the tagger missed ("Kovacs’ visit") that is a person's surname here,
        or a one-word name the tagger found elsewhere in the article for a body."""
        surnames: dict[str, list[str]] = {}
        for key, words in self.person_names.items():
            surnames.setdefault(words[-1], []).append(key)
        one_word = {
            form: key for key, entity in self.entities.items()
            if entity.type in {EntityType.ORGANIZATION, EntityType.GROUP} for form in entity.forms if " " not in form
        }
        for token in self._tokens(self.is_title & ((self.pos == PROPN) | (self.pos == NOUN) | (self.pos == ADJ))):
            if token.pos == ADJ and not follows_anti_prefix(token):
                continue  # a capitalized adjective is a name only in "an anti-Berg protest"
            previous = self.doc[token.i - 1] if token.i else None
            if (
                previous is not None
                and self.entity[token.i] is None
                and token.pos_ == "PROPN"
                and token.is_title
                and (is_honorific(previous.text) or (previous.is_title and role_from_tokens([previous]) is not None))
                and not is_honorific(token.text)  # "Minister Lord Olek": the name comes after "Lord"
                and not _is_headline_word(token)  # "EU Chief Cancels Visit": no one named "Cancels"
                and token.lower_ not in _OCCASION_WORDS  # "the General Election": no General named Election
                and _place_type(token.text) is None
                and gazetteer.organization_by_name(token.text) is None
                and role_from_tokens([token]) is None  # "Secretary General" is a title, not a name
                and not (can_end_title(token.lower_) and (found := find_title([previous.lower_, token.lower_])) is not None
                         and found[:2] == (0, 2))  # "The Chief Executive of Y": one title of two words
            ):
                # "Mr Varnay", "Chancellor Berg": an honorific or a title before a capitalized name
                self._add_honorific_person(token)
                continue
            if self.entity[token.i] is None and token.is_title and token.pos_ in {"PROPN", "NOUN", "ADJ"} \
                    and (token.ent_type_ not in _LABEL_TYPES or self._in_hyphened_pair(token)):
                words = name_tokens(token.text)
                namesakes = surnames.get(words[-1] if words else "", [])
                key = (namesakes[0] if len(namesakes) == 1 else self._namesake(token.i, namesakes)) if namesakes else None
                if key is None and token.pos_ == "PROPN" and len(words) == 1:
                    # "Varnay" after "Olek Anton Varnay da Costa": the one long name with it inside
                    key = next((k for k in self._by_inner_name(words[0]) if self._written_as_a_name(k)), None)
                if key is None and token.pos_ == "PROPN" and len(words) == 1 and not is_given_name(token.text) \
                        and _place_type(clean_surface(token.text)) is None:
                    # "Park held talks" after "Park Min-ji": the one full name with it first (a
                    # family name written first; not a given name, "Tomas" of "Tomas Berg")
                    firsts = [k for k, known in self.person_names.items() if len(known) > 1 and known[0] == words[0]]
                    key = firsts[0] if len(firsts) == 1 and self._written_as_a_name(firsts[0]) and self._titled_somewhere(firsts[0]) else None
                if key is None and token.pos_ == "PROPN" and not any(c.dep_ in {"det", "poss"} for c in token.lefts):
                    # the tagger found the name elsewhere only (not "the Harbourside", "Y's Harbourside")
                    key = one_word.get(clean_surface(token.text))
                if key is not None:
                    self._mark(self.doc[token.i : token.i + 1], self.entities[key])

    def _add_countries_of_demonyms(self) -> None:
        """"the Kenyan capital, Y", "the Russian invasion", "Iranian officials": a demonym
        before a common noun names its country, also where the article never names the country
        itself ("the Kenyan capital" is the country's capital city too). The country is an entity
        of the article (in the graph only if a fact uses it); the demonym is not a mention of it
        by name."""
        participles = self.tag == self.doc.vocab.strings["VBN"]
        for token in self._tokens((self.pos == NOUN) | participles):
            for child in token.children:
                if child.dep_ not in {"amod", "compound", "npadvmod"} or self.entity[child.i] is not None:
                    continue
                if token.tag_ == "VBN" and (child.i + 2 != token.i or self.doc[child.i + 1].text != "-"):
                    continue  # only "the Ukrainian-backed forces": a demonym hyphened to a participle
                country = gazetteer.country_by_demonym(child.text)
                if country is not None:
                    entity = self._entity_for("place:" + name_key(country.name), country.name, EntityType.COUNTRY)
                    self.entity[child.i], self.via[child.i] = entity.key, "role"
                    if token.lemma_.lower() == "capital" and country.capital and self.entity[token.i] is None:
                        # "talks in the Ethiopian capital": the country's capital city
                        self.entity[token.i], self.via[token.i] = self._capital_of(country).key, "role"

    def _add_honorific_person(self, token: Token) -> None:
        """"Mr Varnay", "Mrs Lund": an honorific before a capitalized name marks a person the
        tagger missed; the name joins a full name of the article when one fits."""
        end = token.i + 1
        while end < len(self.doc) and self.pos[end] == PROPN and self.is_title[end] and self.entity[end] is None \
                and not _is_headline_word(self.doc[end]):
            end += 1
        if end < len(self.doc) and self.entity[end] is None and self.pos[end] != PRON and _REGNAL_NUMBER.fullmatch(self.doc[end].text):
            end += 1  # "King Olek VI": a regnal number ends the name
        self._add_person(Span(self.doc, token.i, end, label="PERSON"))

    def _add_described_organizations(self) -> None:
        """"Aid charity Actionaid", "the campaign group Liberty": a proper noun described by an
        organization noun is an organization."""
        for token in self._tokens((self.pos == PROPN) & self.is_title):
            if self.entity[token.i] is not None:
                continue
            described = [c for c in token.lefts if c.dep_ in {"compound", "appos"} and is_organization_noun(c.text)]
            if token.dep_ == "appos" and is_organization_noun(token.head.text):
                described.append(token.head)
            if not described:
                continue
            start = token.i
            while start > 0 and self.pos[start - 1] == PROPN and self.entity[start - 1] is None and self.doc[start - 1].head.i == token.i and not is_organization_noun(self.doc[start - 1].text):
                start -= 1
            span = self.doc[start : token.i + 1]
            if _only_titles(span):
                continue  # "Party General Secretary and President Y": the party's office, no body
            label = clean_surface(span.text)
            entity = self._entity_for("organization:" + name_key(label), label, EntityType.ORGANIZATION)
            self._mark(span, entity)

    def _add_described_places(self) -> None:
        """"the desert city of Kelby", "the town of Y": a proper noun the tagger missed, named
        by "of" after a settlement noun, is a place (a city for a city, a town, a village)."""
        for token in self._tokens((self.pos == PROPN) & self.is_title):
            settlement = _settlement_of(token)
            if self.entity[token.i] is not None or settlement is None:
                continue
            start = token.i
            while start > token.head.i + 1 and self.pos[start - 1] == PROPN and self.entity[start - 1] is None \
                    and self.doc[start - 1].is_title:
                start -= 1
            span = self.doc[start : token.i + 1]
            label = clean_surface(span.text)
            etype = EntityType.CITY if settlement.lemma_.lower() in {"city", "town", "village", "capital"} else EntityType.PLACE
            self._mark(span, self._entity_for("place:" + name_key(label), label, etype))

    def _add_groups(self) -> None:
        """Plural collectives qualified by a named body or country: "UN member states",
        "European officials", "US and European officials"; alliances named by who leads them:
        "the Saudi-led coalition"."""
        self._add_led_groups()
        institutions = self._matching(self.lemma_lower, _INSTITUTION_NOUNS | _COUNTRY_ONLY_INSTITUTIONS)
        plurals = (self.tag == self.doc.vocab.strings["NNS"]) & self._matching(self.lemma_lower, _GROUP_NOUNS | _VOICE_GROUP_NOUNS)
        for token in self._tokens(institutions | plurals):
            institution = bool(institutions[token.i])
            if self.entity[token.i]:
                continue
            if institution and self._add_national_institution(token):
                continue
            if token.lemma_.lower() in _COUNTRY_ONLY_INSTITUTIONS:
                continue  # "a European Parliament delegation": the body's people, which act for it
            # "condemned by the Harbour Party and human rights groups": the parser can make a body's
            # name a modifier of the plural it is coordinated with, joined to the plural's own words
            coordinated = [t for t in token.lefts
                           if t.dep_ in {"compound", "nmod"} and self.entity[t.i] and is_coordinated_with_head(t)]
            modifiers = [
                t for t in token.lefts
                if t.dep_ in {"compound", "amod", "nmod"} and t not in coordinated
                and any(self._names_a_body(m) or m.lower_ in _CAMP_QUALIFIERS for m in (t, *t.conjuncts))
            ]
            # "Britain's top sprinters": a country owning the collective qualifies it too
            modifiers += [t for t in token.lefts if t.dep_ == "poss" and self._names_a_country(t)]
            if not modifiers and self._speaks_as_a_group(token):
                # "Medics have criticised ...", "Nursing unions accused ...", "criticised by junior
                # doctors": people of one kind acting together, named by what they are
                kind_words = [t for t in token.lefts if t.dep_ in {"compound", "amod"} and t.is_alpha
                              and (t.is_lower or t.is_sent_start) and not self.entity[t.i]]
                kind_words += [c for t in coordinated for c in t.conjuncts]
                start = min([t.left_edge.i for t in kind_words], default=token.i)
                self._add_group(self.doc[start : token.i + 1], token)
                self.voice_groups.add(self.entity[token.i])
                continue
            if not modifiers:
                self._add_government_in_capital(token)
                continue
            if token.lemma_.lower() in {"government", "administration"} and len(modifiers) == 1 and self._rule_from(token, modifiers[0]):
                continue  # "the Oslo government": the country's, named by its seat
            start = min(t.left_edge.i for t in modifiers)
            span = self.doc[start : token.i + 1]
            if any(self.entity[t.i] and self.entity[t.i].startswith("person:") for t in span):
                continue
            named = {self.entity[m.i] for m in modifiers if self.entity[m.i]}
            if token.lemma_.lower() in _DELEGATE_NOUNS and len(modifiers) == 1 and len(named) == 1:
                key = named.pop()
                if self.entities[key].type is EntityType.ORGANIZATION:
                    # "SEC officials", "CBI representatives": the body acts through them
                    self.entity[token.i], self.via[token.i] = key, "role"
                    continue
            self._add_group(span, token)
        for token in self._tokens(self._matching(self.lemma_lower, frozenset(_DELEGATE_NOUNS | {"leader"})) & (self.tag == hash_string("NN"))):
            # "met a senior Kelby Federation official", "a Harbour Party leader": one unnamed person of a
            # named body acts for it (not one the article names: "a Kelby Federation official, Erik Lund, said")
            modifiers = [t for t in token.lefts if t.dep_ in {"compound", "nmod"} and self.entity[t.i]]
            bodies = {self.entity[t.i] for t in modifiers}
            # (not a country's office: "a Japanese Foreign Ministry official" is the country's man)
            national = any(names_a_qualifier(t.text) and gazetteer.organization_by_name(t.text) is None
                           for t in self.doc[token.left_edge.i : token.i])
            if self.entity[token.i] or national or not any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in token.children) \
                    or len(bodies) != 1 or any(c.dep_ == "appos" for c in token.children) or self._name_right_after(token):
                continue
            key = bodies.pop()
            if self.entities[key].type is EntityType.ORGANIZATION:
                self.entity[token.i], self.via[token.i] = key, "role"
        last_words = frozenset(name.split()[-1] for name in _COLLECTIVE_NAMES)
        for token in self._tokens(self._matching(self.lower, last_words)):
            # "the international community": a collective by a name of its own
            label = f"{self.doc[token.i - 1].lower_} {token.lower_}" if token.i else ""
            if label in _COLLECTIVE_NAMES and not self.entity[token.i] and not self.entity[token.i - 1]:
                entity = self._entity_for("group:" + label, label, EntityType.GROUP)
                self.entity[token.i - 1] = self.entity[token.i] = entity.key
                self.via[token.i - 1] = self.via[token.i] = "name"
                entity.forms.add(self.doc[token.i - 1 : token.i + 1].text)

    def _add_group(self, span: Span, token: Token) -> None:
        """Mark ``span``, headed by ``token``, as a group (an organization for an institution noun)."""
        label = clean_surface(span.text)
        etype = EntityType.ORGANIZATION if token.lemma_.lower() in _INSTITUTION_NOUNS else EntityType.GROUP
        entity = self._entity_for("group:" + name_key(label), label, etype)
        for member in span:
            if self.entity[member.i] is None or member.i == token.i:
                self.entity[member.i] = entity.key
                self.via[member.i] = "name"
        self.entity[token.i] = entity.key
        self.via[token.i] = "name"
        entity.forms.add(label)

    def _speaks_as_a_group(self, token: Token) -> bool:
        """Whether a plural noun for people of one kind ("medics", "nursing unions") acts as a clause's
        subject or a passive's agent, with no determiner or number that makes it some of them."""
        if token.lemma_.lower() not in _VOICE_GROUP_NOUNS or any(c.dep_ in {"det", "nummod", "poss"} for c in token.children):
            return False
        return token.dep_ == "nsubj" or (token.dep_ == "pobj" and token.head.dep_ == "agent")

    def _add_led_groups(self) -> None:
        """"The Saudi-led coalition", "US-led forces": a group of its own, named with its leader (the
        leader is one of its members, not all of it); "Russian-backed rebels": a group named with
        whoever backs it, which is not the group."""
        led_groups = self._matching(self.lemma_lower, _LED_GROUP_NOUNS) & (self.pos == NOUN)
        plurals = self.tag == self.doc.vocab.strings["NNS"]
        for token in self._tokens(led_groups | plurals):
            words = _LED_OR_BACKED if led_groups[token.i] else _BACKING_WORDS
            led = next((c for c in token.children if c.dep_ == "amod" and c.lower_ in words), None)
            leader = next((c for c in led.children if self.entity[c.i] and c.i < led.i), None) if led is not None else None
            if leader is None or self.entity[token.i] or self.entity[leader.i].startswith("person:"):
                continue
            span = self.doc[leader.left_edge.i : token.i + 1]
            label = clean_surface(span.text)
            entity = self._entity_for("group:" + name_key(label), label, EntityType.GROUP)
            for member in span:
                self.entity[member.i], self.via[member.i] = entity.key, "name"
            entity.forms.add(label)

    def _add_government_in_capital(self, head: Token) -> None:
        """"Leaders in Kyiv criticized X", "the authorities in Moscow", "the government in Kabul": a
        country's rulers named by where they sit are its government, as the capital alone would be
        ("Moscow condemned")."""
        if head.lemma_.lower() not in _RULER_NOUNS or any(c.dep_ in {"det", "poss"} and c.lower_ not in {"the"} for c in head.children):
            return
        for seat in (o for p in head.children if p.dep_ == "prep" and p.lower_ == "in" for o in p.children if o.dep_ == "pobj"):
            self._rule_from(head, seat)

    def _rule_from(self, rulers: Token, seat: Token) -> bool:
        """Mark ``rulers`` as the country whose capital ``seat`` names; whether it does."""
        key = self.entity[seat.i]
        country = gazetteer.country_of_capital(self.entities[key].label) if key and self.entities[key].type is EntityType.CITY else None
        if country is None:
            return False
        entity = self._entity_for("place:" + name_key(country.name), country.name, EntityType.COUNTRY)
        self.entity[rulers.i], self.via[rulers.i] = entity.key, "role"
        return True

    def _add_national_institution(self, head: Token) -> bool:
        """"Iran's foreign ministry", "the Chinese Foreign Ministry": one organization, named
        with the country's demonym whichever way the article puts it."""
        country, words = None, []
        for child in head.lefts:
            if child.dep_ == "poss":
                owner = " ".join(t.text for t in child.subtree if t.tag_ != "POS")
                country = country or gazetteer.country_by_name(owner)
                if country is None and head.lemma_.lower() in _CAPITALS_OWN:
                    country = gazetteer.country_of_capital(owner)  # "Ottawa's foreign ministry": Canada's
            elif child.dep_ in {"amod", "compound"}:
                found = gazetteer.country_by_demonym(child.text) or gazetteer.country_by_name(child.text)
                before = self.doc[child.i - 1] if child.i else None
                if found is not None and before is not None and before.text in _REGION_PREFIXES \
                        and gazetteer.country_by_demonym(f"{before.text} {child.text}") is None:
                    return False  # "Latin American governments": a region's, not the United States'
                if found is not None:
                    country = country or found
                elif not self.entity[child.i] and child.tag_ not in {"VBN", "VBG"}:
                    # ("army-led", "Western-backed" describe the body; they are no part of its name)
                    words.extend(t.text for t in child.subtree)
        if country is None or not country.demonyms:
            return False
        label = " ".join([country.demonyms[0], *words, head.text])
        # one body whichever way it is written (the label merges it across articles); the forms
        # keep how it was written ("the U.S. government", "Egypt's foreign ministry"), and the
        # name shown is one of them
        start = min(t.left_edge.i for t in head.lefts) if list(head.lefts) else head.i
        written = [t for t in self.doc[start : head.i + 1] if not t.is_space]
        while written and (written[0].dep_ == "det" or written[0].is_punct):
            written.pop(0)
        entity = self._ministry_named_before(label, EntityType.ORGANIZATION) \
            or self._entity_for("institution:" + name_key(label), label, EntityType.ORGANIZATION)
        entity.forms.add(Span(self.doc, written[0].i, head.i + 1).text if written else label)
        for member in self.doc[start : head.i + 1]:
            if self.entity[member.i] is None or member.i == head.i:
                self.entity[member.i], self.via[member.i] = entity.key, "name"
        return True

    # ------------------------------------------------------------------ roles
    def _read_roles(self) -> None:
        """Titles before a name ("French President Anne Martin") or in apposition to it, and the
        office of a counterpart ("X and his Australian counterpart Y")."""
        spans = self._person_spans()
        for span in spans:
            key = self.entity[span[0].i]
            role = self._prefix_role(span) or self._appositive_role(span) or self._counterpart_role(span)
            if role is None and (role := self._listed_under_plural_title(span, spans)) is not None:
                self.listed_under_title.add(key)
            if role is not None:
                self.roles[key].add(role)
                self.entities[key].roles.add(role.label())
                if any(t.lower_ in _FORMER_WORDS for t in self.doc[max(span.start - 4, 0) : span.start]):
                    self.former_roles[key].add(role)  # "Former London Mayor X": an office X no longer holds

    def _add_sole_title_holders(self) -> None:
        """"The Queen has continued her trip": a sole title, capitalized after "the" with no name,
        is a person of its own when the article gives no one that title; "Her Majesty" is then
        that person, when there is one of the right gender."""
        for token in self._tokens(self._matching(self.lower, _SOLE_TITLES) & self.is_title):
            known = self.entities.get(self.entity[token.i] or "")
            # "the Queen" the tagger took for a name of its own: that person, known by the title
            named = known is not None and known.type is EntityType.PERSON and name_key(known.label) == token.lower_
            if (known is not None and not named) or token.dep_ == "compound" or not any(
                c.dep_ == "det" and c.lower_ == "the" for c in token.children
            ) or any(c.dep_ in {"prep", "compound", "appos"} for c in token.children):
                continue  # "the Queen Mother", "the King of Norway", "the Queen, Olga": not bare
            role = Role(token.lower_, None)
            if any(compatible(role, r) for roles in self.roles.values() for r in roles):
                continue  # "Queen Olga ... the Queen": a role noun for her
            entity = known if named else self._entity_for(f"person:the {token.lower_}", f"the {token.text}", EntityType.PERSON)
            entity.label = f"the {token.text}"
            self._mark(self.doc[token.i : token.i + 1], entity)
            self.roles[entity.key].add(role)
            self.sole_titles[entity.key] = token.lower_
        for token in self._tokens(self._matching(self.lower, frozenset({"majesty"}))):
            owner = self.doc[token.i - 1].lower_ if token.i else ""
            holders = [key for key, title in self.sole_titles.items() if gender_of_word(title) == _PERSONAL_PRONOUNS.get(owner)]
            if self.entity[token.i] is None and len(holders) == 1:
                self.entity[token.i], self.via[token.i] = holders[0], "role"

    def _counterpart_role(self, span: Span) -> Role | None:
        """"Foreign Minister A and his Australian counterpart B", "B, A's Russian counterpart": B
        holds A's office, in the country the demonym names (or in none said)."""
        before = [t for t in self.doc[max(span.start - 2, 0) : span.start] if not t.is_punct]
        nouns = [t for t in before[-1:] if t.lower_ in _COUNTERPART_NOUNS and self.entity[t.i] is None]
        nouns += [c for c in span.root.children if c.dep_ == "appos" and c.lower_ in _COUNTERPART_NOUNS]
        if span.root.dep_ == "appos" and span.root.head.lower_ in _COUNTERPART_NOUNS:
            nouns.append(span.root.head)
        for noun in nouns:
            owners = [c for c in noun.children if c.dep_ == "poss"]
            if not owners:
                continue
            owner = owners[0]
            if self.entity[owner.i] is not None:
                principal = self.entity[owner.i]  # "A's counterpart"
            else:
                # "his counterpart": the person with a title named last before it in the sentence
                principal = next((self.entity[i] for i in reversed(self._persons_in(noun.sent.start, noun.i))
                                  if self.roles.get(self.entity[i])), None)
            offices = sorted(self.roles.get(principal, ()), key=lambda r: (r.qualifier is None, r.title))
            if not offices:
                continue
            countries = [gazetteer.country_by_demonym(c.text) or gazetteer.country_by_name(c.text)
                         for c in noun.children if c.dep_ in {"amod", "compound"}]
            country = next((c.name for c in countries if c is not None), None)
            if country is not None and country == offices[0].qualifier:
                continue  # a counterpart from the same country is no counterpart
            return Role(offices[0].title, country)
        return None

    def _person_spans(self) -> list[Span]:
        spans, start = [], None
        for i, key in enumerate(self.entity):
            inside = self.via[i] == "name" and key is not None and key.startswith("person:")
            if inside and (start is None or self.entity[i - 1] != key):
                if start is not None:
                    spans.append(self.doc[start:i])
                start = i
            elif not inside and start is not None:
                spans.append(self.doc[start:i])
                start = None
        if start is not None:
            spans.append(self.doc[start:])
        return spans

    def _title_start(self, span: Span) -> int:
        """Where the title phrase written right before a person's name starts (the name's start
        when there is none)."""
        subtree = {t.i for t in span.root.subtree}
        left = span.start
        while left > 0:
            prev = self.doc[left - 1]
            if prev.i not in subtree or prev.dep_ in {"det", "poss", "case"} or prev.is_space:
                break
            if prev.is_punct and (prev.text not in "-‐–." or prev.whitespace_):
                break  # a spaced dash ends a dateline ("KYIV, Ukraine - Russian President Y")
            if (key := self.entity[prev.i]) and key != self.entity[span.start] and key.startswith("person:"):
                break  # "Egyptian President A greets B": a misparse made one phrase of A's title, A and B
            left -= 1
        if 0 < left < span.start and is_title_word(self.doc[left].text) and self._place_word(self.doc[left - 1]):
            left -= 1  # "Lund and Ontario Premier Y": the parser can hang the place on a name before it
        return left

    def _listed_under_plural_title(self, span: Span, spans: list[Span]) -> Role | None:
        """"Senators A, B and C", "Foreign Ministers A and B": a plural title before the first of
        a list of two or more persons is the office of each of them."""
        first = span.root
        while first.dep_ == "conj" and first.head.i < first.i:
            first = first.head
        members = [m for m in (first, *first.conjuncts) if (self.entity[m.i] or "").startswith("person:")]
        head = next((s for s in spans if s.start <= first.i < s.end), None)
        if len(members) < 2 or head is None or (left := self._title_start(head)) == head.start:
            return None
        return role_from_plural_title(list(self.doc[left : head.start]))

    def _prefix_role(self, span: Span) -> Role | None:
        left = self._title_start(span)
        role = role_from_tokens(list(self.doc[left : span.start])) if left < span.start else None
        if role is None and (office := self._office_of_before(span.start)) < span.start:
            left, role = office, role_from_tokens(list(self.doc[office : span.start]))
        if role is None and (written := self._title_written_before(span.start)) < span.start:
            left, role = written, role_from_tokens(list(self.doc[written : span.start]))
        if role is None:
            return None
        if left >= 3 and self.doc[left - 1].lower_ == "and":
            # "Kelbia's Crown Prince and Prime Minister Y": the possessive before the first title owns both
            first = left - 1
            while first > 0 and self.doc[first - 1].is_title and self.doc[first - 1].tag_ != "POS":
                first -= 1
            if first < left - 1 and role_from_tokens(list(self.doc[first : left - 1])) is not None \
                    and not any((self.entity[t.i] or "").startswith("person:") for t in self.doc[first : left - 1]):
                # (not "Nigeria's President A and President B": A's title and name come before the "and")
                left = first
        if role.qualifier is None and left >= 2 and self.doc[left - 1].tag_ == "POS":
            # "New Zealand's Prime Minister Y": the country before the possessive is the office's
            owner = self.entity[left - 2]
            country = gazetteer.country_by_name(self.entities[owner].label) if owner in self.entities else None
            if country is not None:
                role = Role(role.title, country.name)
        after = span.end + 1 + (span.end + 1 < len(self.doc) and self.doc[span.end + 1].lower_ == "the")
        if role.qualifier is None and after < len(self.doc) and self.doc[span.end].lower_ == "of":
            # "President Y of Sudan": the country after the name is the office's (not a
            # possessor there: "assured President Y of Zimbabwe's support")
            owner = self.entity[after]
            country = gazetteer.country_by_name(self.entities[owner].label) if owner in self.entities else None
            end = self._mention_end(after)
            if country is not None and not (end < len(self.doc) and self.doc[end].tag_ == "POS"):
                role = Role(role.title, country.name)
        return role

    def _place_word(self, word: Token) -> bool:
        """Whether a capitalized word is a place's name: one the resolver gives a place, or gives
        nothing while the tagger finds it as a place elsewhere in the document."""
        if not word.is_title or word.pos_ != "PROPN" or is_title_word(word.text):
            return False
        if self.entity[word.i] is not None:
            return self._names_a_place(word)
        return word.text in tagged_place_names(self.doc)

    def _title_written_before(self, start: int) -> int:
        """Where a title written right before a name starts when the parser hung it elsewhere ("in
        Seoul, Lund and South Korean President Y agreed": the title made a conjunct of the name
        before): capitalized words ending in a title word, with no person among them; ``start``
        when there is none."""
        if start == 0 or not is_title_word(self.doc[start - 1].text):
            return start
        return self._capitalized_run_before(start, 5)

    def _office_of_before(self, start: int) -> int:
        """Where a title with "of" written right before a name starts, when the parser hung the
        name on the "of" ("met with President of Moldova Anna Lind"); ``start`` when there is none."""
        left = self._capitalized_run_before(start, 6, joiners=frozenset({"of", "the"}))
        while left < start and not is_title_word(self.doc[left].text):
            left += 1
        return left if any(t.lower_ == "of" for t in self.doc[left:start]) else start

    def _capitalized_run_before(self, start: int, limit: int, joiners: frozenset[str] = frozenset()) -> int:
        """Where the run of at most ``limit`` capitalized words (and ``joiners``) right before
        ``start`` begins, stopping at punctuation and at a person's name."""
        left = start
        while left > 0 and start - left < limit:
            prev = self.doc[left - 1]
            if prev.is_punct or prev.is_space or (self.entity[prev.i] or "").startswith("person:") \
                    or not (prev.is_title or prev.lower_ in joiners):
                break
            left -= 1
        return left

    def _appositive_role(self, span: Span) -> Role | None:
        root = span.root
        if root.dep_ == "appos" and is_nickname(root):
            return None
        if root.dep_ == "appos" and root.head.pos_ in {"NOUN", "PROPN"} and self.entity[root.head.i] is None:
            principal = root.head
            if principal.dep_ == "pobj" and principal.head.lower_ in {"for", "to"} and principal.head.head.lemma_.lower() in _VOICE_NOUNS:
                # "a spokesman for the President, Mr X,": X is the spokesman, not the principal
                return role_from_tokens(noun_phrase_tokens(principal.head.head))
            phrase = noun_phrase_tokens(root.head)
            if any((self.entity[t.i] or "").startswith("person:") for t in phrase):
                return None  # "Egyptian President A greets B": a misparse made one phrase of A's title and B
            return role_from_tokens(phrase)
        if root.dep_ == "conj" and root.head.pos_ in {"NOUN", "PROPN"} and self.entity[root.head.i] is None \
                and span.start >= 2 and self.doc[span.start - 1].text == "," and span.end + 1 < len(self.doc) \
                and self.doc[span.end].text == "," and self.doc[span.end + 1].lower_ in {"and", "or"}:
            # "President of Serbia, A, and the Prime Minister of Kosovo, B,": set off by commas
            # before the list's own "and", the parser can make a title's apposition a conjunct
            phrase = noun_phrase_tokens(root.head)
            if phrase[-1].i == span.start - 2:
                return role_from_tokens(phrase)
        holder_of = root.head.head.head if root.dep_ == "appos" and root.head.dep_ == "pobj" and root.head.head.lower_ == "of" else None
        if holder_of is not None and holder_of.pos_ == "NOUN" and self.entity[holder_of.i] is None:
            # "the president of the Philippines, Olek Varnay,": the parser can hang the name on the country
            return role_from_tokens(noun_phrase_tokens(holder_of))
        for child in root.children:
            if child.dep_ == "appos" and self.entity[child.i] is None and not _subject_taken_for_apposition(root, child):
                return role_from_tokens(noun_phrase_tokens(child))
        for clause in _children_of(root, "relcl"):
            # "X, who is Norway's migration minister,": the office a relative clause gives
            if clause.lemma_ == "be" and any(c.lower_ == "who" and c.dep_ == "nsubj" for c in clause.children) \
                    and not any(c.dep_ == "neg" for c in clause.children):
                for attr in _children_of(clause, "attr"):
                    if self.entity[attr.i] is None:
                        return role_from_tokens(noun_phrase_tokens(attr))
        return None

    def _resolve_role_nouns(self) -> None:
        """Definite role nouns ("the Russian president", "the UN chief") to the person holding the role."""
        # a role noun is (the end of) a title: only nouns that are title words can head one
        candidates = ((self.pos == NOUN) | (self.pos == PROPN)) & self._matching(self.lower, can_end_title)
        named = deque((i, key) for i, key in enumerate(self.entity) if key and self.via[i] == "name")
        introduced: set[str] = set()  # the entities named before the current token
        for token in self._tokens(candidates):
            while named and named[0][0] < token.i:
                at, key = named.popleft()
                if not self._named_alone(at):  # (a byline's writer, "Nigel Morris reports", holds no office told)
                    introduced.add(key)
            if self.entity[token.i] is not None:
                continue
            if token.dep_ in {"compound", "amod"} and token.head.pos_ in {"NOUN", "PROPN"}:
                continue  # part of a longer noun phrase; its head is tried instead
            if token.dep_ == "appos" or any(c.dep_ == "appos" and self.entity[c.i] and not is_nickname(c) for c in token.children):
                continue  # "the French President, Anne Martin": the name is there
            if (named_after := self._name_set_off_after(token)) is not None:
                # the same, where the parser hung the name elsewhere; in apposition to another noun, or
                # on the verb of the noun's own clause ("held talks with the deputy secretary of state
                # for African affairs, Y, here"), the role noun is Y (a name in another clause is not)
                name = self.doc[next(i for i in range(token.i + 1, len(self.doc)) if self.entity[i] == named_after)]
                while name.dep_ == "compound":
                    name = name.head
                if name.dep_ == "appos" or (name.dep_ == "npadvmod" and name.head.i == self._clause_verb(token).i):
                    self.entity[token.i], self.via[token.i] = named_after, "role"
                continue
            if self._name_right_after(token):
                # "Visiting Chinese Vice President Olek Varnay": a title before a name, however parsed;
                # where the parser cut the two apart ("talks with PM Olek Varnay", the name hung
                # elsewhere in apposition), the title stands for the one it names
                after = self.doc[self._after_phrase(token)]
                name = after
                while name.dep_ == "compound" and self.entity[name.head.i] == self.entity[after.i]:
                    name = name.head
                if token.dep_ in {"pobj", "dobj"} and name.dep_ == "appos" and name.head.i != token.i and token.head.i != name.i:
                    self.entity[token.i], self.via[token.i] = self.entity[after.i], "role"
                continue
            if (inside := self._holder_after_office_place(token)) is not None:
                self.entity[token.i], self.via[token.i] = inside, "role"
                continue
            if token.dep_ in {"attr", "oprd"} and token.head.lemma_.lower() in {"be", "become", "remain"}:
                # "Since X became South Africa's leader": the office said of a person as the clause's
                # subject is that person's, not someone else's holding it
                subjects = [self.entity[s.i] for s in _children_of(token.head, "nsubj") if (self.entity[s.i] or "").startswith("person:")]
                if len(subjects) == 1 and not _children_of(token.head, "neg"):
                    self.entity[token.i], self.via[token.i] = subjects[0], "role"
                    continue
            holder = self._name_after_principal(token)
            if holder is not None:
                # "a spokesman for Chancellor Olek Varnay, Tomas Berg, said": the parser hangs the
                # spokesman's name on the person he speaks for
                self.entity[token.i], self.via[token.i] = holder, "role"
                continue
            phrase = noun_phrase_tokens(token)
            role = role_headed_by(token)
            if role is None:
                continue
            # "the king and crown prince": the determiner of the first title serves the next
            determined = tuple(token.head.children) if token.dep_ == "conj" else ()
            if any(c.dep_ == "det" and c.lower_ in {"a", "an", "another"} for c in (*token.children, *determined)):
                continue  # "a top Chinese leader": someone not named, whoever holds an office
            # definite: "the", a possessive, or a country or body naming whose office it is
            # ("Pakistan Foreign Minister's outburst")
            if not any(t.lower_ in {"the", "this"} or t.tag_ == "POS" for t in phrase) and not any(
                c.dep_ in {"det", "poss", "case"} for c in (*token.children, *determined)
            ) and role.qualifier is None:
                continue
            # a bare role noun ("the president") points back to someone already introduced; one
            # with a country or body ("India's finance minister") may name someone introduced later
            holders = [
                key for key, roles in self.roles.items()
                if (key in introduced or role.qualifier) and any(compatible(role, r) for r in roles)
            ]
            if not holders and role.qualifier and token.lemma_.lower() == "official" \
                    and any(c.lower_ == "top" for c in token.children if c.dep_ == "amod"):
                # "the top UN official" after "UN Secretary-General X": the one the article gave an
                # office of that body (not "a senior UN official", someone unnamed)
                holders = [key for key, roles in self.roles.items() if key in introduced and any(r.qualifier == role.qualifier for r in roles)]
                holders = holders if len(holders) == 1 else []
            past_holders = holders
            if not any(t.lower_ in _FORMER_WORDS for t in phrase):
                # "the Brazilian president" after "former President X": someone holding it now, if
                # the article has one
                holders = [key for key in holders if any(compatible(role, r) for r in self.roles[key] - self.former_roles[key])]
            else:
                # "the former Peruvian president" after "the now former president X" and "the
                # Peruvian president, Y": the one the article said held it before, if it has one
                loose = Role(role.title, None)
                former = [key for key in introduced if key in self.former_roles and any(
                    compatible(role, r) or (compatible(loose, r) and r.qualifier is None) for r in self.former_roles[key])]
                holders = former or holders
            # (only a noun phrase that refers back: "U.S. Secretary of State Lund" in a headline, a
            # title the tagger cut from its name, gives no one a country)
            refers_back = any(t.lower_ in {"the", "this", "that"} or t.tag_ == "POS" for t in phrase) or any(
                c.dep_ in {"det", "poss", "case"} for c in (*token.children, *determined))
            if not holders and refers_back and role.qualifier and gazetteer.country_by_name(role.qualifier) is not None:
                # "the Pakistani president" for a person introduced as "President X", nationality untold
                loose = Role(role.title, None)
                untold = [
                    key for key, roles in self.roles.items()
                    if any(compatible(loose, r) and r.qualifier is None for r in roles)
                    and not any(r.qualifier and r.qualifier != role.qualifier for r in roles)  # told, and other
                ]
                # introduced lately: one named long before may be another country's ("President
                # Kazar" in Kabul, then "the Indonesian president" in Jakarta)
                lately = {self.entity[i] for i in self._persons_in(self._sentences_back(token.sent, _ROLE_DISTANCE), token.i)}
                holders = [key for key in untold if key in introduced and key in lately]
                if not holders and not any(key.startswith("person:") for key in introduced):
                    # a lead that names the office before the person: "the Pakistani president's
                    # visit ... President Kelvaro's safety": the first one named after it, in a
                    # later sentence (one named beside the office is someone else: "Mexico's
                    # president has cancelled a trip to meet President Y"); not once persons
                    # were named, one of whom may hold it untitled
                    holders = next(([key] for i, key in named if key in untold and i >= token.sent.end), [])
                if not holders:
                    holders = self._named_next_untitled(token)
                if len(holders) == 1:
                    # "the Turkish foreign minister" for "Foreign Minister X": now his country is told
                    self._tell_office(holders[0], role)
            holders = holders or past_holders
            country = role.qualifier if role.qualifier and role.is_leader() and gazetteer.country_by_name(role.qualifier) else None
            # "the Kelby mayor": a town's office, its qualifier a town the tables know
            town = role.qualifier if role.qualifier and role.title in _TOWN_OFFICES and country is None and (
                gazetteer.country_of_town(role.qualifier) or gazetteer.canonical_capital(role.qualifier)) else None
            body = self._leader_of_body(token, phrase, role) if not holders and country is None and town is None else None
            if not holders and (country or body or town):
                # "Tomas Berg said ... where the Norwegian leader met Y": a country's leader for a
                # person the article named with no title at all; the office is now told ("the
                # Chinese leader" later is the same one). So is a party's or a body's ("Erik Lund
                # is set to address ... The Nato leader will visit"), when the title names the
                # body for the first time ("Lund attacked Nato. The Nato leader" is someone else),
                # and a town's ("Olek Varnay has brought his office into disrepute ... the Madrid mayor")
                if country:
                    others = self._persons_of_other_countries(country)
                    holders = self._untitled_holder(token, excluding=others) or self._surname_holder(token, country, others)
                elif body:
                    holders = self._untitled_holder(token, excluding=self._persons_of_other_bodies(body))
                else:
                    holders = self._untitled_holder(token)
                if len(holders) == 1:
                    self._tell_office(holders[0], role)
            if not holders and self._names_an_unheld_office(token, phrase, role):
                # ("The housing secretary has launched an attack on ... Maria Kovacs said": an
                # office in a sentence that names no one, held by the subject of the next)
                holders = self._unintroduced_holder(token) or self._named_next_untitled(token) or self._lead_untitled(token)
                if holders:
                    # "Olek Varnay ... the prime minister": the article never gave the title; later
                    # uses of it go to the same person
                    self.roles[holders[0]].add(role)
            unplaced = self._unplaced_qualifiers(token, phrase, role)
            if unplaced:
                # "the Tibetan leader", "the Harbour Party leader": a qualifier the tables do not know
                # still says whose office it is; only one introduced with it holds it
                holders = [key for key in holders if self._introduced_with(key, unplaced, reach=8)]
            # (not "ex" of "the ex-president", which the parser can read as a noun)
            branch = {t.lower_ for t in phrase if t.i < token.i and t.dep_ == "compound" and t.pos_ == "NOUN" and t.is_lower
                      and not is_title_word(t.text) and t.lower_ not in _FORMER_WORDS}
            if branch:
                # "the army chief" after "Army chief General X" and "intelligence chief Y": only one
                # introduced with the word that says which service is meant ("the council leader"
                # is not "Labour leader X")
                # (or named by name in one sentence with a body whose name has the word: "the union
                # leader" after "X, leader of the Kelby Workers' Union")
                bodies = {key for key, entity in self.entities.items()
                          if entity.type is EntityType.ORGANIZATION and branch & set(entity.label.lower().split())}
                holders = [key for key in holders if self._introduced_with(key, branch) or any(
                    self._named_in_one_sentence(key, body) for body in bodies)]
            temporary = {c.lower_ for c in token.children if c.dep_ == "amod" and c.lower_ in _TEMPORARY_OFFICE_WORDS}
            if temporary:
                # "the interim president": only one the article introduced as interim, not the deposed one
                holders = [key for key in holders if self._introduced_with(key, temporary)]
            if len(holders) > 1:
                # "President Berg will meet the visiting president": not one beside it in its own clause
                holders = [key for key in holders if not self._argument_beside(token, key)] or holders
            if len(holders) > 1:
                # "Foreign Secretary X met Secretary of State Y. The foreign secretary ...": the one
                # given the very title, over one given another name for the same office
                holders = [key for key in holders if any(r.title == role.title for r in self.roles[key])] or holders
            if len(holders) > 1:
                # "Prince Olek ... Prince Tomas should apologise. The prince, 20, ...": the one named lately
                holders = self._named_lately(token, holders)
            if len(holders) == 1:
                self.entity[token.i] = holders[0]
                self.via[token.i] = "role"

    def _resolve_styles(self) -> None:
        """"His Holiness Pope Olek ... His Holiness last visited Norway": a style of address
        used alone ("His Holiness", "Her Majesty") stands for the one person the article named right
        after that style."""
        styled: dict[str, set[str]] = defaultdict(set)  # style -> persons named right after it
        alone: list[int] = []
        for token in self._tokens(self._matching(self.lower, _STYLES)):
            if not self._styled_by_pronoun(token.i, {"his", "her"}):
                continue
            after = token.i + 1
            while after < len(self.doc) and (self.doc[after].lower_ == "the" or is_title_word(self.doc[after].text)):
                after += 1  # "His Majesty King Olek", "His Holiness Pope Olek"
            key = self.entity[after] if after < len(self.doc) else None
            if key is not None and key.startswith("person:") and self.via[after] == "name":
                styled[token.lower_].add(key)
            elif self.entity[token.i] is None and not (after < len(self.doc) and self.doc[after].is_title):
                alone.append(token.i)
        for i in alone:
            # (else the one person the article gives a title the style is for: "Pope Olek ...
            # invited His Holiness to visit")
            holders = styled.get(self.doc[i].lower_) or self._holders_of_titles(_STYLED_TITLES.get(self.doc[i].lower_, frozenset()))
            if len(holders) == 1:
                self.entity[i], self.via[i] = next(iter(holders)), "role"

    def _title_names_someone(self, title: str) -> bool:
        """Whether the article writes ``title`` before a person's name somewhere ("Queen Maria")."""
        return any(t.lower_ == title and t.is_title and t.i + 1 < len(self.doc) and self.doc[t.i + 1].pos_ == "PROPN"
                   and self.doc[t.i + 1].is_title and not is_title_word(self.doc[t.i + 1].text) for t in self.doc)

    def _styled_by_pronoun(self, style: int, pronouns: set[str]) -> bool:
        """Whether one of ``pronouns`` comes right before the style at ``style``, or before its
        epithet: "His Highness", "His Royal Highness"."""
        before = style - 1
        while before >= 0 and self.doc[before].lower_ in _STYLE_EPITHETS:
            before -= 1
        return before >= 0 and self.doc[before].lower_ in pronouns

    def _holders_of_titles(self, titles: frozenset[str]) -> set[str]:
        """The persons named right after one of ``titles`` ("Pope Olek", "King Tomas III")."""
        return {key for i, key in enumerate(self.entity) if i and key is not None and key.startswith("person:")
                and self.via[i] == "name" and self.entity[i - 1] != key and self.doc[i - 1].lower_ in titles}

    def _named_in_one_sentence(self, key: str, other: str) -> bool:
        """Whether a sentence names both ``key`` and ``other`` by name."""
        return any({key, other} <= {self.entity[i] for i in range(sent.start, sent.end) if self.via[i] == "name"}
                   for sent in self.doc.sents)

    def _introduced_with(self, key: str, words: set[str], reach: int = 4) -> bool:
        """Whether one of ``words`` comes at most ``reach`` words before a mention of ``key`` by name."""
        return any(self.entity[i] == key and self.via[i] == "name" and any(t.lower_ in words for t in self.doc[max(0, i - reach) : i])
                   for i in range(len(self.doc)))

    def _unplaced_qualifiers(self, token: Token, phrase: list[Token], role: Role) -> set[str]:
        """The capitalized words before a role noun that name whose office it is but that the role
        did not take as its qualifier ("the Tibetan leader", "the Harbour Party leader"): none when
        the role has a qualifier, and never a word of the title itself ("the Foreign Secretary")."""
        if role.qualifier is not None:
            return set()
        title_words = set(role.title.split()) | _FORMER_WORDS | _TEMPORARY_OFFICE_WORDS
        return {
            t.lower_ for t in phrase if t.i < token.i and t.dep_ in {"amod", "compound", "nmod"} and t.is_title
            and (t.ent_type_ in {"NORP", "ORG"} or t.pos_ == "PROPN") and t.lower_ not in title_words
            and not is_title_word(t.text)
            # (a body's name too: "the SpaceX and Tesla chief" is no premier's office)
            and (self.entity[t.i] is None or self.entities[self.entity[t.i]].type is EntityType.ORGANIZATION)
            and not _is_camp_word(t)  # "the Democratic mayor": a party, not an office's
        }

    @staticmethod
    def _after_phrase(token: Token) -> int:
        """The index of the word after a noun's phrase."""
        return max(t.i for t in noun_phrase_tokens(token)) + 1

    def _name_right_after(self, token: Token) -> bool:
        """Whether a person's name comes right after a role noun's phrase, with nothing between."""
        after = self._after_phrase(token)
        key = self.entity[after] if after < len(self.doc) else None
        return bool(key) and key.startswith("person:") and self.via[after] == "name" and bool(self.doc[after - 1].whitespace_)

    def _holder_after_office_place(self, token: Token) -> str | None:
        """"received by the President of the Republic of Croatia Y": a person named right after the
        place or body of the office, with no comma, which the parser hangs inside the office's
        "of" phrase, holds it (not "the spokesman of President Y", whose principal Y is)."""
        for word in token.subtree:
            key = self.entity[word.i]
            if word.i <= token.i or word.dep_ == "compound" or not key or not key.startswith("person:") or self.via[word.i] != "name":
                continue
            start = word.i
            while start > token.i + 1 and self.entity[start - 1] == key:
                start -= 1
            before = self.entity[start - 1]
            path = self.doc[token.i + 1 : start]
            if before and not before.startswith("person:") and self.via[start - 1] == "name" \
                    and not any(t.is_punct or t.pos_ in {"VERB", "AUX"} for t in path) and any(t.lower_ == "of" for t in path):
                return key
        return None

    def _name_set_off_after(self, token: Token) -> str | None:
        """The person named between commas right after a role noun's phrase ("the North's head of
        state, Kim Tae Ho, ..."), which the parser can hang on another noun: the holder told."""
        doc = self.doc
        after = self._after_phrase(token)
        if after < len(doc) and doc[after].dep_ == "prep" and doc[after].lower_ in {"for", "of", "on"}:
            # "the deputy assistant secretary of state for African affairs, Y": the office's last
            # words, which the parser can hang elsewhere
            after = max(t.i for t in doc[after].subtree) + 1
        elif after < len(doc) and doc[after].text != ",":
            # "The president of soccer world governing body Fifa, Y, arrived": the phrase runs on
            # to the comma through words the parser hangs under the noun
            inside = {t.i for t in token.subtree}
            comma = next((i for i in range(after, min(after + 8, len(doc))) if doc[i].text == ","), None)
            if comma is not None and all(i in inside for i in range(after, comma)):
                after = comma
        start = after + 1
        while start < len(doc) and is_honorific(doc[start].text) and not self.entity[start]:
            start += 1  # "the executive director of the agency, Dr Y": the name after its honorific
        if start >= len(doc) or doc[after].text != "," or not (key := self.entity[start]) \
                or not key.startswith("person:") or self.via[start] != "name":
            return None
        end = self._mention_end(start)
        # (or a name whose closing comma the writer left out: "greeted by India's minister of
        # parliamentary affairs, Y in New Delhi")
        return key if end < len(doc) and (doc[end].is_punct or doc[end].pos_ == "ADP") else None

    def _mention_end(self, start: int) -> int:
        """The index right after the mention of an entity that starts at ``start``."""
        end = start
        while end < len(self.doc) and self.entity[end] == self.entity[start]:
            end += 1
        return end

    def _argument_beside(self, token: Token, key: str) -> bool:
        """Whether a role noun that is a verb's subject or object has the person ``key`` named as
        another of that verb's subjects or objects ("Berg met the president": the president is
        someone else; not "challenged Berg at a news conference with the president")."""
        if token.dep_ not in _ARGUMENT_DEPS:
            return False
        return any(self.entity[c.i] == key and self.via[c.i] == "name"
                   for c in token.head.children if c.dep_ in _ARGUMENT_DEPS and c.i != token.i)

    def _name_after_principal(self, token: Token) -> str | None:
        """The person named in apposition to the one a role noun works "for" or "of", when that one
        is a person too: two persons side by side are the role's holder and the principal."""
        for principal in (o for p in token.children if p.dep_ == "prep" and p.lower_ in {"for", "to"}
                          for o in p.children if o.dep_ == "pobj"):
            key = self.entity[principal.i]
            if key is None or self.entities[key].type is not EntityType.PERSON:
                continue
            for appos in (c for c in principal.children if c.dep_ == "appos"):
                other = self.entity[appos.i]
                if other is not None and other != key and self.entities[other].type is EntityType.PERSON:
                    return other
        return None

    def _names_an_unheld_office(self, token: Token, phrase: list[Token], role: Role) -> bool:
        """Whether a role noun can name someone the article gave no title: a definite one ("the",
        "this", "his"), bare (no body or country named before it), for an office one person holds
        (a leader's, or a portfolio: "the chancellor", "the foreign secretary"; not "the
        spokesman", "the official", "the leader")."""
        definite = any(c.lower_ in {"the", "this"} or c.dep_ == "poss" for c in token.children)
        bare = not any((t.pos_ == "PROPN" and not is_title_word(t.text)) or self.entity[t.i] or t.ent_type_
                       for t in phrase if t.i < token.i)  # "the Prime Minister" is bare, "the Kelby mayor" is not
        office = (role.is_leader() or len(role.title.split()) > 1) and not is_generic_title(role.title)
        return definite and bare and office and role.qualifier is None

    def _named_next_untitled(self, token: Token) -> list[str]:
        """"Norway's foreign minister has described the talks as disappointing. Speaking on
        Thursday, Erik Lund said ...": an office given in a sentence that names no one is held
        by the subject named first in the next sentence, known by a full name and given no title."""
        if token.sent.end >= len(self.doc):
            return []
        # (a sentence that names someone tells of them: "X met the French minister Y"; not one whose
        # subject is the office, named before anyone: "The Chinese Premier warned Britain ... as he
        # signed deals with Y")
        named = self._persons_in(token.sent.start, token.sent.end)
        if named and not (token.dep_ == "nsubj" and token.head.i == token.sent.root.i and all(i > token.i for i in named)):
            return []
        following = self.doc[token.sent.end].sent
        first = next(iter(self._persons_in(following.start, following.end)), None)
        if first is None:
            return []
        name = self.doc[first]
        # (the subject, or its owner or agent: "The three-day visit by Olek Varnay had included ...")
        while name.dep_ in {"compound", "poss", "pobj"} or (name.dep_ == "prep" and name.lower_ in {"by", "of"}):
            name = name.head
        return [self.entity[first]] if name.dep_ == "nsubj" and self._names_untitled(first) else []

    def _unintroduced_holder(self, token: Token) -> list[str]:
        """"... his rift with Tomas Berg. Meanwhile, the chancellor is leaving": a bare title (no
        body or country named with it) that no one in the article holds is the person named last
        in the two sentences before, by a full name, skipping those with a title of their own; none
        when that person is named in the title's own sentence too ("Berg met the chancellor":
        someone else), or when the title's own sentence names two persons or more before it ("Berg
        and Lund met, the day after the chancellor ...": one of them, maybe)."""
        sent = token.sent
        found = self._last_untitled(self._sentences_back(sent, _ROLE_DISTANCE), sent.start)
        if token.dep_ == "nsubj" and sent.start > 0 and sent[0].lower_ not in _TOPIC_SHIFTS:
            # "X has launched an attack on Y. The foreign secretary blasted ...": a subject goes on
            # with the subject before it (not after "Meanwhile", which turns to another)
            before = self.doc[sent.start - 1].sent
            subjects = [i for i in self._persons_in(before.start, before.end)
                        if self.doc[i].dep_ == "nsubj" and self.doc[i].head.i == before.root.i]
            found = next((i for i in subjects if self._names_untitled(i)), found)
        own = {self.entity[i] for i in self._persons_in(sent.start, sent.end)}
        named_before = {self.entity[i] for i in self._persons_in(sent.start, token.i)}
        if len(named_before) >= 2:
            return []  # "Mr Berg and Mr Lund staged a show of unity, the day after the chancellor ...": one of them
        return [] if found is None or self.entity[found] in own else [self.entity[found]]

    def _lead_untitled(self, token: Token) -> list[str]:
        """"Olek Varnay has been confronted ... Lund accused the Prime Minister of spin": a bare
        office nobody in the article holds, with no untitled person named just before it, is the
        article's lead: the person it names first, when known by a full name, with no title, and
        named more than once and more often than any other such person (not an outlet's name the
        tagger took for a person's); not when the lead is named in the office's own sentence
        ("Berg met the chancellor": someone else). In the first sentence that names anyone, those
        it names are left out instead ("The Chief Executive of Y attacked Berg. Lund made the
        comments ...": the one the article goes on to name)."""
        sent = token.sent
        named = [i for i in self._name_mentions() if self.entity[i].startswith("person:")]
        own = {self.entity[i] for i in named if sent.start <= i < sent.end}
        opening = bool(named) and self.doc[named[0]].sent.start == sent.start
        named = [i for i in named if not (opening and self.entity[i] in own)]
        lead = self.entity[named[0]] if named else None
        most = _named_most(Counter(self.entity[i] for i in named if self._names_untitled(i)))
        return [lead] if lead is not None and lead not in own and most == lead else []

    def _untitled_holder(self, token: Token, excluding: frozenset[str] = frozenset()) -> list[str]:
        """The person named last by a full name before a role noun, in its sentence or the two
        before, among those the article gives no title (other than ``excluding``); none when that
        person is an argument of the role noun's own verb ("Berg met the Norwegian leader":
        someone else; but the owner of a phrase's noun can be one of them: "Lula met Berg on the
        Norwegian leader's first visit"), or when another such person is named there too ("Lund
        presses Berg. The Norwegian leader ...": either)."""
        start = self._sentences_back(token.sent, _ROLE_DISTANCE)
        found = self._last_untitled(start, token.i, excluding=excluding)
        owner_in_phrase = token.dep_ == "poss" and token.head.dep_ == "pobj"
        if found is None or (self._clause_verb(self.doc[found]).i == self._clause_verb(token).i and not owner_in_phrase):
            return []
        if self._last_untitled(start, found, excluding=excluding | {self.entity[found]}) is not None:
            return []
        return [self.entity[found]]

    def _surname_holder(self, token: Token, country: str, excluding: frozenset[str]) -> list[str]:
        """"Varnay's Berlin visit ... as Poland seeks ... Varnay added ... the Polish prime
        minister said": a country's leader for the one person the article names by a single word,
        in its sentence or the two before, other than ``excluding``, whom it names beside that
        country, as the subject of two clauses or more and never as a modifier of a common noun
        (a firm the tagger took for a person is one: "Yukos shares"); none when that person is an
        argument of the role noun's own verb."""
        named = {self.entity[i] for i in self._persons_in(self._sentences_back(token.sent, _ROLE_DISTANCE), token.i)
                 if self.via[i] == "name"}
        fits = [key for key in named if key not in excluding and not self._known_by_full_name(key)
                and not (self.roles.get(key, set()) - self.former_roles[key]) and self._surname_told_of(key, country)]
        if len(fits) != 1:
            return []
        # (not one in the role noun's own clause, nor its implicit subject: "he attended a dinner,
        # travelling with the Japanese prime minister")
        verb = self._clause_verb(token)
        actors = [verb] + ([verb.head] if verb.dep_ in {"advcl", "xcomp"} and not _children_of(verb, "nsubj") else [])
        beside = {self.entity[i] for i in self._persons_in(token.sent.start, token.sent.end) if self._clause_verb(self.doc[i]).i == verb.i}
        subjects = [s for a in actors for s in _children_of(a, "nsubj") if s.i != token.i]
        if any(s.pos_ == "PRON" for s in subjects):
            return []  # (a pronoun, read later, may stand for the one who fits)
        beside |= {self.entity[s.i] for s in subjects}
        return [] if fits[0] in beside else fits

    def _surname_told_of(self, key: str, country: str) -> bool:
        """Whether the article names a person known by a single word beside ``country`` in a
        sentence, as the subject of two clauses or more, and never as a modifier of a common noun."""
        mentions = [i for i in self._name_mentions() if self.entity[i] == key]
        if sum(self.doc[i].dep_ == "nsubj" for i in mentions) < 2 or any(
                self.doc[i].dep_ == "compound" and self.doc[i].head.pos_ == "NOUN" for i in mentions):
            return False
        sentences = {self.doc[i].sent for i in mentions}
        return any(self.entities[k].label == country for sent in sentences for t in sent if (k := self.entity[t.i]) is not None)

    def _tell_office(self, key: str, role: Role) -> None:
        """Give a person an office the article names without their name, as if it had."""
        self.roles[key].add(role)
        self.entities[key].roles.add(role.label())

    def _person_names(self) -> Iterator[tuple[str, Token]]:
        """Each mention of a person by name: the person's key, and the last word of the name."""
        for i in self._name_mentions():
            key = self.entity[i]
            if not key.startswith("person:"):
                continue
            name = self.doc[i]
            while name.dep_ == "compound" and self.entity[name.head.i] == key:
                name = name.head
            yield key, name

    def _persons_of_other_countries(self, country: str) -> frozenset[str]:
        """The persons the article ties by name to a country other than ``country``: "Germany's
        Lund", "German Chancellor X" is not "the Polish prime minister"."""
        found = set()
        for key, name in self._person_names():
            named = {self.entities[self.entity[o.i]].label for o in name.children if o.dep_ == "poss" and self._names_a_country(o)}
            named |= {r.qualifier for r in self.roles.get(key, set()) if r.qualifier and gazetteer.country_by_name(r.qualifier)}
            if named - {country}:
                found.add(key)
        return frozenset(found)

    def _leader_of_body(self, token: Token, phrase: list[Token], role: Role) -> str | None:
        """The body whose leader a role noun names for the first time in the article: the
        organization of its qualifier ("the Nato leader"), or the party words before it that
        the tables do not know ("the Socialist leader"); None when the article names that
        body before the role noun's phrase, or the role is no leader's."""
        if not role.is_leader():
            return None
        start = min(t.i for t in phrase)
        if role.qualifier is not None:
            if gazetteer.organization_by_name(role.qualifier) is None:
                return None
            named_before = any((key := self.entity[i]) is not None and self.entities[key].label == role.qualifier
                               for i in range(start))
            return None if named_before else role.qualifier
        camp = [t for t in phrase if t.i < token.i and t.is_title and t.ent_type_ in {"NORP", "ORG"} and _is_camp_word(t)]
        if not camp or any(name_key(t.text).startswith(name_key(c.text)) for c in camp for t in self.doc[:start]):
            return None
        return " ".join(c.text for c in camp)

    def _persons_of_other_bodies(self, body: str) -> frozenset[str]:
        """The persons the article ties by name to an organization other than ``body``: "Nato's
        Lund" is not "the Socialist leader"."""
        found = set()
        for key, name in self._person_names():
            owners = {self.entities[k].label for o in name.children if o.dep_ in {"poss", "compound"}
                      and (k := self.entity[o.i]) is not None and self.entities[k].type is EntityType.ORGANIZATION}
            if owners - {body}:
                found.add(key)
        return frozenset(found)

    def _last_untitled(self, start: int, end: int, excluding: frozenset[str] | set[str] = frozenset()) -> int | None:
        """The position of the last person named by name between ``start`` and ``end`` who is
        known by a full name and has no title in the article (one with another office, "the
        Canadian prime minister", is not a holder of a title nobody was given), and is not named
        alone in a line, other than ``excluding``."""
        return next((i for i in reversed(self._persons_in(start, end))
                     if self.entity[i] not in excluding and self._names_untitled(i) and not self._named_alone(i)), None)

    def _named_alone(self, i: int) -> bool:
        """Whether token ``i``'s sentence is nothing but its name, or a byline ("By X", "X
        reports"): the writer or an outlet's name the tagger took for a person's, no one the
        article tells of."""
        return all(self.entity[t.i] == self.entity[i] or t.is_punct or t.is_space or t.lower_ in _BYLINE_WORDS
                   for t in self.doc[i].sent)

    def _names_untitled(self, i: int) -> bool:
        """Whether token ``i`` names by name a person known by a full name who holds no title in
        the article (a former one is none)."""
        key = self.entity[i]
        return self.via[i] == "name" and not (self.roles.get(key, set()) - self.former_roles[key]) \
            and self._known_by_full_name(key) and key not in self._described

    @cached_property
    def _described(self) -> frozenset[str]:
        """The persons the article introduces by what they do, not by an office ("Kelby Herald
        journalist X", "X, a banker, said"): told, and so no holder of an office the article gives
        no one ("the chancellor" a sentence after the journalist is not the journalist)."""
        found = set()
        for start in self._name_mentions():
            key = self.entity[start]
            if not key.startswith("person:"):
                continue
            described = [c for t in self.doc[start : self._mention_end(start)] for c in t.children
                         if (c.dep_ == "compound" and c.i < start)
                         or (c.dep_ == "appos" and any(d.dep_ == "det" and d.lower_ in {"a", "an", "the"} for d in c.children))]
            if any(c.pos_ == "NOUN" and c.is_lower and not is_title_word(c.text) for c in described):
                found.add(key)
        return frozenset(found)

    def _known_by_full_name(self, key: str) -> bool:
        """Whether the article names a person by more than one word (one known by a single word
        only is too often a tagging error: "over Covid certificates")."""
        return any(" " in form for form in self.entities[key].forms)

    @staticmethod
    def _clause_verb(token: Token) -> Token:
        """The verb whose clause a noun phrase belongs to (through prepositions, conjuncts and
        appositions)."""
        while token.dep_ in {"compound", "pobj", "prep", "conj", "appos", "poss", "case", "amod"} and token.head.i != token.i:
            token = token.head
        return token.head if token.dep_ in {"nsubj", "nsubjpass", "dobj", "attr", "dative", "agent"} else token

    def _named_lately(self, token: Token, keys: list[str]) -> list[str]:
        """Those of ``keys`` named in the sentence of ``token`` before it or in the one before."""
        start = self._sentences_back(token.sent, 1)
        named = {self.entity[i] for i in range(start, token.i) if self.via[i] == "name"}
        return [key for key in keys if key in named]

    def _sentences_back(self, sent: Span, count: int) -> int:
        """The start of the sentence ``count`` sentences before ``sent`` (or of the first)."""
        start = sent.start
        for _ in range(count):
            start = self.doc[start - 1].sent.start if start > 0 else start
        return start

    def _resolve_definite_bodies(self) -> None:
        """"the government", "this government", "the party", "the committee": a bare definite
        noun for a body stands for the body of that kind the article named last. A government
        the article never named is that of the country it mentions most."""
        bodies = {EntityType.ORGANIZATION, EntityType.GROUP}
        # ("the Government", capitalized as a name: the nation's own)
        nouns = ((self.pos == NOUN) & self._matching(self.lower, _BODY_OR_MEMBER_NOUNS)) | (
            (self.pos == PROPN) & self._matching(self.lower, _NATIONAL_BODY_NOUNS))
        named = [i for i, key in enumerate(self.entity) if key and self.via[i] == "name" and self.entities[key].type in bodies]
        last_named: dict[str, str] = {}  # noun -> key of the body of that kind named last
        last_body: str | None = None  # the body named last, of any kind
        home: str | None = None
        for i in sorted(set(named) | set(np.flatnonzero(nouns).tolist())):
            key = self.entity[i]
            if key and self.via[i] == "name" and self.entities[key].type in bodies:
                last_body = key
                words = {w.lower() for w in self.entities[key].label.split()}
                for noun in words & BODY_NOUNS:
                    last_named[noun] = key
                continue
            token = self.doc[i]
            noun = token.lower_
            if key:
                continue
            lefts = [c for c in token.lefts if not c.is_punct]
            if not lefts and token.dep_ == "compound" and token.head.pos_ == "NOUN":
                # "the government response": the determiner hangs on the noun the body is owner of
                lefts = [c for c in token.head.lefts if c.i < token.i and not c.is_punct]
            members = noun in _GOVERNMENT_MEMBERS
            if members:
                if lefts or token.dep_ not in {"dobj", "nsubj", "nsubjpass", "pobj"}:
                    continue  # "EU ministers", "the ministers", "two ministers"
                noun = _GOVERNMENT_MEMBERS[noun]
            elif not lefts or lefts[0].dep_ != "det" or lefts[0].lower_ not in {"the", "this"} \
                    or any(c.lower_ not in _SEATED_WORDS and not self._names_a_place(c) for c in lefts[1:]) \
                    or (len(lefts) > 1 and not any(c.lower_ in _SEATED_WORDS for c in lefts)):
                continue  # "the Labour government", "a government", "the previous government" (but "the Geneva-based body")
            if not members and any(c.dep_ == "prep" and c.lower_ == "of" and any(self.entity[o.i] for o in c.children)
                                   for c in token.children):
                continue  # "the government of X" names its own country ("accused ministers of ..." does not)
            found = last_named.get(noun)
            if noun not in _NATIONAL_BODY_NOUNS and found != last_body and not self._of_another_kind(last_body, noun):
                # "the Harbour Party ... the Liberals ... the party": which one is unclear ("the
                # Kelby Federation ... the Kelby Council ... the federation" is not)
                found = None
            if found is None and noun in _NATIONAL_BODY_NOUNS:
                home = home or self._home_country()
                # (an article of two countries: the one whose office the speaker holds, "Swedish
                # opposition leader Y said the government had given away too much")
                country = home or self._speakers_country(token)
                if country is not None:
                    found = self._national_body(country, noun).key
            if found is not None:
                self.entity[i], self.via[i] = found, "role"

    def _speakers_country(self, token: Token) -> str | None:
        """The demonym of the one country whose office the subject of ``token``'s clause holds, or
        the subject of the clause that reports it ("Swedish opposition leader Y said the
        government ..."); None when there is no such subject or it holds offices of two."""
        verb = self._clause_verb(token)
        while True:
            subjects = [key for key in self._clause_subject_entities(verb) if key.startswith("person:")]
            if subjects or verb.dep_ not in {"ccomp", "xcomp", "advcl", "conj"} or verb.head.i == verb.i:
                break
            verb = self._clause_verb(verb.head)
        countries = {gazetteer.country_by_name(r.qualifier) for key in subjects for r in self.roles.get(key, set())
                     - self.former_roles[key] if r.qualifier}
        countries.discard(None)
        if len(countries) != 1:
            return None
        country = countries.pop()
        return country.demonyms[0] if country.demonyms else country.name

    def _of_another_kind(self, key: str | None, noun: str) -> bool:
        """Whether a body's name says it is a body of a kind other than ``noun`` ("Kelby Council"
        is no federation; "the Liberals" could be any)."""
        words = self.entities[key].label.lower().split() if key else []
        return bool(words) and (words[-1] in BODY_NOUNS or is_organization_noun(words[-1])) and noun not in words

    def _names_a_place(self, token: Token) -> bool:
        key = self.entity[token.i]
        return key is not None and self.entities[key].type in _PLACE_TYPES

    def _resolve_the_country(self) -> None:
        """"Mali expelled the envoy ... accused the country's rulers", "his first visit to the
        country", "criticized the oil-rich kingdom": "the country" (nation, kingdom, republic),
        bare or with adjectives that do not make it another one, stands for the country named last
        before it, in its sentence or the two before."""
        nouns = (self.pos == NOUN) & self._matching(self.lower, _COUNTRY_NOUNS)
        last: str | None = None
        # a capital names its country too: "arrived in Washington for his state visit to the country";
        # so does a national body: "a snub by the Indian government on his visit to the country"
        capitals = {key: gazetteer.country_of_capital(entity.label) for key, entity in self.entities.items()
                    if entity.type is EntityType.CITY}
        capitals.update({key: gazetteer.country_by_demonym(entity.label.split()[0]) for key, entity in self.entities.items()
                         if key.startswith("institution:")})
        named = [i for i, key in enumerate(self.entity)
                 if key and self.via[i] == "name" and (self.entities[key].type is EntityType.COUNTRY or capitals.get(key))]
        recent: list[tuple[str, int]] = []  # the countries named so far, with where, the last one last
        for i in sorted(set(named) | set(np.flatnonzero(nouns).tolist())):
            if self.entity[i] and self.via[i] == "name":
                named_token = self.doc[i]
                if not (named_token.dep_ in {"compound", "nmod"} and named_token.head.pos_ == "NOUN"):
                    # not "the Iraq war": a country modifying a noun is its topic
                    recent.append((self._country_key(self.entity[i], capitals), i))
                continue
            token = self.doc[i]
            if self.entity[i] or not recent or not self._stands_for_a_country(token):
                continue
            # "Egypt accused the Gulf state of ...": not the clause's own subject
            own = set() if token.dep_ in {"nsubj", "nsubjpass"} else {
                self._country_key(key, capitals, create=False) for key in self._clause_subject_entities(self._clause_verb(token))}
            key, named_at = next(((key, at) for key, at in reversed(recent) if key not in own), (None, 0))
            if key is None or named_at < self._sentences_back(token.sent, _COUNTRY_DISTANCE):
                continue  # named too long ago to be the one meant
            self.entity[i], self.via[i] = key, "role"

    def _resolve_the_compass_country(self) -> None:
        """"South Korea has blamed the North": "the North" ("the South"), tagged as a place of its
        own, is the one country the article names with that word first ("North Korea")."""
        tokens = self._tokens(self._matching(self.lower, frozenset(name.lower() for name in _COMPASS_NAMES)))
        countries = {key for key, entity in self.entities.items() if entity.type is EntityType.COUNTRY} if tokens else set()
        for token in tokens:
            key = self.entity[token.i]
            if key is None or self.entities[key].type is EntityType.COUNTRY or token.text not in _COMPASS_NAMES \
                    or self.entities[key].label != token.text or token.i == 0 or self.doc[token.i - 1].lower_ != "the":
                continue
            named = [c for c in countries if self.entities[c].label.startswith(token.text + " ")]
            if len(named) == 1:
                self.entity[token.i], self.via[token.i] = named[0], "role"

    def _country_key(self, key: str, capitals: dict[str, gazetteer.Country | None], create: bool = True) -> str:
        """The key of the country an entity names: itself, or the country of a capital or a national
        body (an entity made for it, unless ``create`` is false)."""
        country = capitals.get(key)
        if country is None:
            return key
        country_key = "place:" + name_key(country.name)
        return self._entity_for(country_key, country.name, EntityType.COUNTRY).key if create else country_key

    def _stands_for_a_country(self, noun: Token) -> bool:
        """Whether "the country" (nation, kingdom, republic, state) stands for a country named
        before: after "the", with only adjectives or a region's name that do not make it another
        one ("the oil-rich kingdom", "the Gulf state"; not "a country", "the host country", "the
        neighbouring country", "the country of his birth"). A bare "the nation" is as often one's
        own; "the state" only with a proper adjective or a region ("the Jewish state", not "the
        southern state")."""
        lefts = list(noun.lefts)
        if not lefts or lefts[0].lower_ != "the" or any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children):
            return False
        modifiers = lefts[1:]
        for word in modifiers:
            key = self.entity[word.i]
            if word.dep_ not in {"amod", "compound"} or word.lower_ in _OTHER_COUNTRY_WORDS \
                    or gazetteer.country_by_demonym(word.text) or (key and self.entities[key].type is not EntityType.PLACE):
                return False
        if noun.lower_ in _HOME_NATION_NOUNS:
            return bool(modifiers)
        if noun.lower_ in _PROPERLY_MODIFIED_COUNTRY_NOUNS:
            return any(word.is_title for word in modifiers)
        return True

    def _resolve_own_country(self) -> None:
        """"Y was slandering his country", "invited X to visit her country": a country a person
        owns is the one whose office the person holds, when the article tells exactly one."""
        nouns = (self.pos == NOUN) & self._matching(self.lower, _HOMELAND_NOUNS)
        if not nouns.any():
            return
        for token in self._tokens(nouns):
            owners = [c for c in token.children if c.dep_ == "poss"]
            owner = self.entity[owners[0].i] if owners else None
            if self.entity[token.i] or owner is None or not owner.startswith("person:"):
                continue
            countries = {c.name for r in self.roles.get(owner, ()) if r.qualifier and (c := gazetteer.country_by_name(r.qualifier))}
            if len(countries) == 1:
                (name,) = countries
                self.entity[token.i] = self._entity_for("place:" + name_key(name), name, EntityType.COUNTRY).key
                self.via[token.i] = "role"

    def _resolve_the_city(self) -> None:
        """"a bilateral meeting in the city", "arrived in the capital": a bare "the city" (or
        "the town") stands for the city named last before it, "the capital" for the capital
        named last, or else the capital of the country named last, in its sentence or the two
        before ("the G20 Osaka summit" names its city)."""
        nouns = (self.pos == NOUN) & self._matching(self.lower, frozenset({"city", "town", "capital"}))
        if not nouns.any():
            return
        # a city, or a place the tagger calls a town or a state ("Bergen": no table knows it)
        cities = [i for i, key in enumerate(self.entity) if key and self.via[i] == "name" and (
            self.entities[key].type is EntityType.CITY
            or (self.entities[key].type is EntityType.PLACE and self.doc[i].ent_type_ == "GPE")
        )]
        for token in self._tokens(nouns):
            named = self._place_set_off_after(token) if not self.entity[token.i] else None
            if named is not None:
                # "flew to the new jungle capital, Y, for talks": the parser can miss the apposition
                self.entity[token.i], self.via[token.i] = named, "role"
                continue
            owner = self._country_owning(token) if token.lower_ == "capital" and not self.entity[token.i] else None
            if owner is not None and owner.capital and not any(c.dep_ in {"appos", "prep"} for c in token.children):
                # "arrived in Peru's capital", "the Pakistani capital": that country's capital city
                self.entity[token.i], self.via[token.i] = self._capital_of(owner).key, "role"
                continue
            # ("the national capital", "the federal capital": the country's own)
            lefts = [c.lower_ for c in token.lefts]
            if self.entity[token.i] or not (lefts == ["the"] or (token.lower_ == "capital" and lefts in (["the", "national"], ["the", "federal"]))) \
                    or any(c.dep_ in {"appos", "acl", "relcl"} or (c.dep_ == "prep" and c.lower_ == "of") for c in token.children):
                continue  # "the city of Z", "the capital, Z", "the city where ..." (not "the capital for talks")
            earlier = [i for i in cities if self._sentences_back(token.sent, _COUNTRY_DISTANCE) <= i < token.i and (
                token.lower_ != "capital" or gazetteer.country_of_capital(self.entities[self.entity[i]].label) is not None
            )]
            if earlier:
                self.entity[token.i], self.via[token.i] = self.entity[earlier[-1]], "role"
            elif token.lower_ == "capital" and (country := self._country_named_before(token)) is not None and country.capital:
                # "visited Norway ... talks in the capital": the country's capital city
                self.entity[token.i], self.via[token.i] = self._capital_of(country).key, "role"

    def _resolve_the_state(self) -> None:
        """"Y and Z visited the state", "when he visits the state tomorrow": a bare "the state" a
        trip goes to stands for the American state named last before it, in its sentence or the
        two before ("the state" of anything else is the polity, or no place at all)."""
        nouns = (self.pos == NOUN) & self._matching(self.lower, frozenset({"state"}))
        if not nouns.any():
            return
        states = [i for i in self._name_mentions()
                  if self.entities[self.entity[i]].type in _PLACE_TYPES and gazetteer.is_us_state(self.entities[self.entity[i]].label)]
        for token in self._tokens(nouns):
            if self.entity[token.i] or [c.lower_ for c in token.lefts] != ["the"] or list(token.rights):
                continue
            head = token.head
            travelled = (token.dep_ == "dobj" and head.lemma_.lower() in _GOES_TO) or (
                token.dep_ == "pobj" and head.lower_ in {"to", "across", "around"} and head.head.lemma_.lower() in _GOES_TO)
            earlier = [i for i in states if self._sentences_back(token.sent, _COUNTRY_DISTANCE) <= i < token.i]
            if travelled and earlier:
                self.entity[token.i], self.via[token.i] = self.entity[earlier[-1]], "role"

    def _resolve_the_landmark(self) -> None:
        """"visited the Kelby Shrine ... ministers visited the war-linked shrine": "the shrine"
        (temple, palace, stadium ...), with only adjectives before it, stands for the one place of
        that kind the article named before it ("Kelby Shrine"); not when it named two."""
        nouns = (self.pos == NOUN) & self._matching(self.lower, _LANDMARK_NOUNS)
        if not nouns.any():
            return
        named: dict[str, list[tuple[int, str]]] = defaultdict(list)  # noun -> (where, place key) of places so named
        for i in self._name_mentions():
            key = self.entity[i]
            entity = self.entities[key]
            last = entity.label.lower().split()[-1] if entity.label else ""
            if entity.type in _PLACE_TYPES and last in _LANDMARK_NOUNS:
                named[last].append((i, key))
        for token in self._tokens(nouns):
            lefts = list(token.lefts)
            if self.entity[token.i] or not lefts or lefts[0].lower_ != "the" or any(
                w.dep_ not in {"amod", "npadvmod", "advmod", "punct"} or w.pos_ == "PROPN" for w in lefts[1:]
            ) or any(c.dep_ in {"appos", "prep", "relcl", "acl"} and (c.dep_ != "prep" or c.lower_ == "of") for c in token.children):
                continue  # ("the shrine of Y", "the shrine, Y", "the Kelby shrine": named there)
            before = {key for i, key in named.get(token.lower_, ()) if i < token.i}
            if len(before) == 1:
                self.entity[token.i], self.via[token.i] = before.pop(), "role"

    def _place_set_off_after(self, noun: Token) -> str | None:
        """The city or town named by name right after a settlement noun's phrase and a comma ("the
        capital, Y"), when the parser hangs the name elsewhere; not a capital speaking as the
        subject of a verb ("arrived in the capital, Moscow said")."""
        after = noun.right_edge.i + 1
        if after + 1 >= len(self.doc) or self.doc[after].text != "," or noun.right_edge.i != noun.i:
            return None
        name = self.doc[after + 1]
        key = self.entity[name.i]
        if not key or self.via[name.i] != "name" or self.entities[key].type not in {EntityType.CITY, EntityType.PLACE}:
            return None
        root = name
        while root.head.i != root.i and self.entity[root.head.i] == key:
            root = root.head
        return None if root.dep_ in {"nsubj", "nsubjpass"} else key

    def _country_owning(self, noun: Token) -> gazetteer.Country | None:
        """The country a noun belongs to by a possessive or a demonym before it ("Peru's capital",
        "the Pakistani capital")."""
        for child in noun.children:
            if child.dep_ == "poss" and (key := self.entity[child.i]) and self.entities[key].type is EntityType.COUNTRY:
                return gazetteer.country_by_name(self.entities[key].label)
            if child.dep_ in {"amod", "compound"} and (country := gazetteer.country_by_demonym(child.text)) is not None:
                return country
            if child.dep_ == "compound" and (key := self.entity[child.i]) and self.entities[key].type is EntityType.COUNTRY:
                return gazetteer.country_by_name(self.entities[key].label)  # "the US capital"
        return None

    def _capital_of(self, country: gazetteer.Country) -> LocalEntity:
        """The article's entity for a country's capital city, the article naming it or not."""
        return self._entity_for("place:" + name_key(country.capital), country.capital, EntityType.CITY)

    def _country_named_before(self, token: Token) -> gazetteer.Country | None:
        """The country named by name last before ``token``, in its sentence or the two before."""
        for i in range(token.i - 1, self._sentences_back(token.sent, _COUNTRY_DISTANCE) - 1, -1):
            key = self.entity[i]
            if key and self.via[i] == "name" and self.entities[key].type is EntityType.COUNTRY:
                return gazetteer.country_by_name(self.entities[key].label)
        return None

    def _resolve_described_bodies(self) -> None:
        """"Rival suitor Harbourline upped its offer. The pan-European bourse said ...": "the"
        before a noun for a body ("bourse", "group", "carmaker"), with only descriptive words
        between, stands for the one organization that is a subject in its sentence before it, or
        else in the sentence before."""
        # the nouns of the bodies a bare "the party" stands for are left to _resolve_definite_bodies
        nouns = (self.pos == NOUN) & self._matching(self.lower, _describes_an_organization)
        for token in self._tokens(nouns):
            lefts = list(token.lefts)
            if self.entity[token.i] is not None or token.tag_ != "NN" or not lefts or lefts[0].lower_ != "the" \
                    or any(t.dep_ not in {"det", "amod", "compound", "punct"} or self.entity[t.i] for t in lefts):
                continue
            sent = token.sent
            found = self._subject_bodies(sent.start, token.i)
            if not found and sent.start > 0:
                previous = self.doc[sent.start - 1].sent
                found = self._subject_bodies(previous.start, previous.end)
            if not found and token.lower_ in _COMPANY_NOUNS:
                # "In an interview with the Guardian, the minister condemned the airline": the
                # business the article is about, when its sentence names no other one before it
                # but in an opening phrase ("one of the brothers behind Kelby Group said the firm
                # held talks": that one)
                lead = self._lead_organization(token.i)
                opening = self._opening_phrase_end(sent)
                others = {self.entity[i] for i in range(opening, token.i)
                          if self.entity[i] and self.entities[self.entity[i]].type is EntityType.ORGANIZATION}
                found = {lead} if lead and not others - {lead} else set()
            if token.lower_ in _COMPANY_NOUNS:
                # "HUJ official X said the company had ignored ...": a union is no company
                found = {key for key in found if not any(w.lower() in _NOT_BUSINESS_NOUNS for w in self.entities[key].label.split())}
            if len(found) == 1:
                self.entity[token.i], self.via[token.i] = found.pop(), "role"

    def _opening_phrase_end(self, sent: Span) -> int:
        """Where a sentence's opening phrase set off by a comma ends ("In an interview with the
        Guardian, ..."): the start of the clause after it, or the sentence's start if it has none."""
        root = sent.root
        opening = [c for c in root.lefts if c.dep_ in {"prep", "advcl", "npadvmod"} and c.i == sent.start]
        if not opening:
            return sent.start
        end = opening[0].right_edge.i + 1
        return end + 1 if end < sent.end and self.doc[end].is_punct else end

    def _lead_organization(self, before: int) -> str | None:
        """The organization the article names by name most often, more than once and more often
        than any other, if it names it before token ``before``."""
        named = [i for i in self._name_mentions() if self.entities[self.entity[i]].type is EntityType.ORGANIZATION]
        most = _named_most(Counter(self.entity[i] for i in named))
        return most if most is not None and any(self.entity[i] == most and i < before for i in named) else None

    def _name_mentions(self) -> list[int]:
        """Where each mention of an entity by its name starts, in order."""
        return [i for i, key in enumerate(self.entity)
                if key and self.via[i] == "name" and not (i > 0 and self.entity[i - 1] == key)]

    def _subject_bodies(self, start: int, end: int) -> set[str]:
        """The organizations named as subjects in [start, end) ("Harbourline bosses" counts, and so
        does the owner of a subject: "Kelby United's midfielder X hit out at the club")."""
        found = set()
        for i in range(start, end):
            key, token = self.entity[i], self.doc[i]
            if not key or self.via[i] != "name" or self.entities[key].type is not EntityType.ORGANIZATION:
                continue
            head = token.head if token.dep_ in {"compound", "appos"} else token
            while head.dep_ == "conj":  # "Harbourline and Kelby Bank raised their offers"
                head = head.head
            if head.dep_ == "poss":
                head = head.head
            if head.dep_ in {"nsubj", "nsubjpass"}:
                found.add(key)
        return found

    def _home_country(self) -> str | None:
        """The country an article names most often, by name, demonym ("British") or seat of
        government ("Downing Street"), when one clearly leads: its demonym."""
        counts = Counter()
        for i, key in enumerate(self.entity):
            seat = i in self.buildings
            if key and (self.via[i] == "name" or seat) and self.entities[key].type is EntityType.COUNTRY:
                if i == 0 or self.entity[i - 1] != key:
                    country = gazetteer.country_by_name(self.entities[key].label)
                    counts[country.name if country is not None else self.entities[key].label] += 1
        for ent in self.doc.ents:
            key = self.entity[ent.start]
            named_country = key and self.via[ent.start] == "name" and self.entities[key].type is EntityType.COUNTRY
            if ent.label_ == "NORP" and not named_country:
                country = gazetteer.country_by_demonym(ent[0].text)
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
        for i, key in enumerate(self.entity):
            if not (key and key.startswith("person:")) or self.via[i] != "name":
                continue
            if i and self.entity[i - 1] != key:
                gender = gender_of_word(self.doc[i - 1].text)
                if gender:
                    votes[key][gender] += 2
        for key, title in self.sole_titles.items():
            if (gender := gender_of_word(title)) is not None:
                votes[key][gender] += 2
        for key, words in self.person_names.items():
            label = self.entities[key].label.split()
            if len(label) > 1:
                gender = gender_of_word(label[0])
                if gender:
                    votes[key][gender] += 1
        self.genders = {key: count.most_common(1)[0][0] for key, count in votes.items() if len(count) == 1 or count.most_common(2)[0][1] > count.most_common(2)[1][1]}

    def _resolve_counterparts(self) -> None:
        """"A cancelled a meeting with her Norwegian counterpart": the one person the article gives
        A's office in the country the demonym names, wherever it names them (here, after)."""
        for token in self._tokens(self._matching(self.lower, frozenset({"counterpart"}))):
            if self.entity[token.i] is not None or token.dep_ in {"compound", "appos"} \
                    or any(c.dep_ == "appos" for c in token.children) or self._name_set_off_after(token) is not None:
                continue
            owner = next((c for c in token.children if c.dep_ == "poss"), None)
            principal = self.entity[owner.i] if owner is not None else None
            # (the tagger can take the demonym for a place's name, the parser for a compound)
            countries = {country.name for c in token.children if c.dep_ in {"amod", "compound"}
                         for country in [gazetteer.country_by_demonym(c.text)] if country is not None}
            # "her opposition counterpart", "his shadow counterpart": the office's shadow in the same country
            shadow = any(c.dep_ in {"amod", "compound"} and c.lower_ in _SHADOW_WORDS for c in token.children)
            if principal is None or len(countries) != 1 - shadow:
                continue
            if shadow:
                offices = [Role(f"shadow {r.title}", r.qualifier) for r in self.roles.get(principal, ()) if not r.title.startswith("shadow ")]
            else:
                (country,) = countries
                offices = [Role(r.title, country) for r in self.roles.get(principal, ())]
            holders = {key for key, roles in self.roles.items() if key != principal
                       and any(compatible(office, r) for office in offices for r in roles)}
            if len(holders) == 1:
                self.entity[token.i], self.via[token.i] = holders.pop(), "role"

    def _resolve_pronouns(self) -> None:
        pronouns = self._tokens(self._matching(self.lower, frozenset(_PERSONAL_PRONOUNS)) & (self.pos == PRON))
        quoted = self._inside_quotes()
        self.doc._.quoted = frozenset(quoted)
        if not pronouns:
            return
        sentences = list(self.doc.sents)
        sentence_of = np.cumsum(np.isin(np.arange(len(self.doc)), [s.start for s in sentences])) - 1
        quotations = self._quotations()
        bylines: dict[int, set[int]] = {}  # sentence index -> the persons in it named only as a byline's writer
        for token in pronouns:
            index = int(sentence_of[token.i])
            sent = sentences[index]
            speakers = set()
            if token.i in quoted:
                speakers = self._speakers(sent, quoted) | self._closing_speakers(token, quotations, sentences, sentence_of)
            if token.dep_ in {"dobj", "dative"}:
                # "Mr Berg accused him": an object pronoun is not its own clause's subject, nor that
                # of the verb its own is coordinated with ("X ended Y's role and accused him")
                verb = token.head
                while verb.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in verb.children):
                    verb = verb.head
                speakers |= self._subject_keys(verb)
                if verb.dep_ == "relcl" and any(c.dep_ == "nsubj" and c.tag_ in {"WP", "WDT"} for c in verb.children):
                    speakers |= {self.entity[verb.head.i]} - {None}  # "Y, who took him to Z": not Y
            elif token.dep_ == "nsubj" and token.head.dep_ == "relcl" and any(
                    c.dep_ in {"dobj", "dative"} and c.tag_ in {"WP", "WDT"} for c in token.head.children):
                # "Y, whom he criticized": the subject of a relative clause is not the one its
                # relative pronoun stands for as the object
                speakers |= {self.entity[token.head.head.i]} - {None}
            if token.dep_ in {"nsubj", "nsubjpass"}:
                # "After meeting Mr Lund, he flew to Oslo", "Seated beside Mr Berg, he said": the
                # subject of a clause is the one doing its participle, not who that one meets
                speakers |= self._objects_of_participles(token.head)
            # a person whose gender disagrees with the pronoun cannot be its antecedent
            speakers |= {k for k, g in self.genders.items() if g != _PERSONAL_PRONOUNS[token.lower_]}
            host = _greeting_on_arrival(token)
            if host is not None:
                # "X welcomed the president upon his arrival": not X's arrival
                speakers |= self._subject_keys(host)
            if self._speaker_unknown(token):
                continue
            antecedent = (self._object_answering(token, excluding=speakers) or self._possessive_repeated(token, sent, speakers)
                          or self._guest_arriving(token, speakers, host)
                          or self._object_of_main_clause(token, excluding=speakers)
                          or self._object_of_impersonal_act(token, excluding=speakers)
                          or self._principal_of_voice(token, excluding=speakers))
            if antecedent is None and token.i not in quoted:
                antecedent = self._own_clause_subject(token, excluding=speakers)
            # a person named inside a quotation is the speaker's subject, not the story's: outside
            # quotation marks, "he" goes past them to the one the article tells of ('"Berg has
            # failed," he said': not Berg)
            skipping = set() if token.i in quoted else quoted
            if antecedent is None:
                antecedent = self._subject_person(sent, before=token.i, excluding=speakers, skipping=skipping)
            if antecedent is None:
                antecedent = self._fronted_subject(sent, token)
                antecedent = None if antecedent in speakers else antecedent
            if antecedent is None:
                antecedent = self._speaker_going_on(token, sentences, index, excluding=speakers)
            back = index - 1
            while antecedent is None and back >= 0 and index - back <= _MAX_PRONOUN_DISTANCE:
                # (not the writer of a byline: "Nigel Morris reports. The premier warned ... as he signed";
                # read once a sentence: every pronoun in a sentence before this one has been read)
                if back not in bylines:
                    bylines[back] = {i for i in self._persons_in(sentences[back].start, sentences[back].end) if self._named_alone(i)}
                antecedent = self._subject_person(sentences[back], excluding=speakers, skipping=skipping | bylines[back]) \
                    or self._only_person(sentences[back], excluding=speakers, skipping=skipping | bylines[back])
                back -= 1
            if antecedent is not None:
                self.entity[token.i] = antecedent
                self.via[token.i] = "pronoun"

    def _speaker_going_on(self, token: Token, sentences: list[Span], index: int, excluding: set[str]) -> str | None:
        """"X said Y had not acted with neutrality. He also criticized Z": the subject of a verb of
        saying or criticizing, after a sentence that reports what someone said, is that speaker
        going on (not the subject of what was reported); so where the saying is a clause of that
        sentence ("The row began after Mexico backed a bid and X said Y had not ..."), when one
        person alone is a subject of saying there."""
        speech, going_on = saying_verbs()
        if token.dep_ != "nsubj" or token.head.lemma_.lower() not in going_on or index == 0 or token.i in self.doc._.quoted:
            return None
        root = sentences[index - 1].root
        if root.lemma_.lower() in speech:
            return self._only_person_among(_children_of(root, "nsubj"), excluding)
        sayings = [t for t in sentences[index - 1] if t.pos_ == "VERB" and t.lemma_.lower() in speech and t.i not in self.doc._.quoted]
        speakers = {key for t in sayings for s in _children_of(t, "nsubj")
                    if (key := self.entity[s.i]) and key.startswith("person:") and key not in excluding}
        return speakers.pop() if len(speakers) == 1 else None

    def _resolve_reflexives_between(self) -> None:
        """"the chancellor said Y was never at meetings between himself and the prime minister":
        a reflexive joined to another party after "between" stands for the one who says so (the
        subject of the verb of saying the phrase is reported under), or, said by no one, for the
        subject of its own clause; only a person of the reflexive's gender."""
        for token in self._tokens(self._matching(self.lower, frozenset(_REFLEXIVE_GENDERS))):
            gender = _REFLEXIVE_GENDERS[token.lower_]
            if self.entity[token.i] is not None:
                continue
            between = token.head if token.dep_ == "pobj" else token.head.head if token.dep_ == "conj" else None
            if between is None or between.lower_ != "between" or not (token.conjuncts or token.dep_ == "conj"):
                continue
            verb = self._clause_verb(between.head)
            while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
                verb = verb.head  # "was never present at meetings between ...": the copula
            above = verb
            # (through the clauses the reported one holds: "said that as Y was never at meetings
            # between himself and Z, Y was not in a position to judge")
            while above.dep_ in {"ccomp", "conj", "advcl"} and above.head.i != above.i \
                    and not (above.dep_ == "ccomp" and above.head.lemma_.lower() in _SPEECH_VERBS):
                above = above.head
            speaking = above.dep_ == "ccomp" and above.head.lemma_.lower() in _SPEECH_VERBS
            keys = self._subject_keys(above.head if speaking else verb)
            persons = [k for k in keys if k.startswith("person:") and self.genders.get(k, gender) == gender]
            if len(persons) == 1:
                self.entity[token.i], self.via[token.i] = persons[0], "pronoun"

    def _subject_keys(self, verb: Token) -> set[str]:
        """The entities a clause's subject names: its subjects, those joined to them, and the names
        set in apposition to them ("the President of the State, Y, received him")."""
        subjects = [s for c in _children_of(verb, "nsubj") for s in (c, *c.conjuncts)]
        # (a name set beside a subject that is no person's title is the parser's slip: "the outburst
        # from the commission president, Y, earned him a rebuke")
        subjects += [a for s in subjects if is_title_word(s.text) for a in _children_of(s, "appos")]
        return {key for s in subjects if (key := self.entity[s.i])}

    def _own_clause_subject(self, token: Token, excluding: set[str]) -> str | None:
        """"X ordered a reprimand after Y met Z during his visit": a possessive is first the
        person who is the subject of its own clause, named before it (not the main clause's)."""
        if token.dep_ != "poss":
            return None
        verb = self._clause_verb(token)
        subjects = _children_of(verb, "nsubj") + _children_of(verb, "nsubjpass")
        return self._only_person_among([s for s in subjects if s.i < token.i], excluding)

    def _objects_of_participles(self, verb: Token) -> set[str]:
        """The persons named as objects in the participle clauses with no subject of their own
        that modify ``verb`` ("Seated beside Mr Berg, ...", "After meeting Mr Lund, ...",
        "Greeted by Mr Lund, ...")."""
        clauses = [c for c in verb.children if c.dep_ == "advcl"]
        clauses += [p for prep in verb.children if prep.dep_ == "prep" for p in prep.children if p.dep_ == "pcomp"]
        found = set()
        for clause in clauses:
            if clause.tag_ not in {"VBG", "VBN"} or any(c.dep_ in {"nsubj", "nsubjpass"} for c in clause.children):
                continue
            found |= {key for t in clause.subtree if t.dep_ in {"dobj", "pobj"} and (key := self.entity[t.i]) and key.startswith("person:")}
        return found

    def _possessive_repeated(self, token: Token, sent: Span, excluding: set[str]) -> str | None:
        """"berated Y for his comments after his recent trip": a possessive that repeats the one
        before it in the sentence, with no person named between them, is the same person's."""
        if token.dep_ != "poss":
            return None
        for earlier in reversed(sent[: token.i - sent.start]):
            key = self.entity[earlier.i]
            if earlier.lower_ == token.lower_ and earlier.dep_ == "poss":
                return key if key and key not in excluding else None
            if key and key.startswith("person:"):
                return None
        return None

    def _object_answering(self, token: Token, excluding: set[str]) -> str | None:
        """"X criticised Y for his meeting with Z", "praised Y over her remarks": a possessive in the
        "for" or "over" phrase of a verb with a person as object is that person's, whose conduct
        the verb judges."""
        if token.dep_ != "poss" or token.head.dep_ != "pobj" or token.head.head.lower_ not in {"for", "over"}:
            return None
        verb = token.head.head.head
        if verb.pos_ == "VERB" and (answering := self._only_person_among(_children_of(verb, "dobj"), excluding)):
            return answering
        # "launched an attack on Y over his visit", "hit out at Y over his trip", "remarks made
        # against Y over his visit", "was angry with Y over his trip": the one the words are aimed
        # at, named before the possessive in the phrase the "over" hangs on (not "criticism from Y
        # over his visit": who faces it)
        aimed_at = [o for t in verb.subtree if t.i < token.i and t.dep_ == "prep"
                    and (t.lower_ in _AIMING_PREPOSITIONS or (t.lower_ == "with" and t.head.pos_ == "ADJ"))
                    for o in _children_of(t, "pobj")]
        return self._only_person_among(aimed_at, excluding)

    def _object_of_main_clause(self, token: Token, excluding: set[str]) -> str | None:
        """"X attacked Y, calling him a liar", "launched insults at Y, calling him weak": the object
        of a participle that goes on with the main clause's act is that clause's one person object."""
        verb = token.head
        if token.dep_ != "dobj" or verb.dep_ != "advcl" or verb.tag_ != "VBG" or any(c.dep_ == "nsubj" for c in verb.children):
            return None
        main = verb.head
        aimed_at = [o for p in _children_of(main, "prep") if p.lower_ in {"at", "on", "against"} for o in _children_of(p, "pobj")]
        return self._only_person_among(_children_of(main, "dobj") + aimed_at, excluding)

    def _object_of_impersonal_act(self, token: Token, excluding: set[str]) -> str | None:
        """"The strike that killed Y while he was in Iraq", "a bomb hit Y as she left": the subject
        of a clause of time on an act that no person does is that act's one person object."""
        verb = token.head
        if token.dep_ != "nsubj" or verb.dep_ != "advcl" \
                or not any(m.dep_ in {"advmod", "mark"} and m.lower_ in {"while", "when", "as"} for m in verb.children):
            return None
        act = verb.head
        subjects = _children_of(act, "nsubj")
        if act.pos_ != "VERB" or not subjects:
            return None
        if act.dep_ == "relcl" and subjects[0].lower_ in {"that", "which"}:
            subjects = [act.head]  # "the strike that killed Y": the strike acts
        # "that" and "which" stand for things (the parser can miss the relative clause)
        if any(self.entity[s.i] or s.pos_ == "PROPN" or (s.pos_ == "PRON" and s.lower_ not in {"that", "which"}) for s in subjects):
            return None
        return self._only_person_among(_children_of(act, "dobj"), excluding)

    def _guest_arriving(self, token: Token, excluding: set[str], host: Token | None) -> str | None:
        """"X greeted Y with a hug when he arrived in Z", "X welcomed Y upon his arrival" (``host``,
        from :func:`_greeting_on_arrival`): who arrives in a clause on a greeting is the one greeted."""
        if host is not None:
            return self._only_person_among(_children_of(host, "dobj"), excluding)
        verb = token.head
        if token.dep_ != "nsubj" or verb.lemma_.lower() not in _ARRIVING_VERBS or verb.dep_ != "advcl" \
                or not any(m.dep_ in {"advmod", "mark"} and m.lower_ in {"when", "as", "after"} for m in verb.children):
            return None
        host = verb.head
        if host.lemma_.lower() not in _GREETING_VERBS:
            return None
        return self._only_person_among(_children_of(host, "dobj"), excluding)

    def _only_person_among(self, tokens: list[Token], excluding: set[str]) -> str | None:
        """The one person that ``tokens`` name, unless it is one of ``excluding``."""
        found = {self.entity[t.i] for t in tokens if (self.entity[t.i] or "").startswith("person:")}
        return found.pop() if len(found) == 1 and not found & excluding else None

    @staticmethod
    def _reporting_verb(token: Token) -> Token | None:
        """The speech verb whose reported clause ``token`` is the subject of ("X said he ..."), if any."""
        clause = token.head
        if token.dep_ not in {"nsubj", "nsubjpass"} or clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in _SPEECH_VERBS:
            return None
        return clause.head

    def _speaker_unknown(self, token: Token) -> bool:
        """"An official said he had discussed it": "he" is the speaker, a title the article gave
        no one here, not someone named before (a spokesman's principal aside)."""
        speech = self._reporting_verb(token)
        return speech is not None and any(
            s.dep_ == "nsubj" and self.entity[s.i] is None and s.lemma_.lower() not in _VOICE_NOUNS and role_from_tokens([s]) is not None
            for s in speech.children
        )

    def _principal_of_voice(self, token: Token, excluding: set[str]) -> str | None:
        """"A spokesman for X said he would fly to Z": the subject of what an unnamed spokesperson
        reports is the person the spokesperson speaks for."""
        speech = self._reporting_verb(token)
        if speech is None:
            return None
        for voice in speech.children:
            if voice.dep_ != "nsubj" or self.entity[voice.i] is not None or voice.lemma_.lower() not in _VOICE_NOUNS:
                continue
            owners = [o for p in voice.children if p.dep_ == "prep" and p.lower_ == "for" for o in p.children if o.dep_ == "pobj"]
            owners += [c for c in voice.children if c.dep_ == "poss"]
            keys = {self.entity[o.i] for o in owners if (self.entity[o.i] or "").startswith("person:")} - excluding
            if len(keys) == 1:
                return keys.pop()
        return None

    def _resolve_body_pronouns(self) -> None:
        """"Lord Berg criticised the Harbour Party, accusing it of ...", "the Harbour Party said they
        ...": "it" and "they" outside quotations stand for the one organization, country (for
        "it") or group (for "they") that is a subject or an object earlier in the sentence, or
        else in the sentence before, when no other noun of the same number lies in between."""
        pronouns = self._tokens(self._matching(self.lower, frozenset(_BODY_PRONOUNS)) & (self.pos == PRON))
        quoted = self.doc._.quoted
        for token in pronouns:
            if self.entity[token.i] is not None:
                continue
            if token.i in quoted:
                self._resolve_quoted_body_possessive(token)
                continue
            plural = _BODY_PRONOUNS[token.lower_]
            if not plural and token.dep_ in {"nsubj", "nsubjpass", "expl"} and token.head.lemma_.lower() in _EXPLETIVE_HEADS \
                    and not _stance_of_subject(token.head):
                continue  # "it is clear that", "it seems" (not "it was disappointed with Y")
            sent = token.sent
            found, blocked = self._bodies_in(sent.start, token.i, plural)
            if not found and not blocked and sent.start > 0:
                previous = self.doc[sent.start - 1].sent
                found, blocked = self._bodies_in(previous.start, previous.end, plural, subjects_only=True)
            if token.dep_ == "dobj":
                # "X and Y cut ties with Z, accusing it of ...": an object pronoun is not its own
                # clause's subject (that would be "itself")
                found -= self._clause_subject_entities(token.head)
            # "..., who it accused of bias": a thing ("the visit") between cannot speak or accuse
            acts = token.dep_ == "nsubj" and token.head.lemma_.lower() in _AGENT_VERBS
            if len(found) == 1 and (acts or not blocked):
                self.entity[token.i], self.via[token.i] = found.pop(), "pronoun"

    def _resolve_quoted_body_possessive(self, token: Token) -> None:
        """'"The Harbour Party will continue with its evil programmes," X said': inside a quotation,
        a possessive "its" or "their" stands for the body that is the subject of its own clause."""
        if token.dep_ != "poss":
            return
        verb = token.head
        while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
            verb = verb.head
        found, _blocked = self._bodies_in(token.sent.start, token.i, _BODY_PRONOUNS[token.lower_])
        subjects = found & self._clause_subject_entities(verb)
        if len(subjects) == 1:
            self.entity[token.i], self.via[token.i] = subjects.pop(), "pronoun"

    def _clause_subject_entities(self, verb: Token) -> set[str]:
        """The entities that are the subject of ``verb``'s clause, or of the clause a participle or an
        infinitive without a subject of its own hangs on ("cut ties, accusing it"), with the
        names coordinated or in apposition with them."""
        while not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children) and verb.dep_ in {"advcl", "xcomp", "conj"}:
            verb = verb.head
        found: set[str] = set()
        listed = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
        while listed:  # the subjects and those coordinated or in apposition with them
            subject = listed.pop()
            if self.entity[subject.i] is not None:
                found.add(self.entity[subject.i])
            listed += [c for c in subject.children if c.dep_ in {"conj", "appos"}]
        return found

    def _bodies_in(self, start: int, end: int, plural: bool, subjects_only: bool = False) -> tuple[set[str], bool]:
        """The bodies named as a subject or an object in [start, end), and whether a noun of the
        pronoun's number comes after the last of them (it may be the antecedent instead)."""
        kinds = {EntityType.ORGANIZATION, EntityType.GROUP} if plural else {EntityType.ORGANIZATION, EntityType.COUNTRY}
        # an owner is named too: "X denied Y's claims and accused it of lying"
        roles = {"nsubj", "nsubjpass", "conj"} if subjects_only else {"nsubj", "nsubjpass", "dobj", "pobj", "conj", "poss"}
        found: set[str] = set()
        blocked = plural_noun = False
        for i in range(start, end):
            key = self.entity[i]
            token = self.doc[i]
            if key and self.entities[key].type in kinds and self.via[i] != "pronoun" and key not in self.voice_groups:
                # (not people of one kind, "medics": "they" after them is seldom all of them)
                # (not a country owning the body named: "Myanmar's junta said it ...")
                if token.dep_ in roles and not (token.dep_ == "poss" and self.entity[token.head.i] not in {None, key}):
                    found.add(key)
                    # (a body only in the phrase of a thing named before it leaves that thing the
                    # likelier antecedent: "blasted Y's trade agreement with Mexico, calling it ...")
                    inside_thing = token.dep_ == "pobj" and token.head.head.pos_ == "NOUN" and self.entity[token.head.head.i] is None
                    blocked = blocked and inside_thing
            elif key is None and token.pos_ in {"NOUN", "PROPN"} and token.dep_ in roles | {"attr", "appos"} \
                    and token.ent_type_ not in _NUMERIC_ENTITIES and (token.tag_ in {"NNS", "NNPS"}) == plural:
                blocked = True  # "the party rejected the plan, saying it ...": the plan, maybe
                plural_noun = plural
        # "checks people for TB if they come": "they" more likely stands for the people, wherever
        return found, blocked or plural_noun

    def _resolve_groups(self) -> None:
        """"The pair met on the platform", "the two men", "both leaders", "the two have teamed
        up": a noun (or "the two" or "both" as a subject) for two persons stands for the two persons named
        last, in its sentence before it or in the two sentences before that. So does a counted
        plural title for that many ("the four European leaders"), and "the leaders of A and B"
        for the one leader of each; "they" under such a noun's verb is the same group."""
        # ("Both Prime Ministers": the tagger can call a capitalized plural title a proper noun)
        plural_titles = self._matching(self.lower, is_plural_title) & np.isin(self.tag, [hash_string("NNS"), hash_string("NNPS")])
        pair_words = self._matching(self.lemma_lower, _PAIR_WORDS)
        # ("Both billionaires held talks": the tagger can take a plural noun for a verb in the third person)
        misread = pair_words & (self.pos == VERB) & (self.tag == hash_string("VBZ"))
        nouns = (pair_words & (self.pos == NOUN)) | (plural_titles & np.isin(self.pos, [NOUN, PROPN])) | misread
        twos = self._matching(self.lower, frozenset({"two"})) & (self.pos == NUM)
        boths = self._matching(self.lower, frozenset({"both"})) & (self.pos == PRON)
        eaches = self._matching(self.lower, frozenset({"each"}))  # (the tagger calls it a determiner or a pronoun)
        for token in self._tokens(nouns | twos | boths | eaches):
            # ("the Russian and Chinese leaders" is a group's name too, which the two persons it
            # stands for say better)
            if self.entity[token.i] is not None and not (self.entity[token.i].startswith("group:") and self._countries_before(token)):
                continue
            # "the governors had another meeting": a plural title no word for a pair stands only for
            # a list of persons a plural title gave their office ("Governors A and B")
            singular = token.lemma_.lower() if token.tag_ != "NNPS" else token.lower_.removesuffix("s")
            listed_only = token.pos in {NOUN, PROPN} and singular not in _PAIR_WORDS
            if token.lower_ == "each":
                # "Each has criticized the other": the two named last, when the verb's object is the other
                if token.dep_ != "nsubj" or list(token.children) or not any(
                        o.lower_ == "other" for o in token.head.children if o.dep_ in {"dobj", "pobj"}):
                    continue
            elif token.pos == NUM:
                if token.dep_ not in {"nsubj", "nsubjpass"} or not any(c.lower_ == "the" for c in token.lefts):
                    continue
            elif token.pos == PRON:
                if token.dep_ not in {"nsubj", "nsubjpass"} or list(token.children):
                    continue  # "Both are expected to attend": the two named last, as "the two"
            elif token.tag_ in _PLURAL_TAGS and (of_countries := self._countries_after_of(token) or self._countries_before(token)):
                # "the leaders of Japan, China and South Korea", "the Russian and Chinese presidents":
                # the one holder of that office in each country the article names, if every country has one
                holders = [self._only_holder(token, country) for country in of_countries]
                if len(holders) >= 2 and None not in holders:
                    self.groups[token.i] = tuple(holders)
                continue
            elif token.tag_ in _PLURAL_TAGS and (count := self._counted(token)) > 2:
                # "the four European leaders": the last four persons named, in its sentence before it
                # or in the two sentences before, who hold the title it asks for
                group = (None if listed_only else self._last_persons(token, count)) or self._listed_after(token, count)
                if group is not None:
                    self.groups[token.i] = group
                continue
            elif token.tag_ in _PLURAL_TAGS and (asked := self._definite_plural_title(token)) is not None:
                # "where the presidents met": the two holders of the title, if the article has two;
                # "the U.S. senators met Y": all of them, if one plural title named them in one list
                holders = self._title_holders_before(token, asked)
                if asked.qualifier is not None and len(holders) < 2:
                    # "Senators A, B and C ... the U.S. senators": holders whose country was not said
                    unsaid = self._title_holders_before(token, Role(asked.title, None))
                    holders = [k for k in unsaid if all(r.qualifier in {None, asked.qualifier} for r in self.roles[k])]
                listed = set(holders) <= self.listed_under_title and self._listed_together(holders)
                if (len(holders) == 2 and not listed_only) or (len(holders) >= 2 and listed):
                    self.groups[token.i] = tuple(reversed(holders))
                continue
            elif listed_only or not self._is_pair_noun(token):
                continue
            # "The pair would hold talks with A and B": those the pair's own clause names later are
            # the others at the talks, not the pair
            others = {self.entity[i] for i in self._persons_in(token.i + 1, token.sent.end)
                      if _in_clause_of(self.doc[i], token.head)} if token.dep_ in {"nsubj", "nsubjpass"} else set()
            if token.dep_ in {"dobj", "pobj"}:
                # "X also had talks with the two superpower leaders": the pair is others than X
                others |= self._subject_keys(self._clause_verb(token))
            last = [key for key in self._persons_named_last(token) if key not in others]
            # "Mr A and Mr B ... travelled to Cairo for separate talks with C. The two leaders last
            # met in Lisbon": two persons joined as the subject of the sentence before are the pair
            # (a foreign minister and a president are "the two leaders"; "the two presidents" must
            # both be presidents)
            joined = self._subject_pair_before(token)
            asked = self._title_asked(token) if token.pos == NOUN else None
            if joined is not None and not others & set(joined) and (
                    asked is None or asked.title == "leader" or all(self._holds(key, asked) for key in joined)):
                self.groups[token.i] = joined
                continue
            # "The two ministers will hold talks, spokeswoman C said. The two met recently": the
            # pair told of just before, while fewer than two others have been named since
            told = self._pair_told_before(token)
            if told is not None and asked is None and not others & set(told):
                self.groups[token.i] = told
                continue
            # "May and her husband, Philip, ... Xi and his wife, Peng. The pair met": the principals
            spouses = self._spouses()
            last = [key for key in last if spouses.get(key) not in last]
            if asked is not None:
                # "the two presidents": two who are presidents, named lately or else in the article
                last = [key for key in last if self._holds(key, asked)]
                holders = self._title_holders_before(token, asked)
                last = last if len(last) >= 2 else holders if len(holders) == 2 else []
            if len(last) >= 2:
                self.groups[token.i] = (last[1], last[0])
        for token in self._tokens(self._matching(self.lemma_lower, _PAIRED_COUNTRY_NOUNS) & (self.pos == NOUN)):
            # "Both nations have accused each other", "the two countries": the two countries named
            # last, in its sentence before it or in the two sentences before that
            if self.entity[token.i] is None and token.i not in self.groups and self._is_pair_noun(token):
                countries = self._countries_named_last(token)
                if len(countries) >= 2:
                    self.groups[token.i] = (countries[1], countries[0])
        for token in self._tokens(self._matching(self.lower, frozenset({"they"}))):
            # "The two presidents greeted each other when they met": "they" in a clause under
            # the pair's verb is the pair
            pair = next((p for p in token.sent if p.i < token.i and p.i in self.groups and p.head in token.ancestors), None)
            if pair is not None and token.dep_ in {"nsubj", "nsubjpass"} and self.entity[token.i] is None:
                self.groups[token.i] = self.groups[pair.i]
            elif token.i not in self.groups and self.entity[token.i] is None:
                persons = self._subjects_before(token) or self._listed_subjects_above(token)
                if len(persons) == 1:
                    self.entity[token.i], self.via[token.i] = persons[0], "pronoun"
                elif persons:
                    self.groups[token.i] = tuple(persons)
        for token in self._tokens(self._matching(self.lower, frozenset({"their"}))):
            # "After their meeting in Z, A and B said ...", "A and B said their talks went well":
            # "their" owning a noun in the clause of a list of persons is all of them
            if token.i not in self.groups and self.entity[token.i] is None and token.dep_ == "poss" \
                    and token.i not in self.doc._.quoted and len(persons := self._persons_listed_as_owners(token)) >= 2:
                self.groups[token.i] = tuple(persons)

    def _subject_pair_before(self, token: Token) -> tuple[str, str] | None:
        """The two persons joined by "and" as a subject ("Mr A and Mr B travelled ...") in the
        last sentence before ``token`` that names a person, in the order named; None when that
        sentence has no such subject."""
        start = token.sent.start
        persons: list[int] = []
        while start > 0 and not persons:
            start = self.doc[start - 1].sent.start
            persons = self._persons_in(start, self.doc[start].sent.end)
        for i in persons:
            first = self.doc[i]
            joined = [c for c in first.children if c.dep_ == "conj"]
            if first.dep_ not in {"nsubj", "nsubjpass"} or len(joined) != 1 or any(c.dep_ == "conj" for c in joined[0].children):
                continue  # two, not three or more
            other = self.entity[joined[0].i]
            if other is not None and other.startswith("person:") and other != self.entity[i]:
                return self.entity[i], other
        return None

    def _spouses(self) -> dict[str, str]:
        """Each person the article introduces as someone's spouse ("Xi and his wife, Peng",
        "May's husband Philip"), with that someone: person key -> person key."""
        if self._spouse_of is None:
            self._spouse_of = {}
            for token in self._tokens(self._matching(self.lower, _SPOUSE_NOUNS) & (self.pos == NOUN)):
                owner = next((self.entity[c.i] for c in token.children if c.dep_ == "poss"), None)
                named = [c for c in token.children if c.dep_ == "appos"] + ([token.head] if token.dep_ == "compound" else [])
                for name in named:
                    key = self.entity[name.i]
                    if owner and key and key != owner and key.startswith("person:"):
                        self._spouse_of[key] = owner
            for lady in self._tokens(self._matching(self.lower, frozenset({"lady"}))):
                # "President X and first lady Y": the first lady joined to the one she is married to
                if lady.dep_ != "compound" or not any(c.lower_ == "first" for c in lady.children):
                    continue
                name = lady.head
                partners = ([name.head] if name.dep_ == "conj" else []) + [c for c in name.children if c.dep_ == "conj"]
                key = self.entity[name.i]
                owners = [self.entity[p.i] for p in partners if (self.entity[p.i] or "").startswith("person:")]
                if key and key.startswith("person:") and len(owners) == 1 and owners[0] != key:
                    self._spouse_of[key] = owners[0]
        return self._spouse_of

    def _resolve_spouses(self) -> None:
        """"President X and his wife Y arrived ... the president and his wife visited Z": a spouse
        named by no name, of a person the article gave exactly one spouse by name (or who was named
        as someone's spouse: "his wife Y ... she criticised her husband"), is that spouse, when the
        two act together (coordinated, or the spouse acting alone) or one acts on the other; not
        "after dinner with his wife": a family meal is no meeting. With no spouse named, the one
        other person the article names with the owner's surname ("Anna Berg ... she criticised her
        husband", Tomas Berg named before)."""
        for token in self._tokens(self._matching(self.lower, _SPOUSE_NOUNS) & (self.pos == NOUN)):
            owner = next((self.entity[c.i] for c in token.children if c.dep_ == "poss"), None)
            if self.entity[token.i] or owner is None or any(c.dep_ in {"appos", "compound"} for c in token.children) \
                    or token.dep_ == "compound" or token.i + 1 < len(self.doc) and self.entity[token.i + 1]:
                continue  # ("his wife, Y", "his wife Y": named there)
            if token.dep_ not in {"conj", "nsubj", "nsubjpass", "dobj"}:
                continue  # (one's spouse as an object is whom one acts on: "criticised her husband")
            spouses = [key for key, of in self._spouses().items() if of == owner]
            if not spouses and owner in self._spouses():
                spouses = [self._spouses()[owner]]  # "his wife Y ... she criticised her husband": him
            if not spouses and owner not in self._spouses():
                spouses = self._same_surname(owner)
            if len(spouses) == 1:
                self.entity[token.i], self.via[token.i] = spouses[0], "role"

    def _same_surname(self, key: str) -> list[str]:
        """The other persons named with two words or more ("Tomas Berg", "Mrs Berg") whose last word
        is the last of ``key``'s name (none for a one-word name)."""
        words = self.entities[key].label.split()
        if len(words) < 2:
            return []
        return [other for other, entity in self.entities.items() if other != key and other.startswith("person:")
                and len(entity.label.split()) >= 2 and entity.label.split()[-1] == words[-1]]

    def _subjects_before(self, they: Token) -> list[str]:
        """"X and Y met on Monday. They agreed ...", "X and her delegation landed. They were
        greeted by ...": "they" opening a sentence, outside quotations, stands for the persons
        coordinated as the subject of the sentence before, when every one of them is a named
        person or a noun owned by one ("her delegation"); none otherwise."""
        doc = self.doc
        sent = they.sent
        if they.i != sent.start or they.dep_ not in {"nsubj", "nsubjpass"} or sent.start == 0 or they.i in doc._.quoted:
            return []
        root = doc[sent.start - 1].sent.root
        # a sentence the parser gave no verb ("X and her delegation disembarked ...") has its
        # subject as its root
        subjects = [c for c in root.children if c.dep_ in {"nsubj", "nsubjpass"}] if root.pos_ in {"VERB", "AUX"} else [root]
        if len(subjects) != 1:
            return []
        members = [subjects[0], *subjects[0].conjuncts]
        named_apart = [a for a in subjects[0].children if a.dep_ == "appos" and a.i > subjects[0].i and self.entity[a.i]]
        if named_apart and any(c.dep_ == "cc" and c.lower_ == "and" for c in subjects[0].children):
            # "X and South African counterpart Y have held talks": the parser can make Y an apposition
            # of X, and the title before Y the conjunct
            members = [m for m in members if self.entity[m.i] or not (can_end_title(m.text) or m.lower_ == "counterpart")] \
                + named_apart
        persons = [self.entity[m.i] for m in members
                   if self.entity[m.i] and self.entities[self.entity[m.i]].type in _LISTED_TYPES]
        for member in members:
            key = self.entity[member.i]
            owners = [self.entity[c.i] for c in member.children if c.dep_ == "poss"]
            if not (key in persons or (key is None and member.pos == NOUN and owners and owners[0] in persons)):
                return []
        return list(dict.fromkeys(persons))

    def _listed_subjects_above(self, they: Token) -> list[str]:
        """"A, B and C announced they were cutting ties, as they accused Z": "they" as the subject
        of a clause under a verb whose subject is a list of two or more named persons, countries or
        bodies stands for all of them."""
        if they.dep_ not in {"nsubj", "nsubjpass"} or they.i in self.doc._.quoted:
            return []
        for verb in they.ancestors:
            subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i < they.i]
            if not subjects:
                continue
            # "Saudi Arabia, Egypt, Bahrain and the UAE": the parser can read the rest of a list as
            # an apposition to its first member
            members = [subjects[0], *subjects[0].conjuncts]
            members += [m for a in subjects[0].children if a.dep_ == "appos" and self.entity[a.i] for m in (a, *a.conjuncts)]
            keys = [self.entity[m.i] for m in members]
            if len(keys) < 2 or not all(keys) or any(self.entities[k].type not in _LISTED_TYPES for k in keys):
                return []
            return list(dict.fromkeys(keys))
        return []

    def _persons_listed_as_owners(self, their: Token) -> list[str]:
        """The persons coordinated as the subject of the first clause above a possessive "their"
        that has a subject of its own (not the phrase "their" is in), when two or more named persons
        are listed there and nothing else, or the subject is a noun for a group of them ("the two
        leaders"); none otherwise."""
        for verb in their.ancestors:
            if verb.pos_ not in {"VERB", "AUX"}:
                continue
            # (not the phrase "their" is in: "A and B said their talks went well")
            subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} and their not in c.subtree]
            if subjects:
                members = [subjects[0], *subjects[0].conjuncts]
            elif not (members := self._list_run_into_adverbial(verb) if verb.dep_ == "ROOT" else []):
                continue
            if len(members) == 1 and members[0].i in self.groups:
                return list(self.groups[members[0].i])  # "the two leaders said their talks went well"
            keys = [self.entity[m.i] for m in members]
            if len(keys) < 2 or not all(keys) or any(self.entities[k].type is not EntityType.PERSON for k in keys):
                return []
            return list(dict.fromkeys(keys))
        return []

    def _list_run_into_adverbial(self, verb: Token) -> list[Token]:
        """"After their meeting in Z, A and B said": the parser can join the subject's names to the
        opening phrase's last noun as its conjuncts, leaving the verb with no subject. The named
        persons so joined right before the verb, when two or more are."""
        names: list[Token] = []
        token = self.doc[verb.i - 1] if verb.i > 0 else None
        while token is not None and token.dep_ == "conj" and self.entity[token.i] and token.pos_ == "PROPN":
            names.insert(0, token)
            token = token.head
        return names if len(names) >= 2 else []

    @staticmethod
    def _counted(token: Token) -> int:
        """The number a plural noun is counted with ("the four leaders": 4), else 0."""
        for child in token.children:
            if child.dep_ == "nummod":
                return _NUMBER_WORDS.get(child.lower_, int(child.text) if child.text.isdigit() else 0)
        return 0

    def _last_persons(self, token: Token, count: int) -> tuple[str, ...] | None:
        """The ``count`` distinct persons named last before ``token`` (in its sentence or the two
        before) who hold the title the noun asks for, in the order named; None when fewer are."""
        asked = self._title_asked(token)
        last = [key for key in self._persons_named_last(token) if asked is None or self._holds(key, asked)]
        return tuple(reversed(last[:count])) if len(last) >= count else None

    def _resolve_former_and_latter(self) -> None:
        """"Y refused to apologise to X, as the latter demanded": "the latter" is the second of
        the two persons named last, "the former" the first (not "the former president")."""
        for token in self._tokens(self._matching(self.lower, frozenset({"former", "latter"}))):
            if self.entity[token.i] is not None or token.dep_ in {"amod", "compound"} or not any(
                c.dep_ == "det" and c.lower_ == "the" for c in token.children
            ):
                continue
            last = self._persons_named_last(token, by_name=True)  # "the former praised her, and the latter ..."
            if len(last) >= 2:
                self.entity[token.i] = last[0] if token.lower_ == "latter" else last[1]
                self.via[token.i] = "pronoun"

    def _persons_named_last(self, token: Token, by_name: bool = False) -> list[str]:
        """The distinct persons named before ``token``, in its sentence or the two before, the
        latest first; with ``by_name``, only those named by a name (not by a pronoun or a title)."""
        return self._named_last(token, lambda i: self.entity[i].startswith("person:") and (not by_name or self.via[i] == "name"))

    def _named_last(self, token: Token, wanted: Callable[[int], bool]) -> list[str]:
        """The distinct entities named before ``token``, in its sentence or the two before, at the
        positions ``wanted`` accepts, the latest first."""
        last: list[str] = []
        for i in range(token.i - 1, self._sentences_back(token.sent, _PAIR_DISTANCE) - 1, -1):
            key = self.entity[i]
            if key is not None and key not in last and wanted(i):
                last.append(key)
        return last

    @staticmethod
    def _title_asked(token: Token) -> Role | None:
        """The title a plural noun asks for ("presidents": President; "Prime Ministers", which the
        tagger can leave unlemmatized: Prime Minister), or None ("men")."""
        found = find_title([token.lemma_.lower()])
        if found is None and token.tag_ == "NNPS":
            return role_from_plural_title([t for t in token.lefts if t.dep_ == "compound"] + [token])
        return Role(found[2], None) if found is not None else None

    def _countries_after_of(self, token: Token) -> list[str]:
        """The countries of "of A, B and C" after a plural noun, when every member names one."""
        members = [m for o in token.children if o.dep_ == "prep" and o.lower_ == "of"
                   for p in o.children if p.dep_ == "pobj" for m in (p, *p.conjuncts)]
        keys = [self.entity[m.i] for m in members]
        if len(keys) < 2 or not all(key and self.entities[key].type is EntityType.COUNTRY for key in keys):
            return []
        return [self.entities[key].label for key in keys]

    def _countries_before(self, token: Token) -> list[str]:
        """The countries of "the Russian and Chinese presidents", "Kazakh, Uzbek presidents": two
        or more, named by a list of demonyms or names before a plural noun, each naming one."""
        members = [m for c in token.lefts if c.dep_ in {"amod", "compound", "nmod"} for m in (c, *c.conjuncts)]
        countries = []
        for member in members:
            key = self.entity[member.i] or ""
            country = gazetteer.country_by_name(self.entities[key].label) if key.startswith("place:") \
                else gazetteer.country_by_demonym(member.text)
            if country is None:
                return []
            countries.append(country.name)
        return list(dict.fromkeys(countries)) if len(set(countries)) >= 2 else []

    def _only_holder(self, token: Token, country: str) -> str | None:
        """The one person in the article whose office, of the title ``token`` asks for (any
        leader's for "leaders"), belongs to ``country``; None when none or several do."""
        asked = self._title_asked(token)
        if asked is None:
            return None
        asked = Role(asked.title, country)
        found = {key for key, roles in self.roles.items() if any(compatible(asked, r) for r in roles)}
        return found.pop() if len(found) == 1 else None

    def _holds(self, key: str, asked: Role) -> bool:
        """Whether the person ``key`` holds a role the title ``asked`` fits."""
        return any(compatible(asked, role) for role in self.roles.get(key, ()))

    def _title_holders_before(self, token: Token, asked: Role) -> list[str]:
        """"The two presidents" far from their names: the persons named before ``token`` who hold
        the role ``asked``, the latest first."""
        holders: list[str] = []
        for i in reversed(self._persons_in(0, token.i)):
            key = self.entity[i]
            if key not in holders and self._holds(key, asked):
                holders.append(key)
        return holders

    def _definite_plural_title(self, token: Token) -> Role | None:
        """The role a plural title after "the" asks for, with the country a name or demonym in it
        gives ("the U.S. senators": Senator of the United States, "the foreign ministers"); None
        for any other words before it ("the new senators") or a noun that is no title."""
        lefts = list(token.lefts)
        if not lefts or lefts[0].lower_ != "the" or not all(names_a_qualifier(t.text) or is_title_word(t.text) for t in lefts[1:]):
            return None
        return role_from_plural_title([*lefts[1:], token])

    def _listed_together(self, keys: list[str]) -> bool:
        """Whether the persons ``keys`` are all named in one list, and no one else is in it
        ("Senators A, B and C")."""
        wanted = set(keys)
        return any(self.entity[i] in wanted and self.doc[i].dep_ != "conj"
                   and {self.entity[m.i] for m in (self.doc[i], *self.doc[i].conjuncts)} == wanted
                   for i in range(len(self.doc)) if self.via[i] == "name")

    def _listed_after(self, token: Token, count: int) -> tuple[str, ...] | None:
        """"Three U.S. senators visited Taiwan. The delegation including Senators A, B and C ...":
        the ``count`` persons listed together in the two sentences after ``token``'s, all holding
        the title it asks for; None when no such list is there."""
        asked = self._title_asked(token)
        end = token.sent.end
        for _ in range(2):
            end = self.doc[end].sent.end if end < len(self.doc) else end
        for i in range(token.sent.end, end):
            first = self.doc[i]
            if self.via[i] != "name" or first.dep_ == "conj" or not first.conjuncts:
                continue
            keys = list(dict.fromkeys(self.entity[m.i] for m in (first, *first.conjuncts)))
            if len(keys) == count and all(k and k.startswith("person:") and asked is not None and self._holds(k, asked) for k in keys):
                return tuple(keys)
        return None

    @staticmethod
    def _is_pair_noun(token: Token) -> bool:
        lefts = {c.lower_ for c in token.lefts}
        if token.lemma_.lower() in _PAIR_NOUNS:
            return token.tag_ == "NN" and "the" in lefts
        plural = token.tag_ in _PLURAL_TAGS or (token.tag_ == "VBZ" and token.dep_ in {"nsubj", "nsubjpass", "dobj", "pobj"})
        return plural and ("both" in lefts or {"the", "two"} <= lefts)

    def _inside_quotes(self) -> set[int]:
        """Indices of the tokens between quotation marks, across sentences."""
        return {i for start, end in self._quotations() for i in range(start, end)}

    def _quotations(self) -> list[tuple[int, int]]:
        """The [start, end) token ranges between quotation marks, in order."""
        doc = self.doc
        strings = doc.vocab.strings
        marks = np.isin(self.lower, [strings.add(q) for q in ("“", "”", '"')])
        found, open_at = [], None
        for i in np.flatnonzero(marks | self._matching(self.lower, _is_line_break)).tolist():
            text = doc[i].text
            if text in {"“", "”", '"'}:
                opening = text == "“" or (text == '"' and self._opens_quote(i, open_at is None))
                if open_at is not None:
                    found.append((open_at, i))
                open_at = i + 1 if opening else None
            elif open_at is not None:  # a quotation does not run over a paragraph break here
                found.append((open_at, i))
                open_at = None
        if open_at is not None:
            found.append((open_at, len(doc)))
        return [(start, end) for start, end in found if end > start]

    def _resolve_ages(self) -> None:
        """"Chris Varnay won in Kelby. The 23-year-old has a minor injury": "the N-year-old" is
        the person a sentence before has as its subject (or its only person). Its own sentence is
        not searched: "Varnay said the 23-year-old ..." speaks of someone else."""
        sentences = None
        for token in self._tokens(self._matching(self.lower, _OLD)):
            words = [t.lower_ for t in self.doc[max(0, token.i - 5) : token.i]]
            if words[:1] != ["the"] or words[2:] != ["-", "year", "-"] or not self.doc[token.i - 4].like_num \
                    or self.entity[token.i] is not None or token.dep_ == "appos" \
                    or (token.dep_ == "amod" and token.head.i > token.i):
                # not "the 23-year-old", or "Varnay, the 23-year-old,": named there; or "the
                # 79-year-old Zimbabwean leader": an age that describes a noun
                continue
            if sentences is None:
                sentences = list(self.doc.sents)
            index = next(n for n, sent in enumerate(sentences) if sent.start <= token.i < sent.end)
            antecedent, back = None, index - 1
            while antecedent is None and back >= 0 and index - back <= _MAX_PRONOUN_DISTANCE:
                antecedent = self._subject_person(sentences[back]) or self._only_person(sentences[back])
                back -= 1
            if antecedent is not None:
                self.entity[token.i], self.via[token.i] = antecedent, "role"

    def _resolve_first_person(self) -> None:
        """"Varnay added: "I will be meeting them on Wednesday."": "I", "me", "my" (and "we" as a
        subject) in a quotation stand for its speaker, the one person the sentences around it have as
        the subject of a speech verb outside the quotation."""
        pronouns = self._matching(self.lower, frozenset(_FIRST_PERSON)) & (self.pos == PRON)
        for we in self._tokens(self._matching(self.lower, _FIRST_PERSON_PLURAL)):
            pronouns[we.i] = we.dep_ == "nsubj"  # (the dependency read for these words only, not the whole article)
        if not pronouns.any():
            return
        quotations = self._quotations()
        quoted = self.doc._.quoted
        for start, end in quotations:
            inside = [i for i in range(start, end) if pronouns[i] and self.entity[i] is None]
            if not inside:
                continue
            doc = self.doc
            # the sentences of the opening mark, of the word before it ("X said: / "I ...") and of the closing mark
            sentences = {doc[i].sent for i in (start - 1, start - 2, end) if 0 <= i < len(doc)}
            speakers = {
                self.entity[t.i] for sent in sentences for t in sent
                if t.i not in quoted and t.dep_ == "nsubj" and t.head.lemma_ in _SPEECH_VERBS
                and (self.entity[t.i] or "").startswith("person:")
            }
            if len(speakers) == 1:
                speaker = speakers.pop()
                for i in inside:
                    self.entity[i], self.via[i] = speaker, "pronoun"

    def _opens_quote(self, i: int, default: bool) -> bool:
        """Whether the straight quotation mark at ``i`` opens a quotation: one with a space before
        and a word right after opens, one stuck to the word before and followed by a space closes,
        whatever came before. A quotation that runs over paragraphs reopens at each one without
        being closed ("... Varnay. "Kelby ..."), and a paragraph break lost in cleaning leaves
        only the spacing to tell."""
        doc = self.doc
        space_before = i == 0 or bool(doc[i - 1].whitespace_) or doc[i - 1].is_space
        space_after = bool(doc[i].whitespace_) or i + 1 == len(doc) or doc[i + 1].is_space
        if space_before != space_after:
            return space_before
        return default

    def _fronted_subject(self, sent: Span, pronoun: Token) -> str | None:
        """"During her visit to Japan, Maria Kovacs said": a pronoun in a phrase put before the
        subject refers forward to that subject; so in a reported clause ('"During his visit, X
        invited Y," the agency said')."""
        for root in [sent.root, *(a for a in pronoun.ancestors if a.dep_ == "ccomp" and a.head.i == sent.root.i)]:
            key = self._subject_after_fronted(root, pronoun, sent)
            if key is not None:
                return key
        return None

    def _subject_after_fronted(self, root: Token, pronoun: Token, sent: Span) -> str | None:
        """The person subject of ``root``'s clause that ``pronoun``, in a phrase fronted before that
        subject, refers forward to; None when the pronoun is not in such a phrase."""
        subjects = [c for c in root.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i > pronoun.i]
        if not subjects:
            return None
        # ("Ahead of his trip, X said": the parser makes "ahead" an adverb with the phrase under it)
        fronted = [c for c in root.children if c.dep_ in {"prep", "advcl", "npadvmod", "advmod"} and c.i < subjects[0].i]
        # a subject pronoun refers forward only from inside a participle whose own subject is the
        # main clause's ("Speaking when he met Y, X said"; not "When he landed, Y greeted him")
        participles = [c for c in fronted if c.dep_ == "advcl" and c.tag_ in {"VBG", "VBN"} and not any(k.dep_ in {"nsubj", "nsubjpass"} for k in c.children)]
        # (the parser can hang "when he ..." beside the participle rather than under it)
        beside = {c.right_edge.i + 1 for c in participles}
        if pronoun.dep_ in {"nsubj", "nsubjpass"} and not any(pronoun.i in {t.i for t in c.subtree} for c in participles) \
                and not (pronoun.head.dep_ == "advcl" and pronoun.head.left_edge.i in beside):
            return None
        opening = sent[0] if sent[0].pos_ == "ADP" else None
        # "In her speech to lawmakers gathered in Z, X said": the parser can hang the opening
        # phrase on a participle after it; the phrase the sentence opens with is fronted all the same
        in_opening = opening is not None and pronoun.head.dep_ == "pobj" and pronoun.head.head.i == opening.i
        if not in_opening and not any(pronoun.i in {t.i for t in c.subtree} for c in fronted):
            return None
        key = self.entity[subjects[0].i]
        return key if key and key.startswith("person:") else None

    def _resolve_visiting_guests(self) -> None:
        """"the visiting dignitary", "the guest": the person the article told of last, within a
        few sentences, as coming (arriving, visiting, on a visit, received, welcomed)."""
        for token in self._tokens(self._matching(self.lemma_lower, _GUEST_NOUNS)):
            definite = any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)
            # ("the dignitary" alone may be anyone of rank; "the visiting dignitary" came)
            coming = token.lemma_.lower() != "dignitary" or any(c.lower_ == "visiting" for c in token.children)
            if self.entity[token.i] or token.tag_ != "NN" or not definite or not coming:
                continue
            # (a guest is told of farther back than a pronoun's antecedent: the article is about the visit)
            earlier = self._sentences_back(token.sent, _GUEST_DISTANCE)
            comers = [i for i in self._persons_in(earlier, token.i) if self._told_coming(self.doc[i])]
            if comers:
                self.entity[token.i], self.via[token.i] = self.entity[comers[-1]], "role"

    @staticmethod
    def _told_coming(person: Token) -> bool:
        """Whether a person's mention is told as coming: the subject of a verb of going, the owner
        of a trip, or set off as on one ("X, now on a state visit, ...")."""
        head = person.head
        if person.dep_ in {"nsubj", "nsubjpass"} and head.lemma_.lower() in journey_verbs():
            return True
        if person.dep_ == "nsubjpass" and (head.lemma_.lower() in hosting_verbs()
                                           or any(o.lemma_.lower() in welcome_nouns() for o in head.children if o.dep_ == "dobj")):
            return True  # "X was received by Y", "X was accorded a ceremonial welcome"
        if person.dep_ == "poss" and head.lemma_.lower() in trip_nouns():
            return True
        return any(t.lemma_.lower() in trip_nouns() and t.head.lower_ in {"on", "during"}
                   for c in person.children if c.dep_ in {"prep", "appos", "acl", "relcl"} for t in c.subtree)

    def _countries_named_last(self, token: Token) -> list[str]:
        """The distinct countries named by name before ``token``, in its sentence or the two before,
        the latest first."""
        return self._named_last(token, lambda i: self.via[i] == "name" and self.entities[self.entity[i]].type is EntityType.COUNTRY)

    def _pair_told_before(self, token: Token) -> tuple[str, ...] | None:
        """The two persons a word for a pair stood for last, in the sentence of ``token`` or the one
        before, or anywhere before if it was the same word ("Both billionaires have ... Both
        billionaires held talks", sentences apart), if at most one other person has been named
        since (else None)."""
        start = self.doc[token.sent.start - 1].sent.start if token.sent.start > 0 else token.sent.start
        before = [i for i in self.groups if i < token.i and len(self.groups[i]) == 2
                  and (i >= start or self.doc[i].lemma_.lower() == token.lemma_.lower())]
        if not before:
            return None
        last = max(before)
        pair = self.groups[last]
        since = {self.entity[i] for i in self._persons_in(last + 1, token.i)} - set(pair)
        return pair if len(since) < 2 else None

    def _persons_in(self, start: int, end: int) -> list[int]:
        """Indices of the tokens in [start, end) that belong to a person."""
        return [i for i in range(start, end) if (key := self.entity[i]) is not None and key.startswith("person:")]

    def _closing_speakers(self, token: Token, quotations: list[tuple[int, int]], sentences: list[Span],
                          sentence_of: np.ndarray) -> set[str]:
        """Who says a quotation that runs on past the sentence of ``token`` ("“He ignored Y and went
        to Z. His behaviour proves ...,” he said"): the speaker named where it closes or, when a
        pronoun names the speaker there, the person the article told of last before the quotation
        opened (that pronoun's own reading). Inside the quotation "he" is someone else."""
        start, end = next(((a, b) for a, b in quotations if a <= token.i < b), (token.i, token.i))
        if end >= len(self.doc) or int(sentence_of[end]) == int(sentence_of[token.i]):
            return set()
        closing = sentences[int(sentence_of[end])]
        found: set[str] = set()
        for word in closing:
            if word.dep_ != "nsubj" or word.head.lemma_ not in _SPEECH_VERBS or word.i < end:
                continue
            if self.entity[word.i]:
                found.add(self.entity[word.i])
            elif word.lower_ in _PERSONAL_PRONOUNS:
                back = int(sentence_of[start]) - 1
                before = None
                while before is None and back >= 0 and int(sentence_of[start]) - back <= _MAX_PRONOUN_DISTANCE:
                    before = self._subject_person(sentences[back])
                    back -= 1
                found |= {before} - {None}
        return found

    def _speakers(self, sent: Span, quoted: set[int]) -> set[str]:
        """The persons a sentence quotes: subjects of speech verbs outside the quotation. Inside
        their quotation "he" is someone else, since a speaker says "I" (but in “X says Y greeted
        him” the quotation reports X's words, and "him" can be X)."""
        # (and "X, asked about Y, said: ...", which the parser reads as X asking)
        subjects = {s.i for verb in sent if verb.lemma_ in _SPEECH_VERBS and verb.i not in quoted
                    for s in _children_of(verb, "nsubj") + speaker_before_aside(verb)}
        return {self.entity[i] for i in self._persons_in(sent.start, sent.end) if i in subjects}

    def _subject_person(self, sent: Span, before: int | None = None, excluding: set[str] = frozenset(),
                        skipping: set[int] = frozenset()) -> str | None:
        """The most salient person of a sentence (before ``before``, not at the token indices
        ``skipping``): a subject over a direct object over anything else, one in a clause less
        deeply subordinate over one deeper ("Since X took office after his predecessor Y resigned,
        he has met Z": X), and the later one among equals."""
        ranks = {"nsubj": 3, "nsubjpass": 3, "dobj": 2}
        best, best_rank = None, (0, 0)
        end = sent.end if before is None else min(sent.end, before)
        for i in self._persons_in(sent.start, end):
            key = self.entity[i]
            if key in excluding or i in skipping:
                continue
            token = self.doc[i]
            dep = token.head.dep_ if token.dep_ in {"appos", "compound"} else token.dep_
            rank = ranks.get(dep, 1 if before is not None else 0)
            if dep == "poss" and token.head.dep_ in {"nsubj", "nsubjpass"}:
                rank = ranks["dobj"]  # "X's trip began with talks with Y": the subject's owner is the one told of
            salience = (rank, -_clause_depth(token))
            if rank and salience >= best_rank:
                best, best_rank = key, salience
        return best

    def _only_person(self, sent: Span, excluding: set[str] = frozenset(), skipping: set[int] = frozenset()) -> str | None:
        """The one person a sentence names; none when a pronoun there left unread may be another
        ("One of his fellow pupils was Y": "his" is someone told of before, Y is not the only one)."""
        keys = {self.entity[i] for i in self._persons_in(sent.start, sent.end) if i not in skipping} - excluding
        # (a sentence left unparsed has no tags either)
        unread = any(t.lower_ in _PERSONAL_PRONOUNS and t.pos_ in {"PRON", ""} and self.entity[t.i] is None and t.i not in skipping
                     for t in sent)
        return keys.pop() if len(keys) == 1 and not unread else None


def _clause_depth(token: Token) -> int:
    """How many adverbial or relative clauses down from its sentence's main clause a token is
    (what is reported, a clausal complement, is as salient as the report; so is a "that" clause
    the parser hangs on a noun: "announced in a statement that X will arrive")."""
    depth = 0
    while token.head.i != token.i:
        reported = token.dep_ == "acl" and any(c.dep_ == "mark" and c.lower_ == "that" for c in token.children)
        depth += token.dep_ in _MODIFYING_CLAUSE_DEPS and not reported
        token = token.head
    return depth


def _same_office(one: str, other: str) -> bool:
    return compatible(Role(one, None), Role(other, None)) or compatible(Role(other, None), Role(one, None))


def resolve_document(doc: Doc) -> Doc:
    """Find and group the entities of one parsed article; see the module docstring."""
    _DocResolver(doc).run()
    return doc


def mentions_of(doc: Doc) -> list[tuple[int, int, str]]:
    """(char_start, char_end, entity key) of every named mention in a resolved doc."""
    return list(doc._.mentions or [])


# ---------------------------------------------------------------------- across articles

def _type_family(etype: EntityType) -> str:
    return "place" if etype in _PLACE_TYPES else etype.value


_SUBORDINATE_DEPS = frozenset({"advcl", "ccomp", "relcl", "acl", "parataxis"})
_MODIFYING_CLAUSE_DEPS = frozenset({"advcl", "relcl", "acl"})


def _in_clause_of(token: Token, verb: Token) -> bool:
    """Whether ``token`` belongs to ``verb``'s own clause: below it, and not inside a clause of its
    own on the way ("met on the platform as Y toured the region": Y is not)."""
    while token.i != verb.i:
        if token.dep_ in _SUBORDINATE_DEPS or (token.dep_ == "conj" and token.pos_ in {"VERB", "AUX"}) or token.head.i == token.i:
            return False
        token = token.head
    return True


def _best_label(forms: Counter, canonical: set[str] = frozenset()) -> str:
    """The name to show: a reference table's canonical name when there is one ("Russia", not
    "Russian Federation"); else the fullest name: most words (a hyphen between capitalized parts parts
    them too: "Willem-Alexander" over "Alexander", but "ex-Yukos" is one), then with its accents, then the one
    whose words the articles use most ("Yuriy Varnenko" over a one-off "Yurii Varnenko"), then not
    in capitals ("Hague" over a dateline's "HAGUE"), then A-Z; but not a fuller name only one
    article writes that ends with a name of two words or more that others write."""
    if canonical:
        return sorted(canonical)[0]
    word_use = Counter()
    for form, count in forms.items():
        for word in form.split():
            word_use[word] += count
    best = sorted(
        forms,
        key=lambda f: (-_name_word_count(f), not has_accents(f), -sum(word_use[w] for w in f.split()), -forms[f], f.isupper(), f),
    )[0]
    # a fuller name one article alone writes, that ends with a name of two words or more other
    # articles write, is more likely words the tagger ran into the name ("Leader of Opposition in
    # Kelby Sabha Anna Lind") than a fuller name: the name the articles agree on
    if forms[best] <= 1:
        agreed = [f for f in forms if f != best and best.endswith(" " + f) and len(f.split()) >= 2 and forms[f] >= 2]
        if agreed:
            return max(agreed, key=lambda f: (forms[f], len(f)))
    return best


def _label_as_written(forms: Counter, canonical: set[str], best: str) -> str:
    """The name to show, given the :func:`_best_label` ``best``: for a place or body the
    reference tables know, their name when the articles write it, or write only an abbreviation
    or a demonym ("U.S.", "Russian"); else the articles' own spelling, as readers and annotators of
    those articles know it ("Kiev" in 2014, "Macedonia" before 2019, "Nay Pyi Taw"). Any other
    entity: ``best``."""
    if not canonical:
        return best
    written = Counter({form: count for form, count in forms.items() if count > 0 and not _ABBREVIATION.fullmatch(form)})
    if not written or any(name_key(form) == name_key(name) for form in written for name in canonical):
        return best
    return _best_label(written)


# an abbreviation of a country's or a body's name: "U.S.", "UK", "UAE", "DRC"
_ABBREVIATION = re.compile(r"(?:[A-Z]\.?){1,4}")


def _name_word_count(name: str) -> int:
    """The words of a name, those joined by a hyphen counted apart when each is capitalized."""
    parts = [word.split("-") for word in name.split()]
    return sum(len(pieces) if all(piece[:1].isupper() for piece in pieces) else 1 for pieces in parts)


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
    titled = {key: {(doc, role) for doc, local in members for role in local.roles} for key, members in groups.items()}
    # one word the articles also write as a place or a body ("England" the team, tagged a person)
    # is no surname to join to a full name ("Tudor England")
    not_persons = {tuple(name_tokens(local.label)) for key, members in groups.items() if not key.startswith("Person:")
                   for _doc, local in members if " " not in local.label}
    # a person named by a description ("the Queen") is no part of a longer name ("The Diary of Olek Queen")
    described = {key for key, members in groups.items() if key.startswith("Person:")
                 and any(local.label.lower().startswith("the ") for _doc, local in members)}
    for key, words in sorted(person_keys.items(), key=lambda kv: (len(kv[1]), kv[0])):
        if (len(words) == 1 and tuple(words) in not_persons) or key in described:
            continue
        fits = [
            other for other in by_surname[words[-1] if words else ""]
            if other != key and len(person_keys[other]) > len(words) and person_names_agree(person_keys[other], words)
            and not _told_apart(titled[key], titled[other])
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
        best = _best_label(forms, canonical)
        label = _label_as_written(forms, canonical, best)
        types = Counter(local.type for _doc, local in members)
        etype = sorted(types, key=lambda t: (-types[t], t.value))[0]
        if etype in {EntityType.CITY, EntityType.PLACE}:
            # a town whose own name begins with "The" keeps it ("The Hague"), which every mention drops
            label = gazetteer.town_named_with_article(label) or label
        # (the id stays the reference table's, however the articles spell the name)
        entity_id = slug(best)
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


def _told_apart(one: set[tuple[str, str]], other: set[tuple[str, str]]) -> bool:
    """Whether an article kept two persons apart under different titles ("President Varga",
    "First Lady Janet Varga"): both titled in the same article, with no title in common."""
    def titles(roles: set[tuple[str, str]], doc: str) -> set[str]:
        return {name_key(role.split(" of ")[0]) for d, role in roles if d == doc}

    for doc in {d for d, _role in one} & {d for d, _role in other}:
        mine, theirs = titles(one, doc), titles(other, doc)
        if any(is_generic_title(t) for t in mine | theirs):
            continue  # "boss Tomas Erik", "chief Erik": a generic title fits any office
        if not any(_same_office(a, b) for a in mine for b in theirs):
            return True
    return False


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
