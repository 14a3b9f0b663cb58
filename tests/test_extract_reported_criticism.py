"""CRITICIZED read from reported speech, labels, stances and demands, on invented sentences.

Each case lists every CRITICIZED fact (critic, target, status) a careful annotator would record.
"""
from __future__ import annotations

import pytest

KOVACS, BERG = "Maria Kovacs", "Tomas Berg"


def criticized(facts) -> set[tuple[str, str, str]]:
    return {(s, o, status) for rel, s, o, status in facts if rel == "CRITICIZED"}


def critic_pairs(facts) -> set[tuple[str, str]]:
    """The (critic, target) pairs of the CRITICIZED facts, whatever their status."""
    return {(s, o) for s, o, _status in criticized(facts)}


CASES = [
    # reported speech that judges someone
    ("Maria Kovacs said Tomas Berg was naive.", {(KOVACS, BERG, "occurred")}),
    ("Maria Kovacs stated that Tomas Berg \"is not serious\" about the talks.", {(KOVACS, BERG, "occurred")}),
    ("Maria Kovacs said she saw no sign that Tomas Berg was serious.", {(KOVACS, BERG, "occurred")}),
    ("Maria Kovacs said Tomas Berg had broken his promise.", {(KOVACS, BERG, "occurred")}),
    ("Maria Kovacs said the Harbour Party was trying to con voters.", {(KOVACS, "Harbour Party", "occurred")}),
    ("Maria Kovacs said Sweden has seriously threatened peace and stability in the region.", {(KOVACS, "Sweden", "occurred")}),
    ("Maria Kovacs said Sweden had encroached on the waters of coastal countries.", {(KOVACS, "Sweden", "occurred")}),
    # (a threat of one's own act is no wrong)
    ("Maria Kovacs said Tomas Berg threatened to resign.", set()),
    ("Maria Kovacs said Tomas Berg should apologise.", {(KOVACS, BERG, "occurred")}),
    ("Maria Kovacs said Tomas Berg was guilty of bringing the sport into disrepute.", {(KOVACS, BERG, "occurred")}),
    # a wrong told in a clause that goes on from another, sharing its subject
    ("Maria Kovacs said Sweden is hosting its armed adversaries, restricting movement of Norwegian goods on its territory "
     "and tormenting its citizens.", {(KOVACS, "Sweden", "occurred")}),
    ("Maria Kovacs said Sweden was a friend and praised its leaders.", set()),
    # a record judged badly, before the noun (a bad thing after it is what the record is of)
    ("\"Tomas Berg has a shameful history of committing abuses,\" Maria Kovacs tweeted.", {(KOVACS, BERG, "occurred")}),
    ("Maria Kovacs said Tomas Berg had a history of dangerous driving.", set()),
    # not telling the truth; coming unprepared
    ("Maria Kovacs said the Swedish government was \"not telling the truth\" about the protests.",
     {(KOVACS, "Swedish government", "occurred")}),
    ("Maria Kovacs said Tomas Berg was telling the truth.", set()),
    ("Maria Kovacs said Tomas Berg had come \"unprepared\".", {(KOVACS, BERG, "occurred")}),
    ("\"The Harbourline principles stand as the Magna Carta for the industry and are responsible for the explosion in "
     "innovation,\" said Maria Kovacs.", set()),
    # the speech verb the parser hangs on the quotation after it
    ("Ada Nwosu, steering committee member at the Nigerian Coalition of the ICC said, \"Tomas Berg is an alleged war "
     "criminal on the run from the law.\"", {("Ada Nwosu", BERG, "occurred")}),
    # a judgement the parser reads as a passive; a quality lacked
    ("Maria Kovacs said that Tomas Berg was biased.", {(KOVACS, BERG, "occurred")}),
    ("Maria Kovacs said that Tomas Berg was not biased.", set()),
    # the same judgement as an adjective, on its own or after another ("has been compromised and is biased")
    ("Maria Kovacs says the Harbourline Police is biased towards the ruling party.", {(KOVACS, "Harbourline Police", "occurred")}),
    ("Maria Kovacs says Tomas Berg has been compromised and is biased towards the ruling party.", {(KOVACS, BERG, "occurred")}),
    ("Maria Kovacs said Tomas Berg is tired.", set()),
    # what one judges done to someone is no judgement of them
    ("Maria Kovacs said it was unacceptable that Tomas Berg had faced harassment.", set()),
    ("Maria Kovacs said it was unacceptable that Tomas Berg had ignored the ruling.", {(KOVACS, BERG, "occurred")}),
    # backing armed groups is a charge; backing a process is not, nor denying it
    ("The Swedish government has claimed Norway is backing rebels in the north.", {("Swedish government", "Norway", "occurred")}),
    ("Maria Kovacs said Norway was not supporting terrorists.", set()),
    ("Maria Kovacs said Norway was supporting the peace process.", set()),
    ("Maria Kovacs said Tomas Berg was elected.", set()),
    ("\"If we reject this treaty, Britain will be isolated and weak in Europe,\" said Maria Kovacs.", set()),
    ("Maria Kovacs said the former student leader Tomas Berg lacked political maturity.", {(KOVACS, BERG, "occurred")}),
    # labels and stances
    ("Maria Kovacs branded Tomas Berg's remarks \"stupid and evil\".", {(KOVACS, BERG, "occurred")}),
    ("Maria Kovacs called Tomas Berg a disgrace.", {(KOVACS, BERG, "occurred")}),
    ("Maria Kovacs was critical of Tomas Berg's decision.", {(KOVACS, BERG, "occurred")}),
    ("Maria Kovacs urged Tomas Berg to resign.", {(KOVACS, BERG, "occurred")}),
    ("Maria Kovacs launched an attack on Tomas Berg.", {(KOVACS, BERG, "occurred")}),
    # phrasal and idiomatic verbs
    ("Maria Kovacs hit back at Tomas Berg on Monday.", {(KOVACS, BERG, "occurred")}),
    ("State Treasurer Maria Kovacs was the first prominent Democrat to speak out aggressively against Tomas Berg.",
     {(KOVACS, BERG, "occurred")}),
    ("Maria Kovacs took aim at Tomas Berg in a speech.", {(KOVACS, BERG, "occurred")}),
    ("Maria Kovacs turned on Tomas Berg after the vote.", {(KOVACS, BERG, "occurred")}),
    ("Maria Kovacs dismissed Tomas Berg's claims as nonsense.", {(KOVACS, BERG, "occurred")}),
    ("Maria Kovacs called Tomas Berg's decision a mistake.", {(KOVACS, BERG, "occurred")}),
    # criticism received, and anger expressed
    ("Maria Kovacs came under fire from Tomas Berg over the budget.", {(BERG, KOVACS, "occurred")}),
    ("Maria Kovacs faced fierce criticism from Tomas Berg.", {(BERG, KOVACS, "occurred")}),
    ("Tomas Berg's plan drew condemnation from Maria Kovacs.", {(KOVACS, BERG, "occurred")}),
    ("Tomas Berg expressed anger at Maria Kovacs's remarks.", {(BERG, KOVACS, "occurred")}),
    ("Maria Kovacs faced a difficult vote on Monday.", set()),
    # a quotation judging a named party, attributed after it
    ("“To react that way is pathetic. Tomas Berg lied to the referee, and now this,” Maria Kovacs said.",
     {(KOVACS, BERG, "occurred")}),
    ("“The European Union has failed. It is a disgrace,” Maria Kovacs told reporters.",
     {(KOVACS, "European Union", "occurred")}),
    ("“Tomas Berg is a good man,” Maria Kovacs said.", set()),
    # "dismiss" a person is to fire or send off, not to criticize
    ("The referee, Maria Kovacs, dismissed Tomas Berg in the second half.", set()),
    # judgements spoken of what someone owns or did, and mistakes made
    ("The Liberal Party and the Green Party both say Tomas Berg's pledges are \"worthless\".",
     {("Liberal Party", BERG, "occurred"), ("Green Party", BERG, "occurred")}),
    ("Maria Kovacs said Tomas Berg's claims were lies.", {(KOVACS, BERG, "occurred")}),
    ("Maria Kovacs said Tomas Berg had made a serious mistake.", {(KOVACS, BERG, "occurred")}),
    ("Maria Kovacs said Tomas Berg was to blame for the crisis.", {(KOVACS, BERG, "occurred")}),
    ("Maria Kovacs said Tomas Berg should be ashamed of himself.", {(KOVACS, BERG, "occurred")}),
    ("Maria Kovacs said she was disappointed with Tomas Berg.", {(KOVACS, BERG, "occurred")}),
    ("Maria Kovacs said she was not disappointed with Tomas Berg.", set()),
    ("Maria Kovacs said no-one in the party felt Tomas Berg was a racist.", set()),
    # other demands and swipes
    ("Maria Kovacs called for Tomas Berg to resign.", {(KOVACS, BERG, "occurred")}),
    ("Maria Kovacs took a swipe at Tomas Berg.", {(KOVACS, BERG, "occurred")}),
    ("Maria Kovacs blasted Tomas Berg's handling of the crisis.", {(KOVACS, BERG, "occurred")}),
    # praise and neutral reports are not criticism
    ("Maria Kovacs said Tomas Berg was serious about the talks.", set()),
    ("Maria Kovacs said Tomas Berg was an honest man.", set()),
    ("Maria Kovacs called Tomas Berg on Monday.", set()),
    ("Maria Kovacs was not critical of Tomas Berg.", set()),
    ("Maria Kovacs said Tomas Berg would visit Oslo.", set()),
    # a judgement in a quotation whose "it" stands for the clause after "that"; judgements
    # coordinated after the first (not one denied: "clever and not at all reckless")
    ("Unite general secretary Maria Kovacs said:\n\n\"It is shameful that Harbourline would sit this out.\"",
     {(KOVACS, "Harbourline", "occurred")}),
    ("Maria Kovacs said it was unbelievable and irresponsible that Harbourline would sit this out.",
     {(KOVACS, "Harbourline", "occurred")}),
    ("\"Tomas Berg is clever and not at all reckless,\" Maria Kovacs said.", set()),
    # 'X said:' opens a quotation that runs on for paragraphs: all of it is X's
    ("Maria Kovacs said:\n\n\"Workers deserve to know why the airline refused to attend.\n\n\"The government has opened "
     "the door. It is unbelievable and, frankly irresponsible, that Harbourline would sit this out.\"",
     {(KOVACS, "Harbourline", "occurred")}),
    # a paragraph of quotation whose later sentences carry no quotation mark (the paragraph's
    # closing mark left off, as the quotation runs on)
    ("Maria Kovacs said:\n\n\"Workers deserve to know why the airline refused to attend.\n\n\"The government has opened "
     "the door. It is unbelievable and, frankly irresponsible, that Harbourline would sit this out.\n\n\"Jobs are hanging "
     "by a thread.\"", {(KOVACS, "Harbourline", "occurred")}),
    # a judgement made in the negative is made; a passive's subject is not the one judged
    ("Maria Kovacs said:\n\n\"It is not acceptable that Tomas Berg supports the rebels.\"", {(KOVACS, BERG, "occurred")}),
    ("\"It is shameful that Tomas Berg was sacked,\" Maria Kovacs said.", set()),
    # (not a quotation that a closing "said" gives to someone else)
    ("Maria Kovacs said:\n\n\"Workers deserve to know why the airline refused to attend.\"\n\n\"Harbourline is "
     "irresponsible,\" Tomas Berg said.", {(BERG, "Harbourline", "occurred")}),
    # words of judgement and of wrongdoing
    ("Maria Kovacs described Sweden as a rogue state.", {(KOVACS, "Sweden", "occurred")}),
    ("Maria Kovacs said Tomas Berg was intransigent.", {(KOVACS, BERG, "occurred")}),
    ("Maria Kovacs said Sweden had weaponised energy supplies.", {(KOVACS, "Sweden", "occurred")}),
    ("Maria Kovacs said the Harbour Party had backtracked on its promises.", {(KOVACS, "Harbour Party", "occurred")}),
    # a duty to others not done, or refused
    ("Maria Kovacs said Tomas Berg had not listened to voters.", {(KOVACS, BERG, "occurred")}),
    ("Maria Kovacs said Tomas Berg had not consulted the unions.", {(KOVACS, BERG, "occurred")}),
    ("Maria Kovacs said Tomas Berg did not care about patients.", {(KOVACS, BERG, "occurred")}),
    ("Maria Kovacs said Tomas Berg had refused to listen.", {(KOVACS, BERG, "occurred")}),
    # (one's own, or a refusal to comment, is none)
    ("Maria Kovacs said she had not consulted Tomas Berg.", set()),
    ("Maria Kovacs said Tomas Berg had refused to comment.", set()),
    # what one pleads to be is one's own word, not the speaker's judgement
    ("Maria Kovacs said that Tomas Berg had pleaded guilty to fraud.", set()),
    ("Maria Kovacs said Tomas Berg was guilty of fraud.", {(KOVACS, BERG, "occurred")}),
    # putting others at risk is a wrong; putting oneself at risk is a warning
    ("Maria Kovacs said the Harbour Party was putting the country at risk.", {(KOVACS, "Harbour Party", "occurred")}),
    ("Maria Kovacs said the Harbour Party could put itself financially at risk if it showed the film.", set()),
    # a threat posed to a common good, and a call to hold someone accountable
    ("Maria Kovacs said Sweden posed a threat to the region.", {(KOVACS, "Sweden", "occurred")}),
    ("Maria Kovacs said the Harbour Party represented a danger to democracy.", {(KOVACS, "Harbour Party", "occurred")}),
    ("Maria Kovacs said Sweden must be held accountable.", {(KOVACS, "Sweden", "occurred")}),
    # (a risk weighed, and accountability denied, are no charge)
    ("Maria Kovacs said Sweden posed a serious threat.", set()),
    ("Maria Kovacs said Sweden would not be held accountable.", set()),
    # a clause coordinated with the saying, with a subject of its own, is no part of what was said
    ("Maria Kovacs said the law was a blow to free speech, and Tomas Berg called it \"shameful\".", set()),
    ("Rights groups said the law was a blow to free speech, and Tomas Berg called it \"shameful\".", set()),
    # (one coordinated under the saying is: "and Y was worse")
    ("Maria Kovacs said the plan was bad and Tomas Berg had been reckless.", {(KOVACS, BERG, "occurred")}),
]


@pytest.mark.parametrize("text, expected", CASES, ids=[c[0] for c in CASES])
def test_reported_criticism(facts_of, text, expected):
    assert criticized(facts_of(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # unquoted words reported before their speaker: the parser can join the speaker to the last
    # noun of what is reported, leaving "said" with no subject
    ("Tomas Berg is endangering Norway, Erik Lund said.", {("Erik Lund", "Tomas Berg")}),
    # hurting or wounding a people is a wrong told of its doer
    ('Erik Lund said Tomas Berg had "wounded the hearts of many Danish people".', {("Erik Lund", "Tomas Berg")}),
    ("Erik Lund said Tomas Berg had hurt the feelings of the Danish people.", {("Erik Lund", "Tomas Berg")}),
    # (not one who was hurt, nor what hurt someone, nor a speaker named nowhere near the verb)
    ("Erik Lund said Tomas Berg was hurt in the crash.", set()),
    ('But Tomas Berg had been "hurt" by the Iraq controversy, Erik Lund added.', set()),
    ("The talks went well in Oslo and Vienna, Erik Lund said.", set()),
])
def test_speakers_after_unquoted_reports_and_wounds_told(facts_of, text, expected):
    assert critic_pairs(facts_of(text)) == expected


@pytest.mark.parametrize("text", [
    # wrongs told of someone
    "Erik Lund said Tomas Berg had reneged on his promises.",
    "Erik Lund said Tomas Berg was dodging questions about the deal.",
    "Erik Lund said Tomas Berg had exaggerated the threat.",
    "Erik Lund said Tomas Berg was trying to silence his critics.",
    # judgements, hyphened ones too
    "Erik Lund said Tomas Berg's plan was ill-conceived.",
    "Erik Lund said Tomas Berg was tone-deaf.",
    'Erik Lund said the return of Tomas Berg was a sign of new "sinister and underhand tactics".',
    "Erik Lund said Tomas Berg was selfish.",
    "Erik Lund said Tomas Berg's inquiry was a cover-up.",
])
def test_more_wrongs_and_judgements_told_of_someone(facts_of, text):
    assert critic_pairs(facts_of(text)) == {("Erik Lund", "Tomas Berg")}
