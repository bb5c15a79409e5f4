"""Language rules for how names are written: lower-case continuations,
foreign connectors, binding connectors (hand-written sentences only)."""

from __future__ import annotations

from quizgen.extract.names import runs
from quizgen.text import sentences


def _names(sentence: str, lang: str = "en") -> list[str]:
    return [r.name for r in runs(sentence, lang)]


def test_russian_adjective_then_lower_case_head_noun_is_one_name() -> None:
    assert "Всемирным банком" in _names("Проект поддержан Всемирным банком и правительством.", "ru")
    assert "Американской экономической ассоциации" in _names("Медаль от Американской экономической ассоциации, присуждаемая молодым.", "ru")


def test_russian_lone_capitalised_adjective_takes_the_noun_it_agrees_with() -> None:
    assert "Великой депрессии" in _names("Это случилось во время Великой депрессии.", "ru")
    assert "Оранжевую книгу" in _names("Агентство ведёт Оранжевую книгу для врачей.", "ru")
    # No agreement, a verb or a preposition: the adjective-shaped word stays alone.
    assert "Китая" in _names("Он говорил, что экономика Китая из-за кризиса замедлилась.", "ru")
    assert "Толстой" in _names("В те годы Толстой писал романы.", "ru")


def test_russian_head_noun_takes_a_genitive_complement() -> None:
    assert "Ассоциацию банкиров-потребителей" in _names("Они создали Ассоциацию банкиров-потребителей.", "ru")
    assert "Американский институт банковского дела" in _names("Он основал Американский институт банковского дела (AIB).", "ru")
    assert "Организации бухгалтерского учета и аудита" in _names("Он изучал стандарты Организации бухгалтерского учета и аудита весь год.", "ru")
    # A verb ends it.
    assert "Бюро переписи населения" in _names("Эти данные Бюро переписи населения публикует ежегодно.", "ru")


def test_russian_and_between_capitalised_names_separates_them() -> None:
    names = _names("Они включают Независимое сообщество банкиров Америки и Ассоциацию банкиров.", "ru")
    assert "Независимое сообщество банкиров Америки" in names and "Ассоциацию банкиров" in names
    assert "AIB" in _names("ABA объединила AIB и Институт банкиров.", "ru")


def test_russian_capitalised_adjective_after_a_head_opens_a_new_name() -> None:
    assert "Федеральной резервной системы" in _names("Программу создал Советом Федеральной резервной системы в 2008 году.", "ru")


def test_russian_law_complement_after_a_country_and_before_an_adverb() -> None:
    assert "Закон США о патриотизме" in _names("Принятый в 2001 году Закон США о патриотизме сильно повлиял на всех.", "ru")
    assert "Закона о Федеральной резервной системе" in _names("Согласно статье Закона о Федеральной резервной системе. Этот раздел", "ru")


def test_russian_head_noun_takes_its_complement_up_to_a_verb() -> None:
    assert "Комиссии по росту и развитию" in _names("Он был председателем Комиссии по росту и развитию, спонсируемой банком.", "ru")
    assert "Комиссия по ценным бумагам" in _names("Он сказал, что Комиссия по ценным бумагам начала проверку.", "ru")


def test_polish_ds_abbreviation_joins_the_name() -> None:
    found = sentences("Wniosek trafia do amerykańskiej Agencji ds. Żywności i Leków w celu oceny.", "pl")
    assert len(found) == 1
    assert "Agencji ds. Żywności i Leków" in _names(found[0], "pl")


def test_italian_head_with_lower_case_adjective() -> None:
    assert "Banca mondiale" in _names("Il progetto è sponsorizzato dalla Banca mondiale tra il 2006 e il 2010.", "it")


def test_local_connector_between_english_names_splits() -> None:
    names = _names("Insegna alla Graduate School of Business della Stanford University da anni.", "it")
    assert "Graduate School of Business" in names and "Stanford University" in names


def test_elided_preposition_is_not_part_of_the_name() -> None:
    names = _names("Ha vinto la medaglia John Bates Clark dell'American Economic Association nel 1981.", "it")
    assert "American Economic Association" in names
    assert not any("dell" in n for n in names)


def test_of_binds_a_one_word_head_but_not_after_a_full_name() -> None:
    assert "Journal of Economic Theory" in _names("He edited the Journal of Economic Theory for years.")
    names = _names("The bill was sponsored by Zoe Lofgren of California last year.")
    assert "Zoe Lofgren" in names and "California" in names


def test_russian_adjective_led_name_after_a_person_is_its_own_name() -> None:
    names = _names("Он получил медаль Джона Бейтса Кларка Американской экономической ассоциации в 1981 году.", "ru")
    assert "Американской экономической ассоциации" in names
    assert "Джона Бейтса Кларка" in names


def test_spanish_sobre_joins_inside_a_headed_name() -> None:
    assert "Comisión sobre Crecimiento y Desarrollo" in _names("Fue presidente de la Comisión sobre Crecimiento y Desarrollo, patrocinada por bancos.", "es")


def test_russian_adjectives_chain_to_the_last_head_noun() -> None:
    assert "Федеральная резервная система" in _names("В 2016 году Федеральная резервная система начала повышать ставки.", "ru")


def test_a_phrase_before_an_acronym_starts_at_its_name() -> None:
    from quizgen.extract.acronyms import trim_phrase

    assert trim_phrase("ABA основал Американский институт банковского дела", "ru") == "Американский институт банковского дела"
    assert trim_phrase("Być może najważniejszym było Partnerstwo Transpacyficzne", "pl") is None  # a capitalised name: runs find it
    assert trim_phrase("Комиссия по ценным бумагам и биржам США", "ru") == "Комиссия по ценным бумагам и биржам США"
    assert trim_phrase("Индекс общественных банков ABA NASDAQ", "ru") == "Индекс общественных банков ABA NASDAQ"
    assert trim_phrase("AIB и Института сертифицированных банкиров", "ru") == "Института сертифицированных банкиров"


def test_russian_genitive_place_does_not_open_a_person_name() -> None:
    names = _names("Это заявил премьер-министр Нордании Иван Петров вчера.", "ru")
    assert "Нордании" in names and "Иван Петров" in names


def test_russian_opener_with_lower_case_words_needs_a_mid_sentence_form(tmp_path) -> None:
    from tests.test_entities import _entities

    found = _entities(tmp_path, {"ru": "Публичные компании подают отчеты. Предлагаемый закон обсуждали долго. "
                                       "Федеральная резервная система выросла. Отчеты изучает Федеральной резервной системой созданный отдел."})
    assert "Публичные компании" not in found["ru"] and "Предлагаемый закон" not in found["ru"]
    assert any(name.startswith("Федеральн") for name in found["ru"])


def test_english_the_opens_a_title_in_another_language(tmp_path) -> None:
    from tests.test_entities import _entities

    found = _entities(tmp_path, {"es": "The Zorbex Review describió el programa. Otros lo leen.",
                                 "en": "The Zorbex Review described the programme. Others read it."})
    assert "The Zorbex Review" in found["es"] and "The Zorbex Review" in found["en"]
