"""Markdown quirks of real articles, on small hand-written inputs."""

from __future__ import annotations

from quizgen.parsing import parse_body
from quizgen.text import clean


def _headings(body: str) -> list[str]:
    sections, _ = parse_body(body)
    return [s.heading for s in sections if s.heading]


def test_heading_without_space_is_a_heading() -> None:
    assert _headings("##Przegląd\n\n- a\n") == ["Przegląd"]


def test_en_dash_and_bullet_dot_are_bullets() -> None:
    sections, _ = parse_body("## H\n\n– first\n\n• second\n\n- third\n")
    (block,) = sections[0].blocks
    assert block.kind == "bullets"
    assert block.items == ("first", "second", "third")


def test_split_link_is_one_term() -> None:
    _, links = parse_body("Uses [social](/sns) [networks](/sns) daily.\n")
    assert [(l.text, l.target) for l in links] == [("social networks", "/sns")]


def test_link_target_with_spaces() -> None:
    sections, links = parse_body("Uses [social media networks](/social-systems administration sns) daily.\n")
    assert links[0].target == "/social-systems administration sns"
    assert sections[0].blocks[0].text == "Uses social media networks daily."


def test_stray_punctuation_and_inner_spaces_after_links() -> None:
    sections, links = parse_body("This, called [viral marketing](/v),. tries a[ lead ](/l)or sale [de marketing .](/d)\n")
    assert sections[0].blocks[0].text == "This, called viral marketing, tries a lead or sale de marketing."
    assert [l.text for l in links] == ["viral marketing", "lead", "de marketing"]


def test_callout_heading_is_not_a_section() -> None:
    sections, _ = parse_body("## A\n\nText.\n\n> ### 145 minutes\n> The average daily use.\n>\n## B\n\nMore.\n")
    assert [s.heading for s in sections] == ["A", "B"]
    assert sections[0].blocks[1].kind == "callout"
    assert sections[0].blocks[1].text == "145 minutes The average daily use."


def test_html_table_and_comment() -> None:
    body = "<!--4A3F-->\n## H\n\n<table><tr><td><h3>Pros</h3><ul><li><p>Wider reach</p></li></ul></td></tr></table>\n"
    sections, _ = parse_body(body)
    assert sections[0].heading == "H"
    assert sections[0].blocks[0].items == ("Pros", "Wider reach")


def test_numbered_list_with_repeated_1() -> None:
    sections, _ = parse_body("## H\n\n1. one\n1. two\n1. three\n")
    assert sections[0].blocks[0].kind == "ordered"
    assert sections[0].blocks[0].items == ("one", "two", "three")


def test_entities_are_decoded_to_plain_text() -> None:
    assert clean("an organization&#39;s &amp;quot;reach&amp;quot; **now**") == 'an organization\'s "reach" now'


def test_json_escapes_and_ligatures_left_by_an_export_are_decoded() -> None:
    assert clean(r"Instituto de Estad\u00edstica, Foreign A\ufb00airs") == "Instituto de Estadística, Foreign Affairs"
    assert clean("ﬁnance") == "finance" and clean(r"a \path") == r"a \path"
    assert clean(r"smile \uD83D\uDE00, lone \uD83D").encode("utf-8") == "smile \U0001F600, lone \ufffd".encode("utf-8")


def test_line_numbers_count_from_the_file() -> None:
    sections, _ = parse_body("## A\n\ntext\n", first_line=6)
    assert sections[0].line == 6
    assert sections[0].blocks[0].line == 8
