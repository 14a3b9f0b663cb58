"""The reference lexicons (``kg/lexicons/*.json``) and the lookups of ``kg.gazetteer``."""
from __future__ import annotations

import dataclasses
import json
import re
from collections import defaultdict
from collections.abc import Callable, Iterable
from importlib.resources import files
from typing import Any

import pytest

from kg import gazetteer
from kg.gazetteer import (
    canonical_capital,
    countries,
    country_by_demonym,
    country_by_name,
    country_by_plural_demonym,
    country_of_capital,
    country_of_seat,
    country_of_town,
    normalize,
    organization_by_name,
    organization_names,
    organization_of_seat,
    organizations,
    place_names,
    qid_for,
)

QID = re.compile(r"Q[1-9][0-9]*")
COUNTRY_KEYS = {
    "name", "qid", "aliases", "demonyms", "plural_demonyms", "capital", "capital_qid", "capital_aliases", "seats",
}
ORGANIZATION_KEYS = {"name", "qid", "aliases", "type", "seats"}
LIST_KEYS = {"aliases", "demonyms", "plural_demonyms", "capital_aliases", "seats"}


def _raw(resource: str) -> list[dict[str, Any]]:
    entries: list[dict[str, Any]] = json.loads((files("kg") / "lexicons" / resource).read_text(encoding="utf-8"))
    return entries


def _fold(text: str) -> str:
    """The folding the demonym lookups use: normalize() without dropping "the" or a possessive."""
    return gazetteer._fold(text)


def _clashes(groups: Iterable[tuple[str, Iterable[str]]], key: Callable[[str], str] = normalize) -> dict[str, set[str]]:
    """Keys claimed by more than one owner, with the owners."""
    owners: dict[str, set[str]] = defaultdict(set)
    for owner, forms in groups:
        for form in forms:
            owners[key(form)].add(owner)
    return {k: names for k, names in owners.items() if len(names) > 1}


# --- the files themselves -------------------------------------------------------------------------


@pytest.mark.parametrize("resource", ["countries.json", "organizations.json"])
def test_lexicon_is_a_list_sorted_by_normalized_name(resource: str) -> None:
    entries = _raw(resource)
    assert isinstance(entries, list) and entries
    names = [entry["name"] for entry in entries]
    assert names == sorted(names, key=normalize)


def test_country_entries_have_the_documented_shape() -> None:
    for entry in _raw("countries.json"):
        assert set(entry) == COUNTRY_KEYS, entry["name"]
        for key in LIST_KEYS:
            assert isinstance(entry[key], list) and all(isinstance(s, str) and s.strip() for s in entry[key]), (
                entry["name"],
                key,
            )
        if entry["capital"] is None:
            assert entry["capital_qid"] is None and entry["capital_aliases"] == [], entry["name"]


def test_organization_entries_have_the_documented_shape() -> None:
    for entry in _raw("organizations.json"):
        assert set(entry) == ORGANIZATION_KEYS, entry["name"]
        assert entry["type"] == "Organization"
        assert all(isinstance(s, str) and s.strip() for s in entry["aliases"]), entry["name"]
        assert isinstance(entry["seats"], list) and all(isinstance(s, str) and s.strip() for s in entry["seats"]), entry["name"]


def test_every_qid_is_well_formed_or_null() -> None:
    qids = [c["qid"] for c in _raw("countries.json")] + [c["capital_qid"] for c in _raw("countries.json")]
    qids += [o["qid"] for o in _raw("organizations.json")]
    bad = [q for q in qids if q is not None and not QID.fullmatch(q)]
    assert bad == []


def test_no_two_entries_share_a_qid() -> None:
    for resource in ("countries.json", "organizations.json"):
        owners: dict[str, list[str]] = defaultdict(list)
        for entry in _raw(resource):
            if entry["qid"] is not None:
                owners[entry["qid"]].append(entry["name"])
        assert {q: n for q, n in owners.items() if len(n) > 1} == {}, resource


TERRITORIES = {"Greenland", "Hong Kong", "Kosovo", "Macau", "Puerto Rico", "Taiwan"}


def test_all_sovereign_states_and_the_listed_territories_are_covered() -> None:
    names = {entry["name"] for entry in _raw("countries.json")}
    # The 193 UN members and the two observer states (Vatican City, Palestine).
    assert len(names - TERRITORIES) == 195
    assert TERRITORIES <= names
    for name in (
        "Afghanistan", "Bhutan", "Czech Republic", "Eswatini", "Ivory Coast", "Kiribati", "North Korea",
        "North Macedonia", "South Korea", "South Sudan", "Tuvalu", "United Kingdom", "United States",
        "Vatican City", "Palestine", "Zimbabwe",
    ):
        assert name in names


def test_every_entry_has_a_demonym_unless_a_known_exception() -> None:
    # Dominica's and the Republic of the Congo's adjectives ("Dominican", "Congolese") go to their more
    # reported namesakes; Hong Kong and New Zealand use the place name itself as the adjective.
    exceptions = {"Dominica", "Republic of the Congo", "Hong Kong", "New Zealand"}
    missing = {c.name for c in countries() if not c.demonyms} - exceptions
    assert missing == set()


# --- uniqueness of every surface form -------------------------------------------------------------


def test_country_names_are_unique_after_normalization() -> None:
    keys = [normalize(c.name) for c in countries()]
    assert len(keys) == len(set(keys))


def test_no_name_or_alias_names_two_countries() -> None:
    assert _clashes((c.name, (c.name, *c.aliases)) for c in countries()) == {}


def test_no_demonym_names_two_countries() -> None:
    assert _clashes(((c.name, c.demonyms) for c in countries()), key=_fold) == {}
    assert _clashes(((c.name, c.plural_demonyms) for c in countries()), key=_fold) == {}


def test_no_capital_or_seat_names_two_countries() -> None:
    capitals = ((c.name, (c.capital, *c.capital_aliases)) for c in countries() if c.capital is not None)
    assert _clashes(capitals) == {}
    assert _clashes((c.name, c.seats) for c in countries()) == {}


def test_no_name_or_alias_names_two_organizations() -> None:
    assert _clashes((o.name, (o.name, *o.aliases)) for o in organizations()) == {}


def test_no_organization_form_is_also_a_country_form() -> None:
    country_forms = {normalize(f) for c in countries() for f in (c.name, *c.aliases, *c.seats)}
    org_forms = {normalize(f): o.name for o in organizations() for f in (o.name, *o.aliases)}
    assert {f: name for f, name in org_forms.items() if f in country_forms} == {}


# --- known identifiers ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "qid"),
    [
        ("United States", "Q30"), ("Russia", "Q159"), ("Ukraine", "Q212"), ("Turkey", "Q43"),
        ("United Kingdom", "Q145"), ("France", "Q142"), ("Germany", "Q183"), ("China", "Q148"),
        ("India", "Q668"), ("Japan", "Q17"), ("Austria", "Q40"), ("Switzerland", "Q39"), ("Israel", "Q801"),
        ("Iran", "Q794"), ("North Korea", "Q423"), ("South Korea", "Q884"), ("Nigeria", "Q1033"),
        ("Saudi Arabia", "Q851"), ("Uruguay", "Q77"),
        ("Moscow", "Q649"), ("Kyiv", "Q1899"), ("Washington", "Q61"), ("London", "Q84"), ("Ankara", "Q3640"),
        ("Vienna", "Q1741"), ("Bern", "Q70"), ("Beijing", "Q956"),
        ("United Nations", "Q1065"), ("NATO", "Q7184"), ("European Union", "Q458"),
        ("World Health Organization", "Q7817"), ("International Monetary Fund", "Q7804"),
        ("World Bank", "Q7164"), ("United Nations Security Council", "Q37470"),
        ("United Nations General Assembly", "Q47423"), ("World Trade Organization", "Q7825"),
        ("International Criminal Court", "Q47488"), ("European Commission", "Q8880"),
        ("Council of Europe", "Q8908"),
    ],
)
def test_qid_for_canonical_names(name: str, qid: str) -> None:
    assert qid_for(name) == qid


def test_qid_for_unknown_or_unverified_names_is_none() -> None:
    assert qid_for("Atlantis") is None
    assert qid_for("International Committee of the Red Cross") is None  # listed, QID not verified


def test_qid_for_prefers_the_country_over_its_namesake_capital() -> None:
    assert qid_for("San Marino") == "Q238"
    assert country_of_capital("San Marino") == country_by_name("San Marino")


# --- lookups --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The U.S.'s", "us"),
        ("  the   Russian  Federation ", "russian federation"),
        ("Côte d’Ivoire", "cote d'ivoire"),
        ("Guinea-Bissau", "guinea bissau"),
        ("Bahamas'", "bahamas"),
        ("TÜRKİYE", "turkiye"),
    ],
)
def test_normalize(text: str, expected: str) -> None:
    assert normalize(text) == expected


@pytest.mark.parametrize(
    ("form", "name"),
    [
        ("U.S.", "United States"), ("US", "United States"), ("the United States", "United States"),
        ("America", "United States"), ("the U.S.'s", "United States"), ("U.K.", "United Kingdom"),
        ("Britain", "United Kingdom"), ("Türkiye", "Turkey"), ("Turkiye", "Turkey"), ("Holland", "Netherlands"),
        ("the Netherlands", "Netherlands"), ("Côte d'Ivoire", "Ivory Coast"), ("Cote d’Ivoire", "Ivory Coast"),
        ("Burma", "Myanmar"), ("Czechia", "Czech Republic"), ("DPRK", "North Korea"), ("ROK", "South Korea"),
        ("N. Korea", "North Korea"), ("S. Korea", "South Korea"),
        ("Russia's", "Russia"), ("Guinea Bissau", "Guinea-Bissau"), ("Timor-Leste", "East Timor"),
        ("Swaziland", "Eswatini"), ("Holy See", "Vatican City"), ("DR Congo", "Democratic Republic of the Congo"),
    ],
)
def test_country_by_name(form: str, name: str) -> None:
    country = country_by_name(form)
    assert country is not None and country.name == name


def test_country_by_name_misses() -> None:
    for form in ("Korea", "Atlantis", "", "Kremlin", "Kyiv", "American"):
        assert country_by_name(form) is None, form


@pytest.mark.parametrize(
    ("word", "name"),
    [
        ("American", "United States"), ("British", "United Kingdom"), ("Ukrainian", "Ukraine"),
        ("Turkish", "Turkey"), ("French", "France"), ("Chinese", "China"), ("Israeli", "Israel"),
        ("russian", "Russia"), ("DUTCH", "Netherlands"), ("Filipino", "Philippines"),
        ("Emirati", "United Arab Emirates"),
        ("Nigerien", "Niger"), ("Nigerian", "Nigeria"), ("Bissau-Guinean", "Guinea-Bissau"),
        ("North Korean", "North Korea"), ("Ivorian", "Ivory Coast"),
    ],
)
def test_country_by_demonym(word: str, name: str) -> None:
    country = country_by_demonym(word)
    assert country is not None and country.name == name


@pytest.mark.parametrize(
    ("word", "name"),
    [
        ("Americans", "United States"), ("the Americans", "United States"), ("Britons", "United Kingdom"),
        ("Turks", "Turkey"), ("Ukrainians", "Ukraine"), ("the French", "France"), ("The Chinese", "China"),
        ("Poles", "Poland"), ("Spaniards", "Spain"),
    ],
)
def test_country_by_plural_demonym(word: str, name: str) -> None:
    country = country_by_plural_demonym(word)
    assert country is not None and country.name == name


def test_an_adjective_is_not_a_people_noun() -> None:
    assert country_by_plural_demonym("French") is None
    assert country_by_plural_demonym("Chinese") is None
    assert country_by_demonym("Americans") is None


@pytest.mark.parametrize(
    ("form", "capital", "name"),
    [
        ("Kiev", "Kyiv", "Ukraine"), ("Kyiv", "Kyiv", "Ukraine"), ("Peking", "Beijing", "China"),
        ("Washington, D.C.", "Washington", "United States"), ("D.C.", "Washington", "United States"),
        ("Nur-Sultan", "Astana", "Kazakhstan"),
        ("Bogota", "Bogotá", "Colombia"), ("Chisinau", "Chișinău", "Moldova"), ("Pristina", "Pristina", "Kosovo"),
        ("Ha Noi", "Hanoi", "Vietnam"), ("Hà Nội", "Hanoi", "Vietnam"),
    ],
)
def test_capitals(form: str, capital: str, name: str) -> None:
    assert canonical_capital(form) == capital
    country = country_of_capital(form)
    assert country is not None and country.name == name


@pytest.mark.parametrize(
    ("town", "name"),
    [("Tampere", "Finland"), ("São Paulo", "Brazil"), ("Sao Paulo", "Brazil"), ("Mombasa", "Kenya"), ("Cambridge", None), ("Kelby", None)],
)
def test_country_of_town(town: str, name: str | None) -> None:
    """A town's name gives its country when GeoNames' largest town of that name far outnumbers any
    elsewhere; a name two countries' towns share about equally ("Cambridge") gives none."""
    country = country_of_town(town)
    assert (country.name if country is not None else None) == name


def test_only_true_spelling_variants_count_as_capitals() -> None:
    assert canonical_capital("Delhi") is None
    assert canonical_capital("New Delhi") == "New Delhi"
    assert country_of_capital("Ukraine") is None


@pytest.mark.parametrize(
    ("form", "name"),
    [
        ("the Kremlin", "Russia"), ("Kremlin", "Russia"), ("the White House", "United States"),
        ("Downing Street", "United Kingdom"), ("Élysée", "France"), ("the Elysee Palace", "France"),
        ("Zhongnanhai", "China"), ("the Blue House", "South Korea"),
    ],
)
def test_country_of_seat(form: str, name: str) -> None:
    country = country_of_seat(form)
    assert country is not None and country.name == name


def test_a_city_stands_for_the_body_seated_there_only_where_the_table_says() -> None:
    assert organization_of_seat("Brussels").name == "European Union"
    assert organization_of_seat("Geneva") is None and organization_of_seat("Moscow") is None


@pytest.mark.parametrize(
    ("form", "name"),
    [
        ("U.N.", "United Nations"), ("UN", "United Nations"), ("the United Nations", "United Nations"),
        ("Nato", "NATO"), ("North Atlantic Treaty Organization", "NATO"), ("E.U.", "European Union"),
        ("UN Security Council", "United Nations Security Council"), ("WHO", "World Health Organization"),
        ("ICC", "International Criminal Court"), ("ICJ", "International Court of Justice"),
        ("IAEA", "International Atomic Energy Agency"), ("UNHCR", "United Nations High Commissioner for Refugees"),
        ("G-7", "G7"), ("Group of Twenty", "G20"), ("ICRC", "International Committee of the Red Cross"),
    ],
)
def test_organization_by_name(form: str, name: str) -> None:
    org = organization_by_name(form)
    assert org is not None and org.name == name and org.type == "Organization"


def test_too_generic_forms_are_not_organizations() -> None:
    for form in ("the alliance", "alliance", "Council", "Commission", "United States"):
        assert organization_by_name(form) is None, form


def test_records_are_frozen() -> None:
    country = country_by_name("Russia")
    assert country is not None
    with pytest.raises(dataclasses.FrozenInstanceError):
        country.name = "Muscovy"  # type: ignore[misc]
    assert country.seats == ("Kremlin", "the Kremlin")
    assert (country.capital, country.capital_qid) == ("Moscow", "Q649")


def test_name_lists_keep_the_lexicon_spellings() -> None:
    places = place_names()
    assert {"United States", "U.S.", "US", "Türkiye", "Kyiv", "Kiev", "the Kremlin", "Downing Street"} <= set(places)
    assert "American" not in places  # demonyms are not place names
    assert list(places) == sorted(set(places))
    orgs = organization_names()
    assert {"United Nations", "U.N.", "UN", "NATO", "Nato"} <= set(orgs)
    assert list(orgs) == sorted(set(orgs))
    assert all(country_by_name(p) or country_of_capital(p) or country_of_seat(p) for p in places)
    assert all(organization_by_name(o) for o in orgs)


def test_a_capital_named_with_an_s_is_not_a_town_without_it():
    assert gazetteer.country_of_capital("St. George's").name == "Grenada"
    assert gazetteer.country_of_capital("St George") is None
    assert gazetteer.country_of_capital("Kyiv's").name == "Ukraine"


@pytest.mark.parametrize("name, expected", [("Oregon", True), ("New Mexico", True), ("oregon", True), ("Ontario", False), ("Kelby", False)])
def test_is_us_state(name, expected):
    from kg.gazetteer import is_us_state

    assert is_us_state(name) is expected


@pytest.mark.parametrize("name, expected", [
    ("APEC", "Asia-Pacific Economic Cooperation"), ("SAARC", "South Asian Association for Regional Cooperation"),
    ("Mercosur", "Mercosur"), ("Caricom", "Caribbean Community"),
])
def test_regional_blocs_are_organizations(name, expected):
    from kg.gazetteer import organization_by_name

    assert organization_by_name(name).name == expected
