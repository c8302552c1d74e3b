"""The undo change set is encoded a slice at a time (keys and rows) and reads back as it was."""
from __future__ import annotations

import random

from calendar_core.store.undo import Part, dump, load


def test_change_sets_of_every_size_read_back_as_they_were():
    rng = random.Random(4)
    for _ in range(12):
        parts = []
        for _ in range(rng.randint(1, 4)):
            keys = [rng.randrange(10**9) for _ in range(rng.choice([0, 1, 19_999, 20_000, 20_001, 45_000]))]
            rows = [{"id": k, "title": rng.choice(["Launch", "Récap ✓", "", "a \"quoted\" one"]), "n": None}
                    for k in keys[:rng.choice([0, 1, 1999, 2000, 4500])]]
            parts.append(Part(rng.choice(["entries", "sources", "decisions"]), keys, rows))
        back = load(dump(parts))
        assert [(p.table, p.keys, p.rows) for p in back] == [(p.table, p.keys, p.rows) for p in parts]
