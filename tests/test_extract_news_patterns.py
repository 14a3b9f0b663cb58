"""Patterns of wire-service news, on invented sentences: refusals, capitals as governments,
national institutions, titles before unknown names, role nouns, nominalizations with agents.

Each case lists every fact of the relations it names that a careful annotator would record.
"""
from __future__ import annotations

import pytest

CASES = [
    ("President Anna Varga refused to meet Prime Minister Jonas Holm at the summit.",
     {("MET_WITH", "Anna Varga", "Jonas Holm", "negated")}),
    ("Chancellor Anna Varga ruled out a meeting with Jonas Holm.",
     {("MET_WITH", "Anna Varga", "Jonas Holm", "negated")}),
    ("President Anna Varga declined an invitation to visit Warsaw.",
     {("VISITED", "Anna Varga", "Warsaw", "negated")}),
    ("Prime Minister Anna Varga will not attend the summit in Lisbon.",
     {("VISITED", "Anna Varga", "Lisbon", "negated")}),
    # a title before a name the tagger does not know (a plan told in the past perfect was overtaken)
    ("Chancellor Vargasz had planned to visit Kyiv in May.",
     {("VISITED", "Vargasz", "Kyiv", "negated")}),
    # capitals and seats of government stand for the government, as critic and as target
    ("Spokesman Jonas Holm accused Washington of hypocrisy.",
     {("CRITICIZED", "Jonas Holm", "United States", "occurred")}),
    ("Beijing condemned the visit by Speaker Anna Varga to Taiwan.",
     {("CRITICIZED", "China", "Anna Varga", "occurred"), ("VISITED", "Anna Varga", "Taiwan", "occurred")}),
    # a national institution, whichever way it is named
    ("Iran's foreign ministry denounced the sanctions imposed by the European Union.",
     {("CRITICIZED", "Iranian foreign ministry", "European Union", "occurred")}),
    # the agent of a nominalization is its target
    ("Spokesman Jonas Holm said the remarks by President Anna Varga were unacceptable.",
     {("CRITICIZED", "Jonas Holm", "Anna Varga", "occurred")}),
    # a bare role noun does not point forward to someone introduced later
    ("The president is scheduled to visit Poland next week, where he will meet President Anna Varga.", set()),
    # a meeting abroad, reported with a relative "where"
    ("Prime Minister Jonas Holm travelled to London, where he met Anna Varga.",
     {("VISITED", "Jonas Holm", "London", "occurred"), ("MET_WITH", "Jonas Holm", "Anna Varga", "occurred")}),
    # phone calls are not meetings
    ("Jonas Holm told reporters he had held talks with Anna Varga by phone.", set()),
    # visiting someone at a place is going there, and who goes along goes too
    ("Opposition leader Anna Varga, accompanied by her lawyer Jonas Holm, on Tuesday visited jailed "
     "journalist Erik Lund at Harare Remand Prison.",
     {("MET_WITH", "Anna Varga", "Erik Lund", "occurred"), ("VISITED", "Anna Varga", "Harare Remand Prison", "occurred"),
      ("VISITED", "Jonas Holm", "Harare Remand Prison", "occurred")}),
    # a venue stands in its town: "Havana's Palace", "the Presidential Villa, Abuja", "Tokyo airport"
    ("American President Anna Varga and Cuban President Jonas Holm shook hands Monday in Havana's Palace of the Revolution.",
     {("MET_WITH", "Anna Varga", "Jonas Holm", "occurred"), ("VISITED", "Anna Varga", "Havana", "occurred")}),
    ("Polish President Anna Varga met Japanese Prime Minister Jonas Holm at Tokyo airport.",
     {("MET_WITH", "Anna Varga", "Jonas Holm", "occurred"), ("VISITED", "Anna Varga", "Tokyo", "occurred")}),
    ("Her second album reached number one in the UK charts last October.", set()),
    # done on the spot abroad: inaugurating, unveiling, inspecting
    ("Israeli Foreign Minister Anna Varga on Thursday inaugurated her country's embassy in Bahrain.",
     {("VISITED", "Anna Varga", "Bahrain", "occurred")}),
    ("Polish President Anna Varga ordered air strikes in Syria on Tuesday.", set()),
    # a passive coordinated with the clause before shares its subject
    ("The following month, Anna Varga paid a visit to Morocco and was hosted by King Jonas Holm.",
     {("MET_WITH", "Anna Varga", "Jonas Holm", "occurred"), ("VISITED", "Anna Varga", "Morocco", "occurred")}),
    # a verb tagged with the name after it is no part of it
    ("Polish President Anna Varga arrived in Tokyo on Sunday. She is also scheduled to hold talks with "
     "Prime Minister Jonas Holm and meet Erik Lund, the governor of Tokyo.",
     {("VISITED", "Anna Varga", "Tokyo", "occurred"), ("MET_WITH", "Anna Varga", "Jonas Holm", "planned"),
      ("MET_WITH", "Anna Varga", "Erik Lund", "planned")}),
    # the companion's participle can hang on the verb
    ("Opposition leader Anna Varga, accompanied by her lawyer Jonas Holm, on Tuesday visited Harare Remand Prison.",
     {("VISITED", "Anna Varga", "Harare Remand Prison", "occurred"), ("VISITED", "Jonas Holm", "Harare Remand Prison", "occurred")}),
    # a title before a name: no sentence ends there, and the name is a person's, not a place's
    ("Indian Prime Minister Anna Varga arrived in Port Moresby on Sunday. The forum will see leaders of 14 "
     "countries and was launched during PM Varga's visit to Fiji in 2014.",
     {("VISITED", "Anna Varga", "Port Moresby", "occurred"), ("VISITED", "Anna Varga", "Fiji", "occurred")}),
    # what is called a town is a place
    ("Japanese Prime Minister Anna Varga, who visited Bucha, a town near Kyiv, spoke on Monday.",
     {("VISITED", "Anna Varga", "Bucha", "occurred")}),
    # the place deeper in what is attended, with the country it is written with; "the coast of Africa"
    ("Anna Varga will then attend the Group of Eight meetings in L'Aquila, Italy, before heading to the coast of Africa.",
     {("VISITED", "Anna Varga", "L'Aquila", "planned"), ("VISITED", "Anna Varga", "Italy", "planned"),
      ("VISITED", "Anna Varga", "Africa", "planned")}),
    # leaving for home or returning home is no visit
    ("New Zealand Prime Minister Anna Varga arrived in Beijing on Sunday. Varga will return to New Zealand on Tuesday.",
     {("VISITED", "Anna Varga", "Beijing", "occurred")}),
    ("New Zealand's Prime Minister Anna Varga arrived in Beijing on Sunday. Varga will return to New Zealand on Tuesday.",
     {("VISITED", "Anna Varga", "Beijing", "occurred")}),
    ("Pakistani Prime Minister Anna Varga landed in Moscow on Wednesday. After the meeting, she was scheduled to "
     "be departing for Islamabad at 11.30pm.", {("VISITED", "Anna Varga", "Moscow", "occurred")}),
    ("Anna Varga was slated to have a luncheon with Jonas Holm on Thursday.",
     {("MET_WITH", "Anna Varga", "Jonas Holm", "planned")}),
    # an audience gathered in a place; an event attended "where" a place is; "parts of Z"
    ("Mexican president Jonas Holm cancelled the meeting, US President Anna Varga told Republican lawmakers "
     "gathered in Philadelphia for a retreat.", {("VISITED", "Anna Varga", "Philadelphia", "occurred")}),
    ("Indian Prime Minister Anna Varga arrived in Port Moresby on Sunday. PM Varga arrived here from Japan "
     "where she attended the summit of the G7 advanced economies.",
     {("VISITED", "Anna Varga", "Port Moresby", "occurred"), ("VISITED", "Anna Varga", "Japan", "occurred")}),
    # a title noun and a place choose the sentence for parsing: "the minister ... in Haryana"
    ("Indian Defence Minister Anna Varga spoke on Friday. While addressing a public rally in Haryana on Sunday, "
     "the minister said India was ready to help.",
     {("VISITED", "Anna Varga", "Haryana", "occurred")}),
    # a dash between a closing quotation mark and a word is a token of its own, and the verb after it counts
    ("Anna Varga—who declared that “the process is on the verge of collapse”—met on Wednesday in Kelby with Jonas Holm.",
     {("MET_WITH", "Anna Varga", "Jonas Holm", "occurred")}),
    # a partner from abroad met in a place came there; a trip broken off was made; so did one whose
    # home is elsewhere (one whose home the article does not give is the host of a guest in a capital)
    ("Israeli Prime Minister Anna Varga met on Wednesday in Amman with U.S. Secretary of State Jonas Holm, who "
     "interrupted a trip to Italy.",
     {("VISITED", "Jonas Holm", "Amman", "occurred"), ("VISITED", "Jonas Holm", "Italy", "occurred"),
      ("VISITED", "Anna Varga", "Amman", "occurred")}),
    ("Anna Varga met on Wednesday in Amman with U.S. Secretary of State Jonas Holm, who interrupted a trip to Italy.",
     {("VISITED", "Jonas Holm", "Amman", "occurred"), ("VISITED", "Jonas Holm", "Italy", "occurred")}),
    # talks held on the sidelines of an event in a town the article puts in a country: a town
    # elsewhere than the capital is visited by its own president too (only the country and its
    # capital are home)
    ("Prime Minister Anna Varga and Chinese President Jonas Holm held bilateral talks on the sidelines of the "
     "summit at Qingdao in China today.",
     {("VISITED", "Anna Varga", "Qingdao", "occurred"), ("VISITED", "Anna Varga", "China", "occurred"),
      ("VISITED", "Jonas Holm", "Qingdao", "occurred")}),
    # "convened with" a guest from abroad: the guest came to the place
    ("Norwegian Prime Minister Anna Varga convened with US Secretary of State Jonas Holm in Oslo on Monday.",
     {("MET_WITH", "Anna Varga", "Jonas Holm", "occurred"), ("VISITED", "Jonas Holm", "Oslo", "occurred")}),
    # "criticised Y for his meeting with Z": the meeting is Y's, whose conduct is judged
    ("French President Jonas Holm has criticised Hungarian leader Erik Lund for his recent meeting with "
     "Russian President Tomas Berg.",
     {("CRITICIZED", "Jonas Holm", "Erik Lund", "occurred"), ("MET_WITH", "Erik Lund", "Tomas Berg", "occurred")}),
    # a delegation goes where its leader goes
    ("House Speaker Anna Varga arrived in Baghdad on Monday. The Varga delegation visited the Green Zone and met "
     "with Iraqi Prime Minister Jonas Holm.",
     {("VISITED", "Anna Varga", "Baghdad", "occurred"), ("VISITED", "Anna Varga", "Green Zone", "occurred"),
      ("MET_WITH", "Anna Varga", "Jonas Holm", "occurred")}),
    ("Jonas Holm confirmed that a congressional delegation led by Anna Varga would visit Pakistan and meet with "
     "President Erik Lund.",
     {("VISITED", "Anna Varga", "Pakistan", "planned"), ("MET_WITH", "Anna Varga", "Erik Lund", "planned")}),
    # a place's possessive inside a venue's name; a meeting in a palace is no visit to the palace
    ("Chilean President Anna Varga arrived at Havana’s Kelby Marsh International Airport in the early morning hours.",
     {("VISITED", "Anna Varga", "Havana", "occurred")}),
    ("Chilean President Anna Varga and Cuban President Jonas Holm are slated to meet at the Palace of the Revolution on Monday.",
     {("MET_WITH", "Anna Varga", "Jonas Holm", "planned")}),
    # a continent before an event noun is its scope, not its venue
    ("US President Jonas Holm faced open criticism Thursday at an Americas summit in Hangzhou.",
     {("VISITED", "Jonas Holm", "Hangzhou", "occurred")}),
    # "X's travel to Z"
    ("Anna Varga landed in Norway on Sunday, returning Jonas Holm's travel to Tokyo in March.",
     {("VISITED", "Anna Varga", "Norway", "occurred"), ("VISITED", "Jonas Holm", "Tokyo", "occurred")}),
]


@pytest.mark.parametrize("text, expected", CASES, ids=[c[0] for c in CASES])
def test_news_patterns(facts_of, text, expected):
    relations = {rel for rel, *_ in expected} or {"MET_WITH", "VISITED", "CRITICIZED"}
    found = {f for f in facts_of(text) if f[0] in relations}
    normalized = {(r, *sorted((s, o)), st) if r == "MET_WITH" else (r, s, o, st) for r, s, o, st in found}
    wanted = {(r, *sorted((s, o)), st) if r == "MET_WITH" else (r, s, o, st) for r, s, o, st in expected}
    assert normalized == wanted
