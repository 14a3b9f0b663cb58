"""VISITED on short invented sentences: direct and motion verbs, arrival, nouns, attendance,
coordination, and what is not a visit.

Each case lists every VISITED fact (traveller, place, status) a careful annotator would record;
the test compares the whole set.
"""
from __future__ import annotations

import pytest

KOVACS, BERG = "Maria Kovacs", "Tomas Berg"


def visited(facts) -> set[tuple[str, str, str]]:
    return {(s, o, status) for rel, s, o, status in facts if rel == "VISITED"}


CASES = [
    ("Maria Kovacs visited Kyiv on Tuesday.", {(KOVACS, "Kyiv", "occurred")}),
    ("Prime Minister Maria Kovacs visited Japan last week.", {(KOVACS, "Japan", "occurred")}),
    ("Maria Kovacs travelled to Paris on Monday.", {(KOVACS, "Paris", "occurred")}),
    ("Maria Kovacs traveled to Berlin on Monday.", {(KOVACS, "Berlin", "occurred")}),
    ("Maria Kovacs arrived in Warsaw on Monday.", {(KOVACS, "Warsaw", "occurred")}),
    ("Maria Kovacs went to Turkey last week.", {(KOVACS, "Turkey", "occurred")}),
    ("Several leaders, including Maria Kovacs and Tomas Berg, visited Kyiv on Monday.",
     {(KOVACS, "Kyiv", "occurred"), (BERG, "Kyiv", "occurred")}),
    # what was done to someone in a place found them there; being born there is no visit
    ("Maria Kovacs was attacked in a notoriously dangerous park in the capital, Nairobi.",
     {(KOVACS, "Nairobi", "occurred")}),
    ("Maria Kovacs was born in Lima.", set()),
    # an ambassador leaving the country of the posting leaves home; a guest from abroad was there
    ("North Korean ambassador Tomas Berg has been ordered to leave Malaysia by Monday.", set()),
    ("French President Tomas Berg left Malaysia on Monday.", {(BERG, "Malaysia", "occurred")}),
    # the order of trips
    ("Tomas Berg came first to Kenya in 1990.", {(BERG, "Kenya", "occurred")}),
    # one not among those who attended did not
    ("President Tomas Berg was not among the 35 African leaders who attended the summit in Rwanda.", set()),
    ("President Tomas Berg was among the 35 African leaders who attended the summit in Rwanda.", {(BERG, "Rwanda", "occurred")}),
    # a meeting still to come, talked of, is not where the talkers are
    ("French President Tomas Berg met Hungarian Prime Minister Maria Kovacs in Paris on Monday. They discussed the "
     "upcoming European Council meeting in Brussels on 23 March.", {(KOVACS, "Paris", "occurred")}),
    # a speech made in a place, or to an audience gathered there (the opening "her" is the subject's)
    ("In her speech to lawmakers gathered in Oslo, Maria Kovacs said the talks had failed.", {(KOVACS, "Oslo", "occurred")}),
    ("Tomas Berg used a speech in the heart of Oslo to issue a call for calm.", {(BERG, "Oslo", "occurred")}),
    # "the city of Y" names a place the recognizer may miss; a stopover made in a place
    ("Maria Kovacs arrived on Saturday in the fabled desert city of Kelvaro.", {(KOVACS, "Kelvaro", "occurred")}),
    ("Maria Kovacs visited the town of Kelby on Monday.", {(KOVACS, "Kelby", "occurred")}),
    ("Maria Kovacs visited the commune of Kelby on Monday.", {(KOVACS, "Kelby", "occurred")}),
    # getting together somewhere is meeting there
    ("Norwegian Prime Minister Tomas Berg and Maria Kovacs got together in Oslo.", {(KOVACS, "Oslo", "occurred")}),
    # what a counting noun counts is the meeting, with its place
    ("Maria Kovacs held a series of talks with African counterparts in Nairobi on Thursday.",
     {(KOVACS, "Nairobi", "occurred")}),
    # "his" in a clause of its own is that clause's subject's, not the main clause's
    ("Erik Lund ordered a reprimand after Tomas Berg met activists during his Israel visit.", {(BERG, "Israel", "occurred")}),
    ("Maria Kovacs will visit the two prefectures of Kelshire and Hexworth.",
     {(KOVACS, "Kelshire", "planned"), (KOVACS, "Hexworth", "planned")}),
    ("Tomas Berg made a stopover in Anchorage on his way home.", {(BERG, "Anchorage", "occurred")}),
    # a trip named by what was done with it; coming back from a place; a passive invitation
    ("Maria Kovacs wrapped up a two-day visit to Japan on Sunday.", {(KOVACS, "Japan", "occurred")}),
    # a speaker from abroad is where the words were said, whatever the words deny; the audience
    # can carry the place
    ("Speaking in Germany, Norwegian Foreign Minister Tomas Berg denied the report.", {(BERG, "Germany", "occurred")}),
    ("Speaking to reporters in Oslo, Swedish Foreign Minister Tomas Berg said the plan had failed.",
     {(BERG, "Oslo", "occurred")}),
    # "here" in a datelined story; both of two joined names a plural relative clause is about
    ("OSLO (AP) — Swedish Prime Minister Tomas Berg spoke. Danish Prime Minister Erik Lund spoke. Berg and Lund, who are "
     "both here to attend the summit, held meetings with other leaders.", {(BERG, "Oslo", "occurred"), ("Erik Lund", "Oslo", "occurred")}),
    ("While in Oslo, Swedish Prime Minister Maria Kovacs met Tomas Berg.", {(KOVACS, "Oslo", "occurred")}),
    # coming under attack somewhere is being there
    ("Algerian diplomat Tomas Berg came under attack in Baghdad on Monday.", {(BERG, "Baghdad", "occurred")}),
    # a landing, as an arrival, at a town's airport
    ("Swedish Prime Minister Olek al-Varnay flew out. State television showed footage of Mr al-Varnay landing at Tehran's "
     "Mehrabad airport.", {("Olek al-Varnay", "Tehran", "occurred")}),
    # one somewhere for a visit is visiting that place
    ("The first encounter came as Norwegian President Tomas Berg stepped out of his limousine in Borvia for a visit "
     "that is meant to reset ties.", {(BERG, "Borvia", "occurred")}),
    ("Maria Kovacs asked for a visit to China.", set()),
    # a clause on a day of a trip, or at its end, happens on the trip (not on its eve)
    ("Tomas Berg met with Maria Kovacs on the first day of a three-day visit to Italy.", {(BERG, "Italy", "occurred")}),
    ("Maria Kovacs will meet Tomas Berg on the last day of her visit to Norway.", {(KOVACS, "Norway", "planned")}),
    ("Maria Kovacs said on the eve of a visit to Sri Lanka that she was concerned.", set()),
    ("Serbian President Tomas Berg spoke with European mediators in Brussels.", {(BERG, "Brussels", "occurred")}),
    # "the national capital" with a purpose after it is still the dateline's capital
    ('Oslo, Nov 25 (PTI) World Athletics President Tomas Berg is in the national capital for "informal" meetings with '
     "Prime Minister Maria Kovacs.", {(BERG, "Oslo", "occurred")}),
    ("President of Serbia, Anna Lind, and the Prime Minister of Kosovo, Maria Kovacs, spoke with European mediators in Brussels.",
     {("Anna Lind", "Brussels", "occurred"), (KOVACS, "Brussels", "occurred")}),
    # a ranch or an estate is a venue: the town it is said to be in is the place
    ("Tomas Berg invited Maria Kovacs to visit him at his Oslo estate.", {(KOVACS, "Oslo", "requested")}),
    # on the way there; a train taken there; the place hung on the vehicle left
    ("Maria Kovacs is on her way to China.", {(KOVACS, "China", "planned")}),
    # preparations and arrangements are made for what is still ahead
    ("Officials are making arrangements for Maria Kovacs’s visit to Oslo.", {(KOVACS, "Oslo", "planned")}),
    ("Preparations for Maria Kovacs’s visit to Oslo began in May.", {(KOVACS, "Oslo", "planned")}),
    # part of a plural, and the places it includes
    ("Maria Kovacs has visited most of Norway's allies including Kuwait and Qatar.",
     {(KOVACS, "Kuwait", "occurred"), (KOVACS, "Qatar", "occurred")}),
    # where one comes back from, one has been
    ("Maria Kovacs spoke on her return from the US.", {(KOVACS, "United States", "occurred")}),
    # setting off on a trip
    ("Maria Kovacs left for a trip to Tokelau on Friday.", {(KOVACS, "Tokelau", "occurred")}),
    ("Maria Kovacs will leave for a week-long trip to Tokelau on Friday.", {(KOVACS, "Tokelau", "planned")}),
    ("On Friday before leaving for a week-long trip to Tokelau, Maria Kovacs announced a halt on building at the site "
     "being occupied by protesters until an agreement was reached.", {(KOVACS, "Tokelau", "occurred")}),
    # criticism drawn for doing something: the one criticized did it
    ("Maria Kovacs met heavy criticism for flying to Australia.", {(KOVACS, "Australia", "occurred")}),
    # a trip to a site, and where the site is; one who used a trip made it
    ("Maria Kovacs used a trip to the gears factory in Lockwood last week to launch a stinging attack on contracts.",
     {(KOVACS, "Lockwood", "occurred")}),
    ("Maria Kovacs went on a trip to the factory in Leeds.", {(KOVACS, "Leeds", "occurred")}),
    ("Maria Kovacs took the train to Poland on Monday.", {(KOVACS, "Poland", "occurred")}),
    ("Maria Kovacs disembarked from a plane at the airport in Taipei on Tuesday.", {(KOVACS, "Taipei", "occurred")}),
    # what a cancelling was for went ahead; a clause the parser leaves loose after "then"
    ("Maria Kovacs cancelled her trip to Oslo to meet Tomas Berg in Paris.", {(KOVACS, "Oslo", "negated"), (KOVACS, "Paris", "occurred")}),
    ("Maria Kovacs visited Oslo on Monday, then canceled a stop in Bergen.", {(KOVACS, "Oslo", "occurred"), (KOVACS, "Bergen", "negated")}),
    # a crowd counted in thousands told something in a place; a city "of" a country's name (and
    # the country the words for the city name)
    ("Venezuelan President Maria Kovacs told several thousand people in the city of Kelby that he was a hypocrite.",
     {(KOVACS, "Kelby", "occurred")}),
    ("Venezuelan President Maria Kovacs spoke to supporters in the Bolivian city of Trinidad.",
     {(KOVACS, "Trinidad", "occurred"), (KOVACS, "Bolivia", "occurred")}),
    # a trip for an event held in a place goes there too
    ("Maria Kovacs flew to Norway for a summit in Bergen.", {(KOVACS, "Norway", "occurred"), (KOVACS, "Bergen", "occurred")}),
    ("Chinese leader Maria Kovacs is likely to come to Norway later this year for a summit in Bergen.",
     {(KOVACS, "Norway", "planned"), (KOVACS, "Bergen", "planned")}),
    # the one kept or warned from going would have gone
    ("Maria Kovacs banned Tomas Berg from visiting Oslo.", {(BERG, "Oslo", "negated")}),
    ("Maria Kovacs warned Tomas Berg against visiting Oslo.", {(BERG, "Oslo", "negated")}),
    # a list the parser continues from a name in apposition; a headline future reported
    ("Japanese Foreign Minister Maria Kovacs said she will visit India, Sri Lanka, the Maldives, South Africa, Uganda "
     "and Ethiopia through August 4.", {(KOVACS, c, "planned") for c in
                                         ("India", "Sri Lanka", "Maldives", "South Africa", "Uganda", "Ethiopia")}),
    ("Egyptian President Maria Kovacs to travel to Addis Ababa on Saturday for a summit, her spokesman said.",
     {(KOVACS, "Addis Ababa", "planned")}),
    # proceeding to the city "of" Z, and then to another
    ("Indian Prime Minister Maria Kovacs will then proceed to the port city of Bergen and then to Oslo.",
     {(KOVACS, "Bergen", "planned"), (KOVACS, "Oslo", "planned")}),
    # a second destination with its own date, the parser hanging it on the first date
    ("Maria Kovacs travelled to Poland on Monday and to France on Tuesday.",
     {(KOVACS, "Poland", "occurred"), (KOVACS, "France", "occurred")}),
    ("Maria Kovacs visited Poland on Monday and France on Tuesday.",
     {(KOVACS, "Poland", "occurred"), (KOVACS, "France", "occurred")}),
    ("Maria Kovacs will pay a visit to Poland on Monday and to France on Tuesday.",
     {(KOVACS, "Poland", "planned"), (KOVACS, "France", "planned")}),
    # "the Kenyan capital" is the country's capital city
    ("Egyptian Foreign Minister Maria Kovacs met Tomas Berg in the Kenyan capital on Thursday.",
     {(KOVACS, "Nairobi", "occurred")}),
    # a sentence the parser gives no verb: the participle on the last noun of the subject is the verb
    ("Maria Kovacs and her delegation disembarked from a transport plane at Songshan Airport in Taipei on Tuesday night.",
     {(KOVACS, "Taipei", "occurred")}),
    # one encouraged to visit is asked to; a visit that encourages others is no request
    ("Erik Lund encouraged Maria Kovacs to visit Oslo.", {(KOVACS, "Oslo", "requested")}),
    ("Maria Kovacs's visit to Oslo encouraged investors.", {(KOVACS, "Oslo", "occurred")}),
    # everyone at talks at an event held in a town came to it
    ("Five unions will hold private talks with Deputy Prime Minister Maria Kovacs at the party's spring conference in Bergen.",
     {(KOVACS, "Bergen", "planned")}),
    # a country that played host to someone had them as its guest
    ("Since the polls, Norway has played host to Prince Erik Lund and Thai Prime Minister Tomas Berg.",
     {("Erik Lund", "Norway", "occurred"), (BERG, "Norway", "occurred")}),
    ("A delegation including Senators Maria Kovacs and Tomas Berg landed in Taipei on Sunday.",
     {(KOVACS, "Taipei", "occurred"), (BERG, "Taipei", "occurred")}),
    ("Ministers including Maria Kovacs and Tomas Berg will gather in Oslo on Wednesday.",
     {(KOVACS, "Oslo", "planned"), (BERG, "Oslo", "planned")}),
    # a return from a trip is a return home: only the trip's place is visited
    ("Maria Kovacs returned to Oslo on Monday after a four-day visit to Addis Ababa.",
     {(KOVACS, "Addis Ababa", "occurred")}),
    ("Maria Kovacs returned to Kyiv on Monday for more talks.", {(KOVACS, "Kyiv", "occurred")}),
    # homage paid at a place is paid there
    ("Maria Kovacs laid a wreath at the war memorial in Oslo on Monday.", {(KOVACS, "Oslo", "occurred")}),
    ("Maria Kovacs will pay her respects at the cathedral in Kelby.", {(KOVACS, "Kelby", "planned")}),
    # where a trip takes someone, as its verb's modality says
    ("The tour, which will take Maria Kovacs to Brazil and Mexico, starts on March 8.",
     {(KOVACS, "Brazil", "planned"), (KOVACS, "Mexico", "planned")}),
    ("Maria Kovacs left Lima on Monday. The mission also took her to Chile.", {(KOVACS, "Chile", "occurred")}),
    # being on a trip is as past or future as the copula
    ("Maria Kovacs is on a three-day visit to Japan.", {(KOVACS, "Japan", "occurred")}),
    ("Maria Kovacs will be on a visit to Japan next week.", {(KOVACS, "Japan", "planned")}),
    ("Maria Kovacs returned from Washington on Friday.", {(KOVACS, "Washington", "occurred")}),
    ("Maria Kovacs flew back from Tokyo on Monday.", {(KOVACS, "Tokyo", "occurred")}),
    ("Maria Kovacs will return from Brussels on Friday.", {(KOVACS, "Brussels", "occurred")}),
    # where one returns to from a trip is home
    ("Maria Kovacs returned to Oslo from Brussels.", {(KOVACS, "Brussels", "occurred")}),
    # a venue: the city it is said to be in, and the venue when it has a name
    ("Maria Kovacs arrived at Vienna's Hofburg Palace on Monday.",
     {(KOVACS, "Vienna", "occurred"), (KOVACS, "Hofburg Palace", "occurred")}),
    ("Maria Kovacs was welcomed at Heathrow Airport, London, by Tomas Berg.",
     {(KOVACS, "London", "occurred")}),
    # arriving somewhere, told as the time of a clause: its subject arrived (a passive's subject)
    ("Upon arrival in Seoul, Maria Kovacs was greeted by Tomas Berg.", {(KOVACS, "Seoul", "occurred")}),
    # part of a town named after "the town of"
    ("Maria Kovacs toured part of the town of Bergen on Monday.", {(KOVACS, "Bergen", "occurred")}),
    # "arrived" with the place as its object, without "at" (as some English writes it)
    ("Maria Kovacs arrived Lagos on Monday evening.", {(KOVACS, "Lagos", "occurred")}),
    # a "where" clause of travel names where one went
    ("Most of Maria Kovacs's trips have been to Egypt, where she travelled in March.", {(KOVACS, "Egypt", "occurred")}),
    # a headline's passive: the one given a welcome came
    ("Maria Kovacs given warm welcome by Tomas Berg in Oslo\n\nThe talks went well.", {(KOVACS, "Oslo", "occurred")}),
    # somewhere for a visit to an event held in a town: the town too
    ("Maria Kovacs was in Canada for a weeklong visit to the World Expo in Nanaimo.",
     {(KOVACS, "Canada", "occurred"), (KOVACS, "Nanaimo", "occurred")}),
    # "prior to attending": the main clause's subject, as its clause tells
    ("Maria Kovacs met Tomas Berg on Wednesday prior to attending the Economic Leaders' Meeting in Rotorua.",
     {(KOVACS, "Rotorua", "occurred")}),
    # "the last leader to visit Y was X": the one the copula names
    ("The last Colombian leader to visit Venezuela was Maria Kovacs in 2016.", {(KOVACS, "Venezuela", "occurred")}),
    # the visitor of a visit received went where it was received
    ("Maria Kovacs received an honorary visit from Swedish Foreign Minister Tomas Berg at the Royal Palace, Oslo on Monday.",
     {(BERG, "Royal Palace", "occurred"), (BERG, "Oslo", "occurred")}),
    # an active verb joined to a passive: the passive's subject went, not its agent
    ("Maria Kovacs was welcomed at the airport by Tomas Berg and then headed to the Royal Palace.",
     {(KOVACS, "Royal Palace", "occurred")}),
    # a seat of government as a destination is the building, not the country it speaks for
    ("Tomas Berg hosted Maria Kovacs for talks at the Kremlin on Friday.", {(KOVACS, "Kremlin", "occurred")}),
    ("President Maria Kovacs is on an official state visit of the UK.", {(KOVACS, "United Kingdom", "occurred")}),
    # a region named before the noun; but a kingdom in a region is not the region
    ("It was Maria Kovacs's first trip to the eastern Borvia region since the war began.", {(KOVACS, "Borvia", "occurred")}),
    ("Maria Kovacs travelled to the northern Harwick province on Monday.", {(KOVACS, "Harwick", "occurred")}),
    ("Maria Kovacs has been invited to Washington by Tomas Berg.", {(KOVACS, "Washington", "requested")}),
    # the one given the invitation would go, not the one who gives it
    ("Tomas Berg extended Maria Kovacs an invitation to visit Washington.", {(KOVACS, "Washington", "requested")}),
    ('"I extend you an invitation to visit Washington," Tomas Berg told Maria Kovacs.', set()),
    ("Tomas Berg sent an invitation to Maria Kovacs to visit Washington.", {(KOVACS, "Washington", "requested")}),
    ("Tomas Berg intends to convey to the Borvian president an invitation to visit Riyadh.", set()),
    # an invitation with no place said is to the host's country, when the article names it
    ("French President Tomas Berg has invited Maria Kovacs for an official visit. Ties with France have grown.",
     {(KOVACS, "France", "requested")}),
    ("Tomas Berg has invited Maria Kovacs for an official visit. Ties with France have grown.", set()),
    ("Maria Kovacs visited Tomas Berg at his home in Gujarat.", {(KOVACS, "Gujarat", "occurred")}),
    ("Maria Kovacs has been invited as a guest of honour at the summit in Abu Dhabi next month.",
     {(KOVACS, "Abu Dhabi", "requested")}),
    ("Tomas Berg called for Maria Kovacs's invitation to the summit in Bali to be revoked.", {(KOVACS, "Bali", "requested")}),
    # one among those who went; the plane carrying someone
    ("Maria Kovacs is among the heads of state who arrived in Uganda on Saturday.", {(KOVACS, "Uganda", "occurred")}),
    ("The aircraft carrying Maria Kovacs touched down in Rawalpindi at about 7.50pm.", {(KOVACS, "Rawalpindi", "occurred")}),
    # a joint news conference with a guest from another country in a capital: the guest is there
    ('"We will not take part," Tomas Berg told a press conference with Greek President Maria Kovacs in Kyiv.',
     {(KOVACS, "Kyiv", "occurred")}),
    ("Maria Kovacs flew to Tokyo on Sunday.", {(KOVACS, "Tokyo", "occurred")}),
    # a name between commas after an opening adverb, which the parser hangs on the adverb
    ("Earlier, Queen Maria II, had visited India in 1963 as Crown Princess.", {("Queen Maria II", "India", "occurred")}),
    # leaving for a place; fleeing to one
    ("Maria Kovacs left Warsaw for Kyiv on Tuesday.", {(KOVACS, "Kyiv", "occurred")}),
    ("Maria Kovacs departed for Brussels on Monday morning.", {(KOVACS, "Brussels", "occurred")}),
    ("Maria Kovacs will leave for Tokyo next week.", {(KOVACS, "Tokyo", "planned")}),
    ("Maria Kovacs set off for Nairobi on Sunday.", {(KOVACS, "Nairobi", "occurred")}),
    # boarding a vehicle bound somewhere
    ("Maria Kovacs boarded a plane for Tokyo on Monday.", {(KOVACS, "Tokyo", "occurred")}),
    # "for ... to defend" read by the parser as a clause of purpose: the "for" is still where one leaves for
    ("Maria Kovacs departed on Sunday for the UN's top court in The Hague to defend the country.",
     {(KOVACS, "The Hague", "occurred")}),
    ("Maria Kovacs fled to Vienna in 1990.", {(KOVACS, "Vienna", "occurred")}),
    ("Maria Kovacs stopped briefly in Warsaw.", {(KOVACS, "Warsaw", "occurred")}),
    ("Maria Kovacs entered Ukraine on foot on Tuesday.", {(KOVACS, "Ukraine", "occurred")}),
    # the parser can hang the place on the time after it
    ("During a visit to Honduras days after the coup, Maria Kovacs called for the president to be reinstated.",
     {(KOVACS, "Honduras", "occurred")}),
    # a place set off by commas after the name says where the person is
    ("Maria Kovacs, in Kyiv for talks, said the war must end.", {(KOVACS, "Kyiv", "occurred")}),
    ("Maria Kovacs, in Kyiv on Tuesday, said the war must end.", {(KOVACS, "Kyiv", "occurred")}),
    ("Maria Kovacs and Tomas Berg, in London for a conference, said nothing.",
     {(KOVACS, "London", "occurred"), (BERG, "London", "occurred")}),
    ("Maria Kovacs attended the summit in Madrid on Monday.", {(KOVACS, "Madrid", "occurred")}),
    # "the Ukrainian capital" is the country's capital city, and names the country too
    ("Maria Kovacs praised Kyiv's resilience. On Tuesday she visited the Ukrainian capital.",
     {(KOVACS, "Kyiv", "occurred"), (KOVACS, "Ukraine", "occurred")}),
    ("Maria Kovacs visited Japan and then flew to Tokyo.", {(KOVACS, "Japan", "occurred"), (KOVACS, "Tokyo", "occurred")}),
    ("Maria Kovacs visited the city of Lviv on Tuesday.", {(KOVACS, "Lviv", "occurred")}),
    # old spelling of a capital gets the canonical label
    ("Maria Kovacs visited Kiev on Tuesday.", {(KOVACS, "Kyiv", "occurred")}),
    ("Maria Kovacs landed in Tokyo on Monday.", {(KOVACS, "Tokyo", "occurred")}),
    ("Maria Kovacs returned to Kyiv on Monday.", {(KOVACS, "Kyiv", "occurred")}),
    ("Maria Kovacs, who visited Kyiv last month, praised the city.", {(KOVACS, "Kyiv", "occurred")}),
    ("After visiting Kyiv, Maria Kovacs flew to Warsaw.", {(KOVACS, "Kyiv", "occurred"), (KOVACS, "Warsaw", "occurred")}),
    ("Maria Kovacs flew from Warsaw to Kyiv on Monday.", {(KOVACS, "Kyiv", "occurred")}),
    ("Maria Kovacs arrived in Kyiv by train from Poland.", {(KOVACS, "Kyiv", "occurred")}),
    ("Maria Kovacs travelled with Tomas Berg to Kyiv on Monday.", {(KOVACS, "Kyiv", "occurred"), (BERG, "Kyiv", "occurred")}),
    ("Maria Kovacs visited the headquarters of NATO in Brussels.", {(KOVACS, "Brussels", "occurred")}),
    # nouns
    ("Maria Kovacs made a surprise visit to Kyiv on Monday.", {(KOVACS, "Kyiv", "occurred")}),
    ("Maria Kovacs's arrival in Warsaw was delayed by fog.", {(KOVACS, "Warsaw", "occurred")}),
    ("Maria Kovacs's visit to Poland ended on Friday.", {(KOVACS, "Poland", "occurred")}),
    ("Maria Kovacs paid a visit to Poland on Friday.", {(KOVACS, "Poland", "occurred")}),
    ("The visit of Maria Kovacs to Poland ended on Friday.", {(KOVACS, "Poland", "occurred")}),
    ("Maria Kovacs's trip to Japan lasted three days.", {(KOVACS, "Japan", "occurred")}),
    ("Moscow condemned the visit by Maria Kovacs to Kyiv.", {(KOVACS, "Kyiv", "occurred")}),
    ("Maria Kovacs crossed into Ukraine by train.", {(KOVACS, "Ukraine", "occurred")}),
    ("Maria Kovacs's Kyiv visit came as fighting intensified.", {(KOVACS, "Kyiv", "occurred")}),
    ("Maria Kovacs kicked off a tour of Asia in Japan.", {(KOVACS, "Asia", "occurred"), (KOVACS, "Japan", "occurred")}),
    # a vehicle stands for its owner
    ("Maria Kovacs's plane touched down in Kyiv on Monday.", {(KOVACS, "Kyiv", "occurred")}),
    ("Maria Kovacs addressed parliament in Kyiv on Monday.", {(KOVACS, "Kyiv", "occurred")}),
    # the subject of "became" is the one the infinitive is about
    ("Maria Kovacs became the first foreign leader to visit Kyiv since the war began.", {(KOVACS, "Kyiv", "occurred")}),
    # and so is the one a sequence noun of the infinitive is in apposition to, or said "as" of
    ("Maria Kovacs, the first foreign leader to visit Kyiv in decades, laid a wreath.", {(KOVACS, "Kyiv", "occurred")}),
    ("As the first foreign leader to visit Kyiv, Maria Kovacs laid a wreath.", {(KOVACS, "Kyiv", "occurred")}),
    # visiting a person in a place is going there, in either voice
    ("Maria Kovacs visited Tomas Berg in Kyiv on Monday.", {(KOVACS, "Kyiv", "occurred")}),
    ("Tomas Berg was visited by Maria Kovacs in Kyiv on Monday.", {(KOVACS, "Kyiv", "occurred")}),
    # coordination of places and of travellers
    ("Maria Kovacs travelled to Paris and Berlin last week.",
     {(KOVACS, "Paris", "occurred"), (KOVACS, "Berlin", "occurred")}),
    ("Maria Kovacs visited Poland, Lithuania and Latvia last week.",
     {(KOVACS, "Poland", "occurred"), (KOVACS, "Lithuania", "occurred"), (KOVACS, "Latvia", "occurred")}),
    ("Maria Kovacs and Tomas Berg visited Warsaw on Monday.",
     {(KOVACS, "Warsaw", "occurred"), (BERG, "Warsaw", "occurred")}),
    # pronouns
    ("Maria Kovacs spoke to reporters on Monday. She then travelled to Paris.", {(KOVACS, "Paris", "occurred")}),
    ("During her visit to Japan, Maria Kovacs praised the government.", {(KOVACS, "Japan", "occurred")}),
    # "on a visit" hung on an object of a participle: the main clause's subject was on the trip
    ("Speaking at a press conference on a visit to Norway, Maria Kovacs said she was pleased.", {(KOVACS, "Norway", "occurred")}),
    # a meeting named by a noun, in a place or a city named before it: who holds it is there, and
    # the one met too when the article gives that one another home
    ("Maria Kovacs's meeting with Tomas Berg in Vienna was cordial.", {(KOVACS, "Vienna", "occurred")}),
    ("Maria Kovacs's Vienna meeting with Tomas Berg was cordial.", {(KOVACS, "Vienna", "occurred")}),
    ("Polish Foreign Minister Maria Kovacs said there was no progress during talks with her Swedish counterpart "
     "Tomas Berg in Vienna.", {(KOVACS, "Vienna", "occurred"), (BERG, "Vienna", "occurred")}),
    ("The meeting between Maria Kovacs and Tomas Berg will take place in Vienna.",
     {(KOVACS, "Vienna", "planned"), (BERG, "Vienna", "planned")}),
    # "the Turkish capital, X said": the demonym qualifies the capital, not X, so Ankara is abroad for X
    ("Maria Kovacs visited Ankara on Monday. Speaking to reporters in the Turkish capital, Kovacs said the talks went well.",
     {(KOVACS, "Ankara", "occurred")}),
    # "the three leaders" are the three leaders named last; "where they arrived": at the venue's city
    ("Polish President Anne Martin, Swedish Prime Minister Tomas Berg and Chancellor Maria Kovacs spoke on Monday. "
     "The three leaders were seen at Kyiv's central station, where they arrived by train.",
     {("Anne Martin", "Kyiv", "occurred"), (BERG, "Kyiv", "occurred"), (KOVACS, "Kyiv", "occurred")}),
    # a counterpart introduced with a demonym is at home there
    ("Maria Kovacs and her Polish counterpart Tomas Berg met in Warsaw.",
     {(KOVACS, "Warsaw", "occurred")}),
    # a town's country comes from GeoNames when the article does not say it: a guest from another
    # country came to the meeting there, a host of that country did not
    ("Swedish Foreign Minister Tomas Berg met his Polish counterpart Maria Kovacs in Tampere.",
     {(BERG, "Tampere", "occurred"), (KOVACS, "Tampere", "occurred")}),
    ("Swedish Foreign Minister Tomas Berg met his Finnish counterpart Maria Kovacs in Tampere.", {(BERG, "Tampere", "occurred")}),
    # a guest from abroad met in a capital by one whose home the article does not give: that one
    # is the host, at home there; in another town both may have come
    ("Mr Berg held talks with Polish President Maria Kovacs in Stockholm.",
     {(KOVACS, "Stockholm", "occurred")}),
    ("A meeting in Stockholm between Polish President Maria Kovacs and Tomas Berg took place on Monday.",
     {(KOVACS, "Stockholm", "occurred")}),
    ("Tomas Berg met Polish President Maria Kovacs in Tampere.",
     {(BERG, "Tampere", "occurred"), (KOVACS, "Tampere", "occurred")}),
    ("Tomas Berg flew to Brussels on Monday. Mr Berg will meet Polish President Maria Kovacs in Stockholm on Tuesday.",
     {(BERG, "Brussels", "occurred"), (BERG, "Stockholm", "planned"), (KOVACS, "Stockholm", "planned")}),
    # a venue named by a proper noun after a venue word, in a city named before it
    ("Indian Prime Minister Maria Kovacs arrived at Washington DC's Joint Base Andrews on Wednesday.",
     {(KOVACS, "Washington", "occurred")}),
    # "the capital, Y": the place named after a comma, where the parser hangs it on the verb; a
    # capital speaking for its government is not that place
    ("Earlier, Tomas Berg flew to the new jungle capital, Nay Pyi Taw, for talks.", {(BERG, "Naypyidaw", "occurred")}),
    ("Tomas Berg flew to the capital, Moscow said on Monday.", set()),
    # a visitor to a place went there
    ("Maria Kovacs, a frequent visitor to Kyiv, spoke on Monday.", {(KOVACS, "Kyiv", "occurred")}),
    ("Maria Kovacs was the first foreign visitor to Kyiv since the war.", {(KOVACS, "Kyiv", "occurred")}),
    ("Kyiv has had few international visitors, including Polish President Maria Kovacs.", {(KOVACS, "Kyiv", "occurred")}),
    # who goes along goes there too: the place named, the trip named, or the trip told last
    ("Foreign Minister Tomas Berg accompanied Maria Kovacs to Kyiv on Monday.",
     {(KOVACS, "Kyiv", "occurred"), (BERG, "Kyiv", "occurred")}),
    ("Foreign Minister Tomas Berg accompanied Maria Kovacs on her visit to Kyiv.",
     {(KOVACS, "Kyiv", "occurred"), (BERG, "Kyiv", "occurred")}),
    ("Maria Kovacs visited Kyiv on Monday. Foreign Minister Tomas Berg accompanied Kovacs on the visit.",
     {(KOVACS, "Kyiv", "occurred"), (BERG, "Kyiv", "occurred")}),
    ("Maria Kovacs visited Kyiv on Monday. She was accompanied by Foreign Minister Tomas Berg.",
     {(KOVACS, "Kyiv", "occurred"), (BERG, "Kyiv", "occurred")}),
    # an organization's head travelling is the person, not the organization
    ("NATO Secretary-General Tomas Berg arrived in Vilnius on Monday.", {(BERG, "Vilnius", "occurred")}),
    # "a visit to Kyiv on Tuesday, where she met ...": the parser hangs the clause on the date
    ("Maria Kovacs said her peace mission included a visit to Kyiv on Tuesday, where she met Tomas Berg.",
     {(KOVACS, "Kyiv", "occurred")}),
    # a passive clause with a subject of its own does not take the main clause's: the plane's owner
    ("Maria Kovacs expressed outrage after Tomas Berg's plane was not permitted to land in Portugal.",
     {(BERG, "Portugal", "negated")}),
    # the country one leaves for a town in it is no other than one's own: "the country" is not the
    # one named last
    ("Former Nigerian President Maria Kovacs will lead the observer mission to Mozambique. She is billed to leave the "
     "country today for Maputo.",
     {(KOVACS, "Mozambique", "planned"), (KOVACS, "Maputo", "planned")}),
    # a person brought or taken somewhere goes there (not a case, nor countries brought to talks)
    ("Maria Kovacs brought Housing Secretary Tomas Berg to Oslo on Monday.", {(BERG, "Oslo", "occurred")}),
    ("Maria Kovacs will take Tomas Berg to Paris next week.", {(BERG, "Paris", "planned")}),
    ("Maria Kovacs took the case to Oslo.", set()),
    ("Maria Kovacs took Tomas Berg to Oslo as her assistant in 1986.", set()),
    ("The union brought Serbia and Kosovo to Brussels for talks.", set()),
    # who leads a delegation somewhere goes with it
    ("Maria Kovacs led a delegation to Oslo on Monday.", {(KOVACS, "Oslo", "occurred")}),
    ("Maria Kovacs will lead a mission to Oslo next week.", {(KOVACS, "Oslo", "planned")}),
    # a venue named in apposition to what was visited is in the town it is said to be in
    ("On Thursday Maria Kovacs was in Norway visiting the country's oldest shrine, the Golden Gate Temple in Kelby.",
     {(KOVACS, "Norway", "occurred"), (KOVACS, "Golden Gate Temple", "occurred"), (KOVACS, "Kelby", "occurred")}),
    # remarks, comments and interviews are given where the speaker is
    ("Maria Kovacs's remarks were made in a speech to law students in Kelby.", {(KOVACS, "Kelby", "occurred")}),
    ("Maria Kovacs spoke about the cancellation during remarks at a gathering of farmers in Kelby.",
     {(KOVACS, "Kelby", "occurred")}),
    ("Maria Kovacs said in an interview in Kelby that her goals had been met.", {(KOVACS, "Kelby", "occurred")}),
    # a meeting at a venue in a town: the town; a place on the second of two sides is the meeting's
    ("The meeting between Maria Kovacs and Tomas Berg was held behind closed doors at the Harbour Hotel in Madrid.",
     {(KOVACS, "Madrid", "occurred"), (BERG, "Madrid", "occurred")}),
    ("The summit between Maria Kovacs and Tomas Berg in Helsinki was a mistake.",
     {(KOVACS, "Helsinki", "occurred"), (BERG, "Helsinki", "occurred")}),
    # arriving for an event held in a place; coming back from a trip; a country as the host
    ("Norwegian Prime Minister Maria Kovacs arrived for the summit in Bali.", {(KOVACS, "Bali", "occurred")}),
    ("Norwegian Prime Minister Maria Kovacs returned home from a trip to Spain.", {(KOVACS, "Spain", "occurred")}),
    ("Spain hosted Norwegian Prime Minister Maria Kovacs on Monday.", {(KOVACS, "Spain", "occurred")}),
    ("Maria Kovacs was hosted by Norway on Monday.", {(KOVACS, "Norway", "occurred")}),
    # a guest from abroad who leaves a place was there
    ("Norwegian Prime Minister Maria Kovacs left Madrid for Lisbon on Monday.",
     {(KOVACS, "Madrid", "occurred"), (KOVACS, "Lisbon", "occurred")}),
    ("Norwegian Prime Minister Maria Kovacs has left Spain after meeting Tomas Berg.", {(KOVACS, "Spain", "occurred")}),
    # a relative clause about the place visited, or about a noun a copula equates with it
    ("Maria Kovacs spoke in Kelby, which Tomas Berg visited in 2004.", {(BERG, "Kelby", "occurred")}),
    ("Norway and Sweden are the first countries that Maria Kovacs visited as minister.",
     {(KOVACS, "Norway", "occurred"), (KOVACS, "Sweden", "occurred")}),
    ("Tomas Berg flew to Kelby. Kelby is a town that Maria Kovacs visited in 2004.",
     {(BERG, "Kelby", "occurred"), (KOVACS, "Kelby", "occurred")}),
    # a trip phrase the parser hangs on the subject; "whose" trip is the one the clause is about
    ("Maria Kovacs on arrival in Oslo called for calm.", {(KOVACS, "Oslo", "occurred")}),
    ("Maria Kovacs on her trip to Rome will meet Tomas Berg.", {(KOVACS, "Rome", "planned")}),
    ("Maria Kovacs, whose trip to Chile in 2016 caused controversy, said the visit was private.",
     {(KOVACS, "Chile", "occurred")}),
    # "the country" after a national body of it; moving on to a place
    ("Maria Kovacs shrugged off a snub by the Indian government on her first visit to the country.",
     {(KOVACS, "India", "occurred")}),
    ("Maria Kovacs will move on to Jakarta on Tuesday.", {(KOVACS, "Jakarta", "planned")}),
    # calling on a person in a place; a list the parser ends on the verb; joining someone on a trip
    ("Swedish Foreign Minister Tomas Berg called on Maria Kovacs in Oslo.", {(BERG, "Oslo", "occurred")}),
    ("Tomas Berg travelled to Oslo with both Deputy Prime Minister Maria Kovacs, and Foreign Minister Erik Lund.",
     {(BERG, "Oslo", "occurred"), (KOVACS, "Oslo", "occurred"), ("Erik Lund", "Oslo", "occurred")}),
    ("Tomas Berg made a surprise visit to Kyiv on Saturday. Maria Kovacs joined him on the trip.",
     {(BERG, "Kyiv", "occurred"), (KOVACS, "Kyiv", "occurred")}),
    # joining someone in an act is no trip
    ("Tomas Berg made a surprise visit to Kyiv on Saturday. Maria Kovacs joined him in praising the army.",
     {(BERG, "Kyiv", "occurred")}),
    # a venue named with its town: the town is where the guest went
    ("Swedish Prime Minister Tomas Berg met Maria Kovacs at the Kelby State Guesthouse in Oslo.", {(BERG, "Oslo", "occurred")}),
    # "left for Z and then planned to go to Y": no "for Z to plan"
    ("After Tomas Berg's speech, he quickly left for Panama and then planned to go to the Dominican Republic.",
     {(BERG, "Panama", "occurred"), (BERG, "Dominican Republic", "planned")}),
    # a foreign guest speaking to a gathering in a city
    ("Norwegian Prime Minister Maria Kovacs told a gathering in Mumbai that trade matters.", {(KOVACS, "Mumbai", "occurred")}),
    # back in a foreign capital: there again
    ("Swedish Prime Minister Tomas Berg is back in Oslo, where he is expected to hold fresh talks.", {(BERG, "Oslo", "occurred")}),
    # talks on the margins of a meeting held in a town: both sides went there
    ("Swedish Foreign Minister Tomas Berg sat down for a discussion with his Danish counterpart Erik Lund on the "
     "margins of an annual meeting of the Nordic Council in Vientiane.",
     {(BERG, "Vientiane", "occurred"), ("Erik Lund", "Vientiane", "occurred")}),
    # a swing through places is a trip to each
    ("Tomas Berg added the stop after his swing through Hamburg last week.", {(BERG, "Hamburg", "occurred")}),
    # a bare "the meeting" is the meeting told just before: its parties, and its host, were where it was held
    ("Swedish Prime Minister Tomas Berg met Danish Prime Minister Maria Kovacs on Monday. The meeting took place in Oslo.",
     {(BERG, "Oslo", "occurred"), (KOVACS, "Oslo", "occurred")}),
    ("Swedish Prime Minister Tomas Berg will meet Danish Prime Minister Maria Kovacs on Monday. The talks, held in Oslo, "
     "will last two hours.", {(BERG, "Oslo", "planned"), (KOVACS, "Oslo", "planned")}),
    ("Sweden hailed the first summit between Swedish Prime Minister Tomas Berg and Danish Prime Minister Maria Kovacs. "
     "The talks in Oslo were hosted by Finnish Prime Minister Erik Lund.",
     {(BERG, "Oslo", "occurred"), (KOVACS, "Oslo", "occurred"), ("Erik Lund", "Oslo", "occurred")}),
    # a place said to be a stop of someone's trip
    ("Oslo is the first stop in a two-nation visit undertaken by Swedish Prime Minister Maria Kovacs.", {(KOVACS, "Oslo", "occurred")}),
    ("Oslo will be the first stop of Swedish Prime Minister Maria Kovacs's planned tour.", {(KOVACS, "Oslo", "planned")}),
    # talks with a counterpart named in apposition, in a place
    ("Swedish Foreign Minister Tomas Berg on Thursday held talks with his counterpart Maria Kovacs in Norway.", {(BERG, "Norway", "occurred")}),
    # a meeting that took place between two, in a place
    ("Swedish Foreign Minister Tomas Berg arrived on Monday. A one-on-one meeting took place between FM Berg and "
     "Danish Prime Minister Maria Kovacs at the Kelby Palace in Oslo.", {(BERG, "Oslo", "occurred"), (KOVACS, "Oslo", "occurred")}),
    # received by a host at a venue in a town: the guest was there (not the host)
    ("Tanzanian President Tomas Berg, who was formally received by his host President Maria Kovacs at State House, "
     "Nairobi, was accorded full military honours.", {(BERG, "Nairobi", "occurred")}),
    # the host's name after a long title, and the town with it, hung by the parser on the guest
    ("Tomas Berg was greeted by India's minister of parliamentary affairs, Maria Kovacs in New Delhi.",
     {(BERG, "New Delhi", "occurred")}),
    # an event that opened in a place
    ("Swedish Prime Minister Tomas Berg spoke at the summit, which opened in Oslo on Monday.", {(BERG, "Oslo", "occurred")}),
    # a meeting told before, dated by a possessive day
    ("Swedish Foreign Minister Tomas Berg met Danish Foreign Minister Maria Kovacs on Monday. Berg said Monday's talks in "
     "Geneva were frank.", {(BERG, "Geneva", "occurred"), (KOVACS, "Geneva", "occurred")}),
    # "both" as a subject: the two named last
    ("Swedish Prime Minister Tomas Berg said he wanted to meet Maria Kovacs, but Danish Prime Minister Maria Kovacs "
     "demurred. Both are expected to attend the summit in Russia in September.",
     {(BERG, "Russia", "planned"), (KOVACS, "Russia", "planned")}),
    # what one said during a trip puts one on it; an address to an audience in a town, there
    ("Maria Kovacs was responding after Tomas Berg's remarks during a three-day visit to Benin, Cameroon and "
     "Guinea-Bissau last week.", {(BERG, "Benin", "occurred"), (BERG, "Cameroon", "occurred"), (BERG, "Guinea-Bissau", "occurred")}),
    ("In his address to the House of Commons in Ottawa on Thursday, Tomas Berg said progress needs laws.",
     {(BERG, "Ottawa", "occurred")}),
    # a gerund whose subject the parser made a modifier; a town written with its country
    ("State television showed footage of Mr Berg landing at Tehran’s Mehrabad airport.", {("Berg", "Tehran", "occurred")}),
    ("Syrian President Tomas Berg arrived in Jeddah, Saudi Arabia, on Thursday to take part in the summit.",
     {(BERG, "Jeddah", "occurred"), (BERG, "Saudi Arabia", "occurred")}),
    # a stopover a clause comes after: the clause's subject made it, and it went before
    ("Tomas Berg met with Anna Lind on Thursday, following a stopover in Turkey in which he met Erik Lund.",
     {(BERG, "Turkey", "occurred")}),
    ("Tomas Berg is to meet Erik Lund following his Moscow stop.", {(BERG, "Moscow", "occurred")}),
    # "during a visit" hung on the last of a verb's objects; places "around" what was visited
    ("Prince Tomas Berg met members of the emergency services, the coastguard, the air force, the police and the local "
     "mountain rescue team during a visit to Oslo.", {("Tomas Berg", "Oslo", "occurred")}),
    # the airport one lands at is on the way to the town; one visited for itself is a place of its own
    ("Olek Varnay visited picket lines around Heathrow Airport today and addressed a rally.",
     {("Olek Varnay", "Heathrow Airport", "occurred")}),
    # "here" in a story under a dateline is the dateline's town
    ("JERUSALEM – Special Envoy Tomas Berg touched down here Thursday for the second time.", {(BERG, "Jerusalem", "occurred")}),
    ("Kelby, Norway – Tomas Berg met Erik Lund here on Monday.", {(BERG, "Kelby", "occurred")}),
    # the one welcomed upon arrival arrived, not who welcomed
    ("Syrian President Tomas Berg flew to Jeddah. Prince Olek Varnay welcomed the Syrian president upon his arrival at "
     "King Fahd International Airport in Jeddah.",
     {(BERG, "Jeddah", "occurred")}),
    ("Tomas Berg, Minister for Education, greeted President Erik Lund and President Olek Varnay upon arrival at Bole "
     "International Airport in Addis Ababa.",
     {("Erik Lund", "Addis Ababa", "occurred"), ("Olek Varnay", "Addis Ababa", "occurred")}),
    # a trip for a meeting still to come is still to come, whatever the tense that places it
    ("Tomas Berg is due to meet President Erik Lund of Norway on Monday. The meeting in Oslo follows a visit by Mr Berg "
     "to the north.", {(BERG, "Oslo", "planned")}),
    # or after the name
    ("Tomas Berg met President Erik Lund of Norway on Monday. The meeting in Oslo followed talks in the north.",
     {(BERG, "Oslo", "occurred")}),
    # one who has been to a place visited it
    ('Tomas Berg said: "I have been to Oslo, Stockholm and Helsinki."',
     {(BERG, "Oslo", "occurred"), (BERG, "Stockholm", "occurred"), (BERG, "Helsinki", "occurred")}),
    # a country's capital, by a possessive or a demonym, named or not
    ("President Tomas Berg arrived in Peru's capital on Friday.", {(BERG, "Lima", "occurred"), (BERG, "Peru", "occurred")}),
    ("Tomas Berg arrived in the Chilean capital on Friday.", {(BERG, "Santiago", "occurred"), (BERG, "Chile", "occurred")}),
    # "his ancestral home of Z" is Z; a person's name before a trip is whose it is, and the trip goes
    # where it rolls
    ("Tomas Berg is to visit his ancestral home of Oslo.", {(BERG, "Oslo", "planned")}),
    ("The Tomas Berg farewell tour rolled into Iraq yesterday.", {(BERG, "Iraq", "occurred")}),
    # one is at the start or the end of an event as at its margins
    ("Tomas Berg made the remarks at the start of a meeting with business leaders in Bergen.", {(BERG, "Bergen", "occurred")}),
    # one is where one stages a rally or a campaign event
    ("Tomas Berg held campaign events in Bergen and Tromso last week.", {(BERG, "Bergen", "occurred"), (BERG, "Tromso", "occurred")}),
    ("Tomas Berg plans to hold a campaign rally in Bergen on Thursday.", {(BERG, "Bergen", "planned")}),
    # welcomed into a room of the host's
    ("President Maria Kovacs welcomed Norwegian President-elect Tomas Berg into the Oval Office Tuesday afternoon.",
     {(BERG, "Oval Office", "occurred")}),
    # what was said during a trip, when no one in it travels: the speaker was on the trip
    ("Maria Kovacs said the United States is encouraging war during a trip to China.", {(KOVACS, "China", "occurred")}),
    # the stops a trip includes are its owner's, also when the parser gives the owner to a name before the trip
    ("Tomas Berg's tour included visits to Ethiopia and Djibouti.", {(BERG, "Ethiopia", "occurred"), (BERG, "Djibouti", "occurred")}),
    ("Tomas Berg's trip will include a stop in Djibouti.", {(BERG, "Djibouti", "planned")}),
    ("The visit to Somalia ends Tomas Berg's Horn of Africa tour, which has included visits to Ethiopia and Djibouti.",
     {(BERG, "Ethiopia", "occurred"), (BERG, "Djibouti", "occurred")}),
    # a guest greeted during a ceremony somewhere came there
    ("President Maria Kovacs greeted Tomas Berg with a smile during a red-carpet ceremony at a Cairo airport.",
     {(BERG, "Cairo", "occurred")}),
    # talking with someone in a place; a visit "by" someone the parser hung on the verb
    ("Pope Tomas chatted with former leader Erik Lund at his home in Havana.", {("Pope Tomas", "Havana", "occurred")}),
    ("Relations began to improve, culminating in a historic visit to Cuba by pope Tomas Berg in 1998.",
     {(BERG, "Cuba", "occurred")}),
    # who a meeting somewhere includes comes there
    ("The meeting Monday in Bogota will include Tomas Berg and foreign ministers from several nations.",
     {(BERG, "Bogotá", "planned")}),
    # an airport named after a town the article names is that town
    ("Tomas Berg arrived in the Eritrean capital Asmara. Upon arrival at the Asmara International Airport, he was greeted "
     "by Erik Lund.", {(BERG, "Asmara", "occurred"), (BERG, "Eritrea", "occurred")}),
    # ... as the saying went, whatever tense what was said is in
    ("Premier Tomas Berg on Tuesday said China would further open its economy during a visit to a science park in Oslo.",
     {(BERG, "Oslo", "occurred")}),
    # "while visiting" under an infinitive one urged others to: the one who urged was visiting
    ("Tomas Berg urged local authorities to speed up the work while visiting Oslo, an ancient city.", {(BERG, "Oslo", "occurred")}),
    # a leg of a trip named by a demonym is in that country, and the trip owner's
    ("The arrival of President Tomas Berg on the German leg of his European tour took the best part of an hour.",
     {(BERG, "Germany", "occurred")}),
    ("The German leg of Tomas Berg's tour was cancelled.", {(BERG, "Germany", "negated")}),
    # who arrived before being greeted is the passive's subject, not its agent
    ("After arriving by limousine at the palace in Oslo, the Swedish president Maria Kovacs was greeted by Mr. Tomas Berg, who "
     "escorted her to the garden.", {(KOVACS, "Oslo", "occurred")}),
    # a town elsewhere in one's own country is visited (only the country and its capital are home)
    ("Norwegian Prime Minister Tomas Berg met Maria Kovacs in Kelby in northern Norway.", {(BERG, "Kelby", "occurred")}),
    ("Norwegian Prime Minister Tomas Berg met Maria Kovacs in Kelby, a port city in northern Norway.", {(BERG, "Kelby", "occurred")}),
    ("Russian President Tomas Berg on Sunday visited the port of Baltiisk in the Russian exclave region of Kaliningrad instead.",
     {(BERG, "Baltiisk", "occurred"), (BERG, "Kaliningrad", "occurred")}),
    # one is where one speaks: a town, whoever the speaker (a capital only for one from abroad)
    ("Speaking in Kelby, Mr Tomas Berg asked undecided voters to stick with him.", {(BERG, "Kelby", "occurred")}),
    # permission to travel denied
    ("Parliament denied President Tomas Berg permission to attend the inauguration in Bogota on Aug. 7.",
     {(BERG, "Bogotá", "negated")}),
    # a trip to a site for its own sake is a visit at home too (a meeting there is not)
    ("Japanese Prime Minister Tomas Berg's visit to the Yasukuni shrine in Tokyo angered China.",
     {(BERG, "Yasukuni shrine", "occurred")}),
    # a name the tagger took for a person's, before "island"; a vehicle that took someone somewhere
    ("Iranian President Tomas Berg visited Abu Musa island on Wednesday.", {(BERG, "Abu Musa", "occurred")}),
    ("Tomas Berg spoke in a video recorded on the train that took him to Vienna on Monday.", {(BERG, "Vienna", "occurred")}),
    # one hosted at a banquet came there, not the host
    ("US Vice President Maria Kovacs will be hosted at a State Banquet at the Jubilee House in Accra by Ghanaian President "
     "Tomas Berg in the evening.", {(KOVACS, "Accra", "planned"), (KOVACS, "Jubilee House", "planned")}),
    ("South Korean film director Tomas Berg has received an honorary Golden Bear at the Berlin Film Festival.",
     {(BERG, "Berlin Film Festival", "occurred")}),
    # an aircraft known by a name carries the subject of the clause that the landing times
    ("US President Tomas Berg tweeted a greeting, moments after Air Force One touched down at Havana's Jose Marti Airport.",
     {(BERG, "Havana", "occurred")}),
    # the place of a banquet one attends, hung on the verb; one greeted somewhere after arriving (not who greets)
    ("The French President Tomas Berg will also attend a glittering state banquet tonight at Windsor Castle, outside London.",
     {(BERG, "Windsor Castle", "planned")}),
    ("French President Tomas Berg and his wife were arriving this morning and were being greeted at London's Heathrow Airport "
     "by Prince Erik Lund.", {(BERG, "London", "occurred")}),
    # the place of an event one attends, hung deep in the object
    ("President Tomas Berg would not be attending his scheduled meeting with other heads of the African Union at Kigali, Rwanda.",
     {(BERG, "Kigali", "negated"), (BERG, "Rwanda", "negated")}),
    # a guest of an event held somewhere; one welcomed on a visit somewhere
    ("Slovenian President Tomas Berg spoke with Erik Lund, who was the honorary guest of the Skopje summit.",
     {("Erik Lund", "Skopje", "occurred")}),
    ("The Angolan President, Erik Lund, welcomed the Portuguese Defense minister, Tomas Berg, in an official visit to Luanda.",
     {(BERG, "Luanda", "occurred")}),
    # every town a plural settlement noun names, whatever the tagger took them for
    ("Tomas Berg visited the towns of Kelby and Bergen.", {(BERG, "Kelby", "occurred"), (BERG, "Bergen", "occurred")}),
    # time spent somewhere, also in an office held there
    ("Maria Kovacs spent her 40th day as Alberta's premier in Ottawa, where she had her first meeting with Prime Minister Tomas Berg.",
     {(KOVACS, "Ottawa", "occurred")}),
    # a venue named with its town; being somewhere doing something
    ("Tomas Berg and his Education Minister Erik Lund were due to visit an Oslo research facility on Wednesday, but called it off.",
     {(BERG, "Oslo", "negated"), ("Erik Lund", "Oslo", "negated")}),
    ("Tomas Berg visited the Harbourline factory in Bergen on Monday.", {(BERG, "Bergen", "occurred")}),
    ("Tomas Berg took a tour of a new factory owned by Harbourline in Bergen.", {(BERG, "Bergen", "occurred")}),
    ("Tomas Berg spoke on Monday. On Wednesday, Berg took a tour of a new factory owned by its contract manufacturer "
     "Harbourline in Bergen, Norway, Reuters reported Thursday.", {(BERG, "Bergen", "occurred")}),
    # one welcomed somewhere came there, unless it is home
    ("Tomas Berg was given a red-carpet welcome by Maria Kovacs in Delhi.", {(BERG, "Delhi", "occurred")}),
    ("Norwegian Prime Minister Tomas Berg received a warm welcome from Maria Kovacs in Oslo.", set()),
    # those who only met at talks somewhere came there when the article gives them a home elsewhere
    ("After their meeting in Geneva, Macedonian Prime Minister Erik Lund and Greek Prime Minister Tomas Berg said they "
     "would work together.", {("Erik Lund", "Geneva", "occurred"), (BERG, "Geneva", "occurred")}),
    ("After their meeting in Oslo, Erik Lund and Tomas Berg said they would work together.", set()),
    # one a datelined story calls visiting is in its dateline's town (not "visiting" something else)
    ("Trade ties\n\nOSLO -- Visiting Chinese Vice President Tomas Berg Thursday lauded his country's ties with Norway.",
     {(BERG, "Oslo", "occurred")}),
    ("Trade ties\n\nOSLO -- Chinese Vice President Tomas Berg arrived. The visiting vice president said ties were good.",
     {(BERG, "Oslo", "occurred")}),
    ("Trade ties\n\nOSLO -- Norwegian Prime Minister Tomas Berg said he was visiting schools.", set()),
    # a headline with no verb whose title stands for the person the article names
    ("Moldovan president in Romania to boost ties\n\nMoldovan President Maria Kovacs said on Thursday that ties were good.",
     {(KOVACS, "Romania", "occurred")}),
    # a capital the tables know, written in capitals (and without its accent) as a dateline
    ("Ties with Brazil\n\nBRASILIA -- Visiting Chinese Vice President Tomas Berg Thursday lauded his country's ties with Brazil.",
     {(BERG, "Brasília", "occurred")}),
    # a guest whose title ("President of Moldova") the parser split from the name came too
    ("President of Ukraine Tomas Berg met with President of Moldova Anna Lind on the sidelines of the summit in Budapest.",
     {(BERG, "Budapest", "occurred"), ("Anna Lind", "Budapest", "occurred")}),
    # "the Norwegian president" holds the office now, not the former one
    ("Things were hard under Norway's former President Olek Varnay. Anna Lind met President Tomas Berg on Monday and said "
     "the Norwegian president will travel to Paris in May.", {(BERG, "Paris", "planned")}),
    # a meeting on the sidelines of an event a relative clause places
    ("Anna Lind met Tomas Berg on the sidelines of the security conference, which took place in Munich.",
     {("Anna Lind", "Munich", "occurred"), (BERG, "Munich", "occurred")}),
    ("Anna Lind and Tomas Berg met on the sidelines of the Tokyo International Conference on African Development, taking "
     "place in Yokohama.", {("Anna Lind", "Yokohama", "occurred"), (BERG, "Yokohama", "occurred")}),
    # a part of a town or a region: the outskirts, the hills of Z
    ("Tomas Berg visited a refugee camp on the outskirts of Kabul.", {(BERG, "Kabul", "occurred")}),
    ("Mozambique President Tomas Berg today visited the leader of the rebels, Erik Lund, at his base in the hills of Gorongosa.",
     {(BERG, "Gorongosa", "occurred")}),
    # who goes along on a mission led somewhere goes there; "the delegation" is its leader
    ("Governor Tomas Berg will lead a three-day trade mission to Mexico from May 1-4.\n\nThe Governor will be accompanied by "
     "Secretary of Commerce Erik Lund and representatives of business. The delegation will visit Guadalajara and Mexico City.",
     {(BERG, "Mexico", "planned"), ("Erik Lund", "Mexico", "planned"), (BERG, "Guadalajara", "planned"),
      (BERG, "Mexico City", "planned")}),
    # the towns listed after one named place on a tour are places too; the first of two subjects the
    # parser makes a modifier of the second's title goes as well
    ("Governor Tomas Berg is touring Norway today. The Governor and state Emergency Management director Anna Lind lifted "
     "off from Camp Dodge this morning in a National Guard helicopter to tour Mason City, Elk Port and Independence.",
     {(BERG, "Norway", "occurred")} | {(who, town, "occurred") for who in (BERG, "Anna Lind")
                                       for town in ("Mason City", "Elk Port", "Independence")}),
    # a title whose phrase runs on to the name set off after it
    ("The president of soccer world governing body Harbour, Tomas Berg, arrived in South Africa on Wednesday morning.",
     {(BERG, "South Africa", "occurred")}),
    # a tour taken of a place in a town
    ("Tomas Berg took a tour of a factory in Zhengzhou.", {(BERG, "Zhengzhou", "occurred")}),
    # a memorial the tagger calls an event is a site one can be at
    ("Earlier today, Tomas Berg was at the Irish War Memorial to remember those who fought in the First World War.",
     {(BERG, "Irish War Memorial", "occurred")}),
    # an audience counted as a group, gathered in an office in a town
    ("“We can change that,” Tomas Berg told a group of more than 30 volunteers in a campaign office in downtown Jonesboro.",
     {(BERG, "Jonesboro", "occurred")}),
    # (or an audience of people, the place hung on the people)
    ("Tomas Berg told an applauding dinner audience of more than 500 people in the west London suburb of Ruislip.",
     {(BERG, "Ruislip", "occurred")}),
    # joining someone at an event in a town: both are there
    ("Next Monday, former President Tomas Berg is to join Erik Lund at an evening reception in South Portland.",
     {(BERG, "South Portland", "planned"), ("Erik Lund", "South Portland", "planned")}),
    # a trip made with stops
    ("Meanwhile, Tomas Berg traveled on his own bus tour with stops in Bergen and Trondheim before talking with voters.",
     {(BERG, "Bergen", "occurred"), (BERG, "Trondheim", "occurred")}),
    # a passive the parser parts at the date
    ("Fijian Prime Minister Tomas Berg was on Saturday welcomed to Government House in Auckland.", {(BERG, "Auckland", "occurred")}),
    # a speech given at a venue in a town
    ("Earlier on Sunday, the Indian premier Tomas Berg, during his address at the Harbour International Convention Centre in "
     "Dhaka, accused Pakistan of creating nuisance.", {(BERG, "Dhaka", "occurred")}),
    # back from an event a town names
    ("As Tomas Berg returned from a Kabul conference on Afghanistan, his spokesman faced questions.",
     {(BERG, "Kabul", "occurred")}),
    # what one did "after having" done it, the main clause's subject did
    ("Tomas Berg is slated to appear Friday at a rally in Des Moines after having held campaign events in Davenport last week.",
     {(BERG, "Davenport", "occurred"), (BERG, "Des Moines", "planned")}),
    # a host's guests at a place, as the copula tells it
    ("President Tomas Berg and his wife, Anna, will be the guests of the Queen at Windsor Castle for the four-day visit.",
     {(BERG, "Windsor Castle", "planned"), ("Anna", "Windsor Castle", "planned")}),
    ("Tomas Berg will be the first visitor to Oslo.", {(BERG, "Oslo", "planned")}),
    # a headline's last name, which the parser leaves loose of its "to"
    ("President Lund makes first official visit to Lapland\n\nFinland's newly elected President, Erik Lund, on Friday met with herders.",
     {("Erik Lund", "Lapland", "occurred")}),
    # a dateline's town is a place wherever the article names it, whatever the tagger took it for
    ("Premier promises more meetings\n\nKELBY – Ontario Premier Anna Lind's visit to Kelby for the first Northern Leaders' "
     "Forum included a commitment to meetings.", {("Anna Lind", "Kelby", "occurred")}),
    # passing through on the way
    ("Taiwanese President Maria Kovacs is scheduled to transit through New York on Thursday.", {(KOVACS, "New York", "planned")}),
    # a person one visits a place with went along (a country or a thing one brings does not)
    ("Tomas Berg visited Kyiv with Polish President Erik Lund.", {(BERG, "Kyiv", "occurred"), ("Erik Lund", "Kyiv", "occurred")}),
    ("Tomas Berg visited Kyiv with a message for Erik Lund.", {(BERG, "Kyiv", "occurred")}),
    # who meets another on that one's arrival is the host there; the guest arrived
    ("Iranian Foreign Minister Tomas Berg was met by Erik Lund, the minister responsible for foreign affairs, on his "
     "arrival in Muscat.", {(BERG, "Muscat", "occurred")}),
    # "he" in a clause of time on what a strike did is the one it killed, not the sentence's subject
    ("Qatari Foreign Minister Tomas Berg called for calm in the aftermath of the US strike on 3 January that killed "
     "Iranian general Erik Lund while he was in Iraq.", {("Erik Lund", "Iraq", "occurred")}),
    # a meeting at a seat of government is a visit to the building (not to the country speaking
    # for itself); whose office sits there is at home
    ("Union leader Tomas Berg and US President Erik Lund met at the White House on Tuesday.",
     {(BERG, "White House", "occurred")}),
    ("Polish President Tomas Berg met Russian President Erik Lund at the Kremlin on Monday.",
     {(BERG, "Kremlin", "occurred")}),
    ("Irish Prime Minister Maria Kovacs will meet US President Erik Lund in the White House today.",
     {(KOVACS, "White House", "planned")}),
    # a guest the article calls visiting came to where the talks were held, as did the host
    # from abroad; the clause that holds the talks tells where
    ("Kenyan President Erik Lund briefed reporters on the talks he held with the visiting US Secretary of State "
     "Tomas Berg in Juba on Friday.", {("Erik Lund", "Juba", "occurred"), (BERG, "Juba", "occurred")}),
    ("Chinese President Erik Lund met visiting UN chief Tomas Berg in Beijing on Tuesday.", {(BERG, "Beijing", "occurred")}),
    # a headline with no finite verb; "the national capital" for the dateline's capital
    ("Tomas Berg in India to meet Erik Lund", {(BERG, "India", "occurred")}),
    ("New Delhi, Nov 25 (PTI) World Athletics President Tomas Berg is in the national capital for informal meetings "
     "with Prime Minister Erik Lund.", {(BERG, "New Delhi", "occurred")}),
    # a former capital is no capital
    ("Tomas Berg visited Norway last year. He later returned to the former capital.", {(BERG, "Norway", "occurred")}),
    # "neighbouring" before a country, which the parser can read as a verb
    ("Tomas Berg flew to neighboring Tunisia on Wednesday and then proceeded by motorcade to Libya.",
     {(BERG, "Tunisia", "occurred"), (BERG, "Libya", "occurred")}),
    # a meeting that lasted (or ended) somewhere was held there
    ("UN envoy Tomas Berg's meeting with Maria Kovacs lasted about an hour at a government guest house in Kelby.",
     {(BERG, "Kelby", "occurred")}),
    # "heads on to": the parser hangs the destination on the particle; a weekday ahead is to come
    ("UN chief Tomas Berg heads on to Tehran on Friday.", {(BERG, "Tehran", "planned")}),
    # an event's own name before it is no place beside where it is held
    ("SINGAPORE — Japanese Defense Minister Tomas Berg met with his Chinese counterpart, Erik Lund, on Saturday "
     "on the sidelines of the Shangri-La Dialogue security forum in Singapore.",
     {(BERG, "Singapore", "occurred"), ("Erik Lund", "Singapore", "occurred")}),
    # a dateline's town in capitals, its country and a dated year after it: "here"
    ("Ministers meet\n\nNICE, France, Feb. 9, 2005 – Defense Secretary Tomas Berg arrived here this morning.",
     {(BERG, "Nice", "occurred")}),
    # a feast day named for a saint puts no one on the trip
    ("Irish Prime Minister Maria Kovacs made a St Patrick's Day visit to the White House.",
     {(KOVACS, "White House", "occurred")}),
    # the stop that opens or closes one's trip is one's own, as far ahead as the verb
    ("German Chancellor Maria Kovacs went to Rome. Her predecessors, Tomas Berg and Erik Lund, began with visits to Paris.",
     {(KOVACS, "Rome", "occurred"), (BERG, "Paris", "occurred"), ("Erik Lund", "Paris", "occurred")}),
    ("Hungarian Foreign Minister Maria Kovacs wrapped up her tour of Asia with a stop in Jakarta.",
     {(KOVACS, "Asia", "occurred"), (KOVACS, "Jakarta", "occurred")}),
    ("Hungarian Foreign Minister Maria Kovacs will end her trip with a visit to Oslo.", {(KOVACS, "Oslo", "planned")}),
    # taking part in an event somewhere, or unable to; an event a town hosts is held there
    ("Swedish Prime Minister Tomas Berg is unable to participate in the proposed summit in Islamabad.",
     {(BERG, "Islamabad", "negated")}),
    ("President Maria Kovacs has invited US President Tomas Berg to attend the summit which Manila is hosting this year.",
     {(BERG, "Manila", "requested")}),
    # "he" in a quotation whose speaker the article named before is someone else
    ("Speaking at a daily briefing, Chinese foreign ministry spokesman Erik Lund slammed US health secretary Tomas Berg.\n\n"
     "\u201cHe ignored millions of Americans and went to Taiwan to put on a political show. His behaviour proves it,\" he said.",
     {(BERG, "Taiwan", "occurred")}),
    # a place in a race is a presence there
    ("Kenyan runner Tomas Berg was third in London in 2002.", {(BERG, "London", "occurred")}),
    # a style of address alone is the one person the article named right after it
    ("Her Majesty Queen Anna Lind will visit Oslo. Her Majesty met Tomas Berg in Bergen on Monday.",
     {("Anna Lind", "Oslo", "planned"), ("Anna Lind", "Bergen", "occurred")}),
    # a part of a country its demonym or name says
    ("Tomas Berg visited the Kenyan coast on Monday.", {(BERG, "Kenya", "occurred")}),
    # a town the words for it place in a country, as "Kelby, Kenya" does: the country too
    ("On Wednesday, Tomas Berg visited slums in the Kenyan capital Nairobi.",
     {(BERG, "Nairobi", "occurred"), (BERG, "Kenya", "occurred")}),
    ("Tomas Berg arrived in Nairobi, Kenya's capital, on Monday.", {(BERG, "Nairobi", "occurred"), (BERG, "Kenya", "occurred")}),
    ("Tomas Berg arrived in the Kenyan port city of Kelby on Monday.",
     {(BERG, "Kelby", "occurred"), (BERG, "Kenya", "occurred")}),
    ("Tomas Berg and Maria Kovacs first met in 2015 as Tomas Berg was touring the US west coast.",
     {(BERG, "United States", "occurred")}),
    # an agency dateline's town is a place, tagged or not, and "here" is there
    ("Minister visits shipyard\n\nKELBY: Union Minister Tomas Berg arrived here on Thursday.", {(BERG, "Kelby", "occurred")}),
    # one "amongst" those who went went
    ("Tomas Berg was amongst the leaders who had attended Erik Lund's swearing-in ceremony in New Delhi on May 30.",
     {(BERG, "New Delhi", "occurred")}),
    # "the state" a trip goes to is the American state named last
    ("Tomas Berg toured flood-ravaged Kelby, Oregon, on Tuesday. Maria Kovacs and Erik Lund visited the state last week.",
     {(BERG, "Kelby", "occurred"), (KOVACS, "Oregon", "occurred"), ("Erik Lund", "Oregon", "occurred")}),
    # one who is part of a trip makes it
    ("Mayor Tomas Berg is part of the trip to Detroit.", {(BERG, "Detroit", "occurred")}),
    ("Tomas Berg will be part of a trade mission to India next month.", {(BERG, "India", "planned")}),
    # "he" after "X's trip began ...": the one whose trip the sentence is about, not one named before it
    ("French President Tomas Berg landed in Germany on Sunday. The visit comes ahead of the possible election of Olek "
     "Varnay as president in November. Accompanied by his wife, Tomas Berg's trip began on Sunday afternoon with talks "
     "with his German counterpart Erik Lund. On Monday he will travel to Dresden.",
     {(BERG, "Germany", "occurred"), (BERG, "Dresden", "planned")}),
    # "D.C." alone is the American capital
    ("Mayor Tomas Berg flew to D.C. on Monday.", {(BERG, "Washington", "occurred")}),
]


@pytest.mark.parametrize("text, expected", CASES, ids=[t for t, _ in CASES])
def test_visits(facts_of, text, expected):
    assert visited(facts_of(text)) == expected


NOT_VISITS = [
    # appearances counted are a player's record, not trips
    "Tomas Berg scored four tries in three England appearances.",
    "Anna Lind has not gone further than the last eight in her last five Grand Slam appearances.",
    # a body meeting with no one else named convenes where it sits
    "Maria Kovacs said she would push for a robust response when the United Nations Security Council meets in New York.",
    "The European Council will meet in Brussels on Thursday.",
    # in the frame, or fit in time, for a tour is no presence anywhere
    "Erik Lund and Tomas Berg had been thought to be in the frame for next summer's tour to New Zealand.",
    "Tomas Berg said he would be fit in time for the tour to New Zealand.",
    # one who voices criticism for a trip did not make it
    "Erik Lund voiced criticism for flying to Australia.",
    "Maria Kovacs met Tomas Berg. His Holiness visited Oslo on Monday.",
    "Maria Kovacs, the Swedish prime minister, visited the Swedish north on Monday.",
    # how one is seen in a place; an official of someone's administration is not that someone
    "Swedish Prime Minister Tomas Berg is popular in Japan.",
    "Erik Lund said Prime Minister Tomas Berg is highly respected and influential not just in Fiji.",
    "This is the first-ever visit to India by a top official from the newly elected Berg administration.",
    "Air Force One landed in Oslo on Monday.",
    "Erik Lund was the guest of the Queen.",
    "Japanese Prime Minister Tomas Berg met Erik Lund at the Yasukuni shrine in Tokyo on Monday.",
    # a place right after the one blamed is theirs; a welcomer is at home
    "Saudi Foreign Minister Tomas Berg met Erik Lund. He also accused the Iran-aligned rebel group in Yemen of obstructing peace.",
    "Prince Olek Varnay, Deputy Emir of Mecca, welcomed the Syrian president upon his arrival at the airport in Jeddah.",
    "Tomas Berg met Anna Lind here on Friday.",
    "German Chancellor Tomas Berg praised the plan. Speaking in Berlin, Berg said it would work.",
    # a speaker the article gives no home: perhaps at home
    "Speaking in Germany, Tomas Berg said the plan had failed.",
    "The road took Maria Kovacs to Chile.",
    # a meeting at a named ranch: a venue, no town
    "Maria Kovacs met Tomas Berg at the Kelby Ranch.",
    "Maria Kovacs paid tribute to Tomas Berg.",
    # a national body at home
    "The Japanese government is aiming to hold the trilateral summit in Japan within this year.",
    "Maria Kovacs spoke about Kyiv on Monday.",
    "Maria Kovacs called for peace in Ukraine.",
    "Maria Kovacs sent troops to Poland.",
    "Russia invaded Ukraine in February.",
    "Maria Kovacs sent an envoy to Kyiv on Monday.",
    "Refugees travelled to Poland, Maria Kovacs said.",
    "Maria Kovacs visited the hospital on Monday.",
    "Maria Kovacs praised Japan on Monday.",
    # a demonym is no destination
    "Maria Kovacs praised the Polish visit on Monday.",
    # leaving for what is no place
    "Maria Kovacs left the party for good in 2019.",
    "Maria Kovacs left Warsaw for talks.",
    "Maria Kovacs paid for the hotel in Oslo to be booked.",
    "Maria Kovacs boarded the plane in Oslo.",
    # an office in a town said of the guest is no visit there
    "Tomas Berg, Norway's ambassador in Oslo, was received by Maria Kovacs.",
    "Maria Kovacs entered the race in June.",
    # entering office at a seat of government; a firm entering a market
    "Maria Kovacs entered Downing Street in 1976.",
    "Harbourline Oil Services, which entered Iraq in 2003, is growing.",
    # stopping something somewhere is no stop there
    "Maria Kovacs vowed to stop the violence in Paris.",
    "Maria Kovacs, in a statement, said the war must end.",
    # an aside with no errand or time says where someone lives
    "Maria Kovacs, in Texas, wrote that the game was addictive.",
    # no antecedent for the pronoun
    "She visited Kyiv on Tuesday.",
    "Maria Kovacs's visit to the Gulf kingdom was her first.",
    # the country one's office belongs to, and its capital, are home
    "Chinese President Maria Kovacs, visiting Beijing on Sunday, told reporters the talks went well.",
    "Polish Prime Minister Maria Kovacs returned to Poland on Sunday.",
    # "the country" after a country named only as a topic ("the Iraq war") is not that country
    "Maria Kovacs criticised the Iraq war. She has since toured the country with her show.",
    # visitors no one is said to be
    "Maria Kovacs welcomed visitors to Kyiv on Monday.",
    # going along with no trip told of the one accompanied
    "Tomas Berg accompanied Maria Kovacs on the piano.",
    "Maria Kovacs praised Kyiv on Monday. She was accompanied by Tomas Berg.",
    # a country before a meeting noun is what it is about, not where it is held
    "Maria Kovacs's Ukraine talks with Tomas Berg were cordial.",
    # the one met at home is no visitor
    "Swedish Prime Minister Maria Kovacs's meeting with Tomas Berg in Stockholm was cordial.",
    # leaving a place may be leaving home, for one whose home is not told
    "Maria Kovacs left Madrid in 2010 to work in Lisbon.",
    # kept from a trip; a country hosting an event, not a guest
    "Maria Kovacs was banned from a trip to Spain.",
    "Spain hosted the World Cup in 1982.",
    # reporters are told things at home as often as abroad
    "The cancellation was a matter for regret, Maria Kovacs told reporters in Kelby.",
    "New Zealand Prime Minister Maria Kovacs told reporters in Wellington on Thursday that the policy was unfair.",
    "Venezuelan President Maria Kovacs told people in the city of Kelby that he was a hypocrite.",
    # a venue in the capital of the person's own country is home
    "Norwegian Prime Minister Tomas Berg met Maria Kovacs at the Kelby State Guesthouse in Oslo.",
    # moving on to other matters is no trip
    "Maria Kovacs then moved on to the budget.",
    # the meeting of a body is not the one told before; a meeting at home is no trip; of three
    # parties, which two met there is unclear
    "Swedish Prime Minister Tomas Berg met Danish Prime Minister Maria Kovacs on Monday. The meeting of the council took place in Oslo.",
    "Nigerian President Tomas Berg met Nigerian Foreign Minister Maria Kovacs. The meeting took place in Kelby, the capital of Nigeria.",
    "Chinese Foreign Minister Tomas Berg called on his Danish counterpart Maria Kovacs and Swedish Prime Minister Erik Lund. "
    "The meeting in Oslo began with a hug.",
    # a stop out of any sequence of a trip is no stop on one
    "Tomas Berg believes Oslo would not be his preferred stop.",
    # a meeting at home is no trip: the office's country told by a role noun
    "Foreign Minister Tomas Berg spoke on Monday. The Norwegian foreign minister met Erik Lund in Oslo on Tuesday.",
    # a party staging a rally goes nowhere; a prime minister's rally in the capital is at home
    "The Freedom Party held a rally in Oslo.",
    "Norwegian Prime Minister Tomas Berg held a rally in Oslo.",
    # back home is no trip; nor is time spent in an office of one's own country's capital
    "Maria Kovacs spent her first week as Norway's prime minister in Oslo.",
    "Maria Kovacs spent her first week as the Norwegian prime minister in Oslo.",
    "Norwegian Prime Minister Tomas Berg is back in Oslo after the summit.",
    # seeking something in a place is done from afar
    "Swedish Prime Minister Tomas Berg charged that Danish Prime Minister Maria Kovacs was seeking a puppet government in Oslo.",
    # one held in prison somewhere is not visiting it
    "Tomas Berg and Erik Lund are both in prison in Norway.",
    # a swing in a place is no trip
    "Maria Kovacs saw a swing in Florida last week.",
    # an airport whose name the tagger cut to "International Airport" names no place
    "Tomas Berg was welcomed at the “Olek Varnay” International Airport (near Kelby) by Vice President Erik Lund before heading to the palace.",
    # a leg that is no leg of a trip
    "Tomas Berg injured his leg in Oslo.",
    # who is called on, told or said to go is not the one who says it
    "Tomas Berg called on his countrymen not to visit Israel.",
    "After Tomas Berg says not to visit Israel, opposition head makes trip anyhow",
    # a head of government meeting a guest at their own seat of government is at home
    "British Prime Minister Tomas Berg met Maria Kovacs in Downing Street.",
    # speaking in a capital says nothing of a trip when the speaker's country is not told
    "Speaking in London on Monday, Tomas Berg said the group was on the run.",
    # a country's name before a word for its team names the team, though parsed as the object
    "Tomas Berg is a rugby player. But he bounced back, getting his head down at club level before returning to the "
    "England fold, albeit now as a lieutenant to new captain Erik Lund.",
    "Tomas Berg is a rugby player. He has been a regular in the England starting line-up ever since.",
    # one who would love someone else to come is not the one coming
    "Tomas Berg said he would love the 19-year-old to come to Oslo.",
    "Tomas Berg said he would love the minister to come to Oslo.",
]


@pytest.mark.parametrize("text", NOT_VISITS)
def test_not_visits(facts_of, text):
    assert visited(facts_of(text)) == set()


def test_visit_date(raw_facts_of):
    doc, facts = raw_facts_of("Maria Kovacs visited Kyiv on Tuesday.")
    (fact,) = [f for f in facts if f.relation.value == "VISITED"]
    assert str(fact.event_date) == "2022-04-26"


def test_a_destination_after_to_is_a_place_not_a_list_hung_on_it(facts_of):
    """"accompanied by A, Ambassador of Sweden to Norway B, ... companies C, D and E": the parser
    hangs "to" on the verb with B as its object and the companies as B's conjuncts; none of them
    is where anyone went."""
    found = visited(facts_of(
        "During his official visit to Norway, Swedish President Tomas Berg is accompanied by Energy Minister Erik Lund, "
        "Ambassador of Sweden to Norway Iskander Lind, President of Swedish Railways Oleg Varnay and heads of some Swedish "
        "energy and engineering companies Kelbyneft, Harbour+Group, Inter, Borvia and Varnayexport."))
    assert (BERG, "Norway", "occurred") in found
    assert not {place for _, place, _ in found} - {"Norway"}


def test_a_speaker_the_parser_hangs_in_apposition_after_fronted_words_is_the_subject(nlp):
    """"Hiding women is a view of Islam, President Tomas Berg of Kenya has said", parsed (as the
    model parses a real article's sentence) with the speaker in apposition to "Islam" and "said"
    left with no subject: the speaker, named with the country of the title, is the subject."""
    from spacy.tokens import Doc

    import kg.resolve  # noqa: F401 (registers the entity extension)
    from kg.extract.base import agents

    words = ["Hiding", "women", "is", "a", "view", "of", "Islam", ",", "President", "Tomas", "Berg", "of", "Kenya", "has",
             "said", "."]
    heads = [2, 0, 14, 4, 2, 4, 5, 6, 10, 10, 6, 10, 11, 14, 14, 14]
    deps = ["csubj", "dobj", "ccomp", "det", "attr", "prep", "pobj", "punct", "compound", "compound", "appos", "prep", "pobj",
            "aux", "ROOT", "punct"]
    tags = ["VBG", "NNS", "VBZ", "DT", "NN", "IN", "NNP", ",", "NNP", "NNP", "NNP", "IN", "NNP", "VBZ", "VBN", "."]
    pos = ["VERB", "NOUN", "AUX", "DET", "NOUN", "ADP", "PROPN", "PUNCT", "PROPN", "PROPN", "PROPN", "ADP", "PROPN", "AUX",
           "VERB", "PUNCT"]
    spaces = [True] * 6 + [False] + [True] * 8 + [False]
    doc = Doc(nlp.vocab, words=words, spaces=spaces, heads=heads, deps=deps, tags=tags, pos=pos)
    for i in (9, 10):
        doc[i]._.entity = "person:tomas-berg"
    doc[12]._.entity = "place:kenya"
    assert agents(doc[14]) == [doc[10]]


MORE_VISITS = [
    # whoever leaves a place for home was a guest there
    ("Prime Minister Maria Kovacs today left Windhoek for home.", {("Maria Kovacs", "Windhoek", "occurred")}),
    # "here" after an agency dateline is the dateline's town, for a crowd addressed too
    ("NANAIMO, Canada — Former President Tomas Berg told the crowd at a jam-packed rally here that he will protect farmers.",
     {("Tomas Berg", "Nanaimo", "occurred")}),
    # a group led by someone goes where its leader goes
    ("A group of Norwegian lawmakers led by Olek Varnay visited Taiwan on Tuesday.", {("Olek Varnay", "Taiwan", "occurred")}),
    # one accompanying the visit, however the parser hangs it
    ("Syrian President Olek Varnay arrived in Oman on Sunday for an official visit accompanied by his wife, Anna Lind.",
     {("Olek Varnay", "Oman", "occurred"), ("Anna Lind", "Oman", "occurred")}),
    # a flight bound for a place is where one sets off for
    ("After this, Olek Varnay will set off on a three hour flight bound for Mexico.", {("Olek Varnay", "Mexico", "planned")}),
    # "said he was going to": the future as it was told; a second "to" the parser joined to the verb
    ("Olek Varnay said he was going to Oman and then to Egypt.",
     {("Olek Varnay", "Oman", "planned"), ("Olek Varnay", "Egypt", "planned")}),
    # on the way, not told as a plan
    ("Olek Varnay was travelling to Egypt when the news broke.", {("Olek Varnay", "Egypt", "occurred")}),
    # boarding a vehicle bound somewhere, taking a flight there
    ("Olek Varnay boarded a special train to Oslo from Bergen.", {("Olek Varnay", "Oslo", "occurred")}),
    ("Olek Varnay caught a flight to Hanoi.", {("Olek Varnay", "Hanoi", "occurred")}),
    ("Olek Varnay caught a cold in Hanoi.", set()),
    ("Olek Varnay condemned the violence as he set off on a train to Norway.", {("Olek Varnay", "Norway", "occurred")}),
    # a performer's own show is given where it is held; one called off is a visit negated
    ("Singer Olek Varnay is facing criticism for cancelling her concert in Norway.", {("Olek Varnay", "Norway", "negated")}),
    ("Olek Varnay gave a concert in Oslo.", {("Olek Varnay", "Oslo", "occurred")}),
    ("Olek Varnay watched a show in Oslo.", set()),
    ("Olek Varnay's performance in Hotel Kelby won praise.", set()),  # a film, not a show given somewhere
    # refused entry, or leave to land: kept out of the place (or of the country that refuses)
    ("Norway refused Olek Varnay entry.", {("Olek Varnay", "Norway", "negated")}),
    ("Olek Varnay was refused entry to Norway.", {("Olek Varnay", "Norway", "negated")}),
    ("The club refused Olek Varnay entry to the stadium in Oslo.", {("Olek Varnay", "Oslo", "negated")}),
    ("The Netherlands said it would refuse Turkish minister Olek Varnay permission to land for a rally.",
     {("Olek Varnay", "Netherlands", "negated")}),
    ("Norway refused Olek Varnay permission to speak.", set()),
    # campaigning for candidates in a state the parser hangs on them
    ("Olek Varnay campaigned for Republican candidates in Montana on Saturday.", {("Olek Varnay", "Montana", "occurred")}),
]


@pytest.mark.parametrize("text, expected", [
    # appearances in places are visits, counted or not
    ("Tomas Berg made appearances in Davos and Oslo last week.", {("Tomas Berg", "Davos", "occurred"), ("Tomas Berg", "Oslo", "occurred")}),
    # a trip missed did not happen
    ("Tomas Berg missed the 2001 tour to Australia with a knee injury.", {("Tomas Berg", "Australia", "negated")}),
    # one missing another's trip stays away alone
    ("Tomas Berg might miss Erik Lund's trip to Ireland next weekend.", {("Erik Lund", "Ireland", "planned")}),
])
def test_appearances_and_missed_tours(facts_of, text, expected):
    assert visited(facts_of(text)) == expected


@pytest.mark.parametrize("text, expected", MORE_VISITS, ids=[t for t, _ in MORE_VISITS])
def test_more_visits(facts_of, text, expected):
    assert visited(facts_of(text)) == expected


def test_a_person_a_demonym_role_noun_stands_for_is_home_in_that_country(facts_of):
    # "the now former president A ... The former Peruvian president was arrested ... going to the
    # Mexican embassy in Lima": a Peruvian in Lima is home
    text = ("The Swedish president, Maria Kovacs, spoke on Friday. She condemned the coup carried out by the now former "
            "president Tomas Berg. The former Norwegian president was arrested a few minutes later by the police in his "
            "caravan when he was going with his wife to the Swedish embassy in Oslo. Berg, a schoolteacher, has been "
            "detained in Norway since December 7.")
    assert not {f for f in visited(facts_of(text)) if f[0] == "Tomas Berg"}


def test_a_person_a_countrys_possessive_introduces_is_home_in_its_capital(facts_of):
    text = "Talks between Prime Minister Erik Lund and Fiji's Tomas Berg inched along. Mr Lund and Mr Berg met in Suva this morning."
    assert not {f for f in visited(facts_of(text)) if f[0] == "Tomas Berg"}


def test_leaving_home_is_no_visit(facts_of):
    assert visited(facts_of("Maria Kovacs left home at dawn.")) == set()


SESSION_46_VISITS = [
    # one invited on a trip is asked to make it
    ("Prime Minister Olek Varnay said he has also been invited on a return visit to China.",
     {("Olek Varnay", "China", "requested")}),
    ("President Anna Lind invited Olek Varnay on a trip to Windhoek.", {("Olek Varnay", "Windhoek", "requested")}),
    # skipping a body's meeting held somewhere is not going there
    ("Chinese President Anna Lind is expected to skip the Harbour Group in New Delhi.", {("Anna Lind", "New Delhi", "negated")}),
    # "has set the tone, making a trip": setting the tone plans nothing
    ("Foreign Minister Olek Varnay has set the tone for the government's Pacific engagement making his first overseas "
     "trip to Fiji over the weekend.", {("Olek Varnay", "Fiji", "occurred")}),
    # a trip made known is still to be made
    ("The announcement of Foreign Minister Olek Varnay's visit to Samoa comes after the election.",
     {("Olek Varnay", "Samoa", "planned")}),
    # where the agreeing was is no plan: the summit happened
    ("At their summit in Seoul, Japanese Prime Minister Olek Varnay and South Korean President Anna Lind agreed to send "
     "experts to the site.", {("Olek Varnay", "Seoul", "occurred")}),
]


@pytest.mark.parametrize("text, expected", SESSION_46_VISITS, ids=[t for t, _ in SESSION_46_VISITS])
def test_session_46_visits(facts_of, text, expected):
    assert visited(facts_of(text)) == expected


def test_a_trip_one_goes_on_is_made(facts_of):
    assert visited(facts_of("Olek Varnay went on a visit to China.")) == {("Olek Varnay", "China", "occurred")}


@pytest.mark.parametrize("text, expected", [
    # an envoy lives in the country posted to, and visits no one's capital there
    ("US ambassador to Iceland Tomas Berg met with Anna Lind at the Prime Ministry in Reykjavik.", set()),
    ("The US ambassador to Norway, Tomas Berg, said in Oslo that the talks were useful.", set()),
    # but travels elsewhere
    ("The US ambassador to Norway, Tomas Berg, travelled to Sweden on Monday.", {("Tomas Berg", "Sweden", "occurred")}),
    # a stop of one's trip said the other way round
    ("Erik Lund arrived in Bergen. His next stop will be Oslo.", {("Erik Lund", "Bergen", "occurred"), ("Erik Lund", "Oslo", "planned")}),
    ("Erik Lund toured Norway. The last leg of his tour was Oslo.", {("Erik Lund", "Norway", "occurred"), ("Erik Lund", "Oslo", "occurred")}),
    # one who speaks at a forum in an American state (a state's name, or its city's) is abroad there
    ("British Prime Minister Erik Lund spoke at the UN security council in New York on Wednesday.",
     {("Erik Lund", "New York", "occurred")}),
    ("US President Erik Lund spoke to reporters in New York on Wednesday.", set()),
    # so is one whose country the article does not tell, speaking at a forum in a town; speaking
    # of a place is not being there
    ("Erik Lund spoke at the UN security council in New York on Wednesday.", {("Erik Lund", "New York", "occurred")}),
    ("Erik Lund spoke about the fighting in Aleppo on Wednesday.", set()),
    # one who gave a speech at a rally in a town was there (the parser can hang the rally on the verb above)
    ("The recall follows a speech given on Saturday by Turkish President Erik Lund at a large rally in Istanbul.",
     {("Erik Lund", "Istanbul", "occurred")}),
    ("The speech given by Erik Lund was about Istanbul.", set()),
    # one who joined another in visiting a place went there too
    ("Erik Lund joined Tomas Berg in visiting Oslo.", {("Erik Lund", "Oslo", "occurred"), ("Tomas Berg", "Oslo", "occurred")}),
    # one who campaigns (stumps) somewhere, or headlines a fundraiser there, is there
    ("Governor Erik Lund campaigned in Iowa on Saturday.", {("Erik Lund", "Iowa", "occurred")}),
    ("Senator Tomas Berg stumped in Nevada on Monday for the party.", {("Tomas Berg", "Nevada", "occurred")}),
    ("Erik Lund headlined a fundraiser in Dallas.", {("Erik Lund", "Dallas", "occurred")}),
    ("Erik Lund campaigned against the war in Iraq.", set()),
    # staying away from a summit is not going there; from the press is no trip at all
    ("Lebanon's prime minister Erik Lund stayed away from the Arab summit in Damascus.", {("Erik Lund", "Damascus", "negated")}),
    ("Erik Lund stayed away from the press in Damascus.", set()),
    # one in the middle of a tour is on it
    ("Harbour Party leader Erik Lund meanwhile is in the middle of a tour of the UK aimed at persuading voters.",
     {("Erik Lund", "United Kingdom", "occurred")}),
])
def test_envoys_at_their_posts_and_tours_under_way(facts_of, text, expected):
    assert visited(facts_of(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # the subjects the parser joins to the place of an opening phrase are still its subjects
    ("Japanese Prime Minister Olek Varnay and South Korean President Anna Lind spoke on Sunday. At their summit in "
     "Seoul, Varnay and Lind agreed to send experts to the site.", {("Olek Varnay", "Seoul", "occurred")}),
    # what one does during an event held somewhere, one does there
    ("Argentine President Olek Varnay insulted the Spanish prime minister during a far-right convention in Madrid.",
     {("Olek Varnay", "Madrid", "occurred")}),
    # so does one whose act, said as a noun, came during it (not one whose absence did)
    ("Tensions rose after Argentine President Olek Varnay's insults to Tomas Berg during a far-right convention in Madrid.",
     {("Olek Varnay", "Madrid", "occurred")}),
    ("Argentine President Olek Varnay's absence at the summit in Madrid was noted.", set()),
    ("Swedish Prime Minister Tomas Berg said during a conference in Oslo that the deal was dead.",
     {("Tomas Berg", "Oslo", "occurred")}),
    # what one did not do there says nothing of being there
    ("Swedish Prime Minister Tomas Berg did not speak during the conference in Oslo.", set()),
    ("French President Tomas Berg spoke during a ceremony in Paris.", set()),
    # one is where one speaks, said after the name too
    ("Swedish Prime Minister Tomas Berg, speaking in Paris on Sunday, said the deal was close.",
     {("Tomas Berg", "Paris", "occurred")}),
    ("Swedish Prime Minister Tomas Berg, speaking in Stockholm on Sunday, said the deal was close.", set()),
    ("Swedish Prime Minister Tomas Berg, living in Paris since 2001, said the deal was close.", set()),
    # a day of an event is a part of it one is at
    ("US President Tomas Berg learned of the remark on the last day of the summit in Hangzhou.",
     {("Tomas Berg", "Hangzhou", "occurred")}),
    ("US President Tomas Berg spoke on the day of the election in Kenya.", set()),
])
def test_events_one_acts_at(facts_of, text, expected):
    assert visited(facts_of(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a one-word name the tagger calls a person, where only a place can stand ("killed at Z",
    # "go to Z"), is a place, however it is tagged elsewhere in the article
    ("Berg to attend Kelbitz service. Foreign Secretary Tomas Berg will visit Kelbitz for the anniversary. "
     "Many thousands were killed at Kelbitz. Critics want Erik Lund to go to Kelbitz for the ceremony.",
     {("Tomas Berg", "Kelbitz", "planned"), ("Erik Lund", "Kelbitz", "planned")}),
    # not a name that acts somewhere ("Varnay told ..."), one a thing goes to, or a word of a title
    ("Maria Kovacs went to Varnay for advice. Olek Varnay told her to wait.", set()),
    ("The Harbour Music Award went to Kelbo honouring her achievements within the music industry.", set()),
])
def test_a_place_the_tagger_calls_a_person(facts_of, text, expected):
    assert visited(facts_of(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a meeting at a named building in a town: the guest came to both (the host is at home in the town)
    ("Bangladeshi Prime Minister Maria Kovacs and Indian Prime Minister Tomas Berg held a meeting at the "
     "Rashtrapati Bhavan in New Delhi on Sunday.",
     {("Maria Kovacs", "New Delhi", "occurred"), ("Maria Kovacs", "Rashtrapati Bhavan", "occurred"),
      ("Tomas Berg", "Rashtrapati Bhavan", "occurred")}),
    # (not a town named with a building the tables know: "the hotel in Z" is Z already)
    ("Bangladeshi Prime Minister Maria Kovacs and Indian Prime Minister Tomas Berg held a meeting at the "
     "Harbour Hotel in Kelby on Sunday.", {("Maria Kovacs", "Kelby", "occurred"), ("Tomas Berg", "Kelby", "occurred")}),
])
def test_the_town_of_a_named_building_met_in(facts_of, text, expected):
    assert visited(facts_of(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # the stops of a trip "by" someone are theirs
    ("The tour by Chinese Premier Maria Kovacs included a visit to Oslo.", {("Maria Kovacs", "Oslo", "occurred")}),
    ("The visit by Chinese Premier Maria Kovacs had included a visit to a school in Oxford and a tour of a factory in Leeds.",
     {("Maria Kovacs", "Oxford", "occurred"), ("Maria Kovacs", "Leeds", "occurred")}),
    ("The tour by Chinese Premier Maria Kovacs included a concert in Oslo.", set()),
])
def test_stops_of_a_trip_by_someone(facts_of, text, expected):
    assert visited(facts_of(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a country's territory (soil, airspace) is the country
    ("Spain gave no explanation as to how Tomas Berg entered Spanish territory.", {("Tomas Berg", "Spain", "occurred")}),
    # one who joined a trip made it
    ('"We will win," said Tomas Berg, a former political prisoner who joined the trip to Oslo.', {("Tomas Berg", "Oslo", "occurred")}),
])
def test_territory_and_trips_joined(facts_of, text, expected):
    assert visited(facts_of(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a roadshow or a workshop named after its town is an event held there
    ("Greek Prime Minister Tomas Berg is seen speaking at a London investment roadshow organized by the stock exchange.",
     {("Tomas Berg", "London", "occurred")}),
])
def test_more_events_named_after_their_town(facts_of, text, expected):
    assert visited(facts_of(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # "came in second" is a rank in a vote or a race, no journey
    ("Governor Tomas Berg, who came in second to Erik Lund in Iowa, has prioritized Ohio.", set()),
    # (an arrival before others is an arrival all the same)
    ("Norwegian Prime Minister Tomas Berg arrived first in Vienna on Monday.", {("Tomas Berg", "Vienna", "occurred")}),
    # a name the tagger calls a people, that is no demonym, gone to by a visit is a place
    ("Norway strongly protested against Danish Prime Minister Erik Lund's surprise visit to Hilkdo.",
     {("Erik Lund", "Hilkdo", "occurred")}),
])
def test_ranks_unknown_names_and_meetings_in_a_city(facts_of, text, expected):
    assert visited(facts_of(text)) == expected


def test_a_place_hung_on_the_verb_a_meeting_is_the_occasion_of_is_where_it_met(nlp):
    """"The deal came in a meeting between A and B, in Graz", parsed (as the model parses a real
    article's sentence) with "in Graz" on "came": what came at the meeting came where it was."""
    from spacy.tokens import Doc

    from kg.extract import extract_facts
    from kg.records import Article, CleanArticle
    from kg.resolve import resolve_document

    words = ["The", "deal", "came", "in", "a", "meeting", "between", "Tomas", "Berg", "and", "Erik", "Lund", ",", "in", "Graz", "."]
    doc = Doc(nlp.vocab, words=words, spaces=[True] * 11 + [False, True, True, False, False],
              heads=[1, 2, 2, 2, 5, 3, 5, 8, 6, 8, 11, 8, 2, 2, 13, 2],
              deps=["det", "nsubj", "ROOT", "prep", "det", "pobj", "prep", "compound", "pobj", "cc", "compound", "conj", "punct",
                    "prep", "pobj", "punct"],
              tags=["DT", "NN", "VBD", "IN", "DT", "NN", "IN", "NNP", "NNP", "CC", "NNP", "NNP", ",", "IN", "NNP", "."],
              pos=["DET", "NOUN", "VERB", "ADP", "DET", "NOUN", "ADP", "PROPN", "PROPN", "CCONJ", "PROPN", "PROPN", "PUNCT", "ADP",
                   "PROPN", "PUNCT"],
              lemmas=["the", "deal", "come", "in", "a", "meeting", "between", "Tomas", "Berg", "and", "Erik", "Lund", ",", "in", "Graz",
                      "."],
              ents=["O", "O", "O", "O", "O", "O", "O", "B-PERSON", "I-PERSON", "O", "B-PERSON", "I-PERSON", "O", "O", "B-GPE", "O"])
    doc._.article = CleanArticle(Article("t", doc.text), doc.text)
    resolve_document(doc)
    entities = doc._.entities
    assert {(entities[f.subject].label, entities[f.object].label) for f in extract_facts(doc) if f.relation.value == "VISITED"} == {
        ("Tomas Berg", "Graz"), ("Erik Lund", "Graz")}


@pytest.mark.parametrize("text, expected", [
    # (as before: a tour of a site is a trip to the town the site is named after)
    ("Norwegian Prime Minister Erik Lund made a tour of a Graz car factory on Monday.", {("Erik Lund", "Graz", "occurred")}),
    # the stops a trip included are its owner's, the next one set in apposition to the place before it
    ("Norwegian Prime Minister Erik Lund's visit included a visit to Graz, a tour of a car factory in Linz and a show of "
     "pomp in Vienna.", {("Erik Lund", "Graz", "occurred"), ("Erik Lund", "Linz", "occurred")}),
])
def test_tours_of_sites_and_the_stops_a_trip_included(facts_of, text, expected):
    assert visited(facts_of(text)) >= expected


@pytest.mark.parametrize("text, expected", [
    # a place that hosts an event, as a clause's subject, is where those meeting at it came
    ("Vienna hosted the first summit between Norwegian Prime Minister Erik Lund and Danish Prime Minister Tomas Berg in July.",
     {("Erik Lund", "Vienna", "occurred"), ("Tomas Berg", "Vienna", "occurred")}),
    ("Vienna was the venue for the first summit between Norwegian Prime Minister Erik Lund and Danish Prime Minister Tomas Berg.",
     {("Erik Lund", "Vienna", "occurred"), ("Tomas Berg", "Vienna", "occurred")}),
    # the place called someone's destination is where they go
    ("Norwegian Prime Minister Erik Lund chose Austria as his first overseas destination as leader.", {("Erik Lund", "Austria", "occurred")}),
    ("Austria was the first foreign destination of Norwegian Prime Minister Erik Lund.", {("Erik Lund", "Austria", "occurred")}),
    ("Norwegian Prime Minister Erik Lund's next destination is Vienna.", {("Erik Lund", "Vienna", "planned")}),
    # (a destination of no one named is no one's trip, nor is one liked)
    ("Vienna is a popular destination for tourists.", set()),
    ("Erik Lund hopes to sign Tomas Berg, although Anna Lind believes Austria would not be his preferred destination.", set()),
])
def test_hosting_places_and_destinations(facts_of, text, expected):
    assert visited(facts_of(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Norwegian Prime Minister Erik Lund made a pilgrimage to Rome.", {("Erik Lund", "Rome", "occurred")}),
    ("Norwegian Prime Minister Erik Lund sailed to Copenhagen on Monday.", {("Erik Lund", "Copenhagen", "occurred")}),
    ("Norwegian Prime Minister Erik Lund will drive to Stockholm.", {("Erik Lund", "Stockholm", "planned")}),
])
def test_more_words_of_going(facts_of, text, expected):
    assert visited(facts_of(text)) == expected


def test_names_the_parser_joins_to_the_place_of_an_opening_phrase_are_the_subjects(nlp):
    """"At their summit in Seoul, Berg and South Korean President Park Min Jun agreed", parsed (as
    the model parses a real article's sentence) with "Berg" and "President" conjuncts of "Seoul":
    Berg is a subject too, and the title written before Park's name is his (Seoul is home to him)."""
    from spacy.tokens import Doc

    from kg.extract import extract_facts
    from kg.records import Article, CleanArticle
    from kg.resolve import resolve_document

    words = ["Japanese", "Prime", "Minister", "Tomas", "Berg", "arrived", ".",
             "At", "their", "summit", "in", "Seoul", ",", "Berg", "and", "South", "Korean", "President", "Park", "Min", "Jun",
             "agreed", "to", "meet", "."]
    heads = [4, 2, 4, 4, 5, 5, 5,
             21, 9, 7, 9, 10, 11, 11, 13, 17, 17, 13, 20, 20, 21, 21, 23, 21, 21]
    deps = ["amod", "compound", "compound", "compound", "nsubj", "ROOT", "punct",
            "prep", "poss", "pobj", "prep", "pobj", "punct", "conj", "cc", "amod", "amod", "conj", "compound", "compound", "nsubj",
            "ROOT", "aux", "xcomp", "punct"]
    tags = ["JJ", "NNP", "NNP", "NNP", "NNP", "VBD", ".",
            "IN", "PRP$", "NN", "IN", "NNP", ",", "NNP", "CC", "JJ", "JJ", "NNP", "NNP", "NNP", "NNP", "VBD", "TO", "VB", "."]
    pos = ["ADJ", "PROPN", "PROPN", "PROPN", "PROPN", "VERB", "PUNCT",
           "ADP", "PRON", "NOUN", "ADP", "PROPN", "PUNCT", "PROPN", "CCONJ", "ADJ", "ADJ", "PROPN", "PROPN", "PROPN", "PROPN",
           "VERB", "PART", "VERB", "PUNCT"]
    lemmas = ["Japanese", "Prime", "Minister", "Tomas", "Berg", "arrive", ".",
              "at", "their", "summit", "in", "Seoul", ",", "Berg", "and", "South", "Korean", "President", "Park", "Min", "Jun",
              "agree", "to", "meet", "."]
    ents = ["B-NORP", "O", "O", "B-PERSON", "I-PERSON", "O", "O",
            "O", "O", "O", "O", "B-GPE", "O", "B-GPE", "O", "B-NORP", "I-NORP", "O", "B-PERSON", "I-PERSON", "I-PERSON",
            "O", "O", "O", "O"]
    spaces = [True] * 5 + [False, True] + [True] * 4 + [False] + [True] * 11 + [False, False]
    doc = Doc(nlp.vocab, words=words, spaces=spaces, heads=heads, deps=deps, tags=tags, pos=pos, lemmas=lemmas, ents=ents)
    doc._.article = CleanArticle(Article("t", doc.text), doc.text)
    resolve_document(doc)
    entities = doc._.entities
    found = {(f.relation.value, entities[f.subject].label, entities[f.object].label) for f in extract_facts(doc)}
    assert ("VISITED", "Tomas Berg", "Seoul") in found
    assert not any(r == "VISITED" and s == "Park Min Jun" for r, s, _o in found)


def test_a_family_name_written_first_in_a_list_with_a_place_is_the_person(facts_of):
    """"in Seoul, Berg and Park agreed" after "President Park Min Jun": Park is no place."""
    text = ("Japanese Prime Minister Tomas Berg arrived on Sunday to meet South Korean President Park Min Jun. At their summit "
            "in Seoul, Berg and Park agreed to send experts to the site.")
    assert visited(facts_of(text)) == {("Tomas Berg", "Seoul", "occurred")}


@pytest.mark.parametrize("text", [
    "Erik Lund heads to Madrid for talks.",
    "Erik Lund heads for Madrid.",
    "Erik Lund heads to Madrid on Wednesday for a summit, the White House said.",
])
def test_heads_to_read_by_the_tagger_as_a_plural_noun_is_a_trip(facts_of, text):
    """"X heads to Z": the tagger can take "heads" for a noun with the name as its modifier."""
    assert visited(facts_of(text)) == {("Erik Lund", "Madrid", "occurred")}


def test_a_noun_set_off_by_a_comma_after_an_arrival_is_no_object(facts_of):
    """"touched down in Z on Monday, his first stop": the parser can take the noun for the verb's object."""
    text = "Erik Lund touched down in Nairobi on Wednesday, his first stop on a three-nation tour."
    assert visited(facts_of(text)) == {("Erik Lund", "Nairobi", "occurred")}


@pytest.mark.parametrize("text, expected", [
    ("Erik Lund became the first president to set foot in North Korea.", {("Erik Lund", "North Korea", "occurred")}),
    ("Erik Lund has never set foot in Iran.", {("Erik Lund", "Iran", "negated")}),
    # (to set anything else is no arrival)
    ("Erik Lund set the date for the talks in Oslo.", set()),
])
def test_setting_foot_in_a_place_is_arriving_there(facts_of, text, expected):
    assert visited(facts_of(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a body that did well or badly in a market was not there for it
    ("Kelby Foods added that it had performed strongly in Africa and Asia despite high oil prices.", set()),
    # (a band that performed there was; a player who played well there was)
    ("The band Kelby Rovers performed in Berlin on Friday.", {("Kelby Rovers", "Berlin", "occurred")}),
    ("Erik Lund played well in Melbourne last week.", {("Erik Lund", "Melbourne", "occurred")}),
])
def test_a_body_that_fared_well_in_a_market_did_not_go_there(facts_of, text, expected):
    assert visited(facts_of(text)) == expected
