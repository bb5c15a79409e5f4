"""Name edges met on unseen articles: emphasis and quotes that bound a name,
titles of works in title case, two names that meet once, lists before an
acronym, possessives other versions keep (made-up sentences, no article files)."""

from __future__ import annotations

from types import SimpleNamespace

from quizgen.extract.boundaries import _listed_apart
from quizgen.extract.kinds import Mention
from quizgen.extract.names import Run
from quizgen.extract.titles import cued_titles, title_segments
from tests.test_entities import _entities
from tests.test_name_boundaries import _names


def test_a_name_ends_where_bold_begins(tmp_path) -> None:
    found = _entities(tmp_path, {"pl": (
        "Jako autor blog Quillana **Cisza poranka** stał się znany w całym kraju. "
        "Potem Quillan wrote dla gazety Norland Press w Valdorze.")})["pl"]
    assert "Quillana Cisza" not in found and "Cisza" not in found
    assert "Quillana" in found or "Quillan" in found


def test_title_case_titles_with_capitalised_small_words_give_no_names(tmp_path) -> None:
    assert title_segments(("On The Brink: Inside The Race To Stop The Fall",)) == ["On The Brink", "Inside The Race To Stop The Fall"]
    assert title_segments(("The Valdora Times",)) == []  # a name, not a title
    text = "Mara Quill wrote **Into The Deep: How The River Found Its Way** in 2015. Mara Quill lives in Valdora."
    found = _entities(tmp_path, {"en": text})["en"]
    assert "Mara Quill" in found
    assert not {"The Deep", "The River", "Found Its Way", "Deep", "River"} & set(found)


def test_a_quoted_title_after_a_work_noun_gives_no_name(tmp_path) -> None:
    assert cued_titles('in his book "A Quiet Walk Down Harbor Lane." The book sold', "en") == [("A Quiet Walk Down Harbor Lane", True)]
    assert cued_titles("w swojej książce „A Quiet Walk” . Książka", "pl") == [("A Quiet Walk", True)]
    found = _entities(tmp_path, {"en": 'In 1973 Mara Quill coined it in her book "A Quiet Walk Down Harbor Lane." Mara Quill lives in Valdora.'})["en"]
    assert "Mara Quill" in found
    assert not {"Quiet Walk Down Harbor Lane", "Harbor Lane"} & set(found)


def test_a_quoted_title_case_title_gives_no_fragments_but_a_quoted_law_is_a_name(tmp_path) -> None:
    found = _entities(tmp_path, {"en": 'Later Mara Quill wrote "An Essay on the Rise and Fall of Harbors" (1815). Mara Quill lived in Valdora.'})["en"]
    assert not {"Essay", "Rise", "Fall", "Harbors", "An Essay"} & set(found)
    found = _entities(tmp_path, {"en": 'Title III, named "Valdora Harbor Safety Act of 2001", changed the rules for Norland Press.'})["en"]
    assert any(name.startswith("Valdora Harbor Safety Act") for name in found)


def test_two_names_met_once_side_by_side_split_when_one_is_a_surname(tmp_path) -> None:
    texts = {
        "en": "Tomas Brenn led the Zorbank. Later Brenn left the Zorbank. The Zorbank grew while Brenn wrote.",
        "pl": "Tomas Brenn kierował Zorbank. Później prezes Zorbank Brenn odszedł. Zorbank urósł, a Brenn pisał.",
    }
    found = _entities(tmp_path, texts)["pl"]
    assert "Zorbank Brenn" not in found
    assert "Zorbank" in found
    # A pair written so more than once is one name.
    texts = {"en": "Lake Corvo is deep. Corvo and Lake both. Lake Corvo froze. Lake Corvo thawed. Corvo said. Jan Corvo came."}
    assert "Lake Corvo" in _entities(tmp_path, texts)["en"]


def test_names_listed_before_an_acronym_are_no_phrase(tmp_path) -> None:
    # (The initials do not spell the acronym, so this is no spelled-out name.)
    found = _entities(tmp_path, {"es": "El grupo une a Valdora, Norlandia, Corvia y Brennia (XQZ), los países del sur. Valdora creció."})["es"]
    assert not any(" y " in name for name in found)
    assert "Valdora" in found


def test_a_lists_last_name_owns_the_next_word(tmp_path) -> None:
    texts = {
        "es": "Posee empresas como GEICO, Zorblat y Quill's Candies, entre otras.",
        "en": "It owns firms such as GEICO, Zorblat and Quill's Candies, among others.",
    }
    found = _entities(tmp_path, texts)["es"]
    assert "Zorblat" in found and "Quill's Candies" in found
    assert not {"Zorblat y Quill's", "Candies"} & set(found)


def test_an_office_before_a_name_written_whole_elsewhere_leaves_it_whole(tmp_path) -> None:
    texts = {
        "es": "Abel es director ejecutivo de Norland Harbor Energy y vive en Valdora.",
        "en": "Abel is chief executive of Norland Harbor Energy and lives in Valdora.",
    }
    found = _entities(tmp_path, texts)["es"]
    assert "Norland Harbor Energy" in found and "Harbor Energy" not in found


def test_a_name_written_more_often_than_the_longer_one_stays_its_own(tmp_path) -> None:
    text = ("Norland Harbor owns many firms. Norland Harbor bought Zorblat. "
            "Abel runs Norland Harbor Energy. Norland Harbor is large.")
    found = _entities(tmp_path, {"en": text})["en"]
    assert {"Norland Harbor", "Norland Harbor Energy"} <= set(found)


def test_a_possessive_other_versions_keep_belongs_to_the_name(tmp_path) -> None:
    texts = {
        "en": "Alongside Quill's, the agency rates banks. Analysts at Quill's agree.",
        "pl": "Obok agencji Quill's ocenia banki. Analitycy Quill's zgadzają się.",
        "es": "Junto a Quill's, la agencia califica bancos. Los analistas de Quill's coinciden.",
    }
    found = _entities(tmp_path, texts)["en"]
    assert "Quill's" in found and "Quill" not in found


def test_a_particle_stays_inside_a_persons_name() -> None:
    assert _names("the work of Tomas von Brennig and others", "en") == ["Tomas von Brennig"]
    assert _names("prace Tomasa von Brenniga i Johna Quilla", "pl") == ["Tomasa von Brenniga", "Johna Quilla"]
    assert _names("с Томасом фон Бреннигом и Джоном Квиллом", "ru") == ["Томасом фон Бреннигом", "Джоном Квиллом"]
    assert _names("from Jan van der Brennig today", "en") == ["Jan van der Brennig"]
    assert _names("the von Brennig model", "en") == ["Brennig"]  # no first name, no join


def test_names_joined_by_of_the_when_neither_piece_is_named_elsewhere(tmp_path) -> None:
    found = _entities(tmp_path, {"es": "La Casa de la Moneda de Valdora acuña monedas. El Banco Norland compra oro en Valdora."})["es"]
    assert "Casa de la Moneda" in found or "Casa de la Moneda de Valdora" in found
    assert "Casa" not in found and "Moneda" not in found
    # A piece named on its own elsewhere stays its own name.
    found = _entities(tmp_path, {"es": "Mara Quill de la Universidad de Valdora habló. Luego la Universidad de Valdora publicó el texto."})["es"]
    assert "Universidad de Valdora" in found


def test_a_list_of_two_names_each_binding_its_own_del() -> None:
    assert set(_names("Cubre las costas de Valdora del Norte y Valdora del Sur, y las de Norland.", "es")) >= {"Valdora del Norte", "Valdora del Sur"}


def test_russian_and_left_at_a_cut_between_two_names_belongs_to_neither() -> None:
    found = _names("Северный центральный банк и Валдорская комиссия заявили об этом.", "ru")
    assert "Северный центральный банк" in found and "Северный центральный банк и" not in found
    assert "Валдорские Зеленые острова" in _names("Туристы летят на Валдорские Зеленые острова каждый год.", "ru")


def test_an_acronym_after_in_opening_a_sentence_is_a_place(tmp_path) -> None:
    found = _entities(tmp_path, {"ru": "В ВЛД налоги высокие. Об этом в своем отчете пишет Валдора Пресс."})["ru"]
    assert "ВЛД" in found
    # "W" is seen in lower case ("w każdym roku"), so the opener is cut off before "XXI".
    found = _entities(tmp_path, {"pl": "W XXI wieku gospodarka Valdory rosła szybko w każdym roku."})["pl"]
    assert "XXI" not in found and "W XXI" not in found


def test_a_clause_after_a_short_label_and_a_colon_opens_like_a_sentence(tmp_path) -> None:
    found = _entities(tmp_path, {"es": (
        "El pacto de Valdora tiene reglas.\n\n- **Regla 1:** Asegurar que las empresas paguen.\n"
        "- **Regla 2:** Eliminar el trabajo forzoso en Norland.\n")})["es"]
    assert not {"Asegurar", "Eliminar"} & set(found)
    assert "Norland" in found


def test_two_names_joined_by_and_are_two_when_each_is_named_elsewhere(tmp_path) -> None:
    found = _entities(tmp_path, {
        "pl": "W 2008 r. banki Valdora Bank i Norland Capital zbankrutowały. W 2009 r. Norland Capital kupił Valdora Bank.",
        "en": "The banks Valdora Bank and Norland Capital failed. Later Norland Capital bought Valdora Bank."})
    for lang in ("pl", "en"):
        assert {"Norland Capital", "Valdora Bank"} <= set(found[lang]), found[lang]


def test_a_firm_of_partners_sharing_a_possessive_or_company_word_stays_whole() -> None:
    # Every piece is named alone elsewhere (the family says so); only the
    # firm's shared possessive or company word keeps the run whole.
    family = SimpleNamespace(recurs=lambda name: False, mid_form=lambda name: True,
                             own=SimpleNamespace(mid={"Valdor", "Quill", "Quill's", "Norland"}))
    sentence = "Ratings by Valdor and Quill's, Valdor and Norland, and Valdor and Quill Inc. differ."

    def pieces(name: str) -> list[tuple[str, int, int]]:
        start = sentence.index(name)
        run = Run(name, tuple(name.split()), start, start + len(name), False)
        return [(p.run.name, p.run.start, p.run.end) for p in _listed_apart(Mention(run, sentence), family)]

    for firm in ("Valdor and Quill's", "Valdor and Quill Inc."):
        start = sentence.index(firm)
        assert pieces(firm) == [(firm, start, start + len(firm))]
    start = sentence.index("Valdor and Norland")
    assert pieces("Valdor and Norland") == [("Valdor", start, start + 6), ("Norland", start + 11, start + 18)]


def test_a_body_met_with_a_person_is_split_when_a_version_names_them_apart(tmp_path) -> None:
    found = _entities(tmp_path, {
        "pl": "W 1979 r. prezes Valfed Mara Quill podniosła stopy. Valfed działa w Valdorze.",
        "it": "Nel 1979 il presidente della Valfed Mara Quill alzò i tassi. La Valfed opera a Valdora.",
        "en": "In 1979 Valfed Chair Mara Quill raised rates. The Valfed works in Valdora."})
    assert "Mara Quill" in found["pl"] and "Valfed Mara Quill" not in found["pl"]
