"""Generic name rules on small hand-written sentences (no article files)."""

from __future__ import annotations

from quizgen.extract.names import runs, tokens
from quizgen.text import sentences
from tests.test_entities import _entities


def _names(sentence: str, lang: str = "en") -> list[str]:
    return [r.name for r in runs(sentence, lang)]


def test_initials_do_not_end_a_sentence_when_a_name_follows() -> None:
    text = "Banks like J.P. Morgan lent money. Prices rose in the U.S. These banks lent."
    found = sentences(text, "en")
    assert found[0] == "Banks like J.P. Morgan lent money."
    assert "J.P. Morgan" in _names(found[0])


def test_initials_before_a_function_word_still_end_a_sentence() -> None:
    assert sentences("She signed it as A.B. It was late.", "en") == ("She signed it as A.B.", "It was late.")


def test_a_capitalised_determiner_opens_a_new_name() -> None:
    names = _names("It grew in the U.S. These banks lent.")
    assert "U.S." in names and "U.S. These" not in names
    assert "Stati Uniti" in _names("negli Stati Uniti Il suo sistema", "it")
    assert "Stati Uniti Il" not in _names("negli Stati Uniti Il suo sistema", "it")


def test_two_names_sharing_one_possessive_are_one_firm(tmp_path) -> None:
    assert "Standard and Poor's" in _names("Later the agency Standard and Poor's cut the rating.")
    # A list of two names is still two names.
    assert _names("Users like Facebook and Twitter.")[1:] == ["Facebook", "Twitter"]
    found = _entities(tmp_path, {"en": "The agency Standard and Poor's cut the rating of Acme Corp in May. Later the agency Standard and Poor's cut it again."})
    assert "Standard and Poor's" in found["en"]
    assert "Standard" not in found["en"] and "Poor" not in found["en"]


def test_committee_school_and_organisation_heads_keep_their_joiners() -> None:
    assert "Comité Federal de Mercado Abierto" in _names("Luego el Comité Federal de Mercado Abierto subió las tasas.", "es")
    assert "Leonard N. Stern School of Business" in _names("He taught at the Leonard N. Stern School of Business in 2010.")


def test_dotted_country_initials_are_a_place(tmp_path) -> None:
    found = _entities(tmp_path, {"en": "Banks in the U.S. lend money. Many firms left the U.S. after 2001."})
    assert found["en"].get("U.S.") == "place"


def test_tokens_are_cached_tuples_with_offsets() -> None:
    sentence = "Europa.La Comisión de Bolsa"
    assert tokens(sentence) is tokens(sentence)
    assert [t for t, _, _ in tokens(sentence)] == ["Europa", "La", "Comisión", "de", "Bolsa"]


def test_stems_are_matched_within_the_same_first_letters(tmp_path) -> None:
    # "Marketingu" shares a stem with lower-case "marketing" in Polish text.
    found = _entities(tmp_path, {"pl": "Firmy robią marketing w sieci. Marketingu nie uczy nikt, mówi Jan Kowalski z firmy Acme."})
    assert "Marketingu" not in found["pl"]


def test_a_token_of_digits_then_letters_opens_the_name_after_it() -> None:
    assert "0x Labs" in _names("The protocol was launched by 0x Labs, a firm.")
    assert "Labs" not in _names("The protocol was launched by 0x Labs, a firm.")
    assert "10 Euro" not in _names("It costs 10 Euro.")


def test_a_document_part_with_its_number_is_no_name(tmp_path) -> None:
    found = _entities(tmp_path, {"en": "The bank acted under Section 13 of the Federal Reserve Act. Banks like Chase and Citi agreed."})
    assert "Section 13" not in found["en"]
    assert found["en"]["Federal Reserve Act"] == "law"


def test_a_regulation_is_a_law(tmp_path) -> None:
    found = _entities(tmp_path, {"en": "Filings follow Regulation Fair Disclosure and other rules. Firms obey Regulation Fair Disclosure."})
    assert found["en"] == {"Regulation Fair Disclosure": "law"}


def test_an_acronym_spelled_out_in_comma_pieces_is_the_name(tmp_path) -> None:
    found = _entities(tmp_path, {"en": "Reports go through the Electronic Data Gathering, Analysis, and Retrieval (EDGAR) platform. Firms file on EDGAR daily."})
    assert "EDGAR" in found["en"]
    assert not {"Analysis", "Retrieval", "Electronic Data Gathering"} & set(found["en"])


def test_a_name_right_after_in_is_a_place_despite_a_kind_noun_before(tmp_path) -> None:
    found = _entities(tmp_path, {"en": "It was launched by Acme Labs, an organization based in San Francisco. Acme Labs grew fast."})
    assert found["en"]["San Francisco"] == "place"


def test_an_acronym_unchanged_in_the_other_versions_is_a_name(tmp_path) -> None:
    found = _entities(tmp_path, {
        "en": "Banks send payments over ZQRT every day. The bond kept its AAA rating.",
        "es": "Los bancos envían pagos por ZQRT cada día. El bono mantuvo su calificación AAA.",
        "it": "Le banche inviano pagamenti tramite ZQRT ogni giorno. Il titolo ha mantenuto il rating AAA.",
    })
    for lang in ("en", "es", "it"):
        assert "ZQRT" in found[lang] and "AAA" not in found[lang]  # a grade is no name


def test_an_opener_and_a_name_after_a_bare_comma_are_no_list(tmp_path) -> None:
    found = _entities(tmp_path, {"en": "Historically, Zorbex shares were sold in Plimbo only."})
    assert "Historically" not in found["en"] and "Zorbex" in found["en"]


def test_a_hyphenated_modifier_is_not_a_word_of_a_name() -> None:
    assert _names("Many Zorbex A-shares trade daily.") == ["Many Zorbex"]
    assert "Quibbly-based" not in " ".join(_names("The Quibbly-based firm grew."))
    assert "Уолл-стрит" in _names("Офис находится на Уолл-стрит давно.", "ru")


def test_a_letter_ending_a_sentence_does_not_join_the_next_opener() -> None:
    assert "B. Sebbene" not in _names("Sono azioni di classe B. Sebbene rare, esistono.", "it")
    assert "J. Paul Getty" in _names("He met economist J. Paul Getty there.")


def test_semicolon_opens_and_colon_does_not() -> None:
    (after_semicolon,) = [r for r in runs("Prices rose; Culmination came later.", "en") if r.name == "Culmination"]
    assert after_semicolon.opener
    (after_colon,) = [r for r in runs("It opened offices: Zorbania in 1997 and more.", "en") if r.name == "Zorbania"]
    assert not after_colon.opener


def test_spanish_doubled_abbreviation_does_not_end_the_sentence() -> None:
    found = sentences("Lo creó el banco central de EE. UU. durante la crisis. Otra cosa.", "es")
    assert found == ("Lo creó el banco central de EE. UU. durante la crisis.", "Otra cosa.")


def test_a_part_of_the_term_that_stands_alone_is_a_name(tmp_path) -> None:
    from quizgen.extract import extract_all
    from quizgen.parsing import article_from_source
    from quizgen.sources import read_source
    from tests.conftest import write_article

    body = "The Nova Terra Investment Authority invests for Nova Terra and its people. Later the Nova Terra Investment Authority grew."
    path = write_article(tmp_path / "en", "t.md", f"---\ntitle: Nova Terra Investment Authority (NTIA)\n---\n\n# Nova Terra Investment Authority\n\n{body}\n")
    (x,) = extract_all([article_from_source(read_source(path))])
    assert {e.name for e in x.entities} == {"Nova Terra"}


def test_polish_apostrophe_inflection_ends_a_name_and_is_dropped() -> None:
    from quizgen.extract.trim import clean_run

    names = _names("Wczoraj przyznano Vale'owi Medal Johna Clarka.", "pl")
    assert "Vale'owi" in names and "Medal Johna Clarka" in names
    assert "George'em Akerlofem" in _names("Dzielił nagrodę z George'em Akerlofem.", "pl")
    (run,) = [r for r in runs("Wczoraj przyznano Vale'owi nagrodę.", "pl") if r.name == "Vale'owi"]
    assert clean_run(run, "pl", set()).name == "Vale"
    assert clean_run(runs("Oceny wydaje Moody's teraz.", "pl")[-1], "pl", set()).name == "Moody"  # 's is a possessive


def test_a_head_after_and_opens_a_second_name_where_heads_come_first() -> None:
    names = _names("Uczył w Berkeley i Uniwersytetu Columbia długo.", "pl")
    assert "Berkeley" in names and "Uniwersytetu Columbia" in names
    assert "Komisja Papierów Wartościowych i Giełd" in _names("Działa tu Komisja Papierów Wartościowych i Giełd od lat.", "pl")
    assert "Securities and Exchange Commission" in _names("He joined the Securities and Exchange Commission early.")


def test_polish_law_keeps_its_o_complement() -> None:
    assert "Ustawy o Rezerwie Federalnej" in _names("Na podstawie Ustawy o Rezerwie Federalnej działa bank.", "pl")


def test_roman_numerals_are_no_shared_acronym(tmp_path) -> None:
    found = _entities(tmp_path, {
        "en": "Under Title VII the rule applies.",
        "es": "Bajo el título VII se aplica la regla.",
        "it": "Secondo il titolo VII la regola vale.",
    })
    assert all("VII" not in names for names in found.values())


def test_a_day_of_the_month_is_no_part_of_the_name_before_it() -> None:
    assert "Kongres Stanów Zjednoczonych" in _names("Ustawę uchwalił Kongres Stanów Zjednoczonych 30 lipca tego roku.", "pl")
    assert "Banco Zeta" in _names("Lo firmó el Banco Zeta 3 de octubre de 2008.", "es")
    assert "Widget 500" in _names("Shares in the Widget 500 index rose.")  # a number that is no date stays


def test_an_acronym_run_into_a_name_written_alone_elsewhere_is_split(tmp_path) -> None:
    found = _entities(tmp_path, {
        "pl": "Wtedy prezydent QZX Marek Tolwin podpisał plan. Kraj QZX rósł szybko.",
        "en": "Then President Marek Tolwin of QZX signed the plan. The QZX economy grew fast.",
        "it": "Allora il presidente Marek Tolwin firmò il piano. Il QZX crebbe in fretta.",
    })
    assert "Marek Tolwin" in found["pl"] and "QZX Marek Tolwin" not in found["pl"]


def test_an_office_inside_a_run_is_cut_from_the_person_after_it(tmp_path) -> None:
    found = _entities(tmp_path, {"en": "The firm was led by Zorba CEO Mira Quell in May. The plan of Secretary of State "
                                       "Tomas Verrin failed, as then-President Ana Lusk said."})
    assert {"Mira Quell", "Tomas Verrin", "Ana Lusk"} <= set(found["en"])
    assert not any("CEO" in n or "Secretary" in n or "President" in n for n in found["en"])


def test_and_splits_two_names_only_when_each_stands_alone_elsewhere(tmp_path) -> None:
    found = _entities(tmp_path, {"en": "Barclays Bank and Nomura Holdings bought parts of it. The fund bought a stake "
                                       "in Barclays Bank last year. The fund sold it to Nomura Holdings later. "
                                       "The agency Standard and Poor's cut the rating."})
    assert {"Barclays Bank", "Nomura Holdings", "Standard and Poor's"} <= set(found["en"])
    assert "Barclays Bank and Nomura Holdings" not in found["en"]


def test_a_lone_office_or_century_numeral_is_no_name(tmp_path) -> None:
    found = _entities(tmp_path, {"en": "The bill was filed by Sen. Carter Vale in May. Trade grew in the XIX century "
                                       "and the XX century, as Carter Vale said."})
    assert "Carter Vale" in found["en"]
    assert not {"Sen", "XIX", "XX"} & set(found["en"])


def test_a_clause_after_a_label_opens_but_a_lone_value_does_not() -> None:
    (clause,) = [r for r in runs("Loans: Valfund lends money to members.", "en") if r.name == "Valfund"]
    assert clause.opener
    (value,) = [r for r in runs("Headquarters: Omaha.", "en") if r.name == "Omaha"]
    assert not value.opener
