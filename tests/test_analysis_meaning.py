"""The sentence model: shipped in a package, loaded offline and only when an analysis runs."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from calendar_core.analysis import meaning

ROOT = Path(__file__).resolve().parent.parent


def test_vectors_are_unit_length_and_say_what_is_alike():
    v = meaning.vectors(["Our Lisbon office is open", "Ribbon-cutting in Lisbon today", "Quarterly earnings call", ""])
    assert v.shape == (4, meaning.DIMENSIONS) and v.dtype == np.float32
    assert np.allclose(np.linalg.norm(v[:3], axis=1), 1.0, atol=1e-5)
    assert not v[3].any()  # an empty title means nothing
    assert v[0] @ v[1] > 0.5 > v[0] @ v[2]


def test_the_model_files_come_from_the_installed_package():
    folder = meaning.package_folder()
    assert (folder / "weights" / f"{meaning.MODEL}.safetensors").is_file()
    assert (folder / "tokenizers" / meaning.TOKENIZER).is_file()


def test_a_missing_model_file_is_a_clear_error(tmp_path):
    with pytest.raises(meaning.ModelMissing, match="reinstall the 'wordllama' package"):
        meaning.Model(tmp_path)


def test_importing_the_analysis_loads_no_model_and_no_network_library():
    code = ("import sys, calendar_core.analysis, calendar_core.workspace; "
            "print(sorted(m for m in ('tokenizers', 'safetensors', 'wordllama', 'requests', 'huggingface_hub') "
            "if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"


def test_an_analysis_works_offline_without_the_hub_client():
    code = ("import sys; sys.modules['requests'] = None; sys.modules['huggingface_hub'] = None; "
            "from calendar_core.analysis import meaning; print(meaning.vectors(['Launch']).shape)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == f"(1, {meaning.DIMENSIONS})"


def test_ids_by_words_are_the_ids_of_the_whole_text():
    """Each distinct word is tokenised once; a title's ids must be what tokenising it whole gives."""
    import random

    model = meaning.model()
    assert model.by_words  # the shipped tokenizer only marks spaces: the fast path is taken
    rnd = random.Random(4)
    pool = list("abcdefghij ÄäöüßéçñØ日本😀-–:;,.!?'\"()#@&%€0123456789\t\n\u00a0") + ["  ", "▁", "<s>", "</s>", "<unk>"]
    texts = ["".join(rnd.choice(pool) for _ in range(rnd.randint(0, 25))) for _ in range(3000)]
    texts += ["", " ", " a", "a ", "a  b", "Launch day", "Launch day again", "x<s>y z", "a▁ b"]
    model._word_ids.clear()
    lengths, ids = model.token_ids(texts)
    whole = model._encode(texts, add_special_tokens=False)
    assert lengths.tolist() == [len(e.ids) for e in whole]
    assert ids.tolist() == [i for e in whole for i in e.ids]
    assert model._word_ids  # words were cached


def test_vectors_summed_by_length_are_the_rows_reduced_text_by_text():
    """A text's vector must be its token rows as ``np.add.reduceat`` sums them, bit for bit, for
    every length (up to 128 rows in eight running sums, longer ones in halves)."""
    import random

    model = meaning.model()
    rnd = random.Random(9)
    words = ["launch", "Lisbon", "office", "Übersicht", "Q2", "3.0", "🎉", "webinar", "a", "Berlin-Tegel", "réseau"]
    texts = [" ".join(rnd.choice(words) for _ in range(rnd.choice((1, 2, 5, 9, 40, 90, 200)))) for _ in range(400)]
    texts += ["", "a", "a  b"]
    got = model.embed(texts)
    lengths, ids = model.token_ids(texts)
    ids = np.clip(ids, 0, model.table.shape[0] - 1)
    ends = np.cumsum(lengths)
    assert int(lengths.max()) > 300  # the split in halves is taken
    for k, text in enumerate(texts):
        if not lengths[k]:
            assert not got[k].any()
            continue
        rows = model.table[ids[ends[k] - lengths[k]:ends[k]]]
        total = np.add.reduceat(rows, [0], axis=0)[0]
        expected = total / np.maximum(np.linalg.norm(total[None, :], axis=1, keepdims=True), 1e-9)[0]
        assert np.array_equal(got[k], expected), (k, int(lengths[k]))


def test_rows_made_single_precision_on_first_use_are_the_stored_rows_converted():
    """The table's rows are converted when a text first uses them: each must be the stored row as
    a conversion of the whole table at load gives it."""
    model = meaning.model()
    model.embed(["Launch day in Lisbon"])
    ready = np.flatnonzero(model._ready)
    assert 0 < len(ready)
    some = np.array(sorted({int(ready[0]), int(ready[-1]), 5, 17, len(model.table) - 1}))
    model.rows_ready(some)
    whole = np.ascontiguousarray(model._stored, dtype=np.float32)
    assert np.array_equal(model.table[some], whole[some])
    assert model.table.dtype == np.float32
    assert model._ready[some].all()
