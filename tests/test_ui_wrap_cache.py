"""The painters' wrap cache: bounded, least recently used out first, and the same lines as an uncached wrap."""
from __future__ import annotations

import pytest

pytest.importorskip("PySide6")


def test_lru_cache_forgets_the_least_recently_used():
    from ui.painting.common import LruCache

    cache = LruCache(2)
    cache.put("a", 1)
    cache.put("b", 2)
    assert cache.get("a") == 1  # "a" is now the most recent
    cache.put("c", 3)
    assert len(cache) == 2 and cache.get("b") is None and cache.get("a") == 1 and cache.get("c") == 3


def test_cached_fit_lines_match_a_fresh_wrap(qapp):
    from PySide6.QtGui import QImage, QPainter

    from ui.painting import common

    img = QImage(10, 10, QImage.Format.Format_ARGB32_Premultiplied)
    painter = QPainter(img)
    try:
        f = common.font(8)
        texts = ["09:30 Launch day reel for the autumn campaign · Instagram", "09:30 Launch day reel"]
        first = common.fit_lines(painter, f, texts, 80.0, 2, True)
        again = common.fit_lines(painter, f, texts, 80.0, 2, True)
        fresh = common._fit_lines(painter, f, texts, 80.0, 2, True)
        assert first == again == fresh and 1 <= len(first) <= 2
        first.append("changed by the caller")  # callers get copies: the cache is not changed through them
        assert common.fit_lines(painter, f, texts, 80.0, 2, True) == fresh
        assert common.fit_lines(painter, f, ["averyveryverylongwordthatcannotwrap"], 20.0, 1, False) is None
    finally:
        painter.end()
