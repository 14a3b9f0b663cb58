"""Facts told with less explicit wording: coordinated titles, delegations, talks abroad, events
held in a place, and bodies named by a bare definite noun ("the government", "the party").

Each case lists every fact of the relation (subject, object, status) it should give; negative
cases must give none.
"""
from __future__ import annotations

import pytest

MARTIN, BERG, LUND = "Anne Martin", "Tomas Berg", "Erik Lund"


def of(relation, facts) -> set[tuple[str, str, str]]:
    return {(s, o, status) for rel, s, o, status in facts if rel == relation}


CASES = [
    # a coalition named by who leads it is a group of its own, and its leader answers for it too
    ("CRITICIZED", "Anne Martin has criticised the US-led aid coalition.",
     {(MARTIN, "US-led aid coalition", "occurred"), (MARTIN, "United States", "occurred")}),
    # the parser hangs the second person on the first title of the coordination
    ("MET_WITH",
     "Reporters said that Norway's trade minister Mr Berg and Swedish energy minister Anne Martin would discuss the "
     "pipeline at a meeting on Tuesday.",
     {("Berg", MARTIN, "planned")}),
    # a delegation acts for the body that sends it
    ("MET_WITH", "The latest delegation from the Nordic Harbour Council met Tomas Berg on Wednesday.", {("Nordic Harbour Council", BERG, "occurred")}),
    # "with Y" hung on the object by the parser
    ("MET_WITH", "Erik Lund discussed the dispute with Anne Martin on Monday.", {(LUND, MARTIN, "occurred")}),
    # talks with someone in a place abroad are a visit there
    ("VISITED", "Last week in Tegucigalpa, Erik Lund discussed the dispute with Anne Martin.",
     {(LUND, "Tegucigalpa", "occurred")}),
    # doing something at an event held in a place
    ("VISITED", "During his trip, Tomas Berg will represent the group at the international conference in Windhoek on Thursday.",
     {(BERG, "Windhoek", "planned")}),
    ("VISITED", "Anne Martin spoke at the summit in Windhoek on Monday.", {(MARTIN, "Windhoek", "occurred")}),
    # what a clause of manner or a refusal presupposes happened
    ("CRITICIZED", "Critics say Anne Martin has not been straightforward in attacking Tomas Berg.",
     {(MARTIN, BERG, "occurred")}),
    ("CRITICIZED", "Anne Martin says she will not apologise for making allegations against Tomas Berg.",
     {(MARTIN, BERG, "occurred")}),
    # "the government" with none named: the government of the country the article is about
    ("CRITICIZED", "Britain has raised taxes. Britain will also cut spending. Anne Martin accused the government of lying.",
     {(MARTIN, "British government", "occurred")}),
    # ... and the one named last when the article names one
    ("CRITICIZED",
     "Britain and Chile signed the deal. The Chilean government welcomed it. Anne Martin said the government should have "
     "acted sooner.",
     {(MARTIN, "Chilean government", "occurred")}),
    # demonyms count towards the article's main country
    ("CRITICIZED",
     "Chile and Britain signed the deal. British ministers and British diplomats welcomed it. Anne Martin said the "
     "government should have acted sooner.",
     {(MARTIN, "British government", "occurred")}),
    # "the party": the party the article named
    ("CRITICIZED", "Anne Martin quit the Harbour Party last month. She criticised the party on Monday.",
     {(MARTIN, "Harbour Party", "occurred")}),
]


@pytest.mark.parametrize("relation, text, expected", CASES, ids=[t for _, t, _ in CASES])
def test_recall_cases(facts_of, relation, text, expected):
    assert of(relation, facts_of(text)) == expected


NONE = [
    # talks without a place, or at home
    ("VISITED", "Anne Martin discussed the budget with Tomas Berg."),
    ("VISITED", "Honduran President Anne Martin spoke at a ceremony in Tegucigalpa on Monday."),
    ("VISITED", "Anne Martin spoke at the conference on Monday."),
    # a government the article does not tie to one country
    ("CRITICIZED", "Britain and Chile signed the deal. Anne Martin accused the government of lying."),
    ("CRITICIZED", "Britain has raised taxes. Anne Martin criticised the previous government."),
    # another body named since the party was: "the party" may be either
    ("CRITICIZED", "Anne Martin quit the Harbour Party last month. The Liberal Democrats welcomed her. She criticised the "
                   "party on Monday."),
    # no party named before
    ("CRITICIZED", "Anne Martin criticised the party on Monday."),
    # a spokesman is not a delegation: he speaks, the body is not said to meet
    ("MET_WITH", "The spokesman met reporters on Wednesday."),
]


@pytest.mark.parametrize("relation, text", NONE, ids=[t for _, t in NONE])
def test_no_fact(facts_of, relation, text):
    assert of(relation, facts_of(text)) == set()


CASES_2 = [
    # a list of places after "visits", some tagged as persons or not at all
    ("VISITED", "Anne Martin is campaigning as she visits Oslo, Lima, Vienna, Dunford and Hexworth.",
     {(MARTIN, p, "occurred") for p in ("Oslo", "Lima", "Vienna", "Dunford", "Hexworth")}),
    # (with "on Monday" in a Wednesday paper the visits are planned: test_extract_modality)
    ("VISITED", "Tomas Berg is visiting constituencies in Vienna and Hexworth today.",
     {(BERG, "Vienna", "occurred"), (BERG, "Hexworth", "occurred")}),
    # examples of a common noun
    ("VISITED", "Tomas Berg visited towns including Harwick and Oslo.",
     {(BERG, "Harwick", "occurred"), (BERG, "Oslo", "occurred")}),
    # "X, where ...": a place, visited, not a person met
    ("VISITED", "Anne Martin will visit Harwick South, where the party won the seat last year.",
     {(MARTIN, "Harwick South", "planned")}),
    ("VISITED", "On Tuesday Anne Martin will visit Harwick South, where Harbour Party MP Tomas Berg overturned a big "
                "majority to win the seat.", {(MARTIN, "Harwick South", "planned")}),
    # the subject of a relative clause is its head noun
    ("CRITICIZED", "Club manager Erik Lund, who was fined in December for accusing striker Tomas Berg of cheating, "
                   "believes the punishment was too lenient.", {(LUND, BERG, "occurred")}),
    # an object pronoun is someone else than the subject
    ("CRITICIZED", "Tomas Berg criticised the plan on Monday. But Erik Lund accused him of lying.",
     {(LUND, BERG, "occurred")}),
    # a speech at or to an event held in a place; leaving or chairing an event there
    ("VISITED", "Anne Martin made her debut speech at the Harbour Party Conference in Kelmouth last October.",
     {(MARTIN, "Kelmouth", "occurred")}),
    ("VISITED", "In an upbeat speech to his party's spring conference in Kelmouth, Tomas Berg said the plans were working.",
     {(BERG, "Kelmouth", "occurred")}),
    ("VISITED", "Leaving an Oslo summit Tomas Berg said the talks went well.", {(BERG, "Oslo", "occurred")}),
    ("VISITED", "Tomas Berg will visit a school in Lima before chairing a meeting of the Harbour Commission in Kelmouth.",
     {(BERG, "Lima", "planned"), (BERG, "Kelmouth", "planned")}),
    # passives with a "by" agent in a relative clause or a participle
    ("CRITICIZED", "Tomas Berg, who was criticised by Anne Martin last week, resigned.", {(MARTIN, BERG, "occurred")}),
    ("CRITICIZED", "Tomas Berg's plan, condemned by Anne Martin as reckless, will be dropped.", {(MARTIN, BERG, "occurred")}),
    # reported speech: a wrong done by an agent, a pity hung on the predicate
    ("CRITICIZED", "Mr Berg said the public felt let down by the Harbour Party on issues from taxes to fees.",
     {("Berg", "Harbour Party", "occurred")}),
    ("CRITICIZED", "Mr Berg said he had been betrayed by the Harbour Party.", {("Berg", "Harbour Party", "occurred")}),
    ("CRITICIZED", 'Mr Berg told reporters: "It is such a pity that Anne Martin does not practise what she preaches."',
     {("Berg", MARTIN, "occurred")}),
    ("CRITICIZED", "Tomas Berg backed arms sales to Chile but not to Paraguay, which he said had a terrible rights record.",
     {(BERG, "Paraguay", "occurred")}),
    ("CRITICIZED", "Tomas Berg said many people would be offended by Anne Martin's actions.", {(BERG, MARTIN, "occurred")}),
    ("CRITICIZED", "Tomas Berg told the radio that Anne Martin's stance on the law was putting the country at risk.",
     {(BERG, MARTIN, "occurred")}),
    # a fine is not who was criticised for accusing
    ("CRITICIZED", "Club manager Erik Lund, who was fined $15,000 for accusing striker Tomas Berg of cheating, "
                   "believes the punishment was too lenient.", {(LUND, BERG, "occurred")}),
    # speaking to an audience in a place; a one-word "person" after a verb's "in" is a place
    ("VISITED", "Tomas Berg is expected to tell activists in Kelshire that voters are being abused.",
     {(BERG, "Kelshire", "planned")}),
    ("VISITED", "Anne Martin addressed supporters in Oslo on Monday.", {(MARTIN, "Oslo", "occurred")}),
    # more events: a service held in a place
    ("VISITED", "Anne Martin and Tomas Berg will lead the commemoration at a service in Oslo.",
     {(MARTIN, "Oslo", "planned"), (BERG, "Oslo", "planned")}),
    # a presence or an attendance with no place: the event in a place named before
    ("VISITED", "The Nordic Economic Forum in the city of Oslo opens on Monday. Many leaders will speak. "
                "The new president, Tomas Berg, will also be there.", {(BERG, "Oslo", "planned")}),
    ("VISITED", "The Harbour Summit in Oslo opens on Monday. More than 20 leaders are expected to attend including "
                "President Tomas Berg.", {(BERG, "Oslo", "planned")}),
    # a pronoun inside a quotation whose sentence names its person before it
    ("CRITICIZED", 'Anne Martin said: "Tomas Berg\'s speech today confirms what we have always said - that his only '
                   'strategy is opportunism."', {(MARTIN, BERG, "occurred")}),
    # "practise what you preach": hypocrisy, reported or demanded
    ("CRITICIZED", 'Tomas Berg told the radio: "It is a shame that Anne Martin does not practise what she preaches."',
     {(BERG, MARTIN, "occurred")}),
    ("CRITICIZED", "Anne Martin urged Tomas Berg to practise what he preaches.", {(MARTIN, BERG, "occurred")}),
    ("VISITED", "Tomas Berg will visit an orphanage in Bolivia before chairing a meeting of the Commission for Oceans "
                "in Windhoek.", {(BERG, "Bolivia", "planned"), (BERG, "Windhoek", "planned")}),
    # rejecting what someone said
    ("CRITICIZED", "Environment Secretary Anne Martin rejected Mr Berg's comment, telling the radio that her party was "
                   "not rattled.", {(MARTIN, "Berg", "occurred")}),
    ("CRITICIZED", "Anne Martin rejected the claims by Tomas Berg.", {(MARTIN, BERG, "occurred")}),
    # time spent in a place
    ("VISITED", "Tomas Berg had to spend an extra 24 hours in Windhoek before rejoining the committee.",
     {(BERG, "Windhoek", "occurred")}),
    # both sides of a meeting at an event held in a place were there
    ("VISITED", "Anne Martin met Deputy Prime Minister Tomas Berg at the spring conference in Kelmouth.",
     {(MARTIN, "Kelmouth", "occurred"), (BERG, "Kelmouth", "occurred")}),
    # someone whose office is another country's, holding an event or speaking in a place, is there
    ("VISITED", "German Chancellor Anne Martin held a news conference in Ankara on Monday.", {(MARTIN, "Ankara", "occurred")}),
    ("VISITED", "Speaking in Ankara on Monday, German Chancellor Anne Martin criticised Tomas Berg.",
     {(MARTIN, "Ankara", "occurred")}),
]


@pytest.mark.parametrize("relation, text, expected", CASES_2, ids=[t for _, t, _ in CASES_2])
def test_recall_cases_2(facts_of, relation, text, expected):
    assert of(relation, facts_of(text)) == expected


NONE_2 = [
    ("MET_WITH", "Anne Martin will visit Harwick South, where the party won the seat last year."),
    ("MET_WITH", "Anne Martin is campaigning as she visits Oslo, Lima, Vienna, Dunford and Hexworth."),
    # a person in a list with a person: no place
    ("VISITED", "Anne Martin visited Tomas Berg and Erik Lund on Monday."),
    # a participle without an agent, or one that is no criticism
    ("CRITICIZED", "Tomas Berg's plan, condemned as reckless, will be dropped."),
    ("CRITICIZED", "The report, published by Tomas Berg, was praised."),
    ("CRITICIZED", "Tomas Berg said the coach had a good record."),
    ("CRITICIZED", "Tomas Berg said Anne Martin put the money at the bank."),
    # an agent that did no wrong; a wrong not let down
    ("CRITICIZED", "Mr Berg said the plan was backed by Anne Martin."),
    ("CRITICIZED", "Mr Berg said Anne Martin let the dog out."),
    # reporters are no audience gathered there; a person "in" after "believe"
    ("VISITED", "Anne Martin told reporters in Oslo that the plan was dead."),
    # ... and at home, or with no country said, a news conference is no visit
    ("VISITED", "Turkish President Anne Martin held a news conference in Ankara on Monday."),
    ("VISITED", "Anne Martin held a news conference in Ankara on Monday."),
    ("VISITED", "Tomas Berg said voters believe in Martin and trust in Lund."),
    # ... but not one whose person the sentence does not name
    ("CRITICIZED", 'Tomas Berg spoke on Monday. Anne Martin said: "His only strategy is opportunism."'),
    ("CRITICIZED", "Tomas Berg urged Anne Martin to practise her speech."),
    # a proposal or an offer rejected, or a person
    ("CRITICIZED", "Anne Martin rejected Tomas Berg's offer."),
    ("CRITICIZED", "Anne Martin rejected Tomas Berg."),
    ("VISITED", "Tomas Berg spent millions in Oslo."),
    ("VISITED", "Anne Martin stayed in Oslo to lead the opposition to the bill."),
    # "there" and "attend" with no event in a place named before
    ("VISITED", "Oslo is cold. The new president, Tomas Berg, will also be there."),
    ("VISITED", "The Harbour Summit opens on Monday. More than 20 leaders are expected to attend including President Tomas Berg."),
    # a speech, a meeting left, a building opened: no event in a place
    ("VISITED", "Tomas Berg made a speech in parliament on Monday."),
    ("VISITED", "Tomas Berg left the meeting in anger."),
    ("VISITED", "Tomas Berg opened the new school in Kelmouth on Monday."),
]


@pytest.mark.parametrize("relation, text", NONE_2, ids=[t for _, t in NONE_2])
def test_no_fact_2(facts_of, relation, text):
    assert of(relation, facts_of(text)) == set()


def test_an_unresolved_party_title_is_not_the_party(facts_of):
    text = "Anne Martin joined the Harbour Party in May. Tomas Berg then accused the Harbour Party leader of lying."
    assert of("CRITICIZED", facts_of(text)) == set()
    assert of("CRITICIZED", facts_of("Tomas Berg then attacked Harbour Party policy on taxes.")) == {
        (BERG, "Harbour Party", "occurred")
    }
