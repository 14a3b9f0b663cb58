"""Name normalization shared by entity resolution within and across articles."""
from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import lru_cache

_APOSTROPHES = "'’‘`´"
_POSSESSIVE = re.compile(r"[" + _APOSTROPHES + r"]s?$")
# the abbreviations that end a name ("Jr.", "Inc."), written with their dot
_ENDS_IN_ABBREVIATION = re.compile(r"\s(?:Jr|Sr|Inc|Ltd|Corp|Co|Bros)$")


def strip_accents(text: str) -> str:
    """``"José Müller"`` -> ``"Jose Muller"``."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def has_accents(text: str) -> bool:
    return strip_accents(text) != unicodedata.normalize("NFKD", text) or any(ord(c) > 127 for c in text)


# mentions recur across articles: each distinct text is cleaned and keyed once
@lru_cache(maxsize=1 << 16)
def clean_surface(text: str) -> str:
    """A mention's text without a leading article, a possessive ending or stray punctuation."""
    text = " ".join(text.split())
    text = re.sub(r"^(?:the|The|THE)\s+", "", text)
    text = _POSSESSIVE.sub("", text) if len(text) > 2 else text
    if "(" in text and ")" not in text and not text.startswith("("):
        text = text[: text.index("(")]  # "China Aviation Oil (CAO": the tagger's span ran into the acronym
    text = text.strip(" ,.;:!?\"“”()[]-–—" + _APOSTROPHES) or text
    if _ENDS_IN_ABBREVIATION.search(text):
        text += "."  # "Joseph F. Dunford Jr.", "Harbour Holdings Inc.": the dot is the name's own
    return text


@lru_cache(maxsize=1 << 16)
def name_key(text: str) -> str:
    """A key that two spellings of one name share: case, accents, dots and hyphens ignored."""
    text = strip_accents(clean_surface(text)).casefold()
    text = re.sub(r"[.\u00b7]", "", text)
    text = re.sub(r"[\s\-‐–]+", " ", text)
    return text.strip()


@lru_cache(maxsize=1 << 16)
def sound_key(word: str) -> str:
    """A key under which common transliteration variants of one word agree.

    ``Lysenko``/``Lysenkko``/``Lisenko`` and ``Sergei``/``Sergey``, ``Yurii``/``Yuriy``:
    y and i are one letter, and doubled letters count once.
    """
    word = name_key(word).replace("y", "i").replace("j", "i")
    word = re.sub(r"[^a-z0-9 ]", "", word)
    word = re.sub(r"(.)\1+", r"\1", word)
    return word


def name_tokens(text: str) -> list[str]:
    """The sound keys of a person's name, one per word, the family name last: a name that writes
    one word in capitals writes the family name so ("SUGA Yoshihide" is "Yoshihide Suga")."""
    words = clean_surface(text).split()
    capitals = [w for w in words if len(w) > 1 and w.isalpha() and w.isupper() and w.strip("IVX")]
    if len(words) > 1 and len(capitals) == 1 and words[-1] != capitals[0]:
        words = [w for w in words if w != capitals[0]] + capitals
    return [key for key in map(sound_key, name_key(" ".join(words)).split()) if key]


def person_names_agree(longer: list[str], shorter: list[str]) -> bool:
    """Whether a shorter person name can be the same person as a longer one.

    The surnames (last words) must agree, and every other word of the shorter name must appear,
    in order, in the longer one: "Marie Martin" fits "Anne Marie Martin"; "Paul Martin" does
    not fit "Anne Martin". A name of two words or more that begins the longer one is the same
    name with its last part left off: "Olek Tomas" fits "Olek Tomas Varnay".
    """
    if not longer or not shorter:
        return False
    if 2 <= len(shorter) < len(longer) and longer[: len(shorter)] == shorter:
        return True
    if longer[-1] != shorter[-1]:
        return False
    rest = iter(longer[:-1])
    return all(any(word == other for other in rest) for word in shorter[:-1])


def slug(text: str) -> str:
    """An IRI-safe local name: ASCII letters, digits and hyphens.

    A name with no ASCII letter or digit ("北京大学", "Путин") gets ``entity-`` and a short hash of
    the name, so that two such names do not share one IRI.
    """
    ascii_text = strip_accents(text).encode("ascii", "ignore").decode()
    found = re.sub(r"[^A-Za-z0-9]+", "-", ascii_text).strip("-")
    if found:
        return found
    digest = hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:10]
    return f"entity-{digest}"
