"""Turning found spans into cloze deletion groups, and spotting long lists of names."""

from __future__ import annotations

import re

from .quality import MAX_ITEMS

_LIST_GAP = re.compile(r"^\s*(?:,|;|,?\s+\w{1,4}\s+)\s*$")  # ", " or " and " / " y " / " и "


def _adjacent(text: str, a: tuple[int, int], b: tuple[int, int]) -> bool:
    return bool(_LIST_GAP.match(text[a[1]:b[0]]))


def separate(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted spans without overlaps (the earlier, longer span wins)."""
    out: list[tuple[int, int]] = []
    for s in sorted(set(spans), key=lambda s: (s[0], -(s[1] - s[0]))):
        if out and s[0] < out[-1][1]:
            continue
        out.append(s)
    return out


def runs(text: str, spans: list[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    """Spans grouped into runs of listed items ("A, B and C" is one run)."""
    out: list[list[tuple[int, int]]] = []
    for s in separate(spans):
        if out and _adjacent(text, out[-1][-1], s):
            out[-1].append(s)
        else:
            out.append([s])
    return out


def listed(text: str, spans: list[tuple[int, int]]) -> set[tuple[int, int]]:
    """The spans that are items of a list longer than three."""
    return {s for run in runs(text, spans) if len(run) > MAX_ITEMS for s in run}


def deletions(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int, int]]:
    """``(start, end, group)``: one group per span, never a list of more than three
    items (a longer run keeps its first three; the rest stay visible as the cue)."""
    kept = [s for run in runs(text, spans) for s in run[:MAX_ITEMS]]
    return [(s, e, n) for n, (s, e) in enumerate(kept, 1)]
