"""Entity resolution within one article (resolve_document) and across articles (merge_entities)."""
from __future__ import annotations

import pytest
from spacy.tokens import Span

from kg.records import Article, DocResult, EntityType, LocalEntity
from kg.resolve import _split_run_on_surnames, mentions_of, merge_entities
from kg.roles import Role


def persons(doc) -> dict[str, LocalEntity]:
    return {e.label: e for e in doc._.entities.values() if e.type is EntityType.PERSON}


def entity_of(doc, word: str, nth: int = 0):
    """The entity key of the nth token whose text is ``word``."""
    tokens = [t for t in doc if t.text == word]
    return tokens[nth]._.entity


def label_of(doc, word: str, nth: int = 0):
    key = entity_of(doc, word, nth)
    return doc._.entities[key].label if key else None


# ---------------------------------------------------------------------- within an article

def test_surname_joins_full_name_given_before(doc_of):
    doc = doc_of("Prime Minister Maria Kovacs arrived in Vienna on Monday. Kovacs said the talks went well.")
    assert list(persons(doc)) == ["Maria Kovacs"]
    assert label_of(doc, "Kovacs", 1) == "Maria Kovacs"
    assert persons(doc)["Maria Kovacs"].forms == {"Maria Kovacs", "Kovacs"}


def test_surname_joins_full_name_given_after(doc_of):
    doc = doc_of("Kovacs arrives in Vienna. Prime Minister Maria Kovacs will hold talks there on Monday.")
    assert list(persons(doc)) == ["Maria Kovacs"]
    assert label_of(doc, "Kovacs", 0) == "Maria Kovacs"


def test_two_people_sharing_a_surname_stay_apart(doc_of):
    doc = doc_of("Tomas Berg met Erik Berg in Oslo on Monday.")
    assert set(persons(doc)) == {"Tomas Berg", "Erik Berg"}


def test_bare_surname_goes_to_the_nearest_full_name_before_it(doc_of):
    doc = doc_of("Tomas Berg arrived on Monday. Later, Erik Berg arrived. Berg said he was tired.")
    assert label_of(doc, "Berg", 2) == "Erik Berg"


def test_a_shared_surname_in_the_headline_is_the_person_the_story_names_first(doc_of):
    doc = doc_of("Syrian Lund arrives in Norway\n\nSyrian President Erik al-Lund arrived in Norway on Sunday, accompanied by "
                 "his wife, Maria al-Lund. Maria al-Lund will meet the queen.")
    assert label_of(doc, "Lund") == "Erik al-Lund"


def test_a_hyphenated_surname_tagged_as_a_body_is_the_person(doc_of):
    # the tagger calls "Vane-Tempest" after "Mr" an organization
    doc = doc_of("Tomas Vane-Tempest has left the Harbour Party. Mr Vane-Tempest accused the party of lying.")
    assert list(persons(doc)) == ["Tomas Vane-Tempest"]
    assert not [e for e in doc._.entities.values() if e.label == "Vane-Tempest"]


def test_a_bare_body_noun_skips_a_body_named_since_as_of_another_kind(doc_of):
    doc = doc_of("The Kelby Federation is incensed by the plans. The Harbour Council, in turn, accuses the federation of "
                 "exaggerating the cuts.")
    assert label_of(doc, "federation", 0) == "Kelby Federation"


def test_a_bare_body_noun_after_a_body_of_unsaid_kind_stays_unresolved(doc_of):
    doc = doc_of("The Harbour Party and the Liberals met on Monday. Tomas Berg accused the party of lying.")
    assert next(t for t in doc if t.lower_ == "party" and t.i > 5)._.entity is None


def test_a_known_body_split_by_the_tagger_is_one_body(doc_of, monkeypatch):
    from kg import gazetteer

    known = gazetteer.Organization(name="UK Harbour Party", qid=None, aliases=(), type="Organization", seats=())
    lookup = gazetteer.organization_by_name
    monkeypatch.setattr(gazetteer, "organization_by_name", lambda name: known if name == "UK Harbour Party" else lookup(name))
    # the tagger reads a place "UK" and a body "Harbour Party"
    doc = doc_of("Tomas Berg has quit the UK Harbour Party and accused it of lying.")
    assert label_of(doc, "UK") == label_of(doc, "Party") == "UK Harbour Party"


@pytest.mark.parametrize("text, body, place", [
    # the tagger reads "the Harbour Policy Centre Mr Lund" and "Norway Mr Lund" as one body each
    ('Erik Lund spoke on Monday. In a speech to the Harbour Policy Centre Mr Lund said of the party leader: "He is not wise."',
     "Harbour Policy Centre", None),
    ("Chancellor Erik Lund will visit. On top of the relief deal with Norway Mr Lund said the UK would make similar offers.",
     None, "Norway"),
])
def test_a_name_after_an_honorific_inside_a_body_is_the_person(doc_of, text, body, place):
    doc = doc_of(text)
    assert label_of(doc, "Lund", 1) == "Erik Lund"
    labels = {e.label for e in doc._.entities.values()}
    assert not [label for label in labels if label.endswith("Mr Lund")]
    assert body is None or body in labels
    assert place is None or place in labels


def test_surnames_coordinated_in_one_body_name_are_the_persons(doc_of):
    # the tagger reads "Berg & Lund" as one organization
    doc = doc_of("Tomas Berg and Erik Lund won. Berg & Lund claim awards")
    assert label_of(doc, "Berg", 1) == "Tomas Berg"
    assert label_of(doc, "Lund", 1) == "Erik Lund"


def test_an_mep_is_a_title_not_a_body(doc_of):
    doc = doc_of("Maria Kovacs is an MEP. The MEP said she was ashamed of Tomas Berg.")
    assert not [e for e in doc._.entities.values() if e.label == "MEP"]


def test_accented_and_plain_spellings_are_one_person(doc_of):
    doc = doc_of("José Almeida arrived in Lisbon on Monday. Jose Almeida said the talks went well.")
    assert len(persons(doc)) == 1


def test_honorific_is_not_part_of_the_name(doc_of):
    doc = doc_of("Mr Tomas Berg arrived in Oslo on Monday.")
    assert list(persons(doc)) == ["Tomas Berg"]


@pytest.mark.parametrize(
    "text, person, role",
    [
        ("Swedish Foreign Minister Tomas Berg arrived in Oslo on Monday.", "Tomas Berg", "Foreign Minister of Sweden"),
        ("Tomas Berg, Sweden's foreign minister, arrived in Oslo on Monday.", "Tomas Berg", "Foreign Minister of Sweden"),
        ("Tomas Berg, the foreign minister of Sweden, arrived in Oslo on Monday.", "Tomas Berg", "Foreign Minister of Sweden"),
        ("French President Luc Moreau arrived in Berlin on Monday.", "Luc Moreau", "President of France"),
        ("UN Secretary-General Anna Lindqvist arrived in Geneva on Monday.", "Anna Lindqvist", "Secretary-General of United Nations"),
        ("NATO Secretary General Anna Lindqvist arrived in Vilnius on Monday.", "Anna Lindqvist", "Secretary-General of NATO"),
        ("Polish Prime Minister Maria Kovacs arrived in Berlin on Monday.", "Maria Kovacs", "Prime Minister of Poland"),
        ("German Chancellor Anna Weber arrived in Paris on Monday.", "Anna Weber", "Chancellor of Germany"),
        ("Sweden's top diplomat, Tomas Berg, arrived in Oslo on Monday.", "Tomas Berg", "Foreign Minister of Sweden"),
        ("US VP Tomas Berg arrived in Oslo on Monday.", "Tomas Berg", "Vice President of United States"),
        # India's names for the offices
        ("Tomas Berg, India's home minister, arrived in Oslo on Monday.", "Tomas Berg", "Interior Minister of India"),
        ("Tomas Berg, India's minister of external affairs, arrived in Oslo on Monday.", "Tomas Berg", "Foreign Minister of India"),
        # a title set off by commas before the list's "and", which the parser can read as a list
        ("President of Serbia, Anna Lind, and the Prime Minister of Kosovo, Maria Kovacs, spoke with European mediators in Brussels.",
         "Anna Lind", "President of Serbia"),
        # a dateline's place is not the office's country
        ("OSLO, Norway - Swedish Foreign Minister Tomas Berg arrived on Monday.", "Tomas Berg", "Foreign Minister of Sweden"),
        # the country after the name is the office's, unless it owns what follows
        ("President Tomas Berg of Zimbabwe arrived in Oslo on Monday.", "Tomas Berg", "President of Zimbabwe"),
        ("The visiting head of state assured President Tomas Berg of Zimbabwe's support to Zambia.", "Tomas Berg", "President"),
    ],
)
def test_titles_become_roles(doc_of, text, person, role):
    doc = doc_of(text)
    assert persons(doc)[person].roles == {role}


def test_a_name_before_a_middle_initial_after_a_title_is_the_given_name(doc_of):
    # the recognizer can start the name at the initial ("J. Varnay")
    doc = doc_of("Secretary of State Antony J. Kovacs and Russian Foreign Minister Tomas Berg met in Geneva on Friday. "
                 "Kovacs said the talks went well.")
    assert "Antony J. Kovacs" in persons(doc)
    assert label_of(doc, "Kovacs", 1) == "Antony J. Kovacs"


def test_a_regnal_number_ends_a_name_the_tagger_missed(doc_of):
    doc = doc_of("Sweden’s King Olek VI and Queen Anna Lind began their first state visit to Argentina on Monday.")
    assert "King Olek VI" in persons(doc)
    # the pronoun "I" is no regnal number
    doc = doc_of("Mr Varnay I think is wrong.")
    assert list(persons(doc)) == ["Varnay"]


def test_a_state_councillor_is_a_title(doc_of):
    doc = doc_of("Chinese State Councillor Tomas Berg was visiting Germany on Monday.")
    assert persons(doc)["Tomas Berg"].roles == {"State Councillor of China"}


def test_a_family_name_in_capitals_is_the_surname(doc_of):
    doc = doc_of("Prime Minister KOVACS Maria left Oslo on Sunday. Kovacs will meet Tomas Berg on Monday.")
    assert label_of(doc, "Kovacs") == "KOVACS Maria"


def test_title_is_not_part_of_the_name(doc_of):
    doc = doc_of("Foreign Minister Tomas Berg arrived in Oslo on Monday.")
    assert list(persons(doc)) == ["Tomas Berg"]
    assert persons(doc)["Tomas Berg"].roles == {"Foreign Minister"}


def test_a_role_noun_said_of_a_subject_is_that_subjects(doc_of):
    """"Since X became Norway's leader": not the leader named before, whose office it is not."""
    doc = doc_of("President Tomas Berg spoke. Since Erik Lund became Norway's leader in 2018, he has met President Tomas Berg "
                 "six times.")
    assert label_of(doc, "leader") == "Erik Lund"
    assert persons(doc)["Tomas Berg"].roles == {"President"}


def test_role_noun_resolves_to_the_person_with_that_role(doc_of):
    doc = doc_of("French President Luc Moreau arrived in Berlin on Monday. The French president met Chancellor Anna Weber.")
    assert label_of(doc, "president") == "Luc Moreau"
    assert doc[[t.text for t in doc].index("president")]._.entity_via == "role"


def test_generic_role_noun_resolves_to_a_leader(doc_of):
    doc = doc_of("UN Secretary-General Anna Lindqvist arrived in Geneva on Monday. The UN chief called for a ceasefire.")
    assert label_of(doc, "chief") == "Anna Lindqvist"


def test_a_hyphenated_title_in_apposition_is_read_whole(doc_of):
    """"Anna Lindqvist, the UN secretary-general": the title goes on past the hyphen, so "the UN
    chief" later is her (the parser hangs "general" to the right of "secretary")."""
    doc = doc_of("Anna Lindqvist, the UN secretary-general, visited Kyiv. The UN chief met Tomas Berg there.")
    assert doc._.entities[entity_of(doc, "Lindqvist")].roles == {"Secretary-General of United Nations"}
    assert label_of(doc, "chief") == "Anna Lindqvist"


def test_role_noun_is_not_the_shadow_of_that_office(doc_of):
    """A British opposition's "shadow chancellor" is no chancellor: "the chancellor" he accuses is
    the one in office."""
    doc = doc_of("Chancellor Tomas Berg presented his report. Shadow Chancellor Erik Lund said the figures were wrong. "
                 "Mr Lund accused the chancellor of using fancy statistics.")
    assert label_of(doc, "chancellor") == "Tomas Berg"


def test_role_noun_of_another_country_does_not_resolve(doc_of):
    doc = doc_of("French President Luc Moreau arrived in Berlin on Monday. The Russian president did not attend.")
    assert entity_of(doc, "president") is None


def test_role_noun_with_two_candidates_does_not_resolve(doc_of):
    doc = doc_of(
        "French President Luc Moreau met Finnish President Anna Virtanen on Monday. The president said little."
    )
    assert entity_of(doc, "president") is None  # lower-case "president": the role noun only


def test_pronoun_resolves_to_the_preceding_subject(doc_of):
    doc = doc_of("Tomas Berg arrived in Geneva on Monday. He said the talks were useful.")
    assert label_of(doc, "He") == "Tomas Berg"
    assert doc[[t.text for t in doc].index("He")]._.entity_via == "pronoun"


def test_pronoun_outside_quotes_passes_over_persons_quoted(doc_of):
    """Whom a speaker praises in a quotation is not whom the story goes on about."""
    doc = doc_of('Olek Varnay said: "Disunity has a corrosive effect. Tomas Berg is a great chancellor who has delivered." '
                 "The businessman also voiced concern about the violence. And he branded the response as poor.")
    assert label_of(doc, "he") == "Olek Varnay"


@pytest.mark.parametrize("text", [
    'Olek Varnay spoke in Oslo. "Tomas Berg has betrayed this country," he said.',
    'Olek Varnay spoke in Oslo on Monday. "Tomas Berg is a liar," he told reporters.',
])
def test_the_speaker_after_a_quotation_is_not_one_named_inside_it(doc_of, text):
    """'"Berg has failed," he said': the quotation's subject is not who says it."""
    doc = doc_of(text)
    assert label_of(doc, "he") == "Olek Varnay"


@pytest.mark.parametrize("text, holder", [
    # reported: the one who says so ("Berg" would not be at his own meetings)
    ("Prime Minister Anna Lind is under pressure. Olek Varnay said that as Tomas Berg was never present at meetings "
     "between himself and the prime minister, he could not judge.", "Olek Varnay"),
    # said by no one: the subject of its own clause
    ("Olek Varnay held meetings between himself and the prime minister, Anna Lind.", "Olek Varnay"),
])
def test_a_reflexive_after_between_is_the_speaker_or_the_subject(doc_of, text, holder):
    assert label_of(doc_of(text), "himself") == holder


def test_pronoun_inside_quotes_can_be_a_person_quoted(doc_of):
    doc = doc_of('Olek Varnay said: "Tomas Berg is a great chancellor. He has delivered a stable economy."')
    assert label_of(doc, "He") == "Tomas Berg"


def test_pronoun_resolves_to_the_subject_not_the_object(doc_of):
    doc = doc_of("Maria Kovacs met Tomas Berg in Geneva on Monday. She said the talks were useful.")
    assert label_of(doc, "She") == "Maria Kovacs"


def test_a_pronoun_goes_to_the_subject_of_what_a_statement_says_before_its_speaker(doc_of):
    # "announced in a statement that X will arrive ..., during which he will": what is said, not who says it
    doc = doc_of("Spokesman Erik Lund announced in a statement that Prime Minister Tomas Berg will arrive in Oslo "
                 "on a two-day visit, during which he will discuss trade with Maria Kovacs.")
    assert label_of(doc, "he") == "Tomas Berg"


@pytest.mark.parametrize(
    "text, pronoun, person",
    [
        # "Y, who took him to Z": the object of a relative clause is not whom the clause is about
        ("Erik Lund spoke on Monday. Tomas Berg, who took him to Oslo in 1986, agreed.", "him", "Erik Lund"),
        # "After meeting Mr Berg, he flew": the one doing a participle is not whom it meets
        ("Erik Lund met Tomas Berg on Monday. After meeting Mr Berg, he flew to Oslo.", "he", "Erik Lund"),
        ("Erik Lund welcomed Tomas Berg on Monday. Seated in the office beside Mr Berg, he said he would go to Oslo.",
         "he", "Erik Lund"),
        # "Y, whom he criticized": the subject of a relative clause is not whom its object stands for
        ("Much of Erik Lund's speech was aimed at Tomas Berg, whom he calmly criticized for his handling of the debate.",
         "he", "Erik Lund"),
        ("Erik Lund spoke on Monday. Tomas Berg, whom he criticized last week, did not reply.", "he", "Erik Lund"),
    ],
)
def test_a_pronoun_is_not_whom_its_own_clause_takes_as_another(doc_of, text, pronoun, person):
    assert label_of(doc_of(text), pronoun) == person


def test_pronoun_prefers_the_subject_of_a_less_subordinate_clause(doc_of):
    """"Since X took office after his predecessor Y resigned, he has met Z": the clause on when Y
    resigned is deeper than the one on X; "he" is X."""
    doc = doc_of("Since Tomas Berg became Norway's leader in 2018 after his predecessor Olek Varnay resigned, he has met "
                 "President Erik Lund six times.")
    assert label_of(doc, "he") == "Tomas Berg"


def test_pronoun_skips_a_sentence_without_a_person(doc_of):
    doc = doc_of("Tomas Berg arrived in Geneva on Monday. The talks lasted six hours. He said they were useful.")
    assert label_of(doc, "He") == "Tomas Berg"


def test_possessive_pronoun(doc_of):
    doc = doc_of("Tomas Berg arrived in Geneva on Monday. His visit lasted two days.")
    assert label_of(doc, "His") == "Tomas Berg"


def test_pronoun_agrees_in_gender(doc_of):
    doc = doc_of("Tomas Berg met Maria Kovacs in Geneva on Monday. She said the talks were useful.")
    assert label_of(doc, "She") == "Maria Kovacs"


@pytest.mark.parametrize(
    "second, word",
    [
        ("The Swedish foreign minister said the talks were useful.", "minister"),
        ("The foreign minister said the talks were useful.", "minister"),
        ("Sweden's top diplomat said the talks were useful.", "diplomat"),
        ("The minister said the talks were useful.", "minister"),
    ],
)
def test_role_nouns_for_a_minister(doc_of, second, word):
    doc = doc_of("Swedish Foreign Minister Tomas Berg arrived in Geneva on Monday. " + second)
    assert label_of(doc, word) == "Tomas Berg"


def test_a_bare_minister_with_two_ministers_named_does_not_resolve(doc_of):
    doc = doc_of("Swedish Foreign Minister Tomas Berg met Finnish Finance Minister Anna Virtanen on Monday. "
                 "The talks lasted an hour, and the minister said little.")
    assert entity_of(doc, "minister") is None


def test_the_premier_is_the_prime_minister(doc_of):
    doc = doc_of("Prime Minister Tomas Berg arrived in Geneva on Monday. The premier said the talks were useful.")
    assert label_of(doc, "premier") == "Tomas Berg"


def test_generic_leader_noun_does_not_pick_a_minister(doc_of):
    doc = doc_of("Swedish Foreign Minister Tomas Berg arrived in Geneva on Monday. The Swedish leader stayed home.")
    assert entity_of(doc, "leader") is None


def test_pronoun_without_antecedent_stays_unresolved(doc_of):
    doc = doc_of("He said the talks were useful.")
    assert entity_of(doc, "He") is None


def test_pronoun_in_the_same_sentence(doc_of):
    doc = doc_of("Tomas Berg said he would travel to Geneva.")
    assert label_of(doc, "he") == "Tomas Berg"


def test_places_and_organizations_get_canonical_names_and_types(doc_of):
    doc = doc_of("Maria Kovacs flew from Kiev to the United Nations headquarters in the United States.")
    found = {e.label: e.type for e in doc._.entities.values()}
    assert found["Kyiv"] is EntityType.CITY
    assert found["United Nations"] is EntityType.ORGANIZATION
    assert found["United States"] is EntityType.COUNTRY


def test_acronym_joins_the_organization_spelled_out(doc_of):
    doc = doc_of("The World Health Organization warned on Monday. The WHO said cases were rising.")
    orgs = [e for e in doc._.entities.values() if e.type is EntityType.ORGANIZATION]
    assert len(orgs) == 1


def test_seat_of_government_speaks_for_the_country(doc_of):
    doc = doc_of("The Kremlin rejected the proposal on Monday.")
    assert label_of(doc, "Kremlin") == "Russia"


def test_demonym_stands_for_its_country_but_is_no_mention(doc_of):
    """"Russian troops": the country is implied (a target or party a fact can use, and in the
    graph only then), but the adjective is not a mention of it by name."""
    text = "Russian troops crossed the border on Monday."
    doc = doc_of(text)
    russian = next(t for t in doc if t.text == "Russian")
    assert (label_of(doc, "Russian"), russian._.entity_via) == ("Russia", "role")
    assert not [(s, e) for s, e, _key in mentions_of(doc) if s <= russian.idx < e]


def test_a_demonym_tagged_as_a_name_is_no_entity(doc_of):
    """The tagger can take "Ugandan" in "Ugandan President Y" for a person's name; a demonym is
    never a person or a body, and the title still gets its country."""
    doc = doc_of("Kenyan President Maria Kovacs met Ugandan President Tomas Berg on Monday.")
    assert sorted(e.label for e in doc._.entities.values() if e.type.value in {"Person", "Organization"}) == [
        "Maria Kovacs", "Tomas Berg",
    ]
    assert persons(doc)["Tomas Berg"].roles == {"President of Uganda"}


def test_the_subject_after_an_opening_phrase_is_no_apposition(doc_of):
    """"During his meeting with Y, the crown prince said ...": the title is the subject of
    "said", not Y's."""
    doc = doc_of("During his meeting with Tomas Berg, Sweden's prime minister said the talks went well.")
    assert persons(doc)["Tomas Berg"].roles == set()


def test_the_country_is_the_country_named_last(doc_of):
    doc = doc_of("Tomas Berg left Poland for Mali on Monday. He said the country needed help, not the country of his birth.")
    countries = [t for t in doc if t.lower_ == "country"]
    assert label_of(doc, "country", 0) == "Mali"
    assert countries[1]._.entity is None  # "the country of ..." names its own


@pytest.mark.parametrize("text, noun, country", [
    ("Tomas Berg arrived in Norway. It is his first visit to the Nordic nation.", "nation", "Norway"),
    ("Tomas Berg arrived in Jordan. He praised the kingdom.", "kingdom", "Jordan"),
    ("Tomas Berg arrived in Jordan. He praised the small desert kingdom.", "kingdom", "Jordan"),
    ("Tomas Berg arrived in Chile. He later flew to the neighbouring country.", "country", None),
    ("Tomas Berg arrived in Chile. He later flew to the other republic.", "republic", None),
    ("Tomas Berg arrived in Chile. He failed the expectations of the nation.", "nation", None),
    ("Tomas Berg visited Israel. He praised the Jewish state.", "state", "Israel"),
    ("Tomas Berg arrived in Texas. He praised the southern state.", "state", None),
])
def test_the_nation_or_the_kingdom_is_the_country_named_last(doc_of, text, noun, country):
    doc = doc_of(text)
    assert (label_of(doc, noun) if entity_of(doc, noun) else None) == country


@pytest.mark.parametrize("text, group", [
    ("Opposition leaders have blamed Tomas Berg for the crisis.", "Opposition leaders"),
    ("Human rights groups condemned the arrests.", "Human rights groups"),
    ("Tomas Berg described government critics as traitors.", "government critics"),
    ("The Polish officials arrived on Monday.", "Polish officials"),
    # soldiers and the press, and collectives qualified by a region rather than a country
    ("Tomas Berg accused Thai soldiers of looting.", "Thai soldiers"),
    ("Tomas Berg accused the British media of arrogance.", "British media"),
    ("Tomas Berg criticised Western politicians over the war.", "Western politicians"),
    ("Arab foreign ministers condemned the remarks.", "Arab foreign ministers"),
    ("Tomas Berg accused his fellow Danish MEPs of laziness.", "Danish MEPs"),
    # (and the camps one is blamed for belonging to; a country owning the collective)
    ("Tomas Berg has attacked British imperialists.", "British imperialists"),
    ("Tomas Berg has accused Britain's top sprinters of lacking pride.", "Britain's top sprinters"),
])
def test_a_qualified_collective_is_a_group(doc_of, text, group):
    """A plural collective noun qualified by a camp ("opposition", "rights") or a country is a
    group, without the article before it."""
    doc = doc_of(text)
    groups = {e.label for e in doc._.entities.values() if e.type is EntityType.GROUP}
    assert groups == {group}


def test_an_unqualified_collective_is_no_group(doc_of):
    doc = doc_of("Critics said Tomas Berg had failed. Senior leaders of the party disagreed.")
    assert not [e for e in doc._.entities.values() if e.type is EntityType.GROUP]


@pytest.mark.parametrize("text, place", [
    ("Maria Kovacs visited the town of Kelby on Monday.", "Kelby"),  # tagged as a person
    ("Maria Kovacs arrived in the fabled desert city of Kelvaro.", "Kelvaro"),  # tagged as a body
])
def test_the_name_of_a_town_is_a_place(doc_of, text, place):
    doc = doc_of(text)
    places = {e.label for e in doc._.entities.values() if e.type in {EntityType.CITY, EntityType.PLACE}}
    assert place in places
    assert place not in persons(doc)


def test_the_name_of_a_town_the_tagger_missed_is_a_place(nlp):
    doc = _tagged(nlp, "Maria Kovacs arrived in the fabled desert city of Kelvaro.", [("Maria Kovacs", "PERSON")])
    assert [(e.label, e.type) for e in doc._.entities.values() if e.label == "Kelvaro"] == [("Kelvaro", EntityType.CITY)]


def test_a_pronoun_in_the_opening_phrase_is_the_subjects(doc_of):
    doc = doc_of("In her speech to lawmakers gathered in Oslo, Maria Kovacs said the talks had failed.")
    assert label_of(doc, "her") == "Maria Kovacs"


def test_mentions_are_named_spans_only(doc_of):
    text = "Tomas Berg arrived in Oslo on Monday. He said Berg was tired."
    doc = doc_of(text)
    spans = [(text[s:e], doc._.entities[k].label) for s, e, k in mentions_of(doc)]
    assert spans == [("Tomas Berg", "Tomas Berg"), ("Oslo", "Oslo"), ("Berg", "Tomas Berg")]


# ---------------------------------------------------------------------- across articles

def _result(doc_id: str, *entities: LocalEntity) -> DocResult:
    return DocResult(Article(doc_id, ""), {e.key: e for e in entities}, [], [])


def _person(label: str, *forms: str, roles=()) -> LocalEntity:
    return LocalEntity(key="person:" + label.lower(), label=label, type=EntityType.PERSON,
                       forms={label, *forms}, roles=set(roles))


def _merged(*results: DocResult):
    entities, local_to_id = merge_entities(results)
    return entities, {pair: entities[eid].label for pair, eid in local_to_id.items()}


def _place(label: str, etype: EntityType, *forms: str) -> LocalEntity:
    return LocalEntity(key="place:" + label.lower(), label=label, type=etype, forms=set(forms))


@pytest.mark.parametrize("written, label", [
    # the articles' own spelling of a place the tables know under another name
    ([("Kyiv", EntityType.CITY, "Kiev")], "Kiev"),
    ([("North Macedonia", EntityType.COUNTRY, "Macedonia")], "Macedonia"),
    # the tables' name where an article writes it, or writes only an abbreviation or a demonym
    ([("Kyiv", EntityType.CITY, "Kiev"), ("Kyiv", EntityType.CITY, "Kyiv")], "Kyiv"),
    ([("United States", EntityType.COUNTRY, "U.S.")], "United States"),
    ([("Russia", EntityType.COUNTRY)], "Russia"),
])
def test_a_known_place_is_shown_as_the_articles_write_it(written, label):
    entities, _labels = _merged(*(_result(str(i), _place(*entry)) for i, entry in enumerate(written)))
    (entity,) = entities.values()
    assert entity.label == label
    assert entity.id == written[0][0].replace(" ", "-")  # the id stays the tables' name


def test_a_fuller_name_one_article_alone_writes_is_not_shown_over_the_name_others_agree_on():
    """"Kelby Sabha Anna Lind" (a body's name run into hers by the tagger) in one article, "Anna
    Lind" in two others: the name shown is the one the articles agree on."""
    entities, _labels = _merged(
        _result("a", _person("Kelby Sabha Anna Lind")),
        _result("b", _person("Anna Lind")),
        _result("c", _person("Anna Lind")),
    )
    (entity,) = entities.values()
    assert entity.label == "Anna Lind"
    # (a fuller name in two articles is the fuller name)
    entities, _labels = _merged(
        _result("a", _person("Maria Anna Lind")),
        _result("b", _person("Maria Anna Lind")),
        _result("c", _person("Anna Lind")),
    )
    (entity,) = entities.values()
    assert entity.label == "Maria Anna Lind"


def test_surname_alone_joins_the_one_full_name():
    entities, labels = _merged(
        _result("a", _person("Maria Kovacs", roles={"Prime Minister of Poland"})),
        _result("b", _person("Kovacs")),
    )
    assert len(entities) == 1
    (entity,) = entities.values()
    assert entity.label == "Maria Kovacs"
    assert entity.alt_labels == {"Kovacs"}
    assert entity.roles == {"Prime Minister of Poland"}
    assert labels[("b", "person:kovacs")] == "Maria Kovacs"


def test_transliteration_variants_merge():
    entities, _ = _merged(_result("a", _person("Ana Zelenska")), _result("b", _person("Ana Zelenskaa")))
    assert len(entities) == 1


def test_transliteration_variants_merge_y_and_i():
    entities, _ = _merged(_result("a", _person("Oleksiy Hrytsenko")), _result("b", _person("Oleksii Hritsenko")))
    assert len(entities) == 1


def test_transliteration_variants_with_different_first_names_stay_apart():
    entities, _ = _merged(_result("a", _person("Ana Zelenska")), _result("b", _person("Olena Zelenskaa")))
    assert len(entities) == 2


def test_same_surname_different_first_names_stay_apart():
    entities, _ = _merged(_result("a", _person("Tomas Berg")), _result("b", _person("Erik Berg")))
    assert {e.label for e in entities.values()} == {"Tomas Berg", "Erik Berg"}


def test_ambiguous_surname_joins_neither():
    entities, labels = _merged(
        _result("a", _person("Tomas Berg")), _result("b", _person("Erik Berg")), _result("c", _person("Berg"))
    )
    assert len(entities) == 3
    assert labels[("c", "person:berg")] == "Berg"


def test_a_surname_an_article_kept_apart_from_a_full_name_does_not_join_it():
    """The article told "President Varga" from "First Lady Janet Varga": the merge keeps them two."""
    entities, labels = _merged(_result("a", _person("Varga", roles={"President"}), _person("Janet Varga", roles={"First Lady"})))
    assert len(entities) == 2
    assert labels[("a", "person:varga")] == "Varga"


def test_a_given_name_an_article_left_apart_from_a_full_name_still_joins_it():
    """"Andrew" after "Rob Andrew" can stay apart in its article (a given name too): no titles
    told them apart, so the merge joins them."""
    entities, labels = _merged(_result("a", _person("Andrew"), _person("Rob Andrew")))
    assert len(entities) == 1
    # "Falcons chief Andrew", "boss Rob Andrew": a generic title fits any office
    entities, labels = _merged(_result("a", _person("Andrew", roles={"Chief"}), _person("Rob Andrew", roles={"Boss"})))
    assert len(entities) == 1


def test_accents_are_ignored_and_the_accented_label_wins():
    entities, _ = _merged(_result("a", _person("Jose Almeida")), _result("b", _person("José Almeida")))
    assert [e.label for e in entities.values()] == ["José Almeida"]
    assert next(iter(entities.values())).alt_labels == {"Jose Almeida"}


def test_a_hyphenated_name_counts_its_capitalized_parts_as_words():
    entities, _ = _merged(_result("a", _person("Willem-Alexander", "Alexander", "Willem")))
    assert [e.label for e in entities.values()] == ["Willem-Alexander"]
    firm = LocalEntity("organization:harbourline", "Harbourline", EntityType.ORGANIZATION, {"Harbourline", "ex-Harbourline"})
    entities, _ = _merged(_result("a", firm))
    assert [e.label for e in entities.values()] == ["Harbourline"]


def test_middle_name_variant_joins():
    entities, _ = _merged(_result("a", _person("Ana Maria Costa")), _result("b", _person("Maria Costa")))
    assert [e.label for e in entities.values()] == ["Ana Maria Costa"]


def test_places_merge_on_their_name_but_not_with_persons():
    place = LocalEntity("place:georgia", "Georgia", EntityType.COUNTRY, {"Georgia"})
    person = _person("Georgia")
    entities, _ = _merged(_result("a", place), _result("b", person),
                          _result("c", LocalEntity("place:georgia", "Georgia", EntityType.COUNTRY, {"Georgia"})))
    assert sorted(e.type.value for e in entities.values()) == ["Country", "Person"]
    assert len({e.id for e in entities.values()}) == 2


def test_a_word_written_as_a_place_elsewhere_is_no_surname_to_join():
    # "England" the team, tagged a person, does not join a one-off "Tudor England" by its last word
    place = LocalEntity("place:england", "England", EntityType.PLACE, {"England"})
    entities, _ = _merged(_result("a", place), _result("b", _person("England")), _result("c", _person("Tudor England")))
    assert sorted(e.label for e in entities.values() if e.type is EntityType.PERSON) == ["England", "Tudor England"]
    # a surname no article writes as anything else still joins the one full name
    entities, _ = _merged(_result("a", _person("Kovacs")), _result("b", _person("Maria Kovacs")))
    assert [e.label for e in entities.values()] == ["Maria Kovacs"]


def test_merging_resolved_documents(doc_of):
    first = doc_of("Prime Minister Maria Kovacs arrived in Vienna on Monday.", doc_id="a")
    second = doc_of("Kovacs said on Tuesday that the talks had gone well.", doc_id="b")
    results = [DocResult(d._.article.article, d._.entities, mentions_of(d), []) for d in (first, second)]
    entities, local_to_id = merge_entities(results)
    person_ids = {eid for (doc_id, key), eid in local_to_id.items() if key.startswith("person:")}
    assert len(person_ids) == 1
    assert entities[person_ids.pop()].label == "Maria Kovacs"


def test_mentions_are_the_runs_of_tokens_named_alike(doc_of):
    """doc._.mentions (what mentions_of returns) agrees with the tokens' own entity annotations."""
    doc = doc_of(
        "French President Anne Martin met Chancellor Paul Weber in Berlin. "
        "“He is wrong,” Martin said of Weber, who later flew to Paris."
    )
    expected, start = [], None
    for token in doc:
        key = token._.entity if token._.entity_via == "name" else None
        if start is not None and (key is None or key != doc[token.i - 1]._.entity or doc[token.i - 1]._.entity_via != "name"):
            expected.append((doc[start].idx, doc[token.i - 1].idx + len(doc[token.i - 1]), doc[start]._.entity))
            start = None
        if key is not None and start is None:
            start = token.i
    assert mentions_of(doc) == expected
    assert {doc._.entities[k].label for _s, _e, k in mentions_of(doc)} >= {"Anne Martin", "Paul Weber", "Berlin", "Paris"}


def test_tokens_inside_quotation_marks_are_marked_quoted(doc_of):
    doc = doc_of("“He is wrong,” Anne Martin said.\n\"They failed us\nShe left the room.")
    quoted = {doc[i].text for i in doc._.quoted}
    assert {"He", "is", "wrong", "They", "failed", "us"} <= quoted
    assert not {"Anne", "Martin", "said", "She", "left", "room"} & quoted  # a line break ends a quotation


# ---------------------------------------------------------------------- names the tagger splits

def test_name_split_by_the_tagger_is_joined(nlp):
    """"Jan Ten Vos" tagged as a person "Jan", a number "Ten" and an organization "Vos"."""
    from spacy.tokens import Span

    from kg.records import Article, CleanArticle
    from kg.resolve import resolve_document

    text = "Assistant coach Jan Ten Vos has branded the complaint as pathetic."
    doc = nlp(text)
    doc._.article = CleanArticle(Article("t", text), text)
    doc.ents = [Span(doc, 2, 3, label="PERSON"), Span(doc, 3, 4, label="CARDINAL"), Span(doc, 4, 5, label="ORG")]
    resolve_document(doc)
    assert label_of(doc, "Vos") == "Jan Ten Vos"
    assert "Jan Ten Vos" in persons(doc)


def test_a_given_name_and_surname_tagged_as_a_body_after_a_title_is_a_person(nlp):
    """"the commission president, Jean-Claude Varnay" with the name tagged as a body: a given
    name (a hyphened one too) and a surname set off after a title are a person."""
    from spacy.tokens import Span

    from kg.records import Article, CleanArticle
    from kg.resolve import resolve_document

    text = "The outburst from the commission president, Jean-Claude Varnay, drew a rebuke."
    doc = nlp(text)
    doc._.article = CleanArticle(Article("t", text), text)
    assert [t.text for t in doc[7:11]] == ["Jean", "-", "Claude", "Varnay"]
    doc.ents = [Span(doc, 7, 11, label="ORG")]
    resolve_document(doc)
    assert "Jean-Claude Varnay" in persons(doc)


def test_a_known_place_after_a_name_is_not_joined(doc_of):
    doc = doc_of("The envoy met Anne Martin in London on Monday.")
    assert label_of(doc, "London") == "London"
    assert "Anne Martin" in persons(doc)


# ---------------------------------------------------------------------- bodies named by a bare noun

def test_bare_government_is_the_government_named_last(doc_of):
    doc = doc_of("The Chilean government welcomed the deal. Later the government changed its mind.")
    assert label_of(doc, "government", 1) == "Chilean government"


@pytest.mark.parametrize("text, word", [
    # capitalized as a name, "the Government" is the nation's all the same
    ("Chile hosted Peru and Chile's neighbours. Over the past few weeks, Erik Lund has strongly criticised the Government and "
     "Berg for what he said was a failure.", "Government"),
    # and so is "the government" whose "the" hangs on the noun it owns
    ("Chile hosted Peru and Chile's neighbours. Later opposition leader Erik Lund took issue with the government response.",
     "government"),
])
def test_the_government_capitalized_or_before_a_noun_is_the_main_countrys(doc_of, text, word):
    assert label_of(doc_of(text), word) == "Chilean government"


def test_bare_government_without_a_main_country_stays_unresolved(doc_of):
    doc = doc_of("Chile and Peru signed the deal. Later the government changed its mind.")
    assert entity_of(doc, "government") is None


@pytest.mark.parametrize("text", [
    "Tomas Berg visited Norway on Monday. Swedish opposition leader Anna Lind criticised the government.",
    "Tomas Berg visited Norway on Monday. Swedish opposition leader Anna Lind said the government had betrayed voters.",
])
def test_bare_government_without_a_main_country_is_that_of_the_speakers_office(doc_of, text):
    assert label_of(doc_of(text), "government") == "Swedish government"


def test_a_seat_of_government_counts_for_its_country_as_the_main_one(doc_of):
    """Three mentions of Downing Street against two of Iraq: "this government" is the British one."""
    doc = doc_of("Downing Street denied the claims about the Iraq war. Downing Street said the advice on Iraq was sound. "
                 "Downing Street has refused to publish it. Erik Lund said this government operates in a cavalier way.")
    assert label_of(doc, "government") == "British government"


def test_bare_government_is_no_speakers_with_offices_of_two_countries(doc_of):
    doc = doc_of("Tomas Berg visited Norway and Sweden on Monday. Swedish opposition leader Anna Lind and Norwegian "
                 "Finance Minister Erik Lund criticised the government.")
    assert entity_of(doc, "government") is None


# ---------------------------------------------------------------------- recall 2: names, lists, pronouns

def test_an_honorific_of_the_other_gender_is_another_person(doc_of):
    doc = doc_of("Tomas Berg spoke on Monday. Later Mrs Berg made a speech in Oslo.")
    assert label_of(doc, "Berg", 1) != "Tomas Berg"


def test_an_honorific_of_the_same_gender_joins_the_full_name(doc_of):
    doc = doc_of("Tomas Berg spoke on Monday. Later Mr Berg made a speech in Oslo.")
    assert label_of(doc, "Berg", 1) == "Tomas Berg"


def test_acronym_with_an_upper_case_word_matches_the_full_name(doc_of):
    doc = doc_of("Anne Martin joined the NZ Harbour Party in May. The NZHP said she was welcome.")
    assert label_of(doc, "NZHP") == "NZ Harbour Party"


def test_one_word_names_coordinated_with_places_are_places(doc_of):
    doc = doc_of("Anne Martin is campaigning as she visits Oslo, Lima, Vienna, Dunford and Hexworth.")
    places = {e.label for e in doc._.entities.values() if e.type in {EntityType.PLACE, EntityType.CITY}}
    assert {"Dunford", "Hexworth"} <= places
    assert "Anne Martin" in persons(doc)


def test_a_surname_coordinated_with_places_stays_a_person(doc_of):
    doc = doc_of("Anne Martin spoke on Monday. Reporters followed Oslo, Vienna, Lima and Martin all week.")
    assert label_of(doc, "Martin", 1) == "Anne Martin"


def test_a_name_with_a_where_clause_is_a_place(doc_of):
    doc = doc_of("Anne Martin will visit Harwick South, where the party won the seat last year.")
    assert doc._.entities[entity_of(doc, "Harwick")].type is EntityType.PLACE


def test_an_object_pronoun_is_not_the_subject_of_its_clause(doc_of):
    doc = doc_of("Tomas Berg criticised the plan on Monday. But Erik Lund accused him of lying.")
    assert label_of(doc, "him") == "Tomas Berg"
    # nor the subject of the verb its own is coordinated with
    doc = doc_of("Maria Kovacs last week ended Tomas Berg's role as mediator, and accused him of overstepping his limits.")
    assert label_of(doc, "him") == "Tomas Berg"
    # nor the name set in apposition to that subject; "his arrival" is the one received
    doc = doc_of("Erik Lund arrived in Oslo on Sunday. Officials said the President of the State, Tomas Berg, received him "
                 "upon his arrival.")
    assert label_of(doc, "him") == "Erik Lund"
    assert label_of(doc, "his") == "Erik Lund"


def test_a_speaker_reported_inside_a_quotation_can_be_him(doc_of):
    # the quotation is Lund's; inside it Berg's words are reported, and "him" is Berg
    doc = doc_of('Erik Lund said: "Tomas Berg says Paul Dunn greeted him before the game."')
    assert label_of(doc, "him") == "Tomas Berg"


def test_the_speaker_of_a_quotation_is_not_he_inside_it(doc_of):
    doc = doc_of('Tomas Berg met reporters on Monday. "He will lose," Erik Lund said.')
    assert label_of(doc, "He") == "Tomas Berg"


def test_a_role_noun_qualified_by_a_party_needs_a_holder_of_that_party(doc_of):
    doc = doc_of("Mr Berg, Leader of the Assembly, spoke on Monday. He then accused the Arab League leader of lying.")
    assert label_of(doc, "leader") is None


def test_the_same_honorific_and_surname_twice_is_one_person(doc_of):
    # a surname that is also a given name ("Martin") tells no gender
    doc = doc_of("Paul Martin spoke on Monday. Mrs Martin made a speech in Oslo. Later Mrs Martin flew home.")
    assert entity_of(doc, "Martin", 1) == entity_of(doc, "Martin", 2) != entity_of(doc, "Martin", 0)


@pytest.mark.parametrize("text, pronoun, label", [
    ("Anne Martin quit the Harbour Party earlier this month, calling it a joke.", "it", "Harbour Party"),
    ("Lord Berg criticised the Harbour Party on Monday, accusing it of lying.", "it", "Harbour Party"),
    ("The Harbour Party met on Monday. They accused Anne Martin of lying.", "They", "Harbour Party"),
    # "it" of a copula that says how its subject feels about something
    ("The Harbour Party said on Saturday that it was deeply disappointed with Anne Martin.", "it", "Harbour Party"),
    # a country owning the body is not another candidate
    ("Norway's junta said on Saturday it was disappointed with Anne Martin.", "it", "Norwegian junta"),
])
def test_it_and_they_stand_for_the_one_body_before_them(doc_of, text, pronoun, label):
    assert label_of(doc_of(text), pronoun) == label


@pytest.mark.parametrize("text, label", [
    ("Myanmar's junta criticised Anne Martin.", "Burmese junta"),
    ("The Thai junta criticised Anne Martin.", "Thai junta"),
])
def test_a_junta_is_its_country_s_institution(doc_of, text, label):
    assert label_of(doc_of(text), label.split()[-1]) == label


def test_a_thing_between_cannot_be_the_one_who_accuses(doc_of):
    doc = doc_of("The Harbour Party wants the visit to go ahead as long as the plan does not include Anne Martin, "
                 "who it accused of bias.")
    assert label_of(doc, "it") == "Harbour Party"


@pytest.mark.parametrize("text, pronoun", [
    # another noun of the same number may be meant
    ("The Harbour Party rejected the plan, saying it was reckless.", "it"),
    # (a body only in the phrase of that thing leaves the thing the likelier one)
    ("Maria Kovacs blasted Tomas Berg's trade agreement with Mexico, calling it a betrayal of workers.", "it"),
    ("The Harbour Party says the Government checks people if they come into Oslo.", "they"),
    # two bodies
    ("The Harbour Party and the Union met on Monday. They accused Anne Martin of lying.", "They"),
    # an expletive
    ("The Harbour Party met on Monday. It is clear that Anne Martin lied.", "It"),
    ("The Harbour Party met on Monday. It is clear from the talks that Anne Martin lied.", "It"),
    ("The Harbour Party met on Monday. It is important for Anne Martin to resign.", "It"),
    # inside a quotation
    ('The Harbour Party met on Monday. "They lied to us," Anne Martin said.', "They"),
])
def test_it_and_they_stay_unresolved_when_unclear(doc_of, text, pronoun):
    assert label_of(doc_of(text), pronoun) is None


def test_a_one_word_body_name_the_tagger_found_elsewhere_is_that_body(doc_of):
    doc = doc_of("Officials said the Harbour Party would protest. Later Harbourside criticised Harbourside's rivals. "
                 "Harbourside lied, Anne Martin said.")
    keys = {t._.entity for t in doc if t.text == "Harbourside"}
    tagged = {t._.entity for t in doc if t.text == "Harbourside" and t.ent_type_}
    assert tagged and keys == tagged


def test_a_one_word_body_name_with_a_determiner_is_not_propagated(nlp):
    """The tagger's miss is set by hand: only the first "Harbourside" is tagged."""
    import datetime as dt

    from kg.records import Article, CleanArticle
    from kg.resolve import resolve_document

    text = "The Harbourside said it would protest. Anne Martin dismissed Tomas Berg's Harbourside as a stunt. Harbourside lied."
    doc = nlp(text)
    first = [t.i for t in doc if t.text == "Harbourside"]
    doc.ents = [e for e in doc.ents if e.start not in first[1:]]
    doc._.article = CleanArticle(Article("t", text, date=dt.date(2022, 4, 27)), text)
    resolve_document(doc)
    assert [doc[i]._.entity for i in first] == ["organization:harbourside", None, "organization:harbourside"]


# ---------------------------------------------------------------------- resolve 2: given names, bodies misread, pairs

@pytest.mark.parametrize("later", ["Sir Olek", "Dame Olek", "Tomas"])
def test_a_given_name_later_joins_the_one_person_with_that_first_name(doc_of, later):
    # "Olek" is in no lexicon: alone it could be a surname, after "Sir" it is a given name
    first = later.split()[-1]
    doc = doc_of(f"{first} Varnay arrived in Borvia on Monday. Hours later {later} told reporters the talks had failed.")
    assert list(persons(doc)) == [f"{first} Varnay"]
    assert label_of(doc, first, 1) == f"{first} Varnay"


def test_a_given_name_shared_by_two_persons_joins_neither(doc_of):
    doc = doc_of("Olek Varnay met Olek Brandt in Borvia on Monday. Hours later Sir Olek told reporters the talks had failed.")
    assert label_of(doc, "Olek", 2) not in {"Olek Varnay", "Olek Brandt"}


def test_mr_before_a_given_name_takes_it_as_a_surname(doc_of):
    doc = doc_of("Thomas Varnay arrived in Borvia on Monday. Hours later Mr Thomas told reporters the talks had failed.")
    assert label_of(doc, "Thomas", 1) != "Thomas Varnay"


def _tagged(nlp, text: str, labels: list[tuple[str, str]], spans_of: dict[str, int] | None = None):
    """``text`` parsed, with the tagger's entities replaced by ``labels`` ((words, label), each at
    the first place after the previous one, ``spans_of[words]`` tokens long where given), resolved."""
    from spacy.tokens import Span

    from kg.records import Article, CleanArticle
    from kg.resolve import resolve_document

    doc = nlp(text)
    doc._.article = CleanArticle(Article("t", text), text)
    spans, after = [], 0
    for words, label in labels:
        start = next(t.i for t in doc[after:] if doc[t.i : t.i + len(words.split())].text == words)
        after = start + (spans_of or {}).get(words, len(words.split()))
        spans.append(Span(doc, start, after, label=label))
    doc.ents = spans
    resolve_document(doc)
    return doc


def test_a_name_before_a_town_office_is_a_town_everywhere(nlp):
    """"Kelby mayor and former minister, Erik Lund" with "Kelby" tagged a person: a mayor's
    town, also where the article named it before; so "he" is the mayor, not Kelby."""
    doc = _tagged(nlp, "About 3,000 people attended a rally in Kelby on Saturday. Kelby mayor and former state minister, "
                  "Erik Lund, said the turnout proves there is support. He accused the Greens of wrecking forestry.",
                  [("Kelby", "PERSON"), ("Kelby", "PERSON"), ("Erik Lund", "PERSON")])
    assert {doc._.entities[entity_of(doc, "Kelby", nth)].type for nth in (0, 1)} == {EntityType.PLACE}
    he = next(t for t in doc if t.text == "He")
    assert he._.entity == entity_of(doc, "Lund")


def test_where_a_person_was_is_a_place_and_so_is_the_name_before_a_venue(nlp):
    """"Dr Lund was in Kelby", "Kelby" tagged a body: where a person is, is a place; so is the
    same name before a venue noun ("a Kelby research facility")."""
    doc = _tagged(nlp, "Tomas Berg was due to visit a Kelby research facility on Wednesday. Dr Lund was in Kelby earlier on "
                  "Wednesday opening a new shopping centre.", [("Tomas Berg", "PERSON"), ("Kelby", "ORG"), ("Lund", "PERSON"), ("Kelby", "ORG")])
    assert {doc._.entities[entity_of(doc, "Kelby", nth)].type for nth in (0, 1)} == {EntityType.PLACE}


@pytest.mark.parametrize("label", ["PERSON", "ORG"])
def test_a_headline_verb_tagged_with_a_name_is_no_part_of_it(nlp, label):
    """"Varnay Arrives in Oslo for State Visit" with "Varnay Arrives" tagged whole: the person is
    Varnay, whom the article names."""
    doc = _tagged(nlp, "Varnay Arrives in Oslo for State Visit\n\nOlek Varnay arrived in Oslo on Monday.",
                  [("Varnay Arrives", label), ("Olek Varnay", "PERSON")])
    assert doc[0]._.entity == entity_of(doc, "Olek")
    assert doc[1]._.entity is None


def test_a_country_and_a_title_tagged_as_a_body_is_no_entity(nlp):
    """"Nepal PM Tomas Berg" with "Nepal PM" tagged a body: a title and whose it is, no name."""
    doc = _tagged(nlp, "PM Olek Varnay and Nepal PM Tomas Berg hold talks in Delhi.",
                  [("Olek Varnay", "PERSON"), ("Nepal PM", "ORG"), ("Tomas Berg", "PERSON")])
    assert not any(key.startswith("organization:") for key in doc._.entities)


def test_a_country_and_a_title_tagged_as_a_person_is_no_entity(nlp):
    """"Qatar Emir His Highness Sheikh Tomas Berg" with "Qatar Emir" tagged a person: no one's name."""
    doc = _tagged(nlp, "Maria Kovacs was received by Qatar Emir His Highness Sheikh Tomas Berg. He greeted her warmly.",
                  [("Maria Kovacs", "PERSON"), ("Qatar Emir", "PERSON"), ("Tomas Berg", "PERSON")])
    assert entity_of(doc, "Emir") is None
    labels = [e.label for e in doc._.entities.values() if e.type is EntityType.PERSON]
    assert len(labels) == 2 and not any("Emir" in label for label in labels)


def test_a_city_tagged_as_a_person_is_a_place(nlp):
    doc = _tagged(nlp, "Maria Kovacs will visit Kelby City.", [("Maria Kovacs", "PERSON"), ("Kelby City", "PERSON")])
    assert doc._.entities[entity_of(doc, "Kelby")].type is EntityType.PLACE


def test_a_title_and_a_given_name_tagged_as_a_body_is_the_person(nlp):
    """"Mayor Erik Varnay" tagged a body: a title and a given name start a person's name."""
    doc = _tagged(nlp, "Maria Kovacs was welcomed by Mayor Erik Varnay.", [("Maria Kovacs", "PERSON"), ("Mayor Erik Varnay", "ORG")])
    assert doc._.entities[entity_of(doc, "Varnay")].type is EntityType.PERSON
    assert label_of(doc, "Varnay") == "Erik Varnay"


def test_a_style_of_address_is_no_part_of_a_name(doc_of):
    """"His Majesty King Tomas" tagged from "Majesty": the style goes, the name stays."""
    doc = doc_of("His Majesty King Tomas arrived in Oslo.")
    assert doc._.entities[entity_of(doc, "Tomas")].label == "King Tomas"


@pytest.mark.parametrize("qualifier", ["upstate", "downtown"])
def test_where_in_a_place_is_no_part_of_its_name(nlp, qualifier):
    """"in upstate Kelby Park" tagged whole: the place is "Kelby Park"."""
    doc = _tagged(nlp, f"Tomas Berg spoke at a library in {qualifier} Kelby Park.",
                  [("Tomas Berg", "PERSON"), (f"{qualifier} Kelby Park", "LOC")])
    park = entity_of(doc, "Park")
    assert doc._.entities[park].label == "Kelby Park"
    assert next(t for t in doc if t.text == qualifier)._.entity is None


@pytest.mark.parametrize("order", ["named after", "named before"])
def test_an_unnamed_counterpart_is_the_one_holding_the_office_in_that_country(doc_of, order):
    """"A cancelled a meeting with her Norwegian counterpart": the one person the article makes a
    minister of Norway, also where it names her only later, and by a relative clause."""
    meeting = "Sweden's migration minister, Anna Lind, has cancelled a meeting with her Norwegian counterpart. "
    holder = "Maria Kovacs, who is Norway's migration and integration minister, landed in Stockholm on Monday. "
    doc = doc_of(meeting + holder if order == "named after" else holder + meeting)
    counterpart = next(t for t in doc if t.text == "counterpart")
    assert counterpart._.entity == entity_of(doc, "Kovacs")
    assert "Minister of Norway" in doc._.entities[entity_of(doc, "Kovacs")].roles


def test_a_counterpart_of_a_country_with_two_such_office_holders_stays_open(doc_of):
    doc = doc_of("Sweden's migration minister, Anna Lind, has cancelled a meeting with her Norwegian counterpart. "
                 "Norway's foreign minister, Maria Kovacs, and Norway's defence minister, Tomas Berg, arrived on Monday.")
    assert next(t for t in doc if t.text == "counterpart")._.entity is None


def test_an_opposition_counterpart_holds_the_shadow_of_the_office(doc_of):
    """"her opposition counterpart": the one the article makes the shadow of her office."""
    doc = doc_of("Housing Secretary Maria Kovacs has launched an attack on her opposition counterpart. "
                 "Tomas Berg, the shadow housing secretary, hit back on Monday.")
    assert next(t for t in doc if t.text == "counterpart")._.entity == entity_of(doc, "Berg")


def test_an_office_in_a_lead_that_names_no_one_is_the_next_sentences_subject(doc_of):
    """A portfolio of the titles table ("the housing secretary") in an opening sentence that names
    no one, held by no one the article titles: the subject named first in the next sentence."""
    doc = doc_of("The housing secretary has launched a fierce attack on the plan. Maria Kovacs said the plan would "
                 "never get off the drawing board. Tomas Berg hit back.")
    assert label_of(doc, "secretary") == "Maria Kovacs"


def test_a_surname_the_tagger_took_for_a_nationality_is_the_person(doc_of):
    """"Varnese" ends as "Chinese" does: tagged a nationality alone, it is still Erik Varnese's surname."""
    doc = doc_of('Former wing Erik Varnese has told England to stop whingeing. But Varnese told reporters: "They are cheats."')
    assert label_of(doc, "Varnese", 1) == "Erik Varnese"


def test_a_full_name_tagged_a_place_once_is_the_person_named_so_elsewhere(doc_of):
    """"Bryn Cwmdu" tagged a person twice and a place once, with "Mr Cwmdu" in the article: one person."""
    doc = doc_of("The Harbour Party's Bryn Cwmdu has suggested the services were involved. As a solicitor, Bryn Cwmdu "
                 'represented a singer. Mr Cwmdu said the attacks were professional. "I have full confidence in Bryn '
                 'Cwmdu and the new team," Erik Lund said.')
    assert label_of(doc, "Cwmdu", 3) == "Bryn Cwmdu"
    assert [e.label for e in doc._.entities.values() if "Cwmdu" in e.label] == ["Bryn Cwmdu"]


def test_a_surname_after_an_honorific_is_the_person_even_where_it_names_a_place(doc_of):
    doc = doc_of('Council spokesman Erik Wellington said the rise was fair. "This is not the answer to our problems," said '
                 "Mr Wellington.")
    assert label_of(doc, "Wellington", 1) == "Erik Wellington"


def test_a_long_name_the_tagger_cut_short_and_its_inner_name_alone(nlp):
    """"President Luiz Anton Varga Da Silva" tagged as "Luiz Anton": the capitalized words after it
    in one compound finish the name; "Varga" alone, untagged, is that person."""
    doc = _tagged(nlp, "Anna Lind met with President Luiz Anton Varga Da Silva on Monday. Lind said Varga is a regional leader.",
                  [("Anna Lind", "PERSON"), ("Luiz Anton", "PERSON"), ("Lind", "PERSON")])
    key = entity_of(doc, "Luiz")
    assert doc._.entities[key].label == "Luiz Anton Varga Da Silva"
    assert entity_of(doc, "Varga", 1) == key


def test_a_work_title_the_tagger_took_for_a_person_lends_no_inner_name(nlp):
    doc = _tagged(nlp, "Sophie Varga - The Final Days portrays her life. Varga was arrested in 1943.",
                  [("Sophie Varga - The Final Days", "PERSON")])
    assert entity_of(doc, "Varga", 1) != entity_of(doc, "Sophie")


def test_a_title_written_right_before_a_name_is_no_role_noun_for_someone_else(doc_of):
    """"Visiting Chinese Vice President Tomas Berg Thursday lauded ...", parsed with the title apart
    from the name: the title is Berg's, not that of the vice president the article names later."""
    doc = doc_of("Trade ties\n\nOSLO -- Visiting Chinese Vice President Tomas Berg Thursday lauded his country's ties with "
                 "Norway.\n\nBerg said so during talks with Anna Lind, special envoy of ailing Vice President Erik Lund.")
    title = next(t for t in doc if t.text == "President")
    assert title._.entity != entity_of(doc, "Lund")


def test_an_office_country_tagged_with_the_name_after_it_is_split_off(nlp):
    """"President of Moldova Anna Lind" with "Moldova Anna Lind" tagged as one body: the country
    is the office's, the rest is the person holding it."""
    doc = _tagged(nlp, "President of Ukraine Tomas Berg met with President of Moldova Anna Lind on Monday.",
                  [("Ukraine Tomas Berg", "ORG"), ("Moldova Anna Lind", "ORG")])
    assert doc._.entities[entity_of(doc, "Lind")].roles == {"President of Moldova"}
    assert doc._.entities[entity_of(doc, "Berg")].roles == {"President of Ukraine"}
    # so is the country an envoy is sent "to"
    doc = _tagged(nlp, "India's ambassador to Nepal Anna Lind met Prime Minister Tomas Berg on Thursday.",
                  [("India", "GPE"), ("Nepal Anna Lind", "ORG"), ("Tomas Berg", "PERSON")])
    assert doc._.entities[entity_of(doc, "Lind")].label == "Anna Lind"


def test_names_listed_with_a_place_under_around_are_places(nlp):
    """"farms around Bourke, Broken Hill and Lillevik" with the later ones tagged a person and a
    body: under a preposition of place one place makes the list places (not given names)."""
    doc = _tagged(nlp, "Tomas Berg is expected to visit cattle and sheep farms around Bourke, Broken Hill and Lillevik over the weekend.",
                  [("Tomas Berg", "PERSON"), ("Bourke", "GPE"), ("Broken Hill", "PERSON"), ("Lillevik", "ORG")])
    assert {doc._.entities[entity_of(doc, word)].type for word in ("Hill", "Lillevik")} == {EntityType.PLACE}
    doc = _tagged(nlp, "Tomas Berg travelled to Oslo, Anna Lind and Erik Lund.",
                  [("Tomas Berg", "PERSON"), ("Oslo", "GPE"), ("Anna Lind", "PERSON"), ("Erik Lund", "PERSON")])
    assert {doc._.entities[entity_of(doc, word)].type for word in ("Lind", "Lund")} == {EntityType.PERSON}


def test_a_gathering_in_a_one_word_name_is_in_a_place(nlp):
    doc = _tagged(nlp, "Tomas Berg told a large crowd in Kelby that change was coming.", [("Tomas Berg", "PERSON"), ("Kelby", "PERSON")])
    assert doc._.entities[entity_of(doc, "Kelby")].type is EntityType.PLACE
    doc = _tagged(nlp, "Tomas Berg said voters had faith in Lund.", [("Tomas Berg", "PERSON"), ("Lund", "PERSON")])
    assert doc._.entities[entity_of(doc, "Lund")].type is EntityType.PERSON


def test_a_name_tagged_as_a_group_is_a_body(nlp):
    doc = _tagged(nlp, "Bourse operator Harbourline has met with the Borvia Exchange.", [("Harbourline", "NORP"), ("Borvia Exchange", "ORG")])
    assert doc._.entities[entity_of(doc, "Harbourline")].type is EntityType.ORGANIZATION


@pytest.mark.parametrize("word", ["Socialist", "Anglican", "Kurdish", "Dane"])
def test_a_word_for_a_camp_or_a_faith_tagged_as_a_group_is_no_entity(nlp, word):
    doc = _tagged(nlp, f"A {word} delegate met with the Borvia Exchange.", [(word, "NORP"), ("Borvia Exchange", "ORG")])
    assert entity_of(doc, word) is None


def test_a_name_before_a_body_title_and_a_person_is_the_body(nlp):
    doc = _tagged(nlp, "Harbourline chief Olek Varnay held talks with Anne Martin.", [("Harbourline", "PERSON"), ("Olek Varnay", "PERSON"), ("Anne Martin", "PERSON")])
    assert doc._.entities[entity_of(doc, "Harbourline")].type is EntityType.ORGANIZATION
    assert "Harbourline" not in persons(doc)


def test_a_known_place_owning_a_person_tagged_as_one_is_a_place_of_its_own(nlp):
    from kg.extract import extract_facts

    doc = _tagged(nlp, "Norway’s Varnay to meet Tomas Berg in Sweden", [("Norway", "PERSON"), ("Tomas Berg", "PERSON"), ("Sweden", "GPE")],
                  spans_of={"Norway": 3})
    assert label_of(doc, "Varnay") == "Varnay"
    assert label_of(doc, "Norway") == "Norway"
    # a headline parsed as a name with a relative infinitive: the name is to meet
    met = {(doc._.entities[f.subject].label, doc._.entities[f.object].label, f.status.value)
           for f in extract_facts(doc) if f.relation.value == "MET_WITH"}
    assert met == {("Varnay", "Tomas Berg", "planned")}


def test_a_bare_title_and_surname_is_the_person_with_the_longer_title(doc_of):
    doc = doc_of("Maria Kovacs held talks with US Secretary of State Tomas Berg on Friday. She said Secretary Berg agreed.")
    assert label_of(doc, "Berg", 1) == "Tomas Berg"


def test_a_participle_describing_a_national_body_is_no_part_of_its_name(doc_of):
    doc = doc_of("Mali's army-led government urged President Maria Kovacs to leave.")
    entity = doc._.entities[entity_of(doc, "government")]
    assert entity.forms == {"Mali's army-led government"}
    assert "army" not in entity.key


def test_a_month_name_after_a_given_name_is_a_surname(nlp):
    doc = _tagged(nlp, "Tomas Berg will hold talks with Prime Minister, Olivia May.", [("Tomas Berg", "PERSON"), ("May", "DATE")])
    assert label_of(doc, "May") == "Olivia May"


def test_a_subject_pronoun_in_a_fronted_participle_is_the_main_subject(doc_of):
    text = ("Kenyan President Erik Lund met envoys on Friday. Speaking when he held talks with Tomas Berg on Saturday, "
            "President Anders Holm made it clear that the bloc would not split.")
    doc = doc_of(text)
    assert label_of(doc, "he") == "Anders Holm"
    # but not from a clause with a subject of its own, nor to a person whose gender disagrees
    doc = doc_of("Tomas Berg arrived in Oslo on Monday. When he landed, Anders Holm greeted him.")
    assert label_of(doc, "he") == "Tomas Berg"
    doc = doc_of("Tomas Berg met envoys on Friday. Speaking when he held talks with Erik Lund, President Maria Kovacs spoke.")
    assert label_of(doc, "he") == "Tomas Berg"


def test_a_possessive_in_a_phrase_opened_by_ahead_of_is_the_main_subject(doc_of):
    """"Ahead of his trip, X said": the parser makes "ahead" an adverb and the phrase its own."""
    doc = doc_of("Tomas Berg arrived in Oslo on Monday. Ahead of his trip to Rome next week, Erik Lund spoke to reporters.")
    assert label_of(doc, "his") == "Erik Lund"


def test_a_possessive_in_a_fronted_phrase_of_a_reported_clause_is_that_clause_s_subject(doc_of):
    doc = doc_of('Pope Olek will visit Norway next year. "During his visit to the Vatican, King Tomas invited His Holiness to '
                 'visit Norway," an official said.')
    assert label_of(doc, "his") == "King Tomas"


def test_a_style_of_address_alone_is_the_one_holder_of_a_title_it_is_used_for(doc_of):
    doc = doc_of("Pope Olek will visit Norway next year. King Tomas invited His Holiness to visit Norway.")
    assert label_of(doc, "Holiness") == "Pope Olek"
    # not with two such holders
    doc = doc_of("Pope Olek met Patriarch Tomas Berg in Oslo. King Erik invited His Holiness to visit Norway.")
    assert label_of(doc, "Holiness") is None


def test_a_name_tagged_from_its_patronymic_starts_with_the_given_name_before_it(nlp):
    doc = _tagged(nlp, "Tomas Berg wrote to the King of Norway Salman bin Kelbaz Al Varnay on Monday.",
                  [("Tomas Berg", "PERSON"), ("King of Norway", "GPE"), ("bin Kelbaz Al Varnay", "PERSON")])
    assert label_of(doc, "Varnay") == "Salman bin Kelbaz Al Varnay"


def test_a_title_of_a_country_tagged_as_a_place_is_a_role(nlp):
    doc = _tagged(nlp, "Tomas Berg wrote to the King of Norway Erik Lund.", [("Tomas Berg", "PERSON"), ("King of Norway", "GPE"), ("Erik Lund", "PERSON")])
    assert label_of(doc, "Norway") == "Norway"
    # the title is no entity of its own: it stands for the one named right after its country
    assert entity_of(doc, "King") == entity_of(doc, "Lund") == "person:erik lund"


def test_a_style_of_address_tagged_as_a_name_is_no_entity(nlp):
    doc = _tagged(nlp, "Tomas Berg greeted Her Majesty at the main entrance.", [("Tomas Berg", "PERSON"), ("Majesty", "PERSON")])
    assert entity_of(doc, "Majesty") is None


def test_ayatollah_is_an_honorific(doc_of):
    doc = doc_of("Ayatollah Tomas Berg met Maria Kovacs on Monday.")
    assert label_of(doc, "Berg") == "Tomas Berg"


def test_haji_is_an_honorific(doc_of):
    doc = doc_of("Tomas Berg will pay a courtesy call on Sultan Haji Olek Varnay on Wednesday.")
    assert label_of(doc, "Varnay") == "Olek Varnay"


def test_seyyed_is_an_honorific(nlp):
    doc = _tagged(nlp, "Tomas Berg had an audience with Ayatollah Seyyed Olek Varnay.", [("Tomas Berg", "PERSON"), ("Seyyed Olek Varnay", "PERSON")])
    assert label_of(doc, "Varnay") == "Olek Varnay"


def test_a_saint_before_a_feast_day_is_no_one(nlp):
    doc = _tagged(nlp, "Maria Kovacs made a St Patrick's Day visit to Oslo.", [("Maria Kovacs", "PERSON"), ("St Patrick", "PERSON")])
    assert entity_of(doc, "Patrick") is None


def test_a_known_place_and_a_headline_verb_tagged_as_one_name_is_the_place(nlp):
    doc = _tagged(nlp, "Saudi Arabia Condemns the Attack on Kelby", [("Saudi Arabia Condemns", "GPE")])
    assert label_of(doc, "Saudi") == "Saudi Arabia"
    assert entity_of(doc, "Condemns") is None


def test_a_headline_verb_inside_one_tagged_name_parts_the_names_beside_it(nlp):
    text = "Varnay Visits Berg in Kelby To Discuss Goals\n\nOlek Varnay visited Prime Minister Tomas Berg in Kelby."
    doc = _tagged(nlp, text, [("Varnay Visits Berg", "ORG"), ("Kelby", "GPE"), ("Olek Varnay", "PERSON"), ("Tomas Berg", "PERSON")])
    assert (label_of(doc, "Varnay"), label_of(doc, "Berg"), entity_of(doc, "Visits")) == ("Olek Varnay", "Tomas Berg", None)


@pytest.mark.parametrize("text, country", [
    ("Leaders in Kyiv criticized Tomas Berg for the visit.", "Ukraine"),
    ("The authorities in Moscow accused Tomas Berg of lying.", "Russia"),
    ("The Oslo government accused Tomas Berg of lying.", "Norway"),
    ("The government in Kabul condemned Tomas Berg.", "Afghanistan"),
    ("The foreign ministry in Beijing condemned Tomas Berg's remarks.", "China"),
])
def test_rulers_named_by_their_capital_are_its_country(doc_of, text, country):
    ruler = next(w for w in text.split() if w in {"Leaders", "authorities", "government", "ministry"})
    assert label_of(doc_of(text), ruler) == country


@pytest.mark.parametrize("text, names", [
    ("Tomas Berg was hosting the children's show Fat Albert and the Cosby Kids.", {"Tomas Berg"}),
    ("On the show Erik Lund hosted, Tomas Berg criticised Anna Lind.", {"Erik Lund", "Tomas Berg", "Anna Lind"}),
])
def test_the_title_of_a_show_is_no_person(doc_of, text, names):
    assert set(persons(doc_of(text))) == names


def test_we_as_a_subject_in_a_quotation_is_its_speaker(doc_of):
    doc = doc_of('"Tomorrow we will have talks with the chancellor," Prime Minister Tomas Berg said. "They like us."')
    assert (label_of(doc, "we"), label_of(doc, "us")) == ("Tomas Berg", None)


@pytest.mark.parametrize("first, holder", [
    ("The military deposed President Tomas Berg four months ago.", None),
    ("Interim President Tomas Berg took office in July.", "Tomas Berg"),
])
def test_the_interim_president_is_one_introduced_as_interim(doc_of, first, holder):
    doc = doc_of(first + " Erik Lund will meet with the interim president on Sunday.")
    assert label_of(doc, "president") == holder


def test_officials_in_a_town_that_is_no_capital_are_no_country(doc_of):
    assert label_of(doc_of("Officials in Kelby criticized Tomas Berg."), "Officials") is None


def test_a_place_name_split_at_its_hyphen_is_one_place(doc_of):
    doc = doc_of("Maria Kovacs flew to Guinea-Bissau on Monday.")
    assert label_of(doc, "Guinea") == "Guinea-Bissau"
    assert label_of(doc, "Bissau") == "Guinea-Bissau"


def test_a_surname_before_a_title_and_a_person_stays_a_person(nlp):
    text = "Tomas Harbour arrived. Harbour boss Olek Varnay spoke."
    doc = _tagged(nlp, text, [("Tomas Harbour", "PERSON"), ("Harbour", "PERSON"), ("Olek Varnay", "PERSON")])
    assert label_of(doc, "Harbour", 1) == "Tomas Harbour"


@pytest.mark.parametrize("pair", ["The pair", "The two men", "Both men"])
def test_a_noun_for_two_persons_stands_for_the_two_named_last(doc_of, pair):
    doc = doc_of(f"Erik Lund spoke on Monday. Olek Varnay clashed with Tomas Berg in Borvia. {pair} met on the platform.")
    noun = next(t for t in doc if t.lower_ in {"pair", "men"})
    assert {doc._.entities[k].label for k in noun._.group} == {"Olek Varnay", "Tomas Berg"}


def test_a_word_for_a_pair_used_again_sentences_later_is_the_same_pair(doc_of):
    """"Both billionaires have ... Both billionaires held talks", three sentences apart; not once
    two other persons have been named in between."""
    told = "Erik Lund and Tomas Berg visited the centre in Abuja. Both billionaires have played a role. Lund is in the country."
    doc = doc_of(f"{told} The centre is new. Both billionaires held talks with officials.")
    last = [t for t in doc if t.lower_ == "billionaires"][-1]
    assert {doc._.entities[k].label for k in last._.group} == {"Erik Lund", "Tomas Berg"}
    doc = doc_of(f"{told} Anna Lind met Olek Varnay. Both billionaires held talks with officials.")
    last = [t for t in doc if t.lower_ == "billionaires"][-1]
    assert {doc._.entities[k].label for k in last._.group or ()} != {"Erik Lund", "Tomas Berg"}


def test_a_name_tagged_with_a_preposition_after_it_ends_before_it(nlp):
    """A headline's "Berg on Falklands" tagged as one body, Berg a person named in the story."""
    text = "Norway slams Berg on Falklands\n\nNorwegian President Maria Kovacs criticised Swedish Prime Minister Tomas Berg."
    doc = _tagged(nlp, text, [("Norway", "GPE"), ("Berg on Falklands", "ORG"), ("Maria Kovacs", "PERSON"), ("Tomas Berg", "PERSON")])
    assert label_of(doc, "Berg") == "Tomas Berg"
    # a body's own name keeps its preposition
    doc = _tagged(nlp, "The Council on Foreign Relations said Tomas Berg was right.",
                  [("Council on Foreign Relations", "ORG"), ("Tomas Berg", "PERSON")])
    assert label_of(doc, "Council") == "Council on Foreign Relations"


def _tagged_spans(nlp, text: str, labels: list[tuple[str, str]]):
    """``text`` parsed, with the tagger's entities replaced by ``labels`` ((words, label), found
    by characters, each after the previous one, commas included), resolved."""
    from kg.records import Article, CleanArticle
    from kg.resolve import resolve_document

    doc = nlp(text)
    doc._.article = CleanArticle(Article("t", text), text)
    spans, after = [], 0
    for words, label in labels:
        start = text.index(words, after)
        after = start + len(words)
        spans.append(doc.char_span(start, after, label=label))
    doc.ents = spans
    resolve_document(doc)
    return doc


def test_a_name_tagged_across_the_comma_after_an_opening_phrase_is_two_names(nlp):
    """"According to The Herald, Berg will ...": the clause's subject is its own name; a name
    whose part after a comma is a title stays one ("Maria, Duchess of Kelby")."""
    doc = _tagged_spans(nlp, "Tomas Berg was sacked on Monday. According to The Herald, Berg will meet Erik Lund in Oslo.",
                        [("Tomas Berg", "PERSON"), ("The Herald, Berg", "ORG"), ("Erik Lund", "PERSON")])
    assert label_of(doc, "Berg", 1) == "Tomas Berg"
    assert label_of(doc, "Herald") == "Herald"
    doc = _tagged_spans(nlp, "Maria, Duchess of Kelby, met Erik Lund.",
                        [("Maria, Duchess of Kelby", "PERSON"), ("Erik Lund", "PERSON")])
    assert label_of(doc, "Duchess") == "Maria, Duchess of Kelby"


def test_two_persons_joined_as_the_subject_before_are_the_pair(doc_of):
    """Not the two named last: the pair the sentence before is about, whatever their titles."""
    doc = doc_of("Swedish Foreign Minister Tomas Berg and rebel leader Maria Kovacs travelled to Cairo for separate talks "
                 "with Egyptian President Erik Lund. The two leaders last met at a conference in Borvia in June.")
    noun = next(t for t in doc if t.lower_ == "leaders")
    assert {doc._.entities[k].label for k in noun._.group} == {"Tomas Berg", "Maria Kovacs"}


def test_the_name_after_anti_is_the_one_it_names(doc_of):
    doc = doc_of("Tomas Berg arrived in Brazil. Maria Kovacs led an anti-Berg protest on Friday night.")
    assert label_of(doc, "Berg", 1) == "Tomas Berg"
    # a body's name that starts with "Anti-" keeps it
    doc = doc_of("Balco has been accused by the Kelby Anti-Doping Agency of being the source of the steroid.")
    assert "Anti-Doping Agency" in label_of(doc, "Agency")
    # a city "of" a name the tables know as a country is the city
    doc = doc_of("Maria Kovacs spoke in the Bolivian city of Trinidad.")
    assert label_of(doc, "Trinidad") == "Trinidad"


def test_a_countrys_bare_ministry_is_the_one_ministry_of_it_named_before(doc_of):
    doc = doc_of("Norway's foreign ministry said it had summoned the envoy. Later the Norwegian ministry condemned Sweden.")
    assert label_of(doc, "ministry") == label_of(doc, "ministry", 1) == "Norwegian foreign ministry"
    # two ministries of the country named: which one is not told
    doc = doc_of("Norway's foreign ministry and Norway's defence ministry spoke. Later the Norwegian ministry condemned Sweden.")
    assert label_of(doc, "ministry", 2) == "Norwegian ministry"


def test_the_envoy_is_the_ambassador_named_before(doc_of):
    doc = doc_of("Maria Kovacs called in Swedish Ambassador Tomas Berg and warned against the envoy's remarks.")
    assert label_of(doc, "envoy") == "Tomas Berg"


def test_a_deputy_is_not_the_holder_of_the_office(doc_of):
    doc = doc_of("Foreign Minister Maria Kovacs arrived on Monday. Deputy Foreign Minister Tomas Berg met her. "
                 "The foreign minister said the talks went well.")
    assert label_of(doc, "minister") == "Maria Kovacs"
    doc = doc_of("President Maria Kovacs and Deputy President Tomas Berg spoke. The two presidents will meet later.")
    assert not next(t for t in doc if t.lower_ == "presidents")._.group


def test_the_city_and_the_capital_are_the_ones_named_last(doc_of):
    doc = doc_of("Maria Kovacs arrived in Bergen on Monday. She met Tomas Berg in the city on Tuesday.")
    assert label_of(doc, "city") == "Bergen"
    doc = doc_of("Maria Kovacs flew to Bergen and Oslo on Monday. She met Tomas Berg in the capital on Tuesday.")
    assert label_of(doc, "capital") == "Oslo"
    # a country named last: its capital
    doc = doc_of("Maria Kovacs visited Norway on Monday. She met Tomas Berg in the capital on Tuesday.")
    assert label_of(doc, "capital") == "Oslo"
    # "the Kenyan capital": the country's capital city
    assert label_of(doc_of("Maria Kovacs met Tomas Berg in the Kenyan capital."), "capital") == "Nairobi"


@pytest.mark.parametrize("text", [
    "Maria Kovacs grew up in the city.",  # none named
    "Maria Kovacs arrived in Bergen. She visited the city of Kelby.",  # the city named with it
    "Maria Kovacs arrived in Bergen. She spoke in March. She spoke again in May. She was tired. Then she left the city.",  # too long ago
])
def test_the_city_stays_open_without_one_named_lately(doc_of, text):
    assert entity_of(doc_of(text), "city") is None


def test_two_surnames_joined_by_a_hyphen_are_two_persons_when_each_stands_alone(doc_of):
    doc = doc_of("Kovacs-Berg spat deepens\n\nMaria Kovacs met Tomas Berg. Kovacs accused Berg of lying on Sunday.")
    assert label_of(doc, "Kovacs", 2) == "Maria Kovacs"
    assert label_of(doc, "Berg", 2) == "Tomas Berg"
    assert sorted(persons(doc)) == ["Maria Kovacs", "Tomas Berg"]
    # a double-barrelled name whose parts never stand alone stays one person
    doc = doc_of("Tomas Vane-Tempest spoke. Vane-Tempest said he was leaving.")
    assert label_of(doc, "Tempest", 1) == "Tomas Vane-Tempest"


def test_they_opening_a_sentence_stands_for_the_persons_who_were_the_subject_before(doc_of):
    doc = doc_of("Olek Varnay and Tomas Berg met in Borvia on Monday. They agreed to hold further talks.")
    they = next(t for t in doc if t.lower_ == "they")
    assert {doc._.entities[k].label for k in they._.group} == {"Olek Varnay", "Tomas Berg"}
    # a person with a noun that person owns: the person
    doc = doc_of("Olek Varnay and his delegation landed in Kelby on Tuesday. They were greeted by Tomas Berg.")
    assert label_of(doc, "They") == "Olek Varnay"


@pytest.mark.parametrize("text, owners", [
    ("After their talks in Borvia, Maria Kovacs and Tomas Berg said they would meet again.", {"Maria Kovacs", "Tomas Berg"}),
    ("Olek Varnay and Tomas Berg said their talks had gone well.", {"Olek Varnay", "Tomas Berg"}),
    ("Olek Varnay and Tomas Berg met. The two leaders said their talks had gone well.", {"Olek Varnay", "Tomas Berg"}),
    # not when the list holds something else than named persons
    ("After their talks, Olek Varnay and the protesters marched to the square.", set()),
])
def test_their_stands_for_the_persons_listed_as_its_clauses_subject(doc_of, text, owners):
    their = next(t for t in doc_of(text) if t.lower_ == "their")
    assert {their.doc._.entities[k].label for k in their._.group or ()} == owners


@pytest.mark.parametrize("text", [
    # someone not named among them; not opening the sentence; quoted
    "Olek Varnay and the protesters marched to the square. They were greeted by Tomas Berg.",
    "Olek Varnay and Tomas Berg met in Borvia. Later they left.",
    'Olek Varnay and Tomas Berg met in Borvia. "They lied," Erik Lund said.',
])
def test_they_stays_open_when_the_subject_before_is_not_only_named_persons(doc_of, text):
    they = next(t for t in doc_of(text) if t.lower_ == "they")
    assert they._.entity is None and not they._.group


def test_the_two_title_holders_far_from_their_names_are_the_pair(doc_of):
    doc = doc_of("President Olek Varnay refused to apologise to President Tomas Berg. Mr Varnay called him corrupt. "
                 "Hours later the chancellor Erik Lund spoke. The two presidents greeted each other when they met in Borvia.")
    they = next(t for t in doc if t.lower_ == "they")
    assert {doc._.entities[k].label for k in they._.group} == {"Olek Varnay", "Tomas Berg"}


def test_the_plural_title_stands_for_its_two_holders(doc_of):
    doc = doc_of("President Olek Varnay and President Tomas Berg arrived on Monday. Police guarded the town, where the presidents met.")
    noun = next(t for t in doc if t.lower_ == "presidents")
    assert {doc._.entities[k].label for k in noun._.group} == {"Olek Varnay", "Tomas Berg"}


def test_the_plural_title_of_three_holders_stands_for_no_one(doc_of):
    doc = doc_of("President Olek Varnay, President Tomas Berg and President Erik Lund arrived on Monday. "
                 "Police guarded the town, where the presidents met.")
    assert next(t for t in doc if t.lower_ == "presidents")._.group is None


def test_a_plural_title_before_a_list_is_the_office_of_each(doc_of):
    doc = doc_of("Senators Maria Kovacs, Tomas Berg and Erik Lund landed in Oslo on Sunday.")
    assert {doc._.entities[entity_of(doc, name)].label: doc._.roles[entity_of(doc, name)] for name in ("Kovacs", "Berg", "Lund")} \
        == {label: {Role("senator", None)} for label in ("Maria Kovacs", "Tomas Berg", "Erik Lund")}


@pytest.mark.parametrize("text, word, group", [
    # all of those one plural title named in one list ("Senators A, B and C"), its country unsaid
    ("A delegation including Senators Maria Kovacs, Tomas Berg and Erik Lund landed in Oslo on Sunday. "
     "The U.S. senators met with Norwegian Prime Minister Anna Lind.", "senators", ["Maria Kovacs", "Tomas Berg", "Erik Lund"]),
    # a capitalized plural title the tagger calls a proper noun (and leaves unlemmatized)
    ("Finnish Prime Minister Maria Kovacs and Swedish Prime Minister Tomas Berg met in Oslo. "
     "Both Prime Ministers have met with Ukrainian President Erik Lund within the past week.", "Ministers",
     ["Maria Kovacs", "Tomas Berg"]),
    # "the governors" at a meeting are all of them, not the two the article happens to name
    ("Governor Maria Kovacs and Governor Tomas Berg arrived on Monday. "
     "They did not speak when the governors had another meeting at the White House.", "governors", None),
    # a counted plural title can be the list of that many named just after it, and no list of another size
    ("Three U.S. senators paid a brief visit to Norway on Sunday. "
     "The delegation including Senators Maria Kovacs, Tomas Berg and Erik Lund landed in Oslo.", "senators",
     ["Maria Kovacs", "Tomas Berg", "Erik Lund"]),
    ("Three U.S. senators paid a brief visit to Norway on Sunday. "
     "The delegation including Senators Maria Kovacs and Tomas Berg landed in Oslo.", "senators", None),
    # demonyms before a plural title: the one holder of the office in each country, if each has one
    ("Russian President Maria Kovacs and Chinese President Tomas Berg spoke by phone last month. "
     "The Russian and Chinese leaders will meet in Astana next week.", "leaders", ["Maria Kovacs", "Tomas Berg"]),
    ("Russian President Maria Kovacs, Russian Prime Minister Erik Lund and Chinese President Tomas Berg spoke "
     "by phone last month. The Russian and Chinese leaders will meet in Astana next week.", "leaders", None),
])
def test_a_plural_title_stands_for_the_persons_the_article_gives_it(doc_of, text, word, group):
    doc = doc_of(text)
    noun = [t for t in doc if t.text == word][-1]
    assert ([doc._.entities[k].label for k in noun._.group] if noun._.group else None) == group


def test_the_leaders_of_named_countries_are_the_one_leader_of_each(doc_of):
    doc = doc_of("The leaders of Japan, China and South Korea met in Tokyo on Saturday. Japanese Prime Minister Maria Kovacs, "
                 "Chinese Premier Tomas Berg and South Korean President Erik Lund laid flowers.")
    noun = next(t for t in doc if t.lower_ == "leaders")
    assert [doc._.entities[k].label for k in noun._.group] == ["Maria Kovacs", "Tomas Berg", "Erik Lund"]


def test_a_counted_plural_title_is_that_many_holders_named_last(doc_of):
    doc = doc_of("President Anne Martin, Prime Minister Tomas Berg and Chancellor Maria Kovacs arrived. "
                 "Minister Erik Lund stayed home. The three leaders met on Monday.")
    noun = next(t for t in doc if t.lower_ == "leaders")
    assert [doc._.entities[k].label for k in noun._.group] == ["Anne Martin", "Tomas Berg", "Maria Kovacs"]


def test_a_counted_plural_title_with_too_few_holders_stands_for_no_one(doc_of):
    doc = doc_of("President Anne Martin and Prime Minister Tomas Berg arrived. The three leaders met on Monday.")
    assert next(t for t in doc if t.lower_ == "leaders")._.group is None


def test_the_leaders_of_countries_with_a_leader_missing_stand_for_no_one(doc_of):
    doc = doc_of("The leaders of Japan and China met in Tokyo on Saturday. Japanese Prime Minister Maria Kovacs laid flowers.")
    assert next(t for t in doc if t.lower_ == "leaders")._.group is None


def test_a_country_title_and_name_tagged_as_one_body_is_the_person(nlp):
    text = "Solomon Islands PM Olek Varnay has attacked Borvia. Varnay spoke on Monday."
    doc = _tagged(nlp, text, [("Solomon Islands PM Olek Varnay", "ORG"), ("Borvia", "GPE"), ("Varnay", "PERSON")])
    assert "Olek Varnay" in persons(doc)
    assert not [e for e in doc._.entities.values() if e.type is EntityType.ORGANIZATION]


@pytest.mark.parametrize("text", [
    "Maria Kovacs travelled to Kelshire on Saturday.",
    "Maria Kovacs is the first foreign leader to visit Kelshire since the flood.",
])
def test_a_one_word_person_where_a_trip_goes_is_a_place(nlp, text):
    doc = _tagged(nlp, text, [("Maria Kovacs", "PERSON"), ("Kelshire", "PERSON")])
    assert doc._.entities[entity_of(doc, "Kelshire")].type is not EntityType.PERSON


@pytest.mark.parametrize("text, place", [
    ("Maria Kovacs cancelled her visit to Kelshire on Saturday.", "Kelshire"),
    ("Maria Kovacs flew to Kelshire on Monday.", "Kelshire"),
])
def test_a_one_word_name_left_untagged_where_a_trip_goes_is_a_place(nlp, text, place):
    doc = _tagged(nlp, text, [("Maria Kovacs", "PERSON")])
    assert doc._.entities[entity_of(doc, place)].type is EntityType.PLACE


@pytest.mark.parametrize("text, word", [
    ("Maria Kovacs moved her trip to Friday.", "Friday"),
    ("Maria Kovacs flew to Kelshire Bay on Monday.", "Kelshire"),  # a word of a longer name
    ("Maria Kovacs postponed her trip to March.", "March"),
    ("Maria Kovacs could return to St James' Park.", "Park"),  # a place's generic word, after a possessive
])
def test_untagged_words_that_name_no_destination_are_no_place(nlp, text, word):
    doc = _tagged(nlp, text, [("Maria Kovacs", "PERSON")])
    key = next(t for t in doc if t.text == word)._.entity
    assert key is None or doc._.entities[key].type is not EntityType.PLACE


def test_one_word_destinations_in_a_list_tagged_as_a_body_or_a_person_are_places(nlp):
    text = "Maria Kovacs will also travel to Kelshire and Hexworth during her visit."
    doc = _tagged(nlp, text, [("Maria Kovacs", "PERSON"), ("Kelshire", "ORG"), ("Hexworth", "PERSON")])
    assert doc._.entities[entity_of(doc, "Kelshire")].type is EntityType.PLACE
    assert doc._.entities[entity_of(doc, "Hexworth")].type is EntityType.PLACE


def test_a_body_visited_stays_a_body(nlp):
    doc = _tagged(nlp, "Maria Kovacs visited Harbourline on Monday.", [("Maria Kovacs", "PERSON"), ("Harbourline", "ORG")])
    assert doc._.entities[entity_of(doc, "Harbourline")].type is EntityType.ORGANIZATION


def test_a_name_tagged_as_a_product_whose_surname_is_tagged_a_person_is_the_person(nlp):
    text = "Maria Kovacs suggested Anaxo Varnay is parroting talking points. Varnay denied it."
    doc = _tagged(nlp, text, [("Maria Kovacs", "PERSON"), ("Anaxo Varnay", "PRODUCT"), ("Varnay", "PERSON")])
    assert "Anaxo Varnay" in persons(doc)
    assert label_of(doc, "Varnay", 1) == "Anaxo Varnay"


@pytest.mark.parametrize("text, tags, name", [
    # a given name ends the law's name; a place ends the event's
    ("Bill Varnay spoke. Maria Kovacs hit out at critics of the Gambling Bill.",
     [("Bill Varnay", "PERSON"), ("Maria Kovacs", "PERSON"), ("Gambling Bill", "LAW")], "Gambling"),
    ("Tomas Wales spoke. The Kelby Cup Wales team toured Norway.",
     [("Tomas Wales", "PERSON"), ("Kelby Cup Wales", "EVENT"), ("Norway", "GPE")], "Cup"),
])
def test_a_product_or_law_ending_in_a_given_name_or_a_place_stays_no_person(nlp, text, tags, name):
    doc = _tagged(nlp, text, tags)
    key = entity_of(doc, name)
    assert key is None or doc._.entities[key].type is not EntityType.PERSON


def test_a_surname_visited_stays_a_person(nlp):
    text = "Maria Kovacs met Tomas Berg in May. She visited Berg on Monday."
    doc = _tagged(nlp, text, [("Maria Kovacs", "PERSON"), ("Tomas Berg", "PERSON"), ("Berg", "PERSON")])
    assert label_of(doc, "Berg", 1) == "Tomas Berg"


def test_a_known_capital_tagged_as_a_product_is_a_place(nlp):
    text = "Maria Kovacs met Tomas Berg in the capital Canberra on Monday."
    doc = _tagged(nlp, text, [("Maria Kovacs", "PERSON"), ("Tomas Berg", "PERSON"), ("Canberra", "PRODUCT")])
    assert doc._.entities[entity_of(doc, "Canberra")].type is EntityType.CITY


def test_a_name_inside_a_long_full_name_is_that_person(nlp):
    text = "President Luiz Carlos Varga da Costa arrived in Borvia. Varga said the talks had failed."
    doc = _tagged(nlp, text, [("Luiz Carlos Varga da Costa", "PERSON"), ("Borvia", "GPE"), ("Varga", "PERSON")])
    assert label_of(doc, "Varga", 1) == "Luiz Carlos Varga da Costa"


def test_a_given_name_before_the_full_name_joins_it(doc_of):
    doc = doc_of("Olek told reporters on Monday that talks had failed. Olek Varnay then left Borvia.")
    assert label_of(doc, "Olek") == "Olek Varnay"


def test_a_pair_with_one_person_before_it_stands_for_no_one(doc_of):
    doc = doc_of("Olek Varnay spoke in Borvia on Monday. The pair met on the platform.")
    assert next(t for t in doc if t.lower_ == "pair")._.group is None


def test_a_quotation_reopened_without_closing_ends_at_its_closing_mark(doc_of):
    # the quote of one paragraph is left open and reopened in the next, the paragraph break lost
    doc = doc_of('Olek Varnay told reporters: "We will win. "The vote is ours." Tomas Berg had claimed that he was in Borvia.')
    assert not any(t.i in doc._.quoted for t in doc if t.text in {"Tomas", "claimed"})
    assert label_of(doc, "he") == "Tomas Berg"


def test_a_title_the_article_never_gave_is_the_person_named_last_without_one(doc_of):
    doc = doc_of("Olek Varnay faces questions about his rift with Tomas Berg. Meanwhile, the chancellor is leaving Borvia. "
                 "Critics accused the chancellor of disloyalty.")
    assert label_of(doc, "chancellor") == "Tomas Berg"
    assert label_of(doc, "chancellor", 1) == "Tomas Berg"


def test_a_full_name_with_its_last_part_left_off_is_the_same_person(doc_of):
    doc = doc_of("Foreign Office spokesperson Olek Tomas speaks during his weekly briefing.\n\n"
                 "Foreign Ministry spokesperson Olek Tomas Varnay on Monday criticized Erik Lund.")
    assert label_of(doc, "Olek") == label_of(doc, "Olek", 1) == "Olek Tomas Varnay"


def test_a_title_the_article_never_gave_is_not_a_person_introduced_by_a_trade(doc_of):
    # the journalist was told what he does: "the chancellor" is the untitled person before him
    doc = doc_of("Olek Varnay faces questions about his rift with Tomas Berg. The book, by veteran journalist "
                 "Erik Lund, describes the rift. Meanwhile, the chancellor is leaving Borvia.")
    assert label_of(doc, "chancellor") == "Tomas Berg"


def test_a_person_introduced_by_a_trade_in_apposition_holds_no_title_nobody_was_given(doc_of):
    doc = doc_of("Olek Varnay spoke in Borvia on Monday. Erik Lund, a banker, was there too. "
                 "Meanwhile, the chancellor is leaving Borvia.")
    assert label_of(doc, "chancellor") != "Erik Lund"


def test_a_capitalized_title_the_article_never_gave_is_the_person_named_last_without_one(doc_of):
    doc = doc_of("Olek Varnay faces questions about his rift with Tomas Berg. Meanwhile, the Prime Minister is leaving Borvia.")
    assert label_of(doc, "Minister") == "Tomas Berg"


def test_a_title_no_one_holds_far_from_any_name_is_the_articles_lead(doc_of):
    doc = doc_of("Olek Varnay was confronted with remarks his party made about him. Tomas Berg asked Olek Varnay to answer. "
                 "Varnay replied that the party was united. \"It is in meltdown.\" \"Everyone else pays the price.\" "
                 "Berg accused the Prime Minister of spin.")
    assert label_of(doc, "Minister") == "Olek Varnay"


def test_a_lead_named_as_often_as_another_untitled_person_holds_no_title_nobody_was_given(doc_of):
    doc = doc_of("Olek Varnay and Tomas Berg spoke in Borvia. Varnay and Berg left early. \"It is in meltdown.\" "
                 "\"Everyone else pays the price.\" Critics accused the Prime Minister of spin.")
    assert label_of(doc, "Minister") is None


def test_a_name_alone_on_a_line_holds_no_title_nobody_was_given(doc_of):
    doc = doc_of("Borvia Herald Tomas\n\nThe Foreign Minister accused Olek Varnay of disregarding the ties.")
    assert label_of(doc, "Minister") is None


def test_an_unheld_title_is_not_a_person_named_in_its_own_sentence(doc_of):
    doc = doc_of("Olek Varnay arrived in Borvia on Monday. Mr Varnay met the chancellor in the capital.")
    assert label_of(doc, "chancellor") is None


def test_an_unheld_title_after_persons_named_in_its_own_sentence_is_not_one_named_before(doc_of):
    # (it may be one of those two; it is not the one named in the sentence before)
    doc = doc_of("Olek Varnay and Tomas Berg have feuded for years. Erik Lund said the plans were unaffordable. "
                 "Mr Varnay and Mr Berg staged a show of unity on Thursday, the day after the chancellor delivered the budget.")
    assert label_of(doc, "chancellor") is None


def test_an_unheld_title_after_one_person_named_in_its_own_sentence_is_still_the_one_named_before(doc_of):
    # (one person named before it is someone else, as "Berg met the chancellor")
    doc = doc_of("Tomas Berg has feuded with Olek Varnay for years. Mr Berg also said he had discussed the campaign "
                 "with the prime minister on Saturday.")
    assert label_of(doc, "minister") == "Olek Varnay"


def test_a_title_and_a_name_tagged_as_a_body_is_the_person_named_so(nlp):
    doc = _tagged(nlp, "Olek Varnay arrived in Borvia. PM Varnay said the talks went well.",
                  [("Olek Varnay", "PERSON"), ("Borvia", "GPE"), ("PM Varnay", "ORG")])
    assert list(persons(doc)) == ["Olek Varnay"]
    assert label_of(doc, "Varnay", 1) == "Olek Varnay"


def test_a_title_word_that_begins_a_body_name_stays_the_body(nlp):
    doc = _tagged(nlp, "General Motors met Olek Varnay in Borvia.", [("General Motors", "ORG"), ("Olek Varnay", "PERSON"), ("Borvia", "GPE")])
    assert list(persons(doc)) == ["Olek Varnay"]


def test_a_name_the_tagger_calls_a_place_once_is_no_body_where_a_place_goes(nlp):
    text = "Olek Varnay flew to Kelby. Troops withdrew from Kelby in May. Fans accused Kelby of cheating."
    doc = _tagged(nlp, text, [("Olek Varnay", "PERSON"), ("Kelby", "GPE"), ("Kelby", "ORG"), ("Kelby", "ORG")])
    assert entity_of(doc, "Kelby") == entity_of(doc, "Kelby", 1)
    assert doc._.entities[entity_of(doc, "Kelby", 1)].type is not EntityType.ORGANIZATION
    # a body named after the town: its name is no place where no place goes
    assert doc._.entities[entity_of(doc, "Kelby", 2)].type is EntityType.ORGANIZATION


def test_honorifics_alone_are_no_name(nlp):
    doc = _tagged(nlp, "Tun Dr Olek Varnay arrived in Borvia.", [("Tun Dr", "PERSON"), ("Olek Varnay", "PERSON"), ("Borvia", "GPE")])
    assert list(persons(doc)) == ["Olek Varnay"]


def test_a_seat_of_government_speaks_for_its_country_and_is_a_building(doc_of):
    doc = doc_of("The Kremlin said the talks had failed.")
    kremlin = next(t for t in doc if t.text == "Kremlin")
    assert doc._.entities[kremlin._.entity].label == "Russia"
    assert doc._.entities[kremlin._.building].label == "Kremlin"


def test_he_after_a_spokesman_for_someone_is_that_someone(doc_of):
    doc = doc_of("Tomas Berg spoke on Monday. A spokesman for President Olek Varnay said he would fly to Borvia.")
    assert label_of(doc, "he") == "Olek Varnay"


def test_they_after_a_plural_noun_is_not_a_body_named_after_it(nlp):
    doc = _tagged(nlp, "The government checks people for Harbourline if they come into Borvia.",
                  [("Harbourline", "ORG"), ("Borvia", "GPE")])
    assert entity_of(doc, "they") is None


def test_he_after_an_unknown_speaker_is_no_one_named_before(doc_of):
    doc = doc_of("Tomas Berg wrote the book. But a minister said he had discussed the claims with Anna Lind.")
    assert label_of(doc, "he") is None


def test_a_military_rank_is_no_name(doc_of):
    doc = doc_of("Maria Kovacs was received by Lieutenant General, Ranbir Singh, the Northern Army Commander.")
    assert not any("Lieutenant" in e.label for e in doc._.entities.values())



def test_an_honorific_and_a_name_tagged_as_a_body_is_a_person(nlp):
    doc = _tagged(nlp, "Gen Olek Varnay held talks in Borvia. Varnay said the talks went well.", [("Gen Olek Varnay", "ORG"), ("Borvia", "GPE"), ("Varnay", "PERSON")])
    assert list(persons(doc)) == ["Olek Varnay"]
    assert label_of(doc, "Varnay", 1) == "Olek Varnay"


def test_a_title_two_persons_hold_is_the_one_named_lately(doc_of):
    doc = doc_of("Prince Olek will attend the service in Borvia. Critics say Prince Tomas should apologise for his remarks. "
                 "The prince said he was sorry.")
    assert label_of(doc, "prince") == "Prince Tomas"  # one name: the title stays in the label


def test_a_title_two_persons_named_lately_hold_stays_unresolved(doc_of):
    doc = doc_of("Prince Olek met Prince Tomas in Borvia on Monday. The prince said he was sorry.")
    assert label_of(doc, "prince") is None


@pytest.mark.parametrize("text", [
    'Olek Varnay told reporters: "I will meet them in Borvia on Wednesday."',
    '"I will meet them in Borvia on Wednesday," Olek Varnay said.',
])
def test_i_in_a_quotation_is_its_speaker(doc_of, text):
    assert label_of(doc_of(text), "I") == "Olek Varnay"


def test_i_in_a_quotation_without_a_named_speaker_stays_unresolved(doc_of):
    doc = doc_of('Olek Varnay arrived in Borvia. "I will meet them on Wednesday," a spokesman said.')
    assert label_of(doc, "I") is None


@pytest.mark.parametrize("noun", ["The spokesman", "A chancellor", "The Borvian chancellor"])
def test_only_a_definite_bare_office_names_someone_given_no_title(doc_of, noun):
    doc = doc_of(f"Olek Varnay arrived in Borvia on Monday. {noun} said the talks had failed.")
    assert label_of(doc, noun.split()[-1]) is None


def test_peerage_titles_are_honorifics_not_names(doc_of):
    doc = doc_of("Olek Varnay met Borvia Office Minister Lord Tamsin and adviser Baroness Kelbrook on Monday.")
    assert label_of(doc, "Tamsin") == "Tamsin"
    assert label_of(doc, "Kelbrook") == "Kelbrook"
    assert doc._.entities[entity_of(doc, "Kelbrook")].type is EntityType.PERSON


def test_the_n_year_old_is_the_subject_of_the_sentence_before(doc_of):
    doc = doc_of("Chris Varnay beat Tomas Berg in Borvia last week. The 23-year-old has a minor injury.")
    assert label_of(doc, "old") == "Chris Varnay"


def test_the_n_year_old_in_a_sentence_naming_a_person_is_not_that_person(doc_of):
    doc = doc_of("Olek Varnay said the 23-year-old had a minor injury.")
    assert label_of(doc, "old") is None


def test_a_described_body_is_the_organization_subject_before_it(doc_of):
    doc = doc_of("Rival suitor Harbourline Exchange also raised its offer. The pan-European bourse said it may pay in cash.")
    assert label_of(doc, "bourse") == "Harbourline Exchange"


def test_a_described_body_with_two_organizations_before_it_stays_unresolved(doc_of):
    doc = doc_of("Harbourline Exchange and Kelby Bank raised their offers. The bourse said it may pay in cash.")
    assert label_of(doc, "bourse") is None


def test_a_bare_company_noun_far_from_any_subject_is_the_business_the_article_names_most(nlp):
    text = ("Harbourline hit back at the minister on Monday. Erik Lund, its chief, said he was wrong. "
            "In an interview with the Kelby Post, the minister condemned the airline. Harbourline said it would not pay.")
    doc = _tagged(nlp, text, [("Harbourline", "ORG"), ("Erik Lund", "PERSON"), ("Kelby Post", "ORG"), ("Harbourline", "ORG")])
    assert label_of(doc, "airline") == "Harbourline"


def test_a_bare_company_noun_with_no_business_named_more_often_stays_unresolved(nlp):
    text = ("Harbourline hit back at Kelby Air on Monday. Erik Lund, its chief, said they were wrong. "
            "In an interview, the minister condemned the airline.")
    doc = _tagged(nlp, text, [("Harbourline", "ORG"), ("Kelby Air", "ORG"), ("Erik Lund", "PERSON")])
    assert label_of(doc, "airline") is None


def test_a_bare_company_noun_after_another_business_in_its_sentence_is_not_the_lead(nlp):
    text = ("Harbourline is selling its brands. Analysts expect more sales from Harbourline. "
            "But one of the brothers behind Kelby Group said the firm had held talks with Erik Lund.")
    doc = _tagged(nlp, text, [("Harbourline", "ORG"), ("Harbourline", "ORG"), ("Kelby Group", "ORG"), ("Erik Lund", "PERSON")])
    assert label_of(doc, "firm") != "Harbourline"


def test_a_name_between_the_and_a_boss_is_a_body_wherever_it_is_named(nlp):
    text = "Harbourline hit back at the minister. The Harbourline boss said he was wrong. Harbourline will not pay."
    doc = _tagged(nlp, text, [("Harbourline", "PERSON"), ("Harbourline", "ORG"), ("Harbourline", "PERSON")])
    assert doc._.entities[entity_of(doc, "Harbourline")].type is EntityType.ORGANIZATION
    assert not persons(doc)


def test_a_gerund_opening_a_sentence_is_no_part_of_the_name_after_it(nlp):
    text = "Rights groups urged Norway not to welcome Omar Varnay. Hosting Varnay would tarnish its standing."
    doc = _tagged(nlp, text, [("Norway", "GPE"), ("Omar Varnay", "PERSON"), ("Hosting Varnay", "PERSON")])
    assert list(persons(doc)) == ["Omar Varnay"]
    assert entity_of(doc, "Hosting") is None


def test_a_name_starting_with_ing_that_is_no_gerund_stays_whole(nlp):
    text = "Harding Lund spoke on Monday. Lund said the talks went well."
    doc = _tagged(nlp, text, [("Harding Lund", "PERSON"), ("Lund", "PERSON")])
    assert entity_of(doc, "Harding") is not None


def test_a_name_tagged_as_a_body_set_off_after_a_countrys_office_is_its_holder(nlp):
    text = "Acting President Erik Lund on Sunday received President of Ghana, Ebo Varnay, at his residence."
    doc = _tagged(nlp, text, [("Erik Lund", "PERSON"), ("Ghana", "GPE"), ("Ebo Varnay", "ORG")])
    assert set(persons(doc)) == {"Erik Lund", "Ebo Varnay"}
    # a body's name keeps its type there
    text = "Erik Lund met the Minister of Finance of Ghana, Harbour Group, on Sunday."
    doc = _tagged(nlp, text, [("Erik Lund", "PERSON"), ("Ghana", "GPE"), ("Harbour Group", "ORG")])
    assert set(persons(doc)) == {"Erik Lund"}


def test_a_provinces_office_is_that_provinces_and_no_countrys(doc_of):
    doc = doc_of("The rift between Tomas Berg and Ontario Premier Anna Lind is growing. Ontario wants a new pension plan. "
                 "The prime minister of Canada met Lind on Monday.")
    assert doc._.roles[entity_of(doc, "Lind")] == {Role("premier", "Ontario")}
    assert label_of(doc, "minister") != "Anna Lind"


def test_a_town_tagged_as_a_body_after_a_trips_to_is_a_place(nlp):
    doc = _tagged(nlp, "Erik Lund is on his first visit to Karachi.", [("Erik Lund", "PERSON"), ("Karachi", "ORG")])
    assert doc._.entities[entity_of(doc, "Karachi")].type in {EntityType.CITY, EntityType.PLACE}
    # a body the tables do not know as a town stays one
    doc = _tagged(nlp, "Erik Lund is on his first visit to Harbourline.", [("Erik Lund", "PERSON"), ("Harbourline", "ORG")])
    assert doc._.entities[entity_of(doc, "Harbourline")].type is EntityType.ORGANIZATION


def test_a_two_word_title_is_no_honorific_and_a_name(doc_of):
    doc = doc_of("The Chief Executive of Harbourline has attacked Erik Lund.")
    assert list(persons(doc)) == ["Erik Lund"]


def test_a_title_with_words_of_its_own_tagged_with_the_name_as_one_body_leaves_the_person(nlp):
    text = "Maria Kovacs attacked the Commissioner for Aviation Regulation Erik Varnay on Monday."
    doc = _tagged(nlp, text, [("Maria Kovacs", "PERSON"), ("the Commissioner for Aviation Regulation Erik Varnay", "ORG")])
    assert set(persons(doc)) == {"Maria Kovacs", "Erik Varnay"}


def test_a_lead_sentence_naming_an_office_before_its_holder_is_the_person_named_most(doc_of):
    doc = doc_of("The chief executive of Harbourline has attacked the regulator Tomas Berg. Erik Lund made the comments in "
                 "Oslo. Mr Lund said fees had doubled. Lund added that Tomas Berg should resign.")
    assert label_of(doc, "executive") == "Erik Lund"


def test_a_person_with_a_which_clause_is_a_body(nlp):
    doc = _tagged(nlp, "Harbourline, which runs three exchanges, met the regulator. Harbourline said the talks went well.",
                  [("Harbourline", "PERSON"), ("Harbourline", "PERSON")])
    assert doc._.entities[entity_of(doc, "Harbourline", 1)].type is EntityType.ORGANIZATION


def test_an_honorific_of_the_other_gender_keeps_her_apart_across_articles(doc_of):
    first = doc_of("Tomas Berg spoke on Monday. Later Mrs Berg made a speech in Oslo.", doc_id="a")
    second = doc_of("Tomas Berg met Erik Lund in Oslo on Tuesday.", doc_id="b")
    results = [DocResult(d._.article.article, d._.entities, mentions_of(d), []) for d in (first, second)]
    entities, local_to_id = merge_entities(results)
    her = local_to_id[("a", entity_of(first, "Berg", 1))]
    him = local_to_id[("b", entity_of(second, "Berg"))]
    assert her != him
    assert entities[her].label == "Mrs Berg"


def test_a_one_word_person_outvoted_by_places_and_bodies_together_is_no_person(nlp):
    text = "Olek Varnay spoke in Kelby on Monday. Kelby is a small town. Kelby council welcomed him."
    doc = _tagged(nlp, text, [("Olek Varnay", "PERSON"), ("Kelby", "GPE"), ("Kelby", "PERSON"), ("Kelby", "ORG")])
    assert all(e.label != "Kelby" for e in persons(doc).values())
    assert doc._.entities[entity_of(doc, "Kelby")].type is not EntityType.PERSON


@pytest.mark.parametrize("label", ["PRODUCT", "GPE", "WORK_OF_ART", "ORG"])
def test_a_given_name_and_a_surname_tagged_as_something_else_is_a_person(nlp, label):
    doc = _tagged(nlp, "Olek Varnay would not meet Olena Marchuk.", [("Olek Varnay", "PERSON"), ("Olena Marchuk", label)])
    assert doc._.entities[entity_of(doc, "Marchuk")].type is EntityType.PERSON


def test_a_given_name_and_a_surname_the_tagger_left_untagged_is_a_person(nlp):
    doc = _tagged(nlp, "Vincent Varnay, for the Greens, accused Mr Lund of ducking choices.", [("Greens", "ORG"), ("Lund", "PERSON")])
    assert doc._.entities[entity_of(doc, "Varnay")].type is EntityType.PERSON
    assert label_of(doc, "Varnay") == "Vincent Varnay"


@pytest.mark.parametrize("text", ["Tourists flock to Victoria Falls every year.", "The Port Vincent Varnay ferry sails daily."])
def test_an_untagged_given_name_in_a_longer_name_or_before_a_place_word_is_no_person(nlp, text):
    doc = _tagged(nlp, text, [])
    assert not persons(doc)


@pytest.mark.parametrize("name", ["Victoria Falls", "Alice Springs"])
def test_a_place_word_after_a_given_name_keeps_a_place_a_place(nlp, name):
    for label in ("GPE", "PERSON"):
        doc = _tagged(nlp, f"Olek Varnay visited {name} last week.", [("Olek Varnay", "PERSON"), (name, label)])
        assert doc._.entities[entity_of(doc, name.split()[-1])].type is not EntityType.PERSON, label


def test_a_sentences_opening_preposition_tagged_into_a_name_is_no_part_of_it(nlp):
    doc = _tagged(nlp, "Olek Varnay met Tomas Berg in 2015. Beyond Berg, the dinner will include Erik Lund.",
                  [("Olek Varnay", "PERSON"), ("Tomas Berg", "PERSON"), ("Beyond Berg", "PERSON"), ("Erik Lund", "PERSON")])
    assert label_of(doc, "Berg", 1) == "Tomas Berg"
    assert label_of(doc, "Beyond") is None


@pytest.mark.parametrize("label", ["WORK_OF_ART", "PERSON"])
def test_a_prefecture_read_as_a_title_or_a_name_is_a_place(nlp, label):
    doc = _tagged(nlp, "Olek Varnay visited Kelby Prefecture last week.", [("Olek Varnay", "PERSON"), ("Kelby Prefecture", label)])
    assert doc._.entities[entity_of(doc, "Prefecture")].type is EntityType.PLACE


@pytest.mark.parametrize("mention", ["Wen", "Mr Wen"])
def test_a_family_name_written_first_joins_the_full_name(doc_of, mention):
    doc = doc_of(f"Foreign Minister Wen Zhaolin met Tomas Berg in Oslo on Monday. {mention} said the talks were useful.")
    assert label_of(doc, "said") is None
    assert [label_of(doc, "Wen", n) for n in (0, 1)] == ["Wen Zhaolin", "Wen Zhaolin"]


def test_a_word_a_cut_name_hangs_on_ends_the_name(nlp):
    doc = _tagged(nlp, "Tomas Berg landed on Sunday, returning President Kim Dal Hyon’s travel to Oslo.",
                  [("Tomas Berg", "PERSON"), ("Kim Dal", "PERSON"), ("Oslo", "GPE")])
    assert label_of(doc, "Hyon") == "Kim Dal Hyon"


def test_a_camp_word_before_a_given_name_is_not_in_the_name(nlp):
    doc = _tagged(nlp, "Tory Erik Varnay branded the plan a disgrace.", [("Tory Erik Varnay", "PERSON")])
    assert label_of(doc, "Varnay") == "Erik Varnay"


def test_a_possessive_country_before_two_titles_owns_both(doc_of):
    doc = doc_of("Norway's Crown Prince and Prime Minister Olek Varnay met Tomas Berg in Oslo.")
    assert "Prime Minister of Norway" in persons(doc)["Olek Varnay"].roles


def test_a_possessive_country_before_a_named_holder_does_not_own_the_next_title(doc_of):
    # "Nigeria's President A and President B": B's office is not Nigeria's
    doc = doc_of("Hungarian Prime Minister Maria Kovacs arrived in Oslo. "
                 "Norway's Prime Minister Erik Lund and Prime Minister Kovacs will discuss trade.")
    assert "Prime Minister of Norway" not in persons(doc)["Maria Kovacs"].roles


def test_sheikh_and_a_given_name_is_the_person_with_that_first_name(doc_of):
    # the name shown keeps "Sheikh", as news in English writes it
    doc = doc_of("Tomas Berg held talks with Emir Sheikh Olek bin Varnay Al Lund in Kelby. Berg met Sheikh Olek on Monday.")
    assert label_of(doc, "Olek", 1) == "Sheikh Olek bin Varnay Al Lund"
    assert list(persons(doc)) == ["Sheikh Olek bin Varnay Al Lund", "Tomas Berg"]


def test_mr_and_a_given_name_is_not_a_first_name(doc_of):
    doc = doc_of("Tomas Berg met Olek Varnay on Monday. Mr Tomas said little.")
    assert label_of(doc, "Tomas", 1) != "Tomas Berg"


@pytest.mark.parametrize("name", ["Olek Varnay Lecture", "Tomas Berg Council", "Olek Varnay Foundation"])
def test_a_body_or_an_award_named_after_a_person_stays_what_it_is(nlp, name):
    doc = _tagged(nlp, f"Maria Kovacs praised the {name} on Monday.", [("Maria Kovacs", "PERSON"), (name, "ORG")])
    assert doc._.entities[entity_of(doc, name.split()[-1])].type is EntityType.ORGANIZATION


def test_a_spokesman_named_after_his_principal_is_that_name(doc_of):
    doc = doc_of("A spokesman for Chancellor Olek Varnay, Tomas Berg, said the talks were useful.")
    assert label_of(doc, "spokesman") == "Tomas Berg"
    doc = doc_of("A spokesman for Chancellor Olek Varnay said the talks were useful.")
    assert label_of(doc, "spokesman") is None


@pytest.mark.parametrize(
    "text, role",
    [
        ("Polish Foreign Minister Maria Kovacs and her Swedish counterpart Tomas Berg met in Oslo.", "Foreign Minister of Sweden"),
        ("Polish Foreign Minister Maria Kovacs met her Swedish counterpart, Tomas Berg, in Oslo.", "Foreign Minister of Sweden"),
        ("Polish Foreign Minister Maria Kovacs met Tomas Berg, her Swedish counterpart, in Oslo.", "Foreign Minister of Sweden"),
        ("Prime Minister Maria Kovacs met her counterpart Tomas Berg in Oslo.", "Prime Minister"),
    ],
)
def test_a_counterpart_holds_the_same_office_in_the_country_named(doc_of, text, role):
    doc = doc_of(text)
    assert persons(doc)["Tomas Berg"].roles == {role}


def test_a_counterpart_of_someone_without_a_title_gets_no_role(doc_of):
    doc = doc_of("Maria Kovacs met her Swedish counterpart Tomas Berg in Oslo.")
    assert persons(doc)["Tomas Berg"].roles == set()


def test_a_role_noun_of_a_country_does_not_go_to_a_holder_from_another(doc_of):
    """Kovacs is Poland's foreign minister (and also "Foreign Minister" unqualified): "the Swedish
    top diplomat" is Berg, the Swedish counterpart, and never Kovacs."""
    doc = doc_of(
        "Polish Foreign Minister Maria Kovacs and her Swedish counterpart Tomas Berg met in Oslo. "
        "The Swedish top diplomat arrived on Saturday."
    )
    assert label_of(doc, "diplomat") == "Tomas Berg"


def test_a_role_noun_of_a_country_no_one_holds_does_not_go_to_a_holder_from_another(doc_of):
    """Kovacs is "Foreign Minister of Poland" and, from her second mention, "Foreign Minister"."""
    doc = doc_of(
        "Polish Foreign Minister Maria Kovacs arrived in Oslo on Monday. Foreign Minister Maria Kovacs said "
        "the talks went well. The Swedish top diplomat was not there."
    )
    assert entity_of(doc, "diplomat") is None


def test_a_one_word_name_after_the_is_no_person(doc_of):
    doc = doc_of("Maria Kovacs condemned the atrocities committed by the Islamic State in Iraq and the Levant (ISIL) terrorist group.")
    assert "Levant" not in persons(doc)


def test_the_top_us_diplomat_is_the_secretary_of_state(doc_of):
    """A country inside a title is its qualifier ("the top U.S. diplomat" is a top diplomat of the
    United States), and a Secretary of State holds the office of a foreign minister."""
    doc = doc_of(
        "Secretary of State Anne Martin met Norwegian Foreign Minister Tomas Berg in Oslo. "
        "The top U.S. diplomat then flew to Stockholm."
    )
    assert label_of(doc, "diplomat") == "Anne Martin"


def test_a_surname_after_one_title_is_not_the_full_name_given_another(doc_of):
    """"President Varga" is not "First Lady Janet Varga": the titles before the names differ."""
    doc = doc_of("President Varga received Erik Lund at the palace. First Lady Janet Varga was also present.")
    assert entity_of(doc, "Varga") != entity_of(doc, "Varga", 1)
    assert persons(doc)["Janet Varga"].roles == {"First Lady"}


def test_a_mention_of_punctuation_only_is_dropped(doc_of):
    """Found by hypothesis: a mention trimmed to nothing is no entity (and no IndexError)."""
    doc = doc_of("0001I5. \\")
    assert all(e.label for e in doc._.entities.values())


def test_a_country_before_a_possessive_qualifies_the_title(doc_of):
    """"New Zealand's Prime Minister Anne Martin": the prime minister of New Zealand."""
    doc = doc_of("New Zealand's Prime Minister Anne Martin arrived in Beijing on Sunday.")
    assert persons(doc)["Anne Martin"].roles == {"Prime Minister of New Zealand"}


def test_one_known_by_a_single_name_keeps_the_sovereign_title(doc_of):
    """"King Salman", "Crown Princess Mary": the title is part of how one name is known; a
    two-word title before a full name is still only a title."""
    doc = doc_of("Anne Martin met King Abdullah and Crown Princess Mary in Oslo. Crown Prince Tomas Berg was there.")
    assert set(persons(doc)) == {"Anne Martin", "King Abdullah", "Crown Princess Mary", "Tomas Berg"}


def test_a_title_with_its_country_needs_no_article(doc_of):
    """"Pakistan Foreign Minister's outburst": the country makes the title definite."""
    doc = doc_of("India criticised remarks by Pakistani Foreign Minister Tomas Berg. "
                 "“Pakistan Foreign Minister’s outburst was a disgrace,” said Erik Lund.")
    assert label_of(doc, "Minister", 1) == "Tomas Berg"


def test_a_title_in_lower_case_tells_a_surname_apart_too(doc_of):
    """"first lady Janet Varga" written in lower case still tells her from "President Varga"."""
    doc = doc_of("The queen invited Mr. Varga and first lady Janet Varga for a visit. Leaders were shocked by "
                 "President Varga's decision to cancel it.")
    janet = persons(doc)["Janet Varga"]
    assert entity_of(doc, "Varga", 2) != janet.key


def test_a_name_the_parser_hangs_on_the_country_of_a_title_holds_the_title(doc_of):
    """"The president of Brazil, Anna Costa, told X that she ...": the parser can hang the name on
    the country; she is still the president, and the subject "she" points back to."""
    doc = doc_of("The president of Brazil, Anna Costa, told Prime Minister Erik Lund that she would not visit Oslo.")
    assert persons(doc)["Anna Costa"].roles == {"President of Brazil"}


def test_a_headlines_verb_ends_the_name_before_it(doc_of):
    """"Olek Varnay Meets Tomas Berg": title case lets the recognizer run a name into the verb."""
    doc = doc_of("Olek Varnay Meets Tomas Berg in Geneva")
    assert set(persons(doc)) == {"Varnay", "Tomas Berg"}


@pytest.mark.parametrize("text, name", [
    ("Prime Minister Park Min-soo arrived in Tokyo on Monday.", "Park Min-soo"),  # tagged up to the hyphen
    ("NATO Secretary General Anders Holm Varnay described the visit as a mistake.", "Anders Holm Varnay"),  # from "Holm"
])
def test_a_name_the_tagger_cut_short_is_read_whole(doc_of, text, name):
    assert set(persons(doc_of(text))) == {name}


@pytest.mark.parametrize("text, names", [
    # a given name after a family name, its last syllable after a hyphen ("in" is no preposition)
    ("South Korean President Ryu Tae-in and Tomas Berg met on Saturday.", {"Ryu Tae-in", "Tomas Berg"}),
    ("Tomas Berg met Ryu Tae-in in Seoul. Ryu said it went well.", {"Ryu Tae-in", "Tomas Berg"}),
    # words that end compounds are no syllables
    ("The Tomas Berg-led coalition won.", {"Tomas Berg"}),
])
def test_a_hyphenated_given_name_is_one_name(doc_of, text, names):
    assert set(persons(doc_of(text))) == names


def test_a_name_with_particles_is_one_person_in_a_headline_and_the_text(doc_of):
    doc = doc_of("Von der Holm criticizes Hungary over trip to Russia\n\n"
                 "European Commission President Anna von der Holm said the visit was wrong.")
    assert set(persons(doc)) == {"Anna von der Holm"}
    assert label_of(doc, "Von") == "Anna von der Holm"


def test_a_nationality_before_a_sovereigns_title_is_no_part_of_the_name(doc_of):
    doc = doc_of("Tomas Berg met Saudi King Kelvaro in Jeddah on Tuesday.")
    assert set(persons(doc)) == {"Tomas Berg", "King Kelvaro"}


def test_the_holder_of_an_office_of_a_country_is_read_after_it(doc_of):
    """The tagger can leave an unfamiliar name after "Prime Minister of Ethiopia" untagged."""
    doc = doc_of("Prime Minister of Ethiopia Tesfa Wolde is in Asmara to attend a meeting.")
    assert set(persons(doc)) == {"Tesfa Wolde"}


def test_a_headlines_verb_is_no_surname(doc_of):
    doc = doc_of("Tomas Heads to Kelby for Talks")
    assert "Tomas Heads" not in persons(doc)


@pytest.mark.parametrize("text, word, label", [
    # a lead can name the office before the person, in a later sentence; not one named beside it
    ("Files about the Pakistani president's visit to Oslo were found. "
     "A spokesman said President Olek Varnay's safety had not been compromised.", "president", "Olek Varnay"),
    ("Norway's president says she has cancelled a trip to meet President Olek Varnay.", "president", None),
    # a president of untold country named long before is not another country's president
    ("Maria Kovacs met President Olek Varnay in Kabul. She praised the army. The troops will stay. Costs are rising. "
     "Tomas Berg has been meeting with the Indonesian president in Jakarta.", "president", None),
    # a capital names the country that "the country" stands for
    ("Ukraine was discussed on Monday. Olek Varnay arrived in Washington on Tuesday for his second state "
     "visit to the country.", "country", "United States"),
    # a participle's object is the main clause's person object
    ("Tomas Berg attacked Olek Varnay on Monday, calling him a liar.", "him", "Olek Varnay"),
    # who arrives in a clause on a greeting is the one greeted
    ("Tomas Berg greeted Olek Varnay with a hug when he arrived in Oslo on Tuesday.", "he", "Olek Varnay"),
])
def test_a_word_stands_for(doc_of, text, word, label):
    assert label_of(doc_of(text), word) == label


def test_a_capital_after_a_hyphen_starts_another_name(doc_of):
    doc = doc_of("Olek Varnay and Tomas Berg met. The Varnay-Berg feud went on.")
    assert set(persons(doc)) == {"Olek Varnay", "Tomas Berg"}


def test_the_former_and_the_latter_are_the_two_persons_named_last(doc_of):
    doc = doc_of("Tomas Berg met Maria Kovacs on Monday. The former praised her, and the latter thanked him.")
    assert label_of(doc, "former") == "Tomas Berg"
    assert label_of(doc, "latter") == "Maria Kovacs"
    assert entity_of(doc_of("The former president Tomas Berg met Maria Kovacs."), "former") is None


def test_a_countrys_leader_can_be_a_person_named_without_a_title(doc_of):
    doc = doc_of(
        "Tomas Berg said on Friday that he was continuing a peace mission that also included a visit to "
        "Kyiv on Tuesday, where the Norwegian leader met with Maria Kovacs."
    )
    assert label_of(doc, "leader") == "Tomas Berg"


def test_a_countrys_leader_passes_over_a_person_tied_to_another_country(doc_of):
    """"Germany's Erik Lund" is no Pole: the Polish prime minister is the other one named."""
    doc = doc_of("Tomas Berg's Berlin visit was part of his tour. Berg met Germany's Erik Lund on Monday. Speaking "
                 "alongside Lund, the Polish prime minister said the border was safe.")
    assert label_of(doc, "minister") == "Tomas Berg"


def test_a_countrys_leader_can_be_one_named_by_surname_beside_that_country(doc_of):
    """"Varnay's Berlin visit ... as Poland seeks ... Varnay added ...": named by one word, as a
    subject, beside Poland; "Germany's Lund" is tied to another country."""
    doc = doc_of("Varnay's Berlin visit was part of his tour as Poland seeks help. Varnay added that the talks went well. "
                 "Varnay said the border was safe. Germany's Lund voiced solidarity with Poland. "
                 "Speaking alongside Lund, the Polish prime minister said migrants were used as a weapon.")
    assert label_of(doc, "minister") == "Varnay"


@pytest.mark.parametrize("text", [
    # (not the implicit subject of the role noun's clause, a pronoun not yet read)
    "The Japanese firm made Kelbot. Kelbot walked. Kelbot ran. In August 2003 he even attended a state dinner "
    "in Prague, travelling with the Japanese prime minister.",
    # (nor a firm the tagger took for a person, named as a modifier: "Kelbot shares")
    "Kelbot shares fell in Japan. Kelbot said it would cut jobs. Kelbot accused rivals. The Japanese prime minister "
    "said the firm would survive.",
])
def test_a_surname_is_no_countrys_leader_where_it_is_no_one_told_of_or_acts_beside_it(doc_of, text):
    assert label_of(doc_of(text), "minister") != "Kelbot"


def test_a_single_word_named_only_as_an_object_is_no_holder_of_an_office(doc_of):
    # (a word the tagger took for a person: "the fallout from Brexit")
    doc = doc_of("They discussed the fallout from Kelbrit. Kelbrit was debated. Talks on Kelbrit went on. "
                 "The prime minister arrived in Oslo.")
    assert entity_of(doc, "minister") is None


def test_a_title_in_the_sentence_before_is_not_a_names_title(doc_of):
    """"... welcome the Taoiseach. Berg was in a talkative mood": "Taoiseach" is not Berg's title
    (and so not another office than the one he holds)."""
    doc = doc_of("He met US President Tomas Berg. He added that it was his pleasure to welcome the very popular Taoiseach. "
                 "Berg was in a talkative mood.")
    assert label_of(doc, "Berg", 1) == "Tomas Berg"


def test_an_indefinite_role_noun_is_someone_not_named(doc_of):
    doc = doc_of("Prime Minister Maria Kovacs arrived. Tomas Berg called on Kovacs in Oslo, the first visit by a top Swedish leader.")
    assert label_of(doc, "leader") is None


@pytest.mark.parametrize("owner", ["Saudi Arabia's", "the"])
def test_titles_coordinated_under_one_owner_are_each_a_holder(doc_of, owner):
    doc = doc_of("Saudi King Erik Lund and Crown Prince Olek Varnay rule the kingdom. "
                 f"Tomas Berg met {owner} king and crown prince in Riyadh on Monday.")
    assert (label_of(doc, "king", 0), label_of(doc, "prince", 0)) == ("Erik Lund", "Olek Varnay")


def test_titles_coordinated_after_an_indefinite_article_are_someone_not_named(doc_of):
    doc = doc_of("Saudi King Erik Lund and Crown Prince Olek Varnay rule the kingdom. "
                 "Tomas Berg met a king and crown prince in Riyadh on Monday.")
    assert (label_of(doc, "king", 0), label_of(doc, "prince", 0)) == (None, None)


@pytest.mark.parametrize("text", [
    # on what a thing did: its person object
    "Tomas Berg called for calm after the strike that killed Erik Lund while he was in Iraq.",
    # on what a person did: that person
    "Tomas Berg said Erik Lund killed the man while he was in Iraq.",
])
def test_he_in_a_clause_of_time(doc_of, text):
    assert label_of(doc_of(text), "he") == "Erik Lund"


def test_the_first_word_of_a_full_name_tagged_as_a_body_is_the_person(doc_of):
    # a family name written first, alone as a subject
    doc = doc_of("State Councillor Wang Dalin was visiting Germany. Wang will stay until Tuesday.")
    assert label_of(doc, "Wang", 1) == "Wang Dalin"


def test_a_countrys_leader_passes_over_a_person_with_another_title(doc_of):
    doc = doc_of(
        "Tomas Berg's aides criticised Prime Minister Erik Lund on Sunday, saying Lund deserved no trust. "
        "Hours after the Norwegian president left the summit, he launched insults at the prime minister."
    )
    assert label_of(doc, "president") == "Tomas Berg"
    assert label_of(doc, "he") == "Tomas Berg"


def test_a_datelines_dash_ends_a_name(doc_of):
    # a dateline in title case, "Town - It was ...", that the recognizer tagged whole with the next word
    doc = doc_of("KwaZulu-Natal - It was unfortunate to describe the party's visit as a stunt, leader Anna Lind said on Monday.")
    assert not [e.label for e in doc._.entities.values() if "It" in e.label.split()]


def test_a_countrys_leader_can_own_the_trip_of_its_own_clause(doc_of):
    # the owner of the trip on which two met is one of them
    doc = doc_of("Brazilian President Anna Lind praised Venezuela's Erik Lund. "
                 "Lind met with Lund on Monday on the Venezuelan president's first visit to Brazil.")
    assert label_of(doc, "president") == "Erik Lund"


@pytest.mark.parametrize("text", [
    # the person named is an argument of the role noun's own verb: someone else
    "Tomas Berg met the Norwegian leader in Oslo.",
    # two persons with no title named before it: either could be meant
    "Erik Lund presses Tomas Berg on trade. The Norwegian leader said little.",
    # the person named has a title of his own
    "Finance Minister Tomas Berg arrived on Monday. The Norwegian leader met him at the airport.",
])
def test_a_countrys_leader_is_not_a_person_beside_it_or_with_another_title(doc_of, text):
    doc = doc_of(text)
    assert label_of(doc, "leader") != "Tomas Berg"


@pytest.mark.parametrize("text", [
    # a party the tables do not know, by its camp word
    "Erik Lund is set to address 2,000 people at a temple. The Socialist leader will visit Paris next week.",
    # a body of the tables
    "Erik Lund is set to address 2,000 people at a temple. The Nato leader will visit Paris next week.",
])
def test_a_bodys_leader_named_first_in_the_title_is_the_person_named_before(doc_of, text):
    doc = doc_of(text)
    assert label_of(doc, "leader") == "Erik Lund"


def test_a_towns_mayor_named_first_by_the_town_is_the_person_named_before(doc_of):
    doc = doc_of("An inquiry is under way into claims that Olek Varnay brought his office into disrepute. The probe follows "
                 "the Madrid mayor's comments to a journalist. Later the mayor accused Erik Lund of doorstepping him.")
    assert label_of(doc, "mayor") == "Olek Varnay"
    assert label_of(doc, "mayor", 1) == "Olek Varnay"


def test_a_towns_mayor_is_not_one_of_two_untitled_persons(doc_of):
    doc = doc_of("Olek Varnay met Tomas Berg on Monday. The Madrid mayor said little.")
    assert label_of(doc, "mayor") not in {"Olek Varnay", "Tomas Berg"}


@pytest.mark.parametrize("text", [
    # the body was named before: the one who attacked it is not its leader
    "Erik Lund attacked the Socialists on Monday. The Socialist leader will visit Paris next week.",
    "Erik Lund attacked Nato on Monday. The Nato leader will visit Paris next week.",
    # two persons with no title named before it: either could be meant
    "Erik Lund met Tomas Berg on Monday. The Socialist leader will visit Paris next week.",
])
def test_a_bodys_leader_is_not_one_who_spoke_of_the_body_or_one_of_two(doc_of, text):
    doc = doc_of(text)
    assert label_of(doc, "leader") not in {"Erik Lund", "Tomas Berg"}


def test_it_can_stand_for_an_owner_named_before(doc_of):
    doc = doc_of("Norway denied Sweden's allegations and accused it of lying.")
    assert label_of(doc, "it") == "Sweden"


def test_it_after_a_body_in_its_own_clause_looks_no_further_back(doc_of):
    # "it" is the budget: not the party that is the subject of the sentence before
    doc = doc_of('The Harbour Party called it a "vote now, pay later" budget. The Kelby Party branded it a sticking plaster.')
    assert label_of(doc, "it", 1) is None


def test_a_title_before_one_name_is_not_the_next_names(doc_of):
    # the parser can make one phrase of a headline's subject, its verb and its object
    doc = doc_of("As condemnation of the murder continues, Egyptian President Abdel Varnay el-Kovacs greets Olek Lund at airport")
    assert persons(doc)["Olek Lund"].roles == set()
    assert persons(doc)["Abdel Varnay el-Kovacs"].roles == {"President of Egypt"}


def test_his_country_is_the_country_of_his_office(doc_of):
    doc = doc_of("Norwegian Prime Minister Tomas Berg said Sweden was slandering his country.")
    assert label_of(doc, "country") == "Norway"
    doc = doc_of("Tomas Berg said Sweden was slandering his country.")
    assert entity_of(doc, "country") is None


def test_a_name_in_capitals_is_shown_as_written_in_running_text():
    place = LocalEntity(key="place:kelby", label="Kelby", type=EntityType.PLACE, forms={"KELBY", "Kelby"})
    entities, _ = _merged(_result("a", place))
    assert [e.label for e in entities.values()] == ["Kelby"]


def test_a_national_body_is_shown_as_the_article_writes_it(doc_of):
    doc = doc_of("Norway's foreign ministry summoned the Swedish envoy. The Norwegian ministry condemned Sweden.")
    (body,) = [e for e in doc._.entities.values() if e.key.startswith("institution:")]
    entities, _ = _merged(_result("a", body))
    assert [e.label for e in entities.values()] == ["Norway's foreign ministry"]


def test_a_regions_demonym_names_no_countrys_body(doc_of):
    doc = doc_of("Latin American governments condemned the United States.")
    assert not any(key.startswith("institution:") for key in doc._.entities)


def test_a_sole_title_with_no_name_is_a_person(doc_of):
    doc = doc_of("The Queen has continued her trip to Norway. Tomas Berg greeted Her Majesty at the entrance, and she thanked him.")
    assert label_of(doc, "Queen") == "the Queen"
    assert doc._.entities[entity_of(doc, "Queen")].type is EntityType.PERSON
    assert entity_of(doc, "Majesty") == entity_of(doc, "Queen")
    assert entity_of(doc, "she") == entity_of(doc, "Queen")


@pytest.mark.parametrize("text", [
    "Queen Olga of Borvia visited Oslo. The Queen met Tomas Berg.",  # a role noun for the queen named
    "Tomas Berg met the Queen Mother in Oslo.",  # another title
    "Tomas Berg met the King of Norway in Oslo.",  # a country's king, not the one the news means
])
def test_a_sole_title_with_a_holder_or_a_qualifier_is_no_person_of_its_own(doc_of, text):
    labels = {e.label for e in doc_of(text)._.entities.values()}
    assert not labels & {"the Queen", "the King"}


def test_her_majesty_without_a_sole_title_holder_is_no_one(doc_of):
    doc = doc_of("The King visited Oslo. Tomas Berg greeted Her Majesty at the entrance.")
    assert entity_of(doc, "Majesty") is None


def test_a_country_after_a_titled_name_is_the_office_s(doc_of):
    doc = doc_of("Tomas Berg met President Erik Lund of the Philippines on Monday.")
    assert doc._.entities[entity_of(doc, "Lund")].roles == {"President of Philippines"}


def test_a_role_noun_with_a_country_tells_the_country_of_a_title_given_without_one(doc_of):
    doc = doc_of("Foreign Minister Tomas Berg spoke on Monday. The Norwegian foreign minister met Erik Lund in Oslo.")
    assert label_of(doc, "minister", 0) == "Tomas Berg"
    assert "Foreign Minister of Norway" in doc._.entities[entity_of(doc, "Berg")].roles


@pytest.mark.parametrize("title", ["Cardinal", "Archbishop", "King"])
def test_one_known_by_one_name_and_a_title_keeps_the_title_in_the_label(doc_of, title):
    doc = doc_of(f"Maria Kovacs planned to meet with {title} Varnay on Sunday evening.")
    assert label_of(doc, "Varnay") == f"{title} Varnay"


def test_a_person_named_alone_elsewhere_owning_a_place_inside_one_name_is_split_from_it(nlp):
    from spacy.tokens import Span

    from kg.records import Article, CleanArticle
    from kg.resolve import resolve_document

    text = "Varnay arrived in Mogadishu. The visit ends Varnay’s Horn of Africa tour."
    doc = nlp(text)
    doc._.article = CleanArticle(Article("t", text), text)
    owned = next(t.i for t in doc if t.text == "Varnay" and t.i > 0)
    doc.ents = [Span(doc, 0, 1, label="PERSON"), Span(doc, 3, 4, label="GPE"), Span(doc, owned, owned + 5, label="PERSON")]
    resolve_document(doc)
    assert label_of(doc, "Varnay", 1) == "Varnay"
    assert entity_of(doc, "Horn") != entity_of(doc, "Varnay")


def test_a_title_alone_tagged_as_a_name_is_no_one(doc_of):
    doc = doc_of("Tomas Berg held talks in Oslo with Tánaiste and Minister for Foreign Affairs Erik Lund.")
    assert entity_of(doc, "Tánaiste") is None


def test_a_weekday_tagged_into_a_name_is_no_part_of_it(nlp):
    doc = _tagged(nlp, "Varnay Thursday met Tomas Berg in Oslo.", [("Varnay Thursday", "PERSON"), ("Tomas Berg", "PERSON")])
    assert label_of(doc, "Varnay") == "Varnay"
    assert entity_of(doc, "Thursday") is None


@pytest.mark.parametrize("quoted", ["“Kelvo”", "'Kelvo'", '"Kelvo"'])
def test_a_nickname_quoted_after_a_full_name_is_that_person(nlp, quoted):
    text = f"Prime Minister Olek Anton Varnay {quoted} will visit Oslo. Kelvo met Tomas Berg on Monday. Kelvo's aide spoke."
    doc = _tagged(nlp, text, [("Olek Anton Varnay", "PERSON"), ("Kelvo", "ORG"), ("Tomas Berg", "PERSON")])
    varnay = entity_of(doc, "Varnay")
    assert [entity_of(doc, "Kelvo", nth) for nth in range(3)] == [varnay] * 3
    assert all(not key.startswith("organization:") for key in doc._.entities)


def test_a_quoted_phrase_after_a_name_is_no_nickname(nlp):
    doc = _tagged(nlp, "Olek Varnay “Oslo” was the word on his lips. Oslo is far.", [("Olek Varnay", "PERSON"), ("Oslo", "GPE"), ("Oslo", "GPE")])
    assert entity_of(doc, "Oslo", 1) != entity_of(doc, "Varnay")


def test_a_country_s_office_after_persons_were_named_is_not_the_next_one_titled(doc_of):
    doc = doc_of("Tomas Berg said it was unfortunate for Norway to have elected Erik Lund. Earlier, the Norwegian premier "
                 "accused Sweden of meddling. Berg also attacked Prime Minister Olek Varnay.")
    assert entity_of(doc, "premier") != entity_of(doc, "Varnay")


def test_a_titled_name_tagged_a_place_elsewhere_stays_a_person(nlp):
    doc = _tagged(nlp, "Varnay arrives in Oslo. Prime Minister Sheikh Varnay has arrived in Oslo. The trip marks Varnay's first visit.",
                  [("Varnay", "GPE"), ("Oslo", "GPE"), ("Sheikh Varnay", "PERSON"), ("Oslo", "GPE"), ("Varnay", "GPE")])
    assert doc._.entities[entity_of(doc, "Varnay", 1)].type is EntityType.PERSON


def test_a_name_tagged_as_a_body_right_after_a_title_is_a_person(nlp):
    # (a given name no table knows)
    doc = _tagged_spans(nlp, "The agency reported President Kassym-Varyk Tolenov has arrived in Oslo.", [("Kassym-Varyk Tolenov", "ORG")])
    assert doc._.entities[entity_of(doc, "Tolenov")].type is EntityType.PERSON


@pytest.mark.parametrize("text, name, expected", [
    # a person's title in lower case before the name
    ("Petra quoted Vatican foreign affairs official Dominique Varnay as saying.", "Dominique Varnay", EntityType.PERSON),
    ("The paper quoted party official Kassym-Varyk Tolenov as saying so.", "Kassym-Varyk Tolenov", EntityType.PERSON),
    # an adjective, or a noun no person's title ends with
    ("The official Kelby Jupiter News Agency criticised the plan.", "Kelby Jupiter News Agency", EntityType.ORGANIZATION),
    ("No one has ever overturned a government Kelby Paper, the group said.", "Kelby Paper", EntityType.ORGANIZATION),
])
def test_a_lower_case_word_before_a_name_tagged_as_a_body_makes_it_a_person_only_as_a_title(nlp, text, name, expected):
    doc = _tagged_spans(nlp, text, [(name, "ORG")])
    assert doc._.entities[entity_of(doc, name.split()[-1])].type is expected


@pytest.mark.parametrize("text", [
    "More than 400,000 Kelbari have fled to Norway since August.",
    "Thousands of Kelbari have fled to Norway since August.",
])
def test_a_people_s_name_counted_as_people_is_a_group_not_a_body(nlp, text):
    doc = _tagged(nlp, text, [("Kelbari", "NORP"), ("Norway", "GPE")])
    assert doc._.entities[entity_of(doc, "Kelbari")].type is EntityType.GROUP


def test_a_one_word_name_tagged_a_person_before_account_is_a_platform(nlp):
    doc = _tagged(nlp, "Tomas Berg met Anna Lind. The party posted a picture of the meeting on its official Kelbit account.",
                  [("Tomas Berg", "PERSON"), ("Anna Lind", "PERSON"), ("Kelbit", "PERSON")])
    assert doc._.entities[entity_of(doc, "Kelbit")].type is EntityType.ORGANIZATION


def test_a_building_tagged_as_a_body_after_a_title_word_stays_one(nlp):
    doc = _tagged(nlp, "Tomas Berg stayed at the President Kelby Hotel in Oslo.", [("Tomas Berg", "PERSON"), ("Kelby Hotel", "ORG")])
    assert doc._.entities[entity_of(doc, "Hotel")].type is not EntityType.PERSON


@pytest.mark.parametrize("text, labels, word, expected", [
    ("Erik Lund toured Kelby High School on Monday.", [("Erik Lund", "PERSON"), ("Kelby High School", "ORG")], "School",
     EntityType.PLACE),
    ("Erik Lund went to the Kelby House to hold a meeting with President Tomas Berg.",
     [("Erik Lund", "PERSON"), ("Kelby House", "ORG"), ("Tomas Berg", "PERSON")], "House", EntityType.PLACE),
    # going to a university is studying there, no visit
    ("From there Erik Lund went to Kelby University, where he met his wife.", [("Erik Lund", "PERSON"), ("Kelby University", "ORG")],
     "University", EntityType.ORGANIZATION),
    # nor is one a body that speaks
    ("Kelby University said Erik Lund would visit Kelby University next week.",
     [("Kelby University", "ORG"), ("Erik Lund", "PERSON"), ("Kelby University", "ORG")], "University", EntityType.ORGANIZATION),
])
def test_a_body_named_for_a_building_is_a_place_when_one_visits_or_goes_there(nlp, text, labels, word, expected):
    doc = _tagged(nlp, text, labels)
    assert doc._.entities[entity_of(doc, word)].type is expected


@pytest.mark.parametrize("voice", ["official", "spokesman", "spokeswoman"])
def test_an_unnamed_official_of_a_named_body_stands_for_the_body(nlp, voice):
    doc = _tagged(nlp, f"Erik Lund met with a senior Kelby Federation {voice} in Oslo.",
                  [("Erik Lund", "PERSON"), ("Kelby Federation", "ORG"), ("Oslo", "GPE")])
    assert label_of(doc, voice) == "Kelby Federation"


def test_an_unnamed_official_of_a_country_s_ministry_stays_unnamed(nlp):
    doc = _tagged(nlp, "A senior Japanese Foreign Ministry official arrived in Oslo.",
                  [("Japanese", "NORP"), ("Foreign Ministry", "ORG"), ("Oslo", "GPE")])
    assert label_of(doc, "official") is None


def test_an_official_of_a_body_named_after_it_is_that_person(nlp):
    doc = _tagged(nlp, "A Kelby Federation official, Tomas Berg, met Erik Lund in Oslo.",
                  [("Kelby Federation", "ORG"), ("Tomas Berg", "PERSON"), ("Erik Lund", "PERSON"), ("Oslo", "GPE")])
    assert label_of(doc, "official") != "Kelby Federation"


def test_an_untagged_town_after_in_is_a_place(nlp):
    doc = _tagged(nlp, "Tomas Berg spoke at the union's conference in Ballarat on Monday.", [("Tomas Berg", "PERSON")])
    assert doc._.entities[entity_of(doc, "Ballarat")].type in {EntityType.CITY, EntityType.PLACE}


def test_an_untagged_word_after_in_that_is_no_town_stays_unnamed(nlp):
    doc = _tagged(nlp, "Tomas Berg spoke at the union's conference in Kelbyworth on Monday.", [("Tomas Berg", "PERSON")])
    assert entity_of(doc, "Kelbyworth") is None


def test_a_town_one_visits_tagged_a_person_is_a_place(nlp):
    doc = _tagged(nlp, "Tomas Berg paid a surprise visit to Nanaimo in 2004.", [("Tomas Berg", "PERSON"), ("Nanaimo", "PERSON")])
    assert doc._.entities[entity_of(doc, "Nanaimo")].type in {EntityType.CITY, EntityType.PLACE}


def test_a_given_name_one_visits_tagged_a_person_stays_a_person(nlp):
    doc = _tagged(nlp, "Tomas Berg paid a visit to Nelson in 2004.", [("Tomas Berg", "PERSON"), ("Nelson", "PERSON")])
    assert doc._.entities[entity_of(doc, "Nelson")].type is EntityType.PERSON


def test_a_town_one_is_invited_to_tagged_a_person_is_a_place(nlp):
    doc = _tagged(nlp, "Maria Kovacs invited Tomas Berg to Rotorua for talks.",
                  [("Maria Kovacs", "PERSON"), ("Tomas Berg", "PERSON"), ("Rotorua", "PERSON")])
    assert doc._.entities[entity_of(doc, "Rotorua")].type in {EntityType.CITY, EntityType.PLACE}


def test_a_plural_title_tagged_into_a_name_is_no_part_of_it(nlp):
    doc = _tagged(nlp, "Prime Ministers Tomas Berg and Erik Lund will meet.", [("Ministers Tomas Berg", "PERSON"), ("Erik Lund", "PERSON")])
    assert label_of(doc, "Berg") == "Tomas Berg"


def test_a_name_split_over_an_untagged_particle_is_one_name(nlp):
    doc = _tagged(nlp, "European Commission President Anna von der Holm told reporters she urged Tomas Berg to attend.",
                  [("Anna von", "PERSON"), ("Holm", "GPE"), ("Tomas Berg", "PERSON")])
    assert label_of(doc, "Anna") == "Anna von der Holm"
    assert label_of(doc, "Holm") == "Anna von der Holm"


def test_a_bare_title_in_subject_goes_on_with_the_subject_before_it_whose_titles_are_former(doc_of):
    doc = doc_of("Former Oslo Mayor Tomas Berg has launched a scathing attack on Erik Lund, saying he is running a "
                 "spineless administration. The foreign secretary blasted him while on the campaign trail today.")
    assert label_of(doc, "secretary") == "Tomas Berg"


def test_a_former_role_noun_is_the_one_the_article_said_held_the_office_before(doc_of):
    # "The Peruvian president, A, ... the now former president B ... The former Peruvian president
    # was arrested": not the one holding it now
    doc = doc_of("The Norwegian president, Maria Kovacs, spoke on Friday. She condemned the coup carried out by the now "
                 "former president Tomas Berg in December. The former Norwegian president was arrested by the police.")
    assert label_of(doc, "president", 2) == "Tomas Berg"


def test_a_name_set_off_after_a_title_that_the_tagger_calls_a_work_is_the_titles_holder(nlp):
    # "greeted by India’s minister of parliamentary affairs, Pawan Kumar Bansal in New Delhi": the
    # name tagged as a work of art, its closing comma left out
    doc = _tagged_spans(nlp, "Accompanied by a large delegation including interior minister Tomas Berg, Olek Varnay was "
                             "greeted by India’s minister of parliamentary affairs, Ravi Kumar Lund in New Delhi.",
                        [("Tomas Berg", "PERSON"), ("Olek Varnay", "PERSON"), ("India", "GPE"),
                         ("Ravi Kumar Lund", "WORK_OF_ART"), ("New Delhi", "GPE")])
    assert doc._.entities[entity_of(doc, "Lund")].type is EntityType.PERSON
    assert label_of(doc, "minister", 1) == "Ravi Kumar Lund"


def test_an_office_a_lead_gives_as_its_subject_before_any_name_is_the_one_named_in_the_next_subject(doc_of):
    # "... A reports. The Chinese Premier warned Britain ... as he signed deals with B. The three-day
    # visit by C had included ...": the byline's writer holds no office, and the one named later in
    # the sentence is someone else
    doc = doc_of("Trade deals signed at the end of the visit. Erik Lund reports\n\nThe Chinese Premier warned Britain "
                 "against lecturing China yesterday as he signed trade agreements with Tomas Berg.\n\nThe carefully "
                 "planned three-day visit by Olek Varnay had included a tour of a car factory.")
    assert label_of(doc, "Premier") == "Olek Varnay"
    assert label_of(doc, "he") == "Olek Varnay"


def test_a_general_election_is_no_general_named_election(doc_of):
    doc = doc_of("Mr Berg's tour comes as he, Labour leader Erik Lund and Conservative leader Olek Varnay all step up "
                 "campaigning ahead of the next General Election, widely expected to be held on 5 May.")
    assert "Election" not in {e.label for e in doc._.entities.values() if e.type is EntityType.PERSON}


def test_the_two_leaders_one_has_talks_with_are_two_others(doc_of):
    # "A and B have met ... the first summit between B and US President C. ... A also had talks with
    # the two superpower leaders": B and C
    doc = doc_of("Tomas Berg and President Olek Varnay have met several times, most recently when Oslo was the location for the "
                 "first summit between Varnay and US President Erik Lund in July. Although the focus was on the talks "
                 "between the two sides, Berg also had talks with the two superpower leaders.")
    noun = next(t for t in doc if t.lower_ == "leaders")
    assert {doc._.entities[k].label for k in noun._.group or ()} == {"Olek Varnay", "Erik Lund"}


def test_a_gerund_opening_a_sentence_is_no_given_name_of_a_company(nlp):
    # "Noting Tesla’s development in China ..., Li said", tagged as one person, where "Tesla" is
    # tagged a company elsewhere
    doc = _tagged_spans(nlp, "Olek Varnay met Harbourline executives. Noting Harbourline’s development in China, Varnay said "
                             "the market was open.",
                        [("Olek Varnay", "PERSON"), ("Harbourline", "ORG"), ("Noting Harbourline", "PERSON"), ("Varnay", "PERSON")])
    assert doc._.entities[entity_of(doc, "Harbourline", 1)].type is EntityType.ORGANIZATION


def test_a_bodys_chief_is_no_one_introduced_with_another_office(nlp):
    # "A met Chinese Premier B ... The Harbourline and Kelby chief travelled to China": a body's name
    # before the role noun says whose office it is, not the premier's
    doc = _tagged_spans(nlp, "Tomas Berg on Sunday met Chinese Premier Olek Varnay. The Harbourline chief travelled to China "
                             "at the invitation of the council.",
                        [("Tomas Berg", "PERSON"), ("Chinese", "NORP"), ("Olek Varnay", "PERSON"), ("Harbourline", "ORG"),
                         ("China", "GPE")])
    assert label_of(doc, "chief") != "Olek Varnay"


def test_a_sum_tagged_with_a_name_is_no_part_of_it(nlp):
    doc = _tagged_spans(nlp, "The federation fined Tomas Berg 3,000 euros on Monday.", [("Tomas Berg 3,000", "PERSON")])
    assert label_of(doc, "Berg") == "Tomas Berg"


def test_the_monarch_is_the_queen_or_king_named_before(doc_of):
    doc = doc_of("Queen Olga arrived in Oslo on Monday. Tomas Berg, who did not meet the British monarch during her visit, "
                 "will be present.")
    assert label_of(doc, "monarch") == "Queen Olga"


def test_a_sole_title_tagged_as_a_name_is_the_title_s_holder(nlp):
    doc = _tagged(nlp, "The visit follows the Queen's visit to Norway, when she was hosted by Maria Kovacs. Tomas Berg, who "
                       "did not meet the British monarch during her visit, will be present.",
                  [("Queen", "PERSON"), ("Norway", "GPE"), ("Maria Kovacs", "PERSON"), ("Tomas Berg", "PERSON")])
    assert label_of(doc, "Queen") == "the Queen"
    assert entity_of(doc, "monarch") == entity_of(doc, "Queen")


def test_they_after_a_pair_the_parser_split_into_an_apposition_is_the_pair(nlp):
    """"President X and South African counterpart Y held talks. They met ...", parsed as a real
    article was: Y in apposition to X and the title "counterpart" the conjunct. "They" is X and Y."""
    from spacy.tokens import Doc

    from kg.records import Article, CleanArticle
    from kg.resolve import resolve_document

    words = ["President", "Tomas", "Berg", "and", "South", "African", "counterpart", "Erik", "Lund", "held", "talks", "in",
             "Japan", ".", "They", "met", "in", "Yokohama", "."]
    tags = ["NNP", "NNP", "NNP", "CC", "JJ", "JJ", "NN", "NNP", "NNP", "VBD", "NNS", "IN", "NNP", ".", "PRP", "VBD", "IN", "NNP", "."]
    pos = {"NNP": "PROPN", "NN": "NOUN", "NNS": "NOUN", "VBD": "VERB", "IN": "ADP", "CC": "CCONJ", "JJ": "ADJ", ".": "PUNCT",
           "PRP": "PRON"}
    doc = Doc(nlp.vocab, words=words, spaces=[True] * 12 + [False, True] + [True] * 3 + [False, False],
              heads=[2, 2, 9, 2, 5, 6, 2, 8, 2, 9, 9, 10, 11, 9, 15, 15, 15, 16, 15],
              deps=["compound", "compound", "nsubj", "cc", "amod", "amod", "conj", "compound", "appos", "ROOT", "dobj", "prep",
                    "pobj", "punct", "nsubj", "ROOT", "prep", "pobj", "punct"],
              tags=tags, pos=[pos[t] for t in tags], lemmas=[w.lower() for w in words],
              ents=["O", "B-PERSON", "I-PERSON", "O", "B-NORP", "I-NORP", "O", "B-PERSON", "I-PERSON", "O", "O", "O", "B-GPE",
                    "O", "O", "O", "O", "B-GPE", "O"])
    doc._.article = CleanArticle(Article("t", doc.text), doc.text)
    resolve_document(doc)
    assert set(doc[14]._.group or ()) == {entity_of(doc, "Berg"), entity_of(doc, "Lund")}


def test_a_title_and_a_name_with_a_regnal_number_tagged_as_a_body_is_a_person(nlp):
    doc = _tagged(nlp, "King Olek VI and Queen Anna began their state visit to Chile.", [("King Olek VI", "ORG"), ("Anna", "PERSON")])
    assert label_of(doc, "Olek") == "King Olek VI"  # a regnal name is shown with its title, as the news writes it
    assert doc._.entities[entity_of(doc, "Olek")].type is EntityType.PERSON


def test_a_regnal_name_keeps_its_title(doc_of):
    doc = doc_of("Pope Olek XVI visited Turkey in November. Olek met the president.")
    assert label_of(doc, "Olek") == "Pope Olek XVI"
    assert label_of(doc, "Olek", 1) == "Pope Olek XVI"


def test_a_name_after_a_title_tagged_as_a_nationality_is_a_person(nlp):
    doc = _tagged(nlp, "Commission Vice-President Maria Kovacs visited Kelby.", [("Maria Kovacs", "NORP")])
    assert doc._.entities[entity_of(doc, "Kovacs")].type is EntityType.PERSON
    doc = _tagged(nlp, "The Christian Democrats won.", [("Christian Democrats", "NORP")])
    assert all(e.type is not EntityType.PERSON for e in doc._.entities.values())


def test_a_title_case_headlines_verb_and_trip_after_a_title_name_no_one(doc_of):
    # "Chief" is a title: the capitalized words after it would otherwise be taken for a name
    doc = doc_of("EU Foreign Policy Chief Cancels Visit to Israel\n\n"
                 "European foreign policy chief Maria Kovacs has canceled an official visit to Israel.")
    assert list(persons(doc)) == ["Maria Kovacs"]
    assert entity_of(doc, "Cancels") is None


def test_a_name_after_a_title_in_a_title_case_headline_stays_a_name(doc_of):
    doc = doc_of("EU Foreign Policy Chief Kovacs Arrives in Israel\n\nMaria Kovacs arrived in Israel on Monday.")
    assert label_of(doc, "Kovacs") == "Maria Kovacs"


@pytest.mark.parametrize("text, countries", [
    # "U.S. Secretary of State Lund" in a headline, the name tagged apart: no role noun that refers
    # back, so the Foreign Secretary does not become American
    ("Berg meets U.S. Secretary of State Lund\n\nForeign Secretary Tomas Berg, presently on a visit to the United States, "
     "on Friday met Secretary of State Erik Lund.", []),
    # a definite role noun with a country tells its holder's
    ("President Tomas Berg met Erik Lund. The Pakistani president said the talks went well.", ["Pakistan"]),
])
def test_a_title_gives_its_holder_a_country_only_when_it_refers_back(doc_of, text, countries):
    from kg.extract.base import Ref, role_countries

    assert role_countries(doc_of(text), Ref("person:tomas berg", "name")) == countries


def test_a_pronoun_a_sentence_left_unparsed_keeps_its_one_named_person_from_being_the_antecedent():
    """"One of his fellow pupils was Erik Lund." is not parsed (no trigger in it), so "his" stays
    unread; Erik Lund is then not the only person told of there, and a later "he" goes on back
    to Tomas Berg."""
    import datetime as dt

    from kg.pipeline import process_articles
    from kg.records import Article, Relation
    from kg.settings import Settings

    text = ("Tomas Berg joined the army in 1970. One of his fellow pupils at the school was Erik Lund. "
            "After arriving in London in 1992, he settled in a small house.")
    (result,) = process_articles([Article("t", text, date=dt.date(2024, 3, 5))], Settings(use_cache=False, progress=False))
    assert {result.entities[f.subject].label for f in result.facts if f.relation is Relation.VISITED} == {"Tomas Berg"}


def test_a_capital_the_inside_a_sentence_is_part_of_a_places_name(doc_of):
    """"flew to The Hague": the place is "The Hague", under one key with a bare "Hague"."""
    doc = doc_of("Maria Kovacs flew to The Hague on Monday. Tomas Berg arrived in Hague later.")
    assert label_of(doc, "Hague") == "The Hague"
    assert entity_of(doc, "Hague") == entity_of(doc, "Hague", 1)


def test_a_role_noun_goes_to_the_one_given_the_very_title(doc_of):
    """A Foreign Secretary and a Secretary of State hold the same office in two countries; "the
    Foreign Secretary" is the one the article gave that title, not the one named last."""
    doc = doc_of(
        "Foreign Secretary Erik Lund, on a visit to Washington, on Friday met Secretary of State Tomas Berg. "
        "The Foreign Secretary also held talks with Anna Lind."
    )
    assert label_of(doc, "Secretary", nth=2) == "Erik Lund"


def test_a_style_of_address_tagged_with_its_pronoun_is_no_person(doc_of):
    """"His Holiness the Erik Lama" with "His Holiness" tagged as a person: a style, no one's name."""
    doc = doc_of("The spiritual leader, His Holiness the Erik Lama, visited Oslo. His Holiness left on Monday.")
    assert not any("Holiness" in label for label in persons(doc))


def test_a_plural_name_after_the_is_a_group(doc_of):
    """"accused the Houthis": a plural proper name after "the", tagged as a person, is a group."""
    doc = doc_of("Erik Lund accused the Houthis of using prisons.")
    key = entity_of(doc, "Houthis")
    assert key is not None and doc._.entities[key].type is EntityType.GROUP


def test_a_qualifier_the_tables_do_not_know_keeps_the_office_from_other_holders(doc_of):
    """"the Tibetan leader" is not the Chinese president named last: a capitalized qualifier the
    country tables do not know still says whose office it is."""
    doc = doc_of(
        "Chinese President Erik Lund will visit Oslo this month. "
        "Officials had begun planning for the Tibetan leader’s visit to Oslo."
    )
    assert entity_of(doc, "leader") is None


def test_a_hyphened_holder_after_a_body_in_one_tagged_name_is_split(nlp):
    """"President of the Syrian National Coalition Hadi Al-Varnay" tagged as one body: the body, then
    its head (a hyphened surname is one word of the name)."""
    from spacy.tokens import Span

    from kg.records import CleanArticle
    from kg.resolve import resolve_document

    text = "Erik Lund met with President of the Syrian National Coalition Hadi Al-Varnay."
    doc = nlp(text)
    doc._.article = CleanArticle(Article("t", text), text)
    start = next(t.i for t in doc if t.text == "Syrian")
    doc.ents = [Span(doc, 0, 2, label="PERSON"), Span(doc, start, len(doc) - 1, label="ORG")]
    resolve_document(doc)
    assert "Hadi Al-Varnay" in persons(doc)


def test_an_alliance_named_by_its_leader_is_a_group_of_its_own(doc_of):
    """"the Norwegian-led coalition" is not Norway: a group of its own, named with its leader."""
    doc = doc_of("Erik Lund accused the Norwegian-led coalition of the attack.")
    key = entity_of(doc, "coalition")
    assert key is not None and doc._.entities[key].label == "Norwegian-led coalition"
    assert doc._.entities[key].type is EntityType.GROUP


def test_a_group_named_by_who_backs_it_is_a_group_of_its_own(doc_of):
    """"Norwegian-backed rebels" are not Norway: a group of its own, named with its backer."""
    doc = doc_of("Erik Lund accused Norwegian-backed rebels of the attack.")
    key = entity_of(doc, "rebels")
    assert key is not None and doc._.entities[key].label == "Norwegian-backed rebels"
    assert doc._.entities[key].type is EntityType.GROUP


def test_a_given_name_between_a_rank_and_a_surname_with_a_particle_is_the_names(doc_of):
    """"Col Fahdi Al-Kelby" tagged from "Al": the word between the rank and the particle is the
    given name."""
    doc = doc_of("Spokesman Col Fahdi Al-Kelby called on them not to remain silent.")
    assert "Fahdi Al-Kelby" in persons(doc)


def test_the_top_official_of_a_body_is_the_one_given_its_office(doc_of):
    """"the top UN official" after "The United Nations Secretary General, Erik Lund": the one
    person the article gave an office of that body."""
    doc = doc_of("The United Nations Secretary General, Erik Lund, arrived on Monday. The top UN official will meet Anna Lind.")
    assert label_of(doc, "official") == "Erik Lund"


def test_a_person_after_an_unknown_places_possessive_in_a_body_name_is_the_person(nlp):
    # "Ontario’s Doug Ford" tagged as one body; the place is in no table
    doc = _tagged_spans(nlp, "The premiers met in Kelby, with one, Harbourland’s Tomas Berg, threatening to walk out.",
                        [("Kelby", "GPE"), ("Harbourland’s Tomas Berg", "ORG")])
    assert label_of(doc, "Berg") == "Tomas Berg"
    assert doc._.entities[entity_of(doc, "Berg")].type is EntityType.PERSON
    assert label_of(doc, "Harbourland") == "Harbourland"


def test_a_given_name_tagged_as_a_body_is_the_one_person_with_that_first_name(nlp):
    # a speaker addressing someone by the given name ("glad to sit down with you, Justin")
    doc = _tagged_spans(nlp, "Prime Minister Tomas Berg greeted Erik Lund. “I’m glad to sit down with you, Tomas,” Lund said.",
                        [("Tomas Berg", "PERSON"), ("Erik Lund", "PERSON"), ("Tomas", "ORG"), ("Lund", "PERSON")])
    assert label_of(doc, "Tomas", 1) == "Tomas Berg"


def test_a_one_word_place_no_table_knows_that_meets_or_speaks_is_a_person(nlp):
    # "Vučić met in Brussels with ...", tagged as a place every time
    doc = _tagged_spans(nlp, "The meeting between Varnek and Erik Lund ended. Varnek met with Lund in Brussels. "
                             "\"I hope for a solution,\" wrote Varnek.",
                        [("Varnek", "GPE"), ("Erik Lund", "PERSON"), ("Varnek", "GPE"), ("Lund", "PERSON"),
                         ("Brussels", "GPE"), ("Varnek", "GPE")])
    assert doc._.entities[entity_of(doc, "Varnek")].type is EntityType.PERSON
    assert len({entity_of(doc, "Varnek", n) for n in range(3)}) == 1


def test_a_one_word_place_no_table_knows_that_is_a_who_is_a_person(nlp):
    # "hours after A, who is in India on a four-day visit, ... talks with A", tagged as a place every time
    doc = _tagged_spans(nlp, "The deal came after Varnek, who is in India on a visit, signed it. "
                             "After talks with Varnek, Erik Lund left.",
                        [("Varnek", "GPE"), ("India", "GPE"), ("Varnek", "GPE"), ("Erik Lund", "PERSON")])
    assert doc._.entities[entity_of(doc, "Varnek")].type is EntityType.PERSON
    assert entity_of(doc, "Varnek", 1) == entity_of(doc, "Varnek")


@pytest.mark.parametrize("text, labels, place", [
    # "Kelshire said it would appeal ... flights to Kelshire": a place both times
    ("Kelshire said it would appeal. Flights to Kelshire were cancelled.", [("Kelshire", "GPE"), ("Kelshire", "GPE")], "Kelshire"),
    # a seat of government speaks for its country
    ("Kremlin said it would not meet Tomas Berg.", [("Kremlin", "GPE"), ("Tomas Berg", "PERSON")], "Kremlin"),
    # a town (here its football club) is a "who" too
    ("The goal came against Wigan, who lost.", [("Wigan", "GPE")], "Wigan"),
])
def test_a_place_one_goes_to_or_a_seat_stays_a_place_though_it_speaks(nlp, text, labels, place):
    doc = _tagged_spans(nlp, text, labels)
    assert doc._.entities[entity_of(doc, place)].type is not EntityType.PERSON


def test_a_name_after_of_is_no_titled_name_whose_first_word_stands_alone(nlp):
    # the first word alone is a person written family name first only after a title ("President
    # Yoon Min-jun ... met with Yoon"); "of" is a word of titles ("Secretary of State") but no title
    doc = _tagged_spans(nlp, "A portrait of Yoon Min-jun was sold in Seoul. Officials met with Yoon on Monday.",
                        [("Yoon Min-jun", "PERSON"), ("Seoul", "GPE"), ("Yoon", "ORG")])
    assert label_of(doc, "Yoon", 1) != "Yoon Min-jun"


def test_an_office_a_lead_gives_before_any_name_is_the_next_sentences_untitled_subjects(doc_of):
    # "Russia's foreign minister has described ... Speaking on Thursday, A said"
    doc = doc_of("Lund and Berg hold talks in Oslo\n\nNorway's foreign minister has described the talks with his British "
                 "counterpart as disappointing. Speaking to the press on Thursday, Erik Lund said Tomas Berg had come unprepared.")
    assert "Foreign Minister of Norway" in persons(doc)["Erik Lund"].roles
    assert label_of(doc, "minister") == "Erik Lund"


def test_a_title_case_headlines_verb_opening_a_name_starts_none(doc_of):
    # "Leaves" tagged as the first word of a person's name: the verb, and the place after it
    doc = doc_of("Kelbian Foreign Minister Leaves Norway for Namibia\n\n"
                 "Kelbian Foreign Minister Tomas Berg left Oslo on Monday morning for Namibia.")
    assert list(persons(doc)) == ["Tomas Berg"]
    assert label_of(doc, "Norway") == "Norway"


def test_a_role_noun_with_a_service_word_goes_to_the_one_introduced_with_it(doc_of):
    doc = doc_of("Army chief General Tomas Berg visited Kabul on Tuesday. The army chief was accompanied by "
                 "intelligence chief Erik Lund. The army chief also met Anna Lind.")
    assert label_of(doc, "chief", nth=3) == "Tomas Berg"


def test_the_landmark_is_the_one_place_of_its_kind_named_before(doc_of):
    doc = doc_of("Critics condemned visits to the Kelby Shrine in Tokyo. On Thursday minister Tomas Berg "
                 "visited the war-linked shrine to pay homage.")
    assert label_of(doc, "shrine") == "Kelby Shrine"


def test_no_landmark_when_two_of_its_kind_were_named(doc_of):
    doc = doc_of("Tomas Berg landed at Kelby Airport after a stop at Harbour Airport. Anna Lind met him at the airport.")
    assert entity_of(doc, "airport") is None


@pytest.mark.parametrize("text", [
    "President Tomas Berg and his wife Anna arrived in Bergen. Later the president and his wife visited a church.",
    "President Tomas Berg and first lady Anna Berg arrived in Bergen. Later the president and his wife visited a church.",
])
def test_a_spouse_named_by_no_name_is_the_one_spouse_the_article_named(doc_of, text):
    doc = doc_of(text)
    assert label_of(doc, "wife", nth=1 if "his wife Anna" in text else 0) == label_of(doc, "Anna")


def test_the_spouse_of_one_named_as_a_spouse_is_that_one(doc_of):
    """"his wife Anna Berg ... she criticised her husband": the one she was named the spouse of."""
    doc = doc_of("Party leader Tomas Berg launched the campaign. His wife Anna Berg will play a key role. "
                 "In an interview she said she often criticised her husband.")
    assert label_of(doc, "husband") == "Tomas Berg"


def test_a_spouse_named_by_no_name_is_the_one_other_person_with_the_owner_s_surname(doc_of):
    """"Mrs Anna Berg ... she criticised her husband": Tomas Berg, named before; not with two Bergs
    besides her."""
    text = "Party leader Tomas Berg launched the campaign. Anna Berg said she often criticised her husband."
    assert label_of(doc_of(text), "husband") == "Tomas Berg"
    doc = doc_of("Party leader Tomas Berg launched the campaign. Olek Berg spoke. Anna Berg said she often criticised her husband.")
    assert label_of(doc, "husband") is None


def test_an_abbreviated_title_with_a_stop_is_no_name(doc_of):
    doc = doc_of("The leader of Bergen Borough Council, Coun. Tomas Berg, said the visit would be a boost.")
    assert list(persons(doc)) == ["Tomas Berg"]


def test_a_spouse_one_only_dines_with_stays_unnamed(doc_of):
    doc = doc_of("President Tomas Berg and his wife Anna arrived in Bergen. He died on Wednesday, after dinner with his "
                 "wife at his home.")
    assert entity_of(doc, "wife", nth=1) is None


def test_a_titles_plural_tagged_as_a_body_is_no_entity(doc_of):
    doc = doc_of("General Tomas Berg visited Kabul. The top Generals' visit to Afghanistan was an effort to help, sources said.")
    assert entity_of(doc, "Generals") is None


@pytest.mark.parametrize("text, name", [
    # a one-word name the tagger calls a building, or a work, where a trip goes
    ("Japan protested against President Tomas Berg's surprise visit to Harukuni.", "Harukuni"),
    ("Defence Minister Erik Lund made separate visits to Harukuni on Sunday.", "Harukuni"),
])
def test_an_unknown_name_a_trip_goes_to_is_a_place(doc_of, text, name):
    doc = doc_of(text)
    assert doc._.entities[entity_of(doc, name)].type in {EntityType.PLACE, EntityType.CITY, EntityType.COUNTRY}


def test_his_royal_highness_is_the_prince_named_before(doc_of):
    doc = doc_of("Crown Prince Tomas Berg of Norway visited India in 2003. His Royal Highness had last visited Nepal in 2001.")
    assert label_of(doc, "Highness") == "Tomas Berg"
    assert entity_of(doc, "Royal") is None


def test_the_queen_is_the_queen_the_article_names(doc_of):
    doc = doc_of("Queen Ingrid of Norway laid a wreath at the memorial in Dublin. Wreaths were laid by the Queen and "
                 "President Anna Lind. The President held a brief meeting with the Queen.")
    assert label_of(doc, "Queen", nth=2) == label_of(doc, "Ingrid")


def test_a_feast_day_tagged_as_a_person_is_no_one(doc_of):
    doc = doc_of("Shamrock dominated the St Olek’s Day celebrations in Bergen yesterday. All eyes were on Erik Lund.")
    assert list(persons(doc)) == ["Erik Lund"]


def test_a_building_named_after_someone_is_no_person(doc_of):
    doc = doc_of("Tomas Berg met Erik Lund in Bergen. Lund asked whether the parade passes by Lund Tower, and Lund laughed.")
    assert sorted(persons(doc)) == ["Erik Lund", "Tomas Berg"]
    assert label_of(doc, "Lund", nth=3) == "Erik Lund"


def test_a_countrys_leader_untitled_keeps_the_office_the_article_gave_him(doc_of):
    doc = doc_of("Prime Minister Olek Varnay has declared his talks with Erik Lund very successful as his visit was hailed "
                 "by the Chinese president. The prime minister said he and Lund agreed that the Chinese leader would "
                 "visit Australia soon.")
    assert label_of(doc, "president") == "Erik Lund"
    assert label_of(doc, "leader") == "Erik Lund"


def test_an_untagged_one_word_name_that_speaks_is_a_persons_surname(nlp):
    from kg.records import Article, CleanArticle
    from kg.resolve import resolve_document

    text = ("Varnowiecki's Bergen visit was part of his tour of European capitals. The plan has not materialised "
            "because Norway is defending the border, Varnowiecki added.")
    doc = nlp(text)
    # the tagger can leave such a name out of every entity, as it does for many a foreign surname
    doc.ents = [e for e in doc.ents if e.text != "Varnowiecki"]
    doc._.article = CleanArticle(Article("t", text), text)
    resolve_document(doc)
    assert label_of(doc, "Varnowiecki") == "Varnowiecki"
    assert doc._.entities[entity_of(doc, "Varnowiecki")].type is EntityType.PERSON
    assert entity_of(doc, "Varnowiecki", nth=1) == entity_of(doc, "Varnowiecki", nth=0)


def test_a_title_cut_from_its_name_stands_for_the_one_it_names(doc_of):
    doc = doc_of("Canadian Prime Minister Anna Lind will hold bilateral talks with PM Tomas Berg on Friday.")
    assert label_of(doc, "PM") == "Tomas Berg"


def test_a_building_like_name_before_a_noun_names_that_thing(doc_of):
    doc = doc_of("The pop star Anna Lind cancelled her Kelby Hotel tour last June after suffering a knee injury.")
    key = entity_of(doc, "Hotel")
    assert key is None or doc._.entities[key].type not in {EntityType.PLACE, EntityType.CITY}


def test_a_places_generic_word_the_tagger_left_out_ends_its_name(doc_of):
    doc = doc_of("Olek Varnay made an earlier visit to the Whispering Hope Centre in Dunford Town.")
    assert label_of(doc, "Dunford") == "Dunford Town"


def test_a_possessive_repeated_with_no_one_named_between_is_the_same_persons(doc_of):
    doc = doc_of("President Tomas Berg berated Olek Varnay for his comments after his recent trip to Oslo.")
    owners = [doc._.entities[t._.entity].label for t in doc if t.lower_ == "his"]
    assert owners == ["Olek Varnay", "Olek Varnay"]


@pytest.mark.parametrize("text", [
    # an "over" phrase after words aimed at someone: the conduct is the target's
    "Opposition leader Erik Lund launched an attack on Tomas Berg over his visit to Goa.",
    "Erik Lund hit out at Tomas Berg over his trip to Goa.",
    "Erik Lund was angry with Tomas Berg over his trip to Goa.",
    "Poland summoned envoy Erik Lund amid a row over remarks made by three ministers against Prime Minister Tomas Berg "
    "over his visit to Goa.",
])
def test_a_possessive_after_words_aimed_at_someone_is_that_ones(doc_of, text):
    assert label_of(doc_of(text), "his") == "Tomas Berg"


def test_a_possessive_after_criticism_faced_is_the_one_facing_it(doc_of):
    assert label_of(doc_of("Erik Lund has faced criticism from Tomas Berg over his visit to Goa."), "his") == "Erik Lund"


def test_a_surname_run_into_another_persons_name_is_that_person(doc_of):
    """"After meeting with Director-General Hans Jan Kelbrook Berg wrote ...": two names run together."""
    doc = doc_of("Norwegian President Tomas Berg met EU officials. After meeting with Director-General of Neighborhood and "
                 "Enlargement Negotiations Hans Jan Kelbrook Berg wrote on Instagram that talks went well.")
    assert label_of(doc, "Berg", 1) == "Tomas Berg"
    assert label_of(doc, "Hans") == "Hans Jan Kelbrook"


def test_a_name_after_given_names_that_shares_a_surname_is_not_split(nlp):
    # (Tomas Berg's sister, named in full, as the tagger may give her)
    doc = nlp("Tomas Berg met his sister Maria Anna Louise Berg in Oslo.")
    spans = [Span(doc, 0, 2, label="PERSON"), Span(doc, 5, 9, label="PERSON")]
    assert [s.text for s in _split_run_on_surnames(spans)] == ["Tomas Berg", "Maria Anna Louise Berg"]
    # (against a name ending in a surname: two names run together)
    doc = nlp("Tomas Berg met Hans Jan Kelbrook Berg wrote in Oslo.")
    spans = [Span(doc, 0, 2, label="PERSON"), Span(doc, 3, 7, label="PERSON")]
    assert [s.text for s in _split_run_on_surnames(spans)] == ["Tomas Berg", "Hans Jan Kelbrook", "Berg"]


def test_the_writer_of_a_byline_is_no_one_the_article_tells_of(doc_of):
    doc = doc_of("Britain signs trade deals at end of visit. Erik Lund reports\n\n"
                 "The Chinese Premier warned Britain yesterday as he signed trade agreements with Tomas Berg.")
    assert entity_of(doc, "he") is None
    assert entity_of(doc, "Premier") is None


def test_a_possessive_of_the_other_gender_is_not_the_first_ones(doc_of):
    doc = doc_of("President Tomas Berg berated Anna Lind for her comments after his trip to Oslo.")
    owners = [doc._.entities[t._.entity].label for t in doc if t.lower_ in {"his", "her"}]
    assert owners == ["Anna Lind", "Tomas Berg"]


@pytest.mark.parametrize("text, speaker", [
    # saying or criticizing after a report goes on with the speaker
    ("Olek Varnay said Tomas Berg had not acted with neutrality. He also criticized President Anna Lind.", "Olek Varnay"),
    # so where the saying is a clause of a sentence about something else
    ("The row began last week after Norway supported a failed bid to relaunch the talks at the summit and Mr. Varnay "
     "said host president Tomas Berg had not acted with neutrality. He also criticized President Anna Lind's hostility "
     "towards the deal.", "Varnay"),
    # anything else goes on with the one reported
    ("Olek Varnay said Tomas Berg would visit Moscow next week. He will meet Anna Lind there.", "Tomas Berg"),
])
def test_he_after_a_report_is_the_speaker_only_when_he_goes_on_speaking(doc_of, text, speaker):
    assert label_of(doc_of(text), "He") == speaker


def test_a_town_whose_name_begins_with_the_keeps_it():
    """Mentions drop "the" ("in the Hague"); GeoNames' name of a large town keeps it."""
    _entities, labels = _merged(_result("a", _place("Hague", EntityType.CITY, "Hague")),
                                _result("b", _place("Paris", EntityType.CITY, "Paris")))
    assert labels[("a", "place:hague")] == "The Hague"
    assert labels[("b", "place:paris")] == "Paris"


def test_a_hyphened_town_is_named_whole(doc_of):
    """"Stratford-upon-Avon" tagged from "Stratford" alone (here as a person): the town the tables
    know by the whole name."""
    doc = doc_of("The visit by Premier Maria Kovacs included a visit to William Shakespeare's birthplace in Stratford-upon-Avon.")
    key = entity_of(doc, "Stratford")
    assert key is not None and doc._.entities[key].label == "Stratford-upon-Avon"
    assert doc._.entities[key].type is not EntityType.PERSON


def test_state_counsellor_is_a_title(doc_of):
    """"State Counsellor Maria Kovacs": the title is no part of the name."""
    doc = doc_of("State Counsellor Maria Kovacs departed on Sunday for the court in The Hague.")
    assert "Maria Kovacs" in persons(doc)


def test_a_site_visited_that_the_tagger_did_not_name_is_a_place(nlp):
    """"visited the Kelbo Masjid" with no entity tagged: a name of two words after "the", as the
    object of visiting, is a site (one word alone is not: it may be cut short)."""
    from spacy.tokens import Span

    from kg.records import Article, CleanArticle
    from kg.resolve import resolve_document

    text = "Maria Kovacs visited the Kelbo Masjid with his family. Erik Lund visited the Varno on Monday."
    doc = nlp(text)
    doc._.article = CleanArticle(Article("t", text), text)
    doc.ents = [Span(doc, 0, 2, label="PERSON"), Span(doc, 11, 13, label="PERSON")]
    resolve_document(doc)
    site = entity_of(doc, "Masjid")
    assert site is not None and doc._.entities[site].label == "Kelbo Masjid"
    assert doc._.entities[site].type is EntityType.PLACE
    assert entity_of(doc, "Varno") is None


@pytest.mark.parametrize("text", [
    "Singaporean PM Tomas Berg arrived at Putrajaya 11am and was greeted by Erik Lund.",
    "Singaporean PM Tomas Berg arrived at Putrajaya 11 am and was greeted by Erik Lund.",
])
def test_a_time_of_day_is_no_part_of_a_place_s_name(doc_of, text):
    """"Putrajaya 11am" tagged as one name: the hour is when, not where."""
    doc = doc_of(text)
    key = entity_of(doc, "Putrajaya")
    assert key is not None and doc._.entities[key].label == "Putrajaya"


@pytest.mark.parametrize("text, country", [
    ("North Korea denied the charge. Arch-rival South Korea has blamed the North for the murder.", "North Korea"),
    ("South Korean President Tomas Berg criticised the North over the test. North Korea said nothing.", "North Korea"),
    # (not a region of a country the article does not name so)
    ("Tomas Berg toured the North of England.", None),
])
def test_the_north_is_the_country_named_with_it(doc_of, text, country):
    """"the North", after "North Korea": the one country the article names with that word first."""
    doc = doc_of(text)
    token = next(t for t in doc if t.text == "North" and t.i > 0 and doc[t.i - 1].lower_ == "the")
    key = token._.entity
    assert (doc._.entities[key].label if key and doc._.entities[key].type is EntityType.COUNTRY else None) == country


def test_a_family_name_written_first_is_the_titled_one_of_two_who_share_it(doc_of):
    """"Kim said" after "leader Kim Jong Un" and "his father, Kim Jong Il": the titled one."""
    doc = doc_of("North Korean leader Tang Min Jun made a surprise trip to Oslo. The trip is Tang's first abroad since his "
                 "father, Tang Min Il, died in 2011. Tang said the talks went well.")
    assert label_of(doc, "Tang", 3) == "Tang Min Jun"


def test_the_ex_president_is_the_former_president_named(doc_of):
    """"the ex-president": the parser can read "ex" as a noun, which is no branch of the office."""
    doc = doc_of("Former president Erik Lund travelled to Kenya. The ex-president met President Tomas Berg.")
    assert label_of(doc, "president", 1) == "Erik Lund"


def test_he_in_a_quotation_after_an_aside_is_not_its_speaker(doc_of):
    """"X, asked about Y, said: "He ..."": the parser makes X the subject of "asked"; X still speaks."""
    doc = doc_of('Tomas Berg, asked about Erik Lund, said: "He is weak and dishonest."')
    assert label_of(doc, "He") == "Erik Lund"


def test_a_person_named_by_a_description_joins_no_longer_name():
    """"the Queen" in one article, a title tagged as a person ending in "Queen" in another ("The
    Life of Mary Queen"): a description is no surname to join to a longer name."""
    _entities, labels = _merged(_result("a", _person("the Queen")), _result("b", _person("The Diary of Olek Queen")))
    assert labels[("a", "person:the queen")] == "the Queen"
    # (a surname still joins the one full name that fits it)
    _entities, labels = _merged(_result("a", _person("Lind")), _result("b", _person("Anna Lind")))
    assert labels[("a", "person:lind")] == "Anna Lind"


def test_a_country_named_before_capital_names_its_capital(doc_of):
    """"flew to the US capital": a country's name (not only its demonym) before "capital"."""
    assert label_of(doc_of("Erik Lund flew to the US capital on Monday."), "capital") == "Washington"


def test_a_role_noun_with_a_word_of_the_body_named_beside_its_holder(doc_of):
    """"X, leader of the Kelby Workers' Union, ... The union leader": "union" is no branch of the
    office the holder was introduced without; it is in the name of the body named beside the holder."""
    doc = doc_of("Erik Lund, leader of the Kelby Workers' Union, spoke on Monday. "
                 "The union leader met Chancellor Tomas Berg on Wednesday.")
    assert label_of(doc, "leader", 1) == "Erik Lund"
