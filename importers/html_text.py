"""HTML in a text field, made plain text: what a person reads in it.

Google Calendar writes an event's description as HTML once it is edited in the browser
(``Channel: Blog<br>Assets: <a href="https://drive…">drive</a>``, ``<b>``, ``&nbsp;``,
``&amp;``); Outlook and others may too. Labelled lines ("Channel:", "Owner:") are looked
for line by line, so the markup has to become lines first. :func:`plain_text` does that
with the standard library's parser: a line break for ``<br>`` and for the end of a block
(``<p>``, ``<div>``, ``<li>``…), a link as its text followed by its address (the address is
what duplicate detection compares), character references resolved. A text is taken for HTML
only when it holds a real HTML tag or character reference; "budget < 500" or "<3" are text.
"""
from __future__ import annotations

import re
from functools import lru_cache
from html import unescape
from html.parser import HTMLParser

# the tags a description's HTML is made of (a "<name>" placeholder is no tag)
_BLOCKS = frozenset({"p", "div", "li", "ul", "ol", "tr", "table", "h1", "h2", "h3", "h4", "h5", "h6",
                     "blockquote", "pre", "hr", "dd", "dt", "dl", "section", "article", "header", "footer"})
_INLINE = frozenset({"a", "b", "i", "u", "s", "em", "strong", "span", "font", "small", "big", "sub", "sup",
                     "code", "mark", "del", "ins", "strike", "td", "th", "tbody", "thead", "html", "body", "head",
                     "meta", "img", "wbr"})
_SKIPPED = frozenset({"style", "script", "title"})  # their content is not text a person reads
_TAGS = _BLOCKS | _INLINE | _SKIPPED | {"br"}
# a tag bare ("<br>", "</b>", "<br/>") or with attributes that each have a value ("<a href=…>"):
# "a<b and c>d" is a formula, not bold text
_TAG = re.compile(r"""<(?:/(?P<end>[a-z][a-z0-9]*)\s*|(?P<name>[a-z][a-z0-9]*)"""
                  r"""(?:\s+[a-z][a-z0-9:_-]*\s*=\s*(?:"[^"<>]*"|'[^'<>]*'|[^\s"'<>=]+))*\s*/?)>""", re.IGNORECASE)
_REF = re.compile(r"&(?:[a-z]{2,8}|#\d{1,7}|#x[0-9a-f]{1,6});", re.IGNORECASE)
_WEB = re.compile(r"^\s*(?:https?://|ftp://|www\.)", re.IGNORECASE)
_SPACES = re.compile(r"[ \t\u00a0\u2007\u202f]+")


def _has_tag(text: str) -> bool:
    return "<" in text and any((m.group("name") or m.group("end")).lower() in _TAGS for m in _TAG.finditer(text))


def _has_reference(text: str) -> bool:
    return "&" in text and _REF.search(text) is not None and unescape(text) != text


def looks_like_html(text: str) -> bool:
    """Whether ``text`` holds HTML markup: a known tag (``<br>``, ``</b>``, ``<a href=…>``) or a
    character reference (``&amp;``, ``&nbsp;``, ``&#39;``); a lone "<" or "&" is plain text."""
    return _has_tag(text) or _has_reference(text)


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.href: list[str | None] = []  # the address of each open <a>
        self.link_start: list[int] = []
        self.skip = 0

    def _break(self) -> None:
        if self.parts and not self.parts[-1].endswith("\n"):
            self.parts.append("\n")

    def handle_starttag(self, tag, attrs) -> None:
        if tag in _SKIPPED:
            self.skip += 1
        elif tag == "br":
            self.parts.append("\n")
        elif tag in _BLOCKS:
            self._break()
        elif tag == "a":
            self.href.append(dict(attrs).get("href") or None)
            self.link_start.append(len(self.parts))

    def handle_startendtag(self, tag, attrs) -> None:
        if tag == "a":  # <a href="…"/>: an address without text
            href = dict(attrs).get("href")
            if href:
                self.parts.append(href)
            return
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag) -> None:
        if tag in _SKIPPED:
            self.skip = max(0, self.skip - 1)
        elif tag in _BLOCKS:
            self._break()
        elif tag == "a" and self.href:
            href, start = self.href.pop(), self.link_start.pop()
            shown = "".join(self.parts[start:]).strip()
            if not href or _bare(href) in (_bare(shown), ""):
                return
            if _WEB.match(href):  # a page: its address is what two teams' posts may share
                self.parts.append(f" ({href})" if shown else href)
            elif not shown and href.lower().startswith("mailto:"):  # "Owner: <a href=mailto:…>Ana</a>" is Ana
                self.parts.append(href[7:])

    def handle_data(self, data) -> None:
        if not self.skip:
            self.parts.append(data)


def _bare(url: str) -> str:
    """An address without scheme, "www." and the trailing slash: "https://x.org/" is "x.org"."""
    url = re.sub(r"^(?:https?://|mailto:)", "", url.strip(), flags=re.IGNORECASE)
    return re.sub(r"^www\.", "", url, flags=re.IGNORECASE).rstrip("/").casefold()


@lru_cache(maxsize=4096)  # a calendar repeats its descriptions
def plain_text(text: str) -> str:
    """``text`` as a person reads it: HTML made lines of plain text (see the module); text that
    holds no HTML is given back as it is."""
    if not text:
        return text
    if not _has_tag(text):  # plain text with references ("Baden-W&#252;rttemberg"): its spacing is the file's
        return unescape(text).replace("\u00a0", " ") if _has_reference(text) else text
    parser = _Text()
    try:
        parser.feed(text)
        parser.close()
    except (AssertionError, ValueError):  # the parser gave up on broken markup: keep what the file says
        return text
    lines = (_SPACES.sub(" ", line).strip() for line in "".join(parser.parts).split("\n"))
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):  # one blank line at most between paragraphs
            out.append(line)
    return "\n".join(out).strip()
