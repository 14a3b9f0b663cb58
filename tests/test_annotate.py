"""Agency datelines found at the head of a paragraph (kg.annotate.find_datelines)."""
from __future__ import annotations

import pytest

from kg.annotate import find_datelines


@pytest.mark.parametrize("opening, town, after", [
    ("SEOUL (Reuters) - Tomas Berg arrived.", "SEOUL", "Tomas"),
    ("KIEV, Ukraine (AP) — Tomas Berg arrived.", "KIEV", "Tomas"),
    ("Islamabad, Pakistan – Tomas Berg arrived.", "Islamabad", "Tomas"),
    # a town in title case with its date and agency, the tokenizer leaving the dash on the agency
    ("Accra, March 27, GNA- President Tomas Berg arrived.", "Accra", "President"),
    # a state's abbreviation after the town, in capitals or in title case
    ("JEFFERSON CITY, Mo. – Tomas Berg arrived.", "JEFFERSON CITY", "Tomas"),
    ("Syracuse, N.Y. -- Tomas Berg arrived.", "Syracuse", "Tomas"),
    ("LOUISVILLE, Ky. (WDRB) -- Tomas Berg arrived.", "LOUISVILLE", "Tomas"),
    # a town, its date and its agency in brackets, with no dash
    ("New Delhi, Nov 25 (PTI) World Athletics President Tomas Berg arrived.", "New Delhi", "World"),
    # a dash typed twice
    ("RACELAND —- Gov. Tomas Berg arrived.", "RACELAND", "Gov."),
    # the agency before the town and its date
    ("(ANSA) - Rome, October 5 - Deputy Premier Tomas Berg arrived.", "Rome", "Deputy"),
    # a town, a full stop and the agency's name
    ("ASTANA. KAZINFORM - Head of State Tomas Berg arrived.", "ASTANA", "Head"),
    # a town, its country and its date with the year
    ("KELBY, Norway, Feb. 9, 2005 – Defense Secretary Tomas Berg arrived.", "KELBY", "Defense"),
])
def test_a_dateline_gives_its_town_and_the_word_after_it(nlp, opening, town, after):
    doc = nlp.make_doc(f"A headline\n\n{opening}")
    (start, town_end, after_index), = find_datelines(doc)
    assert doc[start:town_end].text == town
    assert doc[after_index].text == after


@pytest.mark.parametrize("opening", [
    "Monday, March 27, was a quiet day in Oslo.",
    "Oslo, the capital, was quiet.",
    "Tomas Berg - the mayor - arrived.",
])
def test_a_sentence_that_opens_with_a_name_and_a_comma_is_no_dateline(nlp, opening):
    assert find_datelines(nlp.make_doc(f"A headline\n\n{opening}")) == []


@pytest.mark.parametrize("text, place", [
    ("Tomas Berg visited Trinidad and Tobago on Monday.", "Trinidad and Tobago"),
    ("Ali and Maduro arrived on Thursday morning in St. Vincent and the Grenadines for peace talks.",
     "St. Vincent and the Grenadines"),
])
def test_a_country_named_in_several_words_is_one_place_however_the_model_split_it(nlp, text, place):
    doc = nlp(text)
    assert [(e.text, e.label_) for e in doc.ents if place.split()[0] in e.text] == [(place, "GPE")]


def test_a_dateline_the_model_took_for_a_name_is_a_place(nlp):
    """"DUNFORD —- Gov. ...", the model tagging the town a body: a dateline names a place."""
    doc = nlp("Storm visit\n\nDUNFORD —- Gov. Tomas Berg commended parish officials Friday afternoon.")
    assert [(e.text, e.label_) for e in doc.ents if e.text == "DUNFORD"] == [("DUNFORD", "GPE")]


def test_a_title_used_as_a_name_is_a_person(nlp):
    doc = nlp("Tomas Berg met the Dalai Lama in Dharamshala on Thursday.")
    assert ("Dalai Lama", "PERSON") in [(e.text, e.label_) for e in doc.ents]


def test_a_dateline_town_its_country_follows_is_a_place_whatever_the_model_made_of_it(nlp):
    """"NICE, France, ...": the model can take a town in capitals for a word, no name at all."""
    doc = nlp("Ministers meet\n\nNICE, France, Feb. 9, 2005 – Defense Secretary Tomas Berg arrived here this morning.")
    assert [(e.text, e.label_) for e in doc.ents if e.text == "NICE"] == [("NICE", "GPE")]
