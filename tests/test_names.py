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
