"""Candidate pairs worth scoring: items within the window that share rare words where the
meaning does not disagree, the closest title in meaning, and items sharing a link.

Items (sorted by day) are cut into blocks of window + 1 days; each block is compared with
itself and the next one, a slice of rows at a time, so a crowded week never holds its whole
matrices at once."""
from __future__ import annotations

from collections import defaultdict
from typing import Sequence

import numpy as np
from rapidfuzz import fuzz, process

from calendar_core.settings import Settings

from .corpus import Corpus
from .items import Item

CANDIDATES_PER_ENTRY = 6  # at most this many later entries are scored against one entry
MEANING_CANDIDATE = 0.5  # titles this alike in meaning are scored even when they share no word
MEANING_PER_ENTRY = 1  # ... at most this many per entry
CANDIDATE_ROWS = 256  # items whose candidates are found at once (bounds the matrices)
CANDIDATE_DIMENSIONS = 128  # candidates are found on this prefix of the meaning vectors
DICE_ALONE = 40  # shared words alone make a candidate from this overlap (weighted %)
MEANING_WITH_WORDS = 0.3  # ... below it, the meaning must be at least this
CANDIDATE_DICE = 18  # weighted % overlap of stems for a pair to be scored at all


def _token_strings(items: Sequence[Item], corpus: Corpus) -> list[str]:
    """Each item's stems, one character per stem repeated by its rarity (0-4 copies: common words
    drop out), plus the dates its title names (3 copies); sorted, so ``fuzz.ratio`` of two strings is
    their weighted Dice overlap (which character stands for a stem does not change it)."""
    top = corpus.max_idf or 1.0
    idf, df = corpus.idf, corpus.df
    few = 0.15 * corpus.n if corpus.n < 100 else 0  # small workspaces: rarity is unreliable
    pieces: dict = {}  # stem, or (month, day) of a date -> its characters

    def piece(token) -> str:
        if isinstance(token, tuple):
            copies = 3
        else:
            copies = min(4, round(4 * idf.get(token, top) / top)) or (1 if df.get(token, 0) <= few else 0)
        found = pieces[token] = _char(len(pieces)) * copies
        return found

    for s in df:
        piece(s)
    out = []
    for item in items:
        text = "".join([pieces[s] if s in pieces else piece(s) for s in item.stems])  # (a common stem's is "")
        if item.feats.dates:
            text += "".join([pieces[md] if md in pieces else piece(md) for md in item.feats.dates])
        out.append("".join(sorted(text)) if len(text) > 1 else text)
    return out


def _char(n: int) -> str:
    n += 0x100
    if n >= 0xD800:
        n += 0x800  # skip surrogates
    return chr(n)


def _leading(vectors: np.ndarray, dimensions: int) -> np.ndarray:
    """The first ``dimensions`` of each vector, normalised again: the model is trained so that a
    prefix keeps most of the meaning (Matryoshka), at a fraction of the cost for finding candidates."""
    if not vectors.size or vectors.shape[1] <= dimensions:
        return vectors
    head = np.ascontiguousarray(vectors[:, :dimensions])
    return head / np.maximum(np.linalg.norm(head, axis=1, keepdims=True), 1e-9)


def candidate_pairs(items: Sequence[Item], corpus: Corpus, window: int, settings: Settings) -> set[tuple[int, int]]:
    """Index pairs (i < j, items sorted by day) worth scoring: share a rare stem or a link."""
    n = len(items)
    if n < 2:
        return set()
    strings = _token_strings(items, corpus)
    days = np.fromiter((it.day for it in items), dtype=np.int64, count=n)
    team_ids: dict[str, int] = {}
    teams = np.fromiter((team_ids.setdefault(it.team, len(team_ids)) for it in items), dtype=np.int64, count=n)
    pairs: set[tuple[int, int]] = set()
    vectors = _leading(corpus.vectors, CANDIDATE_DIMENSIONS)
    rows_of = np.fromiter((it.vector for it in items), dtype=np.int64, count=n)
    width = window + 1
    first = int(days[0])
    block_of = (days - first) // width
    bounds = np.searchsorted(block_of, np.arange(int(block_of[-1]) + 2))
    for b in range(len(bounds) - 1):
        lo, mid = int(bounds[b]), int(bounds[b + 1])
        hi = int(bounds[b + 2]) if b + 2 < len(bounds) else mid
        # Every step below is row by row: rows go in slices, so a crowded block (every series
        # starts in the first week) never holds its whole matrices at once.
        for top in range(lo, mid, CANDIDATE_ROWS):
            _block_pairs(pairs, strings, days, teams, vectors, rows_of, top, min(top + CANDIDATE_ROWS, mid), lo, hi,
                         window, settings)
    by_link: dict[str, list[int]] = defaultdict(list)
    for index, item in enumerate(items):
        for link in item.feats.links:
            by_link[link].append(index)
    for link, members in by_link.items():
        if link in corpus.generic_links:
            continue
        for x in range(len(members)):
            for y in range(x + 1, len(members)):
                i, j = members[x], members[y]
                if abs(items[i].day - items[j].day) <= window:
                    pairs.add((min(i, j), max(i, j)))
    return pairs


def _block_pairs(pairs: set, strings: list[str], days: np.ndarray, teams: np.ndarray, vectors: np.ndarray,
                 rows_of: np.ndarray, top: int, bottom: int, lo: int, hi: int, window: int, settings: Settings) -> None:
    """Candidate pairs of the items ``top:bottom`` against the items ``lo:hi`` (a block and the next).

    Only the columns a row may pair with are compared: later items, at most the window after the
    slice's last row. The block's other columns would be masked to zero; where that matters (which
    of tied candidates a crowded row keeps) the row is widened back to the whole block with zeros,
    so the pairs are the ones found over the block's whole matrices."""
    first = max(lo, top + 1)
    last = min(hi, int(np.searchsorted(days, days[bottom - 1] + window, side="right")))
    if first >= last:
        return
    matrix = process.cdist(strings[top:bottom], strings[first:last], scorer=fuzz.ratio, dtype=np.uint8,
                           score_cutoff=CANDIDATE_DICE, workers=1)
    row_ids = np.arange(top, bottom)
    col_ids = np.arange(first, last)
    # later items at most the window after: the items are sorted by day, so a row's are the columns
    # after it and before the first item past its window
    ends = np.searchsorted(days, days[top:bottom] + window, side="right")
    allowed = (col_ids[None, :] > row_ids[:, None]) & (col_ids[None, :] < ends[:, None])
    if not settings.duplicates_within_department:
        allowed &= teams[first:last][None, :] != teams[top:bottom][:, None]
    matrix *= allowed
    # Dense weeks: keep each entry's best candidates only (ties broken as over the whole block's row).
    crowded = np.flatnonzero(np.count_nonzero(matrix, axis=1) > CANDIDATES_PER_ENTRY)
    if len(crowded):
        inner = slice(first - lo, last - lo)
        heavy = np.zeros((len(crowded), hi - lo), dtype=matrix.dtype)
        heavy[:, inner] = matrix[crowded]
        best = np.argpartition(heavy, -CANDIDATES_PER_ENTRY, axis=1)[:, -CANDIDATES_PER_ENTRY:]
        kept = np.zeros_like(heavy)
        np.put_along_axis(kept, best, np.take_along_axis(heavy, best, axis=1), axis=1)
        matrix[crowded] = kept[:, inner]
    if vectors.size:
        close = vectors[rows_of[top:bottom]] @ vectors[rows_of[first:last]].T
        close *= allowed
        # Shared words count when the meaning does not disagree (or the words are many).
        matrix[(matrix < DICE_ALONE) & (close < MEANING_WITH_WORDS)] = 0
        matrix[_closest(close, hi - lo) >= MEANING_CANDIDATE] = 1
    r, c = np.nonzero(matrix)
    pairs.update(zip((r + top).tolist(), (c + first).tolist()))


def _closest(close: np.ndarray, width: int) -> np.ndarray:
    """Each row's MEANING_PER_ENTRY closest values, the others zero; ``close`` holds a row's allowed
    columns of a block ``width`` wide (the rest are zeros there). Only values of at least
    MEANING_CANDIDATE matter to the caller, and those are never below a zero column."""
    if width <= MEANING_PER_ENTRY:
        return close
    if MEANING_PER_ENTRY == 1:  # the closest only: a row's maximum, without a partition
        return np.where(close >= close.max(axis=1, keepdims=True), close, 0.0)
    full = np.zeros((close.shape[0], width), dtype=close.dtype)
    full[:, width - close.shape[1]:] = close  # where the columns sit does not change a row's partition value
    cut = np.partition(full, -MEANING_PER_ENTRY, axis=1)[:, -MEANING_PER_ENTRY][:, None]
    return np.where(close >= cut, close, 0.0)
