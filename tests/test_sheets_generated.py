"""Generated companies: every department's calendar read by content alone.

Headers are random words that no synonym list holds, in random order, with random
date and time formats, channel spellings and ways of writing people; each entry must
come in with its start, end, channel, owner and title, without any --map."""
from __future__ import annotations

import pytest

from importers import ImportOptions, read_file
from importers.sheets.mapping import field_for
from tests.company_gen import HEADER_WORDS, ZONE, make_company

SEEDS = (1, 2, 3, 4, 5, 6, 7, 8)


def test_header_words_are_in_no_synonym_list():
    assert [w for w in HEADER_WORDS if field_for(w) is not None] == []


@pytest.mark.parametrize("seed", SEEDS)
def test_generated_company_reads_by_content(tmp_path, seed):
    company = make_company(seed, tmp_path, departments=10)
    assert len(company) >= 10
    wrong = []
    for dept in company:
        result = read_file(dept.path, ImportOptions(timezone=ZONE))
        got = sorted(((r.start, r.channel, r.owner, r.title, r.end) for r in result.records),
                     key=lambda x: (x[0], x[3]))
        want = sorted(((e.start, e.channel, e.owner, e.title, e.end) for e in dept.entries),
                      key=lambda x: (x[0], x[3]))
        if got != want:
            roles = {c["column"]: c["role"] for c in result.settings.get("mapping", [])}
            bad = next(((g, w) for g, w in zip(got, want) if g != w), (len(got), len(want)))
            wrong.append(f"{dept.path.name}: truth {dept.roles} read {roles}; first difference {bad}")
    assert not wrong, "\n".join(wrong)


def test_mapping_says_what_was_understood(tmp_path):
    dept = make_company(11, tmp_path, departments=10)[0]
    result = read_file(dept.path, ImportOptions(timezone=ZONE))
    mapping = result.settings["mapping"]
    assert [c["column"] for c in mapping] == dept.headers
    for column in mapping:
        assert set(column) == {"sheet", "column", "role", "by", "confidence"}
        assert column["by"] == "content" and 0.0 <= column["confidence"] <= 1.0
        truth = dept.roles[column["column"]].split(":")[0]
        assert column["role"] == truth, (column, truth)
    assert isinstance(result.settings["mapping_uncertain"], bool)
    assert isinstance(result.settings["mapping_doubts"], list)
