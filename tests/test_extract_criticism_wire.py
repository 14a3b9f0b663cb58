"""CRITICIZED in wire-style phrasings, on invented sentences: harm done or spread, blame borne,
trust denied, threats named; first-person quotes, nominalizations, critics by role.

Each case lists every CRITICIZED fact (critic, target, status) a careful annotator would record.
"""
from __future__ import annotations

import pytest

KOVACS, BERG = "Maria Kovacs", "Tomas Berg"


def criticized(facts) -> set[tuple[str, str, str]]:
    return {(s, o, status) for rel, s, o, status in facts if rel == "CRITICIZED"}


CASES = [
    # reported harm: spreading lies, fuelling a conflict, bearing the blame, not to be trusted
    ("Maria Kovacs said Tomas Berg was spreading lies about the election.", {(KOVACS, BERG, "occurred")}),
    ("Maria Kovacs said Tomas Berg was fuelling the conflict.", {(KOVACS, BERG, "occurred")}),
    ("Maria Kovacs said Tomas Berg was trying to destabilise the region.", {(KOVACS, BERG, "occurred")}),
    ("Maria Kovacs said Tomas Berg's government must bear responsibility for the violence.", {(KOVACS, BERG, "occurred")}),
    ("Maria Kovacs said Tomas Berg wanted to help the refugees.", set()),
    ("Maria Kovacs said Tomas Berg could not be trusted.", {(KOVACS, BERG, "occurred")}),
    ("Maria Kovacs said Tomas Berg was a threat to peace.", {(KOVACS, BERG, "occurred")}),
    ("Maria Kovacs described Tomas Berg as a threat to European security.", {(KOVACS, BERG, "occurred")}),
    # the same words, no criticism
    ("Maria Kovacs said Tomas Berg was fighting disinformation.", set()),
    ("Maria Kovacs said Tomas Berg had eased tensions in the region.", set()),
    ("Maria Kovacs said Tomas Berg could be trusted.", set()),
    ("Maria Kovacs said Tomas Berg was fuelling growth.", set()),
    ("The report said the government thought Tomas Berg was a serious threat.", set()),
]


@pytest.mark.parametrize("text, expected", CASES, ids=[c[0] for c in CASES])
def test_wire_criticism(facts_of, text, expected):
    assert criticized(facts_of(text)) == expected
