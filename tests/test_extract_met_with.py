"""MET_WITH on short invented sentences: verbs, nouns, coordination, and what is not a meeting.

Each case lists every MET_WITH fact a careful annotator would record for the sentence (pairs
unordered, since meeting is symmetric); the test compares the whole set, so a missing fact, an
extra fact and a wrong status all fail.
"""
from __future__ import annotations

import pytest

KOVACS, BERG, LUND, LIND = "Maria Kovacs", "Tomas Berg", "Erik Lund", "Anna Lind"


def met(facts) -> set[tuple[str, str, str]]:
    return {(*sorted((s, o)), status) for rel, s, o, status in facts if rel == "MET_WITH"}


def pairs(*expected: tuple[str, str, str]) -> set[tuple[str, str, str]]:
    return {(*sorted((s, o)), status) for s, o, status in expected}


OCCURRED = [
    ("Prime Minister Maria Kovacs met Foreign Minister Tomas Berg on Tuesday.", [(KOVACS, BERG, "occurred")]),
    ("Maria Kovacs met with Tomas Berg in Geneva on Monday.", [(KOVACS, BERG, "occurred")]),
    ("Maria Kovacs held talks with Tomas Berg on Monday.", [(KOVACS, BERG, "occurred")]),
    ("Maria Kovacs held a meeting with Tomas Berg in Geneva.", [(KOVACS, BERG, "occurred")]),
    ("Maria Kovacs will have a private tea with Tomas Berg.", [(KOVACS, BERG, "planned")]),
    # a time between the meeting and "with" ("his summit this week with Y")
    ("Maria Kovacs spoke ahead of her summit this week with Tomas Berg.", [(KOVACS, BERG, "planned")]),
    # a talk during a trip is face to face
    ("During his visit to the hospital, Tomas Berg spoke to Erik Lund and Anna Lind.",
     [(BERG, "Erik Lund", "occurred"), (BERG, "Anna Lind", "occurred")]),
    # "with" hung on the last of the topics
    ("During the visit, Maria Kovacs had a wide-ranging discussion on trade relations and the regional security "
     "landscape with Foreign Minister Tomas Berg.", [(KOVACS, BERG, "occurred")]),
    # the one called in for talks meets the caller; an invitation only asks for it
    ("Maria Kovacs summoned Tomas Berg for a meeting on Monday.", [(KOVACS, BERG, "occurred")]),
    ("Maria Kovacs invited Tomas Berg for talks.", [(KOVACS, BERG, "requested")]),
    # an envoy called in comes in person; one received by a host, told in a relative clause
    ("Vice Foreign Minister Maria Kovacs called in Swedish Ambassador Tomas Berg on Monday.", [(KOVACS, BERG, "occurred")]),
    ("Maria Kovacs summoned the Swedish ambassador, Tomas Berg, on Monday.", [(KOVACS, BERG, "occurred")]),
    ("Tanzanian President Maria Kovacs, who was formally received by her host President Tomas Berg at State House, "
     "was accorded full military honours.", [(KOVACS, BERG, "occurred")]),
    # a title two persons hold: not the one beside it in its own clause
    ("Portuguese President Maria Kovacs arrived in New Delhi on Thursday. Indian President Tomas Berg will meet "
     "the visiting president on Friday evening.", [(KOVACS, BERG, "planned")]),
    ("Maria Kovacs decided against meeting Tomas Berg.", [(KOVACS, BERG, "negated")]),
    # exchanging views; "with" hung on the place; a participle coordinated with the object
    ("Maria Kovacs and Tomas Berg were expected to exchange views on regional issues.", [(KOVACS, BERG, "planned")]),
    ("Maria Kovacs exchanged views with Tomas Berg on Monday.", [(KOVACS, BERG, "occurred")]),
    ("Maria Kovacs is still expected to meet Tuesday in Sochi with President Tomas Berg and Foreign Minister Erik Lund.",
     [(KOVACS, BERG, "planned"), (KOVACS, LUND, "planned")]),
    ("Prime Minister Maria Kovacs made a surprise visit to the troops as well as meeting with president Tomas Berg.",
     [(KOVACS, BERG, "occurred")]),
    # time spent with someone
    ("Maria Kovacs spent two hours with Tomas Berg on Monday.", [(KOVACS, BERG, "occurred")]),
    ("Maria Kovacs spent the visit with President Tomas Berg.", [(KOVACS, BERG, "occurred")]),
    # leaving without meeting someone
    ("Maria Kovacs left Oslo without meeting Tomas Berg.", [(KOVACS, BERG, "negated")]),
    ("Maria Kovacs, who is currently in India, will leave the country without a meeting with Tomas Berg.",
     [(KOVACS, BERG, "negated")]),
    # talks ended or to be continued were held
    ("Maria Kovacs and Tomas Berg ended their talks without agreement.", [(KOVACS, BERG, "occurred")]),
    ("Maria Kovacs and Tomas Berg agreed to continue talks.", [(KOVACS, BERG, "planned")]),
    ("Chancellor Maria Kovacs hosted Tomas Berg in Vienna on Monday.", [(KOVACS, BERG, "occurred")]),
    ("Maria Kovacs and Tomas Berg met in Geneva on Monday.", [(KOVACS, BERG, "occurred")]),
    ("Maria Kovacs, Tomas Berg and Erik Lund met in Geneva on Monday.",
     [(KOVACS, BERG, "occurred"), (KOVACS, LUND, "occurred"), (BERG, LUND, "occurred")]),
    ("Maria Kovacs met Tomas Berg and Erik Lund in Geneva.", [(KOVACS, BERG, "occurred"), (KOVACS, LUND, "occurred")]),
    ("A meeting between Maria Kovacs and Tomas Berg took place in Geneva on Monday.", [(KOVACS, BERG, "occurred")]),
    ("The meeting of Maria Kovacs and Tomas Berg in Ankara ended without agreement.", [(KOVACS, BERG, "occurred")]),
    ("The meeting of Maria Kovacs with the press was short.", []),
    ("Maria Kovacs's meeting with Tomas Berg lasted two hours.", [(KOVACS, BERG, "occurred")]),
    ("Maria Kovacs met the Secretary-General of NATO, Tomas Berg, in Brussels.", [(KOVACS, BERG, "occurred")]),
    ("Maria Kovacs sat down with Tomas Berg in Geneva on Monday.", [(KOVACS, BERG, "occurred")]),
    ("Sitting across from Tomas Berg at a long table, Maria Kovacs said the talks had stalled.", [(KOVACS, BERG, "occurred")]),
    ("Maria Kovacs welcomed Tomas Berg to Vienna on Monday.", [(KOVACS, BERG, "occurred")]),
    ("Tomas Berg met Maria Kovacs, the Polish prime minister, in Warsaw.", [(KOVACS, BERG, "occurred")]),
    ("Maria Kovacs met her Swedish counterpart Tomas Berg in Geneva.", [(KOVACS, BERG, "occurred")]),
    # the parser hangs the name on the first party, beside the title it names
    ("Maria Kovacs and her Polish counterpart Tomas Berg met in Geneva.", [(KOVACS, BERG, "occurred")]),
    ("Maria Kovacs met Tomas Berg on the sidelines of the summit.", [(KOVACS, BERG, "occurred")]),
    ("The talks between Maria Kovacs and Tomas Berg ended without agreement.", [(KOVACS, BERG, "occurred")]),
    # a list of titled names, the second hung on the first one's title as the object of its "for"
    ("Maria Kovacs met Swedish President Tomas Berg, Minister for Trade Erik Lund and Foreign Minister Anna Lind.",
     [(KOVACS, BERG, "occurred"), (KOVACS, LUND, "occurred"), (KOVACS, "Anna Lind", "occurred")]),
    # a title's "for" (and the name after it) hung on the verb or the meeting noun
    ("Maria Kovacs held talks in Dublin with Tanaiste and Minister for Foreign Affairs Tomas Berg.", [(KOVACS, BERG, "occurred")]),
    ("Maria Kovacs had a meeting with Tanaiste and Minister for Foreign Affairs Tomas Berg on Monday.", [(KOVACS, BERG, "occurred")]),
    ("Maria Kovacs met Tomas Berg, the son of Erik Lund.", [(KOVACS, BERG, "occurred")]),
    # the subject the parser hangs on the place of an opening "while in Z"
    ("While in Oslo, Swedish Prime Minister Maria Kovacs met Tomas Berg.", [(KOVACS, BERG, "occurred")]),
    # "with" one for a while and another for longer: the parser makes the second a conjunct of the verb
    ("Maria Kovacs met separately with King Olek for 35 minutes and Crown Prince Tomas Berg for another 45 minutes.",
     [(KOVACS, "King Olek", "occurred"), (KOVACS, BERG, "occurred")]),
    # capitalized at the start of a paragraph, the noun can be tagged a proper noun
    ("No breakthrough in talks\n\nTalks between Swedish Foreign Minister Tomas Berg and rebel leader Maria Kovacs in Cairo "
     "have ended with no sign of a major breakthrough.", [(KOVACS, BERG, "occurred")]),
    ("Maria Kovacs, who met Tomas Berg on Monday, flew home on Tuesday.", [(KOVACS, BERG, "occurred")]),
    ("After meeting Tomas Berg, Maria Kovacs flew to Paris.", [(KOVACS, BERG, "occurred")]),
    ("Following talks with Tomas Berg in Ankara, Maria Kovacs said progress had been made.", [(KOVACS, BERG, "occurred")]),
    # "following" parsed as a verb hung on a noun is a preposition all the same
    ("At a news conference following talks with Tomas Berg, Maria Kovacs said progress had been made.", [(KOVACS, BERG, "occurred")]),
    # talking with someone where a place is said is face to face; a dinner given for a guest is a meal together
    ("Maria Kovacs spoke with Tomas Berg at length in Oslo on Monday.", [(KOVACS, BERG, "occurred")]),
    # talking "to" a person where a place is said, also where the talker was
    ("Maria Kovacs talked to Tomas Berg in Milan.", [(KOVACS, BERG, "occurred")]),
    # or in person, face to face, one-on-one ("with" can hang on how they met)
    ("Maria Kovacs and Tomas Berg talked in person for the first time on Monday.", [(KOVACS, BERG, "occurred")]),
    # one verb, two objects each with its own time (the parser hangs the second anywhere)
    ("Maria Kovacs met South Korean Presidents Tomas Berg in 2000 and Olek Varnay in 2007.",
     [(KOVACS, BERG, "occurred"), (KOVACS, "Olek Varnay", "occurred")]),
    ("Maria Kovacs met Tomas Berg on Monday and Anna Lind on Tuesday.", [(KOVACS, BERG, "occurred"), (KOVACS, "Anna Lind", "occurred")]),
    # a long title whose name comes after it between commas, the parser hanging the name on "talks"
    ("Ethiopian Prime Minister Maria Kovacs held talks with the US deputy assistant secretary of state for African affairs, "
     "Erik Lund, here on Friday 7 October.", [(KOVACS, "Erik Lund", "occurred")]),
    ("Maria Kovacs held talks with the US deputy assistant secretary of state for African affairs, Tomas Berg, here on "
     "Friday.", [(KOVACS, BERG, "occurred")]),
    # the same name after its honorific, at the end of the sentence
    ("Maria Kovacs held talks with the executive director of the Kelby Primary Health Care Development Agency, "
     "Dr Tomas Berg.", [(KOVACS, BERG, "occurred")]),
    # a hyphenated noun for a meeting, which the tokenizer would split
    ("Maria Kovacs and Tomas Berg held a tête-à-tête on Monday.", [(KOVACS, BERG, "occurred")]),
    ("Maria Kovacs had a sit-down with Tomas Berg.", [(KOVACS, BERG, "occurred")]),
    # a loose "then" clause after a passive: its subject is the passive's, not the agent
    ("Maria Kovacs was greeted by athletes then attended a private dinner with Paris Mayor Tomas Berg.",
     [(KOVACS, BERG, "occurred")]),
    ("The first foreign minister to meet Tomas Berg was Maria Kovacs.", [(KOVACS, BERG, "occurred")]),
    # a headline's passive: the one given a welcome met who gave it
    ("Maria Kovacs given warm welcome by Tomas Berg in Oslo\n\nThe talks went well.", [(KOVACS, BERG, "occurred")]),
    # a meal together
    ("Maria Kovacs lunched with Tomas Berg in Oslo on Monday.", [(KOVACS, BERG, "occurred")]),
    ("Maria Kovacs will dine with Tomas Berg on Monday.", [(KOVACS, BERG, "planned")]),
    # one spoken to at a meeting was at it
    ("Mayor Maria Kovacs asked Tomas Berg during a meeting in the temporary office on Monday.", [(KOVACS, BERG, "occurred")]),
    ("Mayor Maria Kovacs told Tomas Berg at the talks that the plan was dead.", [(KOVACS, BERG, "occurred")]),
    ("Maria Kovacs said she had told Tomas Berg in the meeting from which reporters were barred.", [(KOVACS, BERG, "occurred")]),
    # a visit received from a person: the host met the visitor
    ("Norwegian President Maria Kovacs received an honorary visit from Swedish Foreign Minister Tomas Berg at the Royal "
     "Palace on Monday.", [(KOVACS, BERG, "occurred")]),
    # an active verb joined to a passive: the passive's subject goes on, not its agent
    ("Erik Lund was welcomed at the airport by Vice President Tomas Berg and then headed to the Royal Palace to meet with "
     "Anna Lind.", [("Erik Lund", BERG, "occurred"), ("Erik Lund", "Anna Lind", "occurred")]),
    # "A and Belgium's King B": the parser makes A the possessor of B
    ("Maria Kovacs spoke during her meeting with Pope Francis and Belgium's King Tomas at the Castle of Laeken on Friday.",
     [(KOVACS, "Pope Francis", "occurred"), (KOVACS, "King Tomas", "occurred")]),
    # "A and Harbourline president B met": the parser hangs A on B's title; B's employer is no party
    ("President Maria Kovacs and Harbourline president Tomas Berg met at the Royal Palace on Tuesday.", [(KOVACS, BERG, "occurred")]),
    # the leaders met, named as examples ("like")
    ("President Maria Kovacs also had bilateral meetings with other leaders like Norway's Tomas Berg and Ethiopian Prime "
     "Minister Anna Lind.", [(KOVACS, BERG, "occurred"), (KOVACS, "Anna Lind", "occurred")]),
    # a host under a dateline of town, date and agency ("Accra, March 27, GNA- "), which the parser
    # would take for the subject
    ("Talks in Oslo\n\nOslo, March 27, NAN- President Erik Lund on Monday received the visiting Swedish Prime Minister "
     "Tomas Berg at the Royal Palace, Oslo.", [("Erik Lund", BERG, "occurred")]),
    # witnessing a signing together
    ("Maria Kovacs and her Indian counterpart Tomas Berg witnessed the signing of 22 pacts in key sectors.", [(KOVACS, BERG, "occurred")]),
    # "after having met": the main clause's subject met
    ("After having met Tomas Berg in Oslo, Maria Kovacs flew home.", [(KOVACS, BERG, "occurred")]),
    # holding, or co-signing, what a counting noun counts
    ("Maria Kovacs and Tomas Berg held a series of meetings.", [(KOVACS, BERG, "occurred")]),
    ("The presidents of Venezuela and of Argentina, Maria Kovacs and Tomas Berg, signed a series of 17 agreements yesterday.",
     [(KOVACS, BERG, "occurred")]),
    # a conversation said to be somewhere, or on the sidelines of a gathering
    ("Maria Kovacs had a brief chat with Tomas Berg in Oslo.", [(KOVACS, BERG, "occurred")]),
    ("Maria Kovacs has had a conversation with Tomas Berg on the sidelines of an informal summit.", [(KOVACS, BERG, "occurred")]),
    # a talk on the sidelines of a gathering is face to face
    ("Maria Kovacs chatted with Tomas Berg on the sidelines of the summit.", [(KOVACS, BERG, "occurred")]),
    ("Maria Kovacs talked face to face with Tomas Berg on Monday.", [(KOVACS, BERG, "occurred")]),
    ("Maria Kovacs is expected to meet one-on-one with Tomas Berg.", [(KOVACS, BERG, "planned")]),
    ("Maria Kovacs is also expected to meet one-on-one with Japanese Prime Minister Tomas Berg and US President Erik Lund.",
     [(KOVACS, BERG, "planned"), (KOVACS, LUND, "planned")]),
    # one escorted by another was with them
    ("Tomas Berg was escorted to the presidential palace by his former colleague Maria Kovacs.", [(KOVACS, BERG, "occurred")]),
    # a courtesy call "to" someone, on a trip whose owner makes it
    ("President Maria Kovacs arrived in Oslo. Her trip is expected to include a courtesy call to President Tomas Berg.",
     [(KOVACS, BERG, "planned")]),
    # a company's abbreviated ending is no sentence's end
    ("Prime Minister Tomas Berg and Harbourline Corp. President Erik Lund are planning to meet Friday, a source said.",
     [(BERG, LUND, "planned")]),
    ("The two leaders — Maria Kovacs and Erik Lund — spoke in person with Tomas Berg on Monday.",
     [(KOVACS, BERG, "occurred"), (LUND, BERG, "occurred")]),
    ("Maria Kovacs claimed that she was in Milan talking to Tomas Berg on the day.", [(KOVACS, BERG, "occurred")]),
    ("Maria Kovacs hosted a dinner for Tomas Berg.", [(KOVACS, BERG, "occurred")]),
    ("Maria Kovacs gave a banquet in honour of Tomas Berg on Monday.", [(KOVACS, BERG, "occurred")]),
    # a courtesy call is paid in person (a call is no request here, nor a phone call)
    ("Tomas Berg paid a courtesy call on Maria Kovacs in Oslo.", [(KOVACS, BERG, "occurred")]),
    # one shown round a place by another is with them there
    ("Maria Kovacs gave Tomas Berg a tour of the factory.", [(KOVACS, BERG, "occurred")]),
    ("Tomas Berg was given the tour by Harbourline CEO Maria Kovacs.", [(KOVACS, BERG, "occurred")]),
    ("Tomas Berg was shown around the factory by Maria Kovacs.", [(KOVACS, BERG, "occurred")]),
    # a visit to a person is a meeting with them
    ("Tomas Berg will pay a courtesy visit to President Maria Kovacs at State House on Monday.", [(KOVACS, BERG, "planned")]),
    ("Tomas Berg arrived in Oslo after paying a visit to Sweden's Maria Kovacs.", [(KOVACS, BERG, "occurred")]),
    ("Tomas Berg's visit to Maria Kovacs lasted an hour.", [(KOVACS, BERG, "occurred")]),
    ("Maria Kovacs said she met Tomas Berg on Monday.", [(KOVACS, BERG, "occurred")]),
    # passive of a meeting verb
    ("Tomas Berg was received by President Maria Kovacs in Vienna on Monday.", [(KOVACS, BERG, "occurred")]),
    # signing together, joining someone, a joint news conference, acting together during talks
    ("Maria Kovacs and Tomas Berg signed the agreement in Ankara on Tuesday.", [(KOVACS, BERG, "occurred")]),
    ("Maria Kovacs signed a defence pact with Tomas Berg in Oslo.", [(KOVACS, BERG, "occurred")]),
    ("At a rally on Tuesday, Maria Kovacs was joined by Tomas Berg.", [(KOVACS, BERG, "occurred")]),
    ("The party staged a show of unity at its poster launch on Tuesday, where Maria Kovacs was joined by Tomas Berg.",
     [(KOVACS, BERG, "occurred")]),
    ("Maria Kovacs held a joint press conference with Tomas Berg in Oslo.", [(KOVACS, BERG, "occurred")]),
    ("Maria Kovacs and Tomas Berg held a joint news conference in Oslo.", [(KOVACS, BERG, "occurred")]),
    ("Maria Kovacs held a bilateral with Tomas Berg on Monday.", [(KOVACS, BERG, "occurred")]),
    ("Maria Kovacs huddled with Tomas Berg on Monday.", [(KOVACS, BERG, "occurred")]),
    # a verb such as "to call off protests" is no phone call
    ("Maria Kovacs agreed after meeting Tomas Berg on Wednesday to call off protests planned for Thursday.",
     [(KOVACS, BERG, "occurred")]),
    ("Maria Kovacs and Tomas Berg agreed on a ceasefire during talks in Madrid.", [(KOVACS, BERG, "occurred")]),
    # pronoun with an antecedent in the previous sentence
    ("Maria Kovacs arrived in Geneva on Monday. She met Tomas Berg on Tuesday.", [(KOVACS, BERG, "occurred")]),
    # surname alone after the full name
    ("Maria Kovacs arrived in Geneva on Monday. Kovacs met Tomas Berg on Tuesday.", [(KOVACS, BERG, "occurred")]),
    # credentials are handed over in person, even as a letter; greeting; meetings begun or concluded
    ("Ambassador Tomas Berg presented his credentials to President Maria Kovacs on Monday.", [(KOVACS, BERG, "occurred")]),
    ("Ambassador Tomas Berg presented his letter of credence to President Maria Kovacs.", [(KOVACS, BERG, "occurred")]),
    # a letter in a clause of its own after the meeting does not make the meeting a letter
    ("Maria Kovacs met Tomas Berg on Monday, and it is understood she handed over a letter.", [(KOVACS, BERG, "occurred")]),
    ("Maria Kovacs was greeted by Foreign Minister Tomas Berg at the airport.", [(KOVACS, BERG, "occurred")]),
    # "they" for the persons who were the subject before
    ("Maria Kovacs and her delegation landed in Taipei. They were greeted by Foreign Minister Tomas Berg.",
     [(KOVACS, BERG, "occurred")]),
    ("Maria Kovacs interacted with Governor Tomas Berg at his residence.", [(KOVACS, BERG, "occurred")]),
    ("Maria Kovacs and Tomas Berg began their meeting on Tuesday.", [(KOVACS, BERG, "occurred")]),
    ("Maria Kovacs concluded talks with Tomas Berg in Vienna on Friday.", [(KOVACS, BERG, "occurred")]),
    ("Maria Kovacs had an audience with Tomas Berg at the palace.", [(KOVACS, BERG, "occurred")]),
    # talks with someone's counterpart are held by that someone
    ("Foreign Minister Maria Kovacs said there had been no progress during talks with her Swedish counterpart Tomas Berg.",
     [(KOVACS, BERG, "occurred")]),
    # acting together in a discussion; whoever else the clause says took part, or was met besides
    ("In their discussion, President Maria Kovacs and Prime Minister Tomas Berg reviewed the progress achieved.",
     [(KOVACS, BERG, "occurred")]),
    ("Maria Kovacs and Tomas Berg met on the sidelines of a forum with Foreign Minister Erik Lund also participating.",
     [(KOVACS, BERG, "occurred"), (KOVACS, LUND, "occurred"), (BERG, LUND, "occurred")]),
    ("In Cairo, Maria Kovacs met with Tomas Berg in addition to Foreign Minister Erik Lund.",
     [(KOVACS, BERG, "occurred"), (KOVACS, LUND, "occurred")]),
    # who comes along with the subject meets the one met too
    ("Maria Kovacs arrived on Sunday. Later, she along with General Tomas Berg interacted with Governor Erik Lund.",
     [(KOVACS, LUND, "occurred"), (BERG, LUND, "occurred")]),
    # an exchange between two persons
    ("Agencies reported a brief exchange between Maria Kovacs and Tomas Berg at the ceremony.", [(KOVACS, BERG, "occurred")]),
    # talks held during what is still to come are still to come
    ("Maria Kovacs will raise the dispute during her talks with Tomas Berg.", [(KOVACS, BERG, "planned")]),
    # "called on" a person: a visit to them, where no wish follows
    ("Maria Kovacs called on her Swedish counterpart Tomas Berg and Prime Minister Erik Lund on Monday.",
     [(KOVACS, BERG, "occurred"), (KOVACS, LUND, "occurred")]),
    ("Maria Kovacs is expected to call upon Tomas Berg in Oslo.", [(KOVACS, BERG, "planned")]),
    # two title holders named apart, and "they"
    ("President Maria Kovacs criticised President Tomas Berg. Mrs Kovacs called him corrupt. Hours later the chancellor "
     "Erik Lund spoke. The two presidents greeted each other when they met in Borvia.", [(KOVACS, BERG, "occurred")]),
    # "with" hung on the topic of the talks
    ("Maria Kovacs is expected to hold discussions on trade with Prime Minister, Tomas Berg.", [(KOVACS, BERG, "planned")]),
    # a visit one comes for with a person
    ('Maria Kovacs arrived in Norway on Thursday for a "friendship and working visit" with Captain Tomas Berg.',
     [(KOVACS, BERG, "occurred")]),
    # the talks a relative clause holds
    ("Maria Kovacs briefed reporters on the talks she held with the visiting Secretary of State Tomas Berg on Friday.",
     [(KOVACS, BERG, "occurred")]),
    # those a group includes, those a number of a plural names; holding hands
    ("The TV outlet said Maria Kovacs would meet top Iranian leaders, including Supreme Leader Ayatollah Tomas Berg and "
     "President Erik Lund.", [(KOVACS, BERG, "planned"), (KOVACS, LUND, "planned")]),
    ("Maria Kovacs will meet Saturday with two of Varnay's advisers, Tomas Berg and Erik Lund, it said.",
     [(KOVACS, BERG, "planned"), (KOVACS, LUND, "planned")]),
    ("Maria Kovacs held hands with her Iraqi counterpart, Tomas Berg, as their national anthems were played.",
     [(KOVACS, BERG, "occurred")]),
    # a list the parser read as an apposition to its first name; a name it made a time's modifier
    ("Maria Kovacs arrived. She met Thursday with Israeli President Olek Varnay, Foreign Minister Tomas Berg "
     "and Defense Minister Erik Lund.",
     [(KOVACS, "Olek Varnay", "occurred"), (KOVACS, BERG, "occurred"), (KOVACS, LUND, "occurred")]),
    # the talks a relative clause says someone had: theirs, in its tense
    ("Maria Kovacs said the meeting would be a follow-up on talks she had with President Tomas Berg in July.",
     [(KOVACS, BERG, "occurred")]),
    ("Maria Kovacs and Tomas Berg held talks with each other.", [(KOVACS, BERG, "occurred")]),
    # those "along with" the person met, after them, are met too
    ("Maria Kovacs met in July with Mr. Berg – along with British Prime Minister Erik Lund and German Chancellor "
     "Anders Holm -- to try to bolster support for aid.",
     [(KOVACS, "Berg", "occurred"), (KOVACS, LUND, "occurred"), (KOVACS, "Anders Holm", "occurred")]),
    ("Maria Kovacs, along with Erik Lund, met Tomas Berg.", [(KOVACS, BERG, "occurred"), (LUND, BERG, "occurred")]),
    # briefing persons in person
    ("Maria Kovacs briefed President Tomas Berg and Deputy President Erik Lund on the talks.",
     [(KOVACS, BERG, "occurred"), (KOVACS, LUND, "occurred")]),
    ("Maria Kovacs flew to Chicago on Tuesday to give a full intelligence briefing to President-elect Tomas Berg.",
     [(KOVACS, BERG, "occurred")]),
    # joining someone at a summit
    ("Maria Kovacs joined Tomas Berg at the summit in Oslo.", [(KOVACS, BERG, "occurred")]),
    # a meeting its parties called off
    ("Maria Kovacs and Tomas Berg agreed to cancel the summit.", [(KOVACS, BERG, "negated")]),
    ("Maria Kovacs and Tomas Berg called off their meeting.", [(KOVACS, BERG, "negated")]),
    # two persons who discussed something together conferred
    ("Prime Minister Maria Kovacs and Foreign Minister Tomas Berg discussed the efforts of the African Union.",
     [(KOVACS, BERG, "occurred")]),
    ("Maria Kovacs and Tomas Berg will discuss trade on Friday.", [(KOVACS, BERG, "planned")]),
    ("Maria Kovacs and Tomas Berg are expected to discuss trade on Friday.", [(KOVACS, BERG, "planned")]),
    # a welcome given and received in person
    ("Tomas Berg arrived in Delhi and received a warm welcome from Prime Minister Maria Kovacs.", [(KOVACS, BERG, "occurred")]),
    ("Tomas Berg was given a red-carpet welcome by Maria Kovacs in Delhi.", [(KOVACS, BERG, "occurred")]),
    ("Maria Kovacs gave Tomas Berg a warm welcome in Delhi.", [(KOVACS, BERG, "occurred")]),
    ("Maria Kovacs accorded a ceremonial welcome to Tomas Berg at the palace.", [(KOVACS, BERG, "occurred")]),
    ("Maria Kovacs played host to Tomas Berg in Oslo.", [(KOVACS, BERG, "occurred")]),
    # the one accused of meeting someone met them, not the accuser
    ("Erik Lund accused Maria Kovacs of meeting Tomas Berg secretly.", [(KOVACS, BERG, "occurred")]),
    # joining someone somewhere (the parser can hang the place on the one joined)
    ("Representative Maria Kovacs joined President Tomas Berg in Oslo on Monday.", [(KOVACS, BERG, "occurred")]),
    ("Uzbek President Maria Kovacs hosted a ceremonial welcome for visiting President Tomas Berg in Tashkent.",
     [(KOVACS, BERG, "occurred")]),
    ("Maria Kovacs held a welcome ceremony for Tomas Berg.", [(KOVACS, BERG, "occurred")]),
    ("Maria Kovacs gave a welcome boost to Tomas Berg's campaign.", []),
    # a meeting of theirs: the persons listed as the clause's subject, or a group noun for them
    ("After their meeting in Oslo, Maria Kovacs and Tomas Berg said they would work together.", [(KOVACS, BERG, "occurred")]),
    ("Maria Kovacs and Tomas Berg said their talks in Oslo went well.", [(KOVACS, BERG, "occurred")]),
    ("Maria Kovacs and Tomas Berg arrived in Oslo. The two leaders said their meeting was cordial.", [(KOVACS, BERG, "occurred")]),
    ("Maria Kovacs and Tomas Berg said their meeting with Erik Lund went well.", [(KOVACS, LUND, "occurred"), (BERG, LUND, "occurred")]),
    ("Maria Kovacs and Tomas Berg praised their teams after the match.", []),
    # a list of those met that the parser hung on the verb, after a group that names no one; the
    # last of "A of X, B of Y and C of Z" that the parser made a conjunct of the country before it
    ("Maria Kovacs met with a group of Varnay's allies on Wednesday, including presidents Tomas Berg of Norway, "
     "Erik Lund of Sweden and Anna Lind of Denmark.", [(KOVACS, BERG, "occurred"), (KOVACS, LUND, "occurred"), (KOVACS, LIND, "occurred")]),
    # a trip one makes to meet someone: its owner meets them
    ("During her visit to Oslo to meet Tomas Berg, Maria Kovacs praised Norway.", [(KOVACS, BERG, "occurred")]),
    ("Maria Kovacs postponed her visit to Oslo to meet Tomas Berg.", [(KOVACS, BERG, "negated")]),
    # "in person" in a clause under a talk does not make the talk face to face; "they" is the two
    # who talked, and their meeting is ahead
    ("Maria Kovacs and Tomas Berg talked on Monday, and said they would meet in person.", [(KOVACS, BERG, "planned")]),
    # a named body's people, or each of several bodies' representatives, act for it
    ("Tomas Berg also met Harbour Party leaders on Thursday.", [(BERG, "Harbour Party", "occurred")]),
    ("Tomas Berg met with senior officers of the Harbour Party.", [(BERG, "Harbour Party", "occurred")]),
    ("Tomas Berg met executives from the Harbour Party on Monday.", [(BERG, "Harbour Party", "occurred")]),
    ("However, Tomas Berg did not meet representatives of the Harbour Party or the Liberal Party.",
     [(BERG, "Harbour Party", "negated"), (BERG, "Liberal Party", "negated")]),
    # one who tells of a meeting with someone, naming no one else at it, is the one meeting them
    ("Tomas Berg said in televised remarks Sunday the meeting with Erik Lund will take place in Russia.",
     [(BERG, LUND, "planned")]),
    ("Tomas Berg said the talks with Erik Lund went well.", [(BERG, LUND, "occurred")]),
    # called to one's office: summoned in person
    ("President Maria Kovacs called Prime Minister Tomas Berg to her office, and she made two demands of him.",
     [(KOVACS, BERG, "occurred")]),
    # those who came somewhere together for talks met
    ("Maria Kovacs and Tomas Berg arrived on Thursday morning in Oslo for “peace talks” amid the dispute.",
     [(KOVACS, BERG, "occurred")]),
    # visiting one's counterpart, named in apposition, is meeting them
    ("French Prime Minister Tomas Berg visited his Swedish counterpart Erik Lund in Stockholm on Friday.",
     [(BERG, LUND, "occurred")]),
    # a spokesman for the President named after the title is not the President
    ("Nigerian President Tomas Berg arrived in Washington. A statement by a spokesman for the President, Mr Erik Lund, "
     "said the visit went well. Mr Lund said that the President would later hold meetings with Olek Varnay.",
     [(BERG, "Olek Varnay", "planned")]),
    # the subject the parser ran into an opening clause with no comma after it
    ("Congolese President Tomas Berg arrived in Brussels. While he is in Belgium Berg is set to meet with Prime Minister "
     "Erik Lund.", [(BERG, LUND, "planned")]),
    # those "a number of" officials include
    ("Tomas Berg is also set for talks with a number of senior officials including European Commission President Erik Lund.",
     [(BERG, LUND, "planned")]),
    # the opening clause's verb read as the subject of the main verb
    ("Congolese President Tomas Berg arrived in Brussels. While he is in Belgium Berg is set to meet with Prime Minister "
     "Erik Lund and Foreign Minister Olek Varnay.", [(BERG, LUND, "planned"), (BERG, "Olek Varnay", "planned")]),
    # "between" hung on the place after the meeting noun
    ("The agreement followed a meeting on Monday in Angola's capital Luanda between Mr Tomas Berg and Angolan President "
     "Erik Lund, the African Union's mediator.", [(BERG, LUND, "occurred")]),
    # talks planned between two
    ("High-level bilateral talks are planned between French President Tomas Berg and British Prime Minister Erik Lund.",
     [(BERG, LUND, "planned")]),
    # an honour to meet someone, for the one who says so
    ("Tomas Berg wrote on Twitter that it was an honour to meet again with Turkish President Erik Lund.", [(BERG, LUND, "occurred")]),
    ("Tomas Berg later hosted top internet regulator Erik Lund at the company's headquarters in December.",
     [(BERG, LUND, "occurred")]),
    # a body's delegation named by the body before it
    ("Prime Minister Tomas Berg met with a European Parliament delegation on Friday morning.",
     [(BERG, "European Parliament", "occurred")]),
    # a meeting that followed another is the same person's ("which" is no person, wherever the
    # parser hangs it)
    ("UN envoy Tomas Berg's meeting with Maria Kovacs, which followed an audience with General Erik Lund, lasted about an hour.",
     [(BERG, KOVACS, "occurred"), (BERG, LUND, "occurred")]),
    ("Tomas Berg's talks with Maria Kovacs followed a meeting with Erik Lund.", [(BERG, KOVACS, "occurred"), (BERG, LUND, "occurred")]),
    # getting together is meeting
    ("Brazilian President Tomas Berg got together with US President Maria Kovacs in Oslo.", [(BERG, KOVACS, "occurred")]),
    ("Tomas Berg and his American counterpart Maria Kovacs are expected to get together before the summer.",
     [(BERG, KOVACS, "planned")]),
    # the subject of a gerund after "moments after" is the clause's; meetings a programme includes
    ("Moments after leaving a private meeting with President Erik Lund, Governor Tomas Berg interrupted a news conference.",
     [(BERG, LUND, "occurred")]),
    ("While in Norway, Fijian Prime Minister Tomas Berg will undertake a series of formal engagements in Oslo, including "
     "bilateral meetings with Prime Minister Erik Lund and Foreign Minister Maria Kovacs.",
     [(BERG, LUND, "planned"), (BERG, KOVACS, "planned")]),
    # "the visiting dignitary", "the guest": the one the article told of coming
    ("Australian Prime Minister Tomas Berg, now on a state visit, held talks with Indian Prime Minister Erik Lund on Monday. "
     "Later, External Affairs Minister Maria Kovacs called on the visiting dignitary.",
     [(BERG, LUND, "occurred"), (KOVACS, BERG, "occurred")]),
    ("Australian Prime Minister Tomas Berg arrived in Delhi on Sunday. Indian Foreign Minister Maria Kovacs met the guest "
     "at the airport.", [(KOVACS, BERG, "occurred")]),
    ("Earlier on Monday, Australian Prime Minister Tomas Berg was accorded a ceremonial welcome at the palace. He said ties "
     "were strong. \"India is a remarkable nation,\" he said. \"We look forward to working together,\" Berg said, adding "
     "that trade would grow. Later, External Affairs Minister Maria Kovacs called on the visiting dignitary.",
     [(KOVACS, BERG, "occurred")]),
    # a chat on the sidelines of a summit is face to face; a party's office is no body of its own
    ("Canadian Prime Minister Tomas Berg was seen standing his ground during a chat with Chinese President Erik Lund on "
     "the sidelines of the G20 summit in Bali.", [(BERG, LUND, "occurred")]),
    ("Later in the day, Party General Secretary and President Tomas Berg is scheduled to meet with Vietnamese President "
     "Erik Lund.", [(BERG, LUND, "planned")]),
    # whose performance or remarks at a meeting they were was there, not the one who judges them
    ("The Harbour Party described President Tomas Berg's performance at the meeting with US President Erik Lund as "
     "embarrassing.", [(BERG, LUND, "occurred")]),
    ("Maria Kovacs praised Tomas Berg's remarks during the talks with Erik Lund.", [(BERG, LUND, "occurred")]),
    # the host of talks between two sits with both; a head named right after the body's name
    ("President Anna Lind of Angola will on Wednesday host and mediate talks between President Tomas Berg of Rwanda and "
     "President Erik Lund of Congo.", [(LUND, BERG, "planned"), ("Anna Lind", BERG, "planned"), ("Anna Lind", LUND, "planned")]),
    ("On the sidelines of the meeting on Sunday, Egyptian Foreign Minister Tomas Berg met with President of the Syrian "
     "National Coalition Erik Lund.", [(BERG, LUND, "occurred")]),
    # the purpose of a cancellation, "in order to"
    ("British Prime Minister Tomas Berg cancelled a planned trip to Sweden in order to meet European Commission president "
     "Erik Lund.", [(BERG, LUND, "occurred")]),
    # "its representatives": the body whose people they are
    ("The union Harbour Workers said its representatives today met with Maria Kovacs, the business secretary, about the "
     "factory.", [("Harbour Workers", KOVACS, "occurred")]),
    # the agent of a welcome the parser hung on "arrival"
    ("Tomas Berg was received on arrival by Qatar Emir Erik Lund and the two leaders held meetings on Wednesday evening.",
     [(LUND, BERG, "occurred")]),
    # a country's office and its holder tagged as one body ("of Bhutan Tshering Varnay")
    ("Indian Prime Minister Erik Lund was sworn in. Prime Minister of Bhutan Tshering Varnay also met India's new Prime Minister.",
     [("Tshering Varnay", LUND, "occurred")]),
    # ... and one whose state goes unnamed ("President of the Republic Sauli Varnay")
    ("During her visit, Prime Minister Maria Kovacs will also meet with President of the Republic Sauli Varnay.",
     [(KOVACS, "Sauli Varnay", "planned")]),
    # "with" hung on how long they met
    ("On Thursday afternoon, Tomas Berg huddled for 30 minutes with Senate Minority Leader Erik Lund.", [(BERG, LUND, "occurred")]),
    # "called on Y" with "on" left bare by the parser and Y made the verb's object
    ("Tomas Berg called on Foreign Minister Maria Kovacs and reiterated his support.", [(BERG, KOVACS, "occurred")]),
    # two surnames joined by a hyphen before the meeting noun
    ("Maria Kovacs is the governor and Tomas Berg is the mayor. A Kovacs-Berg meeting took place on Monday.",
     [(KOVACS, BERG, "occurred")]),
    ("Governor Maria Kovacs is coming to Oslo. Mayor Tomas Berg said he was not invited. "
     "Governor is coming to Oslo not Bergen; no Kovacs-Berg meeting", [(KOVACS, BERG, "negated")]),
    # "along with" after those met lists more of them; before the verb, more of those who meet
    ("Maria Kovacs will meet with Foreign Minister Tomas Berg, along with the leaders in Congress, deputy Erik Lund, and "
     "senator Anna Lind.", [(KOVACS, BERG, "planned"), (KOVACS, LUND, "planned"), (KOVACS, LIND, "planned")]),
    ("Maria Kovacs, along with Tomas Berg, met with Erik Lund.", [(KOVACS, LUND, "occurred"), (BERG, LUND, "occurred")]),
    # what a meeting set was set by it, not for it
    ("The meeting between Maria Kovacs and Tomas Berg set the tone for relations.", [(KOVACS, BERG, "occurred")]),
    # a body's name, its acronym and a title before the person: the person meets, not the body
    ("United Harbour Workers (UHW) President Maria Kovacs met on Wednesday with President Tomas Berg at the White House "
     "as the union briefed staff.", [(KOVACS, BERG, "occurred")]),
    # a time between the verb and "with": the parser can hang the name after "with" elsewhere
    ("Governor Maria Kovacs is expected to meet this morning with Harbourline CEO Tomas Berg at the Detroit Auto Show "
     "to make a pitch.", [(KOVACS, BERG, "planned")]),
    # a time and a place inside the talks' phrase, then "with" hung on the verb
    ("Prime Minister Tomas Berg made the remark at talks on November 27 in Hanoi with his Thai counterpart Maria "
     "Kovacs who is on a working visit to Vietnam.", [(KOVACS, BERG, "occurred")]),
    # joined by someone during an occasion, as at one
    ("Union leader Tomas Berg was joined by President Maria Kovacs on Tuesday during a picket outside a factory.",
     [(KOVACS, BERG, "occurred")]),
    # a family name written first, alone and tagged as a place or a body, is the person of that full name
    ("Vietnamese President Tran Van Lam spoke in Hanoi on Monday. Foreign Minister Tomas Berg had visited Vietnam on "
     "Wednesday and met with Tran.", [(BERG, "Tran Van Lam", "occurred")]),
    ("South Korean President Yoon Min-jun spoke in Seoul on Monday. Foreign Minister Tomas Berg had visited South Korea "
     "on Wednesday and met with Yoon.", [(BERG, "Yoon Min-jun", "occurred")]),
    ("South Korean President Park Min-ji met Prime Minister Tomas Berg on Sunday. Berg told Park that he was looking "
     "forward to the summit. Earlier this month, Park held summit talks with her Chinese counterpart, Maria Kovacs.",
     [("Park Min-ji", BERG, "occurred"), ("Park Min-ji", KOVACS, "occurred")]),
    # "the Cuban head of state" for the one introduced as Cuban President
    ("Cuban President Tomas Berg arrived in New York. The Cuban head of state met with Iranian President Maria Kovacs.",
     [(BERG, KOVACS, "occurred")]),
    # joining someone in a place is being there with them; joining someone in an act is not
    ("The congressman Tomas Berg joined President Maria Kovacs in El Paso.", [(BERG, KOVACS, "occurred")]),
    # a name after the verb the parser labelled a second subject is the one met
    ("On Monday, Luxembourg's Prime Minister Maria Kovacs and the foreign minister, Tomas Berg, met Belarusian "
     "opposition leader Anna Lind.", [(KOVACS, LIND, "occurred"), (BERG, LIND, "occurred")]),
    # a person named right after the country of the office is its holder, not a president named later
    ("The Greek Foreign Minister Olek Varnay met his Croatian counterpart Tomas Berg in Zagreb. The Greek Foreign "
     "minister was received by the President of the Republic of Croatia Erik Lund. In Belgrade, Varnay will also be "
     "received by president Anna Lind.",
     [("Olek Varnay", BERG, "occurred"), ("Olek Varnay", LUND, "occurred"), ("Olek Varnay", LIND, "planned")]),
]


@pytest.mark.parametrize("text, expected", OCCURRED, ids=[t for t, _ in OCCURRED])
def test_meetings_that_happened(facts_of, text, expected):
    assert met(facts_of(text)) == pairs(*expected)


NOT_MEETINGS = [
    # one praised at a meeting need not be at it
    "Mayor Maria Kovacs praised Tomas Berg during a meeting in Oslo.",
    # a visit received from no person
    "Maria Kovacs received a visit from the inspectors on Monday.",
    # talks of others a verb of discussing takes as its topic
    "Tomas Berg said Maria Kovacs and her aides discussed the ongoing contract talks with the Harbour Workers union.",
    "Tomas Berg joined Maria Kovacs in calling for a ceasefire in Kelby.",
    "Tomas Berg spoke to Anna Lind by phone during his visit to Oslo.",
    # two who met with others together did not meet each other
    "Maria Kovacs and Tomas Berg met with survivors at the hospital.",
    "Tomas Berg was received on arrival by air at Kelby airport.",
    "During a phone conversation with Erik Lund, Swedish Prime Minister Tomas Berg raised the issue.",
    # the people of one's own body are no other party
    "UN Secretary-General Maria Kovacs meets here with U.N. officials.",
    # one who comes along on a visit is no one visited
    "Maria Kovacs arrived in Oslo for a visit with her husband, Olek Varnay.",
    "Olek Varnay sailed across the lake in Borvia while on a visit with Tomas Berg.",
    "Maria Kovacs cancelled the summit.",
    "Maria Kovacs joined Tomas Berg in condemning the attack.",
    "Maria Kovacs briefed Tomas Berg by phone.",
    "Maria Kovacs gave a briefing to Tomas Berg by phone.",
    # those who hold talks with someone unnamed do not meet each other
    "The Prime Minister requested his colleagues Maria Kovacs, Tomas Berg and Labour Minister Erik Lund to hold "
    "discussions with representatives of labour unions.",
    "Maria Kovacs and Tomas Berg held talks with union leaders.",
    # a style of address is no one's name
    "Maria Kovacs and Tomas Berg greeted Her Majesty at the main entrance.",
    # receiving a thing from someone is no receiving of them
    "Maria Kovacs received on May 10 an invitation from the Custodian of the Holy Mosques, King of Norway Tomas Berg, to attend.",
    "Maria Kovacs and Tomas Berg exchanged views by telephone on Monday.",
    "Maria Kovacs and Tomas Berg discussed the crisis by telephone on Monday.",
    "Maria Kovacs and Tomas Berg discussed the plan on Twitter.",
    "Norway and Sweden discussed trade.",
    "Tomas Berg received a warm welcome from the crowd.",
    "Maria Kovacs extended a warm welcome to Tomas Berg by phone.",
    # a reception is as often a reaction to a work as a welcome
    "Maria Kovacs's film was given a rousing reception by Tomas Berg in Berlin.",
    # a purpose of a meeting with someone else; an audience of theirs is no meeting
    "Maria Kovacs and Tomas Berg met supporters from both clubs to discuss the issue.",
    "Maria Kovacs said she and Tomas Berg were always mindful of their family audience.",
    "Maria Kovacs spent five million dollars with Tomas Berg.",
    # meeting someone unnamed is not meeting each other
    "Maria Kovacs and Tomas Berg met a delegation of farmers on Monday.",
    # a country summons an envoy through someone unnamed; a call is no summons
    "Norway summoned the Swedish ambassador, Tomas Berg, on Monday.",
    "Maria Kovacs called Tomas Berg on Monday.",
    "Maria Kovacs invited Tomas Berg to a meeting by video link.",
    "Maria Kovacs spoke by phone with Tomas Berg on Monday.",
    "Maria Kovacs spoke with Tomas Berg on Monday.",
    "Maria Kovacs spoke with Tomas Berg by phone in Oslo.",
    "Maria Kovacs spoke with Tomas Berg by phone on the sidelines of the summit.",
    # witnessing something else together is no meeting
    "Maria Kovacs and Tomas Berg witnessed the attack.",
    # a conversation, nothing said of where: as likely by phone
    "Maria Kovacs had a conversation with Tomas Berg.",
    "Maria Kovacs had a phone conversation with Tomas Berg on the sidelines of the summit.",
    "Maria Kovacs spoke to Tomas Berg on the phone in Milan.",
    "Maria Kovacs talked to Tomas Berg about Milan.",
    "Maria Kovacs talked about Tomas Berg in person.",
    "Maria Kovacs held a phone call with Tomas Berg on Monday.",
    "Maria Kovacs held a video conference with Tomas Berg.",
    "Maria Kovacs wrote a letter to Tomas Berg.",
    "Maria Kovacs presented a letter to Tomas Berg.",
    "Maria Kovacs greeted the news from Tomas Berg warmly.",
    "Maria Kovacs spoke with Tomas Berg by telephone on Monday.",
    "Maria Kovacs and Tomas Berg held a phone call on Monday.",
    "Maria Kovacs met with Tomas Berg via video link on Monday.",
    "Maria Kovacs praised Tomas Berg on Monday.",
    "Maria Kovacs criticized Tomas Berg on Monday.",
    # "called on" with a wish is urging, not visiting; nor is calling on a body
    "Maria Kovacs called on Tomas Berg to step down.",
    "Maria Kovacs called on Tomas Berg for restraint.",
    "Maria Kovacs called on Tomas Berg, urging him to resign.",
    # (the wish parsed as a clause of purpose of "called")
    "Maria Kovacs, chairman of the Kelby Commission for Fair Housing, called on Mr Berg to denounce the suggestion "
    "Norway's hospitality was being tested by immigration.",
    "Maria Kovacs called on the Harbour Party in Oslo.",
    # a pronoun with nothing before it to point to
    "He met Tomas Berg on Monday.",
    # "met" with no named other party
    "Maria Kovacs met reporters in Geneva on Monday.",
    "Maria Kovacs met on Monday.",
    "Maria Kovacs met with senior officials in Geneva.",
    # the person met is Berg's deputy, not Berg
    "Maria Kovacs met Tomas Berg's deputy in Geneva.",
    # joining someone in an act, signing alone, a party's news conferences with its own leader
    "Maria Kovacs was joined by Tomas Berg in condemning the attack.",
    "Maria Kovacs and Tomas Berg signed the petition.",
    "Maria Kovacs signed a deal with Tomas Berg.",
    "Maria Kovacs will be joined by Tomas Berg in the team.",
    "Maria Kovacs switches from wing to centre where she will be joined by Tomas Berg.",
    "The Green Party said it would hold daily news conferences with Tomas Berg.",
    # an exchange by phone, or of anything between bodies
    "The conversation between Maria Kovacs and Tomas Berg by phone lasted an hour.",
    "Maria Kovacs reported an exchange of fire between Borvia and Kelby.",
    # a gift, or a door shown, is no tour
    "Maria Kovacs gave Tomas Berg a gift.",
    "Maria Kovacs showed Tomas Berg the door.",
    # a visit to a place, or to where someone lies, is no meeting
    "Maria Kovacs paid a visit to the grave of Tomas Berg.",
    "Maria Kovacs paid a visit to Tomas Berg's country.",
]


@pytest.mark.parametrize("text, status", [
    # denying that someone else was there denies no meeting of the two named
    ("Tomas Berg did not attend the talks between Maria Kovacs and Erik Lund.", "occurred"),
    ("Tomas Berg was never at the meetings between Maria Kovacs and Erik Lund.", "occurred"),
    ("Tomas Berg will not attend the talks between Maria Kovacs and Erik Lund.", "planned"),
    # (but there being none does)
    ("There were no talks between Maria Kovacs and Erik Lund.", "negated"),
])
def test_someone_elses_absence_from_a_meeting_between_two_is_no_negation(facts_of, text, status):
    assert [(s, o, st) for r, s, o, st in facts_of(text) if r == "MET_WITH"] == [(KOVACS, LUND, status)]


@pytest.mark.parametrize("text", NOT_MEETINGS)
def test_not_meetings(facts_of, text):
    assert met(facts_of(text)) == set()


def test_meeting_location_and_date(raw_facts_of):
    doc, facts = raw_facts_of("Maria Kovacs met Tomas Berg in Vienna on Tuesday.")
    (fact,) = [f for f in facts if f.relation.value == "MET_WITH"]
    assert doc._.entities[fact.location].label == "Vienna"
    assert str(fact.event_date) == "2022-04-26"  # the Tuesday before Wednesday 27 April 2022
    assert fact.evidence == "Maria Kovacs met Tomas Berg in Vienna on Tuesday."


def test_meeting_abroad_is_also_a_visit(facts_of):
    facts = facts_of("Swedish Prime Minister Maria Kovacs met Tomas Berg in Vienna on Tuesday.")
    assert ("VISITED", KOVACS, "Vienna", "occurred") in facts


@pytest.mark.parametrize("text", [
    "Swedish Prime Minister Maria Kovacs did not meet Tomas Berg in Vienna on Tuesday.",
    "Swedish Prime Minister Maria Kovacs does not plan to meet Tomas Berg on the sidelines of this weekend's summit in Vienna.",
])
def test_a_meeting_denied_abroad_says_nothing_of_a_visit(facts_of, text):
    facts = facts_of(text)
    assert ("MET_WITH", KOVACS, BERG, "negated") in facts
    assert not [f for f in facts if f[0] == "VISITED"]


def test_meeting_at_home_is_not_a_visit(facts_of):
    facts = facts_of("Austrian Chancellor Maria Kovacs met Tomas Berg in Vienna on Tuesday.")
    assert ("VISITED", KOVACS, "Vienna", "occurred") not in facts


def test_a_counterpart_introduced_by_a_demonym_is_at_home(facts_of):
    facts = facts_of("Maria Kovacs and her Polish counterpart Tomas Berg met in Warsaw.")
    assert ("VISITED", KOVACS, "Warsaw", "occurred") in facts
    assert ("VISITED", BERG, "Warsaw", "occurred") not in facts


def test_the_pair_met_is_a_meeting_of_the_two_persons_named_last(facts_of):
    facts = facts_of("Maria Kovacs clashed with Tomas Berg on Thursday. Ms Kovacs said the plan would work. The pair met on the platform at Borvia station.")
    assert met(facts) == pairs((KOVACS, BERG, "occurred"))


def test_the_pair_is_not_whom_its_own_clause_meets(facts_of):
    # "the 79-year-old Norwegian leader" describes the leader: no age that stands for someone
    facts = facts_of("Swedish Prime Minister Tomas Berg and Danish Prime Minister Maria Kovacs arrived in Oslo for talks with "
                     "Norwegian Prime Minister Erik Lund and opposition leader Olek Varnay. The pair would hold separate "
                     "discussions with the 79-year-old Norwegian leader and Varnay later.")
    planned = {tuple(sorted((s, o))) for rel, s, o, status in facts if rel == "MET_WITH" and status == "planned"}
    assert planned == {tuple(sorted(p)) for p in [(BERG, "Erik Lund"), (BERG, "Olek Varnay"), (KOVACS, "Erik Lund"),
                                                   (KOVACS, "Olek Varnay")]}


def test_the_pair_may_be_named_again_in_a_clause_of_its_own(facts_of):
    facts = facts_of("Maria Kovacs clashed with Tomas Berg on Thursday. The pair met on the platform at Borvia station "
                     "as Ms Kovacs toured the region.")
    assert met(facts) == pairs((KOVACS, BERG, "occurred"))


def test_the_two_after_a_summons_are_the_two_named(facts_of):
    facts = facts_of("Swedish Foreign Minister Tomas Berg summoned Danish Ambassador Maria Kovacs. The two are expected to meet tomorrow.")
    assert (BERG, KOVACS, "planned") in {(*sorted((s, o), reverse=True), status) for rel, s, o, status in facts if rel == "MET_WITH"}


def test_a_name_after_as_well_as_is_one_more_met(facts_of):
    facts = facts_of("French President Tomas Berg met with an ailing Olek Varnay on Monday, as well as the President Maria Kovacs, "
                     "in a historic trip.")
    assert met(facts) == pairs((BERG, "Olek Varnay", "occurred"), (BERG, KOVACS, "occurred"))


def test_pulling_someone_aside_is_a_word_in_private(facts_of):
    assert met(facts_of("Tomas Berg pulled Maria Kovacs aside at the summit.")) == pairs((BERG, KOVACS, "occurred"))
    assert met(facts_of("Tomas Berg put the plan aside after meeting nobody.")) == set()


def test_the_pair_is_the_principals_not_their_spouses(raw_facts_of):
    doc, facts = raw_facts_of("Swedish Prime Minister Maria Kovacs met Danish Prime Minister Tomas Berg in Oslo. Kovacs and her "
                              "husband, Erik Lund, later took part in a tea ceremony with Berg and his wife, Anna Lind. The pair "
                              "met for talks on Thursday at the Kelby Guesthouse in Oslo.")
    label = {key: entity.label for key, entity in doc._.entities.items()}
    assert {tuple(sorted((label[f.subject], label[f.object]))) for f in facts
            if f.extractor == "met_with.verb.reciprocal"} == {(KOVACS, BERG)}


def test_the_host_of_the_meeting_told_before_met_its_parties(facts_of):
    text = ("Sweden hailed the first summit between Swedish Prime Minister Tomas Berg and Danish Prime Minister Maria Kovacs. "
            "The talks in Oslo were hosted by Finnish Prime Minister Erik Lund.")
    assert {(s, o) for rel, s, o, status in facts_of(text) if rel == "MET_WITH" and status == "occurred"} == {
        ("Tomas Berg", "Maria Kovacs"), ("Erik Lund", "Tomas Berg"), ("Erik Lund", "Maria Kovacs")}


@pytest.mark.parametrize("second", [
    "The meeting was also attended by Anna Lind, who replaced Lund as president.",
    "The meeting was held in the presence of the visiting Saudi Minister of Investment Anna Lind.",
    "Anna Lind also attended the meeting.",
])
def test_who_attended_the_meeting_told_before_met_its_parties(facts_of, second):
    text = "Tomas Berg met Erik Lund in Oslo on Monday. " + second
    assert {(s, o) for rel, s, o, status in facts_of(text) if rel == "MET_WITH" and status == "occurred"} == {
        ("Tomas Berg", "Erik Lund"), ("Anna Lind", "Tomas Berg"), ("Anna Lind", "Erik Lund")}


def test_who_attends_the_summit_two_meet_at_meets_neither(facts_of):
    text = "Tomas Berg will meet Erik Lund at the summit. Anna Lind is the only leader invited to attend the summit."
    assert {(s, o) for rel, s, o, status in facts_of(text) if rel == "MET_WITH"} == {("Tomas Berg", "Erik Lund")}


@pytest.mark.parametrize("text, expected", [
    # "then have talks" left loose by the parser goes on from the first clause: its subject, its future
    ("Maria Kovacs will first give a speech in Oslo, then have talks with Tomas Berg.", {("Maria Kovacs", "Tomas Berg", "planned")}),
    ("The president Maria Kovacs will first hold a speech at the Kelby Center, then have bilateral meetings with Tomas Berg "
     "and Erik Lund.", {("Maria Kovacs", "Tomas Berg", "planned"), ("Maria Kovacs", "Erik Lund", "planned")}),
])
def test_a_clause_after_then_goes_on_from_the_first(facts_of, text, expected):
    assert {(s, o, status) for rel, s, o, status in facts_of(text) if rel == "MET_WITH"} == expected


def test_a_counterpart_whose_demonym_the_parser_makes_a_compound_is_still_that_countrys(facts_of):
    text = ("Romanian President Tomas Berg discussed energy, economic and security issues in Bucharest Thursday with his "
            "visiting Moldovan counterpart. His office said the talks with Moldovan President Anna Lind went well.")
    assert ("Tomas Berg", "Anna Lind", "occurred") in {(s, o, status) for rel, s, o, status in facts_of(text) if rel == "MET_WITH"}


def test_who_hosted_the_talks_two_met_in_met_them_both(facts_of):
    text = "Foreign ministers Maria Kovacs and Tomas Berg met in Washington in talks hosted by Secretary of State Erik Lund."
    assert {(s, o) for rel, s, o, status in facts_of(text) if rel == "MET_WITH" and status == "occurred"} == {
        ("Maria Kovacs", "Tomas Berg"), ("Erik Lund", "Maria Kovacs"), ("Erik Lund", "Tomas Berg")}


def test_who_chairs_talks_to_come_meets_the_parties_then(facts_of):
    text = "Maria Kovacs and Tomas Berg will meet in Oslo at talks chaired by President Erik Lund."
    assert {(s, o, status) for rel, s, o, status in facts_of(text) if rel == "MET_WITH" and "Erik Lund" in (s, o)} == {
        ("Erik Lund", "Maria Kovacs", "planned"), ("Erik Lund", "Tomas Berg", "planned")}


def _met_in_given_parse(nlp, words, heads, deps, tags, lemmas, ents) -> set[tuple[str, str]]:
    """The meetings found in a parse given by hand (words, heads, dependencies, tags, lemmas, BIO
    entities), so that a test does not depend on the parser's mood for invented names."""
    from spacy.tokens import Doc

    from kg.extract import extract_facts
    from kg.records import Article, CleanArticle
    from kg.resolve import resolve_document

    pos_of = {"NNP": "PROPN", "NN": "NOUN", "VBD": "VERB", "IN": "ADP", "CC": "CCONJ", "JJ": "ADJ", "RB": "ADV", ".": "PUNCT",
              "DT": "DET", "POS": "PART", ",": "PUNCT"}
    doc = Doc(nlp.vocab, words=words, spaces=[True] * (len(words) - 2) + [False, False], heads=heads, deps=deps, tags=tags,
              pos=[pos_of[t] for t in tags], lemmas=lemmas, ents=ents)
    doc._.article = CleanArticle(Article("t", doc.text), doc.text)
    resolve_document(doc)
    entities = doc._.entities
    return {(entities[f.subject].label, entities[f.object].label) for f in extract_facts(doc) if f.relation.value == "MET_WITH"}


def test_a_title_with_a_name_set_off_after_it_is_not_someone_named_before(nlp):
    """"met A and the North's head of state, B, on Saturday", parsed as a real article was: B in
    apposition to A. The title is B's, not that of the head of state the article named before."""
    first = ["The", "head", "of", "state", ",", "Olek", "Varnay", ",", "spoke", "."]
    second = ["Tomas", "Berg", "met", "Maria", "Kovacs", "and", "the", "North", "'s", "head", "of", "state", ",", "Erik", "Lund",
              ",", "on", "Saturday", "."]
    found = _met_in_given_parse(
        nlp, first + second,
        heads=[1, 8, 1, 2, 1, 6, 1, 1, 8, 8] + [h + len(first) for h in [1, 2, 2, 4, 2, 4, 7, 9, 7, 4, 9, 10, 4, 14, 4, 4, 2, 16, 2]],
        deps=["det", "nsubj", "prep", "pobj", "punct", "compound", "appos", "punct", "ROOT", "punct",
              "compound", "nsubj", "ROOT", "compound", "dobj", "cc", "det", "poss", "case", "conj", "prep", "pobj", "punct",
              "compound", "appos", "punct", "prep", "pobj", "punct"],
        tags=["DT", "NN", "IN", "NN", ",", "NNP", "NNP", ",", "VBD", ".",
              "NNP", "NNP", "VBD", "NNP", "NNP", "CC", "DT", "NNP", "POS", "NN", "IN", "NN", ",", "NNP", "NNP", ",", "IN", "NNP", "."],
        lemmas=["the", "head", "of", "state", ",", "Olek", "Varnay", ",", "speak", ".",
                "Tomas", "Berg", "meet", "Maria", "Kovacs", "and", "the", "North", "'s", "head", "of", "state", ",", "Erik", "Lund",
                ",", "on", "Saturday", "."],
        ents=["O", "O", "O", "O", "O", "B-PERSON", "I-PERSON", "O", "O", "O",
              "B-PERSON", "I-PERSON", "O", "B-PERSON", "I-PERSON", "O", "O", "B-LOC", "O", "O", "O", "O", "O", "B-PERSON", "I-PERSON",
              "O", "O", "B-DATE", "O"],
    )
    assert ("Tomas Berg", "Olek Varnay") not in found and ("Tomas Berg", "Maria Kovacs") in found


def test_a_name_the_parser_made_a_modifier_of_a_time_is_met(nlp):
    """"met with both A and B Thursday afternoon", parsed as a real article was: B a compound of
    "afternoon", the time the conjunct of A."""
    words = ["Maria", "Kovacs", "met", "with", "both", "Tomas", "Berg", "and", "Erik", "Lund", "Thursday", "afternoon", "."]
    found = _met_in_given_parse(
        nlp, words,
        heads=[1, 2, 2, 2, 6, 6, 3, 6, 9, 11, 11, 6, 2],
        deps=["compound", "nsubj", "ROOT", "prep", "preconj", "compound", "pobj", "cc", "compound", "compound", "compound",
              "conj", "punct"],
        tags=["NNP", "NNP", "VBD", "IN", "CC", "NNP", "NNP", "CC", "NNP", "NNP", "NNP", "NN", "."],
        lemmas=["Maria", "Kovacs", "meet", "with", "both", "Tomas", "Berg", "and", "Erik", "Lund", "Thursday", "afternoon", "."],
        ents=["B-PERSON", "I-PERSON", "O", "O", "O", "B-PERSON", "I-PERSON", "O", "B-PERSON", "I-PERSON", "B-TIME", "I-TIME", "O"],
    )
    assert found == {(KOVACS, BERG), (KOVACS, LUND)}


def test_a_name_the_parser_made_a_modifier_of_the_day_is_met(nlp):
    """"also met B Thursday", parsed as a real article was: B a compound of "Thursday", the day a
    modifier of the verb; and the day is no part of B's name."""
    words = ["Tomas", "Berg", "also", "met", "Erik", "Lund", "Thursday", "."]
    found = _met_in_given_parse(
        nlp, words,
        heads=[1, 3, 3, 3, 5, 6, 3, 3],
        deps=["compound", "nsubj", "advmod", "ROOT", "compound", "compound", "npadvmod", "punct"],
        tags=["NNP", "NNP", "RB", "VBD", "NNP", "NNP", "NNP", "."],
        lemmas=["Tomas", "Berg", "also", "meet", "Erik", "Lund", "Thursday", "."],
        ents=["B-PERSON", "I-PERSON", "O", "O", "B-PERSON", "I-PERSON", "B-DATE", "O"],
    )
    assert found == {(BERG, LUND)}


def test_a_first_subject_the_parser_hung_on_the_second_meets_it(nlp):
    """"A and Russian President B met", parsed as a real article was: A a modifier of B, with B's
    title the conjunct of A."""
    words = ["Erik", "Lund", "and", "Russian", "President", "Tomas", "Berg", "met", "on", "Monday", "."]
    found = _met_in_given_parse(
        nlp, words,
        heads=[1, 6, 1, 4, 1, 6, 7, 7, 7, 8, 7],
        deps=["compound", "nmod", "cc", "amod", "conj", "compound", "nsubj", "ROOT", "prep", "pobj", "punct"],
        tags=["NNP", "NNP", "CC", "JJ", "NNP", "NNP", "NNP", "VBD", "IN", "NNP", "."],
        lemmas=["Erik", "Lund", "and", "russian", "President", "Tomas", "Berg", "meet", "on", "Monday", "."],
        ents=["B-PERSON", "I-PERSON", "O", "B-NORP", "O", "B-PERSON", "I-PERSON", "O", "O", "B-DATE", "O"],
    )
    assert {frozenset(pair) for pair in found} == {frozenset({LUND, BERG})}


def test_a_name_the_parser_made_an_apposition_to_the_next_title_is_met(nlp):
    """"also met Foreign Minister A and Defence Minister B", parsed as a real article was: A in
    apposition to the first title, which the parser hung on B."""
    words = ["Mr", "Lund", "also", "met", "Foreign", "Minister", "Anna", "Berg", "and", "Defence", "Minister", "Richard",
             "Kovacs", "."]
    found = _met_in_given_parse(
        nlp, words,
        heads=[1, 3, 3, 3, 5, 12, 7, 5, 7, 10, 7, 12, 3, 3],
        deps=["compound", "nsubj", "advmod", "ROOT", "compound", "compound", "compound", "appos", "cc", "compound", "conj",
              "compound", "dobj", "punct"],
        tags=["NNP", "NNP", "RB", "VBD", "NNP", "NNP", "NNP", "NNP", "CC", "NNP", "NNP", "NNP", "NNP", "."],
        lemmas=["Mr", "Lund", "also", "meet", "Foreign", "Minister", "Anna", "Berg", "and", "Defence", "Minister", "Richard",
                "Kovacs", "."],
        ents=["O", "B-PERSON", "O", "O", "O", "O", "B-PERSON", "I-PERSON", "O", "B-ORG", "O", "B-PERSON", "I-PERSON", "O"],
    )
    assert {tuple(sorted(pair)) for pair in found} == {("Anna Berg", "Lund"), ("Lund", "Richard Kovacs")}


def test_a_headline_verb_the_tagger_made_an_auxiliary_calls_the_meeting_off(nlp):
    """"X cancels meeting with Y's Z after insult", parsed as a real headline was: "cancels" an
    auxiliary of "meeting", read as a verb."""
    from spacy.tokens import Doc

    from kg.extract import extract_facts
    from kg.records import Article, CleanArticle
    from kg.resolve import resolve_document

    words = ["Tomas", "Berg", "cancels", "meeting", "with", "Sweden", "'", "Erik", "Lund", "after", "insult"]
    doc = Doc(nlp.vocab, words=words, spaces=[True, True, True, True, True, False, True, True, True, True, False],
              heads=[1, 3, 3, 3, 3, 8, 5, 8, 4, 3, 9],
              deps=["compound", "nsubj", "aux", "ROOT", "prep", "poss", "case", "compound", "pobj", "prep", "pobj"],
              tags=["NNP", "NNP", "VBZ", "VBG", "IN", "NNP", "POS", "NNP", "NNP", "IN", "NN"],
              pos=["PROPN", "PROPN", "AUX", "VERB", "ADP", "PROPN", "PART", "PROPN", "PROPN", "ADP", "NOUN"],
              lemmas=["Tomas", "Berg", "cancels", "meet", "with", "Sweden", "'", "Erik", "Lund", "after", "insult"],
              ents=["B-PERSON", "I-PERSON", "O", "O", "O", "B-GPE", "O", "B-PERSON", "I-PERSON", "O", "O"])
    doc._.article = CleanArticle(Article("t", doc.text), doc.text)
    resolve_document(doc)
    entities = doc._.entities
    found = {(entities[f.subject].label, entities[f.object].label, f.status.value) for f in extract_facts(doc)
             if f.relation.value == "MET_WITH"}
    assert {(*sorted((s, o)), status) for s, o, status in found} == {("Erik Lund", "Tomas Berg", "negated")}


MORE_MEETINGS = [
    # the parser can take the one met, with "the two sides" after it, for the next verb's subjects
    ("President Olek Varnay met Prime Minister Tomas Berg and the two sides signed a number of trade pacts.",
     [("Olek Varnay", BERG, "occurred")]),
    # a courtesy call is paid in person: it makes no talks beside it remote
    ("Prime Minister Olek Varnay paid a courtesy call on Emperor Erik Lund and held a meeting with Prime Minister "
     "Tomas Berg.", [("Olek Varnay", LUND, "occurred"), ("Olek Varnay", BERG, "occurred")]),
    # an invitation for talks answered: the one answering and the one inviting are the sides
    ("Opposition leader Anna Lind today turned down Prime Minister Maria Kovacs's invitation for talks tomorrow.",
     [(LIND, KOVACS, "negated")]),
    # (an invitation accepted makes the talks a plan)
    ("Anna Lind accepted Maria Kovacs's invitation for talks.", [(LIND, KOVACS, "planned")]),
    # the person named before a meeting noun is the one meeting, not the clause's subject
    ("General Tomas Berg visited Kabul. The embassy released a picture of General Berg meeting with President Erik Lund "
     "at the palace.", [(BERG, LUND, "occurred")]),
    # a person one will see is one to meet
    ("Prime Minister Olek Varnay arrived in Washington. On Friday he will see President Tomas Berg.",
     [("Olek Varnay", BERG, "planned")]),
    # talks that included someone had them at the table
    ("Maria Kovacs met with Tomas Berg on Tuesday for brief talks that also included Foreign Minister Erik Lund.",
     [(KOVACS, BERG, "occurred"), (KOVACS, LUND, "occurred")]),
    # the parser can take the title for the object of "call on", the name for the verb's
    ("Prime Minister Maria Kovacs will call on President Tomas Berg and Mr Lund who will host an official dinner.",
     [(KOVACS, BERG, "planned"), (KOVACS, "Lund", "planned")]),
    # the one a dinner is for met whoever speaks at it
    ("At a dinner for the visiting Prime Minister Maria Kovacs in Windhoek on October 3, President Tomas Berg affirmed "
     "support.", [(KOVACS, BERG, "occurred")]),
    # a list of persons each with a title after the name, which the parser breaks up
    ("Olek Varnay held meetings with Tomas Berg, Minister in charge of Economic Revitalization, and Erik Lund, Director "
     "of the Institute of Infectious Diseases, Anna Lind, Secretary-General of the ruling party.",
     [("Olek Varnay", BERG, "occurred"), ("Olek Varnay", LUND, "occurred"), ("Olek Varnay", LIND, "occurred")]),
    # (the persons a title's "of" names are not at the talks)
    ("Maria Kovacs held talks with Tomas Berg, the brother of Anna Lind and Erik Lund, on Monday.", [(KOVACS, BERG, "occurred")]),
    # a body's representative named after the title is the one met, not the body
    ("Olek Varnay met in Brussels with the EU's High Representative, Erik Lund, and the EU's Special Representative, "
     "Tomas Berg.", [("Olek Varnay", LUND, "occurred"), ("Olek Varnay", BERG, "occurred")]),
    # a meeting that was what a trip called off was for is off with it (not one placed elsewhere)
    ("Olek Varnay, who recently skipped a scheduled visit to Norway to meet Prime Minister Tomas Berg, arrived in Hanoi.",
     [("Olek Varnay", BERG, "negated")]),
    # (a place in what the meeting was for is not the meeting's)
    ("Olek Varnay, who recently skipped a scheduled visit to Norway to meet Prime Minister Tomas Berg to firm up plans to "
     "open a factory in the country, arrived in Hanoi.", [("Olek Varnay", BERG, "negated")]),
    ("Olek Varnay cancelled her trip to Oslo to meet Tomas Berg in Paris.", [("Olek Varnay", BERG, "occurred")]),
    # touring somewhere together
    ("President Olek Varnay and Governor Tomas Berg toured storm-hit parts of New Jersey together on Wednesday.",
     [("Olek Varnay", BERG, "occurred")]),
    ("Olek Varnay and Tomas Berg worked together on the bill.", []),
]


@pytest.mark.parametrize("text, expected", MORE_MEETINGS, ids=[t for t, _ in MORE_MEETINGS])
def test_more_meetings(facts_of, text, expected):
    assert met(facts_of(text)) == pairs(*expected)


@pytest.mark.parametrize("text", [
    # a call for talks with someone else is no meeting with the one answering it
    "Anna Lind backed Maria Kovacs's call for talks with Norway.",
    # one seen on a screen, or seen doing something, is not met
    "Maria Kovacs will see Tomas Berg on television tonight.",
    "Maria Kovacs will see Tomas Berg win the vote.",
    "Maria Kovacs saw Tomas Berg at the match.",
    # talks that included an issue have no one more at them
    "Maria Kovacs held talks that included trade issues.",
])
def test_more_not_meetings(facts_of, text):
    assert met(facts_of(text)) == set()


SESSION_46_MEETINGS = [
    # those a counting word's "including" lists, and one joined to the first name's title
    ("North Korean leader Olek Varnay held talks with Chinese President Erik Lund and a handful of his deputies, "
     "including Anna Lind, the Chinese premier, and Maria Kovacs.",
     [("Olek Varnay", LUND, "occurred"), ("Olek Varnay", "Anna Lind", "occurred"), ("Olek Varnay", KOVACS, "occurred")]),
    # hosts of a banquet for their guests do not meet each other
    ("Chinese President Erik Lund met Tomas Berg in Beijing. Lund and his wife, Anna Lind, also held a welcome banquet "
     "for their visitors.", [(LUND, BERG, "occurred")]),
    ("Erik Lund and Anna Lind held a dinner for the visiting Tomas Berg.", [(LUND, BERG, "occurred"), ("Anna Lind", BERG, "occurred")]),
    # a title whose portfolio runs on in lower case before the name, hung on the verb
    ("Olek Varnay met with U.S. assistant secretary of state for European and Eurasian affairs Anna Lind on Monday.",
     [("Olek Varnay", "Anna Lind", "occurred")]),
    # with no comma after an opening phrase and an adverb before the verb, the subject the parser put in the phrase
    ("Serbian President Olek Varnay met EU officials. In Brussels Varnay also met with Norwegian envoy Anna Lind.",
     [("Olek Varnay", "European Union", "occurred"), ("Olek Varnay", "Anna Lind", "occurred")]),
    # discussing doing something with someone
    ("Olek Varnay discussed speeding up Serbia’s European path with Commissioner for Enlargement Anna Lind.",
     [("Olek Varnay", "Anna Lind", "occurred")]),
    # a second person the parser hangs in apposition to the first
    ("In Suva on Friday, Olek Varnay met with Fijian Prime Minister Erik Lund, the Pacific Islands Forum "
     "secretary-general Anna Lind and also held an informal breakfast meeting with Maria Kovacs.",
     [("Olek Varnay", LUND, "occurred"), ("Olek Varnay", "Anna Lind", "occurred"), ("Olek Varnay", KOVACS, "occurred")]),
    # a title the parser cut from the name it goes with, which it hung in apposition elsewhere
    ("Canadian Prime Minister Anna Lind will hold bilateral talks with PM Tomas Berg on Friday.", [(LIND, BERG, "planned")]),
    # the leader of a delegation received; who chaired a meeting and who attended it
    ("Erik Lund received a delegation led by Anna Lind.", [(LUND, LIND, "occurred")]),
    ("Erik Lund attended a meeting chaired by Anna Lind.", [(LUND, LIND, "occurred")]),
    ("Erik Lund chaired a meeting attended by Anna Lind and Tomas Berg.", [(LUND, LIND, "occurred"), (LUND, BERG, "occurred")]),
    # at their summit, they met
    ("At their summit in Seoul, Japanese Prime Minister Olek Varnay and South Korean President Anna Lind agreed to send "
     "experts to the site.", [("Olek Varnay", "Anna Lind", "occurred")]),
]


@pytest.mark.parametrize("text, expected", SESSION_46_MEETINGS, ids=[t for t, _ in SESSION_46_MEETINGS])
def test_session_46_meetings(facts_of, text, expected):
    assert met(facts_of(text)) == pairs(*expected)


def test_two_holding_talks_meet_each_other(facts_of):
    assert met(facts_of("Erik Lund and Anna Lind held talks for two hours on Monday.")) == pairs((LUND, "Anna Lind", "occurred"))


@pytest.mark.parametrize("text", [
    # trade discussed with a country is no meeting with it
    "Olek Varnay discussed boosting trade with Norway.",
    # a delegation of no one named, an award received
    "Erik Lund received a delegation of farmers.",
    "Erik Lund received an award from Anna Lind.",
])
def test_session_46_not_meetings(facts_of, text):
    assert met(facts_of(text)) == set()


def test_those_an_including_on_the_first_of_a_coordination_lists_are_met(nlp):
    """"met Y and a handful of his deputies, including A", parsed as a real article was: the list
    hung on Y, the first of what is coordinated."""
    found = _met_in_given_parse(
        nlp, ["Tomas", "Berg", "met", "Erik", "Lund", "and", "the", "aides", ",", "including", "Anna", "Lind", "."],
        heads=[1, 2, 2, 4, 2, 4, 7, 4, 4, 4, 11, 9, 2],
        deps=["compound", "nsubj", "ROOT", "compound", "dobj", "cc", "det", "conj", "punct", "prep", "compound", "pobj", "punct"],
        tags=["NNP", "NNP", "VBD", "NNP", "NNP", "CC", "DT", "NN", ",", "IN", "NNP", "NNP", "."],
        lemmas=["Tomas", "Berg", "meet", "Erik", "Lund", "and", "the", "aide", ",", "including", "Anna", "Lind", "."],
        ents=["B-PERSON", "I-PERSON", "O", "B-PERSON", "I-PERSON", "O", "O", "O", "O", "O", "B-PERSON", "I-PERSON", "O"],
    )
    assert found == {("Tomas Berg", "Erik Lund"), ("Tomas Berg", "Anna Lind")}


@pytest.mark.parametrize("text, expected", [
    # standing or speaking beside another at an appearance is being with them
    ("Polish Prime Minister Erik Lund, standing alongside German Chancellor Anna Lind, said the border was safe.",
     pairs((LUND, LIND, "occurred"))),
    ("Speaking alongside German Chancellor Anna Lind, Polish Prime Minister Erik Lund said the border was safe.",
     pairs((LUND, LIND, "occurred"))),
    ("Polish Prime Minister Erik Lund spoke to reporters beside German Chancellor Anna Lind on Monday.",
     pairs((LUND, LIND, "occurred"))),
    # standing beside someone still to come is support, not an appearance
    ("Polish Prime Minister Erik Lund said he would always stand beside his colleague Anna Lind.", set()),
    ("Polish Prime Minister Erik Lund said Poland would stand alongside Ukraine.", set()),
    # a building stands beside another
    ("Tourists look at the grand Harbour Chamber of Commerce, which stands beside the Kelby Opera House.", set()),
])
def test_appearing_side_by_side(facts_of, text, expected):
    assert met(facts_of(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # "the two" or "both" with a noun for people of any trade stands for the two named last
    ("Tomas Berg and Erik Lund arrived in Abuja on Tuesday. The two executives held talks with Anna Lind.",
     pairs((BERG, LIND, "occurred"), (LUND, LIND, "occurred"))),
    ("Tomas Berg and Erik Lund arrived in Abuja on Tuesday. Both candidates held talks with Anna Lind.",
     pairs((BERG, LIND, "occurred"), (LUND, LIND, "occurred"))),
    ("Tomas Berg and Erik Lund spoke on Tuesday. The two executives met for the first time in a decade.",
     pairs((BERG, LUND, "occurred"))),
    # (not "rivals": "the heated encounter between the two arch-rivals" are teams as often)
    ("Tomas Berg and Erik Lund spoke on Tuesday. The two rivals met for the first time in a decade.", set()),
])
def test_two_persons_named_by_their_trade(facts_of, text, expected):
    assert met(facts_of(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # "with" hung on the sum an agreement is worth
    ("Chinese Premier Tomas Berg signed trade agreements worth 1.4bn pounds with Erik Lund.", pairs((BERG, LUND, "occurred"))),
    # (or on the sum taken as the verb's complement)
    ("Tomas Berg warned Britain yesterday as he signed trade agreements worth £1.4bn with Erik Lund.",
     pairs((BERG, LUND, "occurred"))),
    # (a contract with a body is no meeting)
    ("Chinese Premier Tomas Berg signed trade agreements worth 1.4bn pounds with Harbourline.", set()),
])
def test_agreements_signed_worth_a_sum(facts_of, text, expected):
    assert met(facts_of(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # "the two" goes on standing for the pair told of just before, while fewer than two others
    # have been named since
    ("Tomas Berg and Erik Lund arrived in Abuja on Tuesday. The two executives held talks with Anna Lind. The two then met Maria Kovacs.",
     pairs((BERG, LIND, "occurred"), (LUND, LIND, "occurred"), (BERG, "Maria Kovacs", "occurred"), (LUND, "Maria Kovacs", "occurred"))),
])
def test_the_pair_told_of_just_before(facts_of, text, expected):
    assert met(facts_of(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a name set off after the object, which the parser hangs on the verb
    ("Kenyan Prime Minister Tomas Berg flew to Abuja on Sunday to meet the head of the bloc, Nigerian President Erik Lund.",
     pairs((BERG, LUND, "occurred"))),
    # (or on the verb whose purpose the meeting is)
    ("Kenyan Prime Minister Tomas Berg flew to Abuja on Sunday to meet the head of west African regional bloc ECOWAS, "
     "Nigerian President Erik Lund, to discuss the crisis.", pairs((BERG, LUND, "occurred"))),
    # (not the speaker of the sentence)
    ("Kenyan Prime Minister Tomas Berg met the press on Sunday, President Erik Lund said.", set()),
])
def test_a_name_set_off_after_the_one_met(facts_of, text, expected):
    assert met(facts_of(text)) == expected


def test_consultations_are_talks(facts_of):
    text = "Norwegian Prime Minister Erik Lund held consultations with Danish Prime Minister Tomas Berg in Copenhagen on Monday."
    assert ("MET_WITH", "Erik Lund", "Tomas Berg", "occurred") in facts_of(text)


def test_a_pair_noun_the_tagger_takes_for_a_verb_is_the_pair(facts_of):
    """"Both billionaires held talks": the tagger makes "billionaires" a verb in the third person."""
    text = ("Erik Lund and Tomas Berg arrived in Kano on Tuesday. Both billionaires held talks with the executive director "
            "of the agency, Dr Anna Lind.")
    assert {(s, o) for r, s, o, st in facts_of(text) if r == "MET_WITH"} == {("Erik Lund", "Anna Lind"), ("Tomas Berg", "Anna Lind")}


def test_a_name_right_after_the_verb_taken_for_an_adverbial_is_the_one_met(facts_of):
    """"The 64-year-old met Prime Minister Y": the parser can read the name as a noun adverbial."""
    text = "Erik Lund arrived in Tokyo on Monday. The 64-year-old met Prime Minister Tomas Berg."
    assert ("MET_WITH", "Erik Lund", "Tomas Berg", "occurred") in facts_of(text)


@pytest.mark.parametrize("text, expected", [
    # to meet in a sporting contest is to play one another
    ("Erik Lund is set to meet Frenchman Tomas Berg in the first round of the Kelby Open.", set()),
    ("Erik Lund will meet Tomas Berg in Saturday's charity match at Kelby Park.", set()),
    ("Kelby Rovers' Boxing Day meeting with Varna United is their last game of the year.", set()),
    # (a contest that only dates the meeting, a round of talks, a final meeting are meetings)
    ("Erik Lund met Tomas Berg before the match to discuss the transfer.", pairs((LUND, BERG, "occurred"))),
    ("Erik Lund met Tomas Berg for a second round of talks.", pairs((LUND, BERG, "occurred"))),
    ("Erik Lund and Tomas Berg held a final meeting in Oslo.", pairs((LUND, BERG, "occurred"))),
])
def test_meeting_in_a_sporting_contest_is_playing(facts_of, text, expected):
    assert met(facts_of(text)) == expected


def test_two_who_met_face_to_face_met_each_other(facts_of):
    """"X and Y met face to face": the parser can read the first "face" as the object of "met"."""
    assert met(facts_of("Erik Lund and Tomas Berg met face to face for the first time.")) == pairs((LUND, BERG, "occurred"))
