"""Stage 2: blank out what is not article prose before NLP.

Blanking replaces every character except newlines with a space, so the clean text has the
length of the original and every kept character sits at its original offset: offsets found
in the clean text are offsets into ``Article.text``.

Blanked: the front matter block, page furniture lines (:data:`FURNITURE`), dateline lines,
and the second copy of text repeated verbatim (a lead paragraph printed twice on one line,
or a paragraph identical to the one before it), so its facts are not counted twice.
"""
from __future__ import annotations

import re

from kg.read import front_matter_span, is_dateline, iter_lines
from kg.records import Article, CleanArticle

# Page furniture: site chrome, comment and share prompts, ad slots, credits and link lines
# that news pages wrap around the article. Each pattern must match a whole line (stripped,
# case-insensitive) and nothing here names anything in a particular article. Lines longer
# than FURNITURE_MAX_CHARS are prose and never furniture.
FURNITURE: list[str] = [
    # comment prompts
    r"leave a (?:reply|replay|comment|response)\s*:?",
    r"(?:post a |add a |no |\d+ )?comments?\s*:?",
    r"(?:top|latest|recent|most popular) comments",
    r"comments? (?:are|is) (?:now )?closed\.?",
    r"commenting (?:for|on) this (?:story|article|post) is (?:now )?closed\.?",
    r"if you have an? [\w ]{1,30} account,? .{0,80}\bcomment\b.*",
    r"disclaimer (?:&|and) comment rules",
    r"disclaimer\s*:.*",
    # credits and links to elsewhere
    r"source link",
    r"source\s*:\s*(?:https?://)?(?:www\.)?[\w-]+(?:\.[\w-]+)+(?:/\S*)?",
    r"(?:\(\s*)?with (?:information|reporting|files) from [\w .,/&-]{1,40}\.?(?:\s*\))?",
    r"full (?:article|story)",
    r"read (?:more|the full (?:article|story)|also|next)\b.{0,80}",
    r"(?:related|recommended|more) (?:articles?|stories|news|posts)\s*:?.*",
    # advertising
    r"(?:your )?ad(?:vert)?s? here",
    r"advertisement|advertising|sponsored(?: content)?",
    # taxonomy
    r"categor(?:y|ies)\s*:.*",
    r"tags?\s*:.*",
    # sharing, subscribing, following
    r"share(?: this| on| via)?(?: article| story| post| page)?\s*:?",
    r"share (?:on|via) \w+(?: \w+)?",
    r"subscribe\b.*",
    r"sign up (?:for|to) .*newsletter.*",
    r"follow us\b.*",
    r"print(?: this)?(?: article| page)?",
    # site banners and notices
    r"[\w .'&-]{1,40},? en español",
    r".*\bfreely (?:available|accessible) to (?:our|all) readers\b.*",
    r"(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:19|20)\d{2}\b.{0,120}",
    r".{0,120}\ball rights reserved\.?",
]
FURNITURE_MAX_CHARS = 200

_FURNITURE = [re.compile(p, re.IGNORECASE) for p in FURNITURE]

# A repeated copy must be at least this long to be blanked (short repeats can be prose).
MIN_REPEAT_CHARS = 20


def is_furniture(line: str) -> bool:
    """Whether a whole line is page furniture (see :data:`FURNITURE`)."""
    line = line.strip()
    if not line or len(line) > FURNITURE_MAX_CHARS:
        return False
    return any(p.fullmatch(line) for p in _FURNITURE)


def _second_copy(line: str) -> int | None:
    """Offset in ``line`` where a verbatim second copy of its content starts, or None.

    Matches lines that are ``X X`` (the same text twice, separated by nothing or a little
    whitespace).
    """
    lead = len(line) - len(line.lstrip())
    s = line.strip()
    n = len(s)
    for gap in range(0, 4):
        if (n - gap) % 2:
            continue
        k = (n - gap) // 2
        if k < MIN_REPEAT_CHARS:
            continue
        if s[:k] == s[k + gap :] and (s[k : k + gap].isspace() if gap else True):
            return lead + k
    return None


def _blank(chars: list[str], start: int, end: int) -> None:
    for i in range(start, end):
        if chars[i] not in "\r\n":
            chars[i] = " "


def clean(article: Article) -> CleanArticle:
    """Blank front matter, furniture, datelines and repeated copies; keep everything else."""
    text = article.text
    chars = list(text)

    body_start = 0
    span = front_matter_span(text)
    if span is not None:
        _blank(chars, *span)
        body_start = span[1]

    previous: str | None = None
    for start, end, line in iter_lines(text[body_start:]):
        start += body_start
        end += body_start
        content = line.strip()
        if not content:
            continue
        if is_furniture(content) or is_dateline(content):
            _blank(chars, start, end)
        elif previous is not None and content == previous and len(content) >= MIN_REPEAT_CHARS:
            _blank(chars, start, end)
        else:
            cut = _second_copy(line)
            if cut is not None:
                _blank(chars, start + cut, end)
        previous = content

    return CleanArticle(article=article, text="".join(chars))
