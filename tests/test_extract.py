"""Highlights, definitions and FAQ found by structure, on hand-written articles."""

from __future__ import annotations

from quizgen.extract import extract_all
from quizgen.parsing import article_from_source
from quizgen.sources import read_source
from tests.conftest import write_article

BODY = """---
title: Widget Pricing (WP)
---

# Widget Pricing (WP)
## Qu'est-ce que c'est ?

Widget pricing (WP) is the method of pricing widgets. It is old.

## Background

- a list inside the body
- is not the highlights

Some text.

## Zusammenfassung

- First point.
- Second point.
- Third point.

## FAQ
### Why price widgets?
Because they sell.

### Who prices them?
Sellers do.
"""


def _extract(tmp_path):
    path = write_article(tmp_path / "en", "wp.md", BODY)
    (x,) = extract_all([article_from_source(read_source(path))])
    return x


def test_highlights_are_the_closing_list_whatever_its_heading(tmp_path) -> None:
    assert _extract(tmp_path).highlights == ("First point.", "Second point.", "Third point.")


def test_definition_is_the_first_sentence_of_the_what_is_section(tmp_path) -> None:
    x = _extract(tmp_path)
    assert x.definitions[0].term == "Widget Pricing (WP)"
    assert x.definitions[0].text == "Widget pricing (WP) is the method of pricing widgets."


def test_faq_pairs(tmp_path) -> None:
    faq = _extract(tmp_path).faq
    assert [(p.question, p.answer) for p in faq] == [("Why price widgets?", "Because they sell."), ("Who prices them?", "Sellers do.")]


def test_heading_right_after_raw_html_is_kept(tmp_path) -> None:
    text = BODY.replace("## FAQ\n", "<table><tr><td>x</td></tr></table>\n## FAQ\n")
    path = write_article(tmp_path / "en", "wp.md", text)
    (x,) = extract_all([article_from_source(read_source(path))])
    assert len(x.faq) == 2


def test_highlights_before_an_faq_whose_last_heading_forgot_its_question_mark(tmp_path) -> None:
    body = ("# Widget\n\n## What Is a Widget?\n\nA widget is a small part. It turns.\n\n"
            "## Highlights\n- A widget is small.\n- A widget turns.\n## FAQ\n"
            "### Why Buy a Widget?\nIt is cheap.\n### Who Sells Widgets?\nShops do.\n"
            "### What Is Widget+\nA bigger widget.\n")
    path = write_article(tmp_path, "widget.md", f"---\ntitle: Widget\n---\n\n{body}")
    (ex,) = extract_all([article_from_source(read_source(path))])
    assert ex.highlights == ("A widget is small.", "A widget turns.")
    assert [p.question for p in ex.faq][:2] == ["Why Buy a Widget?", "Who Sells Widgets?"]


def test_a_closing_list_whose_last_item_lost_its_dash_is_still_the_highlights(tmp_path) -> None:
    text = BODY.replace("- Third point.", "\nThird point, written as a paragraph.")
    path = write_article(tmp_path / "en", "wp.md", text)
    (x,) = extract_all([article_from_source(read_source(path))])
    assert x.highlights == ("First point.", "Second point.")
    text = BODY.replace("- Third point.", "\nThird point.\n\nAnd a second paragraph.")
    path = write_article(tmp_path / "en", "wp.md", text)
    (x,) = extract_all([article_from_source(read_source(path))])
    assert x.highlights == ()  # a section of prose is not a closing list
