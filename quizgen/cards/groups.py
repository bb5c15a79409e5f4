"""Turning found spans into cloze deletion groups, at most three list items per card."""

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


def deletions(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int, int]]:
    """``(start, end, group)`` deletions: one group per span, except that a run of
    more than three listed items is split into consecutive chunks of at most three."""
    spans = separate(spans)
    runs: list[list[tuple[int, int]]] = []
    for s in spans:
        if runs and _adjacent(text, runs[-1][-1], s):
            runs[-1].append(s)
        else:
            runs.append([s])
    out: list[tuple[int, int, int]] = []
    for run in runs:
        if len(run) <= MAX_ITEMS:
            out += [(s, e, 0) for s, e in run]
        else:
            for i in range(0, len(run), MAX_ITEMS):
                chunk = run[i:i + MAX_ITEMS]
                out.append((chunk[0][0], chunk[-1][1], 0))
    return [(s, e, n) for n, (s, e, _) in enumerate(out, 1)]
