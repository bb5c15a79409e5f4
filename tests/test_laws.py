"""Law names Polish and Russian write after a lower-case head noun
("ustawa o ...", "закон о ..."): made-up laws, no article files."""

from __future__ import annotations

from quizgen.extract.names import runs
from tests.test_entities import _entities


def _runs(sentence: str, lang: str) -> list[str]:
    return [r.name for r in runs(sentence, lang)]


def test_a_lower_case_law_runs_to_a_verb_or_punctuation() -> None:
    assert "ustawa o ochronie lasów górskich" in _runs("W 1990 r. ustawa o ochronie lasów górskich została uchwalona.", "pl")
    assert "ustawę o handlu solą" in _runs("Sejm przyjął ustawę o handlu solą, którą potem zmieniono.", "pl")
    assert "закон о защите горных лесов" in _runs("Позже закон о защите горных лесов изменил правила.", "ru")


def test_prepositions_and_lists_inside_the_subject() -> None:
    assert "ustawie o pomocy w sytuacjach kryzysowych" in _runs("Mowa o tym w ustawie o pomocy w sytuacjach kryzysowych.", "pl")
    assert "закона о труде на речном флоте" in _runs("Положения закона о труде на речном флоте отменили.", "ru")
    assert "ustawę o rozwoju rolnictwa, ulgach podatkowych i ochronie rybaków" in _runs(
        "Przyjęto ustawę o rozwoju rolnictwa, ulgach podatkowych i ochronie rybaków.", "pl")


def test_a_date_after_a_preposition_is_no_part_of_the_subject() -> None:
    assert "ustawę o ochronie lasów" in _runs("Prezydent podpisał ustawę o ochronie lasów w dniu 12 maja.", "pl")
    assert "ustawę o ochronie lasów w dniu" not in _runs("Prezydent podpisał ustawę o ochronie lasów w dniu 12 maja.", "pl")


def test_plural_laws_and_participles_are_not_names() -> None:
    assert not any(n.startswith("законы") for n in _runs("Такие законы о защите лесов действуют везде.", "ru"))
    found = _runs("Sejm omawiał projekt ustawy o reformie rolnej przyjętej przez Senat.", "pl")
    assert "ustawy o reformie rolnej" in found


def test_a_law_opening_a_sentence_is_a_name_and_a_longer_run_ends_where_another_mention_does(tmp_path) -> None:
    found = _entities(tmp_path, {"pl": (
        "Ustawa o handlu solą ustanawia zasady dla kupców. "
        "Kupcy w Valdorze znają dobrze ustawę o handlu solą od lat.")})["pl"]
    assert any(n.lower() == "ustawa o handlu solą" or n == "ustawę o handlu solą" for n in found)
    assert not any("ustanawia" in n for n in found)
    found = _entities(tmp_path, {"ru": "Закон о равной оплате труда приняли в Валдоре. Его поддержал Сенат Валдоры."})["ru"]
    assert "Закон о равной оплате труда" in found


def test_a_present_tense_verb_ends_the_subject_even_in_one_mention() -> None:
    assert _runs("Ustawa o handlu solą określa zasady handlu.", "pl")[0] == "Ustawa o handlu solą"
    assert _runs("Ustawa o ochronie lasów wprowadza nowe zasady.", "pl")[0] == "Ustawa o ochronie lasów"


def test_prepositions_that_name_a_subject_and_and_in_the_same_case() -> None:
    assert "Ustawa o podatku od towarów i usług" in _runs("Ustawa o podatku od towarów i usług weszła w życie.", "pl")
    assert "Закон о труде в сельском хозяйстве" in _runs("Закон о труде в сельском хозяйстве приняли.", "ru")
    assert "Закон о налоге на имущество" in _runs("Закон о налоге на имущество приняли.", "ru")
    assert "закона о лесном хозяйстве" in _runs("Статьи закона о лесном хозяйстве и рыболовства отменили.", "ru")
    assert "Закон о ценных бумагах" in _runs("Закон о ценных бумагах в 1933 году изменил рынок.", "ru")


def test_a_longer_law_that_goes_on_qualifying_is_a_law_of_its_own(tmp_path) -> None:
    found = _entities(tmp_path, {"pl": (
        "Sejm uchwalił ustawę o bankach w Valdorze. Potem przyjęto ustawę o bankach spółdzielczych w Norlandii.")})["pl"]
    assert "ustawę o bankach spółdzielczych" in found
