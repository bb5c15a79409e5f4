"""Where one name ends and the next begins: titles of works, nicknames,
"of the" inside an agency's name, offices before a person, and two names
that meet in one run (made-up sentences, no article files)."""

from __future__ import annotations

from quizgen.extract.names import runs
from quizgen.parsing import parse_body
from tests.test_entities import _entities


def _names(sentence: str, lang: str = "en") -> list[str]:
    return [r.name for r in runs(sentence, lang)]


def test_bold_spans_are_kept_as_emphasis_and_a_lost_space_is_restored() -> None:
    sections, _ = parse_body("Her books include**The Long Way of the River, Blue Hills,** and un**usual** notes.\n")
    block = sections[0].blocks[0]
    assert block.text.startswith("Her books include The Long Way")
    assert block.emphasis == ("The Long Way of the River, Blue Hills", "usual")


def test_words_of_a_bold_title_are_not_names_but_a_whole_title_is(tmp_path) -> None:
    text = ("Mara Quill wrote **Full Moon: A Story of Rising in Too Deep and the Way Home** in 2015. "
            "In 2016 Mara Quill wrote **Silver Lake, Bright Harbor**, and sold it to Norland Press.")
    found = _entities(tmp_path, {"en": text})["en"]
    assert "Mara Quill" in found and "Norland Press" in found
    assert not {"Story", "Rising", "Too Deep", "Way Home"} & set(found)
    # A bold list of names is no title: every name stays.
    found = _entities(tmp_path, {"en": "Investors such as **Mara Quill and Tomas Brenn** backed Norland Press in 2015."})["en"]
    assert {"Mara Quill", "Tomas Brenn"} <= set(found)


def test_a_quoted_nickname_stays_inside_the_name() -> None:
    assert _names('The board, led by Chair Lorne "Bud" Halvers, voted.')[-1] == 'Chair Lorne "Bud" Halvers'
    assert "Lorne'a „Bud” Halversa" in _names("pod kierunkiem prezesa Lorne'a „Bud” Halversa, zarząd", "pl")
    assert _names('Then "Acme" and "Borex" agreed.')[1:] == ["Acme", "Borex"]


def test_of_the_joins_the_parts_of_an_agency_name() -> None:
    assert "U.S. Office of the Registrar of the Waterways" in _names("It was run by the U.S. Office of the Registrar of the Waterways in 2014.")
    assert "Banco de la Reserva Central de Valdora" in _names("el Banco de la Reserva Central de Valdora dijo", "es")
    # No head noun, no join; a long name keeps its own end.
    assert _names("the Governor of the Valdora Province said") == ["Governor", "Valdora Province"]
    assert "Reserva Federal de los EE. UU." not in _names("la Reserva Federal de los EE. UU. dijo", "es")


def test_an_office_and_its_complement_are_cut_from_the_person(tmp_path) -> None:
    text = "Later U.S. Secretary of State Marcus Bellweather spoke. Marcus Bellweather won. The Secretary of State left."
    found = _entities(tmp_path, {"en": text})["en"]
    assert "Marcus Bellweather" in found
    assert not {"State Marcus Bellweather", "of State", "U.S. Secretary"} & set(found)
    es = _entities(tmp_path, {"es": "Luego el secretario de Estado Marcus Bellweather habló con la prensa en Valdora."})["es"]
    assert "Marcus Bellweather" in es and "Estado Marcus Bellweather" not in es
    # Right after the office, the whole run is the person.
    it = _entities(tmp_path, {"it": "Poi il presidente Marcus T. Bellweather parlò a Valdora."})["it"]
    assert "Marcus T. Bellweather" in it


def test_compass_words_and_demonyms_are_not_names(tmp_path) -> None:
    found = _entities(tmp_path, {"en": "It joined 30 European and North American countries. Later Eastern European and French banks joined Norland Press."})["en"]
    assert "Norland Press" in found
    assert not {"North American", "Eastern European", "French", "Eastern"} & set(found)


def test_russian_runs_break_at_a_change_of_script_and_after_an_acronym() -> None:
    assert _names("по словам Borex Марка Беллвезера в", "ru") == ["Borex", "Марка Беллвезера"]
    assert _names("министр СССР Андрей Громов отказался", "ru") == ["СССР", "Андрей Громов"]
    assert "ФРС США" in _names("когда ФРС США подняла ставку", "ru")


def test_polish_name_run_into_the_next_one_is_split(tmp_path) -> None:
    text = ("Firmę założył Marek Zalewski w Gdyni. Potem w Gdyni Marek Zalewski kupił statek. "
            "Książkę napisał razem z Katarzyną Nowicką Marek Zalewski. Znana była też Katarzyna Nowicka z Gdyni.")
    found = _entities(tmp_path, {"pl": text})["pl"]
    assert "Marek Zalewski" in found
    assert not any(name.endswith(" Marek Zalewski") for name in found)


def test_an_english_act_takes_its_year(tmp_path) -> None:
    assert "Waterways Act of 1921" in _names("Later the Waterways Act of 1921 was passed.")
    assert _names("In 1921 the Waterways Act passed in 1922.")[-1] == "Waterways Act"


def test_a_capitalised_article_before_one_word_is_part_of_a_place(tmp_path) -> None:
    found = _entities(tmp_path, {"en": "It has offices in Boston, Los Altos and Valdora. Staff in Los Altos grew."})["en"]
    assert "Los Altos" in found and "Altos" not in found


def test_a_sentence_opener_dropped_from_a_run_takes_its_joiner_along(tmp_path) -> None:
    found = _entities(tmp_path, {"es": "Fiesta de Año Nuevo en Valdora. Luego la fiesta siguió en Valdora."})["es"]
    assert not any(name.startswith("de ") for name in found)


def test_a_faq_style_body_under_the_title_still_has_its_highlights(tmp_path) -> None:
    from quizgen.extract.highlights import highlights
    from quizgen.parsing import article_from_source
    from quizgen.sources import read_source
    from tests.conftest import write_article
    body = ("# Widget Pricing\n\n## What Is Widget Pricing?\n\nWidget pricing sets prices.\n\n## Why Does It Matter?\n\nIt matters.\n\n"
            "## How Is It Done?\n\nCarefully.\n\n## Features\n\n- One point.\n- Two points.\n\n## FAQ\n\n### Is It Hard?\n\nNo.\n")
    path = write_article(tmp_path, "w.md", f"---\ntitle: Widget Pricing\n---\n\n{body}")
    assert highlights(article_from_source(read_source(path))) == ("One point.", "Two points.")


def test_a_polish_case_form_joins_only_a_base_spelled_alike_in_every_version(tmp_path) -> None:
    texts = {
        "en": "Trade with Valdoria grew. Banks in Valdoria and Zentrox lent.",
        "es": "El comercio con Valdoria creció. Los bancos de Valdoria y Zentrox prestaron.",
        "it": "Il commercio con la Valdorie crebbe. Le banche della Valdorie e Zentrox prestarono.",
        "pl": "Handel z Valdorią rósł. Banki w Valdorii oraz Zentroksie pożyczały. Zysk Zentroxu rósł.",
    }
    found = _entities(tmp_path, texts)["pl"]
    assert "Valdoria" not in found  # Spanish and English spell it so, Italian does not
    assert "Zentrox" in found  # unchanged everywhere: the Polish ending goes


def test_an_irish_o_is_part_of_the_name_but_an_elided_article_is_not() -> None:
    assert "Kieran O'Dowd" in _names("coniato dall'economista Kieran O'Dowd nel 2001", "it")
    assert _names("L'Agenzia Valdora e dell'Ufficio Norland", "it")[-1] == "Ufficio Norland"


def test_a_person_run_into_an_award_or_a_firm_is_split(tmp_path) -> None:
    texts = {
        "es": ("El economista Ruben Marsh trabajó en Norland Press. Las obras del ganador del Premio Nobel Ruben Marsh "
               "se leen hoy. Marsh murió en Valdora."),
        "it": ("L'economista Ruben Marsh lavorava per Norland Press. Il termine fu coniato da Norland Press Ruben Marsh "
               "nel 2001. Marsh morì a Valdora."),
    }
    found = _entities(tmp_path, texts)
    assert "Ruben Marsh" in found["es"] and "Premio Nobel Ruben Marsh" not in found["es"]
    assert "Ruben Marsh" in found["it"] and "Norland Press" in found["it"] and "Norland Press Ruben Marsh" not in found["it"]


def test_a_russian_complement_ends_at_a_predicate_and_at_a_link(tmp_path) -> None:
    assert _names("Комиссия по ценным бумагам и биржам подотчетна Конгрессу.", "ru") == ["Комиссия по ценным бумагам и биржам", "Конгрессу"]
    text = "Суд объявил [Закон о социальном обеспечении](/social-act) конституционным пятью голосами в Валдоре."
    found = _entities(tmp_path, {"ru": text})["ru"]
    assert "Закон о социальном обеспечении" in found
    assert not any("конституционным" in name for name in found)


def test_a_russian_adjective_takes_the_noun_it_agrees_with_in_any_case() -> None:
    assert "Белым домом" in _names("переговоры с Белым домом и Сенатом", "ru")
    assert "Новому курсу" in _names("благодаря Новому курсу страна", "ru")
    assert "Хайгейтском кладбище" in _names("похоронен на Хайгейтском кладбище в Лондоне", "ru")


def test_a_number_after_a_name_belongs_to_it_unless_it_counts_or_dates_something() -> None:
    assert _names("а Великобритания 2 миллиарда долларов", "ru") == ["Великобритания"]
    assert _names("встреча в Риме 30 и 31 октября", "ru") == ["Риме"]
    assert _names("одобрен Конгрессом 30 июля", "ru") == ["Конгрессом"]
    assert _names("коэффициент Шарпа 1,0 хороший", "ru") == ["Шарпа"]
    assert _names("индексы Zentrox 350 и Zentrox All-Share", "ru") == ["Zentrox 350", "Zentrox All-Share"]
    assert _names("the Zentrox 500 index rose") == ["Zentrox 500"]
    assert _names("el Zentrox 500 por tercer año", "es") == ["Zentrox 500"]


def test_a_subordinator_opening_the_sentence_is_no_part_of_the_name(tmp_path) -> None:
    found = _entities(tmp_path, {"es": "Cuando la Reserva Nórdica subió los tipos, Valdora cayó.",
                                 "pl": "Kiedy Rezerwa Nordycka podniosła stopy, Valdora spadła."})
    assert "Reserva Nórdica" in found["es"] and not any(n.startswith("Cuando") for n in found["es"])
    assert "Rezerwa Nordycka" in found["pl"] and not any(n.startswith("Kiedy") for n in found["pl"])


def test_one_locative_places_a_whole_list_and_a_surname_alone_marks_a_person(tmp_path) -> None:
    text = ("The fund invests in Valdora, Zentria and Morvania. It hired Ruben Marsh from Quillport. "
            "Marsh wrote two books.")
    found = _entities(tmp_path, {"en": text})["en"]
    assert found["Valdora"] == found["Zentria"] == found["Morvania"] == "place"
    assert found["Ruben Marsh"] == "person"
    # Only within one list: after "then" a new clause starts.
    found = _entities(tmp_path, {"en": "It has offices in Valdora and Zentria, then Quillco and Brennwerk joined."})["en"]
    assert found["Valdora"] == "place" and found["Quillco"] == "organization"


def test_a_possessive_inside_a_title_kept_in_every_version_stays_one_name(tmp_path) -> None:
    texts = {
        "en": "She wrote for Gardener's Weekly in Valdora. Later Norland Press bought Norland Press's Quill Books unit. Quill Books grew.",
        "es": "Escribió para Gardener's Weekly en Valdora. Luego Norland Press compró Quill Books. Quill Books creció.",
        "it": "Scrisse per Gardener's Weekly a Valdora. Poi Norland Press comprò Quill Books. Quill Books crebbe.",
    }
    found = _entities(tmp_path, texts)["en"]
    assert "Gardener's Weekly" in found and "Weekly" not in found
    assert "Quill Books" in found and not any("'s Quill" in name for name in found)


def test_degree_and_suffix_words_alone_are_not_names(tmp_path) -> None:
    found = _entities(tmp_path, {"en": "Later Ruben Marsh earned a Ph.D. in Valdora. It cites Ruben Marsh, Jr. and Norland Press."})["en"]
    assert "Ruben Marsh" in found and not {"Ph.D", "Jr"} & set(found)


def test_with_no_cue_a_translated_name_is_a_place_and_a_kept_full_name_a_person(tmp_path) -> None:
    texts = {
        "en": "The report praised Zentria. It quoted Ruben Marsh at length.",
        "es": "El informe elogió a Zentrania. Citó extensamente a Ruben Marsh.",
        "it": "Il rapporto lodò la Zentrèa. Citò a lungo Ruben Marsh.",
        "ru": "Доклад хвалил Зентрию. Он подробно цитировал Рубена Марша.",
    }
    found = _entities(tmp_path, texts)
    assert found["en"]["Zentria"] == found["es"]["Zentrania"] == "place"
    assert found["en"]["Ruben Marsh"] == found["it"]["Ruben Marsh"] == "person"
    assert found["ru"]["Зентрию"] == "place" and found["ru"]["Рубена Марша"] == "person"


def test_a_bullet_list_of_names_is_an_enumeration_and_numbered_common_nouns_are_not_names(tmp_path) -> None:
    text = ("The agency has regional offices:\n\n- Valdora\n- Zentria\n- Quillport\n\n"
            "| Name | Share |\n|---|---|\n| Beneficiary 1 | 50% |\n| Beneficiary 2 | 50% |\n\nEach beneficiary is paid.")
    found = _entities(tmp_path, {"ru": "У агентства есть офисы:\n\n- Валдора\n- Зентрия\n- Квиллпорт\n", "en": text})
    assert {"Валдора", "Зентрия", "Квиллпорт"} <= set(found["ru"])
    assert not any(name.startswith("Beneficiary") for name in found["en"])
    # Mid-sentence too: a common noun seen in lower case, numbered, names nobody.
    found = _entities(tmp_path, {"en": "It named Bea Lunn as Beneficiary 2 of the plan. Each beneficiary is paid."})["en"]
    assert "Bea Lunn" in found and "Beneficiary 2" not in found


def test_state_bodies_and_russian_lower_case_heads_are_organizations(tmp_path) -> None:
    found = _entities(tmp_path, {
        "en": "The law passed in the Valdora Congress. Then Congress voted.",
        "es": "La ley pasó en el Congreso de Valdora. Después votó el Congreso.",
        "ru": "Он преподавал в Валдорском университете и в Сенате.",
    })
    assert found["es"] == {"Congreso de Valdora": "organization", "Congreso": "organization"}
    assert found["en"] == {"Valdora Congress": "organization", "Congress": "organization"}
    assert found["ru"]["Валдорском университете"] == "organization"


def test_a_name_inside_a_name_that_itself_joined_a_longer_one_does_not_crash(tmp_path) -> None:
    text = ("Founded as Union Bank of Valdora, it grew. In 1998 Union Bank of Valdora Holdings was formed. "
            "Before that, Union Bank sold bonds.")
    assert _entities(tmp_path, {"en": text})["en"] == {"Union Bank of Valdora Holdings": "organization"}


def test_two_headed_names_joined_by_and_split_when_one_stands_alone(tmp_path) -> None:
    text = ("Founded as Union Bank of Valdora, it grew fast. In 1998 Union Bank of Valdora and Quill Bank Corp. merged.")
    assert {"Union Bank of Valdora", "Quill Bank Corp."} <= set(_entities(tmp_path, {"en": text})["en"])


def test_codes_clauses_and_name_endings(tmp_path) -> None:
    from quizgen.text import sentences
    assert len(sentences("Estudió en St. John's University en Valdora. Luego trabajó.", "es")) == 2
    assert _names("incluidos Ruben Marsh Jr. y Tomas Brenn, buscaron", "es") == ["Ruben Marsh Jr.", "Tomas Brenn"]
    assert _names("La Banca centrale europea decide.", "it") == ["La Banca centrale europea"]
    found = _entities(tmp_path, {"en": "Such firms include Zentrox (ZTX) and Quillco (QLC). Valdora: VD 17 002 00128 is a code."})["en"]
    assert "Zentrox" in found and not any(name.startswith("Such") or "17" in name for name in found)


def test_name_cells_of_a_table_are_an_enumeration_but_headers_are_not(tmp_path) -> None:
    text = ("The index holds these firms.\n\n| Company | Symbol | Added |\n|---|---|---|\n| Zentrox | ZTX | 1999 |\n"
            "| Quillco | QLC | 2004 |\n| Brennwerk | BRW | 2011 |\n\nEach company has a symbol that was added.")
    found = _entities(tmp_path, {"en": text})["en"]
    assert {"Zentrox", "Quillco", "Brennwerk"} <= set(found)
    assert not {"Company", "Symbol", "Added"} & set(found)


def test_a_year_like_number_kept_after_a_name_in_every_version_is_part_of_it(tmp_path) -> None:
    texts = {
        "en": "It tracks the Zentrox 2000 and the Valdora index. In 2019 Quillco launched a series.",
        "es": "Sigue el Zentrox 2000 y el índice Valdora. En 2019 Quillco lanzó una serie.",
        "it": "Segue lo Zentrox 2000 e l'indice Valdora. Nel 2019 Quillco lanciò una serie Quillco 2019.",
    }
    found = _entities(tmp_path, texts)
    assert "Zentrox 2000" in found["en"] and "Zentrox 2000" in found["it"]
    assert "Quillco 2019" not in found["it"]


def test_a_polish_surname_takes_its_own_case_ending_after_a_declined_first_name() -> None:
    assert _names("badania Eugene'a Famę pokazały", "pl") == ["Eugene'a Famę"]
    assert _names("przyznano Eugene'owi Nagrodę Nobla", "pl") == ["Eugene'owi", "Nagrodę Nobla"]
    assert _names("przyznał Spence'owi Medal Clarka", "pl") == ["Spence'owi", "Medal Clarka"]


def test_treaties_join_their_place_and_a_verb_before_an_article_opens_no_name(tmp_path) -> None:
    found = _entities(tmp_path, {
        "en": "Later the Treaty of Valdora changed it, and the liberal-Zentrian Ruben Marsh agreed.",
        "es": "Incluyen la Ley de Estabilidad de Valdora y el Tratado de Valdora.",
    })
    assert "Treaty of Valdora" in found["en"] and "Ruben Marsh" in found["en"]
    assert not any(name.startswith("liberal") for name in found["en"])
    assert "Ley de Estabilidad de Valdora" in found["es"] and not any(name.startswith("Incluyen") for name in found["es"])


def test_front_matter_value_opening_with_an_entity_is_read_with_a_note(tmp_path) -> None:
    from quizgen.sources import split_front_matter
    notes: list[str] = []
    meta, _, _ = split_front_matter("---\ntitle: Widget\ndescription: &quot;Widget&quot; is a thing.\n---\n\nBody.\n", "w.md", notes)
    assert meta["description"] == "&quot;Widget&quot; is a thing." and "HTML entity" in notes[0]


def test_spanish_and_italian_names_join_across_and_of_the(tmp_path) -> None:
    assert _names("la Comunidad Europea del Carbón y del Acero en 1951", "es") == ["Comunidad Europea del Carbón y del Acero"]
    assert _names("la Comunità Europea del Carbone e dell'Acciaio nel 1951", "it") == ["Comunità Europea del Carbone e dell'Acciaio"]
    found = _entities(tmp_path, {"es": "Tiene oficinas en:\n\n- Valdora\n- Los Altos\n- Quillport\n"})["es"]
    assert "Los Altos" in found


def test_a_title_case_title_after_a_work_noun_gives_no_names(tmp_path) -> None:
    text = ("Ruben Marsh wrote a book, On the Ledge: Inside the Race to Stop the Fall of the Valdora System, in 2010. "
            "Later Ruben Marsh sat in the House of Delegates.")
    found = _entities(tmp_path, {"en": text})["en"]
    assert "Ruben Marsh" in found and "House of Delegates" in found
    assert not {"On the Ledge", "Inside the Race", "Stop", "Fall", "Valdora System", "Ledge", "Race"} & set(found)
    # No work noun before it: a name with "of" stays a name.
    assert "Bank of Valdora" in _entities(tmp_path, {"en": "He joined the Bank of Valdora in 2001."})["en"]
