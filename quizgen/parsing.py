"""Markdown body -> sections of plain-text blocks, with markdown-it-py.

Real articles bend Markdown: ``##Heading`` without a space, ``–`` bullets,
link targets with spaces, links split in two, ``<!--HEX-->`` comments and raw
HTML tables. A light, linear-time normalisation fixes what markdown-it would
otherwise read as text; everything else is markdown-it's job.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote

from markdown_it import MarkdownIt
from markdown_it.token import Token

from .language import SUPPORTED, detect
from .models import Article, Block, Link, Section
from .sources import RawSource, read_source
from .text import clean, unescape

_NO_SPACE_HEADING = re.compile(r"^( {0,3}#{1,6})(?=[^#\s])", re.M)
_DASH_BULLET = re.compile(r"^( {0,8})[–•▪●](?=[ \t])", re.M)
_TARGET = re.compile(r"\]\(([^()\n]*)\)")
_LANG_CODE = re.compile(r"^[a-z]{2}$")

_md = MarkdownIt("commonmark", {"html": True, "maxNesting": 20}).enable("table")


def _strip_comments(text: str) -> str:
    # str.find, not a lazy regex: an unclosed "<!--" must not cost O(n^2).
    out, pos = [], 0
    while True:
        start = text.find("<!--", pos)
        if start < 0:
            out.append(text[pos:])
            return "".join(out)
        end = text.find("-->", start + 4)
        if end < 0:
            out.append(text[pos:])
            return "".join(out)
        out.append(text[pos:start])
        pos = end + 3


def _encode_target(match: re.Match[str]) -> str:
    target = match.group(1).strip()
    return "](" + target.replace(" ", "%20") + ")"


def normalise(body: str) -> str:
    """Repair the Markdown quirks of real articles without changing line numbers."""
    body = _strip_comments(body) if "<!--" in body else body
    body = _NO_SPACE_HEADING.sub(r"\1 ", body)
    body = _DASH_BULLET.sub(r"\1-", body)
    return _TARGET.sub(_encode_target, body)


class _TableText(HTMLParser):
    """Collects the text of each cell, heading and list item of an HTML block."""

    _CELLS = {"td", "th", "li", "h1", "h2", "h3", "h4", "h5", "h6", "p", "caption"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.items: list[str] = []
        self._buf: list[str] = []

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in self._CELLS:
            self._flush()

    def handle_endtag(self, tag: str) -> None:
        if tag in self._CELLS:
            self._flush()

    def handle_data(self, data: str) -> None:
        self._buf.append(data)

    def _flush(self) -> None:
        text = clean("".join(self._buf))
        if text:
            self.items.append(text)
        self._buf = []


def _html_items(html: str) -> list[str]:
    parser = _TableText()
    parser.feed(html)
    parser.close()
    parser._flush()
    return parser.items


def _inline(token: Token, links: list[Link] | None, emphasis: list[str] | None = None) -> str:
    """Plain text of an inline token; adjacent links to one target merge into
    one. Bold or italic spans go to ``emphasis`` (book titles are set so)."""
    segments: list[tuple[str, str | None]] = []
    href: str | None = None
    buf: list[str] = []
    depth, opened = 0, 0
    for child in token.children or ():
        if child.type in ("strong_open", "em_open"):
            depth += 1
            if depth == 1:
                opened = len(segments)
        elif child.type in ("strong_close", "em_close") and depth:
            depth -= 1
            if depth == 0 and opened and segments[opened - 1][0][-1:].isalpha() and segments[opened:] and segments[opened][0][:1].isupper():
                segments.insert(opened, (" ", None))  # "include**The Condition**": a lost space
                opened += 1
            if depth == 0 and emphasis is not None:
                span = clean("".join(text for text, _ in segments[opened:])).strip(" ,.;:")
                if span:
                    emphasis.append(span)
        elif child.type == "link_open":
            href = unquote(str(child.attrs.get("href", "")))
            buf = []
        elif child.type == "link_close" and href is not None:
            segments.append(("".join(buf), href))
            href = None
        elif child.type in ("text", "code_inline", "html_inline"):
            content = child.content if child.type != "html_inline" else ""
            if href is not None:
                buf.append(content)
            else:
                segments.append((content, None))
        elif child.type in ("softbreak", "hardbreak"):
            (buf if href is not None else None) or segments.append((" ", None))
        elif child.type == "image":
            segments.append((child.content, None))
    merged: list[tuple[str, str | None]] = []
    for seg in segments:
        if (
            seg[1] is not None
            and len(merged) >= 2
            and merged[-1][1] is None
            and not merged[-1][0].strip()
            and merged[-2][1] == seg[1]
        ):
            gap = merged.pop()
            prev = merged.pop()
            merged.append((prev[0] + (gap[0] or " ") + seg[0], seg[1]))
        else:
            merged.append(seg)
    out: list[str] = []
    for text, target in merged:
        if target is None:
            out.append(text)
            continue
        # "a[ lead ](/x)or" keeps its spaces outside the link text.
        lead = " " if text[:1].isspace() else ""
        trail = " " if text[-1:].isspace() else ""
        out.append(lead + text.strip() + trail)
        if links is not None:
            label = clean(text).strip(" .,;:")
            if label:
                links.append(Link(label, clean(target), ""))
    return clean("".join(out))


def _close_index(tokens: list[Token], start: int) -> int:
    """Index of the token closing the one opened at ``start``."""
    depth = 0
    for i in range(start, len(tokens)):
        depth += tokens[i].nesting
        if depth == 0:
            return i
    return len(tokens) - 1


def parse_body(body: str, first_line: int = 1) -> tuple[tuple[Section, ...], tuple[Link, ...]]:
    """Parse a Markdown body into sections of blocks, and the links it holds."""
    tokens = _md.parse(normalise(body))
    sections: list[Section] = []
    heading, level, line = "", 0, first_line
    blocks: list[Block] = []
    links: list[Link] = []

    def line_of(tok: Token) -> int:
        return first_line + (tok.map[0] if tok.map else 0)

    i = 0
    while i < len(tokens):
        tok = tokens[i]
        if tok.type == "heading_open":
            sections.append(Section(heading, level, line, tuple(blocks)))
            heading = _inline(tokens[i + 1], links)
            level, line, blocks = int(tok.tag[1:]), line_of(tok), []
            i += 3
            continue
        if tok.nesting == 1 and tok.type in ("bullet_list_open", "ordered_list_open", "blockquote_open", "table_open"):
            end = _close_index(tokens, i)
            start_links = len(links)
            parts = [_inline(t, links) for t in tokens[i:end] if t.type == "inline"]
            parts = [p for p in parts if p]
            kind = {"bullet_list_open": "bullets", "ordered_list_open": "ordered",
                    "blockquote_open": "callout", "table_open": "table"}[tok.type]
            if kind == "callout" and parts:
                blocks.append(Block(kind, clean(" ".join(parts)), tuple(parts), line_of(tok)))
            elif parts:
                blocks.append(Block(kind, "", tuple(parts), line_of(tok)))
            _attach_context(links, start_links, " ".join(parts))
            i = end + 1
            continue
        if tok.type == "inline":
            start_links = len(links)
            spans: list[str] = []
            text = _inline(tok, links, spans)
            if text:
                blocks.append(Block("paragraph", text, (), line_of(tok), tuple(spans)))
            _attach_context(links, start_links, text)
        elif tok.type in ("html_block", "code_block"):
            if tok.type == "code_block":
                text = clean(tok.content)
                if text:
                    blocks.append(Block("paragraph", text, (), line_of(tok)))
            else:
                # A heading written right after raw HTML, with no blank line
                # between, is swallowed by the HTML block: give it back.
                html, rest = _split_html(tok.content)
                items = _html_items(html)
                if items:
                    kind = "table" if "<t" in html.lower() else "html"
                    blocks.append(Block(kind, "", tuple(items), line_of(tok)))
                if rest:
                    subs, sub_links = parse_body(rest, line_of(tok) + html.count("\n") + 1)
                    links.extend(sub_links)
                    if subs:
                        sections.append(Section(heading, level, line, tuple(blocks)))
                        sections.extend(subs[:-1])
                        heading, level, line, blocks = subs[-1].heading, subs[-1].level, subs[-1].line, list(subs[-1].blocks)
        i += 1
    sections.append(Section(heading, level, line, tuple(blocks)))
    return tuple(s for s in sections if s.heading or s.blocks), tuple(links)


_HEADING_LINE = re.compile(r"^ {0,3}#{1,6}\s", re.M)


def _split_html(content: str) -> tuple[str, str]:
    """Raw HTML, and any Markdown from the first heading line on."""
    m = _HEADING_LINE.search(content)
    if m is None or m.start() == 0:
        return content, ""
    return content[: m.start()].rstrip("\n"), content[m.start():]


def _attach_context(links: list[Link], start: int, context: str) -> None:
    for k in range(start, len(links)):
        links[k] = Link(links[k].text, links[k].target, context)


def _keywords(value: object) -> tuple[str, ...]:
    if isinstance(value, str):
        parts = value.split(",")
    elif isinstance(value, (list, tuple)):
        parts = [str(v) for v in value]
    else:
        return ()
    return tuple(k for k in (clean(p) for p in parts) if k)


def _language(raw: RawSource, plain: str) -> tuple[str, tuple[str, ...]]:
    declared = raw.meta.get("lang") or raw.meta.get("language")
    if isinstance(declared, str):
        code = declared.strip().lower().replace("_", "-").split("-")[0]
        if _LANG_CODE.match(code):
            return code, ()
        note = (f"{raw.path}: front-matter language {declared!r} is not an ISO 639-1 code; detecting",)
    else:
        note = ()
    folder = Path(raw.path).parent.name.lower()
    if folder in SUPPORTED:
        return folder, note
    return detect(plain), note


def article_from_source(raw: RawSource) -> Article:
    sections, links = parse_body(raw.body, raw.body_line)
    title = clean(str(raw.meta["title"]))
    description = clean(str(raw.meta.get("description") or ""))
    plain = " ".join([title, description] + [p for s in sections for p in s.paragraphs])
    language, notes = _language(raw, plain)
    slug = raw.meta.get("slug")
    slug = slug if isinstance(slug, str) and slug.strip() else Path(raw.path).stem
    return Article(
        path=raw.path,
        slug=str(slug).strip(),
        language=language,
        title=title,
        description=description,
        keywords=_keywords(raw.meta.get("keywords")),
        sections=sections,
        links=links,
        warnings=raw.warnings + notes,
    )


def load_article(path: str | Path) -> Article:
    """Read and parse one article file; raises :class:`SourceError` on bad input."""
    return article_from_source(read_source(path))


__all__ = ["load_article", "parse_body", "normalise", "article_from_source", "unescape"]
