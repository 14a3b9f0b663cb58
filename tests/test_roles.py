"""Roles read from title phrases, their labels, and which role nouns may refer to whom."""
from __future__ import annotations

import pytest

from kg.roles import (
    Role,
    can_end_title,
    compatible,
    find_title,
    is_honorific,
    noun_phrase_tokens,
    role_from_plural_title,
    role_from_tokens,
)


@pytest.fixture(scope="module")
def tokens(nlp):
    def run(text: str):
        return list(nlp.make_doc(text))

    return run


@pytest.mark.parametrize(
    "phrase, title, qualifier",
    [
        ("Russian Foreign Minister", "foreign minister", "Russia"),
        ("Foreign Minister", "foreign minister", None),
        ("French President", "president", "France"),
        ("President of France", "president", "France"),
        ("UN Secretary-General", "secretary-general", "United Nations"),
        ("U.N. Secretary General", "secretary-general", "United Nations"),
        ("the UN chief", "chief", "United Nations"),
        ("NATO Secretary General", "secretary-general", "NATO"),
        ("Sweden's top diplomat", "foreign minister", "Sweden"),
        ("British Foreign Secretary", "foreign minister", "United Kingdom"),
        ("Minister of Foreign Affairs of Poland", "foreign minister", "Poland"),
        ("US Secretary of State", "secretary of state", "United States"),
        ("German Chancellor", "chancellor", "Germany"),
        ("Polish Prime Minister", "prime minister", "Poland"),
        ("Kremlin spokesman", "spokesperson", "Russia"),
        ("US Defense Secretary", "defence secretary", "United States"),
        # a country that starts a body's name is not the office's country
        ("chief executive of Poland Harbour Oil", "chief executive", None),
        ("Pakistan Foreign Minister", "foreign minister", "Pakistan"),
        # both spellings of an adviser's office are one
        ("Indian National Security Advisor", "national security adviser", "India"),
        ("US national security adviser", "national security adviser", "United States"),
        ("senior adviser", "adviser", None),
        # a slip of the pen news copy often makes
        ("Turkish Prime Minster", "prime minister", "Turkey"),
        # titles news abbreviates, with their full stop
        ("Sen.", "senator", None),
        ("Gov.", "governor", None),
        ("Rep.", "representative", None),
    ],
)
def test_role_from_tokens(tokens, phrase, title, qualifier):
    assert role_from_tokens(tokens(phrase)) == Role(title, qualifier)


@pytest.mark.parametrize("phrase", ["the weather", "Russian troops", "Maria Kovacs", "", "Sen"])
def test_no_role(tokens, phrase):
    assert role_from_tokens(tokens(phrase)) is None


@pytest.mark.parametrize("phrase, title", [
    # a lesser office before a title is part of it: a deputy foreign minister is not the foreign minister
    ("Deputy Foreign Minister", "deputy foreign minister"),
    ("Deputy President", "deputy president"),
    ("Vice President", "vice president"),
])
def test_a_lesser_office_keeps_its_word(tokens, phrase, title):
    assert role_from_tokens(tokens(phrase)).title == title


@pytest.mark.parametrize("phrase, title, qualifier", [
    ("Senators", "senator", None),
    ("Foreign Ministers", "foreign minister", None),
    ("U.S. senators", "senator", "United States"),
    ("Deputy Prime Ministers", "deputy prime minister", None),
    ("Defence Secretaries", "defence secretary", None),
])
def test_a_plural_title_gives_each_holder_the_singular_role(tokens, phrase, title, qualifier):
    assert role_from_plural_title(tokens(phrase)) == Role(title, qualifier)


@pytest.mark.parametrize("phrase", ["Senator", "Ministers of Kelby Oil", "the weather", "Russians", ""])
def test_no_plural_title(tokens, phrase):
    # a singular title, a plural title that does not end the phrase, no title at all
    assert role_from_plural_title(tokens(phrase)) is None


def test_longest_title_wins():
    assert find_title(["deputy", "foreign", "minister"]) == (1, 3, "foreign minister")
    assert find_title(["vice", "president"]) == (0, 2, "vice president")
    assert find_title(["prime", "minister"]) == (0, 2, "prime minister")


@pytest.mark.parametrize(
    "role, label",
    [
        (Role("foreign minister", "Russia"), "Foreign Minister of Russia"),
        (Role("secretary-general", "United Nations"), "Secretary-General of United Nations"),
        (Role("president", None), "President"),
        (Role("ceo", None), "Ceo"),
    ],
)
def test_label(role, label):
    assert role.label() == label


def test_leaders():
    assert Role("president", "France").is_leader()
    assert Role("secretary-general", None).is_leader()
    assert not Role("foreign minister", "France").is_leader()
    assert not Role("spokesperson", None).is_leader()


@pytest.mark.parametrize(
    "asked, given, expected",
    [
        (Role("president", "France"), Role("president", "France"), True),
        (Role("president", None), Role("president", "France"), True),
        (Role("president", "France"), Role("president", "Germany"), False),
        (Role("president", "France"), Role("president", None), False),
        (Role("leader", "France"), Role("president", "France"), True),
        (Role("chief", "United Nations"), Role("secretary-general", "United Nations"), True),
        (Role("leader", None), Role("foreign minister", "France"), False),
        (Role("president", "France"), Role("prime minister", "France"), False),
        # a bare one-word title for the last word of a longer one; one office by two names
        (Role("minister", None), Role("foreign minister", "Hungary"), True),
        (Role("secretary", None), Role("foreign secretary", None), True),
        (Role("prime minister", None), Role("deputy prime minister", None), False),
        (Role("minister", "France"), Role("foreign minister", "Hungary"), False),
        (Role("premier", None), Role("prime minister", "Canada"), True),
        (Role("prime minister", None), Role("premier", None), True),
        (Role("head", None), Role("foreign minister", None), False),
        # a shadow chancellor, a deputy minister, a vice president hold another office
        (Role("chancellor", None), Role("shadow chancellor", None), False),
        (Role("minister", None), Role("deputy minister", None), False),
        (Role("president", None), Role("vice president", "United States"), False),
        # a province's premier is no prime minister (a country's premier is)
        (Role("prime minister", "Canada"), Role("premier", "Ontario"), False),
        (Role("prime minister", None), Role("premier", "Ontario"), False),
        (Role("premier", None), Role("premier", "Ontario"), True),
        (Role("mayor", "Kelby"), Role("mayor", None), True),
        (Role("mayor", "Kelby"), Role("mayor", "Hexworth"), False),
        # a leader is "the prime minister", never "the minister"
        (Role("minister", None), Role("prime minister", "Japan"), False),
        # the head of a title with "of": "Secretary Kerry" for a Secretary of State
        (Role("secretary", None), Role("secretary of state", "United States"), True),
        (Role("state", None), Role("secretary of state", "United States"), False),
        # a one-word title for the last word of another name of the same office: "the two
        # ministers" for a foreign minister and a Secretary of State
        (Role("minister", None), Role("secretary of state", "United States"), True),
        (Role("minister", None), Role("secretary of state for health", "United Kingdom"), False),
        (Role("secretary", None), Role("foreign minister", "France"), False),
    ],
)
def test_compatible(asked, given, expected):
    assert compatible(asked, given) is expected


@pytest.mark.parametrize("word, expected", [("Mr", True), ("Mr.", True), ("mrs", True), ("Dr", True), ("President", False), ("Maria", False)])
def test_is_honorific(word, expected):
    assert is_honorific(word) is expected


def test_noun_phrase_tokens(nlp):
    doc = nlp("The head of the Kremlin spoke.")
    head = [t for t in doc if t.text == "head"][0]
    assert [t.text for t in noun_phrase_tokens(head)] == ["head", "of", "the", "Kremlin"]


@pytest.mark.parametrize(
    "text, word, expected",
    [
        # a province's or a town's office names the province or the town
        ("Erik Lund, the premier of Ontario, spoke on Monday.", "premier", Role("premier", "Ontario")),
        ("The Ontario premier spoke.", "premier", Role("premier", "Ontario")),
        # a place further on in the phrase is not whose office it is
        ("Erik Lund accused the prime minister of hiding from the scrutiny of London's media.", "minister",
         Role("prime minister", None)),
    ],
)
def test_a_role_is_qualified_by_a_place_only_next_to_its_title(nlp, text, word, expected):
    from kg.roles import role_headed_by

    doc = nlp(text)
    assert role_headed_by(next(t for t in doc if t.text == word)) == expected


def test_title_found_anywhere_among_words_and_leftmost_on_ties():
    assert find_title(["the", "new", "prime", "minister", "said"]) == (2, 4, "prime minister")
    assert find_title(["president", "and", "president"]) == (0, 1, "president")
    assert find_title(["the", "weather", "said"]) is None


@pytest.mark.parametrize(
    "word, expected",
    [("minister", True), ("Minister", True), ("Secretary-General", True), ("chief", True), ("weather", False), ("", False)],
)
def test_can_end_title(word, expected):
    assert can_end_title(word) is expected


@pytest.mark.parametrize(
    "word, expected",
    [("Maria", True), ("Jean-Claude", True), ("Frank-Walter", True), ("maria", False), ("Kelby", False), ("Jean", False)],
)
def test_is_given_name_also_of_a_hyphened_compound(word, expected):
    from kg.roles import is_given_name

    assert is_given_name(word) is expected


def test_a_hyphened_given_name_tells_the_gender():
    from kg.roles import gender_of_word

    assert gender_of_word("Jean-Claude") == "m"
    assert gender_of_word("Kelby") is None
