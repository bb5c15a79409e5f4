"""Group the language versions of one article without trusting file names.

Versions share their slug when laid out as ``<lang>/<slug>.md``; otherwise
they share front-matter keywords (kept in one language across versions) and
the targets of their glossary links.
"""

from __future__ import annotations

from typing import Sequence

from ..models import Article


def _fingerprint(article: Article) -> frozenset[str]:
    return frozenset(l.target.strip("/").lower() for l in article.links if l.target)


def _similar(a: Article, b: Article) -> bool:
    if a.language == b.language:
        return False
    if a.slug == b.slug:
        return True
    fa, fb = _fingerprint(a), _fingerprint(b)
    if not fa or not fb or a.keywords != b.keywords:
        return False
    return len(fa & fb) / len(fa | fb) >= 0.5


def families(articles: Sequence[Article]) -> list[list[int]]:
    """For each article, the indexes of its family (itself included)."""
    parent = list(range(len(articles)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    by_slug: dict[str, list[int]] = {}
    by_keywords: dict[tuple[str, ...], list[int]] = {}
    for i, a in enumerate(articles):
        by_slug.setdefault(a.slug, []).append(i)
        by_keywords.setdefault(a.keywords, []).append(i)
    # A family holds one version per language: merging two groups that share a
    # language would chain look-alike articles into one ever-growing family.
    languages = [{a.language} for a in articles]
    # Shared slugs first (the usual <lang>/<slug>.md layout), then look-alikes;
    # only compare within small buckets so that large corpora stay fast.
    for bucket in list(by_slug.values()) + [b for b in by_keywords.values() if len(b) <= 200]:
        for x in range(len(bucket)):
            for y in range(x + 1, len(bucket)):
                ri, rj = root(bucket[x]), root(bucket[y])
                if ri != rj and not languages[ri] & languages[rj] and _similar(articles[bucket[x]], articles[bucket[y]]):
                    parent[rj] = ri
                    languages[ri] |= languages[rj]
    groups: dict[int, list[int]] = {}
    for i in range(len(articles)):
        groups.setdefault(root(i), []).append(i)
    return [groups[root(i)] for i in range(len(articles))]
