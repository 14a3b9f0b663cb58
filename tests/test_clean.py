from pathlib import Path

import pytest

from kg.clean import FURNITURE, clean, is_furniture
from kg.read import read_article, read_articles
from kg.records import Article

CORPUS = Path(__file__).resolve().parent.parent / "data" / "articles"


def assert_offsets_kept(article: Article, cleaned: str) -> None:
    """Same length; every character either kept in place or blanked to a space; newlines kept."""
    assert len(cleaned) == len(article.text)
    for i, (o, c) in enumerate(zip(article.text, cleaned)):
        if o == "\n":
            assert c == "\n", i
        else:
            assert c in (o, " "), i


def kept_lines(text: str) -> list[str]:
    return [line.strip() for line in text.split("\n") if line.strip()]


def make(text: str, **kw) -> Article:
    return Article(doc_id="t", text=text, **kw)


# --------------------------------------------------------------------------- front matter

FRONT = """---
title: "Mayor Quill opens the Harbour Bridge"
date: 2021-06-15
source: Gazette of Ordan
---
Mayor Quill opens the Harbour Bridge

Mayor Tobin Quill met engineer Vera Slate in Ordan on Monday.
"""


def test_front_matter_blanked_body_kept(tmp_path):
    path = tmp_path / "fm.md"
    path.write_text(FRONT, encoding="utf-8")
    article = read_article(path)
    c = clean(article)
    assert_offsets_kept(article, c.text)
    assert c.article is article
    body = FRONT.index("---\nMayor") + 4
    assert c.text[:body].strip() == ""
    assert c.text[:body].count("\n") == 5
    assert c.text[body:] == FRONT[body:]


def test_unclosed_front_matter_is_not_blanked():
    text = "---\ntitle: Harbour news\nThe harbour of Ordan reopened on Monday after repairs.\n"
    assert clean(make(text)).text == text


# --------------------------------------------------------------------------- furniture

PROSE = "Envoy Pella Grint met councillor Kal Brun in Sorr on Tuesday to discuss the dam."

FURNITURE_LINES = [
    "Leave a Replay",
    "leave a reply:",
    "Comments are closed.",
    "Top Comments",
    "Commenting for this story is now closed.",
    "If you have a Facebook account, become a fan and comment on our Facebook Page!",
    "Source link",
    "Source: www.ordan-gazette.example",
    "your ad here",
    "Advertisement",
    "Disclaimer & comment rules",
    "Categories: Politics, Harbours.",
    "Full article",
    "With information from AFP/EFE",
    "With information from Reuters.",
    "Ordan Gazette, en Español",
    "Tags: dams, Sorr, councils",
    "Share this article",
    "Read more",
    "Read more: Council votes on the dam",
    "Subscribe to our newsletter",
    "Subscribe",
    "Wednesday, April 27th 2022 - 09:40 UTC",
    "Port Vell, March 29th 2024 - 05:52 UTC",
    "2022-04-26",
]


@pytest.mark.parametrize("line", FURNITURE_LINES)
def test_furniture_line_is_blanked(line):
    text = f"Grint visits Sorr dam\n\n{PROSE}\n\n  {line}  \n\n{PROSE}\n"
    article = make(text)
    c = clean(article)
    assert_offsets_kept(article, c.text)
    assert kept_lines(c.text) == ["Grint visits Sorr dam", PROSE, PROSE]


@pytest.mark.parametrize(
    "line",
    [
        PROSE,
        "Grint said the comments are closed for now, but the council will reopen them.",
        "Read the statement again, Brun told the council, and then vote on the dam.",
        "Subscribers to the Sorr water board met Grint on May 2, 2022.",
        "Tagging along was councillor Ida Marr, who met Grint on April 26, 2022.",
        "No progress after Grint meeting with Brun in Sorr",
    ],
)
def test_prose_is_not_furniture(line):
    assert not is_furniture(line)
    text = f"{line}\n"
    assert clean(make(text)).text == text


def test_furniture_table_is_general():
    # The table is plain regular expressions; nothing in it names a person or place.
    for name in ("Guterres", "Putin", "Moscow", "Kyiv", "MercoPress", "eldiario", "SEMANA"):
        assert not any(name.lower() in p.lower() for p in FURNITURE)


def test_overlong_line_is_never_furniture():
    line = "Subscribe " + "word " * 60
    assert not is_furniture(line)


def test_headline_title_line_is_kept():
    text = (
        "Ordan Gazette, en Español\n\n"
        "Port Vell, March 29th 2024 - 05:52 UTC\n\n"
        "Minister Alvo Renn visits the northern dams\n\n"
        "Wednesday, April 27th 2022 - 09:40 UTC\n"
        "Full article\n"
        f"{PROSE}\n"
    )
    c = clean(make(text, title="Minister Alvo Renn visits the northern dams"))
    assert kept_lines(c.text) == ["Minister Alvo Renn visits the northern dams", PROSE]


# --------------------------------------------------------------------------- repeated text

LEAD = "Grint will now go to Sorr to meet a weary Brun, who said there was no logic in it"


@pytest.mark.parametrize("sep", [" ", "  ", ""])
def test_lead_duplicated_on_one_line_keeps_first_copy(sep):
    line = LEAD + sep + LEAD
    text = f"Headline about Grint\n{line}\n{PROSE}\n"
    article = make(text)
    c = clean(article)
    assert_offsets_kept(article, c.text)
    start = text.index(line)
    assert c.text[start : start + len(LEAD)] == LEAD
    assert c.text[start + len(LEAD) : start + len(line)].strip() == ""
    assert kept_lines(c.text) == ["Headline about Grint", LEAD, PROSE]


def test_paragraph_repeated_right_after_is_blanked():
    text = f"Headline about Grint\n\n{LEAD}\n\n{LEAD}\n\n{PROSE}\n"
    c = clean(make(text))
    assert kept_lines(c.text) == ["Headline about Grint", LEAD, PROSE]


def test_short_repeats_are_kept():
    line = "Yes, yes. Yes, yes."  # short: a repeat like this can be prose
    text = f"{line}\nNo no\nNo no\n"
    assert clean(make(text)).text == text


def test_not_quite_repeated_line_is_kept():
    line = LEAD + " " + LEAD[:-1] + "."
    assert clean(make(line + "\n")).text == line + "\n"


# --------------------------------------------------------------------------- the corpus


def test_corpus_000_cleaned():
    article = read_article(CORPUS / "000_023752088918db96.txt")
    c = clean(article)
    assert_offsets_kept(article, c.text)
    kept = kept_lines(c.text)
    assert kept[0] == "No progress after Guterres meeting with Putin in Moscow"
    assert kept[1].startswith("Guterres will now go to Kyiv")
    assert kept[1].count("Guterres will now go to Kyiv") == 1
    for gone in ("MercoPress", "05:52 UTC", "09:40 UTC", "Full article", "Categories:",
                 "Top Comments", "Facebook"):
        assert gone not in c.text
    assert "Also present at the meeting was Russian Foreign Minister Sergei Lavrov." in kept


def test_corpus_offsets_and_footers():
    for article in read_articles([CORPUS]):
        c = clean(article)
        assert_offsets_kept(article, c.text)
        last = kept_lines(c.text)[-1]
        assert not is_furniture(last), (article.doc_id, last)
        assert kept_lines(c.text)[0] == article.title
