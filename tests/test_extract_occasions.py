"""Events named by nouns and events taken part in: "the meeting between X and Y is due to take
place in Z", withdrawals, competing somewhere, trips a clause happens during. Invented names and
places only; each case lists every MET_WITH and VISITED fact (subject, object, status)."""
from __future__ import annotations

import pytest

VARNAY, BERG = "Olek Varnay", "Tomas Berg"


def facts(found) -> set[tuple[str, str, str, str]]:
    return {(rel, s, o, status) for rel, s, o, status in found if rel in {"MET_WITH", "VISITED"}}


CASES = [
    # a meeting noun whose clause says whether and where it happens
    ("The meeting between Olek Varnay and Tomas Berg is due to take place at noon in Borvia.",
     {("MET_WITH", VARNAY, BERG, "planned"), ("VISITED", VARNAY, "Borvia", "planned"), ("VISITED", BERG, "Borvia", "planned")}),
    ("The talks between Olek Varnay and Tomas Berg will be held in Vienna on Monday.",
     {("MET_WITH", VARNAY, BERG, "planned"), ("VISITED", VARNAY, "Vienna", "planned"), ("VISITED", BERG, "Vienna", "planned")}),
    ("The meeting between Olek Varnay and Tomas Berg took place in Oslo on Monday.",
     {("MET_WITH", VARNAY, BERG, "occurred"), ("VISITED", VARNAY, "Oslo", "occurred"), ("VISITED", BERG, "Oslo", "occurred")}),
    ("The meeting between Olek Varnay and Tomas Berg was called off.", {("MET_WITH", VARNAY, BERG, "negated")}),
    ("The meeting between Olek Varnay and Tomas Berg was postponed.", {("MET_WITH", VARNAY, BERG, "negated")}),
    # a copula that says what the meeting was, not whether it happened
    ("The meeting between Olek Varnay and Tomas Berg was tense.", {("MET_WITH", VARNAY, BERG, "occurred")}),
    # taking part somewhere, and withdrawing from it
    ("Olek Varnay was playing in an exhibition event in Borvia at the time.", {("VISITED", VARNAY, "Borvia", "occurred")}),
    ("Olek Varnay will compete in Oslo next week.", {("VISITED", VARNAY, "Oslo", "planned")}),
    ("Olek Varnay will also not compete in Oslo on Thursday.", {("VISITED", VARNAY, "Oslo", "negated")}),
    ("Olek Varnay has pulled out of international meets in Oslo and Borvia this week.",
     {("VISITED", VARNAY, "Oslo", "negated"), ("VISITED", VARNAY, "Borvia", "negated")}),
    ("Olek Varnay withdrew from the tournament in Borvia.", {("VISITED", VARNAY, "Borvia", "negated")}),
    ("Olek Varnay will miss the match in Oslo.", {("VISITED", VARNAY, "Oslo", "negated")}),
    # a guest received somewhere came there; the host is at home
    ("French President Olek Varnay received German Chancellor Tomas Berg in Paris.",
     {("MET_WITH", VARNAY, BERG, "occurred"), ("VISITED", BERG, "Paris", "occurred")}),
    ("German Chancellor Tomas Berg was received by French President Olek Varnay in Paris.",
     {("MET_WITH", VARNAY, BERG, "occurred"), ("VISITED", BERG, "Paris", "occurred")}),
    ("French President Olek Varnay will welcome German Chancellor Tomas Berg to Paris on Monday.",
     {("MET_WITH", VARNAY, BERG, "planned"), ("VISITED", BERG, "Paris", "planned")}),
    ("French President Olek Varnay received German Chancellor Tomas Berg in Berlin.",
     {("MET_WITH", VARNAY, BERG, "occurred"), ("VISITED", VARNAY, "Berlin", "occurred")}),
    ("French President Olek Varnay received an award in Paris.", set()),
    # an event in a place attended by someone
    ("Olek Varnay hosted a summit in Paris attended by Tomas Berg.", {("VISITED", BERG, "Paris", "occurred")}),
    ("The conference in Oslo, attended by Olek Varnay, ended on Monday.", {("VISITED", VARNAY, "Oslo", "occurred")}),
    ("The summit in Paris will be attended by Olek Varnay.", {("VISITED", VARNAY, "Paris", "planned")}),
    ("The summit in Paris was attended by thousands of delegates.", set()),
    # a trip ruled out
    ("Olek Varnay ruled out a visit to Moscow.", {("VISITED", VARNAY, "Moscow", "negated")}),
    # a place left is no event left; a role played is no game
    ("Olek Varnay withdrew troops from Borvia.", set()),
    ("Olek Varnay missed a penalty in Oslo.", set()),
    ("Olek Varnay played a key role in Borvia.", set()),
    # a trip the clause happens during: its agent made it, when the clause says
    ("Oil minister Olek Varnay discussed the plans during a trip to Moscow last year.", {("VISITED", VARNAY, "Moscow", "occurred")}),
    ("Olek Varnay will discuss the plans during a trip to Moscow next week.", {("VISITED", VARNAY, "Moscow", "planned")}),
    ("Olek Varnay sailed across the lake in Borvia while on a visit with Education Secretary Tomas Berg to back school outings.",
     {("VISITED", VARNAY, "Borvia", "occurred"), ("VISITED", BERG, "Borvia", "occurred")}),
    ("Olek Varnay was arrested in Borvia during a visit.", {("VISITED", VARNAY, "Borvia", "occurred")}),
    # ... whose negation belongs to the clause, not to the trip
    ("Olek Varnay will not meet Tomas Berg during his visit to Oslo.",
     {("MET_WITH", VARNAY, BERG, "negated"), ("VISITED", VARNAY, "Oslo", "planned")}),
    ("Olek Varnay did not meet Tomas Berg during his visit to Oslo.",
     {("MET_WITH", VARNAY, BERG, "negated"), ("VISITED", VARNAY, "Oslo", "occurred")}),
    # trips called off, arrivals to come
    ("Olek Varnay called off a visit to Oslo.", {("VISITED", VARNAY, "Oslo", "negated")}),
    ("Olek Varnay pulled out of a trip to Oslo.", {("VISITED", VARNAY, "Oslo", "negated")}),
    ("Olek Varnay is due in Oslo on Monday.", {("VISITED", VARNAY, "Oslo", "planned")}),
    ("Olek Varnay is expected in Oslo next week.", {("VISITED", VARNAY, "Oslo", "planned")}),
    ("Olek Varnay is not expected in Oslo.", {("VISITED", VARNAY, "Oslo", "negated")}),
    ("Olek Varnay is interested in Oslo.", set()),
    # meetings made by a verb and its object
    ("Olek Varnay had dinner with Tomas Berg on Monday.", {("MET_WITH", VARNAY, BERG, "occurred")}),
    ("Olek Varnay and Tomas Berg held talks on Monday.", {("MET_WITH", VARNAY, BERG, "occurred")}),
    ("Olek Varnay and Tomas Berg shook hands.", {("MET_WITH", VARNAY, BERG, "occurred")}),
    ("Olek Varnay shook hands with Tomas Berg.", {("MET_WITH", VARNAY, BERG, "occurred")}),
    ("Olek Varnay shook with rage at Tomas Berg.", set()),
    ("Olek Varnay and Tomas Berg have had problems.", set()),
    # side meetings at an event: both were at it
    ("Olek Varnay will meet Tomas Berg on the margins of the conference in Oslo next week.",
     {("MET_WITH", VARNAY, BERG, "planned"), ("VISITED", VARNAY, "Oslo", "planned"), ("VISITED", BERG, "Oslo", "planned")}),
    # a speech given in a place; a speech praised there is not
    ("Olek Varnay delivered the 14th Harbour Lecture in Borvia.", {("VISITED", VARNAY, "Borvia", "occurred")}),
    ("In a speech to students in Oslo, Olek Varnay said the plan was dead.", {("VISITED", VARNAY, "Oslo", "occurred")}),
    ("Olek Varnay will give a speech in Oslo next week.", {("VISITED", VARNAY, "Oslo", "planned")}),
    ("Olek Varnay praised the speech in Oslo.", set()),
    # a simple present with a date ahead is a timetable; a past or habitual one is not
    ("Olek Varnay flies to Oslo on Monday.", {("VISITED", VARNAY, "Oslo", "planned")}),
    ("Tomas Berg meets Olek Varnay tomorrow.", {("MET_WITH", BERG, VARNAY, "planned")}),
    ("Olek Varnay visits Oslo every year.", {("VISITED", VARNAY, "Oslo", "occurred")}),
    ("Olek Varnay says he met Tomas Berg on Monday.", {("MET_WITH", VARNAY, BERG, "occurred")}),
    # "the summit" attended is the one named before; the one invited would attend
    ("The Harbour Summit in Oslo opens on Monday. Olek Varnay is the only non-member leader invited to attend the summit.",
     {("VISITED", VARNAY, "Oslo", "requested")}),
    ("The Harbour Summit in Oslo opens on Monday. Tomas Berg will attend a summit.", set()),
]


@pytest.mark.parametrize("text, expected", CASES, ids=[t for t, _ in CASES])
def test_occasions(facts_of, text, expected):
    assert facts(facts_of(text)) == expected
