"""CRITICIZED on short invented sentences: active and passive verbs, British spelling, phrasal
verbs, nouns, coordination, actions standing for their actor, and what is not criticism.

Each case lists every CRITICIZED fact (critic, target, status) a careful annotator would record;
the test compares the whole set.
"""
from __future__ import annotations

import pytest

KOVACS, BERG, LUND = "Maria Kovacs", "Tomas Berg", "Erik Lund"


def criticized(facts) -> set[tuple[str, str, str]]:
    return {(s, o, status) for rel, s, o, status in facts if rel == "CRITICIZED"}


CASES = [
    ("Maria Kovacs criticized Tomas Berg on Monday.", {(KOVACS, BERG, "occurred")}),
    # one launches into words, even on a country; a disapproval voiced is criticism
    ("Maria Kovacs launched into a lengthy attack on the United States.", {(KOVACS, "United States", "occurred")}),
    ("Sweden is signalling its disapproval of President Tomas Berg's policies.", {("Sweden", BERG, "occurred")}),
    # "the senator" for the one an abbreviated title made a senator
    ("Sen. Maria Kovacs spoke on Monday. The senator criticized Tomas Berg.", {(KOVACS, BERG, "occurred")}),
    # a surname that is also an abbreviation's word, without its full stop, is no title
    ("Prime Minister Erik Sen criticized Tomas Berg.", {("Erik Sen", BERG, "occurred")}),
    ("Maria Kovacs went after Tomas Berg on Monday.", {(KOVACS, BERG, "occurred")}),
    # the one accused of doing something did it; the one enticed to do something would
    ("Tomas Berg accused Maria Kovacs of criticizing Erik Lund.", {(BERG, KOVACS, "occurred"), (KOVACS, LUND, "occurred")}),
    ("Maria Kovacs accused Tomas Berg of enticing Erik Lund to criticize Anna Lind.",
     {(KOVACS, BERG, "occurred"), (LUND, "Anna Lind", "requested")}),
    # criticism drawn from a country or a body that qualifies it
    ("Prime Minister Tomas Berg visited the Kelby shrine on Monday, sparking Chinese complaints.", {("China", BERG, "occurred")}),
    ("Tomas Berg's remarks drew EU criticism.", {("European Union", BERG, "occurred")}),
    ("Tomas Berg and Erik Lund meet amid EU criticism.", set()),
    # the voice of a voice: a statement from someone's office is theirs
    ("A statement from Maria Kovacs's office condemned Tomas Berg.", {(KOVACS, BERG, "occurred")}),
    ("After Malaysia, President Maria Kovacs will go to Singapore on Friday.", set()),
    # a small clause of judgement: a label one holds someone to be
    ("Maria Kovacs considers Tomas Berg a traitor.", {(KOVACS, BERG, "occurred")}),
    ("Maria Kovacs declared Tomas Berg a usurper.", {(KOVACS, BERG, "occurred")}),
    ("Maria Kovacs called Tomas Berg a demagogue and a charlatan.", {(KOVACS, BERG, "occurred")}),
    ("Maria Kovacs considers Tomas Berg a friend.", set()),
    # the lemmatizer makes "sniped" a "snip"
    ("Maria Kovacs sniped at Tomas Berg in absentia.", {(KOVACS, BERG, "occurred")}),
    ("Senator Maria Kovacs began the barrage against Administrator Tomas Berg.", {(KOVACS, BERG, "occurred")}),
    ("The army unleashed a barrage against Ukraine.", set()),
    # plotting to overthrow a government is a wrong one claims of another
    ("Maria Kovacs claimed Moscow was plotting to overthrow Moldova's government.", {(KOVACS, "Russia", "occurred")}),
    ("Maria Kovacs said Tomas Berg was plotting a comeback.", set()),
    # who is quoted as saying it said it, not who quotes
    ("\"Tomas Berg is a liar and a disgrace,\" the newspaper quoted Maria Kovacs as saying.", {(KOVACS, BERG, "occurred")}),
    ("The agency quoted Maria Kovacs as saying that Tomas Berg was a liar.", {(KOVACS, BERG, "occurred")}),
    ("Maria Kovacs was quoted by the Kelby Times as saying that Tomas Berg was a liar.", {(KOVACS, BERG, "occurred")}),
    ("Serbian official Erik Lund said that the Kosovo Prime Minister Tomas Berg was waging a policy of threats and blackmail.",
     {("Erik Lund", BERG, "occurred")}),
    # rulers named by their capital are its country, as the capital alone would be
    ("Leaders in Kyiv criticized Tomas Berg for the visit.", {("Ukraine", BERG, "occurred")}),
    # the city an international body sits in stands for the body, not for its country
    ("Prime Minister Tomas Berg criticized Brussels for being too lax.", {(BERG, "European Union", "occurred")}),
    ("Brussels accused Tomas Berg of breaking the rules.", {("European Union", BERG, "occurred")}),
    ("Polish Justice Minister Maria Kovacs called Tomas Berg \"silly\".", {(KOVACS, BERG, "occurred")}),
    # protest drawn from someone; acting like a villain, said of someone
    ("Tomas Berg's refusal to provide security drew strong protest from the EU.", {("European Union", BERG, "occurred")}),
    ("Russia is acting like a \"terrorist\" in Ukraine, Lithuanian President Maria Kovacs said in an interview.",
     {(KOVACS, "Russia", "occurred")}),
    ("Maria Kovacs criticised Tomas Berg over the budget.", {(KOVACS, BERG, "occurred")}),
    ("Prime Minister Maria Kovacs condemned Russia on Monday.", {(KOVACS, "Russia", "occurred")}),
    ("Maria Kovacs denounced NATO in a speech on Friday.", {(KOVACS, "NATO", "occurred")}),
    ("Maria Kovacs accused Tomas Berg of lying to parliament.", {(KOVACS, BERG, "occurred")}),
    ("Maria Kovacs blamed Tomas Berg for the crisis.", {(KOVACS, BERG, "occurred")}),
    # each the other
    ("Maria Kovacs and Tomas Berg have openly criticised one another.", {(KOVACS, BERG, "occurred"), (BERG, KOVACS, "occurred")}),
    # a body's name of several words before what it did, which the parser can make a "nmod"
    ("The announcement comes as Tomas Berg rails against a Federal Bureau of Investigation raid on the offices of his lawyer.",
     {(BERG, "Federal Bureau of Investigation", "occurred")}),
    # a place named before an event held there did not do it
    ("After branding Norway’s approach to fund Solomon Islands national elections as an act of foreign interference, "
     "Maria Kovacs told Tomas Berg he welcomed the offer.", {(KOVACS, "Norway", "occurred")}),
    # what a "that" clause condemns was done by its subject (not by the one who regrets it)
    ("Spokeswoman Maria Kovacs spoke in Moscow. She denounced that the Atlantic Alliance has been increasing its military "
     "potential.", {(KOVACS, "NATO", "occurred")}),
    ("Maria Kovacs regretted that Norway had refused to talk.", {(KOVACS, "Norway", "occurred")}),
    ("Maria Kovacs regretted that she had missed the talks.", set()),
    # "each" for the two named last, "the other" for the other of them
    ("Maria Kovacs met Tomas Berg in 2016. Each has publicly criticized the other since.",
     {(KOVACS, BERG, "occurred"), (BERG, KOVACS, "occurred")}),
    ("Maria Kovacs met Tomas Berg in 2016. Each has publicly criticized each other, clashing on policy.",
     {(KOVACS, BERG, "occurred"), (BERG, KOVACS, "occurred")}),
    # putting, laying or pinning the blame on someone blames them ("on" can hang on what it is for)
    ("Maria Kovacs put the blame on Tomas Berg for the defeat.", {(KOVACS, BERG, "occurred")}),
    ("Maria Kovacs pinned the blame for the defeat on Tomas Berg.", {(KOVACS, BERG, "occurred")}),
    # criticism drawn by what a participle's clause did
    ("Maria Kovacs visited the shrine on Monday, drawing scathing criticism from Norway.",
     {("Norway", KOVACS, "occurred")}),
    # the agent a criticism noun names with "by", whatever verb the noun is the object of
    ("Norway broke relations with Sweden on Thursday following accusations by Stockholm that Tomas Berg's government was "
     "tolerating the presence of guerrillas.", {("Sweden", BERG, "occurred")}),
    # an agency's dateline is no subject
    ("SEOUL (Reuters) -Maria Kovacs accused Tomas Berg of generating tensions, state media said.",
     {(KOVACS, BERG, "occurred")}),
    # the "should" of a that-clause an adjective judges tells what happened
    ("\"It is unacceptable that Tomas Berg should insult Spain,\" Maria Kovacs said.",
     {(BERG, "Spain", "occurred"), (KOVACS, BERG, "occurred")}),
    ("Maria Kovacs took a shot at Tomas Berg.", {(KOVACS, BERG, "occurred")}),
    # insults hurled at someone; the participle's object is the main clause's
    ("Maria Kovacs hurled insults at Tomas Berg on Sunday.", {(KOVACS, BERG, "occurred")}),
    ("Maria Kovacs launched insults at Tomas Berg, calling him \"very dishonest and weak.\"", {(KOVACS, BERG, "occurred")}),
    ("Maria Kovacs dismissed Tomas Berg's claims as nonsense.", {(KOVACS, BERG, "occurred")}),
    # the tagger reads "promises" after a quoted adjective as a verb; it is the object all the same
    ("The Harbour Party criticised \"extravagant\" Kelby promises on policing.", {("Harbour Party", "Kelby", "occurred")}),
    # a comparison with a villain, sneers, slaps down, frustration voiced with someone
    ("Maria Kovacs likened Tomas Berg to a dictator.", {(KOVACS, BERG, "occurred")}),
    # a label in a relative clause on the critic; words of the negative lexicon
    ("Maria Kovacs, who last year called Tomas Berg's tweets “disrespectful”, said she would not go.", {(KOVACS, BERG, "occurred")}),
    ("Maria Kovacs returned home, telling reporters that criticism by Norway was unneighbourly.", {(KOVACS, "Norway", "occurred")}),
    ("“Nothing justifies the horrific attacks by the Harbour Party,” Maria Kovacs said.", {(KOVACS, "Harbour Party", "occurred")}),
    # a label that says someone does their office badly
    ("Maria Kovacs called Tomas Berg a terrible president.", {(KOVACS, BERG, "occurred")}),
    ("Maria Kovacs described Tomas Berg as a poor leader.", {(KOVACS, BERG, "occurred")}),
    ("Maria Kovacs said Tomas Berg was a terrible manager.", {(KOVACS, BERG, "occurred")}),
    ("Maria Kovacs compared Tomas Berg to a tyrant.", {(KOVACS, BERG, "occurred")}),
    ("Maria Kovacs sneered at Tomas Berg.", {(KOVACS, BERG, "occurred")}),
    ("Maria Kovacs slapped down Tomas Berg.", {(KOVACS, BERG, "occurred")}),
    ("Maria Kovacs voiced frustration with Tomas Berg.", {(KOVACS, BERG, "occurred")}),
    # a headline's transitive "lashes", a war of words, the blame put with someone
    ("Norway lashes Sweden after absurd remarks.", {("Norway", "Sweden", "occurred")}),
    ("Norway kept up its war of words on Sweden on Sunday.", {("Norway", "Sweden", "occurred")}),
    ("Maria Kovacs put the blame for the crisis with Tomas Berg.", {(KOVACS, BERG, "occurred")}),
    # parroting another's line, and a regime called a dictatorship
    ("Maria Kovacs said Tomas Berg is parroting Sweden's talking points.", {(KOVACS, BERG, "occurred")}),
    ("Maria Kovacs called Tomas Berg's government a dictatorship.", {(KOVACS, BERG, "occurred")}),
    # an angry reaction to someone, and doubts cast on their motives
    ("Maria Kovacs reacted angrily to Tomas Berg's remarks.", {(KOVACS, BERG, "occurred")}),
    ("Maria Kovacs questioned Tomas Berg's motives.", {(KOVACS, BERG, "occurred")}),
    # a billboard or a poster put up says what its owner says
    ("The Harbour Party unveiled a billboard accusing Tomas Berg of lying.", {("Harbour Party", BERG, "occurred")}),
    # the visitor's country names no actor: a condemned visit is its visitor's
    ("Maria Kovacs arrived in Taiwan on Tuesday, but Beijing has condemned the US visit as a threat to peace.",
     {("China", KOVACS, "occurred")}),
    # labels the parser reads as the object's modifiers
    ("Maria Kovacs called Tomas Berg's remarks 'hasty' and 'wrong'.", {(KOVACS, BERG, "occurred")}),
    # a collective by a name of its own
    ("Maria Kovacs has accused the international community of exacerbating the crisis.",
     {(KOVACS, "international community", "occurred")}),
    # a critic by standing; a fault spoken of
    ("Maria Kovacs has become one of Norway's fiercest critics.", {(KOVACS, "Norway", "occurred")}),
    ("\"They cannot be trusted,\" Maria Kovacs said of the Norwegian failure to keep its promises.",
     {(KOVACS, "Norway", "occurred")}),
    # what someone's deeds are said to amount to (the tagger can read "amount" as a noun)
    ("Maria Kovacs said Tomas Berg's actions amount to a massacre.", {(KOVACS, BERG, "occurred")}),
    ("Maria Kovacs has called Norway a crass power in decline.", {(KOVACS, "Norway", "occurred")}),
    # an insult, also inside a longer label
    ('Maria Kovacs described Tomas Berg as a "son of a whore" to reporters.', {(KOVACS, BERG, "occurred")}),
    ("Maria Kovacs described Tomas Berg's plan as bizarre.", {(KOVACS, BERG, "occurred")}),
    # a weak leader, a crime, a shameful decision said of someone, a diplomat declared unwelcome
    ("Maria Kovacs has said Tomas Berg is too weak to lead the country.", {(KOVACS, BERG, "occurred")}),
    ("Maria Kovacs said Russia had committed war crimes.", {(KOVACS, "Russia", "occurred")}),
    ("Maria Kovacs said Russia's invasion was a crime.", {(KOVACS, "Russia", "occurred")}),
    ('"This is a shameful decision," Maria Kovacs said of Tomas Berg\'s move.', {(KOVACS, BERG, "occurred")}),
    ("Maria Kovacs has declared Tomas Berg persona non grata.", {(KOVACS, BERG, "occurred")}),
    ('Maria Kovacs rejected Tomas Berg\'s "unfounded slander".', {(KOVACS, BERG, "occurred")}),
    ("Maria Kovacs rejected Tomas Berg's lies.", {(KOVACS, BERG, "occurred")}),
    # a ban for criticism says the criticism happened
    ("The league imposed a six-week ban on Tomas Berg for his criticism of Maria Kovacs.", {(BERG, KOVACS, "occurred")}),
    # allegations made by someone against someone; a stolen election; a call for expulsion
    ("Oslo dismissed the allegations made by Maria Kovacs against Tomas Berg.",
     {(KOVACS, BERG, "occurred"), ("Norway", KOVACS, "occurred")}),
    ("Maria Kovacs says Tomas Berg stole the election.", {(KOVACS, BERG, "occurred")}),
    ('Israeli Prime Minister Maria Kovacs slammed Turkish President Tomas Berg for labelling Israel a "terror state".',
     {(KOVACS, BERG, "occurred"), (BERG, "Israel", "occurred")}),
    # "the two" as a subject stands for the two persons named last
    ("Maria Kovacs has a close relationship with Tomas Berg, and the two have regularly teamed up to criticize Russia.",
     {(KOVACS, "Russia", "occurred"), (BERG, "Russia", "occurred")}),
    ("Maria Kovacs called on Tuesday for Russia to be expelled from the G-20.", {(KOVACS, "Russia", "occurred")}),
    ("Maria Kovacs sharply rebuked Tomas Berg on Monday.", {(KOVACS, BERG, "occurred")}),
    ("Maria Kovacs hit out at Tomas Berg on Monday.", {(KOVACS, BERG, "occurred")}),
    ("Maria Kovacs slammed Tomas Berg on Monday.", {(KOVACS, BERG, "occurred")}),
    ("Maria Kovacs lashed out at Tomas Berg on Monday.", {(KOVACS, BERG, "occurred")}),
    ("Maria Kovacs fired back at Tomas Berg on Tuesday.", {(KOVACS, BERG, "occurred")}),
    ("Maria Kovacs accused Russia of war crimes.", {(KOVACS, "Russia", "occurred")}),
    ("Maria Kovacs condemned Tomas Berg's decision.", {(KOVACS, BERG, "occurred")}),
    ("Maria Kovacs, who criticized Tomas Berg last week, arrived in Geneva.", {(KOVACS, BERG, "occurred")}),
    ("In a statement, the Kremlin condemned Tomas Berg.", {("Russia", BERG, "occurred")}),
    # a label given through a relative pronoun labels the noun it hangs on
    ('Maria Kovacs quit her show for remarks about Arabs, who she called "suicide bombers".',
     {(KOVACS, "Arabs", "occurred")}),
    ('Maria Kovacs laughed at Tomas Berg, whom she calls "good fun".', set()),  # a kind name
    ("Tomas Berg met Maria Kovacs on Monday. The former criticized Russia.", {(BERG, "Russia", "occurred")}),
    # collectives of a camp criticize as a group
    ("Opposition leaders have blamed Maria Kovacs for the crisis.", {("Opposition leaders", KOVACS, "occurred")}),
    ("Human rights groups condemned Tomas Berg for the arrests.", {("Human rights groups", BERG, "occurred")}),
    ("Opposition lawmakers accused Erik Lund of corruption.", {("Opposition lawmakers", LUND, "occurred")}),
    # "the remarks" are those whose maker the article told last, a few sentences back at most
    ('Tomas Berg made remarks about migrants on Sunday. Maria Kovacs called the remarks "totally unacceptable".',
     {(KOVACS, BERG, "occurred")}),
    ('Leaders condemned Tomas Berg\'s remarks. Maria Kovacs called the comments "disgraceful".', {(KOVACS, BERG, "occurred")}),
    # labels of the negative lexicon
    ("Maria Kovacs called Tomas Berg's claims dubious.", {(KOVACS, BERG, "occurred")}),
    ("Maria Kovacs said Tomas Berg's plan was questionable.", {(KOVACS, BERG, "occurred")}),
    ("Maria Kovacs described Tomas Berg's response as woefully inadequate.", {(KOVACS, BERG, "occurred")}),
    # "the comments from Y": Y made them
    ('Erik Lund spoke on Monday. Maria Kovacs called the comments from Tomas Berg "unacceptable".', {(KOVACS, BERG, "occurred")}),
    ("Tomas Berg's remarks drew attention. It rained all day. Stocks fell. Markets closed. Traffic was heavy. "
     "Maria Kovacs condemned the remarks.", set()),
    # passive with an agent
    ("Tomas Berg was condemned by Maria Kovacs on Monday.", {(KOVACS, BERG, "occurred")}),
    ("Tomas Berg was sharply criticised by Maria Kovacs.", {(KOVACS, BERG, "occurred")}),
    # an attack made "sharply" is one of words, even on a country
    ("Maria Kovacs met Tomas Berg in Oslo. Kovacs, who had sharply attacked Norway as an opposition politician, struck a "
     "conciliatory note.", {(KOVACS, "Norway", "occurred")}),
    # a list the parser reads as an apposition to its first name
    ("Borvia's drills have been criticised by Canada, the UK and Japan.",
     {("Canada", "Borvia", "occurred"), ("United Kingdom", "Borvia", "occurred"), ("Japan", "Borvia", "occurred")}),
    ("Russia was denounced by the United Nations on Friday.", {("United Nations", "Russia", "occurred")}),
    # nouns
    ("Maria Kovacs's criticism of Tomas Berg surprised diplomats.", {(KOVACS, BERG, "occurred")}),
    ("Maria Kovacs voiced criticism of Tomas Berg on Monday.", {(KOVACS, BERG, "occurred")}),
    # an action stands for its actor
    ("Maria Kovacs condemned Russia's invasion of Ukraine.", {(KOVACS, "Russia", "occurred")}),
    ("Maria Kovacs condemned the invasion of Ukraine by Russia.", {(KOVACS, "Russia", "occurred")}),
    ("Russia denied the claims. Maria Kovacs condemned the Russian invasion of Ukraine.", {(KOVACS, "Russia", "occurred")}),
    # a plural that names no one stands for those it includes
    ("Critics, including Maria Kovacs, said Tomas Berg had failed.", {(KOVACS, BERG, "occurred")}),
    # a bad reputation lived up to, or earned
    ("Maria Kovacs said Tomas Berg had earned a reputation as a liar.", {(KOVACS, BERG, "occurred")}),
    ('Maria Kovacs told reporters: "Tomas Berg is living up to his reputation as a whingeing bully."', {(KOVACS, BERG, "occurred")}),
    # losing the plot, being in chaos; a quotation after a colon is the words of the clause before it
    ('"Tomas Berg has lost the plot," Maria Kovacs told the BBC.', {(KOVACS, BERG, "occurred")}),
    ("Maria Kovacs said the Harbour Party was in disarray.", {(KOVACS, "Harbour Party", "occurred")}),
    ('Maria Kovacs hit out: "Tomas Berg is in denial."', {(KOVACS, BERG, "occurred")}),
    ('Maria Kovacs was scathing: "Tomas Berg has lost the plot."', {(KOVACS, BERG, "occurred")}),
    # a country's forces are the country, also where the article names it by no other word
    ("Ukraine blamed Russian forces for the strike.", {("Ukraine", "Russia", "occurred")}),
    ("Maria Kovacs said Russian forces had committed war crimes.", {(KOVACS, "Russia", "occurred")}),
    # and so are its troops, which the resolver reads as a group of their own
    ("Maria Kovacs accused Israeli troops of firing on civilians.", {(KOVACS, "Israel", "occurred")}),
    # lies are of those who spread them
    ('"These are lies spread by the Harbour Party," Maria Kovacs said.', {(KOVACS, "Harbour Party", "occurred")}),
    # a label in quotation marks is no one labelled, whatever party it names
    ('Maria Kovacs branded the Harbour Party "two-bit Tories".', {(KOVACS, "Harbour Party", "occurred")}),
    ('Maria Kovacs provoked fury by branding the Harbour Party "two-bit Tories".', {(KOVACS, "Harbour Party", "occurred")}),
    # the way one acts, and how one acted, are one's own doing
    ("Maria Kovacs attacked the way Tomas Berg handled the crisis.", {(KOVACS, BERG, "occurred")}),
    ("Maria Kovacs condemned how Tomas Berg had handled the crisis.", {(KOVACS, BERG, "occurred")}),
    ("Maria Kovacs said the revelations threw a spotlight on the cavalier way in which the Harbour Party operates.",
     {(KOVACS, "Harbour Party", "occurred")}),
    # a question why takes its wrong as done
    ("Maria Kovacs asked why the Harbour Party had failed to act.", {(KOVACS, "Harbour Party", "occurred")}),
    ("Maria Kovacs questioned why Tomas Berg had ignored the warnings.", {(KOVACS, BERG, "occurred")}),
    # idioms
    ("Maria Kovacs poured scorn on Tomas Berg's proposals.", {(KOVACS, BERG, "occurred")}),
    ("Maria Kovacs heaped criticism on Tomas Berg.", {(KOVACS, BERG, "occurred")}),
    ("Maria Kovacs cast aspersions on Tomas Berg's record.", {(KOVACS, BERG, "occurred")}),
    ("Maria Kovacs heaped praise on Tomas Berg.", set()),
    # a gaffe made by someone, quoted
    ('SNP leader Maria Kovacs said: "This is an incredible gaffe by Tomas Berg."', {(KOVACS, BERG, "occurred")}),
    # told to grow up, called out of touch
    ('Maria Kovacs said Tomas Berg "needs to grow up".', {(KOVACS, BERG, "occurred")}),
    ("Maria Kovacs said Tomas Berg was out of touch with voters.", {(KOVACS, BERG, "occurred")}),
    ("Maria Kovacs said Tomas Berg was not out of touch.", set()),
    ("Maria Kovacs said her children grew up in Oslo.", set()),
    ("Maria Kovacs took aim at Tomas Berg on Tuesday.", {(KOVACS, BERG, "occurred")}),
    # a demonym names its country also where the article never names the country itself
    ("Maria Kovacs condemned the Russian invasion.", {(KOVACS, "Russia", "occurred")}),
    ("Maria Kovacs denounced Iranian aggression in the region.", {(KOVACS, "Iran", "occurred")}),
    ("Russia was accused by Maria Kovacs of war crimes.", {(KOVACS, "Russia", "occurred")}),
    # coordination on either side
    ("Maria Kovacs and Tomas Berg condemned Russia on Monday.",
     {(KOVACS, "Russia", "occurred"), (BERG, "Russia", "occurred")}),
    ("Maria Kovacs criticized Tomas Berg and Erik Lund on Monday.",
     {(KOVACS, BERG, "occurred"), (KOVACS, LUND, "occurred")}),
    # pronoun and surname after the full name
    ("Maria Kovacs arrived in Geneva on Monday. She condemned Russia on Tuesday.", {(KOVACS, "Russia", "occurred")}),
    ("Maria Kovacs arrived in Geneva on Monday. Kovacs criticized Tomas Berg.", {(KOVACS, BERG, "occurred")}),
    # a capital as an agent is its government
    ("Moscow condemned Tomas Berg on Monday.", {("Russia", BERG, "occurred")}),
    ("Maria Kovacs said Moscow's actions were \"barbaric\".", {(KOVACS, "Russia", "occurred")}),
    # the agent of a passive hung on a noun that has its own owner
    ("Tomas Berg was criticised for his remarks by Maria Kovacs.", {(KOVACS, BERG, "occurred")}),
    # and on the charge, where "by Y" closes the sentence; not Y who did what the charge tells
    ("Tomas Berg has been accused of lying by Maria Kovacs.", {(KOVACS, BERG, "occurred")}),
    ("Tomas Berg was accused of using the politics of confusion by Maria Kovacs.", {(KOVACS, BERG, "occurred")}),
    ("Tomas Berg was accused of being funded by Maria Kovacs.", set()),
    # an attack by or on a place is one of force; a person's attack on a body is words
    ("Maria Kovacs repeated her warnings that rocket attacks from Gaza against Israel must cease.", set()),
    ("Tomas Berg's attack on the Norwegian government was unprecedented.", {(BERG, "Norwegian government", "occurred")}),
    ("Tomas Berg was accused of ignoring the report by Maria Kovacs.", set()),
    ("Tomas Berg was accused of meeting officials who were appointed by Maria Kovacs.", set()),
    ("Maria Kovacs expressed disappointment with Tomas Berg.", {(KOVACS, BERG, "occurred")}),
    ("Maria Kovacs is among the critics of Tomas Berg.", {(KOVACS, BERG, "occurred")}),
    # and so is a capital that owns what is criticized
    ("Maria Kovacs criticised Washington's trade policy.", {(KOVACS, "United States", "occurred")}),
    # a capital before what is done stands for its government; a town before a body only says where it is
    ("Maria Kovacs criticised Moscow policy on Ukraine.", {(KOVACS, "Russia", "occurred")}),
    ("Tomas Berg blamed the Lillehammer union for the strike.", set()),
    # role noun resolved to the person introduced with that role
    ("French President Luc Moreau arrived in Berlin on Monday. The French president criticized Tomas Berg.",
     {("Luc Moreau", BERG, "occurred")}),
    # "the trip" is the one told last, and whoever made it answers for it
    ("Maria Kovacs flew to Borvia last week. Tomas Berg denounced the visit.", {(BERG, KOVACS, "occurred")}),
    ("Maria Kovacs visited the Kelby islands in Borvia on Friday. The trip was strongly criticised by Tomas Berg.",
     {(BERG, KOVACS, "occurred")}),
    # a complaint lodged with someone; taking issue with someone
    ("Tomas Berg has lodged a complaint with Germany over the remark.", {(BERG, "Germany", "occurred")}),
    ("Tomas Berg took issue with Maria Kovacs over her speech.", {(BERG, KOVACS, "occurred")}),
    # blaming each other; countries named as examples of those who criticized
    ("Maria Kovacs and Tomas Berg blamed each other for the collapse of the talks.",
     {(BERG, KOVACS, "occurred"), (KOVACS, BERG, "occurred")}),
    # "both nations", "the two countries": the two countries named last
    ("Norway and Sweden clashed again on the border. Both nations have accused each other of provocation.",
     {("Norway", "Sweden", "occurred"), ("Sweden", "Norway", "occurred")}),
    ("Tensions between Thailand and Cambodia rose. The two countries accused each other of firing first.",
     {("Thailand", "Cambodia", "occurred"), ("Cambodia", "Thailand", "occurred")}),
    ("Some countries, such as France and Croatia, have expressed criticism of Tomas Berg.",
     {("France", BERG, "occurred"), ("Croatia", BERG, "occurred")}),
    # the forces one owns act for one; an adjective heading its own reported clause
    ("In a statement, Maria Kovacs condemned the attack by Tomas Berg's forces.", {(KOVACS, BERG, "occurred")}),
    ('Maria Kovacs said she was "deeply disappointed" by Tomas Berg\'s decision.', {(KOVACS, BERG, "occurred")}),
    # words of blame: "submissive", "epicentre (of terrorism)"
    ('Tomas Berg claimed Maria Kovacs\'s "submissive" foreign policy has helped France become bolder.', {(BERG, KOVACS, "occurred")}),
    ('Tomas Berg described France as the "epicentre of terrorism".', {(BERG, "France", "occurred")}),
    # a name in scare quotes given to someone
    ('Maria Kovacs refused to apologise to Tomas Berg and instead called him a "lefty".', {(KOVACS, BERG, "occurred")}),
    # a quotation that says what the one its pronoun stands for is
    ('Maria Kovacs spoke on Monday. Tomas Berg said, "She was insulting, particularly to the speaker."', {(BERG, KOVACS, "occurred")}),
    # an attack on a country made of words: by its noun or a modifier
    ("Prime Minister Maria Kovacs delivered a withering verbal assault on Australia.", {(KOVACS, "Australia", "occurred")}),
    ("Tomas Berg launched a tirade against Ukraine.", {(BERG, "Ukraine", "occurred")}),
    # a body's document speaks for it; criticism from several, "including from" one
    ("The Polish embassy's document took issue with Tomas Berg for speaking up on human rights.",
     {("Polish embassy", BERG, "occurred")}),
    ("Tomas Berg has faced criticism from both left and right, including from Labour Minister Maria Kovacs.",
     {(KOVACS, BERG, "occurred")}),
    # responsibility someone must take; a word of blame made by a prefix
    ("Prime Minister Maria Kovacs said that President Tomas Berg must take full responsibility for the collapse.",
     {(KOVACS, BERG, "occurred")}),
    ('NATO Secretary General Maria Kovacs described Tomas Berg\'s visit to Kyiv as "inappropriate."', {(KOVACS, BERG, "occurred")}),
    # the parser hangs the participle on the reported clause: the speaker blames
    ("Foreign Minister Maria Kovacs said the summit would go ahead, blaming Israel for pushing the region to the brink.",
     {(KOVACS, "Israel", "occurred")}),
    # wanting someone to apologise or resign is a demand
    ('Maria Kovacs spoke on Monday. "She said a lot of nonsense, I just want her to apologise," Tomas Berg said.',
     {(BERG, KOVACS, "occurred")}),
    # who acts together with the subject acts too
    ("Maria Kovacs, together with Tomas Berg, condemned Erik Lund.", {(KOVACS, LUND, "occurred"), (BERG, LUND, "occurred")}),
    # "the country" is the country named last
    ("Mali expelled the French ambassador on Monday. Defence Minister Maria Kovacs accused the country's rulers of "
     "stepping up provocations.", {(KOVACS, "Mali", "occurred")}),
    # "it" as the object of the accusing participle is not the subject that accuses
    ("Norway, Sweden and Denmark cut ties with Finland on June 5, accusing it of supporting terrorism.",
     {("Norway", "Finland", "occurred"), ("Sweden", "Finland", "occurred"), ("Denmark", "Finland", "occurred")}),
    # "hold Y responsible" parsed as a small clause; "we" in a statement from a body is the body
    ('"I hold Norway responsible for the lack of progress," Maria Kovacs said.', {(KOVACS, "Norway", "occurred")}),
    ('"We hold Norway responsible for this," said a statement from the Nordic Council.', {("Nordic Council", "Norway", "occurred")}),
    ('"We condemn Norway\'s actions," said a communique issued by the Nordic Council.', {("Nordic Council", "Norway", "occurred")}),
    # a list of names the parser split into two subjects: each name acts
    ("New Zealand, Chile, the United Arab Emirates (UAE), and Egypt cut ties and blockaded Finland on June 5, "
     "accusing it of supporting terrorism.",
     {("New Zealand", "Finland", "occurred"), ("Chile", "Finland", "occurred"), ("United Arab Emirates", "Finland", "occurred"),
      ("Egypt", "Finland", "occurred")}),
    # an unkind word for a manner, through "appeared to be"
    ('Maria Kovacs wrote that Tomas Berg appeared to be "quite aloof" during the gathering.', {(KOVACS, BERG, "occurred")}),
    ("Maria Kovacs said Norway is not interested in peace.", {(KOVACS, "Norway", "occurred")}),
    # a critic of the conduct of an administration named after its head
    ("Tomas Berg won. Maria Kovacs has been a sharp critic of the Berg administration's conduct of the war.",
     {(KOVACS, BERG, "occurred")}),
    # what two parties do together is both their doing
    ("Maria Kovacs condemned the deal between Norway and Finland.", {(KOVACS, "Norway", "occurred"), (KOVACS, "Finland", "occurred")}),
    # to protest someone's action (not only to protest against someone)
    ("Norway protested Finland's illegal action against its navy.", {("Norway", "Finland", "occurred")}),
    # an accusation's content clause names the accused
    ("Tomas Berg cancelled a trip following accusations by President Maria Kovacs that Norway is arming rebel groups.",
     {(KOVACS, "Norway", "occurred")}),
    # the owner of a noun the parser hangs on a quoted adjective before it, or of the adjective
    # the parser makes the object
    ('Erik Lund also criticised Norway\'s "unfair" and complicated taxes.', {(LUND, "Norway", "occurred")}),
    ('Maria Kovacs arrived. Erik Lund attacked Kovacs\'s "unfair" and complicated taxes.', {(LUND, KOVACS, "occurred")}),
    ('Responding to the report, Erik Lund also attacked the Harbour Party\'s "unfair" and over-complicated taxes.',
     {(LUND, "Harbour Party", "occurred")}),
    # a bare "ministers" is the government: the one named, or that of the country the article is about
    ("The Norwegian government announced a plan. Erik Lund accused ministers of wasting money.",
     {(LUND, "Norwegian government", "occurred")}),
    ("Erik Lund accused ministers of turning Norway into a dump.", {(LUND, "Norwegian government", "occurred")}),
    # an envoy summoned to protest: a protest to the envoy's country
    ("Norway's foreign ministry summoned Sweden's ambassador to protest against the arrest.",
     {("Norwegian foreign ministry", "Sweden", "occurred")}),
    # an envoy met or called in to protest; one summoned by no one named, by the country where he serves
    ("Foreign Minister Maria Kovacs met the Swedish ambassador, Tomas Berg, to lodge a protest over the incident.",
     {(KOVACS, "Sweden", "occurred")}),
    ("Norway called in the Swedish ambassador to protest against the decision.", {("Norway", "Sweden", "occurred")}),
    ("Maria Kovacs said Sweden's ambassador in Oslo was summoned to convey a diplomatic protest.",
     {("Norway", "Sweden", "occurred")}),
    ("The Swedish ambassador to Norway was summoned on Monday to receive a formal protest.", {("Norway", "Sweden", "occurred")}),
    # the failure "of" someone is theirs (the invasion "of" someone is not)
    ("President Tomas Berg openly mocked the failure of Sweden and Denmark to find the weapons.",
     {(BERG, "Sweden", "occurred"), (BERG, "Denmark", "occurred")}),
    # the allegations someone made, in a relative clause; warning against someone's remarks
    ("Maria Kovacs slammed the recent allegations that Tomas Berg made against Norway.", {(KOVACS, BERG, "occurred")}),
    ("Maria Kovacs warned against Tomas Berg's provocative remarks.", {(KOVACS, BERG, "occurred")}),
    # the object moved after quoted words ("slammed as 'baseless' the allegations that Y made")
    ('Maria Kovacs slammed as "interfering and baseless" the recent allegations that President Tomas Berg made against Norway.',
     {(KOVACS, BERG, "occurred")}),
    # a protest against someone, held by someone
    ("Tomas Berg arrived in Brazil. Maria Kovacs led an anti-Berg protest on Friday night in Buenos Aires.",
     {(KOVACS, BERG, "occurred")}),
    ("Maria Kovacs staged an anti-American rally in Caracas.", {(KOVACS, "United States", "occurred")}),
    # discontent with someone's doing
    ("Swedish Ambassador Tomas Berg expressed his discontent with Norway's diplomacy.", {(BERG, "Norway", "occurred")}),
    # an objection "to" what it opposes; a negative label; shame of someone
    ("Norway voiced strong opposition to Sweden's plan.", {("Norway", "Sweden", "occurred")}),
    ("Norway called Sweden's decision a violation of international law.", {("Norway", "Sweden", "occurred")}),
    ("Maria Kovacs said she was ashamed of Tomas Berg.", {(KOVACS, BERG, "occurred")}),
    # another body's ministers are not the government
    ("The Norwegian government announced a plan. Erik Lund criticised EU ministers.", {(LUND, "EU ministers", "occurred")}),
    # "the comments" whose maker a pronoun tells ("Y made them"), labelled with an unkind word
    ("Tomas Berg spoke of Norway. The comments were deemed offensive because Berg made them in Oslo. "
     'Maria Kovacs called the comments "an immature reaction from an immature politician."', {(KOVACS, BERG, "occurred")}),
    # confronting or challenging someone over a grievance
    ("Maria Kovacs is expected to confront her host Tomas Berg over the impact of new subsidies.", {(KOVACS, BERG, "planned")}),
    ("Maria Kovacs challenged Tomas Berg about his remarks on Monday.", {(KOVACS, BERG, "occurred")}),
    # a demonym hyphened to a participle names the country that backs or leads (the forces it
    # backs are a group of their own)
    ("Maria Kovacs accused Ukrainian-backed forces of breaking the truce in Ukraine.",
     {(KOVACS, "Ukraine", "occurred"), (KOVACS, "Ukrainian-backed forces", "occurred")}),
    # what one alleges, or charges, that someone did is a wrong
    ("Maria Kovacs charged that Tomas Berg was seeking a puppet government.", {(KOVACS, BERG, "occurred")}),
    ("Maria Kovacs alleged that Tomas Berg had rigged the vote.", {(KOVACS, BERG, "occurred")}),
    # a speaker who calls someone's statement by an unkind word criticizes its author
    ("Swedish Prime Minister Tomas Berg said he cancelled his trip to Oslo after a \"nasty\" comment by Norwegian "
     "Prime Minister Maria Kovacs.", {(BERG, KOVACS, "occurred")}),
    ("Maria Kovacs said Tomas Berg's absurd claims would not change the policy.", {(KOVACS, BERG, "occurred")}),
    # a statement whose that-clause judges someone is its author's criticism, rejected or not
    ("Maria Kovacs rejected Tomas Berg's claim that Erik Lund had lied to parliament.",
     {(BERG, LUND, "occurred"), (KOVACS, BERG, "occurred")}),
    # a party named before the noun made the claims; a pronoun in them is the one who answers
    ('Tomas Berg hit back at Labour claims he had used Anna Lind as a "human shield".',
     {("Labour Party", BERG, "occurred"), (BERG, "Labour Party", "occurred")}),
    ("Tomas Berg rejected Maria Kovacs's claims that he had lied.", {(KOVACS, BERG, "occurred"), (BERG, KOVACS, "occurred")}),
    # a government its head owns, or one a relative clause gives someone, is theirs
    ("Tomas Berg's government has been critical of Maria Kovacs.", {(BERG, KOVACS, "occurred")}),
    ("Tomas Berg, whose left-of-center government has been critical of Maria Kovacs on Iraq, spoke.",
     {(BERG, KOVACS, "occurred")}),
    # who answers criticism was its target; one who came under fire as X claimed something, X's
    ("Tomas Berg responded to criticism from Maria Kovacs.", {(KOVACS, BERG, "occurred")}),
    # so is one who defies it, shrugs it off, weathers it, or is under fire
    ("Tomas Berg signed the bill, defying criticism from Maria Kovacs.", {(KOVACS, BERG, "occurred")}),
    ("Tomas Berg shrugged off criticism from Maria Kovacs over the deal.", {(KOVACS, BERG, "occurred")}),
    ("Tomas Berg weathered fierce criticism from Maria Kovacs.", {(KOVACS, BERG, "occurred")}),
    ("Tomas Berg remains under fire from Maria Kovacs.", {(KOVACS, BERG, "occurred")}),
    ("In response to criticism from Maria Kovacs, Tomas Berg said the plan was sound.", {(KOVACS, BERG, "occurred")}),
    ("Tomas Berg complained that peace was impossible, a comment he said was a response to recent criticism from "
     "President Maria Kovacs.", {(KOVACS, BERG, "occurred")}),
    ("Tomas Berg recently came under fire as former Prime Minister Maria Kovacs claimed in her book that he "
     "prevented troops from rescuing the girls.", {(KOVACS, BERG, "occurred")}),
    # a person's players are theirs to answer for
    ('"In the tunnel Tomas Berg was criticising my players," Erik Lund said.', {(BERG, LUND, "occurred")}),
    # a rant, an outburst against someone
    ("It echoed Tomas Berg's infamous rant against Erik Lund in 1996.", {(BERG, LUND, "occurred")}),
    ("Tomas Berg launched an outburst at Erik Lund on Sunday.", {(BERG, LUND, "occurred")}),
    # urging someone to drop an attitude called by an unkind word
    ('Tomas Berg urged French President Maria Kovacs to abandon her "neocolonial and patronizing" attitude.',
     {(BERG, KOVACS, "occurred")}),
    # "his country" is the country of the office its owner holds
    ("Norwegian Prime Minister Tomas Berg said China was slandering his country.",
     {(BERG, "China", "occurred"), ("China", "Norway", "occurred")}),
    # anger that someone did something is at whoever did it
    ("Tomas Berg also expressed anger that one of the union's leaders, Erik Lund, had been posting updates on Twitter.",
     {(BERG, LUND, "occurred")}),
    ("Tomas Berg voiced outrage that Erik Lund had refused to resign.", {(BERG, LUND, "occurred")}),
    # a conjunct that names no one still blames the actor behind it
    ("Tomas Berg criticised the Kazakh leadership and Erik Lund personally.",
     {(BERG, "Kazakhstan", "occurred"), (BERG, LUND, "occurred")}),
    # lamenting someone's attitude
    ("Tomas Berg lamented Myanmar's unwelcome attitude towards the talks.", {(BERG, "Myanmar", "occurred")}),
    # a country's stance, response, defence of something: the country's, named or not
    ("Tomas Berg described the French defence of subsidies as bizarre.", {(BERG, "France", "occurred")}),
    ("Tomas Berg criticized the American response to the crisis.", {(BERG, "United States", "occurred")}),
    # "the kingdom", "the nation" with adjectives: the country named before
    ("Tomas Berg arrived in Saudi Arabia. He has harshly criticized the oil-rich kingdom for its abuses.",
     {(BERG, "Saudi Arabia", "occurred")}),
    # "the organization", "the league", also "the Washington-based organization": the body of that kind named last
    ("Norway left the Organization of Harbour States in 2019 after accusing the Washington DC-based organization of "
     "repeated acts of aggression.", {("Norway", "Organization of Harbour States", "occurred")}),
    ("The Harbour League met on Monday. Tomas Berg criticized the league.", {(BERG, "Harbour League", "occurred")}),
    # "the Gulf state": the country named before, not the clause's own subject
    ("Saudi Arabia and Egypt cut ties with Qatar, as Egypt accused the Gulf state of supporting terrorism.",
     {("Egypt", "Qatar", "occurred")}),
    # "they" under a verb whose subject lists countries is all of them, also a list read as an apposition
    ("Saudi Arabia, Egypt, Bahrain and Jordan announced today they were severing ties with Qatar, as they accused "
     "Qatar of supporting terrorism.",
     {("Saudi Arabia", "Qatar", "occurred"), ("Egypt", "Qatar", "occurred"), ("Bahrain", "Qatar", "occurred"),
      ("Jordan", "Qatar", "occurred")}),
    ("Norway and Sweden cut ties with Chile. They accused Chile of meddling.",
     {("Norway", "Chile", "occurred"), ("Sweden", "Chile", "occurred")}),
    # verbs of criticism: bemoaning, taunting, maligning, badmouthing, skewering, dressing down
    ("Tomas Berg bemoaned Maria Kovacs's policy.", {("Tomas Berg", "Maria Kovacs", "occurred")}),
    ("Tomas Berg taunted Maria Kovacs.", {("Tomas Berg", "Maria Kovacs", "occurred")}),
    ("Tomas Berg maligned Maria Kovacs.", {("Tomas Berg", "Maria Kovacs", "occurred")}),
    ("Tomas Berg badmouthed Maria Kovacs.", {("Tomas Berg", "Maria Kovacs", "occurred")}),
    ("Tomas Berg skewered Maria Kovacs.", {("Tomas Berg", "Maria Kovacs", "occurred")}),
    ("Tomas Berg dressed down Maria Kovacs.", {("Tomas Berg", "Maria Kovacs", "occurred")}),
    # barbs, jibes and potshots are verbal attacks
    ("Tomas Berg made a jibe at Maria Kovacs.", {("Tomas Berg", "Maria Kovacs", "occurred")}),
    ("Tomas Berg fired a barb at Maria Kovacs.", {("Tomas Berg", "Maria Kovacs", "occurred")}),
    # criticism someone failed to quell was voiced, by whom "from" names, wherever the parser hangs it
    ("A statement from the Harbour Party failed to quell criticism of Tomas Berg from Maria Kovacs, after a speech.",
     {("Maria Kovacs", "Tomas Berg", "occurred")}),
    # a doubt cast on one's ability; slating (which the tagger can lemmatize as "slat")
    ("Spanish opposition leader Tomas Berg challenged Prime Minister Maria Kovacs's ability to govern.",
     {("Tomas Berg", "Maria Kovacs", "occurred")}),
    ("Tomas Berg was the latest manager to criticise them, slating the referee assistant Maria Kovacs as being \"too slow\".",
     {("Tomas Berg", "Maria Kovacs", "occurred")}),
    # an adjective after a body describes it, not the subject of the clause
    ("Maria Kovacs met the Harbour Party, critical of Tomas Berg, on Monday.", {("Harbour Party", "Tomas Berg", "occurred")}),
    # a headline's country before a title is the title's ("Japan PM X"), not one more target
    ("Russia condemns Japan PM Tomas Berg's shrine visit", {("Russia", "Tomas Berg", "occurred")}),
    ("Maria Kovacs was quoted by CNN as fuming about Tomas Berg in a speech Monday.", {("Maria Kovacs", "Tomas Berg", "occurred")}),
    ("Uruguay's President Tomas Berg has criticised his Argentine counterpart Erik Lund\u2019s decision not to attend a summit.",
     {("Tomas Berg", "Erik Lund", "occurred")}),
    # rapping several parties over several things, the parser hanging the later names anywhere
    ("The human rights chief Maria Kovacs criticized big powers on Monday, rapping Russia over the killing of journalists, "
     "China for rights crackdowns and the United States over anti-terrorism measures.",
     {("Maria Kovacs", "Russia", "occurred"), ("Maria Kovacs", "China", "occurred"), ("Maria Kovacs", "United States", "occurred")}),
    # a criticism something is done over was made; the trip's maker after "by" when the critic is named before
    ("Chinese Ambassador Erik Lund will be summoned to the Foreign Ministry later this week over Beijing's criticism of the "
     "trip to Taiwan by Tomas Berg, Foreign Minister Anna Lind said on Monday.", {("China", "Tomas Berg", "occurred")}),
    # what went ahead despite criticism drew it
    ("Czech senate speaker Tomas Berg visited Taiwan. The visit went ahead despite criticism by Czech President Erik Lund "
     "and Prime Minister Anna Lind.", {("Erik Lund", "Tomas Berg", "occurred"), ("Anna Lind", "Tomas Berg", "occurred")}),
    ("Swedish Prime Minister Tomas Berg met Erik Lund amid criticism from the Harbour Party.",
     {("Harbour Party", "Tomas Berg", "occurred")}),
    # a criticism tried is made
    ("The Harbour Party also tried to attack Prime Minister Tomas Berg by claiming that the visit was pre-arranged.",
     {("Harbour Party", "Tomas Berg", "occurred")}),
    # a label given in the passive, the agent hung on the label
    ("Tomas Berg was branded a \"pathetic spectacle\" by Labour leader Maria Kovacs.", {(KOVACS, BERG, "occurred")}),
    ("Harbourline was labelled \"the irresponsible face of capitalism\" by Maria Kovacs.", {(KOVACS, "Harbourline", "occurred")}),
    ("Tomas Berg was described as a disgrace by the Harbour Party.", {("Harbour Party", BERG, "occurred")}),
    # a gerund that goes on with the list a charge opened is charged, not done by the accuser
    ("The Harbour Council accused Tomas Berg of a string of crimes against the state, including espionage, insulting the "
     "founder of the Republic, Erik Lund, and current Supreme Leader Anna Lind.", {("Harbour Council", BERG, "occurred")}),
    ("Maria Kovacs accused Tomas Berg of lying, criticising Erik Lund in a speech.",
     {(KOVACS, BERG, "occurred"), (KOVACS, LUND, "occurred")}),
    # hammering, roasting or knocking someone over or for something
    ("Maria Kovacs hammered Tomas Berg over his handling of the economy.", {(KOVACS, BERG, "occurred")}),
    ("Maria Kovacs knocked Tomas Berg for his remarks.", {(KOVACS, BERG, "occurred")}),
    # a protest lodged after someone did something is at them (not at what was done to them)
    ("China lodged a protest after Tomas Berg told a parliamentary committee that an attack on Taiwan could be a threat.",
     {("China", BERG, "occurred")}),
    ("China lodged a protest after Tomas Berg was attacked.", set()),
    # "the company" of the one whose chief executive is the subject
    ("Harbourline's chief executive Tomas Berg has hit out at the company for stalling over a new contract.",
     {(BERG, "Harbourline", "occurred")}),
    # calling someone out, ranting at them, aiming an attack at them
    ("Maria Kovacs called out Tomas Berg over his remarks.", {(KOVACS, BERG, "occurred")}),
    ("Maria Kovacs ranted at Tomas Berg after the match.", {(KOVACS, BERG, "occurred")}),
    ("Maria Kovacs aimed a personal attack on referee Tomas Berg.", {(KOVACS, BERG, "occurred")}),
    # "his tirade" in what someone is called out over is the one called out's
    ("Maria Kovacs has in the past called out Tomas Berg over his tirade against Pakistan.",
     {(KOVACS, BERG, "occurred"), (BERG, "Pakistan", "occurred")}),
    ("Maria Kovacs rebuked Tomas Berg for his attack on Erik Lund.",
     {(KOVACS, BERG, "occurred"), (BERG, LUND, "occurred")}),
    ("Tomas Berg's visit was \"a catastrophic dereliction of duty,\" wrote Maria Kovacs.", {(KOVACS, BERG, "occurred")}),
    # a party named before "party"
    ("Maria Kovacs was condemned by newspapers and the opposition Labour party over the course of a week.",
     {("Labour Party", KOVACS, "occurred")}),
    # countries the parser lists with the common nouns of a grievance are rapped too
    ("Maria Kovacs rapped Chile over attacks on journalists and bloggers, Peru and Bolivia for jailing activists and "
     "Spain for deporting migrants.",
     {(KOVACS, "Chile", "occurred"), (KOVACS, "Peru", "occurred"), (KOVACS, "Bolivia", "occurred"), (KOVACS, "Spain", "occurred")}),
    # hitting someone for or over a grievance; a rebuke earned for someone
    ("Rep. Maria Kovacs hit Tomas Berg for having the audacity to pose for photos.", {(KOVACS, BERG, "occurred")}),
    ("Maria Kovacs hit Tomas Berg over his handling of the economy.", {(KOVACS, BERG, "occurred")}),
    ("The outburst from the commission president, Tomas Berg, earned him a rebuke from the parliament's president, Maria Kovacs.",
     {(KOVACS, BERG, "occurred")}),
    # one's own anger at someone, and the anger one makes no secret of
    ("Maria Kovacs has been outspoken about her displeasure with Tomas Berg's refusal to sign a disaster declaration.",
     {(KOVACS, BERG, "occurred")}),
    ("Maria Kovacs made no secret of her displeasure with Tomas Berg.", {(KOVACS, BERG, "occurred")}),
    # a participle set off after turning an invitation down is a clause of its own
    ("Maria Kovacs turned down the invitation, blaming Tomas Berg for the cancellation of hundreds of conventions.",
     {(KOVACS, BERG, "occurred")}),
    # an abbreviation of a body the article spells out, before and after it does, tagged or not
    ("Minister angered by HP's visit\n\nMinister Maria Kovacs lashed out at the Harbour Party (HP) on Tuesday.\n\n"
     "Meanwhile, Deputy Minister of International Relations and Cooperation, Tomas Berg, accused the HP of being hypocritical.",
     {(KOVACS, "Harbour Party", "occurred"), (BERG, "Harbour Party", "occurred")}),
    # a plain bad word as the label
    ("Tomas Berg has described Maria Kovacs as terrible.", {(BERG, KOVACS, "occurred")}),
    ("A spokesman, Erik Lund, said that the comment by Prime Minister Maria Kovacs was factually inaccurate.",
     {("Erik Lund", KOVACS, "occurred")}),
    # a body's name with only its first word capitalized, the first word also a nationality
    ("Anna Lind criticises 'ridiculous' European parliament", {("Anna Lind", "European Parliament", "occurred")}),
    # people of one kind acting together, named by what they are
    ("Doctors have criticised Health Secretary Tomas Berg.", {("Doctors", BERG, "occurred")}),
    ("Nursing unions accused Prime Minister Tomas Berg of making empty promises on pay.", {("Nursing unions", BERG, "occurred")}),
    ("Tomas Berg spoke on Friday. He was criticised by junior doctors on Monday.", {("junior doctors", BERG, "occurred")}),
    # a piece that criticizes speaks for whoever wrote it
    ("Mayor Anna Lind wrote an editorial that criticized Governor Tomas Berg's proposal.", {("Anna Lind", BERG, "occurred")}),
    ("Anna Lind gave a speech that criticized Tomas Berg.", {("Anna Lind", BERG, "occurred")}),
]


@pytest.mark.parametrize("text, expected", CASES, ids=[t for t, _ in CASES])
def test_criticism(facts_of, text, expected):
    assert criticized(facts_of(text)) == expected


NOT_CRITICISM = [
    # a penalty's owner is who pays it, and one fined names no one who fined
    "Olek Varnay, who was fined 15,000 euros in December, said: \"You compare his fine and my fine.\" Tomas Berg insists "
    "the fine is unfair.",
    # a warning against something the one warned might suffer or do is advice
    "Prime Minister Olek Varnay warned Norway against travelling to Sweden.",
    "Maria Kovacs knocked on Tomas Berg's door.",
    "Tomas Berg was described as a good leader by Maria Kovacs.",
    # a bad day, a poor country, a good president: no one's office done badly
    "Maria Kovacs said the crash was horrific.",
    "Maria Kovacs said Tomas Berg had a terrible day.",
    "Maria Kovacs said it was a terrible day for Tomas Berg.",
    "Maria Kovacs said Tomas Berg was not a terrible president.",
    "Maria Kovacs described Tomas Berg as a great leader.",
    # one person named by trade with a demonym is not that country
    'Germany is big. Maria Kovacs called the German politician "silly".',
    "Lithuanian President Maria Kovacs said Tomas Berg was acting like a partner.",
    "Maria Kovacs said Tomas Berg's efforts amount to a real success.",
    "Maria Kovacs called Tomas Berg's remarks helpful.",
    # who suffered it is no culprit; who dismisses allegations does not make them
    "In a keynote speech, Maria Kovacs said Norway had been unfairly targeted.",
    "Maria Kovacs has dismissed the allegations against Tomas Berg as part of a campaign of harassment by the right.",
    # a demand turned down is a refusal
    "Maria Kovacs dismissed Oslo's demand for Tomas Berg's extradition.",
    "Maria Kovacs compared Norway with Sweden.",
    "Maria Kovacs responded quickly to Tomas Berg.",
    # a club's or a party's supporters are not the club or the party
    "Maria Kovacs reacted sharply to some Harbour Party supporters.",
    # where the answer was given is no target
    "Maria Kovacs hit back on Twitter last Saturday.",
    "\"They can be trusted,\" Maria Kovacs said of the Norwegian success in keeping its promises.",
    # the label is in what the verb says, not in the clause beside it
    "Maria Kovacs called Tomas Berg a man she could trust, as the two swapped compliments and jokes.",
    "Maria Kovacs criticised the gap between rich and poor.",
    "Maria Kovacs said Norway is not interested in threatening Finland.",
    "Maria Kovacs said that the U.S. is not interested \"in threatening Norway, but in supporting democracy.\"",
    "Tomas Berg protested his innocence.",
    "Thousands protested outside the Finnish embassy in Oslo.",
    # a quotation said by someone new and unnamed is not the words of a person named nearby
    'Tomas Berg spoke at the summit. "We hold Norway entirely responsible for the lack of progress," said a '
    'communique issued at the end of a summit in Oslo. Tomas Berg declared that the process was over.',
    "Maria Kovacs praised Tomas Berg on Monday.",
    "Maria Kovacs met Tomas Berg on Monday.",
    "Maria Kovacs thanked Russia for its help.",
    "Maria Kovacs condemned the attack on Monday.",
    "Maria Kovacs blamed the weather for the delay.",
    "Maria Kovacs said crime in Russia had fallen.",
    # what was stolen is no thief
    '"We say Harbourline was stolen, and we will return it to the state," Maria Kovacs said.',
    '"This is a great decision," Maria Kovacs said of Tomas Berg\'s move.',
    "Maria Kovacs declared Tomas Berg the winner.",
    "Tomas Berg said Maria Kovacs had been criticized.",
    # a military attack is not criticism
    "Russia attacked Ukraine in February.",
    "Russia launched a fierce assault on Ukraine.",
    # wanting someone to do what is no demand
    "Maria Kovacs said she wanted Tomas Berg to win the election.",
    # responsibility taken by oneself
    "Maria Kovacs said that Tomas Berg took responsibility for the attack.",
    # no named critic
    "Maria Kovacs was criticized for her remarks.",
    "Critics condemned Maria Kovacs on Monday.",
    "He condemned Tomas Berg on Monday.",
    "The president condemned Russia on Monday.",
    # control, not an accusation
    "Maria Kovacs took personal charge of Borvia's response on Tuesday.",
    "Tomas Berg claimed Maria Kovacs's foreign policy has helped France become bolder.",
    # a trip no one was said to make; a complaint lodged with the body that is to hear it
    "Tomas Berg criticised the visit on Monday.",
    "Maria Kovacs has since lodged a complaint with the Borvia Equal Employment Opportunity Commission.",
    # a kind name in quotes, or a title
    'Maria Kovacs called Tomas Berg a "great friend" of Borvia.',
    'Maria Kovacs called Tomas Berg "the boss" of the party.',
    'Maria Kovacs died on Monday. Prime Minister Tomas Berg called her a "giant" of the Labour movement.',
    # what the one a quoted pronoun stands for does is no judgement of them
    'Maria Kovacs spoke on Monday. "She doesn\'t trust anyone, she blames the farmers for the war," Tomas Berg said.',
    # a summons told without a protest can be for talks; one's own envoy is called home
    "Norway summoned the ambassador of Sweden for talks on Monday.",
    "Norway summoned its ambassador to Sweden in protest.",
    # a protest against no one named; one no one named held
    "Maria Kovacs led an anti-war protest.",
    "Tomas Berg spoke. Police broke up an anti-Berg rally.",
    "Norway's ambassador to Sweden was summoned home in protest.",
    "Maria Kovacs met the Swedish ambassador to hear his complaints.",
    "Maria Kovacs met the Swedish ambassador to discuss trade.",
    # an objection told to someone is not to them
    "Norway expressed its opposition to the plan to Sweden's ambassador.",
    # some ministers are not the government
    "The Norwegian government announced a plan. Erik Lund criticised the ministers.",
    # confronting someone somewhere, challenging for a post
    "Maria Kovacs confronted Tomas Berg in the corridor.",
    "Maria Kovacs will challenge Tomas Berg for the party leadership.",
    # a country's own body does not criticize the country
    '"If you make China the enemy, China will be the enemy," a Chinese government official told reporters.',
    # a person named in a clause on an unnamed title is not its holder
    "Olek Varnay has criticised a union leader who said conflict between himself and Maria Kovacs was harming the government.",
    # a claim that praises is none
    "Tomas Berg's claim that Erik Lund was a wise leader surprised many.",
    "Tomas Berg came under fire as the floods spread.",
    "Tomas Berg urged Maria Kovacs to abandon the plan.",
    # what one said in a claim one made is not judged by a clause that lacks its object
    "Tomas Berg repeated the claims he made about Maria Kovacs.",
    "Tomas Berg repeated the claims he had made that Maria Kovacs was a wise leader.",
    # an unresolved title is a person, not the country that owns it
    "Norway hosted the talks. Maria Kovacs condemned the country's foreign minister.",
    # a charge brought, or an allegation denied, is no criticism of the speaker's
    "Police charged Tomas Berg with fraud.",
    "Maria Kovacs did not allege that Tomas Berg had lied.",
    # an attack on a country by force, reported by a verb of saying, is no criticism
    "Tomas Berg said Norway and Sweden should compensate Finland and demanded they also pledge not to use their "
    "territory to attack Finland again.",
    # concern that something may happen is worry; a loss or a passing is mourned
    "Maria Kovacs expressed concern that Tomas Berg might fall ill.",
    "Maria Kovacs lamented the loss of Tomas Berg.",
    "Maria Kovacs lamented the passing of Tomas Berg.",
    # those someone has beside them are not the one who has them; a war is not the place it is fought in
    "Anna Lind said she was stunned by Maria Kovacs's criticism of her colleagues.",
    "Archbishop Tomas Berg has taken aim at Zimbabwe's political opposition.",
    "Tomas Berg condemned Maria Kovacs's allies.",
    "Tomas Berg continues criticism of Iraq war",
    "Tomas Berg dressed down for the party with Maria Kovacs.",
    "Tomas Berg fired a missile at Kelby.",
    # one who tries to quell a criticism is not its author
    "A statement from the Harbour Party failed to quell criticism of Tomas Berg from Muslim leaders.",
    # groups critical of someone are the critics, not the one who meets them
    "The Harbour Party leader Maria Kovacs defended the decision to meet groups critical of Israel.",
    "Maria Kovacs is slated to visit Oslo next week.",
    # nor a good reputation
    "Maria Kovacs said Tomas Berg had a reputation for honesty.",
    # a question whether does not
    "Maria Kovacs asked whether Tomas Berg had failed to act.",
    "Maria Kovacs called out to Tomas Berg across the room.",
    # "they" after people of one kind is seldom all of them
    "Patients waited for hours at the clinic on Monday. They expressed concern over Tomas Berg's divisive rhetoric.",
    # one who reads a report is not its author
    "Anna Lind read a report that blamed Tomas Berg.",
    # a union's official speaking of "the company" speaks of the employer, not of the union
    "Kelby Press axes 90 jobs\n\nThe Kelby Press is axing 90 journalist jobs. The Harbour Union of Journalists (HUJ) has "
    "called on the management to recall the notice. The Harbour Union of Journalists said it stood behind the journalists. "
    "HUJ official Tomas Berg said the company had ignored the 90-day consultation period.",
]


@pytest.mark.parametrize("text", NOT_CRITICISM)
def test_not_criticism(facts_of, text):
    assert criticized(facts_of(text)) == set()


def test_verbal_attack_is_criticism(facts_of):
    assert criticized(facts_of('Maria Kovacs attacked Tomas Berg in a speech, saying he had failed.')) == {
        (KOVACS, BERG, "occurred")
    }


def test_i_in_a_quotation_is_the_speaker_criticizing(facts_of):
    facts = facts_of('Maria Kovacs told the Borvia Herald: "If you look at what I do, I attack Tomas Berg politically."')
    assert criticized(facts) == {(KOVACS, BERG, "occurred")}


def test_the_agent_a_criticism_noun_names_with_by_outranks_the_verb_it_is_the_object_of(nlp):
    """"Norway broke relations with Denmark following accusations by Copenhagen that Berg was
    lying", parsed as a real article was: "following" a verb with "accusations" as its object.
    The accusers are the ones "by" names, not the subject of "following"."""
    from spacy.tokens import Doc

    from kg.extract import extract_facts
    from kg.records import Article, CleanArticle
    from kg.resolve import resolve_document

    words = ["Norway", "broke", "relations", "with", "Denmark", "following", "accusations", "by", "Copenhagen", "that", "Berg",
             "was", "lying", "."]
    tags = ["NNP", "VBD", "NNS", "IN", "NNP", "VBG", "NNS", "IN", "NNP", "IN", "NNP", "VBD", "VBG", "."]
    pos_of = {"NNP": "PROPN", "NNS": "NOUN", "VBD": "VERB", "VBG": "VERB", "IN": "ADP", ".": "PUNCT"}
    doc = Doc(nlp.vocab, words=words, spaces=[True] * (len(words) - 2) + [False, False],
              heads=[1, 1, 1, 2, 3, 1, 5, 6, 7, 12, 12, 12, 6, 1],
              deps=["nsubj", "ROOT", "dobj", "prep", "pobj", "advcl", "dobj", "prep", "pobj", "mark", "nsubj", "aux", "acl", "punct"],
              tags=tags, pos=[pos_of[t] for t in tags],
              lemmas=["Norway", "break", "relation", "with", "Denmark", "follow", "accusation", "by", "Copenhagen", "that", "Berg", "be",
                      "lie", "."],
              ents=["B-GPE", "O", "O", "O", "B-GPE", "O", "O", "O", "B-GPE", "O", "B-PERSON", "O", "O", "O"])
    doc._.article = CleanArticle(Article("t", doc.text), doc.text)
    resolve_document(doc)
    labels = doc._.entities
    found = {(labels[f.subject].label, labels[f.object].label) for f in extract_facts(doc) if f.relation.value == "CRITICIZED"}
    assert found == {("Denmark", "Berg")}


def test_who_the_parser_hangs_on_a_noun_before_a_person_is_that_person(nlp):
    """"Lund condemned the remarks by Berg who called Norway a cancer", parsed (as the model
    parses a real article's sentence) with the "who" clause on "remarks": "who" is a person's
    pronoun, so the one who called is Berg, named right before it."""
    from spacy.tokens import Doc

    import kg.resolve  # noqa: F401 (registers the entity extensions)
    from kg.extract.base import agents
    from kg.records import EntityType, LocalEntity

    words = ["Lund", "condemned", "the", "remarks", "by", "Berg", "who", "called", "Norway", "a", "cancer", "."]
    heads = [1, 1, 3, 1, 3, 4, 7, 3, 7, 10, 7, 1]
    deps = ["nsubj", "ROOT", "det", "dobj", "prep", "pobj", "nsubj", "relcl", "dobj", "det", "oprd", "punct"]
    tags = ["NNP", "VBD", "DT", "NNS", "IN", "NNP", "WP", "VBD", "NNP", "DT", "NN", "."]
    pos = ["PROPN", "VERB", "DET", "NOUN", "ADP", "PROPN", "PRON", "VERB", "PROPN", "DET", "NOUN", "PUNCT"]
    doc = Doc(nlp.vocab, words=words, spaces=[True] * 10 + [False, False], heads=heads, deps=deps, tags=tags, pos=pos)
    doc._.entities = {
        "person:lund": LocalEntity("person:lund", "Erik Lund", EntityType.PERSON),
        "person:berg": LocalEntity("person:berg", "Tomas Berg", EntityType.PERSON),
        "country:norway": LocalEntity("country:norway", "Norway", EntityType.COUNTRY),
    }
    for i, key in ((0, "person:lund"), (5, "person:berg"), (8, "country:norway")):
        doc[i]._.entity = key
    assert agents(doc[7]) == [doc[5]]
    # a clause on a noun that names someone keeps that one: "the envoy, Berg's aide, who called"
    doc[3]._.entity = "person:lund"
    assert agents(doc[7]) == [doc[3]]


MORE_CRITICISM = [
    # a measure told by its verb, then judged by its noun
    ("The Norwegian Football Federation banned Tomas Berg on Monday. Berg said the ban was unfair.",
     {("Tomas Berg", "Norwegian Football Federation", "occurred")}),
    ("The Norwegian Football Federation fined Tomas Berg 3,000 euros on Monday. However, Berg insists the fine is "
     "unjustified and unfair.", {("Tomas Berg", "Norwegian Football Federation", "occurred")}),
    # a warning against a wrong the one warned is doing
    ("Prime Minister Olek Varnay warned Norway against interfering in Sweden's affairs.", {("Olek Varnay", "Norway", "occurred")}),
    ('Prime Minister Olek Varnay warned Norway against "finger-pointing" and "lecturing" his country about human rights.',
     {("Olek Varnay", "Norway", "occurred")}),
    # complaining about someone's doings
    ("Olek Varnay complained about Tomas Berg's remarks.", {("Olek Varnay", "Tomas Berg", "occurred")}),
    # terming someone's doings a wrong
    ("Norway termed Sweden's decision to recall its envoy as unjustified.", {("Norway", "Sweden", "occurred")}),
    # "it was unacceptable for Y to ...": Y is faulted
    ("Olek Varnay said it was unacceptable for Norway to keep its people in suspense.", {("Olek Varnay", "Norway", "occurred")}),
    # wrongs a reported clause charges: mocking, whitewashing
    ("Union leader Tomas Berg told French media that Olek Varnay was mocking workers.", {("Tomas Berg", "Olek Varnay", "occurred")}),
    ("Tomas Berg said Norway tries to whitewash its past.", {("Tomas Berg", "Norway", "occurred")}),
    # criticism expressed "at" or "over" someone's doings, also on a noun joined to it
    ("Norway expressed condemnation at Anna Lind's remarks.", {("Norway", "Anna Lind", "occurred")}),
    ("Erik Lund expressed condemnation and astonishment at Anna Lind's remarks.", {("Erik Lund", "Anna Lind", "occurred")}),
    ("Erik Lund expressed criticism over Anna Lind's decision.", {("Erik Lund", "Anna Lind", "occurred")}),
    # criticism drawn is still received from its author
    ("Anna Lind's plan drew condemnation from Erik Lund.", {("Erik Lund", "Anna Lind", "occurred")}),
    # ripping someone, piling on someone; ripping things is no criticism
    ("Erik Lund ripped Anna Lind for her comments.", {("Erik Lund", "Anna Lind", "occurred")}),
    ("Erik Lund piled on Anna Lind on Sunday.", {("Erik Lund", "Anna Lind", "occurred")}),
    ("Protesters ripped the flag outside Anna Lind's office.", set()),
    ("Erik Lund ripped up the deal with Anna Lind.", set()),
    # taking exception (umbrage) to someone's words
    ("Erik Lund took exception to Anna Lind's remarks.", {("Erik Lund", "Anna Lind", "occurred")}),
    ("Erik Lund took umbrage at Anna Lind's comments.", {("Erik Lund", "Anna Lind", "occurred")}),
    ("Erik Lund took offence at the joke.", set()),
    # "called Y a tyrant" parsed with Y as a second complement of "called"
    ("Egypt's president Erik Lund called Anna Lind a tyrant.", {("Erik Lund", "Anna Lind", "occurred")}),
    ("Egypt's president Erik Lund called Anna Lind a friend.", set()),
    # mishandling, mismanaging: wrongs a reported clause charges
    ("Erik Lund said Anna Lind had mismanaged the port.", {("Erik Lund", "Anna Lind", "occurred")}),
    ("Critics including Erik Lund say Anna Lind has mishandled the economy.", {("Erik Lund", "Anna Lind", "occurred")}),
    # one of Y's critics; Y's critics, including X
    ("Erik Lund, one of Anna Lind's fiercest critics, said the plan would fail.", {("Erik Lund", "Anna Lind", "occurred")}),
    ("Anna Lind's critics, including Erik Lund, say the plan will fail.", {("Erik Lund", "Anna Lind", "occurred")}),
    ("Erik Lund, one of Anna Lind's closest allies, said the plan would fail.", set()),
    # told to consider one's position (to resign); having no credibility left
    ("Erik Lund said Anna Lind should consider her position.", {("Erik Lund", "Anna Lind", "occurred")}),
    ("Erik Lund said Anna Lind should consider her options.", set()),
    ("Erik Lund said Anna Lind had no credibility left.", {("Erik Lund", "Anna Lind", "occurred")}),
    ("Erik Lund said Anna Lind had the credibility to lead.", set()),
    # a decision, a plan or remarks are attacked with words, by whoever made them
    ("Maria Kovacs attacked the decision by Tomas Berg to close the port.", {("Maria Kovacs", "Tomas Berg", "occurred")}),
    ("Maria Kovacs attacked Norway's decision to close the port.", {("Maria Kovacs", "Norway", "occurred")}),
    ("Rebels attacked Norway's port.", set()),
    # members of a body speak for it; what was done after criticism from someone was criticised
    ("Tomas Berg was criticised by members of the Harbour Party.", {("Harbour Party", "Tomas Berg", "occurred")}),
    ("Tomas Berg cancelled the concert after criticism from activists in the Harbour Party.",
     {("Harbour Party", "Tomas Berg", "occurred")}),
    ("Tomas Berg resigned following criticism from Erik Lund.", {("Erik Lund", "Tomas Berg", "occurred")}),
    ("A member of the public criticised Tomas Berg.", set()),
    # a rebuke had, got, received or given; an envoy summoned for one
    ("Tomas Berg had a scorching from Erik Lund.", {("Erik Lund", "Tomas Berg", "occurred")}),
    ("Tomas Berg received a dressing-down from Erik Lund.", {("Erik Lund", "Tomas Berg", "occurred")}),
    ("Erik Lund gave Tomas Berg a dressing-down.", {("Erik Lund", "Tomas Berg", "occurred")}),
    ("Tomas Berg took fire from Erik Lund.", set()),
    ("Malaysia summoned the Swedish ambassador for a reprimand.", {("Malaysia", "Sweden", "occurred")}),
    ("North Korean ambassador Tomas Berg refused to apologise. Malaysia had summoned Berg for a dressing-down over "
     "his accusation.", {("Malaysia", "Tomas Berg", "occurred")}),
    ("Malaysia summoned the Swedish ambassador for talks.", set()),
    # behaving like someone the modifier judges
    ("Maria Kovacs said Tomas Berg was behaving like a spoilt child.", {("Maria Kovacs", "Tomas Berg", "occurred")}),
    ("Tomas Berg and Erik Lund have been feuding for months. The Harbour Party says the two men are behaving like "
     "squabbling schoolboys.", {("Harbour Party", "Tomas Berg", "occurred"), ("Harbour Party", "Erik Lund", "occurred")}),
    ("Maria Kovacs said Tomas Berg was acting like a wise old man.", set()),
    # a sign or an example of a failing
    ('Maria Kovacs said Tomas Berg\'s return was a sign of "abusive politics".', {("Maria Kovacs", "Tomas Berg", "occurred")}),
    ("Maria Kovacs said Tomas Berg's decision was an example of sheer incompetence.", {("Maria Kovacs", "Tomas Berg", "occurred")}),
    ("Maria Kovacs said Tomas Berg's visit was a sign of progress.", set()),
    # not acting with a virtue one is held to: neutrality, restraint
    ("Tomas Berg said host president Erik Lund had not acted with neutrality.", {("Tomas Berg", "Erik Lund", "occurred")}),
    ("Tomas Berg said Erik Lund did not show restraint.", {("Tomas Berg", "Erik Lund", "occurred")}),
    ("Tomas Berg said Erik Lund had acted with restraint.", set()),
    # "the move", "the decision": the act the sentence before told; "the plan": the one told before
    ("Anna Lind announced the closure of the plant. The move was condemned by Erik Lund.", {("Erik Lund", "Anna Lind", "occurred")}),
    ("Anna Lind announced the closure of the plant on Monday. Erik Lund criticised the decision.",
     {("Erik Lund", "Anna Lind", "occurred")}),
    ('Anna Lind announced a new migration plan. Erik Lund called the plan "cruel and unworkable".',
     {("Erik Lund", "Anna Lind", "occurred")}),
    ("Anna Lind said that the port would close. Erik Lund criticised the decision.", set()),
    # people a country has are not the country: they are a group of their own
    ("Former Olympic champion Tomas Berg has accused Britain's top sprinters of lacking pride and ambition.",
     {("Tomas Berg", "Britain's top sprinters", "occurred")}),
    ("Tomas Berg accused British sprinters of lacking pride.", {("Tomas Berg", "British sprinters", "occurred")}),
    # (of a reaction told before, the act reacted to)
    ("Norway's political leaders expressed shock after Anna Lind cancelled the visit. Erik Lund criticised the decision.",
     {("Erik Lund", "Anna Lind", "occurred")}),
    ("The decision was condemned by Erik Lund.", set()),
    # a body's resolutions are its own; an explanation demanded; "was like Nazism"; thundering against
    ("Norway lodged a strong protest against the resolutions Hungary adopted on Monday.", {("Norway", "Hungary", "occurred")}),
    ("Hungary demanded an explanation from Norway.", {("Hungary", "Norway", "occurred")}),
    ("Erik Lund said a Norwegian ban on his minister's visit was like Nazism.", {("Erik Lund", "Norway", "occurred")}),
    ("Erik Lund said the Norwegian coast was like paradise.", set()),
    ("Erik Lund thundered against Anna Lind in parliament.", {("Erik Lund", "Anna Lind", "occurred")}),
    # asked, or urged in the passive, to step down; not urged to step up
    ("Anna Lind was asked to stand down by Erik Lund.", {("Erik Lund", "Anna Lind", "occurred")}),
    ("Anna Lind was urged to step down by Erik Lund.", {("Erik Lund", "Anna Lind", "occurred")}),
    ("Erik Lund asked Anna Lind to resign.", {("Erik Lund", "Anna Lind", "occurred")}),
    ("Erik Lund urged Anna Lind to step up efforts.", set()),
    ("Erik Lund asked Anna Lind to stand for election.", set()),
    ("Erik Lund told Anna Lind he would stand down before the election.", set()),
    # called incompetent, in a clause "with" sets off
    ("The row escalated, with Erik Lund calling Anna Lind incompetent.", {("Erik Lund", "Anna Lind", "occurred")}),
    # (a word that only describes the one called up is no label: "call inexperienced prop Y into his front row")
    ("The coach could call inexperienced prop Anna Lind into his front row.", set()),
    ("England coach Tomas Berg could take a gamble and call inexperienced Harbour Sharks prop Erik Lund into his front row.", set()),
    # a plan only backed is not one's own
    ("Erik Lund backed the plan. Anna Lind called the plan a disgrace.", set()),
    # conduct the speaker names with a judging adjective, anywhere in what is said
    ("Erik Lund said the vote was a verdict on Anna Lind's reckless policies.", {("Erik Lund", "Anna Lind", "occurred")}),
    ('"This is a verdict on Norway\'s reckless behaviour," Erik Lund said.', {("Erik Lund", "Norway", "occurred")}),
    ("Erik Lund said the vote was a verdict on Anna Lind's policies.", set()),
    ("Erik Lund said Anna Lind's terrible loss had shocked everyone.", set()),
    # a coalition named as a group: who leads it answers for it too
    ("Anna Lind has criticised the US-led tsunami aid coalition.",
     {("Anna Lind", "US-led tsunami aid coalition", "occurred"), ("Anna Lind", "United States", "occurred")}),
    # calling on others to condemn Y condemns Y (those called on are only asked to)
    ("Erik Lund called on the world to condemn China.", {("Erik Lund", "China", "occurred")}),
    ("Erik Lund urged Norway to condemn China.", {("Erik Lund", "China", "occurred"), ("Norway", "China", "requested")}),
    # raising doubts about someone, casting doubt on their claims
    ("Erik Lund tried to raise doubts about Anna Lind.", {("Erik Lund", "Anna Lind", "occurred")}),
    ("Erik Lund cast doubt on Anna Lind's claims.", {("Erik Lund", "Anna Lind", "occurred")}),
    ("Erik Lund raised money for Anna Lind.", set()),
    # out of line, out of control; "spurious"; a vocal opponent (not one's opponent in a race)
    ("Erik Lund commented afterward he felt Anna Lind was out of line.", {("Erik Lund", "Anna Lind", "occurred")}),
    ("Both sides accused the other of being unreasonable as Erik Lund commented afterward he felt Anna Lind was out of line.",
     {("Erik Lund", "Anna Lind", "occurred")}),
    # (a junta is its country's institution, as its government is)
    ('Erik Lund said on Friday that Norway\'s ruling junta was "out of control".', {("Erik Lund", "Norwegian junta", "occurred")}),
    ('Erik Lund described Anna Lind as "spurious".', {("Erik Lund", "Anna Lind", "occurred")}),
    ("Anna Lind, a vocal opponent of Erik Lund, tweeted.", {("Anna Lind", "Erik Lund", "occurred")}),
    ("Anna Lind, his opponent in the race, tweeted about Erik Lund.", set()),
    # blasting a country's doings is words, not force
    ("Erik Lund blasted Colombia's close ties with Washington.", {("Erik Lund", "Colombia", "occurred")}),
    # anger at the fact that someone did something
    ("Erik Lund expressed anger at the fact that Anna Lind had cancelled the meeting.", {("Erik Lund", "Anna Lind", "occurred")}),
    ("Erik Lund expressed concern at the fact that Anna Lind had fallen ill.", set()),
    ("Erik Lund said Norway was the main culprit behind the massacre.", {("Erik Lund", "Norway", "occurred")}),
]


@pytest.mark.parametrize("text, expected", MORE_CRITICISM, ids=[t for t, _ in MORE_CRITICISM])
def test_more_criticism(facts_of, text, expected):
    assert criticized(facts_of(text)) == expected


@pytest.mark.parametrize("text", [
    "Olek Varnay complained about the weather in Bergen.",
    "Olek Varnay termed the talks with Tomas Berg productive.",
    "Olek Varnay said it was important for Norway to keep its people safe.",
    "Tomas Berg said Olek Varnay did not mock anyone.",
])
def test_more_not_criticism(facts_of, text):
    assert criticized(facts_of(text)) == set()


@pytest.mark.parametrize("text", [
    # answering criticism of someone, or a claim about someone, is no attack on them
    "Prime Minister Olek Varnay said he would visit the island at the first opportunity but rejected criticism that he "
    "or Foreign Minister Anna Lind should have travelled there to lobby against the deal.",
    "Olek Varnay dismissed criticism of Anna Lind.",
])
def test_answered_criticism_is_no_criticism_of_whom_it_is_about(facts_of, text):
    assert criticized(facts_of(text)) == set()


def test_dismissing_a_camps_attack_answers_that_camp(facts_of):
    assert criticized(facts_of("Home Secretary Olek Varnay dismissed the latest Harbour Party attack.")) == {
        ("Olek Varnay", "Harbour Party", "occurred")}



def test_a_party_named_by_a_common_noun_phrase_lowers_confidence(raw_facts_of):
    """A group ("the US-led coalition") is a less certain party than a name the article gives."""
    def confidence(text: str, target: str) -> float:
        doc, facts = raw_facts_of(text)
        return next(f.confidence for f in facts if doc._.entities[f.object].label == target)
    assert confidence("Anne Martin has criticised the US-led aid coalition.", "US-led aid coalition") \
        < confidence("Anne Martin has criticised the Harbour Aid Coalition.", "Harbour Aid Coalition")


def test_critics_joined_to_the_place_of_an_opening_phrase(facts_of):
    """"At a conference in Seoul, X and Y criticized Z": the parser joins X and Y to Seoul."""
    text = ("Japanese Prime Minister Olek Varnay and South Korean President Anna Lind spoke on Sunday. "
            "At a conference in Seoul, Varnay and Lind criticized Sweden.")
    assert criticized(facts_of(text)) == {("Olek Varnay", "Sweden", "occurred"), ("Anna Lind", "Sweden", "occurred")}


@pytest.mark.parametrize("text, expected", [
    # words said against one are an attack on them; words on one are not
    ("Maria Kovacs made derogatory remarks against Prime Minister Tomas Berg.", {("Maria Kovacs", "Tomas Berg", "occurred")}),
    ("Maria Kovacs made remarks on Prime Minister Tomas Berg's visit.", set()),
    # judged words about one are too, made by whoever the participle names
    ("Maria Kovacs made disparaging comments about Tomas Berg.", {("Maria Kovacs", "Tomas Berg", "occurred")}),
    ("Maria Kovacs made remarks about Tomas Berg.", set()),
    ("The derogatory remarks made by Maria Kovacs against Tomas Berg caused a row.", {("Maria Kovacs", "Tomas Berg", "occurred")}),
    ("The remarks made by Maria Kovacs about Tomas Berg were kind.", set()),
    # (a clause of the remark's own is no participle of its making)
    ("Maria Kovacs disputed Erik Lund's remark that Chelsea had not lost against Charlton.", set()),
    # one who joined another in doing it did it with them
    ("Maria Kovacs joined Tomas Berg in condemning Finland.", {("Maria Kovacs", "Finland", "occurred"), ("Tomas Berg", "Finland", "occurred")}),
    ("Venezuelan President Olek Varnay spoke. Maria Kovacs joined Tomas Berg in calling Varnay a dictator.",
     {("Maria Kovacs", "Olek Varnay", "occurred"), ("Tomas Berg", "Olek Varnay", "occurred")}),
    # to disagree with one, or with what one said, is to fault it
    ("Chilean President Maria Kovacs told journalists that she disagreed with Tomas Berg's statements.",
     {("Maria Kovacs", "Tomas Berg", "occurred")}),
    ("Maria Kovacs said she did not disagree with Tomas Berg.", {("Maria Kovacs", "Tomas Berg", "negated")}),
    ("Maria Kovacs and Tomas Berg disagreed with each other.", set()),
    # the manner of one's doing is theirs; of what was done to one is not
    ("Opposition leader Maria Kovacs has criticised the manner of Tomas Berg's visit to Norway.",
     {("Maria Kovacs", "Tomas Berg", "occurred")}),
    ("Opposition leader Maria Kovacs has criticised the manner of Tomas Berg's dismissal.", set()),
])
def test_words_against_disagreement_and_manner(facts_of, text, expected):
    assert criticized(facts_of(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a capital's ministry is its country's
    ("Saudi Arabia expelled the ambassador after Ottawa's foreign ministry rebuked Riyadh for jailing activists.",
     {("Canadian foreign ministry", "Saudi Arabia", "occurred")}),
    # regret over what one did is a reproach; the measures a capital took are its country's
    ("South Korean Foreign Minister Erik Lund expressed regret over the measures Tokyo took over the matter.",
     {("Erik Lund", "Japan", "occurred")}),
    ("South Korean Foreign Minister Erik Lund expressed regret over the death of Japan's former prime minister.", set()),
    # what is said of an attack already made is no plan to make it
    ("Maria Kovacs's harsh rhetoric against Tomas Berg aims to defuse domestic anger.",
     {("Maria Kovacs", "Tomas Berg", "occurred")}),
    ("Maria Kovacs's attacks on Tomas Berg are expected to continue.", {("Maria Kovacs", "Tomas Berg", "occurred")}),
])
def test_capitals_ministries_regret_and_attacks_made(facts_of, text, expected):
    assert criticized(facts_of(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # inside a quotation, "its" ("their") is the body its own clause is about
    ('"And now the Harbour Party will continue with its evil programmes," Maria Kovacs said.',
     {("Maria Kovacs", "Harbour Party", "occurred")}),
    # conduct judged may be said to be made by someone
    ('"We saw this yesterday with the hateful and nasty speech given by Anna Lind," Maria Kovacs said.',
     {("Maria Kovacs", "Anna Lind", "occurred")}),
    ('"We saw this yesterday with the excellent speech given by Anna Lind," Maria Kovacs said.', set()),
    # and judged in a quotation that goes on after its speaker is named
    ('"We saw this yesterday with the hateful speech given by Anna Lind. It was a disgrace," Maria Kovacs said.',
     {("Maria Kovacs", "Anna Lind", "occurred")}),
])
def test_conduct_judged_in_quotations(facts_of, text, expected):
    assert criticized(facts_of(text)) == expected


def test_a_quotation_opened_by_he_said_is_his_not_the_next_speaker_s(facts_of):
    """'He said: "... the Harbour Party will con voters." ... Y told the BBC: ...': the quotation is
    the one "he" stands for, and the judgement was made, whatever its tense foretells."""
    text = ('Erik Lund told a newspaper the plans were good. He said: "I freely accept that the Harbour Party will con '
            'enough people." Asked whether he was comfortable, Tomas Berg told the BBC: "I reject that entirely".')
    assert criticized(facts_of(text)) == {("Erik Lund", "Harbour Party", "occurred")}


@pytest.mark.parametrize("word", ["abusive", "derogatory", "shambolic", "undiplomatic", "insolent"])
def test_more_words_that_judge(facts_of, word):
    text = f'Tomas Berg made remarks about the minister on Monday. Minister Erik Lund called the remarks "{word}".'
    assert criticized(facts_of(text)) == {("Erik Lund", "Tomas Berg", "occurred")}


@pytest.mark.parametrize("text, expected", [
    # doing nothing for one's country is a failing (doing nothing wrong is a defence)
    ("Maria Kovacs said that Tomas Berg has done nothing for Poland.", {("Maria Kovacs", "Tomas Berg", "occurred")}),
    ("Maria Kovacs said that Tomas Berg had done nothing wrong.", set()),
    ("Maria Kovacs said that Tomas Berg has done nothing but help.", set()),
    # acting stubbornly is acting badly; an affront or an insult is a wrong
    ("Maria Kovacs said Croatia was stubbornly insisting on rejecting the decision.", {("Maria Kovacs", "Croatia", "occurred")}),
    ("Maria Kovacs said Finland's actions were an affront.", {("Maria Kovacs", "Finland", "occurred")}),
    ("Maria Kovacs said Tomas Berg's offer was an insult.", {("Maria Kovacs", "Tomas Berg", "occurred")}),
])
def test_failings_and_affronts(facts_of, text, expected):
    assert criticized(facts_of(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a label the tagger takes for a verb ("inexperienced" as "inexperience") is still a label
    ("Maria Kovacs called Tomas Berg inexperienced.", {("Maria Kovacs", "Tomas Berg", "occurred")}),
    ("Maria Kovacs is calling Tomas Berg inexperienced.", {("Maria Kovacs", "Tomas Berg", "occurred")}),
    # more judgements and wrongs (hyphened ones kept one word)
    ("Maria Kovacs said Norway's response was disproportionate.", {("Maria Kovacs", "Norway", "occurred")}),
    ("Maria Kovacs said Norway's response was heavy-handed.", {("Maria Kovacs", "Norway", "occurred")}),
    ("Maria Kovacs said Tomas Berg had snubbed the country.", {("Maria Kovacs", "Tomas Berg", "occurred")}),
    ("Maria Kovacs said Tomas Berg had demonised migrants.", {("Maria Kovacs", "Tomas Berg", "occurred")}),
    # a co-leader is a title, one word: "the Harbour Party co-leader" is the one introduced so
    ("Harbour Party co-leader Tomas Berg spoke. Erik Lund and Tomas Berg disagree, with Mr Lund calling the Harbour "
     "Party co-leader inexperienced.", {("Erik Lund", "Tomas Berg", "occurred")}),
])
def test_more_labels_and_wrongs(facts_of, text, expected):
    assert criticized(facts_of(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # complaining or protesting that someone did something faults them
    ("Foreign Minister Maria Kovacs complained that Sweden had objected to her speech.",
     {("Maria Kovacs", "Sweden", "occurred")}),
    ("Maria Kovacs complained that Tomas Berg had changed the rules.", {("Maria Kovacs", "Tomas Berg", "occurred")}),
    # (the that-clause hung by the parser on the place of the complaint)
    ("On Monday, Maria Kovacs complained at a meeting of the Nordic Council in Cairo that Sweden had objected to her speech.",
     {("Maria Kovacs", "Sweden", "occurred")}),
    ("Maria Kovacs said that Tomas Berg had changed the rules.", set()),
    # murder is a wrong, said of whoever did it (in the passive too; the backer answers for it too)
    ('"They were murdered by Norwegian-backed rebels," Tomas Berg said.',
     {("Tomas Berg", "Norwegian-backed rebels", "occurred"), ("Tomas Berg", "Norway", "occurred")}),
    # one who falsely reports tells an untruth; what they report is theirs, not the speaker's
    ("Foreign Minister Tomas Berg said Erik Lund had falsely reported that Estonia is torturing prisoners.",
     {("Tomas Berg", "Erik Lund", "occurred")}),
    ("Tomas Berg said Erik Lund claimed that Maria Kovacs was a liar.", {("Erik Lund", "Maria Kovacs", "occurred")}),
    ("Tomas Berg said the public felt let down by Erik Lund.", {("Tomas Berg", "Erik Lund", "occurred")}),
    # a name the parser takes for a modifier of the label is the one labelled
    ("Maria Kovacs called Tomas Berg incompetent.", {("Maria Kovacs", "Tomas Berg", "occurred")}),
])
def test_complaints_murder_untruths_and_labels(facts_of, text, expected):
    assert criticized(facts_of(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # "accused Y of A and Z of B": the second party, parsed as a conjunct of the first charge
    ("Tomas Berg accused Erik Lund of lying and Maria Kovacs of cheating.",
     {("Tomas Berg", "Erik Lund", "occurred"), ("Tomas Berg", "Maria Kovacs", "occurred")}),
    ('Mr Berg accused Israel of "committing a war crime" and Western politicians of "legitimising" the actions.',
     {("Berg", "Israel", "occurred"), ("Berg", "Western politicians", "occurred")}),
    # (with curly quotation marks the parser makes the second party a conjunct of the verb)
    ("Mr Berg accused Israel of \u201ccommitting a war crime\u201d and Western politicians of \u201clegitimising\u201d the actions.",
     {("Berg", "Israel", "occurred"), ("Berg", "Western politicians", "occurred")}),
    # (not a party that goes on to do something else)
    ("Tomas Berg accused Erik Lund of lying and Maria Kovacs agreed.", {("Tomas Berg", "Erik Lund", "occurred")}),
    # a country's delegation acts for it as a body of its own
    ("A Burundi delegation walked out of the summit, accusing Rwanda of failing to guarantee its security.",
     {("Burundian delegation", "Rwanda", "occurred")}),
])
def test_charges_listed_and_delegations(facts_of, text, expected):
    assert criticized(facts_of(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # one's insults "to" someone are aimed at them (an insult "to" someone no one made is no one's attack)
    ("Tomas Berg's insults to Erik Lund angered Spain.", {("Tomas Berg", "Erik Lund", "occurred")}),
    ("The decision was an insult to Erik Lund.", set()),
])
def test_insults_to_someone(facts_of, text, expected):
    assert criticized(facts_of(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # one who is named (publicly, as a culprit) is no target of the condemnation of the naming
    ("However, Maria Kovacs's naming was condemned by Russian tennis chief Tomas Berg.", set()),
    ("However, Maria Kovacs's conduct was condemned by Russian tennis chief Tomas Berg.", {("Tomas Berg", "Maria Kovacs", "occurred")}),
])
def test_the_one_named_is_no_target(facts_of, text, expected):
    assert criticized(facts_of(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # what is run under a person is theirs to answer for
    ('Tomas Berg has launched an attack on the cost of the "chaotic" asylum system under Erik Lund.',
     {("Tomas Berg", "Erik Lund", "occurred")}),
    ("Tomas Berg has launched an attack on the cost of the asylum system under the new rules.", set()),
])
def test_what_is_run_under_someone(facts_of, text, expected):
    assert criticized(facts_of(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # "the government response": the government answers for it
    ("Chile hosted Peru and Chile's neighbours. Later opposition leader Erik Lund took issue with the government response.",
     {("Erik Lund", "Chilean government")}),
    # a participle after whom one writes to is the writer's
    ("Erik Lund has written to the watchdog accusing Tomas Berg of a \"flagrant breach\" of the rules.", {("Erik Lund", "Tomas Berg")}),
    ("Erik Lund sent a letter to the commission accusing Tomas Berg of lying.", {("Erik Lund", "Tomas Berg")}),
    # "foreign affairs minister" is the foreign minister, not the minister named last
    ("French Foreign Minister Tomas Berg spoke on Friday. French defence minister Anna Lind spoke on Saturday. Erik Lund "
     "criticised the French foreign affairs minister.", {("Erik Lund", "Tomas Berg")}),
])
def test_government_responses_letters_and_foreign_affairs_ministers(facts_of, text, expected):
    assert {(s, o) for r, s, o, st in facts_of(text) if r == "CRITICIZED" and st == "occurred"} >= expected


@pytest.mark.parametrize("text", [
    "Norwegian Prime Minister Erik Lund trashed Danish Prime Minister Tomas Berg on Saturday.",
    "Norwegian Prime Minister Erik Lund flayed Danish Prime Minister Tomas Berg over the deal.",
    "Norwegian Prime Minister Erik Lund fired an opening salvo at Danish Prime Minister Tomas Berg.",
])
def test_more_words_of_attack(facts_of, text):
    assert {(s, o) for r, s, o, st in facts_of(text) if r == "CRITICIZED"} == {("Erik Lund", "Tomas Berg")}


@pytest.mark.parametrize("text, expected", [
    ('Erik Lund referred to Tomas Berg as a "dangerous extremist".', {("Erik Lund", "Tomas Berg")}),
    ("Erik Lund portrayed Tomas Berg as a dangerous extremist.", {("Erik Lund", "Tomas Berg")}),
    ("Erik Lund characterised Tomas Berg's plan as reckless.", {("Erik Lund", "Tomas Berg")}),
    ("Erik Lund painted Tomas Berg as a liar.", {("Erik Lund", "Tomas Berg")}),
    # (no label, no criticism; nor a wrong told in a clause on those so painted)
    ("Erik Lund referred to Tomas Berg's report.", set()),
    ("Erik Lund painted both Tomas Berg, who faced an accusation of sexual assault, and Anna Lind, who withdrew amid "
     "misconduct allegations, as targets of the opposition.", set()),
])
def test_more_verbs_that_label(facts_of, text, expected):
    assert {(s, o) for r, s, o, st in facts_of(text) if r == "CRITICIZED"} == expected


@pytest.mark.parametrize("text, expected", [
    # those shown are no actors: the one who shows them is ("the portrayal of Danes" faults no Dane)
    ("Erik Lund criticised the hostile portrayal of Danes in the series.", set()),
    ('Erik Lund said: "We are concerned by the hostile and unbalanced depiction of Danes in the film."', set()),
    ("Erik Lund criticised Tomas Berg's portrayal of Danes.", {("Erik Lund", "Tomas Berg")}),
    # a work's title in apposition names the work, not the person or the country in its title
    ("The book, Berg's Britain, said Anna Lind had lost voters' trust.", set()),
])
def test_what_is_shown_of_someone_and_what_a_title_names(facts_of, text, expected):
    assert {(s, o) for r, s, o, st in facts_of(text) if r == "CRITICIZED"} == expected


@pytest.mark.parametrize("text, expected", [
    # a body's name the parser made a modifier of the plural it is coordinated with is a critic of
    # its own, not part of one group's name
    ("Tomas Berg was condemned by the Harbour Party and human rights groups.",
     {("Harbour Party", BERG), ("human rights groups", BERG)}),
    ("The Harbour Party and rights groups condemned Tomas Berg.", {("Harbour Party", BERG)}),
    # (a list of qualifiers of one plural stays one group)
    ("US and European officials condemned Tomas Berg.", {("US and European officials", BERG)}),
])
def test_a_body_coordinated_with_a_plural_of_people(facts_of, text, expected):
    assert {(s, o) for r, s, o, st in facts_of(text) if r == "CRITICIZED"} == expected


@pytest.mark.parametrize("text", [
    # the parser can hang the verb on the sentence's one name, as a clause of its own
    "Health Secretary Maria Kovacs has been criticised. Erik Lund, the party's health spokesman, called on her to resign.",
    # or join it to what was said of a thing, not to the saying
    "Health Secretary Maria Kovacs has been accused of betraying patients. The Harbour Party's health spokesman, Erik Lund, "
    "said the closures were a scandal and called on her to resign.",
])
def test_a_demand_whose_verb_the_parser_hung_elsewhere_is_the_speakers(facts_of, text):
    assert ("Erik Lund", "Maria Kovacs") in {(s, o) for r, s, o, st in facts_of(text) if r == "CRITICIZED"}


@pytest.mark.parametrize("text, expected", [
    # a retort with no "at" is aimed at whom its words are about
    ("Tomas Berg hit back, saying Erik Lund had no plan of his own.", {(BERG, LUND)}),
    ("Tomas Berg fired back on Monday, saying that Erik Lund had no idea what he was talking about.", {(BERG, LUND)}),
    ("Tomas Berg lashed out, claiming Erik Lund had never run a business.", {(BERG, LUND)}),
    # (speaking out is no retort: "saying Y should be freed" speaks up for Y)
    ("Tomas Berg spoke out, saying Erik Lund should be freed.", set()),
    ("Tomas Berg hit back, saying the report was flawed.", set()),
    # "playing politics": the lemma of "politics" is "politic"
    ("Tomas Berg said Erik Lund was simply playing politics.", {(BERG, LUND)}),
    # the agent of a passive label, which the parser can hang inside the "as" phrase
    ('Erik Lund\'s plans were described as "reckless" by Tomas Berg.', {(BERG, LUND)}),
    ("Erik Lund's remarks were condemned as outrageous by Tomas Berg.", {(BERG, LUND)}),
])
def test_retorts_playing_politics_and_passive_labels(facts_of, text, expected):
    assert {(s, o) for r, s, o, st in facts_of(text) if r == "CRITICIZED"} == expected


@pytest.mark.parametrize("text, expected", [
    # a rebuke or an attack named in a phrase with "in" is made by the subject it is said of
    ("In a rare rebuke of Tomas Berg, Erik Lund said the plan was wrong.", {(LUND, BERG)}),
    ("Erik Lund, in a veiled swipe at Tomas Berg, said leaders must keep their word.", {(LUND, BERG)}),
    ("In an apparent dig at Tomas Berg, Erik Lund said some leaders lacked courage.", {(LUND, BERG)}),
    # (not by one who died in an attack)
    ("Tomas Berg died in an attack on Erik Lund's convoy.", set()),
])
def test_a_rebuke_named_in_an_aside_is_its_subjects(facts_of, text, expected):
    assert {(s, o) for r, s, o, st in facts_of(text) if r == "CRITICIZED"} == expected


@pytest.mark.parametrize("text, expected", [
    # the speaker set off before an aside the parser reads as the speaker's own clause; "he" in
    # the speaker's quotation is someone else, here the one asked about
    ('Tomas Berg, asked about Erik Lund, said: "He is weak and dishonest."', {(BERG, LUND)}),
    # "told reporters Y ...": the parser can make Y the object of "told", the audience its modifier
    ('Tomas Berg told reporters Erik Lund "should be ashamed".', {(BERG, LUND)}),
    ("Tomas Berg told parliament Erik Lund had misled voters.", {(BERG, LUND)}),
    ("Tomas Berg told the BBC Erik Lund was a good man.", set()),
])
def test_speakers_before_an_aside_and_audiences_before_a_name(facts_of, text, expected):
    assert {(s, o) for r, s, o, st in facts_of(text) if r == "CRITICIZED"} == expected


@pytest.mark.parametrize("text, expected", [
    # a participle with no subject of its own labels the deed it is told of: the one after "by"
    # labels, the maker of the deed is labelled (not the other way round)
    ('Maria Kovacs has announced plans to limit the number of new casinos, in a move branded a "humiliating retreat" '
     "by the Harbour Party.", {("Harbour Party", KOVACS, "occurred")}),
    ('Maria Kovacs scrapped the tax in a move described as "reckless" by Tomas Berg.', {(BERG, KOVACS, "occurred")}),
    # a subject set off before the participle, which the parser makes the one branding
    ("Tomas Berg, branded a liar by Erik Lund, resigned on Monday.", {(LUND, BERG, "occurred")}),
])
def test_a_deed_labelled_by_a_participle_with_an_agent(facts_of, text, expected):
    assert criticized(facts_of(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # "it was a disgrace that Y ...": the parser can read the clause after the noun as a relative clause
    ("Erik Lund said it was a disgrace that Tomas Berg had not apologised.", {(LUND, BERG)}),
    # (not one who suffered what is judged)
    ("Erik Lund said it was a tragedy that Tomas Berg had suffered.", set()),
])
def test_a_judgement_of_what_follows_a_noun_after_it_was(facts_of, text, expected):
    assert {(s, o) for r, s, o, st in facts_of(text) if r == "CRITICIZED"} == expected
