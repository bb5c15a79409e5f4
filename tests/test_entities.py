"""Named entities: the bundled SMO article in all five languages, and the
generic rules (no list of names) on small hand-written texts."""

from __future__ import annotations

import json

import pytest

from quizgen.cli import cli
from quizgen.extract import extract_all
from quizgen.parsing import article_from_source
from quizgen.sources import read_source
from tests.conftest import LANGUAGES, write_article

PLATFORMS = {"Facebook", "Twitter", "Instagram", "YouTube", "Snapchat", "TikTok", "Pinterest"}
TOOLS = {"Loomly", "Agorapulse", "PromoRepublic", "Hootsuite", "Buffer", "Sprout Social"}


@pytest.fixture(scope="module")
def smo(source_dir) -> dict[str, dict]:
    from click.testing import CliRunner

    result = CliRunner().invoke(cli, ["inspect", "--json", str(source_dir)])
    assert result.exit_code == 0, result.output
    items = json.loads(result.stdout if hasattr(result, "stdout") else result.output)
    return {a["path"].replace("\\", "/").split("/")[-2]: a for a in items if "social-media-optimization-smo" in a["path"]}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_smo_entities_exactly_the_fourteen_names_with_kinds(smo, lang) -> None:
    article = smo[lang]
    kinds = {e["name"]: e["kind"] for e in article["entities"]}
    assert set(kinds) == PLATFORMS | TOOLS | {"Google"}
    assert all(kinds[n] == "platform" for n in PLATFORMS)
    assert all(kinds[n] == "tool" for n in TOOLS)
    assert kinds["Google"] in ("organization", "platform")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_smo_entities_hold_for_one_version_inspected_alone(runner, source_dir, lang) -> None:
    # No other language version to lean on: the text's own evidence must do.
    result = runner.invoke(cli, ["inspect", "--json", str(source_dir / lang / "social-media-optimization-smo.md")])
    (article,) = json.loads(result.stdout)
    kinds = {e["name"]: e["kind"] for e in article["entities"]}
    assert set(kinds) == PLATFORMS | TOOLS | {"Google"}
    assert all(kinds[n] == "platform" for n in PLATFORMS) and all(kinds[n] == "tool" for n in TOOLS)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_smo_language_highlights_and_definition(smo, lang) -> None:
    article = smo[lang]
    assert article["language"] == lang
    assert len(article["highlights"]) == 3
    assert any(d["term"] == article["title"] for d in article["definitions"])


def _entities(tmp_path, texts: dict[str, str]) -> dict[str, dict[str, str]]:
    arts = []
    for lang, body in texts.items():
        path = write_article(tmp_path / lang, "topic.md", f"---\ntitle: Widget Pricing\n---\n\n# Widget Pricing\n\n{body}\n")
        arts.append(article_from_source(read_source(path)))
    return {x.article.language: {e.name: e.kind for e in x.entities} for x in extract_all(arts)}


def test_acronym_of_a_lower_case_phrase_is_a_concept(tmp_path) -> None:
    found = _entities(tmp_path, {"en": "Firms use search engine optimization (SEO) daily. Later SEO grew. The Pew Research Center (PRC) studied it."})
    assert "SEO" not in found["en"]
    assert found["en"] == {"Pew Research Center": "organization"}


def test_enumeration_head_noun_gives_the_kind(tmp_path) -> None:
    found = _entities(tmp_path, {
        "en": "Popular tools are Zorblat, Quibbly and Frandex. Many platforms like Vexor and Plimbo exist.",
        "es": "Las herramientas populares son Zorblat, Quibbly y Frandex. Existen plataformas como Vexor y Plimbo.",
        "ru": "Популярные инструменты: Zorblat, Quibbly и Frandex. Есть платформы, такие как Vexor и Plimbo.",
    })
    for lang in ("en", "es", "ru"):
        assert found[lang] == {"Zorblat": "tool", "Quibbly": "tool", "Frandex": "tool", "Vexor": "platform", "Plimbo": "platform"}


def test_months_demonyms_openers_and_common_nouns_are_not_names(tmp_path) -> None:
    found = _entities(tmp_path, {"en": (
        "Italian economist Vilfredo Pareto wrote in March 1906 in Italy. "
        "Because the Internet grew, sales rose. Many use the internet daily."
    )})
    assert found["en"] == {"Vilfredo Pareto": "person", "Italy": "place"}


def test_law_and_organization_heads_and_multiword_names(tmp_path) -> None:
    found = _entities(tmp_path, {"en": "Congress passed the Glass Steagall Act. The U.S. Securities and Exchange Commission enforces it."})
    assert found["en"]["Glass Steagall Act"] == "law"
    assert found["en"]["U.S. Securities and Exchange Commission"] == "organization"


def test_latin_names_inside_cyrillic_text_even_as_openers(tmp_path) -> None:
    found = _entities(tmp_path, {"ru": "Zorblat помогает компаниям. Компания работает в Интернете, а интернет-магазины растут."})
    assert found["ru"] == {"Zorblat": "organization"}


def test_a_lone_head_noun_is_not_a_name(tmp_path) -> None:
    text = "В 1977 году было создано Министерство энергетики. Позже Министерство энергетики выросло. Его возглавил Джеймс Шлезингер."
    found = _entities(tmp_path, {"ru": text})
    assert "Министерство" not in found["ru"] and "Джеймс Шлезингер" in found["ru"]


def test_office_noun_before_a_name_marks_a_person():
    from quizgen.extract.cues import office_before

    for sentence, name in [("In 1998, economist Ann Vale argued", "Ann"),
                           ("как отметил экономист Иван Петров", "Иван"),
                           ("secondo l'economista Marco Neri", "Marco"),
                           ("powiedział premier Jan Kowal", "Jan")]:
        assert office_before(sentence, sentence.index(name))
    s = "The Board said Ann Vale argued"
    assert not office_before(s, s.index("Ann"))


def test_a_name_modifying_a_noun_after_a_preposition_is_not_a_place():
    from quizgen.extract.cues import attributive

    s = "They are used in Zorbex transfers daily."
    assert attributive(s, s.index("Zorbex") + 6, "en")
    s = "It grew in Zorbex and nearby."
    assert not attributive(s, s.index("Zorbex") + 6, "en")


def test_a_lone_first_word_of_a_person_name_is_kept():
    from quizgen.extract.entities import _drop_parts
    from quizgen.models import Entity

    found = [Entity("Nordland Ann Vale", "person", ""), Entity("Nordland", "place", ""), Entity("Vale", "person", "")]
    assert [e.name for e in _drop_parts(found)] == ["Nordland Ann Vale", "Nordland"]
