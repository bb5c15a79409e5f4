"""Every article of ../shared/corpus: language, highlights, definitions, FAQ,
and entities against hand-checked expectations for three topics."""

from __future__ import annotations

from collections import defaultdict

import pytest

from quizgen.extract import extract_all
from quizgen.pipeline import load
from tests.conftest import LANGUAGES

# Hand-checked by reading each version. Each entry lists the accepted
# spellings of one entity (inflected or translated forms).
EXPECTED: dict[str, dict[str, list[list[str]]]] = {
    "social-media-marketing-smm": {
        lang: [["MySpace"], ["YouTube"], ["Facebook"], ["Twitter"], ["Instagram"], ["Hootsuite"], ["Sprout Social"]]
        for lang in LANGUAGES
    },
    "social-networking-service-sns": {
        lang: [[n] for n in ("SixDegrees.com", "Friendster", "MySpace", "Facebook", "YouTube", "Instagram", "Twitter",
                             "LinkedIn", "Reddit", "Snapchat", "Tumblr", "Pinterest", "TikTok", "Cambridge Analytica")]
        + {"en": [["U.S."]], "pl": [["USA"]], "ru": [["США"]]}.get(lang, [])
        for lang in LANGUAGES
    },
    "viral-marketing": {
        lang: [[n] for n in ("YouTube", "Twitter", "Instagram", "Snapchat", "Facebook", "Hotmail", "ALS Ice Bucket Challenge",
                             "Burger King", "Whopper", "McDonald's")]
        + [{"en": ["ALS Association"], "es": ["Asociación ALS"], "it": ["Associazione ALS"], "pl": ["Stowarzyszenie ALS"],
            "ru": ["Ассоциация БАС"]}[lang]]
        for lang in LANGUAGES
    },
}


@pytest.fixture(scope="module")
def corpus(corpus_dir):
    loaded = load([corpus_dir], strict=False)
    return extract_all(loaded.articles)


def _by_slug(corpus):
    groups = defaultdict(dict)
    for x in corpus:
        groups[x.article.slug][x.article.language] = x
    return groups


def test_every_article_has_its_folder_language_and_a_definition(corpus) -> None:
    assert len(corpus) == 35
    for x in corpus:
        folder = x.article.path.replace("\\", "/").split("/")[-2]
        assert x.article.language == folder, x.article.path
        assert x.definitions, x.article.path
        assert x.definitions[0].term == x.article.title


def test_highlight_and_faq_counts_agree_across_versions(corpus) -> None:
    for slug, versions in _by_slug(corpus).items():
        assert set(versions) == set(LANGUAGES)
        highlights = {lang: len(x.highlights) for lang, x in versions.items()}
        faq = {lang: len(x.faq) for lang, x in versions.items()}
        assert len(set(highlights.values())) == 1 and min(highlights.values()) >= 3, (slug, highlights)
        assert len(set(faq.values())) == 1, (slug, faq)


def test_articles_with_an_faq_give_its_pairs(corpus) -> None:
    for x in corpus:
        questions = [s for s in x.article.sections if s.level >= 3 and s.heading.endswith("?")]
        if len(questions) >= 3:
            assert len(x.faq) >= 3, x.article.path
            assert all(p.question.endswith("?") and p.answer for p in x.faq)


def score(found: list[str], expected: list[list[str]]) -> tuple[int, int, int]:
    """(true positives among found, found, expected entities matched)."""
    norm = lambda s: s.casefold().replace("’", "'")
    alternatives = [{norm(a) for a in entry} for entry in expected]
    correct = sum(any(norm(f) in alt for alt in alternatives) for f in found)
    matched = sum(any(norm(f) in alt for f in found) for alt in alternatives)
    return correct, len(found), matched


def test_entity_precision_and_recall_per_language(corpus) -> None:
    groups = _by_slug(corpus)
    for lang in LANGUAGES:
        tp = n_found = n_matched = n_expected = 0
        for slug, expected in EXPECTED.items():
            names = [e.name for e in groups[slug][lang].entities]
            c, f, m = score(names, expected[lang])
            tp, n_found, n_matched, n_expected = tp + c, n_found + f, n_matched + m, n_expected + len(expected[lang])
        precision, recall = tp / n_found, n_matched / n_expected
        print(f"{lang}: precision {precision:.2f} recall {recall:.2f}")
        assert precision >= 0.85 and recall >= 0.80, (lang, precision, recall)
