"""What each card asks: informative spans, one name per entity card, short clauses,
genus clozes, standalone sentences and usable link labels. Hand-written input only."""

from __future__ import annotations

from quizgen.cards import cloze, generate, quality
from quizgen.cards.acronym import acronym_cards
from quizgen.cards.clauses import MAX_WORDS, around, fragment
from quizgen.cards.definition_cloze import definition_cloze_cards
from quizgen.cards.entity import entity_cards
from quizgen.cards.highlight import highlight_cards
from quizgen.cards.listing import listing_cards
from quizgen.cards.reverse import reverse_cards
from quizgen.cards.spans import numbers, words
from quizgen.cards.subjects import standalone
from quizgen.cards.term import term_cards, usable
from quizgen.models import Article, Definition, Entity, Extraction, Term

LIST = "Popular gadget shops include Zorbo, Quimly, Farnax, Bellwick, Trondle and Ximo."


def extraction(lang="en", title="Gadget Theory", **parts) -> Extraction:
    art = Article(path="x.md", slug="gadget-theory", language=lang, title=title)
    return Extraction(article=art, **parts)


def asked(cards):
    """(question, answer) per card, as a learner reads them."""
    return [(cloze.question(c.front, g), " ".join(cloze.answers(c.front, g)))
            for c in cards for g in cloze.groups(c.front)]


def test_long_list_gives_its_first_name_and_what_the_names_are():
    names = ["Zorbo", "Quimly", "Farnax", "Bellwick", "Trondle", "Ximo"]
    ex = extraction(entities=tuple(Entity(n, "platform", LIST) for n in names), highlights=(LIST,))
    cards = entity_cards(ex)
    # a list longer than three is a set: its first name is asked, the rest are the cue
    # (asking the second and third too gave near-identical cards)
    ((q, a),) = asked(cards)
    assert a == "Zorbo" and q.count("[platform]") == 1 and all(n in q for n in names[1:])
    assert cards[0].key == "entity:Zorbo"  # identity, not text
    # what the names are: the list's head phrase asked, every name shown
    ((q, a),) = asked(listing_cards(ex))
    assert a == "gadget shops" and q.startswith("Popular […] include Zorbo") and all(n in q for n in names)
    # the highlight leaves list items to the entity cards instead of chunking them
    assert not any(n in a for _, a in asked(highlight_cards(ex)) for n in names)


def test_kind_hint_only_where_it_informs():
    text = "The fair was opened in the hall by Quimly Corp after a long delay."
    ex = extraction(entities=(Entity("Quimly Corp", "organization", text),))
    (q, a), = asked(entity_cards(ex))
    assert a == "Quimly Corp" and "[…]" in q and "[organization]" not in q


def test_long_sentence_is_cut_to_the_clause_around_the_name():
    text = ("While gadget theory and widget practice share goals — to sell more and to learn faster — "
            "gadget practice is the long and patient method of improving the quality and quantity of "
            "small devices in the workshops of the northern valley run by Farnax.")
    ex = extraction(entities=(Entity("Farnax", "organization", text),))
    (q, a), = asked(entity_cards(ex))
    assert a == "Farnax" and len(words(q)) <= MAX_WORDS + 1 and q.startswith("Gadget practice is")
    short, span = around("Alpha; " + text, (text.index("Farnax") + 7, text.index("Farnax") + 13))
    # a name added as an example ("…, notably X") is not the sentence's point; a cut mid-phrase is no card
    aside = text.replace(" run by Farnax", ", notably Farnax")
    assert not entity_cards(extraction(entities=(Entity("Farnax", "organization", aside),)))
    assert fragment("… traffic by expanding the reach") and not fragment("Burger King made a buzz")
    assert short[span[0]:span[1]] == "Farnax"


def test_highlight_deletes_a_recurring_noun_phrase_not_a_verb_or_title_words():
    sentences = ("Gadget theory helps firms build a loyal customer base over time.",
                 "A loyal customer base is what every gadget shop wants.")
    ex = extraction(sentences=sentences, highlights=(
        "Gadget theory can increase sales and grow a loyal customer base.",
        "Gadgets are gadgets.",  # nothing worth asking: no card
    ))
    (q, a), = asked(highlight_cards(ex))
    assert a == "loyal customer base"
    assert "increase" in q and "grow" in q


def test_pronoun_led_highlight_names_its_subject():
    ex = extraction(definitions=(Definition("Gadget theory", "Gadget theory is the study of small devices."),),
                    sentences=("Small devices need a steady supply of copper wire.",),
                    highlights=("It explains why small devices need a steady supply of copper wire.",))
    (q, a), = asked(highlight_cards(ex))
    assert q.startswith("Gadget theory explains") and a
    assert standalone("Puede aumentar las ventas.", "La teoría", "es") == "La teoría puede aumentar las ventas."
    assert standalone("This strategy works.", "X", "en") == "This strategy works."


def test_definition_cloze_asks_the_genus_and_reverse_asks_the_term():
    d = Definition("Gadget theory", "Gadget theory is the study of small devices to make them cheaper.")
    ex = extraction(definitions=(d,))
    (q, a), = asked(definition_cloze_cards(ex))
    assert a == "study of small devices" and q.startswith("Gadget theory is the […] to make")
    assert reverse_cards(ex)[0].answer == "Gadget theory"
    ru = extraction("ru", "Теория", definitions=(Definition("Теория", "Теория — это изучение малых устройств для их удешевления."),))
    assert asked(definition_cloze_cards(ru))[0][1] == "изучение малых устройств"


def test_link_labels_that_are_fragments_get_no_card():
    ex = extraction("es", "Teoría", terms=(
        Term("de redes sociales para el marketing", "/a", "Usan de redes sociales para el marketing cada día."),
        Term("tiendas de barrio", "/b", "Los aparatos se venden en tiendas de barrio de toda la ciudad."),
    ))
    assert not usable("de redes sociales para el marketing", ex) and usable("tiendas de barrio", ex)
    assert [a for _, a in asked(term_cards(ex))] == ["tiendas de barrio"]


def test_numbers_in_words_and_digits_are_one_span():
    text = "There are more than 4.5 billion users and seven shops."
    assert [text[a:b] for a, b in numbers(text)] == ["4.5 billion", "seven"]


def test_each_fact_is_asked_once_per_article():
    text = "Gadget theory was first taught at Zorbo in the old harbour town."
    ex = extraction(entities=(Entity("Zorbo", "organization", text),), highlights=(text,))
    cards = generate([ex])
    assert [a for _, a in asked(cards)] == ["Zorbo"]
    assert all(quality.problems(c) == [] for c in cards)


def test_acronyms_spelled_out_are_asked_as_written():
    text = ("For a long time, site improvement (SEO) was the standard for widget shops, "
            "which trade with customer relationship management (CRM) tools.")
    ex = extraction(sentences=(text, "Later eWOM (electronic word-of-mouth) spread it."))
    got = {c.front: c.back for c in acronym_cards(ex)}
    assert got == {"What does SEO stand for?": "site improvement",
                   "What does CRM stand for?": "customer relationship management",
                   "What does eWOM stand for?": "electronic word-of-mouth"}
    es = extraction("es", "Teoría", sentences=(
        "Durante años, la optimización de motores de búsqueda (SEO) fue el estándar.",
        "La optimización de motores de búsqueda es un proceso."))
    assert [c.back for c in acronym_cards(es)] == ["optimización de motores de búsqueda"]


def test_a_stock_pair_is_not_asked_in_a_highlight():
    sentences = ("New products and services appear every week.", "Products and services sell.")
    ex = extraction(sentences=sentences, highlights=("Gadget theory can raise awareness of new products and services.",))
    assert not highlight_cards(ex)
