"""The status of a fact: planned, requested, negated, or occurred, across the three relations.

Each case names one relation and every fact of that relation (subject, object, status) a careful
annotator would record; MET_WITH pairs are unordered. A fact that comes out with the wrong
status, or twice with two statuses, fails.
"""
from __future__ import annotations

import pytest

KOVACS, BERG = "Maria Kovacs", "Tomas Berg"


def of_relation(facts, relation: str) -> set[tuple[str, str, str]]:
    found = set()
    for rel, s, o, status in facts:
        if rel == relation:
            if rel == "MET_WITH":
                s, o = sorted((s, o))
            found.add((s, o, status))
    return found


def normalized(relation: str, expected: set[tuple[str, str, str]]) -> set[tuple[str, str, str]]:
    if relation != "MET_WITH":
        return expected
    return {(*sorted((s, o)), status) for s, o, status in expected}


CASES = [
    # the subjunctive after a verb of suggesting asks; an indicative reports
    ("VISITED", "Maria Kovacs suggested Tomas Berg visit Oslo next year.", {(BERG, "Oslo", "requested")}),
    ("VISITED", "Maria Kovacs insisted that Tomas Berg visit Oslo.", {(BERG, "Oslo", "requested")}),
    ("VISITED", "Maria Kovacs insisted that Tomas Berg visited Oslo.", {(BERG, "Oslo", "occurred")}),
    ("VISITED", "Reports suggest Tomas Berg visited Oslo last year.", {(BERG, "Oslo", "occurred")}),
    # a possibility, a slate, a likelihood is to come; "has yet to" has not happened
    ("MET_WITH", "Maria Kovacs could meet Tomas Berg as early as next month.", {(KOVACS, BERG, "planned")}),
    ("VISITED", "Maria Kovacs may visit Kyiv in the coming days, officials said.", {(KOVACS, "Kyiv", "planned")}),
    ("MET_WITH", "Maria Kovacs is slated to meet Tomas Berg on Friday.", {(KOVACS, BERG, "planned")}),
    ("VISITED", "Maria Kovacs is poised to travel to Beijing.", {(KOVACS, "Beijing", "planned")}),
    ("MET_WITH", "Maria Kovacs is likely to meet Tomas Berg at the summit.", {(KOVACS, BERG, "planned")}),
    ("VISITED", "Maria Kovacs is weighing a visit to Taiwan.", {(KOVACS, "Taiwan", "planned")}),
    ("MET_WITH", "Tomas Berg has yet to meet Maria Kovacs.", {(KOVACS, BERG, "negated")}),
    ("MET_WITH", "A meeting between Tomas Berg and Maria Kovacs has been arranged for Friday.", {(KOVACS, BERG, "planned")}),
    ("MET_WITH", "Tomas Berg heads to Washington next week for talks with Maria Kovacs.", {(KOVACS, BERG, "planned")}),
    # a headline's "for meeting with": the purpose of coming, as "for talks with" (not "criticised for meeting Y")
    ("MET_WITH", "Norwegian President Tomas Berg arrives in Russia for meeting with Maria Kovacs over war", {(BERG, KOVACS, "planned")}),
    ("MET_WITH", "Maria Kovacs was criticised for meeting Tomas Berg.", {(KOVACS, BERG, "occurred")}),
    # what may have happened is past; a clause of comparison keeps its own tense
    ("VISITED", "The government may make a gesture, as happened a year ago when Maria Kovacs made a surprise appearance in Davos.",
     {(KOVACS, "Davos", "occurred")}),
    # the postponement of a trip calls it off; being supposed to go is a plan
    ("VISITED", "Maria Kovacs asked for understanding of the postponement of her planned trip to Seoul.", {(KOVACS, "Seoul", "negated")}),
    ("VISITED", '"I am supposed to go to Russia," Maria Kovacs said.', {(KOVACS, "Russia", "planned")}),
    # an invitation turned down; unable to attend; ahead of a visit it is still to come
    ("VISITED", "Maria Kovacs turned down an invitation to Kyiv.", {(KOVACS, "Kyiv", "negated")}),
    # coming under fire for attacks is no arrival for them: the attacks were made
    ("CRITICIZED", "Maria Kovacs has come under fire for her repeated attacks on Tomas Berg.", {(KOVACS, BERG, "occurred")}),
    # a plan, then a clause that backs out of it with no object of its own
    ("VISITED", "Maria Kovacs was scheduled to arrive Saturday in Oslo for talks with Tomas Berg, but backed out after the "
                "protests.", {(KOVACS, "Oslo", "negated")}),
    ("MET_WITH", "Maria Kovacs was due to meet Tomas Berg in Oslo but pulled out at the last minute.", {(KOVACS, BERG, "negated")}),
    # (not one that refuses something else)
    ("VISITED", "Maria Kovacs was due to visit Oslo but refused to meet Tomas Berg.", {(KOVACS, "Oslo", "planned")}),
    ("VISITED", "Maria Kovacs was unable to attend the summit in Brussels.", {(KOVACS, "Brussels", "negated")}),
    ("VISITED", "Ahead of Maria Kovacs's visit to Kyiv, officials tightened security.", {(KOVACS, "Kyiv", "planned")}),
    # being kept out of a place, or staying away from an event, is no visit
    ("VISITED", "Maria Kovacs was barred from entering Russia.", {(KOVACS, "Russia", "negated")}),
    ("VISITED", "Maria Kovacs boycotted the summit in Brussels.", {(KOVACS, "Brussels", "negated")}),
    # what should or could have happened did not; what might have, may have
    ("VISITED", "Maria Kovacs said Tomas Berg should have visited Kyiv first.", {(BERG, "Kyiv", "negated")}),
    ("MET_WITH", "Maria Kovacs could have met Tomas Berg in Rome.", {(KOVACS, BERG, "negated")}),
    ("MET_WITH", "Maria Kovacs might have met Tomas Berg in Rome.", {(KOVACS, BERG, "occurred")}),
    # a negation in the main clause does not reach into a clause of time or cause
    ("VISITED", "Maria Kovacs did not meet Tomas Berg when she visited Rome.", {(KOVACS, "Rome", "occurred")}),
    ("MET_WITH", "Maria Kovacs refused to comment because she had met Tomas Berg in Rome.", {(KOVACS, BERG, "occurred")}),
    ("MET_WITH", "Maria Kovacs will leave Paris after she meets Tomas Berg in Rome.", {(KOVACS, BERG, "planned")}),
    ("MET_WITH", "Maria Kovacs did not meet Tomas Berg in Rome.", {(KOVACS, BERG, "negated")}),
    # ---- planned
    ("MET_WITH", "Maria Kovacs will meet Tomas Berg in Geneva next week.", {(KOVACS, BERG, "planned")}),
    ("MET_WITH", "Maria Kovacs is to meet Tomas Berg in Geneva on Friday.", {(KOVACS, BERG, "planned")}),
    ("MET_WITH", "Maria Kovacs is expected to meet Tomas Berg on Friday.", {(KOVACS, BERG, "planned")}),
    ("MET_WITH", "Maria Kovacs plans to hold talks with Tomas Berg next month.", {(KOVACS, BERG, "planned")}),
    ("MET_WITH", "Maria Kovacs is scheduled to meet Tomas Berg on Friday.", {(KOVACS, BERG, "planned")}),
    ("MET_WITH", "Maria Kovacs and Tomas Berg will meet in Geneva on Friday.", {(KOVACS, BERG, "planned")}),
    ("MET_WITH", "Maria Kovacs is headed to Geneva for a meeting with Tomas Berg.", {(KOVACS, BERG, "planned")}),
    # a headline names people by surname; kg joins them with the full names of the body
    ("MET_WITH", "Kovacs to meet Berg in Geneva\n\nMaria Kovacs and Tomas Berg have confirmed the date.", {(KOVACS, BERG, "planned")}),
    ("MET_WITH", "Maria Kovacs to meet Tomas Berg in Geneva", {(KOVACS, BERG, "planned")}),
    # as does a headline's bare present participle
    ("VISITED", "Maria Kovacs returning to swing-state Oslo\n\nMaria Kovacs confirmed the date.", {(KOVACS, "Oslo", "planned")}),
    # but not a photo's caption, which places who is shown where
    ("MET_WITH", "Talks in Oslo\n\nPresident Maria Kovacs (R) welcoming Swedish Prime Minister Tomas Berg\n\nThe two leaders spoke.",
     {(KOVACS, BERG, "occurred")}),
    ("VISITED", "Maria Kovacs will visit Japan next month.", {(KOVACS, "Japan", "planned")}),
    ("VISITED", "Maria Kovacs is to visit Kyiv on Friday.", {(KOVACS, "Kyiv", "planned")}),
    ("VISITED", "Maria Kovacs is expected to travel to Moscow on Thursday.", {(KOVACS, "Moscow", "planned")}),
    ("VISITED", "Maria Kovacs is headed to Ankara.", {(KOVACS, "Ankara", "planned")}),
    ("VISITED", "Maria Kovacs is travelling to Ankara this week.", {(KOVACS, "Ankara", "planned")}),
    ("VISITED", "Maria Kovacs's planned visit to Japan was announced on Monday.", {(KOVACS, "Japan", "planned")}),
    ("VISITED", "Kovacs to visit Moscow next week\n\nMaria Kovacs confirmed the date.", {(KOVACS, "Moscow", "planned")}),
    ("VISITED", "Maria Kovacs to visit Moscow next week", {(KOVACS, "Moscow", "planned")}),
    ("CRITICIZED", "Maria Kovacs is expected to criticize Tomas Berg at the summit.", {(KOVACS, BERG, "planned")}),
    ("MET_WITH", "Maria Kovacs hopes to meet Tomas Berg soon.", {(KOVACS, BERG, "planned")}),
    ("MET_WITH", "Maria Kovacs is due to meet Tomas Berg on Friday.", {(KOVACS, BERG, "planned")}),
    ("MET_WITH", "Maria Kovacs is due in Berlin on Friday for talks with Tomas Berg.", {(KOVACS, BERG, "planned")}),
    ("VISITED", "Maria Kovacs's visit to Moscow next month will be her first.", {(KOVACS, "Moscow", "planned")}),
    ("VISITED", "Maria Kovacs's visit to Moscow on Monday was her first.", {(KOVACS, "Moscow", "occurred")}),
    ("MET_WITH", "Maria Kovacs pulled out of a planned meeting with Tomas Berg.", {(KOVACS, BERG, "negated")}),
    ("MET_WITH", "Maria Kovacs has agreed to meet Tomas Berg next week.", {(KOVACS, BERG, "planned")}),
    ("MET_WITH", "A meeting between Maria Kovacs and Tomas Berg is planned for Friday.", {(KOVACS, BERG, "planned")}),
    ("VISITED", "Maria Kovacs is set to visit Japan next month.", {(KOVACS, "Japan", "planned")}),
    ("VISITED", "Maria Kovacs is going to visit Japan next month.", {(KOVACS, "Japan", "planned")}),
    # a present progressive with a date after the article's (Wednesday 27 April 2022) is arranged
    ("MET_WITH", "Maria Kovacs is meeting Tomas Berg on Thursday.", {(KOVACS, BERG, "planned")}),
    ("VISITED", "Maria Kovacs is visiting Japan next week.", {(KOVACS, "Japan", "planned")}),
    ("MET_WITH", "Maria Kovacs is meeting Tomas Berg tomorrow in Geneva.", {(KOVACS, BERG, "planned")}),
    ("MET_WITH", "Maria Kovacs is meeting Tomas Berg today.", {(KOVACS, BERG, "occurred")}),
    ("MET_WITH", "Maria Kovacs is meeting Tomas Berg on Wednesday.", {(KOVACS, BERG, "occurred")}),
    ("MET_WITH", "Maria Kovacs was meeting Tomas Berg on Thursday when the news broke.", {(KOVACS, BERG, "occurred")}),
    ("MET_WITH", "Maria Kovacs is meeting Tomas Berg in Geneva.", {(KOVACS, BERG, "occurred")}),
    # ---- requested
    ("MET_WITH", "Maria Kovacs called for a meeting with Tomas Berg.", {(KOVACS, BERG, "requested")}),
    ("MET_WITH", "Maria Kovacs proposed a meeting with Tomas Berg.", {(KOVACS, BERG, "requested")}),
    ("MET_WITH", "Maria Kovacs sought a meeting with Tomas Berg.", {(KOVACS, BERG, "requested")}),
    ("VISITED", "Maria Kovacs invited Tomas Berg to Vienna.", {(BERG, "Vienna", "requested")}),
    ("MET_WITH", "Maria Kovacs asked to meet Tomas Berg.", {(KOVACS, BERG, "requested")}),
    ("MET_WITH", "Maria Kovacs has requested a meeting with Tomas Berg.", {(KOVACS, BERG, "requested")}),
    ("MET_WITH", "Maria Kovacs invited Tomas Berg to meet her in Vienna.", {(KOVACS, BERG, "requested")}),
    ("VISITED", "Tomas Berg invited Maria Kovacs to visit Kyiv.", {(KOVACS, "Kyiv", "requested")}),
    ("VISITED", "Tomas Berg asked Maria Kovacs to visit Kyiv.", {(KOVACS, "Kyiv", "requested")}),
    ("VISITED", "Tomas Berg made a request for Maria Kovacs to visit Kyiv.", {(KOVACS, "Kyiv", "requested")}),
    # (the one urging condemns too)
    ("CRITICIZED", "Maria Kovacs urged Tomas Berg to condemn Russia.", {(BERG, "Russia", "requested"), (KOVACS, "Russia", "occurred")}),
    # ---- negated
    ("MET_WITH", "Maria Kovacs did not meet Tomas Berg on Monday.", {(KOVACS, BERG, "negated")}),
    ("MET_WITH", "Maria Kovacs never met Tomas Berg.", {(KOVACS, BERG, "negated")}),
    ("MET_WITH", "Neither Maria Kovacs nor Erik Lund met Tomas Berg.", {(KOVACS, BERG, "negated"), ("Erik Lund", BERG, "negated")}),
    ("MET_WITH", "Neither Norway's Maria Kovacs nor her deputy was at the airport to meet Tomas Berg.", {(KOVACS, BERG, "negated")}),
    ("MET_WITH", "Maria Kovacs refused to meet Tomas Berg.", {(KOVACS, BERG, "negated")}),
    ("MET_WITH", "Maria Kovacs ruled out meeting Tomas Berg.", {(KOVACS, BERG, "negated")}),
    ("MET_WITH", "Maria Kovacs cancelled her meeting with Tomas Berg.", {(KOVACS, BERG, "negated")}),
    ("MET_WITH", "Maria Kovacs won't meet Tomas Berg.", {(KOVACS, BERG, "negated")}),
    ("VISITED", "Maria Kovacs did not visit Kyiv.", {(KOVACS, "Kyiv", "negated")}),
    ("VISITED", "Maria Kovacs ruled out visiting Moscow.", {(KOVACS, "Moscow", "negated")}),
    ("VISITED", "Maria Kovacs refused to travel to Moscow.", {(KOVACS, "Moscow", "negated")}),
    ("VISITED", "Maria Kovacs cancelled her trip to Moscow.", {(KOVACS, "Moscow", "negated")}),
    # what foils a plan stops it
    ("VISITED", "A snowstorm scotched Governor Maria Kovacs's planned visit to Oslo.", {(KOVACS, "Oslo", "negated")}),
    ("VISITED", "Fog foiled Prime Minister Maria Kovacs's trip to Oslo.", {(KOVACS, "Oslo", "negated")}),
    # what a clause names as the object of a verb goes as that verb says
    ("MET_WITH", "Maria Kovacs cancelled Tuesday what could have been her first meeting with Tomas Berg.",
     {(KOVACS, BERG, "negated")}),
    ("MET_WITH", "Maria Kovacs attended what was her first meeting with Tomas Berg.", {(KOVACS, BERG, "occurred")}),
    ("VISITED", "Maria Kovacs has never visited Japan.", {(KOVACS, "Japan", "negated")}),
    ("CRITICIZED", "Maria Kovacs did not criticize Tomas Berg.", {(KOVACS, BERG, "negated")}),
    ("CRITICIZED", "Maria Kovacs refused to condemn Russia.", {(KOVACS, "Russia", "negated")}),
    ("CRITICIZED", "Maria Kovacs declined to criticise Tomas Berg.", {(KOVACS, BERG, "negated")}),
    ("VISITED", "Maria Kovacs postponed her visit to Japan.", {(KOVACS, "Japan", "negated")}),
    ("VISITED", "President Maria Kovacs has decided to delay her visit to Australia until February next year.",
     {(KOVACS, "Australia", "negated")}),
    ("VISITED", "Maria Kovacs deferred her trip to Oslo.", {(KOVACS, "Oslo", "negated")}),
    ("VISITED", "Maria Kovacs called off her trip to Japan.", {(KOVACS, "Japan", "negated")}),
    ("VISITED", "Maria Kovacs has no plans to visit Japan.", {(KOVACS, "Japan", "negated")}),
    # what a participle set off after a request does is done, not asked for
    ("CRITICIZED", "Maria Kovacs offered an apology for her party's failures, claiming that Tomas Berg stood in the way of "
     "everything progressive.", {(KOVACS, BERG, "occurred")}),
    # a meeting that "was to be" something was still ahead; one lied about did not happen
    ("MET_WITH", "Tomas Berg's meeting with Maria Kovacs was to be the first high-level contact since the crisis.",
     {(KOVACS, BERG, "planned")}),
    ("MET_WITH", "Tomas Berg admitted that he had lied for years about being present at a meeting with Maria Kovacs.",
     {(KOVACS, BERG, "negated")}),
    ("MET_WITH", "Tomas Berg lied about meeting Maria Kovacs.", {(KOVACS, BERG, "negated")}),
    ("VISITED", "Maria Kovacs's visit to Oslo is to promote trade.", {(KOVACS, "Oslo", "occurred")}),
    ("MET_WITH", "Tomas Berg met Maria Kovacs, who lied about the talks.", {(KOVACS, BERG, "occurred")}),
    # a trip that will be or would be someone's first is ahead; one that is or was, done
    ("VISITED", "This would be Maria Kovacs's first visit to Sudan since she took office.", {(KOVACS, "Sudan", "planned")}),
    ("VISITED", "Maria Kovacs's visit to Qatar will be the first by a Hungarian leader.", {(KOVACS, "Qatar", "planned")}),
    ("VISITED", "This is Maria Kovacs's first visit to Kenya since the election.", {(KOVACS, "Kenya", "occurred")}),
    ("VISITED", "Maria Kovacs's visit to Qatar was the first by a Hungarian leader.", {(KOVACS, "Qatar", "occurred")}),
    # a plan given up: "no longer"
    ("VISITED", "Maria Kovacs was no longer expected to travel to Japan.", {(KOVACS, "Japan", "negated")}),
    ("VISITED", "Maria Kovacs will no longer visit Japan.", {(KOVACS, "Japan", "negated")}),
    ("VISITED", "Maria Kovacs visited Japan, no longer fearing protests.", {(KOVACS, "Japan", "occurred")}),
    ("VISITED", "Maria Kovacs turned down an invitation to visit Oslo.", {(KOVACS, "Oslo", "negated")}),
    # "aimed an attack at" plans nothing
    ("CRITICIZED", "Maria Kovacs aimed a withering attack at Tomas Berg.", {(KOVACS, BERG, "occurred")}),
    ("MET_WITH", "Maria Kovacs turned down a request to meet Tomas Berg.", {(KOVACS, BERG, "negated")}),
    ("MET_WITH", "Maria Kovacs denied meeting Tomas Berg.", {(KOVACS, BERG, "negated")}),
    ("MET_WITH", "Maria Kovacs said she would not meet Tomas Berg.", {(KOVACS, BERG, "negated")}),
    ("CRITICIZED", "Maria Kovacs failed to condemn Russia.", {(KOVACS, "Russia", "negated")}),
    ("CRITICIZED", "Maria Kovacs has not condemned Russia.", {(KOVACS, "Russia", "negated")}),
    ("MET_WITH", "Maria Kovacs said she had no intention of meeting Tomas Berg.", {(KOVACS, BERG, "negated")}),
    # a request for a meeting is its asker's; turned down, the meeting is off
    ("MET_WITH", "Maria Kovacs's request for a meeting with Tomas Berg was turned down.", {(KOVACS, BERG, "negated")}),
    ("MET_WITH", "Maria Kovacs renewed her request for talks with Tomas Berg.", {(KOVACS, BERG, "requested")}),
    # about to go is not gone yet
    ("VISITED", "Maria Kovacs is about to visit Oslo.", {(KOVACS, "Oslo", "planned")}),
    # a promise or a vow to go is a plan; a promise kept is done
    ("VISITED", "Maria Kovacs promised Friday to visit Oslo in the coming days.", {(KOVACS, "Oslo", "planned")}),
    ("MET_WITH", "Maria Kovacs vowed to meet Tomas Berg.", {(KOVACS, BERG, "planned")}),
    ("VISITED", "Maria Kovacs kept her promise and visited Kyiv.", {(KOVACS, "Kyiv", "occurred")}),
    # a wish or readiness to meet, to talks or to a trip, is not the meeting; a chance taken is
    ("MET_WITH", "Maria Kovacs has expressed willingness to meet with Tomas Berg in Vilnius, one of her advisers said.",
     {(KOVACS, BERG, "planned")}),
    ("VISITED", "Norwegian opposition leader Maria Kovacs has expressed willingness to meet with French President Tomas Berg"
     " in Vilnius, one of her advisers said.",
     {(KOVACS, "Vilnius", "planned"), (BERG, "Vilnius", "planned")}),
    ("VISITED", "Tomas Berg voiced his readiness to visit Oslo.", {(BERG, "Oslo", "planned")}),
    ("MET_WITH", "Maria Kovacs expressed a desire for talks with Tomas Berg.", {(KOVACS, BERG, "planned")}),
    ("MET_WITH", "Maria Kovacs took the opportunity to meet Tomas Berg.", {(KOVACS, BERG, "occurred")}),
    ("MET_WITH", "Maria Kovacs seized the chance for talks with Tomas Berg in Oslo.", {(KOVACS, BERG, "occurred")}),
    # a plan that a coordinated clause calls off
    ("VISITED", "Maria Kovacs was scheduled to visit Beijing but canceled the trip.", {(KOVACS, "Beijing", "negated")}),
    ("MET_WITH", "Maria Kovacs had been due to meet Tomas Berg on Friday, but the meeting was called off.",
     {(KOVACS, BERG, "negated")}),
    # (the host would sit with both)
    ("MET_WITH", "Maria Kovacs offered to host talks between Tomas Berg and Erik Lund.",
     {(BERG, "Erik Lund", "requested"), (KOVACS, BERG, "requested"), (KOVACS, "Erik Lund", "requested")}),
    # ---- occurred, despite a planning or negating word elsewhere in the sentence
    ("MET_WITH", "Maria Kovacs met Tomas Berg after the talks with Russia failed.", {(KOVACS, BERG, "occurred")}),
    # what a coordinated verb says is not what the first verb refused
    ("CRITICIZED", "Maria Kovacs rejected Tomas Berg's accusations and said he was spreading lies.",
     {(KOVACS, BERG, "occurred")}),
    ("MET_WITH", "Maria Kovacs cancelled the trip and met Tomas Berg in Oslo instead.", {(KOVACS, BERG, "occurred")}),
    ("VISITED", "Maria Kovacs visited Kyiv on Tuesday, and she will travel to Warsaw next week.",
     {(KOVACS, "Kyiv", "occurred"), (KOVACS, "Warsaw", "planned")}),
    ("MET_WITH", "Maria Kovacs, who will retire next year, met Tomas Berg on Monday.", {(KOVACS, BERG, "occurred")}),
    ("VISITED", "Maria Kovacs arrived in Warsaw on Monday after she had planned the trip for months.",
     {(KOVACS, "Warsaw", "occurred")}),
    # a present copula is where one is now unless its date is ahead (Wednesday paper)
    ("VISITED", "Maria Kovacs is in Tokyo today.", {(KOVACS, "Tokyo", "occurred")}),
    ("VISITED", "Maria Kovacs is in Tokyo this week for a summit.", {(KOVACS, "Tokyo", "occurred")}),
    ("VISITED", "Maria Kovacs is in Tokyo on Friday for a summit.", {(KOVACS, "Tokyo", "planned")}),
    # American spelling, and the destination hung on the verb
    ("VISITED", "Maria Kovacs canceled her trip to Beijing.", {(KOVACS, "Beijing", "negated")}),
    # an existential says whether there is a meeting
    ("MET_WITH", "There will not be a summit between Maria Kovacs and Tomas Berg.", {(KOVACS, BERG, "negated")}),
    ("MET_WITH", "There was a summit between Maria Kovacs and Tomas Berg.", {(KOVACS, BERG, "occurred")}),
    # "but not": not the one after it
    ("MET_WITH", "Maria Kovacs will meet Tomas Berg, but not Erik Lund.", {(KOVACS, BERG, "planned")}),
    ("VISITED", "Maria Kovacs visited Paris but not Berlin.", {(KOVACS, "Paris", "occurred")}),
    # what a trip was intended to do, and a trip one is to end, are no trips ahead
    ("VISITED", "Maria Kovacs's visit to Oslo was intended to restore the shuttle diplomacy.", {(KOVACS, "Oslo", "occurred")}),
    ("VISITED", "Maria Kovacs is set to wrap up her visit to Norway on Friday.", {(KOVACS, "Norway", "occurred")}),
    ("VISITED", "Maria Kovacs will begin her visit to Norway on Friday.", {(KOVACS, "Norway", "planned")}),
    # what a trip is not aimed at says nothing of whether it is made
    ("VISITED", "Maria Kovacs said that her trip to Oslo is not yet aimed at making any decisions.", {(KOVACS, "Oslo", "occurred")}),
    # a meeting that was to be, called off in a clause with the same subject
    ("MET_WITH", "The meeting between Maria Kovacs and Tomas Berg was to take place on Monday in Oslo but was cancelled.",
     {(KOVACS, BERG, "negated")}),
    ("MET_WITH", "The meeting between Maria Kovacs and Tomas Berg was to take place on Monday and was expected to last an hour.",
     {(KOVACS, BERG, "planned")}),
    # a denied meeting did not happen
    ("MET_WITH", "Maria Kovacs denied that she had met Tomas Berg.", {(KOVACS, BERG, "negated")}),
    # ... but an accusation is not denied by the one it accuses denying it
    ("CRITICIZED", "Maria Kovacs and Anna Lind accuse Tomas Berg of backing the rebels, an allegation Berg denies.",
     {(KOVACS, BERG, "occurred"), ("Anna Lind", BERG, "occurred")}),
    # willing or ready to meet: not yet met
    ("MET_WITH", "Tomas Berg said he was willing to meet Maria Kovacs anytime.", {(KOVACS, BERG, "planned")}),
    # proud to be visiting: visiting now, not "was to visit"
    ("VISITED", 'Tomas Berg, who said he was "proud" to be visiting Berlin so soon after the election, spoke.',
     {(BERG, "Berlin", "occurred")}),
    # what one suffers from is what happened ("withdrew from" calls it off)
    ("VISITED", "Maria Kovacs stressed that Borvia would not suffer from her visit to Moscow.", {(KOVACS, "Moscow", "occurred")}),
    # "not just", "not only": it happened, and more besides
    ("MET_WITH", "Maria Kovacs did not just meet Tomas Berg.", {(KOVACS, BERG, "occurred")}),
    ("MET_WITH", "Maria Kovacs did not meet Tomas Berg.", {(KOVACS, BERG, "negated")}),
    # what ought to be done has not been: someone asks for it
    ("VISITED", "Erik Lund said Maria Kovacs should visit Oslo.", {(KOVACS, "Oslo", "requested")}),
    ("CRITICIZED", "Erik Lund said Maria Kovacs must condemn Norway.", {(KOVACS, "Norway", "requested")}),
    ("MET_WITH", "Maria Kovacs ought to meet Tomas Berg, Erik Lund said.", {(KOVACS, BERG, "requested")}),
    ("CRITICIZED", "Erik Lund said it is necessary for Maria Kovacs to condemn Norway.", {(KOVACS, "Norway", "requested")}),
    ("MET_WITH", "Erik Lund said it was time for Maria Kovacs to meet Tomas Berg.", {(KOVACS, BERG, "requested")}),
    # ... but not what must have happened, nor a first time
    ("MET_WITH", "Maria Kovacs must have met Tomas Berg.", {(KOVACS, BERG, "occurred")}),
    # "should" before its subject makes a condition, not an obligation
    ("CRITICIZED", "Erik Lund warned that he would respond should Maria Kovacs condemn Norway.", {(KOVACS, "Norway", "occurred")}),
    ("VISITED", "It was the first time for Maria Kovacs to visit Oslo.", {(KOVACS, "Oslo", "occurred")}),
    # the results of a visit are those of a visit made, whatever is urged about them
    ("VISITED", "Erik Lund urged both sides to implement the results of Maria Kovacs's visit to Oslo.", {(KOVACS, "Oslo", "occurred")}),
    # a proposal, a bid or a demand that is the object of the attack is attacked, not asked for
    ("CRITICIZED", "Maria Kovacs attacked Tomas Berg's proposals for quotas.", {(KOVACS, BERG, "occurred")}),
    ("CRITICIZED", "Maria Kovacs condemned the bid by Tomas Berg.", {(KOVACS, BERG, "occurred")}),
    # a perfect infinitive tells what is done, whatever expects or believes it
    ("MET_WITH", "Maria Kovacs is believed to have met Tomas Berg last week.", {(KOVACS, BERG, "occurred")}),
    ("MET_WITH", "It is likely to have come up during the talks between Maria Kovacs and Tomas Berg on Monday.",
     {(KOVACS, BERG, "occurred")}),
    # a trip that continues is under way, whatever the clause it is told in is still to do
    ("VISITED", "Maria Kovacs will address the parliament on Thursday as her state visit to Norway continues.",
     {(KOVACS, "Norway", "occurred")}),
    # a verb in the past coordinated with a reported verb after "would" goes with the saying: the
    # speaker did it, and did it
    ("CRITICIZED", "Tomas Berg said the Harbour Party would set out plans for tackling abuse and attacked Maria Kovacs.",
     {(BERG, KOVACS, "occurred")}),
    ("CRITICIZED", "Tomas Berg said the Harbour Party would set out plans for tackling abuse and would attack Maria Kovacs.",
     {("Harbour Party", KOVACS, "planned")}),
    # so does one after a reported verb in the present, and the denying does not deny it
    ("CRITICIZED", "Foreign Minister Tomas Berg denied that the government of President Erik Lund interferes in other countries' "
                   "affairs, and accused the United States of trying to meddle in Venezuela's affairs.",
     {(BERG, "United States", "occurred")}),
    # a planning verb coordinated with the trigger's does not govern it
    ("MET_WITH", "Tomas Berg plans to sell the firm and is already in talks with Maria Kovacs.", {(BERG, KOVACS, "occurred")}),
    # a negation above an open question is about the knowing: the meeting is still ahead
    ("MET_WITH", "It is still not clear if Maria Kovacs will meet Tomas Berg or Erik Lund.",
     {(KOVACS, BERG, "planned"), (KOVACS, "Erik Lund", "planned")}),
    ("VISITED", "Maria Kovacs has not decided whether to visit Oslo.", {(KOVACS, "Oslo", "planned")}),
    # considering a course is a plan; considering a thing done is not
    ("VISITED", "The trip comes as Maria Kovacs considers visiting Norway by mid-February.", {(KOVACS, "Norway", "planned")}),
    ("MET_WITH", "Maria Kovacs considered meeting Tomas Berg but flew home.", {(KOVACS, BERG, "planned")}),
    ("VISITED", "Maria Kovacs considered the visit to Oslo a success.", set()),
    # a copula's tense is its subject's: a visit that "will be" is ahead
    ("VISITED", '"My first visit to Europe in June will be to Germany," Maria Kovacs said.',
     {(KOVACS, "Europe", "planned"), (KOVACS, "Germany", "planned")}),
    ("VISITED", "Maria Kovacs's visit to Oslo was short.", {(KOVACS, "Oslo", "occurred")}),
    # what one needs to do is asked of one
    ("VISITED", "Maria Kovacs said Tomas Berg needed to attend the summit in Oslo.", {(BERG, "Oslo", "requested")}),
    # "for X to visit" can hang on the verb's object
    ("VISITED", "Oslo and Stockholm agreed to continue arrangements for Maria Kovacs to visit Norway early.",
     {(KOVACS, "Norway", "planned")}),
    # what is done "instead of" or "rather than" a trip is done in its place
    ("VISITED", "Tomas Berg will return home after meetings in Oman instead of traveling on to Kuwait, a spokesman said.",
     {(BERG, "Kuwait", "negated")}),
    ("VISITED", "Tomas Berg went to Oslo rather than visiting Stockholm.", {(BERG, "Oslo", "occurred"), (BERG, "Stockholm", "negated")}),
    # a coordinated verb in the past with its own subject keeps its tense
    ("VISITED", "Press secretary Anna Lind said the meeting would be a follow-up on talks Tomas Berg had with President "
     "Erik Lund in July at the summit in Oslo.", {(BERG, "Oslo", "occurred")}),
    ("MET_WITH", "Maria Kovacs would visit Oslo and she met Tomas Berg there.", {(KOVACS, BERG, "occurred")}),
    # a coordinated verb with its own auxiliary is not denied with the first
    ("MET_WITH", "Tomas Berg said he would not attend the summit in Oslo, but that he would visit President Erik Lund in July.",
     {(BERG, "Erik Lund", "planned")}),
    ("VISITED", "Maria Kovacs will not meet Tomas Berg but will visit Oslo.", {(KOVACS, "Oslo", "planned")}),
    ("VISITED", "Maria Kovacs did not meet Tomas Berg or visit Oslo.", {(KOVACS, "Oslo", "negated")}),
    # what was done while calling a trip off happened; what was called off did not
    ("CRITICIZED", "Maria Kovacs has postponed a state visit to Norway, delivering a sharp rebuke to Tomas Berg.",
     {(KOVACS, BERG, "occurred")}),
    ("VISITED", "In June Maria Kovacs ruled out attending the peace conference held in Switzerland.",
     {(KOVACS, "Switzerland", "negated")}),
    # a request asks for its object, not for what it came after
    ("MET_WITH", "At a joint news conference with Tomas Berg following a private meeting, Maria Kovacs again urged "
     "the Norwegian government to overturn the rules.", {(BERG, KOVACS, "occurred")}),
    ("MET_WITH", "Maria Kovacs called for talks with Tomas Berg.", {(BERG, KOVACS, "requested")}),
    # one sent to attend goes, when it is arranged or done
    ("VISITED", "Tomas Berg noted that he was sending Vice President Erik Lund to attend the inauguration in Oslo.",
     {("Erik Lund", "Oslo", "planned")}),
    ("VISITED", "Tomas Berg sent Erik Lund to attend the funeral in Oslo.", {("Erik Lund", "Oslo", "occurred")}),
    # a simple present with a time later today is a timetable
    ("MET_WITH", "Tomas Berg meets later today with Norwegian President Erik Lund.", {(BERG, "Erik Lund", "planned")}),
    ("MET_WITH", "Tomas Berg met Erik Lund later that evening.", {(BERG, "Erik Lund", "occurred")}),
    # and so is the verb whose object the trip or the talks are
    ("VISITED", "The president of the commission, Tomas Berg, begins a two-day visit to Turkey today.", {(BERG, "Turkey", "planned")}),
    ("MET_WITH", "Tomas Berg holds talks with Erik Lund on Friday.", {(BERG, "Erik Lund", "planned")}),
    ("MET_WITH", "Tomas Berg holds talks with Erik Lund.", {(BERG, "Erik Lund", "occurred")}),
    ("VISITED", "Tomas Berg began a two-day visit to Turkey on Monday.", {(BERG, "Turkey", "occurred")}),
    # a clause of cause or time in the past keeps its past, whatever the main clause looks ahead to
    ("MET_WITH", '"Berg is not coming because Maria Kovacs met him yesterday in Oslo."', {(KOVACS, "Berg", "occurred")}),
    ("MET_WITH", "Tomas Berg will travel to Oslo after he has met Maria Kovacs.", {(BERG, KOVACS, "planned")}),
    # an infinitive the parser calls a clausal complement is governed: "not managed to get Y and Z to meet"
    ("MET_WITH", "Envoys have travelled to Oslo but they have not managed to get Tomas Berg and rebel leader Erik Lund to meet.",
     {(BERG, "Erik Lund", "negated")}),
    # having arrived for talks: the talks are still ahead
    ("MET_WITH", "Tomas Berg has arrived in Argentina for talks with President Erik Lund.", {(BERG, "Erik Lund", "planned")}),
    ("MET_WITH", "Tomas Berg arrived in Argentina on Monday for talks with Erik Lund.", {(BERG, "Erik Lund", "occurred")}),
    # one who is in a place for talks has not had them yet (the parser can hang the purpose on the place)
    ("MET_WITH", 'Oslo, Nov 25 (PTI) World Athletics President Tomas Berg is in the national capital for "informal" meetings '
     "with Prime Minister Maria Kovacs and Sports Minister Erik Lund.", {(BERG, KOVACS, "planned"), (BERG, "Erik Lund", "planned")}),
    ("MET_WITH", "Tomas Berg was in the national capital for meetings with Prime Minister Maria Kovacs.", {(BERG, KOVACS, "occurred")}),
    # one who left for talks has not had them yet, though the leaving is done
    ("MET_WITH", "Tomas Berg left for Moscow for talks with his Russian counterpart Erik Lund.", {(BERG, "Erik Lund", "planned")}),
    ("MET_WITH", "President Tomas Berg arrives in US for talks with Erik Lund", {(BERG, "Erik Lund", "planned")}),
    # a clause in the present on a timetable's day is on the timetable
    ("MET_WITH", "Tomas Berg meets later today with Norwegian President Erik Lund in a warm-up for Wednesday, when the two "
     "join President Maria Kovacs at their leaders' summit.",
     {(BERG, "Erik Lund", "planned"), (BERG, KOVACS, "planned"), ("Erik Lund", KOVACS, "planned")}),
    # an itinerary in the present tells legs still to come
    ("VISITED", "Tomas Berg has arrived in Argentina for talks. After Argentina, he stops briefly in Uruguay before heading "
     "to Bolivia.", {(BERG, "Argentina", "occurred"), (BERG, "Uruguay", "planned"), (BERG, "Bolivia", "planned")}),
    ("VISITED", "From Paris, Tomas Berg travels to Berlin.", {(BERG, "Berlin", "planned")}),
    ("VISITED", "Tomas Berg stopped in Oslo before heading to Bergen.", {(BERG, "Oslo", "occurred"), (BERG, "Bergen", "occurred")}),
    ("VISITED", "In 1997 Tomas Berg and Maria Kovacs fly to Oslo six weeks after reports a man was seen there.",
     {(BERG, "Oslo", "occurred"), (KOVACS, "Oslo", "occurred")}),
    # "is billed to" as "is due to"
    ("VISITED", "Tomas Berg is billed to leave the country today for Oslo.", {(BERG, "Oslo", "planned")}),
    # a plan told in the past perfect is one that events overtook
    ("VISITED", "German President Tomas Berg had planned to visit Kyiv with Polish President Erik Lund.",
     {(BERG, "Kyiv", "negated"), ("Erik Lund", "Kyiv", "negated")}),
    ("MET_WITH", "Danish Prime Minister Maria Kovacs, who had been due to hold talks with Tomas Berg in Copenhagen, "
     "planned a news conference.", {(KOVACS, BERG, "negated")}),
    ("VISITED", "Tomas Berg has planned to visit Kyiv.", {(BERG, "Kyiv", "planned")}),
    # an agreement told in the past perfect stands
    ("MET_WITH", "It was announced that the Congolese leader Tomas Berg had agreed to meet with Rwandan President Maria Kovacs.",
     {(BERG, KOVACS, "planned")}),
    # a plan whose own verb puts it off; whose plan it is
    ("VISITED", "Japanese Prime Minister Tomas Berg's plan to visit Oslo this month has been postponed until April.",
     {(BERG, "Oslo", "negated")}),
    ("VISITED", "Tomas Berg's plan to visit Oslo was announced on Monday.", {(BERG, "Oslo", "planned")}),
    ("VISITED", "Tomas Berg's planned March visit to China put off", {(BERG, "China", "negated")}),
    ("VISITED", "Tomas Berg put off the reporters and visited Oslo.", {(BERG, "Oslo", "occurred")}),
    ("MET_WITH", "Maria Kovacs cut short her visit and returned home, aborting a planned meeting with Tomas Berg.",
     {(KOVACS, BERG, "negated")}),
    # invited in a clause the parser hung on a noun
    ("MET_WITH", "The fact that President Tomas Berg has been invited to meet Mrs Maria Kovacs in her constituency is a sign.",
     {(BERG, KOVACS, "requested")}),
    # what a speaker says ought to happen is no plan for the trip the speaker was on; what the
    # speaker says will (or wants to) happen on the trip puts it ahead
    ("VISITED", "Tomas Berg said that the war needs to end during his visit to Oslo.", {(BERG, "Oslo", "occurred")}),
    ("VISITED", "Tomas Berg said the war must end during his visit to Oslo.", {(BERG, "Oslo", "occurred")}),
    ("VISITED", "Tomas Berg said he will sign the deal during his visit to Oslo.", {(BERG, "Oslo", "planned")}),
    ("VISITED", "Tomas Berg said he wants to sign the deal during his visit to Oslo.", {(BERG, "Oslo", "planned")}),
    # a meeting in a "where" clause on the place one arrived in is on that trip: no trip to come
    ("VISITED", "US Defense Secretary Tomas Berg on Tuesday arrived in Oslo, where he will meet with Iranian Foreign "
     "Minister Erik Lund.", {(BERG, "Oslo", "occurred"), ("Erik Lund", "Oslo", "planned")}),
    # an idiom whose negation says it more strongly denies nothing
    ("CRITICIZED", "Tomas Berg hasn't minced words, lambasting Maria Kovacs for her remarks.", {(BERG, KOVACS, "occurred")}),
    ("CRITICIZED", "Tomas Berg did not hold back, lambasting Maria Kovacs for her remarks.", {(BERG, KOVACS, "occurred")}),
    ("CRITICIZED", "Tomas Berg did not criticise Maria Kovacs.", {(BERG, KOVACS, "negated")}),
    # refusing to meet a body's delegation is refusing to meet the body (not each other)
    ("MET_WITH", "Maria Kovacs and Tomas Berg refused to meet a US Congress delegation.",
     {(KOVACS, "Congress", "negated"), (BERG, "Congress", "negated")}),
    # those invited to meet are asked to meet the one inviting; those urged to meet, each other
    ("MET_WITH", "Maria Kovacs invited union president Tomas Berg and vice president Erik Lund to meet at the company's "
     "headquarters.", {(BERG, KOVACS, "requested"), ("Erik Lund", KOVACS, "requested")}),
    ("MET_WITH", "The mediator urged Tomas Berg and Erik Lund to meet in Geneva.", {(BERG, "Erik Lund", "requested")}),
    # a title-case headline's verb the parser made a modifier of the trip
    ("VISITED", "Tomas Berg Cancels Trip To Rwanda", {(BERG, "Rwanda", "negated")}),
    # a trip put off: the one who would have gone, whose the trip is left unsaid
    ("VISITED", "Norway's president Tomas Berg puts off state visit to Washington", {(BERG, "Washington", "negated")}),
    ("VISITED", "Tomas Berg's Trip To Rwanda", {(BERG, "Rwanda", "occurred")}),
    # a trip called off by an adjective; what two agree on is still ahead
    ("VISITED", "Dutch Foreign Minister Tomas Berg resigned. The Netherlands has formally notified about the cancelled Russia "
     "visit by its foreign minister, a spokesperson said.", {(BERG, "Russia", "negated")}),
    ("VISITED", "Tomas Berg's delayed arrival in Oslo angered his hosts.", {(BERG, "Oslo", "occurred")}),
    ("VISITED", "At the same time, the two agreed on a working visit by Slovenian president Tomas Berg in May in Zagreb.",
     {(BERG, "Zagreb", "planned")}),
    ("VISITED", "Tomas Berg met Erik Lund on a visit to Oslo.", {(BERG, "Oslo", "occurred")}),
    # talks on someone's agenda are still ahead
    ("MET_WITH", "Tomas Berg arrived in Oslo. Berg's agenda includes talks with his Norwegian counterpart, Erik Lund.",
     {(BERG, "Erik Lund", "planned")}),
    ("MET_WITH", "Tomas Berg's schedule includes a meeting with Maria Kovacs.", {(BERG, KOVACS, "planned")}),
    ("MET_WITH", "Tomas Berg's agenda included talks with Maria Kovacs.", {(BERG, KOVACS, "occurred")}),
    # what someone decided or tried to do, told by its owner's noun
    ("MET_WITH", "Tomas Berg's wish to meet Maria Kovacs angered voters.", {(BERG, KOVACS, "planned")}),
    # "for X to visit" under arrangements: still ahead
    ("VISITED", "The two governments had been discussing final arrangements for Tomas Berg to visit Oslo for two days.",
     {(BERG, "Oslo", "planned")}),
    # a trip the article calls upcoming is ahead, whenever the clause around it is
    ("VISITED", "China threatened countermeasures over a planned meeting between Erik Lund and Maria Kovacs during "
     "her upcoming stop in Los Angeles.", {(KOVACS, "Los Angeles", "planned")}),
    # no plans for a meeting (the parser can make the infinitive a relative clause); a request
    # told in the past perfect was made, whatever came of it; a past meeting only asked about
    # is not told
    ("MET_WITH", "Maria Kovacs will visit Oslo. But there are no plans for Kovacs to meet with Tomas Berg.",
     {(KOVACS, BERG, "negated")}),
    ("MET_WITH", "The Harbour Party had previously sought a meeting with Prime Minister Tomas Berg.",
     {("Harbour Party", BERG, "requested")}),
    ("MET_WITH", "It was not immediately clear if Maria Kovacs met Tomas Berg during the trip.", set()),
    ("MET_WITH", "It is not clear if Maria Kovacs will meet Tomas Berg during the trip.", {(KOVACS, BERG, "planned")}),
    # a refusal, one's own or "of" someone, to meet
    ("MET_WITH", "Harbourline's refusal to meet with Home Secretary Maria Kovacs angered the unions.",
     {("Harbourline", KOVACS, "negated")}),
    # an invitation for someone to come; being scheduled to be somewhere
    ("VISITED", "The invitation for Brazilian President Tomas Berg to visit Washington was made in October.",
     {(BERG, "Washington", "requested")}),
    ("VISITED", "Brazilian President Tomas Berg was already scheduled to be in New York in March for a seminar.",
     {(BERG, "New York", "planned")}),
    # what a participle says was done during a trip puts the trip in the past, whatever is ahead
    ("VISITED", "He will visit China at the invitation of Vice President Erik Lund - the first of the planned reciprocal "
     "visits between the vice presidents announced during Chinese President Tomas Berg's state visit to Washington "
     "earlier this year, said a statement.", {(BERG, "Washington", "occurred")}),
    # where someone "should be" is expected; what someone "should do" is asked
    ("VISITED", "Before that Brazilian President Tomas Berg should be in Rome for a summit.", {(BERG, "Rome", "planned")}),
    # a cancellation denied leaves the trip standing
    ("VISITED", "British Foreign Secretary Erik Lund said he saw no reason to cancel US President Tomas Berg's state visit "
     "to Britain.", {(BERG, "United Kingdom", "planned")}),
    ("VISITED", "Swedish Prime Minister Tomas Berg refused to cancel his visit to Oslo.", {(BERG, "Oslo", "planned")}),
    ("VISITED", "Swedish Prime Minister Tomas Berg cancelled his visit to Oslo.", {(BERG, "Oslo", "negated")}),
    ("MET_WITH", "Maria Kovacs canceled her trip to Israel after Israeli Prime Minister Tomas Berg declined to meet her.",
     {(KOVACS, BERG, "negated")}),
    # a bare verb listed after a scheduled infinitive is scheduled too, whatever the parser joins it to;
    # a courtesy call "on" someone is no request
    ("MET_WITH", "During the visit, Maria Kovacs is scheduled to make a courtesy call on Party General Secretary Tomas "
     "Berg, meet President Erik Lund and National Assembly Chairman Anna Lind, and visit Hanoi.",
     {(KOVACS, BERG, "planned"), (KOVACS, "Erik Lund", "planned"), (KOVACS, "Anna Lind", "planned")}),
    ("VISITED", "During the visit, Maria Kovacs is scheduled to make a courtesy call on Party General Secretary Tomas "
     "Berg, meet President Erik Lund and National Assembly Chairman Anna Lind, and visit Hanoi.",
     {(KOVACS, "Hanoi", "planned")}),
    ("MET_WITH", "Maria Kovacs tried to call Tomas Berg, and met Erik Lund.", {(KOVACS, "Erik Lund", "occurred")}),
    # the bodies whose bosses are to meet meet each other (one head each is someone, not the body)
    ("MET_WITH", "Bosses of Harbourline and Kelby Holdings are to meet amid talk of a takeover bid.",
     {("Harbourline", "Kelby Holdings", "planned")}),
    ("MET_WITH", "Maria Kovacs is due to go to Brussels to meet the heads of NATO and the European Parliament.", set()),
    # those a subject's "including" names are the ones who meet
    ("MET_WITH", "Leaders of the major banks, including Kelby Bank chief executive Tomas Berg and Harbourline head Erik Lund, "
     "will meet Chancellor Maria Kovacs in London.", {(BERG, KOVACS, "planned"), ("Erik Lund", KOVACS, "planned")}),
    # what a cancellation responds to, or is because of, happened (a plan protested stays a plan)
    ("VISITED", "A visit by the foreign minister had been postponed by China in response to Japanese Prime Minister Tomas "
     "Berg's visit to the Yasukuni Shrine in Tokyo.", {(BERG, "Yasukuni Shrine", "occurred")}),
    ("VISITED", "The summit was cancelled because of Tomas Berg's visit to Taiwan.", {(BERG, "Taiwan", "occurred")}),
    ("VISITED", "The summit was cancelled due to Tomas Berg's visit to Taiwan.", {(BERG, "Taiwan", "occurred")}),
    ("MET_WITH", "China has cancelled a senior leader's visit to Britain in protest at a meeting between Tomas Berg and "
     "Maria Kovacs.", {(BERG, KOVACS, "occurred")}),
    ("VISITED", "Protesters gathered in protest against Tomas Berg's planned visit to Oslo.", {(BERG, "Oslo", "planned")}),
    # a trip in apposition to the subject goes as the subject's verb says (however the parser hangs it)
    ("VISITED", "His Holiness Tomas Berg's scheduled visit to Mongolia this month has been cancelled.",
     {(BERG, "Mongolia", "negated")}),
    ("VISITED", "Tomas Berg's visit to Oslo, his first trip abroad, was cancelled.", {(BERG, "Oslo", "negated")}),
    # what is unlikely is not expected to happen
    ("VISITED", "A government source said Maria Kovacs is unlikely to travel to China during that period.",
     {(KOVACS, "China", "negated")}),
    # shunning or spurning is refusing
    ("MET_WITH", "Maria Kovacs has so far shunned bilateral talks with Tomas Berg due to his refusal to apologise.",
     {(KOVACS, BERG, "negated")}),
    ("VISITED", "Maria Kovacs spurned an offer to visit Oslo.", {(KOVACS, "Oslo", "negated")}),
    # a trip called off whose destination is untold: what it was for is called off with it
    ("MET_WITH", "Egypt's President Maria Kovacs cancelled her trip to meet President Tomas Berg in Washington next week, "
     "officials said.", {(KOVACS, BERG, "negated")}),
    ("VISITED", "Egypt's President Maria Kovacs cancelled her trip to meet President Tomas Berg in Washington next week, "
     "officials said.", {(KOVACS, "Washington", "negated")}),
    # one expected somewhere is not there yet, nor is the visit they are expected in
    ("VISITED", "Foreign Minister Maria Kovacs is expected in Khartoum Monday in a two-day visit.", {(KOVACS, "Khartoum", "planned")}),
    # a trip the subject's own "who" clause plans, called off by the main clause
    ("VISITED", "Brazil's leader Maria Kovacs, who was due to head to China for talks with President Tomas Berg, has "
     "indefinitely postponed her trip.", {(KOVACS, "China", "negated")}),
    ("MET_WITH", "Brazil's leader Maria Kovacs, who was due to head to China for talks with President Tomas Berg, has "
     "indefinitely postponed her trip.", {(KOVACS, BERG, "negated")}),
    # backing or opting out of something calls it off
    ("MET_WITH", "Maria Kovacs backed out of talks with Tomas Berg.", {(KOVACS, BERG, "negated")}),
    # a meeting called off, with a time and a place between the noun and its partner
    ("MET_WITH", "Mexican President Maria Kovacs has cancelled a planned meeting next week in Washington with US President "
     "Tomas Berg.", {(KOVACS, BERG, "negated")}),
    ("VISITED", "Mexican President Maria Kovacs has cancelled a planned meeting next week in Washington with US President "
     "Tomas Berg.", {(KOVACS, "Washington", "negated")}),
    # an arrival told with what it is for: the meeting is still ahead (a whole trip told is not)
    ("MET_WITH", "Brazil's leader Maria Kovacs arrived in Washington on Sunday to meet with US President Tomas Berg.",
     {(KOVACS, BERG, "planned")}),
    ("MET_WITH", "Maria Kovacs traveled to Kyiv to meet with President Tomas Berg over the weekend.", {(KOVACS, BERG, "occurred")}),
    # a headline without its copula; one keen or eager to go has not gone yet
    ("VISITED", "Chinese Vice-Premier Maria Kovacs likely to visit US on Jan 30-31 for trade talks",
     {(KOVACS, "United States", "planned")}),
    ("MET_WITH", "Maria Kovacs is keen to meet Tomas Berg.", {(KOVACS, BERG, "planned")}),
    ("VISITED", "Maria Kovacs is eager to visit Oslo.", {(KOVACS, "Oslo", "planned")}),
    # no talks held; a meeting set but not yet held
    ("MET_WITH", "Maria Kovacs held no talks with Tomas Berg.", {(KOVACS, BERG, "negated")}),
    ("MET_WITH", "Maria Kovacs has a meeting scheduled with Tomas Berg.", {(KOVACS, BERG, "planned")}),
    ("MET_WITH", "An adviser said Maria Kovacs has no meetings scheduled with either President Tomas Berg or the candidates.",
     {(KOVACS, BERG, "negated")}),
    # the one called on to go, or told not to, is asked
    ("VISITED", "Maria Kovacs called on Tomas Berg to visit Israel.", {(BERG, "Israel", "requested")}),
    ("VISITED", "Maria Kovacs told Tomas Berg not to visit Israel.", {(BERG, "Israel", "negated")}),
    # (but a plan one is called on to weigh stays a plan)
    ("MET_WITH", "Rights groups called on Czech President Tomas Berg to reconsider his plan to host Maria Kovacs on a state "
     "visit next week.", {(BERG, KOVACS, "planned")}),
    # an invitation turned down does not reach into a clause of time: the visit then is still ahead
    ("VISITED", "Maria Kovacs turned down an invitation from the White House to greet Tomas Berg when he visits Oregon tomorrow.",
     {(BERG, "Oregon", "planned")}),
    # a future copula makes the visit it counts ahead; a past one, done
    ("VISITED", "Maria Kovacs will be the third leader to visit Norway this year.", {(KOVACS, "Norway", "planned")}),
    ("VISITED", "Maria Kovacs was the third leader to visit Norway this year.", {(KOVACS, "Norway", "occurred")}),
    # a trip one has scheduled or arranged is one's own, still ahead
    ("VISITED", "Maria Kovacs has scheduled a visit to Norway for next month.", {(KOVACS, "Norway", "planned")}),
    ("VISITED", "Maria Kovacs has arranged a trip to Norway.", {(KOVACS, "Norway", "planned")}),
    # a copula the complement of a verb of planning: what that verb says
    ("VISITED", "Maria Kovacs is set to become the first leader to visit Norway this year.", {(KOVACS, "Norway", "planned")}),
    ("MET_WITH", "Maria Kovacs refused to become the first leader to meet Tomas Berg.", {(KOVACS, BERG, "negated")}),
    # a programme told in the present, step after step; a habit is no plan
    ("VISITED", "Maria Kovacs arrived in Berlin on Monday. Then Kovacs goes to Warsaw.",
     {(KOVACS, "Berlin", "occurred"), (KOVACS, "Warsaw", "planned")}),
    ("VISITED", "Maria Kovacs goes to Warsaw every year.", {(KOVACS, "Warsaw", "occurred")}),
    # the next stop of a trip told in the past progressive
    ("VISITED", "Maria Kovacs landed in Ottawa. She was heading to Nanaimo afterward to meet with state officials.",
     {(KOVACS, "Ottawa", "occurred"), (KOVACS, "Nanaimo", "planned")}),
]


@pytest.mark.parametrize("relation, text, expected", CASES, ids=[f"{r}: {t}" for r, t, _ in CASES])
def test_status(facts_of, relation, text, expected):
    assert of_relation(facts_of(text), relation) == normalized(relation, expected)


def test_planned_date_is_in_the_future(raw_facts_of):
    doc, facts = raw_facts_of("Maria Kovacs will meet Tomas Berg on Friday.")
    (fact,) = [f for f in facts if f.relation.value == "MET_WITH"]
    assert fact.status.value == "planned"
    assert str(fact.event_date) == "2022-04-29"  # the Friday after Wednesday 27 April 2022


def test_an_arranged_meeting_is_dated_ahead(raw_facts_of):
    _doc, facts = raw_facts_of("Maria Kovacs is meeting Tomas Berg on Thursday.")
    (fact,) = [f for f in facts if f.relation.value == "MET_WITH"]
    assert (fact.status.value, str(fact.event_date)) == ("planned", "2022-04-28")  # the day after publication


@pytest.mark.parametrize("text, status", [
    ("Maria Kovacs is meeting Tomas Berg next week.", "planned"),
    # news writes a meeting under way "today"; with a weekday the progressive is an arrangement
    ("Maria Kovacs is meeting Tomas Berg on Thursday.", "planned"),
    ("Maria Kovacs is meeting Tomas Berg in Geneva.", "occurred"),
])
def test_without_the_articles_date_words_that_look_ahead_plan(doc_of, text, status):
    from kg.extract import extract_facts

    doc = doc_of(text, None)
    assert [f.status.value for f in extract_facts(doc) if f.relation.value == "MET_WITH"] == [status]


def test_a_trip_the_parser_hangs_in_apposition_to_the_subject_goes_as_the_subjects_verb(nlp):
    """"His Holiness Tomas Berg's scheduled visit to Oslo has been cancelled", parsed (as the
    model parses a real article's sentence) with "visit" in apposition to "Holiness", the
    subject of "cancelled": the visit is called off, not still scheduled."""
    from spacy.tokens import Doc

    from kg.extract.base import status_of
    from kg.records import Status

    words = ["His", "Holiness", "Tomas", "Berg", "'s", "scheduled", "visit", "to", "Oslo", "has", "been", "cancelled", "."]
    heads = [1, 11, 3, 6, 3, 6, 1, 6, 7, 11, 11, 11, 11]
    deps = ["poss", "nsubjpass", "compound", "poss", "case", "amod", "appos", "prep", "pobj", "aux", "auxpass", "ROOT", "punct"]
    tags = ["PRP$", "NNP", "NNP", "NNP", "POS", "VBN", "NN", "IN", "NNP", "VBZ", "VBN", "VBN", "."]
    pos = ["PRON", "PROPN", "PROPN", "PROPN", "PART", "VERB", "NOUN", "ADP", "PROPN", "AUX", "AUX", "VERB", "PUNCT"]
    lemmas = ["his", "Holiness", "Tomas", "Berg", "'s", "schedule", "visit", "to", "Oslo", "have", "be", "cancel", "."]
    doc = Doc(nlp.vocab, words=words, spaces=[True] * 3 + [False] + [True] * 7 + [False, False], heads=heads, deps=deps,
              tags=tags, pos=pos, lemmas=lemmas)
    assert status_of(doc[6]) is Status.NEGATED


def test_an_absolute_clause_with_its_own_subject_is_not_denied_by_the_clause_it_hangs_on(facts_of):
    """"..., with Y calling the remarks abusive": the negation of the clause above is not Y's."""
    text = ('Prime Minister Anna Lind has said that Erik Lund is not an idiot in response to Tomas Berg\'s comments, '
            'with Lund calling the remarks "personally abusive".')
    assert [(r, s, o, st) for r, s, o, st in facts_of(text) if r == "CRITICIZED"] == [
        ("CRITICIZED", "Erik Lund", "Tomas Berg", "occurred")]


def test_a_call_for_someone_to_go_asks_for_the_trip(facts_of):
    """"called for Y to go to Z": the parser makes "for" the mark of the clause asked for."""
    text = "Prince Tomas apologised, but critics have called for him to go to Oslo for the commemoration."
    assert [(r, s, o, st) for r, s, o, st in facts_of(text) if r == "VISITED"] == [("VISITED", "Prince Tomas", "Oslo", "requested")]


@pytest.mark.parametrize("text, expected", [
    # how or why a thing was done takes it as done, whatever is denied of the telling
    ("Spain gave no explanation of how Tomas Berg entered Spanish territory.", [("VISITED", "Tomas Berg", "Spain", "occurred")]),
    ("Erik Lund did not say why Tomas Berg visited Oslo.", [("VISITED", "Tomas Berg", "Oslo", "occurred")]),
    # (not a clause that is denied itself)
    ("Erik Lund said that Tomas Berg did not visit Oslo.", [("VISITED", "Tomas Berg", "Oslo", "negated")]),
])
def test_how_or_why_a_thing_was_done_takes_it_as_done(facts_of, text, expected):
    assert [f for f in facts_of(text) if f[0] == "VISITED"] == expected


@pytest.mark.parametrize("text, expected", [
    # backing or opposing a visit speaks of one proposed, not made
    ("Opposition Leader Erik Lund has backed a visit by Tomas Berg to China.", [("VISITED", "Tomas Berg", "China", "planned")]),
    ("Many farmers opposed Tomas Berg's visit to Belgrade.", [("VISITED", "Tomas Berg", "Belgrade", "planned")]),
    # (what is said of a visit made stays made)
    ("Many farmers welcomed Tomas Berg's visit to Belgrade.", [("VISITED", "Tomas Berg", "Belgrade", "occurred")]),
])
def test_backing_or_opposing_a_visit_plans_it(facts_of, text, expected):
    assert [f for f in facts_of(text) if f[0] == "VISITED"] == expected


@pytest.mark.parametrize("text, expected", [
    # a passive clause on the trip itself that calls it off
    ("Erik Lund regretted that his visit to Vienna, postponed by the floods, was his last.",
     [("VISITED", "Erik Lund", "Vienna", "negated")]),
    # (one who stays away from another's visit does not call it off)
    ("The opposition boycotted Norwegian Prime Minister Erik Lund's visit to Vienna.",
     [("VISITED", "Erik Lund", "Vienna", "occurred")]),
])
def test_a_trip_called_off_by_a_clause_of_its_own(facts_of, text, expected):
    assert [f for f in facts_of(text) if f[0] == "VISITED"] == expected


def test_a_call_on_someone_to_go_on_doing_a_thing_asks_for_it(facts_of):
    """"call on Y to continue condemning Z": the one asked on, through the verb that carries it."""
    text = "Norwegian Prime Minister Erik Lund called on the international community to continue strongly condemning Russia."
    assert {st for r, _s, _o, st in facts_of(text) if r == "CRITICIZED"} == {"requested"}


def test_a_clause_of_its_own_on_a_criticism_noun_calls_nothing_off(facts_of):
    """"voiced outrage that Y had refused to resign": "had refused" is an active clause with its
    own subject, not a passive calling the outrage off."""
    text = "Tomas Berg voiced outrage that Erik Lund had refused to resign."
    assert {(s, o, st) for r, s, o, st in facts_of(text) if r == "CRITICIZED"} == {("Tomas Berg", "Erik Lund", "occurred")}


@pytest.mark.parametrize("text, expected", [
    ("The visit by Erik Lund to Japan, scheduled for March, was announced on Monday.", [("VISITED", "Erik Lund", "Japan", "planned")]),
    ("Erik Lund's trip to Japan, slated for April, was confirmed by officials.", [("VISITED", "Erik Lund", "Japan", "planned")]),
    ("Officials confirmed a visit by Erik Lund to Japan that is scheduled for March.", [("VISITED", "Erik Lund", "Japan", "planned")]),
    # (a visit of a past month with no such participle was made)
    ("Erik Lund's visit to Japan in March was announced on Monday.", [("VISITED", "Erik Lund", "Japan", "occurred")]),
])
def test_a_trip_set_for_a_date_is_planned(facts_of, text, expected):
    """"X's visit, scheduled for March, was announced": a participle of planning with "for" on the trip's noun."""
    assert [f for f in facts_of(text) if f[0] == "VISITED"] == expected


def test_the_means_by_which_something_was_undone_was_taken(facts_of):
    """"accused Y of abandoning the country by travelling to Z": Y travelled; the negating verb
    undoes its object, not the means ("by" and a gerund) it was done with."""
    text = 'Erik Lund accused Tomas Berg of "abandoning" the country by travelling to Washington.'
    assert [f for f in facts_of(text) if f[0] == "VISITED"] == [("VISITED", "Tomas Berg", "Washington", "occurred")]


@pytest.mark.parametrize("text, expected", [
    # a request accepted is a plan
    ("Tomas Berg accepted Erik Lund's invitation to visit Oslo.", [("VISITED", "Tomas Berg", "Oslo", "planned")]),
    ("Erik Lund has accepted an invitation to visit Canada.", [("VISITED", "Erik Lund", "Canada", "planned")]),
    # (one turned down is none; one only made is a request)
    ("Erik Lund rejected an invitation to visit Canada.", [("VISITED", "Erik Lund", "Canada", "negated")]),
    ("Tomas Berg extended an invitation to Erik Lund to visit Oslo.", [("VISITED", "Erik Lund", "Oslo", "requested")]),
])
def test_an_invitation_accepted_is_a_plan(facts_of, text, expected):
    assert [f for f in facts_of(text) if f[0] == "VISITED"] == expected
