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
    # "we" and "I" in a quotation are the one it is attributed to; "said of Y"
    ("“We condemn Tomas Berg's actions in the strongest terms,” Maria Kovacs said.", {(KOVACS, BERG, "occurred")}),
    ("“We welcome Tomas Berg's decision,” Maria Kovacs said.", set()),
    ("“This is a disgrace,” Maria Kovacs said of Tomas Berg's decision.", {(KOVACS, BERG, "occurred")}),
    ("“This is a great day,” Maria Kovacs said of Tomas Berg's decision.", set()),
    # nominalizations: the critic after "by", a barrage of criticism, accusations later rejected
    ("The condemnation of Tomas Berg by Maria Kovacs came hours after the vote.", {(KOVACS, BERG, "occurred")}),
    ("Tomas Berg faced a barrage of criticism from Maria Kovacs.", {(KOVACS, BERG, "occurred")}),
    ("Maria Kovacs's accusations against Tomas Berg were rejected.", {(KOVACS, BERG, "occurred")}),
    # demands, free relatives, rights denied
    ("Maria Kovacs demanded that Tomas Berg resign.", {(KOVACS, BERG, "occurred")}),
    ("Maria Kovacs condemned what she called Tomas Berg's aggression.", {(KOVACS, BERG, "occurred")}),
    ("Maria Kovacs said Tomas Berg had no right to interfere.", {(KOVACS, BERG, "occurred")}),
    ("Maria Kovacs said Tomas Berg had every right to speak.", set()),
    # idioms: harsh words, doubts cast on a virtue, critics by title
    ("Maria Kovacs had harsh words for Tomas Berg.", {(KOVACS, BERG, "occurred")}),
    ("Maria Kovacs had kind words for Tomas Berg.", set()),
    ("Maria Kovacs questioned Tomas Berg's commitment to democracy.", {(KOVACS, BERG, "occurred")}),
    ("Maria Kovacs questioned Tomas Berg about the plan.", set()),
    ("Maria Kovacs has long been a vocal critic of Tomas Berg.", {(KOVACS, BERG, "occurred")}),
    ("Maria Kovacs, a fierce critic of Tomas Berg, spoke on Monday.", {(KOVACS, BERG, "occurred")}),
    ("For weeks, Maria Kovacs has served as an outspoken critic of Tomas Berg.", {(KOVACS, BERG, "occurred")}),
    ("Maria Kovacs, who had become a critic of Tomas Berg, left Oslo.", {(KOVACS, BERG, "occurred")}),
    ("Maria Kovacs has written critically of Tomas Berg as a columnist.", {(KOVACS, BERG, "occurred")}),
    ("Maria Kovacs, a fierce critic of the plan, met Tomas Berg on Monday.", set()),
    # a statement that criticizes speaks for whoever issued it
    ("Maria Kovacs issued a statement condemning Tomas Berg.", {(KOVACS, BERG, "occurred")}),
    # a warrant or a lawsuit accuses for whoever issued or filed it
    ("The Harbour Court issued an arrest warrant in 2009 accusing Tomas Berg of war crimes.", {("Harbour Court", BERG, "occurred")}),
    ("The Harbour Party filed a lawsuit accusing Tomas Berg of fraud.", {("Harbour Party", BERG, "occurred")}),
    ("Maria Kovacs issued a statement welcoming Tomas Berg's decision.", set()),
    # criticism held back
    ("Maria Kovacs stopped short of criticising Tomas Berg.", {(KOVACS, BERG, "negated")}),
    ("Maria Kovacs refrained from criticising Tomas Berg.", {(KOVACS, BERG, "negated")}),
    ("Maria Kovacs told a news conference that Tomas Berg was spreading lies.", {(KOVACS, BERG, "occurred")}),
    # "the way Y acts" answers for Y; a relative pronoun as the object stands for its noun
    ("Maria Kovacs criticised the way Tomas Berg handled the crisis.", {(KOVACS, BERG, "occurred")}),
    ("Maria Kovacs explained the way Tomas Berg handled the crisis.", set()),
    ("Tomas Berg's plan, which Maria Kovacs condemned last week, was dropped.", {(KOVACS, BERG, "occurred")}),
    # blame placed, responsibility assigned, accusations traded, protests lodged
    ("Maria Kovacs blamed the collapse of the talks on Tomas Berg.", {(KOVACS, BERG, "occurred")}),
    ("Moscow blamed the explosion on Kyiv.", {("Russia", "Ukraine", "occurred")}),
    ("Maria Kovacs blamed the weather for the delay.", set()),
    ("Maria Kovacs put the blame on Tomas Berg.", {(KOVACS, BERG, "occurred")}),
    ("Maria Kovacs held Tomas Berg responsible for the attack.", {(KOVACS, BERG, "occurred")}),
    ("Maria Kovacs held Tomas Berg's hand.", set()),
    ("Maria Kovacs and Tomas Berg traded accusations on Monday.", {(KOVACS, BERG, "occurred"), (BERG, KOVACS, "occurred")}),
    ("Maria Kovacs and Tomas Berg traded places in the polls.", set()),
    ("Maria Kovacs protested against Tomas Berg's decision.", {(KOVACS, BERG, "occurred")}),
    ("Maria Kovacs lodged a formal protest with Tomas Berg.", {(KOVACS, BERG, "occurred")}),
    ("Maria Kovacs said Tomas Berg had crossed a red line.", {(KOVACS, BERG, "occurred")}),
    # standing in the way, a source of harm, remarks full of falsehood
    ("Maria Kovacs said Tomas Berg is firmly standing in the way.", {(KOVACS, BERG, "occurred")}),
    ("Maria Kovacs said Tomas Berg was not standing in the way.", set()),
    ("Maria Kovacs said Norway had long been a source of trouble in the region.", {(KOVACS, "Norway", "occurred")}),
    ("Maria Kovacs said Norway is the world's leading state sponsor of terrorism.", {(KOVACS, "Norway", "occurred")}),
    ("Maria Kovacs said Norway is a source of oil.", set()),
    ("Maria Kovacs said Tomas Berg's recent remarks contained fallacies and false claims.", {(KOVACS, BERG, "occurred")}),
    ("Maria Kovacs said Tomas Berg's report contained useful facts.", set()),
    # stances: disappointment, concern (not for someone's health), regret (not one's own)
    ("Maria Kovacs said she was deeply disappointed by Tomas Berg's decision.", {(KOVACS, BERG, "occurred")}),
    ("Maria Kovacs said she was delighted by Tomas Berg's decision.", set()),
    ("Maria Kovacs expressed deep concern over Tomas Berg's crackdown on protesters.", {(KOVACS, BERG, "occurred")}),
    ("Maria Kovacs expressed concern about Tomas Berg's health.", set()),
    ("Maria Kovacs regretted Tomas Berg's decision to withdraw.", {(KOVACS, BERG, "occurred")}),
    ("Maria Kovacs dismissed Tomas Berg as irrelevant.", {(KOVACS, BERG, "occurred")}),
    # what is done to Y is no criticism of Y: Y is its victim
    ("Maria Kovacs condemned the killing of Tomas Berg.", set()),
    ("Maria Kovacs condemned the arrest of Tomas Berg.", set()),
    ("Maria Kovacs denounced the jailing of Tomas Berg.", set()),
    ("Maria Kovacs condemned the arrest of Tomas Berg by the Liberal Party.", {(KOVACS, "Liberal Party", "occurred")}),
    ("Maria Kovacs criticised Tomas Berg's treatment of prisoners.", {(KOVACS, BERG, "occurred")}),
    # conduct judged by its adjective, people used as tools, rebukes issued
    ("Maria Kovacs warned that Tomas Berg was playing a dangerous game.", {(KOVACS, BERG, "occurred")}),
    ("Maria Kovacs said Tomas Berg was playing a key role.", set()),
    ("Maria Kovacs said Tomas Berg was using the refugees as pawns.", {(KOVACS, BERG, "occurred")}),
    ("Maria Kovacs said Tomas Berg was using the money as a deposit.", set()),
    ("Maria Kovacs issued a rebuke to Tomas Berg.", {(KOVACS, BERG, "occurred")}),
    ("Maria Kovacs said she was deeply concerned by Tomas Berg's actions.", {(KOVACS, BERG, "occurred")}),
    # attribution by "according to"; labels after "as"; demands to stop a wrong; help denied
    ("According to Maria Kovacs, Tomas Berg had lied to parliament.", {(KOVACS, BERG, "occurred")}),
    ("According to Maria Kovacs, Tomas Berg will arrive on Monday.", set()),
    ("Maria Kovacs rejected Tomas Berg's offer as \"a cynical ploy\".", {(KOVACS, BERG, "occurred")}),
    ("Maria Kovacs saw Tomas Berg's offer as a helpful gesture.", set()),
    ("Maria Kovacs urged Tomas Berg to stop interfering.", {(KOVACS, BERG, "occurred")}),
    # the British spelling "whingeing", which the tagger lemmatizes "whingee"
    ("Maria Kovacs has told Tomas Berg to stop whingeing.", {(KOVACS, BERG, "occurred")}),
    ("Maria Kovacs urged Tomas Berg to stop in Vienna.", set()),
    ("Maria Kovacs said Tomas Berg's remarks were not helpful.", {(KOVACS, BERG, "occurred")}),
    ("Maria Kovacs said Tomas Berg's remarks were helpful.", set()),
    # demands for a resignation or an apology, or that Y be punished
    ("Maria Kovacs demanded Tomas Berg's resignation.", {(KOVACS, BERG, "occurred")}),
    ("Maria Kovacs called for Tomas Berg's resignation.", {(KOVACS, BERG, "occurred")}),
    ("Maria Kovacs demanded an apology from Tomas Berg.", {(KOVACS, BERG, "occurred")}),
    ("Maria Kovacs has called for Tomas Berg to be prosecuted.", {(KOVACS, BERG, "occurred")}),
    ("Maria Kovacs called for Tomas Berg's release.", set()),
    ("Maria Kovacs called for Tomas Berg to be released.", set()),
    # critics joined or echoed; "took Y to task"; a that-clause after "in a statement"
    ("Maria Kovacs joined the Liberal Party in condemning Tomas Berg.",
     {(KOVACS, BERG, "occurred"), ("Liberal Party", BERG, "occurred")}),
    ("Maria Kovacs joined the Liberal Party in praising Tomas Berg.", set()),
    ("The Liberal Party echoed Maria Kovacs's criticism of Tomas Berg.",
     {(KOVACS, BERG, "occurred"), ("Liberal Party", BERG, "occurred")}),
    ("Maria Kovacs took Tomas Berg to task for the delays.", {(KOVACS, BERG, "occurred")}),
    ("Maria Kovacs said in a statement that Tomas Berg's remarks were \"unacceptable\".", {(KOVACS, BERG, "occurred")}),
    ("Maria Kovacs said in a post on social media that Tomas Berg was a liar.", {(KOVACS, BERG, "occurred")}),
    ("Maria Kovacs said in a statement that Tomas Berg was a good friend.", set()),
    ("Maria Kovacs's office said Tomas Berg's claims were false.", {(KOVACS, BERG, "occurred")}),
    # credibility lost, judgement lacking, an economy destroyed
    ("Maria Kovacs said Tomas Berg had lost all credibility.", {(KOVACS, BERG, "occurred")}),
    ("Maria Kovacs said Tomas Berg had lost the election.", set()),
    ("Maria Kovacs said Tomas Berg had shown a shocking lack of judgement.", {(KOVACS, BERG, "occurred")}),
    ("“Tomas Berg is destroying our economy,” Maria Kovacs said.", {(KOVACS, BERG, "occurred")}),
    # conduct judged by its adverb
    ("Maria Kovacs said Tomas Berg had acted irresponsibly.", {(KOVACS, BERG, "occurred")}),
    ("Maria Kovacs said the United States was egregiously conniving at separatists.", {(KOVACS, "United States", "occurred")}),
    # a course of harm pursued
    ("Maria Kovacs said Russia is deliberately pursuing further escalation of tensions.", {(KOVACS, "Russia", "occurred")}),
    ("Maria Kovacs said Russia is pursuing talks.", set()),
    # a failing shown
    ("Maria Kovacs said Tomas Berg had shown breathtaking arrogance.", {(KOVACS, BERG, "occurred")}),
    ("Maria Kovacs said Tomas Berg had shown great courage.", set()),
    # wrongs done, and suffered
    ("Maria Kovacs said Tomas Berg had bullied staff.", {(KOVACS, BERG, "occurred")}),
    ("Maria Kovacs said Tomas Berg had been bullied at school.", set()),
    ("Maria Kovacs said Tomas Berg had acted quickly.", set()),
    ("Maria Kovacs said Tomas Berg was not acting illegally.", set()),
    # victims and controls
    ("Tomas Berg said the arrest of Maria Kovacs was unacceptable.", set()),
    ("Maria Kovacs expressed concern for Tomas Berg's safety.", set()),
    ("Maria Kovacs described Tomas Berg as a close ally.", set()),
    ("Maria Kovacs took Tomas Berg to the airport.", set()),
    # a fault "by Y" in the predicate; an unnamed voice speaks for the body that modifies it
    ("Maria Kovacs said the plan was a big misjudgement by Tomas Berg.", {(KOVACS, BERG, "occurred")}),
    ("Maria Kovacs said the goal was a great achievement by Tomas Berg.", set()),
    ("A Liberal Party spokesman accused Tomas Berg of lying.", {("Liberal Party", BERG, "occurred")}),
    ("Green Party spokesman Tomas Berg backed the plan. But a Liberal Party spokeswoman said: "
     "\"The plan was a big misjudgement by the Green Party.\"", {("Liberal Party", "Green Party", "occurred")}),
    # a label after "label" or "brand" is seldom kind, unless the words say otherwise; the label
    # in quotation marks is no one's name
    ("Opposition leader Tomas Berg spoke on Monday. Maria Kovacs labelled the opposition leader 'Sir Softy'.",
     {(KOVACS, BERG, "occurred")}),
    ("Maria Kovacs labelled Tomas Berg's plan \"a success\".", set()),
    ("Maria Kovacs dubbed Tomas Berg \"the Iron Lady\".", set()),
    # "after X last week accused Y": the parser takes X for the object of "after"
    ("It came after Maria Kovacs last week accused Tomas Berg of lying.", {(KOVACS, BERG, "occurred")}),
    ("It came after the storm last week hit Tomas Berg's village.", set()),
    # more verbs of disparagement
    ("Maria Kovacs belittled Tomas Berg on Monday.", {(KOVACS, BERG, "occurred")}),
    ("Tomas Berg was insulted by Maria Kovacs.", {(KOVACS, BERG, "occurred")}),
    ("Maria Kovacs said Tomas Berg was impugning the integrity of the courts.", set()),
    # a speech that labels speaks for its giver; names of abuse; a rude command; writings critical of Y
    ("On Tuesday President Maria Kovacs gave a speech calling the main opposition party Liberal Alliance "
     "\"terrorist,\" and vowed to flush out opponents.", {(KOVACS, "Liberal Alliance", "occurred")}),
    ("Maria Kovacs sent a letter that described Tomas Berg as inept.", {(KOVACS, BERG, "occurred")}),
    # one object for two verbs, hung by the parser on the last
    ('Maria Kovacs wrote a message on her account "condemning" and "rejecting" the words of Tomas Berg.',
     {(KOVACS, BERG, "occurred")}),
    ("Maria Kovacs read a report that described Tomas Berg as inept.", set()),
    ("Maria Kovacs, who called Tomas Berg the \"devil\" last year, spoke on Monday.", {(KOVACS, BERG, "occurred")}),
    ("Maria Kovacs told Tomas Berg to \"shut up\" during a heated exchange.", {(KOVACS, BERG, "occurred")}),
    ("Maria Kovacs told Tomas Berg to speak up.", set()),
    ("Maria Kovacs had written columns critical of Tomas Berg for a newspaper.", {(KOVACS, BERG, "occurred")}),
    # shock at what Y did is criticism; Y's arrest or death befell Y
    ("Maria Kovacs said she was shocked by Tomas Berg's decision to cancel the visit.", {(KOVACS, BERG, "occurred")}),
    ("Maria Kovacs said she was shocked by Tomas Berg's death.", set()),
    ("Maria Kovacs condemned Tomas Berg's arrest.", set()),
    # what Y did, named with a word of blame, in reported speech
    ("Maria Kovacs said Tomas Berg's reckless decision had damaged the country.", {(KOVACS, BERG, "occurred")}),
    ("Maria Kovacs said Tomas Berg's sudden death had shocked the nation.", set()),
]


@pytest.mark.parametrize("text, expected", CASES, ids=[c[0] for c in CASES])
def test_wire_criticism(facts_of, text, expected):
    assert criticized(facts_of(text)) == expected
